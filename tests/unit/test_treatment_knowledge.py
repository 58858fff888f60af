"""The treatment knowledge file: the categories, medicines and side effects the articles name.

The tables below are what the source articles say, checked by hand against them: a medicine the
articles do not name, or a side effect they do not list, must fail here before the app shows it.
Where the articles list no side effect for a kind of treatment, the app lists none either.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from source_articles import SEEDS_DIR

from mbc_tracker.domain.knowledge import (
    KnowledgeFileError,
    TreatmentKnowledge,
    load_knowledge,
    load_treatment_knowledge,
)
from mbc_tracker.domain.records import Route, TreatmentCategory
from mbc_tracker.paths import resource_dir

RESOURCES = resource_dir("resources")
KNOWLEDGE = load_knowledge(RESOURCES)
TREATMENTS: TreatmentKnowledge = KNOWLEDGE.treatments
TREATMENTS_TEXT = (RESOURCES / "treatments.toml").read_text(encoding="utf-8")

C = TreatmentCategory

# (name, brand, category, route) for every medicine the articles name, as the articles give it.
DRUGS_IN_THE_ARTICLES = {
    ("capecitabine", "Xeloda", C.CHEMOTHERAPY, Route.ORAL),
    ("cisplatin", None, C.CHEMOTHERAPY, Route.IV),
    ("carboplatin", None, C.CHEMOTHERAPY, Route.IV),
    ("gemcitabine", "Gemzar", C.CHEMOTHERAPY, Route.IV),
    ("trastuzumab", "Herceptin", C.ANTI_HER2, None),
    ("trastuzumab deruxtecan", "Enhertu", C.ANTIBODY_DRUG_CONJUGATE, None),
    ("sacituzumab govitecan", "Trodelvy", C.ANTIBODY_DRUG_CONJUGATE, None),
    ("olaparib", "Lynparza", C.PARP_INHIBITOR, None),
    ("pembrolizumab", "Keytruda", C.IMMUNOTHERAPY, None),
}

# Symptom keys the articles list as side effects; every other category lists none.
SIDE_EFFECTS_IN_THE_ARTICLES = {
    C.CHEMOTHERAPY: ("hair_loss", "nausea", "weakness", "fatigue"),
}

# Side effects the articles list that are not loggable symptoms, kept as plain notes.
NOTES_IN_THE_ARTICLES = {
    C.CHEMOTHERAPY: ("anaemia", "immune system"),
    C.IMMUNOTHERAPY: ("autoimmune",),
}

ROUTES_IN_THE_ARTICLES = {
    C.CHEMOTHERAPY: {Route.ORAL, Route.IV},
    C.HORMONE_THERAPY: {Route.ORAL, Route.INJECTION},
    C.TARGETED_THERAPY: {Route.ORAL, Route.IV, Route.INJECTION},
    C.ANTI_HER2: {Route.ORAL, Route.IV, Route.INJECTION},
    C.IMMUNOTHERAPY: {Route.IV},
}


# -- the shipped file -------------------------------------------------------------------------


def test_every_category_has_exactly_one_entry_in_enum_order() -> None:
    assert list(TREATMENTS.categories) == list(TreatmentCategory)
    for category, info in TREATMENTS.categories.items():
        assert info.category is category
        assert TREATMENTS.category(category) is info
        assert info.label().strip(), category


def test_every_category_but_other_says_something_with_a_known_source() -> None:
    for category, info in TREATMENTS.categories.items():
        if category is C.OTHER and info.about() is None:
            continue
        assert (info.about() or "").strip(), category
        assert info.source_ids and set(info.source_ids) <= KNOWLEDGE.sources.keys(), category


def test_the_drugs_are_exactly_the_ones_the_articles_name_in_their_categories() -> None:
    listed = {
        (drug.name, drug.brand, drug.category, drug.route) for drug in TREATMENTS.drug_suggestions()
    }
    assert listed == DRUGS_IN_THE_ARTICLES
    for info in TREATMENTS.categories.values():
        assert all(drug.category is info.category for drug in info.drugs)


def test_categories_the_articles_name_no_medicine_for_have_none() -> None:
    without = {category for category, info in TREATMENTS.categories.items() if not info.drugs}
    assert without == {
        C.HORMONE_THERAPY, C.TARGETED_THERAPY, C.CDK46_INHIBITOR,
        C.RADIOTHERAPY, C.SURGERY, C.OTHER,
    }  # fmt: skip


def test_side_effects_are_exactly_the_ones_the_articles_list() -> None:
    for category, info in TREATMENTS.categories.items():
        assert info.side_effects == SIDE_EFFECTS_IN_THE_ARTICLES.get(category, ()), category
        if info.side_effects or info.side_effects_note():
            assert set(info.side_effect_source_ids) <= KNOWLEDGE.sources.keys()
            assert info.side_effect_source_ids, category
        else:
            assert not info.side_effect_source_ids, category


def test_categories_without_listed_side_effects_claim_none() -> None:
    silent = [
        category
        for category, info in TREATMENTS.categories.items()
        if category not in SIDE_EFFECTS_IN_THE_ARTICLES
    ]
    assert C.HORMONE_THERAPY in silent and C.CDK46_INHIBITOR in silent
    for category in silent:
        info = TREATMENTS.category(category)
        assert info.side_effects == (), category
        assert not any(info.lists_side_effect(symptom.key) for symptom in KNOWLEDGE.symptoms)


def test_side_effect_notes_keep_what_is_not_a_loggable_symptom() -> None:
    for category, info in TREATMENTS.categories.items():
        note = info.side_effects_note()
        if category in NOTES_IN_THE_ARTICLES:
            assert note is not None, category
            for words in NOTES_IN_THE_ARTICLES[category]:
                assert words in note.casefold(), (category, words)
        else:
            assert note is None, category


def test_side_effect_categories_answers_which_treatments_list_a_symptom() -> None:
    assert TREATMENTS.side_effect_categories("nausea") == (C.CHEMOTHERAPY,)
    assert TREATMENTS.side_effect_categories("hair_loss") == (C.CHEMOTHERAPY,)
    assert TREATMENTS.side_effect_categories("seizure") == ()
    assert TREATMENTS.side_effect_categories("not_a_symptom") == ()
    assert TREATMENTS.category(C.CHEMOTHERAPY).lists_side_effect("fatigue")
    assert not TREATMENTS.category(C.IMMUNOTHERAPY).lists_side_effect("fatigue")


def test_general_side_effects_name_nausea_and_vomiting_with_their_source() -> None:
    assert TREATMENTS.general_side_effects == ("nausea", "vomiting")
    assert TREATMENTS.general_side_effects_reason.source_ids == ("key-takeaways",)
    assert TREATMENTS.general_side_effects_reason.text().strip()


def test_routes_are_only_the_ones_the_articles_mention() -> None:
    for category, info in TREATMENTS.categories.items():
        assert set(info.routes) == ROUTES_IN_THE_ARTICLES.get(category, set()), category


def test_drug_suggestions_are_alphabetical_and_displayed_with_their_brand() -> None:
    suggestions = TREATMENTS.drug_suggestions()
    names = [drug.name.casefold() for drug in suggestions]
    assert names == sorted(names)
    displayed = [drug.display_name() for drug in suggestions]
    assert "capecitabine (Xeloda)" in displayed
    assert "cisplatin" in displayed


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Herceptin", "trastuzumab"),
        ("trastuzumab", "trastuzumab"),
        ("  Trastuzumab   Deruxtecan ", "trastuzumab deruxtecan"),
        ("KEYTRUDA", "pembrolizumab"),
        ("gemcitabine (Gemzar)", "gemcitabine"),
    ],
)
def test_find_drug_matches_a_name_or_brand_in_any_case(typed: str, name: str) -> None:
    drug = TREATMENTS.find_drug(typed)
    assert drug is not None
    assert drug.name == name


def test_find_drug_does_not_guess_at_medicines_the_articles_do_not_name() -> None:
    assert TREATMENTS.find_drug("letrozole") is None
    assert TREATMENTS.find_drug("trastu") is None


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason=f"the source articles ({SEEDS_DIR}) are absent")
def test_every_drug_is_named_in_the_article_it_cites() -> None:
    for drug in TREATMENTS.drug_suggestions():
        texts = [
            (SEEDS_DIR / KNOWLEDGE.sources[source_id].document).read_text(encoding="utf-8")
            for source_id in drug.source_ids
        ]
        words = [drug.name] + ([drug.brand] if drug.brand else [])
        for word in words:
            pattern = re.compile(re.escape(word).replace(r"\ ", r"\s+"), re.IGNORECASE)
            assert any(pattern.search(text) for text in texts), (drug.name, word)


# -- malformed files --------------------------------------------------------------------------


def _load_variant(tmp_path: Path, text: str) -> TreatmentKnowledge:
    broken = tmp_path / "treatments.toml"
    broken.write_text(text, encoding="utf-8")
    return load_treatment_knowledge(broken, KNOWLEDGE.sources, KNOWLEDGE.symptoms)


def _without_category(key: str) -> str:
    entries = TREATMENTS_TEXT.split("[[category]]\n")
    kept = [entry for entry in entries if not entry.startswith(f'key = "{key}"\n')]
    assert len(kept) == len(entries) - 1
    return "[[category]]\n".join(kept)


def test_an_unchanged_copy_loads(tmp_path: Path) -> None:
    assert _load_variant(tmp_path, TREATMENTS_TEXT) == TREATMENTS


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ('key = "surgery"', 'key = "homeopathy"',
         r"category 'homeopathy': 'key' cannot be 'homeopathy'"),
        ('key = "surgery"', 'key = "radiotherapy"', r"category 'radiotherapy': appears twice"),
        ('side_effects = ["hair_loss",', 'side_effects = ["hair_fall",',
         r"category 'chemotherapy'.*\['hair_fall'\] are not symptoms in the catalogue"),
        ('side_effects = ["nausea", "vomiting"]', 'side_effects = ["nausea", "retching"]',
         r"\[general_side_effects\].*not symptoms in the catalogue"),
        ('sources = ["wiserx"]\nroutes', 'sources = ["a-blog"]\nroutes',
         r"category 'cdk46_inhibitor': unknown source"),
        ('brand = "Lynparza", sources = ["share"]', 'brand = "Lynparza", sources = ["forum"]',
         r"drug 'olaparib': unknown source 'forum'"),
        ('side_effects_sources = ["key-takeaways"]\n', 'side_effects_sources = []\n',
         r"category 'immunotherapy': 'side_effects_sources' must be a non-empty list"),
        ('routes = ["oral", "injection"]', 'routes = ["oral", "patch"]',
         r"category 'hormone_therapy': 'routes' cannot hold 'patch'"),
        ('route = "oral"', 'route = "by mouth"',
         r"drug 'capecitabine': 'route' cannot be 'by mouth'"),
        ('label.en = "Surgery"', 'label.fr = "Chirurgie"', r"category 'surgery'.*label\.en"),
        ('about.en = "CDK4/6', 'about.fr = "CDK4/6', r"category 'cdk46_inhibitor'.*about\.en"),
        ('{ name = "cisplatin",', '{ name = "",', r"drug 2: 'name' must be a non-empty text"),
        ('brand = "Gemzar"', 'brand = ""', r"drug 'gemcitabine': 'brand'"),
        ('{ name = "olaparib",', '{ name = "capecitabine",',
         r"drug 'capecitabine' is already listed under 'chemotherapy'"),
        ('key = "other"', 'key = "other"\nside_effect = ["nausea"]',
         r"category 'other': unknown key 'side_effect' \(did you mean 'side_effects'\?\)"),
        ('drugs = []\nside_effects = []\n\n[[category]]\nkey = "targeted_therapy"',
         'side_effects = []\n\n[[category]]\nkey = "targeted_therapy"',
         r"category 'hormone_therapy': 'drugs' is missing"),
        ('drugs = []\nside_effects = []\n\n[[category]]\nkey = "targeted_therapy"',
         'drugs = []\nside_effects_sources = ["share"]\nside_effects = []\n\n[[category]]\n'
         'key = "targeted_therapy"',
         r"'side_effects_sources' is needed with side effects, and only with them"),
        ("\n[general_side_effects]\n", "\n[general]\n", r"treatments\.toml: unknown key 'general'"),
        ('key = "other"', "key =", r"treatments\.toml: cannot be read"),
    ],
)  # fmt: skip
def test_a_malformed_treatment_file_is_refused(
    tmp_path: Path, old: str, new: str, complaint: str
) -> None:
    assert TREATMENTS_TEXT.count(old) == 1, "each variant changes exactly one place"
    with pytest.raises(KnowledgeFileError, match=r"treatments\.toml") as raised:
        _load_variant(tmp_path, TREATMENTS_TEXT.replace(old, new, 1))
    assert re.search(complaint, str(raised.value)), str(raised.value)


def test_a_file_without_categories_is_refused(tmp_path: Path) -> None:
    text = TREATMENTS_TEXT[: TREATMENTS_TEXT.index("\n[[category]]\n")]
    with pytest.raises(KnowledgeFileError, match=r"no \[\[category\]\] entries"):
        _load_variant(tmp_path, text)


@pytest.mark.parametrize("key", ["chemotherapy", "surgery", "other"])
def test_a_missing_category_is_refused(tmp_path: Path, key: str) -> None:
    with pytest.raises(KnowledgeFileError, match=rf"missing category entry for \['{key}'\]"):
        _load_variant(tmp_path, _without_category(key))


def test_other_may_leave_out_what_it_is_about(tmp_path: Path) -> None:
    about_and_sources = re.compile(
        r'(?<=key = "other"\n)(label\.en = .*\nlabel\.es = .*\n)about\.en = .*\nabout\.es = .*\n'
        r"sources = .*\n"
    )
    text, changed = about_and_sources.subn(r"\1", TREATMENTS_TEXT)
    assert changed == 1
    other = _load_variant(tmp_path, text).category(C.OTHER)
    assert other.about() is None
    assert other.source_ids == ()
