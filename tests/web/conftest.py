"""Framework set-up shared by the adapter tests: Django settings (configured once per process, before any
Django import that needs them) and small helpers."""

from __future__ import annotations

import django
from django.conf import settings

if not settings.configured:
    settings.configure(DEBUG=False, SECRET_KEY="ogrender-tests", ALLOWED_HOSTS=["testserver"],
                       ROOT_URLCONF="tests.web.django_urls", MIDDLEWARE=[], INSTALLED_APPS=[],
                       USE_TZ=True)
    django.setup()
