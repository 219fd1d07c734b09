"""Where JSON-like text is inside a string literal, for the extract tools.

The seed documents print JSON that is not always valid (bullets before members,
blocks run into prose), so the tools find its structure by hand: brackets and
bullets count only outside strings, and a string ends at an unescaped quote.
"""

from __future__ import annotations


class StringTracker:
    """Fed one character at a time, says whether it is structural text."""

    def __init__(self) -> None:
        self.in_string = False
        self.escaped = False

    def outside(self, char: str) -> bool:
        """Whether ``char`` stands outside every string (quotes themselves do not)."""
        if self.in_string:
            if self.escaped:
                self.escaped = False
            elif char == "\\":
                self.escaped = True
            elif char == '"':
                self.in_string = False
            return False
        if char == '"':
            self.in_string = True
            return False
        return True
