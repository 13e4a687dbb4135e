"""Round 27 (f27s): tune27b's SPEC testers. A high and a low joined by a slash ("12m high/low": was their ratio, a wrong
answer), a power user's shorthand ("oper", "yld", "pb", "num analysts"), a comparison sign written against its words
("P/E>30") and an arrow to a bare year ("fy23->24"), a span said after its word ("sales cagr 5y"), and the asker's
situation said before a colon ("Compliance asked me to double-check a figure: ..."). Own wordings, never the tuning
questions; near misses keep their reading or are refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # was P_HIGH / P_LOW (or refused)
        ("52-week high/low for Northwind Systems", "P_HIGH(2024-01-15, D0), P_LOW(2024-01-15, D0) FOR NWSY"),
        ("high/low of Keystone Retail in 2023",
         "P_HIGH(2023-01-01, 2023-12-31), P_LOW(2023-01-01, 2023-12-31) FOR KEYR"),
        ("NWSY highs/lows over the past year", "P_HIGH(2024-01-15, D0), P_LOW(2024-01-15, D0) FOR NWSY"),
        # (round 33, f33a: "low / high close" is the low and the high of the closes, as "low and high close" reads; the
        # close at D0 beside them was a column nobody asked for)
        ("Falcon Software low / high close in 2024",
         "P_LOW(2024-01-01, 2024-12-31), P_HIGH(2024-01-01, 2024-12-31) FOR FALC"),
    ],
)
def test_a_high_and_a_low_joined_by_a_slash_are_the_pair(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the ratio said as one: kept
        ("12m high/low ratio KINT", "P_HIGH(2024-01-15, D0) / P_LOW(2024-01-15, D0) FOR KINT"),
        ("hi/lo 2024 NWSY", "P_HIGH(2024-01-01, 2024-12-31), P_LOW(2024-01-01, 2024-12-31) FOR NWSY"),
        ("12m high and low KINT", "P_HIGH(2024-01-15, D0), P_LOW(2024-01-15, D0) FOR KINT"),
    ],
)
def test_a_high_low_near_miss_keeps_its_reading(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("oper income NWSY fy2023", "FF_OPER_INC(FY2023) FOR NWSY"),
        ("DRIR oper margin FY24", "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR DRIR"),
        ("pb and yld for NWSY", "FG_PB(D0), FG_DIV_YIELD(D0) FOR NWSY"),
        ("banks with pb < 1", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 1)'),
        ("num analysts covering NWSY", "FE_NUM(FY1) FOR NWSY"),
        ("fy2 eps est and num of analysts for LUMS", "FE_EPS(FY2), FE_NUM(FY2) FOR LUMS"),
        # (near misses: the words written out keep their reading)
        ("number of employees NWSY fy24", "FF_EMPLOYEES(FY2024) FOR NWSY"),
        ("operating income NWSY fy2023", "FF_OPER_INC(FY2023) FOR NWSY"),
    ],
)
def test_a_power_users_shorthand(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # ">=" was read as "=" (a wrong answer); the numbers were left over
        ("banks yield>=4%", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) >= 4)'),
        ("utilities with div yield>3.5% and P/E<20",
         'NAME, FG_DIV_YIELD(D0), FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 3.5 AND FG_PE(D0) < 20)'),
        ("sales cagr FY19 -> 24 WEST", "CAGR(FF_SALES, FY2019, FY2024) FOR WEST"),
        ("NWSY sales cagr fy19->24", "CAGR(FF_SALES, FY2019, FY2024) FOR NWSY"),
        ("eps growth fy2021 -> 23 for FALC", "GROWTH(FF_EPS, FY2021, FY2023) FOR FALC"),
        ("banks mkt cap<$5bn", 'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks"), FG_MKT_CAP(D0) < 5000) IN USD'),
        # (near misses)
        ("insurers eps growth fy2022->2024 > 10%",
         'NAME, GROWTH(FF_EPS, FY2022, FY2024) FOR SCREEN(INDUSTRY("Insurance"), GROWTH(FF_EPS, FY2022, FY2024) > 10)'),
        ("NWSY sales growth fy2019->fy2024", "GROWTH(FF_SALES, FY2019, FY2024) FOR NWSY"),
        ("banks yield > 4%", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
    ],
)
def test_signs_and_arrows_written_against_their_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("eps cagr 3y NWSY", "CAGR(FF_EPS, FY2021, FY2024) FOR NWSY"),
        ("NWSY eps growth 5yr", "GROWTH(FF_EPS, FY2019, FY2024) FOR NWSY"),
        ("NWSY return 3m", "P_RETURN(2024-10-15, D0) FOR NWSY"),
        ("banks sales growth 5y > 10%",
         'NAME, GROWTH(FF_SALES, FY2019, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2019, FY2024) > 10)'),
        # (near miss: said before, as before)
        ("5y sales growth NWSY", "GROWTH(FF_SALES, FY2019, FY2024) FOR NWSY"),
    ],
)
def test_a_span_said_after_its_word(question: str, query: str) -> None:
    assert q(question) == query


def test_a_bare_number_after_growth_is_still_refused() -> None:
    assert "5" in refused("NWSY sales growth 5")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Quick sanity check before I send the memo: net margin for Northwind Systems in fiscal 2023.",
         "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR NWSY"),
        ("Our audit team asked me to double-check a number: what was Falcon Software's market cap on 2024-03-28?",
         "FG_MKT_CAP(2024-03-28) FOR FALC"),
        ("I'm double-checking the period conventions: what were Apex Materials' sales in the year before last?",
         "FF_SALES(FY2023) FOR APXM"),
        ("We compare fiscal years across the cycle: Northwind Systems' net income in fiscal 2019 and fiscal 2024.",
         "FF_NET_INC(FY2019), FF_NET_INC(FY2024) FOR NWSY"),
        ("Question from a colleague who covers Keystone Retail: what was its net income last quarter?",
         "FF_NET_INC(FQ0) FOR KEYR"),
        ("Before the board meeting we need to check margins over a longer horizon: what was Apex Materials' operating "
         "margin in fiscal 2020 and fiscal 2024?",
         "FF_OPER_INC(FY2020) / FF_SALES(FY2020) * 100, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR APXM"),
    ],
)
def test_the_askers_situation_before_a_colon(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a lead-in that would change the query is read as before (never dropped)
        ("I need fiscal 2022: what were Northwind Systems' sales?", "FF_SALES(FY2022) FOR NWSY"),
        ("We only want banks: which have a dividend yield above 4%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
        ("Banks: which have a dividend yield above 4%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
        ("Sales: what were Northwind Systems' figures in 2023?", "FF_SALES(FY2023) FOR NWSY"),
    ],
)
def test_a_lead_in_that_changes_the_query_is_not_dropped(question: str, query: str) -> None:
    assert q(question) == query


def test_a_qualifier_in_a_lead_in_is_still_refused() -> None:
    assert "adjusted" in refused("We look at adjusted figures: what was Northwind Systems' net income in 2023?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Utilities that are not (P/E above 20 or dividend yield below 2%)",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), NOT (FG_PE(D0) > 20 OR FG_DIV_YIELD(D0) < 2))'),
        ("Which banks are not (loss-making or yielding below 2%)?",
         'NAME, FF_NET_INC(FY2024), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), '
         "NOT (FF_NET_INC(FY2024) < 0 OR FG_DIV_YIELD(D0) < 2))"),
        ("Insurers with not (P/E above 15 and yield below 3%)",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Insurance"), NOT (FG_PE(D0) > 15 AND FG_DIV_YIELD(D0) < 3))'),
        ("Utilities with a P/E below 20 and not (yield above 4% or net income below 0 in FY2024)",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Utilities"), '
         "FG_PE(D0) < 20 AND NOT (FG_DIV_YIELD(D0) > 4 OR FF_NET_INC(FY2024) < 0))"),
    ],
)
def test_not_before_a_parenthesis_negates_its_conditions(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # no parenthesis: which conditions the "not" covers is unclear (as before)
        ("Banks and insurers that are not yielding above 3.5% or trading above 13 times earnings.", "or"),
        # a parenthesis around one condition, or a mixed "or"/"and" inside: left unread, as before
        ("Banks that are not (yielding above 3.5%) or trading above 13 times earnings.", "not"),
        ("Banks that are not (yielding above 3.5% or trading above 13 times earnings and P/B above 1).", "not"),
    ],
)
def test_a_not_that_covers_no_clear_group_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which banks (the industry, not the sector) carry a dividend yield above 4%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
        ("Which banks (Banks industry, not the Financials sector) carry a dividend yield above 4%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
        ("Which banks (not all financials) carry a dividend yield above 4%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
        ("Which utilities (i.e. the Utilities sector) have a yield above 3%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 3)'),
        # (was the union of the set with itself: the same rows)
        ("Which banks (the Banks industry) carry a dividend yield above 4%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
    ],
)
def test_a_set_said_again_by_its_kind_in_parentheses(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # another set named, or a set ruled out that does not hold the one read: left to the steps, refused
        ("Which banks (i.e. the Insurance industry) carry a dividend yield above 4%?", "i.e."),
        ("Which banks (not all utilities) carry a dividend yield above 4%?", "not"),
        ("Which banks (not the insurers) carry a dividend yield above 4%?", "not"),
        ("Which utilities (the sector, not the industry) have a yield above 3%?", "not"),
    ],
)
def test_a_parenthesis_naming_another_set_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which utilities have a P/E below 18 (loss-making companies have no P/E, so they drop out)?",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 18)'),
        ("Insurers with a P/E above 12 today (companies with negative EPS have no P/E)",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PE(D0) > 12)'),
        ("Banks ranked by P/E, lowest first (loss makers have no P/E)",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
    ],
)
def test_the_askers_word_that_loss_makers_have_no_pe(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # no P/E asked; or a rule of the asker's own for loss makers: refused, named
        ("Which utilities have a yield above 3% (loss makers have no P/E)?", "no"),
        ("Energy companies with a P/E under 15 right now (loss makers count as zero).", "zero"),
        ("Energy companies with a P/E under 15 right now (loss makers excluded).", "excluded"),
    ],
)
def test_other_words_on_loss_makers_are_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("FF_SALES FY2023 NWSY", "FF_SALES(FY2023) FOR NWSY"),
        ("P_RETURN 2024 NWSY", "P_RETURN(2023-12-31, 2024-12-31) FOR NWSY"),
        ("fg_pe of the banks below 10", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
        ("FF_NET_INC and FF_SALES for NWSY in FY2022", "FF_NET_INC(FY2022), FF_SALES(FY2022) FOR NWSY"),
    ],
)
def test_a_metric_named_by_its_finql_code(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [("FF_EBITDA FY2023 NWSY", "ff_ebitda"), ("P_BETA NWSY", "p_beta")])
def test_a_code_finql_lacks_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Average net income of Northwind Systems over the three fiscal years 2022 to 2024",
         "AVG(FF_NET_INC, FY2022, FY2024) FOR NWSY"),
        ("Sum of Falcon Software's free cash flow over the four years from 2021 to 2024", "SUM(FF_FCF, FY2021, FY2024) FOR FALC"),
        ("Total capex for Brightwater Power over the five fiscal years 2019 to 2023", "SUM(FF_CAPEX, FY2019, FY2023) FOR BRIP"),
        # (near miss: no count, as before)
        ("Total capex for Brightwater Power over the fiscal years 2020 to 2024.", "SUM(FF_CAPEX, FY2020, FY2024) FOR BRIP"),
    ],
)
def test_a_count_of_years_said_before_their_range(question: str, query: str) -> None:
    assert q(question) == query


def test_a_count_that_is_not_the_ranges_is_refused() -> None:
    assert "four" in refused("Total capex for Brightwater Power over the four fiscal years 2020 to 2024.")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("For Driftwood Pay, which lists in Germany, please show net income for fiscal 2024 converted to US dollars.",
         "FF_NET_INC(FY2024) FOR DRIP IN USD"),
        ("What was the P/E of Falcon Software and Northwind Systems, both of which trade in the US?",
         "FG_PE(D0) FOR FALC, NWSY"),
        ("Northwind Systems, which is based in the United States, net income in fiscal 2023?",
         "COUNTRY, FF_NET_INC(FY2023) FOR NWSY"),
    ],
)
def test_the_country_said_of_the_named_companies(question: str, query: str) -> None:
    assert q(question) == query


def test_a_country_the_master_does_not_give_the_company_is_refused() -> None:
    assert "germany" in refused("Northwind Systems, which is based in Germany, net income in fiscal 2023?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("A client who owns Falcon Software and Northwind Systems wants their P/E today.", "FG_PE(D0) FOR FALC, NWSY"),
        ("My client who holds Keystone Retail wants its net income for fiscal 2023.", "FF_NET_INC(FY2023) FOR KEYR"),
        ("A client who holds Falcon Software wants their P/E and that of Northwind Systems.", "FG_PE(D0) FOR FALC, NWSY"),
    ],
)
def test_a_client_who_holds_the_companies_asked(question: str, query: str) -> None:
    assert q(question) == query


def test_a_client_who_holds_another_company_is_refused() -> None:
    # the company held is no row of the question ("the P/E of Northwind Systems"): refused, never a row added
    assert "client" in refused("A client who holds Falcon Software wants the P/E of Northwind Systems.")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Sales of the Japanese banks for FY2024 in euros, as they report in several currencies",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Japan")) IN EUR'),
        ("Market cap of Falcon Software and Driftwood Pay in dollars, since the two report in different currencies",
         "FG_MKT_CAP(D0) FOR FALC, DRIP IN USD"),
        ("Renewable Energy companies' FY2025 consensus sales (in USD, because they report in different currencies)",
         'NAME, FE_SALES(FY1) FOR SCREEN(INDUSTRY("Renewable Energy")) IN USD'),
    ],
)
def test_the_reason_for_a_conversion(question: str, query: str) -> None:
    assert q(question) == query


def test_the_reason_without_a_conversion_is_refused() -> None:
    assert "different currencies" in refused("Sales of the banks for FY2024, since they report in different currencies")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("We want the quarterly view for Northwind Systems: sales in Q3 FY2024.", "FF_SALES(FQ2024Q3) FOR NWSY"),
        ("For a piece on quarterly results, what were Northwind Systems' sales last quarter?", "FF_SALES(FQ0) FOR NWSY"),
        ("I want the quarterly picture for Falcon Software: EPS in the latest quarter and the quarter before last.",
         "FF_EPS(FQ0), FF_EPS(FQ-1) FOR FALC"),
        ("Our desk needs the quarterly snapshot for Keystone Retail: net income last quarter.", "FF_NET_INC(FQ0) FOR KEYR"),
    ],
)
def test_a_quarter_cue_in_the_framing_beside_single_quarters(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # a year asked: the cue would change the grain, named (as before)
        ("For a piece on quarterly results, what were Northwind Systems' sales in fiscal 2023?", "quarterly"),
        ("We want the quarterly view for Northwind Systems: sales in fiscal 2024.", "view"),
    ],
)
def test_a_quarter_cue_beside_a_year_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Cobalt Power's net income for the year that ended in March 2024", "FF_NET_INC(FY2024) FOR COBP"),
        ("Cobalt Power's net income for the fiscal year which ends in March 2024", "FF_NET_INC(FY2024) FOR COBP"),
        ("Cobalt Power's net income for fiscal 2024 (the year that ended in March 2024)", "FF_NET_INC(FY2024) FOR COBP"),
    ],
)
def test_the_year_that_ended_in_a_month(question: str, query: str) -> None:
    assert q(question) == query


def test_the_year_that_ended_in_another_companys_month_is_refused() -> None:
    assert "the year that ended in march 2024" in refused("Northwind Systems' net income for the year that ended in March 2024")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a lead-in that leaves companies out is never framing (the company named in it became the row: a wrong answer)
        ("Insurers other than Delta Insurance: P/E today for each.", "FG_PE(D0) FOR ICI, STAI, THOR"),
        ("Banks except First Harbor Bank: our team wants their P/E.", "FG_PE(D0) FOR IVOR, LAKE"),
        # a FinQL code is no word of the spelling step ("liabs" stays the slip of "liabilities")
        ("equity & liabs fq2024q3 tide", "FF_EQUITY(FQ2024Q3), FF_LIABS(FQ2024Q3) FOR TIDE"),
    ],
)
def test_near_misses_of_the_lead_in_and_the_codes(question: str, query: str) -> None:
    assert q(question) == query
