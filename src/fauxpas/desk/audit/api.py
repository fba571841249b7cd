from __future__ import annotations

import json
from datetime import datetime

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from sqlalchemy.orm import Session

from fauxpas.desk.audit import service
from fauxpas.desk.deps import current_user, get_db
from fauxpas.desk.errors import Invalid
from fauxpas.desk.users.models import User
from fauxpas.desk.users.service import require_role

router = APIRouter(tags=["audit"])


@router.get("/v1/audit", summary="The audit log, newest first; format=json|csv")
def audit(action: str | None = Query(None, max_length=20),
          actor: str | None = Query(None, max_length=320),
          subject: str | None = Query(None, max_length=100),
          since: datetime | None = None, until: datetime | None = None,
          limit: int = Query(200, ge=1, le=10_000), offset: int = Query(0, ge=0, le=10**9),
          format: str = Query("json", pattern="^(json|csv)$"),
          db: Session = Depends(get_db), user: User = Depends(current_user)):
    require_role(user, "approver", "read the audit log")
    if since and since.tzinfo is None or until and until.tzinfo is None:
        raise Invalid("give since/until with a zone, e.g. 2030-01-01T00:00:00Z")
    entries = service.search(db, action=action, actor=actor, subject=subject, since=since,
                             until=until, limit=limit, offset=offset)
    if format == "csv":
        return Response(service.export_csv(entries), media_type="text/csv",
                        headers={"Content-Disposition": "attachment; filename=audit.csv"})
    return Response(json.dumps([service.as_dict(e) for e in entries], ensure_ascii=False),
                    media_type="application/json")
