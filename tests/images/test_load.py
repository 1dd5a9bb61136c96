"""Loading and decoding images: sources, formats, natural sizes, limits and hostile input."""

from __future__ import annotations

import base64
import io
import struct
import urllib.parse
import zlib

import numpy as np
import pytest
from PIL import Image

from ogrender.errors import ImageError, LimitError
from ogrender.images import EMPTY, ImageData, clear_cache, image_options, load_image


def encode(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def two_colour(w=4, h=4) -> Image.Image:
    """Left half red, right half blue."""
    im = Image.new("RGB", (w, h), (255, 0, 0))
    im.paste((0, 0, 255), (w // 2, 0, w, h))
    return im


PNG = encode(two_colour(), "PNG")
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20"/></svg>'


def test_png_bytes_decode_to_rgba_pixels():
    image = load_image(PNG)
    assert isinstance(image, ImageData)
    assert (image.kind, image.width, image.height, image.ratio) == ("raster", 4.0, 4.0, 1.0)
    assert image.pixels.shape == (4, 4, 4) and image.pixels.dtype == np.uint8
    assert image.pixels[0, 0].tolist() == [255, 0, 0, 255]
    assert image.pixels[3, 3].tolist() == [0, 0, 255, 255]


def test_data_url_base64_and_the_same_content_decodes_once():
    url = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert load_image(url) is load_image(PNG)  # cached by content
    # Whitespace and line breaks inside base64 data are allowed, as in browsers.
    wrapped = "data:image/png;base64," + "\n".join(base64.b64encode(PNG).decode()[i:i + 20]
                                                    for i in range(0, 200, 20))
    assert load_image(wrapped).width == 4


def test_percent_encoded_svg_data_url():
    url = "data:image/svg+xml," + urllib.parse.quote(SVG.decode())
    image = load_image(url)
    assert (image.kind, image.width, image.height) == ("svg", 30.0, 20.0)
    assert b'width="100%"' in image.svg and b'viewBox="0 0 30 20"' in image.svg  # normalised for drawing
    utf8 = "data:image/svg+xml;utf8," + SVG.decode().replace("#", "%23")
    assert load_image(utf8).width == 30.0


def _avif() -> list:
    from PIL import features
    return [("AVIF", {"quality": 95})] if features.check("avif") else []


@pytest.mark.parametrize("fmt, kw", [("JPEG", {"quality": 95}), ("WEBP", {"lossless": True}), ("BMP", {}),
                                     ("GIF", {}), *_avif()])
def test_raster_formats(fmt, kw):
    image = load_image(encode(two_colour(8, 6), fmt, **kw))
    assert (image.width, image.height) == (8.0, 6.0)
    left, right = image.pixels[3, 1, :3].astype(int), image.pixels[3, 6, :3].astype(int)
    assert left[0] > 200 and left[2] < 60 and right[2] > 200 and right[0] < 60


def test_gif_first_frame():
    frames = [Image.new("RGB", (5, 5), (255, 0, 0)), Image.new("RGB", (5, 5), (0, 0, 255))]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    image = load_image(buf.getvalue())
    assert image.pixels[2, 2, :3].tolist() == [255, 0, 0]


def test_exif_orientation_is_applied():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    image = load_image(encode(two_colour(40, 20), "JPEG", quality=95, exif=exif.tobytes()))
    assert (image.width, image.height) == (20.0, 40.0)
    top, bottom = image.pixels[5, 10, :3].astype(int), image.pixels[35, 10, :3].astype(int)
    assert top[0] > 200 and bottom[2] > 200  # the left (red) half is now on top


def test_local_paths_and_base_dir(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(PNG)
    (tmp_path / "secret.png").write_bytes(PNG)
    with pytest.raises(ImageError, match="only under a folder you name"):  # no base_dir: no local files
        load_image(str(tmp_path / "pics" / "a.png"))
    with image_options(base_dir=tmp_path):
        assert load_image(str(tmp_path / "pics" / "a.png")).width == 4.0  # absolute, but under the root
    with image_options(base_dir=tmp_path / "pics"):
        assert load_image("a.png").width == 4.0
        with pytest.raises(ImageError, match="outside base_dir"):
            load_image("../secret.png", path="div > img")
        with pytest.raises(ImageError, match="outside base_dir"):
            load_image(str(tmp_path / "secret.png"))
    with image_options(base_dir=tmp_path), pytest.raises(ImageError, match="cannot read the file"):
        load_image(str(tmp_path / "missing.png"))


def test_remote_urls_are_not_fetched():
    with pytest.raises(ImageError) as info:  # a FetchError
        load_image("https://example.com/a.png", path="div > img", prop="src")
    message = str(info.value)
    assert message.startswith("div > img: src: remote images are not enabled")
    assert "'https://example.com/a.png'" in message


def test_truncated_png_is_an_image_error():
    big = encode(Image.effect_noise((64, 64), 50).convert("RGB"), "PNG")
    with pytest.raises(ImageError, match="truncated or corrupt") as info:
        load_image(big[: len(big) // 2], path="div > img")
    assert info.value.path == "div > img" and info.value.prop == "src"


def test_wrong_magic_and_empty_data():
    with pytest.raises(ImageError, match="not an image in a known format"):
        load_image(b"GIF89a-not-really" + b"\0" * 40)
    with pytest.raises(ImageError, match="empty"):
        load_image(b"")
    with pytest.raises(ImageError, match="base64"):
        load_image("data:image/png;base64,@@@@")


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG signature and IHDR claiming width x height pixels, and a tiny IDAT: a decompression bomb's
    header (decoding it would allocate width x height x 4 bytes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b"")


def test_decompression_bomb_header_is_a_limit_error_before_decoding():
    with pytest.raises(LimitError, match=r"more than 50000000 pixels") as info:
        load_image(_png_header_only(60000, 60000), path="div > img")
    assert info.value.path == "div > img"
    # Below Pillow's own bomb check, ours reports the size.
    with pytest.raises(LimitError, match=r"8000x8000 = 64000000 pixels"):
        load_image(_png_header_only(8000, 8000))


def test_byte_and_pixel_limits_are_options():
    with image_options(max_bytes=100):
        with pytest.raises(LimitError, match="more than the limit of 100"):
            load_image(encode(Image.effect_noise((32, 32), 50).convert("RGB"), "PNG"))
    with image_options(max_pixels=10):
        with pytest.raises(LimitError, match="pixels"):
            load_image(PNG)  # 16 pixels, even when already cached


def test_svg_entity_declarations_are_refused():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&c;</text></svg>')
    with pytest.raises(ImageError, match="declares XML entities") as info:
        load_image(bomb, path="img")
    assert info.value.path == "img"
    external = (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>')
    with pytest.raises(ImageError, match="entities"):
        load_image(external)


def test_svg_external_references_and_scripts_are_dropped():
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" '
           b'height="10"><script>alert(1)</script><image href="http://example.com/x.png" width="10" height="10"/>'
           b'<image xlink:href="file:///etc/passwd"/><use href="#r"/><rect id="r" onclick="x()" width="5" '
           b'height="5"/></svg>')
    image = load_image(svg)
    assert b"example.com" not in image.svg and b"/etc/passwd" not in image.svg
    assert b"script" not in image.svg and b"onclick" not in image.svg
    assert b'href="#r"' in image.svg  # same-document references stay


def test_svg_doctype_without_entities_is_accepted():
    svg = (b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' + SVG)
    assert load_image(svg).width == 30.0


@pytest.mark.parametrize("attrs, size", [
    ('width="1in" height="0.5in"', (96.0, 48.0)),
    ('width="72pt" height="2.54cm"', (96.0, 96.0)),
    ('width="2em" height="10mm"', (32.0, 96 / 2.54)),
    ('viewBox="0 0 40 10"', (None, None)),
    ('width="60" viewBox="0 0 40 10"', (60.0, 15.0)),
    ('height="20" viewBox="0 0 40 10"', (80.0, 20.0)),
    ('width="100%" height="50%" viewBox="0 0 4 2"', (None, None)),
    ("", (None, None)),
])
def test_svg_natural_size(attrs, size):
    image = load_image(f'<svg xmlns="http://www.w3.org/2000/svg" {attrs}/>'.encode())
    assert (image.width, image.height) == pytest.approx(size) if size[0] else (image.width, image.height) == size


def test_svg_natural_ratio_from_view_box():
    image = load_image(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"/>')
    assert image.ratio == 4.0
    assert load_image(b'<svg xmlns="http://www.w3.org/2000/svg"/>').ratio is None


def test_bad_svg_is_an_image_error():
    with pytest.raises(ImageError, match="not well-formed"):
        load_image(b"<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>")
    with pytest.raises(ImageError, match="not <svg>"):
        load_image("data:image/svg+xml,<html/>")


def test_bad_source_types():
    with pytest.raises(ImageError, match="not int"):
        load_image(42, path="img")
    with pytest.raises(ImageError, match="unsupported URL scheme"):
        load_image("ftp://example.com/a.png")
    assert EMPTY.kind == "none"


def test_cache_is_bounded(monkeypatch):
    import ogrender.images as images
    clear_cache()
    monkeypatch.setattr(images, "CACHE_ITEMS", 3)
    for i in range(6):
        load_image(encode(Image.new("RGB", (1, 1), (i, 0, 0)), "PNG"))
    assert len(images._cache) == 3
    clear_cache()


def test_render_and_layout_take_base_dir(tmp_path):
    from ogrender import h, layout, render
    (tmp_path / "a.png").write_bytes(PNG)
    tree = h("div", {}, h("img", {"src": "a.png", "width": 8}))
    box = layout(tree, 100, 100, base_dir=tmp_path)
    assert (box.children[0].width, box.children[0].height) == (8, 8)
    assert render(tree, 20, 20, base_dir=tmp_path)[:4] == b"\x89PNG"
    with pytest.raises(ImageError, match="outside base_dir") as info:
        layout(h("div", {}, h("img", {"src": "../a.png"})), 100, 100, base_dir=tmp_path / "sub")
    assert info.value.path == "div > img"


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "WEBP", "BMP", "SVG"])
def test_corrupted_bytes_give_an_image_or_a_documented_error(fmt):
    """Seeded byte mutations and truncations of each format: an ImageData or ImageError / LimitError,
    never another exception."""
    import random
    if fmt == "SVG":
        good = SVG
    else:
        good = encode(Image.effect_noise((16, 12), 40).convert("RGB"), fmt)
    rng = random.Random(fmt)
    for _ in range(60):
        data = bytearray(good)
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.4:
            data = data[: rng.randrange(1, len(data))]
        clear_cache()
        try:
            image = load_image(bytes(data))
        except (ImageError, LimitError):
            continue
        assert image.kind in ("raster", "svg")


def test_16_bit_grey_png_keeps_its_levels():
    levels = np.array([[0, 4096, 32768, 65535]], dtype=np.int32)
    image = load_image(encode(Image.fromarray(levels).convert("I;16"), "PNG"))
    assert image.pixels[0, :, 0].tolist() == [0, 16, 128, 255]  # value / 256
    assert image.pixels[0, :, 3].tolist() == [255] * 4


def test_palette_transparency_and_grey_alpha():
    im = Image.new("P", (2, 2))
    im.putpalette([255, 0, 0] + [0] * 765)
    assert load_image(encode(im, "PNG", transparency=0)).pixels[0, 0].tolist() == [255, 0, 0, 0]
    assert load_image(encode(Image.new("LA", (2, 2), (100, 50)), "PNG")).pixels[0, 0].tolist() == [100, 100, 100, 50]


def test_icc_profile_is_converted_to_srgb():
    # Chromium shows this Display P3 (200, 100, 50) PNG as sRGB (215, 93, 31) (screenshot, headless
    # Chromium, default and --force-color-profile=srgb alike).
    from .icc import display_p3
    tagged = encode(Image.new("RGB", (4, 4), (200, 100, 50)), "PNG", icc_profile=display_p3())
    assert load_image(tagged).pixels[1, 1].tolist() == [215, 93, 31, 255]
    broken = encode(Image.new("RGB", (4, 4), (200, 100, 50)), "PNG", icc_profile=b"not a profile")
    assert load_image(broken).pixels[1, 1].tolist() == [200, 100, 50, 255]
    srgb = encode(Image.new("RGB", (4, 4), (200, 100, 50)), "PNG", icc_profile=_srgb_icc())
    assert load_image(srgb).pixels[1, 1].tolist() == [200, 100, 50, 255]


def _srgb_icc() -> bytes:
    from PIL import ImageCms
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def test_svg_text_is_reported_as_not_drawn():
    from ogrender.errors import OgRenderWarning
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="50" height="20"><text y="15">Hi</text></svg>'
    for _ in range(2):  # warned on every load, cached or not
        with pytest.warns(OgRenderWarning, match=r"^div > img: src: SVG <text> is not drawn yet"):
            load_image(svg, path="div > img")


def test_svg_element_count_and_depth_limits():
    many = b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g/>" * 100_001 + b"</svg>"
    with pytest.raises(LimitError, match="more than 100000 elements") as info:
        load_image(many, path="div > img")
    assert info.value.path == "div > img"
    deep = b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * 300 + b"</g>" * 300 + b"</svg>"
    with pytest.raises(LimitError, match="nests elements more than 256 deep"):
        load_image(deep)
