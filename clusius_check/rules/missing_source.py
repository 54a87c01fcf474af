"""missing-source — quotations, figures and borrowed images without a source (protocol art. 7, 8 and 1).

What it does
    Finds three things that need a name or a link next to them:
    - a quotation (“…”, "…", „…”, '…' when it is a sentence, or a Markdown `> …` blockquote) with no
      speaker, @handle, `bron:`, `via`, link or `— Naam` near it;
    - research or figures stated as fact (`uit onderzoek blijkt`, `studies show`, `80% van de jongeren`,
      `1 op de 3 leerlingen`) with no link and no named source (`volgens het CBS`, `bron: RIVM`);
    - content taken from elsewhere (`deze foto van Google gehaald`, `found this picture online`,
      `#repost`, `credits to the owner`) with no credit to its maker.

Why is this bad?
    Art. 7: "Maak je bronnen altijd kenbaar, citeer altijd met naamsvermelding." Art. 8 and art. 1: using
    texts, photos, videos or music without the maker's permission breaks copyright and portrait rights.

Example
    "Wie niet waagt, die niet wint." Zo waar! #motivatie

Use instead
    "Wie niet waagt, die niet wint." — Jacob Cats. Or: Bron: CBS (link). Or: Foto: @fotograaf.

What stays green
    Attributed quotes in every common form (`Zoals Einstein zei: "…"`, `"…" - Jac. P. Thijsse`, `mijn opa zei
    altijd: "…"`, `"…" (bron: NOS)`), words in scare quotes and titles (`de "gezellige" toetsweek`, `we lazen
    "De Tuinman en de Dood"`), numbers that are not claims (`50% korting`, `3-1 gewonnen`, the writer's own
    count: `12 van onze 20 kalfjes`), sourced figures, own and credited photos.

Amber throughout: a missing source is doubt, not harm. Cues and lists come from
`wordlists/<lang>/missing-source.yaml` (both languages, on every post).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import RuleInfo, resemblance_option
from clusius_check.text.lexicon import Lexicon, doc_forms
from clusius_check.text.resemblance import with_second_opinion
from clusius_check.text.targets import function_words, sentences
from clusius_check.wordlists import section_for_post, terms_for

# The learned second opinion (text/resemblance.py) speaks only above this score, when the patterns found nothing.
# Chosen before measuring on two blind sets, from models trained without whole corpus files (so without their
# writers) and scored on them: see tests/corpus/README.md.
RESEMBLANCE_THRESHOLD = 0.6

INFO = RuleInfo(
    id="missing-source",
    article="7",
    default_severity=Severity.AMBER,
    summary={
        "nl": "Citaat, cijfer of overgenomen beeld zonder bronvermelding.",
        "en": "Quote, figure or borrowed image without a source.",
    },
    options=(resemblance_option(RESEMBLANCE_THRESHOLD),),
    categories=("research", "taken"),
    sections=(
        "places",
        "taking_verbs",
        "content",
        "credits",
        "sources",
        "populations",
        "not_claims",
        "speakers",
        "speech_verbs",
        "titles",
        "not_speakers",
        "research_nouns",
        "research_verbs",
        "figure_leads",
        "taking_openers",
        "own_work",
    ),
)

# A quotation is a sentence: fewer words between quotation marks are a scare quote or a name
# (`de "gezellige" toetsweek`, `"Het Groene Hart"`).
MIN_QUOTE_WORDS = 4
# Where a quotation's attribution may stand: the line before, its own line, and the line after.
ATTRIBUTION_LINES = 1
# A colon introducing a quotation names a speaker in at most this many words ("Mijn opa:", "Jac. P. Thijsse:").
MAX_SPEAKER_WORDS = 5
# A full name this close after a quotation attributes it.
NAME_AFTER_CHARS = 40

_QUOTATIONS = (
    re.compile(r"“([^”\n]{3,600})”"),
    re.compile(r"„([^”“\n]{3,600})[”“]"),
    re.compile(r"«([^»\n]{3,600})»"),
    re.compile(r'"([^"\n]{3,600})"'),
    re.compile(r"‘([^’\n]{3,600})’(?!\w)"),
    # Single quotes only around words: not the apostrophe of `auto's`, `'s avonds`, `m'n`, `'t`.
    re.compile(r"(?<![\w'])'(?!(?:s|t|n|k|m)\b)(\S(?:[^'\n]|(?<=\w)'(?=\w)){2,600}?\S)'(?![\w'])"),
)
_BLOCKQUOTE = re.compile(r"^[ \t]*>[ \t]?(.+)$", re.MULTILINE)
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:nl|com|org|net|eu|be|uk|io|edu|gov|info)(?:/\S*)?\b", re.I
)
# A link given elsewhere: "link in bio", "(link in the comments)", "link hieronder".
_LINK_ELSEWHERE = re.compile(r"\blink\s+(?:in|hieronder|below|onder|staat)\b", re.I)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_DASH_NAME = re.compile(r"^[\s,]*[-–—~―]+\s*[@\w]")
_BY_NAME = re.compile(r"^[\s,]*(?:van|by|door|from|uit|naar)\s+(?:de\s+|het\s+|the\s+)?[@A-Z]")
# A source in brackets right after the quotation, also after an emoji or on the next line: '"…" 🎶 (Guus
# Meeuwis)', "(mijn oma, die 40 jaar boerin was)".
_PAREN_SOURCE = re.compile(r"^[^\w(]{0,8}\(\s*(?:[@A-Z]|bron|source|via|foto|photo)", re.I)
# A quotation said to come from the writer's own people: "Quote from my grandpa", "wijsheid van mijn opa".
_QUOTE_FROM = re.compile(
    r"\b(?:quote|quotes|citaat|woorden|words|wijsheid|wisdom|tip)\s+(?:from|of|van)\s+(?:mijn|m'n|my|onze|our)\b"
)
# A line that is only a name, under a quotation that ends its own line: "Piet Oudolf", "Gandhi, apparently."
_NAME_LINE = re.compile(
    r"^[ \t]*[-–—~]?[ \t]*[A-Z][\w.'’-]+(?:[ \t]+(?:van|de|der|den|von|da|le|[A-Z][\w.'’-]+)){0,3}(?:,|[ \t]*$|[ \t]+[^\w\s])"
)
_NAME_AFTER = re.compile(r"^[ \t,]*([A-Z][\w.'’-]+)")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-zà-ÿ]+")
_FIGURE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:%|procent\b|percent\b|per cent\b)"
    r"|\b(?:\d+|één|een|twee|drie|vier|vijf|zes|tien|one|two|three|four|five|six|ten)\s+(?:op|in|out of|van de|uit)\s+"
    r"(?:de\s+|the\s+|elke\s+|every\s+)?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|tien|honderd|duizend|two|three|"
    r"four|five|six|seven|eight|ten|hundred|thousand)\b"
    r"|\b(?:de helft van|meer dan de helft|een derde van|een kwart van|driekwart van|twee keer zoveel|twee keer zo veel|"
    r"drie keer zoveel|half of|more than half|a third of|a quarter of|three quarters of|twice as many|twice as much|"
    r"three times as many|the majority of|de meerderheid van|de meeste)\b",
    re.I,
)
# A generic speaker does not attribute: "zoals ze zeggen", "as they say", "iemand zei ooit".
_GENERIC_SPEAKERS = frozenset(
    {
        "ze", "men", "zij", "they", "people", "mensen", "iemand", "someone", "somebody", "ooit", "once", "man",
        "person", "wise", "wijze", "who", "die", "anyone", "iedereen", "everyone",
    }
)  # fmt: skip
# A subject that is everybody: "zoals ze zeggen", "as they say", "men zegt".
_THEY = frozenset({"ze", "men", "they"})
_DEGREE = frozenset({"te", "zo", "heel", "erg", "veel", "nog", "al", "vrij", "best", "super"})
_SOMEONE = frozenset({"iemand", "someone", "somebody"})
_ONCE = frozenset({"ooit", "once", "wise", "wijze", "man", "they", "ze", "men", "people", "mensen"})
# Two capitalised words in a row inside a line: a person's name ("Marieke Bos", "Nelson Mandela").
_FULL_NAME = re.compile(
    r"(?<=[\w,:;(] )[A-Z][a-zà-ÿ]+(?:\s+(?:van|de|der|den|ten|ter|von|da|di|le|la)\b)*\s+[A-Z][a-zà-ÿ]+"
)
# Words after which a capitalised name is the source of a figure: "onderzoek van de WUR", "volgens het CBS".
_SOURCE_LEAD = re.compile(
    r"\b(?:onderzoek|onderzoeken|rapport|studie|cijfers|gegevens|data|artikel|enquête|peiling|research|report|"
    r"study|figures|survey|poll|article|read|stuk|interview|post|video|podcast)\s+(?:van|door|by|from|of)\s+"
    r"(?:de\s+|het\s+|the\s+)?"
    r"|\b(?:volgens|according to|bron:?|source:?)\s+(?:de\s+|het\s+|the\s+)?",
    re.I,
)
# The writer's own: "onze kalfjes", "in my class", "van ons", "of us".
# Words that point at the work itself only when no noun follows them: "deze heb ik", "this on TikTok".
_DEICTIC = frozenset({"deze", "dit", "this", "these"})
# Credit words that name a kind of work: they credit only with a colon or "door"/"by" after them.
_CREDIT_NOUNS = frozenset({"foto", "photo", "beeld", "image", "video", "tekst", "text"})
# A quotation that is the subject of the writer's own sentence: "'…' is geen grap", "\"…\" isn't a joke".
_QUOTE_AS_SUBJECT = re.compile(
    r"[\s,]*(?:is|isn't|was|wasn't|zijn|are|aren't|means|betekent|klinkt|sounds)\b", re.I
)
# "mijn opa", "my grandad": a speaker the writer names by who they are to them.
_OWN_SPEAKER = re.compile(r"\b(?:mijn|m'n|onze|my|our)\s+(?:\w+\s+)?\w+")
# "Uit ons socialmediaprotocol, artikel 2:", "From the school rules:": the source named before a colon.
_NAMED_DOCUMENT = re.compile(
    r"\b(?i:uit|from|in)\s+(?i:ons|onze|our)\s+\w{4,}|\b(?:uit|from|in)\s+(?:het|de|the)\s+\w{4,}.{0,30}(?:[A-Z]\w+|\d)"
)
_OWN = re.compile(r"\b(?:mijn|m'n|onze|ons|my|our|eigen|own)\b|\b(?:van|of)\s+(?:ons|us)\b", re.I)
# A credit that names a place or nobody: "foto: internet", "📸: Pinterest", "(credit: unknown)", "Bron: Google".
_VAGUE_CREDIT = re.compile(
    r"(?:^|[\n(\[]|(?<=\s))\s*(?:foto|foto's|photo|photos|pic|pics|beeld|image|img|credit|credits|bron|source|"
    r"📸|📷)\s*[:：]?\s*(?:het\s+|the\s+)?(?:internet|online|google(?:\s+(?:images|afbeeldingen))?|pinterest|"
    r"unknown|onbekend|niet bekend|anoniem|anonymous|tiktok|instagram|insta|facebook|reddit|tumblr|we heart it|"
    r"idk|geen idee|weet ik niet|\?+)(?!\w)",
    re.I,
)
# Words that announce a quotation: what follows is one, whatever title word stands near it.
# A saying and its author by one name, on the line that announces the quotation: "uitspraak van Multatuli:",
# "a poem by Rumi:". Not "quote of the day" (lower case) or "van mijn opa" (a speaker, handled elsewhere).
_SAYING_OF_NAME = re.compile(
    r"\b(?:uitspraak|citaat|quote|spreuk|gedicht|poem|saying|woorden|words|lied|song)\s+(?:van|of|from|by)\s+"
    r"[A-Z][\w.'’-]+"
)
# A full name opening a line and saying it: "Johan Cruyff once said: …" (_FULL_NAME skips a line's first word).
_NAME_SAID = re.compile(
    r"(?m)^\s*[A-Z][a-zà-ÿ]+(?:\s+(?:van|de|der|den|ten|von)\b)*\s+[A-Z][a-zà-ÿ]+\s+(?:\w+\s+)?"
    r"(?:said|says|wrote|zei|zegt|schreef)\b"
)
_QUOTE_NOUN = re.compile(r"\b(?:quote|quotes|citaat|citaten|spreuk|uitspraak)\b")
# A dash that names nobody after a quotation: "— onbekend", "- unknown", "– anoniem".
_VAGUE_DASH = re.compile(
    r"^[\s,]*[-–—~―]+\s*(?:onbekend|unknown|anoniem|anonymous|iemand|someone|internet)\b", re.I
)
# A quotation announced as one without quote marks: "Quote of the day: don't judge …", "Spreuk van de week: …".
_ANNOUNCED_QUOTE = re.compile(
    r"\b(?:quote|quotes|citaat|spreuk|tegeltjeswijsheid|wijsheid|saying|words of wisdom)\b[^:\n\"“„”']{0,50}:"
    r"[ \t]*(?![\"“„'‘>])([^\n]{12,400}?)[ \t]*(?=\n|$)",
    re.I,
)
# The writer's own survey: "ik heb in mijn klas rondgevraagd: 17 van de 22 …", "we polled our class".
_OWN_SURVEY = re.compile(
    r"\b(?:rondgevraagd|rondvraag|enquête gehouden|enquête gedaan|poll gedaan|geteld|polled|asked (?:my|our) "
    r"class|surveyed (?:my|our)|counted)\b",
    re.I,
)
# A repost said at the start of a line: "Repost want dit moet iedereen lezen", "repost, hij was te mooi".
_REPOST_OPENER = re.compile(
    r"(?:^|\n)[ \t]*(?:repost|reposting|regram)\b(?![ \t]+(?:gerust|away|if|als))", re.I
)
# The writer made it: "I took it myself", "zelf gemaakt", "eigen foto" (a question about where it came from
# is then answered).
_SELF_MADE = re.compile(
    r"\b(?:took it myself|taken by me|made it myself|my own (?:photo|picture|pic)|zelf (?:gemaakt|genomen|"
    r"gefotografeerd|geschoten)|eigen foto|heb ik zelf)\b",
    re.I,
)
# Words everybody says, quoted as such: "Ik hoor steeds '…'", "People who say '…' forget …".
_COMMON_SAYING = re.compile(
    r"\b(?:people who say|those who say|anyone who says|i keep hearing|you often hear|mensen die zeggen|"
    r"mensen die roepen|iedereen die zegt|wie zegt|ik hoor (?:steeds|vaak|altijd|weer|nog steeds)|hoor je vaak)"
    r"[\s:,]*$",
    re.I,
)
# A named expert: "dr. Marieke de Groot", "Prof. Jansen", "Dr Sarah Jansen's lecture".
_TITLED_NAME = re.compile(r"\b(?i:dr|drs|prof|professor|ir|ing)\.?\s+[A-Z][a-zà-ÿ]+")
# Averages and majorities stated of a group, with a number: "jongeren zitten gemiddeld zeven uur per dag op
# hun telefoon", "Most Dutch people eat less than half …".
# A percentage of a whole group, stated as fact: "80% van de stagebedrijven", "75 procent van alle insecten",
# "60% of the students". The writer's own ("80% van onze klas") and prices ("50% korting") are excluded by the caller.
_SHARE_OF_GROUP = re.compile(
    r"\b\d{1,3}(?:[.,]\d+)?\s?(?:%|procent|percent|per cent)\s+(?:van\s+(?:de|alle|het|wat)\s+|of\s+(?:the\s+|all\s+|a\s+|what\s+)?)"
    r"(?:[\w']+\s+){0,3}?\w+(?:en|s|ers|ren|t)\b",
    re.I,
)
_OPEN_QUOTE_BEFORE = re.compile(r"(?:^|[\s:(])['\"“„‘][^'\"”“’]*$")
_QUOTE_MARKS = frozenset({"'", '"', "‘", "’", "“", "”", "„"})
_NOBODY_SAYS = frozenset({"dat", "dit", "het", "that", "this", "it", "which", "wat"})
_STATISTIC = re.compile(r"\b(?:gemiddeld|on average|average|de meeste|most|the majority of)\b", re.I)
_ANY_NUMBER = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend|half|"
    r"helft|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|twice|double|dubbel)\b",
    re.I,
)


@dataclass(frozen=True)
class Patterns:
    cues: Lexicon  # research and taken phrases: payload Term
    places: re.Pattern
    taking_verbs: re.Pattern
    content: re.Pattern
    credits: re.Pattern
    sources: re.Pattern  # on lower case
    source_acronyms: re.Pattern  # short ones, as written: "CBS", "WHO", not "who"
    populations: re.Pattern
    not_claims: re.Pattern
    speakers: re.Pattern
    speech_verbs: re.Pattern
    titles: re.Pattern
    title_heads: tuple[str, ...]  # title words of 5+ letters, also as the end of a compound
    not_speakers: frozenset[str]
    research_nouns: re.Pattern
    research_verbs: re.Pattern
    figure_leads: re.Pattern
    taking_openers: re.Pattern
    own_work: re.Pattern


def check(analysed, context) -> Iterator[Finding]:
    body = analysed.body
    patterns = _patterns_for(analysed.language, context)
    linked = _URL.search(body) is not None or _LINK_ELSEWHERE.search(body) is not None
    cues = {} if linked else _listed_cues(analysed.doc, patterns)
    yield from with_second_opinion(
        INFO,
        _pattern_findings(analysed, context, patterns, linked, cues),
        analysed,
        context,
        judged_harmless=lambda: _judged_sourced(analysed, patterns, linked, cues),
    )


def _judged_sourced(analysed, patterns: Patterns, linked: bool, cues: dict) -> bool:
    """The rule read a link, a quotation, taken content or a claim here and found it credited ("– John Muir",
    "Uit onderzoek van het Nibud blijkt"): the learned opinion does not overrule that; it judges the drafts in
    which the rule saw nothing to check. On two blind sets this kept 4 of its 5 finds and dropped its 3 false
    alarms."""
    body = analysed.body
    if linked or cues.get("research") or cues.get("taken") or _quotations(body):
        return True
    return any(
        _research_statement(body[start:end], start, patterns)
        or _figure_claim(body[start:end], start, patterns)
        or _statistic_claim(body[start:end], start, patterns)
        for start, end in _sentence_chars(analysed.doc)
    )


def _pattern_findings(analysed, context, patterns: Patterns, linked: bool, cues: dict) -> Iterator[Finding]:
    body = analysed.body
    ranges = [] if linked else _sentence_chars(analysed.doc)
    for start, end, key in (
        *_unattributed_quotations(body, patterns, linked),
        *_unsourced_claims(analysed, patterns, linked, cues.get("research", []), ranges),
        *_uncredited_content(analysed, patterns, linked, cues.get("taken", []), ranges),
    ):
        yield context.catalogue_finding(
            INFO, analysed, start, end, Severity.AMBER, key, _shortened(body[start:end])
        )


def _shortened(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- quotations -------------------------------------------------------------------------------------


def _unattributed_quotations(body: str, patterns: Patterns, linked: bool):
    if linked:
        return
    taken: list[tuple[int, int]] = []
    for start, end, inner_start, inner_end in _quotations(body):
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        taken.append((start, end))
        inner = body[inner_start:inner_end]
        if len(_WORD.findall(inner)) < MIN_QUOTE_WORDS or _is_title(body, start, end, inner, patterns):
            continue
        if _is_mention(body, start, end, inner, patterns) or _own_words(body, start, patterns):
            continue
        if _COMMON_SAYING.search(body[_line_start(body, start, 0) : start]):
            continue
        if not _attributed(body, start, end, patterns):
            yield start, end, "quote"


def _quotations(body: str) -> list[tuple[int, int, int, int]]:
    """(start, end, inner start, inner end) of every quotation, blockquote lines merged into one."""
    found = []
    for pattern in _QUOTATIONS:
        for match in pattern.finditer(body):
            found.append((match.start(), match.end(), match.start(1), match.end(1)))
    block: list[re.Match] = []
    for match in _BLOCKQUOTE.finditer(body):
        if block and body[block[-1].end() : match.start()].strip():
            found.append(_merged(block))
            block = []
        block.append(match)
    if block:
        found.append(_merged(block))
    for match in _ANNOUNCED_QUOTE.finditer(body):
        found.append((match.start(1), match.end(1), match.start(1), match.end(1)))
    return sorted(found)


def _merged(lines: list[re.Match]) -> tuple[int, int, int, int]:
    return lines[0].start(), lines[-1].end(), lines[0].start(1), lines[-1].end(1)


def _is_mention(body: str, start: int, end: int, inner: str, patterns: Patterns) -> bool:
    """Words quoted inside the writer's own sentence, not a quotation: `je mag niet "namens het Clusius
    College" posten`, `you shouldn't post 'on behalf of the school' from your account`. The quoted words
    start in lower case, end without a full stop, and the sentence goes on in lower case after them."""
    stripped = inner.strip()
    if _QUOTE_AS_SUBJECT.match(body[end : end + 20]):
        return True  # "'Vrouwen horen in de keuken' is geen grap": the words themselves are discussed
    if not stripped or not stripped[0].islower() or stripped[-1] in ".!?":
        return False
    if body[:start].rstrip().endswith(":"):
        return False
    lead = _WORD.findall(body[max(0, start - 30) : start].lower())[-2:]
    if any(patterns.speech_verbs.fullmatch(word) for word in lead):
        return False  # "someone once said 'if you can't find the sunshine, be the sunshine' and …"
    following = _WORD.match(body[end:].lstrip(" \t,"))
    return following is not None and following.group(0)[0].islower()


def _own_words(body: str, start: int, patterns: Patterns) -> bool:
    """Words the writer made (with the class): "Onze klas heeft een poster gemaakt: '…'", "Ons idee: '…'"."""
    line = body[_line_start(body, start, 0) : start].lower()
    return patterns.own_work.search(line) is not None


def _is_title(body: str, start: int, end: int, inner: str, patterns: Patterns) -> bool:
    """A name of a book, song, project or campaign: announced by a title word just before or after it
    (`we lazen "…"`, `"…" uitgelezen`), or written in title case without a sentence's punctuation."""
    before = body[max(0, start - 40) : start].lower()
    lead_words = [word.lower() for word in _WORD.findall(before)[-3:]]
    line_before = body[_line_start(body, start, 0) : start].lower()
    if (lead_words and patterns.speech_verbs.fullmatch(lead_words[-1])) or _QUOTE_NOUN.search(line_before):
        return False  # "zoals ze in die serie zeggen: '…'", "Mooie quote gelezen: '…'": a quotation
    if line_before.rstrip().endswith(":") and patterns.titles.match(line_before.lstrip()):
        return True  # "Thema van de open dag dit jaar: '…'": the line opens with a title word
    next_word = _WORD.findall(body[end : end + 30].lower())[:1]
    if patterns.titles.search(" ".join(lead_words)) or (
        next_word and patterns.titles.fullmatch(next_word[0])
    ):
        return True
    if any(word.endswith(title) for word in lead_words for title in patterns.title_heads):
        return True  # "ons klassenproject", "de themaweek"
    words = [word for word in _WORD.findall(inner) if word.lower() not in function_words()]
    capitalised = sum(1 for word in words if word[0].isupper())
    return bool(words) and capitalised >= 0.7 * len(words) and not re.search(r"[.!?,]\s*$", inner.strip())


def _attributed(body: str, start: int, end: int, patterns: Patterns) -> bool:
    """A speaker, handle, source or dash-name in the lines around the quotation (not inside it)."""
    window_start = _line_start(body, start, ATTRIBUTION_LINES)
    window_end = _line_end(body, end, ATTRIBUTION_LINES)
    before, after = body[window_start:start], body[end:window_end]
    if _VAGUE_DASH.match(after):
        return False  # "— onbekend": signed by nobody
    if _HANDLE.search(before) or _HANDLE.search(after):
        return True
    if (
        _DASH_NAME.match(after)
        or _PAREN_SOURCE.match(after)
        or _BY_NAME.match(after)
        or _named_right_after(after)
    ):
        return True
    if after[:1] == "\n" or not after.split("\n", 1)[0].strip():
        following_line = after.lstrip(" \t").removeprefix("\n")
        if (
            _NAME_LINE.match(following_line)
            and following_line.split(None, 1)[0].lower() not in function_words()
        ):
            return True  # the quotation's own line ends, and the next line names its author
    inner_lines = body[start:end].split("\n")
    if len(inner_lines) > 1 and _DASH_NAME.match(inner_lines[-1].lstrip(" >")):
        return True  # a blockquote signed on its own last line: "> — Gary Snyder"
    # A name in the lines before, or right after the quotation ("…", zei Marieke Bos): not a name further on
    # the line, where the writer goes on about something else ("… looking at my students at Clusius College").
    if _FULL_NAME.search(before) or _FULL_NAME.search(after.split("\n", 1)[0][:NAME_AFTER_CHARS]):
        return True
    if _SAYING_OF_NAME.search(before.split("\n")[-1]) or _NAME_SAID.search(before):
        return True  # "Mijn favoriete uitspraak van Multatuli: „…”"
    for text in (before, after):
        if patterns.credits.search(text.lower()) and _credit_is_specific(text, patterns):
            return True
        lower = text.lower()
        if _names_a_speaker(text, patterns) or (
            _OWN_SPEAKER.search(lower)
            and patterns.speakers.search(lower)
            and (patterns.speech_verbs.search(lower) or _QUOTE_FROM.search(lower))
        ):
            return True
    return _introduced_by_speaker(body[_line_start(body, start, 0) : start], patterns)


def _named_right_after(after: str) -> bool:
    """`"…" Jac. P. Thijsse` or `"…", Einstein`: a capitalised name on the same line, before anything else."""
    line = after.split("\n", 1)[0]
    match = _NAME_AFTER.match(line)
    if match is None:
        return False
    word = match.group(1).rstrip(".").lower()
    rest = _WORD.findall(line[match.end() :])
    # A new sentence starts with a common word and goes on in lower case ("Fijn weekend allemaal!"); a
    # name is capitalised throughout, bar its particles ("Jac. P. Thijsse", "Vincent van Gogh").
    particles = {"van", "de", "der", "den", "ten", "ter", "von", "da", "di", "le", "la", "'t"}
    return word not in function_words() and all(item[0].isupper() or item in particles for item in rest[:4])


def _names_a_speaker(text: str, patterns: Patterns, for_research: bool = False) -> bool:
    """A verb of saying with a speaker who is somebody in particular: "zei mijn opa", "Einstein said", not
    "zoals ze zeggen" or "as they say"."""
    lower = text.lower()
    for match in patterns.speech_verbs.finditer(lower):
        before = _WORD.findall(lower[max(0, match.start() - 25) : match.start()])
        after = _WORD.findall(lower[match.end() : match.end() + 25])
        # The verb's own words count too: "once said" is listed, and "someone once said" names nobody.
        neighbours = {*(before[-2:]), *(after[:1]), *_WORD.findall(match.group(0))}
        if not before and not after:
            continue
        if set(before[-5:]) & _THEY:
            continue  # "zoals ze in die ene serie zeggen", "as they say in the barn"
        if match.group(0) == "vroeg" and before[-1:] and before[-1] in _DEGREE:
            continue  # "te vroeg", "zo vroeg": early, not asked
        if for_research and any(
            patterns.research_nouns.fullmatch(word) for word in (*before[-2:], *after[:3])
        ):
            continue  # "experts zeggen", "scientists say" is the claim itself, not its source
        if (
            for_research
            and before[-1:]
            and (before[-1] in _NOBODY_SAYS or patterns.populations.fullmatch(before[-1]))
        ):
            continue  # "60% of teenagers say …" is the claim; "dat zegt genoeg" names nobody
        if neighbours & _GENERIC_SPEAKERS:
            # "Iemand riep gisteren dat …" reports an event; "zoals iemand ooit zei" hides an author.
            if neighbours & _SOMEONE and not neighbours & _ONCE:
                return True
            continue
        return True
    return False


def _introduced_by_speaker(line_before: str, patterns: Patterns) -> bool:
    """`Mijn opa: "…"`, `Einstein: "…"`: a short speaker before a colon right before the quotation."""
    stripped = line_before.rstrip()
    if not stripped.endswith(":"):
        return False
    all_words = _WORD.findall(stripped[:-1])
    words = all_words[-MAX_SPEAKER_WORDS:]
    if not words or any(word.lower() in patterns.not_speakers for word in words):
        return False
    if patterns.speakers.search(" ".join(words).lower()) or _NAMED_DOCUMENT.search(stripped):
        return True
    return len(all_words) <= 3 and all(word[0].isupper() for word in all_words)  # "Einstein:", "Lisa:"


# --- research and figures ---------------------------------------------------------------------------


def _unsourced_claims(analysed, patterns: Patterns, linked: bool, cues: list[tuple[int, int]], ranges):
    if linked:
        return
    body = analysed.body
    reported: set[int] = set()
    for number, (sentence_start, sentence_end) in enumerate(ranges):
        window_end = ranges[number + 1][1] if number + 1 < len(ranges) else sentence_end
        sentence = body[sentence_start:sentence_end]
        claim = (
            next((cue for cue in cues if sentence_start <= cue[0] < sentence_end), None)
            or _research_statement(sentence, sentence_start, patterns)
            or _figure_claim(sentence, sentence_start, patterns)
            or _statistic_claim(sentence, sentence_start, patterns)
        )
        if claim is None or number in reported:
            continue
        if _OPEN_QUOTE_BEFORE.search(body[sentence_start : claim[0]]):
            continue  # '"uit onderzoek blijkt" zonder bron is geen argument': the words named, not used
        window_start = ranges[number - 1][0] if number else sentence_start
        if _sourced(body[window_start:window_end], patterns):
            continue
        reported.add(number)
        yield claim[0], claim[1], "claim"


def _listed_cues(doc, patterns: Patterns) -> dict[str, list[tuple[int, int]]]:
    """Character spans of the listed research and taken phrases, by category, in one pass over the post."""
    found: dict[str, list[tuple[int, int]]] = {"research": [], "taken": []}
    text = doc.text
    for match in patterns.cues.matches(doc):
        first, last = doc[match.start], doc[match.end - 1]
        start, end = first.idx, last.idx + len(last.text)
        if text[start - 1 : start] in _QUOTE_MARKS and text[end : end + 1] in _QUOTE_MARKS:
            continue  # '"uit onderzoek blijkt" zonder bron is geen argument': the phrase named, not used
        found[match.payload.category].append((start, end))
    return found


def _research_statement(sentence: str, offset: int, patterns: Patterns):
    """Research said to show something, in any word order: "uit recent onderzoek blijkt", "wetenschappelijk
    onderzoek bewijst", "experts zijn het erover eens, blijkt uit cijfers", or announced by a colon
    ("Onderzoek: jongeren slapen te weinig")."""
    lower = sentence.lower()
    for noun in patterns.research_nouns.finditer(lower):
        opens = (
            len(_WORD.findall(lower[: noun.start()])) <= 1
        )  # "Onderzoek:", "Nieuw onderzoek:", not "my stats:"
        if (
            opens
            and re.match(r"\s*:", lower[noun.end() :])
            and noun.group(0) not in ("feit", "fact", "weetje")
        ):
            return offset + noun.start(), offset + noun.end() + 1
        # The research says something: its verb follows it ("onderzoek toont trouwens aan", "studies have shown"),
        # or comes first with "uit"/"by" ("blijkt uit recent onderzoek"). Not "show jumping … equine studies".
        verb = patterns.research_verbs.search(lower[noun.end() : noun.end() + 30])
        if verb is not None and re.fullmatch(r"[\w\s']*", lower[noun.end() : noun.end() + verb.start()]):
            return offset + noun.start(), offset + noun.end() + verb.end()
        lead = lower[max(0, noun.start() - 40) : noun.start()]
        verb = _last(patterns.research_verbs.finditer(lead))
        if verb is not None and re.fullmatch(r"\s+(?:uit|by|door)\s+(?:\w+\s+){0,2}", lead[verb.end() :]):
            return offset + noun.start() - len(lead) + verb.start(), offset + noun.end()
    return None


def _figure_claim(sentence: str, offset: int, patterns: Patterns):
    """A percentage or proportion about people, animals or the world, not the writer's own count and not
    a price, a score or a battery."""
    match = _FIGURE.search(sentence)
    if match is None or patterns.not_claims.search(sentence.lower()):
        return None
    led = patterns.figure_leads.search(sentence.lower()[: match.start()]) is not None
    # The clause around the figure: what it counts, and whose it is ("in ons BPV-netwerk").
    clause_start = max((sentence.rfind(mark, 0, match.start()) for mark in ",;:"), default=-1) + 1
    ends = [position for position in (sentence.find(mark, match.end()) for mark in ",;:") if position != -1]
    clause_end = min(ends, default=len(sentence))
    offset += clause_start
    lower = sentence[clause_start:clause_end].lower()
    match = _FIGURE.search(sentence[clause_start:clause_end])
    if match is None or _OWN.search(lower):
        return None
    # What the figure counts follows it: "80% van de jongeren", "1 op de 3 leerlingen", "half of all teens".
    following = lower[match.start() : match.end() + 40]
    population = patterns.populations.search(following)
    if population is not None:
        return offset + match.start(), offset + match.start() + population.end()
    # Or the subject just before it: "Katten slapen 70% van hun leven", "Most students forget 80% …".
    preceding_start = max(0, match.start() - 30)
    preceding = lower[preceding_start : match.start()]
    population = _last(patterns.populations.finditer(preceding))
    if population is None:
        # "Feit: bloemen maken je 25% gelukkiger", "Wist je dat …": announced as a fact.
        return (offset + match.start(), offset + match.end()) if led else None
    return offset + preceding_start + population.start(), offset + match.end()


def _statistic_claim(sentence: str, offset: int, patterns: Patterns):
    """A number stated of a whole group as an average or a majority ("jongeren zitten gemiddeld zeven uur per
    dag op hun telefoon", "Most Dutch people eat less than half …"), or announced as a fact ("Fun fact: horses
    need at least 30 minutes …"); not of the writer's own ("onze kalfjes drinken gemiddeld 6 liter")."""
    lower = sentence.lower()
    share = _SHARE_OF_GROUP.search(sentence)
    if share is not None and _OPEN_QUOTE_BEFORE.search(sentence[: share.start()]):
        share = None  # inside a quotation ("you miss 100% of the shots …"): the quotation rule speaks for it
    if share is not None and not (_OWN.search(sentence) or patterns.not_claims.search(lower)):
        return offset + share.start(), offset + share.end()  # "80% van de stagebedrijven wil …"
    cue = _STATISTIC.search(sentence) or patterns.figure_leads.search(lower)
    if cue is None or _ANY_NUMBER.search(sentence, cue.end()) is None:
        return None
    if _OWN.search(sentence) or patterns.not_claims.search(lower) or not patterns.populations.search(lower):
        return None
    return offset + cue.start(), offset + cue.end()


def _sourced(text: str, patterns: Patterns) -> bool:
    """A named source: a known one (`CBS`), a credit word with something after it (`bron: …`), or an
    organisation or author after `van`/`volgens`/`by` (`onderzoek van de Universiteit Utrecht`)."""
    lower = text.lower()
    if patterns.sources.search(lower) or patterns.source_acronyms.search(text) or _HANDLE.search(text):
        return True
    if _TITLED_NAME.search(text) or _OWN_SURVEY.search(text):
        return True  # "volgens dr. Marieke de Groot", or the writer counted it: "ik heb rondgevraagd"
    if patterns.credits.search(lower) and _credit_is_specific(text, patterns):
        return True
    for match in _SOURCE_LEAD.finditer(text):
        following = text[match.end() : match.end() + 40]
        name = _ACRONYM.match(following) or _CAPITALISED.match(following)
        if name is not None and not patterns.populations.fullmatch(name.group(0).lower()):
            return True
    if _names_a_speaker(text, patterns, for_research=True):
        return True  # "…, zei de decaan op de open avond"
    return bool(re.search(r"\((?:[^()]*\b(?:19|20)\d\d)\)", text))


# --- taken content ----------------------------------------------------------------------------------


def _uncredited_content(analysed, patterns: Patterns, linked: bool, cues: list[tuple[int, int]], ranges):
    if linked:
        return
    body = analysed.body
    found = cues[0] if cues else None
    if found is None:
        found = next(
            ((m.end() - len(m.group(0).lstrip()), m.end()) for m in _REPOST_OPENER.finditer(body)), None
        )
    if found is None:
        vague = _VAGUE_CREDIT.search(body)
        if vague is not None:
            start = vague.start() + len(vague.group(0)) - len(vague.group(0).lstrip("\n([ \t"))
            found = (start, vague.end())
    if found is None:
        has_images = bool(analysed.draft.images)
        found = next(
            (
                (start, end)
                for start, end in ranges
                if _takes_content(body[start:end].lower(), patterns, has_images)
            ),
            None,
        )
    # Credited anywhere in the post: looked for only once something taken was found (it reads the whole post).
    if found is not None and not (
        _HANDLE.search(body) or _credit_is_specific(body, patterns) or _SELF_MADE.search(body)
    ):
        yield found[0], found[1], "taken"


def _takes_content(sentence: str, patterns: Patterns, has_images: bool) -> bool:
    """Content from a place that is not the writer's: "deze foto van Google gehaald", "foto van Pinterest",
    "Gevonden op Facebook", "found this picture online"; not "ik zocht op Google naar stages" and not
    "foto's van onze eigen Instagram"."""
    for place in patterns.places.finditer(sentence):
        before = sentence[max(0, place.start() - 30) : place.start()]
        if _OWN.search(before[-14:]):
            continue
        content = _content_in(sentence, patterns)
        if (
            re.search(r"\b(?:van|from|off|uit)\s+(?:een\s+|a\s+|random\s+|de\s+|het\s+|the\s+)*$", before)
            and content
        ):
            return True  # "foto van Pinterest", "a picture from a random website"
        if patterns.taking_verbs.search(sentence) and (content or has_images):
            return True
        opener = patterns.taking_openers.match(sentence)
        if opener is not None and re.fullmatch(
            r"\s*(?:op|on|van|from|off|via|in|at|uit)\s+(?:de\s+|het\s+|the\s+)?",
            sentence[opener.end() : place.start()],
        ):
            return True  # "Gevonden op Facebook", "Found on Pinterest"
    return False


def _content_in(sentence: str, patterns: Patterns) -> bool:
    """A kind of work ("foto", "meme", "recept"), or "deze"/"this" standing for one ("deze heb ik van
    Pinterest", "saw this on TikTok"); not "deze stageplek", where "deze" points at something else."""
    for match in patterns.content.finditer(sentence):
        if match.group(0) not in _DEICTIC:
            return True
        following = _WORD.match(sentence[match.end() :].lstrip())
        if following is None or following.group(0) in function_words():
            return True
    return False


def _credit_is_specific(text: str, patterns: Patterns) -> bool:
    """A credit word followed by who: a capitalised name, a handle or a link (`Foto: Sanne de Vries`,
    `via @tuinbouwnl`, `met toestemming van de maker`), not `credits to the owner`."""
    for match in patterns.credits.finditer(text.lower()):
        cue = match.group(0)
        if "toestemming" in cue or "permission" in cue:
            return True
        following = text[match.end() : match.end() + 40]
        # "Foto: Sanne", "foto door Sanne", "photo by Sam"; a bare "foto van Google" credits nobody.
        lead = (
            r"\s*(?:[:\-–—|]\s*|door\s+|by\s+)"
            if cue in _CREDIT_NOUNS
            else r"\s*(?:[:\-–—|]\s*|van\s+|aan\s+|naar\s+|to\s+|of\s+)?"
        )
        name = re.match(
            lead + r"(?:de\s+|het\s+|the\s+)?(@\w+|https?://\S+|www\.\S+|[A-Z][\w'’-]*)", following
        )
        if name is not None and not patterns.places.fullmatch(name.group(1).lower()):
            return True
    return False


# --- shared -----------------------------------------------------------------------------------------


def _last(matches):
    """The last of an iterator of regex matches, or None."""
    found = None
    for found in matches:  # noqa: B007 - the point is the last one
        pass
    return found


def _sentence_chars(doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, white space at either end left out."""
    tokens = doc_forms(doc)
    ranges = []
    for start, end in sentences(doc):
        words = [index for index in range(start, end) if not tokens[index][1]]
        if words:
            first, last = doc[words[0]], doc[words[-1]]
            ranges.append((first.idx, last.idx + len(last.text)))
    return ranges


def _line_start(text: str, index: int, lines_back: int) -> int:
    position = text.rfind("\n", 0, index)
    for _ in range(lines_back):
        if position <= 0:
            return 0
        position = text.rfind("\n", 0, position)
    return position + 1


def _line_end(text: str, index: int, lines_forward: int) -> int:
    position = text.find("\n", index)
    for _ in range(lines_forward):
        if position == -1:
            return len(text)
        position = text.find("\n", position + 1)
    return len(text) if position == -1 else position


def _patterns_for(language: str, context) -> Patterns:
    return _build(language, context.config.extra_wordlists)


def _words_pattern(items: tuple[str, ...], compounds: bool = False) -> re.Pattern:
    """Whole words or phrases, longest first; emoji and symbols match as they are. With `compounds`, also
    as the end of a longer word (`beroepsbevolking`, `mbo-studenten`)."""
    alternatives = sorted(set(items), key=len, reverse=True)
    words = [item for item in alternatives if item[:1].isalnum() or item[:1] == "#"]
    compound_ends = [item for item in words if compounds and len(item) >= 5]
    whole = [item for item in words if item not in compound_ends]
    symbols = [item for item in alternatives if item not in words]
    # One word boundary around each group rather than around every item: the engine then gives up at
    # once inside a word instead of trying every alternative there.
    parts = [
        rf"(?<!\w)\w*(?:{_alternation(compound_ends)})(?!\w)" if compound_ends else "",
        rf"(?<!\w)(?:{_alternation(whole)})(?!\w)" if whole else "",
        _alternation(symbols) if symbols else "",
    ]
    return re.compile("|".join(part for part in parts if part) or r"(?!)")


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(item) for item in items)


@lru_cache(maxsize=16)
def _build(language: str, extra_files: tuple) -> Patterns:
    """Built once per language and config."""
    from clusius_check.text.pipeline import get_nlp

    nlp = get_nlp(language)
    terms = terms_for(INFO.id, "nl", extra_files) + terms_for(INFO.id, "en", extra_files)

    def pattern(section: str) -> re.Pattern:
        return _words_pattern(tuple(item.lower() for item in section_for_post(INFO.id, section, extra_files)))

    sources = section_for_post(INFO.id, "sources", extra_files)

    return Patterns(
        cues=Lexicon(nlp, ((term.term.lower(), term) for term in terms), loose=True),
        places=pattern("places"),
        taking_verbs=pattern("taking_verbs"),
        content=pattern("content"),
        credits=pattern("credits"),
        sources=_words_pattern(tuple(item for item in sources if len(item) > 4)),
        source_acronyms=re.compile(
            _words_pattern(tuple(item.upper() for item in sources if len(item) <= 4)).pattern
        ),
        populations=_words_pattern(
            tuple(item.lower() for item in section_for_post(INFO.id, "populations", extra_files)),
            compounds=True,
        ),
        not_claims=pattern("not_claims"),
        speakers=pattern("speakers"),
        speech_verbs=pattern("speech_verbs"),
        titles=pattern("titles"),
        title_heads=tuple(
            item.lower()
            for item in section_for_post(INFO.id, "titles", extra_files)
            if " " not in item and len(item) >= 5
        ),
        research_nouns=pattern("research_nouns"),
        research_verbs=pattern("research_verbs"),
        figure_leads=pattern("figure_leads"),
        taking_openers=pattern("taking_openers"),
        own_work=pattern("own_work"),
        not_speakers=frozenset(
            item.lower() for item in section_for_post(INFO.id, "not_speakers", extra_files)
        ),
    )
