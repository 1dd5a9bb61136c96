"""The example card in its three forms renders to the same bytes."""

import json
import runpy

from ogrender import render
from tests.conftest import ROOT, decode_png


def test_example_forms_agree():
    from_json = render(json.loads((ROOT / "examples" / "hello.json").read_text()))
    from_html = render((ROOT / "examples" / "hello.html").read_text())
    card = runpy.run_path(str(ROOT / "examples" / "hello.py"))["card"]
    assert from_json == from_html == render(card)
    image = decode_png(from_json)
    assert tuple(image[0, 0]) == (255, 255, 255, 255)  # white background to the corners
    ink = (image[..., :3] < 128).any(axis=2)
    cols = ink.any(axis=0).nonzero()[0]
    rows = ink.any(axis=1).nonzero()[0]
    # the title is centred: equal margins left and right, top and bottom (to a pixel of glyph overhang)
    assert abs(cols.min() - (1199 - cols.max())) <= 2
    assert abs(rows.min() - (629 - rows.max())) <= 12  # ink is not the line box: the descender-less text sits high
