"""fetch() against servers the tests start on 127.0.0.1, misbehaving in every way we guard."""

import functools
import gzip
import ssl
import time
import zlib

import pytest

from accords.ingest import fetch as fetch_module
from accords.ingest.errors import (
    BlockedURL,
    FetchFailed,
    ResponseTooLarge,
    TransientFetchError,
    UnsupportedContent,
)
from accords.ingest.fetch import USER_AGENT, fetch

from .conftest import HTML_HEADERS, http_response, respond

PAGE = b"<html><body><p>Kazakhstan akan bergabung dengan Abraham Accords.</p></body></html>"
MB = 1024 * 1024


def test_it_fetches_a_page_and_reports_its_type_and_charset(serve):
    server = serve(respond(200, {"Content-Type": 'text/html; Charset="UTF-8"'}, PAGE))
    result = fetch(server.url("/news?id=1"), allow_private=True)
    assert result.url == server.url("/news?id=1")
    assert result.status_code == 200
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert result.body == PAGE


def test_it_identifies_itself_and_asks_only_for_text(serve):
    server = serve(respond(200, HTML_HEADERS, PAGE))
    fetch(server.url(), allow_private=True, accept="text/html")
    assert server.header("User-Agent") == USER_AGENT
    assert server.header("Accept") == "text/html"
    assert "gzip" in server.header("Accept-Encoding")
    assert server.header("Host") == server.authority
    assert server.header("Cookie") is None


def test_proxy_settings_in_the_environment_are_ignored(serve, monkeypatch):
    # A proxy would connect to the address it chooses, not to the one we checked.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, "http://10.0.0.1:3128")
    server = serve(respond(200, HTML_HEADERS, PAGE))
    assert fetch(server.url(), allow_private=True).body == PAGE
    assert server.requests[-1].startswith(b"GET / HTTP/1.1")


def test_a_page_without_content_type_is_returned_for_sniffing(serve):
    server = serve(respond(200, {}, PAGE))
    result = fetch(server.url(), allow_private=True)
    assert (result.content_type, result.charset, result.body) == ("", None, PAGE)


# --- Redirects ----------------------------------------------------------------------------------


def test_it_follows_a_relative_redirect_and_reports_the_final_url(serve):
    def handler(conn, request):
        if request.startswith(b"GET /old "):
            conn.sendall(http_response(301, {"Location": "/new?x=1"}))
        else:
            conn.sendall(http_response(200, HTML_HEADERS, PAGE))

    server = serve(handler)
    result = fetch(server.url("/old"), allow_private=True)
    assert result.url == server.url("/new?x=1")
    assert result.body == PAGE
    assert server.connections == 2


@pytest.mark.parametrize(
    "location",
    [
        "http://127.0.0.1:{port}/",
        "http://localhost:{port}/",
        "http://[::1]:{port}/",
        "http://0x7f000001:{port}/",
        "http://2130706433:{port}/",
        "http://0177.0.0.1:{port}/",
        "http://127.1:{port}/",
        "http://[::ffff:127.0.0.1]:{port}/",
        "http://user:secret@127.0.0.1:{port}/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "file:///etc/passwd",
        "gopher://127.0.0.1:{port}/_SET",
        "javascript:alert(1)",
    ],
)
def test_it_refuses_a_redirect_to_loopback_or_another_private_target(serve, location):
    inside = serve(respond(200, HTML_HEADERS, b"<p>internal admin</p>"))
    outside = serve(respond(302, {"Location": location.format(port=inside.port)}))
    # Only the first hop may reach a local address; the redirect must be checked on its own.
    with pytest.raises(BlockedURL):
        fetch(outside.url(), allow_private={outside.authority})
    assert outside.connections == 1
    assert inside.connections == 0


def test_a_redirect_to_a_utf8_location_is_followed(serve):
    def handler(conn, request):
        if request.startswith(b"GET /old "):
            conn.sendall(
                b"HTTP/1.1 302 Found\r\nLocation: /berita/kazakhstan-\xc3\xa9t\xc3\xa9\r\n"
                b"Content-Length: 0\r\n\r\n"
            )
        else:
            conn.sendall(http_response(200, HTML_HEADERS, PAGE))

    server = serve(handler)
    result = fetch(server.url("/old"), allow_private=True)
    assert result.url == server.url("/berita/kazakhstan-%C3%A9t%C3%A9")
    assert server.requests[-1].startswith(b"GET /berita/kazakhstan-%C3%A9t%C3%A9 ")


def test_two_content_encoding_headers_mean_two_encodings(serve):
    body = gzip.compress(gzip.compress(PAGE))
    headers = b"Content-Encoding: gzip\r\nContent-Encoding: gzip\r\n"
    payload = b"HTTP/1.1 200 OK\r\n" + headers + b"Content-Length: %d\r\n\r\n" % len(body) + body
    server = serve(lambda conn, request: conn.sendall(payload))
    assert fetch(server.url(), allow_private=True).body == PAGE


def test_it_refuses_a_redirect_to_a_host_whose_dns_points_inside(serve):
    inside = serve(respond(200, HTML_HEADERS, b"<p>internal</p>"))
    outside = serve(respond(302, {"Location": f"http://wiki.corp.example:{inside.port}/"}))
    answers = {"wiki.corp.example": ["127.0.0.1"]}
    with pytest.raises(BlockedURL, match="private"):
        fetch(outside.url(), allow_private={outside.authority}, resolver=answers.__getitem__)
    assert inside.connections == 0


def test_it_follows_a_redirect_to_an_allowed_host(serve):
    final = serve(respond(200, HTML_HEADERS, PAGE))
    first = serve(respond(307, {"Location": final.url("/article")}))
    result = fetch(first.url(), allow_private={first.authority, final.authority})
    assert result.url == final.url("/article")


def test_it_connects_to_the_address_it_checked(serve):
    # The resolver is asked once per hop and the connection goes to that answer, while the Host
    # header keeps the name: a second lookup (DNS rebinding) never happens.
    server = serve(respond(200, HTML_HEADERS, PAGE))
    asked = []

    def resolver(host):
        asked.append(host)
        return ["127.0.0.1"]

    authority = f"news.example:{server.port}"
    result = fetch(f"http://{authority}/a", resolver=resolver, allow_private={authority})
    assert result.url == f"http://{authority}/a"
    assert asked == ["news.example"]
    assert server.header("Host") == authority


def test_it_tries_the_next_address_when_one_refuses(serve):
    server = serve(respond(200, HTML_HEADERS, PAGE))
    closed = serve(respond(200))
    closed.close()
    authority = f"two.example:{server.port}"
    # 127.0.0.2 is loopback too, but nothing listens on it at this port.
    result = fetch(
        f"http://{authority}/",
        resolver=lambda host: ["127.0.0.2", "127.0.0.1"],
        allow_private={authority},
    )
    assert result.body == PAGE


def test_it_gives_up_after_too_many_redirects(serve):
    server = serve(respond(302, {"Location": "/again"}))
    with pytest.raises(FetchFailed, match="3 redirects"):
        fetch(server.url(), allow_private=True, max_redirects=3)
    assert server.connections == 4


def test_it_follows_no_redirect_when_told_so(serve):
    server = serve(respond(301, {"Location": "/elsewhere"}))
    with pytest.raises(FetchFailed):
        fetch(server.url(), allow_private=True, max_redirects=0)


def test_a_redirect_without_location_fails(serve):
    server = serve(respond(302))
    with pytest.raises(FetchFailed, match="without a destination"):
        fetch(server.url(), allow_private=True)


# --- Status codes and connection failures -------------------------------------------------------


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451, 304, 300])
def test_a_client_error_is_a_permanent_failure(serve, status):
    server = serve(respond(status, HTML_HEADERS, b"<p>nope</p>"))
    with pytest.raises(FetchFailed) as failed:
        fetch(server.url(), allow_private=True)
    assert failed.value.permanent is True
    assert str(status) in failed.value.message


@pytest.mark.parametrize("status", [408, 425, 429, 500, 502, 503, 504])
def test_a_server_error_or_rate_limit_is_worth_retrying(serve, status):
    server = serve(respond(status, HTML_HEADERS, b"<p>later</p>"))
    with pytest.raises(TransientFetchError) as failed:
        fetch(server.url(), allow_private=True)
    assert failed.value.permanent is False


def test_a_refused_connection_is_worth_retrying(serve):
    server = serve(respond(200))
    server.close()
    with pytest.raises(TransientFetchError, match="connect"):
        fetch(server.url(), allow_private=True, timeout=2)


def test_a_connection_closed_without_an_answer_is_worth_retrying(serve):
    server = serve(lambda conn, request: None)
    with pytest.raises(TransientFetchError):
        fetch(server.url(), allow_private=True, timeout=2)


def test_garbage_instead_of_http_is_worth_retrying(serve):
    server = serve(lambda conn, request: conn.sendall(b"\x00\xffSSH-2.0-OpenSSH\r\n\r\n"))
    with pytest.raises(TransientFetchError):
        fetch(server.url(), allow_private=True, timeout=2)


# --- Deadlines ----------------------------------------------------------------------------------


def _assert_took_about(started: float, timeout: float) -> None:
    elapsed = time.monotonic() - started
    # Generous slack for loaded CI machines; without the deadline these tests take 3-10 s.
    assert elapsed < timeout + 1.5, f"took {elapsed:.2f}s for a {timeout}s deadline"


def test_a_server_that_never_answers_hits_the_deadline(serve):
    server = serve(lambda conn, request: time.sleep(5))
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="within 0.5 seconds"):
        fetch(server.url(), allow_private=True, timeout=0.5)
    _assert_took_about(started, 0.5)


def test_a_server_trickling_the_body_hits_the_total_deadline(serve):
    # Every single read is quick, so only a deadline for the whole fetch can stop this.
    def trickle(conn, request):
        conn.sendall(http_response(200, {**HTML_HEADERS, "Content-Length": "100000"}))
        for _ in range(200):
            conn.sendall(b"x")
            time.sleep(0.05)

    server = serve(trickle)
    started = time.monotonic()
    # A slow drip is a permanent failure: every retry would hold a worker just as long.
    with pytest.raises(FetchFailed, match="too slowly"):
        fetch(server.url(), allow_private=True, timeout=1)
    _assert_took_about(started, 1)


def test_a_server_trickling_the_headers_hits_the_total_deadline(serve):
    def trickle(conn, request):
        for byte in b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 500:
            conn.sendall(bytes([byte]))
            time.sleep(0.05)

    server = serve(trickle)
    started = time.monotonic()
    with pytest.raises(TransientFetchError):
        fetch(server.url(), allow_private=True, timeout=1)
    _assert_took_about(started, 1)


def test_endless_headers_are_refused_without_buffering_them(serve):
    def endless_headers(conn, request):
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        for number in range(100_000):
            conn.sendall(b"X-Padding-%d: %s\r\n" % (number, b"a" * 100))

    server = serve(endless_headers)
    with pytest.raises(TransientFetchError, match="malformed"):
        fetch(server.url(), allow_private=True, timeout=5)


def test_the_deadline_covers_the_whole_redirect_chain(serve):
    def slow_redirect(conn, request):
        time.sleep(0.3)
        conn.sendall(http_response(302, {"Location": "/next"}))

    server = serve(slow_redirect)
    started = time.monotonic()
    with pytest.raises(TransientFetchError):
        fetch(server.url(), allow_private=True, timeout=1, max_redirects=20)
    _assert_took_about(started, 1)
    assert server.connections <= 4


def test_a_slow_dns_lookup_counts_against_the_deadline():
    def slow_resolver(host):
        time.sleep(3)
        return ["93.184.216.34"]

    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="timed out"):
        fetch("https://slow-dns.example/", resolver=slow_resolver, timeout=0.3)
    _assert_took_about(started, 0.3)


# --- Size caps ----------------------------------------------------------------------------------


def test_a_body_without_content_length_is_cut_at_the_cap(serve):
    server = serve(respond(200, HTML_HEADERS, b"a" * (2 * MB), length=False))
    with pytest.raises(ResponseTooLarge):
        fetch(server.url(), allow_private=True, max_bytes=MB)


def test_a_body_exactly_at_the_cap_is_accepted(serve):
    server = serve(respond(200, HTML_HEADERS, b"a" * MB, length=False))
    assert len(fetch(server.url(), allow_private=True, max_bytes=MB).body) == MB


def test_a_declared_length_over_the_cap_fails_before_reading(serve):
    def huge(conn, request):
        conn.sendall(http_response(200, {**HTML_HEADERS, "Content-Length": str(50 * MB)}))
        time.sleep(5)  # never sends the body: only the header can make fetch stop quickly

    server = serve(huge)
    started = time.monotonic()
    with pytest.raises(ResponseTooLarge):
        fetch(server.url(), allow_private=True, max_bytes=MB, timeout=3)
    assert time.monotonic() - started < 2.5


def test_a_content_length_that_understates_the_body_does_not_let_more_through(serve):
    # HTTP framing ends the body at the declared length; the extra bytes are never read.
    server = serve(
        respond(200, {**HTML_HEADERS, "Content-Length": "10"}, b"0123456789" + b"a" * (2 * MB))
    )
    assert fetch(server.url(), allow_private=True, max_bytes=MB).body == b"0123456789"


def test_a_content_length_that_overstates_the_body_is_a_broken_transfer(serve):
    server = serve(respond(200, {**HTML_HEADERS, "Content-Length": "5000"}, b"short"))
    with pytest.raises(TransientFetchError):
        fetch(server.url(), allow_private=True)


def _chunked(chunks):
    def handler(conn, request):
        conn.sendall(
            http_response(200, {**HTML_HEADERS, "Transfer-Encoding": "chunked"}, length=False)
        )
        for chunk in chunks():
            conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        conn.sendall(b"0\r\n\r\n")

    return handler


def test_a_chunked_body_is_streamed_and_joined(serve):
    server = serve(_chunked(lambda: [b"<p>one</p>", b"<p>two</p>"]))
    assert fetch(server.url(), allow_private=True).body == b"<p>one</p><p>two</p>"


def test_an_endless_chunked_response_is_cut_at_the_cap(serve):
    def forever():
        while True:
            yield b"<p>again</p>" * 1000

    server = serve(_chunked(forever))
    started = time.monotonic()
    with pytest.raises(ResponseTooLarge):
        fetch(server.url(), allow_private=True, max_bytes=MB)
    assert time.monotonic() - started < 5


def test_an_endless_unframed_response_is_cut_at_the_cap(serve):
    def forever(conn, request):
        conn.sendall(http_response(200, HTML_HEADERS, length=False))
        while True:
            conn.sendall(b"a" * 65536)

    server = serve(forever)
    with pytest.raises(ResponseTooLarge):
        fetch(server.url(), allow_private=True, max_bytes=MB)


# --- Compression --------------------------------------------------------------------------------


def _deflate(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


def _brotli(data: bytes) -> bytes:
    brotli = pytest.importorskip("brotli")
    return brotli.compress(data, quality=5)


ENCODERS = {
    "gzip": gzip.compress,
    "x-gzip": gzip.compress,
    "deflate": lambda data: _deflate(data, zlib.MAX_WBITS),
    "raw deflate": lambda data: _deflate(data, -zlib.MAX_WBITS),
    "br": _brotli,
    "gzip, gzip": lambda data: gzip.compress(gzip.compress(data)),
}


def _header_value(name: str) -> str:
    return "deflate" if name == "raw deflate" else name


@pytest.mark.parametrize("name", ENCODERS)
def test_it_decompresses_what_the_server_compressed(serve, name):
    body = PAGE * 500
    server = serve(
        respond(
            200, {**HTML_HEADERS, "Content-Encoding": _header_value(name)}, ENCODERS[name](body)
        )
    )
    assert fetch(server.url(), allow_private=True).body == body


@functools.cache
def _bomb(name: str) -> bytes:
    # 64 MB of spaces shrinks to well under 100 KB (one megabyte on the wire would be harmless).
    return ENCODERS[name](b" " * (64 * MB))


@pytest.mark.parametrize("name", ENCODERS)
def test_a_compression_bomb_is_stopped_at_the_cap(serve, name):
    bomb = _bomb(name)
    assert len(bomb) < 100 * 1024
    server = serve(respond(200, {**HTML_HEADERS, "Content-Encoding": _header_value(name)}, bomb))
    with pytest.raises(ResponseTooLarge):
        fetch(server.url(), allow_private=True, max_bytes=MB)


@pytest.mark.parametrize("name", ENCODERS)
def test_compressed_data_arriving_a_byte_at_a_time_is_decoded(serve, name):
    body = PAGE * 3
    compressed = ENCODERS[name](body)

    def byte_by_byte(conn, request):
        headers = {**HTML_HEADERS, "Content-Encoding": _header_value(name)}
        conn.sendall(http_response(200, {**headers, "Content-Length": str(len(compressed))}))
        for byte in compressed:
            conn.sendall(bytes([byte]))
            time.sleep(0.0005)

    server = serve(byte_by_byte)
    assert fetch(server.url(), allow_private=True).body == body


@pytest.mark.parametrize("name", ENCODERS)
def test_the_decoders_handle_one_byte_chunks(name):
    # Over the network chunks coalesce; here every chunk is exactly one byte, the worst case for
    # telling zlib from raw deflate by the first two bytes.
    body = PAGE * 3
    chunks = [bytes([byte]) for byte in ENCODERS[name](body)]
    decoders = fetch_module._decoders(_header_value(name))
    assert b"".join(fetch_module._decode(chunks, decoders)) == body


def test_concatenated_gzip_members_form_one_body(serve):
    server = serve(
        respond(
            200,
            {**HTML_HEADERS, "Content-Encoding": "gzip"},
            gzip.compress(b"<p>one</p>") + gzip.compress(b"<p>two</p>"),
        )
    )
    assert fetch(server.url(), allow_private=True).body == b"<p>one</p><p>two</p>"


def test_corrupt_compressed_data_is_unsupported(serve):
    server = serve(
        respond(200, {**HTML_HEADERS, "Content-Encoding": "gzip"}, b"\x1f\x8b\x08\x00garbage" * 10)
    )
    with pytest.raises(UnsupportedContent, match="decompress"):
        fetch(server.url(), allow_private=True)


@pytest.mark.parametrize("encoding", ["zstd", "compress", "sdch", "gzip, gzip, gzip"])
def test_an_unknown_or_absurd_compression_is_unsupported(serve, encoding):
    server = serve(respond(200, {**HTML_HEADERS, "Content-Encoding": encoding}, b"whatever"))
    with pytest.raises(UnsupportedContent):
        fetch(server.url(), allow_private=True)


# --- Content types ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/svg",
        "application/octet-stream",
        "video/mp4",
        "application/zip",
        "font/woff2",
        "application/json",
    ],
)
def test_a_non_text_content_type_is_unsupported(serve, content_type):
    server = serve(respond(200, {"Content-Type": content_type}, b"%PDF-1.7 binary"))
    with pytest.raises(UnsupportedContent, match=content_type):
        fetch(server.url(), allow_private=True)


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x06\x00",
        bytes(range(256)) * 20,
    ],
)
def test_binary_content_labelled_as_html_is_unsupported(serve, body):
    server = serve(respond(200, HTML_HEADERS, body))
    with pytest.raises(UnsupportedContent):
        fetch(server.url(), allow_private=True)


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html",
        "application/xhtml+xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "text/plain",
    ],
)
def test_text_html_and_feed_types_are_accepted(serve, content_type):
    server = serve(respond(200, {"Content-Type": content_type}, PAGE))
    assert fetch(server.url(), allow_private=True).content_type == content_type


# --- TLS ----------------------------------------------------------------------------------------


def _tls_server(serve, certificate):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate)
    return serve(respond(200, HTML_HEADERS, PAGE), tls=context)


def _trusting(certificate):
    context = ssl.create_default_context(cafile=str(certificate))
    return lambda: context


def test_tls_is_checked_against_the_host_name_while_connecting_to_the_pinned_address(
    serve, certificate, monkeypatch
):
    server = _tls_server(serve, certificate)
    monkeypatch.setattr(fetch_module, "_ssl_context", _trusting(certificate))
    authority = f"news.example:{server.port}"
    result = fetch(
        f"https://{authority}/a", resolver=lambda host: ["127.0.0.1"], allow_private={authority}
    )
    assert result.body == PAGE
    assert server.server_names == ["news.example"]
    assert server.header("Host") == authority


def test_a_certificate_for_another_name_is_refused(serve, certificate, monkeypatch):
    server = _tls_server(serve, certificate)
    monkeypatch.setattr(fetch_module, "_ssl_context", _trusting(certificate))
    authority = f"other.example:{server.port}"
    with pytest.raises(FetchFailed, match="certificate"):
        fetch(
            f"https://{authority}/", resolver=lambda host: ["127.0.0.1"], allow_private={authority}
        )


def test_an_untrusted_certificate_is_refused(serve, certificate):
    server = _tls_server(serve, certificate)
    authority = f"news.example:{server.port}"
    with pytest.raises(FetchFailed, match="certificate"):
        fetch(
            f"https://{authority}/", resolver=lambda host: ["127.0.0.1"], allow_private={authority}
        )
