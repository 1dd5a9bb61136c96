"""``load_additional_asset``: Satori's ``loadAdditionalAsset`` hook, asked for the text no font covers.

In: the (text, lang) pieces of a paragraph and the render's :class:`~ogrender.text.FontSet` (whose
``asset_hook`` is the user's ``callable(code, segment)``). Out: nothing; the fonts the hook returns are added
to the set (tried after the caller's fonts) and the images it returns become grapheme images of the render
(:mod:`ogrender.emoji`), before the paragraph is itemized.

As Satori (``satori.ts``, ``language.ts``): the grapheme clusters that no font has (every code point but
joiners, variation selectors and tags), that are not drawn as pictures already (a grapheme image, or an emoji
of the set in use), and are not white space, are grouped by :func:`language_code` (``"emoji"``, ``"symbol"``,
``"math"``, ``"ja-JP"``, ``"ko-KR"``, ``"zh-CN"``, ... joined with ``|`` when several languages write the
character, the element's ``lang`` first; ``"unknown"`` else). The hook is called once per emoji grapheme
with code ``"emoji"``, and once per other code with all its graphemes joined; each (code, segment) once per
render. It may return a font (``bytes``, a :class:`~ogrender.Font`, a Satori font dict ``{name, data, weight,
style}``) or a list of them, an image source string (a ``data:`` URL, or what ``<img src>`` takes) that
draws the segment as a picture, or None.

Deviation: Satori gathers the missing graphemes of the whole tree before one round of calls; ogrender asks
per paragraph (a tree with two paragraphs of Japanese makes two ``"ja-JP"`` calls, each with its own
characters). A hook that raises, or returns something else, is a :class:`~ogrender.errors.RenderError`
naming ``load_additional_asset``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

import regex

from ..errors import FontError, RenderError
from .linebreak import GRAPHEME

_PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}")
# Satori's language.ts: special codes first, then the languages (all that match, the element's first)
_SPECIAL = (("symbol", regex.compile(r"\p{Symbol}")), ("math", regex.compile(r"\p{Math}")))
_LANGUAGES = (
    ("ja-JP", regex.compile(r"\p{scx=Hira}|\p{scx=Kana}|\p{scx=Han}|[\u3000]|[\uFF00-\uFFEF]")),
    ("ko-KR", regex.compile(r"\p{scx=Hangul}")),
    ("zh-CN", regex.compile(r"\p{scx=Han}")),
    ("zh-TW", regex.compile(r"\p{scx=Han}")),
    ("zh-HK", regex.compile(r"\p{scx=Han}")),
    ("th-TH", regex.compile(r"\p{scx=Thai}")),
    ("bn-IN", regex.compile(r"\p{scx=Bengali}")),
    ("ar-AR", regex.compile(r"\p{scx=Arabic}")),
    ("ta-IN", regex.compile(r"\p{scx=Tamil}")),
    ("ml-IN", regex.compile(r"\p{scx=Malayalam}")),
    ("he-IL", regex.compile(r"\p{scx=Hebrew}")),
    ("te-IN", regex.compile(r"\p{scx=Telugu}")),
    ("devanagari", regex.compile(r"\p{scx=Devanagari}")),
    ("kannada", regex.compile(r"\p{scx=Kannada}")),
)
_LOCALES = tuple(code for code, _ in _LANGUAGES)
_IGNORED = frozenset((0x200C, 0x200D, 0x20E3)) | frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0xE0020, 0xE0080))


def normal_locale(lang: str | None) -> str | None:
    """Satori's ``normalizeLocale``: the first of its language codes that starts with ``lang``
    (``"ja"`` -> ``"ja-JP"``, ``"zh-TW"`` -> ``"zh-TW"``), or None."""
    if not lang:
        return None
    lang = lang.lower()
    return next((code for code in _LOCALES if code.lower().startswith(lang)), None)


def language_code(segment: str, lang: str | None = None) -> str:
    """The code ``load_additional_asset`` gets for a grapheme (Satori's ``detectLanguageCode(...)
    .join('|')``)."""
    from ..emoji import is_emoji

    if is_emoji(segment) or (_PICTOGRAPHIC.match(segment) and "\ufe0e" not in segment
                             and unicodedata.category(segment[0]) == "So"):
        return "emoji"
    for code, pattern in _SPECIAL:
        if pattern.search(segment):
            return code
    found = [code for code, pattern in _LANGUAGES if pattern.search(segment)]
    if not found:
        return "unknown"
    locale = normal_locale(lang)
    if locale in found:
        found.remove(locale)
        found.insert(0, locale)
    return "|".join(found)


def _missing(fonts, text: str, pictured) -> list[str]:
    out = []
    for m in GRAPHEME.finditer(text):
        g = m.group()
        if g.isspace() or m.start() in pictured:
            continue
        points = [ord(c) for c in g if ord(c) not in _IGNORED and unicodedata.category(c) not in ("Cc", "Cf")]
        if points and not all(fonts.covers(cp) for cp in points):
            out.append(g)
    return out


def _as_fonts(result, code: str) -> list:
    from ..fonts import Font, _as_font

    items = result if isinstance(result, (list, tuple)) else [result]
    out = []
    for item in items:
        if isinstance(item, (bytes, bytearray, memoryview)):
            item = Font(f"ogrender asset {code}", bytes(item))
        elif isinstance(item, Mapping) or isinstance(item, Font):
            item = _as_font(item)
        else:
            raise RenderError(f"load_additional_asset({code!r}, ...) must return font data (bytes, a Font, a font "
                              f"dict or a list of them), an image source string or None, not "
                              f"{type(item).__name__}", prop="load_additional_asset")
        out.append(item)
    return out


def request_assets(fonts, pieces, path: str | None = None) -> None:
    """Call ``fonts.asset_hook`` for what no font covers in ``pieces`` (see the module docstring)."""
    from .. import emoji
    from ..fonts import font_entry

    hook = fonts.asset_hook
    grouped: dict[str, list[str]] = {}
    for text, lang in pieces:
        if not text or text.isascii() and all(fonts.covers(ord(c)) for c in set(text) if not c.isspace()):
            continue
        pictured = emoji.pictures_in(text, path)
        covered = {i for s, (e, _) in pictured.items() for i in range(s, e)}
        for g in _missing(fonts, text, covered):
            code = language_code(g, lang)
            bucket = grouped.setdefault(code, [])
            if g not in bucket:
                bucket.append(g)
    pictures = emoji.pictures()
    for code, graphemes in grouped.items():
        segments = graphemes if code == "emoji" else ["".join(graphemes)]
        for segment in segments:
            if (code, segment) in fonts.asked:
                continue
            try:
                result = hook(code, segment)
            except RenderError:
                raise
            except Exception as exc:  # noqa: BLE001 - the user's hook failed: say so, with its message
                raise RenderError(f"load_additional_asset({code!r}, {segment!r}) raised "
                                  f"{type(exc).__name__}: {exc}", path=path, prop="load_additional_asset") from exc
            fonts.asked[(code, segment)] = result
            if result is None or result == [] or result == "":
                continue
            if isinstance(result, str):
                pictures.add(segment, result)
                continue
            for font in _as_fonts(result, code):
                try:
                    entry = font_entry(font)  # (a variable font bound to its weight, as fonts= does)
                except FontError as exc:
                    raise FontError(f"the font load_additional_asset({code!r}, ...) returned: {exc.message}",
                                    path=path, prop="load_additional_asset") from None
                fonts.add(entry)
