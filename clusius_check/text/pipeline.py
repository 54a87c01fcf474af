"""The spaCy pipeline: a blank Dutch or English tokenizer plus lemmas from spacy-lookups-data.

No trained Dutch pipeline can be installed here, so tokens and lookup lemmas are what the rules match
on. We read spacy-lookups-data's `lemma_lookup` table into a plain dict instead of handing it to
spaCy's own lookup Lemmatizer: spaCy's `Lookups.add_table` hashes all 213k Dutch entries into a Bloom
filter, which measured 0.48 s on this 2-core machine against 0.11 s for the dict, with the same
lemma for every word. That is a quarter of the 2-second budget for checking one draft cold.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Container
from functools import lru_cache
from importlib import resources

_COMPONENT = "clusius_lookup_lemmatizer"


@lru_cache(maxsize=4)
def lemma_table(language: str) -> dict[str, str]:
    data_file = resources.files("spacy_lookups_data") / "data" / f"{language}_lemma_lookup.json.gz"
    with data_file.open("rb") as handle:
        return json.loads(gzip.decompress(handle.read()))


class LookupLemmatizer:
    """Sets `token.lemma_` from the lookup table: exact form first, then lower case, else the lower form."""

    def __init__(self, table: dict[str, str]):
        self.table = table

    def __call__(self, doc):
        table = self.table
        for token in doc:
            text = token.text
            lemma = table.get(text)
            if lemma is None:
                lower = token.lower_
                lemma = table.get(lower, lower)
            token.lemma_ = lemma.lower()
        return doc


def _register_factory() -> None:
    from spacy.language import Language

    if not Language.has_factory(_COMPONENT):

        @Language.factory(_COMPONENT, default_config={"language": "nl"})
        def make_lookup_lemmatizer(nlp, name, language):  # noqa: ARG001 - spaCy's factory signature
            return LookupLemmatizer(lemma_table(language))


@lru_cache(maxsize=4)
def get_nlp(language: str):
    """The shared pipeline for `language` ('nl' or 'en'), built once per process."""
    import spacy

    _register_factory()
    nlp = spacy.blank(language)
    nlp.add_pipe(_COMPONENT, config={"language": language})
    return nlp


class Vocabulary:
    """Membership in either language's word forms, without building their union (it would double the
    memory of every worker process)."""

    def __init__(self, *word_sets: Container[str]):
        self.word_sets = word_sets

    def __contains__(self, word: object) -> bool:
        return any(word in words for words in self.word_sets)


@lru_cache(maxsize=2)
def words_of(language: str) -> Vocabulary:
    """The word forms one language's lookup table knows: its forms (the table's own keys, shared with
    the lemmatizer) and its lemmas."""
    table = lemma_table(language)
    return Vocabulary(table, frozenset(table.values()))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Every Dutch and English word form the lookup tables and stop lists know. A word outside it may be
    a misspelling meant to slip past a list (`kenker`, `mosilms`); a word inside it is a real word
    (`keuken` is not a misspelt `neuken`)."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH

    return Vocabulary(frozenset(DUTCH) | frozenset(ENGLISH), words_of("nl"), words_of("en"))


def terms_for_post(rule_id: str, language: str, extra_files: tuple = ()) -> list:
    """A rule's word-list terms for a post in `language`: its own language's list, then the other's, less
    the other's words that are function words here (English `die` and `hoe` in a Dutch post). Loanwords
    stay: Dutch pupils write `shit` and `loser` as often as English ones do."""
    from clusius_check.wordlists import terms_for

    other_language = "en" if language == "nl" else "nl"
    function_words = get_nlp(language).Defaults.stop_words
    own = terms_for(rule_id, language, extra_files)
    other = terms_for(rule_id, other_language, extra_files)
    return [*own, *(term for term in other if term.term.lower() not in function_words)]
