"""Paint against Chromium: one case per fixture of ``data/paint/index.json`` (ids = fixture ids).

In: each fixture's tree and canvas size (browser preset) and the PNG headless Chromium made of it (see
``tools/paint_fixtures.py``). Out: a pass when at most 1% of the pixels differ by more than 32 in some
channel (both composited over white); else a failure that writes expected | diff | actual into
tests/_failures/. Fixtures listed in ``paint_known_failures.txt`` are ``xfail(strict=True)``. No browser
is needed.
"""

from __future__ import annotations

import pytest

from tests.conftest import save_failure

from . import cases, stale_known
from .paint import MAX_SHARE, KNOWN_FAILURES, compare_fixture, known_failures, load_fixtures

FIXTURES = load_fixtures()
KNOWN = known_failures()


@pytest.mark.parametrize("fixture", cases(FIXTURES, KNOWN))
def test_paint_matches_chromium(fixture):
    share, expected, actual = compare_fixture(fixture)
    if share > MAX_SHARE:
        path = save_failure(f"paint-{fixture['id']}", expected, actual)
        pytest.fail(f"{fixture['id']}: {share:.1%} of pixels differ by more than 32 "
                    f"(expected | diff | actual in {path})", pytrace=False)


def test_data_present():
    assert len(FIXTURES) >= 150, "no paint data: run python tools/paint_fixtures.py"


def test_known_failures_name_fixtures():
    stale = stale_known(KNOWN, FIXTURES)
    assert not stale, f"{KNOWN_FAILURES.name} lists fixtures that do not exist: {stale}"
