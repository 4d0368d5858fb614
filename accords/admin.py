"""The editors' desk in the Django admin: submit articles, review proposals, read the log."""

from django.contrib import admin, messages
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accords import desk, review, services
from accords.display import country_mention_spans, mark_spans
from accords.forms import ArticleForm, ArticleSubmitForm, ProposalForm, understood
from accords.models import (
    Article,
    Citation,
    Country,
    Feed,
    ProposedChange,
    ReviewLog,
    StatusEvent,
)

admin.site.site_header = _("Accords tracker — editors")
admin.site.site_title = _("Accords tracker")
admin.site.index_title = _("Editors' desk")


class ReviewStateFilter(admin.SimpleListFilter):
    """The queue opens on pending proposals; "All" shows every state."""

    title = _("review state")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [*ProposedChange.Review.choices, ("all", _("All"))]

    def choices(self, changelist):
        value = self.value() or "pending"
        for lookup, title in self.lookup_choices:
            yield {
                "selected": value == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or "pending"
        return queryset if value == "all" else queryset.filter(review_state=value)


@admin.register(ProposedChange)
class ProposedChangeAdmin(admin.ModelAdmin):
    form = ProposalForm
    list_display = [
        "country",
        "transition",
        "date_display",
        "confidence_display",
        "language",
        "evidence_display",
        "article_link",
        "review_state",
    ]
    list_display_links = ["country"]
    list_filter = [
        ReviewStateFilter,
        "status",
        "article__language",
        "background",
        ("country", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["evidence", "country__name", "article__title", "article__url"]
    actions = ["confirm_selected", "reject_selected"]
    readonly_fields = [
        "evidence_display",
        "article_link",
        "confidence",
        "background",
        "review_state",
        "reviewed_by",
        "reviewed_at",
        "event",
        "claim_key",
    ]
    fields = [
        "country",
        "status",
        "when",
        "evidence_display",
        "article_link",
        "confidence",
        "background",
        "review_state",
        "reviewed_by",
        "reviewed_at",
        "event",
        "claim_key",
    ]
    autocomplete_fields = ["country"]
    list_per_page = 50
    change_form_template = "admin/accords/proposedchange/change_form.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("country", "country__current_event", "article", "reviewed_by", "event")
        )

    # Only editors decide; nobody adds proposals by hand or deletes them.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        if not review.can_review(request.user):
            return False
        return obj is None or obj.review_state == ProposedChange.Review.PENDING

    def has_review_permission(self, request):
        return review.can_review(request.user)

    def get_urls(self):
        return [*desk.urls(self.admin_site), *super().get_urls()]

    @admin.display(description=_("current → proposed"))
    def transition(self, obj):
        return format_html(
            '<span class="status status-{}">{}</span> → <span class="status status-{}">{}</span>',
            obj.country.current_status or "none",
            obj.country.current_status or "—",
            obj.status,
            obj.status,
        )

    @admin.display(description=_("date"), ordering="date")
    def date_display(self, obj):
        return obj.date_key or "—"

    @admin.display(description=_("confidence"), ordering="confidence")
    def confidence_display(self, obj):
        return f"{obj.confidence:.2f}" + (" (background)" if obj.background else "")

    @admin.display(description=_("language"), ordering="article__language")
    def language(self, obj):
        return obj.article.language or "—"

    @admin.display(description=_("evidence"))
    def evidence_display(self, obj):
        spans = country_mention_spans(
            obj.evidence, obj.country.iso2, (obj.article.language or "en",)
        )
        return format_html(
            '<q dir="auto" lang="{}" class="evidence">{}</q>',
            obj.article.language or "",
            mark_spans(obj.evidence, spans, "country"),
        )

    @admin.display(description=_("article"))
    def article_link(self, obj):
        url = reverse("admin:accords_article_change", args=[obj.article_id])
        return format_html('<a href="{}">{}</a>', url, str(obj.article)[:80])

    def save_model(self, request, obj, form, change):
        date, precision = form.cleaned_data["when"]
        original = ProposedChange.objects.get(pk=obj.pk)
        review.proposal_update(
            proposal=original,
            user=request.user,
            country=form.cleaned_data["country"],
            status=form.cleaned_data["status"],
            date=date,
            date_precision=precision,
        )

    def response_change(self, request, obj):
        for key, decide in (
            ("_confirm", review.proposal_confirm),
            ("_reject", review.proposal_reject),
        ):
            if key in request.POST:
                try:
                    decide(proposal=obj, user=request.user)
                except review.ReviewError as error:
                    self.message_user(request, str(error), messages.ERROR)
                else:
                    verb = _("Confirmed") if key == "_confirm" else _("Rejected")
                    self.message_user(request, f"{verb}: {obj}", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:accords_proposedchange_changelist"))
        return super().response_change(request, obj)

    def _decide(self, request, queryset, decide, verb):
        done, errors = 0, []
        for proposal in queryset:
            try:
                decide(proposal=proposal, user=request.user)
                done += 1
            except review.ReviewError as error:
                errors.append(str(error))
        self.message_user(request, f"{verb} {done} proposal(s).", messages.SUCCESS)
        for error in errors:
            self.message_user(request, error, messages.WARNING)

    @admin.action(description=_("Confirm selected proposals"), permissions=["review"])
    def confirm_selected(self, request, queryset):
        self._decide(request, queryset, review.proposal_confirm, _("Confirmed"))

    @admin.action(description=_("Reject selected proposals"), permissions=["review"])
    def reject_selected(self, request, queryset):
        self._decide(request, queryset, review.proposal_reject, _("Rejected"))


class ProposalInline(admin.TabularInline):
    model = ProposedChange
    fields = [
        "country",
        "status",
        "date_key",
        "confidence",
        "background",
        "review_state",
        "evidence",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "state_display",
        "language",
        "outlet",
        "proposal_count",
        "created_at",
    ]
    list_filter = ["state", "language", "feed"]
    search_fields = ["title", "url", "outlet"]
    form = ArticleForm
    readonly_fields = [
        "url",
        "title",
        "outlet",
        "state",
        "error",
        "attempts",
        "content_hash",
        "duplicate_of",
        "feed",
        "submitted_by",
        "created_at",
        "updated_at",
        "text_display",
    ]
    fields = ["language", "published_when", *readonly_fields]
    inlines = [ProposalInline]
    actions = ["reprocess"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_proposals=Count("proposals"))

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.display(description=_("proposals"), ordering="n_proposals")
    def proposal_count(self, obj):
        return obj.n_proposals

    @admin.display(description=_("state"), ordering="state")
    def state_display(self, obj):
        if obj.state == Article.State.FAILED:
            return format_html(
                '<span class="state-failed" title="{}">failed: {}</span>',
                obj.error,
                obj.error[:120],
            )
        return obj.get_state_display()

    @admin.display(description=_("text"))
    def text_display(self, obj):
        spans = [(p.evidence_start, p.evidence_end) for p in obj.proposals.all()]
        return format_html(
            '<div dir="{}" lang="{}" class="article-text">{}</div>',
            obj.direction,
            obj.language,
            mark_spans(obj.text, spans),
        )

    def get_urls(self):
        return [
            path(
                "submit/",
                self.admin_site.admin_view(self.submit_view),
                name="accords_article_submit",
            ),
            *desk.article_urls(self.admin_site),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:accords_article_submit")

    def submit_view(self, request):
        if not self.has_add_permission(request):
            return (
                self.admin_site.login(request)
                if not request.user.is_authenticated
                else TemplateResponse(request, "admin/accords/article/forbidden.html", status=403)
            )
        form = ArticleSubmitForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            published, precision = data["published"]
            try:
                if data["text"].strip():
                    article, created = services.article_submit_text(
                        text=data["text"],
                        language=data["language"],
                        title=data["title"],
                        published=published,
                        published_precision=precision,
                        url=data["url"] or None,
                        outlet=data["outlet"],
                        user=request.user,
                    )
                else:
                    article, created = services.article_submit_url(
                        url=data["url"],
                        language=data["language"],
                        title=data["title"],
                        published=published,
                        published_precision=precision,
                        user=request.user,
                    )
            except services.SubmitError as error:
                form.add_error("url", str(error))  # the form comes back with all it held
            else:
                if article.state == Article.State.FAILED:
                    self.message_user(
                        request,
                        f"Recorded, but it cannot be processed: {article.error}",
                        messages.ERROR,
                    )
                elif created:
                    self.message_user(request, _("Queued for processing."), messages.SUCCESS)
                else:
                    self.message_user(
                        request, _("Already submitted: this is the same article."), messages.WARNING
                    )
                if created and published:
                    self.message_user(
                        request,
                        _("Published: %(date)s.") % {"date": understood(published, precision)},
                        messages.INFO,
                    )
                return redirect("admin:accords_desk_article", article.pk)
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "title": _("Submit an article"),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/accords/article/submit.html", context)

    def save_model(self, request, obj, form, change):
        if "published_when" in form.changed_data:
            date, precision = form.cleaned_data["published_when"]
            old = obj.published_key if obj.published else ""
            obj.published, obj.published_precision = date, precision if date else ""
            services.log_action(
                action="article_published",
                user=request.user,
                article=obj,
                data={"changed": {"published": [old, obj.published_key if date else ""]}},
            )
            self.message_user(
                request,
                _("Published: %(date)s.") % {"date": understood(date, precision) or _("no date")},
                messages.INFO,
            )
        super().save_model(request, obj, form, change)
        if change and "language" in form.changed_data:
            obj.language_given = bool(obj.language)
            obj.save(update_fields=["language_given"])
            services.log_action(
                action="article_language",
                user=request.user,
                article=obj,
                data={"language": obj.language},
            )

    @admin.action(description=_("Process again"), permissions=["change"])
    def reprocess(self, request, queryset):
        for article in queryset:
            services.article_requeue(article=article, user=request.user)
        self.message_user(request, f"Queued {queryset.count()} article(s) again.")


class CitationInline(admin.TabularInline):
    model = Citation
    fields = ["outlet", "url", "article", "language", "evidence"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(StatusEvent)
class StatusEventAdmin(admin.ModelAdmin):
    list_display = [
        "country",
        "status",
        "date_key",
        "source",
        "confirmed_by",
        "confirmed_at",
        "reverted_at",
    ]
    list_filter = ["status", "source", ("reverted_at", admin.EmptyFieldListFilter)]
    search_fields = ["country__name", "country__iso2"]
    readonly_fields = [
        "country",
        "status",
        "date",
        "date_precision",
        "source",
        "note",
        "confirmed_by",
        "confirmed_at",
        "proposal",
        "reverted_at",
        "reverted_by",
    ]
    inlines = [CitationInline]
    actions = ["revert_selected"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_review_permission(self, request):
        return review.can_review(request.user)

    @admin.action(description=_("Revert selected events"), permissions=["review"])
    def revert_selected(self, request, queryset):
        for event in queryset:
            try:
                review.event_revert(event=event, user=request.user)
            except review.ReviewError as error:
                self.message_user(request, str(error), messages.WARNING)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "iso2", "iso3", "founding", "current_status"]
    list_filter = ["current_status", "founding"]
    search_fields = ["name", "iso2", "iso3"]
    readonly_fields = ["iso2", "iso3", "name", "current_status", "current_event"]


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "active", "interval_minutes", "last_polled_at", "last_error"]
    readonly_fields = ["last_polled_at", "last_error"]
    actions = ["poll_now"]

    @admin.action(description=_("Poll now"), permissions=["change"])
    def poll_now(self, request, queryset):
        from accords.tasks import poll_feed

        for feed in queryset:
            poll_feed.delay(feed.pk)
        self.message_user(request, f"Polling {queryset.count()} feed(s).")


@admin.register(ReviewLog)
class ReviewLogAdmin(admin.ModelAdmin):
    list_display = ["at", "user", "what", "country", "article"]
    list_filter = ["action", ("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = [
        "user",
        "country",
        "proposal",
        "event",
        "event__country",
        "article",
        "proposal__country",
    ]

    @admin.display(description=_("what"))
    def what(self, obj):
        from accords.review import describe

        return describe(obj)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
