"""The deterministic steps of the decomposed chain as plain functions over one ``Analysis``.

The agent (``finql.translate.agents``) runs each as its own traced, configurable step; tests and
tools can call them directly. Order: entities -> time -> senses by name -> structure words ->
the leftover words (misspelt names, then meaning) -> composition -> the reading or a refusal.
"""

from __future__ import annotations

import copy
import difflib
import functools
from dataclasses import dataclass, field, replace
from typing import Any

from finql.language import ast
from finql.language.registry import LATEST_FY, METRICS
from finql.translate import entities as ent
from finql.translate import framing, layout, leftovers, restate, senses, structure, timeres
from finql.translate import rx as re
from finql.translate import text as text_module
from finql.translate import units_said as units_said_module
from finql.translate.compose import (
    ASKS_WHY,
    BACK_TO_GROWTH,
    BOTH_UNITS,
    COMPANY_NOUN,
    EXTREME_VERBS,
    INCOMES,
    PER_YEAR,
    VALUATIONS,
    WHICH_HAS,
    WHICH_PERIOD,
    Reading,
    Refusal,
    companies_left_out,
    compose,
)
from finql.translate.named_again import named_again
from finql.translate.parens_said import parens_said
from finql.translate.text import (
    FAMILY_NAMED,
    FILLER,
    Claims,
    chunks,
    courtesy,
    leftover,
    normalize,
    words,
)
from finql.translate.units_said import _args as _tree_args
from finql.translate.units_said import _compares as _tree_compares
from finql.translate.units_said import _nodes as _tree_nodes
from finql.translate.units_said import _tree, units_said
from finql.translate.units_said import _walk as _tree_walk


@dataclass
class Candidate:
    """A close call for the model: which words, and the readings to choose among."""

    step: str  # disambiguate | resolve_senses | judge_leftovers
    words: str
    start: int
    end: int
    options: list[str]  # tickers, or sense keys, or READ_WITHOUT / REFUSE (judge_leftovers)
    rules_pick: str | None = None  # what rules alone would take (None: refuse)
    leftovers: list[str] = field(default_factory=list)  # (judge_leftovers) the words left over, each as refused
    reading: str | None = None  # (judge_leftovers) the query the rules compose without those words


@dataclass
class Analysis:
    question: str
    text: str = ""
    claims: Claims | None = None
    ents: ent.Entities | None = None
    time: timeres.TimeFound | None = None
    hits: list[senses.Hit] = field(default_factory=list)
    atoms: list[structure.Atom] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    reading: Reading | None = None
    refusal: str | None = None
    message: str | None = None
    corrections: list[tuple[str, str]] = field(default_factory=list)  # misspelt words read as (``spelling``)
    original: str = ""  # the normalised question in its own case (names are linked on it)
    notes: list[str] = field(default_factory=list)  # said of the reading ("a difference between companies: ...")
    context: list[str] = field(default_factory=list)  # sentences read as the asker's context, not the query
    framed: list[tuple[int, int]] = field(default_factory=list)  # framing clauses (``framing``), blank to compose
    # (round 35) words no step found a meaning for (``resolve_leftovers``): the only ones ``judge_leftovers`` may judge
    left_over: list[str] = field(default_factory=list)

    def refuse(self, message: str, words: list[str] | None = None, kind: str = "unsupported") -> None:
        self.refusal = kind if kind in ("unsupported", "not_permitted") else "unsupported"
        shown = _outermost([_asked(self.question, self.text, w) for w in (words or []) if w])
        # words quoted in the message itself ("'bigger' of a measure where ...") are the asker's too
        message = re.sub(r"(?<!\w)'([^']+)'(?!\w)", lambda m: repr(_asked(self.question, self.text, m.group(1))), message)
        self.message = message + (f" — not understood: {', '.join(repr(w) for w in shown)}" if shown else "")


def _asked(question: str, text: str, word: str) -> str:
    """The asker's words for ``word``, a span of the normalised ``text`` ("in percent" of "%", "last year" of "last
    yr", "prev quarter" of "prev qtr"): the refusal names what was written, not what the chain wrote it as. A word
    the question holds as it is, or one not found in ``text``, is shown as it is."""
    low = question.lower()
    at = re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", low) if word.strip() else None
    found = re.search(re.escape(word.lower()), text) if at is None else None
    if found is None:
        return word
    s, e = found.span()
    js = je = None
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, text, low, autojunk=False).get_opcodes():
        if js is None and i1 <= s < i2:
            js = j1 + (s - i1) if tag == "equal" else j1
        if i1 < e <= i2:
            je = j1 + (e - i1) if tag == "equal" else j2
    if js is None or je is None:
        return word
    if js >= je:
        # a word the normaliser wrote in ("growth" before "y/y", "combined" before "Q3+Q4"): the asker never wrote
        # it, so the refusal names the asker's word it was written for, the one it stands before (after, at the end)
        after = re.match(r"\s*(\S+)", question[js:])
        before = re.search(r"(\S+)\s*$", question[:js])
        got = (after.group(1) if after else before.group(1) if before else "").strip(" ,;:?!.()")
        return got or word
    # whole words of the question: a rewritten span aligns letter by letter ("not" of "excluding any" met its "n"
    # and showed 'ng any'), so the span is widened to the words it touches
    while js > 0 and question[js - 1].isalnum() and question[js].isalnum():
        js -= 1
    while je < len(question) and question[je].isalnum() and question[je - 1].isalnum():
        je += 1
    return question[js:je].strip(" ,;:") or word


def _outermost(words: list[str]) -> list[str]:
    """Each word or phrase once, and none that a longer one shown beside it contains ('split' inside 'split by
    geography'), in their order."""
    unique = list(dict.fromkeys(words))
    return [w for w in unique
            if not any(o != w and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", o) for o in unique)]


def start(question: str, spell: bool = True) -> Analysis:
    text = normalize(question)
    corrections: list[tuple[str, str]] = []
    if spell:  # a word no vocabulary knows, which the chain refuses, read as the one word it is a slip of
        from finql.translate import spelling

        text, corrections = spelling.correct(text, read_rules)
    return _analysis(question, text, corrections)


def _analysis(question: str, text: str, corrections: list[tuple[str, str]] | None = None) -> Analysis:
    a = Analysis(question=question, text=text.lower(), corrections=corrections or [], original=text)
    a.claims = Claims(a.text)
    return a


def read_rules(text: str) -> tuple[str | None, list[str]]:
    """The deterministic chain alone (no meaning matcher, close calls refused) on a normalised text: the query it
    composes, or None and the words it did not understand."""
    a = _rules(_analysis(text, text), None, 0.91, 0.02, judged=False)
    if a.reading is not None:
        return a.reading.query(), []
    shown = (a.message or "").partition("not understood:")[2]
    return None, list(a.unresolved) + re.findall(r"'([^']*)'", shown)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_LINK = r"(?:,?\s*(?:even\s+though|although|though|since|as|because|given\s+that|while|whereas|and)\s+)?"
# a month written out or short ("dec", "sept"), its number the one of the full name it starts
_MON_SHORT = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
              r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# what the asker says of the named companies' fiscal year: "X reports on a calendar year", "even though its fiscal
# year ends in September", "whose fiscal year is the calendar year" (the month the year ends in)
_FISCAL_YEAR_SAID = (
    (re.compile(_LINK + r"\b(?:(?:it|they|which|that|who)\s+)?(?:reports?|reporting|reported|accounts?)\s+on\s+(?:a\s+)?"
                r"calendar[- ]year(?:\s+basis)?\b"), 12),
    (re.compile(_LINK + r"\b(?:its|their|whose|the\s+company's)\s+fiscal\s+years?\s+(?:is|are|matches|match|follows|follow)\s+"
                r"the\s+calendar\s+year\b"), 12),
    # ("its year ends in March", "Goldcrest Mining's fiscal year ends in March": after the company's possessive)
    (re.compile(_LINK + r"(?:\b(?:its|their|whose|the\s+company's)|(?<='s)|(?<=s'))\s+(?:fiscal\s+|financial\s+)?years?\s+"
                r"(?:ends?|ending|ended|closes?|runs?\s+to)\s+(?:in\s+)?(?P<mon>" + "|".join(_MONTHS) + r")\b"), 0),
    # the trade's shorthand: "(they're june YE)", "both dec YE", "fy ends march", "a sept year-end"
    (re.compile(_LINK + r"\b(?:(?:they're|they\s+are|it's|it\s+is|both|all|each)\s+)?(?:an?\s+)?" + _MON_SHORT +
                r"\s+(?:ye|y/e|fye|year[- ]ends?|year[- ]enders?)\b"), 0),
    # (round 28: never before a year, "for the fiscal year ended June 30, 2024": that is the period asked, FY2024, which
    # ``timeres`` reads; claimed here, it left "30, 2024" behind, refused)
    (re.compile(_LINK + r"\b(?:its\s+|their\s+|the\s+)?(?:fy|fiscal\s+year)\s+(?:ends?|ending|ended)\s+(?:in\s+)?" + _MON_SHORT
                + r"\b(?!\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:'\d{2}|\d{4})\b)"), 0),
    # "Apex Materials' fiscal year runs October to September": the year ends in the month it runs to
    (re.compile(_LINK + r"(?:\b(?:its|their|whose|the\s+company's)|(?<='s)|(?<=s'))\s+(?:fiscal\s+|financial\s+)?years?\s+"
                r"(?:runs?|goes|go|is|are)\s+(?:from\s+)?(?P<start>" + "|".join(_MONTHS) + r")\s+(?:to|through|until|-)\s+"
                r"(?P<mon>" + "|".join(_MONTHS) + r")\b"), 0),
    # "X closes its books in September", "which close their books at the end of June": the year's last month
    (re.compile(_LINK + r"\b(?:(?:it|they|which|that|who)\s+)?(?:closes?|closed|closing)\s+(?:its|their|the)\s+(?:books|"
                r"(?:fiscal|financial)\s+year)\s+(?:in|at\s+the\s+end\s+of)\s+(?P<mon>" + "|".join(_MONTHS) + r")\b"), 0),
)


# (round 27, f27s) "A client who holds X and Y wants their returns", "My client who owns X wants its P/E": the client
# and the companies held, named as the rows, asked of by a pronoun
_CLIENT_HOLDS = re.compile(rf"(?:^|(?<=[.!?;:]\s))\W*(?:a|my|our|one\s+of\s+(?:my|our))\s+clients?\s+(?:who|that)\s+"
                           rf"(?:holds?|owns?)\s+(?P<held>[^.;:?!]*?)\s+(?P<want>{text_module.WANTS})\s+"
                           r"(?:to\s+(?:know|see|compare)\s+)?(?=(?:their|its|both|them)\b)")


def _client_holds(a: Analysis) -> None:
    """The client and the verb of its wish are context where only the companies it holds stand between them (each a
    row of the question; a company held that is no row, "... wants the P/E of Y", is never this: refused)."""
    assert a.claims is not None
    for m in _CLIENT_HOLDS.finditer(a.text):
        rest = a.text[m.start("held"):m.end("held")]
        for cs, ce in a.claims.by("company"):
            if m.start("held") <= cs and ce <= m.end("held"):
                rest = rest[:cs - m.start("held")] + " " * (ce - cs) + rest[ce - m.start("held"):]
        if re.fullmatch(r"[\s,]*(?:(?:and|&)[\s,]*)?", re.sub(r"\b(?:and|&)\b", " ", rest)) is None or \
                not a.claims.free(m.start(), m.start("held")) or not a.claims.free(m.start("want"), m.end()):
            continue
        a.claims.claim(m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\n\"'(-")), m.start("held"), "filler")
        a.claims.claim(m.start("want"), m.end(), "filler")


def _fiscal_year_said(a: Analysis) -> None:
    """The asker's word on the named companies' fiscal year is read where the master agrees with it (it says nothing
    the query needs); where it does not, it is refused, naming it, never answered on the master's other year."""
    from finql.language.registry import by_ticker

    assert a.claims is not None and a.ents is not None
    if not a.ents.tickers:
        return
    months = {by_ticker()[t].fiscal_year_end_month for t in a.ents.tickers}
    for rx, month in _FISCAL_YEAR_SAID:
        for m in rx.finditer(a.text):
            if not a.claims.free(m.start(), m.end()):
                continue
            said = month or next(i for i, x in enumerate(_MONTHS, 1) if x.startswith(m.group("mon")[:3]))
            # (a year said to run from a month that does not follow its last one, "October to June", is no year)
            start = m.groupdict().get("start")
            if months == {said} and (start is None or _MONTHS.index(start) == said % 12):
                a.claims.claim(m.start(), m.end(), "filler")
            else:
                a.unresolved.append(m.group(0).strip(" ,"))
                a.claims.claim(m.start(), m.end(), "unresolved")


def link_entities(a: Analysis) -> None:
    assert a.claims is not None
    original = a.original or a.question
    a.ents = ent.Entities()
    stated = ent.reporting_statements(a.text, a.claims)  # "FHB reports in GBP - ...", "X, which reports in yen"
    if stated:
        from finql.language.registry import by_ticker

        trial, named = Claims(a.text), ent.Entities()
        trial.spans = list(a.claims.spans)
        ent.link_companies(original, a.text, trial, named)
        for s, e, value in stated:
            if named.tickers and all(by_ticker()[t].currency == value for t in named.tickers):
                a.claims.claim(s, e, "context")
    _currency_checked(a, original)  # "Does X report in CAD?": the CURRENCY field answers it
    ent.link_currency_sets(a.text, a.claims, a.ents)  # "companies reporting in yen": a set, before "in yen" converts
    ent.link_currency(a.text, a.claims, a.ents)
    for word in a.ents.taken_back:
        a.notes.append(f"taken back: '{word}', read as {a.ents.currency}")
    courtesy(a.text, a.claims, currency=a.ents.currency is not None)  # "I would be grateful if ...", "thank you"
    ent.link_companies(original, a.text, a.claims, a.ents)
    _companies_taken_back(a)  # "apex no wait granite water"
    _only_some_named(a, original)  # "A and B. What is the P/E? B only."
    _a_later_figure_of_some(a, original)  # "A and B sales in 2023. Also the P/E for B."
    _topic_of_another(a, original)  # "Regarding X, what was Y's revenue?"
    for _cs, ce in a.claims.by("company"):  # "other than Indigo itself": the company named, said again
        itself = re.match(r"\s+(?:itself|themselves)\b", a.text[ce:])
        if itself and a.claims.free(ce, ce + itself.end()):
            a.claims.claim(ce, ce + itself.end(), "company")
    a.ents.tickers.sort(key=lambda t: a.ents.ticker_pos.get(t, 0))  # type: ignore[union-attr]
    _fiscal_year_said(a)
    _client_holds(a)  # "A client who holds X and Y wants their ..."
    if a.ents.ambiguous:
        # words of periods and of structure are no hint either: read them on a copy of the claims
        trial = Claims(a.text)
        trial.spans = list(a.claims.spans)
        timeres.resolve(a.text, trial)
        structure.find_adjectives(a.text, trial)
        structure.find(a.text, trial)
    for _family, _options, s, e in a.ents.ambiguous:
        if not any(trial.free(ws, we) for _w, ws, we in a.ents.hints.get(s, [])):
            continue  # "Apex, Helix and Cobalt": nothing to choose by; compose refuses, naming the family
        fits = a.ents.fits.get(s, [])
        if not fits:
            continue  # "the widgets business of Fairhaven": a word that fits none of the members' names, industries
            # or sectors is no hint to guess by; compose refuses, naming the word
        # "Delta's financial advisory arm": the model chooses among the members the known words fit, by the others
        a.candidates.append(Candidate("disambiguate", a.text[s:e], s, e, list(fits)))


def _currency_checked(a: Analysis, original: str) -> None:
    """(round 49, f49w) A yes/no check of the currency the companies named report in ("Does X report in Canadian
    dollars?", "X reports in CAD, right?", ``entities.currency_checks``): its words are the CURRENCY field's, which
    answers it whether it holds or not (it was refused as a yes/no question, or read as a conversion into the
    currency). The span before the words must name a company (a trial linking) and nothing else."""
    assert a.claims is not None and a.ents is not None
    for (ws, we), own in ent.currency_checks(a.text):
        trial, named = Claims(a.text), ent.Entities()
        trial.spans = list(a.claims.spans)
        ent.link_companies(original, a.text, trial, named)
        if not named.tickers or not all(ws <= p < we for p in named.ticker_pos.values()) \
                or re.search(r"\w", _blank_claimed(a.text, trial, ws, we)):
            continue
        for s, e in own:
            for w in re.finditer(r"\S+", a.text[s:e]):
                if a.claims.free(s + w.start(), s + w.end()):
                    a.claims.claim(s + w.start(), s + w.end(), "field")
        for f in (a.ents.fields, a.ents.checks):
            if "CURRENCY" not in f:
                f.append("CURRENCY")


def _blank_claimed(text: str, claims: Claims, s: int, e: int) -> str:
    """The text from ``s`` to ``e`` with every claimed span and every joining word blanked."""
    out = list(text[s:e])
    for cs, ce, _who in claims.spans:
        for i in range(max(cs, s), min(ce, e)):
            out[i - s] = " "
    return re.sub(r"\b(?:and|or|both|all|also|really|still|actually|'s|s)\b|[,']", " ", "".join(out))


# (round 27, f27c) "Given that estimates are as of the end of 2024, ...", "Estimates as of 2024-12-31: ...": a clause
# that says when the data (the consensus) was taken, not a period of the question; its year was read as one (the
# growth from fiscal 2025 to 2026 ran from FY2024's actual: a wrong answer). The estimates' own date (SPEC section 1:
# as of 2024-12-31) is context, read as such; any other date asks for a consensus FinQL does not hold (refused)
_WHEN_TAKEN = re.compile(
    r"(?:^|(?<=[,;:.!?])\s*|\b(?P<cue>given|assuming|note|noting|bearing in mind|remember(?:ing)?|keeping in mind)\s+"
    r"(?:that\s+)?)"
    r"(?P<clause>(?:(?:the|all|your|our)\s+)?(?:consensus\s+)?(?:estimates?|forecasts?|consensus|street numbers|the data|"
    # (round 29) the prices' own date said so ("Given that prices are as of the end of 2024, what is X's P/E?": a
    # price column was added beside the P/E, a wrong answer); D0 is 2024-12-31 (SPEC section 1), as the consensus
    r"(?P<prices>(?:(?:share|stock|closing|market)\s+)?prices|quotes|market\s+data))"
    r"\s+(?:(?:are|is|were|was|being)\s+)?(?:(?:taken|dated|current|pulled|snapshotted)\s+)?as\s+of\s+(?P<when>(?:[^,;:.!?]|,(?=\s*\d{4})){2,40}?))"
    r"(?=\s*(?:,(?!\s*\d{4})|[;:.!?]|\s-\s|$))")
_ESTIMATES_DATE = re.compile(r"(?:the\s+)?(?:(?:end|close)\s+of\s+(?:(?:calendar\s+)?(?:year\s+)?|december\s+)?2024|"
                             r"end[-\s]2024|(?:year-?end|ye)\s+2024|2024\s+year-?end|2024-12-31|12/31/2024|"
                             r"dec(?:ember)?\.?\s+31(?:st)?,?\s+2024|31(?:st)?\s+dec(?:ember)?\.?,?\s+2024)")


def _when_taken(a: Analysis) -> None:
    """The clause that says when the estimates were taken (``_WHEN_TAKEN``): their own date is context, claimed with
    nothing read from it; another date is left not understood (refused, naming it)."""
    assert a.claims is not None
    for m in _WHEN_TAKEN.finditer(a.text):
        s, e = m.span("clause")
        if not a.claims.free(s, e):
            continue
        if m.group("prices") and not m.group("cue") \
                and not re.match(r"\s*[,;:.]\s*(?:what|which|how|show|give|list|rank|tell|compute|calculate)\b", a.text[e:]):
            continue  # (round 29) "NWSY. Prices as of the end of 2024?": the prices asked, no context said
        a.claims.claim(m.start(), e, "context")
        if _ESTIMATES_DATE.fullmatch(m.group("when").strip()):
            a.context.append(m.group("clause"))
        else:
            a.unresolved.append(m.group("clause"))


def resolve_time(a: Analysis) -> None:
    assert a.claims is not None and a.ents is not None
    _when_taken(a)
    a.time = timeres.resolve(a.text, a.claims)
    for m in a.time.mentions:  # "... compare with Q3 2024 itself": the period named, said again
        itself = re.match(r"\s+itself\b", a.text[m.end:])
        if itself and a.claims.free(m.end, m.end + itself.end()):
            a.claims.claim(m.end, m.end + itself.end(), "time")
    ent.link_sets(a.text, a.claims, a.ents, a.original or None)
    _peers(a)  # "beverage comps", "X and its peers"
    ent.link_same_as(a.text, a.claims, a.ents)
    if a.ents.tickers:
        ent.link_fields(a.text, a.claims, a.ents)
    else:
        for m in re.finditer(r"\bnames?\b", a.text):
            if a.claims.free(m.start(), m.end()):
                a.claims.claim(m.start(), m.end(), "field")
        # "the sector and ...", "with their names and sectors", "with their countries", "show name and industry"
        m = re.search(r"\b(?:the\s+)?(sector|industry|country|currency)(?:,|\s+and)\b|\b(?:(?:their|its)\s+|(?<!\bby\s)"
                      r"(?<!\bper\s)(?=names?\b))(?:names?\s*(?:,|and|&)\s*(?:the\s+|their\s+|its\s+)?)?(?:home\s+(?=countr))?(?:sectors?|"
                      r"industr(?:y|ies)|countr(?:y|ies)|currenc(?:y|ies))\b", a.text)
        if m:
            ent.link_fields(a.text, a.claims, a.ents)


_SCREEN_NOUNS = re.compile(r"\b(?:sector|sectors|industry|industries|index|indices|indexes|idx|country|countries|"
                           r"space|universe|market|markets|names|listed|based|domiciled|"
                           # (a seat's other verbs before its place: "headquartered in", "located outside", ``SEATED``)
                           rf"(?:{text_module.SEATED})(?=\s+(?:in|outside)\b)|"
                           r"producers|manufacturers|makers|operators|players|groups)\b")
_COME_FROM = re.compile(r"\b(?:companies|firms|names|stocks|ones|members|constituents|which|that|who)\s+"
                        r"(?:(?:in|on|of)\s+(?:the|our|your|this)\s+(?:list|universe|data|database)\s+)?"
                        r"(?P<verb>come|comes|came|hail|hails|hailed)\s+from\s+(?:the\s+)?$")


_COVERED = re.compile(r"\b(?:covered|followed|tracked)\s+by\b(?:\s+[^.?,;]{0,30}?)?\s+(analysts)\b")


# "what share of its earnings did X pay out": the payout ratio, said as a fraction of earnings paid out
_PAYOUT = re.compile(r"\b(?:share|portion|proportion|percentage|percent|fraction|part|%)\s+of\s+(?:its\s+|their\s+|the\s+)?"
                     r"(?P<per>(?:fy\s?\d{2,4}|fiscal(?:\s+year)?\s+\d{4}|\d{4}|last year's|last fiscal year's)\s+)?"
                     r"(?:net\s+)?(?:earnings(?:\s+per\s+share)?|profits?|net income|eps)\b(?P<gap>(?:\s+[\w'&.-]+){0,8}?)\s+"
                     r"(?P<verb>pa(?:y|ys|id|ying)\s+out|distribut(?:e|es|ed|ing)|hand(?:s|ed)? out|return(?:s|ed)? to shareholders)"
                     r"(?:\s+to\s+(?:its\s+|their\s+)?(?:shareholders|investors|owners))?(?:\s+(?:as|in)\s+(?:a\s+)?dividends?)?\b")
# "which names paid out more than 35% of last year's earnings per share as dividends": the payout ratio compared with
# the number, said by the verb (the comparison is the structure step's; the fraction's words are the ratio's)
_PAYOUT_COMPARED = re.compile(r"\b(?P<verb>pa(?:y|ys|id|ying)\s+out|distribut(?:e|es|ed|ing))\s+(?:(?:more|less)\s+than|over|under|"
                              r"above|below|at\s+least|at\s+most)\s+\d[\d.]*\s*(?:%|percent|per\s+cent)(?P<of>\s+of\s+"
                              r"(?:its\s+|their\s+|the\s+)?)(?P<per>(?:fy\s?\d{2,4}|fiscal(?:\s+year)?\s+\d{4}|\d{4}|last year's|"
                              r"last fiscal year's)\s+)?(?P<what>(?:net\s+)?(?:earnings(?:\s+per\s+share)?|profits?|net income|eps)"
                              r"(?:\s+(?:as|in)\s+(?:a\s+)?dividends?)?)\b")
# "how much did X make / bring in / lose": with no measure named, the verb names one (money made or lost is
# net income; money brought in is revenue); "generate", "have" and the like name none and stay unexplained
_VERB_MEASURE = re.compile(r"\b(?:how much(?:\s+(?:more|less))?|what)(?P<money>\s+money)?\s+(?:(?:did|does|do|has|have|had|will|is|was|could)\s+|"
                           r"(?=[^?.,;]{1,60}?\s+(?:made|earned|netted|lost|cleared|brought|took|raked|pulled|own|owe)\b))[^?.,;]{1,60}?\s+"
                           r"(?P<verb>(?P<net>make|made|makes|making|earn|earned|earns|earning|net|netted|nets|lose|lost|loses|"
                           r"losing|clear|cleared)|(?P<sales>(?:bring|brought|brings|bringing|take|took|takes|taken|rake|raked|rakes|pull|"
                           r"pulled|pulls)(?=\s+in\b)|sell|sold|sells|selling)|(?P<assets>own|owns|owned)(?!\w|\s+(?:to|in|on|for|of|shares?|stakes?|stock|\d))|"
                           r"(?P<debt>owe|owes|owed)(?!\w|\s+(?:to|in|on|for|of|shares?|stakes?|stock|\d)))\b")  # "in" may belong to a period ("bring in in fiscal 2023")
# (round 38, f38b) "how much does X owe", "biggest banks by what they own": what a company owns is its assets, what it
# owes its debt (as "owed more than three times the cash", "how much debt does X owe" read); "what does X own" asks what,
# not how much, and "own shares", "owe to suppliers" name something else (left unread)


# (round 31) the measure said right after its verb: "sell, in total sales", "make, in net income terms"
# (round 33) the same measure named after the question, as the asker's gloss of the verb: "how much money did X
# actually make last year? like net income", "what did X earn in 2024 - i.e. net income" (one measure, the verb's own)
_MEASURE_AFTERTHOUGHT = re.compile(r"[^?.;:!()]{0,40}?(?:\s*[?.;:!]+|\s+-+|\s*,)\s*\(?\s*(?:like|i\.?e\.?|i\s+mean|meaning|"
                                   r"as\s+in|so)\s*,?\s+(?:(?:its|their|the|total)\s+)*")
_IN_MEASURE = re.compile(r"\s*,?\s*(?:in|as|in\s+terms\s+of|measured\s+(?:in|by))\s+(?:(?:its|their|total|the)\s+)*")


# (round 35, f35s) "earned more than 8,000 million (dollars)", "earned over $5bn of net income" (``_verb_senses``)
_EARNED_AMOUNT = re.compile(r"\b(?P<verb>earn|earns|earned|earning)\s+(?:(?:more|less|over|under|above|below|at\s+least|at\s+most)"
                            r"(?:\s+than)?|in\s+excess\s+of)\s+(?:[$€£¥]\s*)?\d[\d,.]*\s*(?:(?:million|billion|bn|mn|m)\b\s*)"
                            r"(?:(?:" + text_module.CURRENCY_WORD + "|" + text_module.CURRENCY_CODES + r")\b)?"
                            r"(?P<of>\s*(?:of|in)\s+(?:(?:its|their|the)\s+)?)?")
_PER_SHARE_AFTER = re.compile(r"\s*(?:per|a|each)\s+share\b")
# "how much did X stock lose", "did X shares gain or lose": the verb's subject is the stock (its price moved)
# (round 31) the perfect too: "how much X's shares have gained or lost in 2023" read the company's net income, a wrong
# answer (the auxiliary between the subject and its verbs)
_STOCK_SUBJECT = re.compile(r"\b(?:stocks?|shares|share prices?|stock prices?)\s+(?:(?:have|has|had)\s+)?"
                            r"(?:(?:gain\w*|rise|rose|risen|climb\w*|go up|gone up|went up|"
                            r"fall|fell|fallen|drop\w*)\s+or\s+)?$")


def _verb_senses(a: Analysis) -> None:
    """A measure said by a verb ("how much did X make", "what did X bring in") when no measure is named."""
    assert a.claims is not None
    for m in _PAYOUT.finditer(a.text):
        per = (m.start("per"), m.end("per")) if m.group("per") else (m.start("gap"), m.start("gap"))
        if a.claims.free(m.start(), per[0]) and a.claims.free(per[1], m.start("gap")) \
                and a.claims.free(m.start("verb"), m.end()):
            a.hits = [h for h in a.hits if h.end <= m.start() or h.start >= m.end() or m.start("gap") <= h.start < m.end("gap")]
            a.claims.claim(m.start(), per[0], "sense")
            a.claims.claim(per[1], m.start("gap"), "sense")
            a.claims.claim(m.start("verb"), m.end(), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["payout"], m.start(), per[0], "verb"))
    for m in _PAYOUT_COMPARED.finditer(a.text):
        if a.claims.free(m.start("verb"), m.end("verb")) and a.claims.free(*m.span("of")) \
                and a.claims.free(*m.span("what")) \
                and not any(m.start() <= h.start < m.start("what") or h.end > m.end("what") > h.start for h in a.hits):
            a.hits = [h for h in a.hits if not m.start("what") <= h.start < m.end("what")]
            a.claims.claim(m.start("verb"), m.end("verb"), "sense")
            a.claims.claim(*m.span("of"), "sense")
            a.claims.claim(*m.span("what"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["payout"], m.start("verb"), m.end("verb"), "verb"))
            a.hits.sort(key=lambda h: h.start)
    # "which retailers make the most money", "companies that lost the most money": money made is net income
    for m in re.finditer(r"\b(?:make|makes|made|making|earn|earns|earned|earning|(?P<lose>lose|loses|lost|losing))\s+"
                         r"(?:the\s+)?(?:most|least|more|less|biggest|largest|highest|lowest|fewest)\s+(?P<what>money|profits?)\b",
                         a.text):
        if a.claims.free(m.start(), m.end()) and not any(h.start < m.end() and m.start() < h.end for h in a.hits):
            if m.group("lose"):  # the most lost is the lowest net income: a ranking the words turn round, not guessed
                a.unresolved.append(a.text[m.start():m.end()])
                a.claims.claim(m.start(), m.end(), "filler")
                continue
            a.hits.append(senses.Hit(senses.BY_KEY["net_inc"], m.start("what"), m.end("what"), "verb"))
            a.claims.claim(m.start("what"), m.end("what"), "sense")
            verb = re.match(r"\w+", a.text[m.start():])
            a.claims.claim(m.start(), m.start() + len(verb.group(0)) if verb else m.start(), "filler")
    # "which made more, A or B?", "who earned less last year": the verb with a bare comparative and nothing made
    # named after it is money made, as "how much did X make" is (the comparative is left to the structure step)
    for m in re.finditer(r"\b(?:which|who)\b(?:\s+one)?(?:\s+of\s+[^?.;:]{1,80}?)?\s+(?P<verb>made|earned|makes|earns|netted)\s+(?:more|less)\b"
                         r"(?=\s*(?:[,?:;]|$|than\b|in\b|last\b|during\b|over\b|between\b|for\b))", a.text):
        if a.claims.free(m.start("verb"), m.end("verb")) and not a.hits:
            a.claims.claim(m.start("verb"), m.end("verb"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["net_inc"], m.start("verb"), m.end("verb"), "verb"))
    # "consensus EPS 10% above what they earned in 2024": the figure compared with, said by the verb (earnings; per
    # share where the other side is, ``compose._conditions``)
    for m in re.finditer(r"\b(?:than|above|below|over|under|beyond|exceeds?|exceeding|to|with|versus|from|vs\.?)\s+what\s+"
                         r"(?:they|it|the company|the companies|each|these|(?:[\w'&.-]+\s+){1,4}?)\s*(?:had\s+|have\s+|has\s+)?"
                         r"(?:actually\s+|really\s+)?"
                         r"(?P<verb>earned|made|netted|earn|make)\b", a.text):
        if a.claims.free(m.start("verb"), m.end("verb")):
            a.claims.claim(m.start("verb"), m.end("verb"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["net_inc"], m.start("verb"), m.end("verb"), "verb-compared"))
            a.hits.sort(key=lambda h: h.start)
    # (round 35, f35s) "which airlines earned more than 8,000 million the year before": money earned, compared with an
    # amount of money, is net income (as "how much did X earn" is); with the measure named after the amount ("earned
    # more than 4600 million dollars of net income") the verb is a light one, as "made" is; per share ("earned more than
    # 5 dollars a share") or in percent ("earned over 10% on equity") it is left to the rules of those
    for m in _EARNED_AMOUNT.finditer(a.text):
        if not a.claims.free(m.start("verb"), m.end("verb")):
            continue
        if m.group("of"):
            # (round 36, r36: only an income, a flow earned; "earned more than 500 million dollars in cash" read the
            # cash balance above it, "... in dividends" the dividend per share above 500,000,000: wrong answers)
            if any(h.start == m.end() and h.sense.key in INCOMES and not h.sense.per_share for h in a.hits):
                a.claims.claim(m.start("verb"), m.end("verb"), "filler")
        elif not _PER_SHARE_AFTER.match(a.text, m.end()):
            a.claims.claim(m.start("verb"), m.end("verb"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["net_inc"], m.start("verb"), m.end("verb"), "verb"))
            a.hits.sort(key=lambda h: h.start)
    if a.hits:
        # (round 31) "how much did X sell, in total sales, in fiscal 2024": the verb with the measure it says named
        # right after it ("in", "as", "in terms of"), the only measure the question names (a light verb; "how much did
        # X sell, in net income", "how much more did X sell than Y" stay)
        m = _VERB_MEASURE.search(a.text)
        if m and m.group("money") and a.claims.free(m.start("money"), m.end("money")) and any(
                h.sense.per_share and h.start <= m.start("verb") < h.end for h in a.hits):
            # (round 39) "how much money does X make (earn) per share": the verb is the name of the amount per share
            # (EPS, f38a's "make per share"), the money its restatement (it was named as a word not understood, and
            # read the net income over the shares before round 38)
            a.claims.claim(m.start("money"), m.end("money"), "filler")
        if m and not m.group(0).startswith("what") and a.claims.free(m.start("verb"), m.end("verb")) \
                and not _STOCK_SUBJECT.search(a.text[m.start():m.start("verb")]) \
                and all(h.sense.key == ("net_inc" if m.group("net") else "sales") for h in a.hits) \
                and ((said := _IN_MEASURE.match(a.text, m.end("verb"))) is not None and said.end() == a.hits[0].start
                     or (said := _MEASURE_AFTERTHOUGHT.match(a.text, m.end("verb"))) is not None
                     and said.end() == a.hits[0].start and len(a.hits) == 1):
            a.claims.claim(m.start("verb"), m.end("verb"), "filler")
            if m.group("money") and a.claims.free(m.start("money"), m.end("money")):
                a.claims.claim(m.start("money"), m.end("money"), "filler")
        _verb_measure_of_its_clause(a)
        return
    # "what did X pay out per share": the dividend per share, said by the verb
    m = re.search(r"\b(?P<verb>pa(?:y|ys|id|ying)(?:\s+out)?)\s+(?:in dividends\s+)?(?P<ps>per share|a share)\b", a.text)
    if m and a.claims.free(m.start(), m.end()):
        a.claims.claim(m.start(), m.end(), "sense")
        a.hits.append(senses.Hit(senses.BY_KEY["dps"], m.start(), m.end(), "verb"))
        return
    m = _VERB_MEASURE.search(a.text)
    if m and m.group(0).startswith("what") and (re.fullmatch(r"sell\w*|sold", m.group("verb"))
                                                and not _SOLD_IN_MONEY.match(a.text, m.end("verb")) or (
            m.group("assets") or m.group("debt")) and not re.search(r"\bby\s+$", a.text[:m.start()])):
        m = None  # "what did X sell (own)" asks what it sells, not how much ("by what they own" is a ranking's measure)
    if m and (m.group("assets") or m.group("debt")) and re.match(r"how\s+much\s+of\b", m.group(0)):
        m = None  # (round 39) "how much of Falcon Software does Apex Materials own": a stake, a part, never the assets
    if m and _STOCK_SUBJECT.search(a.text[m.start():m.start("verb")]):
        m = None  # "how much did X stock lose", "X shares gain or lose": the stock's move, never the company's earnings
    if m and a.claims.free(m.start("verb"), m.end("verb")):
        key = "net_inc" if m.group("net") else "assets" if m.group("assets") else "debt" if m.group("debt") else "sales"
        a.claims.claim(m.start("verb"), m.end("verb"), "sense")
        if m.group("money"):
            a.claims.claim(m.start("money"), m.end("money"), "filler")
        a.hits.append(senses.Hit(senses.BY_KEY[key], m.start("verb"), m.end("verb"), "verb"))


# (round 49, f49t) "what did X sell last year in dollars", "what did X sell in fiscal 2024, in euros": what it sold
# counted in money is the amount (its sales), never what it sells ("what did X sell last year" stays unread)
_SOLD_IN_MONEY = re.compile(r"[^?.;!]{0,40}?\bin\s+(?:(?:us|u\.s\.|american|canadian|swiss|japanese)\s+)?(?:"
                            + ent.CURRENCY_WORDS + r"|money\s+terms|dollar\s+terms|value\s+terms|money)\b")


# (round 41, r41) the plural subject of a verb of money made, and the headcount asked before it ("how many people does
# X employ, and what do they earn": the people's pay, or the company's income?)
_THEY_EMPLOYED = re.compile(r"\b(?:did|do|does|have|had|will|would|could)\s+(?:they|these|those)\b")
_HEADCOUNT_SAID = re.compile(r"\b(?:how\s+many|number\s+of)\s+(?:people|staff|workers|employees)\b|\b(?:headcounts?|workforces?|staff\s+numbers?)\b")
# (round 41, f41n) a period right after a stock's loss ("lose in 2024", "lost over the last year", "lose so far this year")
_PERIOD_AFTER_VERB = re.compile(r"\s+(?:(?:in|over|during|since|so\s+far|from|between|through|for)\b|(?:this|last|the\s+past)\s)")


def _verb_measure_of_its_clause(a: Analysis) -> None:
    """(round 40, f40c) "How many people does X employ, and what did it earn last year?", "Which insurers have more
    than 140,000 employees, and how much did each of them earn in fiscal 2024?": the money made asked in a clause of
    its own (``_CLAUSE_END``) that names no measure is the net income, as "how much did X earn" alone is (the verb's
    measure was read only where the question named none, so a second measure beside it left the verb not
    understood). Only "how much / what ... earn (make, net)": the question word opens the clause, nothing in the
    clause is read as a measure, and the verb is not the stock's ("how much did its shares gain")."""
    assert a.claims is not None
    ends = [0] + [m.end() for m in _CLAUSE_END.finditer(a.text)] + [len(a.text)]
    for m in _VERB_MEASURE.finditer(a.text):
        if not m.group("net") or re.match(r"cl", m.group("verb")) or not a.claims.free(m.start("verb"), m.end("verb")):
            continue  # ("cleared": not read here; an income only)
        cs = max(x for x in ends if x <= m.start())
        ce = min(x for x in ends if x > m.start("verb"))
        if cs > m.start() or max(x for x in ends if x <= m.start("verb")) != cs or a.text[cs:m.start()].strip(" ,") \
                or any(cs <= h.start < ce for h in a.hits) \
                or _PER_SHARE_AFTER.match(a.text, m.end("verb")) or re.match(r"\s+(?:per|a|each)\s+(?:share|employee|head)\b",
                                                                              a.text[m.end("verb"):]) \
                or not re.match(r"lo", m.group("verb")) and any(h.sense.per_share for h in a.hits) and not re.match(
                    r"ma", m.group("verb")):
            # (lead, round 40: beside a per-share measure, "what did it earn" may be the earnings per share: round
            # 27's "What dividend did X pay in 2022, and what did it earn last year?" stays refused, naming "earn")
            continue
        if any(h.sense.per_share for h in a.hits) and re.match(r"ma", m.group("verb")):
            # (round 41, r41) so "what did it make" there (the verb, a light one elsewhere, was dropped: "What was X's
            # EPS in 2023, and what did it make?" answered the EPS alone, a wrong answer): named
            a.unresolved.append(a.text[m.start():m.end("verb")])
            continue
        if not re.match(r"lo", m.group("verb")) and _STOCK_SUBJECT.search(a.text[m.start():m.start("verb")]):
            # (round 41, r41) "What were X's sales in 2023, and what did its stock make?": the stock's move (over which
            # days?), never the company's earnings; it was dropped, the sales alone answered (a wrong answer): named
            a.unresolved.append(a.text[m.start():m.end("verb")])
            continue
        if _THEY_EMPLOYED.search(a.text[m.start():m.start("verb")]) and _HEADCOUNT_SAID.search(a.text, 0, cs):
            # (round 41, r41) "How many people does X employ, and how much do they earn?": "they" after the people
            # counted may be the staff (their pay, which FinQL does not carry) or the company; it was read as the
            # company's net income (a wrong answer where the pay is asked): named
            a.unresolved.append(a.text[m.start():m.end("verb")])
            continue
        if re.match(r"lo", m.group("verb")) and _STOCK_SUBJECT.search(a.text[m.start():m.start("verb")]) \
                and _PERIOD_AFTER_VERB.match(a.text, m.end("verb")) and a.time is not None and any(
                    m.end("verb") < t.start < ce and t.value.span("return") for t in a.time.mentions):
            # (round 41, f41n) "..., and how much did its stock lose in 2024?": the stock's loss over a period said, its
            # return (``compose._stock_moved_how_much``), as "how much did its stock fall in 2024" reads
            continue
        if re.match(r"lo", m.group("verb")):
            # (round 41, f41w) "What were X's sales in 2023 and how much did it lose?": a loss asked in a clause of its
            # own beside another measure: the net loss, or the other measure's fall (the verb is a decline word too)?
            # Not said: named (the clause was dropped, the sales alone answered: a wrong answer); so "how much did its
            # shares lose" there (the stock's move over which days?)
            a.unresolved.append(a.text[m.start():m.end("verb")])
            continue
        a.claims.claim(m.start("verb"), m.end("verb"), "sense")
        if m.group("money") and a.claims.free(m.start("money"), m.end("money")):
            a.claims.claim(m.start("money"), m.end("money"), "filler")
        a.hits.append(senses.Hit(senses.BY_KEY["net_inc"], m.start("verb"), m.end("verb"), "verb"))
        a.hits.sort(key=lambda h: h.start)


# "earn the highest return on equity", "ran an operating margin above 12%", "how much net income did X earn", "what
# net margin did X earn": a verb of making money with the measure named as its object is a light verb (the measure says
# what was made); without a measure named next to it the verb stays the measure's own word (``_verb_senses``) or is left
_LIGHT_VERB = r"(?:earn|earns|earned|earning|run|runs|ran|running)"
_LIGHT_OBJECT = re.compile(rf"\b(?P<verb>{_LIGHT_VERB})\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:highest|lowest|best|worst|higher|lower|"
                           r"biggest|largest|smallest|strongest|weakest|most|least)\s+)?$")
_LIGHT_ASKED = re.compile(rf"^\s+(?:did|does|do|will|would)\s+[^?.,;:]{{1,60}}?\s+(?P<verb>{_LIGHT_VERB})\b")


def _light_verbs(a: Analysis) -> None:
    assert a.claims is not None
    for h in a.hits:
        if h.how == "verb" or h.sense.key in ("price", "volume", "return", "high", "low"):
            continue
        m = _LIGHT_OBJECT.search(a.text[max(0, h.start - 40):h.start])
        if m:
            span = (max(0, h.start - 40) + m.start("verb"), max(0, h.start - 40) + m.end("verb"))
        else:
            m = _LIGHT_ASKED.match(a.text[h.end:]) \
                if re.search(r"\b(?:how\s+much|what)\s+(?:(?:the|its|their)\s+)?$", a.text[:h.start]) else None
            span = (h.end + m.start("verb"), h.end + m.end("verb")) if m else None
        if span and a.claims.free(*span):
            a.claims.claim(*span, "filler")


# (round 40, f40c) a verb that names a measure by itself ("how much did X earn": the net income; "how many people does
# X employ": the headcount; "what dividend did X declare"), said in a clause that names that measure already, only says
# it again: "Total net income X earned across FY2020 through FY2024", "what did X earn in net income", "which banks
# employ more than 150,000 people", "How many people did A, B and C employ", "the dividend per share X declared". The
# measure is the clause's object or subject, so the verb is a light one there (as "generated", "paid" are, ``FILLER``);
# it was named as a word not understood. The family of measures each verb restates is closed: money earned is an
# income (never the cash, the debt, a price), people employed the headcount, a dividend declared the dividend per share.
_OWN_VERBS = (
    (re.compile(r"\b(?:earn|earns|earned|earning|netted|nets)\b"), frozenset({"net_inc", "oper_inc", "gross_inc", "eps",
                                                                              "fcf", "sales"})),
    (re.compile(r"\b(?:employ|employs|employed|employing)\b"), frozenset({"employees"})),
    (re.compile(r"\b(?:declare|declares|declared|declaring)\b"), frozenset({"dps"})),
)
# where a clause ends: a sentence's mark, a semicolon, a dash, or a comma or "and" before a new question word ("...,
# and what did it earn": the verb's clause is the second one)
_CLAUSE_END = re.compile(r"[.;?!:]|\s-+\s|,?\s+(?:and|but)\s+(?=(?:what|how|which|who|when|where|is|are|did|does|do)\b)|"
                         r",\s+(?=(?:what|how|which|who)\b)")


def _verb_of_its_measure(a: Analysis) -> None:
    """(round 40, f40c) A measure's own verb (``_OWN_VERBS``) beside that measure named in its clause: filler."""
    assert a.claims is not None
    ends = [0] + [m.end() for m in _CLAUSE_END.finditer(a.text)] + [len(a.text)]
    for rx, family in _OWN_VERBS:
        for m in rx.finditer(a.text):
            if not a.claims.free(m.start(), m.end()) or re.match(r"\s+(?:a|an|any|no)\b", a.text[m.end():]):
                continue  # (lead) "which companies declared a dividend", "earned a profit": whether, not how much
            cs = max(x for x in ends if x <= m.start())
            ce = min(x for x in ends if x > m.start())
            if any(cs <= h.start and h.end <= ce and h.sense.key in family and h.how != "verb" for h in a.hits):
                a.claims.claim(m.start(), m.end(), "filler")


# (round 40, f40c) a measure's state or course asked by a verb that says no change: "Where does X's equity stand as of
# its latest quarter?", "how does X's P/E stand today", "where do the banks stand on P/E" (its value), "How has X's net
# income developed (evolved, progressed, trended) over each of the last three fiscal years?" (its value at each period
# said). The verb was named as a word not understood. Never of the stock's price or return (its course is a return,
# "how has X's share price developed": left), nor where two ends of a range are said ("developed from 2020 to 2024"
# may ask the change: left refused), nor "sit" of a move ("sit furthest below their high").
_STAND = re.compile(r"\b(?:where|how)\s+(?:does|do|did|would|will)\b(?P<subj>[^?.;:!()]{1,80}?)\s+"
                    r"(?P<verb>stand|stands|stood|sit|sits)\b(?P<on>\s+on\b)?(?!\s+(?:out|up|down|apart|below|above|"
                    r"furthest|farthest|closest|nearest)\b)")
_COURSE = re.compile(r"\bhow\s+(?:has|have|had|did|does|do)\b(?P<subj>[^?.;:!()]{1,80}?)\s+"
                     r"(?P<verb>develop|developed|develops|evolve|evolved|evolves|progress|progressed|progresses)\b")
_RANGE_SAID = re.compile(r"\b(?:from\b[^?.;:!]{1,40}?\b(?:to|through|thru|until|till)\b|between\b[^?.;:!]{1,40}?\band\b|"
                         # (round 41, r41) "over 2020 to 2024", "in FY2020-FY2024": two ends said without "from"
                         r"(?:fy\s?|fiscal\s+)?(?:19|20)\d\d\s*(?:to|through|thru|until|till|-|\u2013)\s*(?:fy\s?|fiscal\s+)?(?:19|20)?\d\d\b)")
# (round 41, r41) a state or course said against another time ("where do the banks stand on P/E against their 2020
# levels", "where does X's debt stand compared with last year"): two values compared, never the one read (the other
# time was read as the only period: 2020's P/E alone, a wrong answer); left refused, naming the verb
_AGAINST_ANOTHER_TIME = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|than|from)\b[^.;?!]*?"
                                   r"\b(?:(?:19|20)\d\d|fy\s?\d\d|last|previous|prior|ago|earlier|before|levels?|history|"
                                   r"historical|year|quarter|month|week)\b")
_COURSE_NOT = frozenset({"price", "return", "high", "low", "volume"})


def _course_of_a_measure(a: Analysis) -> None:
    """(round 40, f40c) The verb of a measure's state or course (``_STAND``, ``_COURSE``) said of a measure: filler."""
    assert a.claims is not None and a.time is not None
    if (a.time.estimate_cue or any(t.value.kind == "est" for t in a.time.mentions)) and not re.search(
            r"\b(?:estimates?|consensus|forecasts?|expect\w*|analysts?'?|projections?|guidance)\b", a.text):
        # (round 41, r41) "where do X's sales stand this year", "how have X's sales developed this year": the year not
        # yet reported, read as the consensus estimate (FE_SALES(FY1)); a forecast has no state or course so far (the
        # estimate was answered as the year's sales to date, a wrong answer): the verb left named (the estimate said
        # as one, "where does the consensus for X's EPS stand for 2025", is its value)
        return
    for m in _STAND.finditer(a.text):
        if not a.claims.free(m.start("verb"), m.end("verb")) \
                or _AGAINST_ANOTHER_TIME.search(re.match(r"[^.;?!]*", a.text[m.end():]).group(0)):
            continue
        said = [h for h in a.hits if m.start("subj") <= h.start < m.end("subj")
                or m.group("on") and m.end() <= h.start and re.fullmatch(r"[\s\w'-]{0,30}", a.text[m.end():h.start])]
        if said and not any(h.sense.key in _COURSE_NOT for h in said):
            a.claims.claim(m.start("verb"), m.end("verb"), "filler")
    for m in _COURSE.finditer(a.text):
        if not a.claims.free(m.start("verb"), m.end("verb")) or _RANGE_SAID.search(a.text) \
                or _AGAINST_ANOTHER_TIME.search(re.match(r"[^.;?!]*", a.text[m.end():]).group(0)) \
                or not a.time.mentions:
            # (round 41, r41) a course with no period said ("how has X's net income developed?") is no one value:
            # the latest year alone was read (a wrong answer); named, as before round 40
            continue
        said = [h for h in a.hits if m.start("subj") <= h.start < m.end("subj")]
        if said and not any(h.sense.key in _COURSE_NOT for h in said):
            a.claims.claim(m.start("verb"), m.end("verb"), "filler")


# (round 44, f44p) where a stock sits against its high or low, said with the bound: "which stocks now sit more than 30%
# above their lowest close of 2024", "stand at least 20% below their 52-week high", "closing today within 5% of their
# highest close of the last 250 trading days": the verb says the stock's position (its close), as "trade" does there
# (``compose._beyond_extreme`` / ``_within_extreme`` read the distance); the verb was named. Never without the bound
# ("sit furthest below their high", round 40), nor a past close ("closed within 5% of": on which day?).
_SITS_BY_EXTREME = re.compile(
    r"\b(?P<verb>sit|sits|sitting|stand|stands|standing|(?:close|closing)(?=\s+(?:today|now)\b))"
    r"(?=(?:\s+(?:today|now|currently))?\s+(?:(?:more|less|no\s+more|no\s+less)\s+than|at\s+(?:least|most)|over|under)"
    r"\s+[\d.]+\s*(?:%|percent\b|per\s+cent\b)\s*(?:above|below|under|over|off|beneath)\s|"
    r"(?:\s+(?:today|now|currently))?\s+within\s+[\d.]+\s*(?:%|percent\b|per\s+cent\b)\s*of\s)"
    r"(?=[^.;:?!]{0,60}?\b(?:highs?|lows?|highest|lowest)\b)")


def _sits_by_extreme(a: Analysis) -> None:
    """(round 44, f44p) The verb of a stock's position said before its distance from a high or low (``_SITS_BY_EXTREME``)
    where the high or low is read: filler."""
    assert a.claims is not None
    for m in _SITS_BY_EXTREME.finditer(a.text):
        if a.claims.free(m.start("verb"), m.end("verb")) and any(
                h.sense.key in ("high", "low") and h.start > m.end() for h in a.hits):
            a.claims.claim(m.start("verb"), m.end("verb"), "filler")


# (round 40, f40c) a balance said as the state a period ended with: "Which utilities ended FY24 with net cash?",
# "finished fiscal 2023 with more cash than debt", "closed 2023 with debt below 10 billion": the balance at the period's
# end, as "at the end of FY24" says (the verb was named, or "closed" read as the share's close beside it: a price
# column). Only a balance (``_STOCKS``, or "net cash / net debt") named after
# "with" in the same clause, and a period said there ("ended that year with net cash" stays refused: dropping "that
# year" read the balance at the latest year, not the year said before it).
_ENDED_WITH = re.compile(r"\b(?P<verb>ended|ends|finished|finishes|closed|closes)\s+(?P<per>"
                         r"(?:(?:the\s+|its\s+|their\s+)?(?:fiscal\s+|calendar\s+)?(?:year\s+)?|fy\s?)\d{2,4}|"
                         r"(?:the|its|their)\s+(?:last\s+|latest\s+|previous\s+)?(?:fiscal\s+)?(?:year|quarter)|"
                         # (round 41, f41p) "ended that year with": the year said before (``timeres``)
                         r"(?:that|the\s+same)\s+(?:fiscal\s+)?year)\s+with\b"
                         r"(?P<what>[^.;:?!()]{1,60})")


def _ended_with(a: Analysis) -> None:
    """(round 40, f40c) The verb of a period's end before the balance it ended with (``_ENDED_WITH``): filler."""
    assert a.claims is not None and a.time is not None
    for m in _ENDED_WITH.finditer(a.text):
        if not any(m.start("what") <= h.start < m.end("what") and h.sense.key in _STOCKS for h in a.hits) \
                and not re.match(r"\s+(?:a\s+)?net\s+(?:cash|debt)\b", m.group("what")):
            continue  # ("net cash" is read by the structure step, later: named here by its words)
        if not any(m.start("what") <= h.start < m.end("what") and h.sense.key in _STOCKS for h in a.hits) \
                and any(m.start("what") <= h.start < m.end("what") for h in a.hits):
            # (round 41, r41) "ended 2023 with net cash and a P/E below 15": the net cash, read later by the structure
            # step, did not take the period (it was FY2024's net cash beside 2023's P/E, a wrong answer): named (never
            # left over, where the agent's judge may drop the verb and answer the same)
            a.unresolved.append(a.text[m.start():m.end("what")].strip())
            continue
        at_verb = [h for h in a.hits if h.start == m.start("verb") and h.sense.key == "price"]
        if not (a.claims.free(m.start("verb"), m.end("verb")) or at_verb):
            continue
        a.hits = [h for h in a.hits if h not in at_verb]
        a.claims.spans = [sp for sp in a.claims.spans if not (sp[0] == m.start("verb") and sp[2] == "sense")]
        a.claims.claim(m.start("verb"), m.end("verb"), "filler")


# (round 31) "X net margin: net income over sales for fiscal 2024", "X's P/E: today's price over FY2024 EPS", "X
# price-to-sales on trailing numbers: current market cap over LTM sales": a colon right after a measure, with arithmetic
# of measures after it in the same clause, defines that measure (as "i.e." does: ``compose._definitions`` reads it once
# where the definition restates it, and refuses it otherwise); the measure and the quotient were both listed, two
# different figures for the one asked (a wrong answer). The basis said before the colon ("on trailing numbers") is the
# definition's where the definition says it (LTM).
_COLON_DEFINES = re.compile(r"(?P<basis>\s+on\s+(?:a\s+)?(?:trailing|ltm|ttm)\s+(?:numbers|figures|basis))?\s*(?P<colon>:)"
                            r"(?=\s+[^.;:?!()]*?\b(?:over|divided\s+by|minus|less|plus|times|relative\s+to)\s)")


def _colon_defines(a: Analysis) -> list[structure.Atom]:
    """The colons that define the measure before them (``_COLON_DEFINES``), as "define" atoms (before the structure
    step, which would read the basis's "on")."""
    assert a.claims is not None
    out = []
    for m in _COLON_DEFINES.finditer(a.text):
        if not any(h.end == m.start() for h in a.hits) or not a.claims.free(*m.span("colon")):
            continue
        if m.group("basis"):
            clause = re.match(r"[^.;?!()]*", a.text[m.end():])
            if not (clause and re.search(r"\b(?:ltm|ttm|trailing|last\s+twelve\s+months)\b", clause.group(0))) \
                    or not a.claims.free(*m.span("basis")):
                continue
        a.claims.claim(m.start(), m.end(), "structure")
        out.append(structure.Atom("define", m.start() if m.group("basis") else m.start("colon"), m.end(), "="))
    return out


def _index_level(a: Analysis) -> None:
    """"The level of the NX100 index", "TECHX index level": the index's own figure, which FinQL does not carry ("level"
    is otherwise a generic noun, "debt levels"): not understood, never the list of its members."""
    assert a.claims is not None
    for st in a.ents.sets if a.ents else []:
        if st.kind != "INDEX":
            continue
        before = re.search(r"\blevels?\s+of\s+(?:the\s+)?$", a.text[:st.start])
        after = re.match(r"(?:\s+index)?(?:'s)?\s+levels?\b", a.text[st.end:])
        # (round 36) "the return of the TECHX index", "the NX100 index's own performance": the index's own return,
        # which FinQL does not carry either (it was the members' returns listed: a wrong answer); "index" must be said
        # ("the return of TECHX companies" is the members')
        own = re.search(r"\b(?:(?:total\s+)?returns?|performance)\s+of\s+(?:the\s+)?$", a.text[:st.start])
        own_after = re.match(r"\s+index(?:'s)?\s+(?:own\s+)?(?:(?:total\s+)?returns?|performance)\b", a.text[st.end:])
        if before and not re.match(r"\s+(?:index\s+)?(?:companies|constituents|members|stocks|names|firms)\b",
                                   a.text[st.end:]):
            a.unresolved.append(a.text[before.start():st.end])
        elif after:
            a.unresolved.append(a.text[st.start:st.end + after.end()])
        elif own and re.match(r"\s+index\b(?!'s\s+(?:companies|constituents|members|stocks|names|firms))"
                              r"(?!\s+(?:companies|constituents|members|stocks|names|firms|shares)\b)", a.text[st.end:]):
            a.unresolved.append(a.text[own.start():st.end] + " index")
        elif own_after:
            a.unresolved.append(a.text[st.start:st.end + own_after.end()])


# "rose more than 30% compared with the index", "its return versus the market": a figure set against a benchmark's
# own (the index's, the market's, the sector's return), which FinQL does not carry (an average over the members stays)
_AGAINST_BENCHMARK = re.compile(
    r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|relative\s+to|against|than)\s+"
    r"(?:(?:that|those)\s+of\s+)?(?:the\s+|its\s+|their\s+)?(?:broader\s+|broad\s+|overall\s+|wider\s+|whole\s+)?"
    r"(?:[A-Z][A-Z0-9]+\s+)?(?:index|indices|market|benchmark|sector)(?:'s)?"
    r"(?!\s+(?:average|mean|median|members?|constituents?|companies|stocks|names)\b)\b")


def _against_benchmark(a: Analysis) -> None:
    """A comparison with an unnamed benchmark's figure: not understood, never dropped (the plain figure alone)."""
    assert a.claims is not None
    for m in _AGAINST_BENCHMARK.finditer(a.text):
        a.unresolved.append(m.group(0))
        a.claims.claim(m.start(), m.end(), "unresolved")


def _out_of_scope_terms(a: Analysis) -> None:
    """A measure FinQL lacks whose name holds a FinQL name ("cost of sales", "segment revenue", "bond yield"):
    not understood as a whole, before the name inside it could be read as the FinQL measure."""
    assert a.claims is not None
    _index_level(a)
    _against_benchmark(a)
    names: list[senses.Hit] | None = None  # FinQL's names in the question, found once when an anchor occurs
    for anchor in (*senses.OUT_OF_SCOPE, "close to", "closer to"):  # "trading close to its high": near, no price
        if " " not in anchor:
            continue
        for m in re.finditer(r"(?<![\w/])" + re.escape(anchor) + r"s?(?![\w/])", a.text):
            if names is None:
                names = senses.find(a.text, lambda s, e: True)
            if any(h.start <= m.start() and m.end() <= h.end and h.end - h.start > m.end() - m.start()
                   for h in names):
                continue  # "cash flow" inside "free cash flow": the longer name is FinQL's
            if anchor.startswith("close") and any(h.start < m.start() < h.end for h in names):
                continue  # "from its 2024 peak close to today's price": the close is the name's noun, not "near"
            if anchor == "close to" and re.search(r"\b(?:latest|last|current|today's|final|most\s+recent)\s+$", a.text[:m.start()]):
                continue  # "the ratio of its latest close to its close 60 trading days earlier": the noun, not "near"
            if anchor.startswith("current ") and a.time is not None and senses.find(m.group(0), lambda s, e: True):
                # "current liabilities", "current assets": the balance-sheet part, never "now" and the whole item (the
                # time step took "current" first: the total liabilities now, a wrong answer)
                w = m.start() + len("current")
                taken = [c for c in a.claims.spans if c[0] < m.end() and m.start() < c[1]]
                if taken and all(c[2] == "time" and m.start() <= c[0] and c[1] <= w for c in taken):
                    a.claims.spans = [c for c in a.claims.spans if c not in taken]
                    a.time.mentions = [t for t in a.time.mentions if not (m.start() <= t.start and t.end <= w)]
            if a.claims.free(m.start(), m.end()) and senses.find(m.group(0), lambda s, e: True):
                a.unresolved.append(m.group(0))
                a.claims.claim(m.start(), m.end(), "unresolved")


# "earn more per share in 2025 than in 2024", "make less per share": earnings per share said by the verb, the
# comparative between the verb and "per share" left to the structure words
_EARN_PER_SHARE = re.compile(r"\b(?P<verb>earn|earns|earned|earning|make|makes|made|making|generate|generates|generated)"
                             r"\s+(?P<cmp>more|less|higher|lower|(?:(?:more|less|higher|lower)\s+than|at\s+least|at\s+most|"
                             r"over|under|above|below)\s+[$€£¥]?\d[\d.,]*\s*(?:dollars?|euros?|pounds?|yen|francs?)?)"
                             r"\s+(?P<ps>per share|a share)\b")


# "X's operating loss", "what was the net loss of X": the figure (a loss is the income, negative), said of named
# companies only; "companies with an operating loss" stays the condition (``structure._ADJ``)
_LOSS_NOUN = re.compile(r"(?:'s|(?<=s)'|\bits|\btheir|\bwhat (?:was|were|is|are) the|\bwhat's the|\bthe size of the)\s+"
                        r"(?:(?:fy\s?\d{2,4}|fiscal(?:\s+year)?\s+\d{4}|\d{4}|annual|full-year)\s+)?"
                        r"(?P<noun>(?P<kind>net|operating)\s+loss(?:es)?)\b")


def _named_losses(a: Analysis) -> None:
    assert a.claims is not None
    if a.ents is None or not a.ents.tickers or a.ents.sets:
        return
    for m in _LOSS_NOUN.finditer(a.text):
        if a.claims.free(m.start("noun"), m.end("noun")):
            key = "net_inc" if m.group("kind") == "net" else "oper_inc"
            a.claims.claim(m.start("noun"), m.end("noun"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY[key], m.start("noun"), m.end("noun"), "name"))


# "how many shares (of X) changed hands": the traded volume, said by the idiom; "shares" is no share count here
_HANDS = re.compile(r"\b(?P<shares>shares|stock)\b(?P<gap>[^.?;]{0,60}?)\s+(?P<verb>chang(?:e|es|ed|ing)\s+hands)\b")


# "how much did trading in X amount to on 15 March, in shares": the volume, said as the trading counted in shares (in
# money it would be a turnover FinQL has no item for: without "in shares" it stays unread)
_TRADING_IN_SHARES = re.compile(r"\bhow much\s+(?:did|does|has|had)\s+(?P<verb>trading)\b(?:\s+in\b)?[^.?;]{0,60}?\s+"
                                r"(?P<amt>amount(?:ed|s)?\s+to)\b[^.?;]{0,60}?(?P<unit>,?\s+in\s+(?:number\s+of\s+)?shares)\b")


def _changed_hands(a: Analysis) -> None:
    assert a.claims is not None
    for m in _TRADING_IN_SHARES.finditer(a.text):
        if all(a.claims.free(m.start(g), m.end(g)) for g in ("verb", "amt", "unit")):
            a.claims.claim(m.start("verb"), m.end("verb"), "sense")
            a.claims.claim(m.start("amt"), m.end("amt"), "filler")
            a.claims.claim(m.start("unit"), m.end("unit"), "filler")
            a.hits.append(senses.Hit(senses.BY_KEY["volume"], m.start("verb"), m.end("verb"), "name"))
    for m in _HANDS.finditer(a.text):
        if a.claims.free(m.start("shares"), m.end("shares")) and a.claims.free(m.start("verb"), m.end("verb")):
            a.claims.claim(m.start("shares"), m.end("shares"), "sense")
            a.claims.claim(m.start("verb"), m.end("verb"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["volume"], m.start("verb"), m.end("verb"), "name"))


# "how many sell-side analysts", "how many brokers": a count of analysts with words between (estimate words,
# claimed by the structure step, or refused), "how many estimates are there for X"
_ANALYST_COUNT = re.compile(r"\b(?P<how>how many|number of|count of)\s+(?P<gap>(?:[\w-]+\s+){0,2}?)"
                            r"(?P<who>analysts|brokers|estimates|analyst estimates|forecasters)\b")


def _analyst_counts(a: Analysis) -> None:
    assert a.claims is not None
    for m in _ANALYST_COUNT.finditer(a.text):
        if not m.group("gap") or not a.claims.free(m.start(), m.end()):
            continue  # without words between, the sense names read it ("how many analysts cover")
        if not re.fullmatch(r"(?:(?:sell[- ]side|street|wall street|research|equity|covering|contributing|individual|"
                            r"different|separate)\s+)+", m.group("gap")):
            continue
        a.claims.claim(m.start("how"), m.end("how"), "sense")
        a.claims.claim(m.start("gap"), m.end("gap"), "filler")
        a.claims.claim(m.start("who"), m.end("who"), "sense")
        a.hits.append(senses.Hit(senses.BY_KEY["fe_num"], m.start("who"), m.end("who"), "name"))


def _return_on(a: Analysis) -> None:
    """"return on sales", "return on capital": a return on a figure is a ratio, never the share price return next to
    the figure; the ones the senses name (equity, assets) were read whole, any other is refused, naming it."""
    assert a.claims is not None
    for h in [h for h in a.hits if h.sense.key == "return"]:
        m = re.match(r"\s+on\s+(?:(?:its|their|the|average|avg|total)\s+)*", a.text[h.end:])
        nxt = next((x for x in a.hits if x.start >= h.end), None)
        if m and nxt is not None and nxt.start == h.end + m.end() and nxt.sense.is_fund:
            a.unresolved.append(a.text[h.start:nxt.end])
            a.hits = [x for x in a.hits if x is not h and x is not nxt]
            a.claims.claim(h.start, nxt.end, "unresolved")


# "how much revenue did X book", "the net income it booked": a light verb of reporting next to a named measure
_BOOK_VERB = re.compile(r"\b(?:(?:did|does|do|will|would|could|to|it|they|has|have|had)\s+(?:[\w'&.-]+\s+){0,5}?"
                        r"(?P<base>book)|(?P<past>booked|books|booking))\b(?!\s+value)"
                        # (round 33) never a ratio's name, "the highest book-to-price ratio", "book/market"
                        r"(?![-\s]+to[-\s]+(?:price|market)\b|\s*/)")


def _booked(a: Analysis) -> None:
    assert a.claims is not None
    if not any(h.sense.money for h in a.hits):
        return
    for m in _BOOK_VERB.finditer(a.text):
        g = "base" if m.group("base") else "past"
        if a.claims.free(m.start(g), m.end(g)) and not any(h.start <= m.start(g) < h.end for h in a.hits):
            a.claims.claim(m.start(g), m.end(g), "filler")


# "what are X's shares worth", "what is one share of X worth": a share's worth is its price (the company's, or all
# its shares', is the market value)
_SHARES_WORTH = re.compile(r"\b(?:shares|(?:a|one|each|per)\s+share(?:\s+of\s+[\w.&' -]+?)?)"
                           r"\s+(?:(?:is|are|was|were)\s+)?(?:(?:currently|now|still)\s+)?$")
# "what is one Northwind share worth": the company's name between the count and "share" (a ticker must start there)
# (round 40, r40) "worth altogether (all together, in total, combined, as a whole)": a whole, never one share's
# ((round 41, r41) and "together", "taken together", "between them", "in all": "what are A and B worth together" listed
# each, a wrong answer)
_WORTH_TOTAL = re.compile(r"\s+(?:altogether|all\s+together|in\s+total|combined|as\s+a\s+whole|put\s+together|"
                          r"(?:taken\s+)?together|between\s+them|in\s+all)\b")
_NAMED_SHARE_WORTH = re.compile(r"\b(?:a|one|each|a\s+single)\s+(?P<name>(?:[\w.&'-]+\s+){1,4}?)share"
                                r"\s+(?:(?:is|was)\s+)?(?:(?:currently|now|still)\s+)?$")




# a comparison right after a word ("worth more than", "worth over $5bn")
_COMPARED_AFTER = re.compile(r"\s+(?:more\s+than|less\s+than|over|under|above|below|at\s+least|at\s+most|north\s+of|"
                             r"south\s+of|upwards\s+of)\b")


def _worth(a: Analysis) -> None:
    """"What is X worth" asks for its market value (a share's worth, its price), and so does "worth more than $150bn"
    (a market cap named after it says it again: "..., once their market caps are translated into dollars"); next to
    the same measure named, or right after another measure ("cash worth more than a third of their debt"), "worth"
    only restates that measure. Beside another measure it is still asked ("what is X worth and what is its P/E")."""
    for h in [h for h in a.hits if a.text[h.start:h.end] == "worth"]:
        key = h.sense.key  # (the market cap, or a share's price: "what are X's shares worth")
        if any(x.end <= h.start and not a.text[x.end:h.start].strip() for x in a.hits):
            a.hits.remove(h)
        elif _COMPARED_AFTER.match(a.text, h.end):
            a.hits = [x for x in a.hits if x is h or not (x.sense.key == key and x.start > h.end)]
        elif any(x.sense.key == key and a.text[x.start:x.end] != "worth" for x in a.hits):
            a.hits.remove(h)


def _worth_on_the_market(a: Analysis) -> None:
    """"what is X worth on the (stock) market": the market value, "on the market" restating "worth"; "what are X's
    shares worth": the price of a share."""
    assert a.claims is not None
    for i, h in enumerate(a.hits):
        m = _SHARES_WORTH.search(a.text[:h.start]) if a.text[h.start:h.end] == "worth" else None
        if m is None and a.text[h.start:h.end] == "worth" and a.ents is not None:
            n = _NAMED_SHARE_WORTH.search(a.text[:h.start])
            # (a company named there, or a set: "how much is one bank share worth" was the banks' market cap, round 23)
            m = n if n and (any(p in range(n.start("name"), n.end("name")) for p in a.ents.ticker_pos.values()) or any(
                n.start("name") <= t.start < n.end("name") for t in a.ents.sets)) else None
        # (round 40, r40) "what are X's shares worth altogether (in total) on the stock market": all of them, the
        # market value (it was a share's price, a wrong answer)
        if h.sense.key == "mkt_cap" and m and not re.search(r"\b(?:all|total|combined|entire|whole)\b[^.;?!]*$",
                                                            a.text[:m.start()]) and not _WORTH_TOTAL.match(a.text, h.end):
            a.hits[i] = senses.Hit(senses.BY_KEY["price"], h.start, h.end, h.how, h.score)
        if h.sense.key == "mkt_cap" and a.text[h.start:h.end] == "worth":
            # (round 39, f39a) "what is X worth altogether on the stock market": the whole company, as "on the
            # market" says (never "altogether" alone: a set's worth altogether is a total, which FinQL lacks)
            # (round 40, r40: of one company only; "what are A and B worth altogether on the stock market" is their
            # sum, a total over companies, as a set's is: it listed each, a wrong answer)
            m = re.match(r"(?:\s+(?:altogether|all\s+together|in\s+total|as\s+a\s+whole))?"
                         r"\s+(?:on|in)\s+the\s+(?:stock\s+|equity\s+|open\s+)?market\b", a.text[h.end:])
            if m and a.claims.free(h.end, h.end + m.end()) and (
                    re.match(r"\s+(?:on|in)\b", a.text[h.end:])
                    or a.ents is not None and len(a.ents.tickers) == 1 and not a.ents.sets):
                a.claims.claim(h.end, h.end + m.end(), "sense")
            total = _WORTH_TOTAL.match(a.text, h.end)
            if total and a.ents is not None and (len(a.ents.tickers) > 1 or a.ents.sets):
                a.unresolved.append(total.group(0).strip())


# "Which sell-side analysts cover X?", "who are the analysts", "the names of the analysts", "the analysts' names"
_ANALYST_NAMES = re.compile(r"\b(?:which|whose|who are the|names? of the|name the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:analysts|brokers|brokerages|banks cover\w*)\b|\banalysts'?\s+names\b")


def _which_analysts(a: Analysis) -> None:
    """Who the analysts are (their names), which FinQL does not hold: refused, never answered with their number."""
    assert a.claims is not None
    for m in _ANALYST_NAMES.finditer(a.text):
        if any(h.sense.key == "fe_num" and m.start() <= h.start < m.end() + 20 for h in a.hits) \
                and not re.match(r"\s+(?:expect|forecast|see|project|estimate)", a.text[m.end():]):
            a.unresolved.append(m.group(0))
            a.hits = [h for h in a.hits if not (h.sense.key == "fe_num" and m.start() <= h.start < m.end() + 20)]


# senses that are balance-sheet values (every fundamental they name is a year-end value, not a flow summed over
# quarters: the registry's ``flow``), so "year-end" / "closing" before them restates the period
_STOCKS = frozenset(
    s.key for s in senses.SENSES
    if (names := re.findall(r"\b([A-Z]{2}_[A-Z_]+)\(", s.template))
    and all(n in METRICS and METRICS[n].dataset == "fundamentals" and not METRICS[n].flow for n in names))


# "what did X's top line come to", "net income amounted to": the verb of a figure said after the measure it states
# ("where do analysts see X's revenue landing in 2026", "EPS ending up at": where a figure named before it ends)
_COME_TO = re.compile(r"\b(?:come|comes|came|coming|amount|amounts|amounted|amounting)\s+(?:to|in\s+at|out\s+at)\b|"
                      r"\b(?:(?:come|comes|came|coming)\s+in(?=\s+(?:for|around|near|above|below)\b)|land(?:s|ed|ing)|land(?=\s+at\b)|"
                      r"end(?:s|ed|ing)?\s+up|settl(?:e|es|ed|ing)(?=\s+at\b))(?:\s+at)?\b")


# "how does A stack up against B", "how do they measure up": a comparison of the named companies, whose figures
# FinQL returns side by side
_STACK_UP = re.compile(r"\b(?:stack|stacks|stacked|stacking|measure|measures|measured|measuring)\s+up\b"
                       r"(?:\s+(?:against|to|with|versus|vs\.?))?")


# (round 34, f34n) "how do these stack up: X's share price at the end of 2022, 2023 and 2024", "how does X's price
# compare at the end of 2022 and 2023": the verb of comparing, said of the items listed (a demonstrative before a colon
# or a dash) or of a figure at points in time ("at", "on", "as of" after it), with "do" its auxiliary; the figures are
# asked side by side. "do" was read as "how did X do" and "up" as a rise: three returns. Said of a period ("stack up in
# 2024", "over 2024") it is left to the verbs of a move
_HOW_COMPARE = re.compile(r"\bhow\s+(?P<aux>do|does|did)\s+(?P<subj>[^.?!;:,]{1,60}?)\s+"
                          r"(?P<verb>compare|stack\s+up|measure\s+up|line\s+up)"
                          r"(?=\s*(?:[:\u2014\u2013]|-+\s)|\s+(?:at|on|as\s+of)\s)")
_HOW_COMPARE_ITEMS = re.compile(r"(?:these|those|they|the\s+(?:following|figures|numbers|prices))")


# "the difference between A's and B's profit": across rows, which FinQL cannot subtract; both figures answer it
_DIFFERENCE = re.compile(r"\b(?:the\s+)?(?:difference|gap)\s+(?=between\b)")


# "the lowest closing price X touched during Q2": the verb of a high or low already named before it (with an object of
# its own, "stocks that touched a 52-week high", it is no such verb and stays unread)
_TOUCHED = re.compile(r"\b(?:touched|touches|touch|hit|hits|reached|reaches|reach|plumbed|scaled)\b"
                      r"(?!\s+(?:a|an|its|their|the|new|record|\d)\b)")


def _touched(a: Analysis) -> None:
    assert a.claims is not None
    for m in _TOUCHED.finditer(a.text):
        # (a price ranked by a superlative before it, "the top closing price reached by X", is the high as well)
        before = [h for h in a.hits if (h.sense.key in ("high", "low") or h.sense.key == "price" and re.search(
                  r"\b(?:top|highest|lowest|bottom|maximum|minimum|max|min|best|worst)\s+$", a.text[:h.start]))
                  and h.end <= m.start() and m.start() - h.end <= 60 and not re.search(r"[.;?!,]", a.text[h.end:m.start()])]
        if before and a.claims.free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "filler")


def _come_to(a: Analysis) -> None:
    assert a.claims is not None
    if a.ents is not None and len(a.ents.tickers) >= 2:
        first = min(a.ents.ticker_pos.values())
        for m in _DIFFERENCE.finditer(a.text):
            between = re.match(r"between\s+(?:the\s+)?", a.text[m.end():])
            if between and m.end() + between.end() == first and a.claims.free(m.start(), m.end()) and not any(
                    s <= m.end() < e and who != "company" for s, e, who in a.claims.spans):
                a.claims.claim(m.start(), m.end(), "filler")
                a.notes.append("a difference between companies: the figures of each")
        for m in _STACK_UP.finditer(a.text):
            if a.claims.free(m.start(), m.end()):
                a.claims.claim(m.start(), m.end(), "filler")
    for m in _HOW_COMPARE.finditer(a.text):
        heading = not re.match(r"\s+(?:at|on|as\s+of)\s", a.text[m.end():])
        # (a heading's subject says the items listed; a point in time needs a figure named before the verb)
        if (_HOW_COMPARE_ITEMS.fullmatch(m.group("subj")) if heading else
                any(m.start("subj") <= h.start and h.end <= m.end("subj") for h in a.hits)) \
                and a.claims.free(m.start("aux"), m.end("aux")) and a.claims.free(m.start("verb"), m.end("verb")):
            a.claims.claim(m.start("aux"), m.end("aux"), "filler")
            a.claims.claim(m.start("verb"), m.end("verb"), "filler")
    for m in _COME_TO.finditer(a.text):
        before = [h for h in a.hits if h.end <= m.start() and not re.search(r"[.;?!]", a.text[h.end:m.start()])]
        if before and a.claims.free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "filler")


# "What return did X shareholders get", "the return for its shareholders": whose return it is, said of the holders
_HOLDERS = re.compile(r"\b(?:for\s+(?:its\s+|their\s+|the\s+)?)?(?:shareholders|stockholders|holders|investors)"
                      r"(?:\s+(?:get|got|gets|earn|earned|earns|make|made|see|saw|receive|received|enjoy|enjoyed))?\b")


# "what return would a holder of X stock have seen": the return of one (any) holder of the stock, the stock's return
_A_HOLDER = re.compile(r"\b(?:(?P<m>would|will|could|might)\s+)?(?P<a>(?:an?|one|the)\s+(?:typical\s+)?(?:share|stock)?holder\s+of)"
                       r"\s+[^.?;]{1,60}?\s+(?P<v>(?:(?:would|will|could|might)\s+)?(?:have\s+)?(?:seen|got|gotten|earned|made|"
                       r"received|had))\b")


# "did A or B do better for shareholders", "which stock did worse for its investors": whom the stock's performance
# is for, said after the verb judging it (the return the verb is read as, ``compose._returns_from_verbs``)
_DID_FOR_HOLDERS = re.compile(r"\b(?:do|did|does|done|doing|perform(?:ed|s|ing)?|fare[ds]?|faring)\s+(?:better|worse|best|"
                              r"worst|well|badly)\s+(?P<for>for\s+(?:its\s+|their\s+|the\s+)?(?:shareholders|stockholders|"
                              r"holders|investors|owners))\b")


def _holders_return(a: Analysis) -> None:
    assert a.claims is not None
    if a.ents is not None and a.ents.tickers:
        for m in _DID_FOR_HOLDERS.finditer(a.text):
            if a.claims.free(m.start("for"), m.end("for")):
                a.claims.claim(m.start("for"), m.end("for"), "filler")
    returns = [h for h in a.hits if h.sense.key == "return"]
    if not returns or a.ents is None or not a.ents.tickers:
        return
    for m in _A_HOLDER.finditer(a.text):
        near = any(abs(m.start() - h.end) <= 60 or abs(h.start - m.end()) <= 60 for h in returns)
        if near and a.claims.free(m.start("a"), m.end("a")) and a.claims.free(m.start("v"), m.end("v")):
            for g in ("m", "a", "v"):
                if m.group(g):
                    a.claims.claim(m.start(g), m.end(g), "filler")
    for m in _HOLDERS.finditer(a.text):
        near = any(abs(m.start() - h.end) <= 60 or abs(h.start - m.end()) <= 60 for h in returns)
        noun_last = re.search(r"(?:holders|investors)$", m.group(0)) is not None
        if near and a.claims.free(m.start(), m.end()) and not (noun_last and re.match(r"\s+(?:of|in)\b", a.text[m.end():])) \
                and not re.search(r"\b(?:largest|biggest|top|major|main|institutional|key|retail|many|number of)\s+$",
                                  a.text[:m.start()]):
            a.claims.claim(m.start(), m.end(), "filler")


# "what multiple of its trailing earnings does X trade on", "what is X trading at on next year's consensus earnings":
# the valuation multiple asked on earnings, with no number (a multiple compared with N is ``compose._trades_at_multiple``)
_MULTIPLE_WORD = re.compile(r"\b(?:valuation\s+)?multiples?(?=\s+(?:of|on)\s)")
_TRADES_ON = re.compile(r"\s+(?:at\s+)?on\s")
_EARNINGS = ("net_inc", "eps", "fe_eps")
# the words between the multiple and trailing earnings: a determiner, and "trailing" (read as the LTM by the time step)
_ON_TRAILING = re.compile(r"\s+(?:of|on)\s+(?:(?:its|their|the)\s+)?(?:(?:trailing|ltm|reported)\s+)?")


def _multiple_asked(a: Analysis) -> None:
    assert a.claims is not None and a.time is not None
    found: list[senses.Hit] = []
    for m in _MULTIPLE_WORD.finditer(a.text):
        if a.claims.free(m.start(), m.end()) and not any(h.start < m.end() and m.start() < h.end for h in a.hits):
            found.append(senses.Hit(senses.BY_KEY["pe"], m.start(), m.end(), "verb"))
    for h in [h for h in a.hits if h.sense.key == "price" and re.fullmatch(r"trad(?:e|es|ed|ing)(?: at)?",
                                                                            a.text[h.start:h.end])]:
        if _TRADES_ON.match(a.text, h.end):
            found.append(senses.Hit(senses.BY_KEY["pe"], h.start, h.end, "verb"))
        elif any(x.end <= h.start and not re.search(r"[.;?!]", a.text[x.end:h.start]) for x in found) \
                and not re.match(r"\s*(?:[<>=$€£¥\d]|(?:below|above|under|over|less|more|higher|lower)\b)", a.text[h.end:]):
            # "what multiple of 2026 consensus EPS is X trading at": the verb the multiple is asked of, no price of its own
            a.hits.remove(h)
            a.claims.spans = [sp for sp in a.claims.spans if (sp[0], sp[1]) != (h.start, h.end)]
            a.claims.claim(h.start, h.end, "filler")
    # ("P/E on trailing earnings": the trailing earnings a P/E named is on)
    found += [h for h in a.hits if h.sense.key == "pe" and h.how == "name" and _ON_TRAILING.match(a.text, h.end)]
    for x in found:
        nxt = min((h for h in a.hits if h.start >= x.end), key=lambda h: h.start, default=None)
        if nxt is None or nxt.sense.key not in _EARNINGS \
                or re.search(r"[.,;?!]|\b(?:and|or|but|than)\b", a.text[x.end:nxt.start]):
            continue
        estimate = nxt.sense.key == "fe_eps" or a.time.estimate_cue
        trailing = _ON_TRAILING.fullmatch(a.text, x.end, nxt.start)
        if not estimate and not trailing:
            continue  # "a multiple of its 2023 earnings": a price over that year's EPS, which is not read here
        a.hits = [h for h in a.hits if (h.start, h.end) != (x.start, x.end)] + [x]
        a.claims.claim(x.start, x.end, "sense")
        if trailing and not estimate:
            # "a multiple of its trailing earnings": the trailing P/E, the earnings its denominator, no item of their own
            a.hits.remove(nxt)
            a.time.mentions = [t for t in a.time.mentions if not (x.end <= t.start and t.end <= nxt.start)]
            a.claims.claim(x.end, nxt.end, "sense")
        a.hits.sort(key=lambda h: h.start)


# the verbs of a share of one figure that becomes (is kept as) another: the share's own words (``compose._SHARE_GAP``)
_KEPT_AS = re.compile(r"\b(?:keep|keeps|kept|retain|retains|retained|turn|turns|turned|convert|converts|converted|"
                      r"translate|translates|translated)\s+(?:into|as|to)\b")


# "which 3 banks had the lowest share price on June 28, 2024": a superlative of the price at one day (round 26)
_PRICE_SUPERLATIVE = re.compile(r"\b(?:highest|lowest)\s+(?P<p>(?:share|stock|closing)\s+price)\s+")


def _price_superlative_at_point(a: Analysis) -> None:
    """"The highest (lowest) share price" said right before one day ("today", "on June 28, 2024", "at the end of
    2023", "20 trading days ago") of a screen (no company named): the companies ranked by that day's price, the
    superlative a ranking word, as "the lowest stock price today" reads (it was the high or low over a range, and a
    day is no range: refused). Of named companies, before a range ("in 2023"), or with no day said, the high or low
    stays."""
    assert a.claims is not None and a.time is not None
    if a.ents is not None and a.ents.tickers:
        return
    for m in _PRICE_SUPERLATIVE.finditer(a.text):
        day = next((t for t in a.time.mentions if t.start == m.end()), None)
        if day is None or not (day.value.kind in ("date", "now", "drel") or day.value.end):  # (drel: "N trading days ago")
            continue
        if a.claims.free(m.start("p"), m.end("p")):
            a.claims.claim(m.start("p"), m.end("p"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["price"], m.start("p"), m.end("p"), "name"))


# the extreme said of a day ("at the end of 2023", "at year-end", "as of", "on", "by")
# ((round 41, r41) and set off by a comma: "X's lowest close, at the end of 2023, in euros" was the year's low)
_EXTREME_ON_A_DAY = re.compile(r",?\s+(?:at|as\s+of|by|on)\s+[^,;:.?!]*")
# a high or low said of the close or the share (stock) price ("the lowest close", "the highest share price"), its
# superlative the group; and the verb of a company's own extreme before it ("hit its lowest close", "saw their highest")
# ((round 42, f42n) and in the plural: "which utilities had the highest closes (share prices) in 2023" was every
# utility's high, unranked)
_EXTREME_OF_A_CLOSE = re.compile(r"(highest|lowest)\s+(?:closes?|closing|(?:(?:share|stock)\s+)?prices?)\b")
# (round 42, f42n) the extreme opening the question, over a set named after it ("the lowest close among the banks in
# 2023", "what was the highest share price of all utilities in 2024"): which company, as "which bank had" asks
_EXTREME_OPENS = re.compile(r"\W*(?:(?:so|and|also|ok|okay|please)\W+)*(?:(?:what|which)(?:'s|\s+is|\s+was)\s+|who(?:'s|\s+has|"
                            r"\s+had|\s+is|\s+was)\s+|(?:show|give|tell|find|get)\s+(?:me\s+)?)?(?:the\s+)?$")
_OVER_A_SET = re.compile(r"\s+(?:among|amongst|across|of)\s+(?:all\s+)?(?:the\s+)?")
_OWN_EXTREME = re.compile(r"\s(?P<v>" + EXTREME_VERBS + r")\s+(?:its|their)\s+$")


def _closed_at_own_range(a: Analysis, own: re.Match[str], h: senses.Hit) -> bool:
    """(round 47, f47t) "which stocks closed at their highest close of the last 60 trading days" (since June): a range
    that ends today, so the close said is today's, at the top of it (``compose._closed_at_extreme``), not when each
    company's own extreme fell (r40's "which banks saw their highest close in 2024", named)."""
    assert a.time is not None
    if h.sense.key not in ("high", "low") or not re.fullmatch(r"(?:closed|closes)\s+at", own.group("v")):
        return False
    m = next((m for m in a.time.mentions if m.start >= h.end), None)
    if m is None or not re.fullmatch(r"\s*(?:(?:of|over|in|during)\s+)?", a.text[h.end:m.start]):
        return False
    rng = m.value.spans("hilo")
    return bool(rng) and len(rng) == 1 and rng[0][1] == "D0"


def _extreme_on_a_day(a: Analysis) -> None:
    """(round 41, f41w) "Redwood Foods' lowest close at the end of 2023" (as of, on, by a day): of one company (or with
    no "which" asked), a day's close or the low of the year? Not said: named, as r40 names it of "which automaker had
    the lowest close at the end of 2023" (it was the year's low, P_LOW over 2023, a wrong answer where a day is said).
    Words after the figure that say a day (``_day_of_the_extreme``); "by far", "on record", "at any point in 2023"
    are no day. (round 41, lead) Of one company, only where a time mention opens those words ("at the (very) end of
    2023"): f41n's first version named any such words and lowered heldout20's floor (aggregates only; bisected)."""
    for h in a.hits:
        said = _EXTREME_OF_A_CLOSE.match(a.text, h.start, h.end)
        day = _day_of_the_extreme(a, h)
        if h.sense.key not in ("high", "low") or not said or not day:
            continue
        if a.time is not None and any(h.end <= t.start < day.end() and re.fullmatch(
                r",?\s*(?:at|as\s+of|by|on)?\s*(?:the\s+very\s+)?", a.text[h.end:t.start]) for t in a.time.mentions):
            a.unresolved.append(a.text[h.start:day.end()].strip())


def _day_of_the_extreme(a: Analysis, h: senses.Hit) -> re.Match[str] | None:
    """The words of ``_EXTREME_ON_A_DAY`` after the high or low ``h`` ("at the end of 2023", "on the last trading day
    of 2023", "as of June 2024", "at the very end of 2023"), else None: "by far", "on record", "at any point in 2023"
    say no day (``_NO_DAY``), nor does a company right after the preposition ("high and low close on CWP").
    (round 41, f41n) One check for one company (``_extreme_on_a_day``) and for "which X had
    the lowest close" (``_which_has_the_extreme``): the latter named any words so opened ("which bank had the lowest
    close by far in 2023", "... at any point in 2023" were refused where the one company's twin was read), the former
    only those a time mention opens ("X's lowest close at the very end of 2023" was the year's low, a wrong answer)."""
    assert a.time is not None
    day = _EXTREME_ON_A_DAY.match(a.text, h.end)
    if day is None or _NO_DAY.match(a.text, h.end):
        return None
    opens = re.match(r",?\s+(?:at|as\s+of|by|on)\s+", day.group(0))  # (a day set off by a comma: r41)
    if a.ents is not None and any(p == h.end + opens.end() for p in a.ents.ticker_pos.values()):  # type: ignore[union-attr]
        return None  # ("12-month high and low close on CWP": the company, no day)
    return day


# the words after a high or low that say no day ("by far", "on record", "at any point in 2023", "on any day of 2024")
_NO_DAY = re.compile(r",?\s+(?:by\s+far|on\s+record|at\s+(?:any|some|one)\s+(?:point|time|stage|moment|day|date)s?|"
                     r"on\s+(?:any|some|one)\s+(?:day|date|session)s?|at\s+(?:its|their|the)\s+(?:lowest|highest|worst|best)|"
                     r"at\s+(?:all|least|most))\b")


def _which_has_the_extreme(a: Analysis) -> list[structure.Atom]:
    """(round 39, f39n) "Which automaker has the lowest close in 2023?": each company's lowest close over the period
    (the high or low sense, its superlative its own) and, which of them has the lowest, the companies ranked by it,
    the lowest first (a ranking word beside the figure); it listed every automaker's low, unranked. So of companies
    named ("of A and B, which had the lowest close in 2023": sorted from the highest, a wrong answer)."""
    if a.ents is None or not (a.ents.sets or len(a.ents.tickers) > 1):
        _extreme_on_a_day(a)
        return []
    out = []
    for h in a.hits:
        # (said of the close, SPEC's word for P_HIGH and P_LOW; (round 40, f40n) and of the share price, whose value
        # on a day is its close (SPEC 2): "which bank had the highest share price over the last 20 trading days" is
        # the highest close of those days; it listed every company's high, unranked, or was refused)
        said = _EXTREME_OF_A_CLOSE.match(a.text, h.start, h.end)
        which = WHICH_HAS.search(a.text, 0, h.start)
        over = _OVER_A_SET.match(a.text, h.end) if _EXTREME_OPENS.fullmatch(a.text, 0, h.start) else None
        if over is not None and not any(t.start == over.end() for t in a.ents.sets) \
                and not any(p == over.end() for p in a.ents.ticker_pos.values()):
            over = None  # (a set or a company right after "among": "the highest close of 2023" is a year)
        if h.sense.key in ("high", "low") and said and (which or over) \
                and (said.group(1) == "highest") == (h.sense.key == "high"):
            day = _day_of_the_extreme(a, h)
            if day:
                # (round 40, r40) "which automaker had the lowest close at the end of 2023 (as of, on, by)": a day's
                # close, the lowest of the companies', or the low of the year? Not said: named (it was the year's low
                # ranked, a wrong answer where the day's close was asked)
                a.unresolved.append(a.text[h.start:day.end()].strip())
                continue
            if which and a.claims.free(which.start("v"), which.end("v")):
                # (round 40, f40n) "which automaker hit (reached, set, touched) the lowest close": the verb of the
                # extreme is read with it (it was named, the question refused)
                a.claims.claim(which.start("v"), which.end("v"), "structure")
            out.append(structure.Atom("rank", h.start, said.end(1),
                                      "DESC" if h.sense.key == "high" else "ASC"))
        own = _OWN_EXTREME.search(a.text, 0, h.start)
        if own and _closed_at_own_range(a, own, h):
            continue
        if h.sense.key in ("high", "low") and own and re.search(r"\bwhich\b[^;:.?!]{0,80}$", a.text[:own.start()]):
            # (round 40, f40n) "which banks saw their highest close in 2024", "which automaker hit its lowest close over
            # the past six months": when each company's own extreme fell (a record), no ranking and no figure FinQL
            # has (every bank's 2024 high was listed): named
            a.unresolved.append(a.text[own.start("v"):h.end])
    return out


# (round 34, f34n) a memo's last line that says the basis of the figures asked: "Request: price return of X for ...
# Scope: closing prices.", "Scope: year-end balances only.", "Scope: annual figures." FinQL's figures have that basis
# already (a return and a price are closes, SPEC section 2; a balance-sheet item of a fiscal year is its year-end
# value; a fiscal year's figure is annual), so the line restates them where every measure asked has it; "closing
# prices" was a price column beside the return (a wrong answer), the others were refused. Where a measure asked lacks
# the basis ("Scope: closing prices." of the sales), the line is refused, naming it.
_SCOPE = re.compile(r"(?:(?<=[.;!?]\s)|(?<=\n)|(?<=[.;!?]))\s*(?P<clause>(?:scope|basis)\s*:\s*(?:the\s+)?(?:(?P<prices>"
                    r"(?:daily\s+)?(?:closing|close)(?:\s+(?:share|stock))?\s+prices?|(?:daily\s+)?closes|close[- ]to[- ]close|"
                    r"end[- ]of[- ]day\s+prices)|(?P<balances>(?:fiscal\s+)?year[- ]end\s+(?:balances?|values?|figures?|positions?))|"
                    r"(?P<annual>(?:annual|full[- ]year|fiscal[- ]year)\s+(?:figures?|data|numbers|values?|totals?)))"
                    r"(?:\s+only)?)\s*[.!]?\s*$")
_CLOSES = frozenset({"P_PRICE", "P_RETURN", "P_HIGH", "P_LOW"})


def _scope_line(a: Analysis) -> re.Match[str] | None:
    """The scope line of ``_SCOPE`` (claimed as context before the senses are found), or None."""
    assert a.claims is not None
    m = _SCOPE.search(a.text)
    if m is None or not a.claims.free(m.start("clause"), m.end("clause")):
        return None
    a.claims.claim(m.start("clause"), m.end("clause"), "context")
    return m


def _scope_holds(a: Analysis, m: re.Match[str]) -> None:
    """Every measure asked has the scope line's basis, or the line is refused, naming it."""
    assert a.time is not None
    metrics = [set(re.findall(r"\b([A-Z]+_[A-Z_]+)\(", h.sense.template)) for h in a.hits]
    periods = [m.value.fiscal_periods() for m in a.time.mentions]
    annual = bool(periods) and all(p and all(re.fullmatch(r"FY-?\d+", x) for x in p) for p in periods)
    if m.group("prices"):
        holds = bool(metrics) and all(ms and ms <= _CLOSES for ms in metrics)
    elif m.group("balances"):
        holds = bool(a.hits) and all(h.sense.key in _STOCKS for h in a.hits) and annual
    else:
        holds = bool(a.hits) and all(h.sense.is_fund for h in a.hits) and annual
    if holds:
        a.context.append(m.group("clause"))
    else:
        a.unresolved.append(m.group("clause"))


# (round 34, f34n) "by how many people did X's sales grow": a count of people (shares) as the unit of another
# measure's change (the headcount was listed beside the change in sales, a nonsense question read as two figures; left
# as said by ``text._by_how_many``): refused, naming it
_BY_HOW_MANY_PEOPLE = re.compile(r"\bby\s+how\s+many\s+(?P<unit>people|persons|employees|staff|workers|heads|jobs|"
                                 r"(?:diluted\s+)?shares)\s+"
                                 r"(?:did|does|do|has|have|had|will|would|is|are|was|were)\s+(?P<subj>[^?.;!]{1,80}?)\s+"
                                 rf"(?:{text_module.COUNT_MOVE}|go\s+up|gone\s+up)\b")


def _people_of_another_measure(a: Analysis) -> None:
    """``_BY_HOW_MANY_PEOPLE`` where the subject names a measure other than the count's own: the count is refused."""
    for m in _BY_HOW_MANY_PEOPLE.finditer(a.text):
        own = "shares" if m.group("unit").endswith("shares") else "employees"
        if any(m.start("subj") <= h.start < m.end("subj") and h.sense.key != own for h in a.hits):
            a.hits = [h for h in a.hits if not (m.start("unit") <= h.start < m.end("unit"))]
            a.unresolved.append(a.text[m.start():m.end("unit")])


# (round 34, f34n) a yes/no question about named companies, then the request for the figures that answer it: "Does X
# even pay a dividend? What was the dividend per share in their last fiscal year?", "Did X's earnings cover its dividend
# in FY2024? Show diluted EPS and DPS side by side.", "Is X cheaper than it was a year ago? What did it close at on ...
# and what's the latest close?". The first question is the asker's motive; the request after it says what to show (all
# three were refused: FinQL returns figures, not yes or no). Its company stays linked, and its period is the request's
# where the request names none; a request about another company, one that names no measure, or one that does not show
# a measure the yes/no question names leaves it refused.
_YES_NO_FIRST = re.compile(r"\s*(?:does|do|did|is|are|was|were|has|have|had)\s+[^?.!;]{3,160}\?\s+(?=(?:and\s+)?(?:what|what's|which|"
                           r"how|show|give|list|tell|please|"
                           # (round 49, f49t) a request asked as a favour ("Can I see the dividend per share for 2019
                           # and 2024", "could you pull ...") or said as the measure alone ("Net income for last year
                           # please.", "revenue growth fiscal 23 to 24": ``_REQUEST_BY_MEASURE``)
                           r"(?:can|could|may)\s+(?:i|we|you)\s+(?:see|get|have|pull|show|give|check)|"
                           r"(?P<measure>(?:the\s+|its\s+|their\s+)?[a-z/&'-]+))\b)")


_PRICE_SAID = re.compile(r"\b(?:cheaper|pricier|dearer|more\s+expensive|expensive|rise|rose|risen|fall|fell|fallen|gain(?:ed)?|"
                         r"drop(?:ped)?|up|down|stock|shares)\b")


# a change asked in the request, whose unit (percent or amount) the yes/no question before it may say: a change's verb
# (``text.CHANGE_VERBS``), a move, an amount lost, added or cut, a gap; not its directions alone ("up", "down" are
# also a request's particles: "pull up", "break down")
_CHANGE_ASKED = re.compile(rf"\b(?:{text_module.CHANGE_VERBS}|mov\w+|los[st]\w*|differen\w*|gap|add\w*|cut\w*|"
                           r"by\s+how\s+much)\b")


# (round 35, f35b) the same said as a headline writer's claim, with no verb of asking: the company first, the claim in
# headlinese, a question mark, then the figures that check it ("NORTHWIND FY24 SALES UP? need pct change vs FY23",
# "INDIGO STORES DIVIDEND CUT? FY24 DPS vs FY23 DPS", "Tidewater profit doubles?? net income growth FY22 to FY24, pct",
# "Cobalt Motors Q4 - profit or loss? net income for latest quarter"); never a question word's ("What is X's P/E? ...")
_CLAIM_FIRST = re.compile(r"\s*(?!(?:what|what's|which|who|whose|how|when|where|why|does|do|did|is|are|was|were|has|have|"
                          r"had|can|could|would|will|should)\b)[^?.!;:]{3,80}?\?+\s+(?=\S)")
# a request's period said only as the base of a comparison ("vs FY23"): the claim's period is the other end
_BASE_PERIOD = re.compile(r"\b(?:vs\.?|versus|against|compared\s+(?:to|with)|relative\s+to)\s+$")
# a unit of a change said in the request itself ("pct change", "growth ..., pct", "in percent")
_UNIT_SAID = re.compile(r"\b(?:pct|percent|per\s+cent|percentage)\b|%")


def _yes_no_then_request(a: Analysis) -> None:
    assert a.claims is not None and a.ents is not None and a.time is not None
    m = _YES_NO_FIRST.match(a.text)
    claim = False
    if m is None:
        m = _CLAIM_FIRST.match(a.text)
        lead = len(a.text) - len(a.text.lstrip())
        claim = m is not None and any(p == lead for p in a.ents.ticker_pos.values())
        if not claim:
            return
    if m is None or not a.ents.tickers:
        return
    if not claim and m.group("measure") is not None:
        # (round 49, f49t) a request said as its measure alone: it must open with a measure's name ("Net income for
        # last year please."), never with any other word ("Is X cheap? Honestly I don't know")
        opens = len(re.match(r"(?:(?:the|its|their)\s+)?", a.text[m.end():]).group(0))
        if not any(h.start == opens for h in senses.find(a.text[m.end():], lambda s, e: True)):
            return
    first = {t for t, p in a.ents.ticker_pos.items() if p < m.end()}
    asked = {h.sense.key for h in senses.find(a.text[m.end():], lambda s, e: True)}
    # (every measure the yes/no question names is one the request shows, its per-share figure for "earnings": "Did X
    # grow its sales? What was its net income?" asks two things and stays refused)
    # ("cheaper", "rise", "the stock": the share price, which the request must show)
    said = {h.sense.key for h in senses.find(a.text[:m.end()], a.claims.free)}
    # (a headline's "SALES UP?", "headcount down?": the move of the measure said before it, not of the stock)
    if not (claim and said and not re.search(r"\b(?:stock|shares|share\s+price)\b", a.text[:m.end()])):
        said |= {"price"} if _PRICE_SAID.search(a.text, 0, m.end()) else set()
    if not first or any(p >= m.end() and t not in first for t, p in a.ents.ticker_pos.items()) or not asked \
            or not said or any(k not in asked and not (k == "net_inc" and "eps" in asked) for k in said):
        if claim and not _CHANGE_ASKED.search(a.text, m.end()) \
                and not re.search(rf"\b(?:{text_module.MOVE_WORDS})\b", a.text[m.end():]):
            _claimed_direction(a, m.end())
        return
    if _CHANGE_ASKED.search(a.text, m.end()) and not (claim and _UNIT_SAID.search(a.text, m.end())):
        return  # ("Did X add or cut staff? Give me the change in headcount ...": the first says the change's unit)
    keep = [(s, e) for s, e, who in a.claims.spans if who == "company" and e <= m.end()]
    mine = [t for t in a.time.mentions if t.end <= m.end()]
    theirs = [t for t in a.time.mentions if t.start >= m.end()]
    if theirs and not (claim and mine and all(_BASE_PERIOD.search(a.text, m.end(), t.start) for t in theirs)):
        a.time.mentions = [t for t in a.time.mentions if t not in mine]  # the request's own period answers it
    else:
        keep += [(t.start, t.end) for t in mine]
    for w in re.finditer(r"\S+", a.text[:m.end()]):
        if a.claims.free(w.start(), w.end()) and not any(s < w.end() and w.start() < e for s, e in keep):
            a.claims.claim(w.start(), w.end(), "context")
    for s, e, who in list(a.claims.spans):
        if who == "time" and e <= m.end() and (s, e) not in keep:
            a.claims.spans.remove((s, e, who))
            a.claims.claim(s, e, "context")
    a.context.append(a.text[:m.end()].strip())


def _claimed_direction(a: Analysis, end: int) -> None:
    """(round 36, f36n) A headline's claim not taken for the request's motive ("Falcon Software up? net income FY2024":
    the request shows no price, so the claim is no context of it) and a request that asks no change, move or return: the claim's
    direction ("up", "down") is no filler of the request, never dropped: named (a rise the request does not show)."""
    assert a.claims is not None
    for w in re.finditer(rf"\b(?:{text_module.CHANGE_DIRECTIONS})\b", a.text[:end]):
        if a.claims.free(w.start(), w.end()):
            a.unresolved.append(w.group(0))
            a.claims.claim(w.start(), w.end(), "unresolved")


# (round 38, f38n, after f37n) a direction said last, as the question itself ("Falcon Software net income FY2024 up?", "FALC
# sales FY24, lower?"): a claim checked against figures the question does not ask; not the particle of a verb ("held
# up?", "added up?", "look it up?", "went up?") nor an order's end ("from the highest down?"), nor "up or down?"
_DIRECTION_LAST = re.compile(rf"(?<![\w'-])(?:(?P<verb>[\w'-]+)\s+(?=(?:it|them|those|these|that|this)\s))?(?P<prev>[\w'-]+)\s*,?\s*(?P<d>{text_module.CHANGE_DIRECTIONS})\s*\?+[\s?!.]*$",
                             re.IGNORECASE)
_PARTICLE_VERB = re.compile(r"(?:\w+ed|\w+ing|held|hold|holds|add|adds|look|looks|line|lines|round|rounds|sum|sums|stack|"
                            r"stacks|measure|measures|pick|picks|break|breaks|go|goes|gone|went|come|comes|came|turn|turns|"
                            r"top|mix|stay|stays|keep|keeps|kept|shut|back|way|wind|close|set|bottom|or|and|from|down|up|"
                            r"higher|lower|much|far|how|any|further|even|still)", re.IGNORECASE)


# (a question that opens as a yes/no question is refused as one, which says more than the direction's word)
_YES_NO_LEAD = re.compile(r"\W*(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b", re.IGNORECASE)


def _direction_said_last(a: Analysis, r: Reading) -> str | None:
    """A direction word said last before the question mark, with nothing asking a change, a move or a return in the
    question, that the reading drops (the question without it reads the same): the word, to be named (a rise or a
    fall the reading would not show). Where a step reads it ("X stock in 2024, up?": the return) it stays read."""
    m = _DIRECTION_LAST.search(a.text)
    if m is None or _YES_NO_LEAD.match(a.text) or _PARTICLE_VERB.fullmatch(m.group("verb") or m.group("prev")) \
            or re.search(r"\bfrom\b", a.text[:m.start("d")], re.IGNORECASE) and re.search(
                r"\b(?:highest|lowest|largest|smallest|biggest|top|bottom|most|least|best|worst)\b", a.text, re.IGNORECASE) \
            or _CHANGE_ASKED.search(a.text[:m.start("d")]) \
            or re.search(rf"\b(?:{text_module.MOVE_WORDS})\b", a.text[:m.start("d")], re.IGNORECASE):
        return None
    if read_rules(a.text[:m.start("d")].rstrip(" ,:-") + a.text[m.end("d"):])[0] != r.query():
        return None
    return m.group("d")


# (round 39, f39n) "How did X's stock do in 2023, and how is it doing?": the stock's performance asked again, of no
# period of its own (``text.normalize`` lists it beside the first where a period follows: "and how is it doing year to
# date"); it was dropped, the first period's return alone answered. Not understood, named, as "how is X's stock
# doing?" alone is refused (a return needs a period)
_HOW_DID_FIRST = re.compile(r"\bhow\s+(?:did|does|do|has|have|had)\b[^?.!;]*?\b(?:do|done|perform|performed|fare|fared)\b")
# ((round 40, f40n) and "how it trades (is trading) now", "how does it trade today", "how is it doing now": the stock's
# state asked of today, with no figure named (its price, its P/E, a return from when?), after any question: the clause
# was dropped, or the refusal named "now" alone; the clause is named)
_THE_STOCK = (r"(?:it|they|the\s+stock|the\s+shares|the\s+share\s+price|its\s+(?:stock|shares|share\s+price)|"
              r"their\s+(?:stock|shares))")
_ASKED_AGAIN_UNSAID = re.compile(
    r"(?:(?:,\s*|\s)(?:and|but)\s+|[?.!;]\s+(?:and\s+)?)(?P<c>how(?:'s|\s+(?:is|are|has|have))\s+(?:(?P<p>" + _THE_STOCK + r")|"
    # ((round 40, r40) or another company: "How did X's stock do in 2023, and how is Y doing?" was Y's return in 2023
    # beside X's, the present tense's period taken from the first clause: a wrong answer)
    r"(?:[\w&.'-]+\s+){1,5}?)\s*(?:been\s+)?"
    r"(?P<v>doing|done|performing|performed|faring|fared|getting\s+on|holding\s+up))\s*(?:[?!.]+\s*)?$")
_NOW_WORDS = r"(?:now|today|currently|right\s+now|at\s+the\s+moment|these\s+days|at\s+present|presently)"
_HOW_TRADES_NOW = re.compile(
    r"(?:(?:,\s*|\s)(?:and|but)\s+|[?.!;]\s+(?:and\s+)?)(?P<c>how\s+(?:(?:is|are|does|do)\s+" + _THE_STOCK +
    r"\s+(?:doing|trading|performing|faring|trade|do|perform|fare|look|looking)|" + _THE_STOCK +
    r"\s+(?:(?:is|are)\s+(?:doing|trading|performing|faring|looking)|trades|trade|performs|perform|looks|look|is|are)|"
    r"(?:'s|\s+is)\s+(?:it|the\s+stock)\s+(?:doing|trading|performing|faring|looking))(?:\s+" + _NOW_WORDS + r")?)"
    r"\s*(?:[?!.]+\s*)?$")


def _asked_again_unsaid(a: Analysis) -> None:
    assert a.claims is not None
    m = _ASKED_AGAIN_UNSAID.search(a.text)
    if m and _HOW_DID_FIRST.search(a.text, 0, m.start()) and (
            a.claims.free(m.start("c"), m.end("c")) or m.group("p") is None and a.claims.free(m.start("v"), m.end("v"))):
        a.unresolved.append(m.group("c"))
        a.claims.claim(*(m.span("c") if a.claims.free(m.start("c"), m.end("c")) else m.span("v")), "unresolved")
        return
    m = _HOW_TRADES_NOW.search(a.text)
    if m and (m.group("c").split()[-1] in ("now", "today", "currently", "moment", "days", "present", "presently")
              or _HOW_DID_FIRST.search(a.text, 0, m.start()) or re.search(r"\breturns?\b", a.text[:m.start()])) \
            and a.claims.free(m.start("c"), m.start("c") + len(re.sub(r"\s+" + _NOW_WORDS + r"$", "", m.group("c")))):
        # (the day word may be read already as a time: it goes with the clause, named)
        a.claims.spans = [sp for sp in a.claims.spans if not (m.start("c") <= sp[0] and sp[1] <= m.end("c"))]
        a.unresolved.append(m.group("c"))
        a.claims.claim(m.start("c"), m.end("c"), "unresolved")


def find_senses(a: Analysis) -> None:
    """Sense names, then the structure words, as whole words in the spans nobody claimed."""
    assert a.claims is not None
    _asked_again_unsaid(a)
    _yes_no_then_request(a)
    _out_of_scope_terms(a)
    restate.before_senses(a)  # "what X spends on the payroll": a cost FinQL lacks, not the headcount
    _named_losses(a)
    adjectives = structure.find_adjectives(a.text, a.claims)
    for m in _EARN_PER_SHARE.finditer(a.text):
        if a.claims.free(m.start("verb"), m.end("verb")) and a.claims.free(m.start("ps"), m.end("ps")):
            a.claims.claim(m.start("verb"), m.end("verb"), "sense")
            a.claims.claim(m.start("ps"), m.end("ps"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["eps"], m.start("verb"), m.end("verb"), "verb"))
    _changed_hands(a)
    _analyst_counts(a)
    _price_superlative_at_point(a)
    scope = _scope_line(a)
    a.hits = sorted(a.hits + senses.find(a.text, a.claims.free), key=lambda h: h.start)
    if scope is not None:
        _scope_holds(a, scope)
    _people_of_another_measure(a)
    _return_on(a)
    _booked(a)
    _worth_on_the_market(a)
    _which_analysts(a)
    # "traded below 12 times earnings", "trades at 2x book": the verb of a valuation, not the traded volume
    for h in [h for h in a.hits if h.sense.key in ("volume", "price") and re.fullmatch(
            r"trad(?:ed|es|e|ing)(?: at)?", a.text[h.start:h.end])]:
        if re.match(r"\s+(?:below|above|under|over|at|for|less|more|higher|lower|beneath)\b", a.text[h.end:]) \
                and (h.sense.key == "volume" or re.match(r"[^.,;?]{0,24}?\d[\d.,]*\s*(?:x|times)\b", a.text[h.end:])):
            a.hits.remove(h)
            a.claims.spans = [sp for sp in a.claims.spans if (sp[0], sp[1]) != (h.start, h.end)]
            a.claims.claim(h.start, h.end, "filler")
    _multiple_asked(a)
    _verb_senses(a)
    _light_verbs(a)
    _verb_of_its_measure(a)  # (round 40) "net income X earned", "employ more than 150,000 people"
    _course_of_a_measure(a)  # (round 40) "where does X's debt stand", "how has X's net income developed over ..."
    _sits_by_extreme(a)  # (round 44) "stocks that now sit more than 30% above their 2024 low"
    _ended_with(a)  # (round 40) "which utilities ended FY24 with net cash"
    _come_to(a)
    _touched(a)
    _holders_return(a)
    restate.restate(a)  # "debt ... carrying", "cash on hand", "diluted shares ... outstanding", "how low did X go"
    # "trade below $20 a share": the share price, said by the verb and the amount a share
    for m in re.finditer(r"\b(trad(?:e|es|ed|ing))\s+(?:below|under|above|over|beneath|at|for|less than|more than|"
                         r"higher than|lower than)\s+[$€£¥]\s?\d[\d,.]*(\s+(?:a|per|each)\s+share)?", a.text):
        if not a.hits and a.claims.free(m.start(1), m.end(1)):
            a.hits.append(senses.Hit(senses.BY_KEY["price"], m.start(1), m.end(1), "verb"))
            if m.group(2):
                a.claims.claim(m.start(2), m.end(2), "structure")
    for m in re.finditer(r"\bhow (?:big|large|high|sizable|sizeable|fast|quickly)\b", a.text):  # "how big is X's cash pile"
        if a.claims.free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "filler")
    # ("how high did X close in 2023": ``restate._high_low_of``)
    # "covered by 35 or more analysts": the number of analysts (FE_NUM); "analysts" alone is no sense name
    # ("what do analysts expect" is an estimate word), so only after "covered/followed by"
    for m in _COVERED.finditer(a.text):
        by_end = a.text.index("by", m.start()) + 2
        if a.claims.free(m.start(), by_end) and a.claims.free(m.start(1), m.end(1)):
            a.claims.claim(m.start(), by_end, "filler")
            a.hits.append(senses.Hit(senses.BY_KEY["fe_num"], m.start(1), m.end(1)))
    for i, h in enumerate(a.hits):
        a.claims.claim(h.start, h.end, "sense")
        # "year-end shareholders' equity", "closing debt": a balance-sheet item of a year is its year-end value
        m = re.search(r"\b(?:year[- ]end|end[- ]of[- ](?:the[- ])?year|closing)\s+$", a.text[:h.start])
        if m and h.sense.key in _STOCKS and a.claims.free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "sense")
            # (round 30) the words are the measure's own, so an operator before them stands right before the measure
            # ("ROE for FY2024, net income over year-end equity": the "over" was read as a comparison)
            a.hits[i] = replace(h, start=m.start())
    # "N analysts" ("more than 10 analysts on FY25", "at least 30 analysts contributing"): the count of analysts
    # "which 2 Japanese companies have the most analysts", "fewer analysts than": a count ranked or compared is the
    # number of analysts too (not "most analysts expect ...", who make the estimate)
    counted = r"|\b(?:most|fewest|least|more|fewer)\s+(?:covering\s+|contributing\s+)?(analysts)\b(?!'|\s+(?:" \
              r"expect|see|forecast|project|think|believe|predict|estimate|say|agree|rate|recommend)\w*\b)"
    for m in re.finditer(r"\b\d+\+?(?:\s+or\s+(?:more|fewer|less))?\s+(analysts)\b" + counted, a.text):
        if m.group(1) is None:  # the count said by a superlative or a comparative: its word stays the structure's
            if a.claims.free(m.start(2), m.end(2)):
                a.hits.append(senses.Hit(senses.BY_KEY["fe_num"], m.start(2), m.end(2)))
                a.claims.claim(m.start(2), m.end(2), "sense")
            continue
        if a.claims.free(m.start(1), m.end(1)):
            a.hits.append(senses.Hit(senses.BY_KEY["fe_num"], m.start(1), m.end(1)))
            a.claims.claim(m.start(1), m.end(1), "sense")
    defines = _colon_defines(a)
    a.atoms = sorted(adjectives + structure.find(a.text, a.claims) + defines + _which_has_the_extreme(a),
                     key=lambda x: x.start)
    if any(x.kind == "shareof" for x in a.atoms):  # "what percentage of its sales did X keep as net profit"
        for m in _KEPT_AS.finditer(a.text):
            if a.claims.free(m.start(), m.end()):
                a.claims.claim(m.start(), m.end(), "filler")
    if a.ents is not None:  # "fwd p/e helix": a lower-case family word that no rule read names its family
        ent.link_leftover_families(a.original or a.question, a.text, a.claims, a.ents)
        _companies_taken_back(a)  # "apex no wait granite water": a family word read only now
        _misspoken_company(a)  # "Redfarms- sorry, Redwood Farms": a name begun wrongly
    _worth(a)
    # a "per" that governs no noun and was not read as the P/E ("sales per and P/E"): refused, naming it, never
    # dropped as a function word
    for m in senses.PER_DANGLING.finditer(a.text):
        if a.claims.free(m.start(), m.end()):
            a.unresolved.append(m.group(0))
            a.claims.claim(m.start(), m.end(), "unresolved")
    # words that only say "a set" where a set was named ("the banking sector", "in the TECHX index")
    # ("banks by country" asks for a breakdown FinQL cannot express: the noun is left over and refused)
    if a.ents and a.ents.sets:
        for m in _SCREEN_NOUNS.finditer(a.text):
            if a.claims.free(m.start(), m.end()) and not ent.BREAKDOWN_BEFORE.search(a.text, 0, m.start()):
                a.claims.claim(m.start(), m.end(), "set")
        # (round 26) "chemicals or packaging suppliers", "airline and machinery vendors": the buyer's nouns of the
        # companies, right after the set's name ("the banks' suppliers" are other companies: left unread, refused)
        # (r27: never before "to" / "of" / "for" a buyer, "semiconductor suppliers to automakers": the buyer's set was
        # added to the suppliers', a wrong answer; left unread, refused)
        # (round 30) "the TECHX hardware guys", "the airline folks": the slang nouns of the companies, only there
        for m in re.finditer(r"\b(?:suppliers|vendors)\b(?!\s+(?:to|of|for|serving|selling\s+to)\b)|"
                             r"\b(?:guys|folks|outfits)\b(?!\s+(?:at|from|of|in|who|that)\b)", a.text):
            if a.claims.free(m.start(), m.end()) and any(re.fullmatch(r"\s+", a.text[t.end:m.start()])
                                                         for t in a.ents.sets):
                a.claims.claim(m.start(), m.end(), "set")
        # (round 31) "the biggest logistics player": one of the companies, said right after the set's name ("players"
        # is a screen noun anywhere; "a player in X" and "the player of" stay unread)
        for m in re.finditer(r"\bplayer\b(?!\s+(?:at|from|of|in|who|that)\b)", a.text):
            if a.claims.free(m.start(), m.end()) and any(re.fullmatch(r"\s+", a.text[t.end:m.start()])
                                                         for t in a.ents.sets):
                a.claims.claim(m.start(), m.end(), "set")
        # (round 31) "which companies come from Japan", "names that hail from Canada": the country's verb of seat, said
        # of the companies ("which companies' sales come from Japan" asks where sales are made: left unread, refused)
        for t in a.ents.sets:
            m = _COME_FROM.search(a.text, 0, t.start) if t.kind == "COUNTRY" else None
            if m and a.claims.free(m.start("verb"), m.end("verb")):
                a.claims.claim(m.start("verb"), m.end("verb"), "set")


def leftover_chunks(a: Analysis) -> list[tuple[int, int]]:
    assert a.claims is not None
    left = leftover(a.text, [(s, e) for s, e, _w in a.claims.spans])
    return chunks(a.text, left)


# a sentence (clause) of its own: split at sentence ends, colons, semicolons and a dash between words
_SEGMENT_BREAK = re.compile(r"[.!?;:]+(?:\s+|$)|\s+-+\s+")
# a sentence about the asker ("I'm a student writing a paper on ...", "we're looking at ...", "my boss asked"),
# after a greeting
_ASKER = re.compile(r"\W*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?:\s+there)?\W+)?"
                    r"(?:i|i'm|i am|i've|i have|i was|we|we're|we are|we've|my|our|"
                    # (round 39, f39a) the asker's own grandparent or parent, named as the family says it, with no
                    # "my": "Nan has X shares.", "Gran asks if X pays well.", "Grandad has A, B and C."
                    rf"{FAMILY_NAMED})\b")
# words that restrict or break down what is asked: never context, wherever they stand
# ("no idea", "no clue" restrict nothing: "...? no idea why I care tbh", round 29)
# ((round 30) "...? besides the foreign ones", "leave out the tiny ones", "the reverse order would be nice", "in
# thousands would be great": a restriction, an order and a unit said in a sentence of their own were dropped)
_RESTRICTING = re.compile(r"\b(?:by|per|across|excluding|except|without|only|not|no(?!\s+(?:idea|clue)\b)|each|every|"
                          rf"other|than|between|besides|apart\s+from|leave\s+out|leaving\s+out|reversed?|{text_module.SCALES}|"
                          rf"over|under|above|below|since|until|before|after|versus|vs|{framing.QUALIFIERS})\b|\d")


# a label that opens the question, set off by a colon or a dash ("Cheap banks: ...", "thinly covered - ...")
_LABEL_END = re.compile(r"\s*(?::|\s-+)\s+")
# the kinds of atoms that make the screen after a label: a comparison or a condition said as an adjective
_CONDITION_ATOMS = frozenset({"cmp", "adj", "comparative", "cmp_between"})
# the words a label may say, each defined by the screen after it: cheap (dear) by a price multiple compared below
# (above), coverage by the number of analysts, "rich"/"heavy" of the measure the label names ("cash-rich", said again
# after it), the request's own words ("quick screen"). Any other word ("large banks", "safe banks", "private banks")
# may choose rows the screen does not: it stays unread and is named, as it is without the colon
_LABEL_CHEAP = frozenset({"cheap", "cheaper", "inexpensive", "undervalued"})
_LABEL_DEAR = frozenset({"pricey", "expensive", "dear", "overvalued"})
_LABEL_COVERAGE = frozenset({"covered", "thinly", "sparsely", "lightly", "heavily", "widely", "well", "under-covered"})
# the way a coverage word says the count of analysts goes (True: few), and the size words that say small or big
_LABEL_FEW = {"thinly": True, "sparsely": True, "lightly": True, "under-covered": True, "heavily": False,
              "widely": False, "well": False}
_LABEL_SMALL = re.compile(r"(?:small|smaller|smallest|micro|tiny|(?:small|micro)-?caps?)")
_LABEL_BIG = re.compile(r"(?:large|larger|largest|big|bigger|biggest|mega|giant|huge|(?:large|mega)-?caps?)")
_LABEL_OF_MEASURE = frozenset({"rich", "heavy", "light", "laden"})
_LABEL_REQUEST = frozenset({"quick", "screen", "simple", "shortlist"})


# the asker's own holdings named as a label ("Our airline exposure:", "My bank holdings -"): the set it names must be
# named again after it (``_screen_label``)
_OWN_LABEL = re.compile(r"\W*(?:our|my)\s+(?:[\w&-]+\s+){1,3}?(?P<noun>exposure|holdings|positions|book|sleeve|portfolio)\s*")


def _label_defined(word: str, a: Analysis, after: int, label_hits: list[Any]) -> bool:
    """Whether the screen after a label (from ``after``) defines the label's unread ``word`` (``_screen_label``)."""
    own = _OWN_LABEL.fullmatch(a.text[:_LABEL_END.search(a.text).start()]) if _LABEL_END.search(a.text) else None
    if own is not None and word == own.group("noun"):
        return True
    keys = {h.sense.key for h in a.hits if h.start >= after}
    ops = {x.value for x in a.atoms if x.start >= after and x.kind == "cmp"}
    if word in _LABEL_CHEAP or word in _LABEL_DEAR:
        return bool(keys & VALUATIONS) and bool(ops & ({"<", "<="} if word in _LABEL_CHEAP else {">", ">="}))
    if word in _LABEL_COVERAGE:  # ("Well covered names: fewer than 4 analysts" says the other way: not defined)
        way = next((few for w, few in _LABEL_FEW.items() if re.search(rf"\b{w}\b", a.text[:after])), None)
        return "fe_num" in keys and (way is None or bool(ops & ({"<", "<="} if way else {">", ">="})))
    if _LABEL_SIZE.fullmatch(word):  # ("Large banks: banks with a market cap above 40bn": the size said again)
        small = _LABEL_SMALL.fullmatch(word)  # ("Small banks: ... market cap above 40bn": the other way, not defined)
        big = _LABEL_BIG.fullmatch(word)
        return bool(keys & _SIZE_KEYS) and not (small and not ops & {"<", "<="} or big and not ops & {">", ">="})
    if word in ("cap", "caps"):  # ("small caps: names under $8,000m mkt cap": the size word's noun, said again)
        return bool(keys & _SIZE_KEYS)
    return word in _LABEL_REQUEST or word in _LABEL_OF_MEASURE and bool(label_hits)


# a label's word that restricts by a measure ("Large banks: ...", "Cheap names: ..."): kept as the asker's name for the
# screen only where the screen after the label is on a measure of that kind (the label is then what the screen says);
# otherwise it would be dropped as a name when it restricts the rows: refused, named
_LABEL_SIZE = re.compile(r"\b(?:large|larger|largest|big|bigger|biggest|small|smaller|smallest|mid|mega|micro|giant|"
                         rf"huge|tiny|{framing.SIZE_CLASS})\b")
_SIZE_KEYS = framing.SIZE_KEYS
_LABEL_VALUE = re.compile(r"\b(?:cheap|cheaper|cheapest|expensive|pricey|pricy|inexpensive|undervalued|overvalued|"
                          r"bargains?|value|richly[- ]valued)\b")
_VALUE_KEYS = frozenset({"pe", "pb", "ps", "ev_sales", "ev_ebit", "fwd_pe", "earnings_yield", "fwd_earnings_yield",
                         "div_yield", "fcf_yield", "price"})


def _label_restricts(a: Analysis, label: str, after: int) -> str | None:
    """The word of a screen's label that restricts the rows and that the screen after it does not say again (a size
    with no size measure after it, a valuation with no multiple or yield, a place the data has no set of)."""
    keys = {h.sense.key for h in a.hits if h.start >= after}
    for rx, kinds in ((_LABEL_SIZE, _SIZE_KEYS), (_LABEL_VALUE, _VALUE_KEYS), (framing._PLACE, frozenset())):
        m = rx.search(label)
        if m and not keys & kinds:
            return m.group(0)
    return None


def _screen_label(a: Analysis) -> None:
    """A label before a colon or a dash that the screen after it defines ("Cheap banks: banks with a P/E below 8",
    "Thinly covered names: fewer than 5 analysts", "Cash-rich names: companies with more cash than debt") is the
    asker's name for that screen: its words are claimed as context (they were refused, the label's word named). Only
    where nothing in the label could change a row: no company, period, number, comparison or condition word; a set or
    a measure it names is named again after it (then read there, once); at most three words no step reads, none a
    measure FinQL lacks. The screen after it must hold a condition."""
    assert a.claims is not None and a.ents is not None
    if a.ents.tickers or a.time is None:
        return
    m = _LABEL_END.search(a.text)
    if m is None or m.start() == 0:
        return
    end, after = m.start(), m.end()
    # (round 22) the asker's own holdings of a set named again after it ("Our airline exposure: return ... for every
    # airline, ranked"): its name for the companies the rest lists, with or without a condition
    own = _OWN_LABEL.fullmatch(a.text[:end]) is not None and any(t.start < end for t in a.ents.sets)
    if not own and not any(x.start >= after and x.kind in _CONDITION_ATOMS for x in a.atoms):
        return
    restricting = _label_restricts(a, a.text[:end], after)
    if restricting is not None:  # ("Large banks: banks with a P/E below 8": all banks with that P/E, the size lost;
        a.unresolved.append(restricting)  # "Small caps - ...": dropped as context after the label was not read)
        return
    if any(x.start < end for x in a.atoms) or any(t.start < end for t in a.time.mentions) or re.search(r"\d", a.text[:end]):
        return
    label_sets = [t for t in a.ents.sets if t.start < end]
    if any(t.negated or not any(o.start >= after and (o.kind, o.value, o.negated) == (t.kind, t.value, False)
                                for o in a.ents.sets) for t in label_sets):
        return  # ("Cheap banks: stocks with a P/E below 8": the label's set would be lost)
    label_hits = [h for h in a.hits if h.start < end]
    if any(not any(o.start >= after and o.sense.key == h.sense.key for o in a.hits) for h in label_hits):
        return  # ("high yielders - ...": a measure of the label's own)
    if any(cs < end and who not in ("set", "sense", "filler", "field") for cs, _ce, who in a.claims.spans):
        return
    left = [w for w in leftover(a.text, [(cs, ce) for cs, ce, _w in a.claims.spans]) if w.start < end]
    if not left or len([w for w in left if w.text not in FILLER]) > 3 \
            or any(w.text in senses.OUT_OF_SCOPE for w in left) or _RESTRICTING.search(a.text[:end]) \
            or not all(_label_defined(w.text, a, after, label_hits) for w in left if w.text not in FILLER):
        return
    for w in left:
        a.claims.claim(w.start, w.end, "context")
    a.ents.sets = [t for t in a.ents.sets if t not in label_sets]
    a.hits = [h for h in a.hits if h not in label_hits]
    a.context.append(a.text[:end].strip())


# (round 49, f49t) a judgement said of the rows and defined right after it by the screen ("Any insurers that look cheap
# to you - price-to-book under 1.5 and a yield above 3%?", "Which banks look cheap: P/E under 10?", "Which banks are
# cheap, i.e. a P/E below 8?"): the asker's name for that screen, as a label said first is (``_screen_label``); a
# screen that does not define it ("look cheap - dividend yield above 3%", no multiple below) leaves it named
_JUDGED_DEFINED = re.compile(r"\b(?:look|looks|looking|are|is|seem|seems|appear|appears)\s+(?:(?:really|quite|pretty)\s+)?"
                             r"(?P<w>cheap|inexpensive|undervalued|expensive|pricey|overvalued)(?:\s+to\s+(?:you|me))?"
                             r"\s*(?::|\s-+|,\s*(?:i\.e\.?|that\s+is|meaning|namely|so))\s+")


def _judged_then_defined(a: Analysis) -> None:
    assert a.claims is not None and a.ents is not None
    if a.ents.tickers:
        return
    for m in _JUDGED_DEFINED.finditer(a.text):
        if not a.claims.free(m.start("w"), m.end("w")) \
                or not any(x.start >= m.end() and x.kind in _CONDITION_ATOMS for x in a.atoms) \
                or not _label_defined(m.group("w"), a, m.end(), []):
            continue
        a.claims.claim(m.start("w"), m.end("w"), "context")
        a.context.append(a.text[m.start():m.end("w")].strip())


# an item asked after the request in a clause of its own ("...? The difference, please.", "- the margin please", "; the
# ratio too"): its words were dropped as the asker's context (a wrong answer: the item was not given, nor named)
_ASKED_ITEM = re.compile(r"\s*[-;:,.?!]*\s*(?:(?:and|also|plus)\s+)?(?:(?:give|show|send|tell)\s+(?:me|us)\s+)?"
                         r"(?:the|its|their)\s+[a-z][\w/&'%-]*(?:\s+[a-z][\w/&'%-]*){0,3}\s*,?\s*"
                         r"(?:please|pls|plz|too|as\s+well)\s*[.!?]*\s*")


# (round 34, f34n) a label said first whose value is a set alone, "Workstream: financials.", "Team: energy.", "Project:
# utilities.": the asker's unit of work is named after the set, which may or may not restrict what follows ("five
# companies with the highest expected sales" screened the Financials, a wrong answer if the workstream was only its
# name); a label that says a restriction ("Sector: financials.", "Universe: banks.") is one, and so is a heading that
# is the set itself ("Financials: five companies ...")
_LABEL_FIRST = re.compile(r"\s*(?P<label>[a-z][a-z&/' -]{0,30}?)\s*:\s*")
_RESTRICTING_LABEL = re.compile(r"(?:(?:the\s+)?(?:sector|sectors|industry|industries|universe|screen|filter|scope|set|"
                                r"segment|peer\s+group|peers|group|index|companies|names|stocks|coverage|restrict(?:ed)?\s+to|"
                                r"limit(?:ed)?\s+to|only))")


def _names_a_set_not_restricting(a: Analysis, s: int, e: int, segments: list[tuple[int, int]]) -> str:
    """The label of ``_LABEL_FIRST`` at the question's start, its value a set alone in the next segment, the label no
    word of a restriction and the set not said again in the rest: the label and its set as said (the chain refuses,
    naming them; it read the set as a restriction of what follows), or ""."""
    assert a.ents is not None
    m = _LABEL_FIRST.fullmatch(a.text, s, e)
    if s != 0 or m is None or _RESTRICTING_LABEL.fullmatch(m.group("label")):
        return ""
    nxt = next(((ns, ne) for ns, ne in segments if ns == e), None)
    if nxt is None:
        return ""
    sets = [t for t in a.ents.sets if nxt[0] <= t.start < nxt[1]]
    if not sets or any(a.text[x].isalnum() for x in range(nxt[0], nxt[1]) if not any(t.start <= x < t.end for t in sets)):
        return ""
    if {(t.kind, t.value) for t in sets} <= {(t.kind, t.value) for t in a.ents.sets if t.start >= nxt[1]}:
        return ""  # ("Workstream: financials. Five financials with ...": the restriction is said where it is asked)
    return a.text[s:nxt[1]].strip(" .;!?")


def _of_another_only(a: Analysis, s: int, e: int, companies: list[str]) -> bool:
    """(round 49, r49) Whether the rest of the question (outside text[s:e]) asks of a company other than ``companies``
    (first named in s..e) and never names or speaks of those again (``_TOPIC_AGAIN``: "it", "its", "both", "too")."""
    assert a.claims is not None and a.ents is not None
    others = [t for t, p in a.ents.ticker_pos.items() if not s <= p < e]
    rest = a.text[:s] + " " + a.text[e:]
    outside = [cs for cs, _ce, who in a.claims.spans if who == "company" and not s <= cs < e
               and re.search(r"[a-z0-9]", a.text[cs:_ce])]
    return bool(others) and len(outside) <= len(others) and _TOPIC_AGAIN.search(rest) is None


def _context_segments(a: Analysis, index: senses.SenseIndex | None, threshold: float) -> None:
    """A sentence or clause that holds no measure, period, condition, number or restricting word, and whose words no
    step read, is the asker's context ("I'm a student writing a paper on food companies.", "Good morning! I'm trying
    to understand Quarry Packaging.", "quick one:"): its words are claimed as context, when the rest of the question
    names a measure (the composer still has to find a complete reading there). A company it names stays linked (the
    rest refers to it: "What was its gross profit?"), but only in a sentence about the asker; a set it names is the
    topic only where every company named is in it (so dropping it changes no row). A word that is a measure FinQL
    lacks ("EBITDA") or that means a measure is never context (``_content_free``, the one check). The asker's remark
    after the question ("...? my brother keeps asking me lol") is such a sentence too (round 29 read it by a check list
    of its own, ``framing._remark``, which dropped a misspelt or missing measure asked there: "...? the revnue too
    pls", "...? ebitda would be nicer": round 30)."""
    assert a.claims is not None and a.ents is not None
    if not a.hits:
        return
    bounds = [0] + [m.end() for m in _SEGMENT_BREAK.finditer(a.text)] + [len(a.text)]
    segments = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]
    if len(segments) < 2:
        return
    dropped: list[str] = []
    for s, e in segments:
        if not any(h.start < s or h.start >= e for h in a.hits):
            continue  # the measure must be asked elsewhere
        if (label := _names_a_set_not_restricting(a, s, e, segments)):
            a.unresolved.append(label)  # (round 34) "Workstream: financials.": refused, naming the label and its set
            continue
        # (the sentence's companies and sets are judged below; a period, a currency, a field, a word refused already,
        # a restricting word, a size class, a measure by name or by meaning keep it)
        # (round 33: a sentence of only a set and words read already, "it's a Japanese company so the yen numbers
        # confuse me", describes the company asked where the set holds it: judged below like any set of it)
        left = _content_free(a, s, e, index, threshold, judged=("company", "set"), empty_ok=True)
        if left is None or not left and not any(s <= t.start < e for t in a.ents.sets):
            continue
        body = a.text[s:e]
        if s > 0 and _ASKED_ITEM.fullmatch(body):  # "...? The difference, please.": one more item asked, never context
            continue
        asker = _ASKER.match(body) is not None
        companies = [t for t, p in a.ents.ticker_pos.items() if s <= p < e]
        # ((round 47, r47) or a company named again there, said first before: ``ticker_pos`` holds a company's first
        # mention only, so "Net income for A and B in FY2024. Scratch B." (also "Forget B.", "Drop B.") took the
        # second sentence for the asker's context, its words dropped, and answered both: a wrong answer)
        again = any(who == "company" and s <= cs < e for cs, _ce, who in a.claims.spans)
        if (companies or again) and not asker:
            continue
        # ((round 49, r49) an asker's sentence whose companies the rest neither names again nor speaks of, while the
        # rest asks of another: "I work at Atlas Mining. What was Cobalt Motors' net income?" answered both (the
        # sentence's company stayed linked); kept, and its words refused, as ``_topic_of_another`` names a topic)
        if companies and _of_another_only(a, s, e, companies):
            continue
        # (round 45, f45s) a singular pronoun of the rest for the companies of an asker's sentence that names several
        # ("My wife flies Copperfield Air and Prairie Airways. What was its net income?"): which one is meant is not
        # said; both were answered (a wrong answer); kept, and refused
        if len(companies) > 1 and re.search(r"(?<![\w'])(?:it|its|it's)(?![\w'])", a.text[:s] + " " + a.text[e:]):
            continue
        sets = [t for t in a.ents.sets if s <= t.start < e]
        if not sets and any(s <= cs < e and who == "set" for cs, _ce, who in a.claims.spans):
            continue  # a set read there and merged with the rest's ("all industrials foo. machinery by P/E"): content
        if sets:
            from finql.translate.sets import universe, universe_companies

            named = set(a.ents.tickers)
            # (round 43, f43v) or, where no company is named, the very set the rest of the question asks of, said
            # there too ("I used to work for a logistics firm, so I've a soft spot for them. Which of the Logistics
            # companies ...?"): dropping the sentence's own mention changes no row
            asked_too = {(t.kind, t.value) for t in a.ents.sets if not s <= t.start < e and not t.negated}
            # (a sentence about the asker, ``_ASKER``, with no size class and no word of a closed class of content,
            # ``leftovers.content_class``: "I never liked banks", "my sister works at the biggest bank", "Small
            # banks: banks with a market cap above 40bn" stay)
            if not named and asker and sets and all(not t.negated and (t.kind, t.value) in asked_too for t in sets) \
                    and leftovers.content_class(a.text[s:e].split()) is None and not framing.size_classes(a, s, e) \
                    and not re.search(r"\b(?:with|without|whose|that|which|who|where)\b", a.text[s:e]):
                pass  # (nor a set qualified: "a watch list of US miners with clean balance sheets")
            elif not named or any(t.negated or not named <= {c.ticker for c in universe_companies(
                    universe([t], a.text) or "ALL")} for t in sets):
                continue
        for w in left:
            a.claims.claim(w.start, w.end, "context")
        a.ents.sets = [t for t in a.ents.sets if t not in sets]
        dropped.append(a.text[s:e].strip(" -.!?;:"))
    if dropped:
        a.context = dropped


# a clause of the conversation: it names the asker or the one asked ("sorry to bother you", "if you would",
# "to double-check my numbers"), or is a condition on the asking ("if that's possible")
_PERSON_WORD = re.compile(r"\b(?:i|i'm|i'd|i've|i'll|me|my|we|we're|we'd|we've|us|our|you|you're|you'd|your)\b")
_CLAUSE_BREAK = re.compile(r"[,()]|\s+-+\s+|[.!?;:]+(?:\s+|$)")
# a leading frame whose object is the question itself: "I was just wondering what ...", "do you happen to know the
# ...", "my manager wants to know how many ...": a person subject, a few words, then the embedded question
_FRAME = re.compile(r"(?:(?:do|does|did|can|could|would|will)\s+)?(?:i|we|you|(?:my|our)\s+[a-z]+)(?:'m|'d|'ve|'re)?"
                    r"(?:\s+[a-z']+){1,5}?\s+(?=(?:what|what's|which|how|who|whether|the|its|their)\b)")
# someone else's request forwarded, said by who asks and a verb of wanting before the request itself: "Jane wants to
# know X's sales", "Tom Baker asked me for ...", "the boss needs ..." (one or two words of the one who asks; the words
# must read nothing, as ``_content_free`` checks, so a company or a measure there is never taken for a person)
# (round 35, f35b: and the wish contracted onto who asks, "She'd like X's P/E", "They'd love ...", as "would like")
_FORWARDED = re.compile(rf"(?:(?:[a-z][a-z'-]*\s+){{1,2}}?{text_module.WANTS}|(?:[a-z][a-z-]*\s+)?[a-z]+'d\s+(?:like|love))"
                        r"(?:\s+(?:to\s+(?:know|see|get|have|find\s+out)|for))?\s+(?=[a-z0-9$])")


# whom the answer is for, named last: "NWSY's sales for FY2023 for Jane", "..., for Tom Baker." (one or two words, each
# capitalised as a name is; ``_content_free`` keeps any that read something: "sales for Northwind", "for Germany")
_FOR_PERSON = re.compile(r"(?:,\s*)?\bfor\s+(?:(?:my|our)\s+[a-z]+\s+)?(?P<who>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)"
                         r"(?=\s*(?:[,.?!]|$))")


def _for_someone(a: Analysis, m: re.Match[str]) -> bool:
    """Whether "for Jane" (``_FOR_PERSON``) may name whom the answer is for: the companies asked about are named
    elsewhere in the question (a company or a set), no joint before it adds it to them ("the P/E for NWSY and for
    Widget") and its last word is no company's suffix ("for Acme Corp", "for Widget Holdings"). An unknown company
    after "for" was taken for a person and dropped: every company's figure was answered, or the named one's alone
    (wrong answers; round 24)."""
    assert a.ents is not None
    return (any(not m.start() <= p < m.end() for p in a.ents.ticker_pos.values())
            or any(t.end <= m.start() or t.start >= m.end() for t in a.ents.sets)) \
        and not re.search(r"(?:\band|\bor|&)\s*$", a.text[:m.start()]) \
        and not _FOR_ANOTHER.search(a.text[:m.start()]) \
        and not ent.corporate_suffix(m.group("who").split()[-1])


# (round 25) a word before "for" that sets another company against the one named, or says the same measure again for
# it ("NWSY's P/E vs the one for Orbis", "what is it for Orbis?", "also for Orbis"): the name is a company's, not whom
# the answer is for (an unknown company was dropped and the named one's figure alone answered)
_FOR_ANOTHER = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:to|with)|against|than|relative\s+to|one|ones|that|those|it|"
                          r"same(?:\s+\w+)?|also|too|as\s+well\s+as|likewise|similarly|again)\s*$")


def _out_of_scope_phrase(phrase: str) -> bool:
    """Whether the phrase holds a measure FinQL lacks that is named in words of its own ("interest coverage")."""
    return any(re.search(r"(?<![\w/])" + re.escape(x) + r"(?![\w/])", phrase) for x in senses.OUT_OF_SCOPE if " " in x)


# (round 35, f35g) a quarter or half ahead, said and not read: never the asker's context (``_content_free``)
_FUTURE_QUARTER = re.compile(r"\b(?:next|coming|following|upcoming)\s+(?:fiscal\s+)?(?:quarter|half)s?\b", re.IGNORECASE)


# (round 49, f49t) the head nouns of measure names that are no word of everyday talk ("net margin", "dividend yield",
# "P/E ratio", "earnings multiple", "capital expenditure"): said alone or plural in the asker's story ("tracking
# margins.", "I follow yields.") they name a measure, never context; not "income" ("a client who wants income", "income
# holdings": the asker's talk of investing for income, kept as context by the golds)
_MEASURE_HEADS = frozenset({"margin", "yield", "ratio", "multiple", "expenditure", "cashflow"})


def _measure_word(word: str) -> bool:
    """(round 49, f49t) A plural (or the bare head) of a measure's name: "capexes", "margins", "payouts",
    "valuations" ("tracking capexes." was dropped as the asker's context, another figure answered unsaid: a measure
    word of the story lost without saying so). Named, never dropped."""
    forms = {word, re.sub(r"es$", "", word), re.sub(r"s$", "", word), re.sub(r"ies$", "y", word)}
    return any(f in _MEASURE_HEADS or f in senses.NAME_WORDS or f in senses.OUT_OF_SCOPE for f in forms if len(f) >= 3)


def _content_free(a: Analysis, s: int, e: int, index: senses.SenseIndex | None, threshold: float,
                  judged: tuple[str, ...] = (), empty_ok: bool = False) -> list[Any] | None:
    """The leftover words of text[s:e] when nothing there is read by a step (no measure, period, number, company, set,
    structure word that is no function word here), no word restricts what is asked (nor a size class, ``framing.
    size_classes``), none is a measure FinQL lacks or a misspelt one, and none means a measure; else None. The one
    check of the steps that drop the asker's words as context (``_context_segments``, ``_conversation``,
    ``_purpose``); ``judged``: the claims the caller decides on itself (a context sentence's companies and sets)."""
    assert a.claims is not None
    if any(s <= h.start < e for h in a.hits):
        return None
    if any(s <= x.start < e and not all(w.text in FILLER for w in words(a.text[x.start:x.end])) for x in a.atoms):
        return None
    if any(cs < e and s < ce and who not in ("filler", "context", *judged) and not (
            who == "structure" and all(w.text in FILLER for w in words(a.text[cs:ce]))) for cs, ce, who in a.claims.spans):
        return None
    # (the words as written: "by" is claimed by the structure step, and still restricts; "Large caps: which banks
    # ...", a size class FinQL has no measure for, restricts the rows: round 29)
    # (a currency inside words claimed as filler is none asked: "so the yen numbers confuse me", ``text.COMPARABLE``)
    # (round 35, f35g: and a future quarter or half no step read, "the consensus EPS estimate for X - for next
    # quarter?": dropped as context, next year's estimate answered, a wrong answer; FinQL has no quarter ahead)
    if _RESTRICTING.search(a.text[s:e]) or _FUTURE_QUARTER.search(a.text[s:e]) \
            or any(not any(cs <= s + ms and s + me <= ce for cs, ce, who in a.claims.spans
                                                       if who == "filler")
                                               for ms, me, _v in ent.currency_mentions(a.text[s:e])) \
            or framing.size_classes(a, s, e):
        return None
    left = [w for w in leftover(a.text, [(cs, ce) for cs, ce, _w in a.claims.spans]) if s <= w.start < e]
    if not left and empty_ok:
        return left  # (round 33) every word read already: the caller judges the rest (a set naming the company asked)
    if not left or any(w.text in senses.OUT_OF_SCOPE or senses.fuzzy(w.text) or _measure_word(w.text) for w in left) \
            or _out_of_scope_phrase(a.text[s:e]):
        return None  # ("...? interest coverage would help too": a measure FinQL lacks, of two words, round 30)
    if index is not None and any(_means_a_sense(index, w.text, threshold) for w in left):
        return None
    return left


def _conversation(a: Analysis, index: senses.SenseIndex | None, threshold: float) -> None:
    """Clauses about the conversation, not the data, when the rest of the question names a measure: a clause at the
    edge of its sentence (before its first or after its last comma, dash or bracket) that names the asker or the one
    asked, or says "if" ("sorry to bother you, but", ", if you would,", ", if that's possible", "(for my own
    notes)"), and a leading frame whose object is the embedded question ("I was just wondering what", "do you happen
    to know the"). Claimed as context only when nothing in them is read by a step or could change the answer
    (``_content_free``)."""
    assert a.claims is not None and a.ents is not None
    sentences = [0] + [m.end() for m in _SEGMENT_BREAK.finditer(a.text)] + [len(a.text)]
    found: list[tuple[int, int]] = []
    reasons: dict[tuple[int, int], int] = {}  # a reason said first: its clause, and where its words follow the conjunction
    for i in range(len(sentences) - 1):
        ss, se = sentences[i], sentences[i + 1]
        if se <= ss:
            continue
        breaks = list(_CLAUSE_BREAK.finditer(a.text, ss, se))
        starts, ends = [ss] + [m.end() for m in breaks], [m.start() for m in breaks] + [se]
        clauses = [(x, y) for x, y in zip(starts, ends, strict=True) if a.text[x:y].strip()]
        # (round 43, f43v) the asker's reasons said first, each a clause of its own opened by a conjunction of reason
        # ("Because the chairman will ask, and because he always asks in his own way, I need ..."): framing where
        # no word of theirs holds a closed class of content (``leftovers.content_class``: "since 2020", "because it
        # is cheaper", "since they cut the dividend" stay) and ``_content_free`` (below) finds nothing read there
        for cs, ce in clauses[:-1]:
            opener = _REASON_FIRST.match(a.text, cs, ce)
            if opener is None or not _a_reason_only(a, opener.end(), ce):
                break
            reasons[cs, ce] = opener.end()
        # (round 47, f47s) and the reason said last, the sentence's last clause after a comma ("... in US dollars,
        # since that's what my spreadsheet uses."): the same checks as a reason said first
        if len(clauses) >= 2 and clauses[-1] not in reasons:
            cs, ce = clauses[-1]
            opener = _REASON_FIRST.match(a.text, cs, ce)
            if opener is not None and _a_reason_only(a, opener.end(), ce):
                reasons[cs, ce] = opener.end()
        for j, (cs, ce) in enumerate(clauses):
            if len(clauses) < 2:
                break
            body = a.text[cs:ce]
            conditional = re.match(r"\W*(?:but\s+)?if\b", body) is not None
            if not (conditional or (j in (0, len(clauses) - 1) and _PERSON_WORD.search(body))):
                continue
            if (cs, ce) not in reasons and (opener := _REASON_FIRST.match(a.text, cs, ce)) is not None \
                    and not _a_reason_only(a, opener.end(), ce):
                # (round 44, f44w) a reason said at the clause's edge with the asker in it, "Because Tesla is my
                # favourite, ...", "Because I hold it, ...": the reason's own check (a name, a word that chooses, a
                # closed class) holds here too; the edge rule dropped them as the conversation's (f43v's noticed list)
                continue
            found.append((cs, ce))
        at = ss + len(a.text[ss:se]) - len(a.text[ss:se].lstrip(" ,"))
        for rx in (_FRAME, _FORWARDED, text_module.ASKER_ROLE):  # (the role: a user's said first is filler already)
            m = rx.match(a.text, at)
            if m and m.end() < se:
                found.append((m.start(), m.end() - (len(m.group("tail")) if rx is text_module.ASKER_ROLE
                                                    and m.group("known") else 0)))
                break
        for m in _FOR_PERSON.finditer(a.text, ss, se):
            # said first, the name is closed by a comma ("For Jane, NWSY's sales ...", round 24): the same framing as
            # said last; "For APXM, ..." reads a company and is kept by ``_content_free``
            first = m.start() == at and re.match(r"\s*,", a.text[m.end():se]) is not None
            if (m.start() > at or first) and len(a.original) == len(a.text) and all(
                    a.original[m.start("who") + w.start()].isupper() for w in re.finditer(r"\S+", m.group("who"))) \
                    and _for_someone(a, m):
                found.append((m.start(), m.end()))
    for s, e in found + [se for se in reasons if se not in found]:
        if not any(h.start < s or h.start >= e for h in a.hits) and not any(
                (x.start < s or x.start >= e) and x.kind == "rank" for x in a.atoms):
            continue  # the rest must ask for a measure, or rank by one
        # (a reason's words are checked after its conjunction: "since" restricts wherever else it stands)
        left = _content_free(a, reasons.get((s, e), s), e, index, threshold, empty_ok=(s, e) in reasons)
        if left is None or framing.audience_names(a, s, e):
            continue  # (round 31: "For our client in Zurich, ...": the place said of the client is the framing step's)
        if (s, e) in reasons:
            left = [*left, *(w for w in leftover(a.text, [(cs, ce) for cs, ce, _w in a.claims.spans])
                             if s <= w.start < reasons[s, e])]
        for w in left:
            a.claims.claim(w.start, w.end, "context")
        a.context.append(a.text[s:e].strip(" -.!?;:,()"))


# (round 43, f43v) a clause of the asker's reason said before the question: "because ...", "and since ...", "given
# that ...", "now that ..." ("as" is left: "as of", "as a percentage")
_REASON_FIRST = re.compile(r"\W*(?:and\s+|but\s+)?(?:because|since|given\s+that|seeing\s+as|now\s+that)\s+(?=[a-z])")




def _a_reason_only(a: Analysis, s: int, e: int) -> bool:
    """(round 43, f43v) Whether the words of a reason said first (``_REASON_FIRST``, text[s:e] after its conjunction)
    may only frame the question: none of a closed class of content (``leftovers.content_class``), none that chooses
    or restricts (``parens_said._RESTRICTS``: "because I hold it", "since the chairman likes big companies"), and no
    name written with a capital but "I" ("because Tesla is my favourite", "given that the board meets on Thursday"),
    found in the question as written (where the words are not found there as they are, not read)."""
    from finql.translate.parens_said import _RESTRICTS

    body = a.text[s:e].strip()
    said = re.search(rf"(?i)(?<!\w){re.escape(body)}(?!\w)", a.question) if body else None
    # ("in his own peculiar way": "own" after a possessive is no choosing verb, "the ones I own")
    if said is None or leftovers.content_class(body.split()) is not None or _RESTRICTS.search(
            re.sub(r"\b(my|his|her|their|our|your)\s+own\b", r"\1", body)):
        return False
    return not any(w[0].isupper() and w != "I" and not w.startswith("I'") for w in re.findall(r"[\w']+", said.group(0)))


# (round 47, f47v) the setting a teller opens a clause of the story with, before its subject (``_STORY_SUBJECT``): a
# preposition of time or place and up to five words, "last"/"one"/"that" and a season or a span, a span "ago"
_STORY_SETTING = (r"(?:(?:back\s+|way\s+back\s+)?(?:in|on|at|during|around|by|after|before|for)\s+(?:[\w'&-]+\s+){0,4}?[\w'&-]+|"
                  r"(?:last|one|that|this\s+past)\s+(?:summer|winter|spring|autumn|fall|year|month|week)|"
                  r"(?:(?:many|some|a\s+few|\w+)\s+)?(?:years|months|decades)\s+ago|back\s+then|once)")
# (round 44, f44s) the asker's story told around the question, clause by clause (``story_clauses``, ``story_told``):
# a clause whose subject is the asker or a person of the asker's ("I", "we", "my wife", "our treasurer", "he", "she",
# "Nan"), opened by nothing but conjunctions and hedges
_STORY_SUBJECT = re.compile(r"\W*(?:(?:and|but|so|though|although|while|because|honestly|frankly|well|now|still|also|"
                            r"oh|alas|sadly|admittedly|of\s+course)\s+)*"
                            # ((round 47, f47v) the time or place the teller sets the tale in, said first: "In 1971 we
                            # ...", "Back in '84 I ...", "On my last ship we ...", "Last summer my wife ...", "Years ago
                            # I ..."; its words are the clause's, checked and proved as every word of it)
                            rf"(?:{_STORY_SETTING}\s*,?\s+)?"
                            # (a subordinate clause of the asker's: "since well before I retired", "when I was young")
                            r"(?:(?:since|before|after|when|while|until|once|as)\s+(?:(?:well|long|just|shortly|soon)\s+"
                            r"(?:before|after)\s+)?)?"
                            rf"(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|my|our|his|her|he|she|he's|she's|{FAMILY_NAMED})"
                            r"(?![\w']|\.\w)")  # (not the "i" of "i.e.")
# what makes a clause part of the question whoever says it: a request, a wish, a want, a meaning said ("I need", "I'd
# like", "I wonder", "I'm curious", "my boss wants", "I mean the quarter", "please"), a question's word or a modal, a
# word that restricts or refers ("except", "rather", "instead", "the same"), a unit ("per")
_STORY_ASKS = re.compile(r"(?<![\w'])(?:wants?|wanted|wanting|needs?|needed|like|likes|love|wonder\w*|curious|interest\w*|"
                         r"ask\w*|mean|means|meant|care|cares|prefer\w*|look\w*|check\w*|see|seeing|know|knowing|tell|"
                         r"show|give|help|please|find|get|compare|rank|list|hope|wish|question|answer|figures?|"
                         # ((round 47, f47v) "after" a form of "be" asks, "what I'm after"; "after 19 years", "after
                         # my ship was sold" tell a time, a period's word, proved as every period of a story's)
                         r"(?:(?<=\bam\s)|(?<='m\s)|(?<=\bare\s)|(?<='re\s)|(?<=\bis\s)|(?<='s\s)|(?<=\bwas\s)|"
                         r"(?<=\bwere\s)|(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\breally\s))after|"
                         r"numbers?|data|grateful|thankful|appreciate\w*|what|which|how|who|whom|whose|why|whether|if|unless|"
                         r"you|your|yours|let|per|except|excluding|without|besides|other|rather|instead|same|such|"
                         r"thinking|considering|focus\w*|talking|referring|concerned|decid\w*|favou?rites?|"
                         # (the verbs that choose companies, framing's: "I hold", "we own", "my broker's picks")
                         rf"{framing.CHOOSING_VERBS}|picks?)"
                         r"(?![\w'])")
# the closed classes of content a story's words may hold (``leftovers.content_class``): numbers, periods, a
# comparison, a negation of the teller's own ("I'm not an expert", "I never trusted ..."); any other (a unit, a
# currency, a ranking, a size, a statistic) is the query's
_STORY_CLASSES = frozenset({"negation or exclusion", "comparison or arithmetic", "number", "period"})
# a word of the question that refers back to a time or a place the story said: "since then", "that year", "back then",
# "at the time", "since?" said last, "there" (not "hello there")
# ((round 46, f46v) nor the "there" of "are there any ...", "there were": it says that something is, no place)
_STORY_BACK = re.compile(r"(?<![\w'])(?:then|that\s+(?:year|month|quarter|day|week|time|period|date|window|stretch)|"
                         r"those\s+(?:years|months|quarters|days|weeks)|at\s+the\s+time|the\s+same\s+(?:period|time|"
                         r"year|day|window|dates?)|since\s*(?=[?.!,;]|$)|(?<!hello\s)(?<!hi\s)(?<!\bare\s)(?<!\bis\s)(?<!\bwere\s)"
                         r"(?<!\bwas\s)there(?!\s+(?:are|is|were|was)\b)|here|(?:each|every|per|a)\s+(?:year|quarter)|"
                         r"annually|year\s+by\s+year|over\s+the\s+years)(?![\w'])",
                         re.IGNORECASE)
# (round 48, f48v) a word of the teller's own, as written ("us" in lower case: "US" is a country; not the "I" of "i.e.")
_TELLER_SAID = re.compile(r"(?<![\w'])(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e're|[Ww]e've|"
                          r"[Ww]e'd|us|[Oo]ur|[Oo]urs)(?![\w']|\.\w)")
# a clause that goes on from the one before it: a relative pronoun first
_STORY_GOES_ON = re.compile(r"\W*(?:which|who|whom|whose|where|that)(?![\w'])", re.IGNORECASE)
_PRONOUN_BACK = re.compile(r"(?<![\w'])(?:it|its|it's|they|their|them|those|these)(?![\w'])", re.IGNORECASE)


def story_clauses(question: str) -> list[tuple[int, int]]:
    """(round 44, f44s) The spans of ``question`` that may be the asker's story, by their form alone: a sentence, a
    clause of one (between commas or semicolons) or an aside (a bracket or a pair of dashes, taken whole), none asked
    ("?") and none the question's last clause, whose subject is the asker or a person of the asker's
    (``_STORY_SUBJECT``), that holds no word of a request, a wish or a meaning, no question word or modal and no word
    that restricts or refers (``_STORY_ASKS``: "I need ...", "I mean the quarter", "in dollars, please" are the
    question's), and whose words of a closed class of content are only numbers, periods, comparisons or the teller's
    negations (``_STORY_CLASSES``; no currency). Whether the words play no part in the query is proved on the
    reading of the rest (``story_told``). Each span holds its clause's closing punctuation."""
    asides = [(m.start(), m.end()) for m in re.finditer(r"\s*\([^()]*\)", question)]
    asides += [(m.start(), m.end()) for m in re.finditer(r"\s+[—–-]{1,2}\s+[^—–()?]+?\s+[—–-]{1,2}(?=\s)", question)
               if not any(s < m.end() and m.start() < e for s, e in asides)]
    blank = question
    for s, e in asides:
        blank = blank[:s] + " " * (e - s) + blank[e:]  # (the clauses around an aside are cut without it)
    cuts = [0] + [m.end() for m in re.finditer(r"[.!?;]+(?=\s|$)|,(?!\d{3})", blank)] + [len(blank)]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if re.search(r"\w", blank[cuts[i]:cuts[i + 1]])]
    # (the question's last clause is the question's, unless a clause before it is asked: "...? I'm new to this.")
    asked = [c for c in clauses if "?" in blank[c[0]:c[1]]]
    last = clauses[-1] if clauses and not asked else None
    spans: list[tuple[int, int]] = []
    for s, e in asides + clauses:
        said = blank[s:e] if (s, e) in clauses else question[s:e]
        body = said.strip(" ,.;:!?()—–-")
        if not body or "?" in said or (s, e) == last:
            continue  # (the question's own clause: asked, or the last)
        nxt = next((blank[x:y] for x, y in clauses if x >= e), "")
        if (s, e) in clauses and (_STORY_GOES_ON.match(nxt) or re.search(
                r"(?<![\w'])(?:because|since|as|while|when|though|although|that|and|but|or|so)\W*$", said)):
            continue  # ("I hold some X, which ...", "..., because, well, ...": the clause goes on after its comma)
        if _STORY_SUBJECT.match(body.lower()) is None or not _story_words(body, trade=(s, e) not in asides):
            continue
        spans.append((s, e))
    # (round 45, f45s) a sentence of the story taken whole where its first clause is the asker's and each clause after
    # it goes on with the asker's tale ("I went to sea in 1962, a deckhand on a collier with a crew of 31, and by 1978
    # I had my own command."): the clauses after the first have no subject of their own, so they were never cut; the
    # sentence's words, brackets included, pass the same checks as one clause's
    sentences = [0] + [m.end() for m in re.finditer(r"[.!?]+(?=\s|$)", blank)] + [len(blank)]
    for s, e in ((sentences[i], sentences[i + 1]) for i in range(len(sentences) - 1)):
        inner = [c for c in clauses if s <= c[0] and c[1] <= e]
        body = question[s:e].strip(" ,.;:!?()—–-")
        if not inner or "?" in question[s:e] or last in inner or (inner[0] in spans and all(
                c in spans for c in inner)) or not _story_words(body):
            continue
        if _STORY_SUBJECT.match(blank[inner[0][0]:inner[0][1]].strip(" ,.;:!?()—–-").lower()) is not None:
            if len(inner) < 2:
                continue
        # ((round 48, f48v) or a sentence of any subject told of the teller: a word of the teller's own outside its
        # brackets ("General Widget made the motor in my old kick wheel.", "Debt frightens me.", "Redwood Farms grows
        # the straw I use.", "The miners in my novel need a rival."); its words pass the same checks and proofs)
        elif not _TELLER_SAID.search(blank[s:e]):
            continue
        spans = [x for x in spans if not (s <= x[0] and x[1] <= e)] + [(s, e)]
    # (an aside of a third person, "(she ...)", is story only inside a clause of the story: "My sister (she is redoing
    # her kitchen) wants X's ...": she is the one who asks)
    third = re.compile(r"\W*(?:he|she|he's|she's|his|her)(?![\w'])", re.IGNORECASE)
    return sorted((s, e) for s, e in spans if (s, e) not in asides or not third.match(question[s:e].strip(" ()—–-")) or any(
        cs <= s and e <= ce for cs, ce in spans if (cs, ce) in clauses))


# (round 49, f49v) words of the teller said to the listener, set off by a comma, a bracket, a dash or the sentence's
# start or end: no request ("you see", "you know", "mind you", "I can tell you", "let me tell you", "if you know it")
_TO_THE_LISTENER = re.compile(r"(?:^|(?<=[,(;—–-])|(?<=[,(;—–-]\s))\s*(?:you\s+see|you\s+know|mind\s+you|believe\s+(?:you\s+)?me|"
                              r"(?:i\s+(?:can|could|must|will|'ll)\s+|let\s+me\s+|i\s+)tell\s+you|if\s+you\s+know\s+(?:it|her|him|them|"
                              r"the\s+place))\s*(?=[,.;:!)—–-]|$)")
# (round 49, f49v) "like" of a likeness, after a verb of seeming or moving or a verb's "-ing" form: "feels like a lot",
# "they go like hot cakes", "prices fall like that", "just waiting like us" (the verb's subject is no asker's wish)
_LIKE_A_LIKENESS = re.compile(r"(?<![\w'])((?:feels?|felt|feeling|looks?|looked|sounds?|sounded|seems?|seemed|go|goes|went|"
                              r"gone|sells?|sold|falls?|fell|fallen|rises?|rose|risen|drops?|dropped|moves?|moved|"
                              r"behaves?|behaved|runs?|ran|[a-z]{3,}ing)\s+)like(?![\w'])")


def _story_words(body: str, trade: bool = True) -> bool:
    """(round 44, f44s; round 45, f45s: one check for a clause and a sentence) Whether the words of a story's span
    ``body`` may be the asker's tale: no request, wish, meaning, question word or restricting word (``_STORY_ASKS``),
    no closed class of content but numbers, periods, comparisons and the teller's negations (``_STORY_CLASSES``), no
    currency, every word plain English, a number or a name written with a capital ("(my frobnicated view)" is not
    read)."""
    from finql.translate.spelling import english

    low = body.lower()
    # ((round 47, f47v) "own" after the teller's possessive chooses nothing: "my own command", "our own boat"; "the
    # ones I own", "its own currency" are left to the checks)
    # ((round 49, f49v) nor does a word said to the listener set off by commas, brackets or the sentence's end, "you
    # see", "I can tell you", "if you know it" (``_TO_THE_LISTENER``), nor "like" of a likeness after a verb of seeming
    # or moving, "they go like hot cakes", "waiting like us" (``_LIKE_A_LIKENESS``): "I'd like", "I like to know",
    # "stocks like X" still ask)
    told = _LIKE_A_LIKENESS.sub(r"\1as", _TO_THE_LISTENER.sub(" ", low))
    if _STORY_ASKS.search(re.sub(r"(?<![\w'])(my|our)\s+own(?![\w'])", r"\1", told)):
        return False
    # ((round 48, f48v) a currency's words are the story's where they name the currency the question asks in, the
    # reason for it: proved on the reading, ``_story_apart``)
    for cs, ce, _v in reversed(ent.currency_mentions(low)):
        low = low[:cs] + " " * (ce - cs) + low[ce:]
    if {leftovers.content_class([w]) for w in low.split()} - {None} - _STORY_CLASSES:
        return False
    # ((round 49, lead) a trade word is the story's outside brackets only: an aside by a figure qualifies it, "Falcon
    # Software's sales (my frobnicated view)" (round 42) stays refused)
    bracketed = {w for inner in re.findall(r"\(([^()]*)\)", body) for w in re.findall(r"[\w'][\w'-]*", inner)}
    return all(len(w) <= 3 or w.lower() in FILLER or english(re.sub(r"'s$", "", w.lower())) or w[0].isdigit()
               or w[0].isupper() or _compound(w.lower()) or _number_said(w)
               or (trade and w not in bracketed and _trade_word(w))
               for w in re.findall(r"[\w'][\w'-]*", body))


def _trade_word(word: str) -> bool:
    """(round 49, f49v) A word of the teller's trade or life that is no common English word ("collier", "teapot",
    "frightens", "mugs", "millibars"), told in a story's span (``story_clauses``): no word of the chain's content (a
    measure's, a set's, a period's: ``spelling.TARGETS``, "capex", "ebitda", "turnover") and no slip of one or of a
    function word (``spelling.suggestions`` offers none: "revnue", "bales" (sales), "swore" (score) stay refused,
    named). A word written with hyphens ("wheel-throwing", "new-build", "clothes-pegs") is the story's where each part
    is (a plain English word, a number or such a word)."""
    from finql.translate.spelling import TARGETS, english, suggestions

    parts = re.sub(r"'s?$", "", word.lower()).split("-")
    if len(parts) > 1:
        return all(p and (len(p) <= 3 or p in FILLER or english(p) or p.isdigit() or _trade_word(p)) for p in parts)
    w = parts[0]
    return w.isalpha() and w not in TARGETS and not any(
        w.endswith(end) and w[: -len(end)] in TARGETS for end in ("s", "es", "ed", "ing", "er", "ers")) \
        and not suggestions(w)


def _number_said(word: str) -> bool:
    """(round 47, f47v) A number written in words with a hyphen ("seventy-eight", "forty-one", "twenty-two"): a
    number of the story, as its digits would be (each part one of ``text.CARDINALS``); its class, a number, is proved
    on the reading as every number of a story's is (``_story_apart``)."""
    parts = word.lower().split("-")
    return len(parts) > 1 and all(p in text_module.CARDINALS for p in parts)


def _compound(word: str) -> bool:
    """(round 46, f46v) A word of a story written as two plain English words of four letters or more ("ballroom",
    "centrepieces", "flowerbeds"): the teller's, as each word alone would be ("netincome" is no such pair)."""
    from finql.translate.spelling import english

    return any(english(word[:i]) and english(word[i:]) for i in range(4, len(word) - 3))


def _story_cut(question: str, spans: list[tuple[int, int]]) -> str:
    """The question without the story's spans (``story_clauses``), its punctuation mended."""
    out, at = [], 0
    for s, e in sorted(spans):
        out.append(question[at:s])
        at = e
    rest = "".join(out) + question[at:]
    rest = re.sub(r"\s+", " ", rest)
    rest = re.sub(r"\s+([,.;:?!])", r"\1", rest)
    rest = re.sub(r"^[\s,;:.—–-]+|(?<=[.;:!?])[\s,;:—–-]+(?=\w)", lambda m: " " if m.start() else "", rest)
    return rest.strip()


def _story_apart(said: str, original: str, b: Analysis, names: tuple[str, ...] = ()) -> bool:
    """(round 44, f44s) Whether a story clause ``said`` (``story_clauses``) plays no part in ``b``, the reading of the
    question without it: read alone, every company, set and measure it names is named in ``b`` as well; it names no
    currency, condition or ranking; a period or a number it says is not ``b``'s, ``b`` saying its own period; a name
    written with a capital in it (a person, a place, a company the data lacks) is not referred to by a pronoun of ``b``'s
    question. (round 45, f45s) A set it names that ``b`` does not is allowed where ``b`` asks of companies named, no
    set, and the set holds each of them ("I take card payments ... What was Driftwood Pay's net income?": dropping it
    changes no row, as ``_context_segments``'s rule); ``names``, the companies the pronoun of ``b`` was resolved to
    (``story_told``), are no other name a pronoun may mean."""
    from finql.translate.sets import universe, universe_companies

    assert b.ents is not None and b.time is not None
    r = _rules(start(said), None, 0.91, 0.02, judged=False)
    assert r.ents is not None and r.time is not None
    keys = {h.sense.key for h in b.hits}
    sets = {(t.kind, t.value) for t in b.ents.sets}

    def holds_asked(t: Any) -> bool:  # (the set holds every company asked, and none is asked by a set)
        return bool(b.ents and b.ents.tickers and not b.ents.sets and not t.negated) and set(b.ents.tickers) <= {
            c.ticker for c in universe_companies(universe([t], said.lower()) or "ALL")}

    def currency_place(t: Any) -> bool:
        # ((round 48, f48v) the teller's place, the reason for the currency asked: "in pounds? I'm in the UK", "in
        # Canadian dollars. Our bank is in Canada": a country whose every company reports in the currency the rest
        # asks in, where the rest asks of companies named and of no set)
        return bool(b.ents and b.ents.currency and b.ents.tickers and not b.ents.sets and not t.negated
                    and t.kind == "COUNTRY") and {c.currency for c in universe_companies(
                        universe([t], said.lower()) or "ALL")} == {b.ents.currency}

    # ((round 48, f48v) a currency the story names is the one the rest asks in: "My supplier invoices me in euros. ...
    # In euros, please."; another, or none asked, is the story's own: not cut)
    told = {v for _s, _e, v in ent.currency_mentions(said.lower())}
    if not set(r.ents.tickers) <= set(b.ents.tickers) or (told and told != {b.ents.currency}) \
            or (r.ents.currency and r.ents.currency != b.ents.currency) \
            or any(t.kind != "ALL" and (t.kind, t.value) not in sets and not holds_asked(t) and not currency_place(t)
                   for t in r.ents.sets) \
            or any(h.sense.key not in keys for h in r.hits) \
            or any(x.kind in (*_CONDITION_ATOMS, "rank", "rankverb", "est", "func") and not _told_of_the_tale(r, x)
                   for x in r.atoms):
        return False
    timed = bool(r.time.mentions or re.search(r"\d", said) or leftovers.content_class(said.lower().split()) == "number")
    if timed and not b.time.mentions:
        return False
    for n in sorted(names, key=len, reverse=True):
        said = re.sub(rf"(?<![\w']){re.escape(n)}(?:'s?)?(?![\w'])", "the company", said)
    capitals = [w for w in re.findall(r"(?<=\w[\s,;]|[a-z]\s)([A-Z][\w'-]+)", said) if w != "I" and not w.startswith("I'")
                and not any(currency_place(t) and r.text[t.start:t.end].strip().lower() == w.lower() for t in r.ents.sets)]
    if (timed or capitals) and _STORY_BACK.search(b.question):
        return False  # ("I retired in 2019. ... since then?", "I lived in France. ... listed there?")
    return not (capitals and _PRONOUN_BACK.search(b.question))


def _told_of_the_tale(r: Analysis, x: Any) -> bool:
    """(round 49, f49v) Whether a comparison or a change the story says (an atom of ``r``, the story's span read alone:
    "drank more than their share of the cargo", "a better eye on things", "it's been dropping", "it changed my
    life") is the tale's own: the span names no measure (``r.hits``), and the comparison's clause (between commas,
    semicolons, brackets or dashes) says no number ("nothing above 20", "I never pay over twenty times" stay the
    question's possible bound: not cut) and names no set or company ("in respect of the larger banks"); a comparison
    of a measure, an estimate or a ranking is never the tale's."""
    if r.hits or x.kind not in ("cmp", "comparative", "func"):
        return False
    s = max((m.end() for m in re.finditer(r"[,;:()—–]|\s-\s", r.text[:x.start])), default=0)
    e = min((m.start() + x.end for m in re.finditer(r"[,;:()—–]|\s-\s", r.text[x.end:])), default=len(r.text))
    clause = r.text[s:e].lower()
    assert r.ents is not None
    if any(s < t.end and t.start < e for t in r.ents.sets if t.kind != "ALL") or any(
            s <= at < e for at in r.ents.ticker_pos.values()):
        return False  # ("the larger banks", "did better than Lumen Streaming": a set or a company compared)
    return not re.search(r"\d", clause) and not any(
        w in text_module.CARDINALS or w in timeres.NUMBER_WORDS or _number_said(w) for w in re.findall(r"[a-z-]+", clause))


def _story_company(question: str, spans: list[tuple[int, int]], rest: str, b: Analysis) -> tuple[str, ...]:
    """(round 45, f45s) The one company the story names, where the rest of the question refers to a company by a pronoun
    ("its", "their") and names none, and its reading failed: the pronoun resolved to it (its name, as the registry
    writes it), never guessed among two; () otherwise. Whether another name of the story may be the one meant is
    ``_story_apart``'s check of the names with a capital, the company's own masked."""
    from finql.language.registry import by_ticker

    # ((round 46, f46v) or read as every company, no set named, where nothing of the rest asks of several: "so I'm
    # curious how their shares have done" read the return of the whole universe; "which companies have their P/E
    # under 10" asks of companies, its "their" is theirs)
    of_all = b.reading is not None and not b.refusal and b.ents is not None and not b.ents.sets and not re.search(
        r"(?<![\w'])(?:which|who|whose|any|all|each|every|compan\w*|firms?|names|stocks|ones|screen\w*|list\w*|rank\w*)(?![\w'])",
        rest, re.IGNORECASE)
    if (b.reading is not None and not b.refusal and not of_all) or (b.ents is not None and b.ents.tickers) \
            or not _PRONOUN_BACK.search(rest):
        return ()
    told = _rules(start(" ".join(question[s:e].strip() for s, e in spans)), None, 0.91, 0.02, judged=False)
    tickers = set(told.ents.tickers) if told.ents is not None else set()
    if len(tickers) != 1 or (told.ents is not None and told.ents.ambiguous):
        return ()
    return (by_ticker()[tickers.pop()].name,)


def story_told(question: str, index: Any = None, threshold: float = 0.91, margin: float = 0.02) -> Analysis | None:
    """(round 44, f44s) The rules' reading of a question told inside the asker's story, without the story: the story's
    clauses by form (``story_clauses``), cut; the rest read by the rules, whole and not refused, referring back to none
    of them (``_STORY_BACK``: "since then", "that year"); each clause shown to play no part in that reading
    (``_story_apart``), and a clause that cannot be shown so put back and the rest read again. The story's clauses are
    the reading's context. None where no story is cut or the rest does not read."""
    spans = story_clauses(question)
    while spans:
        rest = _story_cut(question, spans)
        if not re.search(r"\w", rest):
            return None
        b = _rules(start(rest), index, threshold, margin)
        names = _story_company(question, spans, rest, b)
        if names:  # ("Orbital Aerospace has been around as long as I have. What was its ...?")
            b = _rules(start(f"{names[0]}: {rest}"), index, threshold, margin)
        if b.reading is None or b.refusal:
            return None
        kept = [(s, e) for s, e in spans if _story_apart(question[s:e].strip(" ,.;:!?()—–-"), question, b, names)]
        if kept == spans:
            b.context = [*b.context, *(question[s:e].strip(" ,.;:!?()—–-") for s, e in spans)]
            return b
        spans = kept
    return None


# (round 45, f45s) a formal asker named in the third person, who asks after a preamble of the case ("In respect of
# X, and having regard to ..., the court asks for ...", "The bench, having heard counsel ..., asks which ...",
# "Whereas ..., the court requires ...", "The applicant, whose licence ..., asks ..."): the one who asks, an aside
# between commas, then a verb of asking (``formal_asked``)
_FORMAL_ASKER = re.compile(
    r"(?<![\w'])(?P<who>(?:the|this)\s+(?:court|tribunal|bench|panel|applicant|inquiry|commission))"
    r"(?P<mid>\s*,(?:[^,()]|\([^()]*\))*?(?:,(?:[^,()]|\([^()]*\))*?)*,)?"
    r"\s+(?P<verb>asks|requires|requests|seeks|(?:would|must|wishes\s+to|needs\s+to|should)\s+(?:be\s+(?:obliged|"
    r"grateful)\s+to\s+)?(?:know|learn|determine|ask))(?P<pfor>\s+for)?(?![\w'])", re.IGNORECASE)
# a reference back to the companies named in the preamble: "the aforementioned company", "the aforementioned shares",
# "the aforementioned company's", "each of the aforementioned (companies)", "the said bank"
_AFOREMENTIONED = re.compile(
    r"(?<![\w'])(?:the\s+)?(?:aforementioned|aforesaid|above-?named|said(?=\s+(?:compan|undertaking|firm|concern|insurer|"
    r"bank|issuer|entit|shares|stock|group)))"
    r"(?:\s+(?P<noun>(?P<plural>companies|undertakings|firms|concerns|insurers|banks|issuers|entities)|company|undertaking|"
    r"firm|concern|insurer|bank|issuer|entity|shares|stock|group))?(?P<poss>'s?)?(?![\w'])", re.IGNORECASE)
# the words of a preamble or a closing clause that change a query wherever they stand: a restriction, an exception, a
# reference to the same, a unit
_FORMAL_RESTRICTS = re.compile(r"(?<![\w'])(?:per|except|excluding|exclusive|besides|other|rather|instead|same|such|only|"
                               r"solely|save|unless|if|each|every|respectively|order|otherwise|others?|like\s+(?:them|it|those))(?![\w'])",
                               re.IGNORECASE)
# the closed classes of content a preamble may hold, each proved on the reading (``_formal_apart``)
_FORMAL_CLASSES = frozenset({"comparison or arithmetic", "number", "period"})


def _formal_words_ok(said: str) -> bool:
    """(round 45, f45s) Whether the words of a formal preamble or closing clause ``said`` may be shown to play no part:
    no restricting word (``_FORMAL_RESTRICTS``), no currency, no closed class of content but numbers, periods and
    comparisons (each proved on the reading, ``_formal_apart``), every word plain English, a short one, a number or a
    name with a capital (as ``story_clauses``)."""
    from finql.translate.spelling import english

    low = said.lower()
    if _FORMAL_RESTRICTS.search(low) or ent.currency_mentions(low) or re.search(
            rf"(?<![\w']){text_module.SCALES}(?![\w'])", low):
        return False
    if {leftovers.content_class([w]) for w in re.findall(r"[\w'%$£€¥-]+", low)} - {None} - _FORMAL_CLASSES:
        return False
    return all(len(w) <= 3 or w.lower() in FILLER or english(re.sub(r"'s?$", "", w.lower())) or w[0].isdigit()
               or w[0].isupper() for w in re.findall(r"[\w'][\w'-]*", said))


def _formal_apart(said: str, b: Analysis, names: list[str]) -> bool:
    """(round 45, f45s) Whether a preamble or closing clause ``said`` plays no part in ``b``, the reading of the
    request: its words pass ``_formal_words_ok``; read alone, the companies it names are ``b``'s; each period it says
    is one of ``b``'s (the same value: "losses within calendar 2022 ... the return during calendar 2022"); a number
    beside no period of its own is no threshold (``_story_apart``: no condition, ranking, currency, or measure that
    ``b`` lacks); the companies' names masked (they are ``b``'s), ``_story_apart`` holds of the rest."""
    assert b.ents is not None and b.time is not None
    masked = _AFOREMENTIONED.sub("the company", said)
    for n in sorted(names, key=len, reverse=True):
        masked = re.sub(rf"(?i)(?<![\w']){re.escape(n)}(?:'s?)?(?![\w'])", "the company", masked)
    if not _formal_words_ok(masked):  # (the names masked: "Sterling Power" says no currency)
        return False
    r = _rules(start(said), None, 0.91, 0.02, judged=False)
    assert r.ents is not None and r.time is not None
    if not set(r.ents.tickers) <= set(b.ents.tickers):
        return False
    def when(v: Any) -> tuple[Any, ...]:  # (the period itself, not how or where it was said)
        return v.kind, v.years, v.quarters, v.dates, v.n, v.unit, v.calendar, v.fiscal, v.half, v.month, v.back

    if any(not any(when(m.value) == when(o.value) for o in b.time.mentions) for m in r.time.mentions):
        return False
    return not re.search(r"\w", masked) or _story_apart(masked, said, b)


def formal_asked(question: str, index: Any = None, threshold: float = 0.91, margin: float = 0.02) -> Analysis | None:
    """(round 45, f45s) The rules' reading of a question asked by a formal asker in the third person after a preamble
    of the case (``_FORMAL_ASKER``: "In respect of X, and having regard to ..., the court asks for the net income of the
    aforementioned company in fiscal 2024"). The request is read as the asker's own ("I ask for ...", "I would like to
    know ..."); "the aforementioned company" (``_AFOREMENTIONED``) is the one company named before it, "the
    aforementioned companies" those named, in their order (a singular said where several or none are named is
    refused: never guessed); where the request names no company, the companies named before it are its topic ("X:
    ... its cash ..."). The preamble (the words before the asker, and the aside after it) and at most two closing
    clauses after the request (", this being material to the matter before it") are cut only where each is shown to
    play no part in the reading (``_formal_apart``); they are the reading's context. None otherwise."""
    from finql.language.registry import by_ticker

    m = _FORMAL_ASKER.search(question)
    if m is None:
        return None
    before = (question[:m.start()] + (m.group("mid") or "")).strip(" ,;:")
    body = question[m.end():].strip()
    if (aside := re.match(r",([^,()]+),\s*", body)) is not None:  # ("the court requires, before it may rule, the ...")
        before, body = f"{before}, {aside.group(1).strip()}", body[aside.end():]
    if not body or _FORMAL_ASKER.search(body):
        return None
    named = _rules(start(before), None, threshold, margin, judged=False) if re.search(r"\w", before) else None
    tickers = list(named.ents.tickers) if named is not None and named.ents is not None else []
    names = [by_ticker()[t].name for t in tickers]

    def said_of(x: re.Match[str]) -> str:
        plural = bool(x.group("plural")) or x.group("noun") is None
        if not tickers or (len(tickers) != 1) != plural:
            raise LookupError  # (one company for "the aforementioned company", several for "the aforementioned")
        said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        if (x.group("noun") or "").lower() in ("shares", "stock"):
            return f"{said}'s {x.group('noun')}"
        return said + ("'s" if x.group("poss") else "")

    try:
        body = _AFOREMENTIONED.sub(said_of, body)
    except LookupError:
        return None
    pfor = bool(m.group("pfor"))
    if not pfor and (said_for := re.match(r"for\s+", body)) is not None:  # ("asks, in respect of X, for the ...")
        pfor, body = True, body[said_for.end():]
    lead = "I ask for" if pfor else "I would like to know"
    if re.match(r"(?i)(?:which|what|how|whether)\b", body):
        lead = ""
    clauses = [0] + [c.end() for c in re.finditer(r",(?!\d{3})", body)]
    for cut in (len(body), *reversed(clauses[-2:] if len(clauses) > 1 else [])):
        if cut == 0:
            continue
        request, tail = body[:cut].rstrip(" ,"), body[cut:].strip(" ,.;:!?")
        if re.search(r"[()]", tail):
            continue
        asked = f"{lead} {request}".strip()
        probe = _rules(start(asked), None, threshold, margin, judged=False)
        if probe.ents is not None and not probe.ents.tickers and not (probe.ents.sets) and names:
            asked = f"{' and '.join(names)}: {asked}"
        b = _rules(start(asked), index, threshold, margin)
        if b.reading is None or b.refusal:
            continue
        if before and not _formal_apart(before, b, names):
            return None
        if tail and not _formal_apart(tail, b, names):
            continue
        b.context = [*b.context, *(c for c in (before, tail) if c)]
        return b
    return None


# A clause that gives the purpose or the occasion of the question ("For a client memo, ...", "Ahead of the earnings
# call, ...", "In preparation for the board meeting, ...", "..., for a client note"): a preposition of purpose, then a
# few words ending in a noun of a document, a meeting or event, or the people it is for (general English, closed).
_PURPOSE_PREP = (r"for|ahead of|in preparation for|in advance of|in the run-up to|before|prior to|as part of|in connection with|"
                 r"as input (?:to|for)|to prepare for|going into|in time for|needed for|it's for|this is for")
_PURPOSE_HEAD = (r"notes?|memos?|reports?|decks?|pitch(?:es|book)?|presentations?|slides?|papers?|pieces?|articles?|"
                 r"stor(?:y|ies)|models?|spreadsheets?|sheets?|screens?|reviews?|analys[ie]s|reconciliations?|audits?|"
                 r"packs?|files?|records?|summar(?:y|ies)|briefs?|briefings?|updates?|newsletters?|blog|posts?|emails?|"
                 r"letters?|proposals?|one-pagers?|stud(?:y|ies)|thesis|dissertation|assignments?|homework|projects?|"
                 r"exercises?|write-?ups?|dashboards?|backtests?|comps|tables?|charts?|submissions?|checks?|"
                 r"meetings?|calls?|conferences?|(?:sub-)?committees?|boards?|sessions?|roadshows?|offsites?|"
                 r"workshops?|webinars?|interviews?|discussions?|catch-ups?|hearings?|visits?|trips?|lunch|dinner|"
                 r"events?|releases?|announcements?|webcasts?|previews?|huddles?|stand-?ups?|"
                 r"clients?|customers?|boss|managers?|team|desk|colleagues?|pm|investors?|cio|partners?|students?|"
                 r"course|lectures?|readers?|audience|office|"
                 # a family office's part of the portfolio: "for our Japanese sleeve" (round 21)
                 r"sleeves?|mandates?|"
                 # (round 31) a portfolio manager's model, "for the model portfolio" (a portfolio alone may be
                 # the asker's holdings, which choose companies: not read)
                 r"model\s+portfolios?|"
                 # a compliance officer's (round 22): "for our annual filing", "for the complaint under review"
                 r"filings?|complaints?(?:\s+(?:under\s+review|in\s+question))?|disclosures?|"
                 r"investigations?|reconciliations?|regulators?|auditors?")  # (no "season": "for the holiday season" is a period)
_PURPOSE = re.compile(rf"\b(?P<prep>{_PURPOSE_PREP})\s+(?P<body>(?:[\w'&/-]+\s+){{0,5}}?(?P<head>{_PURPOSE_HEAD}))"
                      r"(?=\s*(?:[,:;)]|\s-+\s|\.(?:\s|$)|[.?!]*\s*$)"
                      # the request said right after it, with no mark: "Prior to our lender meeting I need ..."
                      r"|\s+(?:i|we)(?:'d|\s+would)?\s+(?:need|like|want)\b)")
# a measure's word before the noun of an event names the event ("the earnings call", "the results season")
_EVENT_AFTER = re.compile(r"\s+(?:calls?|season|releases?|dates?|days?|webcasts?|announcements?|previews?|"
                          r"presentations?|meetings?|conferences?)\b")
# where the rest of the question is a screen, a word before the noun may choose companies ("a small-cap screen"):
# only the words of documents and meetings are read as context there
# (round 30: "income" of "the income schedule" is a measure's word too, never neutral here; round 31: the words of
# documents are ``text.DOC_NEUTRAL``, no longer ``_DOC_ADJ`` less a list)
_NEUTRAL = frozenset(text_module.DOC_NEUTRAL.split("|")) | {
    "earnings", "results", "analyst", "conference", "pitch", "morning", "afternoon", "evening"}
# a period or a date, said or not read as one ("the next quarter's meeting", "the March review"): never context
# (round 31) the style a sleeve, a mandate or a model portfolio is run for, its name ("for the income sleeve", "our
# value mandate", "the balanced model portfolio"): no condition on the companies asked, nor a measure ("income"); not
# "core", a measure's qualifier ("core earnings", ``framing.QUALIFIERS``)
# ("growth", "dividend" are measures' words, read by the other steps: named)
_STYLE = frozenset({"income", "value", "balanced"})
_STYLED = re.compile(r"sleeves?|mandates?|model\s+portfolios?")
_PERIOD_WORD = re.compile(r"\b(?:next|last|this|previous|prior|coming|current|following|latest|recent|today|tomorrow|"
                          r"yesterday|tonight|(?:quarter|year|month|week|day|half|period|fiscal|fy|ytd|ltm|ttm)s?|"
                          r"january|february|march|april|may|june|july|august|september|october|november|december|"
                          r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")


def _purpose(a: Analysis, index: senses.SenseIndex | None, threshold: float) -> None:
    """A leading or trailing clause of purpose or occasion (``_PURPOSE``), when the rest of the question asks for a
    measure or a move and nothing in the clause could change a row: no company, period, number, currency, measure
    (a measure's word naming an event, "the earnings call", is the event), restricting word, word that means a
    measure or one FinQL lacks; a set it names is one the rest of the question names as well ("For our Japan desk:
    which Japanese companies ..."), so dropping it changes no row; and where the rest is a screen, the words before
    the noun are those of documents and meetings only ("for a small-cap screen" may choose the companies)."""
    assert a.claims is not None and a.ents is not None
    for m in _PURPOSE.finditer(a.text):
        s, e, bs = m.start(), m.end(), m.start("body")
        before = a.text[:s]
        leading = all(w.text in FILLER or not a.claims.free(w.start, w.end) and all(
            who in ("filler", "context") for cs, ce, who in a.claims.spans if cs < w.end and w.start < ce)
            for w in words(before))
        trailing = re.fullmatch(r"[\s.?!)]*", a.text[e:]) is not None and re.search(r"(?:[,(;:.!?]|\s-+)\s*$", before)
        if not (leading or trailing) or framing.audience_names(a, s, e):
            continue  # (round 31: "For our London client, ...": the place said of the client is the framing step's)
        occasion = re.match(r"before|prior|ahead|in advance|in the run-up|going into|in time", m.group("prep"))
        if occasion and (trailing and not leading or any(h.sense.template.startswith("P_") for h in a.hits)
                         or any(x.kind == "move" for x in a.atoms)):
            continue  # "..., before the earnings call", "before the call, X's share price": a date, maybe
        events = [h for h in a.hits if bs <= h.start and h.end <= e and _EVENT_AFTER.match(a.text, h.end)]
        rest = [h for h in a.hits if h.start < s or h.start >= e]
        if not rest and not any((x.start < s or x.start >= e) and x.kind in ("move", "rank") for x in a.atoms):
            continue  # the rest must ask for a measure, or rank by one
        if any(s <= h.start < e for h in a.hits if h not in events):
            continue
        hs, he = m.start("head"), m.end("head")  # ("the complaint under review": the head's own words, round 22)
        if any(s <= x.start < e and not hs <= x.start < he and not all(w.text in FILLER for w in words(a.text[x.start:x.end]))
               for x in a.atoms):
            continue
        spans = [(cs, ce, who) for cs, ce, who in a.claims.spans if cs < e and s < ce and not (
            who == "structure" and hs <= cs and ce <= he)]
        if any(who not in ("filler", "context", "set", "sense", "structure") for _cs, _ce, who in spans):
            continue  # a company, a period, a currency, a field, a word refused already
        if any(who == "sense" and not any(h.start <= cs and ce <= h.end for h in events) for cs, ce, who in spans):
            continue
        if _RESTRICTING.search(a.text, bs, hs) or _RESTRICTING.search(a.text, he, e) or _PERIOD_WORD.search(a.text, bs, e) \
                or ent.currency_mentions(a.text[s:e]):
            continue
        if any(s <= fs < e for _f, _o, fs, _fe in a.ents.ambiguous):
            continue
        sets = [t for t in a.ents.sets if s <= t.start < e]
        if any(not any(o.kind == t.kind and o.value == t.value and not o.negated and not (s <= o.start < e)
                       for o in a.ents.sets) for t in sets):
            continue  # a set of its own would choose the companies
        left = [w for w in leftover(a.text, [(cs, ce) for cs, ce, _w in a.claims.spans]) if s <= w.start < e]
        styled = _STYLED.fullmatch(m.group("head")) is not None
        body_left = [w for w in left if w.start >= bs and not (styled and w.text in _STYLE and w.end <= hs)]
        if any(w.text in senses.OUT_OF_SCOPE or senses.fuzzy(w.text) or w.text in _family_words() for w in body_left):
            continue
        # (the head is a noun of the closed list, never a measure by meaning: "colleagues" is near "employees", round 23)
        if index is not None and any(_means_a_sense(index, w.text, threshold) for w in body_left if not hs <= w.start < he):
            continue
        modifiers = [w for w in body_left if w.end <= m.start("head")]
        if not a.ents.tickers and any(w.text not in _NEUTRAL for w in modifiers) or not left and not events:
            continue
        for h in events:
            a.hits.remove(h)
            a.claims.spans = [sp for sp in a.claims.spans if not (sp[2] == "sense" and h.start <= sp[0] and sp[1] <= h.end)]
            a.claims.claim(h.start, h.end, "context")
        for w in left:
            a.claims.claim(w.start, w.end, "context")
        a.atoms = [x for x in a.atoms if not hs <= x.start < he]  # ("under review": no comparison)
        a.claims.spans = [sp for sp in a.claims.spans if not (sp[2] == "structure" and hs <= sp[0] and sp[1] <= he)]
        a.claims.claim(hs, he, "context")
        a.ents.sets = [t for t in a.ents.sets if t not in sets]
        a.context.append(a.text[s:e].strip(" -.!?;:,()"))


# "revenue, sorry, net income", "FY2022 - I mean FY2023", "apex no wait granite water", "top five no make that top ten":
# a thing taken back and said again, of the same kind, after an explicit correction word (the hesitations of speech
# around it, "uh sorry", "no make that", "uh scratch that the", are part of it); a bare "rather" only after a comma or a
# dash and never before "high" or "low" ("a yield, rather low," says a degree)
# (round 46, f46v: a radio's "belay that", "strike that", "cancel that", and its "negative" for "no" said first:
# "Negative, make it 15 days.")
_CORRECTION_WORD = (rf"(?:\b(?:{text_module.HESITATIONS}|oh|no|actually|negative),?\s+)*\b(?:sorry|i mean(?:t)?(?:\s+to\s+say)?|or rather|"
                    r"(?:(?<=[,;:-])|(?<=[,;:-]\s))rather(?!\s+(?:than|high|low|higher|lower)\b)|make that|"
                    r"(?:scratch|belay|strike|cancel)\s+that|"
                    r"correction|no wait|oops|make it|"
                    # (round 35, f35a) "... june 2024 - wait, crescent beverages", "2023? Wait, 2024", "in dollars -
                    # ugh, Lakeside Automotive": a bare "wait" (or the speaker's "ugh" at their slip) after a dash, a
                    # comma or a sentence's end, before a comma, a dash or an ellipsis
                    r"(?:(?<=[,;:.?!-])|(?<=[,;:.?!-]\s))(?:wait|ugh)(?=\s*(?:,|-|\.\.\.))|"
                    # and a bare "no" between them: "fiscal 2026 - no, 2027", "from fiscal 2019 to 2024, no, from 2020"
                    # (round 46, f46t: and after an ellipsis, "in fiscal 2023... no, in fiscal 2024")
                    r"(?:(?<=[,;:-])|(?<=[,;:-]\s)|(?<=\.\.\.)|(?<=\.\.\.\s))no(?=\s*,))\b")
# (correction words may come in a chain: "2023, sorry, I mean 2024", "2021 - sorry, no wait, 2022")
_CORRECTION = re.compile(rf"\s*(?:,|-+|\.\.\.)?\s*(?P<w>{_CORRECTION_WORD}(?:\s*(?:,|-+|:|\.\.\.)?\s*{_CORRECTION_WORD})*)"
                         rf"\s*(?:,|-+|:|\.\.\.)?\s*(?:\b(?:{text_module.HESITATIONS}|the|its|their)\s+)*")


def _corrections(a: Analysis) -> list[re.Match[str]]:
    """The correction words of the question that no step has read as anything else ("I mean" may be the average's
    "mean": only a word of the correction itself, or a filler or structure word inside it, leaves it one)."""
    assert a.claims is not None
    return [m for m in _CORRECTION.finditer(a.text)
            if not any(cs < m.end("w") and m.start("w") < ce and not (who in ("filler", "structure") and cs >= m.start("w")
                                                                      and ce <= m.end("w"))
                       for cs, ce, who in a.claims.spans)]


def _taken_back(text: str, m: re.Match[str], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of the spans of one kind, (the one taken back, the one said instead) around a correction ``m``: said instead,
    the span right after the correction word; taken back, the one right before it, else the only one before it
    ("operating income last year, no sorry, net income": the measure, not the period). None: no such pair."""
    ws, we = m.start("w"), m.end("w")
    after = [i for i, (s, _e) in enumerate(spans) if we <= s <= m.end()]
    before = [i for i, (_s, e) in enumerate(spans) if e <= ws]
    if not after or not before or re.match(r"\s*,?\s*(?:too|as well|also)\b", text[spans[after[0]][1]:]):
        return None  # ("umbra, I mean zenith too": a thing added, not one said instead)
    # (round 35, f35a) right before it also across a sentence's end: "volume of X yesterday? er, I mean the last
    # trading day of 2024", "... do in 2023? Actually no, make that the first half of 2024"
    near = [i for i in before if re.fullmatch(r"\s*(?:,|-+|\.\.\.|[.?!])?\s*", text[spans[i][1]:ws])]
    if near:
        return near[-1], after[0]
    # (never across the end of a sentence: "... in 2023? I mean DPS divided by EPS." defines, takes nothing back; nor
    # across a list's joint: "Monarch Brewing and Redfarms- sorry, Redwood Farms" takes back what follows the "and")
    # (round 35, f35a: an ellipsis is a pause, no sentence's end: "net income for apex medical in fiscal 2024... no
    # wait, I meant Apex Materials")
    between = text[spans[before[0]][1]:ws].replace("...", " ")
    # (round 35, f35a) "make that" or "scratch that" opening the next sentence takes back the one thing of its kind
    # said before ("Which three insurers have the lowest P/B today? Hmm, make that the highest."): it never defines, as "I mean" may
    if re.search(r"\b(?:make\s+(?:that|it)|(?:scratch|belay|strike|cancel)\s+that)\b", m.group("w")) and re.search(
            rf"^[^.?!]*[.?!]\s*(?:(?:hmm+|{text_module.HESITATIONS}|oh|ok|okay|actually|no)\W*)*$", between):
        between = re.sub(r"[.?!]", " ", between)
    return (before[0], after[0]) if len(before) == 1 and not re.search(
        r"[.?!;&]|\b(?:and|or|plus)\b", between) else None


def _withdraw(a: Analysis, m: re.Match[str], gone: tuple[int, int], said: tuple[int, int]) -> None:
    """The span taken back and the correction words become context (read as nothing), noted."""
    assert a.claims is not None
    ws, we = m.start("w"), m.end("w")
    a.atoms = [x for x in a.atoms if not (ws <= x.start and x.end <= we)]
    a.claims.spans = [sp for sp in a.claims.spans if not (ws <= sp[0] and sp[1] <= we)
                      and not (gone[0] <= sp[0] and sp[1] <= gone[1])]
    a.claims.claim(gone[0], gone[1], "context")
    a.claims.claim(ws, we, "context")
    a.notes.append(f"taken back: '{a.text[gone[0]:gone[1]]}', read as '{a.text[said[0]:said[1]]}'")


# (round 36, f36n) a topic said first ("As for X, ...", and ``text._TOPIC_FIRST``'s "Regarding X", "With respect to X",
# "Turning to X", read as "as for"), up to its comma, colon or dash
# ((round 48, f48x) and a semicolon or a double dash after it, as ``text._BRIDGE_TOPIC`` takes them: "Same question,
# but for X; what is Y's P/E?" answered both companies)
# ((round 49, r49) and a bare "For X, ..." said first, as "Now for X, ..." is: "For Apex Materials, what is Falcon
# Software's P/E?" answered both companies; "For X, what is its P/E?", "For X and Y, what ...?" read as before)
_TOPIC_LEAD = re.compile(r"(?i)\W*(?:as\s+)?for\s+(?P<topic>[^,:;?!()]+?)\s*(?:[,:;]|\s-+\s|\s*[\u2013\u2014]\s*)")
# the rest of the question speaking of the topic's company again: a pronoun, "both", "each", "the company"
_TOPIC_AGAIN = re.compile(r"\b(?:it|its|it's|itself|they|them|their|theirs|both|each|together|the\s+(?:company|firm|two|"
                          r"former|latter)|(?:the\s+)?same|too|as\s+well)\b")


# (round 45, f45n) a heading of companies alone before the question, ended by a full stop, a colon, a semicolon, a
# question mark or a dash ("Apex Materials and Falcon Software. How has Falcon Software done year to date?", "A or B?
# How has B done?"): its end, where a question follows; between the companies only joiners ("and", "or", "vs", ",",
# "&", "/") and a subject line's "re" / "subject"
_HEADING_END = re.compile(r"[.:;?](?=\s+\S)|\s+[-\u2013\u2014]+\s+(?=\S)|\u2014(?=\s*\S)")
_HEADING_JOINER = re.compile(r"(?:and|or|vs|versus|v|plus|re|subject|fwd?|&|/|,|[.:;'\"()\[\]-])")


def _company_heading(a: Analysis) -> int | None:
    """(round 45, f45n) The end of a heading of companies alone said before the question (``_HEADING_END``), its last
    such end where several qualify ("Apex Materials Inc. and Falcon Software Corp. How ..."), or None."""
    assert a.claims is not None
    companies = a.claims.by("company")
    found = None
    for m in _HEADING_END.finditer(a.text):
        bare = all(_HEADING_JOINER.fullmatch(w.group(0)) for w in re.finditer(r"[\w'&/]+|[^\w\s]", a.text[:m.start()])
                   if not any(cs <= w.start() and w.end() <= ce for cs, ce in companies))
        if bare and any(ce <= m.start() for _cs, ce in companies):
            found = m.end()
    return found


def _topic_of_another(a: Analysis, original: str) -> None:
    """(round 36, f36n) A topic said first that names a company the rest of the question does not speak of, while the
    rest names another: "Regarding Northwind Systems, what was Falcon Software's revenue?" read both companies (r35).
    Whether the asker wants the topic's company too is not said (no gold names one company first and asks another's
    figures; SPEC is silent): the topic's words are named, never guessed. A topic whose companies the rest names again
    ("Regarding Valley Payments ("Valley"), ... Valley's cash"), or speaks of ("its", "their", "both") is read as before.
    (round 45, f45n) So is a heading of companies alone before the question (``_company_heading``): "Apex Materials
    and Falcon Software. How has Falcon Software done year to date?" answered both companies (a company said again
    is linked once, at its first place); a heading the question speaks of ("... How has each done?") or asks nothing
    of another company in ("... What was net income in fiscal 2023?") is read as before."""
    assert a.claims is not None and a.ents is not None
    m = _TOPIC_LEAD.match(a.text)
    if m is not None:
        s, e, end = m.start("topic"), m.end("topic"), m.end()
    elif (end := _company_heading(a)) is not None:  # type: ignore[assignment]
        s = len(re.match(r"\W*", a.text).group(0))  # type: ignore[union-attr]
        e = len(a.text[:end].rstrip(" .:;?-\u2013\u2014"))
    else:
        return
    topic = {t for t, pos in a.ents.ticker_pos.items() if s <= pos < e}
    if not topic or _TOPIC_AGAIN.search(a.text, end):
        return
    # ((round 49, r49) a list of companies goes on after the topic's comma, "For A, B and C, what were ...": the
    # topic is the whole list, asked of)
    if m is not None and any(who == "company" and cs >= end and not a.text[end:cs].strip()
                              for cs, _ce, who in a.claims.spans):
        return
    trial = Claims(a.text)
    trial.spans = [sp for sp in a.claims.spans if sp[2] != "company" or sp[0] < end]
    trial.claim(0, end, "context")
    rest = ent.Entities()
    ent.link_companies(original, a.text, trial, rest)
    if m is None and rest.tickers:
        # ((round 45, lead) a heading whose first sentence after it names no company is that sentence's subject, and
        # a later one adds a company, "Falcon Software: debt over equity in FY2023. And for Apex Materials?" (round
        # 27's reading; f45n's check refused it, the clean-clone CI found it): only a company asked of in the first
        # sentence after the heading makes the heading a topic of another)
        stop = re.search(r"[.?!](?=\s|$)", a.text[end:])
        first = end + stop.end() if stop else len(a.text)
        if not any(end <= pos < first for pos in rest.ticker_pos.values()):
            return
    if rest.tickers and not topic <= set(rest.tickers):
        a.unresolved.append(a.text[s:e])


# (round 47, f47w) the companies kept, said again with "only" after them or "only"/"just" before them: "A and B. What
# is the P/E? B only.", "... I want the P/E for just B.", "A, B, C: net income, only for C"
_ONLY_AFTER = re.compile(r"\s+only\b")
_ONLY_BEFORE = re.compile(r"(?<!\bnot\s)\b(?:only|just)\s+(?:(?:for|of)\s+)?$")
_ONLY_JOINER = re.compile(r"\s*(?:,\s*)?(?:and|&|,)\s*|\s*,\s*")


def _only_some_named(a: Analysis, original: str) -> None:
    """(round 47, f47w) Several companies named, then some of them named again with "only" ("A and B. What is the
    P/E? B only.", "A, B and C. The P/E for just C."): the asker keeps those; the others were answered too (a wrong
    answer: "only", a function word, was read as nothing). The companies said again with "only" must all have been
    named before, and be fewer than all; the others' names become context, noted. "A and B only" said once (all of
    them) is read as before."""
    assert a.claims is not None and a.ents is not None
    if len(a.ents.tickers) < 2:
        return
    spans = sorted((s, e) for s, e in a.claims.by("company") if re.search(r"[a-z0-9]", a.text[s:e])
                   and not _ONLY_JOINER.fullmatch(a.text[s:e]))
    groups: list[tuple[int, int, int, int]] = []  # (first span, last span, marker start, marker end)
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and _ONLY_JOINER.fullmatch(a.text[spans[j][1]:spans[j + 1][0]]):
            j += 1
        gs, ge = spans[i][0], spans[j][1]
        after, before = _ONLY_AFTER.match(a.text, ge), _ONLY_BEFORE.search(a.text[:gs])
        if after and a.claims.free(ge, after.end()) and not (j + 1 < len(spans) and re.fullmatch(
                r"\s*(?:,|and|&|plus)\s*(?:(?:also|too|for|of)\s+)*", a.text[after.end():spans[j + 1][0]])):
            groups.append((gs, ge, ge, after.end()))
        elif before and a.claims.free(before.start(), gs):
            groups.append((gs, ge, before.start(), gs))
        i = j + 1
    if len(groups) != 1:
        return
    gs, ge, ms, me = groups[0]
    trial = Claims(a.text)
    trial.spans = [sp for sp in a.claims.spans if sp[2] != "company"]
    trial.claim(0, gs, "context")
    trial.claim(ge, len(a.text), "context")
    kept = ent.Entities()
    ent.link_companies(original, a.text, trial, kept)
    if not kept.tickers or kept.ambiguous:
        return
    if any(a.ents.ticker_pos.get(t, gs) >= gs for t in kept.tickers) and any(
            pos < gs for t, pos in a.ents.ticker_pos.items() if t not in kept.tickers):
        # ("A and B. The P/E? C only."): a company kept that was never named among the others: named, never guessed
        a.unresolved.append(a.text[min(gs, ms):max(ge, me)])
        return
    if not set(kept.tickers) < set(a.ents.tickers) or any(a.ents.ticker_pos.get(t, gs) >= gs for t in kept.tickers):
        return
    last = max((e for s, e in spans if e <= gs and s not in {a.ents.ticker_pos.get(t) for t in kept.tickers}),
               default=None)
    if last is None:
        return
    if not re.search(r"[.?!;:](?:\s|$)", a.text[last:min(gs, ms)]):
        # ("the P/E of A and B, and the sales of B only": in one sentence, a figure of some of the companies only; FinQL
        # asks every figure of every company): named, never dropped
        a.unresolved.append(a.text[min(gs, ms):max(ge, me)])
        return
    if _a_figure_of_the_kept_only(a, last, min(gs, ms)):
        a.unresolved.append(a.text[min(gs, ms):max(ge, me)])
        return
    gone = [t for t in a.ents.tickers if t not in kept.tickers]
    a.ents.tickers = [t for t in a.ents.tickers if t in kept.tickers]
    for t in gone:
        a.ents.ticker_pos.pop(t, None)
    others = [(s, e) for s, e, who in a.claims.spans if who == "company" and not (gs <= s and e <= ge)]
    a.claims.spans = [sp for sp in a.claims.spans if not (sp[2] == "company" and (sp[0], sp[1]) in others)]
    for s, e in others:
        a.claims.claim(s, e, "context")
    a.claims.claim(ms, me, "company")
    a.notes.append(f"companies kept: {', '.join(kept.tickers)} ('{a.text[min(gs, ms):max(ge, me)]}')")


def _a_later_figure_of_some(a: Analysis, original: str) -> None:
    """(round 49, r49) A later sentence that names some of the companies named before, without "only", and asks a
    measure the sentences before it did not: "A and B sales in 2023. Also the P/E for B.", "..., and B's P/E.", "...
    What is B's P/E?" answered the P/E of both (a figure of one company read of all, as r48's "only" class was). FinQL
    asks every figure of every company: named, as f47w names it in one sentence (``_a_figure_of_the_kept_only``
    proves the measure new). The same measure again ("... The sales for B, please."), every company again, "each",
    or no measure before reads as before."""
    assert a.claims is not None and a.ents is not None
    if len(a.ents.tickers) < 2 or a.unresolved:
        return
    breaks = [m.end() for m in re.finditer(r"[.?!;](?=\s|$)", a.text)]
    spans = sorted((s, e) for s, e in a.claims.by("company") if re.search(r"[a-z0-9]", a.text[s:e]))
    first_end = next((b for b in breaks if spans and b >= spans[0][1]), None)
    if first_end is None:
        return
    for i, b in enumerate(breaks):
        if b < first_end:
            continue
        stop = breaks[i + 1] if i + 1 < len(breaks) else len(a.text)
        here = [(s, e) for s, e in spans if b <= s < stop]
        if not here or re.search(r"\b(?:only|just|each|every|both|all|respectively)\b", a.text[b:stop]):
            continue
        trial = Claims(a.text)
        trial.spans = [sp for sp in a.claims.spans if sp[2] != "company"]
        trial.claim(0, b, "context")
        if stop < len(a.text):
            trial.claim(stop, len(a.text), "context")
        named = ent.Entities()
        ent.link_companies(original, a.text, trial, named)
        if not named.tickers or named.ambiguous or not set(named.tickers) < set(a.ents.tickers) \
                or any(a.ents.ticker_pos.get(t, b) >= b for t in named.tickers):
            continue
        if _a_figure_of_the_kept_only(a, 0, here[0][0]):
            a.unresolved.append(a.text[here[0][0]:here[-1][1]])
            return


def _a_figure_of_the_kept_only(a: Analysis, last: int, group: int) -> bool:
    """(round 48, r48) The sentence of the companies kept with "only" asks a measure the sentences before it did not:
    "Apex Materials and Falcon Software net income in 2023. Only Falcon Software's P/E." asks the P/E of one company
    beside the net income of both (the net income of the other was dropped: a wrong answer). FinQL asks every figure of
    every company: True (named, as in one sentence). The same measure said again ("... net income. The net income for
    B only.") or none before ("Show me A, B and C. I want the P/E for C only.") keeps the companies.
    (round 49, r49: the measures are found in the text up to the kept sentence's end only, and never inside a company's
    name: this runs while the companies are linked, before the steps find the measures, ``a.hits``)"""
    assert a.claims is not None
    opens = max(a.text.rfind(c, last, group) for c in ".?!;:") + 1
    ends = min([i for c in ".?!;" if (i := a.text.find(c, group)) >= 0] or [len(a.text)])
    companies = a.claims.by("company")
    hits = senses.find(a.text[:ends].lower(), lambda s, e: not any(cs < e and s < ce for cs, ce in companies))
    before = {h.sense.key for h in hits if h.end <= opens}
    here = {h.sense.key for h in hits if opens <= h.start < ends}
    return bool(before) and bool(here - before)


def _companies_taken_back(a: Analysis) -> None:
    """A company taken back and another named instead ("apex no wait granite water"): the first is no company of the
    question (a family word too, which then asks the model nothing)."""
    assert a.claims is not None and a.ents is not None
    for m in _corrections(a):
        spans = sorted((s, e) for s, e, who in a.claims.spans if who == "company")
        pair = _taken_back(a.text, m, spans)
        if pair is None:
            continue
        (gs, ge), said = spans[pair[0]], spans[pair[1]]
        gone = [t for t, pos in a.ents.ticker_pos.items() if gs <= pos < ge]
        if any(re.search(rf"(?<![\w$]){re.escape(t.lower())}(?!\w)", a.text[:gs] + a.text[ge:ws]) for t in gone
               for ws in [m.start("w")]):
            continue  # (named twice before the correction: not one thing taken back)
        a.ents.tickers = [t for t in a.ents.tickers if t not in gone]
        for t in gone:
            a.ents.ticker_pos.pop(t, None)
        a.ents.ambiguous = [x for x in a.ents.ambiguous if not (gs <= x[2] and x[3] <= ge)]
        _withdraw(a, m, (gs, ge), said)


_BOTH_OF = re.compile(r"\b(?:both|the\s+two)\s+([a-z]+?)s\b")


def _both_named(a: Analysis) -> None:
    """"..., list them with both margins": the two figures of a measure already named, said again in the plural (the
    columns a comparison of them shows); never a second measure read by its meaning (it took the first one's period)."""
    assert a.claims is not None
    for m in _BOTH_OF.finditer(a.text):
        head = m.group(1)
        if a.claims.free(m.start(1), m.end()) and any(  # ("both" is the structure step's already)
                h.end <= m.start() and re.search(rf"\b{re.escape(head)}\b", a.text[h.start:h.end]) for h in a.hits):
            a.claims.claim(m.start(1), m.end(), "filler")


# "the three wind names, A, B and C", "both Bluepeak stocks (BPE and BPR)", "my comps: A, B and C": a count or a few
# words before a noun of companies ("comps": the comparable companies of a valuation table), the list of the
# companies right after it
_COUNT_DESCRIBED = re.compile(r"\b(?:(?:the|these|those|all|my|our)\s+)?(?:(?P<n>" + text_module.number_words(2, 10) + r"|\d|"
                              r"both)\s+)?(?P<words>(?:[a-z][a-z-]*\s+){0,3}?)(?P<noun>names|stocks|companies|firms|"
                              r"businesses|shares|equities|groups|comps)\s*[,:(-]?\s*$")


def _listed_described(a: Analysis) -> None:
    """"the three wind names, Cobalt Wind Power, Nimbus Wind Power and Redwood Wind Power": words describing the
    companies listed right after them (and a count of them), each word one of every listed company's name, industry or
    sector words ("wind", "renewable"), only describe them; so does "comps" before the list. A word that fits not all
    ("the three oil names, ..."), or a count that is not the list's, stays unread (refused, naming it); "comps"
    elsewhere ("X's comps sales", a retailer's comparable sales) too."""
    from finql.language.registry import by_ticker

    assert a.claims is not None
    if a.ents is None or len(a.ents.tickers) < 2:
        return
    first = min(a.ents.ticker_pos.get(t, len(a.text)) for t in a.ents.tickers)
    m = _COUNT_DESCRIBED.search(a.text, 0, first)  # (ending where the list begins)
    if m is None:
        return
    said = m.group("n") or ""
    n = 2 if said == "both" else int(said) if said.isdigit() else timeres.number(said) if said else len(a.ents.tickers)
    free = [(m.start("words") + w.start(), m.start("words") + w.end()) for w in re.finditer(r"[a-z][a-z-]*", m.group("words"))
            if w.group(0) not in FILLER and a.claims.free(m.start("words") + w.start(), m.start("words") + w.end())]
    comps = m.group("noun") == "comps" and a.claims.free(m.start("noun"), m.end("noun"))
    if n != len(a.ents.tickers) or not free and not comps:
        return
    described = [set(re.findall(r"[a-z]+", f"{c.name} {c.industry} {c.sector}".lower()))
                 for c in (by_ticker()[t] for t in a.ents.tickers)]
    if all(a.text[s:e] in words or a.text[s:e].removesuffix("s") in words for s, e in free for words in described):
        for s, e in free + ([m.span("noun")] if comps else []):
            a.claims.claim(s, e, "company")


# (round 39, f39b) a business asker's relation to the companies it lists right after: "vs our competitors A and B",
# "for our suppliers A and B", "our Japanese customers A and B", "rivals A, B and C" (general English of trade, closed)
_RELATION = re.compile(r"\b(?P<noun>competitors?|rivals?|peers?|suppliers?|customers?|"
                       r"clients?|partners?|vendors?|counterpart(?:y|ies)|distributors?)\s*[,:(-]?\s*")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|and|&|\+|/)\s*")


def _relation_listed(a: Analysis) -> None:
    """"our competitors Cobalt Motors and Eastgate Motors", "our Japanese customers A and B": a noun of the asker's
    relation to the companies named right after it only describes them (it was refused, naming the noun); words before
    it must be filler or a set that holds every company of that list (then the set describes them too). Nothing is read
    where no company follows the noun ("which of our partners outside the US ...": who the partners are is not said)."""
    from finql.translate.sets import universe, universe_companies

    assert a.claims is not None and a.ents is not None
    companies = sorted((cs, ce) for cs, ce, who in a.claims.spans if who == "company")
    starts = {cs: ce for cs, ce in companies}
    for m in _RELATION.finditer(a.text):
        if m.end() not in starts or not a.claims.free(*m.span("noun")):
            continue
        listed, end = [m.end()], starts[m.end()]
        while (sep := _LIST_SEP.match(a.text, end)) and sep.end() in starts:
            listed.append(sep.end())
            end = starts[sep.end()]
        tickers = {t for t, pos in a.ents.ticker_pos.items() if any(s <= pos < starts[s] for s in listed)}
        if not tickers:
            continue
        cut = max((i + 1 for i, c in enumerate(a.text[:m.start()]) if c in ".,;:!?()\"'"), default=0)
        before = [w for w in re.compile(r"[a-z][a-z&-]*").finditer(a.text, cut, m.start())][-2:]
        while before and before[0].group(0) in FILLER or len(before) > 1 and before[1].group(0) in FILLER:
            before.pop(0)  # (the words said of the noun: up to two, after the last filler word before it)
        sets = [t for t in a.ents.sets if t.end <= m.start() and any(t.start <= w.start() < t.end for w in before)]
        left = [w for w in before if not any(t.start <= w.start() < t.end for t in sets)]
        if left or any(t.negated for t in sets) or sets and not tickers <= {
                c.ticker for c in universe_companies(universe(sets, a.text) or "ALL")}:
            continue  # ("our largest customers A and B", "our non-Japanese customers ...": a word that says more)
        a.ents.sets = [t for t in a.ents.sets if t not in sets]
        for t in sets:
            a.claims.spans = [sp for sp in a.claims.spans if not (t.start <= sp[0] and sp[1] <= t.end and sp[2] == "set")]
            a.claims.claim(t.start, t.end, "company")
        a.claims.claim(*m.span("noun"), "company")


# (round 39, f39b) a dashboard's scope said as a field set to a value, "..., scope = Health Care + Consumer Staples",
# "universe: TECHX": the set said right after it is the screen's (only there; "scope: closing prices" is
# ``_SCOPE``'s basis line)
_SCOPE_SET = re.compile(r"\b(?:scope|universe)\s*[=:]\s*")


def _scope_said(a: Analysis) -> None:
    """"scope = <set>": the label of the set that follows it, read as that set's (it was refused, naming "scope")."""
    assert a.claims is not None and a.ents is not None
    for m in _SCOPE_SET.finditer(a.text):
        word = re.match(r"[a-z]+", a.text[m.start():m.end()])
        assert word is not None
        if a.claims.free(m.start(), m.start() + word.end()) and any(t.start == m.end() and not t.negated for t in a.ents.sets):
            a.claims.claim(m.start(), m.start() + word.end(), "set")
            # (the "=" is no comparison: the structure step's reading of it is taken back)
            a.atoms = [x for x in a.atoms if not (m.start() + word.end() <= x.start and x.end <= m.end())]


def _set_describes_listed(a: Analysis) -> None:
    """"the software comps A and B", "the two software names, A and B": a set said right before the companies listed
    (with the count of the list, if any) that holds every one of them only describes them (it was refused as a set next
    to named companies; round 23). Read after the asker's context (a sentence that only names the set and the companies
    is context already)."""
    from finql.translate.sets import universe, universe_companies

    assert a.claims is not None
    if a.ents is None or len(a.ents.tickers) < 2:
        return
    first = min(a.ents.ticker_pos.get(t, len(a.text)) for t in a.ents.tickers)
    m = _COUNT_DESCRIBED.search(a.text, 0, first)
    if m is None:
        return
    said = m.group("n") or ""
    n = 2 if said == "both" else int(said) if said.isdigit() else timeres.number(said) if said else len(a.ents.tickers)
    sets = [t for t in a.ents.sets if m.start("words") <= t.start and t.end <= m.end("words") and not t.negated]
    if not sets or n != len(a.ents.tickers) or not set(a.ents.tickers) <= {
            c.ticker for c in universe_companies(universe(sets, a.text) or "ALL")}:
        return
    a.ents.sets = [t for t in a.ents.sets if t not in sets]
    for t in sets:
        a.claims.spans = [sp for sp in a.claims.spans if not (t.start <= sp[0] and sp[1] <= t.end and sp[2] == "set")]
        a.claims.claim(t.start, t.end, "company")
    if said and a.claims.free(*m.span("n")):
        a.claims.claim(*m.span("n"), "company")  # the count of the list ("the two software comps A and B")
    if m.group("noun") == "comps" and a.claims.free(*m.span("noun")):
        a.claims.claim(*m.span("noun"), "company")


# (round 31: "peer comps for X", "X's peer set", "the comp set")
_PEERS = text_module.PEERS


def _peers(a: Analysis) -> None:
    """A company's peers, the trade's word for the companies of its industry: "Beverage comps", "Food Products peers"
    (after a set: its names); "X's peers", "X and its peers", "X vs comps", "the peers (comps) of (for) X" (one company
    named: ``INDUSTRY`` of X's industry, X among them, as "every bank" holds a bank named). With several companies
    named, or words that leave X out ("other than X", "the other banks"), the set's other members are another
    reading (``compose``); "peers" anywhere else stays unread."""
    from finql.language.registry import by_ticker

    assert a.claims is not None and a.ents is not None
    for t in a.ents.sets:
        m = re.match(rf"\s+{_PEERS}\b", a.text[t.end:])
        if m and not t.negated and a.claims.free(t.end, t.end + m.end()):
            a.claims.claim(t.end, t.end + m.end(), "set")
    companies = [(cs, ce) for cs, ce, who in a.claims.spans if who == "company"]
    if len(a.ents.tickers) != 1 or len(companies) != 1:
        return
    cs, ce = companies[0]
    industry = by_ticker()[a.ents.tickers[0]].industry
    if any(t.kind != "INDUSTRY" or t.value != industry or t.negated or t.start < ce for t in a.ents.sets):
        return  # ("the comps for X - every semiconductor name -": a set said after it may restate the industry only)
    after = re.match(rf"(?:'s|')?\s+(?:(?:and|&|\+|vs\.?|versus|against|compared\s+(?:with|to))\s+)?(?:its\s+|the\s+)?"
                     rf"{_PEERS}\b", a.text[ce:])
    before = re.search(rf"\b(?:the\s+)?{_PEERS}\s+(?:of|for)\s+$", a.text[:cs])
    span = (ce, ce + after.end()) if after else before.span() if before else None
    if span is None or not a.claims.free(*span) or re.search(r"\bother\b|\bexcept\b|\bexcluding\b", a.text):
        return
    if "comp" in a.text[span[0]:span[1]] and industry in ("Retail", "Apparel", "Hotels & Leisure") \
            or re.match(r"\s*(?:sales|store|growth)\b", a.text[span[1]:]):
        return  # a retailer's "comps" are its comparable sales ("X's comps sales"): refused, as before
    a.claims.claim(span[0], span[1], "set")
    if not a.ents.sets:
        a.ents.sets.append(ent.SetTerm("INDUSTRY", industry, span[0], span[1]))
    a.ents.tickers.clear()


def _basket_of_named(a: Analysis) -> None:
    """"6m return A/B/C (asset mgr basket)", "- the telco basket": "basket" after a set said apart after the companies
    named is the set's noun, as "names" is (``compose`` checks that the set holds them and that it is said apart); a
    basket anywhere else ("the basket's return": one figure of several companies) stays unread."""
    assert a.claims is not None and a.ents is not None
    first = min((a.ents.ticker_pos.get(t, len(a.text)) for t in a.ents.tickers), default=len(a.text))
    for t in a.ents.sets:
        m = re.match(r"\s+basket\b(?=\s*\)?\s*[.?!]*\s*$)", a.text[t.end:])
        if m and first < t.start and a.claims.free(t.end, t.end + m.end()):
            a.claims.claim(t.end, t.end + m.end(), "set")


# "which of the two has the higher yield", "each of the three": the companies named, counted; "show all three in
# euros", "list all four in order" (a count with no noun of its own after it); "what are the two P/Es" (one figure of
# each company named)
_NUM26 = text_module.number_words(2, 6) + r"|[2-9]"
_COUNT_OF_NAMED = re.compile(r"\b(?:which|who|whose|each|both|all|either|neither|any)\s+of\s+(?:the|these|those)\s+"
                             r"(?P<n>" + _NUM26 + r")\b(?:\s+(?:companies|names|stocks|firms|shares))?|"
                             r"\ball\s+(?P<n2>" + _NUM26 + r")\b(?!\s+(?!in\b|companies\b|names\b|stocks\b|"
                             r"firms\b|of\s+them\b)[a-z])|"
                             r"\bthe\s+(?P<n3>" + _NUM26 + r")\s+(?=(?:p/es|p/bs|pes|figures|numbers|values|"
                             r"returns|yields|margins|ratios|multiples)\b)|"
                             # "rank the three by P/E", "how did the two shares do": the companies named, pointed back to
                             r"\b(?:rank|sort|order|compare|list|show|did|do|have|had|are|were)\s+the\s+(?P<n4>" + _NUM26
                             + r")\b(?:\s+(?:shares|stocks|names|companies|firms|holdings|positions)\b)?"
                             r"(?=\s+(?:by|on|in|do|did|perform|performed|fare|fared|trade|traded)\b|\s*[,.?!]|\s*$)")


def _count_of_named(a: Analysis) -> None:
    """A count of the companies said of those named ("Kingsbridge Mining or Kingsbridge Telecom: which of the two has
    the higher yield?") restates them; a count that is not theirs stays unread (and is named)."""
    assert a.claims is not None and a.ents is not None
    for m in _COUNT_OF_NAMED.finditer(a.text):
        g = "n" if m.group("n") else "n2" if m.group("n2") else "n3" if m.group("n3") else "n4"
        n = m.group(g)
        if timeres.number(n) == len(a.ents.tickers):
            if a.claims.free(m.start(g), m.end()):
                a.claims.claim(m.start(g), m.end(), "filler")
        elif g == "n2" and a.ents.tickers and not a.claims.free(m.start(g), m.end(g)):
            a.unresolved.append(m.group(0))  # a count inside another step's words ("list all five in order") not theirs
    _count_of_set(a)


# "for the three airlines", "across all five banks": a count right before the one set named
_COUNT_OF_SET = re.compile(r"\b(?:(?:for|of|across|among|in|on)\s+)?(?:all\s+(?:of\s+)?)?(?:the|these|those|all)\s+"
                           r"(?P<n>" + _NUM26 + r")\s+$")


def _count_of_set(a: Analysis) -> None:
    """A count of the companies said right before the one set named, with no company named ("the return for the three
    airlines, best first"): the set's own size restates it; a count that is not the set's stays unread (and is named).
    Not where the set is qualified or ranked after it ("the three airlines with the highest ...": a count of rows)."""
    assert a.claims is not None and a.ents is not None
    if a.ents.tickers or len(a.ents.sets) != 1 or a.ents.sets[0].negated:
        return
    t = a.ents.sets[0]
    m = _COUNT_OF_SET.search(a.text, 0, t.start)
    if m is None or re.match(r"\s+(?:with|that|which|whose|who|having|by|ranked|where|in\s+terms)\b", a.text[t.end:]) \
            or re.search(r"\b(?:top|bottom|best|worst|highest|lowest|largest|smallest|biggest)\s+(?:\w+\s+)?$",
                         a.text[:m.start("n")]):
        return
    from finql.translate.sets import universe, universe_companies

    if timeres.number(m.group("n")) == len(universe_companies(universe([t], a.text) or "ALL")) \
            and a.claims.free(m.start("n"), m.end("n")):
        a.claims.claim(m.start("n"), m.end("n"), "filler")


def _left_out(a: Analysis) -> None:
    """"Asset managers other than Delta Capital", "every bank except First Harbor Bank": the words that leave the named
    companies out of the set named before them (``compose._companies_excluded`` names the set's other members)."""
    assert a.claims is not None and a.ents is not None
    cue = companies_left_out(a.text, a.ents.sets, a.ents.ticker_pos)
    if cue is not None:
        for w in words(cue.group(0)):
            if a.claims.free(cue.start() + w.start, cue.start() + w.end):
                a.claims.claim(cue.start() + w.start, cue.start() + w.end, "set")


def _which_period(a: Analysis) -> None:
    """"Which year was better for operating income, 2022 or 2023?": the question word of a choice between the periods
    named after it (``compose._periods_compared`` reads the choice; ``_unreflected`` checks both periods are asked)."""
    assert a.claims is not None and a.time is not None
    for m in WHICH_PERIOD.finditer(a.text):
        if a.claims.free(m.start(), m.end()) and sum(t.start >= m.end() for t in a.time.mentions) >= 1:
            a.claims.claim(m.start(), m.end(), "which-period")


def _sets_taken_back(a: Analysis) -> None:
    """A set taken back and another named instead ("US-listed... sorry, US-based IT companies", "energy, sorry,
    utilities names"): the first is no set of the question (its words, "US" and "listed", one span)."""
    assert a.claims is not None and a.ents is not None
    for m in _corrections(a):
        spans: list[tuple[int, int]] = []
        for s, e in sorted((s, e) for s, e, who in a.claims.spans if who == "set"):
            if spans and re.fullmatch(r"[\s-]?", a.text[spans[-1][1]:s]):
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        pair = _taken_back(a.text, m, spans)
        if pair is None:
            continue
        (gs, ge), said = spans[pair[0]], spans[pair[1]]
        if not re.fullmatch(r"\s*(?:,|-+|\.\.\.)?\s*", a.text[ge:m.start("w")]):
            continue  # ("energy and, sorry, utilities": right before the correction only, never across a joint)
        a.ents.sets = [t for t in a.ents.sets if not gs <= t.start < ge]
        a.claims.spans = [sp for sp in a.claims.spans if not (gs <= sp[0] and sp[1] <= ge)]
        _withdraw(a, m, (gs, ge), said)


# the one to three words a speaker broke off right before a correction word ("Redfarms- sorry, Redwood Farms")
_BROKEN_OFF = re.compile(r"(?<![\w'-])[a-z][\w'&.]*$")


def _misspoken_company(a: Analysis) -> None:
    """Words no step read, said right before a correction word that a company follows ("Monarch Brewing and
    Redfarms- sorry, Redwood Farms"): a name begun wrongly and said again; they are taken back, never guessed."""
    assert a.claims is not None and a.ents is not None
    for m in _corrections(a):
        companies = [(s, e) for s, e, who in a.claims.spans if who == "company" and m.end("w") <= s <= m.end()]
        start, end = m.start(), m.start()
        for _ in range(3):  # (the longest run of unread words, up to three, back from the correction)
            word = _BROKEN_OFF.search(a.text[:start].rstrip())
            if word is None or not a.claims.free(word.start(), word.end()):
                break
            start = word.start()
        if companies and start < end:
            _withdraw(a, m, (start, end), companies[0])


def _for_one_of_several(a: Analysis, end: int) -> int | None:
    """Where the words said again end at ``end`` go on "for (of) <one of several companies named>": that company's
    end, else None."""
    assert a.ents is not None
    part = re.match(r"\s*,?\s*(?:for|of)\s+(?:only\s+|just\s+)?", a.text[end:])
    if part is None or len(a.ents.tickers) < 2:
        return None
    at = end + part.end()
    return next((e for s, e, what in (a.claims.spans if a.claims else []) if s == at and what == "company"), None)


# (round 46, f46v) a radio's correction that names what it takes back, said at a clause's start: "top 3. Scratch top
# 3, give me all of 'em ranked.", "sales and net income. Strike net income.", "in 2023 and 2024. Belay 2023."
_NAMED_TAKEN_BACK = re.compile(rf"(?:^|(?<=[.!?,;:-])|(?<=[.!?,;:-]\s))\s*(?:(?:negative|no|oh|actually|{text_module.HESITATIONS})"
                               r",?\s+)*(?P<w>belay|scratch|strike|cancel)\s+")


# (round 47, r47) a verb that opens a sentence right before a company named there: "Net income for A and B in FY2024.
# Drop B." (and "Lose B."): the asker leaves that company out; "drop" was read as a fall of the net income (a growth
# of both, a wrong answer), "lose" dropped; no rule takes a company back by these words: named
_VERB_ON_A_COMPANY = re.compile(r"(?:^|(?<=[.!?;:])\s+)(?P<w>drop|lose|ditch|nix|remove|exclude|skip|cut|kill|forget|"
                                r"scratch|strike|cancel|belay)\s+(?=\S)")


def _verb_on_a_company(a: Analysis) -> None:
    """(round 47, r47) ``_VERB_ON_A_COMPANY``'s verb, right before a company's name, is named (the question refused)."""
    assert a.claims is not None
    for m in _VERB_ON_A_COMPANY.finditer(a.text):
        if any(who == "company" and cs == m.end() for cs, _ce, who in a.claims.spans) \
                and m.group("w") not in a.unresolved:
            a.unresolved.append(m.group("w"))


def _named_taken_back(a: Analysis) -> None:
    """(round 46, f46v) A count of rows, a period or a measure named again right after a correction word ("belay",
    "scratch", "strike", "cancel") that opens a clause, said once before in the same words: the asker takes it back,
    with nothing said instead (``_self_corrections`` reads what is said instead); both are withdrawn, noted. A target
    said twice before, or in other words, or none of these kinds ("scratch the banks"), is left: the words are named."""
    assert a.claims is not None and a.time is not None
    for m in _NAMED_TAKEN_BACK.finditer(a.text):
        if not a.claims.free(m.start("w"), m.end("w")):
            continue
        ranks = [(x, y) for x, y in zip(a.atoms, a.atoms[1:], strict=False)
                 if x.kind == "rank" and y.kind == "num" and re.fullmatch(r"\s+", a.text[x.end:y.start])]
        kinds: list[tuple[list[Any], list[tuple[int, int]]]] = [
            (list(ranks), [(x.start, y.end) for x, y in ranks]),
            (list(a.time.mentions), [(t.start, t.end) for t in a.time.mentions]),
            (list(a.hits), [(h.start, h.end) for h in a.hits])]
        for items, spans in kinds:
            said = [i for i, (s, _e) in enumerate(spans) if s == m.end()]
            if not said:
                continue
            ss, se = spans[said[0]]
            se = ss + len(a.text[ss:se].rstrip(",.;:!? "))  # (a number's atom may hold the comma after it)
            if not re.match(r"\s*(?:[,.;!?]|$)", a.text[se:]):
                break  # ("scratch top 3 banks": more than the thing named)
            words = a.text[ss:se]
            before = [i for i, (s, e) in enumerate(spans) if e <= m.start("w")
                      and a.text[s:e].rstrip(",.;:!? ") == words]
            if len(before) != 1:
                break
            gone, again = items[before[0]], items[said[0]]
            drop = {id(x) for x in ((*gone, *again) if isinstance(gone, tuple) else (gone, again))}
            if items is a.time.mentions or (items and items[0] in a.time.mentions):
                a.time.mentions = [t for t in a.time.mentions if id(t) not in drop]
            elif any(h is gone for h in a.hits):
                a.hits = [h for h in a.hits if id(h) not in drop]
            else:
                a.atoms = [x for x in a.atoms if id(x) not in drop]
            gs, ge = spans[before[0]]
            a.claims.spans = [sp for sp in a.claims.spans if not (gs <= sp[0] and sp[1] <= ge)
                              and not (m.start("w") <= sp[0] and sp[1] <= se)]
            a.claims.claim(gs, ge, "context")
            a.claims.claim(m.start("w"), se, "context")
            a.notes.append(f"taken back: '{words}' ('{a.text[m.start('w'):se]}')")
            break


def _self_corrections(a: Analysis) -> None:
    """A measure, a period or a count of rows taken back and said again after a correction word is the one meant:
    the first is withdrawn (noted), never read beside the second."""
    assert a.claims is not None and a.time is not None
    for m in _corrections(a):
        hits = [(h.start, h.end) for h in a.hits]
        pair = _taken_back(a.text, m, hits)
        if pair is not None:
            gone = a.hits[pair[0]]
            a.hits = [h for h in a.hits if h is not gone]
            _withdraw(a, m, hits[pair[0]], hits[pair[1]])
            continue
        times = [(t.start, t.end) for t in a.time.mentions]
        pair = _taken_back(a.text, m, times)
        if pair is not None and (part := _for_one_of_several(a, times[pair[1]][1])):
            # (round 36, r36) "net income of A and B in 2023, sorry, 2024 for B": the period taken back for one of
            # the companies named only (both were read at 2024, a wrong answer); one query has one period for all:
            # refused, naming the words
            a.unresolved.append(a.text[times[pair[1]][0]:part])
            continue
        if pair is not None:
            gone_t = a.time.mentions[pair[0]]
            a.time.mentions = [t for t in a.time.mentions if t is not gone_t]
            _withdraw(a, m, times[pair[0]], times[pair[1]])
            continue
        # "top five no make that top ten": a ranking's count
        ranks = [(x, y) for x, y in zip(a.atoms, a.atoms[1:], strict=False)
                 if x.kind == "rank" and y.kind == "num" and re.fullmatch(r"\s+", a.text[x.end:y.start])]
        counts = [(x.start, y.end) for x, y in ranks]
        pair = _taken_back(a.text, m, counts)
        if pair is not None:
            gone_x, gone_y = ranks[pair[0]]
            a.atoms = [x for x in a.atoms if x is not gone_x and x is not gone_y]
            _withdraw(a, m, counts[pair[0]], counts[pair[1]])
            continue
        # (round 35, f35a) "the lowest price-to-book today... no sorry, the highest": a ranking's direction
        directions = [x for x in a.atoms if x.kind == "rank" and x.value in ("ASC", "DESC")]
        pair = _taken_back(a.text, m, [(x.start, x.end) for x in directions])
        if pair is not None:
            gone_d = directions[pair[0]]
            a.atoms = [x for x in a.atoms if x is not gone_d]
            _withdraw(a, m, (gone_d.start, gone_d.end), (directions[pair[1]].start, directions[pair[1]].end))


# "(in millions)", "in mm": the unit money and share counts are in already (SPEC section 1)
# (round 42, f42s: and said bare, in brackets or after the currency's code: "(millions)", "(USD millions)", "EUR m",
# "in USD mn", as a careful reader of SPEC 1 labels the unit)
# (round 44, r44: the unit word and the codes from their homes, ``text.MILLIONS``, ``text.CURRENCY_CODES``)
_IN_MILLIONS = re.compile(r"\b(?:(?:expressed|shown|stated|given|reported)\s+)?in\s+" + text_module.MILLIONS + r"\b"
                          r"|(?<=\()\s*" + text_module.MILLIONS + r"\s*(?=\))"
                          r"|(?<=\b(?:" + text_module.CURRENCY_CODES + r")\s)(?:" + text_module.MILLIONS_M + "|"
                          + text_module.MILLIONS + r")\b(?!\s*(?:shares|employees|people))")


# (round 26) the rate a conversion is made at, said in words as SPEC section 3 sets it: fundamentals at the rate of the
# period's end ("converted at each fiscal year-end rate"), prices and market caps at the price date ("converted at
# the price date"), estimates at D0 ("at the latest exchange rate")
# (round 46, f46t: and "each at its own year-end rate", "at their own period-end rates": the company's own, as SPEC 3 has it)
_RATE = re.compile(r"(?:\b(?:converted|translated)\s+)?(?:\beach\s+)?\bat\s+(?:the\s+|each\s+|every\s+|(?:its|their)\s+(?:own\s+)?)?(?:"
                   r"(?P<period>(?:(?:fiscal|financial)\s+)?(?:year|period|quarter)[- ]end(?:'s)?)|"
                   r"(?P<price>price\s+date(?:'s)?)|(?P<now>latest|current|today's|prevailing\s+today's))"
                   r"(?:\s+(?:fx\s+|exchange\s+|currency\s+)?rates?\b|(?<=date)\b|(?<=date's)\s+rates?\b)")
# (round 42, f42s) and said as a rate of a time, as SPEC 3 words it: "at the FX rate of the period's end date", "using the
# exchange rate of each period end", "at the respective period-end rates", "at that day's rate", "at the rate on the
# price date", "(period-end FX)": the same three times, each checked as above (today's rate of a fundamental stays named)
_RATE_SAID = re.compile(
    r"(?:\b(?:converted|translated)\s+)?(?:\beach\s+)?\b(?:at|using|with)\s+(?:the\s+)?(?:fx\s+|exchange\s+|currency\s+|conversion\s+)?"
    r"rates?\s+(?:of|on|at|for|from|as\s+of)\s+(?:the\s+|each\s+|every\s+|that\s+|(?:its|their)\s+(?:own\s+)?)?(?:"
    r"(?P<period>(?:(?:fiscal|financial)\s+)?(?:period|year|quarter)(?:'s)?[- ]end(?:'s)?(?:\s+dates?)?|"
    r"(?:period|year|quarter)'s\s+end(?:\s+dates?)?|end\s+of\s+(?:the\s+|each\s+|every\s+)?(?:fiscal\s+)?(?:period|year|quarter)s?)|"
    r"(?P<price>price\s+dates?|(?:same\s+)?day\s+of\s+the\s+price))\b"
    r"|(?:\b(?:converted|translated)\s+)?\bat\s+(?:the\s+|their\s+|its\s+)?respective\s+"
    r"(?P<period2>(?:(?:fiscal|financial)\s+)?(?:period|year|quarter)[- ]end)\s+(?:fx\s+|exchange\s+|currency\s+)?rates?\b"
    r"|(?:\b(?:converted|translated)\s+)?\bat\s+(?:that|the\s+same)\s+(?P<price2>day's|date's)\s+(?:fx\s+|exchange\s+|currency\s+)?"
    r"rates?\b|(?<=\()\s*(?P<period3>(?:period|year|quarter)[- ]end)\s+(?:fx|exchange\s+rates?|rates?)\s*(?=\))")
_RATE_OF = {"period": ("FF_",), "price": ("P_", "FG_MKT_CAP"), "now": ("FE_",)}


def _rate_kind(m: re.Match[str]) -> str:
    """Which of SPEC's three rates a rate said names (``_RATE``, ``_RATE_SAID``)."""
    if m.re is _RATE:
        return next(k for k in _RATE_OF if m.group(k))
    return "period" if m.group("period") or m.group("period2") or m.group("period3") else "price"


def _conversion_rate(a: Analysis) -> None:
    """"... in millions of US dollars (converted at the price date)": the rate SPEC converts at, said by the asker, only
    where a target currency is asked and every money figure is of the kind that rate is SPEC's for; any other ("sales
    in USD at the latest exchange rate": SPEC converts fundamentals at the period's end) is left unread, named."""
    assert a.claims is not None and a.ents is not None
    if a.ents.currency is None:
        return
    said = [*_RATE.finditer(a.text)]
    said += [m for m in _RATE_SAID.finditer(a.text) if not any(x.start() < m.end() and m.start() < x.end() for x in said)]
    for m in said:
        kind = _rate_kind(m)
        money = [h for h in a.hits if h.sense.money and not m.start() <= h.start < m.end()]
        inside = [sp for sp in a.claims.spans if sp[0] < m.end() and m.start() < sp[1]]
        # (its words may have been read as a period, "at the latest", "year-end", or "the price date" as the price:
        # the rate's words, no period and no figure)
        if not money or not all(h.sense.template.startswith(_RATE_OF[kind]) for h in money) or any(
                sp[2] not in ("time", "time-cue", "sense") or sp[0] < m.start() or sp[1] > m.end()
                or sp[2] == "sense" and not (kind == "price" and m.start("price") <= sp[0] and sp[1] <= m.end("price"))
                for sp in inside):
            continue
        if a.time is not None:
            a.time.mentions = [t for t in a.time.mentions if not (m.start() <= t.start and t.end <= m.end())]
        a.hits = [h for h in a.hits if not m.start() <= h.start < m.end()]
        a.claims.spans = [sp for sp in a.claims.spans if sp not in inside]
        a.claims.claim(m.start(), m.end(), "currency")


# (round 45, f45n) a unit of shares said of the figures: "in millions of shares", "in shares", "in thousands of shares"
# (never "in shares of X", the stock bought, nor "in shares outstanding", the measure)
_IN_SHARES = re.compile(r"\b(?:(?:expressed|shown|stated|given|reported|measured|paid)\s+)?in\s+(?:(?:" + text_module.MILLIONS
                        + r"|thousands?|billions?|k|bn)\s+of\s+)?shares\b(?!\s+(?:of|outstanding|issued|traded)\b)")


def _unit_of_shares(a: Analysis) -> None:
    """(round 45, f45n) A unit of shares said of the figures is a count's: it fits the share count and the traded
    volume (SPEC 1: shares in millions; a volume is a count of shares) and no amount of money, per-share figure or
    ratio. "X's sales in millions of shares" read the sales: "shares" is a word of ``text.FILLER`` ("shares of X"), so
    the unit was dropped without a word; where a figure read is no count of shares the words are named."""
    assert a.claims is not None
    for m in _IN_SHARES.finditer(a.text):
        if not a.claims.free(m.start(), m.end()) or not a.hits:
            continue
        if all(h.sense.key in ("shares", "volume") for h in a.hits):
            continue  # "diluted shares in millions of shares": the count's own unit (``_in_millions``, the filler)
        a.unresolved.append(m.group(0))
        a.claims.claim(m.start(), m.end(), "unresolved")


def _in_millions(a: Analysis) -> None:
    assert a.claims is not None
    if not a.hits or not all(h.sense.key == "shares" or h.sense.money and not h.sense.per_share
                             and not h.sense.template.startswith("P_") for h in a.hits):
        # "sales per employee (sales in millions divided by employees)": said right after an amount of a company's
        # own money, beside other measures, the unit FinQL gives it in (a change in millions stays refused)
        if any(x.kind == "func" and x.value == "GROWTH" for x in a.atoms):
            return
        for m in _IN_MILLIONS.finditer(a.text):
            if a.claims.free(m.start(), m.end()) and any(
                    h.sense.money and not h.sense.per_share and not h.sense.template.startswith("P_")
                    and re.fullmatch(r"\s*", a.text[h.end:m.start()]) for h in a.hits):
                a.claims.claim(m.start(), m.end(), "filler")
        return
    # "how much did sales change from FY2023 to FY2024, in millions?": a change asked in money is the difference, as
    # "in absolute terms" says (it was the growth in percent, the unit dropped); with a percent asked too it is the unit
    change = any(x.kind == "func" and x.value == "GROWTH" for x in a.atoms) and \
        not any(x.kind in ("pctcue", "pp") for x in a.atoms)
    for m in _IN_MILLIONS.finditer(a.text):
        if a.claims.free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "structure" if change else "filler")
            if change:
                a.atoms.append(structure.Atom("absolute", m.start(), m.end(), "abs"))
                a.atoms.sort(key=lambda x: x.start)


def _means_a_sense(index: senses.SenseIndex, word: str, threshold: float) -> bool:
    near = index.nearest(word)
    best, score = near.best()
    return best != "out_of_scope" and score >= threshold


def _modifier_of(a: Analysis, s: int, e: int, index: senses.SenseIndex, threshold: float) -> bool:
    """One word right before a measure's name that, by meaning, names the same measure restates it ("diluted share
    count": the share count is the diluted one); read with the name, the whole must mean that measure too."""
    assert a.claims is not None
    phrase = a.text[s:e]
    if " " in phrase:
        return False
    head = next((h for h in a.hits if re.fullmatch(r"[ -]", a.text[e:h.start])), None)
    if head is None:
        return False
    one, whole = index.nearest(phrase), index.nearest(a.text[s:head.end])
    if one.best()[0] != head.sense.key or one.best()[1] < threshold or whole.best()[0] != head.sense.key:
        return False
    a.hits = [h for h in a.hits if h is not head] + [senses.Hit(head.sense, s, head.end, "meaning", whole.best()[1])]
    a.claims.claim(s, e, "sense")
    return True


# "at the end of fiscal 2020 (not 2021)", "for FY2021, not FY2022": a period ruled out right after the one meant
_NOT_BETWEEN = re.compile(r"\s*(?:\(|,|-+)?\s*(?:and\s+)?not\s+(?:in\s+|for\s+)?")
_NOT_AFTER = re.compile(r"\s*(?:\)|[,.?!;]|$)")


# (round 45, f45n) a contrast, then someone else's request: "A or B, but my boss wants C", "banks or insurers, though
# the client asked for utilities", "..., but actually C" (the asker's own correction word, kept on the original)
_CONTRAST_REQUEST = re.compile(rf"(?:[,;]\s*|\s+-+\s+|\s+)(?:but|though|although|however|yet|whereas|except\s+that)\s*,?\s+"
                               rf"(?:(?:{text_module._PERSON})\s+(?:(?:really|actually|also|now|instead)\s+)?"
                               rf"(?:{text_module.WANTS}|prefers?|said|says|insists?\s+on|asked\s+for)|actually|instead)\b")

_CONTRAST_BARE = re.compile(r"(?:[,;]\s*|\s+-+\s+)(?:but|though|yet|however)\s*,?\s+")


def _request_after_contrast(a: Analysis) -> None:
    """(round 45, f45n) Companies, sets or conditions said, then a contrast and another's request (or "actually") and
    more of them: "What was net income for Apex Materials or Falcon Software, but my boss wants Granite Water?" read
    all three companies (who asks is read as courtesy, ``text.COURTESY``; the contrast as a list's joint), "Show banks
    or insurers, but my boss wants utilities" all three sets, "P/E below 10 or yield above 5%, but my boss wants a P/B
    under 1" both conditions joined by AND. Whether the request replaces what was said or adds to it is not said:
    named, never guessed. A request that only adds a unit or a layout ("..., but my boss wants it in euros") is read as
    before."""
    assert a.claims is not None
    named = sorted((sp for sp in a.claims.spans if sp[2] in ("company", "set")), key=lambda sp: sp[0])
    for m in _CONTRAST_BARE.finditer(a.text):
        # "the P/E of Apex Materials or Falcon Software, but (actually) Granite Water?": a company or set alone after
        # the contrast ("actually" is cut by ``normalize``), the clause ending with it: instead, or as well? Named
        here = [sp for sp in named if sp[0] == m.end()]
        if here and any(sp[1] <= m.start() for sp in named):
            last = max(sp[1] for sp in named if sp[0] >= m.end() and not re.search(r"[.;?!]", a.text[m.end():sp[0]]))
            if re.fullmatch(r"\s*(?:(?:,?\s*(?:and|or|&)\s+|,\s*)|[\s,]*)*(?:[.;?!]\s*|$)", a.text[last:]) \
                    or re.match(r"\s*[.;?!]", a.text[last:]):
                words = a.text[m.start():last].strip(" ,;-")
                a.unresolved.append(words)
                a.claims.claim(m.start(), m.start() + len(a.text[m.start():m.end()].rstrip()), "unresolved")
                return
    for m in _CONTRAST_REQUEST.finditer(a.text):
        before = [sp for sp in a.claims.spans if sp[2] in ("company", "set") and sp[1] <= m.start()] or \
            [x for x in a.atoms if x.kind == "cmp" and x.end <= m.start()]
        stop = re.search(r"[.;?!]|\s-+\s", a.text[m.end():])
        end = m.end() + (stop.start() if stop else len(a.text) - m.end())
        after = [sp for sp in a.claims.spans if sp[2] in ("company", "set") and m.end() <= sp[0] < end] or \
            [x for x in a.atoms if x.kind == "cmp" and m.end() <= x.start < end] or \
            [w for w in re.findall(r"[a-z][\w&.'-]*", a.text[m.end():end]) if w not in FILLER and a.claims.free(
                m.end() + a.text[m.end():end].find(w), m.end() + a.text[m.end():end].find(w) + len(w))]
        if before and after:
            words = a.text[m.start():m.end()].strip(" ,;-")
            a.unresolved.append(words)
            a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= m.end())]
            a.claims.claim(m.start(), m.end(), "unresolved")
            return


def _periods_within(v: timeres.TimeValue) -> set[str]:
    """(round 45, f45n) The fiscal periods a time value spans (none where it reads no fiscal period)."""
    try:
        return set(v.fiscal_periods())
    except (ValueError, TypeError, AttributeError):
        return set()


def _periods_ruled_out(a: Analysis) -> None:
    """A period said and then another ruled out ("fiscal 2020 (not 2021)"): the one ruled out is no period of the
    question; it and its "not" become context (noted), the first stays the one meant."""
    assert a.claims is not None and a.time is not None
    for first, second in zip(a.time.mentions, a.time.mentions[1:], strict=False):
        gap = _NOT_BETWEEN.fullmatch(a.text, first.end, second.start)
        if gap is None or not _NOT_AFTER.match(a.text, second.end):
            continue
        if _periods_within(first.value) & _periods_within(second.value):
            # (round 45, f45n) "from fiscal 2021 to fiscal 2024, not fiscal 2023", "from the end of FY2022 to the end of
            # FY2023, not fiscal 2023": the period ruled out lies inside the one said, so it takes nothing back in its
            # place; a year left out of a range (a gap FinQL's AVG / SUM / GROWTH cannot skip), or a reading of the
            # range's ends the asker rules out, is not said which: named (it was dropped as context, the whole range
            # read with the year it rules out)
            words = a.text[first.end:second.end].strip(" ,(-")
            a.unresolved.append(words)
            a.claims.spans = [sp for sp in a.claims.spans if not (first.end <= sp[0] and sp[1] <= second.end)]
            a.claims.claim(first.end, second.end, "unresolved")
            return
        a.time.mentions = [t for t in a.time.mentions if t is not second]
        a.atoms = [x for x in a.atoms if not (first.end <= x.start and x.end <= second.start)]
        a.claims.spans = [sp for sp in a.claims.spans if not (first.end <= sp[0] and sp[1] <= second.end)]
        a.claims.claim(first.end, second.end, "context")
        a.notes.append(f"ruled out: '{a.text[first.end:second.end].strip(' ,(-')}', read as "
                       f"'{a.text[first.start:first.end]}'")
        return


# (round 27) "revenue in FY2019 (that's when it was listed)", "..., when they went public": a clause that ties the period to
# an event of the company; its words are function words and light verbs ("listed", "went"), so nothing named them and
# the aside was dropped, the event never checked against the period (NWSY listed in 1993). Not understood, named
_EVENT_CLAUSE = re.compile(r"\b(?:(?:that's|that\s+is|which\s+is|which\s+was|that\s+was)\s+)?when\s+(?:it|they|he|she|"
                           r"the\s+(?:company|companies|firm|firms|stock|stocks|shares|business|group))\s+[^,.;:?!()]*[a-z]")


def _event_clause(a: Analysis) -> None:
    assert a.claims is not None
    for m in _EVENT_CLAUSE.finditer(a.text):
        if a.claims.free(m.start(), m.end()):
            a.unresolved.append(m.group(0))
            a.claims.claim(m.start(), m.end(), "unresolved")
    _respectively(a)


def _respectively(a: Analysis) -> None:
    """(Round 27) "the FY2023 revenues of NWSY and APXM, respectively": each company's own figure, one row each, said
    again. Read only where nothing else is listed to pair with the companies (one measure, at most one period): "net
    income in FY2022 and FY2023, respectively" pairs a period with each company, which FinQL cannot: still refused."""
    assert a.claims is not None and a.ents is not None and a.time is not None
    m = re.search(r"\brespectively\b", a.text)
    if m and a.claims.free(m.start(), m.end()) and len(a.ents.tickers) >= 2 and not a.ents.sets \
            and len({h.sense.key for h in a.hits}) == 1 and len(a.hits) == 1 and len(a.time.mentions) <= 1 \
            and all(len(x.value.fiscal_periods() or [x]) == 1 and not x.value.each for x in a.time.mentions):
        a.claims.claim(m.start(), m.end(), "filler")
# (round 27, f27s) what the asker says of where the named companies are listed or based: "Driftwood Pay, which lists
# in Germany", "X (it is based in Japan)", "both of which trade in Canada"
_LISTED_IN = re.compile(r"\b(?:which|that|it|they|who|both\s+of\s+which|each\s+of\s+which)\s+(?:also\s+)?(?:lists?|trades?|"
                        rf"(?:is|are)\s+(?:traded|{text_module.SEATED}))\s+in\s+(?:the\s+)?$")


# (round 39, f39a) "<company> is (a) <country's adjective> (company, outfit) (I think, right)" and the sentence ends
_IS_OF_COUNTRY = re.compile(r"\s+(?:is|'s)\s+(?:an?\s+)?$")
_COUNTRY_REMARK_END = re.compile(r"(?P<words>(?:\s+(?:company|firm|outfit|business|group|one|stock))?"
                                 r"(?:\s*,?\s*(?:i\s+think|i\s+believe|i\s+reckon|right|isn't\s+it|yes))?)"
                                 r"\s*(?:[.?!;:]|\s-+\s)")


def _country_said(a: Analysis) -> None:
    """A country said of the named companies in a relative clause ("X, which lists in Germany, ..."): read where the
    master agrees for every company named (it says nothing the query needs); where it does not, the set stays and
    is refused beside the named companies, named."""
    from finql.language.registry import by_ticker

    assert a.claims is not None and a.ents is not None
    if not a.ents.tickers:
        return
    for t in [x for x in a.ents.sets if x.kind == "COUNTRY" and not x.negated]:
        m = _LISTED_IN.search(a.text, 0, t.start)
        if m is None or not all(by_ticker()[k].country == t.value for k in a.ents.tickers):
            continue
        a.ents.sets = [x for x in a.ents.sets if x is not t]
        a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= t.end)]
        a.claims.claim(m.start(), t.end, "context")
        a.notes.append(f"said of the companies: '{a.text[m.start():t.end]}'")
    # (round 39, f39a) a sentence of its own that says a named company's country ("Ivory Genomics is Swiss right?",
    # "X is French I think - ...", "Keystone Retail is a Japanese outfit."): read where the master agrees for that
    # company (it says nothing the query needs); where it does not, the set stays, refused beside the company
    for t in [x for x in a.ents.sets if x.kind == "COUNTRY" and not x.negated]:
        m = _IS_OF_COUNTRY.search(a.text, 0, t.start)
        after = _COUNTRY_REMARK_END.match(a.text, t.end)
        if m is None or after is None:
            continue
        named = [k for k, pos in a.ents.ticker_pos.items() if any(
            cs == pos and ce == m.start() and who == "company" for cs, ce, who in a.claims.spans)]
        if len(named) != 1 or by_ticker()[named[0]].country != t.value:
            continue
        a.ents.sets = [x for x in a.ents.sets if x is not t]
        a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= after.end("words"))]
        a.claims.claim(m.start(), after.end("words"), "context")
        a.notes.append(f"said of the company: '{a.text[m.start():after.end('words')]}'")


def _count_of_years(a: Analysis) -> None:
    """(round 27, f27s) "over the five fiscal years 2020 to 2024", "the three years 2022-2024": a count said before a
    range of years that is the range's own count restates it (it was not understood); another count is left unread
    (refused, named)."""
    assert a.claims is not None and a.time is not None
    for m in a.time.mentions:
        if m.value.kind != "year_range" or len(m.value.years) != 2:
            continue
        c = re.search(rf"(?<![\w.$€£¥-])({timeres._NUM})\s+(?:(?:fiscal\s+|calendar\s+)?years\s+)?$", a.text[:m.start])
        if c is None or not a.claims.free(c.start(1), m.start):
            continue
        if timeres.number(c.group(1)) == m.value.years[1] - m.value.years[0] + 1:
            a.claims.claim(c.start(1), m.start, "time")


# (round 27, f27s) a parenthesis right after a set that says which set is meant: "the banks (i.e. the Banks industry,
# not all financials)", "Real Estate Services companies (the industry, not the whole sector)", "utilities (i.e. the
# Utilities sector)": the set restated by its kind (and name), and a wider set ruled out
_SET_SAID = re.compile(r"(?:\s+(?:companies|firms|names|stocks|groups))?\s*\(\s*(?:(?:i\.?e\.?|that\s+is|meaning)\s*,?\s*)?"
                       r"(?:(?:the\s+)?(?P<name>[a-z&' -]+?\s+)?(?P<kind>industry|sector)(?!\s+(?:of|in)\b))?\s*,?\s*"
                       r"(?:(?:and\s+)?not\s+(?P<out>[^()]+?))?\s*\)")
_WIDER = re.compile(r"(?:(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:whole|entire|wider|broader|overall|full|rest\s+of\s+the)?\s*)"
                    r"(?:(?P<sole>sector|industry)|(?P<name>[a-z&' -]+?)(?:\s+(?P<kind>sector|industry))?)")


def _sets_said(a: Analysis) -> None:
    """A set followed by a parenthesis that says it again by its kind ("the industry", "the Banks industry") and may
    rule out the wider set ("not the whole sector", "not all financials"): the parenthesis restates the set read; it
    becomes context (noted). Where the kind or the name is another set's, or what is ruled out holds no company of the
    set, the words are left to the steps (refused, naming them)."""
    from finql.translate.sets import universe, universe_companies

    assert a.claims is not None and a.ents is not None
    for t in list(a.ents.sets):
        m = _SET_SAID.match(a.text, t.end)
        if m is None or not (m.group("kind") or m.group("out")) or t.kind not in ("INDUSTRY", "SECTOR") or t.negated:
            continue
        if m.group("kind") and (m.group("kind").upper() != t.kind or m.group("name") and m.group("name").strip() not in (
                t.value.lower(), a.text[t.start:t.end].strip())):
            continue
        inside = [o for o in a.ents.sets if m.start() <= o.start < m.end()]
        members = {c.ticker for c in universe_companies(universe([t], a.text) or "ALL")}
        if m.group("out"):
            w = _WIDER.fullmatch(m.group("out").strip())
            if w is None:
                continue
            if w.group("name"):  # a named set, wider than the one read ("not all financials")
                sector = dict(ent._phrases(ent.SECTOR_NAMES)).get(w.group("name").strip())
                if sector is None or t.kind != "INDUSTRY" or not members <= {
                        c.ticker for c in universe_companies(universe([ent.SetTerm("SECTOR", sector, 0, 0)]) or "ALL")}:
                    continue
            elif w.group("sole").upper() == t.kind or t.kind != "INDUSTRY":
                continue  # "not the whole sector" of an industry only
        a.ents.sets = [o for o in a.ents.sets if o not in inside]
        a.atoms = [x for x in a.atoms if not m.start() <= x.start < m.end()]
        a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= m.end())]
        a.claims.claim(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), "context")
        a.notes.append(f"set said again: '{a.text[m.start():m.end()].strip()}', read as '{a.text[t.start:t.end]}'")


# (round 27, f27s) the asker restating SPEC's null P/E in parentheses: "(loss makers have no P/E)", "(loss-making
# companies have no P/E, so they drop out)", "(companies with negative EPS have no P/E)"
_NO_PE_SAID = re.compile(r"\(\s*(?:(?:note|nb|remember)\s*[:,]?\s*)?(?:loss[- ]?makers|loss-making\s+(?:companies|names|firms|ones)|"
                         r"(?:companies|names|firms|ones)\s+with\s+(?:negative|zero\s+or\s+negative|no)\s+(?:eps|earnings))\s+"
                         r"(?:have|get|show)\s+no\s+(?:p/e|pe)(?:\s+ratio)?"
                         r"(?:\s*,?\s*(?:so|and)\s+(?:they\s+)?(?:drop|fall)\s+out(?:\s+of\s+the\s+(?:screen|list))?)?\s*\.?\s*\)")


# (round 46, f46r) "most (least) leveraged first", "the 5 most leveraged industrials by debt/equity": the order of a
# leverage ratio named in the question (debt or liabilities over equity or assets), higher the more leveraged
_LEVERAGED = re.compile(r"\b(?:most|least)\s+(leveraged|indebted)\b")
_LEVERAGE_OVER = re.compile(r"\s*(?:/|-?\s*to\s*-?|over|divided\s+by)\s*(?:(?:its|their|the)\s+)?")


def _leveraged_by_ratio(a: Analysis) -> None:
    """(round 46, f46r) "Debt to total assets (%) for the airlines, most leveraged first": "leveraged" after "most"
    ("least") says which way the leverage ratio the question names is ranked (the superlative itself reads the order).
    Only where every measure named is that one ratio, debt (liabilities) over equity (assets) in that order; "most
    leveraged" with no such ratio, or beside another measure ("by P/E"), or of a ratio turned over ("equity to debt")
    is left unread, named."""
    assert a.claims is not None
    hits = sorted(a.hits, key=lambda h: h.start)
    named = len(hits) == 1 and re.fullmatch(r"FF_(?:DEBT|LIABS)\(\{F\}\) / FF_(?:EQUITY|ASSETS)\(\{F\}\)",
                                            hits[0].sense.template) is not None  # "debt/equity", "debt-to-equity"
    if not named and (len(hits) != 2 or hits[0].sense.key not in ("debt", "liabs")
                      or hits[1].sense.key not in ("equity", "assets")
                      or not _LEVERAGE_OVER.fullmatch(a.text, hits[0].end, hits[1].start)):
        return
    for m in _LEVERAGED.finditer(a.text):
        if a.claims.free(m.start(1), m.end(1)):
            a.claims.claim(m.start(1), m.end(1), "structure")


def _no_pe_said(a: Analysis) -> None:
    """The asker's aside that loss makers have no P/E (SPEC section 2: null where trailing EPS <= 0, so a P/E
    condition never holds for them) says nothing the query needs where the question asks for the P/E: context."""
    assert a.claims is not None
    if not any(h.sense.key == "pe" and not (m.start() <= h.start < m.end()) for h in a.hits
               for m in _NO_PE_SAID.finditer(a.text)):
        return
    for m in _NO_PE_SAID.finditer(a.text):
        a.hits = [h for h in a.hits if not m.start() <= h.start < m.end()]
        a.atoms = [x for x in a.atoms if not m.start() <= x.start < m.end()]
        a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= m.end())]
        a.claims.claim(m.start(), m.end(), "context")
        a.notes.append(f"said of the data: '{m.group(0)}'")


# (round 32) where the words that name a figure defined in brackets after them start: the question's start, a clause's
# punctuation, or a list's "and"
_NAME_START = re.compile(r"(?:^|[,;:]\s*(?:and\s+|plus\s+)?|\band\s+|\bplus\s+)(?=[^,;:]*$)")


def _sets_combined(a: Analysis) -> None:
    """(round 32) "the P/E of the banks, the insurers and the software companies combined": "combined" ("taken
    together") right after a list of sets is their union where no figure asked adds up (ratios, per-share amounts and
    prices: each company's row); beside an amount ("their sales combined") it may ask a sum FinQL has not, and stays
    unread (refused, named, as before)."""
    assert a.claims is not None and a.ents is not None
    if len(a.ents.sets) < 2:
        return
    last = max(a.ents.sets, key=lambda t: t.end)
    noun = re.compile(r"(?:'s?)?(?:\s+(?:companies|stocks|firms|names|groups|sectors|industries))?\s+").match(a.text, last.end)
    m = re.compile(r"(?:combined|taken\s+together)\b").match(a.text, noun.end()) if noun else None
    said = [x for x in a.atoms if x.kind == "func" and x.value == "SUM" and (x.start, x.end) == (m.start(), m.end())] \
        if m else []
    if m is None or not said and not a.claims.free(m.start(), m.end()) or not a.hits or any(
            h.sense.money and not h.sense.per_share or h.sense.key in ("shares", "employees", "volume") for h in a.hits):
        return
    a.atoms = [x for x in a.atoms if x not in said]  # (the total's word: no total of a ratio across companies)
    a.claims.spans = [sp for sp in a.claims.spans if (sp[0], sp[1]) != (m.start(), m.end())]
    a.claims.claim(m.start(), m.end(), "filler")


# (round 40, f40n) a total said by "together" with its qualifier ("taken together", "put together", "considered
# together", "lumped together"; "all together" after the clause's comma)
_TOGETHER = re.compile(r"\b(?:taken|put|considered|lumped|added|counted|(?<=,\s)all|(?<=,)all)\s+together\b(?!\s+with\b)")


def _together_unread(a: Analysis) -> None:
    """(round 40, f40n) "What was X's net income in 2023, taken together?", "A and B's sales in 2023, taken together",
    "the banks' sales, put together": a total asked where no step read one (a sum over several periods is
    ``structure``'s SUM; the union of sets listed, ``_sets_combined``): one period of one company has nothing to sum,
    and a sum across companies or measures FinQL has not. The words were dropped (a filler's), the figures answered
    one by one; named, never dropped."""
    assert a.claims is not None
    for m in _TOGETHER.finditer(a.text):
        if any(x.kind == "func" and x.start < m.end() and m.start() < x.end for x in a.atoms):
            continue  # the total read ("net income over the last three years, taken together": SUM)
        if any(s <= m.start() and m.end() <= e for s, e, _k in a.claims.spans):
            continue  # read whole with its neighbours ("the utilities and real estate sectors taken together": a union)
        a.unresolved.append(m.group(0))


def _named_by_definition(a: Analysis) -> None:
    """(round 32) "..., and what is left for shareholders (assets minus liabilities)", "its headroom (assets minus
    liabilities)": words that no step read, said right before brackets that hold two measures joined by one sign, name
    the figure the brackets compute (the asker's own name for it): claimed as context, the brackets read as the item
    (t31b-048's class; refused before, naming the words). Words any step read (a function, a period, a company, a
    condition) are no name: left to the other rules."""
    assert a.claims is not None
    for lp in [x for x in a.atoms if x.kind == "lparen"]:
        rp = next((x for x in a.atoms if x.kind == "rparen" and x.start > lp.end), None)
        if rp is None:
            continue
        inside = [h for h in a.hits if lp.end <= h.start and h.end <= rp.start]
        ops = [x for x in a.atoms if lp.end <= x.start and x.end <= rp.start]
        if len(inside) != 2 or len(ops) != 1 or ops[0].kind != "arith" \
                or not inside[0].end <= ops[0].start < inside[1].start:
            continue
        head = a.text[:lp.start]
        start = _NAME_START.search(head)
        if start is None:
            continue
        s, e = start.end(), len(head.rstrip())
        if not 1 <= len(a.text[s:e].split()) <= 8 or not re.fullmatch(r"[a-z' ]+", a.text[s:e]) or re.search(
                r"\b(?:not|no|except|excluding|without|only|each|every|per|average|total|sum|change|growth)\b",
                a.text[s:e]) or any(
                cs < e and s < ce and who != "filler" for cs, ce, who in a.claims.spans) or any(
                s <= x.start < e for x in a.atoms) or any(s <= h.start < e for h in a.hits):
            continue
        a.claims.claim(s, e, "context")


def resolve_leftovers(a: Analysis, index: senses.SenseIndex | None, threshold: float, margin: float,
                      fuzzy_cutoff: float = 85.0) -> None:
    """Leftover words: a misspelt sense name, else a sense by meaning; close calls become candidates."""
    assert a.claims is not None
    _verb_on_a_company(a)  # "A and B. Drop B."
    _named_taken_back(a)
    _self_corrections(a)
    _sets_taken_back(a)
    _both_named(a)
    _listed_described(a)  # "the three wind names, A, B and C"
    _relation_listed(a)  # "vs our competitors A and B"
    _scope_said(a)  # "scope = Health Care + Consumer Staples"
    _basket_of_named(a)  # "A/B/C (asset mgr basket)"
    _count_of_named(a)
    _which_period(a)
    _left_out(a)
    _event_clause(a)  # "in FY2019 (that's when it was listed)"
    _periods_ruled_out(a)  # "fiscal 2020 (not 2021)"
    _sets_said(a)  # "the banks (i.e. the Banks industry, not all financials)"
    _country_said(a)  # "Driftwood Pay, which lists in Germany, ..."
    _count_of_years(a)  # "the five fiscal years 2020 to 2024"
    _no_pe_said(a)  # "(loss makers have no P/E)"
    _leveraged_by_ratio(a)  # "debt/equity, most leveraged first"
    _unit_of_shares(a)  # "sales in millions of shares": a count's unit said of money, named
    _request_after_contrast(a)  # "A or B, but my boss wants C": named
    _in_millions(a)
    _conversion_rate(a)
    layout.read(a)  # "a table of A and B with columns for ...", "one row per name", "as two columns"
    _screen_label(a)  # "Cheap banks: banks with a P/E below 8"
    _judged_then_defined(a)  # "insurers that look cheap - P/B under 1.5 and a yield above 3%"
    _context_segments(a, index, threshold)
    _conversation(a, index, threshold)
    _purpose(a, index, threshold)
    framing.frame(a)  # "For a column on the airline industry, ...", "I'm writing about X:"
    _set_describes_listed(a)  # "the software comps A and B" (after the context: round 23)
    layout.unread(a)  # "row", "column", "table" of no layout read: named
    _named_by_definition(a)  # "what is left for shareholders (assets minus liabilities)"
    _sets_combined(a)  # "the P/E of the banks, the insurers and the software companies combined"
    _together_unread(a)  # "net income in 2023, taken together": no total read
    for s, e in leftover_chunks(a):
        if not a.claims.free(s, e):
            continue  # read with a neighbour already ("free" of "free cash flwo")
        phrase = a.text[s:e]
        ws = [w for w in words(phrase)]
        # "revenue by region", "growth by product line": a breakdown FinQL cannot express
        by = re.search(r"\b(?:by|per|across|split by|broken down by|for each)\s+(?:the\s+|its\s+|their\s+)?$", a.text[:s])
        if by and not re.fullmatch(r"by|per", phrase) and not senses.fuzzy(phrase):
            a.unresolved.append(a.text[by.start():e])
            continue

        if _out_of_scope_phrase(phrase):
            a.unresolved.append(phrase)  # "interest coverage" is a measure FinQL lacks, not a misspelt "leverage"
            continue
        if re.fullmatch(r"multiples?|ratios?|x", phrase) and any(
                re.fullmatch(r"\s?\(?", a.text[h.end:s]) and h.sense.kinds and (
                    not h.sense.money and h.sense.key not in ("shares", "employees", "volume", "fe_num")
                    or any(re.fullmatch(r"\s*(?:-\s*)?to\s*(?:-\s*)?(?:the\s+)?|\s*/\s*", a.text[h0.end:h.start])
                           for h0 in a.hits if h0.end <= h.start)) for h in a.hits):
            a.claims.claim(s, e, "sense")  # "debt-to-equity multiple": the ratio's own noun
            continue
        if _merge_with_neighbour(a, s, e):
            continue
        if _function_typo(a, s, e):
            continue
        # a company's family word ("apex") is no misspelt measure ("capex"), whether or not it named a company here
        got = None if phrase in _family_words() else senses.fuzzy(phrase, fuzzy_cutoff)
        if got is None and len(ws) > 1 and not any(w.text in _family_words() for w in ws):
            # one misspelt word next to a known one ("incme" in "net incme")
            for n in range(len(ws), 0, -1):
                for i in range(len(ws) - n + 1):
                    sub = phrase[ws[i].start:ws[i + n - 1].end]
                    got = senses.fuzzy(sub, fuzzy_cutoff)
                    if got:
                        s2, e2 = s + ws[i].start, s + ws[i + n - 1].end
                        a.hits.append(senses.Hit(got[0], s2, e2, "fuzzy", got[1]))
                        a.claims.claim(s2, e2, "sense")
                        # the chunk's other words are read by nothing: named, never dropped ("adjusted" of
                        # "adjusted operating incom", "asia" of "asia turnover")
                        rest = [w.text for w in ws[:i] + ws[i + n:] if w.text not in FILLER]
                        a.unresolved.extend(rest)
                        break
                if got:
                    break
            if got:
                continue
        if got is not None:
            a.hits.append(senses.Hit(got[0], s, e, "fuzzy", got[1]))
            a.claims.claim(s, e, "sense")
            continue
        if phrase in _family_words():
            a.unresolved.append(phrase)  # nor a measure by meaning
            continue
        if _filler_typo(phrase, a.text, s):
            # "waht", "companys": a misspelt function word, meaning nothing of its own, with the meaning matcher or
            # without it ((round 38, f38m) the agent asked the matcher first, and "companys" nearest an out-of-scope
            # anchor was refused where the rules alone read the question: the two now read it alike)
            a.claims.claim(s, e, "filler")
            continue
        if index is None:
            a.unresolved.append(phrase)
            a.left_over.append(phrase)
            continue
        if _modifier_of(a, s, e, index, threshold):
            continue
        if re.search(r"[a-z]\s?[/&+]\s?[a-z]", phrase):
            # "assets/liabs": two words joined by a slash (an ampersand, a plus) are two things, a ratio or a list;
            # one sense by meaning would drop the other (the model picked assets): named, never guessed
            a.unresolved.append(phrase)
            continue
        if _NO_MEASURE_BEFORE.match(a.text, e):
            # (round 40, f40n) a word right before a currency ("counting in US dollars") or a valuation's multiple
            # ("quoted at 2.5 times book") is how the figure is reckoned or valued, never a measure of its own (the
            # matcher took "counting" for the number of analysts and "priced" for the share price): named
            a.unresolved.append(phrase)
            continue
        near = index.nearest(phrase)
        (best, score), second = near.best(), (near.ranked[1] if len(near.ranked) > 1 else ("", 0.0))
        if best == "out_of_scope" or score < threshold:
            a.unresolved.append(phrase)
            a.left_over.append(phrase)  # (nearest no measure, or nearest the examples of what FinQL lacks)
            continue
        if _fragment(phrase, best):
            a.unresolved.append(phrase)  # "lo", "covering" (of "analysts covering"): too little to mean the measure
            continue
        if second[0] and second[0] != "out_of_scope" and score - second[1] < margin and second[1] >= threshold:
            a.candidates.append(Candidate("resolve_senses", phrase, s, e, [best, second[0]]))
            a.claims.claim(s, e, "sense?")
            continue
        if second[0] == "out_of_scope" and score - second[1] < margin:
            a.unresolved.append(phrase)
            continue
        a.hits.append(senses.Hit(senses.BY_KEY[best], s, e, "meaning", score))
        a.claims.claim(s, e, "sense")
    a.hits.sort(key=lambda h: h.start)


# (round 40, f40n) what follows a word that reckons or values a figure: a currency asked, a valuation's multiple
_NO_MEASURE_BEFORE = re.compile(r"\s+(?:(?:in|into|to)\s+(?:the\s+)?(?:" + text_module.CURRENCY_WORD + r"|" +
                                text_module.CURRENCY_CODES + r")\b|(?:trading\s+)?(?:at|on|for)\s+(?:an?\s+)?(?:[a-z<>=]+\s+){0,2}?"
                                r"\d[\d.,]*\s*(?:x|times)(?!\w))", re.IGNORECASE)


def _fragment(phrase: str, key: str) -> bool:
    """Too little of a name to mean it by meaning: two letters or fewer ("lo" is no ROA), or one word of a longer name
    of that sense that is no name of its own ("covering" of "analysts covering": the cash covering the debt)."""
    if len(re.sub(r"\W", "", phrase)) <= 2:
        return True
    if " " in phrase or phrase in senses.NAME_WORDS:
        return False
    return any(phrase in n.split() for n in senses.BY_KEY[key].names if " " in n)


def _family_words() -> frozenset[str]:
    """The first word of every company name in the master, lower case."""
    from finql.language.registry import by_ticker

    return frozenset(c.name.split()[0].lower() for c in by_ticker().values())


def _content_words() -> frozenset[str]:
    """Words that carry meaning of their own, so never a misspelt function word: number words ("eight" is one
    edit from "weight"), every word of a sense name or an out-of-scope anchor ("cost" is one from "most"), the
    master's tickers and name words ("lake" of "... lake ivor" is no misspelt "like"), and the one-word superlatives
    ("most" is one from "post")."""
    from finql.language.registry import by_ticker
    from finql.translate.text import CARDINALS, OWNED
    from finql.translate.timeres import NUMBER_WORDS

    named = {w for s in senses.SENSES for n in senses.plain_names(s) for w in re.findall(r"[a-z]+", n.lower())}
    anchors = {w for n in senses.OUT_OF_SCOPE for w in re.findall(r"[a-z]+", n)}
    master = {w for t, c in by_ticker().items() for w in [t.lower(), *re.findall(r"[a-z]+", c.name.lower())]}
    # (round 26: and the possessive pronouns that stand for companies, "yours", "theirs": no slip of "your", "their")
    return frozenset(CARDINALS) | frozenset(NUMBER_WORDS) | frozenset(named | anchors | master) | structure.ranking_words() \
        | OWNED


_CONTENT_WORDS = _content_words()


# (round 38, f38n) words of English one edit from a filler word that say what the figures are, so that dropping one as
# a slip answers another question (each found dropped with a wrong answer): a growth's pace ("sales growth slowing"
# was the growth above zero; "speeding up"), a cost FinQL lacks ("revenue and costs" was the revenue alone), "owner
# earnings" (the net income), a line of business ("games companies", "shoe companies": every company), a rise
# ("lifted their dividend": the dividend unscreened); and "days" counted ("how many days did X's stock rise": the
# return). Named, never dropped; the words that are filler in their frame ("What will X's revenue be", "went from a
# loss to a profit", "looks cheap", "right now", "going by") stay dropped as before.
_MEANING_WORDS = frozenset({"slow", "slowing", "speed", "speeds", "speeding", "costs", "owner", "games", "shoe", "lifted"})


# (round 47, r47) a superlative said before "last" in its clause, up to two words between ("most leveraged last")
_LAST_OF_AN_ORDER = re.compile(r"\b(?:" + structure._RANK_DESC + "|" + structure._RANK_ASC + r")(?:\s+[\w/&'-]+){0,2}\s+$")


def _filler_typo(phrase: str, text: str = "", s: int = -1) -> bool:
    """A misspelt function word ("waht", "teh"): one edit from a filler word, no word with a meaning of its own
    (``_content_words``), and no sense name near it; never a word of size or value that restricts the rows ("small"
    of "which small banks" was dropped as a slip of "shall": the banks' size lost)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if " " in phrase or len(phrase) < 4 or phrase in _CONTENT_WORDS or senses.fuzzy(phrase):
        return False
    if phrase in _MEANING_WORDS or phrase == "days" or phrase == "last" and _LAST_OF_AN_ORDER.search(text[:s]) \
            and re.match(r"\s*(?:[,.;:!?]|$)", text[s + 4:]):
        # (round 38) a word that says what the figures are, named; (round 43, f43n) "days" is a word of time, never a
        # slip of "pays": "(trading days only)" after a span it does not change was dropped, not named; (round 47,
        # r47) "last" ending a clause after a superlative says the rows' order, never a slip ("most leveraged last" was
        # read DESC, "last" dropped; "NWSY last price", "just give me the last close" read it as the latest)
        return False
    if phrase == "going" and re.match(r"\s+for\b", text[s + 5:]) and s >= 0:
        # (round 49, f49t) "what sales growth is X going for?", "what EPS is X going for in 2025": an aim (the
        # company's? the consensus?), never a slip of "doing" (it was dropped: last year's growth, a wrong answer)
        return False
    from finql.translate import spelling


    if any(w not in FILLER for w in spelling.suggestions(phrase, guarded=False)):
        return False  # as near a word with a meaning ("lwst": "last", "core": "more", "care"): named, never dropped
    if _LABEL_SIZE.fullmatch(phrase) or _LABEL_VALUE.fullmatch(phrase):
        return False
    return process.extractOne(phrase, sorted(w for w in FILLER if len(w) >= 4), scorer=OSA.distance,
                              score_cutoff=1) is not None


def _merge_with_neighbour(a: Analysis, s: int, e: int) -> bool:
    """A misspelt word next to a sense name: "totl assets" -> "total assets"; or a name's first word and its misspelt
    last one on either side of a shorter name: "free cash flwo" -> "free cash flow" (not "free" and cash)."""
    assert a.claims is not None
    for h in list(a.hits):
        if 0 <= h.start - e <= 1:
            spans = [(s, h.end)]
            nxt = re.match(r"\s[a-z]+\b", a.text[h.end:])
            if nxt and a.claims.free(h.end + 1, h.end + nxt.end()):
                spans.append((s, h.end + nxt.end()))  # the word after the name, misspelt too
        elif 0 <= s - h.end <= 1 or re.fullmatch(r" (?:on|of|to|per) ", a.text[h.end:s]):  # "return on asets"
            spans = [(h.start, e)]
            prev = re.search(r"\b[a-z]+\s$", a.text[:h.start])
            if prev and a.claims.free(prev.start(), h.start - 1):
                spans.append((prev.start(), e))
        else:
            continue
        for span in spans:
            got = senses.fuzzy(a.text[span[0]:span[1]])
            if got is not None:
                a.hits.remove(h)
                a.hits.append(senses.Hit(got[0], span[0], span[1], "fuzzy", got[1]))
                a.claims.claim(span[0], span[1], "sense")
                return True
    return False


# structure words misspelt ("grwoth"): one edit (a transposition counts as one) from the word, six letters or more
_FUNCTION_WORDS = {"growth": "GROWTH", "average": "AVG", "cumulative": "SUM", "combined": "SUM"}


def _function_typo(a: Analysis, s: int, e: int) -> bool:
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    phrase = a.text[s:e]
    if " " in phrase or len(phrase) < 6 or phrase in _CONTENT_WORDS:
        return False
    found = process.extractOne(phrase, list(_FUNCTION_WORDS), scorer=OSA.distance, score_cutoff=1)
    if found is None or senses.fuzzy(phrase):
        return False
    assert a.claims is not None
    a.claims.claim(s, e, "structure")
    a.atoms.append(structure.Atom("func", s, e, _FUNCTION_WORDS[found[0]], None))
    a.atoms.sort(key=lambda x: x.start)
    return True


# (round 35, f35x) the two readings of words left over (``judge_leftovers``)
READ_WITHOUT, REFUSE = "framing", "content"


def judge_leftovers(a: Analysis) -> Candidate | None:
    """(round 35, f35x) Where the reading is otherwise whole and the only reason to refuse is words left over (no
    step found a meaning for them: ``Analysis.left_over``), a close call for the model: do those words change what is
    asked (``REFUSE``, the rules' answer) or are they the asker's framing, so the rules' reading without them answers
    (``READ_WITHOUT``)? Recorded only when every refused word is such a word (none a refused close call, a measure
    FinQL lacks, a breakdown, a family name), no close call is pending, and the chain composes a reading without them
    that passes every final check. Rules alone pick nothing (``rules_pick`` None): they still refuse."""
    assert a.ents is not None
    if not a.unresolved or not a.left_over or a.candidates or a.ents.ambiguous or a.reading is not None \
            or a.refusal is not None or any(w not in a.left_over for w in a.unresolved):
        return None
    if any(c.step == "judge_leftovers" for c in a.candidates):
        return None
    without = copy.deepcopy(a)
    without.unresolved = []
    compose_reading(without)
    if without.reading is None:
        return None
    words_ = list(dict.fromkeys(a.unresolved))
    spans = [m.span() for w in words_ for m in [re.search(rf"(?<!\w){re.escape(w)}(?!\w)", a.text)] if m]
    s = min((x for x, _y in spans), default=0)
    e = max((y for _x, y in spans), default=0)
    cand = Candidate("judge_leftovers", ", ".join(words_), s, e, [READ_WITHOUT, REFUSE], None, words_,
                     without.reading.query())
    a.candidates.append(cand)
    return cand


def apply_choice(a: Analysis, cand: Candidate, choice: str | None) -> None:
    """Settle a close call: a ticker or sense key from ``cand.options``, or None (refuse)."""
    assert a.ents is not None
    if cand.step == "judge_leftovers":
        if choice == READ_WITHOUT:  # the words judged the asker's framing: read without them, and said so
            a.unresolved = [w for w in a.unresolved if w not in cand.leftovers]
            a.notes.append("words judged as the asker's framing, not part of the query: "
                           + ", ".join(repr(w) for w in cand.leftovers))
        return  # REFUSE or None: the words stay refused, named
    if choice is None or choice not in cand.options:
        a.unresolved.append(cand.words)
        return
    if cand.step == "disambiguate":
        a.ents.ambiguous = [x for x in a.ents.ambiguous if x[2] != cand.start]
        a.ents.add(choice, cand.start, "model")
        assert a.claims is not None
        s, e = ent.described_span(a.text, cand.start, cand.end)
        a.claims.claim(s, e, "company")
        a.ents.tickers.sort(key=lambda t: a.ents.ticker_pos.get(t, 0))  # type: ignore[union-attr]
    else:
        a.hits.append(senses.Hit(senses.BY_KEY[choice], cand.start, cand.end, "model"))
        a.hits.sort(key=lambda h: h.start)


# (round 34, r34) a figure divided by the same figure in a composed query: "P_PRICE(D0) / P_PRICE(D0)" (the
# numerator not itself a quotient's denominator, "A / B / B" is no self ratio)
_SELF_RATIO = re.compile(r"(?<!/ )(?<![\w.)])(?P<f>[A-Z][A-Z_]*\((?:[^()]|\([^()]*\))*\)) / (?P=f)(?![\w(])")
_RATIO_WORDS = re.compile(r"\b(?:relative\s+to|compared\s+(?:to|with)|as\s+a\s+(?:percentage|percent|share|"
                          r"proportion|fraction|multiple)\s+of|divided\s+by|over|versus|vs\.?|against)\b", re.IGNORECASE)


# (round 42, f42s) "(A / B - 1) * 100 / B", "(A / B - 1) * 100 - B": a growth's base used again on the growth itself
_GROWTH_OVER_ITS_BASE = re.compile(r"\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*? / (?P<b>[A-Z][A-Z_]*\((?:[^()]|\([^()]*\))*\)) - 1\) "
                                   r"\* 100 (?:/|-) (?P=b)(?![\w(])")


def _self_ratio_asked(query: str) -> re.Match[str] | None:
    """(round 34, r34) A figure over itself (``_SELF_RATIO``) where the query asks it: in a condition or an order, or
    as every column shown. (One shown beside the figure asked, tune20a's "forward P/E (px today over FY+1 consensus)",
    is a column too many, not the answer; left as it was.)"""
    shown, _for, rest = query.partition(" FOR ")
    if (same := _SELF_RATIO.search(rest)) is not None:
        return same
    columns, depth, start = [], 0, 0
    for i, ch in enumerate(shown + ","):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            columns.append(shown[start:i].strip())
            start = i + 1
    found = [_SELF_RATIO.search(c) for c in columns if c != "NAME"]
    return found[0] if found and all(found) else None


def compose_reading(a: Analysis) -> None:
    assert a.ents is not None and a.time is not None
    held = _holdings_named(a)
    if held:  # (round 38) "P/E for my holdings": said clearly, not as a word not understood
        a.refuse(ASKERS_OWN, held)
        return
    back = BACK_TO_GROWTH.search(a.text)
    if back:  # (round 38, f38m) "returned to growth", "back to revenue growth": a change of state (``compose``)
        a.refuse("a return to growth after a fall: which growth, and the fall before it, are not said", [back.group(0)])
        return
    if a.unresolved:
        a.refuse("the question has words FinQL cannot express", a.unresolved)
        return
    if a.ents.ambiguous:
        fam, options, s, e = a.ents.ambiguous[0]
        a.refuse(f"'{a.text[s:e]}' could be {', '.join(options)}", [a.text[s:e]])
        return
    why = next((m for m in ASKS_WHY.finditer(a.text) if _asks_why(a, m)), None)
    if why:  # (round 34) a question asking why: FinQL returns figures, not reasons (``compose.ASKS_WHY``)
        a.refuse("a question asking why: FinQL returns figures, not the reasons for them",
                 [next(g for g in why.groups() if g).strip()])
        return
    chosen = _chosen_by_asker(a) or _possessed_by_asker(a)
    if chosen:
        a.refuse(ASKERS_OWN, [chosen])
        return
    try:
        a.reading = compose(framing.blanked(a), a.ents, a.time, a.hits, a.atoms)
    except Refusal as exc:
        a.refuse(exc.message, exc.words)
        return
    backwards = next((m for m in a.time.mentions if m.value.reversed), None)
    if backwards is not None and re.search(r"\b(?:GROWTH|CAGR|P_RETURN)\(|\s-\s", a.reading.query()):
        # (round 47, f47w) a change over a range said from its later end to its earlier ("growth from FY0 to FY-2"):
        # which way it runs is not said; named, never read the usual way
        a.reading = None
        a.refuse("a change over a range said from its later end to its earlier (which way does it run?)",
                 [a.text[backwards.start:backwards.end]])
        return
    if (same := _self_ratio_asked(a.reading.query())) is not None:
        # (round 34, r34) a figure over itself is 1 for every row, never what was asked: two periods or figures said
        # were read as one ("X's share price today relative to last year's close" was P_PRICE(D0) / P_PRICE(D0))
        a.reading = None
        a.refuse("a figure divided by itself (two figures said were read as one)",
                 _RATIO_WORDS.findall(a.text) or [same.group(0)])
        return
    if (again := _GROWTH_OVER_ITS_BASE.search(a.reading.query())) is not None:
        # (round 42, f42s) a growth in percent then compared with its own base ("how much EPS growth (%) does the FY2025
        # consensus imply over the actual fiscal 2024 EPS?" was the growth over FY2024's EPS, less one, times 100
        # again): the base said once was read twice, once in the growth and once as a second comparison; named
        a.reading = None
        a.refuse("a growth compared again with its own base (the base was read twice)",
                 _RATIO_WORDS.findall(a.text) or [again.group(0)])
        return
    if (sheet := _sheet_of_no_item(a.question, a.reading)) is not None:
        a.reading = None
        a.refuse("the balance sheet said of figures that are not on it (a flow, a price or an estimate)", [sheet])
        return
    if (place := _PLACE_REFERRED.search(a.text)) is not None:
        # (round 45, r45) "I spent ten years in Paris. Which companies listed there had sales above 1 billion?": a
        # place referred to ("there", "here") after the companies' noun or their listing is a set the words do not
        # name (the context sentence was dropped, "there" read as a filler: every company was answered); named
        a.reading = None
        a.refuse("a place referred to that the question does not name: say the country or the index", [place.group(0)])
        return
    unreflected = _unreflected(a, a.reading)
    unlaid = [] if unreflected else layout.mismatch(a, a.reading)
    if unlaid:  # "as three columns" of two items, "capex column first" where capex comes second
        a.reading = None
        a.refuse("a layout the composed query does not have", unlaid)
        return
    if unreflected:
        a.reading = None
        a.refuse("words the steps read that the composed query does not reflect", unreflected)
        return
    direction = _direction_said_last(a, a.reading)
    if direction:  # (round 38) "X net income FY2024 up?": the claim is no filler of the figure
        a.reading = None
        a.refuse("a direction said last that the reading does not check (a rise or a fall the figure does not show)",
                 [direction])
        return
    a.reading.notes.extend(a.notes)
    for sentence in a.context:
        a.reading.notes.append(f"context, not part of the query: '{sentence}'")


def _asks_why(a: Analysis, m: re.Match[str]) -> bool:
    """Whether the words of ``compose.ASKS_WHY`` at ``m`` ask a reason: said outside the sentences set aside as the
    asker's context, or inside one that asks it, the words opening their clause ("... - what drove that?", "And how
    come?", "The reasons for it?") or the sentence a question ("..., any idea why it fell?"). Only a remark's "why"
    said inside its clause ("...? no idea why I care tbh") is none. (round 35, r35: a content-free sentence asking a
    cause, "X's revenue fell in fiscal 2023. What caused it?", was set aside and the growth answered)"""
    if not _in_context(a, m.start()):
        return True
    opens = max((b.end() for b in _CLAUSE_BREAK.finditer(a.text, 0, m.start())), default=0)
    if re.fullmatch(r"\s*(?:(?:and|but|so|also|then|or|plus)\s+)*", a.text[opens:m.start()]):
        return True
    end = _SEGMENT_BREAK.search(a.text, m.end())
    return end is not None and "?" in end.group(0)


# (lead, round 35) a set narrowed by the asker's own choice, said between commas, in brackets or after a dash right
# after it: "Which banks, the ones I own, have ...", "the utilities (those we hold) with ...", "which insurers - the
# ones you cover - ...". Its words are all function words (own, hold, cover, the ones), so no step claimed them and
# the set was answered whole: a wrong answer (r35 noticed it). A definition the steps read ("those with a P/E below
# 10") has no pronoun after "those" and is left to them
_CHOSEN_BY_ASKER = re.compile(
    r"\s*(?:,|\(|\s-+)\s*(?P<w>(?:(?:the\s+)?ones|those|the\s+(?:names|companies|stocks|firms|shares)|which|whom)\s+"
    r"(?:(?:that|which|whom)\s+)?(?:i|we|you|they|my|our|your|the\s+(?:fund|desk|team|client|firm|family|committee|portfolio))"
    r"\b[^,()?.!;-]*?)\s*(?=,|\)|\s-+|\?|$)"
    # (round 36, r36) and said as a relative clause with no comma, the asker its subject: "Which banks that I own have
    # ...", "which insurers we hold are ...", "the stocks I don't own" (answered whole: wrong answers); only with a verb
    # of holding or choosing ("the companies that I can see" are the ones the asker may see: the data, t14b)
    # ((round 37, r37) and asked of them: "Which banks do I own with a P/E below 10?" was answered whole too)
    r"|\s+(?P<rel>(?:(?:that|which|whom)\s+)?(?:(?:do|did)\s+)?(?:i|we)\s+(?:(?:do|did|don't|didn't|do\s+not|did\s+not|currently|already|"
    r"still|also|now|personally|actually)\s+)*(?:" + framing.ASKER_SET_VERBS + r")\b)")


# (round 38, f38n) the asker's own set said by "my" alone: "Which of my banks ...", "among my tech stocks", "my stocks",
# "my holdings" (FinQL has no portfolio, SPEC 1: the banks the asker holds are not in the data; the whole set was
# answered, a wrong answer). Only "my": the golds read "our" as the set said ("All our Japanese names", t22a-113; "List
# our packaging suppliers", t28b-056), "your" is the data's; not the asker's universe, peers or clients ("the banks in
# my universe", "my client banks"), nor where companies are named ("Of my utilities, A and B") or the set is said again
# apart from "my" ("My bank holdings: P/E for every bank", round 22)
_OWN_NOUN = r"(?:stocks|shares|companies|names|equities|firms|businesses|picks|positions|holdings|portfolio|counters|tickers)"
_OWN_HELD = re.compile(r"\bmy\s+(?:[\w-]+\s+)?(?:holdings|positions|portfolio|book|watch\s?list)\b", re.IGNORECASE)
_OWN_NOT = re.compile(r"\s*(?:peers?|peer\s+group|universe|coverage|competitors|rivals|comps|index|benchmark|sector|"
                      r"industry|clients?|customers?|report|note|memo|model|screen)\b", re.IGNORECASE)


# (round 40, f40n) the words that name every company of the data, claimed as a set ("universe", "whole universe")
_ALL_SAID = re.compile(r"(?:(?:whole|entire|full|investable|coverage)\s+)?universe|(?:whole\s+|entire\s+)?(?:database|"
                       r"dataset|data\s+set)|coverage(?:\s+universe|\s+list)?", re.IGNORECASE)


# the refusal of a set the asker owns, covers or chose (``_chosen_by_asker``, ``_possessed_by_asker``, ``_holdings_named``)
ASKERS_OWN = "the companies the asker holds, covers or chose are not in the data"


def _holdings_named(a: Analysis) -> list[str]:
    """The asker's holdings said ("my holdings", "my portfolio") where they are all the question leaves unread: the
    words, named as the asker's (they were named as words not understood)."""
    spans = [m for m in _OWN_HELD.finditer(a.text) if not _in_context(a, m.start())]
    if not a.unresolved or not spans or a.ents is None or a.ents.tickers:
        return []
    inside = [w for w in a.unresolved if any(re.search(rf"\b{re.escape(w)}\b", m.group(0), re.IGNORECASE) for m in spans)]
    return [m.group(0) for m in spans] if len(inside) == len(a.unresolved) else []


def _possessed_by_asker(a: Analysis) -> str | None:
    """The asker's "my" right before the set the question reads (a sector, an industry, an index, or its companies
    said as such: "my stocks"), the set said nowhere else: the words, named."""
    assert a.claims is not None
    if a.ents is None or a.ents.tickers:
        return None
    sets = sorted((s, e) for s, e, what in a.claims.spans if what == "set")
    for m in re.finditer(r"\bmy\s+", a.text, re.IGNORECASE):
        if _in_context(a, m.start()):
            continue
        own = next(((s, e) for s, e in sets if s >= m.end() and re.fullmatch(r"(?:[\w-]+\s+)?", a.text[m.end():s])), None)
        if own is not None and _OWN_NOT.search(a.text[m.end():own[1]]):
            continue  # "my client banks"
        end = own[1] if own is not None else m.end()
        noun = re.compile(rf"(?:[\w-]+\s+)?{_OWN_NOUN}\b" if own is None else rf"\s*{_OWN_NOUN}\b", re.IGNORECASE).match(a.text, end)
        if noun is not None:
            end = noun.end()
        if (own is None and noun is None) or _OWN_NOT.match(a.text, end):
            continue  # "my report", "my tech peers", "the banks in my universe"
        # (round 40, f40n) the data's own universe said beside ("which of my banks in my universe": the set of the
        # question is still the asker's banks; the universe read every bank, a wrong answer) is no set said again
        if any(not (m.start() <= s and e <= end) and not _ALL_SAID.fullmatch(a.text, s, e) for s, e in sets):
            continue  # the set said again apart from "my"
        return a.text[m.start():end]
    return None


def _chosen_by_asker(a: Analysis) -> str | None:
    """The words of ``_CHOSEN_BY_ASKER`` said right after a set the question names, none of them read by a step (a
    word of ``FILLER`` claimed, "the ones you listed", reads nothing of them)."""
    assert a.claims is not None
    sets = [e for _s, e, what in a.claims.spans if what == "set"]
    for m in _CHOSEN_BY_ASKER.finditer(a.text):
        g = "w" if m.group("w") is not None else "rel"
        # (a dash's aside may have been set apart as context already: that is no reading of its words)
        if m.start() in sets and not any(m.start(g) <= cs < m.end(g) for cs, ce, w in a.claims.spans
                                         if w != "context" and not all(x in FILLER for x in a.text[cs:ce].split())):
            return m.group(g)
    return None


def _in_context(a: Analysis, pos: int) -> bool:
    """Whether ``pos`` of the text falls in a sentence set aside as the asker's context (``a.context``)."""
    return any(0 <= (at := a.text.find(c)) <= pos < at + len(c) for c in a.context if c)


@functools.cache
def _function_words() -> frozenset[str]:
    from finql.translate import spelling

    return spelling.FUNCTION_WORDS


def _no_word_passed_over(wrong: str, right: str) -> bool:
    """(round 37) The spelling step offers no word of meaning before ``right`` for ``wrong``: "lwst" is "last" first,
    and where "last" was refused the chain took "list", a word of no meaning, and dropped what may be a "lowest"."""
    from finql.translate import spelling

    offered = spelling.suggestions(wrong)
    return right in offered and all(w in spelling.FUNCTION_WORDS for w in offered[:offered.index(right)])


def _unreflected(a: Analysis, r: Reading) -> list[str]:
    """The final check of a composed reading: every word the steps resolved is reflected in the query, so none is
    silently dropped (a wrong answer that looks right). Returned: the words that are not.

    - an order said of the rows ("high to low", "most first", "ranked from highest to lowest") is a SORT;
    - a period written in digits ("fy24", "2023", "Q3") is read as a period, never inside another step's words (a
      misspelt company name read one word too long, "fy24 kingsbrige telecom": no company name holds a digit)."""
    assert a.claims is not None
    out: list[str] = []
    if r.sort is None:
        for x in a.atoms:
            if x.kind == "rank" and _ORDER_OF_ROWS.fullmatch(a.text[x.start:x.end]):
                out.append(a.text[x.start:x.end])
    # a correction the reading ignores ("lwst" read as "last", then as a word of no meaning): the misspelt word is
    # named, never dropped ("core" read as "more" of "top 5 by more operating margin"); one that is part of a name
    # ("fisacl" of "fiscal 2023"), an estimate's word ("forcast" of "consensus revenue forecast"), or that changes the
    # reading takes effect
    # ((round 47, f47s) and a cue of the grain, "quartely" of "avg quartely net income, last 8 quarters": read as the
    # grain, it is checked against the query's periods below as the word spelt right is; it was named, refused)
    named = [(s, e) for s, e, who in a.claims.spans if who in ("sense", "time", "time-cue", "company", "set")]
    named += [(x.start, x.end) for x in a.atoms if x.kind == "est"]  # "forecast" of a consensus measure restates it
    # a word of a function's name ("growwth" of "compound annual growth rate": the name reads without it too)
    named += [(x.start, x.end) for x in a.atoms if x.kind == "func"]
    # (round 46, f46t) a word of the order said of the rows where the query sorts ("highest frist": "first" of the
    # order, which the SORT reflects; DESC, the default, read the same without it)
    if r.sort is not None:
        named += [(x.start, x.end) for x in a.atoms if x.kind == "rank" and _ORDER_OF_ROWS.search(a.text[x.start:x.end])]
    written, pos, shift = normalize(a.question).lower(), 0, 0
    for wrong, right in a.corrections:
        m = re.compile(rf"(?<!\w){re.escape(wrong.lower())}(?!\w)").search(written, pos)
        if m is None:
            break
        s, pos = m.start() + shift, m.end()
        shift += len(right) - len(wrong)
        e = s + len(right)
        if text_module.HOMOPHONES.get(wrong.lower()) == right:
            continue  # a word heard for another ("four" for "for"): the word said, not a slip that may mean anything
        if right in _function_words() and _no_word_passed_over(wrong.lower(), right):
            continue  # (round 25) a function word misspelt ("teh", "thier", "whcih"), no word of English and one edit
            # (a swap for three letters) from no content word nearer: the word meant, which says nothing of its own
        if a.text[s:e] == right.lower() and not any(s < ne and ns < e for ns, ne in named) \
                and read_rules(normalize(a.original[:s] + a.original[e:]))[0] == r.query():
            out.append(wrong)
    # a cue of the grain ("per year", "quarterly", "yoy") says the query spans periods: with one period it is dropped
    # ("net income in the latest quarter per year"); "per year" is said of fiscal years (an average or a CAGR over
    # them, each year's figure), never of a growth over the span or of quarters
    query = r.query()
    periods = len(set(_PERIOD.findall(query)))
    years = len(set(re.findall(r"\bFY-?\d+\b", query)))  # "per year" of a price range within one year: dropped
    quarter_only = bool(_PERIOD.findall(query)) and all(re.fullmatch(r"FQ(?:\d{4}Q[1-4]|0|-\d+)", p)
                                                         for p in _PERIOD.findall(query))
    for s, e, who in a.claims.spans:
        if who == "time-cue" and a.text[s:e] == "quarterly" and quarter_only:
            continue  # (round 26) "X's quarterly EPS for Q3 2024": the quarter's figure, its grain said again
        if who == "time-cue" and (periods < 2 or PER_YEAR.fullmatch(a.text[s:e]) and (
                years < 2 or re.search(r"GROWTH\(|FQ", query))):
            out.append(a.text[s:e])
    # "which year was better ..., 2022 or 2023": a choice between periods, answered by the figure at each
    if a.claims.by("which-period") and periods < 2:
        out.extend(a.text[s:e] for s, e in a.claims.by("which-period"))
    out.extend(_miscounted(a, r))
    # (round 43, f43n) millions said of a reading with no amount in millions ("X's close (USD m)", "X's EPS in $m"):
    # the unit was dropped (the currency code kept, its "m" cut by ``text.normalize``); SPEC 1 gives a price, EPS,
    # a ratio or a return in units or percent, never millions: named, not dropped
    # (round 43, lead) millions said with a currency are money's ("diluted shares in millions of pounds", "net margin
    # in millions of pounds", "USD m": named); millions said bare may be a part's ("free cash flow in millions divided
    # by diluted shares in millions, so in dollars per share", t26b-062)
    # (round 44, r44) a change asked both in percent and as an amount ("the share price's rise in 2023, in percent and
    # in dollars", a market cap's): compose gives a fundamental's growth beside its difference; a reading with no
    # difference of two figures (a return, a quotient's change) answered the percent alone, the amount dropped: named
    # (joined by "and": "..., measured in US dollars, in percent" is a return in dollar terms, t19a-148)
    both = BOTH_UNITS.search(a.text)
    if both is not None and re.search(r"\band\b|\bas\s+well\s+as\b|\bplus\b|&", both.group(0)) and (
            (tree := _tree(r)) is None or not any(isinstance(n, ast.BinOp) and n.op == "-" and not isinstance(
                n.right, ast.Number) for n in _tree_nodes(tree))):
        out.append(both.group(0))
    said = text_module.millions_said(a.question)
    if said and units_said_module.no_amount(r, money_only=any(money for _w, money in said)):
        out.extend(w for w, _money in said)
    # (round 43, f43n) "Which banks have a P/E below 10, and which have net losses?": a second list asked after the
    # first ("and which", "? Which"); a screen holds one set of rows (SPEC 3), and joining the two into one condition
    # (AND) answered neither: named
    if re.search(r"\bFOR SCREEN\([^()]*(?:\([^()]*\)[^()]*)*,", query):
        out.extend(m.group("w") for m in _SECOND_WHICH.finditer(a.text)
                   if re.search(r"\b(?:which|what)\b", a.text[:m.start()]))
    companies = [(s, e) for s, e, who in a.claims.spans if who == "company"]
    if companies:
        for m in timeres.resolve(a.text, Claims(a.text)).mentions:
            if re.search(r"\d", a.text[m.start:m.end]) and any(s < m.end and m.start < e for s, e in companies):
                out.append(a.text[m.start:m.end])
    return out


# (round 43, f43n) a second "which" question after a clause's end: ", and which", "; which", "? And which", ". Which"
# (after a first question word: a context sentence before the only "which" is no first list)
_SECOND_WHICH = re.compile(r"(?:[,;]\s*(?=(?:and|but|also|plus)\s)|[?.!;]\s*)(?P<w>(?:(?:and|but|also|plus)\s+)?which"
                           r"(?:\s+of\s+(?:them|those|these))?)\b(?!\s+(?:is|was|means|meaning)\b)"
                           # (the list asked again, "which ones qualify?", "which are they?": one list)
                           r"(?!\s+(?:ones?\s+|of\s+(?:them|those|these)\s+)?(?:qualify|qualifies|pass|passes|fit|fits|are\s+(?:they|those|these)|"
                           r"make\s+the\s+cut|meet\s+(?:this|that|these|those|it|them))\b)", re.IGNORECASE)
# a count that may be said of companies ("the two names", "my three comps", "these two: A, B, C", "both A, B and C")
_COUNTED = re.compile(r"\b(?P<n>both|" + text_module.number_words(2, 10) + r"|[2-9]|1[0-9])\b(?!\s*%|[.,]\d)")


def _miscounted(a: Analysis, r: Reading) -> list[str]:
    """A count of the companies named that is not theirs: "the two names, A, B and C", "my three comps A and B", "both
    A, B and C", and a ranking of more companies than are named ("the three biggest, A and B", "the four largest of A,
    B and C"). They were answered for the companies listed, the count dropped (which of the asker's words is wrong is
    not ours to guess): refused, naming the count. A ranking of fewer than named ("top 3 of A, B, C, D") keeps its TOP,
    and a count that is the ranking's own ("which two of A, B and C have the highest P/E") is that TOP."""
    assert a.claims is not None and a.ents is not None
    if not r.tickers:
        return []
    out: list[str] = []
    if r.top is not None and r.top > len(r.tickers):
        for x in a.atoms:  # the ranking's words with its count ("the three biggest", "top 5")
            if x.kind != "rank":
                continue
            counts = [c for c in _COUNTED.finditer(a.text, max(0, x.start - 12), min(len(a.text), x.end + 12))
                      if c.group("n") != "both" and timeres.number(c.group("n")) == r.top
                      and re.fullmatch(r"\s*", a.text[c.end():x.start] if c.end() <= x.start else a.text[x.end:c.start()])]
            s, e = min([x.start] + [c.start() for c in counts]), max([x.end] + [c.end() for c in counts])
            out.append(a.text[s:e])
        out = out or [str(r.top)]
    companies = sorted((s, e) for s, e, who in a.claims.spans if who == "company")
    laid = [(s, e) for s, e, who in a.claims.spans if who == "layout"]
    for m in _COUNTED.finditer(a.text):
        said = 2 if m.group("n") == "both" else timeres.number(m.group("n"))
        if any(s <= m.start() < e for s, e in companies):
            continue  # (a word of a name)
        if a.time is not None and any(t.start <= m.start() < t.end for t in a.time.mentions):
            continue  # (round 36, f36b) a digit of a period ("EPS FY-2, Kingsbridge Telecom", "FQ-3 X"): no count
        if any(s <= m.start() < e for s, e in laid):
            continue  # a count of the table's columns ("six columns, the three EPS ones first": ``layout``)
        noun = re.match(COMPANY_NOUN, a.text[m.end():])
        listed = _listed_after(a, companies, m.end() + (noun.end() if noun else 0))
        if not noun and listed is None:
            continue  # ("both margins", "in both years", "two years ago")
        count = listed if listed is not None else len(r.tickers)
        if said != count and not (r.top is not None and said == r.top):
            out.append(m.group(0) + (noun.group(0) if noun else ""))
    return out


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+|or\s+)?|&|/|and|or|plus|\+)\s*")


def _listed_after(a: Analysis, companies: list[tuple[int, int]], pos: int) -> int | None:
    """How many companies are listed right after ``pos`` ("...: A, B and C", "..., namely A and B"), or None."""
    assert a.ents is not None
    first = next((i for i, (s, _e) in enumerate(companies) if s >= pos), None)
    if first is None or not re.fullmatch(r"\s*[,:(-]?\s*(?:(?:namely|i\.e\.|ie|viz\.?)\s*,?\s*)?", a.text[pos:companies[first][0]]):
        return None
    last = first
    while last + 1 < len(companies) and (companies[last + 1][0] <= companies[last][1]
                                          or _LIST_GAP.fullmatch(a.text, companies[last][1], companies[last + 1][0])):
        last += 1
    s, e = companies[first][0], companies[last][1]
    return sum(1 for t in a.ents.tickers if s <= a.ents.ticker_pos.get(t, -1) < e)


# a period of a composed query (a fiscal year or quarter, a day)
_PERIOD = re.compile(r"\b(?:FY|FQ|D)-?\d+(?:Q\d)?\b|\b\d{4}-\d\d-\d\d\b")

# words that say the order of the rows, not which row ("high to low", "ranked from highest to lowest", "most first")
_ORDER_OF_ROWS = re.compile(r"(?:from\s+)?(?:high(?:est)?\s+to\s+low(?:est)?|low(?:est)?\s+to\s+high(?:est)?|first|"
                            r"ascending|descending|in\s+(?:ascending|descending)\s+order)")


def translate(question: str, index: Any = None, threshold: float = 0.91, margin: float = 0.02) -> Analysis:
    """Rules alone, end to end (close calls refused): the chain without a model."""
    a = _rules(start(question), index, threshold, margin)
    return (restated(question, index, threshold, margin) or a) if a.reading is None else a


def restated(question: str, index: Any = None, threshold: float = 0.91, margin: float = 0.02) -> Analysis | None:
    """(round 35, f35s) A question with a restatement the rules could not read: the rules' reading of the question
    without it, where the restatement says nothing the reading does not (``_restates``); None otherwise. The
    decomposed agent takes the same second look (round 37), so rules alone and the agent read alike."""
    if (m := _RESTATED.search(question)) is not None:
        rest = (question[:m.start()] + question[m.end():]).strip()
        b = _rules(start(rest), index, threshold, margin)
        if b.reading is not None and not b.refusal and _restates(m.group("r") or m.group("r2"), b.reading,
                                                                 _year_end_months(b)):
            return b
    # (round 41, f41p) "on 31 March 2024, the last day of its fiscal year", "fiscal 2015, the first year of the data",
    # "fiscal 2024 (years end September)": the period named again by what it is, kept where that holds for every
    # company read (``named_again``); where it does not, refused as before
    for rest, holds in named_again(question):
        b = _rules(start(rest), index, threshold, margin)
        if b.reading is not None and not b.refusal and holds(_companies_read(b)):
            return b
    # (round 41, f41p) "in actual dollars, not millions", "millions per head is fine": the unit said again, kept where
    # the reading's figures are in it (``units_said``)
    for rest, agrees in units_said(question):
        b = _rules(start(rest), index, threshold, margin)
        if b.reading is not None and not b.refusal and agrees(b.reading):
            return b
    # (round 42, f42p) "(in millions of pounds)", "(2024 minus 2016)", "(its fiscal Q4)", "(diluted)": a parenthesis
    # saying again what the reading gives, kept where it agrees with the reading's query and companies (``parens_said``)
    # (a restatement ", i.e. ..." beside them is cut with them and must hold as well)
    said = m.group("r") or m.group("r2") if m is not None else None
    for q in [question] + ([question[:m.start()] + question[m.end():]] if m is not None else []):
        for rest, agrees_with in parens_said(q.strip(), _reads_alone):
            b = _rules(start(rest), index, threshold, margin)
            if b.reading is not None and not b.refusal and agrees_with(b.reading, _companies_read(b)) and (
                    q is question or _restates(said, b.reading, _year_end_months(b))):
                return b
    # (round 44, f44s) the asker's story told around the question: the question without the clauses shown to play no
    # part in its reading (``story_told``)
    # (round 45, f45s) a formal asker in the third person after a preamble of the case ("..., the court asks for ...")
    return story_told(question, index, threshold, margin) or formal_asked(question, index, threshold, margin)


# (round 35, f35s) "(i.e. a debt to equity ratio above 2)", ", i.e. the change in consensus EPS in percent?", ", that
# is from the close 60 sessions ago to the latest close.": the asker's restatement of what the question says
# (round 37, f37b: and ", so July through September" after the third quarter, a restatement said with "so")
_RESTATED = re.compile(r"\s*\(\s*(?:i\.\s?e\.?|that\s+is)\s*,?\s+(?P<r>[^()]{2,120}?)\s*\)|\s*,\s*(?:i\.\s?e\.?|that\s+is|so)\s*,?\s+"
                       r"(?P<r2>[^();?!]{2,120}?)\s*(?=[;?!]|\.\s|\.?$)")
_RESTATING_WORDS = frozenset(re.findall(r"\S+",
    "a an the its their of in on at to from for and both by with i.e ie that is ratio change changes percent percentage "
    "above below over under more less than close closes closing latest last estimate estimates consensus session "
    "sessions trading day days ago sum total average mean growth minus divided times"))
# what the restatement's words of computing need in the reading: a sum, a mean, a change, a percent, an operation
# (round 43, r43: each need a check over the reading's syntax tree, ``_computes``; it was a regex over the query's text)
_RESTATED_NEEDS = (
    (r"\b(?:sum|total|cumulative)\b", "sum"),
    (r"\b(?:average|mean)\b", "mean"),
    (r"\b(?:growth|grew|change|changed|increase|decrease|rise|fall)\b", "change"),
    (r"\bpercent(?:age)?\b|%", "percent"),
    (r"\b(?:minus|less)\b|\s-\s", "minus"),
    # ((round 43, r43) "the difference between the close 20 sessions ago and the latest close" is the later figure less
    # the earlier in its own unit: a subtraction, never a return or growth in percent, which it was read as)
    (r"\bdifference\b", "difference"),
    (r"\b(?:divided|over)\b|/", "divided"),
    (r"\b(?:times|multiplied)\b|\*", "times"),
    # (round 44, f44w) "per share" restated ("X's free cash flow, so per share"): a figure per share in the reading, a
    # division by the share count or a per-share metric of the registry; the words are no measure's, all filler, and
    # the total was answered (a wrong answer: FF_FCF for the free cash flow per share); "per employee" (head) the same
    (r"\bper[\s-]+share\b|\ba\s+share\b", "per share"),
    (r"\bper\s+(?:employee|head|worker|capita)\b", "per employee"),
)


def _computes(need: str, tree: ast.Query, said: str) -> bool:
    """(round 43, r43) Whether the reading (its syntax tree) computes what a restatement's word of computing says:
    "sum" a SUM or an addition, "mean" an AVG, "change" a GROWTH, CAGR, price return (the registry's percent of two
    days) or subtraction, "percent" a GROWTH, CAGR, a metric the registry holds in percent or a product with 100,
    "minus" a subtraction (a GROWTH or price return where ``said`` divides too), "difference" a subtraction, "divided" a division or a market ratio (the registry's FG_ ratio or
    percent), "times" a product."""
    nodes = _tree_nodes(tree)
    funcs = {n.func for n in nodes if isinstance(n, ast.FuncCall)}
    ops = {n.op for n in nodes if isinstance(n, ast.BinOp)}
    metrics = [METRICS[n.metric] for n in nodes if isinstance(n, ast.Call)]
    price_return = any(m.unit == "percent" and m.args == ("date", "date") for m in metrics)
    if need == "sum":
        return "SUM" in funcs or "+" in ops
    if need == "mean":
        return "AVG" in funcs
    if need == "change":
        return bool(funcs & {"GROWTH", "CAGR"}) or price_return or "-" in ops
    if need == "percent":
        return bool(funcs & {"GROWTH", "CAGR"}) or any(m.unit == "percent" for m in metrics) or any(
            isinstance(n, ast.BinOp) and n.op == "*" and any(isinstance(x, ast.Number) and x.value == 100
                                                              for x in (n.left, n.right)) for n in nodes)
    if need == "minus":
        # ((round 43, r43) a growth or return only where a division is said too, "the close over the close a year ago
        # minus one": "the latest close minus the close 20 sessions ago" is a difference of prices, not a return)
        return "-" in ops or ("GROWTH" in funcs or price_return) and re.search(
            r"\b(?:divided|over)\b|/", said, flags=re.IGNORECASE) is not None
    if need == "difference":
        return "-" in ops
    if need == "divided":
        return "/" in ops or any(m.name.startswith("FG_") and m.unit in ("ratio", "percent") for m in metrics)
    if need in ("per share", "per employee"):
        by = "FF_SHARES" if need == "per share" else "FF_EMPLOYEES"
        return any(isinstance(n, ast.BinOp) and n.op == "/" and any(
            isinstance(c, ast.Call) and c.metric == by for c in _tree_walk(n.right)) for n in nodes) or (
            need == "per share" and any(m.unit == "per_share" for m in metrics))
    return "*" in ops


def _reads_alone(words: str) -> bool:
    """(round 42, f42p) Whether the rules read anything in ``words`` alone: a measure, a company, a set, a period or
    an operator (an aside in parentheses holds none of these, ``parens_said.aside``)."""
    a = _rules(start(words), None, 0.91, 0.02)
    t = a.time
    return bool(a.hits) or bool(a.ents and (a.ents.tickers or a.ents.sets)) or t is not None and bool(
        t.mentions or t.estimate_cue or t.quarterly or t.each_year or t.yoy or t.qoq) or any(x.kind != "sep" for x in a.atoms)


def _companies_read(b: Analysis) -> list[Any]:
    """The companies of a reading (those named, else the screen's set's)."""
    from finql.language.registry import by_ticker
    from finql.translate.sets import universe, universe_companies

    assert b.ents is not None
    return [by_ticker()[t] for t in b.ents.tickers] if b.ents.tickers \
        else list(universe_companies(universe(b.ents.sets, b.text) or "ALL"))


def _year_end_months(b: Analysis) -> set[int]:
    """The months the fiscal years of a reading's companies end in (those named, else the screen's set's)."""
    return {c.fiscal_year_end_month for c in _companies_read(b)}


# (round 42, f42s) the balance sheet said again of balance-sheet items (``_restates``)
_BALANCE_SHEET_SAID = re.compile(r"(?:the\s+|its\s+|their\s+)?(?:(?:fiscal\s+)?(?:year|period|quarter)[- ]end\s+)?"
                                 r"balance[- ]sheets?(?:\s+(?:figures|values|items))?", re.IGNORECASE)
# the balance sheet's items: the registry's fundamentals that are no flow, in money or shares (the headcount is a
# year-end value too, but no balance-sheet item)
_BALANCE_SHEET_ITEMS = frozenset(k for k, m in METRICS.items()
                                 if m.dataset == "fundamentals" and not m.flow and m.unit in ("money", "shares"))


# (round 45, r45) "there" / "here" said of where companies are: after their noun or a word of listing or seat
# ("companies there", "the banks listed there", "firms based here"); never "are there", "is there", "there are"
_PLACE_REFERRED = re.compile(r"\b(?:(?:compan(?:y|ies)|stocks?|firms?|names|banks?|businesses|issuers|equities|shares)|"
                             r"(?:listed|based|headquartered|located|traded|trading|incorporated|domiciled|quoted|"
                             r"registered))\s+(?:over\s+|out\s+|right\s+)?(?:there|here)\b(?!\s+(?:are|is|were|was)\b)",
                             re.IGNORECASE)


def _sheet_of_no_item(question: str, reading: Reading) -> str | None:
    """(round 44, f44w) "X's sales from last year's balance sheet", "EPS on the fiscal 2023 balance sheet": the balance
    sheet said of a reading none of whose figures is on it (SPEC 1's stock items; sales, incomes, EPS, DPS, capex and
    FCF are flows of the year, prices and estimates no accounts at all). ``text.normalize`` turns "last year's balance
    sheet" into "the end of last year", so the sales were FY2024's, the words said of nothing read. Named: the words
    say another figure was meant (the asker's cash?). Beside a balance-sheet item ("sales and cash from last year's
    balance sheet", "net income over equity on the balance sheet") they are that item's, as before."""
    said = re.search(r"\bbalance[- ]sheets?\b|\bb/s\b", question, flags=re.IGNORECASE)
    tree = None if said is None else _tree(reading)  # (the reading parsed only where the words are said)
    if said is None or tree is None:
        return None
    metrics = {c.metric for c in _tree_nodes(tree) if isinstance(c, ast.Call | ast.FuncCall)}
    return said.group(0) if metrics and not metrics & _BALANCE_SHEET_ITEMS else None


def _restates(said: str | None, reading: Reading, months: set[int] | None = None) -> bool:
    """Whether the words restated say nothing the reading lacks: every measure, company, set, currency, number and
    period they name is in it, and every word of computing (a sum, a change, a percent, a division) has its like.
    ``months``: the months the reading's companies' fiscal years end in (a year restated by its end month, or as the
    calendar year, is their fiscal year only where every one ends then). (round 43, r43) The reading is read as FinQL's
    syntax tree (its calls, periods, numbers, condition, target and currency as nodes; metrics the registry's), never
    its query's text searched by patterns."""
    tree = _tree(reading) if said else None
    if not said or tree is None:
        return False
    nodes = _tree_nodes(tree)
    calls = [n for n in nodes if isinstance(n, ast.Call | ast.FuncCall)]
    metrics = {c.metric for c in calls}
    if _BALANCE_SHEET_SAID.fullmatch(said.strip(" .")):
        # (round 42, f42s) "..., i.e. the year-end balance sheet": where every figure read is a balance-sheet item of a
        # fiscal period (SPEC 1: a year's stock items are its Q4 values, the year-end balance sheet), the words say the
        # reading again; beside a flow, a price or an estimate they say something else (refused, as before)
        # ((round 43, r43) "the year-end balance sheet" of a quarter's figure is another day's: "X's debt in the third
        # quarter of fiscal 2023, i.e. the year-end balance sheet" was the Q3 debt; a year's end is its fourth quarter's)
        periods = _tree_args(tree)
        year_end = re.search(r"\byear[- ]end\b", said, flags=re.IGNORECASE) is not None
        return bool(metrics) and metrics <= _BALANCE_SHEET_ITEMS and bool(periods) and all(
            isinstance(p, ast.FiscalPeriod) and (not year_end or p.kind == "FY" or p.quarter == 4) for p in periods)
    r = start(said)
    link_entities(r)
    resolve_time(r)
    find_senses(r)
    assert r.ents is not None and r.time is not None and r.claims is not None
    # (round 39, f39n) "Falcon Software's sales in fiscal 2024, so the year ending December 2024": its fiscal year ends
    # in September, so the restatement names another twelve months (calendar 2024); it was taken as saying FY2024
    # again (the restatement contradicts the reading: refused, as the question reads otherwise)
    if months and any(isinstance(p, ast.FiscalPeriod) and p.kind == "FY" or isinstance(p, ast.EstimatePeriod)
                      for p in _tree_args(tree)) and any(
            m.value.kind == "year" and (m.value.month or m.value.calendar) and months != {m.value.month or 12}
            for m in r.time.mentions):
        return False
    # a word of it the rules did not read, other than the restating words themselves, is something else said ("i.e.
    # the covid year"): refused, as before
    for w in re.finditer(r"[a-z][\w'-]*", r.text, flags=re.IGNORECASE):
        if r.claims.free(w.start(), w.end()) and w.group(0).lower() not in _RESTATING_WORDS:
            return False
    # (the close said again of any figure of it: the registry's metrics that read the close)
    closes = {k for k, m in METRICS.items() if m.column == "close"}
    for h in r.hits:
        for m in re.findall(r"[A-Z][A-Z_]+", h.sense.template):
            if m in METRICS and m not in metrics and not (m == "P_PRICE" and metrics & closes):
                return False
    tickers = tree.target.tickers if isinstance(tree.target, ast.Tickers) else ()
    if any(t not in tickers for t in r.ents.tickers) or r.ents.currency and tree.currency != r.ents.currency:
        return False
    sets = {(x.kind, x.value) for x in _set_terms(tree.target.universe)} if isinstance(tree.target, ast.Screen) else set()
    if any((st.kind, st.value) not in sets for st in r.ents.sets if st.kind != "ALL"):
        return False
    args = {label for p in _tree_args(tree) for label in _period_labels(p)}
    for mention in r.time.mentions:
        # each reading of the period (its fiscal periods, its dates, its span) whole in the reading's arguments
        v = mention.value
        groups: list[list[str]] = []
        for f, arg in ((v.fiscal_periods, None), (v.points, None), (v.estimates, None), (v.growth_range, None),
                       (v.point, None), (v.span, "P_RETURN")):
            try:
                got = f() if arg is None else f(arg)  # type: ignore[operator]
                groups.append([got] if isinstance(got, str) else [x for x in (got or ()) if x])
            except Exception:  # noqa: BLE001 (a reading the value has not: none)
                pass
        if not any(g and all(x in args for x in g) for g in groups):
            return False
    text = r.text
    # the reading's numbers: its constants, its TOP, and those its periods are written with (FY2024, D-20, 2024-06-30)
    numbers = {n.value for n in nodes if isinstance(n, ast.Number)} | ({float(tree.top)} if tree.top is not None else set())
    numbers |= {float(x) for label in args for x in re.findall(r"\d+", label)}
    # ((round 43, r43) and a number said in words, timeres's: "the top 5 banks by market cap, i.e. the three largest" was
    # the top five; "one", "a", "an", "single" are left, a pronoun or an article as often as a number)
    words_said = "|".join(w for w in sorted(timeres.NUMBER_WORDS, key=len, reverse=True) if timeres.NUMBER_WORDS[w] >= 2)
    for m in re.finditer(r"(?<![\w.-])\d[\d,]*(?:\.\d+)?(?![\w-])|(?<![\w-])(?:" + words_said + r")(?![\w-])", text,
                         flags=re.IGNORECASE):
        if any(t.start <= m.start() < t.end for t in r.time.mentions):
            continue
        said_n = m.group(0).replace(",", "").lower()
        n = float(said_n) if said_n[0].isdigit() else float(timeres.NUMBER_WORDS[said_n])
        if not any(abs(x - n) < 1e-9 for x in numbers):
            return False
    # (round 36, r36) a bound restated keeps its direction: "a debt to equity ratio above 2 (i.e. below 2)" was answered
    # as above 2, the restatement's "below" dropped as a restating word (a reading that contradicts what was said)
    for m in _RESTATED_BOUND.finditer(text):
        op = ">" if m.group("up") else "<"
        n = float(m.group("n").replace(",", ""))
        # (the bound's side: "> 2", "> FF_EQUITY(FY2024) * 2": the numbers of the condition's right sides that compare
        # the same way)
        cond = tree.target.condition if isinstance(tree.target, ast.Screen) else None
        bounds = [x for c in _tree_compares(cond) if c.op.startswith(op) for x in _numbers_of(c.right)]
        if not any(abs(x - n) < 1e-9 for x in bounds):
            return False
    return all(_computes(need, tree, text) for words_rx, need in _RESTATED_NEEDS if re.search(words_rx, text, flags=re.IGNORECASE))


def _numbers_of(e: ast.Expr) -> list[float]:
    """The numbers of an expression of the syntax tree, a negated number with its sign."""
    if isinstance(e, ast.Neg) and isinstance(e.operand, ast.Number):
        return [-e.operand.value]
    if isinstance(e, ast.Number):
        return [e.value]
    if isinstance(e, ast.BinOp):
        return _numbers_of(e.left) + _numbers_of(e.right)
    return _numbers_of(e.operand) if isinstance(e, ast.Neg) else []


def _set_terms(u: ast.SetExpr) -> list[ast.AttrSet]:
    """The sets a screen's universe is made of."""
    if isinstance(u, ast.SetOp):
        return _set_terms(u.left) + _set_terms(u.right)
    return [u] if isinstance(u, ast.AttrSet) else []


def _period_labels(p: ast.Arg) -> set[str]:
    """The names a period of the tree goes by: as written (FY0, D-20, 2024-06-30) and as labelled (FY2024, FQ2024Q3,
    FY2025), the latest fiscal year its FY0, the estimate years FY1 and FY2, the latest day D0 its date."""
    from finql.language.calendar import LAST_DAY
    from finql.language.registry import ESTIMATE_YEARS

    out = {str(p)}
    if isinstance(p, ast.FiscalPeriod):
        out.add(f"FY{p.year}" if p.kind == "FY" else f"FQ{p.year}Q{p.quarter}")
        out |= {"FY0"} if p.kind == "FY" and p.year == LATEST_FY else set()
    elif isinstance(p, ast.EstimatePeriod):
        out |= {f"FY{p.year}"} | ({f"FY{ESTIMATE_YEARS.index(p.year) + 1}"} if p.year in ESTIMATE_YEARS else set())
    elif isinstance(p, ast.DateArg):
        out |= {LAST_DAY.isoformat()} if str(p).upper() == "D0" else {"D0"} if str(p) == LAST_DAY.isoformat() else set()
    return out





# a bound in a restatement: its direction and its number (``_restates``)
_RESTATED_BOUND = re.compile(r"\b(?:(?P<up>above|over|more\s+than|greater\s+than|higher\s+than)|below|under|less\s+than|"
                             r"lower\s+than|smaller\s+than)\s+(?:[$€£¥]\s*)?(?P<n>-?\d[\d,]*(?:\.\d+)?)")


def _rules(a: Analysis, index: Any, threshold: float, margin: float, *, judged: bool = True) -> Analysis:
    """The deterministic steps in order on a started analysis (``translate``, and ``read_rules`` for spelling).
    ``judged``: record the leftover words' close call (``judge_leftovers``: a copy of the analysis composed again);
    rules alone pick nothing there, so ``read_rules``, asked only for the query, leaves it out."""
    link_entities(a)
    resolve_time(a)
    find_senses(a)
    resolve_leftovers(a, index, threshold, margin)
    if judged:
        judge_leftovers(a)  # (round 35) recorded for the model; rules alone pick nothing (refuse)
    for cand in a.candidates:
        apply_choice(a, cand, cand.rules_pick)
    compose_reading(a)
    return a
