"""Round 32 (f32a): tune32a's classes (a SPEC reader, a chartered accountant, a hedge-fund PM, a trade-union
researcher), each read with own wordings. Wrong answers first: "each" said of the companies was read as each year
("the EPS growth of each insurer from FY2021 to FY2024": a growth per year); a move asked of a set ("how fast did each
insurer grow EPS", "by how much did each airline's shares rise") was screened on (the grown ones only, the figure never
shown); a move counted in people or shares ("by how many employees did the headcount change") was the growth in percent
(with every year's headcount beside it). (A ranking's money amount per employee "in US dollars" stays in units, as
round 11's convention says: f32a's millions were undone by the lead.) Then the refusals: "how many
analysts does it include", "per the accounts", "at the FY2023 balance sheet date", "FY2023 balance sheet:" as a
heading, "translate into euros", "please, i.e. <definition>", "up >25%" beside another sign, "hand to shareholders",
"added jobs" and "failed to add a single job"; found beside them, a multiple a stock "still trades on" after a move in
2023 was at the end of 2023 (a wrong answer: today's). Near misses keep their readings or refusals."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# wrong answers: "each" / "every" said of the companies is no grain of the periods
EACH_COMPANY = [
    ("What was the EPS growth of each insurer from fiscal 2021 to fiscal 2024?",
     'NAME, GROWTH(FF_EPS, FY2021, FY2024) FOR SCREEN(INDUSTRY("Insurance"))'),
    ("Show every utility's net income growth between fiscal 2020 and fiscal 2023.",
     'NAME, GROWTH(FF_NET_INC, FY2020, FY2023) FOR SCREEN(SECTOR("Utilities"))'),
    ("Dividend per share growth for each of the airlines, FY2021 to FY2024",
     'NAME, GROWTH(FF_DPS, FY2021, FY2024) FOR SCREEN(INDUSTRY("Airlines"))'),
    # the companies named after "each of", and "each" as their pronoun: the four quarters' sum, the span's growth
    ("What were the sales of each of Delta Insurance and Cobalt Retail over the last four quarters?",
     "SUM(FF_SALES, FQ-3, FQ0) FOR DELT, COBR"),
    ("Which insurer grew EPS fastest from fiscal 2021 to fiscal 2024, and by how much did each grow?",
     'NAME, GROWTH(FF_EPS, FY2021, FY2024) FOR SCREEN(INDUSTRY("Insurance")) SORT GROWTH(FF_EPS, FY2021, FY2024) DESC TOP 1'),
]

# near misses: "each" said of the years keeps each year's growth
EACH_YEAR = [
    ("What was the EPS growth of each insurer in each year from fiscal 2021 to fiscal 2024?",
     'NAME, GROWTH(FF_EPS, FY2021, FY2022), GROWTH(FF_EPS, FY2022, FY2023), GROWTH(FF_EPS, FY2023, FY2024) FOR '
     'SCREEN(INDUSTRY("Insurance"))'),
    ("What was Delta Insurance's EPS growth every year from fiscal 2021 to fiscal 2024?",
     "GROWTH(FF_EPS, FY2021, FY2022), GROWTH(FF_EPS, FY2022, FY2023), GROWTH(FF_EPS, FY2023, FY2024) FOR DELT"),
    ("Sales of Delta Insurance in each of the last four quarters",
     "FF_SALES(FQ-3), FF_SALES(FQ-2), FF_SALES(FQ-1), FF_SALES(FQ0) FOR DELT"),
    ("Which insurers grew EPS in each of the last three fiscal years?",
     'NAME, FF_EPS(FY2022), FF_EPS(FY2021), FF_EPS(FY2023), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Insurance"), '
     "FF_EPS(FY2022) > FF_EPS(FY2021) AND FF_EPS(FY2023) > FF_EPS(FY2022) AND FF_EPS(FY2024) > FF_EPS(FY2023))"),
]

# wrong answers: the move asked of a set is each company's figure, no condition that it rose
HOW_MOVED = [
    ("How fast did each insurer grow EPS from fiscal 2021 to fiscal 2024?",
     'NAME, GROWTH(FF_EPS, FY2021, FY2024) FOR SCREEN(INDUSTRY("Insurance"))'),
    ("How much did the utilities grow their net income between fiscal 2020 and fiscal 2023?",
     'NAME, GROWTH(FF_NET_INC, FY2020, FY2023) FOR SCREEN(SECTOR("Utilities"))'),
    ("By how much did each airline's shares rise in 2023?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Airlines"))'),
]

# a wrong answer: the multiple a stock "still trades on" is today's, never at the end of the year its move was in
STILL_TRADES = [
    ("names up >25% in 2023 that still trade on a P/B < 2",
     "NAME, P_RETURN(2022-12-31, 2023-12-31), FG_PB(D0) FOR SCREEN(ALL, P_RETURN(2022-12-31, 2023-12-31) > 25 AND "
     "FG_PB(D0) < 2)"),
    ("stocks up more than 30% in 2023 still trading below 15 times earnings",
     "NAME, P_RETURN(2022-12-31, 2023-12-31), FG_PE(D0) FOR SCREEN(ALL, P_RETURN(2022-12-31, 2023-12-31) > 30 AND "
     "FG_PE(D0) < 15)"),
    # near miss: a multiple said with its own period keeps it
    ("names up more than 25% in 2023 with a P/B below 2 at the end of 2023",
     "NAME, P_RETURN(2022-12-31, 2023-12-31), FG_PB(2023-12-31) FOR SCREEN(ALL, P_RETURN(2022-12-31, 2023-12-31) > 25 "
     "AND FG_PB(2023-12-31) < 2)"),
]

# near misses: "which ... grew (rose)" still screens
SCREENED = [
    ("Which insurers grew EPS from fiscal 2021 to fiscal 2024?",
     'NAME, FF_EPS(FY2024), FF_EPS(FY2021) FOR SCREEN(INDUSTRY("Insurance"), FF_EPS(FY2024) > FF_EPS(FY2021))'),
    ("Which airlines' shares rose in 2023?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Airlines"), P_RETURN(2022-12-31, 2023-12-31) > 0)'),
]

# wrong answers: a move counted in people (shares) is the count's difference
BY_HOW_MANY = [
    ("By how many employees did Copperfield Air's workforce shrink between fiscal 2020 and fiscal 2023?",
     "FF_EMPLOYEES(FY2023) - FF_EMPLOYEES(FY2020) FOR COPP"),
    ("By how many people did Brightwater Power grow in fiscal 2023?", "FF_EMPLOYEES(FY2023) - FF_EMPLOYEES(FY2022) FOR BRIP"),
    ("By how many staff did the headcount at Cobalt Retail change from fiscal 2021 to fiscal 2024?",
     "FF_EMPLOYEES(FY2024) - FF_EMPLOYEES(FY2021) FOR COBR"),
    ("By how many shares did Delta Insurance's diluted share count change between fiscal 2020 and fiscal 2024?",
     "FF_SHARES(FY2024) - FF_SHARES(FY2020) FOR DELT"),
]

# near misses: a percentage, or "by how much" alone, stays the growth
BY_HOW_MUCH = [
    ("By what percentage did Brightwater Power's headcount change between fiscal 2020 and fiscal 2023?",
     "GROWTH(FF_EMPLOYEES, FY2020, FY2023) FOR BRIP"),
    # (round 35, f35s) "by how much" of "change" with no percent is its size, the difference (t29b-009's gold)
    ("By how much did Brightwater Power's headcount change between fiscal 2020 and fiscal 2023?",
     "FF_EMPLOYEES(FY2023) - FF_EMPLOYEES(FY2020) FOR BRIP"),
    ("How many jobs did Brightwater Power add in fiscal 2023?", "FF_EMPLOYEES(FY2023) - FF_EMPLOYEES(FY2022) FOR BRIP"),
]

# (lead, round 32) a ranking's amount per employee "in US dollars" is in units of that currency, as a named company's
# is (round 11's convention; f32a had put a ranking's in millions: undone, docs round 32 (lead))
PER_HEAD = [
    ("Top 3 Industrials companies by sales per employee in fiscal 2023, in US dollars",
     'NAME, FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023) FOR SCREEN(SECTOR("Industrials")) SORT FF_SALES(FY2023) '
     "* 1000000 / FF_EMPLOYEES(FY2023) DESC TOP 3 IN USD"),
    ("Net income per employee for the insurers last year, in euros",
     'NAME, FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Insurance")) IN EUR'),
    # and a named company's amount "in US dollars", and "$ per head"
    ("Net income per employee at Copperfield Air last year, in US dollars",
     "FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024) FOR COPP IN USD"),
    ("Top 3 Industrials companies by sales per employee in fiscal 2023 ($ per head)",
     'NAME, FF_SALES(FY2023) * 1000000 / FF_EMPLOYEES(FY2023) FOR SCREEN(SECTOR("Industrials")) SORT FF_SALES(FY2023) '
     "* 1000000 / FF_EMPLOYEES(FY2023) DESC TOP 3"),
]

# refusals before: the accountant's, the PM's and the union researcher's words
WORDS = [
    ("Consensus sales for Cobalt Retail next year, and how many analysts does the consensus include?",
     "FE_SALES(FY1), FE_NUM(FY1) FOR COBR"),
    ("What is Delta Insurance's consensus EPS for FY1 and how many analysts is it based on?", "FE_EPS(FY1), FE_NUM(FY1) FOR DELT"),
    ("What was Delta Insurance's net income for fiscal 2023 per the accounts?", "FF_NET_INC(FY2023) FOR DELT"),
    ("Which Utilities companies, according to the published accounts, had debt above 20000 in FY2023?",
     'NAME, FF_DEBT(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2023) > 20000)'),
    ("What was Copperfield Air's cash at the FY2023 balance sheet date?", "FF_CASH(FY2023) FOR COPP"),
    ("What was Copperfield Air's debt on the fiscal 2022 balance sheet?", "FF_DEBT(FY2022) FOR COPP"),
    ("Copperfield Air's FY2023 balance sheet: total assets and total debt", "FF_ASSETS(FY2023), FF_DEBT(FY2023) FOR COPP"),
    ("Which Retail companies had sales above USD 50bn in FY2023? Translate the amounts into US dollars.",
     'NAME, FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Retail"), FF_SALES(FY2023) > 50000) IN USD'),
    ("Operating margin of Cobalt Retail for fiscal 2023 please, i.e. operating income over sales, as a %.",
     "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR COBR"),
    ("names down >=15% in 2024 that trade on a PE < 12",
     "NAME, P_RETURN(2023-12-31, 2024-12-31), FG_PE(D0) FOR SCREEN(ALL, P_RETURN(2023-12-31, 2024-12-31) <= -15 AND "
     "FG_PE(D0) < 12)"),
    ("What share of its earnings did Brightwater Power hand to shareholders in fiscal 2023?",
     "FF_DPS(FY2023) / FF_EPS(FY2023) * 100 FOR BRIP"),
    ("Which Utilities companies failed to add a single job in fiscal 2023?",
     'NAME, FF_EMPLOYEES(FY2023), FF_EMPLOYEES(FY2022) FOR SCREEN(SECTOR("Utilities"), NOT (FF_EMPLOYEES(FY2023) > '
     "FF_EMPLOYEES(FY2022)))"),
    ("Which Retail companies added jobs between fiscal 2022 and fiscal 2024?",
     'NAME, FF_EMPLOYEES(FY2024), FF_EMPLOYEES(FY2022) FOR SCREEN(INDUSTRY("Retail"), FF_EMPLOYEES(FY2024) > '
     "FF_EMPLOYEES(FY2022))"),
]

# near misses that stay refused, naming the words
STILL_REFUSED = [
    ("How fast did each insurer grow EPS per year from fiscal 2021 to fiscal 2024?", "per year"),
    ("By how many jobs did Brightwater Power cut in fiscal 2023?", "cut"),
    ("Which Utilities companies hired staff in fiscal 2023?", "hired"),
    ("Which Utilities companies failed to pay a dividend in fiscal 2023?", "failed"),
    ("How many analysts does Cobalt Retail include?", "include"),
    ("What were Delta Insurance's accounts receivable in fiscal 2023?", "accounts receivable"),
    ("Translate this into French: Copperfield Air's sales in FY2023", "translate"),
    ("How much did Brightwater Power hand back to shareholders in fiscal 2023?", "shareholders"),
    # a definition that computes another figure than the one named: refused, never one of the two
    ("Net margin of Cobalt Retail for fiscal 2023 please, i.e. operating income over sales, as a %.", "i.e."),
]


@pytest.mark.parametrize(("question", "query"), EACH_COMPANY + EACH_YEAR + HOW_MOVED + SCREENED + BY_HOW_MANY
                         + BY_HOW_MUCH + PER_HEAD + WORDS + STILL_TRADES)
def test_reads(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "word"), STILL_REFUSED)
def test_still_refused(question: str, word: str) -> None:
    assert word in refused(question)


def test_each_company_never_each_year() -> None:
    """The guard: a growth asked of each company over a span is one growth, never a column per year."""
    got = q("What was the sales growth of each bank from fiscal 2020 to fiscal 2024?") or ""
    assert got.count("GROWTH(") == 1 and "FY2020, FY2024" in got


def test_by_how_many_people_never_a_percentage() -> None:
    """The guard: a change counted in employees is never GROWTH (percent) nor a list of every year's headcount."""
    got = q("By how many employees did the headcount at Cobalt Motors change between fiscal 2019 and fiscal 2024?") or ""
    assert "GROWTH" not in got and got.count("FF_EMPLOYEES") == 2
