"""The widget's public files and the demo page on the staff app."""
from __future__ import annotations

from bot.widget.views import STATIC


def test_strings_are_public_json_any_site_may_read(client):
    response = client.get("/widget/strings/ar.json")
    assert response.status_code == 200 and response.json["dir"] == "rtl"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert client.get("/widget/strings/nonsense.json").json["language"] == "en"


def test_demo_page_embeds_the_widget_under_a_strict_policy(client):
    response = client.get("/demo?lang=ar")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'data-server="https://assistant.clinic.example"' in html
    assert 'data-language="ar"' in html
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "connect-src 'self' https://assistant.clinic.example wss://assistant.clinic.example" \
        in policy
    # An unknown language in the address falls back to English, escaped or not.
    assert 'data-language="en"' in client.get('/demo?lang="><script>').get_data(as_text=True)


def test_bundle_and_stylesheet_are_served_for_caching(client):
    for path, kind in (("/widget.js", "text/javascript"), ("/widget.css", "text/css")):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.mimetype == kind
        assert response.cache_control.max_age == 300
    assert client.get("/widget.js").data == (STATIC / "widget.js").read_bytes()


def test_the_dashboard_still_needs_sign_in(client):
    assert client.get("/").status_code == 302
