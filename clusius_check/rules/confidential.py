"""confidential — the organisation's confidential information (protocol art. 6).

What it does
    Finds words and phrases that mark a text as confidential or internal (`vertrouwelijk`,
    `niet doorsturen`), internal sources (`personeelsoverleg`, `interne memo`, `MT-besluit`), exam
    material (`toetsvragen`, `antwoordmodel`), login details (`wachtwoord`, and a password-like string
    right after it) and pupil or staff files (`leerlingdossier`, `ziekmelding`).

Why is this bad?
    Art. 6: "Geef nooit vertrouwelijke informatie van de organisatie prijs. Daarmee overtreed je de
    privacyregels van het Clusius College en de wet." And art. 5: the internet remembers everything.

Example
    Uit het personeelsoverleg (vertrouwelijk!): de reorganisatie gaat door.

Use instead
    Share only what the school has made public, and link to it.

Terms come from `wordlists/<lang>/confidential.yaml` (both languages, on every post), from extra lists named in the config, and from
the `terms` option of this rule. They match whole tokens and lemmas, so `wachtwoorden` matches
`wachtwoord` but `intern` never matches inside `internet`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import Option, RuleInfo, list_of_strings

INFO = RuleInfo(
    id="confidential",
    article="6",
    default_severity=Severity.RED,
    summary={
        "nl": "Vertrouwelijke informatie: interne stukken, examenmateriaal, wachtwoorden, dossiers.",
        "en": "Confidential information: internal documents, exam material, passwords, files.",
    },
    options=(Option("terms", "the school's own confidential terms (amber)", [], list_of_strings),),
    categories=("marker", "internal-source", "exam", "credentials", "file"),
)

# A secret right after a credentials word ("wachtwoord: Welkom2024!", "password is hunter2"): a token
# of 6+ characters that mixes letters with digits or symbols. Plain words ("vergeten", "veilig") are
# not secrets, so "ik ben mijn wachtwoord vergeten" stays amber rather than red.
_SECRET = re.compile(r"^(?=.*[A-Za-z])(?=.*[\d!@#$%^&*_+=?~])\S{6,}$")
_SECRET_LOOKAHEAD_TOKENS = 4
_BRIDGE_WORDS = frozenset(
    {":", "=", "is", "was", "luidt", "-", "'", '"', "nieuwe", "new", "het", "the", "mijn", "my"}
)


# Between the words of a term: any run of whitespace tokens. spaCy turns a line break or a second
# space into a token of its own, so "niet\ndoorsturen" in a hard-wrapped draft would otherwise slip by.
_ANY_WHITESPACE = {"IS_SPACE": True, "OP": "*"}
# Attached to a secret but not part of it: punctuation that ends the sentence or the clause.
_TRAILING_PUNCTUATION = frozenset({",", ".", ";", ":", ")", "]", '"', "'"})


@lru_cache(maxsize=16)
def _matcher(nlp, patterns: tuple[tuple[str, str, str], ...]):
    """A Matcher for (term, severity, category) patterns, on lemmas and on word forms, allowing
    whitespace tokens between the words. Built once per pipeline and term set."""
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    for index, (term, _severity, _category) in enumerate(patterns):
        words = [token for token in nlp(term) if not token.is_space]
        by_lemma: list[dict] = []
        by_form: list[dict] = []
        for position, token in enumerate(words):
            if position:
                by_lemma.append(_ANY_WHITESPACE)
                by_form.append(_ANY_WHITESPACE)
            by_lemma.append({"LEMMA": token.lemma_})
            by_form.append({"LOWER": token.lower_})
        matcher.add(str(index), [by_lemma, by_form])
    return matcher


def check(analysed, context) -> Iterator[Finding]:
    # Both languages' terms, whatever the post's language: a short post ("Wifi password: X") has too few
    # words to detect English, and a Dutch post quoting "exam questions" is common. The lists do not
    # collide, and a term is only ever matched as whole words.
    terms = context.terms(INFO.id, languages=("nl", "en"))
    patterns = tuple((term.term, term.severity.value, term.category) for term in terms)
    patterns += tuple((term, Severity.AMBER.value, "school-term") for term in context.option(INFO, "terms"))
    if not patterns:
        return
    doc = analysed.doc
    matcher = _matcher(context.nlp(analysed.language), patterns)
    spans = matcher(doc, as_spans=True)
    # Keep the longest match where terms overlap ("strikt vertrouwelijk" over "vertrouwelijk").
    from spacy.util import filter_spans

    for span in filter_spans(spans):
        term, severity, category = patterns[int(doc.vocab.strings[span.label])]
        severity = Severity(severity)
        key = category
        start, end = span.start_char, span.end_char
        if category == "credentials":
            secret = _secret_after(doc, span.end)
            if secret is not None:
                severity, key, end = Severity.RED, "credentials-secret", secret.end_char
        match = analysed.body[start:end]
        yield context.text_finding(
            INFO,
            analysed,
            start,
            end,
            severity,
            context.say(f"confidential.{key}.message", match=match),
            context.say(f"confidential.{key}.suggestion"),
        )


def _secret_after(doc, index: int):
    """The password-like span right after a credentials word, whole: "Welkom2024!" is one secret even
    though spaCy splits off the "!", but a sentence's closing full stop is not part of it."""
    for token in doc[index : index + _SECRET_LOOKAHEAD_TOKENS]:
        if _SECRET.match(token.text):
            end = token.i + 1
            while end < len(doc) and doc[end - 1].whitespace_ == "" and not doc[end].is_space:
                end += 1
            while end - 1 > token.i and doc[end - 1].text in _TRAILING_PUNCTUATION:
                end -= 1
            return doc[token.i : end]
        if token.lower_ not in _BRIDGE_WORDS:
            return None
    return None
