"""`questionnaire` on files it has never seen, and its one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import write_corpus

from questionnaire.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    (home / "charter.toml").write_text('[embeddings]\nprovider = "hashing"\n')
    monkeypatch.setenv("CHARTER_HOME", str(home))
    monkeypatch.delenv("CHARTER_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return home


def test_ingest_then_answer_an_unseen_xlsx_and_docx(cli_home: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import docx
    import openpyxl

    corpus = write_corpus(tmp_path / "corpus")
    code, out, _ = run(["ingest", str(corpus / "guide.md"), "--classification", "public"], capsys)
    assert code == 0 and "ingested" in out and "corpus/guide.md" in out
    code, out, _ = run(["ingest", str(corpus / "nightjar.md"), "-c", "confidential"], capsys)
    assert code == 0
    assert run(["add-user", "ana", "--clearance", "public"], capsys)[0] == 0
    assert run(["add-user", "lead", "--clearance", "confidential"], capsys)[0] == 0

    wb = openpyxl.Workbook()
    wb.active.append(["Q#", "Question"])
    wb.active.append(["1", "Which databases can Acme connect to as data sources?"])
    wb.active.append(["2", "When does the Nightjar ledger launch?"])
    wb.save(str(tmp_path / "analyst.xlsx"))
    code, out, err = run(["answer", str(tmp_path / "analyst.xlsx"), "--as", "ana", "--out", str(tmp_path / "r.docx"),
                          "--md", str(tmp_path / "r.md")], capsys)
    assert code == 0, err
    assert "2 questions: 1 answered, 0 reused, 1 for review" in " ".join(out.split())
    md = (tmp_path / "r.md").read_text()
    assert "corpus/guide.md › Acme Platform Guide › Data sources" in md
    assert "2027" not in md
    assert (tmp_path / "r.docx").stat().st_size > 0

    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "No", "Question"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "1", "When does the Nightjar ledger launch?"
    d.save(str(tmp_path / "short.docx"))
    code, out, err = run(["answer", str(tmp_path / "short.docx"), "--as", "lead", "--out", str(tmp_path / "s.md")],
                         capsys)
    assert code == 0, err
    assert "March 2027" in (tmp_path / "s.md").read_text()


def test_cli_errors_are_one_line(cli_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=100, height=100)
    w.encrypt(user_password="pw")
    with (tmp_path / "locked.pdf").open("wb") as f:
        w.write(f)
    (tmp_path / "fine.md").write_text("# Fine\n\nA readable document about backups.\n")
    code, out, err = run(["ingest", "locked.pdf", "fine.md", "-c", "public"], capsys)
    assert code == 1
    assert "encrypted" in err and "Traceback" not in err
    assert "ingested   fine.md" in out

    (tmp_path / "people.csv").write_text("Name,Value\nx,1\n")
    code, _out, err = run(["answer", "people.csv", "--as", "external-analyst", "--out", "r.docx"], capsys)
    assert code != 0 and "Traceback" not in err
    assert "no question column" in err and "'Name', 'Value'" in " ".join(err.split())
    assert not (tmp_path / "r.docx").exists()

    (tmp_path / "q.csv").write_text("Question\nDo you back up data?\n")
    code, _out, err = run(["answer", "q.csv", "--as", "nobody", "--out", "r.docx"], capsys)
    assert code != 0 and "unknown principal 'nobody'" in err


def test_remove_and_list_documents(cli_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    (tmp_path / "a.md").write_text("# A\n\nSome text about backups.\n")
    assert run(["ingest", "a.md", "-c", "internal", "--source", "wiki"], capsys)[0] == 0
    code, out, _ = run(["documents"], capsys)
    docs = json.loads(out)
    assert [(d["doc_id"], d["classification"], d["source"], d["chunks"]) for d in docs] == [("a.md", "internal",
                                                                                            "wiki", 1)]
    assert run(["remove", "a.md"], capsys)[0] == 0
    assert json.loads(run(["documents"], capsys)[1]) == []
    code, _out, err = run(["remove", "a.md"], capsys)
    assert code != 0 and "no ingested document 'a.md'" in err


def test_evaluate_prints_recall_per_step_and_the_drafting_modes(cli_home: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    assert run(["ingest", str(corpus / "guide.md"), "-c", "public"], capsys)[0] == 0
    assert run(["add-user", "ana"], capsys)[0] == 0
    code, out, err = run(["evaluate", "--set", "heldout", "--as", "ana", "--no-ingest", "--out", str(tmp_path / "e")],
                         capsys)
    assert code == 0, err
    flat = " ".join(out.split())
    assert "| reranked |" in flat and "recall@10" in flat
    assert "| unanswerable answered | 0 of 6 |" in flat
    assert (tmp_path / "e" / "questionnaire-keyed-heldout.json").exists()
    code, _out, err = run(["evaluate", "--set", "nope", "--no-ingest"], capsys)
    assert code != 0 and "unknown set 'nope'" in err and "Traceback" not in err


def test_record_edit_needs_a_trace_or_a_question_item_and_classification(cli_home: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["record-edit", "--reviewer", "ann", "--answer", "Yes."], capsys)
    assert code != 0 and "give --trace ID, or --question, --item and --classification" in err


def test_a_copied_home_refuses_to_read_the_original_homes_store(cli_home: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A CHARTER_HOME copied elsewhere keeps its source's absolute path: reads would come from the original home
    while ingestion writes into the copy. Both refuse with one line naming the cause; the original still works."""
    import shutil

    corpus = write_corpus(tmp_path / "corpus")
    assert run(["ingest", str(corpus / "guide.md"), "-c", "public"], capsys)[0] == 0
    assert run(["add-user", "ana"], capsys)[0] == 0
    (tmp_path / "q.csv").write_text("Question\nWhich databases can Acme connect to as data sources?\n")
    copy = tmp_path / "copy"
    shutil.copytree(cli_home, copy)
    monkeypatch.setenv("CHARTER_HOME", str(copy))
    for argv in (["ingest", str(corpus / "nightjar.md"), "-c", "public"],
                 ["answer", str(tmp_path / "q.csv"), "--as", "ana", "--out", str(tmp_path / "r.docx")]):
        code, out, err = run(argv, capsys)
        assert code != 0 and "another home's store" in err and str(cli_home) in err, (argv, out, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "r.docx").exists()
    monkeypatch.setenv("CHARTER_HOME", str(cli_home))
    assert run(["answer", str(tmp_path / "q.csv"), "--as", "ana", "--out", str(tmp_path / "r.docx")], capsys)[0] == 0
