"""Presets: the user-agent style sheet a render starts from, one per target.

``satori`` reproduces what templates for next/og (Satori 0.33, on Yoga) were written against: every
element is a flex container laid out in a row, items do not shrink, boxes are border-box and relative;
headings, paragraphs and phrase elements get Chromium's sizes, margins and weights as Satori's presets
give them. ``browser`` arrives with the layout-engine issue (Chromium's html.css).
"""

from __future__ import annotations

from ..errors import RenderError

# Applied to every element before its tag's rules.
_SATORI_ALL = "display: flex; flex-shrink: 0; box-sizing: border-box; position: relative"

_SATORI_TAGS = {
    "p": "margin-top: 1em; margin-bottom: 1em",
    "blockquote": "margin: 1em 40px",
    "center": "text-align: center",
    "hr": "margin: 0.5em auto; border-width: 1px",
    "h1": "font-size: 2em; margin: 0.67em 0; font-weight: bold",
    "h2": "font-size: 1.5em; margin: 0.83em 0; font-weight: bold",
    "h3": "font-size: 1.17em; margin: 1em 0; font-weight: bold",
    "h4": "margin: 1.33em 0; font-weight: bold",
    "h5": "font-size: 0.83em; margin: 1.67em 0; font-weight: bold",
    "h6": "font-size: 0.67em; margin: 2.33em 0; font-weight: bold",
    "strong": "font-weight: bold",
    "b": "font-weight: bold",
    "i": "font-style: italic",
    "em": "font-style: italic",
    "cite": "font-style: italic",
    "var": "font-style: italic",
    "address": "font-style: italic",
    "dfn": "font-style: italic",
    "code": "font-family: monospace",
    "kbd": "font-family: monospace",
    "pre": "font-family: monospace; white-space: pre; margin: 1em 0",
    "samp": "font-family: monospace",
    "small": "font-size: smaller",
    "big": "font-size: larger",
}


class Preset:
    """A named user-agent style sheet: declarations for every element, and per tag."""

    __slots__ = ("name", "all", "tags")

    def __init__(self, name: str, all_elements: str, tags: dict[str, str]):
        self.name = name
        self.all = all_elements
        self.tags = tags


PRESETS = {"satori": Preset("satori", _SATORI_ALL, _SATORI_TAGS)}


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except KeyError:
        if name == "browser":
            raise RenderError("preset='browser' is not available yet (it comes with the block and inline "
                              "layout engine); use preset='satori'", prop="preset") from None
        raise RenderError(f"unknown preset {name!r}; expected one of: {', '.join(PRESETS)}",
                          prop="preset") from None
