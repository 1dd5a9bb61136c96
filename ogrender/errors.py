"""Errors and warnings raised by every stage.

Every error a user can get from ogrender is a :class:`RenderError`. It carries the path of the offending
node (``div > div[2] > img``) and the property or attribute concerned, so the message says what to fix.
Bad declarations are not errors: they are dropped with a :class:`StyleWarning`, as a browser drops them,
unless ``strict=True`` asks for a :class:`StyleError` instead.
"""

from __future__ import annotations

__all__ = [
    "RenderError",
    "TreeError",
    "StyleError",
    "FontError",
    "ImageError",
    "FetchError",
    "LimitError",
    "OgRenderWarning",
    "StyleWarning",
    "TextWarning",
]


def _locate(message: str, path: str | None, prop: str | None) -> str:
    where = []
    if path:
        where.append(path)
    if prop:
        where.append(prop)
    return f"{': '.join(where)}: {message}" if where else message


class RenderError(Exception):
    """Base of every error ogrender raises.

    ``path`` is the node path (``div > div[2] > img``) or None; ``prop`` the CSS property or attribute
    concerned, or None. ``str(error)`` names both.
    """

    def __init__(self, message: str, *, path: str | None = None, prop: str | None = None):
        self.message = message
        self.path = path
        self.prop = prop
        super().__init__(_locate(message, path, prop))


class TreeError(RenderError):
    """The element tree is malformed (unknown node type, bad children, unparsable HTML)."""


class StyleError(RenderError):
    """A declaration is invalid and ``strict=True`` was given."""


class FontError(RenderError):
    """A font could not be read or used."""


class ImageError(RenderError):
    """An image could not be read, decoded or drawn."""


class FetchError(ImageError):
    """A remote image (``http``/``https`` ``src`` or ``url()``) was not fetched: remote images are not
    enabled, the address is not allowed (a private or loopback address, a host the allowlist refuses), or
    the server failed, timed out or redirected too often. ``str(error)`` names the node path and the ``src``."""


class LimitError(RenderError):
    """A configured limit (canvas size, node count, depth, ...) was exceeded."""


class OgRenderWarning(UserWarning):
    """Base category of ogrender's warnings: filter or raise them with :mod:`warnings`."""


class StyleWarning(OgRenderWarning):
    """A declaration was dropped (invalid or unsupported value), as a browser drops it."""


class TextWarning(OgRenderWarning):
    """Text could not be drawn as asked (a character no font covers, ...)."""
