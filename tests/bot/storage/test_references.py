from __future__ import annotations

import re

import pytest

from bot.storage.references import ALPHABET, is_reference, new_reference, normalise_reference


def test_alphabet_has_no_look_alikes():
    assert not set("0O1I") & set(ALPHABET)
    assert len(set(ALPHABET)) == len(ALPHABET) == 32


def test_new_references_are_well_formed_and_varied():
    made = {new_reference() for _ in range(2000)}
    assert len(made) == 2000
    for reference in made:
        assert re.fullmatch(r"PI-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}", reference)
        assert is_reference(reference)


@pytest.mark.parametrize("typed", ["PI-7K3M-Q9XD", "pi-7k3m-q9xd", " PI 7K3M Q9XD ",
                                   "PI7K3MQ9XD", "7K3M-Q9XD", "pi_7k3m.q9xd"])
def test_normalise_accepts_what_people_type(typed):
    assert normalise_reference(typed) == "PI-7K3M-Q9XD"


@pytest.mark.parametrize("typed", ["PI-7K3M-Q9X0", "PI-7K3M", "hello", "PI-7K3M-Q9XDD"])
def test_normalise_leaves_non_references_unmatched(typed):
    assert not is_reference(normalise_reference(typed))
