"""confidential — the organisation's confidential information (protocol art. 6).

What it does
    Finds what leaks the school's internal information: words that mark a text as confidential or
    internal (`vertrouwelijk`, `niet doorsturen`, `(intern!!)`), internal sources (`personeelsoverleg`,
    `interne memo`, `MT-besluit`), exam material (`toetsvragen`, `antwoordmodel`, an answer key such as
    `1b 2c 3a 4d`), login details (a password-like string after `wachtwoord`, `ww` or `login`, or a
    `gebruiker / Wachtw00rd!` pair) and pupil or staff files (`leerlingdossier`, `verzuimregistratie`,
    a colleague `ontslagen`). News that is "nog geheim" or "not public yet" about the school's leadership,
    staff or budget is a leak too.

Why is this bad?
    Art. 6: "Geef nooit vertrouwelijke informatie van de organisatie prijs. Daarmee overtreed je de
    privacyregels van het Clusius College en de wet." And art. 5: the internet remembers everything.

Example
    Uit het personeelsoverleg (vertrouwelijk!): de reorganisatie gaat door.

Use instead
    Share only what the school has made public, and link to it.

A post that talks *about* confidentiality (a lesson, a password tip, "deel nooit je wachtwoord") is green
unless it also gives a real password or an answer key. A password word without a password ("ik ben mijn
wachtwoord vergeten") is only a tip (info). Terms come from `wordlists/<lang>/confidential.yaml` (both
languages, on every post), from extra lists named in the config, and from the `terms` option of this
rule. They match whole tokens and lemmas, so `wachtwoorden` matches `wachtwoord` but `intern` never
matches inside `internet`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import Option, RuleInfo, list_of_strings, resemblance_option
from clusius_check.text.lexicon import Lexicon
from clusius_check.text.resemblance import with_second_opinion
from clusius_check.text.targets import sentences
from clusius_check.wordlists import section_for_post

# The learned second opinion (text/resemblance.py) speaks only above this score, when the patterns found nothing.
# Chosen before measuring on two blind sets, from models trained without whole corpus files (so without their
# writers) and scored on them: see tests/corpus/README.md.
RESEMBLANCE_THRESHOLD = 0.5

INFO = RuleInfo(
    id="confidential",
    article="6",
    default_severity=Severity.RED,
    summary={
        "nl": "Vertrouwelijke informatie: interne stukken, examenmateriaal, wachtwoorden, dossiers.",
        "en": "Confidential information: internal documents, exam material, passwords, files.",
    },
    options=(
        Option("terms", "the school's own confidential terms (amber)", [], list_of_strings),
        resemblance_option(RESEMBLANCE_THRESHOLD),
    ),
    categories=("marker", "internal-source", "exam", "credentials", "file"),
    # needs: organisation — the word leaks only about the school's people or leadership ("ontslagen" of a
    # colleague, not "ontslagen uit het ziekenhuis").
    entry_fields=(("needs", ("organisation",)),),
    sections=("talk_about", "secrecy", "organisation", "harmless", "exam_leak"),
)

# A secret right after a credentials word ("wachtwoord: Welkom2024!", "password is hunter2"): a token
# of 6+ characters that mixes letters with digits or symbols. Plain words ("vergeten", "veilig") are
# not secrets, so "ik ben mijn wachtwoord vergeten" is no leak.
_SECRET = re.compile(r"^(?=.*[A-Za-z])(?=.*[\d!#$%^&*_+=?~@])(?!.*(?:@[\w-]+\.\w|://|www\.))[^\s#@]\S{5,}$")
# "Wachtwoord van de wifi in de personeelskamer is Kas!Hoorn77": the secret may come a few words later, in the
# same sentence. Handles, e-mail addresses, links and hashtags are not secrets.
_SECRET_LOOKAHEAD_TOKENS = (
    14  # "wachtwoord voor nieuwe leerlingen is gewoon Clusius + je geboortejaar, dus Clusius2011"
)
# "clusius_dier3b / Welkom2024!", "kas_admin / Tomaat!88": a user name, a slash and a secret.
_USER_SLASH_SECRET = re.compile(
    r"(?<![\w/])[\w.@-]{3,}\s*/\s*(?=\S*[A-Za-z])(?=\S*[\d!@#$%^&*_+=?~])[^\s/]{6,}"
)
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)
# An answer key: four or more consecutive question numbers, each with an answer letter ("1b 2c 3a 4d",
# "1. B, 2. A"). Class names in a row ("1a 2a 3a") are ruled out by asking for exam words in the post.
_ANSWER = re.compile(r"\b(\d{1,2})\s*[.):]?\s*([a-dA-D])\b")
_ANSWER_RUN = 4
_ANSWER_GAP = re.compile(r"[\s,;/|-]{0,4}")  # "1b 2c", "1. B, 2. A"; not "1A, 2B, 3C en 4D"
_ANSWER_WORDS = re.compile(r"\b(?:antwoord\w*|answers?)\b", re.IGNORECASE)  # "antwoorden: 1b 2c 3a 4d"
# A test, in a post that passes its content around ("so" only as a word on its own: "de so van dierkunde").
_EXAM_NOUNS = re.compile(
    r"\b(\w*toets\w*|so|schoolexamen\w*|praktijkexamen\w*|examen\w*|examens|tentamen\w*|proefwerk\w*|herkansing\w*|"
    r"cspe|cse|pse|exam|exams|test|tests|mock|quiz|practical)\b",
    re.IGNORECASE,
)
# What a question of the test is about: "vraag 1 gaat over …", "opdracht 3 = boeket van 7 stelen".
_QUESTION_CONTENT = re.compile(
    r"\b(?:vraag|vragen|opdracht|question|questions|q)\s*\d{1,2}(?:\s*(?:t/m|tot en met|-|en|and)\s*\d{1,2})?\s*"
    r"(?:=|is een|is die|is de|gaat over|gaan over|komen uit|komt uit|is about|will be|:\s*['\"‘“]?\s*(?:noem|wat|welk|welke|"
    r"hoe|waarom|geef|leg|beschrijf|name|what|which|how|why|explain|describe)\b)"
    r"|\b(?:de opdracht|opdracht|the task|the essay question|de essayvraag)\s+(?:is|=)\s",
    re.IGNORECASE,
)
# A test still to come, and its answers or questions in hand: together a leak.
_AHEAD = re.compile(
    r"\b(?:morgen|overmorgen|volgende week|maandag|dinsdag|woensdag|donderdag|vrijdag|tomorrow|tomorrow's|next week|"
    r"monday's|tuesday's|wednesday's|thursday's|friday's)\b",
    re.IGNORECASE,
)
_ANSWERS = re.compile(
    r"\b(?:antwoorden|antwoorde|antw|uitwerkingen|answers|the questions|de vragen|antwoordenblad|answer sheet)\b",
    re.IGNORECASE,
)
# Questions written out, one per line: "1) welk voer …", "Q2 name four allergens", "vraag 3: …".
# Each line must read as a question (a question word first, or a question mark), not revision topics.
_QUESTION_LINE = re.compile(
    r"(?im)^\s*(?:q\d{1,2}\b|\d{1,2}[).]\s|vraag \d{1,2}\b)[:.)]?\s*"
    r"(?:(?:wat|welk|welke|hoe|waarom|wanneer|waar|wie|noem|geef|leg|beschrijf|bereken|verklaar|what|which|how|why|"
    r"when|where|who|name|give|explain|describe|calculate|list)\b.{4,}|.{4,}\?)\s*$"
)
# "user: x\npass: Sunflower2025!", "pincode: 4471": a field name, a colon and the secret.
_CREDENTIAL_FIELD = re.compile(
    r"\b(?P<field>pass|pw|pwd|password|wachtwoord|ww|pin|pincode|code)\b\s*[:=]?\s*(?P<value>[^\s,;]+)",
    re.IGNORECASE | re.MULTILINE,
)
# "(intern!!)", "[intern]", "intern!": the writer marks the text internal; "intern" before a noun ("interne
# stage", "intern wonen") is another word.
_INTERN_MARK = re.compile(
    r"[(\[]\s*intern\s*!*\s*[)\]]|\bintern\s*!+|\binternal only\b|[-–—]\s*intern\b|\bnog intern\b|\bintern,\s*niet\b",
    re.IGNORECASE,
)
# Owned by the writer: "mijn ziekmelding", "my sick leave" is theirs to share.
_OWN = frozenset({"mijn", "m'n", "mn", "my", "onze", "ons", "our"})
_CLAUSE_BREAKS = frozenset({":", ";", "—", "–", "|"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "„"})

# Attached to a secret but not part of it: punctuation that ends the sentence or the clause.
_TRAILING_PUNCTUATION = frozenset({",", ".", ";", ":", ")", "]", '"', "'"})


@dataclass(frozen=True)
class Cues:
    talk_about: Lexicon  # "in de les bespraken we", "deel nooit", "password tip": about confidentiality
    secrecy: Lexicon  # "nog geheim", "not public yet", "you didn't hear it from me"
    organisation: Lexicon  # "MT", "directie", "collega", "HR", "staff": whose information it is
    harmless: Lexicon  # "onze klassenreis", "schooltuin": phrases that make a listed word innocent
    exam_leak: Lexicon  # "gelekt", "de vragen van", "doing the rounds": a test's content passed around


@lru_cache(maxsize=16)
def _compiled(nlp, extra_files: tuple, school_terms: tuple[str, ...]):
    """The (term, severity, category, needs) patterns of both languages' lists and the school's own terms, and a
    Lexicon over them (whole words by form and lemma; white space and line breaks between the words of a term
    are skipped): built once per config, not per post. It replaced a spaCy Matcher with a whitespace wildcard
    between words, which cost 0.4 ms per post on the bench drafts."""
    from clusius_check.wordlists import terms_for

    terms = terms_for(INFO.id, "nl", extra_files) + terms_for(INFO.id, "en", extra_files)
    patterns = tuple((term.term, term.severity.value, term.category, term.field("needs")) for term in terms)
    patterns += tuple((term, Severity.AMBER.value, "school-term", "") for term in school_terms)
    return patterns, Lexicon(nlp, ((term.lower(), index) for index, (term, *_rest) in enumerate(patterns)))


@lru_cache(maxsize=16)
def _cues(nlp, extra_files: tuple) -> Cues:
    def lexicon(section: str) -> Lexicon:
        return Lexicon(nlp, ((cue.lower(), True) for cue in section_for_post(INFO.id, section, extra_files)))

    return Cues(
        lexicon("talk_about"),
        lexicon("secrecy"),
        lexicon("organisation"),
        lexicon("harmless"),
        lexicon("exam_leak"),
    )


def check(analysed, context) -> Iterator[Finding]:
    yield from with_second_opinion(INFO, _pattern_findings(analysed, context), analysed, context)


def _pattern_findings(analysed, context) -> Iterator[Finding]:
    # Both languages' terms, whatever the post's language: a short post ("Wifi password: X") has too few
    # words to detect English, and a Dutch post quoting "exam questions" is common. The lists do not
    # collide, and a term is only ever matched as whole words.
    doc = analysed.doc
    nlp = context.nlp(analysed.language)
    extra_files = context.config.extra_wordlists
    patterns, matcher = _compiled(nlp, extra_files, tuple(context.option(INFO, "terms")))
    cues = _cues(nlp, extra_files)
    harmless = list(cues.harmless.matches(doc))
    terms = list(_longest_first(matcher.matches(doc))) if patterns else []
    leaks = list(_leaks(analysed, bool(harmless)))  # a password or an answer key: never mere talk
    listed_exam = any(patterns[match.payload][2] == "exam" for match in terms)
    if not harmless and not listed_exam:  # "the exam answers for tomorrow": the listed term says it best
        exam = _exam_leak(doc, analysed.body, cues)
        if exam is not None:
            leaks.append((*exam, Severity.RED, "exam"))
    talk = None  # asked once, when a term is found: most posts have none
    covered: list[tuple[int, int]] = []
    for start, end, severity, key in leaks:
        covered.append((start, end))
        yield _finding(analysed, context, start, end, severity, key)
    for span in terms:
        term, severity, category, needs = patterns[span.payload]
        severity = Severity(severity)
        start, end = doc[span.start].idx, doc[span.end - 1].idx + len(doc[span.end - 1].text)
        if any(a <= start < b or a < end <= b for a, b in covered):
            continue  # the password already found after this word
        if (category != "marker" and _quoted(doc, span.start, span.end)) or any(
            _same_clause(doc, span.start, match.start) for match in harmless
        ):
            # "Geit Sjaak is 'geschorst'", "de begroting van onze klassenreis". A quoted marker still marks:
            # 'Er staat "vertrouwelijk" boven'.
            continue
        codes = (
            "pin" in term.lower() or "code" in term.lower()
        )  # a pin or door code is digits: "4471", "2580#"
        secret = _secret_after(doc, span.end, codes) if category == "credentials" else None
        if talk is None:
            talk = not leaks and _any(cues.talk_about, doc)
        if secret is None and category != "school-term" and talk:
            continue  # "In de les bespraken we waarom je vertrouwelijke informatie nooit online zet"
        if category == "file" and _owned(doc, span.start):
            continue  # "Mijn ziekmelding is doorgegeven"
        if needs == "organisation":
            sentence = _sentence_of(doc, span.start)
            if not _any(cues.organisation, doc, *sentence):
                continue  # "ontslagen uit het ziekenhuis"; "Collega Marieke heeft zich ziekgemeld" is a leak
        if category == "file" and _asked(doc, span.end):
            continue  # "geschorst? nee hoor, ik was gewoon ziek"
        key = category
        if category == "credentials":
            if secret is None:
                # The word alone leaks nothing ("ik ben mijn wachtwoord vergeten"): a tip, not a doubt.
                severity, key = Severity.INFO, "credentials"
            else:
                severity, key, end = Severity.RED, "credentials-secret", secret.end_char
        yield _finding(analysed, context, start, end, severity, key)
        covered.append((start, end))
    secret_news = None if harmless else _secret_news(doc, cues)  # not a surprise party for the mentor
    if secret_news is not None and not any(a < secret_news[1] and secret_news[0] < b for a, b in covered):
        yield _finding(analysed, context, *secret_news, Severity.RED, "secrecy")


def _longest_first(matches) -> Iterator:
    """The longest term at each word, and none that overlaps the one before ("strikt vertrouwelijk", not also
    "vertrouwelijk")."""
    last_end = -1
    for match in matches:
        if match.start >= last_end:
            last_end = match.end
            yield match


def _finding(analysed, context, start: int, end: int, severity: Severity, key: str) -> Finding:
    match = analysed.body[start:end]
    return context.catalogue_finding(INFO, analysed, start, end, severity, key, match)


def _leaks(analysed, harmless: bool) -> Iterator[tuple[int, int, Severity, str]]:
    """What is a leak whatever the words around it: an answer key in a post about a test (not my answers to a
    practice test), a user name with its password, a text marked "(intern!!)"."""
    text = analysed.body
    key = _answer_key(text)
    if key is not None and (_EXAM_NOUNS.search(text) or _ANSWER_WORDS.search(text)) and not harmless:
        yield key[0], key[1], Severity.RED, "answer-key"
    links = [(link.start(), link.end()) for link in _LINK.finditer(text)]
    for match in _USER_SLASH_SECRET.finditer(text):
        if any(a <= match.start() < b for a, b in links):
            continue  # "bbc.com/future/article/20240312-…" is a path in a link
        if not re.fullmatch(r"[\d\s/.-]+", match.group()):  # "24/7", "3/4", dates
            yield match.start(), match.end(), Severity.RED, "credentials-secret"
    for match in _CREDENTIAL_FIELD.finditer(text):
        value = match.group("value").rstrip(".)")  # a sentence's full stop is not part of "Welkom2024!"
        if _is_secret(value) or (
            match.group("field").lower().startswith(("pin", "code")) and value.isdigit()
        ):
            yield match.start(), match.start("value") + len(value), Severity.RED, "credentials-secret"
    for match in _INTERN_MARK.finditer(text):
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if not (before in _QUOTES and after in _QUOTES):  # 'what "internal only" means'
            yield match.start(), match.end(), Severity.RED, "marker"


def _exam_leak(doc, text: str, cues: Cues) -> tuple[int, int] | None:
    """A test's content passed around: a leak word ("gelekt", "de vragen van", "doing the rounds") in a post about a
    test, or two or more numbered questions written out ("1) welk voer …", "Q1 what is …")."""
    if not _EXAM_NOUNS.search(text):
        return None
    cue = next(cues.exam_leak.matches(doc), None)
    if cue is not None:
        last = doc[cue.end - 1]
        return doc[cue.start].idx, last.idx + len(last.text)
    content = _QUESTION_CONTENT.search(text)
    if content is not None:
        return content.start(), content.end()  # "vraag 1 gaat over de bodemsoorten", "opdracht 3 = boeket"
    ahead = _AHEAD.search(text)
    answers = _ANSWERS.search(text)
    if ahead is not None and answers is not None:
        return answers.start(), answers.end()  # "de antwoorden van de bio toets van morgen"
    questions = list(_QUESTION_LINE.finditer(text))
    if len(questions) >= 2:
        return questions[0].start(), questions[-1].end()
    return None


def _answer_key(text: str) -> tuple[int, int] | None:
    """Where four or more answers to consecutive question numbers stand: "1b 2c 3a 4d 5b"."""
    run: list[re.Match] = []
    for match in _ANSWER.finditer(text):
        number = int(match.group(1))
        gap = text[run[-1].end() : match.start()] if run else ""
        if run and number == int(run[-1].group(1)) + 1 and _ANSWER_GAP.fullmatch(gap):
            run.append(match)
        else:
            if len(run) >= _ANSWER_RUN:
                break
            run = [match]
    if len(run) >= _ANSWER_RUN and len({match.group(2).lower() for match in run}) > 1:
        return run[0].start(), run[-1].end()  # "1a 2a 3a 4a" are classes, not answers
    return None


def _secret_news(doc, cues: Cues) -> tuple[int, int] | None:
    """ "MT heeft besloten: … Staat nog niet op intranet", "they're planning to shut the greenhouse. Not
    announced yet": news the writer says is still secret, about the school's leadership or staff. A secret
    surprise party has no leadership in it."""
    secrecy = next(cues.secrecy.matches(doc), None)
    if secrecy is None or not _any(cues.organisation, doc):
        return None
    for start, end in sentences(doc):
        if start <= secrecy.start < end:
            first = next(i for i in range(start, end) if not doc[i].is_space)
            last = doc[secrecy.end - 1]
            return doc[first].idx, last.idx + len(last.text)
    return None


def _same_clause(doc, first: int, second: int) -> bool:
    """Two words in one sentence with no colon or dash between them: "de begroting voor onze klassenreis",
    but not "from this morning's staff meeting: our school garden gets …"."""
    low, high = sorted((first, second))
    sentence = next(((start, end) for start, end in sentences(doc) if start <= low < end), None)
    if sentence is None or high >= sentence[1]:
        return False
    return not any(doc[i].text in _CLAUSE_BREAKS for i in range(low, high))


def _any(lexicon: Lexicon, doc, start: int = 0, end: int | None = None) -> bool:
    return next(lexicon.matches(doc, start, end), None) is not None


def _sentence_of(doc, index: int) -> tuple[int, int]:
    return next(((start, end) for start, end in sentences(doc) if start <= index < end), (0, len(doc)))


def _asked(doc, index: int) -> bool:
    """The word is a question on its own: "geschorst? nee hoor"."""
    return index < len(doc) and doc[index].text.startswith("?")


def _quoted(doc, start: int, end: int) -> bool:
    """A word in quotes is named, not used: "Geit Sjaak is 'geschorst'"."""
    return (
        start > 0
        and end < len(doc)
        and doc[start - 1].text in _QUOTES
        and doc[end].text in _QUOTES
        and end - start <= 4
    )


def _owned(doc, index: int) -> bool:
    """The writer's own file: "mijn ziekmelding", "my sick leave"."""
    position = index - 1
    while position >= 0 and doc[position].is_space:
        position -= 1
    return position >= 0 and doc[position].lower_ in _OWN


def _is_secret(text: str) -> bool:
    """Password-like, also without the exclamation mark it may end in: "Welkom2024!" is, "veranderen!" not."""
    return bool(
        _SECRET.match(text)
        and _SECRET.match(text.rstrip("!?.") + "x" * (len(text) - len(text.rstrip("!?."))))
    )


def _secret_after(doc, index: int, digits: bool = False):
    """The password-like span right after a credentials word, whole: "Welkom2024!" is one secret even
    though spaCy splits off the "!", but a sentence's closing full stop is not part of it."""
    position = index
    while position < min(len(doc), index + _SECRET_LOOKAHEAD_TOKENS):
        # A chunk of tokens with no space between them: "Kas!Hoorn77" is three tokens and one secret.
        end = position + 1
        while end < len(doc) and doc[end - 1].whitespace_ == "" and not doc[end].is_space:
            end += 1
        while end - 1 > position and doc[end - 1].text in _TRAILING_PUNCTUATION:
            end -= 1
        chunk = doc[position:end]
        if _is_secret(chunk.text) or (digits and re.fullmatch(r"\d{3,6}[#*]?", chunk.text)):
            return chunk  # after a pin code word, "4471" is the code
        if chunk.text in (".", "?", "!") or "\n" in chunk.text:
            return None  # the sentence ended: what follows is not this password
        position = max(end, position + 1)
    return None
