"""Keeping credentials out of reprs, logs and error messages.

A credential travels from the caller (or the environment) to the one place
that puts it on the wire, the auth flow.  Everything in between holds a
:class:`Secret`, whose ``repr`` and ``str`` never show the value, so an
accidental ``print(client)``, a debugger's variable view or a log line of
``%r`` cannot leak it.  :func:`redact` scrubs text that came from elsewhere
(a response body quoted in an error) of known secret values and of anything
that looks like a credential field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_MASK: Final = "***"

# What in a field's name says the field carries a credential.
_CREDENTIAL_WORDS: Final = r"token|secret|password|api_?key|apisecretkey|authorization"

_CREDENTIAL_NAME = re.compile(_CREDENTIAL_WORDS, re.IGNORECASE)

# JSON or form fields whose names say they carry a credential.
_CREDENTIAL_FIELD = re.compile(
    rf"""(?P<key>["']?[\w-]*(?:{_CREDENTIAL_WORDS})[\w-]*["']?\s*[:=]\s*["']?)"""
    r"""(?P<value>[^"'&,\s}]+)""",
    re.IGNORECASE,
)


def is_credential_name(name: str) -> bool:
    """Whether a field called ``name`` carries a credential (mask its value)."""
    return bool(_CREDENTIAL_NAME.search(name))


class Secret:
    """A string that must not be shown; ``reveal()`` is the only way to read it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({_MASK!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> str | tuple[object, ...]:
        # Pickling would copy the value somewhere nobody meant it to go.
        raise TypeError("a Secret cannot be pickled")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with the given secret values and credential-like fields masked."""
    for value in secrets:
        if value:
            text = text.replace(value, _MASK)
    return _CREDENTIAL_FIELD.sub(lambda m: m["key"] + _MASK, text)
