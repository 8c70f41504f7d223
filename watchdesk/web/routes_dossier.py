"""The week's dossier of a theme (issue 10): the desk page and its JSON twin.

`/themes/{id}/dossier?week=2026-W07` (or `?start=…&end=…`): the period's weighted statements,
conflicting signals, promises due, numbers that changed, questions that moved, the volume per
week and the suggested trend with its reasons in the reader's language.
"""

from __future__ import annotations

import gettext
from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from watchdesk.analysis.briefs import suggest_trend, week_of
from watchdesk.analysis.trend_words import EXAMPLE_WORDS, reason_words, trend_words
from watchdesk.contract import dossier_json
from watchdesk.dossier import choose_period, theme_dossier
from watchdesk.errors import WatchdeskError
from watchdesk.records import Dossier, Period, Trend, TrendReason
from watchdesk.store import Store
from watchdesk.web.api_router import api_v1_router
from watchdesk.web.charts import bar_chart
from watchdesk.web.deps import Reader, StoreDep, check_csrf
from watchdesk.web.ids import RowId
from watchdesk.web.reasons import say_reason
from watchdesk.web.templating import choose_language, gettext_for, render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])
api_router = api_v1_router("briefs")


def _dossier(
    store: Store, theme_id: int, week: str, start: str, end: str
) -> tuple[Dossier, Trend, tuple[TrendReason, ...]]:
    theme = store.theme(theme_id)
    if theme is None:
        raise HTTPException(404, "no such theme")
    try:
        period = choose_period(store, week or None, _day(start, "start"), _day(end, "end"))
    except WatchdeskError as exc:
        raise HTTPException(422, str(exc)) from None
    found = theme_dossier(store, theme, period)
    trend, reasons = suggest_trend(found)
    return found, trend, reasons


def _day(value: str, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: not a date (YYYY-MM-DD)") from None


def _neighbours(period: Period) -> tuple[str, str]:
    """The ISO weeks before and after the period's first day."""
    return (
        week_of(period.start - timedelta(days=7)).label,
        week_of(period.start + timedelta(days=7)).label,
    )


def _reason_text(
    reason: TrendReason, language: str, catalogue: gettext.NullTranslations
) -> str | Markup:
    """A trend reason in words; a conflict's reason among its examples in the reader's language."""
    if not reason.code.startswith("conflicts") or not reason.examples:
        return reason_words(reason, language)
    quoted = Markup("; ").join(
        Markup("«{}»").format(say_reason(e, catalogue)) for e in reason.examples
    )
    example = EXAMPLE_WORDS.get(language, EXAMPLE_WORDS["en"])
    return Markup("{} ({}: {})").format(
        reason_words(reason, language, examples=False), example, quoted
    )


@router.get("/themes/{theme_id}/dossier", response_class=HTMLResponse)
def dossier_page(
    request: Request,
    store: StoreDep,
    _: Reader,
    theme_id: RowId,
    week: str = "",
    start: str = "",
    end: str = "",
) -> HTMLResponse:
    """A theme's dossier for an ISO week (the newest by default) or a range of days."""
    found, trend, reasons = _dossier(store, theme_id, week, start, end)
    language = choose_language(request)
    earlier, later = _neighbours(found.period)
    return render(
        request,
        "dossier.html",
        theme_id=theme_id,
        dossier=found,
        trend=trend,
        trend_text=trend_words(trend, language),
        reasons=[(r, _reason_text(r, language, gettext_for(request))) for r in reasons],
        chart=bar_chart([(w.start, w.statements) for w in found.volume], weekly=True),
        earlier=earlier,
        later=later,
    )


@api_router.get("/themes/{theme_id}/dossier")
def dossier_api(
    store: StoreDep,
    _: Reader,
    theme_id: RowId,
    week: str = "",
    start: str = "",
    end: str = "",
    lang: str = "en",
) -> dict[str, Any]:
    """The dossier as `watchdesk brief dossier --json` prints it; reasons in `lang`."""
    found, trend, reasons = _dossier(store, theme_id, week, start, end)
    return dossier_json(found, trend, reasons, lambda r: reason_words(r, lang))
