"""The card benchmark's inputs (no timing): the committed cards are what make_cards.py writes, every card
renders with the bundled fonts without a style warning, and the report code runs on made-up numbers."""

import json
import warnings

from benchmarks import card_bench
from benchmarks.cards import make_cards


def test_committed_cards_match_their_generator():
    for name, make in make_cards.CARDS.items():
        committed = json.loads((card_bench.CARDS_DIR / f"{name}.json").read_text())
        assert committed == json.loads(json.dumps(make())), name
    assert card_bench.font_specs() == make_cards.FONTS
    assert len(make_cards.CARDS) >= 10


def test_every_card_renders_cleanly():
    import ogrender
    fonts = card_bench.load_fonts(ogrender)
    for name, card in card_bench.load_cards().items():
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            timings = {}
            png = ogrender.render(card, card_bench.WIDTH, card_bench.HEIGHT, fonts, timings=timings)
        assert png.startswith(b"\x89PNG") and set(card_bench.STAGES) <= set(timings), name


def test_report_and_targets_run():
    og = {"a": {"p50": 2.0, "p95": 3.0, "cpu_p50": 2.0, "bytes": 1000,
                "stages": {s: {"p50": 0.4, "p95": 0.5} for s in card_bench.STAGES}}}
    peers = {"results": {p: {"a": {"p50": 10.0, "p95": 12.0, "cpu_p50": 9.0, "bytes": 900}}
                         for p in card_bench.PEERS}, "versions": {}}
    result = {"ogrender": og, "peers": peers, "compression": 2, "cold_runs": 1,
              "cold": {"a": {"import_s": 0.2, "fonts_s": 0.0, "first_render_s": 0.1, "cold_s": 0.3,
                             "process_s": 0.4, "rss_mb": 80.0}},
              "throughput": {1: {"cards": 4, "seconds": 1.0, "cards_per_s": 4.0, "start_s": 0.1},
                             2: {"cards": 4, "seconds": 0.5, "cards_per_s": 8.0, "start_s": 0.2}}}
    text = card_bench.report(result)
    assert "0.20" in text and "met" in text and "2.00x" in text
