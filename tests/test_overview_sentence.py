"""The map's caption writes the overview's sentence straight from the map's rows."""

import datetime as dt
import random

import pytest

from accords import overview
from accords.display import FOUNDING

STATUSES = ("ratified", "signed", "announced", "negotiating", "prospective", "declined")
STATUSES += ("suspended", "withdrawn")


def _map_rows(count, seed):
    """Rows shaped like accords.views.map_rows: a founding party's status is FOUNDING and
    its own step is in ``event_status``."""
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        status = rng.choice(STATUSES)
        founding = n < 2 and seed % 2 == 0
        rows.append(
            {
                "iso2": f"Q{n}",
                "name": f"Land {n} <&>",
                "status": FOUNDING if founding else status,
                "event_status": status,
                "since": dt.date(2019 + rng.randrange(6), 1 + rng.randrange(12), 1),
                "precision": "day",
            }
        )
    return rows


def _through_overview(rows, locale):
    """The caption's former way: every row copied into the overview's shape."""
    converted = [
        {
            **row,
            "founding": row["status"] == FOUNDING,
            "status": row["event_status"] if row["status"] == FOUNDING else row["status"],
        }
        for row in rows
    ]
    return overview.overview(converted, locale)["sentence"]


@pytest.mark.parametrize("locale", ["en", "id"])
@pytest.mark.parametrize("count,seed", [(0, 0), (1, 1), (2, 2), (5, 3), (9, 4), (40, 6), (250, 8)])
def test_the_map_sentence_is_the_overview_sentence_of_the_same_rows(count, seed, locale):
    rows = _map_rows(count, seed)
    assert overview.map_sentence(rows, locale) == _through_overview(rows, locale)


def test_the_map_sentence_names_a_few_countries_in_the_rows_order():
    rows = [
        {"iso2": "QB", "name": "Bravo", "status": "declined", "since": None},
        {"iso2": "QA", "name": "Alpha", "status": "declined", "since": None},
        {"iso2": "QF", "name": "Founder", "status": FOUNDING, "since": dt.date(2020, 9, 15)},
    ]
    text = overview.map_sentence(rows, "en")
    assert text.startswith("1 founding party · ")
    assert text.index("Bravo") < text.index("Alpha")
    assert "declined to join" in text
