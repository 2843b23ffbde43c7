from __future__ import annotations

import aiohttp
import pytest

from bot.channels.media import (MAX_MEDIA_BYTES, MediaRejected, check_media, fetch_media,
                                is_allowed_host, kind_of)

from testsupport.fake_twilio import FakeTwilio

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 100
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
PDF = b"%PDF-1.7\n" + b"x" * 100
HEIC = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100
API = "https://api.twilio.com"


@pytest.mark.parametrize("url, allowed", [
    ("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", True),
    ("https://media.twiliocdn.com/AC1/abc", True),
    ("https://s3.twiliocdn.com/x", True),
    ("http://api.twilio.com/x", False),               # not https
    ("https://api.twilio.com.evil.org/x", False),
    ("https://eviltwiliocdn.com/x", False),
    ("https://user:pw@api.twilio.com/x", False),
    ("https://example.org/x", False),
    ("file:///etc/passwd", False),
    ("", False),
])
def test_only_twilio_hosts_are_fetched(url, allowed):
    assert is_allowed_host(url, API) is allowed


def test_the_configured_api_host_is_allowed_with_its_scheme_and_port():
    assert is_allowed_host("http://127.0.0.1:15099/media/1", "http://127.0.0.1:15099")
    assert not is_allowed_host("http://127.0.0.1:15098/media/1", "http://127.0.0.1:15099")


def test_file_kinds_are_read_from_the_first_bytes():
    assert [kind_of(d) for d in (JPEG, PNG, PDF, HEIC, b"GIF89a")] == [
        "jpeg", "png", "pdf", "heic", None]


def test_only_photos_and_pdfs_of_the_declared_kind_and_size_are_kept():
    assert check_media("image/jpeg", JPEG) == "image/jpeg"
    assert check_media("application/pdf", PDF) == "application/pdf"
    assert check_media("image/heif", HEIC) == "image/heic"
    for declared, data, reason in [("image/gif", b"GIF89a", "type_not_allowed"),
                                   ("image/png", JPEG, "content_does_not_match_type"),
                                   ("application/pdf", b"%PDF-" + b"x" * MAX_MEDIA_BYTES,
                                    "too_large")]:
        with pytest.raises(MediaRejected) as error:
            check_media(declared, data)
        assert error.value.reason == reason


@pytest.fixture
def fake():
    server = FakeTwilio().start()
    yield server
    server.stop()


async def fetch(fake: FakeTwilio, url: str, content_type: str):
    async with aiohttp.ClientSession() as session:
        return await fetch_media(session, url, content_type, api_base_url=fake.base_url,
                                 auth=aiohttp.BasicAuth("AC1", "token"))


@pytest.mark.asyncio
async def test_fetches_with_the_account_credentials_following_redirects(fake):
    fake.add_media("/cdn/file", "image/png", PNG)
    url = fake.add_media("/Media/ME1", "", b"", redirect_to=fake.base_url + "/cdn/file")
    media = await fetch(fake, url, "image/png")
    assert (media.content_type, media.data) == ("image/png", PNG)
    assert fake.media_gets == [("/Media/ME1", "AC1:token"), ("/cdn/file", "AC1:token")]


@pytest.mark.asyncio
async def test_refuses_other_hosts_without_a_request_even_after_a_redirect(fake):
    with pytest.raises(MediaRejected) as error:
        await fetch(fake, "https://example.org/x.png", "image/png")
    assert error.value.reason == "host_not_allowed"
    url = fake.add_media("/Media/ME2", "", b"", redirect_to="https://example.org/x.png")
    with pytest.raises(MediaRejected) as error:
        await fetch(fake, url, "image/png")
    assert error.value.reason == "host_not_allowed"
    assert [path for path, _ in fake.media_gets] == ["/Media/ME2"]


@pytest.mark.asyncio
async def test_refuses_wrong_types_before_fetching_and_wrong_content_after(fake):
    url = fake.add_media("/Media/ME3", "image/gif", b"GIF89a")
    with pytest.raises(MediaRejected):
        await fetch(fake, url, "image/gif")
    assert fake.media_gets == []
    url = fake.add_media("/Media/ME4", "image/jpeg", b"MZ\x90\x00 not a photo")
    with pytest.raises(MediaRejected) as error:
        await fetch(fake, url, "image/jpeg")
    assert error.value.reason == "content_does_not_match_type"
    with pytest.raises(MediaRejected) as error:
        await fetch(fake, fake.base_url + "/Media/missing", "image/jpeg")
    assert error.value.reason == "http_404"
