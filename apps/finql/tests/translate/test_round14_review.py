"""Round 14 review of round 12-13's rules: a case for each rule that no test caught when the rule was broken (deleted,
negated or made never to match), and the defects the review found. Rules alone (no model, no embedder).

Each case fails with its rule broken (or, for a defect, on the code before the fix) and passes with it."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate.text import normalize


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a spelling correction that is part of a period's name or of an estimate's words takes effect (the final
        # check exempts words the steps read as a name or an estimate)
        ("Apex Materials sales in fisacl 2023", "FF_SALES(FY2023) FOR APXM"),
        ("Apex Materials consensus revenue forcast for FY2025", "FE_SALES(FY1) FOR APXM"),
        # a superlative opening the question over a set is the one company only where it opens the question on one
        # measure: a request to list, or two measures, asks for the rows ranked
        ("List the highest P/E among the banks", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
        ("Highest P/E and dividend yield among the banks",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
        # a definition after a comma restates a measure in percent (its "* 100" kept)
        ("the ROE of Lakeside Bancorp, net income over equity in FY2024",
         "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR LAKE"),
        # a number word right after a superlative other than best/worst/top/bottom counts the rows too (structure)
        ("highest five P/E banks", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 5'),
        # the currency's millions said with a plural the normalisation does not expand
        ("sales of ivory genomics FY2024 in mios dollars", "FF_SALES(FY2024) FOR IVOG IN USD"),
    ],
)
def test_reads(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # "what did X do" is how it did only with the verb "do": another verb is no return
        ("What did Oakridge Social report over the last month?", "nothing to look up"),
        # "benefit" is the net income only as a noun after a determiner, and not "the benefit to (from) ..."
        ("which companies benefit most from lower rates", "'benefit'"),
        ("the benefit to Apex Materials of lower rates", "'benefit'"),
        # "each year" asks for each year's growth, not a rate a year (the CAGR)
        ("How much did Umbra Beverages sales grow a year from FY2019 to FY2024, each year?", "from fy2019 to fy2024"),
        # "use (take) the period" is only a period's instruction at the end of the question, after a measure
        ("What's Pinnacle Telecom's net debt? Use FY2023 and FY2024 sales.", "'use'"),
        ("Apex Materials. Use FY2023.", "'use'"),
        # a fiscal quarter restated as months only when they are its three months
        ("How did Apex Materials trade over fiscal Q4 2024, i.e. July through August 2024?", "fiscal q4 2024"),
        # a cue of the grain the query does not reflect: one period, or "per year" of a range within one year
        # ("FY2024 sales yoy" is FY2024's growth over FY2023 since f14s: test_round14_f14s.py)
        ("Apex Materials net income in FY2024 each year", "'each year'"),
        ("highest price of Apex Materials per year from 2024-01-01 to 2024-06-30", "'per year'"),
        # defect: "annually" is the rate "per year" is (``PER_YEAR``, one home); the final check knew only "per year",
        # "a year" and "per annum", so "annually" beside a growth over the span was dropped (the total growth: a wrong
        # answer that looks right)
        ("Ivory Genomics sales growth from FY2020 to FY2023 annually", "'annually'"),
        ("Ivory Genomics sales growth in FY2023 annually", "'annually'"),
        # defect: "for three years" read as the past three years beside the years the question names: the two were
        # listed together (FY2022-FY2024 and FY2020-FY2021, a wrong answer); with a year said, it is refused
        ("Apex Materials sales for three years, 2020, 2021 and 2022", "'three years'"),
        ("Apex Materials sales for 3 years since 2019", "'years'"),
    ],
)
def test_refuses_naming(question: str, words: str) -> None:
    assert words in refused(question)


def test_one_number_word_before_an_amount_is_a_number() -> None:
    assert normalize("sales of five billion dollars") == "sales of 5 billion dollars"
    assert normalize("more than two hundred and fifty employees") == "more than 250 employees"


def test_one_number_word_after_a_month_is_its_day() -> None:
    assert normalize("price on march five 2024") == "price on march 5 2024"


def test_a_rate_a_year_over_a_span_still_reads() -> None:
    assert q("How much did Ivory Genomics sales grow annually from FY2019 to FY2024?") == \
        "CAGR(FF_SALES, FY2019, FY2024) FOR IVOG"


def test_since_n_years_without_a_year_still_reads() -> None:
    assert q("Average sales of Highland Estates since three years?") == "AVG(FF_SALES, FY2022, FY2024) FOR HIGH"
