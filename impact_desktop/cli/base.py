"""The command group, shared options and error handling of every subcommand."""

from __future__ import annotations

import contextlib
import errno
import functools
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator

import click

from impact_desktop import APP_NAME, __version__
from impact_desktop.core import texts
from impact_desktop.core.atomic_file import reason as file_reason
from impact_desktop.core.errors import ImpactError
from impact_desktop.storage.database import Store, open_store
from impact_desktop.storage.location import ENV_VAR, resolve_database_path
from impact_desktop.storage.locking import set_wait_listener, write_failure

EXIT_USER_ERROR = 1
EXIT_UNEXPECTED = 3

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False), default=None,
    help=f"Database file (default: ${ENV_VAR} or impact.db in your data folder).",
)


#: Subcommand → the module that defines it. Modules are imported when their command is
#: asked for, so the desktop app (no subcommand) never loads openpyxl, the importer or
#: the exporter while it starts.
SUBCOMMAND_MODULES = {
    "backup": "backup", "catalog": "catalog", "conflicts": "hub", "demo": "demo", "desktop-entry": "desktop_entry",
    "entries": "entries", "export": "export", "hub": "hub", "import": "imports", "imports": "imports",
    "report": "report", "restore": "backup", "selfcheck": "selfcheck", "summary": "summary", "sync": "hub",
}


class LazyGroup(click.Group):
    """A command group whose subcommands are imported on first use."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in SUBCOMMAND_MODULES:
            importlib.import_module(f"impact_desktop.cli.{SUBCOMMAND_MODULES[cmd_name]}")
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        for module in sorted(set(SUBCOMMAND_MODULES.values())):
            importlib.import_module(f"impact_desktop.cli.{module}")
        return super().list_commands(ctx)


@click.group(cls=LazyGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.version_option(__version__, prog_name=APP_NAME)
@click.pass_context
def cli(ctx: click.Context, db_path: str | None) -> None:
    """Impact Desktop: record, import and report your philanthropy figures.

    Without a subcommand, opens the desktop app on the database.
    """
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    set_wait_listener(StderrWaitListener())
    if ctx.invoked_subcommand is None:
        path = resolve_database_path(db_path)
        from impact_desktop.app import run_gui  # Qt is loaded only for the GUI

        sys.exit(run_gui(path))


def _set_language(ctx: click.Context, _param, value: str | None) -> str | None:
    texts.set_name_language(value)
    names = _built_in_metric_names(value) if value not in (None, "en") and texts.current_translator() is None else None
    if names is not None:  # for this command only (tests run many in one process)
        texts.set_translator(names)
        ctx.call_on_close(lambda: texts.set_translator(None))
    return value


#: The translation context of the built-in metrics' names (core.metrics): 捐赠, 志愿服务时长...
_METRIC_CONTEXT = "Metric"


def _built_in_metric_names(language: str) -> Callable[[str, str], str] | None:
    """A translator of the built-in metrics' names into ``language`` (their other names live in the
    catalogue, not in the store); every other text stays as the command writes it (English)."""
    from PySide6.QtCore import QTranslator

    from impact_desktop.resources import translations_dir

    catalogue = QTranslator()
    if not catalogue.load(str(translations_dir() / f"impact_desktop_{language}.qm")):
        return None

    def translate(context: str, text: str) -> str:
        return (catalogue.translate(context, text) or text) if context == _METRIC_CONTEXT else text

    return translate


language_option = click.option(
    "--language", type=click.Choice(["en", "zh_CN"]), default=None, expose_value=False, callback=_set_language,
    help="Names of business units, programs, channels and metrics in this language where they have one "
         "(蚂蚁金服 or Ant Financial); default: their main names.")


def database_path(ctx: click.Context, local: str | None):
    """A subcommand's own ``--db`` wins over the group's."""
    return resolve_database_path(local or (ctx.obj or {}).get("db_path"))


class StderrWaitListener:
    """Says on stderr that a write waits for another program (once per wait)."""

    def started(self, path) -> None:
        click.echo(f"waiting for another program that is writing to {path}…", err=True)

    def ended(self, path) -> None:
        pass


@contextlib.contextmanager
def opened_store(ctx: click.Context, local: str | None, *, create: bool = False,
                 write: bool = True) -> Iterator[Store]:
    """The command's database; ``write=False`` for commands that only read (never created or changed)."""
    store = open_store(database_path(ctx, local), create=create, write=write)
    try:
        yield store
    finally:
        store.close()


def user_errors(command: Callable) -> Callable:
    """Print an :class:`ImpactError` (or anything unexpected) as one line and exit non-zero."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ImpactError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USER_ERROR)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # the reader went away (`imports list | head -1`): stop quietly
            _silence_stdout()
            sys.exit(0)
        except (sqlite3.Error, OSError) as exc:
            if isinstance(exc, OSError) and exc.errno in _NAME_ERRORS and exc.filename is not None:
                # A name no disk takes (Path.exists() raises for it), whichever file of whichever command.
                click.echo(f"error: Cannot use {os.fsdecode(exc.filename)}: {file_reason(exc)}.", err=True)
                sys.exit(EXIT_USER_ERROR)
            reason = write_failure(exc)  # a full disk, a read-only file, a writer that never let go
            text = f"nothing could be written: {reason}." if reason else f"unexpected {exc.__class__.__name__}: {exc}"
            click.echo(f"error: {text}", err=True)
            sys.exit(EXIT_USER_ERROR if reason else EXIT_UNEXPECTED)
        except Exception as exc:  # the promise: never a traceback in front of a user
            click.echo(f"error: unexpected {exc.__class__.__name__}: {exc}", err=True)
            sys.exit(EXIT_UNEXPECTED)

    return wrapper


#: OSErrors that say a path itself cannot be (a name too long, a loop of links), whatever the command.
_NAME_ERRORS = frozenset({errno.ENAMETOOLONG, errno.ELOOP})


def _silence_stdout() -> None:
    """Point stdout at /dev/null so flushing it at exit does not raise BrokenPipeError again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main() -> None:
    cli(prog_name="impact-desktop")
