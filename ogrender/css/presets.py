"""Presets: the user-agent style sheet a render starts from, one per target.

``satori`` reproduces what templates for next/og (Satori 0.33, on Yoga) were written against: every
element is a flex container laid out in a row, items do not shrink, boxes are border-box and relative;
headings, paragraphs and phrase elements get Chromium's sizes, margins and weights as Satori's presets
give them. ``browser`` is Chromium's user-agent style sheet (html.css) for the common elements: what a page designed in
a browser was written against.
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


# Chromium's html.css, for the elements cards use (margins in their physical form for horizontal text).
_BLOCKS = ("html body div p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre hr section article header footer "
           "main nav aside figure figcaption address center dl dt dd form fieldset legend details summary "
           "menu dir hgroup search").split()
_BROWSER_TAGS = {tag: "display: block" for tag in _BLOCKS}
_BROWSER_TAGS.update({
    "li": "display: list-item",
    "p": "display: block; margin-top: 1em; margin-bottom: 1em",
    "blockquote": "display: block; margin: 1em 40px",
    "figure": "display: block; margin: 1em 40px",
    "ul": "display: block; margin-top: 1em; margin-bottom: 1em; padding-left: 40px",
    "ol": "display: block; margin-top: 1em; margin-bottom: 1em; padding-left: 40px",
    "menu": "display: block; margin-top: 1em; margin-bottom: 1em; padding-left: 40px",
    "dl": "display: block; margin-top: 1em; margin-bottom: 1em",
    "dd": "display: block; margin-left: 40px",
    "fieldset": "display: block; margin: 0 2px; padding: 0.35em 0.75em 0.625em; border: 2px groove #c0c0c0",
    "h1": "display: block; font-size: 2em; margin: 0.67em 0; font-weight: bold",
    "h2": "display: block; font-size: 1.5em; margin: 0.83em 0; font-weight: bold",
    "h3": "display: block; font-size: 1.17em; margin: 1em 0; font-weight: bold",
    "h4": "display: block; margin: 1.33em 0; font-weight: bold",
    "h5": "display: block; font-size: 0.83em; margin: 1.67em 0; font-weight: bold",
    "h6": "display: block; font-size: 0.67em; margin: 2.33em 0; font-weight: bold",
    "pre": "display: block; font-family: monospace; white-space: pre; margin: 1em 0",
    "hr": "display: block; overflow: hidden; margin: 0.5em auto; border-style: inset; border-width: 1px; "
          "color: gray",
    "address": "display: block; font-style: italic",
    "center": "display: block; text-align: center",
    "strong": "font-weight: bolder",
    "b": "font-weight: bolder",
    "i": "font-style: italic",
    "em": "font-style: italic",
    "cite": "font-style: italic",
    "var": "font-style: italic",
    "dfn": "font-style: italic",
    "code": "font-family: monospace",
    "kbd": "font-family: monospace",
    "samp": "font-family: monospace",
    "tt": "font-family: monospace",
    "small": "font-size: smaller",
    "big": "font-size: larger",
    "a": "color: #0000ee",
    "mark": "background-color: yellow; color: black",
    "sub": "vertical-align: sub; font-size: smaller",
    "sup": "vertical-align: super; font-size: smaller",
    "u": "text-decoration: underline",
    "ins": "text-decoration: underline",
    "s": "text-decoration: line-through",
    "strike": "text-decoration: line-through",
    "del": "text-decoration: line-through",
})


class Preset:
    """A named user-agent style sheet: declarations for every element, and per tag."""

    __slots__ = ("name", "all", "tags")

    def __init__(self, name: str, all_elements: str, tags: dict[str, str]):
        self.name = name
        self.all = all_elements
        self.tags = tags


PRESETS = {"satori": Preset("satori", _SATORI_ALL, _SATORI_TAGS),
           "browser": Preset("browser", "", _BROWSER_TAGS)}


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except (KeyError, TypeError):
        raise RenderError(f"unknown preset {name!r}; expected one of: {', '.join(PRESETS)}",
                          prop="preset") from None
