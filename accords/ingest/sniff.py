"""Recognise binary payloads from their first bytes, whatever the Content-Type claims."""

import codecs

# How much of the start of a body we look at: enough for any magic number and a fair sample.
SNIFF_BYTES = 64 * 1024

_TEXT_BOMS = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF32_LE,  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"OggS", "an audio or video file"),
    (b"ID3", "an MP3 file"),
)

# C0 controls that never appear in text. Tab, newlines, form feed and ESC (ISO-2022-JP uses it)
# are left out on purpose.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


def starts_with_bom(data: bytes) -> bool:
    return data.startswith(_TEXT_BOMS)


def binary_kind(data: bytes) -> str | None:
    """Describe what binary thing ``data`` is ("a PDF document"), or None if it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if starts_with_bom(data):
        # UTF-16/32 text is full of NUL bytes; the BOM says it is text.
        return None
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return "binary data"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > 0.05:
        return "binary data"
    return None


def parse_content_type(header: str) -> tuple[str, str | None]:
    """Split a Content-Type header into (media type, charset), both lowercased."""
    media_type, *params = header.split(";")
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower() or None
    return media_type.strip().lower(), charset


def is_text_media_type(media_type: str) -> bool:
    """Media types we read: text, (X)HTML and XML feeds. An unknown ("") type is sniffed later."""
    return (
        media_type == ""
        or media_type.startswith("text/")
        or media_type in ("application/xhtml+xml", "application/xml")
        or media_type.endswith("+xml")
    )
