"""``ImageResponse`` for Django: a ``django.http.HttpResponse`` that renders.

    from ogrender.web.django import ImageResponse

    def og(request):
        return ImageResponse(card(request.GET.get("title", "")), request=request, cache=True)

Same arguments as :class:`ogrender.ImageResponse`, plus ``request``: when given, a ``GET``/``HEAD`` whose
``If-None-Match`` matches the ETag gets ``304 Not Modified`` with no body and no content headers. (Without
``request``, Django's own ``ConditionalGetMiddleware`` does the same from the ``ETag`` header.)
``status_text`` becomes the reason phrase. ``.status_code``, ``.headers``, ``.content`` behave as for any
``HttpResponse``; ``.body``, ``.status``, ``.etag``, ``.format``, ``.width``, ``.height`` as for the core
class.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse

from .. import response as core


class ImageResponse(core.ImageResponse, HttpResponse):
    def __init__(self, element: Any, *args: Any, request: Any = None, **kwargs: Any):
        self._og_request = request
        core.ImageResponse.__init__(self, element, *args, **kwargs)

    def _og_adopt(self, body, status, status_text, headers):
        HttpResponse.__init__(self, content=body, status=status, reason=status_text,
                              content_type=headers["content-type"])
        for name, value in headers.items():
            self.headers[name] = value
        self.body = body
        self.status = status
        self.status_text = status_text
        request = self._og_request
        if request is not None and request.method in ("GET", "HEAD") and \
                self.not_modified(request.headers.get("If-None-Match")):
            self._og_not_modified()

    def _og_not_modified(self) -> None:
        self.status_code = 304
        self.reason_phrase = "Not Modified"
        self.content = b""
        self.body = b""
        for name in core._ENTITY_HEADERS:
            if name in self.headers:
                del self.headers[name]

    def _og_status(self) -> int:
        return self.status_code

    def _og_body(self) -> bytes:
        return self.content

    def _og_headers(self):
        return list(self.headers.items())


__all__ = ["ImageResponse"]
