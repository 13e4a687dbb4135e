"""Round 39 (r39): review of round 38's rules with near misses: the wrong answers their neighbours gave (other word
orders, a second period, a second order, a valuation's basis), each mend with the class's wordings and the neighbours
it keeps."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# 1. f38b's "what they own" (the assets): "how much of X does Y own" is a stake, never the assets of both
@pytest.mark.parametrize("question", [
    "how much of Falcon Software does Apex Materials own",
    "How much of Falcon Software does Apex Materials own?",
    "how much of Keystone Properties does Falcon Software own?",
])
def test_how_much_of_is_no_assets(question: str) -> None:
    assert "FF_ASSETS" not in (q(question) or "") and "FF_DEBT" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("how much does Driftwood Automotive owe, in US money", "FF_DEBT(FY2024) FOR DRIF IN USD"),
    ("how much do the banks own", 'NAME, FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
])
def test_what_they_own_stays_read(question: str, query: str) -> None:
    assert q(question) == query
