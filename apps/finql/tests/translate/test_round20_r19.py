"""Round 20 (r19): review of round 19's readings by paraphrase. Wrong answers found (answered, not what SPEC means)
and their refusals or readings, on own wording; each fails on main af6cb36 unless marked pinned."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # the asker's motive saying a rule for the rows of a screen: it was dropped with the clause (the screen kept
        # every utility, loss-makers too)
        ("My client steers clear of loss-making companies. Which utilities yield more than 3% today?", "loss-making"),
        ("My client won't hold unprofitable firms. Which software companies had sales above 1bn last year?",
         "unprofitable"),
        ("Our client shuns anything with negative free cash flow. Which utilities have the highest yield?", "negative"),
        ("My client is wary of companies with shrinking sales. Which software names have the highest P/E?",
         "shrinking"),
        ("My client likes the four cheapest names. Show the banks' P/E.", "cheapest"),
        ("My client is worried about the six largest banks. What are the banks' dividend yields?", "largest"),
        # a currency said as the client's own, none asked outside (the sales stayed in euros)
        ("My client is a dollar investor. What were Apex Materials' sales last year?", "dollar"),
        # a company named only in the framing beside one named again outside it: it was kept as a row (the first
        # mention of the other was inside the clause, so the rest seemed to name none)
        ("I believe Falcon Software trades cheaper than Apex Materials - what is Apex Materials' yield?",
         "falcon software"),
        ("My client owns Bluepeak Energy and Ember Petroleum. What was Ember Petroleum's net income last year?",
         "bluepeak energy"),
        ("For a piece on Bluepeak Energy and Ember Petroleum: what was Ember Petroleum's debt last year?",
         "bluepeak energy"),
    ],
)
def test_motive_rule_beside_a_screen_is_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # pinned: a motive beside named companies is the asker's situation with them; a currency restated outside
        ("My client holds Falcon Software and is worried about its falling sales. What was its P/E at the end of 2023?",
         "FG_PE(2023-12-31) FOR FALC"),
        ("My client is a dollar investor holding Apex Materials. What were its sales last year, in US dollars?",
         "FF_SALES(FY2024) FOR APXM IN USD"),
        # pinned: a motive with no rule in it stays context beside a screen
        ("My client is nervous about the growth story. Which software companies had sales above 1bn last year?",
         "NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY(\"Software\"), FF_SALES(FY2024) > 1000)"),
    ],
)
def test_motive_without_a_rule_stays_context(question: str, query: str) -> None:
    assert q(question) == query
