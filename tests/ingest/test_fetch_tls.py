"""HTTPS with address pinning, against a real TLS server on loopback and a throw-away CA.

The fetcher resolves a host itself, checks the addresses and connects to a checked one; TLS must
then still speak to the host by name: SNI carries the name, and the certificate is checked
against the name (never against the pinned address), so pinning weakens no TLS check.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest
import trustme
from local_server import Reply, serve

from watchdesk.errors import AddressRefused, FetchError
from watchdesk.ingest.fetch import Fetcher, FetchOptions
from watchdesk.ingest.netguard import parse_networks

LOOPBACK = parse_networks(["127.0.0.0/8"])
PAGE = b"<html><body><article><p>The crossings stay shut.</p></article></body></html>"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def server_context(ca: trustme.CA, *names: str, seen: list[str | None]) -> ssl.SSLContext:
    """A server certificate for `names`, signed by the test CA; SNI names are noted in `seen`."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)

    def note(_socket: ssl.SSLObject, name: str | None, _context: ssl.SSLContext) -> None:
        seen.append(name)

    context.sni_callback = note
    return context


class PinnedFetcher:
    """A fetcher that trusts the test CA and resolves every name by a table, noting each ask."""

    def __init__(self, ca: trustme.CA | None, table: dict[str, str]) -> None:
        self.asked: list[str] = []
        client = ssl.create_default_context()
        if ca is not None:
            ca.configure_trust(client)

        def resolve(host: str, _port: int) -> list[str]:
            self.asked.append(host)
            return [table[host]]

        self.fetcher = Fetcher(
            FetchOptions(delay_s=0, retries=0, timeout_s=5, allow_networks=LOOPBACK, robots=False),
            resolver=resolve,
            ssl_context=client if ca is not None else None,
        )


@pytest.fixture
def pinned(ca: trustme.CA) -> Iterator[PinnedFetcher]:
    made = PinnedFetcher(ca, {"news.example": "127.0.0.1", "intranet.example": "10.0.0.5"})
    yield made
    made.fetcher.close()


def test_https_goes_to_the_pinned_address_with_the_host_name_in_sni_and_certificate(ca, pinned):
    seen: list[str | None] = []
    with serve(server_context(ca, "news.example", seen=seen)) as server:
        server.routes["/a"] = Reply(PAGE)

        result = pinned.fetcher.fetch(server.url("/a", host="news.example"))

    assert (result.status, result.content) == (200, PAGE)
    assert seen == ["news.example"]  # SNI: the name, though the socket went to 127.0.0.1
    assert set(pinned.asked) == {"news.example"}  # resolved by the guard, not by the TLS layer


def test_a_certificate_for_another_name_is_refused_before_anything_is_sent(ca, pinned):
    with serve(server_context(ca, "other.example", seen=[])) as server:
        server.routes["/a"] = Reply(PAGE)

        with pytest.raises(
            FetchError, match=r"certificate verify failed: (IP address|Hostname) mismatch"
        ):
            pinned.fetcher.fetch(server.url("/a", host="news.example"))

        assert server.hits == []


def test_a_certificate_for_the_pinned_address_alone_does_not_vouch_for_the_name(ca, pinned):
    # The socket goes to 127.0.0.1, and the certificate is good for 127.0.0.1: pinning must not
    # let the address stand in for the name the URL asked for.
    with serve(server_context(ca, "127.0.0.1", seen=[])) as server:
        server.routes["/a"] = Reply(PAGE)

        with pytest.raises(
            FetchError, match=r"certificate verify failed: (IP address|Hostname) mismatch"
        ):
            pinned.fetcher.fetch(server.url("/a", host="news.example"))

        assert server.hits == []


def test_a_certificate_from_an_authority_nobody_trusts_is_refused(ca):
    untrusting = PinnedFetcher(None, {"news.example": "127.0.0.1"})  # httpx's CA bundle only
    with serve(server_context(ca, "news.example", seen=[])) as server:
        server.routes["/a"] = Reply(PAGE)

        with pytest.raises(FetchError, match="certificate verify failed"):
            untrusting.fetcher.fetch(server.url("/a", host="news.example"))

        assert server.hits == []
    untrusting.fetcher.close()


def test_an_https_redirect_to_a_private_address_is_refused_before_connecting(ca, pinned):
    with serve(server_context(ca, "news.example", seen=[])) as server:
        server.routes["/a"] = Reply(
            status=302, headers={"Location": "https://intranet.example/admin"}
        )

        with pytest.raises(AddressRefused, match=r"redirected to https://intranet\.example/admin"):
            pinned.fetcher.fetch(server.url("/a", host="news.example"))

        assert [hit.path for hit in server.hits] == ["/a"]
