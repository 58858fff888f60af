"""Every knowledge file refuses a key it does not declare, so a typo can never drop a rule.

Each case copies the shipped ``resources`` folder, changes one place in one file and loads the
copy: the whole folder must be refused with a message that names the file, the entry and the key,
and suggests the nearest allowed key when one is close. The declared shapes are also the files'
documentation: every key a file may hold is explained in that file's opening comment.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from mbc_tracker.domain import knowledge
from mbc_tracker.domain.knowledge import FlagDefaults, KnowledgeFileError, load_knowledge
from mbc_tracker.domain.knowledge_shape import NamedTables, Shape, Table, Tables
from mbc_tracker.paths import resource_dir

RESOURCES = resource_dir("resources")

FILE_SHAPES = {
    "sources.toml": knowledge.SOURCES_FILE,
    "symptoms.toml": knowledge.SYMPTOMS_FILE,
    "receptors.toml": knowledge.RECEPTORS_FILE,
    "flags.toml": knowledge.FLAGS_FILE,
    "treatments.toml": knowledge.TREATMENTS_FILE,
}


@pytest.fixture
def copy_of_resources(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy)
    return copy


def _change(folder: Path, file_name: str, old: str, new: str) -> None:
    path = folder / file_name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{file_name} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_files_load_and_a_copy_loads_the_same(copy_of_resources: Path) -> None:
    assert load_knowledge(copy_of_resources) == load_knowledge(RESOURCES)


def test_every_knowledge_file_in_resources_has_a_declared_shape() -> None:
    assert {path.name for path in RESOURCES.glob("*.toml")} == set(FILE_SHAPES)


# (file, text in the shipped file, what it becomes, the whole message)
MISSPELT_KEYS = [
    ("sources.toml", 'publisher = "Klarity', 'publsher = "Klarity',
     "sources.toml, source 'klarity': unknown key 'publsher' (did you mean 'publisher'?)"),
    ("symptoms.toml", "on_today = true", "on_toady = true",
     "symptoms.toml, symptom 'bone_pain': unknown key 'on_toady' (did you mean 'on_today'?)"),
    ("symptoms.toml", 'label.en = "Bone pain"', 'lable.en = "Bone pain"',
     "symptoms.toml, symptom 'bone_pain': unknown key 'lable' (did you mean 'label'?)"),
    # Close to no allowed key: the message lists them all.
    ("symptoms.toml", "on_today = true", 'colour = "red"',
     "symptoms.toml, symptom 'bone_pain': unknown key 'colour' "
     "(allowed: 'key', 'label', 'kind', 'groups', 'sources', 'on_today')"),
    ("receptors.toml", "receptor_positive_from_percent =", "receptor_positive_from_percents =",
     "receptors.toml, [thresholds]: unknown key 'receptor_positive_from_percents' "
     "(did you mean 'receptor_positive_from_percent'?)"),
    ("receptors.toml", 'guideline = "asco_cap_er_pr_2020"', 'guidline = "asco_cap_er_pr_2020"',
     "receptors.toml, reading 'er_low': unknown key 'guidline' (did you mean 'guideline'?)"),
    ("receptors.toml", "[reading.her2_zero]", "[reading.her2_zeor]",
     "receptors.toml: unknown reading 'her2_zeor' (did you mean 'her2_zero'?)"),
    ("receptors.toml", "\n[disagreement]\n", "\n[disagrement]\n",
     "receptors.toml: unknown key 'disagrement' (did you mean 'disagreement'?)"),
    ("flags.toml", "persistent_days = 3", "persistant_days = 3",
     "flags.toml, report 'headache': unknown key 'persistant_days' "
     "(did you mean 'persistent_days'?)"),
    ("flags.toml", "episode_gap_days = 2", "episode_gap_day = 2",
     "flags.toml, [defaults]: unknown key 'episode_gap_day' (did you mean 'episode_gap_days'?)"),
    ("flags.toml", "any_occurrence = true", "any_ocurrence = true",
     "flags.toml, report 'seizure': unknown key 'any_ocurrence' (did you mean 'any_occurrence'?)"),
    ("treatments.toml", 'brand = "Xeloda"', 'brnad = "Xeloda"',
     "treatments.toml, category 'chemotherapy', drug 'capecitabine': unknown key 'brnad' "
     "(did you mean 'brand'?)"),
    ("treatments.toml", "side_effects_note.en", "side_effect_note.en",
     "treatments.toml, category 'chemotherapy': unknown key 'side_effect_note' "
     "(did you mean 'side_effects_note'?)"),
    ("treatments.toml", "\n[general_side_effects]\n", "\n[general_side_efects]\n",
     "treatments.toml: unknown key 'general_side_efects' (did you mean 'general_side_effects'?)"),
]  # fmt: skip


def test_every_file_is_covered_by_a_misspelt_key_case() -> None:
    assert {case[0] for case in MISSPELT_KEYS} == set(FILE_SHAPES)


# A value of the wrong kind, and keys that do not fit together, are refused by name as well.
WRONG_VALUES = [
    ("flags.toml", 'level = "promptly"', 'level = "promtly"',
     "flags.toml, report 'seizure': 'level' cannot be 'promtly' (did you mean 'promptly'?)"),
    ("flags.toml", "persistent_days = 3", 'persistent_days = "3"',
     "flags.toml, report 'headache': 'persistent_days' must be a whole number from 2 to 60"),
    ("flags.toml", 'level = "next_visit"', 'level = "next_visit"\npersistent_days = 3',
     "flags.toml, report 'mood_changes': persistent_days is for rated symptoms only"),
    ("flags.toml", 'symptom = "cough"', 'symptom = "cough"\nlevel = "promptly"',
     "flags.toml, report 'cough': level is for any_occurrence = true only"),
    ("symptoms.toml", "on_today = true", 'on_today = "yes"',
     "symptoms.toml, symptom 'bone_pain': 'on_today' must be true or false"),
    ("symptoms.toml", 'label.en = "Bone pain"', 'label.en = "Bone pain"\nlabel.English = "x"',
     "symptoms.toml, symptom 'bone_pain': 'label.English' is not a language code the app knows "
     "(known: 'en', 'es')"),
    # A code of the right form but of no language the app offers: a text never shown.
    ("flags.toml", 'reason.es = "Una convulsión', 'reason.esp = "Una convulsión',
     "flags.toml, report 'seizure': 'reason.esp' is not a language code the app knows "
     "(did you mean 'es'?)"),
    ("sources.toml", 'title_only.es = "«{title}»', 'title_only.es = "«{titulo}»',
     "sources.toml, [citation]: 'title_only.es' can hold only {title} and {publisher}"),
    ("receptors.toml", "[guideline.asco_cap_her2_2018]\nname", "[guideline.asco_cap_her2_2018]\n"
     "title",
     "receptors.toml, guideline 'asco_cap_her2_2018': unknown key 'title' (allowed: 'name')"),
    ("treatments.toml", 'side_effects = ["nausea", "vomiting"]',
     'side_effects = ["nausea", "nausea"]',
     "treatments.toml, [general_side_effects]: 'side_effects' lists 'nausea' more than once"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("file_name", "old", "new", "message"),
    MISSPELT_KEYS + WRONG_VALUES,
    ids=[f"{case[0]}:{case[2].split()[0]}" for case in MISSPELT_KEYS + WRONG_VALUES],
)
def test_a_broken_file_is_refused_by_name(
    copy_of_resources: Path, file_name: str, old: str, new: str, message: str
) -> None:
    _change(copy_of_resources, file_name, old, new)
    with pytest.raises(KnowledgeFileError) as raised:
        load_knowledge(copy_of_resources)
    assert str(raised.value) == message


def test_flag_defaults_are_built_from_exactly_the_declared_keys() -> None:
    declared = set(knowledge.FLAG_DEFAULTS.fields)
    assert declared == {field.name for field in dataclasses.fields(FlagDefaults)}


def _declared_keys(shape: Shape) -> set[str]:
    keys = set(shape.fields)
    for value in shape.fields.values():
        if isinstance(value, Table | Tables | NamedTables):
            keys |= _declared_keys(value.shape)
    return keys


@pytest.mark.parametrize("file_name", sorted(FILE_SHAPES))
def test_every_declared_key_is_explained_in_the_files_opening_comment(file_name: str) -> None:
    lines = (RESOURCES / file_name).read_text(encoding="utf-8").splitlines()
    opening = "\n".join(line for line in lines[: lines.index("")] if line.startswith("#"))
    unexplained = [
        key
        for key in sorted(_declared_keys(FILE_SHAPES[file_name]))
        if not re.search(rf"(?<![\w.]){re.escape(key)}(?!\w)", opening)
    ]
    assert not unexplained, f"{file_name}: the opening comment does not explain {unexplained}"
