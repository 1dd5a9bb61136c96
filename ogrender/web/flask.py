"""``ImageResponse`` for Flask: a ``flask.Response`` that renders.

    from ogrender.web.flask import ImageResponse

    @app.get("/og")
    def og():
        return ImageResponse(card(request.args.get("title", "")), cache=True)

Same arguments as :class:`ogrender.ImageResponse`. It is a Flask response: ``.status`` is Werkzeug's status
line (``"200 OK"``; ``status_text`` becomes its reason phrase), ``.status_code`` the number,
``.headers`` Werkzeug's ``Headers``, ``.get_data()`` the bytes (also ``.body``). A ``GET``/``HEAD`` with a
matching ``If-None-Match`` gets ``304 Not Modified`` and no body. (Returning the plain
:class:`ogrender.ImageResponse` from a view works too: Flask runs it as a WSGI application.)
"""

from __future__ import annotations

from flask import Response

from .. import response as core
from .wsgi import send_image


class ImageResponse(core.ImageResponse, Response):
    def _og_adopt(self, body, status, status_text, headers):
        Response.__init__(self, response=body, status=f"{status} {status_text}" if status_text else status,
                          headers=list(headers.items()), content_type=headers["content-type"])
        self.body = body
        self.status_text = status_text

    def _og_status(self) -> int:
        return self.status_code

    def _og_body(self) -> bytes:
        return self.get_data()

    def _og_headers(self):
        return list(self.headers.items())

    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD", "GET")
        if method in ("GET", "HEAD") and self.not_modified(environ.get("HTTP_IF_NONE_MATCH")):
            return send_image(self, environ, start_response)
        return Response.__call__(self, environ, start_response)


__all__ = ["ImageResponse"]
