"""``ImageResponse`` for FastAPI: the Starlette one (:mod:`ogrender.web.starlette`), which FastAPI returns
from a route as it is.

    from ogrender.web.fastapi import ImageResponse

    @app.get("/api/og", response_class=ImageResponse)
    def og(title: str):
        return ImageResponse(card(title), cache=True)
"""

from .starlette import ImageResponse

__all__ = ["ImageResponse"]
