"""JSON bytes in and out, with every number exact.

``json.loads`` turns ``12.34`` into a float and ``orjson`` does too; a float is
exactly what a mapping must never hold.  msgspec's decoder hands the literal
text of every non-integer number to ``float_hook``, so numbers become
:class:`~decimal.Decimal` straight from the bytes, with no float in between,
and its encoder writes a Decimal back as a JSON number with the same digits.
It is also faster than ``json`` in both directions, which pays for the typed
pipeline's checks (see ``benchmarks/bench_mapping.py``).

NDJSON is read line by line, so a stream of any length is converted in
constant memory; a JSON array is read whole.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Any

import msgspec

_decoder = msgspec.json.Decoder(float_hook=Decimal)
_encoder = msgspec.json.Encoder(decimal_format="number")

DecodeError = msgspec.DecodeError


def loads(data: bytes | str) -> Any:
    """Parse JSON; non-integer numbers become Decimal (never float)."""
    return _decoder.decode(data)


def dumps(value: Any) -> bytes:
    """Compact JSON; a Decimal is written as a number with its exact digits."""
    return _encoder.encode(value)


class Malformed:
    """A line (or document) of the input that is not JSON at all."""

    def __init__(self, message: str) -> None:
        self.message = message


def read_records(stream: IO[bytes]) -> Iterator[Any]:
    """Records of a JSON array or NDJSON stream, in order.

    A line of NDJSON that does not parse yields a :class:`Malformed` in its
    place (its index still counts), so one broken line costs one record.
    """
    first = b""
    while True:
        chunk = stream.read(1)
        if not chunk:
            return
        if not chunk.isspace():
            first = chunk
            break
    if first == b"[":
        body = first + stream.read()
        try:
            document = loads(body)
        except DecodeError as exc:
            raise ValueError(f"the input is not a JSON array: {exc}") from None
        if not isinstance(document, list):
            raise ValueError("the input is not a JSON array")
        yield from document
        return
    line = first + stream.readline()
    if first == b"{":
        try:
            record = loads(line)
        except DecodeError:
            # Not one record per line: a single pretty-printed object, as a
            # ``GET /…/{id}`` answers.  Read it whole; if that is not JSON
            # either, fall through and report the lines one by one.
            rest = stream.read()
            try:
                document = loads(line + rest)
            except DecodeError:
                stream = io.BytesIO(rest)
            else:
                yield document
                return
        else:
            # The first line is a record of its own: hand over the value
            # already decoded rather than parsing the line a second time.
            yield record
            line = stream.readline()
    while line:
        if line.strip():
            try:
                yield loads(line)
            except DecodeError as exc:
                yield Malformed(f"line is not JSON: {exc}")
        line = stream.readline()
