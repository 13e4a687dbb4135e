"""Round 24 (f24a): a board member's formal requests, a consultant's slide-speak and British English (tune24a). Own
wordings, never the tuning questions: the body the figures are for ("could the committee see"), "would it be
possible to see", "cohort", "benchmark" as the request's verb, "<measure> profile", "what sort of", "fare", "baking in",
"shareholders' funds", "shares in issue", "profit after tax of more than", "in respect of", "and again today", "at the
half-year end, <date>", "normalised to USD". Near misses keep their reading or stay refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the body the figures are for, as the request's subject (was refused, naming "committee" / "board", or read as a
        # yes/no question)
        ("Could the committee see Northwind Systems' sales in FY2023?", "FF_SALES(FY2023) FOR NWSY"),
        ("Could the board be shown which of the banks have a P/E below 8?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 8)'),
        ("Might the trustees see which utilities yield more than 3% today?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 3)'),
        ("I wonder whether the committee could be told Falcon Software's net income in FY2023.",
         "FF_NET_INC(FY2023) FOR FALC"),
        ("Please could we see Falcon Software's operating margin for FY2023.",
         "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"),
        ("Would it be possible to see the P/E of each of the banks, at the end of 2022 and again today?",
         'NAME, FG_PE(2022-12-31), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"))'),
    ],
)
def test_a_boards_request(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # still a yes/no question, or a body named where nothing asks for it
        ("Could we see if Falcon Software's P/E is below 20?", "if"),
        ("Could the board see whether Falcon Software's sales grew in 2023?", "whether"),
        ("Would it be possible to see whether Falcon Software's P/E is below 20?", "whether"),
        ("Could the committee see Northwind Systems' committee sales in FY2023?", "committee"),
    ],
)
def test_a_boards_request_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


def test_did_stays_a_yes_no_question() -> None:
    assert "yes/no" in refused("Did Falcon Software's sales grow in 2023?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "cohort": the companies of the set (was refused, naming "cohort")
        ("Sales in FY2023 for the Banks cohort, in USD.", 'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks")) IN USD'),
        ("Which names in the Banks cohort grew sales by more than 5% FY22 to FY23?",
         'NAME, GROWTH(FF_SALES, FY2022, FY2023) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2022, FY2023) > 5)'),
        ("Net debt to equity across the cohort of banks at FY23.",
         'NAME, (FF_DEBT(FY2023) - FF_CASH(FY2023)) / FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Banks"))'),
        # "benchmark" as the request's verb: compare (was refused as a relative return)
        ("Benchmark sales growth FY20–FY23 for Falcon Software vs. Northwind Systems.",
         "GROWTH(FF_SALES, FY2020, FY2023) FOR FALC, NWSY"),
        ("benchmark northwind systems p/e against falcon software, as of today", "FG_PE(D0) FOR NWSY, FALC"),
        ("Compare the Banks and Insurance cohort on calendar 2023 return, best to worst.",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks") | INDUSTRY("Insurance")) '
         "SORT P_RETURN(2022-12-31, 2023-12-31) DESC"),
        # "<measure> profile": the measure (the "profile" was a misspelt "profit": an extra net income column)
        ("Operating margin profile for FY23 for Northwind Systems.", "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR NWSY"),
        ("Gross margin profile for FY24 for Cobalt Retail.", "FF_GROSS_INC(FY2024) / FF_SALES(FY2024) * 100 FOR COBR"),
        ("Bottom-line margin for FY23 for Falcon Software and Northwind Systems.",
         "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC, NWSY"),
    ],
)
def test_slide_speak(question: str, query: str) -> None:
    assert q(question) == query


def test_benchmark_as_a_noun_stays_refused() -> None:
    assert "benchmark" in refused("How did Falcon Software's return compare with the benchmark in 2023?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "what sort of": no SORT (was a SORT DESC added to the answer)
        ("What sort of return did Falcon Software deliver in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"),
        ("What sort of P/E do the banks trade on today?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"))'),
        # "fare" before a period: how the shares performed (was refused, naming "fare"; "fared" was read)
        ("How did the banks fare over the past six months?",
         'NAME, P_RETURN(2024-07-15, D0) FOR SCREEN(INDUSTRY("Banks"))'),
        ("How did Northwind Systems fare in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"),
        # "baking in": the Street's forecast
        ("What EPS is the Street baking in for Falcon Software for FY25?", "FE_EPS(FY1) FOR FALC"),
    ],
)
def test_formal_verbs(question: str, query: str) -> None:
    assert q(question) == query


def test_sort_as_a_verb_keeps_its_order() -> None:
    assert q("Sort the banks by P/E today.") == 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Fairhaven Containers' shareholders' funds in FY23", "FF_EQUITY(FY2023) FOR FAIR"),
        ("Net debt as a percentage of shareholders' funds at Northwind Systems, FY23.",
         "(FF_DEBT(FY2023) - FF_CASH(FY2023)) / FF_EQUITY(FY2023) * 100 FOR NWSY"),
        ("Falcon Software's shares in issue at the latest quarter end.", "FF_SHARES(FQ0) FOR FALC"),
        # an amount compared after "profit (after tax)": the measure, not the adjective "profitable" (was refused)
        ("Which UK companies reported profit after tax of more than £5bn in FY23?",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(COUNTRY("United Kingdom"), FF_NET_INC(FY2023) > 5000) IN GBP'),
        ("Which banks reported profit of more than $5bn in FY23?",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2023) > 5000) IN USD'),
        ("I should be grateful to know what sales Falcon Software booked in respect of the last financial year.",
         "FF_SALES(FY2024) FOR FALC"),
        ("Falcon Software's P/E at the half-year end, 30 June 2024.", "FG_PE(2024-06-30) FOR FALC"),
        ("Compare Falcon Software's sales against Northwind Systems' for last fiscal year, normalised to EUR.",
         "FF_SALES(FY2024) FOR FALC, NWSY IN EUR"),
        ("What dividend yield do Falcon Software's shares offer today?", "FG_DIV_YIELD(D0) FOR FALC"),
    ],
)
def test_british_english(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the adjective keeps its reading where no amount follows
        ("Which banks made a profit in FY23?", 'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2023) > 0)'),
    ],
)
def test_profitable_keeps_its_reading(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Which UK companies made profit after tax in FY23?", "after tax"),  # no amount: not read as a listing
        ("What was the offer price of Falcon Software?", "offer"),  # no yield asked: "offer" stays unread
    ],
)
def test_british_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # who asks, said first: "Speaking for X, ...", "On behalf of X: ..." (was refused, naming "speaking")
        ("Speaking for Falcon Software, I wonder whether the committee could be told the lowest close our shares have "
         "reached over the past three months.", "P_LOW(2024-10-15, D0) FOR FALC"),
        ("On behalf of Northwind Systems: what was our net income in FY2023?", "FF_NET_INC(FY2023) FOR NWSY"),
        # the low (high) with the verb of the move said of it (was refused, naming "lowest")
        ("The lowest closing level to which Falcon Software's shares fell during 2022.", "P_LOW(2022-01-01, 2022-12-31) FOR FALC"),
        ("I should be grateful to know the highest price to which Northwind Systems' shares rose in 2023.",
         "P_HIGH(2023-01-01, 2023-12-31) FOR NWSY"),
        # "the latest quarterly figures": the latest quarter
        ("How many people does Falcon Software employ, going by the latest quarterly figures?", "FF_EMPLOYEES(FQ0) FOR FALC"),
        ("Falcon Software's cash going by the most recent quarterly accounts.", "FF_CASH(FQ0) FOR FALC"),
        # "the financial year to September 2024": the fiscal year ending then
        ("Copperfield Air: operating profit for the financial year to September 2024.", "FF_OPER_INC(FY2024) FOR COPP"),
    ],
)
def test_who_asks_and_formal_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Speaking for Falcon Software, which banks have a P/E below 8?", "banks"),  # a set beside the company
        ("Copperfield Air's return from the start of the year to September 2024.", "start"),  # a span, not a fiscal year
    ],
)
def test_who_asks_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "%" said between dashes: the unit (was refused, naming "%")
        ("Net margin - net income over sales, % - Falcon Software, FY23.", "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"),
        # "<measure> trajectory" over a range of years: the measure in each (was refused, naming "trajectory")
        ("Operating margin trajectory for Falcon Software, FY21 through FY23.",
         "FF_OPER_INC(FY2021) / FF_SALES(FY2021) * 100, FF_OPER_INC(FY2022) / FF_SALES(FY2022) * 100, "
         "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"),
    ],
)
def test_slide_units_and_trajectories(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "N trading days before the most recent one": D-N (was refused, naming "recent")
        ("What was Falcon Software's close ten trading days before the most recent one?", "P_PRICE(D-10) FOR FALC"),
        ("How many Northwind Systems shares changed hands 3 trading days before the latest trading day?",
         "P_VOLUME(D-3) FOR NWSY"),
    ],
)
def test_trading_days_before_the_latest(question: str, query: str) -> None:
    assert q(question) == query


def test_a_span_before_the_latest_stays_refused() -> None:
    # a span of days before the latest one (D-6 to D-1?) is no single day
    assert "recent" in refused(
        "What was Falcon Software's return over the five trading days before the most recent one?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "we should like to know": the asker wants (was refused, naming "should")
        ("We should like to know Falcon Software's net income in FY2023.", "FF_NET_INC(FY2023) FOR FALC"),
        ("I should like to see which banks have a P/E below 8.", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 8)'),
    ],
)
def test_should_like_to_know(question: str, query: str) -> None:
    assert q(question) == query


def test_should_of_an_opinion_stays_refused() -> None:
    assert "should" in refused("What should Falcon Software's EPS be next year?")
