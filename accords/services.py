"""The pipeline's writes: submitting, processing and polling articles, the reference history.

Editors' decisions (confirm, reject, edit, undo...) live in ``accords.review``, which builds
on the pieces here they share (the review log, who may review, the country lock, the current
status); this module never imports it.  Views, admin actions, tasks and commands are thin:
they call these with keyword arguments and report what came back.
"""

import contextlib
import csv
import dataclasses
import datetime
import logging
import re
import threading
import time
import urllib.parse
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError

from accords.extraction import extract
from accords.extraction.statuses import STATUSES
from accords.ingest.clean import (
    content_hash,
    decode_body,
    html_to_article,
    looks_like_html,
    normalize_text,
    plain_text,
    text_to_article,
)
from accords.ingest.errors import IngestError
from accords.ingest.fetch import fetch, validate_url
from accords.models import (
    Article,
    Citation,
    Country,
    Feed,
    ProposedChange,
    ReviewLog,
    StatusEvent,
    claim_period,
    parse_date_key,
)

logger = logging.getLogger(__name__)

TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


# --- audit -------------------------------------------------------------------


def log_action(
    *, action, user=None, proposal=None, event=None, country=None, article=None, data=None
):
    return ReviewLog.objects.create(
        action=action,
        user=user if user is not None and user.is_authenticated else None,
        proposal=proposal,
        event=event,
        country=country or (proposal.country if proposal else event.country if event else None),
        article=article or (proposal.article if proposal else None),
        data=data or {},
    )


# --- submitting articles -------------------------------------------------------


def canonical_url(url):
    """The URL an article is known by: validated, no fragment, no tracking parameters."""
    url = validate_url(url.strip())
    parts = urllib.parse.urlsplit(url)
    query = [
        (k, v)
        for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING_PARAMS)
    ]
    return urllib.parse.urlunsplit(
        (parts.scheme, parts.netloc.lower(), parts.path or "/", urllib.parse.urlencode(query), "")
    )


def _enqueue(article):
    """Send the article to the workers once the row is committed.

    If the broker is down the article stays queued (the editor was told so)
    and the periodic sweep sends it again later: nothing is lost.
    """
    from accords.tasks import process_article

    def send():
        try:
            process_article.delay(article.pk)
        except (KombuOperationalError, OSError):  # broker unreachable: the sweep will resend
            logger.warning(
                "Could not send article %s to the broker; the sweep will retry",
                article.pk,
                exc_info=True,
            )

    transaction.on_commit(send)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(text):
    """Text the database can hold: PostgreSQL refuses NUL characters and lone surrogates."""
    return _UNSTORABLE.sub("", text)


def _plain_title(title):
    """A title from a form or a feed as one line of plain text: no markup, controls or bidi
    overrides, like the titles the cleaner takes from pages."""
    return " ".join(normalize_text(plain_text(title or "")).split())[:500]


def article_submit_url(
    *, url, language="", user=None, feed=None, title="", published=None, published_precision=""
):
    """Record a URL to fetch.  Returns (article, created); the same URL twice is one article.

    A URL the fetcher would refuse is still recorded, as a failed article with the reason.
    """
    try:
        url = canonical_url(url)
    except IngestError as error:
        article = Article.objects.create(
            raw=_storable(url[:10000]),
            title=_plain_title(title),
            state=Article.State.FAILED,
            error=f"Refused URL: {error}",
            submitted_by=user,
            feed=feed,
        )
        log_action(action="article_refused", user=user, article=article, data={"url": url[:2000]})
        return article, True
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url,
                language=language,
                language_given=bool(language),
                title=_plain_title(title),
                published=published,
                published_precision=(published_precision or "day") if published else "",
                submitted_by=user,
                feed=feed,
            )
    except IntegrityError:
        return Article.objects.get(url=url), False
    _enqueue(article)
    return article, True


def outlet_from_url(url):
    """The site's name as an outlet when none is given: "news.example.org" (no "www.")."""
    host = urllib.parse.urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")[:200]


class SubmitError(Exception):
    """A submission that cannot be recorded as given; the message says why and what to do."""


def article_submit_text(
    *,
    text,
    title="",
    language="",
    published=None,
    published_precision="",
    user=None,
    url=None,
    outlet="",
):
    """Record pasted text.  Returns (article, created); the same text twice is one article.

    url: the original's address, kept as the article's citation and never fetched; outlet
    defaults to its site's name.  A URL already known with another text raises SubmitError.
    """
    if url:
        try:
            url = canonical_url(url)
        except IngestError as error:
            raise SubmitError(f"Refused URL: {error}") from None
    outlet = " ".join((outlet or "").split())[:200] or outlet_from_url(url)
    try:
        cleaned = text_to_article(text, max_chars=settings.ARTICLE_MAX_CHARS)
    except IngestError as error:
        article = Article.objects.create(
            raw=_storable(text[: settings.ARTICLE_MAX_CHARS]),
            title=_plain_title(title),
            state=Article.State.FAILED,
            error=str(error),
            submitted_by=user,
            pasted=True,
        )
        return article, True
    digest = content_hash(cleaned.text)
    if url:
        known = Article.objects.filter(url=url).first()
        if known is not None and known.content_hash != digest:
            raise SubmitError(
                f"This URL is already article #{known.pk}, with a different text. Check that "
                "the text is the article at this address, or leave the URL empty."
            )
    if published is None and cleaned.published:
        published, published_precision = cleaned.published, "day"
    try:
        with transaction.atomic():
            article = Article.objects.create(
                raw=_storable(text[: settings.ARTICLE_MAX_CHARS]),
                title=_plain_title(title) or cleaned.title[:500],
                language=language,
                language_given=bool(language),
                published=published,
                published_precision=(published_precision or "day") if published else "",
                content_hash=digest,
                url=url or None,
                outlet=outlet,
                pasted=True,
                submitted_by=user,
            )
    except IntegrityError:
        return Article.objects.get(content_hash=digest), False
    _enqueue(article)
    return article, True


def article_requeue(*, article, user=None):
    """Process an article again from the start (e.g. after an editor set its language)."""
    Article.objects.filter(pk=article.pk).update(
        state=Article.State.QUEUED,
        error="",
        lease_until=None,
        attempts=0,
        text="" if article.url and not article.pasted else F("text"),
    )
    log_action(action="article_requeue", user=user, article=article)
    _enqueue(article)


# --- processing ----------------------------------------------------------------


def _claim(article_id):
    """Hold the article for this worker: a conditional update, so two deliveries never race."""
    now = timezone.now()
    return (
        Article.objects.filter(pk=article_id)
        .exclude(state__in=Article.TERMINAL_STATES)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .update(
            lease_until=now + datetime.timedelta(seconds=settings.ARTICLE_LEASE_SECONDS),
            attempts=F("attempts") + 1,
        )
    )


def _advance(article, state, **fields):
    for name, value in fields.items():
        setattr(article, name, value)
    article.state = state
    article.save(update_fields=[*fields, "state", "updated_at"])


def article_fail(*, article_id, message):
    Article.objects.filter(pk=article_id).exclude(state__in=Article.TERMINAL_STATES).update(
        state=Article.State.FAILED,
        error=message[:5000],
        lease_until=None,
        updated_at=timezone.now(),
    )


def article_release(*, article_id, message=""):
    """Give the lease back after a transient error, so a retry can claim it at once."""
    Article.objects.filter(pk=article_id).update(
        lease_until=None, error=message[:5000], updated_at=timezone.now()
    )


@contextlib.contextmanager
def lease_kept(article_id):
    """Renew the article's lease every third of ARTICLE_LEASE_SECONDS while the block runs, so
    the sweep never takes a live article for a dead one.  The renewing thread dies with its
    process: a killed worker's lease runs out and the sweep hands the article on."""
    stop = threading.Event()
    seconds = settings.ARTICLE_LEASE_SECONDS

    def renew():
        try:
            while not stop.wait(seconds / 3):
                try:
                    Article.objects.filter(pk=article_id, lease_until__isnull=False).exclude(
                        state__in=Article.TERMINAL_STATES
                    ).update(lease_until=timezone.now() + datetime.timedelta(seconds=seconds))
                except DatabaseError:
                    logger.warning(
                        "article %s: could not renew the lease", article_id, exc_info=True
                    )
        finally:
            connections.close_all()  # this thread's own connections

    thread = threading.Thread(target=renew, name=f"lease-{article_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=10)


def too_long_message():
    return (
        f"Failed: took too long (processing was stopped after "
        f"{settings.ARTICLE_SOFT_TIME_LIMIT} seconds); it will not be retried. A very long "
        f"article, or one long passage without full stops, can do this: submit a shorter "
        f"excerpt as pasted text."
    )


# A run writes this on the article when it starts; a run that ends in any way replaces it, so
# finding it on the next claim means the last run was cut off (hard time limit, killed worker).
_IN_PROGRESS = "In progress (attempt {attempt}; {interrupted} earlier runs cut off)"
_INTERRUPTED = re.compile(r"In progress \(attempt \d+; (\d+) earlier runs cut off\)")


def _start_run(article):
    """Note the run on the article; fail it instead when too many runs were cut off."""
    previous = _INTERRUPTED.fullmatch(article.error or "")
    interrupted = int(previous.group(1)) + 1 if previous else 0
    if interrupted >= settings.ARTICLE_MAX_INTERRUPTIONS:
        article_fail(
            article_id=article.pk,
            message=(
                f"Failed: took too long. {interrupted} runs were cut off before finishing (time "
                f"limit {settings.ARTICLE_TIME_LIMIT} seconds, or the worker was stopped); it will "
                f"not be retried. A very long article, or one long passage without full stops, can "
                f"do this: submit a shorter excerpt as pasted text."
            ),
        )
        return False
    article.error = _IN_PROGRESS.format(attempt=article.attempts, interrupted=interrupted)
    Article.objects.filter(pk=article.pk).update(error=article.error)
    return True


def article_process(*, article_id):
    """Run an article through fetch -> clean -> detect -> extract -> propose.

    Each step saves its state, so a worker that dies resumes where the last one
    stopped.  Returns a short outcome: "extracted", "duplicate", "failed",
    "done" (already finished) or "busy" (another worker holds it).
    Permanent input errors are recorded on the article; transient ones raise
    (IngestError with permanent=False) for the task to retry.
    """
    if not _claim(article_id):
        state = Article.objects.filter(pk=article_id).values_list("state", flat=True).first()
        if state is None:
            return "missing"
        return "done" if state in Article.TERMINAL_STATES else "busy"
    article = Article.objects.get(pk=article_id)
    if not _start_run(article):
        return "failed"
    started = time.monotonic()
    try:
        if article.state == Article.State.QUEUED and article.url and not article.pasted:
            result = fetch(
                article.url, timeout=settings.FETCH_TIMEOUT, max_bytes=settings.FETCH_MAX_BYTES
            )
            html = decode_body(result.body, result.charset, result.content_type)
            _advance(article, Article.State.FETCHED, raw=_storable(html))
        if article.state in (Article.State.QUEUED, Article.State.FETCHED):
            if not _clean(article):
                return "duplicate"
        language = article.language
        # Only a publication day resolves "yesterday" or "on Monday" in the text.
        day = article.published if article.published_precision in ("", "day") else None
        extraction = extract(article.text, language=language or None, published=day)
        if _over_time(started):
            # The soft time limit fired inside a step that catches every exception (the
            # parser promises never to raise): what came back is not a real result.
            article_fail(article_id=article.pk, message=too_long_message())
            return "failed"
        if not extraction.language:
            raise IngestError(
                "Could not recognise the article's language. Set its language and process it again."
            )
        created = proposals_from_extraction(article=article, extraction=extraction)
        _advance(
            article,
            Article.State.EXTRACTED,
            language=extraction.language,
            error=_capped_note(extraction),
            lease_until=None,
        )
        logger.info("article %s: %s proposals", article.pk, created)
        return "extracted"
    except IngestError as error:
        if _over_time(started):
            article_fail(article_id=article.pk, message=too_long_message())
            return "failed"
        if not error.permanent:
            raise
        article_fail(article_id=article.pk, message=str(error))
        return "failed"


def _over_time(started):
    """Has this run reached the worker's soft time limit?  Checked after the steps that turn
    every exception into a result of their own, the time limit's included.  The limit's clock
    starts a moment before ours (when the worker hands the task over), hence the second."""
    return time.monotonic() - started >= settings.ARTICLE_SOFT_TIME_LIMIT - 1


def _clean(article):
    """Clean the raw text; returns False when the text turns out to be a duplicate."""
    max_chars = settings.ARTICLE_MAX_CHARS
    if article.url and not article.pasted and looks_like_html(article.raw):
        cleaned = html_to_article(article.raw, article.url, max_chars=max_chars)
    else:  # pasted text, or a URL that served text/plain
        cleaned = text_to_article(article.raw, max_chars=max_chars)
        if article.url:
            cleaned = dataclasses.replace(
                cleaned, outlet=urllib.parse.urlsplit(article.url).hostname
            )
    digest = content_hash(cleaned.text)
    duplicate = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
    if duplicate is None:
        try:
            with transaction.atomic():
                _advance(
                    article,
                    Article.State.CLEANED,
                    text=cleaned.text,
                    content_hash=digest,
                    title=article.title or cleaned.title[:500],
                    outlet=article.outlet or cleaned.outlet[:200],
                    published=article.published or cleaned.published,
                    published_precision=article.published_precision
                    or ("day" if cleaned.published else ""),
                    language=article.language or (cleaned.language or ""),
                )
            return True
        except IntegrityError:  # another worker stored the same text a moment ago
            duplicate = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
    _advance(
        article,
        Article.State.DUPLICATE,
        duplicate_of=duplicate,
        text=cleaned.text,
        title=article.title or cleaned.title[:500],
        lease_until=None,
        error=f"Same text as article #{duplicate.pk if duplicate else '?'}; not processed again.",
    )
    return False


def _usable_claims(extraction):
    countries = dict(Country.objects.values_list("iso2", "id"))
    claims = [c for c in extraction.claims if c.country in countries and c.status in STATUSES]
    # Never mapped to another country: noted, for an editor to add the entity.
    unknown = [
        f"{c.country} {c.status}"
        for c in extraction.claims
        if c.country not in countries or c.status not in STATUSES
    ]
    return claims, countries, unknown


def _claim_key(claim):
    return f"{claim.country}:{claim.status}:{claim.date or ''}"


def _capped_note(extraction):
    """The flag an editor sees on an article whose proposals were capped ("" when not)."""
    found = len({_claim_key(claim) for claim in _usable_claims(extraction)[0]})
    if found <= settings.ARTICLE_MAX_PROPOSALS:
        return ""
    return (
        f"Capped: the parser found {found:,} claims in this article; only the "
        f"{settings.ARTICLE_MAX_PROPOSALS} most confident were proposed. Check the article "
        f"itself before trusting its proposals."
    )


def proposals_from_extraction(*, article, extraction):
    """Write the parser's claims as pending proposals; a re-run writes nothing new.

    At most ARTICLE_MAX_PROPOSALS, the most confident first: one article (a long list, or a
    hostile page) must not flood the editors' queue."""
    claims, countries, unknown = _usable_claims(extraction)
    first = {}
    for claim in claims:  # the first sentence making a claim is its evidence, as always
        first.setdefault(_claim_key(claim), claim)
    if len(first) > settings.ARTICLE_MAX_PROPOSALS:
        ranked = sorted(first, key=lambda key: (-first[key].confidence, first[key].start))
        kept = set(ranked[: settings.ARTICLE_MAX_PROPOSALS])
        claims = [claim for claim in claims if _claim_key(claim) in kept]
    rows = []
    for claim in claims:
        date, precision = parse_date_key(claim.date)
        rows.append(
            ProposedChange(
                article=article,
                claim_key=_claim_key(claim),
                country_id=countries[claim.country],
                status=claim.status,
                date=date,
                date_precision=precision or "",
                confidence=max(0.0, min(1.0, claim.confidence)),
                background=claim.background,
                evidence=claim.evidence,
                evidence_start=claim.start,
                evidence_end=claim.end,
                period=claim_period(date, article),
            )
        )
    if unknown:
        logger.warning("article %s: claims on unknown codes skipped: %s", article.pk, unknown)
        if not ReviewLog.objects.filter(action="claims_skipped", article=article).exists():
            log_action(action="claims_skipped", article=article, data={"claims": unknown})
    before = ProposedChange.objects.filter(article=article).count()
    ProposedChange.objects.bulk_create(rows, ignore_conflicts=True)
    return ProposedChange.objects.filter(article=article).count() - before


def articles_resend_stuck(*, older_than_seconds=None, limit=200):
    """Send again every unfinished article nobody is working on (broker was down, worker died).

    Run by beat every ARTICLE_SWEEP_SECONDS.  An article qualifies once it has been left alone
    for a lease's length with no live lease (a working worker renews its lease); sending it
    touches it, so a long queue is not sent twice a minute.  Extra deliveries are harmless:
    the lease lets one worker take the article and the others find it busy or done."""
    from accords.tasks import process_article

    if older_than_seconds is None:
        older_than_seconds = settings.ARTICLE_LEASE_SECONDS
    now = timezone.now()
    stuck = (
        Article.objects.exclude(state__in=Article.TERMINAL_STATES)
        .filter(updated_at__lt=now - datetime.timedelta(seconds=older_than_seconds))
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
    )
    sent = 0
    for article_id in stuck.order_by("updated_at").values_list("pk", flat=True)[:limit]:
        process_article.delay(article_id)
        Article.objects.filter(pk=article_id).update(updated_at=timezone.now())
        sent += 1
    return sent


# --- feeds -----------------------------------------------------------------------


def feed_poll(*, feed):
    """Fetch a feed and submit each entry once (the URL's uniqueness sees to it)."""
    from accords.ingest.feeds import parse_feed

    now = timezone.now()
    try:
        result = fetch(feed.url, timeout=settings.FETCH_TIMEOUT, max_bytes=settings.FETCH_MAX_BYTES)
        entries = parse_feed(result.body, base_url=result.url)
    except IngestError as error:
        Feed.objects.filter(pk=feed.pk).update(last_polled_at=now, last_error=str(error))
        if not error.permanent:
            raise
        return 0
    new = 0
    for entry in entries:
        _, created = article_submit_url(
            url=entry.url,
            language=feed.language,
            feed=feed,
            title=entry.title,
            published=entry.published.date() if entry.published else None,
        )
        new += created
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=now, last_error="")
    return new


def feeds_due(*, now=None):
    now = now or timezone.now()
    due = []
    for feed in Feed.objects.filter(active=True):
        if feed.last_polled_at is None or (
            feed.last_polled_at + datetime.timedelta(minutes=feed.interval_minutes) <= now
        ):
            due.append(feed)
    return due


# --- shared with the editors' decisions (accords.review) ---------------------------


def countries_lock(ids):
    """Lock these countries' rows until the transaction ends (PostgreSQL; SQLite already lets
    one writer at a time in).  Every decision that changes a country's history takes it first,
    so two never interleave."""
    list(
        Country.objects.select_for_update()
        .filter(pk__in=ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def country_refresh_status(*, country):
    """Derive the current status from the latest live event (inside the caller's transaction)."""
    latest = (
        StatusEvent.objects.filter(country=country, reverted_at__isnull=True)
        .order_by("-date", "-id")
        .first()
    )
    Country.objects.filter(pk=country.pk).update(
        current_event=latest, current_status=latest.status if latest else ""
    )


# --- setup ---------------------------------------------------------------------------

REFERENCE_CSV = Path(__file__).resolve().parent / "data" / "reference-history.csv"


@dataclasses.dataclass
class ReferenceChanges:
    """What reference_load did, line by line, for the command to print."""

    added: list = dataclasses.field(default_factory=list)
    updated: list = dataclasses.field(default_factory=list)
    kept: list = dataclasses.field(default_factory=list)  # left alone: an editor decided
    skipped: list = dataclasses.field(default_factory=list)  # rows that cannot be loaded

    @property
    def created(self):
        return len(self.added)

    def lines(self):
        return (
            [f"added: {line}" for line in self.added]
            + [f"updated: {line}" for line in self.updated]
            + [f"left as an editor decided: {line}" for line in self.kept]
            + [f"skipped: {line}" for line in self.skipped]
        )


def reference_load(*, path=REFERENCE_CSV):
    """Bring the reference history up to date from the CSV; running it again changes nothing.

    New rows become confirmed events citing their source.  A row whose step is already
    there gets its source and note updated when they changed (the reference citation is
    replaced, an editor's citations stay).  Nothing an editor decided is touched: events
    confirmed in review, and reference events an editor reverted, are left as they are.
    Unknown country codes are skipped with a line saying so.  Returns ReferenceChanges.
    """
    from accords import base_data

    changes = ReferenceChanges()
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with transaction.atomic():
        base_data.load_entities(Country)  # an entity the history names (XS) exists first
        countries = {c.iso2: c for c in Country.objects.all()}
        touched = set()
        for number, row in enumerate(rows, start=2):
            country = countries.get(row["country"].strip().upper())
            label = f"{row['country']} {row['status']} {row['date']}"
            if country is None:
                changes.skipped.append(f"line {number}: unknown country code {row['country']!r}")
                continue
            try:
                date, precision = parse_date_key(row["date"])
            except ValueError:
                changes.skipped.append(f"line {number}: malformed date {row['date']!r}")
                continue
            if row["status"] not in STATUSES or date is None:
                changes.skipped.append(f"line {number}: {label}: no status or date")
                continue
            precision = row["precision"] or precision
            event = StatusEvent.objects.filter(
                country=country,
                status=row["status"],
                date=date,
                source=StatusEvent.Source.REFERENCE,
            ).first()
            if event is None:
                event = StatusEvent.objects.create(
                    country=country,
                    status=row["status"],
                    date=date,
                    date_precision=precision,
                    source=StatusEvent.Source.REFERENCE,
                    note=row["note"],
                    confirmed_at=timezone.now(),
                )
                Citation.objects.create(
                    event=event,
                    url=row["source_url"],
                    outlet=row["outlet"],
                    language="en",
                    evidence=row["note"],
                )
                changes.added.append(f"{label} ({row['outlet']})")
                touched.add(country)
                continue
            if event.reverted_at is not None:
                changes.kept.append(f"{label}: reverted by an editor")
                continue
            what = []
            if event.note != row["note"] or event.date_precision != precision:
                StatusEvent.objects.filter(pk=event.pk).update(
                    note=row["note"], date_precision=precision
                )
                what.append("note")
            # The reference's own source has no article; sources editors added have one.
            reference = event.citations.filter(article__isnull=True)
            if not reference.filter(
                url=row["source_url"], outlet=row["outlet"], evidence=row["note"]
            ).exists():
                if ReviewLog.objects.filter(
                    action="citation_remove", event=event, data__removed__url=row["source_url"]
                ).exists():
                    changes.kept.append(f"{label}: its source was removed by an editor")
                    continue
                reference.delete()
                Citation.objects.create(
                    event=event,
                    url=row["source_url"],
                    outlet=row["outlet"],
                    language="en",
                    evidence=row["note"],
                )
                what.append(f"source now {row['outlet']}")
            if what:
                changes.updated.append(f"{label}: {', '.join(what)}")
                touched.add(country)
        for country in touched:
            country_refresh_status(country=country)
    return changes
