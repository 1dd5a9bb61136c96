"""Flask, through its own test client: a view returns ImageResponse, a flask.Response comes out."""

from __future__ import annotations

import pytest
from flask import Flask

import ogrender
from ogrender.cache import ImageCache
from ogrender.web.flask import ImageResponse
from tests.web.clients import CARD, H, IMMUTABLE, W, RenderCounter, assert_card, decode


def make_app(cache=None):
    app = Flask(__name__)

    @app.get("/card")
    def card():
        from flask import request
        return ImageResponse(CARD, width=W, height=H, format=request.args.get("format", "png"), cache=cache)

    @app.get("/core")
    def core():  # the framework-neutral class: Flask runs it as a WSGI application
        return ogrender.ImageResponse(CARD, width=W, height=H)

    @app.get("/teapot")
    def teapot():
        return ImageResponse(CARD, width=W, height=H, status=418, status_text="Short And Stout",
                             headers={"X-Card": "1"})

    @app.after_request
    def stamp(response):
        response.headers["X-After"] = "yes"
        return response

    return app


@pytest.fixture(scope="module")
def client():
    return make_app().test_client()


def test_view_returns_a_flask_response_with_the_image(client):
    r = client.get("/card")
    assert r.status_code == 200
    assert_card(r.headers, r.data)
    assert r.headers["X-After"] == "yes"


@pytest.mark.parametrize("fmt", ["jpeg", "webp"])
def test_formats(client, fmt):
    r = client.get("/card", query_string={"format": fmt})
    assert_card(r.headers, r.data, fmt)


@pytest.mark.parametrize("path", ["/card", "/core"])
def test_matching_if_none_match_gets_304_without_body(client, path):
    first = client.get(path)
    etag = first.headers["ETag"]
    r = client.get(path, headers={"If-None-Match": etag})
    assert r.status_code == 304
    assert r.data == b""
    assert r.headers["ETag"] == etag and r.headers["Cache-Control"] == IMMUTABLE
    assert "Content-Type" not in r.headers
    assert client.get(path, headers={"If-None-Match": '"x"'}).data == first.data


def test_core_image_response_works_as_a_view_result(client):
    r = client.get("/core")
    assert r.status_code == 200
    assert_card(r.headers, r.data)
    assert r.headers["X-After"] == "yes"


def test_head(client):
    r = client.head("/card")
    assert r.status_code == 200 and r.data == b""
    assert int(r.headers["Content-Length"]) > 0


def test_status_text(client):
    r = client.get("/teapot")
    assert r.status == "418 Short And Stout" and r.status_code == 418
    assert r.headers["X-Card"] == "1"
    assert decode(r.data).size == (W, H)


def test_cache_through_flask(monkeypatch):
    counter = RenderCounter(monkeypatch)
    cache = ImageCache()
    client = make_app(cache).test_client()
    for _ in range(3):
        assert client.get("/card").status_code == 200
    assert counter.calls == 1 and cache.hits == 2


def test_attributes():
    resp = ImageResponse(CARD, width=W, height=H, format="webp", quality=50)
    assert resp.status_code == 200 and resp.status == "200 OK"
    assert resp.body == resp.get_data() and resp.mimetype == "image/webp"
    assert (resp.format, resp.quality, resp.width, resp.height) == ("webp", 50, W, H)
