"""Box generation: StyledNode tree -> LayoutBox tree (CSS Display 3, 2).

``display: none`` makes no box; ``display: contents`` puts its children in its place. In a flex
container, each contiguous run of text that is not only white space becomes an anonymous flex item
(CSS Flexbox 4); in a block container, text goes in an anonymous block box. The text of a box becomes a
:class:`~ogrender.text.Paragraph`, measured and broken into lines by layout.
"""

from __future__ import annotations

from ..css.computed import inherit_from
from ..css.style import StyledNode, StyledText
from ..text import FontSet, Paragraph
from .box import LayoutBox

_WHITE = " \t\n\r\f"


def build_box(node: StyledNode, fonts: FontSet) -> LayoutBox | None:
    if node.style.display == "none":
        return None
    box = LayoutBox(node, node.style)
    box.boxes = _child_boxes(node, node.style, fonts)
    return box


def _child_boxes(node: StyledNode, style, fonts: FontSet) -> list[LayoutBox]:
    out: list[LayoutBox] = []
    pending: list[StyledText] = []

    def flush() -> None:
        if pending and not all(t.text.strip(_WHITE) == "" for t in pending):
            anon_style = inherit_from(style)
            anon_style.display = "block"
            paragraph = Paragraph([(t.text, t.style) for t in pending], anon_style, fonts)
            out.append(LayoutBox(None, anon_style, paragraph=paragraph))
        pending.clear()

    for child in _flatten_contents(node.children):
        if isinstance(child, StyledText):
            pending.append(child)
            continue
        flush()
        box = build_box(child, fonts)
        if box is not None:
            out.append(box)
    flush()
    return out


def _flatten_contents(children):
    for child in children:
        if isinstance(child, StyledNode) and child.style.display == "contents":
            yield from _flatten_contents(child.children)
        else:
            yield child
