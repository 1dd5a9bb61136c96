"""Replaying Chromium's measurements through ogrender, without a browser.

In: the suites in ``data/layout/*.json`` (written by ``tools/layout_fixtures.py``, never by hand): fixtures
``{"id", "preset", "width", "height", "tree", "boxes"}`` where ``boxes`` lists Chromium's border box ``[x, y,
width, height]`` of every element in pre-order, ``null`` for an element without a box (``display: none``
and what it holds, ``display: contents``). Out: :func:`replay` gives ``None`` when ogrender's boxes (walked
in pre-order through ``box.children``) are all within ``TOLERANCE`` px of Chromium's, else a message naming
the first differing element (its ``box.path``), the expected and the actual box.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "layout"
KNOWN_FAILURES = HERE / "layout_known_failures.txt"
TOLERANCE = 0.5


def load_suites(data_dir: Path = DATA) -> dict[str, list[dict]]:
    """Suite name -> fixtures, suites in name order."""
    suites = {}
    for path in sorted(Path(data_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        suites[path.stem] = data["fixtures"] if isinstance(data, dict) else data
    return suites


def known_failures(path: Path = KNOWN_FAILURES) -> dict[str, str]:
    """Lines ``fixture_id  # reason`` -> {fixture_id: reason}; blank lines and ``#`` lines are skipped."""
    out = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        fixture_id, _, reason = line.partition("#")
        if fixture_id.strip():
            out[fixture_id.strip()] = reason.strip() or "known failure"
    return out


def cases(fixtures, known: dict[str, str]) -> list:
    """One pytest param per fixture (id = the fixture's id); a fixture in ``known`` is ``xfail(strict=True)``."""
    import pytest
    return [pytest.param(f, id=f["id"], marks=[pytest.mark.xfail(strict=True, reason=known[f["id"]])]
                         if f["id"] in known else []) for f in fixtures]


def stale_known(known: dict[str, str], fixtures) -> list[str]:
    """The ids a known-failures list names that no fixture has."""
    return sorted(set(known) - {f["id"] for f in fixtures})


def element_paths(tree: dict, parent: str = "") -> list[str]:
    """Pre-order node paths in ogrender's message form (``div > div[2]``), for elements ogrender gave no box."""
    out = [parent or tree["type"]]
    children = (tree.get("props") or {}).get("children") or []
    children = [c for c in children if isinstance(c, dict)]
    for child in children:
        same = [c for c in children if c["type"] == child["type"]]
        step = child["type"]
        if len(same) > 1:
            step += f"[{next(i for i, c in enumerate(same, 1) if c is child)}]"
        out += element_paths(child, f"{out[0]} > {step}")
    return out


def actual_boxes(box) -> list:
    """ogrender's boxes in pre-order, through ``.children``."""
    out = [box]
    for child in box.children:
        out += actual_boxes(child)
    return out


def rect(box) -> list[float]:
    return [box.x, box.y, box.width, box.height]


def show(values) -> str:
    return "[" + ", ".join(f"{v:g}" for v in values) + "]"


def compare(fixture: dict, boxes: list) -> str | None:
    """Chromium's boxes against ogrender's (``boxes``, pre-order): None, or what differs first. The boxes
    must be those of the same elements in the same (document) order before their geometry is compared."""
    expected = [(path, b) for path, b in zip(element_paths(fixture["tree"]), fixture["boxes"]) if b is not None]
    want_paths, got_paths = [path for path, _ in expected], [b.path for b in boxes]
    if want_paths != got_paths:
        k = next((i for i, (w, g) in enumerate(zip(want_paths, got_paths)) if w != g),
                 min(len(want_paths), len(got_paths)))
        got = got_paths[k] if k < len(got_paths) else "nothing"
        want = want_paths[k] if k < len(want_paths) else "nothing"
        return (f"{got}: box {k} in pre-order is this, Chromium's is {want} (ogrender made {len(boxes)} boxes, "
                f"Chromium {len(expected)}; box.children must list element boxes in document order)")
    bad = [(want, got) for (_, want), got in zip(expected, boxes)
           if any(abs(w - g) > TOLERANCE for w, g in zip(want, rect(got)))]
    if bad:
        want, got = bad[0]
        more = f" (and {len(bad) - 1} more of {len(expected)} boxes)" if len(bad) > 1 else ""
        return f"{got.path}: expected {show(want)}, got {show(rect(got))}{more}"
    return None


def replay(fixture: dict) -> str | None:
    """Lay the fixture out with ogrender (style warnings silenced) and compare with Chromium."""
    from ogrender import StyleWarning, layout

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StyleWarning)
        root = layout(fixture["tree"], fixture["width"], fixture["height"], preset=fixture["preset"])
    return compare(fixture, actual_boxes(root))
