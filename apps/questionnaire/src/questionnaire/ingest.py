"""Ingestion: documents and past questionnaires into the governed chunk store and its indexes.

Usage::

    from charter.runtime import Charter
    from questionnaire.ingest import ingest, ingest_corpus

    charter = Charter.open()
    report = ingest(charter, ["docs/catalog.md", "blog/launch.html"], classification="public")
    report = ingest(charter, ["past/2025-analyst.xlsx"], classification="internal", kind="past_answers")
    report = ingest_corpus(charter)       # README, docs/*.md and the corpus manifest's files
    for item in report.items:             # one line per file: ingested / replaced / unchanged / error
        print(item.path, item.status, item.chunks, item.message)

Documents (Markdown, HTML, PDF, DOCX) become chunks under their heading path; past questionnaires
(XLSX, CSV, or DOCX with a Question/Answer table) become one ``past_answer`` chunk per answered
question (heading = the past question, text = its answer). A ``.xlsx``/``.csv`` file is always read
as a past questionnaire; a ``.docx`` is one when ``kind="past_answers"``.

Re-ingesting a document whose content or classification changed replaces all its chunks in one
transaction; an unchanged one (same content hash) is skipped. One unreadable file (an encrypted
PDF, say) is reported on its item and the others are still ingested.

The corpus manifest (``apps/questionnaire/src/questionnaire/corpus/manifest.json``, optional) looks like::

    {"documents": [{"path": "README.md", "classification": "public"},
                   {"path": "internal/roadmap.md", "classification": "confidential", "doc_id": "roadmap.md"},
                   {"path": "past_answers.csv", "classification": "public", "kind": "past_answers"}]}

A relative path is looked up next to the manifest first, then at the repository root. Without a
manifest, README.md and docs/*.md at the repository root are ingested as public.

The manifest's ``measurement_notes`` name sections that are not ingested: a page's record of how the project
measured itself (round 12)::

    {"measurement_notes": [{"path": "docs/questionnaire.md", "sections": ["Figures", "Evaluation > Benchmark"]}]}

Such a section (matched on its heading path, below the title, and everything under it) is a log of the answerer's
own trials on its own benchmark questions: it quotes their words and says what was tried or not, so a question
sharing those words would be answered from a note about testing the answerer (``No cross-encoder was tried``
read as the product's statement about rerankers). A product fact is stated where the page describes the product.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from charter.errors import CharterError, InvalidInput
from questionnaire import store
from questionnaire.readers import DOCUMENT_SUFFIXES, TABLE_SUFFIXES, read_document, read_rows
from questionnaire.text import sha256
from questionnaire.types import CLASSIFICATIONS, Chunk

PARSER_VERSION = "1"  # part of the content hash: a parser change re-ingests everything
MAX_WORDS = 180       # a chunk is at most about this many words (split at paragraph boundaries)
Kind = Literal["auto", "document", "past_answers"]
CORPUS_DIR = Path(__file__).parent / "corpus"


@dataclass
class IngestItem:
    path: str
    doc_id: str
    status: Literal["ingested", "replaced", "unchanged", "error"]
    chunks: int = 0
    message: str = ""


@dataclass
class IngestReport:
    items: list[IngestItem] = field(default_factory=list)
    indexed: int = 0  # rows in the vector index after the run

    @property
    def errors(self) -> list[IngestItem]:
        return [i for i in self.items if i.status == "error"]

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for i in self.items:
            counts[i.status] = counts.get(i.status, 0) + 1
        parts = [f"{n} {s}" for s, n in counts.items()]
        return f"{len(self.items)} file(s): {', '.join(parts) or 'none'}; {self.indexed} chunk(s) indexed"


def chunk_sections(doc_id: str, title: str, sections: Iterable[tuple[str, str]], classification: str,
                   kind: str = "document") -> list[Chunk]:
    """Sections (heading path, text) into chunks of at most ~MAX_WORDS words, split at paragraphs."""
    out: list[Chunk] = []
    for heading, text in sections:
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        buf: list[str] = []
        size = 0
        for p in paras:
            n = len(p.split())
            if buf and size + n > MAX_WORDS:
                out.append(Chunk(f"{doc_id}#{len(out)}", doc_id, title, heading, "\n\n".join(buf),
                                 classification, kind))  # type: ignore[arg-type]
                buf, size = [], 0
            buf.append(p)
            size += n
        if buf:
            out.append(Chunk(f"{doc_id}#{len(out)}", doc_id, title, heading, "\n\n".join(buf),
                             classification, kind))  # type: ignore[arg-type]
    return out


def _doc_id(path: Path, root: Path | None) -> str:
    p = path.resolve()
    for base in ([root.resolve()] if root else []) + [Path.cwd().resolve()]:
        try:
            return p.relative_to(base).as_posix()
        except ValueError:
            continue
    return p.name


def _is_past_answers(path: Path, kind: Kind) -> bool:
    if kind != "auto":
        return kind == "past_answers"
    return path.suffix.lower() in (".xlsx", ".csv")


def excluded(heading: str, skip: Sequence[str]) -> bool:
    """Whether a section's heading path (``Title > Figures > Round 3``) is at or under one of the ``skip`` paths
    (``Figures``, ``Evaluation > Benchmark``), matched whole heading by whole heading below the title."""
    parts = [h.strip().lower() for h in heading.split(" > ")][1:]
    for want in skip:
        w = [h.strip().lower() for h in want.split(" > ")]
        if w and parts[:len(w)] == w:
            return True
    return False


def chunks_of(path: Path, doc_id: str, classification: str, kind: Kind = "auto",
              skip_sections: Sequence[str] = ()) -> tuple[str, list[Chunk], str]:
    """(title, chunks, document kind) of one file; raises a CharterError for an unreadable one. Sections at or
    under a heading path of ``skip_sections`` (measurement notes, see the module docstring) are left out."""
    if _is_past_answers(path, kind):
        if path.suffix.lower() not in TABLE_SUFFIXES:
            raise InvalidInput(f"{path}: a past questionnaire must be .xlsx, .csv or .docx")
        rows = read_rows(path, need_answer=True)
        chunks = [Chunk(f"{doc_id}#{i}", doc_id, path.stem, r.question, r.answer, classification,  # type: ignore[arg-type]
                        "past_answer")
                  for i, r in enumerate(r for r in rows if r.answer.strip())]
        if not chunks:
            raise InvalidInput(f"{path}: no answered questions found")
        return path.stem, chunks, "past_answers"
    parsed = read_document(path)
    chunks = chunk_sections(doc_id, parsed.title, ((s.heading, s.text) for s in parsed.sections
                                                   if not excluded(s.heading, skip_sections)), classification)
    if not chunks:
        raise InvalidInput(f"{path}: no text found")
    return parsed.title, chunks, "document"


def ingest(charter: Any, paths: Iterable[str | Path], *, classification: str, kind: Kind = "auto",
           source: str = "", root: str | Path | None = None, doc_ids: dict[str, str] | None = None,
           actor: str = "admin", progress: Callable[[IngestItem], None] | None = None,
           refresh: bool = True, setup: bool = True, skip_sections: Sequence[str] = ()) -> IngestReport:
    """Ingest files (directories are walked for supported types) with one classification.

    ``skip_sections``: heading paths whose sections are not ingested (``excluded``); they are part of the
    content hash, so changing them re-ingests the document.

    Each file is its own item: an unreadable one is reported and the rest go on. ``doc_ids`` maps a
    path (as given) to an explicit doc_id; otherwise the id is the path relative to ``root`` (or the
    working directory).
    """
    if classification not in CLASSIFICATIONS:
        raise InvalidInput(f"unknown classification '{classification}'; use one of {', '.join(CLASSIFICATIONS)}")
    if setup:
        store.ensure_setup(charter, actor=actor)
    stored = store.stored_documents(charter)
    report = IngestReport()
    base = Path(root) if root else None
    for given, path in _expand(paths):
        doc_id = (doc_ids or {}).get(given) or _doc_id(path, base)
        item = IngestItem(str(given), doc_id, "error")
        try:
            content = path.read_bytes() if path.is_file() else None
            if content is None:
                raise InvalidInput(f"{given}: no such file")
            parts = [content, classification.encode(), kind.encode(), source.encode(), PARSER_VERSION.encode()]
            if skip_sections:  # (absent from the hash when empty, so no document ingested before is redone)
                parts.append("\n".join(skip_sections).encode())
            digest = sha256(b"|".join(parts))
            old = stored.get(doc_id)
            if old is not None and old.content_hash == digest:
                item.status, item.chunks = "unchanged", old.chunks
            else:
                title, chunks, doc_kind = chunks_of(path, doc_id, classification, kind, skip_sections)
                store.replace_document(charter, doc_id=doc_id, title=title, classification=classification,
                                       kind=doc_kind, source=source, path=str(path), content_hash=digest,
                                       chunks=chunks)
                item.status, item.chunks = ("replaced" if old is not None else "ingested"), len(chunks)
        except CharterError as exc:
            item.message = exc.message
        except OSError as exc:
            item.message = f"{given}: cannot read ({exc.strerror or exc})"
        report.items.append(item)
        if progress is not None:
            progress(item)
    if refresh:
        report.indexed = store.refresh_index(charter)
    return report


def _expand(paths: Iterable[str | Path]) -> list[tuple[str, Path]]:
    out = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in (*DOCUMENT_SUFFIXES, *TABLE_SUFFIXES):
                    out.append((str(f), f))
        else:
            out.append((str(given), p))
    return out


def repo_root() -> Path:
    """The checkout this package runs from (where pyproject.toml is), else the working directory."""
    for parent in Path(__file__).resolve().parents:
        if (parent / "pyproject.toml").is_file() and (parent / "docs").is_dir():
            return parent
    return Path.cwd()


@dataclass(frozen=True)
class CorpusEntry:
    path: Path
    classification: str
    kind: Kind
    doc_id: str
    skip_sections: tuple[str, ...] = ()   # measurement notes left out (the manifest's ``measurement_notes``)


def corpus_entries(manifest: str | Path | None = None, root: str | Path | None = None) -> list[CorpusEntry]:
    """The files of the reference corpus, from the manifest when there is one (see module docstring)."""
    root_p = Path(root) if root else repo_root()
    mpath = Path(manifest) if manifest else CORPUS_DIR / "manifest.json"
    if not mpath.is_file():
        files = [root_p / "README.md", *sorted((root_p / "docs").glob("*.md"))]
        return [CorpusEntry(f, "public", "document", f.relative_to(root_p).as_posix()) for f in files if f.is_file()]
    try:
        raw = json.loads(mpath.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"cannot read the corpus manifest {mpath}: {exc}") from None
    entries = raw.get("documents", raw.get("files", [])) if isinstance(raw, dict) else raw
    if isinstance(raw, dict):
        entries = [*entries, *[{**e, "kind": "past_answers"} if isinstance(e, dict) else
                               {"path": e, "kind": "past_answers"} for e in raw.get("past_answers", [])]]
    notes = _measurement_notes(raw, mpath, root_p)
    out = []
    for e in entries:
        if isinstance(e, str):
            e = {"path": e}
        if not isinstance(e, dict) or not e.get("path"):
            raise InvalidInput(f"{mpath}: each entry needs a 'path' (got {str(e)[:80]})")
        rel = str(e["path"])
        found = next((c for c in (mpath.parent / rel, root_p / rel) if c.exists()), root_p / rel)
        targets = sorted(found.parent.glob(found.name)) if any(ch in rel for ch in "*?[") else [found]
        if any(ch in rel for ch in "*?[") and not targets:
            targets = sorted(root_p.glob(rel))
        if not targets:
            raise InvalidInput(f"{mpath}: no file matches '{rel}'")
        for t in targets:
            doc_id = e.get("doc_id") if len(targets) == 1 and e.get("doc_id") else _corpus_id(t, mpath.parent, root_p)
            out.append(CorpusEntry(t, e.get("classification", "public"), e.get("kind", "auto"), doc_id,
                                   notes.get(t.resolve(), ())))
    return out


def _measurement_notes(raw: Any, mpath: Path, root: Path) -> dict[Path, tuple[str, ...]]:
    """The manifest's ``measurement_notes``: resolved file -> heading paths not to ingest."""
    out: dict[Path, tuple[str, ...]] = {}
    for n in (raw.get("measurement_notes", []) if isinstance(raw, dict) else []):
        if not isinstance(n, dict) or not n.get("path") or not isinstance(n.get("sections"), list):
            raise InvalidInput(f"{mpath}: each measurement note needs a 'path' and a list of 'sections' "
                               f"(got {str(n)[:80]})")
        rel = str(n["path"])
        found = next((c for c in (mpath.parent / rel, root / rel) if c.exists()), None)
        if found is None:
            raise InvalidInput(f"{mpath}: no file matches the measurement note '{rel}'")
        out[found.resolve()] = tuple(str(h) for h in n["sections"])
    return out


def _corpus_id(path: Path, corpus: Path, root: Path) -> str:
    for base in (root, corpus):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.name


def ingest_corpus(charter: Any, manifest: str | Path | None = None, *, root: str | Path | None = None,
                  actor: str = "admin", progress: Callable[[IngestItem], None] | None = None,
                  demo_principals: bool = True,
                  index_progress: Callable[[int, int], None] | None = None) -> IngestReport:
    """Ingest the reference corpus (and create the demo principals unless told not to). ``index_progress``
    gets (chunks embedded or reused, chunks to embed) after each batch the vector index saved."""
    store.ensure_setup(charter, actor=actor)
    if demo_principals:
        store.add_demo_principals(charter, actor=actor)
    report = IngestReport()
    for e in corpus_entries(manifest, root):
        part = ingest(charter, [e.path], classification=e.classification, kind=e.kind, source="corpus",
                      doc_ids={str(e.path): e.doc_id}, actor=actor, progress=progress, refresh=False, setup=False,
                      skip_sections=e.skip_sections)
        report.items += part.items
    report.indexed = store.refresh_index(charter, progress=index_progress)
    return report
