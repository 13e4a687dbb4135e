"""Round 26 (f26a): tune26a's classes. "The tech index" (a wrong answer: the IT sector), a yes/no question about the
change closing a request for two figures (a wrong answer: the growth), a question read out by a host (the label that
announces it, who asks it, the host's remarks after it), the buyer's nouns of a set ("packaging suppliers"), "pulled
in", "cash position", "the most recent reported quarter", a fraction as the size of a change ("by more than a
fifth"). Own wordings, never the tuning questions; each positive case fails on int26. Near misses keep their reading
or stay refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "the tech index" / "the technology index": the TECHX index (it was read as the IT sector: a wrong answer)
        ("Which members of the tech index had a P/E below 30 today?",
         "NAME, FG_PE(D0) FOR SCREEN(INDEX(TECHX), FG_PE(D0) < 30)"),
        ("Which stocks in the technology index have a price to book under 4 today?",
         "NAME, FG_PB(D0) FOR SCREEN(INDEX(TECHX), FG_PB(D0) < 4)"),
        ("Which tech index names had sales above 5 billion in fiscal 2023?",
         "NAME, FF_SALES(FY2023) FOR SCREEN(INDEX(TECHX), FF_SALES(FY2023) > 5000)"),
        # near misses: "tech" without "index" stays the sector
        ("Which tech companies in the NX100 had a P/E below 30 today?",
         'NAME, FG_PE(D0) FOR SCREEN(INDEX(NX100) & SECTOR("Information Technology"), FG_PE(D0) < 30)'),
        ("Which tech stocks had a P/E below 30 today?",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Information Technology"), FG_PE(D0) < 30)'),
    ],
)
def test_the_tech_index(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a closing yes/no question about the change: the two figures asked (the growth was read, or refused)
        ("Falcon Software: revenue in fiscal 2020 versus fiscal 2024. Did it grow?",
         "FF_SALES(FY2020), FF_SALES(FY2024) FOR FALC"),
        ("Northwind Systems net income, FY2022 vs FY2024 - has it improved?",
         "FF_NET_INC(FY2022), FF_NET_INC(FY2024) FOR NWSY"),
        ("Cascade Semiconductor: operating income in fiscal 2019 and fiscal 2023. Did they rise?",
         "FF_OPER_INC(FY2019), FF_OPER_INC(FY2023) FOR CSMI"),
        ("Delta Capital: net income in FY2022 and FY2024 - did it shrink?",
         "FF_NET_INC(FY2022), FF_NET_INC(FY2024) FOR DELC"),
        # near misses: a growth word in the request keeps the growth; one period keeps its reading
        ("Eastgate Microdevices: EPS growth from fiscal 2021 to fiscal 2024. Did it shrink?",
         "GROWTH(FF_EPS, FY2021, FY2024) FOR EAST"),
        ("Eastgate Microdevices: EPS last year. Did it shrink?", "GROWTH(FF_EPS, FY2023, FY2024) FOR EAST"),
    ],
)
def test_a_closing_yes_no_about_the_change(question: str, query: str) -> None:
    assert q(question) == query


def test_a_yes_no_question_alone_stays_refused() -> None:
    assert "yes/no" in refused("Did Eastgate Microdevices' EPS shrink between fiscal 2021 and fiscal 2024?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the host's label of the question, to a colon or a dash
        ("Last one for today's episode: what is Bluepeak Energy's dividend yield today?", "FG_DIV_YIELD(D0) FOR BPE"),
        # who asks it
        ("Someone asks which insurers paid a dividend per share above 2 last year.",
         'NAME, FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Insurance"), FF_DPS(FY2024) > 2)'),
        ("Priya from Leeds asks what Falcon Software's free cash flow was in fiscal 2022.", "FF_FCF(FY2022) FOR FALC"),
        ("Someone on social asked how much debt Northwind Systems had at the end of fiscal 2023.",
         "FF_DEBT(FY2023) FOR NWSY"),
        ("Tom in Leeds wants to know which airlines had negative net income in fiscal 2020.",
         'NAME, FF_NET_INC(FY2020) FOR SCREEN(INDUSTRY("Airlines"), FF_NET_INC(FY2020) < 0)'),
        # the host's remarks after it
        ("So Omar writes in, he says, what was Northwind Systems' net income in fiscal 2023? Great question, Omar.",
         "FF_NET_INC(FY2023) FOR NWSY"),
        ("Which five banks had the lowest P/E today? Name and shame!",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC TOP 5'),
    ],
)
def test_a_question_read_out_by_a_host(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # read by the rules alone on int26 too, but refused there with the sense index (the bench's path), naming
        # "good", "tricky question", "final question": pinned here, the label now taken off before either path
        ("Here's a good one, everyone: which three banks had the highest net income last year?",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_NET_INC(FY2024) DESC TOP 3 IN USD'),
        ("Bit of a tricky question here: which utilities had a P/E below 15 today?",
         'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'),
        ("Final question of the show, folks: which utilities had the highest dividend yield today?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
    ],
)
def test_a_hosts_label_pinned(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # "whether" after the verb still asks yes or no
        ("Someone asks whether Falcon Software's sales grew last year.", "whether"),
        # a label that names a set or a desk is no host's label: its words are read (and named)
        ("Quick one from the banks desk: what was Falcon Software's P/E today?", "desk"),
        # a name that is a word of the catalog (a company's, a set's) is never taken for who asks
        ("Falcon asks what Northwind Systems' sales were last year.", "asks"),
        ("Kenji from Japan asks which banks had a P/E below 10 today.", "asks"),
        ("Quick one from Sterling: what was Falcon Software's P/E today?", "quick"),
    ],
)
def test_a_question_read_out_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the buyer's nouns of the companies right after a set's name
        ("Which software vendors had an operating margin above 20% in fiscal 2023?",
         'NAME, FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 FOR SCREEN(INDUSTRY("Software"), '
         "FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100 > 20)"),
        ("List the packaging suppliers with net income above 100 million last year.",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Packaging"), FF_NET_INC(FY2024) > 100)'),
        # "pulled in": money brought in, beside the measure it does not choose
        ("Tell me how much revenue Falcon Software pulled in during fiscal 2022.", "FF_SALES(FY2022) FOR FALC"),
        # "cash position": the cash balance ("net cash position" stays net cash)
        ("What was Falcon Software's cash position at the end of fiscal 2023?", "FF_CASH(FY2023) FOR FALC"),
        ("What was Falcon Software's net cash position at the end of fiscal 2023?",
         "FF_CASH(FY2023) - FF_DEBT(FY2023) FOR FALC"),
        # "the most recent reported quarter (fiscal year)"
        ("What was Falcon Software's revenue in the most recent reported quarter?", "FF_SALES(FQ0) FOR FALC"),
        ("What was Falcon Software's debt in the most recent reported fiscal year?", "FF_DEBT(FY2024) FOR FALC"),
        # a fraction as the size of a change
        ("Which utilities grew sales by more than a third between fiscal 2020 and fiscal 2024?",
         'NAME, GROWTH(FF_SALES, FY2020, FY2024) FOR SCREEN(SECTOR("Utilities"), GROWTH(FF_SALES, FY2020, FY2024) > 33.33)'),
        ("Which utilities grew sales by at least half between fiscal 2020 and fiscal 2024?",
         'NAME, GROWTH(FF_SALES, FY2020, FY2024) FOR SCREEN(SECTOR("Utilities"), GROWTH(FF_SALES, FY2020, FY2024) >= 50)'),
        ("Which airlines saw revenue fall by more than a quarter between fiscal 2019 and fiscal 2020?",
         'NAME, GROWTH(FF_SALES, FY2019, FY2020) FOR SCREEN(INDUSTRY("Airlines"), GROWTH(FF_SALES, FY2019, FY2020) < -25)'),
        # near miss: "half of" a figure is a ratio's
        ("Which chemicals companies had debt below half of their equity last year?",
         'NAME, FF_DEBT(FY2024), FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Chemicals"), FF_DEBT(FY2024) < FF_EQUITY(FY2024) * 0.5)'),
    ],
)
def test_smaller_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # the suppliers of a set are other companies; suppliers alone name no set
        ("Which banks' suppliers had a P/E below 10 today?", "suppliers"),
        ("Which suppliers had a P/E below 10 today?", "suppliers"),
        # an amount after "a quarter of" is no fraction of a change
        ("Which utilities grew sales by more than a quarter of a billion between fiscal 2020 and fiscal 2024?",
         "quarter of a billion"),
    ],
)
def test_smaller_words_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the same figure asked again at another period with the first clause's verb or a reporting verb, or at "last
        # year" after the question word (it was refused, naming the second period)
        ("What dividend per share did Falcon Software pay in fiscal 2022, and what did it pay in fiscal 2024?",
         "FF_DPS(FY2022), FF_DPS(FY2024) FOR FALC"),
        ("What did Northwind Systems earn per share in fiscal 2021, and what did it print last year?",
         "FF_EPS(FY2021), FF_EPS(FY2024) FOR NWSY"),
        ("What was Falcon Software's revenue in fiscal 2020, and what last year?",
         "FF_SALES(FY2020), FF_SALES(FY2024) FOR FALC"),
        ("How many people did Falcon Software employ in fiscal 2019, and how many last year?",
         "FF_EMPLOYEES(FY2019), FF_EMPLOYEES(FY2024) FOR FALC"),
        # near miss: a multiple of a figure said after the other one is read (both named)
        ("Which logistics companies had debt more than three times the cash they held last year?",
         'NAME, FF_DEBT(FY2024), FF_CASH(FY2024) FOR SCREEN(INDUSTRY("Logistics"), FF_DEBT(FY2024) > FF_CASH(FY2024) * 3)'),
    ],
)
def test_asked_again_and_multiples(question: str, query: str) -> None:
    assert q(question) == query


def test_a_multiple_compared_with_a_figure_not_named() -> None:
    # (a wrong answer on int26: the cash above 3)
    assert "three times the cash" in refused("Which airlines owed more than three times the cash they held last year?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a historian's "back in <year>": the period itself
        ("Back in fiscal 2019, what was Falcon Software's net income?", "FF_NET_INC(FY2019) FOR FALC"),
        ("What was Northwind Systems' debt back in 2018?", "FF_DEBT(FY2018) FOR NWSY"),
        # "the very first (last)": the intensifier says nothing more (read by the rules alone on int26 too, but refused
        # there with the sense index, naming "very": pinned)
        ("Where did Falcon Software's shares close on the very first trading day of 2020?", "P_PRICE(2020-01-01) FOR FALC"),
        # the first trading day of 2015 is the data's first day, 2015-01-02 (it was refused: the 1st, before the data)
        ("What did Northwind Systems' stock close at on the first trading day of 2015?", "P_PRICE(2015-01-02) FOR NWSY"),
        # "head to head" said last after "versus": the two set against each other, as the comparison says
        ("Falcon Software versus Northwind Systems: return over the past year, head to head.",
         "P_RETURN(2024-01-15, D0) FOR FALC, NWSY"),
        # "better (worse) than N%": a threshold, as "faster than" is
        ("Which utilities grew sales at better than 4% a year from fiscal 2019 to fiscal 2024?",
         'NAME, CAGR(FF_SALES, FY2019, FY2024) FOR SCREEN(SECTOR("Utilities"), CAGR(FF_SALES, FY2019, FY2024) > 4)'),
        ("Which banks returned worse than -10% in 2024?",
         'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, 2024-12-31) < -10)'),
        # "price-earnings ratio" (hyphenated) is the P/E
        ("What was Falcon Software's price-earnings ratio at the end of 2023?", "FG_PE(2023-12-31) FOR FALC"),
        # "with where it is (stands) now": the figure today beside the other period (the "now" was dropped on int26:
        # a wrong answer, one column)
        ("Compare Falcon Software's P/B at the end of 2021 with where it is now.", "FG_PB(2021-12-31), FG_PB(D0) FOR FALC"),
    ],
)
def test_a_historians_and_activists_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # "better" of a multiple is not said to be higher or lower: refused, naming it
        ("Which banks had a P/E better than 10 today?", "better"),
        # "head to head with" a company is no comparison of figures
        ("Which companies compete head to head with Falcon Software?", "head"),
        # "back in the day" names no period
        ("Back in the day, what was Falcon Software's revenue?", "back"),
    ],
)
def test_a_historians_and_activists_words_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # one figure kept as (turned into) a share of another: the figure above that share of the other
        ("Which retailers kept less than 30 cents of every dollar of revenue as gross profit last year?",
         'NAME, FF_GROSS_INC(FY2024), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Retail"), '
         "FF_GROSS_INC(FY2024) < FF_SALES(FY2024) * 0.3)"),
        ("Which utilities converted at least 10% of sales into free cash flow in fiscal 2023?",
         'NAME, FF_FCF(FY2023), FF_SALES(FY2023) / 10 FOR SCREEN(SECTOR("Utilities"), FF_FCF(FY2023) >= FF_SALES(FY2023) / 10)'),
        ("Which airlines kept more than 5% of last year's sales as net income?",
         'NAME, FF_NET_INC(FY2024), FF_SALES(FY2024) / 20 FOR SCREEN(INDUSTRY("Airlines"), '
         "FF_NET_INC(FY2024) > FF_SALES(FY2024) / 20)"),
    ],
)
def test_a_share_kept_as_another_figure(question: str, query: str) -> None:
    assert q(question) == query


def test_kept_without_a_share_stays_refused() -> None:
    assert "kept" in refused("Which banks kept their dividend above 2 last year?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "earned (made) N% on equity (assets)": the return on equity (assets) compared
        ("Which banks earned more than 12% on equity in fiscal 2023?",
         'NAME, FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 > 12)"),
        ("Which utilities made less than 3% on their assets last year?",
         'NAME, FF_NET_INC(FY2024) / FF_ASSETS(FY2024) * 100 FOR SCREEN(SECTOR("Utilities"), '
         "FF_NET_INC(FY2024) / FF_ASSETS(FY2024) * 100 < 3)"),
        # the hedge "actually" inside a phrase ("analysts cover")
        ("How many analysts actually cover Falcon Software for next year?", "FE_NUM(FY1) FOR FALC"),
        # near miss: "actual" (reported) is read as before
        ("What was Falcon Software's actual EPS in fiscal 2024?", "FF_EPS(FY2024) FOR FALC"),
    ],
)
def test_earned_on_equity_and_actually(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "the Street's (analysts') guess": their estimate
        ("What is the Street's sales guess for Falcon Software for next year?", "FE_SALES(FY1) FOR FALC"),
        ("What are analysts' best guesses for Falcon Software's EPS next year?", "FE_EPS(FY1) FOR FALC"),
        # "the lowest (highest) X's shares have closed": the lowest (highest) close
        ("What's the lowest Falcon Software's shares have closed in 2023?", "P_LOW(2023-01-01, 2023-12-31) FOR FALC"),
        # "over the decade from A to B": the span said by its ends
        ("Over the decade from fiscal 2015 to fiscal 2024, what was Northwind Logistics' average annual free cash flow?",
         "AVG(FF_FCF, FY2015, FY2024) FOR NWLG"),
        # "Let's talk X -": a host's topic said again in the question
        ("Let's talk dividends: what was Northwind Systems' dividend per share in fiscal 2023?", "FF_DPS(FY2023) FOR NWSY"),
        # "free cash": the trade's short name of free cash flow
        ("How much free cash did Falcon Software generate in fiscal 2023?", "FF_FCF(FY2023) FOR FALC"),
        # "Back in <year>" said first
        ("back in 2019, what was Falcon Software's revenue?", "FF_SALES(FY2019) FOR FALC"),
    ],
)
def test_more_voices_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Let's talk banks: what was Falcon Software's P/E today?", "talk"),  # a topic not said again
        ("Over the decade, what was Northwind Logistics' average free cash flow?", "decade"),  # no ends said
        ("What's my guess for Falcon Software's EPS?", "guess"),  # nobody's estimate
        ("How many shares did Falcon Software buy back in fiscal 2023?", "buy back"),  # a verb's particle
    ],
)
def test_more_voices_words_near_misses(question: str, word: str) -> None:
    assert word in refused(question)
