"""Round thirty-five, "the next country could be X" names X as a candidacy with the country after
the copula, in every language: English "the next country (to join) could be" (only "next could
be" was known), Turkish with the genitive of a nominalised clause ("bir sonraki ülkenin
Azerbaycan olabileceği konuşuluyor"), Hebrew "המדינה הבאה עשויה להיות" (where "המדינה" inside
"the next state" had read as the country in scope, giving the candidacy to the country of the
sentence before: "the next state" and "bir sonraki ülke" are now group nouns, no anaphor).
Near misses: "המדינה" alone still stands for the country in scope, and the country of the
sentence before takes no candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, check_case

KZ = {
    "en": "Kazakhstan joined the Abraham Accords. ",
    "tr": "Kazakistan Abraham Anlaşmaları'na katıldı. ",
    "he": "קזחסטן הצטרפה להסכמי אברהם. ",
    "fr": "Le Kazakhstan a rejoint les accords d'Abraham. ",
    "de": "Kasachstan trat den Abraham-Abkommen bei. ",
    "ru": "Казахстан присоединился к Авраамовым соглашениям. ",
    "ar": "انضمت كازاخستان إلى اتفاقيات أبراهام. ",
    "fa": "قزاقستان به پیمان‌های ابراهیم پیوست. ",
    "id": "Kazakhstan bergabung dengan Abraham Accords. ",
    "kk": "Қазақстан Авраам келісімдеріне қосылды. ",
    "es": "Kazajistán se sumó a los Acuerdos de Abraham. ",
}

CASES = {
    "en": [
        (
            KZ["en"] + "There is talk that the next country could be Azerbaijan.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            KZ["en"] + "The next country to join may be Azerbaijan or Uzbekistan.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
    ],
    "tr": [
        (
            KZ["tr"]
            + "Kervana katılması beklenen bir sonraki ülkenin Azerbaycan olabileceği konuşuluyor.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            KZ["tr"] + "Bir sonraki ülkenin Azerbaycan olabileceği konuşuluyor.",
            {("KZ", A), ("AZ", P)},
        ),
        (KZ["tr"] + "Sıradaki ülke Azerbaycan olabilir.", {("KZ", A), ("AZ", P)}),
    ],
    "he": [
        (KZ["he"] + "המדינה הבאה עשויה להיות אזרבייג'ן.", {("KZ", A), ("AZ", P)}),
        (KZ["he"] + "המדינה הבאה שתצטרף עשויה להיות אזרבייג'ן.", {("KZ", A), ("AZ", P)}),
        (KZ["he"] + "המדינה חתמה על ההצהרה.", {("KZ", A), ("KZ", S)}),
    ],
    "fr": [
        (
            KZ["fr"] + "On dit que le prochain pays pourrait être l'Azerbaïdjan.",
            {("KZ", A), ("AZ", P)},
        )
    ],
    "de": [
        (KZ["de"] + "Es heißt, das nächste Land könnte Aserbaidschan sein.", {("KZ", A), ("AZ", P)})
    ],
    "ru": [
        (
            KZ["ru"] + "Говорят, что следующей страной может стать Азербайджан.",
            {("KZ", A), ("AZ", P)},
        )
    ],
    "ar": [(KZ["ar"] + "ويقال إن الدولة التالية قد تكون أذربيجان.", {("KZ", A), ("AZ", P)})],
    "fa": [(KZ["fa"] + "گفته می‌شود کشور بعدی ممکن است آذربایجان باشد.", {("KZ", A), ("AZ", P)})],
    "id": [
        (KZ["id"] + "Disebut-sebut negara berikutnya bisa jadi Azerbaijan.", {("KZ", A), ("AZ", P)})
    ],
    "kk": [(KZ["kk"] + "Келесі ел Әзербайжан болуы мүмкін деп айтылуда.", {("KZ", A), ("AZ", P)})],
    "es": [
        (KZ["es"] + "Se dice que el próximo país podría ser Azerbaiyán.", {("KZ", A), ("AZ", P)})
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_next_country_could_be(language, text, expected):
    check_case(language, text, expected)
