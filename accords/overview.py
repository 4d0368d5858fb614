"""The overview's answer to "who is in?": pure functions from countries to words.

Three groups, as a reader asks the question:

- members: the founding parties and every country whose current status is signed or
  ratified;
- on the way: announced, negotiating, prospective;
- not joining: declined, suspended, withdrawn.

``overview(rows, locale)`` returns the groups and one sentence built from them, in the
reader's language, with each country's name isolated in ``<bdi>`` so a right-to-left name
next to a number or another name keeps its order.
"""

import datetime

from babel.lists import format_list
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override

from accords.display import FOUNDING, babel_locale, escape

MEMBER_STATUSES = ("ratified", "signed")
ON_THE_WAY_STATUSES = ("announced", "negotiating", "prospective")
NOT_JOINING_STATUSES = ("declined", "suspended", "withdrawn")
GROUPS = ("members", "on_the_way", "not_joining")

# Beyond this many names a phrase gives the number instead of the list.
MAX_NAMES = 4


def group_of(status, founding=False):
    if founding or status in MEMBER_STATUSES or status == FOUNDING:
        return "members"
    if status in ON_THE_WAY_STATUSES:
        return "on_the_way"
    if status in NOT_JOINING_STATUSES:
        return "not_joining"
    return None


def _names(rows, locale):
    """The countries' names as one list in the reader's language ("A, B and C")."""
    names = [f"<bdi>{escape(row['name'])}</bdi>" for row in rows]
    try:
        return format_list(names, locale=babel_locale(locale))
    except ValueError:  # pragma: no cover - every Babel locale has list patterns
        return ", ".join(names)


def _status_phrase(status, rows, locale):
    many = len(rows) > MAX_NAMES
    n = len(rows)
    if many:
        subject = escape(ngettext("%(n)s country", "%(n)s countries", n) % {"n": n})
    else:
        subject = _names(rows, locale)
    plural = n if not many else 2
    # Only the phrase asked for is translated (each ngettext costs a few microseconds).
    phrases = {
        "announced": lambda: ngettext(
            "%(names)s announced it will join", "%(names)s announced they will join", plural
        ),
        "negotiating": lambda: ngettext(
            "%(names)s is in talks to join", "%(names)s are in talks to join", plural
        ),
        "prospective": lambda: ngettext("%(names)s may join", "%(names)s may join", plural),
        "declined": lambda: ngettext(
            "%(names)s declined to join", "%(names)s declined to join", plural
        ),
        "suspended": lambda: ngettext(
            "%(names)s suspended its participation",
            "%(names)s suspended their participation",
            plural,
        ),
        "withdrawn": lambda: ngettext(
            "%(names)s left the accords", "%(names)s left the accords", plural
        ),
    }
    return escape(phrases[status]()).replace("%(names)s", subject)


def _members_phrase(founding, joined):
    total = len(founding) + len(joined)
    if not total:
        return ""
    years = [row["since"].year for row in joined if row.get("since")]
    if joined and founding:
        text = ngettext(
            "%(total)s parties: %(joined)s joined since %(year)s and the %(founding)s "
            "founding parties",
            "%(total)s parties: %(joined)s joined since %(year)s and the %(founding)s "
            "founding parties",
            total,
        )
        if not years:
            text = _("%(total)s parties: %(joined)s joined and the %(founding)s founding parties")
    elif joined:
        text = ngettext(
            "%(total)s party, joined since %(year)s",
            "%(total)s parties, all joined since %(year)s",
            total,
        )
        if not years:
            text = ngettext("%(total)s party", "%(total)s parties", total)
    else:
        text = ngettext(
            "%(founding)s founding party", "the %(founding)s founding parties", len(founding)
        )
    return escape(
        text
        % {
            "total": total,
            "joined": len(joined),
            "founding": len(founding),
            "year": min(years) if years else "",
        }
    )


def _sentence(founding, joined, by_status, locale):
    """The one-sentence answer from the founding parties, the other members and the other
    countries by status (each list in the order its names are to be written)."""
    parts = [_members_phrase(founding, joined)]
    for status in (*ON_THE_WAY_STATUSES, *NOT_JOINING_STATUSES):
        at = by_status.get(status)
        if at:
            parts.append(_status_phrase(status, at, locale))
    parts = [part for part in parts if part]
    return " · ".join(parts) if parts else escape(_("No country has a confirmed status yet."))


def map_sentence(rows, locale="en"):
    """``overview(...)["sentence"]`` for the map's rows (accords.views.map_rows: a founding
    party's ``status`` is ``FOUNDING``), without building and sorting the groups."""
    with override(locale):
        founding, joined, by_status = [], [], {}
        for row in rows:
            status = row["status"]
            if status == FOUNDING:
                founding.append(row)
            elif status in MEMBER_STATUSES:
                joined.append(row)
            else:
                by_status.setdefault(status, []).append(row)
        return mark_safe(_sentence(founding, joined, by_status, locale))


def overview(rows, locale="en"):
    """Groups and the one-sentence answer.

    rows: ``{"iso2", "name" (in the reader's language), "status", "founding",
    "since" (date or None), "precision", "url"}`` for every country with a status.
    Returns ``{"sentence": safe HTML, "groups": [(key, title, [rows])], "counts": {...}}``.
    """
    with override(locale):
        groups = {key: [] for key in GROUPS}
        for row in rows:
            key = group_of(row["status"], row.get("founding"))
            if key:
                groups[key].append(row)
        for key in GROUPS:
            groups[key].sort(
                key=lambda row: (
                    not row.get("founding"),
                    row.get("since") or datetime.date.max,
                    row["name"],
                )
            )
        founding = [row for row in groups["members"] if row.get("founding")]
        joined = [row for row in groups["members"] if not row.get("founding")]
        by_status = {}
        for row in rows:
            if not row.get("founding"):
                by_status.setdefault(row["status"], []).append(row)
        sentence = _sentence(founding, joined, by_status, locale)
        titles = {
            "members": _("Members"),
            "on_the_way": _("On the way"),
            "not_joining": _("Not joining"),
        }
        return {
            "sentence": mark_safe(sentence),
            "groups": [(key, titles[key], groups[key]) for key in GROUPS],
            "counts": {key: len(groups[key]) for key in GROUPS},
        }
