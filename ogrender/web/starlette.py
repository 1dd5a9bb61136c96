"""``ImageResponse`` for Starlette and FastAPI: a ``starlette.responses.Response`` that renders.

    from fastapi import FastAPI
    from ogrender.web.fastapi import ImageResponse

    app = FastAPI()

    @app.get("/og", response_class=ImageResponse)   # response_class: documents image/png in OpenAPI
    def og(title: str = "Hello"):
        return ImageResponse(h("div", {...}, title), width=1200, height=630)

Same arguments as :class:`ogrender.ImageResponse`. ``.status_code``, ``.headers`` (Starlette's
case-insensitive ``MutableHeaders``), ``.body``, ``.background`` behave as for any Starlette response;
``.status``, ``.status_text``, ``.etag``, ``.format``, ``.width``, ``.height`` as for the core class. A
``GET``/``HEAD`` with a matching ``If-None-Match`` gets ``304 Not Modified`` and no body (background tasks
still run).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .. import response as core
from ..errors import RenderError
from .asgi import _send, request_header


class ImageResponse(core.ImageResponse, Response):
    media_type = "image/png"  # the default format's type, shown by FastAPI's OpenAPI for response_class

    def __init__(self, element: Any, *args: Any, status_code: int = 200, **kwargs: Any):
        """As :class:`ogrender.ImageResponse`; ``status_code`` is Starlette's name for ``status`` (FastAPI
        also reads its default for the OpenAPI schema)."""
        if status_code != 200:
            if kwargs.get("status", 200) not in (200, status_code) or len(args) >= 6:
                raise RenderError("give status or status_code, not both", prop="status")
            kwargs["status"] = status_code
        core.ImageResponse.__init__(self, element, *args, **kwargs)

    def _og_adopt(self, body, status, status_text, headers):
        Response.__init__(self, content=body, status_code=status, headers=headers,
                          media_type=headers["content-type"])
        self.status = status
        self.status_text = status_text

    def _og_status(self) -> int:
        return self.status_code

    def _og_headers(self):
        return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in self.raw_headers]

    async def __call__(self, scope, receive, send) -> None:
        method = scope.get("method", "GET")
        if_none_match = request_header(scope, b"if-none-match")
        if scope["type"] == "http" and (method == "HEAD" or (method == "GET" and self.not_modified(if_none_match))):
            status, _, headers, body = self.for_request(method, if_none_match)
            await _send(send, status, headers, body)
            if self.background is not None:
                await self.background()
            return
        await Response.__call__(self, scope, receive, send)


__all__ = ["ImageResponse"]
