"""Typed errors. Library code raises these; the CLI prints them as `mt: error: ...`."""


class MTError(Exception):
    """Base class for every error a user can fix."""


class InputError(MTError):
    """Bad user input: a language code, a file, a text."""


class ModelError(MTError):
    """A model directory that is missing, corrupt or of an unknown kind."""


class DataError(MTError):
    """Parallel data that cannot be read or used."""


class MissingDependency(MTError):
    """An optional package is not installed."""

    def __init__(self, package: str, extra: str):
        super().__init__(f"this needs the '{package}' package: pip install 'vien-mt[{extra}]'")
