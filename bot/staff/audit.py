"""Writing the audit trail from a request: who (the signed-in user), what, which
case, from where. Every case view, download and change goes through ``audit``."""
from __future__ import annotations

from typing import Optional

from flask import current_app, request
from flask_login import current_user


def client_address() -> str:
    """The client's address. Behind a proxy, deploy with ProxyFix (README) so this
    is the real client and not the proxy."""
    return request.remote_addr or "unknown"


def audit(action: str, *, case_reference: Optional[str] = None,
          detail: Optional[dict] = None, actor_email: str = "") -> None:
    services = current_app.extensions["intake"]
    actor = current_user.record if current_user.is_authenticated else None
    organisation = actor.organisation if actor else services.settings.organisation
    services.staff.audit(organisation=organisation, actor=actor, action=action,
                         case_reference=case_reference, detail=detail,
                         remote_addr=client_address(), actor_email=actor_email)
