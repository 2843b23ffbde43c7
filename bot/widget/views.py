"""The widget's public files and the demo page, on the staff app (no sign-in: a
clinic's visitors load them). Nothing here touches case data.

- ``/widget.js`` and ``/widget.css``: the bundle (built at setup) and its styles;
- ``/widget/strings/<code>.json``: the widget's own texts in one language, from
  the catalogs (any site may read them);
- ``/demo``: a clinic page with the widget on it, as a clinic would add it, under a
  strict Content-Security-Policy that only lets in this host and the assistant.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, jsonify, render_template, request, \
    send_from_directory

from bot.i18n.languages import supported

from .strings import widget_strings

STATIC = Path(__file__).resolve().parent / "static"
CACHE_SECONDS = 300

blueprint = Blueprint("widget", __name__, template_folder="templates")


@blueprint.route("/widget.js")
def script():
    if not (STATIC / "widget.js").exists():
        abort(503, "The widget is not built yet: run `make setup`.")
    return send_from_directory(STATIC, "widget.js", max_age=CACHE_SECONDS,
                               mimetype="text/javascript")


@blueprint.route("/widget.css")
def stylesheet():
    return send_from_directory(STATIC, "widget.css", max_age=CACHE_SECONDS, mimetype="text/css")


@blueprint.route("/demo.css")
def demo_css():
    return send_from_directory(STATIC, "demo.css", max_age=CACHE_SECONDS, mimetype="text/css")


@blueprint.route("/widget/strings/<code>.json")
def strings(code: str):
    answer = jsonify(widget_strings(code))
    answer.headers["Access-Control-Allow-Origin"] = "*"   # public texts, no credentials
    answer.cache_control.public = True
    answer.cache_control.max_age = CACHE_SECONDS
    return answer


@blueprint.route("/demo")
def demo():
    settings = current_app.extensions["intake"].settings
    server = settings.widget_server_url
    socket = urlsplit(server)
    websocket = f"{'wss' if socket.scheme == 'https' else 'ws'}://{socket.netloc}"
    page = render_template("widget_demo.html", server=server,
                           language=supported(request.args.get("lang", "es")))
    response = current_app.make_response(page)
    response.headers["Content-Security-Policy"] = "; ".join([
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        f"connect-src 'self' {server} {websocket}", "form-action 'none'",
        "frame-ancestors 'none'", "base-uri 'none'"])
    return response
