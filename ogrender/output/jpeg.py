"""JPEG encoding of a premultiplied RGBA array, with Pillow.

JPEG has no alpha channel. A transparent or translucent card is composited over **white**, which is what a
person sees when the PNG of the same card is opened in a browser tab or pasted into a light page, and what
most image tools do when they flatten. With premultiplied input this is exact and cheap:
``out = rgb + (255 - alpha)`` per channel (premultiplied ``rgb <= alpha``, so no clipping).
"""

from __future__ import annotations

import io

import numpy as np

from ..errors import RenderError


def flatten_on_white(pixels: np.ndarray) -> np.ndarray:
    """(h, w, 4) premultiplied RGBA -> (h, w, 3) RGB composited over opaque white."""
    alpha = pixels[..., 3:4]
    if bool((alpha == 255).all()):
        return np.ascontiguousarray(pixels[..., :3])
    rgb = pixels[..., :3].astype(np.uint16) + (255 - alpha.astype(np.uint16))
    return np.minimum(rgb, 255).astype(np.uint8)


def _pillow():
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a runtime dependency
        raise RenderError("JPEG and WebP output need Pillow: pip install pillow", prop="format") from None
    return Image


def encode_jpeg(pixels: np.ndarray, quality: int = 90) -> bytes:
    """Encode an (h, w, 4) premultiplied RGBA uint8 array as a baseline JPEG (4:2:0, transparent parts
    shown over white)."""
    Image = _pillow()
    rgb = flatten_on_white(pixels)
    image = Image.fromarray(rgb, "RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()
