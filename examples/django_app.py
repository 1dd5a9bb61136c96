"""The same card endpoint as a Django view, in one file: ``GET /api/og?type=blog&title=...&author=...``
(400 for an unknown type).

    pip install 'ogrender[django]'
    python examples/django_app.py runserver 8000

In a real project, ``og`` goes in a views.py and ``urlpatterns`` in urls.py; nothing else is needed (no app
to install, no middleware: a matching If-None-Match gets 304 through ``request=request``).
"""

import sys

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.urls import path

if not settings.configured:  # run as a script; under a project, its settings are used
    settings.configure(DEBUG=False, ROOT_URLCONF=__name__, ALLOWED_HOSTS=["127.0.0.1", "localhost", "testserver"],
                       SECRET_KEY="example-only", MIDDLEWARE=[], INSTALLED_APPS=[])

from ogrender.cache import ImageCache  # noqa: E402
from ogrender.web.django import ImageResponse  # noqa: E402

try:
    from examples.og_cards import FONTS, SIZE, UnknownCard, card
except ImportError:  # run from examples/ or by file path
    from og_cards import FONTS, SIZE, UnknownCard, card

cache = ImageCache(max_entries=512, max_bytes=128 * 1024 * 1024)


def og(request):
    try:
        element = card(request.GET.get("type", "blog"), request.GET)
    except UnknownCard as exc:
        return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")
    return ImageResponse(element, **SIZE, fonts=FONTS, cache=cache, request=request)


urlpatterns = [path("api/og", og, name="og")]

if __name__ == "__main__":
    import django
    from django.core.management import execute_from_command_line

    django.setup()
    execute_from_command_line(sys.argv)
