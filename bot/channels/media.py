"""Files applicants send by MMS or WhatsApp: fetched safely, checked, kept encrypted.

Twilio gives a ``MediaUrl{N}`` per file; fetching it needs the account's
credentials, so a URL is only ever fetched from Twilio's own hosts (or the
configured API host in tests): a forged or odd URL must never make us send our
credentials, or make a request, anywhere else. Redirects (Twilio answers with one
to its CDN) are followed by hand, each hop checked, credentials only to the API host.
Only photos and PDFs up to ``MAX_MEDIA_BYTES`` are kept, checked by their first bytes
as well as the declared type.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional
from urllib.parse import urljoin, urlsplit

import aiohttp

MAX_MEDIA_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 3
TWILIO_HOSTS = ("api.twilio.com",)
TWILIO_HOST_SUFFIXES = (".twiliocdn.com",)

ALLOWED_TYPES = {
    "image/jpeg": "jpeg",
    "image/jpg": "jpeg",
    "image/png": "png",
    "application/pdf": "pdf",
    "image/heic": "heic",
    "image/heif": "heic",
}


class MediaRejected(ValueError):
    """The file was not fetched or not kept; ``reason`` is a stable key for logs."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Media:
    content_type: str
    data: bytes


def is_allowed_host(url: str, api_base_url: str) -> bool:
    """True for https URLs on Twilio's hosts, or on the configured API base's host."""
    parts = urlsplit(url or "")
    base = urlsplit(api_base_url or "")
    if parts.username or parts.password or not parts.hostname:
        return False
    if base.hostname and (parts.scheme, parts.hostname, parts.port) == (
            base.scheme, base.hostname, base.port):
        return True
    host = parts.hostname.lower()
    return parts.scheme == "https" and (
        host in TWILIO_HOSTS or any(host.endswith(suffix) for suffix in TWILIO_HOST_SUFFIXES))


def kind_of(data: bytes) -> Optional[str]:
    """"jpeg", "png", "pdf" or "heic" from the file's first bytes, else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heif"):
        return "heic"
    return None


def check_media(declared_type: str, data: bytes) -> str:
    """The normalised content type when the file may be kept; else ``MediaRejected``."""
    declared = (declared_type or "").split(";")[0].strip().lower()
    expected = ALLOWED_TYPES.get(declared)
    if expected is None:
        raise MediaRejected("type_not_allowed")
    if len(data) > MAX_MEDIA_BYTES:
        raise MediaRejected("too_large")
    if kind_of(data) != expected:
        raise MediaRejected("content_does_not_match_type")
    return "image/heic" if expected == "heic" else ("image/jpeg" if expected == "jpeg"
                                                    else declared)


async def fetch_media(session: aiohttp.ClientSession, url: str, declared_type: str, *,
                      api_base_url: str, auth: aiohttp.BasicAuth) -> Media:
    """Fetch and check one file; credentials go only to the API host itself."""
    if (declared_type or "").split(";")[0].strip().lower() not in ALLOWED_TYPES:
        raise MediaRejected("type_not_allowed")    # not even fetched
    api_host = urlsplit(api_base_url).hostname
    for _ in range(MAX_REDIRECTS + 1):
        if not is_allowed_host(url, api_base_url):
            raise MediaRejected("host_not_allowed")
        hop_auth = auth if urlsplit(url).hostname in (api_host, *TWILIO_HOSTS) else None
        async with session.get(url, auth=hop_auth, allow_redirects=False) as response:
            if response.status in (301, 302, 303, 307, 308):
                url = urljoin(url, response.headers.get("Location", ""))
                continue
            if response.status != 200:
                raise MediaRejected(f"http_{response.status}")
            if (response.content_length or 0) > MAX_MEDIA_BYTES:
                raise MediaRejected("too_large")
            data = bytearray()
            async for chunk in response.content.iter_chunked(64 * 1024):
                data.extend(chunk)
                if len(data) > MAX_MEDIA_BYTES:
                    raise MediaRejected("too_large")
            content_type = check_media(declared_type, bytes(data))
            return Media(content_type, bytes(data))
    raise MediaRejected("too_many_redirects")
