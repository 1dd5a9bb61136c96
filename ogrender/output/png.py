"""PNG encoding of a premultiplied RGBA array (numpy + a fast deflate).

In: an (h, w, 4) premultiplied RGBA uint8 array and a compression level; out: PNG bytes (8 bits per channel,
lossless). Opaque images are written as RGB. Each image is filtered with None or Sub, whichever compresses
better on a sample of its rows (flat cards favour Sub, noisy ones None); then deflated.

The compression level (``compression=`` of :func:`ogrender.render`, 0-9 as zlib's, default
:data:`DEFAULT_LEVEL`) picks the deflate implementation, the fastest available for it:

- 0: stored, no compression (zlib).
- 1-3, the fast levels: ISA-L (PyPI ``isal``; ~0.5-1 ms for a 1200 x 630 card, files ~1.4 times zlib level 6's,
  about the size of Satori + resvg's); without it, libdeflate, then zlib, at the same level.
- 4-9 (and libdeflate's 10-12): libdeflate (PyPI ``deflate``; level 6 gives zlib 6's size in about half its
  time); without it, zlib (capped at 9).

Measured here on the card benchmark (benchmarks/card_bench.py, 2 cores): median per card ISA-L level 2
~0.5 ms / 54 KB, libdeflate level 6 ~9.5 ms / 39 KB, zlib level 6 ~21 ms / 39 KB; skia's encoder 41-101 ms.
The output never depends on which library is installed beyond its size: every one writes a valid zlib stream.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np

try:  # ISA-L: the fast levels 0-3
    from isal import isal_zlib as _isal
except ImportError:  # pragma: no cover - depends on the installation
    _isal = None
try:  # libdeflate: levels 1-12
    import deflate as _libdeflate
except ImportError:  # pragma: no cover - depends on the installation
    _libdeflate = None

DEFAULT_LEVEL = 2
MAX_LEVEL = 12


def check_level(level) -> int:
    """A compression level as an int from 0 to 12 (10-12 are libdeflate's; zlib caps them at 9)."""
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= MAX_LEVEL:
        from ..errors import RenderError
        raise RenderError(f"compression must be a whole number from 0 (none) to 9 (smallest), not {level!r}",
                          prop="compression")
    return level


def backend(level: int) -> str:
    """The deflate implementation used at ``level``: ``"isal"``, ``"libdeflate"`` or ``"zlib"``."""
    if level == 0:
        return "zlib"
    if level <= 3 and _isal is not None:
        return "isal"
    if _libdeflate is not None:
        return "libdeflate"
    return "zlib"


def compress(data: bytes, level: int) -> bytes:
    """A zlib stream of ``data`` at ``level``, from the fastest implementation installed for it."""
    name = backend(level)
    if name == "isal":
        return _isal.compress(data, level)
    if name == "libdeflate":
        return _libdeflate.zlib_compress(data, level)
    return zlib.compress(data, min(level, 9))


def _trial(data: bytes) -> int:
    """The compressed size of a sample, with the cheapest compressor at hand (only compared, never written)."""
    if _isal is not None:
        return len(_isal.compress(data, 1))
    return len(zlib.compress(data, 1))


def _unpremultiply_table() -> np.ndarray:
    """``table[alpha, c]``: the straight value of premultiplied channel ``c`` at ``alpha``, rounded to nearest
    (alpha 0 and 255 leave the value as it is)."""
    a = np.arange(256, dtype=np.uint32)[:, None]
    c = np.arange(256, dtype=np.uint32)[None, :]
    straight = np.minimum((c * 255 + a // 2) // np.maximum(a, 1), 255)
    return np.where((a == 0) | (a == 255), c, straight).astype(np.uint8)


_TABLE = _unpremultiply_table().ravel()  # index: alpha << 8 | channel


def unpremultiply(pixels: np.ndarray) -> np.ndarray:
    """Premultiplied RGBA -> straight RGBA; the same array when no pixel is partly transparent. Only the
    partly transparent pixels are looked up (a 64 KB table), so a card with a few anti-aliased edges on a
    transparent background costs about a millisecond."""
    alpha = pixels[..., 3]
    partial = (alpha - np.uint8(1)) < 254  # uint8 wraps: 0 -> 255, 255 -> 254; 1..254 -> 0..253
    if not partial.any():
        return pixels
    out = pixels.copy()
    if partial.mean() > 0.25:  # mostly translucent: look every pixel up (alpha 0 and 255 map to themselves)
        out[..., :3] = _TABLE.take((pixels[..., 3:4].astype(np.uint16) << 8) | pixels[..., :3])
        return out
    chosen = out[partial]
    chosen[:, :3] = _TABLE.take((chosen[:, 3:4].astype(np.uint16) << 8) | chosen[:, :3])
    out[partial] = chosen
    return out


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _filter_sub(rows: np.ndarray, channels: int) -> np.ndarray:
    out = rows.copy()
    out[:, channels:] = rows[:, channels:] - rows[:, :-channels]  # uint8 arithmetic wraps, as PNG wants
    return out


def encode_png(pixels: np.ndarray, level: int = DEFAULT_LEVEL) -> bytes:
    """Encode an (h, w, 4) premultiplied RGBA uint8 array at compression ``level`` (0-9; see the module)."""
    level = check_level(level)
    height, width, _ = pixels.shape
    opaque = bool(pixels[..., 3].min(initial=255) == 255)
    if opaque:
        data, color_type, channels = pixels[..., :3], 2, 3
    else:
        data, color_type, channels = unpremultiply(pixels), 6, 4
    stride = width * channels + 1
    buffer = np.empty(height * stride + 1, dtype=np.uint8)  # one spare byte: see below
    raw = buffer[:-1].reshape(height, stride)
    rows = raw[:, 1:]
    if opaque and width and height:
        # RGBA -> RGB as 4-byte stores 3 bytes apart, in increasing order: each pixel's alpha byte is
        # overwritten by the next pixel's red, the last one's lands on the next row's filter byte (written
        # below) or the spare byte. ~0.3 ms for 1200 x 630, where numpy's [..., :3] copy takes ~5 ms and a
        # copy of 3-byte items ~1.5 ms. Native uint32 to native uint32: no byte order is involved.
        source = np.ascontiguousarray(pixels).view(np.uint32).reshape(height, width)
        np.ndarray((height, width), dtype=np.uint32, buffer=buffer, offset=1, strides=(stride, 3))[...] = source
    else:
        rows.reshape(height, width, channels)[...] = data  # one copy, straight into the scanline buffer
    use_sub = False
    if height > 0 and level > 0:
        sample = np.ascontiguousarray(rows[:: max(1, height // 16)])
        use_sub = _trial(_filter_sub(sample, channels).tobytes()) < _trial(sample.tobytes())
    if use_sub:
        rows[:, channels:] -= rows[:, :-channels]  # numpy reads overlapping operands before writing
    raw[:, 0] = 1 if use_sub else 0
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", compress(raw.data, level)) + _chunk(b"IEND", b""))
