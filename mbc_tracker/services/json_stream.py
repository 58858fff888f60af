"""An export file read piece by piece: its outer objects key by key, its big lists item by item.

A 200 MB export decoded at once takes some two gigabytes of Python objects. ``JsonStream`` walks
the outline of the file itself (the top-level object, the ``record`` object, the brackets of
each section's list) and hands every value inside it, one at a time, to ``json``'s own C decoder
(``raw_decode`` over a sliding window of the text), with the same strict rules as
``untrusted_json.decode``: integers SQLite could not store and fractions beyond a float become
``UnusableNumber``; ``NaN``, ``Infinity``, a key named twice, nesting deeper than the limit,
broken or cut-off JSON are never judged here. Any of them raises ``NeedsWholeDocument``, and the
caller reads the file whole through ``untrusted_json.decode`` to say what is wrong in exactly its
words; a refused file may cost memory, a good one never does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from mbc_tracker.services.untrusted_json import MAX_NESTING_DEPTH, nesting_depth, strict_decoder

# Characters read at a time; a value longer than this (a very long note) widens the window.
CHUNK_CHARACTERS = 1 << 20
# A decoding error this close to the end of the window may only mean the value goes on.
_NEAR_THE_END = 64
_WHITESPACE = re.compile(r"[ \t\n\r]*")


class NeedsWholeDocument(Exception):
    """What comes next is not an export's plain shape, or not JSON: judge the whole text."""


class JsonStream:
    """The JSON text that ``read`` returns (``read(n)`` gives up to n characters, "" at the end).

    Use ``members()`` for an object's keys (after each key, read its value with ``value``,
    ``members`` or ``items``), ``items()`` for a list's values, and ``finish()`` at the end.
    """

    def __init__(self, read: Callable[[int], str]) -> None:
        self._read = read
        self._text = ""
        self._at = 0
        self._ended = False
        self._decoder = strict_decoder()

    # -- the window ------------------------------------------------------------------------------

    def _more(self, at_least: int = 0) -> bool:
        """Read on; False at the end of the text. What was already used is dropped."""
        if self._ended:
            return False
        piece = self._read(max(at_least, CHUNK_CHARACTERS))
        if not piece:
            self._ended = True
            return False
        self._text = self._text[self._at :] + piece
        self._at = 0
        return True

    def _next_character(self) -> str:
        """The next character that is not white space ("" at the end), without using it."""
        while True:
            text = self._text
            at = self._at = _WHITESPACE.match(text, self._at).end()  # type: ignore[union-attr]
            if at < len(text):
                return text[at]
            if not self._more():
                return ""

    def _expect(self, characters: str) -> str:
        character = self._next_character()
        if not character or character not in characters:
            raise NeedsWholeDocument
        self._at += 1
        return character

    def _decoded(self, decode: Callable[[str, int], tuple[Any, int]]) -> Any:
        """``decode(text, at)`` at the current place, widening the window until it is whole."""
        wanted = CHUNK_CHARACTERS
        while True:
            try:
                value, end = decode(self._text, self._at)
            except json.JSONDecodeError as error:
                cut_short = error.msg.startswith("Unterminated string") or (
                    error.pos >= len(self._text) - _NEAR_THE_END
                )
                if cut_short and self._more(wanted):
                    wanted *= 2
                    continue
                raise NeedsWholeDocument from None
            except (RecursionError, ValueError):
                # Too deep for the decoder, NaN or Infinity, or a key named twice.
                raise NeedsWholeDocument from None
            if end >= len(self._text) and self._more(wanted):
                wanted *= 2  # a number may go on in the next piece
                continue
            self._at = end
            return value

    # -- the outline -------------------------------------------------------------------------------

    def members(self) -> Iterator[str]:
        """The keys of the object that starts here, in the order of the file.

        After each key the caller reads its value; a key named twice raises NeedsWholeDocument.
        """
        self._expect("{")
        seen: set[str] = set()
        if self._next_character() == "}":
            self._at += 1
            return
        while True:
            self._expect('"')
            key = self._decoded(_scan_key)
            if key in seen:
                raise NeedsWholeDocument
            seen.add(key)
            self._expect(":")
            self._next_character()
            yield key
            if self._expect(",}") == "}":
                return

    def items(self, enclosing: int) -> Iterator[Any]:
        """The values of the list that starts here, each decoded whole; ``enclosing`` is how
        many lists and objects hold the list itself."""
        self._expect("[")
        if self._next_character() == "]":
            self._at += 1
            return
        while True:
            self._next_character()
            yield self.value(enclosing + 1)
            if self._expect(",]") == "]":
                return

    def value(self, enclosing: int) -> Any:
        """The value that starts here, decoded whole; ``enclosing`` lists and objects hold it."""
        if not self._next_character():
            raise NeedsWholeDocument
        value = self._decoded(self._decoder.raw_decode)
        if enclosing + nesting_depth(value) > MAX_NESTING_DEPTH:
            raise NeedsWholeDocument
        return value

    def next_is(self, character: str) -> bool:
        return self._next_character() == character

    def finish(self) -> None:
        """Nothing but white space may follow the top-level object."""
        if self._next_character():
            raise NeedsWholeDocument


def _scan_key(text: str, at: int) -> tuple[str, int]:
    key, end = scanstring(text, at, True)
    return key, end
