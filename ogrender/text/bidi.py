"""The Unicode Bidirectional Algorithm (UAX #9): embedding levels per character, and visual reordering.

Written on :mod:`unicodedata` (bidi classes, mirroring) because no PyPI package offers a levels API at a
reasonable size: ``python-bidi`` 0.6 exposes only ``get_display``, and PyICU's ``icu.Bidi`` (ICU's ubidi, as
Chromium uses) comes as a 124 MB wheel. When PyICU is installed, tests/text/test_bidi.py checks this
implementation against it on many generated strings.

Implemented: P2-P3 (first strong, for ``unicode-bidi: plaintext`` and FSI), X1-X10 with isolates, embeddings
and overrides (the explicit controls, as CSS ``unicode-bidi`` inserts them), W1-W7, N0 (bracket pairs for the
brackets of the common scripts, a subset of BidiBrackets.txt), N1-N2, I1-I2, and L1-L2 for a line
(:func:`line_levels`, :func:`visual_runs`). Character classes come from Python's Unicode database.
"""

from __future__ import annotations

import unicodedata

LRE, RLE, LRO, RLO, PDF = "\u202a", "\u202b", "\u202d", "\u202e", "\u202c"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"

_MAX_DEPTH = 125
# opening bracket -> closing bracket (BidiBrackets.txt, the common pairs)
_OPEN = {"(": ")", "[": "]", "{": "}", "\u0f3a": "\u0f3b", "\u0f3c": "\u0f3d", "\u169b": "\u169c",
         "\u2045": "\u2046", "\u207d": "\u207e", "\u208d": "\u208e", "\u2308": "\u2309", "\u230a": "\u230b",
         "\u2329": "\u232a", "\u2768": "\u2769", "\u276a": "\u276b", "\u276c": "\u276d", "\u276e": "\u276f",
         "\u2770": "\u2771", "\u2772": "\u2773", "\u2774": "\u2775", "\u27e6": "\u27e7", "\u27e8": "\u27e9",
         "\u27ea": "\u27eb", "\u2983": "\u2984", "\u2985": "\u2986", "\u2987": "\u2988", "\u3008": "\u3009",
         "\u300a": "\u300b", "\u300c": "\u300d", "\u300e": "\u300f", "\u3010": "\u3011", "\u3014": "\u3015",
         "\u3016": "\u3017", "\u3018": "\u3019", "\u301a": "\u301b", "\ufe59": "\ufe5a", "\ufe5b": "\ufe5c",
         "\ufe5d": "\ufe5e", "\uff08": "\uff09", "\uff3b": "\uff3d", "\uff5b": "\uff5d", "\uff5f": "\uff60",
         "\uff62": "\uff63"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_CANON = {"\u2329": "\u3008", "\u232a": "\u3009"}  # canonical equivalents match each other
_STRONG = {"L": "L", "R": "R", "AL": "R"}
_ISOLATE_INIT = ("LRI", "RLI", "FSI")
_REMOVED = frozenset(("RLE", "LRE", "RLO", "LRO", "PDF", "BN"))


def bidi_class(ch: str) -> str:
    return unicodedata.bidirectional(ch) or "L"


def first_strong(text: str, start: int = 0, end: int | None = None, classes=None) -> int | None:
    """P2-P3: 0 or 1 for the first strong character of text[start:end] (skipping isolates), None if none."""
    end = len(text) if end is None else end
    depth = 0
    for i in range(start, end):
        c = classes[i] if classes is not None else bidi_class(text[i])
        if c in _ISOLATE_INIT:
            depth += 1
        elif c == "PDI":
            if depth:
                depth -= 1
        elif c == "B":
            break
        elif depth == 0 and c in _STRONG:
            return 0 if c == "L" else 1
    return None


def levels(text: str, base: int | None = 0) -> list[int]:
    """Embedding levels of ``text`` (one level per character) for paragraph level ``base`` (0 or 1;
    None: from the first strong character, P2-P3, left to right if none). Paragraph separators (B)
    end a paragraph; each paragraph gets its own level when ``base`` is None."""
    out: list[int] = []
    start = 0
    n = len(text)
    classes = [bidi_class(ch) for ch in text]
    while start < n:
        end = start
        while end < n and classes[end] != "B":
            end += 1
        end = min(end + 1, n)
        para = base if base is not None else (first_strong(text, start, end, classes) or 0)
        out += _paragraph(text[start:end], classes[start:end], para)
        start = end
    return out


def _paragraph(text: str, original: list[str], para: int) -> list[int]:
    n = len(text)
    classes = list(original)
    lv = [para] * n
    # X1-X8
    stack = [(para, None, False)]  # (level, override class, isolate)
    overflow_isolate = overflow_embedding = valid_isolate = 0
    matching_pdi: dict[int, int] = {}
    matching_init: dict[int, int] = {}
    # match isolate initiators and PDIs first (BD9)
    opened: list[int] = []
    for i, c in enumerate(classes):
        if c in _ISOLATE_INIT:
            opened.append(i)
        elif c == "PDI" and opened:
            j = opened.pop()
            matching_pdi[j] = i
            matching_init[i] = j
    for i, c in enumerate(classes):
        level, override, _ = stack[-1]
        if c in ("RLE", "LRE", "RLO", "LRO"):
            lv[i] = level
            new = (level + 1) | 1 if c[0] == "R" else (level + 2) & ~1
            if new <= _MAX_DEPTH and overflow_isolate == 0 and overflow_embedding == 0:
                stack.append((new, ("R" if c[0] == "R" else "L") if c[2] == "O" else None, False))
            elif overflow_isolate == 0:
                overflow_embedding += 1
        elif c in _ISOLATE_INIT:
            lv[i] = level
            if override:
                classes[i] = override
            rtl = c == "RLI"
            if c == "FSI":
                rtl = first_strong(text, i + 1, matching_pdi.get(i, n), original) == 1
            new = (level + 1) | 1 if rtl else (level + 2) & ~1
            if new <= _MAX_DEPTH and overflow_isolate == 0 and overflow_embedding == 0:
                valid_isolate += 1
                stack.append((new, None, True))
            else:
                overflow_isolate += 1
        elif c == "PDI":
            if overflow_isolate:
                overflow_isolate -= 1
            elif valid_isolate:
                overflow_embedding = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolate -= 1
            level, override, _ = stack[-1]
            lv[i] = level
            if override:
                classes[i] = override
        elif c == "PDF":
            lv[i] = level
            if overflow_isolate:
                pass
            elif overflow_embedding:
                overflow_embedding -= 1
            elif not stack[-1][2] and len(stack) >= 2:
                stack.pop()
        elif c == "B":
            lv[i] = para
        elif c == "BN":
            lv[i] = level
        else:
            lv[i] = level
            if override:
                classes[i] = override
    # X9: removed characters are skipped; X10: level runs -> isolating run sequences
    kept = [i for i in range(n) if original[i] not in _REMOVED]
    runs: list[list[int]] = []
    for i in kept:
        if runs and lv[runs[-1][-1]] == lv[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    run_of_first = {run[0]: k for k, run in enumerate(runs)}
    sequences = []
    for run in runs:
        first = run[0]
        if original[first] == "PDI" and first in matching_init:
            continue  # continues the sequence of its initiator
        seq = list(run)
        while original[seq[-1]] in _ISOLATE_INIT and seq[-1] in matching_pdi:
            k = run_of_first.get(matching_pdi[seq[-1]])
            if k is None:
                break
            seq += runs[k]
        sequences.append(seq)
    position = {i: k for k, i in enumerate(kept)}
    explicit = list(lv)  # sos / eos come from the explicit levels, before any sequence is resolved
    resolve = []
    for seq in sequences:
        level = lv[seq[0]]
        p = position[seq[0]]
        before = explicit[kept[p - 1]] if p > 0 else para
        last = seq[-1]
        q = position[last]
        if original[last] in _ISOLATE_INIT:  # an initiator lacking its PDI
            after = para
        else:
            after = explicit[kept[q + 1]] if q + 1 < len(kept) else para
        sos = "R" if max(level, before) & 1 else "L"
        eos = "R" if max(level, after) & 1 else "L"
        resolve.append((seq, sos, eos, level))
    for seq, sos, eos, level in resolve:
        _resolve(seq, classes, lv, text, sos, eos, level)
    # removed characters take the level of the character before them
    for i in range(n):
        if original[i] in _REMOVED:
            lv[i] = lv[i - 1] if i > 0 else para
    return lv


def _resolve(seq: list[int], classes: list[str], lv: list[int], text: str, sos: str, eos: str, level: int) -> None:
    t = [classes[i] for i in seq]
    m = len(t)
    # W1: NSM takes the previous type (ON after an isolate initiator or PDI)
    prev = sos
    for k in range(m):
        if t[k] == "NSM":
            t[k] = "ON" if prev in ("LRI", "RLI", "FSI", "PDI") else prev
        prev = t[k]
    # W2 / W3
    strong = sos
    for k in range(m):
        c = t[k]
        if c == "EN" and strong == "AL":
            t[k] = "AN"
        if c in ("L", "R", "AL"):
            strong = c
        if c == "AL":
            t[k] = "R"
    # W4
    for k in range(1, m - 1):
        if t[k] == "ES" and t[k - 1] == "EN" and t[k + 1] == "EN":
            t[k] = "EN"
        elif t[k] == "CS" and t[k - 1] == t[k + 1] and t[k - 1] in ("EN", "AN"):
            t[k] = t[k - 1]
    # W5: ET next to EN
    k = 0
    while k < m:
        if t[k] == "ET":
            j = k
            while j < m and t[j] == "ET":
                j += 1
            if (k > 0 and t[k - 1] == "EN") or (j < m and t[j] == "EN"):
                for x in range(k, j):
                    t[x] = "EN"
            k = j
        else:
            k += 1
    # W6
    for k in range(m):
        if t[k] in ("ET", "ES", "CS"):
            t[k] = "ON"
    # W7
    strong = sos
    for k in range(m):
        if t[k] in ("L", "R"):
            strong = t[k]
        elif t[k] == "EN" and strong == "L":
            t[k] = "L"
    embedding = "R" if level & 1 else "L"

    def strong_of(c):
        return "R" if c in ("R", "EN", "AN") else "L" if c == "L" else None
    # N0: bracket pairs
    pairs = []
    open_stack: list[tuple[str, int]] = []
    for k in range(m):
        if t[k] != "ON":
            continue
        ch = text[seq[k]]
        ch = _CANON.get(ch, ch)
        if ch in _OPEN:
            if len(open_stack) >= 63:
                break
            open_stack.append((_CANON.get(_OPEN[ch], _OPEN[ch]), k))
        elif ch in _CLOSE:
            for d in range(len(open_stack) - 1, -1, -1):
                if open_stack[d][0] == ch:
                    pairs.append((open_stack[d][1], k))
                    del open_stack[d:]
                    break
    for a, b in sorted(pairs):
        found_embedding = found_opposite = False
        for k in range(a + 1, b):
            s = strong_of(t[k])
            if s == embedding:
                found_embedding = True
                break
            if s is not None:
                found_opposite = True
        if found_embedding:
            new = embedding
        elif found_opposite:
            context = sos
            for k in range(a - 1, -1, -1):
                s = strong_of(t[k])
                if s is not None:
                    context = s
                    break
            new = context if context != embedding else embedding
        else:
            continue
        t[a] = t[b] = new
        for x in (a, b):  # NSMs after a bracket take its type
            y = x + 1
            while y < m and classes[seq[y]] == "NSM":
                t[y] = new
                y += 1
    # N1 / N2
    neutral = ("B", "S", "WS", "ON", "BN", "LRI", "RLI", "FSI", "PDI")
    k = 0
    while k < m:
        if t[k] in neutral:
            j = k
            while j < m and t[j] in neutral:
                j += 1
            left = sos if k == 0 else strong_of(t[k - 1])
            right = eos if j == m else strong_of(t[j])
            new = left if left == right else embedding
            for x in range(k, j):
                t[x] = new
            k = j
        else:
            k += 1
    # I1 / I2
    for k, i in enumerate(seq):
        c = t[k]
        if level & 1 == 0:
            lv[i] = level + (1 if c == "R" else 2 if c in ("AN", "EN") else 0)
        else:
            lv[i] = level + (1 if c in ("L", "EN", "AN") else 0)


def line_levels(text: str, lv: list[int], start: int, end: int, para: int) -> list[int]:
    """L1 for the line text[start:end]: segment separators, and white space and isolate controls before
    them or at the end of the line, go to the paragraph level."""
    out = lv[start:end]
    trailing = True
    for i in range(end - 1, start - 1, -1):
        c = bidi_class(text[i])
        if c in ("S", "B"):
            out[i - start] = para
            trailing = True
        elif trailing and (c in ("WS", "LRI", "RLI", "FSI", "PDI") or c in _REMOVED):
            out[i - start] = para
        else:
            trailing = False
    return out


def visual_runs(line_lv: list[int]) -> list[tuple[int, int, int]]:
    """L2: (start, end, level) runs of one level, offsets into the line, in visual order left to right."""
    runs: list[list[int]] = []
    for i, level in enumerate(line_lv):
        if runs and runs[-1][2] == level:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, level])
    if not runs:
        return []
    highest = max(r[2] for r in runs)
    lowest_odd = min(r[2] for r in runs) | 1
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(runs):
            if runs[k][2] >= level:
                j = k
                while j < len(runs) and runs[j][2] >= level:
                    j += 1
                runs[k:j] = runs[k:j][::-1]
                k = j
            else:
                k += 1
    return [tuple(r) for r in runs]
