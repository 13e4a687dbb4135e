"""The local model's speed with llama.cpp's extra buffer types (weight repacking) off and on.

Charter loads GGUF models with ``use_extra_bufts = false`` (issue 15: after repacking weights for
AMX, llama.cpp crashes in its first decode). This prints what that costs on this CPU, as ratios
against the default measured in the same run: prompt processing and generation tokens/second,
with llama.cpp's own timers, for

  * the bundled SmolLM2-135M-Instruct (Q4_1), and
  * the same model requantized here to Q4_0, a type llama.cpp's CPU_REPACK does repack on
    AVX2/AVX-512/NEON CPUs (Q4_1 is repacked only into the AMX buffer type).

Each model first generates a token with extra buffer types on in a child process (the probe
`charter doctor` runs); where that crashes (an Intel Xeon with AMX), the run says so and measures
the default alone. A few minutes on 2 busy cores.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import platform
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import llama_cpp

from charter.models.providers.local import LocalOptions, LocalProvider, load_llama, resolve_gguf
from charter.settings import ModelSettings

PROMPT = " ".join(f"Item {i}: the quarterly revenue of company {i} rose by {i % 7} percent." for i in range(12))


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                flags = Path("/proc/cpuinfo").read_text()
                amx = "AMX" if "amx_tile" in flags else "no AMX"
                avx = "AVX-512" if "avx512f" in flags else ("AVX2" if "avx2" in flags else "no AVX2")
                return f"{line.split(':', 1)[1].strip()} ({avx}, {amx})"
    except OSError:
        pass
    return platform.processor() or platform.machine()


@contextmanager
def _quiet() -> Iterator[None]:
    """Native stdout and stderr to /dev/null (llama.cpp writes to the file descriptors)."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


def requantize_q4_0(source: Path, folder: Path) -> Path:
    """The same model as Q4_0 (llama.cpp's own quantizer), a type CPU_REPACK repacks."""
    out = folder / "smollm2-q4_0.gguf"
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0
    params.allow_requantize = True
    params.nthread = 0
    with _quiet():  # llama.cpp lists every tensor it converts
        failed = llama_cpp.llama_model_quantize(str(source).encode(), str(out).encode(), ctypes.byref(params))
    if failed:
        raise SystemExit(f"llama.cpp could not requantize {source.name} to Q4_0")
    return out


def measure(llm: Any, new_tokens: int) -> tuple[float, float]:
    """(prompt tokens/s, generated tokens/s) of one completion, from llama.cpp's timers."""
    llm.reset()  # no prefix reuse: the whole prompt is processed every time
    ctx = llm._ctx.ctx
    llama_cpp.llama_perf_context_reset(ctx)
    llm.create_completion(PROMPT, max_tokens=new_tokens, temperature=0.0, logit_bias={llm.token_eos(): -1e9})
    perf = llama_cpp.llama_perf_context(ctx)
    return perf.n_p_eval / (perf.t_p_eval_ms / 1000), perf.n_eval / (perf.t_eval_ms / 1000)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7, help="alternating measurements per configuration")
    ap.add_argument("--new-tokens", type=int, default=32)
    args = ap.parse_args()

    shipped = resolve_gguf("")
    print(f"CPU: {_cpu()}; llama-cpp-python {llama_cpp.__version__}")
    with tempfile.TemporaryDirectory(prefix="charter-bench-") as tmp:
        models = {"SmolLM2-135M Q4_1 (shipped)": shipped, "SmolLM2-135M Q4_0 (requantized)": requantize_q4_0(shipped, Path(tmp))}
        for label, path in models.items():
            flags = [False]
            ok, detail = LocalProvider.probe(ModelSettings(provider="local", model=str(path), context_length=512,
                                                           options={"use_extra_bufts": True}))
            if ok:
                flags.append(True)
            else:
                print(f"{label}: extra buffers on: {detail}; measuring the default alone")
            llms = {flag: load_llama(path, 512, LocalOptions(use_extra_bufts=flag))[0] for flag in flags}
            for llm in llms.values():
                measure(llm, 4)  # warm up: weights paged in
            pp: dict[bool, list[float]] = {False: [], True: []}
            tg: dict[bool, list[float]] = {False: [], True: []}
            for _ in range(args.rounds):  # alternate, so load on a shared machine hits both alike
                for flag, llm in llms.items():
                    p, g = measure(llm, args.new_tokens)
                    pp[flag].append(p)
                    tg[flag].append(g)
            print(f"{label}: median of {args.rounds}")
            for name, series in (("prompt processing", pp), ("generation", tg)):
                off = statistics.median(series[False])
                line = f"  {name:18s} extra buffers off (default) {off:8.1f} tok/s"
                if series[True]:
                    on = statistics.median(series[True])
                    line += f"   on {on:8.1f} tok/s   on/off {on / off:.2f}x"
                print(line)


if __name__ == "__main__":
    main()
