"""Round 47 (f47r): a careful SPEC reader's questions the chain refused though SPEC expresses them, mended by class:
"N quarters back from the latest one" (N quarters ago stays refused: see class 1), "the first day of <month> <year>", two
measures joined by "over" opening a question about a set, the "high-to-low range" of closes, "the quarters of its
fiscal 2023", "the latest day" and "the trading day N sessions before it", a direction and its opposite in a how-much
question, "a positive X below N", "not trading above N times earnings", "leaving out the ones without a P/E",
"valued below N times sales", a currency the asker accepts ("yen is fine") and a weekend date's SPEC rule restated.
Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. "N quarters ago" stays refused as two readings (f47r read it as FQ-(N-1) by SPEC 5's analogy with years; the
# lead withdrew it: the tuning golds read it both ways, and the readall lost two refusals and gained three wrong
# answers for three right ones); counted from the latest quarter said it is FQ-N --------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    # counted from the latest quarter said, it is that many quarters before it (FQ-N), as "before the latest" reads
    ("Cobalt Motors net income four quarters back from the latest one", "FF_NET_INC(FQ-4) FOR COBA"),
    ("Cobalt Motors sales two quarters back from the most recent quarter", "FF_SALES(FQ-2) FOR COBA"),
    # counted from a quarter named, as before; "one quarter ago" is the quarter before last, one reading only
    ("Cobalt Motors sales in Q3 2024 and two quarters earlier", "FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q1) FOR COBA"),
    ("Cobalt Motors sales one quarter ago", "FF_SALES(FQ-1) FOR COBA"),
])
def test_quarters_counted_back(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("What was Ember Industries' debt three quarters ago?", "reads two ways"),
    ("Bluepeak Energy's EPS two quarters back", "reads two ways"),
    ("Operating income of Cobalt Motors five quarters ago", "reads two ways"),
    # (near misses: a price "two quarters ago" names no day; "earlier" with nothing said before it counts from nothing)
    ("What was Cobalt Motors' share price two quarters ago?", "two quarters ago"),
    ("Cobalt Motors sales two quarters earlier", "two quarters earlier"),
])
def test_quarters_ago_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()




# --- 2. "the first day of <month> <year>": that calendar day -------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Return of Lumen Streaming from the first day of April 2024 to today", "P_RETURN(2024-04-01, D0) FOR LUMS"),
    ("Lumen Streaming's close on the first day of September 2023", "P_PRICE(2023-09-01) FOR LUMS"),
    ("Lumen Streaming's highest close between the first day of May 2022 and the end of July 2022",
     "P_HIGH(2022-05-01, 2022-07-31) FOR LUMS"),
    ("Lumen Streaming volume on the very first calendar day of October 2024", "P_VOLUME(2024-10-01) FOR LUMS"),
])
def test_first_day_of_a_month(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: the first day of a fiscal year is each company's own; "of trading in" is no day said)
    ("Lumen Streaming's close on the first day of fiscal 2024", "first day"),
    ("Lumen Streaming's close on the first day of trading in March 2024", "first day"),
])
def test_first_day_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 3. two measures joined by "over" that open a question about a set: their quotient -------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Liabilities over assets for the insurers, least indebted first",
     'NAME, FF_LIABS(FY2024) / FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Insurance")) '
     'SORT FF_LIABS(FY2024) / FF_ASSETS(FY2024) ASC'),
    ("Debt over equity of the airlines in fiscal 2023, highest first",
     'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Airlines")) '
     'SORT FF_DEBT(FY2023) / FF_EQUITY(FY2023) DESC'),
    ("Show capex over sales for the semiconductor companies in fiscal 2022",
     'NAME, FF_CAPEX(FY2022) / FF_SALES(FY2022) FOR SCREEN(INDUSTRY("Semiconductors"))'),
])
def test_over_opening_a_question_divides(question: str, query: str) -> None:
    assert q(question) == query


def test_over_after_with_stays_a_condition() -> None:  # near miss: "insurers with liabilities over assets"
    assert q("Insurers with liabilities over assets in fiscal 2024") == (
        'NAME, FF_LIABS(FY2024), FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Insurance"), FF_LIABS(FY2024) > FF_ASSETS(FY2024))')


# --- 4. the "high-to-low range" of closes: the highest minus the lowest ----------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Atlas Mining's high-low range in 2023", "P_HIGH(2023-01-01, 2023-12-31) - P_LOW(2023-01-01, 2023-12-31) FOR ATLM"),
    ("Atlas Mining: high-to-low price range over the last 60 trading days", "P_HIGH(D-60, D0) - P_LOW(D-60, D0) FOR ATLM"),
    ("Atlas Mining's low-to-high spread of closes in 2022, as a percentage of the low",
     "(P_HIGH(2022-01-01, 2022-12-31) - P_LOW(2022-01-01, 2022-12-31)) / P_LOW(2022-01-01, 2022-12-31) * 100 FOR ATLM"),
    ("Atlas Mining: high-to-low range of the last 120 trading days, as % above the low",
     "(P_HIGH(D-120, D0) - P_LOW(D-120, D0)) / P_LOW(D-120, D0) * 100 FOR ATLM"),
    ("Gap between Atlas Mining's highest and lowest close in 2024, as % above the low",
     "(P_HIGH(2024-01-01, 2024-12-31) - P_LOW(2024-01-01, 2024-12-31)) / P_LOW(2024-01-01, 2024-12-31) * 100 FOR ATLM"),
])
def test_high_to_low_range(question: str, query: str) -> None:
    assert q(question) == query


def test_trading_range_alone_stays_the_pair() -> None:  # near miss: "the trading range" is the high and the low
    assert q("Atlas Mining's trading range in 2023") == (
        "P_HIGH(2023-01-01, 2023-12-31), P_LOW(2023-01-01, 2023-12-31) FOR ATLM")


def test_as_percent_above_the_low_of_a_price_is_left() -> None:  # near miss: no gap said, the price's distance
    assert q("Atlas Mining's close today as % above the low of 2024") == (
        "P_PRICE(D0), (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 FOR ATLM")


# --- 5. "the quarters of its fiscal 2023": its four quarters ----------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Give Apex Materials' net income for the quarters of its fiscal 2022",
     "FF_NET_INC(FQ2022Q1), FF_NET_INC(FQ2022Q2), FF_NET_INC(FQ2022Q3), FF_NET_INC(FQ2022Q4) FOR APXM"),
    ("EPS for the quarters of Apex Materials' fiscal 2023",
     "FF_EPS(FQ2023Q1), FF_EPS(FQ2023Q2), FF_EPS(FQ2023Q3), FF_EPS(FQ2023Q4) FOR APXM"),
    ("Capex of the airlines in the quarters of their fiscal 2021",
     'NAME, FF_CAPEX(FQ2021Q1), FF_CAPEX(FQ2021Q2), FF_CAPEX(FQ2021Q3), FF_CAPEX(FQ2021Q4) FOR SCREEN(INDUSTRY("Airlines"))'),
])
def test_quarters_of_its_fiscal_year(question: str, query: str) -> None:
    assert q(question) == query


def test_quarters_of_its_last_fiscal_year_stays_refused() -> None:  # near miss: no year label said
    assert "quarters" in refused("Apex Materials' sales for the quarters of its last fiscal year").lower()


# --- 6. "the latest day", "the trading day N sessions before it" -----------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Volume of Granite Water on the latest day and ten trading days before it", "P_VOLUME(D0), P_VOLUME(D-10) FOR GRWT"),
    ("Granite Water's close on the most recent day", "P_PRICE(D0) FOR GRWT"),
    ("Granite Water's close on the latest trading day and on the trading day three sessions before it",
     "P_PRICE(D0), P_PRICE(D-3) FOR GRWT"),
    ("Granite Water's volume on the session 7 trading days ago", "P_VOLUME(D-7) FOR GRWT"),
])
def test_latest_day_and_sessions_before(question: str, query: str) -> None:
    assert q(question) == query


def test_latest_day_of_a_month_is_that_month_end() -> None:  # near miss: "of June 2024" names another day
    assert q("Granite Water's close on the latest day of June 2024") == "P_PRICE(2024-06-28) FOR GRWT"


# --- 7. a direction and its opposite in a how-much question: the signed figure ----------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("How much is Delta Insurance's FY2025 consensus EPS above (or below) its fiscal 2024 EPS, in percent?",
     "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR DELT"),
    ("How much higher or lower were Delta Insurance's sales in fiscal 2024 than in fiscal 2022, in percent?",
     "GROWTH(FF_SALES, FY2022, FY2024) FOR DELT"),
    ("How much did Delta Insurance's shares gain (or lose) in calendar 2022?", "P_RETURN(2021-12-31, 2022-12-31) FOR DELT"),
    ("By how much is Delta Insurance's P/E today above or below its P/E at the end of 2022?",
     "FG_PE(D0) - FG_PE(2022-12-31) FOR DELT"),
])
def test_either_way_in_how_much(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (near misses: a screen's "above or below 10" is no bound; a yes/no "higher or lower than" compares two companies)
    ("Which insurers have a P/E above or below 10?", "above"),
    ("Is Delta Insurance's P/E higher or lower than Ironclad Insurance's?", "lower than"),
])
def test_either_way_near_misses(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 8. "a positive X below N": two conditions on it ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Insurers with a positive forward P/E below 11",
     'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY("Insurance"), P_PRICE(D0) / FE_EPS(FY1) > 0 AND '
     'P_PRICE(D0) / FE_EPS(FY1) < 11)'),
    ("Insurers with a forward P/E that is positive and under 9",
     'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY("Insurance"), P_PRICE(D0) / FE_EPS(FY1) > 0 AND '
     'P_PRICE(D0) / FE_EPS(FY1) < 9)'),
    ("Retail companies with a positive net margin below 4% in fiscal 2023",
     'NAME, FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(INDUSTRY("Retail"), FF_NET_INC(FY2023) / '
     'FF_SALES(FY2023) * 100 > 0 AND FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 < 4)'),
    ("All companies with a positive forward P/E - today's price over FY2025 consensus EPS - below 9",
     'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(ALL, P_PRICE(D0) / FE_EPS(FY1) > 0 AND P_PRICE(D0) / FE_EPS(FY1) < 9)'),
])
def test_positive_below(question: str, query: str) -> None:
    assert q(question) == query


def test_positive_one_measure_and_a_bound_on_another() -> None:  # near miss: "positive EPS and a P/E below 10"
    assert q("Insurers with positive EPS and a P/E below 10") == (
        'NAME, FF_EPS(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FF_EPS(FY2024) > 0 AND FG_PE(D0) < 10)')


# --- 9. "not trading above N times earnings": the negated comparison --------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which utilities are not trading above 18 times earnings?",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), NOT (FG_PE(D0) > 18))'),
    ("Which utilities don't trade above 18 times earnings?",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), NOT (FG_PE(D0) > 18))'),
    ("Which utilities are not trading below book value?",
     'NAME, FG_PB(D0) FOR SCREEN(SECTOR("Utilities"), NOT (FG_PB(D0) < 1))'),
    ("Which NX100 names made money over the last twelve months and are not trading above 25 times earnings?",
     'NAME, FF_NET_INC(LTM), FG_PE(D0) FOR SCREEN(INDEX(NX100), FF_NET_INC(LTM) > 0 AND NOT (FG_PE(D0) > 25))'),
])
def test_not_trading_above(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: a multiple of another figure keeps the reading it had, the verb the market value, "not" the condition)
    ("Which insurers are NOT trading above twice book value today?",
     'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Insurance"), NOT (FG_MKT_CAP(D0) / FF_EQUITY(FY2024) > 2))'),
    ("Which airlines are not trading above 1 times last year's sales?",
     'NAME, FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Airlines"), NOT (FG_MKT_CAP(D0) / FF_SALES(FY2024) > 1))'),
])
def test_not_trading_above_a_multiple_of_another_figure(question: str, query: str) -> None:
    assert q(question) == query


def test_not_more_than_stays_at_most() -> None:  # near miss: "not more than" alone is "at most"
    assert q("Utilities whose P/E is not more than 12") == 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) <= 12)'


# --- 10. "leaving out the ones without a P/E"; "valued below N times sales" -------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("The four cheapest utilities on P/E today, leaving out those without a P/E",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) > 0) SORT FG_PE(D0) ASC TOP 4'),
    ("Rank the banks by P/E, lowest first, excluding the ones with no P/E",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) > 0) SORT FG_PE(D0) ASC'),
    ("Which airlines are valued below half a times last year's sales?", None),
    ("Which airlines are valued below 0.5 times last year's sales?",
     'NAME, FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Airlines"), FG_MKT_CAP(D0) / FF_SALES(FY2024) < 0.5)'),
    ("Which insurers are valued at less than 9 times earnings?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PE(D0) < 9)'),
])
def test_without_a_pe_and_valued(question: str, query: str | None) -> None:
    assert q(question) == query


def test_without_a_forward_pe_stays_refused() -> None:  # near miss: a forward P/E's lack is not SPEC's null P/E
    assert "without" in refused("Banks by P/E, excluding the ones without a forward P/E").lower()


# --- 11. a currency the asker accepts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Lowest close of Lakeside Automotive in 2022 (yen is fine, that's what it trades in)",
     "P_LOW(2022-01-01, 2022-12-31) FOR LAKA IN JPY"),
    ("Zenith Brands' sales in fiscal 2023. Canadian dollars are fine.", "FF_SALES(FY2023) FOR ZENI IN CAD"),
    ("Tidewater Pharma net income last year - euros is ok", "FF_NET_INC(FY2024) FOR TIDE IN EUR"),
])
def test_currency_accepted(question: str, query: str) -> None:
    assert q(question) == query


# --- 12. a weekend date's SPEC rule restated by the asker --------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Close of Granite Water on 2 June 2024? I know that's a Sunday; the last trading day on or before it is what I want.",
     "P_PRICE(2024-06-02) FOR GRWT"),
    ("Granite Water close on 2024-03-16 - I know it's a Saturday; give me the close the SPEC would use.",
     "P_PRICE(2024-03-16) FOR GRWT"),
    ("Granite Water close on 2024-03-16 (I'm aware that is a weekend day, so use the last close before it)",
     "P_PRICE(2024-03-16) FOR GRWT"),
])
def test_weekend_rule_restated(question: str, query: str) -> None:
    assert q(question) == query


def test_weekend_with_another_day_asked_stays_refused() -> None:  # near miss: the Monday after is another day
    assert "monday" in refused("Granite Water close on 2024-03-16 - I know that's a Saturday; give me the Monday close.").lower()
