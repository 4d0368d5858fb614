"""Round fifty-one, countries a paper, analysts or diplomats name as the next to join
("Следующими газета называет Азербайджан и Узбекистан", "называет Азербайджан следующим
кандидатом", "The paper names Azerbaijan and Uzbekistan as the next candidates", "nennt
Aserbaidschan als nächste Beitrittsländer", "cite l'Azerbaïdjan comme les prochains
signataires", "cita a Azerbaiyán como los próximos firmantes"): others' speculation on a
joining, prospective (labelling rule 3); "next" fronted before the verb, with the subject
between, and "names ... as the next candidates" or "nennt ... als nächste Beitrittsländer" had no
cue (`cues` prospective; ru en de; the French and Spanish forms already read through their noun
phrase and stay here as checks). Near misses: "next" naming other
things ("Следующими в списке газета называет футбол и хоккей"), and a country named as the
next host of a summit, give no candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

RU = "Авраамовы соглашения были подписаны в 2020 году. "
EN = "The Abraham Accords were signed in 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
FR = "Les accords d'Abraham ont été signés en 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "

CASES = {
    "ru": [
        (RU + "Следующими газета называет Азербайджан и Узбекистан.", {("AZ", P), ("UZ", P)}),
        (RU + "Следующими аналитики называют Оман.", {("OM", P)}),
        (
            RU + "Следующими в списке газета называет футбол и хоккей, Азербайджан упомянут "
            "вскользь.",
            set(),
        ),
    ],
    "en": [
        (
            EN + "The paper names Azerbaijan and Uzbekistan as the next candidates.",
            {("AZ", P), ("UZ", P)},
        ),
        (EN + "Diplomats named Oman as the likely next to join.", {("OM", P)}),
        (EN + "The paper names Azerbaijan as the next host of the climate summit.", set()),
    ],
    "de": [
        (
            DE + "Die Zeitung nennt Aserbaidschan und Usbekistan als nächste Beitrittsländer.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
    "fr": [
        (
            FR + "Le journal cite l'Azerbaïdjan et l'Ouzbékistan comme les prochains signataires.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
    "es": [
        (
            ES + "El diario cita a Azerbaiyán y Uzbekistán como los próximos firmantes.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_named_as_next(language, text, expected):
    assert found(text, language) == expected
