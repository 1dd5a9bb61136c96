"""``ImageResponse``: rendered image bytes with the status and headers next/og gives them.

In: an element (anything :func:`ogrender.render` takes) and next/og's options, plus ``format``, ``quality``,
``dev`` and ``cache``. Out: ``.body`` (the image bytes), ``.status``, ``.status_text`` and ``.headers``
(a dict with lower-case names), ready for any web framework.

Headers, as next/og sets them, then ours:

- ``content-type``: from the format (``image/png``, ``image/jpeg``, ``image/webp``);
- ``cache-control``: ``public, immutable, no-transform, max-age=31536000``, or ``no-cache, no-store`` in
  development mode (``dev=True``, or the environment variable ``OGRENDER_DEV=1`` when ``dev`` is not given);
- ``etag``: a strong validator computed from the bytes (equal bytes, equal ETag);
- ``content-length``: the length of the body (always; a caller's value is replaced).

The caller's ``headers`` override every default but ``content-length``.

The object is also a plain ASGI application and a plain WSGI application (told apart by the number of
arguments), so it can be returned from a Starlette route or a Flask view, or served as it is. Each answers a
``GET``/``HEAD`` whose ``If-None-Match`` matches the ETag with ``304 Not Modified`` and no body. For FastAPI,
Django and Flask responses of the framework's own type, see :mod:`ogrender.web`.
"""

from __future__ import annotations

import hashlib
import os
import re
from http import HTTPStatus
from typing import Any, Iterable, Mapping

from . import api
from .errors import RenderError
from .output import check_format, check_quality, content_type

DEFAULT_CACHE_CONTROL = "public, immutable, no-transform, max-age=31536000"
DEV_CACHE_CONTROL = "no-cache, no-store"
DEV_ENV = "OGRENDER_DEV"

_TRUE = {"1", "true", "yes", "on", "development", "dev"}
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP header name (RFC 9110 token)
_ETAG = re.compile(r'\s*(W/)?("[^"]*")\s*(?:,|$)')
# Headers a 304 must not carry (it has no body); the others (etag, cache-control, vary, ...) are kept.
_ENTITY_HEADERS = ("content-type", "content-length", "content-encoding", "content-range", "transfer-encoding")


def dev_mode(dev: bool | None = None) -> bool:
    """Development mode: ``dev`` when given, else whether ``$OGRENDER_DEV`` is ``1``/``true``/``yes``/``on``."""
    if dev is not None:
        if not isinstance(dev, bool):
            raise RenderError(f"dev must be True, False or None, not {dev!r}", prop="dev")
        return dev
    return os.environ.get(DEV_ENV, "").strip().lower() in _TRUE


def make_etag(body: bytes) -> str:
    """A strong ETag for ``body``: the first 128 bits of its SHA-256, quoted (``"3f1a..."``)."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def etag_matches(if_none_match: str | None, etag: str | None) -> bool:
    """Whether an ``If-None-Match`` header value matches ``etag`` (RFC 9110 13.1.2: weak comparison, ``*``
    matches any current representation, a list matches when one member does)."""
    if not if_none_match or not etag:
        return False
    if if_none_match.strip() == "*":
        return True
    ours = etag[2:] if etag.startswith("W/") else etag
    pos = 0
    text = if_none_match
    while pos < len(text):
        m = _ETAG.match(text, pos)
        if m is None or m.end() == pos:
            return False  # malformed list: no match (the full response is sent)
        if m.group(2) == ours:
            return True
        pos = m.end()
    return False


def reason_phrase(status: int, status_text: str | None = None) -> str:
    if status_text:
        return status_text
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _check_status(status: Any, status_text: Any) -> tuple[int, str | None]:
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise RenderError(f"status must be an HTTP status code from 100 to 599, not {status!r}", prop="status")
    if status_text is not None:
        if not isinstance(status_text, str) or any(c in status_text for c in "\r\n\0"):
            raise RenderError(f"status_text must be a one-line string, not {status_text!r}", prop="status_text")
    return status, status_text


def _check_headers(headers: Any) -> list[tuple[str, str]]:
    if headers is None:
        return []
    items = headers.items() if isinstance(headers, Mapping) else headers
    out = []
    try:
        pairs = [(name, value) for name, value in items]
    except (TypeError, ValueError):
        raise RenderError("headers must be a mapping of names to values (or a list of (name, value) pairs), "
                          f"not {type(headers).__name__}", prop="headers") from None
    for name, value in pairs:
        if not isinstance(name, str) or not _TOKEN.match(name):
            raise RenderError(f"{name!r} is not a valid header name", prop="headers")
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise RenderError(f"header {name!r} must have a string value, not {type(value).__name__}",
                              prop="headers")
        value = str(value)
        if any(c in value for c in "\r\n\0"):
            raise RenderError(f"header {name!r} has a line break in its value", prop="headers")
        out.append((name.lower(), value))
    return out


def _check_options(options: Mapping[str, Any]) -> None:
    import inspect
    known = {name for name, param in inspect.signature(api.render).parameters.items()
             if param.kind is param.KEYWORD_ONLY}
    unknown = sorted(set(options) - known)
    if unknown:
        raise RenderError(f"unknown option{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                          f"ImageResponse takes width, height, emoji, fonts, debug, status, status_text, headers, "
                          f"format, quality, dev, cache and {', '.join(sorted(known - _OWN))}", prop=unknown[0])


_OWN = {"format", "quality", "debug", "emoji"}


def _cache_of(cache: Any):
    if cache is None or cache is False:
        return None
    from .cache import ImageCache, default_cache
    if cache is True:
        return default_cache()
    if isinstance(cache, ImageCache):
        return cache
    raise RenderError(f"cache must be an ImageCache, True (the shared default cache) or None, "
                      f"not {type(cache).__name__}", prop="cache")


class ImageResponse:
    """The counterpart of next/og's ``new ImageResponse(element, options)``.

    Renders at construction (a bad element or option raises :class:`RenderError` there). ``.body`` holds
    the image bytes, ``.status`` / ``.status_text`` the HTTP status, ``.headers`` a dict with lower-case
    names (see the module docstring), ``.width`` / ``.height`` the size, ``.format`` the canonical format
    name, ``.etag`` the ETag.

    Beyond next/og: ``format`` (``"png"``, ``"jpeg"``/``"jpg"``, ``"webp"``), ``quality`` (1-100, JPEG and
    WebP; default 90), ``dev`` (development mode: ``no-cache, no-store``), ``cache`` (an
    :class:`ogrender.cache.ImageCache`, or ``True`` for the shared default one: a repeated request with the
    same element, options and fonts renders nothing), and ``render()``'s own options (``preset``,
    ``strict``, ``compression``, ``grapheme_images``, ``load_additional_asset``, ``system_fonts``, ...).
    ``emoji`` is next/og's option (``"twemoji"``, ``"openmoji"``, ``"noto"``, ``"fluent"``, ``"fluentFlat"``;
    the unpacked ``"blobmoji"`` raises an error naming the available sets), or None (the fonts).
    """

    def __init__(self, element: Any, width: int = 1200, height: int = 630, emoji: str | None = "twemoji",
                 fonts: Iterable | None = None, debug: bool = False, status: int = 200,
                 status_text: str | None = None, headers: Mapping[str, str] | None = None, *,
                 format: str = "png", quality: int | None = None, dev: bool | None = None,
                 cache: Any = None, **options: Any):
        fmt = check_format(format)
        quality = check_quality(quality)
        from .emoji import check as check_emoji
        check_emoji(emoji)  # an unknown set, or one of next/og's that is not packed, says so before any work
        status, status_text = _check_status(status, status_text)
        extra = _check_headers(headers)
        is_dev = dev_mode(dev)
        store = _cache_of(cache)
        _check_options(options)

        render_options = dict(options, debug=debug, emoji=emoji, format=fmt, quality=quality)
        if store is not None:
            body = store.render(element, width, height, fonts, **render_options)
        else:
            body = api.render(element, width, height, fonts, **render_options)

        merged = {"content-type": content_type(fmt),
                  "cache-control": DEV_CACHE_CONTROL if is_dev else DEFAULT_CACHE_CONTROL,
                  "etag": make_etag(body)}
        for name, value in extra:
            merged[name] = value
        merged["content-length"] = str(len(body))

        self.width = width
        self.height = height
        self.format = fmt
        self.quality = quality
        self.dev = is_dev
        self.etag = merged["etag"]
        self._og_adopt(body, status, status_text, merged)

    # The framework variants in ogrender.web override this to become the framework's own response type.
    def _og_adopt(self, body: bytes, status: int, status_text: str | None, headers: dict[str, str]) -> None:
        self.body = body
        self.status = status
        self.status_text = status_text
        self.headers = headers

    # -- conditional requests -------------------------------------------------------------------------

    def not_modified(self, if_none_match: str | None) -> bool:
        """Whether a request with this ``If-None-Match`` value should get ``304 Not Modified`` (only a
        200 response is ever turned into a 304)."""
        return self._og_status() == 200 and etag_matches(if_none_match, self.etag)

    def for_request(self, method: str = "GET", if_none_match: str | None = None
                    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        """``(status, reason, headers, body)`` to send for a request: a 304 with no body and no
        content headers when ``If-None-Match`` matches (``GET``/``HEAD``), no body for ``HEAD``."""
        method = (method or "GET").upper()
        headers = list(self._og_headers())
        if method in ("GET", "HEAD") and self.not_modified(if_none_match):
            kept = [(k, v) for k, v in headers if k.lower() not in _ENTITY_HEADERS]
            return 304, "Not Modified", kept, b""
        status = self._og_status()
        body = b"" if method == "HEAD" else self._og_body()
        return status, reason_phrase(status, self.status_text), headers, body

    def _og_status(self) -> int:
        return self.status

    def _og_body(self) -> bytes:
        return self.body

    def _og_headers(self) -> Iterable[tuple[str, str]]:
        return self.headers.items()

    # -- served as it is: ASGI (scope, receive, send) or WSGI (environ, start_response) ---------------------

    def __call__(self, *args: Any):
        if len(args) == 3:
            from .web.asgi import send_image
            return send_image(self, *args)  # a coroutine, for the ASGI server or Starlette to await
        if len(args) == 2:
            from .web.wsgi import send_image
            return send_image(self, *args)
        raise TypeError("an ImageResponse is called as an ASGI app (scope, receive, send) or a WSGI app "
                        "(environ, start_response)")

    def __repr__(self) -> str:
        return (f"<{type(self).__name__} {self._og_status()} {self.headers.get('content-type')} "
                f"{len(self._og_body())} bytes>")
