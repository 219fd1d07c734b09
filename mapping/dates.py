"""Dates as the three servers really send them.

AccountingSuite writes a midnight value as ``yyyy-mm-dd``, any other time as
``yyyy-mm-ddTHH:MM:SS`` followed by the server's offset (``-08``) or ``Z``, and
an empty date as ``""``.  Procurify sends RFC 3339 date-times
(``2019-08-24T14:15:22Z``) and some plain dates.  A mapping wants the *date
part of what the server wrote* (the local calendar day the document carries),
never a date shifted into another zone, so the offset is validated and then
ignored.  Anything else is refused: strict, but accepting every real format.
"""

from __future__ import annotations

import datetime
import re

_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?"
    r"(?:Z|z|[+-]\d{2}(?::?\d{2})?)?)?"
)


def date_part(text: str) -> datetime.date | None:
    """The calendar date at the start of ``text``; ``None`` for ``""``.

    Raises ``ValueError`` for anything that is not one of the known shapes or
    names an impossible date or time.
    """
    if text == "":
        return None
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(f"not a date: {text!r}")
    year, month, day, hour, minute, second = match.groups()
    if hour is not None and (
        int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59
    ):
        raise ValueError(f"not a time of day: {text!r}")
    return datetime.date(int(year), int(month), int(day))


_FROM_ISO = datetime.datetime.fromisoformat


def parse_datetime(text: str) -> datetime.datetime:
    """An RFC 3339 date-time (``Z`` or an offset) as an aware-or-naive datetime."""
    if (
        len(text) in (20, 25)
        and text[4] == text[7] == "-"
        and text[10] == "T"
        and text[13] == text[16] == ":"
    ):
        # yyyy-mm-ddTHH:MM:SSZ / +hh:mm, the form every API here sends:
        # fromisoformat alone is exact for it, no regex needed.
        try:
            return _FROM_ISO(text)
        except ValueError:
            pass
    if _DATE.fullmatch(text) is None:
        raise ValueError(f"not a date-time: {text!r}")
    return _FROM_ISO(text.replace("z", "Z"))
