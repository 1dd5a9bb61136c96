"""The documentation cannot drift from the code: the generated references (docs/css.md, docs/api.md) equal
what their tools write, every ```python block of the guides (docs/guides/*.md) and of the README runs, and
every gallery card (examples/gallery/*.json) renders without a warning."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import warnings
from pathlib import Path

import pytest

from ogrender import render
from tests.conftest import ROOT

GUIDES = sorted(p for p in (ROOT / "docs" / "guides").glob("*.md") if p.name != "README.md")
SKIP = "<!-- skip -->"  # on the line before a fence: the block needs a server or the network; not run
_FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def python_blocks(text: str) -> list[str]:
    """The ```python blocks of a Markdown page, in order, without those marked <!-- skip -->."""
    blocks = []
    for match in _FENCE.finditer(text):
        before = text[:match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if before.strip() != SKIP:
            blocks.append(match.group(1))
    return blocks


def test_css_reference_is_up_to_date():
    expected = _tool("gen_css_docs").page()
    assert (ROOT / "docs" / "css.md").read_text(encoding="utf-8") == expected, \
        "docs/css.md is out of date: run python tools/gen_css_docs.py"


def test_api_reference_is_up_to_date():
    path = ROOT / "tools" / "gen_api_docs.py"
    if not path.exists():
        pytest.skip("no API reference generator")
    assert (ROOT / "docs" / "api.md").read_text(encoding="utf-8") == _tool("gen_api_docs").page(), \
        "docs/api.md is out of date: run python tools/gen_api_docs.py"


@pytest.mark.parametrize("page", GUIDES, ids=lambda p: p.stem)
def test_guide_code_runs(page, tmp_path, monkeypatch):
    """A guide's blocks run in order in one namespace (as a reader would paste them), in an empty folder."""
    blocks = python_blocks(page.read_text(encoding="utf-8"))
    assert blocks, f"{page.name} has no runnable ```python block"
    monkeypatch.chdir(tmp_path)
    namespace = {"__name__": f"guide_{page.stem}"}
    for number, code in enumerate(blocks, 1):
        try:
            exec(compile(code, f"{page.name}, block {number}", "exec"), namespace)
        except Exception as exc:  # name the block in the failure
            raise AssertionError(f"{page.name}, python block {number} failed: {exc!r}\n{code}") from exc


def test_readme_code_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    blocks = python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert blocks
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {"__name__": "readme"})


def test_guides_have_samples():
    counts = {page.name: len(python_blocks(page.read_text(encoding="utf-8"))) for page in GUIDES}
    assert sum(counts.values()) >= 20, counts


CARDS = sorted(p for p in (ROOT / "examples" / "gallery").glob("*.json") if p.name != "NOTES.json")


@pytest.mark.parametrize("card", CARDS, ids=lambda p: p.stem)
def test_gallery_card_renders(card):
    gallery = _tool("gallery")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = render(json.loads(card.read_text(encoding="utf-8")), 600, 315, fonts=gallery.fonts_for(card.stem))
    assert data.startswith(b"\x89PNG")
    # no card may need a warning: every declaration is supported, every character has a glyph or an emoji
    messages = [str(w.message) for w in caught if not issubclass(w.category, ResourceWarning)]
    assert not messages, f"{card.stem}: {messages}"


def test_gallery_page_shows_every_card():
    """docs/gallery.md (tools/gallery.py) has both pictures and the source of every card of examples/gallery/."""
    page = (ROOT / "docs" / "gallery.md").read_text(encoding="utf-8")
    assert len(CARDS) >= 12
    for card in CARDS:
        for side in ("ogrender", "chromium"):
            assert (ROOT / "docs" / "gallery" / f"{card.stem}.{side}.png").is_file(), (card.stem, side)
            assert f"(gallery/{card.stem}.{side}.png)" in page, (card.stem, side)
        assert card.read_text(encoding="utf-8").rstrip() in page, f"{card.stem}: run python tools/gallery.py"
