"""robots.txt: parsed once per site, missing allows all, unreachable disallows all."""

from __future__ import annotations

from watchdesk.ingest.robots import RobotsCache, robots_url

RULES = b"User-agent: watchdesk\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n"


def cache(answer: tuple[int, bytes] | None, asked: list[str] | None = None) -> RobotsCache:
    def fetch(url: str) -> tuple[int, bytes] | None:
        if asked is not None:
            asked.append(url)
        return answer

    return RobotsCache("watchdesk", fetch)


def test_rules_for_our_agent_apply() -> None:
    robots = cache((200, RULES))
    assert robots.allowed("https://a.example/news/1") == (True, "")
    allowed, why = robots.allowed("https://a.example/private/x")
    assert not allowed
    assert why == "disallowed by https://a.example/robots.txt"


def test_robots_txt_is_fetched_once_per_site() -> None:
    asked: list[str] = []
    robots = cache((200, RULES), asked)
    for path in ("/a", "/b", "/private/c"):
        robots.allowed(f"https://a.example{path}")
    robots.allowed("https://b.example/a")
    assert asked == ["https://a.example/robots.txt", "https://b.example/robots.txt"]


def test_a_missing_robots_txt_allows_everything() -> None:
    assert cache((404, b"")).allowed("https://a.example/private/x") == (True, "")


def test_an_unreachable_robots_txt_disallows_everything() -> None:
    allowed, why = cache((503, b"")).allowed("https://a.example/x")
    assert not allowed
    assert "HTTP 503" in why
    allowed, why = cache(None).allowed("https://a.example/x")
    assert not allowed
    assert "cannot be reached" in why


def test_robots_url_keeps_scheme_host_and_port() -> None:
    assert robots_url("http://127.0.0.1:8080/a/b?c") == "http://127.0.0.1:8080/robots.txt"
