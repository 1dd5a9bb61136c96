"""Layout against Chromium: one case per fixture of ``data/layout/*.json`` (ids = fixture ids).

In: each fixture's tree, canvas size and preset, and the border boxes Chromium measured (see
``tools/layout_fixtures.py``). Out: a pass when every box from ``ogrender.layout`` (pre-order through
``box.children``) is within 0.5 px of Chromium's; else a failure naming the element path, the expected and
the actual box. Fixtures listed in ``layout_known_failures.txt`` are ``xfail(strict=True)``, so a fixed one
shows up as XPASS (a failure) until its line is removed. No browser is needed.
"""

from __future__ import annotations

import pytest

from . import KNOWN_FAILURES, cases, known_failures, load_suites, replay, stale_known

SUITES = load_suites()
KNOWN = known_failures()


CASES = cases([f for fixtures in SUITES.values() for f in fixtures], KNOWN)


@pytest.mark.parametrize("fixture", CASES)
def test_layout_matches_chromium(fixture):
    problem = replay(fixture)
    if problem is not None:
        pytest.fail(f"{fixture['id']}: {problem}", pytrace=False)


def test_data_present():
    assert CASES, "no layout data: run python tools/layout_fixtures.py --out tests/conformance/data/layout"


def test_known_failures_name_fixtures():
    stale = stale_known(KNOWN, [f for fixtures in SUITES.values() for f in fixtures])
    assert not stale, f"{KNOWN_FAILURES.name} lists fixtures that do not exist: {stale}"
