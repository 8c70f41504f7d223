"""Edge: robots.txt, fetched once per site and asked before every request to it.

The rules follow RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be
read (5xx, network failure) disallows everything until it can be read again, since the site may be
asking crawlers to stay away while it is in trouble.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

ROBOTS_TTL_S = 24 * 3600  # RFC 9309 §2.4: crawlers should not use a cached copy for over 24 hours
UNREACHABLE_TTL_S = 600  # a site in trouble is asked again after ten minutes, not a day

# (HTTP status, body) of GET /robots.txt, or None when the request itself failed.
RobotsFetch = Callable[[str], tuple[int, bytes] | None]


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """One site's verdict: parsed rules, or a blanket answer and why."""

    parser: RobotFileParser | None
    allow_all: bool
    reason: str
    fetched_at: float

    def allows(self, url: str, agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(agent, url)


def parse_robots(body: bytes) -> RobotFileParser:
    """Parse robots.txt bytes; undecodable bytes are replaced, as a crawler must not give up."""
    parser = RobotFileParser()
    parser.parse(body.decode("utf-8", errors="replace").splitlines())
    return parser


def robots_url(url: str) -> str:
    """The robots.txt URL governing `url`: same scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}/robots.txt"


class RobotsCache:
    """Remembers each site's robots.txt for a day; `allowed` fetches it on first use."""

    def __init__(
        self, agent: str, fetch: RobotsFetch, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.agent = agent
        self._fetch = fetch
        self._clock = clock
        self._rules: dict[str, RobotsRules] = {}

    def allowed(self, url: str) -> tuple[bool, str]:
        """Whether `url` may be fetched, and the reason when it may not."""
        rules = self.rules(robots_url(url))
        if rules.allows(url, self.agent):
            return True, ""
        return False, rules.reason

    def rules(self, robots: str) -> RobotsRules:
        now = self._clock()
        cached = self._rules.get(robots)
        if cached is not None:
            readable = cached.parser is not None or cached.allow_all
            ttl = ROBOTS_TTL_S if readable else UNREACHABLE_TTL_S
            if now - cached.fetched_at < ttl:
                return cached
        rules = self._load(robots, now)
        self._rules[robots] = rules
        return rules

    def _load(self, robots: str, now: float) -> RobotsRules:
        answer = self._fetch(robots)
        if answer is None:
            return RobotsRules(None, False, f"{robots} cannot be reached", now)
        status, body = answer
        if 200 <= status < 300:
            return RobotsRules(parse_robots(body), True, f"disallowed by {robots}", now)
        if 400 <= status < 500:
            return RobotsRules(None, True, "", now)
        return RobotsRules(None, False, f"{robots} answered HTTP {status}", now)
