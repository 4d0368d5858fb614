"""From fetched bytes or pasted text to one clean, plain-text article.

Nothing here returns HTML: titles, outlets and text are plain text with tags removed, entities
decoded and bidi overrides stripped, so no page can smuggle markup or reorder text on ours.
"""

import codecs
import datetime
import hashlib
import html
import itertools
import re
import sys
import unicodedata
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import nh3
import trafilatura
from charset_normalizer import from_bytes

from .errors import BlockedURL, UnsupportedContent
from .fetch import validate_url
from .sniff import SNIFF_BYTES, binary_kind, is_text_media_type, parse_content_type

TITLE_MAX_CHARS = 300
# Real news pages have a few thousand elements; trafilatura needs ~15 s for 300,000 of them.
MAX_ELEMENTS = 100_000


@dataclass(frozen=True)
class CleanedArticle:
    title: str  # plain text, never HTML
    text: str  # normalized main text, paragraphs separated by "\n\n"
    published: datetime.date | None
    language: str | None  # ISO 639-1 from <html lang> / og:locale, else None
    outlet: str  # site name (og:site_name) or host name; "" when neither is known
    canonical_url: str | None


# --- Encodings ----------------------------------------------------------------------------------

_BOM_CODECS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What browsers really use for these labels (the WHATWG Encoding standard): a page labelled
# latin-1 is decoded as windows-1252, GB2312 as GB18030, and so on.
_SUPERSETS = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}
# Labels we never follow. Python codecs that are not web encodings (some turn "+ADw-" or
# "\x3c" into "<"); and UTF-16/32, because text in them without a BOM (handled first) would be
# full of NUL bytes and refused as binary: on anything else such a label is simply wrong.
_REFUSED_CODECS = {
    "utf-7",
    "idna",
    "punycode",
    "unicode-escape",
    "raw-unicode-escape",
    "undefined",
    "mbcs",
    "oem",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
}
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_.:-]+)""", re.IGNORECASE
)
# Characters that do not belong in text; many of them after decoding means binary data.
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")


def decode_body(body: bytes, charset: str | None = None, content_type: str = "") -> str:
    """Decode fetched bytes to text.

    Order: a byte-order mark; valid UTF-8 (a page that decodes as UTF-8 with non-ASCII in it is
    UTF-8, whatever a header says: servers often label UTF-8 pages latin-1); the header
    charset; <meta charset> or the XML declaration; then charset-normalizer's guess.
    Binary payloads raise UnsupportedContent.
    """
    media_type, header_charset = parse_content_type(content_type)
    if not is_text_media_type(media_type):
        raise UnsupportedContent(f"The content is {media_type}, not text.")
    if not body:
        return ""
    kind = binary_kind(body)
    if kind:
        raise UnsupportedContent(f"The content is {kind}, not text.")
    text = _decode(body, charset or header_charset)
    sample = text[:SNIFF_BYTES]
    if len(_BINARY_CHARS.findall(sample)) > 0.05 * len(sample):
        raise UnsupportedContent("The content looks like binary data, not text.")
    return text


def _decode(body: bytes, declared: str | None) -> str:
    for bom, codec in _BOM_CODECS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    if not body.isascii():
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    head = body[:SNIFF_BYTES]
    in_document = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    for label in (declared, in_document and in_document.group(1).decode("ascii")):
        for codec in _codecs_for(label):
            try:
                return body.decode(codec)
            except UnicodeDecodeError:
                continue
            except LookupError:
                break  # not a text encoding at all ("base64", "rot13")
    if body.isascii():
        return body.decode("ascii")
    best = from_bytes(body).best()
    if best is None:
        raise UnsupportedContent("The text encoding of the content could not be determined.")
    return str(best)


def _codecs_for(label: str | None) -> list[str]:
    if not label:
        return []
    try:
        name = codecs.lookup(label.strip()).name
    except (LookupError, ValueError):
        return []  # an unknown label is ignored, as browsers do
    if name in _REFUSED_CODECS:
        return []
    superset = _SUPERSETS.get(name)
    # The superset can fail where the original would not (cp1252 leaves five bytes undefined).
    return [superset, name] if superset else [name]


# --- Plain text ---------------------------------------------------------------------------------

# Line breaks of every kind, turned into "\n" before lines are split.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Removed outright: C0/C1 controls except tab and newline; bidi embeddings, overrides and
# isolates (U+202A-U+202E, U+2066-U+2069), which can make text read differently from what it
# says; the BOM used as a zero-width space; lone surrogates, which cannot be stored.
_UNWANTED_CHARS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
# Elements whose content is code or embedded documents, never article text.
_DROPPED_ELEMENTS = {
    "script", "style", "iframe", "noscript", "template", "object", "embed", "textarea", "xmp",
    "noembed", "noframes", "svg", "math",
}  # fmt: skip
_TAG_LIKE = re.compile(r"<[a-zA-Z/!?]")
_BLOCK_BOUNDARY = re.compile(
    r"<br\s*/?>|</?(p|div|h[1-6]|li|ul|ol|blockquote|pre|tr|table|article|section|header|footer)(\s[^>]*)?>",
    re.IGNORECASE,
)


def normalize_text(text: str, *, max_chars: int = 1_000_000) -> str:
    """Clean text into paragraphs separated by "\n\n".

    - Unicode NFC; controls (but newlines), bidi overrides/embeddings/isolates and stray BOMs
      removed; right-to-left text itself is left alone.
    - Whitespace runs inside a line become one space; every non-empty line is a paragraph.
    - A paragraph whose casefolded form appeared earlier is dropped: scraped articles often
      repeat paragraphs (the seed repeats every one).
    - Text longer than ``max_chars`` is cut at a paragraph boundary (a first paragraph that is
      too long on its own, at a word). Length never raises.
    """
    text = _UNWANTED_CHARS.sub("", _LINE_BREAKS.sub("\n", text))
    text = unicodedata.normalize("NFC", text)
    paragraphs: list[str] = []
    seen: set[str] = set()
    size = 0
    for line in text.split("\n"):
        paragraph = " ".join(line.split())
        key = paragraph.casefold()
        if not paragraph or key in seen:
            continue
        seen.add(key)
        added = len(paragraph) + (2 if paragraphs else 0)
        if size + added > max_chars:
            if not paragraphs:
                paragraphs.append(_shorten(paragraph, max_chars))
            break
        paragraphs.append(paragraph)
        size += added
    return "\n\n".join(p for p in paragraphs if p)


# Invisible characters that change no word: zero-width space/joiners, word joiner, soft hyphen,
# Mongolian vowel separator, invisible operators.  Dropped from the hash key only.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
# Cyrillic and Greek letters drawn like Latin ones.  In a word that also has Latin letters they
# are a disguise ("Аccords" with a Cyrillic А), so the hash key reads them as Latin; words
# wholly in another script are left alone (Russian and Kazakh articles hash as before).
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁԛԝӏАВЕКМНОРСТХУІЈЅαοτνικρεΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwlABEKMHOPCTXYIJSaotvikpeABEZHIKMNOPTYX",
)
_WORD = re.compile(r"\w+")
_LATIN = re.compile("[A-Za-z]")


def _unmasked(word: re.Match) -> str:
    word = word.group(0)
    return word.translate(_LOOKALIKES) if _LATIN.search(word) else word


def content_hash(text: str) -> str:
    """sha256 of the normalized text, casefolded, with all whitespace collapsed.

    The same article pasted twice with different spacing, line breaks, case or repeated
    paragraphs hashes the same; so does one with invisible characters (zero-width, soft
    hyphens) slipped in, or Latin letters swapped for look-alike Cyrillic or Greek ones.
    Hash the stored (cleaned) text so truncation agrees.
    """
    key = _INVISIBLE.sub("", normalize_text(text, max_chars=sys.maxsize))
    key = _WORD.sub(_unmasked, unicodedata.normalize("NFKC", key))
    key = " ".join(key.casefold().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def plain_text(value: str) -> str:
    """Markup-free text: tags removed (script and style with their content), entities decoded.

    Entities are decoded and the result stripped again until nothing changes, so escaped markup
    ("&amp;lt;script&amp;gt;") cannot come back as a tag after decoding. As in HTML, "<"
    followed by a letter starts a tag; "a < b" is kept.
    """
    value = _UNWANTED_CHARS.sub("", value)
    for _ in range(8):
        if "<" not in value and "&" not in value:
            break
        # Block boundaries become line breaks, so "<p>one</p><p>two</p>" keeps two paragraphs.
        stripped = _BLOCK_BOUNDARY.sub("\n", value)
        stripped = nh3.clean(stripped, tags=set(), clean_content_tags=_DROPPED_ELEMENTS)
        stripped = html.unescape(stripped)
        stripped = _UNWANTED_CHARS.sub("", stripped)  # entities can encode controls too
        if stripped == value:
            break
        value = stripped
    # Whatever survived eight rounds is deliberately obfuscated; break any tag left in it.
    return _TAG_LIKE.sub(lambda match: match.group(0).replace("<", ""), value)


def _one_line(value: str, limit: int) -> str:
    return _shorten(" ".join(normalize_text(plain_text(value)).split()), limit)


def _title_from(first_paragraph: str) -> str:
    """Pasted text often runs the headline into the lead ("Headline. The lead..."): a long
    first paragraph gives its first sentence as the title."""
    if len(first_paragraph) > 160:
        end = _SENTENCE_END.search(first_paragraph, 20, TITLE_MAX_CHARS)
        if end:
            return first_paragraph[: end.start() + 1]
    return _shorten(first_paragraph, TITLE_MAX_CHARS)


_SENTENCE_END = re.compile(r"[.!?؟。](?=\s)")


def _shorten(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    cut = value[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip()


# --- Articles -----------------------------------------------------------------------------------

_LOOKS_LIKE_HTML = re.compile(
    r"\A\s*<(!doctype\s+html|html|head|body|article|main|section|div|p|meta|title|table|h[1-6])[\s>/]",
    re.IGNORECASE,
)
_LEGACY_LANGUAGE_CODES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv"}


def html_to_article(
    html: str, url: str | None = None, *, max_chars: int = 1_000_000
) -> CleanedArticle:
    """Extract the main text and metadata of a page with trafilatura."""
    # lxml refuses NUL and most C0 controls, and cannot encode lone surrogates.
    html = _UNWANTED_CHARS.sub("", html)
    if not html.strip():
        raise UnsupportedContent("no article text found: the page is empty.")
    try:
        # trafilatura refuses a bare fragment ("<p>...</p>") as dubious; a document around it
        # is what a browser would build too.
        tree = trafilatura.load_html(html)
        if tree is None:
            tree = trafilatura.load_html(f"<html><body>{html}</body></html>")
        if tree is None:
            raise UnsupportedContent("no article text found: the page could not be read as HTML.")
        if any(True for _ in itertools.islice(tree.iter(), MAX_ELEMENTS, None)):
            raise UnsupportedContent(
                f"no article text found: the page has more than {MAX_ELEMENTS:,} elements."
            )
        language = _page_language(tree)
        canonical = _canonical_url(tree, url)
        _drop_code(tree)
        document = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except UnsupportedContent:
        raise
    except Exception:
        # trafilatura and lxml raise many kinds of error on hostile markup (deep nesting,
        # odd declarations); for us they all mean the same thing.
        raise UnsupportedContent("no article text found: the page could not be parsed.") from None
    text = normalize_text(plain_text(document.text or "") if document else "", max_chars=max_chars)
    if not text:
        raise UnsupportedContent("no article text found in the page.")
    title = _one_line(document.title or "", TITLE_MAX_CHARS) or _shorten(
        text.split("\n\n", 1)[0], TITLE_MAX_CHARS
    )
    return CleanedArticle(
        title=title,
        text=text,
        published=_date(document.date),
        language=language,
        outlet=_one_line(document.sitename or "", 200) or _host_name(url),
        canonical_url=canonical,
    )


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document or fragment."""
    return bool(_LOOKS_LIKE_HTML.match(_UNWANTED_CHARS.sub("", text)))


def text_to_article(text: str, *, max_chars: int = 1_000_000) -> CleanedArticle:
    """An article from pasted text: the first line is the title. HTML goes to html_to_article."""
    # Controls first: "<\x1bscript>" must not turn into a tag after the tag check.
    text = _UNWANTED_CHARS.sub("", text)
    if _LOOKS_LIKE_HTML.match(text):
        try:
            return html_to_article(text, max_chars=max_chars)
        except UnsupportedContent:
            pass  # too little markup for trafilatura: keep the text between the tags
    if _TAG_LIKE.search(text):
        text = plain_text(text)
    body = normalize_text(text, max_chars=max_chars)
    if not body:
        raise UnsupportedContent("no article text found: the text is empty.")
    return CleanedArticle(
        title=_title_from(body.split("\n\n", 1)[0]),
        text=body,
        published=None,
        language=None,
        outlet="",
        canonical_url=None,
    )


def _drop_code(tree) -> None:
    """Remove scripts, styles and templates wherever the parser put them.

    trafilatura cleans the main text itself, but reads metadata from the raw tree, where a
    <script> inside <title> would otherwise become the title. JSON-LD stays: it is metadata.
    Other elements are left to trafilatura: an unclosed <svg> can hold the whole article in
    lxml's tree, and its fallback extractors still find the text there.
    """
    for element in list(tree.iter("script", "style", "template")):
        is_json_ld = (
            element.tag == "script"
            and (element.get("type") or "").strip().lower() == "application/ld+json"
        )
        if not is_json_ld and element.getparent() is not None:
            element.drop_tree()


def _page_language(tree) -> str | None:
    root = tree.getroottree().getroot()
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:locale":
            candidates.append(meta.get("content"))
    for candidate in candidates:
        code = re.split(r"[-_]", (candidate or "").strip(), maxsplit=1)[0].lower()
        if re.fullmatch(r"[a-z]{2}", code):
            return _LEGACY_LANGUAGE_CODES.get(code, code)
    return None


def _canonical_url(tree, url: str | None) -> str | None:
    candidates = [
        link.get("href")
        for link in tree.iter("link")
        if "canonical" in (link.get("rel") or "").lower().split()
    ]
    candidates += [
        meta.get("content")
        for meta in tree.iter("meta")
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url"
    ]
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return validate_url(urljoin(url, candidate.strip()) if url else candidate)
        except (BlockedURL, ValueError):
            continue  # a relative link without a page URL, or not a public http(s) link
    return None


def _date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _host_name(url: str | None) -> str:
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return ""
    return (host or "").removeprefix("www.")
