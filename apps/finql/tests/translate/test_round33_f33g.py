"""Round 33 (f33g): the classes of the SPEC generator's part r33 (``spec_compose.py --part r33``: an insurer's or
actuary's formal register, slide-speak fragments, a long context before the question, a reference desk's third
person), in wordings of our own (other companies, sets, measures, periods), with near misses that keep their reading
or refusal.

Classes: a topic said first and closed by a comma ("In respect of the airlines, ...", "As regards X, ..."; "Regarding the banks, ..." stays round 25's refusal); "we
should be obliged (grateful) to learn (to be informed of)"; a slide's division sign "÷"; "the lowest (highest) share
price today relative to ..." (a ranking of a ratio, never the low of one day); "as a percentage of (relative to) a
N-trading-day high / low" (the ratio; the two figures were listed, a wrong answer); an arrow before the superlative
asked ("→ lowest?"); "YoY (FY23 → FY24)"; a currency code in brackets after a change of an amount ("change in
equity FY23 to FY24 (USD)": the difference, as "in US dollars"; it was the growth in percent)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

READ = [
    # a topic said first, closed by a comma, and the insurer's request wrapper
    ("In respect of the airlines, we should be obliged to learn which have a P/E below 15.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) < 15)'),
    ("As regards the utilities, we should be grateful to learn which 3 have the highest dividend yield.",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
    ("As regards the semiconductor companies, which have a price-to-book ratio above 5?",
     'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Semiconductors"), FG_PB(D0) > 5)'),
    ("With regard to Northwind Systems, we should be obliged to be informed of its sales in fiscal 2023.",
     "FF_SALES(FY2023) FOR NWSY"),
    ("In respect of Apex Materials, what was its net income last year?", "FF_NET_INC(FY2024) FOR APXM"),
    ("We should be obliged to learn the free cash flow of Apex Materials for fiscal 2022.", "FF_FCF(FY2022) FOR APXM"),
    # the division sign
    ("APXM / NWSY / APXD — P/E ÷ dividend yield", "FG_PE(D0) / FG_DIV_YIELD(D0) FOR APXM, NWSY, APXD"),
    ("NWSY: net income ÷ sales, FY2023", "FF_NET_INC(FY2023) / FF_SALES(FY2023) FOR NWSY"),
    # a superlative of today's price set against a span's high or low ranks the ratio
    ("Which of APXM, NWSY and APXD has the highest share price today relative to its highest close of the last 60 "
     "trading days?",
     "P_PRICE(D0) / P_HIGH(D-60, D0) FOR APXM, NWSY, APXD SORT P_PRICE(D0) / P_HIGH(D-60, D0) DESC TOP 1"),
    ("Which of APXM, NWSY and APXD has the lowest share price now as a percentage of its lowest close over the last "
     "120 trading days?",
     "P_PRICE(D0) / P_LOW(D-120, D0) * 100 FOR APXM, NWSY, APXD SORT P_PRICE(D0) / P_LOW(D-120, D0) * 100 ASC TOP 1"),
    # a ratio to a span's high or low written with its number first
    ("utilities: price as % of 250-trading-day high → bottom 3",
     'NAME, P_PRICE(D0) / P_HIGH(D-250, D0) * 100 FOR SCREEN(SECTOR("Utilities")) '
     "SORT P_PRICE(D0) / P_HIGH(D-250, D0) * 100 ASC TOP 3"),
    ("insurers: price as a percentage of 120-trading-day high, bottom 3",
     'NAME, P_PRICE(D0) / P_HIGH(D-120, D0) * 100 FOR SCREEN(INDUSTRY("Insurance")) '
     "SORT P_PRICE(D0) / P_HIGH(D-120, D0) * 100 ASC TOP 3"),
    ("banks: price relative to 60-trading-day low, top 2",
     'NAME, P_PRICE(D0) / P_LOW(D-60, D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(D0) / P_LOW(D-60, D0) DESC TOP 2'),
    # an arrow before the superlative asked: which one
    ("APXM / NWSY / APXD — P/B → lowest?", "FG_PB(D0) FOR APXM, NWSY, APXD SORT FG_PB(D0) ASC TOP 1"),
    ("APXM, NWSY, APXD: dividend yield -> highest?",
     "FG_DIV_YIELD(D0) FOR APXM, NWSY, APXD SORT FG_DIV_YIELD(D0) DESC TOP 1"),
    # "YoY" restated by its two consecutive years in brackets
    ("NWSY — EPS growth YoY (FY2023 → FY2024)", "GROWTH(FF_EPS, FY2023, FY2024) FOR NWSY"),
    ("NWSY — EPS growth y/y (FY23 -> FY24)", "GROWTH(FF_EPS, FY2023, FY2024) FOR NWSY"),
    # a currency code in brackets after a change of an amount asks the amount (as "in US dollars" does)
    ("utilities — change in equity FY23 to FY24 (USD), top 5",
     'NAME, FF_EQUITY(FY2024) - FF_EQUITY(FY2023) FOR SCREEN(SECTOR("Utilities")) '
     "SORT FF_EQUITY(FY2024) - FF_EQUITY(FY2023) DESC TOP 5 IN USD"),
    ("What was the change in Northwind Systems' debt from fiscal 2023 to fiscal 2024 (EUR)?",
     "FF_DEBT(FY2024) - FF_DEBT(FY2023) FOR NWSY IN EUR"),
    ("NWSY: change in sales FY2023 to FY2024 (in USD)", "FF_SALES(FY2024) - FF_SALES(FY2023) FOR NWSY IN USD"),
    # (a percent said, or no currency: the growth)
    ("NWSY: % change in sales FY2023 to FY2024 (USD)", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY IN USD"),
    ("NWSY: change in sales FY2023 to FY2024", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    # near misses that keep their reading: an arrow between periods, a topic that is no company or set, a high's name
    ("NWSY: sales FY2022 -> FY2024", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
    ("Regarding leverage, what is the debt of Northwind Systems?", "FF_DEBT(FY2024) FOR NWSY"),
    ("As regards the institution's liquidity, report cash as a percentage of total liabilities for Lakeside Bancorp in "
     "the latest fiscal quarter.", "FF_CASH(FQ0) / FF_LIABS(FQ0) * 100 FOR LAKE"),
    ("What was the highest share price of NWSY in 2023?", "P_HIGH(2023-01-01, 2023-12-31) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), READ, ids=[x[0][:40] for x in READ])
def test_reads(question: str, query: str) -> None:
    assert q(question) == query


TOPICS = {
    "as regards": lambda s: s.replace("In respect of", "As regards"),
    "plain": lambda s: s.replace("In respect of", "For"),
}
BASE = [
    ("In respect of the banks, we should be obliged to learn which 2 have the lowest P/E.",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 2'),
    ("In respect of Apex Materials, we should be obliged to learn its capex in fiscal 2024.",
     "FF_CAPEX(FY2024) FOR APXM"),
]


@pytest.mark.parametrize(("question", "rewording", "query"), reworded(BASE, TOPICS))
def test_topic_said_first_reworded(question: str, rewording: str, query: str) -> None:
    assert q(question) == query
    assert q(rewording) == query


REFUSED = [
    # a set as the topic beside a named company: two targets
    ("Regarding the banks, what is the P/E of Northwind Systems?", "banks"),
    # "Regarding" a set stays the framing's aim clause (round 25's near miss)
    ("Regarding the utilities, which have a P/E below 12?", "utilities"),
    # one day's low is no range
    ("What is the lowest share price of APXM today?", "lowest share price"),
    # "YoY" restated by years that are not consecutive
    ("NWSY — EPS growth YoY (FY21 → FY24)", "yoy"),
]


@pytest.mark.parametrize(("question", "word"), REFUSED, ids=[x[0][:40] for x in REFUSED])
def test_refused(question: str, word: str) -> None:
    assert word in refused(question).lower()
