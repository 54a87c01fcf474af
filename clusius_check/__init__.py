"""clusius-check: check a draft social-media post against the Clusius College protocol before posting."""

__version__ = "0.1.0"
