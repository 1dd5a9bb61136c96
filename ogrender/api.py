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


def _text_options(grapheme_images, grapheme_images_satori, load_additional_asset, load_additional_asset_satori,
                  system_fonts):
    """The text options of one render, checked: (grapheme images, the asset hook, system fonts). Satori's
    spellings ``graphemeImages`` and ``loadAdditionalAsset`` are accepted too (not both spellings at once)."""
    if grapheme_images_satori is not None:
        if grapheme_images is not None:
            raise RenderError("give grapheme_images or graphemeImages, not both", prop="grapheme_images")
        grapheme_images = grapheme_images_satori
    if load_additional_asset_satori is not None:
        if load_additional_asset is not None:
            raise RenderError("give load_additional_asset or loadAdditionalAsset, not both",
                              prop="load_additional_asset")
        load_additional_asset = load_additional_asset_satori
    if load_additional_asset is not None and not callable(load_additional_asset):
        raise RenderError(f"load_additional_asset must be a callable(code, segment), not "
                          f"{type(load_additional_asset).__name__}", prop="load_additional_asset")
    if not isinstance(system_fonts, bool):
        from .text.system_fonts import SystemFonts
        if not isinstance(system_fonts, SystemFonts):
            raise RenderError(f"system_fonts must be True or False, not {system_fonts!r}", prop="system_fonts")
    return grapheme_images, load_additional_asset, system_fonts


def _layout(tree, width, height, fonts, preset, strict, limits=None, clock=None, system_fonts=False,
            load_additional_asset=None) -> tuple[LayoutBox, int, int]:
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
        box = layout_document(styled, font_set(fonts).for_render(system_fonts, load_additional_asset), w, h,
                              preset)
        if clock is not None:
            clock("layout")
    return box, w, h


def layout(tree, width: int = 1200, height: int = 630, fonts: Iterable | None = None, *,
           preset: str = "satori", strict: bool = False, limits: Limits | None = None,
           base_dir=None, fetch=None, emoji: str | None = "twemoji", grapheme_images: dict | None = None,
           load_additional_asset=None, system_fonts: bool = False, graphemeImages: dict | None = None,
           loadAdditionalAsset=None) -> LayoutBox:
    """Lay out ``tree`` without painting; returns the root element's :class:`LayoutBox`.

    Takes the same ``tree``, ``width``, ``height``, ``fonts``, ``preset``, ``strict``, ``limits``,
    ``base_dir``, ``fetch``, ``emoji``, ``grapheme_images``, ``load_additional_asset`` and ``system_fonts``
    as :func:`render` (images are read to know their size; nothing is drawn).
    Boxes have ``.x .y .width .height`` (absolute border box in px, root at 0,0) and ``.children`` (the
    boxes of element children, in document order); text boxes carry their lines in ``.text``.
    """
    from .emoji import use as use_emoji
    grapheme_images, hook, system_fonts = _text_options(grapheme_images, graphemeImages, load_additional_asset,
                                                        loadAdditionalAsset, system_fonts)
    with _images(base_dir, limits, fetch), use_emoji(emoji, grapheme_images, preset):
        box, _, _ = _layout(tree, width, height, fonts, preset, strict, limits, system_fonts=system_fonts,
                            load_additional_asset=hook)
    return box


def render(tree, width: int = 1200, height: int = 630, fonts: Iterable | None = None, *,
           preset: str = "satori", strict: bool = False, format: str = "png", debug: bool = False,
           emoji: str | None = "twemoji", embed_font: bool = True, compression: int = 2, quality: int | None = None,
           limits: Limits | None = None, base_dir=None, fetch=None, timings: dict | None = None,
           grapheme_images: dict | None = None, load_additional_asset=None, system_fonts: bool = False,
           graphemeImages: dict | None = None, loadAdditionalAsset=None) -> bytes:
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
    ``emoji``: the emoji set pictures come from, next/og's option: ``"twemoji"`` (the default),
    ``"openmoji"``, ``"noto"``, ``"fluent"``, ``"fluentFlat"`` (``"blobmoji"`` is not packed: an error
    says so), or None to draw emoji with the fonts (see :mod:`ogrender.emoji`).
    ``grapheme_images`` (Satori's ``graphemeImages``): a dict from a grapheme (or a whole word) to an image
    source (a ``data:`` URL, a path, an ``http(s)`` URL allowed by ``fetch``, or bytes) drawn in its place,
    1 em wide, as Satori does. ``load_additional_asset`` (Satori's ``loadAdditionalAsset``): a
    ``callable(code, segment)`` asked for text no font covers (``code`` ``"emoji"``, ``"ja-JP"``,
    ``"ko-KR"``, ...), returning font data (bytes, a :class:`Font`, a font dict or a list), an image source
    string, or None (see :mod:`ogrender.text.assets`). ``system_fonts``: True adds the fonts installed on
    the machine (fontconfig, else the standard font folders) as the last fallback, for characters no given
    or bundled font has (see :mod:`ogrender.text.system_fonts`).
    """
    from .output import check_format, check_quality, encode
    from .paint import VECTOR_FORMATS, paint, paint_vector

    clock = None
    if timings is not None:
        from .profiling import stage_clock
        clock = stage_clock(timings)

    format, quality = check_format(format), check_quality(quality)  # bad options fail before any work
    grapheme_images, hook, system_fonts = _text_options(grapheme_images, graphemeImages, load_additional_asset,
                                                        loadAdditionalAsset, system_fonts)
    from .emoji import use as use_emoji
    with _images(base_dir, limits, fetch), use_emoji(emoji, grapheme_images, preset):  # pictures: ogrender/emoji
        box, w, h = _layout(tree, width, height, fonts, preset, strict, limits, clock, system_fonts, hook)
        if format in VECTOR_FORMATS:  # svg, pdf: drawn straight from the boxes (paint/vector.py)
            return paint_vector(box, w, h, format, debug=debug, embed_font=embed_font)
        pixels = paint(box, w, h, debug=debug)
    if clock is None:
        return encode(pixels, format, compression=compression, quality=quality)
    clock("paint")
    data = encode(pixels, format, compression=compression, quality=quality)
    clock("encode")
    return data
