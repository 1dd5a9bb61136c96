"""A small variable font made here, for the fixtures that need axes the bundled fonts lack.

Out: :func:`build` -> the bytes of a TrueType variable font, family "Axes Test", built with fontTools
(``fontBuilder`` masters merged by ``varLib``), the same bytes on every call. Glyphs are boxes for
``A-Z a-z 0-9`` and the space; each axis widens or narrows every glyph by its own amount, so the measured
widths show which coordinates a run was shaped at:

| axis   | range (default) | advance of every glyph at the ends (default 500 units of 1000) |
|--------|-----------------|-----------------------------------------------------------------|
| `wght` | 100-900 (400)   | 400 at 100, 700 at 900                                          |
| `wdth` | 50-200 (100)    | 350 at 50, 800 at 200                                           |
| `opsz` | 8-72 (14)       | 460 at 8, 650 at 72                                             |
| `slnt` | -15-0 (0)       | 560 at -15                                                      |
| `TEST` | 0-100 (0)       | 900 at 100                                                      |

Named instances: Regular, Bold (wght 700), Wide Bold (wght 700, wdth 150), Display (opsz 72),
Slanted (slnt -15), Test Max (TEST 100). Used by tests only (never bundled).
"""

from __future__ import annotations

import io
from functools import lru_cache

CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
AXES = (("wght", 100, 400, 900, "Weight"), ("wdth", 50, 100, 200, "Width"), ("opsz", 8, 14, 72, "Optical size"),
        ("slnt", -15, 0, 0, "Slant"), ("TEST", 0, 0, 100, "Test"))
# (location, advance): the default master and one at an end of each axis
MASTERS = (({}, 500), ({"wght": 100}, 400), ({"wght": 900}, 700), ({"wdth": 50}, 350), ({"wdth": 200}, 800),
           ({"opsz": 8}, 460), ({"opsz": 72}, 650), ({"slnt": -15}, 560), ({"TEST": 100}, 900))
INSTANCES = (("Regular", {}), ("Bold", {"wght": 700}), ("Wide Bold", {"wght": 700, "wdth": 150}),
             ("Display", {"opsz": 72}), ("Slanted", {"slnt": -15}), ("Test Max", {"TEST": 100}))


def _master(advance: int):
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = [".notdef", "space"] + [f"g{c}" for c in CHARS]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({0x20: "space", **{ord(c): f"g{c}" for c in CHARS}})
    glyphs, metrics = {}, {}
    for name in names:
        pen = TTGlyphPen(None)
        if name != "space":
            pen.moveTo((50, 0))
            pen.lineTo((50, 700))
            pen.lineTo((advance - 50, 700))
            pen.lineTo((advance - 50, 0))
            pen.closePath()
        glyphs[name] = pen.glyph()
        metrics[name] = (advance if name != "space" else advance // 2, 50 if name != "space" else 0)
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics(metrics)
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Axes Test", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200, usWeightClass=400)
    fb.setupPost()
    fb.setupHead(unitsPerEm=1000, created=3786825600, modified=3786825600)
    return fb.font


@lru_cache(maxsize=1)
def build() -> bytes:
    from fontTools import varLib
    from fontTools.designspaceLib import AxisDescriptor, DesignSpaceDocument, InstanceDescriptor, SourceDescriptor

    doc = DesignSpaceDocument()
    for tag, lo, default, hi, name in AXES:
        axis = AxisDescriptor()
        axis.tag, axis.name, axis.minimum, axis.default, axis.maximum = tag, name, lo, default, hi
        axis.labelNames = {"en": name}
        doc.addAxis(axis)
    for location, advance in MASTERS:
        source = SourceDescriptor()
        source.font = _master(advance)
        source.location = {name: location.get(tag, default) for tag, _, default, _, name in AXES}
        doc.addSource(source)
    for style, location in INSTANCES:
        inst = InstanceDescriptor()
        inst.familyName, inst.styleName = "Axes Test", style
        inst.location = {name: location.get(tag, default) for tag, _, default, _, name in AXES}
        doc.addInstance(inst)
    font, _, _ = varLib.build(doc)
    font["head"].created = font["head"].modified = 3786825600
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
