"""The case list and the case page, with report downloads and the review workflow.

Every case is looked up within the signed-in user's organisation: a reference
from another organisation answers 404, exactly like one that does not exist.
Every view, download and change is audited. Pages with case data are never
cached by the browser (``Cache-Control: no-store``, set for every response).
"""
from __future__ import annotations

from flask import (Blueprint, Response, abort, current_app, flash, redirect, render_template,
                   request, url_for)
from flask_login import current_user, login_required

from bot.report.html import render_html_fragment
from bot.report.json_output import render_json
from bot.storage.caseload import CaseFilter
from bot.storage.references import normalise_reference

from .audit import audit
from .auth import roles_required, services
from .forms import (REVIEW_LABELS, ActionForm, AssignForm, CaseFilterForm, EraseCaseForm,
                    NoteForm, StatusForm, page_number, valid_data)
from .reports import case_report

blueprint = Blueprint("cases", __name__)

# Review statuses only an attorney (or admin) may set: they are decisions on the case.
ATTORNEY_STATUSES = frozenset({"accepted", "referred"})
CASE_ROLES = ("admin", "attorney", "staff")


def _find_case(reference: str) -> tuple[int, str]:
    """The case's id and its stored reference (what the audit log records,
    whatever spacing or case the URL used)."""
    case_id = services().caseload.case_id_for(current_user.organisation, reference)
    if case_id is None:
        abort(404)
    return case_id, normalise_reference(reference)


@blueprint.route("/")
@login_required
@roles_required(*CASE_ROLES)
def case_list():
    form = CaseFilterForm(request.args)
    if not form.validate():
        flash("Some filters were not understood and were left out: "
              + "; ".join(f"{form[name].label.text}: {errors[0]}"
                          for name, errors in form.errors.items()))
    filters = CaseFilter(
        text=valid_data(form.q) or "", review_status=valid_data(form.status) or "",
        urgent_only=bool(valid_data(form.urgent)), language=valid_data(form.language) or "",
        channel=valid_data(form.channel) or "",
        created_from=valid_data(form.created_from), created_to=valid_data(form.created_to),
        assigned_to=current_user.id if valid_data(form.mine) else None,
        contact_pending=bool(valid_data(form.contact)), sort=valid_data(form.sort) or "urgent",
        page=page_number(request.args))
    result = services().caseload.list_cases(current_user.organisation, filters)
    audit("case_list_viewed", detail={"searched": bool(filters.text), "page": result.page,
                                      "results": result.total})
    return render_template("cases.html", form=form, result=result)


@blueprint.route("/cases/<reference>")
@login_required
@roles_required(*CASE_ROLES)
def case_page(reference: str):
    case_id, _ = _find_case(reference)
    report = case_report(services(), case_id)
    case = services().cases.get_case(case_id)
    current_app.extensions["intake_pdfs"].prefetch(report)   # ready before the click
    audit("case_viewed", case_reference=case.reference)
    users = [user for user in services().staff.users(current_user.organisation) if user.active]
    assign_form = AssignForm(assignee=str(case.assigned_to or ""))
    assign_form.assignee.choices = [("", "Nobody")] + [
        (str(user.id), user.display_name) for user in users]
    return render_template(
        "case.html", case=case, report=report, report_html=render_html_fragment(report),
        documents=services().documents.index_for_case(case_id),
        notes=services().caseload.notes(case_id),
        transcript=_transcript(report),
        status_form=StatusForm(status=case.review_status), assign_form=assign_form,
        note_form=NoteForm(), action_form=ActionForm(), erase_form=EraseCaseForm(),
        assignee=next((u.display_name for u in users if u.id == case.assigned_to), ""),
        attorney_statuses=ATTORNEY_STATUSES, review_labels=REVIEW_LABELS)


def _transcript(report: dict) -> list[dict]:
    """What the applicant wrote and what happened, in time order. The assistant's
    own messages live only in Rasa's (encrypted) tracker events, which the
    dashboard does not read yet, so each
    answer is shown under the question it answered."""
    labels = {question["id"]: question["label"]
              for section in report["sections"] for question in section["questions"]}
    lines = [{"time": row["time"], "kind": "answer", "question": labels.get(
        row["question_id"], row["question_id"]), "text": row["raw_text"],
        "language": row["language"], "status": row["status"], "channel": row["channel"]}
        for row in report["history"]]
    lines += [{"time": event["time"], "kind": "event", "event": event["kind"]}
              for event in report["events"]]
    return sorted(lines, key=lambda line: line["time"] or "")


def _download(body: bytes | str, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@blueprint.route("/cases/<reference>/report.pdf")
@login_required
@roles_required(*CASE_ROLES)
def report_pdf(reference: str):
    case_id, _ = _find_case(reference)
    report = case_report(services(), case_id)
    audit("report_downloaded", case_reference=report["case"]["reference"],
          detail={"format": "pdf"})
    return _download(current_app.extensions["intake_pdfs"].pdf_for(report), "application/pdf",
                     f"{report['case']['reference']}-report.pdf")


@blueprint.route("/cases/<reference>/report.json")
@login_required
@roles_required(*CASE_ROLES)
def report_json(reference: str):
    case_id, _ = _find_case(reference)
    report = case_report(services(), case_id)
    audit("report_downloaded", case_reference=report["case"]["reference"],
          detail={"format": "json"})
    return _download(render_json(report).encode("utf-8"), "application/json",
                     f"{report['case']['reference']}-report.json")


DOCUMENT_EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png",
                       "image/gif": "gif", "image/webp": "webp", "image/heic": "heic"}


@blueprint.route("/cases/<reference>/documents/<int:document_id>")
@login_required
@roles_required(*CASE_ROLES)
def document(reference: str, document_id: int):
    case_id, reference = _find_case(reference)
    found = services().documents.get(case_id, document_id)
    if found is None:
        abort(404)
    audit("document_downloaded", case_reference=reference,
          detail={"document": document_id})
    extension = DOCUMENT_EXTENSIONS.get(found.content_type, "bin")
    # Always a download, never rendered inline: an applicant's file is untrusted.
    return _download(found.data, "application/octet-stream",
                     f"{reference}-document-{document_id}.{extension}")


@blueprint.route("/cases/<reference>/status", methods=["POST"])
@login_required
@roles_required(*CASE_ROLES)
def change_status(reference: str):
    case_id, reference = _find_case(reference)
    form = StatusForm()
    if not form.validate_on_submit():
        abort(400, "Choose one of the listed statuses.")
    status = form.status.data
    old = services().cases.get_case(case_id).review_status
    if ATTORNEY_STATUSES & {status, old} and current_user.role not in ("attorney", "admin"):
        # accepting or referring a case is an attorney's decision, and so is undoing one
        audit("forbidden", case_reference=reference, detail={"from": old, "status": status})
        abort(403)
    services().caseload.set_review_status(case_id, status)
    audit("status_changed", case_reference=reference, detail={"from": old, "to": status})
    flash(f"Status changed to {REVIEW_LABELS[status]}.")
    return redirect(url_for("cases.case_page", reference=reference))


@blueprint.route("/cases/<reference>/assign", methods=["POST"])
@login_required
@roles_required(*CASE_ROLES)
def assign(reference: str):
    case_id, reference = _find_case(reference)
    users = {str(user.id): user for user in services().staff.users(current_user.organisation)
             if user.active}
    form = AssignForm()
    form.assignee.choices = [("", "Nobody")] + [(key, user.display_name)
                                               for key, user in users.items()]
    if not form.validate_on_submit():
        abort(400, "Choose a member of your organisation, or nobody.")
    chosen = users.get(form.assignee.data)
    services().caseload.assign(case_id, chosen.id if chosen else None)
    audit("case_assigned", case_reference=reference,
          detail={"to": chosen.email if chosen else None})
    flash(f"Assigned to {chosen.display_name}." if chosen else "Nobody is assigned now.")
    return redirect(url_for("cases.case_page", reference=reference))


@blueprint.route("/cases/<reference>/notes", methods=["POST"])
@login_required
@roles_required(*CASE_ROLES)
def add_note(reference: str):
    case_id, reference = _find_case(reference)
    form = NoteForm()
    if not form.validate_on_submit():
        abort(400, "A note needs some text (at most 5,000 characters).")
    services().caseload.add_note(case_id, current_user.id, current_user.display_name,
                                 form.text.data)
    audit("note_added", case_reference=reference)
    flash("Note saved.")
    return redirect(url_for("cases.case_page", reference=reference) + "#notes")


@blueprint.route("/cases/<reference>/contact-handled", methods=["POST"])
@login_required
@roles_required(*CASE_ROLES)
def contact_handled(reference: str):
    case_id, reference = _find_case(reference)
    if not ActionForm().validate_on_submit():
        abort(400, "The form expired. Reload the page and try again.")
    services().caseload.mark_contact_handled(case_id)
    audit("contact_handled", case_reference=reference)
    flash("Marked as contacted.")
    return redirect(url_for("cases.case_page", reference=reference))


@blueprint.route("/cases/<reference>/erase", methods=["POST"])
@login_required
@roles_required("admin")
def erase(reference: str):
    """Erase the case for good (the applicant asked by other means, or it was opened
    by mistake). What remains is the reference, its dates and who erased it."""
    case_id, reference = _find_case(reference)
    form = EraseCaseForm()
    if not form.validate_on_submit() or normalise_reference(form.confirm.data) != reference:
        flash(f"Nothing was erased: type the reference {reference} to confirm.")
        return redirect(url_for("cases.case_page", reference=reference) + "#erase")
    services().eraser.erase(case_id, erased_by=current_user.email, reason="staff_request")
    current_app.extensions["intake_pdfs"].clear()
    audit("case_erased", case_reference=reference)
    flash(f"Case {reference} was erased. Only its reference and dates remain.")
    return redirect(url_for("cases.case_list"))
