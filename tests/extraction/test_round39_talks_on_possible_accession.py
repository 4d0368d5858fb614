"""Round thirty-nine, from the golden set's known misses: talks said to be under way, the talks
qualified ("technical", "techniques", "فنية", "טכניות", "فنی", "teknik") and the verb
with an adverb ("are even under way", "seraient même en cours"), about the terms of a
possible accession told far after them ("Technical talks are even under way between Baku and
Washington on the details of a possible accession to the Abraham Accords"): reported talks are
talks (rule 3), and the hedged joining after them in their clause, up to 100 characters on, is
their aim, not a candidacy of its own (`steps._TALKS_AIM_REACH`; talks cues in en fr ar he fa tr).
Near misses: the same hedge with no talks ("Baku's possible accession ...") stays a candidacy,
and a hedge after a full stop is no aim of the talks before it. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import N, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. Technical talks are even under way between Baku and Washington on the details of a possible accession to the Abraham Accords.",
            {("AZ", N)},
        ),
        (
            "Abraham Accords. Technical talks are reportedly under way between Azerbaijani and American diplomats on the terms of a possible accession.",
            {("AZ", N)},
        ),
        (
            "Abraham Accords. Analysts in Washington see a possible accession of Azerbaijan to the Abraham Accords as the next step.",
            {("AZ", P)},
        ),
        (
            "Abraham Accords. Technical talks are under way between Baku and Washington. Analysts see a possible accession of Azerbaijan to the Abraham Accords as the next step.",
            {("AZ", N), ("AZ", P)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Des discussions techniques seraient même en cours entre diplomates azerbaïdjanais et américains sur les modalités d'une éventuelle adhésion.",
            {("AZ", N)},
        ),
        (
            "Accords d'Abraham. Des discussions techniques sont en cours entre Bakou et Washington sur les modalités d'une éventuelle adhésion aux accords d'Abraham.",
            {("AZ", N)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Ya hay conversaciones técnicas en curso entre Bakú y Washington sobre los detalles de una eventual adhesión a los Acuerdos de Abraham.",
            {("AZ", N)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Zwischen Baku und Washington laufen sogar schon technische Gespräche über die Einzelheiten eines möglichen Beitritts zu den Abraham-Abkommen.",
            {("AZ", N)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Между Баку и Вашингтоном уже идут технические переговоры о деталях возможного присоединения к Авраамовым соглашениям.",
            {("AZ", N)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Pembicaraan teknis bahkan sedang berlangsung antara Baku dan Washington mengenai rincian kemungkinan bergabung dengan Abraham Accords.",
            {("AZ", N)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Rundingan teknikal malah sedang berlangsung antara Baku dan Washington mengenai butiran kemungkinan menyertai Perjanjian Abraham.",
            {("AZ", N)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. تجري محادثات فنية بين باكو وواشنطن حول تفاصيل انضمام محتمل إلى اتفاقيات أبراهام.",
            {("AZ", N)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. שיחות טכניות מתקיימות בין באקו לוושינגטון על פרטי הצטרפות אפשרית להסכמי אברהם.",
            {("AZ", N)},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. مذاکرات فنی میان باکو و واشنگتن درباره جزئیات پیوستن احتمالی به پیمان ابراهیم در جریان است.",
            {("AZ", N)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Bakü ile Washington arasında teknik görüşmeler sürüyor.",
            {("AZ", N)},
        ),
        (
            "İbrahim Anlaşmaları. Bakü ile Washington arasında İbrahim Anlaşmaları'na olası katılımın ayrıntılarına ilişkin teknik görüşmeler sürüyor.",
            {("AZ", N)},
        ),
    ],
}

KNOWN_MISSES = {
    "tr-2": "the hedge ('olası katılımın ayrıntılarına ilişkin') stands before the talks in Turkish "
    "order, and a modal before talks in a verb-final clause still weakens them to nothing",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_on_possible_accession(language, text, expected):
    check_case(language, text, expected)
