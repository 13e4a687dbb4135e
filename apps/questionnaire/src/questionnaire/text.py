"""Deterministic text helpers shared by ingestion, retrieval and answering: terms, sentences, hashes.

One tokenizer serves BM25, the key-term overlap behind confidence, and past-answer matching, so
the three agree on what a "term" is. The stemmer is a few suffix rules (no dependency): it only
has to map "filters"/"filtered"/"filtering" together, not be linguistically right.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"[a-z0-9][a-z0-9_\-]*[a-z0-9]|[a-z0-9]")

def _wordlist(text: str) -> list[str]:
    return text.split()


STOPWORDS = frozenset(_wordlist("""
a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can cannot could did do does doing don't down during each either else etc
ever every few for from further had has have having he her here hers herself him himself his how i if in
into is isn't it its itself just let me more most much must my myself no nor not now of off on once only
or other ours ourselves out over own per please same shall she should so some such than that the their
theirs them themselves then there these they this those through to too under until up upon us very via
was we were what when where whether which while who whom whose why will with within without would yes yet
you your yours yourself yourselves e g eg ie i.e e.g
"""))

# Words that make a sentence a question but say nothing about its topic; they must not count as
# key terms (a passage that says "describe" is no evidence for "describe how X works"). Round 12 added the
# indefinite pronouns ("can somebody run ..."): no passage names "somebody", so the citation gate took it for the
# specific thing asked and held a right draft.
QUESTION_WORDS = frozenset(_wordlist("""
describe explain detail details list provide outline tell give share summarize summarise elaborate
support supports supported offer offers provide provides solution solutions product products vendor
company platform capability capabilities feature features available option options way ways kind kinds
type types use used using able need needs want wants include includes including
someone somebody anyone anybody everyone everybody nobody
"""))


def stem(word: str) -> str:
    """A crude, stable suffix stemmer ("filters", "filtering", "filtered" -> "filter")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    # British and American spellings meet: "parameterised" / "parameterized", "licence" / "license".
    word = re.sub(r"(?<=..)is(e|ed|es|ing|ation|ations)$", r"iz\1", word)
    word = re.sub(r"ence$", "ense", word) if word in ("licence", "defence", "offence") else word
    base = word
    for suffix, keep, least in (("ies", "y", 3), ("sses", "ss", 3), ("ing", "", 3), ("ed", "", 4), ("es", "", 3),
                                ("s", "", 3)):
        if word.endswith(suffix) and len(word) - len(suffix) >= least:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            base = word[: len(word) - len(suffix)] + keep
            break
    # "cache"/"caches"/"caching" and "embed"/"embedded" must meet in one stem.
    if base.endswith("e") and len(base) > 3:
        base = base[:-1]
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "slz":
        base = base[:-1]
    return base


# Typographic characters of Word, Excel and PDF text made plain (round 16, q16b): curly quotes and apostrophes,
# the prime and modifier letter used as apostrophes, en dash and minus (a range "3–5" reads as "3-5"), spaces that
# do not break, and invisible characters (soft hyphen, zero-width space and joiners, byte-order mark). The em dash
# stays: it already parts words. The trade mark signs go before NFKC, which would glue "TM" to the word.
_TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
                              "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                              "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
                              "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
                              "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
                              "\ufeff": None})
_MARKS = str.maketrans({"\u2122": " ", "\u2120": " "})


def plain(text: str) -> str:
    """``text`` with its typographic characters made plain (``_TYPOGRAPHIC``) and compatibility forms folded
    (NFKC: ligatures "ﬁ" -> "fi", full-width letters, "…" -> "..."): the one normalisation of questions and
    documents, so "don’t" is "don't" to the tokenizer and a sentence ending in a closing quote still ends."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text.translate(_MARKS)).translate(_TYPOGRAPHIC)


# A possessive or contraction ending after a word: "OpenAI's" names OpenAI, "process's" the process, "we'll" only
# "we" (round 16, q16b: "openais" was a term no document uses). "n't" is a negation and kept ("isn't" -> "is not").
_CLITIC = re.compile(r"(?<=[a-z0-9])'(?:s|re|ve|ll|d|m)\b")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (hyphenated and snake_case words kept whole); "isn't" -> "is", "not";
    "OpenAI's" -> "openai" (typographic apostrophes and quotes count as plain ones, ``plain``)."""
    text = plain(text).lower().replace("can't", "can not").replace("won't", "will not").replace("n't", " not")
    return _WORD.findall(_CLITIC.sub("", text).replace("'", ""))


def terms(text: str) -> list[str]:
    """Stemmed content terms (stopwords dropped): the tokens of BM25 and of key-term overlap."""
    out = []
    for w in words(text):
        if w in STOPWORDS:
            continue
        out.append(stem(w))
        if "-" in w or "_" in w:  # "row-level" also matches "row level"
            out.extend(stem(p) for p in re.split(r"[-_]", w) if p and p not in STOPWORDS)
    return out


# A word said twice around a preposition ("end to end", "side by side", "step-by-step", "peer to peer") is a fixed
# phrase: its "end" names no end of anything, so it does not name a question's term (round 12).
_REDUPLICATED = re.compile(r"\b([A-Za-z]+)(?:\s+|-)(?:to|by|for|after|upon|in)(?:\s+|-)\1\b", re.I)


def without_idioms(text: str, keep: str = "") -> str:
    """``text`` with its reduplicated phrases ("end to end", "side by side") taken out, except the ones ``keep``
    (the question) uses itself: a question about step-by-step guides is answered by a passage's step by step."""
    def norm(m: re.Match[str]) -> str:
        return " ".join(re.split(r"[\s-]+", m.group(0).lower()))

    own = {norm(m) for m in _REDUPLICATED.finditer(keep)}
    return _REDUPLICATED.sub(lambda m: m.group(0) if norm(m) in own else " ", text)


# The degree word of a "how many / how long / how often ..." frame (the words ``support.answer_type`` reads) asks for
# the answer's type, a quantity or a duration, and says nothing about the topic (round 39). As a concept it took a
# rare word's weight ("many" and "long" are seldom written in the documents), and for a quantity question it could
# be the most specific concept, which the citation gate then looked for in the passage giving the number.
# the degree words of "how ..." frames: of a quantity ("how many", "how long are the pieces") and of a time ("how often",
# "how soon"); ``support``'s answer types read them, ``unframed`` drops them from a question's concepts
HOW_QUANTITY = r"many|much|large|big|fast|long|often|old"
HOW_TIME = r"often|soon|quickly|frequently"
_HOW_FRAME = re.compile(r"\bhow\s+(?:" + HOW_QUANTITY + "|" + HOW_TIME + r")\b", re.I)


def unframed(question: str) -> str:
    """The question without the degree word of its "how many / how long / ..." frames ("how" stays, a stopword)."""
    return _HOW_FRAME.sub("how", question)


def key_terms(question: str) -> list[str]:
    """A question's topic terms: content terms minus question-framing words (and the degree word of a "how many"
    frame, ``unframed``), in order, unique."""
    framing = {stem(w) for w in QUESTION_WORDS}
    seen: dict[str, None] = {}
    for t in terms(unframed(question)):
        if t not in framing and t not in seen:
            seen[t] = None
    return list(seen)


_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')]))\s+(?=[A-Z0-9`\"'(\[*_])|\n{2,}|\n(?=\s*(?:[-*+]|\d+[.)])\s)")


_FENCED = re.compile(r"^\s*(```|~~~).*?^\s*\1[^\n]*$", re.S | re.M)
MAX_SENTENCE_WORDS = 60
_FENCE_LINE = re.compile(r"^\s*(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]*-[\s:|-]*$")        # | --- | :---: |


def _readable(s: str) -> bool:
    """Long enough to say something, with a word in it, and not an over-long run."""
    return len(s) >= 12 and bool(re.search(r"[A-Za-z]{3}", s)) and len(s.split()) <= MAX_SENTENCE_WORDS


def _prose(text: str) -> list[str]:
    out = []
    for part in _SENT.split(text):
        s = " ".join(part.split())
        s = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", s)
        if _readable(s):
            out.append(s)
    return out


def _cells(line: str) -> list[str]:
    return [" ".join(c.split()) for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]


def sentences(text: str, *, structured: bool = False) -> list[str]:
    """Prose sentences and list items of a passage: code blocks, tables and over-long runs left out
    (they cover many terms without saying anything a reader can take as an answer).

    ``structured`` (round 16, q16b) keeps, in document order, a table's rows, each as its cells named by the
    header ("Source: PostgreSQL; Guard: sessions start read-only"): the facts a reference page keeps in tables,
    which an answer window may then quote. Code stays out: a commented code line ("webhook_secret_env = ...  # the
    variable holding the HMAC key") answered an unanswerable question about webhooks (round 16, q16b)."""
    text = plain(text)
    if not structured:
        text = _FENCED.sub("\n\n", text)
        lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("|") and not ln.startswith("    ")]
        return _prose("\n".join(lines))
    out: list[str] = []
    prose: list[str] = []
    header: list[str] = []
    fence = False
    lines = text.splitlines()
    for i, ln in enumerate(lines):
        is_fence = bool(_FENCE_LINE.match(ln))
        code = fence or is_fence or ln.startswith("    ")
        row = not code and ln.lstrip().startswith("|")
        if code or row:
            out.extend(_prose("\n".join(prose)))
            prose = []
        if is_fence:
            fence = not fence
        elif code:
            continue
        elif row:
            if _TABLE_RULE.match(ln):
                continue
            cells = _cells(ln)
            if i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]) and "-" in lines[i + 1]:
                header = cells  # the header row names the columns of the rows below it
                continue
            heads = header if len(header) == len(cells) else [""] * len(cells)
            unit = "; ".join(f"{h}: {c}" if h else c for h, c in zip(heads, cells, strict=True) if c)
            if _readable(unit):
                out.append(unit)
        else:
            if not ln.strip():
                header = []
            prose.append(ln)
    out.extend(_prose("\n".join(prose)))
    return out


def sha256(data: bytes | str) -> str:
    """Hex SHA-256 of bytes or UTF-8 text."""
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def dice(a: list[str] | set[str], b: list[str] | set[str]) -> float:
    """Dice similarity of two term sets (0..1)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))
