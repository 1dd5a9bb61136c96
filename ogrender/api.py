"""``render()`` and ``layout()``: the pipeline, stage after stage.

tree (tree/) -> styles (css/) -> boxes and lines (layout/, text/) -> pixels (paint/) -> bytes (output/).
"""

from __future__ import annotations

from typing import Any, Iterable

from .css import Styler, get_preset
from .errors import LimitError, RenderError
from .fonts import font_set
from .gcpause import gc_paused
from .layout import LayoutBox, layout_document
from .limits import DEFAULT_LIMITS, Limits, check_limits
from .tree import build_tree
from .tree.element import check_tree


def _check_size(width: Any, height: Any, limits: Limits = DEFAULT_LIMITS) -> tuple[int, int]:
    for name, value in (("width", width), ("height", height)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            raise RenderError(f"{name} must be a number of pixels, not {value!r}", prop=name)
        if not 1 <= value <= limits.max_side:
            raise LimitError(f"{name} must be between 1 and {limits.max_side} px, not {value!r}", prop=name)
    w, h = int(round(width)), int(round(height))
    if w * h > limits.max_pixels:
        raise LimitError(f"{w}x{h} is more than {limits.max_pixels} pixels (limits.max_pixels)", prop="width")
    return w, h


def _images(base_dir, limits, fetch=None):
    """The image options of one render (ogrender/images): base_dir, the image limits (``max_image_bytes``,
    ``max_image_pixels``, ``max_fetch_time``) and the remote image policy (``fetch``)."""
    from .images import image_options
    limits = check_limits(limits)
    return image_options(base_dir=base_dir, max_bytes=limits.max_image_bytes,
                         max_pixels=limits.max_image_pixels, fetch=fetch, fetch_time=limits.max_fetch_time)


def _check_fonts(fonts, limits: Limits):
    """``fonts`` as a list (an iterator is read once), each font file within ``limits.max_font_bytes``."""
    if fonts is None:
        return None
    from collections.abc import Mapping

    from .fonts import Font
    try:
        items = [fonts] if isinstance(fonts, (Font, Mapping)) else list(fonts)
    except TypeError:
        return fonts  # not iterable: font_set says what is wrong
    for item in items:
        data = item.data if isinstance(item, Font) else item.get("data") if isinstance(item, Mapping) else None
        if isinstance(data, (bytes, bytearray, memoryview)) and len(data) > limits.max_font_bytes:
            name = item.name if isinstance(item, Font) else item.get("name")
            raise LimitError(f"the font file is {len(data)} bytes, more than the limit of {limits.max_font_bytes} "
                             f"(limits.max_font_bytes)", path=str(name) if name else None, prop="data")
    return items


def _layout(tree, width, height, fonts, preset, strict, limits=None, clock=None) -> tuple[LayoutBox, int, int]:
    limits = check_limits(limits)
    w, h = _check_size(width, height, limits)
    fonts = _check_fonts(fonts, limits)
    with gc_paused():  # the trees built here stay alive until the render ends (gcpause.py)
        root = build_tree(tree)
        check_tree(root, limits)
        styler = Styler(get_preset(preset), w, h, strict=strict)
        styled = styler.style_tree(root)
        if clock is not None:
            clock("tree")
        box = layout_document(styled, font_set(fonts), w, h, preset)
        if clock is not None:
            clock("layout")
    return box, w, h


def layout(tree, width: int = 1200, height: int = 630, fonts: Iterable | None = None, *,
           preset: str = "satori", strict: bool = False, limits: Limits | None = None,
           base_dir=None, fetch=None) -> LayoutBox:
    """Lay out ``tree`` without painting; returns the root element's :class:`LayoutBox`.

    Takes the same ``tree``, ``width``, ``height``, ``fonts``, ``preset``, ``strict``, ``limits``,
    ``base_dir`` and ``fetch`` as :func:`render` (images are read to know their size; nothing is drawn).
    Boxes have ``.x .y .width .height`` (absolute border box in px, root at 0,0) and ``.children`` (the
    boxes of element children, in document order); text boxes carry their lines in ``.text``.
    """
    with _images(base_dir, limits, fetch):
        box, _, _ = _layout(tree, width, height, fonts, preset, strict, limits)
    return box


def render(tree, width: int = 1200, height: int = 630, fonts: Iterable | None = None, *,
           preset: str = "satori", strict: bool = False, format: str = "png", debug: bool = False,
           emoji: str = "twemoji", embed_font: bool = True, compression: int = 2, quality: int | None = None,
           limits: Limits | None = None, base_dir=None, fetch=None, timings: dict | None = None) -> bytes:
    """Render ``tree`` to image bytes (PNG by default).

    ``tree``: an element from :func:`h`, a Satori element object (``{"type", "props"}``, as from JSON)
    or an HTML string with ``style`` attributes. ``fonts``: :class:`Font` objects or dicts with ``name``,
    ``data``, ``weight``, ``style``; the first is the default family; with none, the bundled Inter.
    ``preset``: ``"satori"`` (the default: next/og's defaults, every element a flex container) or
    ``"browser"`` (Chromium's user-agent defaults: ``div`` is block, ``span`` inline; docs/guides/presets.md).
    ``strict``: raise :class:`StyleError` on a bad
    declaration instead of warning. ``format``: ``"png"``, ``"jpeg"``, ``"webp"``, ``"svg"`` or ``"pdf"``;
    ``quality`` (1-100) for JPEG and WebP; ``embed_font`` (SVG): text as paths (True, Satori's default) or
    as ``<text>``. ``debug``: outline every box (red) and line of text (blue), as Satori's debug mode.
    ``base_dir``: the folder local image paths (``<img src="pics/a.png">``) are read
    from; with it, paths outside it are refused (see :mod:`ogrender.images`). ``fetch``: a
    :class:`FetchPolicy` enabling remote ``http(s)`` images (off by default; public addresses only, see
    :mod:`ogrender.fetch`). ``limits``: a :class:`Limits` (docs/reliability.md). ``compression``: the PNG
    level, 0 (none) to 9 (smallest); the default 2 is the fastest (see :mod:`ogrender.output.png`).
    ``timings``: a dict to fill with seconds per stage (``tree``, ``layout``, ``text``, ``paint``,
    ``encode``, ``total``; see :mod:`ogrender.profiling`).
    """
    from .output import check_format, check_quality, encode
    from .paint import VECTOR_FORMATS, paint, paint_vector

    clock = None
    if timings is not None:
        from .profiling import stage_clock
        clock = stage_clock(timings)

    format, quality = check_format(format), check_quality(quality)  # bad options fail before any work
    from .emoji import use as use_emoji
    with _images(base_dir, limits, fetch), use_emoji(emoji):  # the emoji set: ogrender/emoji
        box, w, h = _layout(tree, width, height, fonts, preset, strict, limits, clock)
        if format in VECTOR_FORMATS:  # svg, pdf: drawn straight from the boxes (paint/vector.py)
            return paint_vector(box, w, h, format, debug=debug, embed_font=embed_font)
        pixels = paint(box, w, h, debug=debug)
    if clock is None:
        return encode(pixels, format, compression=compression, quality=quality)
    clock("paint")
    data = encode(pixels, format, compression=compression, quality=quality)
    clock("encode")
    return data
