"""The FHIR document: a ``Bundle`` of type "document" shaped after the International Patient
Summary, its ``Composition`` first, written out a resource at a time.

The Composition (LOINC 60591-5, "Patient summary Document") lists the sections with the LOINC
codes the IPS gives them, each with a short XHTML text and its entries by ``fullUrl``. Sections
only need the names of their entries, so the Composition is built first from the names alone
(``fhir_resources.Names``) and the resources follow one by one: ``document_chunks`` serialises
each entry with the model's own JSON method as it comes, and writes the long sections' lists of
names as they are read again, so a ten-year record with tens of thousands of symptom scores is
never held as one tree of models, as one list, nor as one string.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.composition import Composition, CompositionSection
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.reference import Reference

from mbc_tracker.domain.records import Person
from mbc_tracker.reports.fhir_resources import (
    LOINC,
    Entry,
    Names,
    concept,
    narrative,
    reported,
)

DOCUMENT_TYPE = ("60591-5", "Patient summary Document")
LIST_EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason"


@dataclass(frozen=True)
class SectionKind:
    """One IPS section: its title and LOINC code."""

    key: str
    title: str
    code: tuple[str, str]


PROBLEMS = SectionKind("problems", "Problems", ("11450-4", "Problem list - Reported"))
ALLERGIES = SectionKind(
    "allergies",
    "Allergies and intolerances",
    ("48765-2", "Allergies and adverse reactions Document"),
)
MEDICATIONS = SectionKind(
    "medications", "Medications", ("10160-0", "History of Medication use Narrative")
)
PROCEDURES = SectionKind(
    "procedures", "Radiotherapy and surgery", ("47519-4", "History of Procedures Document")
)
RESULTS = SectionKind(
    "results",
    "Receptor results",
    ("30954-2", "Relevant diagnostic tests/laboratory data Narrative"),
)
VITAL_SIGNS = SectionKind("vital-signs", "Weight and temperature", ("8716-3", "Vital signs"))
SYMPTOMS = SectionKind(
    "symptoms", "Symptoms the patient recorded", ("47420-5", "Functional status assessment note")
)
PLAN_OF_CARE = SectionKind("plan-of-care", "Appointments", ("18776-5", "Plan of care note"))

SECTION_ORDER = (
    PROBLEMS,
    ALLERGIES,
    MEDICATIONS,
    PROCEDURES,
    RESULTS,
    VITAL_SIGNS,
    SYMPTOMS,
    PLAN_OF_CARE,
)


@dataclass
class Section:
    """What one section says and which entries it lists (by ``fullUrl``).

    A long list (a symptom score for every entry of ten years) is not held: ``streamed`` gives
    its names again as they are written, and the Composition model holds one placeholder
    reference in its place (``document_chunks`` replaces it)."""

    kind: SectionKind
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    streamed: Callable[[], Iterable[str]] | None = None
    # Why a section the IPS expects has no entries (a list-empty-reason code), if it has none.
    empty_reason: tuple[str, str] | None = None

    @property
    def placeholder(self) -> str:
        return f"urn:mbc-tracker:streamed:{self.kind.key}"

    def resource(self) -> CompositionSection:
        paragraphs = self.paragraphs
        if not paragraphs and not self.items:
            paragraphs = ["Nothing of this kind is recorded in MBC Care Tracker."]
        urls = [self.placeholder] if self.streamed is not None else self.urls
        return CompositionSection(
            title=self.kind.title,
            code=concept(LOINC, self.kind.code),
            text=narrative(paragraphs, self.items),
            entry=[Reference(reference=url) for url in urls] or None,
            emptyReason=(
                CodeableConcept(
                    coding=[
                        Coding(
                            system=LIST_EMPTY_REASON,
                            code=self.empty_reason[0],
                            display=self.empty_reason[1],
                        )
                    ]
                )
                if self.empty_reason and not urls
                else None
            ),
        )


def composition(
    person: Person | None, sections: Sequence[Section], exported_at: dt.datetime, names: Names
) -> Entry:
    """The document's first entry: what it is, whom it is about, who wrote it (she did, through
    the app) and its sections in the IPS order."""
    patient = Reference(reference=names.patient, display=person.name if person else None)
    order = {kind.key: place for place, kind in enumerate(SECTION_ORDER)}
    resource = Composition(
        meta=reported(),
        status="final",
        type=concept(LOINC, DOCUMENT_TYPE),
        subject=patient,
        date=exported_at,
        author=[patient],
        title=(
            f"Patient summary of {person.name}, from MBC Care Tracker"
            if person and person.name
            else "Patient summary from MBC Care Tracker"
        ),
        section=[
            section.resource()
            for section in sorted(sections, key=lambda section: order[section.kind.key])
        ],
    )
    return Entry(names.url("composition", "summary"), resource)


def document_chunks(
    first: Entry,
    entries: Iterable[Entry],
    exported_at: dt.datetime,
    names: Names,
    streamed: Sequence[Section] = (),
) -> Iterator[str]:
    """The document's JSON text in pieces: the Bundle's own fields, then ``first`` (the
    Composition, with the ``streamed`` sections' names written where their placeholders are)
    and every entry, each built and serialised by its model as it comes."""
    envelope = Bundle(
        type="document",
        identifier=Identifier(
            system="urn:ietf:rfc:3986",
            value=names.url("document", exported_at.isoformat()),
        ),
        timestamp=exported_at,
    )
    head = envelope.model_dump_json()
    # The envelope ends with "}"; the entries go inside it, after its last field.
    yield head[:-1] + ',"entry":[\n'
    rest = _entry_json(first)
    for section in streamed:
        if section.streamed is None:
            continue
        placeholder = _reference_json(section.placeholder)
        before, rest = rest.split(placeholder, 1)  # the placeholder is there exactly once
        yield before
        yield ",".join(_reference_json(url) for url in section.streamed())
    yield rest
    for entry in entries:
        yield ",\n" + _entry_json(entry)
    yield "\n]}\n"


def _reference_json(url: str) -> str:
    """A ``Reference`` as the models write it (compact, ``reference`` its only element)."""
    return f'{{"reference":{json.dumps(url)}}}'


def _entry_json(entry: Entry) -> str:
    """A ``Bundle.entry`` as JSON: the resource is already a validated model, so only its own
    JSON is made here (wrapping it in a ``BundleEntry`` model first doubles the cost)."""
    return f'{{"fullUrl":{json.dumps(entry.url)},"resource":{entry.resource.model_dump_json()}}}'
