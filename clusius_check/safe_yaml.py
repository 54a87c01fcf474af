"""YAML for files a person wrote: safe types only, and no aliases.

`yaml.safe_load` already refuses to build Python objects, but it still expands aliases: a 600-byte
front matter with nested `*alias` references ("billion laughs") measured 6.9 s and 1.25 GB here, and
an error message quoting the value came out 312 MB long. Nothing a draft, a config or a word list
needs is expressed with aliases, so they are refused outright.
"""

from __future__ import annotations

import yaml


class _NoAliasSafeLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed here", event.start_mark
            )
        return super().compose_node(parent, index)


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml: word lists load about six times faster


def load_yaml(text: str) -> object:
    """Parse `text` like yaml.safe_load, refusing aliases. Raises yaml.YAMLError on bad input."""
    if _FAST_LOADER is None:
        return yaml.load(text, Loader=_NoAliasSafeLoader)  # noqa: S506 - a SafeLoader subclass
    for event in yaml.parse(text, Loader=_FAST_LOADER):  # aliases are refused before anything is built
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed here", event.start_mark
            )
    return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 - libyaml's SafeLoader


def short_repr(value: object, limit: int = 60) -> str:
    """repr() for error messages, cut to `limit` characters: a message stays one readable line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
