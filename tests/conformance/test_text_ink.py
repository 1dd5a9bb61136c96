"""Per-line ink of the international text fixtures against Chromium's pixels (``text_ink.compare_lines``).

In: the ``scripts`` and ``cjk`` suites of ``data/text`` and Chromium's images in ``data/text/ink``
(``tools/text_ink.py``). Out: a pass when, in every line's rectangle, at most 1% of the pixels differ (the
paint suite's bound). Fixtures in ``text_ink_known_failures.txt`` are ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

from . import cases, known_failures, stale_known
from .text_ink import DATA, INK_SUITES, KNOWN_FAILURES, compare_lines, passes
from .text_replay import load_suites

SUITES = load_suites()
FIXTURES = [f for name in INK_SUITES for f in SUITES.get(name, ()) if (DATA / "ink" / f"{f['id']}.png").exists()]
KNOWN = known_failures(KNOWN_FAILURES)


@pytest.mark.parametrize("fixture", cases(FIXTURES, KNOWN))
def test_line_ink_matches_chromium(fixture):
    shares = compare_lines(fixture)
    if not passes(shares):
        worst = ", ".join(f"line {label}: {share:.2%}" for label, share in shares if share > 0.01)
        pytest.fail(f"{fixture['id']}: pixels differ in {worst}", pytrace=False)


def test_ink_data_present():
    assert len(FIXTURES) >= 150, "no ink references: run python tools/text_ink.py"


def test_ink_known_failures_name_fixtures():
    stale = stale_known(KNOWN, FIXTURES)
    assert not stale, f"{KNOWN_FAILURES.name} lists fixtures that do not exist: {stale}"
