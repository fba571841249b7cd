"""The pages. Reading happens here; every change goes through the JSON API from app.js
(or, for signing in, a plain form)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from fauxpas.desk.accounts.models import Account
from fauxpas.desk.accounts.service import list_accounts
from fauxpas.desk.approvals.service import review_queue
from fauxpas.desk.audit.service import search
from fauxpas.desk.db import utcnow
from fauxpas.desk.deps import SESSION_COOKIE, Id, get_db, get_desk, optional_user
from fauxpas.desk.drafts.present import present
from fauxpas.desk.drafts.service import get_draft, list_drafts
from fauxpas.desk.errors import Unauthorized
from fauxpas.desk.events.service import recent_events
from fauxpas.desk.pause.models import Pause
from fauxpas.desk.pause.service import describe
from fauxpas.desk.runtime import Desk
from fauxpas.desk.schedule.service import list_publications
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import login, require_access
from fauxpas.web.render import templates

router = APIRouter(include_in_schema=False)


def _page(request: Request, name: str, db: Session, user: User, **values):
    pauses = list(db.scalars(select(Pause).where(Pause.active.is_(True))))
    handles = {a.id: a.handle for a in db.scalars(select(Account))}
    banner = [describe(p) + (f" ({handles.get(p.account_id)})" if p.account_id else "")
              for p in pauses]
    held = len([d for d in list_drafts(db, user=user, status=["held"])])
    return templates.TemplateResponse(request, name, {"user": user, "pauses": pauses,
                                                      "pause_banner": banner, "held": held,
                                                      **values})


def _signed_in(user: User | None) -> User:
    if user is None:
        raise _ToLogin()
    return user


class _ToLogin(Exception):
    pass


@router.get("/login")
def login_page(request: Request, error: str = ""):
    return templates.TemplateResponse(request, "login.html", {"error": error, "user": None})


@router.post("/login")
def login_form(email: str = Form(...), password: str = Form(...),
               db: Session = Depends(get_db), desk: Desk = Depends(get_desk)):
    try:
        _, token = login(db, email=email, password=password, hours=desk.settings.session_hours)
    except Unauthorized as exc:
        return RedirectResponse(f"/login?error={exc.message}", status_code=303)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                        secure=desk.settings.cookie_secure,
                        max_age=desk.settings.session_hours * 3600)
    return response


@router.get("/")
def home(request: Request, db: Session = Depends(get_db),
         user: User | None = Depends(optional_user)):
    user = _signed_in(user)
    drafts = [present(db, d) for d in list_drafts(db, user=user, limit=50)]
    return _page(request, "home.html", db, user, drafts=drafts)


@router.get("/compose")
def compose(request: Request, personal: bool = False, db: Session = Depends(get_db),
            user: User | None = Depends(optional_user)):
    user = _signed_in(user)
    accounts = list_accounts(db, user=user, include_personal=personal)
    return _page(request, "compose.html", db, user, accounts=accounts, personal=personal)


@router.get("/drafts/{draft_id}")
def draft_page(draft_id: Id, request: Request, db: Session = Depends(get_db),
               user: User | None = Depends(optional_user)):
    user = _signed_in(user)
    draft = get_draft(db, draft_id=draft_id)
    require_access(db, user=user, account_id=draft.account_id)
    account = db.get(Account, draft.account_id)
    return _page(request, "draft.html", db, user, draft=present(db, draft), account=account)


@router.get("/queue")
def queue(request: Request, db: Session = Depends(get_db),
          user: User | None = Depends(optional_user)):
    user = _signed_in(user)
    drafts = [present(db, d) for d in review_queue(db, user=user)]
    return _page(request, "queue.html", db, user, drafts=drafts)


@router.get("/schedule")
def schedule(request: Request, db: Session = Depends(get_db),
             user: User | None = Depends(optional_user)):
    user = _signed_in(user)
    accounts = {a.id: a for a in list_accounts(db, user=user, include_personal=True)}
    publications = list_publications(db, account_ids=list(accounts))
    return _page(request, "schedule.html", db, user, publications=publications,
                 accounts=accounts)


@router.get("/news")
def news(request: Request, db: Session = Depends(get_db), desk: Desk = Depends(get_desk),
         user: User | None = Depends(optional_user)):
    user = _signed_in(user)
    events = recent_events(db, at=utcnow(), hours=desk.settings.context_hours)
    return _page(request, "news.html", db, user, events=events)


@router.get("/mentions")
def mentions_page(request: Request, db: Session = Depends(get_db),
                  user: User | None = Depends(optional_user)):
    from fauxpas.desk.listening.service import list_mentions

    user = _signed_in(user)
    accounts = {a.id: a for a in list_accounts(db, user=user, include_personal=True)}
    return _page(request, "mentions.html", db, user, mentions=list_mentions(db, user=user),
                 accounts=accounts)


@router.get("/audit")
def audit(request: Request, action: str = "", actor: str = "", db: Session = Depends(get_db),
          user: User | None = Depends(optional_user)):
    user = _signed_in(user)
    entries = search(db, action=action or None, actor=actor or None, limit=300) \
        if user.at_least("approver") else []
    return _page(request, "audit.html", db, user, entries=entries, action=action, actor=actor)


@router.get("/team")
def team_page(request: Request, db: Session = Depends(get_db),
              user: User | None = Depends(optional_user)):
    from fauxpas.desk.users.service import list_api_tokens, list_users

    user = _signed_in(user)
    admin = user.at_least("admin")
    accounts = list_accounts(db, user=user, include_personal=True)
    paused = {p.account_id for p in db.scalars(select(Pause).where(Pause.active.is_(True)))}
    return _page(request, "team.html", db, user, tokens=list_api_tokens(db, user=user),
                 people=list_users(db) if admin else [], accounts=accounts,
                 paused_accounts=paused)


def install_redirects(app) -> None:
    """Pages answer an anonymous visitor by sending them to the login page."""

    @app.exception_handler(_ToLogin)
    async def to_login(request: Request, exc: _ToLogin):
        return RedirectResponse("/login", status_code=303)
