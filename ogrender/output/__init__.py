"""Output stage: painted pixels -> image bytes. PNG for now; JPEG, WebP, SVG and PDF arrive with the
paint issue."""

from __future__ import annotations

from ..errors import RenderError
from .png import encode_png

FORMATS = {"png": "image/png"}


def encode(pixels, format: str = "png", **options) -> bytes:
    if format == "png":
        return encode_png(pixels, level=options.get("compression", 6))
    raise RenderError(f"unsupported output format {format!r}; supported: {', '.join(FORMATS)}", prop="format")


__all__ = ["encode", "encode_png", "FORMATS"]
