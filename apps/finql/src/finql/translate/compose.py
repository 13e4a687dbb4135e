"""Composition: linked entities, times, senses and structure words -> one FinQL query, or a refusal.

Reads the question's atoms in order, the way the SPEC grammar composes them:

- a *target*: the companies named (in order), else a screen over the sets named (``ALL``
  without one) when the question asks for companies ("which", "list", a ranking, a condition);
- *conditions* ``expr CMP number|expr`` (with ``between``, fractions, signs and the adjectives
  of general financial English: profitable, loss-making, dividend-paying, below book value),
  joined by AND/OR with ``either ... or`` and parentheses grouping;
- *items*: every sense not used by a condition, under its functions (GROWTH, CAGR, AVG, SUM) and
  for each period the question names (several periods give several items);
- ``SORT``/``TOP`` from ranking words, with the key named after "by"/"on" or next to the superlative;
- ``IN`` from the target currency, or USD where money is ranked or screened across currencies.

Whatever cannot be placed raises ``Refusal`` naming the words, so nothing is silently dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from finql.language.calendar import FIRST_DAY, LAST_DAY
from finql.language.registry import FIELDS, FIRST_FY, LATEST_FY, METRICS, by_ticker
from finql.translate import rx as re
from finql.translate.entities import CURRENCY_WORDS, Entities, SetTerm, currency_mentions, name_end
from finql.translate.errors import Refusal
from finql.translate.senses import BETTER_HIGHER, BY_KEY, FROM_EXTREME, Hit, Sense
from finql.translate.sets import group_breaks, universe, universe_companies
from finql.translate.structure import COMPARATIVES_DOWN, COMPARATIVES_UP, Atom
from finql.translate.text import (
    CHANGE_DIRECTIONS,
    CHANGE_VERBS,
    COUNTED_FROM,
    COURTESY,
    CURRENCY_CODES,
    CURRENCY_COUNTRY,
    CURRENCY_WORD,
    MILLIONS,
    MILLIONS_M,
    MOVE_DOWN,
    MOVE_UP,
    number_words,
)
from finql.translate.timeres import (
    GRAIN_CUES,
    Mention,
    TimeFound,
    TimeValue,
    first_trading_day,
    fiscal_quarter_ending,
    number,
    period_order,
)


@dataclass
class Reading:
    """A composed query, in parts."""

    items: list[str] = field(default_factory=list)
    tickers: list[str] = field(default_factory=list)
    universe: str | None = None
    condition: str | None = None
    sort: str | None = None
    descending: bool = True
    top: int | None = None
    currency: str | None = None
    notes: list[str] = field(default_factory=list)

    def query(self) -> str:
        target = ", ".join(self.tickers) if self.tickers else (
            f"SCREEN({self.universe or 'ALL'}" + (f", {self.condition})" if self.condition else ")"))
        out = f"{', '.join(self.items)} FOR {target}"
        if self.sort:
            out += f" SORT {self.sort} {'DESC' if self.descending else 'ASC'}"
            if self.top:
                out += f" TOP {self.top}"
        if self.currency:
            out += f" IN {self.currency}"
        return out


@dataclass
class Use:
    """One sense in the question and what the composer bound to it."""

    hit: Hit
    time: Mention | None = None
    func: Atom | None = None
    used: bool = False  # consumed by a condition or the sort key
    pinned: bool = False  # its time was set by the question's own restatement (``_apposition``): ``_bind_times`` keeps it
    parts: tuple[Any, ...] | None = None  # arithmetic of two uses (left, op, right, percent): each keeps its time
    # periods joined to ``time`` ("FY2022 and FY2023"; ``_time_lists``), and, on a function over one of several ranges,
    # that only this range's years are read (an expected growth per range); neither takes part in comparing two uses
    extra_times: list[Any] | None = field(default=None, compare=False)
    one_range: bool = field(default=False, compare=False)
    # (round 29) a reported growth of its own year set against an expected growth ("grow EPS faster next year than
    # last year": ``_period_comparison``): never a growth to an estimate
    reported: bool = field(default=False, compare=False)
    # "yoy" or "qoq" where the question says both grains ("sales q/q and y/y"): the one said next to this growth
    # (``_grains``); None reads the question's one grain (``TimeFound.yoy`` / ``qoq``)
    grain: str | None = None


def _combine(t1: str, op: str, t2: str, pct: bool) -> str:
    """``t1 op t2`` with the parentheses the precedence needs (``* 100`` for "as a percentage of")."""
    wrap2 = f"({t2})" if op in ("-", "/", "*1e6/", "*1e3/") and re.search(r" [-+*/] ", t2) \
        or op == "*" and re.search(r" [-+] ", t2) else t2
    wrap1 = f"({t1})" if op in ("/", "*", "*1e6/", "*1e3/") and re.search(r" [-+] ", t1) else t1
    if op == "*1e6/":  # money in millions per unit of the right side, in units of the currency
        return f"{wrap1} * 1000000 / {wrap2}"
    if op == "*1e3/":  # in thousands of the currency
        return f"{wrap1} * 1000 / {wrap2}"
    if op == "g":  # growth from the first to the second, in percent
        # (round 27: an estimate too, "by what percentage is FY2026 consensus EPS above FY2025's": SPEC's GROWTH takes
        # an estimates metric; the quotient is not null where the first is not positive, as GROWTH is)
        same = re.fullmatch(r"((?:FF|FE)_[A-Z_]+)\((\w+)\)", t1), re.fullmatch(r"((?:FF|FE)_[A-Z_]+)\((\w+)\)", t2)
        if same[0] and same[1] and same[0].group(1) == same[1].group(1):  # one metric at two periods: GROWTH
            return f"GROWTH({same[0].group(1)}, {same[0].group(2)}, {same[1].group(2)})"
        return f"({t2} / {wrap1 if ' ' not in t1 else f'({t1})'} - 1) * 100"
    return f"{wrap1} / {wrap2} * 100" if pct else f"{wrap1} {op} {wrap2}"


def leaves(uses: list[Use]) -> list[Use]:
    """The uses with every arithmetic use replaced by its operands (each binds its own period)."""
    out: list[Use] = []
    for u in uses:
        out.extend(leaves([u.parts[0], u.parts[2]]) if u.parts else [u])
    return out


@dataclass
class Ctx:
    text: str
    ents: Entities
    time: TimeFound
    uses: list[Use]
    atoms: list[Atom]
    used_atoms: set[int] = field(default_factory=set)
    used_times: set[int] = field(default_factory=set)
    # the span and the year it ends in that ``_span_ending`` paired ("five-year CAGR ending FY2023"): the column and
    # the sort key of the same measure read them again
    span_ended: set[int] = field(default_factory=set)
    universe: str | None = None  # the screen's set expression (None: the companies named)
    versus: Atom | None = None  # the comparative of a comparison between the named companies
    versus_than: bool = False  # said with "than" ("does A have more X than B?"): both rows, ranked
    # "how much bigger was A's revenue than B's": a comparison across the named companies, read as "than" is
    across: Atom | None = None
    # "Is X net cash? Cash minus debt at the last year end.": the one measure of a yes/no question defined by the next
    # sentence, which asks for that figure
    defined_after: bool = False
    # "was X's net income higher in FY2024 than in FY2023", "which year was better for X, 2022 or 2023": one measure of
    # the named companies compared between periods (``_periods_compared``)
    periods_compared: bool = False
    # set words that only describe the companies named ("of the three utilities, A, B and C"), dropped as a target
    described: list[Any] = field(default_factory=list)
    # (round 26) the years a growth starts from as the one set against the latest ("up on 2023", ``_growth_against``)
    set_against: set[int] = field(default_factory=set)

    def take(self, a: Atom) -> None:
        self.used_atoms.add(id(a))

    def between(self, s: int, e: int) -> list[Atom]:
        return [a for a in self.atoms if s <= a.start and a.end <= e]


# the units a number says a percentage in (an atom's unit as written)
_PCT_UNITS = ("%", "percent", "per cent", "pct")

# the words of companies in general, and of a request or a question over them: a screen is asked ("which stocks
# ...", "list every member ..."); (round 31) one word list, read by the screen's cue and by ``_COMPANIES_IN_GENERAL``
# ((round 41, f41n) "all" of an adverb is no company word: "net income from 2020 to 2022 all together" (", all told",
# "all in all", "in all", "after all") names no company; it screened every company (SCREEN(ALL), each one's total): the
# question names no company or set and is refused as "net income from 2020 to 2022" is)
_ALL_OF_COMPANIES = (r"all(?!\s+(?:together|told|combined|summed|added|up|in\s+all)\b)(?<!\bin\sall)(?<!\bat\sall)"
                     r"(?<!\bafter\sall)(?<!\babove\sall)")
_COMPANY_WORDS = (r"companies|stocks|firms|names|members|constituents|shares|equities|issuers|businesses|ones|any|"
                  + _ALL_OF_COMPANIES + r"|every|who")
_SCREEN_CUE = re.compile(rf"\b(?:which|what|list|show|find|give|screen|name|{_COMPANY_WORDS})\b")


# (round 30, lead) a possessive said of companies the question never names: "What is its P/E?", "Show their FY2023
# revenue." was a screen of every company (the company was said before, elsewhere); a question that names companies in
# general ("which companies ... their", "top 5 ... and their P/E", "in the universe") keeps its screen
_POSSESSIVE = re.compile(r"\b(?:its|their)\b")
_COMPANIES_IN_GENERAL = re.compile(rf"\b(?:{_COMPANY_WORDS}|company|stock|firm|each|universe|top|which|whose)\b")


# (round 47, f47w) the possessive's own noun ("their shares", "its stock"): the shares of the companies it stands for,
# never companies in general; and "which of them", "among them": a pronoun of companies said before
_POSSESSIVES_NOUN = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:shares|stocks?|equities|names|constituents|members)\b")
_OF_THEM = re.compile(r"\b(?:of|among|between|from)\s+(?P<p>them|themselves)\b")
# (round 49, f49t) "which" asked or told of the asker's own company: "I can tell you which one I hold", "which one do I
# own?", "guess which stock we bought": no company in general (the possessive after it was every company's P/E, a wrong
# answer); "which company has ..." and "which do you think is cheapest" ask of companies and keep their screen
_WHICH_OF_MINE = re.compile(r"\bwhich(?:\s+(?:one|company|stock|firm|name|share|shares|ones))?\s+(?:(?:do|did|have)\s+)?"
                            r"(?:i|we)(?:'ve|'m)?\s+(?:(?:currently|still|already|actually|really)\s+)?"
                            r"(?:hold|own|have|had|bought|mean|meant|picked|chose|got|hold(?:ing)?|own(?:ing)?|"
                            r"invested\s+in|am\s+holding|am\s+thinking\s+of)\b|"
                            # ("you know which company (I mean)." with the filler dropped: a told sentence's end)
                            r"\b(?:know|tell\s+you|say|guess)\s+which(?:\s+(?:one|company|stock|firm|name|ones))?(?=\s*[.!;])")


def _pronoun_of_nothing(text: str) -> str | None:
    """The possessive of a screen that names no companies at all (``_POSSESSIVE``), else None. (round 47, f47w) Its
    own noun is no word of companies in general ("How their shares have done year to date" was every company's return:
    a wrong answer); "which of them" names no companies either."""
    m = _POSSESSIVE.search(text)
    blank = _POSSESSIVES_NOUN.sub(lambda x: " " * len(x.group(0)), text)
    general = _COMPANIES_IN_GENERAL.search(_WHICH_OF_MINE.sub(lambda x: " " * len(x.group(0)), blank))
    if m and not general:
        return m.group(0)
    them = _OF_THEM.search(text)
    return them.group("p") if them else None


# (round 44, lead) a company joined to the figure of a possessive said before every company named: "What was its net
# income in fiscal 2023, and Falcon Software's?", "their sales and those of Apex Materials": the pronoun stands for a
# company said before the question (in a sentence of the asker's dropped as context: "I worked at Tesla for ten
# years."), not for the one the joint adds; that one's figure alone was answered (a wrong answer)
_JOINED_AFTER = re.compile(r"(?:,\s*|\s+)(?:and|or|&|plus|as\s+well\s+as|along\s+with|together\s+with|vs\.?|versus|"
                           r"compar(?:e|es|ed|ing)\s+(?:with|to|against)|relative\s+to|next\s+to|beside|alongside|against|than)\s+(?:(?:for|of|to|with|at)\s+)?(?:(?:that|those)\s+of\s+)?"
                           r"(?:the\s+)?$")


def _pronoun_before_the_named(text: str, ticker_pos: dict[str, int]) -> str | None:
    """The possessive (``_POSSESSIVE``) said before every company named where a joint adds the first company named to
    it (``_JOINED_AFTER``), else None ("What was its net income, Falcon Software?" and "Apex Materials: its P/E and
    Falcon's" are not this)."""
    pos = sorted(p for p in ticker_pos.values() if p >= 0)
    m = _POSSESSIVE.search(text, 0, pos[0]) if pos else None
    return m.group(0) if m and _JOINED_AFTER.search(text[m.end():pos[0]]) else None


_ITS = re.compile(r"(?<![\w'])its(?![\w'])")  # (the singular possessive, compiled once)
# (round 46) a currency in words after a price bound ("above 100 US dollars"), and with "per share": compiled once
_CURRENCY_SAID = re.compile(r"\s*(?:" + CURRENCY_WORDS + r")\b")
_CURRENCY_PER_SHARE = re.compile(r"\s*(?:(?:" + CURRENCY_WORDS + r")\s+)?per[- ]share\b")
# (round 46, f46w) "it" said as the subject of a company's doing, asked ("How did it do last year?", "what did it earn",
# "has it grown", "what's it worth") or told ("it earned", "it grew"), and "the company" ("the stock", "the firm") said
# so or as a possessive ("the company's P/E"): a company, as "its" is; "it" as an object
# ("Show it in USD", "put it in euros", "analysts who cover it") or a clause's dummy ("if it matters", "if it was poor")
# is the answer or no one, and stays read; "which is the company with the higher P/E" picks one of them; (round 46,
# lead) an "it" that ends its clause is an object ("Not sure if you have it."), never a subject
# (round 31, round 46; one home since round 47, r47) the singular nouns that name one company: "the company('s)", "this
# stock", "the firm", "the issuer", "the corporation" (round 31's ``_ONE_SAID_BEFORE``, r46's ``_THE_COMPANY``, f46w's
# ``_ONE_SUBJECT`` and round 32's ``_ONE_COMPANY_NOUN`` each listed them, differently: "stock" was missing from one,
# "issuer" from another, "corporation" from all; "A and B. What is the P/E of the stock?" was answered for both)
_THE_ONE_NOUN = r"company|firm|stock|business|issuer|corporation"
# ("the stock" before a noun it qualifies is no company said before: "the stock price", "the stock market", "the stock
# split", of each company named)
_STOCK_COMPOUND = (r"(?!stock\s+(?:prices?|markets?|exchanges?|splits?|returns?|performance|quotes?|charts?|symbols?|"
                   r"tickers?|options?|buybacks?|repurchases?|picks?|picking|index|indices|universe|screens?|lists?|"
                   r"data|levels?|moves?|movements?|count|comp|based)\b)")
# (round 48, f48w) and the market's "the name" said as a company's subject ("A and B: how did the name do in 2024?",
# "this name traded ...") or possessive ("the name's P/E"): one company (both were answered); never the NAME field
# ("show the name and P/E", "what's the name of ...": no subject, or a noun after it), so not in ``_THE_ONE_NOUN``
_THE_NAME = r"name(?!\s+(?:of|and|or|for|in|as|to|field|column)\b)"
_ONE_SUBJECT = r"it|(?:the|this|that)\s+(?:" + _STOCK_COMPOUND + r"(?:" + _THE_ONE_NOUN + r")|" + _THE_NAME + r")"
_IT_SUBJECT = re.compile(r"(?:(?<![\w'])(?:did|does|do|has|had|have|is|was|will|would|can|could|should)|"
                         r"(?<![\w'])(?:what|how|where|when|why)'s)\s+(?P<it>" + _ONE_SUBJECT + r")(?![\w'])(?=\s+\w)"
                         r"(?!\s+(?:be\s+)?(?:possible|available|okay|ok|fine|true|in|for|as|with|that|which|whose|who|having)\b)|"
                         r"(?<![\w'])(?P<it2>" + _ONE_SUBJECT + r")\s+(?:did|does|earned|earns|made|makes|grew|grows|"
                         r"performed|performs|reported|reports|sold|sells|spent|spends|traded|trades|closed|closes|fared|"
                         r"fares|paid|pays|returned|returns|generated|generates|booked|books|posted|posts|lost|loses|gained|"
                         r"gains|delivered|delivers)\b|"
                         r"(?<![\w'])(?P<it3>(?:the|this|that)\s+(?:" + _THE_ONE_NOUN + r"|name)'s)(?![\w'])", re.IGNORECASE)
# (round 46, lead: f46w and r46 mended this class each; both readings are kept, joined in the one function below)
# ((round 46, r46) and the company named by a singular noun, "the company('s)", "this firm": "Apex Materials and
# Falcon Software. What is the P/E of the company?" was answered for both; not a noun that picks one by what follows,
# "the company with the highest P/E", nor "the company name")
_THE_COMPANY = re.compile(r"(?<![\w'])(?:the|this|that)\s+" + _STOCK_COMPOUND + r"(?:" + _THE_ONE_NOUN + r")(?:'s)?(?![\w'-])"
                          r"(?!\s+(?:with|that|which|whose|where|who|names?|among|of|in|from)\b)")
# ((round 46, r46) and "it" where it can only be a company: "it's" as the possessive before a measure ("What was it's
# net income?", ``hit_starts``); never "it's in euros"; r46's "did it do" is ``_IT_SUBJECT``'s)
_IT_IS = re.compile(r"(?<![\w'])it's(?=\s)")


def _one_of_several_before(text: str, ticker_pos: dict[str, int], hit_starts: tuple[int, ...] = ()) -> str | None:
    """(round 45, f45s; round 46, r46: or the singular noun, ``_THE_COMPANY``) The singular possessive ("its") in a
    sentence after the one that names several
    companies, none named in or after the pronoun's sentence ("My wife flies Copperfield Air and Prairie Airways. What
    was its net income?"): which one is meant is not said (every company named was answered, a wrong answer); the
    pronoun, else None."""
    pos = sorted(p for p in ticker_pos.values() if p >= 0)
    if len(pos) < 2:
        return None
    # (only the possessive: "it" may be the answer or no one, "Show it in USD", "if it matters": found by the readall)
    # (round 46, f46w) and "it" said as a company's subject ("I follow A and B. How did it do last year?": both were
    # answered; ``_IT_SUBJECT``); (round 46, r46) and "the company", "it's" before a measure (``_THE_COMPANY``,
    # ``_IT_IS``)
    starts = set(hit_starts)
    found = [(m.start(), m.group(0)) for m in _ITS.finditer(text, pos[-1])] + [
        (m.start(g), m.group(g)) for m in _IT_SUBJECT.finditer(text, pos[-1]) for g in ("it", "it2", "it3") if m.group(g)]
    found += [(m.start(), m.group(0)) for m in (*_THE_COMPANY.finditer(text, pos[-1]),
                                                  *(m for m in _IT_IS.finditer(text, pos[-1]) if m.end() + 1 in starts))]
    for at, word in sorted(found):
        # (round 45, lead) or after a colon, semicolon or dash that ends the companies' clause, "Apex Materials and
        # Falcon Software: what is its P/E?" (answered for both, noticed by f45s); (round 46, lead) or a comma, "For A
        # and B, what is its P/E?", "Which of A and B has the higher P/E, and what are its sales?" (answered for both,
        # noticed by f46w and r46), not where each company is meant, "each in its own currency", "its own"
        between = text[pos[-1]:at]
        # (round 48, f48t) "A vs B - how far off its 12-month high is each one now?", "A and B: how far is each from
        # its high?": "each" ("every", "respectively") in the pronoun's own clause (after the last break before it, up
        # to the next comma or sentence end) says every company named is meant, as after a comma (it was refused, naming "its")
        breaks = list(re.finditer(r"(?:[.!?:;]|\s[-\u2013\u2014])(?:\s|$)", between))
        own = text[pos[-1] + (breaks[-1].end() if breaks else 0):at + re.search(r"[.!?;,]|$", text[at:]).start()]
        if breaks and re.search(r"\b(?:each|every|respective(?:ly)?)\b", own):
            continue
        if re.search(r"(?:[.!?:;]|\s[-\u2013\u2014])(?:\s|$)", between) or (
                "," in between and not re.search(r"\b(?:each|every|respective(?:ly)?)\b", between)
                and not re.match(r"its\s+own\b", text[at:])):
            return word
    return None


# (round 31) one company said before, named by a singular noun: "What was the company's revenue last year?", "the
# firm's P/E", "this stock's close", "the stock price" (a screen of every company, as "its" was: a wrong answer)
_ONE_SAID_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:" + _THE_ONE_NOUN + r")(?![\w-])")


def _company_said_before(text: str) -> str | None:
    """The singular noun of ``_ONE_SAID_BEFORE`` in a screen that names no companies in general besides it, else None
    (the caller keeps a screen with a condition or a ranking: "the company with the highest sales")."""
    m = _ONE_SAID_BEFORE.search(text)
    return m.group(0) if m and not _COMPANIES_IN_GENERAL.search(_ONE_SAID_BEFORE.sub(" ", text)) else None


# the singular nouns of one company, of any kind or of a set's ("which bank has ...", "the bank's P/E")
_ONE_COMPANY_NOUN = _THE_ONE_NOUN + r"|bank|insurer|utility|retailer|reit|automaker|airline|miner|lender"
# (round 32) one member of a set said before: "What was the bank's P/E?", "the Swiss bank's", "the P/E of the
# software company" listed every bank (a singular set noun, as r31's "the company's" was)
# (not a noun before a plural: "the NX100 bank guys", "the bank stocks" are the set's)
_ONE_OF_A_SET = re.compile(rf"\b(?:the|this|that)\s+(?:[\w&-]+\s+){{0,2}}?(?:{_ONE_COMPANY_NOUN})(?:'s?|(?!\s+[a-z]+s\b))(?![\w-])")


def _member_said_before(ctx: Ctx) -> str | None:
    """(round 32) The words of ``_ONE_OF_A_SET`` that hold a set named in a screen with no word for companies in
    general besides them (no "each", "which", "companies"), else None; the caller keeps conditions and rankings ("the
    bank with the highest P/E"); "the banks' P/E", "the tech sector's P/E" name the set."""
    for m in _ONE_OF_A_SET.finditer(ctx.text):
        if any(m.start() <= t.start < m.end() for t in ctx.ents.sets) \
                and not _COMPANIES_IN_GENERAL.search(ctx.text[:m.start()] + " " + ctx.text[m.end():]):
            return m.group(0)
    return None


# "Did X's sales grow?", "Has X's net income risen since 2020?": a yes/no question about named
# companies. FinQL answers with figures; the growth figure would answer another question, so it is
# refused (a screen is different: "Are there banks with a P/E below 10?" is answered by the list).
_YES_NO = re.compile(r"\W*(?:(?:and|so|also|tell me|please|quick question:?)\W+)*(did|does|do|is|are|was|were|has|have|had|"
                     r"will|would|can|could|should)\b")
# "Has X's share price gone up or down since July?", "did X's sales rise or fall in 2023?": both directions offered ask
# which one, as "how much did X gain or lose" does: the figure's sign says it (no yes or no asked)
_EITHER_WAY = re.compile(r"\b(?:up\s+or\s+down|down\s+or\s+up|gain(?:ed)?\s+or\s+los[et]|rise\s+or\s+fall|"
                         r"risen\s+or\s+fallen|rose\s+or\s+fell|increased?\s+or\s+decreased?|grow\s+or\s+shrink|"
                         r"grown\s+or\s+shrunk|grew\s+or\s+shr[au]nk|fell\s+or\s+rose|higher\s+or\s+lower|lower\s+or\s+higher)\b")
# a figure asked after the yes/no question, as a request of its own ("... compared with the year before? Give me the %
# change.") answers it with that figure, as "..., and by how much?" does
_WH_WORD = re.compile(r"\b(?:how|what|which|when|where)\b|[.?!:;]\s+(?:please\s+)?(?:give|show|tell|send|provide|list)"
                      r"\s+(?:me|us)\b|"
                      # (round 31) "Did X's stock rise in H1 2024? Please give the percent change.": the figure named
                      r"[.?!:;]\s+(?:please\s+)?(?:give|show|provide|state|report|quote)\s+(?:the|its|their)\b|"
                      # (round 42, f42n) "Did X's sales grow in 2023? I'd like the growth in %": a wish said of the
                      # figure named, as "Please provide the growth" is
                      r"[.?!:;]\s+(?:(?:i|we)(?:'d|\s+would)\s+(?:(?:really|also)\s+)?(?:like|love|want|appreciate)|"
                      r"(?:i|we)\s+(?:want|need))\s+(?:to\s+(?:see|have|get|know)\s+)?(?:the|its|their)\b|"
                      # (round 34, f34n) "Did X's earnings cover its dividend in FY2024? Show diluted EPS and DPS side by
                      # side.": the figures named with no article
                      r"[.?!:;]\s+(?:please\s+)?(?:give|show|provide|list)\s+(?!(?:me|us|them|it|that|this)\b)[a-z]|"
                      # "... higher in FY2024 than in FY2023? Put both years side by side.": the figures, laid out
                      r"[.?!:;]\s+(?:please\s+)?(?:put|set|lay\s+out|line\s+up|show)\s+(?:them|both|the\s+two|these)\b|"
                      # (round 49, f49t) "Has X raised its dividend? Can I see the dividend per share for 2019 and 2024":
                      # the figures asked as a favour
                      r"[.?!:;]\s+(?:can|could|may)\s+(?:i|we|you)\s+(?:please\s+)?(?:see|get|have|pull|show|give|check)\b")
# "Could you provide X's EPS?", "Can you give me ...", "Would you pull ...": a request said as a question, which
# asks for the figures; "can you tell me whether (if) ..." still asks yes or no
# ("could someone (anyone) send me ...": the same request of whoever reads it, round 23)
_REQUEST = re.compile(r"\W*(?:(?:so|also|please|hi|hello|hey)\W+)*(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|"
                      r"anyone|anybody)\s+"
                      r"(?:please\s+|kindly\s+|also\s+|just\s+)*(?!(?:\w+\s+){0,3}?(?:if|whether)\b)\w|"
                      # (round 24) "Could we see ...", "Might the committee be shown ...": a request of the figures for
                      # the asker or the body they are for ("could we see if (whether) ..." still asks yes or no)
                      r"(?:can|could|may|might)\s+(?:we|i|the\s+(?:committee|board|trustees|directors))\s+(?:please\s+)?"
                      r"(?:see|have|be\s+(?:shown|told|given|provided\s+with))\b(?!\s+(?:if|whether)\b)|"
                      r"(?:would|will|is)\s+it\s+(?:be\s+)?possible\s+(?:for\s+(?:me|us)\s+)?to\s+(?:see|have|get|show|list|"
                      r"give|be\s+shown|obtain)\b(?!\s+(?:if|whether)\b)|"
                      # (round 32) "Have you got X's sales ...?": the figures asked for, as "do you have"
                      r"have\s+(?:you|u)\s+got\s+(?!(?:\w+\s+){0,3}?(?:if|whether)\b)|"
                      # "do you (happen to) know the ...": a request for the figure, not a yes/no question
                      # ("do you have X's total assets ...?", round 24: the figures asked for as the asker's own)
                      r"do\s+(?:you|u)\s+(?:[a-z]+\s+){0,2}?(?:know|have)\s+(?!if\b|whether\b|any\s+idea\s+(?:if|whether)\b)|"
                      # (round 24) "Can I get X's market cap?", "could we have ...", "may I see ...": the asker's request
                      # for the figures said of themselves ("can I see whether ..." still asks yes or no)
                      r"(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|just\s+|also\s+|quickly\s+)*(?:get|have|see|grab)\s+"
                      r"(?!(?:\w+\s+){0,3}?(?:if|whether)\b)\w)")


# "the 10-day low in March 2024", "its 52-week high in 2023": a span of N units counted back from today said of
# another period (which N days of it is not said); it was read as two figures, the span's from today and the period's
# ((round 45, f45p) the words between the span and its figure are the figure's own ("10-day closing low"), never an
# operator, a comparison or a determiner that opens another figure: "the return over the last 250 trading days minus
# (above) its return over the last 20 trading days" is two spans, each counted back from today, and was refused)
_ANCHORED_SPAN = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty-two)"
                            r"[- ](?:trading[- ])?(?:day|week|month|year|session)s?[- ](?:(?!(?:minus|plus|less|times|"
                            r"divided|over|above|below|under|than|versus|vs|against|and|or|but|its|their|his|her|the|a|"
                            r"an|with|to|from)\b)[a-z]+\s+){0,2}?(?:highs?|lows?|"
                            r"returns?|performance|change|range|gain|move)\s+(?:in|during|for|of|over)\s+(?:the\s+)?"
                            r"(?:fy|fiscal\b|q[1-4]\b|h[12]\b|first\b|second\b|(?:19|20)\d\d\b|jan|feb|mar|apr|may|jun|jul|"
                            r"aug|sep|oct|nov|dec|last\b|this\b|previous\b|prior\b)")


# (round 25) a question asking when: "when" opening a question ("When was X's highest close in 2024?", "..., and when
# was it?"), the date or day asked for ("on which date ...", "what date was ...", "the date of X's 2024 high", "... and the
# date"), or the date of an event ("X's next earnings date", "the ex-dividend date"). FinQL returns figures, never the
# date on which something happened or will; the figure itself was answered (t21a-141's "next earnings date" was the net
# income). "when" opening a clause ("the liabilities when fiscal 2019 closed", "when measured in sterling") is no question.
# ((round 38, r38) the date asked with a hedge or a word of exactness between: "the approximate date of X's latest
# close" was the close, "date" dropped with its hedge ("approximate" is filler since round 37): a wrong answer)
_DATE_HEDGE = r"(?:exact|approximate|approx\.?|rough|precise|actual|specific|likely|expected|estimated)"
# (round 38, f38m) "which banks returned to growth last year", "back to revenue growth", "swung back into growth": a
# change of state (a fall before, growth after) as "returned to profit" is (``_MOVED_INTO_STATE``); bare, it was the
# share price return (the move verb read as the stock's), with a measure the growth above zero alone (the fall before
# dropped): wrong answers. Which growth (sales, earnings) and how long the fall before is not said: refused, naming it
# (``pipeline.compose_reading``, before the words no step read: "rebounded", "back" are named with the rest)
BACK_TO_GROWTH = re.compile(r"\b(?:(?:returned|returning|returns|return|moved|moving|swung|swinging|switched|turned|turning|"
                             r"got|gotten|went|gone|came|come|bounced|rebounded)\s+(?:back\s+)?|back\s+)(?:to|into)\s+"
                             r"(?:(?!(?:in|over|during|since|for|and|or|with|than|last|this)\b)[\w/&'-]+\s+){0,3}?growth\b"
                             # (round 40, f40n) never "growth" of a kind of stock or of investing ("moved to growth
                             # stocks", "switched into growth names", "a growth-style fund"): no return to growth
                             r"(?![- ](?:stocks?|shares?|names?|compan(?:y|ies)|equit(?:y|ies)|funds?|styles?|investing|"
                             r"investors?|strateg(?:y|ies)|portfolios?|mandates?|sectors?|plays?|managers?|tilts?|"
                             r"factors?|indexe?s?|indices|etfs?|buckets?|oriented|focused|bias|universe|segment|"
                             r"counters?|tickers?|picks?|bets?|themes?)\b)")
# (round 38, f38m) a year's end said as one day ("the last day of 2022", "the final close of 2021")
_ONE_DAY = re.compile(r"\b(?:last|final)\s+(?:close|day)\s+of\b")
# (round 38, f38m) a yes/no question whose predicate is a move: "Is X up?", "were the banks (still) down?" (the copula
# only: "has X's operating margin held up?", "is it holding up?" say a figure kept its level, a phrasal verb)
# ((round 39) a participle of motion is the move's: "is X trading (going, moving, heading) up?" dropped the move and
# answered the figure alone)
_ASKED_UP = re.compile(r"(?:^|[.?!;:]\s*)\W*(?:is|are|was|were)\s+(?!(?:there|it\s+true)\b)[^.?!;:]{1,80}?"
                       r"(?:(?<!ing)|(?<=\btrading)|(?<=\bgoing)|(?<=\bmoving)|(?<=\bheading)|(?<=\btrending)|(?<=\bticking))\s+"
                       r"(?:(?:still|now|currently|also)\s+)?$")
_ASKED_UP_LABEL = re.compile(r"(?:^|[.?!;]\s*)[^.?!;:]{1,80}:\s*$")
_ASKS_WHEN = re.compile(
    r"(?:^|[.?!;:]\s+|,\s*(?:and\s+|but\s+|so\s+)?|\b(?:and|so|but)\s+)\W*(when(?:'s|\s+(?:is|was|are|were|did|does|do|"
    r"will|would|has|have|had|can|could|should|might|may)\b|(?=\s*[?.!]*\s*$)))|"  # (round 41, r41: "..., and when?")
    r"\b((?:which|what)\s+(?:" + _DATE_HEDGE + r"\s+)?(?:trading\s+)?(?:date|day)s?)\b(?!')|"
    r"\b(the\s+(?:" + _DATE_HEDGE + r"\s+)?(?:date|day)s?\s+(?:of|when|on\s+which)|(?:and|with)\s+the\s+(?:" + _DATE_HEDGE
    + r"\s+)?dates?(?=\s*[?.!]*$))\b|"
    r"\b((?:earnings|results?|reporting|report|ex-?dividend|ex-?div|dividend|payment|record|announcement|release)"
    r"\s+dates?)\b", re.IGNORECASE)


# (round 34) a question asking why: "Why did X's net income fall in 2023?", "It would help to understand why ...", "the
# reasons for", "what drove", "how come". FinQL returns figures, never the cause of a move; "why" was a function word,
# so the move's figure was answered as if asked (a growth for a reason: an answer that looks right and is not).
# Checked by ``pipeline.compose_reading`` outside the sentences set aside as the asker's context ("...? no idea why I care
# tbh" is a remark, round 29).
ASKS_WHY = re.compile(r"\b(why|how\s+come)\b|\b((?:the\s+)?reasons?\s+(?:for|behind|why)|what\s+(?:caused|causes|drove|"
                      r"drives|explains|explained|led\s+to|lies\s+behind|(?:is|was)\s+behind))\b", re.IGNORECASE)

# a business line said by a word of a measure before its noun: "the cash business", "its debt unit"
_BUSINESS_LINE = re.compile(r"\s+(?:business(?:es)?|unit|units|division|divisions|arm|segment|segments)\b(?!\s*(?:%|percent))")


# a company's possessive ("nwsy's", "northwind systems'") and the few words before its measure ("total", "annual")
_OWN = re.compile(r"[\w.&-]+(?:\s+[\w.&-]+){0,3}?(?:'s|s')\s+(?:(?:total|annual|reported|full[- ]year|the)\s+)?")


def _each_its_own(text: str, ents: Entities, hits: list[Hit]) -> None:
    """(round 25) "NWSY's total sales and QLC's net income for FY2022": each company said with a measure of its own.
    FinQL gives every item for every company (it was both figures for both: cells not asked beside the ones asked, as
    if each were asked of each); refused, naming the second. The same measure of each ("NWSY's sales and QLC's
    sales") or one possessive alone ("NWSY's and QLC's sales") is one item for all, as before."""
    owned: list[tuple[str, Hit]] = []
    for t in ents.tickers:
        m = _OWN.match(text, ents.ticker_pos.get(t, -1))
        h = next((h for h in hits if m is not None and h.start == m.end()), None)
        if h is not None and not re.search(r"\band\b|,", m.group(0)):  # type: ignore[union-attr]
            owned.append((t, h))
    keys = {h.sense.key for _, h in owned}
    if len(owned) >= 2 and len(keys) >= 2:
        h = sorted((h for _, h in owned), key=lambda h: h.start)[1]
        raise Refusal("each company with a figure of its own: FinQL gives every item for every company",
                      [text[h.start:h.end]])


def _measure_asked_after(ctx: Ctx) -> bool:
    """(round 49, f49t) "Is X actually making a profit? Net income for last year please.", "is X growing? revenue
    growth fiscal 23 to 24": the request after the yes/no question said as its measure alone, the sentence opening
    with the measure's name (as "What was its net income?" asks it); "Is X cheap? Honestly no idea." stays refused."""
    opener = next((m for u in ctx.uses if (m := re.search(r"\?\s+(?:(?:and|so)\s+)?(?:(?:the|its|their)\s+)?$",
                                                           ctx.text[:u.hit.start]))), None)
    if opener is None or any(p >= opener.start() for p in ctx.ents.ticker_pos.values()):
        return False  # (a request of another company: "Is X making a profit? Net income of Y please" stays refused)
    # (every measure the yes/no question names is one the request shows: "Is X making a profit? P/E today please"
    # asks two things and stays refused, as ``pipeline._yes_no_then_request`` reads it)
    before = {u.hit.sense.key for u in ctx.uses if u.hit.start < opener.start()}
    after = {u.hit.sense.key for u in ctx.uses if u.hit.start > opener.start()}
    return bool(after) and all(k in after or k == "net_inc" and "eps" in after for k in before)


def compose(text: str, ents: Entities, time: TimeFound, hits: list[Hit], atoms: list[Atom]) -> Reading:
    """The reading of the question (raises Refusal)."""
    ctx = Ctx(text, ents, time, [Use(h) for h in sorted(hits, key=lambda h: h.start)], atoms)
    if ents.ambiguous:
        fam, options, s, e = ents.ambiguous[0]
        raise Refusal(f"'{text[s:e]}' could be {', '.join(options)}", [text[s:e]], kind="ambiguous")
    for h in hits:
        line = _BUSINESS_LINE.match(text, h.end)
        if line and re.search(r"(?:\b(?:the|its|their|our|his|her)|'s?)\s+$", text[:h.start]):
            # (round 24) "sales of the cash business of X", "X's debt unit": a business line named by a measure's
            # word is no measure (the cash was added as a column: a wrong answer); FinQL has whole companies' figures
            raise Refusal("a business line of a company: FinQL has figures of whole companies only",
                          [text[h.start:line.end()]])
    _each_its_own(text, ents, hits)
    anchored = _ANCHORED_SPAN.search(text)
    if anchored:  # "X's 10-day low in March 2024": the span runs back from today, the period is another (two columns)
        raise Refusal("a span counted back from today said of another period", [anchored.group(0).strip()])
    when = _ASKS_WHEN.search(text)
    if when:
        raise Refusal("a question asking when: FinQL returns figures, not the dates of events",
                      [next(g for g in when.groups() if g).strip()])
    _sign_of_a_return(ctx)
    _year_of_the_next(ctx)
    _quarters_of_years(ctx)
    _quarter_beside_a_year(ctx)
    _headline_year_after_counted(ctx)
    _over_listed(ctx)
    _years_after_comparisons(ctx)
    _listing(ctx)
    _quarters_ended(ctx)
    _arithmetic(ctx)
    _share_of(ctx)
    share = re.search(r"\b(?:what|which)\s+(?:%|percent|percentage|share|proportion|fraction)\s+of\b", text)
    if share and not any(u.parts and u.parts[3] for u in ctx.uses) and not any(
            u.hit.sense.percent and u.hit.start < share.end() and share.start() < u.hit.end for u in ctx.uses):
        # (a ratio read from the words themselves, "what share of its earnings did X pay out", is computed)
        # "what percentage of sales is capex": a ratio no arithmetic was read for; never the two figures instead
        raise Refusal("a share of one figure in another that the reading does not compute", [share.group(0)])
    _earned_per_share(ctx)
    _per_unit(ctx)
    _definitions(ctx)
    _apposition_over(ctx)
    _apposition(ctx)
    _points_of_a_difference(ctx)
    _ratio_cue(ctx)
    _trade_verb(ctx)
    _where_trading(ctx)
    _returns_from_verbs(ctx)
    _where_now(ctx)
    _to_date_alone(ctx)
    _movers_over(ctx)
    _elliptic_measure(ctx)
    _estimates(ctx)
    _multiple_on_a_year(ctx)
    _extreme_of_a_figure(ctx)
    _closing_yes_no(ctx)
    _figures_up(ctx)
    _what_a_figure_did(ctx)
    _bind_funcs(ctx)
    _move_too(ctx)
    _rate_a_year(ctx)
    _bind_times(ctx)
    _period_across_a_comparison(ctx)
    _compared_with_a_currency(ctx)
    _then_of_a_point(ctx)
    _point_at_a_fiscal_end(ctx)
    _past_point_both(ctx)
    _elliptic_function(ctx)
    _day_of_a_balance(ctx)
    _grains(ctx)
    _growth_per_year(ctx)
    _fiscal_halves(ctx)
    _over_four_quarters(ctx)
    _periods_compared(ctx)
    _time_lists(ctx)
    _quarter_read_two_ways(ctx)
    _growth_of_list(ctx)
    _same_again(ctx)
    _versus_now(ctx)
    _how_much_than(ctx)
    _difference_of_periods(ctx)
    _minus_a_period(ctx)
    _compared_in_percent(ctx)
    _percent_cue(ctx)
    _extremes(ctx, bool(ents.tickers))
    _from_extreme_to_another(ctx)
    _from_extremes(ctx)
    _span_beside_a_date(ctx)
    r = Reading(currency=ents.currency)
    screen = not ents.tickers
    if screen:
        if not (ents.sets or _SCREEN_CUE.search(text) or _has(ctx, "rank", "rankverb", "cmp", "adj")):
            raise Refusal("no company or set of companies named", [])
        it = None if ents.sets else re.search(r"\bit(?=\s*:)", text)
        if it:
            # (round 24) "Can you do it: P/E under 20": "it" before a colon names no company or set here (the IT sector
            # only first or after a request's verb, ``entities.link_sets``); every company was screened
            raise Refusal("'it' names no company or set: the IT sector, or something said before?", [it.group(0)])
        pronoun = None if ents.sets else _pronoun_of_nothing(text)
        if pronoun:
            raise Refusal(f"'{pronoun}' names no company here: say which company or set is meant", [pronoun])
        said = None if _has(ctx, "rank", "rankverb", "cmp", "adj") else \
            _member_said_before(ctx) if ents.sets else _company_said_before(text)
        if said:
            raise Refusal(f"'{said}' names no company here: say which company or set is meant", [said])
        if not (ents.sets or _has(ctx, "rank", "rankverb", "cmp", "adj") or _COMPANIES_IN_GENERAL.search(text)):
            # (round 30, lead) "What is the P/E?", "Show the FY2023 revenue.": no company, no set, no condition or
            # ranking and no word for companies in general; every company was listed (the company said before?)
            raise Refusal("no company or set of companies named", [])
        count = _counts_companies(ctx)
        if count:
            raise Refusal("a count of companies: FinQL returns the companies, not how many there are", [count])
        either = _EITHER_WAY.search(text)
        if either:  # "which utilities have gone up or down since July": it was read as the first direction alone
            raise Refusal("a move either way asked of a set: no condition to screen on", [either.group(0)])
        r.universe = universe(ents.sets, text, said=text) or "ALL"
        ctx.universe = r.universe
        for gs, ge in group_breaks(ents.sets, text):  # "banks plus all insurers": the words that unite the groups
            for a in ctx.atoms:
                if gs <= a.start < ge and a.kind in ("logic", "arith"):
                    ctx.take(a)
        _sets_added(ctx)
        _trades_at(ctx)
        _signed_estimate(ctx)
        _closed_at_extreme(ctx)
        _within_extreme(ctx)
        _beyond_extreme(ctx)
        r.condition = _conditions(ctx)
        at = _AT_AN_EXTREME.search(text)
        if at and not (r.condition and re.search(r"\bP_(?:HIGH|LOW)\(", str(r.condition))):
            # "which banks are at a 20-day high?", "stocks at a 52-week high": a test of the price against its high
            # (or low) FinQL has no condition for; every company was listed with its high (also beside another condition:
            # "banks with a P/E below 10 trading at a 52-week high", or said with no article: "banks at 52-week highs",
            # round 22); a condition on the high itself ("at least 10% below their 52-week high") reads it
            raise Refusal("a price at its high or low asked of a set", [at.group(0)])
    else:
        count = _COUNT_OF_NOTHING.search(text)
        if count and not any(u.hit.start < count.end() + 12 and u.hit.end > count.start() for u in leaves(ctx.uses)):
            # (round 47, f47t) "X's EPS for FY2026, and how many of them are there?": a count with no noun and no
            # measure next to it (no headcount, analysts or shares) was dropped without a word, the rest answered
            raise Refusal("a count of something no measure names: say what is counted", [count.group(0)])
        pronoun = _pronoun_before_the_named(text, ents.ticker_pos)
        if pronoun:
            raise Refusal(f"'{pronoun}' names a company said before, not the one named after it: say which company is "
                          "meant", [pronoun])
        if (pronoun := _one_of_several_before(text, ents.ticker_pos, tuple(h.start for h in hits))):
            raise Refusal(f"'{pronoun}' names one company, and several were named before it: say which company is "
                          "meant", [pronoun])
        if ents.sets and _companies_excluded(ctx):  # "every bank except A": the set's others (before "every bank")
            ents.sets = []
        # "each bank's P/E", "both utilities' yields": a set word after "each"/"both" that holds every company
        # named only refers back to them
        kept = [t for t in ents.sets if not (
            not t.negated and (re.search(r"\b(?:each|every|both|all|my|our|(?:the|my|our|all)\s+(?:" + _NUM_NAMED + r"))\s+"
                                         r"(?:of\s+the\s+)?$", text[:t.start]) or _restates_membership(ctx, t)
                               or _SET_APPOSITION.search(text, 0, t.start) and _SET_APPOSITION_END.fullmatch(text, t.end)
                               # (round 33) "For FHB, what is the bank's net income?": one company named, and "the
                               # bank" said of it (a member of its set, singular: ``_ONE_OF_A_SET``) is that company
                               or len(ents.tickers) == 1 and any(m.start() <= t.start < m.end()
                                                                  for m in _ONE_OF_A_SET.finditer(text)))
            and {c.ticker for c in universe_companies(universe([t], text) or "ALL")} >= set(ents.tickers))
            and not _appositive_of_named(ctx, t)]
        ctx.described = [t for t in ents.sets if t not in kept]
        ents.sets = kept
        checked = _attribute_checked(ctx)
        if checked:
            if any(t.kind == "INDEX" for t in checked):
                raise Refusal("a yes/no check of index membership: FinQL has no field for a company's indexes",
                              [text[t.start:t.end] for t in checked if t.kind == "INDEX"])
            for t in checked:
                if t.kind not in ents.fields:
                    ents.fields.append(t.kind)
            ctx.described += checked
            ents.sets = [t for t in ents.sets if t not in checked]
        if ents.sets:
            words = [text[t.start:t.end] for t in ents.sets]
            raise Refusal("a set of companies next to named companies", words)
        r.tickers = list(ents.tickers)
        yesno = _YES_NO.match(text) if not _REQUEST.match(text) else None
        like = re.search(r"\b(?:companies|firms|stocks|names|businesses|ones|others|peers)\s+(?:just\s+)?like\b", text)
        if like:
            raise Refusal("companies like a named one: FinQL has no measure of similarity", [like.group(0)])
        ctx.versus, ctx.versus_than = _versus_named(ctx)
        difference = _difference_of_named(ctx)
        if ctx.versus is not None or difference or ctx.periods_compared:
            pass
        elif yesno and not _WH_WORD.search(text) and not ctx.defined_after and not _EITHER_WAY.search(text) \
                and not checked and not ctx.ents.checks and not _measure_asked_after(ctx):
            raise Refusal(f"a yes/no question ('{yesno.group(1)} ...?') about named companies: FinQL returns "
                          "figures, not yes or no", [])
        elif any(a.kind in ("cmp", "adj") for a in atoms) and _conditions(ctx, probe=True):
            raise Refusal("a condition on named companies (FinQL screens sets, not yes/no questions)",
                          [text[a.start:a.end] for a in atoms if a.kind in ("cmp", "adj")])
    _verb_compared_items(ctx)
    _rank(ctx, r, screen)
    _ranked_against_another(ctx, r)
    _items(ctx, r, screen)
    _growth_of_listed(ctx, r)
    _difference_of_listed(ctx, r)
    _operand_taken_apart(ctx, r)
    asked = list(r.items)
    _condition_columns(r)
    _currency(ctx, r, asked)
    _better_than_a_number(ctx)
    _leftovers(ctx)
    return r


# (round 35, f35n) a ranked figure set against another figure right after it: "the lowest share price now versus its
# 20-day low" ranks by how the two stand (a ratio, as round 33 reads "relative to", or a difference: not said)
_RANKED_AGAINST = re.compile(r"\s*(?:(?:today|now|currently|at\s+present)\s+)?(?:vs\.?|versus|against|compared\s+(?:with|to))"
                             r"\s+(?:its|their|the)\s+")


def _ranked_against_another(ctx: Ctx, r: Reading) -> None:
    """The sort key's measure followed by "versus (compared with, against) its <another measure>": the ranking is of
    the two set against each other, which FinQL could say as a ratio or a difference; it was the first alone (a wrong
    answer, the second listed beside it): refused, naming the comparison."""
    def one(v: Use) -> list[str]:
        try:
            return render(v, ctx, multi=False)
        except Refusal:
            return []

    if r.sort is None:
        return
    for u in ctx.uses:
        after = u.time.end if u.time is not None and u.time.start >= u.hit.end else u.hit.end
        m = _RANKED_AGAINST.match(ctx.text, after)
        if m is None or u.func is not None or r.sort not in one(u):
            continue
        other = next((v for v in ctx.uses if v.hit.start >= m.end() and v.hit.start - m.end() < 30
                      and re.fullmatch(r"[\w\s-]*", ctx.text[m.end():v.hit.start])), None)
        if other is not None and other.hit.sense.key != u.hit.sense.key and r.sort not in one(other):
            raise Refusal("a ranking of one figure set against another: by their ratio or their difference is not said",
                          [ctx.text[m.start():other.hit.end].strip()])


# a set's companies whose price is at a high or a low ("at a 20-day high", "trading at their 52-week low")
_AT_AN_EXTREME = re.compile(r"\b(?:at|hit|hits|hitting|touched|touching|making|made|set|setting)\s+(?:(?:a|an|their|its|new|fresh)"
                            r"\s+(?:(?:new|fresh|record|all-time)\s+)?(?:[\w-]+\s+)?|"
                            # "banks at 52-week highs", "at record highs": no article, a span or a record word before
                            r"(?:new\s+)?(?:\d+[\s-]*(?:d|days?|wk|weeks?|w|months?|mo|years?|yr|sessions?)|record|all-time|"
                            r"multi-year)\s+)(?:highs?|lows?)\b")
_TAKING = re.compile(r",\s*taking\s+")
_CALL = re.compile(r"\b((?:FF|FE|FG|P)_[A-Z_]+)\(([^()]*)\)")


def _operand_taken_apart(ctx: Ctx, r: Reading) -> None:
    """"market cap over total debt at the latest close, taking debt at fiscal year-end 2023": an operand's period said
    after "taking" is the expression's; where the expression keeps another period for it and the taken figure stands
    as a column of its own, it is refused, naming "taking" (it answered the ratio on FY2024 debt)."""
    m = _TAKING.search(ctx.text)
    if m is None:
        return
    exprs = [i for i in r.items if re.search(r"[-+*/]", i)] + ([r.condition] if r.condition else [])
    for item in r.items:
        one = _CALL.fullmatch(item)
        if one is None:
            continue
        if any(c.group(1) == one.group(1) and c.group(2) != one.group(2) for e in exprs for c in _CALL.finditer(e)):
            raise Refusal("an operand's period said after 'taking' that the expression does not use",
                          [ctx.text[m.start():m.end()].strip(" ,")])


# "4Q24 px perf KINT/PNTC/QUAR - the telcos", "(yen names)", "- it's a yen name": a set said last, apart, after the
# companies named (which it holds, checked by the caller) only describes them; so does "(asset mgr basket)"
_SET_APPOSITION = re.compile(r"(?:\s-+|\(|:)\s*(?:(?:it's|it\s+is|they're|they\s+are|both|all)\s+)?"
                             r"(?:(?:a|an|the|these|those|all|both|all\s+three|the\s+(?:two|three))\s+)?$")
_SET_APPOSITION_END = re.compile(r"(?:\s+(?:names|stocks|companies|ones|basket))?\s*\)?\s*[.?!]*\s*")


# (round 25) an appositive right after a company's name: "Northwind Systems, the software company, ...", "X (a
# software company)", "X - a US bank - ...": its opening and its close
_APPOSITIVE_OPEN = re.compile(r"(?:,|\(|\s-+)\s*(?:(?:which\s+is|that\s+is|it's|it\s+is)\s+)?(?:a|an|the)\s+$")
_APPOSITIVE_CLOSE = re.compile(r"(?:\s+(?:company|firm|group|business|stock|name|player|outfit|maker|operator))?"
                               r"\s*(?:,|\)|\s-+(?:\s|$)|[.?!]*\s*$)")
_COMPANY_NAME = re.compile(r"[\w&.'$-]+(?:\s+[\w&.'-]+){0,4}?\s*")



def _sets_added(ctx: Ctx) -> None:
    """(round 43, f43s) "all utilities plus the renewable energy names", "banks plus insurers": "plus" between two sets
    adds the second to the first (SPEC 2's ``|``), as "and" and "as well as" between them are read (structure reads
    "plus" as arithmetic's "+", which no figure took: refused). Taken only where the screen's set holds every company of
    both sets (the two are united, never crossed); "UK banks plus insurers" (the UK's insurers, or all of
    them?) and a set crossed with the one before it stay refused, naming "plus"."""
    terms = sorted(ctx.ents.sets, key=lambda t: t.start)
    held = {c.ticker for c in universe_companies(ctx.universe or "ALL")}
    for left, right in zip(terms, terms[1:], strict=False):
        if right.negated or not re.fullmatch(r"\s*,?\s*(?:(?:companies|firms|names|stocks|ones)\s+)?plus\s+(?:also\s+)?"
                                             r"(?:the\s+|all\s+|any\s+)?", ctx.text[left.end:right.start]):
            continue
        added = [{c.ticker for c in universe_companies(universe([t], ctx.text) or "ALL")} for t in (left, right)]
        if not all(added) or not added[0] | added[1] <= held:
            continue  # (each set's companies all kept: "NX100 plus software companies" crossed is no addition)
        for a in ctx.atoms:
            if a.kind == "arith" and a.value == "+" and left.end <= a.start < right.start and id(a) not in ctx.used_atoms:
                ctx.take(a)

def _appositive_of_named(ctx: Ctx, t: Any) -> bool:
    """A set said as an appositive of the company named right before it, which the set holds ("Northwind Systems, the
    software company, ..."): it only describes the company. One the company is not in ("Northwind Systems, the bank")
    stays a set beside a named company (refused, naming it)."""
    text = ctx.text
    if t.negated or t.kind == "ALL":
        return False
    first, last = t, t  # the sets said together ("the British airline": a country and an industry)
    for o in sorted(ctx.ents.sets, key=lambda o: -o.start):
        if o.end <= first.start and not text[o.end:first.start].strip():
            first = o
    for o in sorted(ctx.ents.sets, key=lambda o: o.start):
        if o.start >= last.end and not text[last.end:o.start].strip():
            last = o
    opened = _APPOSITIVE_OPEN.search(text, 0, first.start)
    if not opened or not _APPOSITIVE_CLOSE.match(text, last.end):
        return False
    before = [(pos, tk) for tk, pos in ctx.ents.ticker_pos.items() if pos < opened.start()]
    if not before:
        return False
    pos, ticker = max(before)
    if not _COMPANY_NAME.fullmatch(text, pos, opened.start()):
        return False  # words between the name and the appositive: it may describe them
    return ticker in {c.ticker for c in universe_companies(universe([t], text) or "ALL")}


# the words a quarter said without a year may be written in ("Q3", "the first quarter", "Q1 and Q2", "first-quarter")
_BARE_QUARTER_WORDS = frozenset({"the", "fiscal", "q1", "q2", "q3", "q4", "first", "second", "third", "fourth", "quarter",
                                 "quarters", "and"})
# what may stand between such quarters, their measures and the years said for them ("Q1 sales and Q3 net income in
# each of fiscal 2022 and 2023"): joints, articles and the preposition before the years
# (round 25, f25a: "Q2 vs Q1 net income, fiscal 2023": quarters set against each other share the year said after them;
# the first was the latest Q2, FQ2024Q2 beside FQ2023Q1, a wrong answer)
_BESIDE_QUARTERS = frozenset({"and", "the", "its", "their", "s", "in", "for", "of", "over", "during", "across", "each",
                              "all", "both", "from", "vs", "versus", "against", "or"})
_YEARS_JOINT = re.compile(r"\s*(?:,|and|&|vs\.?|versus|or|compared\s+(?:with|to)|against)?\s*(?:(?:and|with)\s+)?")


def _bare_quarter(text: str, m: Mention) -> bool:
    """A quarter said without a year of its own ("Q3", "the first quarter", "Q1 and Q2"), read as the latest such."""
    said = re.findall(r"[a-z0-9]+", text[m.start:m.end])
    return m.value.kind in ("quarter", "quarters") and not m.value.calendar and bool(said) \
        and all(w in _BARE_QUARTER_WORDS for w in said) and all(q // 4 == LAST_DAY.year for q in m.value.quarters)


def _fiscal_years(m: Mention) -> list[int] | None:
    """The fiscal years a mention names ("fiscal 2022, 2023", "FY2023", "two years ago"), or None if it is no such."""
    periods = None if m.value.calendar or m.value.end else m.value.fiscal_periods()
    if not periods or not all(re.fullmatch(r"FY\d{4}", p) for p in periods):
        return None
    return [int(p[2:]) for p in periods]


# a year said as a whole ("full-year 2023", "the entire fiscal year 2022"): an item of its own beside a quarter
_WHOLE_YEAR = re.compile(r"(?:full|whole|entire|complete)[- ]")
# what makes a quarter without a year the latest one said so ("the most recent Q3", "last Q4", "this year's Q1")
_LATEST_SAID = re.compile(r"\b(?:latest|most\s+recent|recent|last|this|current|previous|prior|same|year's|yr's)"
                          r"(?:\s+(?:fiscal|reported))?\s*$")


def _quarter_beside_a_year(ctx: Ctx) -> None:
    """A quarter said without a year beside a fiscal year said for another measure ("Q3 sales vs FY2023 sales",
    "Q4 net income and fiscal 2022 net income") is that year's quarter (``FQ2023Q3``): the asker sets the two against
    each other in the one year named. It was the latest such quarter (a wrong answer). Several years named, or a year
    counted back ("two years ago") leave the quarter's year unsaid: refused, naming both (the latest quarter is
    answered only where the one year named is the latest year, the same quarter either way)."""
    ms = ctx.time.mentions
    if any(a.kind == "func" for a in ctx.atoms):
        return  # (a growth or an average over the periods keeps the question as it was, as ``_quarters_of_years``)
    quarters = [m for m in ms if _bare_quarter(ctx.text, m) and not _LATEST_SAID.search(ctx.text, 0, m.start)]
    if not quarters:
        return
    said = [(m, ys) for m in ms if m not in quarters and m.value.kind in ("year", "years", "fylabel", "yearsago")
            and (ys := _fiscal_years(m))]
    if not said:
        return
    # a quarter said with its own year ("Q1 2024 and Q2 sales vs FY2023 sales") names a year too
    dated = [m for m in ms if m not in quarters and m.value.kind in ("quarter", "quarters") and not m.value.calendar
             and re.search(r"\d", ctx.text[m.start:m.end])]
    years = sorted({y for _m, ys in said for y in ys} | {x // 4 for m in dated for x in m.value.quarters})
    if years == [LAST_DAY.year]:
        return  # ("Q3 sales vs last year's sales": the latest Q3 is last year's)
    written = all(re.search(r"\d", ctx.text[m.start:m.end]) for m, _ys in said)
    if len(years) > 1 or not written:
        raise Refusal("a quarter without its year beside a fiscal year: which year's quarter is not said",
                      [ctx.text[x.start:x.end] for x in sorted([*quarters, *dated, *(m for m, _ys in said)],
                                                               key=lambda x: x.start)])
    out = list(ms)
    for q in quarters:
        idx = tuple(years[0] * 4 + x % 4 for x in q.value.quarters)
        out[out.index(q)] = Mention(q.start, q.end, TimeValue(
            "quarters" if len(idx) > 1 else "quarter", text=q.value.text, quarters=idx, fiscal=True))
    ctx.time = replace(ctx.time, mentions=out)


def _quarters_of_years(ctx: Ctx) -> None:
    """Quarters said without a year, before the fiscal years said for them: "Q3 sales in fiscal 2022, 2023 and 2024",
    "first-quarter revenue for 2022 through 2024", "Q4 EPS in each of the last three fiscal years", "Q1 sales and Q3
    net income in fiscal 2023 vs 2022" are each quarter of each year (``FQ2022Q3, FQ2023Q3, FQ2024Q3``). They were the
    latest such quarters beside the whole years (a wrong answer). Only quarters, their measures and joints may stand
    between; a year written right before a measure is that measure's ("Q1 sales and fiscal 2023 net income"), and a
    function over the periods (an average, a growth) keeps the question as it was."""
    ms = ctx.time.mentions
    if any(a.kind == "func" for a in ctx.atoms):
        return

    def bare(m: Mention) -> bool:
        return _bare_quarter(ctx.text, m)

    def years(m: Mention) -> list[int] | None:
        # ("Q2 and the full year 2023": the whole year is an item of its own, not the year of the quarter)
        return None if _WHOLE_YEAR.match(ctx.text, m.start) else _fiscal_years(m)

    def half(m: Mention) -> bool:
        said = re.findall(r"[a-z0-9]+", ctx.text[m.start:m.end])
        return m.value.kind == "half" and not m.value.calendar and bool(said) and m.value.years == (LAST_DAY.year,) \
            and all(w in ("the", "fiscal", "first", "second", "1st", "2nd", "half", "h1", "h2") for w in said)

    def loose(s: int, e: int, blanks: list[tuple[int, int]], more: tuple[str, ...] = ()) -> bool:
        gap = "".join(" " if any(bs <= i < be for bs, be in blanks) else c for i, c in enumerate(ctx.text[s:e], s))
        return all(w in _BESIDE_QUARTERS or w in more for w in re.findall(r"[a-z0-9]+", gap)) \
            and not re.search(r"[^\w\s,&'" + ("-" if more else "") + "]", gap)

    hits = [(u.hit.start, u.hit.end) for u in ctx.uses]
    for t, pos in ctx.ents.ticker_pos.items():  # ("Q1 EPS of Lumen Streaming in each of the last two fiscal years")
        said = next((w for w in (by_ticker()[t].name.lower(), t.lower()) if ctx.text.startswith(w, pos)), None)
        if said is not None:
            hits.append((pos, pos + len(said)))
    out = list(ms)
    i = 0
    while i < len(ms):
        run, said = [ms[i]], years(ms[i])
        if said is None:
            i += 1
            continue
        while i + len(run) < len(ms) and years(ms[i + len(run)]) and _YEARS_JOINT.fullmatch(
                ctx.text, run[-1].end, ms[i + len(run)].start) and not any(
                re.match(r"\s*(?:'s\s*)?$", ctx.text[ms[i + len(run)].end:s]) for s, _e in hits if s >= ms[i + len(run)].end):
            said += years(ms[i + len(run)]) or []
            run.append(ms[i + len(run)])
        i += len(run)
        quarters: list[Mention] = []
        for m in reversed(ms[:ms.index(run[0])]):
            if not bare(m) or not loose(m.end, (quarters or run)[0].start, hits):
                if (bare(m) or half(m)) and loose(m.end, (quarters or run)[0].start, hits, ("to", "through", "thru",
                                                                                           "until")):
                    # "Q1 to Q3 sales in fiscal 2022, 2023 and 2024", "first-half revenue for 2022 through 2024": a
                    # range of quarters or a half of each year is no reading here (it was the latest one, or the sum
                    # over the whole years)
                    raise Refusal("a part of each of several fiscal years", [ctx.text[x.start:x.end] for x in
                                                                            [m, *quarters, *run]])
                break
            quarters.insert(0, m)
        after = ctx.text[run[-1].end:]
        if not quarters:
            continue
        own = any(re.match(r"\s*(?:'s\s*)?$", ctx.text[run[-1].end:s]) for s, _e in hits if s >= run[-1].end) \
            or re.match(r"\s*(?:'s\s+)?(?:figures?|numbers?|results?)\b", after)
        if own and len(set(said)) == len(said):
            continue  # ("Q1 sales and fiscal 2022 and 2023 net income": the years are the net income's own)
        keys = [u.hit.sense.key for u in ctx.uses if quarters[0].start <= u.hit.start < run[0].start]
        if len(set(keys)) < len(keys):
            continue  # ("Q4 net income, and its net income for FY2023": the measure said again takes the year; the
            # quarter is the year's by ``_quarter_beside_a_year``; it was that quarter alone, the year's item dropped)
        others = [u for u in ctx.uses if quarters[0].start <= u.hit.start < run[0].start and not u.hit.sense.is_fund]
        if len(set(said)) != len(said) or others:
            # "Q3 sales in 2022, 2023 and 2024 and FY2024 EPS" (a year said twice: whose is which?), "Q3 sales and
            # market cap in fiscal 2022 and 2023" (the years are the market cap's too, the quarter the sales'): no
            # one reading (they were the latest quarter beside the years)
            raise Refusal("a quarter without its year beside years said for other measures",
                          [ctx.text[x.start:x.end] for x in [*quarters, *run]])
        for q in quarters:
            idx = tuple(y * 4 + x % 4 for y in said for x in q.value.quarters)
            out[out.index(q)] = Mention(q.start, q.end, TimeValue(
                "quarters" if len(idx) > 1 else "quarter", text=q.value.text, quarters=idx, fiscal=True))
        out = [m for m in out if m not in run]
    if len(out) != len(ms):
        ctx.time = replace(ctx.time, mentions=out)


# (round 49, f49w) a yes/no check of where a named company sits, said of it alone: "Is X Canadian?", "Is X listed in
# Canada?", "Is X a bank?", "Is X in the Utilities sector?", "X is Canadian, isn't it?", "Does X belong to the banks
# industry?": the set's field (COUNTRY, SECTOR, INDUSTRY) answers it; it was refused as a set next to named companies
_CHECK_MIDDLE = (r"(?:(?:also|really|actually|still|both|all|indeed|definitely|in\s+fact)\s+)?(?:(?:a|an|the)\s+)?"
                 r"(?:(?:(?:listed|based|headquartered|domiciled|incorporated|registered)\s+(?:in|on)|in|part\s+of|"
                 r"a\s+member\s+of|one\s+of|among)\s+(?:the\s+)?)?(?:(?:a|an)\s+)?")
_CHECK_ASKED = re.compile(r"\W*(?:(?:and|so|also|just\s+(?:checking|to\s+check|confirming))\W+)*(?:(?:is|are|was|were)\s+"
                          r"(?P<who>[^?.!;]+?)\s+" + _CHECK_MIDDLE
                          + r"|(?:does|do)\s+(?P<who2>[^?.!;]+?)\s+(?:belong\s+to|in|operate\s+in|fall\s+(?:under|in|into)|"
                          r"sit\s+in)\s+(?:the\s+)?)$")
_CHECK_SAID = re.compile(r"\W*(?P<who>[^?.!;]+?)(?:\s+(?:is|are)\s+|'s\s+|'re\s+)" + _CHECK_MIDDLE + "$")
_CHECK_NOUN = (r"(?:\s+(?:company|companies|firm|firms|stock|stocks|name|names|business|businesses|sector|industry|"
               r"group|one|ones|listing|listings|outfit|issuer|index|member|members|constituent|constituents))?")
_CHECK_END = re.compile(_CHECK_NOUN + r"\s*(?:[?.!]|$)")
# a tag after a statement asks it ("..., isn't it?", "..., right?", "..., correct?", "..., no?")
_CHECK_TAG = re.compile(_CHECK_NOUN + r"\s*,?\s*(?:is\s+not\s+(?:it|that|she|he)|are\s+not\s+(?:they|those)|do\s+not\s+"
                        r"(?:they|i)|right|correct|no|yes|true|surely|i\s+(?:believe|think|assume|presume))\s*\?")
_CHECK_JOIN = re.compile(r"\s*(?:,\s*)?(?:or|and|,)\s+(?:(?:a|an|in|in\s+the|the)\s+)?")


def _attribute_checked(ctx: Ctx) -> list[Any]:
    """(round 49, f49w) The set terms said only as a yes/no check of the named companies' country, sector or industry
    (``_CHECK_ASKED``, ``_CHECK_SAID`` with a tag): each sentence holding them names a company before them and no
    measure; an index (no field holds it) is returned too, for the caller to refuse naming it. The sentence's own
    "or", "both" and its tag's "not" are taken."""
    text, out = ctx.text, []
    sets = sorted(ctx.ents.sets, key=lambda t: t.start)
    i = 0
    while i < len(sets):
        group = [sets[i]]
        while i + len(group) < len(sets) and _CHECK_JOIN.fullmatch(text, group[-1].end, sets[i + len(group)].start):
            group.append(sets[i + len(group)])
        i += len(group)
        s0 = max(text.rfind(c, 0, group[0].start) for c in "?!;.") + 1
        ends = [e for e in (text.find(c, group[-1].end) for c in "?!;.") if e >= 0]
        s1 = min(ends) if ends else len(text)
        if any(t.negated for t in group) or any(s0 <= u.hit.start < s1 for u in leaves(ctx.uses)):
            continue
        m = _CHECK_ASKED.match(text, s0, group[0].start)
        tail = _CHECK_END if m is not None else _CHECK_TAG
        m = m or _CHECK_SAID.match(text, s0, group[0].start)
        if m is None or tail.match(text, group[-1].end) is None:
            continue
        who = m.span("who") if m.group("who") is not None else m.span("who2") if "who2" in m.re.groupindex else (-1, -1)
        if not any(who[0] <= p < who[1] for p in ctx.ents.ticker_pos.values()) or not _only_named(ctx, *who):
            continue
        held = set().union(*({c.ticker for c in universe_companies(universe([t], text) or "ALL")} for t in group))
        if leaves(ctx.uses) and not set(ctx.ents.tickers) <= held:
            continue  # (round 39's near miss kept: "X is British, right? What's its P/E?", the master disagreeing
            # with the check said before a request, stays refused)
        for a in ctx.atoms:  # the check's own "or", "both", "on the" and its tag's "not" ("isn't it?")
            if s0 <= a.start < s1:
                ctx.take(a)
        out += group
    return out


def _only_named(ctx: Ctx, s: int, e: int) -> bool:
    """Whether the text from ``s`` to ``e`` holds the named companies' names (or tickers) and joining words only."""
    rest = ctx.text[s:e]
    for t in ctx.ents.tickers:
        for said in sorted({by_ticker()[t].name.lower(), t.lower()}, key=len, reverse=True):
            rest = re.sub(r"(?<!\w)" + re.escape(said) + r"(?!\w)", " ", rest)
    return re.fullmatch(r"[\s,&]*(?:(?:and|or|both|all|also)\b[\s,&]*)*", rest) is not None


def _restates_membership(ctx: Ctx, t: Any) -> bool:
    """"the NX100 member First Harbor Bank", "nx100 price of first harbor", "TECHX name Falcon Software's P/E": a set
    said as a modifier of the one company named (which it holds, checked by the caller) only describes it; no
    comparison with the set ("against the software industry", "vs its sector") may be near. Before a measure only an
    index does ("software sales of Falcon Software" could be a segment: refused as before)."""
    text = ctx.text
    if len(ctx.ents.tickers) != 1 or re.search(r"\b(?:vs\.?|versus|against|compared?|relative|than|peers?|rivals?|"
                                               r"average|median|sector's|industry's|index's|rest)\b", text):
        return False
    pos = ctx.ents.ticker_pos.get(ctx.ents.tickers[0], -1)
    if pos < t.end:
        return False
    between = text[t.end:pos]
    return bool(re.fullmatch(r"\s*(?:(?:member|constituent|name|company|stock|listed|firm)\s+)?", between)) or (
        t.kind == "INDEX" and re.match(r"\W*(?:the\s+)?$", text[:t.start]) is not None and re.fullmatch(r"\s+[\w/ -]{1,30}?\s+(?:of|for|at)\s+", between)
        is not None)


# an item asked in a sentence of its own after the figures ("...? The growth in percent, please.", "...? Give me the %
# change.", round 21; one home for ``_ASKED_BESIDE`` and ``_BESIDE_GROWTH``, round 23); said with no article ("...?
# Growth in percent, please.", "...? CAGR?", round 23: the figures were dropped, the growth alone answered)
_SENTENCE_ASKED = r"[?.!]\s+(?:please\s+)?(?:(?:give|show|send|tell)\s+(?:me|us)\s+|(?:and|also)\s+)?"
_ASKED_BESIDE = re.compile(r"(?:\band\b|\btogether with|\balong with|\bas well as|\bplus|,|\+|"
                           + _SENTENCE_ASKED + ")"
                           r"\s*(?:also\s+)?"
                           r"(?:the\s+|its\s+|their\s+)?(?:(?:year-on-year|year-over-year|yoy|annual|annualized|"
                           r"annualised|percentage|percent|in percent|%|implied|"
                           # (round 27) "equity at each of the last two quarter ends and the quarter-on-quarter change"
                           r"quarter-on-quarter|quarter-over-quarter|qoq|sequential)\s+)?$")
# one fiscal figure at one period, as an item renders it (FQ0, FQ-4: round 21; one home for the growth and the
# difference of figures listed, round 22)
_ITEM_AT = re.compile(r"((?:FF|FE)_[A-Z_]+)\((FY-?\d+|FQ\d{4}Q\d|FQ-?\d+|LTM)\)")


def _sign_of_a_return(ctx: Ctx) -> None:
    """(round 38) "What was X's return in 2023: up or down?": both directions offered last, of a return, ask the sign
    that the return itself says (``_EITHER_WAY``, as a growth's "revenue growth in FY2024, up or down?" reads); it was
    a second growth of the return, refused."""
    for a in ctx.atoms:
        if a.kind == "func" and a.value == "GROWTH" and _EITHER_WAY.fullmatch(ctx.text[a.start:a.end]) \
                and re.fullmatch(r"[\s?.!]*", ctx.text[a.end:]) and ctx.uses \
                and all(u.hit.sense.key == "return" for u in ctx.uses) \
                and re.fullmatch(r"[^?.!;]*?[,:\s-]*", ctx.text[ctx.uses[-1].hit.end:a.start]):
            ctx.take(a)


def _growth_of_listed(ctx: Ctx, r: Reading) -> None:
    """"Sales in Q4 FY2023 and Q4 FY2024, together with the year-on-year growth", "sales in fiscal 2020 versus fiscal
    2024, and the CAGR between them": a growth asked beside one measure listed at two periods is the growth between
    those two (CAGR for a compound rate of fiscal years). A growth asked so beside anything else is refused, never
    dropped (it was: the two figures alone answered)."""
    for a in [a for a in ctx.atoms if a.kind == "func" and a.value in ("GROWTH", "CAGR") and id(a) not in ctx.used_atoms]:
        if not _ASKED_BESIDE.search(ctx.text, 0, a.start) or any(u.func is a for u in ctx.uses) or any(
                x.kind == "func" and x.value == a.value and id(x) in ctx.used_atoms for x in ctx.atoms):
            continue  # ("compounded ..., annualised": one CAGR said twice)
        refs = [x for x in ctx.atoms if x.kind == "ref" and x.start >= a.end and id(x) not in ctx.used_atoms
                and re.fullmatch(r"\s*", ctx.text[a.end:x.start])]
        end = refs[0].end if refs else a.end
        if not re.match(r"\s*(?:in percent|in %|\(in %\))?\s*(?:,?\s*please\b)?\s*(?:[?.!;]|$)", ctx.text[end:]) \
                and not _of_named_after(ctx, end):
            continue
        found: dict[str, list[str]] = {}
        for item in r.items:
            if item in FIELDS:
                continue  # (round 49, f49r) a screen's NAME column describes its rows: no figure beside the growth
            m = _ITEM_AT.fullmatch(item)
            if m is None:
                found = {}
                break
            found.setdefault(m.group(1), []).append(m.group(2))
        # a measure at two periods, or over a range ("revenue fy2020 to fy2024 and the cagr": every year's figure and the
        # growth between the ends)
        # a growth is ambiguous (each year's or the whole span's) beside three or more periods: a CAGR runs end to end
        expected = _expected_of_listed(found) if a.value == "GROWTH" else None
        if expected is not None:  # "FY2024 sales vs FY2025 consensus and the % change": the growth to the consensus
            r.items.append(expected)
            found = {}
        for x in ctx.atoms:  # ("and the % change", "the growth in percent": the growth is in percent)
            if x.kind == "pctcue" and (x.end <= a.start and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?",
                                                                       ctx.text[x.end:a.start])
                                       or x.start >= end and re.fullmatch(r"\s*", ctx.text[end:x.start])):
                ctx.take(x)
        # (the last twelve months against a fiscal year is a year's figure against another: "LTM capex versus the
        # previous fiscal year, and the percentage change")
        pairs = {k: v for k, v in found.items() if (len(v) == 2 or len(v) > 2 and a.value == "CAGR")
                 and len({"FY" if p == "LTM" else p[:2] for p in v}) == 1 and v.count("LTM") <= 1}
        if expected is None and (not found or len(pairs) != len(found)) or a.value == "CAGR" and any(
                not p.startswith("FY") for v in pairs.values() for p in v):
            raise Refusal("a growth asked beside figures that are not one measure at two periods",
                          [ctx.text[a.start:end]])
        beside = _ASKED_BESIDE.search(ctx.text, 0, a.start)
        for metric, periods in pairs.items():
            ordered = sorted(periods, key=period_order)
            p1, p2 = ordered[0], ordered[-1]
            if a.value == "GROWTH" and beside is not None and re.search(r"annual", beside.group(0)) \
                    and re.fullmatch(r"FY\d{4}", p1) and re.fullmatch(r"FY\d{4}", p2) and int(p2[2:]) - int(p1[2:]) > 1:
                # (round 23) "sales in FY2020 and FY2024, and the annual growth": the compound rate, or each year's?
                # (it was the growth over the four years, called annual: a wrong answer)
                raise Refusal("an annual growth between fiscal years more than one apart (the compound rate, or each "
                              "year's?)", [ctx.text[beside.start():end].strip(" ,.?!")])
            if beside is not None and re.search(r"quarter|qoq|sequential", beside.group(0)) and not (
                    re.fullmatch(r"FQ\S+", p1) and re.fullmatch(r"FQ\S+", p2) and period_order(p2) - period_order(p1) == 1):
                # (round 27) a quarter-on-quarter change beside figures that are not two quarters in a row
                raise Refusal("a quarter-on-quarter change beside figures that are not two quarters in a row",
                              [ctx.text[beside.start():end].strip(" ,.?!")])
            r.items.append(f"{a.value}({metric}, {p1}, {p2})")
        ctx.take(a)
        for x in refs[:1]:
            ctx.take(x)
        _take_plus(ctx, max((i.end for i in [*ctx.time.mentions, *[u.hit for u in ctx.uses]] if i.end <= a.start),
                            default=a.start), a.start)


_DIFFERENCE_BESIDE = re.compile(r"(?:\band|\btogether\s+with|\balong\s+with|\bas\s+well\s+as|\bplus|,)\s*(?:also\s+)?$")


def _difference_of_listed(ctx: Ctx, r: Reading) -> None:
    """"EPS for the last quarter, the same quarter a year earlier, and the difference": the difference asked beside one
    measure listed at two periods is the first figure minus the second, said later period first (then it is the
    change as well); said earlier period first the sign reads two ways (the change, or the first minus the second),
    refused as ``_difference_of_periods`` refuses it. Beside anything else it is refused, never dropped."""
    for a in [a for a in ctx.atoms if a.kind == "diff_listed" and id(a) not in ctx.used_atoms]:
        word = ctx.text[a.start:a.end]
        ms = [_ITEM_AT.fullmatch(i) for i in r.items]
        if not _DIFFERENCE_BESIDE.search(ctx.text, 0, a.start) or len(ms) != 2 or None in ms:
            raise Refusal("a difference asked beside figures that are not one measure at two periods", [word])
        (m1, p1), (m2, p2) = [(m.group(1), m.group(2)) for m in ms if m is not None]
        if m1 != m2 or p1 == p2 or p1[:2] != p2[:2] or bool(re.search(r"\d{4}", p1)) != bool(re.search(r"\d{4}", p2)):
            raise Refusal("a difference asked beside figures that are not one measure at two periods", [word])
        if period_order(p1) < period_order(p2):
            raise Refusal("a difference between an earlier and a later period, whose sign reads two ways (the change, "
                          "or the first minus the second)", [word])
        r.items.append(f"{r.items[0]} - {r.items[1]}")
        ctx.take(a)


def _expected_of_listed(found: dict[str, list[str]]) -> str | None:
    """A reported figure and its consensus listed once each (``FF_SALES(FY2024)``, ``FE_SALES(FY1)``): the expected
    growth between them, ``(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100``; None for any other list."""
    if len(found) != 2 or any(len(v) != 1 for v in found.values()):
        return None
    for actual in ("FF_EPS", "FF_SALES"):
        est = "FE_" + actual[3:]
        if set(found) == {actual, est} and found[actual][0].startswith("FY") and len(found[actual][0]) == 6:
            return f"({est}({found[est][0]}) / {actual}({found[actual][0]}) - 1) * 100"
    return None


def _take_plus(ctx: Ctx, start: int, end: int) -> None:
    """"revenue fy2015 vs fy2024 plus the growth": "plus" between the figures and the growth asks it beside them (no sum)."""
    for x in ctx.atoms:
        if x.kind == "arith" and x.value == "+" and start <= x.start and x.end <= end:
            ctx.take(x)


def _of_named_after(ctx: Ctx, end: int) -> bool:
    """"... + cagr for nwsy", "..., % chg, falcon sw": the rest of the sentence after the growth word names the company
    asked about, nothing else."""
    m = re.match(r"\s*(?:,\s*(?:(?:for|of|at)\s+)?|(?:for|of|at)\s+)", ctx.text[end:])
    stop = re.search(r"[?.!;]|$", ctx.text[end:])
    if m is None or stop is None or end + m.end() not in ctx.ents.ticker_pos.values():
        return False
    tail = (end, end + stop.start())
    return not any(tail[0] <= x.start < tail[1] and x.kind != "sep" for x in ctx.atoms) and not any(
        tail[0] <= x.start < tail[1] for x in ctx.time.mentions) and not any(tail[0] <= u.hit.start < tail[1] for u in ctx.uses)


def _period_order(p: str) -> tuple[int, int]:
    m = re.fullmatch(r"F([YQ])(-?\d+)(?:Q(\d))?", p)
    assert m is not None
    if m.group(1) == "Y" and int(m.group(2)) <= 0:
        return (LATEST_FY + int(m.group(2)), 4)
    return (int(m.group(2)), int(m.group(3) or 4))


def _headline_year_after_counted(ctx: Ctx) -> None:
    """"X's net income last quarter vs the quarter before, fiscal 2024", "X's Q4 revenue vs the prior year, fiscal
    2023": a year said last after a comma is a headline's year, the year of every period before it; periods counted
    from today or from another period have none (round 26: the year's figure was added as a column, or read beside
    the quarter: wrong answers). Refused, naming the year, as the dash form is (``text.normalize``); a year that is
    the one period before it, said again ("for the last year, 2024"), is merged by the time step and never here."""
    if len(ctx.time.mentions) < 2:
        return
    y = ctx.time.mentions[-1]
    if y.value.kind != "year" or not re.fullmatch(r"\s*[.?!]*\s*", ctx.text[y.end:]) \
            or not re.search(r",\s*(?:in\s+|for\s+)?$", ctx.text[:y.start]) \
            or any(u.hit.start >= y.end or (u.hit.end > y.start and u.hit.start < y.end) for u in ctx.uses):
        return
    counted = [m for m in ctx.time.mentions[:-1] if re.search(COUNTED_FROM, ctx.text[m.start:m.end])]
    if counted and not all(m.value.fiscal_periods() == y.value.fiscal_periods() for m in counted) \
            and not any(counted[-1].end <= u.hit.start for u in ctx.uses):  # (a measure between: the year may be its)
        raise Refusal("a year said last after periods counted from today or from another period (which year is meant?)",
                      [ctx.text[y.start:y.end]])


def _years_after_comparisons(ctx: Ctx) -> None:
    """"2026 consensus sales above 2025 consensus sales", "revenue above 2023 revenue": a year written right before
    the measure compared with is that measure's period, never a threshold of 2025."""
    for a in list(ctx.atoms):
        if a.kind != "num" or a.value[1] or a.value[2] or not float(a.value[0]).is_integer() \
                or not 1990 <= a.value[0] <= LATEST_FY + 2:
            continue
        before = [x for x in ctx.atoms if x.end <= a.start]
        after = [u for u in ctx.uses if u.hit.start >= a.end]
        earlier = [u for u in ctx.uses if u.hit.end <= a.start]
        if before and before[-1].kind == "cmp" and re.fullmatch(r"\s*", ctx.text[before[-1].end:a.start]) and earlier \
                and re.match(r"'s?(?!\w)", ctx.text[a.end:]) and not earlier[-1].parts:
            # "net income above 2020's": the measure said once, at the year after the comparison
            ctx.atoms.remove(a)
            m = Mention(a.start, a.end, TimeValue("year", text=str(int(a.value[0])), years=(int(a.value[0]),)))
            ctx.time.mentions.append(m)
            ctx.time.mentions.sort(key=lambda m: m.start)
            ctx.uses.append(Use(Hit(earlier[-1].hit.sense, a.end, a.end, "elided"), m))
            ctx.uses.sort(key=lambda u: u.hit.start)
            ctx.used_times.add(id(m))
            m.only_after = True  # type: ignore[attr-defined]
            continue
        if not before or before[-1].kind != "cmp" or not re.fullmatch(r"\s*", ctx.text[before[-1].end:a.start]) \
                or not after or not re.fullmatch(r"(?:'s)?\s+(?:(?:consensus|estimated?|expected|forecast|actual|"
                                                  r"reported)\s+)?", ctx.text[a.end:after[0].hit.start]):
            continue
        def family(x: Sense) -> str:
            return next((k.key for k in BY_KEY.values() if k.estimate == x.key), x.key)

        if not any(family(u.hit.sense) == family(after[0].hit.sense) for u in ctx.uses if u.hit.end <= a.start):
            continue  # the same measure compared at two periods; "more than 2000 employees" is a count
        ctx.atoms.remove(a)
        m = Mention(a.start, a.end, TimeValue("year", text=str(int(a.value[0])), years=(int(a.value[0]),)))
        m.only_after = True  # type: ignore[attr-defined]  # the period of the measure after it, no other
        ctx.time.mentions.append(m)
        ctx.time.mentions.sort(key=lambda m: m.start)
    _period_after_comparison(ctx)


_NO_OWN_MEASURE = "a period compared with no measure of its own: which figure at that period is meant is not said"


def _period_after_comparison(ctx: Ctx) -> None:
    """"FY26 EPS estimate at least 10% above FY25", "FY2024 sales above FY2023", "above its FY2025 consensus" (round
    26: "its"/"their" before the period): a period right after the comparison, with no measure of its own, is the period
    of the measure compared, said once before it at its own period."""
    if any(a.kind == "func" for a in ctx.atoms):
        return  # "growth of TTM sales over FY2023": two ends of a growth (``_growth_pair``), no comparison
    years = [a for a in ctx.atoms if a.kind == "num" and not a.value[1] and not a.value[2]
             and float(a.value[0]).is_integer() and FIRST_FY <= a.value[0] <= LATEST_FY + 2]
    for m in sorted(ctx.time.mentions + years, key=lambda x: x.start):  # type: ignore[operator]
        before = [x for x in ctx.atoms if x.end <= m.start]
        if not before or before[-1].kind != "cmp" or id(m) in ctx.used_times \
                or not re.fullmatch(r"\s*(?:(?:that|those|the\s+ones?|the\s+figure|the\s+level)\s+(?:of|in|for)\s+|(?:in|for)\s+"
                                    # (round 26) "consensus revenue for FY2026 above its FY2025 consensus"
                                    r"|(?:its|their)\s+)?", ctx.text[before[-1].end:m.start]):
            continue
        earlier = [u for u in ctx.uses if u.hit.end <= before[-1].start]
        later = [u for u in ctx.uses if u.hit.start >= m.end]
        if not earlier or earlier[-1].parts or earlier[-1].hit.how == "elided" \
                or later and re.fullmatch(r"(?:'s)?\s+(?:[\w-]+\s+)?", ctx.text[m.end:later[0].hit.start]):
            continue  # "revenue above 2023 revenue": the measure is said after the period
        own = [x for x in ctx.time.mentions if x.end <= earlier[-1].hit.start or
               earlier[-1].hit.end <= x.start < before[-1].start]
        if not own:
            continue  # "sales above 2023": the measure's own period is not said; nothing to compare at two periods
        if isinstance(m, Atom) and earlier[-1].hit.sense.key in ("employees", "shares", "fe_num"):
            continue  # "employees in 2024 above 2020": a head count may be a threshold; as before
        if isinstance(m, Atom):  # "net income in 2024 below 2022": a year, never a threshold of 2022
            ctx.atoms.remove(m)
            m = Mention(m.start, m.end, TimeValue("year", text=str(int(m.value[0])), years=(int(m.value[0]),)))
            ctx.time.mentions.append(m)
            ctx.time.mentions.sort(key=lambda x: x.start)
        e = Use(Hit(earlier[-1].hit.sense, m.end, m.end, "elided"), m)
        if e.hit.sense.is_estimate and not _fits(e, m.value):  # (an actual at an estimate's year is the consensus)
            # (round 24) "FY2026 consensus sales below FY2023": the estimate has no figure at a reported year, so the
            # period stands for a figure not said (the reported one?); it fell back to FY1, a wrong answer (FY2026
            # against FY2025), or to the same figure ("compared with itself", which misnamed what was not understood)
            raise Refusal(_NO_OWN_MEASURE + " (an estimate has none there; the reported figure?)",
                          [ctx.text[before[-1].start:m.end]])
        ctx.uses.append(e)
        ctx.uses.sort(key=lambda u: u.hit.start)
        ctx.used_times.add(id(m))
        m.only_after = True  # type: ignore[attr-defined]
def _over_listed(ctx: Ctx) -> None:
    """(round 44, f44w) "net income over fiscal 2022 and over fiscal 2023", "EPS over the last fiscal year, and over
    fiscal 2022": an "over" said again before each period of a list is their preposition, as "in 2022 and in 2023" is,
    never a comparison of the measure at the second period with the first (``_period_after_comparison`` took the second
    as "above" the first, and the measure's own figure fell back to FY2024: a column nobody asked for). Only where each
    "over" stands right before its period and the periods are joined by "and" or a comma alone; the "over"s are then no
    comparison words. Of named companies only: in a screen "employees over 2020 and over 2023" may be two thresholds."""
    if not ctx.ents.tickers:
        return
    ms = ctx.time.mentions
    for a, b in zip(ms, ms[1:], strict=False):
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)over\s+", ctx.text[a.end:b.start]):
            continue
        for m in (a, b):
            cmp = next((x for x in ctx.atoms if x.kind == "cmp" and x.end <= m.start
                        and ctx.text[x.start:x.end] == "over" and re.fullmatch(r"\s*", ctx.text[x.end:m.start])), None)
            if cmp is None or m is a and not re.search(r"\bover\s+$", ctx.text[:a.start]):
                break
        else:
            ctx.atoms[:] = [x for x in ctx.atoms if not (x.kind == "cmp" and ctx.text[x.start:x.end] == "over" and any(
                re.fullmatch(r"\s*", ctx.text[x.end:m.start]) for m in (a, b)))]


def _listing(ctx: Ctx) -> None:
    """"Since listing", "since its IPO": from the named companies' own listing. Their first fiscal year with data
    (SPEC section 1: the first full year after a later IPO) and each one's first trading day; a company listed
    before the data begins (2015) has no figures from its listing, so that is refused, never answered from 2015."""
    for m in ctx.time.mentions:
        v = m.value
        if not v.listing:
            continue
        words = [ctx.text[m.start:m.end]]
        if not ctx.ents.tickers:
            raise Refusal("a listing date differs by company; FinQL has no per-company start date in a screen", words)
        companies = [by_ticker()[t] for t in ctx.ents.tickers]
        early = [c for c in companies if c.ipo_year < FIRST_FY]
        if early:
            raise Refusal(f"{', '.join(f'{c.name} listed in {c.ipo_year}' for c in early)}, before the data begins "
                          f"(FY{FIRST_FY}, {FIRST_DAY.isoformat()})", words)
        v.first_fy = min(c.first_fiscal_year for c in companies)
        v.first_days = tuple(max(FIRST_DAY, first_trading_day(c.ipo_year, 1)) for c in companies)


def _year_ended(ctx: Ctx) -> None:
    """(round 26) "NWSY's return for the year to June 2024", "its revenue in the year ended June 30, 2024": a year said
    by the month it ends in is a fiscal year only of companies whose fiscal year ends in that month; where a company
    named has another year end it was read as its fiscal year (for prices, calendar 2024: a wrong answer). Refused,
    naming the words, as ``pipeline._FISCAL_YEAR_SAID`` refuses "the fiscal year ended June" said of them (the twelve
    months to a day, "the 12 months to June 30, 2024", read as that span). A year ended in December is the calendar year."""
    # (round 27) a screen's companies are those of its set ("banks' revenue in the fiscal year ended June 2024" read
    # FY2024 for every bank, whatever its year end)
    companies = [by_ticker()[t] for t in ctx.ents.tickers] if ctx.ents.tickers \
        else universe_companies(universe(ctx.ents.sets, ctx.text) or "ALL")
    months = {c.fiscal_year_end_month for c in companies}
    for m in ctx.time.mentions:
        v = m.value
        if v.kind == "year" and v.fiscal and v.month == 12 and months != {12} and len(v.years) == 1 and not v.said_fiscal:
            # "the year ended December 31, 2023" of a company whose year ends in September: calendar 2023 (its
            # quarters that end in it, as "calendar 2023" reads)
            v.fiscal, v.calendar, v.month = False, True, 0
        elif v.kind == "year" and v.fiscal and v.month and v.dates and months != {v.month}:
            # (round 28, lead mend) "the 12 months to June 30, 2024" of companies whose year ends otherwise: the span
            # of those dates, as round 26 read it (f28c's fiscal reading refused it, a price's return too)
            v.kind, v.years, v.fiscal, v.month = "date_range", (), False, 0
        elif v.kind == "year" and v.fiscal and v.month and months != {v.month}:
            raise Refusal("a year ending in a month that is not the fiscal year end of every company "
                          + ("named" if ctx.ents.tickers else "in the set"),
                          [ctx.text[m.start:m.end]])


def _balance_on_year_end(ctx: Ctx) -> None:
    """(round 32) "Falcon Software's total equity as at 30 September 2022", "Lakeside's debt-to-equity as at 31 March
    2024": a balance said at a day that is the last day of the fiscal year of every company asked about is that fiscal
    year's (SPEC 1: an annual stock item is the Q4 value, known from the period's end); it was refused ("a fundamentals
    item reads no day"). Only where every measure asked is a stock item (a price on that day reads the day), the day
    is a month's last and every company's year ends in its month (else the day stays unread, refused as before)."""
    items = [re.findall(r"\b([A-Z]{2}_[A-Z_]+)\(", leaf.hit.sense.template) for leaf in leaves(ctx.uses)]
    if not items or not all(i and all(m in METRICS and METRICS[m].dataset == "fundamentals" and not METRICS[m].flow
                                      for m in i) for i in items):
        return
    companies = [by_ticker()[t] for t in ctx.ents.tickers] if ctx.ents.tickers \
        else universe_companies(universe(ctx.ents.sets, ctx.text) or "ALL")
    months = {c.fiscal_year_end_month for c in companies}
    for m in ctx.time.mentions:
        v = m.value
        if v.kind == "date" and len(v.dates) == 1 and months == {v.dates[0].month} \
                and (v.dates[0] + dt.timedelta(days=1)).day == 1 and FIRST_FY < v.dates[0].year <= LATEST_FY:
            m.value = replace(v, kind="year", years=(v.dates[0].year,), dates=(), fiscal=True, end=True)


def _quarters_ended(ctx: Ctx) -> None:
    """"Sales in the quarter ended June 2024": the fiscal quarter of the named companies that ends in that month
    (FQ2024Q3 for a September year end). Companies whose quarters end in different months, or a screen, have no
    one such quarter, so a fundamentals item there is refused, naming the words (prices take the calendar months)."""
    _balance_on_year_end(ctx)
    _year_ended(ctx)
    for m in ctx.time.mentions:
        v = m.value
        if v.kind != "qended" or not ctx.ents.tickers:
            continue
        found = {fiscal_quarter_ending(v.years[0], v.month, by_ticker()[t].fiscal_year_end_month) for t in ctx.ents.tickers}
        if len(found) == 1 and None not in found:
            v.quarters = (found.pop(),)  # type: ignore[assignment]
    # "sales in calendar 2023", "EPS in calendar Q4 2023", "debt at the end of calendar 2023": the named companies'
    # fiscal quarters that end in those calendar months (Vantage Motors, year end June: FQ2023Q3..FQ2024Q2), a flow
    # summed over them as over a fiscal half; companies whose quarters fall differently, or a screen, stay refused
    for m in ctx.time.mentions:
        v = m.value
        if not v.calendar or not ctx.ents.tickers or v.kind not in ("year", "quarter", "half") \
                or len(v.quarters or v.years) != 1:
            continue
        if v.kind == "quarter":
            ends = [divmod(v.quarters[0], 4)]
        elif v.kind == "half":
            ends = [(v.years[0], q) for q in range(2 * v.half - 2, 2 * v.half)]
        else:
            ends = [(v.years[0], q) for q in range(4)]
        mapped = {tuple(fiscal_quarter_ending(y, 3 * q + 3, by_ticker()[t].fiscal_year_end_month) for y, q in ends)
                  for t in ctx.ents.tickers}
        if len(mapped) != 1:
            continue
        quarters = mapped.pop()
        if None in quarters:
            continue
        v.cal_quarters = quarters  # type: ignore[assignment]
        labels = v.fiscal_periods() or []
        v.part = len(labels) > 1 and v.kind == "year"  # a flow's sum over the four quarters (a half sums as a half)
    # "the stock's return in fiscal 2023", "the price at the end of FY2022": the named companies' own fiscal dates,
    # where they share a year end (otherwise a fiscal period of prices is refused, as before)
    months = {by_ticker()[t].fiscal_year_end_month for t in ctx.ents.tickers}
    if len(months) == 1:
        for m in ctx.time.mentions:
            if m.value.fiscal:
                m.value.fy_end_month = next(iter(months))


# comparison words of size or speed (not of judgement: "better", "worse")
_VERSUS_WORD = re.compile("|".join(w for w in COMPARATIVES_UP + COMPARATIVES_DOWN if w not in ("better", "worse")))
# a rate compared ("did A grow faster than B"): only with "than" (the other company named after it)
_VERSUS_RATE = re.compile(r"faster|quicker|slower|more quickly|more rapidly|more slowly")
# "did A or B do better (for shareholders)": a judging word after a verb of the stock's performance judges that
# performance, the return ("is A or B better?" judges nothing named: not read)
_PERFORMED_JUDGED = re.compile(r"\b(?:do|did|does|done|doing|perform(?:ed|s|ing)?|fare[ds]?|faring)\s+(?:better|worse)$")


def _versus_named(ctx: Ctx) -> tuple[Atom | None, bool]:
    """The comparative word of a comparison between the named companies said as a yes/no question, and whether
    it is said with "than". "Is A or B more profitable?", "Does A or B trade at a lower P/E?" ask which of the
    two, as "which of A or B" does (``X FOR A, B SORT X DESC TOP 1``); "Does A have more debt than B?", "Is A's
    market cap higher than B's?" ask yes or no, which FinQL cannot say, but the figures of both, ranked by the
    comparison, show it (``X FOR A, B SORT X DESC``)."""
    tickers = ctx.ents.tickers
    if len(tickers) < 2:
        return None, False
    if ctx.across is not None:
        return ctx.across, True
    pos = sorted(ctx.ents.ticker_pos.get(t, -1) for t in tickers)
    if pos[0] < 0:
        return None, False
    # "A or B": every company joined by "or" (or commas before it), not a list of companies "and"
    either = len(tickers) == 2 and re.search(r"\bor\b", ctx.text[pos[0]:pos[1]]) is not None
    for a in ctx.atoms:
        word = ctx.text[a.start:a.end]
        if (a.kind == "comparative" or a.kind == "arith" and id(a) not in ctx.used_atoms) and (
                _VERSUS_WORD.fullmatch(word) or _VERSUS_RATE.fullmatch(word) or _PERFORMED_JUDGED.search(ctx.text, 0, a.end)):
            # "more debt than B", "how much bigger was A's revenue than B's", "how much more did A sell than B"
            than = re.match(r"\s+(?:[\w'/&.-]+\s+){0,8}?than\s+(?:that\s+of\s+|those\s+of\s+|the\s+one\s+of\s+)?",
                            ctx.text[a.end:])
            after = a.end + than.end() if than else -1
            if after < 0 and _VERSUS_RATE.fullmatch(word):
                continue
        elif a.kind == "cmp" and a.value in ("<", ">") and re.fullmatch(
                r"(?:" + _VERSUS_WORD.pattern + r") than", word):
            than = re.match(r"\s*(?:that\s+of\s+|those\s+of\s+|the\s+one\s+of\s+)?", ctx.text[a.end:])
            after = a.end + than.end() if than else -1
        else:
            continue
        # with "than", the company after it is the other side; without, the companies are "A or B"
        if after in pos and after != pos[0]:
            return a, True
        if after < 0 and either and not _VERSUS_RATE.fullmatch(word):
            return a, False  # ("did A or B grow faster": which of the two, or both growths? left to the refusal)
    return None, False


# the named companies left out of the set named before them: "all the Automobiles names but not A or B", "asset
# managers other than A", "every bank except A and B" (the words before the first company)
LEFT_OUT = re.compile(r"\b(?:but\s+not|other\s+than|except(?:\s+for)?|excluding|apart\s+from|besides|not\s+counting|"
                      r"leaving\s+out)\s+(?:the\s+)?$")
# between two companies left out: the rest of a name (five words at most) and a list's joint
_LEFT_OUT_JOINT = re.compile(r"\S+(?:\s+\S+){0,4}?(?:\s*,\s*|\s+)(?:(?:and|or|nor|&)\s+)?(?:the\s+)?")


def companies_left_out(text: str, sets: list[SetTerm], ticker_pos: dict[str, int]) -> re.Match[str] | None:
    """The words that leave the named companies out of the set named before them, where every company named follows
    them in one list right after the set ("asset managers other than Delta Capital"); else None."""
    pos = sorted(ticker_pos.values())
    if not sets or not pos or pos[0] < 0 or any(t.negated for t in sets) or max(t.end for t in sets) > pos[0]:
        return None
    cue = LEFT_OUT.search(text, 0, pos[0])
    if cue is None or not re.fullmatch(r"[\s\w'&-]*?(?:,\s*|\s-+\s*)?", text[max(t.end for t in sets):cue.start()]):
        return None
    if not all(_LEFT_OUT_JOINT.fullmatch(text[p1:p2]) for p1, p2 in zip(pos, pos[1:], strict=False)):
        return None
    return cue


def _companies_excluded(ctx: Ctx) -> bool:
    """A set with named companies left out of it ("asset managers other than Delta Capital", "all the Automobiles
    names but not Cobalt Motors or Starlight Motors"): the set's other members, named (a FinQL set has no negation of
    a company); only where each company named is a member of it (``companies_left_out`` says where)."""
    cue = companies_left_out(ctx.text, ctx.ents.sets, ctx.ents.ticker_pos)
    members = [c.ticker for c in universe_companies(universe(ctx.ents.sets, ctx.text) or "ALL")]
    if cue is None or not set(ctx.ents.tickers) <= set(members):
        return False
    last = max(ctx.ents.ticker_pos.values())
    ctx.ents.tickers = [t for t in members if t not in ctx.ents.tickers]
    ctx.ents.ticker_pos = {t: -1 for t in ctx.ents.tickers}
    for a in ctx.atoms:  # the exclusion's words and the list's joints
        if cue.start() <= a.start <= last and a.kind in ("logic", "cmp", "sep"):
            ctx.take(a)
    return True


def _verb_compared_items(ctx: Ctx) -> None:
    """"How does the consensus EPS compare with what X actually earned last year": the figure said by the verb, set
    beside earnings per share, is earned per share (as in a condition, ``_conditions``); beside anything but earnings
    it is refused, naming the verb (it was net income beside EPS: a wrong answer)."""
    for v in ctx.uses:
        if v.hit.how != "verb-compared" or v.used:
            continue
        others = [u for u in ctx.uses if u is not v]
        if any(u.hit.sense.key in ("eps", "fe_eps") for u in others):
            v.hit = Hit(BY_KEY["eps"], v.hit.start, v.hit.end, v.hit.how, v.hit.score)
        elif any(u.hit.sense.key != "net_inc" for u in others):
            raise Refusal("a figure said by a verb that need not be the one compared", [ctx.text[v.hit.start:v.hit.end]])


def _difference_of_named(ctx: Ctx) -> bool:
    """"The difference between A's and B's profit": a difference across rows, which FinQL cannot compute (it computes
    per company); the figures of both, from which it follows, answer it. Only where the companies follow the words."""
    tickers = ctx.ents.tickers
    if len(tickers) < 2:
        return False
    pos = sorted(p for p in ctx.ents.ticker_pos.values() if p >= 0)
    for a in ctx.atoms:
        if a.kind == "arith_diff" and id(a) not in ctx.used_atoms and pos and re.fullmatch(
                r"\s*(?:the\s+)?", ctx.text[a.end:pos[0]]) and len([p for p in pos if p > a.end]) >= 2:
            ctx.take(a)
            return True
    return False


def _trade_verb(ctx: Ctx) -> None:
    """"Which of A and B trades at a lower P/E?", "banks trading at a discount to book": "trade (at)" before the
    measure it is said of is the verb of that measure, never the share price as a measure of its own (it was the
    sort key of the comparison: a wrong answer)."""
    for u in list(ctx.uses):
        if u.hit.sense.key not in ("price", "volume") or not re.fullmatch(r"trad(?:e|es|ed|ing)(?: at)?",
                                                                        ctx.text[u.hit.start:u.hit.end]):
            continue
        after = [v for v in ctx.uses if v.hit.start >= u.hit.end]
        comparative = r"(?:(?:lower|higher|cheaper|richer|smaller|larger|bigger|greater|\w+est)\s+)?"
        if after and re.fullmatch(r"\s*(?:at\s+)?(?:(?:a|an|the)\s+)?" + comparative,
                                  ctx.text[u.hit.end:after[0].hit.start]):
            ctx.uses.remove(u)


def _trades_at(ctx: Ctx) -> None:
    """"stocks that trade below $20 (a share)": a comparison right after "trade" with an amount is the share price.
    "Trading at more than 30 times earnings": the verb of a multiple (the P/E), never a price compared with 30."""
    for u in list(ctx.uses):
        if u.hit.sense.key in ("price", "volume") and re.fullmatch(r"trad(?:e|es|ed|ing)(?: at)?", ctx.text[u.hit.start:u.hit.end]) \
                and re.match(r"\s*(?:[a-z<>=]+\s+){0,3}?[$€£¥]?\d[\d.,]*\s*(?:x|times)\b", ctx.text[u.hit.end:]):
            ctx.uses.remove(u)
    for a in ctx.atoms:
        # (round 46, f46t: and "today" / "now" said between, "which trade today above their highest close in 2023")
        verb = re.search(r"\btrad(?:e|es|ed|ing)(?=\s+(?:(?:today|now|currently)\s+)?$)", ctx.text[:a.start])
        after = [x for x in ctx.atoms if x.start >= a.end]
        if a.kind == "cmp" and verb and after and after[0].kind == "num" \
                and re.fullmatch(r"\s*", ctx.text[a.end:after[0].start]) \
                and (after[0].value[2] or re.match(r"\s+(?:a|per)\s+share\b", ctx.text[after[0].end:])
                     # ((round 46, f46r) or its currency said in words right after it, no scale between: "above 100
                     # US dollars"; "above 100 million dollars" is no price a share, left unread)
                     or after[0].value[1] is None and _CURRENCY_SAID.match(ctx.text, after[0].end)) \
                and not any(verb.start() <= u.hit.start < after[0].end for u in ctx.uses):
            ctx.uses.append(Use(Hit(BY_KEY["price"], verb.start(), verb.end(), "verb")))
            ctx.uses.sort(key=lambda u: u.hit.start)
            _bind_times(ctx)
            # (round 46, f46r) "trade above 100 (US dollars) per share": the amount's own "per share", after its
            # currency said in words too, is the price's unit (it was left over beside the price it says)
            unit = _CURRENCY_PER_SHARE.match(ctx.text, after[0].end)
            for p in ctx.atoms:
                if unit and p.kind == "per" and p.start == unit.end() - len("per share"):
                    ctx.take(p)
        elif a.kind == "cmp" and verb and not a.extra and _range_extreme_after(ctx, a) is not None \
                and not any(verb.start() <= u.hit.start < a.start for u in ctx.uses):
            # (round 24) "insurers that trade above their highest close in 2023": the price today against the range's
            # high (low), as "whose share price is above ..." reads (the verb was left over: refused)
            ctx.uses.append(Use(Hit(BY_KEY["price"], verb.start(), verb.end(), "verb")))
            ctx.uses.sort(key=lambda u: u.hit.start)
            _bind_times(ctx)
    # (round 24) "whose share price is below their lowest close during calendar 2022": the period said after the high
    # (low) is the range's; the price compared with it is today's (it took the range's end: a wrong answer)
    for a in [a for a in ctx.atoms if a.kind == "cmp" and not a.extra]:
        high = _range_extreme_after(ctx, a)
        price = [u for u in ctx.uses if u.hit.end <= a.start and u.hit.sense.key == "price"]
        if high is not None and price and high.time is not None and price[-1].time is high.time \
                and re.fullmatch(r"\s*(?:(?:is|are|was|were|now|currently|still)\s+)*", ctx.text[price[-1].hit.end:a.start]):
            price[-1].time = None
    _trades_at_multiple(ctx)


def _range_extreme_after(ctx: Ctx, a: Atom) -> Use | None:
    """The highest (lowest) close of a range said right after comparison ``a`` ("above their highest close in 2023",
    "below its 2022 low"), or None."""
    nxt = [u for u in ctx.uses if u.hit.start >= a.end]
    if nxt and nxt[0].hit.sense.key in ("high", "low") and re.fullmatch(
            r"\s*(?:(?:their|its|the)\s+)?", _blank(ctx, ctx.text[a.end:nxt[0].hit.start], a.end)):
        return nxt[0]
    return None


# the set screened, then the comparison of a multiple of a figure said after it ("banks under 1.5x book", "software
# names above 10 times sales"; a bare "utilities under 14x" names no figure: it stays refused, f20b)
# (round 23: or after a colon, a bracket or a dash, "banks: under 1.5x book", "banks (under 1.5x book)": the book value
# itself was compared with 1.5, a wrong answer)
_SET_NOUN = r"(?:names|stocks|companies|shares|equities)"
_SET_THEN = re.compile(rf"\s*\)?\s*(?:{_SET_NOUN}\s*(?=[:(-]))?(?:[:(]\s*|-+\s+)?(?:{_SET_NOUN}\s+)?")
_NOTHING = re.compile("")


def _set_before(ctx: Ctx, a: Atom) -> re.Match[str] | None:
    """The (empty) place of the trade's verb before comparison ``a`` said right after the set screened, or None."""
    if any(_SET_THEN.fullmatch(ctx.text[t.end:a.start]) for t in ctx.ents.sets) \
            and not any(u.hit.start <= a.start < u.hit.end for u in ctx.uses):
        return _NOTHING.match(ctx.text, a.start)
    return None


# the measure a multiple is "N times" of, and the value it is a multiple of: a price over earnings per share, a market
# value over sales or book value ("trade below ten times next year's consensus EPS", "at less than 2 times sales")
_MULTIPLE_OF = {"eps": "price", "fe_eps": "price", "net_inc": "price", "sales": "mkt_cap", "fe_sales": "mkt_cap",
                "equity": "mkt_cap", "fcf": "mkt_cap"}


# a condition joined to the one before it, or said after "with", its measure left unsaid ("..., and under 2x book",
# "banks with under 2x book")
_JOINED_CLAUSE = re.compile(r"(?:,|;|\band\b|\bbut\b|\bor\b|\bwith\b|\bhaving\b)\s*(?:(?:is|are|also|not|still)\s+)?$")


def _trades_at_multiple(ctx: Ctx) -> None:
    """"Banks that trade below ten times next year's consensus EPS": the valuation multiple on that figure compared
    with N (``P_PRICE(D0) / FE_EPS(FY1) < 10``); "... trade at less than 25 times that estimate" takes the estimate
    named before. Earnings in a multiple are per share (the price is)."""
    said = -1  # where the last multiple read after a trade's verb ends
    for a in [a for a in ctx.atoms if a.kind == "cmp" and not a.extra]:
        # (or said right after the set screened, no verb: "banks under 1.5x book", round 21)
        verb = re.search(r"\btrad(?:e|es|ed|ing)(?:\s+at)?\s+$", ctx.text[:a.start]) or _set_before(ctx, a)
        if not verb and said >= 0 and re.fullmatch(r"\s*,?\s*(?:and\s+)?", ctx.text[said:a.start]):
            # (round 34, f34b) a second multiple sharing the trade's verb: "trading under 0.8x book and under 20x
            # earnings" (the book value's multiple was read as the P/E's, compared with 0: a wrong answer)
            verb = _NOTHING.match(ctx.text, a.start)
        num = next((x for x in ctx.atoms if x.start >= a.end), None)
        pe = next((u for u in ctx.uses if verb and num is not None and num.kind == "num" and u.hit.start >= num.end
                   and re.fullmatch(r"\s*", ctx.text[num.end:u.hit.start])
                   and re.match(r"(?:x|times)\b", ctx.text[u.hit.start:u.hit.end])), None)
        if pe is not None:
            # (round 35, f35n) the P/E said as a multiple after the verb, "trading under 20x earnings and under 0.8x
            # book" (its sense's own name holds the multiple): the next multiple shares the verb, as after one read
            # here (it was refused)
            said = pe.hit.end
            continue
        if not verb and num is not None and num.kind == "num" and num.value[1] in ("x", "times") \
                and re.fullmatch(r"\s*", ctx.text[a.end:num.start]) and _JOINED_CLAUSE.search(ctx.text[:a.start]):
            after = next((u for u in ctx.uses if u.hit.start >= num.end and not u.parts), None)
            if after is not None and after.hit.sense.key in _MULTIPLE_OF \
                    and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?", ctx.text[num.end:after.hit.start]):
                # "a yield above 4% and under 2x book": a multiple of a figure joined to another condition with no
                # trade verb (it was the figure itself below 2: a wrong answer); which multiple is not said
                raise Refusal("a multiple of a figure with no measure compared", [ctx.text[a.start:after.hit.end]])
        if not verb or num is None or num.kind != "num" or num.value[1] not in ("x", "times") \
                or not re.fullmatch(r"\s*", ctx.text[a.end:num.start]) \
                or any(verb.start() <= u.hit.start < num.end for u in ctx.uses):
            continue
        nxt = [u for u in ctx.uses if u.hit.start >= num.end and not u.parts]
        gap = _blank_estimate_words(ctx, num.end, nxt[0].hit.start) if nxt else "-"
        for m in ctx.time.mentions:
            if nxt and num.end <= m.start and m.end <= nxt[0].hit.start:
                gap = gap[:m.start - num.end] + " " * (m.end - m.start) + gap[m.end - num.end:]
        y: Use | None = None
        if nxt and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?\s*(?:'s\s*)?", gap) and nxt[0].hit.sense.key in _MULTIPLE_OF \
                and (nxt[0].hit.sense.key != "net_inc" or "earning" in ctx.text[nxt[0].hit.start:nxt[0].hit.end]):
            y = nxt[0]
            ctx.uses.remove(y)
        else:
            that = re.match(r"\s*(?:that|this|the same|said)\s+(?:estimate|forecast|figure|number|consensus|amount)\b",
                            ctx.text[num.end:])
            before = [u for u in ctx.uses if u.hit.end <= verb.start() and not u.parts and u.hit.sense.key in _MULTIPLE_OF]
            if not that or not before:
                continue
            y = Use(before[-1].hit, before[-1].time, before[-1].func)
            for x in ctx.atoms:
                if num.end <= x.start and x.end <= num.end + that.end() and x.kind in ("est", "actual"):
                    ctx.take(x)
        if y.hit.sense.key == "net_inc":  # "ten times 2024 earnings": earnings per share, as the price is per share
            y = Use(Hit(BY_KEY["eps"], y.hit.start, y.hit.end, y.hit.how, y.hit.score), y.time, y.func)
        top = BY_KEY[_MULTIPLE_OF[y.hit.sense.key]]
        x = Use(Hit(top, verb.start(), verb.end(), "verb"))
        sense = Sense(f"{top.key}/{y.hit.sense.key}", _combine(top.template, "/", y.hit.sense.template, False), (),
                      about=f"{top.about} / {y.hit.sense.about}")
        ctx.uses.append(Use(Hit(sense, verb.start(), max(y.hit.end, num.end), "arith"), parts=(x, "/", y, False)))
        ctx.uses.sort(key=lambda u: u.hit.start)
        num.value = (num.value[0], None, num.value[2])  # a multiple is a plain number
        said = max(y.hit.end, num.end)
        _bind_times(ctx)


def _signed_estimate(ctx: Ctx) -> None:
    """"Forward P/E under 12 (positive FY25 consensus only)": a sign before an estimate word naming no measure, in a
    question whose forward P/E is on consensus EPS, is that EPS estimate's sign (``FE_EPS(FY1) > 0``)."""
    if not any(u.hit.sense.key == "fwd_pe" for u in leaves(ctx.uses)):
        return
    for a in [a for a in ctx.atoms if a.kind == "sign" and id(a) not in ctx.used_atoms]:
        est = next((x for x in ctx.atoms if x.kind == "est" and x.start >= a.end), None)
        if est is None or any(a.end <= u.hit.start < est.end + 12 for u in ctx.uses):
            continue
        gap = ctx.text[a.end:est.start]
        mention = None
        for m in ctx.time.mentions:
            if a.end <= m.start and m.end <= est.start:
                gap = gap[:m.start - a.end] + " " * (m.end - m.start) + gap[m.end - a.end:]
                mention = m
        if not re.fullmatch(r"\s*", gap):
            continue
        if mention is not None and not mention.value.estimates():
            continue
        ctx.uses.append(Use(Hit(BY_KEY["fe_eps"], est.start, est.end, "ellipsis"), mention))
        ctx.uses.sort(key=lambda u: u.hit.start)
        if mention is not None:
            ctx.used_times.add(id(mention))


def _elliptic_period(ctx: Ctx, m: Mention) -> Atom | None:
    """The comparison right before period ``m`` when no measure follows it ("at least 10% above FY25")."""
    cmp = [a for a in ctx.atoms if a.kind == "cmp" and not a.extra and a.end <= m.start
           and re.fullmatch(r"\s*(?:(?:that|those|the level|the figure)\s+(?:of|in|for)\s+|in\s+|for\s+|the\s+|its\s+|their\s+)?",
                            ctx.text[a.end:m.start])]
    after = [u for u in ctx.uses if u.hit.start >= m.end]
    if not cmp or (after and re.fullmatch(r"[\s'-]*(?:s\s+)?", ctx.text[m.end:after[0].hit.start])):
        return None  # "above 2023 revenue": the period of the measure after it
    return cmp[-1]


def _counts_companies(ctx: Ctx) -> str | None:
    """"How many banks have ...", "the number of companies in the NX100", "what % of NX100 companies ...": the
    words asking for a count or share of companies (not "how many employees", a measure that follows them)."""
    for m in re.finditer(r"\bhow many\b|\b(?:the\s+)?(?:number|count)\s+of\b|"
                         r"\b(?:what|which)\s+(?:%|percent|percentage|share|proportion|fraction)\s+of\b", ctx.text):
        measure = any(u.hit.start < m.end() + 12 and u.hit.end > m.start() for u in leaves(ctx.uses))
        if not measure:
            return m.group(0)
    return None


# (round 47, f47t) "how many" followed by no noun: "how many of them", "how many are there", "and how many?"
# ((round 48, r48) and one noun that ends the clause, "X's EPS in 2024, and how many shares?": a count no measure
# reads ("shares" alone is no measure's name) was dropped the same way; "how many employees?", "how many shares does
# it have?" are read by a measure next to it)
_COUNT_OF_NOTHING = re.compile(r"\bhow\s+many\b(?=\s+(?:of\s+(?:them|those|these)|are\s+there|were\s+there|"
                               r"are\s+(?:in|behind)|make\s+up)\b|\s*[?.!,;]|\s*$|\s+[\w-]+\s*(?:[?.!,;]|$))")
_NOT_A_RATIO_BEFORE = re.compile(r"\b(?:from|compar\w*|convert\w*|switch\w*|shift\w*|mov(?:e|es|ed|ing))\b[^,;.?]{0,40}$")
_CLOSE_WORDS = ("close", "closed", "close at", "closed at", "trading at", "trade at", "trades at", "traded", "worth",
                "valued at", "quote")


def _ratio_words(ctx: Ctx) -> None:
    """Two measures joined by "to" ("debt to operating income", "cash-to-debt", "price to 2025 earnings") are
    their ratio, as "debt to equity" is; a period written between "to" and the second measure is that measure's.
    Not after "from" or "compare" ("from sales to net income" runs along the income statement)."""
    for x, y in zip(ctx.uses, ctx.uses[1:], strict=False):
        if x.parts or y.parts or not x.hit.sense.kinds or not y.hit.sense.kinds or x.hit.sense.is_range \
                or y.hit.sense.is_range or ctx.text[x.hit.start:x.hit.end] in _CLOSE_WORDS:
            continue
        gap = ctx.text[x.hit.end:y.hit.start]
        for m in ctx.time.mentions:  # "price to 2025 earnings": the period goes with the measure after it
            if x.hit.end <= m.start and m.end <= y.hit.start:
                gap = gap[:m.start - x.hit.end] + " " * (m.end - m.start) + gap[m.end - x.hit.end:]
        to = re.fullmatch(r"(\s*(?:-\s*)?to\s*(?:-\s*)?)(?:(?:the|its|their)\s+)?(?:\s*'s)?\s*", gap)
        if to is None or _NOT_A_RATIO_BEFORE.search(ctx.text[:x.hit.start]) \
                or any(x.hit.end <= a.start < y.hit.start for a in ctx.atoms):
            continue
        ctx.atoms.append(Atom("arith", x.hit.end, x.hit.end + to.end(1), "/"))
    ctx.atoms.sort(key=lambda a: a.start)


# the mark that sets a restatement beside what it restates: a comma, or a dash between spaces (round 26: "top 3
# industrials by FCF yield - LTM free cash flow over current market cap" is said as the comma says it)
_APPOSED = r"(?:,|(?<=\s)--?(?=\s))"


def _restates_ratio(ctx: Ctx, x: Use, y: Use) -> bool:
    """"which banks had a net margin, net income over sales, above 13%": "x over y" set after a comma or a dash (or
    "i.e.", "that is", "meaning") right after a ratio it computes (its period may stand between) restates that ratio."""
    named = [u for u in ctx.uses if u.hit.end <= x.hit.start]
    if not named or " / " not in named[-1].hit.sense.template:
        return False
    gap = _blank(ctx, ctx.text[named[-1].hit.end:x.hit.start], named[-1].hit.end)
    return re.fullmatch(r"\s*(?:(?:in|for|during|over|at|as of|of)\s+(?:the\s+)?)?\s*" + _APPOSED + r"\s*(?:(?:i\.e\.?|"
                        r"that is|namely|meaning|defined as)\s*,?\s*)?(?:the\s+|its\s+|their\s+)?", gap) is not None \
        and _bare(named[-1].hit.sense.template) == _bare(
            _combine(x.hit.sense.template, "/", y.hit.sense.template, False))


def _over_named(ctx: Ctx) -> None:
    """"Ironclad's net income over equity": between two measures of named companies (where no condition can be),
    "over" divides, as "net income over sales" is said of a margin; in a screen it stays a comparison, except where
    it restates the ratio named right before it (``_restates_ratio``)."""
    for mm in ctx.time.mentions:
        # "total debt over the last twelve months' operating income": "over" read with the period after it is the
        # division sign where a measure stands right before it and the period is the next measure's (possessive); in a
        # screen too where the two restate the ratio named before them (round 26: "by net margin, net income over last
        # year's sales" gave the two figures as columns)
        x = [u for u in ctx.uses if u.hit.end <= mm.start]
        y = [u for u in ctx.uses if u.hit.start >= mm.end]
        if re.match(r"over\s", ctx.text[mm.start:mm.end]) and x and y \
                and (ctx.ents.tickers or _restates_ratio(ctx, x[-1], y[0])) and re.fullmatch(r"\s*", ctx.text[x[-1].hit.end:mm.start]) \
                and re.fullmatch(r"\s*'s?\s*", ctx.text[mm.end:y[0].hit.start]) and not x[-1].hit.sense.is_range \
                and not y[0].hit.sense.is_range and x[-1].hit.sense.kinds and y[0].hit.sense.kinds:
            ctx.atoms.append(Atom("arith", mm.start, mm.start + 4, "/"))
            ctx.atoms.sort(key=lambda a: a.start)
            mm.start += len(re.match(r"over\s+", ctx.text[mm.start:]).group(0))  # type: ignore[union-attr]
    for a in [a for a in ctx.atoms if a.kind == "cmp" and ctx.text[a.start:a.end] == "over"]:
        x = [u for u in ctx.uses if u.hit.end <= a.start]
        y = [u for u in ctx.uses if u.hit.start >= a.end]
        # "rank ... by market cap over total debt": after a ranking's "by" the measures are the key, never a condition
        # (a "by" said after the measure ranks nothing of it: "banks with net income over sales - by ROE" stays a
        # condition; it was a quotient column, round 26)
        ranked_by = bool(x) and any(b.kind == "by" and b.end <= x[-1].hit.start and re.fullmatch(r"\s*(?:the\s+|its\s+|their\s+)?",
                                                                    ctx.text[b.end:x[-1].hit.start]) for b in ctx.atoms)
        if not ctx.ents.tickers and not ranked_by and not (x and y and _restates_ratio(ctx, x[-1], y[0])) \
                and not (x and _of_the_set(ctx, x[-1])) and not (x and y and _ratio_opens(ctx, x[-1], y[0])):
            continue
        if x and y and x[-1].hit.sense.kinds and y[0].hit.sense.kinds and not x[-1].hit.sense.is_range \
                and not y[0].hit.sense.is_range \
                and re.fullmatch(r"\s*(?:" + _UNIT_BRACKETED + ")?", ctx.text[x[-1].hit.end:a.start], flags=re.IGNORECASE) \
                and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?(?:'s?\s*)?", "".join(
                    " " if any(m.start <= i < m.end for m in ctx.time.mentions) else ch
                    for i, ch in enumerate(ctx.text[:y[0].hit.start]))[a.end:]):
            a.kind, a.value = "arith", "/"  # (a period between, "over FY2024 sales", is the second measure's)


# (round 47, f47r) the words that may open a question before the figure it asks: "show (me) the", "list", "please give"
_ASKED_FIRST = re.compile(r"\W*(?:please\s+)?(?:(?:show|list|give|get|pull|display|report|rank|sort)(?:\s+(?:me|us))?\s+)?"
                          r"(?:the\s+)?")


def _ratio_opens(ctx: Ctx, x: Use, y: Use) -> bool:
    """(round 47, f47r) "Liabilities over assets for the banks, least indebted first", "Show net income over sales
    for the insurers": two measures joined by "over" that open the question, the companies named after them (a "for"
    or "of" and a set), are a figure of each company, the quotient ("over" was read as a comparison, the condition
    liabilities > assets, and the ranking found no measure: refused). "Banks with liabilities over assets" (a set and
    "with" before them) keeps its condition."""
    return _ASKED_FIRST.fullmatch(ctx.text[:x.hit.start]) is not None and any(
        re.fullmatch(r"\s*(?:for|of|across|among)\s+(?:all\s+)?(?:the\s+)?", ctx.text[y.hit.end:t.start])
        for t in ctx.ents.sets)


def _of_the_set(ctx: Ctx, x: Use) -> bool:
    """(Round 31) "Show the banks' debt over equity in FY2023", "Banks: net income over sales, FY2023": the measure said
    as the set's own (its possessive, or after the set's name and a colon that opens the clause) is a figure of each
    company, no condition on them ("over" was a comparison: the banks with debt above equity, a wrong answer); "banks
    with debt over equity" keeps its condition. (A dash opening the clause is the colon's: "Banks - net income over
    sales, FY2023".)"""
    before = ctx.text[:x.hit.start]
    return any(re.fullmatch(r"(?:'s?|s')\s+(?:the\s+)?", before[t.end:]) or re.fullmatch(r"\s*(?::|\s-+)\s*", before[t.end:])
               and re.fullmatch(r"\W*(?:the\s+)?", before[:t.start]) for t in ctx.ents.sets)


def _over_a_period(ctx: Ctx) -> None:
    """"market cap over LTM sales", "net income over FY2024 sales" (round 22): "over" between two measures, with the
    second one's period right after it, divides them; the time step had read "over LTM" as the period's preposition
    ("over the last twelve months") and the division was dropped (the two figures were given: a wrong answer)."""
    for m in ctx.time.mentions:
        if not re.match(r"over\s+", ctx.text[m.start:m.end]):
            continue
        x = next((u for u in reversed(ctx.uses) if u.hit.end <= m.start), None)
        y = next((u for u in ctx.uses if u.hit.start >= m.end), None)
        # (round 32: the first measure's own period between, "market cap today over LTM sales"; it was refused)
        gap = _blank_periods(ctx, x.hit.end, m.start) if x is not None else ""
        if x is None or y is None or not x.hit.sense.kinds or not y.hit.sense.kinds \
                or not re.fullmatch(r"\s*", gap) or not re.fullmatch(r"\s*", ctx.text[m.end:y.hit.start]) \
                or any(x.hit.end <= a.start < y.hit.start for a in ctx.atoms):
            continue
        over = re.match(r"over\s+", ctx.text[m.start:m.end])
        ctx.atoms.append(Atom("arith", m.start, m.start + 4, "/"))
        ctx.atoms.sort(key=lambda a: a.start)
        m.start += over.end()
        m.value = replace(m.value, text=ctx.text[m.start:m.end])


def _slash_of_its(ctx: Ctx, x: Use, a: Atom, y: Use) -> bool:
    """(Round 27) "net income of X / its sales", "NWSY's net income in FY2023 / its sales": a slash between a figure of
    the company named after it (or its period) and the same company's second figure, "its" or "their", divides them
    (it gave two columns)."""
    left = _blank_periods(ctx, x.hit.end, a.start, _names_blanked(ctx, x.hit.end, a.start)[x.hit.end:a.start])
    return bool(re.fullmatch(r"\s*(?:(?:in|for|at|during|over)\s+)?", left)) and bool(re.fullmatch(r"\s*(?:its|their)\s+", _blank_periods(ctx, a.end, y.hit.start)))


_TWO_YEARS_JOINED = re.compile(r"(?P<a>(?:fy\s?|fiscal\s+(?:year\s+)?)?\d{4})\s+(?:or|and)\s+(?P<b>(?:fy\s?|fiscal\s+(?:year\s+)?)?\d{4})")


def _year_of_the_next(ctx: Ctx) -> None:
    """(round 29) "sales above 1bn in FY2023 or FY2024 net income above 100m": two years joined after one measure,
    the second said right before another measure, are each one's own ("FY2024 net income"): the first the figure's
    before, the second the one after (both years were given to both conditions)."""
    for i, m in enumerate(list(ctx.time.mentions)):
        v = m.value
        j = _TWO_YEARS_JOINED.fullmatch(ctx.text, m.start, m.end)
        # (lead merge mend: only where the two years are the question's one period; "Q3 sales against FY2021 and FY2022
        # sales" gave FY2021 to the quarter, a wrong answer where round 20 refuses)
        if v.kind != "years" or len(v.years) != 2 or j is None or len(ctx.time.mentions) != 1:
            continue
        after = [u for u in ctx.uses if u.hit.start >= m.end and re.fullmatch(r"\s*", ctx.text[m.end:u.hit.start])]
        before = [u for u in ctx.uses if u.hit.end <= m.start]
        if not after or not before or any(before[-1].hit.end <= o.start < m.start for o in ctx.time.mentions):
            continue
        first = Mention(m.start, j.end("a"), replace(v, kind="year", years=v.years[:1], each=False, text=j.group("a")))
        second = Mention(j.start("b"), m.end, replace(v, kind="year", years=v.years[1:], each=False, text=j.group("b")))
        ctx.time.mentions[i:i + 1] = [first, second]


def _owner(ctx: Ctx, u: Use, lo: int, hi: int) -> str | None:
    """(round 29) The company a figure is said of, named next to it within ``lo``..``hi``: "NWSY's sales", "sales of
    NWSY" (its period between), or None."""
    for ticker, pos in ctx.ents.ticker_pos.items():
        e = name_end(ctx.text, pos, ticker)
        if e is None or not lo <= pos < hi or e > hi:
            continue
        if e <= u.hit.start and re.fullmatch(r"(?:'s?)?\s*", _blank_periods(ctx, e, u.hit.start)) \
                or pos >= u.hit.end and re.fullmatch(r"\s+(?:of|for|at)\s+", _blank_periods(ctx, u.hit.end, pos)):
            return ticker
    return None


def _period_between(ctx: Ctx, x: Use, a: Atom) -> bool:
    """(round 30) "highest close 2023 / diluted EPS FY2023", "close (10 trading days ago) / EPS (FY2024)": only the
    first figure's own period, bare or in parentheses, stands between it and the sign after it (a header's cell)."""
    return any(re.fullmatch(r"\s*(?:in\s+|for\s+|\()?", ctx.text[x.hit.end:m.start])
               and re.fullmatch(r"\)?\s?" if ctx.text[m.start - 1:m.start] == "(" else r"\s?", ctx.text[m.end:a.start])
               for m in ctx.time.mentions)


# (round 46, f46w) a word that sets one thing against another, said inside one operand's reach of an arithmetic operator
_COMPARE_WORD = r"(?<![\w'])(?:vs\.?|v\.|versus|against|compared\s+(?:with|to)|relative\s+to)"
_COMPARED_IN_OPERAND = re.compile(_COMPARE_WORD + r"(?![\w'])")


_COMPARED_WITH_CURRENCY = re.compile(_COMPARE_WORD +
                                     r"\s*,?\s*(?:(?:converted|translated)\s+)?(?:(?:in|into|to)\s+)?$")


def _compared_with_a_currency(ctx: Ctx) -> None:
    """(round 46, f46w) "X's FY2024 sales vs. in euros", "net income against in US dollars": a comparison whose other
    side is the figure in a currency (the reported figure set against its conversion: two currencies, and ``IN``
    converts the whole query); it was the converted figure alone, the "vs." dropped (a wrong answer); refused,
    naming the word."""
    pos = ctx.ents.currency_pos
    if pos is not None and pos >= 0 and (m := _COMPARED_WITH_CURRENCY.search(ctx.text, 0, pos)):
        raise Refusal("a figure compared with itself in another currency: FinQL shows one currency per query",
                      [m.group(0).strip()])


def _period_across_a_comparison(ctx: Ctx) -> None:
    """(round 46, f46w) "FY2024 cash plus debt vs FY2023", "FY2024 sales minus net income versus FY2023": one operand of
    a formula bound to a period reached across a comparison word, the other operands to another period: the formula
    set against itself in another period, not a figure of that period inside it (it was FY2024 cash plus FY2023 debt,
    the "vs" dropped: a wrong answer); refused, naming the word. ("cash plus debt, FY2024 vs FY2023" is read per
    period, before.)"""
    def leaves(u: Use) -> list[Use]:
        return [w for p in (u.parts[0], u.parts[2]) for w in leaves(p)] if u.parts else [u]

    for u in ctx.uses:
        if not u.parts:
            continue
        ls = leaves(u)
        if len({(w.time.start, w.time.end) if w.time else None for w in ls}) < 2:
            continue
        for w in ls:
            if w.time is None:
                continue
            gap = (ctx.text[w.hit.end:w.time.start] if w.time.start >= w.hit.end
                   else ctx.text[w.time.end:w.hit.start] if w.time.end <= w.hit.start else "")
            if (cmp := _COMPARED_IN_OPERAND.search(gap)):
                raise Refusal("a formula's figure bound to a period said after a comparison word: the formula set "
                              "against another period, or that period's figure inside it?", [cmp.group(0)])


def _arithmetic(ctx: Ctx) -> None:
    """"capex as a percentage of sales", "the difference between A and B", "ratio of A to B", "A minus B"."""
    for m in re.finditer(r"/", ctx.text):
        # (round 29) "net income of A / B's sales", "debt of A / equity of B": a slash between two companies' figures
        # (the slash was read as a list of the companies, each one's two figures: a wrong answer)
        left = [u for u in ctx.uses if u.hit.end <= m.start()]
        right = [u for u in ctx.uses if u.hit.start >= m.end()]
        if left and right and _owner(ctx, left[-1], 0, m.start()) not in (
                None, _owner(ctx, right[0], m.end(), len(ctx.text))) and _owner(ctx, right[0], m.end(), len(ctx.text)):
            raise Refusal("a figure of one company combined with another company's figure (FinQL computes within "
                          "each company's row)", [ctx.text[left[-1].hit.start:right[0].hit.end]])
    _constant_operands(ctx)
    _constant_first(ctx)
    _over_a_period(ctx)
    _over_named(ctx)
    _ratio_words(ctx)
    for a in [x for x in ctx.atoms if x.kind == "arith_ratio"]:
        right = [u for u in ctx.uses if u.hit.start >= a.end]
        if right and " / " in right[0].hit.sense.template and re.fullmatch(r"\s*", ctx.text[a.end:right[0].hit.start]) \
                and (len(right) < 2 or not re.match(r"\s*(?:and|to)\b", ctx.text[right[0].hit.end:])):
            ctx.take(a)  # "the ratio of debt to equity": the ratio its name says
        elif not [u for u in ctx.uses if u.hit.start >= a.end and not re.search(r"[?.;]", ctx.text[a.end:u.hit.start])]:
            left = [u for u in ctx.uses if u.hit.end <= a.start]
            if left and re.fullmatch(r"\s*", ctx.text[left[-1].hit.end:a.start]) and (
                    " / " in left[-1].hit.sense.template or any(b.kind == "arith" and b.value == "/" and
                                                                left[-1].hit.end <= b.start < a.start for b in ctx.atoms)
                    or len(left) >= 2 and any(b.kind == "arith" and b.value == "/" and left[-2].hit.end <= b.start
                                              and b.end <= left[-1].hit.start for b in ctx.atoms)):
                ctx.take(a)  # "the debt to assets ratio of Falcon Software": the ratio's noun, then the company
    # a product binds tighter than a sum or a difference ("net income minus DPS times shares")
    for a in sorted([x for x in ctx.atoms if x.kind in ("arith", "arith_diff", "arith_ratio") and id(x) not in ctx.used_atoms],
                    key=lambda x: x.value != "*"):
        left = [u for u in ctx.uses if u.hit.end <= a.start]
        right = [u for u in ctx.uses if u.hit.start >= a.end]
        if a.kind == "arith":
            if not left or not right or not right[0].hit.sense.kinds or not left[-1].hit.sense.kinds:
                continue
            x, y = left[-1], right[0]
            if (cmp := _COMPARED_IN_OPERAND.search(ctx.text, x.hit.end, a.start)
                    or _COMPARED_IN_OPERAND.search(ctx.text, a.end, y.hit.start)):
                # (round 46, f46w) "cash for FY24 vs. plus debt": a comparison word between a figure and the operator
                # that joins it to the next (or between the operator and that figure) is unread where the formula
                # composes without it (it was cash plus debt, the "vs." dropped: a wrong answer); what is set against
                # what is not said
                raise Refusal("a comparison word inside a formula: what is compared with what is not said",
                              [cmp.group(0)])
            if ctx.text[a.start:a.end].strip() == "/" and not ((x.hit.end == a.start or _period_between(ctx, x, a))
                                                               and (y.hit.start == a.end or any(
                    m.start == a.end and re.fullmatch(r"\s*", ctx.text[m.end:y.hit.start]) for m in ctx.time.mentions))) \
                    and not _slash_of_its(ctx, x, a, y):
                continue  # a slash divides the two names it joins (a period of the second between), nothing further away
            if ctx.text[a.start:a.end].strip() == "plus" and re.search(r"(?:[?!;]|(?<!\bvs)(?<!\bv)(?<!\binc)(?<!\bco)(?<!\bcorp)(?<!\bltd)(?<!\betc)\.)\s*$",
                                                                                ctx.text[x.hit.end:a.start]):
                # (round 45, f45t) "X: debt, cash, FY24. Plus net cash.": "plus" that opens a sentence adds a request
                # (as "and" does), no sum across the sentence's end (it was cash + net cash: a wrong answer); where the
                # new sentence goes on as a formula ("... market cap today. Plus debt minus cash.": the enterprise
                # value, or the difference asked beside?) refused, naming it
                stop = re.search(r"[.?!;]", ctx.text[a.end:])
                if any(b.kind.startswith("arith") and id(b) not in ctx.used_atoms and a.end <= b.start
                       and (stop is None or b.start < a.end + stop.start()) for b in ctx.atoms):
                    raise Refusal("a sentence that opens with 'plus' and goes on as a formula: added to the figure before, "
                                  "or asked beside it?", [ctx.text[a.start:a.end]])
                ctx.take(a)
                continue
            if ctx.text[a.start:a.end].strip() == "plus" and re.search(r",\s*$", ctx.text[:a.start]) and any(
                    x.hit.end <= m.start and m.end <= a.start and len(m.value.fiscal_periods() or []) > 1
                    for m in ctx.time.mentions):
                ctx.take(a)  # "liabilities for FY2021 through FY2024, plus FY2024 liabilities divided by equity": a
                continue  # figure asked beside a list of periods, as "and" does (no sum of a list)
            if ctx.text[a.start:a.end].strip() == "plus" and re.search(r",\s*$", ctx.text[:a.start]) and any(
                    x.hit.end <= m.start and m.end <= a.start for m in ctx.time.mentions) and not any(
                    b.kind.startswith("arith") and b.start >= a.end for b in ctx.atoms) \
                    and x.hit.sense.key != y.hit.sense.key:  # ("sales in FY2023, plus FY2024 sales": a sum, f18a)
                # "X's revenue for FY2023, plus its net income": a figure asked beside another after the first one's
                # period and a comma, as "and" does; it was their sum ("market cap today, plus debt minus cash": a
                # formula goes on, left as it was)
                ctx.take(a)
                continue
            if ctx.text[a.start:a.end] in ("compared with", "measured against", "in proportion to") \
                    and not any(b.kind in ("rank", "cmp") for b in ctx.atoms):
                continue  # "the least debt compared with its equity" ranks a ratio; "X's debt compared with its equity"
                # could also ask for both figures: left over, refused
        else:
            if len(right) < 2:
                continue
            x, y = right[0], right[1]
            between = ctx.text[x.hit.end:y.hit.start]
            # "between A's FY2023 EPS and its FY2022 EPS", "between consensus FY2026 EPS and consensus FY2025 EPS":
            # the periods and estimate words stay with their measures
            spans = [(m.start, m.end) for m in ctx.time.mentions] + [(b.start, b.end) for b in ctx.atoms
                                                                      if b.kind in ("est", "actual")]
            for ms, me in spans:
                if x.hit.end <= ms and me <= y.hit.start:
                    between = between[:ms - x.hit.end] + " " * (me - ms) + between[me - x.hit.end:]
            between = re.sub(r"\s+", " ", between)
            if not re.fullmatch(r"\s*(?:'s\s*)?(?:(?:for|in|at|of)\s+)?(?:and|to|vs\.?|versus|over)\s+(?:the\s+|its\s+|their\s+)?",
                                between):
                continue
            for b in ctx.atoms:  # "the ratio of cash to debt": the "to" between the two is this ratio's, not another
                if b.kind == "arith" and x.hit.end <= b.start and b.end <= y.hit.start:
                    ctx.take(b)
        op = a.value
        if a.kind == "arith" and len(ctx.ents.tickers) >= 2 \
                and any(a.end <= p < y.hit.start for p in ctx.ents.ticker_pos.values()) \
                and any(0 <= p < a.start for p in ctx.ents.ticker_pos.values()):
            # (round 22) "A's market cap as a multiple of B's market cap", "A's P/E divided by B's P/E": the second
            # figure is another company's, another row; FinQL computes within one company's row (it was each
            # company's figure over itself, 1 for every row: a wrong answer)
            raise Refusal("a figure of one company combined with another company's figure (FinQL computes within "
                          "each company's row)", [ctx.text[a.start:y.hit.end]])
        if op == "/" and a.kind == "arith" and not x.parts and not y.parts and x.func is None and y.func is None \
                and x.hit.sense.template.endswith(f" / {y.hit.sense.template} * 100") \
                and re.search(r"percent|%|share of|proportion", ctx.text[a.start:a.end]):
            # "operating margin as a percentage of sales": the ratio's own denominator, said again (a margin is
            # already its income over sales in percent), never divided a second time
            ctx.uses = [u for u in ctx.uses if u is not y]
            ctx.take(a)
            continue
        if op == "/" and a.kind == "arith" and not x.parts and x.hit.sense.percent and y.hit.sense.money \
                and re.search(r"percent|%|share of|proportion", ctx.text[a.start:a.end]):
            # "net margin as a percentage of assets": a ratio in percent is no part of an amount
            raise Refusal("a ratio in percent taken as a share of an amount", [ctx.text[a.start:a.end]])
        if op in ("+", "-") and a.kind == "arith" and (ux := _sum_unit(x)) and (uy := _sum_unit(y)) and ux != uy:
            # ((round 47, r47) a sum or difference counts as its terms do: "sales plus net income for A and B, plus
            # their P/E" added the P/E to the sum of money, a wrong answer)
            # (a product or a ratio of measures, "DPS times diluted shares", has no unit of its own measure to compare)
            # "consensus EPS for FY2025 and FY2026 plus the number of analysts": a sum needs one unit; "plus" between
            # an amount and a count (a ratio, a growth) asks for both, as "and" does; a sign refuses
            if ctx.text[a.start:a.end].strip() == "plus" or a.extra == "bare" and op == "+":
                ctx.take(a)
                continue
            raise Refusal("a sum or difference of figures in different units", [ctx.text[a.start:a.end]])
        if op in ("+", "-") and (x.parts or y.parts) and (px := _sum_per_share(x)) is not None \
                and (py := _sum_per_share(y)) is not None and px != py:
            # ((round 48, r48) a sum's terms and a figure added to it, "sales plus net income for A and B, plus their
            # EPS": a per-share amount added to totals (checked between single figures only, below; it was computed))
            ps = next(u for u in leaves([x, y]) if u.hit.sense.per_share)
            raise Refusal("a per-share amount combined with a company total", [ctx.text[ps.hit.start:ps.hit.end],
                                                                               ctx.text[a.start:a.end]])
        if op == "/" and x.hit.sense.per_share and y.hit.sense.key == "net_inc":
            # "dividends as a percentage of earnings": a per-share amount over earnings per share, not over
            # net income in millions
            y = Use(Hit(BY_KEY["eps"], y.hit.start, y.hit.end, y.hit.how, y.hit.score), y.time, y.func)
            ctx.uses = [y if u.hit.start == y.hit.start else u for u in ctx.uses]
        elif op in ("/", "-", "+") and not x.parts and not y.parts and x.hit.sense.money and y.hit.sense.money \
                and x.hit.sense.per_share != y.hit.sense.per_share:
            # a per-share amount against a company total: "price to free cash flow" is the market value over it (the
            # price of the whole company, as P/S and P/B are); any other mix of units is refused, never computed
            ps = x if x.hit.sense.per_share else y
            paren = re.match(r"\s*(?:paid|paid out|spent|reported|posted|booked|generated|earned|made)?\s*\(([^()]*)\)",
                             ctx.text[ps.hit.end:])
            if paren and any(b.kind == "arith" and ps.hit.end + paren.start(1) <= b.start < ps.hit.end + paren.end(1)
                             for b in ctx.atoms):
                pass  # "minus its dividends paid (DPS times diluted shares)": the asker defines the operand next
            elif op == "/" and ps.hit.sense.key == "price" and ps.func is None:
                cap = Use(Hit(BY_KEY["mkt_cap"], ps.hit.start, ps.hit.end, ps.hit.how, ps.hit.score), ps.time)
                ctx.uses = [cap if u is ps else u for u in ctx.uses]
                x, y = (cap, y) if ps is x else (x, cap)
            else:
                raise Refusal("a per-share amount combined with a company total", [ctx.text[ps.hit.start:ps.hit.end],
                                                                                   ctx.text[a.start:a.end]])
        t1, t2 = x.hit.sense.template, y.hit.sense.template
        pct = any(w in ctx.text[a.start:a.end] for w in ("percent", "%", "pct", "share of", "proportion"))
        template = _combine(t1, op, t2, pct)
        sense = Sense(f"{x.hit.sense.key}{op}{y.hit.sense.key}", template, (), money=x.hit.sense.money and op in "+-",
                      about=f"{x.hit.sense.about} {op} {y.hit.sense.about}", percent=pct or op == "g")
        merged = Use(Hit(sense, min(x.hit.start, a.start), max(y.hit.end, a.end), "arith"), parts=(x, op, y, pct))
        ctx.uses = sorted([u for u in ctx.uses if u not in (x, y)] + [merged], key=lambda u: u.hit.start)
        ctx.take(a)


# after a constant operand: the question's end, a mark, or the period's preposition (never a unit word or a measure)
_AFTER_CONSTANT = re.compile(r"\s*(?:[,?.;:!)]|$|(?:in|for|at|of|during|over|as\s+of|on|fy|fq)\b)")


def _constant_value(ctx: Ctx, x: Use, op: str, num: Atom) -> str:
    """The constant of ``x op num`` in the measure's own units (SPEC 1: money in millions, as a threshold is read),
    or a refusal naming the number where its unit does not say one thing ("sales plus 10%": 10% of sales, or 10?)."""
    value, unit, cur = num.value
    said = re.sub(r"^(?:minus|negative)\s+", "", ctx.text[num.start:num.end]).strip()
    s = x.hit.sense
    unit = (unit or "").lower() or None
    if cur is not None or unit in ("x", "times", "fraction") or (op in "*/" and unit is not None) \
            or (unit in _PCT_UNITS) != bool(s.percent and unit is not None) \
            or (unit is not None and unit not in _PCT_UNITS and not s.money and s.key != "shares") \
            or (s.per_share and unit is not None):
        raise Refusal("a number in an expression whose unit does not say one thing beside the measure",
                      [said])
    return _fmt(_scaled(abs(value), unit, s, level=True) if op in "+-" else abs(value))


def _constant_operands(ctx: Ctx) -> None:
    """(round 30) "cash minus 500", "net income plus 100m", "sales divided by 1000", "EPS multiplied by 4": a measure
    and a number after it (SPEC 2 lets an expression hold a NUMBER; an amount in millions of the company's currency,
    as a threshold's bare number is). Only right after one plain measure (its period may stand between), the number
    ending the figure; the words were left unread, named."""
    signs = [(a, a.value, next((n for n in ctx.atoms if n.kind == "num" and n.start >= a.end
                                and re.fullmatch(r"\s*", ctx.text[a.end:n.start])), None))
             for a in ctx.atoms if a.kind == "arith" and a.value in ("+", "-", "*", "/") and id(a) not in ctx.used_atoms]
    # "cash minus 500": the number read its "minus" as a sign
    signs += [(None, "-", n) for n in ctx.atoms if n.kind == "num" and re.match(r"minus\s", ctx.text[n.start:n.end])]
    for a, op, num in signs:
        if num is None or id(num) in ctx.used_atoms or not _AFTER_CONSTANT.match(ctx.text, num.end):
            continue
        start = a.start if a is not None else num.start
        gap = _blank_periods(ctx, 0, start)
        # (round 31: the period with its preposition, "EPS in FY2023 multiplied by 4", as the period bare)
        x = next((u for u in ctx.uses if u.hit.end <= start and (re.fullmatch(r"\s*", gap[u.hit.end:start]) or re.fullmatch(
            r"\s*(?:in|for)\s+", gap[u.hit.end:start]) and any(u.hit.end < m.start and m.end <= start for m in ctx.time.mentions))),
                 None)
        if x is None or x.parts or x.func is not None or not x.hit.sense.kinds or x.hit.how in ("verb-down", "verb-up"):
            continue
        if any(d.kind == "define" and d.end <= x.hit.start and re.search(r"[.?!;]", ctx.text[d.end:x.hit.start])
               for d in ctx.atoms):
            continue  # ("Leverage is debt over equity. What is X's leverage plus 1?": a term defined in a sentence
            # before, said again here; ``_definitions`` reads the term, the number is left unread, named)
        if any(o.kind == "arith" and o is not a and o.end <= x.hit.start and re.fullmatch(
                r"\s*(?:(?:the|its|their)\s+)?", _blank_periods(ctx, o.end, x.hit.start)) for o in ctx.atoms):
            continue  # (round 31) "cash minus debt minus 500": the measure is the right operand of a sign before it;
            # the number taken into it read cash - (debt - 500), a wrong answer (left unread, named)
        s = x.hit.sense
        number = _constant_value(ctx, x, op, num)
        sense = Sense(f"{s.key}{op}{number}", _combine(s.template, op, number, False), (), money=s.money,
                      about=f"{s.about} {op} {number}", percent=s.percent, per_share=s.per_share)
        merged = Use(Hit(sense, x.hit.start, x.hit.end, "arith"), x.time)
        ctx.uses = [merged if u is x else u for u in ctx.uses]
        if a is not None:
            ctx.take(a)
        ctx.take(num)


def _constant_first(ctx: Ctx) -> None:
    """(round 31) "rank banks by 100 divided by the P/E", "sort by 1 / P/B": a bare number divided by the one plain
    measure right after it (SPEC 2's ``NUMBER / expr``; its period may follow it). The number was read as a count ("TOP
    1", "TOP 100") and the slash dropped, or the words left unread; a number with a unit, after a comparison or before
    a figure that goes on ("100 / P/E * 2") is left to the refusal."""
    for a in [a for a in ctx.atoms if a.kind == "arith" and a.value == "/" and id(a) not in ctx.used_atoms]:
        num = next((n for n in ctx.atoms if n.kind == "num" and n.end <= a.start and id(n) not in ctx.used_atoms
                    and re.fullmatch(r"\s*", ctx.text[n.end:a.start])), None)
        if num is None or num.value[1] is not None or num.value[2] is not None or any(
                x.kind in ("cmp", "cmp_between", "arith") and x.end <= num.start and re.fullmatch(r"\s*", ctx.text[x.end:num.start])
                for x in ctx.atoms):
            continue
        gap = _blank_periods(ctx, 0, len(ctx.text))
        x = next((u for u in ctx.uses if u.hit.start >= a.end
                  and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?", gap[a.end:u.hit.start])), None)
        if x is None or x.parts or x.func is not None or not x.hit.sense.kinds or x.hit.how in ("verb-down", "verb-up") \
                or re.match(r"\s*(?:[-+*/×]|(?:times|multiplied|plus|minus|less|divided|over)\b)", gap[x.hit.end:]):
            continue
        if re.fullmatch(r"\s*", ctx.text[:num.start].rpartition("\n")[2]) \
                and re.match(r"\d{1,2}/[ \t]", ctx.text[num.start:a.end + 1]):
            # (round 33) "1/ Gross margin of X": a number and a slash said first, the slash closed up to the number and
            # spaced from the figure, is a thread's count ("1/ ", "2/ ") as much as one over the figure (it was read as
            # the inverse: a wrong answer where a count was meant); refused, naming it ("1 / P/B", "1/P/B" read)
            raise Refusal("a number and a slash before the question: a thread's count or one divided by the figure",
                          [ctx.text[num.start:a.end]])
        s = x.hit.sense
        number = _fmt(abs(num.value[0]))
        sense = Sense(f"{number}/{s.key}", _combine(number, "/", s.template, False), (),
                      about=f"{number} / {s.about}")
        merged = Use(Hit(sense, x.hit.start, x.hit.end, "arith"), x.time)
        ctx.uses = [merged if u is x else u for u in ctx.uses]
        ctx.take(a)
        ctx.take(num)


def _sum_per_share(u: Use) -> bool | None:
    """(round 48, r48) Whether a money figure, or a sum or difference of money figures that agree, is per share; None
    for anything else (a ratio, a product, terms that disagree: checked where they meet)."""
    if not u.parts:
        return u.hit.sense.per_share if u.hit.sense.money and u.func is None else None
    x, op, y, _pct = u.parts
    px, py = (_sum_per_share(x), _sum_per_share(y)) if op in ("+", "-") else (None, None)
    return px if px == py else None


def _sum_unit(u: Use) -> str | None:
    """(round 47, r47) ``_unit`` of a figure, or of a sum or difference whose terms share one; None for a product or
    a ratio of figures (no unit of its own measure to compare) or terms of different units."""
    if not u.parts:
        return _unit(u)
    x, op, y, _pct = u.parts
    if op not in ("+", "-"):
        return None
    ux, uy = _sum_unit(x), _sum_unit(y)
    return ux if ux == uy else None


def _unit(u: Use) -> str:
    """What a figure counts in, for a sum or a difference: money, percent (a growth or a ratio in percent), or other."""
    if u.func is not None and u.func.value in ("GROWTH", "CAGR") or u.hit.sense.percent:
        return "percent"
    return "money" if u.hit.sense.money else "other"


# between the first figure and the second of "what share of A is B": a copula, or the spending verb of the named
# company ("what percentage of its revenue did X spend on capex", "... was paid out as dividends")
_SHARE_GAP = re.compile(r"\s*(?:'s\s*)?(?:(?:is|was|are|were)(?:\s+(?:made up of|accounted for by|spent on|paid out as|"
                        r"paid out in|paid as|used for|taken up by))?|(?:does|did|do)\s+(?:it|they)?\s*(?:(?:each|both|all)\s+)?(?:spend|spent|pay out|"
                        r"put)\s+(?:on|into|in|as)|(?:(?:does|did|do)\s+(?:it|they)?\s*)?(?:keep|keeps|kept|retain|retains|retained|"
                        r"turn|turns|turned|convert|converts|converted|translate|translates|translated)\s+(?:into|as|to)|went (?:on|to|into)|goes (?:on|to|into)|go (?:on|to|into))\s+"
                        r"(?:(?:the|its|their)\s+)?")


def _share_of(ctx: Ctx) -> None:
    """"What proportion of Harbor Freight Lines' liabilities is debt?", "what percentage of its revenue did X spend on
    capex in 2023": the second figure over the first, in percent (each keeps its period)."""
    names = [by_ticker()[t].name.lower() for t in ctx.ents.tickers]
    for a in [a for a in ctx.atoms if a.kind == "shareof" and id(a) not in ctx.used_atoms]:
        after = [u for u in ctx.uses if u.hit.start >= a.end]
        if len(after) < 2 or after[0].parts or after[1].parts or not after[0].hit.sense.kinds \
                or not after[1].hit.sense.kinds:
            continue
        x, y = after[0], after[1]
        lead = _blank_words(ctx, a.end, x.hit.start)
        gap = _blank_words(ctx, x.hit.end, y.hit.start)
        for n in names:  # the company named between the words
            lead, gap = lead.replace(n, " " * len(n)), gap.replace(n, " " * len(n))
        gap = re.sub(r"(?<=\s)(?:'s|')(?=\s)", " ", gap)
        if not re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?\s*(?:'s|')?\s*(?:(?:the|its|their)\s+)?", lead) \
                or not _SHARE_GAP.fullmatch(re.sub(r"\s+", " ", gap)):
            continue
        if x.hit.sense.money != y.hit.sense.money or x.hit.sense.per_share != y.hit.sense.per_share:
            continue  # a share of one figure in another of a different unit: left to the refusal below
        sense = Sense(f"{y.hit.sense.key}/{x.hit.sense.key}", _combine(y.hit.sense.template, "/", x.hit.sense.template, True),
                      (), about=f"{y.hit.sense.about} as a share of {x.hit.sense.about}", percent=True)
        merged = Use(Hit(sense, a.start, y.hit.end, "arith"), parts=(y, "/", x, True))
        ctx.uses = sorted([u for u in ctx.uses if u is not x and u is not y] + [merged], key=lambda u: u.hit.start)
        ctx.take(a)


_UNIT_CUE = r"(?:dollars?|us dollars?|\$|euros?|€|pounds?|sterling|£|yen|¥|francs?|currency units?)\s*$"
_COUNTRY = CURRENCY_COUNTRY  # the country's word of ``CURRENCY_WORD``, before ``_UNIT_CUE``
_UNIT_AFTER = (r"\bin\s+(?:" + CURRENCY_WORD + r"|\$|€|£|¥)"
               r"(?![\w$€£¥])(?!\s+(?:terms|millions?|thousands?|billions?|mn|bn|m|k)\b)")


# a currency said after an amount ("300000 dollars", "50,000 EUR")
_CURRENCY_AFTER = re.compile(r"\s*(?:" + CURRENCY_WORD + "|" + CURRENCY_CODES + r")\b", re.IGNORECASE)


def _per_head(u: Use) -> bool:
    """Whether ``u`` is an amount of money per employee ("sales per employee", "net income per head")."""
    return u.hit.sense.key == "sales_per_emp" or bool(
        u.parts and u.parts[1] == "/" and u.parts[2].hit.sense.key == "employees" and u.parts[0].hit.sense.money)


def _per_share(u: Use) -> bool:
    """Whether ``u`` is an amount per share (EPS, DPS, "FCF per share")."""
    return u.hit.sense.per_share or bool(u.parts and u.parts[1] == "/" and u.parts[2].hit.sense.key == "shares")


def _bound_per(ctx: Ctx, u: Use, a: Atom) -> bool:
    """Whether the unit's "per" ``a`` ends a threshold on ``u``: "net income above 500 million dollars per employee",
    nothing between the measure and the "per" but a comparison's words, one amount and its currency."""
    nums = [n for n in ctx.atoms if n.kind == "num" and u.hit.end <= n.start and n.end <= a.start]
    return len(nums) == 1 and not any(u.hit.end <= x.hit.start < a.start for x in ctx.uses) \
        and not any(u.hit.end <= m.start < a.start for m in ctx.time.mentions) \
        and bool(re.fullmatch(r"\s*(?:of\s+)?(?:above|over|below|under|(?:more|less|greater|lower|higher)\s+than|at\s+least|"
                              r"at\s+most|exceeding|>=?|<=?)\s*", ctx.text[u.hit.end:nums[0].start], re.IGNORECASE)) \
        and bool(re.fullmatch(r"\s*(?:(?:millions?|billions?|thousands?|mn|bn|m|k)\s+)?(?:" + _COUNTRY + r"\s+)?"
                              + _UNIT_CUE, ctx.text[nums[0].end:a.start], re.IGNORECASE))


# (round 42, f42n) the verb of earnings said per share after another measure, its object ("how much operating income did
# X earn per share": "earn per share" is EPS's name said alone)
_EARN_PER_SHARE = re.compile(r"\b(?:earn|earns|earned|earning|make|makes|made|making|generate[sd]?|generating|"
                             r"produce[sd]?|producing|post|posts|posted|report|reports|reported)\s+(per\s+(?:diluted\s+)?share)$")


def _earned_per_share(ctx: Ctx) -> None:
    """(round 42, f42n) "How much operating income did X earn per share": the measure asked is the object of the verb,
    and "per share" divides it by the diluted shares, as "operating income per share" and "how much FCF did X generate
    per share" read (the golds' "cash per share", "FCF per share"); EPS was read from "earn per share" beside the
    operating income (two figures, neither asked: a wrong answer). Only where the measure is a fundamental that is no
    amount per share, its clause holds nothing else between it and the verb but the company, and it is no profit that
    EPS itself divides ("how much net income did X earn per share" keeps EPS beside it)."""
    for u in list(ctx.uses):
        m = _EARN_PER_SHARE.search(ctx.text, 0, u.hit.end) if u.hit.sense.key == "eps" else None
        if m is None or m.start() < u.hit.start:
            continue
        before = [x for x in ctx.uses if x.hit.end <= u.hit.start]
        if not before:
            continue
        x = before[-1]
        if len(before) > 1 and re.fullmatch(r"\s*(?:,\s*)?(?:and|&|or|plus|as\s+well\s+as|,)\s+(?:(?:its|their|the)\s+)?",
                                            ctx.text[before[-2].hit.end:x.hit.start]) \
                and re.fullmatch(r"\s+(?:did|does|do|has|have|had|will|would|could|can)\s+[^,;:.?!]{1,60}?\s+",
                                 ctx.text[x.hit.end:m.start()]):
            # "how much operating income and net income did X earn per share": per share of both, or EPS beside
            # the first? not said
            raise Refusal("per share said after several measures the verb takes", [ctx.text[before[-2].hit.start:m.end()]])
        if x.parts or x.hit.sense.per_share or not x.hit.sense.kinds <= {"F"} or x.hit.sense.key in ("net_inc", "eps") \
                or any(x.hit.end <= t.start < u.hit.start for t in ctx.time.mentions) \
                or not re.fullmatch(r"\s+(?:did|does|do|has|have|had|will|would|could|can)\s+[^,;:.?!]{1,60}?\s+",
                                    ctx.text[x.hit.end:m.start()]):
            continue
        ctx.uses.remove(u)
        ctx.atoms.append(Atom("per", m.start(1), m.end(1)))
        ctx.atoms.sort(key=lambda a: a.start)


# (round 48, f48t) the unit of a figure said in brackets right after it, "net income (in millions) over sales", "sales
# (USD m) per employee", "free cash flow (millions) / equity": the figure's unit (read by ``units_said``), never a
# word between the figure and the division ("over" was dropped and the two figures given: a wrong answer; "per
# employee" was left over and refused)
_UNIT_BRACKETED = (r"\s*\(\s*(?:in\s+)?(?:(?:" + CURRENCY_CODES + r")(?:\s?(?:" + MILLIONS + "|" + MILLIONS_M + r"))?|"
                   + MILLIONS + "|" + MILLIONS_M + r")\s*\)\s*")


def _per_unit(ctx: Ctx) -> None:
    """"FCF per share", "net income per employee": the measure divided by diluted shares or employees;
    "(in dollars) per head" after a money amount says the unit: money in millions -> currency units."""
    scale = False
    pers = [a for a in ctx.atoms if a.kind == "per"]
    # (round 37) "in dollars per head" restates the unit of an amount per head read elsewhere ("revenue per employee
    # ..., in dollars per head"); said of a measure that is no amount per head ("net income in dollars per employee")
    # it is the division itself, and after a threshold ("net income above 500 million dollars per employee") it is
    # left to be named: it was taken as a unit and the division dropped (a wrong answer)
    cues = [a for a in pers if re.search(_UNIT_CUE, ctx.text[:a.start])]
    for a in sorted(pers, key=lambda a: any(a is c for c in cues)):  # the unit's "per" after the others
        if id(a) in ctx.used_atoms:
            continue
        bound = None
        # the measure just before "per share", or the one the sentence is about ("how much FCF did X generate
        # per share"): nothing but the company, filler and light verbs between; before a unit's "per", the measure
        # with only the unit between ("net income in US dollars per employee")
        if any(a is c for c in cues):
            if any(_per_share(u) if "share" in ctx.text[a.start:a.end] else _per_head(u) for u in ctx.uses):
                scale = scale or "share" not in ctx.text[a.start:a.end]
                ctx.take(a)  # the unit of the amount per head (per share) read already
                continue
            # (round 38) "in millions of euros per employee": the division in FinQL's millions ("in thousands of",
            # scaled below)
            gaps = [(u, re.fullmatch(r"[\s']*,?\s*in\s+(?:(millions|thousands)\s+of\s+)?(?:" + _COUNTRY + r"\s+)?"
                                     + _UNIT_CUE, ctx.text[u.hit.end:a.start])) for u in ctx.uses
                    if u.hit.end <= a.start]
            left = [u for u, g in gaps if g]
            # (round 38) "net income above 500 million dollars per employee", "above 5 dollars per share": the
            # threshold's own unit divides the measure it bounds (it was taken as a unit and the division dropped);
            # the amount's scale word says millions, none the currency's units (below)
            bound = None if left else next((u for u in reversed(ctx.uses) if u.hit.end <= a.start and _bound_per(ctx, u, a)),
                                           None)
            if bound is not None:
                left = [bound]
            scale = scale or bool(left) and bound is None and not any(g and g.group(1) for _u, g in gaps) \
                and "share" not in ctx.text[a.start:a.end]
        else:
            left = [u for u in ctx.uses if u.hit.end <= a.start and (re.fullmatch(
                r"[\s']*(?:" + _UNIT_BRACKETED + ")?", ctx.text[u.hit.end:a.start], flags=re.IGNORECASE) or (
            a.start - u.hit.end <= 60 and not any(x.hit.start >= u.hit.end and x.hit.end <= a.start for x in ctx.uses)
            and not any(u.hit.end <= m.start < a.start for m in ctx.time.mentions)
            and not any(u.hit.end <= x.start < a.start and ctx.text[x.start:x.end] not in ("do", "did", "does")
                        for x in ctx.atoms)) or _per_after_its_period(ctx, u, a))]
        if not left or left[-1].parts or not (left[-1].hit.sense.kinds <= {"F"} or (
                left[-1].hit.sense.is_point and left[-1].hit.sense.money and not left[-1].hit.sense.per_share)):
            continue  # (a money amount at a date divides too: "market cap per employee")
        x = left[-1]
        if x.hit.sense.per_share and "share" in ctx.text[a.start:a.end]:
            ctx.take(a)  # "dividnd per share": the name's own "per share", not a second division
            continue
        by = "shares" if "share" in ctx.text[a.start:a.end] else "employees"
        y = Use(Hit(BY_KEY[by], a.start, a.end, "per"))
        sense = Sense(f"{x.hit.sense.key}/{by}", f"{x.hit.sense.template} / {BY_KEY[by].template}", (),
                      money=x.hit.sense.money, per_share=by == "shares", about=f"{x.hit.sense.about} per {by}")
        # (a threshold's "per" is after its amount: the measure's span keeps its end, the condition reads the amount)
        end = x.hit.end if bound is not None else a.end
        merged = Use(Hit(sense, x.hit.start, end, "per"), parts=(x, "/", y, False))
        ctx.uses = sorted([u for u in ctx.uses if u is not x] + [merged], key=lambda u: u.hit.start)
        ctx.take(a)
    # "rev/employee fy24 in $", "sales per employee, in dollars": the unit said after the amount per head (the
    # currency's word or sign, not its code: "in USD" converts, as it does any amount), of a named company or of a
    # ranking alike (round 32, lead: f32a's "of a named company only" was undone: "top 5 NX100 companies by net profit
    # per employee last year, in US dollars" is ranked in US dollars per employee, as round 11's convention and the
    # generator's golds say; tune32a's t32a-108 writes millions, a convention the project does not follow)
    per_head = [u for u in ctx.uses if _per_head(u)]
    if per_head and re.search(_UNIT_AFTER, ctx.text[per_head[0].hit.end:]):
        scale = True
    # (round 37) "sales per employee above $300,000", "above 500 dollars": a threshold on the amount per head said in
    # the currency with no scale word is in units of the currency (it was compared with millions per head: a wrong
    # answer); "above $0.5m", "above 500 thousand dollars" are scaled as any amount
    for u in per_head:
        if any(a.kind == "num" and not a.value[1] and (a.value[2] or re.match(_CURRENCY_AFTER, ctx.text[a.end:]))
               and a.start >= u.hit.end and a.start - u.hit.end <= 40
               and not any(u.hit.end <= x.hit.start < a.start for x in ctx.uses) for a in ctx.atoms):
            scale = True
    # "sales per employee, in thousands of US dollars": the amount per head in thousands of the currency
    thousands = re.search(r"\bin\s+thousands\s+of\b", ctx.text)
    if scale or thousands:  # "$ per head": a money amount per employee in units of the currency, not millions
        op = "*1e6/" if scale else "*1e3/"
        done = False
        for i, u in enumerate(ctx.uses):
            if u.hit.sense.key == "sales_per_emp":
                x, y = Use(Hit(BY_KEY["sales"], u.hit.start, u.hit.end, u.hit.how)), \
                    Use(Hit(BY_KEY["employees"], u.hit.start, u.hit.end, u.hit.how))
                ctx.uses[i] = Use(u.hit, parts=(x, op, y, False))
                done = True
            elif u.parts and u.parts[1] == "/" and u.parts[2].hit.sense.key == "employees" and u.parts[0].hit.sense.money:
                ctx.uses[i] = Use(u.hit, parts=(u.parts[0], op, u.parts[2], False))
                done = True
        if thousands and not scale and not done:  # never an amount in millions said to be in thousands
            raise Refusal("an amount in thousands that the reading does not scale", [thousands.group(0)])


def _per_after_its_period(ctx: Ctx, u: Use, a: Atom) -> bool:
    """(round 44, f44w) "equity at the end of fiscal 2024, per share", "free cash flow for fiscal 2024 per share": "per
    share" (per employee) said after the measure's own period, one period and nothing else between, divides that
    measure as "equity per share for fiscal 2024" does (it was left unread: refused). Not across another measure or
    a second period ("sales in 2023 and EPS in 2024 per share")."""
    between = [m for m in ctx.time.mentions if u.hit.end <= m.start and m.end <= a.start]
    return len(between) == 1 and re.fullmatch(r"[\s']*,?\s*(?:(?:in|for|at|during|of)\s+(?:the\s+)?)?",
                                              ctx.text[u.hit.end:between[0].start]) is not None \
        and re.fullmatch(r"\s*(?:,|\s-)?\s*(?:(?:so|that\s+is|i\s+mean)\s*,?\s*)?", ctx.text[between[0].end:a.start]) is not None \
        and not any(u.hit.end <= x.hit.start < a.start for x in ctx.uses)


def _bare(template: str) -> str:
    """A template without its percent scaling and outer parentheses, spaces made plain."""
    t = re.sub(r"\s+", " ", template.replace(" * 100", "")).strip()
    return t[1:-1] if t.startswith("(") and t.endswith(")") and t.count("(") == 1 + t[1:-1].count("(") else t


def _definitions(ctx: Ctx) -> None:
    """"Return on equity, defined as net income relative to shareholders' equity", "net margin, i.e. net income over
    sales", "FCF yield (last year's FCF over today's market cap)": the asker's definition restates the measure named
    before it; it is read once, with the definition's own periods and the measure's unit (percent for ROE). A
    definition ("defined as", "i.e.") that computes anything else is refused, naming it: the chain never picks one
    of two different figures (words in parentheses that define nothing are left to the other rules)."""
    for a in [a for a in ctx.atoms if a.kind in ("define", "lparen")]:
        before = [u for u in ctx.uses if u.hit.end <= a.start]
        if before and a.kind == "lparen" and _multiple_restated(ctx, before[-1], a):
            continue
        if not before:
            # "What does X pay its shareholders? I mean the dividend per share": a question that named no measure,
            # said again with one: the sentence after the words is what is asked (nothing defined, nothing taken back)
            if a.kind == "define" and re.search(r"[?.!]\s*$", ctx.text[:a.start]) and re.fullmatch(
                    r"i mean|i meant", ctx.text[a.start:a.end]) and any(u.hit.start >= a.end for u in ctx.uses):
                ctx.take(a)
            continue
        named = before[-1]
        gap = ctx.text[named.hit.end:a.start]
        for m in ctx.time.mentions:
            if named.hit.end <= m.start and m.end <= a.start:
                gap = gap[:m.start - named.hit.end] + " " * (m.end - m.start) + gap[m.end - named.hit.end:]
        close = next((r for r in ctx.atoms if r.kind == "rparen" and r.start >= a.end), None)
        if a.kind == "lparen" and close is not None and re.fullmatch(
                r"\s*(?:paid|paid out|spent|reported|posted|booked|generated|earned|made)?\s*", gap) \
                and _define_operand(ctx, named, a, close):
            continue
        # "What share of its profit did X pay out last year? I mean DPS divided by EPS": a definition that starts the
        # next sentence restates the one measure the question named
        restart = a.kind == "define" and re.search(r"[?.!]\s*$", ctx.text[:a.start]) and len(before) == 1
        # "ROE at X last fiscal year (net income over year-end equity)": parentheses after the measure's clause (its
        # company and period between) define it too, where they compute the same figure (checked below)
        # "the return on equity for A and B last fiscal year, that is net income divided by equity": after a comma, the
        # measure's own clause (its companies and period, nothing else) may stand between the measure and the marker
        # (round 32: and the asker's "please" at its end, "gross margin of X for last year please, i.e. ...")
        own = a.kind == "define" and re.search(r",\s*$", gap) is not None and re.fullmatch(
            r"\s*(?:(?:for|of|at|in|and|please|pls|,|'s?)\s*)*", _blank(ctx, gap, named.hit.end, tickers=True)) is not None
        if not re.fullmatch(r"[\s,(:-]*", gap) and not restart and not own and not (
                a.kind == "lparen" and not re.search(r"[?.!;]", gap)
                and any(named.hit.end <= m.start and m.end <= a.start for m in ctx.time.mentions)):
            continue  # (the period said before the parentheses: one said after them may be the definition's own)
        if a.kind == "lparen":
            if close is None or " " not in named.hit.sense.template:
                continue
            inside = [u for u in ctx.uses if a.end <= u.hit.start and u.hit.end <= close.start]
            ops = [x for x in ctx.atoms if a.end <= x.start and x.end <= close.start and x.kind == "cmp"
                   and ctx.text[x.start:x.end] == "over"]
            if len(inside) == 2 and len(ops) == 1 and inside[0].hit.end <= ops[0].start < inside[1].hit.start:
                x, y = inside
                definition = Use(Hit(Sense(f"{x.hit.sense.key}/{y.hit.sense.key}",
                                           _combine(x.hit.sense.template, "/", y.hit.sense.template, False), ()),
                                     x.hit.start, y.hit.end, "arith"), parts=(x, "/", y, False))
                ctx.uses = [u for u in ctx.uses if u not in (x, y)] + [definition]
                ctx.take(ops[0])
            elif len(inside) == 1 and inside[0].parts:
                definition = inside[0]
            elif len(inside) == 1 and named.hit.sense.key in _INVERSE_OF and not inside[0].parts \
                    and re.fullmatch(r"\d+/\w+", inside[0].hit.sense.key) and named.func is None and not named.parts:
                # (round 33) "book-to-price ratio (1 divided by the price-to-book ratio)", "earnings yield (100 divided
                # by the P/E)": one over a multiple, the inverse the name says, is the asker's figure (read once, in its
                # place); one over another figure is refused, naming it (it was a column beside the name's)
                if inside[0].hit.sense.key != _INVERSE_OF[named.hit.sense.key]:
                    raise Refusal(f"a definition that is not {named.hit.sense.about.lower()}",
                                  [ctx.text[a.end:close.start].strip()])
                named.hit = Hit(inside[0].hit.sense, named.hit.start, named.hit.end, named.hit.how, named.hit.score)
                ctx.uses = [u for u in ctx.uses if u is not inside[0]]
                ctx.take(a)
                ctx.take(close)
                continue
            elif len(inside) >= 2 and _signed_restatement(ctx, named, inside, a, close):
                # (round 32) "Net debt = debt - cash, for X", "EV (market cap + debt - cash)": the measure's own
                # figures joined by bare signs restate it (they were columns of their own beside it)
                ctx.uses = [u for u in ctx.uses if u not in inside]
                ctx.take(a)
                ctx.take(close)
                continue
            else:
                continue
        else:
            after = [u for u in ctx.uses if u.hit.start >= a.end]
            lead = ctx.text[a.end:after[0].hit.start] if after else ""
            for m in ctx.time.mentions:  # "i.e. the latest closing price divided by ...": the period is the measure's
                if after and a.end <= m.start and m.end <= after[0].hit.start:
                    lead = lead[:m.start - a.end] + " " * (m.end - m.start) + lead[m.end - a.end:]
            if not after or not re.fullmatch(r"[\s,:(]*(?:the\s+|its\s+)?\s*(?:'s\s*)?", lead):
                continue
            definition = after[0]
        if _bare(named.hit.sense.template) != _bare(definition.hit.sense.template) \
                and a.kind != "lparen" and _multiple_defined(ctx, named, definition, a.end):
            # (round 33) "P/S for NWSY, defined as market cap over sales", "P/E on trailing numbers: today's price over
            # LTM EPS": a price multiple defined by SPEC's own two figures (today's, the trailing four quarters') is
            # the multiple, read once (it was refused as another figure)
            ctx.uses.remove(definition)
            ctx.uses.sort(key=lambda u: u.hit.start)
            ctx.take(a)
            _close_apposition(ctx, definition)
            continue
        if _bare(named.hit.sense.template) != _bare(definition.hit.sense.template):
            if a.kind == "lparen":
                continue
            raise Refusal(f"a definition that is not {named.hit.sense.about.lower()}",
                          [ctx.text[a.start:definition.hit.end]])
        if definition.parts:  # the definition's operands keep their periods; the measure's unit stays
            x, op, y, _pct = definition.parts
            definition.hit = Hit(named.hit.sense, definition.hit.start, definition.hit.end, "definition")
            definition.parts = (x, op, y, named.hit.sense.percent and "* 100" in named.hit.sense.template)
            ctx.uses.remove(named)
        else:
            ctx.uses.remove(definition)
        ctx.uses.sort(key=lambda u: u.hit.start)
        ctx.take(a)
        if a.kind == "lparen" and close is not None:
            ctx.take(close)
        else:
            _close_apposition(ctx, definition)


# (round 33) a measure that is one over a multiple, and that inverse as ``_constant_first`` composes it
_INVERSE_OF = {"book_to_price": "1/pb", "earnings_yield": "100/pe"}


def _signed_restatement(ctx: Ctx, named: Use, inside: list[Use], a: Atom, close: Atom) -> bool:
    """(round 32) Whether the figures in parentheses after a measure, joined by bare "-" / "+" (no atom read them, no
    period or other word between), compute the measure's own template ("net debt (debt - cash)"); such figures that
    compute another ("net debt (cash - debt)") are refused, naming them."""
    if any(a.end < x.start < close.start for x in ctx.atoms) or any(
            a.end <= m.start < close.start for m in ctx.time.mentions) or not re.fullmatch(
            r"\s*", ctx.text[a.end:inside[0].hit.start] + ctx.text[inside[-1].hit.end:close.start]):
        return False
    template = inside[0].hit.sense.template
    for x, y in zip(inside, inside[1:], strict=False):
        sign = re.fullmatch(r"\s*([-+])\s*", ctx.text[x.hit.end:y.hit.start])
        if sign is None or re.search(r" [-+*/] ", y.hit.sense.template):
            return False
        template = f"{template} {sign.group(1)} {y.hit.sense.template}"
    if _bare(template) != _bare(named.hit.sense.template):  # "net debt (cash - debt)": another figure
        raise Refusal(f"a definition that is not {named.hit.sense.about.lower()}",
                      [ctx.text[inside[0].hit.start:inside[-1].hit.end]])
    return True


# a price multiple read whole and the two figures SPEC computes it from, in order (the close over the trailing EPS)
# (round 34, f34n: and the inverses of round 33's ``_INVERSE_OF``, "book-to-price (equity over market cap)" was the
# quotient beside 1 / P/B, two columns of one figure)
_MULTIPLE_PARTS = {"pe": ("price", "eps"), "pb": ("mkt_cap", "equity"), "div_yield": ("dps", "price"),
                   "book_to_price": ("equity", "mkt_cap"), "earnings_yield": ("eps", "price")}
_QUARTER_EQUITY = frozenset({"pb", "book_to_price"})  # the equity of the latest quarter (SPEC section 2's FG_PB)


def _multiple_defined(ctx: Ctx, named: Use, definition: Use, start: int) -> bool:
    """(round 33) Whether ``definition`` ("today's price over LTM EPS") is the price multiple ``named`` as SPEC computes
    it: its own two figures in order (``_MULTIPLE_PARTS``), plain, at today's close or the trailing four quarters or
    no period of their own (the P/B's equity also the latest quarter's); the multiple then takes today's date."""
    if named.hit.sense.key not in _MULTIPLE_PARTS or named.parts or named.func is not None or not definition.parts \
            or definition.parts[1] != "/":
        return False
    x, _op, y, _pct = definition.parts
    if not all(isinstance(u, Use) and not u.parts and u.func is None for u in (x, y)) \
            or (x.hit.sense.key, y.hit.sense.key) != _MULTIPLE_PARTS[named.hit.sense.key]:
        return False
    times = [u.time for u in (x, y) if u.time is not None]
    # (the periods said inside the definition, "the price over FY2023 EPS", are its too)
    times += [m for m in ctx.time.mentions if start <= m.start and m.end <= definition.hit.end and m not in times]
    if any(m.value.kind not in ("now", "ltm") and not (named.hit.sense.key in _QUARTER_EQUITY and m.value.fiscal_periods() == ["FQ0"])
           for m in times):
        return False
    for m in times:
        ctx.used_times.add(id(m))
        if m.value.kind == "now" and named.time is None:
            named.time, named.pinned = m, True
    return True


def _multiple_restated(ctx: Ctx, named: Use, a: Atom) -> bool:
    """(round 26) "Dividend yield in percent (trailing dividends per share over today's close) for the utilities", "P/E
    (today's price divided by trailing EPS)": two figures joined by "over" or "divided by" in parentheses right after a
    price multiple (its unit between) restate it where they are the multiple's own two figures as SPEC computes it, at
    today's close or the trailing four quarters or no period: read once, the multiple at the parentheses' "today"
    (in a screen "over" was a condition, DPS above the price: a wrong answer). Two figures that compute anything else
    or at another period ("dividend yield (sales over price)", "P/E (price over FY2023 EPS)") are refused, naming
    them: the chain never picks one of two figures. Parentheses holding anything more are left to the other rules."""
    close = next((r for r in ctx.atoms if r.kind == "rparen" and r.start >= a.end), None)
    # (the companies or the set it is asked of may stand between: "the P/E of the banks (...)")
    gap = _blank(ctx, ctx.text[named.hit.end:a.start], named.hit.end)
    for t in ctx.ents.sets:
        if named.hit.end <= t.start and t.end <= a.start:
            gap = gap[:t.start - named.hit.end] + " " * (t.end - t.start) + gap[t.end - named.hit.end:]
    if close is None or named.hit.sense.key not in _MULTIPLE_PARTS or named.parts or named.func is not None \
            or not re.fullmatch(r"\s*(?:in\s+(?:percent|per\s+cent|%)\s*)?(?:(?:of|for|at|in|among|across|the|all|and|"
                                r"'s?|,)\s*)*", gap) or re.search(r"[?.!;]", gap):
        return False
    unit = [x for x in ctx.atoms if named.hit.end <= x.start and x.end <= a.start]
    if unit and not (named.hit.sense.percent and all(x.kind == "pctcue" for x in unit)):
        return False  # ("P/E in percent (...)": no unit of the multiple's)
    inside = [u for u in ctx.uses if a.end <= u.hit.start and u.hit.end <= close.start]
    atoms = [x for x in ctx.atoms if a.end <= x.start and x.end <= close.start]
    # ("(trailing dividends over today's close, in percent)": the unit of a multiple in percent, said inside)
    said = [x for x in atoms if x.kind == "pctcue" and named.hit.sense.percent
            or x.kind == "sep" and re.match(r"\s*,\s*(?:in\s+)?(?:percent|per\s+cent|%)", ctx.text[x.start:])]
    atoms = [x for x in atoms if x not in said]
    if len(inside) == 2 and len(atoms) == 1 and atoms[0].kind == "cmp" and ctx.text[atoms[0].start:atoms[0].end] == "over" \
            and inside[0].hit.end <= atoms[0].start < inside[1].hit.start and not any(u.parts for u in inside):
        pair = (inside[0], inside[1])
    elif len(inside) == 1 and inside[0].parts and inside[0].parts[1] == "/" and not inside[0].parts[3] and all(
            isinstance(p, Use) and not p.parts for p in (inside[0].parts[0], inside[0].parts[2])) \
            and all(x.kind == "arith" for x in atoms):
        pair = (inside[0].parts[0], inside[0].parts[2])
    else:
        return False
    times = [m for m in ctx.time.mentions if a.end <= m.start and m.end <= close.start]
    # (the P/B's equity is the latest quarter's, SPEC section 2: "the latest quarter's equity" is its own too)
    if tuple(u.hit.sense.key for u in pair) != _MULTIPLE_PARTS[named.hit.sense.key] \
            or any(u.func is not None for u in pair) or any(
                m.value.kind not in ("now", "ltm") and not (named.hit.sense.key in _QUARTER_EQUITY and m.value.fiscal_periods() == ["FQ0"])
                # ("the four latest reported quarters": the trailing four, LTM)
                and not (m.value.kind == "span" and m.value.unit == "quarters" and m.value.n == 4 and not m.value.back)
                for m in times):
        raise Refusal(f"a definition that is not {named.hit.sense.about.lower()}",
                      [ctx.text[a.end:close.start].strip()])
    ctx.uses = [u for u in ctx.uses if u not in inside]
    # (the multiple ends at the closing parenthesis: "P/B (market cap over equity) above 1.5" compares it)
    named.hit = Hit(named.hit.sense, named.hit.start, close.end, named.hit.how, named.hit.score)
    for m in times:
        ctx.used_times.add(id(m))
        if m.value.kind == "now":
            named.time, named.pinned = m, True
    for x in (a, close, *atoms, *unit, *said):
        ctx.take(x)
    return True


def _apposition_over(ctx: Ctx) -> None:
    """"ROA on LTM for the insurers, net income over assets": two measures joined by "over" after a comma, closing the
    sentence, that compute exactly the ratio named before them in it restate that ratio (read once, with its own
    period); "over" was read as a comparison of the two (a condition the asker never set: a wrong answer). Anything
    else after the comma (a number, another ratio) is left to the other rules. (Round 26) A dash between spaces sets
    the two apart as a comma does, and periods said inside them ("by earnings yield, FY2023 net income over market
    cap") are theirs: where they compute the same figure they were read as a quotient already (``_restates_ratio``,
    ``_apposition``, as parentheses are); where they compute another, they are refused, naming them (it was a
    condition, net income above market cap: a wrong answer)."""
    for o in [x for x in ctx.atoms if x.kind == "cmp" and ctx.text[x.start:x.end] == "over"]:
        xs = [u for u in ctx.uses if u.hit.end <= o.start and re.fullmatch(r"\s*", ctx.text[u.hit.end:o.start])]
        ys = [u for u in ctx.uses if u.hit.start >= o.end
              and re.fullmatch(r"\s*(?:(?:the|its|their|total)\s+)?\s*(?:'s\s+)?", _blank_periods(ctx, o.end, u.hit.start))]
        if not xs or not ys:
            continue
        x, y = xs[-1], ys[0]
        # (an operand's own period said before it, "trailing DPS over today's price", "last year's DPS over ...",
        # blanked: f26n, merged by the lead)
        comma = re.search(f"({_APPOSED})" + r"\s*(?:(?:i\.e\.?|that is|namely|meaning|so)\s*,?\s*)?(?:(?:the|its|their)\s+)?"
                          r"\s*(?:'s\s+)?$",
                          _blank_periods(ctx, 0, x.hit.start))
        closes = re.fullmatch(r"\s*[?.!]*\s*", _blank_periods(ctx, y.hit.end, len(ctx.text))) is not None
        own = any(comma.end() <= m.start and m.end <= len(ctx.text) for m in ctx.time.mentions) if comma else False
        if comma is None or x.parts or y.parts or not closes:
            continue
        before = [u for u in ctx.uses if u.hit.end <= comma.start()]
        if not before or re.search(r"[?.!;]", ctx.text[before[-1].hit.end:comma.start()]):
            continue
        multiple = before[-1].hit.sense.key in VALUATIONS - {"price"}
        if " " not in before[-1].hit.sense.template and not multiple:
            if not own:
                continue
            # (round 26, f26n) "top 3 banks by dividend yield, trailing DPS over today's price": a one-figure measure
            # defined with its operands' own periods; the chain does not check that it is the same figure (the
            # measure's template has no periods of its own): refused, naming it, never a condition
            raise Refusal(f"a definition with its own periods, not read as {before[-1].hit.sense.about.lower()}",
                          [ctx.text[comma.end(1):y.hit.end].strip()])
        # ("the banks' P/E, price over earnings": a multiple FinQL reads whole, restated by measures that compute it
        # otherwise; it was a condition, price above net income)
        if multiple or _bare(before[-1].hit.sense.template) != _bare(_combine(x.hit.sense.template, "/", y.hit.sense.template,
                                                                                False)):
            # ("ROE for the banks, sales over equity": a ratio's definition that computes another, or a condition)
            raise Refusal(f"a definition that is not {before[-1].hit.sense.about.lower()}",
                          [ctx.text[comma.end(1):y.hit.end].strip()])
        if own:
            continue  # (the same figure with periods of its own: read as a quotient already, or by the other rules)
        ctx.uses = [u for u in ctx.uses if u is not x and u is not y]
        ctx.take(o)


def _points_of_a_difference(ctx: Ctx) -> None:
    """"op margin minus net margin in pp", "the spread between the two margins (percentage points)": the difference of
    two ratios in percent is in percentage points already, the unit said of it restates it (basis points stay unread:
    refused)."""
    if any(u.parts and u.parts[1] == "-" and all(isinstance(x, Use) and not x.parts and x.hit.sense.percent
                                                 for x in (u.parts[0], u.parts[2])) for u in ctx.uses):
        for a in ctx.atoms:
            if a.kind == "pp" and a.value != "bps":
                ctx.take(a)


def _close_apposition(ctx: Ctx, d: Use) -> None:
    """"a net margin, net income over sales, above 13%", "ROE, i.e. net income over equity, above 12%": the comma
    that closes a restating apposition joins the measure to its comparison again, as a closing parenthesis does."""
    close = re.match(r"\s*,", ctx.text[d.hit.end:])
    if close:
        ctx.atoms = [x for x in ctx.atoms if not (x.kind == "sep" and x.start == d.hit.end + close.end() - 1)]


def _blank(ctx: Ctx, gap: str, at: int, tickers: bool = False) -> str:
    """``gap`` (the text from offset ``at``) with its periods and the companies' names blanked (with ``tickers``, a
    company named by its ticker or another of its names too). (Round 48, f48t) a period's possessive "'s" goes with it
    ("more than 1% of today's market cap": the mention is "today", its "'s" was left over and the base unread)."""
    spans = [(m.start, m.end + (2 if re.match(r"['’]s\b", ctx.text[m.end:m.end + 3]) else 0))
             for m in ctx.time.mentions]
    for t, p in ctx.ents.ticker_pos.items():
        name = by_ticker()[t].name.lower()
        if ctx.text.startswith(name, p):
            spans.append((p, p + len(name)))
        elif tickers and (e := name_end(ctx.text, p, t)) is not None:
            spans.append((p, e))
    for s, e in spans:
        if at <= s and e <= at + len(gap):
            gap = gap[:s - at] + " " * (e - s) + gap[e - at:]
    return gap


def _apposition(ctx: Ctx) -> None:
    """"calculate the enterprise value of X, market cap plus debt minus cash of FY2024": arithmetic set after a comma
    that computes exactly the measure named before it, in the same clause or as the next sentence after the only
    measure named ("Is X net cash? Cash minus debt at the last year end."), restates it (its operands keep their own
    periods); one that computes anything else is left to the other rules. A period said between the measure and the
    comma ("net margin in fiscal 2024, net income over sales") is the measure's, and so its operands': read once (it
    was two items, the ratio twice), where the definition names no period of its own ("EV in FY2024, market cap plus
    debt minus cash at the end of FY2023" stays two items) and the measure's clause holds only that one period.
    (Round 38, r38: after a colon too, "an enterprise value: market capitalisation plus debt less cash, from the latest
    fiscal quarter"; it was the measure and its definition, two items, the first with periods the asker had ruled out.
    Not of a measure in percent: "cash conversion: LTM FCF / LTM net income" writes the ratio plain, and its gold
    keeps it so. "as at" is "as of".)"""
    for d in [u for u in ctx.uses if u.parts]:
        comma = re.search(r"(?:" + _APPOSED + r"|(?P<colon>:)|(?P<stop>[?.!]))\s*(?:(?:so|i\.e\.?|that is|namely|meaning|which is)\s+)?"
                          r"(?:the\s+)?$", _blank_periods(ctx, 0, d.hit.start))
        before = [u for u in ctx.uses if u.hit.end <= (comma.start() if comma else -1)]
        if comma is None or not before or before[-1].parts or " " not in before[-1].hit.sense.template \
                or comma.group("stop") and len(before) != 1 \
                or re.search(r"[?.!;]", ctx.text[before[-1].hit.end:comma.start()]) \
                or _bare(before[-1].hit.sense.template) != _bare(d.hit.sense.template) \
                or comma.group("colon") and before[-1].hit.sense.percent:
            continue
        named = before[-1]
        said = [m for m in ctx.time.mentions if named.hit.end <= m.start and m.end <= comma.start()]
        if said and (len(said) > 1 or comma.group("stop") or any(
                d.hit.start <= m.start and m.end <= d.hit.end for m in ctx.time.mentions)
                or not re.fullmatch(r"\s*(?:in|for|during|over|at|as of|as at|of)?\s*(?:the\s+)?",
                                    ctx.text[named.hit.end:said[0].start])
                or not re.fullmatch(r"\s*", ctx.text[said[0].end:comma.start()])):
            continue
        x, op, y, _pct = d.parts
        if said:
            for leaf in leaves([x, y]):
                leaf.time, leaf.pinned = said[0], True
            ctx.used_times.add(id(said[0]))
        d.hit = Hit(named.hit.sense, d.hit.start, d.hit.end, "definition")
        d.parts = (x, op, y, named.hit.sense.percent and "* 100" in named.hit.sense.template)
        ctx.uses.remove(named)
        ctx.uses.sort(key=lambda u: u.hit.start)
        ctx.defined_after = ctx.defined_after or bool(comma.group("stop"))
        if not comma.group("stop"):
            _close_apposition(ctx, d)


def _define_operand(ctx: Ctx, named: Use, a: Atom, close: Atom) -> bool:
    """"net income minus its dividends paid (DPS times diluted shares)": arithmetic in parentheses right after a plain
    measure that is one of its operands says what the asker means by that measure (here the money paid out, not the
    dividend per share); it takes the measure's place, in the arithmetic the measure is part of."""
    inside = [u for u in ctx.uses if a.end <= u.hit.start and u.hit.end <= close.start]
    if len(inside) != 1 or not inside[0].parts or not re.fullmatch(r"\s*", ctx.text[inside[0].hit.end:close.start]) \
            or not re.fullmatch(r"\s*", ctx.text[a.end:inside[0].hit.start]):
        return False
    definition = inside[0]
    target = named.parts[2] if named.parts else named
    if target.parts or " " in target.hit.sense.template \
            or target.hit.sense.key not in {u.hit.sense.key for u in leaves([definition])}:
        return False
    if named.parts:
        x, op, _y, pct = named.parts
        sense = Sense(f"{x.hit.sense.key}{op}({definition.hit.sense.key})",
                      _combine(x.hit.sense.template, op, definition.hit.sense.template, pct), (),
                      money=x.hit.sense.money and op in "+-", about=named.hit.sense.about, percent=pct)
        named.hit = Hit(sense, named.hit.start, close.end, "definition")
        named.parts = (x, op, definition, pct)
    else:
        named.hit = Hit(definition.hit.sense, named.hit.start, close.end, "definition")
        named.parts = definition.parts
    ctx.uses.remove(definition)
    ctx.take(a)
    ctx.take(close)
    return True


def _ratio_cue(ctx: Ctx) -> None:
    """"the price relative to its six-month low, expressed as a ratio": the division before it stays a plain ratio."""
    for a in [a for a in ctx.atoms if a.kind == "ratiocue"]:
        before = [u for u in ctx.uses if u.hit.end <= a.start]
        if before and not before[-1].hit.sense.percent and (
                (before[-1].parts and before[-1].parts[1] == "/") or " / " in before[-1].hit.sense.template
                or before[-1].hit.sense.key in ("pe", "pb")):
            ctx.take(a)


_COMPARED_PERIOD = re.compile(r"\s*(?:compare[sd]?|stack(?:s|ed)?\s+up)\s+(?:with|to|against)\s+(?:(?:its|their|the)\s+)?")


def _compared_in_percent(ctx: Ctx) -> None:
    """"How did X's net income in the latest twelve months compare with its fiscal 2022 figure, in percentage
    terms": one fundamental at a period set against another period of its own, asked in percent, is the growth
    from the earlier of the two to the later (without a cue in percent it could be the two figures: left over)."""
    cues = [a for a in ctx.atoms if a.kind == "pctcue" and id(a) not in ctx.used_atoms]
    if not cues:
        return
    for u in ctx.uses:
        if u.time is None or u.func is not None or u.parts or not u.hit.sense.is_fund or not u.hit.sense.base:
            continue
        after = max(u.time.end, u.hit.end)
        m = _COMPARED_PERIOD.match(ctx.text[after:])
        chain = u.extra_times or []
        # (the period may hold the article itself: "compare with the same quarter a year earlier")
        other = next((x for x in ctx.time.mentions if m and after + m.start(0) < x.start <= after + m.end() and
                      re.fullmatch(r"\s*(?:compare[sd]?|stack(?:s|ed)?\s+up)\s+(?:with|to|against)\s+(?:(?:its|their)\s+)?",
                                   ctx.text[after:x.start]) and (
            id(x) not in ctx.used_times or len(chain) == 2 and x is chain[1])), None)
        if other is None:
            continue
        rest = re.match(r"(?:'s)?\s*(?:figure|level|number|value|result|total)?\s*,?\s*", ctx.text[other.end:])
        cue = next((a for a in cues if rest and a.start == other.end + rest.end()), None)
        p1, p2 = u.time.value.fiscal_periods() or [], other.value.fiscal_periods() or []
        if cue is None or len(p1) != 1 or len(p2) != 1 or p1 == p2:
            continue
        if chain:
            u.extra_times = None
        u.func = Atom("func", after, after + m.end(), "GROWTH")  # type: ignore[union-attr]
        u.growth_pair = (min(p1[0], p2[0], key=period_order), max(p1[0], p2[0], key=period_order))  # type: ignore[attr-defined]
        ctx.used_times.add(id(other))
        ctx.take(cue)


_OPENING_BEFORE_UNIT = re.compile(r"\W*(?:by\s+)?(?:how\s+much|how\s+far|what|how)\s*,?\s*")


def _percent_cue(ctx: Ctx) -> None:
    """"debt-to-equity, as a percentage": a plain ratio times 100 (a ratio already in percent stays)."""
    for a in [a for a in ctx.atoms if a.kind == "pctcue"]:
        before = [u for u in ctx.uses if u.hit.end <= a.start]
        if not before:
            # "By how much, in percent, did X's revenue grow ...": the unit said in the question's opening, before the
            # growth it asks for (in percent already)
            after = [u for u in ctx.uses if u.hit.start >= a.end]
            # (round 28, f28a: "In percent, how much did X's operating income grow ...": the unit said first, before
            # the question word)
            if after and (_OPENING_BEFORE_UNIT.fullmatch(ctx.text, 0, a.start) or re.fullmatch(r"\W*", ctx.text[:a.start])
                          and _OPENING_BEFORE_UNIT.match(ctx.text[a.end:].lstrip(" ,:"))) and (
                    after[0].hit.sense.percent or after[0].func is not None and after[0].func.value in ("GROWTH", "CAGR")):
                ctx.take(a)
            continue
        u = before[-1]
        s = u.hit.sense
        grown = [x for x in before[:-1] if x.func is not None and x.func.value in ("GROWTH", "CAGR")]
        if s.percent or (u.func is not None and u.func.value in ("GROWTH", "CAGR")):
            ctx.take(a)  # already in percent
        elif grown and not u.parts and re.search(r"\b(?:compared (?:with|to)|versus|vs\.?|against|relative to)\b",
                                                 ctx.text[grown[-1].hit.end:u.hit.start]):
            # "sales growth expected for FY2025 compared with the revenue reported for FY2024, as a percentage": the
            # figure the growth is set against, then the cue of the growth (in percent already)
            ctx.take(a)
        elif grown and not u.parts and u.func is None and u.hit.sense.key == grown[-1].hit.sense.key \
                and re.search(r"\bfrom\b", ctx.text[grown[-1].hit.end:u.hit.start]):
            # (round 30) "the expected growth in X's EPS from the fiscal 2023 actual to the consensus estimate for
            # fiscal year 2025, in percent": the growth's own start said as its measure again, then the growth's cue
            ctx.take(a)
        elif _plain_ratio(s) and not u.parts:
            u.hit = _ratio_in_percent(u.hit)
            ctx.take(a)
        elif u.parts and u.parts[1] == "/" and not u.parts[3] and re.fullmatch(
                r"(?:[\s,(]|\b(?:for|of|in|at|as\s+(?:of|at))\b)*(?:ratios?[\s,(]*)?", _blank_company(ctx, u.hit.end, a.start)):
            # "net income over equity, in percent", "A divided by B as a percentage": the quotient times 100 (a period
            # between them too: "debt-to-assets last quarter, in percent", round 25; round 33: and the company the
            # quotient is of, after "of", "the ratio of debt to equity of X as at fiscal year end 2024, expressed as a
            # percentage": "of" was left in the gap)
            x, op, y, _pct = u.parts
            u.parts = (x, op, y, True)
            u.hit = Hit(Sense(s.key + "%", _combine(x.hit.sense.template, "/", y.hit.sense.template, True), (),
                              about=s.about + ", in percent", percent=True), u.hit.start, u.hit.end, u.hit.how, u.hit.score)
            ctx.take(a)


def _plain_ratio(s: Sense) -> bool:
    """A ratio of two figures that is not in percent ("debt to equity": 1.5, not 150)."""
    return not s.money and " / " in s.template and "* 100" not in s.template


def _ratio_in_percent(h: Hit) -> Hit:
    """The plain ratio ``h`` names, times 100 ("debt-to-equity, as a percentage", "debt-to-equity above 200%")."""
    s = h.sense
    return Hit(Sense(s.key + "%", s.template + " * 100", (), about=s.about + ", in percent", percent=True),
               h.start, h.end, h.how, h.score)


_FLOWS = ("FF_SALES", "FF_GROSS_INC", "FF_OPER_INC", "FF_NET_INC", "FF_EPS", "FF_DPS", "FF_CAPEX", "FF_FCF")


def _a_fiscal_half(v: TimeValue) -> bool:
    """A half a flow is summed over: "H1 FY2024", and "H1 2024" (no "calendar": the fiscal half, as "Q3 2023" is)."""
    return bool(v.half) and v.kind in ("quarter_range", "half") and bool(v.fiscal_periods())


def _fiscal_halves(ctx: Ctx) -> None:
    """"H1 FY2024 revenue": a flow over a fiscal half is the sum of its two quarters (as a fiscal year's is
    of its four, SPEC section 1); a balance-sheet item or a ratio over a half is refused, not guessed."""
    for u in ctx.uses:
        if u.time is None or not (u.time.value.half or u.time.value.part):
            continue
        if (u.time.value.kind == "half" or u.time.value.part and not u.time.value.fiscal) and not u.hit.sense.is_fund:
            continue  # "H1 2024", "the first nine months of 2024" of a price: the calendar months
        if u.func is not None and u.func.value in ("SUM", "AVG"):
            continue
        if u.func is None and u.hit.sense.base in _FLOWS and u.hit.sense.is_fund and not u.parts:
            u.func = Atom("func", u.time.start, u.time.end, "SUM")
            # "first-half and second-half sales for fiscal 2024": the halves joined before it, each a sum of its own
            first, before = u.time, []
            for m in reversed(ctx.time.mentions):
                if m.end <= first.start and id(m) not in ctx.used_times and _a_fiscal_half(m.value) \
                        and re.fullmatch(r"\s*(?:vs\.?|versus|and|,|&|against)\s*", ctx.text[m.end:first.start]):
                    ctx.used_times.add(id(m))
                    before.insert(0, Use(u.hit, m, Atom("func", m.start, m.end, "SUM")))
                    first = m
            if before:
                at = ctx.uses.index(u)
                ctx.uses[at:at] = before
            # "fiscal 2024 first half vs second half": each half joined to it is a sum of its own
            last = u.time
            for m in ctx.time.mentions:
                if m.start >= last.end and id(m) not in ctx.used_times and _a_fiscal_half(m.value) \
                        and re.fullmatch(r"\s*(?:vs\.?|versus|and|,|against|compared\s+(?:with|to))\s*",
                                                          ctx.text[last.end:m.start]):
                    ctx.used_times.add(id(m))
                    ctx.uses.append(Use(u.hit, m, Atom("func", m.start, m.end, "SUM")))
                    last = m
        else:
            raise Refusal("a fiscal half of a balance-sheet item, a ratio or a growth",
                          [ctx.text[u.time.start:u.time.end]])


_OVER_FOUR_QUARTERS = re.compile(r"(?:over|across)\s+the\s+(?:last|past|latest|trailing|most\s+recent)\s+(?:four|4)\s+"
                                 r"(?:(?:fiscal|reported)\s+)?quarters", re.I)


def _over_four_quarters(ctx: Ctx) -> None:
    """(round 29) "operating income over the last four quarters": one flow over the four latest quarters, with no
    word for each quarter, is their sum (SPEC section 2's LTM: "the four latest quarters, sum for flow items"); it was
    the four quarters listed (a wrong answer). "quarterly sales over the last 4 quarters", "in each of", "in the last
    two quarters", a balance-sheet item or a span set against another are kept as they read, and so is a condition
    ("net income above 100m over the last four quarters": the sum, or each quarter?)."""
    if ctx.time.quarterly or len(ctx.time.mentions) != 1 or not ctx.ents.tickers or _has(ctx, "cmp", "cmp_between"):
        return
    for u in ctx.uses:
        m = u.time
        if m is None or u.func is not None or u.parts or not u.hit.sense.is_fund or u.hit.sense.base not in _FLOWS \
                or m.value.kind != "span" or m.value.unit != "quarters" or m.value.n != 4 or m.value.back \
                or not _OVER_FOUR_QUARTERS.fullmatch(ctx.text, m.start, m.end) \
                or _each_said(ctx) or re.search(r"\bby\s+quarter\b", ctx.text, re.I):
            continue
        u.func = Atom("func", m.start, m.end, "SUM")


_JOINED = re.compile(r"\s*(?:,|and|&|vs\.?|versus|with|to|compared with|compared to|against|,\s*and|"
                     # (round 36, f36s) "EPS in the quarter before last, versus the same quarter a year earlier"
                     r",\s*(?:vs\.?|versus|against|compared\s+(?:with|to))|"
                     # (round 37, f37b) "net income two years ago, next to last year's", ", together with fiscal 2024's"
                     r",\s*(?:alongside|along\s+with|together\s+with|as\s+well\s+as)|"
                     # "sales in the latest quarter alongside the same quarter a year earlier": a list, as "and" makes
                     r"alongside|along with|together with|as well as|next to|side by side with|"
                     # "last year compare with the year before last", "stack up against": the verb of the comparison
                     r"compare[sd]?\s+(?:with|to|against)|stacks?\s+up\s+against)?\s*"
                     r"(?:(?<=\s)(?:for|in|at|on|of|during|over|as of|from)\s+)?"  # "for FY1 and for the year after"
                     # ((round 45, f45p) "revenue from five years ago and from last year": "from" said before each)
                     # (round 28, f28a) "free cash flow over the last twelve months versus its latest fiscal year",
                     # "and for its fiscal 2024": the company's own period, said with its possessive
                     r"(?:(?<=\s)(?:its|their)\s+)?"
                     # "the close on 30 September 2023, and what is it now", "and where is it trading now", "and what's it
                     # at now": the same measure at another period
                     r"(?:(?<=and\s)(?:what|where|how\s+much)(?:'s|\s+(?:is|was|are|were))\s+(?:it|they|that|this)\s+"
                     r"(?:(?:trading|priced|sitting|standing)\s+)?(?:(?:for|in|at|on|during|over|as of)\s+)?"
                     # (round 33, f33b) the same asked in a reported question's order, the verb after the stock: "the
                     # members asked what the price was on 1 July 2024 and what it is now", "tell me ... and what it is
                     # now" (the period after it was dropped: the first period's figure alone, a wrong answer)
                     r"|(?<=and\s)(?:what|where|how\s+much)\s+(?:it|they|that|this)(?:'s|'re|\s+(?:is|was|are|were))\s+"
                     r"(?:(?:trading|priced|sitting|standing)\s+)?(?:(?:for|in|at|on|during|over|as of)\s+)?"
                     # (round 37) "operating income in fiscal 2021, and how about fiscal 2023 as well?": the same
                     # measure asked again at another period (refused, naming the period)
                     r"|(?<=and\s)(?:how|what)\s+about\s+(?:(?:for|in|at|on|during|over|as of)\s+)?)?")


# periods of a set's condition joined by "or" ("lost money in FY2023 or in FY2024"; ``_time_lists``)
_JOINED_OR = re.compile(r"\s*,?\s*or\s+(?:(?:for|in|at|on|during|over|as of)\s+)?")
_AND_PERIOD = re.compile(r"\s*,?\s*and\s+(?:(?:for|in|at|on|during|over|as of)\s+)?")
# (r27) what may follow a period joined to a set's condition: the clause's end, or a word that joins another one
_PERIOD_CLOSES = re.compile(r"\s*(?:$|[,.;:?!)]|(?:and|or|but|while|whereas|with|whose|that|which)\b)")


# between a comparative and the periods it compares: "higher in FY2024 than in FY2023", "better in the first half or
# the second half of 2024"
_PERIOD_PREP = r"(?:(?:in|at|during|for|over|on|as\s+of|at\s+the\s+end\s+of)\s+)?(?:the\s+)?"
_THAN_OR = re.compile(rf"\s*,?\s*(?:than|or)\s+{_PERIOD_PREP}\s*")
# "which year was better for operating income, 2022 or 2023": the question word of a choice between periods
WHICH_PERIOD = re.compile(r"\bwhich\s+(?:(?:fiscal|calendar)\s+)?(?:years?|quarters?|halves|half|periods?|months?)\b")


def _periods_compared(ctx: Ctx) -> None:
    """One measure of the named companies compared between two periods ("was X's net income higher in FY2024 than in
    FY2023", "did X's shares do better in the first half or the second half of 2024", "which year was better for
    operating income, 2022 or 2023"): the figure at each period, side by side (FinQL returns figures; the two show
    which is higher, as both companies' figures do for "does A have more debt than B"). The comparative is read
    only between the two periods (or after "which year"); "better" and "worse" only of a measure where more is
    plainly better (``_better_higher``)."""
    if not ctx.ents.tickers or any(a.kind in ("pctcue", "pp", "absolute") for a in ctx.atoms) or re.search(
            r"\b(?:how\s+much|how\s+many|by\s+what|by\s+how)\b", ctx.text) or _PERCENT_ASKED.search(ctx.text):
        return  # "by what percentage was X higher in 2024 than in 2023": the size of the difference (a growth)
    for a in [a for a in ctx.atoms if a.kind == "comparative" and id(a) not in ctx.used_atoms]:
        word = ctx.text[a.start:a.end]
        # ("did X have more employees at the end of last year than three years ago": the measure between the
        # comparative and the first period)
        m1 = next((m for m in ctx.time.mentions if m.start >= a.end
                   and (re.fullmatch(r"\s*" + _PERIOD_PREP, ctx.text[a.end:m.start]) or any(
                       a.end < u.hit.start and u.hit.end <= m.start and not ctx.text[a.end:u.hit.start].strip()
                       and re.fullmatch(r"\s*" + _PERIOD_PREP, ctx.text[u.hit.end:m.start]) for u in ctx.uses))), None)
        which = WHICH_PERIOD.search(ctx.text, 0, a.start)
        if m1 is None and which is None:
            continue
        if m1 is not None:
            m2 = next((m for m in ctx.time.mentions if m.start >= m1.end and id(m) not in ctx.used_times
                       and _THAN_OR.fullmatch(ctx.text[m1.end:m.start])), None)
            if m2 is None:
                continue
            pair = [m1, m2]
        else:  # "which year ..., 2022 or 2023": two periods of one mention, or two joined by "or"
            after = [m for m in ctx.time.mentions if m.start >= a.end]
            pair = after[:1] if after and len(after[0].value.fiscal_periods() or after[0].value.years or ()) == 2 else []
            if not pair and len(after) >= 2 and re.fullmatch(r"\s*,?\s*or\s+" + _PERIOD_PREP, ctx.text[after[0].end:after[1].start]):
                pair = after[:2]
            if not pair:
                continue
        use = next((u for u in ctx.uses if u.time is pair[0]), None) or (
            ctx.uses[0] if len(ctx.uses) == 1 and ctx.uses[0].time is None else None)
        if use is None:
            continue
        if re.fullmatch(r"better|worse", word) and not _better_higher(use):
            raise Refusal(f"'{word}' of a measure where more is not plainly better (say higher or lower)",
                          [word, ctx.text[use.hit.start:use.hit.end]])
        use.time = pair[0]
        if len(pair) == 2:
            use.extra_times = pair
            ctx.used_times.update(id(m) for m in pair)
        ctx.take(a)
        ctx.periods_compared = True
        return
_ASKED_FOR = re.compile(r"\s(?:for|of|at|@)\s+([a-z][a-z0-9.]{1,5})(?:'s)?(?=\s)")


def _names_blanked(ctx: Ctx, end: int, start: int) -> str:
    """The text with each company named between ``end`` and ``start`` after "for", "of" or "at" blanked out: "the net
    income last quarter of Lakeside Automotive, and the quarter before that" joins its two periods as "X's net income
    last quarter, and the quarter before that" does (the one-word ticker was blanked alone, ``_ASKED_FOR``)."""
    text = ctx.text
    for ticker, pos in ctx.ents.ticker_pos.items():
        pre = re.search(r"\s(?:for|of|at)\s+$", text[:pos])
        if end <= pos < start and pre is None and text[pos:pos + len(ticker)] == ticker.lower() \
                and not re.match(r"[\w'-]", text[pos + len(ticker):pos + len(ticker) + 1]) and len(ctx.ents.tickers) == 1:
            # (round 36, f36s) "Q4 FY24 eps NIMB vs Q4 FY23", "last qtr sales TIDE + qtr before": the ticker said bare, as
            # the chat writes it, between the measure and its other period; ((round 37, r37) of the one company named:
            # "Q4 FY24 eps FALC vs APXM Q4 FY23" sets one company's period against another's, and was both periods for
            # both, columns nobody asked for: refused as before)
            text = text[:pos] + " " * len(ticker) + text[pos + len(ticker):]
            continue
        if not end <= pos < start or pre is None or pre.start() < end:
            continue
        e = name_end(text, pos, ticker)
        if e is not None and e <= start:
            text = text[:pre.start()] + " " * (e - pre.start()) + text[e:]
    return text


# (round 37) "grew FY2024 sales by more than 5% over FY2023 and in FY2024 had positive free cash flow": a period
# after a percentage and "over" is the base of that growth, no period of a list ("FY2023 and in FY2024" gave the cash
# flow both years, each a condition: a wrong answer)
_GROWTH_BASE = re.compile(r"\d\s*(?:%|percent|per\s+cent|pct)\s+(?:over|on|above|versus|vs\.?)\s+(?:the\s+)?$")


# (round 40, r40) what may follow "the latest" said as a day of its own: the clause's end
_LATEST_ALONE = re.compile(r"\s*(?:$|[,;:.?!)]|(?:and|or|please|too|as\s+well|then)\b)")


def _quarter_read_two_ways(ctx: Ctx) -> None:
    """(round 43, f43n) One quarter said, neither fiscal nor calendar ("Q3 2023"), read for a fundamental and for a price
    ("X's sales and share price return in Q3 2023", "X's net income in Q3 2023 and its close at the end of that
    quarter"). The project's one rule: a quarter is the period its measure is kept in, a fiscal quarter of the
    fundamentals (SPEC 1, ``FQ2023Q3``), a calendar quarter of the prices, which are kept by day (the golds: "Q2 2024
    share price return" is ``P_RETURN(2024-03-31, 2024-06-30)``). Where the company's fiscal year does not end in
    December the two are different months, and the one quarter said was read as two (for a fiscal year ending in
    September, April-June for the sales, July-September for the return; "the end of that quarter" was September's):
    named, which quarter is not said. A December year (the two the same), or the quarter said "fiscal" or "calendar",
    reads as before."""
    quarters = {id(m): m for m in ctx.time.mentions if m.value.kind == "quarter" and not m.value.fiscal
                and not m.value.calendar}
    if not quarters:
        return
    months = {c.fiscal_year_end_month for t, c in by_ticker().items() if t in ctx.ents.tickers} if ctx.ents.tickers \
        else {c.fiscal_year_end_month for c in by_ticker().values()}
    if months <= {12}:
        return
    fund, price = [], []
    for u in leaves(ctx.uses):
        for m in [u.time, *(u.extra_times or [])]:
            if m is not None and id(m) in quarters:
                (fund if u.hit.sense.is_fund else price).append(m)
    # (the same mention, or the quarter said again by reference, "that quarter"; a quarter written twice, once for
    # each measure, is each measure's own by the rule)
    said = {m.value.quarters for m in fund}
    clash = [m for m in price if any(m is f for f in fund) or m.value.quarters in said and re.search(
        r"\b(?:that|the\s+same|this|the\s+said)\s+quarter\b", ctx.text[m.start:m.end])]
    if clash:
        raise Refusal("a quarter read as a fiscal quarter of a fundamental and a calendar quarter of a price, for a "
                      "company whose fiscal year does not end in December: which quarter is not said",
                      [ctx.text[m.start:m.end] for m in fund[:1] + clash[:1]])


def _latest_compared(ctx: Ctx, before: Mention, m: Mention) -> bool:
    """(round 43, f43n) "X's price at the end of 2023 vs the latest, and its P/E": the latest day said alone, right after
    a comparison with the period before it, is that measure's second day even where a later point figure took it as
    its own (the P/E, whose day it is too: today's); today's price was dropped."""
    return m.value.kind == "now" and _LATEST_ALONE.match(ctx.text, m.end) is not None and re.fullmatch(
        r"\s*,?\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s+(?:the\s+)?", ctx.text[before.end:m.start]) is not None


def _time_lists(ctx: Ctx) -> None:
    """A sense with one period, and more periods joined to it by "and" ("at the end of 2022 and at the end of 2023",
    "FY1 and FY2 EPS", "Q1 revenue vs Q4": the measure's own words may stand between two of its periods)."""
    chains: dict[int, list[Mention]] = {}  # "cash and debt at the end of 2022 and 2023": both take the list
    screened = not ctx.ents.tickers and _has(ctx, "cmp", "adj", "sign")  # a condition on a set (or all companies)
    for u in ctx.uses:
        t = u.time
        if u.parts is not None and u.func is None:
            # "debt as a percentage of equity at the end of fiscal 2023 and at the end of fiscal 2024": arithmetic of
            # fundamentals sharing one period takes the periods joined to it, one value per period
            ls = leaves([u])
            if len({id(v.time) for v in ls}) == 1 and all(v.hit.sense.is_fund and v.func is None for v in ls):
                t = ls[0].time
        # ("average quarterly sales over fiscal 2024 versus over fiscal 2023": an average over each year's quarters)
        quarterly_years = ctx.time.quarterly and u.func is not None and u.func.value in ("AVG", "SUM") \
            and t is not None and t.value.kind == "year" and len(t.value.fiscal_periods() or []) == 1
        if t is None or u.func is not None and not _func_over_ranges(u, t.value) and not quarterly_years:
            continue
        shared = chains.get(id(t))
        if shared is not None and all(_fits(u, m.value) for m in shared):
            u.extra_times = shared
            continue

        def joined(end: int, start: int, u: Use = u) -> bool:
            text = _names_blanked(ctx, end, start)
            gap = text[end:start]
            if end <= u.hit.start and u.hit.end <= start:
                gap = text[end:u.hit.start] + " " + text[u.hit.end:start]
            # "1H24 NI for MHP vs 1H23": the companies the measure is asked for may stand between its periods too
            gap = re.sub(r"\s+", " ", _ASKED_FOR.sub(lambda c: " " if c.group(1).upper() in ctx.ents.tickers else c.group(0),
                                                      gap))
            # (round 37, f37b) "the return in the last 3 months please, and for the last month also": the courtesy
            # said after the first period joins nothing
            gap = re.sub(r"^\s*(?:please|pls|plz|thanks)\b(?=\s*(?:,|and\b))", "", gap)
            # (round 39, f39n) "the price at the end of 2023 vs the latest", "... and the current": the article of a
            # day said as the latest ("the latest" is its word "latest"); the second day was dropped (the first alone)
            # ((round 40, r40) the day said alone: "vs the latest analyst estimate", "vs the latest quarter's EPS",
            # "vs the latest for Y" name another figure or company with "latest" as their adjective; the estimate was
            # dropped, the day's price read)
            if any(m.start == start and m.value.kind == "now" and _LATEST_ALONE.match(ctx.text, m.end)
                   for m in ctx.time.mentions):
                gap = re.sub(r"(?<=\s)the\s+$", "", gap)
            # (round 26) "which banks lost money last year or in the latest quarter": a set's condition over periods
            # joined by "or" holds in any of them (``_one_by_one``); of named companies "or" stays a choice
            return bool(_JOINED.fullmatch(gap) or screened and _JOINED_OR.fullmatch(gap))

        chain = [t]
        def over(m: Mention, u: Use = u, quarterly_years: bool = quarterly_years) -> bool:
            return u.func is None or _func_over_ranges(u, m.value) or quarterly_years and m.value.kind == "year" \
                and len(m.value.fiscal_periods() or []) == 1

        for m in ctx.time.mentions:
            if m.start > chain[-1].start and (id(m) not in ctx.used_times or _latest_compared(ctx, chain[-1], m)) \
                    and joined(chain[-1].end, m.start) \
                    and _fits(u, m.value) and over(m) and not _runs_compared(ctx, u, chain[-1], m):
                chain.append(m)
                ctx.used_times.add(id(m))
        for m in reversed(ctx.time.mentions):
            if m.end <= chain[0].start and id(m) not in ctx.used_times and joined(m.end, chain[0].start) \
                    and _fits(u, m.value) and over(m) and not _GROWTH_BASE.search(ctx.text, 0, m.start):
                chain.insert(0, m)
                ctx.used_times.add(id(m))
        if len(chain) > 1 and u.hit.sense.key in ("high", "low") and u.func is None:
            for m in chain:
                if m.value.end or m.value.kind in ("date", "now", "drel"):
                    # (round 43, f43n) "X's lowest close in 2022 and at the end of 2023": a day listed beside the
                    # range of a high or a low (a day's close, or the low of that year?) is named, as the day said
                    # alone is (``pipeline._extreme_on_a_day``); it gave 2023's low, a wrong answer
                    raise Refusal(f"a {'highest' if u.hit.sense.key == 'high' else 'lowest'} close on one day listed "
                                  "beside a range", [ctx.text[m.start:m.end]])
        if len(chain) > 1:
            chain = _quarter_compared_with_year(ctx, chain)
            u.extra_times = chain
            chains[id(t)] = chain


_COMPARED = re.compile(r"\b(?:vs\.?|versus|against|compared?[sd]?\s+(?:with|to|against)|stacks?\s+up\s+against)\b")


def _runs_compared(ctx: Ctx, u: Use, a: Mention, b: Mention) -> bool:
    """"sales growth over the last four quarters vs the four quarters before": a growth between two runs of quarters
    set against each other is one growth between their sums (``_four_quarters``), never one growth over each run."""
    return u.func is not None and u.func.value == "GROWTH" and all(
        len(m.value.fiscal_periods() or []) >= 2 and all(p.startswith("FQ") for p in m.value.fiscal_periods() or [])
        for m in (a, b)) and _COMPARED.search(ctx.text, a.end, b.start) is not None


def _quarter_compared_with_year(ctx: Ctx, chain: list[Mention]) -> list[Mention]:
    """"How did X's Q3 sales in 2023 compare with 2022?", "Q3 2023 revenue vs 2022": a bare year set against one
    fiscal quarter is the same quarter of that year (it was the whole fiscal year 2022 beside the quarter)."""
    first = chain[0].value
    if first.kind != "quarter" or len(first.quarters) != 1 or first.calendar:
        return chain
    out = [chain[0]]
    for prev, m in zip(chain, chain[1:], strict=False):
        said = ctx.text[m.start:m.end]
        if m.value.kind == "year" and len(m.value.years) == 1 and re.fullmatch(r"(?:19|20)\d\d", said) \
                and _COMPARED.search(ctx.text, prev.end, m.start):
            m = Mention(m.start, m.end, TimeValue("quarter", text=said, quarters=(m.value.years[0] * 4
                                                                                    + first.quarters[0] % 4,),
                                                  fiscal=True))
        out.append(m)
    return out


def _func_over_ranges(u: Use, v: TimeValue) -> bool:
    """"Sales growth from FY2022 to FY2023 and from FY2023 to FY2024", "average FCF over FY2015-FY2019 and over
    FY2020-FY2024": a function of reported figures over ranges of periods joined by "and" is one value per range."""
    if u.func is not None and u.func.value in ("GROWTH", "CAGR", "AVG", "SUM") and u.hit.sense.is_fund \
            and len(v.fiscal_periods() or []) >= 2 and v.kind not in ("years",):
        return True
    # "expected EPS growth from FY2024 to FY2025 and from FY2025 to FY2026": an expected growth over each range
    s = u.hit.sense
    return u.func is not None and u.func.value == "GROWTH" and v.kind == "year_range" and not v.calendar \
        and len(v.years) == 2 and max(v.years) > LATEST_FY and (s.is_estimate or s.estimate is not None)


_AND_GROWTH = re.compile(r"\s*,?\s*(?:and|plus|together\s+with|along\s+with|alongside|as\s+well\s+as|with)\s+(?:also\s+)?"
                         r"(?:the|its|their)?\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|percentage|percent|%)\s+)?$")


def _company_skipped(ctx: Ctx, s: int, e: int) -> str:
    """(round 47, f47t) ``text[s:e]`` without a leading "for (of, at) <the one company named>": "operating income in
    FY2023 and FY2024 for X, and the change between them" lists the figures of that company as "X's operating income
    ..." does (the change was read elsewhere as the growth, where "the change between the two" said after the periods
    is the difference, round 22)."""
    gap = ctx.text[s:e]
    if len(ctx.ents.tickers) != 1 or not s <= ctx.ents.ticker_pos.get(ctx.ents.tickers[0], -1) < e:
        return gap
    m = re.match(r"\s*(?:for|of|at)\s+(?=\S)", gap)
    blanked = _blank(ctx, gap, s, tickers=True)
    if m is None or not re.fullmatch(r"\s*,.*", blanked[m.end():], flags=re.S) or blanked[m.end()] != " ":
        return gap
    return blanked[m.end():]


def _growth_of_list(ctx: Ctx) -> None:
    """"sales in Q4 fiscal 2023 and Q4 fiscal 2024, together with the year-on-year growth": the figures at the two
    periods and the growth between them (the growth word was left over, and dropped without a word)."""
    for a in ctx.atoms:
        if a.kind != "func" or a.value != "GROWTH" or id(a) in ctx.used_atoms:
            continue
        before = [u for u in ctx.uses if u.time is not None and u.func is None and not u.parts and u.hit.end <= a.start]
        if not before:
            continue
        u = before[-1]
        times = u.extra_times or [u.time]
        periods = [p for m in times for p in (m.value.fiscal_periods() or [])] if u.hit.sense.is_fund else []
        if len(periods) != 2 or len(set(periods)) != 2 or not _AND_GROWTH.fullmatch(_company_skipped(
                ctx, max(times[-1].end, u.hit.end), a.start)) or not _func_ok("GROWTH", u.hit.sense):
            continue
        lo, hi = sorted(periods, key=period_order)
        # (round 23) "headcount and sales in FY2020 and FY2024, and the growth": measures listed together at the same
        # two periods each grow (the growth went to the last one only, the other's dropped: a wrong answer)
        group = [o for o in before if o is not u and not o.parts and o.func is None and (o.extra_times or [o.time]) == times
                 and o.hit.sense.key != u.hit.sense.key]
        if any(not _func_ok("GROWTH", o.hit.sense) for o in group):
            raise Refusal("a growth asked beside figures of several measures, one of which cannot grow: whose growth is "
                          "not said", [ctx.text[a.start:a.end]])
        absolute = re.fullmatch(r"chang(?:e|es)|chg", ctx.text[a.start:a.end]) and not _PERCENT_ASKED.search(ctx.text) \
            and not any(x.kind in ("pctcue", "pp") for x in ctx.atoms) and not re.search(
                r"year[- ]on[- ]year|year[- ]over[- ]year|yoy|qoq|quarter[- ]on[- ]quarter|sequential",
                ctx.text[max(times[-1].end, u.hit.end):a.end])
        if group and absolute:
            raise Refusal("a change asked beside figures of several measures, said with no percent (the difference of "
                          "each, or the growth?)", [ctx.text[a.start:a.end]])
        for o in group:
            ctx.uses.append(Use(o.hit, times[-1], a))
            ctx.uses[-1].growth_pair = (lo, hi)  # type: ignore[attr-defined]
        if absolute:
            # (round 22) "the headcount at FY2020 and at FY2024, together with the change between the two": a change
            # said with no percent, of figures just listed in their unit, is the later figure minus the earlier (as
            # "the change ..., in absolute terms" is); in percent it is the growth, as before
            s_ = u.hit.sense
            fixed = [Sense(s_.key, s_.template.format(F=p), (), money=s_.money, per_share=s_.per_share, about=s_.about,
                           percent=s_.percent) for p in (hi, lo)]
            x, y = (Use(Hit(f, a.start, a.end, u.hit.how)) for f in fixed)
            sense = Sense(f"{s_.key}-{s_.key}", _combine(s_.template, "-", s_.template, False), (), money=s_.money,
                          per_share=s_.per_share, about=f"{s_.about}, change between two periods", percent=s_.percent)
            ctx.uses.append(Use(Hit(sense, a.start, a.end, "arith"), parts=(x, "-", y, False)))
        else:
            ctx.uses.append(Use(u.hit, times[-1], a))
            ctx.uses[-1].growth_pair = (lo, hi)  # type: ignore[attr-defined]
        ctx.take(a)
        _take_plus(ctx, max(times[-1].end, u.hit.end), a.start)
        for x in ctx.atoms:  # "the percentage change between the two": the two periods just listed
            if x.kind == "ref" and re.fullmatch(r"\s*", ctx.text[a.end:x.start]):
                ctx.take(x)


def _same_again(ctx: Ctx) -> None:
    """"X's sales and net income for FY2024, together with the same two figures for fiscal 2023", "and the same for
    FY2022": every measure asked before the words, at that period too (as "in FY2024 and FY2023" would give)."""
    for a in ctx.atoms:
        if a.kind != "same" or id(a) in ctx.used_atoms:
            continue
        after = re.match(r"\s*(?:for|in|at|of|over|during)\s+", ctx.text[a.end:])
        # (the period's mention may hold the preposition: "the same for last year", round 24; it was refused)
        m = next((x for x in ctx.time.mentions if after and a.end <= x.start <= a.end + after.end()
                  and id(x) not in ctx.used_times and not any(u.time is x for u in leaves(ctx.uses))), None)
        said = [u for u in ctx.uses if u.hit.end <= a.start]
        if m is None or not said or any(u.func is not None or u.parts is not None or u.time is None
                                        or not _fits(u, m.value) for u in said):
            continue  # left over: refused, naming the words
        for u in said:
            u.extra_times = [*(u.extra_times or [u.time]), m]
        ctx.used_times.add(id(m))
        ctx.take(a)


def _versus_now(ctx: Ctx) -> None:
    """"P/E of X vs 1 year ago", "the price compared with a year ago": one period set against an unnamed one is
    against now (D0, or the latest fiscal year): both values, now first."""
    for u in leaves(ctx.uses):
        m = u.time
        if m is None or u.func is not None or u.extra_times or m.start < u.hit.end:
            continue
        # ("the share price vs where it was at the end of 2023": the price then, against today's; it was the price then
        # alone, a wrong answer)
        if not re.search(r"(?:\bvs\.?|\bversus|\bcompared (?:with|to)|\bagainst)\s+(?:(?:where|what)\s+(?:it|they)\s+"
                         r"(?:was|were|stood|traded|closed)\s+(?:at\s+|on\s+|in\s+)?)?$", ctx.text[:m.start]) or any(
                x is not m and x.end <= m.start and u.hit.end <= x.start for x in ctx.time.mentions):
            continue
        owner = re.match(r"(?:'s|')\s+", ctx.text[m.end:])
        other = next((x for x in leaves(ctx.uses) if owner and x.hit.start == m.end + owner.end()
                      and x.hit.sense.key != u.hit.sense.key), None)
        if other is not None:
            # (round 24) "X's debt compared to (with, vs) the prior year's equity": the period is the other measure's
            # own; the first took it too and was shown now and then, beside the other (a wrong answer); their ratio,
            # or the two side by side, is not said
            raise Refusal("a measure set against another measure's figure of another period",
                          [ctx.text[u.hit.start:other.hit.end]])
        now = Mention(m.start, m.start, TimeValue("now"))
        if _fits(u, now.value) and render(Use(u.hit, now), ctx) != render(Use(u.hit, m), ctx):
            u.extra_times = [now, m]


# "how much more did X earn in FY2024 than in FY2023", "how many times bigger was X's revenue in FY2024 than in FY2019",
# "by what percentage was X's revenue higher in 2024 than in 2023", "how much is X's FY2025 consensus EPS above its
# FY2024 EPS": the size of a comparison between two values of the named companies (one measure at two periods, or two
# measures), as arithmetic: a difference, a multiple, or a percentage (growth) of the second value
_HOW_MUCH = re.compile(r"\b(?:how\s+(?P<much>much)|how\s+many\s+(?P<times>times)|(?:what|how\s+many)\s+(?P<pct>"
                       r"percent(?:age)?(?:\s+points?)?|%|per\s+cent))\b")
_UP_WORDS = re.compile(r"more|higher|larger|bigger|greater|above|over|exceed\w*|more than|higher than|larger than|"
                       r"bigger than|greater than|in excess of")
_DOWN_WORDS = re.compile(r"less|lower|smaller|fewer|below|under|less than|lower than|smaller than|fewer than")
_THAN = re.compile(r"\s*(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:it|they|the company|the companies)\s+"
                   r"(?:did|had|was|were|made|earned|reported|posted|paid)\s+)?((?:(?:in|during|for|at|over|the)\s+)*)")


def _how_much_than(ctx: Ctx) -> None:
    """The size of a comparison asked with "how much (many times, what percentage) ... than" of named companies."""
    if not ctx.ents.tickers:
        return
    for hm in _HOW_MUCH.finditer(ctx.text):
        # the comparison word: the first comparative or comparison after the question words, in the same sentence
        cmp = next((a for a in ctx.atoms if a.start >= hm.end() and id(a) not in ctx.used_atoms
                    and a.kind in ("comparative", "cmp") and not a.extra
                    and not re.search(r"[?.;]", ctx.text[hm.end():a.start])), None)
        if cmp is None:
            continue
        word = ctx.text[cmp.start:cmp.end]
        up = bool(_UP_WORDS.fullmatch(word))
        if not up and not _DOWN_WORDS.fullmatch(word):
            continue
        if hm.group("pct") and "point" in hm.group("pct"):
            continue  # a change of a ratio in points is read by the change words
        uses = [u for u in ctx.uses if u.hit.start >= hm.end() and not re.search(r"[?.;]", ctx.text[hm.end():u.hit.start])]
        before = [u for u in uses if u.hit.end <= cmp.start]
        after = [u for u in uses if u.hit.start >= cmp.end]
        x = y = None
        than_at = None
        if cmp.kind == "cmp" and not word.endswith("than") and before and after \
                and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?(?:'s\s*)?", _blank_words(ctx, cmp.end, after[0].hit.start)):
            x, y = before[-1], after[0]  # "how much is A above B": two values on either side of the comparison
            than_at = cmp.end
        if x is None:
            # "... than (in) FY2023": one measure at a second period; "... than its free cash flow": a second measure
            m_than = None
            for t in re.finditer(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\b", ctx.text[cmp.start:]):
                m_than = cmp.start + t.start()
                break
            if m_than is None:
                continue
            if word.endswith("than"):
                m_than = cmp.end - 4
            lead = [u for u in uses if u.hit.end <= m_than]
            tail = [u for u in uses if u.hit.start >= m_than]
            if len(lead) != 1:
                continue
            u = lead[0]
            th = _THAN.match(ctx.text, m_than)
            if th is None:
                continue
            lo, hi = th.start(1), th.end()
            m2 = next((m for m in ctx.time.mentions if lo <= m.start <= hi and m is not u.time), None)
            if m2 is not None and u.time is not None and _fits(u, m2.value) and not any(
                    v.time is m2 for v in leaves(ctx.uses) if v is not u):
                x, y = u, Use(u.hit, m2, u.func)
                than_at = m2.end
                ctx.used_times.add(id(m2))
            elif tail and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?(?:'s\s*)?",
                                       _blank_words(ctx, th.end(), tail[0].hit.start)):
                x, y = u, tail[0]
                than_at = tail[0].hit.end
            else:
                # "how much bigger was A's revenue than B's": another company's figure is another row; FinQL cannot
                # subtract rows, so both figures are shown, ranked by the comparison (as "is A's X higher than B's")
                rest = re.sub(r"^(?:that|those|the one)\s+of\s+", "", ctx.text[th.end():])
                at = len(ctx.text) - len(rest)
                if len(ctx.ents.tickers) >= 2 and any(at <= p_ <= at + 1 for p_ in ctx.ents.ticker_pos.values()):
                    ctx.across = cmp
                    ctx.take(cmp)
                    for a in ctx.atoms:
                        if a.kind == "arith" and hm.start() <= a.start < hm.end() + 1:
                            ctx.take(a)
                    return
                continue
        if x is None or y is None or x.parts or y.parts or not x.hit.sense.kinds or not y.hit.sense.kinds:
            continue
        if x.hit.sense.per_share != y.hit.sense.per_share and (x.hit.sense.money and y.hit.sense.money):
            raise Refusal("a per-share amount compared with a company total", [ctx.text[cmp.start:cmp.end]])
        # "by how much ... higher than ..., in percent", "how much, in percent, ...": the unit said in the same sentence
        # makes "how much" the percentage (round 26; the cue was left unread, refused)
        pct = None if hm.group("times") or hm.group("pct") else next(
            (a for a in ctx.atoms if a.kind == "pctcue" and id(a) not in ctx.used_atoms
             and not re.search(r"[?.;]", ctx.text[min(hm.end(), a.end):max(hm.end(), a.start)])), None)
        if hm.group("times"):
            if not up:
                continue
            op, left, right = "/", x, y
        elif hm.group("pct") or pct is not None:
            if not up:
                continue
            op, left, right = "g", y, x
            if pct is not None:
                ctx.take(pct)
        else:
            op, left, right = ("-", x, y) if up else ("-", y, x)
        t1, t2 = left.hit.sense.template, right.hit.sense.template
        sense = Sense(f"{left.hit.sense.key}{op}{right.hit.sense.key}", _combine(t1, op, t2, False), (),
                      money=x.hit.sense.money and op == "-", per_share=x.hit.sense.per_share and op == "-",
                      about=f"{x.hit.sense.about} compared", percent=op == "g")
        start = min(x.hit.start, y.hit.start, cmp.start)
        merged = Use(Hit(sense, start, max(x.hit.end, y.hit.end, cmp.end, than_at or 0), "arith"),
                     parts=(left, op, right, False))
        ctx.uses = sorted([v for v in ctx.uses if v is not x and v is not y] + [merged], key=lambda v: v.hit.start)
        ctx.take(cmp)
        for a in ctx.atoms:  # "how many times": the "times" of the question, no product
            if a.kind == "arith" and hm.start() <= a.start < hm.end() + 1:
                ctx.take(a)
        return


def _minus_a_period(ctx: Ctx) -> None:
    """"consensus EPS for 2026 minus 2025", "FY2024 sales less FY2023": a period alone after "minus" / "less" is the same
    measure at that period (as a period after a comparison is, round 6)."""
    for a in [a for a in ctx.atoms if a.kind == "arith" and a.value == "-" and id(a) not in ctx.used_atoms]:
        left = [u for u in ctx.uses if u.hit.end <= a.start]
        if not left or left[-1].parts or left[-1].time is None:
            continue
        x = left[-1]
        m = next((m for m in ctx.time.mentions if m.start >= a.end and id(m) not in ctx.used_times
                  and re.fullmatch(r"\s*(?:(?:the|fiscal|fiscal year|fy)\s+)?", ctx.text[a.end:m.start])), None)
        if m is None or not _fits(x, m.value) or any(
                u.hit.start >= a.end and re.fullmatch(r"[\s\w'-]*", ctx.text[m.end:u.hit.start] if u.hit.start >= m.end
                                                      else "") and u.hit.start - m.end < 4 for u in ctx.uses) \
                or any(a.end <= u.hit.start < m.start for u in ctx.uses):
            continue  # ("minus 2023 debt": the period of the measure right after it)
        if any(n is not x.time and x.hit.end <= n.start and n.end <= a.start for n in ctx.time.mentions):
            # (round 38, r38) "sales in 2021, and (how about) 2023 minus 2021": another period said between the measure's
            # own and the "minus" is the left side (it was the measure's 2021 minus 2021, the 2023 dropped: a wrong
            # answer); left unread, refused
            continue
        if x.func is not None and x.func.value in ("GROWTH", "CAGR"):
            # (round 31) "net income qoq: FQ0 minus FQ-1", "sales growth FY2024 minus FY2023": a growth said once before
            # a period minus a period is the change defined as that difference, or each period's growth subtracted; it
            # was the second, a wrong answer where the asker meant the first
            raise Refusal("a growth said once before a difference of two periods: the difference itself, or each "
                          "period's growth subtracted", [ctx.text[x.func.start:x.func.end], ctx.text[a.start:a.end]])
        y = Use(x.hit, m, x.func)
        t = x.hit.sense.template
        sense = Sense(f"{x.hit.sense.key}-{x.hit.sense.key}", _combine(t, "-", t, False), (), money=x.hit.sense.money,
                      per_share=x.hit.sense.per_share, about=f"{x.hit.sense.about}, difference between two periods",
                      percent=x.hit.sense.percent)
        merged = Use(Hit(sense, x.hit.start, m.end, "arith"), parts=(x, "-", y, False))
        ctx.uses = sorted([v for v in ctx.uses if v is not x] + [merged], key=lambda v: v.hit.start)
        ctx.used_times.add(id(m))
        ctx.take(a)


def _difference_of_periods(ctx: Ctx) -> None:
    """"The difference between X's FY2024 and FY2023 free cash flow", "the difference in X's sales between fiscal 2024
    and fiscal 2023": one measure at the two periods named, the first minus the second. Written earlier period first,
    the sign reads two ways (the later minus the earlier, or as written): refused, naming the words."""
    for a in [a for a in ctx.atoms if a.kind == "arith_diff" and a.value == "-" and id(a) not in ctx.used_atoms]:
        right = [u for u in ctx.uses if u.hit.start >= a.end and not re.search(r"[?.;]", ctx.text[a.end:u.hit.start])]
        if len(right) != 1 or right[0].parts or right[0].func is not None or not right[0].hit.sense.kinds:
            continue
        u = right[0]
        times = u.extra_times or ([u.time] if u.time is not None else [])
        periods = [p for m in times for p in (m.value.fiscal_periods() or [])] if u.hit.sense.is_fund else []
        named = [p_ for p_ in ctx.ents.ticker_pos.values() if a.end <= p_ < u.hit.start]
        if len(named) >= 2 and len(periods) < 2 and len(ctx.ents.tickers) == len(named):
            # "the difference between A's and B's profit": FinQL cannot subtract one company's row from another's;
            # both figures are shown (the difference follows from them), as for "how much bigger was A's than B's"
            ctx.take(a)
            continue
        # ("the difference between X's debt last quarter and the quarter before last", "... last year and two years
        # ago": relative periods are fiscal periods as named ones are, SPEC 5)
        if len(periods) != 2 or len(set(periods)) != 2 or any(m.start < a.end for m in times) \
                or not all(m.value.kind in ("years", "year", "quarter", "quarters", "fylabel", "fqrel", "yearsago")
                           for m in times) \
                or len({p_.startswith("FQ") for p_ in periods}) > 1:
            continue  # (a quarter and a year are no two values of one figure to subtract)
        if period_order(periods[0]) < period_order(periods[1]):
            raise Refusal("a difference between an earlier and a later period, whose sign reads two ways (the change, "
                          "or the first minus the second)", [ctx.text[a.start:a.end]]
                          + [ctx.text[m.start:m.end] for m in times])
        fixed = [Sense(u.hit.sense.key, u.hit.sense.template.format(F=p), (), money=u.hit.sense.money,
                       per_share=u.hit.sense.per_share, about=u.hit.sense.about, percent=u.hit.sense.percent)
                 for p in periods]  # each side at its own period, written out
        x, y = Use(Hit(fixed[0], u.hit.start, u.hit.end, u.hit.how)), Use(Hit(fixed[1], u.hit.start, u.hit.end, u.hit.how))
        t = u.hit.sense.template
        sense = Sense(f"{u.hit.sense.key}-{u.hit.sense.key}", _combine(t, "-", t, False), (), money=u.hit.sense.money,
                      per_share=u.hit.sense.per_share, about=f"{u.hit.sense.about}, difference between two periods",
                      percent=u.hit.sense.percent)
        merged = Use(Hit(sense, min(a.start, u.hit.start), u.hit.end, "arith"), parts=(x, "-", y, False))
        ctx.uses = sorted([v for v in ctx.uses if v is not u] + [merged], key=lambda v: v.hit.start)
        for m in times:
            ctx.used_times.add(id(m))
            for b in ctx.atoms:
                if b.kind in ("diff_between", "cmp_between") and re.fullmatch(r"\s*", ctx.text[b.end:m.start]):
                    ctx.take(b)
        ctx.take(a)


# "..., and the lowest", "as well as the bottom 5": the other end said after one (an extreme, or a ranking's)
# ("and five worst", "and half a dozen worst": the other end's count said before it)
_OTHER_END = re.compile(r"(?:,\s*|\s)(?:and|&|plus|as well as|along with|together with)\s+(?:also\s+)?(?:the\s+)?"
                        r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+)?$")


# (round 39, f39n) "which automaker has the lowest close in 2023", "which banks hit the highest closing price last
# year": the question's subject, a set, asked which of its companies has the extreme (``pipeline`` ranks by it)
EXTREME_VERBS = r"has|had|have|hit|hits|reached|reaches|set|sets|recorded|records|posted|posts|saw|sees|touched|touches|" \
    r"(?:traded|trades|closed|closes)\s+at"  # (round 41, r41: "which utility traded at the highest share price in 2023"
# listed every utility's high, unranked, a wrong answer)
WHICH_HAS = re.compile(r"\bwhich\b[^;:.?!]{0,80}?\s(?P<v>" + EXTREME_VERBS + r")\s+(?:the\s+)?$")
# (round 39, f39a) two extremes said together ("highest and lowest", "the high and the low")
_COORDINATED = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
# the dash or colon between a price and its extremes said after it ("share price - the highest and lowest")
_BOTH_AFTER = re.compile(r"\s*(?:-+|:)\s*(?:the\s+)?")


# (round 40, f40n and r40) which company has each end of one measure: "which utility has the highest and the lowest
# share price", "which bank had the highest and which the lowest close", "which had the lowest and the highest P/E"
_EXTREME_WORDS = r"(?:highest|lowest|largest|smallest|biggest|best|worst|most|least|top|bottom)"
_WHICH_BOTH_ENDS = re.compile(r"\bwhich\b[^;:.?!]{0,80}?\s(?:" + EXTREME_VERBS + r")\s+(?:both\s+)?(?:the\s+)?(?P<e1>" + _EXTREME_WORDS
                              + r")\b[^;:.?!]{0,40}?\s*(?:,\s*)?(?:and|&|or|as\s+well\s+as)\s+(?:also\s+)?"
                              r"(?:which\s+(?:one\s+)?)?(?:the\s+)?(?P<e2>" + _EXTREME_WORDS + r")\b")


def _which_has_both(ctx: Ctx) -> None:
    """"Which utility has the highest and the lowest share price in 2024?", "which bank had the highest and which the
    lowest share price": the companies at both ends of one ranking, two rankings (one SORT keeps one end); it listed
    both extremes of every utility unranked, or sorted the lows from the highest, TOP 1. Refused, naming both ends
    with the measure said after them ("the utilities' highest and lowest share price in 2024", no "which", stays two
    columns)."""
    both = _WHICH_BOTH_ENDS.search(ctx.text)
    if both is None:
        return
    end = max((u.hit.end for u in ctx.uses if u.hit.start <= both.start("e2") < u.hit.end), default=both.end())
    def measure_of(e: str) -> Use | None:
        # the measure the extreme word is said of: its own name ("highest close"), or the name right after it
        pos = both.end(e)
        return next((u for u in sorted(leaves(ctx.uses), key=lambda u: u.hit.start)
                     if u.hit.start <= both.start(e) < u.hit.end or u.hit.start >= pos
                     and re.fullmatch(r"\s*(?:(?:closing|share|stock)\s+)?", ctx.text[pos:u.hit.start])), None)

    first, second = measure_of("e1"), measure_of("e2")
    def key(u: Use) -> str:  # (the high, the low and the price are one measure's ends: the close)
        return "close" if u.hit.sense.key in ("high", "low", "price") else u.hit.sense.key

    if first is not None and second is not None and key(first) != key(second):
        # (round 43, f43n) "which company had both the highest close and the highest P/E", "the highest sales and
        # the lowest P/E": an end of each of two measures, two rankings (a SORT has one key); the message named both
        # ends of one ranking, which was not asked
        raise Refusal("an end of two rankings at once, by two measures: FinQL sorts by one key and keeps the first "
                      "rows of that order", [ctx.text[both.start("e1"):second.hit.end]])
    raise Refusal("both ends of a ranking: FinQL sorts one way and keeps the first rows of that order",
                  [ctx.text[both.start("e1"):end]])


def _extremes(ctx: Ctx, named: bool) -> None:
    """"the highest price GOLD traded at in 2023", "the lowest X has closed at": P_HIGH / P_LOW."""
    _which_has_both(ctx)
    if not named:
        return
    for u in list(ctx.uses):
        if u.hit.sense.key in ("high", "low"):
            # "the highest and the lowest closing prices": the other extreme coordinated with the one named
            other = "low" if u.hit.sense.key == "high" else "high"
            for a in ctx.atoms:
                if a.kind == "rank" and id(a) not in ctx.used_atoms and a.value == ("ASC" if other == "low" else "DESC") \
                        and re.fullmatch(r"\s*(?:and|&|,|as well as)\s+(?:the\s+)?", ctx.text[a.end:u.hit.start]):
                    ctx.uses.append(Use(Hit(BY_KEY[other], a.start, u.hit.end, u.hit.how), u.time))
                    ctx.uses.sort(key=lambda x: x.hit.start)
                    ctx.take(a)
                    break
            continue
        if u.hit.sense.key != "price":
            continue
        near = [a for a in ctx.atoms if a.kind == "rank" and abs(a.end - u.hit.start) <= 30 or
                a.kind == "rank" and 0 <= a.start - u.hit.end <= 5]
        # (round 39, f39a) "X share price - the highest and lowest it's been", "X share price: highest and lowest in
        # 2024": both extremes said after the price, set off by a dash or a colon (never a comma: "banks by share
        # price, the highest first" ranks)
        near += [a for a in ctx.atoms if a.kind == "rank" and a not in near and _BOTH_AFTER.fullmatch(
            ctx.text, u.hit.end, a.start) and any(b.kind == "rank" and b.value != a.value and _COORDINATED.fullmatch(
                ctx.text, a.end, b.start) for b in ctx.atoms)]
        # "the highest and (the) lowest closing prices": both extremes, one item each
        pair = [a for a in near if a.end <= u.hit.start]
        # (round 39, f39a) "Highest and lowest X share price during 2024": the first extreme is coordinated with the
        # one next to the price, the company's name between them and the price
        if len(pair) == 1:
            pair = [b for b in ctx.atoms if b.kind == "rank" and id(b) not in ctx.used_atoms and b.value != pair[0].value
                    and b.end <= pair[0].start and _COORDINATED.fullmatch(ctx.text, b.end, pair[0].start)][-1:] + pair
        if len(pair) >= 2 and pair[-2].value != pair[-1].value \
                and re.fullmatch(r"\s+(?:and|or|&)\s+(?:the\s+)?", ctx.text[pair[-2].end:pair[-1].start]):
            other = Use(Hit(BY_KEY["high" if pair[-2].value == "DESC" else "low"], pair[-2].start, pair[-2].end, u.hit.how),
                        u.time)
            ctx.take(pair[-2])
            ctx.uses.append(other)
            ctx.uses.sort(key=lambda x: x.hit.start)
            near = [pair[-1]]
            if other.time is not None and not _fits(other, other.time.value):
                other.time = None
        if near:
            key = "high" if near[0].value == "DESC" else "low"
            u.hit = Hit(BY_KEY[key], u.hit.start, u.hit.end, u.hit.how)
            ctx.take(near[0])
            both = [b for b in near[1:] if b.value != near[0].value and re.fullmatch(
                r"\s*(?:and|&|,|as well as)\s+(?:the\s+)?", ctx.text[near[0].end:b.start])]
            # (round 39, f39a) "highest and lowest", the second beyond the window of those near the price
            both = both or [b for b in ctx.atoms if b.kind == "rank" and id(b) not in ctx.used_atoms and b.start > near[0].end
                            and b.value != near[0].value and _COORDINATED.fullmatch(ctx.text, near[0].end, b.start)]
            # "what's the highest X closed over the past year, and the lowest?": the other extreme said last, alone
            both = both or [b for b in ctx.atoms if b.kind == "rank" and id(b) not in ctx.used_atoms
                            and b.start > u.hit.end and b.value != near[0].value and _OTHER_END.search(ctx.text, 0, b.start)
                            and re.fullmatch(r"\s*(?:one|level|close|closing price|price)?\s*[?.!]*\s*", ctx.text[b.end:])]
            if both:  # "the highest and the lowest closing prices": both extremes, each an item
                other = "low" if key == "high" else "high"
                ctx.uses.append(Use(Hit(BY_KEY[other], u.hit.start, u.hit.end, u.hit.how)))
                ctx.take(both[0])
            if both or u.time is None or not _fits(u, u.time.value):
                u.time = None
                ctx.used_times = {x for x in ctx.used_times if not any(id(m) == x for m in ctx.time.mentions)}
                _bind_times(ctx)


# "down from its 52-week high", "below the all-time high", "off its 2024 low", "above their lows": the close set
# against a high or low (the words between are the high's own period, "its", "the")
# ("distance from 52w high": after a word of the move, the determiner may be left out, as shorthand does)
_FROM_EXTREME = re.compile(r"\b(?:(?:down|off|below|under|beneath|above|up|over|fallen|dropped|declined|slipped|slid|"
                           r"risen|rallied|recovered|bounced|drop|fall|decline|rise|gain|distance|discount|premium|"
                           r"change|changed|move|moved)\s+"
                           r"(?:from|off|below|under|beneath|above|over|to)\s+(?:(?:its|their|the)\s+)?|"
                           r"(?:from|off|below|under|beneath|above|over|to)\s+(?:its|their|the)\s+)(?:[\w'-]+\s+){0,3}$")
# "... from its 2023 high to today's price (to now, to the current close)": the move's end said, today
# ((round 45, f45n) "to its latest close", "to their current price": the same end, said with a possessive; the close
# was a column of its own beside the distance)
_TO_NOW = re.compile(r"\s*(?:to|until|till)\s+(?:(?:today|now)(?:'s)?|(?:the|its|their)\s+(?:current|latest)|current|latest)"
                     r"(?:\s+(?:share\s+|stock\s+)?(?:price|close|closing\s+price|level))?\b")
# (round 45, lead merging r45 and f45n) the move's end said as today, "... from their 2024 high (close) to today's
# price (to now)": no period of the move's own besides the high's (r45's refusal), the end f45n reads
_ENDS_TODAY_SAID = re.compile(r"\b(?:to|until|till)\s+(?:today|now)$")
# (round 45, f45n) "... from its 2024 high to (until) ...": the move's other end said after the extreme
_TO_ANOTHER_DAY = re.compile(r"\s*(?:to|until|till|through|thru)\s+(?:(?:the|its|their)\s+)?")
# (round 26) a superlative of the distance right before it: "which bank is down the most from its 52-week high", "the
# most below its 2024 high", "furthest above its low" (the extreme itself was ranked: the highest high, a wrong answer)
_MOST_FROM = re.compile(r"\b(?:(?:the\s+)?(?:most|least)\s+(?:(?:down|off|up)\s+)?|(?:down|off|up|fallen|dropped|fell|declined|"
                        r"slipped|slid|risen|rose|rallied|recovered|bounced)\s+(?:the\s+)?(?:most|least)\s+)$")
_MAGNITUDE = re.compile(r"\bhow (?:much|far)\b|\bdistance\b|\bwhat (?:percent(?:age)?|%)|\bpercent(?:age)?\b|%|\bhow many percent")


# ("within 5% of 2024 high": the determiner may be left out, as notes and screens do)
_WITHIN = re.compile(r"\bwithin\s+(?=[\d.]+\s*(?:%|percent\b|per\s+cent\b)\s*of\s+(?:(?:its|their|the)\s+)?\w)")


def _dated_price_before(ctx: Ctx, u: Use) -> None:
    """(round 27) "banks whose price on June 28, 2024 was within 5% of (more than 10% below) their 52-week high": the
    distance from a span's high counted back from today is the close of today's (``P_PRICE(D0)``), and the close said
    on another day was a column beside it (a wrong answer); refused, naming both (``_span_beside_a_date``)."""
    dated = [x for x in ctx.uses if x.hit.sense.key == "price" and x is not u and x.time is not None
             and x.time.value.kind == "date"]
    if dated and u.time is not None:
        raise Refusal("a distance from a high or low to today beside a price on another day (today's close, or "
                      "that day's?)", [ctx.text[u.time.start:u.time.end].strip(),
                                                 ctx.text[dated[0].time.start:dated[0].time.end].strip()])  # type: ignore[union-attr]


# (round 47, f47t) the close said, then "at" its own high or low: "stocks that closed (on the latest trading day) at
# their highest close of the last 60 trading days", "closing today at their lowest close since 2024-06-01"
_AT_ITS = re.compile(r"\s+at\s+(?:its|their|the)\s+(?:own\s+)?$")
_CLOSE_AT = re.compile(r"(?:closed|closes|close|closing|finished|ended|settled)(?:\s+at)?")


def _closed_at_extreme(ctx: Ctx) -> None:
    """"Which NX100 stocks closed on the latest trading day at their highest close of the last 60 trading days": today's
    close at the top (bottom) of a range that ends today, ``P_PRICE(D0) >= P_HIGH(d1, D0)`` (a low: ``<=``), written as
    the distance from the high at least 0 as "within 5% of" writes it. The close was a column beside the high and "at"
    dropped (a wrong answer). Only a range that ends today ("at their 2023 high": that year's close, or today's?), and
    only the close said by a verb of closing (the vaguer "at a 20-day high" stays refused, ``_AT_AN_EXTREME``)."""
    for u in list(ctx.uses):
        key = u.hit.sense.key
        if key not in ("high", "low") or u.parts or u.func is not None or u.time is None:
            continue
        price = max((x for x in ctx.uses if x.hit.end <= u.hit.start), key=lambda x: x.hit.end, default=None)
        if price is None or price.hit.sense.key != "price" or price.parts or price.func is not None \
                or not _CLOSE_AT.fullmatch(ctx.text[price.hit.start:price.hit.end].lower()):
            continue
        gap = _blank_periods(ctx, price.hit.end, u.hit.start)
        said_at = ctx.text[price.hit.start:price.hit.end].lower().endswith(" at")
        at = re.search(r"\s+(?:its|their|the)\s+(?:own\s+)?$", gap) if said_at else _AT_ITS.search(gap)
        if at is None or gap[:at.start()].strip() or any(price.hit.end <= x.start < u.hit.start for x in ctx.atoms):
            continue
        end = u.time.value.spans("hilo")
        if price.time is not None and price.time.value.point() != "D0" or not end or len(end) != 1 or end[0][1] != "D0":
            # "closed on 2024-06-28 at their highest close of the last 60 trading days", "closed at their highest close
            # of 2023": a close on another day than the range's last (the close and the high were two columns, "at"
            # dropped: a wrong answer)
            raise Refusal("a close at a high or low of a range that does not end on that close's day",
                          [ctx.text[price.hit.start:u.hit.end]])
        if said_at:
            at = re.search(r"\s+at$", ctx.text[price.hit.start:price.hit.end])
            gap = ctx.text[price.hit.start:price.hit.end]
            s0 = price.hit.start + at.start()  # type: ignore[union-attr]
            ctx.atoms.append(Atom("cmp", s0, s0 + 1, ">=" if key == "high" else "<=", False))
            ctx.atoms.append(Atom("num", s0 + 1, price.hit.end, (0, None, None)))
            u.hit = Hit(FROM_EXTREME[key], price.hit.start, s0, u.hit.how, u.hit.score)
            ctx.uses.remove(price)
            if price.time is not None:
                ctx.used_times.add(id(price.time))
            ctx.atoms.sort(key=lambda a: a.start)
            ctx.uses.sort(key=lambda x: x.hit.start)
            continue
        s0 = price.hit.end + at.start()
        u.hit = Hit(FROM_EXTREME[key], price.hit.start, price.hit.end, u.hit.how, u.hit.score)
        ctx.uses.remove(price)
        if price.time is not None:
            ctx.used_times.add(id(price.time))
        ctx.atoms.append(Atom("cmp", s0, s0 + 3, ">=" if key == "high" else "<=", False))
        ctx.atoms.append(Atom("num", s0 + 3, price.hit.end + at.end(), (0, None, None)))
        ctx.atoms.sort(key=lambda a: a.start)
        ctx.uses.sort(key=lambda x: x.hit.start)


def _within_extreme(ctx: Ctx) -> None:
    """"Stocks trading within 5% of their 52-week high": the close at the end of the high's range at least 95% of the
    high (``(P_PRICE(d2) / P_HIGH(d1, d2) - 1) * 100 >= -5``; within 5% of a low: at most 5% above it)."""
    for m in _WITHIN.finditer(ctx.text):
        num = next((a for a in ctx.atoms if a.kind == "num" and a.start >= m.end() and id(a) not in ctx.used_atoms), None)
        if num is None or num.start != m.end() or num.value[1] not in _PCT_UNITS:
            continue
        u = next((x for x in ctx.uses if x.hit.start > num.end and not x.parts and x.func is None), None)
        if u is None or u.hit.sense.key not in FROM_EXTREME or not re.fullmatch(
                r"\s*(?:%|percent|per\s+cent)?\s*of\s+(?:(?:its|their|the)\s+)?[\w' -]*", ctx.text[num.end:u.hit.start]) \
                or any(x.kind not in ("num",) and num.end <= x.start < u.hit.start and id(x) not in ctx.used_atoms
                       for x in ctx.atoms):
            continue
        end = u.time.value.spans("hilo") if u.time is not None else None
        if not end or not _ends_today(end[0]):
            continue  # within 5% of a past high: at that period's end, or today? left to the refusal
        _dated_price_before(ctx, u)
        high = u.hit.sense.key == "high"
        u.hit = Hit(_to_today(FROM_EXTREME[u.hit.sense.key], end[0]), m.start(), m.start() + 1, u.hit.how, u.hit.score)
        ctx.atoms.append(Atom("cmp", m.start() + 1, m.end(), ">=" if high else "<=", False))
        ctx.atoms.remove(num)
        ctx.atoms.append(Atom("num", num.start, num.end, ((-1 if high else 1) * num.value[0], None, None)))
        ctx.atoms.sort(key=lambda a: a.start)


# (round 31) a superlative of smallness before a noun of change that says no direction ("the smallest change (move,
# swing) in X"): the change nearest zero; "the smallest increase", "the least growth" say a direction (ASC)
_NEAREST_ZERO = re.compile(r"(?:the\s+)?(?:smallest|least|slightest|tiniest)")
_UNSIGNED_CHANGE = re.compile(r"\s+(?:(?!(?:and|or|by|in|of|to|from)\s)[\w/'-]+\s+){0,2}?(?:changes?|moves?|movements?|swings?|"
                          r"shifts?|variations?)\b")


# ... or said by a verb of change without a direction: "whose headcount changed (moved) the least"
# (round 32, r32: and with the measure said between, "which banks changed their dividend per share the least", which
# was the largest cut first, a wrong answer; never a direction said between, "moved up the least")
# (round 33, r33: and the measure said after "in", "which banks changed in price the least in 2023": it was the largest
# fall first, a wrong answer)
_CHANGED = re.compile(r"\b(?:changed|moved|shifted|swung|varied)\s+(?:in\s+)?(?:(?:its|their|the)\s+)?"
                      r"(?:(?!(?:up|down|higher|lower|and|or|but|by|in|of|from|to|since|over|during)\b)[\w/'.-]+\s+){0,4}?"
                      r"(?:by\s+)?(?:the\s+)?$")


def _wrapped(expr: str) -> str:
    """An expression as one operand of a product (in parentheses where it is a sum or a difference)."""
    return f"({expr})" if re.search(r" [-+] ", expr) else expr


def _ends_today(rng: tuple[str, str]) -> bool:
    """A high's or a low's range that ends at D0, written D0 or as its date (a calendar period ending on D0's own day,
    "the 2024 high", SPEC 5): the distance from it is today's."""
    return rng[1] in ("D0", LAST_DAY.isoformat())


def _to_today(sense: Sense, rng: tuple[str, str]) -> Sense:
    """The distance from a high or low whose range ends on D0's date is from today's close (``P_PRICE(D0)``, the
    same close, as the price is said: "how far below its 2024 high is X trading")."""
    return sense if rng[1] == "D0" else replace(sense, template=sense.template.replace("P_PRICE({B})", "P_PRICE(D0)"))


_BEYOND = {"high": r"below|off|under|beneath|down\s+from", "low": r"above|over|up\s+from"}
_NEGATED_OP = {">": "<", ">=": "<=", "<": ">", "<=": ">="}
# the moves away from a high (down) and from a low (up) said before a bound ("fallen more than 10% from their high")
_FALLEN = MOVE_DOWN + "|fallen|slipped|slid|off"
_RISEN = MOVE_UP + "|risen|recovered|bounced"


def _beyond_extreme(ctx: Ctx) -> None:
    """"Stocks more than 20% below (off) their 52-week high", "at least 50% above their 52-week low": the distance
    from the extreme, in percent, as "how far below its 52-week high" reads it (``_from_extremes``), compared with
    the number: ``(P_PRICE(d2) / P_HIGH(d1, d2) - 1) * 100 < -20`` (the threshold was left over and refused)."""
    for a in [a for a in ctx.atoms if a.kind == "cmp" and not a.extra and a.value in _NEGATED_OP
              and id(a) not in ctx.used_atoms]:
        num = next((x for x in ctx.atoms if x.start >= a.end), None)
        if num is None or num.kind != "num" or num.value[1] not in _PCT_UNITS \
                or not re.fullmatch(r"\s*", ctx.text[a.end:num.start]) or id(num) in ctx.used_atoms:
            continue
        u = next((x for x in ctx.uses if x.hit.start >= num.end), None)
        # (``_from_extremes`` has read "below their 52-week high" after a percentage as the distance already)
        key = u.hit.sense.key.removeprefix("from_") if u is not None else ""
        if u is None or u.parts or u.func is not None or key not in FROM_EXTREME:
            continue
        # (round 35) "a highest close of the last 120 trading days more than 20% above the lowest close": the
        # subject compared is another high or low said right before, not today's close (read as today's distance
        # from the low, the high a column beside: a wrong answer); left to the comparison of the two measures
        subj = max((x for x in ctx.uses if x.hit.end <= a.start), key=lambda x: x.hit.end, default=None)
        if subj is not None and subj.hit.sense.key in ("high", "low") and not re.search(
                r"[;.?!]|\b(?:and|or|but|with|whose|while)\b", _blank(ctx, ctx.text[subj.hit.end:a.start], subj.hit.end)):
            continue
        beyond = _BEYOND[key]
        moved = re.search(rf"\b(?:{_FALLEN if key == 'high' else _RISEN})\s+(?:by\s+)?$", ctx.text[:a.start])
        if moved:
            # (round 44, f44p) "have fallen more than 10% from their 2024 high", "risen at least 30% from their lowest
            # close of 2024": a move of the bound's direction, then "from" the extreme, is the distance from it as
            # "more than 10% below" is (the bound was left over, refused)
            beyond += r"|from"
        word = re.fullmatch(rf"\s*(?:{beyond})\s+(?:(?:its|their|the)\s+)?\s*",
                            _blank(ctx, ctx.text[num.end:u.hit.start], num.end))
        inside = [x for x in ctx.atoms if num.end <= x.start < u.hit.start]
        if word is None or any(x.kind != "cmp" for x in inside):
            continue  # ("below", "over" are comparison words themselves: read here)
        end = u.time.value.spans("hilo") if u.time is not None else None
        if not end or not _ends_today(end[0]):
            continue  # more than 20% below a past high: at that period's end, or today? left to the refusal
        if moved and word is not None and "from" in word.group(0):
            # (round 45, r45) "have fallen more than 10% from their 2024 high within a month (since March, in 2024)":
            # a period said in the move's clause besides the high's own is the move's (a fall within a month, since
            # March?), which the distance from the high to today does not read (it took the later period for the
            # high's and read the fall again as a return below zero): refused, naming it
            stop = re.search(r"[,;.?!]|\b(?:and|or|but|whose|while|with)\b", ctx.text[u.hit.end:])
            clause_end = u.hit.end + stop.start() if stop else len(ctx.text)
            other = [m for m in ctx.time.mentions if m is not u.time and moved.start() <= m.start < clause_end
                     and not _ENDS_TODAY_SAID.search(ctx.text, 0, m.end)]  # (lead, merging f45n: the move's end)
            if other:
                raise Refusal("a move from a high or low with a period of its own besides the high's or low's",
                              [ctx.text[m.start:m.end].strip() for m in other])
        _dated_price_before(ctx, u)
        high = key == "high"
        u.hit = Hit(_to_today(FROM_EXTREME[key], end[0]), a.start, a.end, u.hit.how, u.hit.score)
        ctx.atoms = [x for x in ctx.atoms if x is not a and x is not num and x not in inside]
        ctx.atoms.append(Atom("cmp", num.start, num.end, _NEGATED_OP[a.value] if high else a.value, False))
        ctx.atoms.append(Atom("num", num.end + word.start(), num.end + word.end(),
                              ((-1 if high else 1) * num.value[0], None, None)))
        ctx.atoms.sort(key=lambda x: x.start)
        ctx.uses.sort(key=lambda x: x.hit.start)


# (round 47, f47w) "from its 2024 high to ...": the words from a price's extreme up to the "to" after it
_EXTREME_NOUNS = r"(?:high|highs|low|lows|peak|trough|top|bottom)"
_FROM_EXTREME_TO = re.compile(r"\bfrom\s+(?:(?:its|their|the)\s+)?(?:[\w'-]+\s+){0,3}?" + _EXTREME_NOUNS +
                              r"\s+(?:(?:of|in)\s+[\w-]+\s+)?(?:up\s+|down\s+)?to\s+")
# (round 48, r48) "from its 2024 high", "from the peak": a price's extreme a move is counted from, said with its
# determiner (never an order's "from top to bottom", "from high to low")
_FROM_AN_EXTREME = re.compile(r"\bfrom\s+(?:its|their|the)\s+(?:[\w'-]+\s+){0,3}?(?:high|highs|low|lows|peak|trough)\b")
# (round 48, f48x) the extreme said before the measure, the verb after it: "How far below its 52-week high is X's
# P/E?", "how much above their lows are ...", "How far off its peak was ..."
_AN_EXTREME_THEN = re.compile(r"\b(?:below|under|beneath|above|over|off|from)\s+(?:its|their|the)\s+(?:[\w'-]+\s+){0,3}?"
                              r"(?:high|highs|low|lows|peak|trough)\s+(?:is|are|was|were|has|have|had)\b")
# the words between a measure and such a "from": a verb of moving at most ("P/E fallen from", "yield from")
_MOVED_FROM = re.compile(r"\s*(?:(?:has|have|had|is|was|are|were)\s+)?(?:(?:fallen|fell|dropped|declined|slipped|slid|"
                         r"risen|rose|climbed|gained|lost|moved|recovered|come\s+(?:down|off|back)|changed)\s+)?")


def _from_extreme_to_another(ctx: Ctx) -> None:
    """(round 47, f47w) A move from a price's high or low to another measure than the price ("how much has X fallen
    from its 2024 high to its current P/E", "its move from the 2024 low to its dividend yield"): a fall from a price
    to a P/E is no figure; it was read as the fall to today's close with the other measure added as a column (a wrong
    answer). Named; "to today", "to its current price", "to the latest close" read as before."""
    for m in _FROM_EXTREME_TO.finditer(ctx.text):
        u = next((x for x in sorted(ctx.uses, key=lambda x: x.hit.start) if x.hit.start >= m.end()), None)
        if u is None or u.hit.sense.key in ("price", "high", "low") or not re.fullmatch(
                r"(?:(?:its|their|the|today's|today|now|current|latest|present|most\s+recent|recent)\s+)*",
                ctx.text[m.end():u.hit.start]):
            continue
        raise Refusal("a move from a price's high or low to another measure than the price",
                      [ctx.text[m.start():u.hit.end]])
    # ((round 48, r48) and the other measure said before it, moving from "its" high: "How much has X's P/E fallen from
    # its 2024 high?", "How far is X's dividend yield from its 52-week high?", "the move in X's P/E from its 2024 high
    # to now" read the measure today beside the price's fall from its high (a wrong answer: FinQL's highs and lows are
    # the price's); named. "How far is X's share price from its 52-week high?" reads as before)
    for m in _FROM_AN_EXTREME.finditer(ctx.text):
        u = max((x for x in ctx.uses if x.hit.end <= m.start()), key=lambda x: x.hit.end, default=None)
        # (a move's own word read as the price's return, "X stock down from its high", "fallen": left as it reads)
        if u is not None and u.hit.sense.key not in ("price", "high", "low", "return") and not u.parts \
                and _MOVED_FROM.fullmatch(ctx.text, u.hit.end, m.start()):
            raise Refusal("a move from a high or low of another measure than the price (FinQL's highs and lows are "
                          "the price's)", [ctx.text[u.hit.start:m.end()]])
    # ((round 48, f48x) and the measure said after the extreme and its verb, in the same clause: "How far below its
    # 52-week high is X's P/E?" gave the price's distance and a P/E column (a wrong answer); named. "How far below its
    # 52-week high is X's share price?", "... is X trading?", "... is X, and what is its P/E?" read as before)
    for m in _AN_EXTREME_THEN.finditer(ctx.text):
        u = min((x for x in ctx.uses if x.hit.start >= m.end()), key=lambda x: x.hit.start, default=None)
        if u is not None and u.hit.sense.key not in ("price", "high", "low", "return") and not u.parts \
                and not re.search(r"[,;:?!.]|\b(?:what|how|which|plus|also)\b", ctx.text[m.end():u.hit.start]):
            raise Refusal("a move from a high or low of another measure than the price (FinQL's highs and lows are "
                          "the price's)", [ctx.text[m.start():u.hit.end]])


def _from_extremes(ctx: Ctx) -> None:
    """"How much is X down from its 52-week high": ``(P_PRICE(d2) / P_HIGH(d1, d2) - 1) * 100`` (and a low alike),
    the close at the end of the high's range against it, in percent. A share price named before ("how far is X's
    share price below its high") is that close, not an item of its own."""
    for u in list(ctx.uses):
        key = u.hit.sense.key
        if key not in FROM_EXTREME or u.parts or u.func is not None:
            continue
        cue = _FROM_EXTREME.search(ctx.text[:u.hit.start])
        if cue is None or not (_MAGNITUDE.search(ctx.text[:u.hit.start]) or _MOST_FROM.search(ctx.text[:cue.start()])):
            continue
        prices = [x for x in ctx.uses if x.hit.sense.key in ("price", "return") and x.hit.end <= cue.start()
                  and (x.time is None or x.time is u.time)]
        end = u.time.value.spans("hilo") if u.time is not None else None
        to_now = _TO_NOW.match(ctx.text, u.hit.end)
        sense = FROM_EXTREME[key]
        if to_now:  # the move's end said as today: the close at D0 whatever range the high is of
            sense = replace(sense, template=sense.template.replace("P_PRICE({B})", "P_PRICE(D0)"))
            for x in [x for x in ctx.uses if x.hit.sense.key == "price" and u.hit.end <= x.hit.start < to_now.end()]:
                ctx.uses.remove(x)
            ctx.used_times.update(id(m) for m in ctx.time.mentions if u.hit.end <= m.start < to_now.end())
        elif end and not _ends_today(end[0]):  # "fallen from its 2023 high": to that year's end, or to today?
            raise Refusal("a move from a past high or low reads two ways (to the period's end, or to today)",
                          [ctx.text[cue.start():u.hit.end]])
        elif (other := _TO_ANOTHER_DAY.match(ctx.text, u.hit.end)) and (day := next((
                m for m in ctx.time.mentions if other.end() <= m.start and not re.search(
                    r"[,;:.?!]", ctx.text[u.hit.end:m.start])), None)) is not None:
            # (round 45, f45n) "fallen from its 2024 high to its 2023 close": the move's other end said, a day not
            # today; it was the distance to today's close, the close said a column beside it (a wrong answer)
            raise Refusal("a move from a high or low to a day other than today: FinQL sets a high against the "
                          "close at its range's end only", [ctx.text[cue.start():u.hit.end], ctx.text[u.hit.end:day.end].strip()])
        else:
            _dated_price_before(ctx, u)
            sense = _to_today(sense, end[0]) if end else sense
        for x in prices:
            ctx.uses.remove(x)
        u.hit = Hit(sense, u.hit.start, u.hit.end, u.hit.how, u.hit.score)
        for a in ctx.atoms:
            if cue.start() <= a.start < u.hit.start or a.kind in ("move", "degree", "pctcue") or (
                    a.kind == "func" and a.value == "GROWTH" and id(a) not in ctx.used_atoms):
                ctx.take(a)


def _leaves(u: Use) -> list[Use]:
    """The uses an arithmetic use is made of (itself where it is none)."""
    if not u.parts:
        return [u]
    return [x for p in (u.parts[0], u.parts[2]) if isinstance(p, Use) for x in _leaves(p)]


def _span_beside_a_date(ctx: Ctx) -> None:
    """(round 27) "the lowest share price on June 28, 2024 relative to their 52-week high": a span counted back from
    today ("52-week", "3-month") in one figure with a price on another day was the span to today beside the close of
    that day (``P_PRICE(2024-06-28) / P_HIGH(2024-01-15, D0)``); the asker most likely means the span to that day, but
    a span said with no end of its own is counted from today everywhere else, so it is refused, naming both."""
    for u in ctx.uses:
        leaves = _leaves(u)
        spans = [x for x in leaves if x.time is not None and x.time.value.kind == "span"
                 and (x.time.value.spans("hilo") or [("", "")])[0][1] == "D0"]
        dates = [x for x in leaves if x.time is not None and x.time.value.kind == "date"]
        if spans and dates:
            raise Refusal("a span counted back from today in one figure with a price on another day (the span to "
                          "today, or to that day?)", [ctx.text[x.time.start:x.time.end].strip()  # type: ignore[union-attr]
                                                     for x in (spans[0], dates[0])])


def _over_a_ranked_period(ctx: Ctx, a: Atom) -> bool:
    """(round 32) "the lowest share price return over 2023": an "over" no condition took, right before a year a
    measure reads, in a ranking: the period's preposition ("in 2023"), no threshold (it was refused, naming "over")."""
    nxt = re.match(r"\s*", ctx.text[a.end:])
    at = a.end + (nxt.end() if nxt else 0)
    return _has(ctx, "rank") and any(m.start == at and any(u.time is m for u in leaves(ctx.uses)) for m in ctx.time.mentions)


def _has(ctx: Ctx, *kinds: str) -> bool:
    return any(a.kind in kinds for a in ctx.atoms)


# ----------------------------------------------------------------------------- senses in context
# "..., and where it is now", "+ where they're trading today": after a list's joint, where the stock stands is its price
# ("and where is it trading now", "and where does it trade today": the question's order, the verb before the stock)
_WHERE_NOW = re.compile(r"(?:[,;+&]|\band\b)\s*(?:also\s+)?(where\s+(?:(?:is|are)\s+(?=(?:it|they|the\s+(?:stock|shares?))\b)|(?:does|do)\s+"
                        r"(?=(?:it|they|the\s+(?:stock|shares?))\s+(?:trade|sit|stand)\b))?(?:it|they|the\s+(?:stock|shares?))\s*(?:'s|'re|is|are)?"
                        r"(?:\s*(?:trading|trades|trade|sits|sit|stands|stand|sitting|standing))?)(?=\s+(?:now|today|currently|right\s+now|"
                        r"at\s+the\s+moment)\b)")


# the levels "where it is now" can follow as the stock's price: the price itself, its high / low, its move
_STOCK_LEVELS = frozenset({"price", "high", "low", "return"})


def _where_trading(ctx: Ctx) -> None:
    """"Where is X trading", "where did X's stock trade 10 days ago": the level a stock trades at is its price.
    A return or range named after "total"/"cumulative" ("total price return", "cumulative return") is already the
    whole move over its range, so the word is part of its name, not a SUM."""
    for u in ctx.uses:
        if u.hit.sense.key in ("return", "high", "low"):
            for a in ctx.atoms:
                if a.kind == "func" and a.value == "SUM" and re.fullmatch(
                        r"\s*(?:(?:share|stock)\s+)?(?:price\s+)?", ctx.text[a.end:u.hit.start]) \
                        and re.fullmatch(r"total|cumulative(?:ly)?", ctx.text[a.start:a.end]):
                    ctx.take(a)
    _where_now(ctx)
    if ctx.uses:
        return
    # (round 31: after a greeting said first, "Hi all, where is X trading today?"; refused, nothing asked)
    greeting = COURTESY.match(ctx.text)
    m = re.compile(r"\s*where\s+(?:(?:is|are|was|were|does|do|did|has|have)\s+)?(?:[\w'$.-]+\s+){0,6}?"
                   r"(trad(?:e|es|ed|ing))\b").match(ctx.text, greeting.end() if greeting else 0)
    if m:
        ctx.uses.append(Use(Hit(BY_KEY["price"], m.start(1), m.end(1), "verb")))


def _where_now(ctx: Ctx) -> None:
    """"X's ytd high, and where it is now": a second ask, the price now. Run again after the returns said by a verb
    (round 27: "how have X and Y moved over the past six months, and where do they trade now": the first ask is a
    verb's, read after ``_where_trading``, and the price now was dropped, a wrong answer)."""
    for m in _WHERE_NOW.finditer(ctx.text):
        if not re.search(r"\b(?:trad|sit|stand|stock|share)", m.group(1)) and any(
                u.hit.start < m.start(1) and u.hit.sense.key not in _STOCK_LEVELS for u in ctx.uses):
            continue  # (round 36: "X's dividend yield in June, and where is it today": "it" may be the yield, not the price)
        if ctx.uses and not any(u.hit.start < m.end(1) and m.start(1) < u.hit.end for u in ctx.uses):
            ctx.uses.append(Use(Hit(BY_KEY["price"], m.start(1), m.end(1), "verb")))
            ctx.uses.sort(key=lambda u: u.hit.start)


# "whose shares are up", "their stock has gone down", "whose share price rose": the shares as the subject of a move
_SHARES_MOVED = re.compile(r"\b(?:shares|stocks?|share\s+prices?|stock\s+prices?)\s+(?:(?:that|which)\s+)?"
                           r"(?:(?:are|is|were|was|have|has|had)\s+(?:been\s+)?)?(?:(?:now|also|still)\s+)?$")


# (round 41, f41n) "how much did its stock (X's shares, the share price) gain (lose, rise, drop)": the stock as the
# subject of a move asked how much, the verb last
_HOW_MUCH_STOCK = re.compile(r"\bhow\s+much\s+(?:did|has|have|had|does|do)\s+(?P<s>[^,;:.?!]{0,60}?\b(?:stocks?|shares|"
                             r"share\s+prices?|stock\s+prices?))\s+$")


# (round 46, f46r) the same asked of the company itself, "how much did X move (rise, fall) over the last 20 trading days,
# and what is its P/E?": a subject that names only the companies, with a verb said of a share price alone (not "gain",
# "lose", "grow", "change": a company gains or loses money, grows its sales; those are left to the other rules)
_HOW_MUCH_DID = re.compile(r"\bhow\s+much\s+(?:did|has|have|had|does|do)\s+(?P<s>[^,;:.?!]{1,60}?)\s+$")
_COMPANY_MOVED = re.compile(r"move[ds]?|ris(?:e|es|en)|rose|f(?:a|e)ll(?:s|en)?|climb(?:s|ed)?|drop(?:s|ped)?|declin(?:e|es|ed)|"
                            r"sl(?:i|)d(?:e|es)?|rall(?:y|ies|ied)|jump(?:s|ed)?|tumbl(?:e|es|ed)|plung(?:e|es|ed)|s[ai]nk|sank|"
                            r"soar(?:s|ed)?|slump(?:s|ed)?")


# (round 45, f45t) the move verbs that say no direction: "how much did its stock move over the last 10 trading days"
# is the stock's return as "how much did its stock rise" is (alone it read so; beside a second clause it was dropped)
_NO_WAY_MOVED = re.compile(r"move|moved|moves")


def _stock_moved_how_much(ctx: Ctx) -> None:
    """(round 41, f41n) "What were X's sales in 2023, and how much did its stock lose (its shares gain) in 2024?": the
    stock's move asked how much in a clause of its own, beside another measure, is its return over the period said
    after the verb (SPEC 5), as "how much did its stock fall in 2024" reads (``_shares_moved``, the verbs a growth
    word is); "gain" was left over and "lose" named (f41w: a net loss, or a fall?). The subject names the stock and no
    other measure ("how much did its share count gain" is no move of the price); a period of returns must follow the
    verb, else it is left to the other rules (named)."""
    for a in list(ctx.atoms):
        # ((round 45, f45p) and a move of no direction, "how much did its stock move (change) over the last 10 trading
        # days, and what was its lowest close in that stretch": the return, as the question alone reads (it was
        # dropped beside the low, a wrong answer); never before a bound ("moved more than 5%": up, down, or either?))
        # (one home with f45t's _NO_WAY_MOVED, the verbs of no direction; "change" is f45p's)
        neutral = (_NO_WAY_MOVED.fullmatch(ctx.text[a.start:a.end]) is not None
                   or re.fullmatch(r"chang(?:e|ed|es)", ctx.text[a.start:a.end]) is not None) and not re.match(
            r"\s+(?:by\s+)?(?:(?:more|less)\s+than|(?:over|under|above|below)\s+[-$€£¥\d.]|at\s+(?:least|most)|[<>\d])",
            ctx.text[a.end:])
        # ((round 46, f46r) a rise or fall said of the company is a growth word ("rise", "fell"): its stock's move too)
        rose = a.kind == "func" and a.value == "GROWTH" and a.extra in ("up", "down") and id(a) not in ctx.used_atoms \
            and not any(u.func is a for u in ctx.uses)
        if not rose and (a.kind != "move" or id(a) in ctx.used_atoms or not ({"up", "down"} & {a.value, a.extra} or neutral)
                         or ctx.text[a.start:a.end] in ("up", "down")):
            continue
        m = _HOW_MUCH_STOCK.search(ctx.text, 0, a.start) if not rose else None
        if m is None and (c := _HOW_MUCH_DID.search(ctx.text, 0, a.start)) is not None \
                and _COMPANY_MOVED.fullmatch(ctx.text[a.start:a.end]) and _only_companies(ctx, c.start("s"), c.end("s")) \
                and not _measure_moved_after(ctx, a):
            m = c  # (round 46, f46r) "how much did X move ...": the company's stock
        if m is None or any(u.hit.start < a.start and m.start("s") <= u.hit.end and u.hit.sense.key != "price"
                            for u in ctx.uses if u.hit.start >= m.start("s")):
            continue
        if not any(t.start >= a.end and t.value.span("return") and _MOVED_WHEN.match(ctx.text, a.end)
                   and not re.search(r"[,;:.?!]", ctx.text[a.end:t.start]) for t in ctx.time.mentions):
            continue
        ctx.uses = [u for u in ctx.uses if not (m.start("s") <= u.hit.start < a.start)]  # ("its share price": the stock)
        down = "down" in (a.value, a.extra)
        way = "verb" if neutral else "verb-down" if down else "verb-up"
        ctx.uses.append(Use(Hit(BY_KEY["return"], a.start, a.end, way)))
        ctx.uses.sort(key=lambda u: u.hit.start)
        ctx.take(a)
        for d in ctx.atoms:  # (the auxiliary "did", a move of no direction)
            if d.kind == "move" and m.start() <= d.start < a.start:
                ctx.take(d)


def _shares_moved(ctx: Ctx) -> None:
    """"Energy companies with an operating margin above 5% whose shares are up year to date": a move said of the shares
    is their return (above / below zero), beside the other measures named (it was left over, and refused)."""
    for a in list(ctx.atoms):
        if id(a) in ctx.used_atoms or not (a.kind == "move" and a.value in ("up", "down") and ctx.text[a.start:a.end]
                                           in ("up", "down") or a.kind == "func" and a.value == "GROWTH"
                                           and a.extra in ("up", "down")):
            continue
        m = _SHARES_MOVED.search(ctx.text, 0, a.start)
        if m is not None and any(u.hit.start >= a.end and re.fullmatch(r"\s*(?:(?:their|its|the)\s+)?",
                                                                     ctx.text[a.end:u.hit.start]) for u in ctx.uses):
            continue  # "which healthcare stocks grew sales by 10%": the verb has a measure for its object
        if m is None or any(u.hit.sense.key != "price" and u.hit.start < m.end() and m.start() < u.hit.end
                            for u in ctx.uses):
            continue  # ("whose diluted shares are up": the share count's growth)
        if any(u.hit.sense.key in FROM_EXTREME and u.hit.start > a.end and (cue := _FROM_EXTREME.search(
                ctx.text[:u.hit.start])) is not None and cue.start() >= a.end for u in ctx.uses):
            # (round 45, f45n) "which stocks have fallen more than 10% from their 2024 high to today's price": the move
            # is the distance from the extreme (``_from_extremes``, ``_beyond_extreme``), not a return of its own (it
            # took the high's year, and the high was refused as needing a period)
            continue
        if not re.search(r"\bprices?\b", m.group(0)) and _measure_moved_after(ctx, a):
            # (round 39, f39n) "which stocks have declined in 2024 in sales": the stocks are the companies, the figure
            # named after the verb moved (the sales' fall, as "which companies declined in sales" reads; it was the
            # share price's return, the sales a column beside it); "whose share price fell" stays the price's
            continue
        ctx.uses = [u for u in ctx.uses if not (u.hit.start < m.end() and m.start() < u.hit.end)]
        down = "down" in (a.value, a.extra)
        ctx.uses.append(Use(Hit(BY_KEY["return"], a.start, a.end, "verb-down" if down else "verb-up")))
        ctx.uses.sort(key=lambda u: u.hit.start)
        ctx.take(a)


def _how_much_moved(ctx: Ctx) -> None:
    """"How much market value did X lose in 2022", "how much revenue did X gain": the amount a figure moved by over
    the period (a change FinQL writes only as a growth), never the figure at its end. Refused, naming the verb."""
    ask = re.search(r"\bhow\s+much\b", ctx.text)
    if ask is None:
        return
    for a in ctx.atoms:
        if a.kind == "move" and a.start > ask.end() and {"up", "down"} & {a.value, a.extra} \
                and ctx.text[a.start:a.end] not in ("up", "down") and any(
                    u.hit.sense.key != "price" and u.func is None and ask.end() <= u.hit.start < a.start for u in ctx.uses):
            raise Refusal("how much a figure moved: FinQL gives its growth, not the amount", [ctx.text[a.start:a.end]])


# "names that rose over the last 20 trading days and have a P/B below 3": a move verb whose subject is the companies
# (right after "that"/"which"/"who"), then a period, is their stock's move, whatever other measure the screen names
# ("where the stock tumbled in 2024 or the P/E is above 35": the companies' stock, said as the subject, is theirs)
# (round 37, f37b) also "which (NX100) companies (ones) have gained ...", "which ones are up ...": the companies asked
# about as the subject
_SUBJECT_MOVED = re.compile(r"\b(?:that|which|who|(?:which|what)\s+(?:[\w&-]+\s+){0,2}?(?:ones|companies|names|stocks|firms|"
                            r"members|constituents)|(?:where|whose|when|and|or|but|either)\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?:stock|stocks|shares|share\s+price|share\s+prices))\s+"
                            r"(?:have\s+|has\s+|is\s+|are\s+|was\s+|were\s+)?$")
# (the verbs of a price's move: a company that "grew" or "improved" may have grown its sales; a measure before the verb
# may take the verb's period, "a P/E below 10 that fell in 2023": both left unread)
_PRICE_MOVE = re.compile(r"returned|ros[ee]|risen|rise|rising|fell|fallen|fall|falling|gained|lost|dropped|declined|climbed|"
                         r"rallied|slid|sank|slumped|advanced|tumbled|jumped|soared|plunged|(?:lost|made)\s+money")
# "software names up more than 15% year to date": "up"/"down" right after the companies' noun (or a set's name:
# "banks up in 2024")
_NOUN_MOVED = re.compile(r"\b(?:names|stocks|companies|shares|firms|equities|ones)\s+(?:(?:that\s+)?(?:are|were)\s+)?$")
# "which Payments stocks lost more than 10% in 2022": the stocks (shares), said as the subject, moved
_STOCKS_MOVED = re.compile(r"\b(?:stocks|shares|equities)\s+(?:have\s+|has\s+)?$")
# the verbs of a move that say no direction (``structure._MOVE``; "did", "do" are auxiliaries as well)
_MEASURE_MOVED = re.compile(r"moved|move|moves|performed|perform|performing|fared")


def _moves_of_its_own(sense: Sense) -> bool:
    """(round 25; round 46, r46) Whether a move said of the measure ``sense`` is that measure's change, not the
    stock's: a reported figure, or a figure of the day that is no price ("how much did its P/E move"; the price's
    own move is the stock's return, ``_stock_moved_how_much``)."""
    return sense.is_fund or ("D" in sense.kinds and sense.key != "price")
# (round 37, f37g) a move "(back) to / into (a) profit (the black, a loss, the red)": a change of state, no share's move
# (a move back to growth is ``BACK_TO_GROWTH``'s, refused before composing, whichever growth is named)
_MOVED_INTO_STATE = re.compile(r"\s+(?:back\s+)?(?:to|into)\s+(?:an?\s+)?(?:net\s+|operating\s+)?(?:profits?|profitability|"
                               r"the\s+black|loss(?:es)?|the\s+red)\b")
_MOVED_WHEN = re.compile(r"(?:\s+(?:by\s+)?(?:more\s+than|less\s+than|over|under|at\s+least|at\s+most|above|below)\s+"
                         r"-?[\d.,]+\s*(?:%|percent\b|per\s+cent\b))?"  # "returned more than 10% in 2023"
                         r"\s+(?:over|in|during|since|so\s+far|year\s+to\s+date|ytd)\b")


# (round 38, r38) the words between a move and a measure said after it that make the move the measure's: "declined in
# sales in 2024", "up more than 10% in net income", "gained 10% in 2024 on sales", "down in 2024 in terms of EPS" (the
# periods blanked; ``_measure_moved_after``)
_MOVED_IN_MEASURE = re.compile(r"(?:\s|[\d.,%-]|\b(?:by|more|less|than|over|under|at|least|most|above|below|percent|per|"
                               r"cent|in|during|since|for|so|far|ytd)\b)*?\b(?:in|on)\s+(?:terms\s+of\s+)?"
                               r"(?:(?:the|its|their)\s+)?")


def _measure_moved_after(ctx: Ctx, a: Atom) -> bool:
    """(round 38, r38) Whether the move ``a`` is said of a company figure named after it ("which companies have declined
    in sales in 2024", "are up more than 10% in net income"): that figure moved, not the share price (round 37's
    subject "which companies have ..." read them all as the share price return: wrong answers, where "declined in
    sales" had been the sales' fall). A price or a return named after it ("up 10% in share price") is the stock's."""
    text = ctx.text
    for u in ctx.uses:
        if u.hit.start < a.end or u.hit.sense.template.startswith("P_"):
            continue
        gap = list(text[a.end:u.hit.start])
        for m in ctx.time.mentions:
            if a.end <= m.start and m.end <= u.hit.start:
                gap[m.start - a.end:m.end - a.end] = " " * (m.end - m.start)
        if _MOVED_IN_MEASURE.fullmatch("".join(gap)):
            # (round 40, r40) "which stocks declined in 2024 in sales and P/E (and in net income)": the move said of
            # two measures; the first moved and the second was a column beside it (a wrong answer): refused, named
            for v in ctx.uses:
                if v.hit.start > u.hit.end and _MOVED_IN_SECOND.fullmatch(text, u.hit.end, v.hit.start):
                    raise Refusal("a move said of two measures at once", [text[a.start:a.end], text[u.hit.start:v.hit.end]])
            return True
    return False


# the joint of a second measure after the one a move is said of ("declined in sales and (in) P/E")
_MOVED_IN_SECOND = re.compile(r"\s*(?:,\s*)?(?:and|or|&|as\s+well\s+as|plus)\s+(?:(?:in|on)\s+)?(?:(?:the|its|their)\s+)?")


# (round 48, f48r) the set asked about said as the move's subject, "Which Industrials (either) returned more than 20%
# in 2024 or ...", "which of the banks rose ...": the question's word, then the set, then the verb
_WHICH_BEFORE_SET = re.compile(r"(?:^|[.!?:;]\s*|,\s*|\band\s+)(?:which|what)\s+(?:of\s+)?(?:the\s+)?$")
_SET_THEN_VERB = re.compile(r"\s+(?:(?:either|both|also)\s+)?(?:have\s+|has\s+)?")


def _set_asked_moved(ctx: Ctx, a: Atom) -> bool:
    """(round 48, f48r) Whether the move verb ``a`` is said of the set the question asks which of ("Which Industrials
    returned more than 20% in calendar 2024 or yield above 3% today?"): the set right before the verb (or "either",
    "both", "have" between), "which"/"what" right before the set. Only the set named by the question's word; a
    measure before the verb keeps ``_companies_moved``'s own guard ("which banks with a P/E below 10 fell ...")."""
    return any(t.end <= a.start and _SET_THEN_VERB.fullmatch(ctx.text, t.end, a.start)
               and _WHICH_BEFORE_SET.search(ctx.text[:t.start]) for t in ctx.ents.sets)


def _companies_moved(ctx: Ctx) -> None:
    """The moves said of the companies themselves beside another measure (``_SUBJECT_MOVED``): a return each, above
    (below) zero in a screen, as "stocks that rose" is with no other measure."""
    for a in [a for a in ctx.atoms if id(a) not in ctx.used_atoms and (
            a.kind == "move" and (a.value in ("up", "down") or ctx.text[a.start:a.end] == "returned")
            or a.kind == "func" and a.value == "GROWTH" and a.extra in ("up", "down"))]:
        word = ctx.text[a.start:a.end]
        subject = _SUBJECT_MOVED.search(ctx.text[:a.start])
        # "with a yield above 3% and whose shares returned more than 20% in 2024": the stock named as the verb's
        # subject moved, not the measure said before it (a bare "that fell" may be that measure's move: left unread)
        stock_said = bool(subject and _STOCK_WORD.search(subject.group(0)))
        if not (_PRICE_MOVE.fullmatch(word) and (subject or _STOCKS_MOVED.search(ctx.text[:a.start])
                                                 or _set_asked_moved(ctx, a))
                or word in ("up", "down") and (subject or _NOUN_MOVED.search(ctx.text[:a.start]) or any(
                    t.end <= a.start and re.fullmatch(r"\s+(?:(?:that\s+)?(?:are|were)\s+)?", ctx.text[t.end:a.start])
                    for t in ctx.ents.sets))) \
                or not stock_said and any(u.hit.start < a.start for u in ctx.uses) \
                or not _MOVED_WHEN.match(ctx.text[a.end:]) or any(u.hit.start <= a.start < u.hit.end or u.func is a
                                                                  for u in ctx.uses) \
                or _measure_moved_after(ctx, a):
            continue
        how = "verb" if a.value not in ("up", "down") and a.extra not in ("up", "down") else \
            "verb-down" if "down" in (a.value, a.extra) else "verb-up"
        ctx.uses.append(Use(Hit(BY_KEY["return"], a.start, a.end, how)))
        ctx.uses.sort(key=lambda u: u.hit.start)
        ctx.take(a)


_SHARE_COUNT_ASKED = re.compile(r"\bhow\s+many\s+(?:[\w'&.-]+\s+){0,4}?(?:shares|stocks)\b")
def _to_date_alone(ctx: Ctx) -> None:
    """"ytd on QLC?", "ytd on the TECHX names pls": the trade's "ytd" (month, quarter to date) said with no measure
    and no verb is how the stock did over it, the share price return (as "how did X do this year" is); so is a
    calendar period a set is ranked best or worst over. Said as an item of a list of measures none of which takes a
    range of dates ("LTM opm + ytd", "P/E and ytd"), the same."""
    for m in ctx.time.mentions:
        if ctx.uses and m.value.kind in ("ytd", "mtd", "qtd") and re.fullmatch(r"ytd|mtd|qtd", ctx.text[m.start:m.end]) \
                and re.search(r"(?:\+|,|&|\band|\bplus)\s*$", ctx.text[:m.start]) \
                and re.match(r"\s*(?:[.?!]|$|\+|,|&|and\b)", ctx.text[m.end:]) \
                and not any(a.kind in ("move", "func") for a in ctx.atoms) \
                and not any(u.hit.sense.is_range or u.time is m for u in ctx.uses):
            ctx.uses.append(Use(Hit(BY_KEY["return"], m.start, m.end, "period"), m, pinned=True))
            ctx.uses.sort(key=lambda u: u.hit.start)
            ctx.used_times.add(id(m))
            return
    if ctx.uses or any(a.kind in ("move", "func") for a in ctx.atoms) or len(ctx.time.mentions) != 1:
        return
    m = ctx.time.mentions[0]
    # ("airlines in calendar '22, worst first": a calendar period the names are ranked best or worst over, the same)
    ranked = m.value.calendar and m.value.span("return") is not None and any(
        a.kind == "rank" and re.match(r"best|worst", ctx.text[a.start:a.end]) for a in ctx.atoms)
    if ranked or m.value.kind in ("ytd", "mtd", "qtd") and re.fullmatch(r"ytd|mtd|qtd", ctx.text[m.start:m.end]):
        ctx.uses.append(Use(Hit(BY_KEY["return"], m.start, m.end, "period"), m, pinned=True))
        ctx.used_times.add(id(m))


# "what has X's share price done over the last month", "how did the stock of X do in 2024": the auxiliary after the
# question word at the start of a clause, then the subject (a few words), then "do"/"done"
_WHAT_DID = re.compile(r"(?:^|[.!?:;,]\s*|\s-+\s+|\band\s+)(?:how|what)\s+(?:did|has|have|had|does|do)\s+")
_STOCK_WORD = re.compile(r"\b(?:stock|stocks|shares|share\s+prices?|stock\s+prices?|equity|the\s+name)\b")


def _only_companies(ctx: Ctx, s: int, e: int) -> bool:
    """``text[s:e]`` names one or more of the question's companies and nothing else ("A, B and C", "the two", "they"
    are not this: a company must be named)."""
    gap = ctx.text[s:e]
    found = False
    for t, p in ctx.ents.ticker_pos.items():
        if s <= p < e:
            found = True
            name = next((n for n in (by_ticker()[t].name.lower(), t.lower()) if gap[p - s:p - s + len(n)].lower() == n), None)
            if name is None:
                word = re.match(r"[\w&.-]+(?:\s+(?!and\b)[\w&.-]+)?", gap[p - s:])  # a short or misspelt name: its words
                if word is None:
                    return False
                name = word.group(0)
            gap = gap[:p - s] + " " * len(name) + gap[p - s + len(name):]
    return found and re.fullmatch(r"(?:\s|,|'s\b|'|\band\b|&|\bboth\b|\ball\b|\bthree\b|\btwo\b)*", gap) is not None


def _price_did(ctx: Ctx) -> None:
    """"Over the last 20 trading days, what has X's share price done, and what was its highest close?", "how has X's
    stock done since March, and its P/E?": the stock's "do" with a period is its return beside the other measures
    named (the price now was given, or the verb dropped: a wrong answer). Only where the subject between the question
    word and the verb names the stock and no other measure; with no period of prices said, refused."""
    for d in list(ctx.atoms):
        # (round 23: "how did X's shares perform (fare) in 2023, and what is their market cap?" the same; the return
        # was dropped, or the year left over)
        if d.kind != "move" or ctx.text[d.start:d.end] not in ("do", "done", "perform", "performed", "fare", "fared") \
                or id(d) in ctx.used_atoms:
            continue
        q = max(_WHAT_DID.finditer(ctx.text, 0, d.start), key=lambda m: m.start(), default=None)  # the nearest before
        if q is None:
            continue
        subject = ctx.text[q.end():d.start]
        if (len(subject.split()) > 6 or any(a.kind in ("sep", "logic") and q.end() <= a.start < d.start
                                            for a in ctx.atoms)) and not _only_companies(ctx, q.end(), d.start):
            continue
        inside = [u for u in ctx.uses if q.end() <= u.hit.start < d.start]
        if any(u.hit.sense.key != "price" for u in inside):
            continue
        if not _STOCK_WORD.search(subject):
            # (round 22) "how have A, B and C done over ..., and their highs?": the companies are the stock; not where
            # the clause names what they did it in ("how did X do last quarter in terms of net income")
            clause_end = min((a.start for a in ctx.atoms if a.kind in ("sep", "logic") and a.start >= d.end),
                             default=len(ctx.text))
            # (round 43, f43v) or "they" / "it" of the companies named before the question, and nothing else ("A, B and
            # C. How have they done year to date? And their P/E?": the return was left over, refused; read as "year two
            # date" it was dropped as the asker's context, the P/E alone answered); no set read ("Which banks ...? How
            # have they done?": the screen's rows are no companies named)
            pointed = re.fullmatch(r"\s*(?:they|it)\s*", subject) is not None and bool(ctx.ents.ticker_pos) \
                and not ctx.ents.sets and all(p < q.start() for p in ctx.ents.ticker_pos.values())
            if inside or not (_only_companies(ctx, q.end(), d.start) or pointed) \
                    or any(d.end <= u.hit.start < clause_end for u in ctx.uses):
                continue
        if not any(m.value.span("return") for m in ctx.time.mentions):
            raise Refusal("a return needs a period", [ctx.text[d.start:d.end]])
        ctx.uses = [u for u in ctx.uses if u not in inside]
        ctx.uses.append(Use(Hit(BY_KEY["return"], d.start, d.end, "verb")))
        ctx.uses.sort(key=lambda u: u.hit.start)
        for a in ctx.atoms:
            if a.kind == "move" and q.start() <= a.start < d.end:
                ctx.take(a)


def _it_did(ctx: Ctx) -> None:
    """"Where did X close last session, and what has it done over the last 5 sessions?": a question of its own after
    the price's, its subject the company said again as a pronoun or the stock ("it", "they", "the stock", "its
    shares"), then "do"/"done" with a period of prices: the return beside the price (the verb was left unread; round
    23)."""
    for d in list(ctx.atoms):
        if d.kind != "move" or ctx.text[d.start:d.end] not in ("do", "done") or id(d) in ctx.used_atoms:
            continue
        q = max(_WHAT_DID.finditer(ctx.text, 0, d.start), key=lambda m: m.start(), default=None)
        if q is None or not re.fullmatch(r"\s*(?:it|they|the\s+stock|the\s+shares|its\s+(?:stock|shares)|their\s+"
                                         r"(?:stock|shares))\s*", ctx.text[q.end():d.start]):
            continue
        if not ctx.uses or not all(u.hit.end <= q.start() and any(
                x.kind == "sep" and u.hit.end <= x.start < q.end() for x in ctx.atoms) for u in ctx.uses):
            continue  # after the price's own clause only
        after = [m for m in ctx.time.mentions if m.start >= d.end]
        if not after or not after[0].value.span("return"):
            # ("..., and what has it done?": a return with no period of its own; it was dropped, the price alone given)
            raise Refusal("a return needs a period", [ctx.text[q.start():d.end].strip(" ,")])
        ctx.uses.append(Use(Hit(BY_KEY["return"], d.start, d.end, "verb")))
        ctx.uses.sort(key=lambda u: u.hit.start)
        for a in ctx.atoms:
            if a.kind == "move" and q.start() <= a.start < d.end:
                ctx.take(a)
        _bind_times(ctx)


# "by price growth", "by their share-price increase": a change of the price after a listing's "by" is its key
_BY_MOVE = re.compile(r"\bby\s+(?:the\s+|their\s+|its\s+)?(?:(?:share|stock)(?:[- ]|\s+)?)?(?:price\s+)?$")


# a question of its own joined after another ("and what is its price", "and where was the stock trading")
_ASKED_AGAIN = re.compile(r"\band\s+(?:what|where|how\s+much)(?:'s|\s+(?:is|was|are|were))\s+")


# (round 34, f34g) the order of a listing said after a move: "Which utilities returned more than 6% in 2023, sorted by
# market cap?", "..., sorted, if you would, by current market cap", "..., listed perhaps by P/E", "..., ranked by their
# yield" (the listing's words may be set off by an aside)
_SORTED_BY = re.compile(r"\b(?:sorted|ranked|listed|ordered|arranged)\b(?:\s*,[^,.;:?!]{1,40},)?(?:\s+[a-z]+){0,2}?\s+by\b")


def _moved_then_sorted(ctx: Ctx) -> bool:
    """A move verb with a percentage threshold right after it ("returned more than 6%") and every measure named only
    after a listing's "sorted by" that follows it: the measures are the listing's key, the verb is the return (the
    verb was read as how a named measure moved, and its threshold left over: refused)."""
    cue = _SORTED_BY.search(ctx.text)
    if not cue:
        return False
    thr = [a for a in ctx.atoms if a.kind == "move" and a.end <= cue.start()
           and ctx.text[a.start:a.end] not in ("do", "did", "done", "doing", "up", "down")
           and re.match(r"\s+(?:by\s+)?(?:more than|less than|over|under|at least|at most|above|below)\s+-?[\d.,]+\s*"
                        r"(?:%|percent\b|per cent\b)", ctx.text[a.end:])]
    return bool(thr) and all(u.hit.start >= cue.end() for u in ctx.uses if u.hit.sense.key != "price")


def _returns_from_verbs(ctx: Ctx) -> None:
    """"How did X's shares perform", "stock moved", "fell more than 10%": a share price return."""
    if any(u.hit.sense.key != "price" for u in ctx.uses) and not _moved_then_sorted(ctx):
        _stock_moved_how_much(ctx)
        _price_did(ctx)
        _how_much_moved(ctx)
        _shares_moved(ctx)
        _companies_moved(ctx)
        return  # a measure is named; the verb only says how it moved
    # a change of the share price ("share price growth in 2024", "how much has the stock price increased") is its return
    verbs = [a for a in ctx.atoms if a.kind == "move" or (a.kind == "func" and a.value == "GROWTH")]
    if any(a.kind == "move" and _MOVED_INTO_STATE.match(ctx.text[a.end:]) for a in verbs):
        # (round 38, r38) "which banks returned to profit": a move into a state, no share's move (the verb was the
        # return and the state taken with it, dropped: a wrong answer); left to ``_leftovers``, which names it
        return
    strong = [a for a in verbs if ctx.text[a.start:a.end] not in ("do", "did", "done", "doing", "up", "down")]
    if not strong and any(re.fullmatch(r"clos(?:e|ed|es|ing)(?: at)?|trad(?:e|es|ed|ing)(?: at)?",
                                       ctx.text[u.hit.start:u.hit.end]) for u in ctx.uses):
        _it_did(ctx)
        return  # "where did X's stock close on ...", "what did X trade at": "did" is the auxiliary of the price's verb
    pricey = re.search(r"\b(?:stock|stocks|shares|share prices?|stock prices?|prices?)\b", ctx.text)
    # "how did X do in 2024", "how has X done since ...": with a period of prices and no measure, a return
    # (at the start of the question or of a sentence of its own, after the asker's context)
    # ("what did X do over the last month": the same question, its object the verb's "what")
    # (round 29: and after a comma, as ``_WHAT_DID`` reads it: "Hey assistant, how did X and Y do ...", "Hi team, how
    # ..." were refused, nothing to look up)
    how = re.search(r"(?:^|[.!?:;,]\s+|\s-+\s+)\s*(?:how\b(?!\s+(?:much|many)\b)|what\s+(?:did|has|have|does)\b(?=.*\b(?:do|done)\b))",
                    ctx.text) and not ctx.uses and any(m.value.span("return") for m in ctx.time.mentions)
    # "energy names up more than 15% past 6m", "stocks down 10% or more": "up"/"down" right before a percentage, with
    # no measure named, is how the stock moved
    moved = [a for a in verbs if ctx.text[a.start:a.end] in ("up", "down") and re.match(
        r"\s+(?:(?:by\s+)?(?:more than|less than|over|under|at least|at most|above|below|by|[<>]=?)\s+)?[\d.,]+\s*(?:%|percent\b|per cent\b)",
        ctx.text[a.end:])]
    # ("how many shares did X hold (issue, report)": a count of shares is asked, never how the shares did)
    counted = _SHARE_COUNT_ASKED.search(ctx.text)
    # ("which did better in 2024, A or B": "did" judged better or worse is how the stock did, as "performed better")
    judged = [a for a in verbs if ctx.ents.tickers and re.match(r"\s+(?:better|worse)\b", ctx.text[a.end:])]
    # "which mining names are up YTD", "banks that were down since March": "up"/"down" said of the companies with a
    # period after it, no measure named: how the stock moved
    said_of = [a for a in verbs if ctx.text[a.start:a.end] in ("up", "down") and not ctx.uses
               and re.search(r"\b(?:are|were|is|was|(?:have|has|had)\s+been)\s+$", ctx.text[:a.start])
               and _MOVED_WHEN.match(ctx.text[a.end:])]
    # (round 35, f35b) "$NWSY up how much ytd?", "how much is X up this year?": "up"/"down" said right after a company
    # named, asked how much, with a period after it and no measure named: how its stock moved (as ``said_of``)
    asked_much = re.search(r"\bhow\s+much\b", ctx.text)
    said_of += [a for a in verbs if asked_much and ctx.text[a.start:a.end] in ("up", "down") and not ctx.uses
                and any(p < a.start and re.fullmatch(r"\$?[\w&.'-]+(?:\s+[\w&.'-]+){0,3}\s+", ctx.text[p:a.start])
                        and not re.search(r"\b(?:and|or|vs|versus|than|of|whose|that|which)\b", ctx.text[p:a.start])
                        for p in ctx.ents.ticker_pos.values())
                and _MOVED_WHEN.match(re.sub(r"^\s+how\s+much\b", "", ctx.text[a.end:]))]
    pick = strong[:1] or moved[:1] or said_of[:1] or ([a for a in verbs if pricey or how] if (pricey or how) and not counted
                                                      else judged)[:1]
    if not pick:
        return
    a = pick[0]

    def apart(u: Use) -> bool:  # "..., and its closing price on 30 September 2024": a price of its own, after a break
        lo, hi = min(a.end, u.hit.end), max(a.start, u.hit.start)
        # ("... do in 2023 and what is its price?": a question of its own after the move asks the price; it was dropped)
        return any(x.kind == "sep" and lo <= x.start < hi for x in ctx.atoms) or u.hit.start >= a.end and bool(
            _ASKED_AGAIN.search(ctx.text, lo, hi))

    # "share price moved": the move is the return
    ctx.uses = [u for u in ctx.uses if u.hit.sense.key != "price" or apart(u)]
    ctx.uses.append(Use(Hit(BY_KEY["return"], a.start, a.end, "verb")))
    ctx.uses.sort(key=lambda u: u.hit.start)
    ctx.take(a)
    # "lost more than 30% in 2024 or gained more than 100%": a second move joined by "or"/"and"/"but", with a
    # threshold of its own, is a second return (it was refused: its words left over)
    # (a move of no direction, "or out performed by more than 10%", is not a second return: left over, and refused)
    picked = [a] + [b for b in strong if b.start > a.end and {"up", "down"} & {b.value, b.extra}
                    and re.match(r"\s+(?:by\s+)?(?:more than|less than|over|under|at least|at most|above|below)\s+[\d.,]+\s*"
                                 r"(?:%|percent\b|per cent\b)", ctx.text[b.end:])
                    and any(x.kind == "logic" and x.value in ("or", "and", "but") and a.end <= x.start < b.start
                            for x in ctx.atoms)] if a in strong else [a]
    if a in said_of:
        # (round 38, f38b) "which tech names were up in the first half of 2024 but down in the second half": a second
        # "up"/"down" joined by "and"/"but", with a period of its own after it, is a second return (left over: refused)
        picked += [b for b in verbs if b.start > a.end and ctx.text[b.start:b.end] in ("up", "down")
                   and _MOVED_WHEN.match(ctx.text[b.end:])
                   and re.fullmatch(r"\s*(?:in|during|over|since)?\s*,?\s*(?:and|but|yet|while|whereas)\s+"
                                    r"(?:(?:were|was|are|is|then|later)\s+)?", _blank_periods(ctx, a.end, b.start))
                   is not None and len([m for m in ctx.time.mentions if a.end <= m.start and m.end <= b.start]) == 1][:1]
        left = [b for b in verbs if b.start > a.end and b not in picked and ctx.text[b.start:b.end] in ("up", "down")
                and not _MOVED_WHEN.match(ctx.text[b.end:])]  # ((round 39) one with a period, "or down in 2024", is
        # left to the other rules, which name it: the message said it had no period)
        if left:  # "were up in 2023 and down?": a second move of no period of its own (it was dropped)
            raise Refusal("a move said without a period of its own", [ctx.text[left[0].start:left[0].end]])
    for b in picked[1:]:
        ctx.uses.append(Use(Hit(BY_KEY["return"], b.start, b.end, "verb")))
    # (round 26) "banks that fell in 2024, listed by price growth": a move said again as a listing's key after "by" is the
    # return too, the key (it was taken with the verb: the listing's order dropped, or the price the key)
    keyed = [b for b in strong if b is not a and b not in picked and b.kind == "func" and _BY_MOVE.search(ctx.text, 0, b.start)]
    for b in keyed[:1]:
        ctx.uses = [u for u in ctx.uses if not (u.hit.sense.key == "price" and u.hit.end <= b.start
                                                and _BY_MOVE.search(ctx.text, 0, b.start).start() < u.hit.start)]
        ctx.uses.append(Use(Hit(BY_KEY["return"], b.start, b.end, "verb")))
        picked.append(b)
    ctx.uses.sort(key=lambda u: u.hit.start)
    for b in picked:
        if b.value in ("down", "up") or (b.kind == "func" and b.extra in ("down", "up")):
            ctx.uses[[u.hit.start for u in ctx.uses].index(b.start)].hit.how = \
                "verb-down" if "down" in (b.value, b.extra) else "verb-up"
    for v in verbs:
        ctx.take(v)


def _estimates(ctx: Ctx) -> None:
    """In a forward-looking question a metric means its consensus estimate; one without an estimate is refused."""
    cue = any(a.kind == "est" for a in ctx.atoms)
    future = [m for m in ctx.time.mentions if m.value.estimates() and not m.value.fiscal_periods()]
    if not (cue or future):
        return
    _forward_pe(ctx)
    growth_to_estimate = _actual_to_estimate(ctx)
    for u in leaves(ctx.uses):
        s = u.hit.sense
        cue_before = [a for a in ctx.atoms if a.kind == "est" and a.end <= u.hit.start
                      and re.fullmatch(r"\s*", ctx.text[a.end:u.hit.start])]
        if cue_before and not s.is_fund and not s.is_estimate and "{E}" not in s.template:
            # "forward dividend yield", "expected share price": no consensus of it; never the trailing figure
            raise Refusal(f"there is no consensus estimate of {s.about.lower()}",
                          [ctx.text[cue_before[0].start:u.hit.end]])
        if s.is_estimate or not s.is_fund or u.hit.how == "ellipsis":
            continue
        if u in growth_to_estimate and not (cue_before and not _growth_said_of(ctx, u)):
            continue  # (the consensus said of a measure no growth word grades is the estimate: "consensus sales for
            # FY2025 ... and the growth from FY2024's actual")
        near_past = _near_time(ctx, u, lambda v: bool(v.fiscal_periods()) and not v.estimates())
        if near_past is not None and (not cue or all(any(
                v.hit.sense.is_estimate and (re.fullmatch(r"\s*", ctx.text[v.hit.end:a.start])
                                             or re.fullmatch(r"\s*", ctx.text[a.end:v.hit.start]))
                for v in leaves(ctx.uses)) for a in ctx.atoms if a.kind == "est")):
            continue  # "2024 sales and the 2025 consensus sales estimate": the estimate word is the estimate's own
        if any(a.kind == "actual" and (0 <= a.start - u.hit.end <= 12 or 0 <= u.hit.start - a.end <= 12) for a in ctx.atoms) \
                or re.search(r"\breported\s+$", ctx.text[:u.hit.start]):
            continue  # "last year's actual EPS", "EPS actual", "reported revenue": the reported figure
        if s.estimate:
            u.hit = Hit(BY_KEY[s.estimate], u.hit.start, u.hit.end, u.hit.how, u.hit.score)
        elif s.key == "net_inc" and "earnings" in ctx.text[u.hit.start:u.hit.end]:
            u.hit = Hit(BY_KEY["fe_eps"], u.hit.start, u.hit.end, u.hit.how, u.hit.score)
        elif near_past is None:
            raise Refusal(f"there is no consensus estimate of {s.about.lower()}",
                          [ctx.text[u.hit.start:u.hit.end]] + [ctx.text[a.start:a.end] for a in ctx.atoms if a.kind == "est"])
    for a in [a for a in ctx.atoms if a.kind == "actual"]:
        # (round 22) "X's actual, reported fiscal 2025 sales", "the actual FY2025 EPS": the reported figure of a year
        # after the data's last fiscal year, which only an estimate covers; it was the consensus (a wrong answer)
        u = next((v for v in leaves(ctx.uses) if v.hit.start >= a.end), None)
        if u is not None and u.hit.sense.is_estimate and any(a.end <= m.start and m.end <= u.hit.start for m in future) \
                and re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?[\s,]*", _blank_words(ctx, a.end, u.hit.start)):
            raise Refusal("a reported figure for a fiscal year not yet reported (the data's last is FY"
                          f"{LATEST_FY}; after it FinQL has consensus estimates only)",
                          [ctx.text[a.start:u.hit.end]])
    for a in ctx.atoms:
        if a.kind in ("est", "actual"):
            ctx.take(a)
    # "mean EPS estimate", "the average analyst forecast for EPS": the consensus is that mean, no AVG of its own
    for a in [a for a in ctx.atoms if a.kind == "func" and a.value == "AVG"]:
        nxt = [u for u in leaves(ctx.uses) if u.hit.start >= a.end and u.hit.sense.is_estimate]
        gap = ctx.text[a.end:nxt[0].hit.start] if nxt else "-"
        for x in ctx.atoms:
            if x.kind == "est" and a.end <= x.start and nxt and x.end <= nxt[0].hit.start:
                gap = gap[:x.start - a.end] + " " * (x.end - x.start) + gap[x.end - a.end:]
        # (named companies only: "the average consensus EPS of banks" is an average across companies, refused)
        # (round 31) "What do analysts expect, on average, for X's EPS next year?", "analysts, on average, forecast":
        # the average of the analysts' expectations, set off by commas, is the consensus itself (named companies)
        said_of_analysts = bool(nxt) and _ANALYSTS_ON_AVERAGE.search(ctx.text, 0, a.start) is not None \
            and re.match(r"\s*,", ctx.text[a.end:]) is not None
        if ctx.ents.tickers and (re.fullmatch(r"(?:\s+(?:the|of|for|an?|analysts?'?|street|'s)\b)*\s*", gap)
                                 or said_of_analysts):
            ctx.take(a)


# "analysts expect, on average, ...", "what do analysts, on average, forecast": "average" said of the analysts' estimate
_ANALYSTS_ON_AVERAGE = re.compile(r"\b(?:analysts?|the\s+street|brokers?)\s*(?:(?:expect|forecast|predict|project|estimate|"
                                  r"see|think)s?\s*)?,\s*on\s+$")


_SET_AGAINST = r"(?:vs\.?|versus|against|compare[sd]?\s+(?:with|to)|and|to|from)"


def _movers_over(ctx: Ctx) -> None:
    """"cal 2022 winners in energy >30%", "losers of more than 20% this year": the market's word for the stocks that
    rose (fell) with a threshold in percent after it is a condition on the share price return (as "gained more than
    30%" is), not a ranking by it; the threshold was left over (refused). A set or a period may stand between."""
    if ctx.ents.tickers:  # (a figure asked beside them, "and their P/E", is no threshold's measure)
        return
    for a in [a for a in ctx.atoms if a.kind == "rank" and re.fullmatch(_MOVERS, ctx.text[a.start:a.end])
              and id(a) not in ctx.used_atoms]:
        cmp = next((x for x in ctx.atoms if x.start >= a.end), None)
        num = next((x for x in ctx.atoms if cmp is not None and x.start >= cmp.end), None)
        if cmp is None or num is None or cmp.kind != "cmp" or cmp.extra or cmp.value not in (">", ">=", "<", "<=") \
                or num.kind != "num" or num.value[1] not in _PCT_UNITS \
                or not re.fullmatch(r"\s*", ctx.text[cmp.end:num.start]):
            continue
        gap = _blank(ctx, ctx.text[a.end:cmp.start], a.end)
        for t in ctx.ents.sets:
            if a.end <= t.start and t.end <= cmp.start:
                gap = gap[:t.start - a.end] + " " * (t.end - t.start) + gap[t.end - a.end:]
        if not re.fullmatch(r"\s*(?:(?:in|of|among|from|with|by|during|over)\s+)*", gap):
            continue
        up = re.fullmatch(r"(?:gainer|winner|riser)s?", ctx.text[a.start:a.end]) is not None
        ctx.uses = [u for u in ctx.uses if u.hit.sense.key != "price"]
        ctx.uses.append(Use(Hit(BY_KEY["return"], a.start, a.end, "verb-up" if up else "verb-down")))
        ctx.uses.sort(key=lambda u: u.hit.start)
        ctx.take(a)


def _elliptic_measure(ctx: Ctx) -> None:
    """"nxt yr eps est vs last yr actual", "fy24 eps vs fy25 cons": a period then an estimate or actual word, set
    against one measure named before it, is that measure again (the reported figure, or its consensus) at that
    period, the measure not said twice. Only where nothing else stands between: the word is refused otherwise."""
    for a in [a for a in ctx.atoms if a.kind in ("est", "actual") and id(a) not in ctx.used_atoms]:
        if any(u.hit.start >= a.end and re.fullmatch(r"[\s'-]*(?:s\s+)?", ctx.text[a.end:u.hit.start]) for u in ctx.uses):
            continue  # "vs fy24 actual eps": the measure is said
        m = next((m for m in ctx.time.mentions if m.end <= a.start
                  and re.fullmatch(r"(?:'s)?\s*(?:the\s+)?", ctx.text[m.end:a.start])), None)
        if m is None:
            continue
        # ("consensus FY2025 EPS next to its FY2024 actual": the company's own figure, set beside)
        cue = re.search(rf"\b(?:{_SET_AGAINST}|next\s+to|alongside|beside)\s+(?:the\s+|its\s+|their\s+)?$",
                        ctx.text[:m.start])
        # "cons rev fy26 vs fy24 actual %": the two periods set against each other in one mention, the measure before
        paired = cue is None and re.search(rf"\b{_SET_AGAINST}\b", ctx.text[m.start:m.end]) is not None
        end = cue.start() if cue else m.start if paired else -1
        before = [u for u in ctx.uses if u.hit.end <= end]
        if not before or before[-1].parts or before[-1].func is not None:
            continue
        u = before[-1]
        gap = _blank_words(ctx, u.hit.end, end)  # (the measure's own period blanked: "consensus EPS for next year vs")
        for t, p in ctx.ents.ticker_pos.items():  # ("consensus EPS for Northwind Systems next to ...": its company)
            name = by_ticker()[t].name.lower() if t in by_ticker() else t.lower()
            if u.hit.end <= p and ctx.text.startswith(name, p) and p + len(name) <= end:
                gap = gap[:p - u.hit.end] + " " * len(name) + gap[p + len(name) - u.hit.end:]
        if not re.fullmatch(r"[\s,']*(?:s\s+)?(?:(?:for|in|of|at)\s+)?[\s,]*", gap):
            continue
        s = u.hit.sense
        if a.kind == "actual":
            sense = next((x for x in BY_KEY.values() if x.estimate == s.key), None) if s.is_estimate else \
                (s if s.is_fund and s.estimate else None)
        else:
            sense = s if s.is_estimate else (BY_KEY[s.estimate] if s.is_fund and s.estimate else None)
        if sense is None or not paired and not _fits(Use(Hit(sense, a.start, a.end, "ellipsis")), m.value):
            continue
        pct = next((x for x in ctx.atoms if x.kind == "pctcue" and id(x) not in ctx.used_atoms
                    and re.fullmatch(r"[\s,]*", ctx.text[a.end:x.start])), None)
        if paired and pct is None or any(x.kind == "func" and x.start >= a.end and id(x) not in ctx.used_atoms and not (
                # ("fy24 eps vs fy25 cons, and % chg": the two figures and, beside them, the growth between them)
                x.value == "GROWTH" and not paired and pct is None and _ASKED_BESIDE.search(ctx.text, 0, x.start))
                for x in ctx.atoms):
            continue
        if pct is not None and s.base and (s.is_estimate or s.estimate) and u.time is None:
            # "cons rev fy26 vs fy24 actual %": the estimate against the reported figure, in percent, is the expected
            # growth from the one to the other (``_estimate_growth`` reads the two years named)
            u.func = Atom("func", pct.start, pct.end, "GROWTH")
            ctx.take(a)
            ctx.take(pct)
            _take_set_against(ctx, cue)
            continue
        said = Use(Hit(sense, m.start, a.end, "ellipsis"), m, pinned=True)
        ctx.uses.append(said)
        ctx.uses.sort(key=lambda x: x.hit.start)
        ctx.used_times.add(id(m))
        ctx.take(a)
        _take_set_against(ctx, cue)


# (round 38, f38a) a total or an average said bare after the one measure asked over several periods: "capex for FY2021
# to FY2024 and the average", "average annual free cash flow and the cumulative total, both over FY2020 through
# FY2024": that measure's total (average) over the same periods, a column of its own (it was left over, refused).
# ((round 39) and over the quarters of one fiscal year listed, "sales for each quarter of fiscal 2024, and the full-year
# total as well" (t38a-053, which this comment gave as read: one fiscal year is one period, and it was refused): the sum
# of the quarters, as the gold writes it)
_BARE_FUNC_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|plus)\s+(?:also\s+)?(?:the|its|their)\s+$")
_BARE_FUNC_AFTER = re.compile(r"\s*(?:as\s+well|too|also)?\s*(?:[,.;?!]|$)")


def _elliptic_function(ctx: Ctx) -> None:
    uses = leaves(ctx.uses)
    if len(uses) != 1 or uses[0].parts or uses[0].time is None:
        return
    u = uses[0]
    periods = u.time.value.fiscal_periods() or []
    if len(periods) < 2 and not (ctx.time.quarterly and u.time.value.kind == "year" and u.time.value.fiscal
                                 and len(periods) == 1):
        return
    for a in [a for a in ctx.atoms if a.kind == "func" and a.value in ("SUM", "AVG") and id(a) not in ctx.used_atoms
              and a.start >= u.hit.end]:
        start, extra = a.start, []
        for b in sorted(ctx.atoms, key=lambda x: -x.start):  # "the full-year total", "the cumulative total"
            if b.end <= start and re.fullmatch(r"\s*", ctx.text[b.end:start]) and (
                    b.kind == "wholeyear" or b.kind == "func" and b.value == a.value) and id(b) not in ctx.used_atoms:
                start = b.start
                extra.append(b)
        joint = _BARE_FUNC_BEFORE.search(ctx.text[:start])
        if not joint or not _BARE_FUNC_AFTER.match(ctx.text, a.end):
            continue
        extra += [x for x in ctx.atoms if x.kind == "arith" and joint.start() <= x.start and x.end <= start]
        if u.func is not None and u.func.value == a.value or not _func_ok(a.value, u.hit.sense, a.extra):
            continue
        said = Use(Hit(u.hit.sense, start, a.end, "ellipsis"), u.time, pinned=True)
        said.func = a
        ctx.uses.append(said)
        ctx.uses.sort(key=lambda x: x.hit.start)
        ctx.take(a)
        for b in extra:
            ctx.take(b)
        return


def _take_set_against(ctx: Ctx, cue: re.Match[str] | None) -> None:
    """The words that set the elided figure against the one named ("compared with its FY2024 actual"): read with it
    (the structure step took "compared with" before "its" as a division, which was left over)."""
    if cue is not None:
        for x in ctx.atoms:
            if x.kind == "arith" and cue.start() <= x.start and x.end <= cue.end():
                ctx.take(x)


def _forward_pe(ctx: Ctx) -> None:
    """A P/E in a forward-looking question is on consensus EPS: "P/E on FY2 consensus earnings",
    "2026 P/E" = ``P_PRICE(D0) / FE_EPS(FY2)``; the EPS it is "on" is its denominator, not another item."""
    for u in [u for u in ctx.uses if u.hit.sense.key in ("pe", "fwd_pe") and not u.parts]:
        start, end = u.hit.start, u.hit.end
        after = [x for x in ctx.uses if x.hit.start >= u.hit.end]
        if after and after[0].hit.sense.key in ("eps", "fe_eps", "net_inc") and re.fullmatch(
                r"\s*(?:on|of|using|based on|with|at|off|from|against|to)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}",
                ctx.text[u.hit.end:after[0].hit.start]) or after and (
                after[0].hit.sense.key in ("eps", "fe_eps", "net_inc") or after[0].hit.sense.is_estimate) \
                and "," not in ctx.text[u.hit.end:after[0].hit.start] and re.fullmatch(
                # ((round 46, r46) a screen's bound between, then "on" the consensus: "a P/E below 10 on fiscal 2025
                # EPS estimates" was the trailing P/E compared, the estimate a column (a wrong answer, as f45p's
                # reported year was); the bound stays the condition's, on the forward P/E; on another estimate, "on
                # fiscal 2025 sales estimates", refused as ``_multiple_on_a_year`` refuses a reported one)
                rf"\s*{_BOUND_BETWEEN}(?:on|using|based on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){{0,4}}",
                ctx.text[u.hit.end:after[0].hit.start]):
            if after[0].hit.sense.key not in ("eps", "fe_eps") and not (after[0].hit.sense.key == "net_inc" and "earning"
                                                                      in ctx.text[after[0].hit.start:after[0].hit.end]):
                raise Refusal("a multiple on a figure it is not taken on", [ctx.text[u.hit.start:after[0].hit.end]])
            ctx.uses.remove(after[0])
            end = after[0].hit.end
        elif not any(a.kind == "est" and re.fullmatch(r"\s*", ctx.text[a.end:start]) for a in ctx.atoms) \
                and not any(m.value.estimates() and not m.value.fiscal_periods() and (
                (m.end <= start and re.fullmatch(r"[\s'-]*(?:s\s+)?", ctx.text[m.end:start])) or
                (m.start >= end and re.fullmatch(r"\s*(?:for|in|on)?\s*(?:the\s+)?", ctx.text[end:m.start])))
                for m in ctx.time.mentions):
            continue  # "P/E and consensus EPS for 2025": the P/E stays trailing
        elif u.hit.sense.key == "fwd_pe":
            continue
        u.hit = Hit(BY_KEY["fwd_pe"], start, end, u.hit.how, u.hit.score)


# (round 45, f45p) a screen's bound said between a multiple and the figure it is taken on: "a P/E below 10 on fiscal
# 2023 EPS" (``_multiple_on_a_year``); (round 46, r46) and on the consensus, "a P/E below 10 on fiscal 2025 EPS
# estimates" (``_forward_pe``)
_BOUND_BETWEEN = (r"(?:(?:is|are|was|were|of)\s+)?(?:above|below|over|under|(?:more|less|greater|lower|higher)\s+than|"
                  r"at\s+(?:least|most))\s+[$€£¥]?\d[\d.,]*\s*%?\s*,?\s*")
# the named multiples a year's figure may be said "on", with the one figure each is on ("P/S on fiscal 2023 sales")
_NAMED_MULTIPLE_ON = {"ps": "sales", "pb": "equity"}
# (round 26) a yield said on a named year's figure: that figure over the price (the market cap for free cash flow), in
# percent ("dividend yield on FY2023 dividends" was the trailing yield with the year's DPS beside it: a wrong answer)
_YIELD_ON = {"div_yield": "dps", "earnings_yield": "eps", "fcf_yield": "fcf"}


# (round 47, f47w) "based on", "using", "going by" said right after a market multiple ("P/E today, based on fiscal 2023")
_BASED_ON = re.compile(r"(?:\s+(?:today|now|currently|at\s+present|right\s+now))?\s*,?\s*(?:based\s+on|using|going\s+by|"
                       r"on\s+the\s+basis\s+of|off)\s+(?:(?:the|its|their)\s+)?")


def _multiple_based_on_a_bare_period(ctx: Ctx) -> None:
    """(round 47, f47w) A market multiple or yield said "based on" (using, going by) a period with no figure after it:
    "P/E today, based on fiscal 2023, and its net income" was today's P/E, the year taken by the net income after it
    and "based on" dropped (a P/E on fiscal 2023 earnings is not today's: a wrong answer). Which figure of that year
    the multiple is taken on is not said (SPEC's P/E is the latest four quarters' EPS): named. "P/E based on fiscal
    2023 EPS" (the figure said) is ``_multiple_on_a_year``'s."""
    for u in ctx.uses:
        if u.parts or u.hit.sense.key not in ("pe", *_NAMED_MULTIPLE_ON, *_YIELD_ON, "ev_ebitda", "mkt_cap"):
            continue
        on = _BASED_ON.match(ctx.text, u.hit.end)
        if on is None:
            continue
        m = next((m for m in ctx.time.mentions if m.start == on.end() and m.value.fiscal_periods()
                  and m.value.kind in ("year", "years", "fylabel", "quarter", "fqrel", "half", "yearsago")), None)
        if m is None:
            continue
        if any(x.hit.start >= m.end and re.fullmatch(r"\s*(?:'s\s*)?(?:(?:reported|annual|full[- ]year|actual)\s+)?",
                                                    ctx.text[m.end:x.hit.start]) for x in ctx.uses):
            continue  # ("P/E based on fiscal 2023 EPS": the figure said)
        raise Refusal("a multiple based on a period with no figure named (which figure of that year?)",
                      [ctx.text[u.hit.start:m.end]])


def _multiple_on_a_year(ctx: Ctx) -> None:
    """"P/E on fiscal 2023 EPS", "what is X trading at on its 2023 earnings": a multiple said "on" (of) the reported
    earnings of a named year is the price over that year's EPS (``P_PRICE(D0) / FF_EPS(FY2023)``), not the trailing
    P/E (or the price) and the EPS beside it. (Consensus earnings are the forward P/E's, ``_forward_pe``; "trailing"
    earnings the P/E itself.) Said on a year's sales, free cash flow or equity ("P/E on fiscal 2023 sales", "trading at
    on its 2023 sales", "P/S on fiscal 2023 sales") it is the market cap over that figure, never the P/E (or the P/S of
    the latest year) with the figure as a column of its own; a named multiple on another figure than its own ("P/S on
    2023 net income"), or a multiple on a figure no multiple is taken on ("P/E on operating income"), is refused."""
    _multiple_based_on_a_bare_period(ctx)
    for u in [u for u in ctx.uses if not u.parts and (u.hit.sense.key in ("pe", *_NAMED_MULTIPLE_ON, *_YIELD_ON)
                                                       or u.hit.sense.key == "price"
                                                       and re.fullmatch(r"trad(?:e|es|ed|ing)(?: at)?",
                                                                        ctx.text[u.hit.start:u.hit.end]))]:
        after = [x for x in ctx.uses if x.hit.start >= u.hit.end]
        if not after or after[0].parts or not after[0].hit.sense.is_fund:
            continue
        y = after[0]
        gap = _blank_estimate_words(ctx, u.hit.end, y.hit.start)
        years = [m for m in ctx.time.mentions if u.hit.end <= m.start and m.end <= y.hit.start]
        for m in years:
            gap = gap[:m.start - u.hit.end] + " " * (m.end - m.start) + gap[m.end - u.hit.end:]
        # ((round 45, f45p) a screen's bound may stand between the multiple and the figure it is taken on: "a P/E
        # below 10 on (using) fiscal 2023 EPS", "a dividend yield above 3% based on fiscal 2024 dividends"; it was the
        # trailing multiple compared, the year's figure a column beside it (a wrong answer). The bound stays the
        # condition's, on the multiple read here)
        # ((round 45, lead) a comma before "on", "using", "based on", "against": "P/E today, based on fiscal 2023 EPS",
        # "FCF yield today, based on free cash flow over the last twelve months" was the trailing multiple, the figure a
        # column (a wrong answer, noticed by f45p))
        on = re.fullmatch(r"\s*(?:,\s*(?=(?:on|using|based\s+on|against)\s))?(?P<co>(?:of|for)\s+(?!(?:more|less|greater|lower|higher|above|below|over|under|at)\b)\S.*?\s+)?"
                          rf"(?P<bound>{_BOUND_BETWEEN})?"
                          r"(?:on|of|using|based on|against|off)\s+(?:(?:the|its|their)\s+)?\s*(?:'s\s*)?", gap)
        if not on or on.group("co") and not any(  # ("P/E of X on fiscal 2023 EPS": the company named between)
                u.hit.end + on.start("co") <= p < u.hit.end + on.end("co") for p in ctx.ents.ticker_pos.values()):
            continue
        yld = _YIELD_ON.get(u.hit.sense.key)
        said = "eps" if y.hit.sense.key == "net_inc" and "earning" in ctx.text[y.hit.start:y.hit.end] else y.hit.sense.key
        if yld is not None and (said != yld or y.hit.sense.is_estimate):
            raise Refusal("a yield on a figure it is not taken on", [ctx.text[u.hit.start:y.hit.end]])
        if yld is None and (y.hit.sense.key not in _MULTIPLE_OF or y.hit.sense.is_estimate
                            or _NAMED_MULTIPLE_ON.get(u.hit.sense.key, y.hit.sense.key) != y.hit.sense.key):
            raise Refusal("a multiple on a figure it is not taken on", [ctx.text[u.hit.start:y.hit.end]])
        if not years or not all(m.value.fiscal_periods() and not m.value.estimates() for m in years):
            # ("P/E on earnings": no year of its own; a year of another measure is not this one's)
            raise Refusal("a multiple on a figure with no reported year of its own", [ctx.text[u.hit.start:y.hit.end]])
        now = [m for m in years if m.value.kind == "now" and m is years[0] and len(years) == 2]
        years = [m for m in years if m not in now]
        if len(ctx.time.mentions) > 1 + len(now):  # (one mention only, the year's)
            # ("P/E at the end of 2023 on fiscal 2022 EPS": the price's own date beside the year is not read here)
            raise Refusal("a multiple on one year's figure with another date", [ctx.text[u.hit.start:y.hit.end]])
        # "P/E on fiscal 2023 net income": the total earnings, so the company's value over them (market cap / net
        # income, the P/E of the whole company); "earnings" alone is the per-share figure
        total = y.hit.sense.key == "net_inc" and "earning" not in ctx.text[y.hit.start:y.hit.end]
        top, bottom = ("mkt_cap", "net_inc") if total else (_MULTIPLE_OF.get(said, "price"), said)
        eps = Use(Hit(BY_KEY[bottom], y.hit.start, y.hit.end, y.hit.how, y.hit.score), years[0], y.func, pinned=True)
        # ((round 45, f45p) and the multiple's own day said as today: "FCF yield today using last twelve months free
        # cash flow", "P/E now on fiscal 2023 EPS": the price (market cap) of D0, as unsaid)
        price = Use(Hit(BY_KEY[top], u.hit.start, u.hit.end, "verb"), now[0] if now else None, pinned=True)
        if yld is not None:  # (a yield: the year's figure over the price, in percent)
            top, bottom, price, eps = bottom, top, eps, price
        sense = Sense(f"{top}/{bottom}", _combine(BY_KEY[top].template, "/", BY_KEY[bottom].template, yld is not None),
                      (), percent=yld is not None, about=f"{BY_KEY[top].about} / {BY_KEY[bottom].about}")
        ctx.uses = [x for x in ctx.uses if x is not u and x is not y]
        ctx.uses.append(Use(Hit(sense, u.hit.start, y.hit.end, "arith"), parts=(price, "/", eps, yld is not None)))
        ctx.uses.sort(key=lambda x: x.hit.start)
        ctx.used_times.update(id(m) for m in years)
    _figure_off_another(ctx)
    _price_off_its_extreme(ctx)


# (round 48, f48x) the words between a measure and a reported figure it is said "off" (a value "on", "using", "based
# on" one), a period and the company at most (``_figure_off_another``)
_OFF_A_FIGURE = re.compile(r"\s*,?\s*(?:off|(?P<on>on|using|based\s+on))\s+(?:(?:the|its|their)\s+)?"
                           r"(?:[\w&.'-]+\s+){0,4}?")
_VALUE_ON = ("mkt_cap", "ev")


def _figure_off_another(ctx: Ctx) -> None:
    """(round 48, f48x) A measure said "off" a reported figure that no multiple reads ("X's market cap off fiscal 2023
    sales", "net income off 2023 sales"), or a company's value "on" ("using", "based on") one ("market cap on fiscal
    2023 sales"): both figures were read as columns and the word dropped (a wrong answer: a multiple? the market cap
    that year?). Named. A multiple on its figure ("P/E off fiscal 2023 EPS", "P/S off 2023 sales") is
    ``_multiple_on_a_year``'s; "down 10% off its high" and "market cap and fiscal 2023 sales" read as before."""
    ordered = sorted(ctx.uses, key=lambda x: x.hit.start)
    for u, y in zip(ordered, ordered[1:], strict=False):
        if u.parts or y.parts or not y.hit.sense.is_fund or y.hit.start < u.hit.end:
            continue
        gap = _OFF_A_FIGURE.fullmatch(ctx.text, u.hit.end, y.hit.start)
        if gap is None or gap.group("on") and u.hit.sense.key not in _VALUE_ON:
            continue
        words = ctx.text[gap.end("on") if gap.group("on") else u.hit.end:y.hit.start]
        if re.search(r"[,;:?!]|\b(?:and|or|plus|minus|vs|versus)\b", words.lstrip(" ,")):
            continue
        raise Refusal("a figure said off (on) another that no multiple reads", [ctx.text[u.hit.start:y.hit.end]])


# (round 49, r49) the words between a price and its high or low said "off" it: "X's share price off its 52-week high",
# "X's close off its 2023 peak", "their price, off their highs"
_PRICE_OFF = re.compile(r"\s*,?\s+(?:(?:is|was|are|were|trading|trades|traded|now)\s+)*off\s+(?:its|their|the)\s+"
                        r"(?:[\w'-]+\s+){0,3}?")


def _price_off_its_extreme(ctx: Ctx) -> None:
    """(round 49, r49) A price said "off" its high or low with no question of how far ("Cobalt Motors' share price off
    its 52-week high", "X's price off its 2023 high"): the price and the high were read as two columns and "off" dropped
    (the sibling of f48x's figure said off another, ``_figure_off_another``). The distance is asked by "how far is X's
    share price from its 52-week high?"; named. "How much is X off its 52-week high?", "X stock down 10% off its
    high", "X's close versus its 2023 high" read as before."""
    ordered = sorted(ctx.uses, key=lambda x: x.hit.start)
    for u, y in zip(ordered, ordered[1:], strict=False):
        if u.hit.sense.key != "price" or y.hit.sense.key not in ("high", "low") or u.parts or y.parts \
                or y.hit.start < u.hit.end or not _PRICE_OFF.fullmatch(ctx.text, u.hit.end, y.hit.start):
            continue
        if re.search(r"\bhow\s+(?:far|much)\b", ctx.text[:u.hit.start]):
            continue  # (a distance asked: its own reading)
        raise Refusal("a price said off its high or low: ask how far it is from it, or for both figures",
                      [ctx.text[u.hit.start:y.hit.end]])


def _extreme_of_a_figure(ctx: Ctx) -> None:
    """"The trough of X's revenue between FY2019 and FY2024", "the peak of its EPS", "its peak revenue": the highest (lowest) of a reported
    figure over periods, which FinQL has no function for; the price's high (low) and the figures beside it were a wrong
    answer. Refused, naming the words."""
    for u in [u for u in ctx.uses if u.hit.sense.key in ("high", "low") and not u.parts]:
        after = [x for x in ctx.uses if x.hit.start >= u.hit.end]
        if not after or not after[0].hit.sense.is_fund:
            continue
        on = re.fullmatch(r"\s+(?:of|in)\s+(?:(?:the|its|their)\s+)?(?P<co>\S.*?(?:'s|s')\s+)?", ctx.text[u.hit.end:after[0].hit.start])
        if on is None and ctx.text[u.hit.start:u.hit.end] in ("peak", "trough"):
            on = re.fullmatch(r"\s+(?P<co>)", ctx.text[u.hit.end:after[0].hit.start])  # "its peak revenue"
        if on and (not on.group("co") or any(u.hit.end + on.start("co") <= p < u.hit.end + on.end("co")
                                             for p in ctx.ents.ticker_pos.values())):
            raise Refusal("the highest or lowest of a reported figure over periods is not computed",
                          [ctx.text[u.hit.start:after[0].hit.end]])


def _actual_to_estimate(ctx: Ctx) -> list[Use]:
    """Uses whose growth runs from a reported year to an estimate year (expected growth)."""
    out = []
    growth = [a for a in ctx.atoms if a.kind == "func" and a.value == "GROWTH"]
    if not growth:
        return out
    for u in ctx.uses:
        if u.hit.sense.is_fund and u.hit.sense.estimate:
            out.append(u)
    return out


def _growth_said_of(ctx: Ctx, u: Use) -> bool:
    """Whether a growth word grades this use's measure: "EPS growth", "the growth of (in) EPS"."""
    return any(a.kind == "func" and a.value == "GROWTH" and (
        re.fullmatch(r"\s*", ctx.text[u.hit.end:a.start])
        or re.fullmatch(r"\s*(?:of|in)\s+(?:the\s+|its\s+|their\s+)?", ctx.text[a.end:u.hit.start])) for a in ctx.atoms)


def _near_time(ctx: Ctx, u: Use, ok: Any) -> Mention | None:
    for m in ctx.time.mentions:
        if ok(m.value) and abs(m.start - u.hit.end) < 25:
            return m
    return None


# "what did X's net income do in FY2024", "how has EPS done": a company's figure made the subject of "do" (round 23)
# (round 25: "how did X's sales perform (fare)": how a figure performed is how it moved too, as "how did they do" is)
_FIGURE_DID = re.compile(r"\b(?:what|how)\s+(?:did|does|do|has|have|had)\s+(.{1,80}?)\s+(?:do|done|doing|perform|"
                         r"performed|performing|fare|fared|faring)\b"
                         r"(?!\s+(?:better|worse|well|badly)\b)")


def _what_a_figure_did(ctx: Ctx) -> None:
    """"What did X's net income do in FY2024?", "how has EPS done over the last year?": what a reported (or expected)
    figure "did" asks how it changed (by how much, in percent or in its unit, from when?), which the words do not
    settle; it was the figure itself, "do" read as a light verb (a wrong answer). Refused, naming the verb. The move of
    a share ("what did X's shares do") is its return and is not this."""
    for m in _FIGURE_DID.finditer(ctx.text):
        inside = [u for u in ctx.uses if m.start(1) <= u.hit.start and u.hit.end <= m.end(1)]
        if inside and all((u.hit.sense.is_fund or u.hit.sense.is_estimate or u.hit.sense.is_point)
                          and not u.hit.sense.template.startswith("P_") for u in inside) and not any(
                a.kind in ("func", "move") and m.start(1) <= a.start < m.end(1) for a in ctx.atoms):
            raise Refusal("what a figure did: a change asked without its measure (the growth in percent, or the "
                          "difference, and from when?)", [ctx.text[m.end() - len(m.group(0).split()[-1]):m.end()]])


# (round 26) a yes/no question about the change closing the question, in a sentence or a dash's clause of its own: "X:
# EPS in fiscal 2021 versus last year. Did it shrink?", "... - did it grow?", "... Has it improved?"
_CLOSING_YES_NO = re.compile(r"(?:[.?!;]|\s-+|\s[–—])\s*(?:(?:and|so)\s+)?(?:did|has|have|had)\s+"
                             r"(?:it|they|that|this|these|those)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*\?\s*$")


def _periods_listed(v: Any) -> int:
    """How many periods a time mention lists ("fiscal 2020 versus fiscal 2024", "FY2023 and FY2024": two; one else)."""
    if v.kind == "years" and v.each:
        return len(v.years)
    if v.kind == "quarters" and v.each:
        return len(v.quarters)
    return 1


def _closing_yes_no(ctx: Ctx) -> None:
    """"Eastgate: EPS in fiscal 2021 versus last year. Did it shrink?": a yes/no question about the change closing a
    request for one measure at two periods is answered by the two figures asked (as "... - did it swing to a profit?"
    is); its verb was read as the growth between them, a figure not asked for (a wrong answer). The verb is taken as
    the yes/no's: the figures stay. Only where the request before it says two periods and no change word of its own
    ("Did it shrink?" after one period, or "how much did it grow?", is left to the other steps)."""
    m = _CLOSING_YES_NO.search(ctx.text)
    if m is None or not ctx.ents.tickers:
        return
    verbs = [a for a in ctx.atoms if a.kind in ("func", "move") and id(a) not in ctx.used_atoms]
    inside = [a for a in verbs if a.start >= m.start()]
    before = [t for t in ctx.time.mentions if t.end <= m.start()]
    # (the auxiliary "did" is a move atom of no value: "what did X's shares do")
    if not any(a.value == "GROWTH" for a in inside) or any(a.value not in ("GROWTH", None) for a in inside) \
            or any(a.start < m.start() for a in verbs) or sum(_periods_listed(t.value) for t in before) != 2 or any(t.start >= m.start() for t in ctx.time.mentions) \
            or not all(u.hit.end <= m.start() for u in ctx.uses):
        return
    for a in inside:
        ctx.take(a)


def _figures_up(ctx: Ctx) -> None:
    """"Banks whose shares outstanding are up since 2020", "whose debt is down": "up" / "down" said of a reported
    figure is its growth (above / below zero), as "rose" / "fell" are; it was dropped, which answered without the
    condition (a wrong answer). Said of the shares themselves ("whose shares are up") it stays the price's move."""
    for a in ctx.atoms:
        if a.kind != "move" or a.value not in ("up", "down") or ctx.text[a.start:a.end] not in ("up", "down") \
                or id(a) in ctx.used_atoms:
            continue
        # ("hc or retail: rev up but ni down yoy": a screen's shorthand leaves the verb out; of a named company, "nwsy
        # rev up?" asks yes or no, left to the refusal)
        copula = r"(?:(?:is|are|was|were)|(?:has|have|had)\s+been)\s+(?:(?:now|also|still)\s+)?"
        before = [u for u in ctx.uses if u.hit.end <= a.start and re.fullmatch(
            rf"\s+{copula}" if ctx.ents.tickers else rf"\s+(?:{copula})?", ctx.text[u.hit.end:a.start])]
        if before and not before[-1].parts and before[-1].func is None and before[-1].hit.sense.is_fund \
                and before[-1].hit.sense.base:
            a.kind, a.value, a.extra = "func", "GROWTH", a.value


# the gap between a function's verb and its measure that holds only a threshold said "of" it ("averaged more than
# 500 million of quarterly net income", "totalled over 2bn of sales")
_AMOUNT_OF = re.compile(r"\s+(?:more than|less than|over|under|above|below|at least|at most|upwards of)\s+[$€£¥]?\s?"
                        r"\d[\d.,]*\s*(?:billion|bn|million|mn|m|b)?\s+(?:(?:dollars|euros|pounds|yen|francs)\s+)?of\s+"
                        r"(?:(?:the|its|their)\s+)?(?:(?:quarterly|annual|yearly)\s+)?")


_LAST_WORDS = re.compile(r"\s*(?:please\s*)?[.?!]*\s*")


# (round 49, f49w) a function asked alone, after the figures it is of: "..., just the total", "..., only the total,
# please", "..., I only need the total", "..., the total only", "..., total alone"
_ALONE_BEFORE = re.compile(r"[,;:]\s*(?:(?:and|but)\s+)?(?:(?:i|we)\s+(?:only|just)\s+(?:need|want)\s+|(?:just|only|simply)\s+"
                           r"(?:(?:give|show|send|tell)\s+(?:me|us)\s+|(?:need|want)\s+)?)(?:the\s+)?$")
_ALONE_AFTER = re.compile(r"\s+(?:only|alone)\b")


def _said_alone(ctx: Ctx, a: Atom) -> bool:
    """Whether the function ``a`` is asked alone after the figures (``_ALONE_BEFORE`` or ``_ALONE_AFTER``), closing
    the question (``_said_last``)."""
    before = _ALONE_BEFORE.search(ctx.text, 0, a.start)
    after = _ALONE_AFTER.match(ctx.text, a.end)
    if before is None and not (after and re.search(r"[,;:]\s*(?:(?:and|but)\s+)?(?:the\s+)?$", ctx.text[:a.start])):
        return False
    end = after.end() if after else a.end
    return _said_last(ctx, end) or _LAST_WORDS.fullmatch(re.sub(r"^\s*,?\s*please\b", "", ctx.text[end:])) is not None


def _said_last(ctx: Ctx, at: int) -> bool:
    """Whether only the closing words follow ``at`` (``_LAST_WORDS``), or the target currency said after a comma and
    then those (round 38, f38b: "HIGH sales, last 4 qtrs summed, EUR": the total said last, before the currency)."""
    if _LAST_WORDS.fullmatch(ctx.text[at:]):
        return True
    cur = [c for c in currency_mentions(ctx.text) if c[0] >= at]
    return len(cur) == 1 and cur[0][2] == ctx.ents.currency and re.fullmatch(
        r"\s*,\s*(?:(?:in|into|converted\s+(?:in)?to)\s+)?", ctx.text[at:cur[0][0]]) is not None \
        and _LAST_WORDS.fullmatch(ctx.text[cur[0][1]:]) is not None


# (round 49, f49r) a sum said again of the periods it runs over, right before them ("total capex summed over fiscal 2020
# through fiscal 2024", "added up across the last eight quarters"); the words of a sum across the companies are not
_SUM_OF_ITS_PERIODS = re.compile(r"(?:summed|added)(?:\s+up)?\s+(?=(?:over|across)\s)((?:over|across)\s+(?:the\s+)?)?")
_ACROSS_COMPANIES = re.compile(r"\b(?:combined|together|altogether|all\s+told|in\s+all|jointly|between\s+them|aggregate|"
                               r"collectively|group|sum\s+of\s+(?:the|their|both|all))\b", re.IGNORECASE)


def _sum_said_of_its_periods(ctx: Ctx, a: Atom) -> bool:
    """Whether the sum word ``a`` ("summed over ...") says again, of the periods right after it, the total another
    word ("total") already read: "Total capex summed over fiscal 2020 through fiscal 2024 for A and B" is each
    company's sum over those years, said twice (of one company ``_compose`` drops it already). Never with a word that
    may sum across the companies ("combined", "together", "between them": left over, refused), never when the
    words after it are not a period the reading took, and only when every other sum word read is "total"/"sum"."""
    m = _SUM_OF_ITS_PERIODS.match(ctx.text, a.start)
    if m is None or _ACROSS_COMPANIES.search(ctx.text):
        return False
    if not any(t.start in (m.start(1), m.end()) and id(t) in ctx.used_times for t in ctx.time.mentions):
        return False
    others = [x for x in ctx.atoms if x is not a and x.kind == "func" and x.value == "SUM"]
    return bool(others) and all(id(x) in ctx.used_atoms and ctx.text[x.start:x.end].lower() in ("total", "sum")
                                for x in others)


def _periods_set_against(ctx: Ctx, start: int) -> bool:
    """Whether, after ``start``, a period is set against another ("in FY2024 compared with FY2023", "FY2024 vs
    FY2023"): the measure said before them is compared at each, not summed over them."""
    for c in _COMPARED.finditer(ctx.text, start):
        # (one period each: "total FCF last 2 qtrs vs the prior 2" sets two runs against each other, each one's sum)
        m1 = [m for m in ctx.time.mentions if start <= m.start and m.end <= c.start()
              and re.fullmatch(r"[\s,]*", ctx.text[m.end:c.start()]) and len(m.value.fiscal_periods() or []) == 1]
        m2 = [m for m in ctx.time.mentions if m.start >= c.end() and re.fullmatch(
            r"\s*(?:(?:in|for|at|with|to|the)\s+)*", ctx.text[c.end():m.start]) and len(m.value.fiscal_periods() or []) == 1]
        if m1 and m2:
            return True
    # ("FY2024 vs FY2023": the two periods read as one mention, set against each other inside it)
    return any(m.start >= start and len(m.value.fiscal_periods() or []) == 2
               and _COMPARED.search(ctx.text, m.start, m.end) is not None for m in ctx.time.mentions)


# (round 32) a measure added after a move, "and net income too (as well, also)": "Which companies grew sales in FY2024
# and net income too?" screened on the sales alone and listed the net income (its move dropped: a wrong answer); "Show
# the sales growth of A and B, and net income too" listed the net income's figure, where its growth may be asked
_AND_BEFORE = re.compile(r"(?:,\s*)?\band\s+(?:(?:its|their|the)\s+)?$")
_TOO_AFTER = re.compile(r"\s*,?\s*(?:too|as\s+well|also)\b")


def _move_too(ctx: Ctx) -> None:
    """(round 32) Refuses a measure with no function joined by "and ... too" after a measure with a growth or a CAGR
    (its move, or its figure?), naming the words; "X's sales in FY2024, and net income too" (no move) reads both."""
    for v in ctx.uses:
        and_ = _AND_BEFORE.search(ctx.text, 0, v.hit.start)
        too = _TOO_AFTER.match(ctx.text, v.hit.end)
        if v.func is None and and_ and too and any(
                u.func is not None and u.func.value in ("GROWTH", "CAGR") and u.hit.end <= and_.start() for u in ctx.uses):
            raise Refusal("a measure added after a move with 'too': its move too, or its figure?",
                          [ctx.text[and_.start():too.end()].strip(" ,")])


# (round 41, f41n) a question of its own, asked anew after a sentence's mark ("? What was its net income?", ". Show its
# sales."): not an ellipsis of the one before ("? And its net income?" may ask whether the net income is up or down)
_ASKED_ANEW = re.compile(r"[?!.;]\s*(?:(?:and|also|then|please)\s+)*(?:what|how|which|where|show|give|list|tell|display|"
                         r"provide|include|add)\b")


def _own_move_after(ctx: Ctx, a: Atom, after: Use) -> bool:
    """(round 42, f42n) Whether ``after`` is joined to the move ``a`` by "and its" (", plus the") and has a growth word
    of its own right after it ("X up or down in 2024 and its net income growth?"): the later measure's move is its own,
    so both directions offered are no move of it (the stock's return over the period was dropped, the growth alone
    given: a wrong answer). "X up or down in 2024 and its net income?" (is the net income up or down too?) stays named."""
    return bool(re.search(r"\s*,?\s*(?:and|plus|as\s+well\s+as)\s+(?:also\s+)?(?:its|their|the)\s+$", ctx.text[a.end:after.hit.start])) \
        and any(b.kind == "func" and b.value in ("GROWTH", "CAGR") and b is not a
                and re.fullmatch(r"\s*", ctx.text[after.hit.end:b.start]) for b in ctx.atoms)


def _company_opens(ctx: Ctx, a: Atom) -> re.Match[str] | None:
    """(round 42, f42n) "Falcon Software up or down in 2024 ...": the question opens on a company's name (or ticker),
    the move right after it; the opening as a match (as ``_ASKED_UP``'s), else None."""
    for ticker, pos in ctx.ents.ticker_pos.items():
        e = name_end(ctx.text, pos, ticker)
        if e is not None and re.fullmatch(r"\W*", ctx.text[:pos]) and re.fullmatch(
                r"(?:'s?)?\s+(?:(?:stock|shares?)\s+)?(?:(?:still|now|currently)\s+)?", ctx.text[e:a.start]):
            return re.match(r"", ctx.text)
    return None


def _stock_either_way(ctx: Ctx, a: Atom, after: Use) -> bool:
    """(round 41, f41n) "Is X up or down in 2024? What was its net income?": both directions offered of the company
    itself, with a period of returns said right after them in their own question, is its stock's return over that
    period (the sign says which way), as the question alone reads ("Is X up or down in 2024?"), beside the figure the
    next sentence asks anew. Added as the return and True; False where no period follows in that question ("Is X up or
    down? Show its net income": named, as f39n names it), one direction only is said ("Is X up in 2024?": a yes or
    no, f38m), or the next sentence is an ellipsis ("X: up or down in 2024? And its net income?": is the net income up
    or down too? named, as r40 names it)."""
    if not _EITHER_WAY.fullmatch(ctx.text, a.start, a.end) \
            or not (_ASKED_ANEW.search(ctx.text, a.end, after.hit.start) or _own_move_after(ctx, a, after)) \
            or not any(
            t.start >= a.end and t.end <= after.hit.start and t.value.span("return")
            and re.fullmatch(r"\s*(?:(?:in|over|during|since|so\s+far)\s+)?(?:the\s+)?", ctx.text[a.end:t.start])
            and not re.search(r"[?!.;]", ctx.text[a.end:t.start]) for t in ctx.time.mentions):
        return False
    ctx.uses.append(Use(Hit(BY_KEY["return"], a.start, a.end, "verb")))
    ctx.uses.sort(key=lambda u: u.hit.start)
    ctx.take(a)
    return True


def _growth_asked_again(ctx: Ctx, a: Atom, best: Use) -> bool:
    """(round 49, f49t) A growth word ("growing", "expanding") asked of a company in a yes/no question of its own,
    and a growth (GROWTH or CAGR) word said of the measure right after the question: the second restates the first.
    A move of the stock ("Is X up or down? Show its net income") or a request with no growth word stays refused."""
    if a.value != "GROWTH" or not re.fullmatch(r"grow(?:s|ing|n)?|expand(?:s|ing|ed)?|shrink(?:s|ing)?",
                                               ctx.text[a.start:a.end]):
        return False
    return any(b.kind == "func" and b.value in ("GROWTH", "CAGR") and b is not a and b.start > a.end
               and id(b) not in ctx.used_atoms and abs(b.start - best.hit.end) <= 2 for b in ctx.atoms)


def _bind_funcs(ctx: Ctx) -> None:
    """Each function word goes to the sense nearest to it that can take it."""
    # "the growth of X's total revenue", "average total revenue": "total" right before a measure another function
    # word takes is the line item's name ("total revenue" is the sales), not a sum of it (it was left over: refused)
    named_total = [a for a in ctx.atoms if a.kind == "func" and a.value == "SUM" and ctx.text[a.start:a.end].lower()
                   == "total" and any(u.hit.start >= a.end and re.fullmatch(r"\s*", ctx.text[a.end:u.hit.start])
                                      for u in ctx.uses)
                   and (any(b.kind == "func" and b.value in ("GROWTH", "CAGR", "AVG") for b in ctx.atoms)
                        or _periods_set_against(ctx, a.end))]
    for a in [a for a in ctx.atoms if a.kind == "func" and a not in named_total] + named_total:
        if id(a) in ctx.used_atoms:
            continue
        if a.value == "GROWTH" and any(b.kind == "func" and b.value == "GROWTH" and id(b) in ctx.used_atoms
                                       and _EITHER_WAY.fullmatch(ctx.text, b.start, a.end) for b in ctx.atoms):
            # (round 41, f41n) "Did X's sales rise or fall in 2023? Show its net income.": the second word of both
            # directions offered is the first one's move, said again (it went to the next measure, the net income's
            # growth beside the figure asked: a wrong answer)
            ctx.take(a)
            continue
        if a in named_total and (any(u.hit.start >= a.end and re.fullmatch(r"\s*", ctx.text[a.end:u.hit.start])
                                     and u.func is not None
                                     and u.func.value in ("GROWTH", "CAGR", "AVG") for u in ctx.uses)
                                 or _periods_set_against(ctx, a.end)):
            # (round 23) "X's total revenue in FY2024 compared with FY2023": the line item at each period set against
            # the other, never their sum (it was the sum, or refused)
            ctx.take(a)
            continue
        # a total or average may be an operand's ("cumulative FCF as a share of cumulative sales"); a growth word
        # stays with a whole measure (the growth of "cash minus debt" is no growth of cash)
        pool = leaves(ctx.uses) if a.value in ("SUM", "AVG") else ctx.uses
        cands = [u for u in pool if u.func is None and _func_ok(a.value, u.hit.sense, a.extra)]
        if a.value == "GROWTH" and _EITHER_WAY.fullmatch(ctx.text, a.start, a.end):
            # (round 42, f42n) the move asked of the company before a figure that takes no growth ("Is X up or down in
            # 2024? What is its P/E?": refused, the P/E no candidate) or that has a move of its own ("X up or down in
            # 2024 and its net income growth?": the net income's growth alone): the stock's return, as
            # ``_stock_either_way`` reads it before a figure asked anew
            opened = _ASKED_UP.search(ctx.text, 0, a.start) or _ASKED_UP_LABEL.search(ctx.text, 0, a.start) \
                or _company_opens(ctx, a)
            nxt = next((u for u in ctx.uses if u.hit.start >= a.end), None)
            if opened and nxt is not None and not any(opened.start() <= u.hit.start < a.start for u in ctx.uses) \
                    and _stock_either_way(ctx, a, nxt):
                continue
        if not cands:
            continue
        best = min(cands, key=lambda u: (abs(u.hit.start - a.end) if u.hit.start >= a.end else abs(a.start - u.hit.end)))
        said_of = next((u for u in ctx.uses if u.hit.start >= a.end and re.fullmatch(
            r"\s*(?:of\s+)?(?:(?:the|its|their)\s+)?", ctx.text[a.end:u.hit.start])), None)
        if said_of is not None and said_of.func is None and not any(said_of is u or u in leaves([said_of]) for u in cands):
            # (round 39) "capex for FY2021 to FY2024 and the average P/E", "... and the average net margin": the word
            # is the measure's said right after it, which takes none (a market figure, a ratio of the year); it went
            # to the measure before ("AVG(FF_CAPEX, ...)" beside today's P/E: a wrong answer): left, refused
            continue
        # ((round 40, r40) or after a label of the company: "X: up or down in 2024? And its net income?")
        asked = (_ASKED_UP.search(ctx.text, 0, a.start) or _ASKED_UP_LABEL.search(ctx.text, 0, a.start)) \
            if a.value == "GROWTH" else None
        if asked and best.hit.start >= a.end and re.search(r"[?!.;]", ctx.text[a.end:best.hit.start]) \
                and not any(asked.start() <= u.hit.start < a.start for u in ctx.uses) \
                and _stock_either_way(ctx, a, best):
            continue
        if asked and best.hit.start >= a.end and re.search(r"[?!.;]", ctx.text[a.end:best.hit.start]) \
                and not any(asked.start() <= u.hit.start < a.start for u in ctx.uses) \
                and _growth_asked_again(ctx, a, best):
            # (round 49, f49t) "is X actually growing? revenue growth fiscal 23 to 24", "Is X still expanding? Sales
            # growth FY2022 to FY2024": the move asked of the company is the growth the request asks right after it
            # (the request says which figure grows): the word restated, taken; the request's growth is read
            ctx.take(a)
            continue
        if asked and best.hit.start >= a.end and re.search(r"[?!.;]", ctx.text[a.end:best.hit.start]) \
                and not any(asked.start() <= u.hit.start < a.start for u in ctx.uses):
            # (round 39, f39n) "Is X up or down? Show its net income": a move asked of the company in a question of
            # its own (its stock's, over no period said) is no move of the figure the next sentence asks (it was the
            # net income's growth, a wrong answer); refused, naming it, as f38m's "Is X up? Show ..." is
            raise Refusal("a move asked of the company, not of the figure asked after it", [ctx.text[a.start:a.end]])
        if len(cands) == 1 and len(ctx.uses) == 1 and best.hit.end <= a.start and _said_last(ctx, a.end) \
                and re.search(r",\s*$", ctx.text[:a.start]):
            # "net income q1 through q3 fy2024 for X, summed": a total (average) said last, after a comma, of the one
            # measure asked (it was left over past the comma)
            best.func = a
            ctx.take(a)
            continue
        if len(cands) == 1 and len(ctx.uses) == 1 and best.hit.start >= a.end and re.match(
                r"\s*,", ctx.text[a.end:]) and re.fullmatch(r"\W*(?:(?:on|in)\s+(?:the\s+)?)?", ctx.text[:a.start], re.IGNORECASE) \
                and len(ctx.ents.tickers) == 1 and not ctx.ents.sets and ctx.text[a.start:a.end].lower() != "sum":
            # "On average, how much did X sell per quarter in fiscal 2023?": an average (a total) said first, before a
            # comma, of the one measure asked (it was left over before the comma); of one company only (round 25: "On
            # average, how much did banks earn ...", "Combined, how much did A and B earn ...": across the companies,
            # or each one's over the years? refused), and "In sum," is "in short", no total
            best.func = a
            ctx.take(a)
            continue
        if a.value in ("SUM", "AVG") and best.hit.end <= a.start and _BARE_FUNC_BEFORE.search(ctx.text[:a.start]) \
                and _BARE_FUNC_AFTER.match(ctx.text, a.end) and any(
                    best.hit.end <= m.start and m.end <= a.start for m in ctx.time.mentions):
            # (round 38, f38a) "capex for FY2021 to FY2024 and the average": the figures listed and, beside them, their
            # average (``_elliptic_function``); the list was dropped, the average alone answered
            continue
        if a.value in ("SUM", "AVG") and len(ctx.ents.tickers) > 1 and best.hit.end <= a.start and _said_alone(ctx, a):
            # (round 49, f49w) "Sales of A, B and C in FY2024, just the total": one figure across the companies, which
            # FinQL does not sum (or each one's over the periods listed: two readings); refused, naming it
            raise Refusal("a total (or average) asked alone after several companies' figures: FinQL gives each "
                          "company's own, never one across companies", [ctx.text[a.start:a.end]])
        lo, hi = min(a.end, best.hit.end), max(a.start, best.hit.start)
        gap = ctx.text[lo:hi]
        # (round 34, f34n) "capital expenditure of Quarry Power, summed over fiscal 2020 to fiscal 2024": the measure's own
        # company and a comma between it and the total said after it are no break (the gap's length was; refused)
        # (round 37) so is a comma between the measure and its own range, the total said last ("Westbrook Consulting
        # FCF, FY2020-FY2024 summed.": refused, naming "summed")
        own = best.hit.end <= a.start and len(ctx.ents.tickers) == 1 and (re.fullmatch(
            r"\s*(?:of|for|at)\s+\s*,\s*", _blank(ctx, gap, lo, tickers=True)) is not None or len(cands) == 1 and re.fullmatch(
            r"\s*,\s*", _blank(ctx, gap, lo)) is not None and _said_last(ctx, a.end))
        # (round 49, f49w) "X's sales for FY2022, FY2023 and FY2024, just the total": the total asked alone after the
        # figures listed (``_ALONE_BEFORE``, ``_ALONE_AFTER``), of one company, is their sum; the list's commas are no
        # break (refused, naming "total"; said after a dash it was read)
        own = own or best.hit.end <= a.start and len(ctx.ents.tickers) == 1 and _said_alone(ctx, a)
        others = [x for x in ctx.atoms if lo <= x.start < hi and (x.kind in ("cmp", "adj") or x.kind == "sep" and hi - lo > 15
                                                                   and not own)]
        if len(gap) > 60 or re.search(r"\b(?:and|or)\b.*\b(?:and|or)\b", gap):
            continue
        if others and not all(x.kind == "sep" for x in others) and not (
                best.hit.start >= a.end and all(x.kind == "cmp" for x in others) and _AMOUNT_OF.fullmatch(gap)):
            continue  # ("averaged more than 500 million of quarterly net income": the amount is the measure's)
        # "sales fy24 vs fy20, % chg, falcon sw": a list item of its own beside the figures listed may be that growth
        if _asked_beside_listed(ctx, best, a) or any(x.kind == "sep" for x in others) and not _joined_beside(ctx, best, a):
            continue  # the figures at each period and, beside them, the growth between (``_growth_of_listed``)
        best.func = a
        ctx.take(a)
        _share_func(ctx, best, a)
        _figure_beside_growth(ctx, best, a)
    # "the CAGR of X's debt ... and compare it with that of its sales": "that of" a measure is the function said of the
    # one before (it was the measure's plain figures: a wrong answer)
    for o in ctx.uses:
        if o.func is None and not o.parts and re.search(r"\bthat\s+of\s+(?:(?:its|their|the)\s+)?$", ctx.text[:o.hit.start]):
            prev = [u for u in ctx.uses if u.hit.end <= o.hit.start and u.func is not None]
            if prev and _func_ok(prev[-1].func.value, o.hit.sense, prev[-1].func.extra):  # type: ignore[union-attr]
                o.func = prev[-1].func
    # "which grew sales faster from FY2021 to FY2024 on a compound annual basis": the growth said is the compound rate
    for a in [a for a in ctx.atoms if a.kind == "func" and a.value == "CAGR" and id(a) not in ctx.used_atoms
              and (ctx.text.startswith("on ", a.start) or ctx.text.startswith("as ", a.start))]:
        # ((round 45, f45p) or "as a compound annual rate": "sales growth from fiscal 2019 to fiscal 2024 as a
        # compound annual rate" is the CAGR, SPEC 2's)
        grown = [u for u in ctx.uses if u.func is not None and u.func.value == "GROWTH" and u.func.extra != "down"]
        if len(grown) == 1 and _func_ok("CAGR", grown[0].hit.sense, None):
            grown[0].func = a
            ctx.take(a)


_AMOUNT_BEFORE = re.compile(r"\s*[$€£¥]?\s*\d[\d,.]*\s*(?:%|(?:million|billion|thousand|mn|bn|m|k)\b)?\s*(?:(?:in|of)\s+(?:their\s+|its\s+)?)?")


def _amount_compared(ctx: Ctx, u: Use) -> bool:
    """A measure said right after a comparison and its amount ("more than 2,000 employees") or a sign ("positive net
    income"): the unit of a condition of its own, which no function word said beside another measure reaches."""
    return any(x.kind in ("cmp", "cmp_between") and x.end <= u.hit.start
               and _AMOUNT_BEFORE.fullmatch(ctx.text[x.end:u.hit.start])
               or x.kind == "sign" and x.end <= u.hit.start and re.fullmatch(r"\s*", ctx.text[x.end:u.hit.start])
               for x in ctx.atoms)


def _share_func(ctx: Ctx, best: Use, a: Atom) -> None:
    """"How much did sales and EPS grow", "sales and EPS growth", "the growth of sales and EPS": a function word said
    once of two measures joined by "and" is each one's (it went to the nearer only, and the other was answered as a
    plain figure beside it: a wrong answer). The same measure said twice ("FY2025 consensus EPS and the expected EPS
    growth") is the figure and, beside it, its growth: the word is not shared."""
    after = a.start >= best.hit.end  # the word after the pair: the partner before ``best``; else the one after it
    b = best.hit.sense
    for o in ctx.uses:
        if o is best or o.func is not None or o.parts or not _func_ok(a.value, o.hit.sense, a.extra):
            continue
        if b.key in (o.hit.sense.key, o.hit.sense.estimate) or o.hit.sense.key == b.estimate:
            continue
        if _amount_compared(ctx, o):
            continue  # (round 24) "more than 2,000 employees and sales growth above 3%": a condition of its own
        gap = ctx.text[o.hit.end:best.hit.start] if after else ctx.text[best.hit.end:o.hit.start]
        if (o.hit.end <= best.hit.start if after else o.hit.start >= best.hit.end) \
                and re.fullmatch(r"\s*(?:,\s*)?(?:and|&)\s+(?:(?:the|its|their)\s+)?|\s*&\s*|"
                                 # (round 38, f38a) "the compound growth of sales and of EPS": the preposition said again
                                 r"\s*(?:,\s*)?and\s+of\s+(?:(?:the|its|their)\s+)?", gap):
            o.func = a
            return


# the joint between a figure (its period may follow it) and a growth asked beside it: "EPS and the implied growth",
# "sales for FY2024, plus the growth"
_BESIDE_GROWTH = re.compile(r"\s*(?:,?\s*(?:and|plus|together\s+with|along\s+with|as\s+well\s+as|&|\+)\s+|"
                            # asked in a sentence of its own ("...? The growth in percent, please.", "... . Also the
                            # growth."), as ``_ASKED_BESIDE`` reads it
                            + _SENTENCE_ASKED + ")"
                            r"(?:also\s+)?"
                            r"(?:(?:the|its|their)\s+)?(?:(?:implied|expected|year-on-year|year-over-year|yoy|y/y|annual|"
                            r"percentage|percent|in\s+percent|%)\s+)?")


def _joined_beside(ctx: Ctx, best: Use, a: Atom) -> bool:
    """Whether growth word ``a`` is joined after the figure of ``best`` and its one period or none ("sales last year,
    and the growth", "X's sales in FY2024, plus the growth"): a growth asked beside that figure, the comma no list of
    items (round 24: with the comma it was left to ``_growth_of_listed`` and refused)."""
    if a.value != "GROWTH" or best.parts or best.hit.end > a.start:
        return False
    gap, lo = ctx.text[best.hit.end:a.start], best.hit.end
    inside = [m for m in ctx.time.mentions if best.hit.end <= m.start and m.end <= a.start]
    if len(inside) > 1 or any(len(m.value.fiscal_periods() or []) > 1 for m in inside):
        return False
    for m in inside:  # the figure's period said after it ("EPS for next year, and the growth")
        gap = gap[:m.start - lo] + "\x00" + gap[m.end - lo:]
    said = re.match(r"\s*(?:(?:for|in|of|at)\s+)?\x00", gap)
    return _BESIDE_GROWTH.fullmatch(gap[said.end():] if said else gap) is not None


def _figure_beside_growth(ctx: Ctx, best: Use, a: Atom) -> None:
    """"STER FY+1 cons EPS and implied growth vs FY24A", "X's FY2024 sales and the growth": a growth word said alone
    after a figure of the named companies, joined to it ("and", "plus", "as well as"), asks for the figure too (as
    "sales fy23 vs fy24 and the % change" does, ``_asked_beside_listed``); bound to the figure, the figure was dropped
    (a wrong answer). The figure is kept as a column of its own before the growth."""
    if a.value != "GROWTH" or best.parts or best.hit.end > a.start:
        return
    gap, lo = ctx.text[best.hit.end:a.start], best.hit.end
    for m in ctx.time.mentions:  # the figure's period said after it ("EPS for next year, and the growth")
        if best.hit.end <= m.start and m.end <= a.start:
            gap = gap[:m.start - lo] + "\x00" + gap[m.end - lo:]
    said = re.match(r"\s*(?:(?:for|in|of|at)\s+)?\x00", gap)
    if not _BESIDE_GROWTH.fullmatch(gap[said.end():] if said else gap):
        return
    others = [u for u in leaves(ctx.uses) if u is not best and u.hit.end <= best.hit.start and u.func is None
              and u.hit.sense.key != best.hit.sense.key and _func_ok(a.value, u.hit.sense, a.extra)]
    if others and any(m.end <= a.start for m in ctx.time.mentions if m.start >= others[-1].hit.end
                      and m.end <= best.hit.start):
        # "sales for FY2023 and net income for FY2024? The growth in percent": the growth of which figure is not said
        # (it went to the nearer, and that figure was dropped); each measure at its own period: refused
        raise Refusal("a growth asked beside figures of several measures, each at its own period: whose growth is not "
                      "said", [ctx.text[a.start:a.end]])
    for partner in [u for u in ctx.uses if u is not best and u.func is a and not u.parts and u.hit.end <= a.start]:
        # ("sales and net income for FY2024? The growth": the growth said of both, each figure kept beside it)
        ctx.uses.insert(ctx.uses.index(partner), replace(partner, func=None))
    figure = replace(best, func=None)
    sense = best.hit.sense
    if not sense.is_estimate and sense.estimate and (any(x.kind == "est" for x in ctx.atoms) or any(
            m.value.estimates() and not m.value.fiscal_periods() for m in ctx.time.mentions)):
        # ("where's cons on X FY25 sales, and growth vs FY24A": the figure is the consensus the growth runs to)
        figure = replace(figure, hit=Hit(BY_KEY[sense.estimate], best.hit.start, best.hit.end, best.hit.how, best.hit.score))
    ctx.uses.insert(ctx.uses.index(best), figure)
    best.asked_beside = True  # type: ignore[attr-defined]  # (a screen's "... sales and the growth": shown, no condition)
    for x in ctx.between(best.hit.end, a.start):
        if x.kind == "arith" and x.value == "+" and id(x) not in ctx.used_atoms:
            # (round 24) "X's sales for fiscal 2023, plus the growth": the join (as "and"), no sum; it was left over
            ctx.take(x)


# ("10% every (each) year from FY2021 to FY2023" is a threshold in each year, ``_conditions``: not the average rate)
_A_YEAR = re.compile(r"\s*(?:(?:a|per)\s+year\b(?!\s+(?:ago|earlier|before|back|prior|later|on\b))|annually\b|"
                     r"per\s+annum\b|p\.a\.|yearly\b|annuali[sz]ed\b)")


_ON_AVERAGE = re.compile(r"\b(?:(?:each|a|per|every)\s+year\s+on\s+average|on\s+average\s+(?:each|a|per|every)\s+year|"
                         r"on\s+average\s+annually|annually\s+on\s+average)\b")


def _rate_a_year(ctx: Ctx) -> None:
    """"Retailers that grew sales by more than 3% a year from FY2020 to FY2023": a growth said as a rate per year over
    a span of years is the compound annual growth rate (SPEC's CAGR), not the growth over the whole span (which
    would call 9.3% over three years "more than 3%" and 3.5% too: a wrong answer)."""
    for n in ctx.atoms:
        if n.kind != "num" or n.value[1] not in _PCT_UNITS or not _A_YEAR.match(ctx.text, n.end):
            continue
        grown = [u for u in ctx.uses if u.func is not None and u.func.value == "GROWTH" and u.hit.end <= n.start
                 and not re.search(r"[.;?!]|\b(?:and|or|but|while)\b", ctx.text[max(u.hit.end, u.func.end):n.start])]
        if grown and _func_ok("CAGR", grown[-1].hit.sense):
            f = grown[-1].func
            assert f is not None
            grown[-1].func = Atom("func", f.start, f.end, "CAGR", f.extra)
    # "how fast did X's EPS grow each year on average from 2019 to 2024": the average yearly rate, compounded
    for m in _ON_AVERAGE.finditer(ctx.text):
        grown = [u for u in ctx.uses if u.func is not None and u.func.value == "GROWTH" and u.func.end <= m.start()
                 and re.fullmatch(r"[\s\w'-]{0,40}", ctx.text[max(u.hit.end, u.func.end):m.start()])]
        avg = [a for a in ctx.atoms if a.kind == "func" and a.value == "AVG" and m.start() <= a.start < m.end()]
        if len(grown) == 1 and avg and _func_ok("CAGR", grown[0].hit.sense):
            f = grown[0].func
            assert f is not None
            grown[0].func = Atom("func", f.start, f.end, "CAGR", f.extra)
            ctx.take(avg[0])


# "per year", "a year", "annually" said of a growth (not "a year ago", not the "3% a year" of a threshold): a yearly rate
# (``_growth_per_year``; the final check refuses one the query does not reflect, ``pipeline._unreflected``)
PER_YEAR = re.compile(r"\b(?:(?:a|per)\s+year\b(?!\s+(?:ago|earlier|before|back|prior|later|on\b))|annually\b|"
                      r"per\s+annum\b|p\.a\.)")


# (round 49, f49t) the yearly rate asked in a sentence of its own, last, with nothing but courtesy beside it ("A yearly
# rate would be ideal.", "Per year, please.", "As an annual rate, if possible.", "Annualised would be best.")
_RATE_SAID_AFTER = re.compile(r"(?<=[.?!])\s+(?:(?:as|in)\s+)?(?:(?:a|an|the)\s+)?(?:(?:yearly|annual|annuali[sz]ed|per[- ]year)"
                              r"(?:\s+(?:growth\s+)?rate|\s+figure|\s+number)?|per\s+year|a\s+year|annually|per\s+annum)"
                              r"(?=\s*(?:,\s*)?(?:would\s+be\s+(?:ideal|great|best|good|nice|perfect|helpful)|is\s+(?:fine|best|ideal)|"
                              r"please|if\s+possible|thanks|thank\s+you)?\s*[.!]*\s*$)")


def _growth_per_year(ctx: Ctx) -> None:
    """"How fast has X grown its dividend per share since fiscal 2019, per year?", "how much did sales grow a year from
    FY2019 to FY2024": a growth asked per year over a span of fiscal years is the yearly rate, compounded (SPEC's
    CAGR), not the growth over the whole span (five years of 10% read as 61%: a wrong answer). Only where the growth,
    its span and the cue stand in one clause; "each year" / "every year" ask for each year's growth instead."""
    if _each_said(ctx):
        return
    after = _RATE_SAID_AFTER.search(ctx.text)
    for m in [*PER_YEAR.finditer(ctx.text), *([after] if after else [])]:
        if re.search(r"(?:\d|%|\bpercent|\bper cent|\bpct)\s*$", ctx.text[:m.start()]):
            continue  # "more than 3% a year": a threshold's rate (``_rate_a_year``)
        if any(re.fullmatch(r"\s*", ctx.text[u.hit.end:m.start()]) for u in leaves(ctx.uses)):
            continue  # "the dividend per year": the measure's own unit, not a rate of its growth
        # ((round 49, f49t) or the rate said in a sentence of its own right after the question: "How quickly has X
        # grown its dividend since 2015? A yearly rate would be ideal.", "... since FY2019? Per year, please.")
        own = m is after or re.match(r"\s*[.?!]\s+$", ctx.text[:m.start()][-4:]) is not None and _RATE_SAID_AFTER.match(
            ctx.text, m.start() - len(re.search(r"[.?!]\s+$", ctx.text[:m.start()]).group(0)))  # type: ignore[union-attr]
        cut = m.start() if not own else ctx.text.rfind("?", 0, m.start()) if "?" in ctx.text[:m.start()] else \
            max(ctx.text.rfind(".", 0, m.start()), 0)
        grown = [u for u in ctx.uses if u.func is not None and u.func.value == "GROWTH" and u.time is not None
                 and max(u.func.end, u.hit.end) <= m.start()
                 and not re.search(r"[.;?!]|\b(?:and|or|but|while|whereas)\b",
                                   ctx.text[max(u.func.end, u.hit.end, min(u.time.end, cut)):cut])]
        if len(grown) != 1 or not _func_ok("CAGR", grown[0].hit.sense):
            continue
        u = grown[0]
        assert u.func is not None and u.time is not None
        span = u.time
        if (span.start, span.end) == m.span():  # "grow a year from FY2019 to FY2024": the cue was read as a period
            span = next((x for x in ctx.time.mentions if x.start >= m.end() and id(x) not in ctx.used_times
                         and re.fullmatch(r"[\s,]*", ctx.text[m.end():x.start])), None)
            if span is None:
                continue
        rng = span.value.growth_range()
        ends = [re.fullmatch(r"FY(\d{4})", p) for p in rng] if rng else []
        if not ends or not all(ends) or int(ends[1].group(1)) - int(ends[0].group(1)) < 2:  # type: ignore[union-attr]
            continue
        if span is not u.time:
            ctx.used_times.add(id(span))
            u.time = span
        u.func = Atom("func", u.func.start, u.func.end, "CAGR", u.func.extra)


def _asked_beside_listed(ctx: Ctx, u: Use, a: Atom) -> bool:
    """"revenue in FY2015 vs FY2024 and the CAGR", "sales fy16 vs fy24 + cagr": a growth asked beside ("and", "plus",
    "+") one measure said at several periods asks for the figures too; bound to the measure, the figures were dropped."""
    if a.value not in ("GROWTH", "CAGR") or u.hit.end > a.start or not _ASKED_BESIDE.search(ctx.text, 0, a.start):
        return False
    if sum(1 for x in ctx.uses if x.hit.sense.key == u.hit.sense.key and x.hit.end <= a.start and x.func is None) >= 2:
        return True  # "2 yrs ago eps and last yr eps, % chg": the measure said at each period
    before = [m for m in ctx.time.mentions if m.end <= u.hit.start and re.fullmatch(r"[\s'-]*", ctx.text[m.end:u.hit.start])
              and m.value.fiscal_periods()]
    if before and any(u.hit.end <= m.start and m.end <= a.start and m.value.fiscal_periods() and re.fullmatch(
            r"\s*(?:,|and|&|vs\.?|versus|against|compared\s+(?:with|to))\s*(?:(?:in|for)\s+)?", ctx.text[u.hit.end:m.start])
            for m in ctx.time.mentions):
        return True  # "fy23 sales vs fy24 and % chg": the measure between its two periods
    if a.value == "GROWTH" and _reported_and_consensus(ctx, u, a):
        return True  # "fy24 sales vs fy25 consensus and % chg": the figure, the consensus, and the growth between
    return any(u.hit.end <= m.start and m.end <= a.start and len(m.value.fiscal_periods() or []) >= 2
               and (re.fullmatch(r"\s*(?:(?:in|for|at|over|during)\s+)?", ctx.text[u.hit.end:m.start])
                    or _company_between(ctx, u.hit.end, m.start))
               for m in ctx.time.mentions)


def _company_between(ctx: Ctx, lo: int, hi: int) -> bool:
    """Whether the words between a measure and its periods name only the one company ("headcount at X FY2019 vs
    FY2024 and the % change", round 36: the figures were dropped)."""
    if len(ctx.ents.tickers) != 1 or not lo <= ctx.ents.ticker_pos[ctx.ents.tickers[0]] < hi:
        return False
    m = re.fullmatch(r"\s*(?:at|of|for)\s+([\w&.' -]+?)[\s:]*", ctx.text[lo:hi])
    return m is not None and m.start(1) == ctx.ents.ticker_pos[ctx.ents.tickers[0]] - lo


def _reported_and_consensus(ctx: Ctx, u: Use, a: Atom) -> bool:
    """Whether a measure is said, before the growth word ``a``, at a reported year and as the consensus of an estimate
    year ("FY2024 sales vs FY2025 consensus", "FY2024 EPS, FY2026 consensus EPS"): both figures are asked."""
    s = u.hit.sense
    actual = s.key if s.is_fund and s.estimate else next(
        (k for k, x in BY_KEY.items() if x.is_fund and x.estimate == s.key), None) if s.is_estimate else None
    if actual is None or BY_KEY[actual].base not in ("FF_EPS", "FF_SALES"):
        return False
    same = [x for x in ctx.uses if x.func is None and not x.parts and x.hit.end <= a.start
            and x.hit.sense.key in (actual, BY_KEY[actual].estimate)]
    if {x.hit.sense.key for x in same} == {actual, BY_KEY[actual].estimate}:
        return True
    first = min(x.hit.start for x in same) if same else u.hit.start
    said = [m for m in ctx.time.mentions if m.end <= a.start and m.start >= first - 12]
    return len(same) == 1 and any(m.value.estimates() and not m.value.fiscal_periods() for m in said) \
        and any(m.value.fiscal_periods() and not m.value.estimates() for m in said) \
        and any(x.kind == "est" and x.end <= a.start for x in ctx.atoms)


def _func_ok(func: str, s: Sense, direction: str | None = None) -> bool:
    if func == "GROWTH":  # a ratio without a base metric changes by a difference (``_difference``)
        return bool(s.base) or s.is_estimate or s.is_fund or s.key == "mkt_cap"  # (``_market_cap_move``)
    if func == "CAGR":
        return bool(s.base) and s.is_fund
    return bool(s.base) and s.is_fund


# ----------------------------------------------------------------------------- time
def ctx_qoq(u: Use) -> bool:
    return bool(getattr(u, "qoq", False))


def _fits(u: Use, v: TimeValue) -> bool:
    s = u.hit.sense
    if u.func is not None:
        if s.is_estimate:
            return bool(v.estimates()) or _func_over_ranges(u, v)
        if u.func.value == "GROWTH" and s.key == "mkt_cap":
            return v.spans("return") is not None
        if u.func.value == "GROWTH":
            return v.growth_range() is not None or bool(v.estimates()) or _func_over_ranges(u, v) or (
                bool(v.fiscal_periods()) and (ctx_qoq(u) or bool(v.fiscal_periods() and v.fiscal_periods()[-1].startswith("FQ"))))
        return bool(v.fiscal_periods()) or v.growth_range() is not None
    if s.is_fund:
        return bool(v.fiscal_periods())
    if s.is_estimate:
        return bool(v.estimates())
    if s.is_range:
        return v.spans("return" if s.key == "return" else "hilo") is not None
    if s.is_point:
        return bool(v.points())
    kinds = s.kinds  # mixed templates (forward P/E, P/S, EV): a period for one of their placeholders
    return ("E" in kinds and bool(v.estimates())) or ("F" in kinds and len(v.fiscal_periods() or []) == 1) \
        or ("D" in kinds and len(v.points() or []) == 1) or v.kind == "now"


def _mixed_not_on(ctx: Ctx, u: Use, m: Mention) -> bool:
    """A measure mixing kinds (forward P/E, P/S) gives a period written right before another measure to that one
    ("forward P/E and FY2026 EPS estimate"), unless the multiple is "on" that figure ("P/S on FY2023 sales")."""
    return len(u.hit.sense.kinds) > 1 and (m.start < u.hit.end or not re.search(
        r"\b(?:on|using|based on|with|at)\s+(?:the\s+|its\s+|their\s+)?$", ctx.text[u.hit.end:m.start]))


_WITH = re.compile(r"\bwith\b")


def _with_joints(ctx: Ctx) -> list[int]:
    """Where "with" joins two conditions, as "and" or a comma does: "that returned 10% in 2023 with a P/E below 12" (a
    period said before it is the other condition's; the P/E took 2023 without the comma and today with it). Only in
    a question with conditions; one home for the time binding and the other-clause check."""
    return [w.start() for w in _WITH.finditer(ctx.text)] if _has(ctx, "cmp", "adj", "sign") else []


# "a P/E below 10 whose shares rose in 2023": the period after a clause whose subject is the stock is that move's, not
# the measure's before it (the P/E stays current, as in "whose shares rose in 2023 and with a P/E below 10")
_OWN_MOVE_CLAUSE = re.compile(r"\b(?:where|whose)\s+(?:the\s+|its\s+|their\s+)?(?:stock|stocks|shares|share\s+prices?)\b")


def _day_of_a_balance(ctx: Ctx) -> None:
    """(round 32) "X's debt and market cap on 2023-12-29", "equity and P/B as at 30 September 2022": one day said
    after a fundamentals item and a price item went to the price alone, the fundamentals item read the latest year
    (FY2024 beside a 2023 day: a wrong answer). Refused, naming the day: FinQL reads a fundamental at a fiscal period,
    and which one holds the day is not said (a balance alone at a fiscal year's last day reads that year)."""
    days = [m for m in ctx.time.mentions if m.value.kind == "date"]
    for d in days:
        said = [u for u in leaves(ctx.uses) if u.hit.end <= d.start
                and not re.search(r"[.?!;]", ctx.text[u.hit.end:d.start])]
        if any(u.time is d for u in said) and any(
                u.time is None and not u.hit.sense.template.startswith(("P_", "FG_", "FE_")) and "FF_" in u.hit.sense.template
                and not any(u.hit.end <= m.start < d.start for m in ctx.time.mentions if m is not d) for u in said):
            raise Refusal("a day said of a fundamentals item beside a price: which fiscal period is meant?",
                          [ctx.text[d.start:d.end]])


def _ended_with_period(ctx: Ctx, u: Use) -> Any:
    """(round 41, f41p) "... in fiscal 2022 and ended fiscal 2022 (that year) with more cash than debt": a balance after
    the "with" of the period a company ended is at that period's end, the comparison's other side too (with a second
    period said elsewhere, the debt was left with none and read at the latest year: a wrong answer, since round 40's
    ``pipeline._ended_with``). Only the nearest period before it, ended, and nothing but the balance's own words between
    (no list's joint, no sentence's mark)."""
    before = [m for m in ctx.time.mentions if m.end <= u.hit.start]
    if not before:
        return None
    m = before[-1]
    if re.search(r"\b(?:ended|ends|finished|finishes|closed|closes)\s+$", ctx.text[:m.start]) \
            and re.fullmatch(r"\s+with\b[^.;:?!,()]*", ctx.text[m.end:u.hit.start]) \
            and not re.search(r"\b(?:and|or|but|while|whereas)\b", ctx.text[m.end:u.hit.start]) and _fits(u, m.value):
        return m
    return None


def _bind_times(ctx: Ctx) -> None:
    """Each sense takes the nearest time mention that fits it, after it first, within its clause."""
    mentions = ctx.time.mentions
    _period_of_an_unfit_condition(ctx)
    barriers = [a.start for a in ctx.atoms if a.kind in ("cmp", "logic", "sep", "adj", "cmp_between")]
    withs = _with_joints(ctx)
    for u in leaves(ctx.uses):
        if u.pinned:
            continue
        after = [m for m in mentions if m.start >= u.hit.end and _fits(u, m.value)
                 and not any(u.hit.end <= b < m.start for b in barriers if _clause_barrier(ctx, b))
                 and not getattr(m, "only_after", False)
                 and not _OWN_MOVE_CLAUSE.search(ctx.text[u.hit.end:m.start])
                 and not _later_clauses_period(ctx, u, m)
                 and not ((len(u.hit.sense.kinds) <= 1 or _mixed_not_on(ctx, u, m)) and any(
                     x is not u and x.hit.start >= m.end and _fits(x, m.value)
                     and re.fullmatch(r"\s*(?:'s\s*)?", ctx.text[m.end:x.hit.start]) for x in leaves(ctx.uses)))]
        # (a period written right before another measure is that one's: "market cap relative to FY2024 sales", "net
        # debt and net debt / LTM operating income ... at the latest quarter": the debt takes the latest quarter)
        before = [m for m in mentions if m.end <= u.hit.start and _fits(u, m.value)
                  and not any(m.end <= b < u.hit.start for b in barriers if _clause_barrier(ctx, b))
                  and not any(m.end <= b < u.hit.start for b in withs) and not _closes_condition(ctx, u, m)
                  and not _earlier_clauses_period(ctx, u, m)]
        pick = after[0] if after else (before[-1] if before else None)
        # "LTM rev and current market cap", "2023 revenue and 2024 net income": a period written right
        # before the measure qualifies it, not the next one's period
        # (not for a growth: "5-year sales CAGR, FY2019 to FY2024" takes the range, the span restates it)
        # ("the year-to-date share-price returns": the stock's word between is the measure's own)
        if before and after and u.func is None and re.fullmatch(r"\s*(?:'s\s*)?(?:(?:share|stock)[\s-]+)?",
                                                                ctx.text[before[-1].end:u.hit.start]) \
                and id(before[-1]) not in ctx.used_times:
            pick = before[-1]
        if pick is None:
            rest = [m for m in mentions if _fits(u, m.value) and not getattr(m, "only_after", False)
                    and not ((u.hit.sense.is_point or _mixed_not_on(ctx, u, m)) and any(
                        x is not u and x.hit.start >= m.end and _fits(x, m.value)
                                and re.fullmatch(r"\s*(?:'s\s*)?", ctx.text[m.end:x.hit.start]) for x in leaves(ctx.uses)))
                    and not _in_others_clause(ctx, u, m) and not _later_clauses_period(ctx, u, m)
                    and not _earlier_clauses_period(ctx, u, m)
                    and not (m.start >= u.hit.end and _OWN_MOVE_CLAUSE.search(ctx.text[u.hit.end:m.start]))]
            pick = rest[0] if len(rest) == 1 and len(mentions) == 1 else _ended_with_period(ctx, u)
        if pick is not None and not after and _fronted(ctx, pick):
            pick = _own_after_fronted(ctx, u) or pick
        if pick is not None and not after:
            pick = _shared_list(ctx, u, pick)
        if pick is not None and not after and _present_clause(ctx, pick, u):
            pick = None
        u.time = pick
        if pick is not None:
            ctx.used_times.add(id(pick))
    # a mention no sense took: try the senses that fit it regardless of clauses
    for m in mentions:
        if id(m) in ctx.used_times or _elliptic_period(ctx, m):
            continue
        for u in leaves(ctx.uses):
            if u.time is None and _fits(u, m.value) and (not getattr(m, "only_after", False) or u.hit.start >= m.end) \
                    and not _present_clause(ctx, m, u) and not (_fronted(ctx, m) and _own_after_fronted(ctx, u)):
                u.time = _shared_list(ctx, u, m) if m.end <= u.hit.start else m
                ctx.used_times.add(id(u.time))
                break
    for u in leaves(ctx.uses):
        if u.time is None and u.func is None and u.hit.sense.is_fund:
            _own_periods_before(ctx, u, None)
    _period_said_once_at_the_end(ctx)


# between two conditions joined by "and" / "or" (another clause, a comparative or a sentence's end between: no joint)
# ((round 31) and "but", a joint as "and" is: "sales above 1bn but net income below 100m in FY2022" read the sales of
# FY2024, a wrong answer)
_JOINT_ONLY = re.compile(r"[^.;:?!]*\b(?:and|or|but)\b[^.;:?!]*")
_OTHER_CLAUSE = re.compile(r"\b(?:with|whose|that|which|who|where|than|while|whereas)\b")


def _condition_operand(ctx: Ctx, x: Use) -> bool:
    """Whether measure ``x`` is a side of a comparison ("debt above equity": either side)."""
    for c in ctx.atoms:
        if c.kind != "cmp" or c.extra:
            continue
        if x.hit.end <= c.start and re.fullmatch(r"\s*(?:(?:is|was|are|were)\s+)?", ctx.text[x.hit.end:c.start]):
            return True
        if c.end <= x.hit.start and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?", ctx.text[c.end:x.hit.start]):
            return True
    return False


def _period_said_once_at_the_end(ctx: Ctx) -> None:
    """(round 30) "utilities with debt above equity and cash above debt in fiscal 2023", "banks with sales above 1bn
    and net income above 100m in FY2023": the one period of the question, said once after the last of conditions
    joined by "and" / "or", is every condition's (the earlier ones took SPEC's default, FY2024: a wrong answer). A
    period said after the first condition stays that one's (round 27, f27w: "a yield above 5% in 2023 and ROE above
    15%"). Where an earlier condition's measure has no figure at the period (a P/E in a fiscal year) it is refused,
    naming the period: meant for both, or for the last one only?"""
    if len(ctx.time.mentions) != 1:
        return
    m = ctx.time.mentions[0]
    if getattr(m, "only_after", False) or not m.value.fiscal_periods() \
            or not re.fullmatch(r"\s*[?.!]*\s*", ctx.text[m.end:]):
        return
    all_leaves = leaves(ctx.uses)
    last = [x for x in all_leaves if x.time is m and x.hit.end <= m.start and _condition_operand(ctx, x)]
    if not last:
        return
    first = min(x.hit.start for x in last)
    earlier = [x for x in all_leaves if x.time is None and not x.pinned and x.hit.end <= first
               and _condition_operand(ctx, x)]
    if not earlier or any(x.time is not None and x.time is not m for x in all_leaves):
        return
    gap = ctx.text[max(x.hit.end for x in earlier):first]
    if not _JOINT_ONLY.fullmatch(gap) or _OTHER_CLAUSE.search(gap):
        return
    if any(not _fits(x, m.value) for x in earlier):
        if (m.value.fiscal_periods() or []) == [f"FY{LATEST_FY}"]:
            return  # ("a P/E below 10 and sales above 1bn last year": the latest year, the default's, as before)
        raise Refusal("a period said once after several conditions, one of whose measures has no figure at it "
                      "(for every condition, or the last one only?)", [ctx.text[m.start:m.end]])
    for x in earlier:
        x.time = m


# a question of its own in the present tense after a clause ("..., and what's its P/E?", "; where is it trading now")
_PRESENT_ASK = re.compile(r"(?:[,;]\s*(?:and\s+)?|\band\s+)(?:what|where|how\s+much|how\s+high)(?:'s|\s+is|\s+are)\s+")
# a verb in the past tense, or a perfect, in the clause before ("what did X's stock do in 2023", "how has X done")
_PAST_CLAUSE = re.compile(r"\b(?:did|was|were|had|has|have)\b|\b\w{3,}ed\b")


def _present_clause(ctx: Ctx, m: Mention, u: Use) -> bool:
    """Whether measure ``u`` is asked in a present-tense question of its own after period ``m``'s clause in the past
    ("What did X's stock do in 2023, and what's its P/E?": the P/E today, not at the end of 2023, the period of the
    other clause). A figure of the fiscal periods so asked ("What were X's sales in 2023, and what's its EPS?": that
    year's, or the latest?) is refused, naming the question's words."""
    if m.end > u.hit.start:
        return False
    ask = next((j for j in _PRESENT_ASK.finditer(ctx.text, m.end, u.hit.start)), None)
    if ask is None or not _PAST_CLAUSE.search(ctx.text, 0, ask.start()) \
            or _PAST_CLAUSE.search(ctx.text, ask.end(), u.hit.start):
        return False
    if not u.hit.sense.is_point:
        raise Refusal("a figure asked in the present tense after a period of another clause in the past: that period's "
                      "figure or the latest is not said", [ctx.text[ask.start():u.hit.end].strip(" ,;")])
    return True


def _shared_list(ctx: Ctx, u: Use, m: Mention) -> Mention:
    """A measure with no period of its own after a list of periods another measure took ("sales last quarter and the
    one before that, and its EPS", "sales last quarter and Q2 2024, and its EPS") shares the list, as it shares a
    list said in one mention ("sales in FY2023 and FY2024, and its EPS"): it takes the list's first period, whose
    chain the other measure builds (``_time_lists``). It took the last period alone, and the other measure lost it (a
    wrong answer). Sharing answers both readings (SPEC section 4 allows extra columns): the EPS of each quarter, or of
    the latest only."""
    if not re.search(r"[,;]|\b(?:and|plus|as\s+well\s+as)\b", ctx.text[m.end:u.hit.start]):
        return m  # ("..., and FY2024 EPS": a period written right before the measure is its own)
    grain = {p[:2] for p in m.value.fiscal_periods() or []}
    head = m
    while True:
        prev = [p for p in ctx.time.mentions if p.end <= head.start and _fits(u, p.value)
                and _JOINED.fullmatch(ctx.text[p.end:head.start])]
        if prev and head is m and any(x is not u and x.time is prev[-1] for x in leaves(ctx.uses)) and (
                len(grain) != 1 or {p[:2] for p in prev[-1].value.fiscal_periods() or []} != grain):
            # (round 23) "sales last quarter and FY2023, and its EPS": a list of periods of two kinds is not shared, and
            # the measure took the last one from the list (the sales lost FY2023: a wrong answer); which it means is
            # not said
            raise Refusal("a measure with no period of its own after a list of periods of several kinds",
                          [ctx.text[prev[-1].start:m.end]])
        if not prev or len(grain) != 1 or {p[:2] for p in prev[-1].value.fiscal_periods() or []} != grain:
            break  # (a list of fiscal periods of one grain: quarters, or years)
        head = prev[-1]
    if head is m and u.hit.sense.is_fund and m.value.fiscal_periods():
        _own_periods_before(ctx, u, m)
    if head is m or not any(x is not u and x.time is head and _fits(x, m.value) for x in leaves(ctx.uses)):
        return m
    return head


def _own_periods_before(ctx: Ctx, u: Use, m: Mention | None) -> None:
    """A measure with no period of its own after two other measures each at its own fiscal period ("sales in Q3 2024
    and net income in Q2 2024, and its EPS"): which of the two periods it shares, or both, is not said (SPEC is
    silent); refused, naming the measure. It took the nearer period, ``m`` (a guess that looked right), or with none
    bound (``m`` None: "..., as well as free cash flow") the latest fiscal year."""
    taken = {x.time.value.fiscal_periods() and tuple(x.time.value.fiscal_periods()) for x in leaves(ctx.uses)
             if x is not u and x.time is not None and x.time.end <= u.hit.start and x.hit.end <= u.hit.start
             and x.hit.sense.key != u.hit.sense.key and _fits(u, x.time.value)}
    taken.discard(None)
    taken.discard(())
    if len(taken) >= 2 and (m is None or any(x is not u and x.time is m for x in leaves(ctx.uses))):
        raise Refusal("a measure with no period of its own after measures each at its own period: which period it "
                      "takes is not said", [ctx.text[u.hit.start:u.hit.end]])


# the preposition that opens a period said of a condition ("below 10 in FY2023", "... at the end of FY2023")
_PERIOD_OPENS = re.compile(r"\b(?:in|for|during|over|at|as\s+of|on|by)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+"
                           r"(?:the\s+)?)?$|^(?:in|for|during|over|at|as\s+of|on|by)\s")


def _period_of_an_unfit_condition(ctx: Ctx) -> None:
    """(round 27) "banks with a P/E below 10 in FY2023, ROE above 15% or a yield above 5%": a period that closes a
    measure's condition ("P/E below 10 in FY2023") is that measure's (``_closes_condition``), even where the measure
    has no figure at it (a daily measure in a screen's fiscal year, whose end differs by company); it went to the next
    measure that took one (the ROE in FY2023, the P/E today: a wrong answer). Refused, naming the condition, as the
    condition alone is ("banks with a P/E below 10 in FY2023": the period not understood)."""
    for m in ctx.time.mentions:
        if getattr(m, "only_after", False):
            continue
        for x in leaves(ctx.uses):
            if x.pinned or x.hit.end > m.start or x.time is not None or _fits(x, m.value):
                continue
            between = ctx.text[x.hit.end:m.start]
            if not any(a.kind in ("cmp", "cmp_between") and x.hit.end <= a.start < m.start for a in ctx.atoms) \
                    or not re.search(r"\d", between) or re.search(r"\b(?:and|or|with|but)\b|[,;]", between) \
                    or any(y is not x and x.hit.end <= y.hit.start < m.start for y in leaves(ctx.uses)):
                continue
            # (the period of a figure compared with: "at least 15% above FY2024", "below 20 times next year's
            # earnings", "below 1x LTM sales": after the comparison word, or right before another measure)
            said = ctx.text[m.start:m.end] + " "
            if not (_PERIOD_OPENS.search(ctx.text, 0, m.start) or _PERIOD_OPENS.match(said)) or any(
                    y is not x and y.hit.start >= m.end and re.fullmatch(r"\s*(?:'s\s*)?", ctx.text[m.end:y.hit.start])
                    for y in leaves(ctx.uses)):
                continue
            raise Refusal("a period said after a condition on a measure that has no figure at that period (it is not "
                          "the next measure's)", [ctx.text[x.hit.start:m.end]])


def _closes_condition(ctx: Ctx, u: Use, m: Mention) -> bool:
    """Whether period ``m`` closes another measure's condition said before it ("banks with sales above 1bn in 2022
    had net income above 100m in 2023": 2022 is the sales', never the net income's after it; the two periods were
    swapped, a wrong answer)."""
    # (the same measure again is a comparison of its periods: "FY2024 sales at least 10% above FY2023")
    return any(x is not u and x.hit.sense.key != u.hit.sense.key and x.hit.end <= m.start and _fits(x, m.value) and any(
        a.kind in ("cmp", "cmp_between") and x.hit.end <= a.start < m.start for a in ctx.atoms)
        and re.search(r"\d", ctx.text[x.hit.end:m.start]) and not re.search(r"\b(?:and|or|with)\b|[,;]",
                                                                              ctx.text[x.hit.end:m.start])
        for x in leaves(ctx.uses))


# (round 41, f41w) where a new clause opens: a sentence's mark, a semicolon, a dash, or a request or question word after
# a comma or "and" ("..., and show their sales in 2023", "... and what were its sales in 2023")
_NEW_CLAUSE = re.compile(r"(?<!\d)(?<!\bvs)(?<!\binc)(?<!\bcorp)(?<!\bltd)(?<!\bco)\.(?!\d)|[;?!]|\s-+\s|"
                         r"(?:,|\b(?:and|then)\b)\s*(?:(?:and|then|also|please)\s+)*(?:show|list|give|display|include|"
                         r"add|tell|report|what|how|which|who|where)\b")


def _later_clauses_period(ctx: Ctx, u: Use, m: Mention) -> bool:
    """(round 41, f41w) Whether period ``m``, said after measure ``u``, is another measure's said in a later clause of
    its own: "Rank the banks from the highest P/E down, and show their sales in 2023", "What is X's P/E, and what
    were its sales in 2023?" (the P/E took the end of 2023, a period the question says of the sales only: with none
    of its own, the P/E is today's, D0). A list in one clause ("X's P/E and sales in 2023") still shares it. Only a
    figure at a point (a P/E, a price, a market cap): a fundamental in the earlier clause shares the fiscal period
    ("How many people does X employ, and how much did it earn in 2023?": both of 2023, f40c; the held-out floors fell
    where it was not shared)."""
    return u.hit.sense.is_point and any(x is not u and x.hit.sense.key != u.hit.sense.key and _fits(x, m.value)
               and u.hit.end <= x.hit.start and x.hit.end <= m.start
               and _NEW_CLAUSE.search(ctx.text, u.hit.end, x.hit.start)
               and not _NEW_CLAUSE.search(ctx.text, x.hit.end, m.start)
               for x in leaves(ctx.uses))


# (round 41, f41n) a later clause of its own opened by a request's verb ("..., and show their P/E", "... then list
# their market cap", "... . Include the P/E."): tenseless, it says no time of its own
_REQUEST_CLAUSE = re.compile(r"(?:[.;?!]\s*|\s-+\s*|,\s*(?:and\s+|then\s+)?|\b(?:and|then)\s+)(?:(?:also|please|then|just)\s+)*"
                             r"(?:show|list|give|display|include|add|tell|report|pull|provide)\b")


# (round 42, r42) "then" right after a figure ("..., and show their P/E then", "..., and their P/E then?"): the time the
# question said before, not today ("then" as a request's next step, "then show", "then sort", is no time)
_THEN_SAID = re.compile(r"\s*(?:back\s+)?then\b(?!\s+(?:show|list|give|display|include|add|tell|report|rank|sort|"
                        r"order|filter|keep|compare|its|their|the|an?)\b)")


def _then_of_a_point(ctx: Ctx) -> None:
    """(round 42, r42) A figure at a point (a P/E, a price, a market cap) said with "then" after a period named before it,
    that took no time of its own: "How much debt did X and Y carry at the end of their last financial years, and their
    P/E then?" (their fiscal years end in different months: no one day is "then") was today's P/E, "then" dropped (a
    wrong answer): refused, naming it. Where the period gives the figure a day ("X's debt at the end of fiscal 2024, and
    its P/E then": that year's last day) it took that time and is read."""
    for u in leaves(ctx.uses):
        then = _THEN_SAID.match(ctx.text, u.hit.end)
        if then and u.hit.sense.is_point and u.time is None and not u.func \
                and any(m.end <= u.hit.start for m in ctx.time.mentions):
            raise Refusal("'then' of a figure at a point: the period said before gives it no one day here",
                          [then.group(0).strip()])


def _earlier_clauses_period(ctx: Ctx, u: Use, m: Mention) -> bool:
    """(round 41, f41n) Whether period ``m``, said before measure ``u``, is another measure's said in an earlier clause,
    ``u`` asked in a later clause of its own opened by a request's verb: "Rank the banks by sales in 2023 and show their
    P/E" (the P/E took the end of 2023, a period the question says of the sales only: with none of its own, the P/E is
    today's, D0, as f41w reads the reverse order "Rank the banks from the highest P/E down, and show their sales in
    2023"). Only a figure at a point (a P/E, a price, a market cap), as there; a fundamental shares the fiscal period
    ("..., and show their net income": both of 2023, the golds' convention for a period said once, t27a-101). One
    clause ("X's sales in 2023 and its P/E") still shares, and so does a later clause in the past tense ("..., and show
    what their P/E was"; "and what was its P/E?" asks no request: shared as before); one in the present tense is
    ``_present_clause``'s. A day said of another point figure ("X's price at the end of 2023, and show its P/E") is
    shared still: the P/E at that day."""
    if not u.hit.sense.is_point or m.end > u.hit.start or _THEN_SAID.match(ctx.text, u.hit.end):
        # (round 42, r42) "..., and show their P/E then": "then" says the earlier clause's time (it was D0: wrong)
        return False
    ask = max(_REQUEST_CLAUSE.finditer(ctx.text, m.end, u.hit.start), key=lambda j: j.start(), default=None)  # the last
    if ask is None or any(t is not m and ask.start() <= t.start < u.hit.start for t in ctx.time.mentions):
        return False
    end = re.compile(r"[.;?!]|$").search(ctx.text, u.hit.end)
    if _PAST_CLAUSE.search(ctx.text, ask.end(), end.start() if end else len(ctx.text)):
        return False
    return any(x is not u and not x.hit.sense.is_point and x.hit.sense.key != u.hit.sense.key and _fits(x, m.value)
               and x.hit.end <= ask.start()
               and not _NEW_CLAUSE.search(ctx.text, min(x.hit.end, m.end), max(x.hit.start, m.start))
               for x in leaves(ctx.uses))


def _in_others_clause(ctx: Ctx, u: Use, m: Mention) -> bool:
    """Whether period ``m`` is another measure's, in that measure's clause with a joint (a logic word, a comma) between
    the two: "a yield above 3%, excluding any whose net income fell in fiscal 2023" is the yield today (it was the yield
    at the end of 2023), and so is "that returned 10% in 2023 and have a P/E below 20"; "cash covering half of their debt
    as of the last quarter" compares the two at that quarter (no joint), and "sorted by that net income", "with debt
    and cash in dollars" name a measure again that took the period already."""
    if any(y is not u and y.hit.sense.key == u.hit.sense.key and y.time is m for y in leaves(ctx.uses)):
        return False
    joints = [a.start for a in ctx.atoms if a.kind in ("logic", "sep") and _clause_barrier(ctx, a.start)]
    joints += _with_joints(ctx)
    return any(x is not u and x.hit.sense.key != u.hit.sense.key and _fits(x, m.value) and x.hit.end <= m.start
               and not any(x.hit.end <= b < m.start for b in joints)
               and any(min(u.hit.end, x.hit.end) <= b < max(u.hit.start, x.hit.start) for b in joints)
               and not _past_clause_shares(ctx, u, x, m)
               for x in leaves(ctx.uses))


# (round 42, f42n) a later clause in the past tense with no period of its own, its verb the first word after the joint
# (", and had more cash than debt", "and also reported ...")
_PAST_JOINED = re.compile(r"(?:,\s*|\b)(?:and|but)\s+(?:also\s+)?(?:had|ended|finished|closed|carried|held|reported|posted|"
                          r"were|was)\b[^.;:?!]*$")


_ENDED_FISCAL_WITH = re.compile(r"\b(?:ended|finished|closed)\s+(?:the\s+|its\s+|their\s+)?(?:fiscal\s+(?:year\s+)?(?:19|20)\d\d|"
                                r"fy\s?(?:19|20)?\d\d|(?:last|latest|previous)\s+fiscal\s+year)\s+with\b")
_NOW_SAID = re.compile(r"[.;:?!]|\b(?:have|has|are|is|trades?|trading|today|now|currently|current)\b")


def _point_at_a_fiscal_end(ctx: Ctx) -> None:
    """(round 42, f42n) "Which banks ended fiscal 2022 with more cash than debt and a P/E below 20", "... had net income
    above 100 in fiscal 2022, and had a P/E below 20": a figure at a point (a P/E, a yield, a market cap) placed at a
    fiscal year's end of a set of companies, whose years end on their own days (FinQL's screen has one date; round 27
    refuses "a P/E below 20 at the end of fiscal 2022" of a screen); it was today's (a wrong answer). Refused, naming
    the words. A clause in the present tense ("and have a P/E below 20 today") stays today's."""
    if ctx.ents.tickers and not ctx.ents.sets:
        return
    for u in leaves(ctx.uses):
        if not u.hit.sense.is_point or u.time is not None:
            continue
        ended = [m for m in _ENDED_FISCAL_WITH.finditer(ctx.text, 0, u.hit.start)
                 if not _NOW_SAID.search(ctx.text, m.end(), u.hit.start)]
        past = [(x, x.time) for x in leaves(ctx.uses) if x is not u and x.hit.sense.is_fund and x.time is not None
                and x.time.value.fiscal_periods() and x.hit.end <= x.time.start and x.time.end <= u.hit.start
                and _PAST_JOINED.search(ctx.text, x.time.end, u.hit.start)
                and not _NOW_SAID.search(ctx.text, _PAST_JOINED.search(ctx.text, x.time.end, u.hit.start).end() - 1,
                                         u.hit.start)]
        if ended or past:
            start = ended[-1].start() if ended else past[-1][1].start
            raise Refusal("a figure at a point said at a fiscal year's end of several companies: each year ends on "
                          "its own day", [ctx.text[start:u.hit.end]])


# (round 42, f42n) a question of its own in the past tense: after a clause ("..., and what was its P/E?"), or opening
# the question ("What was X's P/E, and ...")
_PAST_ASK_AFTER = re.compile(r"(?:[,;.?!]\s*|\band\s+)(?:and\s+)?(?:what|where|how\s+(?:much|high))\s+(?:was|were)\s+")
_PAST_ASK_OPENS = re.compile(r"\W*(?:(?:so|and|also|ok|okay|please)\W+)*(?:what|where|how\s+(?:much|high))\s+(?:was|were)\s+")


def _past_point_both(ctx: Ctx) -> None:
    """(round 42, f42n) A figure at a point (a P/E, a price, a market cap) asked in a question of its own in the past
    tense, beside a fundamental asked in another with a period said only there: "What were X's sales in 2023, and what
    was its P/E?" took the end of 2023 (f41n: the tense places it then), "What was X's P/E, and what were its sales in
    2023?" today's (f41w: a period of a later clause is not its own). Which is meant is not said, and the two orders
    read two ways; both give the figure then and today now (SPEC section 4 allows extra columns), the period's first
    where it was shared. Present tense ("and what's its P/E?", today's) and one clause ("X's sales in 2023 and its
    P/E") are as before."""
    for u in leaves(ctx.uses):
        if not u.hit.sense.is_point or u.func is not None or u.extra_times or u.parts:
            continue
        for x in leaves(ctx.uses):
            m = x.time
            if x is u or not x.hit.sense.is_fund or m is None or not m.value.fiscal_periods() \
                    or x.hit.sense.key == u.hit.sense.key:
                continue
            # ((round 43, f43n) or the point took no period: "Which bank sat on the most cash in fiscal 2023 and what
            # was its P/E?" gave today's alone)
            if (u.time is m or u.time is None and ctx.ents.tickers == [] and x.time is m) \
                    and x.hit.end <= u.hit.start and m.end <= u.hit.start:
                ask = [j for j in _PAST_ASK_AFTER.finditer(ctx.text, m.end, u.hit.start)]
                if not ask or _PAST_ASK_AFTER.search(ctx.text, 0, x.hit.start) or re.search(
                        r"[,;.?!]|\band\b", ctx.text[ask[-1].end():u.hit.start]):
                    continue
                times = [m, Mention(m.start, m.start, TimeValue("now"))]
            elif u.time is None and u.hit.end <= x.hit.start and _later_clauses_period(ctx, u, m) \
                    and _PAST_ASK_OPENS.match(ctx.text) and not re.search(
                        r"[,;.?!]|\band\b", ctx.text[_PAST_ASK_OPENS.match(ctx.text).end():u.hit.start]):
                times = [Mention(u.hit.start, u.hit.start, TimeValue("now")), m]
            else:
                continue
            try:
                if render(Use(u.hit, times[0]), ctx) == render(Use(u.hit, times[1]), ctx):
                    continue
            except Refusal as e:
                # (round 43, f43n) the figure then has no day ("Which bank sat on the most cash in fiscal 2023, and what
                # was its P/E?": each company's fiscal year ends on its own day, and a screen has one date, round 27):
                # today's alone answered a question asked of then: named
                raise Refusal("a figure at a point asked in the past tense of a fiscal period that ends on no one day",
                              e.words + [ctx.text[u.hit.start:u.hit.end]]) from None
            u.extra_times = times
            break


def _past_clause_shares(ctx: Ctx, u: Use, x: Use, m: Mention) -> bool:
    """(round 42, f42n) Whether fundamental ``u``, in a later clause in the past tense opened right after the joint
    ("Which banks had net income above 100 in fiscal 2022, and had more cash than debt"), shares the fiscal period said
    of fundamental ``x`` in the clause before: the past tense places it then, as a period said once between
    fundamentals in two clauses is shared (t27a-101, f41n's item 4); it took the latest year (a wrong answer). A figure at
    a point, or a clause in the present tense ("and have a P/E below 20"), stays as before."""
    return u.hit.sense.is_fund and x.hit.sense.is_fund and m.end <= u.hit.start and x.hit.end <= m.start \
        and bool(m.value.fiscal_periods()) and _PAST_JOINED.search(ctx.text, m.end, u.hit.start) is not None \
        and not any(t is not m and m.end <= t.start < u.hit.start for t in ctx.time.mentions)
# the grain cues of a growth: year over year, quarter over quarter (``timeres.GRAIN_CUES``, as read there)
_GRAINS = (("yoy", re.compile(GRAIN_CUES[2])), ("qoq", re.compile(GRAIN_CUES[3])))
# between a growth and a second grain said of the same measure: "sales qoq growth in percent and yoy growth"
_GRAIN_JOINT = re.compile(r"[\s,]*(?:in\s+percent\s*)?(?:,\s*)?(?:(?:and|&|\+|/|plus|as\s+well\s+as)\s+)?(?:also\s+)?"
                          r"(?:the\s+|its\s+)?")


def _grains(ctx: Ctx) -> None:
    """"INDI Q4 sales q/q and y/y", "sales qoq growth and EPS yoy growth": where the question says both grains, each
    growth is the one said next to it, and a grain said with no measure of its own ("qoq and yoy sales growth", "sales
    qoq growth and yoy growth") is a growth said again at that grain (the question's one grain went to every growth,
    and the second growth of the same measure was dropped: a wrong answer). A grain no growth takes is refused."""
    cues = sorted((m.start(), m.end(), g) for g, rx in _GRAINS for m in rx.finditer(ctx.text))
    if len({g for _s, _e, g in cues}) < 2:
        return

    def nearest(s: int, e: int) -> tuple[int, int, str]:
        return min(cues, key=lambda c: c[0] - e if c[0] >= e else s - c[1])

    def joint(s: int, e: int) -> bool:  # only list words between (the other grains' cues blanked)
        gap = _blank_words(ctx, s, e)
        for c in cues:
            if s <= c[0] and c[1] <= e:
                gap = gap[:c[0] - s] + " " * (c[1] - c[0]) + gap[c[1] - s:]
        return bool(_GRAIN_JOINT.fullmatch(gap))

    said: dict[tuple[int, int, str], list[Use]] = {}
    growths = [u for u in ctx.uses if u.func is not None and u.func.value == "GROWTH"]
    for u in growths:
        f = u.func
        assert f is not None
        cue = nearest(f.start, f.end)
        u.grain = cue[2]
        said.setdefault(cue, []).append(u)
    for cue in cues:
        if cue in said:
            continue
        # "growth yoy", "yoy growth": the growth word said with the grain, no measure of its own
        f = next((a for a in ctx.atoms if a.kind == "func" and a.value == "GROWTH" and id(a) not in ctx.used_atoms
                  and (cue[1] <= a.start <= cue[1] + 1 or cue[0] - 1 <= a.end <= cue[0])), None)
        s, e = (min(cue[0], f.start), max(cue[1], f.end)) if f is not None else cue[:2]
        # the grain listed next to a grain taken ("qoq and yoy sales growth"), else the growth said before it
        # ("sales qoq growth and yoy growth"): each measure that growth was said of, again at this grain
        us = next((us for c, us in said.items() if joint(min(c[1], e), max(c[0], s))), None)
        if us is None:
            before = [x for x in growths if max(x.hit.end, x.func.end if x.func else 0) <= s]
            us = [before[-1]] if before and joint(max(before[-1].hit.end, before[-1].func.end), s) else None  # type: ignore[union-attr]
        if not us or any(u.grain == cue[2] for u in us):
            continue
        said[cue] = []
        for u in us:
            again = replace(u, func=f or u.func, grain=cue[2])
            ctx.uses.insert(ctx.uses.index(u) + 1, again)
            said[cue].append(again)
        if f is not None:
            ctx.take(f)
    left = [ctx.text[s:e] for s, e, g in cues if (s, e, g) not in said]
    if left and growths:
        raise Refusal("a growth's grain that no growth in the reading takes", left)


def _clause_barrier(ctx: Ctx, pos: int) -> bool:
    a = next(a for a in ctx.atoms if a.start == pos)
    if a.kind == "logic" and a.value in ("and", "or", "as well as"):
        # "revenue and net income in 2023" shares the year; "P/E below 10 and revenue ... last year" does not
        # ((round 38, f38m) "as well as" joins as "and" does: "X's net income in fiscal 2023, as well as its sales" read
        # the sales at the latest year, the period said once lost: a wrong answer)
        return _has(ctx, "cmp", "adj", "sign")
    if a.kind == "sep":
        return _has(ctx, "cmp", "adj", "sign")
    # (round 38, f38a) "consensus EPS and consensus sales for both FY2025 and FY2026": "both" opening the periods' list
    # is the list's, no clause between the measures and their periods (the sales took a later period alone: a wrong
    # answer)
    return not (a.kind == "logic" and a.value == "both" and any(
        m.start >= a.end and re.fullmatch(r"\s*", ctx.text[a.end:m.start])
        and (re.search(r"\b(?:and|&)\b", ctx.text[m.start:m.end]) or any(
            re.fullmatch(r"\s*(?:and|&)\s+(?:(?:in|for)\s+)?", ctx.text[m.end:n.start]) for n in ctx.time.mentions
            if n.start >= m.end))
        for m in ctx.time.mentions))


# (each of the periods, never each of the companies: "total revenue for each company over the last three years" is each
# one's sum, round 24; it was read as the revenue of each year)
_EACH_PERIOD = re.compile(r"\b(?:for|in|over|during)\s+each\s+(?:of\s+(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:fiscal\s+|calendar\s+)?(?:years?|quarters?|periods?|halves|fy\w*)\b|(?:fiscal\s+|calendar\s+)?"
                          r"(?:year|quarter|period|half)\b)|\beach\s+(?:year|quarter)\b|\byear[- ]by[- ]year\b")


# (round 32) a price's range asked year by year: "in each (calendar) year", "every year", "in each of the years",
# "year by year" (never "annual" or "per year", which may be an average over the range)
_EACH_YEAR = re.compile(r"\b(?:each|every)\s+(?:(?:fiscal|calendar)\s+)?year\b|\byear[- ]by[- ]year\b|"
                        r"\b(?:each|every)\s+(?:one\s+)?of\s+(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:(?:fiscal|calendar)\s+)?years\b")
# (round 49, f49s) the same said of shorter spans of prices: "the return in each of the last three months (four quarters,
# ten trading days)"
_EACH_SPAN = re.compile(r"\b(?:each|every)\s+(?:one\s+)?of\s+(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:calendar\s+|trading\s+)?(?:months|quarters|weeks|days|sessions)\b")


def _total_as_name(u: Use, ctx: Ctx) -> bool:
    """"X's total revenue for each of the last three years", "operating income and total revenue for FY2021 and FY2022":
    "total" right before the measure is the line item's own name ("total revenue" is the sales), not a sum over the
    periods, where the periods are asked one by one ("each") or another measure listed beside it takes them one by
    one (it was the sum of the years: a wrong answer). "Total revenue over the last three years" stays the sum."""
    f = u.func
    if f is None or f.value != "SUM" or u.parts is not None or u.time is None \
            or ctx.text[f.start:f.end].lower() != "total" or u.hit.start < f.end \
            or not re.fullmatch(r"\s*", ctx.text[f.end:u.hit.start]):
        return False
    span = ctx.text[u.hit.end:u.time.end] if u.time.start >= u.hit.end else ctx.text[u.time.start:u.hit.start]
    if _EACH_PERIOD.search(span):
        return True
    return any(o is not u and o.func is None and o.parts is None and o.time is u.time
               and re.fullmatch(r"\s*(?:,|and|&)\s*", ctx.text[min(o.hit.end, u.hit.end):max(o.hit.start, f.start)])
               for o in ctx.uses)


# (round 28, f28g) a price's change "versus the end of 2023", "today vs June 28, 2024": the day set against today starts
# the return, which runs to D0 (it was the return over 2023, a wrong answer); a bare year set against ("change versus
# 2023": from its end, or its average?) is refused, naming it; (r29) and the same with "from" and no end ("how much did
# the stock rise from the end of 2022" was the return over 2022, a wrong answer; "from 2022" is refused)
_AGAINST_CUE = re.compile(r"(?:\bvs\.?|\bversus|\bagainst|\bcompared\s+(?:with|to)|\brelative\s+to|\bfrom)\s+$")


def _return_against(u: Use, ctx: Ctx) -> list[tuple[str, str]] | None:
    m = u.time
    cue = _AGAINST_CUE.search(ctx.text, 0, m.start) if m is not None else None
    if m is None or cue is None or any(x is not m and x.value.kind != "now" for x in ctx.time.mentions):
        return None
    v = m.value
    # (r29: and the end of a half, a quarter or a month said, "versus the end of Q3 2023": the return over the quarter
    # was read, a wrong answer)
    if v.kind == "date" or (v.end and v.kind in ("year", "half", "quarter", "month")):
        pts = v.points()
        return [(pts[0], "D0")] if pts and len(pts) == 1 and pts[0] != "D0" else None
    # (r29: a half, a quarter or a month of a year said the same, "versus Q3 2023", "versus June 2024": the return over
    # it was read, a wrong answer; "versus last month" is the change since a month ago, kept)
    if v.kind == "year" and len(v.years) == 1 or v.kind in ("half", "quarter") \
            or v.kind == "month" and re.search(r"\d{4}", v.text):
        raise Refusal("a price's (a market cap's) change set against a period (from its end, or its average?)",
                      [ctx.text[cue.start():m.end]])
    return None


_AGAINST_ITSELF = re.compile(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to)|relative\s+to|than)(?!\w)")
# ((round 44, r44) and "compare A to (with) B", the verb before the first period: "Compare X's EPS today to a year ago",
# "compare X's fiscal 2024 EPS with a year ago" (FY2024 twice, the later of "a year ago" and the latest) gave one figure)
_COMPARE_VERB = re.compile(r"\bcompar(?:e|ing)\b[^.;?!]*$")
_COMPARE_WITH = re.compile(r"\b(?:to|with|and)\b")


def _against_itself_cue(ctx: Ctx, start: int, end: int, other: int) -> re.Match[str] | None:
    """The words that set the figure said first (``start``..``end``) against the one said at ``other``: "vs",
    "compared with", "than" between them (``_AGAINST_ITSELF``), or "to"/"with"/"and" after a "compare" before the first
    (round 44, r44); else None. Where both read as one figure, the comparison is of a figure with itself."""
    gap = ctx.text[end:other]
    return _AGAINST_ITSELF.search(gap) or (_COMPARE_WITH.search(gap) if _COMPARE_VERB.search(ctx.text[:start]) else None)


def render(u: Use, ctx: Ctx, *, multi: bool = True) -> list[str]:
    """The FinQL expression(s) of one sense under its time and function (several for a list of periods)."""
    s, v = u.hit.sense, (u.time.value if u.time else None)
    words = [ctx.text[u.hit.start:u.hit.end]]
    if u.parts is not None:
        x, op, y, pct = u.parts
        if u.func is not None:
            return [_arithmetic_change(u, ctx)]
        each = _arithmetic_each_period(u, ctx) if multi else None
        if each:
            return each
        return [_combine(_expr(x, ctx), op, _expr(y, ctx), pct)]
    if u.func is not None and _total_as_name(u, ctx):
        u = replace(u, func=None)
    if u.func is not None and u.func.value in ("AVG", "SUM") and v is not None and v.kind == "years" and multi \
            and ctx.time.quarterly and len(v.years) > 1:
        # "avg quarterly sales fy24 vs fy23": one average (total) over the quarters of each year named
        if u.func.value == "SUM" and (m := METRICS.get(u.hit.sense.base)) is not None and m.dataset == "fundamentals" \
                and not m.flow:
            # (round 42, r42) "X's debt each quarter of 2023 and 2024, and the total": a balance at each quarter's end
            # adds up to no figure (SPEC 1: a stock item's year is its Q4 value); it summed the quarters' debt, each
            # year's and (f41n) the whole span's: refused, naming it
            raise Refusal("a total of a balance over quarters: a balance is held at a day, not added up",
                          [ctx.text[u.func.start:u.func.end]])
        out = [_render_func(Use(u.hit, Mention(u.time.start, u.time.end, TimeValue(  # type: ignore[union-attr]
            "year", years=(y,), fiscal=v.fiscal, calendar=v.calendar)), u.func), ctx) for y in v.years]
        if u.hit.how == "ellipsis" and list(v.years) == list(range(v.years[0], v.years[-1] + 1)) \
                and not _EACH_YEARS_OWN.search(ctx.text, u.hit.start):
            # (round 41, f41n) "X's sales each quarter of 2023 and 2024, and the total": each year's total, or the one
            # over every quarter listed? Not said; both are given (SPEC section 4 allows extra columns): the whole
            # span's after the years' (it gave the years' alone, a wrong answer where the whole was meant)
            out.append(f"{u.func.value}({u.hit.sense.base}, FQ{v.years[0]}Q1, FQ{v.years[-1]}Q4)")
        return out
    if u.func is not None and multi and (each := _each_year_growth(u, ctx)):
        return each  # "revenue growth each year from 2021 to 2023": every year's growth, not the span's
    extra = u.extra_times
    if u.func is not None and extra and multi:
        return [_render_func(Use(u.hit, m, u.func, one_range=True), ctx) for m in extra]  # one value per range
    if u.func is not None:
        return [_render_func(u, ctx)]
    if extra and multi:
        out: list[str] = []
        said: dict[str, Mention] = {}
        for m in extra:
            one = Use(u.hit, m)
            for x in render(one, ctx):
                if x not in out:
                    out.append(x)
                    said[x] = m
                elif (first := said[x]) is not m and (cue := _against_itself_cue(
                        ctx, min(first.start, m.start), min(first.end, m.end), max(first.start, m.start))):
                    # (round 35, f35n) a figure set against itself: "X's share price today compared with last year"
                    # (the end of fiscal 2024 is the latest trading day, D0 twice): one figure answered, the comparison
                    # dropped without a word; refused, naming it
                    raise Refusal("a figure compared with itself: the two periods said fall on the same day",
                                  [cue.group(0) + " " + ctx.text[max(first.start, m.start):max(first.end, m.end)]])
        return out
    if s.is_fund:
        periods = v.fiscal_periods() if v else [f"FY{LATEST_FY}"]
        quarterly = ctx.time.quarterly and not _annual_of(ctx, u)
        if v is not None and quarterly and v.kind in ("year",) and periods and len(periods) == 1:
            cal = re.search(r"\b(?:each|every)\s+calendar\s+quarter\b", ctx.text)
            if cal:  # a company's fiscal quarters are not the calendar's (a September year end): not guessed
                raise Refusal("calendar quarters of a fiscal item", [cal.group(0)])
            y = int(periods[0][2:])
            periods = [f"FQ{y}Q{q}" for q in range(1, 5)]
        elif v is not None and quarterly and (v.kind in ("years", "year_range") or v.kind == "span"
                                                       and v.unit == "years") and multi and len(periods) > 1 \
                and all(re.fullmatch(r"FY\d{4}", p) for p in periods):
            # (round 40, r40) "X's sales for each quarter of 2023 and 2024", "quarterly sales in the last two years":
            # the quarters of every year named (they were the years' annual figures, the quarters dropped: a wrong
            # answer); of calendar quarters refused, as of one year
            cal = re.search(r"\b(?:each|every)\s+calendar\s+quarter\b", ctx.text)
            if cal:
                raise Refusal("calendar quarters of a fiscal item", [cal.group(0)])
            periods = [f"FQ{p[2:]}Q{q}" for p in periods for q in range(1, 5)]
        if not periods:
            raise Refusal(f"no fiscal period for {s.about.lower()}", words + ([ctx.text[u.time.start:u.time.end]] if u.time else []))
        if len(periods) > 1 and not multi:
            raise Refusal("several periods where one value is needed", [ctx.text[u.time.start:u.time.end]])
        return [s.template.format(F=p) for p in periods]
    if s.is_estimate:
        ests = v.estimates() if v else ["FY1"]
        if not ests:
            raise Refusal(f"no estimate period for {s.about.lower()}", words + [ctx.text[u.time.start:u.time.end]])
        return [s.template.format(E=e) for e in ests]
    if s.is_range:
        if v is None:
            stray = [m for m in ctx.time.mentions if id(m) not in ctx.used_times]
            if stray:  # "the first half of this year": a period with no dates in the data, named
                raise Refusal(next((_ambiguous(m) for m in stray if m.value.kind == "ambiguous"), None)
                              or f"no date range in the data for {s.about.lower()}",
                              words + [ctx.text[m.start:m.end] for m in stray])
            if s.key == "return":
                raise Refusal("a return needs a period", words)
            raise Refusal("a high or low needs a period", words)
        if s.key == "return" and u.time is not None and v.kind in ("year", "years") and v.end \
                and _ONE_DAY.search(ctx.text, u.time.start, u.time.end):
            # (round 38, f38m) "X's return on the last day of 2022": one day, as "on the last trading day of 2022" is
            # (a date: refused, no range), never the whole year's return (read so: a wrong answer)
            raise Refusal(f"no date range for {s.about.lower()}: one day is said",
                          words + [ctx.text[u.time.start:u.time.end]])
        rngs = (_return_against(u, ctx) if s.key == "return" else None) or v.spans("return" if s.key == "return" else "hilo")
        if ctx.time.quarterly and v.kind == "year" and v.fiscal:
            # "the return in each quarter of fiscal 2023", "each fiscal quarter of 2023": a company's fiscal quarters
            # are its own dates, not the calendar's (it was the whole year's range: a wrong answer)
            raise Refusal(f"the fiscal quarters of {s.about.lower()} (a price's ranges are calendar dates)",
                          words + [ctx.text[u.time.start:u.time.end]])  # type: ignore[union-attr]
        if ctx.time.quarterly and v.kind == "year" and len(v.years) == 1 and not v.fiscal and multi:
            # "the return in each quarter of 2024", "the highest close in each calendar quarter of 2024": one range
            # per calendar quarter of the year (it was the year's own range: a wrong answer)
            y = v.years[0]
            rngs = [TimeValue("quarter", quarters=(y * 4 + q,)).span("return" if s.key == "return" else "hilo")
                    for q in range(4)]  # type: ignore[misc]
            rngs = None if None in rngs else rngs
        each = _EACH_YEAR.search(ctx.text)
        if each and v.kind == "year_range" and not v.fiscal:
            # (round 32) "the returns in each calendar year from 2020 to 2024", "the highest close in each of the years
            # 2021 to 2023": one range per calendar year (it was one range over the five years: a wrong answer); a
            # company's fiscal years are its own dates ("each fiscal year from ..."): refused, as its quarters are
            if "fiscal" in each.group(0) or not multi:
                raise Refusal("each fiscal year's own dates (a price's ranges are calendar dates)" if "fiscal" in
                              each.group(0) else "several years where one value is needed",
                              words + [each.group(0), ctx.text[u.time.start:u.time.end]])  # type: ignore[union-attr]
            rngs = [TimeValue("year", years=(y,)).span("return" if s.key == "return" else "hilo")
                    for y in range(v.years[0], v.years[1] + 1)]  # type: ignore[misc]
            rngs = None if None in rngs else rngs
        elif each and v.kind == "span" and v.unit == "years" and v.n > 1 and not (v.calendar and v.each):
            # "the return in each of the last three years": calendar years, or years back from today? (it was one
            # range over the three: a wrong answer) refused, naming the words
            raise Refusal("each of the past years: calendar years or years back from today is not said",
                          words + [each.group(0), ctx.text[u.time.start:u.time.end]])  # type: ignore[union-attr]
        elif (each_span := _EACH_SPAN.search(ctx.text)) and v.kind == "span" and v.n > 1 \
                and v.unit in ("months", "quarters", "weeks", "days", "trading days") and not (v.calendar and v.each):
            # (round 49, f49s) "the return in each of the last three months", "... each of the last four quarters":
            # one range per month (quarter, day), calendar or counted back from today? It was one range over the
            # whole span, "each" dropped (a wrong answer): refused, naming the words, as the years are
            raise Refusal("each of the past months, quarters or days: one range per period is not written",
                          words + [each_span.group(0), ctx.text[u.time.start:u.time.end]])  # type: ignore[union-attr]
        if rngs is None:
            raise Refusal(f"no date range for {s.about.lower()}", words + [ctx.text[u.time.start:u.time.end]])
        if len(rngs) > 1 and not multi:
            raise Refusal("several periods where one value is needed", [ctx.text[u.time.start:u.time.end]])
        if s.key == "return":
            _grain_met(u, ctx, rngs, words)
        if s.key == "return" and _price_amount(u, ctx):
            down = u.hit.how == "verb-down" and _HOW_MUCH_BEFORE.search(ctx.text, 0, u.hit.start) is not None
            return [f"P_PRICE({a}) - P_PRICE({b})" if down else f"P_PRICE({b}) - P_PRICE({a})" for a, b in rngs]
        return [s.template.format(A=a, B=b) for a, b in rngs]
    if s.is_point:
        pts = v.points() if v else ["D0"]
        if not pts:
            raise Refusal(f"no date for {s.about.lower()}", words + [ctx.text[u.time.start:u.time.end]])
        if "(LTM)" in s.template and pts != ["D0"]:  # the trailing twelve months are the latest ones only
            raise Refusal(f"{s.about.lower()} at a past date", words + [ctx.text[u.time.start:u.time.end]])
        if s.key == "volume" and v is not None and not _a_day(v):
            # "how many shares traded in 2023", "X's volume last year": the shares traded over a period are the sum
            # of its daily volumes, which FinQL cannot express (SUM and AVG take fundamentals only); it was the last
            # day's volume (a wrong answer)
            raise Refusal("the volume over a period (a sum of daily volumes) is not a FinQL metric",
                          words + [ctx.text[u.time.start:u.time.end]])  # type: ignore[union-attr]
        return [s.template.format(D=p) for p in pts]
    # mixed (forward P/E, P/S, EV): each placeholder takes the period the question gives for it, else its default
    return [s.template.format(**p) for p in _mixed_periods(u, ctx)]


# the words of a price's move by an amount ("change", "move", "rise or fall"); a return or performance named as such
# ("the dollar return", "its return in US dollars", "how did it do") stays a return in percent
_AMOUNT_MOVE = re.compile(r"\b(?:chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
                          r"up|down|" + _PRICE_MOVE.pattern + r")\b")


def _a_day(v: TimeValue) -> bool:
    """Whether a period names one trading day (or a list of days) for a price: "on 15 March 2024", "today", "D-5",
    "at the end of 2023", "the last trading day of 2023", "a year ago today"; not a year, a quarter, a month or a range
    of days, whose year-end close is only the price's convention ("X's share price in 2023")."""
    # "a year ago", "one year ago today", "this time last year": the idiom of one day a year back (SPEC section 5 lists
    # "two years ago" with "the year before last", a fiscal year: of a volume it stays refused as a year or a day)
    return v.kind in ("now", "date", "drel", "dates", "ago") or v.kind == "date_range" and v.each or v.end \
        or v.kind == "yearsago" and (v.n == 1 or v.text.endswith("today"))


def _price_amount(u: Use, ctx: Ctx) -> bool:
    """"By how many dollars did X's share rise in 2024", "how much did X's share price change, in dollars (in absolute
    terms)": a move of the price asked in money is the amount it moved by, ``P_PRICE(d2) - P_PRICE(d1)`` (``IN``
    converts both closes), never the return in percent (a wrong answer); a fall after "how much" is start minus end.
    A return or performance named as such ("the dollar return", "its return in US dollars") stays in percent."""
    if not _AMOUNT_MOVE.search(ctx.text[u.hit.start:u.hit.end]):
        return False
    absolute = [a for a in ctx.atoms if a.kind == "absolute"]
    percent = any(a.kind in ("pctcue", "pp") for a in ctx.atoms) or _PERCENT_ASKED.search(ctx.text) is not None
    # (a currency alone says the amount of a named company's move; "by what percent ..., in US dollars", "stocks that
    # rose more than 10% in US dollars" keep the return of the converted closes)
    if not absolute and not (ctx.ents.currency and ctx.ents.tickers and not percent
                             and not _currency_of_another_measure(ctx)):
        return False
    if percent:
        raise Refusal("a price move asked both in money and in percent",
                      [ctx.text[a.start:a.end] for a in absolute] + [ctx.text[u.hit.start:u.hit.end]])
    for a in absolute:
        ctx.take(a)
    return True


def _arithmetic_each_period(u: Use, ctx: Ctx) -> list[str] | None:
    """"Capex as a percentage of sales in FY2022, FY2023 and FY2024", "cash minus debt for FY2023 and FY2024": arithmetic
    of fiscal measures over a list of periods is one value per period, every operand at that period (the operands share
    the one list; an operand with a period of its own, a function or a price keeps the single reading). "In each
    quarter of fiscal 2023" is that year's four quarters, as for one measure (``render``)."""
    ls = leaves([u])
    if not all(v.hit.sense.is_fund and v.func is None for v in ls):
        return None
    times = {id(v.time): v.time for v in ls if v.time is not None}
    if len(times) != 1:
        return None
    m = next(iter(times.values()))
    periods = m.value.fiscal_periods() or []
    for x in u.extra_times or []:  # periods joined to the operands' one ("... and at the end of FY2024")
        if x is not m:
            periods += [p for p in x.value.fiscal_periods() or [] if p not in periods]
    if ctx.time.quarterly and m.value.kind == "year" and len(periods) == 1 and not u.extra_times \
            and re.search(r"\b(?:each|every)\s+(?:fiscal\s+)?quarter\s+of\b", ctx.text):
        y = int(periods[0][2:])
        periods = [f"FQ{y}Q{q}" for q in range(1, 5)]
    if len(periods) < 2:
        return None

    def at(w: Use, p: str) -> str:
        if w.parts is None:
            return w.hit.sense.template.format(F=p)
        x, op, y, pct = w.parts
        return _combine(at(x, p), op, at(y, p), pct)

    return [at(u, p) for p in periods]


def _arithmetic_change(u: Use, ctx: Ctx) -> str:
    """"How did X's net debt (debt less cash) change from FY2023 to FY2024", "the change in debt minus cash between
    fiscal 2022 and fiscal 2024": the change of a figure computed from fiscal measures is its difference, the expression
    at the later end minus the expression at the earlier (FinQL has no GROWTH of an expression, as of net cash in
    ``_difference``). It was the expression at each period, the change word dropped: a wrong answer. A growth rate or a
    percentage change of it, a fall, and operands that are no plain fiscal figures at one shared period are refused."""
    f = u.func
    assert f is not None
    word = ctx.text[f.start:f.end]
    ls = leaves([u])
    times = {id(v.time): v.time for v in ls if v.time is not None}
    if f.value != "GROWTH" or f.extra == "down" or re.match(r"gr", word.lower()) or not all(
            v.hit.sense.is_fund and v.func is None for v in ls) or len(times) > 1 \
            or any(a.kind in ("pctcue", "pp") for a in ctx.atoms) or _PERCENT_ASKED.search(ctx.text):
        raise Refusal("a change of a computed figure other than its difference between two fiscal periods", [word])
    m = next(iter(times.values()), None)
    rng = m.value.growth_range() if m is not None else (f"FY{LATEST_FY - 1}", f"FY{LATEST_FY}")
    if rng is None or len(u.extra_times or []) > 1:
        raise Refusal("no two periods to compute a change between", [word])
    if m is not None:
        ctx.used_times.add(id(m))

    def at(w: Use, p: str) -> str:
        if w.parts is None:
            return w.hit.sense.template.format(F=p)
        x, op, y, pct = w.parts
        return _combine(at(x, p), op, at(y, p), pct)

    return f"({at(u, rng[1])}) - ({at(u, rng[0])})"


def _mixed_periods(u: Use, ctx: Ctx) -> list[dict[str, str]]:
    """Placeholders of a template mixing kinds: "P/S on FY2023 sales" puts FY2023 in {F} (price stays D0),
    "P/E on FY2 consensus" FY2 in {E}, "EV at the end of 2023" the date in {D} and the fiscal year in {F}."""
    s, v = u.hit.sense, (u.time.value if u.time else None)
    base = {"D": "D0", "E": "FY1", "F": f"FY{LATEST_FY}"}
    if v is None or v.kind == "now":
        return [base]
    kinds = s.kinds
    got = dict(base)
    ests, fps, pts = v.estimates() or [], v.fiscal_periods() or [], v.points() or []
    if "E" in kinds and ests:
        return [{**base, "E": e} for e in ests]
    used = False
    if "F" in kinds and len(fps) == 1:
        got["F"], used = fps[0], True
    if "D" in kinds and len(pts) == 1 and not (v.fiscal or v.kind == "fylabel"):  # "on FY2023 sales": price now
        got["D"], used = pts[0], True
    elif "D" in kinds and "F" in kinds and used and re.fullmatch(r"FY\d{4}", got["F"]) and u.time is not None \
            and not _on_a_figure(u, ctx):
        # "FY2023 EV/EBIT", "P/S for fiscal 2023": the valuation at the end of that fiscal year, when the companies'
        # fiscal years end on one date; "P/S on FY2023 sales" keeps today's price
        got["D"] = _fiscal_year_end(int(got["F"][2:]), ctx, [ctx.text[u.time.start:u.time.end]])
    if not used:
        raise Refusal(f"no period reading for {s.about.lower()}", [ctx.text[u.time.start:u.time.end]])
    return [got]


def _on_a_figure(u: Use, ctx: Ctx) -> bool:
    """Whether the period of a valuation multiple belongs to a figure it is "on" ("P/S on FY2023 sales", "EV/sales
    using fiscal 2023 revenue"): today's price over that figure."""
    assert u.time is not None
    if re.search(r"\b(?:on|using|based on|with|off|against)\s+(?:the\s+|its\s+|their\s+)?$", ctx.text[:u.time.start]):
        return True
    after = [x for x in ctx.uses if x.hit.start >= u.time.end]
    return bool(after) and after[0].hit.sense.is_fund and re.fullmatch(r"(?:'s)?\s*", ctx.text[u.time.end:after[0].hit.start]) is not None


def _fiscal_year_end(year: int, ctx: Ctx, words: list[str]) -> str:
    """The last day of fiscal year ``year`` of every company of the target, which must be one date (FinQL takes one
    date per query): refused where the companies' fiscal years end in different months."""
    import calendar

    companies = [by_ticker()[t] for t in ctx.ents.tickers] if ctx.ents.tickers else universe_companies(ctx.universe or "ALL")
    months = {c.fiscal_year_end_month for c in companies}
    if len(months) != 1:
        raise Refusal("a valuation at the end of a fiscal year, for companies whose fiscal years end in different "
                      "months (FinQL takes one date)", words)
    month = months.pop()
    end = f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if end > "2024-12-31":
        raise Refusal("a valuation after the last trading day of the data", words)
    return end


def _same_kind_of_period(pair: tuple[str, str] | list[str], words: list[str], ctx: Ctx) -> None:
    """A growth is between two periods of one length: two quarters, or two twelve-month periods (fiscal years, LTM).
    "Q4 sales growth vs FY2023" would compare a quarter with a year (it was ``GROWTH(FF_SALES, FY2023, FQ2024Q4)``):
    refused, naming both."""
    kinds = {"quarter" if p.startswith("FQ") else "year" for p in pair}
    if len(kinds) > 1:
        raise Refusal("a growth between a fiscal year and a quarter",
                      [*words, *(ctx.text[m.start:m.end] for m in ctx.time.mentions)])


def _total_listed(ctx: Ctx, f: Atom, u: Use) -> bool:
    """(round 24) "X's total sales and gross income for FY2022": "total" said before a list of measures, shared by each
    (the words between it and ``u`` are the other measures sharing it, joined by "and" or commas): at one period each
    item itself, as "total sales" alone reads (it was refused: "a total needs a range of periods")."""
    if re.search(r"\b(?:combined|in total|altogether|all together|put together|together|added|add|summed|sum|plus)\b",
                 ctx.text):
        return False  # ("total sales and net income combined": their sum, or each? refused as before)
    gap, lo = ctx.text[f.end:u.hit.start], f.end
    for o in leaves(ctx.uses):
        if o is not u and o.func is f and f.end <= o.hit.start and o.hit.end <= u.hit.start:
            gap = gap[:o.hit.start - lo] + "\x00" * (o.hit.end - o.hit.start) + gap[o.hit.end - lo:]
    return re.fullmatch(r"\s*(?:\x00+\s*(?:,|and|&|,\s*and)\s+)+", gap) is not None


# (round 42, f42n) the quarterly cue said of one measure: right before it ("quarterly sales growth", "its quarterly
# sales"), or after its function ("sales growth per quarter")
_QUARTERLY_WORD = re.compile(r"\bquarterly\b|\b(?:per|each|every)\s+quarter\b|\bquarter\s+by\s+quarter\b")


def _quarterly_of(ctx: Ctx, u: Use) -> re.Match[str] | None:
    """The quarterly cue said of measure ``u`` (its words right before it, or right after its function), or None."""
    ends = [u.hit.end] + ([u.func.end] if u.func is not None else [])
    for m in _QUARTERLY_WORD.finditer(ctx.text):
        if m.end() <= u.hit.start and re.fullmatch(r"\s*(?:(?:its|their|the|[\w&.-]+'s?)\s+)?", ctx.text[m.end():u.hit.start]) \
                or any(m.start() >= e and re.fullmatch(r"\s*", ctx.text[e:m.start()]) for e in ends):
            return m
    return None


def _annual_of(ctx: Ctx, u: Use) -> bool:
    """(round 42, f42n) Whether measure ``u`` is said of a whole year beside the question's quarterly cue: "annual",
    "yearly", "full-year" right before it ("X's quarterly sales in 2023 and its annual sales in 2024"), or the cue said
    of the same measure elsewhere and not of this one ("X's sales in 2024 and its quarterly sales in 2023"): the cue is
    one flag of the question, and it gave the quarters of both years (a wrong answer)."""
    if re.search(r"\b(?:annual|yearly|full[- ]year|whole[- ]year)\s+$", ctx.text[:u.hit.start]):
        return True
    if _quarterly_of(ctx, u) is not None:
        return False
    # (round 43, f43n) and another measure with a period of its own, its noun phrase apart from the cued one's ("X's
    # quarterly sales in 2023 and its net income in 2024", "X's net income in 2024 and its quarterly sales in 2023"):
    # the cue is said of its own noun phrase, closed by its period; the other's year is a year (it gave the net
    # income's four quarters). "quarterly sales and net income in 2023" (one period said after both) stays quarterly
    def apart(y: Use, cue: re.Match[str]) -> bool:
        # each said with a period of its own, the one noun phrase closed before the other opens
        return y.time is not None and u.time is not None and u.time is not y.time and (
            y.hit.end <= y.time.start and y.time.end <= u.hit.start
            or u.hit.end <= u.time.start and u.time.end <= min(cue.start(), y.hit.start))

    return any(y is not u and (cue := _quarterly_of(ctx, y)) is not None and (
        y.hit.sense.key == u.hit.sense.key or apart(y, cue)) for y in leaves(ctx.uses))


# (round 45, r45) the words that set a move against something said after it: "grew more than 5% versus (compared with,
# against, relative to) ..."
_MOVE_SET_AGAINST = re.compile(r"\s*,?\s*(?:vs\.?|versus|against|compared\s+(?:with|to)|relative\s+to)\s+"
                               r"(?:(?:its|their|the|that\s+of|those\s+of)\s+)?")


def _move_against_a_measure(u: Use, ctx: Ctx) -> None:
    """(round 45, r45) "Which airlines' sales in fiscal 2024 grew more than 5% versus their net income in fiscal 2023?",
    "How did X's sales grow versus its net income?": a move's verb (and its bound) set against another measure said
    right after it. The growth is of the measure said before the verb; the one set against it was read as a column
    beside it (GROWTH(FF_SALES, ...) > 5 with FF_NET_INC(FY2023) shown, "versus" dropped: a wrong answer that looks
    right, at round 43 too). What a sales growth "versus" a net income is, is not said: refused, naming both. Set
    against the same measure ("versus their sales in fiscal 2023") or a period ("versus fiscal 2023") is
    ``_growth_pair``'s."""
    f = u.func
    if f is None or f.value != "GROWTH" or not re.fullmatch(rf"(?:{CHANGE_VERBS}|{CHANGE_DIRECTIONS})",
                                                             ctx.text[f.start:f.end]):
        return
    bound = _bound_after(ctx, f.end, len(ctx.text))
    at = bound[-1].end if bound else f.end
    t = next((t for t in ctx.time.mentions if t.start >= at and re.fullmatch(r"\s*(?:(?:in|for|during)\s+)?",
                                                                             ctx.text[at:t.start])), None)
    m = _MOVE_SET_AGAINST.match(ctx.text, at) or (t and _MOVE_SET_AGAINST.match(ctx.text, t.end))  # ("in fiscal 2024")
    if not m:
        return
    at = m.end()
    for t in sorted(ctx.time.mentions, key=lambda t: t.start):  # ("versus fiscal 2023 net income")
        if t.start == at or (t.start > at and not ctx.text[at:t.start].strip()):
            at = t.end + len(ctx.text[t.end:]) - len(ctx.text[t.end:].lstrip())
    y = next((x for x in ctx.uses if x.hit.start == at), None)
    x = max((x for x in ctx.uses if x.hit.end <= f.start), key=lambda x: x.hit.end, default=None)
    if x is None or y is None or x.hit.sense.key == y.hit.sense.key or u not in (x, y) \
            or re.fullmatch(r"growths?", ctx.text[f.start:f.end]) or (y.func is not None and y.func is not f):
        return  # ("compare headcount growth against sales growth": two growths, each its own, read as before)
    raise Refusal("a move set against another measure: what the one is against the other is not said",
                  [ctx.text[x.hit.start:x.hit.end], ctx.text[f.start:m.end()].strip(), ctx.text[y.hit.start:y.hit.end]])


def _render_func(u: Use, ctx: Ctx) -> str:
    _move_against_a_measure(u, ctx)
    out = _render_func_said(u, ctx)
    assert u.func is not None
    if u.func.value in ("GROWTH", "CAGR") and re.search(r", FY-?\d+, FY-?\d+\)", out) and (cue := _quarterly_of(ctx, u)):
        # (round 42, f42n) "X's quarterly sales growth from 2021 to 2024", "quarterly sales growth in 2024": the growth
        # of a quarterly figure between fiscal years (it was the annual figures' growth, the cue dropped: a wrong
        # answer); which quarters, or each quarter's own growth, is not said
        raise Refusal("a growth of quarterly figures between fiscal years: which quarters is not said",
                      [cue.group(0), ctx.text[u.hit.start:u.hit.end]])
    return out


# (round 43, f43n) a change asked in percent and as an amount, in either order: "in percent and in dollars", "in % and
# in absolute terms", "in USD and in percent"
# ((round 44, r44) and the amount in millions ("in percent and in millions (of euros)"): it gave the growth alone, the
# difference dropped)
_AMOUNT_UNIT = r"(?:in\s+)?(?:(?:absolute|dollar|nominal|money)\s+terms|absolute|" + CURRENCY_WORD + "|" + CURRENCY_CODES \
    + "|" + MILLIONS + r")\b"
_PERCENT_UNIT = r"(?:in\s+)?(?:percent(?:age)?(?:\s+terms)?|%)(?!\w)"
BOTH_UNITS = re.compile(rf"\b{_PERCENT_UNIT}\s*(?:,?\s*(?:and|as\s+well\s+as|&|plus)|,)\s+{_AMOUNT_UNIT}|"
                         rf"\b{_AMOUNT_UNIT}\s*(?:,?\s*(?:and|as\s+well\s+as|&|plus)|,)\s+{_PERCENT_UNIT}")


def _render_func_said(u: Use, ctx: Ctx, growth_only: bool = False) -> str:
    s, f = u.hit.sense, u.func
    assert f is not None
    func = f.value
    v = u.time.value if u.time else None
    words = [ctx.text[f.start:f.end], ctx.text[u.hit.start:u.hit.end]]
    if func == "GROWTH" and s.key == "mkt_cap":
        return _market_cap_move(u, ctx, words)
    qoq, yoy = (u.grain == "qoq", u.grain == "yoy") if u.grain else (ctx.time.qoq, ctx.time.yoy)
    if func == "GROWTH" and s.is_fund and not qoq and not yoy and not growth_only:
        diff = _difference(u, ctx, words)
        if diff is not None:
            both = None if growth_only else BOTH_UNITS.search(ctx.text)
            if both is not None:
                # (round 43, f43n) "the growth in percent and in dollars (in absolute terms)": both figures asked of
                # the one change, the growth beside the difference (SPEC 2 has both); the percent (or the dollars)
                # was dropped. Of companies named only (a screen's or a ranking's key would be one of them)
                if not ctx.ents.tickers or s.base is None or any(a.kind == "rank" for a in ctx.atoms):
                    raise Refusal("a change asked both in percent and as an amount of a screen or a ranking",
                                  words + [both.group(0)])
                return f"{_render_func_said(u, ctx, growth_only=True)}, {diff}"
            return diff
    if not s.base:
        raise Refusal(f"growth of {s.about.lower()} is not a FinQL function", words)
    if func == "GROWTH":
        for a in ctx.atoms:
            if a.kind == "pp" and a.value != "bps":  # (a growth in percent in basis points: left over, refused)
                ctx.take(a)
        expected = _estimate_growth(u, ctx, words)
        if expected is not None:
            return expected
        pair = getattr(u, "growth_pair", None) or _growth_pair(ctx, u) or _growth_against(ctx, u)
        if pair is not None:
            _same_kind_of_period(pair, words, ctx)
            # (kept: the ranking renders the key again, and the ends are taken by then: "sales growth in the latest
            # quarter versus the same quarter last year, best first" was refused)
            u.growth_pair = pair  # type: ignore[attr-defined]
            return f"GROWTH({s.base}, {pair[0]}, {pair[1]})"
        if qoq:
            q = v.fiscal_periods() if v else ["FQ0"]
            last = q[-1] if q else "FQ0"
            if not _QUARTER_LABEL.fullmatch(last):
                # "sales growth q/q in FY2023": a quarter's growth over a fiscal year (it was GROWTH(FF_SALES, FQ-1,
                # FY2023), the year against the latest quarter but one: a wrong answer); which quarter is not said
                cue = re.search(GRAIN_CUES[3], ctx.text)
                raise Refusal("a quarter-on-quarter growth of a fiscal year: say the quarter",
                              words + ([cue.group(0)] if cue else []) + ([ctx.text[u.time.start:u.time.end]] if u.time else []))
            _restated_start(ctx, u, _shift_q(last, -1))
            return f"GROWTH({s.base}, {_shift_q(last, -1)}, {last})"
        if yoy and (v is not None and v.fiscal_periods() and v.fiscal_periods()[-1].startswith("FQ")
                    or v is None and u.grain == "yoy"):
            # (with no period, a y/y said beside a q/q, "sales growth q/q and y/y", is the latest quarter's: it was the
            # latest fiscal year's growth beside the quarter's, a grain mixed up)
            last = v.fiscal_periods()[-1] if v is not None else "FQ0"
            _restated_start(ctx, u, _shift_q(last, -4))
            return f"GROWTH({s.base}, {_shift_q(last, -4)}, {last})"
        if v is not None and v.kind == "years" and len(v.years) > 1 and u.time is not None \
                and re.search(r"(?:,|\band\b|&)", ctx.text[u.time.start:u.time.end]) \
                and not re.search(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to)|between)\b",
                                  ctx.text[max(0, u.time.start - 10):u.time.end]):
            # "revenue growth in 2022 and 2023": most likely the growth of each year (over the year before it), perhaps
            # the growth from the first to the last; refused, naming the years, never one growth between them
            raise Refusal("a growth in each of several years, or one growth between them", [*words, u.time.value.text])
        rng = _span_ending(u, ctx) or (v.growth_range() if v else (f"FY{LATEST_FY - 1}", f"FY{LATEST_FY}"))
        if rng is None:
            raise Refusal("no two periods to compute growth between", words)
        _yearly_over_span(ctx, u, rng)
        _same_kind_of_period(rng, words, ctx)
        return f"GROWTH({s.base}, {rng[0]}, {rng[1]})"
    if func == "CAGR":
        for m in ctx.time.mentions:
            if m.start > f.end and any(y > LATEST_FY for y in m.value.years) \
                    and re.search(r"\b(?:to|through|until|till)\b", ctx.text[f.end:m.start]) \
                    and not re.search(r"\band\b|[,;]", ctx.text[f.end:m.start]):
                # "a two-year CAGR from reported fiscal 2024 sales to the FY2026 consensus": CAGR takes one metric's
                # reported years, and FinQL has no power to annualise the actual-to-estimate growth; refused (the
                # estimate was a second column, the CAGR one of the reported years before it)
                raise Refusal("a compound growth to an estimate year is not a FinQL function", [*words, m.value.text])
        rng = _span_ending(u, ctx)
        if rng is None and v is not None and len(v.fiscal_periods() or []) == 1:
            # "X's EPS for FY2024 and the CAGR", "FY2024 EPS and the compound growth": one fiscal year said is no span
            # to compound over (it was the one-year growth into it, the figure dropped: a wrong answer)
            raise Refusal("a CAGR needs two fiscal years", [*words, ctx.text[u.time.start:u.time.end]])  # type: ignore[union-attr]
        rng = rng or (v.growth_range() if v else None)
        if rng is None or not rng[0].startswith("FY") or rng[0] == rng[1]:
            raise Refusal("a CAGR needs two fiscal years", words)
        return f"CAGR({s.base}, {rng[0]}, {rng[1]})"
    # AVG / SUM over consecutive periods
    periods = listed = v.fiscal_periods() if v else None
    if func == "SUM" and len(periods or []) < 2 and ctx.text[f.start:f.end] == "total" \
            and (re.fullmatch(r"\s*", ctx.text[f.end:u.hit.start]) or _total_listed(ctx, f, u)) and not ctx.time.quarterly:
        across = re.search(r"\b(?:across|in total|combined|aggregate|altogether|all together|put together|between them|summed)\b", ctx.text)
        if across and len(ctx.ents.tickers) != 1:  # "total headcount across all the Aurora companies": one sum
            raise Refusal("a total across companies: FinQL gives each company's figure, not their sum",
                          [*words, across.group(0)])
        return _expr(Use(u.hit, u.time), ctx)  # "total borrowings in FY2022": the item itself, not a sum
    if v is not None and periods and (len(periods) == 1 or v.kind in ("year_range", "span") and ctx.time.quarterly) \
            and (ctx.time.quarterly or "quarter" in ctx.text) and all(re.fullmatch(r"FY\d{4}", p) for p in periods):
        # "average quarterly FCF over fiscal 2022 through fiscal 2024": over the quarters of those years
        periods = [f"FQ{periods[0][2:]}Q1", f"FQ{periods[-1][2:]}Q4"]
    if not periods or len(periods) < 2:
        raise Refusal(f"{'an average' if func == 'AVG' else 'a total'} needs a range of periods", words)
    steps = {period_order(b) - period_order(a) for a, b in zip(listed, listed[1:], strict=False)}
    if periods == listed and (steps != {1} and steps != {4} or not all(p[:2] == periods[0][:2] for p in periods)):
        # "combined Q1 and Q3 sales": periods listed with a gap are summed one by one (the range took the quarter between
        # them in: a wrong answer); an average of them is that sum over their count
        total = " + ".join(s.template.format(F=p) for p in periods)
        return total if func == "SUM" else f"({total}) / {len(periods)}"
    return f"{func}({s.base}, {periods[0]}, {periods[-1]})"


def _restated_start(ctx: Ctx, u: Use, start: str) -> None:
    """"YoY EPS growth in the most recent quarter (vs the same quarter last year)": a period that names the start the
    growth already counts from (FQ-4 here) restates it, so its words are read; any other period stays unread (refused)."""
    for m in ctx.time.mentions:
        p = m.value.fiscal_periods() if m is not u.time and id(m) not in ctx.used_times else None
        if p and len(p) == 1 and period_order(p[0]) == period_order(start):
            ctx.used_times.add(id(m))


def _span_ending(u: Use, ctx: Ctx) -> tuple[str, str] | None:
    """"the three-year CAGR through FY2023", "5-year growth to 2022": a span of N years that ends in the one fiscal
    year named runs N years back from it (not from FY2024)."""
    both = [m for m in ctx.time.mentions if m is u.time or id(m) not in ctx.used_times or id(m) in ctx.span_ended]
    spans = [m for m in both if m.value.kind == "span" and m.value.unit == "years"]
    ends = [m for m in both if m.value.kind in ("year", "fylabel") and len(m.value.fiscal_periods() or []) == 1
            and re.fullmatch(r"FY\d{4}", (m.value.fiscal_periods() or [""])[0])]
    if len(spans) != 1 or len(ends) != 1 or u.time not in (spans[0], ends[0]):
        return None
    y = int((ends[0].value.fiscal_periods() or [""])[0][2:])
    n = spans[0].value.n
    # (round 27) "the three-year CAGR from fiscal 2021", "5-year growth starting in FY2019": the year after "from" is
    # where the span starts, so it runs N years on (it was read as the end: FY2018 to FY2021, a wrong answer); a span
    # that would run past the last reported year is refused, naming the year
    if _SPAN_FROM.search(ctx.text[:ends[0].start]):
        if y + n > LATEST_FY:
            raise Refusal("a span of years that runs past the last reported year", [ctx.text[ends[0].start:ends[0].end]])
        y += n
    if y - n < FIRST_FY:
        return None
    ctx.used_times.update({id(spans[0]), id(ends[0])})
    ctx.span_ended.update({id(spans[0]), id(ends[0])})
    return f"FY{y - n}", f"FY{y}"


# the words that make the one year after a span of years its start, not its end ("from fiscal 2021", "starting in 2019")
_SPAN_FROM = re.compile(r"\b(?:from|starting(?:\s+(?:in|with|from|at))?|beginning(?:\s+(?:in|with|at))?)\s+(?:the\s+)?$")


def _reported_year_of_its_own(u: Use, ctx: Ctx) -> bool:
    """(round 29) "X's expected EPS growth next year and its (actual) EPS growth last year", "EPS growth in FY2024 and
    the expected EPS growth": a growth of a reported measure with one reported fiscal year said with it ("in", "for",
    "during" or nothing between; "last year's"), no estimate word in its clause, beside another figure of an estimate
    year of its own, is that year's reported growth. It took the question's years (from FY2024 to the consensus), the
    same item as the expected growth, and one column was dropped (a wrong answer). A year after "from", "versus",
    "over" is a growth's start ("expected growth next year versus last year"): not this."""
    s, t = u.hit.sense, u.time
    if s.is_estimate or not s.is_fund or u.one_range or t is None or u.func is None or u.func.value != "GROWTH":
        return False
    fps = t.value.fiscal_periods() or []
    if len(fps) != 1 or not re.fullmatch(r"FY\d{4}", fps[0]) or int(fps[0][2:]) > LATEST_FY or t.value.estimates():
        return False
    end = max(u.hit.end, u.func.end)
    head = min(u.hit.start, u.func.start)
    if not _growth_said_of(ctx, u) or re.search(
            r"\b(?:vs\.?|versus|against|compared?s?\s+(?:with|to)|relative\s+to|over|from|since)\s+(?:the\s+|its\s+|their\s+)?$",
            ctx.text[:min(t.start, head)]):
        return False  # ("how that compares with FY2024 actual sales as a growth rate": the year set against)
    if not (t.start >= end and re.fullmatch(r"\s*(?:(?:in|for|during)\s+)?(?:the\s+)?", ctx.text[end:t.start])
            or t.end <= head and re.fullmatch(r"(?:'s)?\s*(?:(?:actual|reported)\s+)?", ctx.text[t.end:head])):
        return False
    # its clause: from the figure or separator before it ("consensus sales estimate for FY2025 and its sales growth")
    lo = max([a.end for a in ctx.atoms if a.kind == "sep" and a.end <= min(head, t.start)]
             + [max(v.hit.end, v.time.end if v.time else 0) for v in leaves(ctx.uses)
                if max(v.hit.end, v.time.end if v.time else 0) <= min(head, t.start)], default=0)
    if any(a.kind == "est" and lo <= a.start <= max(end, t.end) for a in ctx.atoms):
        return False
    return any(v is not u and v.time is not None and v.time is not t and v.time.value.estimates()
               for v in leaves(ctx.uses))


def _years_named(ctx: Ctx, skip: frozenset[int] = frozenset()) -> list[int] | None:
    """The fiscal and estimate years the question names (FY1 = 2025), or None where it names another kind of
    period (a quarter, a date) that a growth to an estimate cannot take. A span of years beside other years ("FY2024
    sales, FY2026 consensus sales and the expected two-year growth") says how far apart they are, no years of its own
    (it was read as the last two reported years: a growth from FY2023); years not that far apart are refused. Beside
    one year or none, or reported years only, it gives its own years, as before."""
    years: list[int] = []
    spans = [m for m in ctx.time.mentions if m.value.kind == "span" and m.value.unit == "years" and m.value.n]
    if len(spans) == len(ctx.time.mentions):
        spans = []
    for m in ctx.time.mentions:
        v = m.value
        fps = v.fiscal_periods() or []
        if v.kind == "now" or m in spans or id(m) in skip:  # (``skip``: a reported growth's own year, round 29)
            continue
        if v.kind in ("year_range", "years") and not v.calendar and v.years:  # "fy25 vs fy24": both years
            years += list(v.years)
        elif v.estimates():
            years += [LATEST_FY + int(e[2:]) for e in v.estimates() or []]
        elif fps and all(re.fullmatch(r"FY\d{4}", p) for p in fps):
            years += [int(p[2:]) for p in fps]
        else:
            return None
    for m in spans:
        if len(set(years)) < 2 or max(years) <= LATEST_FY:  # ("four-year growth through fiscal 2023": its own years)
            years += [int(p[2:]) for p in m.value.fiscal_periods() or [] if re.fullmatch(r"FY\d{4}", p)]
        elif max(years) - min(years) != m.value.n:
            raise Refusal("a span of years that does not match the years named", [ctx.text[m.start:m.end]])
    return years


def _estimate_growth(u: Use, ctx: Ctx, words: list[str]) -> str | None:
    """Growth that ends in an estimate year: between two estimate years ``GROWTH(FE_X, FY1, FY2)``, from a reported
    year ``(FE_X(FYn) / FF_X(FY2024) - 1) * 100``. One year named is that year's growth over the year before ("EPS
    growth expected in 2026" runs from the 2025 consensus); none is next year's over last year's; a range runs
    from its first year to its last. None where the growth is of reported years only."""
    s = u.hit.sense
    est_key = s.key if s.is_estimate else s.estimate
    if est_key is None:
        return None
    est_metric = BY_KEY[est_key].base
    actual = {"FE_EPS": "FF_EPS", "FE_SALES": "FF_SALES"}.get(est_metric or "")
    cue = any(a.kind == "est" for a in ctx.atoms)
    if not s.is_estimate and not u.one_range and u.time is not None and u.time.value.kind == "year_range" \
            and not u.time.value.calendar and len(set(u.time.value.years)) == 2 and max(u.time.value.years) <= LATEST_FY:
        # (round 22) "EPS growth from FY2022 to FY2024, and the FY2025 consensus EPS": the growth's own range of
        # reported years, said with it, is its range; an estimate asked beside it is a figure of its own (it was a
        # growth from FY2022 to the consensus: a wrong answer). An estimate word in the growth's own clause still
        # makes it a growth to an estimate (refused below: its range ends in a reported year)
        at = min(u.hit.start, u.func.start if u.func else u.hit.start)
        clause = max((a.end for a in ctx.atoms if a.kind == "sep" and a.end <= at), default=0)
        if not any(a.kind == "est" and clause <= a.start < u.time.end for a in ctx.atoms):
            return None
    own = [v for v in leaves(ctx.uses) if _reported_year_of_its_own(v, ctx)]
    if u.reported or u in own:
        return None  # (round 29) "expected EPS growth next year and its EPS growth last year": that year's growth
    years = list(u.time.value.years) if u.one_range and u.time else _years_named(ctx, frozenset(id(v.time) for v in own))
    head = min(u.hit.start, u.func.start if u.func else u.hit.start)
    if not u.one_range and len(ctx.time.mentions) == 1 and (m := ctx.time.mentions[0]).value.kind == "span" \
            and m.value.unit == "years" and m.end <= head and any(
                a.kind == "est" and a.end <= m.start and re.fullmatch(r"[\s\w'-]{0,20}", ctx.text[a.end:m.start])
                for a in ctx.atoms):
        # "X's expected two-year sales growth": the span runs forward, from the last reported year (it was the
        # reported growth of the last two years, the estimate word dropped)
        years = [LATEST_FY, LATEST_FY + m.value.n]
    if not u.one_range and sum(1 for m in ctx.time.mentions if m.value.kind == "year_range") > 1:
        # "expected sales growth from FY2020 to FY2022 and from FY2024 to FY2026": not one growth from the first year
        # named to the last (a range of reported years is not an expected growth); refused
        raise Refusal("a growth to an estimate over several ranges", words)
    if years is None:
        if s.is_estimate:
            raise Refusal("growth of an estimate over a period that is not a fiscal year", words)
        return None
    if not (s.is_estimate or cue or any(y > LATEST_FY for y in years)):
        return None
    if not years:
        p1, p2 = LATEST_FY, LATEST_FY + 1
    elif len(set(years)) == 1:
        p1, p2 = (years[0] - 1, years[0]) if years[0] > LATEST_FY else (years[0], LATEST_FY + 1)
    else:
        p1, p2 = min(years), max(years)
    if p2 <= LATEST_FY:
        if s.is_estimate:
            raise Refusal("growth of an estimate between reported years", words)
        return None
    if p2 > LATEST_FY + 2:
        raise Refusal("no estimate for that year (FinQL has FY2025 and FY2026)", words)
    for m in ctx.time.mentions:
        ctx.used_times.add(id(m))
        # (round 27) "expecting X's EPS to grow in the coming fiscal year relative to the fiscal 2024 actual": the year
        # the growth is set against, as after "versus" (its "relative to" was left over as a division: refused)
        for x in ctx.atoms:
            if x.kind == "arith" and re.fullmatch(r"relative to|compared (?:with|to)", ctx.text[x.start:x.end]) \
                    and u.hit.end <= x.start and re.fullmatch(r"\s*(?:the\s+|its\s+|their\s+)?", ctx.text[x.end:m.start]) \
                    and (m.value.fiscal_periods() or [""])[0] == f"FY{p1}" and p1 <= LATEST_FY:
                ctx.take(x)
    end = max(u.hit.end, u.func.end if u.func else u.hit.end)
    for x in ctx.atoms:  # "... and the expected sales growth between them": the years named before
        if x.kind == "ref" and not u.one_range and re.fullmatch(r"\s*", ctx.text[end:x.start]):
            ctx.take(x)
    if p1 > LATEST_FY:
        return f"GROWTH({est_metric}, FY{p1 - LATEST_FY}, FY{p2 - LATEST_FY})"
    if actual is None:
        raise Refusal(f"growth of the {BY_KEY[est_key].about.lower()} from a reported year", words)
    return f"({est_metric}(FY{p2 - LATEST_FY}) / {actual}(FY{p1}) - 1) * 100"


_HOW_MUCH_BEFORE = re.compile(r"\bhow\s+much\b[^,;.?!]*$")


def _market_cap_move(u: Use, ctx: Ctx, words: list[str]) -> str:
    """"How much did X's market cap fall during 2024", "by how much did X's market cap change from the end of 2023 to
    today", "whose market cap fell in 2024": FinQL has no GROWTH of the market cap (a daily figure), so its move over
    the period (from the close before it, as a return's) is the difference of the two, ``FG_MKT_CAP(d2) -
    FG_MKT_CAP(d1)`` (``IN`` converts both); a fall after "how much" is start minus end, as a figure's fall is
    (``_difference``), and one asked in percent ("by what percent", "more than 10%") the change of the two in
    percent. It was refused, its verb left over."""
    v = u.time.value if u.time else None
    # (r29) "versus the end of 2022", "versus June 2024": the day set against starts the move, which runs to D0, and a
    # period set against is refused, as a price's change is (``_return_against``; it was the move over that year)
    rngs = (_return_against(u, ctx) or v.spans("return")) if v else None
    if not rngs or len(rngs) != 1:
        raise Refusal("no one date range for the move of the market cap", words)
    _grain_met(u, ctx, rngs, words)
    a, b = rngs[0]
    f = u.func
    assert f is not None
    thresholds = [x for x in ctx.atoms if x.kind == "num" and x.value[1] in _PCT_UNITS]
    # ("market cap growth", "how much has it grown": a growth word is a growth in percent, as a figure's is)
    if any(x.kind == "pctcue" for x in ctx.atoms) or _PERCENT_ASKED.search(ctx.text) or thresholds \
            or re.match(r"gr[eo]w", ctx.text[f.start:f.end]):
        return f"(FG_MKT_CAP({b}) / FG_MKT_CAP({a}) - 1) * 100"
    for x in ctx.atoms:
        if x.kind == "absolute":
            ctx.take(x)
    if f.extra == "down" and _HOW_MUCH_BEFORE.search(ctx.text, 0, f.start) is not None:
        return f"FG_MKT_CAP({a}) - FG_MKT_CAP({b})"
    return f"FG_MKT_CAP({b}) - FG_MKT_CAP({a})"
_PERCENT_ASKED = re.compile(r"\bpercent(?:age)?\b|%")
# the length in days of the price move a grain asks for: a year (y/y), a quarter (q/q)
_GRAIN_DAYS = {"yoy": (360, 370), "qoq": (88, 94)}


def _grain_met(u: Use, ctx: Ctx, rngs: list[tuple[str, str]], words: list[str]) -> None:
    """A price move (a return, a market cap's move) said "y/y" or "q/q" runs over the period's dates, which are a year
    or a quarter only where the period is one ("2Q24 market cap y/y" was the quarter's move: a wrong answer); a move
    whose dates are not the grain's is refused, naming the grain, rather than answered over other dates."""
    grain = u.grain or ("yoy" if ctx.time.yoy else "qoq" if ctx.time.qoq else None)
    if grain is None:
        return
    lo, hi = _GRAIN_DAYS[grain]

    def day(d: str) -> dt.date | None:
        return LAST_DAY if d == "D0" else dt.date.fromisoformat(d) if re.fullmatch(r"\d{4}-\d\d-\d\d", d) else None

    for a, b in rngs:
        start, end = day(a), day(b)
        if start is None or end is None or not lo <= (end - start).days <= hi:
            cue = re.search(GRAIN_CUES[2] if grain == "yoy" else GRAIN_CUES[3], ctx.text)
            raise Refusal(f"a {'year' if grain == 'yoy' else 'quarter'}-on-{'year' if grain == 'yoy' else 'quarter'} "
                          "move over dates that are not one: say the dates", words + ([cue.group(0)] if cue else []))


def _difference(u: Use, ctx: Ctx, words: list[str]) -> str | None:
    """A change as a difference ``m(p2) - m(p1)``, or None for a growth in percent.

    A ratio changes by a difference, in its own units: percentage points for a margin ("how much did the
    margin expand", "change in percentage points"), and a percentage change of a ratio is refused, not
    guessed; so does an amount FinQL has no GROWTH of (net cash). A metric changes by a difference when the
    question asks for money ("by how much, in dollars", "in absolute terms"); otherwise by GROWTH in percent."""
    s = u.hit.sense
    absolute = [a for a in ctx.atoms if a.kind == "absolute"]
    pp = [a for a in ctx.atoms if a.kind == "pp"]
    # a currency said of an earlier item of a list ("last year's EPS in dollars and its EPS growth") is that item's
    # unit, not the change's (the growth was read as a difference: a wrong answer); so is one said of a later item
    # ("sales growth from 2023 to 2024 and last year's sales in dollars")
    def of_the_change(m: re.Match[str]) -> bool:
        if u.func is None:
            return True
        if m.start() > u.func.start:
            end = max(u.func.end, u.hit.end)
            return not (re.search(r"\band\b|[,;]", ctx.text[end:m.start()]) and any(
                v is not u and end <= v.hit.start and v.hit.end <= m.start() for v in leaves(ctx.uses)))
        return not re.search(r"\band\b|[,;]", ctx.text[m.end():u.func.start]) \
            or not re.search(r"\w", re.split(r"[.:;?!]", ctx.text[:m.start()])[-1])

    # (a percentage asked beside the currency is the growth's: "by what percentage did X's sales grow, in USD"; (r29)
    # only one said of the change, as the currency is: "X's margin in percent, and how much did its debt rise ... in
    # USD" asks the rise in USD, which was read as the growth in percent, a wrong answer)
    pct_of_change = any(of_the_change(m) for m in _PERCENT_ASKED.finditer(ctx.text))
    money_asked = bool(absolute) or s.money and BOTH_UNITS.search(ctx.text) is not None or (
        bool(ctx.ents.currency) and s.money and not pct_of_change and any(
        # ((round 28, f28g) a currency's code as its name: "how much did X's debt go up from 2021 to 2024 in usd" was the
        # growth in percent beside "in usd", a wrong answer)
        # ((round 33, f33g) and the code in brackets, a slide's "change in equity FY23 to FY24 (USD)": it was the growth
        # in percent beside "IN USD", a wrong answer)
        # ((round 43, r43) and the unit of millions said with it, "sales growth in fiscal 2023 in millions of pounds": it
        # was the growth in percent beside "IN GBP", while "in pounds" and "in millions" each gave the difference)
        of_the_change(m) for m in re.finditer(r"\bin (?:" + MILLIONS + r"\s+(?:of\s+)?(?:the\s+)?)?(?:" + CURRENCY_WORD
                                              + "|" + CURRENCY_CODES + r")\b|\(\s*(?:in\s+)?(?:" + CURRENCY_CODES
                                              + r")\s*\)", ctx.text)))
    # "how much did X's cash fall between fiscal 2022 and fiscal 2024": the size of the fall, an amount (start minus
    # end); a fall asked in percent ("by what percent", "in percent") stays the growth
    fall = (u.func is not None and u.func.extra == "down" and s.money and not money_asked
            and _HOW_MUCH_BEFORE.search(ctx.text, 0, u.func.start) is not None
            and not any(a.kind in ("pctcue", "pp") for a in ctx.atoms) and not _PERCENT_ASKED.search(ctx.text))
    # (round 35, f35s) "by how much did X's sales change from the quarter before last to last quarter": "change" says
    # no percent (a growth, a rise in percent, is named so), and "how much" of a change asks its size in the figure's
    # unit, the later value minus the earlier, as "the change between the two" does (``_asked_beside_listed``); said
    # in percent ("in percent", "year-on-year") it stays the growth
    changed = (u.func is not None and s.base is not None and not money_asked
               and re.fullmatch(r"chang(?:e|ed|es)", ctx.text[u.func.start:u.func.end], flags=re.IGNORECASE) is not None
               and _HOW_MUCH_BEFORE.search(ctx.text, 0, u.func.start) is not None
               and not any(a.kind in ("pctcue", "pp") for a in ctx.atoms) and not _PERCENT_ASKED.search(ctx.text)
               and not re.search(r"year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|\bqoq\b|quarter[- ]on[- ]quarter|"
                                 r"sequential", ctx.text, flags=re.IGNORECASE))
    if s.base and not money_asked and not fall and not changed:
        return None
    if not s.base and not pp and (
            any(a.kind == "pctcue" for a in ctx.atoms)
            or re.search(r"\b(?:what|which) percent(?:age)?\b|\bby\s+(?:what|how many) percent(?:age)?\b(?![- ]points?)|\bin percent\b",
                         ctx.text)):
        raise Refusal(f"a percentage change of {s.about.lower()} is not a FinQL function (its change is a difference)",
                      words)
    if pp and s.money:
        raise Refusal("percentage points of an amount", words + [ctx.text[a.start:a.end] for a in pp])
    v = u.time.value if u.time else None
    # (r29) "how much did X's debt rise from fiscal 2021, in US dollars", "cash fall from fiscal 2021", "the margin's
    # change from fiscal 2021 in points": a year set against (or "from" with no end) starts the change, which runs to
    # the latest fiscal year, as the growth's does (``_growth_against``; it was the change over FY2021, a wrong answer);
    # round 26's "up or down on 2023" of a figure with no growth stays refused
    on = u.time is not None and re.search(r"\bon[\s(),:]*(?:(?:the\s+)?fiscal(?:\s+year)?\s+)?$", ctx.text[:u.time.start])
    # (round 31) two single periods set against each other ("the margin's change in the latest quarter versus the same
    # quarter a year earlier") are its two ends, as a growth's are (``_growth_pair``; refused before, no two periods)
    rng = (None if on else _growth_pair(ctx, u) or _growth_against(ctx, u)) or (
        v.growth_range() if v else (f"FY{LATEST_FY - 1}", f"FY{LATEST_FY}"))
    if rng is None:
        raise Refusal("no two periods to compute a change between", words)
    for a in absolute + pp:
        ctx.take(a)
    if fall:
        return _combine(s.template.format(F=rng[0]), "-", s.template.format(F=rng[1]), False)
    diff = _combine(s.template.format(F=rng[1]), "-", s.template.format(F=rng[0]), False)
    # in basis points: the points times 100
    return f"({diff}) * 100" if any(a.value == "bps" for a in pp) else diff


_VERSUS = re.compile(r"[\s(),:]*(?:vs\.?|versus|over|against|compared (?:with|to)|relative to)[\s(),:]*")


_FROM_TO = re.compile(r"\s*(?:to|until|through|and)\s+(?:the\s+)?")


def _growth_pair(ctx: Ctx, u: Use) -> tuple[str, str] | None:
    """"Q4 2024 vs Q4 2023", "TTM sales over FY2023": two single periods set against each other are the two ends
    of the growth (earlier first), whichever of them the measure was bound to."""
    def one(m: Mention) -> str | None:
        p = m.value.fiscal_periods()
        return p[0] if p and len(p) == 1 else _four_quarters(ctx, u, m)

    ms = [m for m in ctx.time.mentions if (m is u.time or id(m) not in ctx.used_times) and one(m)]
    for a, b in zip(ms, ms[1:], strict=False):
        gap = ctx.text[a.end:b.start]
        if a.end <= u.hit.start and u.hit.end <= b.start:
            gap = ctx.text[a.end:u.hit.start] + " " + ctx.text[u.hit.end:b.start]
        pa, pb = one(a), one(b)
        f = u.func
        bound: list[Atom] = []
        moved = False
        if f is not None and a.end <= f.start and f.end <= b.start and f.value == "GROWTH":
            moved = bool(re.fullmatch(rf"(?:{CHANGE_VERBS}|{CHANGE_DIRECTIONS})", ctx.text[f.start:f.end]))
            # "net income in its latest quarter changed (differed) from the same quarter a year before": the growth's
            # own verb between the two ends, and "from" the earlier one
            # (round 44, f44p) "sales in fiscal 2024 grew more than 5% over (versus, from, on) fiscal 2023": a
            # screen's bound said right after the verb sits between it and the earlier end; it stays the condition's
            bound = _bound_after(ctx, f.end, b.start)
            after = ctx.text[bound[-1].end if bound else f.end:b.start]
            if bound and re.fullmatch(r"\s*on\s+(?:the\s+)?", after) and re.fullmatch(
                    rf"(?:{CHANGE_VERBS}|{CHANGE_DIRECTIONS})", ctx.text[f.start:f.end]):
                after = " versus "  # "grew more than 5% on the same quarter last year": "on" after a move (r26)
            gap = ctx.text[a.end:f.start] + " " + after
            if a.end <= u.hit.start and u.hit.end <= f.start:
                gap = ctx.text[a.end:u.hit.start] + " " + ctx.text[u.hit.end:f.start] + " " + after
            gap = re.sub(r"^\s*(?:'s\s*)?(?:did|has|have|had|was|were)?\s*", " ", gap)
            gap = re.sub(r"^\s*from\b", " versus", gap)
        elif f is not None and f.end <= a.start and f.value == "GROWTH":
            # (round 45, f45p) "banks that grew fiscal 2024 sales by more than 5% over (versus, on) fiscal 2023",
            # "increased sales in fiscal 2024 by at least 10% compared with fiscal 2023": the verb said before both
            # ends, the later end with the measure, then the screen's bound, then the base; the bound stays the
            # condition's (as round 44's bound right after the verb does) and the base was left unread (refused)
            at = u.hit.end if a.end <= u.hit.start and u.hit.end <= b.start else a.end
            bound = _bound_after(ctx, at, b.start)
            if bound:
                after = ctx.text[bound[-1].end:b.start]
                if re.fullmatch(r"\s*on\s+(?:the\s+)?", after) and re.fullmatch(
                        rf"(?:{CHANGE_VERBS}|{CHANGE_DIRECTIONS})", ctx.text[f.start:f.end]):
                    after = " versus "  # "grew fiscal 2024 sales by more than 5% on fiscal 2023": "on" after a move
                gap = (ctx.text[a.end:u.hit.start] + " " if at == u.hit.end else "") + " " + after
        # ("from fiscal 2023 to the last twelve months": a range's two ends of different kinds, a year and the LTM)
        ranged = _FROM_TO.fullmatch(gap) is not None and re.search(r"\b(?:from|between)\s+(?:the\s+)?$",
                                                                  ctx.text[:a.start]) is not None
        if not (_VERSUS.fullmatch(gap) or ranged) or pa == pb:
            continue
        own = one(u.time) if u.time is not None else None
        if u.time is not None and u.time not in (a, b) and own not in (pa, pb):
            continue
        if moved and period_order(pa) < period_order(pb):  # type: ignore[arg-type]
            # (round 45, r45) "sales in fiscal 2023 grew more than 5% versus fiscal 2024": the figure that moved is
            # said first, its base after the verb; a base later than it is a growth backwards in time (it was read
            # from fiscal 2023 to fiscal 2024, the words' two ends swapped): refused, naming both
            raise Refusal("a move from a later period to an earlier one",
                          [ctx.text[a.start:a.end], ctx.text[f.start:f.end], ctx.text[b.start:b.end]])  # type: ignore[union-attr]
        for m in ms:  # the two ends, and a mention that restates one ("Q4 sales growth (Q4 2024 vs Q4 2023)")
            if m in (a, b) or one(m) in (pa, pb):
                ctx.used_times.add(id(m))
        for atom in ctx.atoms:
            if a.end <= atom.start and atom.end <= b.start and all(atom is not x for x in bound):
                ctx.take(atom)  # "over": not a division here
        # (round 45, r45) both ends kept where their order ties (a fiscal year and its last quarter: "sales growth in
        # fiscal 2024 versus the last quarter" was GROWTH(FF_SALES, FY2024, FY2024), min and max the same end); the
        # caller's ``_same_kind_of_period`` then names a year set against a quarter
        first, last = sorted((pa, pb), key=period_order)  # type: ignore[arg-type]
        return first, last
    return None


def _bound_after(ctx: Ctx, start: int, end: int) -> list[Atom]:
    """The atoms of a bound said right after a growth's verb, before ``end``: "grew [by] more than 5%" (a comparison
    and its number, nothing but spaces between them); none where the words do not open with one."""
    seq = sorted((x for x in ctx.between(start, end) if x.kind in ("by", "cmp", "num")), key=lambda x: x.start)
    out: list[Atom] = []
    at = start
    for x in seq:
        if ctx.text[at:x.start].strip() and not (
                at == start and x.kind == "cmp" and re.fullmatch(r"\s*of\s*", ctx.text[at:x.start])):
            # ((round 45, f45p) or "of" before it, said of a growth's noun: "sales growth of more than 5% over ...")
            break
        out.append(x)
        at = x.end
        if x.kind == "num":
            break
    kinds = [x.kind for x in out]
    return out if kinds in (["cmp", "num"], ["by", "cmp", "num"]) else []


def _four_quarters(ctx: Ctx, u: Use, m: Mention) -> str | None:
    """The one period a run of four consecutive fiscal quarters sums to, for a growth of a flow set against another
    run ("sales over the last four quarters vs the four quarters before": LTM against FY2023, the four quarters
    before the latest, FQ0 being the fourth quarter of the latest fiscal year, SPEC section 2). It was the growth of
    each run's last quarter over the quarter before its first (a wrong answer). A run of quarters that sums to no
    such period, or of a stock item (LTM is its latest quarter), or another length beside a growth, is refused."""
    p = m.value.fiscal_periods() or []
    if len(p) < 2 or u.func is None or u.func.value != "GROWTH" or not all(x.startswith("FQ") for x in p):
        return None
    if not any(x is not m and len(x.value.fiscal_periods() or []) >= 2 and _VERSUS.fullmatch(
            ctx.text[min(x.end, m.end):max(x.start, m.start)]) for x in ctx.time.mentions):
        return None  # (one run alone: "growth over the last four quarters", the growth across it, as before)
    at = [period_order(x) for x in p]
    if len(p) == 4 and at == list(range(int(at[0]), int(at[0]) + 4)) and at[-1] % 4 == 3 \
            and u.hit.sense.base in _FLOWS and u.hit.sense.is_fund and not u.parts:
        return "LTM" if p[-1] == "FQ0" else f"FY{int(at[-1]) // 4}"
    raise Refusal("a growth between two runs of quarters: their sums have no period of the language",
                  [ctx.text[m.start:m.end].strip()])


# (round 26) a move right before "on": "X's revenue, up or down on 2023?", "sales growth on 2022" (the year is the one the
# latest figure is set against, as after "versus"; it was read as the figure's own year, the growth over the year before)
_MOVED_ON = re.compile(rf"\b(?:{CHANGE_VERBS}|{CHANGE_DIRECTIONS})\s+$")


# (before "versus" only a direction said, never a change's noun or verb of growth: "implied growth vs FY24A" is a
# growth set against its year, read by the growth rules)
_MOVED_VERSUS = re.compile(rf"\b(?:{CHANGE_DIRECTIONS}|rise|fall|rose|fell)\s+$")


def _growth_against(ctx: Ctx, u: Use) -> tuple[str, str] | None:
    """"Revenue growth vs 2022", "sales growth compared with fiscal 2021": one fiscal year set against the growth
    is where it starts, and it runs to the latest fiscal year (FY2022 to FY2024), never over the year before it."""
    if u.time is None or ctx.time.qoq or ctx.time.yoy:
        return None
    p = u.time.value.fiscal_periods() or []
    if len(p) != 1 or not re.fullmatch(r"FY\d{4}", p[0]) or int(p[0][2:]) >= LATEST_FY:
        return None
    cue = re.search(r"(?:vs\.?|versus|against|compared (?:with|to)|relative to|\bon|\bfrom)[\s(),:]*"
                    r"(?:(?:the\s+)?fiscal(?:\s+year)?\s+)?$", ctx.text[:u.time.start])
    if cue is None or cue.start() < max(u.hit.end, u.func.end if u.func else 0):
        return None
    if cue.group(0).startswith("on") and not _MOVED_ON.search(ctx.text[:cue.start()]):
        return None  # (round 26) "on" sets a year against the figure only right after a move: "X's revenue, up on 2023"
    # (r29) a growth said of each year or quarter from a year with no end ("sales growth every year from fiscal 2021",
    # "in each quarter"): each period's growth, not one from the year to the latest (it was that one growth, a wrong
    # answer); which periods is not said: refused, naming the grain
    grain = re.search(GRAIN_CUES[0] + r"|\b(?:each|every)\s+(?:fiscal\s+)?year\b|\byear\s+by\s+year\b", ctx.text)
    if grain is not None:
        raise Refusal("a growth in each period from a year with no end: which periods",
                      [grain.group(0), ctx.text[cue.start():u.time.end].strip(" ,")])
    end = f"FY{LATEST_FY}"
    others = [m for m in ctx.time.mentions if m is not u.time]
    if others:
        # "X's 2024 sales and the sales growth versus 2023": the growth runs from the year set against it to the one
        # year said for the rest (it was the growth over the year before 2023, a wrong answer); more periods, or
        # one that is not a later fiscal year, leave its end unsaid: refused
        q = others[0].value.fiscal_periods() or [] if len(others) == 1 else []
        if len(q) != 1 or not re.fullmatch(r"FY\d{4}", q[0]) or int(q[0][2:]) <= int(p[0][2:]):
            raise Refusal("a growth set against a year beside other periods: from which year to which",
                          [ctx.text[cue.start():u.time.end]])
        end = q[0]
    for atom in ctx.atoms:
        if cue.start() <= atom.start and atom.end <= u.time.start:
            ctx.take(atom)  # "relative to": no division here
    # (r29) "annual sales growth from fiscal 2021": a growth said by the year over the span to the latest year, as
    # "from fiscal 2021 to fiscal 2024" is (the compound rate, or each year's: refused, naming the words)
    _yearly_over_span(ctx, u, (p[0], end))
    ctx.set_against.add(id(u.time))
    return p[0], end


# a fiscal quarter's label: calendar-named (FQ2024Q2) or counted back from the latest (FQ0, FQ-1)
_QUARTER_LABEL = re.compile(r"FQ(?:\d{4}Q[1-4]|0|-\d+)")


def _shift_q(label: str, by: int) -> str:
    m = re.fullmatch(r"FQ(\d{4})Q(\d)", label)
    if m:
        i = int(m.group(1)) * 4 + int(m.group(2)) - 1 + by
        return f"FQ{i // 4}Q{i % 4 + 1}"
    m = re.fullmatch(r"FQ(-?\d+)", label)
    n = int(m.group(1)) + by if m else by
    return "FQ0" if n == 0 else f"FQ{n}"


# ----------------------------------------------------------------------------- conditions
# a ratio of two figures in percent ("net margin", "ROE", "payout": ``a / b * 100``)
_QUOTIENT_IN_PERCENT = re.compile(r"[A-Z_]+\(\{F\}\) / [A-Z_]+\(\{[FD]\}\) \* 100")


# the scale words of an amount (``_scaled``): a threshold said with one is an amount, never a percentage
_MONEY_UNITS = frozenset({"trillion", "tn", "billion", "bn", "b", "million", "mn", "mm", "m", "thousand", "k"})


def _scaled(value: float, unit: str | None, s: Sense, level: bool = False, cur: str | None = None) -> float:
    """A threshold in the measure's own units (SPEC section 1): money in millions, shares in millions, employees as a
    count, ratios in percent (``level``: the threshold is on the ratio itself, not on a change or a sum of it).
    ``cur``: the currency said with the amount ("$1.2k": 1,200 dollars)."""
    unit = (unit or "").lower()
    if unit == "k" and s.money and not s.per_share and cur is None:
        # "sales above 1.2k": a thousand currency units (0.0012 million), or, in FinQL's unit of money, 1,200
        # million (the bare "1200" beside it is read in millions): two readings, refused; "$1.2k" and "1.2k (local ccy
        # m)" say which
        raise Refusal("an amount of money in thousands with no currency reads two ways (thousands of the currency, or "
                      "of FinQL's millions)", [f"{value:g}k"])
    if unit == "fraction":
        # ".03", "> .1" (``structure.number_value``): a fraction, in percent where the measure is kept in percent (a
        # yield, a margin, a return, a growth's rate: SPEC section 1); of a change of a ratio in percent it reads two
        # ways (points, or a fraction of them) and is refused; of a multiple, an amount or a count it is as written
        if s.percent and (level or s.key == "return"):
            return round(value * 100, 10)  # (0.07 * 100 is 7.000000000000001)
        if s.percent:
            raise Refusal("a decimal without a unit on a change of a ratio in percent reads two ways (points or a "
                          "fraction)", [f"{value:g}".replace("0.", ".", 1)])
        return value
    if level and not unit and 0 < abs(value) < 1 and _QUOTIENT_IN_PERCENT.fullmatch(s.template):
        # "a net margin of at least 0.2", "ROE above 0.15": a ratio written as a fraction (it is kept in percent)
        return value * 100
    if s.key == "shares" and unit in ("trillion", "tn", "billion", "bn", "b", "thousand", "k"):
        # shares are counted in millions: "more than 1bn shares" is 1,000 (it was 1,000,000,000: no company)
        return value * {"trillion": 1e6, "tn": 1e6, "thousand": 1e-3, "k": 1e-3}.get(unit, 1000.0)
    if unit in _PCT_UNITS:
        # "debt/equity below 50%": a plain ratio (not in percent) compared with a percentage
        plain_ratio = not s.percent and not s.money and " / " in s.template and "* 100" not in s.template
        return value / 100 if plain_ratio else value
    if unit in ("trillion", "tn"):
        return value * (1_000_000 if s.money and not s.per_share else 1e12)
    if unit in ("billion", "bn", "b"):
        return value * (1000 if s.money and not s.per_share else 1e9)
    if unit in ("million", "mn", "mm", "m"):
        return value * (1 if s.money and not s.per_share else 1e6) if s.key not in ("shares",) else value
    if unit in ("thousand", "k"):
        return value / 1000 if s.money and not s.per_share else value * 1000
    return value


def _level(u: Use) -> bool:
    """Whether a threshold on ``u`` is on its measure itself (no function, change or arithmetic of it)."""
    return u.func is None and not u.parts and u.hit.how not in ("verb-down", "verb-up")


def _threshold_sense(u: Use, unit: str | None) -> Sense:
    """The sense a threshold's unit scales by: a growth, CAGR, average or total compared with a percentage
    is in percent (a return's units); otherwise the measure's own."""
    if u.func is not None and (unit or "").lower() in _PCT_UNITS:
        return BY_KEY["return"]
    if u.func is not None and unit == "fraction" and u.func.value in ("GROWTH", "CAGR") and not u.hit.sense.percent:
        return BY_KEY["return"]  # "sales growth > .1": a rate, in percent (a margin's "growth" is its change in points)
    return u.hit.sense


def _in_percent(u: Use, unit: str | None, ctx: Ctx) -> None:
    """"Paying more than 3% dividend", "a dividend above 4%": an amount per share compared with a percentage is the
    sense its words name in percent (the dividend yield: the dividend as a percentage of the price). Said at a fiscal
    period, which a yield (at a date) does not take, it is refused rather than read at another time."""
    if (unit or "").lower() in _PCT_UNITS and u.func is None and not u.parts \
            and _plain_ratio(u.hit.sense):
        # "debt-to-equity above 200%": the ratio in percent, as the threshold is (it was the plain ratio above 2: the
        # same companies, the column in other units than asked)
        u.hit = _ratio_in_percent(u.hit)
        return
    if (unit or "").lower() not in _PCT_UNITS or u.func is not None or u.parts \
            or not u.hit.sense.in_percent:
        return
    other = BY_KEY[u.hit.sense.in_percent]
    if u.time is not None and not _fits(Use(Hit(other, u.hit.start, u.hit.end, u.hit.how), u.time), u.time.value):
        raise Refusal(f"{u.hit.sense.about.lower()} in percent is the {other.about.lower()}, which is not "
                      "taken at that period", [ctx.text[u.time.start:u.time.end]])
    u.hit = Hit(other, u.hit.start, u.hit.end, u.hit.how, u.hit.score)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(round(v, 10))


def _expr(u: Use, ctx: Ctx) -> str:
    out = render(u, ctx, multi=False)
    return out[0]


_OPS = ("<", "<=", ">", ">=", "=", "!=")
_AMBIGUOUS = "a date that reads two ways (day/month or month/day)"
_QUARTERS_AGO = "a count of quarters back that reads two ways (FQ-N, or FQ-(N-1) as 'N years ago' is FY(2025-N))"
_PREVIOUS_OF = "a previous period 'of' another reads several ways (the one before it, its last, or the latest beside it)"


# a growth graded by the year ("annual revenue growth", "yoy growth", "sales growth, yearly,"); "compound annual" and
# "annualised" are CAGR's own words (structure), "per year" after the growth is ``_growth_per_year``'s
_YEARLY = r"(?:annual|yearly|yoy|year[- ]over[- ]year|year[- ]on[- ]year)"
_GROWTH_NOUN = re.compile(r"(?:growth|gr|change|chg|increase|rise|decline|decrease)(?:\s+rates?)?")


def _yearly_over_span(ctx: Ctx, u: Use, rng: tuple[str, str]) -> None:
    """"Annual revenue growth from fiscal 2020 to fiscal 2024", "yoy sales growth over the last five years": a growth
    said by the year over a span of several fiscal years is no growth over the whole span (it was read so: 46% for
    five years of 10%, a wrong answer); it is the compound annual rate, or each year's growth ("for each year"), and
    the words do not say which: refused, naming them. The cue must grade the growth noun itself ("yearly revenue
    changed since 2019" is the annual figure's change)."""
    ends = [re.fullmatch(r"FY(\d{4})", p) for p in rng]
    f = u.func
    if f is None or not all(ends) or int(ends[1].group(1)) - int(ends[0].group(1)) < 2 \
            or not _GROWTH_NOUN.fullmatch(ctx.text[f.start:f.end]):  # type: ignore[union-attr]
        return
    lo, hi = min(f.start, u.hit.start), max(f.end, u.hit.end)
    if re.search(r"[,;:.?!]", ctx.text[lo:hi]):
        return
    cue = re.search(rf"\b{_YEARLY}\s+(?:[\w'-]+\s+){{0,2}}$", ctx.text[max(0, lo - 40):lo]) \
        or re.search(rf"\b{_YEARLY}\b", ctx.text[lo:hi]) \
        or re.match(rf"[\s,]*(?:{_YEARLY}|annually)\b", ctx.text[hi:])
    if cue and not re.match(r"\s*compound", cue.group(0)):
        raise Refusal("a yearly growth over several years: the compound annual rate (CAGR) or each year's growth",
                      [cue.group(0).strip(" ,"), ctx.text[f.start:f.end]])


def _ambiguous(m: Mention) -> str:
    return {"quarters ago": _QUARTERS_AGO, "previous of": _PREVIOUS_OF}.get(m.value.unit, _AMBIGUOUS)


def _comparative_op(ctx: Ctx, a: Atom) -> str:
    """The operator of a comparison word: a "cmp" atom carries its own; "more", "higher", "faster" are >."""
    if a.value in _OPS:
        return a.value
    word = ctx.text[a.start:a.end]
    return ">" if word in COMPARATIVES_UP else "<"


_EACH = re.compile(r"\b(?:each|every)\b")


def _each_of_companies(ctx: Ctx, m: re.Match[str]) -> bool:
    """(round 32) "each" / "every" said of the companies ("each bank", "every NX100 company", "each of the banks",
    "each of A and B"): the set term, a company named or a company noun right after it (its adjectives being set terms
    too), or "each" alone as their pronoun ("and by how much did each grow?", "A and B each"), not of the periods."""
    starts = {t.start for t in (*ctx.ents.sets, *ctx.described)} | set(ctx.ents.ticker_pos.values())
    i = re.compile(r"\s+(?:(?:single|one|of|the|these|those)\s+)*").match(ctx.text, m.end())
    j = i.end() if i else m.end()
    return j in starts or re.compile(rf"(?:{_ONE}|{_SEVERAL})\b").match(ctx.text, j) is not None \
        or m.group(0).lower() == "each" and re.compile(r"\s*(?:[,.;:?!)]|$|(?:did|does|do|has|have|had|is|was|are|were|"
                                                       r"grew|grow|rose|rise|fell|fall|pay|paid)\b)").match(ctx.text, m.end()) \
        is not None


def _each_said(ctx: Ctx) -> bool:
    """"each" / "every" said of something other than the companies (of the years: "each year", "in each of")."""
    return any(not _each_of_companies(ctx, m) for m in _EACH.finditer(ctx.text))


def _each_year_growth(u: Use, ctx: Ctx) -> list[str] | None:
    """"growth above 5% in each of the last 3 fiscal years": the growth of every year named, not over the span.
    (round 32) "the sales growth of each bank from fiscal 2020 to fiscal 2024" is one growth a bank (each year's was
    read: a wrong answer): "each" of the companies is no grain."""
    if u.func is None or u.func.value != "GROWTH" or u.time is None or not u.hit.sense.base \
            or not (_each_said(ctx) or _one_by_one(ctx, [u.time])
                    # "the year-on-year change in debt for fiscal 2022, fiscal 2023 and fiscal 2024": each year's own
                    or ctx.time.yoy and u.time.value.kind == "years"):
        return None
    years = [p for p in (u.time.value.fiscal_periods() or []) if re.fullmatch(r"FY\d{4}", p)]
    if len(years) < 2 or not all(int(p[2:]) > FIRST_FY for p in years):
        return None
    if u.time.value.kind == "year_range":  # "every year from FY2020 to FY2023": the years after the first
        years = years[1:]
    return [f"GROWTH({u.hit.sense.base}, FY{int(p[2:]) - 1}, {p})" for p in years]


def _period_comparison(ctx: Ctx, seq: list[Any], i: int, u: Use) -> tuple[Atom, Use] | None:
    """(comparative, the measure at the second period) when the measure of ``seq[i]`` is compared with itself at
    another period ("lower EPS next year than in FY2024": the consensus against the reported figure)."""
    if u.time is None:
        return None
    near = [seq[i - 1]] if i > 0 else []
    if i > 1 and seq[i - 1][0] == "func" and u.func is not None and seq[i - 1][3] is u.func:
        near.append(seq[i - 2])  # (round 26) "higher total net income ... than in fiscal 2023": the measure's own total between
    j = i + 1
    while j < len(seq) and seq[j][0] == "func" and id(seq[j][3]) in ctx.used_atoms:
        j += 1
    near += [seq[j]] if j < len(seq) else []
    cmp_atom = next((x[3] for x in near if x[0] == "comparative" and id(x[3]) not in ctx.used_atoms
                     and x[2] <= u.time.start), None)
    if cmp_atom is None:
        return None
    # "than in FY2023", "than they did in 2024", "than it was at the end of 2023"
    # (round 29) "than they grew (it) last year": the growth's own verb
    than = re.match(r"\s*than\s+(?:(?:it|they|the company|the companies|those)\s+(?:did|had|was|were|made|earned|"
                    r"reported|posted|paid|had|grew(?:\s+it|\s+them)?)\s+)?((?:(?:in|during|for|at|over|the)\s+)*)",
                    ctx.text[u.time.end:])
    if than is None:
        return None
    lo, hi = u.time.end + than.start(1), u.time.end + than.end()  # "than at the end of 2023": the mention may start early
    m2 = next((m for m in ctx.time.mentions if lo <= m.start <= hi and id(m) not in ctx.used_times and m is not u.time),
              None)
    if m2 is None:
        return None
    other = Use(u.hit, m2, u.func)
    if u.func is not None and u.func.value == "SUM" and u.hit.sense.base in _FLOWS and not _fits(other, m2.value) \
            and re.fullmatch(r"FY-?\d+|LTM", "".join(m2.value.fiscal_periods() or [])):
        # (round 26) "higher total net income over the last four quarters than in fiscal 2023": a flow's total over
        # quarters against one fiscal year's figure (the year's sum of its quarters, SPEC section 1)
        other = Use(u.hit, m2)
    actual = next((x for x in BY_KEY.values() if x.estimate == u.hit.sense.key), None)
    if not _fits(other, m2.value) and actual is not None and u.func is None:
        other = Use(Hit(actual, u.hit.start, u.hit.end, u.hit.how, u.hit.score), m2)
    if u.func is not None and u.func.value == "GROWTH" and (u.time.value.estimates() or []) == ["FY1"] \
            and (m2.value.fiscal_periods() or []) == [f"FY{LATEST_FY}"] and not m2.value.estimates():
        # (round 29) "grow EPS faster next year than (they did) last year": next year's expected growth against last
        # year's reported growth (both were the expected growth, refused as a measure compared with itself); other
        # years ("than in FY2023", "in FY2026 than in FY2024") stay refused
        fund = u.hit.sense if u.hit.sense.is_fund else actual
        if fund is not None and fund.is_fund and fund.base:
            other = Use(Hit(fund, u.hit.start, u.hit.end, u.hit.how, u.hit.score), m2, u.func, reported=True)
            other.growth_pair = (f"FY{LATEST_FY - 1}", f"FY{LATEST_FY}")  # type: ignore[attr-defined]
    return (cmp_atom, other) if _fits(other, m2.value) else None


def _percent_of_amount(ctx: Ctx, u: Use, unit: str | None, number: str) -> None:
    """A threshold in percent on an amount of money that has no reading in percent (``_in_percent`` reads the dividend
    as its yield): "banks with more than 10% net income" is no threshold on the amount; refused, naming it."""
    if unit not in _PCT_UNITS or u.func is not None or u.parts or not u.hit.sense.money \
            or u.hit.sense.percent or u.hit.how in ("verb-down", "verb-up"):
        return
    raise Refusal(f"a percentage threshold on an amount ({u.hit.sense.about.lower()})",
                  [ctx.text[u.hit.start:u.hit.end], number])


def _number_or_more(ctx: Ctx, u: Use, num: Any, cmp: Any, start: int) -> tuple[int, int, str]:
    """A threshold said as a number then "or more" / "+" ("4% or more", "50,000 employees or more"): the condition
    on the measure from ``start`` to the comparison's end; a currency said with an amount is the one compared in."""
    val, unit, cur = num[3].value
    _judged_threshold(ctx, u, cmp[3])
    _in_percent(u, unit, ctx)
    _percent_of_amount(ctx, u, unit, ctx.text[num[1]:num[2]])
    cond = _each_period_cond(u, ctx, cmp[3].value, _fmt(_scaled(val, unit, _threshold_sense(u, unit), _level(u), cur)))
    if cur and u.hit.sense.money:
        _amount_in(ctx, cur, num[1], num[2])
    u.used = True
    ctx.take(num[3])
    ctx.take(cmp[3])
    return (start, cmp[2], cond)


def _only_a_currency(text: str, s: int, e: int) -> bool:
    """(round 45, r45) Whether ``text[s:e]`` is blank or one currency's name or code alone ("500 million euros over
    fiscal 2023", "500 mn EUR above ..."): the amount's own unit, read as a threshold's currency is (``IN``)."""
    if not text[s:e].strip():
        return True
    return any(re.fullmatch(r"\s*", text[s:cs]) and re.fullmatch(r"\s*", text[ce:e])
               for cs, ce, _v in currency_mentions(text) if s <= cs and ce <= e)


def _amount_in(ctx: Ctx, cur: str, s: int, e: int) -> None:
    """A threshold said with a currency's sign ("above $50bn", "between €2bn and €3bn") is compared in it: ``IN``
    that currency. Where the question asks for another ("... above $50bn, in euros"), ``IN`` would convert the
    condition too, comparing euros with the dollar amount (it was answered so, the sign dropped): refused, naming
    the amount."""
    if ctx.ents.currency is not None and ctx.ents.currency != cur:
        raise Refusal("a threshold in one currency with the figures asked in another", [ctx.text[s:e].strip()])
    ctx.ents.currency = cur


def _judged_threshold(ctx: Ctx, u: Use, cmp: Atom) -> None:
    """"A free cash flow margin of 25% or better": "better" is "or more" only of a measure where more is plainly
    better (``_better_higher``); of a P/E or a debt it says no direction (refused, naming it, as "the best P/E" is).
    (r27) So is "better (worse) than 5%" (``structure``'s threshold of round 26): "net debt to equity better than 50%"
    was above 50%, the words' opposite."""
    word = ctx.text[cmp.start:cmp.end]
    if re.fullmatch(r"or (?:better|worse)|(?:better|worse) than", word) and not _better_higher(u):
        say = "'more than' or 'less than'" if word.endswith("than") else "'or more' or 'or less'"
        raise Refusal(f"'{word}' of a measure where more is not plainly better (say {say})",
                      [word, ctx.text[u.hit.start:u.hit.end]])


def _each_period_cond(u: Use, ctx: Ctx, op: str, rhs: str) -> str:
    """``m op rhs``; over a list of periods, in each of them ("positive net income in both fiscal 2023 and fiscal
    2024", "sales above 1bn in each of the last three years", "growth above 5% in each of the last 3 fiscal years":
    each year's growth), or in either where the periods are joined by "or" (one helper for thresholds and signs)."""
    exprs = _each_year_growth(u, ctx) or (render(u, ctx, multi=True) if u.parts is None and u.func is None
                                          else [_expr(u, ctx)])
    how = _one_by_one(ctx, u.extra_times or ([u.time] if u.time else []))
    if len(exprs) == 1:
        if how is not None and u.func is not None and u.time is not None and len(u.time.value.fiscal_periods() or []) > 1:
            # "EPS growth above 5% in each of the last 4 quarters": each quarter's growth, over which grain not said;
            # "average sales above 1bn in each of the last two years" (each was the one figure over the span, "each"
            # dropped: a wrong answer)
            of = _OF_PERIODS.search(ctx.text[max(0, u.time.start - 40):u.time.start])
            raise Refusal("a figure computed over several periods, said of each (any, none) of them one by one",
                          [of.group(0).strip() if of else ctx.text[u.time.start:u.time.end]])
        return f"{exprs[0]} {op} {rhs}"
    if op.startswith("NOT") and how in ("any", "none"):
        # "sales not above 1bn in either of the last two years": in neither; "not ... in neither" is not read
        if how == "none":
            raise Refusal("a negated condition in none of several periods", [ctx.text[u.hit.start:u.hit.end]])
        return _over_periods("none", [f"{x} {op[3:]} {rhs}" for x in exprs])
    return _over_periods(how, [f"{x} {op} {rhs}" for x in exprs])


# "in each (both, either, any, neither, one) of the last two years": the periods one by one, not the span between them;
# "only (exactly, just) one of" them is a count FinQL cannot say
_OF_PERIODS = re.compile(r"\b(?:(only|exactly|just)\s+)?(each|every|both|either|any|neither|none|one)(?:\s+one)?\s+of\s+"
                         r"(?:the\s+|its\s+|their\s+)?$")


def _one_by_one(ctx: Ctx, mentions: list[Any]) -> str | None:
    """How a condition over several periods holds: "any" in one of them (the periods joined by "or", "in FY2023 or
    FY2024", or said as "either (any, one) of the last two years"), "none" in no one of them ("neither (none) of the
    last two years"), "each" in every one ("each (both) of the last two years"), None where the words say neither.
    "Only one of", or periods joined by both "and" and "or" ("FY2023 and FY2024 or FY2022"), are refused."""
    if not mentions:
        return None
    start, end = min(m.start for m in mentions), max(m.end for m in mentions)
    of = _OF_PERIODS.search(ctx.text[max(0, start - 40):start])
    if of and of.group(1):
        raise Refusal("a condition in exactly one of several periods is not a FinQL condition", [of.group(0).strip()])
    said = ctx.text[start:end]
    if re.search(r"\b(?:or|either)\b", said) and re.search(r"\band\b", said):
        raise Refusal("periods joined by both 'and' and 'or': which of them the condition must hold in is unclear",
                      [re.search(r"\bor\b|\beither\b", said).group(0)])
    if of and of.group(2) in ("neither", "none"):
        return "none"
    if re.search(r"\b(?:or|either)\b", said) or (of and of.group(2) in ("either", "any", "one")):
        return "any"
    return "each" if of else None


def _over_periods(how: str | None, conds: list[str]) -> str:
    """Conditions, one per period, joined as ``_one_by_one`` says: in any, in none, else in each of the periods."""
    if how == "any":
        return "(" + " OR ".join(conds) + ")"
    if how == "none":
        return "NOT (" + " OR ".join(conds) + ")"
    return " AND ".join(conds)


def _in_any_period(ctx: Ctx, mentions: list[Any]) -> bool:
    """Whether a condition over several periods holds in one of them, not in each (``_one_by_one``)."""
    return _one_by_one(ctx, mentions) == "any"


def _count_after_number(ctx: Ctx, seq: list, k: int) -> bool:
    """(round 30) "consensus sales estimate for next year, at least 25 analysts", "... among those covered by at least
    25 analysts": a bare number right before a count's name ("analysts", "employees") is that count's threshold, read
    when the count comes ("more than 10,000 employees"), not the measure's before it (the estimate was read at least
    25 and the ranking took the count: a wrong answer)."""
    if k + 1 >= len(seq) or seq[k + 1][0] != "use" or seq[k][3].value[1] or seq[k][3].value[2]:
        return False
    v = seq[k + 1][3]
    return not v.hit.sense.money and not v.hit.sense.percent and not v.used \
        and re.fullmatch(r"\s*", ctx.text[seq[k][2]:seq[k + 1][1]]) is not None \
        and re.fullmatch(r"[a-z]+", ctx.text[v.hit.start:v.hit.end]) is not None


def _own_period_bracketed(ctx: Ctx, u: Use, lp: tuple[Any, ...], rp: tuple[Any, ...]) -> bool:
    """(round 45, f45p) Brackets right after a measure that hold its own period and nothing else (but a preposition
    before it: "as of", "in", "on", "for"): "P/E (today)", "yield (as of 2024-06-30)", "sales (in fiscal 2024)". Only the one period the
    measure was read at; brackets holding anything more (a definition, a second period, a unit) are the other rules'."""
    m = u.time
    if lp[0] != "lparen" or rp[0] != "rparen" or m is None or not (lp[2] <= m.start and m.end <= rp[1]):
        return False
    if not re.fullmatch(r"\s*", ctx.text[u.hit.end:lp[1]]):
        return False
    rest = ctx.text[lp[2]:m.start] + " " + ctx.text[m.end:rp[1]]
    return re.fullmatch(r"\s*(?:(?:as\s+(?:of|at)|in|on|at|for|during|over)\s+)?", rest) is not None and not any(
        x is not m and lp[2] <= x.start < rp[1] for x in ctx.time.mentions)


def _base_before_bound(ctx: Ctx, u: Use, w: tuple[Any, ...], c: tuple[Any, ...], n: tuple[Any, ...]) -> bool:
    """(round 45, f45p) A growth's "over" / "versus" said right before one period, then its bound ("[of | by] more than
    10%"): the word sets the base against the growth's own period and is no comparison of the growth with it. ``w``
    the word, ``c`` the bound's comparison, ``n`` its number."""
    if u.func is None or u.func.value != "GROWTH" or w[0] != "cmp" or c[0] != "cmp" or n[0] != "num" \
            or c[3].extra or not _VERSUS.fullmatch(ctx.text[w[1]:w[2]]):
        return False
    m = next((m for m in ctx.time.mentions if m.start >= w[2]), None)
    return m is not None and m.end <= c[1] and re.fullmatch(r"\s*(?:the\s+)?", ctx.text[w[2]:m.start]) is not None \
        and re.fullmatch(r"\s*,?\s*(?:(?:of|by)\s+)?", ctx.text[m.end:c[1]]) is not None \
        and re.fullmatch(r"\s*", ctx.text[c[2]:n[1]]) is not None


def _conditions(ctx: Ctx, probe: bool = False) -> str | None:
    """The screen condition, or None; with ``probe``, whether any comparison is there at all."""
    seq = sorted([("use", u.hit.start, u.hit.end, u) for u in ctx.uses]
                 + [(a.kind, a.start, a.end, a) for a in ctx.atoms], key=lambda x: x[1])
    conds: list[tuple[int, int, str]] = []  # (start, end, text)

    def nxt(i: int, skip: tuple[str, ...] = ("logic",)) -> tuple[int, Any] | None:
        j = i + 1
        while j < len(seq) and seq[j][0] in skip and seq[j][0] != "use":
            j += 1
        return (j, seq[j]) if j < len(seq) else None

    # (round 24) "banks with cash and debt above 1,000", "sales and EPS growth above 5%": one threshold said after two
    # measures joined by "and" holds for each (the first was a column only, or its growth read as positive: wrong answers)
    shared = {} if probe else _shared_threshold_pairs(ctx, seq)
    said: dict[int, tuple[str, tuple[Any, Any, Any]]] = {}
    for i, (kind, s, e, obj) in enumerate(seq):
        if kind != "use" or obj.used or id(obj) in shared:
            continue
        u: Use = obj
        # metric CMP number | metric CMP metric | metric between n and m | metric is positive/negative
        j = i + 1
        while j < len(seq) and seq[j][0] != "use" and (seq[j][2] <= e or seq[j][0] in ("rparen", "pctcue")) \
                and id(seq[j][3]) in ctx.used_atoms:
            j += 1  # "cash to debt above 2", "net debt (debt minus cash) above": the measure's own words
            # ((round 29) "net income / revenue * 100 above 20": the quotient's unit, read with it)
        if j + 1 < len(seq) and _own_period_bracketed(ctx, u, seq[j], seq[j + 1]):
            # (round 45, f45p) "a P/E (today) below 14", "a dividend yield (on 2024-06-30) above 3%", "sales (in fiscal
            # 2024) above 5000": the measure's own period in brackets between it and its comparison, as text.py reads
            # "ROE (FY24) > 15%" (there for a fiscal year's label only; the bound was left over and refused)
            ctx.take(seq[j][3])
            ctx.take(seq[j + 1][3])
            j += 2
        while j < len(seq) and (seq[j][0] in ("move", "by") or (seq[j][0] == "func" and id(seq[j][3]) in ctx.used_atoms)
                                or (seq[j][0] == "est" and id(seq[j][3]) in ctx.used_atoms)):
            j += 1
        k = j + 2 if j + 1 < len(seq) and seq[j + 1][0] == "by" else j + 1
        if k + 1 < len(seq) and _base_before_bound(ctx, u, seq[j], seq[k], seq[k + 1]):
            # (round 45, f45p) "sales growth in fiscal 2024 over fiscal 2023 of more than 10%", "grew sales in fiscal
            # 2024 over fiscal 2023 by more than 10%": the growth's base said before its bound; "over" is the base's
            # word (``_growth_pair`` reads it), not the comparison (the bound was left over, refused)
            j = k
        if j < len(seq) and seq[j][0] == "cmp_between":
            nums = [x for x in seq[j + 1:j + 5] if x[0] == "num"]
            if len(nums) >= 2:
                lo, hi = nums[0][3].value, nums[1][3].value
                _in_percent(u, hi[1], ctx)  # ("debt to equity between 50% and 100%": the ratio in percent)
                ex = _expr(u, ctx)
                curs = {c for c in (lo[2], hi[2]) if c}
                if len(curs) > 1:  # "between $25bn and €30bn": one range, two currencies
                    raise Refusal("a range whose ends are in two currencies", [ctx.text[nums[0][1]:nums[1][2]]])
                cur = next(iter(curs), None)
                conds.append((s, nums[1][2], f"{ex} >= {_fmt(_scaled(lo[0], lo[1] or hi[1], u.hit.sense, _level(u), cur))}"
                                             f" AND {ex} <= {_fmt(_scaled(hi[0], hi[1], u.hit.sense, _level(u), cur))}"))
                if curs and u.hit.sense.money:  # "between $25bn and $30bn": compared in that currency, as "above $25bn" is
                    _amount_in(ctx, curs.pop(), nums[0][1], nums[1][2])
                u.used = True
                for x in (seq[j], *nums[:2]):
                    ctx.take(x[3])
                continue
        if j + 1 < len(seq) and seq[j][0] == "num" and seq[j + 1][0] == "cmp" and seq[j + 1][3].extra \
                and seq[j][3].value[1] not in ("x", "times") \
                and re.fullmatch(r"\s*(?:(?:of|at|is|are|was|were|:)\s*)?", ctx.text[e:seq[j][1]]):
            # "a yield of 4% or more", "a dividend yield of 4%+": the number after the measure, the comparison after it
            conds.append(_number_or_more(ctx, u, seq[j], seq[j + 1], s))
            continue
        if i >= 1 and i + 1 < len(seq) and seq[i - 1][0] == "num" and seq[i + 1][0] == "cmp" and seq[i + 1][3].extra \
                and seq[i - 1][3].value[1] not in ("x", "times") and re.fullmatch(r"\s*", ctx.text[seq[i - 1][2]:s]) \
                and re.fullmatch(r"\s*", ctx.text[e:seq[i + 1][1]]) and id(seq[i - 1][3]) not in ctx.used_atoms:
            # "50,000 employees or more", "10 analysts or more": the number before the measure, the comparison after
            conds.append(_number_or_more(ctx, u, seq[i - 1], seq[i + 1], seq[i - 1][1]))
            continue
        # "> $100bn rev FY24 at a >10% opm": the percentage is the margin's after it, not the sales'
        the_next = j + 2 < len(seq) and seq[j][0] == "cmp" and seq[j + 1][0] == "num" \
            and seq[j + 1][3].value[1] in _PCT_UNITS and seq[j + 2][0] == "use" \
            and u.hit.sense.money and not u.hit.sense.percent \
            and any(x.hit.start == seq[j + 2][1] and x.hit.sense.percent for x in ctx.uses) \
            and re.fullmatch(r"\s*", ctx.text[seq[j + 1][2]:seq[j + 2][1]]) is not None \
            and re.search(r"\b(?:at|with|and|on)\s+(?:an?\s+)?$", ctx.text[:seq[j][1]]) is not None
        if j < len(seq) and seq[j][0] == "cmp" and not seq[j][3].extra and not the_next:
            op = seq[j][3].value
            k = j + 1
            while k < len(seq) and seq[k][0] in ("est", "actual") and id(seq[k][3]) in ctx.used_atoms:
                k += 1  # "above FY2024 actual EPS", "above the consensus ...": read with the measure after them
            factor = None
            if k < len(seq) and seq[k][0] == "num" and k + 1 < len(seq) and seq[k + 1][0] == "use" \
                    and re.fullmatch(r"\s*(?:%|percent|per cent)?\s*(?:of\s+)?(?:their|its|the)?\s*",
                                     _blank(ctx, ctx.text[seq[k][2]:seq[k + 1][1]], seq[k][2])) and (
                        ctx.text[seq[k][2]:seq[k + 1][1]].strip() or seq[k][3].value[1] in ("x", "times")):
                # "above 20% of sales", "more than 5 times sales": a multiple of the other measure
                val, unit, _c = seq[k][3].value
                factor = val / 100 if unit in _PCT_UNITS or "%" in ctx.text[seq[k][1]:seq[k + 1][1]] else val
                ctx.take(seq[k][3])
                k += 1
            elif k < len(seq) and seq[k][0] == "frac":
                factor = seq[k][3].value
                ctx.take(seq[k][3])
                k += 1
            elif k + 2 < len(seq) and seq[k][0] == "num" and seq[k][3].value[1] in _PCT_UNITS \
                    and seq[k + 1][0] == "cmp" and seq[k + 1][3].value in (">", "<") and not seq[k + 1][3].extra \
                    and _after_words(seq, k + 2, ctx) < len(seq) and seq[_after_words(seq, k + 2, ctx)][0] == "use" \
                    and op in (">", ">=", "<", "<=") and seq[_after_words(seq, k + 2, ctx)][3].hit.sense.kinds:
                # "at least 10% above FY2025 revenue": the other measure moved by that percentage
                pct = seq[k][3].value[0] / 100
                factor = 1 + pct if seq[k + 1][3].value == ">" else 1 - pct
                if (seq[k + 1][3].value == ">") != (op in (">", ">=")):
                    factor = None  # "at least 10% below": a direction against itself; left unread
                else:
                    ctx.take(seq[k][3])
                    ctx.take(seq[k + 1][3])
                    k = _after_words(seq, k + 2, ctx)  # "15% above their reported EPS": the actual word read with it
            if k < len(seq) and seq[k][0] == "num" and factor is None and seq[k][3].value[1] in ("x", "times") \
                    and (u.hit.sense.money or u.parts):
                continue  # "trade at less than 25 times that estimate": a multiple of something, never a price of 25
            if k < len(seq) and seq[k][0] == "num" and factor is None and _count_after_number(ctx, seq, k):
                continue  # (round 30) "top 5 by sales estimate, at least 25 analysts": the count's threshold
            if k + 2 < len(seq) and seq[k][0] == "num" and factor is None and seq[k + 1][0] == "cmp" \
                    and seq[k][3].value[1] not in _PCT_UNITS and seq[k + 1][3].value in (">", "<") \
                    and not seq[k + 1][3].extra and _only_a_currency(ctx.text, seq[k][2], seq[k + 1][1]) \
                    and _after_words(seq, k + 2, ctx) < len(seq) and seq[_after_words(seq, k + 2, ctx)][0] == "use":
                # (round 44, f44p) "sales in fiscal 2024 more than 5000 (at least $1bn) over (above, below) fiscal
                # 2023": an amount said between two figures is their difference's bound, as "exceeded fiscal 2023 by
                # more than 500" reads (it was the first figure above the amount, the second dropped to a column: a
                # wrong answer); a bound "less than" that distance (a fall counted or not?) is named
                v = seq[_after_words(seq, k + 2, ctx)][3]
                words = [ctx.text[seq[j][1]:max(v.hit.end, seq[k + 1][2])]]
                if op not in (">", ">=") or u.hit.sense.money != v.hit.sense.money \
                        or u.hit.sense.per_share != v.hit.sense.per_share or _unit(u) != _unit(v):
                    raise Refusal("an amount between two figures that is no bound on their difference", words)
                right = _expr(v, ctx)
                if right == _expr(u, ctx):
                    raise Refusal(_NO_OWN_MEASURE, words)
                val, unit, cur = seq[k][3].value
                diff = f"{_expr(u, ctx)} - {right}" if seq[k + 1][3].value == ">" else f"{right} - {_expr(u, ctx)}"
                conds.append((s, v.hit.end, f"{diff} {op} {_fmt(_scaled(val, unit, u.hit.sense, cur=cur))}"))
                if cur and u.hit.sense.money:
                    _amount_in(ctx, cur, seq[k][1], seq[k][2])
                u.used = v.used = True
                for x in (seq[j], seq[k], seq[k + 1]):
                    ctx.take(x[3])
                continue
            if k < len(seq) and seq[k][0] == "num" and factor is None:
                val, unit, cur = seq[k][3].value
                _in_percent(u, unit, ctx)
                _percent_of_amount(ctx, u, unit, ctx.text[seq[k][1]:seq[k][2]])
                grown = u.func is not None and u.func.value in ("GROWTH", "CAGR")
                if (grown or u.hit.sense.key == "return") and (cur or (unit or "").lower() in _MONEY_UNITS):
                    # (round 23) "whose sales fell more than $1 billion", "which banks lost more than $10 million in
                    # 2022": a growth or a return is in percent; it was compared with the amount (``GROWTH(...) <
                    # -1000``, ``P_RETURN(...) < -10000000``: wrong answers)
                    raise Refusal("a growth or a return (in percent) compared with an amount of money",
                                  [ctx.text[seq[j][1]:seq[k][2]]])
                if (_said_down(ctx, u) or _said_up(ctx, u)) and not cur and not unit \
                        and not re.match(r"\s*(?:bps|bp|basis\s+points?|points?|pts|pp|percent(?:age)?\s+points?)\b",
                                         ctx.text[seq[k][2]:]):
                    # (round 24) "whose price fell more than 10 in 2024", "whose sales rose by over 15": a move said by a
                    # verb with a bare number is an amount or a percentage (it was read as a percentage)
                    raise Refusal("a move by a bare number: an amount or a percentage is not said",
                                  [ctx.text[seq[j][1]:seq[k][2]]])
                # ("whose net income rose less than 5%" is the growth below 5, falls included: tune17a's outsider gold,
                # t17a-076, reads "grew less than 5%" so; f24w's refusal of it was taken back by the lead, round 24)
                if _said_down(ctx, u) and op in (">", ">="):  # "fell more than 10%"
                    # (round 23: "whose net income fell more than 20%" was the growth above 20, a rise: a wrong answer)
                    op, val = {">": "<", ">=": "<="}[op], -val
                elif _said_down(ctx, u) and grown:
                    # "whose sales fell by less than 5%": a fall bounded (above -5 and below 0) or any growth above -5?
                    # (it was the growth below 5, every fall: a wrong answer)
                    raise Refusal("a fall by less than a percentage: whether a rise counts is not said",
                                  [ctx.text[seq[j][1]:seq[k][2]]])
                rhs = _fmt(_scaled(val, unit, _threshold_sense(u, unit), _level(u), cur))
                conds.append((s, seq[k][2], _each_period_cond(u, ctx, op, rhs)))
                said[id(u)] = (op, (val, unit, cur))
                if cur and u.hit.sense.money:
                    _amount_in(ctx, cur, seq[k][1], seq[k][2])
                u.used = True
                ctx.take(seq[j][3])
                ctx.take(seq[k][3])
                trend = _and_trend(ctx, u, seq, k)
                if trend:
                    conds.append(trend)
                continue
            if k < len(seq) and seq[k][0] == "use":
                v: Use = seq[k][3]
                if v.hit.how == "verb-compared" and u.hit.sense.key in ("eps", "fe_eps"):
                    # "EPS consensus more than 10% above what they earned in 2024": earned per share, as compared
                    v.hit = Hit(BY_KEY["eps"], v.hit.start, v.hit.end, v.hit.how, v.hit.score)
                elif v.hit.how == "verb-compared" and u.hit.sense.key != "net_inc":
                    raise Refusal("a figure said by a verb that need not be the one compared",
                                  [ctx.text[v.hit.start:v.hit.end]])
                units = {_unit(u), _unit(v)}
                if "money" in units and len(units) == 2:
                    # "a P/E above 2 times book value": a ratio against an amount of money compares no like things;
                    # the asker means another measure (the price to book) that was not read
                    raise Refusal("a comparison of an amount of money with a figure that is not one",
                                  [ctx.text[min(u.hit.start, v.hit.start):max(u.hit.end, v.hit.end)]])
                if "money" in units and u.hit.sense.per_share != v.hit.sense.per_share:
                    # (round 36, f36a) "banks whose price is less than twice book value": a figure per share against
                    # the company's whole amount compares no like things (the price to book was meant, not read)
                    raise Refusal("a comparison of a figure per share with the company's whole amount",
                                  [ctx.text[min(u.hit.start, v.hit.start):max(u.hit.end, v.hit.end)]])
                right = _expr(v, ctx)
                if right == _expr(u, ctx) and factor is None:
                    # "FY1 consensus EPS above FY2024": the period said after the comparison does not fit the measure,
                    # which was compared with itself (a wrong answer; round 23): refused, naming the words
                    # (round 24) the message names what was not understood, the figure the period stands for: the
                    # question compares no measure with itself ("a measure compared with itself" misled)
                    raise Refusal(_NO_OWN_MEASURE + (" (an estimate has none there; the reported figure?)"
                                                   if u.hit.sense.is_estimate else ""),
                                  [ctx.text[seq[j][1]:max(v.hit.end, seq[k][2])]])
                by = seq[k + 1:k + 4]
                if len(by) == 3 and by[0][0] == "by" and by[1][0] == "num" and by[2][0] == "cmp" and by[2][3].extra:
                    by = [by[0], by[2], by[1]]  # "exceeds FY2024 EPS by 20%+ (by 20% or more)": by at least 20%
                if factor is None and len(by) >= 2 and by[0][0] == "by" and ctx.text[by[0][1]:by[0][2]] == "by" \
                        and (by[1][0] == "num" or by[1][0] == "cmp" and len(by) == 3 and by[2][0] == "num") \
                        and by[-1 if by[1][0] == "cmp" else 1][3].value[1] in _PCT_UNITS \
                        and op in (">", ">=", "<", "<="):
                    # "exceeds FY2024 EPS by more than 20%": above the other measure by that percentage
                    num = by[2] if by[1][0] == "cmp" else by[1]
                    inner = by[1][3].value if by[1][0] == "cmp" else None
                    if inner in (None, ">", ">="):
                        pct = num[3].value[0] / 100
                        factor = 1 + pct if op in (">", ">=") else 1 - pct
                        op = op if inner != ">=" else (">=" if op in (">", ">=") else "<=")
                        for x in by[:3 if by[1][0] == "cmp" else 2]:
                            ctx.take(x[3])
                margin = None
                if factor is None and len(by) >= 2 and by[0][0] == "by" and ctx.text[by[0][1]:by[0][2]] == "by" \
                        and (by[1][0] == "num" or by[1][0] == "cmp" and len(by) == 3 and by[2][0] == "num") \
                        and by[-1 if by[1][0] == "cmp" else 1][3].value[1] not in ("%", "percent", "per cent", "pct", "x", "times") \
                        and op in (">", ">=", "<", "<=") and u.hit.sense.money == v.hit.sense.money \
                        and u.hit.sense.per_share == v.hit.sense.per_share:
                    # "cash exceeds debt by more than $1bn": the difference of the two above that amount
                    num = by[2] if by[1][0] == "cmp" else by[1]
                    inner = by[1][3].value if by[1][0] == "cmp" else ">="
                    if inner in (">", ">="):
                        val, unit, cur = num[3].value
                        diff = f"{_expr(u, ctx)} - {right}" if op in (">", ">=") else f"{right} - {_expr(u, ctx)}"
                        margin = f"{diff} {inner} {_fmt(_scaled(val, unit, u.hit.sense, cur=cur))}"
                        if cur and u.hit.sense.money:
                            _amount_in(ctx, cur, num[1], num[2])
                        for x in by[:3 if by[1][0] == "cmp" else 2]:
                            ctx.take(x[3])
                if margin is not None:
                    conds.append((s, v.hit.end, margin))
                    u.used = v.used = True
                    ctx.take(seq[j][3])
                    continue
                if factor is not None:
                    right = f"{right} * {_fmt(factor)}" if factor >= 1 or factor in (0.5, 0.25) or \
                        abs(1 / factor - round(1 / factor)) > 1e-9 else f"{right} / {_fmt(round(1 / factor))}"
                conds.append((s, v.hit.end, f"{_expr(u, ctx)} {op} {right}"))
                u.used = v.used = True
                ctx.take(seq[j][3])
                continue
        if j < len(seq) and seq[j][0] == "sign" and not (
                # "the lowest-P/E stocks with positive FY2023 EPS": the sign said before a measure is that measure's
                j + 1 < len(seq) and seq[j + 1][0] == "use"
                and re.fullmatch(r"[^,;.?]{0,30}", ctx.text[seq[j][2]:seq[j + 1][1]])
                and not re.search(r"\b(?:and|or|but|while|with)\b", ctx.text[seq[j][2]:seq[j + 1][1]])
                and re.search(r"\b(?:with|having|has|have|had)\s+(?:a\s+|an\s+)?$", ctx.text[:seq[j][1]])):
            conds.append((s, seq[j][2], _each_period_cond(u, ctx, seq[j][3].value, "0")))
            u.used = True
            ctx.take(seq[j][3])
            continue
        # "more cash than debt": cmp word before, "than" after
        c = i - 1
        while c > 0 and seq[c][0] in ("est", "actual") and id(seq[c][3]) in ctx.used_atoms:
            c -= 1  # (round 24) "a higher consensus EPS for next year than ...": the estimate word is the measure's
        if c >= 0 and seq[c][0] in ("cmp", "comparative") and _than_after(ctx, u) \
                and i + 1 < len(seq) and seq[i + 1][0] == "use":
            op = _comparative_op(ctx, seq[c][3])
            v = seq[i + 1][3]
            if _expr(u, ctx) == _expr(v, ctx):
                # "a higher P/E than last year's P/E": last year's date is D0's (SPEC 5), so the measure is compared
                # with itself, a condition that never holds; refused, naming the words (it was answered empty)
                raise Refusal("a measure compared with itself", [ctx.text[seq[c][1]:v.hit.end]])
            conds.append((seq[c][1], v.hit.end, f"{_expr(u, ctx)} {op} {_expr(v, ctx)}"))
            u.used = v.used = True
            ctx.take(seq[c][3])
            continue
        # one measure at two periods: "higher net income in FY2024 than in FY2023", "grew revenue faster in 2023
        # than in 2022" (the comparative before or after the measure, the second period after "than")
        later = _period_comparison(ctx, seq, i, u)
        if later is not None:
            cmp_atom, other = later
            assert other.time is not None
            if _expr(u, ctx) == _expr(other, ctx):
                # (round 24) "a higher consensus EPS for next year than for this year": both years are FY1 (SPEC 5);
                # a measure compared with itself never holds (it was answered empty): refused, naming the words
                raise Refusal("a measure compared with itself", [ctx.text[u.hit.start:other.time.end]])
            conds.append((s, other.time.end, f"{_expr(u, ctx)} {_comparative_op(ctx, cmp_atom)} {_expr(other, ctx)}"))
            u.used = True
            ctx.used_times.add(id(other.time))
            ctx.take(cmp_atom)
            continue
        # (round 26) "which logistics companies owed more than three times the cash they held": a multiple of an amount
        # compared with a figure the words do not name (it was read as the amount above 3: a wrong answer); refused,
        # naming the words ("debt more than three times the cash" names both and is read above)
        if i >= 2 and seq[i - 1][0] == "num" and seq[i - 2][0] == "cmp" and not seq[i - 2][3].extra \
                and id(seq[i - 1][3]) not in ctx.used_atoms and seq[i - 1][3].value[1] in ("x", "times") \
                and u.hit.sense.money and re.fullmatch(r"\s*(?:the|its|their)?\s*", ctx.text[seq[i - 1][2]:s]):
            raise Refusal("a multiple of a figure compared with a figure not named", [ctx.text[seq[i - 2][1]:e]])
        # number first: "more than 10,000 employees", "over 20% net margin", "10 or more analysts"
        # ("more than 20% of sales ..." is a fraction of sales, not a threshold on it)
        # (a number another measure's threshold took is not this one's: "a P/E below 10 whose net income fell")
        if i >= 2 and seq[i - 1][0] == "num" and seq[i - 2][0] == "cmp" and not seq[i - 2][3].extra \
                and id(seq[i - 1][3]) not in ctx.used_atoms \
                and re.fullmatch(r"[\s%a-z]{0,24}", ctx.text[seq[i - 1][2]:s]) \
                and not (re.match(r"\s*(?:%|percent|per cent)?\s*of\b", ctx.text[seq[i - 1][2]:s]) and (
                    seq[i - 1][3].value[1] in ("%", "percent", "per cent", "pct", "x", "times") or not u.hit.sense.money
                    or re.match(r"\s*(?:%|percent|per cent)", ctx.text[seq[i - 1][2]:s]))):
            # ("more than 1,000 million of free cash flow": an amount of the measure, a threshold on it)
            val, unit, cur = seq[i - 1][3].value
            _in_percent(u, unit, ctx)
            _percent_of_amount(ctx, u, unit, ctx.text[seq[i - 1][1]:seq[i - 1][2]])
            conds.append((seq[i - 2][1], e, _each_period_cond(u, ctx, seq[i - 2][3].value,
                                                         _fmt(_scaled(val, unit, _threshold_sense(u, unit), _level(u),
                                                                      cur)))))
            if cur and u.hit.sense.money:  # "more than $2bn of debt": compared in that currency
                _amount_in(ctx, cur, seq[i - 1][1], seq[i - 1][2])
            u.used = True
            ctx.take(seq[i - 2][3])
            ctx.take(seq[i - 1][3])
            continue
        if i >= 2 and seq[i - 1][0] == "cmp" and seq[i - 1][3].extra and seq[i - 2][0] == "num":
            val, unit, cur = seq[i - 2][3].value
            _judged_threshold(ctx, u, seq[i - 1][3])
            rhs = _fmt(_scaled(val, unit, u.hit.sense, _level(u), cur))
            conds.append((seq[i - 2][1], e, f"{_expr(u, ctx)} {seq[i - 1][3].value} {rhs}"))
            if cur and u.hit.sense.money:  # "$5bn+ market cap": compared in that currency, as "above $5bn" is
                _amount_in(ctx, cur, seq[i - 2][1], seq[i - 2][2])
            u.used = True
            ctx.take(seq[i - 1][3])
            ctx.take(seq[i - 2][3])
            continue
        b = i - 1
        while b >= 1 and seq[b][0] == "func" and id(seq[b][3]) in ctx.used_atoms and u.func is seq[b][3] \
                and re.fullmatch(r"\s*", ctx.text[seq[b - 1][2]:seq[b][1]]):
            b -= 1  # (round 24) "positive total net income over the last four quarters": the sign of the total
        if b >= 0 and seq[b][0] == "sign":
            conds.append((seq[b][1], e, _each_period_cond(u, ctx, seq[b][3].value, "0")))
            u.used = True
            ctx.take(seq[b][3])
            continue
        # "operating margin fell from FY2023 to FY2024": the later value below (above) the earlier one
        if u.func is not None and u.func.value == "GROWTH" and u.func.extra in ("down", "up") \
                and not any(x[0] == "num" and x[1] > e and id(x[3]) not in ctx.used_atoms for x in seq[i:i + 4]):
            periods = _own_period_against(ctx, u) or (u.time.value.growth_range() if u.time else None)
            if u.hit.sense.key == "mkt_cap":
                # "whose market cap fell during 2024": the close before it against its end (a ranking by the move is no
                # condition: "the largest market cap increase")
                if _has(ctx, "rank"):
                    continue
                rngs = u.time.value.spans("return") if u.time else None
                periods = [u.hit.sense.template.format(D=d) for d in rngs[0]] if rngs and len(rngs) == 1 else None
                if periods:
                    conds.append((s, e, f"{periods[1]} {'<' if u.func.extra == 'down' else '>'} {periods[0]}"))
                    u.used = True
                    continue
            if periods and not u.hit.sense.base and not _move_ranked(ctx, u.func.start, u.func.end):
                # (round 29) "which banks improved their net margin the most", "the largest increase in operating
                # margin": a ranking by the change (a difference, in points), no condition that it rose (it was
                # refused: a ranking with its measure taken by the condition)
                continue
            if periods and not u.hit.sense.base:
                a_u = Use(u.hit, None)
                a, b = (u.hit.sense.template.format(F=p) for p in periods)
                conds.append((s, e, f"{b} {'<' if u.func.extra == 'down' else '>'} {a}"))
                u.used = True
                del a_u
                continue
    for u, v in shared.values():
        if u.used:
            continue
        if id(v) not in said:
            raise Refusal("one threshold said after two measures", [ctx.text[u.hit.start:v.hit.end]])
        op, (val, unit, cur) = said[id(v)]
        if u.time is None and v.time is not None:
            u.time = v.time  # "gross income and operating income below 50,000 in FY2023": the period of both
        _in_percent(u, unit, ctx)
        rhs_u = _fmt(_scaled(val, unit, _threshold_sense(u, unit), _level(u), cur))
        rhs_v = _fmt(_scaled(val, unit, _threshold_sense(v, unit), _level(v), cur))
        if rhs_u != rhs_v or _unit(u) != _unit(v) or u.func is None and u.hit.sense.per_share != v.hit.sense.per_share:
            raise Refusal("one threshold said after two measures of different units", [ctx.text[u.hit.start:v.hit.end]])
        conds.append((u.hit.start, u.hit.end, _each_period_cond(u, ctx, op, rhs_u)))
        u.used = True
    _elliptic_own_period(ctx, seq, conds)
    _elliptic(ctx, seq, conds)
    _elliptic_periods(ctx, conds)
    _lower_one(ctx, conds)
    # "a P/E under 15 and (a yield above 3% or net cash)": net cash said as one of the conditions it is joined with,
    # with no comparison of its own, is the condition of having it (cash above debt), as "with net cash" is
    for u in ctx.uses:
        if u.used or u.hit.sense.key != "net_cash" or u.func is not None or u.parts:
            continue
        before = re.search(r"\b(?:and|or)\s+(?:(?:have|has|had|with|hold|holds|held)\s+)?(?:a\s+)?$", ctx.text[:u.hit.start])
        after = re.match(r"\s*(?:position\b\s*)?(?:\)|[?.;]|$|,?\s*(?:and|or)\b)", ctx.text[u.hit.end:])
        if before and after and any(ce <= before.start() + 1 and re.fullmatch(r"[\s,]*", ctx.text[ce:before.start()])
                                    for _cs, ce, _t in conds):
            conds.append((u.hit.start, u.hit.end, f"{_expr(u, ctx)} > 0"))
            u.used = True
    # "stocks that fell over the past six months": a return below (above) zero
    for u in ctx.uses:
        if not u.used and u.hit.how in ("verb-down", "verb-up") and u.hit.sense.key == "return" \
                and _move_ranked(ctx, u.hit.start, u.hit.end) and not _BY_MOVE.search(ctx.text, 0, u.hit.start) \
                and not _HOW_MOVED.search(ctx.text, 0, u.hit.start):
            # ("fell the most" is a ranking by the move, no condition; round 25: so is "banks by price growth in 2024",
            # the key of a listing, no condition that it rose)
            conds.append((u.hit.start, u.hit.end, f"{_expr(u, ctx)} {'<' if u.hit.how == 'verb-down' else '>'} 0"))
            u.used = True
        # "banks whose sales grew in FY2024" (a screen): the growth above (below) zero; in each year of a list
        elif not probe and not u.used and u.func is not None and u.func.value == "GROWTH" \
                and _move_ranked(ctx, u.func.start, u.func.end) \
                and u.func.extra in ("up", "down") and u.hit.sense.base and not _growth_asked(ctx, u) \
                and not _HOW_MOVED.search(ctx.text, 0, min(u.func.start, u.hit.start)):
            sign = ">" if u.func.extra == "up" else "<"
            one_by_one = _one_by_one(ctx, [u.time]) if u.time is not None else None
            years = [p for p in (u.time.value.fiscal_periods() or []) if re.fullmatch(r"FY\d{4}", p)] \
                if u.time is not None and (u.time.value.each or one_by_one) else _every_year_of_span(ctx, u)
            one_by_one = one_by_one or ("each" if years and not u.time.value.each else None)  # type: ignore[union-attr]
            against = u.time is not None and re.search(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to)|relative\s+to)\s",
                                                        ctx.text[u.time.start:u.time.end])
            if len(years) == 2 and against:
                # "whose net income grew in FY2024 versus FY2023": one growth, from the earlier year to the later (it
                # was a growth in each year: a wrong answer)
                lo, hi = sorted(years, key=lambda p: int(p[2:]))
                text = _grew(f"GROWTH({u.hit.sense.base}, {lo}, {hi})", sign, ctx, u)
            elif len(years) > 1 and all(int(p[2:]) > FIRST_FY for p in years):
                each = [_grew(f"GROWTH({u.hit.sense.base}, FY{int(p[2:]) - 1}, {p})", sign, ctx, u) for p in years]
                text = _over_periods(one_by_one, each)
            else:
                text = _grew(_expr(u, ctx), sign, ctx, u)
            # "whose sales did not grow": the "not" between the measure and its verb negates the growth
            neg = next((a for a in ctx.atoms if a.kind == "logic" and a.value == "not" and id(a) not in ctx.used_atoms
                        and u.hit.end <= a.start and a.end <= u.func.start
                        and re.fullmatch(r"\s*(?:(?:did|does|do|has|have|had|was|were|is|are)\s+)?",
                                         ctx.text[u.hit.end:a.start])
                        and re.fullmatch(r"\s*", ctx.text[a.end:u.func.start])), None)
            if neg is not None:
                # (round 48, f48w) "whose sales did not grow by more than 5%": the bound said right after the negated
                # verb is what the "not" denies (it was left unread, refused): NOT (GROWTH(...) > 5), SPEC's NOT, as
                # "did not grow" alone is; "did not fall by more than 5%" denies a growth below -5
                bound = _growth_bound(ctx, u, negated=True) if len(years) < 2 else None
                text = f"NOT ({bound or text})"
                ctx.take(neg)
            elif len(years) < 2 and (bound := _growth_bound(ctx, u)) is not None:
                text = f"{text} AND {bound}"
            conds.append((u.hit.start, u.hit.end, text))
            u.used = True
        # adjectives: profitable, loss-making, dividend payers, below book value
    for a in ctx.atoms:
        if a.kind != "adj" or id(a) in ctx.used_atoms:
            continue
        # "loss-making real estate services firms in FY2024": a set's name between them is the noun the adjective
        # qualifies, so it does not count in the distance
        # (round 24) not across another measure's condition: "In FY2024, which airlines lost money and had sales above
        # 1bn in FY2023?" (the loss took FY2023, the sales' own period: a wrong answer); the period said first then
        tm = next((m for m in ctx.time.mentions if m.start >= a.end and m.start - a.end - sum(
            max(0, min(m.start, t.end) - max(a.end, t.start)) for t in ctx.ents.sets) < 30
            and m.value.fiscal_periods() and not (any(_fronted(ctx, f) for f in ctx.time.mentions)
                                                  and any(a.end <= x.hit.start < m.start for x in leaves(ctx.uses)))),
            None) or _fronted_period(ctx, a)
        periods = (tm.value.fiscal_periods() or [f"FY{LATEST_FY}"]) if tm else [f"FY{LATEST_FY}"]
        said = [tm] if tm is not None else []
        if tm is not None:
            ctx.used_times.add(id(tm))
            # (round 26) "lost money last year or in the latest quarter", "loss-making in FY2023 and in FY2024": more
            # periods joined to the adjective's own, each with its preposition
            for m in sorted(ctx.time.mentions, key=lambda x: x.start):
                if "{F}" in a.value and m.start >= said[-1].end and id(m) not in ctx.used_times \
                        and m.value.fiscal_periods() and (_JOINED_OR.fullmatch(ctx.text[said[-1].end:m.start])
                                                          or _AND_PERIOD.fullmatch(ctx.text[said[-1].end:m.start])) \
                        and _PERIOD_CLOSES.match(ctx.text, m.end):
                    # (r27) only a period that closes the adjective's clause: "lost money in FY2023, and in FY2024 had a
                    # P/E below 10" opens a clause of its own with it (the loss was read in FY2024 too: a wrong answer)
                    said.append(m)
                    periods = [*periods, *m.value.fiscal_periods()]
                    ctx.used_times.add(id(m))
        # "profitable in each of the last two fiscal years": the condition holds in every period named; "in FY2023 or
        # FY2024", "in either of the last two years" in one of them
        if "{F}" not in a.value:
            text = a.value.format(F=periods[-1], D="D0")
        else:
            text = _over_periods(_one_by_one(ctx, said) if len(periods) > 1 and said else None,
                                 [a.value.format(F=p, D="D0") for p in periods])
        conds.append((a.start, a.end, text))
        ctx.take(a)
    if probe:
        return "yes" if conds else None
    if not conds:
        return None
    # "not above" / "not below" (op NOT> / NOT<): the negated comparison, as the SPEC's NOT writes it
    conds = [(cs, ce, _not_compared(t)) for cs, ce, t in conds]
    conds.sort()
    _limits_apart(ctx, conds)
    conds = _negated(ctx, conds)
    return _join(ctx, conds)


# a condition that is one figure against a number ("FF_DEBT(FY2024) > 5000")
_LIMIT = re.compile(r"(?P<lhs>[^<>=!]+?) (?:>=|<=|>|<|=|!=) -?\d+(?:\.\d+)?")


def _limits_apart(ctx: Ctx, conds: list[tuple[int, int, str]]) -> None:
    """(round 28) "Debt is over 5 billion. Which utilities had debt above 2 billion?": two limits on the same figure,
    said in sentences of their own, are no one screen (they were both kept, ANDed: the tighter limit, not the one the
    question asks for, a wrong answer); which is asked is unclear: refused, naming both. Limits said in one sentence
    ("debt above 2 billion and below 5 billion") are left to the rules that join them."""
    for i, (s1, e1, t1) in enumerate(conds):
        m1 = _LIMIT.fullmatch(t1)
        for s2, e2, t2 in conds[i + 1:]:
            m2 = _LIMIT.fullmatch(t2)
            if m1 and m2 and m1.group("lhs") == m2.group("lhs") and re.search(r"[.?!;](?:\s|$)", ctx.text[e1:s2]):
                raise Refusal("two limits on the same figure said in different sentences: which one is asked is "
                              "unclear", [ctx.text[s1:e1].strip(), ctx.text[s2:e2].strip()])


_PAIR_JOINT = re.compile(r"\s*(?:,\s*)?and\s+(?:(?:the|its|their|an?)\s+)?")


def _shared_threshold_pairs(ctx: Ctx, seq: list[Any]) -> dict[int, tuple[Use, Use]]:
    """Measures said right before "and" and another measure that one comparison with a number follows ("cash and
    debt above 1,000", "sales growth and EPS growth above 5%"): id of the first -> (first, second). The first has no
    comparison, sign or amount of its own, and the same function word or none as the second."""
    pairs: dict[int, tuple[Use, Use]] = {}
    idx = [i for i, x in enumerate(seq) if x[0] == "use"]
    for a, b in zip(idx, idx[1:], strict=False):
        u, v = seq[a][3], seq[b][3]
        if u.used or v.used or u.parts or v.parts or _amount_compared(ctx, u) \
                or u.hit.sense.key in ("high", "low") or u.hit.how.startswith("verb") or v.hit.how.startswith("verb"):
            continue  # ("trading at their 52-week low and yielding above 5%": no one threshold of two measures)
        between = seq[a + 1:b]
        if any(x[0] != "logic" and id(x[3]) not in ctx.used_atoms for x in between):
            continue
        if a > 0 and seq[a - 1][0] in ("cmp", "num", "sign", "comparative", "cmp_between"):
            continue
        u_end = max([u.hit.end] + [x[2] for x in between if x[0] != "logic"])
        if not _PAIR_JOINT.fullmatch(ctx.text[u_end:v.hit.start]):
            continue
        if (u.func is None) != (v.func is None) or (u.func is not None and v.func is not None
                                                    and u.func.value != v.func.value):
            continue
        k = b + 1
        while k < len(seq) and seq[k][0] not in ("use", "cmp") and (id(seq[k][3]) in ctx.used_atoms or seq[k][0] == "by"):
            k += 1
        if k + 1 < len(seq) and seq[k][0] == "cmp" and not seq[k][3].extra and seq[k + 1][0] == "num" \
                and seq[k + 1][3].value[1] not in ("x", "times") and _PAIR_GAP.fullmatch(ctx.text[v.hit.end:seq[k][1]]):
            pairs[id(u)] = (u, v)
    return pairs


_PAIR_GAP = re.compile(r"[\s\w]{0,40}")


def _than_after(ctx: Ctx, u: Use) -> bool:
    """"than" right after measure ``u``, or after its own period ("more cash than debt", "a higher consensus EPS for
    next year than ...")."""
    rest = ctx.text[u.hit.end:]
    if re.match(r"\s*than\b", rest):
        return True
    t = u.time
    than = re.match(r"\s*than\b", ctx.text[t.end:]) if t is not None else None
    v = [x for x in ctx.uses if t is not None and x.hit.start >= t.end]
    # the measure after "than" follows it with nothing but its own period, estimate words or a possessive ("than
    # last year's EPS", "than their EPS in fiscal 2024"); not a measure of another condition
    return t is not None and than is not None and t.start >= u.hit.end and re.fullmatch(
        r"\s*(?:(?:for|in|of|during|over|at)\s+)?(?:the\s+)?", ctx.text[u.hit.end:t.start]) is not None \
        and bool(v) and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?(?:'s\s*)?",
                                     _blank_words(ctx, t.end + than.end(), v[0].hit.start)) is not None


def _fronted_period(ctx: Ctx, adj: Atom | None = None) -> Any:
    """"In FY2024, which airlines lost money?", "For fiscal 2023, show me loss-making banks": the fiscal period said
    first, set off by a comma (or a colon, round 27: "FY2024: which ..."), is the period of the whole sentence, so of a condition adjective with none after it
    (it was left unread and refused); one period of the question only, or (round 24) the others each a measure's own
    after the adjective ("In FY2024, which airlines lost money and had sales above 1bn in FY2023?")."""
    fiscal = [m for m in ctx.time.mentions if m.value.fiscal_periods()]
    if not fiscal or (len(fiscal) != 1 and (adj is None or any(
            id(m) not in ctx.used_times or m.start < adj.end or re.search(r"[,;:?]", ctx.text[adj.end:m.start])
            for m in fiscal[1:]))):
        return None
    m = fiscal[0]
    if not re.fullmatch(r"\W*(?:(?:in|for|during|over)\s+(?:the\s+)?)?", ctx.text[:m.start]) \
            or not re.match(r"\s*[,:]", ctx.text[m.end:]):
        return None
    return m


def _own_after_fronted(ctx: Ctx, u: Use) -> Any:
    """(round 24) "In FY2024, which airlines lost money and had sales above 1bn in FY2023?": the period said first is
    for the conditions with none of their own; a free fiscal period after measure ``u``'s comparison, with no other
    measure, "and" or comma between, is the measure's own (the sales took FY2024, the loss FY2023: a wrong answer)."""
    fronted = next((m for m in ctx.time.mentions if _fronted(ctx, m)), None)
    if fronted is None or fronted.end > u.hit.start:
        return None
    own = [m for m in ctx.time.mentions if m.start >= u.hit.end and _fits(u, m.value) and id(m) not in ctx.used_times
           and m.value.fiscal_periods()
           and not any(x is not u and u.hit.end <= x.hit.start < m.start for x in leaves(ctx.uses))
           and not any(u.hit.end <= a.start < m.start for a in ctx.atoms if a.kind in ("logic", "sep"))]
    return own[0] if own else None


def _fronted(ctx: Ctx, m: Any) -> bool:
    """Whether time mention ``m`` is said first in the question, set off by a comma ("In FY2024, ...") or, as a label,
    by a colon ("FY2024: which airlines lost money?", round 27)."""
    return re.fullmatch(r"\W*(?:(?:in|for|during|over)\s+(?:the\s+)?)?", ctx.text[:m.start]) is not None \
        and re.match(r"\s*[,:]", ctx.text[m.end:]) is not None


def _own_period_against(ctx: Ctx, u: Use) -> tuple[str, str] | None:
    """"Whose FY2024 operating margin improved versus FY2023": (the period set against, the measure's own period
    written before it), for a move of a measure FinQL has no growth of; None where the words say otherwise."""
    assert u.func is not None
    if u.time is None or u.func.end > u.time.start or len(u.time.value.fiscal_periods() or []) != 1 \
            or not re.fullmatch(r"\s*(?:versus|vs\.?|against|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:in|to)\s+)?",
                                ctx.text[u.func.end:u.time.start]):
        return None
    own = next((m for m in ctx.time.mentions if id(m) not in ctx.used_times and m.end <= u.hit.start
                and re.fullmatch(r"\s*", ctx.text[m.end:u.hit.start])), None)
    if own is None or len(own.value.fiscal_periods() or []) != 1 or not _fits(u, own.value):
        return None
    ctx.used_times.add(id(own))
    return u.time.value.fiscal_periods()[0], own.value.fiscal_periods()[0]


def _not_compared(cond: str) -> str:
    """``NOT (a > b)`` for each ``a NOT> b`` of a condition, one comparison at a time: "a P/E above 10 but not above 20"
    joins two (it was read as ``NOT (A AND B)``, the whole joined condition negated: a wrong answer)."""
    parts = re.split(r"( AND | OR )", cond)
    for i in range(0, len(parts), 2):
        p = parts[i]
        if " NOT" not in p:
            continue
        lead = len(p) - len(p.lstrip("("))  # the opening (closing) parentheses of a group around the comparison
        trail = len(p) - len(p.rstrip(")"))
        opens, closes = p.count("("), p.count(")")
        k_lead = max(0, min(lead, opens - closes))
        k_trail = max(0, min(trail, closes - opens))
        core = p[k_lead:len(p) - k_trail]
        parts[i] = p[:k_lead] + re.sub(r"^(.*) NOT([<>]) (.*)$", r"NOT (\1 \2 \3)", core) + p[len(p) - k_trail:]
    return "".join(parts)


# (round 30) "every year", "each (fiscal) year", "every single year", "in each year" said of a move over a span
_EVERY_YEAR = re.compile(r"\b(?:in\s+)?(?:each|every)(?:\s+single)?(?:\s+(?:fiscal|financial))?\s+year\b")


def _every_year_of_span(ctx: Ctx, u: Use) -> list[str]:
    """(round 30) "banks that grew sales every year from FY2021 to FY2024", "... each year over the last three years":
    the growth of each year of the span over the year before it (the years after the first), never the span's two
    ends alone (that was read: a wrong answer, a dip between the ends passed). [] where no such cue is said in the
    move's clause, or the span has fewer than three fiscal years."""
    if u.time is None or u.func is None:
        return []
    periods = u.time.value.fiscal_periods() or []
    if u.time.value.kind == "year_range":  # "from FY2021 to FY2024": the years after the first ("the last three
        periods = periods[1:]  # years": each of the three, over the year before it, as ``_each_year_growth`` reads)
    if len(periods) < 2 or not all(re.fullmatch(r"FY\d{4}", p) and int(p[2:]) > FIRST_FY for p in periods):
        return []
    lo, hi = min(u.hit.start, u.func.start, u.time.start), max(u.hit.end, u.func.end, u.time.end)
    clause = ctx.text[lo:hi + 30]
    cue = _EVERY_YEAR.search(clause)
    if cue is None or re.search(r"[,;:.?!]", clause[:cue.start()]):
        # (round 32) beyond the clause's window, in the same sentence and after another measure that has no period of
        # its own after the cue: "grew sales from FY2021 to FY2024 and had positive net income every year" read the net
        # income at the span's end alone (the cue was reflected by the span's two years: a wrong answer)
        end = re.compile(r"[.?!;]").search(ctx.text, hi)
        far = _EVERY_YEAR.search(ctx.text, hi, end.start() if end else len(ctx.text))
        # (round 33, r33: or a condition's adjective said there, "... and paid a dividend every year": the cue was
        # dropped, the dividend read at the span's end alone, a wrong answer)
        if far and (any(v is not u and hi <= v.hit.start < far.start()
                        and (v.time is None or v.time.start < far.start()) for v in ctx.uses)
                    or any(a.kind == "adj" and hi <= a.start < far.start() for a in ctx.atoms)):
            raise Refusal("'every year' said after another measure: whose move is it?", [far.group(0)])
        return []
    if any(v is not u and hi <= v.hit.start < lo + cue.start() for v in ctx.uses) \
            or any(a.kind == "adj" and hi <= a.start < lo + cue.start() for a in ctx.atoms):  # (round 33, r33: as above)
        # (round 31) "grew sales from FY2021 to FY2024 and net income every year": the cue said after another measure
        # is that one's (the chain was put on the sales and the net income's move dropped: a wrong answer)
        raise Refusal("'every year' said after another measure: whose move is it?", [cue.group(0)])
    return periods


def _grew(growth: str, sign: str, ctx: Ctx, u: Use) -> str:
    """"where the EPS grew", "whose dividend per share fell" (a verb, no threshold): the later figure above (below) the
    earlier one. A growth in percent is null from a base at or below zero (SPEC), so ``GROWTH(...) > 0`` dropped the
    companies whose EPS rose from a loss or whose dividend started from none; a growth said as a noun ("with DPS
    growth") stays the percentage's sign."""
    m = re.fullmatch(r"GROWTH\(((?:FF|FE)_[A-Z_]+), ([\w-]+), ([\w-]+)\)", growth)
    assert u.func is not None
    # ("did not fall", "does not rise": the verb's base form after its auxiliary, not the noun)
    verb = re.search(r"\b(?:did|does|do|not|never)\s+$", ctx.text[:u.func.start])
    if m is None or (_CHANGE_NOUN.fullmatch(ctx.text[u.func.start:u.func.end]) and not verb
                     and not _object_verb(ctx, u)):
        return f"{growth} {sign} 0"
    return f"{m.group(1)}({m.group(3)}) {sign} {m.group(1)}({m.group(2)})"


# "grew EPS yoy last quarter, but not by more than 20%", "whose sales fell, but by less than 5%": a bound on the growth
# the verb screens on, joined to it by "but" (the verb's own condition stays: it grew)
_BUT_BY = re.compile(r"\s*(?:(?:yoy|qoq|year[- ](?:over|on)[- ]year|quarter[- ](?:over|on)[- ]quarter)\s*)?,?\s*but\s+"
                     r"(?:(not)\s+)?by\s+")


def _growth_bound(ctx: Ctx, u: Use, negated: bool = False) -> str | None:
    """The bound a "but (not) by more than N%" after a growth verb puts on that growth, or None; of a verb already
    negated ("did not grow by more than N%", ``negated``) the bound joined by "by" alone (the caller puts the NOT)."""
    assert u.func is not None
    start = max(u.hit.end, u.func.end)
    cmp = next((a for a in sorted(ctx.atoms, key=lambda a: a.start) if a.start >= start and a.kind == "cmp"), None)
    if cmp is None or id(cmp) in ctx.used_atoms or cmp.extra or cmp.value not in (">", ">=", "<", "<="):
        return None
    said = (_NEGATED_BY if negated else _BUT_BY).fullmatch(_blank(ctx, ctx.text[start:cmp.start], start))
    num = next((a for a in ctx.atoms if a.kind == "num" and a.start >= cmp.end), None)
    if said is None or num is None or id(num) in ctx.used_atoms or num.value[1] not in _PCT_UNITS \
            or not re.fullmatch(r"\s*", ctx.text[cmp.end:num.start]):
        return None
    op, val = cmp.value, num.value[0]
    if u.func.extra == "down":  # "fell, but by less than 5%": the growth above -5
        op, val = {">": "<", ">=": "<=", "<": ">", "<=": ">="}[op], -val
    bound = f"{_expr(u, ctx)} {op} {_fmt(val)}"
    for a in (cmp, num, *ctx.between(start, cmp.start)):
        ctx.take(a)
    return f"NOT ({bound})" if not negated and said.group(1) else bound


# "did not grow by more than 5%", "didn't rise year over year by over 10%": the bound right after a negated growth verb
_NEGATED_BY = re.compile(r"\s*(?:(?:yoy|qoq|year[- ](?:over|on)[- ]year|quarter[- ](?:over|on)[- ]quarter)\s*)?by\s+")


# the noun of a change ("revenue growth", "the EPS increase") asks for the figure; a verb or participle ("whose sales
# grew", "with rising sales") or the noun said as what the companies had ("with revenue growth") screens on it
_CHANGE_NOUN = re.compile(r"growth(?:\s+rates?)?|rates?\s+of\s+\w+|expansion|contraction|improvement|increases?|rises?|"
                          r"declines?|drops?|falls?|changes?")


# (round 32) "how fast (how much, by how much) did each bank grow sales from FY2019 to FY2024": the move asked of the
# set, a figure of each company (it was the condition that sales grew, the figure never shown: a wrong answer); the
# question's words right before the verb's clause
# (round 33, r33: and "how" alone before its auxiliary, "How did EPS grow for each of the utilities ...", "how have the
# banks' sales grown": the move asked too; it screened the ones that grew, a wrong answer)
_HOW_MOVED = re.compile(r"\b(?:(?:by\s+)?how\s+(?:much|fast|quickly|rapidly|strongly|far)|by\s+what\s+(?:percent(?:age)?|%|"
                        r"rate)|at\s+what\s+(?:rate|pace|speed)|how(?=\s+(?:did|does|do|have|has|had)\b))\s+"
                        r"(?:(?:did|does|do|have|has|had)\s+)?"
                        r"(?:(?!(?:that|which|who|whose|where|with)\b)[\w&'.-]+\s+){0,4}?"
                        # (round 33) the subject with its relative clause, "how fast did the banks that grew sales in
                        # FY2024 grow their EPS": the clause screens, the verb after it is the move asked (both were
                        # conditions, no figure shown: a wrong answer)
                        r"(?:(?:that|which|who|whose|with)\s+[^?.;:!]*?\s)?$")


def _object_verb(ctx: Ctx, u: Use) -> bool:
    """(round 36, f36a) "which companies saw free cash flow decline from fiscal 2023 to fiscal 2024", "saw their sales
    fall", "had their net income drop": the change word right after a perception's (causative's) object is the
    verb's base form, no noun: the later figure against the earlier (the growth's sign dropped the companies whose
    free cash flow was at or below zero in 2023; after "their" no condition was read at all: wrong answers)."""
    assert u.func is not None
    return u.func.start > u.hit.end and re.fullmatch(r"\s+", ctx.text[u.hit.end:u.func.start]) is not None \
        and re.fullmatch(r"increase|rise|decline|drop|fall", ctx.text[u.func.start:u.func.end]) is not None \
        and re.search(r"\b(?:saw|see|sees|seen|seeing|watched|had|have|has|having)\s+(?:(?:their|its|the)\s+)?$",
                      ctx.text[:u.hit.start]) is not None


def _growth_asked(ctx: Ctx, u: Use) -> bool:
    """Whether a growth said by a noun in a screen is a figure asked for ("revenue growth last year for the banks",
    "fy26 vs fy25 consensus EPS growth for the TECHX names"), not a condition that it be above zero (it was
    ``GROWTH(...) > 0``: a wrong answer, the companies whose figure fell dropped)."""
    assert u.func is not None
    if not _CHANGE_NOUN.fullmatch(ctx.text[u.func.start:u.func.end]) or _object_verb(ctx, u):
        return False
    if getattr(u, "asked_beside", False):
        return True  # "which banks had the highest sales last year and the growth": the figure's growth, shown beside it
    if any(v is not u and v.func is not None and v.func.value == "GROWTH" and v.hit.sense.key == u.hit.sense.key
           and not _CHANGE_NOUN.fullmatch(ctx.text[v.func.start:v.func.end]) for v in ctx.uses):
        return True  # "stocks that grew EPS ..., with the EPS growth": the verb screens, the noun is the figure shown
    if re.search(r"\b(?:their|its)\s+$", ctx.text[:min(u.func.start, u.hit.start)]):
        return True  # "banks with P/E under 10 and their sales growth": the companies' own figure, shown (round 22)
    return not re.search(r"\b(?:with|having|showing|posting|posted|reporting|reported|saw|seeing|had|has|have|whose|"
                         r"where|that|which|who)\b(?:\s+[\w/&'-]+){0,5}\s*$", ctx.text[:min(u.func.start, u.hit.start)])


# a concession between two conditions ("even though", "although", "despite"): "and" (structure's logic words)
_CONCESSION = re.compile(r"even\s+though|even\s+if|although|though|despite(?:\s+having)?|in\s+spite\s+of(?:\s+having)?")


# "are not profitable", "that do not have a P/E above 20", "not currently loss-making": a "not" right before a
# condition (light words between) negates that condition; one that negates nothing is refused in _leftovers
# ("did not pay a dividend greater than zero": the verb of a dividend, as "have" is of any measure)
# (round 43, f43s) "did not report (post, record) a net loss", "does not report sales above 5bn": a reporting verb's base
# form after the auxiliary, a light verb as its past is ("reported a net loss" reads the loss; the "not" was left unread)
_NOT_GAP = re.compile(r"\s*(?:(?:have|has|had|having|be|been|being|a|an|the|currently|yet|any|with|making|showing|those|"
                      r"report|post|record|"
                      r"ones|companies|names|whose|that|which|where|their|its|pay|pays|paid|paying|out)\s+)*")


def _negated(ctx: Ctx, conds: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The conditions with ``NOT (...)`` around each one a "not" stands right before (SPEC's NOT: it keeps the
    companies without a value, as "not above" does)."""
    out = list(conds)
    for a in ctx.atoms:
        if a.kind != "logic" or a.value != "not" or id(a) in ctx.used_atoms:
            continue
        for i, (cs, ce, t) in enumerate(out):
            # (a period between, "not whose FY2024 debt is above 5bn", is the condition's own)
            if cs >= a.end and (_NOT_GAP.fullmatch(_blank(ctx, ctx.text[a.end:cs], a.end))
                                or _verb_negated(ctx, a.end, cs, ce)):
                out[i] = (a.start, ce, f"NOT ({t})")
                ctx.take(a)
                break
    return out


def _verb_negated(ctx: Ctx, s: int, cs: int, ce: int) -> bool:
    """Whether text[s:cs] is the move verb of the condition at cs..ce said before its measure ("did not grow sales (by
    more than 3%)": the "not" negates the growth, as "whose sales did not grow" does)."""
    return any(u.func is not None and u.func.value == "GROWTH" and cs <= u.hit.start < ce and s <= u.func.start
               and u.func.end <= cs and _NOT_GAP.fullmatch(ctx.text[s:u.func.start])
               and _NOT_GAP.fullmatch(ctx.text[u.func.end:cs]) for u in ctx.uses)



def _elliptic_periods(ctx: Ctx, conds: list[tuple[int, int, str]]) -> None:
    """(round 33) "net income higher in FY2023 than FY2022 and higher in FY2024 than FY2023": a second comparison of
    two fiscal years said right after one of the same measure at two fiscal years, with no measure of its own (joined
    by "and", "and also", "and again"), compares that measure again (it was refused, naming the words). Only where the
    first condition is the one measure at its two years and each new period is one fiscal year."""
    def year(m: Any) -> str | None:
        ps = m.value.fiscal_periods() or []
        return ps[0] if len(ps) == 1 and re.fullmatch(r"FY\d{4}", ps[0]) and id(m) not in ctx.used_times else None

    for k, (_s0, e0, t0) in enumerate(list(conds)):
        m = re.fullmatch(r"(?P<l>.+) (?P<op>[<>]=?) (?P<r>.+)", t0)
        ys = re.findall(r"\bFY\d{4}\b", t0)
        if m is None or len(set(ys)) != 2 or " AND " in t0 or " OR " in t0:
            continue
        p1, p2 = dict.fromkeys(ys)
        if m.group("l").replace(p1, p2) != m.group("r") or p1 not in m.group("l"):
            continue
        x = next((a for a in ctx.atoms if a.kind in ("comparative", "cmp") and id(a) not in ctx.used_atoms and re.fullmatch(
            r"\s*,?\s*(?:and|but)\s+(?:(?:also|again|then)\s+)?", ctx.text[e0:a.start])), None)
        if x is None:
            continue
        m3 = next((t for t in ctx.time.mentions if t.start > x.end and re.fullmatch(r"\s+in\s+", ctx.text[x.end:t.start])), None)
        m4 = next((t for t in ctx.time.mentions if m3 is not None and t.start > m3.end
                   and re.fullmatch(r"\s+than\s+(?:in\s+)?", ctx.text[m3.end:t.start])), None)
        if m3 is None or m4 is None or year(m3) is None or year(m4) is None or year(m3) == year(m4) \
                or not re.match(r"\s*(?:[?.!]|$)", ctx.text[m4.end:]):
            continue
        left = m.group("l")
        conds.insert(k + 1, (x.start, m4.end, f"{left.replace(p1, year(m3))} {_comparative_op(ctx, x)} "
                                              f"{left.replace(p1, year(m4))}"))
        for a in [a for a in ctx.atoms if a.kind == "logic" and e0 <= a.start < x.start]:
            ctx.take(a)
        ctx.take(x)
        ctx.used_times.update({id(m3), id(m4)})
        return


def _elliptic_own_period(ctx: Ctx, seq: list[Any], conds: list[tuple[int, int, str]]) -> None:
    """(round 36) "a return above 5% in the first half of 2024 and below 0% in the second half", "a return positive in
    2023 and negative in 2024": a comparison or a sign joined to a threshold condition on one measure at its own
    period, with no measure of its own but a period of its own, compares the same measure at that period (it was
    refused, the second period left unread). Only a plain measure (no function, no arithmetic) whose first period was
    said, and a second period said right after the comparison and closing it."""
    for k, (kind, s, e, a) in enumerate(seq):
        if kind not in ("cmp", "sign") or a.extra or id(a) in ctx.used_atoms:
            continue
        if kind == "cmp" and (k + 1 >= len(seq) or seq[k + 1][0] != "num" or id(seq[k + 1][3]) in ctx.used_atoms
                              or not re.fullmatch(r"\s*", ctx.text[e:seq[k + 1][1]])):
            continue
        end = seq[k + 1][2] if kind == "cmp" else e
        prev = max((c for c in conds if c[1] <= s), key=lambda c: c[1], default=None)
        if prev is None:
            continue
        u = next((x for x in ctx.uses if x.hit.start <= prev[0] + 40 and x.used and prev[0] <= x.hit.start), None)
        if u is None or u.func is not None or u.parts or u.time is None or not prev[2].startswith(_expr(u, ctx) + " ") \
                or not re.fullmatch(re.escape(_expr(u, ctx)) + r" (?:<|<=|>|>=) -?[\d.]+", prev[2]):
            continue
        lo = u.time.end if prev[1] <= u.time.start and u.time.end <= s else prev[1]
        if not re.fullmatch(r"\s*,?\s*(?:and|but)\s+(?:(?:is|are|was|were|also|then)\s+)?", ctx.text[lo:s]):
            continue
        m = next((t for t in ctx.time.mentions if t.start >= end and t is not u.time and id(t) not in ctx.used_times
                  and re.fullmatch(r"\s*(?:(?:in|for|during|over|at)\s+)?(?:the\s+)?", ctx.text[end:t.start])), None)
        if m is None or not _fits(Use(u.hit, m), m.value) or not re.match(r"\s*(?:[?.!,;)]|$|\b(?:and|or|but)\b)",
                                                                          ctx.text[m.end:]):
            continue
        later = Use(u.hit, m)
        if kind == "sign":
            new = _each_period_cond(later, ctx, a.value, "0")
        else:
            val, unit, cur = seq[k + 1][3].value
            if unit in ("x", "times") and (u.hit.sense.percent or u.hit.sense.money):
                continue
            new = f"{_expr(later, ctx)} {a.value} {_fmt(_scaled(val, unit, _threshold_sense(u, unit), _level(u), cur))}"
        either = re.search(r"\bor\b", ctx.text[lo:s])
        conds[conds.index(prev)] = (prev[0], m.end, f"({prev[2]} OR {new})" if either else f"{prev[2]} AND {new}")
        ctx.take(a)
        if kind == "cmp":
            ctx.take(seq[k + 1][3])
        ctx.used_times.add(id(m))
        for x in ctx.atoms:
            if x.kind == "logic" and lo <= x.start < s:
                ctx.take(x)


def _elliptic(ctx: Ctx, seq: list[Any], conds: list[tuple[int, int, str]]) -> None:
    """"a P/E below 10 or above 30", "net margin above 5% but below 20%": a comparison joined to a threshold
    condition without a measure of its own compares the same measure."""
    for k, (kind, s, e, a) in enumerate(seq):
        if kind != "cmp" or a.extra or id(a) in ctx.used_atoms or k + 1 >= len(seq) or seq[k + 1][0] != "num" \
                or id(seq[k + 1][3]) in ctx.used_atoms or not re.fullmatch(r"\s*", ctx.text[e:seq[k + 1][1]]):
            continue
        prev = max((c for c in conds if c[1] <= s), key=lambda c: c[1], default=None)
        if prev is None or not re.fullmatch(r"\s*,?\s*(?:and|or|but)\s+(?:(?:is|are|was|were|also|not)\s+)?",
                                            ctx.text[prev[1]:s]):
            continue
        u = next((x for x in ctx.uses if x.hit.start == prev[0] and x.used), None)
        if u is None or not re.match(re.escape(_expr(u, ctx)) + r" (?:<|<=|>|>=) -?[\d.]+$", prev[2]):
            continue  # only after a plain threshold on one measure
        val, unit, cur = seq[k + 1][3].value
        if unit in ("x", "times") and (u.hit.sense.percent or u.hit.sense.money):
            # "a yield above 4% and under 15x": a multiple is no yield (it was the yield below 15: a wrong answer)
            raise Refusal("a multiple compared with a measure that is not one", [ctx.text[s:seq[k + 1][2]]])
        new = f"{_expr(u, ctx)} {a.value} {_fmt(_scaled(val, unit, _threshold_sense(u, unit), _level(u), cur))}"
        # one condition on one measure: "profitable and a P/E below 10 or above 30" keeps the "or" inside
        either = re.search(r"\bor\b", ctx.text[prev[1]:s])
        conds[conds.index(prev)] = (prev[0], seq[k + 1][2], f"({prev[2]} OR {new})" if either else f"{prev[2]} AND {new}")
        ctx.take(a)
        ctx.take(seq[k + 1][3])
        for x in ctx.atoms:
            if x.kind == "logic" and prev[1] <= x.start < s:
                ctx.take(x)


# "... in fiscal 2023 and a lower one in fiscal 2024": the measure again (said, or as "one") with a comparative and a
# period of its own, after "and"/"but"
_AND_A = re.compile(r"\s*(?:(?:in|for|during|at|over|by)\s+(?:the\s+)?)?[\s,]*(?:and|but)\s+(?:(?:had|has|have|with|then|also)\s+)*(?:a|an)\s+$")


def _lower_one(ctx: Ctx, conds: list[tuple[int, int, str]]) -> None:
    """"An operating margin above 5% in fiscal 2023 and a lower one in fiscal 2024": a condition on a measure at one
    period, then the same measure at another period compared with it (no "than": against the period said first)."""
    for a in ctx.atoms:
        if a.kind != "comparative" or id(a) in ctx.used_atoms:
            continue
        prev = max((c for c in conds if c[1] <= a.start), key=lambda c: c[1], default=None)
        if prev is None or not _AND_A.fullmatch(_blank(ctx, ctx.text[prev[1]:a.start], prev[1])):
            continue
        u = next((x for x in ctx.uses if x.hit.start == prev[0] and x.used), None)
        if u is None or u.time is None or u.func is not None or len(u.time.value.fiscal_periods() or []) != 1:
            continue
        said = re.match(r"\s+one\b", ctx.text[a.end:])
        v = None if said else next((x for x in ctx.uses if not x.used and x.hit.start > a.end
                                    and x.hit.sense.key == u.hit.sense.key and x.func is None
                                    and re.fullmatch(r"\s+", ctx.text[a.end:x.hit.start])), None)
        if said is None and v is None:
            continue
        end = a.end + said.end() if said else v.hit.end  # type: ignore[union-attr]
        m = next((m for m in ctx.time.mentions if m is not u.time and re.fullmatch(
            r"\s*(?:(?:in|for|during|at|by)\s+)?(?:the\s+)?", ctx.text[end:m.start])), None)
        if m is None or len(m.value.fiscal_periods() or []) != 1 or re.match(r"\s*than\b", ctx.text[m.end:]):
            continue
        if v is not None and v.time is not None and v.time is not m:
            continue
        later = Use(u.hit, m)
        conds.append((a.start, m.end, f"{_expr(later, ctx)} {_comparative_op(ctx, a)} {_expr(u, ctx)}"))
        ctx.take(a)
        ctx.used_times.add(id(m))
        if v is not None:
            v.used = True


def _and_trend(ctx: Ctx, u: Use, seq: list[Any], k: int) -> tuple[int, int, str] | None:
    """"operating margin above 10% and growing": the same measure, also up (down) on the year before."""
    if k + 2 >= len(seq) or seq[k + 1][0] != "logic" or seq[k + 1][3].value != "and":
        return None
    kind, s, e, a = seq[k + 2]
    if kind != "func" or a.value != "GROWTH" or a.extra not in ("up", "down") or id(a) in ctx.used_atoms \
            or not re.fullmatch(r"\s*(?:is\s+|are\s+|still\s+|also\s+)*", ctx.text[seq[k + 1][2]:s]) \
            or (k + 3 < len(seq) and seq[k + 3][0] == "use"):
        return None
    periods = u.time.value.fiscal_periods() if u.time else [f"FY{LATEST_FY}"]
    if not u.hit.sense.is_fund or u.func is not None or u.parts or not periods or len(periods) != 1 \
            or not re.fullmatch(r"FY\d{4}", periods[0]):
        return None
    p2, p1 = periods[0], f"FY{int(periods[0][2:]) - 1}"
    op = ">" if a.extra == "up" else "<"
    ctx.take(seq[k + 1][3])
    ctx.take(a)
    if u.hit.sense.base:
        return (s, e, f"GROWTH({u.hit.sense.base}, {p1}, {p2}) {op} 0")
    t = u.hit.sense.template
    return (s, e, f"{t.format(F=p2)} {op} {t.format(F=p1)}")


def _neither(ctx: Ctx, conds: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"neither A nor B" holds where no one of them does: ``NOT (A OR B)``."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(conds):
        s0, e0, t0 = conds[i]
        j = i
        while j + 1 < len(conds) and re.search(r"\bnor\b", ctx.text[conds[j][1]:conds[j + 1][0]]):
            j += 1
        if j > i and re.search(r"\bneither\b", ctx.text[(conds[i - 1][1] if i else 0):s0]):
            if "(" in ctx.text[(conds[i - 1][1] if i else 0):conds[j][0]]:
                # (round 39) "neither A nor (B and C)": the bracket groups a member the run of "nor" ends inside (it
                # was NOT (A OR B) AND C: a wrong answer, since before round 38); refused
                raise Refusal("'neither ... nor' with a group in brackets: which conditions it negates is unclear",
                              ["neither", "("])
            out.append((s0, conds[j][1], "NOT (" + " OR ".join(c[2] for c in conds[i:j + 1]) + ")"))
            for a in ctx.atoms:
                if a.kind == "logic" and a.value in ("neither", "nor") and (conds[i - 1][1] if i else 0) <= a.start < conds[j][1]:
                    ctx.take(a)
            i = j + 1
        elif (k := _not_group(ctx, conds, i) or _not_both(ctx, conds, i)) is not None:
            out.append(k[1])
            i = k[0] + 1
        else:
            out.extend(conds[i:j + 1])
            i = j + 1
    said = [a for a in ctx.atoms if a.kind == "logic" and a.value == "neither" and id(a) not in ctx.used_atoms
            and conds and conds[0][0] - 40 <= a.start < conds[-1][1]]
    if said:
        # (round 39) a "neither" no run of "nor" after it took: "neither (A and B) nor C" (the join step took the word
        # as a bracket's opener and dropped it: A AND B OR C, the negation lost, a wrong answer); refused, naming it
        raise Refusal("'neither' without the conditions it negates read", [ctx.text[a.start:a.end] for a in said])
    return out


def _not_group(ctx: Ctx, conds: list[tuple[int, int, str]], i: int) -> tuple[int, tuple[int, int, str]] | None:
    """(round 27, f27s) "not (yielding above 3% or trading above 13 times earnings)", "that are not (A and B)": a
    "not" right before a parenthesis negates the conditions inside it, all joined by one conjunction, as SPEC's ``NOT
    (cond)`` does (the "not" was left unread: refused). The last must close the parenthesis; a mixed "and"/"or" inside
    is left as it was (refused)."""
    lo = conds[i - 1][1] if i else 0
    opener = re.search(r"\bnot\s*\(\s*(?:[\w-]+\s+){0,3}$", ctx.text[lo:conds[i][0]])
    if opener is None or "(" in ctx.text[lo + opener.end():conds[i][0]]:
        return None
    j = i
    while j + 1 < len(conds) and ")" not in ctx.text[conds[j][1]:conds[j + 1][0]]:
        j += 1
    if j == i or not re.match(r"(?:(?!\b(?:and|or|not)\b)[^()]){0,20}?\)", ctx.text[conds[j][1]:]):
        return None
    gaps = [ctx.text[conds[k][1]:conds[k + 1][0]] for k in range(i, j)]
    ors = [bool(re.search(r"\bor\b", g)) for g in gaps]
    ands = [bool(re.search(r"\band\b|,", g)) and not o for g, o in zip(gaps, ors, strict=True)]
    if not (all(ors) or all(ands)) or any(re.search(r"\b(?:not|nor|neither|either|both)\b|\(", g) for g in gaps):
        return None
    op = " OR " if all(ors) else " AND "
    start = lo + opener.start()
    for a in ctx.atoms:
        if a.kind == "logic" and a.value == "not" and start <= a.start < conds[i][0]:
            ctx.take(a)
    return j, (conds[i][0], conds[j][1], "NOT (" + op.join(c[2] for c in conds[i:j + 1]) + ")")


def _not_both(ctx: Ctx, conds: list[tuple[int, int, str]], i: int) -> tuple[int, tuple[int, int, str]] | None:
    """(round 36) "that do not have both a P/E above 20 and a yield below 2%", "excluding those with both A and B": a
    "not" before "both" negates the pair, ``NOT (A AND B)`` (the "not" was left unread: refused). Only two conditions
    joined by a plain "and"."""
    lo = conds[i - 1][1] if i else 0
    said = ctx.text[lo:conds[i][0]]
    opener = re.search(r"\bnot\s+(?:(?:that|which|who|whose)\s+)?(?:(?:have|has|having|had|with|be|are|is|were)\s+)?"
                       r"both\s+(?:(?:a|an|the|their|its)\s+)?$", said)
    if opener is None or i + 1 >= len(conds):
        return None
    gap = ctx.text[conds[i][1]:conds[i + 1][0]]
    if not re.fullmatch(r"\s*and\s+(?:(?:a|an|the|their|its)\s+)?", gap):
        return None
    after = ctx.text[conds[i + 1][1]:conds[i + 2][0]] if i + 2 < len(conds) else ""
    if re.match(r"\s*(?:and|or|,)?\s*(?:a|an|the)?\s*$", after) and i + 2 < len(conds) and not re.search(r"[,;]", after):
        return None  # "not both A and B and C": where the pair ends is not said
    start = lo + opener.start()
    for a in ctx.atoms:
        if a.kind == "logic" and a.value in ("not", "both") and start <= a.start < conds[i][0]:
            ctx.take(a)
    return i + 1, (conds[i][0], conds[i + 1][1], f"NOT ({conds[i][2]} AND {conds[i + 1][2]})")


# words that make a comma between two conditions more than a list's comma ("..., which also", "..., excluding")
_NOT_A_LIST_COMMA = re.compile(r"\b(?:and|or|nor|but|which|that|who|whose|while|whereas|excluding|except|not|without|"
                               r"unless|plus|also)\b", re.IGNORECASE)


def _comma_list_or(ctx: Ctx, conds: list[tuple[int, int, str]], ops: list[str], openers: set[int]) -> None:
    """"A, B or C" (round 26): conditions listed with commas, the last joined by "or", are any one of them: the commas
    take the list's conjunction, as in "A, B and C" (they were read AND, "(A AND B) OR C", a wrong answer). Left to
    the grouping rules: a list an "either" or a parenthesis opens inside ("A, either B or C"), a list with a negated
    member. "A and B, C or D" (the list after "and") is refused: which conditions the "or" joins is not said."""
    def comma(k: int) -> bool:
        e0, s1 = conds[k][1], conds[k + 1][0]
        gap = ctx.text[e0:s1]  # (an amount's span may end with the comma: "below 10, a yield")
        return ("," in gap or ctx.text[e0 - 1:e0] == ",") and not _NOT_A_LIST_COMMA.search(gap)

    k = 0
    while k < len(ops):
        if not comma(k):
            k += 1
            continue
        i = k
        while k < len(ops) and comma(k):
            k += 1
        if k + 1 < len(ops) and {ops[k], ops[k + 1]} == {"AND", "OR"} and not comma(k + 1) \
                and not openers & set(range(i + 1, k + 3)):
            # (round 27) "A, B and C or D", "A, B or C and D": the list closed by one conjunction, then the other after
            # its last member; whether that joins the last member alone ("A, B and (C or D)") or the whole list ("(A,
            # B and C) or D") is not said (it was read AND first, "(A AND B AND C) OR D"); refused, naming the joint
            m = re.search(r"\b(?:or|and)\b", ctx.text[conds[k + 1][1]:conds[k + 2][0]])
            raise Refusal(f"conditions listed with commas and '{ops[k].lower()}', then joined by "
                          f"'{ops[k + 1].lower()}': which of them it joins is unclear", [m.group(0) if m else ops[k + 1].lower()])
        if (k < len(ops) and ops[k] == "OR" and not openers & set(range(i + 1, k + 2))
                and not any(c[2].startswith("NOT (") for c in conds[i:k + 2])):
            if i and ops[i - 1] == "AND":
                m = re.search(r"\bor\b", ctx.text[conds[k][1]:conds[k + 1][0]])
                raise Refusal("conditions joined by 'and', then listed with commas and 'or': which of them the 'or' "
                              "joins is unclear", [m.group(0) if m else "or"])
            ops[i:k] = ["OR"] * (k - i)


def _periods_joined_blanked(ctx: Ctx) -> str:
    """(r27) The text with the words that join two periods of one condition blanked ("lost money last year or in the
    latest quarter and have a P/E below 10", "revenue above 1bn in FY2023 or FY2024 while ..."): that "or" is the
    periods' (``_one_by_one``), never one between two conditions (the P/E was OR'd to the losses: a wrong answer)."""
    text = ctx.text
    ms = sorted((m for m in ctx.time.mentions if id(m) in ctx.used_times), key=lambda m: m.start)
    for m in ms:  # ("in FY2023 or FY2024": one mention of the two)
        text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    for a, b in zip(ms, ms[1:], strict=False):
        if any(u.hit.start >= b.end and re.fullmatch(r"\s*", ctx.text[b.end:u.hit.start]) for u in ctx.uses):
            continue  # (round 29, ``_year_of_the_next``) "... in FY2023 or FY2024 net income ...": the second year the
            # next measure's, the "or" between the two conditions
        if a.end <= b.start and _JOINED_OR.fullmatch(text[a.end:b.start]):
            text = text[:a.end] + " " * (b.start - a.end) + text[b.start:]
    return text


_BOUND = re.compile(r"(?P<lhs>.+) (?P<op><=|>=|<|>|=) (?P<num>-?\d+(?:\.\d+)?)")


def _yield_of(lhs: str) -> str | None:
    """The yield of a per-share figure written as a condition's side ("FF_DPS(FY2024)" -> "FG_DIV_YIELD(D0)"), or None
    (``Sense.in_percent``: the sense the same words name when said in percent)."""
    s = next((x for x in BY_KEY.values() if x.in_percent and x.base and lhs.startswith(x.base + "(")), None)
    return BY_KEY[s.in_percent].template.format(D="D0") if s is not None else None


def _contradictory(ctx: Ctx, conds: list[tuple[int, int, str]]) -> None:
    """(round 33) "profitable (negative net income)", "loss-making banks with net income above zero", "no dividend
    (DPS above zero)": two conditions on one figure, joined by "and" (or set side by side), that no value can meet
    (it was an empty screen, ``X > 0 AND X < 0``, which looks like an answer). Refused, naming them; which one the
    asker meant is not ours to pick. Conditions joined by "or", "nor" or under a "not" are left as they are."""
    def bounds(t: str) -> tuple[str, float, float, bool, bool] | None:
        m = _BOUND.fullmatch(t)
        if m is None or " AND " in t or " OR " in t or t.startswith("NOT ("):
            return None
        v, op = float(m.group("num")), m.group("op")
        lo, hi = (v if op in (">", ">=", "=") else float("-inf")), (v if op in ("<", "<=", "=") else float("inf"))
        return m.group("lhs"), lo, hi, op in (">=", "="), op in ("<=", "=")

    said = _periods_joined_blanked(ctx)
    # (a condition said of two bounds, "a P/E above 20 and below 10", is one condition of two parts)
    flat = [(s, e, t) for s, e, c in conds
            for t in (c.split(" AND ") if " OR " not in c and "NOT (" not in c else [c])]
    for i, (s0, e0, t0) in enumerate(flat):
        for s1, e1, t1 in flat[i + 1:]:
            b0, b1 = bounds(t0), bounds(t1)
            if b0 is None or b1 is None or re.search(r"\b(?:or|nor|either|neither|not)\b", said[e0:s1]):
                continue
            if b0[0] != b1[0]:
                # (round 35, f35n) a per-share figure and its yield, the figure over the price: one held above zero
                # and the other at zero or below ("a dividend yield above 5% and no dividend") meet nowhere
                if _yield_of(b0[0]) == b1[0] or _yield_of(b1[0]) == b0[0]:
                    pos0, pos1 = b0[1] > 0 or b0[1] == 0 and not b0[3], b1[1] > 0 or b1[1] == 0 and not b1[3]
                    if pos0 and b1[2] <= 0 or pos1 and b0[2] <= 0:
                        raise Refusal("two conditions that no company meets at once: a figure at zero and its yield "
                                      "above zero", [ctx.text[s0:e0], ctx.text[s1:e1]])
                continue
            lo, lo_in = max((b0[1], b0[3]), (b1[1], b1[3]), key=lambda x: (x[0], not x[1]))
            hi, hi_in = min((b0[2], b0[4]), (b1[2], b1[4]), key=lambda x: (x[0], x[1]))
            if lo > hi or lo == hi and not (lo_in and hi_in):
                raise Refusal("two conditions on one figure that no value meets (which one is meant is unclear)",
                              [ctx.text[s0:e0], ctx.text[s1:e1]])


_DIFFERENCE_SIGN = re.compile(r"(?P<a>[A-Z_]+\([^()]*\)) - (?P<b>[A-Z_]+\([^()]*\)) (?P<op>>=|<=|>|<) 0")


def _same_condition(c1: str, c2: str) -> bool:
    """Whether two conditions are one said two ways: the same text, or "A - B > 0" and "A > B" (each comparison)."""
    def plain(c: str) -> str:
        m = _DIFFERENCE_SIGN.fullmatch(c.strip())
        return f"{m.group('a')} {m.group('op')} {m.group('b')}" if m else c.strip()
    return plain(c1) == plain(c2)


def _bracket_groups(ctx: Ctx, conds: list[tuple[int, int, str]], parts: list[str], ops: list[str],
                    said: str) -> str | None:
    """(round 38) Brackets around conditions group them as written: "either A or (B and C)" is ``A OR (B AND C)``
    (it was "(A OR B) AND C": the bracket was taken to open an "or" group only); a bracket that opens with "or" or
    "and", or restates (defines) the condition before it, joins that condition: "either A (and B) or C" is ``(A AND
    B) OR C``, "A (or B) and C" ``(A OR B) AND C``, "profitable (net income above $100m) or C" ``(A AND B) OR C``
    (they were ``A AND (B OR C)``, ``A OR (B AND C)``: wrong answers). None where no bracket encloses a condition, the
    brackets do not pair, or one level mixes "and" and "or" (the other rules group those)."""
    tokens: list[Any] = []
    for i, (s0, _e0, _t) in enumerate(conds):
        gap = said[conds[i - 1][1]:s0] if i else said[max(0, s0 - 20):s0]
        if not i:
            gap = gap[gap.rfind("(") if "(" in gap and re.fullmatch(r"\(\s*(?:\w+\s+){0,3}", gap[gap.rfind("("):]) else len(gap):]
        closes, opens = 0, []
        for m in re.finditer(r"[()]", gap):
            if m.group(0) == "(":
                opens.append(m.end())
            elif opens:
                opens.pop()
            else:
                closes += 1
        tokens += [")"] * closes
        for o in opens:
            if i and re.match(r"\s*(?:or|and|i\.?\s?e\.?|that\s+is)\b|\s*$", gap[o:]) and re.fullmatch(r"[\s,]*", gap[:o - 1]):
                # the bracket joins the condition before it: it opens before that one
                k = len(tokens) - 1
                while k >= 0 and tokens[k] == ")":
                    k -= 1
                depth = 0
                while k >= 0:
                    if tokens[k] == ")":
                        depth += 1
                    elif tokens[k] == "(":
                        depth -= 1
                    if depth == 0 and tokens[k] not in (")", "AND", "OR"):
                        break
                    k -= 1
                tokens.insert(max(k, 0), "(")
            else:
                tokens.append("(")
        tokens.append(i)
    tail = said[conds[-1][1]:]
    tail = tail[:re.search(r"[?.!;]|$", tail).start()]
    depth = 0
    for ch in re.findall(r"[()]", tail):
        depth += 1 if ch == "(" else -1
        if depth < 0:
            tokens.append(")")
            depth = 0
    if "(" not in tokens or tokens.count("(") != tokens.count(")"):
        return None
    # the operators between conditions, in place: after condition i and before the next condition's brackets
    seq: list[Any] = []
    for t in tokens:
        if isinstance(t, int) and t:
            k = len(seq)
            while k > 0 and seq[k - 1] == "(":
                k -= 1
            seq.insert(k, ops[t - 1])
        seq.append(t)

    def build(pos: int) -> tuple[str, str | None, int]:
        items: list[tuple[str, str | None]] = []
        joins: list[str] = []
        while pos < len(seq) and seq[pos] != ")":
            t = seq[pos]
            if t in ("AND", "OR"):
                joins.append(t)
                pos += 1
            elif t == "(":
                text, op, pos = build(pos + 1)
                pos += 1
                items.append((text, op))
            else:
                items.append((parts[t], None))
                pos += 1
        if len(set(joins)) > 1 or len(joins) != len(items) - 1:
            raise ValueError("mixed")
        op = joins[0] if joins else None
        text = f" {op} ".join(t if o is None or o == op else f"({t})" for t, o in items) if op else items[0][0]
        return text, op if op else (items[0][1] if items else None), pos

    try:
        text, _op, end = build(0)
    except (ValueError, IndexError):
        return None
    return text if end == len(seq) else None


def _join(ctx: Ctx, conds: list[tuple[int, int, str]]) -> str:
    """AND/OR between conditions; "either A or B" and parentheses group; AND binds tighter."""
    conds = _neither(ctx, conds)
    # (round 31) "profitable (positive net income)": a condition restated in apposition is one condition (it was
    # written twice, "A AND A")
    # (round 38, after f37n) the same condition said another way counts too: "net cash (more cash than debt)" is "cash -
    # debt > 0" and "cash > debt" (it was "A AND A'", which inside "either ... or" made a third condition)
    once = conds[:1]
    for c in conds[1:]:
        if _same_condition(c[2], once[-1][2]) and re.fullmatch(r"\s*\(\s*(?:i\.?\s?e\.?,?\s*|that\s+is,?\s*)?",
                                                             ctx.text[once[-1][1]:c[0]]):
            once[-1] = (once[-1][0], c[1], once[-1][2])
        else:
            once.append(c)
    conds = once
    _contradictory(ctx, conds)
    parts = [conds[0][2]]
    ops = []
    groups_open = []
    said = _periods_joined_blanked(ctx)
    for (_s0, e0, t0), (s1, _e1, t1) in zip(conds, conds[1:], strict=False):
        gap = ctx.text[e0:s1]
        ops.append("OR" if re.search(r"\bor\b|\bnor\b", said[e0:s1]) else "AND")
        if ops[-1] == "OR" and t0.startswith("NOT (") and (either := re.search(r"\bor\b", gap)):
            # "excluding companies with a P/E above 20 or a yield below 2%": whether the "not" covers both conditions
            # or the first alone is not said (it was the first alone: the companies of the second kept, a wrong answer)
            raise Refusal("a negated condition joined by 'or' to another: which of them the negation covers is unclear",
                          [gap[either.start():either.end()]])
        parts.append(t1)
        for a in ctx.atoms:
            # (a "not" no condition took stays: refused, never dropped, which answered the opposite question)
            if a.kind == "logic" and e0 <= a.start < s1 and a.value != "not":
                ctx.take(a)
    # "either" before condition k opens a group closed after the next OR'd condition
    eithers = {i for i, c in enumerate(conds) if re.search(r"\beither\s+(?:\w+\s+){0,4}$", ctx.text[max(0, c[0] - 40):c[0]])
               or re.search(r"\beither\b[^,]*$", ctx.text[(conds[i - 1][1] if i else 0):c[0]])}
    parens = {i for i, c in enumerate(conds) if re.search(r"\(\s*(?:\w+\s+){0,3}$", ctx.text[max(0, c[0] - 20):c[0]])}
    openers = eithers | parens
    _comma_list_or(ctx, conds, ops, openers)
    gaps = [said[e0:s1] for (_s0, e0, _t0), (s1, _e1, _t1) in zip(conds, conds[1:], strict=False)]
    # (round 36) "a yield above 4% or (with) both a P/E below 12 and positive free cash flow": "both" after an "or"
    # opens the pair the "and" joins, ``A OR (B AND C)`` (it was refused: nothing grouped them)
    boths = {i for i in range(1, len(conds) - 1) if ops[i - 1] == "OR" and ops[i] == "AND"
             and re.search(r"\bboth\s+(?:[\w'-]+\s+){0,3}$", ctx.text[conds[i - 1][1]:conds[i][0]])
             and not re.search(r"[,;]", gaps[i]) and (i + 1 == len(ops) or ops[i + 1] != "AND")}
    # (an amount's span may end with the comma: "below 15, and")
    late_and = next((k for k in range(1, len(ops)) if ops[k] == "AND" and "OR" in ops[:k] and (
        re.search(r"[,;]", gaps[k]) or ctx.text[conds[k][1] - 1:conds[k][1]] in (",", ";"))),
        None) if not openers and not boths else None
    said_of_choice = late_and is not None and all(o == "OR" for o in ops[:late_and]) and re.match(
        r"\s*[,;]\s*(?:but|that\s+(?:also|too)|which\s+(?:also|too))\b", gaps[late_and])
    if said_of_choice and "OR" in ops[late_and + 1:]:
        # (round 44, r44) the clause said of the choice holds a choice of its own, "A or B, but with C or D": it was
        # read "(A OR B) AND C OR D", where AND binds first, ``((A OR B) AND C) OR D`` (a wrong answer: every company of
        # D kept); how the clause's "or" groups is not said by a parenthesis or "either": refused, naming it
        k = ops.index("OR", late_and + 1)
        m = re.search(r"\bor\b", ctx.text[conds[k][1]:conds[k + 1][0]])
        raise Refusal("a clause said of a choice of conditions holds an 'or' of its own: how it groups is unclear",
                      [m.group(0) if m else "or"])
    if said_of_choice:
        # (round 43, f43s) "a P/B under 1 or a yield above 5%, that also made money last year", "a P/E below 20 or a
        # yield above 2%, but did not have a negative return": after the comma a relative clause of the companies
        # ("that also") or a contrast ("but") is said of each company the choice keeps, SPEC 2's ``(A OR B) AND C``
        # (refused as the bare "and" below); read as "either A or B, ..." groups it
        openers = {0}
        late_and = None
    if late_and is not None:
        # (round 37, r37) "a yield above 4%, or a P/E below 15, and positive free cash flow", "A or both B and C, and D":
        # the comma closes what the "or" joined and the "and" after it may join them all, against AND binding tighter
        # (it was "A OR (B AND C)", "A OR (B AND C AND D)": the last asked of one side alone, a wrong answer); nothing
        # else groups them ("either", a parenthesis): refused, naming the "and"
        m = re.search(r"\band\b", ctx.text[conds[late_and][1]:conds[late_and + 1][0]])
        raise Refusal("conditions joined by 'or', then by 'and' after a comma: whether the 'and' joins all of them or the "
                      "last alone is unclear", [m.group(0) if m else "and"])
    if "AND" in ops and "OR" in ops and not openers and not boths and not any(re.search(r"[,;]", g) for g in gaps):
        # (round 28) "a P/E below 10 and a yield above 5% or an ROE above 15%": SPEC gives no precedence between a
        # condition's AND and OR and the words group neither way (it was "(A AND B) OR C" silently): refused, naming
        # the "or"; a comma ("A and B, or C"), "either" or a parenthesis groups them and is read as before
        k = ops.index("OR")
        m = re.search(r"\bor\b", ctx.text[conds[k][1]:conds[k + 1][0]])
        raise Refusal("conditions joined by both 'and' and 'or' with nothing to group them: which binds first is unclear",
                      [m.group(0) if m else "or"])
    for i in range(2, len(parts)):
        # "a yield above 5% or a P/E below 10, excluding any with negative net income": the exclusion is of either, but
        # "and" binds tighter (it was read as of the second alone); grouped by "either" or a parenthesis it is read
        if parts[i].startswith("NOT (") and ops[i - 1] == "AND" and "OR" in ops[:i - 1] and not openers:
            k = ops.index("OR")  # (the "or" is named: words after a rewritten exclusion are shifted)
            m = re.search(r"\bor\b", ctx.text[conds[k][1]:conds[k + 1][0]])
            raise Refusal("a negated condition after conditions joined by 'or': whether it covers all of them is unclear",
                          [m.group(0) if m else "or"])
    for a in ctx.atoms:
        if a.kind in ("lparen", "rparen") or (a.kind == "logic" and a.value in ("either", "both", "neither")):
            ctx.take(a)
    del groups_open
    bracketed = _bracket_groups(ctx, conds, parts, ops, said)
    # build: split into groups where an opener starts and the group runs while ops are OR
    out: list[str] = []
    out_ops: list[str] = []
    i = 0
    while i < len(parts):
        if i in openers and i + 1 < len(parts) and ops[i] == "OR":
            j = i
            while j < len(ops) and ops[j] == "OR" and (j == i or j + 1 not in openers):
                j += 1
            group = " OR ".join(parts[i:j + 1])
            # (round 36) "either a yield above 4%, or a P/E below 12 and positive free cash flow": the comma closes
            # the first choice and the second runs on through "and" (AND binds tighter): ``A OR (B AND C)`` (it was
            # "(A OR B) AND C", a wrong answer); "either A or B, and C" keeps its comma's grouping
            k = j
            while k < len(ops) and ops[k] == "AND" and not re.search(r"[,;]", gaps[k]) and (k + 1) not in openers:
                k += 1
            if k > j and (j in boths or any(re.search(r"[,;]\s*(?:or|nor)\b", gaps[x]) for x in range(i, j))):
                group = " OR ".join(parts[i:j]) + " OR (" + " AND ".join(parts[j:k + 1]) + ")"
                j = k
            out.append(f"({group})" if len(parts) > j - i + 1 else group)
            if j < len(ops):
                out_ops.append(ops[j])
            i = j + 1
        elif i in boths:
            out.append(f"({parts[i]} AND {parts[i + 1]})")
            if i + 1 < len(ops):
                out_ops.append(ops[i + 1])
            i += 2
        else:
            out.append(parts[i])
            if i < len(ops):
                out_ops.append(ops[i])
            i += 1
    text = out[0]
    for op, p in zip(out_ops, out[1:], strict=False):
        text += f" {op} {p}"
    if bracketed is not None and not _same_logic(text, bracketed, parts):
        return bracketed  # (round 38) the brackets' grouping, where it differs from the words' (as written otherwise)
    return text


def _same_logic(x: str, y: str, parts: list[str]) -> bool:
    """Whether two joins of the same conditions are true of the same rows (every truth assignment of the conditions).
    (Round 39: read as a tree of "and" / "or" over the conditions, never run by ``eval``, which ran the text and let
    any word it did not replace fail as a NameError; a join it cannot read counts as the same, the words' text kept.)"""
    import ast
    import itertools

    names = sorted(set(parts), key=len, reverse=True)

    def tree(t: str) -> ast.expr:
        for i, n in enumerate(names):
            t = t.replace(n, f" v{i} ")
        return ast.parse(t.replace(" AND ", " and ").replace(" OR ", " or ").strip(), mode="eval").body

    def truth(e: ast.expr, env: dict[str, bool]) -> bool:
        if isinstance(e, ast.BoolOp):
            values = [truth(v, env) for v in e.values]
            return all(values) if isinstance(e.op, ast.And) else any(values)
        if isinstance(e, ast.Name) and e.id in env:
            return env[e.id]
        raise ValueError(ast.dump(e))

    try:
        tx, ty = tree(x), tree(y)
        return all(truth(tx, env) == truth(ty, env)
                   for vals in itertools.product((False, True), repeat=len(names))
                   for env in [{f"v{i}": v for i, v in enumerate(vals)}])
    except (SyntaxError, ValueError):
        return True


# ----------------------------------------------------------------------------- ranking
def _move_ranked(ctx: Ctx, start: int, end: int) -> bool:
    """Whether a move said by a verb is a condition (True) rather than the ranking's key: "fell the most", "the
    biggest fallers", "the top 5 that rose" rank by it; "whose share price has risen over the past six months,
    ranked from best to worst" screens on it (a return above zero) and ranks as well."""
    if not _has(ctx, "rank", "rankverb"):
        return True
    before = [a for a in ctx.atoms if a.kind in ("rank", "rankverb", "first") and a.start < start]
    # ("the 5 lowest-P/E stocks that grew EPS", "the top 3 by dividend yield, excluding any whose net income fell":
    # the ranking has its own measure; the move screens)
    own = any(x.func is None and not x.parts and before and min(a.start for a in before) < x.hit.start
              and x.hit.end <= start and re.search(r"\bby\s+(?:the\s+|their\s+|its\s+)?$", ctx.text[:x.hit.start])
              for x in ctx.uses) or all(any(x.func is None and not x.parts and x.hit.end <= start
                                            and re.fullmatch(r"[\s-]*", ctx.text[a.end:x.hit.start]) for x in ctx.uses)
                                        for a in before)
    if before and not own:
        return False
    return not re.match(r"(?:\s+[\w%.'-]+){0,6}?\s+(?:the\s+)?(?:most|least|fastest|slowest|hardest|furthest|biggest|"
                        r"largest|strongest|sharpest)\b", ctx.text[end:])


# (round 49, f49t) an order of the rows said with the judging words ("Best first.", "worst to best"): an order said whole,
# as "highest first" is ("which had the best return in 2024? Best first." was TOP 1, every other row dropped); only of a
# measure where more is plainly better (``_judged`` refuses the rest); "the best first-quarter sales" is no order
_JUDGED_ORDER_DOWN = re.compile(r"\b(?:best\s+first|best\s+to\s+worst)\b(?!\s*-?\s*(?:quarter|half|year|week|month|day)s?\b)")
_JUDGED_ORDER_UP = re.compile(r"\b(?:worst\s+first|worst\s+to\s+best)\b(?!\s*-?\s*(?:quarter|half|year|week|month|day)s?\b)")
# the words of a ranking that name no order of their own beside a superlative ("top 5 largest", "largest first")
_RANK_FRAME = re.compile(r"top|bottom|first|last")
# an order said whole, of the one measure ranked ("highest first", "largest to smallest", "ascending")
_ORDER_ONLY = re.compile(r"\w+\s+(?:first|last)|\w+\s+to\s+\w+|ascending|descending")


_THAT_IS = re.compile(r"\s*,?\s*(?:that\s+is|i\.?e\.?|meaning|namely|in\s+other\s+words)\s*,?\s*(?:the\s+|by\s+(?:the\s+)?)?")


def _one_ranking(ctx: Ctx, ranks: list[Atom]) -> None:
    """"The 5 lowest-P/E stocks that fell the most", "grew EPS the most, lowest P/E first", "the largest stocks that
    rose the fastest": two superlatives apart, each of a measure of its own, are two rankings; FinQL sorts by one, so
    one of them would be dropped (or its direction taken from the other). Refused, naming both, never guessed."""
    words = [a for a in ranks if not _RANK_FRAME.fullmatch(ctx.text[a.start:a.end])
             and not _ORDER_ONLY.fullmatch(ctx.text[a.start:a.end])]

    def between(lo: int, hi: int) -> bool:  # a measure, a verb, a break or a relative clause between two superlatives
        return any(lo <= u.hit.start < hi for u in ctx.uses) or any(
            x.kind in ("move", "sep") and lo <= x.start < hi for x in ctx.atoms) or bool(
            re.search(r"[,;]|\b(?:that|which|who|whose)\b", ctx.text[lo:hi]))

    apart = [a for i, a in enumerate(words) if i == 0 or between(words[i - 1].end, a.start)]
    # "which look cheapest, that is the lowest price over next year's EPS": the second says what the first means (the
    # same direction, the first with no measure of its own)
    for a, b in zip(apart, apart[1:], strict=False):
        if a.value == b.value and _THAT_IS.fullmatch(ctx.text, a.end, b.start) \
                and not any(a.end <= u.hit.start < b.start for u in ctx.uses):
            apart.remove(a)
            for x in ctx.between(a.end, b.start):
                ctx.take(x)
    if len(apart) > 1:
        raise Refusal("two rankings: FinQL sorts by one measure", [ctx.text[a.start:a.end] for a in apart])


# "sorted by that growth", "ranked by the same margin": the ranking's key said again by a word that points back
# ("sorted by growth", "ranked by the growth": a growth said bare after "by" is the one growth screened on, round 24)
_BY_THAT = re.compile(r"\bby\s+(?:(?:that|this|the\s+same|the\s+said|said)\s+|(?:the\s+)?(?=growth\b(?!\s+(?:in|of)\b)))"
                      r"([\w/-]+(?:\s+[\w/-]+)?)")


def _ranked_by_that(ctx: Ctx) -> Use | None:
    """The measure a ranking "by that growth" points back to: the one screened-on measure whose words (its growth's
    word, or its name) are said again; None where none or several fit."""
    m = _BY_THAT.search(ctx.text)
    if m is None:
        return None
    said = m.group(1)
    if re.fullmatch(r"by\s+(?:the\s+)?", ctx.text[m.start():m.start(1)]) and any(
            t.start >= m.start(1) and re.fullmatch(r"growth\s*(?:(?:over|in|for|during|across|since|from)\s+)?",
                                                   ctx.text[m.start(1):t.start]) for t in ctx.time.mentions):
        # (round 25) "sorted by growth over the last five years": a growth with a period of its own, not the one screened
        # on ("revenue growth above 10% last year, sorted by growth over ..." took the five years for both)
        return None
    funcs = [a for a in ctx.atoms if a.kind == "func" and m.start(1) <= a.start < m.end(1) and id(a) not in ctx.used_atoms]
    fits = {_expr(u, ctx): u for u in leaves(ctx.uses) if u.used and (
        (u.func is not None and u.func.value == funcs[0].value) if funcs
        else (u.func is None and said.startswith(ctx.text[u.hit.start:u.hit.end])))}
    if len(fits) != 1:
        return None
    for a in funcs[:1]:
        ctx.take(a)
    return next(iter(fits.values()))


# "among banks whose revenue grew more than 5%, which 3 grew it the fastest": the growth verb again, its object a pronoun
_GREW_IT = re.compile(r"\b(?:grew|grown|grow|increased|raised|expanded)\s+(?:it|them)\s+(?:the\s+)?$")


def _grew_it(ctx: Ctx, first: Atom) -> Use | None:
    """The one growth screened on, ranked where the question says it again with a pronoun ("grew it the fastest");
    None where no such growth, or several, are screened on."""
    m = _GREW_IT.search(ctx.text[:first.start])
    if m is None:
        return None
    grown = {_expr(u, ctx): u for u in leaves(ctx.uses) if u.used and u.func is not None and u.func.value == "GROWTH"}
    if len(grown) != 1:
        return None
    for a in ctx.atoms:
        if a.kind == "func" and a.value == "GROWTH" and m.start() <= a.start < m.end() and id(a) not in ctx.used_atoms:
            ctx.take(a)
    return next(iter(grown.values()))


# (round 25) "sorted by P/E and revenue growth", "ranked by P/E, then by sales": a second measure joined to the key after
# "by" is a second key (FinQL sorts by one); "by P/E, with their revenue", "by P/E and show their sales" stay columns,
# and a comma alone says the key again ("by FCF yield, LTM free cash flow over current market cap")
_SECOND_KEY = re.compile(r"(?:\s+[\w/-]+){0,3}?\s*(?:,\s*and\s+|,\s*then\s+|\s+and\s+|\s+then\s+)(?:then\s+)?(?:by\s+)?"
                         r"(?:(?:the|their|its)\s+)?(?:[\w/-]+\s+){0,2}")


def _second_key(ctx: Ctx, key_use: Use, free_uses: list[Use]) -> None:
    """A measure joined to the ranking's key as another key ("by P/E and revenue growth"): refused, naming it, never
    dropped to a column (the order asked was by both)."""
    for u in free_uses:
        if u is key_use or u.hit.start < key_use.hit.end:
            continue
        gap = ctx.text[key_use.hit.end:u.hit.start]
        if _SECOND_KEY.fullmatch(gap) and not re.search(r"\b(?:with|show|showing|shown|also|plus|include|including|"
                                                         r"give|giving|list|listing|and\s+(?:their|its))\b", gap) \
                and not any(x.kind in ("cmp", "num") and key_use.hit.end <= x.start < u.hit.start for x in ctx.atoms):
            raise Refusal("a ranking by two measures: FinQL sorts by one", [ctx.text[key_use.hit.start:u.hit.end]])
        if u.parts and re.fullmatch(r"\s*,\s*(?:(?:the|their|its)\s+)?(?:[\w/-]+\s+){0,2}(?:'s\s+)?",
                                    _blank_periods(ctx, key_use.hit.end, u.hit.start)) \
                and _bare(_expr(u, ctx)) != _bare(_expr(key_use, ctx)):
            # (round 26) "by FCF yield, LTM free cash flow over current market cap": a quotient said again after the
            # key's comma is the key's definition, but read apart (the key was last year's FCF yield, the definition a
            # column beside it: t21c-119, a wrong answer); refused, naming both, where the two figures differ (but for
            # the percent), until the comma defines the key as parentheses do (``_definitions``)
            raise Refusal("a ranking's key said again as another figure after a comma (which one orders the rows?)",
                          [ctx.text[key_use.hit.start:u.hit.end]])
        return


def _superlative_of_another(ctx: Ctx, ranks: list[Atom], key_use: Use) -> None:
    """(round 39, f39n) "Rank the utilities by sales, highest net margin first", "sort the banks by market cap, lowest
    P/E first": a superlative said right before a measure other than the key after "by" orders the rows by that
    measure; FinQL sorts by one (it sorted by the key, its direction taken from the other: a wrong answer). Refused,
    naming both; "by sales, highest sales first", "by P/E, lowest first" stay one ranking."""
    for a in ranks:
        if _RANK_FRAME.fullmatch(ctx.text[a.start:a.end]) or _ORDER_ONLY.fullmatch(ctx.text[a.start:a.end]) \
                or re.search(r"\bfrom\s+(?:the\s+)?$", ctx.text[:a.start]):
            continue  # ("from the highest net margin down (to the lowest)": an order's words, refused as they are)
        u = next((u for u in ctx.uses if u.hit.start >= a.end), None)
        if u is not None and u is not key_use and re.fullmatch(r"[\s-]*(?:(?:the|their|its)\s+)?", ctx.text[a.end:u.hit.start]) \
                and _bare(_expr(u, ctx)) != _bare(_expr(key_use, ctx)):
            raise Refusal("a ranking by two measures: FinQL sorts by one",
                          [ctx.text[key_use.hit.start:key_use.hit.end], ctx.text[a.start:u.hit.end]])


# a size asked ("how big is each one ...", "how large are they ..."), in the clause that a "by" ends
_SIZE_ASKED = re.compile(r"\bhow\s+(?:big|large|sizable|sizeable)\s+(?:is|are|was|were)\b[^,;:.?!]*$")


def _ordered_by_another(ctx: Ctx, first: Atom, said: list[re.Match[str]]) -> None:
    """(round 46, r46) An order said in a sentence after the ranking asked, by another measure: "A, B and C: which is
    the biggest by market value today? List them by P/E, highest first." (and "... Sort them by sales, largest first",
    "... Rank them by P/E") was sorted by the market value, the other measure a column (a wrong answer; round 45's
    "Largest first" rule, f45t, and the older "Rank them" read the order as the first ranking's). By which measure the
    rows go is said twice, differently: named. The same measure said again ("Rank them by market value") or a column
    asked beside the order ("Largest first, with their P/E") read as before."""
    anchors = [(m.start(), m.end(), m.group(0), ".?!;") for m in said] + [
        (a.start, a.end, ctx.text[a.start:a.end], ".?!;,") for a in ctx.atoms if a.kind == "rankverb"]
    for s, e, words, ends in anchors:
        # (round 47, f47w) the clause of an order's verb after a comma too ("the top 3 banks by market value, sorted by P/E"),
        # and after the ranking's first word ("Top 3 banks by market value. Sort them by P/E, lowest first": the order
        # said was taken for the ranking's own word, and its sentence never checked: sorted by market value, lowest
        # first, the three smallest banks, a wrong answer)
        opens = max(ctx.text.rfind(c, 0, s) for c in ends) + 1
        if opens <= first.end:
            continue
        closes = min([i for c in ends if (i := ctx.text.find(c, e)) >= 0] or [len(ctx.text)])
        keys = {u.hit.sense.key for u in ctx.uses if not opens <= u.hit.start < closes}
        other = [u for u in ctx.uses if opens <= u.hit.start < closes and u.hit.sense.key not in keys
                 and _BY_BEFORE.search(ctx.text, opens, u.hit.start)]
        if other:
            raise Refusal("the rows ordered by another measure than the one asked for",
                          [ctx.text[first.start:first.end], ctx.text[other[0].hit.start:other[0].hit.end], words])


_BY_BEFORE = re.compile(r"\b(?:by|on)\s+(?:(?:the|its|their)\s+)?$")  # (round 47: "ranked on dividend yield")


def _rank(ctx: Ctx, r: Reading, screen: bool) -> None:
    ranks = [a for a in ctx.atoms if a.kind == "rank" and id(a) not in ctx.used_atoms]
    verbs = [a for a in ctx.atoms if a.kind == "rankverb"]
    comparatives = [a for a in ctx.atoms if a.kind == "comparative"]
    # among named companies a superlative ranks them, however the question is put ("what was the best performing
    # stock of A, B and C", "the worst performer among A, B and C", "A, B or C: highest P/E?"); a comparative
    # ranks them after "which"/"who"
    # ("which grew sales faster", "whose EPS compounded faster": the rate of each, ranked)
    compare = not screen and len(r.tickers) >= 2 and (ctx.versus is not None or _ranks_named(ctx, ranks) or re.search(
        r"\b(?:which|who|whose)\b.*\b(?:higher|larger|bigger|more|greater|lower|smaller|less|fewer|cheaper|better|worse|"
        r"highest|largest|biggest|most|lowest|smallest|least|faster|quicker|slower)\b", ctx.text))
    if ctx.versus is not None:
        _versus_measure(ctx)
    if screen and not (ranks or verbs):
        for a in ctx.atoms:
            if a.kind == "by" and ctx.text[a.start:a.end] == "by" and _SIZE_ASKED.search(ctx.text, 0, a.start):
                # (round 35, f35n) "how big is each one today by market value": the measure the size is said in, no
                # order (a SORT was added that nobody asked for)
                ctx.take(a)
        # "nx100 retailers by revenue", "list the banks by market cap": a screen listed by a measure is ranked by it
        verbs = [a for a in ctx.atoms if a.kind == "by" and id(a) not in ctx.used_atoms
                 and ctx.text[a.start:a.end].startswith("by") and any(
            not u.used and u.hit.start >= a.end and re.fullmatch(r"[\s\w'-]{0,30}", ctx.text[a.end:u.hit.start])
            for u in ctx.uses)][:1]
    if not (ranks or verbs or compare):
        return
    if not screen and not compare and not verbs and not (ranks and _DIRECTION.search(ctx.text)):
        return  # ("A, B and C, largest first by sales": ordered, all of them)
    for a in ranks + verbs:
        ctx.take(a)
    desc = True
    # "the biggest losers", "top gainers": the market's words for the worst and best share price returns
    movers = [a for a in ranks if re.fullmatch(_MOVERS, ctx.text[a.start:a.end])]
    first = movers[0] if movers else min(ranks, key=lambda a: a.start) if ranks else None
    if first is not None and not movers and ctx.text[first.start:first.end] == "top":
        # (round 38, lead) "top 3 banks by (with the) lowest P/E": "top" frames the first rows, the superlative said
        # after it gives their order (it was read as the highest P/E: a wrong answer); one said as the other end
        # ("top 3 by ROE and the lowest") is refused below
        said = [a for a in ranks if not _RANK_FRAME.fullmatch(ctx.text[a.start:a.end])
                and not _OTHER_END.search(ctx.text, 0, a.start)]
        first = min(said, key=lambda a: a.start) if said else first
    if first is not None:
        desc = first.value == "DESC"
    up = re.search(r"\b(?:ascending|lowest first|smallest first|lowest to highest|smallest to largest)\b", ctx.text) \
        or _JUDGED_ORDER_UP.search(ctx.text)
    down = re.search(r"\b(?:descending|highest first|largest first|biggest first|highest to lowest|largest to smallest)\b",
                     ctx.text) or _JUDGED_ORDER_DOWN.search(ctx.text)
    if up and down:
        # (round 39) "by sales from the highest down, with net income from the lowest up", "from highest to lowest, ...
        # lowest first": two orders said; FinQL sorts one way (the later was kept, the other dropped: a wrong answer)
        raise Refusal("two orders of the rows: FinQL sorts one way", [up.group(0), down.group(0)])
    bottoms = [a for a in ranks if a.value == "ASC" and re.fullmatch(r"bottom|last", ctx.text[a.start:a.end])]
    if down and bottoms and not movers:
        # (round 41, r41) "Banks by P/E sorted descending, bottom 3": the last rows of a descending order, the lowest
        # (FinQL keeps the first rows of one order; it was TOP 3 of the descending order, the highest three: a wrong
        # answer, as r40's "show 8 rows from the bottom" was): refused, naming both ("bottom 3 ..., ascending" is the
        # lowest three from the lowest up, as the golds read it: kept)
        raise Refusal("the last rows of the order said: FinQL keeps the first rows of one order",
                      [ctx.text[bottoms[0].start:bottoms[0].end], down.group(0)])
    if up:
        desc = False
    if down:
        desc = True
    order_said = None if not (up or down) else bool(down)
    other_end = [a for a in ranks if first is not None and a is not first and a.value != first.value
                 and _OTHER_END.search(ctx.text, 0, a.start)]
    if other_end:
        # "the top 3 banks by ROE and the lowest", "top 5 and bottom 5": one SORT keeps one end (TOP n of one order);
        # the other end is another query. Refused, naming it, never dropped (the answer would lack half)
        raise Refusal("both ends of a ranking: FinQL sorts one way and keeps the first rows of that order",
                      [ctx.text[a.start:a.end] for a in other_end])
    _one_ranking(ctx, ranks)
    if ctx.versus is not None:
        desc = _comparative_op(ctx, ctx.versus).startswith(">")
        ctx.take(ctx.versus)
        for a in ctx.atoms:  # "A or B": the "or" joins the companies
            if a.kind == "logic" and a.value == "or" and any(
                    p < a.start for p in ctx.ents.ticker_pos.values()) and any(p > a.start for p in ctx.ents.ticker_pos.values()):
                ctx.take(a)
    elif compare and not ranks:
        desc = not re.search(r"\b(?:lower|smaller|less|fewer|cheaper|worse|slower)\b", ctx.text)
    for a in comparatives:
        ctx.take(a)
    # the key: after "by"/"on", else next to the superlative, else the first sense not in a condition
    key_use = None
    by = [a for a in ctx.atoms if a.kind == "by"]
    free_uses = [u for u in ctx.uses if not u.used]
    for a in by:
        after = [u for u in free_uses if u.hit.start >= a.end and re.fullmatch(
            r"[\s\w'-]{0,30}", ctx.text[a.end:u.hit.start]) and not any(
            x.kind in ("cmp", "sep") and a.end <= x.start < u.hit.start for x in ctx.atoms)]
        if after:
            key_use = after[0]
            ctx.take(a)
            _superlative_of_another(ctx, ranks, key_use)
            break
    if key_use is None and first is not None and _size_of_companies(ctx, first):
        # (round 23) "the returns of the three largest airlines this year": a size said of the companies themselves is
        # their market cap (as "the three largest airlines" alone is); the figure asked is a column beside it (it was
        # the ranking's key: the three airlines that rose most, a wrong answer)
        key_use = Use(Hit(BY_KEY["mkt_cap"], first.start, first.end, "rank"))
        ctx.uses.append(key_use)
    if key_use is None and first is not None:
        # (round 41, r41) a superlative inside the figure it ranks ("which utility had the highest share price in 2023
        # and what was its P/E": the high over 2023, its "highest" the ranking word) ranks by that figure, never by the
        # next one named (the P/E ranked: a wrong answer)
        near = [u for u in free_uses if u.hit.start <= first.start and first.end <= u.hit.end] \
            or [u for u in free_uses if 0 <= u.hit.start - first.end <= 40]
        if near and near[0].hit.how.startswith("verb") and first.end < near[0].hit.start and re.search(
                r"\b(?:that|which|who|whose)\b", ctx.text[first.end:near[0].hit.start]) and not re.search(
                r"\b(?:the\s+)?(?:most|least|fastest|slowest|best|worst)\b", ctx.text[near[0].hit.end:]):
            # "the 5 cheapest stocks that rose in 2023": the verb of the relative clause is a condition, never the
            # measure the superlative before it ranks by (which the question leaves unsaid)
            raise Refusal("a ranking without a measure to rank by", [ctx.text[first.start:first.end]])
        key_use = near[0] if near else None
    if key_use is None and ctx.versus is not None:  # "trade at a lower P/E": the measure the comparative names
        near = [u for u in free_uses if 0 <= u.hit.start - ctx.versus.end <= 12]
        key_use = near[0] if near else None
    if key_use is None and free_uses:
        key_use = free_uses[0]
    if key_use is None and len(ranks) > 1:  # "top 5 best performing": the word that names the measure
        first = next((a for a in ranks if re.fullmatch(r"largest|biggest|smallest|most valuable|least valuable|richest|"
                                                       r"best[- ]performing|worst[- ]performing",
                                                       ctx.text[a.start:a.end])), first) if not movers else first
    if key_use is None:
        key_use = _ranked_by_that(ctx)
    if key_use is None and first is not None:
        key_use = _grew_it(ctx, first)
    if key_use is None and (_DIRECTION.search(ctx.text) or _BY_IT.search(ctx.text)):
        # (round 36, f36s) "... above 5500 million? Rank them by it.", "sort them by that figure": the pronoun is the
        # one measure screened on, as a direction alone says it (several screened on: no one measure, refused)
        # "more than 200,000 employees ..., biggest first": the order of the rows by the one measure screened on
        screened = {_expr(u, ctx): u for u in leaves(ctx.uses) if u.used}
        key_use = next(iter(screened.values())) if len(screened) == 1 else None
    if key_use is None:
        word = ctx.text[first.start:first.end] if first else ""
        change = _SIZE_OF_CHANGE.match(ctx.text, first.end) if first is not None else None
        if re.fullmatch(r"largest|biggest|smallest|greatest", word) and change:
            # (round 29) "the three banks with the largest increase in net margin": the size of a change (of a ratio,
            # which no function word took) ranks by that change, never by the companies' market cap (it was, with the
            # change read as a condition: a wrong answer); refused, naming it
            raise Refusal("a ranking by a change the reading does not compute", [ctx.text[first.start:change.end()]])
        if re.fullmatch(r"largest|biggest|smallest|most valuable|least valuable|richest", word):
            key_use = Use(Hit(BY_KEY["mkt_cap"], first.start, first.end, "rank"))  # type: ignore[union-attr]
            ctx.uses.append(key_use)
        elif re.fullmatch(r"best[- ]performing|worst[- ]performing|" + _MOVERS, word) or (
                re.fullmatch(r"best|worst", word) and first is not None and re.search(
                    r"\b(?:performed|perform|performs|did|do|does|done|fared|fare|fares)\s+(?:the\s+)?$",
                    ctx.text[:first.start])):  # "which 2 airlines did best in 2024": how the shares did
            if not re.fullmatch(r"best[- ]performing|worst[- ]performing|" + _MOVERS, word):
                ctx.take(next(a for a in ctx.atoms if a.kind == "move" and a.end <= first.start and re.fullmatch(
                    r"\s*(?:the\s+)?", ctx.text[a.end:first.start])))
            key_use = Use(Hit(BY_KEY["return"], first.start, first.end, "rank"))  # type: ignore[union-attr]
            ctx.uses.append(key_use)
            _bind_times(ctx)
        elif re.fullmatch(r"best|worst|strongest|weakest|top|bottom", word) and len(ctx.time.mentions) == 1 \
                and ctx.time.mentions[0].value.span("return") is not None and (
                    not ctx.time.mentions[0].value.fiscal_periods() or re.fullmatch(r"best|worst|strongest|weakest", word)):
            # ("best 3 nx100 names in 2024": the best and worst of stocks over a year are how their shares did, as the
            # strongest and weakest are; "top 3 banks in 2024" says no measure, and stays refused)
            # "best 3 in materials past 3m", "bottom 5 ytd": ranked over a period only prices have (year to date, the
            # past N months, N trading days), the stocks' performance: their return over it (a fiscal year stays refused)
            key_use = Use(Hit(BY_KEY["return"], first.start, first.end, "rank"))  # type: ignore[union-attr]
            ctx.uses.append(key_use)
            _bind_times(ctx)
        else:
            raise Refusal("a ranking without a measure to rank by", [word] if word else [])
    if first is not None and re.search(r"growing|grew|growth|fastest|slowest", ctx.text[first.start:first.end]) \
            and key_use.func is None \
            and key_use.hit.sense.base:
        key_use.func = Atom("func", first.start, first.end, "GROWTH")
        if key_use.time is not None and not _fits(key_use, key_use.time.value):
            key_use.time = None
    if key_use.hit.how == "verb-down" and first is not None and ctx.text[first.start:first.end].split()[0] in _SIZE_WORDS \
            and ctx.versus is None:
        desc = not desc  # "fell the most": the lowest return first ("by how much they fell, biggest first": the same)
    elif key_use.func is not None and key_use.func.value == "GROWTH" and key_use.func.extra == "down" \
            and first is not None and ctx.versus is None:
        # "whose sales fell the most", "the biggest market cap decline": the biggest fall is the lowest growth (change)
        # first (it was the highest: the companies that grew most, a wrong answer)
        desc = not desc
    elif first is not None and ctx.versus is None and key_use.func is None \
            and ctx.text[first.start:first.end] in _SIZE_WORDS and _BIGGEST_FALL.match(ctx.text, first.end):
        # "the biggest share-price falls", "the steepest declines": the biggest fall is the lowest return first (it
        # was the highest: the companies that rose most, a wrong answer); the smallest fall the highest; so among
        # named companies ("of A, B and C, which had the biggest share-price fall": it was the one that rose most)
        desc = first.value != "DESC"
    elif first is None and ctx.versus is None and compare and (_said_down(ctx, key_use) or key_use.func is None and any(
            x.kind == "comparative" and ctx.text[x.start:x.end] in _BIGGER_FALL and _BIGGEST_FALL.match(ctx.text, x.end)
            for x in comparatives)):
        # "which of A and B had the bigger share-price fall (sales decline)", "whose net income dropped more": the
        # bigger fall is the lower return or growth first (it was the higher); the smaller one the higher
        desc = not desc
    elif first is None and ctx.versus is None and not compare and _said_down(ctx, key_use):
        # "rank the airlines by how much they fell", "ranked by their decline": the biggest fall first (the lowest
        # return or growth), as "fell the most" does; a word of order ("highest first") is a superlative, not this
        desc = False
    elif ctx.versus is None and not compare and (near := _below_high_order(ctx, key_use, ranks)) is not None:
        desc = near  # (round 26) "..., smallest first": the nearest the high first, the highest (least negative) value
    elif ctx.versus is None and not compare and first is not None and key_use.hit.sense.key == FROM_EXTREME["high"].key \
            and re.fullmatch(r"(?:the\s+)?(?:most|least)", ctx.text[first.start:first.end]) \
            and _most_from(ctx, key_use):
        # (round 26) "which bank is down the most from (the most below) its 52-week high": the furthest below first, the
        # most negative distance; "the least below" the closest
        desc = first.value != "DESC"
    elif ctx.versus is None and not compare and _below_high(ctx, key_use) and (
            first is None or re.fullmatch(r"top|bottom", ctx.text[first.start:first.end])):
        # (round 25) "rank the insurers by how far below their 52-week high they trade", "the top 3 by how far below":
        # the furthest below first, the most negative distance (it was the closest first, the words' opposite; "the
        # bottom 3" the closest); a word of order says its own
        desc = first is not None and first.value != "DESC"
    if re.search(r"\bby\s+(?:[\w/'-]+\s+){0,3}$", ctx.text[:key_use.hit.start]):
        _second_key(ctx, key_use, [u for u in ctx.uses if not u.used])
    _judged(ctx, ranks, compare, key_use)
    _priced(ctx, ranks + comparatives, key_use)
    key = _expr(key_use, ctx)
    if first is not None and _NEAREST_ZERO.fullmatch(ctx.text, first.start, first.end) and (
            _UNSIGNED_CHANGE.match(ctx.text, first.end) or _CHANGED.search(ctx.text, 0, first.start)):
        # (round 31) "the smallest change in headcount": the change nearest zero, either way (it was the most negative
        # first, a fall being no small change); FinQL has no absolute value, so the key is the change times itself
        key, desc = f"{_wrapped(key)} * {_wrapped(key)}", False
    r.sort, r.descending = key, desc
    key_use.used = True
    key_use_items = render(key_use, ctx, multi=True)
    r.notes.append("sort:" + key)
    r.items[:0] = [i for i in key_use_items if i not in r.items]
    # TOP n: "top 5", "5 largest", "the ten cheapest"; TOP 1 for a singular question
    n = None
    for a in ctx.atoms:
        if (a.kind == "num" and a.value[1] is None or a.kind == "first") and id(a) not in ctx.used_atoms and r.tickers \
                and _partitive(ctx.text, a):
            # "which of these three has the highest P/E: A, B, C": the count restates the companies named (it was
            # TOP 3, every row where one was asked); one that is not theirs stays unread, and is named
            try:
                said = a.value[0] if a.kind == "num" else number(ctx.text[a.start:a.end].removeprefix("the ").strip())
            except (KeyError, ValueError):
                said = None
            if said != len(r.tickers):
                raise Refusal("a count that is not the companies named", [ctx.text[a.start:a.end]])
            ctx.take(a)
            continue
        if (a.kind == "num" and a.value[1] is None or a.kind == "first") and id(a) not in ctx.used_atoms and r.tickers \
                and _count_of_named(ctx.text, a, len(r.tickers), ctx.described):
            ctx.take(a)  # "of my three names, A, B and C, which has the highest P/E": theirs, no TOP 3 (every row)
            continue
        said = _said_count(ctx.text, a) if (a.kind == "num" and a.value[1] is None or a.kind == "first") else None
        if said is not None and said != len(r.tickers) and id(a) not in ctx.used_atoms and r.tickers \
                and re.search(r"\b(?:of|among)\s+(?:(?:my|our|the|these|those)\s+)?$", ctx.text[:a.start]) \
                and _count_of_named(ctx.text, a, said, ctx.described):
            # "of the two utilities, A, B and C, which one ...": a count of the companies described that is not how
            # many are named (it was TOP 2 where one was asked)
            raise Refusal("a count that is not the companies named", [ctx.text[a.start:a.end]])
        if a.kind == "num" and id(a) not in ctx.used_atoms and a.value[1] is None:
            near_rank = any(abs(a.start - x.end) <= 12 or abs(x.start - a.end) <= 40 for x in ranks + verbs) or \
                re.search(r"\b(?:top|first|bottom|best|worst)\s+$", ctx.text[:a.start]) or \
                _counted_noun(ctx.text, a, ranks, ctx.ents.sets)
            if near_rank and float(a.value[0]).is_integer() and 0 < a.value[0] <= 200:
                n = int(a.value[0])
                ctx.take(a)
                break
        if a.kind == "first":
            try:
                n = number(ctx.text[a.start:a.end].removeprefix("the ").strip())
            except (KeyError, ValueError):
                n = None
            ctx.take(a)
            if n:
                break
    # two named companies set against each other by a comparative ("which made more, A or B", "who has the bigger
    # market cap, A or B", "is A or B more profitable"): both figures, ranked by the comparison, as the outsiders'
    # sets read it (tune8b's notes: FinQL cannot subtract one row from another, the answer shows both); a
    # superlative ("which of A or B has the highest P/E") or three companies and more pick the one
    pair = compare and len(r.tickers) == 2 and not ranks
    if n is None and (compare or _singular(ctx, first) or _moved_most(ctx, first)) and not ctx.versus_than \
            and not pair and not any(a.kind == "rankverb" for a in ctx.atoms):
        n = 1  # "which of A, B or C has more ...", "is A, B or C ...?": the one; "does A have more X than B?": both
        # ("which of A, B and C had the better return? Rank them.": all of them, in order)
        singular = True
    else:
        singular = n == 1 and re.search(r"\b(?:which|what)\s+one\b", ctx.text) is not None  # ("which one has ...")
    if first is not None:
        _ordered_by_another(ctx, min([first, *ranks], key=lambda a: a.start), [m for m in (up, down) if m is not None])
    if order_said is not None and (singular or n is None and r.tickers and re.search(r"\b(?:which|who)\b", ctx.text)):
        # (round 49, f49t) "which of A, B and C had the best return? Worst first.": the one asked for and an order of
        # all of them said the other way disagree though no TOP 1 was read (the order was kept, the one asked dropped)
        # (round 45, f45t) "A, B and C: which is the biggest by market value today? Largest first, please.": an
        # order of the rows said whole beside the one asked for shows all of them in that order, the one asked for
        # first (as "Rank them" does; it was TOP 1, the order said dropped); said the other way ("which is the
        # biggest? Smallest first") the one asked for and the order disagree: refused, naming both
        if first is not None and not movers and not _RANK_FRAME.fullmatch(ctx.text[first.start:first.end]) \
                and not _ORDER_ONLY.fullmatch(ctx.text[first.start:first.end]) \
                and (first.value == "DESC") != order_said:
            raise Refusal("the one asked for and the order of the rows disagree",
                          [ctx.text[first.start:first.end], (up or down).group(0)])  # type: ignore[union-attr]
        n = None
    if n is not None and order_said is not None and first is not None and not movers and ctx.versus is None \
            and not _RANK_FRAME.fullmatch(ctx.text[first.start:first.end]) \
            and not _ORDER_ONLY.fullmatch(ctx.text[first.start:first.end]) and (first.value == "DESC") != order_said:
        # (round 39) "the 5 largest banks by sales, smallest first", "which 3 banks have the highest P/E? Lowest first":
        # the rows one end picks shown from the other end; FinQL keeps the first rows of the order it sorts by (it was
        # SORT ASC TOP 5: the 5 smallest, a wrong answer). "Top 5 by sales, smallest first" ("top" frames the rows)
        # reads as before
        raise Refusal("the rows asked and their order disagree: FinQL keeps the first rows of the order it sorts",
                      [ctx.text[first.start:first.end], (up or down).group(0)])  # type: ignore[union-attr]
    frame = next((a for a in ranks if re.fullmatch(r"top|bottom", ctx.text[a.start:a.end])), None)
    if n is not None and order_said is not None and frame is not None and not movers and ctx.versus is None \
            and (first is frame or first is not None and _ORDER_ONLY.fullmatch(ctx.text[first.start:first.end])) \
            and (frame.value == "DESC") != order_said and frame.end <= (up or down).start() \
            and _order_of_the_rows_picked(ctx, key_use, (up or down)):  # type: ignore[arg-type]
        # (round 48, f48w) "Top 3 banks by market value. Lowest first.", "top 4 ... by sales, then show them ascending":
        # the ranking said whole picks its rows (the top ones), the order said after it is how to show them; FinQL keeps
        # the first rows of the one order it sorts by (it was SORT ASC TOP 3: the three smallest, a wrong answer).
        # "top 2 by P/E, lowest first" (one clause: the golds read the order as the ranking's, t27b-089) reads as before;
        # (lead, merge) the frame said after the order ("by P/E sorted ascending, limit to 5 rows", round 40) keeps
        # the rows of that order: the order is the ranking's
        raise Refusal("the rows a ranking picks shown in the other order: FinQL keeps the first rows of the order it "
                      "sorts", [ctx.text[frame.start:frame.end], (up or down).group(0)])  # type: ignore[union-attr]
    r.top = n


# the words of showing or ordering rows already picked ("then show them", "list those", "sorted"), after the ranking
_SHOWN_AFTER = re.compile(r"\b(?:then|them|those|these|they|show|showing|shown|list|listing|listed|display|displayed|"
                          r"present|presented|sort|sorted|order|ordered|arrange|arranged|put)\b")


def _order_of_the_rows_picked(ctx: Ctx, key_use: Use, said: re.Match[str]) -> bool:
    """Whether the order said (``said``) comes after the ranking's key in a sentence of its own ("... by market value.
    Lowest first.") or in a clause that shows or orders the rows picked ("..., then show them ascending", "..., sorted
    ascending"); a clause that names the key itself ("top 5 banks, sorted by P/E, lowest first") is the ranking's."""
    if said.start() <= key_use.hit.end:
        return False
    between = ctx.text[key_use.hit.end:said.start()]
    if re.search(r"[.?!;]", between):
        return True
    clause = between[between.rfind(",") + 1:] if "," in between else between
    return bool(_SHOWN_AFTER.search(clause)) and not re.search(r"\b(?:by|on)\b", clause)


# the counts a set word said of the companies named may carry ("the three utilities, A, B and C")
_NUM_NAMED = number_words(2, 10) + r"|[2-9]|10"
_NAMED_NOUN = re.compile(r"\s+(?:[a-z&/-]+\s+){0,2}?(?:names|stocks|companies|firms|shares|picks|holdings|positions|"
                         r"comps|peers|tickers|equities|counters|businesses)\b")


def _said_count(text: str, a: Atom) -> int | None:
    """The number a count atom says ("three", "the two"), or None."""
    try:
        return a.value[0] if a.kind == "num" else number(text[a.start:a.end].removeprefix("the ").strip())
    except (KeyError, ValueError, TypeError):
        return None


def _count_of_named(text: str, a: Atom, named: int, sets: list[Any] | None = None) -> bool:
    """"Of my three names, A, B and C, which has the highest P/E?", "my two holdings A and B": a count of the companies
    named, said before a noun of companies (not after "which", "top" or a superlative's "the": "which two of A, B and
    C", "the two cheapest" rank), is theirs and no TOP (it was TOP 3 of three: every row where one was asked); so is
    one before a set's word that describes them ("of the three utilities, A, B and C, which one ...": it was TOP 3)."""
    n = _said_count(text, a)
    if n is None:
        return False
    noun = _NAMED_NOUN.match(text, a.end) or next(
        (re.match(r"\s+", text[a.end:t.start + 1]) for t in sets or [] if not t.negated and re.fullmatch(r"\s+", text[a.end:t.start])),
        None)
    return n == named and noun is not None and not re.search(r"\b(?:\w+est|most|least|top|bottom)\b", noun.group(0)) \
        and re.search(r"\b(?:which|what|top|bottom|first|last|best|worst)\s+$", text[:a.start]) is None


def _partitive(text: str, a: Atom) -> bool:
    """"which of these three", "each of the two": a count of the companies named, said after "of the"."""
    before = text[:a.start]
    if re.match(r"(?:the|these|those)\s", text[a.start:a.end]):
        return re.search(r"\b(?:which|who|each|all|any|one|none|either|neither)\s+of\s+$", before) is not None
    return re.search(r"\b(?:which|who|each|all|any|one|none|either|neither)\s+of\s+(?:the|these|those)\s+$",
                     before) is not None


# the words that judge rather than measure: "best", "worst first", "best to worst", "the better P/E"
_JUDGING = re.compile(r"(?:best|worst|better|worse)(?:\s+first)?")
# a ratio of an income (or sales) to a size of the company is a margin, a return on capital, a yield or a turnover:
# more is better ("net income / equity, best first")
INCOMES = frozenset({"sales", "gross_inc", "oper_inc", "net_inc", "eps", "dps", "fcf", "fe_eps", "fe_sales"})
_SIZES = frozenset({"sales", "equity", "assets", "net_inc", "price", "mkt_cap", "employees", "shares"})


def _better_higher(u: Use) -> bool:
    """Whether more of the measure is plainly better (``senses.BETTER_HIGHER``, their growth, and an income over a
    size of the company)."""
    if u.parts:
        left, op, right = u.parts[0], u.parts[1], u.parts[2]
        return op == "/" and not left.parts and not right.parts and left.hit.sense.key in INCOMES \
            and right.hit.sense.key in _SIZES and left.func is None and right.func is None
    return u.hit.sense.key in BETTER_HIGHER


def _judged(ctx: Ctx, ranks: list[Atom], compare: Any, key_use: Use) -> None:
    """"The best P/E", "debt, worst to best", "which has the better P/E": best and worst say a direction only of a
    measure where more is better (a low P/E is cheap, a high one rich; little debt is safe, much is leverage):
    refused, naming the word, never sorted one way by guess (a wrong answer that looks right)."""
    words = [a for a in ranks if _JUDGING.fullmatch(ctx.text[a.start:a.end])]
    if compare and not ranks:
        words += [a for a in ctx.atoms if a.kind == "comparative" and re.fullmatch(r"better|worse",
                                                                                   ctx.text[a.start:a.end])]
    if words and not _better_higher(key_use):
        raise Refusal(f"'{ctx.text[words[0].start:words[0].end]}' of a measure where more is not plainly better "
                      "(say highest or lowest)", [ctx.text[a.start:a.end] for a in words])


# the words of a price judged against a measure ("the cheapest on P/E"), and the measures a price is judged by
_PRICED = re.compile(r"cheap|cheaper|cheapest|(?:most|least|more|less)\s+expensive|expensive|pricier|priciest|pricey|dearer|"
                     r"dearest")
VALUATIONS = frozenset({"pe", "pb", "ps", "fwd_pe", "ev_sales", "ev_ebit", "price"})


def _priced(ctx: Ctx, words: list[Atom], key_use: Use) -> None:
    """"The cheapest on earnings growth", "the most expensive on dividends": cheap and expensive rank a price against
    a measure, so only a price or a price multiple may be the key (a P/E, P/B, P/S, forward P/E, EV multiple); any
    other key was ranked as if it were one (the lowest growth "cheapest": a wrong answer). Refused, naming the word."""
    said = [ctx.text[a.start:a.end] + (m.group(0) if (m := re.match(r"\s+expensive\b", ctx.text[a.end:])) else "")
            for a in words]
    said = [w for w in said if _PRICED.fullmatch(w)]
    if not said:
        return
    if key_use.func is None and (not key_use.parts and key_use.hit.sense.key in VALUATIONS or key_use.parts and re.match(
            r"\(?(?:P_PRICE|FG_MKT_CAP)\(", expr := _expr(key_use, ctx)) and " / " in expr):
        return
    raise Refusal("cheap or expensive of a measure that is no price or price multiple", said)


# a superlative that says the order of the rows, not which one: "ranked from the largest down", "biggest first"
_BY_IT = re.compile(r"\b(?:rank|sort|order|list)(?:ed)?\s+(?:them\s+|those\s+|these\s+|the\s+companies\s+)?(?:by|on)\s+"
                    r"(?:it|that|this|(?:that|this|the\s+same)\s+(?:figure|number|measure|metric|value|amount|one))\b")
_DIRECTION = re.compile(r"\bfrom\s+(?:the\s+)?(?:\w+est|most|least|worst)\s+(?:down|up|to|on)\b|"
                        r"\b(?:\w+est|most|least|worst)\s+(?:[\w/&'-]+\s+){0,2}?(?:first|last(?=\s*(?:[,.;:?!)]|$|and\b))|"
                        r"to\s+(?:the\s+)?(?:\w+est|most|least|worst))\b|"  # "the most last year": a period, no order
                        # (round 37, f37b) "put the best performer at the top", "the cheapest at the head of the
                        # list": where the first row stands, an order (it was TOP 1, every other row dropped)
                        r"\b(?:\w+est|most|least|worst)\s+(?:[\w/&'-]+\s+){0,2}?(?:at\s+the\s+(?:very\s+)?(?:top|head)"
                        r"(?:\s+of\s+the\s+(?:list|table)|(?!\s+of\b))|on\s+top(?!\s+of\b))\b|"
                        # both ends said with the plain words: "best to worst", "high to low", "top to bottom"
                        r"\b(?:best|worst|high|low|higher|lower|top|bottom)\s+to\s+(?:the\s+)?(?:best|worst|high|low|"
                        r"higher|lower|top|bottom|\w+est)\b")


def _ranks_named(ctx: Ctx, ranks: list[Atom]) -> bool:
    """Whether a superlative ranks the named companies: said of no measure ("the best performing stock of A, B and
    C", "the largest of A and B"), or of one with the companies as the choice ("highest P/E among (of, between) A,
    B and C", "A, B or C: highest P/E?"). "The highest EPS estimate for A and B" is the top of each one's
    estimates, which FinQL does not have: left over, refused."""
    if not ranks or any(a.kind == "rankverb" for a in ctx.atoms) or _DIRECTION.search(ctx.text):
        return False  # "ranked from the largest down", "largest first": the order of all of them, not one
    if any(not any(re.fullmatch(r"\s*", ctx.text[a.end:u.hit.start]) for u in leaves(ctx.uses)) for a in ranks):
        return True
    pos = sorted(p for p in ctx.ents.ticker_pos.values() if p >= 0)
    if not pos:
        return False
    choice = re.search(r"\b(?:among|amongst|between|of|out of|from)\s+(?:the\s+)?(?:following\s+)?(?:\w+\s+)?:?\s*$",
                       ctx.text[:pos[0]])
    return bool(choice) or re.search(r"\bor\b", ctx.text[pos[-2]:pos[-1]]) is not None


def _versus_measure(ctx: Ctx) -> None:
    """"more profitable" between named companies: the adjective's measure (net income) is what is compared."""
    v = ctx.versus
    assert v is not None
    for a in ctx.atoms:
        if a.kind == "adj" and a.extra == "profit" and id(a) not in ctx.used_atoms \
                and re.fullmatch(r"\s*", ctx.text[v.end:a.start]) and not any(u.hit.sense.key == "net_inc" for u in ctx.uses):
            ctx.uses.append(Use(Hit(BY_KEY["net_inc"], a.start, a.end, "adj")))
            ctx.uses.sort(key=lambda u: u.hit.start)
            ctx.take(a)
            _bind_times(ctx)


# the superlatives (comparatives) of a size, said of a move downwards ("fell the most", "the biggest falls", "the
# smallest fall", "the bigger drop"): the size of the fall, so the order of the return (growth) turned round
_SIZE_WORDS = frozenset({"most", "least", "biggest", "largest", "greatest", "steepest", "sharpest", "heaviest", "deepest",
                         "smallest", "furthest", "farthest", "hardest"})
_BIGGER_FALL = frozenset({"bigger", "larger", "greater", "steeper", "sharper", "heavier", "deeper", "smaller", "lesser"})
# the size of a change, said after a superlative of size: "the largest increase (in ...)", "the biggest margin expansion"
_SIZE_OF_CHANGE = re.compile(r"\s+(?:[\w/&'-]+\s+){0,2}?(?:increases?|rises?|improvements?|expansions?|gains?|jumps?|"
                             r"declines?|falls?|drops?|decreases?|reductions?|contractions?|changes?|swings?|moves?)\b")
# a superlative of size said of a fall ("the biggest share-price falls", "the largest one-year declines")
_BIGGEST_FALL = re.compile(r"\s+(?:[\w/&'-]+\s+){0,3}?(?:falls|declines|drops|slides|slumps|losses|fall|decline|drop|"
                           r"slide|slump|price\s+falls)\b(?!\s+in\s+(?:sales|revenue|earnings|eps|income|profit))")


def _said_up(ctx: Ctx, u: Use) -> bool:
    """Whether a figure's move is said upwards by a verb ("rose", "grew", "gained"): a share price's or a growth's (the
    noun "growth" is a level of the growth, any sign: "sales growth below 5%")."""
    if u.hit.how == "verb-up":
        return True
    return u.func is not None and u.func.value == "GROWTH" and u.func.extra == "up" \
        and not re.fullmatch(r"growth|growing", ctx.text[u.func.start:u.func.end].strip().lower())


# the word before a high that says the distance below it ("how far below", "down from", "the discount to")
_BELOW_WORD = re.compile(r"(?:down|off|below|under|beneath|fallen|dropped|declined|slipped|slid|drop|fall|decline|"
                         r"distance|discount|from)\b")


def _most_from(ctx: Ctx, u: Use) -> bool:
    """(round 26) Whether a superlative stands right before the words that set the close against the key's extreme
    ("down the most from its high", "the most below its high")."""
    cue = _FROM_EXTREME.search(ctx.text[:u.hit.start])
    return cue is not None and _MOST_FROM.search(ctx.text[:cue.start()]) is not None


def _below_high(ctx: Ctx, u: Use, *, ordered: bool = False) -> bool:
    """Whether the sort key is the distance below a high, said as a magnitude ("by how far below their 52-week high",
    "by how much they are down from their high", "by their distance from the high") with no word of order
    (``ordered``: with one or without)."""
    if u.hit.sense.key != FROM_EXTREME["high"].key:
        return False
    cue = _FROM_EXTREME.search(ctx.text[:u.hit.start])
    if cue is None or not _BELOW_WORD.match(cue.group(0)):
        return False
    return ordered or not _DIRECTION.search(ctx.text) \
        and not re.search(r"\b(?:ascending|descending|(?:first|last)(?=\s*(?:[,.;:?!)]|$|and\b))|(?:high|low)(?:est)?\s+to\s+|"
                          r"to\s+(?:high|low)(?:est)?\b)", ctx.text)  # (f25l: "the last 20 days" is a period, no order)


# (round 26) a word of order said of the size of a distance below a high: the nearest first ("smallest first", "closest
# first", "least first", "furthest last", "smallest to largest") or the furthest first ("biggest first", "furthest first");
# "highest (lowest) first" is of the signed value ("closest" is normalized to "highest")
_NEAR_WORDS = r"smallest|least|closest|nearest|shortest|fewest"
_FAR_WORDS = r"largest|biggest|greatest|most|furthest|farthest|longest"
_LAST_END = r"(?=\s*(?:[,.;:?!)]|$|and\b))"
_NEAR_FIRST = re.compile(rf"\b(?:(?:{_NEAR_WORDS})\s+first|(?:{_FAR_WORDS})\s+last{_LAST_END}|(?:{_NEAR_WORDS})\s+to\s+"
                         rf"(?:the\s+)?(?:{_FAR_WORDS}))\b")
_FAR_FIRST = re.compile(rf"\b(?:(?:{_FAR_WORDS})\s+first|(?:{_NEAR_WORDS})\s+last{_LAST_END}|(?:{_FAR_WORDS})\s+to\s+"
                        rf"(?:the\s+)?(?:{_NEAR_WORDS}))\b")


def _below_high_order(ctx: Ctx, u: Use, ranks: list[Atom]) -> bool | None:
    """(round 26) The order of a ranking by the distance below a high said as a magnitude ("by how far below their
    52-week high they trade, smallest first") with a word of order of its size: the distance is negative, so the
    smallest first is the highest value first (DESC; it was ASC, the furthest below first, the words' opposite).
    None where no such word is said; "ascending"/"descending" (of the size, or of the signed value?) refused."""
    if not _below_high(ctx, u, ordered=True):
        return None
    two_ways = re.search(r"\b(?:ascending|descending)\b", ctx.text)
    if two_ways:
        raise Refusal("an order of a distance below a high that reads two ways (its size, or its signed value)",
                      [two_ways.group(0)])
    near, far = _NEAR_FIRST.search(ctx.text, u.hit.end), _FAR_FIRST.search(ctx.text, u.hit.end)
    said = near or far
    if said is None or near and far or any(not said.start() <= a.start < said.end() for a in ranks):
        return None
    return near is not None


def _said_down(ctx: Ctx, u: Use) -> bool:
    """Whether the sort key is a move said downwards: a falling share price ("by how much they fell") or a growth
    said by a verb or noun of decline ("by how much their sales dropped", "by their decline")."""
    if u.hit.how == "verb-down":
        return True
    return u.func is not None and u.func.value == "GROWTH" and u.func.extra == "down"


# "which airlines rose the most", "which stock gained the least", "who did best": a superlative said of the move
# itself (an adverb after the verb) asks which one moved so; the verb's forms are the structure step's
_MOVED_MOST = re.compile(r"\b(?:" + "|".join(sorted(
    (MOVE_UP + "|" + MOVE_DOWN + "|performed|perform|performs|did|do|does|done|fared|grew|grown|grow|grows|"
                                 "increased|decreased|declined|dropped|rose|fell").split("|"), key=len, reverse=True))
    + r")\s+(?P<what>(?:[\w/&'-]+\s+){0,4}?)(?:the\s+)?$")


def _moved_most(ctx: Ctx, first: Atom | None) -> bool:
    """"Which airlines rose the most?", "which semis fell the least", "which 2 airlines did best": a question of
    which one, with the superlative said of the verb (not of a measure or a plural count), is the top one; a
    number ("which five stocks fell the most") or a word of order ("ranked", "biggest first") says otherwise."""
    if first is None or not re.fullmatch(r"most|least|best|worst|fastest|slowest|hardest|furthest|strongest|weakest",
                                         ctx.text[first.start:first.end]):
        return False
    if not re.match(r"\W*(?:(?:so|and|also|ok|okay|hi|hey)\W+)*(?:which|who|what)\b", ctx.text) or _DIRECTION.search(ctx.text):
        return False
    m = _MOVED_MOST.search(ctx.text[:first.start])
    if not m:
        return False
    # "which industrials grew sales the most": the measure that moved may stand between the verb and the superlative
    s, e = m.start("what"), m.end("what")
    return not ctx.text[s:e].strip() or any(u.hit.start <= s + 1 and e - 1 <= u.hit.end for u in ctx.uses)


# the market's words for the companies whose share price rose (fell) the most, one or several
_MOVERS = r"(?:gainer|winner|riser|loser|laggard|decliner|faller)s?"
# the nouns a question names its companies by, one or several ("the top performer", "the largest banks")
_ONE = (r"company|stock|firm|one|bank|insurer|utility|retailer|reit|member|name|business|issuer|automaker|carmaker|"
        r"airline|miner|constituent|performer|gainer|winner|riser|loser|laggard|decliner|faller|pick|share|equity")
_SEVERAL = (r"companies|stocks|firms|names|ones|banks|insurers|utilities|retailers|reits|members|constituents|"
            r"enterprises|societies|"
            r"automakers|carmakers|airlines|miners|businesses|shares|equities|issuers|performers|gainers|winners|"
            r"risers|losers|laggards|decliners|fallers|picks")


def _size_of_companies(ctx: Ctx, first: Atom) -> bool:
    """Whether a superlative of size ("largest", "biggest", "smallest") is said of the companies themselves, a set's
    name or the companies' noun right after it ("the three largest airlines", "the biggest NX100 names"), with no
    measure to rank by said after them ("in terms of sales", "by revenue": the measure named)."""
    t = ctx.text
    if not re.fullmatch(r"largest|biggest|smallest", t[first.start:first.end]):
        return False
    if any(a.kind == "rank" and a.start >= first.end for a in ctx.atoms):
        # (round 24) "the three largest airlines with the highest returns": a superlative after it names the measure
        # ranked by (``_one_ranking`` reads the two as one); the size was the key, the returns' ranking dropped
        return False
    after = first.end
    num = re.match(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\b", t[after:])
    if num:
        after += num.end()
    named = next((x for x in ctx.ents.sets if re.fullmatch(r"\s+", t[after:x.start])), None)
    if named is not None:
        after = named.end
        noun = re.match(r"(?:\s+(?:" + _SEVERAL + r")\b)?", t[after:])
    else:
        noun = re.match(r"\s+(?:" + _SEVERAL + r")\b", t[after:])
        if noun is None:
            return False
    rest = t[after + (noun.end() if noun else 0):]
    return not re.match(r"(?:'s?)?\s*,?\s*(?:in\s+terms\s+of|(?:as\s+)?measured\s+(?:by|in)|according\s+to|on|by)\b", rest) \
        and not any(u.hit.start >= first.end and u.hit.end <= after for u in ctx.uses)


def _counted_noun(text: str, num: Atom, ranks: list[Atom], sets: list[SetTerm]) -> bool:
    """"The 3 companies of the sector Health Care with the highest sales", "which 3 companies in the Financials sector
    have the lowest P/E": a count right before the plural noun of the companies the superlative later in the same
    clause ranks (a set's words between them). The set's name may come first: "which 3 consumer discretionary
    companies are the most valuable", "which 5 REITs, by market cap, are the largest"."""
    named = next((t for t in sets if re.fullmatch(r"\s+", text[num.end:t.start])), None)
    after = named.end if named is not None else num.end
    noun = re.match(r"\s+(?:" + _SEVERAL + r")\b", text[after:]) or (named is not None and not named.negated)
    return bool(noun) and re.search(r"\b(?:the|which|what)\s+$", text[:num.start]) is not None and any(
        0 < x.start - num.end <= 120 and not re.search(r"[.;?!]", text[num.end:x.start]) for x in ranks)


def _said_one(ctx: Ctx, first: Atom) -> bool | None:
    """One or several, as the words say: the noun the superlative is said of ("the top performer", "the largest
    banks"; True / False), else the verb's agreement with "who" / "which of ..." ("who has the highest yield
    among the utilities", "which of the French and German payments companies has the highest market cap": True);
    None where neither says."""
    t = ctx.text
    if re.fullmatch(_MOVERS, t[first.start:first.end]):  # "the top gainer", "the biggest losers"
        return not t[first.start:first.end].endswith("s")
    # (a noun inside a compound is none: "the best share price return", "the lowest debt-to-equity", "stock price")
    noun = re.match(r"(?:[\s-]+(?!(?:in|of|among|by|on|for|with|than|and|or)\b)[\w&'/-]+){0,3}?[\s-]*(?<![\w/-])(?P<n>"
                    + _SEVERAL + "|" + _ONE + r")\b(?![/-]|\s+(?:prices?|returns?|performance|count|buybacks?|"
                    r"capital|holders?|issuance|outstanding)\b)", t[first.end:])
    if noun:
        return not re.fullmatch(_SEVERAL, noun.group("n"))
    if re.search(r"\b(?:who|which(?:\s+one)?\s+of\b[^?.;]{1,80}?)\s+(?:has|is|was|does)\b", t[:first.start]):
        return True
    # "Among the REITs, which has the highest yield": the verb right after "which" agrees with one; "which of the
    # brewers had the lowest gross margin": a past verb agrees with either, the figure named after the superlative
    # says one ("margin", not "margins")
    if re.search(r"\bwhich\s+(?:has|is|was|does)\s+(?:the\s+)?$", t[:first.start]):
        return True
    said = re.match(r"(?:\s+[\w/&'-]+){1,3}?(?=\s*(?:[?.,;!]|$|\s+(?:in|last|this|of|for|at|among|today|now|over|during|"
                    r"since)\b))", t[first.end:])
    if re.search(r"\bwhich(?:\s+one)?\s+of\b[^?.;]{1,80}?\s+had\s+(?:the\s+)?$", t[:first.start]) and said and (
            not said.group(0).endswith("s") or _ONE_FIGURE_S.match(said.group(0))):
        return True
    # the subject the question asks about: "which company grew revenue fastest ... among software names" (one)
    subject = re.search(r"\b(?:which|what)\s+(?:[\w&'-]+\s+){0,2}?(?P<n>" + _SEVERAL + "|" + _ONE + r")\b", t[:first.start])
    if subject:
        return not re.fullmatch(_SEVERAL, subject.group("n"))
    return None


# the words a question opens on before "the highest X among ...": a request, or "what is" / "who has"
_ASK_OPENING = re.compile(r"\W*(?:(?:so|and|also|ok|okay|please|hi|hey|quick question)\W+)*(?:(?:what|which)(?:'s|\s+is|"
                          r"\s+was)\s+|who(?:'s|\s+has|\s+had|\s+is|\s+was)\s+|(?:show|give|tell|find|get)\s+(?:me\s+)?)?"
                          r"(?:the\s+)?$")
# measure words with a final s that name one figure ("the highest sales"), not several ("the highest yields")
_ONE_FIGURE_S = re.compile(r".*(?:ss|sales|earnings|eps|dps|p/s|capex|'s)$")


def _superlative_over_set(ctx: Ctx, first: Atom) -> bool:
    """"Highest forward P/E among the semiconductor names", "lowest P/E among the Canadian banks": a superlative that
    opens the question on one measure, over a set named after it, asks for the one company at that end (the plural
    is the set's, not the answer's); a plural measure ("highest yields among banks") or a plural said before the
    superlative ("banks with the lowest P/E") asks for several."""
    t = ctx.text
    if not _ASK_OPENING.fullmatch(t[:first.start]):
        return False
    over = re.search(r"\b(?:among|amongst|across|within|in|of)\b", t[first.end:])
    if over is None:
        return False
    head = t[first.end:first.end + over.start()]
    # ((round 42, f42n) or the high or low that holds the superlative: "the lowest close among the banks")
    key = [u for u in ctx.uses if (first.end <= u.hit.start or u.hit.start == first.start and u.hit.sense.key in ("high", "low"))
           and u.hit.end <= first.end + over.start()]
    if not key or re.search(r"[,;]|\b(?:and|or|by|top|bottom)\b", head) or any(
            a.kind in ("num", "first") and first.end <= a.start < first.end + over.start() for a in ctx.atoms):
        return False
    return all(not w.endswith("s") or _ONE_FIGURE_S.fullmatch(w) for w in head.split())


def _singular(ctx: Ctx, first: Atom | None) -> bool:
    t = ctx.text
    if first is None:
        return False
    one = _said_one(ctx, first)
    if one is not None:
        return one and not _DIRECTION.search(t)
    if _superlative_over_set(ctx, first):
        return not _DIRECTION.search(t)
    plural = re.search(r"\b(?:companies|stocks|firms|names|ones|banks|insurers|utilities|retailers|reits|members|"
                       r"constituents|automakers|airlines|miners|businesses|shares|equities|issuers|\w+ers)\b", t)
    singular = re.search(r"\b(?:which|what)\s+(?:\w+\s+){0,3}?(?:" + _ONE_COMPANY_NOUN + r"|one|member|name)\b|\bwho\b|\bthe\s+(?:"
                         + t[first.start:first.end] + r")\b(?!\s+\d)", t)
    # (round 26) "What is the market cap of each Swiss company, largest first?": the figure of every member asked, each
    # a row (it was TOP 1: the singular "what is" and "company" read as one company asked)
    each = re.search(r"\b(?:each|every)\s+(?:[\w-]+\s+){0,3}?(?:company|stock|firm|bank|insurer|utility|retailer|reit|"
                     r"member|name|business|issuer|automaker|airline|miner|constituent)\b", t)
    if re.search(r"\b(?:which|what)\s+(?:\w+\s+){0,2}(?:has|had|is|was)\b", t) and not plural and not each:
        return True
    return bool(singular) and not plural and not each and not _DIRECTION.search(t)


# ----------------------------------------------------------------------------- items, currency
def _dash_between_two(ctx: Ctx, r: Reading) -> None:
    """(round 29, lead) "debt - cash, FY2024": a spaced dash right between the question's only two measures, both
    left as columns, is a minus sign or a list's dash, and which is not said (both figures were listed: a wrong answer
    where the difference was meant). Where more is read ("net cash (cash - debt)", "EV: mkt cap + debt - cash") the
    operands stand beside the expression they define."""
    if [i for i in r.items if i not in ("NAME", r.sort)] or len(ctx.uses) != 2:
        return
    x, y = sorted(ctx.uses, key=lambda u: u.hit.start)
    # (round 30) also after the first one's period written bare ("consensus sales FY2025 - sales FY2024"), and where
    # one of the two was taken as the sort key or a condition's measure and the other listed ("top 3 banks by debt -
    # cash": sorted by debt alone)
    dash = re.compile(r"\s+[-\u2013]\s+")
    gap = dash.fullmatch(ctx.text, x.hit.end, y.hit.start) or any(
        re.fullmatch(r"\s*(?:in\s+|for\s+)?", ctx.text[x.hit.end:m.start]) and dash.fullmatch(ctx.text, m.end, y.hit.start)
        for m in ctx.time.mentions if x.hit.end <= m.start and m.end <= y.hit.start)
    if not (x.used and y.used or x.parts or y.parts) and gap:
        raise Refusal("a dash between two measures: their difference, or both figures, is not said",
                      [ctx.text[x.hit.start:y.hit.end]])


# (round 41, f41n) a total (average) said of each year ("each year's total", "the yearly totals", "per year")
_EACH_YEARS_OWN = re.compile(r"\b(?:each|every|per|by)\s+(?:fiscal\s+)?year\b|\b(?:yearly|annual|full[- ]year|year[- ]end)\b|"
                             r"\b(?:totals|averages|sums)\b|\bfor\s+(?:both|each\s+of\s+the)\s+years\b")


# the verb between the two ("X's net income in fiscal 2024 compare with its net income last year")
_COMPARES_WITH = re.compile(r"\bcompar(?:e|es|ing)\s+(?:with|to|against)\b")


def _said_again_against_itself(ctx: Ctx, a: Use, b: Use) -> None:
    """(round 44, lead) The measure said again for the same companies and set against the first, both read as one
    figure: "Compare X's fiscal 2024 revenue with its revenue a year ago", "compare A and B's EPS for fiscal 2024 to
    their EPS a year ago" (FY2024 twice, SPEC 5: "a year ago" is FY2024); the duplicate was dropped and one figure
    answered, the comparison without a word. Refused as ``render``'s figure against itself is (round 35, round 44 r44:
    the same cues, ``_AGAINST_ITSELF`` and "compare ... to/with/and"); not where a company or a set is named between
    the two ("compare A's EPS with B's EPS": two companies' figures)."""
    (s0, e0), (s1, e1) = sorted(((a.hit.start, a.hit.end), (b.hit.start, b.hit.end)))
    if any(e0 <= p < s1 for p in ctx.ents.ticker_pos.values()) or any(e0 <= t.start < s1 for t in ctx.ents.sets):
        return
    cue = _against_itself_cue(ctx, s0, e0, s1) or _COMPARES_WITH.search(ctx.text, e0, s1)
    if cue:
        raise Refusal("a figure compared with itself: the two periods said fall on the same day",
                      [cue.group(0) + " " + ctx.text[s1:e1]])


def _items(ctx: Ctx, r: Reading, screen: bool) -> None:
    _dash_between_two(ctx, r)
    items = list(r.items)
    by: dict[str, tuple[Use, list[str]]] = {}
    for u in ctx.uses:
        if u.used:
            continue
        out = render(u, ctx)
        for it in out:
            if it not in items:
                items.append(it)
                by[it] = (u, out)
            elif it in by and by[it][0] is not u and by[it][1] == out == [it]:
                _said_again_against_itself(ctx, by[it][0], u)  # (each one figure, the same one)
        u.used = True
    fields = [f for f in ctx.ents.fields if f != "NAME"]
    if screen:
        items = ["NAME", *fields, *[i for i in items if i != "NAME"]]
    else:
        if not items and not fields:
            if re.search(r"\b(?:name|called|full name)\b", ctx.text):
                items = ["NAME"]
            else:
                raise Refusal("nothing to look up for the companies named", [])
        items = [*fields, *items]
    r.items = items


def _condition_columns(r: Reading) -> None:
    """A screen shows what it screened on: each measure of the condition becomes a column (after NAME),
    so the answer says why each company is there (SPEC section 4 allows extra columns)."""
    if not r.condition:
        return
    from finql.language import ast
    from finql.language.parser import parse

    try:
        cond = parse(f"NAME FOR SCREEN(ALL, {r.condition})").target.condition  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - an unparsable condition fails in the validate step, with its message
        return
    found: list[str] = []

    def walk(c: Any) -> None:
        if isinstance(c, ast.Compare):
            for side in (c.left, c.right):
                scaled = [x for n, x in ((side.left, side.right), (side.right, side.left)) if isinstance(n, ast.Number)
                          and n.value != 100 and isinstance(x, (ast.Call, ast.FuncCall))] \
                    if isinstance(side, ast.BinOp) and side.op == "*" else []
                if scaled:  # "at least 15% above FY2024 sales": the column is the sales the threshold scales
                    side = scaled[0]
                if not isinstance(side, ast.Number) and not (isinstance(side, ast.Neg)
                                                              and isinstance(side.operand, ast.Number)):
                    found.append(str(side))
        elif isinstance(c, ast.BoolOp):
            walk(c.left)
            walk(c.right)
        elif isinstance(c, ast.Not):
            walk(c.operand)

    walk(cond)
    known = set(r.items)
    extra = [x for i, x in enumerate(found) if x not in known and x not in found[:i]]
    at = 1 if r.items[:1] == ["NAME"] else 0
    r.items[at:at] = extra


_RETURN = re.compile(r"P_RETURN\(([^(),]+), ([^(),]+)\)")


def _currency(ctx: Ctx, r: Reading, asked: list[str] | None = None) -> None:
    if ctx.ents.currency:
        r.currency = ctx.ents.currency
        if not _currency_of_another_measure(ctx) and not _currency_of_ranked_beside_return_condition(ctx, r, asked):
            _return_in(r)
        return
    if ctx.ents.local or not r.sort or r.tickers and not r.sort:
        return
    # (round 35, f35s) an amount quoted per share (EPS, DPS, a price, its high or low) is ranked as each company
    # quotes it, as SPEC 3 says of money without IN: its size is set by each company's share count, not by the
    # company's size, which the conversion makes comparable ("Rank the chipmakers by FY2024 diluted EPS" converted
    # to USD unasked, a wrong answer); said in a currency it converts as asked (``ctx.ents.currency`` above)
    key_money = any(re.match(rf"(?:(?:AVG|SUM)\()?{m}\b", r.sort) for m in (
        "FF_SALES", "FF_GROSS_INC", "FF_OPER_INC", "FF_NET_INC", "FF_ASSETS", "FF_LIABS", "FF_EQUITY", "FF_DEBT",
        "FF_CASH", "FF_CAPEX", "FF_FCF", "FG_MKT_CAP", "FE_SALES"))
    # sums and differences of money are money (net cash, EV); products, quotients and growth are not, but money per
    # employee or per share is money ("free cash flow per share", as EPS is)
    ratio = re.search(r"[*/]|GROWTH|CAGR", r.sort) and not re.fullmatch(
        r"\w+\([^()]*\) / FF_(?:EMPLOYEES|SHARES)\([^()]*\)", r.sort)
    if key_money and not ratio and _mixed(ctx, r):
        r.currency = "USD"


_LIST_JOINT = re.compile(r"\b(?:and|plus)\b|[+&]")


def _currency_of_another_measure(ctx: Ctx) -> bool:
    """"market cap in USD ..., plus the YTD return": the currency said right after another measure is that measure's
    (``IN`` converts it); the return beside it is asked as returns are, in the company's own currency. A currency said
    of the return ("the return in 2023 in US dollars", "the dollar return") or of the whole question is the return's."""
    pos = ctx.ents.currency_pos
    if pos is None:
        return False
    hits = [u.hit for u in leaves(ctx.uses)]
    # (a list's joint between, "market cap in USD and the YTD return", "mkt cap in $ + ytd": the next item, no longer
    # the currency's)
    if any(h.sense.key == "return" and 0 <= h.start - pos <= 16 and not _LIST_JOINT.search(ctx.text, pos, h.start)
           for h in hits):
        return False
    # ("its USD return", "in US dollars, the share price return": a currency said right before the return is its own;
    # a return said before the currency, "ytd perf + mkt cap in $", is not)
    if any(h.sense.key == "return" and h.start >= e and re.fullmatch(
            r"[\s,]*(?:(?:the|its|their)\s+)?(?:(?:share|stock)[\s-]+(?:price\s+)?)?", ctx.text[e:h.start])
           for _s, e, _v in currency_mentions(ctx.text) for h in hits):
        return False
    before = [h for h in hits if h.end <= pos]
    last = max(before, key=lambda h: h.end) if before else None
    # (said after a list's joint, "market cap, and in US dollars the return", it is no longer the measure's before it)
    # (round 35: a thousands separator is no comma of a list, "market cap above 34,000 million US dollars": the
    # currency was taken from the market cap and given to a return ranked beside it, a converted return: wrong)
    return last is not None and last.sense.key != "return" and not re.search(r"(?<!\d),|,(?!\d)|;|\b(?:and|plus)\b",
                                                                             ctx.text[last.end:pos])


def _currency_of_ranked_beside_return_condition(ctx: Ctx, r: Reading, asked: list[str] | None) -> bool:
    """(round 36) "Of the energy companies with a negative return year to date, which three had the largest market cap
    at the end of 2023, in US dollars?": a return that only screens (neither asked nor ranked), with the currency said
    after the measure asked or ranked and not next to the return, is screened as returns are, in the company's own
    currency (SPEC 3: ``IN`` converts no return); the converted closes' change answered another screen (a wrong
    answer)."""
    pos = ctx.ents.currency_pos
    if pos is None or asked is None or not r.condition or not _RETURN.search(r.condition):
        return False
    if any(_RETURN.search(x) for x in asked) or (r.sort and _RETURN.search(r.sort)):
        return False
    hits = [u.hit for u in leaves(ctx.uses)]
    before = [h for h in hits if h.end <= pos]
    last = max(before, key=lambda h: h.end) if before else None
    return last is not None and last.sense.key != "return" and not any(h.sense.key == "return" and h.start >= pos
                                                                        for h in hits)


def _return_in(r: Reading) -> None:
    """"X's share price return in 2024 measured in US dollars": ``IN`` converts no return (SPEC 3), so a return asked
    in a currency other than a company's own is the change of its converted closes, ``(P_PRICE(d2) / P_PRICE(d1) - 1)
    * 100`` (the local return answered another question: a wrong answer); the same where every row trades in it."""
    companies = [by_ticker()[t] for t in r.tickers] if r.tickers else universe_companies(r.universe or "ALL")
    if all(c.currency == r.currency for c in companies):
        return

    def converted(m: Any) -> str:
        return f"(P_PRICE({m.group(2)}) / P_PRICE({m.group(1)}) - 1) * 100"

    r.items = [_RETURN.sub(converted, x) for x in r.items]
    r.condition = _RETURN.sub(converted, r.condition) if r.condition else r.condition
    r.sort = _RETURN.sub(converted, r.sort) if r.sort else r.sort


def _mixed(ctx: Ctx, r: Reading) -> bool:
    """Whether the rows can have different currencies (then money is ranked or screened in USD)."""
    if r.tickers:
        return len({by_ticker()[t].currency for t in r.tickers}) > 1
    return len({c.currency for c in universe_companies(r.universe or "ALL")}) > 1


def _restates(ctx: Ctx, m: Mention) -> bool:
    """"5-year sales CAGR, FY2019 to FY2024": a span of N years that a growth's own range already spans; "over fiscal
    2023, from the end of FY2022 to the end of FY2023": a fiscal year that the range of its two year ends restates."""
    if m.value.kind == "year" and len(m.value.years) == 1:
        y = m.value.years[0]
        # ((round 44, r44) the words between the two, in either order: the year said after the range, "..., versus
        # fiscal 2023", "..., not fiscal 2023", gave an empty slice, which passed as a comma alone: the comparison or
        # the negation dropped, a wrong answer)
        return any(x is not m and x.value.kind == "year_range" and x.value.end and x.value.years == (y - 1, y)
                   and (re.fullmatch(r"\s*,?\s*", ctx.text[m.end:x.start]) if m.end <= x.start else
                        x.end <= m.start and re.fullmatch(r"\s*,?\s*(?:(?:over|in|during|for)\s+)?", ctx.text[x.end:m.start]))
                   and any(u.time is x for u in leaves(ctx.uses))
                   for x in ctx.time.mentions)
    if m.value.kind != "span" or m.value.unit != "years":
        return False
    for u in leaves(ctx.uses):
        if u.func is not None and u.func.value in ("GROWTH", "CAGR") and u.time is not None and u.time is not m:
            rng = u.time.value.growth_range()
            if rng and all(re.fullmatch(r"FY\d{4}", p) for p in rng) and int(rng[1][2:]) - int(rng[0][2:]) == m.value.n:
                return True
    return False


def _blank_words(ctx: Ctx, s: int, e: int) -> str:
    """``text[s:e]`` with the periods and the estimate and actual words blanked out (they stay with their measures)."""
    return _blank_periods(ctx, s, e, _blank_estimate_words(ctx, s, e))


def _blank_periods(ctx: Ctx, s: int, e: int, gap: str | None = None) -> str:
    """``text[s:e]`` (or ``gap``, a blanked copy of it) with the period mentions wholly inside it blanked out."""
    gap = ctx.text[s:e] if gap is None else gap
    for m in ctx.time.mentions:
        if s <= m.start and m.end <= e:
            gap = gap[:m.start - s] + " " * (m.end - m.start) + gap[m.end - s:]
    return gap


def _blank_company(ctx: Ctx, s: int, e: int) -> str:
    """(round 28) ``_blank_periods`` of ``text[s:e]``, with the one company named there blanked too ("free cash flow
    relative to debt for Northwind Logistics, expressed in percent": the unit after the company the quotient is of)."""
    gap = _blank_periods(ctx, s, e)
    m = re.match(r"(\s*(?:for|of|at)\s+)([^,;:.?!()]{2,60}?)(?=\s*,|\s+(?:in|as|expressed|shown|stated)\b)", gap)
    if m is not None and len(ctx.ents.tickers) == 1 and ctx.ents.ticker_pos.get(ctx.ents.tickers[0]) == s + m.end(1) \
            and not re.search(r"\d", m.group(2)):
        gap = m.group(1) + " " * len(m.group(2)) + gap[m.end():]
    return gap


def _blank_estimate_words(ctx: Ctx, s: int, e: int) -> str:
    """``text[s:e]`` with the estimate and actual words ("analyst", "consensus", "reported") blanked out."""
    gap = ctx.text[s:e]
    for a in ctx.atoms:
        if a.kind in ("est", "actual") and s <= a.start and a.end <= e:
            gap = gap[:a.start - s] + " " * (a.end - a.start) + gap[a.end - s:]
    return gap


def _after_words(seq: list[Any], k: int, ctx: Ctx) -> int:
    """The index past the estimate and actual words at ``k`` that were read with the measure after them."""
    while k < len(seq) and seq[k][0] in ("est", "actual") and id(seq[k][3]) in ctx.used_atoms:
        k += 1
    return k


def _restated_adjective(ctx: Ctx, a: Atom) -> bool:
    """"utilities with net cash, i.e. cash above debt", "profitable, that is net income above zero": a definition
    right after a condition adjective, whose measures are the adjective's own, restates it (both hold the same)."""
    prev = max((x for x in ctx.atoms if x.kind == "adj" and x.end <= a.start and id(x) in ctx.used_atoms),
               key=lambda x: x.end, default=None)
    if prev is None or not re.fullmatch(r"[\s,]*", ctx.text[prev.end:a.start]):
        return False
    end = next((m.start() for m in re.finditer(r"[?.;]", ctx.text) if m.start() >= a.end), len(ctx.text))
    inside = [u for u in leaves(ctx.uses) if a.end <= u.hit.start and u.hit.end <= end]
    metrics = set(re.findall(r"[A-Z_]+(?=\()", str(prev.value)))
    return bool(inside) and all(set(re.findall(r"[A-Z_]+(?=\()", u.hit.sense.template)) <= metrics for u in inside) \
        and all(id(x) in ctx.used_atoms for x in ctx.atoms if a.end <= x.start and x.end <= end and x.kind == "cmp")


# the noun of companies counted ("the 3 stocks", "these two names", "my four comps"), a few words before it allowed; never
# a period or a unit ("3 years", "2 times")
COMPANY_NOUN = (r"(?:\s+(?!(?:years?|quarters?|months?|weeks?|days?|periods?|of|in|for|with|by|than|times|percent|and|"
                r"or)\b)[a-z][\w&-]*){0,3}?\s+(?:names|stocks|companies|firms|businesses|shares|equities|groups|comps|"
                r"peers|tickers|ones|players|producers|members|constituents|issuers|counters)\b")


def _counts_named(ctx: Ctx, a: Atom) -> bool:
    """"the 3 stocks A, B and C", "these 2 names: A and B": a numeral counting the companies named, before the noun of
    companies; it restates them (``pipeline._miscounted`` refuses a count that is not theirs), as the same count in
    words does."""
    return a.kind == "num" and a.value[1] is None and bool(ctx.ents.tickers) and float(a.value[0]).is_integer() \
        and re.search(r"\b(?:the|these|those|my|our|all|all\s+of\s+the)\s+$", ctx.text[:a.start]) is not None \
        and re.match(COMPANY_NOUN, ctx.text[a.end:]) is not None


def _own_times(u: Use) -> list[Any]:
    """The period mentions measure ``u`` was read for (its own and those joined to it)."""
    return [x for x in [u.time, *(u.extra_times or [])] if x is not None]


def _of_a_fiscal_year(ctx: Ctx, a: Atom) -> bool:
    """(round 25) "full-year EPS for fiscal 2023", "the full-year EPS for the latest fiscal year": the adjective before a
    measure whose periods are all fiscal years (or none said: the latest fiscal year) restates them, as "annual" does."""
    u = next((v for v in leaves(ctx.uses) if v.hit.start >= a.end), None)
    if u is None or not re.fullmatch(r"\s*", ctx.text[a.end:u.hit.start]) or not (u.hit.sense.is_fund or u.hit.sense.is_estimate):
        return False
    times = _own_times(u)
    return all(isinstance(t, Mention) and t.value.kind in ("year", "years", "fylabel", "yearsago") and not t.value.calendar
               for t in times)


def _shown_at_two_periods(ctx: Ctx, u: Use) -> bool:
    """Whether the reading gives the measure of ``u`` at two periods or more (a move shown as its two ends)."""
    same = [x for x in leaves(ctx.uses) if x.hit.sense.key == u.hit.sense.key]
    periods = {p for x in same if x.time is not None for p in (x.time.value.fiscal_periods() or [])}
    taken = [m for m in ctx.time.mentions if id(m) in ctx.used_times or any(x.time is m for x in same)]
    return len(same) > 1 or len(periods) > 1 or len(taken) > 1


_CLAUSE_END = re.compile(r"[;?!]|[,.](?!\d)|(?<!\d)[,.]")


def _better_than_a_number(ctx: Ctx) -> None:
    """(r27) The measure "better (worse) than 5%" is said of (round 26's threshold, ``structure._CMP``): the one right
    before it in its clause, else the one right after, judged by ``_judged_threshold``."""
    for a in ctx.atoms:
        if a.kind != "cmp" or not re.fullmatch(r"(?:better|worse) than", ctx.text[a.start:a.end]):
            continue
        # ((round 49, f49t) a number's decimal point or thousands comma is no clause's end: "pay better than 1.5% in
        # dividends" was refused as a number of no measure)
        before = [u for u in ctx.uses if u.hit.end <= a.start and not _CLAUSE_END.search(ctx.text[u.hit.end:a.start])]
        after = [u for u in ctx.uses if u.hit.start >= a.end and not _CLAUSE_END.search(ctx.text[a.end:u.hit.start])]
        u = before[-1] if before else after[0] if after else None
        if u is None:
            raise Refusal("'better' or 'worse' than a number of no measure", [ctx.text[a.start:a.end]])
        _judged_threshold(ctx, u, a)


# (round 41, lead) the unit or form a growth is given in ("in percent", "in percentage terms", "in dollars", "in usd"),
# no measure of its own (r41's check of "rose in P/E" had named "the growth" of "Please provide the growth in percent.")
_GROWTH_UNIT = (r"percent(?:age)?(?:\s+terms)?|per\s+cent|pct|%|(?:basis\s+)?points|bps|absolute\s+terms|real\s+terms|"
                r"nominal\s+terms|" + CURRENCY_WORD + r"|" + CURRENCY_CODES)


# (round 41, r41) a move asked by "how much (far) did <it> <verb>", the verb right before the end of the match
_HOW_MUCH_MOVED = re.compile(r"\bhow\s+(?:much|far)\s+(?:more\s+|less\s+)?(?:did|does|do|has|have|had|will|would)\s+"
                             r"[^,;.?!]{1,40}?\s+$")


def _leftovers(ctx: Ctx) -> None:
    """Structure words no part of the reading used (a number, a stray function word) are not understood."""
    bad = []
    used_funcs = {a.value for a in ctx.atoms if a.kind == "func" and id(a) in ctx.used_atoms}
    for a in ctx.atoms:
        if id(a) in ctx.used_atoms or a.kind == "func" and a.value == "CAGR" and "CAGR" in used_funcs:
            continue  # "compounded ..., annualised": one CAGR said twice
        if a.kind == "define" and _restated_adjective(ctx, a):
            continue
        if _counts_named(ctx, a):
            continue
        if a.kind == "func" and a.value == "GROWTH" and used_funcs & {"GROWTH", "CAGR"} and not (
                a.extra in ("up", "down") and re.match(r"\s+(?:in|on)\s+(?!(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:\d|(?:fy|q[1-4]|"
                                                     r"h[12]|year|quarter|month|last|this|past|first|second)\b))"
                                                     # (lead) the growth's unit is no measure: "the growth in percent"
                                                     r"(?!(?:" + _GROWTH_UNIT + r")(?!\w))", ctx.text[a.end:])):
            # "compound annual ... growth", "grew more than 15% ..., and report the growth rate": said twice ((round 41,
            # r41) never a move said of a measure of its own, "declined in sales but rose in P/E": the P/E's rise no
            # reading took was dropped with its words, a wrong answer)
            continue
        if a.kind == "func" and a.value == "SUM" and "SUM" in used_funcs and len(ctx.ents.tickers) == 1 \
                and re.fullmatch(r"combined|altogether|in all|in total|all together|put together|add(?:ed)? (?:up|together)|"
                                 r"summed(?: up)?", ctx.text[a.start:a.end]):
            continue  # "X's total capex over the last three years combined" ("..., added up", "total ... summed over"):
            # one company's sum said twice (of several companies, "combined" may be their sum: left over, refused)
        if a.kind == "func" and a.value == "SUM" and "SUM" in used_funcs and _sum_said_of_its_periods(ctx, a):
            continue  # (round 49, f49r) "Total capex summed over fiscal 2020 through fiscal 2024 for A and B"
        # (a growth word no measure took, with no growth in the reading: never dropped, which would answer without it)
        if a.kind == "num" or a.kind == "func" and a.value in ("AVG", "SUM", "CAGR") or a.kind == "func" and a.value == "GROWTH" or a.kind in ("adj", "sign", "frac", "cmp_between", "arith", "arith_diff", "diff_between", "shareof", "arith_ratio", "comparative", "per", "pctcue", "pp", "absolute", "ratiocue", "define", "same", "ref"):
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "degree" and a.value == "far" and not any(
                x.kind == "move" or x.kind == "func" and x.value == "GROWTH" for x in ctx.atoms):
            # (round 36, f36b) "how far is X's EPS forecast from what it earned last year": a distance no reading took
            # (none from a high or a low, no move) is never dropped, which answered the two figures side by side
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "rank" and any(re.fullmatch(r"\s*", _blank_estimate_words(ctx, a.end, u.hit.start))
                                      for u in leaves(ctx.uses) if u.hit.start >= a.end):
            # "highest eps estimate for X", "the highest analyst EPS estimate": no ranking of one company's figures
            # (the consensus is one mean; the highest of the analysts' estimates is no FinQL value)
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "rank":
            # an order or superlative no ranking took ("P/E of A, B and C, best to worst"): never dropped, which would
            # answer without the order asked for
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "move" and ctx.text[a.start:a.end] in ("up", "down") and not any(
                u.hit.start <= a.start and a.end <= u.hit.end for u in leaves(ctx.uses)) and (any(
                re.fullmatch(r"\s*,?\s+(?:(?:is|are|was|were|has been|have been)\s+)?", ctx.text[u.hit.end:a.start])
                for u in leaves(ctx.uses) if u.hit.end <= a.start) or any(
                # (round 35, f35b) and said before it: "X up on sales in 2024?", "X down how much on net income": a
                # change of the figure asked (it was dropped, and the figure at the period answered: a wrong answer)
                u.hit.sense.key != "price" and re.fullmatch(r"\s+(?:(?:by\s+)?how\s+much\s+)?on\s+(?:(?:its|their|the)\s+)?",
                                                          ctx.text[a.end:u.hit.start])
                for u in leaves(ctx.uses) if u.hit.start >= a.end)):
            # (round 25: after a comma too, "X's sales, up on the previous year?": a change asked, never the figure)
            # "nwsy ni down fy24": a move said of a figure that no reading took (a yes or no, or a change not asked as
            # a figure): never dropped, which answered the figure alone ("drawing up", "from the largest down" stay)
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "move" and (a.value in ("up", "down") or a.value is None and _NO_WAY_MOVED.fullmatch(
                ctx.text[a.start:a.end])) and ctx.text[a.start:a.end] not in ("up", "down") \
                and (hm := _HOW_MUCH_MOVED.search(ctx.text, 0, a.start)) is not None \
                and not any(hm.start() <= u.hit.start and u.hit.end <= a.start for u in leaves(ctx.uses)) \
                and not any(u.hit.sense.key == "return" and re.fullmatch(
                    r"\s*,?\s*(?:(?:like|i\.?e\.?|that\s+is|meaning|namely)\s*,?\s*)?(?:the|its|their)?\s*",
                    ctx.text[a.end:u.hit.start]) for u in leaves(ctx.uses) if u.hit.start >= a.end):
            # ((round 45, f45t) "how much did its stock move, like the return, over ...": the move said again as the
            # return, read)
            # (round 41, r41) "What were X's sales in 2023, and how much did it gain?": a move asked in a clause of its
            # own that no reading took (the stock's, over which days?) is never dropped, which answered the sales alone
            # (a measure said as its subject, "how much did X's cash go up", is that measure's move, read elsewhere)
            # (round 45, f45t: so a move of no direction, "how much did its stock move over the last 10 trading days,
            # and what was its lowest close": it was dropped, the low alone answered)
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "move" and ctx.text[a.start:a.end] in ("up", "down") and _ASKED_UP.search(ctx.text[:a.start]) \
                and re.match(r"\s*(?:(?:today|now|right\s+now|currently)\s*)?(?:[?.!;,]|$|or\b)", ctx.text[a.end:]):
            # (round 38, f38m) "Is X up? Show the net income", "are the banks down?": a yes/no question of the move
            # beside a figure asked (the move was dropped, the figure answered alone: a wrong answer); named
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "move" and ctx.text[a.start:a.end] in ("up", "down") and (b := next((
                b for b in reversed(ctx.atoms) if b.end <= a.start and (b.kind == "move" or b.kind == "func" and b.value
                                                                        == "GROWTH")
                and ctx.text[b.start:b.end] not in ("do", "did", "does", "done", "doing")), None)) is not None \
                and re.fullmatch(r"[^.;?!]*?\b(?:and|but|or|yet|while|whereas)\s+(?:(?:were|was|are|is|then|later|still)\s+)?",
                                 ctx.text[b.end:a.start]) \
                and not re.fullmatch(r"\s*(?:or|and|/)\s*", ctx.text[b.end:a.start]):  # ("go up or down": either way)
            # (round 39) a second move joined to one read, that no reading took: "which tech names were up in 2023 and
            # down, and have a P/E below 10" (f38b named it only where the move was the only measure; beside another
            # it was dropped, the first move's screen answered: a wrong answer)
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "move" and a.value is None and _MEASURE_MOVED.fullmatch(ctx.text[a.start:a.end]) and any(
                _moves_of_its_own(u.hit.sense) and re.fullmatch(r"[^.;?!]{0,40}", ctx.text[u.hit.end:a.start])
                and not (_shown_at_two_periods(ctx, u) if u.hit.sense.is_fund else sum(
                    x.hit.sense.key == u.hit.sense.key for x in leaves(ctx.uses)) > 1)
                for u in leaves(ctx.uses) if u.hit.end <= a.start):
            # round 25: "by how much did X's revenue move in 2024", "how did its net income perform": a move said of a
            # figure no reading took (a change was asked; it was dropped, and the figure answered); "how has its net
            # income moved - show me last quarter and a year earlier" shows the move as the figure at both ends
            # ((round 46, r46) and of a market figure that is no price: "how much did X's P/E (volume, market cap,
            # dividend yield) move over the last 10 trading days, and what was its lowest close?" answered today's P/E,
            # the move dropped and its span given to the low: ``_moves_of_its_own``; shown at two periods only where
            # the figure itself is given twice, not where another measure took a second period)
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "first" and not ctx.ents.tickers:
            # "market cap of the two Payments companies": a count no ranking took is the set's own size restated, or
            # it is not understood (it was dropped, and every company of the set answered)
            try:
                said = number(ctx.text[a.start:a.end].removeprefix("the ").strip())
            except (KeyError, ValueError):
                said = None
            if said is None or said != len(universe_companies(ctx.universe or "ALL")):
                bad.append(ctx.text[a.start:a.end])
        elif a.kind == "wholeyear" and not _of_a_fiscal_year(ctx, a):
            bad.append(ctx.text[a.start:a.end])  # "full-year EPS for Q3 2024": a quarter's figure is no full year's
        elif a.kind == "simple" and ("CAGR" in used_funcs or "GROWTH" not in used_funcs):
            bad.append(ctx.text[a.start:a.end])  # "not annualised" beside a compound rate, or with no growth read
        elif a.kind == "move" and (ctx.text[a.start:a.end] in ("up", "down") or a.value in ("up", "down")) \
                and _MOVED_WHEN.match(ctx.text[a.end:]):
            # "banks up in 2024 with a P/E below 8": a move over a period no reading took (it was dropped, the
            # screen answered without it)
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "move" and (into := _MOVED_INTO_STATE.match(ctx.text[a.end:])):
            # (round 37, f37g) "which companies returned to profit in fiscal 2024", "banks that moved into profit last
            # year": a change of state (a loss before, a profit after) no reading took (the move was dropped and every
            # company listed with its net income: a wrong answer); refused, naming it
            bad.append(ctx.text[a.start:a.end] + into.group(0))
        elif a.kind == "logic" and a.value in ("neither", "nor", "not") or a.kind == "logic" and _CONCESSION.fullmatch(a.value):
            # a "neither" no set or condition took: never read as "or"; a "not" that negates no condition
            # ("whose sales did not grow"): never dropped, which would answer the opposite question
            bad.append(ctx.text[a.start:a.end])
        elif a.kind == "cmp" and (ctx.text[a.start:a.end] not in ("over", "beyond")
                                  or re.match(r"\s*[-$€£¥]?\d", ctx.text[a.end:]) and not _over_a_ranked_period(ctx, a)):
            bad.append(ctx.text[a.start:a.end])  # "larger than Northwind Systems": a comparison FinQL cannot place
    def taken(x: Mention) -> bool:
        return id(x) in ctx.used_times or any(u.time is x for u in leaves(ctx.uses))

    for m in ctx.time.mentions:
        if id(m) not in ctx.used_times and not any(u.time is m for u in leaves(ctx.uses)) and _restates(ctx, m):
            continue
        if not taken(m) and any(x.start >= m.end and taken(x) and re.search(r"\b(?:that|same)\b|^(?:for|over|in|during)\s+"
                                                                           r"the\s+(?:month|quarter)$", ctx.text[x.start:x.end])
                                and replace(x.value, text="") == replace(m.value, text="") for x in ctx.time.mentions):
            continue  # "between July and September 2024: the highest close over that stretch": read through "that"
        if not taken(m) and re.search(r"'s\s+(?:figures?|numbers?|values?|amounts?)$", ctx.text[m.start:m.end]) and any(
                x.end <= m.start and taken(x) and replace(x.value, text="") == replace(m.value, text="")
                for x in ctx.time.mentions):
            continue  # "... in the latest quarter? One row each with the quarter's figure": the figure shown already
        if id(m) not in ctx.used_times and not any(u.time is m for u in leaves(ctx.uses)):
            if m.value.kind == "now" and not any(u.hit.sense.is_fund for u in ctx.uses) and not any(
                    taken(x) and x.value.kind in ("date", "drel") and x.value.point() not in (None, "D0")
                    for x in ctx.time.mentions) and not (
                    _LISTED_BEFORE.search(ctx.text[:m.start]) and any(taken(x) and x.end <= m.start for x in ctx.time.mentions)) \
                    and not (re.search(r"(?:'s?|\u2019s?)\s+$", ctx.text[:m.start])
                             and any(taken(x) and x.value.kind != "now" for x in ctx.time.mentions)):
                # ((round 41, f41w) "X's price at the end of 2023 vs Y's latest": the now said of a company (its
                # possessive), another period read: Y's latest figure asked, which no reading took (it answered the
                # 2023 figure alone): named below)
                # ((round 38, lead) "now" listed after a period a reading took ("X's return in 2023 and now?", "in
                # 2023 vs today"): a second period the return cannot take (it answered 2023 alone): named below)
                # (round 33, f33b) beside a price read at another day ("the price on 1 July 2024 and what the level
                # is now"), "now" asks for a second figure: never dropped (the other day's figure alone answered)
                continue
            if m.value.kind == "ambiguous":
                raise Refusal(_ambiguous(m), [ctx.text[m.start:m.end]])
            bad.append(ctx.text[m.start:m.end])
    bad += _annual_of_a_quarter(ctx)
    bad += _moved_on_unread(ctx)
    if bad:
        raise Refusal("words the reading does not use", bad)


# (round 38, lead) a period listed after another: "... in 2023 and now", "2023 vs. today" (a comma alone is no list:
# "..., as at the latest close" restates the day)
# ((round 39, f39n) with its article too: "X's return in 2023 vs the latest", "compared with the current")
_LISTED_BEFORE = re.compile(r"(?:\band|\bvs\.?|\bversus|\bor|\bcompared\s+(?:with|to)|\bagainst)\s+(?:(?:how|what)\s+about\s+|then\s+)?"
                            r"(?:the\s+)?$")


def _moved_on_unread(ctx: Ctx) -> list[str]:
    """(round 26) "X's share price, up or down on 2023?", "its net margin, up on 2022?", "revenue, down on 2024?": a
    period set against the figure by "on" after a move is where the change starts, to the latest figure; only a growth
    of a fiscal year's figure from an earlier year reads it so (``_growth_against``). Anywhere else it was read as the
    figure's own period (the change over the year before it, a wrong answer): not understood, naming it."""
    out = []
    for m in ctx.time.mentions:
        # (round 27: "versus", "compared with", "against" right after the move too: "X's share price, up or down versus
        # 2023?" added the return over 2023 beside the two prices; "X's market cap, up or down versus 2023" was its
        # change over 2023, "up or down versus the end of 2023" the return over 2023: wrong answers)
        said = re.search(r"\b(?:on|vs\.?|versus|against|compared\s+(?:with|to))\s+(?:(?:the\s+)?fiscal(?:\s+year)?\s+)?$",
                         ctx.text[:m.start])
        # (a change noun before "versus" is a growth's, "implied growth vs FY24A", read by the growth rules)
        # (and only where it is the question's one period: "net margin in FY2023 fell compared with FY2022" sets two
        # periods of the measure against each other, read by the comparison rules)
        moved = _MOVED_ON if said is None or said.group(0).startswith("on") else \
            _MOVED_VERSUS if len(ctx.time.mentions) == 1 else None
        if said and moved is not None and moved.search(ctx.text[:said.start()]) and id(m) not in ctx.set_against \
                and re.search(r"\d", ctx.text[m.start:m.end]):  # ("up on the previous year": the year before the latest)
            out.append(ctx.text[said.start():m.end])
    return out


# (round 25, lead) the quarter periods a year's adjective cannot be said of ("annual EPS for Q3 2024")
# (round 26: and the other parts of a year, a half and a run of quarters: "annual EPS for H1 2024", "yearly revenue for
# the first three quarters of fiscal 2024", "annual revenue over the last two quarters" were the half's sum, the quarters)
_QUARTER_KINDS = frozenset({"quarter", "quarters", "fqrel", "qended", "qtd", "half", "quarter_range"})


def _annual_of_a_quarter(ctx: Ctx) -> list[str]:
    """(round 25, lead) "Northwind Systems' annual EPS for Q3 2024": a year's adjective said right before a measure
    read for quarters only (it was dropped with the general word "annual", and the quarter's figure answered as the
    year's: a wrong answer); the adjective is not understood. Beside a year, the last twelve months or no period it
    stays what it says."""
    out = []
    for u in leaves(ctx.uses):
        times = _own_times(u)
        said = re.search(r"\b(?:annual|yearly)\s+$", ctx.text[:u.hit.start])
        if said and times and all(isinstance(x, Mention) and (x.value.kind in _QUARTER_KINDS or x.value.kind == "span"
                                                              and x.value.unit == "quarters") for x in times):
            out.append(said.group(0).strip())
    return out

