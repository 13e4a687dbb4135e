"""Round 30 (f30g): the wrong-answer classes of the SPEC generator's part r30 (``spec_compose.py --part r30``), in
wordings of our own (other companies, sets, measures, periods), with near misses that keep their reading or refusal."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a sign written between two figures, each with its own period written bare (a spreadsheet header's cell, a terse
# note): the sign was dropped and both figures listed, or a condition put on one of them (wrong answers)
SIGN_AFTER_BARE_PERIOD = [
    ("NWSY operating income FY2022 + operating income FY2023 + operating income FY2024",
     "FF_OPER_INC(FY2022) + FF_OPER_INC(FY2023) + FF_OPER_INC(FY2024) FOR NWSY"),
    ("German companies with free cash flow FY2023 + free cash flow FY2024 above 1,000 million",
     'NAME, FF_FCF(FY2023) + FF_FCF(FY2024) FOR SCREEN(COUNTRY("Germany"), FF_FCF(FY2023) + FF_FCF(FY2024) > 1000)'),
    ("NWSY close 20 trading days ago / EPS FY2024", "P_PRICE(D-20) / FF_EPS(FY2024) FOR NWSY"),
    ("APXM | Highest close in 2023 / EPS FY2023", "P_HIGH(2023-01-01, 2023-12-31) / FF_EPS(FY2023) FOR APXM"),
    ("APXM sales FY2024 / assets FY2024", "FF_SALES(FY2024) / FF_ASSETS(FY2024) FOR APXM"),
    # (refused before: the slash after a parenthesised period that is no fiscal one was left unread)
    ("FHB | Close (10 trading days ago) / diluted EPS (FY2024)", "P_PRICE(D-10) / FF_EPS(FY2024) FOR FHB"),
    ("NWSY close (20 trading days ago) / EPS (FY2024)", "P_PRICE(D-20) / FF_EPS(FY2024) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), SIGN_AFTER_BARE_PERIOD)
def test_sign_after_a_bare_period(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    # near misses: a slash between two periods stays a list of them; the signs read before keep their readings
    ("APXM sales FY2023 / FY2024", "FF_SALES(FY2023), FF_SALES(FY2024) FOR APXM"),
    ("APXM sales/assets FY2024", "FF_SALES(FY2024) / FF_ASSETS(FY2024) FOR APXM"),
    ("APXM net income (FY2023) + net income (FY2024)", "FF_NET_INC(FY2023) + FF_NET_INC(FY2024) FOR APXM"),
    # (round 32, f32n: the measure's own figures joined by a bare sign in its brackets restate it, no columns of their own)
    ("APXM net cash (cash - debt) FY2024", "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR APXM"),
    # a "+" after a bare period between figures of two units is a list's, as "plus" is (a first cut refused t14a-143,
    # t18b-117, t8a-096)
    ("cons rev fy26 + # analysts lums", "FE_SALES(FY2), FE_NUM(FY2) FOR LUMS"),
    ("FALC NI FY24 + GM same yr",
     "FF_NET_INC(FY2024), FF_GROSS_INC(FY2024) / FF_SALES(FY2024) * 100 FOR FALC"),
])
def test_sign_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# a spaced dash after the first figure's bare period, or where one of the two measures was taken as the sort key
# (the other listed): a minus or a list's dash, not said which (round 29, lead); both were listed, or the ranking
# was by the first alone (wrong answers)
@pytest.mark.parametrize(("question", "words"), [
    ("NWSY sales FY2024 - sales FY2023", "sales fy2024 - sales"),
    ("Beverage companies | Net income FY2024 - dividends FY2024", "net income fy2024 - dividends"),
    ("Name | Utilities | Cash - debt FY2024, descending, top 3", "cash - debt"),
    ("top 3 utilities by cash - debt last year", "cash - debt"),
])
def test_dash_between_two_figures_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # near misses: "minus" in words and a dash before a clause keep their readings
    ("top 3 banks by debt minus cash FY2024",
     'NAME, FF_DEBT(FY2024) - FF_CASH(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_DEBT(FY2024) - FF_CASH(FY2024) DESC '
     "TOP 3 IN USD"),
    ("top 3 banks by P/E - list them with their dividend yield",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 3'),
])
def test_dash_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# a capitalised family word that is a measure ("Cash") opening a spreadsheet header's cell after "|" is the measure,
# as at a sentence's start (it named Cash America Holdings, a company added to the list: a wrong answer)
@pytest.mark.parametrize(("question", "query"), [
    ("NES, HFL | Cash, sales last quarter", "FF_CASH(FQ0), FF_SALES(FQ0) FOR NES, HFL"),
    ("NWSY | Cash, debt (FY2024)", "FF_CASH(FY2024), FF_DEBT(FY2024) FOR NWSY"),
    ("WEST | Cash | FY2024", "FF_CASH(FY2024) FOR WEST"),
    # near miss: the company's name, its second word said, stays the company
    ("NES | Cash America | sales last quarter", "FF_SALES(FQ0) FOR NES, CASH"),
])
def test_cash_after_a_pipe(question: str, query: str) -> None:
    assert q(question) == query


# a bare number right before a count's name ("25 analysts", "2,000 employees") after a ranked measure is the count's
# threshold (the ranked measure was read at least that number, and the ranking took the count: wrong answers)
@pytest.mark.parametrize(("question", "query"), [
    ("top 5 utilities by consensus sales estimate for fiscal 2026 in euros, at least 25 analysts?",
     'NAME, FE_NUM(FY2), FE_SALES(FY2) FOR SCREEN(SECTOR("Utilities"), FE_NUM(FY2) >= 25) SORT FE_SALES(FY2) DESC TOP 5 '
     "IN EUR"),
    ("top 5 utilities by consensus sales estimate for next year among those covered by at least 25 analysts",
     'NAME, FE_NUM(FY1), FE_SALES(FY1) FOR SCREEN(SECTOR("Utilities"), FE_NUM(FY1) >= 25) SORT FE_SALES(FY1) DESC TOP 5 '
     "IN USD"),
    # near misses (read so before): a comma and a count's threshold; the count's threshold with its own words; a money
    # threshold beside a count
    ("top 3 banks by net income last year, at least 5,000 employees",
     'NAME, FF_EMPLOYEES(FY2024), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_EMPLOYEES(FY2024) >= 5000) '
     "SORT FF_NET_INC(FY2024) DESC TOP 3 IN USD"),
    ("top 3 insurers by net income last year, with more than 2,000 employees",
     'NAME, FF_EMPLOYEES(FY2024), FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Insurance"), FF_EMPLOYEES(FY2024) > 2000) '
     "SORT FF_NET_INC(FY2024) DESC TOP 3 IN USD"),
    ("banks with net income above 500 and more than 5000 employees",
     'NAME, FF_NET_INC(FY2024), FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) > 500 AND '
     "FF_EMPLOYEES(FY2024) > 5000)"),
])
def test_count_threshold_after_a_ranked_measure(question: str, query: str) -> None:
    assert q(question) == query


# refusal classes
# a hesitation between two commas ("net income, um, in fiscal 2023", "that was, like, at least 10% above"): the pause's
# commas, not the sentence's (left, they parted a phrase: refused); read as said without it
@pytest.mark.parametrize(("question", "query"), [
    ("which German companies had more than 2,000 million of free cash flow, uh, in fiscal 2022 and 2023 added together?",
     'NAME, SUM(FF_FCF, FY2022, FY2023) FOR SCREEN(COUNTRY("Germany"), SUM(FF_FCF, FY2022, FY2023) > 2000)'),
    ("which banks had total assets last year that were, like, at least 10% above their total assets in fiscal 2021?",
     'NAME, FF_ASSETS(FY2024), FF_ASSETS(FY2021) FOR SCREEN(INDUSTRY("Banks"), FF_ASSETS(FY2024) >= FF_ASSETS(FY2021) '
     "* 1.1)"),
    ("which insurers are expected to grow EPS, um, more than 10% from last year's actual to the fiscal 2026 estimate?",
     "NAME, (FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR SCREEN(INDUSTRY(\"Insurance\"), (FE_EPS(FY2) / FF_EPS(FY2024) - 1) "
     "* 100 > 10)"),
    ("which insurers have, you know, a P/E below 15?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PE(D0) < 15)'),
    # near misses: a hesitation inside a list of items leaves the list; after a voicemail caller's name the name's
    # comma stays (a first cut dropped it: t29a-069, t29a-076 refused)
    ("what were the sales, uh, net income and debt of NWSY last year?",
     "FF_SALES(FY2024), FF_NET_INC(FY2024), FF_DEBT(FY2024) FOR NWSY"),
    ("hey it's Dana, um, how much did Falcon Metals stock return over the last, uh, twenty trading days, so yeah",
     "P_RETURN(D-20, D0) FOR FALM"),
])
def test_hesitation_between_commas(question: str, query: str) -> None:
    assert q(question) == query


# "in percent" after a growth whose start is said again as its measure ("from the fiscal 2023 actual to the consensus
# estimate for fiscal year 2025, in percent"): the growth's cue (in percent already); it was left unread, refused
@pytest.mark.parametrize(("question", "query"), [
    ("Could you send the expected growth in Northwind Systems's sales from the fiscal 2024 actual to the consensus "
     "estimate for fiscal year 2026, in percent?", "(FE_SALES(FY2) / FF_SALES(FY2024) - 1) * 100, FF_SALES(FY2024) FOR NWSY"),
    ("the expected growth in Keystone Properties's EPS from the fiscal 2023 actual to the consensus estimate for fiscal "
     "year 2025, in percent", "(FE_EPS(FY1) / FF_EPS(FY2023) - 1) * 100, FF_EPS(FY2023) FOR KEYS"),
])
def test_percent_cue_after_a_growth_from_an_actual(question: str, query: str) -> None:
    assert q(question) == query


def test_percent_cue_after_another_measure_stays_refused() -> None:
    # near miss: the cue after another measure than the growth's stays unread
    assert "in percent" in refused("NWSY sales growth from FY2022 and its FY2024 debt, in percent")
