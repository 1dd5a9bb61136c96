"""render_many / RenderPool: the same bytes as render(), in order, from worker processes."""

import pytest

from ogrender import RenderError, render, render_many
from ogrender.batch import RenderPool


def _card(i: int) -> dict:
    return {"type": "div", "props": {"style": {"width": "100%", "height": "100%", "display": "flex",
                                               "backgroundColor": f"rgb({40 * i % 256}, 90, 160)",
                                               "fontSize": 20 + i, "color": "white"},
                                     "children": f"Card number {i}"}}


def test_render_many_gives_the_bytes_of_render_in_order():
    trees = [_card(i) for i in range(5)]
    expected = [render(t, 200, 100) for t in trees]
    assert render_many(trees, 200, 100, processes=2) == expected
    assert render_many(trees, 200, 100, processes=1) == expected


def test_options_and_fonts_reach_the_workers(tmp_path):
    from ogrender import Font
    from ogrender.text.fonts import bundled_dir
    fonts = [Font("Mono", (bundled_dir() / "jetbrains-mono/JetBrainsMono-Regular.ttf").read_bytes())]
    trees = [_card(i) for i in range(3)]
    expected = [render(t, 120, 60, fonts, format="jpeg", quality=70) for t in trees]
    with RenderPool(120, 60, fonts, processes=2, format="jpeg", quality=70) as pool:
        assert pool.map(trees, chunksize=1) == expected
        assert pool.map(trees[:1]) == expected[:1]


def test_an_error_in_a_worker_is_raised():
    with pytest.raises(RenderError):
        render_many([_card(1), {"type": 5}], 50, 50, processes=2)


def test_bad_processes():
    with pytest.raises(RenderError):
        render_many([_card(1)], processes=0)


def test_h_elements_and_html_strings_travel_to_the_workers():
    from ogrender import h
    trees = [h("div", {"style": {"display": "flex", "backgroundColor": "red", "width": "100%", "height": "100%"}},
               "Hi ", h("span", {}, "there")),
             '<div style="display: flex; background: blue; width: 100%; height: 100%">html</div>']
    assert render_many(trees, 100, 50, processes=2) == [render(t, 100, 50) for t in trees]
