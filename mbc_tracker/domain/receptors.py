"""Reading ER, PR and HER2 results the way the source articles explain them.

``read_receptors`` turns one receptor test into statuses (ER, PR, hormone receptor, HER2), the
molecular subtype and the plain explanations behind each, every one with its sources. A missing
value gives "unknown", never a guess. IHC 3+ reads HER2-positive, as the ASCO/CAP 2018 HER2
guideline has it, even where an ISH result of the same test found no amplification: the reading
then says plainly that the two disagree, as a question for the care team. An IHC score of 0 or
1+ beside an amplified ISH result stays conflicting, not resolved: the guideline settles that
case with ISH details (ratio, copy number) the app does not record. ``compare_tests`` finds where
two tests (for example the first tumour and a later metastatic biopsy) read differently, which
the person may want to ask her care team about.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from mbc_tracker.domain.knowledge import Explanation, ReceptorRules, SubtypeInfo
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.records import Her2Ihc, IshResult, ReceptorTest, SampleKind


class ReceptorStatus(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNKNOWN = "unknown"


class Her2Status(StrEnum):
    POSITIVE = "positive"  # IHC 3+ (whatever ISH says), or amplified on ISH with IHC 2+ or none
    LOW = "low"  # HER2-negative, IHC 1+ or 2+ without amplification
    ZERO = "zero"  # HER2-negative, IHC 0
    NEGATIVE = "negative"  # not amplified on ISH, IHC score unknown
    EQUIVOCAL = "equivocal"  # IHC 2+, ISH not (yet) done
    CONFLICTING = "conflicting"  # IHC 0 or 1+, yet amplified on ISH
    UNKNOWN = "unknown"

    @property
    def broad(self) -> ReceptorStatus:
        """Positive, negative or unknown, as the subtype table uses it."""
        if self is Her2Status.POSITIVE:
            return ReceptorStatus.POSITIVE
        if self in (Her2Status.LOW, Her2Status.ZERO, Her2Status.NEGATIVE):
            return ReceptorStatus.NEGATIVE
        return ReceptorStatus.UNKNOWN


class Subtype(StrEnum):
    HR_POSITIVE_HER2_NEGATIVE = "hr_positive_her2_negative"
    HR_POSITIVE_HER2_POSITIVE = "hr_positive_her2_positive"
    HR_NEGATIVE_HER2_POSITIVE = "hr_negative_her2_positive"
    TRIPLE_NEGATIVE = "triple_negative"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ReceptorReading:
    er: ReceptorStatus
    er_low: bool  # ER 1-10%: "ER Low Positive" in the ASCO/CAP 2020 guideline (PR has no such)
    pr: ReceptorStatus
    hormone_receptor: ReceptorStatus
    her2: Her2Status
    her2_tests_disagree: bool  # the IHC score and the ISH result point different ways
    subtype: Subtype
    subtype_info: SubtypeInfo | None
    explanations: tuple[Explanation, ...]  # in reading order: ER, PR, HR, HER2


@dataclass(frozen=True)
class Disagreement:
    marker: str  # "ER", "PR", "HER2" or "hormone receptor"
    earlier: ReceptorTest
    later: ReceptorTest
    earlier_status: str
    later_status: str
    explanation: Explanation

    def text(self, language: str | None = None) -> str:
        return self.explanation.text(language).format(
            marker=_words(self.marker),
            earlier_date=self.earlier.test_date.isoformat(),
            later_date=self.later.test_date.isoformat(),
            earlier_sample=_sample_words(self.earlier),
            later_sample=_sample_words(self.later),
            earlier_status=_words(self.earlier_status),
            later_status=_words(self.later_status),
        )


# The markers and results a disagreement names stay English in its fields (the receptors page
# and the tests read them); only the sentence a person reads says them in the language in use.
_DISAGREEMENT_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("receptors", "ER"),
        QT_TRANSLATE_NOOP("receptors", "PR"),
        QT_TRANSLATE_NOOP("receptors", "HER2"),
        QT_TRANSLATE_NOOP("receptors", "positive"),
        QT_TRANSLATE_NOOP("receptors", "negative"),
        QT_TRANSLATE_NOOP("receptors", "HER2-low"),
        QT_TRANSLATE_NOOP("receptors", "HER2-zero"),
    }
)


def _words(value: str) -> str:
    return translate("receptors", value) if value in _DISAGREEMENT_WORDS else value


# The places the receptor form offers; stored in English, shown in the person's language.
_SITE_WORDS = {
    "bone": QT_TRANSLATE_NOOP("receptors", "bone"),
    "lung": QT_TRANSLATE_NOOP("receptors", "lung"),
    "liver": QT_TRANSLATE_NOOP("receptors", "liver"),
    "brain": QT_TRANSLATE_NOOP("receptors", "brain"),
    "lymph node": QT_TRANSLATE_NOOP("receptors", "lymph node"),
    "skin": QT_TRANSLATE_NOOP("receptors", "skin"),
}


def site_words(site: str) -> str:
    """A metastatic sample's place in the language in use; her own words are kept as typed."""
    known = _SITE_WORDS.get(site.strip().casefold())
    return translate("receptors", known) if known else site.strip()


def _sample_words(test: ReceptorTest) -> str:
    if test.sample_kind is SampleKind.PRIMARY:
        return translate("receptors", "first tumour")
    return (
        translate("receptors", "metastatic sample, {site}").format(
            site=site_words(test.sample_site)
        )
        if test.sample_site
        else translate("receptors", "metastatic sample")
    )


def _hormone_status(percent: float | None, rules: ReceptorRules) -> ReceptorStatus:
    if percent is None:
        return ReceptorStatus.UNKNOWN
    if percent < rules.positive_from_percent:
        return ReceptorStatus.NEGATIVE
    return ReceptorStatus.POSITIVE


def _er_low(percent: float | None, rules: ReceptorRules) -> bool:
    """ER positive at 10% or less: the guideline's "ER Low Positive". It defines no "PR-low"."""
    if percent is None:
        return False
    return rules.positive_from_percent <= percent <= rules.er_low_up_to_percent


def her2_status(ihc: Her2Ihc | None, ish: IshResult | None) -> Her2Status:
    """HER2 from the IHC score and the ISH result, as the ASCO/CAP 2018 HER2 guideline reads them.

    IHC 3+ is positive; ISH settles IHC 2+; IHC 0 and 1+ are negative. Only IHC 0 or 1+ with an
    amplified ISH result is left conflicting rather than guessed.
    """
    amplified = ish is IshResult.AMPLIFIED
    not_amplified = ish is IshResult.NOT_AMPLIFIED
    if ihc is None:
        if amplified:
            return Her2Status.POSITIVE
        return Her2Status.NEGATIVE if not_amplified else Her2Status.UNKNOWN
    if ihc is Her2Ihc.THREE_PLUS:
        return Her2Status.POSITIVE
    if ihc is Her2Ihc.TWO_PLUS:
        if amplified:
            return Her2Status.POSITIVE
        return Her2Status.LOW if not_amplified else Her2Status.EQUIVOCAL
    if amplified:  # IHC 0 or 1+ yet amplified
        return Her2Status.CONFLICTING
    return Her2Status.LOW if ihc is Her2Ihc.ONE_PLUS else Her2Status.ZERO


def her2_tests_disagree(ihc: Her2Ihc | None, ish: IshResult | None) -> bool:
    """Whether the IHC score and the ISH result of one test point different ways."""
    if ihc is Her2Ihc.THREE_PLUS:
        return ish is IshResult.NOT_AMPLIFIED
    return ihc in (Her2Ihc.ZERO, Her2Ihc.ONE_PLUS) and ish is IshResult.AMPLIFIED


def subtype_of(hormone_receptor: ReceptorStatus, her2: Her2Status) -> Subtype:
    her2_broad = her2.broad
    if ReceptorStatus.UNKNOWN in (hormone_receptor, her2_broad):
        return Subtype.UNKNOWN
    hr_positive = hormone_receptor is ReceptorStatus.POSITIVE
    her2_positive = her2_broad is ReceptorStatus.POSITIVE
    if hr_positive:
        return (
            Subtype.HR_POSITIVE_HER2_POSITIVE
            if her2_positive
            else Subtype.HR_POSITIVE_HER2_NEGATIVE
        )
    return Subtype.HR_NEGATIVE_HER2_POSITIVE if her2_positive else Subtype.TRIPLE_NEGATIVE


def _her2_reading_ids(status: Her2Status, ihc: Her2Ihc | None, disagree: bool) -> list[str]:
    if status is Her2Status.POSITIVE and ihc is Her2Ihc.THREE_PLUS:
        # Positive by IHC; where ISH found no amplification, say so and suggest asking.
        return ["her2_positive_ihc", *(["her2_ihc_positive_ish_negative"] if disagree else [])]
    reading_id = {
        Her2Status.POSITIVE: "her2_positive_ish",
        Her2Status.LOW: "her2_low",
        Her2Status.ZERO: "her2_zero",
        Her2Status.NEGATIVE: "her2_negative_unspecified",
        Her2Status.EQUIVOCAL: "her2_equivocal",
        Her2Status.CONFLICTING: "her2_conflicting",
    }.get(status)
    return [reading_id] if reading_id else []


def read_receptors(test: ReceptorTest, rules: ReceptorRules) -> ReceptorReading:
    er = _hormone_status(test.er_percent, rules)
    er_low = _er_low(test.er_percent, rules)
    pr = _hormone_status(test.pr_percent, rules)
    if ReceptorStatus.POSITIVE in (er, pr):
        hormone_receptor = ReceptorStatus.POSITIVE
    elif er is ReceptorStatus.NEGATIVE and pr is ReceptorStatus.NEGATIVE:
        hormone_receptor = ReceptorStatus.NEGATIVE
    else:
        hormone_receptor = ReceptorStatus.UNKNOWN
    her2 = her2_status(test.her2_ihc, test.ish)
    disagree = her2_tests_disagree(test.her2_ihc, test.ish)
    subtype = subtype_of(hormone_receptor, her2)

    reading_ids: list[str] = []
    if er is not ReceptorStatus.UNKNOWN:
        reading_ids.append(f"er_{er.value}")
    if er_low:
        reading_ids.append("er_low")
    if pr is not ReceptorStatus.UNKNOWN:
        reading_ids.append(f"pr_{pr.value}")
    if hormone_receptor is not ReceptorStatus.UNKNOWN:
        reading_ids.append(f"hr_{hormone_receptor.value}")
    reading_ids.extend(_her2_reading_ids(her2, test.her2_ihc, disagree))
    return ReceptorReading(
        er=er,
        er_low=er_low,
        pr=pr,
        hormone_receptor=hormone_receptor,
        her2=her2,
        her2_tests_disagree=disagree,
        subtype=subtype,
        subtype_info=rules.subtypes.get(subtype.value),
        explanations=tuple(rules.readings[reading_id] for reading_id in reading_ids),
    )


def compare_tests(tests: Sequence[ReceptorTest], rules: ReceptorRules) -> list[Disagreement]:
    """Each marker whose known status changes from one test to the next, oldest first.

    Unknown values are not disagreements: a test that did not measure PR says nothing about PR.
    """
    ordered = sorted(tests, key=lambda test: (test.test_date, test.id or 0))
    disagreements: list[Disagreement] = []
    readings = [(test, read_receptors(test, rules)) for test in ordered]
    for (earlier, before), (later, after) in itertools.pairwise(readings):
        pairs: list[tuple[str, str, str]] = [
            ("ER", before.er.value, after.er.value),
            ("PR", before.pr.value, after.pr.value),
            ("HER2", _her2_words(before.her2), _her2_words(after.her2)),
        ]
        for marker, old, new in pairs:
            if "unknown" in (old, new) or old == new:
                continue
            disagreements.append(Disagreement(marker, earlier, later, old, new, rules.disagreement))
    return disagreements


def _her2_words(status: Her2Status) -> str:
    return {
        Her2Status.POSITIVE: "positive",
        Her2Status.LOW: "HER2-low",
        Her2Status.ZERO: "HER2-zero",
        Her2Status.NEGATIVE: "negative",
        Her2Status.EQUIVOCAL: "unknown",  # not settled yet: not a disagreement
        Her2Status.CONFLICTING: "unknown",
        Her2Status.UNKNOWN: "unknown",
    }[status]


def latest_test(tests: Sequence[ReceptorTest]) -> ReceptorTest | None:
    return max(tests, key=lambda test: (test.test_date, test.id or 0), default=None)
