"""The timing hook: render(..., timings=d) fills every stage, and changes nothing in the output."""

import threading

import pytest

from ogrender import RenderError, render
from ogrender.profiling import STAGES

CARD = {"type": "div", "props": {"style": {"width": "100%", "height": "100%", "display": "flex",
                                           "backgroundColor": "#123", "color": "white", "fontSize": 30},
                                 "children": ["Hello ", {"type": "span", "props": {"children": "world"}}]}}


def test_every_stage_is_filled():
    timings = {"stale": 1.0}
    png = render(CARD, 300, 100, timings=timings)
    assert set(timings) == {*STAGES, "total"}
    assert all(isinstance(v, float) and v >= 0 for v in timings.values())
    assert timings["text"] > 0  # the paragraph was measured through the wrapped entry points
    assert sum(timings[s] for s in STAGES) == pytest.approx(timings["total"], rel=0.05, abs=1e-4)
    assert png == render(CARD, 300, 100)


def test_other_formats_and_threads():
    timings = {}
    render(CARD, 300, 100, format="jpeg", timings=timings)
    assert set(timings) == {*STAGES, "total"}
    seen = []

    def other():
        d = {}
        render(CARD, 200, 80, timings=d)
        seen.append(d)
    threads = [threading.Thread(target=other) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 3 and all(set(d) == {*STAGES, "total"} for d in seen)


def test_timings_must_be_a_dict():
    with pytest.raises(RenderError):
        render(CARD, 50, 50, timings=[])
