"""Looking up listed words and phrases: exact by default, loose the way chat varies a phrase when asked."""

import pytest

from clusius_check.text.lexicon import Lexicon
from clusius_check.text.pipeline import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp("nl")


def first_match(lexicon, nlp, text):
    doc = nlp(text)
    for index in range(len(doc)):
        match = lexicon.match_at(doc, index)
        if match is not None:
            return doc[match.start : match.end].text
    return None


PHRASES = [
    ("waarom leef jij nog", "self-harm"),
    ("je bent er geweest", "threat"),
    ("ik krijg je nog", "threat"),
]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Waarom leef jij eigenlijk nog?", "Waarom leef jij eigenlijk nog"),  # a filler inside the phrase
        ("waarom leef je gewoon echt nog", "waarom leef je gewoon echt nog"),  # two fillers, another pronoun
        ("Morgen ben je d'r geweest", "ben je d'r geweest"),  # question order, d'r for er
        ("Krijg ik je nog wel, Niels", "Krijg ik je nog"),
    ],
)
def test_a_loose_lexicon_reads_phrases_as_chat_varies_them(nlp, text, found):
    lexicon = Lexicon(nlp, PHRASES, loose=True)
    assert first_match(lexicon, nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "waarom leef jij niet nog",  # a negation is never a filler
        "waarom leef jij daar eigenlijk echt heel nog",  # at most two fillers
        "je bent er niet geweest",
    ],
)
def test_a_loose_lexicon_does_not_stretch_a_phrase_over_a_negation_or_long_gaps(nlp, text):
    assert first_match(Lexicon(nlp, PHRASES, loose=True), nlp, text) is None


def test_a_plain_lexicon_stays_exact(nlp):
    lexicon = Lexicon(nlp, PHRASES)
    assert first_match(lexicon, nlp, "Waarom leef jij eigenlijk nog?") is None
    assert first_match(lexicon, nlp, "Morgen ben je er geweest") is None
    assert first_match(lexicon, nlp, "waarom leef jij nog") == "waarom leef jij nog"


class _Kind:
    def __init__(self, category):
        self.category = category


def test_a_near_word_is_one_letter_away_and_the_same_whatever_the_hash_seed(nlp):
    lexicon = Lexicon(nlp, [("kanker", _Kind("disease-curse")), ("moslims", _Kind("group"))])
    assert lexicon.near_word("kenker")[0] == "kanker"
    assert lexicon.near_word("mosilms", min_length=5)[0] == "moslims"


def test_two_near_words_of_different_kinds_are_no_evidence(nlp):
    # "berner" (a dog breed) is one letter from a group ("berber") and from a slur: which was meant is open.
    # Before, set order chose, so the same draft was flagged in one process and not in the next.
    lexicon = Lexicon(nlp, [("berber", _Kind("group")), ("beaner", _Kind("slur-group"))])
    assert lexicon.near_word("berner", min_length=5) is None


def test_near_words_of_the_same_kind_give_the_first_in_alphabetical_order(nlp):
    lexicon = Lexicon(nlp, [("beaner", _Kind("slur-group")), ("berber", _Kind("slur-group"))])
    assert lexicon.near_word("berner", min_length=5)[0] == "beaner"
