"""decode_body: real pages in other languages and encodings, with wrong or missing labels."""

import codecs
from pathlib import Path

import pytest

from accords.ingest.clean import decode_body, html_to_article
from accords.ingest.errors import UnsupportedContent

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


@pytest.mark.parametrize(
    "name, charset, expected",
    [
        ("ru_cp1251_no_charset.html", None, "Казахстан присоединится к Авраамовым соглашениям"),
        ("ar_windows1256.html", None, "كازاخستان تنضم إلى اتفاقيات أبراهام"),
        ("ar_windows1256.html", "windows-1256", "كازاخستان تنضم إلى اتفاقيات أبراهام"),
        ("ar_windows1256_no_charset.html", None, "كازاخستان تنضم إلى اتفاقيات أبراهام"),
        ("he_windows1255_meta.html", None, "קזחסטן תצטרף להסכמי אברהם"),
        # Labelled latin-1, really windows-1252 (as browsers assume): "œ" is byte 0x9c.
        ("fr_cp1252_labelled_latin1.html", "iso-8859-1", "saluant une œuvre de longue haleine"),
        ("fr_cp1252_labelled_latin1.html", None, "« C'est une étape historique »"),
        ("id_utf8_bom.html", None, "“Ini langkah bersejarah,”"),
        ("id_utf8_bom.html", "windows-1252", "Abraham Accords — kesepakatan"),
        # Lying headers: the bytes win over the label.
        ("ru_cp1251_header_says_utf8.html", "utf-8", "Правительство Казахстана подтвердило"),
        ("ar_utf8_header_says_latin1.html", "iso-8859-1", "المملكة العربية السعودية"),
    ],
)
def test_it_decodes_pages_in_any_encoding(name, charset, expected):
    text = decode_body((FIXTURES / name).read_bytes(), charset, "text/html")
    assert expected in text
    assert "\ufffd" not in text
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize(
    "name, language, title",
    [
        ("ru_cp1251_no_charset.html", None, "Казахстан присоединится к Авраамовым соглашениям"),
        ("ar_windows1256.html", None, "كازاخستان تنضم إلى اتفاقيات أبراهام"),
        ("he_windows1255_meta.html", "he", "קזחסטן תצטרף להסכמי אברהם"),
        ("fr_cp1252_labelled_latin1.html", "fr", "Le Kazakhstan rejoint les accords d'Abraham"),
        ("id_utf8_bom.html", "id", "Kazakhstan Bergabung dengan Abraham Accords"),
    ],
)
def test_decoded_pages_become_articles(name, language, title):
    article = html_to_article(
        decode_body((FIXTURES / name).read_bytes()), f"https://news.example/{name}"
    )
    assert article.title == title
    assert article.language == language
    assert len(article.text.split("\n\n")) >= 2


def test_the_content_type_header_charset_is_used_when_no_charset_is_given():
    body = "Израиль".encode("koi8-r") * 3
    assert decode_body(body, None, "text/plain; charset=KOI8-R") == "Израиль" * 3


def test_an_explicit_charset_beats_the_content_type():
    body = "Israël".encode("cp1252")
    assert decode_body(body, "windows-1252", "text/html; charset=koi8-r") == "Israël"


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Кыргызстан и ОАЭ", "utf-16"),
        ("اتفاقيات أبراهام", "utf-16-be"),
        ("הסכמי אברהם", "utf-16-le"),
        ("Abraham Accords", "utf-32"),
    ],
)
def test_a_utf16_or_utf32_page_with_a_bom_is_decoded(text, codec):
    bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-16-le": codecs.BOM_UTF16_LE}.get(codec, b"")
    assert decode_body(bom + text.encode(codec)) == text


@pytest.mark.parametrize(
    "label",
    ["no-such-charset", "", "utf-8\x00", "x" * 300, "rot13", "base64", "utf-7", "unicode-escape"],
)
def test_a_bogus_or_dangerous_charset_label_is_ignored(label):
    # UTF-7 and Python's escape codecs would turn "+ADw-" or "\x3c" into "<".
    body = b"Plain +ADw-script+AD4- \\x3cb\\x3e text"
    assert decode_body(body, label) == body.decode("ascii")


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
def test_a_utf16_label_on_a_page_without_nul_bytes_is_ignored(label):
    body = "<p>Kazakhstan — Казахстан</p>".encode()
    assert decode_body(body, label) == "<p>Kazakhstan — Казахстан</p>"
    assert decode_body(b"<p>ascii only</p>", label) == "<p>ascii only</p>"


def test_a_meta_charset_is_used_when_the_header_gives_none():
    body = '<meta charset="koi8-r"><p>Казахстан</p>'.encode("koi8-r")
    assert "Казахстан" in decode_body(body)


def test_an_xml_declaration_names_the_encoding():
    body = '<?xml version="1.0" encoding="windows-1256"?><p>إسرائيل</p>'.encode("cp1256")
    assert "إسرائيل" in decode_body(body)


def test_an_empty_body_decodes_to_nothing():
    assert decode_body(b"") == ""


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        b"GIF87a\x01\x00",
        b"RIFF\x24\x00\x00\x00WEBPVP8 ",
        b"PK\x03\x04\x14\x00",
        b"\x1f\x8b\x08\x00\x00\x00",
        b"\x7fELF\x02\x01\x01",
        b"text with a NUL\x00 byte in it",
        bytes(range(1, 32)) * 100,
        b"\x01\x02\x03\x04" + b"abc" * 10,
    ],
)
def test_binary_content_is_unsupported(body):
    with pytest.raises(UnsupportedContent):
        decode_body(body)


@pytest.mark.parametrize(
    "content_type", ["application/pdf", "image/jpeg", "application/octet-stream", "audio/mpeg"]
)
def test_a_binary_content_type_is_unsupported(content_type):
    with pytest.raises(UnsupportedContent, match=content_type):
        decode_body(b"looks like text", None, content_type)


def test_escape_sequences_of_iso_2022_jp_are_not_mistaken_for_binary():
    text = "アブラハム合意" * 5
    assert decode_body(text.encode("iso-2022-jp"), "iso-2022-jp") == text
