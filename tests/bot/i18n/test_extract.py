"""Rasa domain responses reach the catalogs through our Babel extractor."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from bot.i18n.extract import extract_rasa_domain

DOMAIN = b"""
version: "3.1"
responses:
  utter_wait:
    - text: "Please wait, {name}."
      buttons:
        - title: "Okay"
          payload: /affirm
    - text: "One moment."
  utter_image_only:
    - image: "https://example.org/x.png"
"""


def test_texts_and_button_titles_are_extracted():
    found = list(extract_rasa_domain(io.BytesIO(DOMAIN), [], [], {}))
    assert [message for _, _, message, _ in found] == ["Please wait, {name}.", "Okay",
                                                       "One moment."]
    assert found[0][3] == ["Rasa response utter_wait"]


def test_an_empty_or_response_free_domain_yields_nothing():
    assert list(extract_rasa_domain(io.BytesIO(b""), [], [], {})) == []
    assert list(extract_rasa_domain(io.BytesIO(b"intents: [greet]\n"), [], [], {})) == []


def test_pybabel_uses_it_for_domain_files(tmp_path):
    """Through babel.cfg's [extractors] section, as `make i18n` runs it."""
    (tmp_path / "domain.yml").write_bytes(DOMAIN)
    (tmp_path / "babel.cfg").write_text(
        "[extractors]\nrasa_domain = bot.i18n.extract:extract_rasa_domain\n"
        "[rasa_domain: domain.yml]\n")
    out = tmp_path / "messages.pot"
    subprocess.run([str(Path(sys.executable).with_name("pybabel")), "extract", "-F",
                    "babel.cfg", "-o", str(out), "."], cwd=tmp_path, check=True,
                   capture_output=True)
    with out.open("rb") as handle:
        assert {m.id for m in read_po(handle) if m.id} == {"Please wait, {name}.", "Okay",
                                                            "One moment."}
