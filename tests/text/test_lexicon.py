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
