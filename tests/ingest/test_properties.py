"""Generated hostile input: whatever comes in, only IngestError subclasses may come out."""

import ipaddress
import re
import socket
import unicodedata
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accords.ingest.clean import (
    content_hash,
    decode_body,
    html_to_article,
    normalize_text,
    plain_text,
    text_to_article,
)
from accords.ingest.errors import BlockedURL, FeedError, IngestError
from accords.ingest.feeds import parse_feed
from accords.ingest.fetch import fetch, is_public_address, validate_url

FAST = settings(max_examples=300, deadline=None)
SLOW = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BIDI_AND_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
TAG_LIKE = re.compile(r"<[a-zA-Z/!?]")

# Pieces of markup an attacker would reach for, mixed freely with arbitrary text.
MARKUP = st.sampled_from(
    [
        "<html>", "</html>", "<head>", "<body>", "<title>", "</title>", "<p>", "</p>", "<div>",
        "</div>", "<article>", "<h1>", "<script>", "</script>", "<style>", "</style>",
        "<img src=x onerror=alert(1)>", "<a href='javascript:alert(1)'>", "</a>", "<iframe>",
        "<svg onload=alert(1)>", "<!--", "-->", "<![CDATA[", "]]>", "&lt;", "&gt;", "&amp;",
        "&#0;", "&#x202e;", "\u202e", "\u2066", "\x00", "\ufeff", "<meta charset='utf-7'>",
        '<html lang="ar">', "<meta property='og:site_name' content='<b>x</b>'>",
        "<link rel=canonical href='http://127.0.0.1/'>", "<?xml version='1.0' encoding='latin-1'?>",
        "<!DOCTYPE html>", "\n", "\n\n", " ",
    ]
)  # fmt: skip
WORDS = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["Kazakhstan akan bergabung dengan Abraham Accords. " * 5, "اتفاقيات أبراهام ", "הסכמי אברהם "]
)
HTMLISH = st.lists(MARKUP | WORDS, max_size=40).map("".join)

LABELS = st.sampled_from(
    [
        None,
        "utf-8",
        "windows-1251",
        "iso-8859-1",
        "utf-16",
        "utf-7",
        "shift_jis",
        "iso-2022-jp",
        "gb2312",
        "nonsense",
        "base64",
        "",
    ]
) | st.text(max_size=12)
CONTENT_TYPES = st.sampled_from(
    [
        "",
        "text/html",
        "text/html; charset=koi8-r",
        "application/xml",
        "text/plain; charset=",
        "application/pdf",
        "image/png",
    ]
)


# --- Bytes in -----------------------------------------------------------------------------------


@FAST
@given(body=st.binary(max_size=4096), charset=LABELS, content_type=CONTENT_TYPES)
def test_decode_body_returns_text_or_an_ingest_error(body, charset, content_type):
    try:
        text = decode_body(body, charset, content_type)
    except IngestError:
        return
    assert isinstance(text, str)
    assert not text.startswith("\ufeff")


@SLOW
@given(body=st.binary(max_size=2048))
def test_arbitrary_bytes_through_the_whole_cleaning_pipeline(body):
    try:
        _check_article(html_to_article(decode_body(body), "https://news.example/a"), 1_000_000)
    except IngestError:
        pass


@SLOW
@given(body=st.binary(max_size=4096), base_url=st.sampled_from([None, "https://feed.example/rss"]))
def test_parse_feed_on_arbitrary_bytes_raises_only_feed_error(body, base_url):
    try:
        _check_entries(parse_feed(body, base_url=base_url), 500)
    except FeedError:
        pass


# --- Markup in ----------------------------------------------------------------------------------


def _check_article(article, max_chars):
    assert len(article.title) <= 300
    assert len(article.text) <= max_chars
    for value in (article.title, article.text, article.outlet):
        assert not BIDI_AND_CONTROLS.search(value.replace("\n", "").replace("\t", ""))
        assert not TAG_LIKE.search(value)
    paragraphs = article.text.split("\n\n")
    assert len({p.casefold() for p in paragraphs}) == len(paragraphs)
    assert article.language is None or re.fullmatch("[a-z]{2}", article.language)
    if article.canonical_url is not None:
        assert validate_url(article.canonical_url) == article.canonical_url


@SLOW
@given(html=HTMLISH, max_chars=st.integers(1, 2000))
def test_html_to_article_never_lets_markup_through(html, max_chars):
    try:
        _check_article(
            html_to_article(html, "https://news.example/a", max_chars=max_chars), max_chars
        )
    except IngestError:
        pass


@SLOW
@given(text=st.text(max_size=2000) | HTMLISH)
def test_text_to_article_never_lets_markup_through(text):
    try:
        _check_article(text_to_article(text), 1_000_000)
    except IngestError:
        pass


def _check_entries(entries, max_entries):
    assert len(entries) <= max_entries
    assert len({e.guid for e in entries}) == len(entries)
    for entry in entries:
        assert validate_url(entry.url) == entry.url
        assert not TAG_LIKE.search(entry.title)
        assert not BIDI_AND_CONTROLS.search(entry.title)
        assert entry.published is None or entry.published.utcoffset().total_seconds() == 0


LINKS = st.sampled_from(
    [
        "https://feed.example/a",
        "/relative",
        "javascript:alert(1)",
        "http://127.0.0.1/",
        "http://0x7f.1/",
        "",
        "https://bücher.example/ä",
    ]
) | st.text(max_size=30)


def _xml_text(value: str) -> str:
    # Keep the XML well formed often enough to reach the entry code: escape what XML requires.
    return value.replace("&", "&amp;").replace("<", "&lt;")


@SLOW
@given(
    items=st.lists(st.tuples(HTMLISH, LINKS, st.text(max_size=20)), max_size=30),
    max_entries=st.integers(1, 10),
    escape=st.booleans(),
)
def test_parse_feed_on_generated_feeds_keeps_only_safe_entries(items, max_entries, escape):
    quote = _xml_text if escape else (lambda value: value)
    body = "".join(
        f"<item><title>{quote(title)}</title><link>{quote(link)}</link><guid>{quote(guid)}</guid></item>"
        for title, link, guid in items
    )
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'
    try:
        entries = parse_feed(
            feed.encode("utf-8", "surrogatepass"),
            base_url="https://feed.example/rss",
            max_entries=max_entries,
        )
    except FeedError:
        return
    _check_entries(entries, max_entries)


# --- URLs ---------------------------------------------------------------------------------------


@FAST
@given(
    url=st.text(max_size=200) | st.from_regex(r"\A(https?|file|javascript):?/{0,3}[^\s]{0,60}\Z")
)
def test_validate_url_returns_a_normalized_public_url_or_refuses(url):
    try:
        normalized = validate_url(url)
    except BlockedURL:
        return
    assert re.match(r"https?://[^/@\s]+/", normalized)
    assert validate_url(normalized) == normalized


def _spell(value: int, base: str) -> str:
    return {"dec": str(value), "hex": hex(value), "oct": "0" + oct(value)[2:] if value else "0"}[
        base
    ]


@FAST
@given(
    address=st.integers(0, 2**32 - 1),
    parts=st.integers(1, 4),
    bases=st.lists(st.sampled_from(["dec", "hex", "oct"]), min_size=4, max_size=4),
    trailing_dot=st.booleans(),
)
def test_every_spelling_of_an_ipv4_address_is_judged_by_its_value(
    address, parts, bases, trailing_dot
):
    octets = address.to_bytes(4, "big")
    numbers = [*octets[: parts - 1], int.from_bytes(octets[parts - 1 :], "big")]
    host = ".".join(_spell(n, base) for n, base in zip(numbers, bases, strict=False)) + (
        "." if trailing_dot else ""
    )
    ip = ipaddress.IPv4Address(address)
    try:
        normalized = validate_url(f"http://{host}/")
    except BlockedURL:
        assert not is_public_address(ip)
        return
    assert is_public_address(ip)
    assert normalized == f"http://{ip}/"


@FAST
@given(ip=st.ip_addresses(v=6))
def test_an_ipv6_literal_is_accepted_only_if_public(ip):
    try:
        validate_url(f"http://[{ip}]/")
    except BlockedURL:
        assert not is_public_address(ip)
        return
    assert is_public_address(ip)


@FAST
@given(ip=st.ip_addresses(v=4))
def test_an_ipv4_mapped_ipv6_literal_is_judged_by_the_ipv4_address(ip):
    accepted = True
    try:
        validate_url(f"http://[::ffff:{ip}]/")
    except BlockedURL:
        accepted = False
    assert accepted == is_public_address(ip)


@settings(max_examples=150, deadline=None)
@given(
    public=st.lists(st.sampled_from(["93.184.216.34", "8.8.8.8", "2606:4700::1111"]), max_size=3),
    private=st.ip_addresses().filter(lambda ip: not is_public_address(ip)),
    position=st.integers(0, 3),
)
def test_a_dns_answer_with_any_private_address_is_refused_before_connecting(
    public, private, position
):
    answer = [*public]
    answer.insert(min(position, len(answer)), str(private))
    with mock.patch.object(
        socket, "create_connection", side_effect=AssertionError("connected")
    ) as connect:
        try:
            fetch("https://generated.example/", resolver=lambda host: answer)
        except BlockedURL:
            pass
        else:
            raise AssertionError("fetch accepted a private address")
    connect.assert_not_called()


# --- Text in ------------------------------------------------------------------------------------


@FAST
@given(text=st.text(max_size=500) | HTMLISH, max_chars=st.integers(0, 600))
def test_normalize_text_is_bounded_clean_and_idempotent(text, max_chars):
    out = normalize_text(text, max_chars=max_chars)
    assert len(out) <= max_chars
    assert normalize_text(out, max_chars=max_chars) == out
    assert unicodedata.is_normalized("NFC", out)
    assert not BIDI_AND_CONTROLS.search(out.replace("\n", ""))
    assert "\t" not in out
    if out:
        paragraphs = out.split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs)
        assert len({p.casefold() for p in paragraphs}) == len(paragraphs)


WHITESPACE = st.sampled_from([" ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2029", " \n "])


@FAST
@given(
    words=st.lists(
        st.text(st.characters(categories=["L", "N", "P"]), min_size=1, max_size=12),
        min_size=1,
        max_size=30,
    ),
    data=st.data(),
)
def test_content_hash_ignores_whitespace_and_repetition(words, data):
    spaced = "".join(word + data.draw(WHITESPACE) for word in words)
    plain = " ".join(words)
    if "\n" not in spaced.replace("\r\n", "\n") and "\u2029" not in spaced:
        assert content_hash(spaced) == content_hash(plain)
    assert content_hash(spaced) == content_hash(spaced + "\n" + spaced)


@FAST
@given(value=st.text(max_size=300) | HTMLISH)
def test_plain_text_never_leaves_a_tag(value):
    assert not TAG_LIKE.search(plain_text(value))


# --- HTTP responses in --------------------------------------------------------------------------

STATUS_LINES = st.sampled_from(
    [b"HTTP/1.1 200 OK", b"HTTP/1.0 200 OK", b"HTTP/1.1 301 Moved", b"HTTP/1.1 999 Odd", b"HTTP/1.1 200",
     b"HTTP/2 200", b"HTTP/1.1 abc", b"ICY 200 OK", b"", b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK"]
)  # fmt: skip
HEADER_LINES = st.sampled_from(
    [b"Content-Type: text/html", b"Content-Type: application/pdf", b"Content-Type: text/html; charset=",
     b"Content-Length: 5", b"Content-Length: -1", b"Content-Length: 99999999999", b"Content-Length: 3, 4",
     b"Transfer-Encoding: chunked", b"Transfer-Encoding: gzip, chunked", b"Content-Encoding: gzip",
     b"Content-Encoding: br", b"Content-Encoding: deflate, deflate", b"Location: /x",
     b"Location: http://127.0.0.1/", b"Location: \xff\xfe", b"X-Long: " + b"a" * 5000, b"Bad Header",
     b": empty name", b"Content-Type:\x00text/html"]
)  # fmt: skip


def test_fetch_survives_any_server_response(serve):
    # One local server for all examples; each example sets what it answers.
    current = {}
    server = serve(lambda conn, request: conn.sendall(current["response"]))

    @settings(max_examples=150, deadline=None)
    @given(
        status=STATUS_LINES,
        headers=st.lists(HEADER_LINES, max_size=5),
        body=st.binary(max_size=300)
        | st.sampled_from([b"0\r\n\r\n", b"5\r\nhello\r\n0\r\n\r\n", b"zz\r\n"]),
        raw=st.none() | st.binary(max_size=200),
    )
    def check(status, headers, body, raw):
        current["response"] = (
            raw if raw is not None else b"\r\n".join([status, *headers]) + b"\r\n\r\n" + body
        )
        try:
            result = fetch(
                server.url(), allow_private={server.authority}, timeout=2, max_redirects=1
            )
        except IngestError:
            return
        assert result.status_code // 100 == 2
        assert len(result.body) <= 5 * 1024 * 1024

    check()
