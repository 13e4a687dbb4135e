"""Spelling: a word that no vocabulary of the chain knows, read as the one word of that vocabulary it is a slip of.

The chain reads a question through vocabularies: the function words (``text.FILLER``), the metric names and their
out-of-scope neighbours (``senses``), the company master (names, tickers), the set names of the registry (sectors,
industries, countries, indexes), the currencies, and the words of every step's patterns (periods, comparisons,
rankings, arithmetic). ``VOCABULARY`` is their union, derived from those sources (the steps' string literals are read
from their source with ``ast``, so a word a step learns is known here without a second list).

A word of the question is *corrected* only when all of these hold:

- it has four letters or more, is written in letters only, and is in no vocabulary (nor a plural of a word of one):
  short tokens and known words are never touched;
- the deterministic chain, reading the question as written, refuses it and names that word as not understood;
- a word of the vocabulary (a content word: never a function word, which would read any word as nothing, unless it
  is a word of a metric's name, "share" of "per share") is within
  one edit of it (two for words of eight letters or more, with the same first letter; a transposition is one edit);
- or, for a word of six letters or more with no such neighbour, it splits into two known words ("opmargin");
- with the corrections the deterministic chain reads the whole question, and every correction that does reads it
  the same way (two readings: nothing is corrected and the chain refuses, naming the word).

The corrections are kept (``Analysis.corrections``, the agent's ``State.corrections``), so an answer says which words
it read as which.
"""

from __future__ import annotations

import ast
import calendar
import inspect
import itertools
from collections.abc import Callable
from types import ModuleType

from rapidfuzz import process
from rapidfuzz.distance import OSA

from finql.translate import rx as re
from finql.translate.text import ABBREVIATIONS, FILLER, HOMOPHONES, normalize, skeleton_of

_WORD = re.compile(r"(?<![\w'/.$-])[a-z]+(?![\w/$-]|'\w|\.\w)")


def _literal_words(module: ModuleType, whole: bool = False) -> set[str]:
    """The words of a module's string literals (its patterns and lexicons; docstrings left out); ``whole``: only
    the words a pattern writes whole, no stem it completes ("currenc" of "currenc(?:y|ies)", "chang" of "chang\\w*")."""
    tree = ast.parse(inspect.getsource(module))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            if whole:  # (a word a class or a group completes is a stem: "chang\\w*", "currenc(?:y|ies)")
                s = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\\[bBsSdD]", " ", node.value)
                found = re.findall(r"(?<![a-z)\]])[a-z]+(?![a-z(\[\\{])", s.lower())
            else:
                s = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\\[a-zA-Z]", " ", node.value)  # group names, \b \s \w
                found = re.findall(r"[a-z]+", s.lower())
            out.update(w for w in found if len(w) >= 3)
    return out


def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from finql.language.registry import CURRENCIES, companies, set_values
    from finql.translate import compose, entities, pipeline, senses, sets, structure, text, timeres

    words: set[str] = set()
    for m in (text, entities, timeres, structure, compose, sets, senses, pipeline):
        # (the words a transcript writes for others, "cells", "cache", are no words of the chain: their own keys)
        words |= _literal_words(m) - (set(text.HOMOPHONES) if m is text else set())
    for s in senses.SENSES:
        for n in senses.plain_names(s):
            words.update(re.findall(r"[a-z]+", n.lower()))
    for n in senses.OUT_OF_SCOPE:
        words.update(re.findall(r"[a-z]+", n))
    for c in companies():
        words.update(re.findall(r"[a-z]+", c.name.lower()))
    for values in set_values().values():
        for v in values:
            words.update(re.findall(r"[a-z]+", v.lower()))
    for cur in CURRENCIES:
        words.add(cur.lower())
    for names in entities.CURRENCY_NAMES.values():
        for n in names:
            words.update(re.findall(r"[a-z]+", n))
    words |= set(text.CARDINALS) | set(timeres.NUMBER_WORDS)
    words |= {n.lower() for n in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr) if n}
    words |= set(text.ABBREVIATIONS) | {w for v in text.ABBREVIATIONS.values() for w in v.split()}
    # (round 42, f42n) a ticker no other vocabulary holds as a word ("nwsy"): a slip of it is offered only where the word
    # is written in capitals (``correct``)
    tickers = {c.ticker.lower() for c in companies()}
    ticker_only = frozenset(tickers - words)
    words |= tickers
    filler = {w for w in text.FILLER if w.isalpha()}
    named = {w for s in senses.SENSES for n in senses.plain_names(s) for w in re.findall(r"[a-z]+", n.lower())}
    targets = frozenset(w for w in words - (filler - named) if len(w) >= 4)  # "share" of "per share" stays one
    return frozenset(words | filler), targets, ticker_only


VOCABULARY, TARGETS, _TICKER_ONLY = _vocabulary()


def _measure_names() -> tuple[frozenset[str], frozenset[str]]:
    """The measures' names of several words ("earnings per share", "return on assets") and of one ("equity"), as the
    text writes them."""
    from finql.translate import senses

    names = {n.strip().lower() for s in senses.SENSES for n in senses.plain_names(s) if n.strip()}
    return frozenset(n for n in names if " " in n), frozenset(n for n in names if " " not in n)


MEASURE_NAMES, MEASURE_WORDS = _measure_names()


def _measure_and_set_words() -> set[str]:
    """The words of the senses' names, of the measures FinQL lacks and of the registry's set values."""
    from finql.language.registry import set_values
    from finql.translate import senses

    words: set[str] = set()
    for s in senses.SENSES:
        for n in senses.plain_names(s):
            words.update(re.findall(r"[a-z]+", n.lower()))
    for n in senses.OUT_OF_SCOPE:
        words.update(re.findall(r"[a-z]+", n))
    for values in set_values().values():
        for v in values:
            words.update(re.findall(r"[a-z]+", v.lower()))
    return words


def _abbreviation_vocabulary() -> frozenset[str]:
    """The words an abbreviation may stand for: the names of measures (and of those FinQL lacks, so that an
    abbreviation of one of them is ambiguous, never read as a FinQL one), the words of periods and comparisons (the
    time step's literals), set values and currencies. Not the courtesy and context phrases of a request ("due
    diligence" would make "dil" ambiguous with "diluted"), nor company names (a name's shortened word is read with
    its family, ``entities``; "wat" is no "water")."""
    from finql.language.registry import CURRENCIES
    from finql.translate import entities, timeres

    words: set[str] = set()
    words |= _literal_words(timeres, whole=True)
    words |= _measure_and_set_words()
    words |= {cur.lower() for cur in CURRENCIES}
    for names in entities.CURRENCY_NAMES.values():
        for n in names:
            words.update(re.findall(r"[a-z]+", n))
    words |= {n.lower() for n in (*calendar.month_name, *calendar.day_name) if n}
    return frozenset(w for w in words if len(w) >= 4)


ABBREVIATED = _abbreviation_vocabulary()


def _identifiers() -> frozenset[str]:
    """Words the vocabularies hold only as the chain's own identifiers (a sense's key, a metric's name: "liabs" of
    FF_LIABS), which no question's word is known by."""
    from finql.translate import senses

    ids = {p for s in senses.SENSES for p in re.findall(r"[a-z]+", s.key) + re.findall(r"[A-Z][A-Z_]+", s.template)}
    ids = {w.lower() for p in ids for w in p.split("_")}
    names = {w for s in senses.SENSES for n in senses.plain_names(s) for w in re.findall(r"[a-z]+", n.lower())}
    return frozenset(ids - names - set(ABBREVIATIONS) - {w for w in VOCABULARY if w in VOCABULARY - TARGETS})


_IDENTIFIERS = _identifiers()


def _meaning_words() -> frozenset[str]:
    """The words that name a measure (a sense's names, the senses' patterns, the measures FinQL lacks), a set (the
    registry's values, the linker's names) or a currency: a common English word is never corrected into one of them."""
    from finql.translate import entities, senses

    words = _literal_words(senses)  # (the senses' pattern words: "treasury" of the cash)
    words |= _measure_and_set_words()
    # (round 32) and a currency's ("in round figures" was "in pound figures": IN GBP, a wrong answer)
    for table in (entities.INDUSTRY_NAMES, entities.SECTOR_NAMES, entities.COUNTRY_NAMES, entities.INDEX_NAMES,
                  entities.CURRENCY_NAMES):
        for names in table.values():
            for n in names:
                words.update(re.findall(r"[a-z]+", n))
    return frozenset(words)


_MEANING_WORDS = _meaning_words()


def _lemma(word: str) -> str:
    """The word without a plural ending ("utilities" and "utility" are one word)."""
    for end, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + repl
    return word


def abbreviations(word: str) -> list[str]:
    """The one word of ``ABBREVIATED`` an abbreviation stands for, in each of its forms ("liabs": liabilities,
    liability): ``word`` (three letters or more) is the start of it ("dil": diluted) or its consonant skeleton with
    at most one consonant left out ("yld": yield, "btwn": between, "rtn": return, "cdn": canadian), or either in the
    plural ("liabs"). Empty where it fits no word, or two (never guessed: the chain refuses, naming it)."""
    if len(word) < 3 or not word.isalpha() or known(word) and word not in _IDENTIFIERS:
        return []  # a word of English the chain knows is that word ("grow" is no "growth", "west" no "Westbrook")
    stem = word
    found = _abbreviated(word)
    if not found and word.endswith("s") and len(word) >= 4:
        stem = word[:-1]
        found = _abbreviated(stem)
    lemmas = {_lemma(w) for w in found}
    if len(lemmas) != 1:
        return []
    lemma = next(iter(lemmas))
    if len(lemma) == len(stem) + 1 and lemma.startswith(stem):
        return []  # a word less its last letter is no abbreviation ("foo" is no "food", "boo" no "book"): unread, named
    return sorted(w for w in ABBREVIATED if _lemma(w) in lemmas)


def _abbreviated(word: str) -> set[str]:
    return {w for w in ABBREVIATED if len(w) > len(word) and w[0] == word[0] and (
        w.startswith(word) or skeleton_of(word, w, left_out=1))}
_TARGET_LIST = tuple(sorted(TARGETS))
_MAX_COMBINATIONS = 16


_ENDINGS = ("s", "es", "d", "ed", "ing", "er", "ers", "n", "ly")


def known(word: str) -> bool:
    """A word of the chain's vocabularies, or another form of one: a plural, a possessive, a past or a participle
    ("ranked", "leveraged", "grown"), an agent noun, an adverb, or the singular of a plural ("motor")."""
    w = re.sub(r"'s?$", "", word)
    if w in VOCABULARY or w + "s" in VOCABULARY:
        return True
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            stem = w[: -len(end)]
            if stem in VOCABULARY or stem + "e" in VOCABULARY or (len(stem) > 3 and stem[-1] == stem[-2]
                                                                   and stem[:-1] in VOCABULARY):
                return True
    return False


def _english_words() -> frozenset[str]:
    from importlib.resources import files

    return frozenset((files("finql.translate") / "english_words.txt").read_text(encoding="utf-8").split())


# The common words of English (``tools/english_words.py`` writes the file from SmolLM2's tokenizer, the bundled local
# model's vocabulary): never corrected into a word of the chain one edit away ("leaders" is no slip of "lenders", a
# set; "treasurer" none of "treasury", a measure)
ENGLISH = _english_words()
_ENGLISH_ENDINGS = ("s", "es", "d", "ed", "r", "er", "ers", "ing", "ly")


def english(word: str) -> bool:
    """A common English word ("leaders"), or a plural, past, agent noun, participle or adverb of one ("treasurer":
    treasure + r)."""
    if word in ENGLISH:
        return True
    return any(word.endswith(end) and len(word) - len(end) >= 4 and word[: -len(end)] in ENGLISH
               for end in _ENGLISH_ENDINGS)


# (round 25) the function words of ``text.FILLER`` ("the", "which", "their", "companies"), offered to a misspelt word
# that is no word of English ("teh", "whcih", "thier", "compaines") beside the content words: one edit, and for a word
# of three letters two letters swapped only; as every correction, kept only where the chain then reads the question,
# one way
FUNCTION_WORDS = frozenset(w for w in FILLER if w.isalpha() and len(w) >= 3)
_FUNCTION_LIST = tuple(sorted(FUNCTION_WORDS))


def _function_words(word: str) -> list[tuple[str, int]]:
    """The function words one edit from ``word`` (a word of no English: ``english``); three letters: a swap only."""
    if english(word) or len(word) < 3:
        return []
    found = process.extract(word, _FUNCTION_LIST, scorer=OSA.distance, score_cutoff=1, limit=None)
    if len(word) == 3:
        return [(w, 1) for w, _d, _i in found if sorted(w) == sorted(word)]
    return [(w, 1) for w, _d, _i in found]


def suggestions(word: str, guarded: bool = True) -> list[str]:
    """The content words of the vocabulary nearest to an unknown ``word`` (one edit, two from eight letters on with
    the same first letter), else the two words it runs together, else the one word it abbreviates; empty for a
    known word, and for a short one (under four letters) that abbreviates none. ``guarded``: a common English word is
    offered no measure's or set's word (``english``). A word of no English is offered the function words one edit
    from it too (``_function_words``): the nearest of all are kept."""
    if len(word) == 3 and word.isalpha() and not known(word) and not abbreviations(word):
        return [w for w, _d in _function_words(word)]
    if len(word) < 4 or not word.isalpha() or known(word):
        return abbreviations(word)
    edits = 1 if len(word) <= 7 else 2
    found = process.extract(word, _TARGET_LIST, scorer=OSA.distance, score_cutoff=edits, limit=None)
    found = [(w, d) for w, d, _i in found if d == 1 or w[0] == word[0]] + _function_words(word)
    if guarded and english(word) and found:
        # a word of English is that word, never a slip of a measure's or a set's word beside it ("treasurer" is no
        # "treasury", the cash): the chain refuses it, naming it; a slip of another word of English stays read ("tree":
        # three), never one of a word English lacks ("tower" is no "rower", a piece of "grower" in a pattern, which the
        # company linker then read as Cobalt Power)
        # (round 24) and only at one edit: two edits from a word of English is another word ("painters" is no slip of
        # "partners", a name's word: "Monarch Care Painters" was read as Monarch Care Partners, the word dropped)
        found = [(w, d) for w, d in found if w not in _MEANING_WORDS and english(w) and d == 1]
        if not found:
            return []
    if not found:
        return _split(word) or abbreviations(word)
    best = min(d for _w, d in found)
    return sorted({w for w, d in found if d == best})


def _split(word: str) -> list[str]:
    """Two words run together ("opmargin", "marketcap"): every split into two known words, the second a content word
    of four letters or more (so no split ends in a function word)."""
    if len(word) < 6:
        return []
    return [f"{word[:i]} {word[i:]}" for i in range(2, len(word) - 3)
            if (word[:i] in VOCABULARY or word[:i] in ABBREVIATIONS) and word[i:] in TARGETS]


def unknown_words(text: str) -> list[tuple[int, int, list[str]]]:
    """Spans of lower-case ``text`` holding an unknown word that has suggestions, with them."""
    out = []
    for m in _WORD.finditer(text):
        sug = suggestions(m.group(0))
        if sug:
            out.append((m.start(), m.end(), sug))
    return out


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if like[:1].isupper() else word


# A homophone of speech (``text.HOMOPHONES``) is tried as the word said on the same terms as a misspelt word: the
# chain refuses the question as written, naming the word or the words right after it, and reads the whole question one
# way with it; so it is read only where the word written makes no sense in its place.
_HOMOPHONE = re.compile(r"(?<![\w'/.$-])(?:" + "|".join(HOMOPHONES) + r")(?![\w/$-]|'\w|\.\w)")


# the words a count stands before: a superlative of a ranking, a noun of companies
_COUNTING = re.compile(r"\s+(?:[a-z]+est|most|least|top|names|stocks|companies|firms|comps|peers|tickers|"
                       r"numbers|figures|metrics|values|data\s+points)\b")  # (the figures asked: ``layout``)
# an end of an order of rows ("highest", "low", "top", "a" of "a to z")
_ORDER_END = r"\b(?:[a-z]+est|high|low|big|small|large|top|bottom|most|least|a|z)\b"


def _homophones(lower: str, spans: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """``spans`` with each homophone of ``lower`` added as a span whose first option is the word said (a known word
    may also stay as written)."""
    out = {(s, e): sug for s, e, sug in spans}
    read_as_time: list[tuple[int, int]] | None = None
    for m in _HOMOPHONE.finditer(lower):
        word = m.group(0)
        if read_as_time is None:
            from finql.translate.text import Claims
            from finql.translate.timeres import resolve

            read_as_time = [(t.start, t.end) for t in resolve(lower, Claims(lower)).mentions]
        if any(s <= m.start() and m.end() <= e for s, e in read_as_time):
            continue  # (round 43, f43v) inside a period the time step reads as written ("year to date", "from 2020 to
            # 2024"): the word makes sense in its place; "how have they done year two date" was dropped as the asker's
            # context and the other item alone answered (a wrong answer)
        if word == "four" and (_COUNTING.match(lower, m.end()) or re.search(
                r"\b(?:the|these|those|all|my|our|which|what)\s+$", lower[:m.start()])):
            continue  # ("the four largest", "the four names", "each of the four", "which four of": a count, said as
            # it is meant; "which four of A, B, C and D have the highest yields" was TOP 1)
        if word == "to" and re.search(_ORDER_END + r"\s+$", lower[:m.start()]) \
                and re.match(r"\s+(?:the\s+)?" + _ORDER_END, lower[m.end():]):
            continue  # (round 39) "from highest to lowest", "smallest to largest": an order's two ends, never "two" (a
            # refusal naming the order read "from lowest two highest" as TOP 2: a wrong answer)
        out[m.start(), m.end()] = [HOMOPHONES[word], *out.get((m.start(), m.end()), [])] + ([word] if known(word) else [])
    return sorted((s, e, sug) for (s, e), sug in out.items())


def _in_name(lower: str, s: int, e: int, word: str) -> bool:
    """Whether ``word`` written for ``lower[s:e]`` makes, with the words beside it, a measure's name of several words
    ("earnings" for "earniings" before "per share", "return" for "retuurn" before "on assets")."""
    fixed = lower[:s] + word + lower[e:]
    end = s + len(word)
    # a measure's one-word name as a term of a ratio written with a slash ("net debt / equiity": the slip was read as
    # a second figure, the ratio lost)
    if word in MEASURE_WORDS and (re.search(r"/\s*$", lower[:s]) or re.match(r"\s*/", lower[e:])):
        return True
    if any(m.start() <= s and m.end() >= end and m.end() - m.start() > len(word)
           for name in MEASURE_NAMES if word in name.split()
           for m in re.finditer(rf"(?<![\w']){re.escape(name)}(?![\w'])", fixed)):
        return True
    # a condition said with the measure's word ("pay dividens", "pays a dividned", "have no debtt"): the slip alone is
    # read by the senses' spelling match as the measure shown, the condition lost (every bank listed with its DPS: a
    # wrong answer); corrected, the words make the condition adjective
    from finql.translate.structure import adjective_spans

    return word in MEASURE_WORDS and any(a <= s and b >= end and b - a > len(word) for a, b in adjective_spans(fixed))


def _whole_names(text: str, lower: str, spans: list[tuple[int, int, list[str]]],
                 read: Callable[[str], tuple[str | None, list[str]]]) -> tuple[str, list[tuple[str, str]]]:
    """A question the chain reads as written, with a misspelt word of a measure's name of several words: the word
    alone is read by the senses' spelling match as a measure of its own ("earniings per share" as earnings, net
    income, and "per share" as a division; "retuurn on assets" as the share price return beside assets: wrong
    answers), so the one word of the name it is a slip of is written and the question read again; kept only where
    exactly one suggestion makes a name and the question reads with it."""
    fixes = []
    for s, e, sug in spans:
        names = [w for w in sug if w != lower[s:e] and " " not in w and _in_name(lower, s, e, w)]
        if len({w.removesuffix("s") for w in names}) == 1:  # one word, in the singular or the plural ("dividens")
            fixes.append((s, e, names[0]))
    if not fixes:
        return text, []
    out, pos, made = [], 0, []
    for s, e, word in fixes:
        out += [text[pos:s], _cased(word, text[s:e])]
        made.append((text[s:e], word))
        pos = e
    candidate = "".join(out) + text[pos:]
    q, _left = read(candidate)
    return (candidate, made) if q is not None else (text, [])


def correct(text: str, read: Callable[[str], tuple[str | None, list[str]]]) -> tuple[str, list[tuple[str, str]]]:
    """``text`` (normalised, in its own case) with its misspelt words (and the homophones of speech, ``HOMOPHONES``)
    corrected, and the corrections made.

    ``read(text)`` is the deterministic chain on a text: (the query it composes or None, the words it did not
    understand)."""
    lower = text.lower()
    # (round 42, f42n) a word in lower case is never a slip of a ticker no other vocabulary holds ("just nosy" was read
    # as NWSY, a second company: a wrong answer); a ticker is written in capitals, and one in lower case is linked only
    # as written ("nwsy revenue", ``entities``)
    spans = [(s, e, sug) for s, e, sug0 in _homophones(lower, unknown_words(lower))
             if (sug := [w for w in sug0 if w not in _TICKER_ONLY or text[s:e].isupper()])]
    if not spans:
        return text, []
    query, not_understood = read(text)
    if query is not None:
        return _whole_names(text, lower, spans, read)

    def named(s: int, e: int) -> bool:  # the word is named, or (a homophone) the words right after it are
        word = lower[s:e]
        return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", w) or word in HOMOPHONES and re.match(
            rf"\s+{re.escape(w)}(?!\w)", lower[e:]) for w in not_understood if w)

    whole, made = _whole_names(text, lower, spans, read)
    if made:
        return whole, made
    spans = [sp for sp in spans if named(sp[0], sp[1])]
    if not spans:
        return text, []
    options = [sp[2] for sp in spans]
    if len(list(itertools.islice(itertools.product(*options), _MAX_COMBINATIONS + 1))) > _MAX_COMBINATIONS:
        return text, []
    readings: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for combo in itertools.product(*options):
        out, pos, made = [], 0, []
        for (s, e, _sug), word in zip(spans, combo, strict=True):
            out += [text[pos:s], _cased(word, text[s:e])]
            if word != text[s:e].lower():
                made.append((text[s:e], word))
            pos = e
        candidate = "".join(out) + text[pos:]
        if any(" " in w for w in combo):
            candidate = normalize(candidate)  # a split word may be an abbreviation ("op margin")
        q, _left = read(candidate)
        if q is not None:
            readings.setdefault(q, (candidate, made))
    if len(readings) != 1:
        return text, []  # none reads the question, or two read it differently: not corrected (refused, named)
    return next(iter(readings.values()))
