"""Round 37 (lead): a slip read as a function word is exempt from the final check only where the spelling step
offered no word of meaning before it ("lwst" is "last" first, so "list" is no harmless slip of it)."""

from __future__ import annotations

import pytest

from finql.translate.pipeline import _no_word_passed_over


@pytest.mark.parametrize(("wrong", "right", "exempt"), [
    ("lwst", "list", False),  # "last" (a word of meaning) was offered first
    ("teh", "the", True),
    ("whcih", "which", True),
    ("thier", "their", True),  # "their" first, "tier" after it
    ("lwst", "lost", False),  # not offered at all
])
def test_a_function_word_slip_is_exempt_only_when_nothing_meaningful_came_first(wrong: str, right: str,
                                                                                 exempt: bool) -> None:
    assert _no_word_passed_over(wrong, right) is exempt
