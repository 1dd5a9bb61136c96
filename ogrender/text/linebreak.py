"""Line-break opportunities and grapheme clusters of a paragraph's text.

In: the paragraph's (white-space-processed) text and its language. Out: for each index ``i``, whether a
line may break before ``text[i]`` (:func:`break_opportunities`), and the grapheme cluster boundaries
(:func:`grapheme_boundaries`, UAX #29 with ``regex``'s ``\\X``).

Break opportunities follow Blink's line breaker, which is UAX #14 (ICU, through ``icu4py``) except for
pairs of printable ASCII characters, where Blink uses its own pair table (measured in Chromium:
``blink_ascii_breaks.txt``, regenerated with ``python tools/text_fixtures.py --ascii-table``; it breaks
after ``-`` and ``?`` before letters and digits and before opening brackets, and never after ``/``), plus
its rule for a hyphen before a digit (a break only after a letter or digit: ``1-800`` breaks, ``-5`` does
not). A run of spaces is always followed by a break opportunity. ICU works in UTF-16 code units: its
offsets are mapped back to code point indices here.

``line-break`` (CSS Text 3, 5.3) picks ICU's tailoring as Blink does (``LayoutLocale::LocaleWithBreakKeyword``):
``loose``, ``normal`` and ``strict`` add the locale keyword ``@lb=<value>`` to the language; ``auto`` adds
none to a stated language (ICU's own default for it: strict for zh, normal-like for ja) and, without a
language, breaks as ``normal`` (measured in Chromium 156: small kana and the prolonged sound mark may
start a line); ``anywhere`` makes every grapheme cluster boundary an opportunity (Blink's
``kBreakCharacter``). ``word-break: keep-all`` keeps letters and numbers together as Blink's
``ShouldKeepAfterKeepAll`` does: no break between two characters of general category L or N (a mark
stands for the character it follows) unless either is of line break class SA (Thai, Lao, Khmer,
Myanmar...: those still break by dictionary).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import unicodedata

import regex

_FIRST, _LAST = 0x21, 0x7E
_SPACES = " \t\n"


def _load_table(name: str) -> list[str]:
    path = Path(__file__).with_name(name)
    rows = [line.strip() for line in path.read_text(encoding="ascii").splitlines() if line and line[0] != "#"]
    assert len(rows) == _LAST - _FIRST + 1
    return rows


_TABLE = _load_table("blink_ascii_breaks.txt")
_TABLE_BREAK_ALL = _load_table("blink_ascii_breaks_break_all.txt")  # word-break: break-all


@lru_cache(maxsize=512)
def _icu_breaks(text: str, locale: str) -> frozenset[int]:
    """UAX #14 break positions (code point indices) from ICU."""
    try:
        from icu4py.breakers import LineBreaker
    except ImportError:  # pragma: no cover - icu4py is a declared dependency
        return frozenset(i + 1 for i, ch in enumerate(text) if ch == " ")
    # UTF-16 offset -> code point index
    units: list[int] = []
    for index, ch in enumerate(text):
        units.append(index)
        if ord(ch) > 0xFFFF:
            units.append(index)
    units.append(len(text))
    out = set()
    try:
        for _start, end in LineBreaker(text, locale or "en").segments():
            out.add(units[end] if end < len(units) else len(text))
    except Exception:  # noqa: BLE001 - a locale ICU rejects: fall back to the root rules
        for _start, end in LineBreaker(text, "en").segments():
            out.add(units[end] if end < len(units) else len(text))
    return frozenset(out)


def _ascii(ch: str) -> bool:
    return _FIRST <= ord(ch) <= _LAST


def _needs_icu(ch: str) -> bool:
    return ord(ch) > 0x7F and ch != "\u00a0"


LINE_BREAK_VALUES = ("auto", "loose", "normal", "strict", "anywhere")


def icu_locale(lang: str | None, line_break: str = "auto") -> str:
    """The ICU locale Blink breaks lines with for a language (BCP 47, or None) and a ``line-break`` value."""
    base = (lang or "").strip()
    if line_break == "strict":
        # Chromium's ICU data has no strict rules of its own for Chinese and Japanese: zh / ja@lb=strict
        # break as the root's strict rules do, without the CJ tailoring that breaks before and after
        # quotation marks between ideographs (measured in Chromium 156: 引号|“”， under normal and loose,
        # 引号“”， under strict, as ICU's en@lb=strict; elsewhere the two rule sets agree)
        return "en@lb=strict"
    if line_break in ("loose", "normal"):
        return f"{base or 'en'}@lb={line_break}"
    return base if base else "en@lb=normal"


# line break class SA (complex context: dictionary breaking), by block
_SA_RANGES = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x1950, 0x19DF), (0x19E0, 0x19FF),
              (0x1A20, 0x1AAF), (0xA9E0, 0xA9FF), (0xAA60, 0xAADF), (0x11700, 0x1174F))


def _complex(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _SA_RANGES)


def _letter_or_number(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN" and not _complex(ch)


def keep_all_blocks(text: str, i: int) -> bool:
    """``word-break: keep-all`` forbids a break before ``text[i]`` (Blink's ShouldKeepAfterKeepAll)."""
    last = text[i - 1]
    if unicodedata.category(last)[0] == "M" and i >= 2:
        last = text[i - 2]
    return _letter_or_number(last) and _letter_or_number(text[i])


def _base_before(text: str, i: int) -> str:
    """The character before text[i], looking through combining marks to their base."""
    j = i - 1
    while j > 0 and unicodedata.category(text[j])[0] == "M":
        j -= 1
    return text[j]


def _icu_breaks_with(text: str, locale: str, controls: tuple) -> frozenset[int]:
    """:func:`_icu_breaks` of ``text`` with the bidi controls ``controls`` ((index, characters) pairs,
    the characters going before text[index]) in it, as Blink's text holds them (UAX #14 classes them CM:
    a control between two Thai words joins the first, and no break falls there), as indices of ``text``:
    a break before text[i] where ICU breaks before it or before a control in front of it."""
    if not controls:
        return _icu_breaks(text, locale)
    at = dict(controls)
    pieces, where = [], []
    for i in range(len(text) + 1):
        codes = at.get(i, "")
        where.append(len(pieces))  # the first position that stands for a break before text[i]
        pieces.extend(codes)
        if i < len(text):
            pieces.append(text[i])
    breaks = _icu_breaks("".join(pieces), locale)
    out = set()
    for i in range(len(text) + 1):
        last = where[i] + len(at.get(i, ""))  # text[i]'s own position
        if any(k in breaks for k in range(where[i], last + 1)):
            out.add(i)
    return frozenset(out)


@lru_cache(maxsize=512)
def break_opportunities(text: str, locale: str = "en", break_all: bool = False,
                        controls: tuple = ()) -> tuple[bool, ...]:
    """``out[i]`` (0 < i < len(text)): a line may break before ``text[i]`` (white-space, hyphens and
    word-break other than break-all are applied by the paragraph). ``break_all``: Blink's pair table for
    ``word-break: break-all`` between ASCII characters (measured, ``blink_ascii_breaks_break_all.txt``),
    and breaks between letters and digits elsewhere. ``controls``: the bidi controls inline elements'
    ``unicode-bidi`` stands for, ((index, characters), ...), which ICU sees as Blink's text has them.
    Forced breaks (newlines) are the paragraph's."""
    n = len(text)
    out = [False] * (n + 1)
    icu = None
    table = _TABLE_BREAK_ALL if break_all else _TABLE
    for i in range(1, n):
        last, ch = text[i - 1], text[i]
        if ch in _SPACES:
            continue  # spaces stay on the line before them (they hang)
        if last in _SPACES:
            out[i] = True
        elif _ascii(last) and _ascii(ch):
            if last == "-" and ch.isdigit() and not break_all:
                out[i] = i >= 2 and text[i - 2].isascii() and text[i - 2].isalnum()
            else:
                out[i] = table[ord(last) - _FIRST][ord(ch) - _FIRST] == "1"
        elif break_all and ch.isalnum() and last.isalnum():
            out[i] = True
        elif break_all and _complex(ch) and ch.isalnum() and _complex(last) and _base_before(text, i).isalnum():
            # Thai, Lao, Khmer, Myanmar (UAX #14 SA): a vowel sign takes its base's class (LB9), so จั|ง
            # breaks after it, as Blink's break-all does (measured in Chromium 156)
            out[i] = grapheme_boundaries(text)[i]
        elif _needs_icu(last) or _needs_icu(ch):
            if icu is None:
                icu = _icu_breaks_with(text, locale, controls)
            out[i] = i in icu
    return tuple(out)


GRAPHEME = regex.compile(r"\X")  # one grapheme cluster (UAX #29), shared by the text modules


@lru_cache(maxsize=512)
def grapheme_boundaries(text: str) -> tuple[bool, ...]:
    """``out[i]``: a grapheme cluster starts at ``text[i]`` (``out[len(text)]`` is True)."""
    out = [False] * (len(text) + 1)
    for match in GRAPHEME.finditer(text):
        out[match.start()] = True
    out[len(text)] = True
    return tuple(out)
