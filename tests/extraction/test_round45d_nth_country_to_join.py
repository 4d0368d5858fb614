"""Round forty-five, the Arabic "the Nth (Arab) country to join" as a joining, as the English
"the fourth Arab state to join" is read: "ليصبح السودان رابع دولة عربية تلتحق بالمسار" after a
signing by a minister who names no country, "وأصبحت كازاخستان خامس دولة إسلامية تنضم إلى
الاتفاقيات" (a new Arabic joined cue: a step of 2020-2021 is a signing, a later one an
announcement). The French, Russian and Spanish ordinals read it already and are pinned here.
Near misses: the ordinal with a signing verb stays a signing, and a joining with no ordinal is
read as before. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

CASES = {
    "ar": [
        (
            "الاتفاقيات الإبراهيمية. وفي السادس من يناير 2021 وقع وزير العدل على إعلان "
            "الاتفاقيات في الخرطوم، ليصبح السودان رابع دولة عربية تلتحق بالمسار.",
            {("SD", S)},
        ),
        (
            "الاتفاقيات الإبراهيمية تتوسع. وأصبحت كازاخستان خامس دولة إسلامية تنضم إلى الاتفاقيات.",
            {("KZ", A)},
        ),
        (
            "الاتفاقيات الإبراهيمية. وكان المغرب في ديسمبر 2020 رابع دولة توقع على الإعلان.",
            {("MA", S)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. On 6 January 2021 the justice minister signed the declaration "
            "in Khartoum, making Sudan the fourth Arab state to join.",
            {("SD", S)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le 6 janvier 2021, le ministre de la Justice a signé la "
            "déclaration à Khartoum, faisant du Soudan le quatrième pays arabe à rejoindre le "
            "processus.",
            {("SD", S)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. 6 января 2021 года министр юстиции подписал декларацию в "
            "Хартуме, и Судан стал четвертой арабской страной, присоединившейся к процессу.",
            {("SD", S)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El 6 de enero de 2021 el ministro de Justicia firmó la "
            "declaración en Jartum, con lo que Sudán se convirtió en el cuarto país árabe en "
            "sumarse al proceso.",
            {("SD", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_nth_country_to_join(language, text, expected):
    assert found(text, language) == expected
