"""Which settings quieten "contact your care team promptly" flags: a threshold chosen above its
app default (from ``flags.toml``) and above what is saved now. The settings dialog asks before
saving those; lowering a threshold, or changing a "mention" one, is never listed.
"""

from __future__ import annotations

import dataclasses

import pytest

from mbc_tracker.domain.flags import FlagSettings, raised_prompt_thresholds
from mbc_tracker.domain.knowledge import load_knowledge
from mbc_tracker.paths import resource_dir

DEFAULTS = FlagSettings.defaults(load_knowledge(resource_dir("resources")).flags)


def settings(**values: object) -> FlagSettings:
    return dataclasses.replace(DEFAULTS, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("chosen", "current", "raised"),
    [
        ({}, {}, []),
        ({"fever_from_celsius": 39.0}, {}, [("fever_from_celsius", 38.0, 39.0)]),
        ({"fever_from_celsius": 38.0000001}, {}, []),  # as the field shows it: 38.0
        ({"fever_from_celsius": 37.5}, {}, []),  # lower: more flags
        ({"promptly_from_severity": 8}, {}, [("promptly_from_severity", 7, 8)]),
        ({"promptly_from_severity": 6}, {}, []),
        ({"mention_from_severity": 6}, {}, []),  # "mention at your next visit" only
        ({"weight_loss_percent": 10.0, "worsening_points": 5}, {}, []),
        # A raise saved before is not asked again; a further raise is, from the default.
        ({"fever_from_celsius": 38.5}, {"fever_from_celsius": 38.5}, []),
        (
            {"fever_from_celsius": 38.6},
            {"fever_from_celsius": 38.5},
            [("fever_from_celsius", 38.0, 38.6)],
        ),
        ({"fever_from_celsius": 38.2}, {"fever_from_celsius": 38.5}, []),  # lowered
        (
            {"promptly_from_severity": 9, "fever_from_celsius": 39.5},
            {},
            [("promptly_from_severity", 7, 9), ("fever_from_celsius", 38.0, 39.5)],
        ),
    ],
)
def test_raised_prompt_thresholds(
    chosen: dict[str, object], current: dict[str, object], raised: list[tuple[str, float, float]]
) -> None:
    found = raised_prompt_thresholds(settings(**chosen), DEFAULTS, settings(**current))
    assert [(each.name, each.default, each.chosen) for each in found] == raised


def test_the_mention_level_chosen_is_carried_for_the_words() -> None:
    (found,) = raised_prompt_thresholds(
        settings(promptly_from_severity=9, mention_from_severity=8), DEFAULTS, DEFAULTS
    )
    assert found.mention_from == 8
