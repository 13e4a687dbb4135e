"""Gateway overhead per call against calling llama-cpp-python directly; local model tokens/second.

One run, a minute or two on a laptop. Prints:
  * end to end: the same prompts through llama-cpp-python directly and through the gateway
    (alternating, medians), and the difference per call;
  * the gateway's own cost per call with an instant model (the scripted provider), bare and with
    the full stack (usage row, catalog authorization + audit, guardrails), so model noise drops out;
  * tokens/second of the local model.
Target: under 2 ms of gateway overhead per call.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from charter.catalog import Catalog
from charter.models import ChatRequest, Gateway
from charter.models.guardrails import default_guardrails
from charter.models.providers.local import LocalProvider
from charter.settings import ModelSettings, load_settings
from charter.store import Store, upgrade

PROMPTS = [
    "What is the capital of France?", "Name a prime number.", "Say hello in Spanish.", "What colour is the sky?",
    "Give me a word that rhymes with cat.", "What is 2 + 2?", "Name a fruit.", "What is the opposite of hot?",
    "Name a planet.", "Say something kind.", "What day comes after Monday?", "Name an ocean.",
]


def _ms(xs: list[float]) -> float:
    return statistics.median(xs) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="passes over the prompts (end to end)")
    ap.add_argument("--max-tokens", type=int, default=16)
    ap.add_argument("--stack-calls", type=int, default=500, help="calls for the instant-model overhead")
    args = ap.parse_args()

    home = Path(tempfile.mkdtemp(prefix="charter-bench-"))
    settings = load_settings(home, environ={})
    settings.models["instant"] = ModelSettings(provider="scripted", options={"responses": ["ok"]})
    store = Store(f"sqlite:///{home / 'charter.db'}")
    upgrade(store)
    catalog = Catalog(store)

    bare = Gateway(settings, None, None, guardrails=[])
    provider: LocalProvider = bare.provider("local")  # type: ignore[assignment]
    llm, _lock = provider.llama()
    opts = provider.options

    def direct(prompt: str) -> dict:
        return llm.create_chat_completion(
            messages=[{"role": "user", "content": prompt}], temperature=0.0, top_p=opts.top_p,
            repeat_penalty=opts.repeat_penalty, max_tokens=args.max_tokens,
        )

    # Warm up: weights paged in, chat template compiled.
    direct(PROMPTS[0])
    bare.chat(ChatRequest.of(PROMPTS[0], max_tokens=args.max_tokens))

    # Whole passes alternate (direct, gateway, direct, ...) so each call follows a different
    # prompt on both sides: llama.cpp reuses the KV cache of a repeated prefix, which would
    # otherwise favour whichever side runs second.
    t_direct, t_gw, tokens, gen_s, gw_tokens = [], [], 0, 0.0, 0
    for _ in range(args.rounds):
        for p in PROMPTS:
            t0 = time.perf_counter()
            out = direct(p)
            t_direct.append(time.perf_counter() - t0)
            tokens += out["usage"]["completion_tokens"]
            gen_s += t_direct[-1]
        for p in PROMPTS:
            t0 = time.perf_counter()
            r = bare.chat(ChatRequest.of(p, max_tokens=args.max_tokens))
            t_gw.append(time.perf_counter() - t0)
            gw_tokens += r.usage.output_tokens
    print(f"local model: {len(t_direct)} calls of max_tokens={args.max_tokens}")
    print(f"  direct llama-cpp-python   median {_ms(t_direct):8.2f} ms/call")
    print(f"  through the gateway       median {_ms(t_gw):8.2f} ms/call")
    print(f"  difference of medians            {_ms(t_gw) - _ms(t_direct):8.2f} ms/call   (ratio {statistics.median(t_gw) / statistics.median(t_direct):.3f}x)")
    print(f"  output tokens             direct {tokens}, gateway {gw_tokens}")
    print(f"  tokens/second (direct)    {tokens / gen_s:8.1f}  ({tokens} tokens in {gen_s:.1f}s, prompt processing included)")

    full = Gateway(settings, store, catalog, guardrails=default_guardrails())
    full.register_models()
    full.flush()
    stacks = {"bare (no store, no catalog, no guardrails)": bare, "full (usage row + authorize/audit + guardrails)": full}
    print(f"gateway cost with an instant model (scripted), {args.stack_calls} calls:")
    req = ChatRequest.of("What is the capital of France? Contact me at a@b.com")
    provider_s = []
    inst = bare.provider("instant")
    for _ in range(args.stack_calls):
        t0 = time.perf_counter()
        inst.execute(req, timeout_s=10)
        provider_s.append(time.perf_counter() - t0)
    print(f"  provider alone            median {_ms(provider_s) * 1000:8.1f} us/call")
    for label, gw in stacks.items():
        times = []
        for _ in range(args.stack_calls):
            t0 = time.perf_counter()
            gw.chat(req, model="instant")
            times.append(time.perf_counter() - t0)
        gw.flush()
        print(f"  {label:46s} median {_ms(times):6.3f} ms/call  p95 {sorted(times)[int(len(times) * .95)] * 1000:6.3f} ms")


if __name__ == "__main__":
    main()
