"""The property table: every supported longhand with its initial (computed) value, whether it inherits,
the parser of its specified value and the function that computes it.

This table is the single source of property knowledge: the cascade, the computed-style class and the
supported-CSS documentation are all generated from it.
"""

from __future__ import annotations

from typing import Any, Callable

from . import parsers as p
from .parsers import InvalidValue
from .values import AUTO, BLACK, CURRENT_COLOR, NONE, NORMAL, TRANSPARENT, Length, Number, Percent, RGBA


class ComputeContext:
    """What computing a value may depend on: the element's own font size and colour (computed first),
    the parent's computed style, the root font size and the viewport."""

    __slots__ = ("font_size", "color", "parent", "root_font_size", "viewport_width", "viewport_height")

    def __init__(self, parent, root_font_size: float, viewport_width: float, viewport_height: float):
        self.parent = parent
        self.font_size = parent.font_size if parent is not None else 16.0
        self.color = parent.color if parent is not None else BLACK
        self.root_font_size = root_font_size
        self.viewport_width = viewport_width
        self.viewport_height = viewport_height


_ABSOLUTE = {"px": 1.0, "pt": 96 / 72, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4,
             "q": 96 / 101.6}


def to_px(length: Length, ctx: ComputeContext, em: float | None = None) -> float:
    """Absolute px of a non-percentage length. ``em`` overrides the font size em/ex/ch refer to."""
    unit = length.unit
    if unit in _ABSOLUTE:
        return length.value * _ABSOLUTE[unit]
    if unit == "calc":  # a calc() of lengths without percentages (css/functions.py)
        return sum(to_px(Length(v, u), ctx, em) for u, v in length.terms.items())
    font_size = ctx.font_size if em is None else em
    if unit == "em":
        return length.value * font_size
    if unit == "rem":
        return length.value * ctx.root_font_size
    if unit in ("ex", "ch"):  # approximations until font metrics are consulted (text issue)
        return length.value * font_size * 0.5
    if unit == "vw":
        return length.value * ctx.viewport_width / 100
    if unit == "vh":
        return length.value * ctx.viewport_height / 100
    if unit == "vmin":
        return length.value * min(ctx.viewport_width, ctx.viewport_height) / 100
    if unit == "vmax":
        return length.value * max(ctx.viewport_width, ctx.viewport_height) / 100
    raise InvalidValue(f"unknown unit {unit!r}")


# -- computers: specified value + context -> computed value -------------------------------------------

def as_specified(value: Any, ctx: ComputeContext) -> Any:
    return value


def length_percentage(value: Any, ctx: ComputeContext) -> Any:
    if isinstance(value, Length):
        if value.unit == "%":
            return Percent(value.value)
        if value.unit == "calc" and "%" in value.terms:  # calc(50% - 10px): a percentage with an offset
            from .functions import length_px
            px, percent = length_px(value, ctx)
            return Percent(percent, px) if percent else px
        return to_px(value, ctx)
    return value


def border_width(value: Any, ctx: ComputeContext) -> float:
    # Chromium snaps border widths to whole device pixels: widths of 1px or more are floored, thinner
    # non-zero widths become 1px (CSS Values 4 "snap as a border width").
    px = {"thin": 1.0, "medium": 3.0, "thick": 5.0}[value] if isinstance(value, str) else to_px(value, ctx)
    if px <= 0:
        return 0.0
    return 1.0 if px < 1 else float(int(px))


_PX_OR_PERCENT = frozenset(_ABSOLUTE) | {"%"}


def context_free(compute: Callable, value: Any) -> bool:
    """Whether ``compute(value, ctx)`` is the same in every context (so the style step may compute it
    once per value): values computed as specified, and lengths in absolute units or percentages."""
    if compute is as_specified:
        return True
    if compute is length_percentage or compute is border_width:
        return not isinstance(value, Length) or value.unit in _PX_OR_PERCENT
    return False


def current_color(value: Any, ctx: ComputeContext) -> RGBA:
    return ctx.color if value == CURRENT_COLOR else value


def parent_color(value: Any, ctx: ComputeContext) -> RGBA:
    if value == CURRENT_COLOR:
        return ctx.parent.color if ctx.parent is not None else BLACK
    return value


_FONT_SIZE_KEYWORDS = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
                       "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}


def font_size(value: Any, ctx: ComputeContext) -> float:
    parent_size = ctx.parent.font_size if ctx.parent is not None else 16.0
    if isinstance(value, str):
        if value == "larger":
            return parent_size * 1.2
        if value == "smaller":
            return parent_size / 1.2
        return _FONT_SIZE_KEYWORDS[value]
    if value.unit == "%":
        return parent_size * value.value / 100
    return to_px(value, ctx, em=parent_size)


def font_weight(value: Any, ctx: ComputeContext) -> float:
    if isinstance(value, float):
        return value
    if value == "normal":
        return 400.0
    if value == "bold":
        return 700.0
    parent = ctx.parent.font_weight if ctx.parent is not None else 400.0
    if value == "bolder":  # CSS Fonts 4, 2.2.1 table
        return 400.0 if parent < 350 else 700.0 if parent < 550 else max(900.0, parent)
    return min(100.0, parent) if parent < 550 else 400.0 if parent < 750 else 700.0  # lighter


def line_height(value: Any, ctx: ComputeContext) -> Any:
    if isinstance(value, Length):
        if value.unit == "%":
            return ctx.font_size * value.value / 100
        return to_px(value, ctx)
    return value  # "normal" or Number


def opacity(value: Any, ctx: ComputeContext) -> float:
    return min(1.0, max(0.0, value))


# -- parsers for grammars not in parsers.py ------------------------------------------------------------

def parse_font_size(tokens):
    token = p.single(tokens)
    kw = p.keyword_of(token)
    if kw is not None:
        if kw in _FONT_SIZE_KEYWORDS or kw in ("larger", "smaller"):
            return kw
        raise InvalidValue(f"unknown keyword {kw!r}")
    value = p.length(token, percent=True, negative=False)
    if value is None:
        raise InvalidValue("expected a length, a percentage or a size keyword")
    return value
parse_font_size.accepts = "<length-percentage> | xx-small ... xxx-large | larger | smaller"


def parse_font_weight(tokens):
    token = p.single(tokens)
    kw = p.keyword_of(token)
    if kw in ("normal", "bold", "bolder", "lighter"):
        return kw
    value = p.number(token)
    if value is None or not 1 <= value <= 1000:
        raise InvalidValue("expected a number from 1 to 1000 or normal | bold | bolder | lighter")
    return value
parse_font_weight.accepts = "<number [1,1000]> | normal | bold | bolder | lighter"


def parse_font_family(tokens):
    families: list[str] = []
    current: list[str] = []
    for token in list(tokens) + [None]:
        if token is None or token == ",":
            if not current:
                raise InvalidValue("empty family name")
            families.append(" ".join(current))
            current = []
        elif token.type == "whitespace":
            continue
        elif token.type == "string":
            if current:
                raise InvalidValue("a quoted family name cannot follow other words")
            current.append(token.value)
        elif token.type == "ident":
            current.append(token.value)
        else:
            raise InvalidValue(f"unexpected {p.tokens_text([token])!r} in a family list")
    return tuple(families)
parse_font_family.accepts = "<family-name>#"


def parse_line_height(tokens):
    token = p.single(tokens)
    if p.keyword_of(token) == "normal":
        return NORMAL
    n = p.number(token, negative=False)
    if n is not None:
        return Number(n)
    value = p.length(token, percent=True, negative=False)
    if value is None:
        raise InvalidValue("expected normal, a number, a length or a percentage")
    return value
parse_line_height.accepts = "normal | <number> | <length-percentage>"


def parse_opacity(tokens):
    token = p.single(tokens)
    if token.type == "percentage":
        return float(token.value) / 100
    n = p.number(token)
    if n is None:
        raise InvalidValue("expected a number or a percentage")
    return n
parse_opacity.accepts = "<number> | <percentage>"


def parse_border_width(tokens):
    token = p.single(tokens)
    kw = p.keyword_of(token)
    if kw in ("thin", "medium", "thick"):
        return kw
    value = p.length(token, negative=False)
    if value is None:
        raise InvalidValue("expected a length or thin | medium | thick")
    return value
parse_border_width.accepts = "<length> | thin | medium | thick"


def parse_radius(tokens):
    toks = p.significant(tokens)
    if not 1 <= len(toks) <= 2:
        raise InvalidValue("expected one or two lengths")
    values = []
    from .functions import length_token  # calc() with percentages: radii are resolved in paint
    for token in toks:
        value = length_token(token, percent=True, negative=False)
        if value is None:
            raise InvalidValue("expected a length or percentage")
        values.append(value)
    return (values[0], values[-1])
parse_radius.accepts = "<length-percentage>{1,2}"


def radius(value: Any, ctx: ComputeContext) -> tuple:
    from .functions import CalcLength, length_px
    if value[0].__class__ is CalcLength or value[1].__class__ is CalcLength:  # (px, Percent) for paint
        return tuple(_calc_lp(length_px(v, ctx)) for v in value)
    return (length_percentage(value[0], ctx), length_percentage(value[1], ctx))


def _calc_lp(px_pct: tuple) -> Any:
    px, pct = px_pct
    return px if not pct else Percent(pct) if not px else (px, Percent(pct))


def parse_aspect_ratio(tokens):
    """``auto | <ratio> | auto && <ratio>``; a ratio is ``<number> [ / <number> ]``. The specified value is
    ``("auto" or None, ratio or None)``."""
    toks = p.significant(tokens)
    auto = False
    if toks and p.keyword_of(toks[0]) == "auto":
        auto, toks = True, toks[1:]
    elif toks and p.keyword_of(toks[-1]) == "auto":
        auto, toks = True, toks[:-1]
    if not toks:
        if auto:
            return AUTO
        raise InvalidValue("expected auto or a ratio")
    numbers = [t for t in toks if t != "/"]
    if len(toks) not in (1, 3) or (len(toks) == 3 and toks[1] != "/") or not all(
            t.type == "number" and t.value >= 0 for t in numbers):
        raise InvalidValue("expected a ratio such as 16 / 9 or 1.5")
    w = float(numbers[0].value)
    h = float(numbers[1].value) if len(numbers) == 2 else 1.0
    if w == 0 or h == 0:
        return AUTO  # a degenerate ratio behaves as auto
    return ("auto" if auto else "ratio", w / h)
parse_aspect_ratio.accepts = "auto | <ratio> | auto && <ratio>"


# -- the table ----------------------------------------------------------------------------------------

class Property:
    """One longhand: ``name`` (kebab-case), ``attr`` (its attribute on ComputedStyle), the computed
    ``initial`` value, ``inherited``, ``parse`` (component values -> specified value, or InvalidValue)
    and ``compute`` (specified value, ComputeContext -> computed value)."""

    __slots__ = ("name", "attr", "initial", "inherited", "parse", "compute", "notes")

    def __init__(self, name, initial, inherited, parse, compute, notes=""):
        self.name = name
        self.attr = name.lstrip("-").replace("-", "_")
        self.initial = initial
        self.inherited = inherited
        self.parse = parse
        self.compute = compute
        self.notes = notes

    @property
    def accepts(self) -> str:
        return getattr(self.parse, "accepts", "")


PROPERTIES: dict[str, Property] = {}


def register(name: str, initial: Any, parse: Callable, compute: Callable = as_specified, *,
             inherited: bool = False, notes: str = "") -> None:
    PROPERTIES[name] = Property(name, initial, inherited, parse, compute, notes)


# Box generation and positioning
register("display", "inline", p.keywords("flex", "block", "inline", "inline-block", "inline-flex",
                                         "-webkit-box", "-webkit-inline-box",
                                         "flow-root", "none", "contents", "list-item"),
         notes="The satori preset makes every element flex.")
register("position", "static", p.keywords("static", "relative", "absolute", "fixed", "sticky"))
for side in ("top", "right", "bottom", "left"):
    register(side, AUTO, p.length_percentage_or("auto"), length_percentage)
register("box-sizing", "content-box", p.keywords("content-box", "border-box"))
register("overflow-x", "visible", p.keywords("visible", "hidden", "clip", "scroll", "auto"))
register("overflow-y", "visible", p.keywords("visible", "hidden", "clip", "scroll", "auto"))
register("z-index", AUTO, p.integer_or("auto"))

# Sizes
_INTRINSIC = ("min-content", "max-content", "fit-content")
for name in ("width", "height"):
    register(name, AUTO, p.length_percentage_or("auto", *_INTRINSIC, negative=False), length_percentage,
             notes="min-content, max-content and fit-content size widths; on heights they behave as auto.")
register("aspect-ratio", AUTO, parse_aspect_ratio,
         notes="Applies to the box-sizing box; the computed value is (auto flag, width / height).")
for name in ("min-width", "min-height"):
    register(name, AUTO, p.length_percentage_or("auto", *_INTRINSIC, negative=False), length_percentage)
for name in ("max-width", "max-height"):
    register(name, NONE, p.length_percentage_or("none", *_INTRINSIC, negative=False), length_percentage)

# Box model
for side in ("top", "right", "bottom", "left"):
    register(f"margin-{side}", 0.0, p.length_percentage_or("auto"), length_percentage)
    register(f"padding-{side}", 0.0, p.length_percentage_or(negative=False), length_percentage)
    # The initial value is medium (3px), which computes to 0 while the initial border style (none) holds;
    # the style step gives medium back to a visible border without a width.
    register(f"border-{side}-width", 0.0, parse_border_width, border_width,
             notes="Initial value medium (3px). Snapped to whole pixels as Chromium does; "
                   "0 when the style is none or hidden.")
    register(f"border-{side}-style", NONE, p.keywords("none", "hidden", "solid", "dashed", "dotted",
                                                      "double", "groove", "ridge", "inset", "outset"))
    register(f"border-{side}-color", CURRENT_COLOR, p.color_value, current_color)
for corner in ("top-left", "top-right", "bottom-right", "bottom-left"):
    register(f"border-{corner}-radius", (0.0, 0.0), parse_radius, radius)

# Flexible box layout
register("flex-direction", "row", p.keywords("row", "row-reverse", "column", "column-reverse"))
register("flex-wrap", "nowrap", p.keywords("nowrap", "wrap", "wrap-reverse"))
register("flex-grow", 0.0, p.non_negative_number)
register("flex-shrink", 1.0, p.non_negative_number)
register("flex-basis", AUTO, p.length_percentage_or("auto", "content", negative=False), length_percentage)
register("order", 0.0, p.integer)
_CONTENT_POSITIONS = ("flex-start", "flex-end", "center", "start", "end", "left", "right")
register("justify-content", "normal", p.keywords("normal", *_CONTENT_POSITIONS, "space-between",
                                                  "space-around", "space-evenly", "stretch"))
register("align-content", "normal", p.keywords("normal", *_CONTENT_POSITIONS, "space-between",
                                                "space-around", "space-evenly", "stretch"))
_SELF_POSITIONS = ("flex-start", "flex-end", "center", "start", "end", "self-start", "self-end",
                   "baseline", "last-baseline", "stretch")
register("align-items", "normal", p.keywords("normal", *_SELF_POSITIONS))
register("align-self", AUTO, p.keywords("auto", "normal", *_SELF_POSITIONS))
register("justify-self", AUTO, p.keywords("auto", "normal", *_SELF_POSITIONS, "left", "right"),
         notes="Applies to absolutely positioned boxes (and grid items, with grid).")
register("row-gap", NORMAL, p.length_percentage_or("normal", negative=False), length_percentage)
register("column-gap", NORMAL, p.length_percentage_or("normal", negative=False), length_percentage)

# Colour and backgrounds
register("color", BLACK, p.color_value, parent_color, inherited=True)
register("background-color", TRANSPARENT, p.color_value, current_color)
register("opacity", 1.0, parse_opacity, opacity)

# Fonts and text
register("font-family", ("sans-serif",), parse_font_family, inherited=True,
         notes="Families are matched against the fonts passed to render(); the bundled Inter is the default.")
register("font-size", 16.0, parse_font_size, font_size, inherited=True)
register("font-weight", 400.0, parse_font_weight, font_weight, inherited=True)
register("font-style", NORMAL, p.keywords("normal", "italic", "oblique"), inherited=True)
register("line-height", NORMAL, parse_line_height, line_height, inherited=True)
register("text-align", "start", p.keywords("start", "end", "left", "right", "center", "justify"),
         inherited=True)
register("direction", "ltr", p.keywords("ltr", "rtl"), inherited=True,
         notes="the paragraph level of the bidi algorithm, text-align start/end, flex row main-start")
register("unicode-bidi", NORMAL, p.keywords("normal", "embed", "isolate", "bidi-override", "isolate-override",
                                            "plaintext"),
         notes="as the bidi controls CSS Writing Modes 2.4.2 maps them to; plaintext: first strong direction")
register("white-space", NORMAL, p.keywords("normal", "nowrap", "pre", "pre-wrap", "pre-line",
                                           "break-spaces"), inherited=True)

# Backgrounds, borders and effects (paint): grammars in backgrounds.py (and effects.py, transforms.py);
# per-layer background values are tuples, one entry per layer.
from . import backgrounds as _bg  # noqa: E402

register("background-image", NONE, _bg.parse_background_image, _bg.compute_background_image,
         notes="Gradients (linear, radial, conic and repeating forms) and url() images, in layers.")
register("background-position", (((0.0, 0.0), (0.0, 0.0)),), _bg.parse_background_position,
         _bg.compute_background_position)
register("background-size", (("auto", "auto"),), _bg.parse_background_size, _bg.compute_background_size)
register("background-repeat", (("repeat", "repeat"),), _bg.parse_background_repeat)
register("background-origin", ("padding-box",), _bg.parse_background_origin)
register("background-clip", ("border-box",), _bg.parse_background_clip)
register("background-attachment", "scroll", _bg.parse_attachment)
from . import effects as _fx, transforms as _tf  # noqa: E402

register("box-shadow", NONE, _fx.parse_box_shadow, _fx.compute_box_shadow,
         notes="Blur radius b is drawn as a Gaussian of standard deviation b / 2, as browsers do.")
register("transform", NONE, _tf.parse_transform, _tf.compute_transform, notes="2D transform functions.")
register("transform-origin", ((0.5, 0.0), (0.5, 0.0)), _fx.parse_transform_origin, _fx.compute_transform_origin)
register("filter", NONE, _fx.parse_filter, _fx.compute_filter)
register("backdrop-filter", NONE, _fx.parse_filter, _fx.compute_filter)
register("clip-path", NONE, _fx.parse_clip_path, _fx.compute_clip_path,
         notes="Basic shapes (inset, circle, ellipse, polygon, path) on a reference box; no url().")
register("mask-image", NONE, _bg.parse_background_image, _bg.compute_background_image)
register("mask-position", (((0.0, 0.0), (0.0, 0.0)),), _bg.parse_background_position,
         _bg.compute_background_position)
register("mask-size", (("auto", "auto"),), _bg.parse_background_size, _bg.compute_background_size)
register("mask-repeat", (("repeat", "repeat"),), _bg.parse_background_repeat)
register("mask-origin", ("border-box",), _bg.parse_background_origin)
register("mask-clip", ("border-box",), _bg.parse_background_origin)
register("mix-blend-mode", "normal", p.keywords(*_fx.BLEND_MODES))
register("isolation", "auto", p.keywords("auto", "isolate"))


def _custom_properties(tokens):
    raise InvalidValue("custom properties are written --name")


# The inherited custom properties (--x) of an element, name -> CSS text (variables.py); not writable.
register("-ogrender-custom-properties", None, _custom_properties, inherited=True)


def _not_writable(tokens):
    raise InvalidValue("this property is internal")


# The font-size keyword the element's font size derives from, and the factor on it (em, %, larger,
# smaller), or None after an absolute size: Chromium sizes keyword-derived text in the generic monospace
# family from its fixed-font table (13px for medium). Internal, inherited; see style.py.
register("-ogrender-font-size-keyword", ("medium", 1.0), _not_writable, inherited=True)

# Chromium's keyword sizes for the generic monospace family (default fixed font size 13px), measured.
MONOSPACE_KEYWORD_SIZES = {"xx-small": 9.0, "x-small": 10.0, "small": 12.0, "medium": 13.0, "large": 16.0,
                           "x-large": 20.0, "xx-large": 26.0, "xxx-large": 39.0}

# Replaced elements (img, inline svg): how the image fits its content box (parsers in css/replaced.py)
from .replaced import OBJECT_POSITION_INITIAL, compute_position, parse_object_fit, parse_position  # noqa: E402
register("object-fit", "fill", parse_object_fit)
register("object-position", OBJECT_POSITION_INITIAL, parse_position, compute_position,
         notes="Computed as ((left|right, offset), (top|bottom, offset)); offsets px or percentages.")
register("image-rendering", "auto", p.keywords("auto", "smooth", "high-quality", "pixelated", "crisp-edges"),
         inherited=True, notes="pixelated and crisp-edges scale images with nearest-neighbour sampling.")
from .replaced import SVG_PROPERTIES, parse_svg_value  # noqa: E402
for _name in SVG_PROPERTIES:  # accepted in the styles of inline <svg> content, drawn by the SVG renderer
    register(_name, None, parse_svg_value, notes="Used inside inline <svg> only, as written.")

# Text (inline layout, line breaking, decoration): grammars and computers in css/text.py.
from . import text as _t  # noqa: E402

register("letter-spacing", 0.0, _t.parse_spacing, _t.spacing, inherited=True)
register("word-spacing", 0.0, _t.parse_spacing, _t.spacing, inherited=True)
register("text-indent", 0.0, _t.parse_text_indent, _t.text_indent, inherited=True,
         notes="A percentage refers to the width of the block container.")
register("text-transform", "none", p.keywords("none", "uppercase", "lowercase", "capitalize"), inherited=True)
register("word-break", NORMAL, p.keywords("normal", "break-all", "keep-all", "break-word"), inherited=True)
register("overflow-wrap", NORMAL, p.keywords("normal", "break-word", "anywhere"), inherited=True)
register("line-break", "auto", p.keywords("auto", "loose", "normal", "strict", "anywhere"), inherited=True,
         notes="strictness of line breaking (ICU's @lb= tailoring for the element's lang; anywhere: every cluster)")
register("hyphens", "manual", p.keywords("none", "manual", "auto"), inherited=True,
         notes="auto behaves as manual (no hyphenation dictionaries): soft hyphens only.")
register("tab-size", ("spaces", 8.0), _t.parse_tab_size, _t.tab_size, inherited=True)
register("vertical-align", "baseline", _t.parse_vertical_align, _t.vertical_align)
register("font-feature-settings", (), _t.parse_feature_settings, inherited=True)
register("font-variation-settings", (), _t.parse_variation_settings, inherited=True)
register("font-stretch", 100.0, _t.parse_font_stretch, inherited=True,
         notes="Sets a variable font's wdth axis (faces are not matched by width).")
register("font-optical-sizing", "auto", p.keywords("auto", "none"), inherited=True,
         notes="auto: a variable font's opsz axis follows the font size in px, as in Chromium.")
register("font-variant-numeric", (), _t.parse_variant_numeric, inherited=True)
register("font-variant-ligatures", (), _t.parse_variant_ligatures, inherited=True)
register("font-variant-caps", (), _t.parse_variant_caps, inherited=True)
register("font-kerning", "auto", p.keywords("auto", "normal", "none"), inherited=True)
register("text-decoration-line", (), _t.parse_decoration_line,
         notes="Not inherited, but drawn over the text of the element's inline content.")
register("text-decoration-style", "solid", p.keywords(*_t.DECORATION_STYLES))
register("text-decoration-color", CURRENT_COLOR, p.color_value, current_color)
register("text-decoration-thickness", "auto", _t.parse_decoration_thickness, _t.em_length)
register("text-underline-offset", "auto", _t.parse_underline_offset, _t.em_length, inherited=True)
register("text-decoration-skip-ink", "auto", p.keywords("auto", "none", "all"), inherited=True,
         notes="Accepted; underlines are drawn without gaps.")
register("text-shadow", (), _t.parse_text_shadow, _t.text_shadow, inherited=True)
register("-webkit-text-stroke-width", 0.0, _t.parse_stroke_width, _t.stroke_width, inherited=True)
register("-webkit-text-stroke-color", CURRENT_COLOR, p.color_value, current_color, inherited=True)
register("-webkit-text-fill-color", CURRENT_COLOR, p.color_value, current_color, inherited=True)
register("text-overflow", "clip", p.keywords("clip", "ellipsis"),
         notes="Applies to block containers with overflow other than visible.")
register("line-clamp", "none", p.integer_or("none"), notes="Lines after the Nth are dropped; the Nth ends in an ellipsis.")
register("-webkit-line-clamp", "none", p.integer_or("none"))
register("-webkit-box-orient", "horizontal", p.keywords("horizontal", "vertical", "inline-axis", "block-axis"))
register("text-wrap", "wrap", p.keywords("wrap", "nowrap", "balance", "pretty", "stable"), inherited=True,
         notes="nowrap as white-space: nowrap; balance and pretty choose the lines by score as Chromium does "
               "(balance: paragraphs of up to 6 lines; pretty: the last 4 lines when the last is one short word); "
               "stable wraps as wrap.")
register("text-wrap-mode", "wrap", p.keywords("wrap", "nowrap"), inherited=True)
register("text-wrap-style", "auto", p.keywords("auto", "balance", "pretty", "stable"), inherited=True)
register("font-synthesis", ("weight", "style", "small-caps", "position"), _t.parse_font_synthesis, inherited=True,
         notes="Without weight / style, no synthetic bold / oblique is drawn.")

# Properties whose computed value depends on another property of the same element.
BORDER_STYLE_OF_WIDTH = {f"border-{s}-width": f"border-{s}-style" for s in ("top", "right", "bottom", "left")}
