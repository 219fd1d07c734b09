"""The idempotent sync: ``ledgerlink sync ap`` and ``ledgerlink sync ar``.

- :mod:`.state`: the SQLite cross-reference of every synced record.
- :mod:`.fingerprint`: the content hash that decides what is resent.
- :mod:`.engine`: the generic fetch / map / compare / send / commit loop.
- :mod:`.ap` and :mod:`.ar`: the two flows, built from the generated clients
  and the mapping library.
- :mod:`.report`: progress bar and summary table.
"""
