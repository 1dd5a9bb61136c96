"""The box tree: :class:`LayoutBox`, one per element that generates a box, plus anonymous boxes (a run of
text in a flex container becomes an anonymous flex item; a flex container's root on the canvas is one).

During layout, ``x``/``y`` are relative to the parent box's border-box origin; the rounding pass makes
them absolute. ``children`` lists the boxes of element children (anonymous boxes are looked through), as
``layout()`` promises; ``boxes`` holds every child box, in order.
"""

from __future__ import annotations

from typing import Iterator


NEVER = object()


class LayoutBox:
    __slots__ = ("node", "style", "x", "y", "width", "height", "margin", "border", "padding", "boxes",
                 "paragraph", "text", "atomics", "cache", "parent", "absolutes", "static", "collapse",
                 "baseline", "last_baseline", "bfc_root", "strut", "pct_w", "pct_h", "edges_for", "memo",
                 "bp_w", "bp_h", "width_facts", "height_facts", "image", "inlines", "__weakref__")

    def __init__(self, node, style, boxes: list["LayoutBox"] | None = None, paragraph=None):
        self.node = node            # StyledNode, or None for an anonymous box
        self.style = style          # ComputedStyle
        self.x = 0.0
        self.y = 0.0
        self.width = 0.0
        self.height = 0.0
        self.margin = (0.0, 0.0, 0.0, 0.0)   # used values: top, right, bottom, left
        self.border = (0.0, 0.0, 0.0, 0.0)
        self.padding = (0.0, 0.0, 0.0, 0.0)
        self.boxes = boxes if boxes is not None else []
        self.paragraph = paragraph  # text.Paragraph for a box whose content is text
        self.text = None            # text.TextLayout once laid out (relative to the content box)
        self.atomics = None         # atomic inline boxes laid out in lines (an inline formatting context)
        self.cache: dict = {}
        self.parent: LayoutBox | None = None
        self.absolutes: list[LayoutBox] = []  # positioned boxes whose containing block this box is
        self.static = None          # static position (x, y) relative to the parent, for an absolute box
        self.collapse = None        # block.MarginInfo of the last layout, for margin collapsing
        self.baseline = None        # first baseline from the border-box top, after layout (None: none)
        self.last_baseline = None   # baseline of its last line box, for a box holding inline content
        self.bfc_root = False       # establishes an independent formatting context (set by build)
        self.strut = (0.0, 0.0)     # (above, below) baseline: minimum line box of inline content
        self.pct_w = True           # own style has percentages of the containing block's width
        self.pct_h = True           # ... of its height (both set by build.link)
        self.edges_for = NEVER      # containing-block width the edges were resolved for
        self.memo = None            # an algorithm's state from its last run, for a perform with its inputs
        # inline elements (span, b, a, ...) of a paragraph: their boxes, placed from the paragraph's line
        # fragments; listed by ``children`` (not in ``boxes``: no formatting context lays them out)
        self.inlines = ()
        self.image = None           # images.ImageData of a replaced box (img, inline svg); it has no children
        self.bp_w = self.bp_h = 0.0  # border + padding on each axis, with the edges
        self.width_facts = None     # (preferred, min, max) border-box widths, with the edges
        self.height_facts = None    # (containing-block height, (min, max) border-box heights))

    # -- public view -------------------------------------------------------------------------------

    @property
    def element(self):
        """The :class:`~ogrender.tree.Element` this box is for, or None for an anonymous box."""
        return self.node.element if self.node is not None else None

    @property
    def tag(self) -> str | None:
        return self.node.element.tag if self.node is not None else None

    @property
    def path(self) -> str:
        return self.node.element.path if self.node is not None else "(anonymous)"

    @property
    def children(self) -> list["LayoutBox"]:
        """Boxes of the element children, in document order (anonymous boxes looked through)."""
        if not self.inlines:
            for box in self.boxes:
                if box.node is None:
                    break
            else:  # the common case: every box is an element's
                return list(self.boxes)
        out: list[LayoutBox] = list(self.inlines)
        for box in self.boxes:
            if box.node is None:
                out.extend(box.children)
            else:
                out.append(box)
        return out

    @property
    def is_anonymous(self) -> bool:
        return self.node is None

    # -- geometry helpers (valid after layout) -----------------------------------------------------

    @property
    def content_x(self) -> float:
        return self.x + self.border[3] + self.padding[3]

    @property
    def content_y(self) -> float:
        return self.y + self.border[0] + self.padding[0]

    @property
    def content_width(self) -> float:
        return self.width - self.border[1] - self.border[3] - self.padding[1] - self.padding[3]

    @property
    def content_height(self) -> float:
        return self.height - self.border[0] - self.border[2] - self.padding[0] - self.padding[2]

    def walk(self) -> Iterator["LayoutBox"]:
        """This box and every box below it (anonymous ones included), in document order."""
        stack = [self]
        while stack:
            box = stack.pop()
            yield box
            stack.extend(reversed(box.boxes))

    def __repr__(self) -> str:
        return (f"<LayoutBox {self.path} x={self.x:g} y={self.y:g} "
                f"w={self.width:g} h={self.height:g}>")
