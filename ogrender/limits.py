"""Limits on what one render may ask for, each with a safe default and a clear :class:`LimitError`.

Pass ``limits=Limits(max_nodes=...)`` to :func:`ogrender.render` / :func:`ogrender.layout` to change them
(docs/reliability.md lists them all with their defaults).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """``max_side``: canvas width or height in px; ``max_pixels``: width x height; ``max_nodes``:
    elements in the tree; ``max_depth``: nesting of elements (a deeper tree is an error, not a crash);
    ``max_text``: characters of text in the whole tree; ``max_image_bytes``: encoded bytes of one image
    (a file, a ``data:`` URL or a remote image); ``max_image_pixels``: decoded width x height of one raster
    image, checked from its header before decoding (decompression bombs); ``max_font_bytes``: bytes of one
    font file in ``fonts=``; ``max_fetch_time``: seconds all the remote image fetches of one render may take
    together (only with ``fetch=FetchPolicy(allow=True)``)."""

    max_side: int = 16384
    max_pixels: int = 16384 * 16384 // 4
    max_nodes: int = 20_000
    max_depth: int = 128
    max_text: int = 200_000
    max_image_bytes: int = 20 * 1024 * 1024
    max_image_pixels: int = 50_000_000
    max_font_bytes: int = 50 * 1024 * 1024
    max_fetch_time: float = 10.0

    def __post_init__(self):
        from .errors import RenderError
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            number = (int, float) if name == "max_fetch_time" else (int,)
            if isinstance(value, bool) or not isinstance(value, number) or not value > 0:
                kind = "a positive number of seconds" if name == "max_fetch_time" else "a positive integer"
                raise RenderError(f"{name} must be {kind}, not {value!r}", prop=f"limits.{name}")


def check_limits(limits) -> "Limits":
    """``limits`` as given to render() / layout(): None (the defaults) or a :class:`Limits`."""
    if limits is None:
        return DEFAULT_LIMITS
    if not isinstance(limits, Limits):
        from .errors import RenderError
        raise RenderError(f"limits must be a Limits object, not {type(limits).__name__}", prop="limits")
    return limits


DEFAULT_LIMITS = Limits()
