// The peers of benchmarks/card_bench.py, timed warm in this one Node process.
//
// In (argv): a JSON file {"cards": {name: satoriElement}, "fonts": [{name, path, weight, style}],
//   "width", "height", "repeat", "warmup", "out": folder for the PNGs or null}.
// Out (stdout): JSON {"versions": {...}, "results": {peer: {card: {"runs_ms": [...], "cpu_ms": [...], "bytes": n} |
//   {"error": "..."}}}}.
//
// Peers, each element -> PNG bytes:
//   satori033+resvg  satori 0.33.x (next/og's) -> SVG string -> @resvg/resvg-js -> PNG
//   satori+resvg     the newest satori -> SVG -> resvg -> PNG
//   takumi           @takumi-rs/core Renderer.render(node) -> PNG (the Satori element converted to Takumi's
//                    node form by toTakumi below, with Satori's preset defaults made explicit)
// Fonts are the same files for every peer, read once. Runs of the peers alternate card by card.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { join, resolve } from "node:path";

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const repo = resolve(import.meta.dirname, "..", "..");

function version(name) {
  return JSON.parse(readFileSync(join(import.meta.dirname, "node_modules", name, "package.json"), "utf8")).version;
}

const fontFiles = spec.fonts.map((f) => ({ ...f, data: readFileSync(join(repo, f.path)) }));
const satoriFonts = fontFiles.map((f) => ({
  name: f.name, weight: f.weight, style: f.style,
  data: f.data.buffer.slice(f.data.byteOffset, f.data.byteOffset + f.data.byteLength),
}));

const { Resvg } = require("@resvg/resvg-js");
const satori033 = (await import("satori033")).default;
const satoriNew = (await import("satori")).default;
const { Renderer } = await import("@takumi-rs/core");

// Satori's preset (what next/og templates assume): every element flex, row, no shrink, border-box, relative.
const SATORI_DEFAULTS = { display: "flex", flexDirection: "row", flexShrink: 0, boxSizing: "border-box",
                          position: "relative" };

function toTakumi(node) {
  if (node === null || node === undefined || node === false) return null;
  if (typeof node === "string" || typeof node === "number") return { type: "text", text: String(node) };
  const props = node.props || {};
  const style = { ...SATORI_DEFAULTS, ...(props.style || {}) };
  if (node.type === "img") {
    const out = { type: "image", src: props.src, style };
    if (props.width !== undefined) out.width = Number(props.width);
    if (props.height !== undefined) out.height = Number(props.height);
    return out;
  }
  const kids = props.children === undefined ? [] : Array.isArray(props.children) ? props.children : [props.children];
  return { type: "container", tagName: node.type, style, children: kids.map(toTakumi).filter(Boolean) };
}

// Fonts registered once, by name (the constructor's fonts option did not apply the names here).
const takumi = new Renderer();
for (const f of fontFiles) await takumi.registerFont({ name: f.name, data: f.data, weight: f.weight, style: f.style });

const size = { width: spec.width, height: spec.height };
const peers = {
  "satori033+resvg": async (el) => new Resvg(await satori033(el, { ...size, fonts: satoriFonts }),
                                             { fitTo: { mode: "original" } }).render().asPng(),
  "satori+resvg": async (el) => new Resvg(await satoriNew(el, { ...size, fonts: satoriFonts }),
                                          { fitTo: { mode: "original" } }).render().asPng(),
  takumi: async (el, tk) => takumi.render(tk, { ...size, format: "png" }),
};

const results = Object.fromEntries(Object.keys(peers).map((p) => [p, {}]));
if (spec.out) mkdirSync(spec.out, { recursive: true });
for (const [card, element] of Object.entries(spec.cards)) {
  const tk = toTakumi(element);
  const alive = {};
  for (const [peer, run] of Object.entries(peers)) {
    try {
      let png;
      for (let i = 0; i < spec.warmup; i++) png = await run(element, tk);
      results[peer][card] = { runs_ms: [], cpu_ms: [], bytes: png.length };
      if (spec.out) writeFileSync(join(spec.out, `${card}.${peer}.png`), png);
      alive[peer] = run;
    } catch (err) {
      results[peer][card] = { error: String(err && err.message || err).slice(0, 300) };
    }
  }
  for (let i = 0; i < spec.repeat; i++) {
    for (const [peer, run] of Object.entries(alive)) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await run(element, tk);
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(c0);  // the whole process: every thread (Takumi renders off the main one)
      results[peer][card].runs_ms.push(wall);
      results[peer][card].cpu_ms.push((cpu.user + cpu.system) / 1000);
    }
  }
}
const versions = { node: process.version, satori033: version("satori033"), satori: version("satori"),
                   "@resvg/resvg-js": version("@resvg/resvg-js"), "@takumi-rs/core": version("@takumi-rs/core") };
process.stdout.write(JSON.stringify({ versions, results }) + "\n");
