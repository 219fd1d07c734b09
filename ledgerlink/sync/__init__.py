"""The idempotent sync: ``ledgerlink sync ap`` and ``ledgerlink sync ar``.

- :mod:`.state`: the SQLite cross-reference of every synced record.
- :mod:`.fingerprint`: the content hash that decides what is resent.
- :mod:`.engine`: the generic fetch / map / compare / send / commit loop.
- :mod:`.sources`: paged lists, details where the lists fall short.
- :mod:`.mapper`: the engine's mapper over a pair of the mapping library.
- :mod:`.to_accountingsuite` and :mod:`.to_payorcrm`: the two targets.
- :mod:`.wire`: generated operations called with exact (Decimal) JSON.
- :mod:`.retrying`: which refused writes may be sent again.
- :mod:`.connections`: base URLs and credentials (environment or sandbox).
- :mod:`.ap` and :mod:`.ar`: the two flows; :mod:`.runner` runs one.
- :mod:`.report`: progress bar and summary table.
"""
