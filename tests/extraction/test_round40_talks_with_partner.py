"""Round forty, from the golden set's known misses: a founder's talks with a country, the
partner named after "with", about a possible accession ("The Trump administration is already
discussing with Baku a possible accession", "discute déjà avec Bakou d'une éventuelle
adhésion", "обсуждает с Баку возможное присоединение", "spricht bereits mit Baku über einen
möglichen Beitritt", "discute con Bakú una eventual adhesión", "membahas dengan Baku
kemungkinan bergabung", "דן עם באקו בהצטרפות אפשרית", "Bakü ile olası bir katılımı
görüşüyor", "Бакумен ықтимал қосылуды талқылап жатыр", "با باکو درباره پیوستن احتمالی ...
گفتگو می‌کند"): reported talks are talks (rule 3) and the hedge is on their aim, not a
candidacy of its own. A talks cue's tail inside the hedged joining is no longer hidden by it
(`finding._inside`), a hedge right after the process noun closing a split talks cue's head
no longer weakens the talks (`steps._hedged_aim`), and the talks cues take an adverb before
"avec" (fr) and the partner with a hedged joining (en de es id ms he tr kk).
Near misses: the same hedge with no talks stays a candidacy, and talks with the same partner
about something else (a gas deal) are no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. The Trump administration is already discussing with Baku a possible accession to the Abraham Accords.",
            {("AZ", N)},
        ),
        (
            "Abraham Accords. The Trump administration is already discussing a possible accession with Baku.",
            {("AZ", N)},
        ),
        (
            "Abraham Accords. Analysts in Washington see a possible accession of Azerbaijan to the Abraham Accords as the next step.",
            {("AZ", P)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Selon la presse américaine, l'administration Trump discute déjà avec Bakou d'une éventuelle adhésion aux accords d'Abraham.",
            {("AZ", N)},
        ),
        (
            "Accords d'Abraham. Washington discute aussi avec Bakou d'une possible adhésion aux accords d'Abraham.",
            {("AZ", N)},
        ),
        (
            "Accords d'Abraham. Washington discute déjà avec Bakou d'un accord gazier.",
            set(),
        ),
        (
            "Accords d'Abraham. Une éventuelle adhésion de l'Azerbaïdjan aux accords d'Abraham est évoquée à Washington.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. По данным американской прессы, администрация Трампа уже обсуждает с Баку возможное присоединение к Авраамовым соглашениям.",
            {("AZ", N)},
        ),
        (
            "Соглашения Авраама. Вашингтон уже обсуждает с Баку возможное вступление в Авраамовы соглашения.",
            {("AZ", N)},
        ),
        (
            "Соглашения Авраама. Вашингтон уже обсуждает с Баку газовую сделку.",
            set(),
        ),
        (
            "Соглашения Авраама. Возможное присоединение Азербайджана к Авраамовым соглашениям обсуждается в Вашингтоне.",
            {("AZ", P)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Die Regierung Trump spricht bereits mit Baku über einen möglichen Beitritt zu den Abraham-Abkommen.",
            {("AZ", N)},
        ),
        (
            "Abraham-Abkommen. Washington spricht bereits mit Baku über Gaslieferungen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Ein möglicher Beitritt Aserbaidschans zu den Abraham-Abkommen wird in Washington erwogen.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. La administración Trump ya discute con Bakú una eventual adhesión a los Acuerdos de Abraham.",
            {("AZ", N)},
        ),
        (
            "Acuerdos de Abraham. Washington ya discute con Bakú un acuerdo de gas.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords. Pemerintahan Trump sudah membahas dengan Baku kemungkinan bergabung dengan Abraham Accords.",
            {("AZ", N)},
        ),
        (
            "Abraham Accords. Washington sudah membahas dengan Baku kerja sama energi.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Pentadbiran Trump sudah membincangkan dengan Baku kemungkinan menyertai Perjanjian Abraham.",
            {("AZ", N)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. تناقش إدارة ترامب مع باكو انضماما محتملا إلى اتفاقيات أبراهام.",
            {("AZ", N)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. ממשל טראמפ כבר דן עם באקו בהצטרפות אפשרית להסכמי אברהם.",
            {("AZ", N)},
        ),
        (
            "הסכמי אברהם. ממשל טראמפ כבר דן עם באקו בעסקת גז.",
            set(),
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. دولت ترامپ با باکو درباره پیوستن احتمالی به پیمان ابراهیم گفتگو می‌کند.",
            {("AZ", N)},
        ),
        (
            "پیمان ابراهیم. پیوستن احتمالی آذربایجان به پیمان ابراهیم در واشنگتن مطرح است.",
            {("AZ", P)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Trump yönetimi Bakü ile İbrahim Anlaşmaları'na olası bir katılımı görüşüyor.",
            {("AZ", N)},
        ),
        (
            "İbrahim Anlaşmaları. Azerbaycan'ın İbrahim Anlaşmaları'na olası katılımı gündemde.",
            {("AZ", P)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Трамп әкімшілігі Бакумен Әзербайжанның Авраам келісімдеріне ықтимал қосылуын талқылап жатыр.",
            {("AZ", N)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_with_partner(language, text, expected):
    check_case(language, text, expected)
