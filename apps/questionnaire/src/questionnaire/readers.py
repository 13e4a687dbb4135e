"""Readers: documents into titled sections, and questionnaire files into rows of question (and answer).

Documents: Markdown and HTML with the standard library (headings make the section path), PDF with
pypdf (one section per page), DOCX with python-docx (Heading styles make the path). Questionnaires:
XLSX (openpyxl), CSV, DOCX tables or numbered paragraphs; the question column is found by its
header. Every unreadable input becomes a ``CharterError`` naming the file and the problem.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from charter.errors import CharterError, InvalidInput, NotFound

DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")
TABLE_SUFFIXES = (".xlsx", ".csv", ".docx")


class UnreadableDocument(CharterError):
    """A document that cannot be read (encrypted, corrupt, wrong format): one item's failure."""

    code = "unreadable_document"


@dataclass(frozen=True)
class Section:
    """A run of text under one heading path (heading levels joined by ' > ')."""

    heading: str
    text: str


@dataclass(frozen=True)
class ParsedDocument:
    title: str
    sections: list[Section]


# ------------------------------------------------------------------------------- documents
def read_document(path: Path) -> ParsedDocument:
    """Parse a document by its suffix into a title and heading-pathed sections."""
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise InvalidInput(f"{path}: unsupported document type '{suffix or '(none)'}'; "
                           f"use one of {', '.join(DOCUMENT_SUFFIXES)}")
    if not path.is_file():
        raise UnreadableDocument(f"{path}: no such file")
    if suffix == ".pdf":
        return _read_pdf(path)
    if suffix == ".docx":
        return _read_docx(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableDocument(f"{path}: not UTF-8 text") from None
    if suffix in (".html", ".htm"):
        return _read_html(text, path.stem)
    return read_markdown(text, path.stem)


_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def read_markdown(text: str, fallback_title: str) -> ParsedDocument:
    """ATX headings (outside code fences) make the path; the first H1 is the title."""
    title, path, sections, buf = "", [], [], []
    in_fence = False

    def flush() -> None:
        body = "\n".join(buf).strip()
        if body:
            sections.append(Section(" > ".join(h for _l, h in path), body))
        buf.clear()

    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            buf.append(line)
            continue
        m = None if in_fence else _ATX.match(line)
        if m is None:
            buf.append(line)
            continue
        flush()
        level, heading = len(m.group(1)), _inline(m.group(2))
        if level == 1 and not title:
            title = heading
        path = [(lv, h) for lv, h in path if lv < level] + [(level, heading)]
    flush()
    return ParsedDocument(title or fallback_title, sections)


def _inline(text: str) -> str:
    """Markdown inline markup removed from a heading."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[`*_]", "", text).strip()


class _HTML(HTMLParser):
    _BLOCK = {"p", "div", "li", "tr", "br", "section", "article", "pre", "blockquote", "table", "ul", "ol", "dd", "dt"}
    _SKIP = {"script", "style", "nav", "footer", "head", "noscript", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.path: list[tuple[int, str]] = []
        self.sections: list[Section] = []
        self.buf: list[str] = []
        self.heading: list[str] | None = None
        self.level = 0
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self.heading, self.level = [], int(tag[1])
        elif tag in self._BLOCK:
            self.buf.append("\n\n" if tag in ("p", "div", "section", "article", "table") else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif re.fullmatch(r"h[1-6]", tag) and self.heading is not None:
            text = " ".join("".join(self.heading).split())
            if self.level == 1 and not self.title:
                self.title = text
            self.path = [(lv, h) for lv, h in self.path if lv < self.level] + [(self.level, text)]
            self.heading = None
        elif tag in self._BLOCK:
            self.buf.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:  # <title> sits inside the skipped <head>
            self.title = self.title or data.strip()
        elif self.skip:
            return
        elif self.heading is not None:
            self.heading.append(data)
        else:
            self.buf.append(data)

    def _flush(self) -> None:
        body = re.sub(r"[ \t]+", " ", "".join(self.buf))
        body = re.sub(r"\n\s*\n\s*", "\n\n", body).strip()
        if body:
            self.sections.append(Section(" > ".join(h for _l, h in self.path), body))
        self.buf = []


def _read_html(text: str, fallback_title: str) -> ParsedDocument:
    parser = _HTML()
    parser.feed(text)
    parser.close()
    parser._flush()  # noqa: SLF001 - the parser's own buffer
    return ParsedDocument(parser.title or fallback_title, parser.sections)


def _read_pdf(path: Path) -> ParsedDocument:
    from pypdf import PdfReader  # a dependency of charter-questionnaire (imported here: it is slow)
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds for unsupported crypto
                ok = 0
            if not ok:
                raise UnreadableDocument(f"{path}: the PDF is encrypted (password protected); not ingested")
        pages = [(i, page.extract_text() or "") for i, page in enumerate(reader.pages, start=1)]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except UnreadableDocument:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableDocument(f"{path}: cannot read the PDF ({exc}); not ingested") from None
    sections = [Section(f"page {i}", t.strip()) for i, t in pages if t.strip()]
    if not sections:
        raise UnreadableDocument(f"{path}: the PDF has no extractable text (scanned images?); not ingested")
    return ParsedDocument(str(meta_title).strip() or path.stem, sections)


def _open_docx(path: Path) -> object:
    import docx  # a dependency of charter-questionnaire

    try:
        return docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises zipfile/KeyError/ValueError variants
        raise UnreadableDocument(f"{path}: cannot read the DOCX ({type(exc).__name__}: {exc}); not ingested") from None


def _read_docx(path: Path) -> ParsedDocument:
    doc = _open_docx(path)
    title, hpath, sections, buf = "", [], [], []

    def flush() -> None:
        body = "\n\n".join(buf).strip()
        if body:
            sections.append(Section(" > ".join(h for _l, h in hpath), body))
        buf.clear()

    for para in doc.paragraphs:  # type: ignore[attr-defined]
        text = para.text.strip()
        style = (para.style.name if para.style is not None else "") or ""
        if not text:
            continue
        m = re.match(r"Heading (\d)", style)
        if style == "Title":
            title = title or text
        elif m:
            flush()
            level = int(m.group(1))
            if level == 1 and not title:
                title = text
            hpath = [(lv, h) for lv, h in hpath if lv < level] + [(level, text)]
        else:
            buf.append(("- " if "List" in style else "") + text)
    flush()
    for table in doc.tables:  # type: ignore[attr-defined]
        rows = [" | ".join(c.text.strip() for c in row.cells) for row in table.rows]
        if rows:
            sections.append(Section(" > ".join(h for _l, h in hpath) or "table", "\n".join(rows)))
    return ParsedDocument(title or path.stem, sections)


# ------------------------------------------------------------------------------- questionnaires
QUESTION_HEADERS = ("question", "questions", "question text", "requirement", "requirements", "query", "ask",
                    "criterion", "criteria", "item text", "prompt")
ANSWER_HEADERS = ("answer", "answers", "response", "responses", "vendor response", "reply", "our answer")
NUMBER_HEADERS = ("#", "no", "no.", "nr", "num", "number", "id", "qid", "q#", "q", "ref", "reference", "item")
SECTION_HEADERS = ("section", "category", "topic", "area", "domain", "group", "chapter")


@dataclass(frozen=True)
class Row:
    """One questionnaire row: its number, question, answer (past questionnaires) and section."""

    qid: str
    question: str
    answer: str = ""
    section: str = ""


def _norm(header: object) -> str:
    return " ".join(str(header or "").strip().lower().replace("_", " ").split())


def _find(headers: list[str], names: tuple[str, ...]) -> int | None:
    normed = [_norm(h) for h in headers]
    for name in names:  # exact names first, in preference order
        if name in normed:
            return normed.index(name)
    for i, h in enumerate(normed):  # then a header that starts with one ("Question (please answer)")
        if any(h.startswith(n + " ") or h.startswith(n + ":") for n in names if len(n) > 2):
            return i
    return None


def _rows_from_table(table: list[list[str]], where: str, *, need_answer: bool) -> list[Row] | None:
    """Rows of a table whose header (one of the first 5 rows) names a question column; None if none does."""
    for h, header in enumerate(table[:5]):
        q = _find(header, QUESTION_HEADERS)
        if q is None:
            continue
        a = _find(header, ANSWER_HEADERS)
        if need_answer and a is None:
            raise InvalidInput(f"{where}: no answer column next to the question column; found columns "
                               f"{_names(header)}; name one 'Answer'")
        n, s = _find(header, NUMBER_HEADERS), _find(header, SECTION_HEADERS)
        out, section = [], ""
        for i, raw in enumerate(table[h + 1:], start=1):

            def cell(j: int | None, raw: list[str] = raw) -> str:
                return str(raw[j]).strip() if j is not None and j < len(raw) and raw[j] is not None else ""

            question = " ".join(cell(q).split())
            if s is not None and cell(s):
                section = cell(s)
            if not question:
                continue
            qid = cell(n) or str(i)
            qid = qid[:-2] if qid.endswith(".0") and qid[:-2].isdigit() else qid  # 3.0 from a spreadsheet
            out.append(Row(qid, question, cell(a), section))
        return out
    return None


def _names(header: list[str]) -> str:
    names = [f"'{h}'" for h in (str(x).strip() for x in header) if h]
    return ", ".join(names) if names else "(none: the first row is empty)"


def read_rows(path: Path, *, need_answer: bool = False) -> list[Row]:
    """The rows of a questionnaire file (XLSX, CSV or DOCX), found by a question column header.

    DOCX without such a table falls back to numbered paragraphs ("1. ...", "Q2: ...", "4.2 ...").
    """
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise InvalidInput(f"{path}: unsupported questionnaire type '{suffix or '(none)'}'; use .xlsx, .csv or .docx")
    if not path.is_file():
        raise NotFound(f"{path}: no such file")
    tables: list[tuple[str, list[list[str]]]] = []
    if suffix == ".csv":
        try:
            with path.open(newline="", encoding="utf-8-sig") as f:
                sample = f.read(4096)
                f.seek(0)
                try:
                    dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
                except csv.Error:
                    dialect = csv.excel
                tables.append((str(path), [list(r) for r in csv.reader(f, dialect)]))
        except UnicodeDecodeError:
            raise InvalidInput(f"{path}: the CSV is not UTF-8 text") from None
    elif suffix == ".xlsx":
        import openpyxl  # a dependency of charter-questionnaire

        try:
            wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - zipfile / openpyxl errors
            raise InvalidInput(f"{path}: cannot read the spreadsheet ({type(exc).__name__}: {exc})") from None
        for ws in wb.worksheets:
            rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
            tables.append((f"{path} (sheet '{ws.title}')", rows))
        wb.close()
    else:
        doc = _open_docx(path)
        for i, t in enumerate(doc.tables, start=1):  # type: ignore[attr-defined]
            tables.append((f"{path} (table {i})", [[c.text.strip() for c in r.cells] for r in t.rows]))
    for where, table in tables:
        found = _rows_from_table(table, where, need_answer=need_answer)
        if found is not None:
            return found
    if suffix == ".docx" and not need_answer:
        rows = _numbered_paragraphs(doc)
        if rows:
            return rows
    seen = "; ".join(f"{w}: {_names(t[0]) if t else '(empty)'}" for w, t in tables) or f"{path}: no table"
    raise InvalidInput(f"no question column found in {path}; found columns {seen}. "
                       f"Name the column 'Question' (or one of: {', '.join(QUESTION_HEADERS[:5])})")


_NUMBERED = re.compile(r"^\s*(?:Q(?:uestion)?\s*)?(\d+(?:\.\d+)*)[.):]?\s+(.{8,})$", re.IGNORECASE)


def _numbered_paragraphs(doc: object) -> list[Row]:
    rows, section = [], ""
    for para in doc.paragraphs:  # type: ignore[attr-defined]
        text = para.text.strip()
        style = (para.style.name if para.style is not None else "") or ""
        if not text:
            continue
        if style.startswith("Heading") or style == "Title":
            section = text
            continue
        m = _NUMBERED.match(text)
        if m:
            rows.append(Row(m.group(1), " ".join(m.group(2).split()), "", section))
        elif "List Number" in style and text.endswith("?"):
            rows.append(Row(str(len(rows) + 1), text, "", section))
    return rows
