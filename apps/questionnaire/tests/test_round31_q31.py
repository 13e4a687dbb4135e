"""Round 31 (q31): a second cited passage needs ``SECOND_PASSAGE`` = 0.4 of the first one's concept weight (0.5 before).

The class (ranking: the key fact held by a passage retrieval ranks among the first three, not cited): a draft cites the
best-ranked passage with a usable window and the best window of one of the next two such passages when that passage
names enough of the first one's concept weight. A passage stating the answer in other words than the question's (its
window holds the fact) names less of the question's weight than the first, and at 0.4 to 0.5 of it was left out. The
near misses: a passage under 0.4 stays out, a passage beyond ``SECOND_RANK`` stays out, and the second passage never
decides what the answer rests on (the gates read the first). The supporting quotes (round 15) use the same share."""

from __future__ import annotations

import pytest

from questionnaire.answer import SECOND_PASSAGE, SECOND_RANK, Candidate, _by_passage
from questionnaire.retrieve import Passage
from questionnaire.types import Chunk

FIRST = "The scheduler writes a checkpoint of every queued job to the metadata database."
# Another page's statement of what happens to the jobs after a crash, in its own words.
OTHER_WORDS = "After a crash the worker replays the checkpointed jobs in the order they were queued."


def _window(chunk_id: str, text: str, score: float, coverage: float) -> Candidate:
    chunk = Chunk(chunk_id, f"docs/{chunk_id.split('#')[0]}.md", "X", "X > Y", text, "public")
    return Candidate(text, Passage(chunk, score, 1, 1, 0.8, coverage), 0.5, frozenset())


def _cited(*windows: Candidate) -> list[str]:
    return [c.passage.chunk.chunk_id for c in _by_passage(list(windows))]


def test_the_share_is_four_tenths() -> None:
    assert abs(SECOND_PASSAGE - 0.4) < 1e-9


@pytest.mark.parametrize("share", [0.4, 0.42, 0.45, 0.49])
def test_a_second_passage_naming_four_to_five_tenths_of_the_first_one_s_weight_is_cited(share: float) -> None:
    # Cited since round 31 (left out at 0.5): the answer quotes its window after the first passage's.
    assert _cited(_window("sched#1", FIRST, 3.0, 0.9), _window("worker#1", OTHER_WORDS, 2.0, 0.9 * share)) == \
        ["sched#1", "worker#1"]


@pytest.mark.parametrize("share", [0.0, 0.2, 0.3, 0.39])
def test_a_second_passage_under_four_tenths_of_the_first_one_s_weight_stays_out(share: float) -> None:
    assert _cited(_window("sched#1", FIRST, 3.0, 1.0), _window("worker#1", OTHER_WORDS, 2.0, share)) == ["sched#1"]


def test_a_passage_beyond_the_second_rank_stays_out_however_much_it_names() -> None:
    # Only the next SECOND_RANK - 1 passages with a usable window may be cited beside the first.
    weak = [_window(f"weak{i}#1", f"Weak passage {i} names little.", 2.5 - i * 0.1, 0.1)
            for i in range(SECOND_RANK - 1)]
    far = _window("worker#1", OTHER_WORDS, 1.0, 0.45)
    assert _cited(_window("sched#1", FIRST, 3.0, 1.0), *weak, far) == ["sched#1"]


def test_the_first_cited_passage_is_still_the_best_ranked_one() -> None:
    # A second passage adds to the answer; the passage retrieval ranks first is cited first whatever the windows' order.
    assert _cited(_window("worker#1", OTHER_WORDS, 2.0, 0.45), _window("sched#1", FIRST, 3.0, 1.0)) == \
        ["sched#1", "worker#1"]
