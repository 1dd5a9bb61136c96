"""Fonts installed on the machine, as the last fallback of text no given or bundled font covers
(``render(..., system_fonts=True)``; off by default, so a render never depends on the machine).

In: a code point with the weight, style and language of its text. Out: the :class:`FontFace` of an
installed font that has it, or None.

Where the fonts come from:

- **fontconfig** when ``fc-match`` is on the PATH (Linux, BSD, and macOS with it installed): one
  ``fc-match --sort --all`` per (weight, style, language) gives every installed face in fontconfig's order
  of preference for ``sans-serif`` with that weight and slant (and ``:lang=``, so Han text under
  ``lang="ja"`` prefers a Japanese face) together with each face's character set; the first face whose set
  has the code point is used, as a browser on Linux falls back through fontconfig.
- otherwise a **scan of the standard font folders** (:data:`FONT_DIRS`: the XDG and ``~/.fonts`` folders,
  ``/usr/share/fonts``, ``/usr/local/share/fonts``, macOS's and Windows' font folders) for ``.ttf``,
  ``.otf``, ``.ttc`` and ``.otc`` files; each face's coverage is read once with HarfBuzz, and faces are
  tried in the order of their style distance (italic, then CSS weight matching), then path.

Both inventories are built once per process, on the first code point that needs them; a face is read
(``load_face``, cached by content) only when it is chosen for a code point.
"""

from __future__ import annotations

import bisect
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from .fonts import FontFace, load_face

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
MAX_SCANNED_FILES = 5000


def _font_dirs() -> tuple[Path, ...]:
    home = Path.home()
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    dirs = [data_home / "fonts", home / ".fonts", Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
            home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    for extra in os.environ.get("XDG_DATA_DIRS", "").split(os.pathsep):
        if extra:
            dirs.append(Path(extra) / "fonts")
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    seen, out = set(), []
    for d in dirs:
        if d not in seen:
            seen.add(d)
            out.append(d)
    return tuple(out)


FONT_DIRS = _font_dirs()

# fontconfig weights <-> CSS weights (fontconfig's FcWeightFromOpenType table)
_FC_WEIGHTS = ((100, 0), (200, 40), (300, 50), (350, 55), (380, 75), (400, 80), (500, 100), (600, 180),
               (700, 200), (800, 205), (900, 210), (1000, 215))


def _piecewise(value: float, points, src: int) -> float:
    """``value`` mapped through the table's points (column ``src`` to the other), linear between them."""
    dst = 1 - src
    if value <= points[0][src]:
        return points[0][dst]
    for p0, p1 in zip(points, points[1:]):
        if value <= p1[src]:
            span = p1[src] - p0[src]
            return p0[dst] + (p1[dst] - p0[dst]) * (value - p0[src]) / span if span else p0[dst]
    return points[-1][dst]


def fc_weight(css: float) -> float:
    """A CSS weight as a fontconfig weight (linear between fontconfig's table points)."""
    return _piecewise(css, _FC_WEIGHTS, 0)


def css_weight(fc: float) -> float:
    """A fontconfig weight as a CSS weight."""
    return _piecewise(fc, _FC_WEIGHTS, 1)


@dataclass
class Installed:
    """One installed face: its file and index in it, family, CSS weight, italic, and coverage as sorted,
    disjoint (first, last) code point ranges."""

    path: str
    index: int
    family: str
    weight: float
    italic: bool
    starts: list
    ends: list

    def has(self, cp: int) -> bool:
        i = bisect.bisect_right(self.starts, cp) - 1
        return i >= 0 and cp <= self.ends[i]


def parse_charset(text: str) -> tuple[list, list]:
    """fontconfig's ``%{charset}`` (``20-7e a0-17f 192 ...``, hex) -> (starts, ends)."""
    starts, ends = [], []
    for part in text.split():
        lo, _, hi = part.partition("-")
        try:
            a = int(lo, 16)
            b = int(hi, 16) if hi else a
        except ValueError:
            continue
        starts.append(a)
        ends.append(b)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [ends[i] for i in order]


def ranges_of(codepoints) -> tuple[list, list]:
    """A set of code points -> (starts, ends) of its runs."""
    starts, ends = [], []
    for cp in sorted(codepoints):
        if ends and cp == ends[-1] + 1:
            ends[-1] = cp
        else:
            starts.append(cp)
            ends.append(cp)
    return starts, ends


# -- fontconfig ---------------------------------------------------------------------------------------------

_FC_FORMAT = "%{file}\\t%{index}\\t%{family[0]}\\t%{weight}\\t%{slant}\\t%{charset}\\n"


def fontconfig_order(weight: float, italic: bool, lang: str | None = None,
                     fc_match: str | None = None) -> list[Installed] | None:
    """Every installed face in fontconfig's order of preference for sans-serif text of this weight, style
    and language; None when fontconfig is not installed or fails."""
    exe = fc_match or shutil.which("fc-match")
    if not exe:
        return None
    pattern = f"sans-serif:weight={fc_weight(weight):g}:slant={100 if italic else 0}"
    if lang:
        safe = "".join(c for c in lang if c.isalnum() or c == "-")
        if safe:
            pattern += f":lang={safe}"
    try:
        done = subprocess.run([exe, "--sort", "--all", "--format", _FC_FORMAT, pattern], capture_output=True,
                              timeout=30, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    out, seen = [], set()
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        fields = line.split("\t")
        if len(fields) != 6 or not fields[0] or not fields[0].lower().endswith(FONT_SUFFIXES):
            continue
        path, index, family, fcw, slant, charset = fields
        try:
            key = (path, int(index))
            w = css_weight(float(fcw)) if fcw else 400.0
            it = bool(slant) and int(float(slant)) > 0
        except ValueError:
            continue
        if key in seen:
            continue
        seen.add(key)
        starts, ends = parse_charset(charset)
        out.append(Installed(path, key[1], family, w, it, starts, ends))
    return out


# -- folder scan --------------------------------------------------------------------------------------------

def scan_dirs(dirs=None) -> list[Installed]:
    """Every face of the font files under ``dirs`` (default :data:`FONT_DIRS`), with its coverage read by
    HarfBuzz; unreadable files are skipped."""
    import uharfbuzz as hb

    found: list[Installed] = []
    files = []
    for d in (FONT_DIRS if dirs is None else dirs):
        d = Path(d)
        if not d.is_dir():
            continue
        for root, _, names in os.walk(d):
            for name in sorted(names):
                if name.lower().endswith(FONT_SUFFIXES):
                    files.append(Path(root) / name)
                    if len(files) >= MAX_SCANNED_FILES:
                        break
    for path in sorted(set(files)):
        try:
            with open(path, "rb") as f:
                head = f.read(12)
            count = int.from_bytes(head[8:12], "big") if head[:4] == b"ttcf" else 1
            blob = hb.Blob.from_file_path(str(path))
            for index in range(min(count, 64)):
                face = hb.Face(blob, index)
                codepoints = face.unicodes
                if not codepoints:
                    continue
                family = face.get_name(hb.OTNameIdPredefined.TYPOGRAPHIC_FAMILY) or \
                    face.get_name(hb.OTNameIdPredefined.FONT_FAMILY) or path.stem
                subfamily = (face.get_name(hb.OTNameIdPredefined.FONT_SUBFAMILY) or "").lower()
                weight, italic = _style_of(face, subfamily)
                starts, ends = ranges_of(codepoints)
                found.append(Installed(str(path), index, family, weight, italic, starts, ends))
        except Exception:  # noqa: BLE001 - a broken file in a font folder is skipped, not fatal
            continue
    return found


def _style_of(face, subfamily: str) -> tuple[float, bool]:
    weight, italic = 400.0, "italic" in subfamily or "oblique" in subfamily
    try:
        os2 = face.reference_table("OS/2").data
        if len(os2) >= 64:
            weight = float(int.from_bytes(os2[4:6], "big")) or 400.0
            italic = italic or bool(int.from_bytes(os2[62:64], "big") & 1)
    except Exception:  # noqa: BLE001 - no OS/2 table: the name's style
        pass
    return weight, italic


# -- the finder ---------------------------------------------------------------------------------------------

class SystemFonts:
    """Finds installed faces for code points (see the module docstring). ``dirs`` scans those folders and
    never asks fontconfig (tests use it with a folder of their own); ``fc_match`` names the fontconfig
    program (default: ``fc-match`` on the PATH)."""

    def __init__(self, dirs=None, fc_match: str | None = None, use_fontconfig: bool = True):
        self.dirs = dirs
        self.fc_match = fc_match
        self.use_fontconfig = use_fontconfig and dirs is None
        self._lock = threading.Lock()
        self._orders: dict[tuple, list[Installed]] = {}
        self._scanned: list[Installed] | None = None
        self._faces: dict[tuple, FontFace | None] = {}
        self._found: dict[tuple, FontFace | None] = {}

    def _order(self, weight: float, italic: bool, lang: str | None) -> list[Installed]:
        key = (weight, italic, lang)
        order = self._orders.get(key)
        if order is None:
            order = fontconfig_order(weight, italic, lang, self.fc_match) if self.use_fontconfig else None
            if order is None:
                if self._scanned is None:
                    self._scanned = scan_dirs(self.dirs)
                from .fonts import _weight_distance
                order = sorted(self._scanned, key=lambda f: (f.italic != italic, _weight_distance(weight, f.weight),
                                                            f.path, f.index))
            self._orders[key] = order
        return order

    def _face(self, font: Installed) -> FontFace | None:
        key = (font.path, font.index)
        if key not in self._faces:
            try:
                self._faces[key] = load_face(Path(font.path).read_bytes(), font.index)
            except Exception:  # noqa: BLE001 - an unreadable installed font: try the next one
                self._faces[key] = None
        return self._faces[key]

    def face_for(self, cp: int, weight: float = 400.0, italic: bool = False,
                 lang: str | None = None) -> FontFace | None:
        """The face of the first installed font (in preference order) that has ``cp``, or None."""
        key = (cp, weight, italic, lang)
        if key in self._found:
            return self._found[key]
        with self._lock:
            face = None
            for font in self._order(weight, italic, lang):
                if font.has(cp):
                    face = self._face(font)
                    if face is not None and face.has(cp):
                        break
                    face = None
            self._found[key] = face
        return face

    def families(self) -> list[str]:
        """The family names of the installed faces (fontconfig's, or the scanned folders')."""
        return sorted({f.family for f in self._order(400.0, False, None)})


_default: SystemFonts | None = None
_default_lock = threading.Lock()


def system_fonts() -> SystemFonts:
    """The process-wide finder (its inventories are built once)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = SystemFonts()
    return _default


def reset() -> None:
    """Forget the inventories (after fonts were installed or removed)."""
    global _default
    with _default_lock:
        _default = None


__all__ = ["SystemFonts", "system_fonts", "reset", "scan_dirs", "fontconfig_order", "FONT_DIRS"]
