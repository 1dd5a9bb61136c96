"""The frameworks' own test clients, and what the adapter tests share."""

from __future__ import annotations

import io
import warnings

from PIL import Image

from ogrender import h

with warnings.catch_warnings():
    # Starlette >= 1.x prefers the httpx2 package for its TestClient and warns about httpx; both work.
    warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient")
    from fastapi.testclient import TestClient  # noqa: F401  (re-exported)

CARD = h("div", {"style": {"width": "100%", "height": "100%", "backgroundColor": "#2040c0", "color": "white",
                           "alignItems": "center", "justifyContent": "center", "fontSize": 20}}, "Hi")
W, H = 160, 84
IMMUTABLE = "public, immutable, no-transform, max-age=31536000"


def decode(data: bytes) -> Image.Image:
    """Bytes -> a Pillow image (fully decoded, so a truncated body fails here)."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def assert_card(headers, body: bytes, fmt: str = "png", size=(W, H)) -> None:
    """The headers and body of a 200 image response: type, caching, length, ETag, and a decodable image of
    the right size."""
    mime = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}[fmt]
    assert headers["content-type"] == mime
    assert headers["cache-control"] == IMMUTABLE
    assert headers["content-length"] == str(len(body))
    assert headers["etag"].startswith('"') and headers["etag"].endswith('"') and not headers["etag"].startswith("W/")
    image = decode(body)
    assert image.format == {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}[fmt]
    assert image.size == size


class RenderCounter:
    """Counts the calls of ogrender.api.render (which ImageResponse and the cache call)."""

    def __init__(self, monkeypatch):
        import ogrender.api

        self.calls = 0
        real = ogrender.api.render

        def counting(*args, **kwargs):
            self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(ogrender.api, "render", counting)
