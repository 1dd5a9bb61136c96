"""The ``ogrender`` command.

    ogrender render INPUT.(html|json) -o OUT.png [--width W] [--height H] [--font NAME=PATH[:WEIGHT]]
                    [--emoji SET] [--system-fonts]
    ogrender build TEMPLATE PARAMS -o OUTDIR [--format png|jpeg|webp] [--jobs N] [--name PATTERN]
                   [--emoji SET] [--system-fonts] ...

INPUT is an HTML file (one root element with ``style`` attributes) or a JSON file holding a Satori
element object. Errors are reported in one line on stderr with exit status 1 (2 for bad usage).
``build`` renders TEMPLATE (Jinja2 HTML, or JSON with ``{placeholders}``) once per row of PARAMS (JSON, JSON
Lines or CSV) into OUTDIR with a manifest.json (see :mod:`ogrender.build`); exit status 1 if any row failed.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

from .api import render
from .errors import OgRenderWarning, RenderError
from .fonts import Font


def _font_arg(text: str) -> Font:
    name, sep, rest = text.partition("=")
    if not sep or not name or not rest:
        raise argparse.ArgumentTypeError(f"expected NAME=PATH[:WEIGHT], got {text!r}")
    path, weight = rest, None  # (None: 400 for a static font, the whole wght axis of a variable one)
    head, colon, tail = rest.rpartition(":")
    if colon and tail.isdigit():
        path, weight = head, int(tail)
    try:
        return Font.from_file(path, name=name, weight=weight)
    except RenderError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _read_input(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"cannot read {str(path)!r}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise RenderError(f"{str(path)!r} is not UTF-8 text") from None
    if path.suffix.lower() == ".json" or (path.suffix.lower() not in (".html", ".htm")
                                          and text.lstrip().startswith(("{", "["))):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise RenderError(f"{str(path)!r} is not valid JSON: {exc}") from None
    return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ogrender", description="Render element trees to images.")
    commands = parser.add_subparsers(dest="command", required=True)
    r = commands.add_parser("render", help="render an HTML or JSON element tree to a PNG",
                            description="Render an HTML file (one root element with style attributes) or a "
                                        "JSON file (a Satori element object) to a PNG.")
    r.add_argument("input", type=Path, help="INPUT.html or INPUT.json")
    r.add_argument("-o", "--output", type=Path, required=True, help="the PNG file to write")
    r.add_argument("--width", type=int, default=1200, help="image width in px (default 1200)")
    r.add_argument("--height", type=int, default=630, help="image height in px (default 630)")
    r.add_argument("--font", type=_font_arg, action="append", default=[], metavar="NAME=PATH[:WEIGHT]",
                   help="a font to load under a family name; repeat for several (the first is the default)")
    r.add_argument("--preset", default="satori", help="default styles: satori (default) or browser")
    r.add_argument("--strict", action="store_true", help="fail on an invalid declaration instead of warning")
    _text_options(r)

    b = commands.add_parser(
        "build", help="render a template once per row of a parameter table (static generation)",
        description="Render TEMPLATE once per row of PARAMS into OUTDIR, in parallel, and write "
                    "OUTDIR/manifest.json listing every image with its Open Graph and Twitter tags. TEMPLATE is "
                    "an HTML file with Jinja2 placeholders ({{ title }}, autoescaped) or a JSON element tree "
                    "with {placeholders} in its string values. PARAMS is JSON (a list of objects), JSON Lines "
                    "or CSV, one row per image. A failing row is reported and the others still written; the "
                    "exit status is 1 if any row failed.")
    b.add_argument("template", type=Path, help="TEMPLATE.html (Jinja2) or TEMPLATE.json")
    b.add_argument("params", type=Path, help="PARAMS.json, PARAMS.jsonl or PARAMS.csv")
    b.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR", help="the folder to write")
    b.add_argument("--width", type=int, default=1200, help="image width in px (default 1200)")
    b.add_argument("--height", type=int, default=630, help="image height in px (default 630)")
    b.add_argument("--format", default="png", choices=["png", "jpeg", "jpg", "webp"], help="default png")
    b.add_argument("--quality", type=int, default=None, help="JPEG/WebP quality, 1-100 (default 90)")
    b.add_argument("--font", type=_font_arg, action="append", default=[], metavar="NAME=PATH[:WEIGHT]",
                   help="a font to load under a family name; repeat for several (the first is the default)")
    b.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: one per CPU)")
    b.add_argument("--name", default=None, metavar="PATTERN",
                   help="file name pattern, e.g. '{slug}' or 'card-{row}' (default: the row's slug, else its "
                        "id, else its row number)")
    b.add_argument("--alt", default=None, metavar="PATTERN", help="alt text pattern, e.g. '{title}' (default: "
                                                                   "the row's alt)")
    b.add_argument("--base-url", default=None, help="the URL OUTDIR is served at, for absolute og:image URLs")
    b.add_argument("--no-twitter", dest="twitter", action="store_false", help="Open Graph tags only")
    b.add_argument("--preset", default="satori", help="default styles: satori (default) or browser")
    b.add_argument("--strict", action="store_true", help="fail a row on an invalid declaration")
    _text_options(b)
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    return parser


def _text_options(command) -> None:
    command.add_argument("--emoji", default="twemoji", metavar="SET",
                         help="the emoji set: twemoji (default), openmoji, noto, fluentFlat, or none to draw "
                              "emoji with the fonts")
    command.add_argument("--system-fonts", action="store_true",
                         help="fall back to the fonts installed on this machine for characters no given or "
                              "bundled font has (fontconfig, else the standard font folders)")


def _emoji_arg(value: str) -> str | None:
    return None if value.lower() in ("none", "") else value


def _build(args) -> int:
    from .build import build

    result = build(args.template, args.params, args.output, width=args.width, height=args.height,
                   fonts=args.font or None, format=args.format, quality=args.quality, jobs=args.jobs,
                   name=args.name, alt=args.alt, base_url=args.base_url, twitter=args.twitter,
                   preset=args.preset, strict=args.strict, emoji=_emoji_arg(args.emoji),
                   system_fonts=args.system_fonts, progress=not args.quiet)
    failed = f", {len(result.errors)} failed" if result.errors else ""
    print(f"wrote {len(result.images)} images to {result.outdir}{failed} in {result.seconds:.1f} s; "
          f"manifest: {result.manifest_path}")
    return 1 if result.errors else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    warnings.simplefilter("default", OgRenderWarning)
    warnings.showwarning = _show_warning
    if args.command == "build":
        try:
            return _build(args)
        except RenderError as exc:
            print(f"ogrender: error: {exc}", file=sys.stderr)
            return 1
    try:
        tree = _read_input(args.input)
        # local image paths in the input are read relative to (and only under) its folder
        png = render(tree, args.width, args.height, args.font or None, preset=args.preset, strict=args.strict,
                     base_dir=args.input.resolve().parent, emoji=_emoji_arg(args.emoji),
                     system_fonts=args.system_fonts)
        try:
            args.output.write_bytes(png)
        except OSError as exc:
            raise RenderError(f"cannot write {str(args.output)!r}: {exc.strerror}") from None
    except RenderError as exc:
        print(f"ogrender: error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({args.width}x{args.height}, {len(png)} bytes)")
    return 0


def _show_warning(message, category, filename, lineno, file=None, line=None):
    print(f"ogrender: warning: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
