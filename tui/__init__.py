"""syndiff: compare the versions of a news story. Importing this package loads nothing else."""

__version__ = "0.1.0"
