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
    Count,
    Max,
    Q,
)
from django.utils import timezone

from accords import pagecache, services
from accords.extraction.statuses import STATUSES
from accords.models import (
    PRECISION_RANK,
    Citation,
    Country,
    Precision,
    ProposedChange,
    ReviewLog,
    StatusEvent,
    date_key,
    parse_date_key,
)

Review = ProposedChange.Review
ITEMS_PER_PAGE = 25  # a screenful or two of cards, worked through with j/k
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
        """ "KZ.announced.2025" (or "KZ.announced.2025.17") -> ItemKey; ValueError if malformed."""
        parts = value.split(".")
        if len(parts) not in (3, 4) or len(parts[0]) != 2:
            raise ValueError(f"Not a review item: {value!r}")
        return cls(
            parts[0].upper(), parts[1], int(parts[2]), int(parts[3]) if len(parts) == 4 else 0
        )


def item_proposals(key, *, states=(Review.PENDING,)):
    """The proposals of one item (pending ones unless told), with their article and country."""
    queryset = ProposedChange.objects.filter(
        country__iso2=key.iso2, status=key.status, period=key.period, review_state__in=states
    )
    queryset = (
        queryset.filter(pk=key.apart, kept_apart=True)
        if key.apart
        else queryset.filter(kept_apart=False)
    )
    return queryset.select_related("article", "country", "event").order_by("-confidence", "-id")


def key_of(proposal):
    """The item a proposal belongs to."""
    return ItemKey(
        proposal.country.iso2,
        proposal.status,
        proposal.period or 0,
        proposal.pk if proposal.kept_apart else 0,
    )


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
    confidence: float
    latest: int  # the newest proposal's id
    lead: object = None  # the most confident proposal, with its article
    language_list: list = dataclasses.field(default_factory=list)
    article_ids: set = dataclasses.field(default_factory=set)
    dates: dict = dataclasses.field(default_factory=dict)  # date key -> number of proposals
    conflicting_dates: list = dataclasses.field(default_factory=list)
    rival_statuses: list = dataclasses.field(default_factory=list)  # [(status, key, proposals)]
    published: dict = dataclasses.field(default_factory=dict)  # publication date key -> articles
    events: list = dataclasses.field(default_factory=list)  # live events of this step
    plan: object = None  # DatePlan: what confirming will write

    @property
    def direction(self):
        return direction(self.current_status, self.status)

    @property
    def languages(self):
        return len(self.language_list)

    @property
    def sources(self):
        return len(self.article_ids)

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
        return cls(
            language=query.get("language", "").strip(),
            country=query.get("country", "").strip().upper()[:2],
            status=query.get("status", "").strip(),
            state=state,
            feed=query.get("feed", "").strip(),
        )

    def apply(self, queryset):
        if self.state != "all":
            queryset = queryset.filter(review_state=self.state)
        if self.language:
            queryset = queryset.filter(article__language=self.language)
        if self.country:
            queryset = queryset.filter(country__iso2=self.country)
        if self.status:
            queryset = queryset.filter(status=self.status)
        if self.feed.isdecimal():  # "²".isdigit() is true, and int("²") fails
            queryset = queryset.filter(article__feed_id=int(self.feed))
        return queryset


def _group_rows(queryset):
    """One row per item, read from the covering index: proposals, best confidence, newest.

    Two queries: the shared items grouped in the index's own order, and the
    few proposals an editor kept apart, each an item of its own.
    """
    shared = (
        queryset.filter(kept_apart=False)
        .values("country_id", "status", "period")
        .annotate(n_proposals=Count("id"), confidence=Max("confidence"), latest=Max("id"))
        .order_by()
    )  # ids grow with time: the newest
    apart = (
        queryset.filter(kept_apart=True)
        .values_list("pk", "country_id", "status", "period", "confidence")
        .order_by()
    )
    return [{**row, "apart": 0} for row in shared] + [
        {
            "country_id": country_id,
            "status": status,
            "period": period,
            "apart": pk,
            "n_proposals": 1,
            "confidence": confidence,
            "latest": pk,
        }
        for pk, country_id, status, period, confidence in apart
    ]


def _items(rows):
    """Items from group rows, in the queue's order; two small queries (countries, events).

    Real changes first (the claim differs from the country's current status),
    then new sources for events already confirmed (a live event of that
    country, status and year), then the rest; by confidence and recency within.
    """
    country_ids = {row["country_id"] for row in rows}
    countries = {
        pk: (iso2, name, current)
        for pk, iso2, name, current in Country.objects.filter(pk__in=country_ids).values_list(
            "pk", "iso2", "name", "current_status"
        )
    }
    live = defaultdict(list)
    for pk, country, status, date, precision in (
        StatusEvent.objects.filter(country_id__in=country_ids, reverted_at__isnull=True)
        .values_list("pk", "country_id", "status", "date", "date_precision")
        .order_by("-date", "-id")
    ):
        live[(country, status)].append((pk, date, precision))
    known = {
        (country, status, date.year)
        for (country, status), events in live.items()
        for _, date, _ in events
    }
    items = []
    for row in rows:
        iso2, name, current = countries[row["country_id"]]
        if (row["country_id"], row["status"], row["period"]) in known:
            tier = TIER_NEW_SOURCE
        elif row["status"] != current:
            tier = TIER_CHANGE
        else:
            tier = TIER_OTHER
        items.append(
            Item(
                key=ItemKey(iso2, row["status"], row["period"] or 0, row["apart"]),
                country_id=row["country_id"],
                country_name=name,
                current_status=current,
                status=row["status"],
                period=row["period"] or 0,
                tier=tier,
                proposals=row["n_proposals"],
                confidence=row["confidence"],
                latest=row["latest"],
                events=live.get((row["country_id"], row["status"]), []),
            )
        )
    items.sort(
        key=lambda i: (
            i.tier,
            -i.confidence,
            -i.latest,
            i.key.iso2,
            i.status,
            i.period,
            i.key.apart,
        )
    )
    return items


def _proposals_of(items, base):
    """The proposals of these items: one small index search per item, sent as one UNION query
    (one OR over all of them would make the database read every pending proposal)."""
    parts = []
    for item in items:
        part = (
            base.filter(pk=item.key.apart, kept_apart=True)
            if item.key.apart
            else base.filter(
                country_id=item.country_id, status=item.status, period=item.period, kept_apart=False
            )
        )
        parts.append(
            part.values_list(
                "pk",
                "country_id",
                "status",
                "period",
                "kept_apart",
                "confidence",
                "article_id",
                "article__language",
                "date",
                "date_precision",
                "article__published",
                "article__published_precision",
            ).order_by()
        )
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]


def _complete(items, base, rivals):
    """Fill in each item's lead proposal, languages, dates and rival claims: two queries.

    rivals: group rows of the pending claims to compare with (other statuses
    for the same country and year are sources that disagree).
    """
    if not items:
        return items
    by_key = {item.key: item for item in items}
    iso2 = {item.country_id: item.key.iso2 for item in items}
    # The proposals of the items on the page, as plain values: their languages, the dates
    # they give, and which one leads (the most confident, then the newest).
    leads = {}
    for (
        pk,
        country_id,
        status,
        period,
        kept_apart,
        confidence,
        article_id,
        language,
        date,
        precision,
        published,
        published_precision,
    ) in _proposals_of(items, base):
        key = ItemKey(iso2[country_id], status, period or 0, pk if kept_apart else 0)
        item = by_key.get(key)
        if item is None:
            continue
        item.article_ids.add(article_id)
        language = language or "?"
        if language not in item.language_list:
            item.language_list.append(language)
        written = date_key(date, precision)
        if written:
            item.dates[written] = item.dates.get(written, 0) + 1
        if published:
            item.published[date_key(published, published_precision or Precision.DAY)] = True
        rank = (confidence, pk)  # the most confident, then the newest
        if key not in leads or rank > leads[key][0]:
            leads[key] = (rank, pk)
    lead_rows = ProposedChange.objects.select_related("article").in_bulk(
        [pk for _, pk in leads.values()]
    )
    found = defaultdict(lambda: defaultdict(set))
    for country_id, period, status, article_id in rivals:
        found[(country_id, period or 0)][status].add(article_id)
    for item in items:
        if item.key in leads:
            item.lead = lead_rows[leads[item.key][1]]
        item.language_list.sort()
        item.conflicting_dates = conflicting_dates(item.dates)
        # Two claims of one article are the article's to reconcile, not sources disagreeing.
        item.rival_statuses = [
            (status, ItemKey(item.key.iso2, status, item.period), len(articles))
            for status, articles in sorted(found[(item.country_id, item.period)].items())
            if status != item.status and not articles <= item.article_ids
        ]
        item.plan = date_plan(
            item.dates, item.events, published=sorted(item.published), period=item.period
        )
    return items


def _rival_rows(queryset):
    """(country, period, status, article) of the pending claims to compare items with."""
    return (
        queryset.filter(review_state=Review.PENDING)
        .values_list("country_id", "period", "status", "article_id")
        .distinct()
        .order_by()
    )


# --- what confirming will write ----------------------------------------------------------

FORWARD = ("prospective", "negotiating", "announced", "signed", "ratified")


def direction(current, proposed):
    """ "same" when the claim restates the current status, "back" when it goes back along
    the road to membership (announced -> negotiating), else "" (a step forward, or another
    kind of status such as declined)."""
    if current and current == proposed:
        return "same"
    if (
        current in FORWARD
        and proposed in FORWARD
        and (FORWARD.index(proposed) < FORWARD.index(current))
    ):
        return "back"
    return ""


def is_future(key, today=None):
    """Whether a written date starts after today ("2027" in 2026, "2026-12-02" on the 1st)."""
    date, _ = parse_date_key(key)
    return date is not None and date > (today or timezone.localdate())


@dataclasses.dataclass
class DatePlan:
    """The date confirming an item or a claim will write, and whether an editor must choose.

    kind: "text" (the sources' one date), "event" (another source for a live event: no
    date written), "conflict" (the sources give dates that cannot all be right) or
    "choose" (no usable date in the text).  A confirmed event never takes a date no
    source gives and no editor chose: not the submission day, not a future day.
    """

    kind: str
    date_key: str = ""
    options: list = dataclasses.field(default_factory=list)  # [(date key, sources)], best first
    published: list = dataclasses.field(default_factory=list)  # the articles' publication dates
    future: list = dataclasses.field(default_factory=list)  # dates in the text after today
    event_id: int = 0

    @property
    def needs_choice(self):
        return self.kind in ("conflict", "choose")

    @property
    def date(self):
        return parse_date_key(self.date_key)


def date_plan(dates, events=(), *, published=(), period=None, today=None):
    """What confirming will write, from the dates the sources give ({key: n}), the live events
    of the same step ([(pk, date, precision)], newest first) and the articles' publication
    dates (offered, never taken by themselves)."""
    future = sorted(key for key in dates if is_future(key, today))
    usable = {key: n for key, n in dates.items() if key not in future}
    published = [key for key in published if not is_future(key, today)]
    if conflicting_dates(usable):
        options = sorted(usable.items(), key=lambda pair: (-pair[1], -len(pair[0]), pair[0]))
        return DatePlan("conflict", options=options, published=published, future=future)
    if usable:
        best = max(usable, key=len)  # "2025" and "2025-11-06" agree: the precise one
        for pk, date, precision in events:
            coarser = min(len(best), len(date_key(date, precision)))
            if date_key(date, precision)[:coarser] == best[:coarser]:
                return DatePlan(
                    "event", date_key=date_key(date, precision), event_id=pk, future=future
                )
        return DatePlan("text", date_key=best, future=future)
    for pk, date, precision in events:
        if period and date.year == period:
            return DatePlan("event", date_key=date_key(date, precision), event_id=pk, future=future)
    return DatePlan("choose", published=published, future=future)


def conflicting_dates(dates):
    """The written dates that cannot all be the same day: "2025-11-06" vs "2025-11-10".

    "2025" and "2025-11-06" agree (one is less precise); returns the dates in
    order when at least two disagree, else [].
    """
    keys = sorted(dates)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if not (a.startswith(b) or b.startswith(a)):
                return keys
    return []


def queue(*, filters=None, page=1, per_page=ITEMS_PER_PAGE):
    """A page of review items, best first: (items, paginator page).

    Seven queries whatever the number of proposals: the groups (two, from the
    covering index), their countries, the live events, the pending claims of the
    page's countries (rivals), the proposals of the items on the page and their leads.  All groups are
    ordered in Python: there are at most countries x statuses x years of them.
    """
    filters = filters or Filters()
    base = filters.apply(ProposedChange.objects.all())
    rows = _group_rows(base)
    page_obj = Paginator(_items(rows), per_page).get_page(page)
    items = list(page_obj.object_list)
    rivals = _rival_rows(
        ProposedChange.objects.filter(country_id__in={i.country_id for i in items})
    )
    return _complete(items, base, rivals), page_obj


def item_detail(key, *, states=(Review.PENDING,)):
    """One item with all its proposals (pending unless told), for the item page."""
    proposals = list(item_proposals(key, states=states))
    base = ProposedChange.objects.filter(review_state__in=states)
    rows = [
        row
        for row in _group_rows(
            base.filter(country__iso2=key.iso2, status=key.status, period=key.period)
        )
        if row["apart"] == key.apart
    ]
    if not rows:
        return None, proposals
    rivals = _rival_rows(ProposedChange.objects.filter(country__iso2=key.iso2, period=key.period))
    return _complete(_items(rows), base, rivals)[0], proposals


def item_history(key):
    """Every logged action on the item's proposals, whatever their state now, newest first."""
    ids = item_proposals(key, states=Review.values).values("pk")
    # Events the item was ever confirmed into, also those undone since (their proposals moved on).
    events = ReviewLog.objects.filter(proposal__in=ids, event__isnull=False).values("event_id")
    return (
        ReviewLog.objects.filter(Q(proposal__in=ids) | Q(event__in=events))
        .select_related("user", "article", "event__country", "proposal", "country")
        .order_by("-at", "-id")[:200]
    )


def country_history_log(country):
    return (
        ReviewLog.objects.filter(country=country)
        .select_related("user", "article", "event__country", "proposal", "country")
        .order_by("-at", "-id")[:200]
    )


def pending_items_count():
    """How many review items wait (what the queue's count says): one grouping query."""
    return len(_group_rows(ProposedChange.objects.filter(review_state=Review.PENDING)))


def pending_sources(article):
    """How many of an article's claims still wait for a decision."""
    return article.proposals.filter(review_state=Review.PENDING).count()


def filter_choices():
    """What the queue's filters offer: three small queries."""
    from accords.models import Article, Feed

    languages = sorted(
        language
        for language in Article.objects.order_by().values_list("language", flat=True).distinct()
        if language
    )
    countries = list(
        Country.objects.filter(
            pk__in=ProposedChange.objects.filter(review_state=Review.PENDING).values("country_id")
        )
        .order_by("name")
        .values_list("iso2", "name")
    )
    feeds = list(Feed.objects.order_by("title", "url").values_list("pk", "title", "url"))
    return {"languages": languages, "countries": countries, "feeds": feeds}


# --- writing: every editors' decision ----------------------------------------------


class ReviewError(Exception):
    """An editor's action cannot be done; the message says why."""


REVIEW_PERMISSION = "accords.review_proposedchange"


def can_review(user):
    """Editors (the Editors group's permission) decide; nobody else does."""
    return bool(
        user and user.is_authenticated and user.is_active and user.has_perm(REVIEW_PERMISSION)
    )


def _require_reviewer(user):
    if not can_review(user):
        raise ReviewError("Only members of the Editors group may confirm or reject proposals.")


def _matching_event(country, status, date, precision):
    """A live event this claim is another source for: same step, and a date that fits."""
    events = StatusEvent.objects.filter(country=country, status=status, reverted_at__isnull=True)
    if date is None:
        return events.order_by("-date", "-id").first()
    for event in events.order_by("-date", "-id"):
        coarser = (
            precision
            if PRECISION_RANK[precision] < PRECISION_RANK[event.date_precision]
            else event.date_precision
        )
        if date_key(event.date, coarser) == date_key(date, coarser):
            return event
    return None


def refuse_future(date):
    """A date after today is no fact yet: ReviewError, whoever asks (forms, edits, the API)."""
    if date is not None and date > timezone.localdate():
        raise ReviewError(f"{date.isoformat()} is after today: a future date cannot be recorded.")


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
    refuse_future(date)
    if date_precision is not None or date is not None:
        old = proposal.date_key
        proposal.date, proposal.date_precision = date, (date_precision or "") if date else ""
        if proposal.date_key != old:
            changes["date"] = [old, proposal.date_key]
    if status is not None and status not in STATUSES:
        raise ReviewError(f"Unknown status {status!r}.")
    if changes:
        proposal.save()
        services.log_action(
            action="proposal_edit", user=user, proposal=proposal, data={"changed": changes}
        )
    return proposal


def event_revert(*, event, user):
    """Take a confirmed event off the public pages; the row and its log stay."""
    _require_reviewer(user)
    with transaction.atomic():
        services.countries_lock([event.country_id])
        reverted = StatusEvent.objects.filter(pk=event.pk, reverted_at__isnull=True).update(
            reverted_at=timezone.now(), reverted_by=user
        )
        if not reverted:
            raise ReviewError("This event was already reverted.")
        services.country_refresh_status(country=event.country)
        services.log_action(action="event_revert", user=user, event=event)


def _lead(proposals):
    """The proposal that names the step: the most precise date, then confidence."""
    return max(proposals, key=lambda p: (PRECISION_RANK[p.date_precision], p.confidence, -p.pk))


def _claim_pending(ids, user, state):
    """Take the still-pending proposals among ids (a conditional update): the ones we decide."""
    now = timezone.now()
    pending = list(
        ProposedChange.objects.select_for_update()
        .filter(pk__in=ids, review_state=Review.PENDING)
        .values_list("pk", flat=True)
    )
    ProposedChange.objects.filter(pk__in=pending, review_state=Review.PENDING).update(
        review_state=state, reviewed_by=user, reviewed_at=now
    )
    return pending, now


class DateNeeded(ReviewError):
    """Confirming needs an editor's date: the sources give none, or give several."""

    def __init__(self, message, plan):
        super().__init__(message)
        self.plan = plan


def plan_for(proposals):
    """The DatePlan of proposals making one claim (two queries at most)."""
    lead = _lead(proposals)
    dates = defaultdict(int)
    for p in proposals:
        if p.date_key:
            dates[p.date_key] += 1
    events = list(
        StatusEvent.objects.filter(
            country=lead.country,
            status=lead.status,
            reverted_at__isnull=True,
        )
        .order_by("-date", "-id")
        .values_list("pk", "date", "date_precision")
    )
    published = sorted(
        {
            date_key(p.article.published, p.article.published_precision or Precision.DAY)
            for p in proposals
            if p.article.published
        }
    )
    return date_plan(dict(dates), events, published=published, period=lead.period)


def proposals_confirm(*, ids, user, item="", date=None, date_precision=""):
    """Confirm proposals that make one claim: one event (or the live one it matches), every
    article cited once.  Proposals already decided by someone else are left as they are.

    The event's date is the one the editor chose (date, date_precision), else the one date
    the sources agree on; with none or several, DateNeeded is raised and nothing changes.
    Returns (event, number confirmed); raises ReviewError when none was still pending.
    """
    _require_reviewer(user)
    if date is not None:
        refuse_future(date)
    with transaction.atomic():
        # One decision per country at a time: a second confirmation waits here, then sees the
        # first one's event (no second event for the same undated step) and recomputes the
        # current status from both (no lost update).
        services.countries_lock(ProposedChange.objects.filter(pk__in=ids).values("country_id"))
        claimed, now = _claim_pending(ids, user, Review.CONFIRMED)
        if not claimed:
            raise ReviewError("These proposals were already reviewed.")
        proposals = list(
            ProposedChange.objects.filter(pk__in=claimed).select_related("article", "country")
        )
        lead = _lead(proposals)
        if date is None:
            plan = plan_for(proposals)
            if plan.kind == "choose":
                raise DateNeeded("No date in the text: choose the date to publish.", plan)
            if plan.kind == "conflict":
                raise DateNeeded("The sources give different dates: choose one.", plan)
            date, date_precision = plan.date
            event = StatusEvent.objects.get(pk=plan.event_id) if plan.kind == "event" else None
        else:
            date_precision = date_precision or Precision.DAY
            event = _matching_event(lead.country, lead.status, date, date_precision)
        if event is None:
            event = StatusEvent.objects.create(
                country=lead.country,
                status=lead.status,
                date=date,
                date_precision=date_precision,
                source=StatusEvent.Source.REVIEW,
                confirmed_by=user,
                confirmed_at=now,
                # A proposal confirmed again after an undo keeps its first event.
                proposal=None if StatusEvent.objects.filter(proposal=lead).exists() else lead,
            )
        Citation.objects.bulk_create(
            [
                Citation(
                    event=event,
                    article=p.article,
                    proposal=p,
                    url=p.article.url or "",
                    outlet=p.article.outlet,
                    language=p.article.language,
                    evidence=p.evidence,
                )
                for p in sorted(proposals, key=lambda p: (-p.confidence, p.pk))
            ],
            ignore_conflicts=True,  # an article cited already (another sentence, or earlier)
        )
        ProposedChange.objects.filter(pk__in=claimed).update(event=event)
        services.country_refresh_status(country=lead.country)
        _log(
            proposals,
            "proposal_confirm",
            user,
            event=event,
            item=item,
            data={"status": event.status, "date": event.date_key},
        )
    return event, len(claimed)


def proposals_reject(*, ids, user, item="", reason=""):
    """Reject proposals; returns how many were still pending."""
    _require_reviewer(user)
    with transaction.atomic():
        claimed, _ = _claim_pending(ids, user, Review.REJECTED)
        if not claimed:
            raise ReviewError("These proposals were already reviewed.")
        proposals = list(
            ProposedChange.objects.filter(pk__in=claimed).select_related("article", "country")
        )
        _log(
            proposals, "proposal_reject", user, item=item, data={"reason": reason} if reason else {}
        )
    return len(claimed)


def proposal_confirm(*, proposal, user):
    """Confirm one proposal into the public history: the one-source case of
    proposals_confirm (one transaction writes or cites the event and updates the
    country's current status; two editors confirming at once produce one event)."""
    event, _ = proposals_confirm(ids=[proposal.pk], user=user)
    return event


def proposal_reject(*, proposal, user, reason=""):
    proposals_reject(ids=[proposal.pk], user=user, reason=reason)


def _log(proposals, action, user, *, event=None, item="", data=None):
    pagecache.public_pages_changed()  # bulk_create sends no post_save
    ReviewLog.objects.bulk_create(
        [
            ReviewLog(
                action=action,
                user=user,
                proposal=p,
                event=event,
                country=p.country,
                article=p.article,
                data={**(data or {}), **({"item": item} if item else {})},
            )
            for p in proposals
        ]
    )


def item_confirm(*, key, user, date=None, date_precision=""):
    ids = list(item_proposals(key).values_list("pk", flat=True))
    if not ids:
        raise ReviewError("Nothing in this item is waiting for review.")
    return proposals_confirm(
        ids=ids, user=user, item=str(key), date=date, date_precision=date_precision
    )


def item_reject(*, key, user, reason=""):
    ids = list(item_proposals(key).values_list("pk", flat=True))
    if not ids:
        raise ReviewError("Nothing in this item is waiting for review.")
    return proposals_reject(ids=ids, user=user, item=str(key), reason=reason)


def item_update(*, key, user, status, date, date_precision):
    """Edit every pending proposal of an item alike (status, date); returns the new item key."""
    proposals = list(item_proposals(key))
    if not proposals:
        raise ReviewError("Nothing in this item is waiting for review.")
    with transaction.atomic():
        for proposal in proposals:
            proposal_update(
                proposal=proposal,
                user=user,
                status=status,
                date=date,
                date_precision=date_precision,
            )
    proposal = ProposedChange.objects.select_related("article", "country").get(pk=proposals[0].pk)
    return key_of(proposal)


def proposal_keep_apart(*, proposal, user, apart=True):
    """Take one source out of its item (or put it back), for a decision of its own."""
    _require_reviewer(user)
    with transaction.atomic():
        changed = ProposedChange.objects.filter(
            pk=proposal.pk, review_state=Review.PENDING, kept_apart=not apart
        ).update(kept_apart=apart)
        if not changed:
            raise ReviewError("This proposal is not pending, or already so.")
        services.log_action(
            action="proposal_split" if apart else "proposal_join", user=user, proposal=proposal
        )


def event_undo(*, event, user):
    """Revert a confirmed event and send its proposals back to the queue to decide again."""
    with transaction.atomic():
        event_revert(event=event, user=user)
        ProposedChange.objects.filter(event=event, review_state=Review.CONFIRMED).update(
            review_state=Review.PENDING, reviewed_by=None, reviewed_at=None, event=None
        )


def proposals_reopen(*, ids, user, item=""):
    """Undo a decision: these proposals go back to the queue, pending.

    Confirmed ones leave the event they were cited on (their citations are removed; an
    event of the review left without any source is reverted, so it leaves the public
    pages); rejected ones are simply reopened.  Returns how many were reopened.
    """
    _require_reviewer(user)
    with transaction.atomic():
        proposals = list(
            ProposedChange.objects.select_for_update(of=("self",))
            .filter(pk__in=ids)
            .exclude(review_state=Review.PENDING)
            .select_related("article", "country", "event")
        )
        if not proposals:
            raise ReviewError("Nothing to undo: these proposals are pending already.")
        events = {p.event for p in proposals if p.event}
        Citation.objects.filter(proposal__in=proposals).delete()
        for event in events:
            if event.reverted_at is None and not event.citations.exists():
                event_revert(event=event, user=user)
        ProposedChange.objects.filter(pk__in=[p.pk for p in proposals]).update(
            review_state=Review.PENDING, reviewed_by=None, reviewed_at=None, event=None
        )
        for country in {p.country for p in proposals}:
            services.country_refresh_status(country=country)
        pagecache.public_pages_changed()
        ReviewLog.objects.bulk_create(
            [
                ReviewLog(
                    action="proposal_reopen",
                    user=user,
                    proposal=p,
                    event=p.event,
                    country=p.country,
                    article=p.article,
                    data={"was": p.review_state, **({"item": item} if item else {})},
                )
                for p in proposals
            ]
        )
    return len(proposals)


def citation_remove(*, citation, user):
    """Take one source off an event (any event, the reference history's too).

    Its proposal, if any, goes back to the queue.  The event's last source cannot be
    removed: undo the event instead.  The log keeps what the citation said.
    """
    _require_reviewer(user)
    with transaction.atomic():
        citation = (
            Citation.objects.select_for_update(of=("self",))
            .select_related("event__country")
            .filter(pk=citation.pk)
            .first()
        )
        if citation is None:
            raise ReviewError("This source was already removed.")
        event = citation.event
        if not Citation.objects.filter(event=event).exclude(pk=citation.pk).exists():
            raise ReviewError(
                "This is the event's only source; undo the event instead of removing it."
            )
        removed = {
            "outlet": citation.outlet or (citation.article.outlet if citation.article else ""),
            "url": citation.url,
            "evidence": citation.evidence[:500],
        }
        citation.delete()
        if citation.proposal_id:
            ProposedChange.objects.filter(pk=citation.proposal_id).update(
                review_state=Review.PENDING, reviewed_by=None, reviewed_at=None, event=None
            )
        pagecache.public_pages_changed()
        services.log_action(
            action="citation_remove",
            user=user,
            event=event,
            country=event.country,
            article=citation.article,
            data={"removed": removed},
        )
    return event


# --- showing --------------------------------------------------------------------------


def _words(key):
    from accords.templatetags.desk import date_words

    return date_words(key) if key else "no date"


def describe(log):
    """A ReviewLog entry in words (without who and when, which the log shows beside it)."""
    data = log.data or {}
    country = log.country.name if log.country_id and log.country else ""
    proposal = log.proposal if log.proposal_id else None
    claim = f"{country}: {data.get('status') or (proposal.status if proposal else '')}"
    event = log.event if log.event_id else None
    step = f"{event.country.name}: {event.status}, {_words(event.date_key)}" if event else claim
    action = log.action
    if action == "proposal_confirm":
        return f"Confirmed {claim}, dated {_words(data.get('date', ''))}."
    if action == "proposal_reject":
        reason = f" ({data['reason']})" if data.get("reason") else ""
        return f"Rejected {claim}{reason}."
    if action == "proposal_reopen":
        was = {"confirmed": "its confirmation undone", "rejected": "its rejection undone"}
        return f"Reopened {claim} for review ({was.get(data.get('was'), 'undone')})."
    if action == "proposal_edit":
        changes = "; ".join(
            f"{field} from {old or 'none'} to {new or 'none'}"
            for field, (old, new) in data.get("changed", {}).items()
        )
        return f"Edited the claim on {country}: {changes}."
    if action == "event_revert":
        return f"Undid the event {step}: it left the public pages."
    if action == "citation_remove":
        removed = data.get("removed", {})
        source = removed.get("outlet") or removed.get("url") or "a source"
        return f"Removed the source {source} from {step}."
    if action == "proposal_split":
        return f"Kept a source on {claim} apart, to decide on its own."
    if action == "proposal_join":
        return f"Put a source on {claim} back into its item."
    if action == "article_requeue":
        return "Sent the article to be processed again."
    if action == "article_language":
        return f"Set the article's language to {data.get('language') or 'detect'}."
    if action == "article_published":
        old, new = data.get("changed", {}).get("published", ["", ""])
        return f"Changed the article's publication date from {_words(old)} to {_words(new)}."
    if action == "article_refused":
        return "Recorded a URL that was refused."
    if action == "claims_skipped":
        return (
            "Skipped claims on codes the tracker does not hold (add the entity to "
            f"accords/data/entities.json): {', '.join(data.get('claims', []))}."
        )
    return action.replace("_", " ").capitalize() + "."


def mark_claims(text, proposals):
    """Escape text and wrap each proposal's evidence in a <mark> naming its claims.

    Claims that quote the same sentence share one mark (data-claims lists them
    all); a span overlapping one already marked is left to the first.
    """
    from accords.display import FIRST, highlight

    spans = defaultdict(list)
    for proposal in proposals:
        spans[(proposal.evidence_start, proposal.evidence_end)].append(proposal.pk)

    def attrs(start, end):
        ids = spans[(start, end)]
        return f'id="ev-{ids[0]}" data-claims="{" ".join(str(pk) for pk in ids)}"'

    return highlight(text, spans, mode=FIRST, attrs=attrs)
