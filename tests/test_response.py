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
