"""ASGI: an :class:`~ogrender.ImageResponse` sent over ASGI, and ``image_app(handler)``, a whole ASGI
application (for uvicorn, hypercorn, daphne, or mounting in any ASGI framework).

Standard library only. ASGI has no reason phrase, so ``status_text`` is not sent here.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qsl

from ..errors import RenderError
from ..response import dev_mode
from . import BadRequest

log = logging.getLogger("ogrender.web")


def request_header(scope: dict, name: bytes) -> str | None:
    """A request header from an ASGI scope (repeated headers joined with ``, ``), or None."""
    values = [v.decode("latin-1") for k, v in scope.get("headers") or () if k.lower() == name]
    return ", ".join(values) if values else None


async def _lifespan(receive, send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _send(send, status: int, headers, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]})
    await send({"type": "http.response.body", "body": body})


async def send_image(response, scope: dict, receive, send) -> None:
    """Send ``response`` for the request in ``scope`` (304 for a matching ``If-None-Match``)."""
    if scope["type"] == "lifespan":
        return await _lifespan(receive, send)
    if scope["type"] != "http":
        raise RenderError(f"an ImageResponse answers HTTP requests, not {scope['type']!r}")
    status, _, headers, body = response.for_request(scope.get("method", "GET"),
                                                    request_header(scope, b"if-none-match"))
    await _send(send, status, headers, body)


async def _text(send, status: int, message: str, extra=()) -> None:
    body = message.encode("utf-8")
    await _send(send, status, [("content-type", "text/plain; charset=utf-8"),
                               ("content-length", str(len(body))), *extra], body)


Handler = Callable[[dict], Any]


def image_app(handler: Handler) -> Callable[[dict, Any, Any], Awaitable[None]]:
    """An ASGI application that answers ``GET``/``HEAD`` with ``handler(params)``.

    ``params`` is a dict of the query parameters (the last value wins). ``handler`` (a function or a
    coroutine function) returns an :class:`~ogrender.ImageResponse`. It raises
    :class:`ogrender.web.BadRequest` for bad parameters (the client gets ``400`` and the message); a
    :class:`~ogrender.RenderError` gives ``500`` (with the message in development mode). A plain function
    runs in a worker thread, so rendering does not block the event loop.
    """

    async def app(scope: dict, receive, send) -> None:
        if scope["type"] == "lifespan":
            return await _lifespan(receive, send)
        if scope["type"] != "http":
            return
        method = scope.get("method", "GET")
        if method not in ("GET", "HEAD"):
            return await _text(send, 405, "method not allowed", [("allow", "GET, HEAD")])
        params = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        try:
            if inspect.iscoroutinefunction(handler):
                response = await handler(params)
            else:
                response = await asyncio.to_thread(handler, params)
        except BadRequest as exc:
            return await _text(send, 400, str(exc))
        except RenderError as exc:
            log.error("ogrender: could not render %s: %s", scope.get("path"), exc)
            return await _text(send, 500, f"could not render the image: {exc}" if dev_mode() else
                               "could not render the image")
        await send_image(response, scope, receive, send)

    return app


__all__ = ["image_app", "send_image", "request_header"]
