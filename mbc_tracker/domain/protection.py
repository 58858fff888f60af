"""The key that opens a passphrase-protected record, derived once per opening.

A protected record is a SQLCipher 4 file with SQLCipher's defaults: its encryption key is
PBKDF2-HMAC-SHA512 of the passphrase (UTF-8), 256,000 iterations, over the 16-byte salt that
SQLCipher keeps as the first 16 bytes of the file. Deriving costs about half a second, and
SQLCipher would pay it again on every connection given the passphrase, so the app derives the
raw key once (``derive_key``) and hands SQLCipher the raw key and the salt on every connection
(``storage.connect``). Because the result is exactly what SQLCipher derives itself, a protected
record also opens in any SQLCipher 4 tool with ``PRAGMA key = 'the passphrase'``.

``RecordKey`` never shows its bytes: not in ``repr``, not in a traceback's locals, not in a log.
The passphrase itself is never kept. ``key_matches`` tells whether a passphrase typed later (to
unlock the window) is the one the open record's key came from, without keeping it either.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

KEY_BYTES = 32  # AES-256
SALT_BYTES = 16  # SQLCipher's salt: the first 16 bytes of an encrypted file
KDF_ITERATIONS = 256_000  # SQLCipher 4's default (cipher_compatibility = 4)
KDF_DIGEST = "sha512"


@dataclass(frozen=True)
class RecordKey:
    """The raw key and the salt of one protected record (or of one about to be made)."""

    raw: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("A record key is 32 bytes of key and 16 bytes of salt.")

    def __repr__(self) -> str:
        return "RecordKey(<hidden>)"

    __str__ = __repr__


def derive_key(passphrase: str, salt: bytes) -> RecordKey:
    """The key SQLCipher 4 derives from ``passphrase`` for a file whose salt is ``salt``."""
    raw = hashlib.pbkdf2_hmac(
        KDF_DIGEST, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, dklen=KEY_BYTES
    )
    return RecordKey(raw=raw, salt=salt)


def key_matches(key: RecordKey, passphrase: str) -> bool:
    """Whether ``passphrase`` gives ``key`` (derived with the key's salt, compared in constant
    time). Costs one derivation, about half a second."""
    return hmac.compare_digest(derive_key(passphrase, key.salt).raw, key.raw)


def new_key(passphrase: str) -> RecordKey:
    """A key for a file not made yet: a fresh random salt, which the new file will carry."""
    return derive_key(passphrase, secrets.token_bytes(SALT_BYTES))
