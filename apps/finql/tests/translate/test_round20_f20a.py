"""Round 20 (f20a): classes the last round noticed and left: a quarter without a year beside a fiscal year, groups of
sets joined by "plus" or a qualifier said after the joint, a label before a colon naming the screen after it, the
volume "a year ago", a numeral counting the companies named; and pins of round-18 guards no test caught. Rules alone;
own wording; each fails on the chain before this round unless marked as pinned."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1. a quarter said without a year beside a fiscal year: that year's quarter (it was the latest such quarter) -------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Cobalt Motors Q2 revenue vs fiscal 2022 revenue", "FF_SALES(FQ2022Q2), FF_SALES(FY2022) FOR COBA"),
        ("Kingsbridge Telecom first-quarter sales and FY2021 sales", "FF_SALES(FQ2021Q1), FF_SALES(FY2021) FOR KINT"),
        ("Tidewater Pharma Q1 and full-year 2022 EPS", "FF_EPS(FQ2022Q1), FF_EPS(FY2022) FOR TIDE"),
        # the measure said again takes the year (it was the quarter alone, the year's figure dropped)
        ("What was Falcon Software's Q4 net income, and its net income for FY2023?",
         "FF_NET_INC(FQ2023Q4), FF_NET_INC(FY2023) FOR FALC"),
    ],
)
def test_a_quarter_beside_one_fiscal_year_is_that_years_quarter(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Lumen Streaming Q3 sales against FY2021 and FY2022 sales", ("q3", "fy2021 and fy2022")),
        # (a year counted back: the same quarter two years back, or that fiscal year's quarter)
        ("Polar Apparel Q4 EPS vs EPS two years ago", ("q4", "two years ago")),
        # (a quarter with its own year names a second year: it was the latest Q2 beside Q1 2023)
        ("Tidewater Pharma Q1 2023 and Q2 revenue vs FY2022 revenue", ("q1 2023", "q2", "fy2022")),
    ],
)
def test_a_quarter_beside_several_or_counted_years_is_refused(question: str, words: tuple[str, ...]) -> None:
    message = refused(question)
    assert "which year's quarter" in message
    for w in words:
        assert w in message.lower(), message


def test_a_latest_quarter_said_so_or_of_last_year_stays() -> None:  # pinned
    assert q("Polar Apparel Q2 capex vs last year's capex") == "FF_CAPEX(FQ2024Q2), FF_CAPEX(FY2024) FOR POLA"
    assert q("Polar Apparel's most recent Q3 sales vs its FY2022 sales") == \
        "FF_SALES(FQ2024Q3), FF_SALES(FY2022) FOR POLA"


def test_a_whole_year_after_a_quarter_is_not_the_quarters_year() -> None:  # pinned: never the quarter alone
    refused("Kingsbridge Telecom EPS for Q2 and the full year 2022")


# -- 2. groups of sets: "plus" between groups, a qualifier said after the joint ----------------------------------------


@pytest.mark.parametrize(
    ("question", "universe"),
    [
        ("Canadian banks plus Japanese and German insurers and French utilities",
         'INDUSTRY("Banks") & COUNTRY("Canada") | INDUSTRY("Insurance") & (COUNTRY("Japan") | COUNTRY("Germany")) | '
         'SECTOR("Utilities") & COUNTRY("France")'),
        ("insurers plus British utilities", 'INDUSTRY("Insurance") | SECTOR("Utilities") & COUNTRY("United Kingdom")'),
        # the qualifier said after the joint is the second group's alone (it was German banks too)
        ("insurers and German utilities", 'INDUSTRY("Insurance") | SECTOR("Utilities") & COUNTRY("Germany")'),
        ("banks, insurers and Canadian utilities",
         'INDUSTRY("Banks") | INDUSTRY("Insurance") | SECTOR("Utilities") & COUNTRY("Canada")'),
    ],
)
def test_groups_of_sets_each_keep_their_own_qualifier(question: str, universe: str) -> None:
    assert q(question) == f"NAME FOR SCREEN({universe})"


def test_a_qualifier_before_both_businesses_stays_on_both() -> None:  # pinned
    assert q("German utilities and insurers") == 'NAME FOR SCREEN((SECTOR("Utilities") | INDUSTRY("Insurance")) & ' \
                                                 'COUNTRY("Germany"))'
    assert q("insurers and banks in Canada") == 'NAME FOR SCREEN((INDUSTRY("Insurance") | INDUSTRY("Banks")) & ' \
                                                'COUNTRY("Canada"))'


def test_one_index_and_indexes_listed_after_stay_one_group() -> None:  # pinned: sets.group_breaks' len(left) >= 2
    # (indexes joined by "and" intersect; a lone index before the joint is no group of its own)
    assert q("stocks in the NX100 and TECHX, EUROPE indexes") == \
        "NAME FOR SCREEN(INDEX(NX100) & INDEX(TECHX) & INDEX(EUROPE))"


# -- 3. a label before a colon or a dash that the screen after it defines ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Cheap insurers: insurers with a P/E under 9",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PE(D0) < 9)'),
        ("Sparsely covered names: fewer than 4 analysts", "NAME, FE_NUM(FY1) FOR SCREEN(ALL, FE_NUM(FY1) < 4)"),
        ("Pricey tech - technology companies with a P/E above 50",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Information Technology"), FG_PE(D0) > 50)'),
        ("Cash-rich names: companies holding more cash than debt",
         "NAME, FF_CASH(FY2024), FF_DEBT(FY2024) FOR SCREEN(ALL, FF_CASH(FY2024) > FF_DEBT(FY2024))"),
    ],
)
def test_a_label_before_the_screen_it_names_is_context(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Cheap insurers: stocks with a P/E under 9", "cheap"),  # the label's set is said nowhere else
        ("Cheap insurers: insurers", "cheap"),  # no screen defines it
        ("Cheap insurers with a P/E under 9", "cheap"),  # no label: a word of the request
    ],
)
def test_a_label_that_would_change_the_rows_stays_refused(question: str, word: str) -> None:  # pinned
    assert word in refused(question).lower()


# -- 4. the volume "a year ago": one day, a year before the as-of date (a price "a year ago" is that day's close) -----


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Lumen Streaming volume a year ago", "P_VOLUME(2024-01-15) FOR LUMS"),
        ("What was Kingsbridge Telecom's trading volume one year ago today?", "P_VOLUME(2024-01-15) FOR KINT"),
        ("Polar Apparel volume now and a year ago", "P_VOLUME(D0), P_VOLUME(2024-01-15) FOR POLA"),
    ],
)
def test_volume_a_year_ago_is_that_day(question: str, query: str) -> None:
    assert q(question) == query


def test_volume_over_years_stays_refused() -> None:  # pinned: f19b's reading, "two years ago" is a fiscal year
    assert "sum of daily volumes" in refused("Lumen Streaming volume two years ago")
    assert "sum of daily volumes" in refused("Lumen Streaming volume last year")


# -- 5. a numeral counting the companies named restates them, as the count in words does ------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Dividend yield of the 3 stocks Falcon Software, Cobalt Motors and Polar Apparel",
         "FG_DIV_YIELD(D0) FOR FALC, COBA, POLA"),
        ("For these 2 names, Lumen Streaming and Tidewater Pharma, show FY2023 EPS",
         "FF_EPS(FY2023) FOR LUMS, TIDE"),
    ],
)
def test_a_numeral_that_counts_the_companies_named_restates_them(question: str, query: str) -> None:
    assert q(question) == query


def test_a_numeral_that_is_not_their_count_is_named() -> None:  # (it was refused naming the numeral alone)
    assert "4 stocks" in refused("P/E of the 4 stocks Falcon Software, Cobalt Motors and Polar Apparel")


# -- 6. "N quarters ago": SPEC section 5 is silent; the chain keeps refusing the two readings --------------------------


def test_quarters_ago_stays_refused_as_two_readings() -> None:  # pinned
    assert "reads two ways" in refused("Cobalt Motors capex three quarters ago")


# -- 7. round-18 guards no test caught ---------------------------------------------------------------------------------


def test_did_better_for_holders_is_read_of_named_companies_only() -> None:  # pinned: pipeline._holders_return's guard
    # (of a screen, "for their investors" stays unread: it was the TOP 1 by return, the words dropped)
    assert "investors" in refused("Which insurers did best for their investors in 2022?")


def test_both_years_of_a_calendar_and_a_fiscal_year_is_refused() -> None:  # pinned: timeres._both's calendar check
    # (one calendar year and one fiscal year are no two years of one kind; it was the calendar year-ends of both)
    assert "both years" in refused("Falcon Software calendar 2022 return vs fiscal 2023 return, and the closing price "
                                   "in both years")
