"""The golden questionnaire: questions about Charter with reference answers, split dev / test.

``dev.jsonl`` is for tuning, ``test.jsonl`` for the figures reported; one ``GoldenItem`` per line
(``id``, ``question``, ``reference``, ``sources``, ``split``). ``sources`` are doc ids of the
reference corpus (``questionnaire/corpus/manifest.json``): ``README.md``, ``docs/<page>.md``,
``corpus/finql-spec.md``. Every reference was checked against the docs and the code.

    from questionnaire import golden
    items = golden.load("dev")                 # list[GoldenItem]
    ds = golden.dataset("test")                # a charter.evals Dataset (inputs.question, expectations.reference)

``heldout.jsonl`` is the held-out questionnaire: questions phrased unlike the docs (paraphrases,
acronyms spelled out), each answerable one with the ``key`` fact (a case-insensitive regular
expression) that a cited passage must hold, and questions nothing in the corpus answers
(``answerable: false``). It was written and committed before any tuning and is only reported
on, never tuned on (``golden.keyed("heldout")``). ``heldout2.jsonl`` is a second held-out set of the same
form, written from outside by someone who never read the answerer's code (24 questions: 20 answerable
from README.md and docs/, 4 about the company that nothing answers); it too is only reported on. ``heldout3.jsonl``
is a third of the same form and size, by another outsider (heldout3-notes.md), ``heldout4.jsonl`` a fourth
(heldout4-notes.md) and ``heldout5.jsonl`` a fifth (heldout5-notes.md); all three only reported on.
``tune.jsonl`` and ``tune2.jsonl`` have the same form and are the ones to tune retrieval, support checking and the confidence calibration on (with ``dev.jsonl``);
``tune2`` was written in round 2 of issue 22 (analyst register, synonyms, spelled-out acronyms, and
questions about the company itself that no document answers).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charter.errors import InvalidInput
from questionnaire.types import GoldenItem

GOLDEN_DIR = Path(__file__).parent
SPLITS = ("dev", "test")
DATASET = "questionnaire-golden"
_FIELDS = {"id", "question", "reference", "sources", "split"}


def path(split: str) -> Path:
    """The JSON Lines file of one split."""
    if split not in SPLITS:
        raise InvalidInput(f"unknown golden split '{split}'; use one of {', '.join(SPLITS)}")
    return GOLDEN_DIR / f"{split}.jsonl"


def _item(row: Any, where: str, split: str) -> GoldenItem:
    if not isinstance(row, dict):
        raise InvalidInput(f"{where}: a golden item must be a JSON object")
    unknown = set(row) - _FIELDS
    missing = {"id", "question", "reference"} - set(row)
    if unknown or missing:
        raise InvalidInput(f"{where}: " + "; ".join(
            ([f"unknown field(s) {sorted(unknown)}"] if unknown else []) +
            ([f"missing field(s) {sorted(missing)}"] if missing else [])))
    if row.get("split", split) != split:
        raise InvalidInput(f"{where}: item '{row['id']}' says split '{row['split']}' but is in the {split} file")
    sources = row.get("sources") or []
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise InvalidInput(f"{where}: 'sources' must be a list of doc ids")
    return GoldenItem(id=str(row["id"]), question=str(row["question"]), reference=str(row["reference"]),
                      sources=tuple(sources), split=split)  # type: ignore[arg-type]


def _rows(p: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed row) of each non-blank line of a JSONL file; bad JSON named by file:line."""
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"{p}:{n}: not valid JSON: {exc.msg}") from None


def load(split: str | None = None) -> list[GoldenItem]:
    """The golden items of one split (``dev`` or ``test``), or of both in that order."""
    out: list[GoldenItem] = []
    for name in ([split] if split else SPLITS):
        p = path(name)
        for n, row in _rows(p):
            out.append(_item(row, f"{p}:{n}", name))
    seen: set[str] = set()
    for it in out:
        if it.id in seen:
            raise InvalidInput(f"golden item id '{it.id}' appears twice")
        seen.add(it.id)
    return out


@dataclass(frozen=True)
class KeyedItem:
    """A question with the key fact a correct answer's citations must hold (or none: unanswerable)."""

    id: str
    question: str
    answerable: bool
    key: str | None               # a case-insensitive regular expression over the cited passages
    reference: str = ""
    sources: tuple[str, ...] = ()

    def holds_key(self, text: str) -> bool:
        """Whether ``text`` (cited passages) holds this item's key fact."""
        return self.key is not None and re.search(self.key, text, re.I) is not None

    def relevant(self, doc_id: str, text: str) -> bool:
        """Whether a passage answers this item: it holds the key fact, or (an item with no key, from the
        golden dev/test splits) it is from one of the reference's source documents."""
        if self.key is not None:
            return self.holds_key(text)
        return self.answerable and doc_id in self.sources


KEYED = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "heldout", "heldout2", "heldout3", "heldout4",
         "heldout5")
HELDOUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5")  # reported on, never tuned or calibrated on
_KEYED_FIELDS = {"id", "question", "answerable", "key", "reference", "sources"}


def keyed(name: str) -> list[KeyedItem]:
    """The items of a key-fact questionnaire (one of ``KEYED``) in file order."""
    if name not in KEYED:
        raise InvalidInput(f"unknown key-fact questionnaire '{name}'; use one of {', '.join(KEYED)}")
    p = GOLDEN_DIR / f"{name}.jsonl"
    out = []
    for n, row in _rows(p):
        if not isinstance(row, dict) or set(row) - _KEYED_FIELDS or {"id", "question", "answerable"} - set(row):
            raise InvalidInput(f"{p}:{n}: a key-fact item has the fields {sorted(_KEYED_FIELDS)} "
                               "(id, question and answerable required)")
        if bool(row["answerable"]) != bool(row.get("key")):
            raise InvalidInput(f"{p}:{n}: an answerable item needs a 'key', an unanswerable one has none")
        if row.get("key"):
            re.compile(row["key"])
        out.append(KeyedItem(str(row["id"]), str(row["question"]), bool(row["answerable"]), row.get("key"),
                             str(row.get("reference", "")), tuple(row.get("sources") or ())))
    return out


def as_keyed(split: str) -> list[KeyedItem]:
    """A golden split (``dev``/``test``) or key-fact questionnaire (``tune``/``heldout``) as KeyedItems; a golden
    item has no key, so an answer to it counts as right when it cites one of the reference's sources."""
    if split in KEYED:
        return keyed(split)
    return [KeyedItem(g.id, g.question, True, None, g.reference, g.sources) for g in load(split)]


def area(item: GoldenItem) -> str:
    """The item's area (its id prefix: ``cat``, ``data``, ``models``, ...), used as its tag."""
    return item.id.split("-", 1)[0]


def dataset(split: str | None = None, *, name: str = DATASET, principal: str | None = None) -> Any:
    """The golden items as a ``charter.evals`` Dataset: inputs ``qid``/``question``, expectations
    ``reference``/``sources``, tagged by area (so a run reports accuracy by area)."""
    from charter.evals import Dataset, Item

    items = [Item(id=g.id, inputs={"qid": g.id, "question": g.question},
                  expectations={"reference": g.reference, "sources": list(g.sources)},
                  split=g.split, tags=[area(g)], principal=principal)
             for g in load(split)]
    return Dataset(name=name, items=items, source=str(GOLDEN_DIR))
