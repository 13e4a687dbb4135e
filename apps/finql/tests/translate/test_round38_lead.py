"""Round 38 (lead): "now" listed after a period a return took ("X's return in 2023 and now?") is named, never dropped
(f38b noticed "How did X's stock do in 2023, and how is it doing?" answering 2023 alone)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "word"), [
    ("Cobalt Motors return in 2023 and now?", "now"),
    ("Cobalt Motors return in 2023 and today?", "today"),
    ("Cobalt Motors stock performance in 2023 and currently?", "currently"),
    ("How did Cobalt Motors stock do in 2023, and how about now?", "now"),
    ("Apex Materials share price return for the first half of 2024 versus now", "now"),
])
def test_now_listed_after_a_returns_period_is_named(question: str, word: str) -> None:
    # each answered the first period's return alone
    assert repr(word) in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors P/E in 2023 and now?", "FG_PE(2023-12-31), FG_PE(D0) FOR COBA"),
    ("Cobalt Motors share price at the end of 2023 and now?", "P_PRICE(2023-12-31), P_PRICE(D0) FOR COBA"),
    ("Now, what was Cobalt Motors' return in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR COBA"),
    ("Cobalt Motors return in 2023, and its P/E now?", "P_RETURN(2022-12-31, 2023-12-31), FG_PE(D0) FOR COBA"),
    ("Year-to-date return of Delta Insurance, as at the latest close", "P_RETURN(2023-12-31, D0) FOR DELT"),  # no list
    ("Cobalt Motors return in 2023 and 2024?",
     "P_RETURN(2022-12-31, 2023-12-31), P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
])
def test_now_a_figure_takes_or_a_discourse_now_reads_as_before(question: str, query: str) -> None:
    assert q(question) == query


# "top N ... by (with) the lowest X": "top" frames the first rows, the superlative after it orders them (r38 noticed
# "Top 3 banks by lowest close"; "Top 3 banks by lowest P/E" sorted by the highest P/E: a wrong answer)
@pytest.mark.parametrize(("question", "query"), [
    ("Top 3 banks by lowest P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 3'),
    ("Top 3 banks with the lowest P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 3'),
    ("Top 3 utilities by smallest market cap",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_MKT_CAP(D0) ASC TOP 3 IN USD'),
    ("Top 5 software companies by lowest net margin in 2024",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Software")) '
     'SORT FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 ASC TOP 5'),
    # as before: "top" alone, or with a superlative of its own direction
    ("Top 3 banks by P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 3'),
    ("top 3 banks by highest P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 3'),
])
def test_top_n_by_the_lowest_sorts_from_the_lowest(question: str, query: str) -> None:
    assert q(question) == query


def test_top_n_and_the_lowest_is_still_both_ends() -> None:
    assert "'lowest'" in refused("the top 3 banks by ROE and the lowest")
