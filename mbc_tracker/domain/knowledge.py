"""Loads the clinical knowledge files from ``resources/`` and checks them on the way in.

A malformed knowledge file must fail a test, not surprise a patient. The shape of every file is
declared once below (its tables, their keys, which are required, their types) and checked by
``knowledge_shape`` before a loader reads it, so an unknown or misspelt key is refused by name.
The loaders then check what needs more than one value (known sources, the symptom catalogue,
thresholds in order) and raise ``KnowledgeFileError`` naming the file and the entry.

Texts a person reads are keyed by language, English always present. Every text is picked in one
place, ``in_language``: the language in use (``domain.language.current_language()``, chosen once
at start) unless a caller names another, and English where a text has no translation yet. So every
page, the clinic summary and the command line follow the chosen language without asking for it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from mbc_tracker.domain.knowledge_shape import (
    DEFAULT_LANGUAGE,
    Flag,
    LanguageTexts,
    NamedTables,
    Number,
    Shape,
    Table,
    Tables,
    Text,
    TextList,
    WholeNumber,
    refuse_unknown,
    table_where,
)

# Raised by every loader here; imported from this module by the app and its tests.
from mbc_tracker.domain.knowledge_shape import KnowledgeFileError as KnowledgeFileError
from mbc_tracker.domain.language import current_language
from mbc_tracker.domain.records import Route, SymptomKind, TreatmentCategory

SYMPTOM_GROUPS = (
    "bone",
    "lung",
    "liver",
    "brain",
    "high_calcium",
    "low_blood_count",
    "treatment_side_effect",
    "general",
    "emotional",
)


def optional_in_language(texts: Mapping[str, str], language: str | None = None) -> str | None:
    """The text of ``language`` (by default the language in use), else the English one, else
    None when there is no text at all (an optional text left out)."""
    return texts.get(language or current_language()) or texts.get(DEFAULT_LANGUAGE)


def in_language(texts: Mapping[str, str], language: str | None = None) -> str:
    """The text of ``language`` (by default the language in use), else the English one.

    The one place a knowledge text is chosen: every ``label()``, ``text()`` and the like below
    calls it, so nothing that shows a text needs to know the language."""
    text = optional_in_language(texts, language)
    if text is None:  # the loaders refuse such a file; only a hand-made value can get here
        raise KeyError(f"no English text among {sorted(texts)}")
    return text


@dataclass(frozen=True)
class Source:
    id: str
    title: str  # the article's own (English) title, never translated: it names the article
    publisher: str | None
    document: str
    citations: dict[str, str]  # how the app names the article, by language (sources.toml)

    def citation(self, language: str | None = None) -> str:
        """How the app names this article to a person, in the language in use."""
        return in_language(self.citations, language)


@dataclass(frozen=True)
class CatalogueSymptom:
    key: str
    labels: dict[str, str]
    kind: SymptomKind
    groups: tuple[str, ...]
    source_ids: tuple[str, ...]
    on_today: bool

    def label(self, language: str | None = None) -> str:
        return in_language(self.labels, language)


@dataclass(frozen=True)
class Guideline:
    """An established guideline the articles do not cover, named where it adds precision."""

    id: str
    names: dict[str, str]

    @property
    def name(self) -> str:
        """How the app names the guideline, in the language in use."""
        return in_language(self.names)


@dataclass(frozen=True)
class Explanation:
    """A paraphrased statement from the articles, with its sources (and a guideline if any)."""

    id: str
    texts: dict[str, str]
    source_ids: tuple[str, ...]
    guideline: Guideline | None = None

    def text(self, language: str | None = None) -> str:
        return in_language(self.texts, language)


@dataclass(frozen=True)
class SubtypeInfo:
    id: str
    labels: dict[str, str]
    responses: dict[str, str]
    source_ids: tuple[str, ...]

    def label(self, language: str | None = None) -> str:
        return in_language(self.labels, language)

    def response(self, language: str | None = None) -> str:
        return in_language(self.responses, language)


READING_IDS = (
    "er_positive", "er_low", "er_negative", "pr_positive", "pr_negative",
    "hr_positive", "hr_negative", "her2_positive_ish", "her2_positive_ihc",
    "her2_ihc_positive_ish_negative", "her2_low", "her2_zero", "her2_negative_unspecified",
    "her2_equivocal", "her2_conflicting",
)  # fmt: skip
SUBTYPE_IDS = (
    "hr_positive_her2_negative",
    "hr_positive_her2_positive",
    "hr_negative_her2_positive",
    "triple_negative",
)


@dataclass(frozen=True)
class ReceptorRules:
    positive_from_percent: float  # ER and PR: positive from this percentage of cells
    er_low_up_to_percent: float  # ER only: "ER Low Positive" up to this percentage
    readings: dict[str, Explanation]
    subtypes: dict[str, SubtypeInfo]
    disagreement: Explanation


class FlagLevel(StrEnum):
    PROMPTLY = "promptly"  # contact your care team promptly
    NEXT_VISIT = "next_visit"  # mention it at your next visit


@dataclass(frozen=True)
class ReportRule:
    """Why the articles say a symptom is worth reporting, and how the app flags it."""

    symptom_key: str
    reason: Explanation
    any_occurrence: bool = False
    level: FlagLevel | None = None  # for any_occurrence
    persistent_days: int | None = None  # an app default, adjustable


@dataclass(frozen=True)
class FlagDefaults:
    """The app's own defaults for flags: adjustable numbers, not medical facts."""

    mention_from_severity: int
    promptly_from_severity: int
    worsening_points: int
    baseline_days: int
    baseline_min_days: int
    weight_loss_percent: float
    weight_loss_days: int
    episode_gap_days: int
    fever_from_celsius: float


@dataclass(frozen=True)
class FlagKnowledge:
    defaults: FlagDefaults
    rules: dict[str, ReportRule]  # by symptom key
    worsening: Explanation
    worsening_evidence: str
    weight_loss: Explanation
    fever: Explanation
    fever_guideline: Explanation  # outside the articles: named as evidence, no source
    fever_chemotherapy: Explanation  # "{treatment}" and "{when}" to fill in
    brain_context: Explanation
    brain_context_symptoms: frozenset[str]  # the signs the articles tie to the brain


@dataclass(frozen=True)
class TreatmentDrug:
    """A medicine an article names, filed under the treatment category the article gives it."""

    name: str
    brand: str | None  # only where the article gives one
    category: TreatmentCategory
    route: Route | None  # only where the article says how it is given
    source_ids: tuple[str, ...]

    def display_name(self) -> str:
        """How the app writes the medicine: "capecitabine (Xeloda)", or the name alone."""
        return f"{self.name} ({self.brand})" if self.brand else self.name

    def matches(self, text: str) -> bool:
        """Whether ``text`` names this medicine: its name, its brand, or both as displayed."""
        wanted = " ".join(text.split()).casefold()
        names = {self.name, self.display_name(), *([self.brand] if self.brand else [])}
        return wanted in {name.casefold() for name in names}


@dataclass(frozen=True)
class TreatmentCategoryInfo:
    """What the articles say about one kind of treatment, with the side effects they list."""

    category: TreatmentCategory
    labels: dict[str, str]
    abouts: dict[str, str]  # empty only for "other"
    source_ids: tuple[str, ...]
    routes: tuple[Route, ...]
    drugs: tuple[TreatmentDrug, ...]
    side_effects: tuple[str, ...]  # symptom keys; empty where the articles list none
    side_effects_notes: dict[str, str]  # listed effects that are not symptoms a person logs
    side_effect_source_ids: tuple[str, ...]

    def label(self, language: str | None = None) -> str:
        return in_language(self.labels, language)

    def about(self, language: str | None = None) -> str | None:
        return optional_in_language(self.abouts, language)

    def side_effects_note(self, language: str | None = None) -> str | None:
        return optional_in_language(self.side_effects_notes, language)

    def lists_side_effect(self, symptom_key: str) -> bool:
        """Whether the articles list this symptom as a side effect of this kind of treatment."""
        return symptom_key in self.side_effects


@dataclass(frozen=True)
class TreatmentKnowledge:
    categories: dict[TreatmentCategory, TreatmentCategoryInfo]  # every category, in enum order
    general_side_effects: tuple[str, ...]  # symptom keys the articles call treatment side effects
    general_side_effects_reason: Explanation

    def category(self, category: TreatmentCategory) -> TreatmentCategoryInfo:
        return self.categories[category]

    def side_effect_categories(self, symptom_key: str) -> tuple[TreatmentCategory, ...]:
        """The categories the articles list this symptom for as a side effect, in enum order."""
        return tuple(
            category
            for category, info in self.categories.items()
            if info.lists_side_effect(symptom_key)
        )

    def drug_suggestions(self) -> tuple[TreatmentDrug, ...]:
        """The medicines the articles name, alphabetically, to offer on the treatments screen."""
        drugs = (drug for info in self.categories.values() for drug in info.drugs)
        return tuple(sorted(drugs, key=lambda drug: drug.name.casefold()))

    def find_drug(self, text: str) -> TreatmentDrug | None:
        """The medicine ``text`` names (its name or brand, any case), if an article names it."""
        return next((drug for drug in self.drug_suggestions() if drug.matches(text)), None)


@dataclass(frozen=True)
class Knowledge:
    sources: dict[str, Source]
    symptoms: tuple[CatalogueSymptom, ...]
    receptors: ReceptorRules
    flags: FlagKnowledge
    treatments: TreatmentKnowledge

    def symptom(self, key: str) -> CatalogueSymptom | None:
        return self._by_key().get(key)

    def _by_key(self) -> dict[str, CatalogueSymptom]:
        return {symptom.key: symptom for symptom in self.symptoms}


# -- What each file may hold ---------------------------------------------------------------------
# Every table and entry kind of every knowledge file, declared once: the keys it allows, which of
# them are required, and the type of each value. Each loader checks its whole file against its
# shape before reading it, so a misspelt key is refused by name instead of dropping what it held;
# what needs another file or several values at once is checked by the loaders below.

_SOURCE_IDS = TextList(at_least=1)  # ids from sources.toml; the loaders check that they exist
_ROUTES = tuple(route.value for route in Route)

SOURCE = Shape(
    kind="source",
    named_by="id",
    fields={"id": Text(), "title": Text(), "publisher": Text(required=False), "document": Text()},
)
# How a citation is written, by language: {title} and {publisher} filled in. Optional: without
# it, articles are named in the English way, which is also the way of every untranslated language.
CITATION = Shape({"with_publisher": LanguageTexts(), "title_only": LanguageTexts()})
_ENGLISH_CITATION = {
    "with_publisher": {DEFAULT_LANGUAGE: "“{title}”, {publisher}"},
    "title_only": {DEFAULT_LANGUAGE: "“{title}”"},
}
SOURCES_FILE = Shape(
    {
        "citation": Table(required=False, shape=CITATION),
        "source": Tables(shape=SOURCE, at_least_one=True),
    }
)

SYMPTOM = Shape(
    kind="symptom",
    named_by="key",
    fields={
        "key": Text(),
        "label": LanguageTexts(),
        "kind": Text(choices=tuple(kind.value for kind in SymptomKind)),
        "groups": TextList(at_least=1, choices=SYMPTOM_GROUPS),
        "sources": _SOURCE_IDS,
        "on_today": Flag(required=False),
    },
)
SYMPTOMS_FILE = Shape({"symptom": Tables(shape=SYMPTOM, at_least_one=True)})

# A paraphrased statement with its sources: [disagreement], [weight_loss], [brain_context].
EXPLANATION = Shape({"text": LanguageTexts(), "sources": _SOURCE_IDS})
READING = Shape(
    kind="reading",
    fields={"text": LanguageTexts(), "sources": _SOURCE_IDS, "guideline": Text(required=False)},
)
SUBTYPE = Shape(
    kind="subtype",
    fields={"label": LanguageTexts(), "response": LanguageTexts(), "sources": _SOURCE_IDS},
)
RECEPTORS_FILE = Shape(
    {
        "thresholds": Table(
            shape=Shape(
                {
                    "receptor_positive_from_percent": Number(above=0, below=100),
                    "er_low_up_to_percent": Number(above=0, below=100),
                }
            )
        ),
        "guideline": NamedTables(
            required=False, shape=Shape(kind="guideline", fields={"name": LanguageTexts()})
        ),
        "reading": NamedTables(shape=READING, names=READING_IDS),
        "subtype": NamedTables(shape=SUBTYPE, names=SUBTYPE_IDS),
        "disagreement": Table(shape=EXPLANATION),
    }
)

# The keys of [defaults] are the fields of FlagDefaults, which is built from them.
FLAG_DEFAULTS = Shape(
    {
        "mention_from_severity": WholeNumber(low=1, high=10),
        "promptly_from_severity": WholeNumber(low=1, high=10),
        "worsening_points": WholeNumber(low=1, high=10),
        "baseline_days": WholeNumber(low=2, high=365),
        "baseline_min_days": WholeNumber(low=1, high=365),
        "weight_loss_percent": Number(above=0, below=100),
        "weight_loss_days": WholeNumber(low=2, high=365),
        "episode_gap_days": WholeNumber(low=0, high=14),
        "fever_from_celsius": Number(above=35, below=42),
    }
)
REPORT = Shape(
    kind="report",
    named_by="symptom",
    fields={
        "symptom": Text(),
        "reason": LanguageTexts(),
        "sources": _SOURCE_IDS,
        "any_occurrence": Flag(required=False),
        "level": Text(required=False, choices=tuple(level.value for level in FlagLevel)),
        "persistent_days": WholeNumber(required=False, low=2, high=60),
    },
)
FLAGS_FILE = Shape(
    {
        "defaults": Table(shape=FLAG_DEFAULTS),
        "worsening": Table(shape=Shape({"reason": LanguageTexts(), "evidence": Text()})),
        "weight_loss": Table(shape=EXPLANATION),
        "fever": Table(
            shape=Shape(
                {
                    "reason": LanguageTexts(),
                    "sources": _SOURCE_IDS,
                    "guideline": LanguageTexts(),
                    "chemotherapy": LanguageTexts(),
                }
            )
        ),
        "brain_context": Table(
            shape=Shape({"text": LanguageTexts(), "sources": _SOURCE_IDS, "symptoms": TextList()})
        ),
        "report": Tables(shape=REPORT, at_least_one=True),
    }
)

DRUG = Shape(
    kind="drug",
    named_by="name",
    fields={
        "name": Text(),
        "brand": Text(required=False),  # only where the article gives one
        "route": Text(required=False, choices=_ROUTES),
        "sources": _SOURCE_IDS,
    },
)
CATEGORY = Shape(
    kind="category",
    named_by="key",
    fields={
        "key": Text(choices=tuple(category.value for category in TreatmentCategory)),
        "label": LanguageTexts(),
        "about": LanguageTexts(required=False),  # only "other" may leave it out
        "sources": TextList(required=False, at_least=1),  # needed with "about"
        "routes": TextList(required=False, choices=_ROUTES),
        "drugs": Tables(shape=DRUG),  # empty where the articles name none
        "side_effects": TextList(),  # symptom keys; empty where the articles list none
        "side_effects_note": LanguageTexts(required=False),
        "side_effects_sources": TextList(required=False, at_least=1),  # needed with either above
    },
)
TREATMENTS_FILE = Shape(
    {
        "general_side_effects": Table(
            shape=Shape(
                {"side_effects": TextList(), "text": LanguageTexts(), "sources": _SOURCE_IDS}
            )
        ),
        "category": Tables(shape=CATEGORY, at_least_one=True),
    }
)


# -- Loading -------------------------------------------------------------------------------------


def _read(path: Path, shape: Shape) -> dict[str, Any]:
    """The parsed file, once it has the shape declared for it."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise KnowledgeFileError(f"{path.name}: cannot be read ({error})") from error
    shape.check(data, path.name)
    return data


def _source_ids(ids: list[str], where: str, sources: dict[str, Source]) -> tuple[str, ...]:
    for source_id in ids:
        refuse_unknown(source_id, tuple(sources), "unknown source", where)
    return tuple(ids)


def _explanation(
    entry: dict[str, Any],
    explanation_id: str,
    where: str,
    sources: dict[str, Source],
    guidelines: Mapping[str, Guideline] = MappingProxyType({}),
) -> Explanation:
    """A statement with its sources; only a receptor reading may name a guideline."""
    guideline: Guideline | None = None
    if "guideline" in entry:
        refuse_unknown(entry["guideline"], tuple(guidelines), "unknown guideline", where)
        guideline = guidelines[entry["guideline"]]
    return Explanation(
        id=explanation_id,
        texts=dict(entry["text"]),
        source_ids=_source_ids(entry["sources"], where, sources),
        guideline=guideline,
    )


def _citation_wording(data: dict[str, Any], where: str) -> Mapping[str, Mapping[str, str]]:
    """The [citation] wording, once every text of it holds no placeholder but the two known."""
    wording: Mapping[str, Mapping[str, str]] = data.get("citation", _ENGLISH_CITATION)
    for kind, texts in wording.items():
        for language, text in texts.items():
            try:
                text.format(title="", publisher="")
            except (KeyError, IndexError, ValueError):
                raise KnowledgeFileError(
                    f"{table_where(where, 'citation')}: '{kind}.{language}' can hold only "
                    "{title} and {publisher}"
                ) from None
    return wording


def load_sources(path: Path) -> dict[str, Source]:
    data = _read(path, SOURCES_FILE)
    wording = _citation_wording(data, path.name)
    sources: dict[str, Source] = {}
    for number, entry in enumerate(data["source"], start=1):
        source_id = entry["id"]
        if source_id in sources:
            where = SOURCE.entry_where(path.name, entry, number)
            raise KnowledgeFileError(f"{where}: id '{source_id}' appears twice")
        title, publisher = entry["title"], entry.get("publisher")
        texts = wording["with_publisher" if publisher else "title_only"]
        sources[source_id] = Source(
            id=source_id,
            title=title,
            publisher=publisher,
            document=entry["document"],
            citations={
                language: text.format(title=title, publisher=publisher)
                for language, text in texts.items()
            },
        )
    return sources


def load_symptoms(path: Path, sources: dict[str, Source]) -> tuple[CatalogueSymptom, ...]:
    data = _read(path, SYMPTOMS_FILE)
    symptoms: list[CatalogueSymptom] = []
    seen: set[str] = set()
    for number, entry in enumerate(data["symptom"], start=1):
        key = entry["key"]
        where = SYMPTOM.entry_where(path.name, entry, number)
        if key in seen:
            raise KnowledgeFileError(f"{where}: key appears twice")
        if not key.replace("_", "").isalnum() or not key.islower():
            raise KnowledgeFileError(f"{where}: key must be lower-case letters, digits and _")
        seen.add(key)
        symptoms.append(
            CatalogueSymptom(
                key=key,
                labels=dict(entry["label"]),
                kind=SymptomKind(entry["kind"]),
                groups=tuple(entry["groups"]),
                source_ids=_source_ids(entry["sources"], where, sources),
                on_today=entry.get("on_today", False),
            )
        )
    return tuple(symptoms)


def load_receptor_rules(path: Path, sources: dict[str, Source]) -> ReceptorRules:
    data = _read(path, RECEPTORS_FILE)
    thresholds = data["thresholds"]
    positive_from = thresholds["receptor_positive_from_percent"]
    low_up_to = thresholds["er_low_up_to_percent"]
    if positive_from > low_up_to:
        raise KnowledgeFileError(
            f"{table_where(path.name, 'thresholds')}: the positive threshold is above the "
            "ER low positive one"
        )
    guidelines = {
        guideline_id: Guideline(id=guideline_id, names=dict(entry["name"]))
        for guideline_id, entry in data.get("guideline", {}).items()
    }
    readings = {
        reading_id: _explanation(
            data["reading"][reading_id],
            reading_id,
            READING.where(path.name, reading_id),
            sources,
            guidelines,
        )
        for reading_id in READING_IDS
    }
    subtypes = {
        subtype_id: SubtypeInfo(
            id=subtype_id,
            labels=dict(entry["label"]),
            responses=dict(entry["response"]),
            source_ids=_source_ids(entry["sources"], SUBTYPE.where(path.name, subtype_id), sources),
        )
        for subtype_id in SUBTYPE_IDS
        for entry in (data["subtype"][subtype_id],)
    }
    return ReceptorRules(
        positive_from_percent=float(positive_from),
        er_low_up_to_percent=float(low_up_to),
        readings=readings,
        subtypes=subtypes,
        disagreement=_explanation(
            data["disagreement"],
            "disagreement",
            table_where(path.name, "disagreement"),
            sources,
            guidelines,
        ),
    )


def _report_rule(
    entry: dict[str, Any], where: str, kind: SymptomKind, sources: dict[str, Source]
) -> ReportRule:
    """One [[report]] entry, once its keys fit the kind of symptom it is about."""
    any_occurrence = entry.get("any_occurrence", False)
    level = entry.get("level")
    persistent = entry.get("persistent_days")
    if kind is SymptomKind.EVENT and not any_occurrence:
        raise KnowledgeFileError(f"{where}: an event needs any_occurrence = true")
    if kind is not SymptomKind.EVENT and any_occurrence:
        raise KnowledgeFileError(f"{where}: any_occurrence is for events only")
    if any_occurrence and level is None:
        raise KnowledgeFileError(f"{where}: any_occurrence = true needs a level")
    if not any_occurrence and level is not None:
        raise KnowledgeFileError(f"{where}: level is for any_occurrence = true only")
    if persistent is not None and kind is not SymptomKind.RATED:
        raise KnowledgeFileError(f"{where}: persistent_days is for rated symptoms only")
    return ReportRule(
        symptom_key=entry["symptom"],
        reason=Explanation(
            id=f"report:{entry['symptom']}",
            texts=dict(entry["reason"]),
            source_ids=_source_ids(entry["sources"], where, sources),
        ),
        any_occurrence=any_occurrence,
        level=FlagLevel(level) if level is not None else None,
        persistent_days=persistent,
    )


def load_flag_knowledge(
    path: Path, sources: dict[str, Source], symptoms: tuple[CatalogueSymptom, ...]
) -> FlagKnowledge:
    data = _read(path, FLAGS_FILE)
    raw = data["defaults"]
    defaults = FlagDefaults(
        **{
            **raw,
            "weight_loss_percent": float(raw["weight_loss_percent"]),
            "fever_from_celsius": float(raw["fever_from_celsius"]),
        }
    )
    if defaults.mention_from_severity > defaults.promptly_from_severity:
        raise KnowledgeFileError(
            f"{table_where(path.name, 'defaults')}: mention threshold is above the promptly "
            "threshold"
        )
    kinds = {symptom.key: symptom.kind for symptom in symptoms}
    rules: dict[str, ReportRule] = {}
    for number, entry in enumerate(data["report"], start=1):
        key = entry["symptom"]
        where = REPORT.entry_where(path.name, entry, number)
        if key not in kinds:
            raise KnowledgeFileError(f"{where}: not a symptom in the catalogue")
        if key in rules:
            raise KnowledgeFileError(f"{where}: appears twice")
        rules[key] = _report_rule(entry, where, kinds[key], sources)
    worsening = data["worsening"]
    brain_where = table_where(path.name, "brain_context")
    fever = data["fever"]
    fever_sources = _source_ids(fever["sources"], table_where(path.name, "fever"), sources)
    return FlagKnowledge(
        defaults=defaults,
        rules=rules,
        # Outside the articles: the STAR trial, named as evidence rather than as a source.
        worsening=Explanation(id="worsening", texts=dict(worsening["reason"]), source_ids=()),
        worsening_evidence=worsening["evidence"],
        weight_loss=_explanation(
            data["weight_loss"], "weight_loss", table_where(path.name, "weight_loss"), sources
        ),
        fever=Explanation(id="fever", texts=dict(fever["reason"]), source_ids=fever_sources),
        fever_guideline=Explanation(
            id="fever_guideline", texts=dict(fever["guideline"]), source_ids=()
        ),
        fever_chemotherapy=Explanation(
            id="fever_chemotherapy", texts=dict(fever["chemotherapy"]), source_ids=fever_sources
        ),
        brain_context=_explanation(data["brain_context"], "brain_context", brain_where, sources),
        brain_context_symptoms=frozenset(
            _side_effect_keys(
                data["brain_context"]["symptoms"], brain_where, set(kinds), "symptom(s)"
            )
        ),
    )


def _side_effect_keys(
    keys: list[str], where: str, catalogue: set[str], what: str = "side effect(s)"
) -> tuple[str, ...]:
    unknown = [key for key in keys if key not in catalogue]
    if unknown:
        raise KnowledgeFileError(f"{where}: {what} {unknown} are not symptoms in the catalogue")
    return tuple(keys)


def _treatment_drug(
    entry: dict[str, Any], category: TreatmentCategory, where: str, sources: dict[str, Source]
) -> TreatmentDrug:
    route = entry.get("route")
    return TreatmentDrug(
        name=entry["name"],
        brand=entry.get("brand"),
        category=category,
        route=Route(route) if route is not None else None,
        source_ids=_source_ids(entry["sources"], where, sources),
    )


def _treatment_category(
    entry: dict[str, Any],
    category: TreatmentCategory,
    where: str,
    sources: dict[str, Source],
    catalogue: set[str],
) -> TreatmentCategoryInfo:
    abouts: dict[str, str] = dict(entry.get("about", {}))
    if not abouts and category is not TreatmentCategory.OTHER:
        raise KnowledgeFileError(f"{where}: 'about' needs an English text (about.en)")
    if abouts and "sources" not in entry:
        raise KnowledgeFileError(f"{where}: 'about' needs its sources ('sources')")
    side_effects = _side_effect_keys(entry["side_effects"], where, catalogue)
    notes: dict[str, str] = dict(entry.get("side_effects_note", {}))
    listed = bool(side_effects or notes)
    if listed != ("side_effects_sources" in entry):
        raise KnowledgeFileError(
            f"{where}: 'side_effects_sources' is needed with side effects, and only with them"
        )
    return TreatmentCategoryInfo(
        category=category,
        labels=dict(entry["label"]),
        abouts=abouts,
        source_ids=_source_ids(entry.get("sources", []), where, sources),
        routes=tuple(Route(route) for route in entry.get("routes", [])),
        drugs=tuple(
            _treatment_drug(drug, category, DRUG.entry_where(where, drug, number), sources)
            for number, drug in enumerate(entry["drugs"], start=1)
        ),
        side_effects=side_effects,
        side_effects_notes=notes,
        side_effect_source_ids=_source_ids(
            entry.get("side_effects_sources", []), f"{where}, side_effects", sources
        ),
    )


def load_treatment_knowledge(
    path: Path, sources: dict[str, Source], symptoms: tuple[CatalogueSymptom, ...]
) -> TreatmentKnowledge:
    """Read the treatment categories: every category once, each drug and side effect sourced."""
    data = _read(path, TREATMENTS_FILE)
    catalogue = {symptom.key for symptom in symptoms}
    found: dict[TreatmentCategory, TreatmentCategoryInfo] = {}
    for number, entry in enumerate(data["category"], start=1):
        category = TreatmentCategory(entry["key"])
        where = CATEGORY.entry_where(path.name, entry, number)
        if category in found:
            raise KnowledgeFileError(f"{where}: appears twice")
        found[category] = _treatment_category(entry, category, where, sources, catalogue)
    missing = [category.value for category in TreatmentCategory if category not in found]
    if missing:
        raise KnowledgeFileError(f"{path.name}: missing category entry for {missing}")
    # One medicine, one category: a logged medicine must never match two of them.
    seen_drugs: dict[str, TreatmentCategory] = {}
    for info in found.values():
        for drug in info.drugs:
            earlier = seen_drugs.get(drug.name.casefold())
            if earlier is not None:
                raise KnowledgeFileError(
                    f"{CATEGORY.where(path.name, info.category.value)}: drug '{drug.name}' "
                    f"is already listed under '{earlier.value}'"
                )
            seen_drugs[drug.name.casefold()] = info.category
    general = data["general_side_effects"]
    where = table_where(path.name, "general_side_effects")
    return TreatmentKnowledge(
        categories={category: found[category] for category in TreatmentCategory},
        general_side_effects=_side_effect_keys(general["side_effects"], where, catalogue),
        general_side_effects_reason=_explanation(general, "general_side_effects", where, sources),
    )


def load_knowledge(resources: Path) -> Knowledge:
    """Read and validate every knowledge file in a ``resources`` folder."""
    sources = load_sources(resources / "sources.toml")
    symptoms = load_symptoms(resources / "symptoms.toml", sources)
    return Knowledge(
        sources=sources,
        symptoms=symptoms,
        receptors=load_receptor_rules(resources / "receptors.toml", sources),
        flags=load_flag_knowledge(resources / "flags.toml", sources, symptoms),
        treatments=load_treatment_knowledge(resources / "treatments.toml", sources, symptoms),
    )


@cache
def cached_knowledge(resources: Path) -> Knowledge:
    """The knowledge of one resources folder, read once per process."""
    return load_knowledge(resources)
