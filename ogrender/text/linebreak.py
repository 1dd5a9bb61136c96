"""Line-break opportunities in a paragraph's text.

Returns, for a string, the sorted indices where a line may break (a break before that character) and the
indices of forced breaks (after a preserved newline). This first version breaks after spaces; UAX #14
(ICU) replaces it in the text issue without changing the interface.
"""

from __future__ import annotations


def break_opportunities(text: str, wrap: list[bool]) -> tuple[list[int], set[int]]:
    """``wrap[i]`` says whether the character at ``i`` may wrap (its white-space allows it).

    Returns (soft break positions, forced break positions); both are positions just after the space or
    newline, i.e. the index where the next line starts."""
    soft: list[int] = []
    forced: set[int] = set()
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\n":
            forced.add(i + 1)
            soft.append(i + 1)
        elif ch == " " and wrap[i] and i + 1 < n and text[i + 1] != " ":
            soft.append(i + 1)
    return soft, forced
