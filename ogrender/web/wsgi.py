"""WSGI: an :class:`~ogrender.ImageResponse` sent over WSGI, and ``image_app(handler)``, a whole WSGI
application (for gunicorn, uWSGI, waitress, ``wsgiref``, or mounting in any WSGI framework).

Standard library only.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Iterable
from urllib.parse import parse_qsl

from ..errors import RenderError
from ..response import dev_mode
from . import BadRequest

log = logging.getLogger("ogrender.web")


def send_image(response, environ: dict, start_response) -> Iterable[bytes]:
    """Send ``response`` for the request in ``environ`` (304 for a matching ``If-None-Match``)."""
    status, reason, headers, body = response.for_request(environ.get("REQUEST_METHOD", "GET"),
                                                         environ.get("HTTP_IF_NONE_MATCH"))
    start_response(f"{status} {reason}".rstrip(), [(k, v) for k, v in headers])
    return [body]


def _text(start_response, status: str, message: str, extra=()) -> list[bytes]:
    body = message.encode("utf-8")
    start_response(status, [("content-type", "text/plain; charset=utf-8"), ("content-length", str(len(body))),
                            *extra])
    return [body]


def image_app(handler: Callable[[dict], Any]) -> Callable[[dict, Any], Iterable[bytes]]:
    """A WSGI application that answers ``GET``/``HEAD`` with ``handler(params)``.

    ``params`` is a dict of the query parameters (the last value wins); ``handler`` returns an
    :class:`~ogrender.ImageResponse`, raises :class:`ogrender.web.BadRequest` for ``400``; a
    :class:`~ogrender.RenderError` gives ``500`` (with the message in development mode).
    """

    def app(environ: dict, start_response) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "HEAD"):
            return _text(start_response, "405 Method Not Allowed", "method not allowed", [("allow", "GET, HEAD")])
        query = environ.get("QUERY_STRING", "")
        # PEP 3333: the query string is a latin-1 "native string"; percent-escapes are UTF-8.
        params = dict(parse_qsl(query, keep_blank_values=True))
        try:
            response = handler(params)
        except BadRequest as exc:
            return _text(start_response, "400 Bad Request", str(exc))
        except RenderError as exc:
            log.error("ogrender: could not render %s: %s", environ.get("PATH_INFO"), exc)
            return _text(start_response, "500 Internal Server Error",
                         f"could not render the image: {exc}" if dev_mode() else "could not render the image")
        return send_image(response, environ, start_response)

    return app


__all__ = ["image_app", "send_image"]
