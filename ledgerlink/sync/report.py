"""What a person sees of a sync: a progress bar while it runs, a summary when it ends.

The engine knows nothing about terminals; it calls an :class:`~.engine.Observer`.
:class:`ConsoleReport` is the observer of the command line: a rich progress
bar per record type (shown only on a terminal, so logs and pipes get the
summary alone), one line per record a dry run would send, and the summary
table with every failed record and its reason.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from ledgerlink.sync.engine import FlowResult, Outgoing, TypeStats
from ledgerlink.sync.fingerprint import canonical_json

__all__ = ["ConsoleReport", "summary_table"]


def summary_table(result: FlowResult) -> Table:
    """Per record type: fetched, unchanged, created, updated, failed."""
    title = f"sync {result.flow}"
    if result.dry_run:
        title += " (dry run: created/updated = would be sent)"
    table = Table(title=title, title_justify="left")
    table.add_column("record type")
    for name in ("fetched", "unchanged", "created", "updated", "failed"):
        table.add_column(name, justify="right")
    for stats in result.types:
        table.add_row(
            stats.record_type,
            str(stats.fetched),
            str(stats.unchanged),
            str(stats.created),
            str(stats.updated),
            f"[red]{stats.failed}[/red]" if stats.failed else "0",
        )
    return table


class ConsoleReport:
    """Progress and summary on a rich console; use as a context manager around a run."""

    def __init__(
        self, console: Console | None = None, *, progress: bool = True
    ) -> None:
        self.console = console or Console()
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
            disable=not (progress and self.console.is_terminal),
        )
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> ConsoleReport:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    # -- Observer ------------------------------------------------------------

    def step_started(self, flow: str, record_type: str) -> None:
        self._tasks[record_type] = self._progress.add_task(
            f"{flow}: {record_type}", total=None
        )

    def fetched(self, record_type: str, count: int) -> None:
        task = self._tasks.get(record_type)
        if task is not None:
            self._progress.advance(task, count)

    def planned(self, outgoing: Outgoing[Any]) -> None:
        action = "create" if outgoing.target_id is None else "update"
        where = "" if outgoing.target_id is None else f" as {outgoing.target_id}"
        body = canonical_json(outgoing.document).decode()
        self.console.print(
            f"would {action} {outgoing.record_type} {escape(outgoing.source_id)}"
            f"{escape(where)} ({outgoing.reason}): {escape(body)}",
            soft_wrap=True,
            highlight=False,
        )

    def step_finished(self, stats: TypeStats) -> None:
        task = self._tasks.get(stats.record_type)
        if task is not None:
            self._progress.update(task, total=stats.fetched, completed=stats.fetched)

    # -- the end -------------------------------------------------------------

    def summary(self, result: FlowResult) -> None:
        """The table, then every failed record with its reason."""
        self.console.print(summary_table(result))
        for stats in result.types:
            for source_id, reason in stats.failures:
                self.console.print(
                    f"[red]failed[/red] {stats.record_type} {escape(source_id)}:"
                    f" {escape(reason)}",
                    soft_wrap=True,
                    highlight=False,
                )
        if result.aborted is not None:
            self.console.print(
                f"[red]stopped early[/red]: {escape(result.aborted)}"
                " (everything before is recorded; run again to finish)",
                soft_wrap=True,
                highlight=False,
            )
