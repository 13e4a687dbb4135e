"""Charter: govern, trace, evaluate and ship LLM agents on enterprise data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("charter")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+src"

__all__ = ["__version__"]
