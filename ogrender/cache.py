"""Request-time caching: an in-memory LRU of rendered images.

In: what :func:`ogrender.render` takes (element, size, fonts, options). Out: the image bytes, rendered once
per distinct input. The key is a SHA-256 over a canonical encoding of the element (an ``h()`` element, a
Satori object or an HTML string, walked structurally: dict key order does not matter, bytes are hashed),
the size, every option, and the *content* of every font (its bytes, name, weight, style), so a repeated
request with the same card renders nothing, and a changed font file is a different key.

Bounded by entry count and total bytes; the least recently used entries go first. Thread-safe (Django,
Flask and FastAPI's sync routes serve requests from threads). Per process: with several worker
processes, each has its own cache.

    from ogrender import ImageResponse
    from ogrender.cache import ImageCache

    cache = ImageCache(max_entries=512, max_bytes=128 * 2**20)
    ImageResponse(card, cache=cache)              # or cache=True for the shared default_cache()
    cache.stats()                                 # {'hits': ..., 'misses': ..., 'entries': ..., 'bytes': ...}
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any, Iterable, Mapping

from . import api
from .errors import RenderError
from .fonts import Font, _as_font
from .tree import Element

__all__ = ["ImageCache", "default_cache", "cache_key"]


class _Uncacheable(Exception):
    pass


_font_digests: "OrderedDict[int, tuple[bytes, bytes]]" = OrderedDict()
_font_lock = threading.Lock()


def _bytes_digest(data: Any) -> bytes:
    """SHA-256 of font or image bytes; remembered for the same ``bytes`` object (fonts are passed again and
    again), which is kept alive by the memo so its id cannot be reused."""
    if isinstance(data, bytes) and len(data) >= 4096:
        with _font_lock:
            hit = _font_digests.get(id(data))
            if hit is not None and hit[0] is data:
                _font_digests.move_to_end(id(data))
                return hit[1]
        digest = hashlib.sha256(data).digest()
        with _font_lock:
            _font_digests[id(data)] = (data, digest)
            while len(_font_digests) > 64:
                _font_digests.popitem(last=False)
        return digest
    return hashlib.sha256(bytes(data)).digest()


def _feed(h, obj: Any, depth: int = 0) -> None:
    if depth > 2000:
        raise _Uncacheable
    if obj is None:
        h.update(b"N")
    elif obj is True or obj is False:
        h.update(b"T" if obj else b"F")
    elif isinstance(obj, str):
        data = obj.encode("utf-8", "surrogatepass")
        h.update(b"S%d:" % len(data))
        h.update(data)
    elif isinstance(obj, int):
        h.update(b"I%d;" % obj)
    elif isinstance(obj, float):
        h.update(b"D" + repr(obj).encode() + b";")
    elif isinstance(obj, (bytes, bytearray, memoryview)):
        h.update(b"B" + _bytes_digest(obj))
    elif isinstance(obj, Element):
        h.update(b"E")
        _feed(h, obj.tag, depth + 1)
        _feed(h, obj.attrs, depth + 1)
        _feed(h, obj.style, depth + 1)
        _feed(h, obj.children, depth + 1)
    elif isinstance(obj, Font):
        h.update(b"G")
        for part in (obj.name, obj.weight, obj.style, obj.index, obj.named_instance):
            _feed(h, part, depth + 1)
        h.update(_bytes_digest(obj.data))
    elif isinstance(obj, Mapping):
        try:
            items = sorted(obj.items(), key=lambda kv: (type(kv[0]).__name__, str(kv[0])))
        except Exception:
            raise _Uncacheable from None
        h.update(b"M%d:" % len(items))
        for key, value in items:
            _feed(h, key, depth + 1)
            _feed(h, value, depth + 1)
    elif isinstance(obj, (list, tuple)):
        h.update(b"L%d:" % len(obj))
        for item in obj:
            _feed(h, item, depth + 1)
    else:
        raise _Uncacheable


def cache_key(element: Any, width: Any = 1200, height: Any = 630, fonts: Iterable | None = None,
              **options: Any) -> str | None:
    """The cache key of a render call (hex SHA-256), or None when the input holds something that cannot
    be keyed (an object of an unknown type): such a call is rendered every time, never cached wrongly."""
    h = hashlib.sha256(b"ogrender-cache-1\0")
    try:
        _feed(h, element)
        _feed(h, [width, height])
        if isinstance(fonts, (Font, Mapping)):
            fonts = [fonts]
        try:  # a dict and the Font it describes render the same: key them the same
            fonts = None if fonts is None else [_as_font(font) for font in fonts]
        except (RenderError, TypeError):
            return None  # rendering will report the bad font
        _feed(h, fonts)
        _feed(h, dict(options))
    except (_Uncacheable, RecursionError):
        return None
    return h.hexdigest()


class ImageCache:
    """An LRU cache of rendered images, bounded by ``max_entries`` and ``max_bytes`` (the sum of the
    image sizes). An image larger than ``max_bytes`` is returned but not kept.

    ``render(element, width, height, fonts, **options)`` is :func:`ogrender.render` through the cache;
    :class:`ogrender.ImageResponse` and every adapter in :mod:`ogrender.web` take ``cache=``.
    ``hits``, ``misses``, ``evictions`` and ``uncacheable`` count what happened.
    """

    def __init__(self, max_entries: int = 256, max_bytes: int = 64 * 1024 * 1024):
        for name, value in (("max_entries", max_entries), ("max_bytes", max_bytes)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise RenderError(f"{name} must be a positive whole number, not {value!r}", prop=name)
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        self.uncacheable = 0

    def key(self, element: Any, width: Any = 1200, height: Any = 630, fonts: Iterable | None = None,
            **options: Any) -> str | None:
        return cache_key(element, width, height, fonts, **options)

    def get(self, key: str) -> bytes | None:
        with self._lock:
            body = self._entries.get(key)
            if body is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return body

    def put(self, key: str, body: bytes) -> None:
        if len(body) > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old)
            self._entries[key] = body
            self._bytes += len(body)
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped)
                self.evictions += 1

    def render(self, element: Any, width: Any = 1200, height: Any = 630, fonts: Iterable | None = None,
               **options: Any) -> bytes:
        """:func:`ogrender.render` through the cache: a hit returns the stored bytes without rendering."""
        key = self.key(element, width, height, fonts, **options)
        if key is None:
            with self._lock:
                self.uncacheable += 1
        else:
            body = self.get(key)
            if body is not None:
                return body
        body = api.render(element, width, height, fonts, **options)
        if key is not None:
            self.put(key, body)
        return body

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions,
                    "uncacheable": self.uncacheable, "entries": len(self._entries), "bytes": self._bytes,
                    "max_entries": self.max_entries, "max_bytes": self.max_bytes}

    def __repr__(self) -> str:
        return (f"<ImageCache {len(self._entries)}/{self.max_entries} entries, "
                f"{self._bytes}/{self.max_bytes} bytes, {self.hits} hits, {self.misses} misses>")


_default: ImageCache | None = None
_default_lock = threading.Lock()


def default_cache() -> ImageCache:
    """The process-wide cache that ``cache=True`` uses (256 entries, 64 MiB)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = ImageCache()
        return _default
