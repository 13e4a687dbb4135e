"""Round 45 (lead): what merging the helpers' branches needed. r45 refuses a fall from a high (a rise from a low) with a
period of the move's own besides the high's ("since March", "within a month"); f45n reads the move's end said as today
("to today's price", "to now"). On the merge r45's refusal took "today" for such a period (three f45n tests failed):
the end said as today is no period of the move's own. Rules alone; every phrasing is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

HIGH = "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100"


@pytest.mark.parametrize(("question", "screen"), [
    ("Which stocks have fallen more than 10% from their 2024 high to now?", "ALL"),
    ("Which Energy stocks have dropped more than 12% from their 2024 high to today?", 'SECTOR("Energy")'),
    ("Which Banks have fallen more than 10% from their 2024 high to today's share price?", 'INDUSTRY("Banks")'),
])
def test_a_fall_from_a_high_to_today_is_read(question: str, screen: str) -> None:
    assert q(question) == f"NAME, {HIGH} FOR SCREEN({screen}, {HIGH} < -{question.split('more than ')[1].split('%')[0]})"


@pytest.mark.parametrize(("question", "named"), [
    ("Which stocks have fallen more than 10% from their 2024 high since March?", "since march"),
    ("Which stocks have fallen more than 10% from their 2024 high in 2024, to now?", "2024"),
])
def test_a_period_of_the_moves_own_is_still_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()
