"""Round 31 (f31b): tune31b's classes (a SPEC reader, a bank compliance officer, an M&A banker, an economics teacher),
each read with own wordings: a numbered request label ("Request 1:", "Item 4:", "Ref. 8:", "Concentration check 16:"),
the asker's entitlement said beside the request ("under guest access", "(analyst-basic)"), a teacher's lesson framing
("Growth lesson:", "We are learning about ...", "so the class can compare"), light verbs beside the measure they say
("how much did X sell, in total sales", "what did a share cost at the close", "declared", "how many people worked for"),
a country's verb of seat ("come from"), "player" after a set, "the country of domicile", "peer comps for X", "the
highest share price return", "analysts expect, on average", a yes/no question followed by a request for the figure, a
currency said as a supposition ("if we count it in euros"); and two wrong-answer classes: the reporting currency asked as
a field was dropped ("the country and the reporting currency of X": the country alone), and a colon defining the
measure before it listed the measure beside its definition ("X net margin: net income over sales"), and "over" between
two measures said as a set's own was a condition ("the banks' debt over equity": the banks with debt above equity).
Near misses stay refused (or keep their reading)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a compliance officer's numbered request label, said first
LABELS = [
    ("Request 3: please confirm Falcon Software's total debt at fiscal year-end 2023.", "FF_DEBT(FY2023) FOR FALC"),
    ("Item 12: confirm Redwood Foods' sales for fiscal 2022.", "FF_SALES(FY2022) FOR REDF"),
    ("Ref. 5: please confirm Falcon Software's lowest close over the last 20 trading days.", "P_LOW(D-20, D0) FOR FALC"),
    ("Query #2: Falcon Software's P/E today.", "FG_PE(D0) FOR FALC"),
    ("Item 4 - Falcon Software's P/E today", "FG_PE(D0) FOR FALC"),
    ("Liquidity check 7: please report Falcon Software's cash at fiscal year-end 2023.", "FF_CASH(FY2023) FOR FALC"),
]

# the asker's entitlement: the query runs as the principal, whatever the words say
ENTITLEMENTS = [
    ("Under guest access, what was Falcon Software's closing price on 28 June 2024?", "P_PRICE(2024-06-28) FOR FALC"),
    ("With guest entitlements only, please provide Falcon Software's highest close over the past six months.",
     "P_HIGH(2024-07-15, D0) FOR FALC"),
    ("Falcon Software's closing price today (guest entitlement)", "P_PRICE(D0) FOR FALC"),
    ("Falcon Software's closing price today (analyst-basic access only)", "P_PRICE(D0) FOR FALC"),
    ("Under analyst rights, what was Falcon Software's P/E today?", "FG_PE(D0) FOR FALC"),
    ("Leverage review (analyst-basic): please report the debt-to-equity ratio of Falcon Software for fiscal 2023.",
     "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR FALC"),
]

# a teacher's framing: the lesson's heading, the class learning, the class comparing
LESSONS = [
    ("We are learning about debt. What was Falcon Software's total debt in fiscal 2023?", "FF_DEBT(FY2023) FOR FALC"),
    ("Valuation lesson: what is Falcon Software's P/E today?", "FG_PE(D0) FOR FALC"),
    ("For a lesson on dividends, what was Falcon Software's dividend per share in fiscal 2023?", "FF_DPS(FY2023) FOR FALC"),
    ("Margin example: Falcon Software's net income divided by its sales for fiscal 2023, shown as a percent.",
     "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"),
    ("Show net income for Falcon Software in fiscal 2022 and fiscal 2023 so the students can compare.",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR FALC"),
    ("Show Falcon Software's sales in fiscal 2023 so my class can compare them.", "FF_SALES(FY2023) FOR FALC"),
]

# verbs that say the measure named beside them, and other words of the set or the field
WORDS = [
    ("How much did Redwood Foods sell, in total sales, in fiscal year 2023?", "FF_SALES(FY2023) FOR REDF"),
    ("How much did Falcon Software make, in net income, in fiscal 2022?", "FF_NET_INC(FY2022) FOR FALC"),
    ("How many staff worked for Falcon Software in fiscal 2022?", "FF_EMPLOYEES(FY2022) FOR FALC"),
    ("How many people work at Indigo Stores?", "FF_EMPLOYEES(FY2024) FOR INDS"),
    ("What did a share of Falcon Software cost at the close on June 28, 2024?", "P_PRICE(2024-06-28) FOR FALC"),
    ("the dividend per share declared by Falcon Software in fiscal 2023", "FF_DPS(FY2023) FOR FALC"),
    ("the DPS Falcon Software declared in fiscal 2023", "FF_DPS(FY2023) FOR FALC"),
    ("Which companies come from Japan?", 'NAME FOR SCREEN(COUNTRY("Japan"))'),
    ("List the banks that come from Canada", 'NAME FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Canada"))'),
    ("the biggest software player by sales in fiscal 2023",
     'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Software")) SORT FF_SALES(FY2023) DESC TOP 1'),
    ("What is the country of domicile of Falcon Software?", "COUNTRY FOR FALC"),
    ("the country of incorporation and sector of Falcon Software and Redwood Foods", "SECTOR, COUNTRY FOR FALC, REDF"),
    ("Peer comps for Falcon Software: market cap today", 'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Software"))'),
    ("Falcon Software's peer set: P/E today", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Software"))'),
    ("Which NX100 members had the highest share price return in calendar 2023?",
     "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDEX(NX100)) SORT P_RETURN(2022-12-31, 2023-12-31) DESC"),
    ("What do analysts expect, on average, for Falcon Software's sales next year?", "FE_SALES(FY1) FOR FALC"),
    ("Did Falcon Software's stock rise in the second half of 2023? Please give the percent change.",
     "P_RETURN(2023-06-30, 2023-12-31) FOR FALC"),
    ("Did Falcon Software's sales grow in fiscal 2023? Please provide the growth in percent.",
     "GROWTH(FF_SALES, FY2022, FY2023) FOR FALC"),
    ("What was Falcon Software's net income in fiscal 2023 if we express it in yen?", "FF_NET_INC(FY2023) FOR FALC IN JPY"),
    ("Whats Falcon Software's market cap today if you count it in pounds?", "FG_MKT_CAP(D0) FOR FALC IN GBP"),
]

# wrong answers before: the reporting currency asked as a field (dropped), a colon defining the measure before it
# (the measure listed beside its definition)
WRONG_BEFORE = [
    ("the country and the reporting currency of Valley Payments", "COUNTRY, CURRENCY FOR VALL"),
    ("the sector and the reporting currency of Valley Payments", "SECTOR, CURRENCY FOR VALL"),
    ("Valley Payments' sector and reporting currency", "SECTOR, CURRENCY FOR VALL"),
    ("Lakeside Automotive net margin: net income over sales for fiscal 2023.",
     "FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR LAKA"),
    ("Lakeside Automotive price-to-sales: current market cap over LTM sales.", "FG_MKT_CAP(D0) / FF_SALES(LTM) FOR LAKA"),
    ("Falcon Software price-to-sales on trailing figures: current market cap over LTM sales.",
     "FG_MKT_CAP(D0) / FF_SALES(LTM) FOR FALC"),
    # "over" between two measures said as the set's own: the quotient of each company (it was a condition)
    ("Show the banks' debt over equity in fiscal 2023.", 'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Banks"))'),
    ("Insurers: net income over sales in fiscal 2022.",
     'NAME, FF_NET_INC(FY2022) / FF_SALES(FY2022) FOR SCREEN(INDUSTRY("Insurance"))'),
    ("Utilities - debt over equity, FY2023", 'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(SECTOR("Utilities"))'),
]

# near misses: a condition said with "with", "which had" keeps "over" as the comparison
OVER_KEPT = [
    ("Banks with debt over equity in fiscal 2023",
     'NAME, FF_DEBT(FY2023), FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2023) > FF_EQUITY(FY2023))'),
    ("Which banks had debt over equity in fiscal 2023?",
     'NAME, FF_DEBT(FY2023), FF_EQUITY(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2023) > FF_EQUITY(FY2023))'),
]

# pins: the own currency said with a preposition keeps its reading (no conversion, no column)
PINS = [
    ("What was Valley Payments' net income in fiscal 2023 in its reporting currency?", "FF_NET_INC(FY2023) FOR VALL"),
    ("Valley Payments' sales for fiscal 2023, reporting currency", "FF_SALES(FY2023) FOR VALL"),
    ("Show Valley Payments and Falcon Software net income in fiscal 2023 in their own currency",
     "FF_NET_INC(FY2023) FOR VALL, FALC"),
    ("Falcon Software's net income (in millions of the company's own currency) for fiscal 2022", "FF_NET_INC(FY2022) FOR FALC"),
    ("Falcon Software's highest share price in 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR FALC"),
    ("What was Falcon Software's EPS, on average, over fiscal 2020 to 2024?", "AVG(FF_EPS, FY2020, FY2024) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), LABELS + ENTITLEMENTS + LESSONS + WORDS + WRONG_BEFORE + OVER_KEPT
                         + PINS)
def test_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # "basic" in brackets is no entitlement (the EPS's qualifier); a principal's name alone is no aside
    ("What is Falcon Software's EPS (basic) for fiscal 2024?", "basic"),
    ("Which guest companies have the highest close?", "guest"),
    # a lesson's heading with a condition the screen does not say again
    ("Loss makers lesson: which utilities had negative net income in fiscal 2023?", "loss makers lesson"),
    # the class comparing with something else than the figures shown
    ("Show net income for Falcon Software in fiscal 2022 and fiscal 2023 so the students can compare it with sales.",
     "students"),
    # "sell" beside another measure; "cost" beside another figure
    ("How much did Redwood Foods sell, in net income, in fiscal year 2023?", "sell"),
    ("How much did Redwood Foods sell in fiscal 2023, and what were its sales in fiscal 2022?", "sell"),
    ("How much more did Redwood Foods sell than Falcon Software, in sales, in fiscal 2023?", "sell"),
    ("What did a share of Falcon Software cost, and its P/E, today?", "cost"),
    # "declared" with no dividend measure before it, or after another measure
    ("Which companies declared a dividend in fiscal 2023?", "declared"),
    ("Falcon Software's sales declared in fiscal 2023", "declared"),
    # where the sales come from is no country of seat; "a player in" is not read
    ("Which companies' sales come from Japan?", "come"),
    ("Which company is the largest player in software by sales?", "player"),
    ("the domicile of Falcon Software", "domicile"),
    ("What is the local currency of Valley Payments?", "local"),
    # the peers of a company beside another industry's set
    ("Peer comps for Falcon Software: every bank with its P/E today", "peer comps"),
    # "on average" of a screen's estimates: an average across companies
    ("What do analysts expect, on average, for the EPS of banks next year?", "average"),
    # a yes/no question alone, or with thanks after it
    ("Did Falcon Software's stock rise in 2023? Thanks.", "yes/no"),
    # a supposition of a period, not a currency
    ("Whats Falcon Software's market cap today if we count it in 2023?", "count"),
    # a definition after the colon that is not the measure's own
    ("Falcon Software P/E: today's price over FY2024 sales.", "price over fy2024 sales"),
])
def test_refused(question: str, named: str) -> None:
    assert named in refused(question).lower()
