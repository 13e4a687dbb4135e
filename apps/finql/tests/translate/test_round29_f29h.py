"""Round 29 (f29h): the refusal classes f29g's generator left, in wordings of our own (other sets, measures, verbs),
with near misses that keep their reading or refusal."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a growth expected next year set against last year's growth ("grow EPS faster next year than last year"): next
# year's expected growth (from last year's actual to the consensus) above last year's reported growth; both were the
# expected growth, refused as a measure compared with itself
FASTER_NEXT_YEAR = [
    ("Which insurers are expected to grow sales faster next year than last year?",
     'NAME, (FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
     "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 > GROWTH(FF_SALES, FY2023, FY2024))"),
    ("Which utilities will grow their EPS more slowly next year than they did last year?",
     'NAME, (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100, GROWTH(FF_EPS, FY2023, FY2024) FOR SCREEN(SECTOR("Utilities"), '
     "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 < GROWTH(FF_EPS, FY2023, FY2024))"),
    ("Which NX100 members are forecast to grow revenue faster in the next fiscal year than in the last fiscal year?",
     "NAME, (FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDEX(NX100), "
     "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 > GROWTH(FF_SALES, FY2023, FY2024))"),
    ("Which banks do analysts expect to grow EPS faster next year than they grew it last year?",
     'NAME, (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100, GROWTH(FF_EPS, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), '
     "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 > GROWTH(FF_EPS, FY2023, FY2024))"),
]


@pytest.mark.parametrize(("question", "query"), FASTER_NEXT_YEAR)
def test_growth_expected_next_year_against_last_years_growth(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # the expected growth defined in brackets as the consensus against the year before's actual: what it is already
    ("Please identify the insurers whose expected sales growth for fiscal year 2025 (consensus estimate versus the "
     "fiscal 2024 actual) exceeds their actual sales growth for fiscal year 2024.",
     'NAME, (FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
     "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 > GROWTH(FF_SALES, FY2023, FY2024))"),
    ("What is Westbrook's expected EPS growth for FY2025 (consensus against the FY2024 actual)?",
     "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR WEST"),
])
def test_expected_growth_defined_in_brackets(question: str, query: str) -> None:
    assert q(question) == query


def test_expected_growth_defined_against_another_year_keeps_its_reading() -> None:
    # another year's actual in the bracket is left as written: the growth from that year (as before)
    assert q("What is Westbrook's expected EPS growth for FY2025 (consensus against the FY2023 actual)?") == \
        "(FE_EPS(FY1) / FF_EPS(FY2023) - 1) * 100 FOR WEST"


@pytest.mark.parametrize(("question", "query"), [
    # the adverbs are the comparatives: "more quickly" is "faster", "more slowly" "slower"
    ("Did Westbrook grow sales more quickly than Northwind Systems in 2023?",
     "GROWTH(FF_SALES, FY2022, FY2023) FOR WEST, NWSY SORT GROWTH(FF_SALES, FY2022, FY2023) DESC"),
    ("Which banks grew net income more rapidly than 10% in 2024?",
     'NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_NET_INC, FY2023, FY2024) > 10)'),
    ("Which insurers grew sales more slowly in 2024 than in 2023?",
     'NAME, GROWTH(FF_SALES, FY2023, FY2024), GROWTH(FF_SALES, FY2022, FY2023) FOR SCREEN(INDUSTRY("Insurance"), '
     "GROWTH(FF_SALES, FY2023, FY2024) < GROWTH(FF_SALES, FY2022, FY2023))"),
])
def test_adverb_comparatives(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # near misses: two reported years keep their growths; the estimate against the actual is no growth compared
    ("Which airlines grew EPS faster in 2024 than in 2023?",
     'NAME, GROWTH(FF_EPS, FY2023, FY2024), GROWTH(FF_EPS, FY2022, FY2023) FOR SCREEN(INDUSTRY("Airlines"), '
     "GROWTH(FF_EPS, FY2023, FY2024) > GROWTH(FF_EPS, FY2022, FY2023))"),
    ("Which airlines are expected to grow EPS next year?",
     'NAME, (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR SCREEN(INDUSTRY("Airlines"), (FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 > 0)'),
])
def test_growth_comparison_near_misses_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # a year before last year, or a later estimate year: which growth each side is, is not this class; refused
    "Which airlines are expected to grow EPS faster next year than in FY2023?",
    "Which airlines are expected to grow EPS faster in FY2026 than in FY2024?",
    "Which airlines are expected to grow EPS faster in FY2026 than next year?",
])
def test_growth_comparison_other_years_stay_refused(question: str) -> None:
    refused(question)


# a margin's change said by a verb or a noun of change, ranked ("improved their net margin the most", "whose operating
# margin went up the most", "the largest increase in gross margin, in percentage points"): the change in points ranks
# (the verb was read as a condition that the margin rose, and the ranking had no measure: refused)
def _margin_change(item: str, sector: str, p1: str, p2: str, order: str, n: int) -> str:
    diff = f"FF_{item}({p2}) / FF_SALES({p2}) * 100 - (FF_{item}({p1}) / FF_SALES({p1}) * 100)"
    return f"NAME, {diff} FOR SCREEN({sector}) SORT {diff} {order} TOP {n}"


@pytest.mark.parametrize(("question", "query"), [
    ("Which four insurers improved their gross margin the most between FY2021 and FY2023, in percentage points?",
     _margin_change("GROSS_INC", 'INDUSTRY("Insurance")', "FY2021", "FY2023", "DESC", 4)),
    ("Which are the two utilities whose net margin went up the most from FY2022 to FY2024?",
     _margin_change("NET_INC", 'SECTOR("Utilities")', "FY2022", "FY2024", "DESC", 2)),
    ("Which 5 airlines saw their operating margin shrink the most from fiscal 2023 to fiscal 2024?",
     _margin_change("OPER_INC", 'INDUSTRY("Airlines")', "FY2023", "FY2024", "ASC", 5)),
    ("List the three banks with the biggest rise in gross margin, in percentage points, from FY2022 to FY2023.",
     _margin_change("GROSS_INC", 'INDUSTRY("Banks")', "FY2022", "FY2023", "DESC", 3)),
])
def test_ranked_change_of_a_margin(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # near misses: unranked, the margin's rise stays a condition; a ranking of its own keeps the rise a condition
    ("Which utilities improved their net margin from FY2022 to FY2024?",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100, FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100 FOR SCREEN('
     'SECTOR("Utilities"), FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > FF_NET_INC(FY2022) / FF_SALES(FY2022) * 100)'),
    ("Which banks with the highest P/E improved their operating margin from FY2023 to FY2024?",
     'NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100, FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100, FG_PE(D0) FOR '
     'SCREEN(INDUSTRY("Banks"), FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > FF_OPER_INC(FY2023) / FF_SALES(FY2023) '
     "* 100) SORT FG_PE(D0) DESC"),
])
def test_margin_change_near_misses(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # a margin's change asked in percent is no FinQL function (its change is a difference): still refused
    "Which three banks improved their operating margin the most from FY2023 to FY2024, in percent?",
])
def test_margin_change_in_percent_stays_refused(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # "limited to those whose / with ...": only those (a condition on the set listed before it)
    ("List the three banks with the highest P/E, limited to those whose dividend yield is above 4%.",
     'NAME, FG_DIV_YIELD(D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4) SORT FG_PE(D0) DESC TOP 3'),
    ("Show the utilities by market cap, restricted to those with a P/B below 2.",
     'NAME, FG_PB(D0), FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Utilities"), FG_PB(D0) < 2) SORT FG_MKT_CAP(D0) DESC IN USD'),
    # "counted in <currency>": in that currency, as "expressed in" is
    ("Which are the three insurers with the most sales in FY2023, counted in euros?",
     'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Insurance")) SORT FF_SALES(FY2023) DESC TOP 3 IN EUR'),
    ("What was Westbrook's free cash flow in FY2024, counted in GBP?", "FF_FCF(FY2024) FOR WEST IN GBP"),
    # "<figure>, it is what percent of <figure>?": the first as a percentage of the second
    ("The price of Westbrook today, it is what percent of the highest close in 2022?",
     "P_PRICE(D0) / P_HIGH(2022-01-01, 2022-12-31) * 100 FOR WEST"),
    ("Northwind Systems' net income in FY2023 is what percentage of its sales in FY2023?",
     "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR NWSY"),
])
def test_restated_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # near misses: "limited" of something else, a count in a currency, a question word before the figure
    "Which banks have limited debt?",
    "Which banks' debt, and it is what percent of equity?",
])
def test_restated_words_near_misses(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # "at least one of A or B, and in addition C": either of the two, and C ((A OR B) AND C); "and" and "or" with
    # nothing to group them were refused
    ("Which utilities have at least one of a P/E below 15 or a dividend yield above 4%, and in addition a P/B below 2?",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FG_PB(D0) FOR SCREEN(SECTOR("Utilities"), (FG_PE(D0) < 15 OR '
     "FG_DIV_YIELD(D0) > 4) AND FG_PB(D0) < 2)"),
    ("List the airlines with at least one of an operating margin above 10% or a P/B below 1, and also positive net "
     "income last year.",
     'NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100, FG_PB(D0), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Airlines"), '
     "(FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 10 OR FG_PB(D0) < 1) AND FF_NET_INC(FY2024) > 0)"),
])
def test_at_least_one_of_two_conditions(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # "A or B (one of the two is enough), and C": the bracket groups the two, as "either" does
    ("Which utilities have a P/E below 15 or a dividend yield above 4% (one of the two is enough), and they must "
     "also have a P/B below 2?",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FG_PB(D0) FOR SCREEN(SECTOR("Utilities"), (FG_PE(D0) < 15 OR '
     "FG_DIV_YIELD(D0) > 4) AND FG_PB(D0) < 2)"),
    ("List the airlines with an operating margin above 10% or a P/B below 1 (either one suffices) and with positive "
     "net income last year.",
     'NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100, FG_PB(D0), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Airlines"), '
     "(FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 10 OR FG_PB(D0) < 1) AND FF_NET_INC(FY2024) > 0)"),
])
def test_one_of_the_two_is_enough(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # near misses: a count of periods; "and" and "or" with nothing to group them stay refused
    "Which banks grew EPS in at least one of the last three years?",
    "Which banks have a P/B below 3 or a P/E below 20, and in addition a dividend yield above 2%?",
])
def test_at_least_one_of_near_misses(question: str) -> None:
    refused(question)
