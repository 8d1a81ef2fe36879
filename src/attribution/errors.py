"""Errors raised by the toolkit. All derive from :class:`AttributionError`."""

from __future__ import annotations


class AttributionError(Exception):
    """Base class of every error the toolkit raises on purpose."""


class LexiconError(AttributionError):
    """A lexicon file is missing, unreadable or lacks a required key."""


class ModelError(AttributionError):
    """A spaCy pipeline could not be loaded."""


class InputError(AttributionError):
    """An input file cannot be analyzed (missing, binary, empty, undecodable...)."""


class ResultsError(AttributionError):
    """A results directory is missing or its files are unreadable."""
