"""The benchmark's tree generator: exact node counts, determinism, and trees every engine accepts.

No timing here: the benchmark itself (benchmarks/layout_bench.py) is run by hand, never by the suite.
"""

import importlib
import json

import pytest

from benchmarks.trees import SIZES, count_nodes, iter_elements, make_tree, parent_indexes
from ogrender import layout


def box_count(box) -> int:
    return 1 + sum(box_count(child) for child in box.children)


@pytest.mark.parametrize("nodes", [1, 2, 7, *SIZES])
def test_exact_node_count(nodes):
    assert count_nodes(make_tree(nodes)) == nodes


def test_deterministic_and_json_loadable():
    text = json.dumps(make_tree(1000))
    assert json.dumps(make_tree(1000)) == text
    assert json.loads(text) == make_tree(1000)
    assert json.dumps(make_tree(1000, seed=1)) != text


def test_elements_state_display_position_and_box_sizing():
    for element in iter_elements(make_tree(1000)):
        assert element["type"] == "div"
        style = element["props"]["style"]
        assert style["display"] == "flex"
        assert style["position"] in ("relative", "absolute")
        assert style["boxSizing"] in ("border-box", "content-box")
        assert all(isinstance(child, dict) for child in element["props"]["children"])  # no text


def test_absolute_elements_have_an_inset_on_each_axis():
    absolute = [e["props"]["style"] for e in iter_elements(make_tree(1000))
                if e["props"]["style"]["position"] == "absolute"]
    assert absolute
    for style in absolute:
        assert "left" in style or "right" in style
        assert "top" in style or "bottom" in style


def test_parent_indexes_follow_document_order():
    tree = make_tree(100)
    elements = list(iter_elements(tree))
    parents = parent_indexes(tree)
    assert parents[0] is None
    for index, parent in enumerate(parents[1:], start=1):
        assert parent < index
        assert any(child is elements[index] for child in elements[parent]["props"]["children"])


def test_rejects_an_empty_tree():
    with pytest.raises(ValueError):
        make_tree(0)


@pytest.mark.parametrize("nodes", [10, 100, 1000])
def test_ogrender_lays_out_every_node(nodes):
    root = layout(make_tree(nodes), 1200, 630, preset="browser")
    assert box_count(root) == nodes
    assert (root.x, root.y, root.width, root.height) == (0, 0, 1200, 630)


@pytest.mark.parametrize("module, engine", [("benchmarks.yoga_tree", "ENGINE"),
                                            ("benchmarks.taffy_tree", "NATIVE"),
                                            ("benchmarks.taffy_tree", "PUBLIC")])
def test_peers_map_every_property_and_return_every_box(module, engine):
    pytest.importorskip("pyyoga" if "yoga" in module else "stretchable")
    peer = getattr(importlib.import_module(module), engine)
    boxes = peer.read(peer.compute(peer.build(make_tree(100)), 1200, 630))
    peer.release()
    assert len(boxes) == 100
    assert boxes[0] == (0, 0, 1200, 630)
