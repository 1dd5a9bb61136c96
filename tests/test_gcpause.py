"""The collector pause around a render's tree building (ogrender/gcpause.py)."""

import gc
import threading

import ogrender
from ogrender.gcpause import gc_paused


def test_pause_restores_the_collector_state():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_layout_leaves_the_collector_enabled_even_when_it_fails():
    ogrender.layout({"type": "div", "props": {"style": {"width": 10}}})
    assert gc.isenabled()
    try:
        ogrender.layout({"type": "div", "props": {"children": [{"props": {}}]}})  # no type: a TreeError
    except ogrender.RenderError:
        pass
    assert gc.isenabled()


def test_threads_share_the_pause():
    barrier = threading.Barrier(2)
    states = []

    def work():
        with gc_paused():
            barrier.wait()
            states.append(gc.isenabled())
            barrier.wait()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert states == [False, False]
    assert gc.isenabled()
