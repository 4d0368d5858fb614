"""The public pages' long lists as HTML, built as strings rather than in template loops.

The template engine takes about 0.25 ms a row (2.5 s for a table of 10,000 events, tens of
milliseconds for a country's history); plain string building takes a tenth of that.  Each
function takes the rows a selector returned (with the reader's names already put in) and
returns safe HTML; every value from the data is escaped.  The markup is the same a
template would write: the badges come from ``display.status_badge``.
"""

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from accords.display import (
    FOUNDING,
    escape,
    format_date,
    status_badge,
    status_badges,
    url_pattern,
)
from accords.models import text_direction


def timeline_rows(events, locale):
    """The table's rows as HTML, built here rather than in a template loop.

    The template engine takes about 0.25 ms a row, 2.5 s for the benchmark's 10,000
    events; plain string building takes a tenth of that.  Every value is escaped.
    """
    badges = status_badges()
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
    badges = status_badges()
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
    badges = status_badges()
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


def source_link(source, article_url):
    """Our copy of the article (and the original beside it), or the outside link.

    source: a row of selectors' sources (``article_id``, ``url``, ``outlet``, ``title``)."""
    if source["article_id"]:
        text = source["outlet"] or source["title"] or _("article")
        link = f'<a href="{article_url.format(source["article_id"])}">{escape(text)}</a>'
        if source["url"]:
            link += (
                f' (<a href="{escape(source["url"])}" rel="noopener noreferrer nofollow">'
                f"{escape(_('original'))}</a>)"
            )
        return link
    return (
        f'<a href="{escape(source["url"])}" rel="noopener noreferrer nofollow">'
        f"{escape(source['outlet'] or source['url'])}</a>"
    )


def _provenance(event):
    """How we know a step: the reference history, or the parser and an editor."""
    if event["source"] == "reference":
        return escape(
            _(
                "from the reference history, the steps of the accords taken from "
                "primary documents, news agencies and major newspapers."
            )
        )
    values = {"date": escape(event["confirmed_date"])}
    if event["article_count"]:
        values.update(n=event["article_count"], k=event["language_count"])
        return (
            ngettext(
                "proposed by the parser from %(n)s article in %(k)s language(s), confirmed by an "
                "editor on %(date)s.",
                "proposed by the parser from %(n)s articles in %(k)s language(s), confirmed by an "
                "editor on %(date)s.",
                event["article_count"],
            )
            % values
        )
    return _("confirmed by an editor on %(date)s.") % values


def history_items(events, locale):
    """A country's steps, each with where it came from and its sources (quoted in their
    own language and direction), as the items of the history's list.

    events: selectors.country_history() rows with ``article_count``, ``language_count``,
    ``confirmed_date`` on each and ``language_name`` on each source."""
    article_url = url_pattern("article")
    how, sources, in_ = escape(_("How we know:")), escape(_("Sources")), escape(_("in"))
    language_code = escape(get_language() or "")
    badges = {}
    out = []
    for event in events:
        precision = event["date_precision"]
        when = f"{in_} " if precision != "day" else ""
        date = escape(format_date(event["date"], precision, locale))
        note = event["note"]
        items = []
        for source in event["sources"]:
            head = f"<bdi>{source_link(source, article_url)}</bdi>"
            published = source["published"] if source["article_id"] else None
            if published:
                text = format_date(published, source["published_precision"] or "day", locale)
                head += f' · <time datetime="{published.isoformat()}">{escape(text)}</time>'
            language = source["language"]
            if language:
                head += (
                    f' · <span class="lang" lang="{language_code}">'
                    f"{escape(source['language_name'])}</span>"
                )
            item = f'<li class="citation">\n<p class="citation-head">{head}</p>\n'
            evidence = source["evidence"]
            if evidence and evidence != note:
                direction = "rtl" if text_direction(language) == "rtl" else "auto"
                item += (
                    f'<blockquote class="evidence" lang="{escape(language or "und")}"'
                    f' dir="{direction}">{escape(evidence)}</blockquote>\n'
                )
            items.append(item + "</li>")
        status = event["status"]
        if status not in badges:
            badges[status] = status_badge(status)
        out.append(
            f'<li class="event" id="event-{event["id"]}" data-status="{escape(status)}">\n'
            f'<h3>{badges[status]} <span class="step-date">{when}'
            f'<time datetime="{event["date_key"]}">{date}</time></span></h3>\n'
            + (f'<p class="note" dir="auto">{escape(note)}</p>\n' if note else "")
            + f'<p class="provenance" data-source="{escape(event["source"])}">{how} '
            f"{_provenance(event)}</p>\n"
            f'<h4 class="visually-hidden">{sources}</h4>\n'
            f'<ul class="citations">\n{"".join(items)}\n</ul>\n</li>'
        )
    return mark_safe("\n".join(out))


def latest_items(events, locale):
    """The home page's latest steps as the items of their list: the country, the status
    and the date, then every source, those added after the step was confirmed marked as
    new sources.

    events: selectors.latest_events_with_sources() rows, each source with ``is_new_source``
    (views)."""
    article_url, country_url = url_pattern("article"), url_pattern("country")
    sources_label = escape(_("Sources"))
    new_source = f"{escape(_('new source'))}, {escape(_('added'))}"
    out = []
    for event in events:
        date = escape(format_date(event["date"], event["date_precision"], locale))
        item = (
            f'<li data-event="{event["id"]}">\n'
            f'<p class="latest-head"><a href="{country_url.format(event["iso2"])}'
            f'#event-{event["id"]}"><bdi>{escape(event["name"])}</bdi></a>\n'
            f"{status_badge(event['status'])}\n"
            f'<time datetime="{event["date_key"]}">{date}</time></p>\n'
        )
        if event["sources"]:
            links = []
            for source in event["sources"]:
                link = source_link(source, article_url)
                if source["is_new_source"]:
                    added = timezone.localtime(source["created_at"])
                    link += (
                        f' <span class="new-source">{new_source} <time datetime='
                        f'"{added.date().isoformat()}">'
                        f"{escape(format_date(added, 'day', locale))}</time></span>"
                    )
                links.append(f"<li>{link}</li>\n")
            item += f'<ul class="sources" aria-label="{sources_label}">\n{"".join(links)}</ul>\n'
        out.append(item + "</li>")
    return mark_safe("\n".join(out))
