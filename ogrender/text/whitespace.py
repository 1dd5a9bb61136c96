"""CSS Text 3, 4.1: white-space processing of the text of one paragraph.

Input: (text, white-space value) items; output: the processed strings, where collapsible spaces are
merged across item boundaries and removed at the start of the paragraph. Spaces at line ends are handled
by line breaking (they hang).
"""

from __future__ import annotations

import re

COLLAPSING = frozenset({"normal", "nowrap", "pre-line"})
PRESERVE_NEWLINES = frozenset({"pre", "pre-wrap", "pre-line", "break-spaces"})
NO_WRAP = frozenset({"nowrap", "pre"})

_SPACES = re.compile(r"[ \t]+")
_SPACES_AROUND_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")
_ANY_SPACE = re.compile(r"[ \t\n\r\f]+")


def collapse(items: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    previous_space = True  # at paragraph start, collapsible spaces are removed
    for text, white_space in items:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", " ")
        if white_space in COLLAPSING:
            if white_space == "pre-line":
                text = _SPACES_AROUND_NEWLINE.sub("\n", text)
                text = _SPACES.sub(" ", text)
            else:
                text = _ANY_SPACE.sub(" ", text)
            if previous_space and text.startswith(" "):
                text = text[1:]
            if text:
                previous_space = text.endswith(" ") or text.endswith("\n")
        else:
            # preserved tabs stay: the paragraph advances them to the next tab stop (tab-size)
            if text:
                previous_space = False
        out.append(text)
    return out
