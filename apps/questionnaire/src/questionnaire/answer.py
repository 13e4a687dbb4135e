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

1. Hybrid retrieval (BM25 + vectors, RRF) of the passages the asker may see, read through the
   agent principal ``questionnaire`` acting for the asker.
2. Reuse: a visible past answer whose question shares most key terms with this one
   (Dice >= ``REUSE_THRESHOLD``) is reused as it stands, and the answer says which.
3. Draft: otherwise the answer is built from the retrieved passages' own sentences that share the
   question's key terms (weighted by IDF), each followed by its citation. Nothing is generated,
   so nothing can be invented. With ``model=...`` the model only chooses among those candidate
   sentences (JSON schema), so a small local model and a strong one take the same path.
4. Confidence is the IDF-weighted share of the question's key terms the cited sentences cover.
   Below ``ANSWER_THRESHOLD``, or with no supporting sentence at all, the answer is left for
   review with the reason ("no supporting passage found").
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charter.errors import InvalidInput, NotFound, PermissionDenied
from questionnaire import store
from questionnaire.readers import read_rows
from questionnaire.retrieve import Passage, Retriever
from questionnaire.text import dice, key_terms, sentences, sha256, stem, terms, words
from questionnaire.types import Answer, Citation, Question

log = logging.getLogger("questionnaire")
REUSE_THRESHOLD = 0.75   # Dice of key terms between the new and a past question
# IDF-weighted key-term coverage needed to call an answer grounded. Tuned on the golden dev split
# (0.5 sent 5 of 33 dev questions with the right sources to review; 0.4 sends 3) and checked
# against questions the corpus cannot answer, which stay below 0.3.
ANSWER_THRESHOLD = 0.4
MIN_SUPPORT = 0.2        # a sentence must cover at least this share of the key terms to be cited
MAX_SENTENCES = 3
MODEL_CANDIDATES = 4     # sentences offered to the model to choose from
PASSAGES = 10
NO_SUPPORT = "No supporting passage found in the documents available to this request; left for review."

Progress = Callable[[int, int, Answer | None], None]


@dataclass(frozen=True)
class Candidate:
    text: str
    passage: Passage
    support: float       # share of key-term weight this sentence covers (heading counts half)
    covered: frozenset[str]


class Answerer:
    """Answers questions for one principal; the agent principal ``questionnaire`` does the reads."""

    def __init__(self, charter: Any, principal: str, *, model: str | None = None, k: int = PASSAGES,
                 answer_threshold: float = ANSWER_THRESHOLD, reuse_threshold: float = REUSE_THRESHOLD,
                 agent: str = store.AGENT) -> None:
        if not store.store_path(charter).exists() or store.SOURCE not in {n for n, _s, _u in charter.data.sources()}:
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
        self.answer_threshold = answer_threshold
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
        passages = self.retriever.search(q.text, self.k)
        with span("step:reuse", inputs={"key_terms": keys}) as s:
            reused = self._reuse(q, keys, passages)
            s.set_outputs(None if reused is None else {"chunk_id": reused.citations[0].chunk_id,
                                                         "similarity": reused.confidence})
        if reused is not None:
            return reused
        weights = self._weights(keys)
        with span("step:select_sentences", inputs={"key_terms": keys}) as s:
            cands = self._candidates(keys, weights, passages)
            chosen = self._choose(q, cands)
            s.set_outputs([{"text": c.text, "chunk_id": c.passage.chunk.chunk_id, "support": round(c.support, 3)}
                           for c in chosen])
        if not chosen:
            return Answer(q.qid, q.text, NO_SUPPORT, "review", 0.0, reason="no supporting passage found")
        total = sum(weights.values())
        covered: set[str] = set().union(*(c.covered for c in chosen))
        confidence = round(min(1.0, sum(weights[t] for t in covered) / total), 3)
        text, citations = _compose(chosen)
        if confidence < self.answer_threshold:
            as_asked = {stem(w): w for w in reversed(words(q.text))}  # show the question's words, not stems
            missing = [as_asked.get(t, t) for t in keys if t not in covered]
            return Answer(q.qid, q.text, f"Low-confidence draft, for review: {text}", "review", confidence,
                          citations, reason=f"low confidence ({confidence:.2f} < {self.answer_threshold}); "
                          f"no passage covers: {', '.join(missing[:6])}")
        return Answer(q.qid, q.text, text, "answered", confidence, citations,
                      reason=f"drafted from {len(citations)} passage(s)")

    def _weights(self, keys: list[str]) -> dict[str, float]:
        return {t: self.retriever.idf(t) for t in keys}

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
                      reason=f"reused the past answer to \"{c.heading}\" ({c.doc_id}, similarity {best_sim:.2f})")

    def _candidates(self, keys: list[str], weights: dict[str, float], passages: list[Passage]) -> list[Candidate]:
        total = sum(weights.values()) or 1.0
        keyset = set(keys)
        out, seen = [], set()
        for p in passages:
            head = set(terms(p.chunk.heading)) & keyset
            for sent in sentences(p.chunk.text):
                norm = " ".join(terms(sent))
                if norm in seen:
                    continue
                seen.add(norm)
                own = set(terms(sent)) & keyset
                if not own:
                    continue
                support = (sum(weights[t] for t in own) + 0.5 * sum(weights[t] for t in head - own)) / total
                out.append(Candidate(sent, p, support, frozenset(own | head)))
        # Best support first; the fused retrieval score breaks ties (and prefers agreed passages).
        out.sort(key=lambda c: (-round(c.support, 3), -c.passage.score))
        return out

    def _choose(self, q: Question, cands: list[Candidate]) -> list[Candidate]:
        usable = [c for c in cands if c.support >= MIN_SUPPORT]
        if not usable:
            return []
        if self.model is not None and len(usable) > 1:  # one candidate leaves nothing to choose
            picked = self._model_pick(q, usable[:MODEL_CANDIDATES])
            if picked:
                return picked
        best = usable[0]
        chosen = [best]
        covered = set(best.covered)
        for c in usable[1:]:
            if len(chosen) >= MAX_SENTENCES:
                break
            # A further sentence must add a key term or be nearly as well supported as the best.
            if (c.covered - covered) or c.support >= 0.8 * best.support:
                chosen.append(c)
                covered |= c.covered
        return chosen

    def _model_pick(self, q: Question, cands: list[Candidate]) -> list[Candidate]:
        """Let the model choose which candidate sentences answer the question (schema-fenced)."""
        from charter.models import ChatRequest, Message
        from charter.tracing import span

        # Sentences are shortened in the prompt only (the answer keeps them whole): the prompt is
        # most of a small local model's time.
        listing = "\n".join(f"{i}. {_clip(c.text, 30)}" for i, c in enumerate(cands, start=1))
        request = ChatRequest(
            system="You pick the sentences that answer a question. Reply with JSON only.",
            messages=[Message(role="user", content=(
                f"Question: {q.text}\n\nSentences:\n{listing}\n\n"
                "Which sentences answer the question? Give up to 3 numbers, best first, "
                'as {"sentences": [numbers]}; an empty list when none does.'))],
            response_schema={"type": "object", "additionalProperties": False, "required": ["sentences"],
                             "properties": {"sentences": {"type": "array", "maxItems": MAX_SENTENCES,
                                                          # an enum, not min/max: grammars enforce enums
                                                          "items": {"enum": list(range(1, len(cands) + 1))}}}},
            temperature=0.0, max_tokens=24)
        with span("step:model_pick", inputs={"candidates": len(cands)}) as s:
            try:
                resp = self.charter.gateway.chat(request, model=self.model, principal=self.principal, agent=self.agent)
            except InvalidInput:
                raise
            except Exception as exc:  # noqa: BLE001 - a failing model falls back to the deterministic pick
                s.set_attribute("fallback", f"{type(exc).__name__}: {exc}")
                return []
            parsed = resp.parsed if isinstance(resp.parsed, dict) else _json(resp.text)
            nums = parsed.get("sentences", []) if isinstance(parsed, dict) else []
            picked = [cands[n - 1] for n in dict.fromkeys(nums) if isinstance(n, int) and 1 <= n <= len(cands)]
            s.set_outputs({"picked": [cands.index(c) + 1 for c in picked]})
            return picked[:MAX_SENTENCES]


def _clip(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None


def _compose(chosen: list[Candidate]) -> tuple[str, list[Citation]]:
    """Sentences each followed by its footnote number; one citation per cited chunk."""
    numbers: dict[str, int] = {}
    parts: dict[str, list[str]] = {}
    out = []
    for c in chosen:
        cid = c.passage.chunk.chunk_id
        if cid not in numbers:
            numbers[cid] = len(numbers) + 1
            parts[cid] = []
        parts[cid].append(c.text)
        out.append(f"{c.text} [{numbers[cid]}]")
    chunks = {c.passage.chunk.chunk_id: c.passage.chunk for c in chosen}
    cites = [Citation(cid, chunks[cid].doc_id, chunks[cid].heading, " … ".join(parts[cid])) for cid in numbers]
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
