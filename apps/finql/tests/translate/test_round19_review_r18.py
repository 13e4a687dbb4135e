"""Round 19 review (r18) of round 18's fixers (f18a-f18d): wrong answers found by paraphrase, and checks no test
caught when broken. Each question is phrased here, not copied from a tuning set."""

from __future__ import annotations

from reading_helpers import q, refused

# -- wrong answers -----------------------------------------------------------------------------------------------------


def test_a_quarter_on_quarter_growth_of_a_fiscal_year_is_refused() -> None:
    # it was GROWTH(FF_SALES, FQ-1, FY2023): the year against the latest quarter but one (older than round 18)
    assert "quarter-on-quarter" in refused("APXM sales growth q/q in fiscal 2023")
    assert "quarter-on-quarter" in refused("Which airlines grew revenue qoq in FY2024?")
    assert "quarter-on-quarter" in refused("airlines revenue growth quarter on quarter in 2024")
    # a quarter said, or none, keeps its reading
    assert q("APXM sales growth q/q in FQ2024Q2") == "GROWTH(FF_SALES, FQ2024Q1, FQ2024Q2) FOR APXM"
    assert q("APXM sales growth q/q") == "GROWTH(FF_SALES, FQ-1, FQ0) FOR APXM"
    assert q("Which airlines grew revenue sequentially?") == \
        'NAME, FF_SALES(FQ0), FF_SALES(FQ-1) FOR SCREEN(INDUSTRY("Airlines"), FF_SALES(FQ0) > FF_SALES(FQ-1))'


def test_neither_one_or_only_one_of_several_years() -> None:
    # "neither of the last two years" was read as in each of them ("neither" taken by the joiner, unread), "one of" as
    # in each ("one of" dropped): f18a's reading of "either/each of" extended to the words beside it
    assert q("Which banks had ROE above 12% in neither of the last two years?") == \
        'NAME, FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR ' \
        'SCREEN(INDUSTRY("Banks"), NOT (FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 > 12 OR ' \
        'FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 12))'
    assert q("Which Energy companies lost money in neither of the last two fiscal years?") == \
        'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Energy"), ' \
        'NOT (FF_NET_INC(FY2023) < 0 OR FF_NET_INC(FY2024) < 0))'
    assert q("Which airlines grew EPS in neither of the last two years?") == \
        'NAME, FF_EPS(FY2023), FF_EPS(FY2022), FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Airlines"), ' \
        'NOT (FF_EPS(FY2023) > FF_EPS(FY2022) OR FF_EPS(FY2024) > FF_EPS(FY2023)))'
    assert q("Which Energy companies lost money in one of the last two years?") == \
        'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Energy"), ' \
        '(FF_NET_INC(FY2023) < 0 OR FF_NET_INC(FY2024) < 0))'
    # a count of the periods FinQL cannot say: refused, naming it
    assert "exactly one" in refused("Which Energy companies lost money in only one of the last two years?")
    assert "exactly one" in refused("Which Energy companies lost money in exactly one of the last two years?")
    assert "not understood: 'most'" in refused("Which airlines grew EPS in most of the last 3 years?")
    # periods joined by both "and" and "or" (it was in any of the three)
    assert "both 'and' and 'or'" in refused("Which Energy companies were profitable in FY2023 and FY2024 or FY2022?")
    # kept: each, either
    assert q("Which Energy companies lost money in every one of the last two years?") == \
        'NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Energy"), ' \
        'FF_NET_INC(FY2023) < 0 AND FF_NET_INC(FY2024) < 0)'
    assert q("Which banks had sales not above 1bn in either of the last two years?") == \
        'NAME, FF_SALES(FY2023), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), ' \
        'NOT (FF_SALES(FY2023) > 1000 OR FF_SALES(FY2024) > 1000))'


def test_a_figure_over_a_span_said_of_each_of_its_periods_is_refused() -> None:
    # it was the one growth (average, compound rate) over the span, "each (either) of" dropped
    assert "each of" in refused("Which airlines had EPS growth above 5% in each of the last 4 quarters?")
    assert "either of" in refused("Which airlines had revenue growth above 8% in either of the last two quarters?")
    assert "each of" in refused("airlines with average sales above 1bn in each of the last two years")
    assert "each of" in refused("Which airlines grew EPS by more than 10% a year in each of the last two years?")
    # a figure of each quarter itself stays
    assert q("Which airlines had sales above 1bn in each of the last two quarters?") == \
        'NAME, FF_SALES(FQ-1), FF_SALES(FQ0) FOR SCREEN(INDUSTRY("Airlines"), FF_SALES(FQ-1) > 1000 AND FF_SALES(FQ0) > 1000)'


def test_a_year_on_year_growth_beside_a_quarter_on_quarter_one_is_the_quarters() -> None:
    # with no period, "q/q and y/y" gave the latest quarter's q/q and the latest fiscal year's growth (f18d's two
    # grains; before it the y/y was dropped)
    assert q("APXM sales growth q/q and y/y") == "GROWTH(FF_SALES, FQ-1, FQ0), GROWTH(FF_SALES, FQ-4, FQ0) FOR APXM"
    assert q("APXM sales growth qoq and EPS growth yoy") == \
        "GROWTH(FF_SALES, FQ-1, FQ0), GROWTH(FF_EPS, FQ-4, FQ0) FOR APXM"
    # one grain alone keeps its reading
    assert q("APXM sales growth y/y") == "GROWTH(FF_SALES, FY2023, FY2024) FOR APXM"


def test_three_groups_of_sets_each_qualified_by_its_own_words() -> None:
    # f18d united two groups of sets ("UK banks and US insurers"); three or more were one group, the kinds crossed (UK
    # insurers and German banks answered: a wrong answer). A break of f18d's one-joint rule was caught by no test.
    groups = ('NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("United Kingdom") | INDUSTRY("Insurance") & '
              'COUNTRY("United States") | SECTOR("Utilities") & COUNTRY("Germany"))')
    assert q("UK banks, US insurers and German utilities, P/E") == groups
    assert q("P/E of UK banks and US insurers and German utilities") == groups
    assert q("UK banks, US insurers, German utilities: P/E") == groups
    # a list of one kind qualified once stays one group
    assert q("banks, insurers and utilities in the UK, P/E") == \
        'NAME, FG_PE(D0) FOR SCREEN((INDUSTRY("Banks") | INDUSTRY("Insurance") | SECTOR("Utilities")) & ' \
        'COUNTRY("United Kingdom"))'
    assert q("UK banks and US insurers, P/E") == \
        'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & COUNTRY("United Kingdom") | INDUSTRY("Insurance") & ' \
        'COUNTRY("United States"))'


def test_a_range_from_a_quarter_to_a_fiscal_year_is_refused() -> None:
    # "from FQ2023Q1 to FY2024" was the two ends alone, "from ... to" dropped (older than round 18, beside f18a's range
    # of two quarter labels)
    assert "from fq2023q1 to fy2024" in refused("APXM sales from FQ2023Q1 to FY2024")
    assert "from fy2023 to fq2024q2" in refused("APXM sales from FY2023 to FQ2024Q2")
    assert q("APXM sales growth from FY2022 to FY2024") == "GROWTH(FF_SALES, FY2022, FY2024) FOR APXM"


# -- checks no test caught when broken ----------------------------------------------------------------------------------


def test_a_negated_sector_over_its_own_industry_excludes_every_company() -> None:
    # f18d's sector restated by an industry inside it is dropped only when it is not negated: "banks but not
    # financials" excludes every bank (dropping the negated sector answered all banks; no test caught the break)
    assert "excludes every company" in refused("banks but not financials, P/E")
    assert "excludes every company" in refused("banks, not in the Financials sector")
