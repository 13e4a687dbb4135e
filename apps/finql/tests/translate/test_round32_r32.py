"""Round 32 (r32): the review of round 31. The merges (one home for the change words, the seat verbs, the checklist
heading's nouns, the headcount nouns), the near misses of round 31's rules that read wrong (each with its case, its near
misses and a wrong-answer guard), and tests for round 31's rules whose breaking no test caught."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1. merges ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # text._CHANGE_WORDS: "versus the 2023 close" after a word of change with its direction is the move since that
        # close (it read the 2023 return, the year before the close: a wrong answer), as after "change" / "return"
        ("How much has NWSY's share price risen versus the 2023 close?", "P_RETURN(2023-12-31, D0) FOR NWSY"),
        ("Which stocks are up versus their 2023 close?",
         "NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(ALL, P_RETURN(2023-12-31, D0) > 0)"),
        ("What was NWSY's return versus the 2023 close?", "P_RETURN(2023-12-31, D0) FOR NWSY"),
        # (no word of change: the two prices, as before)
        ("NWSY's price versus the 2023 close", "P_PRICE(D0), P_PRICE(2023-12-31) FOR NWSY"),
        # text.SEATED: every verb of a company's seat, in every rule that reads one
        ("Which companies are registered in Japan?", 'NAME FOR SCREEN(COUNTRY("Japan"))'),
        ("Which banks that are located in Canada have a P/E below 10?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Canada"), FG_PE(D0) < 10)'),
        ("Driftwood Pay, which is incorporated in Germany: what was its P/E?", "FG_PE(D0) FOR DRIP"),
        # text.CHECKLIST: a numbered heading of every checklist noun, as the unnumbered one
        ("Market risk flag 3: which banks have a P/E above 30?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 30)'),
        ("Market risk flag: which banks have a P/E above 30?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 30)'),
        ("Concentration check 16: which banks have a P/E above 30?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 30)'),
    ],
)
def test_merged_homes_read(question: str, query: str) -> None:
    assert q(question) == query


def test_merged_homes_keep_refusals() -> None:
    # the country said of a named company where the master disagrees stays refused, named
    assert "japan" in refused("Driftwood Pay, which is incorporated in Japan: what was its P/E?")


# -- 2. near misses of round 31's rules that read wrong -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        # "the day before" (f31a) after a year or a quarter: no day to count from (it read the year before)
        "What was NWSY's sales in fiscal 2024 and the day before?",
        "What was NWSY's close in 2023 and the day before?",
        "What was NWSY's sales in Q2 2024 and the session before?",
    ],
)
def test_the_day_before_a_period_is_refused(question: str) -> None:
    assert "before" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the trading day before D0 (f31a's case) and "the one before" of a year keep their readings
        ("What was NWSY's close on the last trading day and the day before?", "P_PRICE(D0), P_PRICE(D-1) FOR NWSY"),
        ("What was NWSY's close on the last trading day and the session before?", "P_PRICE(D0), P_PRICE(D-1) FOR NWSY"),
        ("What was NWSY's sales in fiscal 2023 and the one before?", "FF_SALES(FY2023), FF_SALES(FY2022) FOR NWSY"),
        ("What was NWSY's sales in Q2 2024 and the one before?", "FF_SALES(FQ2024Q2), FF_SALES(FQ2024Q1) FOR NWSY"),
    ],
)
def test_the_day_before_keeps_its_readings(question: str, query: str) -> None:
    assert q(question) == query


DPS_GROWTH = "GROWTH(FF_DPS, FY2023, FY2024)"
STAFF_GROWTH = "GROWTH(FF_EMPLOYEES, FY2023, FY2024)"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # f31n's "changed the least" with the measure said between: the change nearest zero (it was the largest cut first)
        ("Which banks changed their dividend per share the least in fiscal 2024?",
         f'NAME, {DPS_GROWTH} FOR SCREEN(INDUSTRY("Banks")) SORT {DPS_GROWTH} * {DPS_GROWTH} ASC'),
        ("Which banks changed their dividend per share by the least in fiscal 2024?",
         f'NAME, {DPS_GROWTH} FOR SCREEN(INDUSTRY("Banks")) SORT {DPS_GROWTH} * {DPS_GROWTH} ASC'),
        ("Which banks changed their headcount the least in fiscal 2024?",
         f'NAME, {STAFF_GROWTH} FOR SCREEN(INDUSTRY("Banks")) SORT {STAFF_GROWTH} * {STAFF_GROWTH} ASC'),
        # (f31n's own wording keeps it)
        ("Which banks' headcount changed the least in fiscal 2024?",
         f'NAME, {STAFF_GROWTH} FOR SCREEN(INDUSTRY("Banks")) SORT {STAFF_GROWTH} * {STAFF_GROWTH} ASC'),
        # a direction said: the smallest rise, ascending (no square)
        ("Which banks raised their dividend per share the least in fiscal 2024?",
         f'NAME, {DPS_GROWTH} FOR SCREEN(INDUSTRY("Banks")) SORT {DPS_GROWTH} ASC'),
        # "at the FY2023 close price" (f31a's rule left "price" out): that period's end, no price column and no
        # market cap of today
        ("What was NWSY's market cap at the FY2023 close price?", "FG_MKT_CAP(2023-12-31) FOR NWSY"),
        ("What was NWSY's P/E at the 2023 closing price?", "FG_PE(2023-12-31) FOR NWSY"),
        ("What was NWSY's debt/equity at FY23 close?", "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR NWSY"),
        ("What was NWSY's close price at FY2023 close?", "P_PRICE(2023-12-31) FOR NWSY"),
        # hashtags (f31m): a tag whose word the chain reads stays (it was dropped: the level, or another year, answered)
        ("What was NWSY's revenue #growth", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
        ("What was NWSY's revenue #FY2023", "FF_SALES(FY2023) FOR NWSY"),
        ("NWSY revenue #LTM", "FF_SALES(LTM) FOR NWSY"),
        # (tags of no meaning to the chain are still dropped)
        ("Top 5 utilities by dividend yield #investing #stocks",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 5'),
        ("NWSY sales 2023 #fintech #money", "FF_SALES(FY2023) FOR NWSY"),
    ],
)
def test_near_misses_read_right(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("What was NWSY's revenue #ytd", "ytd"),
        ("NWSY sales 2023 #inUSD", "inusd"),
        ("What was NWSY's sales #average", "average"),
    ],
)
def test_hashtags_read_by_the_chain_are_never_dropped(question: str, word: str) -> None:
    assert word in refused(question)


def test_wrong_answer_guards() -> None:
    # the wrong readings these mends replaced
    assert q("What was NWSY's sales in fiscal 2024 and the day before?") != "FF_SALES(FY2024), FF_SALES(FY2023) FOR NWSY"
    assert q("What was NWSY's revenue #FY2023") != "FF_SALES(FY2024) FOR NWSY"
    assert q("What was NWSY's market cap at the FY2023 close price?") != "FG_MKT_CAP(D0), P_PRICE(2023-12-31) FOR NWSY"
    assert q("How much has NWSY's share price risen versus the 2023 close?") != "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"


# -- 3. round 31's rules whose breaking no test caught (each broken on purpose: the author's round 31 file passed) -----


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # f31g's "price book ratio" (its test said "price-book ratio", which another step reads)
        ("Which semiconductor companies have a price book ratio below 4?",
         'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Semiconductors"), FG_PB(D0) < 4)'),
        # f31n's constant before a slash is never a period's year ("in 2023 / EPS": the quotient of the two measures)
        ("Highest close in 2023 / EPS FY2023 for NWSY", "P_HIGH(2023-01-01, 2023-12-31) / FF_EPS(FY2023) FOR NWSY"),
        ("rank banks by highest close in 2024 / EPS FY2024",
         'NAME, P_HIGH(2024-01-01, 2024-12-31) / FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks")) '
         "SORT P_HIGH(2024-01-01, 2024-12-31) / FF_EPS(FY2024) DESC"),
        # f31b's teacher's headings: an example, an illustration (a lesson and a worksheet are framing's outlets)
        ("Profit margin example: what was NWSY's net margin in fiscal 2024?",
         "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR NWSY"),
        ("Dividend illustration: what was NWSY's dividend per share in fiscal 2024?", "FF_DPS(FY2024) FOR NWSY"),
        # f31a's span restated by every year between its growth's ends
        ("What was NWSY's sales CAGR over the last three fiscal years (FY2021, FY2022, FY2023, FY2024)?",
         "CAGR(FF_SALES, FY2021, FY2024) FOR NWSY"),
        # f31g's "preceding quarter" as "previous quarter": at its end said alone, and after a quarter named
        ("What was NWSY's debt at the end of the preceding quarter?", "FF_DEBT(FQ0) FOR NWSY"),
        ("What was NWSY's sales in Q3 2024 and the preceding quarter?", "FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q2) FOR NWSY"),
    ],
)
def test_round31_rules_no_test_caught(question: str, query: str) -> None:
    assert q(question) == query


def test_round31_span_listed_with_a_year_left_out_is_refused() -> None:
    # f31a: a list whose first and last are the span's growth ends, a year between left out: refused (it was read as
    # the span's CAGR with the asker's list ignored)
    assert "cagr" in refused("What was NWSY's sales CAGR over the last three fiscal years (FY2024, FY2023 and FY2021)?")
