"""JSON from outside the app, decoded so that nothing in it can surprise the code that checks it.

An import file may be damaged, cut short, or made on purpose to upset the app. ``json.loads``
alone lets such a file raise RecursionError (lists nested thousands deep) or ValueError (an
integer of thousands of digits), hands over numbers the database cannot store (integers beyond
SQLite's 64-bit range, ``1e400`` read as infinity) and silently keeps the last of two equal keys.
``decode`` turns each of these into a sentence (``JsonRefused``), or into an ``UnusableNumber``
that every field check refuses with its place in the file. ``quote`` shows text from the file in
a message briefly, with invisible characters written out as escapes, so that a refused file can
neither flood a terminal nor repaint it with escape sequences.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from mbc_tracker.domain.dates import count as count_words
from mbc_tracker.domain.language import translate

# A record's export nests six levels deep (the file, record, appointments, one appointment, its
# questions, one question). Anything far deeper is not an export, and refusing it here keeps
# every later step free of deep recursion.
MAX_NESTING_DEPTH = 32
# The most characters of a value from the file that a message shows (escapes included).
MAX_QUOTED_CHARACTERS = 80
# SQLite stores whole numbers as signed 64-bit integers; a larger one cannot be saved.
SMALLEST_STORABLE_INTEGER = -(2**63)
LARGEST_STORABLE_INTEGER = 2**63 - 1
# Digits (and a minus sign) that can possibly hold a 64-bit integer: anything longer is not
# converted at all, which also keeps Python's limit on long integer texts out of the way.
_LONGEST_STORABLE_INTEGER_TEXT = len(str(SMALLEST_STORABLE_INTEGER))


class JsonRefused(ValueError):
    """The text cannot be used as JSON at all; ``problems`` are sentences for the person."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class UnusableNumber:
    """A number in the file that no field can hold: too large to store, or not finite.

    It stands in for the number in the decoded document, so that the field checks refuse it
    with its place (``symptom_entries[3].severity: ...``) instead of the database failing later.
    """

    text: str

    def describe(self) -> str:
        if len(self.text) <= 24:
            return translate("untrusted_json", "the number {value}").format(value=self.text)
        return translate("untrusted_json", "the number {value}… ({count} characters long)").format(
            value=self.text[:20], count=count_words(len(self.text))
        )


def quote(text: str, limit: int = MAX_QUOTED_CHARACTERS) -> str:
    """``text`` in curly quotes for a message: at most ``limit`` characters, invisible ones escaped.

    Control characters (ESC, DEL, C1 controls), format characters such as the right-to-left
    override, lone surrogates and other characters that do not print are written as ``\\x1b``,
    ``\\u202e``, ``\\ud800``, so a message shows exactly what is in the file and nothing in the
    file can act on the terminal. Only the first characters are looked at, so a value of a
    million characters costs no more than a short one.
    """
    head = text[:limit]
    if head.isprintable():  # the usual case, without looking at each character in Python
        return f"“{head}…”" if len(text) > limit else f"“{head}”"
    shown: list[str] = []
    length = 0
    for character in head:
        piece = character if character.isprintable() else _escape(character)
        if length + len(piece) > limit:
            break
        shown.append(piece)
        length += len(piece)
    else:
        if len(text) <= limit:
            return f"“{''.join(shown)}”"
    return f"“{''.join(shown)}…”"


_FAMILIAR_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(character: str) -> str:
    if character in _FAMILIAR_ESCAPES:
        return _FAMILIAR_ESCAPES[character]
    code = ord(character)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def decode(text: str) -> Any:
    """The JSON value in ``text``, with every number usable or an ``UnusableNumber``.

    Raises JsonRefused for text that is not JSON, is cut short, uses ``NaN`` or ``Infinity``,
    nests deeper than MAX_NESTING_DEPTH or repeats a key within one object.
    """
    duplicated_keys_seen = False

    def object_from_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicated_keys_seen
        value = dict(pairs)
        if len(value) == len(pairs):
            return value
        duplicated_keys_seen = True
        return _ObjectWithDuplicatedKeys(pairs)

    try:
        document = json.loads(
            text,
            parse_int=_integer,
            parse_float=_fraction,
            parse_constant=_refuse_constant,
            object_pairs_hook=object_from_pairs,
        )
    except _ConstantRefused as refused:
        raise JsonRefused(
            [
                translate("untrusted_json", "The file is not valid JSON: {reason}").format(
                    reason=refused
                )
            ]
        ) from None
    except RecursionError:
        # The decoder recursed once per level; the scan below finds where it went too deep.
        raise JsonRefused([_too_deep(text)]) from None
    except json.JSONDecodeError as error:
        raise JsonRefused([_not_json(text, error)]) from None
    if _depth(document) > MAX_NESTING_DEPTH:
        raise JsonRefused([_too_deep(text)])
    if duplicated_keys_seen:
        raise JsonRefused(_duplicated_keys(document))
    return document


class _RefusedWhileStreaming(ValueError):
    """A key named twice, or NaN or Infinity, met by ``strict_decoder``."""


def _refuse_while_streaming(text: str) -> Any:
    raise _RefusedWhileStreaming(text)


def _object_without_duplicated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):
        raise _RefusedWhileStreaming("a key named twice")
    return value


def strict_decoder() -> json.JSONDecoder:
    """A decoder for parts of a file, with ``decode``'s numbers, that raises ValueError where
    ``decode`` would refuse (a key named twice, NaN, Infinity): ask ``decode`` why, then."""
    return json.JSONDecoder(
        parse_int=_integer,
        parse_float=_fraction,
        parse_constant=_refuse_while_streaming,
        object_pairs_hook=_object_without_duplicated_keys,
    )


def nesting_depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (a plain number or text is 0)."""
    if isinstance(value, dict) and not any(map(_is_container, value.values())):
        return 1  # the usual item: an object of plain values
    return _depth(value) if isinstance(value, _CONTAINERS) else 0


def _is_container(value: Any) -> bool:
    return isinstance(value, _CONTAINERS)


def _integer(text: str) -> int | UnusableNumber:
    if len(text) <= _LONGEST_STORABLE_INTEGER_TEXT:
        value = int(text)
        if SMALLEST_STORABLE_INTEGER <= value <= LARGEST_STORABLE_INTEGER:
            return value
    return UnusableNumber(text)


def _fraction(text: str) -> float | UnusableNumber:
    value = float(text)
    return value if math.isfinite(value) else UnusableNumber(text)


class _ConstantRefused(Exception):
    pass


def _refuse_constant(name: str) -> Any:
    raise _ConstantRefused(
        translate("untrusted_json", "{name} is not a number JSON allows; use digits.").format(
            name=name
        )
    )


class _ObjectWithDuplicatedKeys(dict[str, Any]):
    """A JSON object that named a key twice; it keeps every pair so the message can name it."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        seen: set[str] = set()
        duplicated: dict[str, None] = {}  # in the order of the file, each key once
        for key, _ in pairs:
            if key in seen:
                duplicated[key] = None
            seen.add(key)
        self.duplicated = list(duplicated)


_CONTAINERS = (dict, list)


def _depth(document: Any) -> int:
    """How deeply lists and objects nest in ``document`` (a plain number or text is 0)."""
    deepest = 0
    waiting: list[tuple[Any, int]] = [(document, 1)]
    while waiting:
        value, depth = waiting.pop()
        children: Iterable[Any]
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        waiting.extend((child, depth + 1) for child in children if isinstance(child, _CONTAINERS))
    return deepest


def _duplicated_keys(document: Any) -> list[str]:
    """A problem for each key named twice in one object, in the order of the file."""
    problems: list[str] = []
    waiting: list[tuple[Any, str]] = [(document, "")]
    while waiting:
        value, where = waiting.pop()
        if isinstance(value, _ObjectWithDuplicatedKeys):
            for key in value.duplicated:
                problems.append(
                    translate(
                        "untrusted_json",
                        "{where}: {key} appears twice in one object, so it is not clear which "
                        "value is meant; keep one.",
                    ).format(
                        where=where or translate("untrusted_json", "The top level"),
                        key=quote(key),
                    )
                )
        if isinstance(value, dict):
            children = [(child, _path(where, key)) for key, child in value.items()]
        elif isinstance(value, list):
            children = [(child, f"{where}[{index}]") for index, child in enumerate(value)]
        else:
            continue
        waiting.extend(reversed(children))
    return problems


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
_LONGEST_PATH = 120


def _path(where: str, key: str) -> str:
    """``where`` followed by ``key``, written as the field checks write places.

    The record's sections are named without ``record.`` in front (``symptom_entries[3]``); a key
    that is not a plain name is quoted, and a very long place keeps its start and its end.
    """
    if where == "record":
        where = ""
    part = key if _PLAIN_KEY.fullmatch(key) else quote(key, limit=20)
    path = f"{where}.{part}" if where else part
    if len(path) > _LONGEST_PATH:
        path = f"{path[:40]}…{path[-(_LONGEST_PATH - 41) :]}"
    return path


# One token of JSON's outline: a whole string, an opening or closing bracket, or a quote that
# never closes. The string's parts are possessive (Python 3.11): a string of millions of escapes
# is matched in constant memory, and an unclosed one fails once instead of backtracking.
_OUTLINE_TOKEN = re.compile(r'("[^"\\]*+(?:\\.[^"\\]*+)*+")|([\[{])|([\]}])|(")', re.DOTALL)
_STRING, _OPENING, _CLOSING, _UNCLOSED_QUOTE = 1, 2, 3, 4


@dataclass(frozen=True)
class _Outline:
    still_open: int
    ends_inside_text: bool
    too_deep_at: int | None


def _outline(text: str) -> _Outline:
    """Brackets and strings of ``text`` in one pass, without decoding any value."""
    depth = 0
    for token in _OUTLINE_TOKEN.finditer(text):
        kind = token.lastindex
        if kind == _OPENING:
            depth += 1
            if depth > MAX_NESTING_DEPTH:
                return _Outline(depth, False, token.start())
        elif kind == _CLOSING:
            depth -= 1
        elif kind == _UNCLOSED_QUOTE:
            return _Outline(depth, True, None)
    return _Outline(depth, False, None)


def _too_deep(text: str) -> str:
    position = _outline(text).too_deep_at
    if position is None:
        return translate(
            "untrusted_json",
            "The file nests lists or objects more than {count} levels deep, so it is not an "
            "export from this app.",
        ).format(count=MAX_NESTING_DEPTH)
    line, column = _line_and_column(text, position)
    return translate(
        "untrusted_json",
        "The file nests lists or objects more than {count} levels deep (line {line}, column "
        "{column}), so it is not an export from this app.",
    ).format(count=MAX_NESTING_DEPTH, line=count_words(line), column=count_words(column))


def _line_and_column(text: str, position: int) -> tuple[int, int]:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return line, column


def _not_json(text: str, error: json.JSONDecodeError) -> str:
    outline = _outline(text)
    if outline.too_deep_at is not None:
        return _too_deep(text)
    if error.pos >= len(text.rstrip()) or outline.ends_inside_text or outline.still_open > 0:
        return translate(
            "untrusted_json",
            "The file ends too early: it looks cut short, perhaps while it was copied. "
            "Export the record again, or use a complete copy of the file.",
        )
    return translate(
        "untrusted_json",
        "The file is not valid JSON (line {line}, column {column}: {reason}). It may have been "
        "changed by hand; use an unchanged export.",
    ).format(line=count_words(error.lineno), column=count_words(error.colno), reason=error.msg)
