"""The `ledgerlink` command line.

Subcommands live in ``ledgerlink/commands/`` and are imported only when they
run, so ``ledgerlink map`` on one record does not pay for the sandbox's web
stack or the sync's database at start-up.
"""

from __future__ import annotations

import importlib
import importlib.util

import click

# name -> "module:attribute" of a click.Command.  A command whose module does
# not exist (yet) is simply not offered.
COMMANDS: dict[str, str] = {
    "map": "ledgerlink.commands.map:map_command",
    "fields": "ledgerlink.commands.fields:fields_command",
    "sandbox": "ledgerlink.commands.sandbox:sandbox_command",
    "sync": "ledgerlink.commands.sync:sync_group",
}


def _available() -> dict[str, str]:
    return {
        name: target
        for name, target in COMMANDS.items()
        if importlib.util.find_spec(target.partition(":")[0]) is not None
    }


class LazyGroup(click.Group):
    """A click group that imports each subcommand's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_available()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = _available().get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        module_name, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command


@click.group(cls=LazyGroup)
@click.version_option(package_name="ledgerlink")
def main() -> None:
    """Typed clients for Procurify, AccountingSuite and PayorCRM, and exact mappings between them."""
