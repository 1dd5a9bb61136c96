"""Open Graph and Twitter ``<head>`` tags for image routes, as Next.js emits them for ``opengraph-image``
and ``twitter-image`` routes.

In: an image route's config, the counterpart of the ``alt``, ``size`` and ``contentType`` exports of an
``opengraph-image.tsx`` (and, for several images per route, of ``generateImageMetadata``'s items with their
``id``), plus the route's URL. Out: :class:`MetaTag` objects and their HTML::

    <meta property="og:image" content="https://acme.com/about/opengraph-image" />
    <meta property="og:image:alt" content="About Acme" />
    <meta property="og:image:type" content="image/png" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="630" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:image" content="https://acme.com/about/opengraph-image" />
    ...

Sizes: Open Graph images must not exceed 8 MB and Twitter images 5 MB (MB = 1024 x 1024 bytes, as
Next.js counts; the build fails there, here :class:`ImageTooLargeError` is raised) — give the image's bytes
(``body=``) or an :class:`~ogrender.ImageResponse` (:func:`response_tags`) to have it checked.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import quote, urljoin

from .errors import LimitError, RenderError

MB = 1024 * 1024
OG_MAX_BYTES = 8 * MB
TWITTER_MAX_BYTES = 5 * MB

__all__ = ["MetaTag", "HeadTags", "ImageTooLargeError", "image_tags", "response_tags", "to_html",
           "check_image_size", "OG_MAX_BYTES", "TWITTER_MAX_BYTES"]


class ImageTooLargeError(LimitError):
    """An image is over the size limit of Open Graph (8 MB) or Twitter (5 MB)."""


@dataclass(frozen=True)
class MetaTag:
    """One ``<meta>`` tag: ``attr`` is ``"property"`` (Open Graph) or ``"name"`` (Twitter)."""

    attr: str
    key: str
    content: str

    def html(self) -> str:
        return f'<meta {self.attr}="{html.escape(self.key)}" content="{html.escape(self.content)}" />'

    def as_dict(self) -> dict[str, str]:
        return {self.attr: self.key, "content": self.content}


class HeadTags(str):
    """The tags' HTML. A ``str`` that Jinja2 and Django templates insert without escaping it again
    (it has ``__html__``; every value in it is already escaped)."""

    def __html__(self) -> str:
        return str(self)


def to_html(tags: Iterable[MetaTag]) -> HeadTags:
    """The ``<meta>`` tags, one a line."""
    return HeadTags("\n".join(tag.html() for tag in tags))


def _format_mb(n: int) -> str:
    return f"{n / MB:.2f} MB"


def check_image_size(data: bytes | int, *, og: bool = True, twitter: bool = False, name: str = "image") -> int:
    """Raise :class:`ImageTooLargeError` when ``data`` (the bytes, or their count) is over the Open Graph
    limit (8 MB, when ``og``) or the Twitter limit (5 MB, when ``twitter``); return the byte count."""
    size = data if isinstance(data, int) and not isinstance(data, bool) else len(data)
    if og and size > OG_MAX_BYTES:
        raise ImageTooLargeError(
            f"the Open Graph image {name} is {_format_mb(size)} ({size} bytes); Open Graph images must not "
            f"exceed 8 MB ({OG_MAX_BYTES} bytes): use format='jpeg' or 'webp', a lower quality or a smaller "
            f"size", prop="og:image")
    if twitter and size > TWITTER_MAX_BYTES:
        raise ImageTooLargeError(
            f"the Twitter image {name} is {_format_mb(size)} ({size} bytes); Twitter images must not exceed "
            f"5 MB ({TWITTER_MAX_BYTES} bytes): use format='jpeg' or 'webp', a lower quality or a smaller "
            f"size, or twitter=False to emit only Open Graph tags", prop="twitter:image")
    return size


def _size(size: Any, where: str) -> tuple[int, int]:
    if size is None:
        return 1200, 630
    if isinstance(size, Mapping):
        unknown = set(size) - {"width", "height"}
        if unknown or "width" not in size or "height" not in size:
            raise RenderError(f"size must be {{'width': W, 'height': H}}, not {dict(size)!r}", path=where,
                              prop="size")
        w, h = size["width"], size["height"]
    elif isinstance(size, Sequence) and not isinstance(size, str) and len(size) == 2:
        w, h = size
    else:
        raise RenderError(f"size must be {{'width': W, 'height': H}} or (W, H), not {size!r}", path=where,
                          prop="size")
    for value in (w, h):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise RenderError(f"size must hold positive whole numbers of pixels, not {value!r}", path=where,
                              prop="size")
    return w, h


def _text(value: Any, prop: str, where: str) -> str:
    if not isinstance(value, str):
        raise RenderError(f"{prop} must be a string, not {type(value).__name__}", path=where, prop=prop)
    return value


_ITEM_KEYS = {"id", "alt", "size", "content_type", "contentType", "url", "body"}


def image_tags(url: str, *, alt: str | None = None, size: Any = None, content_type: str = "image/png",
               images: Sequence[Mapping[str, Any]] | None = None, og: bool = True, twitter: bool = True,
               twitter_card: str | None = "summary_large_image", base_url: str | None = None,
               body: bytes | None = None) -> list[MetaTag]:
    """The ``<head>`` tags of an image route.

    ``url``: the image route's URL (absolute, or relative to ``base_url``, Next's ``metadataBase``).
    ``alt``, ``size`` (``{"width": 1200, "height": 630}`` or ``(1200, 630)``, the default) and
    ``content_type`` (default ``image/png``): the route's config. ``images``: several images for the route,
    as ``generateImageMetadata`` returns them: dicts with ``id`` (required) and optionally ``alt``, ``size``,
    ``content_type`` (or ``contentType``), ``url`` (default ``{url}/{id}``, the URL Next gives them) and
    ``body`` (the bytes, to check their size); the route-level values are their defaults. ``og`` /
    ``twitter``: which sets to emit; ``twitter_card``: the ``twitter:card`` value emitted first in the
    Twitter set (None: none). ``body``: the image's bytes, checked against the 8 MB / 5 MB limits.
    """
    url = _text(url, "url", "image")
    if base_url is not None:
        url = urljoin(_text(base_url, "base_url", "image"), url)
    entries = []
    if images is None:
        w, h = _size(size, url)
        if alt is not None:
            _text(alt, "alt", url)
        entries.append((url, alt, w, h, _text(content_type, "content_type", url), body))
    else:
        if isinstance(images, (str, Mapping)) or not isinstance(images, Sequence):
            raise RenderError("images must be a list of dicts with an 'id'", prop="images")
        seen: dict[str, int] = {}
        for n, item in enumerate(images, 1):
            where = f"images[{n}]"
            if not isinstance(item, Mapping):
                raise RenderError(f"each image must be a dict with an 'id', not {type(item).__name__}",
                                  path=where)
            unknown = set(item) - _ITEM_KEYS
            if unknown:
                raise RenderError(f"unknown keys {sorted(unknown)}; expected {', '.join(sorted(_ITEM_KEYS))}",
                                  path=where)
            if "id" not in item or item["id"] is None or item["id"] == "":
                raise RenderError("each image needs an 'id' (its URL is the route's URL / id)", path=where,
                                  prop="id")
            ident = str(item["id"])
            if ident in seen:
                raise RenderError(f"id {ident!r} is also the id of image {seen[ident]}", path=where, prop="id")
            seen[ident] = n
            item_url = item.get("url") or f"{url.rstrip('/')}/{quote(ident, safe='')}"
            item_url = _text(item_url, "url", where)
            if base_url is not None:
                item_url = urljoin(base_url, item_url)
            item_alt = item.get("alt", alt)
            if item_alt is not None:
                _text(item_alt, "alt", where)
            w, h = _size(item.get("size", size), where)
            ctype = _text(item.get("content_type", item.get("contentType", content_type)), "content_type", where)
            entries.append((item_url, item_alt, w, h, ctype, item.get("body")))

    for entry_url, _, _, _, ctype, data in entries:
        if not ctype.startswith("image/"):
            raise RenderError(f"content_type must be an image type (image/png, image/jpeg, ...), not {ctype!r}",
                              path=entry_url, prop="content_type")
        if data is not None:
            check_image_size(data, og=og, twitter=twitter, name=entry_url)

    def entry_tags(attr: str, prefix: str) -> list[MetaTag]:
        out = []
        for entry_url, entry_alt, w, h, ctype, _ in entries:
            out.append(MetaTag(attr, f"{prefix}:image", entry_url))
            if entry_alt is not None:
                out.append(MetaTag(attr, f"{prefix}:image:alt", entry_alt))
            out += [MetaTag(attr, f"{prefix}:image:type", ctype), MetaTag(attr, f"{prefix}:image:width", str(w)),
                    MetaTag(attr, f"{prefix}:image:height", str(h))]
        return out

    tags: list[MetaTag] = []
    if og:
        tags += entry_tags("property", "og")
    if twitter:
        if twitter_card:
            tags.append(MetaTag("name", "twitter:card", twitter_card))
        tags += entry_tags("name", "twitter")
    return tags


def response_tags(response: Any, url: str, *, alt: str | None = None, og: bool = True, twitter: bool = True,
                  twitter_card: str | None = "summary_large_image", base_url: str | None = None) -> list[MetaTag]:
    """The tags for an :class:`~ogrender.ImageResponse` (any adapter's) served at ``url``: its size and
    content type, its bytes checked against the limits."""
    ctype = response.headers.get("content-type") or "image/png"
    return image_tags(url, alt=alt, size=(int(response.width), int(response.height)), content_type=ctype,
                      og=og, twitter=twitter, twitter_card=twitter_card, base_url=base_url,
                      body=response._og_body())
