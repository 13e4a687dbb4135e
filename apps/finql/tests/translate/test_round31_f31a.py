"""Round 31 (f31a): tune31a's classes (a SPEC reader, a private-equity associate, a CFO's executive assistant, a quant
researcher), each read with own wordings. Wrong answers first: "how much X's shares have gained or lost" (the perfect
between the stock and its verb) read the company's net income; "market cap at the FY23 close" was today's; a list of
three years whose ends were a span's growth ends (one year of the span left out) read the list (refused now). Then
readings: "N-yr" hyphenated, "N year avg" before a range of N years, "N-trading-day" and "trailing N-day" spans, "10-day
vs 5-day return", "max and min close", "for the board's reference", an executive who asked ("The chairman has asked
which ...; could you list them for him?"), a span of years restated by its years latest first, "the one before it" /
"the day before" of a trading day counted from D0, "the return between those two dates", "TERM = A / B, for X",
"performed ..., as a percentage return", "close-to-close return", "high and low close" and a condition restated in
apposition (once each: extra columns, "A AND A"), "the distance of the last close below its high (last
/ max - 1)". Near misses keep their readings or refusals."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# the stock's move said in the perfect: the verb's subject is the shares, never the company's earnings
STOCK_PERFECT = [
    ("Tell me how much Keystone Retail's shares have gained or lost in 2022.", "P_RETURN(2021-12-31, 2022-12-31) FOR KEYR"),
    ("Let me know how much Umbra Beverages' stock has lost since the start of 2024.", "P_RETURN(2023-12-31, D0) FOR UMBR"),
    ("Find out how much Tidewater Pharma's share price has risen or fallen over the last 20 trading days.",
     "P_RETURN(D-20, D0) FOR TIDE"),
    # near misses: the company's own loss is its net income (as before)
    ("Tell me how much Keystone Retail has lost in 2022.", "FF_NET_INC(FY2022) FOR KEYR"),
    ("How much did Umbra Beverages lose in FY2023?", "FF_NET_INC(FY2023) FOR UMBR"),
]

# "N-yr", "N yr" before an average, a CAGR or a growth over a range of N years
YEARS_SHORT = [
    ("4-yr sales CAGR FY20 to FY24 for Falcon Software?", "CAGR(FF_SALES, FY2020, FY2024) FOR FALC"),
    ("Umbra Beverages 2-yr avg net income FY23-FY24.", "AVG(FF_NET_INC, FY2023, FY2024) FOR UMBR"),
    ("Tidewater Pharma 4 yr average capex FY2021 to FY2024?", "AVG(FF_CAPEX, FY2021, FY2024) FOR TIDE"),
]

# trading-day spans said as one adjective, and two spans with the figure said once
DAY_SPANS = [
    ("40-trading-day return for Keystone Retail?", "P_RETURN(D-40, D0) FOR KEYR"),
    ("Trailing 15-day returns for FALC and UMBR.", "P_RETURN(D-15, D0) FOR FALC, UMBR"),
    ("TIDE 10-trading-day high.", "P_HIGH(D-10, D0) FOR TIDE"),
    ("Umbra Beverages 20-day vs 60-day return.", "P_RETURN(D-20, D0), P_RETURN(D-60, D0) FOR UMBR"),
    ("Keystone Retail's 3-month and 12-month returns?", "P_RETURN(2024-10-15, D0), P_RETURN(2024-01-15, D0) FOR KEYR"),
]

# "max and min" before a price: the highest and the lowest close
MAX_MIN = [
    ("Max and min closing price for Keystone Retail in 2023.",
     "P_HIGH(2023-01-01, 2023-12-31), P_LOW(2023-01-01, 2023-12-31) FOR KEYR"),
    ("Minimum and maximum share price of Umbra Beverages over the last 60 trading days?",
     "P_LOW(D-60, D0), P_HIGH(D-60, D0) FOR UMBR"),
    # "high and low close(s)": no close of its own beside them
    ("High and low close for Umbra Beverages in 2023.", "P_HIGH(2023-01-01, 2023-12-31), P_LOW(2023-01-01, 2023-12-31) FOR UMBR"),
    ("Umbra Beverages low & high closes over the last 20 trading days.", "P_LOW(D-20, D0), P_HIGH(D-20, D0) FOR UMBR"),
    # a pin: a close asked on its own day beside them
    ("Umbra Beverages high and low in 2023 and its close on 2023-12-29.",
     "P_HIGH(2023-01-01, 2023-12-31), P_LOW(2023-01-01, 2023-12-31), P_PRICE(2023-12-29) FOR UMBR"),
]

# a condition restated in apposition: once
RESTATED_CONDITION = [
    ("Which banks were loss-making (negative net income) in FY2023?",
     'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2023) < 0)'),
    # a pin: another condition in the parenthesis is one more condition
    ("Which banks were profitable (net income above 100m) in FY2023?",
     'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2023) > 0 AND FF_NET_INC(FY2023) > 100)'),
]

# what the figures are kept for, and an executive who asked
ASSISTANT = [
    ("For the committee's reference, what was Umbra Beverages' capex in fiscal 2023?", "FF_CAPEX(FY2023) FOR UMBR"),
    ("For reference, how many employees did Keystone Retail have at the end of FY2024?", "FF_EMPLOYEES(FY2024) FOR KEYR"),
    ("The CFO has asked which Banks are based in Germany; can you list them for him?",
     'NAME FOR SCREEN(INDUSTRY("Banks") & COUNTRY("Germany"))'),
    ("Our treasurer wants Tidewater Pharma's cash at the end of fiscal 2024.", "FF_CASH(FY2024) FOR TIDE"),
    ("The chairwoman asked which utilities have a P/E below 15 today.",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'),
]

# a span of years restated by its years, latest first
RESTATED_YEARS = [
    ("What was Umbra Beverages' capex for each of the last three fiscal years (fiscal 2024, fiscal 2023 and fiscal 2022)?",
     "FF_CAPEX(FY2022), FF_CAPEX(FY2023), FF_CAPEX(FY2024) FOR UMBR"),
    ("Keystone Retail operating income for the last two fiscal years (FY2024 and FY2023)?",
     "FF_OPER_INC(FY2023), FF_OPER_INC(FY2024) FOR KEYR"),
    # a pin: the two ends of a growth (as before)
    ("Keystone Retail sales growth over the last three fiscal years (FY2021 to FY2024)?",
     "GROWTH(FF_SALES, FY2021, FY2024) FOR KEYR"),
]

# the trading day before one counted from D0
DAY_BEFORE = [
    ("UMBR close on the last trading day and on the one before it.", "P_PRICE(D0), P_PRICE(D-1) FOR UMBR"),
    ("Keystone Retail volume in the latest session and the day before.", "P_VOLUME(D0), P_VOLUME(D-1) FOR KEYR"),
    ("TIDE close 10 trading days ago and the one before that.", "P_PRICE(D-10), P_PRICE(D-11) FOR TIDE"),
]

# "between those two dates": the two days named before
BETWEEN_DATES = [
    ("Umbra Beverages closes on 2020-01-31 and 2023-01-31, and the return between those two dates.",
     "P_PRICE(2020-01-31), P_PRICE(2023-01-31), P_RETURN(2020-01-31, 2023-01-31) FOR UMBR"),
    ("Keystone Retail's price on 2022-03-01 and on 2024-03-01 and its lowest close between those dates?",
     "P_PRICE(2022-03-01), P_PRICE(2024-03-01), P_LOW(2022-03-01, 2024-03-01) FOR KEYR"),
]

# a term said equal to its formula in the request's clause; "=" of a comparison and a definition's sentence as before
FORMULA = [
    ("Gearing = debt / equity for FY2022, for TIDE and UMBR.", "FF_DEBT(FY2022) / FF_EQUITY(FY2022) FOR TIDE, UMBR"),
    ("Forward P/E = last close / FY1 consensus EPS, for FALC and KEYR.", "P_PRICE(D0) / FE_EPS(FY1) FOR FALC, KEYR"),
    ("Utilities with P/E = 12?", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) = 12)'),
    ("Net debt = debt - cash. Which utilities had net debt above 5bn in FY2024?",
     'NAME, FF_DEBT(FY2024) - FF_CASH(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) - FF_CASH(FY2024) > 5000)'),
]

# the unit of a move said again with its noun
PERCENT_RETURN = [
    ("Tell me how Tidewater Pharma's shares performed in 2023, as a percentage return.",
     "P_RETURN(2022-12-31, 2023-12-31) FOR TIDE"),
    ("Let me know how Keystone Retail's stock fared in the first half of 2024, as a percent return.",
     "P_RETURN(2023-12-31, 2024-06-30) FOR KEYR"),
]

# a fiscal period's (or a year's) close said before the noun: the end of that period, no price of its own; "close-to-
# close" before a return is how the return is taken
CLOSE_OF = [
    ("Tidewater Pharma cash / debt at FY22 close.", "FF_CASH(FY2022) / FF_DEBT(FY2022) FOR TIDE"),
    ("Umbra Beverages market cap at the fiscal 2023 close.", "FG_MKT_CAP(2023-12-31) FOR UMBR"),
    ("Keystone Retail's market cap at the 2022 close.", "FG_MKT_CAP(2022-12-31) FOR KEYR"),
    ("Tidewater Pharma close-to-close return from 2023-02-06 to 2023-08-31.", "P_RETURN(2023-02-06, 2023-08-31) FOR TIDE"),
    # a pin: "since the 2023 close" (round 30)
    ("Keystone Retail's return since the 2023 close.", "P_RETURN(2023-12-31, D0) FOR KEYR"),
]

# the distance of the last close from a high, and its formula said again in the words of its figures
DISTANCE = [
    ("Keystone Retail: distance of the last close below its 52-week high, in % (last / high - 1).",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR KEYR"),
    ("Umbra Beverages: how far is the last close below the 2024 highest close, in % (close/high - 1)?",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR UMBR"),
]


@pytest.mark.parametrize(("question", "query"), STOCK_PERFECT + YEARS_SHORT + DAY_SPANS + MAX_MIN + ASSISTANT
                         + RESTATED_YEARS + DAY_BEFORE + BETWEEN_DATES + FORMULA + PERCENT_RETURN + CLOSE_OF + DISTANCE
                         + RESTATED_CONDITION)
def test_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a count of years that is not the range's
    ("3 yr avg operating income FY22-FY23, Falcon Software.", "3 yr"),
    # "max" and "min" of a figure FinQL has no high or low of
    ("Falcon Software max and min P/E in 2023?", "max"),
    # a list that names other years than the span's (the first: FY2022 left out, a wrong answer before)
    ("Keystone Retail operating income for the last three fiscal years (FY2024, FY2023 and FY2020)?", "fy2020"),
    ("Keystone Retail operating income for the last two fiscal years (FY2024 and FY2021)?", "fy2021"),
    # the day before a day that is not counted from D0 (FinQL counts no trading days from it), or before "today"
    ("Keystone Retail close on 2023-06-30 and the day before?", "the day before"),
    ("Keystone Retail close today and the one before?", "the one before"),
    # "between those dates" after three dates, after one, or after two fiscal years
    ("Keystone Retail closes on 2021-03-01, 2022-03-01 and 2024-03-01, and the return between those dates.", "between"),
    ("Keystone Retail close on 2022-03-01 and its return between those two dates.", "between"),
    ("Umbra Beverages' sales in FY2020 and FY2023, and the growth between those two dates.", "between"),
    # a formula named by a term FinQL does not know
    ("Cash margin = FCF / sales, for Keystone Retail and Umbra Beverages in FY2023.", "margin"),
    # "as a percentage return" of a price, no move said
    ("Tell me Keystone Retail's closing price at the end of 2023, as a percentage return.", "as a percentage"),
    # a formula that is not the distance's, and a distance from something FinQL has no figure of
    ("Keystone Retail: how far is the last close below the 2024 highest close, in % (high / last - 1)?", "high"),
    ("Keystone Retail: distance of Umbra Beverages from its peers.", "distance"),
    # whom the figures are for, said with a set's word: which companies is not said
    ("For the banks' reference, what is Falcon Software's P/E?", "banks"),
])
def test_refused(question: str, named: str) -> None:
    assert named in refused(question)
