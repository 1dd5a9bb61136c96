"""Box generation: StyledNode tree -> LayoutBox tree (CSS Display 3, 2).

``display: none`` makes no box; ``display: contents`` puts its children in its place. In a flex
container, each contiguous run of text that is not only white space becomes an anonymous flex item
(CSS Flexbox 4). In a block container, inline-level content (text, inline-block and inline-flex boxes) is
wrapped in anonymous block boxes, one per run between block-level children (CSS 2.1 9.2.1.1); the text of
such a box becomes a :class:`~ogrender.text.Paragraph`. Then each box learns its parent, whether it
establishes an independent formatting context, and which positioned boxes it is the containing block of.
"""

from __future__ import annotations

from ..css.computed import inherit_from
from ..css.values import Percent
from ..css.style import StyledNode, StyledText
from ..text import FontSet, Paragraph, strut
from ..text.paragraph import InlineMark
from .box import LayoutBox
from .replaced import REPLACED_TAGS, replaced_box

_WHITE = " \t\n\r\f"
INLINE_LEVEL = frozenset({"inline", "inline-block", "inline-flex"})
ATOMIC_INLINE = frozenset({"inline-block", "inline-flex"})
FLEX = frozenset({"flex", "inline-flex"})


def build_box(node: StyledNode, fonts: FontSet) -> LayoutBox | None:
    if node.style.display == "none":
        return None
    if node.element.tag in REPLACED_TAGS:  # img, inline svg: an image, no children (layout/replaced.py)
        return replaced_box(node)
    box = LayoutBox(node, node.style)
    if node.style.display in FLEX:
        box.boxes = _flex_children(node, fonts)
    else:
        box.boxes = _block_children(node, fonts)
    return box


def _anonymous_style(parent_style):
    style = inherit_from(parent_style)
    style.display = "block"
    return style


def _has_content(texts: list) -> bool:
    """Whether inline content makes a line: text that is not only white space, or a br."""
    return any(t.kind == "br" if t.__class__ is InlineMark else t.text.strip(_WHITE) for t in texts)


def _has_text(texts: list) -> bool:
    return any(t.kind == "br" if t.__class__ is InlineMark else t.text.strip(_WHITE) for t in texts
               if t.__class__ is not InlineMark or t.kind != "atomic")


def _paragraph_items(texts: list) -> list:
    return [t if t.__class__ is InlineMark else (t.text, t.style) for t in texts]


def _paragraph_box(texts: list, parent_style, fonts: FontSet, inlines=(), path=None, lang=None) -> LayoutBox | None:
    if not _has_content(texts):
        return None
    style = _anonymous_style(parent_style)
    box = LayoutBox(None, style, paragraph=Paragraph(_paragraph_items(texts), style, fonts,
                                                     decorating=(parent_style,), path=path, lang=lang))
    box.inlines = inlines
    return box


def _flex_children(node: StyledNode, fonts: FontSet) -> list[LayoutBox]:
    """Every in-flow child of a flex container is a flex item; text runs become anonymous items."""
    out: list[LayoutBox] = []
    pending: list[StyledText] = []
    for child in _flatten_contents(node.children):
        if isinstance(child, StyledText):
            pending.append(child)
            continue
        if pending:
            anon = _paragraph_box(pending, node.style, fonts, path=node.element.path, lang=_lang_of(node.element))
            if anon is not None:
                out.append(anon)
            pending = []
        box = build_box(child, fonts)
        if box is not None:
            out.append(box)
    if pending:
        anon = _paragraph_box(pending, node.style, fonts, path=node.element.path, lang=_lang_of(node.element))
        if anon is not None:
            out.append(anon)
    return out


def _block_children(node: StyledNode, fonts: FontSet) -> list[LayoutBox]:
    """Block-level children as they are; runs of inline-level content in anonymous block boxes."""
    out: list[LayoutBox] = []
    run: list = []  # StyledText and inline-level StyledNodes

    def flush() -> None:
        if run:
            out.extend(_inline_run_boxes(run, node.style, fonts, node.element.path, _lang_of(node.element)))
            run.clear()

    for child in _flatten_contents(node.children):
        if isinstance(child, StyledNode) and child.style.display == "none":
            continue
        if isinstance(child, StyledText) or child.style.display in INLINE_LEVEL or (
                run and child.style.position in ("absolute", "fixed")):
            run.append(child)  # an out-of-flow box inside an inline run stays in it, in order
            continue
        flush()
        box = build_box(child, fonts)
        if box is not None:
            out.append(box)
    flush()
    return out


def _inline_run_boxes(run: list, parent_style, fonts: FontSet, path=None, lang=None) -> list[LayoutBox]:
    """An anonymous block for a run of inline-level content: text (with the styles of the inline elements
    around it) goes into a paragraph; atomic inlines are laid out in lines. Out-of-flow boxes in the run
    stay in it, in order; a run with nothing in flow but white space makes no anonymous box."""
    texts: list = []  # StyledText and InlineMark
    atomics: list[LayoutBox] = []
    boxes: list[LayoutBox] = []  # atomics and out-of-flow boxes, in document order
    inlines: list[LayoutBox] = []  # boxes of inline elements (placed from the paragraph's fragments)
    for item in run:
        if isinstance(item, StyledText):
            texts.append(item)
        elif (item.style.position in ("absolute", "fixed") or item.style.display in ATOMIC_INLINE
              or item.element.tag in REPLACED_TAGS):  # an inline img is an atomic inline
            box = build_box(item, fonts)
            if box is not None:
                boxes.append(box)
                if item.style.position not in ("absolute", "fixed"):
                    atomics.append(box)
                    # its place among the text: an atomic inline shares lines with it
                    texts.append(InlineMark("atomic", item.style, box, parent_style))
        else:  # an inline element: its text joins the paragraph with its own style, between its marks
            def atomic(child):
                """An atomic inline or out-of-flow box inside an inline element: laid out and painted
                with the paragraph's box (``layout()`` lists it there, not under the inline element)."""
                box = build_box(child, fonts)
                if box is None:
                    return None
                boxes.append(box)
                if child.style.position in ("absolute", "fixed"):
                    return None
                atomics.append(box)
                return InlineMark("atomic", child.style, box, parent_style)

            texts.extend(_inline_items(item, inlines, atomic))
    has_text = _has_text(texts)
    if not atomics and not has_text:
        return boxes
    if not boxes:
        return [_paragraph_box(texts, parent_style, fonts, inlines, path, lang)]
    style = _anonymous_style(parent_style)
    anon = LayoutBox(None, style, boxes=boxes)
    anon.atomics = atomics
    anon.strut = strut(style, fonts)
    if has_text:
        anon.paragraph = Paragraph(_paragraph_items(texts), style, fonts, decorating=(parent_style,), path=path,
                                   lang=lang)
        anon.paragraph.atomic_measure = _measure_atomic
        anon.inlines = inlines
    return [anon]


def _lang_of(element) -> str | None:
    """The language of an element: its lang attribute or its nearest ancestor's (HTML)."""
    while element is not None:
        lang = element.attrs.get("lang") or element.attrs.get("xml:lang")
        if lang:
            return str(lang)
        element = element.parent
    return None


def _measure_atomic(box: LayoutBox, mode: str) -> float:
    """Outer min-content or max-content width of an atomic inline, for its paragraph's intrinsic widths."""
    from .inline import atomic_outer_width
    return atomic_outer_width(box, mode)


def _inline_items(node: StyledNode, siblings: list, atomic=None) -> list:
    """The paragraph items of an inline element: a ``br`` is a forced break; other elements get a box
    (appended to ``siblings``) and open / close marks around their content; ``atomic(child)`` makes the
    box of an atomic inline inside it (and gives its mark)."""
    if node.element.tag == "br":
        return [InlineMark("br", node.style)]
    box = LayoutBox(node, node.style)
    siblings.append(box)
    children: list[LayoutBox] = []
    lang = node.element.attrs.get("lang")
    out: list = [InlineMark("open", node.style, box, lang=str(lang) if lang else None)]
    for child in _flatten_contents(node.children):
        if isinstance(child, StyledText):
            out.append(child)
        elif child.style.display == "none":
            continue
        elif child.style.display == "inline" and child.element.tag not in REPLACED_TAGS:
            out.extend(_inline_items(child, children, atomic))
        elif atomic is not None and (child.style.display in ATOMIC_INLINE or child.element.tag in REPLACED_TAGS
                                     or child.style.position in ("absolute", "fixed")):
            mark = atomic(child)
            if mark is not None:
                out.append(mark)
        else:  # block-level content inside an inline element: its text only, for now
            out.extend(_inline_texts(child))
    out.append(InlineMark("close", node.style, box))
    box.inlines = children
    return out


def _inline_texts(node: StyledNode) -> list[StyledText]:
    out: list[StyledText] = []
    for child in _flatten_contents(node.children):
        if isinstance(child, StyledText):
            out.append(child)
        elif child.style.display != "none":
            out.extend(_inline_texts(child))
    return out


def _flatten_contents(children):
    for child in children:
        if isinstance(child, StyledNode) and child.style.display == "contents":
            yield from _flatten_contents(child.children)
        else:
            yield child


# -- after generation: parents, formatting-context roots, containing blocks of positioned boxes ------

def establishes_bfc(box: LayoutBox, parent: LayoutBox | None) -> bool:
    s = box.style
    return (parent is None or s.display in ("flow-root", "inline-block", "flex", "inline-flex")
            or s.overflow_x not in ("visible", "clip") or s.overflow_y not in ("visible", "clip")
            or s.position in ("absolute", "fixed")
            or parent.style.display in FLEX)


def percentage_dependencies(style) -> tuple[bool, bool]:
    """Whether a box's own used sizes depend on its containing block's width / height (percentages);
    its descendants' percentages refer to its own content box instead."""
    s, P = style, Percent
    of_w = (s.width.__class__ is P or s.min_width.__class__ is P or s.max_width.__class__ is P
            or s.margin_top.__class__ is P or s.margin_right.__class__ is P or s.margin_bottom.__class__ is P
            or s.margin_left.__class__ is P or s.padding_top.__class__ is P or s.padding_right.__class__ is P
            or s.padding_bottom.__class__ is P or s.padding_left.__class__ is P or s.flex_basis.__class__ is P
            or s.left.__class__ is P or s.right.__class__ is P)
    of_h = (s.height.__class__ is P or s.min_height.__class__ is P or s.max_height.__class__ is P
            or s.top.__class__ is P or s.bottom.__class__ is P or s.flex_basis.__class__ is P)
    return of_w, of_h


def link(canvas: LayoutBox) -> None:
    """Set ``parent``, ``bfc_root`` and the ``absolutes`` lists (in document order), starting from the
    canvas (the initial containing block of absolute and fixed boxes whose ancestors are not
    positioned)."""
    canvas.bfc_root = True
    # Each entry: the box, its parent, the containing block of absolute boxes below it (the nearest
    # positioned or transformed ancestor, or the canvas) and that of fixed boxes (the nearest transformed
    # or filtered ancestor, or the canvas): CSS Position 3, 2.1, and CSS Transforms 1, 3.
    stack = [(child, canvas, canvas, canvas) for child in reversed(canvas.boxes)]
    while stack:
        box, parent, positioned, fixed_cb = stack.pop()
        box.parent = parent
        box.bfc_root = establishes_bfc(box, parent)
        box.pct_w, box.pct_h = percentage_dependencies(box.style)
        if box.image is not None and box.image.width is None:
            box.pct_w = True  # an image without a natural width fills its containing block
        style = box.style
        position = style.position
        if position == "absolute":
            positioned.absolutes.append(box)
        elif position == "fixed":
            fixed_cb.absolutes.append(box)
        contains_fixed = style.transform != "none" or style.filter != "none" or style.backdrop_filter != "none"
        inner = box if position != "static" or contains_fixed else positioned
        inner_fixed = box if contains_fixed else fixed_cb
        stack.extend((child, box, inner, inner_fixed) for child in reversed(box.boxes))
