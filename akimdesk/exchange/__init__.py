"""Offline exchange between levels: signed data packages district -> oblast -> Government.

`records` says which tables travel and how a row becomes JSON, `export` writes a package, `reader` checks
one before anything is written, `merge` applies it in one transaction, `conflicts` lets a person decide,
`completeness` shows who sent what. The format is described in docs/exchange-format.md.
"""

from __future__ import annotations


class ExchangeRefused(Exception):
    """A package or request refused with a reason; nothing was written.

    `code` and `values` let the interface say it in the user's language; str() is the English line.
    `bad_input` marks input that is not a package at all (the command line exits with 2).
    """

    def __init__(self, code: str, message: str, bad_input: bool = False, **values):
        super().__init__(message)
        self.code = code
        self.values = values
        self.bad_input = bad_input
