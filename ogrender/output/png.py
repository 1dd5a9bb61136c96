"""PNG encoding of a premultiplied RGBA array (numpy + zlib).

Opaque images are written as RGB. Each image is filtered with None or Sub, whichever compresses better
on a sample of its rows (flat cards favour Sub, noisy ones None); then deflated.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np


def unpremultiply(pixels: np.ndarray) -> np.ndarray:
    alpha = pixels[..., 3:4].astype(np.uint32)
    partial = (alpha > 0) & (alpha < 255)
    if not partial.any():
        return pixels
    rgb = pixels[..., :3].astype(np.uint32)
    safe = np.where(alpha == 0, 1, alpha)
    straight = np.minimum((rgb * 255 + safe // 2) // safe, 255)
    out = pixels.copy()
    out[..., :3] = np.where(partial, straight, rgb).astype(np.uint8)
    return out


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _filter_sub(rows: np.ndarray, channels: int) -> np.ndarray:
    out = rows.copy()
    out[:, channels:] = rows[:, channels:] - rows[:, :-channels]  # uint8 arithmetic wraps, as PNG wants
    return out


def encode_png(pixels: np.ndarray, level: int = 6) -> bytes:
    """Encode an (h, w, 4) premultiplied RGBA uint8 array."""
    height, width, _ = pixels.shape
    opaque = bool((pixels[..., 3] == 255).all())
    if opaque:
        data, color_type, channels = pixels[..., :3], 2, 3
    else:
        data, color_type, channels = unpremultiply(pixels), 6, 4
    raw = np.empty((height, width * channels + 1), dtype=np.uint8)
    rows = raw[:, 1:]
    rows.reshape(height, width, channels)[...] = data  # one copy, straight into the scanline buffer
    sample = np.ascontiguousarray(rows[:: max(1, height // 16)])
    use_sub = height > 0 and len(zlib.compress(_filter_sub(sample, channels).tobytes(), 1)) < len(
        zlib.compress(sample.tobytes(), 1))
    if use_sub:
        rows[:, channels:] -= rows[:, :-channels]  # numpy reads overlapping operands before writing
    raw[:, 0] = 1 if use_sub else 0
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw.tobytes(), level)) + _chunk(b"IEND", b""))
