"""Unlocking the window: a typed passphrase is checked against the open record's key alone."""

from __future__ import annotations

import pytest

from mbc_tracker.domain.protection import RecordKey, derive_key, key_matches

SALT = bytes(range(16))
PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def key() -> RecordKey:
    return derive_key(PASSPHRASE, SALT)


def test_the_passphrase_the_key_came_from_matches(key: RecordKey) -> None:
    assert key_matches(key, PASSPHRASE)


@pytest.mark.parametrize(
    "typed", ["", "correct horse batter", "Correct horse battery", PASSPHRASE + " "]
)
def test_any_other_passphrase_does_not(key: RecordKey, typed: str) -> None:
    assert not key_matches(key, typed)


def test_the_same_passphrase_with_another_salt_does_not(key: RecordKey) -> None:
    """The salt is the record's own: a key from another file is another key."""
    other = derive_key(PASSPHRASE, bytes(16))
    assert not key_matches(other, "x" * 8)
    assert key_matches(other, PASSPHRASE)
    assert other.raw != key.raw


def test_a_passphrase_in_any_script_is_compared_as_utf8() -> None:
    key = derive_key("mot de passe é 密码", SALT)
    assert key_matches(key, "mot de passe é 密码")
    assert not key_matches(key, "mot de passe e 密码")
