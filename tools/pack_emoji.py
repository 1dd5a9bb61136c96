"""Maintainer tool: pack one emoji set's SVGs, from the npm package that publishes them, into one compressed
file under ``ogrender/emoji/``.

    python tools/pack_emoji.py SET                 # runs `npm pack PACKAGE@VERSION` in a temporary folder
    python tools/pack_emoji.py SET --tgz FILE.tgz  # or packs a tarball fetched before
    python tools/pack_emoji.py fluent --out /tmp/fluent.xz --over-budget   # measure a set over BUDGET

SET is one of next/og's emoji option values that has an offline, redistributable source (``SOURCES`` below
names the package and version of each). ``blobmoji`` has none: next/og fetches its SVGs from
``@svgmoji/blob@2.0.0``, a version the npm registry no longer serves; the versions it serves (3.1.0, 3.2.0)
ship no graphics ("Remove svg assets from npm distribution", their changelog's 3.0.0). ``fluent`` (Fluent
Emoji "Color", next/og's ``_color.svg`` files) packs to 4.3 MB even minified (``minify_svg``: 95 MB of
SVG, its gradients and Figma blur filters; 5.5 MB without minifying), over ``BUDGET``, the ~3 MB a set may
add to the installation: the packer writes it only with ``--over-budget``. It is bundled all the same: it is
one of next/og's sets with a redistributable source, and no faithful packing is smaller.

Out: ``ogrender/emoji/<SET>.xz``: an xz (LZMA2, preset 9 extreme, ``FILTERS``) stream of one UTF-8 text: a first line
``{"set", "source", "version", "count"}`` (JSON), then one line per emoji, ``<key>\\t<svg>`` sorted by key,
where ``key`` is the emoji's code points in lower-case hex joined by ``-``, without any U+FE0F (so a
fully-qualified and a minimally-qualified sequence are one key; where a set has both, the fully-qualified
file is kept), and the SVG is one line. Entries in the Private Use Areas (OpenMoji's own extras) are left
out: no text shows them as emoji. Read by :mod:`ogrender.emoji`. Each set's licence and attribution are in
``ogrender/emoji/LICENSE-<SET>.txt``, written by hand from the package's own texts.

Source forms: ``files`` (one SVG per file named by its code points: Twemoji, OpenMoji), ``sprite`` (svgmoji's
``sprites/all.svg``, one nested ``<svg id="1F600">`` per emoji: Noto, the same files next/og fetches) and
``iconify`` (an Iconify JSON icon set with its ``chars.json`` map from code points to icon names: Fluent Flat;
Fluent Color's package ships an empty map, so it takes Fluent Flat's: the two name their icons alike).
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EMOJI_DIR = ROOT / "ogrender" / "emoji"


@dataclass(frozen=True)
class Source:
    package: str
    version: str
    form: str          # files | sprite | iconify
    folder: str = ""   # files: the folder of the SVGs inside the tarball (after "package/")
    chars: tuple[str, str] | None = None  # iconify: (package, version) whose chars.json names the icons
    minify: bool = False                  # shrink each SVG with minify_svg (rendering unchanged)


SOURCES = {
    "twemoji": Source("@twemoji/svg", "15.0.0", "files", ""),
    "openmoji": Source("openmoji", "17.0.0", "files", "color/svg/"),
    "noto": Source("@svgmoji/noto", "3.2.0", "sprite"),
    "fluentFlat": Source("@iconify-json/fluent-emoji-flat", "1.2.6", "iconify"),
    "fluent": Source("@iconify-json/fluent-emoji", "1.2.7", "iconify",
                     chars=("@iconify-json/fluent-emoji-flat", "1.2.6"), minify=True),
}
BUDGET = 3_000_000  # bytes a packed set may add to the installation

# LZMA2 at preset 9 extreme, tuned for text (4 literal context bits, no position bits): ~0.6 % smaller
FILTERS = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "lc": 4, "lp": 0, "pb": 0}]
_HEX_NAME = re.compile(r"^[0-9a-fA-F]{2,6}(?:[-_][0-9a-fA-F]{2,6})*$")


def normal_key(name: str) -> str | None:
    """``1F3F3-FE0F-200D-1F308`` -> ``1f3f3-200d-1f308``; None for a name that is not a code point sequence
    or lies in a Private Use Area."""
    if not _HEX_NAME.match(name):
        return None
    points = [int(p, 16) for p in re.split(r"[-_]", name)]
    if any(0xE000 <= p <= 0xF8FF or p >= 0xF0000 for p in points):
        return None
    return "-".join(f"{p:x}" for p in points if p != 0xFE0F) or None


def one_line(svg: str) -> str:
    return " ".join(svg.split())


_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r'(url\(#|href="#)([^)"]+)')
_FIGMA_RESULT = re.compile(r'"(effect\d+_[A-Za-z]+)_[\d_]+"')
_MATRIX = re.compile(r'(<feColorMatrix\b[^>]*?\svalues=")([^"]*)(")')


def _short_name(n: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    name = ""
    while True:
        name = letters[n % 52] + name
        n = n // 52 - 1
        if n < 0:
            return name


def _number(x: float, places: int) -> str:
    text = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def minify_svg(svg: str) -> str:
    """The same picture in fewer, more repetitive bytes (measured on Fluent Emoji Color: 95.3 MB of SVG
    5.51 -> 4.32 MB packed; rendered at 128 px no pixel moves by more than 2 of 255):

    - ids renamed ``a``, ``b``, ... in order (Iconify's are random, so every file spelled them anew);
    - Figma's filter results (``effect1_innerShadow_18_2574``) lose the node id when that keeps the names
      inside each filter distinct;
    - ``feColorMatrix`` values to 3 decimals (colours in 1/255 steps: 0.917647 -> 0.918 moves 0.09 of a step).

    Path data keeps its precision: rounding it to 2 decimals saved 3 % and moved edges visibly at 128 px
    (thin rings, near-semicircle arcs whose centres shift when radius and chord are rounded)."""
    names = {old: _short_name(i) for i, old in enumerate(dict.fromkeys(_ID.findall(svg)))}
    svg = _ID.sub(lambda m: f'id="{names[m.group(1)]}"', svg)
    svg = _REF.sub(lambda m: m.group(1) + names.get(m.group(2), m.group(2)), svg)

    def figma(m: re.Match) -> str:
        body = m.group(0)
        found = set(re.findall(r'"(effect\d+_[A-Za-z]+_[\d_]+)"', body))
        short = {name: _FIGMA_RESULT.sub(r'"\1"', f'"{name}"') for name in found}
        if len(set(short.values())) < len(found):
            return body
        for name, new in short.items():
            body = body.replace(f'"{name}"', new)
        return body

    svg = re.sub(r"<filter\b.*?</filter>", figma, svg)
    return _MATRIX.sub(lambda m: m.group(1) + " ".join(_number(float(v), 3) for v in m.group(2).split())
                       + m.group(3), svg)


def _add(entries: dict, name: str, svg: str, minify: bool = False) -> None:
    key = normal_key(name)
    if key is None:
        return
    fully = name.upper().count("FE0F")
    old = entries.get(key)
    if old is None or fully > old[0]:
        entries[key] = (fully, minify_svg(one_line(svg)) if minify else one_line(svg))


def _read_files(tar: tarfile.TarFile, source: Source) -> dict:
    entries: dict = {}
    prefix = "package/" + source.folder
    for member in tar.getmembers():
        if member.isfile() and member.name.startswith(prefix) and member.name.endswith(".svg"):
            rest = member.name[len(prefix):]
            if "/" in rest:
                continue
            _add(entries, rest[:-4], tar.extractfile(member).read().decode("utf-8"))
    return entries


def _read_sprite(tar: tarfile.TarFile, source: Source) -> dict:
    from lxml import etree

    data = tar.extractfile("package/sprites/all.svg").read()
    root = etree.fromstring(data, etree.XMLParser(huge_tree=True, remove_blank_text=True))
    entries: dict = {}
    for child in root:
        if not isinstance(child.tag, str) or etree.QName(child).localname != "svg" or not child.get("id"):
            continue
        name = child.attrib.pop("id")
        svg = etree.tostring(child, encoding="unicode")
        _add(entries, name, svg)
    return entries


def iconify_svg(data: dict, name: str) -> str:
    """The SVG document of icon ``name`` of an Iconify JSON set: aliases resolved (their flips and rotation
    composed as Iconify's ``iconToSVG`` does), the viewBox from the icon's or the set's box."""
    aliases, icons = data.get("aliases", {}), data["icons"]
    h_flip = v_flip = False
    rotate = 0
    props: dict = {}
    seen = 0
    while name in aliases:
        alias = aliases[name]
        h_flip ^= bool(alias.get("hFlip"))
        v_flip ^= bool(alias.get("vFlip"))
        rotate += int(alias.get("rotate", 0))
        for k in ("left", "top", "width", "height"):
            props.setdefault(k, alias.get(k))
        name = alias["parent"]
        seen += 1
        if seen > 20:
            raise ValueError(f"alias loop at {name!r}")
    icon = icons[name]
    h_flip ^= bool(icon.get("hFlip"))
    v_flip ^= bool(icon.get("vFlip"))
    rotate += int(icon.get("rotate", 0))
    box = {}
    for k, default in (("left", 0), ("top", 0), ("width", 16), ("height", 16)):
        value = props.get(k)
        box[k] = value if value is not None else icon.get(k, data.get(k, default))
    left, top, width, height = box["left"], box["top"], box["width"], box["height"]
    transforms = []
    if h_flip and v_flip:
        rotate += 2
    elif h_flip:
        transforms += [f"translate({width + left} {-top})", "scale(-1 1)"]
        left = top = 0
    elif v_flip:
        transforms += [f"translate({-left} {height + top})", "scale(1 -1)"]
        left = top = 0
    rotate %= 4
    if rotate == 1:
        c = height / 2 + top
        transforms.insert(0, f"rotate(90 {c:g} {c:g})")
    elif rotate == 2:
        transforms.insert(0, f"rotate(180 {width / 2 + left:g} {height / 2 + top:g})")
    elif rotate == 3:
        c = width / 2 + left
        transforms.insert(0, f"rotate(-90 {c:g} {c:g})")
    if rotate % 2 == 1:
        left, top, width, height = top, left, height, width
    body = icon["body"]
    if transforms:
        body = f'<g transform="{" ".join(transforms)}">{body}</g>'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'viewBox="{left:g} {top:g} {width:g} {height:g}">{body}</svg>')


def _read_iconify(tar: tarfile.TarFile, source: Source, chars_tar: tarfile.TarFile | None = None) -> dict:
    data = json.loads(tar.extractfile("package/icons.json").read())
    chars = json.loads((chars_tar or tar).extractfile("package/chars.json").read())
    known = set(data["icons"]) | set(data.get("aliases", {}))
    entries: dict = {}
    for code, name in chars.items():
        if name in known:
            _add(entries, code, iconify_svg(data, name), source.minify)
    return entries


READERS = {"files": _read_files, "sprite": _read_sprite, "iconify": _read_iconify}


def _check_package(tar: tarfile.TarFile, tgz: Path, package: str, version: str) -> None:
    meta = json.loads(tar.extractfile("package/package.json").read())
    if meta.get("name") != package or meta.get("version") != version:
        raise SystemExit(f"{tgz} is {meta.get('name')}@{meta.get('version')}, expected {package}@{version}")


def pack(name: str, tgz: Path, out: Path | None = None, chars_tgz: Path | None = None,
         over_budget: bool = False) -> Path:
    source = SOURCES[name]
    out = out or EMOJI_DIR / f"{name}.xz"
    with tarfile.open(tgz) as tar:
        _check_package(tar, tgz, source.package, source.version)
        if source.chars is None:
            entries = READERS[source.form](tar, source)
        else:
            if chars_tgz is None:
                raise SystemExit(f"{name} takes its code points from {'@'.join(source.chars)}: give --chars-tgz")
            with tarfile.open(chars_tgz) as chars_tar:
                _check_package(chars_tar, chars_tgz, *source.chars)
                entries = READERS[source.form](tar, source, chars_tar)
    header = {"set": name, "source": f"npm {source.package}", "version": source.version, "count": len(entries)}
    if source.chars is not None:
        header["chars"] = f"npm {'@'.join(source.chars)}"
    lines = [json.dumps(header)] + [f"{key}\t{entries[key][1]}" for key in sorted(entries)]
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    packed = lzma.compress(raw, filters=FILTERS)
    if len(packed) > BUDGET and not over_budget:
        raise SystemExit(f"{name}: {len(entries)} SVGs, {len(raw):,} bytes -> {len(packed):,} bytes packed, over "
                         f"the {BUDGET:,}-byte budget of a bundled set: not written (--over-budget to write it)")
    out.write_bytes(packed)
    licence = EMOJI_DIR / f"LICENSE-{name}.txt"
    print(f"{name}: {len(entries)} SVGs, {len(raw):,} bytes -> {out} ({out.stat().st_size:,} bytes)"
          + ("" if licence.exists() else f"; write {licence} (licence and attribution) before committing"))
    return out


def npm_pack(package: str, version: str, folder: Path) -> Path:
    spec = f"{package}@{version}"
    done = subprocess.run(["npm", "pack", spec, "--silent"], cwd=folder, check=True, capture_output=True,
                          text=True)
    return folder / done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", choices=sorted(SOURCES))
    parser.add_argument("--tgz", type=Path, help="the npm tarball (default: npm pack it into a temporary folder)")
    parser.add_argument("--chars-tgz", type=Path, help="for a set whose code points come from another package "
                        "(fluent): that package's tarball (default: npm pack it)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--over-budget", action="store_true", help=f"write a set packed over {BUDGET:,} bytes")
    args = parser.parse_args()
    source = SOURCES[args.set]
    with tempfile.TemporaryDirectory() as tmp:
        tgz = args.tgz or npm_pack(source.package, source.version, Path(tmp))
        chars = args.chars_tgz
        if source.chars is not None and chars is None:
            chars = npm_pack(*source.chars, Path(tmp))
        pack(args.set, tgz, args.out, chars, args.over_budget)


if __name__ == "__main__":
    main()
