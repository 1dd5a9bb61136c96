"""FastAPI and Starlette, through their own TestClient: a route returns an ImageResponse."""

from __future__ import annotations

import pytest
from fastapi import BackgroundTasks, FastAPI
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

import ogrender
from ogrender.cache import ImageCache
from ogrender.web.fastapi import ImageResponse
from tests.web.clients import CARD, H, IMMUTABLE, W, RenderCounter, TestClient, assert_card, decode


def make_app(cache=None, ran=None):
    app = FastAPI()

    @app.get("/og", response_class=ImageResponse)
    def og(format: str = "png", quality: int | None = None):
        return ImageResponse(CARD, width=W, height=H, format=format, quality=quality, cache=cache)

    app.head("/og", response_class=ImageResponse, operation_id="og_head")(og)

    @app.get("/async")
    async def og_async():
        return ImageResponse(CARD, width=W, height=H)

    @app.get("/custom")
    def custom():
        return ImageResponse(CARD, width=W, height=H, status=201, status_text="Made",
                             headers={"Cache-Control": "private, max-age=5", "X-Card": "yes"})

    @app.get("/status-code")
    def status_code():
        return ImageResponse(CARD, width=W, height=H, status_code=404)

    @app.get("/background")
    def background(tasks: BackgroundTasks):
        tasks.add_task(ran.append, "done")
        return ImageResponse(CARD, width=W, height=H)

    return app


@pytest.fixture(scope="module")
def client():
    return TestClient(make_app())


def test_route_returns_an_image_with_next_og_headers(client):
    r = client.get("/og")
    assert r.status_code == 200
    assert_card(r.headers, r.content)
    assert list(r.headers)[:4] == ["content-type", "cache-control", "etag", "content-length"]
    assert r.headers["etag"] == ogrender.response.make_etag(r.content)


def test_async_route(client):
    r = client.get("/async")
    assert r.status_code == 200
    assert_card(r.headers, r.content)


@pytest.mark.parametrize("fmt", ["jpeg", "webp"])
def test_formats(client, fmt):
    r = client.get("/og", params={"format": fmt, "quality": 80})
    assert r.status_code == 200
    assert_card(r.headers, r.content, fmt)


def test_matching_if_none_match_gets_304_without_body(client):
    first = client.get("/og")
    etag = first.headers["etag"]
    for value in (etag, f'"nope", {etag}', f"W/{etag}", "*"):
        r = client.get("/og", headers={"If-None-Match": value})
        assert r.status_code == 304, value
        assert r.content == b""
        assert r.headers["etag"] == etag
        assert r.headers["cache-control"] == IMMUTABLE
        assert "content-type" not in r.headers
    r = client.get("/og", headers={"If-None-Match": '"something-else"'})
    assert r.status_code == 200 and r.content == first.content


def test_head_has_headers_and_no_body(client):
    r = client.head("/og")
    assert r.status_code == 200
    assert r.content == b""
    assert int(r.headers["content-length"]) > 0
    assert r.headers["content-type"] == "image/png"


def test_status_and_caller_headers(client):
    r = client.get("/custom")
    assert r.status_code == 201
    assert r.headers["cache-control"] == "private, max-age=5"
    assert r.headers["x-card"] == "yes"
    assert decode(r.content).size == (W, H)
    r = client.get("/status-code")  # Starlette's own name for the status works too
    assert r.status_code == 404 and decode(r.content).size == (W, H)
    r404 = client.get("/status-code", headers={"If-None-Match": r.headers["etag"]})
    assert r404.status_code == 404 and r404.content == r.content  # only a 200 becomes a 304


def test_background_tasks_run_even_on_304():
    ran = []
    client = TestClient(make_app(ran=ran))
    etag = client.get("/background").headers["etag"]
    r = client.get("/background", headers={"If-None-Match": etag})
    assert r.status_code == 304
    assert ran == ["done", "done"]


def test_openapi_documents_the_image_type(client):
    spec = client.get("/openapi.json").json()
    assert "image/png" in spec["paths"]["/og"]["get"]["responses"]["200"]["content"]


def test_is_a_starlette_response_and_an_ogrender_response():
    resp = ImageResponse(CARD, width=W, height=H, format="webp")
    assert isinstance(resp, Response) and isinstance(resp, ogrender.ImageResponse)
    assert resp.status == resp.status_code == 200
    assert resp.headers["Content-Type"] == "image/webp"  # Starlette's case-insensitive headers
    assert resp.etag == resp.headers["etag"]


def test_cache_through_fastapi_renders_once(monkeypatch):
    counter = RenderCounter(monkeypatch)
    cache = ImageCache()
    client = TestClient(make_app(cache=cache))
    bodies = [client.get("/og").content for _ in range(3)]
    assert counter.calls == 1
    assert bodies[0] == bodies[1] == bodies[2]
    assert (cache.hits, cache.misses) == (2, 1)
    client.get("/og", params={"format": "jpeg"})
    assert counter.calls == 2  # other options, another entry


def test_plain_starlette_route_can_return_the_core_image_response():
    def og(request):
        return ogrender.ImageResponse(CARD, width=W, height=H)

    client = TestClient(Starlette(routes=[Route("/og", og)]))
    r = client.get("/og")
    assert r.status_code == 200
    assert_card(r.headers, r.content)
    r2 = client.get("/og", headers={"If-None-Match": r.headers["etag"]})
    assert r2.status_code == 304 and r2.content == b""
    r3 = client.head("/og")
    assert r3.status_code == 200 and r3.content == b"" and r3.headers["content-length"] == r.headers["content-length"]


def test_bad_option_is_a_render_error_before_rendering(monkeypatch):
    counter = RenderCounter(monkeypatch)
    with pytest.raises(ogrender.RenderError, match="unsupported output format 'gif'"):
        ImageResponse(CARD, format="gif")
    with pytest.raises(ogrender.RenderError, match="quality must be a whole number from 1 to 100"):
        ImageResponse(CARD, format="jpeg", quality=0)
    assert counter.calls == 0
