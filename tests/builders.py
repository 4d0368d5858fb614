"""The rows tests build, one way everywhere: articles, proposals, events, countries, and the
chart rows the figures are drawn from.

Each builder fills in what a test does not care about and takes any model field by name, so
a test names only what matters to it.  Module-level defaults (say, every claim in a module
dated 6 November 2025) are a ``functools.partial`` of these, never a copy.
"""

import datetime
import itertools

import pycountry

from accords.models import Article, Country, ProposedChange, StatusEvent

NOV_6 = datetime.date(2025, 11, 6)
NOV_7 = datetime.date(2025, 11, 7)

# One sentence per language for an article's text: the claim every builder proposes.
SENTENCE = {
    "en": "Kazakhstan will join the Abraham Accords.",
    "id": "Kazakhstan akan bergabung dengan Abraham Accords.",
}

_serial = itertools.count(1000)
_NUMBERED = object()  # an article's own address; url=None is an article without one


def country(iso2):
    return Country.objects.get(iso2=iso2)


def article(
    n=None,
    language="en",
    *,
    text=None,
    title=None,
    outlet=None,
    url=_NUMBERED,
    published=NOV_7,
    state=Article.State.EXTRACTED,
    **fields,
):
    """Article number n (by default a fresh number): "Story n" from "Outlet n" at its own
    address (url=None for none), extracted, published on 7 November 2025; its text the
    sentence of its language (English when there is none)."""
    if n is None:
        n = next(_serial)
    return Article.objects.create(
        title=f"Story {n}" if title is None else title,
        outlet=f"Outlet {n}" if outlet is None else outlet,
        url=f"https://example.com/{n}" if url is _NUMBERED else url,
        language=language,
        text=SENTENCE.get(language, SENTENCE["en"]) if text is None else text,
        published=published,
        state=state,
        **fields,
    )


def proposal(
    source=None,
    *,
    iso2="KZ",
    status="announced",
    date=None,
    precision="",
    confidence=0.9,
    start=0,
    end=None,
    **fields,
):
    """A pending claim the parser made from source (by default a new article): one country's
    step, undated unless given a date, its evidence the source's text from start to end."""
    source = source or article()
    end = len(source.text) if end is None else end
    fields.setdefault("claim_key", f"{iso2}:{status}:{date or ''}")
    fields.setdefault("evidence", source.text[start:end])
    return ProposedChange.objects.create(
        article=source,
        country=country(iso2),
        status=status,
        date=date,
        date_precision=precision,
        confidence=confidence,
        evidence_start=start,
        evidence_end=end,
        **fields,
    )


def event(iso2, status, date=None, precision="", **fields):
    """A status event written directly, as the reference history or an editor left it."""
    return StatusEvent.objects.create(
        country=country(iso2), status=status, date=date, date_precision=precision, **fields
    )


# --- chart rows ------------------------------------------------------------------------------
# The dictionaries the selectors hand to the chart builders, made without the database: a
# timeline row per status event, a map row per member country.


def event_row(iso2, status, date, precision="day", outlets=("JNS",), name=None):
    """A timeline row: one status event of a country, reported by the given outlets."""
    return {
        "iso2": iso2,
        "name": name or pycountry.countries.get(alpha_2=iso2).name,
        "status": status,
        "date": date,
        "precision": precision,
        "outlets": list(outlets),
        "url": f"/countries/{iso2}/",
    }


def member_row(iso2, status, since=datetime.date(2020, 9, 15), precision="day", name=None):
    """A map row: a country at its current status since a date."""
    entry = pycountry.countries.get(alpha_2=iso2)
    return {
        "iso2": iso2,
        "iso3": entry.alpha_3,
        "name": name or entry.name,
        "status": status,
        "since": since,
        "precision": precision,
        "url": f"/countries/{iso2}/",
    }


ACCORDS_ROWS = [
    event_row("AE", "announced", datetime.date(2020, 8, 13)),
    event_row("AE", "signed", datetime.date(2020, 9, 15)),
    event_row("BH", "announced", datetime.date(2020, 9, 11)),
    event_row("BH", "signed", datetime.date(2020, 9, 15), outlets=("JNS", "Al Arabiya")),
    event_row("MA", "announced", datetime.date(2020, 12, 10)),
    event_row("MA", "signed", datetime.date(2020, 12, 22)),
    event_row("SD", "signed", datetime.date(2021, 1, 6)),
    event_row("SD", "announced", datetime.date(2020, 10, 23)),  # out of order on purpose
    event_row("KZ", "announced", datetime.date(2025, 11, 6)),
    event_row("ID", "prospective", datetime.date(2020, 1, 1), precision="year", outlets=()),
    event_row("SA", "declined", datetime.date(2024, 2, 1), precision="month"),
]

MEMBER_ROWS = [
    member_row("IL", "founding"),
    member_row("US", "founding"),
    member_row("AE", "signed"),
    member_row("BH", "signed"),
    member_row("MA", "signed"),
    member_row("SD", "signed", since=datetime.date(2021, 1, 6)),
    member_row("KZ", "announced", since=datetime.date(2025, 11, 6)),
    member_row("SA", "declined", since=datetime.date(2024, 2, 1), precision="month"),
]
