"""Line breaks chosen by score, as Blink's ``ScoreLineBreaker`` does for ``text-wrap: pretty`` and
``balance`` (Android Minikin's optimal line breaker: a line's slack squared, a penalty per line and per
hyphen, one for leaving the last word alone).

In: the break candidates of a run of lines (first and last are the run's ends): where a line starting
there starts (``pos_no_break``, px from the run's start), where a line ending there ends (``pos_if_break``:
trailing spaces left out, the hyphen added), the penalty of breaking there and whether it is a hyphen; the
room of the first line and of the others; the block's font size, whether it is justified, and the mode.
Out: the indices of the candidates the lines end at (the last candidate included), or None when Blink
would not optimize (too few candidates).

Blink's rules (score_line_breaker.cc, Chromium 156), which this follows step by step: candidates need at
least 3 break opportunities between the ends; the last opportunity before the end (and the hyphens before
it) costs ``kOrphansPenalty`` = 10000; penalties as Minikin's ``computePenalties`` (hyphen: room x font
size x 2, line: twice that; justified text: room x font size / 2 and no line penalty); a line that does not
fit scores 1e12; the last line of ``pretty`` scores no slack but four times its start's penalty, the last
line of ``balance`` scores its slack like the others; a line fits with 1/64 px to spare (``AddEpsilon``).
"""

from __future__ import annotations

MIN_CANDIDATES = 3
ORPHANS_PENALTY = 10000.0
SCORE_OVERFULL = 1e12
LAST_LINE_PENALTY_MULTIPLIER = 4.0
EPSILON = 1 / 64


class Candidate:
    __slots__ = ("offset", "pos_no_break", "pos_if_break", "penalty", "hyphenated")

    def __init__(self, offset: int, pos_no_break: float, pos_if_break: float, hyphenated: bool = False):
        self.offset = offset
        self.pos_no_break = pos_no_break
        self.pos_if_break = pos_if_break
        self.penalty = 0.0
        self.hyphenated = hyphenated


def optimal_breaks(candidates: list[Candidate], first_room: float, room: float, font_size: float,
                   justified: bool, balanced: bool) -> list[int] | None:
    if len(candidates) < MIN_CANDIDATES + 2:
        return None
    width_times_font_size = max(room, 0.0) * font_size
    if justified:
        hyphen_penalty, line_penalty = width_times_font_size / 2, 0.0
    else:
        hyphen_penalty = width_times_font_size * 2
        line_penalty = hyphen_penalty * 2
    for c in candidates[1:-1]:
        if c.hyphenated:
            c.penalty = hyphen_penalty
    # typographic orphans: the last break before the end, and the hyphens before it
    for c in reversed(candidates[:-1]):
        c.penalty += ORPHANS_PENALTY
        if not c.hyphenated:
            break

    def room_to_fit(line_index: int) -> float:
        return max(first_room if line_index == 0 else room, 0.0) + EPSILON

    n = len(candidates)
    scores = [0.0] * n
    prev = [0] * n
    lines = [0] * n
    active = 0
    for end in range(1, n):
        end_c = candidates[end]
        last = end == n - 1
        best = float("inf")
        best_prev = 0
        last_line_index = lines[active]
        available = room_to_fit(last_line_index)
        start_edge = end_c.pos_if_break - available
        best_hope = 0.0
        for start in range(active, end):
            line_index = lines[start]
            if line_index != last_line_index:
                last_line_index = line_index
                new_available = room_to_fit(line_index)
                if new_available != available:
                    available = new_available
                    start_edge = end_c.pos_if_break - available
                    best_hope = 0.0
            start_score = scores[start]
            if start_score + best_hope >= best:
                continue
            start_c = candidates[start]
            delta = start_c.pos_no_break - start_edge
            width_score = 0.0
            additional = 0.0
            if (last or not justified) and delta < 0:
                width_score = SCORE_OVERFULL
            elif last and not balanced:
                additional = LAST_LINE_PENALTY_MULTIPLIER * start_c.penalty
            elif delta < 0:
                width_score = SCORE_OVERFULL
            else:
                width_score = delta * delta
            if delta < 0:
                active = start + 1
            else:
                best_hope = width_score
            score = start_score + width_score + additional
            if score <= best:
                best = score
                best_prev = start
        scores[end] = best + end_c.penalty + line_penalty
        prev[end] = best_prev
        lines[end] = lines[best_prev] + 1
    out = []
    i = n - 1
    while i > 0:
        out.append(i)
        i = prev[i]
    out.reverse()
    return out
