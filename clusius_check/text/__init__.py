"""Shared text analysis: one spaCy pipeline per language per process, built only when a check needs it."""
