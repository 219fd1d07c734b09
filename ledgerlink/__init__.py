"""ledgerlink: runtime, CLI, sandbox and sync around the generated clients."""
