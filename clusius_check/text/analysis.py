"""One analysis per draft, shared by every rule: the spaCy Doc, the post's language, and positions.

Rules see character offsets in the draft body; people need line and column in the file they wrote,
front matter included. This module is the one place that converts between the two.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from clusius_check.drafts import Draft
from clusius_check.text.language import detect_language
from clusius_check.text.normalise import NormalisedText, normalise_obfuscation


@dataclass
class AnalysedDraft:
    draft: Draft
    language: str
    doc: object  # spacy.tokens.Doc over the draft body
    _line_starts: list[int] = field(default_factory=list, repr=False)
    # Results one rule computes and another reuses for this draft (bullying asks vulgar-language which
    # words are terms of abuse), keyed by whoever stores them.
    shared: dict = field(default_factory=dict, repr=False)

    @property
    def body(self) -> str:
        return self.draft.body

    @cached_property
    def normalised(self) -> NormalisedText:
        """The body with disguises undone (`k@nker`, `k u t`), for the rules that pupils try to fool."""
        return normalise_obfuscation(self.body)

    @cached_property
    def normalised_doc(self):
        """A Doc over `normalised.text`; the body's own Doc when there was nothing to undo."""
        if not self.normalised.changed:
            return self.doc
        from clusius_check.text.pipeline import get_nlp

        return get_nlp(self.language)(self.normalised.text)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Body offsets of normalised characters [start, end)."""
        return self.normalised.source_span(start, end)

    def position(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column), 1-based, for body offsets [start, end)."""
        if not self._line_starts:
            text = self.draft.text
            self._line_starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
        absolute_start = self.draft.body_offset + start
        absolute_end = self.draft.body_offset + max(end, start)
        line = bisect_right(self._line_starts, absolute_start)
        end_line = bisect_right(self._line_starts, max(absolute_end - 1, absolute_start))
        column = absolute_start - self._line_starts[line - 1] + 1
        end_column = absolute_end - self._line_starts[end_line - 1] + 1
        return line, column, end_line, end_column


def analyse(draft: Draft) -> AnalysedDraft:
    from clusius_check.text.pipeline import get_nlp

    language = draft.meta.lang or detect_language(draft.body)
    doc = get_nlp(language)(draft.body)
    return AnalysedDraft(draft=draft, language=language, doc=doc)
