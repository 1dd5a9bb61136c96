"""Plain WSGI: the core ImageResponse and ogrender.web.wsgi.image_app, checked by wsgiref's validator
under Werkzeug's test client, and served for real by wsgiref on the loopback interface."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from wsgiref.simple_server import WSGIRequestHandler, make_server
from wsgiref.validate import validator

from werkzeug.test import Client

import ogrender
from ogrender.web import BadRequest
from ogrender.web.wsgi import image_app
from tests.web.clients import CARD, H, IMMUTABLE, W, assert_card


class _Closing(Client):
    """Werkzeug's test client, closing every response (wsgiref's validator checks that the app's iterable
    is closed)."""

    def open(self, *args, **kwargs):
        response = super().open(*args, **kwargs)
        response.get_data()
        response.close()
        return response


def handler(params):
    if "title" not in params:
        raise BadRequest("title is required")
    return ogrender.ImageResponse(CARD, width=W, height=H, format=params.get("format", "png"))


def test_core_image_response_is_a_wsgi_app():
    resp = ogrender.ImageResponse(CARD, width=W, height=H, status_text="Fine")
    client = _Closing(validator(resp))
    r = client.get("/")
    assert r.status == "200 Fine"
    assert_card(r.headers, r.data)
    r = client.get("/", headers={"If-None-Match": resp.etag})
    assert r.status_code == 304 and r.data == b""
    assert r.headers["ETag"] == resp.etag and r.headers["Cache-Control"] == IMMUTABLE
    r = client.head("/")
    assert r.status_code == 200 and r.data == b""


def test_image_app():
    client = _Closing(validator(image_app(handler)))
    r = client.get("/og?title=Hi&format=jpeg")
    assert r.status_code == 200
    assert_card(r.headers, r.data, "jpeg")
    r2 = client.get("/og?title=Hi&format=jpeg", headers={"If-None-Match": r.headers["ETag"]})
    assert r2.status_code == 304 and r2.data == b""
    r = client.get("/og")
    assert r.status_code == 400 and r.text == "title is required"
    r = client.post("/og")
    assert r.status_code == 405


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def test_served_over_http_on_loopback():
    server = make_server("127.0.0.1", 0, image_app(handler), handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/og?title=Hi"
        with urllib.request.urlopen(url, timeout=10) as r:
            body = r.read()
            assert r.status == 200
            assert_card({k.lower(): v for k, v in r.headers.items()}, body)
            etag = r.headers["ETag"]
        request = urllib.request.Request(url, headers={"If-None-Match": etag})
        try:
            urllib.request.urlopen(request, timeout=10)
            raise AssertionError("expected 304")
        except urllib.error.HTTPError as exc:
            assert exc.code == 304 and exc.read() == b""
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
