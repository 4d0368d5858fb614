"""The editors' desk: proposals grouped into review items, read and decided together.

A review item is every proposal that makes the same claim: the same country,
the same status and the same year (the claim's own date, else the article's
publication date, else the day it was submitted), unless an editor kept a
source apart.  Items are computed in SQL by grouping, never stored, so editing
a proposal's status or date simply moves it to another item.

Reads (``queue``, ``item_*``) cost a fixed number of queries whatever the
size of the queue; writes (``proposals_confirm`` ...) run in one transaction
and log one entry per proposal, so the history reads per country, per item
and per article.
"""

import dataclasses
from collections import defaultdict

from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.expressions import Window
from django.db.models.functions import Coalesce, ExtractYear, RowNumber
from django.utils import timezone

from accords import services
from accords.models import (
    Citation,
    Country,
    Precision,
    ProposedChange,
    ReviewLog,
    StatusEvent,
    date_key,
)

Review = ProposedChange.Review
ITEMS_PER_PAGE = 50
TIER_CHANGE, TIER_NEW_SOURCE, TIER_OTHER = 0, 1, 2
TIER_LABELS = {
    TIER_CHANGE: "Changes",
    TIER_NEW_SOURCE: "New sources for confirmed events",
    TIER_OTHER: "The rest",
}


# --- the item key ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ItemKey:
    iso2: str
    status: str
    period: int
    apart: int = 0  # the proposal's id when an editor kept it apart

    def __str__(self):
        base = f"{self.iso2}.{self.status}.{self.period}"
        return f"{base}.{self.apart}" if self.apart else base

    @classmethod
    def parse(cls, value):
        """"KZ.announced.2025" (or "KZ.announced.2025.17") -> ItemKey; ValueError if malformed."""
        parts = value.split(".")
        if len(parts) not in (3, 4) or len(parts[0]) != 2:
            raise ValueError(f"Not a review item: {value!r}")
        return cls(parts[0].upper(), parts[1], int(parts[2]), int(parts[3]) if len(parts) == 4 else 0)


def _with_key(queryset):
    """Annotate each proposal with the two computed parts of its item key."""
    return queryset.annotate(
        period=Coalesce(ExtractYear("date"), ExtractYear("article__published"),
                        ExtractYear("article__created_at")),
        apart=Case(When(kept_apart=True, then=F("pk")), default=Value(0),
                   output_field=IntegerField()),
    )


def item_proposals(key, *, states=(Review.PENDING,)):
    """The proposals of one item (pending ones unless told), with their article and country."""
    queryset = _with_key(
        ProposedChange.objects.filter(country__iso2=key.iso2, status=key.status,
                                      review_state__in=states)
    ).filter(period=key.period, apart=key.apart)
    return queryset.select_related("article", "country", "event").order_by(
        "-confidence", "-created_at", "id")


def key_of(proposal):
    """The item a proposal belongs to (one query for its article's dates if not loaded)."""
    article = proposal.article
    when = proposal.date or article.published or timezone.localdate(article.created_at)
    return ItemKey(proposal.country.iso2, proposal.status, when.year,
                   proposal.pk if proposal.kept_apart else 0)


# --- reading the queue -----------------------------------------------------------------


@dataclasses.dataclass
class Item:
    key: ItemKey
    country_id: int
    country_name: str
    current_status: str
    status: str
    period: int
    tier: int
    proposals: int
    sources: int
    languages: int
    confidence: float
    latest: object
    lead: object = None  # the most confident proposal, with its article
    language_list: list = dataclasses.field(default_factory=list)
    dates: dict = dataclasses.field(default_factory=dict)  # date key -> number of proposals
    conflicting_dates: list = dataclasses.field(default_factory=list)
    rival_statuses: list = dataclasses.field(default_factory=list)  # [(status, key, proposals)]

    @property
    def tier_label(self):
        return TIER_LABELS[self.tier]

    @property
    def contradicted(self):
        return bool(self.conflicting_dates or self.rival_statuses)


@dataclasses.dataclass
class Filters:
    language: str = ""
    country: str = ""
    status: str = ""
    state: str = Review.PENDING
    feed: str = ""

    @classmethod
    def from_query(cls, query):
        state = query.get("state") or Review.PENDING
        if state not in (*Review.values, "all"):
            state = Review.PENDING
        return cls(language=query.get("language", "").strip(),
                   country=query.get("country", "").strip().upper()[:2],
                   status=query.get("status", "").strip(), state=state,
                   feed=query.get("feed", "").strip())

    def apply(self, queryset):
        if self.state != "all":
            queryset = queryset.filter(review_state=self.state)
        if self.language:
            queryset = queryset.filter(article__language=self.language)
        if self.country:
            queryset = queryset.filter(country__iso2=self.country)
        if self.status:
            queryset = queryset.filter(status=self.status)
        if self.feed.isdigit():
            queryset = queryset.filter(article__feed_id=int(self.feed))
        return queryset


def _grouped(queryset):
    """One row per item: counts, best confidence, newest proposal and the tier to sort by."""
    live_match = StatusEvent.objects.filter(
        country=OuterRef("country_id"), status=OuterRef("status"), reverted_at__isnull=True,
        date__year=OuterRef("period"),
    )
    return (
        _with_key(queryset)
        .values("country_id", "country__iso2", "country__name", "country__current_status",
                "status", "period", "apart")
        .annotate(
            n_proposals=Count("id"),
            n_sources=Count("article_id", distinct=True),
            n_languages=Count("article__language", distinct=True),
            confidence=Max("confidence"),
            latest=Max("created_at"),
            known=Exists(live_match),
        )
        .annotate(
            tier=Case(
                When(known=True, then=Value(TIER_NEW_SOURCE)),
                When(~Q(status=F("country__current_status")), then=Value(TIER_CHANGE)),
                default=Value(TIER_OTHER),
                output_field=IntegerField(),
            )
        )
        .order_by("tier", "-confidence", "-latest", "country__iso2", "status", "period", "apart")
    )


def _item(row):
    return Item(
        key=ItemKey(row["country__iso2"], row["status"], row["period"], row["apart"]),
        country_id=row["country_id"], country_name=row["country__name"],
        current_status=row["country__current_status"], status=row["status"],
        period=row["period"], tier=row["tier"], proposals=row["n_proposals"],
        sources=row["n_sources"], languages=row["n_languages"],
        confidence=row["confidence"], latest=row["latest"],
    )


def _keys_q(items):
    q = Q()
    for item in items:
        q |= Q(country_id=item.country_id, status=item.status, period=item.period,
               apart=item.key.apart)
    return q


def _complete(items, base):
    """Fill in each item's lead proposal, languages, dates and rival claims: three queries."""
    if not items:
        return items
    by_key = {item.key: item for item in items}
    keyed = _with_key(base).filter(_keys_q(items))
    # The most confident proposal of each item, the one the queue shows.
    leads = (
        keyed.annotate(rank=Window(RowNumber(), partition_by=[F("country_id"), F("status"),
                                                             F("period"), F("apart")],
                                   order_by=[F("confidence").desc(), F("created_at").desc(),
                                             F("id").asc()]))
        .filter(rank=1)
        .select_related("article", "country")
    )
    for proposal in leads:
        key = ItemKey(proposal.country.iso2, proposal.status, proposal.period, proposal.apart)
        if key in by_key:
            by_key[key].lead = proposal
    # Languages and the dates written, counted per item.
    iso2 = {item.country_id: item.key.iso2 for item in items}
    spread = keyed.values("country_id", "status", "period", "apart", "article__language", "date",
                          "date_precision").annotate(n=Count("id")).order_by()
    for row in spread:
        item = by_key.get(ItemKey(iso2[row["country_id"]], row["status"], row["period"],
                                  row["apart"]))
        if item is None:
            continue
        language = row["article__language"] or "?"
        if language not in item.language_list:
            item.language_list.append(language)
        written = date_key(row["date"], row["date_precision"])
        if written:
            item.dates[written] = item.dates.get(written, 0) + row["n"]
    for item in items:
        item.language_list.sort()
        item.conflicting_dates = conflicting_dates(item.dates)
    # Other pending claims about the same countries in the same years: sources that disagree.
    rivals = (
        _with_key(ProposedChange.objects.filter(review_state=Review.PENDING,
                                                country_id__in=iso2))
        .values("country_id", "status", "period").annotate(n=Count("id")).order_by()
    )
    found = defaultdict(list)
    for row in rivals:
        found[(row["country_id"], row["period"])].append((row["status"], row["n"]))
    for item in items:
        item.rival_statuses = [
            (status, ItemKey(item.key.iso2, status, item.period), n)
            for status, n in sorted(found[(item.country_id, item.period)])
            if status != item.status
        ]
    return items


def conflicting_dates(dates):
    """The written dates that cannot all be the same day: "2025-11-06" vs "2025-11-10".

    "2025" and "2025-11-06" agree (one is less precise); returns the dates in
    order when at least two disagree, else [].
    """
    keys = sorted(dates)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if not (a.startswith(b) or b.startswith(a)):
                return keys
    return []


def queue(*, filters=None, page=1, per_page=ITEMS_PER_PAGE):
    """A page of review items, best first: (items, paginator page).

    Four queries whatever the number of proposals: the count, the page of
    items, and three to complete the items on the page (leads, spread, rivals).
    """
    filters = filters or Filters()
    base = filters.apply(ProposedChange.objects.all())
    paginator = Paginator(_grouped(base), per_page)
    page_obj = paginator.get_page(page)
    items = [_item(row) for row in page_obj.object_list]
    return _complete(items, base), page_obj


def item_detail(key, *, states=(Review.PENDING,)):
    """One item with all its proposals (pending unless told), for the item page."""
    proposals = list(item_proposals(key, states=states))
    base = ProposedChange.objects.filter(review_state__in=states)
    rows = list(_grouped(base.filter(country__iso2=key.iso2, status=key.status))
                .filter(period=key.period, apart=key.apart))
    item = _complete([_item(rows[0])], base)[0] if rows else None
    return item, proposals


def item_history(key):
    """Every logged action on the item's proposals, whatever their state now, newest first."""
    ids = item_proposals(key, states=Review.values).values("pk")
    # Events the item was ever confirmed into, also those undone since (their proposals moved on).
    events = ReviewLog.objects.filter(proposal__in=ids, event__isnull=False).values("event_id")
    return (
        ReviewLog.objects.filter(Q(proposal__in=ids) | Q(event__in=events))
        .select_related("user", "article", "event", "proposal")
        .order_by("-at", "-id")[:200]
    )


def country_history_log(country):
    return (
        ReviewLog.objects.filter(country=country)
        .select_related("user", "article", "event", "proposal")
        .order_by("-at", "-id")[:200]
    )


def filter_choices():
    """What the queue's filters offer: three small queries."""
    from accords.models import Article, Feed

    languages = sorted(
        language for language in Article.objects.filter(proposals__review_state=Review.PENDING)
        .values_list("language", flat=True).distinct().order_by() if language
    )
    countries = list(Country.objects.filter(
        pk__in=ProposedChange.objects.filter(review_state=Review.PENDING).values("country_id")
    ).order_by("name").values_list("iso2", "name"))
    feeds = list(Feed.objects.order_by("title", "url").values_list("pk", "title", "url"))
    return {"languages": languages, "countries": countries, "feeds": feeds}


# --- writing ---------------------------------------------------------------------------


def _lead(proposals):
    """The proposal whose date the event takes: the most precise date, then confidence."""
    rank = {"": 0, Precision.YEAR: 1, Precision.MONTH: 2, Precision.DAY: 3}
    return max(proposals, key=lambda p: (rank[p.date_precision], p.confidence, -p.pk))


def _claim_pending(ids, user, state):
    """Take the still-pending proposals among ids (a conditional update): the ones we decide."""
    now = timezone.now()
    pending = list(ProposedChange.objects.select_for_update()
                   .filter(pk__in=ids, review_state=Review.PENDING).values_list("pk", flat=True))
    ProposedChange.objects.filter(pk__in=pending, review_state=Review.PENDING).update(
        review_state=state, reviewed_by=user, reviewed_at=now)
    return pending, now


def proposals_confirm(*, ids, user, item=""):
    """Confirm proposals that make one claim: one event (or the live one it matches), every
    article cited once.  Proposals already decided by someone else are left as they are.

    Returns (event, number confirmed); raises ReviewError when none was still pending.
    """
    services._require_reviewer(user)
    with transaction.atomic():
        claimed, now = _claim_pending(ids, user, Review.CONFIRMED)
        if not claimed:
            raise services.ReviewError("These proposals were already reviewed.")
        proposals = list(ProposedChange.objects.filter(pk__in=claimed)
                         .select_related("article", "country"))
        lead = _lead(proposals)
        event = services._matching_event(lead.country, lead.status, lead.date,
                                         lead.date_precision)
        if event is None:
            date, precision = lead.date, lead.date_precision
            if date is None:  # no source gave a date: as first reported
                date = min(p.article.published or timezone.localdate(p.article.created_at)
                           for p in proposals)
                precision = Precision.DAY
            event = StatusEvent.objects.create(
                country=lead.country, status=lead.status, date=date, date_precision=precision,
                source=StatusEvent.Source.REVIEW, confirmed_by=user, confirmed_at=now,
                # A proposal confirmed again after an undo keeps its first event.
                proposal=None if StatusEvent.objects.filter(proposal=lead).exists() else lead,
            )
        Citation.objects.bulk_create(
            [Citation(event=event, article=p.article, proposal=p, url=p.article.url or "",
                      outlet=p.article.outlet, language=p.article.language, evidence=p.evidence)
             for p in sorted(proposals, key=lambda p: (-p.confidence, p.pk))],
            ignore_conflicts=True,  # an article cited already (another sentence, or earlier)
        )
        ProposedChange.objects.filter(pk__in=claimed).update(event=event)
        services.country_refresh_status(country=lead.country)
        _log(proposals, "proposal_confirm", user, event=event, item=item,
             data={"status": event.status, "date": event.date_key})
    return event, len(claimed)


def proposals_reject(*, ids, user, item="", reason=""):
    """Reject proposals; returns how many were still pending."""
    services._require_reviewer(user)
    with transaction.atomic():
        claimed, _ = _claim_pending(ids, user, Review.REJECTED)
        if not claimed:
            raise services.ReviewError("These proposals were already reviewed.")
        proposals = list(ProposedChange.objects.filter(pk__in=claimed)
                         .select_related("article", "country"))
        _log(proposals, "proposal_reject", user, item=item,
             data={"reason": reason} if reason else {})
    return len(claimed)


def _log(proposals, action, user, *, event=None, item="", data=None):
    ReviewLog.objects.bulk_create([
        ReviewLog(action=action, user=user, proposal=p, event=event, country=p.country,
                  article=p.article, data={**(data or {}), **({"item": item} if item else {})})
        for p in proposals
    ])


def item_confirm(*, key, user):
    ids = list(item_proposals(key).values_list("pk", flat=True))
    if not ids:
        raise services.ReviewError("Nothing in this item is waiting for review.")
    return proposals_confirm(ids=ids, user=user, item=str(key))


def item_reject(*, key, user, reason=""):
    ids = list(item_proposals(key).values_list("pk", flat=True))
    if not ids:
        raise services.ReviewError("Nothing in this item is waiting for review.")
    return proposals_reject(ids=ids, user=user, item=str(key), reason=reason)


def item_update(*, key, user, status, date, date_precision):
    """Edit every pending proposal of an item alike (status, date); returns the new item key."""
    proposals = list(item_proposals(key))
    if not proposals:
        raise services.ReviewError("Nothing in this item is waiting for review.")
    with transaction.atomic():
        for proposal in proposals:
            services.proposal_update(proposal=proposal, user=user, status=status, date=date,
                                     date_precision=date_precision)
    proposal = ProposedChange.objects.select_related("article", "country").get(pk=proposals[0].pk)
    return key_of(proposal)


def proposal_keep_apart(*, proposal, user, apart=True):
    """Take one source out of its item (or put it back), for a decision of its own."""
    services._require_reviewer(user)
    with transaction.atomic():
        changed = ProposedChange.objects.filter(
            pk=proposal.pk, review_state=Review.PENDING, kept_apart=not apart
        ).update(kept_apart=apart)
        if not changed:
            raise services.ReviewError("This proposal is not pending, or already so.")
        services.log_action(action="proposal_split" if apart else "proposal_join", user=user,
                            proposal=proposal)


def event_undo(*, event, user):
    """Revert a confirmed event and send its proposals back to the queue to decide again."""
    with transaction.atomic():
        services.event_revert(event=event, user=user)
        ProposedChange.objects.filter(event=event, review_state=Review.CONFIRMED).update(
            review_state=Review.PENDING, reviewed_by=None, reviewed_at=None, event=None)


# --- showing --------------------------------------------------------------------------


def mark_claims(text, proposals):
    """Escape text and wrap each proposal's evidence in a <mark> naming its claims.

    Claims that quote the same sentence share one mark (data-claims lists them
    all); a span overlapping one already marked is left to the first.
    """
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    spans = defaultdict(list)
    for proposal in proposals:
        spans[(proposal.evidence_start, proposal.evidence_end)].append(proposal.pk)
    out, position = [], 0
    for (start, end), ids in sorted(spans.items()):
        if start < position or end > len(text) or start == end:
            continue
        out.append(escape(text[position:start]))
        claims = " ".join(str(pk) for pk in ids)
        out.append(f'<mark class="evidence" id="ev-{ids[0]}" data-claims="{claims}">'
                   f"{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))
