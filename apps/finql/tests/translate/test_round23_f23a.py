"""Round 23 (f23a): an outsider's SPEC sweep, wordy emails and banker shorthand (tune23a). Own wordings, never the
tuning questions: a multiple of a figure with its period said first, an email's good wishes, sign-off, apology and the
part of a document it is for, a question word said again before another period, and the banker's shorthand. Near
misses stay refused (or keep their old reading), naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a multiple of a figure whose period is said before it (it was a P/E below N, the figure a column: a wrong
        # answer)
        ("Retailers trading below 1x LTM sales",
         'NAME, FG_MKT_CAP(D0) / FF_SALES(LTM) FOR SCREEN(INDUSTRY("Retail"), FG_MKT_CAP(D0) / FF_SALES(LTM) < 1)'),
        ("Which retail names trade under 2x last year's sales?",
         'NAME, FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Retail"), FG_MKT_CAP(D0) / FF_SALES(FY2024) < 2)'),
        ("Retailers trading under 12x LTM EPS",
         'NAME, P_PRICE(D0) / FF_EPS(LTM) FOR SCREEN(INDUSTRY("Retail"), P_PRICE(D0) / FF_EPS(LTM) < 12)'),
        # a bare multiple stays the P/E
        ("Retailers trading below 15x", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Retail"), FG_PE(D0) < 15)'),
        ("Retailers trading under 12x trailing", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Retail"), FG_PE(D0) < 12)'),
    ],
)
def test_multiple_of_a_figure_with_its_period(question: str, query: str) -> None:
    assert q(question) == query


def test_multiple_of_trailing_revenue_is_no_pe() -> None:
    # "trailing revenue" is not read (it was a P/E below 1.5: a wrong answer); refused, naming it
    assert "trailing" in refused("Retailers trading under 1.5 times trailing revenue")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the letter's sign-off: closing words, a comma and a name with a capital (the name was refused, or the "best"
        # read as a ranking)
        ("What was Northwind Systems' EPS in fiscal 2023? Best, Tom", "FF_EPS(FY2023) FOR NWSY"),
        ("Which banks have a P/E below 8? Thanks ever so much, Maria",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 8)'),
        ("What was Falcon Software's revenue last year? Best, R.", "FF_SALES(FY2024) FOR FALC"),
        ("What was NWSY's highest close ever? Thanks so much, Ann", "P_HIGH(2015-01-02, D0) FOR NWSY"),
    ],
)
def test_sign_off(question: str, query: str) -> None:
    assert q(question) == query


def test_sign_off_needs_a_name() -> None:
    # a word in lower case after the closing words is no name: the "best" stays unread
    assert "best" in refused("What was Northwind Systems' EPS in fiscal 2023? Best, revenue")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # good wishes in a clause of their own (the words were refused where the rest had no measure named, or the
        # wish held a word another step reads: "move", "not")
        ("Hi - hope the move went smoothly! What was Falcon Software's net income last year?", "FF_NET_INC(FY2024) FOR FALC"),
        ("Hope you're well. Which utilities made a net loss in fiscal 2023?",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_NET_INC(FY2023) < 0)'),
        ("Hello - hope you are well. Could you send the five best year-to-date performers in the NX100, best first?",
         "NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(INDEX(NX100)) SORT P_RETURN(2023-12-31, D0) DESC TOP 5"),
        ("What were Northwind Systems' sales in fiscal 2024? Hope that's not too much trouble.", "FF_SALES(FY2024) FOR NWSY"),
        ("I hope you had a great weekend. I trust the kids are well. What is Falcon Software's P/E?", "FG_PE(D0) FOR FALC"),
    ],
)
def test_good_wishes(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a wish that says what would change the query, said nowhere else, is named (never dropped)
        ("Hope your 2023 was good! What was Northwind Systems' revenue?", "2023"),
        ("Hope the banks are well. What was Northwind Systems' revenue in fiscal 2024?", "banks"),
    ],
)
def test_good_wishes_that_change_the_query(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # an email's request: "could someone send me", "could you check which"
        ("Could someone send me Northwind Systems' EPS for fiscal 2023?", "FF_EPS(FY2023) FOR NWSY"),
        ("Could you check which banks made a net loss in fiscal 2024?",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) < 0)'),
        # the part of a document the figures are for: "appendix", "page", "section"
        ("For the risk appendix, which US banks had more debt than equity at the end of fiscal 2023?",
         'NAME, FF_DEBT(FY2023), FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("United States"), '
         "FF_DEBT(FY2023) > FF_EQUITY(FY2023))"),
        ("For the valuation page I need Northwind Systems' P/E today.", "FG_PE(D0) FOR NWSY"),
        # the asker's apology, and the request announced as one more
        ("Sorry for all the questions today. One more: what was Falcon Software's EPS in fiscal 2022?",
         "FF_EPS(FY2022) FOR FALC"),
        ("Apologies for the barrage of emails - last one: which banks have a P/E below 10?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ],
)
def test_email_requests(question: str, query: str) -> None:
    assert q(question) == query


def test_email_near_misses() -> None:
    # a period said only in the part of the document is named
    assert "2023" in refused("For the 2023 section, what is Northwind Systems' revenue?")
    # "could someone tell me whether ..." still asks yes or no
    assert "whether" in refused("Could someone tell me whether Northwind Systems' EPS grew in fiscal 2023?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the question word said again (or a dash) before another period, the measure left unsaid: the same measure
        # there (the period was refused)
        ("how many people did NWSY employ last year, and how many in fiscal 2019?",
         "FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2019) FOR NWSY"),
        ("how much did NWSY make last year, and how much in fiscal 2019?", "FF_NET_INC(FY2024), FF_NET_INC(FY2019) FOR NWSY"),
        ("what was NWSY's revenue in FY2024, and what in FY2019?", "FF_SALES(FY2024), FF_SALES(FY2019) FOR NWSY"),
        ("how many people did NWSY employ last year, and how many two years earlier?",
         "FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2022) FOR NWSY"),
        ("NWSY's sales in FY2024 - and the year before", "FF_SALES(FY2024), FF_SALES(FY2023) FOR NWSY"),
        # another measure after the question word keeps its own reading
        ("what was NWSY's revenue in FY2024, and what was its EPS in FY2019?", "FF_SALES(FY2024), FF_EPS(FY2019) FOR NWSY"),
        ("NWSY's sales in FY2024 - and its EPS", "FF_SALES(FY2024), FF_EPS(FY2024) FOR NWSY"),
    ],
)
def test_asked_again_at_another_period(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the banker's shorthand: "spot price" (the price now), "the last quarterly print" (the latest quarter), "as a
        # multiple (x)", "off the latest quarter's balance sheet", "sitting on" cash, "N-year average ..., FYa through
        # FYb" with the company between
        ("NWSY's forward multiple - spot share price over FY1 consensus EPS", "P_PRICE(D0) / FE_EPS(FY1) FOR NWSY"),
        ("What was Falcon Software's top line on the last quarterly print?", "FF_SALES(FQ0) FOR FALC"),
        ("Cobalt Motors' debt over equity at FY24 year-end as a multiple (x)", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR COBA"),
        ("Ember Industries' market cap plus debt minus cash from the latest quarter's balance sheet",
         "FG_MKT_CAP(D0) + FF_DEBT(FQ0) - FF_CASH(FQ0) FOR EMBE"),
        ("Ember Industries' debt on the most recent quarter's balance sheet", "FF_DEBT(FQ0) FOR EMBE"),
        ("how much cash was NWSY sitting on at the end of FY2023", "FF_CASH(FY2023) FOR NWSY"),
        ("Four-year total sales for Falcon Software, FY2021 through FY2024", "SUM(FF_SALES, FY2021, FY2024) FOR FALC"),
        ("5-year average sales of NWSY, FY2020-FY2024", "AVG(FF_SALES, FY2020, FY2024) FOR NWSY"),
        # a set said of the companies listed that holds them all only describes them
        ("sales for the software names FALC and NWSY in FY24", "FF_SALES(FY2024) FOR FALC, NWSY"),
        ("Give me EPS for the two software comps, FALC and NWSY, FY23", "FF_EPS(FY2023) FOR FALC, NWSY"),
        # the reported figures of an estimate's measure said as "actuals"
        ("Which banks have FY2025 consensus sales below their fiscal 2024 actuals?",
         'NAME, FE_SALES(FY1), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FE_SALES(FY1) < FF_SALES(FY2024))'),
        ("chemicals names where next year's consensus EPS is above FY24 actuals",
         'NAME, FE_EPS(FY1), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Chemicals"), FE_EPS(FY1) > FF_EPS(FY2024))'),
        # "what's it done" after the price's own clause: the return beside the price
        ("Where did NWSY close last session, and what's it done over the last 5 sessions?",
         "P_PRICE(D0), P_RETURN(D-5, D0) FOR NWSY"),
        ("Where did NWSY close on 2024-06-28, and what has the stock done since March?",
         "P_PRICE(2024-06-28), P_RETURN(2024-02-29, D0) FOR NWSY"),
    ],
)
def test_banker_shorthand(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # an fx rate's "spot" is no price
        ("EUR/USD spot today?", "spot"),
        # a set that does not hold every company listed stays refused
        ("sales for the bank names FALC and NWSY in FY24", "bank"),
        # a period that does not fit the measure compared: it was compared with itself (a wrong answer)
        ("banks whose FY1 consensus EPS is above FY2024", "fy2024"),
        # a return with no period after the price's clause: it was dropped (the price alone given)
        ("Where did NWSY close last session, and what has it done?", "what has it done"),
        # a span that does not count the range's years stays unread
        ("Four-year average sales for NWSY, FY2020 through FY2024", "four-year"),
    ],
)
def test_banker_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


def test_request_verbs_only_as_requests() -> None:
    # "check" is a request's verb only after "could you" / "please" before a question word: "a leverage check" stays
    # unread (read as filler it let the slash of "equity / assets" answer a ratio not in percent beside the leverage)
    assert "check" in refused("equity / assets (FY24) for the utilities - leverage check")
    # a sentence that only names the set and the companies listed stays the asker's context (pinned: the set read as
    # describing them first left "line up" unread)
    assert q("Line up the software comps - Falcon Software, Northwind Systems - on P/E today, cheapest first.") == \
        "FG_PE(D0) FOR FALC, NWSY SORT FG_PE(D0) ASC"


def test_actual_after_versus_is_left_to_the_growth() -> None:
    # "actual(s)" is said of the measure only after a comparison word (above, below, ...): a growth "versus (over) last
    # year's actual" keeps its reading, with no column added (pinned: the first draft read "vs" too)
    assert q("Falcon Software's expected EPS growth next year versus last year's actual") == \
        "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR FALC"
