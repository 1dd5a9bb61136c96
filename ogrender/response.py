"""``ImageResponse``: rendered image bytes with the status and headers next/og gives them."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .api import render

DEFAULT_CACHE_CONTROL = "public, immutable, no-transform, max-age=31536000"


class ImageResponse:
    """The counterpart of next/og's ``new ImageResponse(element, options)``.

    Renders at construction. ``.body`` holds the PNG bytes, ``.status`` / ``.status_text`` the HTTP
    status, ``.headers`` a dict with ``content-type: image/png`` and a long-lived ``cache-control``
    (the caller's ``headers`` override both), ``.width`` / ``.height`` the size.
    """

    def __init__(self, element: Any, width: int = 1200, height: int = 630, emoji: str = "twemoji",
                 fonts: Iterable | None = None, debug: bool = False, status: int = 200,
                 status_text: str | None = None, headers: Mapping[str, str] | None = None, **options: Any):
        self.width = width
        self.height = height
        self.status = status
        self.status_text = status_text
        self.body = render(element, width, height, fonts, debug=debug, emoji=emoji, **options)
        merged = {"content-type": "image/png", "cache-control": DEFAULT_CACHE_CONTROL}
        for name, value in (headers or {}).items():
            merged[name.lower()] = value
        self.headers = merged

    def __repr__(self) -> str:
        return f"<ImageResponse {self.status} {self.headers.get('content-type')} {len(self.body)} bytes>"
