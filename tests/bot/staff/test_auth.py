"""Signing in and out: argon2 passwords, throttling, idle timeout, CSRF, roles."""
from __future__ import annotations

from testsupport.staff_cases import PASSWORD, csrf_token, seed_case, sign_in


def test_pages_need_sign_in(client, services, accounts):
    case = seed_case(services, "+15005550001")
    for path in ("/", f"/cases/{case.reference}", f"/cases/{case.reference}/report.pdf",
                 f"/cases/{case.reference}/report.json", "/admin/users", "/admin/audit"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/login" in response.headers["Location"]


def test_sign_in_and_out(client, services, accounts):
    response = sign_in(client, "ATTORNEY@clinic.example ")
    assert response.status_code == 302
    page = client.get("/")
    assert page.status_code == 200 and "Ana Attorney" in page.get_data(as_text=True)
    cookie = client.get_cookie("intake_staff")
    assert cookie.http_only and cookie.same_site == "Lax"
    signed_out = client.post("/logout", data={"csrf_token": csrf_token(page.get_data(as_text=True))})
    assert signed_out.status_code == 302
    assert client.get("/").status_code == 302
    actions = [entry.action for entry in services.staff.audit_entries("default")[0]]
    assert "signed_in" in actions and "signed_out" in actions


def test_a_copied_session_cookie_is_worthless_after_sign_out(app, client, accounts):
    sign_in(client, "staff@clinic.example")
    page = client.get("/").get_data(as_text=True)
    copied = client.get_cookie("intake_staff").value
    client.post("/logout", data={"csrf_token": csrf_token(page)})
    thief = app.test_client()
    thief.set_cookie("intake_staff", copied)
    response = thief.get("/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_successful_sign_ins_from_one_office_are_not_throttled(client, accounts):
    for _ in range(25):   # more than the per-address limit of failures
        assert sign_in(client, "staff@clinic.example").status_code == 302
        client.post("/logout", data={"csrf_token": csrf_token(
            client.get("/").get_data(as_text=True))})


def test_wrong_password_is_refused_kindly_and_audited(client, services, accounts):
    response = sign_in(client, "staff@clinic.example", "not the password")
    assert response.status_code == 401
    assert "do not match" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302
    unknown = sign_in(client, "nobody@clinic.example", PASSWORD)
    assert unknown.status_code == 401
    entries, _ = services.staff.audit_entries("default")
    assert [e.action for e in entries].count("sign_in_failed") == 2
    assert all(PASSWORD not in str(e.detail) for e in entries)


def test_throttling_after_five_failures_even_with_the_right_password(client, services,
                                                                    accounts, clock):
    for _ in range(5):
        assert sign_in(client, "staff@clinic.example", "wrong wrong wrong").status_code == 401
    blocked = sign_in(client, "staff@clinic.example", PASSWORD)
    assert blocked.status_code == 429
    assert "Wait 15 minutes" in blocked.get_data(as_text=True)
    clock.advance(minutes=16)
    assert sign_in(client, "staff@clinic.example", PASSWORD).status_code == 302


def test_idle_session_ends_on_the_server(client, accounts, clock):
    sign_in(client, "staff@clinic.example")
    clock.advance(minutes=20)
    assert client.get("/").status_code == 200
    clock.advance(minutes=31)
    response = client.get("/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_deactivated_or_demoted_account_loses_its_session(client, services, accounts):
    sign_in(client, "staff@clinic.example")
    assert client.get("/").status_code == 200
    services.staff.update_user(accounts["staff"].id, active=False)
    assert client.get("/").status_code == 302
    assert sign_in(client, "staff@clinic.example").status_code == 401


def test_a_demoted_admin_loses_admin_pages_at_once(client, services, accounts):
    sign_in(client, "admin@clinic.example")
    assert client.get("/admin/users").status_code == 200
    services.staff.update_user(accounts["admin"].id, role="staff")
    assert client.get("/admin/users").status_code == 302        # signed out
    sign_in(client, "admin@clinic.example")
    assert client.get("/admin/users").status_code == 403


def test_forms_without_a_csrf_token_are_refused(client, services, accounts):
    case = seed_case(services, "+15005550002")
    assert client.post("/login", data={"email": "staff@clinic.example",
                                       "password": PASSWORD}).status_code == 400
    sign_in(client, "attorney@clinic.example")
    response = client.post(f"/cases/{case.reference}/status", data={"status": "closed"})
    assert response.status_code == 400
    assert "expired or did not come from this site" in response.get_data(as_text=True)
    assert services.cases.get_case(case.id).review_status == "new"
    assert client.post("/logout").status_code == 400


def test_open_redirect_after_sign_in_is_refused(client, accounts):
    page = client.get("/login?next=//evil.example/x")
    response = client.post("/login?next=//evil.example/x", data={
        "email": "staff@clinic.example", "password": PASSWORD,
        "csrf_token": csrf_token(page.get_data(as_text=True))})
    assert response.headers["Location"] == "/"


def test_security_headers_on_every_page(client):
    response = client.get("/login")
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-store"
    assert "Strict-Transport-Security" not in response.headers   # development
