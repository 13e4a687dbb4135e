"""Round 20 (r19): review of round 19's readings by paraphrase. Wrong answers found (answered, not what SPEC means)
and their refusals or readings, on own wording; each fails on main af6cb36 unless marked pinned."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # the asker's motive saying a rule for the rows of a screen: it was dropped with the clause (the screen kept
        # every utility, loss-makers too)
        ("My client steers clear of loss-making companies. Which utilities yield more than 3% today?", "loss-making"),
        ("My client won't hold unprofitable firms. Which software companies had sales above 1bn last year?",
         "unprofitable"),
        ("Our client shuns anything with negative free cash flow. Which utilities have the highest yield?", "negative"),
        ("My client is wary of companies with shrinking sales. Which software names have the highest P/E?",
         "shrinking"),
        ("My client likes the four cheapest names. Show the banks' P/E.", "cheapest"),
        ("My client is worried about the six largest banks. What are the banks' dividend yields?", "largest"),
        # a currency said as the client's own, none asked outside (the sales stayed in euros)
        ("My client is a dollar investor. What were Apex Materials' sales last year?", "dollar"),
        # a company named only in the framing beside one named again outside it: it was kept as a row (the first
        # mention of the other was inside the clause, so the rest seemed to name none)
        ("I believe Falcon Software trades cheaper than Apex Materials - what is Apex Materials' yield?",
         "falcon software"),
        ("My client owns Bluepeak Energy and Ember Petroleum. What was Ember Petroleum's net income last year?",
         "bluepeak energy"),
        ("For a piece on Bluepeak Energy and Ember Petroleum: what was Ember Petroleum's debt last year?",
         "bluepeak energy"),
    ],
)
def test_motive_rule_beside_a_screen_is_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # pinned: a motive beside named companies is the asker's situation with them; a currency restated outside
        ("My client holds Falcon Software and is worried about its falling sales. What was its P/E at the end of 2023?",
         "FG_PE(2023-12-31) FOR FALC"),
        ("My client is a dollar investor holding Apex Materials. What were its sales last year, in US dollars?",
         "FF_SALES(FY2024) FOR APXM IN USD"),
        # pinned: a motive with no rule in it stays context beside a screen
        ("My client is nervous about the growth story. Which software companies had sales above 1bn last year?",
         "NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY(\"Software\"), FF_SALES(FY2024) > 1000)"),
    ],
)
def test_motive_without_a_rule_stays_context(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a count of the companies named, said before a noun of companies, is theirs: no TOP 3 of three (every row
        # where one was asked)
        ("Of my three names, Falcon Software, Apex Materials and Bluepeak Energy, which has the lowest P/E?",
         "FG_PE(D0) FOR FALC, APXM, BPE SORT FG_PE(D0) ASC TOP 1"),
        ("My three stocks are Falcon Software, Apex Materials and Bluepeak Energy - which had the highest dividend "
         "yield at the end of 2023?",
         "FG_DIV_YIELD(2023-12-31) FOR FALC, APXM, BPE SORT FG_DIV_YIELD(2023-12-31) DESC TOP 1"),
        ("Of my three names, Falcon Software, Apex Materials and Bluepeak Energy, which two have the highest P/E?",
         "FG_PE(D0) FOR FALC, APXM, BPE SORT FG_PE(D0) DESC TOP 2"),
        # pinned: a count that is the ranking's own stays its TOP
        ("Of Falcon Software, Apex Materials and Bluepeak Energy, which three have the highest P/E?",
         "FG_PE(D0) FOR FALC, APXM, BPE SORT FG_PE(D0) DESC TOP 3"),
    ],
)
def test_count_of_the_named_companies_is_no_top(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the biggest fall among named companies is the lowest return (growth) first: it was the highest, the one
        # that rose most
        ("Of Falcon Software, Apex Materials and Bluepeak Energy, which had the largest share-price fall in 2023?",
         "P_RETURN(2022-12-31, 2023-12-31) FOR FALC, APXM, BPE SORT P_RETURN(2022-12-31, 2023-12-31) ASC TOP 1"),
        ("Which of Falcon Software, Apex Materials and Bluepeak Energy had the biggest decline in net income last "
         "year?", "GROWTH(FF_NET_INC, FY2023, FY2024) FOR FALC, APXM, BPE SORT GROWTH(FF_NET_INC, FY2023, FY2024) ASC "
                  "TOP 1"),
        ("Which of Falcon Software, Apex Materials and Bluepeak Energy saw its EPS drop the most in 2023?",
         "GROWTH(FF_EPS, FY2022, FY2023) FOR FALC, APXM, BPE SORT GROWTH(FF_EPS, FY2022, FY2023) ASC TOP 1"),
        # a comparative of a fall between two named companies: the lower return (growth) first
        ("Which of Falcon Software and Apex Materials had the bigger share-price drop in 2023?",
         "P_RETURN(2022-12-31, 2023-12-31) FOR FALC, APXM SORT P_RETURN(2022-12-31, 2023-12-31) ASC"),
        ("Of Falcon Software and Apex Materials, whose sales dropped more last year?",
         "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC, APXM SORT GROWTH(FF_SALES, FY2023, FY2024) ASC"),
        ("Which of Falcon Software and Apex Materials had the smaller share-price fall in 2023?",
         "P_RETURN(2022-12-31, 2023-12-31) FOR FALC, APXM SORT P_RETURN(2022-12-31, 2023-12-31) DESC"),
        # a move said down ranked "biggest first" / "smallest first" (it was the rise's order)
        ("Rank the utilities by how much their shares fell in 2023, biggest first.",
         "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR(\"Utilities\")) SORT P_RETURN(2022-12-31, "
         "2023-12-31) ASC"),
        ("Rank the utilities by their share-price fall in 2023, smallest first.",
         "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR(\"Utilities\")) SORT P_RETURN(2022-12-31, "
         "2023-12-31) DESC"),
        # the smallest falls of a screen: the highest return first
        ("Which utilities had the smallest share-price falls in 2023?",
         "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(SECTOR(\"Utilities\")) SORT P_RETURN(2022-12-31, "
         "2023-12-31) DESC"),
    ],
)
def test_the_biggest_fall_is_the_lowest_first(question: str, query: str) -> None:
    assert q(question) == query



@pytest.mark.parametrize(
    ("question", "named"),
    [
        # two ends of a ranking, the other's count said before it ("and half a dozen worst": six rows dropped)
        ("Top dozen NX100 stocks by return in 2023, and half a dozen worst.", "worst"),
        ("The five best and five worst utilities by return in 2023.", "worst"),
    ],
)
def test_the_other_end_with_its_count_is_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # cheap and expensive on a basis: the price multiple of it (the earnings, equity, sales ranked lowest first)
        ("Which insurers are the cheapest on next year's earnings?",
         "NAME, P_PRICE(D0) / FE_EPS(FY1) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT P_PRICE(D0) / FE_EPS(FY1) ASC"),
        ("Which insurers look cheapest on book value?",
         "NAME, FG_PB(D0) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT FG_PB(D0) ASC"),
        ("The three cheapest insurers on earnings at the end of 2023.",
         "NAME, FG_PE(2023-12-31) FOR SCREEN(INDUSTRY(\"Insurance\")) SORT FG_PE(2023-12-31) ASC TOP 3"),
    ],
)
def test_cheap_on_a_basis_is_its_price_multiple(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # cheap and expensive of a measure that is no price multiple (it was the lowest growth first)
        ("Which software company looks cheapest on sales growth?", "cheapest"),
        ("Which insurer is the most expensive on dividends?", "most expensive"),
    ],
)
def test_cheap_of_no_price_multiple_is_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a threshold with a currency's sign beside figures asked in another: IN converts the condition too (euros
        # were compared with the dollar amount, the sign dropped)
        ("Which insurers have a market cap above US$20bn, shown in euros?", "$20bn"),
        ("Which utilities had sales above €5bn last year? Give them in dollars.", "€5bn"),
    ],
)
def test_threshold_in_another_currency_is_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a currency said of a later item of a list is that item's unit, not the change's (it was a difference)
        ("Apex Materials: sales growth from 2022 to 2023, and its 2023 sales in dollars.",
         "GROWTH(FF_SALES, FY2022, FY2023), FF_SALES(FY2023) FOR APXM IN USD"),
        # pinned: said of the change itself it stays an amount
        ("How much did Apex Materials' sales grow from 2022 to 2023, in dollars?",
         "FF_SALES(FY2023) - FF_SALES(FY2022) FOR APXM IN USD"),
        # a growth set against a year beside another item's year runs to that year (it was the year before 2022's)
        ("Show Apex Materials' 2024 net income and the net income growth versus 2022.",
         "FF_NET_INC(FY2024), GROWTH(FF_NET_INC, FY2022, FY2024) FOR APXM"),
    ],
)
def test_the_change_of_a_list_item(question: str, query: str) -> None:
    assert q(question) == query


def test_a_clause_restarted_with_another_request_word_is_taken_back() -> None:
    # both thresholds were kept (> 5 AND > 3)
    assert q("Which insurers yield above 5%... actually, list the insurers with yields above 3%.") == \
        "NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY(\"Insurance\"), FG_DIV_YIELD(D0) > 3)"


def test_a_clause_said_again_pointing_back_to_the_one_taken_back_is_refused() -> None:
    # "their" is the insurers, said only in the clause taken back: it was every company's net income (SCREEN(ALL))
    assert "sorry" in refused("Show the insurers' sales... sorry, show their net income for 2023.")


def test_a_period_of_the_motive_pointed_back_to_is_named() -> None:
    # check-break gap: the motive's period must be said again outside it (no test failed with the check removed)
    assert "3 march 2023" in refused("My client bought Falcon Software on 3 March 2023. What was its return from "
                                     "then to the end of 2024?")


def test_which_four_of_the_named_is_a_count() -> None:
    # "four" after "which" is the count, never the homophone "for" (it was TOP 1 of the four named)
    assert "four" in refused("Which four of Falcon Software, Apex Materials, Bluepeak Energy and Ember Petroleum "
                             "had the highest net income last year?")


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a rule that leaves companies out, said in the motive beside a screen (the set it names was taken as
        # restating the screen, unknown words as context: every bank answered)
        ("My client avoids anything in the NX100. Rank the insurers by yield.", "avoids"),
        ("Our client excludes small caps. Show the utilities by dividend yield.", "excludes"),
    ],
)
def test_a_motive_that_leaves_companies_out_is_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # an order said in a clause set apart by a hedge, the rest saying none: it was dropped as the asker's
        # supposition and the rows sorted the other way
        ("Rank the insurers by P/B - lowest first, I think.", "lowest first"),
        ("Sort the utilities by P/E; the cheapest ones first, I believe.", "cheapest"),
    ],
)
def test_an_order_in_a_hedged_clause_is_named(question: str, named: str) -> None:
    assert named in refused(question)


def test_a_belief_of_a_superlative_beside_a_ranking_stays_context() -> None:
    # pinned: what the asker supposes ranks nothing; the rest's ranking stands
    assert q("I think Falcon Software is the largest software company - list software companies by market cap.") == \
        "NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY(\"Software\")) SORT FG_MKT_CAP(D0) DESC"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a bare year set against one fiscal quarter is the same quarter of that year (it was the whole fiscal year)
        ("How did Apex Materials' Q2 net income in 2024 compare with 2023?",
         "FF_NET_INC(FQ2024Q2), FF_NET_INC(FQ2023Q2) FOR APXM"),
        ("Apex Materials' Q4 2023 revenue versus 2022.", "FF_SALES(FQ2023Q4), FF_SALES(FQ2022Q4) FOR APXM"),
        # pinned: a fiscal year said as such stays the year
        ("Apex Materials' Q4 2023 sales and FY2022 sales.", "FF_SALES(FQ2023Q4), FF_SALES(FY2022) FOR APXM"),
    ],
)
def test_a_year_compared_with_a_quarter_is_that_quarter(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a period closing one condition is never the next measure's before it: the two periods were swapped
        ("Which insurers with sales above 1bn in 2021 had net income above 100m in 2023?",
         "NAME, FF_SALES(FY2021), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY(\"Insurance\"), FF_SALES(FY2021) > 1000 AND "
         "FF_NET_INC(FY2023) > 100)"),
        # pinned: a period said before both stays both's
        ("In fiscal 2023, which insurers with net income above 500m had sales above 1bn?",
         "NAME, FF_NET_INC(FY2023), FF_SALES(FY2023) FOR SCREEN(INDUSTRY(\"Insurance\"), FF_NET_INC(FY2023) > 500 AND "
         "FF_SALES(FY2023) > 1000)"),
    ],
)
def test_a_period_closing_a_condition_is_its_own(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # an instruction after the hedge's "so" was dropped with the supposition (2019 kept, 2020 not skipped)
        ("Show Polar Apparel's sales for 2019 to 2024 - it changed its year end in 2021, I believe, so start from "
         "2021.", "start"),
        ("Net income for fiscal 2020 to 2024 for Apex Materials (it listed in 2011, I believe, so skip 2020).", "skip"),
    ],
)
def test_an_instruction_after_a_hedge_is_no_supposition(question: str, named: str) -> None:
    assert named in refused(question)
