"""HTML strings (a fragment or a whole document) parsed with lxml into the element tree.

lxml's HTML parser lowercases tag and attribute names; as the HTML standard does for SVG content, the
case-sensitive SVG names (``viewBox``, ``linearGradient`` ...) are restored from the standard's tables.
Comments and processing instructions are dropped; text is kept as written (white space is collapsed later,
by the CSS ``white-space`` rules).
"""

from __future__ import annotations

import lxml.etree
import lxml.html

from ..errors import TreeError
from .element import Element, check_depth, normalize_children
from .svgnames import SVG_ATTR_CASE, SVG_TAG_CASE


def element_from_html(source: str | bytes) -> Element:
    if isinstance(source, bytes):
        source = source.decode("utf-8")
    if not source.strip():
        raise TreeError("the HTML string is empty")
    try:
        fragments = lxml.html.fragments_fromstring(source)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise TreeError(f"cannot parse the HTML: {exc}") from None
    roots = [f for f in fragments if not isinstance(f, str) and isinstance(f.tag, str)]
    if isinstance(fragments[0], str) and fragments[0].strip():
        raise TreeError("the HTML must have one root element; found text before it: "
                        f"{fragments[0].strip()[:40]!r}")
    if len(roots) != 1:
        raise TreeError(f"the HTML must have exactly one root element, found {len(roots)}")
    root = roots[0]
    if root.tag == "html":  # a whole document: render its body's single element
        body = root.find("body")
        kids = [c for c in (body if body is not None else []) if isinstance(c.tag, str)]
        if len(kids) != 1:
            raise TreeError(f"the document's <body> must hold exactly one element, found {len(kids)}")
        root = kids[0]
    return _convert(root, in_svg=False, depth=0)


def _convert(node: lxml.html.HtmlElement, in_svg: bool, depth: int) -> Element:
    tag = node.tag
    check_depth(depth, tag)
    in_svg = in_svg or tag == "svg"
    if in_svg:
        tag = SVG_TAG_CASE.get(tag, tag)
    attrs = {}
    style = None
    for name, value in node.attrib.items():
        if name == "style":
            style = value
            continue
        if in_svg:
            name = SVG_ATTR_CASE.get(name, name)
        attrs[name] = value
    raw: list = []
    if node.text:
        raw.append(node.text)
    for child in node:
        if isinstance(child.tag, str):
            raw.append(_convert(child, in_svg, depth + 1))
        if child.tail:
            raw.append(child.tail)
    return Element(tag, attrs, style, normalize_children(raw, tag))
