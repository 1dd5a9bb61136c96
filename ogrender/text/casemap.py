"""Case mapping for ``text-transform`` as Chromium does it (ICU's, by the content language).

In: a string, the transform (``uppercase`` / ``lowercase`` / ``capitalize``), the BCP 47 language of the
text and, for ``capitalize``, the character before it. Out: the transformed string.

Measured in Chromium 156 (``innerText`` gives the transformed text; the ``transform`` suite of
``tools/text_fixtures.py`` checks the glyphs):

- ``uppercase`` and ``lowercase`` are Unicode's full case mappings (``ß`` -> ``SS``, ``ŉ`` -> ``ʼN``) plus
  the language-sensitive rules of SpecialCasing.txt for Turkish and Azerbaijani (dotted and dotless i) and
  Lithuanian (the dot above kept on a lowercased i that carries another accent, dropped when uppercased),
  and, for Greek, ICU's Greek uppercasing: accents dropped, the dialytika kept or added where a dropped
  accent separated two vowels, the disjunctive ``ή`` keeping its tonos (ICU's ``GreekUpper``).
- ``capitalize`` maps the first letter of each word to its simple titlecase (one character: ``ß``, ``ﬁ``
  and ``ŉ`` stay), whatever the language (Chromium capitalizes ``istanbul`` as ``Istanbul`` in Turkish);
  words are ICU's (``icu4py``). Dutch ``ij`` is not treated as one letter.

ICU's case mapping is not exposed by ``icu4py`` (the ICU binding the project uses), so the few
language-sensitive rules are written here; everything else is Python's own Unicode case mapping.
"""

from __future__ import annotations

import unicodedata

import regex

# Soft_Dotted (PropList.txt), the letters of the BMP: the dot of i and j
_SOFT_DOTTED = frozenset("\u0069\u006a\u012f\u0249\u0268\u029d\u02b2\u03f3\u0456\u0458\u1d62\u1d96\u1da4\u1da8"
                         "\u1e2d\u1ecb\u2071\u2148\u2149\u2c7c")
_DOT_ABOVE = "\u0307"
# Lithuanian lowercase of the capitals that carry an accent above: an explicit dot above is kept
_LT_LOWER = {"\u00cc": "i\u0307\u0300", "\u00cd": "i\u0307\u0301", "\u0128": "i\u0307\u0303"}
_LT_MORE_ABOVE = {"I": "i\u0307", "J": "j\u0307", "\u012e": "\u012f\u0307"}


def language(lang: str | None) -> str:
    """The primary language subtag, lower case ('' for none)."""
    return lang.split("-")[0].split("_")[0].lower() if lang else ""


def _ccc(ch: str) -> int:
    return unicodedata.combining(ch)


def _after_soft_dotted(text: str, i: int) -> bool:
    """SpecialCasing's After_Soft_Dotted for text[i]: a soft-dotted letter before it, with no character
    of combining class 0 or 230 (above) between."""
    for j in range(i - 1, -1, -1):
        if text[j] in _SOFT_DOTTED:
            return True
        if _ccc(text[j]) in (0, 230):
            return False
    return False


def _after_i(text: str, i: int) -> bool:
    """SpecialCasing's After_I: an ``I`` before text[i], no character of combining class 0 or 230 between."""
    for j in range(i - 1, -1, -1):
        if text[j] == "I":
            return True
        if _ccc(text[j]) in (0, 230):
            return False
    return False


def _more_above(text: str, i: int) -> bool:
    """SpecialCasing's More_Above: a mark of combining class 230 follows text[i], none of class 0 between."""
    for j in range(i + 1, len(text)):
        c = _ccc(text[j])
        if c == 230:
            return True
        if c == 0:
            return False
    return False


def _before_dot(text: str, i: int) -> bool:
    """SpecialCasing's Before_Dot: U+0307 follows text[i], no character of class 0 or 230 between."""
    for j in range(i + 1, len(text)):
        if text[j] == _DOT_ABOVE:
            return True
        if _ccc(text[j]) in (0, 230):
            return False
    return False


def upper(text: str, lang: str | None = None) -> str:
    lg = language(lang)
    if lg in ("tr", "az"):
        return text.replace("i", "\u0130").upper()
    if lg == "lt":
        text = "".join(ch for k, ch in enumerate(text) if not (ch == _DOT_ABOVE and _after_soft_dotted(text, k)))
        return text.upper()
    if lg == "el":
        return greek_upper(text)
    return text.upper()


def lower(text: str, lang: str | None = None) -> str:
    lg = language(lang)
    if lg in ("tr", "az"):
        out = []
        for k, ch in enumerate(text):
            if ch == "\u0130":
                out.append("i")
            elif ch == "I":
                out.append("i" if _before_dot(text, k) else "\u0131")
            elif ch == _DOT_ABOVE and _after_i(text, k):
                continue
            else:
                out.append(ch.lower())
        return "".join(out)
    if lg == "lt":
        out = []
        for k, ch in enumerate(text):
            if ch in _LT_LOWER:
                out.append(_LT_LOWER[ch])
            elif ch in _LT_MORE_ABOVE and _more_above(text, k):
                out.append(_LT_MORE_ABOVE[ch])
            else:
                out.append(ch.lower())
        return "".join(out)
    return text.lower()


def title_char(ch: str) -> str:
    """The simple titlecase mapping of one character (itself when its titlecase is several characters)."""
    t = ch.title()
    return t if len(t) == 1 else ch


def capitalize(text: str, previous: str = " ") -> str:
    """``text-transform: capitalize`` as Blink's: the first character of each word (ICU's word
    segmentation, through icu4py, of ``previous`` + ``text``; ``previous`` is the character before
    ``text``) to its simple titlecase. Chromium's ICU also ends a word at ``.`` and ``:`` (measured:
    ``x.y.z`` -> ``X.Y.Z``, ``a:b`` -> ``A:B``, while ``don't``, ``foo_bar`` and ``hello\u00adworld`` stay
    one word)."""
    if not text:
        return text
    joined = (" " if previous in ("", "\u00a0") else previous) + text
    starts = set()
    at = 0
    for segment in _words(joined):
        starts.add(at)
        at += len(segment)
    out = []
    for i in range(1, len(joined)):
        ch = joined[i]
        out.append(title_char(ch) if i in starts or joined[i - 1] in ".:" else ch)
    return "".join(out)


def _words(text: str) -> list[str]:
    try:
        from icu4py.breakers import WordBreaker
    except ImportError:  # pragma: no cover - icu4py is a declared dependency
        return regex.findall(r"\w+|\W", text)
    return list(WordBreaker(text, "en"))


# -- ICU's Greek uppercasing (ustrcase.cpp, GreekUpper) ------------------------------------------------------

_VOWEL, _ACCENT, _DIALYTIKA, _COMBINING_DIALYTIKA, _YPOGEGRAMMENI, _OTHER = 1, 2, 4, 8, 16, 32
_EITHER_DIALYTIKA = _DIALYTIKA | _COMBINING_DIALYTIKA
_AFTER_CASED, _AFTER_VOWEL_WITH_PRECOMPOSED_ACCENT, _AFTER_VOWEL_WITH_COMBINING_ACCENT = 1, 2, 4
_DIACRITICS = {0x0300: _ACCENT, 0x0301: _ACCENT, 0x0342: _ACCENT, 0x0302: _ACCENT, 0x0303: _ACCENT,
               0x0311: _ACCENT, 0x0308: _COMBINING_DIALYTIKA, 0x0344: _COMBINING_DIALYTIKA | _ACCENT,
               0x0345: _YPOGEGRAMMENI, 0x0304: _OTHER, 0x0306: _OTHER, 0x0313: _OTHER, 0x0314: _OTHER,
               0x0343: _OTHER}
_GREEK_VOWELS = frozenset("\u0391\u0395\u0397\u0399\u039f\u03a5\u03a9")
_IGNORABLE_PUNCT = frozenset("'.:\u00b7\u0387\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a\u00ad")


def _greek_letter(ch: str) -> tuple[str, int] | None:
    """(uppercase base letter, flags) of a Greek letter, from its canonical decomposition; None for any
    other character."""
    cp = ord(ch)
    if not (0x370 <= cp <= 0x3FF or 0x1F00 <= cp <= 0x1FFF or cp == 0x2126):
        return None
    if not unicodedata.category(ch).startswith("L"):
        return None
    parts = unicodedata.normalize("NFD", ch)
    base = parts[0].upper()
    if len(base) != 1:
        return None
    flags = _VOWEL if base in _GREEK_VOWELS else 0
    for mark in parts[1:]:
        d = _DIACRITICS.get(ord(mark), 0)
        if d & _COMBINING_DIALYTIKA:  # precomposed in the letter
            d = (d & ~_COMBINING_DIALYTIKA) | _DIALYTIKA
        flags |= d
    return base, flags


def _cased(ch: str) -> bool:
    return unicodedata.category(ch) in ("Lu", "Ll", "Lt") or ch.lower() != ch or ch.upper() != ch


def _case_ignorable(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Cf", "Lm", "Sk") or ch in _IGNORABLE_PUNCT


def _followed_by_cased(text: str, i: int) -> bool:
    for ch in text[i:]:
        if not _case_ignorable(ch):
            return _cased(ch)
    return False


def greek_upper(text: str) -> str:
    """Uppercase in Greek as ICU does it: accents and breathings dropped, the dialytika kept."""
    out = []
    state = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        i += 1
        next_state = 0
        if _case_ignorable(ch):
            next_state |= state & _AFTER_CASED
        elif _cased(ch):
            next_state |= _AFTER_CASED
        letter = _greek_letter(ch)
        if letter is None:
            out.append(ch.upper())
            state = next_state
            continue
        up, data = letter
        if (data & _VOWEL and state & (_AFTER_VOWEL_WITH_PRECOMPOSED_ACCENT | _AFTER_VOWEL_WITH_COMBINING_ACCENT)
                and up in ("\u0399", "\u03a5")):
            # a dropped accent on the vowel before: this iota or upsilon gets a dialytika
            data |= _DIALYTIKA if state & _AFTER_VOWEL_WITH_PRECOMPOSED_ACCENT else _COMBINING_DIALYTIKA
        ypogegrammeni = 1 if data & _YPOGEGRAMMENI else 0
        precomposed_accent = bool(data & _ACCENT)
        while i < n and _DIACRITICS.get(ord(text[i])):
            d = _DIACRITICS[ord(text[i])]
            data |= d
            if d & _YPOGEGRAMMENI:
                ypogegrammeni += 1
            i += 1
        if data & (_VOWEL | _ACCENT | _DIALYTIKA) == _VOWEL | _ACCENT:
            next_state |= (_AFTER_VOWEL_WITH_PRECOMPOSED_ACCENT if precomposed_accent
                           else _AFTER_VOWEL_WITH_COMBINING_ACCENT)
        add_tonos = False
        if (up == "\u0397" and data & _ACCENT and not ypogegrammeni and not state & _AFTER_CASED
                and not _followed_by_cased(text, i)):
            # the disjunctive "ή" (or) keeps its tonos
            if precomposed_accent:
                up = "\u0389"
            else:
                add_tonos = True
        elif data & _DIALYTIKA:
            if up == "\u0399":
                up, data = "\u03aa", data & ~_EITHER_DIALYTIKA
            elif up == "\u03a5":
                up, data = "\u03ab", data & ~_EITHER_DIALYTIKA
        out.append(up)
        if data & _EITHER_DIALYTIKA:
            out.append("\u0308")
        if add_tonos:
            out.append("\u0301")
        out.append("\u0399" * ypogegrammeni)
        state = next_state
    return "".join(out)
