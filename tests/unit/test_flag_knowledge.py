"""The flag knowledge file: what the articles say to report, validated when it is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from mbc_tracker.domain.knowledge import (
    FlagLevel,
    KnowledgeFileError,
    load_flag_knowledge,
    load_knowledge,
)
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.paths import resource_dir

RESOURCES = resource_dir("resources")
KNOWLEDGE = load_knowledge(RESOURCES)
FLAGS_TEXT = (RESOURCES / "flags.toml").read_text(encoding="utf-8")


def test_events_the_articles_single_out_are_flagged_promptly_on_any_occurrence() -> None:
    for key in ("seizure", "blood_in_mucus", "jaundice", "fracture", "vision_changes",
                "personality_change", "confusion"):  # fmt: skip
        rule = KNOWLEDGE.flags.rules[key]
        assert rule.any_occurrence, key
        assert rule.level is FlagLevel.PROMPTLY, key


def test_persistence_only_where_the_articles_speak_of_persistent_or_worsening() -> None:
    persistent = {
        key: rule.persistent_days
        for key, rule in KNOWLEDGE.flags.rules.items()
        if rule.persistent_days is not None
    }
    assert set(persistent) == {"headache", "nausea", "cough", "feeling_unwell", "poor_appetite"}
    assert persistent["headache"] == 3


def test_every_rule_has_a_reason_with_sources_and_matches_the_symptom_kind() -> None:
    kinds = {symptom.key: symptom.kind for symptom in KNOWLEDGE.symptoms}
    for key, rule in KNOWLEDGE.flags.rules.items():
        assert rule.reason.text().strip()
        assert rule.reason.source_ids
        assert rule.any_occurrence == (kinds[key] is SymptomKind.EVENT)


def test_a_symptom_the_articles_do_not_ask_to_report_has_no_rule() -> None:
    assert "hair_loss" not in KNOWLEDGE.flags.rules


def test_defaults_are_the_documented_app_defaults() -> None:
    defaults = KNOWLEDGE.flags.defaults
    assert (defaults.mention_from_severity, defaults.promptly_from_severity) == (4, 7)
    assert (defaults.worsening_points, defaults.baseline_days) == (2, 14)
    assert (defaults.weight_loss_percent, defaults.weight_loss_days) == (5.0, 30)
    assert defaults.fever_from_celsius == 38.0
    assert "APP DEFAULT" in FLAGS_TEXT


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ('symptom = "seizure"', 'symptom = "not_a_symptom"', "not a symptom in the catalogue"),
        ('sources = ["klarity"]\npersistent_days = 7', 'sources = ["nowhere"]\npersistent_days = 7',
         "unknown source"),
        ("persistent_days = 3", "persistent_days = 1", "persistent_days"),
        ('level = "promptly"', 'level = "soon"', "'level' cannot be 'soon'"),
        ("mention_from_severity = 4", "mention_from_severity = 9", "mention threshold"),
        ('symptom = "fracture"', 'symptom = "seizure"', "appears twice"),
        ("fever_from_celsius = 38.0", "fever_from_celcius = 38.0", "fever_from_celsius"),
        ("fever_from_celsius = 38.0", "fever_from_celsius = 380", "fever_from_celsius"),
        ('guideline.en = "', 'guidline.en = "', "guideline"),
        ('sources = ["key-takeaways"]\nguideline', 'sources = ["nowhere"]\nguideline',
         "unknown source"),
        ('symptoms = ["seizure"', 'symptoms = ["seizures"', r"symptom\(s\) \['seizures'\]"),
        ('symptoms = ["seizure"', 'symptom = ["seizure"', "symptoms"),
    ],
)  # fmt: skip
def test_malformed_flag_file_is_refused(tmp_path: Path, old: str, new: str, complaint: str) -> None:
    assert old in FLAGS_TEXT
    broken = tmp_path / "flags.toml"
    broken.write_text(FLAGS_TEXT.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeFileError, match=complaint):
        load_flag_knowledge(broken, KNOWLEDGE.sources, KNOWLEDGE.symptoms)
