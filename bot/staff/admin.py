"""Administration: the organisation's accounts and its audit log (admins only)."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from bot.storage.references import normalise_reference
from bot.storage.staff import StaffUserExists

from . import passwords
from .audit import audit
from .auth import roles_required, services
from .forms import ROLE_LABELS, CreateUserForm, UserAccessForm, page_number

blueprint = Blueprint("admin", __name__, url_prefix="/admin")
AUDIT_PAGE_SIZE = 50


@blueprint.route("/users", methods=["GET", "POST"])
@login_required
@roles_required("admin")
def users():
    form = CreateUserForm()
    status = 200
    if form.validate_on_submit():
        try:
            created = services().staff.create_user(
                current_user.organisation, form.email.data, form.display_name.data,
                passwords.hash_password(form.password.data), form.role.data)
        except StaffUserExists:
            form.email.errors.append("An account with this e-mail address already exists.")
            status = 400
        else:
            audit("user_created", detail={"user": created.email, "role": created.role})
            flash(f"Account created for {created.display_name}.")
            return redirect(url_for("admin.users"))
    elif request.method == "POST":
        status = 400
    audit("users_viewed")
    accounts = services().staff.users(current_user.organisation)
    # formdata=None: after a failed "create" POST these forms show the stored
    # access, not the submitted form's (absent) checkboxes.
    access_forms = {user.id: UserAccessForm(formdata=None, prefix=f"u{user.id}",
                                            role=user.role, active=user.active)
                    for user in accounts}
    return render_template("users.html", form=form, accounts=accounts,
                           access_forms=access_forms, role_labels=ROLE_LABELS), status


@blueprint.route("/users/<int:user_id>", methods=["POST"])
@login_required
@roles_required("admin")
def change_user(user_id: int):
    user = services().staff.get_user(user_id)
    if user is None or user.organisation != current_user.organisation:
        abort(404)
    form = UserAccessForm(prefix=f"u{user_id}")
    if not form.validate_on_submit():
        abort(400, "Choose a role from the list.")
    if user.id == current_user.id and (form.role.data != "admin" or not form.active.data):
        flash("You cannot remove your own administrator access; ask another administrator.")
        return redirect(url_for("admin.users"))
    services().staff.update_user(user_id, role=form.role.data, active=bool(form.active.data))
    audit("user_changed", detail={"user": user.email, "role": form.role.data,
                                  "active": bool(form.active.data)})
    flash(f"Access changed for {user.display_name}; their open sessions were ended.")
    return redirect(url_for("admin.users"))


@blueprint.route("/audit")
@login_required
@roles_required("admin")
def audit_log():
    page = page_number(request.args)
    reference = normalise_reference(request.args.get("case", ""))[:32] or None
    entries, total = services().staff.audit_entries(
        current_user.organisation, case_reference=reference, limit=AUDIT_PAGE_SIZE,
        offset=(page - 1) * AUDIT_PAGE_SIZE)
    audit("audit_viewed", detail={"case": reference})
    erased = [record for record in services().eraser.erased(current_user.organisation)
              if reference in (None, record.reference)]
    return render_template("audit.html", entries=entries, total=total, page=page,
                           pages=max(1, -(-total // AUDIT_PAGE_SIZE)), reference=reference or "",
                           erased=erased)
