"""Loads the clinical knowledge files from ``resources/`` and checks them on the way in.

A malformed knowledge file must fail a test, not surprise a patient: every loader here validates
what it reads (required fields, known groups, known sources) and raises ``KnowledgeFileError``
naming the file and the entry. Texts are keyed by language; English is always present.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from mbc_tracker.domain.records import Route, SymptomKind, TreatmentCategory

DEFAULT_LANGUAGE = "en"

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


class KnowledgeFileError(ValueError):
    """A knowledge file is missing a field, or holds a value the app cannot use."""


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str | None
    document: str

    def citation(self) -> str:
        """How the app names this article to a person."""
        if self.publisher:
            return f"“{self.title}”, {self.publisher}"
        return f"“{self.title}”"


@dataclass(frozen=True)
class CatalogueSymptom:
    key: str
    labels: dict[str, str]
    kind: SymptomKind
    groups: tuple[str, ...]
    source_ids: tuple[str, ...]
    on_today: bool

    def label(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.labels.get(language, self.labels[DEFAULT_LANGUAGE])


@dataclass(frozen=True)
class Guideline:
    """An established guideline the articles do not cover, named where it adds precision."""

    id: str
    name: str


@dataclass(frozen=True)
class Explanation:
    """A paraphrased statement from the articles, with its sources (and a guideline if any)."""

    id: str
    texts: dict[str, str]
    source_ids: tuple[str, ...]
    guideline: Guideline | None = None

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.texts.get(language, self.texts[DEFAULT_LANGUAGE])


@dataclass(frozen=True)
class SubtypeInfo:
    id: str
    labels: dict[str, str]
    responses: dict[str, str]
    source_ids: tuple[str, ...]

    def label(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.labels.get(language, self.labels[DEFAULT_LANGUAGE])

    def response(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.responses.get(language, self.responses[DEFAULT_LANGUAGE])


READING_IDS = (
    "er_positive", "er_low", "er_negative", "pr_positive", "pr_low", "pr_negative",
    "hr_positive", "hr_negative", "her2_positive_ish", "her2_positive_ihc", "her2_low",
    "her2_zero", "her2_negative_unspecified", "her2_equivocal", "her2_conflicting",
)  # fmt: skip
SUBTYPE_IDS = (
    "hr_positive_her2_negative",
    "hr_positive_her2_positive",
    "hr_negative_her2_positive",
    "triple_negative",
)


@dataclass(frozen=True)
class ReceptorRules:
    positive_from_percent: float
    low_up_to_percent: float
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


@dataclass(frozen=True)
class FlagKnowledge:
    defaults: FlagDefaults
    rules: dict[str, ReportRule]  # by symptom key
    worsening: Explanation
    worsening_evidence: str
    weight_loss: Explanation
    brain_context: Explanation


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

    def label(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.labels.get(language, self.labels[DEFAULT_LANGUAGE])

    def about(self, language: str = DEFAULT_LANGUAGE) -> str | None:
        return self.abouts.get(language, self.abouts.get(DEFAULT_LANGUAGE))

    def side_effects_note(self, language: str = DEFAULT_LANGUAGE) -> str | None:
        return self.side_effects_notes.get(language, self.side_effects_notes.get(DEFAULT_LANGUAGE))

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


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise KnowledgeFileError(f"{path.name}: cannot be read ({error})") from error


def _text(entry: dict[str, Any], name: str, where: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeFileError(f"{where}: '{name}' must be a non-empty text")
    return value


def _language_texts(entry: dict[str, Any], name: str, where: str) -> dict[str, str]:
    value = entry.get(name)
    if not isinstance(value, dict) or not isinstance(value.get(DEFAULT_LANGUAGE), str):
        raise KnowledgeFileError(f"{where}: '{name}' needs an English text ({name}.en)")
    texts = {lang: text for lang, text in value.items() if isinstance(text, str) and text.strip()}
    if DEFAULT_LANGUAGE not in texts:
        raise KnowledgeFileError(f"{where}: '{name}.en' is empty")
    return texts


def load_sources(path: Path) -> dict[str, Source]:
    data = _read_toml(path)
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise KnowledgeFileError(f"{path.name}: no [[source]] entries")
    sources: dict[str, Source] = {}
    for index, entry in enumerate(entries):
        where = f"{path.name}, source {index + 1}"
        source_id = _text(entry, "id", where)
        if source_id in sources:
            raise KnowledgeFileError(f"{where}: id '{source_id}' appears twice")
        publisher = entry.get("publisher")
        if publisher is not None and (not isinstance(publisher, str) or not publisher.strip()):
            raise KnowledgeFileError(f"{where}: 'publisher' must be a non-empty text when given")
        sources[source_id] = Source(
            id=source_id,
            title=_text(entry, "title", where),
            publisher=publisher,
            document=_text(entry, "document", where),
        )
    return sources


def load_symptoms(path: Path, sources: dict[str, Source]) -> tuple[CatalogueSymptom, ...]:
    data = _read_toml(path)
    entries = data.get("symptom")
    if not isinstance(entries, list) or not entries:
        raise KnowledgeFileError(f"{path.name}: no [[symptom]] entries")
    symptoms: list[CatalogueSymptom] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        key = _text(entry, "key", f"{path.name}, symptom {index + 1}")
        where = f"{path.name}, symptom '{key}'"
        if key in seen:
            raise KnowledgeFileError(f"{where}: key appears twice")
        if not key.replace("_", "").isalnum() or not key.islower():
            raise KnowledgeFileError(f"{where}: key must be lower-case letters, digits and _")
        seen.add(key)
        try:
            kind = SymptomKind(entry.get("kind"))
        except ValueError:
            raise KnowledgeFileError(f"{where}: kind must be 'rated' or 'event'") from None
        groups = entry.get("groups")
        if not isinstance(groups, list) or not groups:
            raise KnowledgeFileError(f"{where}: 'groups' must list at least one group")
        unknown_groups = [group for group in groups if group not in SYMPTOM_GROUPS]
        if unknown_groups:
            raise KnowledgeFileError(f"{where}: unknown group(s) {unknown_groups}")
        source_ids = entry.get("sources")
        if not isinstance(source_ids, list) or not source_ids:
            raise KnowledgeFileError(f"{where}: every symptom needs at least one source")
        unknown_sources = [source for source in source_ids if source not in sources]
        if unknown_sources:
            raise KnowledgeFileError(f"{where}: unknown source(s) {unknown_sources}")
        on_today = entry.get("on_today", False)
        if not isinstance(on_today, bool):
            raise KnowledgeFileError(f"{where}: 'on_today' must be true or false")
        symptoms.append(
            CatalogueSymptom(
                key=key,
                labels=_language_texts(entry, "label", where),
                kind=kind,
                groups=tuple(groups),
                source_ids=tuple(source_ids),
                on_today=on_today,
            )
        )
    return tuple(symptoms)


def _source_ids(entry: dict[str, Any], where: str, sources: dict[str, Source]) -> tuple[str, ...]:
    source_ids = entry.get("sources")
    if not isinstance(source_ids, list) or not source_ids:
        raise KnowledgeFileError(f"{where}: needs at least one source")
    unknown = [source for source in source_ids if source not in sources]
    if unknown:
        raise KnowledgeFileError(f"{where}: unknown source(s) {unknown}")
    return tuple(source_ids)


def _explanation(
    entry: Any,
    explanation_id: str,
    where: str,
    sources: dict[str, Source],
    guidelines: dict[str, Guideline],
) -> Explanation:
    if not isinstance(entry, dict):
        raise KnowledgeFileError(f"{where}: missing")
    guideline_id = entry.get("guideline")
    if guideline_id is not None and guideline_id not in guidelines:
        raise KnowledgeFileError(f"{where}: unknown guideline '{guideline_id}'")
    return Explanation(
        id=explanation_id,
        texts=_language_texts(entry, "text", where),
        source_ids=_source_ids(entry, where, sources),
        guideline=guidelines[guideline_id] if guideline_id else None,
    )


def load_receptor_rules(path: Path, sources: dict[str, Source]) -> ReceptorRules:
    data = _read_toml(path)
    thresholds = data.get("thresholds", {})
    positive_from = thresholds.get("receptor_positive_from_percent")
    low_up_to = thresholds.get("receptor_low_up_to_percent")
    if not all(isinstance(value, int | float) for value in (positive_from, low_up_to)):
        raise KnowledgeFileError(f"{path.name}: [thresholds] needs both percentages as numbers")
    if not 0 < positive_from <= low_up_to <= 100:
        raise KnowledgeFileError(f"{path.name}: thresholds must satisfy 0 < positive <= low <= 100")
    guidelines = {
        guideline_id: Guideline(
            id=guideline_id, name=_text(entry, "name", f"{path.name}, guideline '{guideline_id}'")
        )
        for guideline_id, entry in data.get("guideline", {}).items()
    }
    readings_data = data.get("reading", {})
    readings = {
        reading_id: _explanation(
            readings_data.get(reading_id),
            reading_id,
            f"{path.name}, reading '{reading_id}'",
            sources,
            guidelines,
        )
        for reading_id in READING_IDS
    }
    subtypes: dict[str, SubtypeInfo] = {}
    for subtype_id in SUBTYPE_IDS:
        where = f"{path.name}, subtype '{subtype_id}'"
        entry = data.get("subtype", {}).get(subtype_id)
        if not isinstance(entry, dict):
            raise KnowledgeFileError(f"{where}: missing")
        subtypes[subtype_id] = SubtypeInfo(
            id=subtype_id,
            labels=_language_texts(entry, "label", where),
            responses=_language_texts(entry, "response", where),
            source_ids=_source_ids(entry, where, sources),
        )
    disagreement = _explanation(
        data.get("disagreement"),
        "disagreement",
        f"{path.name}, [disagreement]",
        sources,
        guidelines,
    )
    return ReceptorRules(
        positive_from_percent=float(positive_from),
        low_up_to_percent=float(low_up_to),
        readings=readings,
        subtypes=subtypes,
        disagreement=disagreement,
    )


def _whole_number(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise KnowledgeFileError(f"{where}: must be a whole number from {low} to {high}")
    return value


def load_flag_knowledge(
    path: Path, sources: dict[str, Source], symptoms: tuple[CatalogueSymptom, ...]
) -> FlagKnowledge:
    data = _read_toml(path)
    raw = data.get("defaults")
    if not isinstance(raw, dict):
        raise KnowledgeFileError(f"{path.name}: [defaults] is missing")
    where = f"{path.name}, [defaults]"
    percent = raw.get("weight_loss_percent")
    if not isinstance(percent, int | float) or isinstance(percent, bool) or not 0 < percent < 100:
        raise KnowledgeFileError(f"{where}: weight_loss_percent must be between 0 and 100")
    defaults = FlagDefaults(
        mention_from_severity=_whole_number(raw.get("mention_from_severity"), where, 1, 10),
        promptly_from_severity=_whole_number(raw.get("promptly_from_severity"), where, 1, 10),
        worsening_points=_whole_number(raw.get("worsening_points"), where, 1, 10),
        baseline_days=_whole_number(raw.get("baseline_days"), where, 2, 365),
        baseline_min_days=_whole_number(raw.get("baseline_min_days"), where, 1, 365),
        weight_loss_percent=float(percent),
        weight_loss_days=_whole_number(raw.get("weight_loss_days"), where, 2, 365),
        episode_gap_days=_whole_number(raw.get("episode_gap_days"), where, 0, 14),
    )
    if defaults.mention_from_severity > defaults.promptly_from_severity:
        raise KnowledgeFileError(f"{where}: mention threshold is above the promptly threshold")
    kinds = {symptom.key: symptom.kind for symptom in symptoms}
    rules: dict[str, ReportRule] = {}
    entries = data.get("report")
    if not isinstance(entries, list) or not entries:
        raise KnowledgeFileError(f"{path.name}: no [[report]] entries")
    for index, entry in enumerate(entries):
        key = _text(entry, "symptom", f"{path.name}, report {index + 1}")
        where = f"{path.name}, report for '{key}'"
        if key not in kinds:
            raise KnowledgeFileError(f"{where}: not a symptom in the catalogue")
        if key in rules:
            raise KnowledgeFileError(f"{where}: appears twice")
        reason = Explanation(
            id=f"report:{key}",
            texts=_language_texts(entry, "reason", where),
            source_ids=_source_ids(entry, where, sources),
        )
        any_occurrence = entry.get("any_occurrence", False)
        persistent = entry.get("persistent_days")
        level: FlagLevel | None = None
        if any_occurrence is True:
            if kinds[key] is not SymptomKind.EVENT:
                raise KnowledgeFileError(f"{where}: any_occurrence is for events only")
            try:
                level = FlagLevel(entry.get("level"))
            except ValueError:
                raise KnowledgeFileError(
                    f"{where}: level must be 'promptly' or 'next_visit'"
                ) from None
        elif any_occurrence is not False:
            raise KnowledgeFileError(f"{where}: any_occurrence must be true or false")
        elif kinds[key] is SymptomKind.EVENT:
            raise KnowledgeFileError(f"{where}: an event needs any_occurrence = true")
        if persistent is not None:
            if kinds[key] is not SymptomKind.RATED:
                raise KnowledgeFileError(f"{where}: persistent_days is for rated symptoms only")
            persistent = _whole_number(persistent, f"{where}, persistent_days", 2, 60)
        rules[key] = ReportRule(key, reason, bool(any_occurrence), level, persistent)
    worsening = data.get("worsening")
    if not isinstance(worsening, dict):
        raise KnowledgeFileError(f"{path.name}: [worsening] is missing")
    return FlagKnowledge(
        defaults=defaults,
        rules=rules,
        # Outside the articles: the STAR trial, named as evidence rather than as a source.
        worsening=Explanation(
            id="worsening",
            texts=_language_texts(worsening, "reason", f"{path.name}, [worsening]"),
            source_ids=(),
        ),
        worsening_evidence=_text(worsening, "evidence", f"{path.name}, [worsening]"),
        weight_loss=_explanation(
            data.get("weight_loss"), "weight_loss", f"{path.name}, [weight_loss]", sources, {}
        ),
        brain_context=_explanation(
            data.get("brain_context"), "brain_context", f"{path.name}, [brain_context]", sources, {}
        ),
    )


_CATEGORY_FIELDS = {
    "key", "label", "about", "sources", "routes", "drugs",
    "side_effects", "side_effects_note", "side_effects_sources",
}  # fmt: skip
_DRUG_FIELDS = {"name", "brand", "route", "sources"}


def _route(value: Any, where: str) -> Route:
    try:
        return Route(value)
    except ValueError:
        allowed = ", ".join(route.value for route in Route)
        raise KnowledgeFileError(f"{where}: unknown route {value!r} (use {allowed})") from None


def _unexpected_fields(entry: dict[str, Any], allowed: set[str], where: str) -> None:
    # A misspelt field would silently drop what the articles say; refuse it instead.
    unexpected = sorted(set(entry) - allowed)
    if unexpected:
        raise KnowledgeFileError(f"{where}: unknown field(s) {unexpected}")


def _side_effect_keys(value: Any, where: str, catalogue: set[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(key, str) for key in value):
        raise KnowledgeFileError(
            f"{where}: 'side_effects' must be a list of symptom keys (empty where none are listed)"
        )
    unknown = [key for key in value if key not in catalogue]
    if unknown:
        raise KnowledgeFileError(
            f"{where}: side effect(s) {unknown} are not symptoms in the catalogue"
        )
    if len(set(value)) != len(value):
        raise KnowledgeFileError(f"{where}: a side effect is listed twice")
    return tuple(value)


def _treatment_drug(
    entry: Any, category: TreatmentCategory, where: str, sources: dict[str, Source]
) -> TreatmentDrug:
    if not isinstance(entry, dict):
        raise KnowledgeFileError(f"{where}: each drug must be a table with a name")
    name = _text(entry, "name", where)
    where = f"{where} '{name}'"
    _unexpected_fields(entry, _DRUG_FIELDS, where)
    brand = entry.get("brand")
    if brand is not None and (not isinstance(brand, str) or not brand.strip()):
        raise KnowledgeFileError(f"{where}: 'brand' must be a non-empty text when given")
    route = entry.get("route")
    return TreatmentDrug(
        name=name,
        brand=brand,
        category=category,
        route=None if route is None else _route(route, where),
        source_ids=_source_ids(entry, where, sources),
    )


def _treatment_category(
    entry: dict[str, Any],
    category: TreatmentCategory,
    where: str,
    sources: dict[str, Source],
    catalogue: set[str],
) -> TreatmentCategoryInfo:
    _unexpected_fields(entry, _CATEGORY_FIELDS, where)
    abouts: dict[str, str] = {}
    if "about" in entry or category is not TreatmentCategory.OTHER:
        abouts = _language_texts(entry, "about", where)
    source_ids: tuple[str, ...] = ()
    if abouts or "sources" in entry:
        source_ids = _source_ids(entry, where, sources)
    routes = entry.get("routes", [])
    if not isinstance(routes, list):
        raise KnowledgeFileError(f"{where}: 'routes' must be a list")
    drugs = entry.get("drugs")
    if not isinstance(drugs, list):
        raise KnowledgeFileError(
            f"{where}: 'drugs' must be a list (empty where the articles name none)"
        )
    side_effects = _side_effect_keys(entry.get("side_effects"), where, catalogue)
    notes: dict[str, str] = {}
    if "side_effects_note" in entry:
        notes = _language_texts(entry, "side_effects_note", where)
    side_effect_source_ids: tuple[str, ...] = ()
    if side_effects or notes:
        side_effect_source_ids = _source_ids(
            {"sources": entry.get("side_effects_sources")}, f"{where}, side_effects", sources
        )
    elif "side_effects_sources" in entry:
        raise KnowledgeFileError(f"{where}: 'side_effects_sources' given without side effects")
    return TreatmentCategoryInfo(
        category=category,
        labels=_language_texts(entry, "label", where),
        abouts=abouts,
        source_ids=source_ids,
        routes=tuple(_route(route, where) for route in routes),
        drugs=tuple(
            _treatment_drug(drug, category, f"{where}, drug {index + 1}", sources)
            for index, drug in enumerate(drugs)
        ),
        side_effects=side_effects,
        side_effects_notes=notes,
        side_effect_source_ids=side_effect_source_ids,
    )


def load_treatment_knowledge(
    path: Path, sources: dict[str, Source], symptoms: tuple[CatalogueSymptom, ...]
) -> TreatmentKnowledge:
    """Read the treatment categories: every category once, each drug and side effect sourced."""
    data = _read_toml(path)
    catalogue = {symptom.key for symptom in symptoms}
    entries = data.get("category")
    if not isinstance(entries, list) or not entries:
        raise KnowledgeFileError(f"{path.name}: no [[category]] entries")
    found: dict[TreatmentCategory, TreatmentCategoryInfo] = {}
    for index, entry in enumerate(entries):
        key = _text(entry, "key", f"{path.name}, category {index + 1}")
        where = f"{path.name}, category '{key}'"
        try:
            category = TreatmentCategory(key)
        except ValueError:
            known = ", ".join(category.value for category in TreatmentCategory)
            raise KnowledgeFileError(f"{where}: unknown category (known: {known})") from None
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
                    f"{path.name}, category '{info.category.value}': drug '{drug.name}' "
                    f"is already listed under '{earlier.value}'"
                )
            seen_drugs[drug.name.casefold()] = info.category
    general = data.get("general_side_effects")
    where = f"{path.name}, [general_side_effects]"
    if not isinstance(general, dict):
        raise KnowledgeFileError(f"{where}: missing")
    return TreatmentKnowledge(
        categories={category: found[category] for category in TreatmentCategory},
        general_side_effects=_side_effect_keys(general.get("side_effects"), where, catalogue),
        general_side_effects_reason=_explanation(
            general, "general_side_effects", where, sources, {}
        ),
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
