"""The Atom feed of confirmed changes: one entry per live StatusEvent, newest first."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accords import charts, selectors
from accords.display import country_name


class ConfirmedChangesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Abraham Accords tracker: confirmed changes")
    subtitle = _("Every status change an editor confirmed, with its sources.")

    def link(self):
        return reverse("home")

    def items(self):
        return selectors.feed_events(limit=50)

    def item_title(self, item):
        name = country_name(item.country.iso2, get_language() or "en", item.country.name)
        date = charts.format_date(item.date, item.date_precision, get_language() or "en")
        return f"{name}: {charts.STATUS_LABELS[item.status]} ({date})"

    def item_description(self, item):
        # Plain text: the feed reader escapes it; no HTML from the data reaches it raw.
        lines = [item.note] if item.note else []
        for citation in item.citations.all():
            lines.append(" — ".join(p for p in (citation.outlet, citation.url) if p))
        return "\n".join(lines)

    def item_link(self, item):
        return reverse("country", args=[item.country.iso2]) + f"#event-{item.pk}"

    def item_pubdate(self, item):
        return item.confirmed_at

    def item_updateddate(self, item):
        return item.confirmed_at

    def item_categories(self, item):
        return [item.status]
