"""One module per `ledgerlink` subcommand, imported only when that command runs."""
