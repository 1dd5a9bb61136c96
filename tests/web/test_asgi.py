"""Plain ASGI: the core ImageResponse and ogrender.web.asgi.image_app under httpx's ASGI transport (a real
HTTP client driving the ASGI protocol), no framework."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import ogrender
from ogrender.cache import ImageCache
from ogrender.web import BadRequest
from ogrender.web.asgi import image_app
from tests.web.clients import CARD, H, IMMUTABLE, W, RenderCounter, assert_card


def fetch(app, method="GET", url="/", headers=None):
    async def go():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, url, headers=headers)

    return asyncio.run(go())


def handler(params):
    if params.get("title") == "bad":
        raise BadRequest("title must not be 'bad'")
    if params.get("broken"):
        return ogrender.ImageResponse({"props": {}})  # no 'type': a TreeError
    return ogrender.ImageResponse(CARD, width=W, height=H, format=params.get("format", "png"))


def test_core_image_response_is_an_asgi_app():
    resp = ogrender.ImageResponse(CARD, width=W, height=H)
    r = fetch(resp)
    assert r.status_code == 200
    assert_card(r.headers, r.content)
    r = fetch(resp, headers={"If-None-Match": resp.etag})
    assert r.status_code == 304 and r.content == b""
    assert r.headers["etag"] == resp.etag and r.headers["cache-control"] == IMMUTABLE
    assert "content-type" not in r.headers
    r = fetch(resp, "HEAD")
    assert r.status_code == 200 and r.content == b"" and r.headers["content-length"] == str(len(resp.body))


def test_image_app():
    app = image_app(handler)
    r = fetch(app, url="/og?format=webp&title=Hi")
    assert r.status_code == 200
    assert_card(r.headers, r.content, "webp")
    r2 = fetch(app, url="/og?format=webp&title=Hi", headers={"If-None-Match": r.headers["etag"]})
    assert r2.status_code == 304 and r2.content == b""


def test_image_app_errors(monkeypatch):
    app = image_app(handler)
    r = fetch(app, url="/og?title=bad")
    assert r.status_code == 400 and r.text == "title must not be 'bad'"
    r = fetch(app, "POST", "/og")
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"
    monkeypatch.delenv("OGRENDER_DEV", raising=False)
    r = fetch(app, url="/og?broken=1")
    assert r.status_code == 500 and r.text == "could not render the image"
    monkeypatch.setenv("OGRENDER_DEV", "1")
    r = fetch(app, url="/og?broken=1")
    assert r.status_code == 500 and "needs a 'type'" in r.text


def test_async_handler_and_cache(monkeypatch):
    counter = RenderCounter(monkeypatch)
    cache = ImageCache()

    async def async_handler(params):
        return ogrender.ImageResponse(CARD, width=W, height=H, cache=cache)

    app = image_app(async_handler)
    bodies = {fetch(app, url="/og").content for _ in range(3)}
    assert len(bodies) == 1 and counter.calls == 1


def test_lifespan():
    app = image_app(handler)
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent = []

    async def receive():
        return next(messages)

    async def send(message):
        sent.append(message["type"])

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_calling_with_wrong_arguments_is_a_clear_error():
    resp = ogrender.ImageResponse(CARD, width=W, height=H)
    with pytest.raises(TypeError, match="ASGI app"):
        resp("just one")
