"""Open Graph / Twitter <head> tags, as Next.js emits them for image routes, and the size limits."""

from __future__ import annotations

import jinja2
import pytest

from ogrender import ImageResponse, RenderError, h
from ogrender.metadata import (OG_MAX_BYTES, TWITTER_MAX_BYTES, ImageTooLargeError, check_image_size, image_tags,
                               response_tags, to_html)

URL = "https://acme.com/about/opengraph-image"


def test_single_image_tags_in_next_order():
    tags = image_tags(URL, alt="About Acme", size={"width": 1200, "height": 630}, content_type="image/png")
    assert to_html(tags).splitlines() == [
        '<meta property="og:image" content="https://acme.com/about/opengraph-image" />',
        '<meta property="og:image:alt" content="About Acme" />',
        '<meta property="og:image:type" content="image/png" />',
        '<meta property="og:image:width" content="1200" />',
        '<meta property="og:image:height" content="630" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        '<meta name="twitter:image" content="https://acme.com/about/opengraph-image" />',
        '<meta name="twitter:image:alt" content="About Acme" />',
        '<meta name="twitter:image:type" content="image/png" />',
        '<meta name="twitter:image:width" content="1200" />',
        '<meta name="twitter:image:height" content="630" />',
    ]
    assert tags[0].as_dict() == {"property": "og:image", "content": URL}
    assert tags[6].as_dict() == {"name": "twitter:image", "content": URL}


def test_defaults_no_alt_and_one_set_only():
    tags = image_tags(URL, og=True, twitter=False)
    assert [(t.key, t.content) for t in tags] == [("og:image", URL), ("og:image:type", "image/png"),
                                                  ("og:image:width", "1200"), ("og:image:height", "630")]
    tags = image_tags(URL, size=(800, 400), content_type="image/jpeg", og=False, twitter_card=None)
    assert [t.key for t in tags] == ["twitter:image", "twitter:image:type", "twitter:image:width",
                                     "twitter:image:height"]
    assert tags[2].content == "800"


def test_several_images_with_ids_like_generate_image_metadata():
    tags = image_tags("https://acme.com/shop/1/opengraph-image", alt="Product", size=(1200, 630), twitter=False,
                      images=[{"id": "small", "size": {"width": 600, "height": 315}, "alt": "Small product"},
                              {"id": "large", "contentType": "image/webp"},
                              {"id": 3, "url": "https://cdn.acme.com/p3.jpg", "content_type": "image/jpeg"}])
    images = [t.content for t in tags if t.key == "og:image"]
    assert images == ["https://acme.com/shop/1/opengraph-image/small", "https://acme.com/shop/1/opengraph-image/large",
                      "https://cdn.acme.com/p3.jpg"]
    grouped = [(t.key, t.content) for t in tags]
    assert grouped[:5] == [("og:image", images[0]), ("og:image:alt", "Small product"), ("og:image:type", "image/png"),
                           ("og:image:width", "600"), ("og:image:height", "315")]
    assert grouped[5:10] == [("og:image", images[1]), ("og:image:alt", "Product"), ("og:image:type", "image/webp"),
                             ("og:image:width", "1200"), ("og:image:height", "630")]
    assert ("og:image:type", "image/jpeg") in grouped[10:]


def test_base_url_and_escaping():
    tags = image_tags("/api/og?title=Tom+%26+Jerry&x=1", base_url="https://acme.com/blog/", alt='Say "hi" <b>')
    html = to_html(tags)
    assert '<meta property="og:image" content="https://acme.com/api/og?title=Tom+%26+Jerry&amp;x=1" />' in html
    assert 'content="Say &quot;hi&quot; &lt;b&gt;"' in html


def test_head_tags_are_not_escaped_twice_by_templates():
    html = to_html(image_tags(URL, alt="A & B", twitter=False))
    page = jinja2.Environment(autoescape=True).from_string("<head>{{ tags }}</head>").render(tags=html)
    assert '<meta property="og:image:alt" content="A &amp; B" />' in page


def test_size_limits():
    assert check_image_size(OG_MAX_BYTES, og=True) == OG_MAX_BYTES
    with pytest.raises(ImageTooLargeError, match=r"Open Graph image .* is 8.00 MB \(8388609 bytes\); Open Graph "
                                                 r"images must not exceed 8 MB"):
        check_image_size(OG_MAX_BYTES + 1, og=True)
    six_mb = b"\0" * (6 * 1024 * 1024)
    check_image_size(six_mb, og=True, twitter=False)
    with pytest.raises(ImageTooLargeError, match=r"Twitter images must not exceed 5 MB"):
        check_image_size(six_mb, og=True, twitter=True)
    check_image_size(TWITTER_MAX_BYTES, twitter=True)
    # through image_tags: the body is checked against both limits when both sets are asked for
    with pytest.raises(ImageTooLargeError, match="Twitter"):
        image_tags(URL, body=six_mb)
    assert image_tags(URL, body=six_mb, twitter=False)[0].content == URL
    with pytest.raises(ImageTooLargeError, match="images\\[1\\]|/big"):
        image_tags(URL, images=[{"id": "big", "body": b"\0" * (OG_MAX_BYTES + 1)}], twitter=False)
    assert issubclass(ImageTooLargeError, RenderError)


def test_response_tags():
    resp = ImageResponse(h("div", {"style": {"width": "100%", "height": "100%", "background": "white"}}),
                         width=300, height=150, format="jpeg")
    tags = response_tags(resp, URL, alt="Card")
    values = {t.key: t.content for t in tags}
    assert values["og:image:type"] == values["twitter:image:type"] == "image/jpeg"
    assert (values["og:image:width"], values["og:image:height"]) == ("300", "150")


@pytest.mark.parametrize("kwargs, message", [
    ({"size": {"width": 0, "height": 10}}, "positive whole numbers"),
    ({"size": {"w": 1}}, "size must be"),
    ({"size": "1200x630"}, "size must be"),
    ({"content_type": "text/html"}, "must be an image type"),
    ({"alt": 5}, "alt must be a string"),
    ({"images": [{"alt": "no id"}]}, "needs an 'id'"),
    ({"images": [{"id": "a"}, {"id": "a"}]}, "also the id of image 1"),
    ({"images": [{"id": "a", "colour": 1}]}, "unknown keys"),
    ({"images": {"id": "a"}}, "images must be a list"),
])
def test_bad_config_is_a_clear_error(kwargs, message):
    with pytest.raises(RenderError, match=message):
        image_tags(URL, **kwargs)
