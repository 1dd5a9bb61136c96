"""Layout benchmark: ogrender's ``layout()`` against Yoga (pyyoga) and Taffy (stretchable), side by side.

In: command-line options (``--sizes 10,100,1000,10000``, ``--repeat N``, ``--json out.json``,
``--stretchable-api``, ``--profile N``). Out, on stdout: a table with, for each tree size, every
engine's median end-to-end time per layout and per node and ogrender's time as a multiple of each
peer's; a second table with the peers' native layout call alone; below them, how many boxes each pair
of engines places within 0.5 px of each other (a sanity check, not pass/fail). With ``--json``, the
same numbers (and every run's times) in a file. With ``--profile N``, a cProfile of ogrender on the
N-node tree instead.

Every engine is timed end to end on the same trees from :mod:`benchmarks.trees`, in this process:
element tree in, every box's absolute geometry out. For ogrender that is ``layout(tree, 1200, 630,
preset="browser")`` plus a walk reading every box; for a peer, building its node tree from the element
tree, computing the layout and reading every box back. Each measurement is the median of ``--repeat``
runs after one warm-up run; the engines take turns run by run, with a ``gc.collect()`` and the peer's
node clean-up (not timed) between runs.

Run from the repository root: ``python benchmarks/layout_bench.py``. The peers are optional
(``pip install -e '.[bench]'``); a peer that is not installed is reported and skipped.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import ogrender  # noqa: E402
from benchmarks import taffy_tree, yoga_tree  # noqa: E402
from benchmarks.trees import ROOT_HEIGHT, ROOT_WIDTH, SIZES, make_tree, parent_indexes  # noqa: E402

TOLERANCE = 0.5  # px, for the geometry agreement counts
PEERS = (yoga_tree.ENGINE, taffy_tree.NATIVE)


# -- ogrender as an engine -----------------------------------------------------------------------------

class OgRender:
    """ogrender with the peers' phases: ``build`` (nothing: layout() takes the element tree),
    ``compute`` (``layout()``: parse, style, lay out), ``read`` (every box), ``release``."""

    NAME = "ogrender"
    PACKAGE = "ogrender"

    @staticmethod
    def version() -> str:
        return f"ogrender {ogrender.__version__} ({_checkout()})"

    @staticmethod
    def build(tree: dict) -> dict:
        return tree

    @staticmethod
    def compute(tree: dict, width: float, height: float):
        return ogrender.layout(tree, width, height, preset="browser")

    @staticmethod
    def read(root) -> list[tuple[float, float, float, float]]:
        boxes = []
        stack = [root]
        while stack:
            box = stack.pop()
            boxes.append((box.x, box.y, box.width, box.height))
            stack.extend(reversed(box.children))
        return boxes

    @staticmethod
    def release() -> None:
        pass


def _checkout() -> str:
    """The commit ogrender was imported from, ``+dirty`` when its working tree has changes."""
    package = Path(ogrender.__file__).resolve().parent
    try:
        found = subprocess.run(["git", "-C", str(package), "describe", "--always", "--dirty=+dirty"],
                               capture_output=True, text=True, timeout=10)
    except OSError:
        return str(package)
    return f"git {found.stdout.strip()}" if found.returncode == 0 else str(package)


# -- measuring -----------------------------------------------------------------------------------------

def default_repeat(nodes: int) -> int:
    """Enough runs for a stable median without spending minutes on the big trees."""
    return max(5, min(200, 20000 // nodes))


def run_once(engine, tree: dict) -> tuple[float, float, list]:
    """One end-to-end run: (total seconds, seconds in ``compute`` alone, boxes)."""
    start = time.perf_counter()
    handle = engine.build(tree)
    before = time.perf_counter()
    result = engine.compute(handle, ROOT_WIDTH, ROOT_HEIGHT)
    after = time.perf_counter()
    boxes = engine.read(result)
    end = time.perf_counter()
    return end - start, after - before, boxes


def _warm_up(engine, tree: dict) -> str | None:
    """One untimed run; the error it raised, as text, or None."""
    try:
        run_once(engine, tree)
    except Exception as exc:  # reported in the results; the other engines go on
        return f"{type(exc).__name__}: {exc}"
    finally:
        engine.release()
    return None


def measure_size(nodes: int, engines: list, repeat: int | None) -> dict:
    """Times and boxes of every engine on the ``nodes``-node tree; an engine that raises is recorded
    and left out."""
    tree = make_tree(nodes)
    runs = repeat or default_repeat(nodes)
    result = {"nodes": nodes, "repeat": runs, "engines": {}}
    working = []
    for engine in engines:
        error = _warm_up(engine, tree)
        if error is None:
            working.append(engine)
        else:
            result["engines"][engine.NAME] = {"error": error}
    for name, timing in _take_turns(working, tree, runs).items():
        timing["median_s"] = statistics.median(timing["runs_s"])
        timing["compute_median_s"] = statistics.median(timing["compute_runs_s"])
        timing["us_per_node"] = timing["median_s"] / nodes * 1e6
        result["engines"][name] = timing
    return result


def _take_turns(engines: list, tree: dict, runs: int) -> dict:
    """``runs`` timed runs of each engine, taking turns run by run so that a change in the machine's
    load hits them alike: per engine, every run's total and compute times and the last run's boxes."""
    timings = {engine.NAME: {"runs_s": [], "compute_runs_s": []} for engine in engines}
    for _ in range(runs):
        for engine in engines:
            gc.collect()
            total, compute, boxes = run_once(engine, tree)
            engine.release()
            timing = timings[engine.NAME]
            timing["runs_s"].append(total)
            timing["compute_runs_s"].append(compute)
            timing["boxes"] = boxes
    return timings


def agreeing(boxes: list, reference: list, parents: list, tolerance: float = TOLERANCE) -> dict:
    """Boxes (paired in document order) that match within ``tolerance``: ``"boxes"`` on absolute x, y,
    width and height; ``"local"`` on width, height and the offset from the parent's box (blind to a
    shift inherited from an ancestor); ``"sizes"`` on width and height only."""
    def close(a, b) -> bool:
        return all(abs(p - q) <= tolerance for p, q in zip(a, b))
    counts = {"boxes": 0, "local": 0, "sizes": 0}
    for i, (a, b) in enumerate(zip(boxes, reference)):
        counts["boxes"] += close(a, b)
        counts["sizes"] += close(a[2:], b[2:])
        counts["local"] += close(_local(boxes, i, parents[i]), _local(reference, i, parents[i]))
    return counts


def _local(boxes: list, index: int, parent: int | None) -> tuple:
    x, y, width, height = boxes[index]
    if parent is not None:
        x, y = x - boxes[parent][0], y - boxes[parent][1]
    return (x, y, width, height)


def add_agreement(result: dict, parents: list) -> None:
    """Each pair of engines that ran: counts of agreeing boxes, out of ``nodes``."""
    done = {name: r["boxes"] for name, r in result["engines"].items() if "boxes" in r}
    names = list(done)
    result["agreement"] = {f"{a} vs {b}": agreeing(done[b], done[a], parents)
                           for i, a in enumerate(names) for b in names[i + 1:]}


# -- reporting ---------------------------------------------------------------------------------------

def _columns(rows: list[list[str]], label_column: bool = False) -> list[str]:
    """Right-aligned columns under a header rule; ``label_column``: the first column left-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) if label_column and i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(row, widths))) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def time_table(results: list[dict], peers: list) -> str:
    """End to end: ms per layout, µs per node, and ogrender's time over each peer's."""
    header = ["nodes", "ogrender ms", "µs/node"]
    for peer in peers:
        header += [f"{peer.NAME} ms", "µs/node", f"ogrender/{peer.NAME}"]
    rows = [header]
    for result in results:
        ours = result["engines"].get(OgRender.NAME, {})
        row = [f"{result['nodes']:,}", *_time_cells(ours)]
        for peer in peers:
            theirs = result["engines"].get(peer.NAME, {})
            row += [*_time_cells(theirs), _ratio(ours, theirs, "median_s")]
        rows.append(row)
    return "\n".join(_columns(rows))


def compute_table(results: list[dict], peers: list) -> str:
    """The peers' native layout call alone (no tree building, no read-back), against ogrender end to end."""
    header = ["nodes"]
    for peer in peers:
        header += [f"{peer.NAME} compute µs/node", f"ogrender/{peer.NAME} compute"]
    rows = [header]
    for result in results:
        ours = result["engines"].get(OgRender.NAME, {})
        row = [f"{result['nodes']:,}"]
        for peer in peers:
            theirs = result["engines"].get(peer.NAME, {})
            per_node = (f"{theirs['compute_median_s'] / result['nodes'] * 1e6:.2f}"
                        if "compute_median_s" in theirs else "-")
            row += [per_node, _ratio(ours, theirs, "compute_median_s")]
        rows.append(row)
    return "\n".join(_columns(rows))


def _time_cells(engine_result: dict) -> list[str]:
    if "median_s" not in engine_result:
        return ["error" if "error" in engine_result else "-", "-"]
    return [f"{engine_result['median_s'] * 1e3:.3f}", f"{engine_result['us_per_node']:.2f}"]


def _ratio(ours: dict, theirs: dict, key: str) -> str:
    if "median_s" not in ours or key not in theirs or not theirs[key]:
        return "-"
    ratio = ours["median_s"] / theirs[key]
    return f"{ratio:.1f}x" if ratio >= 1 else f"{ratio:.2f}x"


def agreement_table(results: list[dict]) -> str:
    """Rows: pairs of engines; columns: tree sizes; cells: boxes / sizes that agree."""
    pairs = list(dict.fromkeys(pair for result in results for pair in result["agreement"]))
    rows = [["pair", *(f"{result['nodes']:,} nodes" for result in results)]]
    for pair in pairs:
        rows.append([pair, *(_agreement_cell(result, pair) for result in results)])
    return "\n".join(_columns(rows, label_column=True))


def _agreement_cell(result: dict, pair: str) -> str:
    counts = result["agreement"].get(pair)
    return f"{counts['boxes']:,} / {counts['local']:,} / {counts['sizes']:,}" if counts else "-"


def error_lines(results: list[dict]) -> list[str]:
    return [f"{name} raised on the {result['nodes']:,}-node tree: {r['error']}"
            for result in results for name, r in result["engines"].items() if "error" in r]


def report(results: list[dict], peers: list) -> str:
    parts = ["End to end (element tree in, every box out), median:", time_table(results, peers)]
    if peers:
        parts += ["", "The peers' native layout call alone (calculate_layout / compute_layout), median; "
                      "ratio: ogrender end to end over it:", compute_table(results, peers),
                  "", f"Geometry agreement, boxes within {TOLERANCE} px: absolute x, y, width, height / "
                      "offset in the parent, width, height / width, height only; out of the nodes "
                      "(a sanity check, not pass/fail):",
                  agreement_table(results)]
    return "\n".join(parts + error_lines(results))


def machine() -> dict:
    return {"platform": platform.platform(), "machine": platform.machine(), "cpus": os.cpu_count(),
            "python": platform.python_version()}


def write_json(path: str, results: list[dict], versions: dict) -> None:
    data = {"machine": machine(), "versions": versions, "tolerance_px": TOLERANCE,
            "canvas": [ROOT_WIDTH, ROOT_HEIGHT], "results": [_without_boxes(r) for r in results]}
    Path(path).write_text(json.dumps(data, indent=2) + "\n")


def _without_boxes(result: dict) -> dict:
    engines = {name: {k: v for k, v in r.items() if k != "boxes"} for name, r in result["engines"].items()}
    return {**result, "engines": engines}


# -- profiling ---------------------------------------------------------------------------------------

def profile(nodes: int, top: int = 10) -> None:
    """cProfile of ogrender on the ``nodes``-node tree (a warm-up, then 3 profiled runs): its top
    functions (ogrender's own, not the standard library's) by cumulative and by own time."""
    tree = make_tree(nodes)
    run_once(OgRender, tree)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        run_once(OgRender, tree)
    profiler.disable()
    package = re.escape(str(Path(ogrender.__file__).resolve().parent) + os.sep)
    for key in ("cumulative", "tottime"):
        print(f"--- ogrender layout(), {nodes:,} nodes, 3 runs, top {top} ogrender functions by {key} ---")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats(key).print_stats(package, top)


# -- command line ------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(n) for n in SIZES),
                        help="comma-separated node counts (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=None,
                        help="timed runs per engine and size (default: 200 for small trees, down to 5 "
                             "at 10,000 nodes)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--stretchable-api", action="store_true",
                        help="also time Taffy through stretchable's public Node/Style API (~2 ms per node)")
    parser.add_argument("--profile", type=int, metavar="N", help="profile ogrender on the N-node tree and exit")
    return parser.parse_args(argv)


def available_engines(peers) -> tuple[list, dict]:
    """ogrender plus each installed peer, and their versions; prints a line for each missing peer."""
    engines, versions = [OgRender], {OgRender.NAME: OgRender.version()}
    for peer in peers:
        found = peer.version()
        if found is None:
            print(f"{peer.NAME}: skipped, PyPI package {peer.PACKAGE!r} is not installed "
                  "(pip install -e '.[bench]')")
            continue
        engines.append(peer)
        versions[peer.NAME] = found
    return engines, versions


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.profile:
        profile(args.profile)
        return 0
    peers = PEERS + ((taffy_tree.PUBLIC,) if args.stretchable_api else ())
    engines, versions = available_engines(peers)
    info = machine()
    print(f"{info['platform']}, {info['cpus']} CPUs, Python {info['python']}")
    print("; ".join(f"{name}: {found}" for name, found in versions.items()))
    results = []
    for nodes in (int(size) for size in args.sizes.split(",")):
        result = measure_size(nodes, engines, args.repeat)
        add_agreement(result, parent_indexes(make_tree(nodes)))
        results.append(result)
    print(report(results, engines[1:]))
    if args.json:
        write_json(args.json, results, versions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
