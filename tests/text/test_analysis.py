"""Positions people can find: 1-based line and column in the file, front matter included."""

from clusius_check.drafts import load_draft
from clusius_check.text.analysis import analyse


def test_positions_count_from_the_top_of_the_file_including_front_matter(write):
    draft = load_draft(
        write("post.md", "---\naccount: personal\n---\nEerste regel.\nHet wachtwoord is geheim.\n")
    )
    analysed = analyse(draft)
    start = draft.body.index("wachtwoord")
    assert analysed.position(start, start + len("wachtwoord")) == (5, 5, 5, 15)


def test_a_span_over_a_line_break_ends_on_the_next_line(write):
    draft = load_draft(write("post.txt", "strikt\nvertrouwelijk\n"))
    assert analyse(draft).position(0, len("strikt\nvertrouwelijk")) == (1, 1, 2, 14)


def test_front_matter_language_wins_over_detection(write):
    draft = load_draft(write("post.md", "---\nlang: en\n---\nDe kalfjes zijn geboren op de boerderij.\n"))
    assert analyse(draft).language == "en"


def test_tokens_carry_lookup_lemmas(write):
    analysed = analyse(load_draft(write("post.md", "De leerlingen liepen met de wachtwoorden.\n")))
    assert [token.lemma_ for token in analysed.doc][:3] == ["de", "leerling", "lopen"]
    assert "wachtwoord" in [token.lemma_ for token in analysed.doc]
