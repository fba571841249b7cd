from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from typing import Any

from fastapi import APIRouter, Body, Depends, Query
from sqlalchemy.orm import Session

from fauxpas.core.post import CaseError, Post, Target
from fauxpas.desk.accounts.service import get_account
from fauxpas.desk.audit.service import record
from fauxpas.desk.check.schemas import ScreenIn, ScreenOut, VerdictOut
from fauxpas.desk.check.service import case_account
from fauxpas.desk.deps import current_user, get_db, get_desk
from fauxpas.desk.errors import Invalid
from fauxpas.desk.events.service import context_at
from fauxpas.desk.pause.service import active_pauses, describe
from fauxpas.desk.runtime import Desk
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_access

router = APIRouter(tags=["check"])

CASE_EXAMPLE = {"id": "1", "text": "Good morning! Weekend plans?",
                "account": {"handle": "@acme", "kind": "brand", "brand": "Acme"}}


@router.post("/v1/check", response_model=VerdictOut,
             summary="Check one case (the case format) and return its verdict")
def check(case: dict[str, Any] = Body(..., examples=[CASE_EXAMPLE]),
          desk_context: bool = Query(False, description="add the news and brand issues held "
                                     "in the desk to the case's own context"),
          db: Session = Depends(get_db), user: User = Depends(current_user),
          desk: Desk = Depends(get_desk)):
    try:
        post = Post.from_dict(case, now=datetime.now(timezone.utc))
    except CaseError as exc:
        raise Invalid(str(exc)) from None
    if desk_context:
        post = _with_desk_context(db, post, hours=desk.settings.context_hours)
    return desk.checker.check(post).to_dict()


@router.post("/v1/screen", response_model=ScreenOut,
             summary="Screen an automated reply or echo (strict policy; honours the pause)")
def screen(body: ScreenIn, db: Session = Depends(get_db), user: User = Depends(current_user),
           desk: Desk = Depends(get_desk)):
    account = get_account(db, account_id=body.account_id)
    require_access(db, user=user, account_id=account.id)
    pauses = active_pauses(db, account_id=account.id)
    if pauses:
        record(db, actor=user.email, action="screen", subject=f"account:{account.id}",
               summary="bot reply refused: paused")
        db.commit()
        return ScreenOut(allow=False, paused=True, reason=describe(pauses[0]),
                         decision="block", findings=[])
    now = datetime.now(timezone.utc)
    target = Target(text=body.target_text, author=body.target_author) if (
        body.target_text or body.target_author) else None
    post = Post(id="screen", text=body.text, at=now, account=case_account(account),
                action="bot_reply", target=target,
                context=context_at(db, account=account, at=now,
                                   hours=desk.settings.context_hours))
    verdict = desk.checker.check(post)
    allow = verdict.decision.value == "pass"
    if not allow:
        record(db, actor=user.email, action="screen", subject=f"account:{account.id}",
               summary=f"bot reply refused: {verdict.decision.value}",
               detail={"codes": sorted({f.code for f in verdict.findings})})
        db.commit()
    return ScreenOut(allow=allow, paused=False,
                     reason="" if allow else "the strict bot policy does not pass this reply",
                     decision=verdict.decision.value,
                     findings=[f.to_dict() for f in verdict.findings])


def _with_desk_context(db: Session, post: Post, *, hours: int) -> Post:
    from fauxpas.desk.accounts.models import Account

    held = context_at(db, account=Account(brand=post.account.brand, voice_history=[]),
                      at=post.at, hours=hours)
    own = post.context
    merged = dataclasses.replace(own, events=own.events + held.events,
                                 brand_issues=own.brand_issues + held.brand_issues)
    return dataclasses.replace(post, context=merged)
