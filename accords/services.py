"""Writes.  Every change to the database goes through a function here.

Views, admin actions, tasks and commands are thin: they call these with
keyword arguments and report what came back.
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
    date_key,
    parse_date_key,
)

logger = logging.getLogger(__name__)

REVIEW_PERMISSION = "accords.review_proposedchange"
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


class ReviewError(Exception):
    """An editor's action cannot be done; the message says why."""


# --- audit -------------------------------------------------------------------


def log_action(*, action, user=None, proposal=None, event=None, country=None, article=None,
               data=None):
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
            logger.warning("Could not send article %s to the broker; the sweep will retry",
                           article.pk, exc_info=True)

    transaction.on_commit(send)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(text):
    """Text the database can hold: PostgreSQL refuses NUL characters and lone surrogates."""
    return _UNSTORABLE.sub("", text)


def _plain_title(title):
    """A title from a form or a feed as one line of plain text: no markup, controls or bidi
    overrides, like the titles the cleaner takes from pages."""
    return " ".join(normalize_text(plain_text(title or "")).split())[:500]


def article_submit_url(*, url, language="", user=None, feed=None, title="", published=None):
    """Record a URL to fetch.  Returns (article, created); the same URL twice is one article.

    A URL the fetcher would refuse is still recorded, as a failed article with the reason.
    """
    try:
        url = canonical_url(url)
    except IngestError as error:
        article = Article.objects.create(
            raw=_storable(url[:10000]), title=_plain_title(title), state=Article.State.FAILED,
            error=f"Refused URL: {error}", submitted_by=user, feed=feed,
        )
        log_action(action="article_refused", user=user, article=article, data={"url": url[:2000]})
        return article, True
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url, language=language, language_given=bool(language),
                title=_plain_title(title),
                published=published, submitted_by=user, feed=feed,
            )
    except IntegrityError:
        return Article.objects.get(url=url), False
    _enqueue(article)
    return article, True


def article_submit_text(*, text, title="", language="", published=None, user=None, url=None):
    """Record pasted text.  Returns (article, created); the same text twice is one article."""
    try:
        cleaned = text_to_article(text, max_chars=settings.ARTICLE_MAX_CHARS)
    except IngestError as error:
        article = Article.objects.create(
            raw=_storable(text[: settings.ARTICLE_MAX_CHARS]), title=_plain_title(title),
            state=Article.State.FAILED, error=str(error), submitted_by=user,
        )
        return article, True
    digest = content_hash(cleaned.text)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                raw=_storable(text[: settings.ARTICLE_MAX_CHARS]),
                title=_plain_title(title) or cleaned.title[:500],
                language=language, language_given=bool(language),
                published=published or cleaned.published,
                content_hash=digest,
                submitted_by=user,
            )
    except IntegrityError:
        return Article.objects.get(content_hash=digest), False
    _enqueue(article)
    return article, True


def article_requeue(*, article, user=None):
    """Process an article again from the start (e.g. after an editor set its language)."""
    Article.objects.filter(pk=article.pk).update(
        state=Article.State.QUEUED, error="", lease_until=None, attempts=0,
        text="" if article.url else F("text"),
    )
    log_action(action="article_requeue", user=user, article=article)
    _enqueue(article)


# --- processing ----------------------------------------------------------------


def _claim(article_id):
    """Hold the article for this worker: a conditional update, so two deliveries never race."""
    now = timezone.now()
    return Article.objects.filter(pk=article_id).exclude(
        state__in=Article.TERMINAL_STATES
    ).filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now)).update(
        lease_until=now + datetime.timedelta(seconds=settings.ARTICLE_LEASE_SECONDS),
        attempts=F("attempts") + 1,
    )


def _advance(article, state, **fields):
    for name, value in fields.items():
        setattr(article, name, value)
    article.state = state
    article.save(update_fields=[*fields, "state", "updated_at"])


def article_fail(*, article_id, message):
    Article.objects.filter(pk=article_id).exclude(state__in=Article.TERMINAL_STATES).update(
        state=Article.State.FAILED, error=message[:5000], lease_until=None, updated_at=timezone.now()
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
                    logger.warning("article %s: could not renew the lease", article_id,
                                   exc_info=True)
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
    return (f"Failed: took too long (processing was stopped after "
            f"{settings.ARTICLE_SOFT_TIME_LIMIT} seconds); it will not be retried. A very long "
            f"article, or one long passage without full stops, can do this: submit a shorter "
            f"excerpt as pasted text.")


# A run writes this on the article when it starts; a run that ends in any way replaces it, so
# finding it on the next claim means the last run was cut off (hard time limit, killed worker).
_IN_PROGRESS = "In progress (attempt {attempt}; {interrupted} earlier runs cut off)"
_INTERRUPTED = re.compile(r"In progress \(attempt \d+; (\d+) earlier runs cut off\)")


def _start_run(article):
    """Note the run on the article; fail it instead when too many runs were cut off."""
    previous = _INTERRUPTED.fullmatch(article.error or "")
    interrupted = int(previous.group(1)) + 1 if previous else 0
    if interrupted >= settings.ARTICLE_MAX_INTERRUPTIONS:
        article_fail(article_id=article.pk, message=(
            f"Failed: took too long. {interrupted} runs were cut off before finishing (time "
            f"limit {settings.ARTICLE_TIME_LIMIT} seconds, or the worker was stopped); it will "
            f"not be retried. A very long article, or one long passage without full stops, can "
            f"do this: submit a shorter excerpt as pasted text."))
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
        if article.state == Article.State.QUEUED and article.url:
            result = fetch(article.url, timeout=settings.FETCH_TIMEOUT,
                           max_bytes=settings.FETCH_MAX_BYTES)
            html = decode_body(result.body, result.charset, result.content_type)
            _advance(article, Article.State.FETCHED, raw=_storable(html))
        if article.state in (Article.State.QUEUED, Article.State.FETCHED):
            if not _clean(article):
                return "duplicate"
        language = article.language
        extraction = extract(article.text, language=language or None, published=article.published)
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
        _advance(article, Article.State.EXTRACTED, language=extraction.language,
                 error=_capped_note(extraction), lease_until=None)
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
    if article.url and looks_like_html(article.raw):
        cleaned = html_to_article(article.raw, article.url, max_chars=max_chars)
    else:  # pasted text, or a URL that served text/plain
        cleaned = text_to_article(article.raw, max_chars=max_chars)
        if article.url:
            cleaned = dataclasses.replace(cleaned, outlet=urllib.parse.urlsplit(article.url).hostname)
    digest = content_hash(cleaned.text)
    duplicate = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
    if duplicate is None:
        try:
            with transaction.atomic():
                _advance(
                    article, Article.State.CLEANED,
                    text=cleaned.text, content_hash=digest,
                    title=article.title or cleaned.title[:500],
                    outlet=article.outlet or cleaned.outlet[:200],
                    published=article.published or cleaned.published,
                    language=article.language or (cleaned.language or ""),
                )
            return True
        except IntegrityError:  # another worker stored the same text a moment ago
            duplicate = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
    _advance(
        article, Article.State.DUPLICATE, duplicate_of=duplicate, text=cleaned.text,
        title=article.title or cleaned.title[:500], lease_until=None,
        error=f"Same text as article #{duplicate.pk if duplicate else '?'}; not processed again.",
    )
    return False


def _usable_claims(extraction):
    countries = dict(Country.objects.values_list("iso2", "id"))
    claims = [c for c in extraction.claims if c.country in countries and c.status in STATUSES]
    return claims, countries


def _claim_key(claim):
    return f"{claim.country}:{claim.status}:{claim.date or ''}"


def _capped_note(extraction):
    """The flag an editor sees on an article whose proposals were capped ("" when not)."""
    found = len({_claim_key(claim) for claim in _usable_claims(extraction)[0]})
    if found <= settings.ARTICLE_MAX_PROPOSALS:
        return ""
    return (f"Capped: the parser found {found:,} claims in this article; only the "
            f"{settings.ARTICLE_MAX_PROPOSALS} most confident were proposed. Check the article "
            f"itself before trusting its proposals.")


def proposals_from_extraction(*, article, extraction):
    """Write the parser's claims as pending proposals; a re-run writes nothing new.

    At most ARTICLE_MAX_PROPOSALS, the most confident first: one article (a long list, or a
    hostile page) must not flood the editors' queue."""
    claims, countries = _usable_claims(extraction)
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
    stuck = Article.objects.exclude(state__in=Article.TERMINAL_STATES).filter(
        updated_at__lt=now - datetime.timedelta(seconds=older_than_seconds)
    ).filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
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
            url=entry.url, language=feed.language, feed=feed, title=entry.title,
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


# --- review ------------------------------------------------------------------------


def can_review(user):
    return bool(user and user.is_authenticated and user.is_active
                and user.has_perm(REVIEW_PERMISSION))


def _require_reviewer(user):
    if not can_review(user):
        raise ReviewError("Only members of the Editors group may confirm or reject proposals.")


def _matching_event(country, status, date, precision):
    """A live event this claim is another source for: same step, and a date that fits."""
    events = StatusEvent.objects.filter(country=country, status=status, reverted_at__isnull=True)
    if date is None:
        return events.order_by("-date", "-id").first()
    for event in events.order_by("-date", "-id"):
        coarser = precision if _rank(precision) < _rank(event.date_precision) else event.date_precision
        if date_key(event.date, coarser) == date_key(date, coarser):
            return event
    return None


def _rank(precision):
    return {"year": 0, "month": 1, "day": 2}[precision]


@transaction.atomic
def proposal_update(*, proposal, user, country=None, status=None, date=None, date_precision=None):
    """Edit a pending proposal before confirming it; every change is logged."""
    _require_reviewer(user)
    proposal = ProposedChange.objects.select_for_update().get(pk=proposal.pk)
    if proposal.review_state != ProposedChange.Review.PENDING:
        raise ReviewError("This proposal was already reviewed; it can no longer be edited.")
    changes = {}
    new_values = {"country": country, "status": status}
    for field, value in new_values.items():
        if value is not None and getattr(proposal, field) != value:
            changes[field] = [str(getattr(proposal, field)), str(value)]
            setattr(proposal, field, value)
    if date_precision is not None or date is not None:
        old = proposal.date_key
        proposal.date, proposal.date_precision = date, (date_precision or "") if date else ""
        if proposal.date_key != old:
            changes["date"] = [old, proposal.date_key]
    if status is not None and status not in STATUSES:
        raise ReviewError(f"Unknown status {status!r}.")
    if changes:
        proposal.save()
        log_action(action="proposal_edit", user=user, proposal=proposal, data={"changed": changes})
    return proposal


def proposal_confirm(*, proposal, user):
    """Confirm one proposal into the public history: the one-source case of
    review.proposals_confirm (one transaction writes or cites the event and updates the
    country's current status; two editors confirming at once produce one event)."""
    from accords.review import proposals_confirm

    event, _ = proposals_confirm(ids=[proposal.pk], user=user)
    return event


def proposal_reject(*, proposal, user, reason=""):
    from accords.review import proposals_reject

    proposals_reject(ids=[proposal.pk], user=user, reason=reason)


def event_revert(*, event, user):
    """Take a confirmed event off the public pages; the row and its log stay."""
    _require_reviewer(user)
    with transaction.atomic():
        countries_lock([event.country_id])
        reverted = StatusEvent.objects.filter(pk=event.pk, reverted_at__isnull=True).update(
            reverted_at=timezone.now(), reverted_by=user
        )
        if not reverted:
            raise ReviewError("This event was already reverted.")
        country_refresh_status(country=event.country)
        log_action(action="event_revert", user=user, event=event)


def countries_lock(ids):
    """Lock these countries' rows until the transaction ends (PostgreSQL; SQLite already lets
    one writer at a time in).  Every decision that changes a country's history takes it first,
    so two never interleave."""
    list(Country.objects.select_for_update().filter(pk__in=ids).order_by("pk")
         .values_list("pk", flat=True))


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


def reference_load(*, path=REFERENCE_CSV):
    """Load the known history as confirmed events; running it again changes nothing."""
    created = 0
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with transaction.atomic():
        touched = set()
        for row in rows:
            country = Country.objects.get(iso2=row["country"])
            date, precision = parse_date_key(row["date"])
            event, made = StatusEvent.objects.get_or_create(
                country=country, status=row["status"], date=date,
                source=StatusEvent.Source.REFERENCE,
                defaults={"date_precision": row["precision"] or precision, "note": row["note"],
                          "confirmed_at": timezone.now()},
            )
            Citation.objects.get_or_create(
                event=event, url=row["source_url"], article=None,
                defaults={"outlet": row["outlet"], "language": "en", "evidence": row["note"]},
            )
            created += made
            touched.add(country)
        for country in touched:
            country_refresh_status(country=country)
    return created
