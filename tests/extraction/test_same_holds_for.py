"""The same said of a country named first ("Für Aserbaidschan gilt Ähnliches", "Pour
l'Azerbaïdjan, il en va de même", "Para Azerbaiyán vale lo mismo", "Azerbaycan için de aynı durum
geçerli") carries the step of the sentence before to that country, as "the same goes for X"
already did with the country after it (`continuations_after`): a candidacy stays a candidacy, a
refusal a refusal. Near misses: the same said of a region or a group names no country, and "gilt
als" (is seen as) with no "the same" is no continuation.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "de": [
        (
            "Usbekistan könnte sich den Abraham-Abkommen anschliessen. Für Aserbaidschan gilt "
            "Ähnliches.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Usbekistan könnte sich den Abraham-Abkommen anschliessen. Für Aserbaidschan gilt "
            "dasselbe.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Saudi-Arabien lehnt einen Beitritt zu den Abraham-Abkommen ab. Für Oman gilt das "
            "Gleiche.",
            {("SA", D), ("OM", D)},
        ),
        (
            "Usbekistan könnte sich den Abraham-Abkommen anschliessen. Für die Region gilt "
            "Ähnliches.",
            {("UZ", P)},
        ),
        (
            "Usbekistan könnte sich den Abraham-Abkommen anschliessen. Aserbaidschan gilt als "
            "Partner Israels.",
            {("UZ", P)},
        ),
    ],
    "fr": [
        (
            "L'Ouzbékistan pourrait rejoindre les accords d'Abraham. Pour l'Azerbaïdjan, il en va "
            "de même.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "L'Arabie saoudite refuse de rejoindre les accords d'Abraham. Pour Oman, il en va de "
            "même.",
            {("SA", D), ("OM", D)},
        ),
        (
            "L'Ouzbékistan pourrait rejoindre les accords d'Abraham. Pour la région, il en va de "
            "même.",
            {("UZ", P)},
        ),
    ],
    "es": [
        (
            "Uzbekistán podría sumarse a los Acuerdos de Abraham. Para Azerbaiyán vale lo mismo.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Uzbekistán podría sumarse a los Acuerdos de Abraham. En el caso de Azerbaiyán ocurre "
            "lo mismo.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Uzbekistán podría sumarse a los Acuerdos de Abraham. En el resto de la región ocurre "
            "lo mismo.",
            {("UZ", P)},
        ),
    ],
    "tr": [
        (
            "Özbekistan'ın İbrahim Anlaşmaları'na katılması bekleniyor. Azerbaycan için de aynı "
            "durum geçerli.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Özbekistan'ın İbrahim Anlaşmaları'na katılması bekleniyor. Bölge için de aynı durum "
            "geçerli.",
            {("UZ", P)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_the_same_said_of_a_country_named_first_carries_the_step(language, text, expected):
    check_case(language, text, expected)
