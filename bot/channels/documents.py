"""Files sent with a message, filed on the applicant's case as evidence.

Only after consent (nothing is kept from someone who has not agreed), linked to
the question being asked when the file arrived, encrypted at rest, and recorded
as a ``document_received`` event (type and size only) for the legal team.
What happened is returned as channel message keys to tell the applicant.
"""
from __future__ import annotations

import asyncio
import logging

import aiohttp

from bot.storage import CaseRecord, CaseStore
from bot.storage.messaging import CaseDocuments

from .inbound import Inbound
from .media import MediaRejected, fetch_media
from .settings import TwilioSettings

logger = logging.getLogger(__name__)

FETCH_TIMEOUT_SECONDS = 60


def file_document(cases: CaseStore, documents: CaseDocuments, case: CaseRecord,
                  content_type: str, data: bytes) -> int:
    """Keep one checked file on the case, linked to the question being asked, and
    record that it arrived (type and size only). Returns the document's id."""
    question_id = case.state.get("current")
    document_id = documents.add(case.id, question_id, content_type, data)
    cases.add_event(case.id, "document_received", {
        "document_id": document_id, "question_id": question_id,
        "content_type": content_type, "size_bytes": len(data)})
    return document_id


async def receive_documents(inbound: Inbound, cases: CaseStore, documents: CaseDocuments,
                            settings: TwilioSettings) -> list[str]:
    """Fetch, check and file every file of ``inbound``; the message keys to answer with."""
    if not inbound.media:
        return []
    case = await asyncio.to_thread(cases.active_case, inbound.sender.number)
    if case is None or case.consent_at is None:
        return ["media_before_consent"]
    saved = rejected = 0
    auth = aiohttp.BasicAuth(settings.account_sid, settings.auth_token)
    async with aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=FETCH_TIMEOUT_SECONDS)) as session:
        for index, (url, content_type) in enumerate(inbound.media):
            try:
                media = await fetch_media(session, url, content_type,
                                          api_base_url=settings.api_base_url, auth=auth)
            except MediaRejected as error:
                logger.warning("File %d of %s not kept: %s.", index, inbound.message_sid,
                               error.reason)
                rejected += 1
                continue
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                logger.warning("File %d of %s not fetched: %s.", index, inbound.message_sid,
                               type(error).__name__)
                rejected += 1
                continue
            await asyncio.to_thread(file_document, cases, documents, case,
                                    media.content_type, media.data)
            saved += 1
    return (["media_received"] if saved else []) + (["media_rejected"] if rejected else [])
