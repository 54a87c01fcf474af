"""Undoing the disguises pupils use, before tokenising, with a map back to the characters they wrote.

`k a n k e r`, `K.U.T.`, `sh!t`, `k@nker`, `f*ck`, `kuuuut` and `kánker` all have to reach the word
lists as the word they stand for. That must happen on the raw text: spaCy splits `k a n k e r` into six
tokens and `sh!t` at the `!`, after which no lookup can put them together again.

Each step keeps, for every character it outputs, the index of the character in the draft it came from,
so a finding found in the normalised text still points at what the writer typed.

Traps, each with a test:
- leetspeak only *between* letters: `tyfushoer!` keeps its `!`, `mp3` and `2e klas` keep their digits,
  `@tim` stays a handle; `a$$` is the one ending that is mapped, because `$` never ends a sentence;
- a mask (`*`, `#`, `_`) stands for one letter inside a word (`f*ck`, `f**k`) or at its end (`f***`), but
  Markdown emphasis (`**dom**`, `_echt_`) is emphasis, and handles, hashtags, e-mail addresses and links
  are left alone;
- letters are joined only in runs of three or more single letters with one kind of separator
  (`k a n k e r`, `K.U.T.`, `f-u-c-k`), so initials (`J.P. Thijsse`) and `u a.s.` stay apart;
- stretched letters (`kuuuut`) are undone per word when looking it up (`stretched_forms`), not here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A letter that spaCy keeps inside a word, standing for one masked letter (`f*ck` -> `fǂck`).
MASK = "ǂ"
MASK_CHARACTERS = frozenset("*#_")
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "€": "e"}
# Cyrillic and Greek letters that look like Latin ones, used to slip a word past a filter.
HOMOGLYPHS = dict(
    zip(
        "аеорсухіјѕкмтнвАЕОРСУХІЈЅКМТНВαεικνορτυχΑΕΙΚΝΟΡΤΥΧ",
        "aeopcyxijskmtHBAEOPCYXIJSKMTHBaeiknoptyxAEIKNOPTYX",
        strict=True,
    )
)
# Characters that may stand for a letter in leetspeak or masking.
_DISGUISE = frozenset(LEET) | MASK_CHARACTERS
# A chunk (a run of non-space characters) that is an address rather than a word: keep it as written.
_ADDRESS = re.compile(r"^(?:[@#]|https?:|www\.)|@\w+\.\w|\.(?:nl|com|org|net|be|eu)\b", re.IGNORECASE)
# Three or more single letters with the same separator between them: `k a n k e r`, `K.U.T.`, `f-u-c-k`.
# One pattern per separator, so that `u a.s.` (a space, then a dot) is prose, not a spelled-out word.
_SPACED_LETTERS_BY = tuple(
    re.compile(rf"(?<![\w@$])[^\W\d_](?:{separator}[^\W\d_]){{2,}}(?![\w@$])", re.UNICODE)
    for separator in (r"\. ", r"\.", " ", "-", "_")
)
_REPEATS = re.compile(r"([^\W\d_])\1{2,}", re.UNICODE)


@dataclass(frozen=True)
class NormalisedText:
    """The text the obfuscation-aware rules read, with `origin[i]` = draft index of character i."""

    text: str
    origin: tuple[int, ...]
    source_length: int

    changed: bool = False  # whether any disguise was undone

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Draft offsets [start, end) covering normalised characters [start, end)."""
        if start >= len(self.origin):
            return self.source_length, self.source_length
        source_start = self.origin[start]
        source_end = self.origin[end - 1] + 1 if end > start else source_start
        return source_start, source_end


def normalise_obfuscation(text: str) -> NormalisedText:
    """The draft body with disguises undone; identical to `text` when it has none."""
    if text.isascii() and not _may_be_disguised(text):
        return NormalisedText(text, tuple(range(len(text))), len(text))
    chars = _fold_diacritics(text)
    chars = _join_spaced_letters(chars)
    chars = _undo_leet_and_masks(chars)
    normalised = "".join(char for char, _ in chars)
    return NormalisedText(normalised, tuple(index for _, index in chars), len(text), normalised != text)


def _may_be_disguised(text: str) -> bool:
    return any(char in _DISGUISE for char in text) or any(
        pattern.search(text) for pattern in _SPACED_LETTERS_BY
    )


def fold_diacritics(text: str) -> str:
    """`oké` -> `oke`, `Syriërs` -> `Syriers`: how a listed word reads in the normalised draft."""
    return text if text.isascii() else "".join(char for char, _ in _fold_diacritics(text))


def _fold_diacritics(text: str) -> list[tuple[str, int]]:
    """Each character without its accents (`kánker` -> `kanker`), keeping where it came from. A Cyrillic
    or Greek look-alike inside a word of Latin letters (`bоllосks` with Cyrillic о and с) becomes the
    Latin letter; a word written wholly in another script is left alone."""
    mixed = _mixed_script_positions(text)
    chars: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if char.isascii():
            chars.append((char, index))
            continue
        if index in mixed:
            chars.append((HOMOGLYPHS[char], index))
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        base = "".join(part for part in decomposed if not unicodedata.combining(part))
        if not base or len(base) > 1 or not base.isprintable():
            base = char
        chars.append((base, index))
    return chars


def _mixed_script_positions(text: str) -> set[int]:
    positions: set[int] = set()
    for word in re.finditer(r"\S+", text):
        chunk = word.group()
        if any(char in HOMOGLYPHS for char in chunk) and any(
            char.isascii() and char.isalpha() for char in chunk
        ):
            positions.update(word.start() + i for i, char in enumerate(chunk) if char in HOMOGLYPHS)
    return positions


def _join_spaced_letters(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    text = "".join(char for char, _ in chars)
    drop: set[int] = set()
    for pattern in _SPACED_LETTERS_BY:
        for match in pattern.finditer(text):
            positions = range(match.start(), match.end())
            if drop.intersection(positions):
                continue
            drop.update(position for position in positions if not text[position].isalpha())
    if not drop:
        return chars
    return [pair for position, pair in enumerate(chars) if position not in drop]


def _undo_leet_and_masks(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    output: list[tuple[str, int]] = []
    start = 0
    while start < len(chars):
        if chars[start][0].isspace():
            output.append(chars[start])
            start += 1
            continue
        end = start
        while end < len(chars) and not chars[end][0].isspace():
            end += 1
        output.extend(_undo_in_chunk(chars[start:end]))
        start = end
    return output


def _undo_in_chunk(chunk: list[tuple[str, int]]) -> list[tuple[str, int]]:
    word = "".join(char for char, _ in chunk)
    if not any(char in _DISGUISE or _is_symbol(char) for char in word) or _ADDRESS.search(word):
        return chunk
    letters = list(word)
    # Markdown emphasis around a word (`**dom**`, `_echt_`): the markers are not masks.
    leading = len(word) - len(word.lstrip("*_"))
    trailing = len(word) - len(word.rstrip("*_")) if leading else 0
    for start, end in _runs(word, MASK_CHARACTERS, leading, len(word) - trailing):
        letter_after = end < len(word) and word[end].isalpha()
        if start > 0 and word[start - 1].isalpha() and (letter_after or _only_punctuation(word[end:])):
            letters[start:end] = MASK * (end - start)
    # An emoji or symbol standing for a letter: "k💩t". Only between letters; after a word it is an emoji.
    for position in range(1, len(word) - 1):
        if _is_symbol(word[position]) and word[position - 1].isalpha() and word[position + 1].isalpha():
            letters[position] = MASK
    if word[0] == "$" and len(word) > 1 and word[1].isalpha():
        letters[0] = "s"  # "$hit"; "$5" is money
    for start, end in _runs(word, LEET.keys(), 0, len(word)):
        if not (start > 0 and letters[start - 1].isalpha()):
            continue
        letter_after = end < len(word) and (
            letters[end].isalpha() or (letters[end] == "'" and word[end + 1 : end + 2].isalpha())
        )
        if letter_after:  # "h0m0's": the apostrophe of a Dutch plural counts as part of the word
            letters[start:end] = [LEET[char] for char in word[start:end]]
        elif set(word[start:end]) == {"$"} and _only_punctuation(word[end:]):
            letters[start:end] = "s" * (end - start)
    return [(letter, index) for letter, (_, index) in zip(letters, chunk, strict=True)]


def _runs(word: str, members, start: int, stop: int):
    """(start, end) of each maximal run of `members` characters within word[start:stop]."""
    index = start
    while index < stop:
        if word[index] not in members:
            index += 1
            continue
        end = index
        while end < stop and word[end] in members:
            end += 1
        yield index, end
        index = end


def _is_symbol(char: str) -> bool:
    return unicodedata.category(char) in ("So", "Sk", "Sm") and char not in "+<>=|~^"


def _only_punctuation(rest: str) -> bool:
    return not any(char.isalnum() for char in rest)


def stretched_forms(word: str) -> tuple[str, ...]:
    """The forms to look a word up by: as typed, and with stretched letters (`kuuuut`) undone.

    A run of three or more equal letters may stand for a double letter (`pussssy`) or a single one
    (`kuuuut`, `FUUUCK`), so both are tried. Done per word at lookup time rather than on the text:
    Dutch plurals such as `ideeën` have three equal letters once the diaeresis is folded.
    """
    if not _REPEATS.search(word):
        return (word,)
    return word, _REPEATS.sub(r"\1\1", word), _REPEATS.sub(r"\1", word)
