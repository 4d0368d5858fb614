"""Round forty-nine, a coming joining said to be "a matter of months" (or weeks, or days): a
forecast, prospective, as "a matter of time" already was ("Uzbekistan will join the accords, it
is a matter of months", "אוזבקיסטן תצטרף להסכמי אברהם, זה עניין של חודשים", "c'est une question
de mois", "es cuestión de meses", "это вопрос нескольких месяцев", "birkaç ay meselesi", "مسئله
چند ماه", "eine Frage von Monaten", "مسألة أشهر"): the time word was read, the months and weeks
were not, so the joining read as announced. English, Hebrew, French, Spanish, Russian, Turkish,
Persian, German and Arabic (`hedges`, or the prospective `cues` where "a matter of time" stood
there). Near misses: a joining already made with its ceremony "in a matter of weeks" ("has
joined, and the signing ceremony will follow in a matter of weeks") stays announced; a refusal
beside the phrase ("will not join, not in a matter of months nor in years") stays declined. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

CASES = {
    "en": [
        (
            "Uzbekistan will join the Abraham Accords, it is a matter of months.",
            {("UZ", "prospective")},
        ),
        (
            "Uzbekistan will join the accords, it's only a matter of weeks, officials in Tashkent "
            "say.",
            {("UZ", "prospective")},
        ),
        (
            "Kazakhstan has joined the Abraham Accords, and the signing ceremony will follow in a "
            "matter of weeks.",
            {("KZ", "announced")},
        ),
        (
            "Pakistan will not join the Abraham Accords, not in a matter of months and not in years.",
            {("PK", D)},
        ),
    ],
    "he": [
        ("אוזבקיסטן תצטרף להסכמי אברהם, זה עניין של חודשים.", {("UZ", "prospective")}),
        ("אזרבייג'ן תצטרף להסכמי אברהם, זו שאלה של שבועות.", {("AZ", "prospective")}),
        ("אוזבקיסטן תצטרף להסכמי אברהם, זה עניין של זמן.", {("UZ", "prospective")}),
        ("קזחסטן הצטרפה להסכמי אברהם בנובמבר.", {("KZ", "announced")}),
    ],
    "fr": [
        (
            "L'Ouzbékistan rejoindra les accords d'Abraham, ce n'est qu'une question de mois.",
            {("UZ", "prospective")},
        ),
        (
            "L'Azerbaïdjan rejoindra les accords d'Abraham, c'est une question de semaines.",
            {("AZ", "prospective")},
        ),
    ],
    "es": [
        (
            "Uzbekistán se unirá a los Acuerdos de Abraham, es cuestión de meses.",
            {("UZ", "prospective")},
        ),
        (
            "Azerbaiyán se sumará a los Acuerdos de Abraham, es solo cuestión de semanas.",
            {("AZ", "prospective")},
        ),
    ],
    "ru": [
        (
            "Узбекистан присоединится к Соглашениям Авраама, это вопрос нескольких месяцев.",
            {("UZ", "prospective")},
        ),
        (
            "Азербайджан присоединится к Соглашениям Авраама, это лишь вопрос недель.",
            {("AZ", "prospective")},
        ),
    ],
    "tr": [
        (
            "Özbekistan İbrahim Anlaşmaları'na katılacak, bu birkaç ay meselesi.",
            {("UZ", "prospective")},
        ),
        (
            "Azerbaycan İbrahim Anlaşmaları'na katılacak, bu birkaç hafta meselesi.",
            {("AZ", "prospective")},
        ),
    ],
    "fa": [
        ("ازبکستان به پیمان ابراهیم خواهد پیوست، این مسئله چند ماه است.", {("UZ", "prospective")}),
    ],
    "de": [
        (
            "Usbekistan wird den Abraham-Abkommen beitreten, es ist eine Frage von Monaten.",
            {("UZ", "prospective")},
        ),
        (
            "Aserbaidschan wird den Abraham-Abkommen beitreten, es ist nur eine Frage weniger Wochen.",
            {("AZ", "prospective")},
        ),
    ],
    "ar": [
        ("ستنضم أوزبكستان إلى اتفاقيات أبراهام، إنها مسألة أشهر.", {("UZ", "prospective")}),
        ("ستنضم أذربيجان إلى اتفاقيات أبراهام، إنها مسألة أسابيع.", {("AZ", "prospective")}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_matter_of_months(language, text, expected):
    assert found(text, language) == expected
