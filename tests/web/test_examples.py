"""The example apps (examples/fastapi_app.py, django_app.py, flask_app.py), through each framework's test
client: the three templates, 400 for an unknown type, 304 for a repeated ETag, and the cache."""

from __future__ import annotations

import pytest
from django.test import Client as DjangoClient, override_settings

from tests.web.clients import RenderCounter, TestClient, assert_card, decode

SIZE = (1200, 630)
PARAMS = {"title": "Rendering cards in Python", "author": "Ada Lovelace"}


@pytest.fixture(scope="module")
def fastapi_example():
    from examples import fastapi_app
    return fastapi_app


@pytest.fixture(scope="module")
def flask_example():
    from examples import flask_app
    return flask_app


@pytest.fixture(scope="module")
def django_example():
    from examples import django_app
    return django_app


def get(framework, example, params, headers=None):
    """(status, headers, body) for GET /api/og?params in the example of ``framework``."""
    if framework == "fastapi":
        r = TestClient(example.app).get("/api/og", params=params, headers=headers)
        return r.status_code, r.headers, r.content
    if framework == "flask":
        r = example.app.test_client().get("/api/og", query_string=params, headers=headers)
        return r.status_code, r.headers, r.data
    with override_settings(ROOT_URLCONF="examples.django_app"):
        r = DjangoClient().get("/api/og", params, headers=headers or {})
    return r.status_code, r.headers, r.content


@pytest.fixture(params=["fastapi", "django", "flask"])
def framework(request):
    example = request.getfixturevalue(f"{request.param}_example")
    example.cache.clear()
    return request.param, example


@pytest.mark.parametrize("kind", ["blog", "product", "profile"])
def test_each_template_renders_a_card(framework, kind):
    status, headers, body = get(*framework, {**PARAMS, "type": kind})
    assert status == 200
    assert_card(headers, body, size=SIZE)


def test_templates_differ(framework):
    bodies = {get(*framework, {**PARAMS, "type": kind})[2] for kind in ("blog", "product", "profile")}
    assert len(bodies) == 3


def test_unknown_type_is_400(framework):
    status, headers, body = get(*framework, {**PARAMS, "type": "recipe"})
    assert status == 400
    assert b"unknown type 'recipe'" in body
    assert not headers.get("content-type", "").startswith("image/")


def test_repeated_request_is_a_cache_hit_and_304_with_etag(framework, monkeypatch):
    counter = RenderCounter(monkeypatch)
    name, example = framework
    status, headers, first = get(name, example, PARAMS)
    assert status == 200 and counter.calls == 1
    status, _, second = get(name, example, PARAMS)
    assert status == 200 and second == first and counter.calls == 1  # the cache answered
    status, _, body = get(name, example, PARAMS, headers={"If-None-Match": headers["etag"]})
    assert status == 304 and body == b"" and counter.calls == 1
    assert example.cache.hits == 2


def test_fastapi_page_has_the_head_tags(fastapi_example):
    page = TestClient(fastapi_example.app).get("/posts/hello-world").text
    assert '<meta property="og:image" content="http://testserver/api/og?title=Hello+world&amp;author=Ada" />' in page
    assert '<meta property="og:image:width" content="1200" />' in page
    assert '<meta name="twitter:card" content="summary_large_image" />' in page
    image = TestClient(fastapi_example.app).get("/api/og", params={"title": "Hello world", "author": "Ada"})
    assert decode(image.content).size == SIZE
