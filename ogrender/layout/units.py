"""Blink's layout unit: 1/64 px. Sizes are kept as floats that are multiples of 1/64 where Blink converts
a fractional result to a LayoutUnit; these helpers do the conversions the way Blink's constructors do."""

from __future__ import annotations

import math

UNIT = 64.0


def lu_round(x: float) -> float:
    """``LayoutUnit::FromDoubleRound``."""
    return math.floor(x * UNIT + 0.5) / UNIT


def lu_floor(x: float) -> float:
    return math.floor(x * UNIT + 1e-9) / UNIT


def lu_ceil(x: float) -> float:
    return math.ceil(x * UNIT - 1e-9) / UNIT


def lu(x: float) -> float:
    """``LayoutUnit(double)``: truncation toward zero."""
    return math.trunc(x * UNIT + (1e-9 if x >= 0 else -1e-9)) / UNIT
