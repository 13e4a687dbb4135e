"""Ingestion: parsing with headings kept, replacement on change, skipping when unchanged, bad files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from charter.runtime import Charter
from questionnaire import store
from questionnaire.ingest import chunk_sections, ingest
from questionnaire.readers import read_document, read_markdown
from questionnaire.retrieve import Retriever


def _chunk_rows(charter: Charter, doc_id: str) -> list[tuple[str, str, str]]:
    con = store.connect(store.store_path(charter))
    try:
        return con.execute("SELECT chunk_id, heading, text FROM chunks WHERE doc_id = ? ORDER BY position",
                           (doc_id,)).fetchall()
    finally:
        con.close()


def test_markdown_heading_path_skips_code_fences() -> None:
    doc = read_markdown("# Title\n\nintro\n\n## A\n\ntext a\n\n```\n# not a heading\n```\n\n### B\n\ntext b\n\n"
                        "## C\n\ntext c\n", "fallback")
    assert doc.title == "Title"
    assert [s.heading for s in doc.sections] == ["Title", "Title > A", "Title > A > B", "Title > C"]
    assert "# not a heading" in doc.sections[1].text


def test_html_and_docx_keep_headings(tmp_path: Path) -> None:
    html = tmp_path / "post.html"
    html.write_text("<html><head><title>Blog</title><script>x()</script></head><body><h1>Launch</h1>"
                    "<p>We launched.</p><h2>Pricing</h2><p>It is free.</p></body></html>")
    doc = read_document(html)
    assert doc.title == "Blog"
    assert [(s.heading, s.text) for s in doc.sections] == [("Launch", "We launched."),
                                                           ("Launch > Pricing", "It is free.")]
    import docx

    d = docx.Document()
    d.add_heading("Security", level=1)
    d.add_paragraph("We encrypt data at rest.")
    d.add_heading("Keys", level=2)
    d.add_paragraph("Keys rotate every 90 days.")
    d.save(str(tmp_path / "sec.docx"))
    parsed = read_document(tmp_path / "sec.docx")
    assert [(s.heading, s.text) for s in parsed.sections] == [("Security", "We encrypt data at rest."),
                                                              ("Security > Keys", "Keys rotate every 90 days.")]


def test_long_sections_split_at_paragraphs() -> None:
    para = " ".join(["word"] * 100)
    chunks = chunk_sections("d.md", "T", [("T > S", "\n\n".join([para] * 5))], "public")
    assert len(chunks) == 5 and all(c.heading == "T > S" for c in chunks)
    assert [c.chunk_id for c in chunks] == [f"d.md#{i}" for i in range(5)]


def test_reingest_replaces_changed_document_and_skips_unchanged(fresh_charter: Charter, tmp_path: Path) -> None:
    doc = tmp_path / "faq.md"
    doc.write_text("# FAQ\n\n## Backups\n\nBackups run nightly at 02:00.\n\n## Regions\n\nWe host in Frankfurt.\n")
    first = ingest(fresh_charter, [doc], classification="public", root=tmp_path)
    assert [(i.status, i.chunks) for i in first.items] == [("ingested", 2)]
    assert first.indexed == 2
    again = ingest(fresh_charter, [doc], classification="public", root=tmp_path)
    assert [i.status for i in again.items] == ["unchanged"]

    doc.write_text("# FAQ\n\n## Backups\n\nBackups run hourly with point-in-time recovery.\n")
    changed = ingest(fresh_charter, [doc], classification="public", root=tmp_path)
    assert [(i.status, i.chunks) for i in changed.items] == [("replaced", 1)]
    rows = _chunk_rows(fresh_charter, "faq.md")
    assert [(h, t) for _c, h, t in rows] == [("FAQ > Backups", "Backups run hourly with point-in-time recovery.")]
    assert changed.indexed == 1  # the vector index dropped the gone chunk
    store.add_user(fresh_charter, "reader")
    hits = Retriever(fresh_charter, "reader").search("Frankfurt regions nightly", 5)
    assert all("Frankfurt" not in p.chunk.text and "nightly" not in p.chunk.text for p in hits)

    # A classification change alone is a change too: the chunks now carry the new label.
    ingest(fresh_charter, [doc], classification="confidential", root=tmp_path)
    assert Retriever(fresh_charter, "reader").search("backups hourly recovery", 5) == []


def test_failed_replacement_leaves_the_old_chunks(fresh_charter: Charter, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("# A\n\nfirst version of the text\n")
    ingest(fresh_charter, [doc], classification="public", root=tmp_path)
    doc.write_text("# A\n\nsecond version of the text\n")
    from questionnaire import ingest as ingest_mod
    from questionnaire.types import Chunk

    bad = [Chunk("a.md#0", "a.md", "A", "A", "x", "public"), Chunk("a.md#0", "a.md", "A", "A", "dup", "public")]
    monkeypatch.setattr(ingest_mod, "chunks_of", lambda *a, **k: ("A", bad, "document"))
    with pytest.raises(Exception, match="UNIQUE"):
        ingest(fresh_charter, [doc], classification="public", root=tmp_path)
    assert [t for _c, _h, t in _chunk_rows(fresh_charter, "a.md")] == ["first version of the text"]


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())


def test_encrypted_and_corrupt_pdfs_are_reported_per_item(fresh_charter: Charter, tmp_path: Path) -> None:
    _encrypted_pdf(tmp_path / "locked.pdf")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tmp_path / "ok.md").write_text("# Ok\n\nThis one is fine and readable.\n")
    report = ingest(fresh_charter, [tmp_path / "locked.pdf", tmp_path / "broken.pdf", tmp_path / "ok.md"],
                    classification="public", root=tmp_path)
    by = {i.doc_id: i for i in report.items}
    assert by["locked.pdf"].status == "error" and "encrypted" in by["locked.pdf"].message
    assert by["broken.pdf"].status == "error" and "broken.pdf" in by["broken.pdf"].message
    assert by["ok.md"].status == "ingested" and by["ok.md"].chunks == 1
    assert report.indexed == 1


def test_unknown_classification_is_refused(fresh_charter: Charter, tmp_path: Path) -> None:
    from charter.errors import InvalidInput

    with pytest.raises(InvalidInput, match="public, internal, confidential"):
        ingest(fresh_charter, [tmp_path / "x.md"], classification="secret")


def test_past_questionnaire_rows_become_past_answer_chunks(fresh_charter: Charter, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Ref", "Category", "Question", "Response"])
    ws.append([1, "Security", "Is data encrypted at rest?", "Yes, with AES-256."])
    ws.append([2, None, "Is there an SLA?", None])  # unanswered: not a past answer
    wb.save(str(tmp_path / "rfp2025.xlsx"))
    report = ingest(fresh_charter, [tmp_path / "rfp2025.xlsx"], classification="internal", root=tmp_path)
    assert [(i.status, i.chunks) for i in report.items] == [("ingested", 1)]
    assert _chunk_rows(fresh_charter, "rfp2025.xlsx") == [("rfp2025.xlsx#0", "Is data encrypted at rest?",
                                                          "Yes, with AES-256.")]


def test_measurement_notes_of_the_manifest_are_not_ingested(fresh_charter: Charter, tmp_path: Path) -> None:
    """Round 12: a page's record of how the project measured itself (the manifest's ``measurement_notes``) is no
    source: a question sharing its words is not answered from a note about testing the answerer."""
    import json

    from questionnaire.ingest import corpus_entries, ingest_corpus

    (tmp_path / "guide.md").write_text(
        "# Guide\n\nintro\n\n## Setup\n\nRun the installer.\n\n## Figures\n\nNo quantum reranker was tried.\n\n"
        "### Round 2\n\nThe quantum figures were measured.\n\n## Evaluation\n\nGolden sets.\n\n### Benchmark\n\n"
        "The quantum benchmark ran.\n\n### Scorers\n\nA citation scorer.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    notes = {"path": "guide.md", "sections": ["Figures", "Evaluation > Benchmark"]}
    manifest.write_text(json.dumps({"documents": [{"path": "guide.md", "classification": "public"}],
                                    "measurement_notes": [notes]}), encoding="utf-8")
    [entry] = corpus_entries(manifest, root=tmp_path)
    assert entry.skip_sections == ("Figures", "Evaluation > Benchmark")
    ingest_corpus(fresh_charter, manifest, root=tmp_path, demo_principals=False)
    rows = _chunk_rows(fresh_charter, "guide.md")
    assert [h for _c, h, _t in rows] == ["Guide", "Guide > Setup", "Guide > Evaluation", "Guide > Evaluation > Scorers"]
    assert not any("quantum" in t for _c, _h, t in rows)
    # The list is part of the content hash: without it the notes come back on the next ingest.
    manifest.write_text(json.dumps({"documents": [{"path": "guide.md", "classification": "public"}]}),
                        encoding="utf-8")
    report = ingest_corpus(fresh_charter, manifest, root=tmp_path, demo_principals=False)
    assert [i.status for i in report.items] == ["replaced"]
    assert sum("quantum" in t for _c, _h, t in _chunk_rows(fresh_charter, "guide.md")) == 3
