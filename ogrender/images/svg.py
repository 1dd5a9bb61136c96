"""SVG documents as images: a safe parse, the natural size, and a normalised copy for drawing.

In: SVG bytes (from a ``data:`` URL, bytes or a file) or an inline ``<svg>`` :class:`Element` subtree.
Out: :class:`SvgInfo` (natural width / height in px or None, natural ratio or None) and normalised SVG
bytes whose root is sized ``100%`` x ``100%`` with a ``viewBox``, so paint can draw it at any concrete size
with ``skia.SVGDOM`` (the viewBox mapping and ``preserveAspectRatio`` apply, as Chromium renders an SVG
image at its concrete object size).

Safety, as a browser treats an SVG loaded as an image: nothing is ever fetched (``href``s other than
``#fragment`` and ``data:`` are removed; external entities are refused by the parser); entity declarations
are refused outright (no "billion laughs"); scripts are dropped (never run: skia has no script engine);
documents with more than :data:`MAX_ELEMENTS` elements or nested deeper than :data:`MAX_DEPTH` are refused.
The parse uses the standard library's expat with those handlers; no lxml here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import xml.parsers.expat

from ..errors import ImageError, LimitError

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

# Absolute units of the SVG width / height attributes, in px (CSS Values 4); em / ex at the initial 16px
# font size, as Chromium resolves them for an SVG image without its own font size.
_UNITS = {"": 1.0, "px": 1.0, "pt": 96 / 72, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4,
          "q": 96 / 101.6, "em": 16.0, "ex": 8.0, "rem": 16.0}
_LENGTH = re.compile(r"^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z%]*)\s*$")
_SEP = re.compile(r"[\s,]+")


class SvgInfo:
    __slots__ = ("width", "height", "ratio", "data", "unsupported")

    def __init__(self, width, height, ratio, data: bytes, unsupported: tuple = ()):
        self.width = width      # natural width in px, or None
        self.height = height
        self.ratio = ratio      # natural aspect ratio (w / h), or None
        self.data = data        # normalised SVG bytes for drawing
        self.unsupported = unsupported  # what will not be drawn, for a warning


def svg_length(value) -> float | None:
    """px of an SVG root width / height attribute; None for a percentage, auto, junk or a negative."""
    if value is None:
        return None
    m = _LENGTH.match(str(value))
    if not m:
        return None
    unit = m.group(2).lower()
    if unit not in _UNITS:
        return None
    px = float(m.group(1)) * _UNITS[unit]
    return px if px >= 0 else None


def parse_view_box(value) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    parts = [p for p in _SEP.split(str(value).strip()) if p]
    if len(parts) != 4:
        return None
    try:
        x, y, w, h = (float(p) for p in parts)
    except ValueError:
        return None
    if w <= 0 or h <= 0:
        return None  # a viewBox with a zero or negative size disables rendering; treated as absent
    return (x, y, w, h)


def _refuse_entity(*args):
    raise ImageError("the SVG declares XML entities (<!ENTITY ...>), which are not accepted")


def _refuse_external(*args):
    raise ImageError("the SVG refers to an external entity, which is not accepted")


MAX_ELEMENTS = 100_000   # elements of one SVG document
MAX_DEPTH = 256          # nesting of its elements


def _check_xml(data: bytes) -> None:
    """Refuse entity declarations and external entities before any tree is built, and documents with
    too many or too deeply nested elements (drawing them would take unbounded time)."""
    parser = xml.parsers.expat.ParserCreate()
    state = {"count": 0, "depth": 0}

    def start(name, attrs):
        state["count"] += 1
        state["depth"] += 1
        if state["count"] > MAX_ELEMENTS:
            raise LimitError(f"the SVG has more than {MAX_ELEMENTS} elements")
        if state["depth"] > MAX_DEPTH:
            raise LimitError(f"the SVG nests elements more than {MAX_DEPTH} deep")

    def end(name):
        state["depth"] -= 1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_external
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise ImageError(f"the SVG is not well-formed XML ({exc})") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


def _is_external(href: str) -> bool:
    href = href.strip()
    return not (href.startswith("#") or href[:5].lower() == "data:" or href == "")


def _clean(root: ET.Element) -> bool:
    """Drop scripts, event handlers and external references; True if anything changed."""
    changed = False
    for parent in list(root.iter()):
        for child in list(parent):
            if isinstance(child.tag, str) and _local(child.tag) in ("script", "foreignObject"):
                parent.remove(child)
                changed = True
        for name in list(parent.attrib):
            local = _local(name)
            if local.lower().startswith("on") or (local == "href" and _is_external(parent.attrib[name])):
                del parent.attrib[name]
                changed = True
    return changed


def _normalise_root(root: ET.Element, width, height, ratio) -> None:
    vb = parse_view_box(root.get("viewBox"))
    if vb is None and width is not None and height is not None and width > 0 and height > 0:
        root.set("viewBox", f"0 0 {width:g} {height:g}")
    root.set("width", "100%")
    root.set("height", "100%")


def _natural(root: ET.Element):
    width = svg_length(root.get("width"))
    height = svg_length(root.get("height"))
    vb = parse_view_box(root.get("viewBox"))
    ratio = None
    if width is not None and height is not None:
        ratio = width / height if width > 0 and height > 0 else None
    elif vb is not None:
        ratio = vb[2] / vb[3]
        # One size given: the other follows the viewBox's ratio (CSS Images 3, natural dimensions of SVG).
        if width is not None and height is None:
            height = width / ratio
        elif height is not None and width is None:
            width = height * ratio
    return width, height, ratio


def read_svg(data: bytes) -> SvgInfo:
    """Parse SVG bytes safely: natural size and normalised bytes for drawing, or ImageError."""
    _check_xml(data)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ImageError(f"the SVG is not well-formed XML ({exc})") from None
    if _local(root.tag) != "svg":
        raise ImageError(f"the document's root element is <{_local(root.tag)}>, not <svg>")
    width, height, ratio = _natural(root)
    unsupported = ()
    if any(isinstance(el.tag, str) and _local(el.tag) in ("text", "textPath", "tspan") for el in root.iter()):
        unsupported = ("SVG <text> is not drawn yet (skia's SVG module here has no text shaping)",)
    _clean(root)
    _normalise_root(root, width, height, ratio)
    return SvgInfo(width, height, ratio, _serialize_et(root), unsupported)


def _serialize_et(root: ET.Element) -> bytes:
    # Namespaces written out by hand: ElementTree's own prefixes (ns0:) are valid XML but noisy.
    out: list[str] = []

    def name_of(tag: str) -> str:
        if tag.startswith("{"):
            ns, local = tag[1:].split("}", 1)
            if ns == SVG_NS:
                return local
            if ns == XLINK_NS:
                return "xlink:" + local
            if ns == "http://www.w3.org/XML/1998/namespace":
                return "xml:" + local
            return local
        return tag

    def walk(el: ET.Element, top: bool) -> None:
        if not isinstance(el.tag, str):
            if el.tail:
                out.append(_esc_text(el.tail))
            return
        tag = name_of(el.tag)
        attrs = "".join(f' {name_of(k)}="{_esc_attr(v)}"' for k, v in el.attrib.items())
        if top:
            attrs = f' xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}"' + attrs
        out.append(f"<{tag}{attrs}>")
        if el.text:
            out.append(_esc_text(el.text))
        for child in el:
            walk(child, False)
        out.append(f"</{tag}>")
        if el.tail and not top:
            out.append(_esc_text(el.tail))

    walk(root, True)
    return "".join(out).encode("utf-8")


def _esc_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _esc_attr(s) -> str:
    return _esc_text(str(s)).replace('"', "&quot;")


# -- inline <svg> elements of the tree -----------------------------------------------------------------

def _css_value(v) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, (int, float)):
        return f"{v:g}"
    return str(v)


def _style_text(style) -> str:
    if style is None:
        return ""
    if isinstance(style, str):
        return style
    parts = []
    for key, value in style.items():
        name = re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), str(key))
        parts.append(f"{name}:{_css_value(value)}")
    return ";".join(parts)


_CURRENT = re.compile(r"currentcolor", re.I)
_SVG_PROPS = ("fill", "stroke", "marker", "paint-order", "shape-rendering", "vector-effect", "clip-rule",
              "stop-", "font-", "text-anchor", "dominant-baseline", "color-interpolation", "flood-",
              "lighting-color")
# React / JSX spellings of SVG presentation attributes (strokeWidth -> stroke-width); the case-sensitive
# SVG names (viewBox, gradientUnits, ...) are kept as they are.
_CAMEL_ATTRS = {"strokeWidth", "strokeLinecap", "strokeLinejoin", "strokeDasharray", "strokeDashoffset",
                "strokeMiterlimit", "strokeOpacity", "fillOpacity", "fillRule", "clipRule", "clipPath",
                "stopColor", "stopOpacity", "fontFamily", "fontSize", "fontWeight", "fontStyle", "textAnchor",
                "dominantBaseline", "colorInterpolationFilters", "floodColor", "floodOpacity", "lightingColor",
                "markerStart", "markerMid", "markerEnd", "paintOrder", "vectorEffect", "shapeRendering",
                "textRendering", "imageRendering", "letterSpacing", "wordSpacing", "textDecoration",
                "alignmentBaseline", "baselineShift", "xlinkHref", "xmlSpace", "xmlnsXlink"}


def _attr_name(name: str) -> str:
    if name == "className":
        return "class"
    if name in ("xlinkHref",):
        return "xlink:href"
    if name == "xmlnsXlink":
        return "xmlns:xlink"
    if name == "xmlSpace":
        return "xml:space"
    if name in _CAMEL_ATTRS:
        return re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), name)
    return name


def element_markup(element, color_css: str) -> bytes:
    """Serialise an inline ``<svg>`` Element subtree back to SVG markup, with ``currentColor`` resolved to
    ``color_css`` (the element's computed colour) in attributes and style."""
    out: list[str] = []

    def walk(el, top: bool) -> None:
        tag = el.tag
        attrs = []
        for name, value in el.attrs.items():
            if not isinstance(name, str) or name in ("xmlns", "xmlns:xlink", "xmlnsXlink"):
                continue
            if value is None or value is False or callable(value) or isinstance(value, (bytes, dict, list)):
                continue
            name = _attr_name(name)
            if name == "class":
                continue
            text = _CURRENT.sub(color_css, _css_value(value))
            attrs.append(f' {name}="{_esc_attr(text)}"')
        style = _style_text(el.style)
        if top:  # the root's box is ogrender's (size, opacity, transform): only its SVG properties go in
            style = ";".join(d for d in style.split(";") if d.split(":", 1)[0].strip().lower().startswith(_SVG_PROPS))
        if style:
            attrs.append(f' style="{_esc_attr(_CURRENT.sub(color_css, style))}"')
        head = f' xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}"' if top else ""
        out.append(f"<{tag}{head}{''.join(attrs)}>")
        for child in el.children:
            if isinstance(child, str):
                out.append(_esc_text(child))
            else:
                walk(child, False)
        out.append(f"</{tag}>")

    walk(element, True)
    return "".join(out).encode("utf-8")
