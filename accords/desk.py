"""The editors' desk: admin views over review items, articles and their history.

Thin views: accords.review reads and writes, templates under admin/accords/desk/
show.  Each view answers htmx with a fragment (the row, the claim, the article
body) and a plain request with a full page or a redirect, so every button also
works without JavaScript.  Only editors (review.can_review) get anything:
anonymous visitors are sent to the login, other staff get 403.
"""

import copy
import functools

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect

from accords import review, selectors
from accords.extraction.statuses import STATUSES
from accords.forms import ConfirmForm, ItemForm, ProposalForm
from accords.models import Article, Citation, Country, ProposedChange, StatusEvent

Review = ProposedChange.Review
PROGRESS_STEPS = ["queued", "fetched", "cleaned", "extracted"]


def _editors_only(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not review.can_review(request.user):
            return TemplateResponse(request, "admin/accords/desk/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


def urls(site):
    def view(function):
        # admin_view sends anonymous visitors to the login and sets no-cache and CSRF.
        return site.admin_view(_editors_only(function))

    return [
        path("desk/", view(queue), name="accords_desk"),
        path("desk/decide/", view(queue_decide), name="accords_desk_decide"),
        path("desk/item/<str:key>/", view(item), name="accords_desk_item"),
        path("desk/item/<str:key>/confirm/", view(item_confirm), name="accords_desk_item_confirm"),
        path("desk/item/<str:key>/reject/", view(item_reject), name="accords_desk_item_reject"),
        path("desk/item/<str:key>/edit/", view(item_edit), name="accords_desk_item_edit"),
        path(
            "desk/proposal/<int:pk>/confirm/",
            view(proposal_confirm),
            name="accords_desk_proposal_confirm",
        ),
        path(
            "desk/proposal/<int:pk>/reject/",
            view(proposal_reject),
            name="accords_desk_proposal_reject",
        ),
        path(
            "desk/proposal/<int:pk>/edit/", view(proposal_edit), name="accords_desk_proposal_edit"
        ),
        path(
            "desk/proposal/<int:pk>/apart/",
            view(proposal_apart),
            name="accords_desk_proposal_apart",
        ),
        path("desk/event/<int:pk>/undo/", view(event_undo), name="accords_desk_event_undo"),
        path("desk/reopen/", view(proposals_reopen), name="accords_desk_reopen"),
        path(
            "desk/citation/<int:pk>/remove/",
            view(citation_remove),
            name="accords_desk_citation_remove",
        ),
        path("desk/country/<str:iso2>/", view(country_log), name="accords_desk_country"),
    ]


def article_urls(site):
    def view(function):
        return site.admin_view(_editors_only(function))

    return [
        path("<int:pk>/desk/", view(article), name="accords_desk_article"),
        path("<int:pk>/progress/", view(article_progress), name="accords_desk_article_progress"),
    ]


def _context(request, **extra):
    from django.contrib import admin

    return {**admin.site.each_context(request), "opts": ProposedChange._meta, **extra}


def _no_claim():
    raise Http404("No such claim.")


def _key(value):
    try:
        key = review.ItemKey.parse(value)
    except ValueError:
        raise Http404("No such review item.") from None
    if key.status not in STATUSES:
        raise Http404("No such review item.")
    return key


# --- the queue ----------------------------------------------------------------------


@require_GET
def queue(request):
    filters = review.Filters.from_query(request.GET)
    items, page = review.queue(filters=filters, page=request.GET.get("page") or 1)
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "admin/accords/desk/queue.html",
        _context(
            request,
            title="Review queue",
            items=items,
            page=page,
            filters=filters,
            choices=review.filter_choices(),
            statuses=STATUSES,
            states=[*Review.values, "all"],
            query=query.urlencode(),
        ),
    )


@require_POST
def queue_decide(request):
    """Confirm or reject the ticked items of the queue in one go."""
    keys = [_key(value) for value in request.POST.getlist("item")]
    decide = request.POST.get("decision")
    done = items = 0
    for key in keys:
        try:
            if decide == "confirm":
                done += review.item_confirm(key=key, user=request.user)[1]
            elif decide == "reject":
                done += review.item_reject(key=key, user=request.user)
            items += 1
        except review.ReviewError as error:  # e.g. an item whose date needs a choice
            messages.warning(request, f"{key}: {error}")
    verb = "Confirmed" if decide == "confirm" else "Rejected"
    messages.success(request, f"{verb} {items} item(s), {done} proposal(s).")
    return redirect(reverse("admin:accords_desk") + "?" + request.POST.get("query", ""))


# --- one item -------------------------------------------------------------------------


@require_GET
def item(request, key):
    key = _key(key)
    page = selectors.desk_item(key)
    if page is None:
        raise Http404("No proposal makes this claim.")
    proposals = page["proposals"]
    form = ItemForm(
        initial={"status": key.status, "when": proposals[0].date_key if proposals else ""}
    )
    return TemplateResponse(
        request,
        "admin/accords/desk/item.html",
        _context(
            request,
            title=f"{page['country'].name}: {key.status} ({key.period})",
            key=key,
            form=form,
            filters=review.Filters(),
            **page,
        ),
    )


def _chosen_date(request):
    """The date an editor chose in a Confirm form: (date, precision), or (None, "")."""
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        raise review.ReviewError(" ".join(e for errors in form.errors.values() for e in errors))
    return form.cleaned_data["date"], form.cleaned_data["precision"]


def _decided_row(request, key, *, verb, event=None, ids=(), error=None, plan=None):
    if request.htmx:
        if error:  # the item as it is, with the reason and (for a date) the choice to make
            found, _ = review.item_detail(key)
            if found is not None:
                return TemplateResponse(
                    request,
                    "admin/accords/desk/_item.html",
                    {
                        "item": found,
                        "error": error,
                        "selectable": True,
                        "filters": review.Filters(),
                        "request": request,
                    },
                )
        country = Country.objects.get(iso2=key.iso2)
        return TemplateResponse(
            request,
            "admin/accords/desk/_decided.html",
            {
                "key": key,
                "verb": verb,
                "event": event,
                "count": len(ids),
                "ids": ids,
                "error": error,
                "country": country,
                "pending": review.pending_items_count(),
            },
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(request, f"{verb} {key}: {len(ids)} proposal(s).")
    return redirect("admin:accords_desk")


@require_POST
def item_confirm(request, key):
    key = _key(key)
    ids = list(review.item_proposals(key).values_list("pk", flat=True))
    try:
        date, precision = _chosen_date(request)
        event, _ = review.item_confirm(
            key=key, user=request.user, date=date, date_precision=precision
        )
    except review.ReviewError as error:
        return _decided_row(request, key, verb="Not confirmed", error=str(error))
    return _decided_row(request, key, verb="Confirmed", event=event, ids=ids)


@require_POST
def item_reject(request, key):
    key = _key(key)
    ids = list(review.item_proposals(key).values_list("pk", flat=True))
    try:
        review.item_reject(key=key, user=request.user)
    except review.ReviewError as error:
        return _decided_row(request, key, verb="Not rejected", error=str(error))
    return _decided_row(request, key, verb="Rejected", ids=ids)


@require_POST
def proposals_reopen(request):
    """Undo a decision where it was made: the proposals go back to the queue."""
    ids = [int(pk) for pk in request.POST.getlist("proposal") if pk.isdigit()]
    key = request.POST.get("key", "")
    try:
        review.proposals_reopen(ids=ids, user=request.user, item=key)
    except review.ReviewError as error:
        messages.error(request, str(error))
        failed = str(error)
    else:
        failed = None
    if request.htmx and key:
        key = _key(key)
        found, _ = review.item_detail(key)
        if found is not None and not failed:
            return TemplateResponse(
                request,
                "admin/accords/desk/_item.html",
                {
                    "item": found,
                    "selectable": True,
                    "filters": review.Filters(),
                    "reopened": True,
                    "request": request,
                    "oob": True,
                    "pending": review.pending_items_count(),
                    "country": Country.objects.get(iso2=key.iso2),
                },
            )
    if request.htmx and len(ids) == 1:
        return _claim(request, selectors.desk_claim(pk=ids[0]), error=failed)
    if not failed:
        messages.success(request, "Undone: back in the queue.")
    return _back(request, reverse("admin:accords_desk"))


def _back(request, default):
    """Redirect to the form's ``next`` page, or to ``default`` when it is missing or off the
    site (never an open redirect)."""
    destination = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        destination, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        destination = default
    return redirect(destination)


@require_POST
def citation_remove(request, pk):
    citation = get_object_or_404(Citation.objects.select_related("event__country"), pk=pk)
    try:
        review.citation_remove(citation=citation, user=request.user)
    except review.ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Removed the source {citation} from {citation.event}.")
    return _back(request, reverse("admin:accords_desk_country", args=[citation.event.country.iso2]))


@require_POST
def item_edit(request, key):
    key = _key(key)
    form = ItemForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("admin:accords_desk_item", str(key))
    date, precision = form.cleaned_data["when"]
    try:
        new = review.item_update(
            key=key,
            user=request.user,
            status=form.cleaned_data["status"],
            date=date,
            date_precision=precision if date else None,
        )
    except review.ReviewError as error:
        messages.error(request, str(error))
        return redirect("admin:accords_desk_item", str(key))
    messages.success(request, f"Edited: now {new}.")
    target = reverse("admin:accords_desk_item", args=[str(new)])
    return HttpResponseClientRedirect(target) if request.htmx else redirect(target)


# --- one proposal (the article view) ---------------------------------------------------


def _claim(request, proposal, *, error=None, form=None):
    """The claim's card; ``proposal`` as selectors.desk_claim() reads it (after a write,
    read again)."""
    template = "admin/accords/desk/_claim_form.html" if form else "admin/accords/desk/_claim.html"
    context = {
        "claim": proposal,
        "error": error,
        "form": form,
        "item_key": review.key_of(proposal),
        "plan": review.plan_for([proposal]),
        "oob": request.htmx and not form,
        "country": proposal.country,
        "pending_sources": review.pending_sources(proposal.article),
    }
    if request.htmx:
        return TemplateResponse(request, template, context)
    if form:  # without htmx, edit on the proposal's own admin page
        return redirect("admin:accords_proposedchange_change", proposal.pk)
    if error:
        messages.error(request, error)
    return redirect("admin:accords_desk_article", proposal.article_id)


@require_POST
def proposal_confirm(request, pk):
    proposal = selectors.desk_claim(pk=pk) or _no_claim()
    try:
        date, precision = _chosen_date(request)
        review.proposals_confirm(ids=[pk], user=request.user, date=date, date_precision=precision)
    except review.ReviewError as error:
        return _claim(request, proposal, error=str(error))
    return _claim(request, selectors.desk_claim(pk=pk))


@require_POST
def proposal_reject(request, pk):
    proposal = selectors.desk_claim(pk=pk) or _no_claim()
    try:
        review.proposals_reject(ids=[pk], user=request.user)
    except review.ReviewError as error:
        return _claim(request, proposal, error=str(error))
    return _claim(request, selectors.desk_claim(pk=pk))


def proposal_edit(request, pk):
    """GET: the claim as a form; POST: save the edit and show the claim again.

    The claim is read once; the form edits a copy of it (a form that does not validate
    must not change the card shown beside it), and it is read again only after a write."""
    proposal = selectors.desk_claim(pk=pk) or _no_claim()
    if request.method not in ("GET", "POST"):
        from django.http import HttpResponseNotAllowed

        return HttpResponseNotAllowed(["GET", "POST"])
    if proposal.review_state != Review.PENDING:
        return _claim(request, proposal, error="Already reviewed; it can no longer be edited.")
    form = ProposalForm(request.POST or None, instance=copy.deepcopy(proposal))
    if request.method == "POST" and "cancel" not in request.POST:
        if form.is_valid():
            date, precision = form.cleaned_data["when"]
            try:
                review.proposal_update(
                    proposal=proposal,
                    user=request.user,
                    country=form.cleaned_data["country"],
                    status=form.cleaned_data["status"],
                    date=date,
                    date_precision=precision,
                )
            except review.ReviewError as error:
                return _claim(request, proposal, error=str(error))
            return _claim(request, selectors.desk_claim(pk=pk))
        return _claim(request, proposal, form=form)
    if request.method == "POST":  # cancelled
        return _claim(request, proposal)
    return _claim(request, proposal, form=form)


@require_POST
def proposal_apart(request, pk):
    """Take a source out of its item (or, with join=1, put it back)."""
    proposal = get_object_or_404(ProposedChange.objects.select_related("article", "country"), pk=pk)
    apart = request.POST.get("join") != "1"
    try:
        review.proposal_keep_apart(proposal=proposal, user=request.user, apart=apart)
    except review.ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            "Kept apart: it is now an item of its own." if apart else "Put back into its item.",
        )
    proposal.kept_apart = apart
    return redirect("admin:accords_desk_item", str(review.key_of(proposal)))


@require_POST
def event_undo(request, pk):
    event = get_object_or_404(StatusEvent.objects.select_related("country"), pk=pk)
    try:
        review.event_undo(event=event, user=request.user)
    except review.ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Reverted {event}; its proposals are back in the queue.")
    return _back(request, reverse("admin:accords_desk"))


@require_GET
def country_log(request, iso2):
    country = get_object_or_404(Country, iso2=iso2.upper())
    events = (
        StatusEvent.objects.filter(country=country)
        .prefetch_related("citations__article")
        .order_by("-date", "-id")
    )
    return TemplateResponse(
        request,
        "admin/accords/desk/country.html",
        _context(
            request,
            title=f"{country.name}: history of review",
            country=country,
            events=events,
            history=review.country_history_log(country),
        ),
    )


# --- one article -------------------------------------------------------------------------


def _article_context(article):
    proposals = list(
        article.proposals.select_related("country", "event").order_by("evidence_start", "id")
    )
    for proposal in proposals:
        proposal.article = article  # key_of needs its dates; no query per claim
    steps = []
    reached = PROGRESS_STEPS.index(article.state) if article.state in PROGRESS_STEPS else -1
    for number, step in enumerate(PROGRESS_STEPS):
        if step == "fetched" and not article.url:
            state = "skipped"
        elif number < reached or (number == reached and step == "extracted"):
            state = "done"
        elif number == reached:
            state = "current"
        else:
            state = "todo"
        steps.append((step, state))
    return {
        "article": article,
        "terminal": article.state in Article.TERMINAL_STATES,
        "steps": steps,
        "claims": [(p, review.key_of(p), review.plan_for([p])) for p in proposals],
        "pending_sources": sum(p.review_state == Review.PENDING for p in proposals),
        "marked": review.mark_claims(article.text, proposals),
    }


@require_GET
def article(request, pk):
    found = get_object_or_404(Article, pk=pk)
    return TemplateResponse(
        request,
        "admin/accords/desk/article.html",
        _context(request, title=str(found)[:120], **_article_context(found)),
    )


@require_GET
def article_progress(request, pk):
    """The article's body: its progress while it is processed, its text and claims after.

    Polled by htmx every second until the article reaches a terminal state;
    the terminal fragment carries no trigger, so the polling stops.
    """
    found = get_object_or_404(Article, pk=pk)
    return TemplateResponse(
        request, "admin/accords/desk/_article_body.html", _article_context(found)
    )
