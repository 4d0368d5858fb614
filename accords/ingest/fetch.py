"""The one guarded network client: fetch a public http(s) page with hard limits.

Everything an attacker controls (the submitted URL, DNS answers, redirects, headers, the body)
is checked here, so callers never talk to the network themselves. The rules:

- only http and https, no credentials in the URL;
- the host must resolve only to global addresses, and we connect to exactly the address we
  checked (no second DNS lookup that could answer differently: DNS rebinding);
- redirects are followed by hand, each hop checked again;
- one deadline for the whole fetch, DNS included, so a server trickling bytes cannot hold a
  worker longer than ``timeout``;
- the body is streamed and cut at ``max_bytes``, counted before and after decompression.

We talk to httpcore, the transport layer under httpx, rather than to ``httpx.Client``: the
client's conveniences (automatic redirects and decompression, proxies from the environment)
are each something these rules must replace.
"""

import functools
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

import httpcore
import httpx
import idna

from .errors import (
    BlockedURL,
    FetchFailed,
    ResponseTooLarge,
    TransientFetchError,
    UnsupportedContent,
)
from .sniff import binary_kind, is_text_media_type, parse_content_type

try:  # brotli is optional: without it we simply do not offer "br" to servers.
    import brotli
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None

DEFAULT_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8"
)
USER_AGENT = "accords-tracker/0.1 (editor-reviewed news archive)"

MAX_URL_LENGTH = 8192
# Decompressed output is produced in pieces of at most this size, so a compression bomb can
# never make one call allocate more than this.
_PIECE = 64 * 1024
_REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# Client errors that may well succeed later.
_TRANSIENT_CLIENT_STATUSES = {408, 425, 429}

# Names that always mean "this machine" or "the local network", whatever DNS says
# (RFC 6761, RFC 6762, RFC 8375, and the cloud metadata names under .internal).
_LOCAL_NAME_SUFFIXES = ("localhost", "local", "localdomain", "internal", "home.arpa", "lan")
_HOST_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
# Special-purpose blocks that some Python versions still count as global.
_NEVER_PUBLIC = tuple(
    ipaddress.ip_network(network)
    for network in ("192.0.0.0/24", "100.64.0.0/10", "64:ff9b:1::/48", "100::/64", "2001::/23")
)


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL after redirects
    status_code: int
    content_type: str  # media type only, lowercased, e.g. "text/html"; "" if the server sent none
    charset: str | None  # from the Content-Type header
    body: bytes


@dataclass(frozen=True)
class _Target:
    """A checked URL, split into what the connection needs."""

    url: str  # normalized
    host: str  # lowercase ASCII; an IPv6 address without brackets
    port: int
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None  # when the host is an IP literal

    @property
    def authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


# --- URL checks -------------------------------------------------------------------------------


def validate_url(url: str) -> str:
    """Return ``url`` normalized, or raise BlockedURL.

    Checks syntax, scheme, credentials and literal addresses in every spelling browsers accept
    (``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``127.1``, ``[::ffff:127.0.0.1]``, ...).
    It does not look the host up in DNS: ``fetch`` does that, right before connecting.
    """
    return _parse_url(url, allow_private=False).url


def _parse_url(url: str, *, allow_private: "bool | Collection[str]") -> _Target:
    if not isinstance(url, str):
        raise BlockedURL("The link must be text.")
    # Like browsers: ignore surrounding spaces and controls, drop tabs and newlines anywhere.
    url = re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21)))))
    if not url:
        raise BlockedURL("The link is empty.")
    if len(url) > MAX_URL_LENGTH:
        raise BlockedURL("The link is too long.")
    if re.search(r"[\x00-\x1f\x7f\ud800-\udfff]", url):
        raise BlockedURL("The link contains control characters.")
    try:
        parts = urlsplit(url)
        port = parts.port
        raw_host = parts.hostname
    except ValueError:
        raise BlockedURL("This is not a valid link.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f'"{scheme}:"' if scheme else "without a scheme"
        raise BlockedURL(f"Only http and https links can be fetched, not a link {shown}.")
    if "@" in parts.netloc:
        raise BlockedURL("The link contains a user name or password; such links are not fetched.")
    if not raw_host:
        raise BlockedURL("The link has no host name.")
    if port == 0:
        raise BlockedURL("The link has an invalid port.")
    port = port or (443 if scheme == "https" else 80)

    if parts.netloc.startswith("["):
        host, ip = _parse_bracketed_ipv6(raw_host)
    else:
        host, ip = _parse_host(raw_host)

    target = _Target(
        url=_build_url(scheme, host, port, parts.path, parts.query), host=host, port=port, ip=ip
    )
    if not _private_allowed(target, allow_private):
        if ip is not None and not is_public_address(ip):
            raise BlockedURL(
                f"{host} is a private or reserved address; only public sites can be fetched."
            )
        if ip is None and _is_local_name(host):
            raise BlockedURL(f"{host} is a local host name; only public sites can be fetched.")
    return target


def _is_local_name(host: str) -> bool:
    # A name without a dot is completed with the resolver's search domains ("intranet" becomes
    # "intranet.corp.example"), so it always means the local network.
    return "." not in host or any(host == s or host.endswith("." + s) for s in _LOCAL_NAME_SUFFIXES)


def _parse_bracketed_ipv6(raw_host: str) -> tuple[str, ipaddress.IPv6Address]:
    text = unquote(raw_host)
    if "%" in text:
        # A zone id ("fe80::1%eth0") only ever names a local interface.
        raise BlockedURL("The link names a local network interface.")
    try:
        ip = ipaddress.IPv6Address(text)
    except ValueError:
        raise BlockedURL("The link has an invalid IPv6 address.") from None
    return ip.compressed, ip


def _parse_host(raw_host: str) -> tuple[str, ipaddress.IPv4Address | None]:
    # Browsers percent-decode and IDNA-map the host before anything else, so "%31%32%37.0.0.1"
    # and fullwidth "１２７.０.０.１" are 127.0.0.1: we must see the same host they would.
    try:
        host = unquote(raw_host, errors="strict")
    except UnicodeDecodeError:
        raise BlockedURL("The link has an invalid host name.") from None
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            raise BlockedURL("The link has an invalid host name.") from None
    host = host.lower().removesuffix(".")  # after IDNA, which maps "．" and "。" to "."
    ipv4 = _parse_ipv4(host)
    if ipv4 is not None:
        return str(ipv4), ipv4
    labels = host.split(".")
    if len(host) > 253 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        raise BlockedURL("The link has an invalid host name.")
    return host, None


def _parse_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """Parse ``host`` the way the WHATWG URL standard (and so every browser) does.

    A host whose last label is a number is an IPv4 address, and each of up to four parts may be
    decimal, octal (leading 0) or hex (0x); the last part fills the remaining bytes. Returns
    None for ordinary domain names.
    """
    parts = host.split(".")
    if not re.fullmatch(r"[0-9]+|0[xX][0-9a-fA-F]*", parts[-1]):
        return None
    invalid = BlockedURL(f"{host} is not a valid IP address.")
    if len(parts) > 4:
        raise invalid
    numbers = []
    for part in parts:
        if re.fullmatch(r"0[xX][0-9a-fA-F]*", part):
            numbers.append(int(part[2:] or "0", 16))
        elif re.fullmatch(r"0[0-7]+", part):
            numbers.append(int(part, 8))
        elif re.fullmatch(r"[0-9]+", part) and (part == "0" or not part.startswith("0")):
            numbers.append(int(part))
        else:
            raise invalid
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (5 - len(numbers)):
        raise invalid
    value = last
    for index, number in enumerate(leading):
        value += number << (8 * (3 - index))
    return ipaddress.IPv4Address(value)


def _build_url(scheme: str, host: str, port: int, path: str, query: str) -> str:
    authority = f"[{host}]" if ":" in host else host
    if port != (443 if scheme == "https" else 80):
        authority += f":{port}"
    # Keep existing %XX escapes and reserved characters; encode spaces, quotes and non-ASCII.
    safe = "/%:@!$&'()*+,;=-._~"
    url = f"{scheme}://{authority}{quote(path or '/', safe=safe)}"
    if query:
        url += "?" + quote(query, safe=safe + "?")
    return url


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True only for globally routable unicast addresses."""
    if ip.version == 6:
        # An IPv6 address that carries an IPv4 one reaches that IPv4 address: judge that one.
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public_address(embedded)
    if any(ip in network for network in _NEVER_PUBLIC if network.version == ip.version):
        return False
    return ip.is_global and not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def _private_allowed(target: _Target, allow_private: "bool | Collection[str]") -> bool:
    if isinstance(allow_private, bool):
        return allow_private
    if isinstance(allow_private, str):  # one "host:port", not a string to search in
        return target.authority == allow_private
    return target.authority in allow_private


# --- DNS ----------------------------------------------------------------------------------------


def _system_resolver(host: str) -> list[str]:
    # The trailing dot makes the name absolute, so the resolver's search domains are never
    # appended ("news" must not quietly become "news.corp.example").
    infos = socket.getaddrinfo(host + ".", None, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


def _resolve(
    target: _Target, resolver: Callable[[str], list[str]], deadline: float, allow_private
) -> list[str]:
    if target.ip is not None:
        return [str(target.ip)]
    answer: dict = {}

    def look_up():
        try:
            answer["addresses"] = list(resolver(target.host))
        except Exception as error:  # handed to the waiting thread below
            answer["error"] = error

    # getaddrinfo has no timeout of its own; a thread lets the deadline cover DNS too.
    thread = threading.Thread(target=look_up, daemon=True)
    thread.start()
    thread.join(max(0.0, deadline - time.monotonic()))
    if thread.is_alive():
        raise TransientFetchError(f"Looking up {target.host} timed out.")
    error = answer.get("error")
    if isinstance(error, socket.gaierror) and error.errno in (
        socket.EAI_NONAME,
        getattr(socket, "EAI_NODATA", None),
    ):
        raise FetchFailed(f"The host {target.host} does not exist.")
    if error is not None:
        raise TransientFetchError(f"Could not look up {target.host}.")
    addresses = answer["addresses"]
    if not addresses:
        raise FetchFailed(f"The host {target.host} has no address.")
    checked = []
    for text in addresses:
        try:
            ip = ipaddress.ip_address(str(text))
        except ValueError:
            raise BlockedURL(
                f"{target.host} resolved to something that is not an address."
            ) from None
        if not is_public_address(ip) and not _private_allowed(target, allow_private):
            raise BlockedURL(
                f"{target.host} points to a private or reserved address ({ip}); only public sites can be fetched."
            )
        checked.append(str(ip))
    return checked


# --- Connection: pinned addresses and one deadline ----------------------------------------------


def _time_left(deadline: float, timeout_error: type[Exception]) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise timeout_error("deadline reached")
    return left


class _DeadlineStream(httpcore.NetworkStream):
    """Every read and write waits at most until the fetch's deadline, not a fresh timeout."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float):
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(self._deadline, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(self._deadline, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(
            ssl_context, server_hostname, _time_left(self._deadline, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _PinnedBackend(httpcore.SyncBackend):
    """Connect to the addresses we checked, whatever host the URL names.

    httpcore still uses the URL's host for the Host header, TLS SNI and certificate checks.
    """

    def __init__(self, addresses: list[str], deadline: float):
        self._addresses = addresses
        self._deadline = deadline

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        error: Exception | None = None
        for address in self._addresses:
            try:
                stream = super().connect_tcp(
                    address,
                    port,
                    timeout=_time_left(self._deadline, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as refused:
                error = refused  # try the host's next address
                continue
            return _DeadlineStream(stream, self._deadline)
        raise error


@functools.cache
def _ssl_context():
    return httpx.create_ssl_context()


# --- Content-Encoding, decoded with bounded output ----------------------------------------------


class _ZlibDecoder:
    def __init__(self, encoding: str):
        self._gzip = encoding in ("gzip", "x-gzip")
        self._object = None
        self._head = b""  # the first bytes, until there are enough to tell the framing

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._object is None:
            self._head += data
            if not self._head or (len(self._head) < 2 and data):
                return
            self._object = zlib.decompressobj(self._wbits(self._head))
            data, self._head = self._head, b""
        while True:
            try:
                piece = self._object.decompress(data, _PIECE)
            except zlib.error:
                raise UnsupportedContent(
                    "The server sent compressed data that could not be decompressed."
                ) from None
            if piece:
                yield piece
            data = self._object.unconsumed_tail
            if self._object.eof:
                rest = self._object.unused_data
                if not (self._gzip and rest):
                    return  # bytes after a complete deflate stream are ignored, as browsers do
                # Several gzip members in a row form one body.
                self._object = zlib.decompressobj(self._wbits(rest))
                data = rest + data
            elif not data and len(piece) < _PIECE:
                return  # input used up and nothing held back

    def _wbits(self, data: bytes) -> int:
        if self._gzip:
            return 16 + zlib.MAX_WBITS
        # "deflate" should be zlib-wrapped, but some servers send a raw deflate stream.
        is_zlib = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
        return zlib.MAX_WBITS if is_zlib else -zlib.MAX_WBITS


class _BrotliDecoder:
    def __init__(self):
        self._object = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            yield self._object.process(data, output_buffer_limit=_PIECE)
            while not self._object.can_accept_more_data():
                yield self._object.process(b"", output_buffer_limit=_PIECE)
        except brotli.error:
            raise UnsupportedContent(
                "The server sent compressed data that could not be decompressed."
            ) from None


def _decoders(content_encoding: str) -> list:
    """Decoders for a Content-Encoding header, in the order to apply them."""
    decoders = []
    for encoding in reversed([e.strip() for e in content_encoding.lower().split(",") if e.strip()]):
        if encoding == "identity":
            continue
        if encoding in ("gzip", "x-gzip", "deflate"):
            decoders.append(_ZlibDecoder(encoding))
        elif encoding == "br" and brotli is not None:
            decoders.append(_BrotliDecoder())
        else:
            raise UnsupportedContent(
                f'The server used a compression we cannot read ("{encoding}").'
            )
    if len(decoders) > 2:
        raise UnsupportedContent(
            "The server compressed the page more times than any real server does."
        )
    return decoders


def _decode(chunks: Iterable[bytes], decoders: list) -> Iterator[bytes]:
    for decoder in decoders:
        chunks = _through(decoder, chunks)
    return iter(chunks)


def _through(decoder, chunks: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.feed(b"")  # drain what the decoder still holds


# --- The fetch ----------------------------------------------------------------------------------


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 5 * 1024 * 1024,
    max_redirects: int = 5,
    accept: str = DEFAULT_ACCEPT,
    resolver: Callable[[str], list[str]] | None = None,
    allow_private: bool | Collection[str] = False,
) -> FetchResult:
    """GET ``url`` under the module's rules and return the decoded (decompressed) body.

    ``timeout`` is a deadline for the whole fetch: DNS, connecting, every redirect and the body.
    ``resolver`` replaces DNS (``callable(host) -> list of address strings``), for tests.

    ``allow_private`` exists ONLY so tests can fetch from their own server on 127.0.0.1;
    nothing in the product sets it. ``True`` lifts the address checks for every hop; a
    collection of ``"host:port"`` strings lifts them only for those hosts, so a test can let the
    first hop reach its local server and still see a redirect to another local port refused.

    Raises BlockedURL, FetchFailed, TransientFetchError, ResponseTooLarge or UnsupportedContent.
    """
    deadline = time.monotonic() + timeout
    resolver = resolver or _system_resolver
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": accept,
        "Accept-Encoding": "gzip, deflate, br" if brotli is not None else "gzip, deflate",
    }
    target = _parse_url(url, allow_private=allow_private)
    for _hop in range(max_redirects + 1):
        addresses = _resolve(target, resolver, deadline, allow_private)
        answered = []
        try:
            result = _get(target, addresses, headers, deadline, max_bytes, answered)
        except httpcore.TimeoutException:
            if answered:
                # The server answered and then sent the page too slowly to finish in time: a
                # slow drip does the same on every try, so it is not retried.
                raise FetchFailed(
                    f"{target.host} sent the page too slowly: it was not complete after "
                    f"{timeout:g} seconds."
                ) from None
            raise TransientFetchError(
                f"The site did not answer within {timeout:g} seconds."
            ) from None
        except httpcore.ConnectError as error:
            # httpcore passes on the ssl error it caught as the context. A bad certificate is
            # not something a retry fixes, and an editor should see why.
            if isinstance(error.__context__, ssl.SSLCertVerificationError):
                raise FetchFailed(
                    f"The security certificate of {target.host} is not valid."
                ) from None
            raise TransientFetchError(f"Could not connect to {target.host}.") from None
        except httpcore.NetworkError:
            raise TransientFetchError(f"The connection to {target.host} broke off.") from None
        except httpcore.ProtocolError:
            raise TransientFetchError(f"{target.host} sent a malformed HTTP response.") from None
        if isinstance(result, FetchResult):
            return result
        target = _parse_url(urljoin(target.url, result), allow_private=allow_private)
    raise FetchFailed(f"Gave up after {max_redirects} redirects.")


def _get(
    target: _Target,
    addresses: list[str],
    headers: dict,
    deadline: float,
    max_bytes: int,
    answered: list,
) -> "FetchResult | str":
    """One request: a FetchResult, or the Location of a redirect.  ``answered`` gets an item
    once the status line and headers are in (the body is what is left)."""
    pool = httpcore.ConnectionPool(
        ssl_context=_ssl_context(),
        network_backend=_PinnedBackend(addresses, deadline),
        max_connections=1,
        max_keepalive_connections=0,
    )
    left = _time_left(deadline, httpcore.ConnectTimeout)
    timeouts = {"connect": left, "read": left, "write": left, "pool": left}
    with (
        pool,
        pool.stream(
            "GET", target.url, headers=headers, extensions={"timeout": timeouts}
        ) as response,
    ):
        answered.append(True)
        status = response.status
        response_headers = _header_dict(response.headers)
        if status in _REDIRECT_STATUSES:
            location = response_headers.get("location")
            if not location:
                raise FetchFailed(f"{target.host} sent a redirect without a destination.")
            return location
        _check_status(status, target)
        content_type, charset = parse_content_type(response_headers.get("content-type", ""))
        if not is_text_media_type(content_type):
            raise UnsupportedContent(
                f"The link points to {content_type}, not to a web page or feed."
            )
        decoders = _decoders(response_headers.get("content-encoding", ""))
        declared = response_headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise ResponseTooLarge(f"The page is larger than the {max_bytes:,} byte limit.")
        body = _read_body(response.stream, decoders, max_bytes)
    return FetchResult(
        url=target.url, status_code=status, content_type=content_type, charset=charset, body=body
    )


def _header_dict(raw_headers: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """Lowercase names; repeated headers joined with ", " as HTTP defines (so two
    Content-Encoding headers still mean two encodings)."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in raw_headers:
        name = raw_name.decode("latin-1").lower()
        try:
            # Servers put UTF-8 in Location headers; browsers read it as such.
            value = raw_value.decode("utf-8").strip()
        except UnicodeDecodeError:
            value = raw_value.decode("latin-1").strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def _check_status(status: int, target: _Target) -> None:
    if 200 <= status < 300:
        return
    if status >= 500 or status in _TRANSIENT_CLIENT_STATUSES:
        raise TransientFetchError(f"{target.host} answered with HTTP {status}; try again later.")
    if status in (404, 410):
        raise FetchFailed(f"The page does not exist (HTTP {status}).")
    raise FetchFailed(f"{target.host} refused the page (HTTP {status}).")


def _read_body(stream: Iterable[bytes], decoders: list, max_bytes: int) -> bytes:
    too_large = ResponseTooLarge(f"The page is larger than the {max_bytes:,} byte limit.")
    received = 0

    def counted() -> Iterator[bytes]:
        # The bytes on the wire, whatever Content-Length said.
        nonlocal received
        for chunk in stream:
            received += len(chunk)
            if received > max_bytes:
                raise too_large
            yield chunk

    body = bytearray()
    sniffed = False
    for piece in _decode(counted(), decoders):
        body += piece
        if len(body) > max_bytes:
            raise too_large  # decompressed size: how compression bombs are caught
        if not sniffed and len(body) >= 1024:
            _refuse_binary(body)
            sniffed = True
    if not sniffed:
        _refuse_binary(body)
    return bytes(body)


def _refuse_binary(body: bytes | bytearray) -> None:
    kind = binary_kind(bytes(body[:4096]))
    if kind:
        raise UnsupportedContent(f"The link points to {kind}, not to a web page or feed.")
