"""Who a word is aimed at: a person (`jij eikel`, `Tim is een lul`), or nobody (`de eikels vallen`).

No trained Dutch parser can be installed here, so this reads the few words around a token: personal
pronouns, copulas, the articles of a noun phrase, insulting adjectives and vocatives. The word sets are
grammar, not vocabulary a school would edit, which is why they live in code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clusius_check.text.lexicon import doc_forms

# Second person: the reader is the target. Right before a word they address someone ("jij eikel");
# "je" and "your" only do so as the subject of a copula ("je bent een eikel"), since "je eikels" is
# "your acorns".
ADDRESSING = frozenset({"jij", "jullie", "gij", "you", "ya", "yo"})
SECOND_PERSON_SUBJECTS = frozenset(
    {"jij", "je", "jullie", "u", "gij", "ge", "you", "ya", "ur", "youre", "you're", "u're"}
)
# Third person that can stand for a person (not `het`, `it`, `dit`).
THIRD_PERSON = frozenset({"hij", "zij", "ze", "hem", "haar", "he", "she", "him", "her", "they", "them"})
COPULAS = frozenset(
    {"bent", "ben", "is", "zijn", "was", "waren", "blijft", "are", "am", "'re", "'m", "'s", "were", "="}
)
# "wat een eikel", "zo'n lul", "such a prick", "what a dick", "you little ..."
EXCLAMATIVE_LEAD = frozenset({"wat", "zo'n", "zon", "such", "what"})
INDEFINITE = frozenset({"een", "'n", "a", "an", "zo'n", "zon"})
# Words that make the next noun a thing or an animal rather than a name for someone.
THING_DETERMINERS = frozenset(
    {
        "de",
        "het",
        "the",
        "deze",
        "dit",
        "dat",
        "die",
        "this",
        "that",
        "these",
        "those",
        "mijn",
        "onze",
        "ons",
        "my",
        "our",
        "zijn",
        "his",
        "its",
        "their",
        "hun",
        "elke",
        "every",
        "geen",
        "no",
    }
)
# Adjectives that turn a word into a term of abuse ("vuile", "stupid"); also intensifying curses.
INSULTING_ADJECTIVES = frozenset(
    {
        "vuile",
        "vuil",
        "vieze",
        "vies",
        "gore",
        "smerige",
        "stomme",
        "stom",
        "domme",
        "dom",
        "dikke",
        "lelijke",
        "vette",
        "kut",
        "kanker",
        "kk",
        "tering",
        "tyfus",
        "achterlijke",
        "zielige",
        "stupid",
        "dumb",
        "fat",
        "ugly",
        "dirty",
        "fucking",
        "filthy",
        "lazy",
        "stinking",
        "pathetic",
        "worthless",
        "useless",
        "waardeloze",
        "nutteloze",
        "vreselijke",
        "stinkende",
        "luie",
    }
)
# Copulas without a subject of their own: "stop being a dick", "doe niet zo'n eikel", "wees geen lul".
BECOMING = frozenset(
    {"being", "be", "wees", "doe", "act", "acting", "word", "become", "lijkt", "looks", "sounds"}
)
# Between a copula and "een": "je bent echt een …", "you are really a …"
DEGREE_WORDS = frozenset(
    {"echt", "zo", "gewoon", "wel", "toch", "ook", "really", "just", "totally", "such", "zon", "best"}
)
SUBJECT_THINGS = frozenset(
    {"dit", "dat", "het", "this", "that", "it", "er", "there", "die", "deze", "wat", "what"}
)
SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})


def words_before(doc, index: int, count: int) -> list:
    """Up to `count` tokens before `index` in the same sentence, nearest first, skipping whitespace."""
    found = []
    position = index - 1
    while position >= 0 and len(found) < count:
        token = doc[position]
        if token.text in SENTENCE_ENDS or "\n" in token.text:
            break
        if not token.is_space:
            found.append(token)
        position -= 1
    return found


def words_after(doc, index: int, count: int) -> list:
    """Up to `count` tokens after `index` in the same sentence, nearest first, skipping whitespace."""
    found = []
    position = index + 1
    while position < len(doc) and len(found) < count:
        token = doc[position]
        if token.is_space and "\n" in token.text:
            break
        if not token.is_space:
            found.append(token)
            if token.text in SENTENCE_ENDS:
                break
        position += 1
    return found


def is_person_name(token) -> bool:
    """An @handle, or a capitalised word that is not a function word: `Tim`, `@sanne_b`."""
    text = token.text
    if text.startswith("@") and len(text) > 1:
        return True
    return text[:1].isupper() and text[1:].islower() and text.lower() not in SUBJECT_THINGS and token.is_alpha


def aimed_at_person(doc, index: int) -> bool:
    """Whether the word at `index` names or addresses a person, as an insult would.

    `jij eikel`, `wat een eikel`, `Tim is een eikel`, `vuile eikel`, `you dick`, `such a pathetic little
    bitch`, `stop being a dick`, `@tim eikel!`, `Eikel!` count; `de eikels`, `dit is een eikel`,
    `wist je dat eikels …`, `Dick Bruna`, `dank je wel Dick`, `mijn nicht` do not.
    """
    token = doc[index]
    before = words_before(doc, index, 6)
    if not before:
        after = words_after(doc, index, 1)
        return bool(after) and after[0].text in {"!", ","}  # a vocative: "Eikel!", "Eikel, ga weg"
    if token.text[:1].isupper() and not token.text.isupper():
        return False  # a name in mid-sentence: "onze conciërge Dick"
    # Adjectives in front of the word: "vuile", "pathetic little". One insulting adjective is enough.
    adjectives = 0
    while adjectives < len(before) - 1 and _adjective_like(before[adjectives]):
        if before[adjectives].lower_ in INSULTING_ADJECTIVES:
            return True
        adjectives += 1
    if adjectives and before[adjectives].lower_ in ADDRESSING | SECOND_PERSON_SUBJECTS:
        return True  # "jij kleine eikel", "you little prick"
    before = before[adjectives:]
    nearest = before[0].lower_
    if nearest in THING_DETERMINERS:
        return False
    if nearest in INSULTING_ADJECTIVES or nearest in ADDRESSING:
        return True
    if not adjectives and before[0].text.startswith("@"):
        return True  # "@tim eikel", but not "@tim zoek eikels"
    if nearest in INDEFINITE and len(before) > 1:
        rest = [word for word in before[1:] if word.lower_ not in DEGREE_WORDS]
        if not rest:
            return False
        lead = rest[0].lower_
        if lead in EXCLAMATIVE_LEAD or lead in SECOND_PERSON_SUBJECTS or lead in BECOMING:
            return True
        if lead in COPULAS:
            return len(rest) < 2 or _is_person_subject(rest[1]) or rest[1].lower_ not in SUBJECT_THINGS
        return False
    if nearest in COPULAS:
        return _is_person_subject(before[1]) if len(before) > 1 else False
    return False


def _adjective_like(token) -> bool:
    word = token.lower_
    if word in INSULTING_ADJECTIVES:
        return True
    return (
        token.is_alpha
        and word not in function_words()
        and word not in COPULAS
        and word not in BECOMING
        and not token.text[:1].isupper()
    )


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Dutch and English stop words together: posts mix the two, and language detection can be wrong."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH

    return frozenset(DUTCH | ENGLISH | {"a", "an", "'n"})


def _is_person_subject(token) -> bool:
    word = token.lower_
    return word in SECOND_PERSON_SUBJECTS or word in THIRD_PERSON or is_person_name(token)


QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "„", "«", "»", "`"})
NEGATIONS = frozenset(
    {"niet", "geen", "nooit", "niemand", "not", "no", "never", "n't", "nobody", "isn't", "aren't"}
)


def sentences(doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences: split at . ! ? and line breaks (no parser here).
    Kept on the Doc: every text rule asks for them, some more than once."""
    cached = doc.user_data.get("sentences")
    if cached is None:
        cached = doc.user_data["sentences"] = tuple(_sentence_ranges(doc))
    return list(cached)


def _sentence_ranges(doc) -> list[tuple[int, int]]:
    ranges = []
    start = 0
    for index, token in enumerate(doc):
        if token.text in SENTENCE_ENDS or (token.is_space and "\n" in token.text):
            if index + 1 > start:
                ranges.append((start, index + 1))
            start = index + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    return ranges


def quoted(doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) sit between quotation marks in their sentence: a mention, not a use."""
    opening = 0
    for token in doc[max(0, start - 12) : start]:
        if token.text in QUOTES:
            opening += 1
    closing = any(token.text in QUOTES for token in doc[end : end + 12])
    return opening % 2 == 1 and closing


LAUGHING_EMOJI = ("😂", "🤣", "💀", "🐷", "🤢", "🤮", "🤡")
LAUGHING_WORDS = frozenset({"lol", "lmao", "lmfao", "hihi", "xd", "rofl", "oink"})


def laughs(doc) -> bool:
    """Laughter in the post (`😂`, `haha`, `lol`), not tears: `😭` may be sorrow."""
    if "laughs" not in doc.user_data:  # asked by more than one rule per draft
        # The tokens' lower-case forms, read once per Doc anyway; building `doc.text` cost more than the rest.
        words = " ".join(forms[0] for forms, _ in doc_forms(doc))
        doc.user_data["laughs"] = _LAUGHTER.search(words) is not None
    return doc.user_data["laughs"]


_LAUGHTER = re.compile(
    "|".join(map(re.escape, LAUGHING_EMOJI))
    + r"|(?:^| )haha|(?:^| )(?:"
    + "|".join(map(re.escape, sorted(LAUGHING_WORDS)))
    + r")(?= |$)"
)
