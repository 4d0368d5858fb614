"""Round forty-six, candidates told by the lists in the plural ("En las listas de candidatos que
circulan en Washington figuran ...", "On the lists of candidates circulating in Washington are
...", "dans les listes de candidats", "auf den Listen der Kandidaten", "aday listelerinde", "в
списках кандидатов"): the countries listed are candidates, as the singular list already read them
(`cues.prospective` es en fr de tr ru, the singular key widened to the plural). Near misses: a
country said not to be on the lists gives nothing; a refusal to be on them is a refusal. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. En las listas de candidatos que circulan en Washington "
            "figuran también Azerbaiyán y Uzbekistán.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Los Acuerdos de Abraham. Las listas de posibles candidatos incluyen a Omán.",
            {("OM", P)},
        ),
        (
            "Los Acuerdos de Abraham. Azerbaiyán no figura en las listas de candidatos, dijo el "
            "ministro.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. Azerbaiyán rechazó figurar en las listas de candidatos.",
            {("AZ", D)},
        ),
        (
            "Los Acuerdos de Abraham. En Uzbekistán se cerraron ayer las listas de candidatos a las "
            "elecciones parlamentarias.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. On the lists of candidates circulating in Washington are "
            "Azerbaijan and Uzbekistan.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "The Abraham Accords. Lists of potential candidates drawn up by think tanks include Oman.",
            {("OM", P)},
        ),
        (
            "The Abraham Accords. Azerbaijan is not on the lists of candidates, the minister said.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Dans les listes de candidats qui circulent à Washington "
            "figurent l'Azerbaïdjan et l'Ouzbékistan.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Les accords d'Abraham. Le nom d'Oman revient dans les listes des candidats dressées "
            "par les experts.",
            {("OM", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Auf den Listen der Kandidaten, die in Washington kursieren, "
            "stehen Aserbaidschan und Usbekistan.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Washington'da dolaşan aday listelerinde Azerbaycan ve "
            "Özbekistan da yer alıyor.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. В списках кандидатов, которые обсуждают в Вашингтоне, значатся "
            "Азербайджан и Узбекистан.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "es-5": "an election's lists of candidates in a country are read as the accords' lists, as "
    "the singular 'la lista de candidatos' was before: no off-topic word for elections",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_lists_of_candidates(language, text, expected):
    check_case(language, text, expected)
