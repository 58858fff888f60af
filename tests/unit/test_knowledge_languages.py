"""The knowledge files in Spanish: every text has one, and the app shows it when Spanish is chosen.

Every text a person reads in a knowledge file (a symptom's name, why a flag matters, what a receptor
result means, what a kind of treatment does) is keyed by language. A Spanish text missing, empty,
or with a ``{placeholder}`` lost or misspelt would show English in the middle of Spanish, or break
a sentence the app fills in, so each file is walked through its declared shape and every text is
checked. Then, with Spanish chosen, what a person reads comes out in Spanish with nothing asked of
the code that shows it; English stays exactly as it was; and a text without a translation falls
back to English rather than to nothing.
"""

from __future__ import annotations

import datetime as dt
import string
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

from mbc_tracker.domain import knowledge
from mbc_tracker.domain.flags import Flag, FlagInputs, FlagSettings, evaluate_flags
from mbc_tracker.domain.knowledge import Explanation, load_knowledge
from mbc_tracker.domain.knowledge_shape import LanguageTexts, NamedTables, Shape, Table, Tables
from mbc_tracker.domain.language import (
    ENGLISH,
    Catalogue,
    read_catalogue,
    translation_file,
    use_language,
)
from mbc_tracker.domain.receptors import compare_tests, read_receptors
from mbc_tracker.domain.records import (
    Her2Ihc,
    ReceptorTest,
    SampleKind,
    SymptomEntry,
    TreatmentCategory,
)
from mbc_tracker.paths import resource_dir

RESOURCES = resource_dir("resources")
KNOWLEDGE = load_knowledge(RESOURCES)
FILE_SHAPES = {
    "sources.toml": knowledge.SOURCES_FILE,
    "symptoms.toml": knowledge.SYMPTOMS_FILE,
    "receptors.toml": knowledge.RECEPTORS_FILE,
    "flags.toml": knowledge.FLAGS_FILE,
    "treatments.toml": knowledge.TREATMENTS_FILE,
}


def _texts(shape: Shape, data: dict[str, Any], where: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Every language-keyed text of ``data``, found through its declared shape, by where it is."""
    for key, value_type in shape.fields.items():
        if key not in data:
            continue
        value = data[key]
        if isinstance(value_type, LanguageTexts):
            yield f"{where} {key}", value
        elif isinstance(value_type, Table):
            yield from _texts(value_type.shape, value, f"{where} [{key}]")
        elif isinstance(value_type, Tables):
            for number, entry in enumerate(value, start=1):
                yield from _texts(value_type.shape, entry, f"{where} [[{key}]] {number}")
        elif isinstance(value_type, NamedTables):
            for name, entry in value.items():
                yield from _texts(value_type.shape, entry, f"{where} [{key}.{name}]")


def _all_texts() -> list[tuple[str, dict[str, str]]]:
    found = []
    for file_name, shape in FILE_SHAPES.items():
        with (RESOURCES / file_name).open("rb") as handle:
            found.extend(_texts(shape, tomllib.load(handle), file_name))
    return found


ALL_TEXTS = _all_texts()


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_walk_finds_the_texts_of_every_file() -> None:
    files = {where.split()[0] for where, _ in ALL_TEXTS}
    assert files == set(FILE_SHAPES)
    # Every `xxx.en = "..."` line of the files, so no text can hide from the walk.
    english_lines = sum(
        line.split("=")[0].strip().endswith(".en")
        for file_name in FILE_SHAPES
        for line in (RESOURCES / file_name).read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
    assert len(ALL_TEXTS) == english_lines > 100


@pytest.mark.parametrize(("where", "texts"), ALL_TEXTS, ids=[where for where, _ in ALL_TEXTS])
def test_every_text_has_a_spanish_text_with_the_same_placeholders(
    where: str, texts: dict[str, str]
) -> None:
    spanish = texts.get("es", "")
    assert spanish.strip(), f"{where}: no Spanish text"
    assert spanish != texts[ENGLISH], f"{where}: the Spanish text is the English one"
    assert _placeholders(spanish) == _placeholders(texts[ENGLISH]), where


@pytest.fixture(scope="module")
def spanish_words() -> Catalogue:
    """The app's Spanish words (the .ts), which fill in some sentences of the knowledge files."""
    return read_catalogue(translation_file(RESOURCES / "translations", "es"), "es")


@pytest.fixture
def spanish(spanish_words: Catalogue) -> Iterator[None]:
    use_language("es", spanish_words)
    try:
        yield
    finally:
        use_language(ENGLISH)


def _seizure_flag() -> Flag:
    day = dt.date(2025, 3, 3)
    entry = SymptomEntry("seizure", day, dt.datetime.combine(day, dt.time(9)), present=True)
    (flag,) = evaluate_flags(
        FlagInputs(entries=[entry]), KNOWLEDGE, FlagSettings.defaults(KNOWLEDGE.flags)
    )
    return flag


def test_a_symptom_label_comes_out_in_spanish(spanish: None) -> None:
    bone_pain = KNOWLEDGE.symptom("bone_pain")
    assert bone_pain is not None and bone_pain.label() == "Dolor de huesos"


def test_a_flag_names_its_symptom_and_says_why_in_spanish(spanish: None) -> None:
    flag = _seizure_flag()
    assert flag.symptom_label == "Convulsión (ataque)"
    assert flag.reason.text() == (
        "Una convulsión figura entre las posibles señales de extensión al cerebro."
    )


def test_a_receptor_reading_and_its_guideline_come_out_in_spanish(spanish: None) -> None:
    test = ReceptorTest(dt.date(2025, 3, 1), SampleKind.PRIMARY, er_percent=5.0)
    texts = [
        explanation.text() for explanation in read_receptors(test, KNOWLEDGE.receptors).explanations
    ]
    assert texts[0].startswith("RE positivo: al menos el 1\u00a0% de las células del tumor")
    assert texts[1].startswith(
        "Los artículos consideran negativo un resultado por debajo del 1\u00a0%"
    )
    guideline = KNOWLEDGE.receptors.readings["er_low"].guideline
    assert guideline is not None and guideline.name.startswith("Guía de ASCO/CAP")


def test_a_disagreement_between_two_tests_is_written_in_spanish(spanish: None) -> None:
    earlier = ReceptorTest(dt.date(2024, 1, 10), SampleKind.PRIMARY, her2_ihc=Her2Ihc.ONE_PLUS)
    later = ReceptorTest(dt.date(2025, 2, 1), SampleKind.PRIMARY, her2_ihc=Her2Ihc.ZERO)
    (disagreement,) = compare_tests([later, earlier], KNOWLEDGE.receptors)
    text = disagreement.text()
    assert text.startswith("Su resultado de HER2 del 2025-02-01 (tumor primario)")
    assert "primero HER2 bajo y después HER2 cero." in text
    assert (disagreement.earlier_status, disagreement.later_status) == ("HER2-low", "HER2-zero")
    assert "Quizá quiera preguntar a su equipo médico" in text


def test_a_treatment_category_reads_in_spanish(spanish: None) -> None:
    chemotherapy = KNOWLEDGE.treatments.category(TreatmentCategory.CHEMOTHERAPY)
    assert chemotherapy.label() == "Quimioterapia"
    assert (chemotherapy.about() or "").startswith("La quimioterapia actúa en todo el cuerpo")
    assert (chemotherapy.side_effects_note() or "").startswith("Como la quimioterapia")


def test_a_source_keeps_its_english_title_and_says_the_article_is_in_english(
    spanish: None,
) -> None:
    assert KNOWLEDGE.sources["share"].citation() == (
        "«What is Metastatic Breast Cancer?», SHARE (artículo en inglés)"
    )
    assert KNOWLEDGE.sources["key-takeaways"].citation().endswith("» (artículo en inglés)")


def test_in_english_nothing_changes() -> None:
    flag = _seizure_flag()
    assert flag.symptom_label == "Seizure (fit)"
    assert flag.reason.text().startswith("A seizure is listed")
    assert KNOWLEDGE.sources["share"].citation() == "“What is Metastatic Breast Cancer?”, SHARE"
    assert KNOWLEDGE.treatments.category(TreatmentCategory.SURGERY).label() == "Surgery"


def test_a_language_asked_for_by_name_wins_over_the_one_in_use(spanish: None) -> None:
    bone_pain = KNOWLEDGE.symptom("bone_pain")
    assert bone_pain is not None and bone_pain.label(ENGLISH) == "Bone pain"


def test_a_text_without_a_spanish_one_falls_back_to_english(spanish: None) -> None:
    only_english = Explanation(id="made_here", texts={"en": "Only in English."}, source_ids=())
    assert only_english.text() == "Only in English."
