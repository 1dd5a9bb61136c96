"""Static generation: ogrender build TEMPLATE PARAMS -o OUTDIR."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from PIL import Image

from ogrender import RenderError, render
from ogrender.build import build, fill_placeholders, load_params
from ogrender.cli import main
from tests.conftest import ROOT

BLOG = ROOT / "examples" / "blog"
SMALL = dict(width=200, height=105)

HTML = ('<div style="display: flex; width: 100%; height: 100%; background: {{ bg | default("white") }}; '
        'font-size: 12px">{{ title }}</div>')
TREE = {"type": "div", "props": {"style": {"display": "flex", "width": "100%", "height": "100%",
                                           "background": "{bg}", "fontSize": "{size}"},
                                 "children": ["{title} by {author.name}", " {{literal}}"]}}


def image(path):
    im = Image.open(path)
    im.load()
    return im


def test_blog_example_html_and_csv(tmp_path):
    result = build(BLOG / "card.html", BLOG / "posts.csv", tmp_path, jobs=1, progress=False,
                   base_url="https://blog.example.com/og", **SMALL)
    assert result.ok and len(result.images) == 3
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["caching-og-images.png", "flexbox-in-python.png", "hello-world.png", "manifest.json"]
    assert image(tmp_path / "hello-world.png").size == (200, 105)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert (manifest["rows"], manifest["written"], manifest["failed"]) == (3, 3, 0)
    first = manifest["images"][0]
    assert first["file"] == "hello-world.png" and first["row"] == 1
    assert first["url"].startswith("https://blog.example.com/og/hello-world.png?")
    assert first["bytes"] == (tmp_path / "hello-world.png").stat().st_size
    assert first["alt"] == "The words Hello world on a dark card"
    tags = {(next(iter(t)), t[next(iter(t))]): t["content"] for t in first["tags"]}
    assert tags[("property", "og:image")] == first["url"]
    assert tags[("property", "og:image:width")] == "200"
    assert tags[("name", "twitter:image:alt")] == first["alt"]
    assert first["head"].startswith(f'<meta property="og:image" content="{first["url"]}" />')


def test_blog_example_json_and_jsonl_as_webp(tmp_path):
    result = build(BLOG / "card.json", BLOG / "posts.jsonl", tmp_path, jobs=1, progress=False, format="webp",
                   **SMALL)
    assert result.ok
    im = image(tmp_path / "flexbox-in-python.webp")
    assert im.format == "WEBP" and im.size == (200, 105)
    assert result.images[0]["content_type"] == "image/webp"


def test_placeholders_fill_string_values_only():
    params = {"bg": "navy", "size": 20, "title": "Hi", "author": {"name": "Ada"}}
    filled = fill_placeholders(TREE, params)
    assert filled["props"]["style"]["background"] == "navy"
    assert filled["props"]["style"]["fontSize"] == 20  # a whole-value placeholder keeps the number
    assert filled["props"]["children"] == ["Hi by Ada", " {literal}"]
    assert TREE["props"]["style"]["background"] == "{bg}"  # the template is not changed
    # a value that looks like JSON stays a string: no structure can be injected
    evil = '"}, {"type": "img", "props": {"src": "http://x"}}'
    filled = fill_placeholders(TREE, dict(params, title=evil))
    assert filled["props"]["children"][0] == evil + " by Ada"
    assert json.dumps(filled).count('"type"') == 1
    with pytest.raises(RenderError, match=r"no value for placeholder \{author.name\}"):
        fill_placeholders(TREE, {"bg": "x", "size": 1, "title": "t", "author": "Ada"})
    with pytest.raises(RenderError, match=r"\{title\} is a list"):
        fill_placeholders(TREE, dict(params, title=["a"]))


def test_html_templates_are_autoescaped(tmp_path):
    template = tmp_path / "card.html"
    template.write_text(HTML)
    rows = [{"slug": "evil", "title": '<div style="background: red; width: 100%; height: 100%"></div>'}]
    result = build(template, rows, tmp_path / "out", jobs=1, progress=False, **SMALL)
    assert result.ok
    expected = render('<div style="display: flex; width: 100%; height: 100%; background: white; font-size: 12px">'
                      '&lt;div style=&#34;background: red; width: 100%; height: 100%&#34;&gt;&lt;/div&gt;</div>',
                      **SMALL)
    assert (tmp_path / "out" / "evil.png").read_bytes() == expected  # the markup became text, nothing red


def test_failing_rows_are_reported_and_the_others_written(tmp_path):
    template = tmp_path / "card.json"
    template.write_text(json.dumps(TREE))
    params = tmp_path / "rows.jsonl"
    params.write_text("\n".join([
        json.dumps({"id": "a", "bg": "red", "size": 10, "title": "A", "author": {"name": "x"}}),
        json.dumps({"id": "b", "bg": "red", "size": 10, "title": "B"}),                  # no author.name
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({"id": "e", "bg": "red", "size": 10, "title": "E", "author": {"name": "y"}}),
        json.dumps({"id": "e", "bg": "red", "size": 10, "title": "E2", "author": {"name": "y"}}),  # same name
    ]))
    stream = io.StringIO()
    result = build(template, params, tmp_path / "out", jobs=2, progress=stream, **SMALL)
    assert [i["file"] for i in result.images] == ["a.png", "e.png"]
    errors = {e["row"]: e["error"] for e in result.errors}
    assert sorted(errors) == [2, 3, 4, 6]
    assert "no value for placeholder {author.name}" in errors[2]
    assert "not valid JSON" in errors[3] and "(line 3)" in errors[3]
    assert "a row must be an object, not list" in errors[4]
    assert "already used by row 5" in errors[6]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.png", "e.png", "manifest.json"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["failed"] == 4 and manifest["errors"][0]["row"] == 2
    log = stream.getvalue()
    assert "ogrender: row 2: error: no value for placeholder {author.name}" in log
    assert "6/6 images, 4 failed" in log


def test_csv_rows_and_name_pattern(tmp_path):
    template = tmp_path / "card.html"
    template.write_text(HTML)
    params = tmp_path / "rows.csv"
    params.write_text("title,bg\nFirst,white\nSecond,black,extra\nThird,navy\n")
    result = build(template, params, tmp_path / "out", jobs=1, progress=False, name="card-{row}-{title}",
                   alt="Card {row}: {title}", twitter=False, format="jpeg", **SMALL)
    assert [i["file"] for i in result.images] == ["card-1-First.jpg", "card-3-Third.jpg"]
    assert result.errors == [{"row": 2, "error": "1 more values than the header has names (line 3)"}]
    assert result.images[1]["alt"] == "Card 3: Third"
    assert not any("twitter" in json.dumps(t) for t in result.images[0]["tags"])
    assert load_params(params)[0].params == {"title": "First", "bg": "white"}


def test_default_names_from_slug_id_or_row_number(tmp_path):
    template = tmp_path / "card.html"
    template.write_text(HTML)
    rows = [{"slug": "Hello World/../x", "title": "a"}, {"id": 7, "title": "b"}, {"title": "c"}]
    result = build(template, rows, tmp_path / "out", jobs=1, progress=False, **SMALL)
    assert [i["file"] for i in result.images] == ["Hello-World-..-x.png", "7.png", "003.png"]
    assert all((tmp_path / "out" / i["file"]).parent == tmp_path / "out" for i in result.images)


def test_cli_build(tmp_path):
    out = tmp_path / "og"
    assert main(["build", str(BLOG / "card.html"), str(BLOG / "posts.csv"), "-o", str(out), "--width", "200",
                 "--height", "105", "--jobs", "1", "--quiet"]) == 0
    assert len(list(out.glob("*.png"))) == 3


def test_cli_build_exit_status_and_messages(tmp_path):
    template = tmp_path / "card.html"
    template.write_text(HTML)
    params = tmp_path / "rows.json"
    params.write_text(json.dumps([{"slug": "ok", "title": "fine"}, {"slug": "bad"}]))
    result = subprocess.run([sys.executable, "-m", "ogrender", "build", str(template), str(params), "-o",
                             str(tmp_path / "out"), "--width", "200", "--height", "105"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1
    assert "row 2: error:" in result.stderr and "'title' is undefined" in result.stderr
    assert "Traceback" not in result.stderr
    assert "wrote 1 images" in result.stdout and "1 failed" in result.stdout
    assert (tmp_path / "out" / "ok.png").exists() and not (tmp_path / "out" / "bad.png").exists()


@pytest.mark.parametrize("template_text, params_text, suffix, message", [
    ("<div>{% if %}</div>", "[]", ".json", "line 1"),
    (HTML, '{"rows": []}', ".json", "must hold a list of objects"),
    (HTML, "[", ".json", "is not valid JSON"),
    (HTML, "a,b", ".txt", "must be a .json, .jsonl or .csv file"),
])
def test_cli_build_fatal_errors(tmp_path, capsys, template_text, params_text, suffix, message):
    template = tmp_path / "card.html"
    template.write_text(template_text)
    params = tmp_path / f"rows{suffix}"
    params.write_text(params_text)
    assert main(["build", str(template), str(params), "-o", str(tmp_path / "out")]) == 1
    assert message in capsys.readouterr().err


def test_build_emoji_set_option(tmp_path, capsys):
    """--emoji picks the set every row is drawn with (the twemoji and noto grinning faces differ in
    pixels); an unavailable set stops the build before any row, naming the sets there are."""
    template = tmp_path / "card.html"
    template.write_text('<div style="display: flex; width: 100%; height: 100%; background: white; '
                        'font-size: 40px">{{ title }}</div>')
    params = tmp_path / "rows.json"
    params.write_text(json.dumps([{"slug": "face", "title": "\U0001F600"}]))
    pictures = {}
    for name in ("twemoji", "noto"):
        out = tmp_path / name
        assert main(["build", str(template), str(params), "-o", str(out), "--width", "60", "--height", "60",
                     "--jobs", "1", "--quiet", "--emoji", name]) == 0
        pictures[name] = image(out / "face.png").convert("RGB").tobytes()
    assert pictures["twemoji"] != pictures["noto"]
    capsys.readouterr()
    assert main(["build", str(template), str(params), "-o", str(tmp_path / "x"), "--emoji", "blobmoji",
                 "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "available: twemoji" in err and not (tmp_path / "x" / "face.png").exists()
