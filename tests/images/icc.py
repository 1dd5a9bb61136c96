"""A minimal Display P3 ICC profile (matrix / TRC, ICC v4), built here so tests need no profile file."""

from __future__ import annotations

import struct


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ " + b"\0" * 4 + _s15(x) + _s15(y) + _s15(z)


def _para_srgb() -> bytes:
    # Parametric curve type 3: the sRGB transfer function (Display P3 uses it too).
    params = (2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045)
    return b"para" + b"\0" * 4 + struct.pack(">HH", 3, 0) + b"".join(_s15(p) for p in params)


def _mluc(text: str) -> bytes:
    data = text.encode("utf-16-be")
    return b"mluc" + b"\0" * 4 + struct.pack(">II", 1, 12) + b"enUS" + struct.pack(">II", len(data), 28) + data


def display_p3() -> bytes:
    """Display P3 (D65 white, P3 primaries, sRGB curve), colorants adapted to D50 as in Apple's profile."""
    curve = _para_srgb()
    tags = [(b"desc", _mluc("Display P3 (test)")), (b"cprt", _mluc("CC0")),
            (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
            (b"rXYZ", _xyz(0.515121, 0.241196, -0.001053)),
            (b"gXYZ", _xyz(0.291977, 0.692245, 0.041885)),
            (b"bXYZ", _xyz(0.157104, 0.066574, 0.784073)),
            (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    entries, body = [], b""
    for sig, data in tags:
        while (offset + len(body)) % 4:
            body += b"\0"
        entries.append(struct.pack(">4sII", sig, offset + len(body), len(data)))
        body += data
    size = 128 + table_size + len(body)
    header = (struct.pack(">I", size) + b"lcms" + struct.pack(">I", 0x04300000) + b"mntrRGB XYZ "
              + struct.pack(">6H", 2024, 1, 1, 0, 0, 0) + b"acsp" + b"APPL" + b"\0" * 4 + b"\0" * 8
              + b"\0" * 8 + struct.pack(">I", 0) + _s15(0.9642) + _s15(1.0) + _s15(0.8249) + b"lcms"
              + b"\0" * 16 + b"\0" * 28)
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + b"".join(entries) + body
