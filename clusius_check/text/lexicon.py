"""Looking words and phrases up in a Doc the way a person reads them, not as substrings.

A token is looked up by every form it may stand for: as written (lower case), with stretched letters
undone (`kuuuut` -> `kut`), by its lemma (`neukt` -> `neuken`), and, when a mask hides letters
(`f*ck` -> `fǂck`), by any listed word of the same length that the visible letters agree with. Phrases
match word by word over those forms, across line breaks. Nothing matches inside a longer word:
`intern` is not in `internet`, `ass` is not in `assessment`.

A lexicon built with `loose=True` reads a listed phrase the way people vary it in chat: filler words may
stand between its words (`waarom leef jij *eigenlijk* nog`), a pronoun may take another of its forms
(`je`/`jij`/`jou`, `you`/`u`, `er`/`d'r`), and a Dutch phrase that opens with a subject and its verb also
matches in question order (`je bent er geweest` -> `ben je er geweest`). A negation is never a filler.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from clusius_check.text.normalise import MASK, fold_diacritics, stretched_forms


def token_forms(token) -> tuple[str, ...]:
    """Every form a token may be looked up by, most literal first, without repeats."""
    return _forms(token.lower_, token.lemma_)


def doc_forms(doc) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Each token's forms and whether it is white space, read once per Doc and kept on it: every rule
    looks words up at every position, and building a spaCy Token each time was most of the cost."""
    for known, forms in _RECENT_FORMS:
        if known is doc:
            return forms
    forms = tuple((_forms(token.lower_, token.lemma_), token.is_space) for token in doc)
    _RECENT_FORMS.insert(0, (doc, forms))
    del _RECENT_FORMS[_RECENT_DOCS:]
    return forms


# A draft is read as a few Docs (as typed, normalised, per hashtag); remembering the last few by identity is
# faster than a dictionary on the Doc, and holds no Doc beyond the next drafts.
_RECENT_DOCS = 4
_RECENT_FORMS: list[tuple[object, tuple[tuple[tuple[str, ...], bool], ...]]] = []


@lru_cache(maxsize=65536)
def _forms(lower: str, lemma: str) -> tuple[str, ...]:
    forms = list(stretched_forms(lower))
    if lemma and lemma not in forms:
        forms.append(lemma)
    return tuple(dict.fromkeys(forms))


def masked_match(form: str, word: str) -> bool:
    """`fǂck` matches `fuck`: same length, and every letter that is not masked agrees."""
    return len(form) == len(word) and all(a in (b, MASK) for a, b in zip(form, word, strict=True))


# Words chat puts anywhere without changing what a phrase means; never a negation.
FILLERS = frozenset(
    {
        "gewoon", "gwn", "maar", "toch", "eigenlijk", "nou", "even", "ff", "echt", "wel", "ook", "lekker",
        "allemaal", "heel", "zo", "dus", "nu", "eens", "'ns", "ns", "fr", "just", "really", "literally",
        "actually", "all", "so", "seriously", "honestly", "totally", "already", "pls", "please", "gewoonweg",
    }
)  # fmt: skip
# Forms of one word: a listed phrase with any of them matches a draft with any other.
ALTERNATE_FORMS = (
    frozenset({"je", "jij", "jou", "u", "jy", "ji"}),
    frozenset({"jouw", "je", "jou", "ur"}),
    frozenset({"er", "d'r", "'r"}),
    frozenset({"ik", "'k", "k", "ikke"}),
    frozenset({"we", "wij", "wullie"}),
    frozenset({"you", "u", "ya", "yu", "yall"}),
    frozenset({"your", "ur", "yr", "yer"}),
)
_ALTERNATES: dict[str, frozenset[str]] = {}
for _group in ALTERNATE_FORMS:
    for _member in _group:
        _ALTERNATES[_member] = _ALTERNATES.get(_member, frozenset()) | _group
DUTCH_SUBJECTS = frozenset({"je", "jij", "u", "ik", "we", "wij", "ze", "zij", "hij"})
MAX_FILLERS = 2


@dataclass(frozen=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    payload: object
    form: str  # the listed form that matched


class Lexicon:
    """Words and phrases with a payload each (a word-list Term, a category, ...)."""

    def __init__(self, nlp, entries: Iterable[tuple[str, object]], loose: bool = False):
        self.loose = loose
        self.words: dict[str, object] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self._by_length: dict[int, list[str]] = {}
        for text, payload in entries:
            # Listed as written and as it reads in the normalised draft, where accents are folded.
            for spelling in dict.fromkeys((text.strip(), fold_diacritics(text.strip()))):
                self._add(nlp, spelling, payload)
        for candidates in self.phrases.values():
            candidates.sort(key=lambda item: -len(item[0]))
        # Every form a match can start with: most words of a draft are not one, and a set says so at once.
        self._starts = frozenset(self.words) | frozenset(self.phrases)
        self._deletions: dict[str, list[str]] | None = None
        self._near: dict[tuple[str, int], tuple[str, object] | None] = {}  # drafts repeat their words

    def _add(self, nlp, text: str, payload: object) -> None:
        parts = text.split(" ")
        if all(part.isalpha() for part in parts):  # plain words: the tokenizer would give them back whole,
            words: tuple[str, ...] = tuple(part.lower() for part in parts)  # so skip it (start-up)
        else:
            words = tuple(token.lower_ for token in nlp.make_doc(text) if not token.is_space)
        if not words:
            return
        if len(words) == 1:
            if words[0] not in self.words:
                self.words[words[0]] = payload
                self._by_length.setdefault(len(words[0]), []).append(words[0])
        else:
            self.phrases.setdefault(words[0], []).append((words, payload))
            if self.loose:
                for inverted in _question_orders(words):
                    self.phrases.setdefault(inverted[0], []).append((inverted, payload))

    def near_word(self, form: str, min_length: int = 6) -> tuple[str, object] | None:
        """A listed word one letter away from `form` (dropped, added, changed or swapped: `kenker`,
        `mosilms`), when `form` is not itself a word of Dutch or English. Symmetric-delete lookup."""
        key = (form, min_length)
        if key not in self._near:
            self._near[key] = self._near_word(form, min_length)
        return self._near[key]

    def _near_word(self, form: str, min_length: int) -> tuple[str, object] | None:
        if not _unknown_word(form, min_length):
            return None
        if self._deletions is None:
            self._deletions = {}
            for word in self.words:
                if len(word) >= min_length - 1 and word.isalpha():
                    for variant in {word, *_deletions(word)}:
                        self._deletions.setdefault(variant, []).append(word)
        near = sorted(
            {
                word
                for variant in (form, *_deletions(form))
                for word in self._deletions.get(variant, ())
                if len(word) >= min_length - 1 and word != form
            }
        )
        if not near:
            return None
        # Two listed words of different kinds one letter away ("Berner": "berber", a group, and a slur) leave
        # it open which was meant: no evidence. Sorted, so the answer never depends on set order (it did:
        # the same draft was flagged in one process and not in the next).
        if len({getattr(self.words[word], "category", None) for word in near}) > 1:
            return None
        return near[0], self.words[near[0]]

    def swapped_word(self, form: str, min_length: int = 4) -> tuple[str, object] | None:
        """A listed word with two neighbouring letters swapped (`fcuk`, `tyfsu`), for short words where
        `near_word` would be too loose, and only when `form` is not itself a word of Dutch or English."""
        if not _unknown_word(form, min_length):
            return None
        for index in range(len(form) - 1):
            swapped = form[:index] + form[index + 1] + form[index] + form[index + 2 :]
            if swapped != form and swapped in self.words:
                return swapped, self.words[swapped]
        return None

    def word(self, forms: Iterable[str]) -> tuple[str, object] | None:
        """The listed word one of `forms` is, masks allowed."""
        for form in forms:
            if form in self.words:
                return form, self.words[form]
        for form in forms:
            if MASK in form and form.strip(MASK):
                for word in self._by_length.get(len(form), ()):
                    if masked_match(form, word):
                        return word, self.words[word]
        return None

    def match_at(self, doc, index: int, forms: tuple[str, ...] | None = None) -> Match | None:
        """The longest listed phrase or word starting at token `index`."""
        forms = forms if forms is not None else doc_forms(doc)[index][0]
        firsts = _with_alternates(forms) if self.loose else forms
        if not self._may_start(firsts):
            return None
        second: tuple[str, ...] | None = None  # forms of the next word, read once for all candidates
        for form in firsts:
            candidates = self.phrases.get(form)
            if not candidates:
                continue
            if second is None:
                second = _next_forms(doc, index, self.loose)
            for words, payload in candidates:
                if second and words[1] not in second:
                    continue  # most candidates fail here, before the slower walk
                end = _phrase_end(doc, index, words, self.loose)
                if end is not None:
                    return Match(index, end, payload, " ".join(words))
        found = self.word(forms)
        if found is not None:
            return Match(index, index + 1, found[1], found[0])
        return None

    def matches(self, doc, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """The longest listed phrase or word at every word from `start` to `end`, in order; a match may
        overlap the one before. The same as `match_at` at each word, without a call for the many words
        that start nothing."""
        tokens = doc_forms(doc)
        loose = self.loose
        for index in range(start, len(tokens) if end is None else end):
            forms, is_space = tokens[index]
            if is_space or not self._may_start(_with_alternates(forms) if loose else forms):
                continue
            match = self.match_at(doc, index, forms)
            if match is not None:
                yield match

    def _may_start(self, firsts: tuple[str, ...]) -> bool:
        # A mask shows in the word as typed, the first form; the others derive from it.
        return not self._starts.isdisjoint(firsts) or MASK in firsts[0]


def _next_forms(doc, index: int, loose: bool) -> tuple[str, ...]:
    """The forms the word after `index` may match; empty (no filter) when a filler might be skipped."""
    tokens = doc_forms(doc)
    position = index + 1
    while position < len(tokens) and tokens[position][1]:
        position += 1
    if position >= len(tokens):
        return ("",)  # nothing follows: no phrase can match
    forms = tokens[position][0]
    if loose and forms[0] in FILLERS:
        return ()
    return _with_alternates(forms) if loose else forms


def _phrase_end(doc, index: int, words: tuple[str, ...], loose: bool = False) -> int | None:
    tokens = doc_forms(doc)
    position = index + 1
    for word in words[1:]:
        skipped = 0
        while True:
            while position < len(tokens) and tokens[position][1]:
                position += 1
            if position >= len(tokens):
                return None
            forms = tokens[position][0]
            if word in forms or (loose and word in _with_alternates(forms)):
                break
            if not loose or skipped == MAX_FILLERS or forms[0] not in FILLERS:
                return None
            skipped += 1
            position += 1
        position += 1
    return position


@lru_cache(maxsize=65536)
def _with_alternates(forms: tuple[str, ...]) -> tuple[str, ...]:
    extra = [alternate for form in forms for alternate in _ALTERNATES.get(form, ())]
    return tuple(dict.fromkeys((*forms, *extra))) if extra else forms


def _question_orders(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`je bent er geweest` -> `ben je er geweest`, `ik krijg je nog` -> `krijg ik je nog`: Dutch puts the
    verb first in questions and after an opening word. Before `je`/`jij` the verb may lose its -t (`ben
    je`, but `moet je`), so both are listed."""
    if len(words) < 3 or words[0] not in DUTCH_SUBJECTS or not words[1].isalpha():
        return []
    verbs = [words[1]]
    if words[0] in ("je", "jij", "u") and words[1].endswith("t") and len(words[1]) > 3:
        verbs.append(words[1][:-1])
    return [(verb, words[0], *words[2:]) for verb in verbs]


def _deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


# Endings the lookup tables leave out: inflected adjectives (`zwarte`), comparatives, diminutives.
_ENDINGS = ("e", "en", "s", "t", "er", "ere", "ste", "je", "tje", "jes", "tjes", "es", "ed", "ing", "ly")


def _unknown_word(form: str, min_length: int) -> bool:
    """Long enough, all letters, and no word of Dutch or English: only such a form may be a misspelling."""
    from clusius_check.text.pipeline import vocabulary

    return len(form) >= min_length and form.isalpha() and not _known(form, vocabulary())


def _known(form: str, vocabulary: Container[str]) -> bool:
    return (
        form in vocabulary
        or any(form.endswith(ending) and form[: -len(ending)] in vocabulary for ending in _ENDINGS)
        or _dutch_participle(form, vocabulary)
    )


def _dutch_participle(form: str, vocabulary: Container[str]) -> bool:
    """`gepikt` (pikken), `gegooid` (gooien), `gestolen`: a past participle of a verb in the vocabulary."""
    if not form.startswith("ge") or len(form) < 6:
        return False
    stem = form[2:-1] if form.endswith(("t", "d")) else form[2:-2] if form.endswith("en") else ""
    return bool(stem) and any(
        verb in vocabulary for verb in (stem + "en", stem + stem[-1:] + "en", stem + "n", form[2:])
    )
