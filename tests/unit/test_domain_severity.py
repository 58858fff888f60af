"""The 0-10 severity scale and the words beside it: none 0, mild 1-3, moderate 4-6, severe 7-10."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY, SeverityBand, severity_band


@pytest.mark.parametrize(
    ("severity", "band"),
    [
        (0, SeverityBand.NONE),
        (1, SeverityBand.MILD),
        (3, SeverityBand.MILD),
        (4, SeverityBand.MODERATE),
        (6, SeverityBand.MODERATE),
        (7, SeverityBand.SEVERE),
        (10, SeverityBand.SEVERE),
    ],
)
def test_band_edges(severity: int, band: SeverityBand) -> None:
    assert severity_band(severity) is band


@pytest.mark.parametrize("severity", [-1, 11, -100, 1000])
def test_a_severity_outside_the_scale_is_refused(severity: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        severity_band(severity)


def test_the_scale_runs_from_0_to_10() -> None:
    assert (MIN_SEVERITY, MAX_SEVERITY) == (0, 10)


@given(st.integers(MIN_SEVERITY, MAX_SEVERITY - 1))
def test_bands_never_go_down_as_severity_rises(severity: int) -> None:
    order = list(SeverityBand)
    assert order.index(severity_band(severity)) <= order.index(severity_band(severity + 1))


@given(st.integers().filter(lambda value: not MIN_SEVERITY <= value <= MAX_SEVERITY))
def test_every_value_off_the_scale_is_refused(severity: int) -> None:
    with pytest.raises(ValueError):
        severity_band(severity)
