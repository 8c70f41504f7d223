"""Edge: polite, SSRF-guarded HTTP fetching with httpx → FetchResult / RawDocument.

One `Fetcher` holds one connection pool for a whole run. Every request it makes:

- is checked by the SSRF guard (`netguard`) before connecting, on the address DNS gave, and again
  for every redirect hop, which is followed by hand and capped;
- connects to the address that was checked (the guarded network backend below resolves and
  connects in one step), so DNS cannot answer differently between the check and the connection;
- is cut off at a total deadline, however slowly the server trickles bytes;
- is cut off at a size cap counted on the *decoded* bytes, so a gzip bomb stops at the cap;
- asks robots.txt first, waits its turn per host, and retries 5xx answers and timeouts with
  back-off, a bounded number of times.
"""

from __future__ import annotations

import re
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from watchdesk import __version__
from watchdesk.errors import AddressRefused, DocumentTooLarge, FetchError, InputError
from watchdesk.ingest.netguard import IPNetwork, Resolver, check_url, resolve_host
from watchdesk.ingest.robots import RobotsCache
from watchdesk.records import RawDocument

try:  # brotli is a declared dependency; without it the fetcher just stops offering "br"
    import brotli
except ImportError:  # pragma: no cover
    brotli = None

DEFAULT_USER_AGENT = f"watchdesk/{__version__} (+https://github.com/watchdesk/watchdesk)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({500, 502, 503, 504})  # 501 and 505 will not get better by waiting
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 §2.5: crawlers must read at least 500 KiB
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:+-]+)""", re.IGNORECASE)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One answer: the bytes (decoded from gzip/brotli, not from their charset) and what HTTP said.

    A 304 answer (`not_modified`) carries no content: the caller already has it.
    """

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content: bytes
    media_type: str  # "text/html", "application/rss+xml" … lower-case, without parameters
    encoding: str | None  # the charset the Content-Type header declared, if any
    etag: str | None
    last_modified: str | None
    fetched_at: datetime

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How the fetcher behaves; the shells build it from Settings."""

    timeout_s: float = 30.0  # total deadline for one fetch, redirects included
    max_bytes: int = 20 * 1024 * 1024  # decoded body size cap
    max_redirects: int = 5
    delay_s: float = 1.0  # minimum pause between two requests to one host
    user_agent: str = DEFAULT_USER_AGENT
    allow_networks: tuple[IPNetwork, ...] = ()  # ranges the operator opened despite the guard
    retries: int = 2  # extra attempts after a 5xx answer or a timeout
    backoff_s: float = 1.0  # first retry waits this long, then twice as long each time
    robots: bool = True


class Fetcher:
    """A polite HTTP client for one run; close it (or use it as a context manager) when done."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        resolver: Resolver | None = None,
        sleep: Callable[[float], None] = time.sleep,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """`resolver` and `ssl_context` (the certificate authorities trusted) are for tests;
        by default the system resolver and httpx's CA bundle serve."""
        self.options = options or FetchOptions()
        self._sleep = sleep
        self._resolver = resolver
        self._request = _RequestState()
        backend = _GuardedBackend(self._request, self.options.allow_networks, resolver)
        self._client = httpx.Client(
            transport=_GuardedTransport(backend, ssl_context or httpx.create_ssl_context()),
            follow_redirects=False,  # followed by hand, so that each hop is checked
            trust_env=False,  # a proxy from the environment would bypass the address check
            timeout=httpx.Timeout(self.options.timeout_s),
            headers={"User-Agent": self.options.user_agent},
        )
        self._last_request: dict[str, float] = {}
        self._robots = RobotsCache(_robots_agent(self.options.user_agent), self._fetch_robots)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET `url` (conditionally, when validators are given); raise FetchError on failure."""
        attempts = self.options.retries + 1
        for attempt in range(attempts):
            try:
                return self._fetch_once(url, etag, last_modified, robots=self.options.robots)
            except _Retryable as exc:
                if attempt + 1 == attempts:
                    tries = f" after {attempts} attempts" if attempts > 1 else ""
                    raise FetchError(url, f"{exc}{tries}") from None
                self._sleep(self.options.backoff_s * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    # -- one attempt -------------------------------------------------------------------------

    def _fetch_once(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        *,
        robots: bool,
        max_bytes: int | None = None,
    ) -> FetchResult:
        limit = max_bytes or self.options.max_bytes
        deadline = time.monotonic() + self.options.timeout_s
        current = url
        for _hop in range(self.options.max_redirects + 1):
            # Every hop is checked before anything is sent, robots.txt included: a redirect to
            # file://, to user:pass@ or to a private address is refused here, naming the hop.
            # The backend checks the address again when it connects, and connects to that one.
            try:
                _scheme, host, port = check_url(current)
                resolve_host(current, host, port, self.options.allow_networks, self._resolver)
            except AddressRefused as exc:
                if current == url:
                    raise
                raise AddressRefused(url, f"redirected to {current}: {exc.detail}") from None
            if robots:
                allowed, why = self._robots.allowed(current)
                if not allowed:
                    raise FetchError(url, why)
            self._wait_turn(host)
            headers = {"Accept-Encoding": _ACCEPT_ENCODING}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            with (
                self._guarded(url, current, deadline),
                self._client.stream("GET", current, headers=headers) as response,
            ):
                status = response.status_code
                if status in REDIRECT_STATUSES and "location" in response.headers:
                    current = urljoin(current, response.headers["location"])
                    continue
                if status in RETRY_STATUSES:
                    raise _Retryable(f"HTTP {status}")
                if status >= 400 or (status >= 300 and status != 304):
                    raise FetchError(url, f"HTTP {status}")
                content = b"" if status == 304 else _read_body(response, url, limit, deadline)
                return _result(url, current, response, content)
        raise FetchError(url, f"more than {self.options.max_redirects} redirects")

    @contextmanager
    def _guarded(self, url: str, current: str, deadline: float) -> Iterator[None]:
        """Point the network backend at this hop, and turn transport failures into FetchErrors."""
        self._request.url = url
        self._request.deadline = deadline
        try:
            yield
        except (httpx.TimeoutException, httpcore.TimeoutException):
            raise _Retryable(f"timed out after {self.options.timeout_s:g} s") from None
        except (httpx.TransportError, httpcore.NetworkError, httpcore.ProtocolError) as exc:
            where = "" if current == url else f" (redirected to {current})"
            raise _Retryable(f"connection failed{where}: {exc or type(exc).__name__}") from None
        finally:
            self._request.deadline = None

    def _wait_turn(self, host: str) -> None:
        """Sleep until this host's last request is `delay_s` old; a polite crawler's pace."""
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.options.delay_s - time.monotonic()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = time.monotonic()

    def _fetch_robots(self, robots_url: str) -> tuple[int, bytes] | None:
        try:
            result = self._fetch_once(
                robots_url, None, None, robots=False, max_bytes=ROBOTS_MAX_BYTES
            )
        except AddressRefused:
            raise
        except (FetchError, _Retryable) as exc:
            status = re.search(r"HTTP (\d{3})", str(exc))
            return (int(status.group(1)), b"") if status else None
        return result.status, result.content


class _Retryable(Exception):
    """A failure that waiting might cure: a 5xx answer, a timeout, a dropped connection."""


def _result(url: str, final_url: str, response: httpx.Response, content: bytes) -> FetchResult:
    content_type = response.headers.get("content-type", "")
    charset = _CHARSET.search(content_type)
    return FetchResult(
        url=url,
        final_url=final_url,
        status=response.status_code,
        content=content,
        media_type=content_type.split(";", 1)[0].strip().lower(),
        encoding=charset.group(1).lower() if charset else None,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        fetched_at=datetime.now(UTC),
    )


def page_document(
    result: FetchResult,
    *,
    source: str | None = None,
    published: date | None = None,
    title: str | None = None,
    language: str | None = None,
) -> RawDocument | InputError:
    """The RawDocument for a fetched page, or an error when it is not an HTML or text page."""
    if result.media_type in _HTML_TYPES or not result.media_type:
        content_type: Any = "text/html"
    elif result.media_type == "text/plain":
        content_type = "text/plain"
    else:
        return InputError(result.final_url, f"{result.media_type} is not a page watchdesk reads")
    return RawDocument(
        uri=result.final_url,
        content=result.content,
        content_type=content_type,
        fetched_at=result.fetched_at,
        source=source,
        published=published,
        title=title,
        language=language,
        encoding=result.encoding,
    )


# -- bodies: size cap on decoded bytes, deadline between chunks ----------------------------------


def _read_body(response: httpx.Response, url: str, limit: int, deadline: float) -> bytes:
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    decoder = _decoder(url, encoding)
    declared = response.headers.get("content-length", "")
    if encoding == "identity" and declared.isdigit() and int(declared) > limit:
        raise DocumentTooLarge(url, f"{int(declared):,} bytes; the limit is {limit:,}")
    body = bytearray()
    for chunk in response.iter_raw():
        if time.monotonic() > deadline:
            raise httpcore.ReadTimeout("deadline passed while reading the body")
        # Ask the decoder for one byte more than the cap allows: getting it proves the body is over.
        body += decoder(chunk, limit + 1 - len(body))
        if len(body) > limit:
            what = "decoded bytes" if encoding != "identity" else "bytes"
            raise DocumentTooLarge(url, f"over the limit of {limit:,} {what}")
    return bytes(body)


Decoder = Callable[[bytes, int], bytes]


def _decoder(url: str, encoding: str) -> Decoder:
    """A function (chunk, at most n bytes) → decoded bytes, never producing more than asked."""
    if encoding in ("", "identity"):
        return lambda chunk, _n: chunk
    if encoding in ("gzip", "x-gzip", "deflate"):
        # wbits 47 accepts gzip and zlib headers alike; "deflate" servers send either.
        inflater = zlib.decompressobj(wbits=47)

        def inflate(chunk: bytes, n: int) -> bytes:
            try:
                return inflater.decompress(chunk, max(n, 1))
            except zlib.error as exc:
                raise FetchError(url, f"bad {encoding} body: {exc}") from None

        return inflate
    if encoding == "br" and brotli is not None:
        unbrotli = brotli.Decompressor()

        def unbrotli_chunk(chunk: bytes, n: int) -> bytes:
            try:
                return bytes(unbrotli.process(chunk, output_buffer_limit=max(n, 1)))
            except brotli.error as exc:
                raise FetchError(url, f"bad br body: {exc}") from None

        return unbrotli_chunk
    raise FetchError(url, f"unsupported Content-Encoding {encoding!r}")


_ACCEPT_ENCODING = "gzip, deflate, br" if brotli is not None else "gzip, deflate"


def _robots_agent(user_agent: str) -> str:
    """The product token robots.txt groups name: "watchdesk" from "watchdesk/0.1 (+…)"."""
    return user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else "*"


def host_of(url: str) -> str:
    """The host part of a URL, lower-case, for grouping and messages."""
    return (urlsplit(url).hostname or "").lower()


# -- the guarded transport: resolve, check, connect to the checked address -----------------------


class _RequestState(threading.local):
    """What the network backend needs to know about the request in flight on this thread."""

    url: str = ""
    deadline: float | None = None

    def time_left(self, timeout: float | None) -> float | None:
        if self.deadline is None:
            return timeout
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("deadline passed")
        return left if timeout is None else min(timeout, left)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host itself, refuses forbidden addresses, then connects to a checked one."""

    def __init__(
        self,
        request: _RequestState,
        allowed: Sequence[IPNetwork],
        resolver: Resolver | None,
    ) -> None:
        self._request = request
        self._allowed = tuple(allowed)
        self._resolver = resolver
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve_host(self._request.url, host, port, self._allowed, self._resolver)
        error: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=self._request.time_left(timeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            return _DeadlineStream(stream, self._request)
        assert error is not None  # resolve_host never returns an empty list
        raise error

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write ends by the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, request: _RequestState) -> None:
        self._inner = inner
        self._request = request

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._request.time_left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._request.time_left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = self._request.time_left(timeout)
        inner = self._inner.start_tls(ssl_context, server_hostname, left)
        return _DeadlineStream(inner, self._request)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedTransport(httpx.BaseTransport):
    """httpx's transport contract over an httpcore pool that uses the guarded backend."""

    def __init__(self, backend: httpcore.NetworkBackend, ssl_context: ssl.SSLContext) -> None:
        # httpcore connects through the backend, i.e. to the checked address, and hands TLS the
        # URL's host name: SNI and the certificate check are against the name, never the address.
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            network_backend=backend,
            max_connections=20,
            keepalive_expiry=5.0,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        response = self._pool.handle_request(
            httpcore.Request(
                method=request.method,
                url=httpcore.URL(
                    scheme=request.url.raw_scheme,
                    host=request.url.raw_host,
                    port=request.url.port,
                    target=request.url.raw_path,
                ),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
        )
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()
