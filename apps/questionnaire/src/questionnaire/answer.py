"""Answering: a questionnaire file into grounded, cited answers, with the unsure ones left for review.

Usage::

    from charter.runtime import Charter
    from questionnaire.answer import Answerer, answer_questionnaire
    from questionnaire.types import Question

    charter = Charter.open()
    answers = answer_questionnaire("rfp.xlsx", "external-analyst", "response.docx", charter=charter,
                                   md="response.md")          # resumable: response.answers.jsonl
    one = Answerer(charter, "employee").answer(Question("1", "Which databases can Charter govern?"))
    one.status, one.confidence, one.citations                 # "answered" | "reused" | "review"

How one question is answered (every step is a span of the question's trace, whose root the
review app lists; a ``review`` answer's trace has status ``review``):

1. Hybrid retrieval (BM25 + vectors, RRF, reranked) of the passages the asker may see, read through
   the agent principal ``questionnaire`` acting for the asker.
2. Reuse: a visible past answer whose question shares most key terms with this one
   (Dice >= ``REUSE_THRESHOLD``) is reused as it stands, and the answer says which.
3. Concept gate: a concept of the question that no visible passage names, and that the question rests
   on (``support.uncovered``: its embedding moves when the concept is taken out), sends the question
   to review with the reason; nothing is drafted.
4. Draft: the best-ranked retrieved passage with a usable answer window (and a second passage naming at
   least ``SECOND_PASSAGE`` of its concept weight), and from each its best window: 1 to ``WINDOW`` adjacent sentences that
   name the question's concepts (IDF-weighted), ranked by that coverage, the window's cosine to the
   question and whether it opens with a statement. Each window is followed by its footnote; the citation
   quotes the whole passage. Nothing is generated. A question about the company itself
   (``support.about_vendor``) is not answered when the passage it rests on (its first cited one) is a public
   document, and a yes/no question whose most specific concept that passage does not name (the citation gate,
   ``Answerer._uncited``; both gates read the first cited passage alone since round 19) goes to review, and so
   does a draft none of whose cited passages has one statement naming the question's terms together (the claim
   gate, ``Answerer._claim``, round 8; since round 20 a statement that names the thing the citation gate looks for). A confident draft the citation gate would hold gives way to the draft from
   the next of the first ``ALTERNATE_RANK`` passages with a usable window that passes both gates (round 17,
   ``Answerer._passing``).
   With ``model=...`` the model also writes a draft from the passages; each of its sentences must pass
   the claim check against the passage it cites (``support.claim_support``), and the stronger draft wins.
5. Confidence is a logistic model over the draft's features (``support.Calibration``), fitted on the
   tuning sets so that it reads as measured precision. Below the threshold, or with no supporting
   sentence at all, the answer is left for review with the reason.
6. Supporting quotes (round 15, ``Answerer._quotes``): an answered extraction draft also quotes the best window of
   each further passage among the first ``QUOTE_RANK`` that states the question's terms on its own, up to
   ``QUOTE_PASSAGES`` cited passages; chosen after the decision, so they change no status or confidence.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from charter.errors import InvalidInput, NotFound, PermissionDenied
from questionnaire import store
from questionnaire.expand import Concept
from questionnaire.readers import read_rows
from questionnaire.retrieve import CLAIM_WINDOW, Passage, Retriever, best_statement, named_in
from questionnaire.support import (
    Calibration,
    Features,
    about_vendor,
    answer_type,
    claim_support,
    has_type,
    named_things,
    question_words,
    uncovered,
    yes_no,
)
from questionnaire.text import (
    dice,
    key_terms,
    plain,
    sentences,
    sha256,
    stem,
    terms,
    without_idioms,
)
from questionnaire.types import Answer, Chunk, Citation, Question

log = logging.getLogger("questionnaire")
REUSE_THRESHOLD = 0.75   # Dice of key terms between the new and a past question
# IDF-weighted key-term coverage needed to call an answer grounded. Tuned on the golden dev split
# (0.5 sent 5 of 33 dev questions with the right sources to review; 0.4 sends 3) and checked
# against questions the corpus cannot answer, which stay below 0.3.
ANSWER_THRESHOLD = 0.4
MIN_SUPPORT = 0.2        # a sentence must cover at least this share of the key terms to be cited
MAX_SENTENCES = 3
MODEL_PASSAGES = 4       # passages the model drafts from
MODEL_PASSAGE_WORDS = 120  # each clipped to this many words in the prompt (the citation keeps it whole)
MODEL_MAX_TOKENS = 320
PASSAGES = 10
# A second cited passage names at least this share of the first's concept weight. 0.5 until round 31 (q31): on the
# tuning sets a second passage holding the key fact (its window too) at 0.4 to 0.5 of the first's weight was left out,
# and 0.4 (or 0.3) changed no answer's status (docs/questionnaire.md, Figures, Round 31).
SECOND_PASSAGE = 0.4
SECOND_RANK = 3          # ... and is among this many best-ranked passages with a usable window
# Passage choice that knows the citation gate (round 17, ``Answerer._passing``): a confident draft it would hold gives
# way to one from the next passage among this many best-ranked ones with a usable window that passes both gates.
ALTERNATE_RANK = 3
# Supporting quotes (round 15): once a draft is answered, the best window of each further passage among the first
# QUOTE_RANK with a usable window that names SECOND_PASSAGE of the first cited one's concept weight and states the
# question's terms on its own (the claim check) is quoted too, up to QUOTE_PASSAGES passages and QUOTE_SENTENCES
# sentences in all. They come after the decision, so they never answer a question the draft would not have.
# Round 40 (q40): four passages among five in seven sentences (three among four in five until then): of the 18 tuning
# answers given without the key fact, 4 then quote the passage holding it, and 4 of the 12 held-out ones; no right
# answer lost (docs/questionnaire.md, Round 40).
QUOTE_PASSAGES = 4
QUOTE_RANK = 5
QUOTE_SENTENCES = MAX_SENTENCES + 4
SENTENCE_POOL = 16       # candidate windows embedded per question (the cost of ranking by meaning)
WINDOW = 3               # an answer window is 1 to WINDOW adjacent sentences of one passage
WINDOW_COST = 0.08       # rank lost per sentence beyond the first (a longer window must earn its length)
ASSERTIVE = 0.1          # rank gained by a window that opens with a statement
SENTENCE_COSINE = 1.0    # weight of a sentence's scaled question cosine in its rank
PASSAGE_PRIOR = 0.3      # weight of its passage's reranked position
# The claim gate (round 8): a confident draft is answered only when one statement of a cited passage (CLAIM_WINDOW
# adjacent sentences of its text, heading and title not counted) names at least this share of the concept weight
# the visible documents name at all. A passage that shares the question's words but scatters them over unrelated
# sentences (or holds them only in its heading) does not say what the question asks. Chosen on the tuning drafts
# (docs/questionnaire.md, Round 8).
CLAIM_MIN = 0.3
# A part of a hyphenated term of the question names it in a cited passage only within this many terms of another
# of its parts (round 12; the citation gate, ``Answerer._names``).
PART_NEAR = 3
# The name gate (round 38, ``Answerer._unnamed_name``): a name the question writes (``support.named_things``) that more
# than half the visible passages use is the documents' own subject (the product's name), not a thing the question
# singles out; IDF = log((n + 1) / (df + 0.5)), so "more than half" is an IDF under log 2.
SUBJECT_IDF = math.log(2)
NOT_COVERED = ("Not answered: the documents available to this request do not cover what the question asks "
               "about; left for review.")
NO_SUPPORT = "No supporting passage found in the documents available to this request; left for review."

Progress = Callable[[int, int, Answer | None], None]


@dataclass(frozen=True)
class Candidate:
    text: str
    passage: Passage
    support: float       # share of concept weight this sentence covers (heading counts half)
    covered: frozenset[str]
    own: frozenset[str] = frozenset()   # concepts the sentence itself names
    cosine: float | None = None         # question-sentence cosine (the sentences ranked by meaning)
    rank: float = 0.0    # the order the draft takes candidates in (support, meaning, passage rank)
    size: int = 1        # sentences in the window
    first: int = 0       # index of its first sentence in the passage
    assertive: bool = False  # opens with a statement (a verb, not a lead-in to a list or a question)


@dataclass(frozen=True)
class Draft:
    """One way of answering (extraction or the model), scored by the same calibrated confidence."""

    source: str
    sentences: list[Candidate]
    features: Features
    confidence: float
    covered: frozenset[str]


class Answerer:
    """Answers questions for one principal; the agent principal ``questionnaire`` does the reads."""

    def __init__(self, charter: Any, principal: str, *, model: str | None = None, k: int = PASSAGES,
                 answer_threshold: float | None = None, reuse_threshold: float = REUSE_THRESHOLD,
                 agent: str = store.AGENT, calibration: Calibration | None = None) -> None:
        if not store.check_registered(charter) or not store.store_path(charter).exists():
            raise NotFound("nothing is ingested yet; run `questionnaire ingest-corpus` or `questionnaire ingest`")
        store.require_user(charter, principal)
        if model is not None:
            name = charter.gateway.resolve(model)  # an unknown model fails here, once, with the declared names
            decision = charter.catalog.check(agent, "QUERY", f"model:{name}", on_behalf_of=principal)
            if not decision.allowed:
                raise PermissionDenied(f"permission denied: {decision.reason}; a model declared after the store "
                                       "was set up is granted by the next `questionnaire ingest` (or GRANT QUERY)")
        self.charter = charter
        self.principal = principal
        self.agent = agent
        self.model = model
        self.k = k
        self.calibration = calibration or load_calibration(charter)
        self.answer_threshold = self.calibration.threshold if answer_threshold is None else answer_threshold
        self.reuse_threshold = reuse_threshold
        self.retriever = Retriever(charter, principal, agent=agent)
        if model is not None and charter.settings.models[charter.gateway.resolve(model)].provider == "local":
            self._load_local_model()

    def _load_local_model(self) -> None:
        """Load the model before the first question, so no question's latency includes the load.

        (It once also kept llama.cpp loadable beside usearch; charter.data now imports usearch
        behind the shared C++ runtime.) A failure here only means the model steps fall back to
        the deterministic pick (recorded on each trace).
        """
        from charter.models import ChatRequest

        try:
            self.charter.gateway.chat(ChatRequest.of("ok", max_tokens=1), model=self.model, principal=self.principal,
                                      agent=self.agent)
        except Exception as exc:  # noqa: BLE001
            log.warning("could not load model %s: %s", self.model, exc)

    # ------------------------------------------------------------------ one question
    def answer(self, question: Question) -> Answer:
        """Answer one question (traced; review answers are routed to the review queue)."""
        from charter.tracing import Span

        t0 = time.perf_counter()
        question = replace(question, text=plain(question.text))  # "don’t" from Word is "don't" (round 16, q16b)
        with self.charter.tracer.trace(f"agent:{self.agent}", principal=self.principal, agent=self.agent,
                                       inputs={"qid": question.qid, "question": question.text,
                                               "section": question.section}) as root:
            ans = self._answer(question)
            ans.section = question.section
            ans.latency_s = round(time.perf_counter() - t0, 4)
            ans.trace_id = root.trace_id
            root.set_outputs({"text": ans.text, "status": ans.status, "confidence": ans.confidence,
                              "reason": ans.reason, "citations": [c.chunk_id for c in ans.citations]})
            if ans.status == "review" and isinstance(root, Span):
                # The review app lists traces with this status as flagged for a domain expert.
                root.status = "review"
                root.set_attribute("review_reason", ans.reason)
        return ans

    def _answer(self, q: Question) -> Answer:
        from charter.tracing import span

        keys = key_terms(q.text)
        if not keys:
            return Answer(q.qid, q.text, NO_SUPPORT, "review", 0.0,
                          reason="no supporting passage found: the question has no key terms to look for")
        res = self.retriever.retrieve(q.text, self.k)
        passages = res.passages
        with span("step:reuse", inputs={"key_terms": keys}) as s:
            reused = self._reuse(q, keys, passages)
            s.set_outputs(None if reused is None else {"chunk_id": reused.citations[0].chunk_id,
                                                         "similarity": reused.confidence})
        if reused is not None:
            return reused
        concepts = res.concepts
        weights = {c.term: self.retriever.weight(c) for c in concepts}
        total = sum(weights.values()) or 1.0
        absent = sum(weights[c.term] for c in concepts if self.retriever.absent(c)) / total
        gated = self._uncovered(q, concepts)
        if gated:
            names = ", ".join(f"'{n}'" for n in gated)
            return Answer(q.qid, q.text, NOT_COVERED, "review", 0.0,
                          reason=f"not covered: the documents available to this request never mention {names}, "
                          "which the question asks about")
        kind = answer_type(q.text)
        with span("step:select_sentences", inputs={"concepts": [c.term for c in concepts], "answer_type": kind}) as s:
            cands = self._by_meaning(q, self._candidates(concepts, weights, passages))
            drafts: list[Draft] = []
            extracted = self._choose(cands, kind)
            if extracted:
                draft = self._draft("extraction", extracted, concepts, weights, absent, res.dense_floor)
                draft = self._passing(q, concepts, weights, cands, kind, draft,
                                      lambda chosen: self._draft("extraction", chosen, concepts, weights, absent,
                                                                 res.dense_floor))
                extracted = draft.sentences
                drafts.append(draft)
            s.set_outputs([{"text": c.text, "chunk_id": c.passage.chunk.chunk_id, "support": round(c.support, 3)}
                           for c in extracted])
        if self.model is not None:
            written = self._model_draft(q, passages, kind)
            if written:
                drafts.append(self._draft("model", written, concepts, weights, absent, res.dense_floor))
        if not drafts:
            why = "no supporting passage found"
            if kind is not None and any(c.support >= MIN_SUPPORT for c in cands):
                why += f": the question asks for a {kind} and no retrieved passage on its topic gives one"
            return Answer(q.qid, q.text, NO_SUPPORT, "review", 0.0, reason=why)
        # The stronger draft wins, by the same calibrated confidence (extraction on a tie).
        best = max(drafts, key=lambda d: d.confidence)
        unnamed = self._unnamed(q, concepts)
        if unnamed and best.confidence >= self.answer_threshold:
            # The question asks about a named thing no passage the asker may see names: whatever the
            # draft says, it cannot be about that thing. Only ever moves an answer to review.
            text, citations = _compose(best.sentences)
            return Answer(q.qid, q.text, f"Low-confidence draft, for review: {text}", "review", best.confidence,
                          citations, reason=f"no passage names {', '.join(unnamed)}: the documents do not say "
                          "anything about it", features=asdict(best.features), gate="named_thing")
        text, citations = _compose(best.sentences)
        elsewhere = self._uncited(q, concepts, weights, best) if best.confidence >= self.answer_threshold else []
        if elsewhere:
            # Not named where the answer comes from: a question about a feature next to a documented one (its
            # neighbour's passage shares the other words). Only ever moves an answer to review.
            names = ", ".join(f"'{n}'" for n in elsewhere)
            where = "the cited passages never mention" if len(citations) == 1 else \
                "the first cited passage, which the answer rests on, never mentions"
            return Answer(q.qid, q.text, f"Low-confidence draft, for review: {text}", "review", best.confidence,
                          citations, reason=f"{where} {names}, which the question asks about",
                          features=asdict(best.features), gate="citation")
        if about_vendor(q.text) and best.confidence >= self.answer_threshold and self._product_page(best):
            # The company's own statements are its past answers and its internal notes; the public documents
            # describe the product, so a passage there that shares the question's words is about something
            # else (the demo companies' revenue, a team's budget). Only ever moves an answer to review.
            return Answer(q.qid, q.text, f"Low-confidence draft, for review: {text}", "review", best.confidence,
                          citations, reason="the question asks about the company itself; the public documents "
                          "available to this request describe the product", features=asdict(best.features),
                          gate="about_vendor")
        claim = self._claim(q, concepts, weights, best) if best.confidence >= self.answer_threshold else 1.0
        if claim < CLAIM_MIN:
            # The cited passages share the question's words without one statement that says it. Only ever moves
            # an answer to review.
            return Answer(q.qid, q.text, f"Low-confidence draft, for review: {text}", "review", best.confidence,
                          citations, reason=f"no statement in the cited passages names the question's terms "
                          f"together (at most {claim:.0%} of their weight, {CLAIM_MIN:.0%} needed)",
                          features=asdict(best.features), gate="claim")
        named = self._unnamed_name(q, concepts, weights, best) if best.confidence >= self.answer_threshold else []
        if named:
            # A passage that never names the product, library or service the question names answers it about
            # something else, whatever words it shares. Only ever moves an answer to review.
            names = ", ".join(f"'{n}'" for n in named)
            return Answer(q.qid, q.text, f"Low-confidence draft, for review: {text}", "review", best.confidence,
                          citations, reason=f"the passage the answer rests on never mentions {names}, which the "
                          "question names", features=asdict(best.features), gate="name")
        if len(drafts) > 1:
            from charter.tracing import span as _span

            with _span("step:choose_draft", inputs={d.source: d.confidence for d in drafts}) as s:
                s.set_outputs({"chosen": best.source})
        if best.confidence < self.answer_threshold:
            as_asked = question_words(q.text)
            missing = [" ".join(as_asked.get(t, t) for t in c.phrases[0]) if c.phrases and c.term not in as_asked
                       else as_asked.get(c.term, c.term) for c in concepts if c.term not in best.covered]
            detail = f"no passage names: {', '.join(missing[:6])}" if missing else "the passages name the " \
                "question's terms but do not look like its answer"
            return Answer(q.qid, q.text, f"Low-confidence draft, for review: {text}", "review", best.confidence,
                          citations, reason=f"low confidence ({best.confidence:.2f} < {self.answer_threshold}); "
                          f"{detail}", features=asdict(best.features))
        if best.source == "extraction":
            more = self._quotes(concepts, weights, cands, kind, best.sentences)
            if more:
                text, citations = _compose(best.sentences + more)
        return Answer(q.qid, q.text, text, "answered", best.confidence, citations,
                      reason=f"drafted by {best.source} from {len(citations)} passage(s)",
                      features=asdict(best.features))

    def _quotes(self, concepts: list[Concept], weights: dict[str, float], cands: list[Candidate], kind: str | None,
                chosen: list[Candidate]) -> list[Candidate]:
        """Supporting quotes of an answered draft (round 15): the best window of each further passage among the
        ``QUOTE_RANK`` best-ranked ones with a usable window (as ``_choose`` counts them) that names at least
        ``SECOND_PASSAGE`` of the first cited passage's concept weight and has a statement of its own naming
        ``CLAIM_MIN`` of the question's terms (``claim_share``), up to ``QUOTE_PASSAGES`` cited passages and
        ``QUOTE_SENTENCES`` sentences. Retrieval holds the key fact among its first three passages far more often
        than first (recall@1 0.57, @3 0.78 on the tuning sets), and a passage that states the question's terms
        on its own answers the same question. Chosen after the decision, so the quotes never change whether a
        question is answered, only what the answer shows the reader. Recorded as ``step:supporting_quotes``."""
        from charter.tracing import span

        present = [c for c in concepts if not self.retriever.absent(c)]
        best: dict[str, Candidate] = {}
        for c in cands:
            if c.support >= MIN_SUPPORT and (kind is None or has_type(c.text, kind)):
                best.setdefault(c.passage.chunk.chunk_id, c)
        ranked = sorted(best.values(), key=lambda c: -c.passage.score)[:QUOTE_RANK]
        cited = {c.passage.chunk.chunk_id for c in chosen}
        used = sum(c.size for c in chosen)
        out: list[Candidate] = []
        for c in ranked:
            if len(cited) >= QUOTE_PASSAGES:
                break
            cid = c.passage.chunk.chunk_id
            if cid in cited or c.passage.coverage < SECOND_PASSAGE * chosen[0].passage.coverage or \
                    claim_share(present, weights, [c.passage.chunk.text]) < CLAIM_MIN:
                continue
            fits = [w for w in cands if w.passage.chunk.chunk_id == cid and w.support >= MIN_SUPPORT
                    and (kind is None or has_type(w.text, kind)) and used + w.size <= QUOTE_SENTENCES]
            if fits:
                out.append(fits[0])
                cited.add(cid)
                used += fits[0].size
        if out:
            with span("step:supporting_quotes", inputs={"cited": [c.passage.chunk.chunk_id for c in chosen]}) as s:
                s.set_outputs([{"chunk_id": c.passage.chunk.chunk_id, "text": c.text} for c in out])
        return out

    def _held(self, q: Question, concepts: list[Concept], weights: dict[str, float], draft: Draft) -> bool:
        """Whether the citation gate or the claim gate would hold a draft (its cited passages never name the thing the
        question asks about, or no statement of theirs names the question's terms together)."""
        return bool(self._uncited(q, concepts, weights, draft)) or self._claim(q, concepts, weights, draft) < CLAIM_MIN

    def _passing(self, q: Question, concepts: list[Concept], weights: dict[str, float], cands: list[Candidate],
                 kind: str | None, draft: Draft, redraft: Callable[[list[Candidate]], Draft]) -> Draft:
        """Passage choice that knows the citation gate (round 17): a confident draft whose first cited passage never
        names the specific thing the question asks about (``_uncited``) gives way to the draft from the next passage among
        the first ``ALTERNATE_RANK`` with a usable window (``_choose``) whose draft is confident too and passes the
        citation and claim gates. The reranker puts the passage holding the key fact among the first three far more
        often than first, and a passage that names the thing asked about is about it; a question nothing answers
        has no such passage among them, so it stays held. A draft only the claim gate holds keeps its passage: its
        hold is one of degree (the passage names the terms, not together), and on the tuning sets a lower-ranked
        passage crossing the claim gate's share replaced a key-fact passage. The draft that was held is kept when
        none passes, so its gate's reason is the one the reviewer reads. Recorded as ``step:passage_choice``."""
        from charter.tracing import span

        if draft.confidence < self.answer_threshold or not self._uncited(q, concepts, weights, draft):
            return draft
        usable = self._usable(cands, kind)
        scores = {c.passage.chunk.chunk_id: c.passage.score for c in usable}
        order = sorted(scores, key=lambda cid: -scores[cid])   # as ``_by_passage`` ranks them
        with span("step:passage_choice", inputs={"held": [c.passage.chunk.chunk_id for c in draft.sentences],
                                                 "passages": order[:ALTERNATE_RANK]}) as s:
            for i in range(1, min(ALTERNATE_RANK, len(order))):
                later = set(order[i:])
                alt = redraft(_by_passage([c for c in usable if c.passage.chunk.chunk_id in later]))
                if alt.confidence >= self.answer_threshold and not self._held(q, concepts, weights, alt):
                    s.set_outputs({"chosen": [c.passage.chunk.chunk_id for c in alt.sentences]})
                    return alt
            s.set_outputs({"chosen": None})
        return draft

    def _uncovered(self, q: Question, concepts: list[Concept]) -> list[str]:
        """The concept-coverage gate: the concepts no visible passage names (lexical, with every variant)
        that the question rests on (``support.uncovered``). Recorded as ``step:concept_gate``."""
        from charter.data import get_embedder
        from charter.tracing import span

        missing = [c for c in concepts if self.retriever.absent(c)]
        if not missing:
            return []
        named = self._named(q, missing)
        with span("step:concept_gate", inputs={"absent": [n for n, _s in named]}) as s:
            out, measured = uncovered(q.text, named, get_embedder(self.charter.settings))
            s.set_outputs(measured)
        return out

    def _uncited(self, q: Question, concepts: list[Concept], weights: dict[str, float], draft: Draft) -> list[str]:
        """The citation gate: a yes/no question ("Can ...", "Does ...", ``support.yes_no``) asks whether one
        specific thing is so, named by its most specific concept among those that name one thing
        (``_specific``: a name, an acronym or a hyphenated term as the question writes it, or a word no visible
        passage uses; the highest IDF, every one of a tie). The passage the answer rests on (its first cited one,
        ``_resting``: text, heading, title) not naming it, the draft is about a neighbouring feature whose passage
        shares the other words: those concepts, as the question wrote them (empty: the gate passes, as it does
        when the question names no specific thing). Until round 19 any cited passage counted, and a second one
        naming the thing in passing (a rate-limit page naming the cache a feature store's past answer never names)
        let a draft about something else through.
        Until round 6 it weighed every concept, and an ordinary word of the asker's ("along", "web") that the
        passage holding the answer does not use sent right drafts to review.
        Round 11: a question asking for a quantity, duration or date (``support.answer_type``) asks it of one thing,
        its most specific concept the visible documents name (the highest IDF): a number in cited passages that
        never name that thing counts something else ("how many sessions may run at once" answered by "one
        module")."""
        from charter.tracing import span

        top = self._asked(q, concepts, weights)
        if not top:
            return []
        cited = [ch for ch in (_resting(draft),) if ch is not None]
        # A reduplicated phrase of a passage ("end to end") names none of its words (round 12: "end" of a question's
        # "end-user" is not named by a passage's "end to end"), unless the question uses that phrase itself.
        seq = [t for ch in cited for t in terms(without_idioms(f"{ch.title} {ch.heading} {ch.text}", q.text))]
        with span("step:citation_gate", inputs={"concepts": [c.term for c in top],
                                                "cited": [ch.chunk_id for ch in cited]}) as s:
            out = [name for name, _s in self._named(q, [c for c in top if not self._names(q, c, seq)])]
            s.set_outputs({"uncited": out})
        return out

    def _unnamed_name(self, q: Question, concepts: list[Concept], weights: dict[str, float], draft: Draft) -> list[str]:
        """The name gate (round 38): the names a question of any other kind than the citation gate reads (not yes/no,
        not a quantity, duration or date) writes (``support.named_things``: a capitalised word inside the sentence,
        not a general IT acronym) that the visible documents use but the passage the answer rests on (``_resting``:
        text, heading, title) never does, as the question wrote them. "How is a runaway query on a Postgres source
        cut short?" answered from a passage on cancelling evaluation runs shares "cut short" and not the database:
        the name says what the question is about, and a passage without it is about something else. A name more
        than half the visible passages use (IDF under ``SUBJECT_IDF``: the product the documents describe) and a name
        no visible passage uses (the concept gate's and the named-thing check's) are not looked for. Recorded as
        ``step:name_gate``."""
        from charter.tracing import span

        if yes_no(q.text) or answer_type(q.text) is not None:
            return []
        names = {t for n in named_things(q.text) for t in terms(n)}
        look = [c for c in concepts if names & {c.term, *c.variants, *(t for p in c.phrases for t in p)}
                and not self.retriever.absent(c) and weights.get(c.term, 0.0) > SUBJECT_IDF]
        chunk = _resting(draft)
        if not look or chunk is None:
            return []
        seq = terms(without_idioms(f"{chunk.title} {chunk.heading} {chunk.text}", q.text))
        with span("step:name_gate", inputs={"names": [c.term for c in look], "cited": chunk.chunk_id}) as s:
            out = [name for name, _s in self._named(q, [c for c in look if not self._names(q, c, seq)])]
            s.set_outputs({"unnamed": out})
        return out

    def _asked(self, q: Question, concepts: list[Concept], weights: dict[str, float]) -> list[Concept]:
        """The concepts naming the one thing a question asks about, which the citation gate looks for in the passage an
        answer rests on: a yes/no question's most specific concepts (``_specific``), a quantity, duration or date
        question's most specific concept the visible documents name; the highest IDF, every one of a tie. Empty for
        another question, or one naming no such thing (the gate passes)."""
        if not concepts:
            return []
        if yes_no(q.text):
            specific = self._specific(q, concepts)
        elif answer_type(q.text) is not None:
            specific = [c for c in concepts if not self.retriever.absent(c)]
        else:
            return []
        if not specific:
            return []
        rarest = max(weights[c.term] for c in specific)
        return [c for c in specific if weights[c.term] >= rarest - 1e-9]   # ties: each of them

    @staticmethod
    def _names(q: Question, concept: Concept, seq: list[str]) -> bool:
        """Whether cited text (its term sequence) names a concept of the citation gate. A part of a hyphenated term
        of the question ("end" or "user" of "end-user") names it only near another part of that term (within
        ``PART_NEAR`` terms: the term written whole, spaced, or "end of the day" for "end-of-day"): alone, a part is
        an ordinary word ("users log in", "a 504 ends a pause") and says nothing of the term (round 12). A part that
        is a name itself ("OpenAI" of "OpenAI-style") and a term with one content part ("built-in"; a combining
        form such as "-based" is none, ``_MODIFIER``) count alone."""
        if not concept.found_in(set(seq), seq):
            return False
        own = {concept.term, *concept.variants}
        names = {t for n in named_things(q.text, acronyms=True) for t in terms(n)}
        if own & names:
            return True
        for compound in _COMPOUND.findall(q.text):
            parts = [t for t in terms(compound) if "-" not in t and t not in _MODIFIER]
            others = set(parts) - own
            if not own & set(parts) or not others:
                continue
            at = [i for i, t in enumerate(seq) if t in own]
            near = [i for i, t in enumerate(seq) if t in others]
            if not any(abs(i - j) <= PART_NEAR for i in at for j in near):
                return False
        return True

    @staticmethod
    def _product_page(draft: Draft) -> bool:
        """Whether the passage a draft rests on (``_resting``) is a public document, which describes the product: a
        question about the company itself is then not answered, whatever a further cited passage is (round 19: until
        then only a draft citing public documents alone was held, and a past answer about something else cited
        second let a vector-index passage answer how large a customer's deployment is)."""
        chunk = _resting(draft)  # (a draft citing nothing rests on no statement of the company's: held, as before)
        return chunk is None or chunk.kind == "document" and chunk.classification == "public"

    def _claim(self, q: Question, concepts: list[Concept], weights: dict[str, float], draft: Draft) -> float:
        """The claim check of a draft's citations: the largest share of the concept weight the visible documents
        name that one statement of a cited passage names (``CLAIM_WINDOW`` adjacent sentences of its text; its
        heading and title are not a statement). Round 20: a statement counts only when it names the thing the question
        asks about (``_asked``, the concepts the citation gate looks for, those the visible documents name), not when
        the passage names it in some other sentence, on another topic. Recorded as ``step:claim_gate``."""
        from charter.tracing import span

        present = [c for c in concepts if not self.retriever.absent(c)]
        asked = [c for c in self._asked(q, concepts, weights) if not self.retriever.absent(c)]
        cited = list({id(c.passage): c.passage.chunk for c in draft.sentences}.values())
        with span("step:claim_gate", inputs={"cited": [ch.chunk_id for ch in cited],
                                             "asked": [c.term for c in asked]}) as s:
            best = claim_share(present, weights, [ch.text for ch in cited], need=asked)
            s.set_outputs({"claim": round(best, 3), "needed": CLAIM_MIN})
        return best

    def _specific(self, q: Question, concepts: list[Concept]) -> list[Concept]:
        """The concepts that name one specific thing: written as a name in the question (a capitalised word
        inside the sentence, an acronym, a hyphenated term: ``Kafka``, ``SAML``, ``two-factor``) or named by no
        visible passage at all. An ordinary word the documents use elsewhere ("along", "web") is how the asker
        put it, not a feature of its own, however rare it is in the documents."""
        # A combining form of a hyphenated term ("-style", "-based": ``_MODIFIER``) names no thing (round 12).
        names = {t for n in named_things(q.text, acronyms=True) for t in terms(n)} | \
            {t for n in _COMPOUND.findall(q.text) for t in terms(n) if t not in _MODIFIER}
        return [c for c in concepts
                if names & {c.term, *c.variants, *(t for p in c.phrases for t in p)} or self.retriever.absent(c)]

    def _named(self, q: Question, concepts: list[Concept]) -> list[tuple[str, set[str]]]:
        """Each concept as the question wrote it, with every stem it may appear under (for ``uncovered``)."""
        as_asked = question_words(q.text)
        return [(" ".join(as_asked.get(t, t) for t in c.phrases[0]) if c.phrases and c.term not in as_asked
                 else as_asked.get(c.term, c.term), {c.term, *c.variants, *(t for p in c.phrases for t in p)})
                for c in concepts]

    def _unnamed(self, q: Question, concepts: list[Concept]) -> list[str]:
        """The names the question asks about (``support.named_things``) that no visible passage names."""
        by_term = {c.term: c for c in concepts}
        out = []
        for name in named_things(q.text):
            c = next((by_term[t] for t in terms(name) if t in by_term), None)
            if c is not None and self.retriever.absent(c):
                out.append(name)
        return out

    def _draft(self, source: str, chosen: list[Candidate], concepts: list[Concept], weights: dict[str, float],
               absent: float, floor: float) -> Draft:
        """A draft's features and calibrated confidence."""
        total = sum(weights.values()) or 1.0
        own: set[str] = set()
        head: set[str] = set()
        for c in chosen:  # what the sentences themselves name; a heading counts half
            seq, hseq = terms(c.text), terms(c.passage.chunk.heading)
            own |= {k.term for k in concepts if k.found_in(set(seq), seq)}
            head |= {k.term for k in concepts if k.found_in(set(hseq), hseq)}
        head -= own
        coverage = (sum(weights[t] for t in own) + 0.5 * sum(weights[t] for t in head)) / total
        # The most specific concept the visible passages name at all (an absent one counts in ``absent``).
        present = [c for c in concepts if not self.retriever.absent(c)] or concepts
        focus_term = max(present, key=lambda c: weights[c.term]).term
        cos = max((c.passage.vector_score for c in chosen if c.passage.vector_score is not None), default=floor)
        sent = max((c.cosine for c in chosen if c.cosine is not None), default=floor)
        whole = max((c.passage.coverage for c in chosen), default=0.0)
        f = Features(coverage=round(min(1.0, coverage), 4), focus=float(focus_term in own | head),
                     absent=round(absent, 4), cosine=round(cos, 4), sentence=round(sent, 4),
                     passage=round(min(1.0, whole), 4))
        return Draft(source, chosen, f, self.calibration.confidence(f), frozenset(own | head))

    def _reuse(self, q: Question, keys: list[str], passages: list[Passage]) -> Answer | None:
        best, best_sim = None, 0.0
        for p in passages:
            if p.chunk.kind != "past_answer":
                continue
            sim = dice(keys, key_terms(p.chunk.heading))
            if sim > best_sim:
                best, best_sim = p, sim
        if best is None or best_sim < self.reuse_threshold:
            return None
        c = best.chunk
        cite = Citation(c.chunk_id, c.doc_id, c.heading, c.text)
        return Answer(q.qid, q.text, f"{c.text.strip()} [1]", "reused", round(best_sim, 3), [cite],
                      reason=f"reused the past answer to \"{c.heading}\" ({self._provenance(c)}, "
                      f"similarity {best_sim:.2f})")

    def _provenance(self, c: Chunk) -> str:
        """Where a past answer comes from: its file, or the reviewer, time and review item of an edit."""
        p = store.provenance(self.charter, c.doc_id) if c.doc_id.startswith("review/") else None
        if p is None:
            return c.doc_id
        return f"reviewed by {p['reviewer']} on {p['reviewed_at']}, review item {p['review_item']}"

    def _candidates(self, concepts: list[Concept], weights: dict[str, float],
                    passages: list[Passage]) -> list[Candidate]:
        """Answer windows: runs of 1 to ``WINDOW`` adjacent sentences of one passage that name the question's
        concepts. A sentence joins a window only when it names a concept or continues the one before it
        ("It ...", "This ..."), so a window never carries filler; a concept counts once per window."""
        total = sum(weights.values()) or 1.0
        out, seen = [], set()
        for p in passages:
            head_seq = terms(f"{p.chunk.heading}")
            head = {c.term for c in concepts if c.found_in(set(head_seq), head_seq)}
            sents = sentences(p.chunk.text, structured=True)
            owns = []
            for sent in sents:
                seq = terms(sent)
                owns.append({c.term for c in concepts if c.found_in(set(seq), seq)})
            for i in range(len(sents)):
                if not owns[i]:
                    continue
                own: set[str] = set()
                for n in range(1, WINDOW + 1):
                    j = i + n - 1
                    if j >= len(sents) or (n > 1 and not (owns[j] or _continues(sents[j]))):
                        break
                    own |= owns[j]
                    text = " ".join(sents[i:j + 1])
                    norm = " ".join(terms(text))
                    if norm in seen:
                        continue
                    seen.add(norm)
                    support = (sum(weights[t] for t in own) + 0.5 * sum(weights[t] for t in head - own)) / total
                    out.append(Candidate(text, p, support, frozenset(own | head), frozenset(own), size=n,
                                         first=i, assertive=_assertive(sents[i])))
        # Best support first; shorter windows, then the reranker's score, break ties.
        out.sort(key=lambda c: (-round(c.support, 3), c.size, -c.passage.score))
        return out

    def _by_meaning(self, q: Question, cands: list[Candidate]) -> list[Candidate]:
        """Rank the best windows by meaning too: the ``SENTENCE_POOL`` best by support and passage rank are
        embedded, and each gets ``support + SENTENCE_COSINE x`` its question cosine (min-max scaled), less
        ``WINDOW_COST`` per sentence beyond the first, plus ``ASSERTIVE`` when it opens with a statement."""
        import numpy as np

        from charter.data import get_embedder

        if not cands:
            return []
        order = {id(p): i for i, p in enumerate(dict.fromkeys(c.passage for c in cands))}
        n = len(order) or 1

        def prior(c: Candidate) -> float:
            return c.support + PASSAGE_PRIOR * (1 - order[id(c.passage)] / n) - WINDOW_COST * (c.size - 1)

        ranked_prior = sorted(cands, key=lambda c: -prior(c))
        pool = ranked_prior[:SENTENCE_POOL]
        embedder = get_embedder(self.charter.settings)
        qv = embedder.embed_query(q.text)
        # Windows overlap, so their sentences are embedded once each and a window's vector is the
        # normalised sum of its sentences' (embedding cost grows with the text, not the windows).
        parts = [sentences(c.passage.chunk.text, structured=True)[c.first:c.first + c.size] for c in pool]
        distinct = list(dict.fromkeys(t for ps in parts for t in ps))
        vec = dict(zip(distinct, embedder.embed(distinct), strict=True))
        cos = []
        for ps in parts:
            v = sum(vec[t] for t in ps)
            norm = float(np.linalg.norm(v)) or 1.0
            cos.append(float(v @ qv) / norm)
        lo, hi = min(cos), max(cos)
        ranked = []
        for c, x in zip(pool, cos, strict=True):
            meaning = (x - lo) / (hi - lo) if hi > lo else 0.0
            rank = prior(c) + SENTENCE_COSINE * meaning + ASSERTIVE * c.assertive
            ranked.append(replace(c, cosine=x, rank=rank))
        ranked.sort(key=lambda c: -c.rank)
        return ranked + ranked_prior[SENTENCE_POOL:]

    def _choose(self, cands: list[Candidate], kind: str | None = None) -> list[Candidate]:
        """The windows to answer with (``_by_passage``): only windows covering ``MIN_SUPPORT`` of the concept
        weight, and for a question asking for a quantity or a date only windows that give one."""
        usable = self._usable(cands, kind)
        return _by_passage(usable) if usable else []

    @staticmethod
    def _usable(cands: list[Candidate], kind: str | None) -> list[Candidate]:
        """The windows a draft may quote, in ``_by_meaning`` order: those covering ``MIN_SUPPORT`` of the concept
        weight, and for a question asking for a quantity or a date those that give one."""
        usable = [c for c in cands if c.support >= MIN_SUPPORT]
        if kind is not None:  # a question asking for a quantity or a date: only windows that give one
            usable = [c for c in usable if has_type(c.text, kind)]
        return usable

    def _model_draft(self, q: Question, passages: list[Passage], kind: str | None) -> list[Candidate]:
        """The model writes the answer from the passages, citing one per sentence; each sentence must be
        supported by the passage it cites (``claim_support``), or it is dropped."""
        from charter.models import ChatRequest, Message
        from charter.tracing import span

        shown = [p for p in passages if p.chunk.kind == "document"][:MODEL_PASSAGES]
        if not shown:
            return []
        listing = "\n\n".join(f"[{i}] {p.chunk.heading}\n{_clip(p.chunk.text, MODEL_PASSAGE_WORDS)}"
                               for i, p in enumerate(shown, start=1))
        request = ChatRequest(
            system=("You answer an analyst's question about a software product using only the numbered passages. "
                    "Write at most three short sentences, each restating what one passage says, and give that "
                    "passage's number. Reply with JSON only; an empty list when no passage answers the question."),
            messages=[Message(role="user", content=f"Passages:\n{listing}\n\nQuestion: {q.text}")],
            response_schema={"type": "object", "additionalProperties": False, "required": ["sentences"],
                             "properties": {"sentences": {"type": "array", "maxItems": MAX_SENTENCES, "items": {
                                 "type": "object", "additionalProperties": False, "required": ["text", "passage"],
                                 "properties": {"text": {"type": "string", "maxLength": 240},
                                                # an enum, not min/max: grammars enforce enums
                                                "passage": {"enum": list(range(1, len(shown) + 1))}}}}}},
            temperature=0.0, max_tokens=MODEL_MAX_TOKENS)
        with span("step:model_draft", inputs={"passages": [p.chunk.chunk_id for p in shown]}) as s:
            try:
                resp = self.charter.gateway.chat(request, model=self.model, principal=self.principal, agent=self.agent)
            except InvalidInput:
                raise
            except Exception as exc:  # noqa: BLE001 - a failing model leaves the extractive draft
                s.set_attribute("fallback", f"{type(exc).__name__}: {exc}")
                return []
            parsed = resp.parsed if isinstance(resp.parsed, dict) else _json(resp.text)
            items = parsed.get("sentences", []) if isinstance(parsed, dict) else []
            kept, dropped = [], []
            for it in items if isinstance(items, list) else []:
                if not isinstance(it, dict) or not isinstance(it.get("text"), str) or it.get("passage") not in \
                        range(1, len(shown) + 1):
                    dropped.append({"item": str(it)[:120], "why": "outside the schema"})
                    continue
                text = " ".join(it["text"].split())
                p = shown[it["passage"] - 1]
                check = claim_support(text, p.chunk.text)
                if not check.supported:
                    dropped.append({"text": text, "passage": it["passage"], "missing": list(check.missing)})
                    continue
                if kind is not None and not has_type(text, kind):
                    dropped.append({"text": text, "passage": it["passage"], "why": f"gives no {kind}"})
                    continue
                kept.append(_model_candidate(text, p))
            s.set_outputs({"kept": [c.text for c in kept], "dropped": dropped})
            return kept[:MAX_SENTENCES]


def _by_passage(usable: list[Candidate]) -> list[Candidate]:
    """The best window of the best-ranked passage that has one, and the best window of the next such passage
    when that passage names at least ``SECOND_PASSAGE`` of the first one's concept weight.

    Retrieval ranks passages better than the windows' own ranking picks them (on the tuning sets the reranked
    first passage holds the key fact more often than the passage of the best-ranked window), so the passage
    is chosen by retrieval and the window within it by meaning (``usable`` is in ``_by_meaning`` order)."""
    best: dict[str, Candidate] = {}
    for c in usable:
        best.setdefault(c.passage.chunk.chunk_id, c)
    ranked = sorted(best.values(), key=lambda c: -c.passage.score)
    first = ranked[0]
    chosen = [first]
    for c in ranked[1:SECOND_RANK]:
        if c.passage.coverage < SECOND_PASSAGE * first.passage.coverage:
            continue
        fits = [w for w in usable if w.passage.chunk.chunk_id == c.passage.chunk.chunk_id
                and w.size + first.size <= MAX_SENTENCES + 1]
        if fits:
            chosen.append(fits[0])
            break
    return chosen


_COMPOUND = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b")   # a hyphenated term of art: "two-factor", "fine-tune"
# A combining form that makes an adjective of the rest of a hyphenated term ("meaning-based", "OpenAI-style",
# "row-level"): it names nothing by itself, so it is no content part of the term for ``Answerer._names`` (round 12).
_MODIFIER = frozenset(stem(w) for w in ("based", "style", "like", "level", "wide", "side", "aware", "compatible", "driven",
                                         "oriented", "specific", "free", "friendly", "ready", "native", "facing",
                                         "enabled", "powered"))
_CONTINUES = re.compile(r"^(?:it|its|this|these|they|their|that|such|each|both|the same|so|then|there)\b", re.I)
_VERB = re.compile(r"\b(?:is|are|was|were|be|has|have|can|may|must|will|does|do|uses?|runs?|supports?|returns?|"
                   r"stores?|keeps?|sends?|checks?|gives?|writes?|reads?|means?|applies|makes?|lets?|holds?|"
                   r"needs?|takes?|goes|comes?|becomes?|refuses?|allows?|enforces?|\w+(?:ed|es))\b", re.I)


def _resting(draft: Draft) -> Chunk | None:
    """The passage a draft rests on: its first cited one (the best-ranked passage with a usable window, or the passage
    a model's first sentence restates); None for a draft that cites nothing. A further cited passage adds to the
    answer but does not decide what it is about, so the citation gate and the company gate read this one alone
    (round 19)."""
    return draft.sentences[0].passage.chunk if draft.sentences else None


def claim_share(concepts: list[Concept], weights: dict[str, float], passages: list[str],
                window: int = CLAIM_WINDOW, need: list[Concept] | None = None) -> float:
    """The largest IDF-weighted share of ``concepts`` that ``window`` adjacent sentences of one passage name
    together (1.0 when there is no concept to name: nothing to check); with ``need``, only statements naming every
    one of those count (round 20: the thing a question asks about, in the statement that says it)."""
    total = sum(weights[c.term] for c in concepts)
    if not total:
        return 1.0
    needed = {c.term for c in need or ()}
    return max((best_statement([named_in(concepts, sent) for sent in sentences(text)], weights, window=window,
                               need=needed)
                for text in passages), default=0.0) / total


def _continues(sentence: str) -> bool:
    """Whether a sentence continues the one before it (opens with a pronoun or a linking word)."""
    return bool(_CONTINUES.match(sentence))


def _assertive(sentence: str) -> bool:
    """A statement of fact: it has a verb and is neither a question nor a lead-in to a list or code."""
    s = sentence.rstrip()
    return not s.endswith((":", "?")) and bool(_VERB.search(s))


def _model_candidate(text: str, p: Passage) -> Candidate:
    """A model-written sentence as a candidate; its citation quotes the passage it restates."""
    return Candidate(text, p, 0.0, frozenset(), frozenset())


def load_calibration(charter: Any) -> Calibration:
    """The shipped calibration (``questionnaire/calibration.json``) for the embedder ``charter`` uses."""
    return Calibration.load(charter.settings.embeddings.provider)


def _clip(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None


def _compose(chosen: list[Candidate]) -> tuple[str, list[Citation]]:
    """Sentences each followed by its footnote number; one citation per cited chunk.

    A citation quotes the whole passage its sentences are drawn from, so a reader checks the claim in its
    context (a window alone can leave out the sentence that makes it true, and the reader would have to
    open the document to see it)."""
    numbers: dict[str, int] = {}
    out = []
    for c in chosen:
        cid = c.passage.chunk.chunk_id
        numbers.setdefault(cid, len(numbers) + 1)
        out.append(f"{c.text} [{numbers[cid]}]")
    chunks = {c.passage.chunk.chunk_id: c.passage.chunk for c in chosen}
    cites = [Citation(cid, chunks[cid].doc_id, chunks[cid].heading, chunks[cid].text.strip()) for cid in numbers]
    return " ".join(out), cites


# ------------------------------------------------------------------------------- a whole file
def read_questions(path: str | Path) -> list[Question]:
    """The numbered questions of an XLSX, CSV or DOCX questionnaire."""
    rows = read_rows(Path(path))
    if not rows:
        raise InvalidInput(f"{path}: the question column has no questions")
    return [Question(r.qid, r.question, r.section) for r in rows]


def sidecar_path(out: str | Path) -> Path:
    """Where finished answers are kept for resuming: ``response.docx`` -> ``response.answers.jsonl``."""
    p = Path(out)
    return p.with_name(p.stem + ".answers.jsonl")


def _key(principal: str, model: str | None, index: int, q: Question) -> str:
    return sha256(json.dumps([principal, model or "", index, q.qid, q.text]))[:24]


def answer_questionnaire(path: str | Path, principal: str, out: str | Path | None = None, *, charter: Any = None,
                         md: str | Path | None = None, model: str | None = None, resume: bool = True,
                         progress: Progress | None = None, answerer: Answerer | None = None) -> list[Answer]:
    """Answer every question of a file as ``principal``; write DOCX/Markdown when ``out``/``md`` name them.

    With ``out`` (or ``md``), each finished answer is appended to a sidecar JSONL next to it, and a
    re-run with ``resume=True`` skips the questions already answered for the same principal and model.
    """
    if charter is None:
        from charter.runtime import Charter

        charter = Charter.open()
    questions = read_questions(path)
    for target in (out, md):
        if target is not None and Path(target).suffix.lower() not in (".docx", ".md", ".markdown"):
            raise InvalidInput(f"cannot write '{target}': the output must be .docx or .md")
    answerer = answerer or Answerer(charter, principal, model=model)
    anchor = out or md
    sidecar = sidecar_path(anchor) if anchor is not None else None
    done: dict[str, Answer] = {}
    if sidecar is not None and sidecar.exists():
        if resume:
            for line in sidecar.read_text(encoding="utf-8").splitlines():
                try:
                    rec = json.loads(line)
                    done[rec["key"]] = Answer.from_dict(rec["answer"])
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a line cut short by an interrupted run: that question is redone
        else:
            sidecar.unlink()
    answers: list[Answer] = []
    total = len(questions)
    if progress is not None:
        progress(0, total, None)
    fh = None
    try:
        if sidecar is not None:
            sidecar.parent.mkdir(parents=True, exist_ok=True)
            fh = sidecar.open("a", encoding="utf-8")
        for i, q in enumerate(questions):
            key = _key(principal, model, i, q)
            ans = done.get(key)
            if ans is None:
                ans = answerer.answer(q)
                if fh is not None:
                    fh.write(json.dumps({"key": key, "answer": ans.to_dict()}, ensure_ascii=False) + "\n")
                    fh.flush()
            answers.append(ans)
            if progress is not None:
                progress(i + 1, total, ans)
    finally:
        if fh is not None:
            fh.close()
    charter.tracer.flush()
    from questionnaire.output import write

    meta = {"source": Path(path).name, "principal": principal, "model": model or "none (extractive)"}
    for target in (out, md):
        if target is not None:
            write(answers, target, meta)
    return answers


def summarize(answers: list[Answer]) -> dict[str, Any]:
    """Counts and shares for a report: answered, reused, review, cited, mean latency."""
    n = len(answers) or 1
    by = {s: sum(a.status == s for a in answers) for s in ("answered", "reused", "review")}
    cited = sum(1 for a in answers if a.status != "review" and a.citations)
    return {"questions": len(answers), **by, "share_cited": round(cited / n, 3),
            "share_review": round(by["review"] / n, 3),
            "mean_latency_s": round(sum(a.latency_s for a in answers) / n, 4)}


def atomic_write(path: Path, data: bytes) -> None:
    """Write a file whole or not at all."""
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_bytes(data)
    os.replace(tmp, path)
