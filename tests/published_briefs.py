"""A brief published in English and Russian through the store's own workflow, for mail tests."""

from __future__ import annotations

HEADLINES = {
    "en": "The capital sends mixed signals",
    "ru": "Столица посылает противоречивые сигналы",
}


def publish_brief(store, theme: str = "Border crossings", headlines=HEADLINES) -> int:
    """Create the theme if needed, write both versions, rate the trend, publish; the brief id."""
    found = store.theme(name=theme) or store.add_theme(theme, [theme.split()[0].lower()])
    brief = store.create_brief(found.id, "2026-W07", by="editor")
    for language, headline in headlines.items():
        store.save_brief_version(
            brief.id, language, headline=headline, lead=f"Lead {language}.", body="Body.", by="ed"
        )
    store.set_brief_trend(brief.id, "mixed", by="editor")
    store.publish_brief(brief.id, by="editor")
    return int(brief.id)
