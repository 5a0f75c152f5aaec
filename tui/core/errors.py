"""The engine's exceptions: each message is one line a user can act on."""


class SyndiffError(Exception):
    """Base class: bad input or usage; the CLI prints the message and exits 2."""


class LoadError(SyndiffError):
    """An input that cannot be read or decoded."""


class RulesError(SyndiffError):
    """A boilerplate rules file that cannot be used."""


class BaseChoiceError(SyndiffError):
    """A --base that names no version."""
