"""The domain: countries, articles, what the parser proposed and what editors confirmed.

What the machine extracted (``ProposedChange``) and what a person confirmed
(``StatusEvent``) are different rows; the public pages read only the latter.
Uniqueness and allowed values are database constraints, not checks in code.
"""

import datetime
import functools

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accords.extraction.statuses import STATUSES

STATUS_LABELS = {
    "prospective": _("Prospective"),
    "negotiating": _("Negotiating"),
    "announced": _("Announced"),
    "signed": _("Signed"),
    "ratified": _("Ratified"),
    "declined": _("Declined"),
    "suspended": _("Suspended"),
    "withdrawn": _("Withdrawn"),
}


@functools.cache
def text_direction(language):
    """ "rtl" for a language CLDR writes right to left (Arabic, Hebrew, Persian, Urdu...),
    else "ltr"; an empty or unknown code is "ltr"."""
    try:
        locale = Locale.parse(language)
    except (TypeError, ValueError, UnknownLocaleError):
        return "ltr"
    return "rtl" if locale.character_order == "right-to-left" else "ltr"


Status = models.TextChoices("Status", [(s.upper(), (s, STATUS_LABELS[s])) for s in STATUSES])


class Precision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


# How precise a date is, coarsest first; "" (no date) below all.  The one ranking: which
# of two dates to keep, and at which precision two dates are compared.
PRECISION_RANK = {"": 0, Precision.YEAR: 1, Precision.MONTH: 2, Precision.DAY: 3}


def date_key(date, precision):
    """The date as written at its precision: "2020", "2020-09" or "2020-09-15" ("" for none)."""
    if date is None:
        return ""
    if precision == Precision.YEAR:
        return f"{date.year:04d}"
    if precision == Precision.MONTH:
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def parse_date_key(value):
    """Inverse of date_key: "2020" -> (date(2020, 1, 1), "year"); "" or None -> (None, None)."""
    if not value:
        return None, None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), Precision.YEAR
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], 1), Precision.MONTH
    return datetime.date(*parts), Precision.DAY


def claim_period(date, article):
    """The year a claim is about: its own date's, else its article's publication or submission."""
    if date is not None:
        return date.year
    if article.published is not None:
        return article.published.year
    return (article.created_at or datetime.datetime.now(datetime.UTC)).year


def _status_check(field):
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": STATUSES}), name=f"%(class)s_{field}_valid"
    )


def _precision_check():
    # A date always carries its precision; no date, no precision.
    return models.CheckConstraint(
        condition=(
            Q(date__isnull=True, date_precision="")
            | Q(date__isnull=False, date_precision__in=Precision.values)
        ),
        name="%(class)s_date_precision_valid",
    )


class Country(models.Model):
    iso2 = models.CharField(max_length=2, unique=True)
    iso3 = models.CharField(max_length=3, unique=True)
    name = models.CharField(
        max_length=100
    )  # English; localized names come from CLDR at display time
    founding = models.BooleanField(default=False, help_text="A founding party, not a candidate.")
    # Denormalized from the latest confirmed StatusEvent, kept right by the
    # service that confirms or reverts events, in the same transaction.
    current_event = models.ForeignKey(
        "StatusEvent", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    current_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    # Entities outside ISO 3166-1 (Somaliland, XS) carry a user-assigned code; their names,
    # region and map point come from accords/data/entities.json.
    user_assigned = models.BooleanField(
        default=False, help_text="The code is user-assigned, not ISO 3166-1."
    )
    # Where the map puts a marker when its geometry has no shape for the entity.
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(
                condition=Q(current_status="") | Q(current_status__in=STATUSES),
                name="country_current_status_valid",
            )
        ]

    def __str__(self):
        return self.name


class Feed(models.Model):
    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    language = models.CharField(
        max_length=8, blank=True, help_text="Language of its articles, if known; else detected."
    )
    active = models.BooleanField(default=True)
    interval_minutes = models.PositiveIntegerField(default=30)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.title or self.url


class Article(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        FETCHED = "fetched", _("Fetched")
        CLEANED = "cleaned", _("Cleaned")
        EXTRACTED = "extracted", _("Extracted")
        DUPLICATE = "duplicate", _("Duplicate")
        FAILED = "failed", _("Failed")

    TERMINAL_STATES = (State.EXTRACTED, State.DUPLICATE, State.FAILED)

    # NULL, not "", where there is none: the uniqueness constraints skip NULLs.
    url = models.URLField(max_length=2000, null=True, blank=True)  # noqa: DJ001
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, blank=True)
    language_given = models.BooleanField(default=False)  # the submitter named it: no detection
    published = models.DateField(null=True, blank=True)
    # "2026" is published_precision "year", stored as 2026-01-01; "" when there is no date.
    published_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    # Pasted text, perhaps with the original's URL as its citation: the URL is never fetched.
    pasted = models.BooleanField(default=False)
    raw = models.TextField(blank=True)  # pasted text or fetched HTML, kept so nothing is lost
    text = models.TextField(blank=True)  # cleaned text; evidence offsets point into it
    content_hash = models.CharField(max_length=64, null=True, blank=True)  # noqa: DJ001
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    state = models.CharField(max_length=12, choices=State.choices, default=State.QUEUED)
    error = models.TextField(blank=True)  # why it failed, in words an editor can act on
    attempts = models.PositiveIntegerField(default=0)
    lease_until = models.DateTimeField(null=True, blank=True)  # a worker holds the row until then
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"
            ),
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=Q(content_hash__isnull=False),
                name="article_content_hash_unique",
            ),
            models.CheckConstraint(
                condition=Q(
                    state__in=["queued", "fetched", "cleaned", "extracted", "duplicate", "failed"]
                ),
                name="article_state_valid",
            ),
        ]
        indexes = [models.Index(fields=["state", "updated_at"])]

    def __str__(self):
        return self.title or self.url or f"Article {self.pk}"

    @property
    def direction(self):
        return text_direction(self.language)

    @property
    def published_key(self):
        return date_key(self.published, self.published_precision or Precision.DAY)


class StatusEvent(models.Model):
    """A confirmed step in a country's history: what the public pages show."""

    class Source(models.TextChoices):
        REFERENCE = "reference", _("Reference history")
        REVIEW = "review", _("Editor review")

    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="events")
    status = models.CharField(max_length=20, choices=Status.choices)
    date = models.DateField()
    date_precision = models.CharField(max_length=5, choices=Precision.choices)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.REVIEW)
    note = models.TextField(blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField()
    # The proposal confirmed into this event: at most one event per proposal.
    proposal = models.OneToOneField(
        "ProposedChange", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reverted_at = models.DateTimeField(null=True, blank=True)
    reverted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["date", "id"]
        constraints = [
            _status_check("status"),
            models.CheckConstraint(
                condition=Q(date_precision__in=Precision.values),
                name="statusevent_precision_valid",
            ),
            # The reference loader may run any number of times.
            models.UniqueConstraint(
                fields=["country", "status", "date"],
                condition=Q(source="reference"),
                name="statusevent_reference_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["country", "reverted_at", "date"]),
            # The live events by date alone: the latest steps on the home page (ten rows
            # instead of sorting every event) and the map's change dates.
            models.Index(
                fields=["date", "id"],
                condition=Q(reverted_at__isnull=True),
                name="statusevent_live_date",
            ),
            # Every live event's date, read from the index alone: the map's change dates.
            models.Index(
                fields=["date", "reverted_at"],
                condition=Q(reverted_at__isnull=True),
                name="statusevent_live_day",
            ),
            # The reverted events alone: selectors.data_version() counts them without
            # reading every event.
            models.Index(
                fields=["reverted_at"],
                condition=Q(reverted_at__isnull=False),
                name="statusevent_reverted",
            ),
        ]

    def __str__(self):
        return f"{self.country.iso2} {self.status} {self.date_key}"

    @property
    def date_key(self):
        return date_key(self.date, self.date_precision)


class Citation(models.Model):
    """Where a confirmed event comes from: an article of ours, or an outside source."""

    event = models.ForeignKey(StatusEvent, on_delete=models.CASCADE, related_name="citations")
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.PROTECT)
    proposal = models.ForeignKey(
        "ProposedChange", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.URLField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, blank=True)
    evidence = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article"],
                condition=Q(article__isnull=False),
                name="citation_article_once_per_event",
            ),
            models.UniqueConstraint(
                fields=["event", "url"],
                condition=Q(article__isnull=True),
                name="citation_url_once_per_event",
            ),
        ]

    def __str__(self):
        return self.outlet or self.url or f"Citation {self.pk}"

    @property
    def direction(self):
        return "rtl" if text_direction(self.language) == "rtl" else "auto"


class ProposedChange(models.Model):
    class Review(models.TextChoices):
        PENDING = "pending", _("Pending")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="proposals")
    # What the parser said, as one key: re-parsing an article never duplicates
    # a proposal, even after an editor edited the fields below.
    claim_key = models.CharField(max_length=60)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="proposals")
    status = models.CharField(max_length=20, choices=Status.choices)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    confidence = models.FloatField()
    background = models.BooleanField(default=False)
    evidence = models.TextField()
    evidence_start = models.PositiveIntegerField()
    evidence_end = models.PositiveIntegerField()
    review_state = models.CharField(max_length=10, choices=Review.choices, default=Review.PENDING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    event = models.ForeignKey(
        StatusEvent, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    # The review desk (accords.review) groups proposals that make the same claim
    # by country, status and this year: the claim's own date, else the article's
    # publication, else its submission.  Stored, not computed, so the queue of
    # tens of thousands of proposals groups from an index alone.
    period = models.PositiveSmallIntegerField(null=True, blank=True)
    # An editor took this source out of the review item its claim falls in.
    kept_apart = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "id"]
        permissions = [("review_proposedchange", "Can confirm or reject proposed changes")]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "claim_key"], name="proposal_once_per_article"
            ),
            _status_check("status"),
            _precision_check(),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="proposal_confidence_range",
            ),
            models.CheckConstraint(
                condition=Q(evidence_end__gte=models.F("evidence_start")),
                name="proposal_evidence_span",
            ),
            models.CheckConstraint(
                condition=Q(review_state__in=["pending", "confirmed", "rejected"]),
                name="proposal_review_state_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["review_state", "-confidence"]),
            # Covers the desk's grouping: no table row is read to build the queue.
            models.Index(
                fields=[
                    "review_state",
                    "country",
                    "status",
                    "period",
                    "kept_apart",
                    "confidence",
                    "created_at",
                    "article",
                ],
                name="proposal_review_item",
            ),
        ]

    def __str__(self):
        return f"{self.country_id and self.country.iso2} {self.status} {self.date_key}"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "date" in update_fields:
            self.period = claim_period(self.date, self.article)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "period"}
        super().save(*args, **kwargs)

    @property
    def date_key(self):
        return date_key(self.date, self.date_precision)


class ReviewLog(models.Model):
    """One uniform audit entry per editor action: who, when, what, on which rows."""

    action = models.CharField(max_length=40)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    proposal = models.ForeignKey(
        ProposedChange, null=True, blank=True, on_delete=models.SET_NULL, related_name="logs"
    )
    event = models.ForeignKey(
        StatusEvent, null=True, blank=True, on_delete=models.SET_NULL, related_name="logs"
    )
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="logs"
    )
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="logs"
    )
    data = models.JSONField(default=dict, blank=True)  # e.g. {"changed": {"status": ["a", "b"]}}

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.action} by {self.user} at {self.at:%Y-%m-%d %H:%M}"
