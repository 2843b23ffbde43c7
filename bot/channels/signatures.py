"""Checking that a webhook request really comes from Twilio (``X-Twilio-Signature``).

Twilio signs the public URL it called plus every POSTed parameter, blank ones
included, with the account's auth token. Behind TLS termination or a tunnel the
server sees another URL, so the URL checked is ``PUBLIC_URL`` + the request path.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from twilio.request_validator import RequestValidator

SIGNATURE_HEADER = "X-Twilio-Signature"


class _Parameters(dict):
    """Form parameters with every value of a repeated name (``RequestValidator`` reads
    ``getall`` when it exists, as for Flask's MultiDict)."""

    def getall(self, name: str) -> list[str]:
        return list(self[name])


def public_url(base_url: str, path: str, query: str = "") -> str:
    """The URL Twilio called: the configured public base, the path, any query string."""
    url = base_url.rstrip("/") + "/" + path.lstrip("/")
    return f"{url}?{query}" if query else url


def is_valid_signature(auth_token: str, url: str, form: Mapping[str, Sequence[str]],
                       signature: str | None) -> bool:
    """True when ``signature`` is Twilio's signature of ``url`` and ``form``.

    ``form`` maps each name to all its values (as parsed with blank values kept).
    A missing signature or an unset token never validates.
    """
    if not signature or not auth_token:
        return False
    parameters = _Parameters({name: list(values) for name, values in form.items()})
    return RequestValidator(auth_token).validate(url, parameters, signature)
