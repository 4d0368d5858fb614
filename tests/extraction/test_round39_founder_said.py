"""Round thirty-nine, a founder's leader saying a country will join, told in the perfect or
with the verb first ("Trump ha dicho que Arabia Saudí se unirá", "Trump hat gesagt,
Saudi-Arabien werde beitreten", "قال ترامب إن السعودية ستنضم", "ترامپ بارها گفته عربستان
می‌پیوندد"): his expectation, prospective (the speaking words, `reporting`, es de ar fa; English,
French, Russian, Turkish, Hebrew, Indonesian, Malay and Kazakh read it so already). Near misses:
Kazakhstan, whose joining the founders announced, and a country's own leader saying it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Acuerdos de Abraham. Trump ha dicho que Arabia Saudí se unirá a los acuerdos.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham. Trump ha repetido que Arabia Saudí se sumará pronto a los acuerdos.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham. Trump ha dicho que Kazajistán se unirá a los acuerdos.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Aliyev ha dicho que Azerbaiyán se unirá a los acuerdos.",
            {("AZ", A)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Trump hat gesagt, Saudi-Arabien werde den Abkommen beitreten.",
            {("SA", P)},
        ),
        (
            "Abraham-Abkommen. Trump hat gesagt, Kasachstan werde den Abkommen beitreten.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام. قال ترامب إن السعودية ستنضم إلى الاتفاقيات.", {("SA", P)}),
        (
            "اتفاقيات أبراهام. وأكد الرئيس الأمريكي دونالد ترامب أن السعودية ستنضم قريبا إلى الاتفاقيات.",
            {("SA", P)},
        ),
        (
            "اتفاقيات أبراهام. أعلن الرئيس الأمريكي دونالد ترامب أن كازاخستان ستنضم إلى الاتفاقيات.",
            {("KZ", A)},
        ),
        (
            "اتفاقيات أبراهام. قال الرئيس الأذربيجاني إلهام علييف إن بلاده ستنضم إلى الاتفاقيات.",
            {("AZ", A)},
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم. دونالد ترامپ بارها گفته عربستان سعودی به‌زودی به توافق می‌پیوندد.",
            {("SA", P)},
        ),
        ("توافق ابراهیم. ترامپ بارها گفته قزاقستان به توافق می‌پیوندد.", {("KZ", A)}),
    ],
    "en": [
        (
            "Abraham Accords. Trump has repeatedly said Saudi Arabia will join the accords.",
            {("SA", P)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Trump a répété que l'Arabie saoudite rejoindrait les accords.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_founder_said(language, text, expected):
    check_case(language, text, expected)
