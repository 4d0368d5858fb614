"""parse_feed: real RSS and Atom samples, and feeds that are broken, empty, binary or enormous."""

import datetime
import gzip
import time
from pathlib import Path

import pytest

from accords.ingest import feeds
from accords.ingest.errors import FeedError
from accords.ingest.feeds import MAX_FEED_BYTES, FeedEntry, parse_feed

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
UTC = datetime.UTC


def rss(items: str, *, declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return f'{declaration}<rss version="2.0"><channel><title>T</title><link>https://feed.example/</link>{items}</channel></rss>'.encode()


def item(title="Kazakhstan joins", link="https://feed.example/a", extra="") -> str:
    return f"<item><title>{title}</title><link>{link}</link>{extra}</item>"


def test_it_reads_an_rss_feed_with_relative_links():
    entries = parse_feed(
        (FIXTURES / "rss2_relative.xml").read_bytes(),
        base_url="https://berita.example/rss/index.xml",
    )
    assert entries == [
        FeedEntry(
            url="https://berita.example/internasional/2025/11/07/kazakhstan-abraham-accords",
            title="Kazakhstan akan bergabung dengan Abraham Accords",
            published=datetime.datetime(2025, 11, 7, 2, 30, tzinfo=UTC),
            guid="berita-2025-11-07-001",
        ),
        FeedEntry(
            url="https://berita.example/rss/internasional/2025/11/08/arab-saudi",
            title="Arab Saudi & Israel: negosiasi belum dimulai",
            published=datetime.datetime(2025, 11, 8, 14, 0, tzinfo=UTC),
            guid="https://berita.example/rss/internasional/2025/11/08/arab-saudi",
        ),
        FeedEntry(
            url="https://mitra.example/maroko-israel",
            title="Maroko dan Israel memperkuat kerja sama",
            published=None,
            guid="https://mitra.example/maroko-israel",
        ),
    ]


def test_it_reads_an_atom_feed_with_xml_base():
    entries = parse_feed(
        (FIXTURES / "atom_relative.xml").read_bytes(),
        base_url="https://news.example/feeds/world.atom",
    )
    assert [(e.url, e.title, e.published, e.guid) for e in entries] == [
        (
            "https://news.example/world/2025/11/06/kazakhstan",
            "Kazakhstan to join the Abraham Accords",
            datetime.datetime(2025, 11, 7, 2, 15, tzinfo=UTC),
            "tag:news.example,2025-11-06:kazakhstan",
        ),
        (
            "https://news.example/analysis/riyadh-waits",
            "Why Riyadh waits",
            datetime.datetime(2025, 11, 8, 9, 30, tzinfo=UTC),
            "tag:news.example,2025-11-08:riyadh",
        ),
        ("https://news.example/about", "Undated", None, "tag:news.example,about"),
    ]


def test_it_reads_a_feed_in_a_legacy_encoding():
    entries = parse_feed((FIXTURES / "rss_cp1251.xml").read_bytes())
    assert [e.title for e in entries] == [
        "Казахстан присоединится к Авраамовым соглашениям",
        "Саудовская Аравия не спешит",
    ]
    assert entries[0].published == datetime.datetime(2025, 11, 6, 20, 0, tzinfo=UTC)


def test_it_reads_a_utf16_feed_with_a_bom():
    body = rss(item("Израиль и Казахстан"), declaration='<?xml version="1.0" encoding="utf-16"?>')
    [entry] = parse_feed(body.decode().encode("utf-16"))
    assert entry.title == "Израиль и Казахстан"


def test_a_malformed_feed_that_still_has_entries_is_fine():
    entries = parse_feed((FIXTURES / "rss_malformed_but_usable.xml").read_bytes())
    assert [e.url for e in entries] == [
        "https://gulf.example/five-years",
        "https://gulf.example/unclosed",
    ]
    assert entries[0].title == "Bahrain & UAE mark five years"
    assert "<" not in entries[1].title


def test_relative_links_without_a_base_url_are_skipped():
    entries = parse_feed(rss(item(link="/relative") + item(link="https://feed.example/absolute")))
    assert [e.url for e in entries] == ["https://feed.example/absolute"]


def test_published_times_are_aware_utc():
    entries = parse_feed(rss(item(extra="<pubDate>Wed, 05 Nov 2025 23:30:00 -0500</pubDate>")))
    assert entries[0].published == datetime.datetime(2025, 11, 6, 4, 30, tzinfo=UTC)
    assert entries[0].published.tzinfo is UTC


@pytest.mark.parametrize(
    "date",
    [
        "not a date",
        "",
        "Fri, 99 Foo 99999 99:99:99",
        "0000-00-00T00:00:00Z",
        "Mon, 01 Jan 0001 00:00:00 GMT",
    ],
)
def test_a_nonsense_date_is_dropped(date):
    [entry] = parse_feed(rss(item(extra=f"<pubDate>{date}</pubDate>")))
    assert entry.published is None or entry.published.tzinfo is UTC


def test_a_feed_with_no_items_is_empty_not_an_error():
    assert parse_feed(rss("")) == []


def test_a_repeated_guid_keeps_the_first_entry():
    items = item("First", "https://feed.example/1", "<guid>same</guid>") + item(
        "Again", "https://feed.example/2", "<guid>same</guid>"
    )
    assert [e.title for e in parse_feed(rss(items))] == ["First"]


def test_an_enormous_feed_is_capped_at_max_entries(monkeypatch):
    body = rss("".join(item(f"Item {i}", f"https://feed.example/{i}") for i in range(3000)))
    read = []
    original = feeds._entry
    monkeypatch.setattr(feeds, "_entry", lambda raw, base: read.append(1) or original(raw, base))
    entries = parse_feed(body, max_entries=500)
    assert len(entries) == 500
    assert entries[-1].title == "Item 499"
    assert len(read) == 500  # the entries past the cap are never turned into ours
    assert len(parse_feed(body, max_entries=3)) == 3


def test_a_zero_entry_cap_gives_no_entries():
    assert parse_feed(rss(item()), max_entries=0) == []


def test_a_multi_line_guid_becomes_one_line():
    [entry] = parse_feed(rss(item(extra="<guid>  urn:\n\n  kz-1 </guid>")))
    assert entry.guid == "urn: kz-1"


def test_a_feed_over_the_byte_limit_is_refused():
    with pytest.raises(FeedError, match="larger than"):
        parse_feed(rss(item()) + b" " * MAX_FEED_BYTES)


# --- Hostile entries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "&lt;script&gt;alert(1)&lt;/script&gt;Kazakhstan",
        "<![CDATA[<script>alert(2)</script>Kazakhstan]]>",
        "<![CDATA[<img src=x onerror=alert(3)>Kazakhstan]]>",
        "&amp;lt;script&amp;gt;alert(4)&amp;lt;/script&amp;gt;Kazakhstan",
        "<![CDATA[<a href='javascript:alert(5)'>Kazakhstan</a>]]>",
        "<![CDATA[<style>body{color:red}</style>Kazakhstan]]>",
        "<![CDATA[<iframe src=//evil.example></iframe>Kazakhstan]]>",
        "\u202eKazakhstan\u202c",
        "Kazakhstan\u2066\u2069",
        "&#x202E;Kazakhstan",
        "&#0;Kazakhstan&#1;",
    ],
)
def test_hostile_titles_become_plain_text(title):
    [entry] = parse_feed(rss(item(title=title)))
    assert "Kazakhstan" in entry.title
    for fragment in (
        "<",
        "alert(",
        "onerror",
        "javascript:",
        "color:red",
        "\u202e",
        "\u2066",
        "\x00",
        "\x01",
    ):
        assert fragment not in entry.title


def test_an_endless_title_is_shortened():
    [entry] = parse_feed(rss(item(title="Abraham Accords " * 1000)))
    assert len(entry.title) <= 500


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
        "file:///etc/passwd",
        "http://127.0.0.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://0x7f000001/",
        "http://localhost/",
        "http://user:pass@feed.example/",
        "ftp://feed.example/file",
        "",
        "   ",
    ],
)
def test_entries_with_unsafe_links_are_skipped(link):
    entries = parse_feed(rss(item("Bad", link) + item("Good", "https://feed.example/good")))
    assert [e.title for e in entries] == ["Good"]


def test_a_feed_whose_every_link_is_unsafe_is_an_error():
    with pytest.raises(FeedError, match="none links"):
        parse_feed(rss(item(link="javascript:alert(1)") + item(link="http://10.0.0.1/")))


def test_external_entities_are_never_read():
    body = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title>
<item><title>Leak &xxe;</title><link>https://feed.example/xxe</link></item></channel></rss>"""
    try:
        entries = parse_feed(body)
    except FeedError:
        return
    assert all("root:" not in e.title for e in entries)


def test_an_entity_expansion_bomb_does_not_explode():
    lol = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    body = f"""<?xml version="1.0"?><!DOCTYPE rss [{lol}]>
<rss version="2.0"><channel><title>x</title>
<item><title>&lol9;</title><link>https://feed.example/lol</link></item></channel></rss>""".encode()
    started = time.monotonic()
    try:
        entries = parse_feed(body)
    except FeedError:
        entries = []
    assert time.monotonic() - started < 10
    assert all(len(e.title) <= 500 for e in entries)


def test_a_feed_that_names_a_local_file_does_not_read_it():
    # feedparser opens a file path given as a string; we hand it bytes in a stream.
    with pytest.raises(FeedError):
        parse_feed(b"/etc/passwd")


# --- Not feeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   \n\t  ",
        b"not xml at all",
        b"<html><head><title>A page</title></head><body><p>Not a feed.</p></body></html>",
        b"<?xml version='1.0'?><root><child/></root>",
        b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>unterminated",
        b'{"items": [{"url": "https://feed.example/"}]}',
        b"%PDF-1.7\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        gzip.compress(b"<rss version='2.0'><channel></channel></rss>"),
        b"\x00\x01\x02\x03" * 100,
        bytes(range(256)),
        b"https://feed.example/rss.xml",
        b"\xff\xfe\x00\x00",
    ],
)
def test_bytes_that_are_not_a_feed_raise_feed_error(body):
    with pytest.raises(FeedError) as failed:
        parse_feed(body)
    assert failed.value.message
