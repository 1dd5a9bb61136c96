"""system_fonts=True: the machine's fonts as the last fallback (ogrender.text.system_fonts)."""

import shutil
import warnings
from pathlib import Path

import pytest

from ogrender import RenderError, layout, render
from ogrender.errors import TextWarning
from ogrender.text.system_fonts import SystemFonts, css_weight, fc_weight, parse_charset, scan_dirs

FONTS = Path(__file__).resolve().parents[2] / "fonts"
HEBREW = FONTS / "noto-sans-hebrew" / "NotoSansHebrew-Regular.ttf"  # א-ת, not in any bundled font


def _runs(text, **options):
    root = layout({"type": "div", "props": {"style": {"fontSize": 20}, "children": [text]}}, 400, 100, **options)
    return [run for box in root.walk() if box.text is not None for line in box.text.lines for run in line.runs]


@pytest.fixture
def font_dir(tmp_path):
    folder = tmp_path / "fonts" / "truetype"
    folder.mkdir(parents=True)
    shutil.copy(HEBREW, folder / HEBREW.name)
    (folder / "broken.ttf").write_bytes(b"not a font")  # skipped, not fatal
    return tmp_path / "fonts"


def test_weights_follow_fontconfigs_table():
    assert fc_weight(400) == 80 and fc_weight(700) == 200 and fc_weight(100) == 0
    assert css_weight(80) == 400 and css_weight(200) == 700 and css_weight(fc_weight(550)) == pytest.approx(550)


def test_charset_ranges():
    starts, ends = parse_charset("20-7e a0-17f 5d0-5ea 20ac")
    assert starts == [0x20, 0xA0, 0x5D0, 0x20AC] and ends == [0x7E, 0x17F, 0x5EA, 0x20AC]


def test_folder_scan_finds_the_font(font_dir):
    found = scan_dirs([font_dir])
    assert [f.family for f in found] == ["Noto Sans Hebrew"]
    assert found[0].has(ord("ש")) and not found[0].has(ord("a"))


def test_render_falls_back_to_a_scanned_font(font_dir):
    finder = SystemFonts(dirs=[font_dir])
    with pytest.warns(TextWarning, match="no font"):  # off by default: .notdef, with a warning
        _runs("שלום")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        runs = _runs("abc שלום", system_fonts=finder)
    families = {run.text.strip(): run.face.family for run in runs if run.text.strip()}
    assert families == {"abc": "Inter", "שלום": "Noto Sans Hebrew"}


def test_an_empty_machine_changes_nothing(tmp_path):
    finder = SystemFonts(dirs=[tmp_path])
    with pytest.warns(TextWarning, match="no font"):
        _runs("שלום", system_fonts=finder)


def test_bad_option():
    with pytest.raises(RenderError, match="system_fonts must be True or False"):
        render({"type": "div", "props": {"children": "x"}}, 10, 10, system_fonts="yes")


def _installed_cjk():
    if shutil.which("fc-match") is None:
        return None
    return SystemFonts().face_for(ord("骨"), 400, False, "ja")


@pytest.mark.skipif(_installed_cjk() is None, reason="no fontconfig, or no installed font has CJK (fonts-noto-cjk)")
def test_fontconfig_finds_an_installed_cjk_font():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        runs = _runs("骨", system_fonts=True)
    (run,) = [r for r in runs if r.text.strip()]
    assert run.face.has(ord("骨")) and run.face.family == _installed_cjk().family
    # the element's language reaches fontconfig (Han under lang="ja" prefers a Japanese face where the
    # machine has one per language, as Debian's fonts-noto-cjk does)
    ja = SystemFonts().face_for(ord("骨"), 400, False, "ja")
    zh = SystemFonts().face_for(ord("骨"), 400, False, "zh-CN")
    if "CJK" in ja.family and "CJK" in zh.family:
        assert ja.family.endswith("JP") and zh.family.endswith("SC")
        for lang, family in (("ja", ja.family), ("zh-CN", zh.family)):  # the lang attribute, through layout
            root = layout({"type": "div", "props": {"lang": lang, "children": "骨"}}, 100, 50, system_fonts=True)
            faces = [run.face.family for box in root.walk() if box.text for line in box.text.lines
                     for run in line.runs]
            assert faces == [family]
