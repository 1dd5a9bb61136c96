"""Images: image sources -> decoded :class:`ImageData` (natural size, kind, pixels or SVG markup).

In: the ``src`` of an ``<img>`` (or a ``url()`` of ``background-image``): a ``data:`` URL (base64 or
percent-encoded, e.g. ``data:image/svg+xml,%3Csvg...``), raw ``bytes``, or a local file path (resolved
against the ``base_dir`` render option; with ``base_dir`` given, a path outside it is refused). Remote
``http(s)`` URLs are fetched only when the render's ``fetch=FetchPolicy(allow=True)`` enables them (see
:mod:`ogrender.fetch`: public addresses only unless allowed, timeouts, byte, redirect and time caps);
otherwise they raise :class:`FetchError`, an :class:`ImageError`.
Out: :class:`ImageData` -- a raster image as an RGBA ``numpy`` array (PNG, JPEG, GIF first frame, WebP,
AVIF when Pillow has it, BMP...; EXIF orientation applied and an embedded ICC profile converted to sRGB, as
Chromium does; decoded by Pillow) or an SVG kept as normalised markup (drawn as vectors by paint with
``skia.SVGDOM``; see :mod:`ogrender.images.svg` for its safety rules).

Errors (decided here, for every caller): an image that cannot be read or decoded -- a missing file, a
truncated or unknown format, bad SVG -- raises :class:`ImageError`; one over a limit (bytes
:data:`MAX_BYTES`, decoded pixels :data:`MAX_PIXELS`, which stops decompression bombs before decoding)
raises :class:`LimitError`. Both name the node path and the attribute, and quote the start of ``src``.
An ``<img>`` without ``src`` is an empty replaced box (as a browser shows an image without a source).

Decoding happens once per content: results are cached by SHA-256 of the bytes (bounded: :data:`CACHE_ITEMS`
entries and :data:`CACHE_BYTES` of decoded pixels, paint's drawing copies included).
"""

from __future__ import annotations

import base64
import contextlib
import contextvars
import hashlib
import io
import os
import threading
import urllib.parse
from collections import OrderedDict
from pathlib import Path

import numpy as np

from ..errors import FetchError, ImageError, LimitError
from ..limits import DEFAULT_LIMITS

__all__ = ["ImageData", "EMPTY", "load_image", "svg_element_image", "image_options", "MAX_BYTES", "MAX_PIXELS"]

MAX_BYTES = DEFAULT_LIMITS.max_image_bytes    # encoded image bytes (Limits.max_image_bytes)
MAX_PIXELS = DEFAULT_LIMITS.max_image_pixels  # decoded pixels of a raster image (Limits.max_image_pixels)
CACHE_ITEMS = 128
CACHE_BYTES = 256 * 1024 * 1024


class ImageData:
    """A decoded image. ``kind`` is ``"raster"`` or ``"svg"``; ``width`` / ``height`` the natural size in
    px (None when the image has none: an SVG without width / height); ``ratio`` the natural aspect ratio
    (width / height, or None); ``pixels`` an (h, w, 4) uint8 RGBA array (unpremultiplied) for a raster;
    ``svg`` the normalised SVG bytes for an SVG. ``drawable`` is paint's cache of its drawing object."""

    __slots__ = ("kind", "width", "height", "ratio", "pixels", "svg", "key", "drawable", "unsupported",
                 "__weakref__")

    def __init__(self, kind: str, width, height, ratio, pixels=None, svg: bytes | None = None, key: str = ""):
        self.kind = kind
        self.width = width
        self.height = height
        self.ratio = ratio
        self.pixels = pixels
        self.svg = svg
        self.key = key
        self.drawable = None
        self.unsupported = ()  # parts that will not be drawn: warned about on every load

    def __repr__(self) -> str:
        return f"<ImageData {self.kind} {self.width}x{self.height}>"


EMPTY = ImageData("none", 0.0, 0.0, None)  # an <img> without src: an empty replaced box, nothing drawn


# -- options of the current render ---------------------------------------------------------------------

class _Options:
    __slots__ = ("base_dir", "max_bytes", "max_pixels", "fetch", "fetch_time", "fetch_spent", "fetched")

    def __init__(self, base_dir=None, max_bytes=MAX_BYTES, max_pixels=MAX_PIXELS, fetch=None,
                 fetch_time=DEFAULT_LIMITS.max_fetch_time):
        self.base_dir = base_dir
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels
        self.fetch = fetch              # the render's FetchPolicy, or None (remote images refused)
        self.fetch_time = fetch_time    # seconds all the fetches of the render may take
        self.fetch_spent = 0.0
        self.fetched = {}               # url -> (bytes, content type): a URL is fetched once per render


_OPTIONS: contextvars.ContextVar[_Options] = contextvars.ContextVar("ogrender_image_options", default=_Options())


@contextlib.contextmanager
def image_options(base_dir=None, max_bytes: int | None = None, max_pixels: int | None = None, fetch=None,
                  fetch_time: float | None = None):
    """Set the image options of the renders inside the ``with`` block (``render()`` and ``layout()`` do
    this with their ``base_dir``, ``limits`` and ``fetch`` options)."""
    from ..fetch import FetchPolicy
    if fetch is not None and not isinstance(fetch, FetchPolicy):
        from ..errors import RenderError
        raise RenderError(f"fetch must be a FetchPolicy or None, not {type(fetch).__name__}", prop="fetch")
    base = None if base_dir is None else Path(base_dir).resolve()
    token = _OPTIONS.set(_Options(base, max_bytes or MAX_BYTES, max_pixels or MAX_PIXELS, fetch,
                                  DEFAULT_LIMITS.max_fetch_time if fetch_time is None else fetch_time))
    try:
        yield
    finally:
        _OPTIONS.reset(token)


# -- sources -------------------------------------------------------------------------------------------

def _describe(src) -> str:
    if isinstance(src, (bytes, bytearray, memoryview)):
        return f"<{len(src)} bytes>"
    text = str(src)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _read_data_url(url: str, fail, max_bytes: int) -> tuple[bytes, str]:
    head, comma, body = url.partition(",")
    if not comma:
        fail("a data: URL needs a comma before its data")
    params = [p.strip() for p in head[5:].split(";")]
    mime = params[0].lower() if params else ""
    is_b64 = any(p.lower() == "base64" for p in params[1:])
    if len(body) > (max_bytes * 4) // 3 + 4096 + (2 * max_bytes if not is_b64 else 0):
        raise LimitError(f"the image is larger than {max_bytes} bytes", path=_ctx_path.get(), prop=_ctx_prop.get())
    if is_b64:
        raw = urllib.parse.unquote(body)
        raw = "".join(raw.split())
        raw += "=" * (-len(raw) % 4)
        try:
            data = base64.b64decode(raw, altchars=b"-_" if ("-" in raw or "_" in raw) else None, validate=True)
        except (ValueError, TypeError):
            fail("the base64 data of the data: URL is invalid")
    else:
        data = urllib.parse.unquote_to_bytes(body)
    return data, mime


_ctx_path: contextvars.ContextVar = contextvars.ContextVar("_img_path", default=None)
_ctx_prop: contextvars.ContextVar = contextvars.ContextVar("_img_prop", default="src")


def _read_file(src: str, fail, opts: _Options) -> bytes:
    if src.startswith("file://"):
        src = urllib.parse.unquote(urllib.parse.urlparse(src).path)
    base = opts.base_dir
    if base is None:  # local files are read only under a root the caller names
        fail("local image files are read only under a folder you name: pass base_dir= to render() / "
             "layout() / ImageResponse (or give the image as bytes or a data: URL)")
    path = (base / Path(src)).resolve()
    try:
        path.relative_to(base)
    except ValueError:
        fail(f"the path is outside base_dir ({base}); only files under it may be read")
    try:
        size = path.stat().st_size
    except OSError as exc:
        fail(f"cannot read the file: {exc.strerror or exc}")
    if not path.is_file():
        fail("the path is not a file")
    if size > opts.max_bytes:
        raise LimitError(f"the image file is {size} bytes, more than the limit of {opts.max_bytes}",
                         path=_ctx_path.get(), prop=_ctx_prop.get())
    try:
        return path.read_bytes()
    except OSError as exc:
        fail(f"cannot read the file: {exc.strerror or exc}")


def _looks_like_svg(data: bytes, mime: str) -> bool:
    if "svg" in mime:
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<!--") or head.startswith(b"<!doctype svg"):
        return b"<svg" in data[:4096].lower()
    return head.startswith(b"<svg")


# -- decoding and the cache ----------------------------------------------------------------------------

_cache: OrderedDict[str, ImageData] = OrderedDict()
_cache_bytes = 0
_lock = threading.Lock()


def _cache_get(key: str) -> ImageData | None:
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
        return hit


def _size_of(image: ImageData) -> int:
    # A raster also gets paint's premultiplied copy with mipmaps (4/3 of it): count 7/3 of its pixels.
    return image.pixels.nbytes * 7 // 3 if image.pixels is not None else len(image.svg or b"")


def _cache_put(key: str, image: ImageData) -> None:
    global _cache_bytes
    with _lock:
        if key in _cache:
            return
        _cache[key] = image
        _cache_bytes += _size_of(image)
        while _cache and (len(_cache) > CACHE_ITEMS or _cache_bytes > CACHE_BYTES):
            _, old = _cache.popitem(last=False)
            _cache_bytes -= _size_of(old)


def clear_cache() -> None:
    global _cache_bytes
    with _lock:
        _cache.clear()
        _cache_bytes = 0


def _decode_raster(data: bytes, fail, max_pixels: int, key: str) -> ImageData:
    import warnings

    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            w, h = im.size
            if w * h > max_pixels:
                raise LimitError(f"the image is {w}x{h} = {w * h} pixels, more than the limit of {max_pixels} "
                                 f"(a decompression bomb?)", path=_ctx_path.get(), prop=_ctx_prop.get())
            if w == 0 or h == 0:
                fail("the image has no pixels")
            im.seek(0)  # GIF, APNG, animated WebP: the first frame
            im.load()
            orientation = im.getexif().get(0x0112, 1) if hasattr(im, "getexif") else 1
            if orientation not in (None, 1):
                im = ImageOps.exif_transpose(im)
            icc = im.info.get("icc_profile")
            if icc and im.mode in ("RGB", "RGBA", "CMYK", "L", "LA"):
                im = _to_srgb(im, icc)
            if im.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N"):  # 16-bit grey: keep the high byte
                grey = (np.asarray(im).astype(np.uint32) >> 8).clip(0, 255).astype(np.uint8)
                im = Image.fromarray(grey, "L")
            if im.mode != "RGBA":
                im = im.convert("RGBA")
            pixels = np.ascontiguousarray(np.asarray(im, dtype=np.uint8))
    except LimitError:
        raise
    except ImageError:
        raise
    except UnidentifiedImageError:
        fail("the data is not an image in a known format (PNG, JPEG, GIF, WebP, AVIF, BMP or SVG)")
    except Image.DecompressionBombError:
        raise LimitError(f"the image has more than {max_pixels} pixels (a decompression bomb?)",
                         path=_ctx_path.get(), prop=_ctx_prop.get()) from None
    except Exception as exc:  # noqa: BLE001 - OSError, SyntaxError, struct.error ... from a decoder plugin
        fail(f"the image data is truncated or corrupt ({type(exc).__name__}: {exc})")
    pixels.setflags(write=False)
    h, w = pixels.shape[:2]
    return ImageData("raster", float(w), float(h), w / h, pixels=pixels, key=key)


def _to_srgb(im, icc: bytes):
    """Convert pixels tagged with an ICC profile to sRGB, as Chromium colour-manages images (a profile
    that cannot be read is ignored, as browsers ignore it)."""
    try:
        from PIL import ImageCms
    except ImportError:  # Pillow built without littlecms: pixels taken as sRGB
        return im
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if "srgb" in (ImageCms.getProfileDescription(source) or "").lower().replace(" ", ""):
            return im  # already sRGB: nothing to do
        if im.mode == "LA":
            im = im.convert("RGBA")
        elif im.mode == "L":
            im = im.convert("RGB")
        mode = "RGBA" if im.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(im, source, _SRGB_PROFILE(), outputMode=mode)
    except Exception:  # noqa: BLE001 - a broken or unusable profile: the pixels as they are
        return im


def _SRGB_PROFILE():
    global _srgb
    if _srgb is None:
        from PIL import ImageCms
        _srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return _srgb


_srgb = None


def decode(data: bytes, mime: str = "", *, path: str | None = None, prop: str = "src", src=None) -> ImageData:
    """Decode image bytes (raster or SVG) into :class:`ImageData`, through the cache."""
    opts = _OPTIONS.get()
    shown = _describe(src if src is not None else data)

    def fail(message: str):
        raise ImageError(f"{message} (src={shown})", path=path, prop=prop)

    if len(data) > opts.max_bytes:
        raise LimitError(f"the image is {len(data)} bytes, more than the limit of {opts.max_bytes} (src={shown})",
                         path=path, prop=prop)
    if not data:
        fail("the image data is empty")
    svg = _looks_like_svg(data, mime)
    key = ("svg:" if svg else "raster:") + hashlib.sha256(data).hexdigest()
    hit = _cache_get(key)
    if hit is not None:
        if hit.kind == "raster" and hit.width * hit.height > opts.max_pixels:
            raise LimitError(f"the image has {int(hit.width * hit.height)} pixels, more than the limit of "
                             f"{opts.max_pixels} (src={shown})", path=path, prop=prop)
        _warn_unsupported(hit, path, prop)
        return hit
    tp, tr = _ctx_path.set(path), _ctx_prop.set(prop)
    try:
        if svg:
            from .svg import read_svg
            try:
                info = read_svg(data)
            except ImageError as exc:
                fail(exc.message)
            except (ValueError, UnicodeError, RecursionError) as exc:
                fail(f"the SVG cannot be read ({type(exc).__name__}: {exc})")
            image = ImageData("svg", info.width, info.height, info.ratio, svg=info.data, key=key)
            image.unsupported = info.unsupported
        else:
            image = _decode_raster(data, fail, opts.max_pixels, key)
    except LimitError as exc:
        raise LimitError(f"{exc.message} (src={shown})", path=path, prop=prop) from None
    finally:
        _ctx_path.reset(tp)
        _ctx_prop.reset(tr)
    _cache_put(key, image)
    _warn_unsupported(image, path, prop)
    return image


def _warn_unsupported(image: ImageData, path, prop) -> None:
    if image.unsupported:
        import warnings
        from ..errors import OgRenderWarning
        where = ": ".join(w for w in (path, prop) if w)
        for note in image.unsupported:
            warnings.warn(f"{where}: {note}" if where else note, OgRenderWarning, stacklevel=4)


def load_image(src, *, path: str | None = None, prop: str = "src") -> ImageData:
    """Load and decode an image source: a ``data:`` URL, ``bytes`` or a local path (see the module doc).

    ``path`` is the node path and ``prop`` the attribute or property (``"src"``, ``"background-image"``)
    named in errors. Raises :class:`ImageError` (unreadable, undecodable, remote) or :class:`LimitError`.
    The render's options (``base_dir``, limits) come from :func:`image_options`.
    """
    opts = _OPTIONS.get()
    shown = _describe(src)

    def fail(message: str):
        raise ImageError(f"{message} (src={shown})", path=path, prop=prop)

    if isinstance(src, (bytearray, memoryview)):
        src = bytes(src)
    if isinstance(src, bytes):
        return decode(src, path=path, prop=prop, src=src)
    if isinstance(src, os.PathLike):
        src = os.fspath(src)
    if not isinstance(src, str):
        fail(f"an image source must be a data: URL, bytes or a file path, not {type(src).__name__}")
    text = src.strip()
    if not text:
        fail("the image source is empty")
    lower = text[:16].lower()
    tp, tr = _ctx_path.set(path), _ctx_prop.set(prop)
    try:
        if lower.startswith("data:"):
            data, mime = _read_data_url(text, fail, opts.max_bytes)
            return decode(data, mime, path=path, prop=prop, src=src)
        if lower.startswith(("http://", "https://", "//")):
            data, mime = _read_remote(text, opts, path, prop, shown)
            return decode(data, mime, path=path, prop=prop, src=src)
        if "://" in lower and not lower.startswith("file://"):
            fail(f"unsupported URL scheme {text.split(':', 1)[0]!r}")
        data = _read_file(text, fail, opts)
        return decode(data, "svg" if text.lower().endswith(".svg") else "", path=path, prop=prop, src=src)
    finally:
        _ctx_path.reset(tp)
        _ctx_prop.reset(tr)


def _read_remote(url: str, opts: _Options, path, prop, shown) -> tuple[bytes, str]:
    def fail(message: str):
        raise FetchError(f"{message} (src={shown})", path=path, prop=prop)

    def limit(message: str):
        raise LimitError(f"{message} (src={shown})", path=path, prop=prop)

    policy = opts.fetch
    if policy is None or not policy.allow:
        fail("remote images are not enabled: http(s) URLs are fetched only with fetch=FetchPolicy(allow=True); "
             "or pass the image as bytes, a data: URL or a local path")
    if url.startswith("//"):
        fail("a protocol-relative URL (//host/...) has no scheme to fetch with; write http:// or https://")
    hit = opts.fetched.get(url)
    if hit is not None:
        return hit
    import time

    from ..fetch import fetch
    start = time.monotonic()
    try:
        result = fetch(url, policy, max_bytes=opts.max_bytes, budget=opts.fetch_time - opts.fetch_spent,
                       fail=fail, limit=limit)
    finally:
        opts.fetch_spent += time.monotonic() - start
    data = result[0]  # the format is sniffed from the bytes, as for files (the Content-Type is not trusted)
    opts.fetched[url] = (data, "")
    return data, ""


def svg_element_image(element, color_css: str) -> ImageData:
    """An inline ``<svg>`` element of the tree as an SVG image, ``currentColor`` resolved to ``color_css``."""
    from .svg import element_markup
    data = element_markup(element, color_css)
    return decode(data, "image/svg+xml", path=element.path, prop="svg", src="<inline svg>")
