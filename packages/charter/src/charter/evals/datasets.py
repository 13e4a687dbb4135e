"""Golden sets: items with inputs, expectations, a split and tags, versioned by content hash.

A row in JSON Lines or CSV is either nested (``{"inputs": {...}, "expectations": {...}}``) or
flat (``{"id": .., "question": .., "query": .., "tags": [..]}``); for flat rows the fields named
in ``expect`` are expectations and the rest are inputs. Reserved fields: ``id``, ``split``,
``tags``, ``principal`` (who asks; the run uses it), ``metadata``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select

from charter.errors import InvalidInput, NotFound, did_you_mean
from charter.store import Store

RESERVED = ("id", "split", "tags", "principal", "metadata", "inputs", "expectations")
MAX_DEPTH = 32  # lists and objects in a golden row nest at most this deep
SPLITS = ("dev", "test")


class Item(BaseModel):
    """One golden case."""

    id: str
    inputs: dict[str, Any]
    expectations: dict[str, Any] = Field(default_factory=dict)
    split: str | None = None
    tags: list[str] = Field(default_factory=list)
    principal: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)

    def input_key(self) -> str:
        """sha256 of the canonical inputs (and principal): half of the run cache key."""
        blob = json.dumps({"inputs": self.inputs, "principal": self.principal}, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()


class Dataset(BaseModel):
    """A named, content-hashed list of items."""

    name: str
    items: list[Item]
    version: str = ""
    source: str = ""

    def model_post_init(self, _ctx: Any) -> None:
        if not self.version:
            self.version = content_hash(self.items)

    def split(self, name: str | None) -> Dataset:
        """The items of one split (None: all)."""
        if name is None:
            return self
        found = [i for i in self.items if i.split == name]
        if not found:
            have = sorted({i.split for i in self.items if i.split})
            raise NotFound(f"dataset '{self.name}' has no items in split '{name}' (splits: {have or 'none'})")
        return Dataset(name=self.name, items=found, version=self.version, source=self.source)

    def tags(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for i in self.items:
            for t in i.tags:
                counts[t] = counts.get(t, 0) + 1
        return dict(sorted(counts.items()))

    def splits(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for i in self.items:
            counts[i.split or "-"] = counts.get(i.split or "-", 0) + 1
        return dict(sorted(counts.items()))


def content_hash(items: Sequence[Item]) -> str:
    """sha256 over the canonical JSON of the items, in order: the dataset's version."""
    h = hashlib.sha256()
    for it in items:
        h.update(json.dumps(it.model_dump(mode="json"), sort_keys=True, default=str).encode())
        h.update(b"\n")
    return h.hexdigest()


def item_from_row(row: dict[str, Any], *, position: int, expect: Sequence[str] = (), split: str | None = None,
                  where: str = "row") -> Item:
    """An item from one parsed row (nested or flat)."""
    if not isinstance(row, dict):
        raise InvalidInput(f"{where}: a golden case must be an object, got {type(row).__name__}")
    tags = row.get("tags") or []
    if isinstance(tags, str):  # CSV: "a;b" or "a,b"
        tags = [t.strip() for t in tags.replace(";", ",").split(",") if t.strip()]
    if "inputs" in row:
        inputs, expectations = row["inputs"], row.get("expectations") or {}
        if not isinstance(inputs, dict) or not isinstance(expectations, dict):
            raise InvalidInput(f"{where}: 'inputs' and 'expectations' must be objects")
    else:
        expectations = {k: row[k] for k in expect if k in row}
        inputs = {k: v for k, v in row.items() if k not in RESERVED and k not in expect}
        if not inputs:
            raise InvalidInput(f"{where}: no input fields (every field is reserved or an expectation)")
    return Item(id=str(row.get("id") or f"item{position:05d}"), inputs=inputs, expectations=expectations,
                split=row.get("split") or split, tags=[str(t) for t in tags], principal=row.get("principal") or None,
                metadata=row.get("metadata") or {})


def load_file(path: str | Path, *, name: str | None = None, expect: Sequence[str] = (), split: str | None = None) -> Dataset:
    """A dataset from a ``.jsonl`` or ``.csv`` file (see the module docstring for the row shapes)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise NotFound(f"cannot read golden set {p}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InvalidInput(f"{p}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                           "save the golden set as UTF-8") from None
    rows: list[tuple[int, Any]] = []
    if p.suffix.lower() == ".csv":
        # strict: an unterminated quote or a stray one is an error, not a field that swallows the rest
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        start = 2  # where the record being read starts (line 1 is the header)
        try:
            for r in reader:
                rows.append((start, {k: _csv_value(v) for k, v in r.items() if k is not None}))
                if _depth(rows[-1][1]) > MAX_DEPTH:
                    raise InvalidInput(f"{p}:{start}: nested more than {MAX_DEPTH} levels deep")
                start = reader.line_num + 1
        except csv.Error as exc:
            why = "a quoted field is never closed" if "unexpected end of data" in str(exc) else str(exc)
            raise InvalidInput(f"{p}:{start}: not valid CSV: {why}") from None
        except RecursionError:
            raise InvalidInput(f"{p}:{start}: nested more than {MAX_DEPTH} levels deep") from None
    else:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"{p}:{n}: not valid JSON: {exc.msg}") from None
            except RecursionError:
                raise InvalidInput(f"{p}:{n}: nested more than {MAX_DEPTH} levels deep") from None
            if _depth(rows[-1][1]) > MAX_DEPTH:
                raise InvalidInput(f"{p}:{n}: nested more than {MAX_DEPTH} levels deep")
    items = [item_from_row(r, position=i, expect=expect, split=split, where=f"{p}:{n}") for i, (n, r) in enumerate(rows)]
    _check_unique(items, str(p))
    return Dataset(name=name or p.stem, items=items, source=str(p))


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in a parsed value (iterative: a deep value cannot overflow it)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        v, d = todo.pop()
        if isinstance(v, dict | list):
            deepest = max(deepest, d)
            if d <= MAX_DEPTH:  # deeper than the limit is enough to know
                todo.extend((c, d + 1) for c in (v.values() if isinstance(v, dict) else v))
    return deepest


def _csv_value(v: str | None) -> Any:
    if v is None or v == "":
        return None
    if v[:1] in "[{" or v in ("true", "false", "null"):
        try:
            return json.loads(v)
        except json.JSONDecodeError:
            return v
    return v


def _check_unique(items: Sequence[Item], where: str) -> None:
    seen: set[str] = set()
    for it in items:
        if it.id in seen:
            raise InvalidInput(f"{where}: item id '{it.id}' appears twice")
        seen.add(it.id)


def from_traces(traces: Iterable[Any], *, name: str, expect_from_outputs: bool = True,
                split: str | None = None, tags: Sequence[str] = ()) -> Dataset:
    """A dataset from stored traces: the root's inputs, and its outputs as expectations to review."""
    items = []
    for t in traces:
        inputs = t.inputs if isinstance(t.inputs, dict) else {"input": t.inputs}
        outputs = t.outputs if isinstance(t.outputs, dict) else {"output": t.outputs}
        items.append(Item(id=t.trace_id[:16], inputs=inputs, expectations=outputs if expect_from_outputs else {},
                          split=split, tags=list(tags), principal=t.principal,
                          metadata={"trace_id": t.trace_id, "agent": t.agent}))
    if not items:
        raise InvalidInput(f"no traces to build dataset '{name}' from")
    return Dataset(name=name, items=items, source="traces")


def to_jsonl(dataset: Dataset) -> str:
    """The dataset as nested JSON Lines (round-trips through ``load_file``)."""
    return "".join(json.dumps(i.model_dump(mode="json", exclude_none=True), ensure_ascii=False) + "\n"
                   for i in dataset.items)


def to_csv(dataset: Dataset) -> str:
    """The dataset as flat CSV: inputs and expectations as columns, tags joined by ';'."""
    in_keys = sorted({k for i in dataset.items for k in i.inputs})
    ex_keys = sorted({k for i in dataset.items for k in i.expectations} - set(in_keys))
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "split", "tags", "principal", *in_keys, *ex_keys])
    for i in dataset.items:
        cells = [i.id, i.split or "", ";".join(i.tags), i.principal or ""]
        for k in in_keys:
            cells.append(_csv_cell(i.inputs.get(k)))
        for k in ex_keys:
            cells.append(_csv_cell(i.expectations.get(k)))
        w.writerow(cells)
    return buf.getvalue()


def _csv_cell(v: Any) -> str:
    if v is None:
        return ""
    return v if isinstance(v, str) else json.dumps(v)


class DatasetVersion(BaseModel):
    name: str
    version: str
    item_count: int
    source: str
    created_by: str
    note: str
    created_at: Any


class Datasets:
    """Golden sets in the metadata store: every distinct content is a version; latest wins by default."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, dataset: Dataset, *, actor: str = "admin", note: str = "") -> DatasetVersion:
        """Store a dataset version (idempotent: the same content is the same version)."""
        from charter.evals.tables import DatasetItemRow, DatasetRow

        with self.store.session() as s:
            row = s.scalars(select(DatasetRow).where(DatasetRow.name == dataset.name,
                                                     DatasetRow.version == dataset.version)).first()
            if row is None:
                row = DatasetRow(name=dataset.name, version=dataset.version, source=dataset.source,
                                 created_by=actor, note=note, item_count=len(dataset.items))
                s.add(row)
                s.flush()
                s.add_all(DatasetItemRow(dataset_id=row.id, position=n, item_id=it.id, split=it.split,
                                         body=json.dumps(it.model_dump(mode="json"), default=str))
                          for n, it in enumerate(dataset.items))
            return _version(row)

    def versions(self, name: str | None = None) -> list[DatasetVersion]:
        """Stored versions, newest first."""
        from charter.evals.tables import DatasetRow

        q = select(DatasetRow).order_by(DatasetRow.id.desc())
        if name:
            q = q.where(DatasetRow.name == name)
        with self.store.session() as s:
            return [_version(r) for r in s.scalars(q).all()]

    def names(self) -> list[str]:
        return sorted({v.name for v in self.versions()})

    def get(self, ref: str, *, version: str | None = None) -> Dataset:
        """A dataset by ``NAME[@version][:split]`` (latest version, all splits by default)."""
        from charter.evals.tables import DatasetItemRow, DatasetRow

        name, ref_version, split = parse_ref(ref)
        version = version or ref_version
        with self.store.session() as s:
            q = select(DatasetRow).where(DatasetRow.name == name).order_by(DatasetRow.id.desc())
            rows = s.scalars(q).all()
            if not rows:
                names = sorted(set(s.scalars(select(DatasetRow.name))))
                raise NotFound(f"no dataset '{name}'{did_you_mean(name, names)}; "
                               "`charter dataset add NAME FILE` stores one")
            if version:
                rows = [r for r in rows if r.version.startswith(version)]
                if len(rows) != 1:
                    raise NotFound(f"version '{version}' of dataset '{name}' is {'ambiguous' if rows else 'unknown'}")
            row = rows[0]
            items = [Item.model_validate_json(b) for b in s.scalars(
                select(DatasetItemRow.body).where(DatasetItemRow.dataset_id == row.id).order_by(DatasetItemRow.position))]
        return Dataset(name=name, items=items, version=row.version, source=row.source).split(split)

    def correct(self, name: str, item_id: str, *, author: str, expectations: dict[str, Any] | None = None,
                tags: list[str] | None = None, reason: str = "", trace_id: str | None = None) -> DatasetVersion:
        """A domain expert's correction: a new version with one item changed, and who, why, from which trace."""
        from charter.evals.tables import CorrectionRow

        current = self.get(name)
        idx = next((n for n, i in enumerate(current.items) if i.id == item_id), None)
        if idx is None:
            raise NotFound(f"dataset '{name}' has no item '{item_id}'"
                           f"{did_you_mean(item_id, [i.id for i in current.items])}")
        before = current.items[idx]
        after = before.model_copy(update={k: v for k, v in
                                          (("expectations", expectations), ("tags", tags)) if v is not None})
        items = list(current.items)
        items[idx] = after
        new = Dataset(name=name, items=items, source=current.source)
        version = self.add(new, actor=author, note=f"correction of {item_id}: {reason}".strip())
        with self.store.session() as s:
            s.add(CorrectionRow(dataset=name, item_id=item_id, from_version=current.version, to_version=new.version,
                                before=before.model_dump_json(), after=after.model_dump_json(), author=author,
                                reason=reason, trace_id=trace_id))
        return version

    def corrections(self, name: str) -> list[dict[str, Any]]:
        """Every correction of a dataset, oldest first, with its provenance."""
        from charter.evals.tables import CorrectionRow

        with self.store.session() as s:
            rows = s.scalars(select(CorrectionRow).where(CorrectionRow.dataset == name).order_by(CorrectionRow.id)).all()
            return [{"item_id": r.item_id, "from_version": r.from_version, "to_version": r.to_version,
                     "before": json.loads(r.before), "after": json.loads(r.after), "author": r.author,
                     "reason": r.reason, "trace_id": r.trace_id, "created_at": r.created_at} for r in rows]


def parse_ref(ref: str) -> tuple[str, str | None, str | None]:
    """``NAME[@version][:split]`` -> (name, version, split)."""
    split = None
    if ":" in ref:
        ref, split = ref.rsplit(":", 1)
    version = None
    if "@" in ref:
        ref, version = ref.split("@", 1)
    if not ref:
        raise InvalidInput("a dataset reference needs a name: NAME[@version][:split]")
    return ref, version, split or None


def _version(r: Any) -> DatasetVersion:
    return DatasetVersion(name=r.name, version=r.version, item_count=r.item_count, source=r.source,
                          created_by=r.created_by, note=r.note, created_at=r.created_at)
