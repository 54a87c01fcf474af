"""Reporters render results; they never decide anything (the verdict is already in the result)."""
