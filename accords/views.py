"""Public pages.  Thin: a selector reads, a template shows."""

from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from accords import selectors, services
from accords.display import country_name, mark_spans
from accords.models import Country


def _locale():
    return get_language() or "en"


@require_GET
def home(request):
    locale = _locale()
    countries = [
        {"country": c, "name": country_name(c.iso2, locale, c.name), "event": c.current_event}
        for c in selectors.countries_with_status()
    ]
    latest = selectors.latest_events(limit=10)
    return render(request, "accords/home.html", {"countries": countries, "latest": latest})


@require_GET
def country_detail(request, iso2):
    country = get_object_or_404(Country, iso2=iso2.upper())
    context = {
        "country": country,
        "name": country_name(country.iso2, _locale(), country.name),
        "events": selectors.country_history(country=country),
        "pending": selectors.pending_count(country=country)
        if services.can_review(request.user) else None,
    }
    return render(request, "accords/country.html", context)


@require_GET
def article_detail(request, pk):
    article = selectors.public_article(article_id=pk)
    if article is None:
        from django.http import Http404

        raise Http404("No public article with that number.")
    citations = selectors.article_citations(article=article)
    spans = [(c.proposal.evidence_start, c.proposal.evidence_end) for c in citations if c.proposal]
    return render(request, "accords/article.html", {
        "article": article, "citations": citations, "text": mark_spans(article.text, spans),
    })
