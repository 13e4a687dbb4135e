"""Round 12 (f12t): numbers said in words, dates written the European way, "exercise", "the year 2023", "since three
years", spans "until today", a day named by an event with its date.

Rules alone (no model, no meaning matcher). Each class: the tuning files' phrasing, paraphrases of our own, and the
near-misses that must keep their words or stay refused, naming them."""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate.pipeline import translate
from finql.translate.text import normalize


def refused_naming(question: str) -> str:
    a = translate(question)
    assert a.reading is None, a.reading.query()
    return a.message or ""


@pytest.mark.parametrize("said,written", [
    # a year said as two pairs, or as thousands
    ("sales twenty twenty two", "sales 2022"),
    ("eps for the year twenty twenty", "eps for the year 2020"),
    ("between twenty eighteen and twenty twenty three", "between 2018 and 2023"),
    ("capex in nineteen ninety nine", "capex in 1999"),
    ("net income in two thousand and nineteen", "net income in 2019"),
    ("sales in twenty oh nine", "sales in 2009"),
    # amounts: hundreds, thousands, a decimal point; "million", "billion" stay the amount's scale
    ("debt above three hundred bn dollars", "debt above 300 bn dollars"),
    ("net income above fifty billion yen", "net income above 50 billion yen"),
    ("more than two hundred thousand employees", "more than 200000 employees"),
    ("price to book below two point five", "price to book below 2.5"),
    ("margin over twenty two percent", "margin over 22%"),  # (round 22: a percent written out is "%")
    ("a pe under fifteen", "a pe under 15"),
    ("turnover above five bn euro", "turnover above 5 bn euro"),
    # dates said in words
    ("the worst three industrials", "the worst 3 industrials"),
    ("top five by sales", "top 5 by sales"),
    ("at thirty one december twenty twenty three", "at 31 december 2023"),
    ("on the first of march twenty twenty four", "on the 1st of march 2024"),
    ("on march the third twenty twenty four", "on march 3rd 2024"),
    ("from twenty twenty four slash zero one slash zero two to twenty twenty four slash twelve slash thirty one",
     "from 2024/01/02 to 2024/12/31"),
    # dots: day.month.year (the European order)
    ("price on 01.03.2024?", "price on 2024-03-01?"),
    ("between 01.06.2023 and 31.12.2023.", "between 2023-06-01 and 2023-12-31."),
    # "exercise": the fiscal year
    ("net income in the last exercise", "net income in the last fiscal year"),
    ("the exercise 2019 and the exercise before", "fiscal 2019 and the fiscal year before"),  # round 15: "fiscal 2019"
    ("over the last three exercises", "over the last three fiscal years"),
    # the scale of the currency asked for
    ("sales in mio dollar", "sales in millions of dollar"),
    ("sales in million euros", "sales in millions of euros"),
    # the percent sign as the unit asked for, after a comma at the end
    ("change from FQ-1 to FQ0, %", "change from FQ-1 to FQ0 in percent"),
])
def test_spoken_numbers_and_dates_are_written_as_digits(said: str, written: str) -> None:
    assert normalize(said) == written


@pytest.mark.parametrize("text", [
    # one plain word keeps its words where nothing says it is a number: the steps that read them read them
    "three banks", "the last quarter but one", "one of the companies", "the one before", "in two years",
    "over three years", "the last twelve months", "First Harbor Bank",
    # an exercise that is no period
    "for the screening exercise", "as part of this exercise",
    # dots that are no date
    "a p/e of 1.2 or 3.4", "version 1.2.3",
    # "twenty one" is 21, never a year
])
def test_words_that_are_no_spoken_number_stay(text: str) -> None:
    assert normalize(text) == text


def test_a_compound_that_is_no_year_is_a_number() -> None:
    assert normalize("more than twenty one analysts") == "more than 21 analysts"
    assert normalize("an impossible date 31.02.2024") == "an impossible date 31.02.2024"


@pytest.mark.parametrize("question,query", [
    ("operating income of bluepeak energy twenty twenty two", "FF_OPER_INC(FY2022) FOR BPE"),
    ("Please give me the sales of Northwind Systems in the year 2023?", "FF_SALES(FY2023) FOR NWSY"),
    ("eps of cobalt power for the year twenty twenty", "FF_EPS(FY2020) FOR COBP"),
    # the year of prices is the calendar year (SPEC section 5)
    ("Performance of the Highland Estates share in the year 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR HIGH"),
    ("net income of apex materials in the last exercise", "FF_NET_INC(FY2024) FOR APXM"),
    ("the debt of tidewater pharma at end of last exercise", "FF_DEBT(FY2024) FOR TIDE"),
    ("net income of Ashford Brands for the exercise 2019.", "FF_NET_INC(FY2019) FOR ASHF"),
    ("growth of net income of falcon software last exercise compared to the exercise before",
     "GROWTH(FF_NET_INC, FY2023, FY2024) FOR FALC"),
    ("CAGR of the sales of Cascade Semiconductor between the exercise 2021 and the last exercise",
     "CAGR(FF_SALES, FY2021, FY2024) FOR CSMI"),
    ("Total net income of Ashford Metals over the last three exercises?", "SUM(FF_NET_INC, FY2022, FY2024) FOR ASHM"),
    ("Average sales of Highland Estates since three years?", "AVG(FF_SALES, FY2022, FY2024) FOR HIGH"),
    ("Performance of Lumen Streaming for the past three years until today?", "P_RETURN(2022-01-15, D0) FOR LUMS"),
    ("Highest price of Northwind Systems during the last twelve months until today?", "P_HIGH(2024-01-15, D0) FOR NWSY"),
    ("Closing price of Bluepeak Energy on 01.03.2024?", "P_PRICE(2024-03-01) FOR BPE"),
    ("Lowest price of Bluepeak Renewables between 01.06.2023 and 31.12.2023.", "P_LOW(2023-06-01, 2023-12-31) FOR BPR"),
    ("traded volume of falcon software on the first of march twenty twenty four", "P_VOLUME(2024-03-01) FOR FALC"),
    ("price to book of first harbor bank at thirty one december twenty twenty three", "FG_PB(2023-12-31) FOR FHB"),
    ("cagr of eps for indigo semiconductor between twenty eighteen and twenty twenty three",
     "CAGR(FF_EPS, FY2018, FY2023) FOR INDI"),
    ("reits with dividend yield over two percent or price to book below two point five",
     'NAME, FG_DIV_YIELD(D0), FG_PB(D0) FOR SCREEN(INDUSTRY("REITs"), FG_DIV_YIELD(D0) > 2 OR FG_PB(D0) < 2.5)'),
    ("japanese companies with net income above fifty billion yen in the last exercise",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(COUNTRY("Japan"), FF_NET_INC(FY2024) > 50000) IN JPY'),
    ("sales of swiss company ivory genomics last exercise in mio dollar", "FF_SALES(FY2024) FOR IVOG IN USD"),
    # a day named by an event said with its date: the date is read
    ("how much has cobalt wind power moved since the US election on nov 5 2024", "P_RETURN(2024-11-05, D0) FOR CWP"),
    ("Falcon Software return since the merger announcement on March 4, 2024", "P_RETURN(2024-03-04, D0) FOR FALC"),
    # a count said in words after a superlative of a ranking
    ("Worst three industrials over the last three months?",
     'NAME, P_RETURN(2024-10-15, D0) FOR SCREEN(SECTOR("Industrials")) SORT P_RETURN(2024-10-15, D0) ASC TOP 3'),
    # "what did X do" over a period of prices: how it did, its return
    ("What did Oakridge Social do over the last month?", "P_RETURN(2024-12-15, D0) FOR OAKS"),
    ("What has Falcon Software done since March 2024?", "P_RETURN(2024-02-29, D0) FOR FALC"),
    # a fiscal quarter restated as its months: the months the asker wrote, for prices
    ("How did Apex Materials trade over fiscal Q4 2024, i.e. July through September 2024?",
     "P_RETURN(2024-06-30, 2024-09-30) FOR APXM"),
])
def test_the_period_is_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question,words", [
    # an event without its day: which day is not said
    ("how much has cobalt wind power moved since the November 2024 election", "election"),
    ("how much has cobalt wind power moved since the election", "election"),
    # "what did X do" with no period of prices: no measure
    ("What did Oakridge Social do?", "nothing to look up"),
    # a fiscal quarter restated as months: no fundamental reads calendar months
    ("Apex Materials sales over fiscal Q4 2024, i.e. July through September 2024", "fiscal q4 2024"),
])
def test_what_is_not_said_is_refused_naming_it(question: str, words: str) -> None:
    assert words in refused_naming(question)
