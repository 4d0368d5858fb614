"""Round forty, talk of a country's joining told with the talk as a noun or a passive ("حديث
متزايد عن انضمام أذربيجان", a headline with no verb; "يتزايد الحديث عن", "יש דיבורים על
הצטרפותה", "über einen Beitritt ... gemunkelt", "Gerede über einen Beitritt", "қосылуы туралы
әңгіме", "anlaşmalara katılımı konuşuluyor"): others' speculation, prospective, not an
announcement (`modals`; Turkish `cues.prospective`). Near misses: a joining told with its own
verb beside it stays announced; English, French, Spanish, Russian and Persian read it already.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "ar": [
        ("حديث متزايد عن انضمام أذربيجان إلى اتفاقيات إبراهيم", {("AZ", P)}),
        ("يتزايد الحديث عن انضمام أذربيجان إلى اتفاقيات إبراهيم.", {("AZ", P)}),
        ("أعلنت كازاخستان انضمامها إلى اتفاقيات إبراهيم.", {("KZ", A)}),
    ],
    "he": [
        ("יש דיבורים על הצטרפותה של אזרבייג'ן להסכמי אברהם.", {("AZ", P)}),
    ],
    "de": [
        (
            "In Washington wird über einen Beitritt Aserbaidschans zu den Abraham-Abkommen gemunkelt.",
            {("AZ", P)},
        ),
        ("Es gibt Gerede über einen Beitritt Aserbaidschans zu den Abraham-Abkommen.", {("AZ", P)}),
    ],
    "kk": [
        ("Әзербайжанның Авраам келісімдеріне қосылуы туралы әңгіме көбейді.", {("AZ", P)}),
    ],
    "tr": [
        ("Azerbaycan'ın İbrahim Anlaşmaları'na katılımı konuşuluyor.", {("AZ", P)}),
        ("Kazakistan İbrahim Anlaşmaları'na katıldı.", {("KZ", A)}),
    ],
    "en": [
        ("There is growing talk of Azerbaijan joining the Abraham Accords.", {("AZ", P)}),
    ],
    "fr": [
        (
            "On parle de plus en plus d'une adhésion de l'Azerbaïdjan aux accords d'Abraham.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Se habla cada vez más de la adhesión de Azerbaiyán a los Acuerdos de Abraham.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Все чаще звучат разговоры о присоединении Азербайджана к Соглашениям Авраама.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talk_of_joining(language, text, expected):
    check_case(language, text, expected)
