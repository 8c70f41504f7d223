"""The fetcher against real HTTP servers on 127.0.0.1, with loopback allowed explicitly.

No test sends a packet to any address but 127.0.0.1: `no_outside_traffic` fails any attempt.
"""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import brotli
import pytest
from local_server import Handler, LocalServer, Reply, serve

from watchdesk.errors import AddressRefused, DocumentTooLarge, FetchError, InputError
from watchdesk.extract.decode import decode_document
from watchdesk.ingest.fetch import Fetcher, FetchOptions, page_document
from watchdesk.ingest.netguard import parse_networks
from watchdesk.records import RawDocument

LOOPBACK = parse_networks(["127.0.0.0/8"])
PAGE = b"<html><head><title>Crossings</title></head><body><p>Troops stay.</p></body></html>"


@pytest.fixture(autouse=True)
def no_outside_traffic(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record every socket connection; anything but loopback fails the test on the spot."""
    opened: list[Any] = []
    real = socket.create_connection

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        opened.append(address)
        assert address[0] in ("127.0.0.1", "localhost"), f"connection to {address} attempted"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    return opened


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as running:
        yield running


@pytest.fixture
def make_fetcher() -> Iterator[Callable[..., Fetcher]]:
    made: list[Fetcher] = []

    def make(**options: Any) -> Fetcher:
        sleep = options.pop("sleep", time.sleep)
        defaults: dict[str, Any] = {
            "timeout_s": 1.0,
            "max_bytes": 1024 * 1024,
            "delay_s": 0.0,
            "allow_networks": LOOPBACK,
            "retries": 0,
            "backoff_s": 0.01,
        }
        fetcher = Fetcher(FetchOptions(**{**defaults, **options}), sleep=sleep)
        made.append(fetcher)
        return fetcher

    yield make
    for fetcher in made:
        fetcher.close()


def test_a_page_is_fetched_with_its_charset_and_validators(server, make_fetcher) -> None:
    server.routes["/a"] = Reply(PAGE, content_type="text/html; charset=Windows-1251", etag='"v1"')
    result = make_fetcher().fetch(server.url("/a"))
    assert (result.status, result.content, result.media_type) == (200, PAGE, "text/html")
    assert result.encoding == "windows-1251"
    assert result.etag == '"v1"'
    document = page_document(result, source="north", language="en")
    assert isinstance(document, RawDocument)
    assert (document.uri, document.encoding, document.source) == (
        server.url("/a"),
        "windows-1251",
        "north",
    )


def test_the_user_agent_names_watchdesk(server, make_fetcher) -> None:
    server.routes["/a"] = Reply(PAGE)
    make_fetcher().fetch(server.url("/a"))
    assert all(hit.headers["user-agent"].startswith("watchdesk/") for hit in server.hits)


def test_a_second_fetch_with_the_etag_gets_304_and_no_body(server, make_fetcher) -> None:
    server.routes["/a"] = Reply(PAGE, etag='"v1"')
    fetcher = make_fetcher()
    first = fetcher.fetch(server.url("/a"))
    second = fetcher.fetch(server.url("/a"), etag=first.etag)
    assert second.not_modified
    assert second.content == b""
    assert server.hits[-1].headers["if-none-match"] == '"v1"'


def test_last_modified_is_sent_back_as_if_modified_since(server, make_fetcher) -> None:
    stamp = "Fri, 20 Feb 2026 09:00:00 GMT"

    def conditional(handler: Handler) -> None:
        if handler.headers.get("If-Modified-Since") == stamp:
            handler.send_response(304)
            handler.end_headers()
        else:
            handler.reply(Reply(PAGE, headers={"Last-Modified": stamp}))

    server.routes["/a"] = conditional
    fetcher = make_fetcher()
    first = fetcher.fetch(server.url("/a"))
    assert first.last_modified == stamp
    assert fetcher.fetch(server.url("/a"), last_modified=first.last_modified).not_modified


@pytest.mark.parametrize(
    ("declared", "body"),
    [
        ("utf-8", "Войска остаются.".encode("cp1251")),  # says UTF-8, sends windows-1251
        ("x-no-such-charset", b"Troops stay."),  # a label no codec knows
        ("windows-1251", "Troops stay — for now.".encode()),  # says 1251, sends UTF-8
    ],
)
def test_wrong_charset_headers_reach_decoding_and_never_crash_it(
    server, make_fetcher, declared: str, body: bytes
) -> None:
    server.routes["/a"] = Reply(
        b"<p>" + body + b"</p>", content_type=f"text/html; charset={declared}"
    )
    document = page_document(make_fetcher().fetch(server.url("/a")))
    assert isinstance(document, RawDocument)
    assert document.encoding == declared
    try:
        text = decode_document(document)
    except InputError as exc:  # a clear error naming the page is a correct outcome too
        text = str(exc)
        assert text.startswith(server.url("/a"))
    assert text


def test_non_page_content_types_are_an_error_naming_the_url(server, make_fetcher) -> None:
    server.routes["/a.png"] = Reply(b"\x89PNG....", content_type="image/png")
    document = page_document(make_fetcher().fetch(server.url("/a.png")))
    assert isinstance(document, InputError)
    assert "image/png" in str(document)


def test_redirects_are_followed_and_the_final_url_kept(server, make_fetcher) -> None:
    server.routes["/old"] = Reply(status=301, headers={"Location": "/new"})
    server.routes["/new"] = Reply(PAGE)
    result = make_fetcher().fetch(server.url("/old"))
    assert (result.url, result.final_url, result.content) == (
        server.url("/old"),
        server.url("/new"),
        PAGE,
    )


def test_redirect_chains_are_capped(server, make_fetcher) -> None:
    for i in range(5):
        server.routes[f"/r{i}"] = Reply(status=302, headers={"Location": f"/r{i + 1}"})
    with pytest.raises(FetchError, match="more than 2 redirects"):
        make_fetcher(max_redirects=2).fetch(server.url("/r0"))
    assert server.paths().count("/r3") == 0


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("http://10.0.0.1/admin", "10.0.0.1, a private address"),
        ("http://169.254.169.254/latest/meta-data/", "the cloud metadata address"),
        ("http://[::ffff:169.254.169.254]/", "the cloud metadata address"),
        ("http://100.100.100.200/", "carrier-grade NAT"),
        ("http://[fd00::1]/", "a private address"),
        ("file:///etc/passwd", "scheme 'file'"),
        ("http://user:pw@127.0.0.1/", "credentials"),
    ],
)
def test_redirects_to_forbidden_targets_are_refused_before_connecting(
    server, make_fetcher, no_outside_traffic, target: str, reason: str
) -> None:
    server.routes["/go"] = Reply(status=302, headers={"Location": target})
    with pytest.raises(AddressRefused) as caught:
        make_fetcher().fetch(server.url("/go"))
    message = str(caught.value)
    assert message.startswith(server.url("/go"))
    assert f"redirected to {target}" in message
    assert reason in message
    assert all(address[0] == "127.0.0.1" for address in no_outside_traffic)


def test_loopback_is_refused_unless_allowed(server, make_fetcher, no_outside_traffic) -> None:
    server.routes["/a"] = Reply(PAGE)
    with pytest.raises(AddressRefused, match=r"127\.0\.0\.1, a loopback address"):
        make_fetcher(allow_networks=()).fetch(server.url("/a"))
    assert server.hits == []
    assert no_outside_traffic == []


def test_a_name_resolving_to_loopback_is_refused_when_not_allowed(server) -> None:
    """DNS answers are checked too, and the fetcher connects only to the address it checked."""
    fetcher = Fetcher(FetchOptions(delay_s=0, retries=0), resolver=lambda host, port: ["127.0.0.1"])
    with fetcher, pytest.raises(AddressRefused, match=r"news\.example resolves to 127\.0\.0\.1"):
        fetcher.fetch(f"http://news.example:{server.port}/a")
    assert server.hits == []


def test_a_name_is_connected_to_the_address_that_was_checked(server, no_outside_traffic) -> None:
    server.routes["/a"] = Reply(PAGE)
    fetcher = Fetcher(
        FetchOptions(delay_s=0, retries=0, allow_networks=LOOPBACK),
        resolver=lambda host, port: ["127.0.0.1"],
    )
    with fetcher:
        assert fetcher.fetch(f"http://news.example:{server.port}/a").content == PAGE
    assert {address[0] for address in no_outside_traffic} == {"127.0.0.1"}
    assert server.hits[-1].headers["host"] == f"news.example:{server.port}"


def test_a_body_trickled_forever_is_cut_at_the_deadline(server, make_fetcher) -> None:
    server.routes["/slow"] = lambda handler: handler.trickle(b"x", every_s=0.05)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0\.4 s"):
        make_fetcher(timeout_s=0.4).fetch(server.url("/slow"))
    assert time.monotonic() - started < 1.0


def test_a_server_that_never_answers_is_cut_at_the_deadline(server, make_fetcher) -> None:
    server.routes["/mute"] = lambda handler: time.sleep(1.5)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        make_fetcher(timeout_s=0.3).fetch(server.url("/mute"))
    assert time.monotonic() - started < 1.0


def test_an_endless_fast_body_is_cut_at_the_size_cap(server, make_fetcher) -> None:
    server.routes["/endless"] = lambda handler: handler.trickle(b"x" * 65536, every_s=0)
    with pytest.raises(DocumentTooLarge, match="over the limit of 100,000 bytes"):
        make_fetcher(max_bytes=100_000).fetch(server.url("/endless"))


def test_a_declared_length_over_the_cap_is_refused_unread(server, make_fetcher) -> None:
    server.routes["/big"] = Reply(b"x" * 200_000)
    with pytest.raises(DocumentTooLarge, match="200,000 bytes"):
        make_fetcher(max_bytes=100_000).fetch(server.url("/big"))


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", gzip.compress), ("br", brotli.compress)],
)
def test_compressed_pages_are_decoded(server, make_fetcher, encoding: str, compress) -> None:
    server.routes["/a"] = Reply(compress(PAGE), headers={"Content-Encoding": encoding})
    assert make_fetcher().fetch(server.url("/a")).content == PAGE
    assert "br" in server.hits[0].headers["accept-encoding"]


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", lambda data: gzip.compress(data, 9)),
        ("br", lambda data: brotli.compress(data, quality=4)),
    ],
)
def test_a_compression_bomb_is_cut_at_the_cap_on_decoded_bytes(
    server, make_fetcher, encoding: str, compress
) -> None:
    bomb = compress(b"\0" * (32 * 1024 * 1024))  # 32 MiB of zeros in a few tens of kilobytes
    assert len(bomb) < 100_000
    server.routes["/bomb"] = Reply(bomb, headers={"Content-Encoding": encoding})
    with pytest.raises(DocumentTooLarge, match="over the limit of 1,000,000 decoded bytes"):
        make_fetcher(max_bytes=1_000_000).fetch(server.url("/bomb"))


def test_robots_txt_disallow_is_honoured(server, make_fetcher) -> None:
    server.routes["/robots.txt"] = Reply(
        b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    server.routes["/private/a"] = Reply(PAGE)
    server.routes["/public/a"] = Reply(PAGE)
    fetcher = make_fetcher()
    with pytest.raises(FetchError, match=r"disallowed by .*/robots\.txt"):
        fetcher.fetch(server.url("/private/a"))
    assert fetcher.fetch(server.url("/public/a")).content == PAGE
    assert server.paths() == ["/robots.txt", "/public/a"]  # asked once, private never requested


def test_5xx_is_retried_with_back_off_then_reported(server, make_fetcher) -> None:
    server.routes["/down"] = Reply(b"down", status=503)
    waits: list[float] = []
    with pytest.raises(FetchError, match="HTTP 503 after 3 attempts"):
        make_fetcher(retries=2, backoff_s=0.01, sleep=waits.append).fetch(server.url("/down"))
    assert server.paths().count("/down") == 3
    assert waits == [0.01, 0.02]


def test_a_5xx_that_recovers_succeeds(server, make_fetcher) -> None:
    answers = iter([Reply(status=502), Reply(PAGE)])
    server.routes["/flaky"] = lambda handler: handler.reply(next(answers))
    assert make_fetcher(retries=2).fetch(server.url("/flaky")).content == PAGE


def test_a_4xx_is_not_retried(server, make_fetcher) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        make_fetcher(retries=2).fetch(server.url("/missing"))
    assert server.paths().count("/missing") == 1


def test_requests_to_one_host_wait_their_turn(server, make_fetcher) -> None:
    server.routes["/a"] = Reply(PAGE)
    waits: list[float] = []
    fetcher = make_fetcher(delay_s=5.0, sleep=waits.append)
    fetcher.fetch(server.url("/a"))  # robots.txt, then /a: one wait
    fetcher.fetch(server.url("/a"))
    assert len(waits) == 2
    assert all(0 < wait <= 5.0 for wait in waits)
