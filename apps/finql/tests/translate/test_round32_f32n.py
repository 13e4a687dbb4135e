"""Round 32 (f32n): round 31's noticed list. Own wordings (each failed before the change: a wrong answer, a silent
extra column or a refusal), with near misses that keep their readings or refusals. Classes: a measure added after a
move with "too" and "every year" said after another measure (refused, named); a singular member of a set said before
("the bank's P/E"); a list that names a span's growth ends but not its years; a day said in apposition to a year's end
and a balance at a fiscal year's last day; a day shared by a fundamental and a price; a heading's topic, a
definition's own figures and a price's "how high" at a point (no extra column); a close's day before "to today", an
"over" before a ranked period, "movement", and "market cap today over LTM sales"."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1. a measure after a move with "too" (wrong: the screen dropped its move, a listing gave its figure) -------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Show the EPS growth of Falcon Software and Redwood Foods in fiscal 2024, and operating income too",
         "and operating income too"),
        ("Which utilities grew EPS in FY2023 and dividends as well?", "and dividends as well"),
        ("Which insurers grew sales between FY2020 and FY2024, and their net income also?",
         "and their net income also"),
    ],
)
def test_a_measure_added_after_a_move_is_refused(question: str, words: str) -> None:
    assert f"'{words}'" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # no move: the figure asked too, as before
        ("Show Redwood Foods' sales in FY2024, and its net income too",
         "FF_SALES(FY2024), FF_NET_INC(FY2024) FOR REDF"),
        # the move said again
        ("Show Redwood Foods' sales growth in FY2024 and its net income growth too",
         "GROWTH(FF_SALES, FY2023, FY2024), GROWTH(FF_NET_INC, FY2023, FY2024) FOR REDF"),
        ("Which utilities grew EPS and DPS in FY2023?",
         'NAME, FF_EPS(FY2023), FF_EPS(FY2022), FF_DPS(FY2023), FF_DPS(FY2022) FOR SCREEN(SECTOR("Utilities"), '
         "FF_EPS(FY2023) > FF_EPS(FY2022) AND FF_DPS(FY2023) > FF_DPS(FY2022))"),
    ],
)
def test_a_measure_added_without_a_move_or_with_its_own_reads(question: str, query: str) -> None:
    assert q(question) == query


def test_every_year_after_another_measure_beyond_the_window_is_refused() -> None:
    # (the free cash flow was read at FY2024 alone, the cue reflected by the sales' two years: a wrong answer)
    message = refused("Which insurers grew sales from FY2020 to FY2024 and had positive free cash flow every year?")
    assert "'every year'" in message and "another measure" in message


def test_every_year_of_its_own_measure_still_reads() -> None:
    assert q("Which insurers had positive free cash flow every year from FY2020 to FY2024?") == (
        'NAME, FF_FCF(FY2020), FF_FCF(FY2021), FF_FCF(FY2022), FF_FCF(FY2023), FF_FCF(FY2024) FOR SCREEN(INDUSTRY('
        '"Insurance"), FF_FCF(FY2020) > 0 AND FF_FCF(FY2021) > 0 AND FF_FCF(FY2022) > 0 AND FF_FCF(FY2023) > 0 AND '
        "FF_FCF(FY2024) > 0)")
    assert q("Which insurers grew sales every year from FY2020 to FY2024?").startswith("NAME, FF_SALES(FY2021)")


# -- 2. one member of a set said before: "the bank's P/E" (wrong: every bank listed) ---------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What is the insurer's dividend yield?", "the insurer's"),
        ("Show the airline's net income last year", "the airline's"),
        ("What was the P/E of the Swiss bank?", "the swiss bank"),
        ("What was the software company's revenue last year?", "the software company's"),
    ],
)
def test_a_member_of_a_set_said_before_is_refused(question: str, words: str) -> None:
    message = refused(question)
    assert "names no company" in message and words in message


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What is the utilities' dividend yield?", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"))'),
        ("What is the tech sector's P/E?", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Information Technology"))'),
        # the noun before a plural is the set's ("the NX100 bank guys", f30b)
        ("Show the insurer stocks' P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"))'),
        ("Which insurer has the lowest P/E?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT FG_PE(D0) ASC TOP 1'),
        ("Show each airline's net income last year", 'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Airlines"))'),
        ("What was the utility with the highest dividend yield?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 1'),
    ],
)
def test_a_set_named_or_ranked_keeps_its_screen(question: str, query: str) -> None:
    assert q(question) == query


# -- 4. a list that names a span's growth ends, not its years (wrong for a plain figure: the listed years read) -----


@pytest.mark.parametrize(
    "question",
    [
        "What were Redwood Foods' sales in the last two fiscal years (fiscal 2024 and fiscal 2022)?",
        "What was Redwood Foods' net income in the past two years (2024 and 2022)?",
        "What were Redwood Foods' sales in the last three fiscal years (FY2024, FY2023, FY2022 and FY2021)?",
        "What were Redwood Foods' sales in the last two quarters (Q4 2024 and Q2 2024)?",
    ],
)
def test_a_list_that_does_not_restate_the_span_of_a_figure_is_refused(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What were Redwood Foods' sales in the last two fiscal years (fiscal 2024 and fiscal 2023)?",
         "FF_SALES(FY2023), FF_SALES(FY2024) FOR REDF"),
        ("What were Redwood Foods' sales in the last four fiscal years (FY2024, FY2023, FY2022 and FY2021)?",
         "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR REDF"),
        # a growth's two ends, or every year between them, restate its span
        ("What was Redwood Foods' sales growth over the last two fiscal years (fiscal 2024 and fiscal 2022)?",
         "GROWTH(FF_SALES, FY2022, FY2024) FOR REDF"),
        ("What was Redwood Foods' sales CAGR over the last three fiscal years (FY2024, FY2023, FY2022 and FY2021)?",
         "CAGR(FF_SALES, FY2021, FY2024) FOR REDF"),
    ],
)
def test_a_list_that_restates_the_span_reads(question: str, query: str) -> None:
    assert q(question) == query


# -- 6. the end of a year of a September year end; a day said in apposition; a balance at a fiscal year's last day --


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the documented reading ("EV at the end of 2023": FY2023 in the debt and cash): a bare year is fiscal
        ("What was Falcon Software's cash at the end of 2023?", "FF_CASH(FY2023) FOR FALC"),
        ("What was Falcon Software's cash at the end of calendar 2023?", "FF_CASH(FQ2024Q1) FOR FALC"),
        # the day said is the calendar's (it was FY2023, September 2023: a wrong answer)
        ("What was Falcon Software's cash at the end of 2023 (December 31)?", "FF_CASH(FQ2024Q1) FOR FALC"),
        ("What was Northwind Systems' cash at the end of 2023 (December 31)?", "FF_CASH(FQ2023Q4) FOR NWSY"),
        ("What was Falcon Software's P/E at the end of 2023 (Dec 31)?", "FG_PE(2023-12-31) FOR FALC"),
        # a balance at the last day of every company's fiscal year is that year's (it was refused)
        ("Redwood Foods' total equity as at 31 December 2022", "FF_EQUITY(FY2022) FOR REDF"),
        ("Ivory Bancorp total debt as at 30 September 2023", "FF_DEBT(FY2023) FOR IVOR"),
        ("Ivory Bancorp and Falcon Software cash as at 30 September 2023", "FF_CASH(FY2023) FOR IVOR, FALC"),
        ("Lakeside Bancorp's debt to equity as at 31 March 2024", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR LAKE"),
        # a period of its own for each
        ("Redwood Foods' sales in FY2023 and P/E on 2024-03-15", "FF_SALES(FY2023), FG_PE(2024-03-15) FOR REDF"),
    ],
)
def test_the_end_of_a_year_and_a_balance_at_a_day(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    "question",
    [
        # no fiscal year end, a flow, or another year end among the companies: the day stays unread
        "Ivory Bancorp total debt as at 31 December 2023",
        "Ivory Bancorp total debt as at 29 September 2023",
        "Ivory Bancorp sales as at 30 September 2023",
        "Northwind Systems and Falcon Software total equity as at 30 September 2022",
    ],
)
def test_a_day_that_is_no_fiscal_year_end_of_a_balance_is_refused(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(
    "question",
    [
        # (the debt read FY2024 beside a 2023 day's market cap: a wrong answer)
        "Redwood Foods' debt and market cap on 2023-06-30",
        "Redwood Foods' P/B and equity as at 31 December 2023",
    ],
)
def test_a_day_shared_by_a_fundamental_and_a_price_is_refused(question: str) -> None:
    assert "a day said of a fundamentals item" in refused(question)


# -- 3. silent extra columns: a heading's topic, a definition's own figures, "how high" of a price at a point ----------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Leverage check for Ivory Bancorp: total debt in FY2023", "FF_DEBT(FY2023) FOR IVOR"),
        ("Leverage check on Lakeside Bancorp: liabilities to assets", "FF_LIABS(FY2024) / FF_ASSETS(FY2024) FOR LAKE"),
        ("Valuation: insurers' P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"))'),
        ("Valuation for Redwood Foods: dividend yield", "FG_DIV_YIELD(D0) FOR REDF"),
        ("Net debt = debt - cash, for Redwood Foods and Falcon Software",
         "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR REDF, FALC"),
        ("EV (market cap + debt - cash) for Redwood Foods", "FG_MKT_CAP(D0) + FF_DEBT(FY2024) - FF_CASH(FY2024) FOR REDF"),
        ("How high was Redwood Foods' share price at the end of June 2024?", "P_PRICE(2024-06-30) FOR REDF"),
        ("How high is Falcon Software's stock price today?", "P_PRICE(D0) FOR FALC"),
        ("How high was Falcon Software's closing price on 2024-06-28?", "P_PRICE(2024-06-28) FOR FALC"),
    ],
)
def test_no_column_beside_the_one_asked(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the heading alone asks for its topic; the topic said again is asked
        ("Leverage check for Ivory Bancorp:", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR IVOR"),
        ("Valuation: Redwood Foods", "FG_MKT_CAP(D0) FOR REDF"),
        ("Valuation: Redwood Foods P/E and market cap", "FG_PE(D0), FG_MKT_CAP(D0) FOR REDF"),
        ("Net debt (debt minus cash) for Redwood Foods", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR REDF"),
        # a span keeps the high (documented: a price's "how high" over a period may ask for its high)
        ("How high was Redwood Foods' share price between March and June 2024?",
         "P_HIGH(2024-03-01, 2024-06-30), P_PRICE(D0) FOR REDF"),
    ],
)
def test_near_misses_keep_their_readings(question: str, query: str) -> None:
    assert q(question) == query


def test_a_definition_by_signs_that_computes_another_figure_is_refused() -> None:
    assert "'cash - debt'" in refused("Net debt (cash - debt) for Redwood Foods")


# -- 5. refused that read ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Redwood Foods share price return from the close on June 28, 2024 to today", "P_RETURN(2024-06-28, D0) FOR REDF"),
        ("Redwood Foods share price return from the closing price on June 28, 2024 until now",
         "P_RETURN(2024-06-28, D0) FOR REDF"),
        ("Which airline had the worst share price return over 2023?",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Airlines")) SORT P_RETURN(2022-12-31, 2023-12-31) '
         "ASC TOP 1"),
        ("Top 3 utilities by return over 2024",
         'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(SECTOR("Utilities")) SORT P_RETURN(2023-12-31, 2024-12-31) '
         "DESC TOP 3"),
        ("Movement in Redwood Foods' market cap during 2024",
         "FG_MKT_CAP(2024-12-31) - FG_MKT_CAP(2023-12-31) FOR REDF"),
        ("Redwood Foods share price movement in 2023", "P_RETURN(2022-12-31, 2023-12-31) FOR REDF"),
        ("Redwood Foods P/S: market cap today over LTM sales", "FG_MKT_CAP(D0) / FF_SALES(LTM) FOR REDF"),
        ("Redwood Foods market cap today over LTM sales", "FG_MKT_CAP(D0) / FF_SALES(LTM) FOR REDF"),
    ],
)
def test_refused_before_now_read(question: str, query: str) -> None:
    assert q(question) == query


def test_over_before_a_year_without_a_ranking_stays_refused() -> None:
    # "a return over 2023": the period, or a threshold? no ranking says which
    assert "'over'" in refused("Which airline had a return over 2023?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a figure named by the words before its brackets (t31b-048's class)
        ("First Harbor Bank: the cushion (assets minus liabilities), FY2024",
         "FF_ASSETS(FY2024) - FF_LIABS(FY2024) FOR FHB"),
        ("What is left for shareholders (assets minus liabilities) at Redwood Foods in FY2023?",
         "FF_ASSETS(FY2023) - FF_LIABS(FY2023) FOR REDF"),
        # a union of sets said "combined" where no figure adds up
        ("Show the P/E of the banks, the insurers and the software companies combined",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") | INDUSTRY("Insurance") | INDUSTRY("Software"))'),
        ("Dividend yield of utilities and airlines taken together",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities") | INDUSTRY("Airlines"))'),
    ],
)
def test_a_named_definition_and_sets_combined_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # a restricting word in the name, an amount of sets combined (a sum?), one set "combined"
        ("First Harbor Bank: the change excluding cash (assets minus liabilities), FY2024", "excluding"),
        ("Show the sales of the banks, the insurers and the software companies combined", "combined"),
        ("Show the P/E of the banks combined", "combined"),
        # the close of one day asked by "how high did X close" (it was the year's high: a wrong answer)
        ("How high did Redwood Foods' share price close at the end of 2023?", "how high"),
        ("How high did Falcon Software close on June 28, 2024?", "how high"),
    ],
)
def test_near_misses_stay_refused(question: str, words: str) -> None:
    assert f"'{words}'" in refused(question)


def test_how_high_did_it_climb_over_a_year_keeps_the_high() -> None:
    assert q("How high did Redwood Foods' shares climb in 2023?") == "P_HIGH(2023-01-01, 2023-12-31) FOR REDF"
