"""Reads.  Every query the pages and the admin need, with a bounded number of SQL queries."""

import datetime
from functools import lru_cache

from django.conf import settings
from django.db import connection
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone

from accords.models import Article, Citation, Country, ProposedChange, StatusEvent, date_key


def live_events():
    """Confirmed events that were not reverted: all the public pages ever show."""
    return StatusEvent.objects.filter(reverted_at__isnull=True)


def _citations_without_text():
    """Citations with their articles, but not the articles' text: it is not shown and may be
    long, so it stays in the database."""
    return (
        Citation.objects.select_related("article")
        .defer("article__text", "article__raw")
        .order_by("id")
    )


# The columns of a step's source: its event's id, then the citation and its article's title
# and date (the row keys _SOURCE_FIELDS).
_SOURCE_COLUMNS = (
    "event_id",
    "article_id",
    "url",
    "outlet",
    "language",
    "evidence",
    "created_at",
    "article__title",
    "article__published",
    "article__published_precision",
)


def _step_sources(citations):
    """The sources of steps as rows, ``{event_id: [row]}``, each step's in citation order:
    ``{"article_id", "url", "outlet", "language", "evidence", "created_at", "title",
    "published", "published_precision"}`` (the article's, None without one)."""
    sources = {}
    for (
        event_id,
        article_id,
        url,
        outlet,
        language,
        evidence,
        created_at,
        title,
        published,
        published_precision,
    ) in citations.order_by("event_id", "id").values_list(*_SOURCE_COLUMNS):
        sources.setdefault(event_id, []).append(
            {
                "article_id": article_id,
                "url": url,
                "outlet": outlet,
                "language": language,
                "evidence": evidence,
                "created_at": created_at,
                "title": title,
                "published": published,
                "published_precision": published_precision,
            }
        )
    return sources


_STEP_FIELDS = ("id", "status", "date", "date_precision", "source", "note", "confirmed_at")


def _step_row(values, sources):
    row = dict(zip(_STEP_FIELDS, values[: len(_STEP_FIELDS)], strict=True))
    row["date_key"] = date_key(row["date"], row["date_precision"])
    row["sources"] = sources.get(row["id"], [])
    return row


def country_history(*, country):
    """A country's live events in date order, each with its sources, as rows (two
    queries; rows, not model instances: a history of hundreds of steps and sources is
    read in a few milliseconds): ``{"id", "status", "date", "date_precision", "date_key",
    "source", "note", "confirmed_at", "sources": [see _step_sources]}``."""
    events = live_events().filter(country=country).order_by("date", "id")
    sources = _step_sources(
        Citation.objects.filter(event__country=country, event__reverted_at__isnull=True)
    )
    return [_step_row(values, sources) for values in events.values_list(*_STEP_FIELDS)]


def pending_count(*, country):
    return ProposedChange.objects.filter(
        country=country, review_state=ProposedChange.Review.PENDING
    ).count()


def public_article(*, article_id):
    """An article is public once a live event cites it."""
    return (
        Article.objects.filter(pk=article_id)
        .filter(Q(citation__event__reverted_at__isnull=True) & Q(citation__isnull=False))
        .distinct()
        .first()
    )


def article_citations(*, article):
    return list(
        Citation.objects.filter(article=article, event__reverted_at__isnull=True)
        .select_related("event", "event__country", "proposal")
        .order_by("id")
    )


# --- the public dashboard ----------------------------------------------------------------
# Each function below runs a fixed number of queries whatever the size of the data
# (tests/test_views_dashboard.py asserts the bounds).


def data_version():
    """A short key that changes whenever what the public pages show may have changed.

    Confirming adds an event or a citation (a higher id), reverting sets ``reverted_at``
    (a different count of reverted events), removing a source or undoing a decision deletes
    a citation (a different number of them), and an editor may mark a country as a founding
    party.  Events and citations are otherwise read-only once written.

    One query of five scalar subqueries, each answered without reading the events: the
    highest ids from the primary keys, the reverted events from their own partial index
    (``statusevent_reverted``), the number of citations from SQLite's count of a b-tree's
    entries (PostgreSQL counts them with an index-only scan).  About 0.1 ms with 10,000
    events on SQLite; the query the ORM wrote for the same key read every event and every
    citation (4–7 ms).  The pages cache their figures and tables under this key, so a change
    is never missed by a rebuild.
    """
    quote = connection.ops.quote_name
    event, citation, country = (
        quote(model._meta.db_table) for model in (StatusEvent, Citation, Country)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT MAX(id) FROM {event}),"
            f" (SELECT COUNT(*) FROM {event} WHERE reverted_at IS NOT NULL),"
            f" (SELECT MAX(id) FROM {citation}),"
            f" (SELECT SUM(id) FROM {country} WHERE founding),"
            f" (SELECT COUNT(*) FROM {citation})"
        )
        last, reverted, cited, founders, n_cited = cursor.fetchone()
    if last is None:
        return "none"
    return "-".join(str(value) for value in (last, reverted, cited, founders, n_cited))


def _event_rows(queryset):
    """Live events as plain dicts with their sources, in two queries."""
    events = list(
        queryset.values(
            "id",
            "status",
            "date",
            "date_precision",
            "confirmed_at",
            "note",
            "country__iso2",
            "country__iso3",
            "country__name",
            "country__founding",
        )
    )
    sources = {}
    if events:
        citations = (
            Citation.objects.filter(event__in=queryset)
            .order_by("event_id", "id")
            .values(
                "event_id",
                "article_id",
                "url",
                "outlet",
                "language",
                "evidence",
                "article__title",
                "article__published",
                "article__outlet",
                "article__published_precision",
            )
        )
        for citation in citations:
            sources.setdefault(citation["event_id"], []).append(citation)
    for event in events:
        event["sources"] = sources.get(event["id"], [])
    return events


def _timeline_queryset(*, statuses=(), start=None, end=None, countries=None):
    events = live_events()
    if statuses:
        events = events.filter(status__in=statuses)
    if start:
        events = events.filter(date__gte=start)
    if end:
        events = events.filter(date__lte=end)
    if countries is not None:
        events = events.filter(country__iso2__in=countries)
    return events.order_by("date", "country__name", "id")


def _timeline_rows(queryset):
    """Events as the rows both the timeline's chart and its table read, in two queries:
    ``{"id", "iso2", "name", "founding", "status", "date", "precision", "date_key",
    "sources": [{"article_id", "url", "outlet", "title"}], "outlets": [str]}``.  ``name``
    is the stored English name; the view puts the reader's and the page's ``url`` in.
    Only the columns the pages show are read (tuples, not model instances)."""
    rows = []
    by_id = {}
    for id_, status, date, precision, iso2, name, founding in queryset.values_list(
        "id",
        "status",
        "date",
        "date_precision",
        "country__iso2",
        "country__name",
        "country__founding",
    ):
        row = by_id[id_] = {
            "id": id_,
            "iso2": iso2,
            "name": name,
            "founding": founding,
            "status": status,
            "date": date,
            "precision": precision,
            "date_key": date_key(date, precision),
            "sources": [],
            "outlets": [],
        }
        rows.append(row)
    if rows:
        citations = (
            Citation.objects.filter(event__in=queryset.values("id"))
            .order_by("event_id", "id")
            .values_list(
                "event_id", "article_id", "url", "outlet", "article__outlet", "article__title"
            )
        )
        for event_id, article_id, url, outlet, article_outlet, title in citations:
            row = by_id[event_id]
            row["sources"].append(
                {
                    "article_id": article_id,
                    "url": url,
                    "outlet": outlet or article_outlet,
                    "title": title,
                }
            )
            row["outlets"].append(outlet or article_outlet or url)
    return rows


def timeline_events(*, statuses=(), start=None, end=None, countries=None, offset=0, limit=None):
    """Live events for the timeline (its chart and its table), oldest first, each with
    its sources (see _timeline_rows for the shape).

    statuses: keep only these; start/end: inclusive date bounds; countries: ISO2 codes
    (a region already resolved to its members), None for all.  offset/limit: one page of
    them (two more queries: the page's ids first, so the sources query stays simple).
    """
    events = _timeline_queryset(statuses=statuses, start=start, end=end, countries=countries)
    if limit is None:
        return _timeline_rows(events)
    ids = list(events.values_list("id", flat=True)[offset : offset + limit])
    if not ids:
        return []
    return _timeline_rows(
        StatusEvent.objects.filter(id__in=ids).order_by("date", "country__name", "id")
    )


def timeline_totals(**filters):
    """How many live events match the timeline's filters, and of how many countries."""
    return (
        _timeline_queryset(**filters)
        .order_by()
        .aggregate(events=Count("id"), countries=Count("country", distinct=True))
    )


# A day only for compiling the query of statuses_as_of; each call runs it with its own.
_ANY_DAY = datetime.date(2000, 1, 1)


def _statuses_as_of_query(as_of):
    latest = (
        live_events()
        .filter(country=OuterRef("pk"), date__lte=as_of)
        .order_by("-date", "-id")
        .values("id")[:1]
    )
    event_ids = Country.objects.annotate(event_id=Subquery(latest)).values("event_id")
    return (
        StatusEvent.objects.filter(id__in=event_ids)
        .order_by()
        .values_list(
            "id",
            "status",
            "date",
            "date_precision",
            "country__iso2",
            "country__iso3",
            "country__name",
            "country__founding",
            "country__latitude",
            "country__longitude",
        )
    )


@lru_cache(maxsize=4)
def _statuses_as_of_sql(vendor):
    """The SQL the ORM writes for statuses_as_of, once per process and database: writing
    it took more than half of each call (3 of 5 ms); only its date changes."""
    sql, params = _statuses_as_of_query(_ANY_DAY).query.sql_with_params()
    if params != (connection.ops.adapt_datefield_value(_ANY_DAY),):  # pragma: no cover
        raise AssertionError(f"statuses_as_of: unexpected parameters {params!r}")
    return sql


def statuses_as_of(*, as_of):
    """Each country's status on a date: its latest live event dated on or before it.

    Returns ``{iso2: row}`` with ``iso2, iso3, name, founding, status, date,
    date_precision, event_id`` and the country's ``latitude`` and ``longitude`` (None
    unless the map geometry has no shape for it: its marker) for every country that had a status
    then.  One query: per
    country, one look-up in the (country, reverted_at, date) index finds that event, so
    the cost follows the number of countries, not of events (about 1.5 ms of SQL for 250
    countries with 10,000 events, against 30 ms to read every event).  The query is the
    ORM's, written once (``_statuses_as_of_sql``) and run through a plain cursor: the
    columns are ids, text, a date and a boolean, which both databases' drivers return as
    the ORM would (Django registers SQLite's converters for dates and booleans).
    """
    with connection.cursor() as cursor:
        cursor.execute(
            _statuses_as_of_sql(connection.vendor), [connection.ops.adapt_datefield_value(as_of)]
        )
        rows = cursor.fetchall()
    return {
        iso2: {
            "event_id": event_id,
            "status": status,
            "date": date,
            "date_precision": precision,
            "iso2": iso2,
            "iso3": iso3,
            "name": name,
            "founding": founding,
            "latitude": latitude,
            "longitude": longitude,
        }
        for event_id, status, date, precision, iso2, iso3, name, founding, latitude, longitude in rows
    }


def change_dates():
    """Every date on which some country's status changed, oldest first, as ISO strings
    ("2020-09-15").

    One query, answered from the partial index ``statusevent_live_day`` alone (SQLite reads
    a partial index without the table only when it holds every column the query names,
    the condition's ``reverted_at`` too), in the index's order, so no sort.  The
    database joins the dates into one text: thousands of rows cost the driver a Python
    object each, several times the query itself.  On SQLite the join drops the repeated
    dates itself (``GROUP_CONCAT(DISTINCT date)``; SQLite keeps dates as ISO text): a
    ``GROUP BY`` in a subquery took twice as long (18 against 10 million instructions for
    10,000 events)."""
    table = connection.ops.quote_name(StatusEvent._meta.db_table)
    if connection.vendor == "postgresql":
        sql = (
            f"SELECT STRING_AGG(day, ',' ORDER BY day) FROM (SELECT CAST(date AS text) AS day"
            f" FROM {table} WHERE reverted_at IS NULL GROUP BY date ORDER BY date) AS days"
        )
    else:
        sql = f"SELECT GROUP_CONCAT(DISTINCT date) FROM {table} WHERE reverted_at IS NULL"
    with connection.cursor() as cursor:
        cursor.execute(sql)
        (text,) = cursor.fetchone()
    # Sorted again in case a database joins them in another order (already in order, the
    # sort is one pass over the list).
    return sorted(text.split(",")) if text else []


def status_counts():
    """How many countries are at each status now: ``{status: n}``; founding parties apart."""
    rows = (
        Country.objects.exclude(current_status="")
        .values_list("founding", "current_status")
        .annotate(n=Count("id"))
    )
    counts = {}
    for founding, status, n in rows:
        key = "founding" if founding else status
        counts[key] = counts.get(key, 0) + n
    return counts


_SOURCE_FIELDS = (
    "article_id",
    "url",
    "outlet",
    "language",
    "evidence",
    "created_at",
    "title",
    "published",
    "published_precision",
)


def _latest_events_query(limit):
    return (
        live_events()
        .order_by("-date", "-id")
        .values_list(*_STEP_FIELDS, "country__iso2", "country__name")[:limit]
    )


def _latest_sources_query(event_ids):
    return (
        Citation.objects.filter(event_id__in=event_ids)
        .order_by("event_id", "id")
        .values_list(*_SOURCE_COLUMNS)
    )


@lru_cache(maxsize=16)
def _latest_sql(vendor, limit, sources=False):
    """The SQL the ORM writes for the latest steps (``sources``: for the sources of that
    many steps), once per process: writing it took more than the database's answer."""
    if sources:
        return _latest_sources_query(list(range(1, limit + 1))).query.sql_with_params()[0]
    sql, params = _latest_events_query(limit).query.sql_with_params()
    if params:  # pragma: no cover - the limit is written into the SQL
        raise AssertionError(f"latest_events_with_sources: unexpected parameters {params!r}")
    return sql


def _aware(value):
    """A datetime column as the ORM gives it: SQLite's driver returns it naive."""
    if value is not None and settings.USE_TZ and timezone.is_naive(value):
        return timezone.make_aware(value, connection.timezone)
    return value


def latest_events_with_sources(*, limit=10):
    """The live events with the latest dates (what happened last, not what was confirmed
    last: a new source for a 2025 event does not move it up), with all their sources, as
    rows (two queries): country_history's rows with the country's ``iso2`` and ``name``
    (in English).  The ORM's two queries are written once (``_latest_sql``) and run
    through a plain cursor, the datetimes made aware as the ORM would."""
    confirmed_at = _STEP_FIELDS.index("confirmed_at")
    created_at = _SOURCE_FIELDS.index("created_at")
    with connection.cursor() as cursor:
        cursor.execute(_latest_sql(connection.vendor, limit))
        events = cursor.fetchall()
        ids = [values[0] for values in events]
        sources = {}
        if ids:
            cursor.execute(_latest_sql(connection.vendor, len(ids), sources=True), ids)
            for event_id, *values in cursor.fetchall():
                values[created_at] = _aware(values[created_at])
                sources.setdefault(event_id, []).append(
                    dict(zip(_SOURCE_FIELDS, values, strict=True))
                )
    rows = []
    for values in events:
        values = list(values)
        values[confirmed_at] = _aware(values[confirmed_at])
        row = _step_row(values, sources)
        row["iso2"], row["name"] = values[len(_STEP_FIELDS) :]
        rows.append(row)
    return rows


@lru_cache(maxsize=4)
def _countries_with_status_sql(vendor):
    sql, params = (
        Country.objects.exclude(current_status="")
        .order_by("iso2")
        .values_list(
            "iso2",
            "name",
            "founding",
            "current_status",
            "current_event__date",
            "current_event__date_precision",
        )
        .query.sql_with_params()
    )
    # The empty status is the one parameter, written into the SQL as a literal is not
    # portable: it is passed with each run.
    if params != ("",):  # pragma: no cover
        raise AssertionError(f"countries_with_status: unexpected parameters {params!r}")
    return sql


def countries_with_status():
    """Every country with a current status, and the date of that status (one query), as
    the overview's rows: ``{"iso2", "name", "status", "founding", "since", "precision",
    "date_key"}`` (``name`` in English; ``since`` None for a status without an event).
    The query is written once per process, as statuses_as_of's (text, a boolean, a date)."""
    with connection.cursor() as cursor:
        cursor.execute(_countries_with_status_sql(connection.vendor), [""])
        rows = cursor.fetchall()
    return [
        {
            "iso2": iso2,
            "name": name,
            "status": status,
            "founding": founding,
            "since": date,
            "precision": precision or "day",
            "date_key": date_key(date, precision) if date else "",
        }
        for iso2, name, founding, status, date, precision in rows
    ]


def export_countries():
    """Every country, with its current status if it has one (one query)."""
    return list(
        Country.objects.select_related("current_event")
        .order_by("iso2")
        .only(
            "iso2",
            "iso3",
            "name",
            "founding",
            "current_status",
            "current_event__date",
            "current_event__date_precision",
            "current_event__reverted_at",
        )
    )


def export_events(*, as_of=None):
    """Every live event (dated on or before as_of, if given) with its sources."""
    events = live_events()
    if as_of:
        events = events.filter(date__lte=as_of)
    return _event_rows(events.order_by("country__iso2", "date", "id"))


def feed_events(*, limit=50):
    """The most recently confirmed live events, for the Atom feed (two queries)."""
    return list(
        live_events()
        .select_related("country")
        .prefetch_related(Prefetch("citations", queryset=_citations_without_text()))
        .order_by("-confirmed_at", "-id")[:limit]
    )


# --- the editors' desk ---------------------------------------------------------------------
# The desk's lists and items are read by accords.review (it groups proposals into the items
# editors decide on); these put together what one desk page shows, so each desk view makes
# one read.


def desk_item(key):
    """Everything the desk's item page shows, or None when no proposal makes this claim:
    ``{"item", "proposals", "decided", "events", "country", "history"}``."""
    from accords import review

    found, proposals = review.item_detail(key)
    decided = list(
        review.item_proposals(
            key, states=(ProposedChange.Review.CONFIRMED, ProposedChange.Review.REJECTED)
        )
    )
    if found is None and not decided:
        return None
    events = {p.event for p in decided if p.event}
    country = (
        (proposals or decided)[0].country
        if (proposals or decided)
        else (Country.objects.get(iso2=key.iso2))
    )
    return {
        "item": found,
        "proposals": proposals,
        "decided": decided,
        "events": sorted(events, key=lambda e: e.pk),
        "country": country,
        "history": review.item_history(key),
    }


def desk_claim(*, pk):
    """One proposal with its country, article and event, as the desk's claim card shows
    it; None when there is none."""
    return (
        ProposedChange.objects.select_related("country", "article", "event").filter(pk=pk).first()
    )
