"""The public pages' long lists as HTML, built as strings rather than in template loops.

The template engine takes about 0.25 ms a row (2.5 s for a table of 10,000 events, tens of
milliseconds for a country's history); plain string building takes a tenth of that.  Each
function takes the rows a selector returned (with the reader's names already put in) and
returns safe HTML; every value from the data is escaped.  The markup is the same a
template would write: the badges come from ``display.status_badge``.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from accords.display import FOUNDING, STATUS_LABELS, format_date, status_badge, url_pattern
from accords.models import text_direction


def timeline_rows(events, locale):
    """The table's rows as HTML, built here rather than in a template loop.

    The template engine takes about 0.25 ms a row, 2.5 s for the benchmark's 10,000
    events; plain string building takes a tenth of that.  Every value is escaped.
    """
    badges = {status: status_badge(status) for status in STATUS_LABELS}
    heads = {
        name: escape(str(text))
        for name, text in (("date", _("Date")), ("status", _("Status")), ("sources", _("Sources")))
    }
    article_url = url_pattern("article")
    untitled = escape(str(_("article")))
    out = []
    for event in events:
        links = []
        for source in event["sources"]:
            if source["article_id"]:
                text = source["outlet"] or source["title"] or untitled
                links.append(
                    f'<a href="{article_url.format(source["article_id"])}">{escape(text)}</a>'
                )
            elif source["url"]:
                links.append(
                    f'<a href="{escape(source["url"])}" rel="noopener noreferrer '
                    f'nofollow">{escape(source["outlet"] or source["url"])}</a>'
                )
            elif source["outlet"]:
                links.append(escape(source["outlet"]))
        status = event["status"]
        date = format_date(event["date"], event["precision"], locale)
        out.append(
            f'<tr data-event="{event["id"]}" data-country="{event["iso2"]}" '
            f'data-status="{status}">'
            f'<td data-label="{heads["date"]}"><time datetime="{event["date_key"]}">'
            f"{escape(date)}</time></td>"
            f'<th scope="row"><a href="{event["url"]}#event-{event["id"]}">'
            f"<bdi>{escape(event['name'])}</bdi></a></th>"
            f'<td data-label="{heads["status"]}">{badges[status]}</td>'
            f'<td data-label="{heads["sources"]}"><ul class="source-list">'
            f"{''.join(f'<li><bdi>{link}</bdi></li>' for link in links)}</ul></td></tr>"
        )
    return mark_safe("\n".join(out))


def map_rows(rows):
    """The map table's rows as HTML (see timeline_rows for why not a template loop).

    Each cell carries its column's name (``data-label``): below 600 px the rows are cards.
    """
    badges = {status: status_badge(status) for status in STATUS_LABELS}
    status_label, since_label = escape(_("Status")), escape(_("Since"))
    out = []
    for row in rows:
        status = row["status"]
        badge = badges[status]
        if status == FOUNDING:  # and the step they are at
            badge += f" {badges[row['event_status']]}"
        out.append(
            f'<tr data-country="{row["iso2"]}" data-status="{status}">'
            f'<th scope="row"><a href="{row["url"]}"><bdi>{escape(row["name"])}</bdi></a></th>'
            f'<td data-label="{status_label}">{badge}</td>'
            f'<td data-label="{since_label}"><time datetime="{row["date_key"]}">'
            f"{escape(row['since_text'])}</time></td>"
            "</tr>"
        )
    return mark_safe("\n".join(out))


def group_items(rows, locale):
    """A group's list items as HTML (a template loop costs about 0.25 ms a row: 60 ms for
    250 countries); every value is escaped."""
    badges = {status: status_badge(status) for status in STATUS_LABELS}
    since, in_ = escape(_("since")), escape(_("in"))
    out = []
    for row in rows:
        status = FOUNDING if row["founding"] else row["status"]
        item = (
            f'<li data-country="{row["iso2"]}" data-status="{row["status"]}">'
            f'<a href="{row["url"]}"><bdi>{escape(row["name"])}</bdi></a> '
            f"{badges[status]}"
        )
        if row["since"]:
            word = since if row["precision"] == "day" else in_
            text = escape(format_date(row["since"], row["precision"], locale))
            item += (
                f' <span class="since">{word} <time datetime="{row["date_key"]}">'
                f"{text}</time></span>"
            )
        out.append(item + "</li>")
    return mark_safe("\n".join(out))


def citation_link(citation, article_url):
    """Our copy of the article (and the original beside it), or the outside link."""
    if citation.article_id:
        text = (
            citation.outlet or (citation.article.title if citation.article else "") or _("article")
        )
        link = f'<a href="{article_url.format(citation.article_id)}">{escape(text)}</a>'
        if citation.url:
            link += (
                f' (<a href="{escape(citation.url)}" rel="noopener noreferrer nofollow">'
                f"{escape(_('original'))}</a>)"
            )
        return link
    return (
        f'<a href="{escape(citation.url)}" rel="noopener noreferrer nofollow">'
        f"{escape(citation.outlet or citation.url)}</a>"
    )


def _provenance(event):
    """How we know a step: the reference history, or the parser and an editor."""
    if event.source == "reference":
        return escape(
            _(
                "from the reference history, the steps of the accords taken from "
                "primary documents, news agencies and major newspapers."
            )
        )
    values = {"date": escape(event.confirmed_date)}
    if event.article_count:
        values.update(n=event.article_count, k=event.language_count)
        return (
            ngettext(
                "proposed by the parser from %(n)s article in %(k)s language(s), confirmed by an "
                "editor on %(date)s.",
                "proposed by the parser from %(n)s articles in %(k)s language(s), confirmed by an "
                "editor on %(date)s.",
                event.article_count,
            )
            % values
        )
    return _("confirmed by an editor on %(date)s.") % values


def history_items(events, locale):
    """A country's steps, each with where it came from and its sources (quoted in their
    own language and direction), as the items of the history's list.

    events: selectors.country_history() with ``article_count``, ``language_count``,
    ``confirmed_date`` on each event and ``language_name`` on each citation."""
    article_url = url_pattern("article")
    how, sources, in_ = escape(_("How we know:")), escape(_("Sources")), escape(_("in"))
    language_code = escape(get_language() or "")
    out = []
    for event in events:
        when = f"{in_} " if event.date_precision != "day" else ""
        date = escape(format_date(event.date, event.date_precision, locale))
        note = escape(event.note)
        items = []
        for citation in event.citations.all():
            head = f"<bdi>{citation_link(citation, article_url)}</bdi>"
            article = citation.article if citation.article_id else None
            if article is not None and article.published:
                published = format_date(
                    article.published, article.published_precision or "day", locale
                )
                head += (
                    f' · <time datetime="{article.published.isoformat()}">'
                    f"{escape(published)}</time>"
                )
            if citation.language:
                head += (
                    f' · <span class="lang" lang="{language_code}">'
                    f"{escape(citation.language_name)}</span>"
                )
            item = f'<li class="citation">\n<p class="citation-head">{head}</p>\n'
            if citation.evidence and citation.evidence != event.note:
                direction = "rtl" if text_direction(citation.language) == "rtl" else "auto"
                item += (
                    f'<blockquote class="evidence" lang="{escape(citation.language or "und")}"'
                    f' dir="{direction}">{escape(citation.evidence)}</blockquote>\n'
                )
            items.append(item + "</li>")
        out.append(
            f'<li class="event" id="event-{event.pk}" data-status="{escape(event.status)}">\n'
            f'<h3>{status_badge(event.status)} <span class="step-date">{when}'
            f'<time datetime="{event.date_key}">{date}</time></span></h3>\n'
            + (f'<p class="note" dir="auto">{note}</p>\n' if event.note else "")
            + f'<p class="provenance" data-source="{escape(event.source)}">{how} '
            f"{_provenance(event)}</p>\n"
            f'<h4 class="visually-hidden">{sources}</h4>\n'
            f'<ul class="citations">\n{"".join(items)}\n</ul>\n</li>'
        )
    return mark_safe("\n".join(out))
