"""The same card endpoint in Flask: ``GET /api/og?type=blog&title=...&author=...`` (400 for an unknown type).

    pip install 'ogrender[flask]'
    flask --app examples/flask_app.py run
"""

from flask import Flask, request

from ogrender.cache import ImageCache
from ogrender.web.flask import ImageResponse

try:
    from examples.og_cards import FONTS, SIZE, UnknownCard, card
except ImportError:  # run from examples/ or by file path
    from og_cards import FONTS, SIZE, UnknownCard, card

app = Flask(__name__)
cache = ImageCache(max_entries=512, max_bytes=128 * 1024 * 1024)


@app.get("/api/og")
def og():
    try:
        element = card(request.args.get("type", "blog"), request.args)
    except UnknownCard as exc:
        return str(exc), 400, {"Content-Type": "text/plain; charset=utf-8"}
    return ImageResponse(element, **SIZE, fonts=FONTS, cache=cache)


if __name__ == "__main__":
    app.run(port=8000)
