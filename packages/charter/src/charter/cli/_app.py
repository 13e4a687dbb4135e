"""Shared CLI plumbing: running an app with one-line errors, and the workspace of a command."""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TYPE_CHECKING

import click
import typer
from rich.console import Console
from rich.markup import escape

from charter.errors import INTERNAL_EXIT, INTERRUPTED_EXIT, CharterError, exit_code

console = Console()
err_console = Console(stderr=True)

if TYPE_CHECKING:
    from charter.runtime import Charter


def open_charter() -> Charter:
    """The process's Charter (settings, store, layers), opened on first use by a command.

    Command modules import the runtime and the layers only inside commands, through here, so
    that `charter --help` and `charter --version` load none of them (a test holds this).
    """
    from charter.runtime import Charter

    return Charter.open()


def run_app(app: typer.Typer, argv: list[str], prog: str) -> None:
    """Run a Typer app: CharterErrors become one line on stderr and a mapped exit code."""
    debug = "--debug" in argv
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        # Outside standalone mode click returns the code of `typer.Exit(n)` instead of raising it.
        code = app(args=argv, prog_name=prog, standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        err_console.print("aborted")
        sys.exit(INTERRUPTED_EXIT)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except CharterError as exc:
        if debug:
            traceback.print_exc()
        err_console.print(f"[bold red]error:[/] {escape(exc.message)}", highlight=False, soft_wrap=True)
        sys.exit(exit_code(exc))
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(INTERRUPTED_EXIT)
    except Exception as exc:
        # Typer vendors its own click, whose usage errors are not click.ClickException: recognise
        # them by shape and show them as usage errors, not as internal ones.
        if callable(getattr(exc, "show", None)) and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()
            sys.exit(exc.exit_code)
        if type(exc).__name__ == "Abort":
            err_console.print("aborted")
            sys.exit(INTERRUPTED_EXIT)
        _internal(exc, debug)


def _internal(exc: Exception, debug: bool) -> None:
    """An internal bug: still one line unless --debug."""
    if debug:
        traceback.print_exc()
    else:
        err_console.print(
            f"[bold red]internal error:[/] {type(exc).__name__}: {escape(str(exc))} (rerun with --debug for the traceback)",
            highlight=False,
            soft_wrap=True,
        )
    sys.exit(INTERNAL_EXIT)
