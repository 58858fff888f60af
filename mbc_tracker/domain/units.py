"""Weight and temperature units, conversions, and the range of values the app accepts.

The accepted ranges only catch typing mistakes (a weight of 0 or 900 kg, a temperature of 370);
they are not medical limits and the app never comments on a value inside them.
"""

from __future__ import annotations

from mbc_tracker.domain.records import TemperatureUnit, WeightUnit

KG_PER_LB = 0.45359237

# Wide on purpose: anything a real adult could weigh or a home thermometer could show.
WEIGHT_RANGE_KG = (20.0, 350.0)
TEMPERATURE_RANGE_C = (30.0, 45.0)


def kg_from(value: float, unit: WeightUnit) -> float:
    return value if unit is WeightUnit.KG else value * KG_PER_LB


def weight_in(value_kg: float, unit: WeightUnit) -> float:
    return value_kg if unit is WeightUnit.KG else value_kg / KG_PER_LB


def celsius_from(value: float, unit: TemperatureUnit) -> float:
    return value if unit is TemperatureUnit.CELSIUS else (value - 32.0) * 5.0 / 9.0


def temperature_in(value_c: float, unit: TemperatureUnit) -> float:
    return value_c if unit is TemperatureUnit.CELSIUS else value_c * 9.0 / 5.0 + 32.0


def weight_range(unit: WeightUnit) -> tuple[float, float]:
    low, high = WEIGHT_RANGE_KG
    return (round(weight_in(low, unit), 1), round(weight_in(high, unit), 1))


def temperature_range(unit: TemperatureUnit) -> tuple[float, float]:
    low, high = TEMPERATURE_RANGE_C
    return (round(temperature_in(low, unit), 1), round(temperature_in(high, unit), 1))
