"""Maintainer tool: the Noto font subsets the international text fixtures are measured and replayed with.

    python tools/fixture_fonts.py            # rebuild tests/conformance/data/fonts/ from Debian's Noto files
    python tools/fixture_fonts.py --list     # the fonts, their sources and sizes, no rebuilding
    python tools/fixture_fonts.py --fixtures /tmp/x/mine.py --out /tmp/x/fonts   # subsets for other fixtures

In: Debian's Noto fonts (``apt-get install fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji``) and the
characters of the text fixtures that name fonts (``tools/text_fixtures.py``: the ``bidi``, ``scripts`` and
``cjk`` suites). Out: one subset per font in ``tests/conformance/data/fonts/`` (``<family without
spaces>.ttf`` / ``.otf``), holding the characters the fixtures use and their decompositions (plus, for the CJK font, all CJK
punctuation, kana and full-width forms, which Blink probes before trimming punctuation), every OpenType
layout feature and the glyphs they reach (so Arabic joining forms, Indic conjuncts and the ``locl``
glyphs of zh-Hans / zh-Hant / ko survive), no hinting, metrics unchanged.

Chromium measures the fixtures with these very files loaded by ``@font-face``, and the replay loads the
same files, so truth and replay use identical fonts and CI needs no Debian font package. After changing
the fixtures' text, rebuild the fonts, then re-measure the suites that use them
(``python tools/text_fixtures.py --out tests/conformance/data/text --suite bidi --suite scripts --suite cjk``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "conformance" / "data" / "fonts"
CORE = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto")
EMOJI = Path("/usr/share/fonts/truetype/noto")

# family -> (source file, face index in a collection, output file name, Debian package)
FONTS = {
    "Noto Sans Hebrew": (CORE / "NotoSansHebrew-Regular.ttf", 0, "NotoSansHebrew.ttf", "fonts-noto-core"),
    "Noto Sans Arabic": (CORE / "NotoSansArabic-Regular.ttf", 0, "NotoSansArabic.ttf", "fonts-noto-core"),
    "Noto Kufi Arabic": (CORE / "NotoKufiArabic-Regular.ttf", 0, "NotoKufiArabic.ttf", "fonts-noto-core"),
    "Noto Sans Devanagari": (CORE / "NotoSansDevanagari-Regular.ttf", 0, "NotoSansDevanagari.ttf",
                             "fonts-noto-core"),
    "Noto Sans Bengali": (CORE / "NotoSansBengali-Regular.ttf", 0, "NotoSansBengali.ttf", "fonts-noto-core"),
    "Noto Sans Tamil": (CORE / "NotoSansTamil-Regular.ttf", 0, "NotoSansTamil.ttf", "fonts-noto-core"),
    "Noto Sans Thai": (CORE / "NotoSansThai-Regular.ttf", 0, "NotoSansThai.ttf", "fonts-noto-core"),
    "Noto Sans Khmer": (CORE / "NotoSansKhmer-Regular.ttf", 0, "NotoSansKhmer.ttf", "fonts-noto-core"),
    "Noto Sans CJK JP": (CJK / "NotoSansCJK-Regular.ttc", 0, "NotoSansCJKjp.otf", "fonts-noto-cjk"),
    "Noto Color Emoji": (EMOJI / "NotoColorEmoji.ttf", 0, "NotoColorEmoji.ttf", "fonts-noto-color-emoji"),
}

# Blink's punctuation trimming (text-spacing-trim) looks for these in a font before it trims; kana and
# full-width forms are cheap and keep the Japanese fixtures free to use any of them
CJK_EXTRA = [*range(0x3000, 0x3100), *range(0xFF01, 0xFF66), 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2025,
             0x00B7, 0x30FB]
EXTRA = {"Noto Sans CJK JP": CJK_EXTRA}


def path_of(family: str) -> Path:
    return OUT / FONTS[family][2]


def record(family: str) -> dict:
    """What a fixture stores about a font it uses: its family, file name (in data/fonts) and SHA-256."""
    import hashlib
    path = path_of(family)
    return {"family": family, "file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def use_directory(path: Path) -> None:
    """Read and write the subsets in ``path`` instead of data/fonts (scratch fixture sets)."""
    global OUT
    OUT = Path(path).resolve()


def load_fixtures_module(path: Path):
    """A fixtures module outside the repository (``--fixtures``): a Python file whose ``suites()`` returns
    {suite name: [fixture, ...]} built with text_fixtures' helpers, as intl_fixtures.scripts does."""
    import importlib.util
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location(Path(path).stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fixture_characters(fixtures_module: Path | None = None) -> set[str]:
    """Every character in the text of the fixtures that load fonts from data/fonts (or of every fixture
    of ``fixtures_module``)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from text_fixtures import FONT_SUITES, all_suites

    def texts(tree):
        if isinstance(tree, str):
            yield tree
            return
        for child in (tree.get("props") or {}).get("children") or ():
            yield from texts(child)

    chars: set[str] = set()
    if fixtures_module is not None:
        suites = load_fixtures_module(fixtures_module).suites()
        names = list(suites)
    else:
        suites, names = all_suites(), FONT_SUITES
    for name in names:
        for f in suites[name]:
            for text in texts(f["tree"]):
                chars.update(text)
    return chars


def subset(family: str, chars: set[str]) -> Path:
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    source, index, name, _ = FONTS[family]
    if not source.exists():
        raise SystemExit(f"{source} is missing: apt-get install -y {FONTS[family][3]}")
    font = TTFont(source, fontNumber=index, recalcBBoxes=False, recalcTimestamp=False)
    cmap = font.getBestCmap()
    # with their decompositions: HarfBuzz's normalizer reaches characters no cmap lookup asks for (Thai
    # SARA AM becomes NIKHAHIT + SARA AA; precomposed letters may be drawn from their parts)
    import unicodedata
    full = set(chars) | {d for c in chars for form in ("NFD", "NFKD") for d in unicodedata.normalize(form, c)}
    wanted = sorted({ord(c) for c in full} | set(EXTRA.get(family, ())))
    unicodes = [u for u in wanted if u in cmap]
    options = ft_subset.Options()
    options.layout_features = ["*"]
    options.layout_scripts = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    options.recalc_bounds = False
    options.recalc_timestamp = False
    options.prune_unicode_ranges = False
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    out = OUT / name
    font.save(out)
    return out


def build(fixtures_module: Path | None = None) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    chars = fixture_characters(fixtures_module)
    total = 0
    for family in FONTS:
        out = subset(family, chars)
        size = out.stat().st_size
        total += size
        print(f"{family:22} -> {out} ({size / 1024:.0f} KB)")
    print(f"{len(FONTS)} fonts, {total / 1024:.0f} KB in all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list the fonts and their sizes")
    parser.add_argument("--out", type=Path, help="write the subsets here instead of data/fonts")
    parser.add_argument("--fixtures", type=Path, help="subset for the fixtures of this module (its suites())")
    args = parser.parse_args()
    if args.out:
        use_directory(args.out)
    if args.list:
        for family, (source, index, name, package) in FONTS.items():
            path = OUT / name
            size = f"{path.stat().st_size / 1024:.0f} KB" if path.exists() else "not built"
            print(f"{family:22} {name:24} {size:>10}  from {source} (face {index}, Debian {package})")
        return
    build(args.fixtures)


if __name__ == "__main__":
    main()
