"""Web adapters: :class:`ogrender.ImageResponse` in FastAPI / Starlette, Django, Flask, and as plain ASGI
and WSGI applications.

Each framework module is imported only when asked for (``import ogrender`` imports no framework):

- :mod:`ogrender.web.fastapi` / :mod:`ogrender.web.starlette`: ``ImageResponse``, a
  ``starlette.responses.Response`` (FastAPI returns any ``Response`` from a route as it is);
- :mod:`ogrender.web.django`: ``ImageResponse``, a ``django.http.HttpResponse``;
- :mod:`ogrender.web.flask`: ``ImageResponse``, a ``flask.Response``;
- :mod:`ogrender.web.asgi` and :mod:`ogrender.web.wsgi`: ``image_app(handler)``, a whole application
  around a function from query parameters to an ``ImageResponse``, for any ASGI or WSGI server.

All take the same arguments as :class:`ogrender.ImageResponse` (and its ``cache=``), carry the same
headers, and answer a matching ``If-None-Match`` with ``304 Not Modified`` and no body. The plain
:class:`ogrender.ImageResponse` is itself an ASGI and a WSGI application, so a Starlette route or a Flask
view may also return it directly.
"""

from __future__ import annotations

from ..errors import RenderError


class BadRequest(RenderError):
    """Raised by an ``image_app`` handler for bad query parameters: the client gets ``400`` and the
    message as plain text."""


__all__ = ["BadRequest"]
