"""Static generation: one template and a table of parameters -> a folder of images and a manifest.

The counterpart of Next.js' ``generateStaticParams`` with a build-time ``opengraph-image``:

    ogrender build TEMPLATE PARAMS -o OUTDIR

In:

- TEMPLATE: an HTML file rendered with Jinja2 (autoescaping on, an unknown variable is an error), or a JSON
  element tree (a Satori object) whose *string values* may hold ``{placeholders}`` (``{name}``, or
  ``{author.name}`` into nested JSON). Values are put into the parsed tree, never into JSON text, so no
  parameter can change the tree's structure. A string that is exactly one placeholder takes a number as a
  number (``"fontSize": "{size}"``); ``{{`` and ``}}`` stand for literal braces.
- PARAMS: JSON (a list of objects), JSON Lines (one object a line) or CSV (a header row, then one row per
  image).

Out: one image per row in OUTDIR, named from ``--name`` (a pattern such as ``"{slug}"``; by default the row's
``slug``, else its ``id``, else its row number), and ``manifest.json`` listing every file with its size, ETag,
parameters and Open Graph / Twitter tags (see :mod:`ogrender.metadata`), and every failed row with its error.

Rows are rendered in parallel across processes (``concurrent.futures.ProcessPoolExecutor``); a row that fails
(a missing placeholder, a bad value, an image over the size limit) is reported with its row number and the
error, and the others are still written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import time
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence, TextIO
from urllib.parse import quote

from .errors import RenderError
from .metadata import check_image_size, image_tags, to_html
from .output import EXTENSIONS, check_format, check_quality, content_type
from .response import make_etag

__all__ = ["build", "BuildResult", "load_params", "load_template", "fill_placeholders", "BuildError"]

HTML_SUFFIXES = (".html", ".htm", ".jinja", ".jinja2", ".j2")
MANIFEST = "manifest.json"


class BuildError(RenderError):
    """A build could not start (unreadable template or parameters) or a row could not be rendered."""


# -- parameters -------------------------------------------------------------------------------------------

@dataclass
class Row:
    number: int                 # 1-based, in the order of PARAMS
    params: Any                 # a dict, or whatever a JSON row held (then ``error`` says why not)
    line: int | None = None     # the line in a CSV or JSON Lines file
    error: str | None = None    # a row that cannot even be read


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BuildError(f"cannot read {what} {str(path)!r}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BuildError(f"{what} {str(path)!r} is not UTF-8 text") from None


def load_params(source: str | Path | Sequence[Mapping[str, Any]]) -> list[Row]:
    """Rows from a ``.json`` (a list of objects), ``.jsonl``/``.ndjson`` or ``.csv`` file, or from a list of
    dicts. A row that is not an object (or a JSON Lines line that is not valid JSON) is kept with its error,
    so that it is reported and the others still rendered."""
    if not isinstance(source, (str, Path)):
        return [Row(n, dict(item) if isinstance(item, Mapping) else item,
                    error=None if isinstance(item, Mapping) else f"a row must be an object, not {type(item).__name__}")
                for n, item in enumerate(source, 1)]
    path = Path(source)
    text = _read_text(path, "parameters")
    suffix = path.suffix.lower()
    rows: list[Row] = []
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""), restval="")
        if not reader.fieldnames:
            raise BuildError(f"{str(path)!r} has no header row (the first row names the parameters)")
        try:
            for n, record in enumerate(reader, 1):
                extra = record.pop(None, None)
                rows.append(Row(n, record, reader.line_num,
                                f"{len(extra)} more values than the header has names" if extra else None))
        except csv.Error as exc:
            raise BuildError(f"{str(path)!r} line {reader.line_num}: {exc}") from None
    elif suffix in (".jsonl", ".ndjson"):
        n = 0
        for line_no, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            n += 1
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                rows.append(Row(n, None, line_no, f"not valid JSON: {exc.msg} (column {exc.colno})"))
                continue
            rows.append(Row(n, value, line_no,
                            None if isinstance(value, dict) else f"a row must be an object, not {type(value).__name__}"))
    elif suffix == ".json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BuildError(f"{str(path)!r} is not valid JSON: {exc}") from None
        if not isinstance(value, list):
            raise BuildError(f"{str(path)!r} must hold a list of objects, one per image, "
                             f"not a {type(value).__name__}")
        rows = load_params(value)
    else:
        raise BuildError(f"parameters must be a .json, .jsonl or .csv file, not {str(path)!r}")
    return rows


# -- templates --------------------------------------------------------------------------------------------

@dataclass
class Template:
    kind: str     # "html" or "json"
    source: Any   # the HTML text, or the parsed JSON tree
    path: str = ""


def load_template(path: str | Path) -> Template:
    """An HTML (Jinja2) or JSON template; a syntax error in it stops the build before any rendering."""
    path = Path(path)
    text = _read_text(path, "template")
    suffix = path.suffix.lower()
    is_json = suffix == ".json" or (suffix not in HTML_SUFFIXES and text.lstrip().startswith(("{", "[")))
    if is_json:
        try:
            return Template("json", json.loads(text), str(path))
        except json.JSONDecodeError as exc:
            raise BuildError(f"template {str(path)!r} is not valid JSON: {exc}") from None
    _jinja(text, str(path))  # compile once here to report syntax errors early
    return Template("html", text, str(path))


def _jinja(text: str, name: str = "template"):
    try:
        import jinja2
    except ImportError:  # pragma: no cover - a runtime dependency
        raise BuildError("HTML templates need Jinja2: pip install jinja2") from None
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    try:
        return env.from_string(text)
    except jinja2.TemplateSyntaxError as exc:
        raise BuildError(f"template {name!r} line {exc.lineno}: {exc.message}") from None


_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\}")
_ONLY = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\}")


def _lookup(params: Mapping[str, Any], name: str) -> Any:
    value: Any = params
    for part in name.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        else:
            keys = ", ".join(sorted(map(str, params))) or "none"
            raise BuildError(f"no value for placeholder {{{name}}} (this row has: {keys})")
    return value


def _as_text(value: Any, name: str) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e21 else repr(value)
    raise BuildError(f"{{{name}}} is a {type(value).__name__}; only strings and numbers can be placed in a "
                     f"string")


def fill_placeholders(tree: Any, params: Mapping[str, Any]) -> Any:
    """A copy of a JSON ``tree`` with ``{placeholders}`` in its string values replaced from ``params``
    (dict keys are left alone)."""
    if isinstance(tree, str):
        only = _ONLY.fullmatch(tree)
        if only:
            value = _lookup(params, only.group(1))
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return value
            return _as_text(value, only.group(1))

        def replace(m: re.Match) -> str:
            if m.group(0) == "{{":
                return "{"
            if m.group(0) == "}}":
                return "}"
            return _as_text(_lookup(params, m.group(1)), m.group(1))

        return _PLACEHOLDER.sub(replace, tree)
    if isinstance(tree, list):
        return [fill_placeholders(item, params) for item in tree]
    if isinstance(tree, dict):
        return {key: fill_placeholders(value, params) for key, value in tree.items()}
    return tree


def _fill_pattern(pattern: str, params: Mapping[str, Any], row: int) -> str:
    scope = {"row": row, **params} if isinstance(params, Mapping) else {"row": row}
    return _PLACEHOLDER.sub(lambda m: "{" if m.group(0) == "{{" else "}" if m.group(0) == "}}"
                            else _as_text(_lookup(scope, m.group(1)), m.group(1)), pattern)


# -- file names -------------------------------------------------------------------------------------------

def _safe_name(text: str) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip(".-")
    return name[:150]


def _file_name(row: Row, pattern: str | None, ext: str, digits: int) -> str:
    params = row.params
    if pattern is not None:
        stem = _fill_pattern(pattern, params, row.number)
    elif params.get("slug") not in (None, ""):
        stem = _as_text(params["slug"], "slug")
    elif params.get("id") not in (None, ""):
        stem = _as_text(params["id"], "id")
    else:
        stem = f"{row.number:0{digits}d}"
    safe = _safe_name(stem)
    if not safe:
        raise BuildError(f"the file name {stem!r} has no usable characters (letters, digits, '.', '_', '-')")
    return safe + ext


# -- the work of one row (in a worker process) --------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(shared: dict[str, Any]) -> None:
    _WORKER.clear()
    _WORKER.update(shared)
    if shared["template"].kind == "html":
        _WORKER["jinja"] = _jinja(shared["template"].source, shared["template"].path)


def _render_row(number: int, params: Mapping[str, Any], file_name: str) -> dict[str, Any]:
    from .api import render

    shared = _WORKER
    template: Template = shared["template"]
    result: dict[str, Any] = {"row": number, "file": file_name, "warnings": []}
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if template.kind == "html":
                tree = _WORKER["jinja"].render(params)
            else:
                tree = fill_placeholders(template.source, params)
            body = render(tree, shared["width"], shared["height"], shared["fonts"], format=shared["format"],
                          quality=shared["quality"], preset=shared["preset"], strict=shared["strict"],
                          base_dir=shared["base_dir"], emoji=shared["emoji"], system_fonts=shared["system_fonts"])
        result["warnings"] = list(dict.fromkeys(str(w.message) for w in caught))
        check_image_size(body, og=True, twitter=shared["twitter"], name=file_name)
        out = Path(shared["outdir"]) / file_name
        tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
        tmp.write_bytes(body)
        os.replace(tmp, out)
        result.update(bytes=len(body), etag=make_etag(body))
    except RenderError as exc:
        result["error"] = str(exc)
    except OSError as exc:
        result["error"] = f"cannot write {file_name!r}: {exc.strerror}"
    except Exception as exc:  # a Jinja2 error (an undefined variable...), or a bug: report the row, go on
        result["error"] = f"{type(exc).__name__}: {exc}"
    return result


# -- progress -------------------------------------------------------------------------------------------------

class _Progress:
    """A progress bar on a terminal (redrawn with ``\\r``), or a line every 10% otherwise."""

    def __init__(self, total: int, stream: TextIO | None):
        self.total = total
        self.stream = stream
        self.tty = bool(stream is not None and getattr(stream, "isatty", lambda: False)())
        self.start = time.perf_counter()
        self.done = 0
        self.failed = 0
        self._next_line = 0.1

    def _line(self) -> str:
        width = 30
        filled = int(width * self.done / self.total) if self.total else width
        rate = self.done / max(time.perf_counter() - self.start, 1e-9)
        failed = f", {self.failed} failed" if self.failed else ""
        return (f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} images"
                f"{failed} ({rate:.1f}/s)")

    def message(self, text: str) -> None:
        if self.stream is None:
            return
        if self.tty:
            self.stream.write("\r\033[K" + text + "\n" + self._line())
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def update(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if self.stream is None:
            return
        if self.tty:
            self.stream.write("\r" + self._line())
        elif self.done == self.total or self.done / self.total >= self._next_line:
            self.stream.write(self._line() + "\n")
            while self._next_line <= self.done / self.total:
                self._next_line += 0.1
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None and self.tty:
            self.stream.write("\n")
            self.stream.flush()


# -- the build ------------------------------------------------------------------------------------------------

@dataclass
class BuildResult:
    outdir: Path
    manifest_path: Path
    images: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors


def _url_for(base_url: str | None, file_name: str, etag: str) -> str:
    path = quote(file_name)
    url = f"{base_url.rstrip('/')}/{path}" if base_url else path
    return f"{url}?{etag.strip(chr(34))[:16]}"  # a content hash, as Next.js adds to static image URLs


def build(template: str | Path, params: str | Path | Sequence[Mapping[str, Any]], outdir: str | Path, *,
          width: int = 1200, height: int = 630, fonts: Iterable | None = None, format: str = "png",
          quality: int | None = None, jobs: int | None = None, name: str | None = None,
          alt: str | None = None, base_url: str | None = None, twitter: bool = True, preset: str = "satori",
          strict: bool = False, emoji: str | None = "twemoji", system_fonts: bool = False,
          progress: TextIO | None | bool = True) -> BuildResult:
    """Render ``template`` once per row of ``params`` into ``outdir`` and write ``outdir/manifest.json``.

    ``jobs``: worker processes (default: the CPU count; 1 renders in this process). ``name``: the file
    name pattern (``"{slug}"``, ``"{row}"``...; the extension comes from ``format``). ``alt``: an alt-text
    pattern (``"{title}"``; default the row's ``alt``). ``base_url``: where OUTDIR will be served, for the
    tags' absolute URLs. ``twitter``: add the Twitter tags (and check the 5 MB Twitter limit). ``emoji`` and
    ``system_fonts``: as for :func:`ogrender.render`. ``progress``:
    a stream for the progress bar (True: stderr, False/None: none). Failed rows are listed in
    ``result.errors`` (and the manifest); the others are written.
    """
    started = time.perf_counter()
    fmt = check_format(format)
    quality = check_quality(quality)
    from .api import _check_size
    width, height = _check_size(width, height)
    from .emoji import check as check_emoji
    emoji = check_emoji(emoji)  # an unknown or unavailable set stops the build here, not once per row
    tpl = load_template(template)
    rows = load_params(params)
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise BuildError(f"jobs must be a positive whole number, not {jobs!r}", prop="jobs")
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"cannot create {str(out)!r}: {exc.strerror}") from None
    fonts = None if fonts is None else list(fonts)
    if fonts is not None:
        from .fonts import font_set
        font_set(fonts)  # a bad font stops the build here, not once per row
    stream = sys.stderr if progress is True else (progress or None)
    bar = _Progress(len(rows), stream)

    ext = EXTENSIONS[fmt]
    digits = max(3, len(str(len(rows))))
    errors: dict[int, str] = {}
    todo: list[tuple[Row, str]] = []
    used: dict[str, int] = {}
    for row in rows:
        if row.error is None:
            try:
                file_name = _file_name(row, name, ext, digits)
                if file_name == MANIFEST or file_name in used:
                    raise BuildError(f"the file name {file_name!r} is already used"
                                     + (f" by row {used[file_name]}" if file_name in used else "")
                                     + "; use --name with a unique column, e.g. --name '{row}-{slug}'")
                used[file_name] = row.number
                todo.append((row, file_name))
                continue
            except RenderError as exc:
                row.error = str(exc)
        errors[row.number] = row.error + (f" (line {row.line})" if row.line else "")

    for number in sorted(errors):
        bar.message(f"ogrender: row {number}: error: {errors[number]}")
        bar.update(failed=True)

    shared = {"template": tpl, "width": width, "height": height, "fonts": fonts, "format": fmt,
              "quality": quality, "preset": preset, "strict": strict, "emoji": emoji, "system_fonts": system_fonts,
              "twitter": twitter, "outdir": str(out),
              # local image paths in the template are read relative to (and only under) its folder
              "base_dir": str(Path(tpl.path).resolve().parent) if tpl.path else None}
    workers = min(jobs or os.cpu_count() or 1, max(len(todo), 1))
    results: dict[int, dict[str, Any]] = {}

    def collect(result: dict[str, Any]) -> None:
        number = result["row"]
        for text in result.get("warnings", ()):
            bar.message(f"ogrender: row {number}: warning: {text}")
        if "error" in result:
            errors[number] = result["error"]
            bar.message(f"ogrender: row {number}: error: {result['error']}")
        else:
            results[number] = result
        bar.update(failed="error" in result)

    if workers <= 1:
        _init_worker(shared)
        for row, file_name in todo:
            collect(_render_row(row.number, row.params, file_name))
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(shared,)) as pool:
            futures = {pool.submit(_render_row, row.number, row.params, file_name): row
                       for row, file_name in todo}
            for future in as_completed(futures):
                try:
                    collect(future.result())
                except Exception as exc:  # a worker died (killed, out of memory): that row failed
                    row = futures[future]
                    collect({"row": row.number, "error": f"the worker process failed: {exc}"})
    bar.close()

    images = []
    params_of = {row.number: row.params for row in rows}
    ctype = content_type(fmt)
    for number in sorted(results):
        result = results[number]
        row_params = params_of[number]
        try:
            alt_text = _fill_pattern(alt, row_params, number) if alt is not None else row_params.get("alt")
            if alt_text is not None:
                alt_text = _as_text(alt_text, "alt")
            url = _url_for(base_url, result["file"], result["etag"])
            tags = image_tags(url, alt=alt_text, size=(width, height), content_type=ctype, twitter=twitter)
        except RenderError as exc:
            errors[number] = f"the image was written but its tags could not be made: {exc}"
            continue
        images.append({"row": number, "file": result["file"], "url": url, "width": width, "height": height,
                       "content_type": ctype, "bytes": result["bytes"], "etag": result["etag"], "alt": alt_text,
                       "params": row_params, "tags": [tag.as_dict() for tag in tags], "head": str(to_html(tags))})

    manifest_path = out / MANIFEST
    error_list = [{"row": number, "error": errors[number]} for number in sorted(errors)]
    manifest = {"template": tpl.path, "format": fmt, "width": width, "height": height,
                "rows": len(rows), "written": len(images), "failed": len(error_list),
                "images": images, "errors": error_list}
    tmp = manifest_path.with_name(f".{MANIFEST}.tmp")
    try:
        tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        os.replace(tmp, manifest_path)
    except OSError as exc:
        raise BuildError(f"cannot write {str(manifest_path)!r}: {exc.strerror}") from None
    return BuildResult(out, manifest_path, images, error_list, time.perf_counter() - started)
