"""Font formats and matching: WOFF / WOFF2 (decoded once, cached by content), collections, generic
families, CSS Fonts 4 weight matching with a variable font's range. Expected values come from fontTools
reading the same files, not from ogrender."""

import io
from pathlib import Path

import pytest
from fontTools.ttLib import TTCollection, TTFont

from ogrender.text import FontEntry, FontSet, load_face
from ogrender.text.fonts import _load

FONTS = Path(__file__).resolve().parents[2] / "fonts"
SERIF = FONTS / "noto-serif" / "NotoSerif-Regular.ttf"
MONO = FONTS / "jetbrains-mono" / "JetBrainsMono-Regular.ttf"


def _flavored(path: Path, flavor: str) -> bytes:
    font = TTFont(path)
    font.flavor = flavor
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@pytest.mark.parametrize("flavor", ["woff", "woff2"])
def test_woff_and_woff2_decode_to_the_same_face(flavor):
    data = _flavored(SERIF, flavor)
    assert data[:4] == (b"wOFF" if flavor == "woff" else b"wOF2")
    face = load_face(data)
    hhea = TTFont(SERIF)["hhea"]
    assert (face.family, face.ascent, face.descent) == ("Noto Serif", hhea.ascent, -hhea.descent)
    assert face.data[:4] == b"\x00\x01\x00\x00"  # the decoded sfnt is what paint gets
    hits = _load.cache_info().hits
    assert load_face(bytes(data)) is face  # the same content loads once
    assert _load.cache_info().hits == hits + 1


def test_collection_faces_by_index():
    collection = TTCollection()
    collection.fonts = [TTFont(SERIF), TTFont(MONO)]
    out = io.BytesIO()
    collection.save(out)
    data = out.getvalue()
    assert data[:4] == b"ttcf"
    assert load_face(data, 0).family == "Noto Serif"
    assert load_face(data, 1).family == "JetBrains Mono"


def test_generic_families_map_to_bundled_fonts():
    fonts = FontSet([])
    assert fonts.chain(("serif",), 400.0, False)[0].family == "Noto Serif"
    assert fonts.chain(("monospace",), 400.0, False)[0].family == "JetBrains Mono"
    assert fonts.chain(("sans-serif",), 400.0, False)[0].family == "Inter"
    assert fonts.chain(("system-ui",), 700.0, False)[0].weight == 700.0
    # an unknown family falls through the list to the next one
    assert fonts.chain(("Nope", "serif"), 400.0, False)[0].family == "Noto Serif"


def test_weight_matching_css_fonts_4_and_variable_ranges():
    fonts = FontSet([])
    # Inter has 400 and 700: 500 takes 400 (below, within 400-500 rules), 600 takes 700, 300 takes 400
    assert fonts.chain(("Inter",), 500.0, False)[0].weight == 400.0
    assert fonts.chain(("Inter",), 600.0, False)[0].weight == 700.0
    assert fonts.chain(("Inter",), 300.0, False)[0].weight == 400.0
    face = fonts.chain(("Inter Variable",), 650.0, False)[0]
    assert "wght" in face.axes and face.variations_for(650.0, ()) == (("wght", 650.0),)
    assert face.variations_for(1000.0, ()) == (("wght", 900.0),)  # clamped to the axis
    assert face.variations_for(650.0, (("wght", 300.0),)) == (("wght", 300.0),)  # settings win


def test_a_caller_font_comes_first_and_fallback_reaches_bundled_fonts():
    entry = FontEntry("Mine", load_face(MONO.read_bytes()), 400.0, False)
    fonts = FontSet([entry])
    chain = fonts.chain(("sans-serif",), 400.0, False)
    assert chain[0].family == "JetBrains Mono"  # the first caller font is the default family
    assert {f.family for f in chain} >= {"Inter", "Noto Serif"}


@pytest.mark.parametrize("magic", [b"wOF2", b"wOFF"])
def test_a_compressed_font_declaring_a_huge_decoded_size_is_refused_before_decoding(magic):
    from ogrender import Font, FontError, h, layout
    bomb = magic + b"\x00\x01\x00\x00" + (200).to_bytes(4, "big") + (1).to_bytes(2, "big") + b"\x00\x00" \
        + (4_000_000_000).to_bytes(4, "big") + b"\x00" * 180
    with pytest.raises(FontError, match="declares 4000000000 bytes"):
        layout(h("div", None, "x"), 100, 50, fonts=[Font("Bomb", bomb)])
