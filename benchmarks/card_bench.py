"""Card benchmark: ogrender's ``render()`` on Open Graph cards, against Satori + resvg and Takumi side by side.

In: command-line options (``--repeat N``, ``--peer-repeat N``, ``--cards a,b``, ``--no-peers``, ``--no-cold``,
``--no-throughput``, ``--json out.json``, ``--plot docs/performance.png``, ``--ogrender PATH``,
``--profile CARD``). Out, on stdout: the tables below; with ``--json`` every number (and every run) in a
file; with ``--plot`` a picture of the per-card times and ogrender's stages.

- **Warm, per card** (``benchmarks/cards/*.json``, Satori element objects, 1200 x 630, the bundled fonts
  listed in ``cards/fonts.json``): p50 and p95 of ``--repeat`` renders (element -> PNG bytes) after two
  warm-up renders, and per stage (tree + CSS, layout, text, paint, encode) from ``render(..., timings=d)``.
  Totals come from runs without the timing hook; the two kinds of run alternate.
- **Peers** (when ``node`` and ``npm`` are found): ``benchmarks/peers`` is installed with npm on first use
  (``npm ci``; its ``node_modules`` is git-ignored), then ``node benchmarks/peers/render.mjs`` renders the
  same card JSON with the same font files, warm, in one process: Satori 0.33 (next/og's) + resvg, the newest
  Satori + resvg, and Takumi (``@takumi-rs/core``; the Satori element converted to Takumi's nodes, see
  render.mjs). The table gives ogrender / peer per card (p50 over p50) and the median over the cards, and
  the PNG sizes. Without Node, one line says so and ogrender runs alone.
- **Cold start and peak RSS**: for each card, a new Python process imports ogrender, renders the card once
  (cold), three more times, and reports the import time, the first render's time, the process's wall time
  and its peak RSS (``ru_maxrss``).
- **Throughput**: :func:`ogrender.batch.RenderPool` with 1 and 2 worker processes (started and warmed up
  first, not timed) renders every card ``--copies`` times; cards per second and the 1 -> 2 scaling.

Run from the repository root: ``python benchmarks/card_bench.py`` (about 5 minutes on 2 cores with the
peers). ``pip install -e '.[bench]'`` for the plot (matplotlib) and ``--profile`` (pyinstrument).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CARDS_DIR = REPO / "benchmarks" / "cards"
PEERS_DIR = REPO / "benchmarks" / "peers"
WIDTH, HEIGHT = 1200, 630
STAGES = ("tree", "layout", "text", "paint", "encode")
PEERS = ("satori033+resvg", "satori+resvg", "takumi")
PEER_LABELS = {"satori033+resvg": "satori 0.33 + resvg", "satori+resvg": "satori newest + resvg",
               "takumi": "takumi"}
TARGETS = {"satori033+resvg": 0.25, "satori+resvg": 0.25, "takumi": 1.0}  # ogrender / peer, median


def _import_ogrender(path: str | None):
    root = Path(path).resolve() if path else REPO
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    import ogrender
    return ogrender


# -- inputs ----------------------------------------------------------------------------------------------------

def load_cards(only: list[str] | None = None) -> dict[str, dict]:
    names = sorted(p.stem for p in CARDS_DIR.glob("*.json") if p.stem != "fonts")
    if only:
        unknown = set(only) - set(names)
        if unknown:
            raise SystemExit(f"unknown cards {sorted(unknown)}; there are: {', '.join(names)}")
        names = [n for n in names if n in only]
    return {n: json.loads((CARDS_DIR / f"{n}.json").read_text()) for n in names}


def font_specs() -> list[dict]:
    return json.loads((CARDS_DIR / "fonts.json").read_text())


def load_fonts(ogrender) -> list:
    return [ogrender.Font(f["name"], (REPO / f["path"]).read_bytes(), f["weight"], f["style"])
            for f in font_specs()]


def _checkout(ogrender) -> str:
    package = Path(ogrender.__file__).resolve().parent
    found = subprocess.run(["git", "-C", str(package), "describe", "--always", "--dirty=+dirty"],
                           capture_output=True, text=True)
    return found.stdout.strip() if found.returncode == 0 else str(package)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _summary(runs_ms: list[float]) -> dict:
    return {"p50": _pct(runs_ms, 0.5), "p95": _pct(runs_ms, 0.95), "runs_ms": runs_ms}


# -- ogrender, warm --------------------------------------------------------------------------------------------

def measure_ogrender(ogrender, cards: dict, fonts: list, repeat: int) -> dict:
    out = {}
    for name, card in cards.items():
        for _ in range(2):
            png = ogrender.render(card, WIDTH, HEIGHT, fonts)
        totals, cpu, stages = [], [], {s: [] for s in STAGES}
        for _ in range(repeat):
            gc.collect()
            cpu_start = time.process_time()
            start = time.perf_counter()
            ogrender.render(card, WIDTH, HEIGHT, fonts)
            totals.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - cpu_start) * 1000)
            timings: dict = {}
            ogrender.render(card, WIDTH, HEIGHT, fonts, timings=timings)
            for s in STAGES:
                stages[s].append(timings.get(s, 0.0) * 1000)
        out[name] = {**_summary(totals), "cpu_p50": _pct(cpu, 0.5), "cpu_ms": cpu, "bytes": len(png),
                     "stages": {s: {"p50": _pct(v, 0.5), "p95": _pct(v, 0.95)} for s, v in stages.items()}}
    return out


def profile(ogrender, cards: dict, fonts: list, name: str) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        raise SystemExit("--profile needs pyinstrument: pip install -e '.[bench]'") from None
    targets = cards if name == "all" else {name: cards[name]}
    for card in targets.values():
        ogrender.render(card, WIDTH, HEIGHT, fonts)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(5):
        for card in targets.values():
            ogrender.render(card, WIDTH, HEIGHT, fonts)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False))


# -- peers (Node) ----------------------------------------------------------------------------------------------

def _peers_installed() -> bool:
    modules = PEERS_DIR / "node_modules"
    return all((modules / p / "package.json").is_file()
               for p in ("satori", "satori033", "@resvg/resvg-js", "@takumi-rs/core"))


def ensure_peers() -> str | None:
    """None when the peers are ready, else why they are skipped."""
    if not shutil.which("node"):
        return "node is not installed: the peers (Satori + resvg, Takumi) are skipped"
    if _peers_installed():
        return None
    npm = shutil.which("npm")
    if not npm:
        return "npm is not installed: the peers are skipped"
    command = [npm, "ci" if (PEERS_DIR / "package-lock.json").is_file() else "install", "--no-audit", "--no-fund"]
    print(f"installing the peers: {' '.join(command[1:])} in {PEERS_DIR.relative_to(REPO)} ...", file=sys.stderr)
    done = subprocess.run(command, cwd=PEERS_DIR, capture_output=True, text=True)
    if done.returncode != 0 or not _peers_installed():
        return f"npm failed ({done.returncode}): {done.stderr.strip()[-300:]}; the peers are skipped"
    return None


def measure_peers(cards: dict, repeat: int, out_dir: str | None) -> dict:
    spec = {"cards": cards, "fonts": font_specs(), "width": WIDTH, "height": HEIGHT, "repeat": repeat,
            "warmup": 2, "out": out_dir}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(spec, f)
    try:
        done = subprocess.run(["node", str(PEERS_DIR / "render.mjs"), f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        raise RuntimeError(f"node failed: {done.stderr.strip()[-500:]}")
    data = json.loads(done.stdout)
    for peer in data["results"].values():
        for card, result in peer.items():
            if "runs_ms" in result:
                peer[card] = {**_summary(result["runs_ms"]), "bytes": result["bytes"],
                              "cpu_p50": _pct(result.get("cpu_ms", []), 0.5), "cpu_ms": result.get("cpu_ms", [])}
    return data


# -- cold start, peak RSS --------------------------------------------------------------------------------------

_COLD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[1])
import ogrender
t1 = time.perf_counter()
card = json.loads(open(sys.argv[2]).read())
fonts = [ogrender.Font(f["name"], open(f["file"], "rb").read(), f["weight"], f["style"])
         for f in json.loads(sys.argv[3])]
t2 = time.perf_counter()
ogrender.render(card, 1200, 630, fonts)
t3 = time.perf_counter()
for _ in range(3):
    ogrender.render(card, 1200, 630, fonts)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"import_s": t1 - t0, "fonts_s": t2 - t1, "first_render_s": t3 - t2,
                  "rss_mb": rss / 1024 if sys.platform != "darwin" else rss / 2**20}))
"""


def measure_cold(ogrender_root: Path, cards: dict, runs: int) -> dict:
    """Per card, the median of ``runs`` new processes. Bytecode caches are on, as after ``pip install`` (which
    compiles every module): PYTHONDONTWRITEBYTECODE is dropped and the caches go to a folder of their own
    (PYTHONPYCACHEPREFIX), written by one untimed process first (its numbers are kept as ``cold_first_process``)."""
    fonts = json.dumps([{**f, "file": str(REPO / f["path"])} for f in font_specs()])
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "ogrender-bench-pycache")
    out = {}
    first = next(iter(cards))
    seed = subprocess.run([sys.executable, "-c", _COLD, str(ogrender_root), str(CARDS_DIR / f"{first}.json"), fonts],
                          capture_output=True, text=True, env=env)
    if seed.returncode == 0:
        out["_first_process"] = json.loads(seed.stdout.strip().splitlines()[-1])
    for name in cards:
        results = []
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", _COLD, str(ogrender_root), str(CARDS_DIR / f"{name}.json"),
                                   fonts], capture_output=True, text=True, env=env)
            wall = time.perf_counter() - start
            if done.returncode != 0:
                raise RuntimeError(f"cold run of {name} failed: {done.stderr.strip()[-500:]}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            result["process_s"] = wall
            result["cold_s"] = result["import_s"] + result["fonts_s"] + result["first_render_s"]
            results.append(result)
        out[name] = {k: statistics.median(r[k] for r in results) for k in results[0]}
    return out


# -- throughput -------------------------------------------------------------------------------------------------

def measure_throughput(ogrender, cards: dict, fonts: list, copies: int, processes=(1, 2), rounds: int = 5) -> dict:
    """Cards per second of a warm pool of 1 and of 2 worker processes; the pools take turns for ``rounds``
    rounds (so a change in the machine's load hits both alike) and the median round is kept."""
    try:
        from ogrender.batch import RenderPool
    except ImportError:  # an ogrender older than render_many
        return {}
    from concurrent.futures import ProcessPoolExecutor

    from ogrender import batch
    trees = [card for _ in range(copies) for card in cards.values()]
    pools, starts = {}, {}
    try:
        for n in processes:
            start = time.perf_counter()
            pool = pools[n] = RenderPool(WIDTH, HEIGHT, fonts, processes=n)
            if pool._executor is None:  # one worker process too (RenderPool would render in this process)
                pool._executor = ProcessPoolExecutor(n, initializer=batch._init_worker,
                                                     initargs=(pool.width, pool.height, pool.fonts, pool.options))
            pool.map(list(cards.values()) * n, chunksize=1)  # start and warm every worker
            starts[n] = time.perf_counter() - start
        seconds = {n: [] for n in processes}
        for _ in range(rounds):
            for n in processes:
                begin = time.perf_counter()
                pools[n].map(trees)
                seconds[n].append(time.perf_counter() - begin)
    finally:
        for pool in pools.values():
            pool.close()
    return {n: {"cards": len(trees), "seconds": statistics.median(v), "rounds_s": v,
                "cards_per_s": len(trees) / statistics.median(v), "best_cards_per_s": len(trees) / min(v),
                "start_s": starts[n]} for n, v in seconds.items()}


# -- reporting -----------------------------------------------------------------------------------------------

def _columns(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _ms(x: float) -> str:
    return f"{x:.1f}" if x == x else "-"


def report(result: dict) -> str:
    og = result["ogrender"]
    peers = result.get("peers", {}).get("results", {})
    parts = []
    header = ["card", "ogrender p50", "p95"]
    for p in PEERS:
        if p in peers:
            header += [f"{PEER_LABELS[p]} p50", "p95", "ratio"]
    rows = [header]
    ratios = {p: [] for p in PEERS}
    for card, r in og.items():
        row = [card, _ms(r["p50"]), _ms(r["p95"])]
        for p in PEERS:
            if p not in peers:
                continue
            pr = peers[p].get(card, {})
            if "p50" in pr:
                ratio = r["p50"] / pr["p50"]
                ratios[p].append(ratio)
                row += [_ms(pr["p50"]), _ms(pr["p95"]), f"{ratio:.2f}"]
            else:
                row += ["error", "", ""]
        rows.append(row)
    median_row = ["median", _ms(statistics.median(r["p50"] for r in og.values())),
                  _ms(statistics.median(r["p95"] for r in og.values()))]
    for p in PEERS:
        if p in peers:
            ok = [v for v in peers[p].values() if "p50" in v]
            median_row += [_ms(statistics.median(v["p50"] for v in ok)) if ok else "-",
                           _ms(statistics.median(v["p95"] for v in ok)) if ok else "-",
                           f"{statistics.median(ratios[p]):.2f}" if ratios[p] else "-"]
    rows.append(median_row)
    parts.append("Warm, element -> PNG bytes, ms (ratio: ogrender p50 / peer p50):\n" + _columns(rows))
    if peers:
        rows = [["card", "ogrender cpu p50"] + [x for p in PEERS if p in peers for x in (f"{PEER_LABELS[p]} cpu p50",
                                                                                          "ratio")]]
        cpu_ratios = {p: [] for p in PEERS}
        for card, r in og.items():
            row = [card, _ms(r["cpu_p50"])]
            for p in PEERS:
                if p not in peers:
                    continue
                pr = peers[p].get(card, {})
                if pr.get("cpu_p50", float("nan")) == pr.get("cpu_p50", float("nan")):  # present, not NaN
                    cpu_ratios[p].append(r["cpu_p50"] / pr["cpu_p50"])
                    row += [_ms(pr["cpu_p50"]), f"{cpu_ratios[p][-1]:.2f}"]
                else:
                    row += ["-", ""]
            rows.append(row)
        rows.append(["median", _ms(statistics.median(r["cpu_p50"] for r in og.values()))]
                    + [x for p in PEERS if p in peers for x in (
                        _ms(statistics.median(v["cpu_p50"] for v in peers[p].values() if "cpu_p50" in v)),
                        f"{statistics.median(cpu_ratios[p]):.2f}" if cpu_ratios[p] else "-")])
        result["cpu_ratios"] = {p: statistics.median(v) for p, v in cpu_ratios.items() if v}
        parts.append("The same runs in CPU time (process-wide, every thread; less sensitive to other load on the "
                     "machine), ms:\n" + _columns(rows))
    errors = [f"  {p} {card}: {v['error']}" for p in peers for card, v in peers[p].items() if "error" in v]
    if errors:
        parts.append("Peer errors:\n" + "\n".join(errors))
    if ratios and any(ratios.values()):
        result["ratios"] = {p: statistics.median(v) for p, v in ratios.items() if v}

    rows = [["card"] + [f"{s} p50" for s in STAGES] + ["encode p95", "sum p50"]]
    for card, r in og.items():
        st = r["stages"]
        rows.append([card] + [f"{st[s]['p50']:.2f}" for s in STAGES] + [f"{st['encode']['p95']:.2f}",
                                                                      f"{sum(st[s]['p50'] for s in STAGES):.2f}"])
    rows.append(["median"] + [f"{statistics.median(r['stages'][s]['p50'] for r in og.values()):.2f}"
                              for s in STAGES] + ["", ""])
    parts.append("ogrender per stage, ms (tree = tree + CSS; text = shaping and line breaking inside layout):\n"
                 + _columns(rows))

    before = result.get("before")
    if before:
        rows = [["stage", f"before p50 ({before['label']})", "after p50", "after / before"]]
        for s in (*STAGES, "total"):
            if s == "total":
                b = statistics.median(r["p50"] for r in before["ogrender"].values())
                a = statistics.median(r["p50"] for r in og.values())
            else:
                b = statistics.median(r["stages"][s]["p50"] for r in before["ogrender"].values())
                a = statistics.median(r["stages"][s]["p50"] for r in og.values())
            rows.append([s, f"{b:.2f}", f"{a:.2f}", f"{a / b:.2f}" if b else "-"])
        parts.append("Stages before / after (median over the cards, ms; total: median of the cards' p50 render "
                     "time):\n" + _columns(rows))
    rows = [["card", "ogrender KB"] + [f"{PEER_LABELS[p]} KB" for p in PEERS if p in peers]]
    for card, r in og.items():
        rows.append([card, f"{r['bytes'] / 1024:.1f}"]
                    + [f"{peers[p][card]['bytes'] / 1024:.1f}" if "bytes" in peers[p].get(card, {}) else "-"
                       for p in PEERS if p in peers])
    rows.append(["median", f"{statistics.median(r['bytes'] for r in og.values()) / 1024:.1f}"]
                + [f"{statistics.median(v['bytes'] for v in peers[p].values() if 'bytes' in v) / 1024:.1f}"
                   for p in PEERS if p in peers])
    parts.append(f"PNG sizes (ogrender at compression={result['compression']}):\n" + _columns(rows))

    cold = result.get("cold")
    if cold:
        rows = [["card", "import ms", "first render ms", "import + first ms", "process wall ms", "peak RSS MB"]]
        for card, c in cold.items():
            rows.append([card, f"{c['import_s'] * 1000:.0f}", f"{c['first_render_s'] * 1000:.0f}",
                         f"{c['cold_s'] * 1000:.0f}", f"{c['process_s'] * 1000:.0f}", f"{c['rss_mb']:.0f}"])
        rows.append(["median"] + [f"{statistics.median(c[k] for c in cold.values()) * m:.0f}"
                                  for k, m in (("import_s", 1000), ("first_render_s", 1000), ("cold_s", 1000),
                                               ("process_s", 1000), ("rss_mb", 1))])
        rows.append(["max"] + [f"{max(c[k] for c in cold.values()) * m:.0f}"
                               for k, m in (("import_s", 1000), ("first_render_s", 1000), ("cold_s", 1000),
                                            ("process_s", 1000), ("rss_mb", 1))])
        parts.append("Cold start (a new process: import + fonts + first render) and peak RSS "
                     f"(median of {result['cold_runs']} processes per card, bytecode cached):\n" + _columns(rows))
        seed = result.get("cold_first_process")
        if seed:
            parts.append(f"The first process (it writes the bytecode caches when they are missing): import {seed['import_s'] * 1000:.0f} ms, "
                         f"first render {seed['first_render_s'] * 1000:.0f} ms.")

    tp = result.get("throughput")
    if tp:
        rows = [["processes", "cards", "median s", "cards/s", "speed-up", "best round cards/s", "speed-up",
                 "pool start s"]]
        base = tp.get(1) or tp.get("1")
        for n, t in tp.items():
            best = t.get("best_cards_per_s", t["cards_per_s"])
            rows.append([str(n), str(t["cards"]), f"{t['seconds']:.2f}", f"{t['cards_per_s']:.1f}",
                         f"{t['cards_per_s'] / base['cards_per_s']:.2f}x" if base else "-", f"{best:.1f}",
                         f"{best / base.get('best_cards_per_s', base['cards_per_s']):.2f}x" if base else "-",
                         f"{t['start_s']:.2f}"])
        rounds = len(next(iter(tp.values())).get("rounds_s", [])) or 1
        parts.append(f"Throughput, warm RenderPool (render_many) over every card, {rounds} rounds taking turns:\n"
                     + _columns(rows))

    parts.append(targets(result))
    return "\n\n".join(parts)


def targets(result: dict) -> str:
    og = result["ogrender"]
    lines = ["Targets:"]
    ratios = result.get("ratios", {})
    cpu_ratios = result.get("cpu_ratios", {})
    for p, limit in TARGETS.items():
        if p in ratios:
            line = (f"  ogrender / {PEER_LABELS[p]} median {ratios[p]:.2f} <= {limit:g}: "
                    f"{'met' if ratios[p] <= limit else 'NOT met'}")
            if p in cpu_ratios:
                line += (f" (in CPU time {cpu_ratios[p]:.2f}: "
                         f"{'met' if cpu_ratios[p] <= limit else 'NOT met'})")
            lines.append(line)
    cold = result.get("cold")
    if cold:
        c = statistics.median(v["cold_s"] for v in cold.values())
        rss = max(v["rss_mb"] for v in cold.values())
        lines.append(f"  cold start (import + first render, median) {c * 1000:.0f} ms < 500 ms: "
                     f"{'met' if c < 0.5 else 'NOT met'}")
        lines.append(f"  peak RSS (max over cards) {rss:.0f} MB < 150 MB: {'met' if rss < 150 else 'NOT met'}")
    costly = {s: statistics.median(r["stages"][s]["p50"] for r in og.values()) for s in STAGES}
    top = max(costly, key=costly.get)
    lines.append(f"  the costliest stage (median over cards): {top} {costly[top]:.2f} ms")
    return "\n".join(lines)


def plot(result: dict, path: Path) -> None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        print("--plot needs matplotlib: pip install -e '.[bench]'", file=sys.stderr)
        return
    og = result["ogrender"]
    peers = result.get("peers", {}).get("results", {})
    cards = list(og)
    before = result.get("before")
    if before:
        fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(19, 6.2), gridspec_kw={"width_ratios": [3, 2, 1.2]})
    else:
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(15, 6.2), gridspec_kw={"width_ratios": [3, 2]})
    engines = [("ogrender", {c: og[c] for c in cards}, "#1f6feb")]
    colours = {"satori033+resvg": "#d1242f", "satori+resvg": "#fb8f44", "takumi": "#2da44e"}
    engines += [(PEER_LABELS[p], peers[p], colours[p]) for p in PEERS if p in peers]
    width = 0.8 / len(engines)
    for i, (label, data, colour) in enumerate(engines):
        xs = [j + (i - (len(engines) - 1) / 2) * width for j in range(len(cards))]
        p50 = [data.get(c, {}).get("p50", float("nan")) for c in cards]
        p95 = [data.get(c, {}).get("p95", float("nan")) for c in cards]
        ax1.bar(xs, p50, width, label=label, color=colour)
        ax1.errorbar(xs, p50, yerr=[[0] * len(cards), [max(0.0, b - a) for a, b in zip(p50, p95)]],
                     fmt="none", ecolor="black", elinewidth=0.6, capsize=1.5)
    ax1.set_yscale("log")
    ax1.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:g}"))
    ax1.yaxis.set_minor_formatter(matplotlib.ticker.FuncFormatter(
        lambda v, _: f"{v:g}" if f"{v:g}"[0] in "25" else ""))
    ax1.set_xticks(range(len(cards)), cards, rotation=35, ha="right")
    ax1.set_ylabel("ms per card, warm (bar p50, whisker p95; log scale)")
    ax1.set_title("Element -> PNG bytes, 1200 x 630")
    ax1.legend(fontsize=9)
    ax1.grid(axis="y", which="both", alpha=0.25)
    bottom = [0.0] * len(cards)
    stage_colours = ["#8250df", "#1f6feb", "#54aeff", "#bf8700", "#cf222e"]
    for s, colour in zip(STAGES, stage_colours):
        vals = [og[c]["stages"][s]["p50"] for c in cards]
        ax2.barh(cards, vals, left=bottom, color=colour, label=s)
        bottom = [a + b for a, b in zip(bottom, vals)]
    ax2.invert_yaxis()
    ax2.set_xlabel("ms (p50 per stage)")
    ax2.set_title("ogrender by stage")
    ax2.legend(fontsize=9, loc="lower right")
    ax2.grid(axis="x", alpha=0.25)
    if before:
        rows = [("before", before["ogrender"]), ("after", og)]
        for i, (label, data) in enumerate(rows):
            left = 0.0
            for s, colour in zip(STAGES, stage_colours):
                value = statistics.median(r["stages"][s]["p50"] for r in data.values())
                ax3.barh([label], [value], left=left, color=colour, label=s if i == 0 else None)
                left += value
            ax3.text(left + 0.2, i, f"{left:.1f} ms", va="center", fontsize=9)
        ax3.invert_yaxis()
        ax3.set_xlabel("ms (median over the cards, per stage)")
        ax3.set_title(f"Stages before / after\n(before: {before['label']})", fontsize=10)
        ax3.set_xlim(0, ax3.get_xlim()[1] * 1.15)
        ax3.grid(axis="x", alpha=0.25)
    fig.suptitle(f"ogrender {result['commit']} on {result['machine']}", fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=90)
    print(f"wrote {path}", file=sys.stderr)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=20, help="timed renders per card for ogrender")
    ap.add_argument("--peer-repeat", type=int, default=10, help="timed renders per card for each peer")
    ap.add_argument("--cards", help="comma-separated card names (default: all)")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--no-throughput", action="store_true")
    ap.add_argument("--copies", type=int, default=8, help="renders of each card for the throughput test")
    ap.add_argument("--json", help="write every number to this file")
    ap.add_argument("--plot", help="write the plot (PNG) to this file, e.g. docs/performance.png")
    ap.add_argument("--peer-pngs", help="folder for the peers' PNGs (to look at them)")
    ap.add_argument("--ogrender", help="import ogrender from this checkout instead (e.g. an older commit)")
    ap.add_argument("--label", help="how to name that ogrender in the output (default: git describe)")
    ap.add_argument("--before", metavar="JSON", help="the --json of an earlier run (e.g. --ogrender an older "
                    "checkout) to compare the stages with, in the tables and the plot")
    ap.add_argument("--before-label", default="before", help="its name in the tables and the plot")
    ap.add_argument("--profile", metavar="CARD", help="pyinstrument profile of warm renders of CARD (or all)")
    args = ap.parse_args(argv)

    ogrender = _import_ogrender(args.ogrender)
    cards = load_cards(args.cards.split(",") if args.cards else None)
    fonts = load_fonts(ogrender)
    if args.profile:
        profile(ogrender, cards, fonts, args.profile)
        return
    from ogrender.output import png as png_module
    load_start = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    result = {"load_start": load_start, "commit": args.label or _checkout(ogrender), "machine": machine(), "repeat": args.repeat,
              "peer_repeat": args.peer_repeat, "cold_runs": args.cold_runs,
              "compression": getattr(png_module, "DEFAULT_LEVEL", 6),
              "deflate": getattr(png_module, "backend", lambda level: "zlib")(getattr(png_module, "DEFAULT_LEVEL", 6))}
    print(f"ogrender {result['commit']} ({Path(ogrender.__file__).parent}); {result['machine']}; "
          f"PNG level {result['compression']} ({result['deflate']})", file=sys.stderr)

    if not args.no_peers:
        skipped = ensure_peers()
        if skipped:
            print(skipped)
        else:
            print("peers: rendering in node ...", file=sys.stderr)
            result["peers"] = measure_peers(cards, args.peer_repeat, args.peer_pngs)
            print(f"peers: {json.dumps(result['peers']['versions'])}", file=sys.stderr)
    print("ogrender: warm renders ...", file=sys.stderr)
    result["ogrender"] = measure_ogrender(ogrender, cards, fonts, args.repeat)
    if not args.no_cold:
        print("ogrender: cold processes ...", file=sys.stderr)
        cold = measure_cold(Path(ogrender.__file__).resolve().parent.parent, cards, args.cold_runs)
        result["cold_first_process"] = cold.pop("_first_process", None)
        result["cold"] = cold
    if not args.no_throughput:
        print("ogrender: throughput ...", file=sys.stderr)
        result["throughput"] = measure_throughput(ogrender, cards, fonts, args.copies)
    if args.before:
        result["before"] = {"label": args.before_label,
                            "ogrender": json.loads(Path(args.before).read_text())["ogrender"]}
    result["load"] = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    text = report(result)
    print(f"ogrender {result['commit']}; {result['machine']}; load average {result['load_start']} at the start, {result['load']} at the end")
    if "peers" in result:
        print("peers: " + ", ".join(f"{k} {v}" for k, v in result["peers"]["versions"].items()))
    print()
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n")
    if args.plot:
        plot(result, Path(args.plot))


if __name__ == "__main__":
    main()
