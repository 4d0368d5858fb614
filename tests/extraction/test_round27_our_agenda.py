"""A country that says joining or normalisation is "not on our agenda" has refused it, as
much as when it is "not on the agenda": the first-person possessive of a spokesman's words or a
headline that quotes them ("ليس على جدول أعمالنا", "is not on our agenda", "n'est pas à notre
ordre du jour", "не стоит на нашей повестке", "steht nicht auf unserer Agenda"). Before, the
joining noun alone was read, as a joining announced. Near misses: the question "not on their
agenda" as told by others (officials of a country asked about something else) and another
matter not on our agenda (trade, a visit) give no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

CASES = {
    "ar": [
        ("أذربيجان: الانضمام إلى اتفاقيات أبراهام ليس على جدول أعمالنا.", {("AZ", D)}),
        (
            "اتفاقيات أبراهام. قال متحدث باسم حكومة عمان إن التطبيع مع إسرائيل ليس على أجندتنا حاليا.",
            {("OM", D)},
        ),
        ("اتفاقيات أبراهام. قالت أذربيجان إن زيارة الوزير للمعرض ليست على جدول أعمالنا.", set()),
    ],
    "en": [
        ("Azerbaijan: joining the Abraham Accords is not on our agenda.", {("AZ", D)}),
        (
            "The Abraham Accords. Oman's foreign ministry said normalisation with Israel remains "
            "not on our agenda for now.",
            {("OM", D)},
        ),
        (
            "The Abraham Accords. Tajik officials said the question of a new gas pipeline was not "
            "on their agenda.",
            set(),
        ),
    ],
    "fr": [
        (
            "L'Azerbaïdjan : l'adhésion aux accords d'Abraham n'est pas à notre ordre du jour.",
            {("AZ", D)},
        ),
        (
            "Accords d'Abraham. Pour Oman, la normalisation avec Israël n'est pas dans notre agenda, "
            "a dit le ministre.",
            {("OM", D)},
        ),
        (
            "Accords d'Abraham. L'Azerbaïdjan a dit que le salon du livre n'est pas à notre agenda.",
            set(),
        ),
    ],
    "ru": [
        (
            "Азербайджан: присоединение к Соглашениям Авраама не стоит на нашей повестке.",
            {("AZ", D)},
        ),
        (
            "Соглашения Авраама. В Баку заявили, что визит министра на выставку не стоит на нашей "
            "повестке.",
            set(),
        ),
    ],
    "de": [
        (
            "Aserbaidschan: Ein Beitritt zu den Abraham-Abkommen steht nicht auf unserer Agenda.",
            {("AZ", D)},
        ),
        (
            "Abraham-Abkommen. Aserbaidschan erklärte, eine Messe in Baku stehe nicht auf unserer "
            "Tagesordnung.",
            set(),
        ),
    ],
    "es": [
        (
            "Azerbaiyán: la adhesión a los Acuerdos de Abraham no está en nuestra agenda.",
            {("AZ", D)},
        ),
    ],
    "tr": [
        ("Azerbaycan: İbrahim Anlaşmaları'na katılım gündemimizde değil.", {("AZ", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_not_on_our_agenda_is_a_refusal(language, text, expected):
    assert found(text, language) == expected
