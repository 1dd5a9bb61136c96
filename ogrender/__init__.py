"""ogrender: render an HTML/JSX-like element tree with inline CSS to an image, as Satori + resvg do
behind Next.js ``ImageResponse``, in Python.

>>> from ogrender import render, h
>>> png = render(h("div", {"style": {"width": "100%", "height": "100%", "background": "white"}}, "Hi"))
"""

from .api import layout, render
from .batch import render_many
from .errors import (FetchError, FontError, ImageError, LimitError, OgRenderWarning, RenderError, StyleError,
                     StyleWarning, TextWarning, TreeError)
from .fetch import FetchPolicy
from .fonts import Font
from .limits import Limits
from .response import ImageResponse
from .tree import h

__version__ = "0.1.0"

__all__ = ["render", "render_many", "layout", "Font", "ImageResponse", "h", "Limits", "FetchPolicy", "RenderError",
           "TreeError", "StyleError", "FontError", "ImageError", "FetchError", "LimitError", "OgRenderWarning",
           "StyleWarning", "TextWarning"]
