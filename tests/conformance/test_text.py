"""Text against Chromium: one case per fixture of ``data/text/*.json`` (ids = fixture ids).

In: each fixture's tree and the lines and element boxes Chromium measured (``tools/text_fixtures.py``).
Out: a pass when ogrender breaks the lines at the same places, every line's rectangle is within 1 px of
Chromium's and every element box too (``text_replay.replay``). Fixtures listed in
``text_known_failures.txt`` are ``xfail(strict=True)``: a fixed one shows up as XPASS until its line is
removed. No browser is needed.
"""

from __future__ import annotations

import pytest

from . import cases, stale_known
from .text_replay import KNOWN_FAILURES, fixture_fonts, known_failures, load_suites, replay

SUITES = load_suites()
KNOWN = known_failures()


CASES = cases([f for fixtures in SUITES.values() for f in fixtures], KNOWN)


@pytest.mark.parametrize("fixture", CASES)
def test_text_matches_chromium(fixture):
    fonts = fixture_fonts(fixture)
    if isinstance(fonts, str):
        pytest.skip(f"{fixture['id']}: {fonts}")
    problems = [f"{k}: {v}" for k, v in replay(fixture, fonts or None).items() if v is not None]
    if problems:
        pytest.fail(f"{fixture['id']}: " + "; ".join(problems), pytrace=False)


def test_data_present():
    assert len(CASES) >= 300, "no text data: run python tools/text_fixtures.py --out tests/conformance/data/text"


def test_known_failures_name_fixtures():
    stale = stale_known(KNOWN, [f for fixtures in SUITES.values() for f in fixtures])
    assert not stale, f"{KNOWN_FAILURES.name} lists fixtures that do not exist: {stale}"
