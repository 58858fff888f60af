"""Fuzz test: a real export, spoilt in every way we could think of, is imported or refused cleanly.

Hypothesis takes what ``export`` wrote for a one-year demo record and changes it as damage, hand
editing or a hostile file would: keys deleted, doubled or renamed, values of the wrong type, huge
or non-finite numbers, ten thousand characters of escape sequences, broken characters, lists
nested thousands deep, dates in every wrong form, list items swapped or repeated, the text cut
short or its bytes flipped. For every such file the import's promises must hold:

- reading it (``read_export_file``, and through it ``parse_export``) returns a snapshot or
  raises ImportInvalid, never anything else (no RecursionError, ValueError, OverflowError ...):
  neither catches other errors, so a fault in the checks fails this test;
- a refusal is at most a few short lines, with nothing in them a terminal would act on;
- a snapshot that passed the checks is accepted by the database whole, so that the checks, not
  an IntegrityError or an OverflowError half-way through writing, are what refuse a file.

Examples are derived from the test itself (``derandomize``), with no example database, so every
run and every CI machine tries the same files: 200 of them, about 25 s on a shared 2-core machine
(a run of 3,000 random ones found nothing more). ``MBC_FUZZ_EXAMPLES=N`` runs N random ones.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from real_export import DEMO_TODAY, RealExport

from mbc_tracker.domain import records
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record
from mbc_tracker.services.snapshot import write_snapshot
from mbc_tracker.services.transfer import (
    MAX_MESSAGE_LINE,
    MAX_PROBLEMS_SHOWN,
    ImportInvalid,
    read_export_file,
)

Place = tuple[str | int, ...]
ESC = "\x1b"


@dataclass
class RawJson:
    """JSON text that ``json.dumps`` cannot write (a 5,000-digit integer, ``1e400``, lists
    nested a thousand deep, a key given twice): a placeholder goes in, the text replaces it."""

    texts: dict[str, str] = field(default_factory=dict)

    def placeholder(self, text: str) -> str:
        name = f"\ue000raw{len(self.texts)}\ue000"
        self.texts[name] = text
        return name

    def fill_in(self, serialized: str, ensure_ascii: bool) -> str:
        for name, text in self.texts.items():
            serialized = serialized.replace(json.dumps(name, ensure_ascii=ensure_ascii), text)
        return serialized


# -- what may replace a value --------------------------------------------------------------------

HUGE_LITERALS = [
    "9" * 5000,
    "-" + "9" * 4301,
    "1" + "0" * 400,
    "1e400",
    "-1e400",
    "1.5e99999",
    "1" * 400 + ".5",
    "NaN",
    "-Infinity",
]
NESTED_LITERALS = [
    "[" * 33 + "]" * 33,
    "[" * 1000 + "]" * 1000,
    "[" * 60_000 + "]" * 60_000,
    '{"a":' * 2000 + "1" + "}" * 2000,
]
WRONG_DATES = [
    "20250531",
    "2025-W22-5",
    "2025-151",
    "2025-5-31",
    "2025-02-30",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "31/05/2025",
    "2025-05-31T20:30:00",
    "2025-05-31 20:30:00",
    "2025-05-31T20:30:00Z",
    "2025-05-31T20:30:00+01:00",
    "2025-05-31T20:30",
    "2025-05-31T24:00:00",
    "2025-05-31T20:30:00.1234567",
    "2025-05-31T20:30:00.",
    "20250531T203000",
    "２０２５-０５-３１",
    "2025-05-31\n",
    " 2025-05-31",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59.999999",
    "2031-01-01",
    "",
]
NASTY_TEXTS = [
    (f"{ESC}]0;owned\a{ESC}[2J{ESC}[31m" * 500)[:10_000],
    "\u202e" + "A" * 10_000,
    "\x00\x7f\x85\x9b\u2028\u2029\ufeff\u200b",
    "\ud800",
    "note \udfff end",
    "\ud83d\ude00 and \ud83d",
    "x" * 50_001,
    "   ",
]
INTEGERS = [2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, 10**19, -1, 0, 11, 10**300]
FLOATS = [1e308, -1e308, 5e-324, -0.0, 0.1, 4.5, 1e16]
ENUM_WORDS = sorted(
    {
        member.value
        for enum in vars(records).values()
        if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not StrEnum
        for member in enum
    }
)


def leaf_values(document: Any) -> list[Any]:
    """Some of the file's own plain values, to put where they do not belong."""
    found: dict[str, Any] = {}
    waiting = [document]
    while waiting:
        value = waiting.pop()
        if isinstance(value, dict):
            waiting.extend(value.values())
        elif isinstance(value, list):
            waiting.extend(value[:5])
        else:
            found.setdefault(repr(value), value)
    return [found[key] for key in sorted(found)][:400]


def nasty_values(leaves: list[Any], raw: RawJson) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(HUGE_LITERALS + NESTED_LITERALS).map(raw.placeholder),
        st.sampled_from(WRONG_DATES),
        st.sampled_from(NASTY_TEXTS),
        st.sampled_from(INTEGERS),
        st.sampled_from(FLOATS),
        st.sampled_from(ENUM_WORDS),
        st.sampled_from(leaves),
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
        st.dates().map(dt.date.isoformat),
        st.datetimes().map(dt.datetime.isoformat),
        st.lists(st.integers(-3, 12), max_size=3),
        st.dictionaries(
            st.sampled_from(["name", "day", "severity", "x"]), st.integers(), max_size=2
        ),
    )


weird_keys = st.one_of(
    st.sampled_from(["severty", "Name", "id", "", "name ", f"{ESC}[31mkey", "\ud800", "k" * 5000]),
    st.text(max_size=12),
)


# -- changing the document ---------------------------------------------------------------------


def places(document: dict[str, Any]) -> dict[str, list[Place]]:
    """Every list and object of the export, grouped by the part of the file it belongs to."""
    areas: dict[str, list[Place]] = {"top level": [()], "record": [("record",)]}
    for section, value in document["record"].items():
        found: list[Place] = [("record", section)]
        if isinstance(value, list):
            for index, item in enumerate(value):
                found.append(("record", section, index))
                for key, inner in item.items():
                    if isinstance(inner, list):
                        found.append(("record", section, index, key))
                        found.extend(("record", section, index, key, i) for i in range(len(inner)))
        areas[section] = found
    return areas


def find(document: Any, place: Place) -> Any:
    for step in place:
        try:
            document = document[step]
        except (KeyError, IndexError, TypeError):
            return None
    return document


def change_one_thing(
    draw: st.DrawFn, document: dict[str, Any], areas: dict[str, list[Place]], raw: RawJson
) -> str:
    """Change one thing in ``document`` and say what, for the report of a failing example."""
    area = draw(st.sampled_from(sorted(areas)))
    place = draw(st.sampled_from(areas[area]))
    target = find(document, place)
    value = nasty_values(leaf_values(target) or [None], raw)
    if isinstance(target, dict) and target:
        key = draw(st.sampled_from(sorted(target)))
        how = draw(st.sampled_from(["delete", "replace", "duplicate key", "rename", "add"]))
        if how == "delete":
            del target[key]
        elif how == "replace":
            target[key] = draw(value)
        elif how == "duplicate key":
            target[raw.placeholder(json.dumps(key))] = draw(st.one_of(st.just(target[key]), value))
        elif how == "rename":
            renamed = draw(weird_keys)
            target[renamed] = target.pop(key)
            key = renamed
        else:
            key = draw(weird_keys)
            target[key] = draw(value)
        return f"{place}: {how} {shown(key)}" + (
            f" = {shown(target[key])}" if key in target else ""
        )
    if isinstance(target, list) and target:
        index = draw(st.integers(0, len(target) - 1))
        other = draw(st.integers(0, len(target) - 1))
        how = draw(st.sampled_from(["delete", "replace", "repeat", "swap", "append"]))
        if how == "delete":
            del target[index]
        elif how == "replace":
            target[index] = draw(value)
        elif how == "repeat":
            target.insert(other, json.loads(json.dumps(target[index])))
        elif how == "swap":
            target[index], target[other] = target[other], target[index]
        else:
            target.append(draw(value))
        return f"{place}: {how} [{index}] (other: [{other}])"
    if place:
        parent, step = find(document, place[:-1]), place[-1]
        if (isinstance(parent, dict) and step in parent) or (
            isinstance(parent, list) and isinstance(step, int) and step < len(parent)
        ):
            parent[step] = draw(value)
            return f"{place}: replaced by {shown(parent[step])}"
    return f"{place}: unchanged"


def shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


class SpoiltFile:
    """The file, and what was changed: all that a failing example shows of it."""

    def __init__(self, changes: list[str], data: bytes) -> None:
        self.changes = changes
        self.data = data

    def __repr__(self) -> str:
        return f"SpoiltFile({'; '.join(self.changes)}; {len(self.data):,} bytes)"


def spoil_the_text(draw: st.DrawFn, data: bytes) -> tuple[bytes, str]:
    how = draw(st.sampled_from(["as written", "as written", "as written", "cut", "flip", "insert"]))
    if how == "cut":
        end = draw(st.integers(0, len(data) - 1))
        return data[:end], f"cut after {end} bytes"
    if how == "flip":
        spoilt = bytearray(data)
        flips = []
        for _ in range(draw(st.integers(1, 4))):
            position, mask = draw(st.integers(0, len(spoilt) - 1)), draw(st.integers(1, 255))
            spoilt[position] ^= mask
            flips.append(f"{position}^{mask}")
        return bytes(spoilt), f"bytes flipped: {', '.join(flips)}"
    if how == "insert":
        position = draw(st.integers(0, len(data)))
        inserted = draw(st.sampled_from([b"\x1b[2J", b"\x00", b"\xff\xfe", b"[[[[", b'"', b"}"]))
        return data[:position] + inserted + data[position:], f"{inserted!r} inserted at {position}"
    return data, how


@st.composite
def spoilt_exports(
    draw: st.DrawFn, export: RealExport, areas: dict[str, list[Place]]
) -> SpoiltFile:
    """A file made from ``export`` with one to three changes, perhaps then cut short or with
    some bytes flipped."""
    document = export.document()
    raw = RawJson()
    changes = [change_one_thing(draw, document, areas, raw) for _ in range(draw(st.integers(1, 3)))]
    ensure_ascii = draw(st.booleans())
    serialized = json.dumps(
        document, ensure_ascii=ensure_ascii, indent=draw(st.sampled_from([None, 2]))
    )
    text = raw.fill_in(serialized, ensure_ascii)
    # A lone surrogate cannot be UTF-8: written raw it makes a file that is not UTF-8 either.
    data = text.encode("utf-8", "surrogatepass")
    spoilt, how = spoil_the_text(draw, data)
    return SpoiltFile([*changes, how], spoilt)


# -- the test ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def empty_record_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty record made once; each example copies it, which is quicker than a new one."""
    paths = DataPaths(tmp_path_factory.mktemp("empty-record")).ensure()
    open_record(paths.default_record, paths).close()
    return paths.default_record


@pytest.fixture(scope="module")
def export_places(real_export: RealExport) -> dict[str, list[Place]]:
    return places(real_export.document())


@pytest.fixture(scope="module")
def work_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# CI tries the same 200 files every run; tests/benchmarks/bench_reliability.py asks for more,
# drawn at random (MBC_FUZZ_EXAMPLES=N).
FUZZ_EXAMPLES = int(os.environ.get("MBC_FUZZ_EXAMPLES", "200"))


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize="MBC_FUZZ_EXAMPLES" not in os.environ,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_a_spoilt_export_is_imported_whole_or_refused_with_a_short_message(
    data: st.DataObject,
    real_export: RealExport,
    export_places: dict[str, list[Place]],
    empty_record_file: Path,
    work_folder: Path,
) -> None:
    file = work_folder / "spoilt.json"
    file.write_bytes(data.draw(spoilt_exports(real_export, export_places), label="file").data)

    try:
        snapshot = read_export_file(file, real_export.catalogue, DEMO_TODAY)
    except ImportInvalid as refused:
        event("refused")
        lines = refused.message.splitlines()
        assert 1 <= len(lines) <= MAX_PROBLEMS_SHOWN + 1  # the last: "... and 12 more"
        for line in lines:
            assert len(line) <= MAX_MESSAGE_LINE, line
            assert all(character.isprintable() for character in line), ascii(line)
        return

    event("imported")
    folder = work_folder / "record"
    shutil.rmtree(folder, ignore_errors=True)
    paths = DataPaths(folder).ensure()
    shutil.copyfile(empty_record_file, paths.default_record)
    record = open_record(paths.default_record, paths)
    try:
        write_snapshot(record, snapshot)  # must not raise: the checks are the last word
    finally:
        record.close()
