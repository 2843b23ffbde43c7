"""Accounts and the audit log: admins only."""
from __future__ import annotations

from testsupport.staff_cases import PASSWORD, csrf_token, seed_case, sign_in


def test_non_admins_are_refused(client, accounts):
    for email in ("staff@clinic.example", "attorney@clinic.example"):
        test_client = client.application.test_client()
        sign_in(test_client, email)
        assert test_client.get("/admin/users").status_code == 403
        assert test_client.get("/admin/audit").status_code == 403


def test_admin_creates_an_account_that_can_sign_in(client, services, accounts):
    sign_in(client, "admin@clinic.example")
    token = csrf_token(client.get("/admin/users").get_data(as_text=True))
    short = client.post("/admin/users", data={"email": "new@clinic.example",
                                              "display_name": "New", "role": "staff",
                                              "password": "short", "csrf_token": token})
    assert short.status_code == 400
    # The access forms beside the failed one still show the accounts as they are.
    assert short.get_data(as_text=True).count('checked') == len(
        [user for user in services.staff.users("default") if user.active])
    created = client.post("/admin/users", data={"email": "new@clinic.example",
                                                "display_name": "Nadia New", "role": "staff",
                                                "password": PASSWORD, "csrf_token": token})
    assert created.status_code == 302
    duplicate = client.post("/admin/users", data={"email": "NEW@clinic.example",
                                                  "display_name": "Again", "role": "staff",
                                                  "password": PASSWORD, "csrf_token": token})
    assert duplicate.status_code == 400 and "already exists" in duplicate.get_data(as_text=True)
    record = services.staff.find_user("new@clinic.example")
    assert record.password_hash.startswith("$argon2id$") and PASSWORD not in record.password_hash
    assert sign_in(client.application.test_client(), "new@clinic.example").status_code == 302


def test_admin_changes_access_but_not_their_own(client, services, accounts):
    sign_in(client, "admin@clinic.example")
    token = csrf_token(client.get("/admin/users").get_data(as_text=True))
    staff_id = accounts["staff"].id
    changed = client.post(f"/admin/users/{staff_id}", data={
        f"u{staff_id}-role": "attorney", f"u{staff_id}-active": "y", "csrf_token": token})
    assert changed.status_code == 302
    assert services.staff.get_user(staff_id).role == "attorney"
    admin_id = accounts["admin"].id
    refused = client.post(f"/admin/users/{admin_id}", data={f"u{admin_id}-role": "staff",
                                                             "csrf_token": token},
                          follow_redirects=True)
    assert "cannot remove your own administrator access" in refused.get_data(as_text=True)
    assert services.staff.get_user(admin_id).role == "admin"
    assert client.post(f"/admin/users/{staff_id}", data={
        f"u{staff_id}-role": "emperor", "csrf_token": token}).status_code == 400
    other_id = accounts["other"].id
    assert client.post(f"/admin/users/{other_id}", data={
        f"u{other_id}-role": "staff", "csrf_token": token}).status_code == 404


def test_audit_log_shows_who_viewed_a_case(client, services, accounts):
    case = seed_case(services, "+15005550100")
    viewer = client.application.test_client()
    sign_in(viewer, "staff@clinic.example")
    viewer.get(f"/cases/{case.reference}")
    sign_in(client, "admin@clinic.example")
    html = client.get("/admin/audit", query_string={"case": case.reference}).get_data(
        as_text=True)
    assert "staff@clinic.example" in html and "case viewed" in html
    assert "Maria" not in html   # the audit log names cases, never what they hold
    spaced = client.get("/admin/audit", query_string={
        "case": case.reference.lower().replace("-", " ")}).get_data(as_text=True)
    assert "case viewed" in spaced
    assert client.get("/admin/audit", query_string={"page": "\u00b2" * 3}).status_code == 200
