"""Weight and temperature conversions, and the ranges that only catch typing mistakes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mbc_tracker.domain.records import TemperatureUnit, WeightUnit
from mbc_tracker.domain.units import (
    KG_PER_LB,
    TEMPERATURE_RANGE_C,
    WEIGHT_RANGE_KG,
    celsius_from,
    kg_from,
    temperature_in,
    temperature_range,
    weight_in,
    weight_range,
)


def test_known_conversions() -> None:
    assert kg_from(1.0, WeightUnit.LB) == pytest.approx(0.45359237)
    assert weight_in(100.0, WeightUnit.LB) == pytest.approx(220.462, abs=1e-3)
    assert kg_from(72.5, WeightUnit.KG) == 72.5
    assert celsius_from(98.6, TemperatureUnit.FAHRENHEIT) == pytest.approx(37.0)
    assert temperature_in(37.0, TemperatureUnit.FAHRENHEIT) == pytest.approx(98.6)
    assert temperature_in(38.0, TemperatureUnit.CELSIUS) == 38.0
    assert celsius_from(32.0, TemperatureUnit.FAHRENHEIT) == pytest.approx(0.0)


def test_ranges_in_each_unit() -> None:
    assert weight_range(WeightUnit.KG) == WEIGHT_RANGE_KG
    assert weight_range(WeightUnit.LB) == (
        round(WEIGHT_RANGE_KG[0] / KG_PER_LB, 1),
        round(WEIGHT_RANGE_KG[1] / KG_PER_LB, 1),
    )
    assert temperature_range(TemperatureUnit.CELSIUS) == TEMPERATURE_RANGE_C
    assert temperature_range(TemperatureUnit.FAHRENHEIT) == (86.0, 113.0)


def test_ranges_catch_typing_mistakes_but_not_real_values() -> None:
    low, high = weight_range(WeightUnit.KG)
    assert low <= 40 <= high and low <= 150 <= high
    assert not low <= 0 <= high and not low <= 900 <= high
    low, high = temperature_range(TemperatureUnit.CELSIUS)
    assert low <= 35.5 <= high and low <= 40.5 <= high
    assert not low <= 370 <= high


@given(st.floats(0.0, 1000.0), st.sampled_from(list(WeightUnit)))
def test_weight_round_trips(value: float, unit: WeightUnit) -> None:
    assert weight_in(kg_from(value, unit), unit) == pytest.approx(value, rel=1e-12, abs=1e-12)
    assert kg_from(weight_in(value, unit), unit) == pytest.approx(value, rel=1e-12, abs=1e-12)


@given(st.floats(-50.0, 150.0), st.sampled_from(list(TemperatureUnit)))
def test_temperature_round_trips(value: float, unit: TemperatureUnit) -> None:
    assert temperature_in(celsius_from(value, unit), unit) == pytest.approx(value, abs=1e-9)
    assert celsius_from(temperature_in(value, unit), unit) == pytest.approx(value, abs=1e-9)


@given(st.floats(0.0, 1000.0), st.floats(0.0, 1000.0))
def test_conversion_keeps_the_order_of_two_weights(first: float, second: float) -> None:
    if first <= second:
        assert weight_in(first, WeightUnit.LB) <= weight_in(second, WeightUnit.LB)
