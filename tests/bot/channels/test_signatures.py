from __future__ import annotations

from twilio.request_validator import RequestValidator

from bot.channels.signatures import is_valid_signature, public_url

TOKEN = "test-auth-token"
URL = "https://intake.example.org/webhooks/twilio/webhook"
FORM = {"MessageSid": "SM123", "From": "+15550100001", "Body": "Hello", "MediaUrl0": ""}


def sign(url: str, form: dict[str, str], token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, form)


def as_form(form: dict[str, str]) -> dict[str, list[str]]:
    return {name: [value] for name, value in form.items()}


def test_a_request_signed_by_twilio_is_valid():
    assert is_valid_signature(TOKEN, URL, as_form(FORM), sign(URL, FORM))


def test_blank_parameters_are_part_of_the_signature():
    without_blank = {k: v for k, v in FORM.items() if v}
    assert not is_valid_signature(TOKEN, URL, as_form(without_blank), sign(URL, FORM))


def test_a_changed_body_url_or_token_fails():
    signature = sign(URL, FORM)
    assert not is_valid_signature(TOKEN, URL, as_form({**FORM, "Body": "Hello!"}), signature)
    assert not is_valid_signature(TOKEN, URL.replace("webhook", "status"), as_form(FORM),
                                  signature)
    assert not is_valid_signature(TOKEN, URL, as_form(FORM), sign(URL, FORM, "other-token"))


def test_missing_signature_or_token_never_validates():
    assert not is_valid_signature(TOKEN, URL, as_form(FORM), None)
    assert not is_valid_signature(TOKEN, URL, as_form(FORM), "")
    assert not is_valid_signature("", URL, as_form(FORM), sign(URL, FORM, ""))


def test_repeated_parameters_count_every_value():
    import base64
    import hashlib
    import hmac

    both = base64.b64encode(hmac.new(TOKEN.encode(), (URL + "A1A2").encode(),
                                     hashlib.sha1).digest()).decode()
    assert is_valid_signature(TOKEN, URL, {"A": ["1", "2"]}, both)
    assert not is_valid_signature(TOKEN, URL, {"A": ["1"]}, both)


def test_public_url_is_the_configured_base_plus_the_path():
    assert public_url("https://intake.example.org/", "/webhooks/twilio/webhook") == URL
    assert public_url("https://x.org", "/a", "b=1") == "https://x.org/a?b=1"
