"""Cleaning: the seed article, hostile HTML, normalization rules and the content hash."""

import datetime
import time
from pathlib import Path

import pytest

from accords import services
from accords.ingest.clean import (
    content_hash,
    decode_body,
    html_to_article,
    normalize_text,
    plain_text,
    text_to_article,
)
from accords.ingest.errors import UnsupportedContent

SEED = Path(__file__).parent.parent / "fixtures" / "seed_id_kazakhstan.txt"
FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"

PARAGRAPHS = [
    "Presiden Amerika Serikat Donald Trump mengumumkan bahwa Kazakhstan akan bergabung dengan Abraham Accords.",
    "Pemerintah Kazakhstan membenarkan bahwa proses negosiasi untuk bergabung sedang memasuki tahap akhir.",
    "Namun, Riyadh menegaskan belum akan melangkah tanpa adanya komitmen terhadap pembentukan negara Palestina.",
]


def page(
    *,
    title="Kazakhstan bergabung dengan Abraham Accords",
    head="",
    body_start="",
    inside="",
    body_end="",
    lang="id",
):
    paragraphs = "\n".join(f"<p>{p}{inside}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{body_start}<article><h1>{title}</h1>{paragraphs}</article>{body_end}</body></html>"
    )


# --- The seed -----------------------------------------------------------------------------------


def test_the_seed_collapses_to_seven_unique_paragraphs():
    raw = SEED.read_text(encoding="utf-8")
    article = text_to_article(raw)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 7
    assert len(set(paragraphs)) == 7
    assert paragraphs == list(
        dict.fromkeys(line.strip() for line in raw.splitlines() if line.strip())
    )
    assert paragraphs[0].startswith("Kazakhstan Terpilih Menjadi Anggota Abraham Accords")
    assert paragraphs[-1].endswith("pembentukan negara Palestina.")


def test_a_long_first_line_without_a_sentence_end_is_cut_at_a_word():
    article = text_to_article("word " * 100 + "\n\nBody.")
    assert 150 < len(article.title) <= 300
    assert article.title.endswith("word")


def test_the_seed_title_is_the_headline_run_into_its_first_line():
    article = text_to_article(SEED.read_text(encoding="utf-8"))
    assert article.title == (
        "Kazakhstan Terpilih Menjadi Anggota Abraham Accords, Buka Peluang Kerja Sama Ekonomi "
        "dan Keamanan dengan Israel."
    )
    assert article.text.startswith(article.title)
    assert (article.published, article.language, article.outlet, article.canonical_url) == (
        None,
        None,
        "",
        None,
    )


def test_the_seed_hashes_the_same_as_its_cleaned_text():
    raw = SEED.read_text(encoding="utf-8")
    assert content_hash(raw) == content_hash(text_to_article(raw).text)


def test_the_seed_as_a_scraped_news_page_gives_the_same_seven_paragraphs():
    # The seed's paragraphs, each repeated, inside a page with navigation, ads, scripts, a
    # byline, related links and a footer.
    html = (FIXTURES / "id_seed_page.html").read_bytes()
    article = html_to_article(
        decode_body(html),
        "https://www.wartadunia.example/internasional/2025/11/07/x?utm_source=feed",
    )
    title = "Kazakhstan Terpilih Menjadi Anggota Abraham Accords, Buka Peluang Kerja Sama Ekonomi dan Keamanan dengan Israel"
    seed = text_to_article(SEED.read_text(encoding="utf-8")).text.split("\n\n")
    seed[0] = seed[0].removeprefix(title + ". ")
    assert article.title == title
    assert article.text.split("\n\n") == [title, *seed]
    assert article.published == datetime.date(2025, 11, 7)
    assert article.language == "id"
    assert article.outlet == "Warta Dunia"
    assert article.canonical_url == (
        "https://www.wartadunia.example/internasional/2025/11/07/kazakhstan-abraham-accords"
    )


# --- html_to_article ----------------------------------------------------------------------------


def test_it_extracts_text_and_metadata_from_a_news_page():
    html = page(
        head=(
            '<meta property="og:site_name" content="Kompas.com">'
            '<meta property="article:published_time" content="2025-11-07T09:30:00+07:00">'
            '<link rel="canonical" href="/read/2025/11/07/kazakhstan">'
        ),
        body_start="<nav><a href='/'>Beranda</a> | <a href='/news'>Berita</a></nav>",
        body_end="<footer>Hak cipta 2025</footer>",
    )
    article = html_to_article(html, "https://www.kompas.com/read/2025/11/07/kazakhstan?page=all")
    assert article.title == "Kazakhstan bergabung dengan Abraham Accords"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text.split("\n\n")
    assert "Hak cipta" not in article.text
    assert article.published == datetime.date(2025, 11, 7)
    assert article.language == "id"
    assert article.outlet == "Kompas.com"
    assert article.canonical_url == "https://www.kompas.com/read/2025/11/07/kazakhstan"


def test_the_outlet_falls_back_to_the_host_name():
    article = html_to_article(page(), "https://www.detik.com/berita/1")
    assert article.outlet == "detik.com"
    assert article.canonical_url is None


def test_without_a_url_the_outlet_is_empty():
    assert html_to_article(page()).outlet == ""


def test_repeated_paragraphs_in_a_page_are_kept_once():
    html = page(body_end="<div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    text = html_to_article(html).text
    for paragraph in PARAGRAPHS:
        assert text.count(paragraph) == 1


@pytest.mark.parametrize(
    "html_lang, head, expected",
    [
        ("id-ID", "", "id"),
        ("AR", "", "ar"),
        ("he-IL", "", "he"),
        ("iw", "", "he"),
        ("in", "", "id"),
        ("ru_RU", "", "ru"),
        ("", '<meta property="og:locale" content="fr_FR">', "fr"),
        ("", '<meta property="og:locale" content="ar_AR">', "ar"),
        ("", "", None),
        ("x-klingon", "", None),
        ("eng", "", None),
        ("<script>", "", None),
    ],
)
def test_the_language_comes_from_the_page_markup(html_lang, head, expected):
    assert html_to_article(page(lang=html_lang, head=head)).language == expected


@pytest.mark.parametrize(
    "canonical, expected",
    [
        ('<link rel="canonical" href="https://news.example/a">', "https://news.example/a"),
        ('<link rel="Canonical" href="/b">', "https://news.example/b"),
        ('<meta property="og:url" content="https://news.example/c">', "https://news.example/c"),
        ('<link rel="canonical" href="javascript:alert(1)">', None),
        ('<link rel="canonical" href="http://127.0.0.1/admin">', None),
        ('<link rel="canonical" href="http://user:pw@news.example/">', None),
        ('<link rel="canonical" href="">', None),
    ],
)
def test_the_canonical_url_is_a_checked_absolute_url(canonical, expected):
    assert (
        html_to_article(page(head=canonical), "https://news.example/page").canonical_url == expected
    )


def test_a_relative_canonical_url_without_a_page_url_is_dropped():
    assert (
        html_to_article(page(head='<link rel="canonical" href="/relative">')).canonical_url is None
    )


@pytest.mark.parametrize(
    "meta, expected",
    [
        (
            '<meta property="article:published_time" content="2025-11-06">',
            datetime.date(2025, 11, 6),
        ),
        ('<meta name="date" content="2020-09-15T10:00:00Z">', datetime.date(2020, 9, 15)),
    ],
)
def test_the_publication_date_is_read_from_the_page(meta, expected):
    assert html_to_article(page(head=meta)).published == expected


def test_text_longer_than_the_limit_is_cut_at_a_paragraph():
    article = html_to_article(page(), max_chars=len(PARAGRAPHS[0]) + 10)
    assert len(article.text) <= len(PARAGRAPHS[0]) + 10
    assert "\n\n" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n\t ",
        "<html></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<html><body><script>var article = 'not text';</script></body></html>",
        "<html><body><img src=x><img src=y></body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body></body></html>",
        "\x00\x00\x00",
    ],
)
def test_a_page_without_article_text_is_unsupported(html):
    with pytest.raises(UnsupportedContent, match="(no article text|empty)"):
        html_to_article(html)


# --- Hostile HTML -------------------------------------------------------------------------------

FORBIDDEN = [
    "<script",
    "</script",
    "alert(",
    "onerror",
    "onload",
    "javascript:",
    "<iframe",
    "<img",
    "<svg",
    "<style",
    "color:red",
    "expression(",
    "\u202e",
    "\u202d",
    "\u2066",
    "\x00",
    "<",
]

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script>document.write('<p>alert(2)</p>')</script>",
    "<img src=x onerror=alert(3)>",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(4)>",
    "<svg onload=alert(5)>",
    "<svg><script>alert(6)</script></svg>",
    "<body onload=alert(7)>",
    "<a href='javascript:alert(8)'>link</a>",
    "<a href='JaVaScRiPt:alert(9)'>link</a>",
    "<iframe src='javascript:alert(10)'></iframe>",
    "<iframe srcdoc='<script>alert(11)</script>'></iframe>",
    "<style>p{color:red}</style>",
    "<div style='background:expression(alert(12))'>styled</div>",
    "<object data='javascript:alert(13)'></object>",
    "<embed src='javascript:alert(14)'>",
    "<math><mi xlink:href='javascript:alert(15)'>x</mi></math>",
    "<noscript><p title='</noscript><img src=x onerror=alert(16)>'></noscript>",
    "<template><script>alert(17)</script></template>",
    "<textarea><script>alert(18)</script></textarea>",
    "<form action='javascript:alert(19)'><input type=submit></form>",
    "<details open ontoggle=alert(20)>",
    "<marquee onstart=alert(21)>",
    "&lt;script&gt;alert(22)&lt;/script&gt;",
    "&amp;lt;script&amp;gt;alert(23)&amp;lt;/script&amp;gt;",
    "<<script>script>alert(24)<</script>/script>",
    "<!--<script>alert(26)</script>-->",
    "<meta http-equiv='refresh' content='0;url=javascript:alert(28)'>",
    "<base href='javascript:alert(29)//'>",
    "<link rel=stylesheet href='javascript:alert(30)'>",
    "\u202egnp.exe",
    "\u202dreversed\u202c",
    "\u2066isolated\u2069",
]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("where", ["title", "head", "body_start", "inside", "body_end"])
def test_hostile_html_never_survives_into_title_or_text(payload, where):
    article = html_to_article(page(**{where: payload}), "https://news.example/a")
    for fragment in FORBIDDEN:
        assert fragment not in article.title
        assert fragment not in article.text
        assert fragment not in article.outlet
    assert PARAGRAPHS[1] in article.text


# A browser shows part of these as text ("ipt>alert(25)ipt>"): that text may stay, tags may not.
MANGLED_PAYLOADS = [
    "<scr<script>ipt>alert(25)</scr</script>ipt>",
    "<![CDATA[<script>alert(27)</script>]]>",
    "<img src=x onerror=alert(31)//",
    '<a href="javascript:alert(32)"',
    "<p>unclosed <b>bold <i>italic",
]


@pytest.mark.parametrize("payload", MANGLED_PAYLOADS)
@pytest.mark.parametrize("where", ["title", "head", "body_start", "inside", "body_end"])
def test_mangled_markup_leaves_text_but_no_tags(payload, where):
    try:
        article = html_to_article(page(**{where: payload}), "https://news.example/a")
    except UnsupportedContent:
        return  # the payload swallowed the whole page: nothing to leak
    for value in (article.title, article.text, article.outlet):
        for fragment in ("<script", "<img", "<a ", "onerror=", "javascript:", "<"):
            assert fragment not in value


def test_a_title_with_a_bidi_override_keeps_its_letters():
    article = html_to_article(page(title="Israel \u202eand Kazakhstan\u202c sign"))
    assert article.title == "Israel and Kazakhstan sign"


def test_the_title_is_plain_text_with_entities_decoded():
    article = html_to_article(
        page(
            title="Trump &amp; Tokayev: &quot;historic&quot; &lt;b&gt;deal&lt;/b&gt; &#8212; Israel"
        )
    )
    assert article.title == 'Trump & Tokayev: "historic" deal — Israel'


def test_an_endless_title_is_shortened():
    assert len(html_to_article(page(title="Abraham Accords " * 500)).title) <= 300


def test_deeply_nested_markup_does_not_crash():
    html = "<div>" * 5000 + "<p>" + PARAGRAPHS[0] + "</p>" + "</div>" * 5000
    try:
        article = html_to_article(html)
    except UnsupportedContent:
        return
    assert "<div" not in article.text


def test_a_page_with_absurdly_many_elements_is_refused_quickly():
    html = page(body_start="<a href=x>" * 150_000)
    started = time.monotonic()
    with pytest.raises(UnsupportedContent, match="elements"):
        html_to_article(html)
    assert time.monotonic() - started < 5


def test_a_huge_attribute_does_not_crash():
    html = page(body_start=f"<div data-x='{'a' * 300_000}'></div>")
    assert PARAGRAPHS[0] in html_to_article(html).text


def test_an_unclosed_comment_swallowing_the_page_is_unsupported_or_clean():
    try:
        article = html_to_article(page(body_start="<!--"))
    except UnsupportedContent:
        return
    assert "<" not in article.text


# --- text_to_article ----------------------------------------------------------------------------


def test_pasted_html_goes_through_the_html_path():
    article = text_to_article(page(head='<meta property="og:site_name" content="Kompas">'))
    assert article.title == "Kazakhstan bergabung dengan Abraham Accords"
    assert article.language == "id"
    assert article.outlet == "Kompas"


@pytest.mark.parametrize(
    "fragment, expected",
    [
        (
            "<p>Kazakhstan joins.</p><p>Saudi Arabia waits.</p>",
            "Kazakhstan joins.\n\nSaudi Arabia waits.",
        ),
        ("<div>Kazakhstan akan bergabung</div>", "Kazakhstan akan bergabung"),
        ("<p>One<br>Two<br/>Three</p>", "One\n\nTwo\n\nThree"),
        ("<h1>Title</h1><p>Body <script>alert(1)</script>text.</p>", "Title\n\nBody text."),
    ],
)
def test_a_pasted_html_fragment_keeps_its_paragraphs(fragment, expected):
    assert text_to_article(fragment).text == expected


def test_pasted_plain_text_with_tags_in_it_is_stripped():
    article = text_to_article("Title line <script>alert(1)</script>\n\nBody <b>bold</b> text.")
    assert article.title == "Title line"
    assert article.text == "Title line\n\nBody bold text."


def test_pasted_text_keeps_a_less_than_sign():
    assert text_to_article("Polls: 3 < 5 and 7 > 2\nMore").text == "Polls: 3 < 5 and 7 > 2\n\nMore"


def test_controls_cannot_hide_a_tag_from_the_tag_check():
    article = text_to_article("Body <\x1bscript>alert(1)</script> text <\x00b>bold")
    assert "<" not in article.text


@pytest.mark.parametrize("text", ["", "  \n\n\t ", "\u202e\u202c\x00", "<script>alert(1)</script>"])
def test_empty_pasted_text_is_unsupported(text):
    with pytest.raises(UnsupportedContent):
        text_to_article(text)


def test_a_long_first_line_is_cut_for_the_title():
    article = text_to_article("word " * 200 + "\nsecond paragraph")
    assert len(article.title) <= 300
    assert article.title.endswith("word")


# --- normalize_text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("one\ntwo", "one\n\ntwo"),
        ("one\n\n\n\ntwo", "one\n\ntwo"),
        ("one\r\ntwo\rthree", "one\n\ntwo\n\nthree"),
        ("one\u2028two\u2029three\x85four", "one\n\ntwo\n\nthree\n\nfour"),
        ("  lots   of\t\tspace  ", "lots of space"),
        ("non\u00a0breaking\u3000spaces", "non breaking spaces"),
        ("e\u0301te\u0301", "été"),
        ("nul\x00byte", "nulbyte"),
        ("bell\x07and\x1bescape", "bellandescape"),
        ("c1\x80\x9fcontrols", "c1controls"),
        ("bom\ufeffinside", "bominside"),
        ("bidi \u202aembed\u202b \u202coverride\u202d\u202e", "bidi embed override"),
        ("isolates \u2066a\u2067b\u2068c\u2069", "isolates abc"),
        ("lone \ud800 surrogate", "lone surrogate"),
        ("Same\nsame\nSAME\nother", "Same\n\nother"),
        ("a\n\nb\n\na\n\nb", "a\n\nb"),
        ("spaced  out\nspaced out", "spaced out"),
        ("", ""),
        ("\n\n\n", ""),
    ],
)
def test_it_normalizes_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "إسرائيل والإمارات العربية المتحدة وقعتا اتفاقيات أبراهام في عام 2020.",
        "ישראל ומרוקו חידשו את היחסים הדיפלומטיים.",
        "Israel (إسرائيل) signed; ישראל חתמה.",
        "قال: «لن ننضم» — ولكن‌ ربما",  # keeps the zero-width non-joiner used in Persian and Arabic
        "יום ה\u200f 5 \u200eבנובמבר",  # keeps the marks that are not overrides
    ],
)
def test_right_to_left_text_survives_intact(text):
    assert normalize_text(text) == text


def test_truncation_happens_at_a_paragraph_boundary():
    text = "\n".join(f"Paragraph number {i} has some words." for i in range(100))
    cut = normalize_text(text, max_chars=200)
    assert len(cut) <= 200
    assert all(
        line.startswith("Paragraph number ") and line.endswith(".") for line in cut.split("\n\n")
    )
    assert normalize_text(text).startswith(cut)


def test_a_single_paragraph_over_the_limit_is_cut_at_a_word():
    cut = normalize_text("kata " * 1000, max_chars=103)
    assert len(cut) <= 103
    assert cut.endswith("kata")


def test_a_zero_limit_gives_empty_text():
    assert normalize_text("anything", max_chars=0) == ""


def test_a_huge_text_is_truncated_not_refused():
    huge = "\n".join(f"line {i}" for i in range(300_000))
    assert len(normalize_text(huge, max_chars=10_000)) <= 10_000


# --- plain_text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("AT&amp;T &amp; Co", "AT&T & Co"),
        ("&lt;b&gt;bold&lt;/b&gt;", "bold"),
        ("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;", ""),
        ("<p>para</p><p>graph</p>", "para\n\ngraph"),
        ("<b>bold</b><i>italic</i>", "bolditalic"),
        ("x &#60;script&#62;y", "x"),
        ("100% &#x26; more", "100% & more"),
        ("plain", "plain"),
    ],
)
def test_plain_text_strips_markup_and_decodes_entities(value, expected):
    assert plain_text(value).strip() == expected


# --- content_hash -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        "Kazakhstan joins.\n\nSaudi Arabia waits.",
        "Kazakhstan joins.\nSaudi Arabia waits.",
        "  Kazakhstan   joins.  \r\n\r\n\r\n Saudi\tArabia waits. ",
        "KAZAKHSTAN JOINS.\n\nsaudi arabia waits.",
        "Kazakhstan joins.\n\nSaudi Arabia waits.\n\nKazakhstan joins.\n\nSaudi Arabia waits.",
        "Kazakhstan\u00a0joins.\u2029Saudi Arabia waits.\u202e",
        "Kazakhstan joins.\n\nSaudi Arabia waits.\ufeff",
    ],
)
def test_the_same_article_with_different_whitespace_hashes_the_same(variant):
    assert content_hash(variant) == content_hash("Kazakhstan joins.\n\nSaudi Arabia waits.")


@pytest.mark.parametrize(
    "other",
    [
        "Kazakhstan joins.\n\nSaudi Arabia signs.",
        "Kazakhstan joins.",
        "Saudi Arabia waits.\n\nKazakhstan joins.",
        "Kazakhstan joins!\n\nSaudi Arabia waits.",
    ],
)
def test_a_different_article_hashes_differently(other):
    assert content_hash(other) != content_hash("Kazakhstan joins.\n\nSaudi Arabia waits.")


def test_the_hash_is_a_sha256_hex_digest():
    digest = content_hash("Abraham Accords")
    assert len(digest) == 64
    assert int(digest, 16) >= 0
    assert content_hash("Abraham Accords") == digest


# --- disguised duplicates -----------------------------------------------------------------------

DEDUP_TEXT = "Kazakhstan will join the Abraham Accords, officials said in Astana on Thursday."


@pytest.mark.django_db
@pytest.mark.parametrize(
    "disguise",
    [
        "Kazakh\u200bstan will join the Abraham Accords, officials said in Astana on Thursday.",
        "Kazakh\u00adstan will join the Abra\u00adham Accords, officials said in Astana on Thursday.",
        "Kazakhstan\u2060 will join the Abraham\u200d Accords, officials said in Astana on Thursday.",
        "Kazakhstan will join the \u0410braham \u0410\u0441\u0441ords, officials said in Astana on "
        "Thursday.",
        "Kаzаkhstаn will join the Abrаhаm Accords, оfficials said in Astana on Thursday.",
        "Kazakhstan will join the \uff21braham Accords, officials said in Astana on Thursday.",
    ],
)
def test_invisible_characters_and_look_alike_letters_do_not_evade_deduplication(disguise):
    assert disguise != DEDUP_TEXT
    assert content_hash(disguise) == content_hash(DEDUP_TEXT)
    first, _ = services.article_submit_text(text=DEDUP_TEXT)
    second, created = services.article_submit_text(text=disguise)
    assert not created and second.pk == first.pk


def test_text_in_another_script_keeps_its_own_hash():
    russian = "Казахстан присоединится к Авраамовым соглашениям, сообщили в Астане."
    assert content_hash(russian) != content_hash(russian.replace("а", "a"))
