"""The knowledge files: the shipped catalogue loads, cites real articles, and bad files are refused.

Every medical statement the app makes rests on the source articles, so a symptom without a known
source, or a source whose article is not in the seeds folder, must fail here rather than reach a
patient. Malformed files are written into a temporary folder and must each raise
``KnowledgeFileError`` with a message that names the problem.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from source_articles import SEEDS_DIR

from mbc_tracker.domain.knowledge import (
    SYMPTOM_GROUPS,
    Knowledge,
    KnowledgeFileError,
    load_knowledge,
    load_sources,
    load_symptoms,
)
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.paths import resource_dir

# The body-site groups the issue asks the catalogue to cover, in the issue's words.
GROUPS_FROM_THE_ISSUE = {
    "bone": "bone",
    "lung": "lung",
    "liver": "liver",
    "brain": "brain",
    "high calcium": "high_calcium",
    "low blood count": "low_blood_count",
    "treatment side effects": "treatment_side_effect",
    "general": "general",
    "emotional": "emotional",
}


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge(resource_dir("resources"))


# -- the shipped files ------------------------------------------------------------------------


def test_the_catalogue_loads_with_symptoms_and_sources(knowledge: Knowledge) -> None:
    assert len(knowledge.sources) == 5
    assert len(knowledge.symptoms) >= 20
    assert any(symptom.on_today for symptom in knowledge.symptoms)


def test_every_symptom_has_a_label_a_group_and_a_known_source(knowledge: Knowledge) -> None:
    keys = [symptom.key for symptom in knowledge.symptoms]
    assert len(keys) == len(set(keys))
    for symptom in knowledge.symptoms:
        assert symptom.label().strip(), symptom.key
        assert symptom.kind in (SymptomKind.RATED, SymptomKind.EVENT)
        assert symptom.groups and set(symptom.groups) <= set(SYMPTOM_GROUPS), symptom.key
        assert symptom.source_ids and set(symptom.source_ids) <= knowledge.sources.keys()
        assert knowledge.symptom(symptom.key) is symptom


def test_every_group_from_the_issue_is_used(knowledge: Knowledge) -> None:
    assert set(GROUPS_FROM_THE_ISSUE.values()) == set(SYMPTOM_GROUPS)
    used = {group for symptom in knowledge.symptoms for group in symptom.groups}
    unused = [words for words, group in GROUPS_FROM_THE_ISSUE.items() if group not in used]
    assert not unused, f"no symptom in the catalogue belongs to: {unused}"


def test_the_catalogue_has_events_as_well_as_rated_symptoms(knowledge: Knowledge) -> None:
    kinds = {symptom.kind for symptom in knowledge.symptoms}
    assert kinds == {SymptomKind.RATED, SymptomKind.EVENT}


def test_every_source_is_used_by_some_symptom(knowledge: Knowledge) -> None:
    cited = {source for symptom in knowledge.symptoms for source in symptom.source_ids}
    assert cited == set(knowledge.sources)


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason=f"the source articles ({SEEDS_DIR}) are absent")
def test_every_source_document_is_in_the_seeds_folder(knowledge: Knowledge) -> None:
    for source in knowledge.sources.values():
        document = SEEDS_DIR / source.document
        assert document.is_file(), f"{source.id}: {source.document} is not in {SEEDS_DIR}"
        assert document.stat().st_size > 0, f"{source.id}: {source.document} is empty"


def test_a_citation_names_the_title_and_the_publisher(knowledge: Knowledge) -> None:
    for source in knowledge.sources.values():
        citation = source.citation()
        assert source.title in citation
        if source.publisher:
            assert source.publisher in citation


# -- malformed files --------------------------------------------------------------------------

GOOD_SOURCES = """
[[source]]
id = "article"
title = "An article"
document = "000_article.txt"
"""

GOOD_SYMPTOM = """
[[symptom]]
key = "bone_pain"
label.en = "Bone pain"
kind = "rated"
groups = ["bone"]
sources = ["article"]
"""


def _load(tmp_path: Path, symptoms: str, sources: str = GOOD_SOURCES) -> None:
    (tmp_path / "sources.toml").write_text(sources, encoding="utf-8")
    (tmp_path / "symptoms.toml").write_text(symptoms, encoding="utf-8")
    loaded_sources = load_sources(tmp_path / "sources.toml")
    load_symptoms(tmp_path / "symptoms.toml", loaded_sources)


def test_small_good_files_load(tmp_path: Path) -> None:
    _load(tmp_path, GOOD_SYMPTOM)


@pytest.mark.parametrize(
    ("symptoms", "problem"),
    [
        pytest.param(
            GOOD_SYMPTOM.replace('label.en = "Bone pain"', 'label.fr = "Douleur osseuse"'),
            "label.en",
            id="missing-label-en",
        ),
        pytest.param(
            GOOD_SYMPTOM.replace('label.en = "Bone pain"', 'label.en = "  "'),
            "label.en",
            id="empty-label-en",
        ),
        pytest.param(
            GOOD_SYMPTOM.replace('["bone"]', '["bone", "elbow"]'),
            "'groups' cannot hold 'elbow'",
            id="unknown-group",
        ),
        pytest.param(
            GOOD_SYMPTOM.replace('["article"]', '["article", "blog"]'),
            "unknown source",
            id="unknown-source",
        ),
        pytest.param(
            GOOD_SYMPTOM.replace('sources = ["article"]', "sources = []"),
            "source",
            id="no-source",
        ),
        pytest.param(GOOD_SYMPTOM + GOOD_SYMPTOM, "appears twice", id="duplicate-key"),
        pytest.param(GOOD_SYMPTOM.replace('"rated"', '"scale"'), "'kind' cannot be", id="bad-kind"),
        pytest.param(
            GOOD_SYMPTOM.replace('key = "bone_pain"', 'key = "Bone pain"'),
            "key must be",
            id="bad-key",
        ),
        pytest.param(
            GOOD_SYMPTOM.replace('groups = ["bone"]', "groups = []"), "groups", id="no-group"
        ),
        pytest.param(GOOD_SYMPTOM + 'on_today = "yes"\n', "on_today", id="on-today-not-bool"),
        pytest.param(GOOD_SYMPTOM.replace("kind =", "kind"), "cannot be read", id="broken-toml"),
        pytest.param("# nothing here\n", "no [[symptom]]", id="no-symptoms"),
    ],
)
def test_a_malformed_symptom_file_is_refused(tmp_path: Path, symptoms: str, problem: str) -> None:
    with pytest.raises(KnowledgeFileError, match=r"symptoms\.toml") as raised:
        _load(tmp_path, symptoms)
    assert problem in str(raised.value)


@pytest.mark.parametrize(
    ("sources", "problem"),
    [
        pytest.param(GOOD_SOURCES + GOOD_SOURCES, "appears twice", id="duplicate-id"),
        pytest.param(
            GOOD_SOURCES.replace('document = "000_article.txt"', ""), "document", id="no-document"
        ),
        pytest.param(
            GOOD_SOURCES.replace('title = "An article"', 'title = ""'), "title", id="empty-title"
        ),
        pytest.param(GOOD_SOURCES + 'publisher = ""\n', "publisher", id="empty-publisher"),
        pytest.param('[[source]\nid = "x"\n', "cannot be read", id="broken-toml"),
        pytest.param("", "no [[source]]", id="no-sources"),
    ],
)
def test_a_malformed_sources_file_is_refused(tmp_path: Path, sources: str, problem: str) -> None:
    with pytest.raises(KnowledgeFileError, match=r"sources\.toml") as raised:
        _load(tmp_path, GOOD_SYMPTOM, sources=sources)
    assert problem in str(raised.value)


def test_the_error_names_the_symptom(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeFileError, match="'bone_pain'"):
        _load(tmp_path, GOOD_SYMPTOM.replace('"rated"', '"scale"'))


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeFileError, match="cannot be read"):
        load_sources(tmp_path / "sources.toml")
