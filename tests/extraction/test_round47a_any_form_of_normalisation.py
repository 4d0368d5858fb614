"""Round forty-seven, a refusal told as a noun before "any form of normalisation" ("la position de
la Tunisie de rejet de toute forme de normalisation", "its rejection of any form of
normalisation", "seine Ablehnung jeder Form der Normalisierung", "неприятие любых форм
нормализации"): the verbs ("rejette toute forme de normalisation", "rejects any form of
normalization", "lehnt jede Form der Normalisierung ab", "отвергает любые формы нормализации")
and the nouns before a bare "normalisation" were read, the noun with "form of" between was not.
French, English, German and Russian (Spanish "su rechazo a cualquier forma de normalización",
Arabic "رفضها لكل أشكال التطبيع" and the Indonesian and Malay "segala/sebarang bentuk" already read).
Near misses: the same noun before any form of something else ("rejet de toute forme de violence",
"rejection of all forms of terrorism") gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "
EN = "The Abraham Accords were signed in 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
RU = "Соглашения Авраама были подписаны в 2020 году. "

CASES = {
    "fr": [
        (
            FR + "Le ministère rappelle la position constante de la Tunisie de rejet de toute "
            "forme de normalisation avec l'entité sioniste.",
            {("TN", D)},
        ),
        (FR + "Le Koweït reste fidèle à son refus de toute forme de normalisation.", {("KW", D)}),
        (FR + "L'Algérie a redit son rejet de toute forme de violence contre les civils.", set()),
    ],
    "en": [
        (
            EN + "Tunisia reiterated its rejection of any form of normalisation with Israel.",
            {("TN", D)},
        ),
        (EN + "Kuwait restated its opposition to all forms of normalization.", {("KW", D)}),
        (EN + "Kuwait restated its rejection of all forms of terrorism.", set()),
    ],
    "de": [
        (
            DE + "Tunesien bekräftigte seine Ablehnung jeder Form der Normalisierung mit Israel.",
            {("TN", D)},
        ),
        (DE + "Kuwait bekräftigte seine Ablehnung jeglicher Form von Normalisierung.", {("KW", D)}),
        (DE + "Kuwait bekräftigte seine Ablehnung jeder Form der Gewalt.", set()),
    ],
    "ru": [
        (RU + "Тунис подтвердил неприятие любых форм нормализации с Израилем.", {("TN", D)}),
        (RU + "Кувейт заявил об отказе от любой формы нормализации с Израилем.", {("KW", D)}),
        (RU + "Кувейт заявил о неприятии любых форм насилия.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_any_form_of_normalisation(language, text, expected):
    assert found(text, language) == expected
