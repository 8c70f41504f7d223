"""HTML pages for questions: the list, and one question with its stances side by side."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from watchdesk.web.deps import Analyst, Reader, StoreDep, check_csrf
from watchdesk.web.flags import conflict_views
from watchdesk.web.ids import RowId
from watchdesk.web.paging import DeskPage
from watchdesk.web.templating import render
from watchdesk.web.timeline import STANCES, stance, stance_timeline

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])


@router.get("/questions", response_class=HTMLResponse)
def questions(request: Request, store: StoreDep, _: Reader, page: DeskPage) -> HTMLResponse:
    """Questions statements are grouped into, largest first."""
    found = store.questions()
    return render(request, "questions.html", questions=page.cut(found), page=page, total=len(found))


@router.get("/questions/{question_id}", response_class=HTMLResponse)
def question(request: Request, question_id: RowId, store: StoreDep, _: Reader) -> HTMLResponse:
    """Every statement on one question in time order, by stance, with its conflicts."""
    found = store.question(question_id)
    if found is None:
        raise HTTPException(404, "no such question")
    statements = store.question_statements(question_id)
    views, _total = conflict_views(store, question=question_id)
    pairs = [(v.first.statement.key, v.second.statement.key, v.item.conflict.kind) for v in views]
    return render(
        request,
        "question.html",
        question=found,
        columns=[(s, [d for d in statements if stance(d.statement) == s]) for s in STANCES],
        views=views,
        timeline=stance_timeline([d.statement for d in statements], pairs),
    )


@router.post("/questions/{question_id}/name")
def rename_question(
    store: StoreDep, _: Analyst, question_id: RowId, name: Annotated[str, Form(max_length=300)]
) -> Response:
    """Give a question an analyst's name; later linking keeps it."""
    if not name.strip():
        raise HTTPException(422, "a question needs a name")
    if store.question(question_id) is None:
        raise HTTPException(404, "no such question")
    store.name_question(question_id, name.strip())
    return RedirectResponse(f"/questions/{question_id}", status_code=303)
