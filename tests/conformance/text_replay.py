"""Replaying Chromium's text measurements through ogrender, without a browser.

In: the suites in ``data/text/*.json`` (written by ``tools/text_fixtures.py``, never by hand): fixtures
``{"id", "preset", "width", "height", "tree", "boxes", "lines"}``; ``lines`` lists per line its text
(white space collapsed, soft hyphens removed) and the union ``[x, y, width, height]`` of its characters'
rectangles (white space excluded), or null when not measured (then only the boxes are compared);
``boxes`` every element's border box in pre-order.

Out: :func:`replay` gives ``{"breaks", "geometry", "boxes", "text"}``, each None when it matches, else a
message (``text``: for fixtures with ``inner_text``, the transformed text against Chromium's innerText):
``breaks`` compares the lines' characters (white space left out; case-folded: ``text-transform``
changes what is drawn, not the DOM text Chromium reports), ``geometry`` each line's rectangle within ``TOLERANCE`` px (ogrender's: the text
extent of the line and, vertically, each run's ascent and descent as Blink rounds them around the
baseline; the single line of text of an inline-block joins the line it sits on, at its place, as
Chromium's per-character rectangles group it, and so do lines of flex items side by side), ``boxes``
the element boxes within ``TOLERANCE`` px (``br`` elements are not compared: their
rectangle is not a box).
"""

from __future__ import annotations

import unicodedata
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "text"
KNOWN_FAILURES = HERE / "text_known_failures.txt"
TOLERANCE = 1.0


def load_suites(data_dir: Path = DATA) -> dict[str, list[dict]]:
    """Suite name -> fixtures (the layout suite's reader)."""
    from . import load_suites as read
    return read(data_dir)


def known_failures(path: Path = KNOWN_FAILURES) -> dict[str, str]:
    """``fixture_id  # reason`` lines of this suite's list (the layout suite's reader)."""
    from . import known_failures as read
    return read(path)


def normalize(text: str) -> str:
    """A line's characters for comparison: white space left out (where lines of separate items join,
    Chromium's DOM text may or may not hold a space), soft hyphens too, case-folded, combining marks left
    out and the dotless i taken as i (``text-transform`` by language adds or drops accents and dots:
    fixtures with ``inner_text`` compare the transformed text itself)."""
    folded = unicodedata.normalize("NFD", "".join(text.replace("\u00ad", "").split()).casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("\u0131", "i")


def element_tags(tree) -> list[str]:
    if isinstance(tree, str):
        return []
    out = [tree["type"]]
    for child in (tree.get("props") or {}).get("children") or ():
        out += element_tags(child)
    return out


def ogrender_lines(root, rows: bool = False) -> list[tuple[str, list[float]]]:
    """Every line of every paragraph under ``root``, in document order: (text, [x, y, w, h]) with the
    rectangle measured as Chromium's data is (see the module docstring)."""
    from ogrender.text.paragraph import text_rect

    out = []
    merged = set()  # inline-blocks whose single line of text joins the line they sit on, as Chromium's
    # per-character rectangles group it

    def own_line(box):
        if box.text is not None and len(box.text.lines) == 1 and box.text.lines[0].runs:
            return box, box.text.lines[0]
        inner = [b for b in box.boxes if b.text is not None]
        if len(inner) == 1 and len(inner[0].text.lines) == 1 and inner[0].text.lines[0].runs:
            return inner[0], inner[0].text.lines[0]
        return None

    for box in root.walk():
        if box.text is None or id(box) in merged:
            continue
        paragraph = box.paragraph
        for line in box.text.lines:
            rect = text_rect(line)
            text = line.text
            rects = [] if rect is None else [(box.content_x + rect[0], box.content_y + rect[1],
                                              box.content_x + rect[2], box.content_y + rect[3])]
            atomics = getattr(line, "atomics", ())
            if atomics and paragraph is not None:
                pieces = []
                for i in range(line.start, line.end):
                    mark = paragraph.atomic_at.get(i)
                    if mark is None:
                        pieces.append(paragraph.text[i])
                        continue
                    found = own_line(mark.key)
                    if found is None:
                        continue
                    inner_box, inner_line = found
                    merged.add(id(inner_box))
                    r = text_rect(inner_line)
                    rects.append((inner_box.content_x + r[0], inner_box.content_y + r[1],
                                  inner_box.content_x + r[2], inner_box.content_y + r[3]))
                    pieces.append(" " + inner_line.text + " ")
                text = "".join(pieces)
            if not rects:
                continue
            x0, y0 = min(r[0] for r in rects), min(r[1] for r in rects)
            x1, y1 = max(r[2] for r in rects), max(r[3] for r in rects)
            raw = paragraph.text[line.start:line.end] if paragraph is not None and not atomics else text
            out.append((raw, [x0, y0, x1, y1], id(box)))
    # lines of different paragraphs side by side (flex items in a row) are one line for Chromium's
    # grouping of characters: the next starts at or right of the previous one's end, above its bottom
    merged_lines: list = []
    for raw, (x0, y0, x1, y1), owner in out:
        if merged_lines:
            prev = merged_lines[-1]
            # (``rows``: bidi fixtures, whose lines Chromium's data groups by their tops alone)
            if owner not in prev[2] and (rows or x0 >= prev[3] - 0.5) and y0 < prev[1][3] - 0.01:
                r = prev[1]
                prev[0] += raw
                prev[1] = [min(r[0], x0), min(r[1], y0), max(r[2], x1), max(r[3], y1)]
                prev[2].add(owner)
                prev[3] = x1
                continue
        merged_lines.append([raw, [x0, y0, x1, y1], {owner}, x1])
    return [(raw, [r[0], r[1], r[2] - r[0], r[3] - r[1]]) for raw, r, _, _ in merged_lines]


def show(values) -> str:
    return "[" + ", ".join(f"{v:g}" for v in values) + "]"


FONTS = HERE / "data" / "fonts"


def fixture_fonts(fixture: dict, fonts_dir: Path = FONTS):
    """The fonts a fixture names (``"fonts"``: family, file name, SHA-256 of a Noto subset in
    ``data/fonts``, written by ``tools/fixture_fonts.py``; or a bundled file with the ``weight`` and
    ``named_instance`` to register it with), as ogrender Fonts (subsets read from ``fonts_dir``); a str saying what is missing when a file
    is absent or differs from the one Chromium measured with."""
    import hashlib

    from ogrender import Font

    out = []
    for record in fixture.get("fonts", ()):
        if "bundled" in record or "generated" in record:  # a bundled file or the test font of varfont.py,
            # registered with a weight and a named instance
            from ogrender.text.fonts import bundled_dir

            from .varfont import build
            weight = record.get("weight")
            data = build() if "generated" in record else (bundled_dir() / record["bundled"]).read_bytes()
            out.append(Font(record["family"], data,
                            tuple(weight) if isinstance(weight, list) else weight,
                            named_instance=record.get("named_instance")))
            continue
        path = Path(fonts_dir) / record["file"]
        if not path.exists():
            return f"{path} is missing (python tools/fixture_fonts.py)"
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != record["sha256"]:
            return f"{path} is not the file the fixture was measured with (SHA-256 differs)"
        out.append(Font(record["family"], data))
    return out


def emoji_set(fixture: dict):
    """The emoji set to lay the fixture out with: None (the fonts draw emoji) for fixtures measured with
    Noto Color Emoji (``"emoji": "font"``), else ogrender's default."""
    from ogrender.emoji import DEFAULT
    return None if fixture.get("emoji") == "font" else DEFAULT


_FIXTURE_SET = object()


def replay(fixture: dict, fonts=None, emoji=_FIXTURE_SET) -> dict:
    from ogrender import StyleWarning, layout
    from ogrender.errors import OgRenderWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StyleWarning)
        warnings.simplefilter("ignore", OgRenderWarning)
        root = layout(fixture["tree"], fixture["width"], fixture["height"], fonts, preset=fixture["preset"],
                      emoji=emoji_set(fixture) if emoji is _FIXTURE_SET else emoji)
    result = {"breaks": None, "geometry": None, "boxes": None, "text": None}
    got = ogrender_lines(root, fixture.get("group") == "rows")
    want = fixture["lines"]
    transformed = "".join("".join(t for t, _ in got).split())  # (white space left out: lines join)
    if want is None:  # lines not measured (text-overflow hides characters Chromium still reports)
        got = want = []
    got_texts = [normalize(t) for t, _ in got]
    want_texts = [normalize(t) for t, _ in want]
    if got_texts != want_texts:
        k = next((i for i, (w, g) in enumerate(zip(want_texts, got_texts)) if w != g),
                 min(len(want_texts), len(got_texts)))
        result["breaks"] = (f"{len(got_texts)} lines, Chromium {len(want_texts)}; line {k + 1}: "
                            f"{got_texts[k] if k < len(got_texts) else None!r}, Chromium "
                            f"{want_texts[k] if k < len(want_texts) else None!r}")
        result["geometry"] = "lines differ"
    else:
        for k, ((_, g), (_, w)) in enumerate(zip(got, want)):
            if any(abs(a - b) > TOLERANCE for a, b in zip(g, w)):
                result["geometry"] = f"line {k + 1} {want_texts[k]!r}: Chromium {show(w)}, ogrender {show(g)}"
                break
    if fixture.get("inner_text") is not None:  # the transformed text, as Chromium's innerText gives it
        want_text = "".join(fixture["inner_text"].split())
        got_text = transformed
        if got_text != want_text:
            k = next((i for i, (a, b) in enumerate(zip(got_text, want_text)) if a != b),
                     min(len(got_text), len(want_text)))
            result["text"] = f"transformed text differs at {k}: {got_text[k:k + 20]!r}, Chromium {want_text[k:k + 20]!r}"
    tags = element_tags(fixture["tree"])
    expected = [b for tag, b in zip(tags, fixture["boxes"]) if tag != "br"]
    boxes = [root]
    stack = list(reversed(root.children))
    while stack:
        box = stack.pop()
        boxes.append(box)
        stack.extend(reversed(box.children))
    boxes = [b for b in boxes if b.tag != "br"]
    if len(boxes) != len(expected):
        result["boxes"] = f"ogrender made {len(boxes)} element boxes, Chromium {len(expected)}"
    else:
        for want_box, got_box in zip(expected, boxes):
            rect = [got_box.x, got_box.y, got_box.width, got_box.height]
            if any(abs(a - b) > TOLERANCE for a, b in zip(rect, want_box)):
                result["boxes"] = f"{got_box.path}: Chromium {show(want_box)}, ogrender {show(rect)}"
                break
    return result
