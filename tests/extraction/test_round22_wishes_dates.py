"""Round twenty-two, French news (with Spanish and German where the same phrasing exists).
Classes: a joining in the conditional negated by "ne" and restricted by "qu'une fois",
"qu'après", "qu'à condition" ("Riyad ne rejoindrait les accords qu'une fois tracée une voie
vers un État palestinien") is interest with its condition, not a plain refusal (a plain "ne
rejoindra pas", and a future restricted so, stay refusals); a founder who "voudrait voir" a country join ("que Washington
voudrait pourtant voir le Liban rejoindre") presses that country; "today" inside a description
of a person ("Imran Khan, aujourd'hui emprisonné", "hoy encarcelado", "der heute inhaftierte")
is no date of the step, while "aujourd'hui" telling when the step happened still is.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Riyad ne rejoindrait les accords qu'une fois tracée une voie vers un État "
            "palestinien.",
            {("SA", P), ("SA", D)},
        ),
        ("Les accords d'Abraham. Riyad ne rejoindra pas les accords.", {("SA", D)}),
        (
            "Les accords d'Abraham. Riyad ne rejoindra les accords qu'une fois un État palestinien créé.",
            {("SA", D)},
        ),
        (
            "Les accords d'Abraham. Washington voudrait voir le Liban rejoindre les accords.",
            {("LB", P)},
        ),
        (
            "Les accords d'Abraham. Il n'est pas question d'une adhésion aux accords, que Washington voudrait "
            "pourtant voir le Liban rejoindre.",
            {("LB", P), ("LB", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_wishes(language, text, expected):
    check_case(language, text, expected)


PUBLISHED = datetime.date(2025, 12, 3)

DATED = [
    (
        "fr",
        "Les accords d'Abraham. Le Pakistan est cité. Son prédécesseur Imran Khan, aujourd'hui emprisonné, "
        "l'avait dit sans détour: son pays ne reconnaîtrait jamais Israël.",
        None,
    ),
    ("fr", "Les accords d'Abraham. Aujourd'hui, le Pakistan a exclu toute adhésion.", "2025-12-03"),
    (
        "es",
        "Los Acuerdos de Abraham. Pakistán es citado. Su predecesor Imran Khan, hoy encarcelado, dijo que "
        "Pakistán nunca reconocerá a Israel.",
        None,
    ),
    (
        "de",
        "Die Abraham-Abkommen. Pakistan wird genannt. Der heute inhaftierte Imran Khan sagte, sein Land "
        "werde Israel nie anerkennen.",
        None,
    ),
    ("de", "Die Abraham-Abkommen. Pakistan lehnte heute einen Beitritt ab.", "2025-12-03"),
]


@pytest.mark.parametrize(("language", "text", "date"), DATED)
def test_round22_today_in_a_description(language, text, date):
    claims = extract(text, language=language, published=PUBLISHED).claims
    assert [(c.country, c.status, c.date) for c in claims] == [("PK", "declined", date)]
