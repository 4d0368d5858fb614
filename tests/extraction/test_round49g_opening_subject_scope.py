"""Round forty-nine, a pronoun opening a sentence after one that names several countries with
one of them as its opening subject: "Sudan, which signed the accords in 2021, is a warning for
Hargeisa. Its normalisation with Israel has been frozen since the spring." The sentence before
named two countries, so no country was in scope and the halt went to no one; the country that
opens a sentence, an article at most before it ("Le Soudan", "Der Sudan"), alone and not at the
head of a list, is now the one in scope. English, French, Spanish, German and Hebrew (the rule is
the scope's, in every language).

Near misses: a list opening the sentence ("Sudan and Morocco signed ..."), a second country
opening a clause of its own after a comma ("Morocco signed in December, Sudan in January"), and
a country after a preposition ("For Uzbekistan the risk is small, a scholar in Russia said") leave
no one in scope, so the halt after them goes to no one. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, found

S = "signed"

CASES = {
    "en": [
        (
            "Sudan, which signed the Abraham Accords in January 2021, is a warning for "
            "Hargeisa. Its normalisation with Israel has been frozen since the spring.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Bahrain, a founding member of the Abraham Accords, keeps an eye on Oman. Its "
            "normalisation with Israel has been frozen since the war.",
            {("BH", S), ("BH", U)},
        ),
        (
            "Sudan and Morocco signed the Abraham Accords in 2021. Its normalisation with "
            "Israel has been frozen since the spring.",
            {("SD", S), ("MA", S)},
        ),
        (
            "Morocco signed the Abraham Accords in December, Sudan in January 2021. Its "
            "normalisation with Israel has been frozen since the spring.",
            {("MA", S), ("SD", S)},
        ),
        (
            "For Uzbekistan the risk is small, a scholar in Russia said of the Abraham "
            "Accords. Its talks on normalisation have stalled.",
            set(),
        ),
    ],
    "fr": [
        (
            "Le Soudan, qui a signé les accords d'Abraham en janvier 2021, est un avertissement "
            "pour Hargeisa. Sa normalisation avec Israël est gelée depuis le printemps.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Le Soudan et le Maroc ont signé les accords d'Abraham. Sa normalisation avec "
            "Israël est gelée depuis le printemps.",
            {("SD", S), ("MA", S)},
        ),
    ],
    "es": [
        (
            "Sudán, que firmó los Acuerdos de Abraham en enero de 2021, es una advertencia "
            "para Hargeisa. Su normalización con Israel está congelada desde la primavera.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Marruecos firmó los Acuerdos de Abraham en diciembre, Sudán en enero de 2021. Su "
            "normalización con Israel está congelada desde la primavera.",
            {("MA", S), ("SD", S)},
        ),
    ],
    "de": [
        (
            "Der Sudan, der die Abraham-Abkommen im Januar 2021 unterzeichnete, ist eine "
            "Warnung für Hargeisa. Seine Annäherung an Israel liegt seit dem Frühjahr auf Eis.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Der Sudan und Marokko unterzeichneten die Abraham-Abkommen. Seine Annäherung an "
            "Israel liegt seit dem Frühjahr auf Eis.",
            {("SD", S), ("MA", S)},
        ),
    ],
    "he": [
        (
            "סודן, שחתמה על הסכמי אברהם בינואר 2021, היא אזהרה עבור הרגייסה. הנורמליזציה "
            "שלה עם ישראל מוקפאת מאז האביב.",
            {("SD", S), ("SD", U)},
        ),
        (
            "סודן ומרוקו חתמו על הסכמי אברהם. הנורמליזציה שלה עם ישראל מוקפאת מאז האביב.",
            {("SD", S), ("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_opening_subject_scope(language, text, expected):
    assert found(text, language) == expected
