"""Maintainer tool: the Chromium conformance suite for layout (box geometry, no text).

    python tools/layout_fixtures.py --out tests/conformance/data/layout    # regenerate (needs chromium)
    python tools/layout_fixtures.py --report                               # replay all fixtures, no pytest
    python tools/layout_fixtures.py --list                                 # fixture counts, no browser

In: the fixtures defined here, Satori element objects made only of ``div`` elements without text, every
element stating ``display``, ``position`` and ``boxSizing``: hand-written ones per feature (suites
``flex_hand``, ``block_hand``, ``common_hand``) and seeded random trees (``flex_random``,
``mixed_random``; ``random.Random(seed)``, so the same on every run).

Out: ``<out>/<suite>.json`` = ``{"chromium": version, "suite", "canvas", "fixtures": [{"id", "preset":
"browser", "width", "height", "seed"?, "tree", "boxes"}]}``; ``boxes`` holds the border box ``[x, y, width,
height]`` of every element in document (pre-)order, root first, relative to the canvas and rounded to
Blink's 1/64 px, or ``null`` for an element that generates no box (``display: none`` and its descendants,
``display: contents``).

How Chromium measures (headless, the flags of DESIGN.md): fixtures go into pages of BATCH each. Every
fixture sits in its own canvas, ``<div>`` of the fixture's width x height at the page origin (``display:
block; position: absolute; left: 0; top: 0; will-change: transform``: a block formatting context root that
is the containing block of absolutely positioned *and* fixed descendants, as the canvas is in ogrender; a
headless window cannot be given an exact viewport), hidden until the script shows it, measures it with
``getBoundingClientRect`` and hides it again. The page waits for the bundled Inter to load first (inline
boxes sit on line boxes whose strut comes from Inter 16px). Every fixture is measured twice, in two passes;
a difference is reported. A declaration Chromium dropped (``el.style.getPropertyValue(name) === ''``) is an
error of the generator: the fixture is reported and left out.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium import ROOT, chromium_binary, font_faces, kebab_case, run_chromium, style_text  # noqa: E402

DEFAULT_OUT = ROOT / "tests" / "conformance" / "data" / "layout"
BATCH = 80
CANVAS_STYLE = "display: block; position: absolute; left: 0; top: 0; will-change: transform"


# -- element builders -----------------------------------------------------------------------------------

def div(*children, display="block", position="static", boxSizing="content-box", **style) -> dict:
    """A Satori ``div`` object stating display, position and box-sizing explicitly (Chromium's defaults)."""
    props = {"style": {"display": display, "position": position, "boxSizing": boxSizing, **style}}
    if children:
        props["children"] = list(children)
    return {"type": "div", "props": props}


def flex(*children, display="flex", **style) -> dict:
    return div(*children, display=display, **style)


def leaf(width, height, **style) -> dict:
    """A fixed-size block: the 'content' of fixtures without text."""
    return div(width=width, height=height, **style)


def fx(name: str, tree: dict, width: int = 400, height: int = 300) -> dict:
    return {"id": name, "preset": "browser", "width": width, "height": height, "tree": tree}


def unstated(tree: dict) -> list[str]:
    """What makes a tree unfit for the suite: text, other elements than div, or display / position /
    box-sizing left to the browser's defaults."""
    props = tree.get("props") or {}
    style = props.get("style") or {}
    out = [f"{tree.get('type')} element"] if tree.get("type") != "div" else []
    out += [f"no {key}" for key in ("display", "position", "boxSizing") if key not in style]
    for child in props.get("children") or ():
        out += ["text"] if not isinstance(child, dict) else unstated(child)
    return out


def suite(name: str, *topics) -> list[dict]:
    """Fixtures of the topic generators, ids prefixed with the suite name; ids must be unique and trees fit."""
    out = [dict(f, id=f"{name}.{f['id']}") for topic in topics for f in topic()]
    for f in out:
        if unstated(f["tree"]):
            raise SystemExit(f"{f['id']}: {', '.join(unstated(f['tree']))}")
    ids = [f["id"] for f in out]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise SystemExit(f"duplicate fixture ids: {duplicates}")
    return out


def three(**style) -> list[dict]:
    return [leaf(50, 40, **style), leaf(80, 60, **style), leaf(30, 20, **style)]


DIRECTIONS = ("row", "row-reverse", "column", "column-reverse")
WRAPS = ("nowrap", "wrap", "wrap-reverse")
JUSTIFY = ("flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly", "start", "end")
ALIGN = ("stretch", "flex-start", "flex-end", "center", "baseline", "start", "end", "self-start",
         "self-end", "normal")
ALIGN_CONTENT = ("flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly",
                 "stretch", "normal", "start", "end")


# -- hand-written fixtures: flex (CSS Flexbox §9) -------------------------------------------------------

def flex_direction():
    for d in DIRECTIONS:
        yield fx(f"direction_{d}", flex(*three(), flexDirection=d, width=300, height=200))
        yield fx(f"direction_{d}_auto_size", flex(*three(), flexDirection=d))
        yield fx(f"direction_{d}_edges", flex(
            leaf(50, 40, margin="5px 10px 15px 20px"), div(width=60, padding="4px", borderStyle="solid",
                                                            borderWidth="1px 2px 3px 4px"),
            leaf(30, 20, marginLeft=7, marginTop=3),
            flexDirection=d, width=300, height=200, padding="10px 20px 5px 15px", borderStyle="solid",
            borderWidth="3px 1px 2px 4px"))
        yield fx(f"direction_{d}_stretch", flex(div(width=40), div(height=30), div(),
                                                flexDirection=d, width=250, height=150))


def flex_wrap():
    for wrap in WRAPS:
        for d in DIRECTIONS:
            items = [leaf(70, 40) for _ in range(5)]
            yield fx(f"wrap_{wrap}_{d}", flex(*items, flexDirection=d, flexWrap=wrap, width=200, height=150))
        yield fx(f"wrap_{wrap}_mixed_heights", flex(
            leaf(90, 30), leaf(90, 50), leaf(90, 20), leaf(120, 40), leaf(60, 70),
            flexWrap=wrap, alignItems="center", width=260, height=220))
        yield fx(f"wrap_{wrap}_auto_height", flex(
            leaf(90, 30), leaf(90, 50), div(width=90), leaf(120, 40), flexWrap=wrap, width=260))
        yield fx(f"wrap_{wrap}_grow", flex(
            leaf(90, 30, flexGrow=1), leaf(90, 50), leaf(130, 20, flexGrow=2), leaf(60, 40, flexGrow=1),
            flexWrap=wrap, width=260, height=200))


def flex_order():
    items = [leaf(40, 30, order=2), leaf(50, 40, order=-1), leaf(60, 20), leaf(30, 50, order=1)]
    for d in DIRECTIONS:
        yield fx(f"order_{d}", flex(*items, flexDirection=d, width=300, height=220))
    yield fx("order_wrap", flex(*[leaf(80, 30 + 10 * i, order=(i * 3) % 4) for i in range(5)],
                                flexWrap="wrap", width=200, height=200))
    yield fx("order_abspos_sibling", flex(leaf(40, 30, order=1), leaf(20, 20, position="absolute", order=-5),
                                          leaf(50, 40), justifyContent="center", width=300, height=100))


def flex_grow():
    yield fx("grow_equal_empty", flex(div(flexGrow=1), div(flexGrow=1), div(flexGrow=1), width=300, height=50))
    yield fx("grow_weights", flex(leaf(10, 30, flexGrow=1), leaf(20, 30, flexGrow=2), leaf(30, 30, flexGrow=3),
                                  width=300, height=50))
    yield fx("grow_fraction_sum_below_one", flex(leaf(20, 30, flexGrow=0.25), leaf(40, 30, flexGrow=0.25),
                                                 width=300, height=50))
    yield fx("grow_fraction_single", flex(leaf(20, 30, flexGrow=0.5), width=300, height=50))
    yield fx("grow_max_clamp", flex(div(flexGrow=1, maxWidth=50, height=20), div(flexGrow=1, height=20),
                                    div(flexGrow=1, height=20), width=300, height=50))
    yield fx("grow_column_definite", flex(leaf(40, 20, flexGrow=1), leaf(40, 30, flexGrow=3),
                                          flexDirection="column", width=100, height=250))
    yield fx("grow_column_indefinite", flex(leaf(40, 20, flexGrow=1), leaf(40, 30, flexGrow=3),
                                            flexDirection="column", width=100))
    yield fx("grow_with_edges", flex(
        leaf(20, 30, flexGrow=1, margin="0 10px", padding="0 5px"),
        leaf(20, 30, flexGrow=1, borderStyle="solid", borderWidth="0 4px"),
        width=300, height=50, padding=10))
    yield fx("grow_border_box", flex(
        leaf(60, 30, flexGrow=1, boxSizing="border-box", padding="0 20px"),
        leaf(60, 30, flexGrow=1, boxSizing="border-box", borderStyle="solid", borderWidth="0 10px"),
        width=300, height=50))
    yield fx("grow_zero_sized_container", flex(div(flexGrow=1), leaf(50, 10), width=0, height=50))
    yield fx("grow_wrap_lines", flex(*[leaf(70, 20, flexGrow=g) for g in (1, 0, 2, 1, 3)],
                                     flexWrap="wrap", width=230, height=100))


def flex_shrink():
    yield fx("shrink_equal", flex(leaf(150, 30), leaf(150, 30), leaf(150, 30), width=300, height=50))
    yield fx("shrink_scaled_by_basis", flex(leaf(100, 30), leaf(200, 30), leaf(300, 30), width=300, height=50))
    yield fx("shrink_weights", flex(leaf(150, 30, flexShrink=1), leaf(150, 30, flexShrink=2),
                                    leaf(150, 30, flexShrink=3), width=300, height=50))
    yield fx("shrink_zero", flex(leaf(150, 30, flexShrink=0), leaf(150, 30), leaf(150, 30), width=300, height=50))
    yield fx("shrink_min_violation", flex(leaf(150, 30, minWidth=140), leaf(150, 30), leaf(150, 30),
                                          width=300, height=50))
    yield fx("shrink_border_box_padding", flex(
        leaf(200, 30, boxSizing="border-box", padding="0 40px"), leaf(200, 30), width=300, height=50))
    yield fx("shrink_padding_content_box", flex(leaf(200, 30, padding="0 40px"), leaf(200, 30),
                                                width=300, height=50))
    yield fx("shrink_fraction_sum_below_one", flex(leaf(200, 30, flexShrink=0.2), leaf(200, 30, flexShrink=0.2),
                                                   width=300, height=50))
    yield fx("shrink_column_definite", flex(leaf(40, 150), leaf(40, 150, flexShrink=3), flexDirection="column",
                                            width=100, height=200))
    yield fx("shrink_to_zero_with_min0", flex(leaf(300, 30, minWidth=0), leaf(300, 30, flexShrink=0),
                                              width=300, height=50))
    yield fx("shrink_with_margins", flex(leaf(150, 30, margin="0 20px"), leaf(150, 30, marginLeft=-10),
                                         width=300, height=50))


def flex_basis():
    nested = lambda **s: div(leaf(80, 20), **s)  # noqa: E731  min/max-content 80
    for basis in ("auto", "content", "0", "50px", "30%", "0%", "200px"):
        yield fx(f"basis_{basis.replace('%', 'pct')}_row", flex(
            nested(width=60, flexBasis=basis, flexShrink=0), nested(flexBasis=basis, flexShrink=0),
            leaf(40, 20), width=300, height=60))
        yield fx(f"basis_{basis.replace('%', 'pct')}_column", flex(
            div(leaf(20, 50), height=30, flexBasis=basis, flexShrink=0), div(leaf(20, 40), flexBasis=basis,
                                                                              flexShrink=0),
            flexDirection="column", width=100, height=250))
    yield fx("basis_pct_column_indefinite", flex(div(leaf(20, 50), flexBasis="50%"), leaf(20, 30),
                                                 flexDirection="column", width=100))
    yield fx("basis_larger_than_container", flex(div(flexBasis=400, height=20), div(flexBasis=100, height=20),
                                                 width=300, height=50))
    yield fx("basis_border_box", flex(leaf(10, 20, flexBasis=100, boxSizing="border-box", padding="0 10px",
                                           flexShrink=0), leaf(10, 20, flexBasis=100, padding="0 10px",
                                                               flexShrink=0), width=300, height=50))
    yield fx("basis_clamped_by_max", flex(div(flexBasis=200, maxWidth=100, flexGrow=1, height=20),
                                          div(flexGrow=1, height=20), width=300, height=50))
    yield fx("basis_clamped_by_min", flex(div(flexBasis=20, minWidth=120, height=20),
                                          div(flexBasis=250, height=20), width=300, height=50))
    yield fx("basis_auto_percent_width", flex(div(width="40%", height=20), div(width="40%", flexGrow=1, height=20),
                                              width=300, height=50))


def flex_shorthand():
    for value in ("1", "none", "auto", "initial", "2 1 10px", "0 0 50%", "1 0", "3", "1 1 0%", "0 1 auto",
                  "2 2", "1 30px", "0 0 auto", "1 1 100px", "0.5"):
        name = re.sub(r"[^a-z0-9]+", "_", value.replace("%", "pct")).strip("_")
        yield fx(f"flex_{name}_row", flex(
            div(leaf(70, 20), flex=value), leaf(50, 30, flex="none"), div(leaf(120, 20), width=40, flex=value),
            width=300, height=60))
        if value in ("1", "none", "auto", "2 1 10px", "0 0 50%", "1 30px"):
            yield fx(f"flex_{name}_column", flex(
                div(leaf(20, 70), flex=value), leaf(30, 50, flex="none"), div(leaf(20, 90), height=40, flex=value),
                flexDirection="column", width=100, height=200))
            yield fx(f"flex_{name}_overflowing", flex(
                div(leaf(200, 20), flex=value), div(leaf(150, 20), width=180, flex=value), width=300, height=60))


def flex_min_max():
    yield fx("minmax_grow_multiple_freezes", flex(
        div(flexGrow=1, maxWidth=40, height=20), div(flexGrow=2, maxWidth=90, height=20),
        div(flexGrow=3, height=20), div(flexGrow=1, minWidth=100, height=20), width=400, height=50))
    yield fx("minmax_shrink_multiple_freezes", flex(
        leaf(200, 20, minWidth=180), leaf(200, 20, minWidth=60), leaf(200, 20), leaf(200, 20, flexShrink=4),
        width=400, height=50))
    yield fx("minmax_min_over_max", flex(div(flexGrow=1, minWidth=120, maxWidth=80, height=20),
                                         div(flexGrow=1, height=20), width=300, height=50))
    yield fx("minmax_max_percent", flex(div(flexGrow=1, maxWidth="25%", height=20), div(flexGrow=1, height=20),
                                        width=300, height=50))
    yield fx("minmax_min_percent", flex(leaf(50, 20, minWidth="50%"), leaf(300, 20), width=300, height=50))
    yield fx("minmax_column_grow", flex(div(flexGrow=1, maxHeight=60, width=30), div(flexGrow=1, minHeight=150,
                                                                                      width=30),
                                        flexDirection="column", width=100, height=250))
    yield fx("minmax_column_min_height_container", flex(leaf(30, 20, flexGrow=1), leaf(30, 20),
                                                        flexDirection="column", width=100, minHeight=120))
    yield fx("minmax_column_max_height_container", flex(leaf(30, 100), leaf(30, 100), flexDirection="column",
                                                        width=100, maxHeight=150))
    yield fx("minmax_row_max_width_container", flex(leaf(100, 20, flexGrow=1), leaf(100, 20),
                                                    maxWidth=150, height=50))
    yield fx("minmax_row_min_width_container", flex(leaf(30, 20, flexGrow=1), leaf(30, 20),
                                                    width=100, minWidth=200, height=50))
    yield fx("minmax_cross_stretch_max", flex(div(width=40, maxHeight=50), div(width=40, minHeight=150),
                                              div(width=40), width=300, height=100))
    yield fx("minmax_cross_column_stretch_max", flex(div(height=40, maxWidth=50), div(height=40, minWidth=250),
                                                     div(height=40), flexDirection="column", width=200,
                                                     height=200))


def flex_auto_min():
    yield fx("automin_content", flex(div(leaf(150, 20), flex="1"), div(flex="1"), width=100, height=50))
    yield fx("automin_overflow_hidden", flex(div(leaf(150, 20), flex="1", overflow="hidden"), div(flex="1"),
                                             width=100, height=50))
    yield fx("automin_overflow_clip", flex(div(leaf(150, 20), flex="1", overflow="clip"), div(flex="1"),
                                           width=100, height=50))
    yield fx("automin_specified_smaller", flex(div(leaf(150, 20), width=60), leaf(100, 20), width=100, height=50))
    yield fx("automin_specified_larger", flex(div(leaf(50, 20), width=90), leaf(100, 20), width=100, height=50))
    yield fx("automin_explicit_zero", flex(div(leaf(150, 20), flex="1", minWidth=0), div(flex="1"),
                                           width=100, height=50))
    yield fx("automin_max_width_caps", flex(div(leaf(150, 20), flex="1", maxWidth=80), width=60, height=50))
    yield fx("automin_nested_row", flex(div(flex(leaf(70, 20), leaf(70, 20)), flex="1"), leaf(40, 20),
                                        width=100, height=50))
    yield fx("automin_nested_row_wrap", flex(div(flex(leaf(70, 20), leaf(50, 20), flexWrap="wrap"), flex="1"),
                                             leaf(40, 20), width=100, height=80))
    yield fx("automin_nested_blocks", flex(div(leaf(90, 10), leaf(130, 10), leaf(60, 10), flexShrink=1),
                                           leaf(100, 20), width=150, height=60))
    yield fx("automin_padding_border", flex(div(leaf(60, 20), padding="0 15px", borderStyle="solid",
                                                borderWidth="0 5px", flex="1"), leaf(100, 20),
                                            width=100, height=50))
    yield fx("automin_column", flex(div(leaf(20, 150), flex="1"), div(flex="1"), flexDirection="column",
                                    width=100, height=100))
    yield fx("automin_column_overflow_hidden", flex(div(leaf(20, 150), flex="1", overflow="hidden"),
                                                    div(flex="1"), flexDirection="column", width=100, height=100))
    yield fx("automin_column_specified_height", flex(div(leaf(20, 150), height=40), leaf(20, 100),
                                                     flexDirection="column", width=100, height=100))
    yield fx("automin_aspect_ratio", flex(div(width=50, aspectRatio="1 / 2"), leaf(20, 150), flexDirection="column",
                                          width=100, height=100))
    yield fx("automin_nested_flex_item_overflow", flex(
        div(flex(div(leaf(120, 10), flex="1"), leaf(30, 10)), flex="1", minWidth=0), width=100, height=40))
    yield fx("automin_abspos_child_ignored", flex(div(leaf(150, 20, position="absolute"), flex="1",
                                                      position="relative", height=30),
                                                  div(flex="1"), width=100, height=50))


def flex_justify():
    extra = ("normal", "stretch", "left", "right")
    for j in JUSTIFY + extra:
        yield fx(f"justify_{j}_row", flex(*three(), justifyContent=j, width=300, height=80))
        if j in extra:
            continue
        yield fx(f"justify_{j}_row_reverse", flex(*three(), justifyContent=j, flexDirection="row-reverse",
                                                  width=300, height=80))
        yield fx(f"justify_{j}_column", flex(*three(), justifyContent=j, flexDirection="column",
                                             width=150, height=250))
        yield fx(f"justify_{j}_column_reverse", flex(*three(), justifyContent=j, flexDirection="column-reverse",
                                                     width=150, height=250))
        yield fx(f"justify_{j}_overflow", flex(leaf(120, 20, flexShrink=0), leaf(150, 20, flexShrink=0),
                                               justifyContent=j, width=200, height=50))
        yield fx(f"justify_{j}_single", flex(leaf(60, 20), justifyContent=j, width=200, height=50))
        yield fx(f"justify_{j}_wrap", flex(*[leaf(70, 20) for _ in range(5)], flexWrap="wrap",
                                           justifyContent=j, width=230, height=80))
        yield fx(f"justify_{j}_auto_margin", flex(leaf(40, 20), leaf(40, 20, marginLeft="auto"), leaf(40, 20),
                                                  justifyContent=j, width=300, height=50))
    # Negative free space: space-around / space-evenly fall back to safe center, i.e. to the writing
    # mode's start (the flex-end side in a reversed direction); space-between to flex-start.
    for j in ("space-around", "space-evenly", "space-between"):
        for d in ("row-reverse", "column-reverse"):
            row = d == "row-reverse"
            yield fx(f"justify_{j}_overflow_{d.replace('-', '_')}",
                     flex(leaf(120 if row else 40, 40 if row else 120, flexShrink=0),
                          leaf(150 if row else 40, 40 if row else 150, flexShrink=0), justifyContent=j,
                          flexDirection=d, width=200, height=200, marginLeft=30))


def flex_auto_margins():
    yield fx("automargin_push_right", flex(leaf(40, 20), leaf(40, 20, marginLeft="auto"), width=300, height=50))
    yield fx("automargin_center", flex(leaf(40, 20, margin="auto"), width=300, height=100))
    yield fx("automargin_two_items", flex(leaf(40, 20, marginRight="auto"), leaf(40, 20, margin="0 auto"),
                                          leaf(40, 20), width=300, height=50))
    yield fx("automargin_column", flex(leaf(40, 20), leaf(40, 20, marginTop="auto"), leaf(40, 20, margin="auto"),
                                       flexDirection="column", width=200, height=200))
    yield fx("automargin_negative_space", flex(leaf(200, 20, flexShrink=0, marginLeft="auto"),
                                               leaf(150, 20, flexShrink=0), width=300, height=50))
    yield fx("automargin_cross_bottom", flex(leaf(40, 20, marginTop="auto"), leaf(40, 20, marginBottom="auto"),
                                             div(width=40, marginTop="auto"), width=300, height=100))


def flex_align_items():
    for a in ALIGN:
        row = [div(width=50), leaf(50, 40, marginTop=10), leaf(60, 60, paddingTop=5),
               div(width=40, minHeight=20, maxHeight=70), leaf(30, 25, margin="5px 0 15px")]
        yield fx(f"align_items_{a}_row", flex(*row, alignItems=a, width=300, height=120))
        yield fx(f"align_items_{a}_row_auto_height", flex(*row, alignItems=a, width=300))
        yield fx(f"align_items_{a}_column", flex(div(height=30), leaf(50, 40, marginLeft=10), leaf(60, 30),
                                                 div(height=20, maxWidth=90), alignItems=a, flexDirection="column",
                                                 width=200, height=200))
        yield fx(f"align_items_{a}_wrap_reverse", flex(*[leaf(80, 20 + 10 * (i % 3)) for i in range(5)],
                                                       div(width=80), flexWrap="wrap-reverse", alignItems=a,
                                                       width=250, height=180))
        yield fx(f"align_self_{a}", flex(leaf(40, 30), leaf(40, 30, alignSelf=a), div(width=40, alignSelf=a),
                                         leaf(40, 50, alignSelf=a, marginTop=7), alignItems="center",
                                         width=300, height=120))
    yield fx("align_self_auto", flex(leaf(40, 30, alignSelf="auto"), div(width=40, alignSelf="auto"),
                                     alignItems="flex-end", width=300, height=100))
    yield fx("align_items_overflowing_item", flex(leaf(40, 150), leaf(40, 150, alignSelf="flex-end"),
                                                  leaf(40, 150, alignSelf="stretch"), alignItems="center",
                                                  width=300, height=100))
    yield fx("align_stretch_auto_margin", flex(div(width=40, marginTop="auto"), div(width=40, margin="auto 0"),
                                               width=300, height=100))
    yield fx("align_stretch_border_box", flex(div(width=40, boxSizing="border-box", padding=10),
                                              div(width=40, padding=10), width=300, height=100))


def flex_baseline():
    items = [leaf(40, 30), leaf(40, 50, marginTop=10), leaf(40, 20, padding="5px 0", borderStyle="solid",
                                                             borderWidth="2px 0 6px"), leaf(40, 40, marginBottom=15)]
    yield fx("baseline_boxes", flex(*items, alignItems="baseline", width=300, height=150))
    yield fx("baseline_wrap", flex(*items, *items, alignItems="baseline", flexWrap="wrap", width=200, height=250))
    yield fx("baseline_column", flex(*items, alignItems="baseline", flexDirection="column", width=200, height=250))
    yield fx("baseline_nested_blocks", flex(div(leaf(30, 20), leaf(30, 30)), div(leaf(30, 50), paddingTop=10),
                                            leaf(30, 40), alignItems="baseline", width=300, height=150))
    yield fx("baseline_nested_flex", flex(flex(leaf(20, 20), leaf(20, 40), alignItems="flex-start"),
                                          flex(leaf(20, 30), leaf(20, 10), alignItems="baseline"),
                                          leaf(30, 25), alignItems="baseline", width=300, height=150))
    yield fx("baseline_self_mixed", flex(leaf(40, 30, alignSelf="baseline"), leaf(40, 60),
                                         leaf(40, 45, alignSelf="baseline", marginTop=5), alignItems="center",
                                         width=300, height=150))
    yield fx("baseline_last", flex(*items, alignItems="last baseline", width=300, height=150))
    yield fx("baseline_first", flex(*items, alignItems="first baseline", width=300, height=150))
    yield fx("baseline_with_inline_block_content", flex(
        div(div(leaf(20, 20), display="inline-block")), leaf(40, 30), leaf(40, 60, marginTop=5),
        alignItems="baseline", width=300, height=150))
    yield fx("baseline_overflow_hidden_item", flex(div(leaf(20, 50), overflow="hidden"), leaf(30, 30),
                                                   alignItems="baseline", width=300, height=150))
    # A baseline-aligned item of auto height is laid out for its baseline at its content height, which is
    # not definite for its children: their percentage heights stay auto.
    inner = lambda: div(flex(leaf(20, 100)), height="47%")  # noqa: E731
    yield fx("baseline_item_percent_height_child_wrap_reverse",
             flex(flex(div(flex(leaf(20, 100)), padding="5px 0 10px", height="47%"), flexWrap="wrap-reverse"),
                  leaf(30, 20), alignItems="baseline", width=300, height=250))
    yield fx("baseline_item_percent_height_child_end", flex(flex(inner(), alignItems="flex-end"), leaf(30, 20),
                                                            alignItems="baseline", width=300, height=250))
    yield fx("baseline_item_percent_height_child_end_wrap_reverse",
             flex(flex(inner(), alignItems="flex-end"), leaf(30, 20), alignItems="baseline", flexWrap="wrap-reverse",
                  width=300, height=250))
    yield fx("baseline_item_percent_height_child_column", flex(flex(inner(), flexDirection="column",
                                                                    justifyContent="center"),
                                                               leaf(30, 20), alignItems="baseline", width=300,
                                                               height=250))
    yield fx("baseline_item_percent_height_child_min_height", flex(flex(inner(), alignItems="flex-end", minHeight=120),
                                                                   leaf(30, 20), alignItems="baseline", width=300,
                                                                   height=250))


def flex_baseline_scroll_container_items():
    """A scroll container's first baseline (overflow hidden, not clip) stays inside its border box, for a
    block or flex item and for the baseline it gives its container."""
    tall = lambda: flex(leaf(10, 108))  # noqa: E731
    cases = {
        "flex": flex(leaf(10, 108), maxHeight=65, overflow="hidden"),
        "flex_negative": flex(leaf(10, 30, marginTop=-40), maxHeight=65, overflow="hidden", alignItems="flex-start"),
        "block": div(tall(), maxHeight=65, overflow="hidden"),
        "block_border": div(tall(), maxHeight=65, overflow="hidden", borderStyle="solid", borderWidth="3px 0 7px"),
        "block_clip": div(tall(), maxHeight=65, overflow="clip"),
        "block_height": div(flex(leaf(10, 30)), height=20, overflow="hidden"),
        "block_in_block": div(div(tall()), maxHeight=65, overflow="hidden"),
    }
    for name, item in cases.items():
        yield fx(f"baseline_scroll_container_item_{name}", flex(item, leaf(20, 20), alignItems="baseline", width=300))
    yield fx("baseline_scroll_container_item_wrap", flex(div(tall(), leaf(20, 10), maxHeight=65, overflow="hidden"),
                                                         flex(overflow="hidden", padding="12px 0 3px"),
                                                         alignItems="baseline", flexWrap="wrap", width=300))
    yield fx("baseline_scroll_container_first_item_of_inline_flex",
             div(flex(div(tall(), maxHeight=65, overflow="hidden"), display="inline-flex"),
                 leaf(10, 10, display="inline-block"), width=300))


def flex_baseline_negative_descent():
    """A baseline-aligned item whose baseline lies below its end (its content clamped by max-height):
    the line's cross size sums the largest ascent and the largest, here negative, descent."""
    yield fx("baseline_max_height_clamped", flex(flex(flex(minHeight=98, boxSizing="border-box"), maxHeight=66),
                                                 alignItems="baseline", width=300))
    yield fx("baseline_max_height_clamped_two", flex(flex(flex(minHeight=98), maxHeight=66), leaf(30, 20),
                                                     alignItems="baseline", width=300))


def flex_percent_indefinite_column_item():
    """A column item whose height is not definite for its content (its container's height is indefinite):
    a percentage row-gap in it is 0 (the items stay on one line), a percentage height / flex basis of its
    items is auto."""
    yield fx("gap_percent_column_item_indefinite", flex(flex(flex(), leaf("auto", 18), flexDirection="column",
                                                             flexWrap="wrap", rowGap="20%"),
                                                        flexDirection="column", width=300))
    yield fx("percent_basis_column_item_indefinite", flex(flex(div(height="38%"), leaf("auto", 135),
                                                               flexDirection="column-reverse"),
                                                          flexDirection="column", width=300))
    yield fx("percent_basis_column_item_definite", flex(flex(div(height="38%"), leaf("auto", 50), flexGrow=1,
                                                             flexDirection="column-reverse"),
                                                        flexDirection="column", width=300, height=200))
    yield fx("gap_percent_column_item_definite", flex(flex(flex(), leaf("auto", 18), flexDirection="column",
                                                           flexWrap="wrap", rowGap="20%", flexGrow=1),
                                                      flexDirection="column", width=300, height=100))
    # Whether such an item's height is definite for its content follows its used flex basis (Blink's
    # is_initial_block_size_indefinite): a length, or a length height under flex-basis auto, makes it
    # definite; content, or a percentage of the indefinite height, does not, whatever its height says;
    # an aspect ratio makes it definite.
    def column_item(**item_style):
        return flex(flex(div(div(height="50%", borderStyle="solid", borderWidth="3px 0 4px"), flexGrow=1),
                         leaf(10, 40), flexDirection="column", **item_style), flexDirection="column", width=200)
    for name, item_style in (("flex_3_height", {"height": 145, "flex": "3"}),
                             ("basis_content_height", {"height": 145, "flexBasis": "content"}),
                             ("basis_auto_height", {"height": 145}), ("basis_px", {"flexBasis": "100px"}),
                             ("basis_percent_height", {"flexBasis": "50%", "height": 120}),
                             ("aspect_ratio_flex_1", {"aspectRatio": "2", "flex": "1"}),
                             ("aspect_ratio_width_basis_content", {"aspectRatio": "2", "width": 100,
                                                                   "flexBasis": "content"}),
                             ("height_fit_content", {"height": "fit-content"})):
        yield fx(f"percent_height_in_column_item_{name}", column_item(**item_style))


def flex_column_wrap_intrinsic():
    """The intrinsic width of a wrapping column container whose height is a percentage of a definite
    height: its columns, laid out at that height, side by side."""
    items = lambda: (div(margin="5px 9px 17px 2px"), leaf(241, 109, boxSizing="border-box"))  # noqa: E731
    yield fx("column_wrap_percent_height_fixed", flex(flex(*items(), position="fixed", height="35%",
                                                           flexDirection="column-reverse", flexWrap="wrap-reverse"),
                                                      width=400), 400, 300)
    # A max-height breaks the columns too: its max-content width is theirs side by side.
    three_40 = lambda: (leaf(30, 40), leaf(30, 40), leaf(30, 40))  # noqa: E731
    yield fx("column_wrap_max_height_inline_block",
             div(div(flex(*three_40(), maxHeight=90, flexDirection="column", flexWrap="wrap"), display="inline-block"),
                 width=300))
    yield fx("column_wrap_max_height_abspos", div(flex(*three_40(), position="absolute", maxHeight=50,
                                                       flexDirection="column", flexWrap="wrap"),
                                                  width=300, height=200, position="relative"))
    yield fx("column_wrap_max_height_percent_abspos",
             div(flex(*three_40(), position="absolute", maxHeight="27%", bottom=50, flexDirection="column",
                      flexWrap="wrap", alignItems="flex-end"), width=300, height=200, position="relative"))
    yield fx("column_wrap_max_height_row_item", flex(flex(*three_40(), maxHeight=90, flexDirection="column",
                                                          flexWrap="wrap"), width=300))
    yield fx("column_wrap_max_height_inline_block_wrap_reverse_gap",
             div(div(flex(*three_40(), maxHeight=90, flexDirection="column", flexWrap="wrap-reverse", columnGap=5),
                     display="inline-block"), width=300))
    # Its min-content width is its widest item's: shrink-to-fit in a narrow space takes that.
    yield fx("column_wrap_min_content_widest_item", div(flex(flex(height=120, marginTop=25, borderStyle="solid",
                                                                  boxSizing="border-box"),
                                                             leaf(232, 0, boxSizing="border-box"), display="inline-flex",
                                                             height=144, flexDirection="column", flexWrap="wrap",
                                                             boxSizing="border-box"),
                                                        width=64, display="flow-root"))
    yield fx("column_wrap_percent_height_inline_flex", div(flex(*items(), display="inline-flex", height="50%",
                                                                flexDirection="column", flexWrap="wrap"),
                                                           width=400, height=200))


def flex_container_baseline_reverse():
    """An inline-flex container's baseline when no item has one: synthesized from the item at the
    block-start edge (in column-reverse, the last item)."""
    for d in ("column", "column-reverse"):
        name = d.replace("-", "_")
        yield fx(f"container_baseline_{name}", div(flex(leaf(10, 20), leaf(10, 30), display="inline-flex",
                                                        flexDirection=d), width=300))
        yield fx(f"container_baseline_{name}_padding_item",
                 div(flex(div(padding="8px 0 13px 7px"), flex(boxSizing="border-box"), display="inline-flex",
                          flexDirection=d, boxSizing="border-box"), width=300))


def flex_container_baseline_column_baseline_items():
    """A column container's baseline comes from its physically first item even when other items are
    baseline-aligned (only a row's baseline-aligned items give its baseline)."""
    iflex = lambda *c, **st: flex(*c, display="inline-flex", **st)  # noqa: E731
    small = lambda: leaf(10, 10, display="inline-block")  # noqa: E731
    yield fx("container_baseline_column_reverse_all_baseline",
             div(small(), iflex(leaf(20, 30), iflex(leaf(10, 20)), flexDirection="column-reverse",
                                alignItems="baseline"), width=300))
    yield fx("container_baseline_column_reverse_first_item_baseline",
             div(small(), iflex(iflex(leaf(10, 20)), leaf(20, 30), flexDirection="column-reverse",
                                alignItems="baseline"), width=300))
    yield fx("container_baseline_column_reverse_self_baseline",
             div(small(), iflex(leaf(20, 30, alignSelf="baseline"), leaf(10, 20), flexDirection="column-reverse"),
                 width=300))
    yield fx("container_baseline_column_second_item_baseline",
             div(small(), iflex(leaf(20, 30), leaf(10, 20, alignSelf="baseline"), flexDirection="column"),
                 width=300))
    yield fx("container_baseline_column_last_baseline_item",
             div(small(), iflex(leaf(20, 30), leaf(10, 20), leaf(5, 5, alignSelf="last baseline"),
                                flexDirection="column"), width=300))


def flex_container_baseline_wrap_reverse():
    """A wrap-reverse container's baseline comes from its physically first line, the last in flex order
    (Blink reverses the lines before placing them), here with items without a baseline."""
    yield fx("container_baseline_wrap_reverse_two_lines",
             flex(leaf(30, 20), flex(leaf(30, 44), leaf(40, 62), flexWrap="wrap-reverse", width=50, height=49),
                  alignItems="baseline", width=300, height=200))
    yield fx("container_baseline_wrap_reverse_in_block",
             flex(leaf(30, 20), div(flex(leaf(30, 44), leaf(40, 62), flexWrap="wrap-reverse", width=50, height=49)),
                  alignItems="baseline", width=300, height=200))
    yield fx("container_baseline_wrap_reverse_one_line",
             flex(leaf(30, 20), flex(leaf(30, 44), leaf(40, 62), flexWrap="wrap-reverse", width=80, height=49),
                  alignItems="baseline", width=300, height=200))
    yield fx("container_baseline_wrap_reverse_three_lines_inline",
             div(flex(leaf(30, 20, margin="3px 0 5px"), leaf(40, 30, marginTop=4), leaf(20, 10), display="inline-flex",
                      flexWrap="wrap-reverse", width=45), width=300))
    yield fx("container_baseline_wrap_reverse_column",
             flex(leaf(30, 20), flex(leaf(30, 44), leaf(40, 62), flexDirection="column", flexWrap="wrap-reverse",
                                     width=100, height=70), alignItems="baseline", width=300, height=200))


def flex_column_wrap_content_height():
    """A multi-line column of auto height breaks its lines at its max-height; its height is then its
    longest line's, and items grow within that."""
    items = lambda: (leaf(38, 37, flexGrow=2), leaf(100, 119), leaf(100, 121, flexGrow=2))  # noqa: E731
    yield fx("column_wrap_max_height_longest_line", flex(*items(), width=103, maxHeight=252, flexDirection="column",
                                                         flexWrap="wrap"), 600, 400)
    yield fx("column_wrap_max_height_percent", flex(*items(), width=103, maxHeight="42.5%", flexDirection="column",
                                                    flexWrap="wrap-reverse", overflow="clip",
                                                    alignContent="space-around"), 600, 400)
    yield fx("column_wrap_max_height_min_height", flex(*items(), width=250, maxHeight=170, minHeight=160,
                                                       flexDirection="column-reverse", flexWrap="wrap",
                                                       padding="5px 0 7px", rowGap=4), 600, 400)
    yield fx("column_wrap_max_height_no_break", flex(*items(), width=103, maxHeight=400, flexDirection="column",
                                                     flexWrap="wrap", justifyContent="center"), 600, 450)
    # Its intrinsic height (a column item's content-based flex basis) is measured the same way: lines
    # break at its own height, the height from its aspect ratio or its max-height; it is the longest line.
    three_40 = lambda: (leaf(30, 40), leaf(30, 40), leaf(30, 40))  # noqa: E731
    for name, style in (("height_basis_content", {"height": 50, "flexBasis": "content"}),
                        ("height_flex_1_0", {"height": 50, "flex": "1 0"}),
                        ("max_height_basis_content", {"maxHeight": 90, "flexBasis": "content"}),
                        ("aspect_ratio_basis_content", {"width": 100, "aspectRatio": "2", "flexBasis": "content"}),
                        ("height_padding_basis_content", {"height": 50, "flexBasis": "content",
                                                          "padding": "5px 0 6px", "flexWrap": "wrap-reverse"})):
        yield fx(f"column_wrap_intrinsic_height_{name}",
                 flex(flex(*three_40(), **{"flexDirection": "column", "flexWrap": "wrap", **style}),
                      flexDirection="column", width=300))
    # As an item of a column container, its max-content width is that of its columns at the height it is
    # given there (its used main size), not at its own height.
    wrap_col = lambda *c, **st: div(*c, **{"display": "flex", "height": 20, "flexDirection": "column",  # noqa: E731
                                          "flexWrap": "wrap", **st})
    yield fx("column_wrap_item_width_at_flexed_height",
             flex(wrap_col(leaf(102, 25), leaf(5, 5, marginTop=11, marginRight=18), flexGrow=1),
                  flexDirection="column", alignItems="start", height=74))
    yield fx("column_wrap_item_width_at_flexed_height_wrap_reverse",
             flex(wrap_col(leaf(102, 25), flex(margin="11px 18px 7% 8%", flexGrow=0.5), flexWrap="wrap-reverse",
                           flexGrow=1, boxSizing="border-box"),
                  height=74.1, flexDirection="column", alignItems="end"), 600, 400)
    yield fx("column_wrap_item_width_at_flexed_height_percent_basis",
             flex(wrap_col(leaf(29, 0), leaf(10, 9, margin="18px 0 16.6px", flexBasis="75%"), leaf(5, 126),
                           flex="0.5", height="auto", padding="6px 7px 6.2px 5%", flexDirection="column-reverse"),
                  flexDirection="column", alignItems="start", minHeight=78), 500, 400)
    yield fx("column_wrap_item_width_at_own_height", flex(wrap_col(leaf(102, 25), leaf(5, 5, marginTop=11,
                                                                                        marginRight=18)),
                                                          flexDirection="column", alignItems="start", height=74))
    # (with no flex items, only an absolutely positioned child, its intrinsic height is 0)
    yield fx("column_wrap_intrinsic_height_abspos_child_only",
             flex(leaf(20, 50), flex(leaf(10, 10, position="absolute"), height=20, flexBasis="0",
                                     flexDirection="column", flexWrap="wrap"),
                  height=40, width=300, flexDirection="column"))
    yield fx("column_wrap_intrinsic_height_abspos_child_only_max_height",
             flex(leaf(20, 130, flex="0.5"), flex(leaf(17, 142.6, position="absolute", top="9%"), height="61%",
                                                  maxHeight="25%", flexBasis="0", flexDirection="column-reverse",
                                                  flexWrap="wrap"),
                  height=45, width=300, flexDirection="column"))


def flex_align_content():
    for a in ALIGN_CONTENT:
        items = [leaf(70, 40) for _ in range(5)]
        yield fx(f"align_content_{a}_wrap", flex(*items, div(width=70), flexWrap="wrap", alignContent=a,
                                                 width=200, height=240))
        yield fx(f"align_content_{a}_wrap_reverse", flex(*items, flexWrap="wrap-reverse", alignContent=a,
                                                         width=200, height=240))
        yield fx(f"align_content_{a}_column", flex(*items, div(height=40), flexDirection="column",
                                                   flexWrap="wrap", alignContent=a, width=280, height=130))
        yield fx(f"align_content_{a}_single_line", flex(leaf(70, 40), div(width=70), flexWrap="wrap",
                                                        alignContent=a, width=200, height=120))
        yield fx(f"align_content_{a}_overflow", flex(*items, flexWrap="wrap", alignContent=a,
                                                     width=200, height=60))
    for a in ("space-around", "space-evenly", "space-between"):  # negative free space, see flex_justify
        yield fx(f"align_content_{a}_overflow_wrap_reverse", flex(*[leaf(70, 40) for _ in range(5)],
                                                                  flexWrap="wrap-reverse", alignContent=a,
                                                                  width=200, height=60, marginTop=30))
    yield fx("align_content_nowrap_ignored", flex(leaf(70, 40), div(width=70), alignContent="center",
                                                  width=200, height=120))
    yield fx("align_content_stretch_items_align", flex(leaf(70, 40), leaf(70, 20, alignSelf="flex-end"),
                                                       div(width=70), leaf(70, 30), flexWrap="wrap",
                                                       alignContent="stretch", alignItems="center",
                                                       width=160, height=200))


def flex_gap():
    items = lambda n: [leaf(50, 30) for _ in range(n)]  # noqa: E731
    yield fx("gap_row", flex(*items(3), gap=10, width=300, height=60))
    yield fx("gap_column_gap_space_between", flex(*items(3), columnGap=20, justifyContent="space-between",
                                                  width=300, height=60))
    yield fx("gap_row_gap_wrap", flex(*items(7), rowGap=15, flexWrap="wrap", width=200, height=200))
    yield fx("gap_two_values_wrap", flex(*items(7), gap="10px 20px", flexWrap="wrap", width=200, height=200))
    yield fx("gap_column_direction", flex(*items(3), gap=12, flexDirection="column", width=100, height=200))
    yield fx("gap_column_wrap", flex(*items(7), gap="5px 25px", flexDirection="column", flexWrap="wrap",
                                     width=300, height=120))
    yield fx("gap_percent", flex(*items(3), columnGap="10%", width=300, height=60))
    yield fx("gap_percent_row_gap", flex(*items(6), rowGap="10%", flexWrap="wrap", width=200, height=200))
    yield fx("gap_wrap_reverse", flex(*items(7), gap=10, flexWrap="wrap-reverse", width=200, height=200))
    yield fx("gap_with_grow", flex(div(flexGrow=1, height=20), div(flexGrow=1, height=20), gap=30,
                                   width=300, height=60))
    yield fx("gap_abspos_child", flex(leaf(50, 30), leaf(20, 20, position="absolute"), leaf(50, 30), gap=20,
                                      width=300, height=60))
    yield fx("gap_causes_wrap", flex(*items(4), columnGap=20, flexWrap="wrap", width=250, height=100))
    yield fx("gap_align_content", flex(*items(5), gap=10, flexWrap="wrap", alignContent="space-between",
                                       width=180, height=200))


def flex_abspos_children():
    for j, a in (("center", "center"), ("flex-end", "flex-start"), ("space-between", "flex-end")):
        yield fx(f"abspos_static_{j}_{a}", flex(leaf(40, 30), leaf(20, 20, position="absolute"),
                                                justifyContent=j, alignItems=a, position="relative",
                                                width=300, height=100))
    yield fx("abspos_static_column", flex(leaf(40, 30, position="absolute"), leaf(40, 30), flexDirection="column",
                                          justifyContent="center", alignItems="flex-end", width=300, height=100))
    yield fx("abspos_insets_in_flex", flex(leaf(40, 30), leaf(20, 20, position="absolute", right=10, bottom=5),
                                           position="relative", padding=10, width=300, height=100))
    yield fx("abspos_align_self", flex(leaf(20, 20, position="absolute", alignSelf="flex-end"), leaf(40, 30),
                                       position="relative", width=300, height=100))


def flex_nested_percent_min_max():
    """Column and row containers nested with percentage sizes, bases and min / max sizes (combinations the
    random generators rarely produce)."""
    col = {"flexDirection": "column"}
    yield fx("nested_column_in_row_percent_min_max",
             flex(flex(leaf("50%", "30%"), leaf(40, 20, flexGrow=1, minHeight="40%"), flexGrow=1, maxHeight="60%",
                       **col),
                  leaf(60, 80), height=200, width=300))
    yield fx("nested_row_in_column_percent_height",
             flex(flex(flex(leaf("30%", 10), leaf(20, "50%"), flexGrow=1, minWidth="20%"), height="50%", **col),
                  height=240, width=300, **col))
    yield fx("nested_column_percent_min_over_max",
             flex(flex(div(height="40%", minHeight=30, maxHeight="20%"), leaf(10, 40), flex="1 1 50%", **col),
                  leaf(100, 100), width=300, height=150))
    yield fx("nested_row_percent_basis_min_max",
             flex(flex(leaf(100, 10, flexBasis="40%", maxWidth="30%"), leaf(100, 10, flexBasis="60%", minWidth="70%"),
                       width="80%"),
                  width=300, height=100, **col))
    yield fx("nested_column_full_height_in_grown_item",
             flex(flex(flex(leaf(10, 10), height="100%", justifyContent="flex-end", **col), flexGrow=1),
                  height=120, width=100, **col))
    yield fx("nested_column_full_height_min_height_container",
             flex(flex(flex(leaf(10, 10), height="100%", justifyContent="flex-end", **col), flexGrow=1, minHeight=0),
                  minHeight=120, width=100, **col))
    yield fx("nested_column_percent_basis_min_height",
             flex(flex(leaf(50, "50%"), flexBasis="50%", minHeight=150, **col), height=200, width=100, **col))
    yield fx("nested_row_wrap_percent_items_max_width",
             flex(flex(leaf("25%", 20), leaf("25%", 20), leaf("75%", 20), flexWrap="wrap", flexGrow=1, maxWidth="80%"),
                  leaf(40, 20), width=300))
    yield fx("nested_column_wrap_percent_height",
             flex(flex(leaf("auto", "30%", flexGrow=1), leaf("auto", 20, minHeight="20%"), flexWrap="wrap",
                       height="80%", width="50%", **col),
                  height=150, width=300))
    yield fx("nested_column_max_height_percent_grown",
             flex(flex(leaf(10, "50%"), maxHeight="30%", flexGrow=1, **col), height=100, width=100, **col))
    yield fx("nested_column_percent_basis_min_height_indefinite",
             flex(flex(leaf(10, 10, flexBasis="50%"), leaf(10, 10, flexBasis="50%"), minHeight=80, **col),
                  width=100, **col))


def flex_abspos_in_inline_flex():
    """Absolutely positioned children of inline-flex containers: static positions under the container's
    alignment, percentages of its padding box, and the line the container sits on."""
    iflex = lambda *c, **st: flex(*c, display="inline-flex", **st)  # noqa: E731
    ab = lambda w=10, h=10, **st: leaf(w, h, position="absolute", **st)  # noqa: E731
    yield fx("inline_flex_abspos_insets",
             div(iflex(leaf(40, 30), ab(right=0, bottom=0), position="relative", padding=5), width=300))
    yield fx("inline_flex_abspos_static_centered",
             div(iflex(leaf(40, 30), ab(), justifyContent="center", alignItems="center", width=100, height=60),
                 width=300))
    yield fx("inline_flex_abspos_percent_insets_column",
             div(iflex(leaf(40, 30), div(position="absolute", left="10%", right="10%", top=0, bottom=0),
                       position="relative", flexDirection="column"),
                 div(leaf(20, 50), display="inline-block"), width=300))
    yield fx("inline_flex_abspos_row_reverse_align_self",
             div(iflex(ab(alignSelf="flex-end"), flexDirection="row-reverse", width=80, height=40, alignItems="center"),
                 width=300))
    yield fx("inline_flex_abspos_percent_size_border",
             div(iflex(leaf(40, 30), ab("50%", "50%", top=5, left=5), position="relative", borderStyle="solid",
                       borderWidth="3px 4px"),
                 width=300))
    yield fx("inline_flex_abspos_baseline_line",
             div(iflex(leaf(40, 30, marginTop=8), ab(), alignItems="baseline"),
                 div(leaf(20, 20), display="inline-block"), width=300))
    yield fx("inline_flex_abspos_auto_margins",
             div(iflex(ab(margin="auto", top=0, bottom=0, left=0, right=0), width=80, height=40, position="relative"),
                 width=300))
    yield fx("inline_flex_abspos_static_wrap_reverse",
             div(iflex(ab(), leaf(30, 20), leaf(30, 40), flexWrap="wrap-reverse", width=40, alignContent="center",
                       height=100, justifyContent="flex-end"),
                 width=300))
    yield fx("inline_flex_abspos_static_column_reverse",
             div(iflex(ab(), leaf(30, 20), flexDirection="column-reverse", justifyContent="space-around",
                       alignItems="end", width=50, height=80),
                 width=300))


def flex_nested():
    yield fx("nested_row_in_column", flex(flex(leaf(40, 20, flexGrow=1), leaf(40, 30)), leaf(60, 40),
                                          flexDirection="column", width=300, height=200))
    yield fx("nested_column_in_row", flex(flex(leaf(40, 20), leaf(40, 30, flexGrow=1), flexDirection="column"),
                                          leaf(60, 40), width=300, height=200))
    yield fx("nested_percent_in_item", flex(div(leaf("50%", "50%"), flexBasis=200, height=100), width=300,
                                            height=150))
    yield fx("nested_percent_height_stretched", flex(div(div(height="50%", width=20)), width=300, height=150))
    yield fx("nested_percent_height_column_grow", flex(div(div(height="50%", width=20), flexGrow=1),
                                                       flexDirection="column", width=300, height=150))
    yield fx("nested_three_levels", flex(flex(flex(leaf(30, 30), leaf(30, 30, flexGrow=1), flexGrow=1),
                                              leaf(50, 50), flexGrow=1, alignItems="center"),
                                         leaf(40, 40), width=350, height=150, padding=5))
    yield fx("nested_wrap_in_shrinking_item", flex(flex(*[leaf(60, 20) for _ in range(4)], flexWrap="wrap",
                                                        flex="1"), leaf(100, 20), width=250, height=150))


# -- hand-written fixtures: block flow ------------------------------------------------------------------

def flex_intrinsic_basis():
    """A row container's intrinsic width: a length flex basis caps the contribution of an item that
    cannot grow and floors that of one that cannot shrink, before min/max (an auto minimum being the
    automatic minimum size); a multi-line container does so for its max-content size only, which is never
    narrower than its min-content size (the largest plain min-content contribution)."""
    def item(content, **style):
        return flex(leaf(content, 10, flexShrink=0), **style)
    cases = {
        "cap_no_grow": [item(0, width=120, flexBasis=40, flexGrow=0)],
        "floor_no_shrink": [item(30, flexBasis=80, flexGrow=2, flexShrink=0), item(0, width=120, flexShrink=0)],
        "cap_then_auto_min": [item(0, flexGrow=2), item(50, width=60, flexBasis=40, flexGrow=0)],
        "floor_then_max": [item(50, flexBasis=80, flexGrow=1, flexShrink=3),
                           item(0, flexBasis=40, flexGrow=2, flexShrink=0, minWidth=10, maxWidth=25)],
        "cap_then_min": [item(50, flexBasis=0, flexGrow=0, minWidth=10), item(0, width=20, flexBasis=0, flexGrow=0.5)],
        "basis_zero_width": [item(30, width=60, flexBasis=0, flexGrow=0, flexShrink=0.5), item(30, flexGrow=2)],
        "basis_content_no_cap": [item(30, width=60, flexBasis="content", flexGrow=0)],
        "border_box_basis": [item(30, flexBasis=0, flexGrow=0, minWidth=10, padding="0 3px 0 5px",
                                  boxSizing="border-box")],
    }
    for name, items in cases.items():
        for mode in ("max-content", "min-content"):
            yield fx(f"intrinsic_basis_{name}_{mode.split('-')[0]}", flex(*items, width=mode, columnGap=5))
    yield fx("intrinsic_basis_wrap_floor", flex(item(30, width=60, flexBasis=40, flexGrow=0.5),
                                                item(0, flexBasis=40, flexGrow=0.5, flexShrink=0),
                                                width="max-content", flexWrap="wrap", columnGap=7))
    yield fx("intrinsic_basis_wrap_no_cap", flex(item(0, width=120, flexBasis=40, flexGrow=0), width="max-content",
                                                 flexWrap="wrap"))
    yield fx("intrinsic_basis_wrap_min_content", flex(item(50, width=60, minWidth=70), item(0, width=120, flexBasis=40,
                                                                                              flexGrow=0),
                                                      width="min-content", flexWrap="wrap"))
    for name, items in {"cap_below_widest": [item(70), item(0, width=100, flexBasis=0, flexGrow=0)],
                        "cap_above_widest": [item(70), item(0, width=100, flexBasis=50, flexGrow=0)],
                        "cap_auto_min": [item(70), item(100, flexBasis=0, flexGrow=0)],
                        "min_width_item": [item(0, minWidth=70), item(0, width=100, flexBasis=0, flexGrow=0)]}.items():
        yield fx(f"intrinsic_basis_wrap_{name}", flex(*items, width="max-content", flexWrap="wrap"))
    yield fx("intrinsic_basis_nested_item", flex(flex(div(flexShrink=0, flexBasis=111), boxSizing="border-box"),
                                                 div(flex="2 0 40px")))
    # A capped item with an aspect ratio and a definite height: its automatic minimum width (the floor of
    # its contribution) takes the ratio's width as content size, limited by its width.
    ratio_item = lambda **st: flex(**{"height": 150, "aspectRatio": "16 / 9", "flexBasis": "0",  # noqa: E731
                                      "flexShrink": 3, **st})
    for name, st in (("width", {"width": 165}), ("wide_width", {"width": 300}), ("auto_width", {}),
                     ("no_shrink", {"width": 165, "flexShrink": 0}), ("min_width_0", {"width": 165, "minWidth": 0})):
        yield fx(f"intrinsic_basis_cap_aspect_ratio_{name}",
                 div(flex(ratio_item(**st), leaf(20, 10), display="inline-flex"), width=500))
    yield fx("intrinsic_basis_cap_aspect_ratio_in_column_item",
             flex(flex(flex(ratio_item(width=165), display="inline-flex"), flexBasis="0", flexDirection="column",
                       aspectRatio="1 / 2"),
                  leaf(100, 10, flexGrow=3), flexWrap="wrap", width=300), 400, 500)


def block_stacking():
    yield fx("stack_three", div(leaf("auto", 40), leaf("auto", 50), leaf("auto", 60), width=300))
    yield fx("stack_widths", div(leaf(100, 20), leaf("50%", 20), leaf("auto", 20, marginLeft=30),
                                 width=300, padding=10))
    yield fx("stack_root_height_overflow", div(leaf("auto", 100), leaf("auto", 100), height=120))
    yield fx("stack_auto_width_edges", div(div(height=20, margin="0 10px", padding="0 5px", borderStyle="solid",
                                               borderWidth="0 3px 0 7px")))
    yield fx("stack_negative_horizontal_margins", div(div(height=20, margin="0 -20px"), width=200, marginLeft=50))
    yield fx("stack_border_box", div(leaf(150, 40, boxSizing="border-box", padding=10, borderStyle="solid",
                                          borderWidth=5), leaf(150, 40, padding=10, borderStyle="solid",
                                                               borderWidth=5), width=300))
    yield fx("stack_nested_padding", div(div(div(leaf("auto", 30), padding=10), padding=10), padding=10,
                                         width=250))
    yield fx("stack_width_larger_than_parent", div(leaf(350, 20), leaf("auto", 20), width=200))
    yield fx("stack_fractional", div(leaf("33.3%", 10.5), leaf("66.7%", 20.25), leaf(100.75, 7.3), width=301))


def block_margin_collapse_siblings():
    for a, b in ((20, 10), (10, 20), (20, -10), (-20, 10), (-10, -5), (0, 15), (15, 15)):
        yield fx(f"collapse_siblings_{a}_{b}".replace("-", "m"),
                 div(leaf("auto", 30, marginBottom=a), leaf("auto", 30, marginTop=b), width=300))
    for a, m, b in ((10, (20, 5), 15), (10, (-20, 5), 30), (-10, (5, -30), 10)):
        yield fx(f"collapse_through_empty_{a}_{m[0]}_{m[1]}_{b}".replace("-", "m"),
                 div(leaf("auto", 30, marginBottom=a), div(marginTop=m[0], marginBottom=m[1]),
                     leaf("auto", 30, marginTop=b), width=300))
    empty_blockers = {"padding": {"paddingTop": 1}, "border": {"borderStyle": "solid", "borderWidth": "1px 0 0"},
                      "min_height": {"minHeight": 10}, "height": {"height": 5}, "height_zero": {"height": 0},
                      "flow_root": {"display": "flow-root"}, "overflow_hidden": {"overflow": "hidden"},
                      "flex": {"display": "flex"}, "abspos": {"position": "absolute"}}
    for name, style in empty_blockers.items():
        yield fx(f"collapse_empty_{name}", div(leaf("auto", 30, marginBottom=20), div(marginTop=15, marginBottom=25,
                                                                                      **style),
                                               leaf("auto", 30, marginTop=10), width=300))
    yield fx("collapse_siblings_percent", div(leaf("auto", 30, marginBottom="10%"), leaf("auto", 30, marginTop="5%"),
                                              width=300))
    yield fx("collapse_siblings_flow_root_between", div(leaf("auto", 30, marginBottom=20),
                                                        div(leaf("auto", 10), display="flow-root", margin="30px 0"),
                                                        leaf("auto", 30, marginTop=10), width=300))
    yield fx("collapse_siblings_display_none_between", div(leaf("auto", 30, marginBottom=20),
                                                           div(display="none", margin="50px 0"),
                                                           leaf("auto", 30, marginTop=10), width=300))
    yield fx("collapse_siblings_abspos_between", div(leaf("auto", 30, marginBottom=20),
                                                     leaf(50, 50, position="absolute", margin="5px 0"),
                                                     leaf("auto", 30, marginTop=10), width=300))
    yield fx("collapse_many_empty", div(leaf("auto", 10), div(margin="5px 0"), div(margin="25px 0 -5px"),
                                        div(marginTop=-8), leaf("auto", 10, marginTop=3), width=300))


def block_margin_collapse_parent():
    child = lambda **s: leaf("auto", 30, marginTop=20, marginBottom=25, **s)  # noqa: E731
    blockers = {"none": {}, "border": {"borderStyle": "solid", "borderWidth": "1px 0"}, "padding": {"padding": "2px 0"},
                "flow_root": {"display": "flow-root"}, "overflow_hidden": {"overflow": "hidden"},
                "overflow_clip": {"overflow": "clip"}, "flex": {"display": "flex", "flexDirection": "column"},
                "height": {"height": 80}, "min_height": {"minHeight": 80}, "max_height": {"maxHeight": 20},
                "relative": {"position": "relative"}, "inline_block": {"display": "inline-block", "width": 300}}
    for name, style in blockers.items():
        yield fx(f"collapse_parent_{name}", div(leaf("auto", 10), div(child(), margin="10px 0 5px", **style),
                                                leaf("auto", 10), width=300))
    yield fx("collapse_parent_root", div(child(), margin="15px 0"), 400, 300)
    # A min-height that makes the box taller than its content stops the last child's bottom margin from
    # collapsing through, and that margin does not count in the content height either (Blink drops it).
    last = lambda: leaf(20, 26, marginBottom=18)  # noqa: E731
    yield fx("collapse_parent_bottom_min_height_between", div(div(last(), minHeight=39), leaf("auto", 10),
                                                              display="flow-root", width=300))
    yield fx("collapse_parent_bottom_min_height_above", div(div(last(), minHeight=50, marginBottom=5), leaf("auto", 10),
                                                            display="flow-root", width=300))
    yield fx("collapse_parent_bottom_min_height_percent", div(div(last(), minHeight="80%"), display="flow-root",
                                                              width=300, height=49))
    yield fx("collapse_parent_bottom_min_height_percent_stretched",
             flex(div(div(last(), minHeight="80%"), overflow="hidden"), leaf(20, 49), flexWrap="wrap", width=300))
    yield fx("collapse_parent_bottom_max_height", div(div(last(), maxHeight=30), leaf("auto", 10), display="flow-root",
                                                      width=300))
    # A percentage height of an indefinite containing-block height behaves as auto: the box's margins
    # collapse through it when empty, and with its last child's bottom margin.
    yield fx("collapse_through_percent_height_indefinite", div(leaf("auto", 10), div(height="35%", margin="12px 0"),
                                                               leaf("auto", 10), width=300))
    yield fx("collapse_parent_bottom_percent_height_indefinite", div(div(child(), height="50%", margin="10px 0 5px"),
                                                                     leaf("auto", 10), width=300))
    # Under a height from an aspect ratio, the last child's bottom margin neither collapses through nor
    # counts in the content height (Blink drops it), unless the box is a formatting-context root.
    yield fx("collapse_parent_bottom_aspect_ratio", div(div(div(marginTop=3, marginBottom=10), aspectRatio="4"),
                                                        leaf("auto", 10), width=300, display="flow-root"))
    yield fx("collapse_parent_bottom_aspect_ratio_content_taller",
             div(div(leaf("auto", 100, marginBottom=12), aspectRatio="4"), leaf("auto", 10), width=300,
                 display="flow-root"))
    yield fx("collapse_parent_bottom_aspect_ratio_content_close",
             div(div(flex(height=20, margin="3px -12px 9.8px 0"), width="14%", aspectRatio="2", boxSizing="border-box"),
                 width=400, display="flow-root"))
    yield fx("collapse_parent_bottom_aspect_ratio_padding", div(div(div(marginBottom=9, aspectRatio="1"),
                                                                    padding="15px 0 8px 10px", aspectRatio="auto 3 / 2",
                                                                    boxSizing="border-box"),
                                                                width=300, display="flow-root"))
    yield fx("collapse_parent_bottom_aspect_ratio_flow_root",
             div(div(leaf("auto", 100, marginBottom=12), aspectRatio="4", display="flow-root"), leaf("auto", 10),
                 width=300, display="flow-root"))
    yield fx("collapse_parent_percent_height_definite", div(div(child(), height="20%", margin="10px 0 5px"),
                                                            leaf("auto", 10), width=300, height=200))
    yield fx("collapse_parent_root_flow_root", div(child(), margin="15px 0", display="flow-root"))
    yield fx("collapse_parent_nested_three", div(div(div(leaf("auto", 20, marginTop=30), marginTop=10), marginTop=-5),
                                                 leaf("auto", 10), width=300, paddingTop=1))
    yield fx("collapse_parent_negative_child", div(div(leaf("auto", 20, marginTop=-15, marginBottom=-5),
                                                       margin="10px 0"), leaf("auto", 10), width=300, paddingTop=40))
    yield fx("collapse_parent_first_child_empty", div(div(div(margin="20px 0"), leaf("auto", 20, marginTop=10)),
                                                      width=300, paddingTop=1))
    yield fx("collapse_parent_first_child_abspos", div(div(leaf(20, 20, position="absolute", marginTop=40),
                                                           leaf("auto", 20, marginTop=10), marginTop=5),
                                                       width=300, paddingTop=1))
    yield fx("collapse_parent_flex_child", div(div(flex(leaf(20, 20, marginTop=40), marginTop=25), marginTop=5),
                                               width=300, paddingTop=1))
    yield fx("collapse_parent_bottom_chain", div(div(div(leaf("auto", 20, marginBottom=30), marginBottom=10),
                                                     marginBottom=20), leaf("auto", 20, marginTop=5), width=300))


def block_auto_margins():
    yield fx("automargin_block_center", div(leaf(100, 20, margin="0 auto"), width=300))
    yield fx("automargin_block_left_auto", div(leaf(100, 20, marginLeft="auto"), width=300))
    yield fx("automargin_block_right_auto", div(leaf(100, 20, marginRight="auto", marginLeft=20), width=300))
    yield fx("automargin_block_overconstrained", div(leaf(400, 20, margin="0 auto"), width=300))
    yield fx("automargin_block_overconstrained_px", div(leaf(200, 20, margin="0 150px 0 30px"), width=300))
    yield fx("automargin_block_max_width", div(div(height=20, maxWidth=100, margin="0 auto"), width=300))
    yield fx("automargin_block_min_width", div(div(width=50, height=20, minWidth=120, margin="0 auto"), width=300))
    yield fx("automargin_block_border_box", div(leaf(100, 20, margin="0 auto", boxSizing="border-box",
                                                     padding="0 20px"), width=300))
    yield fx("automargin_block_percent", div(leaf("50%", 20, margin="0 auto"), width=301))
    yield fx("automargin_block_vertical_auto_is_zero", div(leaf(100, 20, margin="auto"), height=200, width=300))
    yield fx("automargin_root", leaf(200, 100, margin="0 auto"))


def block_margin_collapse_aspect_ratio_boundaries():
    """Margin collapsing next to boxes with an aspect ratio across flow-root and inline-block boundaries
    (combinations the random generators rarely produce)."""
    ib = lambda *c, **st: div(*c, display="inline-block", **st)  # noqa: E731
    root = lambda *c: div(*c, width=300, display="flow-root")  # noqa: E731
    yield fx("collapse_ratio_box_first_child_top",
             root(div(div(leaf("auto", 10, marginTop=20), aspectRatio="4"), marginTop=10)))
    yield fx("collapse_ratio_flow_root_first_child_top",
             root(div(div(leaf("auto", 10, marginTop=20), aspectRatio="4", display="flow-root"), marginTop=10)))
    yield fx("collapse_ratio_inside_inline_block",
             root(ib(div(leaf(50, 10, marginTop=20, marginBottom=15), aspectRatio="2")), leaf("auto", 5, marginTop=7)))
    yield fx("collapse_ratio_inline_block_margins",
             root(div(ib(leaf(40, 10), aspectRatio="2", marginTop=6, marginBottom=9), marginTop=12),
                  leaf("auto", 5, marginTop=11)))
    yield fx("collapse_through_empty_ratio_box",
             root(div(div(marginTop=15, marginBottom=25, aspectRatio="4"), leaf("auto", 10, marginTop=12))))
    yield fx("collapse_ratio_box_then_empty",
             root(div(div(aspectRatio="4", marginBottom=20), div(marginTop=30)), leaf("auto", 5)))
    yield fx("collapse_ratio_auto_min_height_zero_last_child",
             root(div(div(leaf("auto", 10, marginBottom=30), aspectRatio="auto 8", minHeight=0), marginBottom=10),
                  leaf("auto", 5)))
    yield fx("collapse_ratio_negative_margin_in_flow_root",
             div(div(div(leaf("auto", 10), aspectRatio="2", width=100, marginTop=-5), marginTop=20,
                     display="flow-root"), width=300))
    yield fx("collapse_ratio_inline_block_line_then_empty",
             root(div(ib(aspectRatio="1", width=30), marginTop=10, marginBottom=10), div(marginTop=20),
                  leaf("auto", 5)))
    yield fx("collapse_between_ratio_siblings",
             root(div(div(aspectRatio="3", width=30, marginTop=5, marginBottom=40),
                      div(aspectRatio="3", width=30, marginTop=25))))


def block_flow_root():
    yield fx("flow_root_contains_margins", div(leaf("auto", 20, margin="20px 0"), display="flow-root",
                                               margin="10px 0", width=300))
    yield fx("flow_root_siblings_collapse", div(leaf("auto", 20, marginBottom=20),
                                                div(leaf("auto", 20), display="flow-root", margin="30px 0"),
                                                div(leaf("auto", 20), display="flow-root", marginTop=10), width=300))
    yield fx("flow_root_auto_width", div(div(leaf(50, 20), display="flow-root", margin="0 10px"), width=300))
    yield fx("flow_root_nested", div(div(div(leaf("auto", 20, marginTop=15), marginTop=15),
                                         display="flow-root", marginTop=5), width=300))
    yield fx("flow_root_root_with_height", div(leaf("auto", 20, marginTop=50), display="flow-root", height=40))


def block_inline_level():
    yield fx("inline_block_row", div(leaf(50, 30, display="inline-block"), leaf(60, 40, display="inline-block"),
                                     leaf(40, 20, display="inline-block"), width=300))
    yield fx("inline_block_wrapping", div(*[leaf(100, 20 + 5 * i, display="inline-block") for i in range(4)],
                                          width=300))
    yield fx("inline_block_margins", div(leaf(50, 30, display="inline-block", margin="10px 5px 3px"),
                                         leaf(50, 30, display="inline-block", marginBottom=20), width=300))
    yield fx("inline_block_shrink_to_fit", div(div(leaf(80, 20), leaf(40, 20), display="inline-block"),
                                               width=300))
    yield fx("inline_block_shrink_to_fit_limited", div(div(leaf(80, 20), div(leaf(60, 20, display="inline-block"),
                                                                            leaf(90, 20, display="inline-block"),
                                                                            leaf(70, 20, display="inline-block")),
                                                           display="inline-block"), width=150))
    yield fx("inline_block_percent_child", div(div(leaf(80, 20), leaf("50%", 20), display="inline-block"),
                                               width=300))
    yield fx("inline_block_overflow_hidden", div(div(leaf(30, 40), display="inline-block", overflow="hidden"),
                                                 leaf(30, 20, display="inline-block"), width=300))
    yield fx("inline_block_nested_line", div(div(leaf(20, 20, display="inline-block"), display="inline-block",
                                                 padding=5), leaf(30, 50, display="inline-block"), width=300))
    yield fx("inline_block_between_blocks", div(leaf("auto", 20), leaf(50, 30, display="inline-block"),
                                                leaf(50, 10, display="inline-block"), leaf("auto", 20),
                                                leaf(40, 40, display="inline-block"), width=300))
    yield fx("inline_block_empty", div(div(display="inline-block"), width=300))
    yield fx("inline_block_zero_height", div(leaf(50, 0, display="inline-block"), leaf(50, 0, display="inline-block"),
                                             width=300))
    yield fx("inline_block_edges", div(leaf(50, 30, display="inline-block", padding="5px 10px", borderStyle="solid",
                                            borderWidth="1px 2px 3px 4px"), width=300))
    yield fx("inline_block_percent_width", div(leaf("25%", 30, display="inline-block"),
                                               leaf("75%", 30, display="inline-block"), width=301))
    yield fx("inline_block_overflowing_line", div(leaf(350, 20, display="inline-block"),
                                                  leaf(50, 20, display="inline-block"), width=300))
    yield fx("inline_block_border_box", div(leaf(100, 40, display="inline-block", boxSizing="border-box",
                                                 padding=10), width=300))
    yield fx("inline_flex_row", div(flex(leaf(30, 20), leaf(40, 40), display="inline-flex"),
                                    leaf(30, 30, display="inline-block"), width=300))
    yield fx("inline_flex_align", div(flex(leaf(30, 20), leaf(40, 40), display="inline-flex", alignItems="flex-end",
                                           padding=5), leaf(30, 30, display="inline-block"), width=300))
    yield fx("inline_flex_column", div(flex(leaf(30, 20), leaf(40, 40), display="inline-flex",
                                            flexDirection="column"), leaf(30, 30, display="inline-block"),
                                       width=300))
    yield fx("inline_flex_wrapping", div(flex(leaf(120, 20), display="inline-flex"),
                                         flex(leaf(120, 20), leaf(60, 20), display="inline-flex"),
                                         flex(leaf(100, 20), display="inline-flex"), width=300))
    yield fx("inline_flex_empty", div(div(display="inline-flex"), leaf(20, 20, display="inline-block"), width=300))
    yield fx("inline_flex_baseline_items", div(flex(leaf(30, 20), leaf(30, 40), display="inline-flex",
                                                    alignItems="baseline"),
                                               leaf(20, 10, display="inline-block"), width=300))
    yield fx("root_inline_block", leaf(100, 50, display="inline-block"))
    yield fx("root_inline_flex", flex(leaf(30, 40), display="inline-flex"))
    yield fx("inline_block_line_height", div(leaf(50, 30, display="inline-block"), leaf(50, 10, display="inline-block"),
                                             width=300, lineHeight="40px"))
    yield fx("inline_block_font_size", div(leaf(50, 30, display="inline-block"), leaf(50, 10, display="inline-block"),
                                           width=300, fontSize="32px"))
    yield fx("inline_block_in_flex_is_blockified", flex(leaf(30, 30, display="inline-block"),
                                                        div(leaf(20, 20), display="inline-block"), width=300,
                                                        height=80))


def block_inline_baselines_static():
    """An atomic inline's baseline, known only once its content is placed: an empty inline-block inside
    an inline-block (the strut's baseline), inside a flex item; a scroll-container child gives its
    bottom margin edge when it is a block container, no baseline when it is a flex container. The
    static position of an out-of-flow box among atomic inlines: inline-level after the atomic before it,
    block-level at the start of the next line."""
    ib = lambda *c, **s: div(*c, display="inline-block", **s)  # noqa: E731
    yield fx("inline_baseline_nested_empty", div(ib(ib()), width=300))
    yield fx("inline_baseline_nested_inline_flex", flex(div(ib(div(display="inline-flex"))), width=300))
    yield fx("inline_baseline_nested_in_flex_item", flex(div(ib(ib(leaf(10, 30)), marginTop=4)), width=300))
    for disp in ("block", "flow-root", "flex"):
        for h in (0, 10):
            yield fx(f"inline_baseline_scroll_{disp.replace('-', '_')}_child_{h}",
                     div(ib(div(display=disp, overflow="hidden", height=h), paddingBottom=6, width=20), width=300))
    yield fx("inline_baseline_scroll_flex_child_with_item", div(ib(flex(leaf(0, 70, boxSizing="border-box"),
                                                                        height=57, overflow="hidden"),
                                                                   boxSizing="border-box"), width=300))
    yield fx("inline_baseline_scroll_flex_child_empty_item", div(ib(flex(div(boxSizing="border-box"), overflow="hidden"),
                                                                    padding="0 2px 6px 12px", boxSizing="border-box"),
                                                                 width=300))
    yield fx("inline_baseline_scroll_block_child_with_lines", div(ib(div(div(display="inline-flex"),
                                                                        overflow="hidden", boxSizing="border-box")),
                                                                 width=300))
    yield fx("inline_baseline_row_reverse_items", div(ib(flex(div(borderStyle="solid"), div(boxSizing="border-box"),
                                                              flexDirection="row-reverse", alignItems="start"),
                                                         boxSizing="border-box"), width=300))
    yield fx("inline_baseline_inline_flex_row_reverse_margin", div(flex(div(), div(marginBottom=12.1),
                                                                        display="inline-flex",
                                                                        flexDirection="row-reverse"),
                                                                   width=300, display="flow-root"))
    yield fx("inline_baseline_scroll_inline_flex_clamped", div(div(ib(marginTop=-14, marginBottom=17),
                                                                   display="inline-flex", overflow="hidden"),
                                                               width=300))
    # An inline-block's baseline from a relatively positioned child is where the child was laid out: the
    # relative offset moves the child, not the baseline.
    small = lambda: div(display="inline-block", width=10, height=5)  # noqa: E731
    yield fx("inline_baseline_relative_flex_child", div(ib(flex(leaf(20, 30), position="relative", top=-10)), small(),
                                                        leaf(10, 10), width=300))
    yield fx("inline_baseline_relative_flex_child_bottom", div(ib(flex(leaf(20, 30), position="relative", left=-10,
                                                                       bottom=7)),
                                                               small(), leaf(10, 10), width=300))
    yield fx("inline_baseline_relative_block_child", div(ib(div(ib(leaf(20, 30)), position="relative", top=-10)),
                                                         small(), leaf(10, 10), width=300))
    yield fx("inline_baseline_relative_scroll_child", div(ib(div(leaf(20, 30), position="relative", top=-6,
                                                                 overflow="hidden")),
                                                          small(), leaf(10, 10), width=300, height=200))
    yield fx("inline_baseline_relative_inline_flex", div(flex(leaf(20, 30), display="inline-flex", position="relative",
                                                              top=-10), small(), leaf(10, 10), width=300))
    item = lambda w=30: div(display="inline-block", width=w, height=10)  # noqa: E731
    ab = lambda d="block": div(display=d, position="absolute", width=5, height=5)  # noqa: E731
    yield fx("static_block_after_atomic", div(item(), ab(), width=200, padding=7))
    yield fx("static_block_between_atomics", div(item(), ab("flex"), item(), width=200))
    yield fx("static_block_before_atomics", div(ab(), item(), width=200))
    yield fx("static_inline_between_atomics", div(item(), ab("inline-block"), item(), width=200))
    yield fx("static_block_after_second_line", div(item(), item(), item(150), ab(), width=200))
    yield fx("static_inline_after_second_line", div(item(), item(), item(150), ab("inline-block"), width=200))


def block_display_types():
    for d in ("block", "flow-root", "inline-block", "inline-flex", "flex"):
        yield fx(f"display_{d.replace('-', '_')}_auto_size", div(
            div(leaf(60, 20, marginTop=10), leaf(90, 30, marginBottom=10), display=d, padding=5),
            leaf(40, 20), width=300))


# -- hand-written fixtures: common features ---------------------------------------------------------------

def common_edges():
    for d in ("block", "flex"):
        yield fx(f"margins_px_{d}", div(leaf(50, 30, margin="5px 10px 15px 20px"), leaf(50, 30, margin=7),
                                        display=d, width=300, height=150))
        yield fx(f"margins_negative_{d}", div(leaf(50, 30, margin="-5px -10px"), leaf(50, 30, marginTop=-20,
                                                                                    marginLeft=-15),
                                              display=d, width=300, height=150, padding=20))
        yield fx(f"padding_px_{d}", div(div(leaf(50, 30), padding="5px 10px 15px 20px"), display=d, width=300,
                                        padding=8))
        yield fx(f"borders_{d}", div(div(leaf(50, 30), borderStyle="solid", borderWidth="1px 2px 3px 4px"),
                                     leaf(40, 40, borderStyle="solid", borderWidth=10),
                                     display=d, width=300, borderStyle="solid", borderWidth=6))
        yield fx(f"percent_padding_{d}", div(div(leaf(20, 20), padding="10% 5% 0 2%"), display=d, width=300))
        yield fx(f"percent_margin_{d}", div(leaf(50, 30, margin="10% 5% 0 2%"), display=d, width=300, height=200))
    yield fx("border_style_none_width_ignored", div(leaf(50, 30, borderWidth=10), leaf(50, 30, borderStyle="solid",
                                                                                      borderWidth=10), width=300))
    yield fx("border_shorthand", div(leaf(50, 30, border="4px solid"), width=300))
    yield fx("percent_padding_abspos", div(leaf(20, 20, position="absolute", padding="10%"), position="relative",
                                           width=300, height=100, padding=10))
    yield fx("percent_margin_abspos", div(leaf(20, 20, position="absolute", margin="10% 0 0 5%"),
                                          position="relative", width=300, height=100, padding="0 50px"))


def common_percentages():
    yield fx("percent_width_height_definite", div(leaf("50%", "50%"), width=300, height=200))
    yield fx("percent_height_indefinite", div(leaf("50%", "50%"), leaf("auto", 20), width=300))
    yield fx("percent_height_chain", div(div(leaf("50%", "50%"), height="50%"), width=300, height=200))
    yield fx("percent_height_of_canvas", leaf("50%", "25%"))
    yield fx("percent_width_with_edges", div(leaf("100%", 20, padding="0 10px"), leaf("100%", 20,
                                                                                     boxSizing="border-box",
                                                                                     padding="0 10px"), width=300))
    yield fx("percent_width_flex_item", flex(leaf("30%", 20), leaf("50%", 20), leaf("40%", 20), width=300,
                                             height=50))
    yield fx("percent_min_height_indefinite", div(div(minHeight="50%", width=20), width=300))
    yield fx("percent_max_height_definite", div(div(leaf(20, 300), maxHeight="50%", width=20), width=300,
                                                height=200))


def common_min_max():
    yield fx("minmax_width_clamped", div(leaf(300, 20, maxWidth=200), leaf(50, 20, minWidth=100), width=300))
    yield fx("minmax_min_beats_max", div(leaf(100, 20, minWidth=150, maxWidth=80), width=300))
    yield fx("minmax_height_clamped", div(leaf(50, 300, maxHeight=100), leaf(50, 10, minHeight=40), width=300))
    yield fx("minmax_auto_height_content", div(div(leaf(50, 150), maxHeight=100), div(leaf(50, 10), minHeight=40),
                                               width=300))
    yield fx("minmax_percent", div(div(height=20, maxWidth="50%"), div(height=20, width=10, minWidth="30%"),
                                   width=300))
    yield fx("minmax_border_box", div(leaf(200, 20, maxWidth=100, boxSizing="border-box", padding="0 20px"),
                                      leaf(200, 20, maxWidth=100, padding="0 20px"), width=300))
    yield fx("minmax_abspos", div(leaf(300, 30, position="absolute", maxWidth=100),
                                  div(position="absolute", left=0, right=0, top=50, minHeight=30, maxWidth=150),
                                  position="relative", width=300, height=200))
    yield fx("minmax_inline_block", div(div(leaf(200, 20), display="inline-block", maxWidth=100), width=300))
    yield fx("minmax_max_height_percent_indefinite", div(div(leaf(20, 100), maxHeight="10%"), width=300))


def common_aspect_ratio():
    yield fx("aspect_ratio_width", div(leaf(100, "auto", aspectRatio="2 / 1"), width=300))
    yield fx("aspect_ratio_height", div(div(height=50, aspectRatio="16 / 9", display="inline-block"), width=300))
    yield fx("aspect_ratio_auto_width_block", div(div(aspectRatio="3"), width=300))
    yield fx("aspect_ratio_border_box", div(div(width=100, aspectRatio="1", boxSizing="border-box", padding=10),
                                            div(width=100, aspectRatio="1", padding=10), width=300))
    yield fx("aspect_ratio_auto_keyword", div(div(width=100, aspectRatio="auto 1 / 2"), width=300))
    yield fx("aspect_ratio_min_height", div(div(width=100, aspectRatio="2", minHeight=80), width=300))
    yield fx("aspect_ratio_content_taller", div(div(leaf(20, 120), width=100, aspectRatio="2"), width=300))
    yield fx("aspect_ratio_flex_row_stretch", flex(div(aspectRatio="1", width=50), div(aspectRatio="2"),
                                                   width=300, height=80))
    yield fx("aspect_ratio_flex_column", flex(div(aspectRatio="2"), div(aspectRatio="1", width=40),
                                              flexDirection="column", alignItems="flex-start", width=300, height=200))
    yield fx("aspect_ratio_abspos", div(div(position="absolute", left=10, width=60, aspectRatio="3 / 2"),
                                        position="relative", width=300, height=100))
    yield fx("aspect_ratio_flex_grow", flex(div(flexGrow=1, aspectRatio="4"), div(width=50, height=20), width=300,
                                            alignItems="flex-start"))
    # A flex container's height from its aspect ratio is definite, yet its content may make it taller while
    # min-height is auto (CSS Sizing 4, 5.3); a stretched item takes the ratio's height in a single line.
    ratio = {"width": 68, "aspectRatio": "16 / 9"}
    yield fx("aspect_ratio_flex_container_row_content", flex(leaf(20, 100), **ratio))
    yield fx("aspect_ratio_flex_container_row_max_height", flex(leaf(20, 100), maxHeight=50, **ratio))
    yield fx("aspect_ratio_flex_container_row_stretched", flex(div(leaf(20, 100)), **ratio))
    yield fx("aspect_ratio_flex_container_row_start", flex(div(leaf(20, 100), alignSelf="start"), **ratio))
    yield fx("aspect_ratio_flex_container_row_wrap", flex(leaf(20, 100), leaf(60, 30), flexWrap="wrap", **ratio))
    yield fx("aspect_ratio_flex_container_column", flex(leaf(20, 30), leaf(20, 40), flexDirection="column",
                                                        overflow="clip", **ratio))
    yield fx("aspect_ratio_flex_container_column_wrap", flex(leaf(20, 100), leaf(20, 100), flexDirection="column",
                                                             flexWrap="wrap", **ratio))
    # A multi-line column breaks its lines at the ratio's height, then is as tall as its longest line.
    wrap_ratio = {"flexDirection": "column", "flexWrap": "wrap", "width": 100, "aspectRatio": "2"}
    yield fx("aspect_ratio_flex_container_column_wrap_breaks", flex(leaf(20, 60), leaf(20, 30), leaf(20, 30),
                                                                    **wrap_ratio))
    yield fx("aspect_ratio_flex_container_column_wrap_shared_line", flex(leaf(20, 60), leaf(20, 20), leaf(20, 20),
                                                                         justifyContent="center", **wrap_ratio))
    yield fx("aspect_ratio_flex_container_column_wrap_gap", flex(leaf(20, 60), leaf(20, 20), leaf(20, 20),
                                                                 rowGap="10%", **wrap_ratio))
    yield fx("aspect_ratio_flex_container_column_wrap_grow", flex(leaf(20, 20, flexGrow=1), leaf(20, 20),
                                                                  leaf(20, 60, flexGrow=1), **wrap_ratio))
    yield fx("aspect_ratio_flex_container_column_wrap_max_height", flex(leaf(20, 70), leaf(20, 30), leaf(20, 30),
                                                                        maxHeight=55, **wrap_ratio))
    yield fx("aspect_ratio_flex_container_column_percent_basis",
             flex(leaf("auto", 103), flex(flexBasis="88%"), flexDirection="column", boxSizing="border-box",
                  aspectRatio="auto 3 / 2"), 800, 600)
    yield fx("aspect_ratio_flex_container_item", flex(flex(leaf("auto", 42), aspectRatio="1 / 2",
                                                           boxSizing="border-box"), boxSizing="border-box"))
    # A block-level box with an auto width and an aspect ratio: a definite height (a percentage of a
    # definite one too) gives the width; else it fills the line, clamped by the min / max heights
    # transferred through the ratio, then by min / max-width (CSS Sizing 4, 5.2).
    yield fx("aspect_ratio_block_percent_height", div(div(height="56%", aspectRatio="auto 3 / 2"), height=200))
    yield fx("aspect_ratio_flex_root_percent_height", flex(height="56%", aspectRatio="1"), 800, 600)
    yield fx("aspect_ratio_block_max_height", div(div(aspectRatio="1", maxHeight=100), width=300))
    yield fx("aspect_ratio_block_max_height_percent", div(div(aspectRatio="1", maxHeight="50%"), width=300, height=200))
    yield fx("aspect_ratio_block_min_height_overflows", div(div(aspectRatio="1", minHeight=350), width=300))
    yield fx("aspect_ratio_block_max_height_border_box", div(div(aspectRatio="1", maxHeight=100, padding=10,
                                                                 boxSizing="border-box"), width=300))
    yield fx("aspect_ratio_block_max_height_min_width", div(div(aspectRatio="1", maxHeight=100, minWidth=150),
                                                            width=300))
    yield fx("aspect_ratio_flex_block_max_height", div(flex(aspectRatio="1", maxHeight=100), width=300))
    # The intrinsic width of a box with a ratio and no definite height: its content's, clamped by the
    # min / max heights transferred through the ratio (the minimum at least the border and padding).
    ib = lambda *c, **st: div(*c, display="inline-block", **st)  # noqa: E731
    yield fx("aspect_ratio_intrinsic_border_box_bp", div(ib(aspectRatio="2", borderStyle="solid",
                                                            boxSizing="border-box"), width=300))
    yield fx("aspect_ratio_intrinsic_content_box_bp", div(ib(aspectRatio="2", borderStyle="solid"), width=300))
    yield fx("aspect_ratio_intrinsic_min_height", div(ib(aspectRatio="16 / 9", minHeight=61, boxSizing="border-box"),
                                                      width=300))
    yield fx("aspect_ratio_intrinsic_min_height_padding", div(ib(aspectRatio="2", minHeight=20, padding=5), width=300))
    yield fx("aspect_ratio_intrinsic_max_height", div(ib(leaf(100, 5), aspectRatio="2", maxHeight=10), width=300))
    yield fx("aspect_ratio_intrinsic_min_height_content", div(ib(leaf(10, 5), aspectRatio="2", minHeight=30),
                                                              width=300))
    yield fx("aspect_ratio_intrinsic_flex_item_min_height", flex(div(aspectRatio="2", minHeight=30), width=300))
    yield fx("aspect_ratio_intrinsic_flex_item_max_height", flex(div(leaf(100, 5), aspectRatio="2", maxHeight=10),
                                                                 width=300))
    # A row flex item with a ratio and a definite height: its automatic minimum width is the ratio's width,
    # or its content's min-content width when wider (no specified size suggestion from the ratio).
    yield fx("aspect_ratio_flex_item_automin_content", flex(div(leaf(100, 5), height=40, aspectRatio="1"), width=50))
    yield fx("aspect_ratio_flex_item_automin_padding_child",
             flex(div(div(boxSizing="border-box", padding="12px 7px 2px 7px", borderStyle="solid",
                          borderWidth="4px 4px 3px 5px"), height=39, aspectRatio="1 / 2"), width=300))
    yield fx("aspect_ratio_flex_item_automin_ratio", flex(div(height=40, aspectRatio="1 / 2"), leaf(400, 10),
                                                          width=300))
    yield fx("aspect_ratio_flex_item_automin_width", flex(div(leaf(100, 5), height=40, aspectRatio="1", width=60),
                                                          width=50))
    # Without a definite height, its content size suggestion is its content's min-content width clamped
    # by the min / max heights through the ratio (no floor at the content's width then).
    ratio_row_item = lambda **st: div(leaf(100, 5), **{"aspectRatio": "1", **st})  # noqa: E731
    for name, st in (("max_height", {"maxHeight": 40}), ("max_height_grow", {"maxHeight": 40, "flexGrow": 1}),
                     ("max_height_border_box", {"maxHeight": 40, "padding": "5px 10px", "boxSizing": "border-box"}),
                     ("height_max_height", {"height": 50, "maxHeight": 40}), ("min_height", {"minHeight": 120}),
                     ("max_height_above_content", {"maxHeight": 400})):
        yield fx(f"aspect_ratio_flex_item_automin_{name}", flex(ratio_row_item(**st), leaf(200, 10), width=150))
    yield fx("aspect_ratio_flex_item_automin_max_height_capped_basis",
             div(flex(flex(ratio_row_item(maxHeight=40, flexBasis=0, flexGrow=0), display="inline-flex")),
                 width=300))
    # A stretched row item with a ratio in a single-line container of definite height: its automatic
    # minimum width is that height through the ratio (its content size suggestion).
    yield fx("aspect_ratio_flex_item_automin_stretched", flex(div(aspectRatio="3 / 2", flexBasis="0", width=150),
                                                              width=220, height=60))
    yield fx("aspect_ratio_flex_item_automin_stretched_padding",
             flex(div(aspectRatio="auto 3 / 2", flexBasis="0", width="68%", padding="10.1px 5px 4px 3px",
                      boxSizing="border-box"), width=220, height=60, flexDirection="row-reverse"))
    yield fx("aspect_ratio_flex_item_automin_stretched_max_height", flex(div(aspectRatio="1", maxHeight=40),
                                                                         leaf(200, 10), width=220, height=60))
    yield fx("aspect_ratio_flex_item_automin_stretched_nested", flex(flex(div(aspectRatio="2", flexBasis="0"),
                                                                          width=200),
                                                                     flexWrap="wrap", height=40, width=300))
    yield fx("aspect_ratio_flex_item_automin_not_stretched", flex(div(aspectRatio="1", alignSelf="start"),
                                                                  leaf(200, 10), width=220, height=60))
    yield fx("aspect_ratio_flex_item_automin_wrap_line", flex(div(aspectRatio="1", flexBasis="0"), leaf(200, 10),
                                                              width=220, height=60, flexWrap="wrap"))
    # A column flex item with a ratio and an auto width: the width follows its used (flexed) height.
    yield fx("aspect_ratio_column_item_basis", flex(div(height=66.6, aspectRatio="1", flexBasis="152px", alignSelf="end",
                                                        boxSizing="border-box"), flexDirection="column", width=400))
    yield fx("aspect_ratio_column_item_grow", flex(div(height=30, aspectRatio="2", flexGrow=1, alignSelf="start"),
                                                   leaf(20, 40), flexDirection="column", width=400, height=150))
    yield fx("aspect_ratio_column_item_fit_content", flex(flex(flex(minWidth=79.8), aspectRatio="auto 3 / 2",
                                                               boxSizing="border-box"),
                                                          flexDirection="column", alignItems="flex-end", width=400))
    yield fx("aspect_ratio_column_item_fit_content_center", flex(div(leaf(60, 10), aspectRatio="2"), leaf(30, 30),
                                                                 flexDirection="column", alignItems="center",
                                                                 width=400))
    # Its width from the ratio does not go below its content's min-content width while min-width is auto
    # (and it is not a scroll container); max-width still limits it.
    ratio_col_item = lambda **st: flex(leaf(46, 10), **{"height": 21, "aspectRatio": "16 / 9",  # noqa: E731
                                                        "boxSizing": "border-box", "borderStyle": "solid",
                                                        "borderWidth": "1px 1px 5px 3px", **st})
    for name, st, container in (("", {}, {}), ("_min_width_0", {"minWidth": 0}, {}),
                                ("_overflow_hidden", {"overflow": "hidden"}, {"alignItems": "start"}),
                                ("_max_width", {"maxWidth": 40}, {}),
                                ("_wrap_reverse", {}, {"flexWrap": "wrap-reverse", "width": 14})):
        yield fx(f"aspect_ratio_column_item_min_content{name}",
                 flex(ratio_col_item(**st), **{"flexDirection": "column", "alignItems": "end", "width": 200,
                                               **container}))
    # flex-basis: content puts the max-content height in place of the height: a column item with a ratio
    # and an auto width takes its content's fit-content width and the ratio's height from it.
    yield fx("aspect_ratio_column_item_basis_content", flex(div(leaf(55, 0), height=116, aspectRatio="1",
                                                                flexBasis="content"),
                                                            flexDirection="column", alignItems="flex-start", width=300))
    yield fx("aspect_ratio_column_item_basis_content_padding",
             flex(div(leaf(55, 0), height=116, aspectRatio="1", flexBasis="content", boxSizing="border-box",
                      padding="10px 0 11px 10px"), leaf(20, 30), flexDirection="column", alignItems="flex-end",
                  width=300))
    # The automatic minimum height of a column item with a ratio and an auto width: the ratio applied to
    # its fit-content width from its content (clamped by min / max width); its own height plays no part.
    for name, extra in (("", {}), ("_min_width", {"minWidth": 90}), ("_max_width", {"maxWidth": 30}),
                        ("_center", {"alignSelf": "center"}), ("_basis", {"flexBasis": "100px"}),
                        ("_auto_ratio_margins", {"aspectRatio": "auto 3 / 2", "margin": "6px 18px -4px -2px",
                                                 "borderStyle": "solid", "borderWidth": "1px 2px 0px 3px"})):
        yield fx(f"aspect_ratio_column_item_automin{name}",
                 flex(div(leaf(60, 10), **{"height": 131, "aspectRatio": "3 / 2", **extra}), flexDirection="column",
                      alignItems="flex-start", height=5, width=400))
    yield fx("aspect_ratio_column_item_automin_shrinks", flex(div(height=131, aspectRatio="3 / 2"), leaf(30, 10),
                                                              flexDirection="column", flexWrap="wrap",
                                                              alignItems="flex-start", height=66, width=400))
    # An indefinite percentage height with a ratio: the height follows the ratio, and the content does not
    # make it taller (as it does under height: auto).
    yield fx("aspect_ratio_percent_height_indefinite_block", div(div(leaf(10, 60), height="80%", aspectRatio="2",
                                                                     width=50), width=300))
    yield fx("aspect_ratio_percent_height_indefinite_flex_item", flex(div(leaf(10, 60), height="80%",
                                                                          aspectRatio="2", width=50), width=300))
    yield fx("aspect_ratio_percent_height_indefinite_inline_block",
             div(flex(div(div(display="inline-block"), height="80%", aspectRatio="2", boxSizing="border-box"),
                      boxSizing="border-box"), display="flow-root"))
    # A stretched flex item with a ratio whose line is as tall as the item was measured keeps that layout:
    # its percentage-height child stays resolved against the ratio's height; a taller line lays it out anew.
    inner = lambda: flex(height="97%", borderStyle="solid")  # noqa: E731
    yield fx("aspect_ratio_flex_item_stretched_same_size", flex(div(inner(), aspectRatio="2", boxSizing="border-box"),
                                                                boxSizing="border-box", width=300))
    yield fx("aspect_ratio_flex_item_stretched_taller", flex(div(inner(), aspectRatio="2", boxSizing="border-box"),
                                                             leaf(10, 50), boxSizing="border-box", width=300))
    # Content taller than the ratio's height grows the box only up to max-height.
    yield fx("aspect_ratio_content_taller_max_height", div(div(leaf(20, 78), leaf(20, 70), width=100,
                                                               aspectRatio="2", maxHeight=108.9), width=300))
    yield fx("aspect_ratio_abspos_content_taller_max_height", flex(div(leaf(20, 78), leaf(20, 70), position="absolute",
                                                                       maxHeight=108.9, aspectRatio="auto 3 / 2"),
                                                                   width=300))
    yield fx("aspect_ratio_content_taller_max_height_inline", div(div(leaf(10, 104, display="inline-block"),
                                                                      div(padding="8px 1px 11px 5px"),
                                                                      maxHeight=121, aspectRatio="1 / 2",
                                                                      boxSizing="border-box"), width=60.5))
    yield fx("aspect_ratio_intrinsic_abspos_min_height", div(flex(aspectRatio="2", minHeight=30, position="absolute"),
                                                             width=300))
    # An absolutely positioned box with a ratio and a width: min-width: auto is its content's min-content
    # width when its height is definite, given or from both vertical insets (unless both horizontal insets
    # stretch it too); the ratio then gives the height from the used width.
    abs_ratio = lambda **st: div(div(leaf(190, 5), position="absolute", aspectRatio="16 / 9", **st),  # noqa: E731
                                 width=300, position="relative", height=100)
    for name, st in (("insets", {"top": 2, "bottom": 7}),
                     ("insets_max_height", {"top": 2, "bottom": 7, "maxHeight": 8}),
                     ("insets_left", {"top": 2, "bottom": 7, "left": 3}),
                     ("insets_both_axes", {"top": 2, "bottom": 7, "left": 0, "right": 10}),
                     ("insets_both_axes_justify_start", {"top": 2, "bottom": 7, "left": 0, "right": 10,
                                                         "justifySelf": "start"}),
                     ("height_insets_both_axes", {"height": 8, "top": 2, "bottom": 7, "left": 0, "right": -100}),
                     ("max_height_only", {"maxHeight": 8})):
        yield fx(f"aspect_ratio_abspos_width_automin_{name}", abs_ratio(width=150, **st))
    # Stretched between both horizontal insets, with a ratio and an auto height: the min / max heights
    # transfer through the ratio and limit the width (then min / max-width apply), as in block flow.
    abs_stretch = lambda **st: div(div(leaf(50, 5), position="absolute", left=36, right=66,  # noqa: E731
                                       **{"aspectRatio": "1", **st}),
                                   width=600, position="relative", height=300)
    for name, st in (("max_height", {"maxHeight": 77, "padding": "14.2px 10.1px 1px 13.3px"}),
                     ("max_height_border_box", {"maxHeight": 77, "padding": "14px 10px 1px 13px",
                                                "boxSizing": "border-box"}),
                     ("min_height", {"minHeight": 600}), ("max_height_min_width", {"maxHeight": 77, "minWidth": 150}),
                     ("max_height_percent", {"maxHeight": "20%"}),
                     ("max_height_both_vertical_insets", {"maxHeight": 77, "top": 10, "bottom": 10}),
                     ("max_height_auto_ratio", {"maxHeight": 77, "aspectRatio": "auto 2", "padding": 5})):
        yield fx(f"aspect_ratio_abspos_stretched_width_{name}", abs_stretch(**st), 600, 300)
    # A width from the ratio (a definite height: given, a percentage, or both vertical insets) does not go
    # below the content's min-content width while min-width is auto; an auto height then follows the width.
    abs_h = lambda **st: div(div(leaf(150, 5), position="absolute", **{"aspectRatio": "1", **st}),  # noqa: E731
                             width=600, position="relative", height=400)
    for name, st in (("percent_height", {"height": "30%"}), ("insets", {"top": 10, "bottom": 290}),
                     ("insets_left", {"top": 10, "bottom": 290, "left": 5}),
                     ("percent_height_padding", {"height": "30%", "boxSizing": "border-box",
                                                 "padding": "14.8px 13px 1px 0.5px"}),
                     ("percent_height_min_width_0", {"height": "30%", "minWidth": 0})):
        yield fx(f"aspect_ratio_abspos_ratio_width_automin_{name}", abs_h(**st), 600, 400)


def common_box_sizing():
    for bs in ("content-box", "border-box"):
        name = bs.split("-")[0]
        yield fx(f"box_sizing_{name}_block", div(leaf(100, 50, boxSizing=bs, padding="5px 10px", borderStyle="solid",
                                                      borderWidth="1px 2px 3px 4px"), width=300))
        yield fx(f"box_sizing_{name}_flex_basis", flex(leaf(50, 50, boxSizing=bs, flexBasis=100, padding=10,
                                                            flexShrink=0), width=300, height=80))
        yield fx(f"box_sizing_{name}_abspos", div(leaf(100, 50, boxSizing=bs, position="absolute", padding=10,
                                                       borderStyle="solid", borderWidth=2, left="10%", top=5),
                                                  position="relative", width=300, height=100))
        yield fx(f"box_sizing_{name}_percent", div(leaf("50%", "50%", boxSizing=bs, padding=10), width=300,
                                                   height=100))
        yield fx(f"box_sizing_{name}_minmax", div(leaf(10, 10, boxSizing=bs, minWidth=80, minHeight=40, padding=10),
                                                  width=300))
    yield fx("box_sizing_border_box_padding_exceeds_width", div(leaf(30, 20, boxSizing="border-box",
                                                                     padding="0 25px"), width=300))


def common_abspos():
    rel = lambda *c, **s: div(*c, position="relative", **s)  # noqa: E731
    yield fx("abspos_insets_px", rel(leaf(50, 40, position="absolute", left=10, top=20), width=300, height=200))
    yield fx("abspos_insets_right_bottom", rel(leaf(50, 40, position="absolute", right=10, bottom=20),
                                               width=300, height=200))
    yield fx("abspos_insets_percent", rel(leaf(50, 40, position="absolute", left="10%", top="25%"),
                                          width=300, height=200))
    yield fx("abspos_insets_percent_right", rel(leaf(50, 40, position="absolute", right="10%", bottom="10%"),
                                                width=300, height=200))
    yield fx("abspos_left_right_auto_width", rel(div(position="absolute", left=20, right=30, height=30),
                                                 width=300, height=200))
    yield fx("abspos_top_bottom_auto_height", rel(div(position="absolute", top=20, bottom=30, width=30),
                                                  width=300, height=200))
    yield fx("abspos_overconstrained", rel(leaf(100, 50, position="absolute", left=10, right=10, top=10, bottom=10),
                                           width=300, height=200))
    yield fx("abspos_auto_margins_center", rel(leaf(100, 50, position="absolute", left=0, right=0, top=0, bottom=0,
                                                    margin="auto"), width=300, height=200))
    yield fx("abspos_auto_margin_left", rel(leaf(100, 50, position="absolute", left=0, right=0, marginLeft="auto"),
                                            width=300, height=200))
    yield fx("abspos_static_position_block", rel(leaf("auto", 30), div(leaf(40, 20, position="absolute"),
                                                                       padding=15), width=300, height=200))
    yield fx("abspos_static_position_after_margin", rel(leaf("auto", 30, marginBottom=20),
                                                        leaf(40, 20, position="absolute", marginLeft=10),
                                                        leaf("auto", 30, marginTop=5), width=300, height=200))
    yield fx("abspos_static_only_left", rel(leaf("auto", 30), leaf(40, 20, position="absolute", left=50),
                                            width=300, height=200))
    yield fx("abspos_padding_box", rel(leaf(40, 20, position="absolute", left=0, top=0),
                                       leaf(40, 20, position="absolute", right=0, bottom=0),
                                       width=300, height=150, padding=20, borderStyle="solid", borderWidth=5))
    yield fx("abspos_percent_size", rel(leaf("50%", "50%", position="absolute", left=0, top=0), width=300,
                                        height=150, padding=20))
    yield fx("abspos_nearest_positioned", rel(div(div(leaf(30, 30, position="absolute", right=0, bottom=0),
                                                      width=100, height=50, margin=20), padding=10),
                                              width=300, height=200))
    yield fx("abspos_nested_containing_blocks", rel(div(div(leaf(30, 30, position="absolute", left="50%", top=0),
                                                            width=100, height=50, margin=20, position="relative"),
                                                        padding=10), width=300, height=200))
    yield fx("abspos_abspos_ancestor", rel(div(leaf(20, 20, position="absolute", right=5, bottom=5),
                                               position="absolute", left=50, top=40, width=100, height=80),
                                           width=300, height=200))
    yield fx("abspos_root", leaf(100, 60, position="absolute", left=30, top=40))
    yield fx("abspos_root_no_insets", leaf(100, 60, position="absolute", margin=10))
    yield fx("abspos_inset_shorthand", rel(div(position="absolute", inset="10px 20px 30px 40px"), width=300,
                                           height=200))
    yield fx("abspos_negative_insets", rel(leaf(50, 50, position="absolute", left=-10, top=-20), width=300,
                                           height=200, margin=30))
    yield fx("abspos_left_right_width_auto_margins", rel(div(position="absolute", left=10, right=10, width=100,
                                                            height=20, margin="0 auto"), width=300, height=200))
    yield fx("abspos_child_of_flex_item", flex(div(leaf(30, 30, position="absolute", left=0, bottom=0),
                                                   flexGrow=1, position="relative"), leaf(50, 50),
                                               width=300, height=100))


def common_abspos_self_alignment():
    """Both insets given: the auto size stretches only under normal / stretch self-alignment; any other
    value makes it fit-content, placed in the inset-modified containing block (CSS Position 3, 4.1)."""
    rel = lambda *c, **s: div(*c, position="relative", width=300, height=200, **s)  # noqa: E731
    for value in ("stretch", "start", "center", "end", "self-start", "flex-end", "baseline"):
        name = value.replace("-", "_")
        yield fx(f"abspos_align_self_{name}_insets", rel(div(leaf(40, 30), position="absolute", top=10,
                                                              bottom=20, left=10, right=30, alignSelf=value)))
        yield fx(f"abspos_justify_self_{name}_insets", rel(div(leaf(40, 30), position="absolute", top=10,
                                                                bottom=20, left=10, right=30, justifySelf=value)))
    # Overflowing the inset-modified containing block under a self-alignment that is not normal: kept
    # inside the bounding box of it and the containing block, at its start when too big (Position 3, 4.4).
    for value in ("start", "end", "center"):
        yield fx(f"abspos_align_self_{value}_overflow", rel(leaf(50, 180, position="absolute", left=10, top=30,
                                                                  bottom=40, alignSelf=value)))
        yield fx(f"abspos_align_self_{value}_too_big", rel(leaf(50, 250, position="absolute", left=10, top=30,
                                                                 bottom=40, alignSelf=value)))
        yield fx(f"abspos_align_self_{value}_negative_inset", rel(leaf(50, 100, position="absolute", left=10,
                                                                        top=-30, bottom=150, alignSelf=value)))
        yield fx(f"abspos_justify_self_{value}_too_wide", rel(leaf(350, 50, position="absolute", left=10, right=30,
                                                                    top=0, justifySelf=value)))
    # An explicit stretch (not normal, nor auto) is kept inside as well when the size is given.
    for value in ("stretch", "normal", "auto"):
        yield fx(f"abspos_align_self_{value}_too_big", rel(leaf(50, 250, position="absolute", left=10, top=30,
                                                                 bottom=40, alignSelf=value)))
        yield fx(f"abspos_justify_self_{value}_too_wide", rel(leaf(350, 50, position="absolute", left=10, right=30,
                                                                    top=0, justifySelf=value)))
    yield fx("abspos_align_self_stretch_too_big_flex_parent",
             flex(leaf(50, "61%", position="absolute", top="44%", bottom=0, alignSelf="stretch"), width=300, height=400,
                  position="relative"), 400, 400)
    # Insets larger than the containing block: the inset-modified containing block's size is 0 (from its
    # start edge); an auto size stretches to it less the margins, one auto margin takes the rest.
    yield fx("abspos_negative_imcb_auto_margin_top", rel(div(position="absolute", margin="auto 15px -4px 15px",
                                                              top=138, bottom=153.8)))
    yield fx("abspos_negative_imcb_auto_margin_top_height", rel(div(leaf(10, 10), position="absolute", top=150,
                                                                     bottom=80, margin="auto 5px 20px auto")))
    yield fx("abspos_negative_imcb_width", rel(div(position="absolute", left=200, right=150, top=0, height=10,
                                                   marginRight=-30)))
    # Too big for the inset-modified containing block with both vertical margins auto: they share the
    # negative free space (10.6.4); horizontal auto margins do not go negative (10.3.7).
    yield fx("abspos_auto_margins_vertical_negative_free", rel(leaf(50, 64, position="absolute", top="58%",
                                                                    bottom="40%", margin="auto 8px auto 15px")))
    yield fx("abspos_auto_margins_vertical_negative_free_start", rel(leaf(50, 64, position="absolute", top="58%",
                                                                          bottom="40%", margin="auto",
                                                                          alignSelf="start")))
    yield fx("abspos_auto_margins_horizontal_negative_free", rel(leaf(350, 10, position="absolute", left=10, right=20,
                                                                      margin="0 auto")))
    # An aspect ratio: stretched by insets in both axes, the width wins; a height from the ratio grows with
    # the content while min-height is auto.
    ratio = {"position": "absolute", "aspectRatio": "3 / 2"}
    yield fx("abspos_ratio_all_insets", rel(div(left=10, right=20, top=30, bottom=40, **ratio)))
    yield fx("abspos_ratio_all_insets_justify_start", rel(div(left=10, right=20, top=30, bottom=40,
                                                              justifySelf="start", **ratio)))
    yield fx("abspos_ratio_all_insets_align_start", rel(div(left=10, right=20, top=30, bottom=40,
                                                            alignSelf="start", **ratio)))
    yield fx("abspos_ratio_content_taller", rel(div(leaf(10, 71), **ratio)))
    yield fx("abspos_ratio_width_content_taller", rel(div(leaf(10, 71), width=50, **ratio)))
    # Width and height given: an absolutely positioned block container with a ratio still does not go below
    # its content's min-content width (min-width: auto); a flex container does (measured in Blink).
    yield fx("abspos_ratio_both_sizes_content_wider", rel(div(leaf(106, 5), width=93, height=54, **ratio)))
    yield fx("abspos_ratio_both_sizes_content_wider_flex", rel(flex(leaf(106, 5, flexShrink=0), width=93, height=54,
                                                                    **ratio)))
    yield fx("abspos_ratio_width_only_content_wider", rel(flex(leaf(83, 38, flexShrink=0), width=55, **ratio)))
    yield fx("abspos_ratio_both_sizes_column_flex", rel(flex(leaf(106, 5, flexShrink=0), width=93, height=54,
                                                             flexDirection="column", **ratio)))
    yield fx("abspos_ratio_both_sizes_min_width_zero", rel(div(leaf(106, 5), width=93, height=54, minWidth=0,
                                                               **ratio)))
    yield fx("abspos_ratio_width_overflow_hidden", rel(div(leaf(10, 71), width=50, overflow="hidden", **ratio)))
    # Shrink-to-fit with both horizontal insets auto: the space left of the static position is not available.
    yield fx("abspos_shrink_to_fit_static_left_flex", flex(flex(leaf(224, 10, boxSizing="border-box"),
                                                               leaf(241, 10, boxSizing="border-box"),
                                                               position="fixed", flexWrap="wrap-reverse"),
                                                          borderStyle="solid", borderWidth=30), 400, 300)
    yield fx("abspos_shrink_to_fit_static_left_block", div(div(flex(leaf(224, 10), leaf(241, 10), position="absolute",
                                                                    flexWrap="wrap"), paddingLeft=50),
                                                           position="relative", width=400, height=200))
    yield fx("abspos_align_self_center_in_flex", flex(div(leaf(40, 30), position="absolute", top=0, bottom="15%",
                                                          left=5, alignSelf="center"),
                                                      position="relative", width=300, height=200))


def common_fixed():
    yield fx("fixed_insets_px", div(leaf(50, 40, position="fixed", left=10, top=20), width=300, marginLeft=40))
    yield fx("fixed_insets_percent", div(leaf("10%", "10%", position="fixed", right="10%", bottom="20%"),
                                         position="relative", width=200, height=100, margin=30))
    yield fx("fixed_ignores_relative_parent", div(div(leaf(30, 30, position="fixed", right=0, top=0),
                                                      position="relative", margin=40, width=100, height=100),
                                                  width=300))
    yield fx("fixed_static_position", div(leaf("auto", 40), leaf(30, 30, position="fixed"), padding=10, width=300))
    yield fx("fixed_stretch_insets", div(div(position="fixed", left=0, right=0, top=10, bottom=10), width=100))
    yield fx("fixed_in_abspos", div(div(leaf(20, 20, position="fixed", left="50%", top="50%"), position="absolute",
                                        left=30, top=30, width=50, height=50), width=300), 500, 400)


def common_relative():
    yield fx("relative_top_left", div(leaf(50, 30, position="relative", top=10, left=20), leaf(50, 30), width=300))
    yield fx("relative_bottom_right", div(leaf(50, 30, position="relative", bottom=10, right=20), leaf(50, 30),
                                          width=300))
    yield fx("relative_left_and_right", div(leaf(50, 30, position="relative", left=10, right=50), width=300))
    yield fx("relative_top_and_bottom", div(leaf(50, 30, position="relative", top=10, bottom=50), width=300))
    yield fx("relative_percent_definite", div(leaf(50, 30, position="relative", top="10%", left="10%"),
                                              width=300, height=200))
    yield fx("relative_percent_top_indefinite", div(leaf(50, 30, position="relative", top="10%", left="10%"),
                                                    width=300))
    yield fx("relative_in_flex", flex(leaf(50, 30, position="relative", left=-10, top=5), leaf(50, 30),
                                      width=300, height=80))
    yield fx("relative_moves_children", div(div(leaf(20, 20), position="relative", left=15, top=15), width=300))


def common_display_none_contents():
    yield fx("display_none_block", div(leaf("auto", 30), div(leaf(50, 50), display="none"), leaf("auto", 30),
                                       width=300))
    yield fx("display_none_flex_item", flex(leaf(50, 30), div(leaf(50, 50), display="none", flexGrow=1),
                                            leaf(50, 30), justifyContent="space-between", width=300, height=80))
    yield fx("display_none_nested", div(div(div(leaf(10, 10), display="block"), display="none"), width=300))
    yield fx("display_contents_flex", flex(leaf(50, 30), div(leaf(40, 40, flexGrow=1), leaf(60, 20),
                                                             display="contents", margin=20, padding=20),
                                           gap=10, width=300, height=80))
    yield fx("display_contents_block", div(leaf("auto", 20), div(leaf("auto", 20, marginTop=10), display="contents",
                                                                 width=100, padding=10), width=300))
    yield fx("display_contents_nested", flex(div(div(leaf(30, 30), leaf(40, 40), display="contents"),
                                                 display="contents"), leaf(20, 20), alignItems="flex-end",
                                             width=300, height=80))
    yield fx("display_contents_percent_child", flex(div(leaf("50%", 20), display="contents", width=20),
                                                    width=300, height=80))


def common_overflow():
    for ov in ("hidden", "clip"):
        yield fx(f"overflow_{ov}_margin_collapse", div(div(leaf("auto", 20, marginTop=20), overflow=ov,
                                                           marginTop=10), width=300, paddingTop=1))
        yield fx(f"overflow_{ov}_flex_min_size", flex(div(leaf(200, 20), overflow=ov), leaf(150, 20),
                                                      width=300, height=50))
        yield fx(f"overflow_{ov}_column_min_size", flex(div(leaf(20, 200), overflow=ov), leaf(20, 150),
                                                        flexDirection="column", width=100, height=250))
        yield fx(f"overflow_{ov}_content_larger", div(div(leaf(400, 400), overflow=ov, width=100, height=100),
                                                      width=300))
        yield fx(f"overflow_{ov}_abspos_child", div(div(leaf(50, 50, position="absolute", left=80, top=80),
                                                        overflow=ov, position="relative", width=100, height=100),
                                                    width=300))


def common_intrinsic():
    blocks = lambda: [leaf(90, 10), leaf(130, 10, marginLeft=15), leaf(60, 10, padding="0 20px")]  # noqa: E731
    inlines = lambda: [leaf(90, 10, display="inline-block"), leaf(130, 10, display="inline-block"),  # noqa: E731
                       leaf(60, 10, display="inline-block")]
    yield fx("intrinsic_abspos_blocks", div(div(*blocks(), position="absolute", left=10, top=10),
                                            position="relative", width=300, height=200))
    yield fx("intrinsic_abspos_inline_blocks_fit", div(div(*inlines(), position="absolute", left=10, top=10),
                                                       position="relative", width=400, height=200))
    yield fx("intrinsic_abspos_inline_blocks_limited", div(div(*inlines(), position="absolute", left=10,
                                                               right=100, top=10), position="relative",
                                                           width=300, height=200))
    yield fx("intrinsic_abspos_shrink_to_available", div(div(*inlines(), position="absolute", left=150, top=10),
                                                         position="relative", width=300, height=200))
    yield fx("intrinsic_abspos_right_only", div(div(*blocks(), position="absolute", right=10, bottom=10),
                                                position="relative", width=300, height=200))
    yield fx("intrinsic_abspos_flex_row", div(flex(leaf(50, 20), leaf(70, 20), leaf(30, 20), position="absolute",
                                                   left=10, gap=5, padding=5), position="relative",
                                              width=300, height=200))
    yield fx("intrinsic_abspos_flex_row_wrap_limited", div(flex(leaf(90, 20), leaf(70, 20), leaf(110, 20),
                                                                flexWrap="wrap", position="absolute", left=150),
                                                           position="relative", width=300, height=200))
    yield fx("intrinsic_abspos_flex_column", div(flex(leaf(50, 20), leaf(70, 20), flexDirection="column",
                                                      position="absolute", left=10), position="relative",
                                                 width=300, height=200))
    yield fx("intrinsic_abspos_flex_grow_items", div(flex(div(leaf(50, 20), flexGrow=1), div(leaf(30, 20), flex="1"),
                                                          position="absolute", left=10), position="relative",
                                                     width=300, height=200))
    yield fx("intrinsic_column_items_flex_start", flex(div(*blocks()), div(*inlines()), flexDirection="column",
                                                       alignItems="flex-start", width=200, height=200))
    yield fx("intrinsic_row_item_auto_basis", flex(div(*blocks()), div(*inlines()), width=400, height=100,
                                                   alignItems="flex-start"))
    yield fx("intrinsic_inline_block_blocks", div(div(*blocks(), display="inline-block"), width=300))
    yield fx("intrinsic_percent_child_cyclic", div(div(leaf(100, 10), leaf("50%", 10), div(height=10, width="150%"),
                                                       position="absolute"), position="relative", width=300,
                                                   height=100))
    yield fx("intrinsic_percent_padding_child", div(div(div(leaf(100, 10), padding="0 10%"), position="absolute"),
                                                    position="relative", width=300, height=100))
    yield fx("intrinsic_nested_abspos_ignored", div(div(leaf(50, 10), leaf(200, 10, position="absolute"),
                                                        position="absolute"), position="relative", width=300,
                                                    height=100))
    yield fx("intrinsic_min_max_children", div(div(leaf(100, 10, maxWidth=60), div(height=10, minWidth=80),
                                                   position="absolute"), position="relative", width=300,
                                               height=100))
    yield fx("intrinsic_border_box_child", div(div(leaf(100, 10, boxSizing="border-box", padding="0 30px"),
                                                   position="absolute"), position="relative", width=300,
                                               height=100))
    for kw in ("min-content", "max-content", "fit-content"):
        yield fx(f"intrinsic_width_{kw.replace('-', '_')}", div(div(*inlines(), width=kw), width=200))
        yield fx(f"intrinsic_width_{kw.replace('-', '_')}_flex", div(flex(leaf(60, 10), leaf(70, 10), width=kw,
                                                                         flexWrap="wrap"), width=100))


# -- seeded random fixtures -------------------------------------------------------------------------------

RANDOM_SIZES = ((400, 300), (500, 400), (600, 400), (640, 480), (800, 600))


def pick(rng: random.Random, weighted: tuple) -> object:
    """``weighted`` = ((value, weight), ...)."""
    values, weights = zip(*weighted)
    return rng.choices(values, weights)[0]


def rand_px(rng: random.Random, lo: float, hi: float) -> float:
    """Mostly whole pixels, sometimes a fraction (one decimal)."""
    return rng.randint(int(lo), int(hi)) if rng.random() < 0.8 else round(rng.uniform(lo, hi), 1)


def rand_size(rng: random.Random, auto: float, pct: float, lo: int, hi: int):
    r = rng.random()
    if r < auto:
        return None
    if r < auto + pct:
        return f"{rng.randint(10, 100)}%"
    return rand_px(rng, lo, hi)


def rand_edges(rng: random.Random, lo: int, hi: int, pct: float, auto: float, negative: float) -> str:
    """A four-value margin/padding shorthand."""
    def one():
        r = rng.random()
        if r < auto:
            return "auto"
        if r < auto + pct:
            return f"{rng.randint(1, 10)}%"
        if r < auto + pct + negative:
            return f"{-rng.randint(1, 15)}px"
        return f"{rand_px(rng, lo, hi):g}px"
    return " ".join(one() for _ in range(4))


def random_shape(rng: random.Random, count: int, max_depth: int) -> list[list[int]]:
    """A random tree of ``count`` nodes, node 0 the root, no node deeper than ``max_depth``: children lists."""
    depth, children = [0], [[]]
    for i in range(1, count):
        parent = rng.choice([k for k in range(i) if depth[k] < max_depth])
        children[parent].append(i)
        depth.append(depth[parent] + 1)
        children.append([])
    return children


def build_random(rng: random.Random, shape: list[list[int]], style_fn, node: int = 0, parent: dict | None = None):
    """Styles top-down (a style depends on its parent's), then the element object."""
    style = style_fn(rng, parent, node == 0, bool(shape[node]))
    kids = [build_random(rng, shape, style_fn, k, style) for k in shape[node]]
    return div(*kids, **style)


def random_item_style(rng: random.Random) -> dict:
    """Properties of a flex item."""
    s = {}
    if rng.random() < 0.2:
        s["flex"] = rng.choice(("1", "none", "auto", "initial", "2 1 10px", "0 0 50%", "1 0", "3", "1 1 0%",
                                "0 1 auto", "1 30px", "2 0 40px", "0.5", "1 2 25%"))
    else:
        if rng.random() < 0.35:
            s["flexGrow"] = rng.choice((0, 1, 1, 2, 3, 0.5))
        if rng.random() < 0.35:
            s["flexShrink"] = rng.choice((0, 1, 2, 3, 0.5))
        if rng.random() < 0.3:
            s["flexBasis"] = rng.choice(("auto", "content", "0", f"{rng.randint(0, 200)}px",
                                         f"{rng.randint(5, 100)}%"))
    if rng.random() < 0.15:
        s["alignSelf"] = rng.choice(ALIGN + ("auto",))
    if rng.random() < 0.08:
        s["order"] = rng.randint(-1, 2)
    return s


def random_container_style(rng: random.Random) -> dict:
    """Properties of a flex container."""
    s = {}
    if rng.random() < 0.6:
        s["flexDirection"] = rng.choice(DIRECTIONS)
    wrap = pick(rng, (("nowrap", 50), ("wrap", 35), ("wrap-reverse", 15)))
    if wrap != "nowrap" or rng.random() < 0.3:
        s["flexWrap"] = wrap
    if rng.random() < 0.4:
        s["justifyContent"] = rng.choice(JUSTIFY)
    if rng.random() < 0.4:
        s["alignItems"] = rng.choice(ALIGN)
    if wrap != "nowrap" and rng.random() < 0.4:
        s["alignContent"] = rng.choice(ALIGN_CONTENT)
    if rng.random() < 0.2:
        key = rng.choice(("gap", "rowGap", "columnGap"))
        s[key] = f"{rng.randint(0, 20)}px" if rng.random() < 0.8 else f"{rng.randint(1, 10)}%"
    return s


def random_position_style(rng: random.Random, position: str) -> dict:
    s = {}
    if position in ("absolute", "fixed"):
        for side in ("left", "right", "top", "bottom"):
            r = rng.random()
            if r < 0.45:
                s[side] = rand_px(rng, -10, 60)
            elif r < 0.65:
                s[side] = f"{rng.randint(0, 60)}%"
    elif position == "relative" and rng.random() < 0.5:
        s[rng.choice(("left", "right"))] = rand_px(rng, -15, 15)
        s[rng.choice(("top", "bottom"))] = rand_px(rng, -15, 15)
    return s


def random_box_style(rng: random.Random, has_children: bool, margin_p: float, vertical_margins: bool) -> dict:
    """Sizes, edges, overflow and aspect ratio."""
    s = {}
    width = rand_size(rng, 0.55 if has_children else 0.15, 0.15, 0, 250)
    height = rand_size(rng, 0.7 if has_children else 0.25, 0.1, 0, 150)
    if width is not None:
        s["width"] = width
    if height is not None:
        s["height"] = height
    for key, hi in (("minWidth", 150), ("maxWidth", 250), ("minHeight", 100), ("maxHeight", 150)):
        if rng.random() < 0.07:
            s[key] = rand_size(rng, 0, 0.3, 0, hi)
    if rng.random() < margin_p:
        if vertical_margins and rng.random() < 0.5:
            s["marginTop"] = rand_px(rng, -15, 25) if rng.random() < 0.3 else rand_px(rng, 0, 25)
            s["marginBottom"] = rand_px(rng, -15, 25) if rng.random() < 0.3 else rand_px(rng, 0, 25)
        else:
            s["margin"] = rand_edges(rng, 0, 20, pct=0.05, auto=0.07, negative=0.07)
    if rng.random() < 0.25:
        s["padding"] = rand_edges(rng, 0, 15, pct=0.05, auto=0, negative=0)
    if rng.random() < 0.25:
        s["borderStyle"] = "solid"
        s["borderWidth"] = " ".join(f"{rng.randint(0, 5)}px" for _ in range(4))
    r = rng.random()
    if r < 0.08:
        s["overflow"] = "hidden"
    elif r < 0.11:
        s["overflow"] = "clip"
    if rng.random() < 0.04:
        s["aspectRatio"] = rng.choice(("1", "2", "1 / 2", "16 / 9", "auto 3 / 2"))
    return s


def random_position(rng: random.Random, is_root: bool) -> str:
    if is_root:
        return pick(rng, (("static", 80), ("relative", 20)))
    return pick(rng, (("static", 75), ("relative", 12), ("absolute", 10), ("fixed", 3)))


def is_flex_display(display: str | None) -> bool:
    return display in ("flex", "inline-flex")


def random_node_style(rng: random.Random, parent: dict | None, is_root: bool, has_children: bool, display: str,
                      margin_p: float, vertical_margins: bool) -> dict:
    """The rest of a random node once its display is drawn: position, box-sizing, box edges and sizes,
    insets, and its flex item and container properties where they apply."""
    position = random_position(rng, is_root)
    s = {"display": display, "position": position,
         "boxSizing": rng.choice(("content-box", "border-box"))}
    s.update(random_box_style(rng, has_children, margin_p=margin_p, vertical_margins=vertical_margins))
    s.update(random_position_style(rng, position))
    if parent is not None and is_flex_display(parent["display"]):
        s.update(random_item_style(rng))
    if is_flex_display(display):
        s.update(random_container_style(rng))
    return s


def random_flex_style(rng: random.Random, parent: dict | None, is_root: bool, has_children: bool) -> dict:
    """A node of a random flex tree: mostly flex containers and blocks."""
    display = "flex" if is_root else pick(rng, (("flex", 45), ("block", 45), ("none", 3), ("contents", 3)))
    return random_node_style(rng, parent, is_root, has_children, display, margin_p=0.3, vertical_margins=False)


def random_mixed_style(rng: random.Random, parent: dict | None, is_root: bool, has_children: bool) -> dict:
    """A node of a random block/flex mix: block flow, margin collapsing, inline-level boxes, flex."""
    if is_root:
        display = pick(rng, (("block", 60), ("flow-root", 25), ("flex", 15)))
    else:
        display = pick(rng, (("block", 35), ("flow-root", 8), ("flex", 20), ("inline-block", 15),
                             ("inline-flex", 8), ("none", 2), ("contents", 2)))
    return random_node_style(rng, parent, is_root, has_children, display, margin_p=0.45, vertical_margins=True)


def random_fixture(kind: str, seed: int) -> dict:
    rng = random.Random(seed)
    width, height = rng.choice(RANDOM_SIZES)
    shape = random_shape(rng, rng.randint(2, 15), max_depth=4)
    style_fn = random_flex_style if kind == "flex" else random_mixed_style
    tree = build_random(rng, shape, style_fn)
    return dict(fx(f"{seed:04d}", tree, width, height), seed=seed)


def random_suite(name: str, kind: str, count: int, first_seed: int) -> list[dict]:
    return suite(name, lambda: (random_fixture(kind, first_seed + i) for i in range(count)))


def all_suites() -> dict[str, list[dict]]:
    return {
        "flex_hand": suite("flex_hand", flex_direction, flex_wrap, flex_order, flex_grow, flex_shrink, flex_basis,
                           flex_shorthand, flex_min_max, flex_auto_min, flex_justify, flex_auto_margins,
                           flex_align_items, flex_baseline, flex_baseline_scroll_container_items,
                           flex_baseline_negative_descent, flex_align_content,
                           flex_container_baseline_reverse, flex_container_baseline_wrap_reverse,
                           flex_container_baseline_column_baseline_items,
                           flex_gap, flex_column_wrap_content_height, flex_percent_indefinite_column_item,
                           flex_column_wrap_intrinsic,
                           flex_abspos_children, flex_abspos_in_inline_flex, flex_nested,
                           flex_nested_percent_min_max,
                           flex_intrinsic_basis),
        "block_hand": suite("block_hand", block_stacking, block_margin_collapse_siblings,
                            block_margin_collapse_parent, block_margin_collapse_aspect_ratio_boundaries,
                            block_auto_margins, block_flow_root,
                            block_inline_level, block_inline_baselines_static, block_display_types),
        "common_hand": suite("common_hand", common_edges, common_percentages, common_min_max, common_aspect_ratio,
                             common_box_sizing, common_abspos, common_abspos_self_alignment, common_fixed,
                             common_relative, common_display_none_contents, common_overflow, common_intrinsic),
        "flex_random": random_suite("flex_random", "flex", 500, 1),
        "mixed_random": random_suite("mixed_random", "mixed", 200, 10001),
    }


# -- measuring in Chromium ----------------------------------------------------------------------------------

def tree_html(tree: dict) -> str:
    """A fixture's element object as HTML (no whitespace between tags: there is no text)."""
    props = tree.get("props") or {}
    style = style_text(props.get("style"))
    inner = "".join(tree_html(child) for child in props.get("children") or ())
    return f'<{tree["type"]} style="{html.escape(style)}">{inner}</{tree["type"]}>'


def declared_names(tree) -> list[list[str]]:
    """Kebab-case property names each element declares, in pre-order (text children are not elements)."""
    if isinstance(tree, str):
        return []
    props = tree.get("props") or {}
    names = [[kebab_case(key) for key in (props.get("style") or {})]]
    for child in props.get("children") or ():
        names += declared_names(child)
    return names


MEASURE_SCRIPT = r"""
<script>
function measureCanvas(canvas, decls) {
  canvas.style.display = 'block';
  const root = canvas.firstElementChild;
  const els = [root, ...root.querySelectorAll('*')];
  const origin = canvas.getBoundingClientRect();
  const hasBox = (el) => {
    if (getComputedStyle(el).display === 'contents') return false;
    for (let e = el; e !== canvas; e = e.parentElement)
      if (getComputedStyle(e).display === 'none') return false;
    return true;
  };
  const boxes = els.map((el) => {
    if (!hasBox(el)) return null;
    const r = el.getBoundingClientRect();
    return [r.left - origin.left, r.top - origin.top, r.width, r.height];
  });
  const dropped = [];
  decls.forEach((names, k) => names.forEach((name) => {
    if (els[k].style.getPropertyValue(name) === '') dropped.push([k, name]);
  }));
  canvas.style.display = 'none';
  return {boxes, dropped, count: els.length};
}
async function main() {
  await document.fonts.load("16px 'Inter'");
  await document.fonts.ready;
  const decls = JSON.parse(document.getElementById('decls').textContent);
  const canvases = [...document.querySelectorAll('body > div.canvas')];
  const first = canvases.map((c, i) => measureCanvas(c, decls[i]));
  const second = canvases.map((c, i) => measureCanvas(c, decls[i]));
  return {font: document.fonts.check("16px 'Inter'"), first, second};
}
main().then((out) => { document.getElementById('result').textContent = JSON.stringify(out); },
            (err) => { document.getElementById('result').textContent = JSON.stringify({error: String(err)}); });
</script>"""


def batch_page(fixtures: list[dict]) -> str:
    """One page holding every fixture of the batch in its own hidden canvas, and the measuring script."""
    canvases = "".join(
        f'<div class="canvas" style="{CANVAS_STYLE}; width: {f["width"]}px; height: {f["height"]}px; '
        f'display: none">{tree_html(f["tree"])}</div>' for f in fixtures)
    decls = json.dumps([declared_names(f["tree"]) for f in fixtures]).replace("</", "<\\/")
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
{font_faces()}
body {{ margin: 0; font-family: 'Inter'; font-size: 16px; line-height: normal; }}
</style></head><body>{canvases}<pre id="result"></pre>
<script type="application/json" id="decls">{decls}</script>{MEASURE_SCRIPT}</body></html>"""


def snap(value: float) -> float | int:
    """Blink's layout unit is 1/64 px; the rect went through single precision on the way out."""
    snapped = round(value * 64) / 64
    return int(snapped) if snapped == int(snapped) else snapped


def parse_result(dom: str, fonts: str = "the bundled Inter") -> dict:
    """The measuring script's JSON result from the dumped DOM (it checks that ``fonts`` loaded)."""
    match = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
    if not match or not match.group(1):
        raise RuntimeError("the measuring script wrote no result (increase --virtual-time-budget?)")
    out = json.loads(html.unescape(match.group(1)))
    if "error" in out:
        raise RuntimeError(f"the measuring script failed: {out['error']}")
    if not out["font"]:
        raise RuntimeError(f"{fonts} did not load in Chromium")
    return out


def measure_batch(fixtures: list[dict]) -> list[dict]:
    """Fixtures -> per fixture ``{"boxes", "dropped", "unstable"}`` as measured by Chromium."""
    result = run_chromium(batch_page(fixtures), "--dump-dom", "--virtual-time-budget=10000",
                          width=1200, height=1000, timeout=300)
    out = parse_result(result.stdout)
    measured = []
    for fixture, first, second in zip(fixtures, out["first"], out["second"], strict=True):
        boxes = [None if b is None else [snap(v) for v in b] for b in first["boxes"]]
        again = [None if b is None else [snap(v) for v in b] for b in second["boxes"]]
        measured.append({"boxes": boxes, "dropped": first["dropped"], "unstable": boxes != again})
    return measured


def chromium_version() -> str:
    out = subprocess.run([chromium_binary(), "--version"], capture_output=True, text=True).stdout
    match = re.search(r"(\d+\.\d+\.\d+\.\d+)", out)
    return match.group(1) if match else out.strip()


def measure_all(fixtures: list[dict], jobs: int, measure=None, batch: int = BATCH) -> list[dict]:
    """``measure`` (default: this tool's ``measure_batch``) over batches of ``batch`` fixtures, ``jobs``
    batches at a time."""
    batches = [fixtures[i:i + batch] for i in range(0, len(fixtures), batch)]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(measure or measure_batch, batches))
    return [m for batch in results for m in batch]


def element_style_at(tree: dict, index: int) -> dict:
    """The style of the ``index``-th element in pre-order (text children are not elements)."""
    stack = [tree]
    for _ in range(index):
        node = stack.pop()
        stack.extend(reversed([c for c in (node.get("props") or {}).get("children") or () if isinstance(c, dict)]))
    return (stack.pop().get("props") or {}).get("style") or {}


def problems(fixture: dict, measured: dict) -> list[str]:
    """Why a measurement cannot be used: dropped declarations, or a second pass disagreeing."""
    out = []
    for index, name in measured["dropped"]:
        style = element_style_at(fixture["tree"], index)
        value = next(v for k, v in style.items() if kebab_case(k) == name)
        out.append(f"element {index}: Chromium dropped {name}: {value}")
    if measured["unstable"]:
        out.append("the two measuring passes disagree")
    return out


def dump_suite(path: Path, name: str, version: str, fixtures: list[dict], *,
               generator: str = "tools/layout_fixtures.py", tolerance: float = 0.5) -> None:
    """One fixture per line, so regenerating gives readable diffs (the text suites' writer too)."""
    head = {"chromium": version, "suite": name, "generator": generator,
            "canvas": CANVAS_STYLE + "; width/height: the fixture's", "tolerance_px": tolerance}
    lines = [json.dumps(f, separators=(",", ":"), ensure_ascii=False) for f in fixtures]
    text = json.dumps(head, indent=1)[:-2] + ',\n "fixtures": [\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")


def generate(out_dir: Path, jobs: int, only: set[str] | None, *, suites=None, measure=None, batch: int = BATCH,
             keep=lambda fixture, measured: dict(fixture, boxes=measured["boxes"]), **dump) -> None:
    """Measure the suites (``suites()``, default this tool's) in Chromium with ``measure`` (a batch
    measurer, ``batch`` fixtures a page) and write each with :func:`dump_suite` (``dump``: its generator and tolerance), every usable
    fixture as ``keep(fixture, its measurement)`` makes it; a fixture with :func:`problems` is left out."""
    started = time.monotonic()
    suites = {k: v for k, v in (suites or all_suites)().items() if not only or k in only}
    fixtures = [f for s in suites.values() for f in s]
    version = chromium_version()
    print(f"measuring {len(fixtures)} fixtures in Chromium {version} ...", flush=True)
    measured = dict(zip((f["id"] for f in fixtures), measure_all(fixtures, jobs, measure, batch)))
    out_dir.mkdir(parents=True, exist_ok=True)
    errors = 0
    for name, items in suites.items():
        kept = []
        for f in items:
            trouble = problems(f, measured[f["id"]])
            if trouble:
                errors += 1
                print(f"LEFT OUT {f['id']}: " + "; ".join(trouble), file=sys.stderr)
                continue
            kept.append(keep(f, measured[f["id"]]))
        dump_suite(out_dir / f"{name}.json", name, version, kept, **dump)
        print(f"{name}: {len(kept)} fixtures -> {out_dir / (name + '.json')}")
    print(f"done in {time.monotonic() - started:.1f} s; {errors} fixtures left out")


# -- replay without pytest ----------------------------------------------------------------------------------

def report(data_dir: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.conformance import known_failures, load_suites, replay

    known = known_failures()
    failing = []
    total_pass = total = 0
    for name, fixtures in load_suites(data_dir).items():
        passed = 0
        for f in fixtures:
            try:
                problem = replay(f)
            except Exception as error:  # noqa: BLE001  an engine crash is a failure to report, not to stop at
                problem = f"{type(error).__name__}: {error}"
            if problem is None:
                passed += 1
            else:
                failing.append((f["id"], problem))
        total_pass += passed
        total += len(fixtures)
        print(f"{name:14} {passed:4} / {len(fixtures):4} pass")
    print(f"{'all':14} {total_pass:4} / {total:4} pass")
    if failing:
        print("\nfailing (first differing element):")
        for fid, problem in failing:
            print(f"  {fid}{'  [known]' if fid in known else ''}: {problem}")
    fixed = sorted(set(known) - {fid for fid, _ in failing})
    if fixed:
        print("\nlisted in layout_known_failures.txt but passing now:", " ".join(fixed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="measure every fixture in Chromium, write the suites here")
    parser.add_argument("--report", action="store_true", help="replay the committed data through ogrender")
    parser.add_argument("--list", action="store_true", help="print the fixture counts per suite")
    parser.add_argument("--data", type=Path, default=DEFAULT_OUT, help="data folder for --report")
    parser.add_argument("--suite", action="append", help="only this suite (repeatable; with --out)")
    parser.add_argument("--jobs", type=int, default=2, help="Chromium processes at a time")
    args = parser.parse_args()
    if args.out:
        generate(args.out, args.jobs, set(args.suite or ()))
    elif args.report:
        report(args.data)
    elif args.list:
        for name, fixtures in all_suites().items():
            print(f"{name:14} {len(fixtures):4}")
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
