"""Django, through its own test Client: a view returns ImageResponse, an HttpResponse comes out."""

from __future__ import annotations

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory, override_settings

import ogrender
from ogrender.web.django import ImageResponse
from tests.web.clients import CARD, H, IMMUTABLE, W, assert_card, decode


@pytest.fixture
def client():
    return Client()


def test_view_returns_an_http_response_with_the_image(client):
    r = client.get("/card")
    assert isinstance(r, HttpResponse) and isinstance(r, ImageResponse)
    assert r.status_code == 200
    assert_card(r.headers, r.content)
    assert r.headers["ETag"] == ogrender.response.make_etag(r.content)


@pytest.mark.parametrize("fmt", ["jpeg", "webp"])
def test_formats(client, fmt):
    r = client.get("/card", {"format": fmt})
    assert r.status_code == 200
    assert_card(r.headers, r.content, fmt)


def test_matching_if_none_match_gets_304_without_body(client):
    etag = client.get("/card").headers["etag"]
    r = client.get("/card", headers={"If-None-Match": etag})
    assert r.status_code == 304
    assert r.content == b""
    assert r.headers["ETag"] == etag and r.headers["Cache-Control"] == IMMUTABLE
    assert "Content-Type" not in r.headers and "Content-Length" not in r.headers
    r = client.get("/card", headers={"If-None-Match": '"other"'})
    assert r.status_code == 200 and decode(r.content).size == (W, H)


def test_head(client):
    r = client.head("/card")
    assert r.status_code == 200 and r.content == b""
    assert int(r.headers["Content-Length"]) > 0


def test_without_request_conditional_get_middleware_gives_the_304(client):
    etag = client.get("/no-request").headers["etag"]
    assert client.get("/no-request", headers={"If-None-Match": etag}).status_code == 200  # nothing asked for it
    with override_settings(MIDDLEWARE=["django.middleware.http.ConditionalGetMiddleware"]):
        r = Client().get("/no-request", headers={"If-None-Match": etag})
    assert r.status_code == 304 and r.content == b""


def test_status_text_is_the_reason_phrase_and_caller_headers_win(client):
    r = client.get("/teapot")
    assert r.status_code == 418 and r.reason_phrase == "Short And Stout"
    assert r.headers["Cache-Control"] == "private, max-age=60"
    assert r.headers["X-Card"] == "1"
    assert decode(r.content).size == (W, H)
    again = client.get("/teapot", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 418  # only a 200 becomes a 304


def test_dev_mode(client, monkeypatch):
    assert client.get("/dev").headers["Cache-Control"] == "no-cache, no-store"
    monkeypatch.setenv("OGRENDER_DEV", "1")
    assert client.get("/no-request").headers["Cache-Control"] == "no-cache, no-store"


def test_attributes():
    request = RequestFactory().get("/x")
    resp = ImageResponse(CARD, width=W, height=H, format="jpg", request=request)
    assert (resp.status, resp.status_code, resp.format, resp.width, resp.height) == (200, 200, "jpeg", W, H)
    assert resp.body == resp.content and resp.etag == resp.headers["ETag"]
