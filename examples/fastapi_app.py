"""A FastAPI app serving Open Graph cards: ``GET /api/og?type=blog&title=...&author=...``.

    pip install 'ogrender[fastapi]'
    uvicorn examples.fastapi_app:app            # from the repository root
    curl -o card.png 'http://127.0.0.1:8000/api/og?title=Hello&author=Ada'

``type`` picks the template (blog, product, profile; default blog); an unknown one gets 400. Rendered cards
are kept in an in-memory LRU cache, so a repeated request renders nothing; a browser or CDN that sends the
ETag back gets 304. ``/posts/{slug}`` is a page whose <head> carries the og:image / twitter:image tags.
"""

from html import escape
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse

from ogrender.cache import ImageCache
from ogrender.metadata import image_tags, to_html
from ogrender.web.fastapi import ImageResponse

try:
    from examples.og_cards import FONTS, SIZE, UnknownCard, card
except ImportError:  # run as a script from examples/
    from og_cards import FONTS, SIZE, UnknownCard, card

app = FastAPI(title="ogrender example")
cache = ImageCache(max_entries=512, max_bytes=128 * 1024 * 1024)


@app.get("/api/og", response_class=ImageResponse)
def og(title: str = "Hello from ogrender", author: str = "", type: str = "blog", price: str = ""):
    try:
        element = card(type, {"title": title, "author": author, "price": price})
    except UnknownCard as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None
    return ImageResponse(element, **SIZE, fonts=FONTS, cache=cache)


@app.get("/posts/{slug}", response_class=HTMLResponse)
def post(slug: str, request: Request):
    title = slug.replace("-", " ").capitalize()
    image_url = str(request.url_for("og")) + "?" + urlencode({"title": title, "author": "Ada"})
    tags = to_html(image_tags(image_url, alt=title, size=SIZE))
    return f"<!doctype html><html><head><title>{escape(title)}</title>\n{tags}\n</head>" \
           f"<body><h1>{escape(title)}</h1></body></html>"


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=8000)
