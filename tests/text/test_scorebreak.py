"""Blink's score line breaker (ogrender.text.scorebreak) on hand-made candidates, scores worked out by
hand; the ``wrap`` conformance suite checks text-wrap: pretty and balance against Chromium."""

from ogrender.text.scorebreak import Candidate, optimal_breaks


def words(count: int, word: float = 30.0, space: float = 10.0) -> list[Candidate]:
    """Candidates before each word of ``count`` equal words (the first and the end as sentinels)."""
    out = [Candidate(0, 0.0, 0.0)]
    for k in range(1, count):
        out.append(Candidate(k, k * (word + space), k * (word + space) - space))
    out.append(Candidate(count, count * (word + space), count * (word + space) - space))
    return out


def test_pretty_moves_a_word_down_to_the_short_last_line():
    # room 100: two 30px words with a 10px space (70px) fit, three (110px) do not. Greedy: [1 2] [3 4] [5].
    # Scores (slack squared, the last line none): breaking before the last word costs the orphans' 10000
    # (and 4 x 10000 as the last line's start), so the last line takes two words; [1 2] [3] [4 5] and
    # [1] [2 3] [4 5] both score 30^2 + 70^2 = 5800 (plus the same line penalties): on a tie Blink takes the
    # later start, so the second line holds word 3 alone
    chosen = optimal_breaks(words(5), 100.0, 100.0, 16.0, False, False)
    assert [c for c in chosen] == [2, 3, 5]


def test_balance_scores_the_last_line_too():
    # balance: the last line's slack counts like the others: [1 2] [3] [4 5] (30^2 + 70^2 + 30^2) loses to
    # nothing better with three lines, and greedy's [1 2] [3 4] [5] (30^2 + 30^2 + 70^2 + orphans) is worse
    chosen = optimal_breaks(words(5), 100.0, 100.0, 16.0, False, True)
    assert chosen == [2, 3, 5]


def test_too_few_break_opportunities_are_left_alone():
    # Blink needs at least 3 break opportunities between the ends
    assert optimal_breaks(words(3), 100.0, 100.0, 16.0, False, False) is None
    assert optimal_breaks(words(4), 100.0, 100.0, 16.0, False, False) is not None


def test_a_line_that_cannot_fit_is_avoided():
    # room 60: only one word fits per line (70 > 60 + 1/64): five lines of one word
    chosen = optimal_breaks(words(5), 60.0, 60.0, 16.0, False, False)
    assert chosen == [1, 2, 3, 4, 5]
