"""Output stage: painted pixels (an (h, w, 4) premultiplied RGBA uint8 array) -> image bytes.

Formats: ``png`` (lossless, alpha kept; RGB when opaque), ``jpeg`` (``jpg`` too; lossy, no alpha:
transparent parts are shown over white) and ``webp`` (lossy, alpha kept). ``quality`` (1-100) applies to
JPEG and WebP (default 90) and is ignored for PNG, which is lossless.
"""

from __future__ import annotations

from typing import Any

from ..errors import RenderError
from .png import DEFAULT_LEVEL, encode_png

FORMATS = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp", "svg": "image/svg+xml",
           "pdf": "application/pdf"}
ALIASES = {"jpg": "jpeg"}
EXTENSIONS = {"png": ".png", "jpeg": ".jpg", "webp": ".webp", "svg": ".svg", "pdf": ".pdf"}
VECTOR = ("svg", "pdf")  # drawn by paint.paint_vector straight to bytes, never through encode()
DEFAULT_QUALITY = 90


def check_format(format: Any) -> str:
    """The canonical name of an output format (``"JPG"`` -> ``"jpeg"``), or a :class:`RenderError`."""
    name = format.lower().strip() if isinstance(format, str) else format
    name = ALIASES.get(name, name) if isinstance(name, str) else name
    if name not in FORMATS:
        raise RenderError(f"unsupported output format {format!r}; supported: {', '.join(FORMATS)} (or jpg)",
                          prop="format")
    return name


def check_quality(quality: Any) -> int | None:
    """``None`` (the default), or an int from 1 to 100; anything else is a :class:`RenderError`."""
    if quality is None:
        return None
    if isinstance(quality, bool) or not isinstance(quality, int) or not 1 <= quality <= 100:
        raise RenderError(f"quality must be a whole number from 1 to 100, not {quality!r}", prop="quality")
    return quality


def content_type(format: str) -> str:
    """The MIME type of a format: ``content_type("jpg") == "image/jpeg"``."""
    return FORMATS[check_format(format)]


def encode(pixels, format: str = "png", *, quality: int | None = None, compression: int = DEFAULT_LEVEL,
           **options) -> bytes:
    fmt = check_format(format)
    if fmt in VECTOR:
        raise RenderError(f"{fmt} is a vector format: render(..., format={fmt!r}) draws it from the boxes, "
                          "not from pixels", prop="format")
    q = check_quality(quality)
    if fmt == "png":
        return encode_png(pixels, level=compression)
    if fmt == "jpeg":
        from .jpeg import encode_jpeg
        return encode_jpeg(pixels, DEFAULT_QUALITY if q is None else q)
    from .webp import encode_webp
    return encode_webp(pixels, DEFAULT_QUALITY if q is None else q)


__all__ = ["encode", "encode_png", "FORMATS", "EXTENSIONS", "DEFAULT_QUALITY", "check_format", "check_quality",
           "content_type"]
