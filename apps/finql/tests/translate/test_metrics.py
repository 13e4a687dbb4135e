"""Metric senses and arithmetic (issue 19, round 4): derived measures from the SPEC's fields, changes of
ratios and amounts, coordinated items, measures said by verbs, and the refusals that must stay.

Rules alone (no model, no embedder): what the deterministic steps answer.
"""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate.pipeline import translate

OM = "FF_OPER_INC({p}) / FF_SALES({p}) * 100"
NM = "FF_NET_INC({p}) / FF_SALES({p}) * 100"
EV = "FG_MKT_CAP(D0) + FF_DEBT(FY2024) - FF_CASH(FY2024)"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # derived measures the SPEC's fields allow
        ("EV/sales for Westbrook Consulting", f"({EV}) / FF_SALES(FY2024) FOR WEST"),
        ("What is Orbital Aerospace's EV/EBIT?", f"({EV}) / FF_OPER_INC(FY2024) FOR ORBA"),
        ("earnings yield of First Harbor Bank", "FF_EPS(LTM) / P_PRICE(D0) * 100 FOR FHB"),
        ("price-to-sales of Redwood Foods", "FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR REDF"),
        ("cheapest 5 stocks on price to sales",
         "NAME, FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(ALL) SORT FG_MKT_CAP(D0) / FF_SALES(FY2024) ASC TOP 5"),
        # a mixed template takes the period the question gives for its fiscal side; the price stays D0
        ("P/S of Redwood Foods on FY2023 sales", "FG_MKT_CAP(D0) / FF_SALES(FY2023) FOR REDF"),
        # P/E on consensus EPS is the forward P/E of that year; next to a separate EPS it stays trailing
        ("Apex Medical P/E on FY2 consensus earnings", "P_PRICE(D0) / FE_EPS(FY2) FOR APXD"),
        ("falcon software 2026 p/e", "P_PRICE(D0) / FE_EPS(FY2) FOR FALC"),
        ("falcon software p/e and consensus eps for 2025", "FG_PE(D0), FE_EPS(FY1) FOR FALC"),
        ("expected P/E of cobalt retail", "P_PRICE(D0) / FE_EPS(FY1) FOR COBR"),
        ("cobalt retail forward earnings yield", "FE_EPS(FY1) / P_PRICE(D0) * 100 FOR COBR"),
        ("cobalt retail dividend cover", "FF_EPS(FY2024) / FF_DPS(FY2024) FOR COBR"),
        # payout said as the share of earnings paid out; per-share over per-share
        ("What share of its earnings did Monarch Home Products pay out in FY2023?",
         "FF_DPS(FY2023) / FF_EPS(FY2023) * 100 FOR MHP"),
        ("dividends as a percentage of earnings for Falcon Software", "FF_DPS(FY2024) / FF_EPS(FY2024) * 100 FOR FALC"),
        # "per share" that is part of the name divides nothing; one said after the verb divides the measure
        ("dividnd per share paid by Sterling Power in FY2023", "FF_DPS(FY2023) FOR STEP"),
        ("How much free cash flow did Ironclad Insurance generate per share last year?",
         "FF_FCF(FY2024) / FF_SHARES(FY2024) FOR ICI"),
        # a ratio changes by a difference (percentage points); an amount in money when asked in money
        ("change in Kingsbridge Telecom's operating margin from FY2023 to FY2024 in percentage points",
         f"{OM.format(p='FY2024')} - ({OM.format(p='FY2023')}) FOR KINT"),
        ("how much did Pinnacle Telecom's net margin expand between FY2022 and FY2024?",
         f"{NM.format(p='FY2024')} - ({NM.format(p='FY2022')}) FOR PNTC"),
        ("by how much did Solstice Foods' sales rise in fiscal 2024, in dollars",
         "FF_SALES(FY2024) - FF_SALES(FY2023) FOR SOLF IN USD"),
        ("By how much did Redwood Interactive's revenue grow last year, in percent?",
         "GROWTH(FF_SALES, FY2023, FY2024) FOR REDW"),
        ("the difference between Oakridge Brewing's FY2023 EPS and its FY2022 EPS",
         "FF_EPS(FY2023) - FF_EPS(FY2022) FOR OAKR"),
        ("banks whose net margin expanded by more than 2 percentage points last year",
         f"NAME, {NM.format(p='FY2024')} - {NM.format(p='FY2023')} FOR SCREEN(INDUSTRY(\"Banks\"), "
         f"{NM.format(p='FY2024')} - ({NM.format(p='FY2023')}) > 2)"),
        ("How fast has EPS compounded at Indigo Semiconductor from FY2015 to FY2024, annualised?",
         "CAGR(FF_EPS, FY2015, FY2024) FOR INDI"),
        ("Which NX100 companies trade below $20 a share?",
         "NAME, P_PRICE(D0) FOR SCREEN(INDEX(NX100), P_PRICE(D0) < 20) IN USD"),
        ("Indigo Semiconductor cash conversion in FY2024", "FF_FCF(FY2024) / FF_NET_INC(FY2024) * 100 FOR INDI"),
        # coordinated modifiers share one head noun
        ("gross and operating income of Vantage Motors in FY2023", "FF_GROSS_INC(FY2023), FF_OPER_INC(FY2023) FOR VNTG"),
        ("net and operating margins of falcon software last year",
         f"{NM.format(p='FY2024')}, {OM.format(p='FY2024')} FOR FALC"),
        # a sum or difference of money is money: ranked across currencies in USD, like the amounts themselves
        ("top 5 companies by enterprise value",
         f"NAME, {EV} FOR SCREEN(ALL) SORT {EV} DESC TOP 5 IN USD"),
        # "X above N and growing": the same measure also up on the year before
        ("tech companies with operating margin above 10% and growing",
         f"NAME, {OM.format(p='FY2024')}, {OM.format(p='FY2023')} FOR SCREEN(SECTOR(\"Information Technology\"), "
         f"{OM.format(p='FY2024')} > 10 AND {OM.format(p='FY2024')} > {OM.format(p='FY2023')})"),
        ("banks with revenue above 1bn and falling",
         'NAME, FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > 1000 '
         "AND GROWTH(FF_SALES, FY2023, FY2024) < 0)"),
        ("IT companies with more cash than debt at the latest quarter",
         'NAME, FF_CASH(FQ0), FF_DEBT(FQ0) FOR SCREEN(SECTOR("Information Technology"), FF_CASH(FQ0) > FF_DEBT(FQ0))'),
        # measures said by a verb when none is named
        ("how much did ashford brands make last year", "FF_NET_INC(FY2024) FOR ASHF"),
        ("How much did Falcon Software bring in in fiscal 2023?", "FF_SALES(FY2023) FOR FALC"),
        ("how much money did Sky High Airlines lose in FY2020", "FF_NET_INC(FY2020) FOR SKY"),
        ("which 3 banks earned the most money in FY2023",
         'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks")) SORT FF_NET_INC(FY2023) DESC TOP 3 IN USD'),
        # "total" before one period's item is the item; over a range it is a SUM
        ("total borrowings of Copperfield Air in FY2022", "FF_DEBT(FY2022) FOR COPP"),
        ("total revenue of falcon software over the last three years", "SUM(FF_SALES, FY2022, FY2024) FOR FALC"),
        # estimates: several years before the measure, growth between two estimate years, actual vs consensus
        ("Bluepeak Renewables FY1 and FY2 EPS consensus", "FE_EPS(FY1), FE_EPS(FY2) FOR BPR"),
        ("consensus EPS growth from FY1 to FY2 for indigo semi", "GROWTH(FE_EPS, FY1, FY2) FOR INDI"),
        ("Westbrook Consulting: expected revenue growth next year vs last year's actual",
         "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 FOR WEST"),
        # synonyms
        ("What's Eastgate Motors' leverage?", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR EASM"),
        ("How many people are on the payroll at Sky High Airlines?", "FF_EMPLOYEES(FY2024) FOR SKY"),
        ("how big is Falcon Software's cash pile", "FF_CASH(FY2024) FOR FALC"),
        ("list the money-losing companies last year", "NAME, FF_NET_INC(FY2024) FOR SCREEN(ALL, FF_NET_INC(FY2024) < 0)"),
        ("top 3 utilities by debt/equity (x)",
         'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities")) '
         "SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) DESC TOP 3"),
    ],
)
def test_metrics_round_4(question: str, query: str) -> None:
    assert q(question) == query


ND = "FF_DEBT(FY2024) - FF_CASH(FY2024)"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # two measures joined by "to" or a slash are their ratio, whichever measures; a period may sit between
        ("liabilities to equity at Keystone Properties", "FF_LIABS(FY2024) / FF_EQUITY(FY2024) FOR KEYS"),
        ("Cobalt Motors cash-to-debt ratio in FY2022", "FF_CASH(FY2022) / FF_DEBT(FY2022) FOR COBA"),
        ("ebit/sales for Falcon Software", "FF_OPER_INC(FY2024) / FF_SALES(FY2024) FOR FALC"),
        ("what is granite water's net debt to equity", f"({ND}) / FF_EQUITY(FY2024) FOR GRWT"),
        ("falcon software: price to 2026 earnings", "P_PRICE(D0) / FE_EPS(FY2) FOR FALC"),
        ("the ratio of debt to equity for Falcon Software", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR FALC"),
        ("FCF/share for Ivory Bancorp in FY2023", "FF_FCF(FY2023) / FF_SHARES(FY2023) FOR IVOR"),
        ("Sterling Power debt as a multiple of free cash flow", "FF_DEBT(FY2024) / FF_FCF(FY2024) FOR STEP"),
        ("Vantage Motors capex % of revenue, fiscal 2022", "FF_CAPEX(FY2022) / FF_SALES(FY2022) * 100 FOR VNTG"),
        # "compare A to B" sets two figures side by side: no ratio
        ("compare revenue to net income for Falcon Software", "FF_SALES(FY2024), FF_NET_INC(FY2024) FOR FALC"),
        ("cash net of debt at Falcon Software", "FF_CASH(FY2024) - FF_DEBT(FY2024) FOR FALC"),
        ("market value per employee at Westbrook Consulting", "FG_MKT_CAP(D0) / FF_EMPLOYEES(FY2024) FOR WEST"),
        ("fcf yield of Sterling Power", "FF_FCF(FY2024) / FG_MKT_CAP(D0) * 100 FOR STEP"),
        # growth ending in an estimate year: one year over the year before; a range from its first to its last year
        ("Lumen Streaming sales growth the Street expects for fiscal 2026", "GROWTH(FE_SALES, FY1, FY2) FOR LUMS"),
        ("projected EPS growth from FY2024 to FY2026 at Orbital Aerospace", "(FE_EPS(FY2) / FF_EPS(FY2024) - 1) * 100 FOR ORBA"),
        ("analysts' implied revenue growth for Quarry Telecom", "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 FOR QUAR"),
        ("mean eps estimate for 2026, falcon software", "FE_EPS(FY2) FOR FALC"),
        ("number of analysts contributing to Apex Medical's FY2025 estimate", "FE_NUM(FY1) FOR APXD"),
        ("difference between consensus EPS for 2026 and consensus EPS for 2025 at Falcon Software",
         "FE_EPS(FY2) - FE_EPS(FY1) FOR FALC"),
        # a span of years ending in the one year named; "growth rate" is growth
        ("Falcon Software four-year revenue growth rate through fiscal 2023", "GROWTH(FF_SALES, FY2019, FY2023) FOR FALC"),
        # conditions on expressions: a multiple of another measure, "by more than N%", "N% above"
        ("companies whose market cap is above 3 times sales",
         "NAME, FG_MKT_CAP(D0), FF_SALES(FY2024) FOR SCREEN(ALL, FG_MKT_CAP(D0) > FF_SALES(FY2024) * 3)"),
        ("banks where FY2025 consensus EPS exceeds FY2024 EPS by more than 5%",
         'NAME, FE_EPS(FY1), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FE_EPS(FY1) > FF_EPS(FY2024) * 1.05)'),
        ("software companies with 2026 consensus sales at least 15% above 2025 consensus sales",
         'NAME, FE_SALES(FY2), FE_SALES(FY1) FOR SCREEN(INDUSTRY("Software"), FE_SALES(FY2) >= FE_SALES(FY1) * 1.15)'),
        # a year right before the measure compared with is its period, never a threshold of 2023
        ("banks with revenue above 2023 revenue",
         'NAME, FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > FF_SALES(FY2023))'),
        ("insurers with net income above 2020's",
         'NAME, FF_NET_INC(FY2024), FF_NET_INC(FY2020) FOR SCREEN(INDUSTRY("Insurance"), '
         "FF_NET_INC(FY2024) > FF_NET_INC(FY2020))"),
        ("companies with more than 2000 employees",
         "NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_EMPLOYEES(FY2024) > 2000)"),
        ("utilities with more than 5 analysts", 'NAME, FE_NUM(FY1) FOR SCREEN(SECTOR("Utilities"), FE_NUM(FY1) > 5)'),
        ("banks with positive free cash flow in both FY2022 and FY2023",
         'NAME, FF_FCF(FY2022), FF_FCF(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_FCF(FY2022) > 0 AND FF_FCF(FY2023) > 0)'),
        ("insurers that are not profitable", 'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
                                              "NOT (FF_NET_INC(FY2024) > 0))"),
        ("utilities trading at less than 12 times earnings",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 12)'),
        ("Which utilities trade below 15 times trailing earnings?",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'),
        # both extremes; average quarterly over a range of fiscal years
        ("Falcon Software's highest and lowest close in 2023",
         "P_HIGH(2023-01-01, 2023-12-31), P_LOW(2023-01-01, 2023-12-31) FOR FALC"),
        ("average quarterly sales of Redwood Foods from fiscal 2021 to fiscal 2023",
         "AVG(FF_SALES, FQ2021Q1, FQ2023Q4) FOR REDF"),
        ("what did Sterling Power pay out per share last year", "FF_DPS(FY2024) FOR STEP"),
        # a valuation of a fiscal year is at that year's end (one date for the companies asked); "on" a figure: today
        ("FY2022 enterprise value of Falcon Software", "FG_MKT_CAP(2022-09-30) + FF_DEBT(FY2022) - FF_CASH(FY2022) FOR FALC"),
        ("Northwind Systems P/S for fiscal 2023", "FG_MKT_CAP(2023-12-31) / FF_SALES(FY2023) FOR NWSY"),
        ("price to sales for Falcon Software using FY2022 revenue",
         "FG_MKT_CAP(D0) / FF_SALES(FY2022) FOR FALC"),
    ],
)
def test_metrics_round_5(question: str, query: str) -> None:
    assert q(question) == query


def test_a_form_of_a_measure_word_is_no_misspelt_set_name() -> None:
    a = translate("most leveraged utilities")  # "leveraged" is not "beverages" two edits away
    assert a.ents is not None and [(t.kind, t.value) for t in a.ents.sets] == [("SECTOR", "Utilities")]


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # a percentage change of a ratio has no FinQL function: refused, not answered in points
        ("by what percentage did falcon software's net margin change last year", "change"),
        ("by what percentage did falcon software's net cash change last year", "net cash"),
        # "interest coverage" is a measure FinQL lacks, not a misspelt "leverage"
        ("interest coverage for Lakeside Automotive", "interest coverage"),
        # "how much did X generate": no measure named; never a share price return
        ("how much did falcon software generate last year", None),
        # no consensus of the dividend yield or the price: refused, never the trailing figure
        ("cobalt retail forward dividend yield", "forward dividend yield"),
        ("expected share price of cobalt retail next year", "expected share price"),
        # "money" made is net income, never cash; the most lost turns the ranking round: refused, not guessed
        ("which bank lost the most money last year", "lost the most money"),
        # no consensus of net income: refused, never answered with an actual
        ("consensus net income for Falcon Software next year", "net income"),
        # a measure FinQL lacks that holds a FinQL name; "close to" is near, no price
        ("gross profit and cost of revenue for Falcon Software", "cost of revenue"),
        ("stocks trading close to their all-time high", "close to"),
        # a family word is no misspelt measure; reported figures of a future year do not exist
        ("apex revenue last year", "apex"),
        ("Northwind Systems reported sales for fiscal 2026", "2026"),
        # growth to an estimate year beyond FY2026
        ("expected EPS growth to 2027 for Falcon Software", None),
        # an average across companies stays refused, also of a consensus
        ("average consensus EPS of the banks", "average"),
        # a multiple of something unnamed is never a price of 25
        ("banks trading at less than 25 times that estimate", "25 times"),
        # fiscal years ending in different months have no one year-end date for the market cap
        ("EV/sales in FY2023 for Falcon Software and Orbital Aerospace", "fy2023"),
    ],
)
def test_metric_refusals_stay(question: str, word: str | None) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported"
    if word:
        assert word in (a.message or "")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "the ratio of A to B": the "to" between them is the ratio's own (it was left over: refused)
        ("ratio of free cash flow to capex at Atlas Mining last year", "FF_FCF(FY2024) / FF_CAPEX(FY2024) FOR ATLM"),
        ("the ratio of Falcon Software's capex to its sales in FY2023", "FF_CAPEX(FY2023) / FF_SALES(FY2023) FOR FALC"),
        # a condition on a ratio read from "to" (its "to" lies inside the measure)
        ("banks with equity to assets above 10%",
         'NAME, FF_EQUITY(FY2024) / FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
         "FF_EQUITY(FY2024) / FF_ASSETS(FY2024) > 0.1)"),
        # the currency's noun after it restates it; a company named after a currency word is the company
        ("Tidewater Pharma's sales for fiscal 2024 in US dollar terms", "FF_SALES(FY2024) FOR TIDE IN USD"),
        ("First Harbor Bank's total assets in EUR terms for FY2023", "FF_ASSETS(FY2023) FOR FHB IN EUR"),
        ("Tidewater Pharma revenue on a USD basis", "FF_SALES(FY2024) FOR TIDE IN USD"),
        ("annualised growth in Sterling Power's dividend per share over the last three fiscal years",
         "CAGR(FF_DPS, FY2021, FY2024) FOR STEP"),
        # EBIT spelt out; "net inc"; brokers are analysts
        ("Northwind Systems' earnings before interest and taxes for fiscal 2024", "FF_OPER_INC(FY2024) FOR NWSY"),
        ("helix net inc growth ltm vs fy23", "GROWTH(FF_NET_INC, FY2023, LTM) FOR HLXB"),
        ("How many brokers publish estimates on Pinnacle Telecom?", "FE_NUM(FY1) FOR PNTC"),
        # "trade below N times <a figure>": the multiple on that figure (per share for earnings)
        ("Which banks trade below ten times next year's consensus earnings per share?",
         'NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY("Banks"), P_PRICE(D0) / FE_EPS(FY1) < 10)'),
        ("banks trading at less than 8 times FY2024 earnings",
         'NAME, P_PRICE(D0) / FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), P_PRICE(D0) / FF_EPS(FY2024) < 8)'),
        ("software companies that trade above 5 times sales",  # was FF_SALES(FY2024) > 5: a wrong answer
         'NAME, FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"), '
         "FG_MKT_CAP(D0) / FF_SALES(FY2024) > 5)"),
        ("semiconductor companies with positive consensus EPS for next year that trade at less than 25 times that estimate",
         'NAME, FE_EPS(FY1), P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY("Semiconductors"), FE_EPS(FY1) > 0 AND '
         "P_PRICE(D0) / FE_EPS(FY1) < 25)"),
        # the asker's definition restates the measure (read once, in its unit); "expressed as a ratio"
        ("What was Ironclad Insurance's return on equity last fiscal year, defined as net income relative to "
         "year-end shareholders' equity?", "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR ICI"),
        ("Meridian Hotels' current share price relative to its lowest close over the past six months, expressed as a ratio",
         "P_PRICE(D0) / P_LOW(2024-07-15, D0) FOR MRDH"),
        # "over" between two measures of named companies divides
        ("Ironclad Insurance operating income over sales", "FF_OPER_INC(FY2024) / FF_SALES(FY2024) FOR ICI"),
        # a period right after a comparison is the same measure at that period
        ("nx100 names with fy26 eps est at least 10% above fy25",
         "NAME, FE_EPS(FY2), FE_EPS(FY1) FOR SCREEN(INDEX(NX100), FE_EPS(FY2) >= FE_EPS(FY1) * 1.1)"),
        # a forward P/E leaves a year written right before another measure to it (was FE_EPS(FY2) in both)
        ("Falcon Software forward P/E and FY2026 EPS estimate", "P_PRICE(D0) / FE_EPS(FY1), FE_EPS(FY2) FOR FALC"),
    ],
)
def test_metrics_round_6(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # the highest of the analysts' estimates is no FinQL value (was the consensus mean: a wrong answer)
        ("What is the highest analyst EPS estimate for Falcon Software for FY2025?", "highest"),
        # cash flows FinQL lacks: never cash and a misspelt "low" (was FF_CASH and P_LOW: a wrong answer)
        ("What was Falcon Software's operating cash flow last year?", "operating cash flow"),
        # a definition computing something else than the measure named: refused, never one of the two picked
        ("Ironclad Insurance net margin, i.e. operating income over sales", "i.e."),
        # "as a ratio" of a measure in percent is not read
        ("Ironclad Insurance net margin as a ratio", "as a ratio"),
    ],
)
def test_metric_refusals_round_6(question: str, word: str) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported", a.reading and a.reading.query()
    assert word in (a.message or "")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a definition in parentheses after a derived measure: its operands keep their periods, the measure its unit
        ("Rank the five utilities with the highest free cash flow yield (last fiscal year's FCF over today's market cap).",
         'NAME, FF_FCF(FY2024) / FG_MKT_CAP(D0) * 100 FOR SCREEN(SECTOR("Utilities")) '
         "SORT FF_FCF(FY2024) / FG_MKT_CAP(D0) * 100 DESC TOP 5"),  # the "over" was a condition FCF > market cap
        ("materials companies with net debt (debt minus cash) of more than 10,000 million in their own currency",
         'NAME, FF_DEBT(FY2024) - FF_CASH(FY2024) FOR SCREEN(SECTOR("Materials"), FF_DEBT(FY2024) - FF_CASH(FY2024) > 10000)'),
        ("top 5 banks by sales in local currency",  # no USD for a ranking the asker wants unconverted
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_SALES(FY2024) DESC TOP 5'),
        # the verb of the figure compared takes its unit: earned per share against EPS (was net income * 1.1)
        ("pharma names where the 2025 EPS consensus is more than 10% above what they earned in fiscal 2024",
         'NAME, FE_EPS(FY1), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Pharmaceuticals"), FE_EPS(FY1) > FF_EPS(FY2024) * 1.1)'),
        ("Financials where net margin expanded by more than 100 bps between FY23 and FY24",
         'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 - FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100 FOR '
         'SCREEN(SECTOR("Financials"), FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 - '
         "(FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100) > 1)"),
        # a sign before an estimate word with a forward P/E: the EPS estimate's sign
        ("European names on a forward P/E under 12 (positive FY25 consensus only)",
         "NAME, P_PRICE(D0) / FE_EPS(FY1), FE_EPS(FY1) FOR SCREEN(INDEX(EUROPE), P_PRICE(D0) / FE_EPS(FY1) < 12 AND "
         "FE_EPS(FY1) > 0)"),
        # the target currency said again restates it; how IN converts, said in words
        ("Which Canadian or Japanese companies had more than 10,000 million US dollars of cash at the end of last fiscal "
         "year? Convert to USD before comparing.",
         'NAME, FF_CASH(FY2024) FOR SCREEN(COUNTRY("Canada") | COUNTRY("Japan"), FF_CASH(FY2024) > 10000) IN USD'),
        ("Ember Petroleum share price today expressed in dollars, together with last fiscal year's EPS in dollars",
         "P_PRICE(D0), FF_EPS(FY2024) FOR EMBP IN USD"),
        ("European companies with sales of more than 60,000 million pounds last fiscal year, converted at the year-end rate",
         'NAME, FF_SALES(FY2024) FOR SCREEN(INDEX(EUROPE), FF_SALES(FY2024) > 60000) IN GBP'),
        # guards: "N times book value" after a market cap multiplies equity; "analysts forecast" is no count of them
        ("banks with market cap above 2 times book value",
         'NAME, FG_MKT_CAP(D0), FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_MKT_CAP(D0) > FF_EQUITY(FY2024) * 2)'),
        ("rank banks by what analysts forecast for EPS next year",
         # (round 35, f35s) a per-share amount is ranked as each company quotes it (SPEC 3: no IN, no conversion)
         'NAME, FE_EPS(FY1) FOR SCREEN(INDUSTRY("Banks")) SORT FE_EPS(FY1) DESC'),
        # functions inside arithmetic: each operand takes its own
        ("Across the four quarters of fiscal 2024, what was Copperfield Air's cumulative free cash flow as a share of "
         "its cumulative sales?", "SUM(FF_FCF, FQ2024Q1, FQ2024Q4) / SUM(FF_SALES, FQ2024Q1, FQ2024Q4) * 100 FOR COPP"),
    ],
)
def test_metrics_round_6_tune6(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Total headcount across all the Aurora companies last year", "across"),  # no sum of rows (was each row)
        ("banks whose 2025 consensus sales are above what they made in 2024", "made"),  # made: no unit of sales
        ("Tidewater Pharma revenue in euros and net income in dollars", "euros"),  # two currencies: no one IN
    ],
)
def test_metric_refusals_round_6_tune6(question: str, word: str) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported", a.reading and a.reading.query()
    assert word in (a.message or "")


def test_a_bank_measure_holding_a_finql_name_is_refused_before_any_meaning() -> None:
    # "net interest margin" was matched by meaning to the net margin (a wrong answer); now the meaning matcher,
    # here one that would say "net margin", is never asked
    from finql.translate import pipeline as p
    from finql.translate.senses import Nearest

    class NetMarginIndex:
        def nearest(self, phrase: str) -> Nearest:
            return Nearest([("net_margin", 0.99), ("out_of_scope", 0.5)])

    a = p.translate("Ivory Bancorp's net interest margin for fiscal 2024", index=NetMarginIndex())
    assert a.reading is None and "net interest margin" in (a.message or ""), a.reading and a.reading.query()


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # round 7 (fx7-measure): "return on" any name of equity or assets; never the share price return beside it
        ("First Harbor Bank's return on shareholders' equity in FY2021", "FF_NET_INC(FY2021) / FF_EQUITY(FY2021) * 100 FOR FHB"),
        ("return on total assets at Falcon Software", "FF_NET_INC(FY2024) / FF_ASSETS(FY2024) * 100 FOR FALC"),
        # the payout said as a share of a year's earnings paid out
        ("What share of its FY2023 earnings did Brightwater Power pay out as dividends?",
         "FF_DPS(FY2023) / FF_EPS(FY2023) * 100 FOR BRIP"),
        # a named company's loss is the figure; a screen's stays the condition
        ("What was Brightwater Beverages' operating loss in 2020?", "FF_OPER_INC(FY2020) FOR BRIG"),
        ("Sky High Airlines's net losses for FY2020 and FY2021", "FF_NET_INC(FY2020), FF_NET_INC(FY2021) FOR SKY"),
        ("Which utilities had an operating loss in 2023?",
         'NAME, FF_OPER_INC(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_OPER_INC(FY2023) < 0)'),
        # verbs and idioms: shares changing hands are the volume; "book" revenue; sell-side analysts counted
        ("How many shares changed hands in Quarry Power on the last trading day?", "P_VOLUME(D0) FOR QUPO"),
        ("How much revenue did Starlight Realty Group book in fiscal 2023?", "FF_SALES(FY2023) FOR SRG"),
        ("How many sell-side analysts have estimates out on Tidewater Pharma for fiscal 2026?", "FE_NUM(FY2) FOR TIDE"),
        ("What is Highland Estates worth on the stock market today, in euros?", "FG_MKT_CAP(D0) FOR HIGH IN EUR"),
        # products bind before differences; arithmetic in parentheses defines the operand before it
        ("Westbrook Consulting's net income for fiscal 2024 minus DPS times diluted shares",
         "FF_NET_INC(FY2024) - (FF_DPS(FY2024) * FF_SHARES(FY2024)) FOR WEST"),
        ("Give me Westbrook Consulting's net income for fiscal 2024 minus its dividends paid (DPS times diluted shares).",
         "FF_NET_INC(FY2024) - (FF_DPS(FY2024) * FF_SHARES(FY2024)) FOR WEST"),
        # "with net cash" is a condition (it was none: every utility), its restatement after "i.e." read once more
        ("Which utilities have net cash in FY2024?",
         'NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 0)'),
        ("software companies with net cash above 1 billion",
         'NAME, FF_CASH(FY2024) - FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_CASH(FY2024) - FF_DEBT(FY2024) > 1000)'),
        # growth from an actual to an estimate, said with "between" or "vs"
        ("Please provide the growth implied between Westbrook Consulting's reported EPS for last fiscal year and the "
         "fiscal 2025 consensus EPS, in percent.", "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR WEST"),
        ("the percentage change between Falcon Software's FY2022 revenue and its FY2024 revenue",
         "GROWTH(FF_SALES, FY2022, FY2024) FOR FALC"),
        ("expected eps growth fy25 vs fy24 for falcon software", "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100 FOR FALC"),
        ("Insurance companies whose fiscal 2025 consensus EPS is more than 15% above their reported EPS for the last "
         "fiscal year", 'NAME, FE_EPS(FY1), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
         "FE_EPS(FY1) > FF_EPS(FY2024) * 1.15)"),
        ("Please provide the forward P/E, i.e. the latest closing price divided by the fiscal 2025 consensus EPS, for "
         "Cobalt Retail", "P_PRICE(D0) / FE_EPS(FY1) FOR COBR"),
        # units said with the currency
        ("last fiscal year's sales per employee, in thousands of US dollars, for Harbor Freight Lines",
         "FF_SALES(FY2024) * 1000 / FF_EMPLOYEES(FY2024) FOR HFL IN USD"),
        ("Sales per employee at Thornbury Consulting in fiscal 2024, in USD millions",
         "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR THOC IN USD"),
        ("debt to equity for Copperfield Air at last fiscal year end, as a multiple (not %)",
         "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR COPP"),
        # misspelt: a structure word, a name's last word across a shorter name
        ("Ember Industries EPS grwoth from FY2021 to FY2024", "GROWTH(FF_EPS, FY2021, FY2024) FOR EMBE"),
        ("What was Meridian Pharma's free cash flwo last year?", "FF_FCF(FY2024) FOR MRDP"),
    ],
)
def test_metrics_round_7(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Falcon Software return on sales FY2023", "return on sales"),  # no share price return next to sales
        ("Which sell-side analysts cover Falcon Software? I need their names", "which sell-side analysts"),
        ("Falcon Software revenue in thousands of dollars", "thousands"),  # never millions said to be thousands
        # no misspelt "leverage" ("our coverage universe" is every company: test_chain)
        ("utilities ranked by coverage ratio last year", "coverage"),
    ],
)
def test_metric_refusals_round_7(question: str, word: str) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported", a.reading and a.reading.query()
    assert word in (a.message or "")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Falcon Software year-end debt in FY2023", "FF_DEBT(FY2023) FOR FALC"),
        # the balance-sheet senses come from the registry's flow flag: ratios of year-end values are year-end values
        ("Falcon Software year-end book value per share in FY2023", "FF_EQUITY(FY2023) / FF_SHARES(FY2023) FOR FALC"),
        ("Falcon Software closing debt to equity ratio FY2023", "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR FALC"),
        ("Falcon Software year-end sales FY2023", None),  # a flow has no year-end value: "year-end" not understood
    ],
)
def test_year_end_restates_only_a_balance_sheet_measure(question: str, query: str | None) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # round 8 (arithmetic): the size of a comparison, "how much (many times, what percentage) ... than"
        ("How much more did Northwind Systems earn in FY2023 than in FY2021?",
         "FF_NET_INC(FY2023) - FF_NET_INC(FY2021) FOR NWSY"),
        ("how much higher was Sky High Airlines' revenue in Q2 2024 than in Q1 2024",
         "FF_SALES(FQ2024Q2) - FF_SALES(FQ2024Q1) FOR SKY"),
        ("How much lower was Falcon Software's net income in FY2023 than in FY2022?",
         "FF_NET_INC(FY2022) - FF_NET_INC(FY2023) FOR FALC"),
        ("How many times larger was Helix Biotherapeutics' free cash flow in FY2024 than in FY2020?",
         "FF_FCF(FY2024) / FF_FCF(FY2020) FOR HLXB"),
        ("By what percentage was Falcon Software's revenue higher in 2024 than in 2023?",
         "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
        ("How much is Delta Insurance's FY2026 consensus EPS above its FY2024 EPS?",
         "FE_EPS(FY2) - FF_EPS(FY2024) FOR DELT"),
        ("how much higher is Falcon Software's operating income than its net income",
         "FF_OPER_INC(FY2024) - FF_NET_INC(FY2024) FOR FALC"),
        # one measure at two periods after "difference between" / "difference in ... between"; "gap" is a difference
        ("Difference between Pinnacle Telecom's FY2024 and FY2022 operating income",
         "FF_OPER_INC(FY2024) - FF_OPER_INC(FY2022) FOR PNTC"),
        ("what was the difference in Apex Medical's net income between 2024 and 2022",
         "FF_NET_INC(FY2024) - FF_NET_INC(FY2022) FOR APXD"),
        ("the gap between Cobalt Retail's gross and operating margins in FY2023",
         "FF_GROSS_INC(FY2023) / FF_SALES(FY2023) * 100 - (FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100) FOR COBR"),
        # "what share of A is B": B over A, in percent
        ("what percentage of sales is capex at nwsy", "FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100 FOR NWSY"),
        ("What proportion of Lakeside Bancorp's total liabilities is debt?",
         "FF_DEBT(FY2024) / FF_LIABS(FY2024) * 100 FOR LAKE"),
        ("what percentage of its revenue did Ember Industries spend on capex in 2022",
         "FF_CAPEX(FY2022) / FF_SALES(FY2022) * 100 FOR EMBE"),
        # the price against a company total is the market value ("price to free cash flow", as P/S)
        ("price to free cash flow for Redwood Foods", "FG_MKT_CAP(D0) / FF_FCF(FY2024) FOR REDF"),
        ("price-to-operating income of Falcon Software", "FG_MKT_CAP(D0) / FF_OPER_INC(FY2024) FOR FALC"),
        # another company's figure is another row, which FinQL cannot subtract: both figures, ranked by the comparison
        ("How much bigger was Apex Medical's revenue than Helix Biotherapeutics' in fiscal 2023?",
         "FF_SALES(FY2023) FOR APXD, HLXB SORT FF_SALES(FY2023) DESC"),
        ("What's the difference between Cobalt Motors' and Vantage Motors' profit last year?",
         "FF_NET_INC(FY2024) FOR COBA, VNTG"),
        ("how much more did Ember Industries sell than General Widget in fiscal 2023",
         "FF_SALES(FY2023) FOR EMBE, GWC SORT FF_SALES(FY2023) DESC"),
        # arithmetic over a list of periods: one value per period (it was refused: "several periods")
        ("Northwind Systems capex as a percentage of sales in FY2022, FY2023 and FY2024",
         "FF_CAPEX(FY2022) / FF_SALES(FY2022) * 100, FF_CAPEX(FY2023) / FF_SALES(FY2023) * 100, "
         "FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100 FOR NWSY"),
        ("Falcon Software cash minus debt for FY2023 and FY2024",
         "FF_CASH(FY2023) - FF_DEBT(FY2023), FF_CASH(FY2024) - FF_DEBT(FY2024) FOR FALC"),
        # "the debt to assets ratio of X": the ratio's noun, then the company (the "ratio of" was left over)
        ("what is the debt to assets ratio of Falcon Software", "FF_DEBT(FY2024) / FF_ASSETS(FY2024) FOR FALC"),
        # a period alone after "minus" / "less": the same measure at that period
        ("Falcon Software: consensus EPS for 2026 minus 2025", "FE_EPS(FY2) - FE_EPS(FY1) FOR FALC"),
        ("Northwind Systems FY2024 revenue less FY2022", "FF_SALES(FY2024) - FF_SALES(FY2022) FOR NWSY"),
        # a period between a slash and the second name is that name's ("mcap/ttm fcf": the market cap was dropped)
        ("mcap/ttm fcf for the canadian names",
         'NAME, FG_MKT_CAP(D0) / FF_FCF(LTM) FOR SCREEN(COUNTRY("Canada"))'),
        ("mkt cap / ltm sales for lumen streaming", "FG_MKT_CAP(D0) / FF_SALES(LTM) FOR LUMS"),
        # "high to low" is the order, not the price's high and low beside the key
        ("ev/sales ttm for semis, high to low",
         'NAME, (FG_MKT_CAP(D0) + FF_DEBT(LTM) - FF_CASH(LTM)) / FF_SALES(LTM) FOR SCREEN(INDUSTRY("Semiconductors")) '
         "SORT (FG_MKT_CAP(D0) + FF_DEBT(LTM) - FF_CASH(LTM)) / FF_SALES(LTM) DESC"),
        # definitions: "i.e. today's price over ...", "(A over B, in percent)", "I mean A divided by B" after the question
        ("What's Vantage Motors' forward P/E, i.e. today's price over next year's consensus EPS?",
         "P_PRICE(D0) / FE_EPS(FY1) FOR VNTG"),
        ("What return on equity did Ivory Bancorp make in fiscal 2023 (net income over equity, in percent)?",
         "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR IVOR"),
        ("What share of its profit did Quarry Power pay out as dividends in 2023? I mean DPS divided by EPS.",
         "FF_DPS(FY2023) / FF_EPS(FY2023) * 100 FOR QUPO"),
        ("Falcon Software net income divided by sales, as a percentage", "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR FALC"),
        # a ranking of one measure "compared with its" other: their ratio
        ("Which bank has the most debt compared with its equity?",
         'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_DEBT(FY2024) / FF_EQUITY(FY2024) DESC TOP 1'),
        # a dividend in percent is the yield (it was the dividend per share above 2.5 units of money)
        ("Which utilities pay out more than 2.5% in dividends?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 2.5)'),
        # "grew it's net income the fastest" ranks by the growth (the apostrophe hid the superlative)
        ("Which bank grew it's revenue the fastest between fiscal 2021 and fiscal 2024?",
         'NAME, GROWTH(FF_SALES, FY2021, FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT GROWTH(FF_SALES, FY2021, FY2024) DESC TOP 1'),
        # "did A grow X faster than B": both growths, ranked
        ("Did Falcon Software grow its sales faster than Northwind Systems between fiscal 2021 and fiscal 2024?",
         "GROWTH(FF_SALES, FY2021, FY2024) FOR FALC, NWSY SORT GROWTH(FF_SALES, FY2021, FY2024) DESC"),
        # "A exceeds B by more than an amount": the difference above the amount
        ("banks whose equity exceeds their debt by at least 500 million",
         'NAME, FF_EQUITY(FY2024) - FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_EQUITY(FY2024) - FF_DEBT(FY2024) >= 500)'),
        # "full-year" restates a fiscal year; "and of fiscal 2024" lists a second period; "between the two" its growth
        ("Indigo Stores Q3 2023 sales as a share of full-year FY2023 sales",
         "FF_SALES(FQ2023Q3) / FF_SALES(FY2023) * 100 FOR INDS"),
        ("Cobalt Power's debt at the end of fiscal 2020 and of fiscal 2024, with the percentage change between the two",
         "FF_DEBT(FY2020), FF_DEBT(FY2024), GROWTH(FF_DEBT, FY2020, FY2024) FOR COBP"),
    ],
)
def test_metrics_round_8_arithmetic(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # earlier period first: the change, or the first minus the second (the sign reads two ways)
        ("difference between Falcon Software's 2023 and 2024 revenue", "difference between"),
        # a per-share amount against a company total is never computed
        ("dividends as a percentage of free cash flow for Falcon Software", "dividends"),
        ("EPS minus net income for Falcon Software", "eps"),
        # ratio or both figures: refused, named
        ("Falcon Software's debt compared with its equity", "compared with"),
        # a percentage of an amount is no threshold on it
        ("banks with more than 10% net income", "10%"),
        # "did A or B grow faster": which one, or both growths (outsiders write both)? refused, not TOP 1
        ("Did Falcon Software or Northwind Systems grow sales faster from fiscal 2020 to fiscal 2024?", "did"),
    ],
)
def test_metric_refusals_round_8_arithmetic(question: str, word: str) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported", a.reading and a.reading.query()
    assert word in (a.message or "")
