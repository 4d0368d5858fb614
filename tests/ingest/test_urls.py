"""Which URLs may be fetched: every spelling of a private address is refused before any I/O."""

import ipaddress
import socket

import pytest

from accords.ingest.errors import BlockedURL, FetchFailed, TransientFetchError
from accords.ingest.fetch import fetch, is_public_address, validate_url

REFUSED_SCHEMES = [
    "file:///etc/passwd",
    "FILE:///c:/windows/win.ini",
    "ftp://example.com/file.txt",
    "gopher://example.com:70/_GET",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "dict://example.com:11211/stats",
    "ldap://example.com/",
    "mailto:editor@example.com",
    "ws://example.com/socket",
    "feed://example.com/rss",
    "//example.com/no-scheme",
    "example.com/no-scheme",
    "/relative/path",
    "?query-only",
    "http:example.com",
]

REFUSED_SYNTAX = [
    "",
    "   ",
    "\x00",
    "http://",
    "http:///path-without-host",
    "http://exa mple.com/",
    "http://example.com:0/",
    "http://example.com:99999/",
    "http://example.com:port/",
    "http://exa\x00mple.com/",
    "http://example.com/\x07bell",
    "http://ex%ample.com/",
    "http://%ff%fe.example/",
    "http://-leading-hyphen.example/",
    "http://a..b.example/",
    "http://" + "a" * 64 + ".example/",
    "http://" + "a." * 130 + "example/",
    "http://[::1/",
    "http://[not-an-ip]/",
    "http://[fe80::1%25eth0]/",
    "http://256.0.0.1/",
    "http://1.2.3.4.5/",
    "http://0x100000000/",
    "http://4294967296/",
    "http://1.0x1000000/",
    "http://09.0.0.1/",
    "http://example.123/",
    "http://example.com/" + "a" * 9000,
    "http://example.com/\ud800",
    "http://\udcff.example/",
]

REFUSED_CREDENTIALS = [
    "http://user:password@example.com/",
    "http://user@example.com/",
    "http://:@example.com/",
    "http://@example.com/",
    "https://token@example.com/feed",
    "http://example.com@127.0.0.1/",
    "http://127.0.0.1:80@example.com/",
    "http://evil.example\\@127.0.0.1/",
]

# Every spelling browsers accept for loopback, metadata and private addresses.
REFUSED_ADDRESSES = [
    "http://127.0.0.1/",
    "http://127.0.0.1:8000/admin/",
    "HTTP://127.0.0.1/",
    "http://127.0.0.1./",
    "http://127.1/",
    "http://127.0.1/",
    "http://0177.0.0.1/",
    "http://0177.0.0.01/",
    "http://127.000.000.001/",
    "http://0x7f.0.0.1/",
    "http://0X7F.0x0.0x0.0x1/",
    "http://0x7f000001/",
    "http://0x00007f000001/",
    "http://2130706433/",
    "http://017700000001/",
    "http://0x7f.1/",
    "http://127.0.0.1%2e/",
    "http://%31%32%37.0.0.1/",
    "http://%31%32%37%2e%30%2e%30%2e%31/",
    "http://１２７.０.０.１/",
    "http://127。0。0。1/",
    "http://\t127.0.0.1\n/",
    "  http://127.0.0.1/  ",
    "http://localhost/",
    "http://LOCALHOST./",
    "http://localhost:8000/",
    "http://api.localhost/",
    "http://printer.local/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://router.home.arpa/",
    "http://intranet/",
    "http://0.0.0.0/",
    "http://0/",
    "http://0x0/",
    "http://10.0.0.1/",
    "http://10.255.255.255/",
    "http://012.0.0.1/",
    "http://167772161/",
    "http://172.16.0.1/",
    "http://172.31.255.254/",
    "http://192.168.1.1/",
    "http://192.168.0.1:8080/",
    "http://3232235777/",
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254./latest/meta-data/",
    "http://2852039166/",
    "http://0xa9fea9fe/",
    "http://0251.0376.0251.0376/",
    "http://169.254.43518/",
    "http://100.64.0.1/",
    "http://100.127.255.254/",
    "http://224.0.0.1/",
    "http://239.255.255.250/",
    "http://255.255.255.255/",
    "http://240.0.0.1/",
    "http://192.0.0.8/",
    "http://192.0.2.1/",
    "http://198.18.0.1/",
    "http://198.51.100.7/",
    "http://203.0.113.9/",
    "http://[::1]/",
    "http://[::1]:8000/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[::ffff:10.0.0.1]/",
    "http://[::127.0.0.1]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://[2002:7f00:1::]/",
    "http://[2002:a9fe:a9fe::1]/",
    "http://[fe80::1]/",
    "http://[FE80::abcd]/",
    "http://[fc00::1]/",
    "http://[fd00:ec2::254]/",
    "http://[fd12:3456:789a::1]/",
    "http://[ff02::1]/",
    "http://[2001:db8::1]/",
    "http://[2001::1]/",
    "http://[%3A%3A1]/",
]

ALL_REFUSED = REFUSED_SCHEMES + REFUSED_SYNTAX + REFUSED_CREDENTIALS + REFUSED_ADDRESSES


@pytest.mark.parametrize("url", ALL_REFUSED)
def test_it_refuses_a_url_that_is_not_a_public_http_page(url):
    with pytest.raises(BlockedURL) as refused:
        validate_url(url)
    assert str(refused.value) == refused.value.message
    assert refused.value.message


@pytest.mark.parametrize("url", ALL_REFUSED)
def test_fetch_refuses_it_before_any_lookup_or_connection(url, network_calls):
    resolved = []
    with pytest.raises(BlockedURL):
        fetch(url, resolver=lambda host: resolved.append(host) or ["93.184.216.34"])
    assert resolved == []
    assert network_calls == []


@pytest.mark.parametrize(
    "url, normalized",
    [
        ("https://example.com", "https://example.com/"),
        ("HTTP://Example.COM/Path", "http://example.com/Path"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com./", "http://example.com/"),
        ("  https://example.com/news  ", "https://example.com/news"),
        ("https://example.com/a b?q=ü", "https://example.com/a%20b?q=%C3%BC"),
        ("https://example.com/a%20b", "https://example.com/a%20b"),
        ("https://example.com/page#section", "https://example.com/page"),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://xn--bcher-kva.example/", "https://xn--bcher-kva.example/"),
        (
            "https://новости.example/статья",
            "https://xn--b1amnebsh.example/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F",
        ),
        ("https://sub_domain.example.com/", "https://sub_domain.example.com/"),
        ("http://8.8.8.8/", "http://8.8.8.8/"),
        ("http://134744072/", "http://8.8.8.8/"),
        ("http://0x08080808/", "http://8.8.8.8/"),
        ("http://[2606:4700:4700::1111]/dns", "http://[2606:4700:4700::1111]/dns"),
        ("http://[::ffff:8.8.8.8]/", "http://[::ffff:808:808]/"),
        (
            "https://www.kompas.com/read/2025/11/07/kazakhstan?page=all",
            "https://www.kompas.com/read/2025/11/07/kazakhstan?page=all",
        ),
    ],
)
def test_it_normalizes_a_public_url(url, normalized):
    assert validate_url(url) == normalized
    assert validate_url(normalized) == normalized


PRIVATE_ANSWERS = [
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.0.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.251",
    "255.255.255.255",
    "240.0.0.1",
    "192.0.2.5",
    "::1",
    "::",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd00:ec2::254",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "64:ff9b::a00:1",
    "2002:a00:1::1",
    "ff02::1",
    "2001:db8::1",
    "not-an-address",
]


@pytest.mark.parametrize("answer", PRIVATE_ANSWERS)
def test_it_refuses_a_host_whose_dns_answer_is_not_public(answer, network_calls):
    with pytest.raises(BlockedURL):
        fetch("https://innocent.example/news", resolver=lambda host: [answer])
    assert network_calls == []


def test_it_refuses_a_host_if_any_of_its_addresses_is_private(network_calls):
    with pytest.raises(BlockedURL, match="10.0.0.7"):
        fetch("https://mixed.example/", resolver=lambda host: ["93.184.216.34", "10.0.0.7"])
    assert network_calls == []


def test_it_looks_up_the_bare_host_name(network_calls):
    asked = []
    with pytest.raises(BlockedURL):
        fetch(
            "https://News.Example.:8443/a",
            resolver=lambda host: asked.append(host) or ["127.0.0.1"],
        )
    assert asked == ["news.example"]


def test_the_system_resolver_asks_for_an_absolute_name(network_calls):
    # The trailing dot keeps resolv.conf search domains from being appended.
    with pytest.raises(FetchFailed, match="does not exist"):
        fetch("https://intranet-wiki.example/")
    assert network_calls == [("getaddrinfo", "intranet-wiki.example.")]


def test_a_host_without_addresses_is_a_permanent_failure(network_calls):
    with pytest.raises(FetchFailed):
        fetch("https://empty.example/", resolver=lambda host: [])


def test_a_failing_lookup_is_worth_retrying(network_calls):
    def resolver(host):
        raise socket.gaierror(socket.EAI_AGAIN, "temporary failure in name resolution")

    with pytest.raises(TransientFetchError) as failed:
        fetch("https://flaky.example/", resolver=resolver)
    assert failed.value.permanent is False


@pytest.mark.parametrize(
    "address",
    [
        "8.8.8.8",
        "1.1.1.1",
        "93.184.216.34",
        "2606:4700:4700::1111",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
    ],
)
def test_it_accepts_public_addresses(address):
    assert is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", [a for a in PRIVATE_ANSWERS if a != "not-an-address"])
def test_it_recognises_non_public_addresses(address):
    assert not is_public_address(ipaddress.ip_address(address))
