"""The emoji packer's SVG minifier (tools/pack_emoji.py ``minify_svg``): shorter, and the same picture."""

import numpy as np
import skia

from tools.pack_emoji import minify_svg

# in the manner of Fluent Emoji Color's files: random ids referenced by url() and href, a Figma inner-shadow
# filter whose results carry the node id, a colour matrix with 6 decimals
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 32 32">'
       '<defs><radialGradient id="iuezoob" cx="0" cy="0" r="1" gradientUnits="userSpaceOnUse" '
       'gradientTransform="rotate(132.839 10.786 10.065)scale(17.5033)"><stop stop-color="#FFF478"/>'
       '<stop offset=".475" stop-color="#FFB02E"/><stop offset="1" stop-color="#F70A8D"/></radialGradient>'
       '<path id="iQ7xkP2" d="M15.999 29.998c9.334 0 13.999-6.268 13.999-14c0-7.73-4.665-13.998-14-13.998'
       'C6.665 2 2 8.268 2 15.999s4.664 13.999 13.999 13.999"/>'
       '<filter id="iSNm8Ne" width="30" height="30" x="1" y="1" color-interpolation-filters="sRGB" '
       'filterUnits="userSpaceOnUse"><feFlood flood-opacity="0" result="BackgroundImageFix"/>'
       '<feBlend in="SourceGraphic" in2="BackgroundImageFix" result="shape"/>'
       '<feColorMatrix in="SourceAlpha" result="hardAlpha" values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 127 0"/>'
       '<feOffset dx="1" dy="-1"/><feGaussianBlur stdDeviation="1"/>'
       '<feComposite in2="hardAlpha" k2="-1" k3="1" operator="arithmetic"/>'
       '<feColorMatrix values="0 0 0 0 0.917647 0 0 0 0 0.486275 0 0 0 0 0.435294 0 0 0 1 0"/>'
       '<feBlend in2="shape" result="effect1_innerShadow_18_2574"/></filter></defs>'
       '<g filter="url(#iSNm8Ne)"><use xlink:href="#iQ7xkP2" fill="url(#iuezoob)"/></g></svg>')


def _pixels(svg: str, size: int = 128) -> np.ndarray:
    dom = skia.SVGDOM.MakeFromStream(skia.MemoryStream(svg.encode(), True))
    dom.setContainerSize(skia.Size(size, size))
    surface = skia.Surface(size, size)
    surface.getCanvas().clear(skia.ColorWHITE)
    dom.render(surface.getCanvas())
    return surface.makeImageSnapshot().toarray()[..., :3].astype(int)


def test_minified_svg_is_shorter_and_draws_the_same():
    small = minify_svg(SVG)
    assert 'id="a"' in small and "url(#a)" in small and 'href="#b"' in small and "url(#c)" in small
    assert "iuezoob" not in small and "_18_2574" not in small and "0.918" in small and "0.917647" not in small
    assert len(small) < len(SVG)
    before, after = _pixels(SVG), _pixels(small)
    assert (before != 255).any()  # the picture is drawn
    assert np.abs(before - after).max() <= 2


def test_colliding_figma_names_are_kept():
    svg = ('<filter id="f"><feBlend result="effect1_dropShadow_1_2"/><feBlend in="effect1_dropShadow_1_2" '
           'result="effect1_dropShadow_3_4"/></filter>')
    assert "effect1_dropShadow_1_2" in minify_svg(svg) and "effect1_dropShadow_3_4" in minify_svg(svg)
