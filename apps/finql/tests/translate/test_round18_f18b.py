"""Round 18 (f18b): shares issued read as a return, quarters listed before one fiscal year, a P/E "on" a year's sales,
"yesterday", refusals that quoted shifted words, and wrongful refusals ("over 2023", a described list of companies,
hedges, "did A or B do better for shareholders"); rules alone. Own wording, not the tuning questions; each fails on
the chain before this round unless marked as pinned."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- wrong answers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # "did" beside "shares" was read as how the shares did: a return for a count of new shares (wrong answers),
        # "issue" dropped as a misspelt "issuer" and "sell" as "well"
        ("How many shares did Falcon Software issue in 2023?", "issue"),
        ("How many new shares did Cobalt Motors issue during fiscal 2022?", "issue"),
        ("How many shares did Apex Materials sell in 2023?", "sell"),
        # without a "did": refused before too, now naming the words
        ("How many shares has Falcon Software issued?", "issued"),
        ("Falcon Software shares issued in fiscal 2023", "issued"),
    ],
)
def test_shares_issued_or_sold_are_refused_naming_the_verb(question: str, word: str) -> None:
    assert f"'{word}'" in refused(question)


def test_a_count_of_shares_is_never_a_return() -> None:
    # a light verb after "how many shares did X" names no measure: refused, never how the shares did
    assert "P_RETURN" not in (q("How many shares did Falcon Software hold in 2023?") or "")
    assert "P_RETURN" not in (q("How many shares did Cobalt Motors carry at the end of 2023?") or "")
    # the share count itself, with the company between "shares of" and the verb (was refused on 'outstanding')
    assert q("How many shares of Falcon Software were outstanding in fiscal 2023?") == "FF_SHARES(FY2023) FOR FALC"
    # kept: the count, "in issue", and how the shares did
    assert q("How many shares did Cobalt Motors have at the end of 2023?") == "FF_SHARES(FY2023) FOR COBA"
    assert q("How many shares does Cobalt Motors have in issue?") == "FF_SHARES(FY2024) FOR COBA"
    assert q("How did Cobalt Motors' shares do in 2023?") == "P_RETURN(2022-12-31, 2023-12-31) FOR COBA"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the year went to the last quarter (or to the net income as a whole year) and Q1 was the latest Q1: wrong
        ("Cobalt Motors Q1 sales and Q3 net income in fiscal 2023", "FF_SALES(FQ2023Q1), FF_NET_INC(FQ2023Q3) FOR COBA"),
        ("What were Falcon Software's Q2 revenue, Q3 EPS and Q4 capex for FY2022?",
         "FF_SALES(FQ2022Q2), FF_EPS(FQ2022Q3), FF_CAPEX(FQ2022Q4) FOR FALC"),
        ("Falcon Software Q1 sales and Q4 operating income in FY23", "FF_SALES(FQ2023Q1), FF_OPER_INC(FQ2023Q4) FOR FALC"),
        ("Cobalt Motors Q1 sales and Q3 net income, fiscal 2023", "FF_SALES(FQ2023Q1), FF_NET_INC(FQ2023Q3) FOR COBA"),
        ("Cobalt Motors Q1 sales and Q3 net income (fiscal 2023)", "FF_SALES(FQ2023Q1), FF_NET_INC(FQ2023Q3) FOR COBA"),
        ("Cobalt Motors Q2 sales and Q3 EPS for the 2023 fiscal year", "FF_SALES(FQ2023Q2), FF_EPS(FQ2023Q3) FOR COBA"),
        # the year before the list: it went to the first quarter alone
        ("Cobalt Motors fiscal 2023 Q1 sales and Q3 net income", "FF_SALES(FQ2023Q1), FF_NET_INC(FQ2023Q3) FOR COBA"),
        ("Falcon Software FY22 Q2 sales and Q4 net income", "FF_SALES(FQ2022Q2), FF_NET_INC(FQ2022Q4) FOR FALC"),
        # one quarter before a year said apart, and a quarter of two years (the latest quarter beside the years before)
        ("Falcon Software Q3 sales, fiscal 2023", "FF_SALES(FQ2023Q3) FOR FALC"),
        ("Falcon Software Q3 sales in FY23", "FF_SALES(FQ2023Q3) FOR FALC"),
        ("Falcon Software Q3 sales in fiscal 2022 and 2023", "FF_SALES(FQ2022Q3), FF_SALES(FQ2023Q3) FOR FALC"),
        ("Falcon Software Q2 and Q3 sales in fiscal 2022 and fiscal 2023",
         "FF_SALES(FQ2022Q2), FF_SALES(FQ2022Q3), FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3) FOR FALC"),
    ],
)
def test_quarters_listed_take_the_one_fiscal_year_said(question: str, query: str) -> None:
    assert q(question) == query


def test_a_year_of_its_own_measure_stays_its_own() -> None:
    # a year right before another measure, or a second year that ends its own measure, is that measure's (round 20,
    # f20a: and a quarter said without a year beside that one year is the year's quarter; it was the latest such)
    assert q("Cobalt Motors Q1 sales, fiscal 2023 net income") == "FF_SALES(FQ2023Q1), FF_NET_INC(FY2023) FOR COBA"
    assert q("Falcon Software Q3 sales in fiscal 2023 and 2024 net income") == \
        "FF_SALES(FQ2023Q3), FF_NET_INC(FY2024) FOR FALC"
    assert q("Falcon Software Q4 sales vs fiscal 2023 sales") == "FF_SALES(FQ2023Q4), FF_SALES(FY2023) FOR FALC"
    # quarters without any year stay the latest such quarters
    assert q("Cobalt Motors Q1 sales and Q3 net income") == "FF_SALES(FQ2024Q1), FF_NET_INC(FQ2024Q3) FOR COBA"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the P/E and the sales as two columns (a P/E on earnings next to the sales): a multiple on the sales is the
        # company's value over them
        ("What is Cobalt Motors' P/E on fiscal 2023 sales?", "FG_MKT_CAP(D0) / FF_SALES(FY2023) FOR COBA"),
        ("Falcon Software P/E on FY2022 revenue", "FG_MKT_CAP(D0) / FF_SALES(FY2022) FOR FALC"),
        ("What is Cobalt Motors trading at on its fiscal 2023 sales?", "FG_MKT_CAP(D0) / FF_SALES(FY2023) FOR COBA"),
        ("Falcon Software P/E on fiscal 2023 free cash flow", "FG_MKT_CAP(D0) / FF_FCF(FY2023) FOR FALC"),
        ("Cobalt Motors P/B on fiscal 2023 equity", "FG_MKT_CAP(D0) / FF_EQUITY(FY2023) FOR COBA"),
        # a named multiple on its own figure: no second column of the figure
        ("Cobalt Motors price-to-sales on fiscal 2023 sales", "FG_MKT_CAP(D0) / FF_SALES(FY2023) FOR COBA"),
        # kept: on earnings, per share; on net income, the total
        ("Cobalt Motors P/E on 2023 earnings", "P_PRICE(D0) / FF_EPS(FY2023) FOR COBA"),
        ("Cobalt Motors P/E on fiscal 2023 net income", "FG_MKT_CAP(D0) / FF_NET_INC(FY2023) FOR COBA"),
        # a multiple of free cash flow, as of sales
        ("software companies that trade above 20 times free cash flow",
         'NAME, FG_MKT_CAP(D0) / FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Software"), FG_MKT_CAP(D0) / FF_FCF(FY2024) > 20)'),
    ],
)
def test_a_multiple_on_a_years_figure(question: str, query: str) -> None:
    assert q(question) == query


def test_a_multiple_on_a_figure_it_is_not_taken_on_is_refused() -> None:
    assert "'p/s on fiscal 2023 net income'" in refused("Cobalt Motors P/S on fiscal 2023 net income")
    assert "operating income" in refused("Falcon Software P/E on fiscal 2023 operating income")
    assert "p/e on sales" in refused("Cobalt Motors P/E on sales")  # (no year of its own, as "P/E on earnings")
    # a P/E listed beside the sales stays two columns
    assert q("Cobalt Motors P/E and fiscal 2023 sales") == "FG_PE(D0), FF_SALES(FY2023) FOR COBA"


def test_yesterday_is_the_as_of_dates_day_before_whose_close_is_d0() -> None:
    # pinned, not changed: SPEC section 5 asks as of 2025-01-15, so yesterday is 2025-01-14, and SPEC section 2 prices
    # a date at the close of the last trading day on or before it: D0's close (tune8_time t8t-025 reads it so)
    assert q("What was Falcon Software's closing price yesterday?") == "P_PRICE(D0) FOR FALC"
    assert q("How many Cobalt Motors shares traded yesterday?") == "P_VOLUME(D0) FOR COBA"
    assert "yesterday" in refused("Falcon Software sales yesterday")


def test_a_refusal_quotes_the_askers_whole_words() -> None:
    # "excluding any with" is rewritten "not with": the quote was the letters aligned with "not", 'ng any'
    message = refused("Cobalt Motors and Falcon Software sales in 2023, excluding any with negative net income")
    assert "'excluding any'" in message and "'ng any'" not in message
    assert "'excluding any'" in refused("Which banks excluding any with the highest P/E")


# -- wrongful refusals -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Over 2023, how did Falcon Software's shares do?", "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"),
        ("How did Cobalt Motors' stock do over 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR COBA"),
        ("What were Cobalt Motors' sales over 2023?", "FF_SALES(FY2023) FOR COBA"),
        ("Over 2023, which banks had the best return?",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2022-12-31, 2023-12-31) DESC'),
        # kept: "over" between two periods sets one against the other
        ("Cobalt Motors 2024 sales growth over 2023", "GROWTH(FF_SALES, FY2023, FY2024) FOR COBA"),
    ],
)
def test_over_a_period_is_its_preposition(question: str, query: str) -> None:
    assert q(question) == query


def test_over_a_year_in_a_screen_may_be_a_threshold_and_stays_refused() -> None:  # (pinned)
    assert "'over'" in refused("Which banks have sales over 2023?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("How did the three wind names, Cobalt Wind Power, Nimbus Wind Power and Redwood Wind Power, do in 2024?",
         "P_RETURN(2023-12-31, 2024-12-31) FOR CWP, NWP, RWP"),
        ("Sales for the three wind stocks, CWP, NWP and RWP, in fiscal 2023", "FF_SALES(FY2023) FOR CWP, NWP, RWP"),
        ("both wind names, Cobalt Wind Power and Redwood Wind Power: P/E", "FG_PE(D0) FOR CWP, RWP"),
        ("P/E for my comps: Falcon Software, Cobalt Motors and Apex Materials", "FG_PE(D0) FOR FALC, COBA, APXM"),
    ],
)
def test_words_describing_the_listed_companies(question: str, query: str) -> None:
    assert q(question) == query


def test_a_description_that_fits_not_all_listed_or_a_wrong_count_stays_refused() -> None:  # (pinned)
    assert "'oil'" in refused("How did the three oil names, CWP, NWP and RWP, do in 2024?")
    assert "'wind'" in refused("How did the two wind names, CWP, NWP and RWP, do in 2024?")
    assert "'wind'" in refused("How did the three wind names do in 2024?")  # (no list: no set of that name)
    # a retailer's "comps" (comparable sales) is no list's noun
    assert "'comps'" in refused("What were Cobalt Retail's comps in fiscal 2023?")
    assert "'comps'" in refused("Cobalt Retail comps sales 2023")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("I believe Falcon Software's sales in fiscal 2023 were what?", "FF_SALES(FY2023) FOR FALC"),
        ("If I'm not mistaken, what were Cobalt Motors' sales in fiscal 2023?", "FF_SALES(FY2023) FOR COBA"),
        # kept (read by the framing step before): "if I recall correctly", "correct me if I'm wrong"
        ("What was Falcon Software's net income in fiscal 2022, if I recall correctly?", "FF_NET_INC(FY2022) FOR FALC"),
        ("Correct me if I'm wrong, but what is Cobalt Motors' P/E?", "FG_PE(D0) FOR COBA"),
        # "pencilling in": the trade's verb of a forecast (an estimate word)
        ("What are you pencilling in for Falcon Software's sales next year?", "FE_SALES(FY1) FOR FALC"),
        ("What is the Street penciling in for Cobalt Motors' EPS in fiscal 2026?", "FE_EPS(FY2) FOR COBA"),
    ],
)
def test_hedges_and_pencilling_in(question: str, query: str) -> None:
    assert q(question) == query


def test_a_period_nobody_defines_stays_refused() -> None:  # (pinned)
    # (round 25, lead) "crash" is a word of English, no slip of "cash" (which claimed it before): both words named
    assert "'crash year'" in refused("What was Falcon Software's return in the oil crash year?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Did Bluepeak Energy or Bluepeak Renewables do better for shareholders in 2024?",
         "P_RETURN(2023-12-31, 2024-12-31) FOR BPE, BPR SORT P_RETURN(2023-12-31, 2024-12-31) DESC"),
        ("Which did better in 2023, Cobalt Motors or Falcon Software?",
         "P_RETURN(2022-12-31, 2023-12-31) FOR COBA, FALC SORT P_RETURN(2022-12-31, 2023-12-31) DESC"),
        ("Did Cobalt Motors or Apex Materials do worse for their investors in 2023?",
         "P_RETURN(2022-12-31, 2023-12-31) FOR COBA, APXM SORT P_RETURN(2022-12-31, 2023-12-31) ASC"),
        ("Did Cobalt Motors do better than Bluepeak Energy in 2024?",
         "P_RETURN(2023-12-31, 2024-12-31) FOR COBA, BPE SORT P_RETURN(2023-12-31, 2024-12-31) DESC"),
    ],
)
def test_did_a_or_b_do_better_compares_their_returns(question: str, query: str) -> None:
    assert q(question) == query


def test_doing_better_without_a_period_or_a_second_company_stays_refused() -> None:
    assert "period" in refused("Did Bluepeak Energy or Bluepeak Renewables do better for shareholders?")
    assert "yes/no" in refused("Did Cobalt Motors do better for shareholders in 2024?")
    assert "yes/no" in refused("Is Bluepeak Energy or Bluepeak Renewables better?")
