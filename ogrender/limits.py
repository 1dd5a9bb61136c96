"""Limits on what one render may ask for, each with a safe default and a clear :class:`LimitError`.

Pass ``limits=Limits(max_nodes=...)`` to :func:`ogrender.render` / :func:`ogrender.layout` to change them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """``max_side``: canvas width or height in px; ``max_pixels``: width x height; ``max_nodes``:
    elements in the tree; ``max_depth``: nesting of elements (a deeper tree is an error, not a crash);
    ``max_text``: characters of text in the whole tree."""

    max_side: int = 16384
    max_pixels: int = 16384 * 16384 // 4
    max_nodes: int = 20_000
    max_depth: int = 128
    max_text: int = 200_000


DEFAULT_LIMITS = Limits()
