"""URLs of the Django adapter tests (ROOT_URLCONF in conftest)."""

from django.http import HttpResponseBadRequest
from django.urls import path

from ogrender.web.django import ImageResponse
from tests.web.clients import CARD, H, W


def card(request):
    fmt = request.GET.get("format", "png")
    return ImageResponse(CARD, width=W, height=H, format=fmt, request=request)


def no_request(request):
    return ImageResponse(CARD, width=W, height=H)


def teapot(request):
    return ImageResponse(CARD, width=W, height=H, status=418, status_text="Short And Stout",
                         headers={"X-Card": "1", "Cache-Control": "private, max-age=60"}, request=request)


def dev(request):
    return ImageResponse(CARD, width=W, height=H, dev=True, request=request)


def bad(request):
    return HttpResponseBadRequest("no")


urlpatterns = [path("card", card), path("no-request", no_request), path("teapot", teapot), path("dev", dev),
               path("bad", bad)]
