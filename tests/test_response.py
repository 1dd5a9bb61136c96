"""ImageResponse: defaults as next/og gives them, and caller headers winning."""

from ogrender import ImageResponse, h, render
from tests.conftest import decode_png

CARD = h("div", {"style": {"width": "100%", "height": "100%", "backgroundColor": "white",
                           "alignItems": "center", "justifyContent": "center", "fontSize": 64}}, "Hello")


def test_defaults():
    resp = ImageResponse(CARD)
    assert (resp.width, resp.height) == (1200, 630)
    assert resp.status == 200 and resp.status_text is None
    assert resp.headers["content-type"] == "image/png"
    assert resp.headers["cache-control"] == "public, immutable, no-transform, max-age=31536000"
    assert resp.body[:8] == b"\x89PNG\r\n\x1a\n"
    assert decode_png(resp.body).shape == (630, 1200, 4)
    assert resp.body == render(CARD, 1200, 630)


def test_size_status_and_header_override():
    resp = ImageResponse(CARD, width=400, height=200, status=404, status_text="Not Found",
                         headers={"Cache-Control": "no-store", "X-Extra": "1"})
    assert decode_png(resp.body).shape == (200, 400, 4)
    assert (resp.status, resp.status_text) == (404, "Not Found")
    assert resp.headers["cache-control"] == "no-store"
    assert resp.headers["x-extra"] == "1"
    assert resp.headers["content-type"] == "image/png"


# --- formats, ETag, content-length, dev mode, validation -------------------------------------------------

import io
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from ogrender import RenderError
from ogrender.response import etag_matches, make_etag

SMALL = dict(width=120, height=63)
HALF = h("div", {"style": {"width": "100%", "height": "100%"}},
         h("div", {"style": {"width": "50%", "height": "100%", "backgroundColor": "rgba(255, 0, 0, 0.5)"}}))


def pil(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("fmt, mime, pil_format", [("png", "image/png", "PNG"), ("jpeg", "image/jpeg", "JPEG"),
                                                   ("jpg", "image/jpeg", "JPEG"), ("webp", "image/webp", "WEBP"),
                                                   ("WebP", "image/webp", "WEBP")])
def test_formats_give_the_right_type_and_size(fmt, mime, pil_format):
    resp = ImageResponse(CARD, **SMALL, format=fmt)
    assert resp.headers["content-type"] == mime
    image = pil(resp.body)
    assert image.format == pil_format and image.size == (120, 63)
    assert resp.format == {"jpg": "jpeg", "WebP": "webp"}.get(fmt, fmt)


def test_jpeg_shows_transparency_over_white_and_webp_keeps_alpha():
    jpeg = np.asarray(pil(ImageResponse(HALF, width=40, height=20, format="jpeg", quality=100).body))
    assert jpeg.shape == (20, 40, 3)
    assert np.abs(jpeg[10, 30].astype(int) - 255).max() <= 3          # transparent half: white
    assert np.abs(jpeg[10, 5].astype(int) - (255, 128, 128)).max() <= 6  # 50% red over white: pink
    webp = np.asarray(pil(ImageResponse(HALF, width=40, height=20, format="webp", quality=100).body).convert("RGBA"))
    assert webp[10, 30, 3] == 0
    assert abs(int(webp[10, 5, 3]) - 128) <= 2


def test_quality_changes_the_bytes():
    low = ImageResponse(CARD, width=300, height=150, format="jpeg", quality=20)
    high = ImageResponse(CARD, width=300, height=150, format="jpeg", quality=95)
    assert len(low.body) < len(high.body)
    assert ImageResponse(CARD, width=300, height=150, format="jpeg").body == \
        ImageResponse(CARD, width=300, height=150, format="jpeg", quality=90).body  # the default is 90


def test_etag_and_content_length():
    a = ImageResponse(CARD, **SMALL)
    b = ImageResponse(CARD, **SMALL)
    c = ImageResponse(CARD, width=121, height=63)
    assert a.headers["content-length"] == str(len(a.body))
    assert a.etag == a.headers["etag"] == b.etag == make_etag(a.body)
    assert a.etag.startswith('"') and a.etag.endswith('"') and len(a.etag) == 34  # strong: no W/
    assert c.etag != a.etag


def test_caller_headers_override_defaults_but_not_content_length():
    resp = ImageResponse(CARD, **SMALL, headers={"Content-Type": "image/x-custom", "ETag": '"mine"',
                                                  "Content-Length": "1", "Vary": "Accept"})
    assert resp.headers["content-type"] == "image/x-custom"
    assert resp.headers["etag"] == resp.etag == '"mine"'
    assert resp.headers["vary"] == "Accept"
    assert resp.headers["content-length"] == str(len(resp.body))
    assert ImageResponse(CARD, **SMALL, headers=[("X-A", "1"), ("X-B", 2)]).headers["x-b"] == "2"


def test_dev_mode_argument_and_environment(monkeypatch):
    monkeypatch.delenv("OGRENDER_DEV", raising=False)
    assert ImageResponse(CARD, **SMALL).headers["cache-control"] == "public, immutable, no-transform, max-age=31536000"
    assert ImageResponse(CARD, **SMALL, dev=True).headers["cache-control"] == "no-cache, no-store"
    monkeypatch.setenv("OGRENDER_DEV", "1")
    resp = ImageResponse(CARD, **SMALL)
    assert resp.dev and resp.headers["cache-control"] == "no-cache, no-store"
    assert ImageResponse(CARD, **SMALL, dev=False).headers["cache-control"].startswith("public")
    assert ImageResponse(CARD, **SMALL, headers={"cache-control": "max-age=60"}).headers["cache-control"] == "max-age=60"
    monkeypatch.setenv("OGRENDER_DEV", "0")
    assert not ImageResponse(CARD, **SMALL).dev


def test_etag_matching():
    tag = '"abc"'
    assert etag_matches('"abc"', tag)
    assert etag_matches('W/"abc"', tag)            # If-None-Match uses the weak comparison
    assert etag_matches('"x", "abc"', tag)
    assert etag_matches("*", tag)
    assert not etag_matches('"abcd"', tag)
    assert not etag_matches("abc", tag)             # unquoted: malformed
    assert not etag_matches(None, tag) and not etag_matches("", tag)


def test_for_request():
    resp = ImageResponse(CARD, **SMALL)
    status, reason, headers, body = resp.for_request("GET", resp.etag)
    assert (status, reason, body) == (304, "Not Modified", b"")
    assert {k for k, _ in headers} == {"cache-control", "etag"}
    assert resp.for_request("HEAD")[3] == b""
    assert resp.for_request("GET")[:2] == (200, "OK") and resp.for_request("GET")[3] == resp.body
    assert resp.for_request("POST", resp.etag)[0] == 200
    teapot = ImageResponse(CARD, **SMALL, status=418, status_text="Short")
    assert teapot.for_request("GET", teapot.etag)[:2] == (418, "Short")


@pytest.mark.parametrize("kwargs, message", [
    ({"format": "gif"}, "unsupported output format 'gif'"),
    ({"format": "jpeg", "quality": 101}, "quality must be a whole number from 1 to 100"),
    ({"quality": 9.5}, "quality must be a whole number"),
    ({"emoji": "apple"}, "emoji must be one of twemoji"),
    ({"status": 99}, "status must be an HTTP status code"),
    ({"status": "200"}, "status must be an HTTP status code"),
    ({"status_text": "a\r\nb"}, "status_text must be a one-line string"),
    ({"headers": {"X-Bad": "a\nb"}}, "line break"),
    ({"headers": {"bad name": "x"}}, "not a valid header name"),
    ({"headers": 5}, "headers must be a mapping"),
    ({"dev": "yes"}, "dev must be True, False or None"),
    ({"cache": {}}, "cache must be an ImageCache"),
    ({"colour": "red"}, "unknown option 'colour'"),
])
def test_bad_options_are_clear_errors_raised_before_rendering(kwargs, message, monkeypatch):
    import ogrender.api

    calls = []
    monkeypatch.setattr(ogrender.api, "render", lambda *a, **k: calls.append(1))
    with pytest.raises(RenderError, match=message):
        ImageResponse(CARD, **SMALL, **kwargs)
    assert calls == []


def test_render_takes_format_and_quality():
    assert pil(render(CARD, 50, 20, format="webp", quality=10)).format == "WEBP"
    with pytest.raises(RenderError, match="unsupported output format"):
        render(CARD, 50, 20, format="bmp")


def test_importing_ogrender_imports_no_framework():
    code = ("import sys, ogrender, ogrender.web, ogrender.cache, ogrender.metadata, ogrender.build; "
            "print(sorted(m for m in ('fastapi', 'starlette', 'django', 'flask', 'werkzeug', 'jinja2') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
