"""The in-memory LRU cache: keys, bounds, and renders avoided."""

from __future__ import annotations

import threading

import pytest

import ogrender.api
from ogrender import Font, ImageResponse, RenderError, h
from ogrender.cache import ImageCache, cache_key, default_cache
from tests.conftest import ROOT

CARD = h("div", {"style": {"width": "100%", "height": "100%", "backgroundColor": "white", "fontSize": 12}}, "Hi")
REGULAR = (ROOT / "fonts" / "inter" / "Inter-Regular.otf").read_bytes()
BOLD = (ROOT / "fonts" / "inter" / "Inter-Bold.otf").read_bytes()


@pytest.fixture
def renders(monkeypatch):
    """The list of (width, height) of every real render."""
    calls = []
    real = ogrender.api.render

    def counting(tree, width=1200, height=630, fonts=None, **options):
        calls.append((width, height))
        return real(tree, width, height, fonts, **options)

    monkeypatch.setattr(ogrender.api, "render", counting)
    return calls


def test_repeated_request_renders_nothing(renders):
    cache = ImageCache()
    first = ImageResponse(CARD, width=60, height=30, cache=cache)
    second = ImageResponse(CARD, width=60, height=30, cache=cache)
    assert renders == [(60, 30)]
    assert second.body == first.body and second.etag == first.etag
    assert (cache.hits, cache.misses, len(cache)) == (1, 1, 1)


def test_key_covers_element_size_options_and_font_bytes():
    base = cache_key(CARD, 60, 30, None, format="png")
    assert base == cache_key(CARD, 60, 30, None, format="png")
    assert base != cache_key(CARD, 61, 30, None, format="png")
    assert base != cache_key(CARD, 60, 30, None, format="jpeg")
    assert base != cache_key(h("div", {"style": {"width": "100%"}}, "Hi"), 60, 30, None, format="png")
    regular = cache_key(CARD, 60, 30, [Font("Inter", REGULAR)])
    assert regular == cache_key(CARD, 60, 30, [Font("Inter", bytes(bytearray(REGULAR)))])  # same content
    assert regular != cache_key(CARD, 60, 30, [Font("Inter", BOLD)])                      # other bytes
    assert regular != cache_key(CARD, 60, 30, [Font("Inter", REGULAR, weight=700)])
    assert regular == cache_key(CARD, 60, 30, {"name": "Inter", "data": REGULAR}) != cache_key(CARD, 60, 30, None)


def test_dict_order_does_not_matter_and_forms_are_keyed_apart():
    a = {"type": "div", "props": {"style": {"width": 10, "height": 10}, "children": "x"}}
    b = {"props": {"children": "x", "style": {"height": 10, "width": 10}}, "type": "div"}
    assert cache_key(a) == cache_key(b)
    assert cache_key("<div>x</div>") != cache_key("<div>y</div>")
    assert cache_key({"type": "img", "props": {"src": b"\x89PNG..."}}) != cache_key({"type": "img", "props": {"src": b"\x89PNG.."}})


def test_unkeyable_input_is_rendered_every_time(renders):
    cache = ImageCache()

    class Strange:
        pass

    assert cache_key({"type": "div", "props": {"data-x": Strange()}}) is None
    tree = {"type": "div", "props": {"style": {"width": 5, "height": 5}}}
    cache.render(tree, 10, 10)
    cache.render(tree, 10, 10)
    assert len(renders) == 1
    assert cache_key({"type": "div", "props": {"style": {"width": 5}, "x": Strange()}}) is None


def test_lru_eviction_by_entries(renders):
    cache = ImageCache(max_entries=2)
    for width in (10, 11, 10, 12, 11):
        cache.render(CARD, width, 10)
    # 10, 11 rendered; 10 hit (now most recent); 12 evicts 11; 11 rendered again (evicts 10)
    assert renders == [(10, 10), (11, 10), (12, 10), (11, 10)]
    assert len(cache) == 2 and cache.evictions == 2
    assert cache.stats()["hits"] == 1


def test_bounded_by_bytes():
    cache = ImageCache(max_entries=100, max_bytes=1000)
    cache.put("a", b"x" * 400)
    cache.put("b", b"x" * 400)
    cache.put("c", b"x" * 400)
    assert "a" not in cache and "b" in cache and "c" in cache
    assert cache.size_bytes == 800
    cache.put("huge", b"x" * 1001)  # larger than the whole cache: not kept, nothing evicted for it
    assert "huge" not in cache and len(cache) == 2
    cache.put("b", b"y" * 10)  # replacing an entry adjusts the total
    assert cache.size_bytes == 410
    cache.clear()
    assert len(cache) == 0 and cache.size_bytes == 0


def test_default_cache_is_shared(renders):
    default_cache().clear()
    ImageResponse(CARD, width=33, height=17, cache=True)
    ImageResponse(CARD, width=33, height=17, cache=True)
    assert renders == [(33, 17)]
    assert default_cache() is default_cache()


def test_errors_are_not_cached(renders):
    cache = ImageCache()
    with pytest.raises(RenderError):
        cache.render({"props": {}}, 10, 10)
    assert len(cache) == 0


def test_bad_bounds():
    with pytest.raises(RenderError, match="max_entries must be a positive whole number"):
        ImageCache(max_entries=0)
    with pytest.raises(RenderError, match="max_bytes"):
        ImageCache(max_bytes=-5)


def test_threads_share_one_cache(renders):
    cache = ImageCache()
    cache.render(CARD, 20, 10)
    bodies = []
    threads = [threading.Thread(target=lambda: bodies.append(cache.render(CARD, 20, 10))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(bodies)) == 1 and len(renders) == 1 and cache.hits == 8
