"""bullying — insulting, excluding, humiliating or threatening a person (protocol art. 3 and 8).

What it does
    Finds words and phrases aimed at a person: insults and mockery of someone's looks (`@tim jij bent de
    domste van de klas`, `you're such a loser`, `wat een lelijke kop heeft Bram`), calls to exclude someone
    (`iedereen moet Sara blokken`, `nobody invite Dylan`), humiliation (`kijk deze foto van Emma 😂 stuur
    door`), threats (`ik sla je in elkaar`, `I'll kill you`, `ik weet waar je woont`, `if you tell I'll post
    those pics`) and incitement to self-harm (`ga dood`, `kys`, `ik hoop dat je onder een trekker komt`).

Why is this bad?
    Art. 3: the school's anti-bullying protocol applies online as it does at school. Art. 8 forbids
    "anderen lastig vallen". Threats are also a criminal offence (art. 1: Dutch law applies online).

Example
    @tim jij bent echt de domste van de klas 😂

Use instead
    Say what bothers you to the person, offline, or talk to your mentor.

What stays green
    A word is never enough on its own: an insult needs a person it is said of (not `ik ben zo dom`, `die
    printer is waardeloos`, `je bent niet dom`, `wat een lelijke kop heeft die kalkoen`), a threat needs
    `ik`/`we` doing harm to `jij`/`hem`/a name (not `we maken ze kapot op het sportveld`, `ik ga dood van
    de hitte`), exclusion needs a person and a call (not `iedereen is aan het blokken voor de examens`).
    A post that talks about bullying (`Week tegen Pesten`) or quotes a word to reject it is at most `info`.

Red for threats and incitement to self-harm; amber otherwise. Terms and the lists that steer them
(people, animals, body parts, media, talk about bullying, praise) come from
`wordlists/<lang>/bullying.yaml`, both languages on every post, and the options `words` and `allow`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from clusius_check.findings import Finding, Severity
from clusius_check.rules import discrimination, vulgar_language
from clusius_check.rules.base import Option, RuleInfo, list_of_strings, resemblance_option
from clusius_check.text.lexicon import Lexicon, Match, token_forms
from clusius_check.text.pipeline import vocabulary
from clusius_check.text.resemblance import resembling_sentence, sentence_finding
from clusius_check.text.targets import (
    COPULAS,
    DEGREE_WORDS,
    INSULTING_ADJECTIVES,
    LAUGHING_EMOJI,
    NEGATIONS,
    SECOND_PERSON_SUBJECTS,
    SUBJECT_THINGS,
    THING_DETERMINERS,
    aimed_at_person,
    function_words,
    laughs,
    quoted,
    sentences,
)
from clusius_check.wordlists import Term, section_for_post

# The learned second opinion (text/resemblance.py) speaks only above this score. Chosen by leaving each of
# the five newest corpus files out of training in turn and scoring it (the three with bullying drafts: 550
# positives, 470 clean; rules alone 0.332 / 0.450 / 0.492 recall with 14 / 9 / 4 false alarms): 0.7 gave
# 0.576 / 0.706 / 0.650 with 18 / 37 / 4; 0.8 gave 0.520 / 0.611 / 0.600 with 16 / 24 / 4; 0.9 gave 0.456 /
# 0.539 / 0.558 with 14 / 18 / 4. We take 0.8: a checker that cries wolf gets ignored.
RESEMBLANCE_THRESHOLD = 0.8

INFO = RuleInfo(
    id="bullying",
    article="3",
    default_severity=Severity.RED,
    summary={
        "nl": "Beledigen, buitensluiten, vernederen of bedreigen van een persoon.",
        "en": "Insulting, excluding, humiliating or threatening a person.",
    },
    options=(
        Option(
            "words", "extra insults the school counts when aimed at a person (amber)", [], list_of_strings
        ),
        Option("allow", "words and phrases never to report", [], list_of_strings),
        resemblance_option(RESEMBLANCE_THRESHOLD),
    ),
    categories=(
        "insult",
        "body",
        "threat",
        "veiled-threat",
        "threat-verb",
        "self-harm",
        "self-harm-lead",
        "wish",
        "harm",
        "exclusion",
        "humiliation",
        "share-call",
        "exposure",
    ),
    entry_fields=(("particle", ()), ("lead", ("negative",))),
    sections=(
        "people",
        "animals",
        "body_parts",
        "names",
        "media",
        "talk_about",
        "praise",
        "kind",
        "play",
        "allow",
    ),
)

# Grammar, not vocabulary: who does something and to whom.
FIRST_PERSON = frozenset({"ik", "we", "wij", "i", "'k", "k", "me", "mij", "mijn", "my", "us", "ons", "onze"})
FIRST_PERSON_SUBJECTS = frozenset({"ik", "we", "wij", "i", "'k"})
SECOND_PERSON = SECOND_PERSON_SUBJECTS | frozenset({"jou", "ya", "yourself", "jezelf", "@"})
# Third person singular: a person (hem, haar) rather than the other team (ze, them, jullie).
THIRD_PERSON_SINGULAR = frozenset({"hij", "hem", "zij", "ze", "haar", "he", "she", "him", "her"})
# Words that may sit between a copula and an insult: "je bent echt zo'n", "you're such a".
SKIPPABLE = DEGREE_WORDS | frozenset(
    [
        "de",
        "het",
        "the",
        "een",
        "'n",
        "a",
        "an",
        "zo'n",
        "so",
        "te",
        "too",
        "very",
        "heel",
        "erg",
        "super",
        "mega",
        "kei",
        "nog",
        "altijd",
        "always",
        "ontzettend",
        "actually",
        "literally",
        "letterlijk",
        "honestly",
        "gwn",
        "little",
        "kleine",
        "grote",
        "big",
        "most",
        "meest",
        "nou",
        "eens",
        "even",
        "total",
        "totale",
        "complete",
        "absolute",
        "echte",
        "real",
    ]
)
# After an object pronoun these still leave it the object ("ik sla je morgen in elkaar"); any other
# content word makes it a possessive ("ik pak je pen").
AFTER_OBJECT = frozenset(
    [
        "morgen",
        "straks",
        "vandaag",
        "vanavond",
        "zo",
        "echt",
        "nog",
        "wel",
        "helemaal",
        "in",
        "neer",
        "af",
        "kapot",
        "dood",
        "lens",
        "verrot",
        "bont",
        "blauw",
        "na",
        "buiten",
        "elkaar",
        "up",
        "after",
        "tomorrow",
        "tonight",
        "if",
        "als",
        "de",
        "the",
        "into",
        "off",
        "down",
        # how hard: "ik ga je keihard slaan", "ik ga je tyfus slaan"
        "keihard",
        "hard",
        "tyfus",
        "kanker",
        "tering",
        "kk",
        "gewoon",
        "so",
        "fucking",
    ]
)
# "ik pak je op om acht uur", "I'll pick you up": particles that make the verb harmless.
HARMLESS_PARTICLES = frozenset({"op", "mee", "over", "terug", "even", "aan"})
LEADS = frozenset(
    [
        "iedereen",
        "niemand",
        "allemaal",
        "gewoon",
        "gwn",
        "we",
        "wij",
        "laten",
        "jullie",
        "moet",
        "moeten",
        "everyone",
        "everybody",
        "nobody",
        "guys",
        "just",
        "let's",
        "should",
        "jongens",
        "let",
        "all",
    ]
)
NEGATIVE_LEADS = NEGATIONS | frozenset({"niemand", "nobody", "geen"})
# Verbs that state or report an opinion, for insults that are denied rather than made.
OPINION_VERBS = frozenset(
    {
        "vind",
        "vindt",
        "zeg",
        "zegt",
        "denk",
        "denkt",
        "think",
        "thinks",
        "say",
        "says",
        "said",
        "call",
        "calls",
    }
)
# A condition turns an exposure into blackmail; "als"/"if" only with a demand in the same sentence.
THREAT_CONDITIONS = frozenset({"anders", "or", "otherwise"})
# "Doe X of ...", "Bring 20 euros or ...", "Eén woord en ...": a demand that opens the sentence.
ULTIMATUM_OPENERS = frozenset(
    {
        "doe",
        "geef",
        "betaal",
        "breng",
        "stuur",
        "neem",
        "stop",
        "zeg",
        "hou",
        "verwijder",
        "do",
        "give",
        "pay",
        "bring",
        "send",
        "take",
        "quit",
        "tell",
        "delete",
    }
)
ULTIMATUM_JOINS = frozenset({"of", "or", "en", "and", "anders", "else"})
CONDITIONS = THREAT_CONDITIONS | frozenset({"als", "tenzij", "if", "unless"})
DEMANDS = frozenset(
    {"vertelt", "vertel", "zegt", "verklikt", "verraadt", "betaalt", "tell", "tells", "snitch", "pay", "pays"}
)
# Laughter and mocking emoji: humiliation is showing someone to others to be laughed at.
# After an insult, the person it is said of: "dom ben je", "sukkel dat je bent", "that's what you are".
INSULT_FIRST = tuple(
    re.compile(pattern)
    for pattern in (
        r"(ben|bent|is) (je|jij|u)\b",
        r"dat (je|jij|u) (bent|ben|is)\b",
        r"(dat|that) ?('s|is)? (wat|what) (je|jij|you|u) (bent|are|r)\b",
        r"(wat|what) (je|jij|you|u) (bent|are|r)\b",
        r"(are|r) (you|u)\b(?! (ok|okay|sure|coming|there))",
    )
)
COMPARATIVES = frozenset({"meer", "more", "beter", "better", "minder", "less", "langer", "longer"})
MODEST_VERBS = frozenset(
    {
        "denkt",
        "dacht",
        "denk",
        "verwacht",
        "think",
        "thought",
        "expect",
        "expected",
        "know",
        "realise",
        "realize",
    }
)
VERB_FINAL_COPULAS = frozenset({"is", "bent", "ben", "zijn", "was", "waren"})
POSSESSIVES = frozenset({"je", "haar", "her", "jouw", "your", "ur", "zijn", "his", "z'n", "d'r"})
CALLS = frozenset(
    {"hé", "he", "hee", "hey", "hoi", "oi", "oy", "yo", "zeg", "ey", "ewa", "ouwe", "hallo", "oii"}
)
GENERIC_PEOPLE = frozenset({"iemand", "someone", "somebody", "anyone", "anybody"})
QUESTION_TAGS = frozenset({"toch", "right", "he", "hè", "ja", "yeah", "eh"})
# A veiled threat followed by one of these warns about a thing: "kijk maar uit op de fietsbrug".
WARNING_ABOUT = frozenset({"op", "voor", "met", "bij", "for", "on", "with", "at"})
MOCKING_EMOJI = (*LAUGHING_EMOJI, "😭")
# Emoji that call someone a pig or a clown, or say they are sickening: an insult on their own.
INSULTING_EMOJI = ("🐷", "🐽", "🤡", "🤮")
# Emoji that mock a body or a mind when pointed at a person with laughter, or with next to no words:
# "Hanna in badpak 🐳😂", "@tommy 🦴🦴😂", "Ruben 🐌🧠❌". Not cows or horses: this is a farm school.
MOCKING_LOOKS_EMOJI = ("🐳", "🐋", "🐘", "🦛", "🦴", "🐌", "💩", "🧠❌")
COMPARISON = frozenset({"als", "net", "like", "zoals", "lijkt"})
CONTRACTED_COPULAS = frozenset({"ur", "youre", "ure", "hes", "shes"})
DENYING_SUBJECTS = frozenset({"niemand", "nobody", "noone"})
# "ze lijkt wel een walrus", "he looks like a hippo": a person compared to an animal.
LIKENESS = frozenset({"lijkt", "lijken", "looks", "look", "net"})
# Before a word for a person: "die loser", "dat kutwijf", "that idiot", "zo'n sukkel".
PERSON_DETERMINERS = frozenset({"die", "dat", "deze", "that", "this", "those", "these", "zo'n", "zon"})
INDEFINITE_ARTICLES = frozenset({"een", "'n", "a", "an"})
ADVICE = frozenset({"als", "if", "when", "wanneer"})
RED_CATEGORIES = frozenset({"threat", "threat-verb", "self-harm", "self-harm-lead", "wish", "exposure"})
MESSAGE_KEY = {
    "insult": "insult",
    "body": "body",
    "threat": "threat",
    "veiled-threat": "threat",
    "threat-verb": "threat",
    "exposure": "threat",
    "self-harm": "self-harm",
    "self-harm-lead": "self-harm",
    "wish": "self-harm",
    "exclusion": "exclusion",
    "humiliation": "humiliation",
    "share-call": "humiliation",
}


@dataclass(frozen=True)
class Lexicons:
    terms: Lexicon  # payload: a tuple of Terms (one word may be an insult and a threat verb)
    people: Lexicon
    animals: Lexicon
    body_parts: Lexicon
    names: frozenset[str]
    media: Lexicon
    talk_about: Lexicon
    praise: Lexicon
    kind: Lexicon  # affection or a kind act in the post: "hier, leen de mijne maar", "zonder jou waren we nergens"
    play: Lexicon  # games and matches: "ik maak je af met schaken", "I'll kill you in Fortnite"
    allowed: Lexicon


@dataclass
class Post:
    """What the rule reads once per post before it judges any sentence."""

    doc: object
    lexicons: Lexicons
    sentence_ranges: list[tuple[int, int]]
    about_animals: bool
    mocking: bool
    has_media: bool
    talks_about_bullying: bool
    has_target: bool = False
    laughing: bool = False  # laughter, not tears: "😂", "haha"; not "😭", which may be sorrow
    friendly: bool = False  # praise or affection anywhere: "je bent nog niet van me af ❤️"
    kind: bool = False  # affection or a kind act anywhere: "hier, leen de mijne maar ❤️"
    helps: bool = False  # a kind act in words, not only a heart: "zal ik je morgen ophalen?"
    # _target_strength by (token, sentence start): every family asks it of the same tokens again.
    strengths: dict[tuple[int, int], int] = field(default_factory=dict)


def check(analysed, context) -> Iterator[Finding]:
    lexicons = _lexicons_for(analysed.language, context)
    doc = analysed.normalised_doc
    post = _read_post(doc, lexicons)
    abusive = list(_abusive_words(analysed, context))
    found = False
    for start, end in post.sentence_ranges:
        best: tuple[int, Match, Term] | None = None
        candidates = [match for match in abusive if start <= match.start < end]
        for match in (*_scan(doc, start, end, lexicons), *candidates):
            for term in match.payload:
                if _counts(term, match, start, end, post):
                    rank = 1 if term.category in RED_CATEGORIES else 0
                    if best is None or rank > best[0]:
                        best = (rank, match, term)
        if best is None:
            best = _animal_likeness(doc, start, end, post)
        if best is None:
            best = _looks_mocked(doc, start, end, post)
        if best is None:
            best = _outdone(doc, start, end, post)
        if best is not None:
            found = True
            yield _finding(analysed, context, doc, best[1], best[2], post)
    if not found:
        yield from _resembles(analysed, context, post)


def _resembles(analysed, context, post: Post) -> Iterator[Finding]:
    """The learned second opinion, for a post the patterns found nothing in: only in a sentence aimed at
    someone, never in a post about bullying, a game, a denied insult (`je bent niet dom`) or a sentence with
    words the school allowed. A friendly word does not stop it: sarcasm is praise (`knap hoor dat jij ...`)."""
    threshold = context.option(INFO, "resemblance")
    if threshold is False or post.talks_about_bullying or not post.has_target:
        return
    doc = post.doc

    def allowed(start: int, end: int) -> bool:
        return (
            _has_target(doc, start, end, post)
            and not _played(doc, start, end, post)
            and not _denied(doc, start, end)
            and not quoted(doc, start, end)
            and not _all_matches(doc, post.lexicons.allowed, start, end)  # the school allowed its words
        )

    spans = discrimination.group_spans(analysed, context)
    sentence = resembling_sentence(analysed, INFO.id, threshold, post.sentence_ranges, allowed, spans)
    if sentence is not None:
        yield sentence_finding(INFO, analysed, context, sentence, "bullying.resembles")


def _denied(doc, start: int, end: int) -> bool:
    """An insult denied rather than made: a negation soon after a copula or an opinion verb (`jij bent
    helemaal niet dom`, `you're not a loser`, `zeg nooit dat iemand dom is`), or just before an opinion verb
    (`niemand vindt jou een loser`, `nobody thinks you're weird`)."""
    words = [token.lower_ for token in doc[start:end]]
    for index, word in enumerate(words):
        if (word in COPULAS or word in OPINION_VERBS) and any(
            following in NEGATIONS for following in words[index + 1 : index + 4]
        ):
            return True
        if word in OPINION_VERBS and any(
            before in NEGATIVE_LEADS for before in words[max(0, index - 2) : index]
        ):
            return True
    return False


def _abusive_words(analysed, context) -> Iterator[Match]:
    """Vulgar words and slurs (from vulgar-language's lists) as candidate insults: `Tim is zo'n faggot`,
    `dat kutwijf van de kantine`, `Mr de Boer is such an asshole`. Sexual words become remarks on a body."""
    for start, end, term, _other in vulgar_language.find(analysed, context):
        category = "body" if term.category == "sexual" else "insult"
        as_insult = Term(
            term.term, Severity.AMBER, category, INFO.id, term.language, fields=(("source", "vulgar"),)
        )
        yield Match(start, end, (as_insult,), term.term)


def _read_post(doc, lexicons: Lexicons) -> Post:
    animals = [
        match
        for match in _all_matches(doc, lexicons.animals)
        if not _is_comparison(doc, match.start)  # "net een pinguïn" compares a person to an animal
    ]
    text = doc.text
    laughing = laughs(doc)
    mocking = laughing or any(emoji in text for emoji in MOCKING_EMOJI)
    post = Post(
        doc,
        lexicons,
        sentences(doc),
        bool(animals),
        mocking,
        bool(_all_matches(doc, lexicons.media)),
        bool(_all_matches(doc, lexicons.talk_about)),
    )
    post.has_target = any(_has_target(doc, s, e, post) for s, e in post.sentence_ranges)
    post.friendly = _praised(doc, 0, len(doc), post)
    kind = _all_matches(doc, lexicons.kind)
    post.kind = bool(kind)
    post.helps = any(any(character.isalpha() for character in match.form) for match in kind)
    post.laughing = laughing
    return post


def _all_matches(doc, lexicon: Lexicon, start: int = 0, end: int | None = None) -> list[Match]:
    return list(lexicon.matches(doc, start, end))


def _scan(doc, start: int, end: int, lexicons: Lexicons) -> Iterator[Match]:
    """Every listed word or phrase in the sentence; overlapping matches are all kept."""
    for index in range(start, end):
        token = doc[index]
        if token.is_space or token.is_punct:
            continue
        forms = token_forms(token)
        if lexicons.allowed.match_at(doc, index, forms):
            continue
        match = lexicons.terms.match_at(doc, index, forms)
        if match is not None:
            yield match
            if (
                match.end - match.start > 1
            ):  # the first word may count on its own too ("maak" in "maak er ...")
                single = lexicons.terms.word(forms)
                if single is not None:
                    yield Match(index, index + 1, single[1], single[0])


def _counts(term: Term, match: Match, start: int, end: int, post: Post) -> bool:
    doc = post.doc
    category = term.category
    if category in ("insult", "body"):
        return _insult_aimed(doc, match, start, end, post, category)
    if category == "threat":
        if post.helps:
            return False  # "ik weet waar je woont, dus ik breng je boek even langs"
        return not _negated_before(doc, match.start, start) and not _checking(doc, match, end)
    if category == "veiled-threat":
        return _veiled_threat(doc, match, start, end, post)
    if category == "threat-verb":
        return _threatens(doc, match, term, start, end, post) and not _played(doc, start, end, post)
    if category == "exposure":
        return _blackmail(doc, match, term, start, end, post)
    if category == "self-harm":
        return _incites(doc, match, start, end)
    if category == "self-harm-lead":
        return _incites(doc, match, start, end) and _has_target(doc, start, end, post, strong_only=True)
    if category == "wish":
        return _wishes_harm(doc, match, start, end, post)
    if category == "exclusion":
        return _excludes(doc, match, term, start, end, post)
    if category == "humiliation":
        return _humiliates(doc, match, term, start, end, post)
    if category == "share-call":
        return _shares_someone(doc, match, term, start, end, post)
    return False  # "harm" only counts inside a wish


# --- who is a target --------------------------------------------------------------------------------


def _target_strength(doc, index: int, start: int, post: Post) -> int:
    """2 for someone addressed or @-mentioned, 1 for a third person (a name, `hem`, `die gast`), 0 else.

    A third person may be an animal on a farm-school post ("onze koe Bella is zo dik"): when the post
    names an animal, only addressed and @-mentioned people count."""
    key = (index, start)
    if key not in post.strengths:
        post.strengths[key] = _strength(doc, index, start, post)
    return post.strengths[key]


def _strength(doc, index: int, start: int, post: Post) -> int:
    token = doc[index]
    word = token.lower_
    if token.text.startswith("@") and len(token.text) > 1:
        return 2
    if word in SECOND_PERSON or word in ("jij", "jou", "jullie"):
        return 2
    weak = (
        word in THIRD_PERSON_SINGULAR or _is_name(doc, index, start, post) or _named_person(doc, index, post)
    )
    return 1 if weak and not post.about_animals else 0


def _is_name(doc, index: int, start: int, post: Post) -> bool:
    """`Tim`, `@sanne_b`, `Sophie's`: a capitalised word that is not a function word. At the start of a
    sentence every word has a capital, so there it must be unknown to both languages or a listed name."""
    token = doc[index]
    text = token.text
    for ending in ("'s", "’s"):
        if text.endswith(ending):
            text = text[: -len(ending)]
    word = text.lower()
    if text.startswith("@") and len(text) > 1:
        return True
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
        return False
    if word in function_words() or word in SUBJECT_THINGS:
        return False
    first = next((i for i in range(start, index + 1) if not doc[i].is_space and not doc[i].is_punct), index)
    if index != first or word in post.lexicons.names:
        return True
    known = vocabulary()
    return word not in known and word + "en" not in known  # "Wacht maar": an imperative, not a name


def _named_person(doc, index: int, post: Post) -> bool:
    """`die gast`, `die nieuwe jongen`, `that kid`, `die loser`: a word for a person after a determiner."""
    forms = token_forms(doc[index])
    if post.lexicons.people.word(forms) is None:
        return False
    before = [doc[i].lower_ for i in range(max(0, index - 3), index) if not doc[i].is_space]
    return bool(set(before) & (THING_DETERMINERS | {"die", "that", "this", "deze"}))


def _has_target(doc, start: int, end: int, post: Post, strong_only: bool = False) -> bool:
    need = 2 if strong_only else 1
    return any(_target_strength(doc, index, start, post) >= need for index in range(start, end))


# --- the families -----------------------------------------------------------------------------------


def _insult_aimed(doc, match: Match, start: int, end: int, post: Post, category: str) -> bool:
    """`jij bent de domste`, `Tim is zo'n sukkel`, `ben jij dom`, `je stinkt`, `wat een lelijke kop heeft
    Bram`, `die dikke benen van @lisa`; not `ik ben zo dom`, `je bent niet dom`, `die printer is waardeloos`."""
    index = match.start
    token = doc[index]
    if match.end - match.start > 1 and _has_target(doc, match.start, match.end, post, strong_only=True):
        return not _negated_before(doc, index, start)  # "je maakt me misselijk", "I hate you"
    if (
        token.text[:1].isupper()
        and not token.text.isupper()
        and _previous_word(doc, index, start) is not None
    ):
        return False  # a name in mid-sentence: "Moby Dick", "Dick Bruna"
    if _negated_before(doc, index, start) and not _told_not_to_be(doc, index, start):
        return False
    if any(doc[i].lower_ in DENYING_SUBJECTS for i in range(start, index)):
        return False  # "nobody thinks you're a loser", "niemand vindt jou dom"
    if any(doc[i].lower_ in GENERIC_PEOPLE for i in range(start, index)):
        return False  # advice about anyone: "zeg nooit tegen iemand dat hij dom is"
    if _said_after(doc, match, end) and not _praised(doc, start, end, post):
        return True  # the insult first: "sukkel dat je bent", "lelijk ben je", "loser, that's what you are"
    if _praised(doc, start, end, post):
        return False  # banter: "jij idioot haalt gewoon een 9, trots op je", "you're MY idiot 🫶"
    mild = match.payload[0].severity == Severity.AMBER and match.payload[0].field("source") != "vulgar"
    if post.kind and mild and category == "insult":
        return False  # banter with a kind act: "Sanne jij sukkel 😂 alweer je laarzen vergeten?? hier, leen de mijne"
    shouted = _shouted(doc, match, end) and match.payload[0].field("source") != "vulgar"  # "fuck, mijn bus!"
    if _vocative(doc, match, start, end) and (post.has_target or shouted):
        return True  # "kankerlijer, ga weg", "sukkkkel 😂 @tess", "niemand vroeg het jou, stomme kwal"
    following = _next_word(doc, match.end - 1)
    ranked = following is not None and following < end and token.lower_.endswith(("ste", "st"))
    if ranked and post.lexicons.people.word(token_forms(doc[following])):
        return True  # ranking people: "ugliest boy in year 10", "de domste leerling"
    subject = _predicate_subject(doc, index, start, post)
    if subject is not None:
        word = doc[subject].lower_
        if word in FIRST_PERSON or word in SUBJECT_THINGS:
            return False
        if _target_strength(doc, subject, start, post) or (word in ("wie", "who") and not post.about_animals):
            return True
    lead = _previous_word(doc, index, start)
    after = _next_word(doc, index)
    is_head = _plain_after(doc, after, end)
    if lead is not None and is_head and doc[lead].lower_ in PERSON_DETERMINERS:
        return True  # "die loser", "dat kutwijf van de kantine", "die flikkers uit de vierde"
    if not _has_target(doc, start, end, post):
        return False
    if aimed_at_person(doc, index):
        return not _first_person_sentence(doc, index, start)
    if lead is not None and is_head:
        word = doc[lead].lower_
        if word in ("je", "jouw", "your", "ur"):
            return True  # "hou je kankerbek"
        if word in INDEFINITE_ARTICLES and _clause_start(doc, lead, start):
            return True  # "Lotte met haar beugel, echt een monster"
    if any(doc[i].lower_ in COMPARISON for i in range(max(start, index - 3), index)):
        return True  # "gedraagt zich als een hoer", "looks like a sheep"
    if match.payload[0].field("source") == "vulgar" and category == "body":
        near = range(max(start, index - 5), min(end, match.end + 5))
        return any(_target_strength(doc, i, start, post) and doc[i].lower_ not in FIRST_PERSON for i in near)
    if category == "body" and match.end < end and post.lexicons.body_parts.word(token_forms(doc[match.end])):
        return lead is None or doc[lead].lower_ not in FIRST_PERSON
    return False


def _said_after(doc, match: Match, end: int) -> bool:
    """The insult comes first and the person after it: `s u k k e l dat je bent`, `achterl1jk ben je`,
    `l👏o👏s👏e👏r, that's what you are`."""
    words = []
    position = match.end
    while position < end and len(words) < 6:
        token = doc[position]
        if not token.is_space and token.text not in (",", "..."):
            words.append(token.lower_)
        position += 1
    text = " ".join(words)
    return any(pattern.match(text) for pattern in INSULT_FIRST)


def _shouted(doc, match: Match, end: int) -> bool:
    """`Kankerlijer, ga weg`, `Loser!`: the insult is followed by a comma or an exclamation mark."""
    return match.end < end and doc[match.end].text in (",", "!")


def _vocative(doc, match: Match, start: int, end: int) -> bool:
    """An insult that is a clause on its own, said to someone: at the start of its clause (after nothing
    but other insults and degree words) and followed by nothing but punctuation, a name or emoji; or
    called out after `hé`, `zeg`, `oi` (`zeg uilskuiken van 2a, ...`)."""
    position = match.start - 1
    while position >= start:
        token = doc[position]
        if token.is_punct:
            break
        if token.lower_ in CALLS:
            return True
        if not token.is_space and token.lower_ not in SKIPPABLE | INSULTING_ADJECTIVES:
            return False
        position -= 1
    after = match.end
    while after < end and doc[after].is_space:
        after += 1
    if after >= end:
        return True
    token = doc[after]
    return token.is_punct or _is_name_like(token) or not any(char.isalnum() for char in token.text)


def _plain_after(doc, after: int | None, end: int) -> bool:
    """Whether the word after an insult leaves it the head of its phrase: `die loser uit 2B`, `zo'n
    zeiklul Daan`, `you idiot lol`; not `die domme printer`."""
    if after is None or after >= end:
        return True
    token = doc[after]
    return not _content_word(token) or token.lower_ in SKIPPABLE | AFTER_OBJECT or _is_name_like(token)


def _told_not_to_be(doc, index: int, start: int) -> bool:
    """`doe niet zo'n zeiklul`, `don't be such a dick`: the negation is an order, not a denial."""
    window = [doc[i].lower_ for i in range(max(start, index - 4), index)]
    return any(word in ("doe", "wees", "be", "act") for word in window)


def _clause_start(doc, index: int, start: int) -> bool:
    """Nothing but degree words between `index` and the start of its clause (a comma or the sentence)."""
    position = index - 1
    while position >= start:
        token = doc[position]
        if token.is_punct:
            return True
        if not token.is_space and token.lower_ not in SKIPPABLE:
            return False
        position -= 1
    return True


def _animal_likeness(doc, start: int, end: int, post: Post) -> tuple[int, Match, Term] | None:
    """`ze lijkt wel een walrus`, `Tim looks like a pig`, `net een pinguïn`: a person likened to an animal."""
    for match in _all_matches(doc, post.lexicons.animals, start, end):
        before = [doc[i].lower_ for i in range(max(start, match.start - 4), match.start)]
        if not set(before) & LIKENESS or _praised(doc, start, end, post):
            continue
        people = [
            i
            for i in range(start, end)
            if (doc[i].lower_ in THIRD_PERSON_SINGULAR | SECOND_PERSON or _is_name(doc, i, start, post))
            and doc[i].lower_ not in FIRST_PERSON
        ]
        if people:
            term = Term(match.form, Severity.AMBER, "body", INFO.id, "nl")
            return 0, match, term
    return _likened(doc, start, end, post)


def _looks_mocked(doc, start: int, end: int, post: Post) -> tuple[int, Match, Term] | None:
    """Laughing at someone's looks without an insult word: `met die tanden kan hij blikjes openen 😂`,
    `Lotte's teeth are so yellow 🤢`, `hoeveel zakken chips heb jij al op, Sem? 🐷`. A body part, clothes or
    an insulting emoji, a person in the sentence and laughter in the post; not in a friendly post."""
    if post.friendly or post.about_animals:
        return None
    parts = _all_matches(doc, post.lexicons.body_parts, start, end)
    inside = {i for part in parts for i in range(part.start, part.end)}
    people = [
        i
        for i in range(start, end)
        if i not in inside and _target_strength(doc, i, start, post) and doc[i].lower_ not in FIRST_PERSON
    ]
    text = doc[start:end].text
    emoji = next((e for e in INSULTING_EMOJI if e in text), None)
    if emoji is not None and (people or post.has_target):  # "hoeveel chips heb jij al op, Sem? 🐷"
        at = start + next(i for i, token in enumerate(doc[start:end]) if emoji in token.text)
        return 0, Match(at, at + 1, None, emoji), Term(emoji, Severity.AMBER, "body", INFO.id, "nl")
    emoji = next((e for e in MOCKING_LOOKS_EMOJI if e in text), None)
    words = [
        token
        for token in doc[start:end]
        if token.is_alpha and not _target_strength(doc, token.i, start, post)
    ]
    if emoji is not None and (people or post.has_target) and (post.laughing or len(words) <= 2):
        at = start + next(i for i, token in enumerate(doc[start:end]) if emoji in token.text)
        return 0, Match(at, at + 1, None, emoji), Term(emoji, Severity.AMBER, "body", INFO.id, "nl")
    if not people or not post.laughing:
        return None
    for match in parts:
        owner = _previous_word(doc, match.start, start)
        if owner is None or doc[owner].lower_ not in FIRST_PERSON:
            return 0, match, Term(match.form, Severity.AMBER, "body", INFO.id, "nl")
    return None


def _outdone(doc, start: int, end: int, post: Post) -> tuple[int, Match, Term] | None:
    """Someone compared unfavourably to an animal or a thing, without an insult word: `zelfs de geiten
    snappen meer van biologie dan jij`, `even my goldfish has a longer attention span than you`, `the horses
    have more personality than you Leo`. Not `je bent slimmer dan je denkt`, not `ik ben ouder dan jij`."""
    words = [token.lower_ for token in doc[start:end]]
    for index in range(start, end):
        if doc[index].lower_ not in ("dan", "than"):
            continue
        person = _next_word(doc, index)
        if person is None or person >= end or doc[person].lower_ not in SECOND_PERSON | {"jou", "u"}:
            continue
        after = _next_word(doc, person)
        if after is not None and after < end and doc[after].lower_ in MODEST_VERBS:
            return None  # "beter dan je denkt", "smarter than you think"
        before = words[: index - start]
        if set(before) & FIRST_PERSON_SUBJECTS:
            return None  # "ik ben ouder dan jij"; but "even my goldfish ..." compares the goldfish
        compared = any(
            word in COMPARATIVES or (word.endswith(("er", "ere")) and len(word) >= 5) for word in before
        )
        lowly = set(before) & {"zelfs", "even"} or _all_matches(doc, post.lexicons.animals, start, index)
        if compared and lowly:
            term = Term(doc[index : person + 1].text, Severity.AMBER, "insult", INFO.id, "nl")
            return 0, Match(index, person + 1, None, term.term), term
    return None


def _likened(doc, start: int, end: int, post: Post) -> tuple[int, Match, Term] | None:
    """`ze lijkt wel een worst`, `she looks like a robot`: a person (not `ik`) said to look like a thing."""
    for index in range(start, end - 2):
        word = doc[index].lower_
        if word not in ("lijkt", "looks", "look", "lijk"):
            continue
        subject = _previous_word(doc, index, start)
        if subject is None:
            subject = _next_word(doc, index)
        if subject is None or not _target_strength(doc, subject, start, post):
            continue
        rest = [doc[i] for i in range(index + 1, min(end, index + 5)) if not doc[i].is_space]
        words = [token.lower_ for token in rest]
        if words[:2] in (["wel", "een"], ["op", "een"], ["like", "a"], ["like", "an"]) and len(rest) > 2:
            noun = rest[2]
            if noun.is_alpha and not _praised(doc, start, end, post):
                return (
                    0,
                    Match(noun.i, noun.i + 1, None, noun.lower_),
                    Term(noun.lower_, Severity.AMBER, "body", INFO.id, "nl"),
                )
    return None


def _predicate_subject(doc, index: int, start: int, post: Post) -> int | None:
    """The subject the insult at `index` is said of, through a copula: `jij bent (echt) (de) X`, `ben jij
    X`, `Tim is zo'n X`, `you're such a X`; or directly, `je stinkt`. None when there is no such subject."""
    position = index - 1
    skipped = 0
    while position >= start and skipped < 5:
        token = doc[position]
        word = token.lower_
        if token.is_space:
            position -= 1
            continue
        is_insult = post.lexicons.terms.word(token_forms(token)) is not None
        if word in SKIPPABLE or word in INSULTING_ADJECTIVES or word.endswith("ste") or is_insult:
            position -= 1
            skipped += 1
            continue
        break
    if position < start:
        return None
    word = doc[position].lower_
    if word in COPULAS or word in ("lijkt", "looks", "look", "seems", "blijft", "wordt", "ziet", "r"):
        subject = _person_before(doc, position, start, post)
        if subject is not None and doc[subject].lower_ not in ("wat", "what", "how", "hoe"):
            return subject
        following = _next_word(doc, position)  # "ben jij dom", "is Tim lelijk"
        return following if following is not None and following < index else subject
    if _target_strength(doc, position, start, post) or word in FIRST_PERSON:
        copula = _previous_word(doc, position, start)
        if copula is not None and doc[copula].lower_ in COPULAS:
            return position  # "wat ben jij dom"
        after = _next_word(doc, index)
        pronoun = word in SECOND_PERSON or word in THIRD_PERSON_SINGULAR or doc[position].text.startswith("@")
        if word in CONTRACTED_COPULAS:
            return position  # "ur so pathetic", "youre a joke"
        if skipped == 0 and pronoun and _plain_after(doc, after, len(doc)):
            return position  # "je stinkt (echt)", "you smell"
        if skipped and after is not None and doc[after].lower_ in VERB_FINAL_COPULAS:
            return position  # a Dutch subclause, the verb last: "iedereen weet dat Fenna een sloerie is"
    return None


def _person_before(doc, copula: int, start: int, post: Post) -> int | None:
    """The subject before a copula: the word right before it, or a person a few words back when a phrase
    sits between ("that kid in 2c is", "die nieuwe jongen uit 3B is")."""
    subject = _previous_word(doc, copula, start)
    if subject is None or _target_strength(doc, subject, start, post) or doc[subject].lower_ in FIRST_PERSON:
        return subject
    for position in range(copula - 2, max(start, copula - 5) - 1, -1):
        if doc[position].is_punct:
            break
        following = _next_word(doc, position)
        modifier = following is not None and following != copula and _content_word(doc[following])
        if _target_strength(doc, position, start, post) and not modifier:
            return position  # not "Ajax fans are trash": a name in front of a noun is not the subject
    return subject


def _threatens(doc, match: Match, term: Term, start: int, end: int, post: Post) -> bool:
    """`ik sla je`, `duw ik je`, `we pakken jou`, `ik ga je slaan`, `ik maak je af`, `I'll kill you`: a
    first person harming an addressed or named person. Not `we maken ze kapot` (a team), `you killed it`."""
    index = match.start
    window = [i for i in range(max(start, index - 6), min(end, index + 5)) if not doc[i].is_space]
    actor = [i for i in window if doc[i].lower_ in FIRST_PERSON_SUBJECTS and (i < index or i <= index + 1)]
    if not actor:
        return False
    if any(doc[i].lower_ in NEGATIONS for i in window if actor[0] < i <= index + 2):
        return False
    particles = term.field("particle").split()
    after = [doc[i].lower_ for i in window if i > index]
    if particles and not set(particles) & set(after):
        return False
    if after and after[0] in HARMLESS_PARTICLES:
        return False
    for position in window:
        if position == index or position in actor or position < actor[0]:
            continue
        if doc[position].lower_ in POSSESSIVES and _body_part_after(doc, position, post):
            return True  # "breek ik je neus", "I'll break your fingers": harm to the person's body
        if _target_strength(doc, position, start, post) and doc[position].lower_ not in ("ze", "jullie"):
            if _possessive(doc, position, end, verb=index):
                continue
            following = _next_word(doc, position)
            if following is not None and doc[following].lower_ in HARMLESS_PARTICLES:
                continue
            return True
    return False


def _veiled_threat(doc, match: Match, start: int, end: int, post: Post) -> bool:
    """`wacht maar tot maandag`, `je bent nog niet van me af`, `would be a shame if something happened`:
    a threat without a word of violence. Not in a friendly post (`je bent nog niet van me af ❤️`) or one that
    offers help (`ik weet waar je woont, dus ik breng je boek even langs`), and not a warning about a thing
    (`kijk maar uit op de fietsbrug`, `pas op voor de gladheid`)."""
    if post.friendly or post.kind or _negated_before(doc, match.start, start):
        return False
    if not post.has_target and not any(token.lower_ in ("your", "jouw", "ur") for token in doc):
        return False  # said to no one: "wacht maar tot maandag, dan krijgen we de cijfers terug"
    following = _next_word(doc, match.end - 1)
    return following is None or following >= end or doc[following].lower_ not in WARNING_ABOUT


def _checking(doc, match: Match, end: int) -> bool:
    """`ik weet waar je woont toch? dan breng ik je boek`: a question tag makes it a check, not a threat."""
    words = [doc[i] for i in range(match.end, min(end, match.end + 3)) if not doc[i].is_space]
    return len(words) >= 2 and words[0].lower_ in QUESTION_TAGS and words[1].text == "?"


def _played(doc, start: int, end: int, post: Post) -> bool:
    """A game or a match in the sentence: `ik maak je af met schaken`, `I'm gonna kill you in Fortnite`."""
    return bool(_all_matches(doc, post.lexicons.play, start, end))


def _possessive(doc, index: int, end: int, verb: int) -> bool:
    """`je pen`, `haar fiets`, `her bag`: the pronoun owns the next word instead of undergoing the verb
    (`we gaan je pakken`)."""
    if doc[index].lower_ not in POSSESSIVES:
        return False
    following = _next_word(doc, index)
    return (
        following is not None
        and following != verb
        and following < end
        and _content_word(doc[following])
        and doc[following].lower_ not in AFTER_OBJECT
    )


def _body_part_after(doc, index: int, post: Post) -> bool:
    following = _next_word(doc, index)
    return following is not None and bool(post.lexicons.body_parts.word(token_forms(doc[following])))


def _blackmail(doc, match: Match, term: Term, start: int, end: int, post: Post) -> bool:
    """`anders zet ik je foto's online`, `if you tell I'll post those pics of you`, `als ze niet betaalt
    gaan ze online`: exposure of someone's pictures made conditional on what they do."""
    if not post.has_media:
        return False
    if not _particle_follows(doc, match, term, end):
        return False
    words = {doc[i].lower_ for i in range(start, end)}
    if _ultimatum(doc, start, end):
        return True  # "doe mijn huiswerk of iedereen ziet je berichtjes", "one word and that pic goes online"
    if not words & CONDITIONS:
        return False
    if not words & THREAT_CONDITIONS and not words & (NEGATIONS | DEMANDS):
        return False
    return _has_target(doc, start, end, post) or bool(words & FIRST_PERSON_SUBJECTS)


def _ultimatum(doc, start: int, end: int) -> bool:
    """A demand joined by `of`/`or`/`en`/`and` to what follows: `betaal of ...`, `tell anyone and ...`,
    `één woord tegen de mentor en ...`. The sentence opens with the demand."""
    words = [doc[i].lower_ for i in range(start, end) if not doc[i].is_space and not doc[i].is_punct]
    if len(words) <= 3:
        return False
    one_word = words[0] in ("een", "1", "one", "nog") and words[1] in ("woord", "word", "een", "more")
    return (words[0] in ULTIMATUM_OPENERS or one_word) and bool(set(words[2:]) & ULTIMATUM_JOINS)


def _incites(doc, match: Match, start: int, end: int) -> bool:
    """`ga dood`, `kill yourself`; not `ik ga dood van de hitte`, `I'm dying`, `don't kill yourself`."""
    before = _previous_word(doc, match.start, start)
    if before is not None and doc[before].lower_ in FIRST_PERSON_SUBJECTS | NEGATIONS | {"do", "don't"}:
        return False
    if _negated_before(doc, match.start, start):
        return False
    after = _next_word(doc, match.end - 1)
    return after is None or after >= end or doc[after].lower_ not in ("van", "of", "from")


def _wishes_harm(doc, match: Match, start: int, end: int, post: Post) -> bool:
    """`ik hoop dat je doodgaat`, `hope you get hit by the bus`, `ik hoop dat Tim onder een trekker komt`."""
    if _first_person_target_after(doc, match.end, end):
        return False
    target = None
    for index in range(match.end, min(end, match.end + 4)):
        if _target_strength(doc, index, start, post) and doc[index].lower_ not in FIRST_PERSON:
            target = index
            break
    if target is None:
        return False
    for index in range(target + 1, min(end, target + 9)):
        if doc[index].lower_ in NEGATIONS:
            return False
        found = post.lexicons.terms.match_at(doc, index)
        if found is not None and any(term.category == "harm" for term in found.payload):
            return True
    return False


def _excludes(doc, match: Match, term: Term, start: int, end: int, post: Post) -> bool:
    """`iedereen moet Sara blokken`, `niemand nodigt Daan uit`, `just ignore Grace`, `zij hoort er niet
    bij`; not `iedereen is aan het blokken`, `ik blokkeer hem` (a choice), `blokkeer hem als hij ...` (advice)."""
    if post.friendly and match.end - match.start > 1:
        return False  # a greeting among friends: "jij weer! wat leuk je te zien 😍"
    words = [doc[i].lower_ for i in range(start, end) if not doc[i].is_space]
    later = {doc[i].lower_ for i in range(match.end, end)}
    if (words and words[0] in ADVICE) or later & ADVICE or "ik" in words or "i" in words:
        return False  # advice ("blokkeer hem als hij ...") or a choice of one's own ("ik blokkeer hem")
    phrase = match.end - match.start > 1
    if not _particle_follows(doc, match, term, end):
        return False
    if phrase and _has_target(doc, match.start, match.end, post, strong_only=True):
        return True  # "niemand mag je", "nobody likes you"
    if not any(
        _target_strength(doc, index, start, post) and doc[index].lower_ not in SECOND_PERSON
        for index in range(start, end)
    ):
        return False
    if phrase:
        return True
    if term.field("lead") == "negative":
        return _negative_in_clause(doc, match, start, end)
    if (
        set(words[: words.index(doc[match.start].lower_)] if doc[match.start].lower_ in words else [])
        & DENYING_SUBJECTS
    ):
        return False  # "nobody should be kicked out"
    first = next(i for i in range(start, end) if not doc[i].is_space and not doc[i].is_punct)
    return bool(set(words) & LEADS) or match.start == first


def _shares_someone(doc, match: Match, term: Term, start: int, end: int, post: Post) -> bool:
    """`stuur die foto van Mila door`, `post that video of him falling`, `zet die screenshots van Luuk in de
    groep`: a call to pass round someone's pictures or messages. Needs a person and either their media in
    the sentence or laughter in the post; not when it is praise (`stuur die mooie foto van Tim door!`)."""
    if not _particle_follows(doc, match, term, end, reach=12):
        return False
    if post.friendly:
        return False
    someone = any(
        _target_strength(doc, index, start, post) and doc[index].lower_ not in FIRST_PERSON | SECOND_PERSON
        for index in range(start, end)
    )
    if not someone:
        return False
    if _all_matches(doc, post.lexicons.media, start, end):
        return True
    return post.mocking and post.has_media


def _negative_in_clause(doc, match: Match, start: int, end: int) -> bool:
    """`niemand nodigt Daan uit`, `nodig Roos niet uit`; not `je bent nog niet van me af, volgend jaar zitten
    we weer samen`: the negation must be in the verb's own clause."""
    low = match.start
    while low > start and doc[low - 1].text not in (",", ";"):
        low -= 1
    high = match.end
    while high < end and doc[high].text not in (",", ";"):
        high += 1
    return any(doc[i].lower_ in NEGATIVE_LEADS for i in range(low, high))


def _humiliates(doc, match: Match, term: Term, start: int, end: int, post: Post) -> bool:
    """`kijk deze foto van Emma 😂`, `laugh at her`, `rate Sophie's haircut 😂`: someone shown to others
    to be laughed at. Needs a third person, laughter in the post and no praise in the sentence."""
    if not _particle_follows(doc, match, term, end):
        return False
    if _praised(doc, start, end, post):
        return False
    right_after = range(match.end, min(end, match.end + 2))
    if any(_target_strength(doc, i, start, post) and doc[i].lower_ not in FIRST_PERSON for i in right_after):
        return True  # "rate her outfit", "beoordeel Sophie's kapsel"
    if not post.mocking:
        return False
    return any(
        _target_strength(doc, index, start, post) and doc[index].lower_ not in SECOND_PERSON | FIRST_PERSON
        for index in range(start, end)
    )


# --- small readers ----------------------------------------------------------------------------------


def _particle_follows(doc, match: Match, term: Term, end: int, reach: int = 5) -> bool:
    """A term listed with `particle` needs one of those words soon after it: `zet ... online`, `stuur ...
    door`. A term without one always passes."""
    particles = term.field("particle").split()
    return not particles or any(
        doc[i].lower_ in particles for i in range(match.end, min(end, match.end + reach))
    )


def _praised(doc, start: int, end: int, post: Post) -> bool:
    return bool(_all_matches(doc, post.lexicons.praise, start, end))


def _negated_before(doc, index: int, start: int) -> bool:
    """A negation among the three words before: `je bent niet dom`, `you're not a loser`, `geen sukkel`."""
    seen = 0
    position = index - 1
    while position >= start and seen < 3:
        if not doc[position].is_space:
            if doc[position].lower_ in NEGATIONS:
                return True
            seen += 1
        position -= 1
    return False


def _first_person_sentence(doc, index: int, start: int) -> bool:
    subject = _previous_word(doc, index, start)
    return subject is not None and doc[subject].lower_ in FIRST_PERSON_SUBJECTS


def _first_person_target_after(doc, index: int, end: int) -> bool:
    following = _next_word(doc, index - 1)
    while following is not None and following < end and doc[following].lower_ in ("dat", "that"):
        following = _next_word(doc, following)
    return following is not None and following < end and doc[following].lower_ in FIRST_PERSON


def _is_comparison(doc, index: int) -> bool:
    before = {doc[i].lower_ for i in range(max(0, index - 3), index)}
    return bool(before & COMPARISON)


def _is_name_like(token) -> bool:
    text = token.text
    return text.startswith("@") or (text[:1].isupper() and text[1:].islower() and text.isalpha())


def _content_word(token) -> bool:
    return token.is_alpha and token.lower_ not in function_words()


def _previous_word(doc, index: int, start: int) -> int | None:
    position = index - 1
    while position >= start and (doc[position].is_space or doc[position].text in ("-",)):
        position -= 1
    return position if position >= start and not doc[position].is_punct else None


def _next_word(doc, index: int) -> int | None:
    position = index + 1
    while position < len(doc) and doc[position].is_space:
        position += 1
    return position if position < len(doc) and not doc[position].is_punct else None


# --- finding ----------------------------------------------------------------------------------------


def _finding(analysed, context, doc, match: Match, term: Term, post: Post) -> Finding:
    last = doc[match.end - 1]
    start, end = analysed.source_span(doc[match.start].idx, last.idx + len(last.text))
    text = analysed.body[start:end]
    key = MESSAGE_KEY[term.category]
    if post.talks_about_bullying or quoted(doc, match.start, match.end):
        severity, key = Severity.INFO, "mentioned"
    else:
        severity = Severity.RED if term.category in RED_CATEGORIES else term.severity
    return context.catalogue_finding(INFO, analysed, start, end, severity, key, text)


def _lexicons_for(language: str, context) -> Lexicons:
    return _build(
        language,
        context.config.extra_wordlists,
        tuple(context.option(INFO, "words")),
        tuple(context.option(INFO, "allow")),
    )


@lru_cache(maxsize=16)
def _build(
    language: str, extra_files: tuple, extra_words: tuple[str, ...], allow: tuple[str, ...]
) -> Lexicons:
    """Built once per language and config, keyed on the config's inputs (cheap to hash per draft)."""
    from clusius_check.text.pipeline import get_nlp, terms_for_post

    nlp = get_nlp(language)
    grouped: dict[str, list[Term]] = {}
    extra = tuple(Term(word, Severity.AMBER, "insult", INFO.id, language) for word in extra_words)
    for term in (*terms_for_post(INFO.id, language, extra_files), *extra):
        grouped.setdefault(term.term.lower().strip(), []).append(term)

    def section(name: str, more: tuple[str, ...] = ()) -> Lexicon:
        words = section_for_post(INFO.id, name, extra_files)
        return Lexicon(nlp, ((word.lower(), True) for word in (*words, *more)))

    return Lexicons(
        Lexicon(nlp, ((text, tuple(found)) for text, found in grouped.items()), loose=True),
        section("people"),
        section("animals"),
        section("body_parts"),
        frozenset(word.lower() for word in section_for_post(INFO.id, "names", extra_files)),
        section("media"),
        section("talk_about"),
        section("praise"),
        section("kind"),
        section("play"),
        section("allow", allow),
    )
