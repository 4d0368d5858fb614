"""RSS and Atom feeds to a list of entries worth submitting as articles."""

import calendar
import datetime
import io
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser

from .clean import normalize_text, plain_text
from .errors import BlockedURL, FeedError
from .fetch import validate_url
from .sniff import binary_kind

# fetch() already caps a download at a few megabytes; this guards direct callers. Parsing a
# feed this size takes feedparser a few seconds.
MAX_FEED_BYTES = 10 * 1024 * 1024
TITLE_MAX_CHARS = 500
GUID_MAX_CHARS = 2000


@dataclass(frozen=True)
class FeedEntry:
    url: str  # absolute, passed validate_url
    title: str  # plain text
    published: datetime.datetime | None  # aware, UTC
    guid: str  # entry id, or the URL when the feed gives none


def parse_feed(
    body: bytes, *, base_url: str | None = None, max_entries: int = 500
) -> list[FeedEntry]:
    """Parse an RSS or Atom document into at most ``max_entries`` entries.

    Entries without a usable public http(s) link are skipped; a repeated id keeps its first
    entry. A feed that is recognisably a feed but has no entries gives an empty list; bytes
    that are not a feed raise FeedError. Relative links are resolved against xml:base and then
    ``base_url`` (the feed's own URL).
    """
    if not body or not body.strip():
        raise FeedError("The feed is empty.")
    if len(body) > MAX_FEED_BYTES:
        raise FeedError(f"The feed is larger than {MAX_FEED_BYTES:,} bytes.")
    kind = binary_kind(body)
    if kind:
        raise FeedError(f"This is {kind}, not a feed.")
    headers = {"content-location": base_url} if base_url else {}
    # Bytes wrapped in a stream: given a plain string, feedparser would treat a URL or a file
    # path as something to open, so a "feed" reading "/etc/passwd" would read that file.
    parsed = feedparser.parse(
        io.BytesIO(body), response_headers=headers, resolve_relative_uris=True
    )
    if not parsed.entries:
        if parsed.get("version"):
            return []
        raise FeedError(f"This is not an RSS or Atom feed{_reason(parsed.get('bozo_exception'))}.")

    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in parsed.entries:
        if len(entries) >= max_entries:
            break
        entry = _entry(raw, base_url)
        if entry is None or entry.guid in seen:
            continue
        seen.add(entry.guid)
        entries.append(entry)
    if not entries and max_entries > 0:
        raise FeedError("The feed has entries, but none links to a public web page.")
    return entries


def _reason(error: Exception | None) -> str:
    if error is None:
        return ""
    # The XML parser's message reads "<unknown>:2:0: not well-formed (invalid token)".
    reason = str(error)
    if reason.startswith("<unknown>:"):
        reason = "line " + reason.removeprefix("<unknown>:")
    return f" ({reason})"


def _entry(raw, base_url: str | None) -> FeedEntry | None:
    link = raw.get("link") or next(
        (item.get("href") for item in raw.get("links", []) if item.get("href")), None
    )
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        url = validate_url(urljoin(base_url, link.strip()) if base_url else link)
    except (BlockedURL, ValueError):
        return None
    guid = raw.get("id")
    title = raw.get("title")
    return FeedEntry(
        url=url,
        title=_one_line(plain_text(title) if isinstance(title, str) else "", TITLE_MAX_CHARS),
        published=_published(raw),
        guid=_one_line(guid, GUID_MAX_CHARS) if isinstance(guid, str) and guid.strip() else url,
    )


def _one_line(value: str, max_chars: int) -> str:
    return " ".join(normalize_text(value, max_chars=max_chars).split())


def _published(raw) -> datetime.datetime | None:
    # dict.get skips FeedParserDict's key aliases, which warn when "updated" falls back to
    # "published"; we ask for both explicitly.
    parsed = dict.get(raw, "published_parsed") or dict.get(raw, "updated_parsed")
    if not parsed:
        return None
    try:
        # feedparser gives a UTC struct_time; timegm reads it as UTC.
        return datetime.datetime.fromtimestamp(calendar.timegm(parsed), tz=datetime.UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None
