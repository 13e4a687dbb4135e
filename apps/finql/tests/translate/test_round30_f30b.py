"""Round 30 (f30b): classes from an outsider's tuning set (a SPEC reader, an intern's Slack, a board member, a tax
adviser's client notes). Own wordings (each reading or refusal failed on the base), with near misses that keep their
readings or refusals."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- wrong answers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a month's end with two digits after it: the month of 20NN (it was the 24th, "end of" dropped)
        ("NWSY p/e at end of june 24 vs today", "FG_PE(2024-06-30), FG_PE(D0) FOR NWSY"),
        ("APXM close end of march 23", "P_PRICE(2023-03-31) FOR APXM"),
        ("mkt cap of Falcon Software, end-sept 22", "FG_MKT_CAP(2022-09-30) FOR FALC"),
        ("NWSY closes at end of sep 23 and end of dec 23", "P_PRICE(2023-09-30), P_PRICE(2023-12-31) FOR NWSY"),
        # "or" between an index (its kind said after its name) and a place said by a verb of seat: the union (the
        # "or" was dropped, the sets crossed)
        ("Which Utilities companies are in the EUROPE index or domiciled in Japan?",
         'NAME FOR SCREEN((INDEX(EUROPE) | COUNTRY("Japan")) & SECTOR("Utilities"))'),
        ("Which banks are either in the NX100 index or headquartered in Canada?",
         'NAME FOR SCREEN((INDEX(NX100) | COUNTRY("Canada")) & INDUSTRY("Banks"))'),
        ("Which Industrials companies are in the TECHX index or are based in Germany, and what is each one's P/B?",
         'NAME, FG_PB(D0) FOR SCREEN((INDEX(TECHX) | COUNTRY("Germany")) & SECTOR("Industrials"))'),
    ],
)
def test_wrong_answers_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # an "or" between two sets of different kinds that no rule reads: refused, naming it (the sets were crossed)
        # (round 46: "index members or Canadian" is read since f46t, the union: test_or_after_members_is_the_union)
        ("Which Industrials companies are EUROPE index ones or Canadian?", "europe index ones or canadian"),
        ("Which utilities are NX100 stocks, or else Japanese?", "nx100 stocks, or else japanese"),
    ],
)
def test_unread_or_between_sets_refused(question: str, words: str) -> None:
    assert words in refused(question).lower()


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # (round 46, f46t: "members" / "constituents" before "or" read as the union of the two sets, each within the
        # sector asked)
        ("Which Industrials companies are EUROPE index members or Canadian?",
         'NAME FOR SCREEN((INDEX(EUROPE) | COUNTRY("Canada")) & SECTOR("Industrials"))'),
        ("Which utilities are NX100 constituents or else Japanese?",
         'NAME FOR SCREEN((INDEX(NX100) | COUNTRY("Japan")) & SECTOR("Utilities"))'),
    ],
)
def test_or_after_members_is_the_union(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses: a day after a month with no "end of", the close of a day, "and" between the sets, "or" read
        ("NWSY p/e on june 24", "FG_PE(2024-06-24) FOR NWSY"),
        ("APXM price at the close of june 24", "P_PRICE(2024-06-24) FOR APXM"),
        ("NWSY close at end of june 2023", "P_PRICE(2023-06-30) FOR NWSY"),
        ("Which Industrials companies are in the EUROPE index and domiciled in Canada?",
         'NAME FOR SCREEN(INDEX(EUROPE) & SECTOR("Industrials") & COUNTRY("Canada"))'),
        ("Which Industrials companies are domiciled in Canada or in the EUROPE index?",
         'NAME FOR SCREEN((COUNTRY("Canada") | INDEX(EUROPE)) & SECTOR("Industrials"))'),
        ("NX100 or US banks", 'NAME FOR SCREEN((INDEX(NX100) | COUNTRY("United States")) & INDUSTRY("Banks"))'),
        ("Which companies are in the TECHX index or in the NX100 index?", "NAME FOR SCREEN((INDEX(TECHX) | INDEX(NX100)))"),
        ("which banks or insurers in Japan have a P/E below 10",
         'NAME, FG_PE(D0) FOR SCREEN((INDUSTRY("Banks") | INDUSTRY("Insurance")) & COUNTRY("Japan"), FG_PE(D0) < 10)'),
    ],
)
def test_near_misses_keep_their_readings(question: str, query: str) -> None:
    assert q(question) == query


# -- a board member's definitions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "year-end" / "closing" before a balance-sheet item are the measure's own words: the "over" before them
        # divides, as it does before the bare item (it was a comparison of named companies, refused)
        ("What was Apex Medical's return on assets in FY2023, net income over closing assets?",
         "FF_NET_INC(FY2023) / FF_ASSETS(FY2023) * 100 FOR APXD"),
        ("NWSY's ROE for fiscal 2022, that is net income over year-end equity?",
         "FF_NET_INC(FY2022) / FF_EQUITY(FY2022) * 100 FOR NWSY"),
        ("Falcon Software net income over year-end equity FY2023", "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) FOR FALC"),
        # near misses: the bare item reads as before; in a screen "over" stays a comparison
        ("Falcon Software year-end equity FY2024", "FF_EQUITY(FY2024) FOR FALC"),
        ("Which banks had net income over year-end equity in FY2024?",
         'NAME, FF_NET_INC(FY2024), FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) > FF_EQUITY(FY2024))'),
    ],
)
def test_year_end_item_after_over(question: str, query: str) -> None:
    assert q(question) == query


# -- a tax adviser's client notes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the client said first with no article, the situation before a dash or a full stop
        ("Client holds Apex Medical - need FY2023 net income.", "FF_NET_INC(FY2023) FOR APXD"),
        ("Client owns Sterling Power - need the FY2022 dividend per share.", "FF_DPS(FY2022) FOR STEP"),
        ("Client thinking about trimming Falcon Software - lowest close during calendar 2023?",
         "P_LOW(2023-01-01, 2023-12-31) FOR FALC"),
        ("Clients hold Atlas Mining. What was its FY2022 free cash flow?", "FF_FCF(FY2022) FOR ATLM"),
        # a company's name that holds a currency's word is no currency of the client's
        ("My client holds Sterling Power - need FY2024 sales.", "FF_SALES(FY2024) FOR STEP"),
        # the tax adviser's papers the figures go into
        ("Falcon Software: FY2023 sales for the tax schedule.", "FF_SALES(FY2023) FOR FALC"),
        ("Atlas Mining dividend per share FY2022, for the client's tax history.", "FF_DPS(FY2022) FOR ATLM"),
        ("Cobalt Motors: highest close over the past six months (client's rebalancing review).",
         "P_HIGH(2024-07-15, D0) FOR COBA"),
        ("Falcon Software net income FY2021 (the client's estate file)", "FF_NET_INC(FY2021) FOR FALC"),
        # the holder of the company said first, the client's holdings listed before a colon
        ("Atlas Mining shareholder: what was the EPS growth from FY2020 to FY2023?", "GROWTH(FF_EPS, FY2020, FY2023) FOR ATLM"),
        ("Client's holdings MONB, REFA: dividend yields today?", "FG_DIV_YIELD(D0) FOR MONB, REFA"),
        # an event that only names the date said right after it
        ("Falcon Software close on the day of sale, 15 Nov 2024?", "P_PRICE(2024-11-15) FOR FALC"),
        ("Apex Medical closing price on the date of purchase, March 1, 2022", "P_PRICE(2022-03-01) FOR APXD"),
    ],
)
def test_client_notes_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # near misses: the client's date said only in the situation ("that day" reads nothing), a currency of the
        # client's own, the event with no date, a currency inside the bracket, a holder of another company
        # (round 31, f31n: "that day" after the client's date is that day, ``framing._THAT_DAY``: moved there)
        ("My client thinks in sterling - need Falcon Software's FY2024 dividend per share.", "sterling"),
        ("Falcon Software close on the date of death?", "death"),
        ("Falcon Software: FY2023 sales (client's USD review).", "review"),
        ("Client owns Falcon Software and Cobalt Motors. Falcon Software's FY2024 sales?", "cobalt motors"),
        ("Client's US holdings: which banks have a P/E below 10?", "us"),
        ("Client's yen holdings MONB, REFA: dividend yields today?", "yen"),
    ],
)
def test_client_notes_near_misses_refused(question: str, words: str) -> None:
    assert words in refused(question).lower()


# -- an intern's Slack ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a year's quarters said as "the fy2024 qtrs", "the quarters of fiscal 2023", "each FY2024 quarter"
        ("avg quarterly net income for NWSY across the fy2023 qtrs", "AVG(FF_NET_INC, FQ2023Q1, FQ2023Q4) FOR NWSY"),
        ("APXM eps in the quarters of fiscal 2023",
         "FF_EPS(FQ2023Q1), FF_EPS(FQ2023Q2), FF_EPS(FQ2023Q3), FF_EPS(FQ2023Q4) FOR APXM"),
        ("total fcf for NWSY over the fy2024 quarters", "SUM(FF_FCF, FQ2024Q1, FQ2024Q4) FOR NWSY"),
        ("NWSY sales for each FY2024 quarter",
         "FF_SALES(FQ2024Q1), FF_SALES(FQ2024Q2), FF_SALES(FQ2024Q3), FF_SALES(FQ2024Q4) FOR NWSY"),
        # the slang noun of the companies right after the set's name
        ("fy23 net income for the NX100 bank guys", 'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDEX(NX100) & INDUSTRY("Banks"))'),
        ("p/b for the insurance folks", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance"))'),
    ],
)
def test_intern_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # near misses: two years' quarters (left), "guys" not after a set, "guys at" a company
        ("NWSY sales for the quarters of 2023 and 2024", "quarters"),
        ("hey guys, NWSY sales fy2023?", "guys"),
        ("net income fy23 for the bank guys at falcon software", "guys"),
    ],
)
def test_intern_near_misses_refused(question: str, words: str) -> None:
    assert words in refused(question).lower()
