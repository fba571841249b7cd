"""A draft as the API and the web pages show it (with its account, author and approvals)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fauxpas.desk.accounts.models import Account
from fauxpas.desk.approvals.service import current_approvals, requirement
from fauxpas.desk.drafts.models import Draft
from fauxpas.desk.drafts.schemas import ApprovalOut, DraftOut
from fauxpas.desk.users.models import User


def present(db: Session, draft: Draft) -> DraftOut:
    account = db.get(Account, draft.account_id)
    author = db.get(User, draft.author_id)
    approvals = current_approvals(db, draft=draft)
    need = requirement(draft, approvals_required=account.approvals_required)
    users = {a.user_id: db.get(User, a.user_id) for a in approvals}
    return DraftOut(
        id=draft.id, account_id=account.id, account_handle=account.handle,
        account_kind=account.kind, account_network=account.network, author_id=draft.author_id,
        author=author.name if author else "", action=draft.action, text=draft.text,
        target_text=draft.target_text, target_author=draft.target_author,
        target_ref=draft.target_ref, status=draft.status, version=draft.version,
        decision=draft.decision, risk=draft.risk, lang=draft.lang,
        findings=draft.findings or [], hold_reason=draft.hold_reason,
        network_error=draft.network_error or "",
        needs=need.describe(),
        approvals=[ApprovalOut(user_id=a.user_id, user=users[a.user_id].name,
                               override_reason=a.override_reason, at=a.created_at)
                   for a in approvals],
        updated_at=draft.updated_at)
