"""Round 19 (f19b): wrong answers of four classes: the shares traded over a period read as one day's volume, quarters
said without a year beside the years said for them, a count of the named companies that is not theirs, and refusals
that quoted a word the normaliser wrote in; rules alone. Own wording, not the lead's questions; each fails on the chain
before this round unless marked as pinned."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- the volume over a period: the sum of daily volumes, which FinQL cannot express (SUM takes fundamentals only) ------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("How many Cobalt Motors shares changed hands during 2022?", ("2022",)),
        ("Total shares traded in Falcon Software over calendar 2023", ("2023",)),
        ("Lumen Streaming's trading volume in fiscal 2023", ("trading volume", "fiscal 2023")),
        ("How much Polar Apparel stock traded last year?", ("last year",)),
        ("Kingsbridge Telecom volume in 2022 and 2023", ("volume", "2022 and 2023")),
        # (a day or a year: "two years ago" of a volume is refused, never a guess)
        ("Tidewater Pharma volume two years ago", ("two years ago",)),
    ],
)
def test_volume_over_a_period_is_refused_naming_the_period(question: str, words: tuple[str, ...]) -> None:
    message = refused(question)
    assert "sum of daily volumes" in message
    for w in words:
        assert w in message.lower(), message


def test_volume_on_a_day_stays_answered() -> None:  # pinned: each is one trading day
    assert q("How many Cobalt Motors shares traded on 14 June 2024?") == "P_VOLUME(2024-06-14) FOR COBA"
    assert q("Falcon Software volume on the last trading day of 2023") == "P_VOLUME(2023-12-29) FOR FALC"
    assert q("Lumen Streaming trading volume at the end of 2022") == "P_VOLUME(2022-12-30) FOR LUMS" or \
        q("Lumen Streaming trading volume at the end of 2022") == "P_VOLUME(2022-12-31) FOR LUMS"
    assert q("Polar Apparel volume today and 10 trading days ago") == "P_VOLUME(D0), P_VOLUME(D-10) FOR POLA"
    assert q("What was the trading volume of Sterling Microdevices yesterday?") == "P_VOLUME(D0) FOR STER"


# -- quarters said without a year, then the fiscal years said for them: that quarter of each year ---------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Cobalt Motors' Q2 revenue in fiscal 2021, 2022 and 2023",
         "FF_SALES(FQ2021Q2), FF_SALES(FQ2022Q2), FF_SALES(FQ2023Q2) FOR COBA"),
        ("Falcon Software third-quarter net income for 2021 through 2023",
         "FF_NET_INC(FQ2021Q3), FF_NET_INC(FQ2022Q3), FF_NET_INC(FQ2023Q3) FOR FALC"),
        ("Tidewater Pharma Q4 operating income over FY21-FY23",
         "FF_OPER_INC(FQ2021Q4), FF_OPER_INC(FQ2022Q4), FF_OPER_INC(FQ2023Q4) FOR TIDE"),
        ("Q1 EPS of Lumen Streaming in each of the last two fiscal years",
         "FF_EPS(FQ2023Q1), FF_EPS(FQ2024Q1) FOR LUMS"),
        ("Polar Apparel Q2 capex last year and the year before",
         "FF_CAPEX(FQ2024Q2), FF_CAPEX(FQ2023Q2) FOR POLA"),
        # quarters listed each before its own measure: each of them in each year
        ("Cobalt Motors Q2 sales and Q4 free cash flow in fiscal 2022 vs 2021",
         "FF_SALES(FQ2022Q2), FF_SALES(FQ2021Q2), FF_FCF(FQ2022Q4), FF_FCF(FQ2021Q4) FOR COBA"),
        # a quarter after its measure
        ("Falcon Software sales in Q1 for fiscal 2022, 2023 and 2024",
         "FF_SALES(FQ2022Q1), FF_SALES(FQ2023Q1), FF_SALES(FQ2024Q1) FOR FALC"),
    ],
)
def test_quarters_take_the_years_said_after_them(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # a range of quarters, or a half, of each of several years: no reading (was the latest one beside the years)
        ("Cobalt Motors Q2 to Q4 revenue in fiscal 2021, 2022 and 2023", "q2"),
        ("Falcon Software first-half sales for 2021 through 2023", "first-half"),
    ],
)
def test_a_part_of_each_of_several_years_is_refused(question: str, word: str) -> None:
    assert word in refused(question).lower()


def test_quarters_beside_years_kept() -> None:  # pinned
    # one year after the quarter, and a year that is another measure's own (round 20, f20a: the quarter beside that
    # one year is the year's quarter, ``compose._quarter_beside_a_year``; it was the latest Q3)
    assert q("Cobalt Motors Q2 revenue in fiscal 2022") == "FF_SALES(FQ2022Q2) FOR COBA"
    assert q("Cobalt Motors Q3 sales in fiscal 2022 and 2023") == "FF_SALES(FQ2022Q3), FF_SALES(FQ2023Q3) FOR COBA"
    assert q("Cobalt Motors Q3 sales and fiscal 2022 net income") == "FF_SALES(FQ2022Q3), FF_NET_INC(FY2022) FOR COBA"
    assert q("Cobalt Motors Q3 2022 and Q3 2023 sales") == "FF_SALES(FQ2022Q3), FF_SALES(FQ2023Q3) FOR COBA"


# -- a count of the named companies that is not theirs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Net income of the two stocks, Cobalt Wind Power, Nimbus Wind Power and Redwood Wind Power, in fiscal 2023",
         "two stocks"),
        ("For these two: Falcon Software, Lumen Streaming, Cobalt Motors, what is the P/E?", "two"),
        ("my four comps Cobalt Motors, Falcon Software and Polar Apparel: market cap", "four comps"),
        ("Dividend yield of both Falcon Software, Lumen Streaming and Kingsbridge Telecom", "both"),
        ("Out of the three largest, Falcon Software and Lumen Streaming, which has more cash?", "three largest"),
        ("The five biggest of Falcon Software, Lumen Streaming and Cobalt Motors by market cap", "five biggest"),
        ("top 4 of Falcon Software, Lumen Streaming and Cobalt Motors by sales", "top 4"),
        # "four" of a count is never the homophone "for" (it was read so, and the count dropped)
        ("each of the four, Falcon Software, Lumen Streaming and Cobalt Motors: P/E", "four"),
    ],
)
def test_a_count_that_is_not_the_list_is_refused_naming_it(question: str, word: str) -> None:
    assert f"'{word}" in refused(question).lower()


def test_counts_that_match_stay_answered() -> None:  # pinned
    assert q("Net income of the three wind names, Cobalt Wind Power, Nimbus Wind Power and Redwood Wind Power, in "
             "fiscal 2023") == "FF_NET_INC(FY2023) FOR CWP, NWP, RWP"
    assert q("Dividend yield of both Falcon Software and Lumen Streaming") == "FG_DIV_YIELD(D0) FOR FALC, LUMS"
    assert q("top 2 of Falcon Software, Lumen Streaming and Cobalt Motors by sales") == \
        "FF_SALES(FY2024) FOR FALC, LUMS, COBA SORT FF_SALES(FY2024) DESC TOP 2"
    assert q("the two largest of Falcon Software and Lumen Streaming by market cap") == \
        "FG_MKT_CAP(D0) FOR FALC, LUMS SORT FG_MKT_CAP(D0) DESC TOP 2"
    # a count of periods or a span beside named companies is no count of them
    assert q("Falcon Software and Lumen Streaming sales two years ago") == "FF_SALES(FY2023) FOR FALC, LUMS"


# -- a refusal quotes the asker's words, never one the normaliser wrote in ---------------------------------------------


def test_refusal_quotes_no_inserted_word() -> None:
    message = refused("Lumen Streaming market cap q/q")
    assert "growth" not in message and "'q/q'" in message
    message = refused("Falcon Software mkt cap y/y")
    assert "growth" not in message and "'y/y'" in message


# -- neighbours found on the way -----------------------------------------------------------------------------------------


def test_share_turnover_is_no_sales() -> None:
    # the trading in a company's shares: no FinQL item (it was read as "turnover", the sales)
    assert "'share turnover'" in refused("Falcon Software share turnover in fiscal 2023")
    assert "'stock turnover'" in refused("What was the stock turnover of Polar Apparel last year?")
    assert q("Polar Apparel turnover in fiscal 2023") == "FF_SALES(FY2023) FOR POLA"  # pinned: the sales


def test_a_year_said_again_is_the_next_measure_s() -> None:
    # it was one list of four years, which the EPS took too
    assert q("Cobalt Motors revenue in 2021, 2022 and 2023 and FY2023 EPS") == \
        "FF_SALES(FY2021), FF_SALES(FY2022), FF_SALES(FY2023), FF_EPS(FY2023) FOR COBA"
    assert q("Cobalt Motors Q2 revenue in 2021, 2022 and 2023 and FY2023 EPS") == \
        "FF_SALES(FQ2021Q2), FF_SALES(FQ2022Q2), FF_SALES(FQ2023Q2), FF_EPS(FY2023) FOR COBA"


def test_a_bare_quarter_beside_years_of_a_price_measure_is_refused() -> None:
    # the years are the market cap's too, the quarter the sales' alone (it was the latest quarter's sales)
    assert "'q2'" in refused("Cobalt Motors Q2 revenue and market cap in fiscal 2021 and 2022").lower()


def test_which_of_the_n_restates_the_companies_named() -> None:
    # the count after "which of these" is the companies named, the superlative the one (it was TOP 3: every row)
    assert q("Which of these three has the biggest market cap: Falcon Software, Lumen Streaming, Cobalt Motors?") == \
        "FG_MKT_CAP(D0) FOR FALC, LUMS, COBA SORT FG_MKT_CAP(D0) DESC TOP 1"
    # a count that is not theirs is named (it was answered, the count dropped)
    assert "'four'" in refused("Which of these four has the highest P/E: Falcon Software, Lumen Streaming, Cobalt Motors?")
