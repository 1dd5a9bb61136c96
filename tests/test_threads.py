"""Rendering from several threads at once gives the same bytes as rendering one card after another."""

from concurrent.futures import ThreadPoolExecutor

from ogrender import h, render


def card(i: int):
    return h("div", {"style": {"width": "100%", "height": "100%", "flexDirection": "column", "padding": 8 + i,
                               "backgroundColor": f"hsl({i * 40}, 70%, 90%)", "borderRadius": i * 3,
                               "justifyContent": "space-between"}},
             h("div", {"style": {"fontSize": 14 + 3 * i, "fontWeight": 700 if i % 2 else 400}},
               f"Card number {i}: a title long enough to wrap onto a second line"),
             h("div", {"style": {"fontSize": 12, "color": "#555", "borderTop": f"{1 + i % 3}px solid #999"}},
               "ogrender · threads"))


def test_eight_threads_render_the_same_bytes_as_one():
    cards = [card(i) for i in range(8)]
    expected = [render(c, 320, 180) for c in cards]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            got = list(pool.map(lambda c: render(c, 320, 180), cards))
            assert got == expected
