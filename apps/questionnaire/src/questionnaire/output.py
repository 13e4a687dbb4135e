"""The response document: one section per question, footnote-style citations to document and heading.

Markdown and DOCX carry the same content: the question, the answer with ``[n]`` markers, a status
line (answered / reused / for review, confidence, reason), and the citations as
``[n] docs/catalog.md › Row filters — "the cited passage"``.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from questionnaire.types import Answer, Citation

STATUS_LABEL = {"answered": "Answered", "reused": "Reused past answer", "review": "FOR REVIEW"}


def where(c: Citation) -> str:
    """A citation's location: ``doc_id › heading path``."""
    heading = " › ".join(h.strip() for h in c.heading.split(" > ") if h.strip())
    return f"{c.doc_id} › {heading}" if heading else c.doc_id


def _excerpt(text: str, limit: int = 1500) -> str:
    """The cited passage as the reader sees it: whole (a chunk is at most about 180 words), so the claim can
    be checked in its context; only a longer text is cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _counts(answers: list[Answer]) -> str:
    by = {s: sum(a.status == s for a in answers) for s in STATUS_LABEL}
    return (f"{len(answers)} questions: {by['answered']} answered, {by['reused']} reused from past answers, "
            f"{by['review']} left for review")


def _heading(a: Answer) -> str:
    return f"{a.qid}. {a.question}"


def _status(a: Answer) -> str:
    line = f"{STATUS_LABEL[a.status]} · confidence {a.confidence:.2f}"
    if a.reason:
        line += f" · {a.reason}"
    if a.trace_id:
        line += f" · trace {a.trace_id[:12]}"
    return line


def markdown(answers: list[Answer], meta: dict[str, Any]) -> str:
    """The response as Markdown."""
    today = dt.date.today().isoformat()
    lines = [f"# Response to {meta.get('source', 'questionnaire')}", "",
             f"Drafted by Charter for {meta.get('principal', '?')} on {today} "
             f"(model: {meta.get('model', 'none')}). {_counts(answers)}.", ""]
    sectioned = any(a.section for a in answers)
    section = None
    for a in answers:
        if sectioned and a.section != section:
            section = a.section
            lines += [f"## {section or 'Other questions'}", ""]
        lines += [f"{'###' if sectioned else '##'} {_heading(a)}", "", a.text or "_(no answer)_", "", f"*{_status(a)}*", ""]
        for i, c in enumerate(a.citations, start=1):
            lines.append(f"[{i}] {where(c)} — \"{_excerpt(c.passage)}\"  ")
        if a.citations:
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def docx_bytes(answers: list[Answer], meta: dict[str, Any]) -> bytes:
    """The response as a DOCX document."""
    import docx  # a dependency of charter-questionnaire
    from docx.shared import Pt, RGBColor
    doc = docx.Document()
    doc.add_heading(f"Response to {meta.get('source', 'questionnaire')}", level=0)
    doc.add_paragraph(f"Drafted by Charter for {meta.get('principal', '?')} on {dt.date.today().isoformat()} "
                      f"(model: {meta.get('model', 'none')}). {_counts(answers)}.")
    sectioned = any(a.section for a in answers)
    section = None
    for a in answers:
        if sectioned and a.section != section:
            section = a.section
            doc.add_heading(section or "Other questions", level=1)
        doc.add_heading(_heading(a), level=2 if sectioned else 1)
        doc.add_paragraph(a.text or "(no answer)")
        status = doc.add_paragraph()
        run = status.add_run(_status(a))
        run.italic = True
        run.font.size = Pt(9)
        if a.status == "review":
            run.bold = True
            run.font.color.rgb = RGBColor(0xB0, 0x00, 0x00)
        for i, c in enumerate(a.citations, start=1):
            p = doc.add_paragraph()
            r = p.add_run(f"[{i}] {where(c)} — \"{_excerpt(c.passage)}\"")
            r.font.size = Pt(8)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write(answers: list[Answer], path: str | Path, meta: dict[str, Any]) -> Path:
    """Write the response as .docx or .md (by suffix), whole or not at all."""
    from questionnaire.answer import atomic_write

    p = Path(path)
    if p.suffix.lower() == ".docx":
        atomic_write(p, docx_bytes(answers, meta))
    else:
        atomic_write(p, markdown(answers, meta).encode("utf-8"))
    return p
