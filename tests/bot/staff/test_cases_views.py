"""The case list and the case page through Flask's test client."""
from __future__ import annotations

import datetime as dt
import io
import json

from pypdf import PdfReader

from testsupport.staff_cases import csrf_token, seed_case, sign_in


def test_list_puts_urgent_cases_first_and_shows_names(client, services, accounts, clock):
    today = clock().date()
    calm = seed_case(services, "+15005550010", patient="Calm Case",
                     deadline=today + dt.timedelta(days=200))
    urgent = seed_case(services, "+15005550011", patient="Urgent Person",
                       deadline=today + dt.timedelta(days=10))
    seed_case(services, "+15005550012", patient="No Deadline")
    sign_in(client, "staff@clinic.example")
    html = client.get("/").get_data(as_text=True)
    assert html.index(urgent.reference) < html.index(calm.reference)
    assert "Urgent Person" in html and "3 cases" in html


def test_search_by_name_reference_and_phone(client, services, accounts):
    maria = seed_case(services, "+15005550020", patient="María José López")
    seed_case(services, "+15005550021", patient="Juan Pérez")
    sign_in(client, "staff@clinic.example")
    for query in ("maria lopez", maria.reference.lower().replace("-", ""),
                  "+1 500 555 0020"):
        html = client.get("/", query_string={"q": query}).get_data(as_text=True)
        assert maria.reference in html and "1 case." in html, query
    assert "No cases match" in client.get("/", query_string={"q": "nobody"}).get_data(
        as_text=True)


def test_filters_and_bad_filter_values(client, services, accounts):
    seed_case(services, "+15005550030", language="ar", channel="whatsapp")
    seed_case(services, "+15005550031", language="es", channel="sms")
    sign_in(client, "staff@clinic.example")
    html = client.get("/", query_string={"language": "ar"}).get_data(as_text=True)
    assert "1 case." in html and "Arabic" in html
    odd = client.get("/", query_string={"created_from": "yesterday", "sort": "sideways"})
    assert odd.status_code == 200
    assert "not understood" in odd.get_data(as_text=True)
    # A value that is not on the list is left out, not applied (which would match nothing).
    unknown = client.get("/", query_string={"language": "xx", "created_to": "9999-12-31",
                                            "page": "²"})
    html = unknown.get_data(as_text=True)
    assert unknown.status_code == 200 and "2 cases" in html and "between 2000 and 2199" in html
    assert client.get("/", query_string={"q": "ma\x00ria"}).status_code == 400


def test_other_organisations_cases_are_invisible(client, services, accounts):
    case = seed_case(services, "+15005550040")
    sign_in(client, "other@elsewhere.example")
    assert case.reference not in client.get("/").get_data(as_text=True)
    assert client.get(f"/cases/{case.reference}").status_code == 404
    assert client.get(f"/cases/{case.reference}/report.pdf").status_code == 404


def test_case_page_report_downloads_and_audit(client, services, accounts):
    case = seed_case(services, "+15005550050", patient="Maria López",
                     diagnosis="Leucemia mieloide aguda")
    sign_in(client, "attorney@clinic.example")
    page = client.get(f"/cases/{case.reference}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Leucemia mieloide aguda" in html
    assert "Conversation transcript" in html
    pdf = client.get(f"/cases/{case.reference}/report.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    assert "attachment" in pdf.headers["Content-Disposition"]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
                    .split())
    assert case.reference in text and "Leucemia mieloide aguda" in text
    report = json.loads(client.get(f"/cases/{case.reference}/report.json").data)
    assert report["case"]["reference"] == case.reference
    entries, _ = services.staff.audit_entries("default", case_reference=case.reference)
    actions = {(e.action, (e.detail or {}).get("format")) for e in entries}
    assert {("case_viewed", None), ("report_downloaded", "pdf"),
            ("report_downloaded", "json")} <= actions
    assert all(e.actor_email == "attorney@clinic.example" for e in entries)


def test_applicant_html_is_escaped_on_the_case_page(client, services, accounts):
    case = seed_case(services, "+15005550060", patient="<script>alert(1)</script>",
                     diagnosis="<img src=x onerror=alert(2)>")
    sign_in(client, "staff@clinic.example")
    html = client.get(f"/cases/{case.reference}").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    listing = client.get("/").get_data(as_text=True)
    assert "<script>alert(1)" not in listing


def test_workflow_status_assignment_notes_and_contact(client, services, accounts):
    case = seed_case(services, "+15005550070")
    services.cases.add_event(case.id, "contact_requested")
    sign_in(client, "staff@clinic.example")
    page = client.get(f"/cases/{case.reference}").get_data(as_text=True)
    token = csrf_token(page)
    assert "Mark as contacted" in page
    assert client.post(f"/cases/{case.reference}/status",
                       data={"status": "in_review", "csrf_token": token}).status_code == 302
    # Staff may not take the attorney's decisions.
    assert client.post(f"/cases/{case.reference}/status",
                       data={"status": "accepted", "csrf_token": token}).status_code == 403
    assert client.post(f"/cases/{case.reference}/assign", data={
        "assignee": str(accounts["attorney"].id), "csrf_token": token}).status_code == 302
    # Somebody of another organisation cannot be assigned.
    assert client.post(f"/cases/{case.reference}/assign", data={
        "assignee": str(accounts["other"].id), "csrf_token": token}).status_code == 400
    assert client.post(f"/cases/{case.reference}/notes", data={
        "text": "Called the clinic <b>twice</b>", "csrf_token": token}).status_code == 302
    assert client.post(f"/cases/{case.reference}/notes", data={
        "text": "", "csrf_token": token}).status_code == 400
    assert client.post(f"/cases/{case.reference}/contact-handled",
                       data={"csrf_token": token}).status_code == 302
    record = services.cases.get_case(case.id)
    assert record.review_status == "in_review" and record.assigned_to == accounts["attorney"].id
    assert record.contact_handled_at is not None
    html = client.get(f"/cases/{case.reference}").get_data(as_text=True)
    assert "Called the clinic &lt;b&gt;twice&lt;/b&gt;" in html
    actions = [e.action for e in services.staff.audit_entries(
        "default", case_reference=case.reference)[0]]
    for action in ("status_changed", "forbidden", "case_assigned", "note_added",
                   "contact_handled"):
        assert action in actions


def test_attorney_can_accept(client, services, accounts):
    case = seed_case(services, "+15005550080")
    sign_in(client, "attorney@clinic.example")
    token = csrf_token(client.get(f"/cases/{case.reference}").get_data(as_text=True))
    client.post(f"/cases/{case.reference}/status", data={"status": "accepted",
                                                           "csrf_token": token})
    assert services.cases.get_case(case.id).review_status == "accepted"
    client.post("/logout", data={"csrf_token": token})
    # Staff can no more undo the decision than take it.
    sign_in(client, "staff@clinic.example")
    token = csrf_token(client.get(f"/cases/{case.reference}").get_data(as_text=True))
    assert client.post(f"/cases/{case.reference}/status", data={
        "status": "in_review", "csrf_token": token}).status_code == 403
    assert services.cases.get_case(case.id).review_status == "accepted"


def test_audit_names_the_stored_reference_however_the_url_spells_it(client, services,
                                                                    accounts):
    case = seed_case(services, "+15005550081")
    typed = "  " + case.reference.lower().replace("-", " ") + "  "
    sign_in(client, "staff@clinic.example")
    page = client.get(f"/cases/{typed}")
    assert page.status_code == 200
    assert client.post(f"/cases/{typed}/notes", data={
        "text": "Spoke to the daughter", "csrf_token": csrf_token(page.get_data(
            as_text=True))}).status_code == 302
    entries, _ = services.staff.audit_entries("default", case_reference=case.reference)
    assert {"case_viewed", "note_added"} <= {entry.action for entry in entries}


def test_documents_are_listed_and_downloaded_as_attachments(client, services, accounts):
    case = seed_case(services, "+15005550090")
    document_id = services.documents.add(case.id, "has_physician_letter", "image/jpeg",
                                         b"\xff\xd8\xff\xe0 fake jpeg")
    sign_in(client, "staff@clinic.example")
    assert "1 page" in client.get(f"/cases/{case.reference}").get_data(as_text=True)
    response = client.get(f"/cases/{case.reference}/documents/{document_id}")
    assert response.status_code == 200 and response.data.startswith(b"\xff\xd8")
    assert response.mimetype == "application/octet-stream"
    other = seed_case(services, "+15005550091")
    assert client.get(f"/cases/{other.reference}/documents/{document_id}").status_code == 404


def test_only_an_admin_erases_a_case_and_only_after_typing_its_reference(client, services,
                                                                         accounts):
    case = seed_case(services, "+15005550095", patient="Erased Person")
    sign_in(client, "attorney@clinic.example")
    page = client.get(f"/cases/{case.reference}").get_data(as_text=True)
    assert "Erase this case" not in page
    assert client.post(f"/cases/{case.reference}/erase", data={
        "confirm": case.reference, "csrf_token": csrf_token(page)}).status_code == 403
    client.post("/logout", data={"csrf_token": csrf_token(page)})

    sign_in(client, "admin@clinic.example")
    page = client.get(f"/cases/{case.reference}").get_data(as_text=True)
    assert "Erase this case" in page
    token = csrf_token(page)
    wrong = client.post(f"/cases/{case.reference}/erase", data={
        "confirm": "PI-0000-0000", "csrf_token": token}, follow_redirects=True)
    assert "Nothing was erased" in wrong.get_data(as_text=True)
    assert services.cases.get_case(case.id).reference == case.reference
    done = client.post(f"/cases/{case.reference}/erase", data={
        "confirm": case.reference.lower(), "csrf_token": token}, follow_redirects=True)
    assert f"Case {case.reference} was erased" in done.get_data(as_text=True)
    assert client.get(f"/cases/{case.reference}").status_code == 404
    assert "Erased Person" not in client.get("/").get_data(as_text=True)
    audit_page = client.get("/admin/audit", query_string={"case": case.reference})
    html = audit_page.get_data(as_text=True)
    assert "case erased" in html and "admin@clinic.example" in html and "staff request" in html
