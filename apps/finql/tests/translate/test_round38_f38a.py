"""Round 38 (f38a): the SPEC readers' misses of tune38a, each a class of wordings checked in the set's words and our
own: "both" opening a list of periods, a function word shared over "and of", the analysts "in the FY2025 consensus",
"FY2020-24", negations without their apostrophe ("arent", "dont"), "lossmaking", "non dividend payers", "the fiscal
year just ended", "Specifically,", "make per share", "paid to its shareholders", "cheapest relative to book value", a
margin said again bare, "from the highest down to the lowest", "best performer first", "at the same time", "hunting
for"."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# "consensus EPS and consensus sales for both FY2025 and FY2026, plus ... FY2025": "both" was a clause barrier, the
# sales took the later FY2025 alone (FY2026 dropped: a wrong answer)
BOTH_PERIODS = [
    ("Indigo Semiconductor: consensus EPS and consensus sales for both FY2025 and FY2026, plus how many analysts are in "
     "the FY2025 consensus.", "FE_EPS(FY1), FE_EPS(FY2), FE_SALES(FY1), FE_SALES(FY2), FE_NUM(FY1) FOR INDI"),
    ("Cobalt Motors: consensus sales and consensus EPS for both FY2025 and FY2026, plus the number of analysts for FY2025.",
     "FE_SALES(FY1), FE_SALES(FY2), FE_EPS(FY1), FE_EPS(FY2), FE_NUM(FY1) FOR COBA"),
    ("Cobalt Motors: net income and sales for both Q1 2024 and Q2 2024, plus the P/E today.",
     "FF_NET_INC(FQ2024Q1), FF_NET_INC(FQ2024Q2), FF_SALES(FQ2024Q1), FF_SALES(FQ2024Q2), FG_PE(D0) FOR COBA"),
    ("Falcon Software: net income and sales for both FY2022 and FY2023, plus EPS in FY2024.",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_SALES(FY2022), FF_SALES(FY2023), FF_EPS(FY2024) FOR FALC"),
    # near miss: "both" of two conditions stays theirs
    ("Which companies had both sales above 1000 in FY2023 and net income above 100 in FY2024?",
     "NAME, FF_SALES(FY2023), FF_NET_INC(FY2024) FOR SCREEN(ALL, FF_SALES(FY2023) > 1000 AND FF_NET_INC(FY2024) > 100)"),
]


@pytest.mark.parametrize(("question", "query"), BOTH_PERIODS)
def test_both_opening_a_period_list(question: str, query: str) -> None:
    assert q(question) == query


# "how many analysts are in the FY2025 consensus": the count's consensus, not the one estimate named before (it was
# "the FY2025 consensus EPS", the count read at both years: a wrong answer)
ANALYSTS_IN = [
    ("Indigo Semiconductor: consensus EPS and sales for FY2025 and FY2026, plus how many analysts are in the FY2025 "
     "consensus.", "FE_EPS(FY1), FE_EPS(FY2), FE_SALES(FY1), FE_SALES(FY2), FE_NUM(FY1) FOR INDI"),
    ("Cobalt Motors: consensus EPS for FY2025 and FY2026, and how many analysts contribute to the FY2025 consensus?",
     "FE_EPS(FY1), FE_EPS(FY2), FE_NUM(FY1) FOR COBA"),
    # the elided estimate stays read where no count is asked (round 27)
    ("Cobalt Motors consensus sales for fiscal 2026 as a percentage of the fiscal 2025 consensus",
     "FE_SALES(FY2) / FE_SALES(FY1) * 100 FOR COBA"),
]


@pytest.mark.parametrize(("question", "query"), ANALYSTS_IN)
def test_analysts_in_a_years_consensus(question: str, query: str) -> None:
    assert q(question) == query


# "compound annual growth of sales and of EPS": the preposition said again shares the function (the EPS was listed at
# every year: a wrong answer)
AND_OF = [
    ("Evergreen Realty Trust and Keystone Properties - compound annual growth of sales and of EPS, FY2016 to FY2024.",
     "CAGR(FF_SALES, FY2016, FY2024), CAGR(FF_EPS, FY2016, FY2024) FOR EVRT, KEYS"),
    ("Falcon Software growth of net income and of free cash flow from FY2020 to FY2024.",
     "GROWTH(FF_NET_INC, FY2020, FY2024), GROWTH(FF_FCF, FY2020, FY2024) FOR FALC"),
    ("the average of sales and of capex for Apex Materials over FY2020 to FY2023",
     "AVG(FF_SALES, FY2020, FY2023), AVG(FF_CAPEX, FY2020, FY2023) FOR APXM"),
]


@pytest.mark.parametrize(("question", "query"), AND_OF)
def test_function_shared_over_and_of(question: str, query: str) -> None:
    assert q(question) == query


SHORT_RANGE = [
    ("BPE capex, total FY2020-24", "SUM(FF_CAPEX, FY2020, FY2024) FOR BPE"),
    ("Apex Materials net income FY2016-20, averaged", "AVG(FF_NET_INC, FY2016, FY2020) FOR APXM"),
    ("Falcon Software sales fy2019–23", "FF_SALES(FY2019), FF_SALES(FY2020), FF_SALES(FY2021), FF_SALES(FY2022), "
     "FF_SALES(FY2023) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), SHORT_RANGE)
def test_fiscal_range_with_two_digit_end(question: str, query: str) -> None:
    assert q(question) == query


def test_two_years_in_a_row_may_be_one_fiscal_year() -> None:
    assert "fy2023" in refused("Falcon Software sales FY2023-24")


# negations written without the apostrophe: "dont" was dropped as filler (the payers listed for the non-payers)
NEGATIONS = [
    ("banks that dont pay a dividend", 'NAME, FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) = 0)'),
    ("software cos that arent profitable",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Software"), NOT (FF_NET_INC(FY2024) > 0))'),
    ("Which insurers didnt make money last year?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Insurance"), NOT (FF_NET_INC(FY2024) > 0))'),
    ("semis or software cos w/ sales growth >6% fy23 to fy24 that arent lossmaking",
     'NAME, GROWTH(FF_SALES, FY2023, FY2024), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Semiconductors") | '
     'INDUSTRY("Software"), GROWTH(FF_SALES, FY2023, FY2024) > 6 AND NOT (FF_NET_INC(FY2024) < 0))'),
    ("which utilities werent lossmaking in FY2023",
     'NAME, FF_NET_INC(FY2023) FOR SCREEN(SECTOR("Utilities"), NOT (FF_NET_INC(FY2023) < 0))'),
    ("Which lossmaking banks have a P/E below 10?",
     'NAME, FF_NET_INC(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) < 0 AND FG_PE(D0) < 10)'),
    ("non dividend payers in the nx100 energy sector",
     'NAME, FF_DPS(FY2024) FOR SCREEN(INDEX(NX100) & SECTOR("Energy"), FF_DPS(FY2024) = 0)'),
    ("Which utilities are non-dividend payers?", 'NAME, FF_DPS(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DPS(FY2024) = 0)'),
    ("non dividend paying banks with a P/E below 10",
     'NAME, FF_DPS(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) = 0 AND FG_PE(D0) < 10)'),
]


@pytest.mark.parametrize(("question", "query"), NEGATIONS)
def test_negations_and_adjectives_written_close(question: str, query: str) -> None:
    assert q(question) == query


JUST_ENDED = [
    ("Falcon Software EPS for the fiscal year just ended", "FF_EPS(FY2024) FOR FALC"),
    ("Falcon Software sales in the quarter just ended", "FF_SALES(FQ0) FOR FALC"),
    ("What was Apex Materials' net income in the just-completed fiscal year?", "FF_NET_INC(FY2024) FOR APXM"),
    ("What was Apex Materials' net income and sales in the just-completed quarter?",
     "FF_NET_INC(FQ0), FF_SALES(FQ0) FOR APXM"),
    ("What kind of earnings growth are analysts expecting at Falcon Software? Specifically, how much higher (in percent) "
     "is the consensus EPS for next fiscal year than the EPS they actually reported for the fiscal year just ended?",
     "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), JUST_ENDED)
def test_period_just_ended(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Specifically, what was Falcon Software's sales in FY2024?",
    "I'm curious about Falcon Software. More precisely, what were its sales in FY2024?",
    "In particular, what was Falcon Software's sales in FY2024?",
])
def test_specifically_opening_a_sentence(question: str) -> None:
    assert q(question) == "FF_SALES(FY2024) FOR FALC"


WORDS = [
    ("How much did Bluepeak Energy pay out per share to its shareholders last year?", "FF_DPS(FY2024) FOR BPE"),
    ("How much did Apex Materials pay its shareholders per share in FY2023?", "FF_DPS(FY2023) FOR APXM"),
    ("How much are the analysts expecting Cobalt Motors to make per share in 2025?", "FE_EPS(FY1) FOR COBA"),
    ("How much did Falcon Software make per share in FY2023?", "FF_EPS(FY2023) FOR FALC"),
    ("How much did Falcon Software make in FY2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("Show me the three banks that look cheapest compared to their book value.",
     'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PB(D0) ASC TOP 3'),
    ("Which two insurers are cheapest relative to earnings?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT FG_PE(D0) ASC TOP 2'),
    ("We are hunting for banks with a P/E below 8.", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 8)'),
]


@pytest.mark.parametrize(("question", "query"), WORDS)
def test_everyday_words(question: str, query: str) -> None:
    assert q(question) == query


def test_paying_shareholders_without_per_share_stays_unread() -> None:
    assert q("How much did Apex Materials pay its shareholders in FY2023?") is None


ORDERS = [
    ("Could you rank all of the insurance companies by their net profit margin for the last fiscal year, from the "
     "highest margin down to the lowest, and show me the margin next to each name?",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Insurance")) SORT FF_NET_INC(FY2024) / '
     'FF_SALES(FY2024) * 100 DESC'),
    ("Which Software or IT Services companies had an operating margin above 20% and positive free cash flow last year? "
     "Show the margin and sort them from highest margin down.",
     'NAME, FF_FCF(FY2024), FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Software") | '
     'INDUSTRY("IT Services"), FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 20 AND FF_FCF(FY2024) > 0) SORT '
     'FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 DESC'),
    ("Rank the banks by gross margin in FY2023, from the lowest up to the highest, and show the margin.",
     'NAME, FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(INDUSTRY("Banks")) SORT FF_GROSS_INC(FY2023) / '
     'FF_SALES(FY2023) * 100 ASC'),
    ("Rank the utilities by sales for FY2024, from the highest down to the lowest.",
     'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Utilities")) SORT FF_SALES(FY2024) DESC IN USD'),
    ("Which utilities had a P/E below 15? Sort them from the lowest P/E up.",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15) SORT FG_PE(D0) ASC'),
    ("Among all the companies in the NX100 index, which ten had the best share price performance during calendar 2024? "
     "Please list them with the return, best performer first.",
     "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDEX(NX100)) SORT P_RETURN(2023-12-31, 2024-12-31) DESC TOP 10"),
]


@pytest.mark.parametrize(("question", "query"), ORDERS)
def test_orders_and_a_margin_said_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [
    # ranked by sales, ordered by another measure: two rankings, refused as before
    ("Rank the utilities by sales for FY2024, from the highest net margin down.", "down"),
    # size after another measure ranked: may rank by size, refused
    ("Which five banks had the highest P/E? Largest company first.", "largest"),
])
def test_orders_that_stay_refused(question: str, words: str) -> None:
    assert words in refused(question)


SAME_TIME = [
    ("Which Health Care companies had positive net income in the last fiscal year and at the same time grew their sales "
     "by more than 10% from fiscal 2023 to fiscal 2024?",
     'NAME, FF_NET_INC(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(SECTOR("Health Care"), FF_NET_INC(FY2024) > 0 '
     'AND GROWTH(FF_SALES, FY2023, FY2024) > 10)'),
    ("Which banks pay a dividend and, at the same time, have a P/E below 10?",
     'NAME, FF_DPS(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) > 0 AND FG_PE(D0) < 10)'),
]


@pytest.mark.parametrize(("question", "query"), SAME_TIME)
def test_at_the_same_time(question: str, query: str) -> None:
    assert q(question) == query


ESTIMATE_WORDS = [
    ("What does Wall Street think Cobalt Motors will earn per share next year?", "FE_EPS(FY1) FOR COBA"),
    ("What do the folks on Wall Street think Cobalt Motors will earn per share next year?", "FE_EPS(FY1) FOR COBA"),
    ("What do the analysts on Wall Street expect Apex Materials' sales to be in FY2026?", "FE_SALES(FY2) FOR APXM"),
    ("Which chip makers can you buy for under 20 times earnings?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Semiconductors"), FG_PE(D0) < 20)'),
    ("Which banks could I buy at under 8 times earnings?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 8)'),
    ("Which of the green power companies were in the red last year?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Renewable Energy"), FF_NET_INC(FY2024) < 0)'),
    ("Which power companies were in the red last year?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Electric Utilities"), FF_NET_INC(FY2024) < 0)'),
    ("Which green energy names have a P/E below 30?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Renewable Energy"), FG_PE(D0) < 30)'),
]


@pytest.mark.parametrize(("question", "query"), ESTIMATE_WORDS)
def test_street_buy_for_and_green_power(question: str, query: str) -> None:
    assert q(question) == query


# a total or an average said bare beside the one measure over several periods: a column of its own (refused; "capex
# for FY2021 to FY2024 and the average" was the average alone, the figures listed dropped)
BARE_FUNCTION = [
    ("Crescent Beverages and Umbra Beverages: average annual free cash flow and the cumulative total, both over FY2020 "
     "through FY2024.", "AVG(FF_FCF, FY2020, FY2024), SUM(FF_FCF, FY2020, FY2024) FOR CRBV, UMBR"),
    ("Falcon Software: average yearly capex and the combined total, FY2021 to FY2024.",
     "AVG(FF_CAPEX, FY2021, FY2024), SUM(FF_CAPEX, FY2021, FY2024) FOR FALC"),
    ("Falcon Software capex for FY2021 to FY2024 and the average.",
     "FF_CAPEX(FY2021), FF_CAPEX(FY2022), FF_CAPEX(FY2023), FF_CAPEX(FY2024), AVG(FF_CAPEX, FY2021, FY2024) FOR FALC"),
    ("Apex Materials net income for the last four quarters, plus the total.",
     "FF_NET_INC(FQ-3), FF_NET_INC(FQ-2), FF_NET_INC(FQ-1), FF_NET_INC(FQ0), SUM(FF_NET_INC, FQ-3, FQ0) FOR APXM"),
]


@pytest.mark.parametrize(("question", "query"), BARE_FUNCTION)
def test_bare_total_or_average_beside_a_measure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Falcon Software capex in FY2024 and the total.",  # one period: no total of it
    "Apex Materials net income and sales for FY2020 through FY2024, and the total.",  # two measures: whose?
])
def test_bare_total_that_stays_refused(question: str) -> None:
    assert "total" in refused(question)
