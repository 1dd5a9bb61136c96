"""Maintainer tool: pack the Twemoji SVGs of the npm package ``@twemoji/svg`` into one compressed file.

    npm pack @twemoji/svg@15.0.0                       # -> twemoji-svg-15.0.0.tgz (1.5 MB, 3720 SVGs)
    python tools/pack_twemoji.py twemoji-svg-15.0.0.tgz

Out: ``ogrender/emoji/twemoji.xz``: an xz (LZMA2, preset 9 extreme) stream of one UTF-8 text: a first line
``{"version", "count"}`` (JSON), then one line per emoji, ``<file name without .svg>\\t<svg>`` (the SVGs as
published, one line each), sorted by name. Read by :mod:`ogrender.emoji`. The graphics are Twemoji
(CC-BY 4.0, ogrender/emoji/LICENSE-twemoji.txt); the package that publishes them is MIT.
"""

from __future__ import annotations

import argparse
import json
import lzma
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ogrender" / "emoji" / "twemoji.xz"


def pack(tgz: Path, out: Path = OUT) -> None:
    entries = {}
    version = "?"
    with tarfile.open(tgz) as tar:
        for member in tar.getmembers():
            name = Path(member.name).name
            data = tar.extractfile(member).read() if member.isfile() else None
            if data is None:
                continue
            if name == "package.json":
                version = json.loads(data)["version"]
            elif name.endswith(".svg"):
                svg = " ".join(data.decode("utf-8").split())  # one line
                entries[name[:-4]] = svg
    lines = [json.dumps({"source": "npm @twemoji/svg", "version": version, "count": len(entries)})]
    lines += [f"{name}\t{entries[name]}" for name in sorted(entries)]
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    out.write_bytes(lzma.compress(raw, preset=9 | lzma.PRESET_EXTREME))
    print(f"{len(entries)} SVGs, {len(raw):,} bytes -> {out} ({out.stat().st_size:,} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tgz", type=Path, help="the npm tarball of @twemoji/svg")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    pack(args.tgz, args.out)


if __name__ == "__main__":
    main()
