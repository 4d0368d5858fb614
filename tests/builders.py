"""The rows tests build, one way everywhere: articles, proposals, events, countries.

Each builder fills in what a test does not care about and takes any model field by name, so
a test names only what matters to it.  Module-level defaults (say, every claim in a module
dated 6 November 2025) are a ``functools.partial`` of these, never a copy.
"""

import datetime
import itertools

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


def article(n=None, language="en", *, text=None, title=None, outlet=None, url=_NUMBERED,
            published=NOV_7, state=Article.State.EXTRACTED, **fields):
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
        published=published, state=state, **fields)


def proposal(source=None, *, iso2="KZ", status="announced", date=None, precision="",
             confidence=0.9, start=0, end=None, **fields):
    """A pending claim the parser made from source (by default a new article): one country's
    step, undated unless given a date, its evidence the source's text from start to end."""
    source = source or article()
    end = len(source.text) if end is None else end
    fields.setdefault("claim_key", f"{iso2}:{status}:{date or ''}")
    fields.setdefault("evidence", source.text[start:end])
    return ProposedChange.objects.create(
        article=source, country=country(iso2), status=status, date=date,
        date_precision=precision, confidence=confidence, evidence_start=start,
        evidence_end=end, **fields)


def event(iso2, status, date=None, precision="", **fields):
    """A status event written directly, as the reference history or an editor left it."""
    return StatusEvent.objects.create(country=country(iso2), status=status, date=date,
                                      date_precision=precision, **fields)
