"""The SSRF guard: URL shapes and addresses refused, each with the URL and the reason."""

from __future__ import annotations

import ipaddress

import pytest

from watchdesk.errors import AddressRefused
from watchdesk.ingest.netguard import check_url, parse_networks, refusal, resolve_host


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "metadata"),
        ("::ffff:127.0.0.1", "loopback"),
        ("fc00::1", "private"),
        ("64:ff9b::a00:1", "NAT64"),
    ],
)
def test_non_public_addresses_are_refused_with_a_reason(address: str, reason: str) -> None:
    found = refusal(ipaddress.ip_address(address))
    assert found is not None
    assert reason in found


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1::1", "8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


def test_an_allowed_network_opens_only_that_range() -> None:
    allowed = parse_networks(["127.0.0.0/8"])
    assert refusal(ipaddress.ip_address("127.0.0.1"), allowed) is None
    assert refusal(ipaddress.ip_address("::ffff:127.0.0.1"), allowed) is None
    assert refusal(ipaddress.ip_address("10.0.0.1"), allowed) is not None
    assert refusal(ipaddress.ip_address("::1"), allowed) is not None


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "scheme 'file'"),
        ("ftp://example.org/x", "scheme 'ftp'"),
        ("gopher://example.org/", "scheme 'gopher'"),
        ("https://user:secret@example.org/", "credentials"),
        ("https://user@example.org/", "credentials"),
        ("http:///nohost", "no host"),
        ("http://example.org:99999/", "not a valid URL"),
    ],
)
def test_bad_urls_are_refused_naming_the_url(url: str, reason: str) -> None:
    with pytest.raises(AddressRefused) as caught:
        check_url(url)
    assert caught.value.item == url
    assert reason in str(caught.value)


def test_a_name_resolving_to_a_private_address_is_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.1.2.3"]  # one bad answer refuses the host

    with pytest.raises(AddressRefused, match=r"news\.example resolves to 10\.1\.2\.3, a private"):
        resolve_host("https://news.example/", "news.example", 443, resolver=resolver)


def test_a_name_resolving_to_public_addresses_passes() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34"]

    assert resolve_host("https://news.example/", "news.example", 443, resolver=resolver) == [
        "93.184.216.34"
    ]


def test_an_unresolvable_name_is_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    with pytest.raises(AddressRefused, match="cannot resolve"):
        resolve_host("https://nowhere.invalid/", "nowhere.invalid", 443, resolver=resolver)


def test_ip_literals_are_checked_without_dns() -> None:
    with pytest.raises(AddressRefused, match=r"\[::1\].*loopback"):
        resolve_host("http://[::1]/", "::1", 80, resolver=lambda h, p: ["93.184.216.34"])
