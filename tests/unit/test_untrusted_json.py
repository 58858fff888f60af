"""Decoding JSON from outside the app, and showing its text in a message.

``decode`` must hand the field checks only values they can judge (numbers a field could store, or
an ``UnusableNumber`` standing in for one), and refuse what no check could: nesting deeper than
the limit, a key named twice, a cut-off file. ``quote`` must show a value briefly and exactly,
with anything a terminal would act on written out as an escape.
"""

from __future__ import annotations

import pytest

from mbc_tracker.services.untrusted_json import (
    MAX_NESTING_DEPTH,
    MAX_QUOTED_CHARACTERS,
    JsonRefused,
    UnusableNumber,
    decode,
    quote,
)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Maria 🌷", "“Maria 🌷”"),
        ("\x1b[31mred", "“\\x1b[31mred”"),
        ("del\x7f c1\x9b", "“del\\x7f c1\\x9b”"),
        ("\u202eevil\u200b", "“\\u202eevil\\u200b”"),
        ("half \ud800", "“half \\ud800”"),
        ("tab\tline\nend\r", "“tab\\tline\\nend\\r”"),
        ("\U000e0041", "“\\U000e0041”"),
    ],
)
def test_quote_writes_what_does_not_print_as_an_escape(text: str, shown: str) -> None:
    assert quote(text) == shown


def test_quote_shows_at_most_the_limit_and_says_that_more_follows() -> None:
    assert quote("a" * MAX_QUOTED_CHARACTERS) == "“" + "a" * MAX_QUOTED_CHARACTERS + "”"
    assert quote("a" * 1_000_000) == "“" + "a" * MAX_QUOTED_CHARACTERS + "…”"
    assert quote("\x1b" * 1_000_000) == "“" + "\\x1b" * (MAX_QUOTED_CHARACTERS // 4) + "…”"


def test_numbers_are_what_sqlite_can_store_or_stand_ins_that_every_check_refuses() -> None:
    document = decode(
        "[9223372036854775807, -9223372036854775808, 9223372036854775808, "
        "-9223372036854775809, 1e400, -1e400, 1e-400, 2.5, " + "1" * 5000 + "]"
    )

    assert document[:2] == [2**63 - 1, -(2**63)]
    assert document[2:6] == [
        UnusableNumber("9223372036854775808"),
        UnusableNumber("-9223372036854775809"),
        UnusableNumber("1e400"),
        UnusableNumber("-1e400"),
    ]
    assert document[6:8] == [0.0, 2.5]
    assert document[8] == UnusableNumber("1" * 5000)
    assert document[8].describe() == "the number 11111111111111111111… (5,000 characters long)"


def test_nesting_up_to_the_limit_is_read_and_one_level_more_is_refused() -> None:
    assert decode("[" * MAX_NESTING_DEPTH + "]" * MAX_NESTING_DEPTH) == _nested(MAX_NESTING_DEPTH)

    deeper = MAX_NESTING_DEPTH + 1
    with pytest.raises(JsonRefused) as refused:
        decode("\n  " + '{"a": ' * deeper + "1" + "}" * deeper)

    assert refused.value.problems == [
        f"The file nests lists or objects more than {MAX_NESTING_DEPTH} levels deep "
        f"(line 2, column {3 + 6 * MAX_NESTING_DEPTH}), so it is not an export from this app."
    ]


def _nested(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth - 1):
        value = [value]
    return value


def test_every_key_named_twice_is_named_with_its_place_in_file_order() -> None:
    text = (
        '{"record": {"symptom_entries": [{"day": 1}, {"day": 1, "day": 2, "note": "", '
        '"note": ""}]}, "weird\\u001b key": {"x": 1, "x": 1}}'
    )

    with pytest.raises(JsonRefused) as refused:
        decode(text)

    assert refused.value.problems == [
        "symptom_entries[1]: “day” appears twice in one object, so it is not clear which value "
        "is meant; keep one.",
        "symptom_entries[1]: “note” appears twice in one object, so it is not clear which value "
        "is meant; keep one.",
        "“weird\\x1b key”: “x” appears twice in one object, so it is not clear which value is "
        "meant; keep one.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        '{"record": {"person": {"name": "Ma',
        '{"record": {"note": "' + '\\"' * 200_000,
        '{"record": [[[',
    ],
    ids=["inside text", "inside text of escaped quotes", "brackets open"],
)
def test_a_file_cut_short_is_called_so(text: str) -> None:
    with pytest.raises(JsonRefused) as refused:
        decode(text)

    assert refused.value.problems[0].startswith("The file ends too early")
