"""Take the README's picture of the desk: the demo corpus in a temporary store, served on loopback.

Ingests `demo/corpus` into a throwaway SQLite database, adds the demo themes and an analyst,
starts the desk with uvicorn, logs in with headless Chromium (Debian's /usr/bin/chromium, through
Playwright) and saves one page at 1280×900 as `docs/desk.png`.

Usage: `python docs/screenshot.py [--page /articles/1] [--out docs/desk.png]`
"""

from __future__ import annotations

import argparse
import secrets
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from watchdesk.ingest.files import read_inputs
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import ingest
from watchdesk.settings import Settings
from watchdesk.store import open_store
from watchdesk.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]
THEMES = {  # as the Makefile's `demo` target adds them
    "Border crossings": ["crossings", "checkpoint", "КПП", "пункты пропуска"],
    "Iron Meridian drills": ["Iron Meridian", "drills", "учения"],
    "Troop withdrawal": ["withdraw", "withdrawal", "вывод"],
    "Referendum": ["referendum", "референдум"],
}


def demo_store(db: str) -> str:
    """Fill the store with the demo corpus and themes; return the analyst's password."""
    store = open_store(db)
    settings = Settings(db=db)
    documents = read_inputs([ROOT / "demo" / "corpus"], max_bytes=settings.max_document_bytes)
    ingest(documents, store, Parser(settings.spacy_model_en))
    for name, keywords in THEMES.items():
        store.add_theme(name, keywords)
    password = secrets.token_urlsafe(12)
    store.add_user("analyst", password, "analyst")
    store.close()
    return password


def serve(db: str) -> tuple[uvicorn.Server, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(Settings(db=db)), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the desk did not start")
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", default="/articles/1", help="desk path to photograph")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "desk.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'demo.db'}"
        password = demo_store(db)
        server, desk = serve(db)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(f"{desk}/login?next={args.page}")
                page.get_by_label("User name").fill("analyst")
                page.get_by_label("Password").fill(password)
                page.get_by_role("button", name="Log in").click()
                page.wait_for_url(f"{desk}{args.page.split('#')[0]}*")
                page.screenshot(path=str(args.out))  # the viewport only: 1280×900
                browser.close()
        finally:
            server.should_exit = True
    sys.stdout.write(f"{args.out}: {args.out.stat().st_size // 1024} KB\n")


if __name__ == "__main__":
    main()
