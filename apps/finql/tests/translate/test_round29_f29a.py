"""Round 29 (f29a): a voicemail's opening and closing around the question ("hey it's Nina, um, ...", "so yeah",
"thanks, bye", "call me back"), hesitations before a greeting ("uh hello, ...", "um yes hi, ..."), and the login
said in the first person ("I'm on the guest login")."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# who calls, said first: "hey it's Nina, ...", "hello, uh, this is Paul, ...", a greeting after a hesitation
OPENINGS = [
    ("hey it's Nina, um, what was the net income for Tidewater Pharma in fiscal 2023",
     "FF_NET_INC(FY2023) FOR TIDE"),
    ("hello, uh, this is Paul, I wanted the free cash flow of Quarry Packaging for fiscal 2022",
     "FF_FCF(FY2022) FOR QUAP"),
    ("yeah hi, this is Omar, so the operating income of Lakeside Bancorp for fiscal 2021",
     "FF_OPER_INC(FY2021) FOR LAKE"),
    ("uh hello, the total assets of Evergreen Realty Trust at the end of fiscal 2023",
     "FF_ASSETS(FY2023) FOR EVRT"),
    ("um yes hi, I need the dividend per share of Umbra Beverages for fiscal 2024",
     "FF_DPS(FY2024) FOR UMBR"),
    ("hi um quick one, sales of Granite Water in fiscal 2022", "FF_SALES(FY2022) FOR GRWT"),
]

# the call's closing, said last: "so yeah", "thanks, bye", "okay bye", "call me back"
CLOSINGS = [
    ("what was the diluted EPS of Falcon Software for fiscal 2023, so yeah", "FF_EPS(FY2023) FOR FALC"),
    ("the market cap of Cobalt Motors as of today, thanks, bye", "FG_MKT_CAP(D0) FOR COBA"),
    ("sales for Pinnacle Telecom in fiscal 2024, um, yeah, okay bye", "FF_SALES(FY2024) FOR PNTC"),
    ("the closing price of Starlight Motors on the latest trading day, so yeah, call me back",
     "P_PRICE(D0) FOR STAR"),
    ("net income for Ivory Bancorp in fiscal 2022 please, thanks bye", "FF_NET_INC(FY2022) FOR IVOR"),
]

# the login said in the first person, as "I'm on the guest tier" was
LOGIN = [
    ("I'm on the guest login, what was the trading volume of Westbrook Consulting on the latest trading day",
     "P_VOLUME(D0) FOR WEST"),
    ("we're on the trial account - what's the P/E of Goldcrest Chemicals today?", "FG_PE(D0) FOR GOLC"),
]


# near misses that keep their reading: a name after "it's" with no comma after it is the company, as before
KEPT = [
    # "hi" after a hesitation greets, as it does first in the question (it was read as a high)
    ("uh hi, what was the lowest closing price of Cobalt Motors in calendar 2023",
     "P_LOW(2023-01-01, 2023-12-31) FOR COBA"),
    ("yeah hi, um, net income for Granite Water in fiscal 2023, thanks", "FF_NET_INC(FY2023) FOR GRWT"),
    # the trade's "hi" after a figure or a span is still the high
    ("COBA 52w hi", "P_HIGH(2024-01-15, D0) FOR COBA"),
    ("hi, it's Falcon Software's sales for fiscal 2023 I need", "FF_SALES(FY2023) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), OPENINGS + CLOSINGS + LOGIN + KEPT)
def test_voicemail_frame(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [
    # a word of the call that would change the query is still named
    ("hey it's Nina, um, the adjusted net income for Tidewater Pharma in fiscal 2023, so yeah", "adjusted"),
    # "no" is never a closing
    ("sales for Pinnacle Telecom in fiscal 2024, no", ""),
])
def test_voicemail_near_misses(question: str, words: str) -> None:
    assert words in refused(question)


# a hesitation inside a phrase ("the past, uh, three months", "below, um, below 10"): the phrase as said without it
INSIDE = [
    ("hi, the lowest closing price of Cobalt Motors over the past, uh, six months, thanks",
     "P_LOW(2024-07-15, D0) FOR COBA"),
    ("um, the share price return of Falcon Software over the last, um, twenty trading days",
     "P_RETURN(D-20, D0) FOR FALC"),
    ("which Banks had a P/E under, uh, under 9 at the end of 2023", "NAME, FG_PE(2023-12-31) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(2023-12-31) < 9)"),
    ("net income of Granite Water and, um, Tidewater Pharma for fiscal 2022",
     "FF_NET_INC(FY2022) FOR GRWT, TIDE"),
]

# (each as the same question said without the repair reads)
# a phrase taken back after a comma ("banks, no, sorry, the ...", "over 20, no, 24 billion"): the one said instead
TAKEN_BACK = [
    ("the three biggest banks, no, sorry, the three biggest companies in the Energy sector by market cap today",
     "NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR(\"Energy\")) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD"),
    ("which Software companies had fiscal 2024 sales over, um, 10, no, 12 billion",
     "NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY(\"Software\"), FF_SALES(FY2024) > 12000)"),
    ("the net income, no wait, the operating income of Lakeside Bancorp for fiscal 2023",
     "FF_OPER_INC(FY2023) FOR LAKE"),
]


@pytest.mark.parametrize(("question", "query"), INSIDE + TAKEN_BACK)
def test_spoken_repairs(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [
    # a hesitation between two companies of a list keeps both; "no" that answers is never a correction
    ("did Cobalt Motors pay a dividend in fiscal 2024, yes or no, and what was it", ""),
])
def test_spoken_repairs_near_misses(question: str, words: str) -> None:
    assert words in refused(question)


# a ticket's greeting to the support desk; a year said again as a whole; the conversion's time said before its target
OTHER = [
    ("Hi support team,\nWhat was Falcon Software's net income for fiscal 2023?\nThanks, Marta",
     "FF_NET_INC(FY2023) FOR FALC"),
    ("Hello support,\nCould I get the dividend yield of Umbra Beverages today?", "FG_DIV_YIELD(D0) FOR UMBR"),
    ("Dear Charter team,\nWhat was Cobalt Motors' free cash flow in fiscal 2022?", "FF_FCF(FY2022) FOR COBA"),
    ("the lowest closing price for Cobalt Motors in 2024, the whole calendar year", "P_LOW(2024-01-01, 2024-12-31) FOR COBA"),
    ("highest close of Falcon Software in 2022 - the full year", "P_HIGH(2022-01-01, 2022-12-31) FOR FALC"),
    ("Which five NX100 members had the highest fiscal 2024 sales, ranked after converting sales to euros?",
     "NAME, FF_SALES(FY2024) FOR SCREEN(INDEX(NX100)) SORT FF_SALES(FY2024) DESC TOP 5 IN EUR"),
    ("Which Banks had fiscal 2023 net income above 5 billion US dollars after conversion to USD?",
     "NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY(\"Banks\"), FF_NET_INC(FY2023) > 5000) IN USD"),
]


@pytest.mark.parametrize(("question", "query"), OTHER)
def test_tickets_years_conversion(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [
    # "after converting" with no currency after it stays unread
    ("Which five NX100 members had the highest fiscal 2024 sales after converting them?", "after converting"),
    # a fiscal year said again as a calendar one is no restatement
    ("net income of Cobalt Motors in fiscal 2023, the whole calendar year", "calendar year"),
])
def test_tickets_years_conversion_near_misses(question: str, words: str) -> None:
    assert words in refused(question)


# a newsletter's part said alone before a colon, as "For our piece:" was: the question after it is read
PAGES = [
    ("Utilities page: which Utilities companies had a dividend yield above 3% today?",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) > 3)"),
    ("Weekly movers box: Cobalt Motors' share price return over the last 5 trading days.", "P_RETURN(D-5, D0) FOR COBA"),
    ("Banking roundup: what was Lakeside Bancorp's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR LAKE"),
]


@pytest.mark.parametrize(("question", "query"), PAGES)
def test_newsletter_pages(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), [
    # a label that restricts stays unread, as before
    ("Banks only page: which companies had a P/E under 10 today?", "page"),
])
def test_newsletter_pages_near_misses(question: str, words: str) -> None:
    assert words in refused(question)


# a quarter said in words after a whole number of percent; "so they're comparable" as "so they are comparable"
SPOKEN_MORE = [
    ("which Banks had a dividend yield over three and a quarter percent today",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_DIV_YIELD(D0) > 3.25)"),
    ("which Utilities companies yield more than four and three quarters percent at the latest close",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR(\"Utilities\"), FG_DIV_YIELD(D0) > 4.75)"),
    ("sales of Cobalt Motors and Falcon Software for fiscal 2023 in euros so they're comparable",
     "FF_SALES(FY2023) FOR COBA, FALC IN EUR"),
]


@pytest.mark.parametrize(("question", "query"), SPOKEN_MORE)
def test_spoken_quarters_comparable(question: str, query: str) -> None:
    assert q(question) == query


def test_a_quarter_after_a_year_is_no_number() -> None:
    assert "quarter" in refused("sales of Cobalt Motors in 2023 and a quarter later")
