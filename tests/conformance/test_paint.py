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

from .paint import MAX_SHARE, KNOWN_FAILURES, compare_fixture, known_failures, load_fixtures

FIXTURES = load_fixtures()
KNOWN = known_failures()


def case(fixture: dict):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[fixture["id"]])] if fixture["id"] in KNOWN else []
    return pytest.param(fixture, id=fixture["id"], marks=marks)


@pytest.mark.parametrize("fixture", [case(f) for f in FIXTURES])
def test_paint_matches_chromium(fixture):
    share, expected, actual = compare_fixture(fixture)
    if share > MAX_SHARE:
        path = save_failure(f"paint-{fixture['id']}", expected, actual)
        pytest.fail(f"{fixture['id']}: {share:.1%} of pixels differ by more than 32 "
                    f"(expected | diff | actual in {path})", pytrace=False)


def test_data_present():
    assert len(FIXTURES) >= 150, "no paint data: run python tools/paint_fixtures.py"


def test_known_failures_name_fixtures():
    ids = {f["id"] for f in FIXTURES}
    stale = sorted(set(KNOWN) - ids)
    assert not stale, f"{KNOWN_FAILURES.name} lists fixtures that do not exist: {stale}"
