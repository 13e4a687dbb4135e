"""Pinned models: what each model in charter.toml must be, and whether it still is.

A local model is pinned by its GGUF file's sha256 (``pin = "sha256:<hex>"``); a remote one by the exact
model id its provider reports in an answer (``pin = "id:claude-sonnet-4-5-20250929"``), which changes
when an alias such as ``claude-sonnet-4-5`` starts pointing at another snapshot. ``charter models pin``
writes the pins into charter.toml; ``charter models check`` compares them with what is there now.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from charter.errors import CharterError, ConfigError, InvalidInput, did_you_mean
from charter.models.registry import provider_class
from charter.models.types import ChatRequest
from charter.settings import ModelSettings, Settings, load_settings

CHUNK = 1 << 20


@dataclass(frozen=True)
class PinCheck:
    """One model's pin against what the model is now."""

    model: str
    pinned: str | None
    current: str | None
    problem: str = ""  # why the current identity could not be read

    @property
    def changed(self) -> bool:
        """Pinned, and now something else (or unreadable)."""
        return self.pinned is not None and (self.current != self.pinned)

    def describe(self) -> str:
        """One line: unpinned, unchanged, or what changed."""
        if self.pinned is None:
            return f"{self.model}: not pinned (`charter models pin {self.model}` pins it)"
        if self.current is None:
            return f"{self.model}: cannot read it ({self.problem}); pinned {self.pinned}"
        if self.changed:
            return f"{self.model}: changed: pinned {self.pinned}, now {self.current}"
        return f"{self.model}: unchanged ({self.pinned})"


def file_sha256(path: Path) -> str:
    """The sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def identity(name: str, ms: ModelSettings) -> str:
    """What the model is now: ``sha256:<hex>`` of a local GGUF, else ``id:<the id the provider reports>``.

    A remote model is asked one one-token question (outside the gateway: no principal's budget is
    spent, no cache answers it). Raises a CharterError naming the model when it cannot be read.
    """
    if ms.provider == "local":
        from charter.models.providers.local import resolve_gguf

        path = resolve_gguf(ms.model)
        try:
            return "sha256:" + file_sha256(path)
        except OSError as exc:
            raise ConfigError(f"model '{name}': cannot read {path}: {exc.strerror}") from None
    provider = provider_class(ms.provider)(name, ms)
    result = provider.execute(ChatRequest.of("Reply with one word.", max_tokens=1), timeout_s=ms.timeout_s)
    return "id:" + (result.raw_model or ms.model)


def check(settings: Settings, names: list[str] | None = None) -> list[PinCheck]:
    """Each named (default: every) model's pin against its identity now."""
    out = []
    for name in select(settings, names):
        ms = settings.models[name]
        if ms.pin is None:
            out.append(PinCheck(name, None, None))
            continue
        try:
            out.append(PinCheck(name, ms.pin, identity(name, ms)))
        except CharterError as exc:
            out.append(PinCheck(name, ms.pin, None, exc.message))
    return out


def select(settings: Settings, names: list[str] | None) -> list[str]:
    """The named models (InvalidInput for one charter.toml does not declare), or all of them."""
    for n in names or []:
        if n not in settings.models:
            raise InvalidInput(f"unknown model '{n}'{did_you_mean(n, settings.models)}; models are declared in "
                               "charter.toml")
    return sorted(names or settings.models)


def pin(settings: Settings, names: list[str] | None = None) -> dict[str, str]:
    """Read each model's identity and write it as its pin in charter.toml; returns model -> pin.

    Every identity is read before anything is written: a model that cannot be read leaves the file
    as it was.
    """
    pins = {n: identity(n, settings.models[n]) for n in select(settings, names)}
    write_pins(settings.config_path, pins, settings)
    return pins


def _header(name: str) -> re.Pattern[str]:
    quoted = re.escape(name)
    return re.compile(rf"^\s*\[\s*models\s*\.\s*(?:{quoted}|\"{quoted}\"|'{quoted}')\s*\]\s*(?:#.*)?$")


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_pins(path: Path, pins: dict[str, str], settings: Settings) -> None:
    """Set ``pin = "..."`` in each model's ``[models.NAME]`` table of charter.toml, keeping every other
    line (comments included); a model declared nowhere in the file (the built-in ``local``) gets a table.

    Written to a temporary file, read back and validated, then moved over the original: a failure
    leaves the original untouched.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = text.splitlines()
    for name, value in pins.items():
        header = _header(name)
        start = next((i for i, line in enumerate(lines) if header.match(line)), None)
        entry = f"pin = {_toml_str(value)}"
        if start is None:
            if re.search(rf"^\s*models\s*\.\s*{re.escape(name)}\s*=", text, re.M) or re.search(
                    r"^\s*models\s*=", text, re.M):
                raise ConfigError(f"{path}: model '{name}' is declared inline; write it as a [models.{name}] "
                                  "table to pin it")
            ms = settings.models[name]
            lines += ["", f"[models.{name}]", f"provider = {_toml_str(ms.provider)}", f"model = {_toml_str(ms.model)}",
                      entry]
            continue
        end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
        existing = next((i for i in range(start + 1, end) if re.match(r"^\s*pin\s*=", lines[i])), None)
        if existing is not None:
            lines[existing] = entry
        else:
            last = max((i for i in range(start, end) if lines[i].strip() and not lines[i].lstrip().startswith("#")),
                       default=start)
            lines.insert(last + 1, entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".charter.toml.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        check_home = Path(tmp).parent
        _validate(Path(tmp), check_home)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _validate(candidate: Path, home: Path) -> None:
    """Load the candidate file as charter.toml would be loaded (a ConfigError names what is wrong)."""
    with tempfile.TemporaryDirectory(dir=home) as scratch:
        Path(scratch, "charter.toml").write_bytes(candidate.read_bytes())
        loaded = load_settings(scratch, environ={})
    if not loaded.models:
        raise ConfigError("writing the pins left charter.toml without models; nothing was changed")
