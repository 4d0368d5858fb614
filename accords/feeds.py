"""The Atom feed of confirmed changes: one entry per live StatusEvent, newest first."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accords import selectors
from accords.display import STATUS_LABELS, country_name, format_date


class ConfirmedChangesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Abraham Accords tracker: confirmed changes")
    subtitle = _("Every status change an editor confirmed, with its sources.")

    def link(self):
        return reverse("home")

    def get_object(self, request, *args, **kwargs):
        return request.build_absolute_uri("/").rstrip("/")  # the site, for links in summaries

    def items(self, site):
        events = selectors.feed_events(limit=50)
        for event in events:
            event.site = site
        return events

    def item_title(self, item):
        name = country_name(item.country.iso2, get_language() or "en", item.country.name)
        date = format_date(item.date, item.date_precision, get_language() or "en")
        return f"{name}: {STATUS_LABELS[item.status]} ({date})"

    def item_description(self, item):
        """The entry's summary: the note, then each source's outlet, publication date, quoted
        sentence and original link.  Plain text: the feed reader escapes it; no HTML from the
        data reaches it raw."""
        locale = get_language() or "en"
        lines = [item.note] if item.note else []
        for citation in item.citations.all():
            article = citation.article
            outlet = (
                citation.outlet
                or (article.outlet if article else "")
                or (article.title if article else "")
            )
            published = (
                format_date(article.published, article.published_precision or "day", locale)
                if article and article.published
                else ""
            )
            link = citation.url or (
                item.site + reverse("article", args=[article.pk]) if article else ""
            )
            head = ", ".join(part for part in (outlet, published) if part)
            quote = (
                f"“{citation.evidence}”"
                if citation.evidence and citation.evidence != item.note
                else ""
            )
            lines.append(
                " ".join(part for part in (f"{head}:" if head else "", quote, link) if part)
            )
        return "\n".join(lines) or str(_("Confirmed by an editor."))

    def item_link(self, item):
        return reverse("country", args=[item.country.iso2]) + f"#event-{item.pk}"

    def item_pubdate(self, item):
        return item.confirmed_at

    def item_updateddate(self, item):
        return item.confirmed_at

    def item_categories(self, item):
        return [item.status]
