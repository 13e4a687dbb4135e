"""Round 49 (f49t): tune47a's one wrong row and three wrong answers other helpers found in main, then tune47a's refusals
of answerable questions, mended by class: an order said with the judging words ("Best first."), "which one I hold"
(no companies in general before "its"), "going for" (an aim, never a slip of "doing"), a measure's plural in the
asker's story ("tracking capexes."), a yes/no question answered by a request said as its measure or as a favour, a
growth word restated by the growth asked after it, "fiscal 23 to 24", "adding it up", a yearly rate asked in a
sentence of its own, "drug companies", "better than 1.5% in dividends", and a judgement defined by the screen after
it ("look cheap to you - P/B under 1.5"). Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

_THREE = "Apex Materials, Cobalt Power and Falcon Software"
_RET = "P_RETURN(2023-12-31, 2024-12-31) FOR APXM, COBP, FALC SORT P_RETURN(2023-12-31, 2024-12-31)"

# --- 1. an order said with the judging words ----------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    (f"Which of {_THREE} had the best return in 2024? Best first.", _RET + " DESC"),
    (f"Which of {_THREE} had the worst return in 2024? Worst first.", _RET + " ASC"),
    (f"Show {_THREE}'s 2024 return, worst to best", _RET + " ASC"),
    (f"Of my three ({_THREE}), which had the best share price return in 2024? best first please", _RET + " DESC"),
])
def test_judged_order_said_whole(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (the one asked and the order disagree: refused, naming both)
    (f"Which of {_THREE} had the best return in 2024? Worst first.", "worst first"),
    (f"Which of {_THREE} had the worst return in 2024? best first", "best first"),
    (f"Which of {_THREE} grew sales the most in 2024? worst first", "worst first"),
    # (best of a measure where more is not plainly better stays refused)
    (f"Which of {_THREE} had the best P/E today? Best first.", "best"),
])
def test_judged_order_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_best_alone_stays_one() -> None:
    assert q(f"Which of {_THREE} had the best return in 2024?") == _RET + " DESC TOP 1"


# --- 2. "which one I hold": no companies in general ---------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "I can tell you which one I hold. What was its P/E today?",
    "Which one do I own? Give me its market cap.",
    "You know which company I mean. What were its sales in 2024?",
    "I won't say which ones we hold. What were their returns in 2024?",
])
def test_which_of_mine_names_no_company(question: str) -> None:
    assert "names no company" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which company has the highest P/E, and what is its market cap?",
     "NAME, FG_PE(D0), FG_MKT_CAP(D0) FOR SCREEN(ALL) SORT FG_PE(D0) DESC TOP 1"),
    ("Which companies have a P/E under 10 and what is their dividend yield?",
     "NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(ALL, FG_PE(D0) < 10)"),
])
def test_which_of_companies_kept(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. "going for": an aim -------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "What sales growth is Apex Materials going for?",
    "What EPS is Falcon Software going for in 2025?",
    "What operating margin is Cobalt Power going for?",
])
def test_going_for_named(question: str) -> None:
    assert "going" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("How is Apex Materials' revenue going?", "FF_SALES(FY2024) FOR APXM"),
    ("What is Apex Materials' revenue going to be in 2025?", "FE_SALES(FY1) FOR APXM"),
])
def test_going_elsewhere_kept(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. a measure's plural in the asker's story -------------------------------------------------------------------

_HFL = "What was Harbor Freight Lines' net income in fiscal 2024?"


@pytest.mark.parametrize(("story", "named"), [
    ("tracking capexes.", "capexes"),
    ("tracking margins.", "margins"),
    ("I follow yields mostly.", "follow"),
    ("watching payouts these days.", "watching"),
])
def test_measure_word_of_story_named(story: str, named: str) -> None:
    assert named in refused(f"{story} {_HFL}")


@pytest.mark.parametrize("story", ["I'm a student.", "Writing about trucking companies.",
                                   "I'm tracking my kids' allowances."])
def test_story_without_measure_dropped(story: str) -> None:
    assert q(f"{story} {_HFL}") == "FF_NET_INC(FY2024) FOR HFL"


# --- 5. a yes/no question, then the request said as its measure or as a favour -------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Is Helix Biotherapeutics actually making a profit? Net income for last year please.", "FF_NET_INC(FY2024) FOR HLXB"),
    ("Does Cobalt Power pay a dividend? Dividend per share for FY2024, please.", "FF_DPS(FY2024) FOR COBP"),
    ("Has Cobalt Power cut its dividend? Could I see the dividend per share for 2022 and 2024?",
     "FF_DPS(FY2022), FF_DPS(FY2024) FOR COBP"),
])
def test_yes_no_then_request(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Is Helix Biotherapeutics making a profit? Honestly no idea.",
    "Is Helix Biotherapeutics making a profit? P/E today please.",
    "Is Helix Biotherapeutics making a profit? Net income of Cobalt Power last year please.",
    "Is Helix Biotherapeutics making a profit?",
])
def test_yes_no_without_its_request(question: str) -> None:
    assert "yes/no" in refused(question)


# --- 6. a growth word restated by the growth asked after it --------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Is Cobalt Power still expanding? Sales growth FY2022 to FY2024", "GROWTH(FF_SALES, FY2022, FY2024) FOR COBP"),
    ("Is Falcon Software growing? EPS growth from 2022 to 2024, please", "GROWTH(FF_EPS, FY2022, FY2024) FOR FALC"),
    ("is Apex Materials actually growing? revenue growth fiscal 22 to 24", "GROWTH(FF_SALES, FY2022, FY2024) FOR APXM"),
])
def test_growth_restated(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Is Falcon Software growing? What was its net income in 2024?",
    "Is Falcon Software up or down? Show its net income",
])
def test_move_of_company_still_refused(question: str) -> None:
    assert "a move asked of the company" in refused(question)


# --- 7. "fiscal 23 to 24" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Power revenue growth fiscal 23 to 24", "GROWTH(FF_SALES, FY2023, FY2024) FOR COBP"),
    ("Cobalt Power revenue growth FY22 through 24", "GROWTH(FF_SALES, FY2022, FY2024) FOR COBP"),
    ("Cobalt Power sales CAGR fiscal years 2020 to 24", "CAGR(FF_SALES, FY2020, FY2024) FOR COBP"),
    ("Cobalt Power revenue growth fy 21 until 23", "GROWTH(FF_SALES, FY2021, FY2023) FOR COBP"),
])
def test_fiscal_range_bare_second_year(question: str, query: str) -> None:
    assert q(question) == query


def test_fiscal_range_count_after() -> None:
    assert "months" in refused("Cobalt Power revenue growth FY23 to 24 months")


# --- 8. "adding it up" ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Adding it up, how much dividend per share did Cobalt Power pay over the last five fiscal years?",
     "SUM(FF_DPS, FY2020, FY2024) FOR COBP"),
    ("Falcon Software net income FY2022 to FY2024, adding them together", "SUM(FF_NET_INC, FY2022, FY2024) FOR FALC"),
    ("Adding those up, what was Apex Materials' capex in FY2022, FY2023 and FY2024?",
     "SUM(FF_CAPEX, FY2022, FY2024) FOR APXM"),
])
def test_adding_up_is_a_total(question: str, query: str) -> None:
    assert q(question) == query


def test_adding_a_figure_still_plus() -> None:
    assert q("Taking Apex Materials' market cap, adding its debt and subtracting its cash, what do you get today?") \
        == "FG_MKT_CAP(D0) + FF_DEBT(FY2024) - FF_CASH(FY2024) FOR APXM"


# --- 9. a yearly rate asked in a sentence of its own -------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("How quickly has Cobalt Power grown its dividend since 2016? A yearly rate would be ideal.",
     "CAGR(FF_DPS, FY2016, FY2024) FOR COBP"),
    ("How much did Falcon Software's sales grow from FY2019 to FY2024? Annualized would be best.",
     "CAGR(FF_SALES, FY2019, FY2024) FOR FALC"),
    ("How much did Falcon Software's sales grow from FY2019 to FY2024? An annual rate is fine.",
     "CAGR(FF_SALES, FY2019, FY2024) FOR FALC"),
    ("How quickly has Cobalt Power grown its dividend since 2016? Per year, please.",
     "CAGR(FF_DPS, FY2016, FY2024) FOR COBP"),
])
def test_yearly_rate_after(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "What were Falcon Software's sales in FY2024? A yearly rate would be ideal.",
    "How much did Falcon Software's sales grow in FY2024? A yearly rate would be ideal.",
    "How much did Falcon Software's sales grow from FY2019 to FY2024? A yearly rate of what?",
])
def test_yearly_rate_without_a_span(question: str) -> None:
    refused(question)


def test_growth_without_rate_stays() -> None:
    assert q("How much did Falcon Software's sales grow from FY2019 to FY2024?") == \
        "GROWTH(FF_SALES, FY2019, FY2024) FOR FALC"


# --- 10. "drug companies" -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Free cash flow at the drug companies last year", 'NAME, FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Pharmaceuticals"))'),
    ("Which drug stocks have a P/E under 20?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Pharmaceuticals"), FG_PE(D0) < 20)'),
    ("Drug firms with a dividend yield above 2%",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Pharmaceuticals"), FG_DIV_YIELD(D0) > 2)'),
])
def test_drug_companies(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    ("Which drink stocks have a P/E under 20?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Beverages"), FG_PE(D0) < 20)'),
    ("Food and drink companies with a dividend yield above 3%", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Food '
     'Products") | INDUSTRY("Beverages"), FG_DIV_YIELD(D0) > 3)'),
])
def test_drink_companies(question: str, query: str) -> None:
    assert q(question) == query


def test_drink_verb_not_a_set() -> None:
    assert "drink" in refused("What did people drink last year?")


def test_drug_tests_not_a_set() -> None:
    assert "drug" in refused("Which companies sell drug tests?")


# --- 11. "better than 1.5%": a decimal point is no clause end -----------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which beverage stocks pay better than 1.5% in dividends?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Beverages"), FG_DIV_YIELD(D0) > 1.5)'),
    ("Banks with a return on equity better than 12.5%", 'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR '
     'SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 12.5)'),
])
def test_better_than_decimal(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", ["Which beverage stocks did better than 1.5%, in dividends?",
                                      "Which stocks are better than 1.5%?"])
def test_better_than_of_no_measure(question: str) -> None:
    assert "no measure" in refused(question)


# --- 12. a judgement defined by the screen after it ---------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Any banks that look cheap to you - price-to-book under 1.2 and a yield above 4%?",
     'NAME, FG_PB(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 1.2 AND FG_DIV_YIELD(D0) > 4)'),
    ("Which banks look cheap: P/E under 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("Which utilities look expensive to you - a P/E above 25?",
     'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) > 25)'),
])
def test_judgement_defined(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Any insurance companies that look cheap to you - a yield above 3%?",
    "Any banks that look cheap to you?",
    "Which banks look cheap: P/E above 10?",
])
def test_judgement_not_defined(question: str) -> None:
    assert "cheap" in refused(question)


# --- 13. "as a multiple rather than a percentage" -----------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Debt-to-equity for Cobalt Power at the end of FY2023, as a plain multiple rather than a percentage.",
     "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR COBP"),
    ("Apex Materials debt to equity for FY2023 as a ratio instead of a percentage",
     "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR APXM"),
])
def test_multiple_rather_than_percent(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Debt-to-equity for Cobalt Power last fiscal year, rather than a percentage", "rather"),
    ("Debt-to-equity for Cobalt Power last fiscal year, as a multiple rather than a growth", "rather"),
])
def test_rather_than_alone_named(question: str, named: str) -> None:
    assert named in refused(question)


# --- 14. a count before ", in <currency>" -------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Biggest banks by market cap, top 5, in US dollars",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD'),
    ("Banks by market cap, top 3, in euros",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 3 IN EUR'),
    ("Largest companies by market cap - software plus media, top 4, in US dollars",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Software") | INDUSTRY("Media")) SORT FG_MKT_CAP(D0) DESC TOP 4 IN USD'),
])
def test_count_before_currency(question: str, query: str) -> None:
    assert q(question) == query


# --- 15. the company's own currency, a trouble said in a sentence of its own --------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Monarch Brewing's net income for FY2024 in US dollars. The yen figures confuse me.",
     "FF_NET_INC(FY2024) FOR MONB IN USD"),
    ("Monarch Brewing's net income for FY2024 in euros, because the yen numbers don't mean much to me",
     "FF_NET_INC(FY2024) FOR MONB IN EUR"),
    ("How much did Monarch Brewing sell last year in dollars? The yen numbers mean nothing to me.",
     "FF_SALES(FY2024) FOR MONB IN USD"),
])
def test_own_currency_trouble(question: str, query: str) -> None:
    assert q(question) == query


def test_own_currency_trouble_without_target() -> None:
    assert "yen" in refused("Monarch Brewing's net income for FY2024. The yen numbers mean nothing to me.")


# --- 16. "what did X sell ... in dollars" -------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What did Cobalt Power sell in fiscal 2024, in euros?", "FF_SALES(FY2024) FOR COBP IN EUR"),
    ("What did Falcon Software sell last year in US dollars?", "FF_SALES(FY2024) FOR FALC IN USD"),
    ("What did Apex Materials sell in FY2023 in dollars?", "FF_SALES(FY2023) FOR APXM IN USD"),
])
def test_sold_in_money(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", ["What did Monarch Brewing sell last year?",
                                      "What did Monarch Brewing sell in Japan last year?"])
def test_what_sold_stays_unread(question: str) -> None:
    assert "sell" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    # (the asker's talk of investing for income stays context: "income" is no measure word of the story)
    ("Client wants income: which REITs yield more than 3% today?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("REITs"), FG_DIV_YIELD(D0) > 3)'),
    ("We are reviewing our income holdings. What is the current dividend yield of Cobalt Power?",
     "FG_DIV_YIELD(D0) FOR COBP"),
])
def test_income_talk_kept_as_context(question: str, query: str) -> None:
    assert q(question) == query


# --- 17. a noun of companies in general is no hint of one member of a family --------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("what r the monarch companys P/Es today", "FG_PE(D0) FOR MCP, MHP, MONA, MONB"),
    ("What are the Monarch companies' sales for FY2024?", "FF_SALES(FY2024) FOR MCP, MHP, MONA, MONB"),
])
def test_general_noun_no_hint(question: str, query: str) -> None:
    assert q(question) == query
