"""Every domain's routes under one router."""

from fastapi import APIRouter

from fauxpas.desk.accounts.api import router as accounts
from fauxpas.desk.approvals.api import router as approvals
from fauxpas.desk.audit.api import router as audit
from fauxpas.desk.check.api import router as check
from fauxpas.desk.drafts.api import router as drafts
from fauxpas.desk.events.api import router as events
from fauxpas.desk.listening.api import router as listening
from fauxpas.desk.pause.api import router as pause
from fauxpas.desk.schedule.api import router as schedule
from fauxpas.desk.users.api import router as users

api_router = APIRouter()
for _router in (check, users, accounts, drafts, approvals, schedule, pause, events, audit,
                listening):
    api_router.include_router(_router)
