"""The errors tdkt raises for bad input and faults of the environment.

Every error carries a one-line message naming the file (and line) or the endpoint, and the exit
code the CLI returns for it (see CONTRACT.md): 2 for usage or input errors, 3 for faults of the
environment (a locked store, an unreachable server).
"""
from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class TdktError(Exception):
    """Base class of every error tdkt reports to its users."""

    exit_code = 2

    def __init__(self, message: str):
        # always one line, and nothing from the input that a terminal would act on (control characters,
        # bidirectional overrides): those are shown escaped
        text = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), " ".join(str(message).split()))
        super().__init__(text)

    @property
    def message(self) -> str:
        return str(self)


class InputError(TdktError):
    """Bad input: an unreadable file, a syntax error, an unknown name."""


class LoaderError(InputError):
    """A source could not be read: ``LoaderError("a.ttl", 12, "bad IRI")`` → ``a.ttl:12: bad IRI``."""

    def __init__(self, source: str, line: int | None, message: str):
        self.source, self.line = str(source), line
        where = f"{source}:{line}" if line else str(source)
        super().__init__(f"{where}: {message}")


class QueryError(InputError):
    """A SPARQL query that cannot be parsed or is not allowed."""


class ValidationError(TdktError):
    """Validation could not run (not: the data does not conform)."""


class StoreError(TdktError):
    """The store cannot be used: locked by another process, unreachable, disk full."""

    exit_code = 3
