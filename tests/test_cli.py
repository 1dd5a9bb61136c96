"""The ogrender command, end to end in a subprocess and in-process."""

import json
import subprocess
import sys
from pathlib import Path

from ogrender.cli import main
from tests.conftest import ROOT, decode_png


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "ogrender", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT)


def test_render_example_json(tmp_path):
    out = tmp_path / "card.png"
    result = run("render", "examples/hello.json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout
    image = decode_png(out.read_bytes())
    assert image.shape == (630, 1200, 4)
    assert (image[..., :3] < 100).any()  # the title's ink


def test_render_html_with_size_and_font(tmp_path):
    src = tmp_path / "card.html"
    src.write_text('<div style="width: 100%; height: 100%; background: navy; color: white; font-size: 40px; '
                   'font-family: Brand">Hi</div>')
    out = tmp_path / "card.png"
    font = ROOT / "fonts" / "inter" / "Inter-Bold.otf"
    assert main(["render", str(src), "-o", str(out), "--width", "300", "--height", "100",
                 "--font", f"Brand={font}:700"]) == 0
    image = decode_png(out.read_bytes())
    assert image.shape == (100, 300, 4)
    assert tuple(image[0, 0]) == (0, 0, 128, 255)


def test_bad_input_gives_a_message_and_non_zero_exit(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "div", "props": {"children": [')
    result = run("render", str(bad), "-o", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "not valid JSON" in result.stderr and "Traceback" not in result.stderr

    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"props": {}}))
    result = run("render", str(wrong), "-o", str(tmp_path / "x.png"))
    assert result.returncode == 1 and "needs a 'type'" in result.stderr

    result = run("render", str(tmp_path / "missing.html"), "-o", str(tmp_path / "x.png"))
    assert result.returncode == 1 and "cannot read" in result.stderr

    result = run("render", "examples/hello.json", "-o", str(tmp_path / "x.png"), "--font", "nopath")
    assert result.returncode == 2 and "NAME=PATH" in result.stderr


def test_bad_style_warns_on_stderr_but_renders(tmp_path):
    src = tmp_path / "card.html"
    src.write_text('<div style="width: 10px; height: 10px; colr: red"></div>')
    result = run("render", str(src), "-o", str(tmp_path / "x.png"), "--width", "20", "--height", "20")
    assert result.returncode == 0
    assert "warning: div: colr: unknown" in result.stderr
    assert Path(tmp_path / "x.png").exists()


def test_local_images_are_read_from_the_input_folder_only(tmp_path):
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
    (tmp_path / "pic.png").write_bytes(png)
    src = tmp_path / "card.html"
    src.write_text('<div style="width: 20px; height: 20px"><img src="pic.png" width="10" height="10"></div>')
    assert main(["render", str(src), "-o", str(tmp_path / "out.png"), "--width", "20", "--height", "20"]) == 0
    src.write_text('<div style="width: 20px; height: 20px"><img src="../outside.png" width="10" height="10"></div>')
    result = run("render", str(src), "-o", str(tmp_path / "out.png"), "--width", "20", "--height", "20")
    assert result.returncode == 1 and "outside base_dir" in result.stderr


def test_render_emoji_set_and_system_fonts_options(tmp_path, capsys):
    src = tmp_path / "card.html"
    src.write_text('<div style="width: 100%; height: 100%; background: white; font-size: 40px">\U0001F600</div>')
    outs = {}
    for name in ("twemoji", "noto", "none"):
        outs[name] = tmp_path / f"{name}.png"
        assert main(["render", str(src), "-o", str(outs[name]), "--width", "60", "--height", "60",
                     "--emoji", name, "--system-fonts"]) == 0
    images = {name: decode_png(path.read_bytes()) for name, path in outs.items()}
    assert (images["twemoji"] != images["noto"]).any()
    assert (images["twemoji"] != images["none"]).any()
    capsys.readouterr()
    assert main(["render", str(src), "-o", str(tmp_path / "x.png"), "--emoji", "blobmoji"]) == 1
    assert "available: twemoji" in capsys.readouterr().err
