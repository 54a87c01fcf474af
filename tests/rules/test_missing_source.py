"""missing-source: quotations, research and figures, and taken content without a source; and every form of
attribution that makes them fine."""

from __future__ import annotations

import pytest

from clusius_check.engine import CheckTask, RunOptions, check_task
from clusius_check.findings import Severity

RULE = "missing-source"


def findings_for(text: str, **task) -> list:
    result = check_task(CheckTask(None, data=text.encode("utf-8"), **task), RunOptions())
    assert not result.errors, result.errors
    return [finding for finding in result.findings if finding.rule == RULE]


QUOTATIONS = [
    ('"Wie niet waagt, die niet wint." Zo waar! #motivatie', "straight double quotes"),
    (
        "Vandaag begon ik de les met deze zin: „Wie een tuin plant, gelooft in morgen.”",
        "Dutch low-high quotes",
    ),
    ("quote vd dag: “doe vandaag iets waar je toekomstige zelf dankbaar voor is” 💯", "curly, after a colon"),
    (
        "as a wise man once said: 'you miss 100% of the shots you don't take' 🏀",
        "single quotes, apostrophe inside",
    ),
    (
        "My motivation for exam week:\n> Success is not final, failure is not fatal.\nLet's go 💪",
        "blockquote",
    ),
    ('Zoals iemand ooit zei: "Kwaliteit is geen daad, het is een gewoonte."', "someone once said"),
    ("this song is my mood rn 🎶 'here comes the sun, and I say it's alright' #examweek", "a lyric"),
    (
        "Quote of the day: don't judge each day by the harvest you reap but by the seeds you plant 🌱",
        "no marks",
    ),
    (
        "Quote die me raakte, ergens gelezen: de natuur haast zich niet, toch wordt alles volbracht.",
        "no marks, nl",
    ),
    ("„Een tuin is nooit af.” – onbekend 🌻", "signed by nobody"),
    (
        "someone once said 'if you can't find the sunshine, be the sunshine' and I think of it daily",
        "someone said",
    ),
    (
        "zoals ze in die ene serie zeggen: 'je familie kies je niet, maar je stal wel' 😂🐎",
        "they say, in a series",
    ),
    ('Mooie quote gelezen deze week: "Onderwijs is het aansteken van een vuur." Zo waar.', "read somewhere"),
    (
        'Loved this at the conference: "Green skills are the new basic skills." Couldn\'t agree more, looking '
        "at the students I teach at Clusius College.",
        "a name far along the line is not the speaker",
    ),
]

CLAIMS = [
    ("Uit onderzoek blijkt dat jongeren te weinig slapen.", "uit onderzoek blijkt"),
    ("Uit recent onderzoek blijkt dat mbo-studenten veel werken naast school.", "words inside the phrase"),
    ("Onderzoek toont trouwens aan dat leerlingen die sporten hogere cijfers halen.", "filler inside"),
    ("Studies show that teenagers need nine hours of sleep.", "studies show"),
    ("Scientists have proven that plants respond to music.", "scientists have proven"),
    ("Onderzoek: jongeren zitten gemiddeld 7 uur per dag op hun telefoon.", "research with a colon"),
    ("Volgens een rapport is 40% van alle insectensoorten in Europa bedreigd.", "volgens een rapport"),
    ("80% van de jongeren zit meer dan 4 uur per dag op zijn telefoon.", "percentage about people"),
    ("1 op de 3 kalveren in Nederland wordt te vroeg bij de moeder weggehaald.", "ratio about animals"),
    ("Katten slapen 70% van hun leven. Ik ook in de toetsweek 😹", "population before the figure"),
    ("Feit: bloemen in huis maken je 25% gelukkiger 💐", "a 'fact' with a figure"),
    (
        "Meer dan de helft van alle paarden in Nederland heeft overgewicht, volgens dierenartsen.",
        "unnamed experts",
    ),
    (
        "Wetenschappelijk gezien is een plant op je bureau goed voor je concentratie.",
        "wetenschappelijk gezien",
    ),
    ("Buiten leren werkt, dat is inmiddels keihard bewezen.", "keihard bewezen"),
    ("The numbers don't lie: insect populations have dropped by 75% in 30 years 🐞", "the numbers don't lie"),
    ("Nederlandse jongeren zitten gemiddeld zeven uur per dag op hun telefoon.", "an average about a group"),
    ("Most Dutch people eat less than half the recommended amount of fruit 🍎", "a majority with a number"),
    ("Fun fact: horses need at least 30 minutes lying down every day 🐴", "a fun fact with a number"),
    ("ze hebben onderzocht dat kippen wel 30 gezichten kunnen herkennen 🐔", "they researched that"),
    ("Experts zijn het erover eens: een moestuin verbetert het eetgedrag van kinderen.", "experts agree"),
    ("I read somewhere that cows have best friends 🐄", "read somewhere"),
    ("Volgens onderzoekers slaapt een giraffe maar 30 minuten per nacht 🦒", "according to researchers"),
    ("Psychologen zijn het erover eens dat social media slecht is voor je zelfbeeld.", "psychologists agree"),
    (
        "80% van de stagebedrijven wil liever een mbo'er met praktijkervaring. Dat zegt genoeg toch?",
        "a share",
    ),
    ("60% of teenagers say social media makes them anxious", "a share of a group"),
    ("75 procent van alle insecten is verdwenen in 30 jaar 🦋", "procent van alle"),
    (
        "Bewezen: muziek in de stal = meer melk. Op mijn stageplek staat de radio dus de hele dag aan",
        "bewezen:",
    ),
    ("Kinderen die buiten spelen zijn gelukkiger, dat hebben ze gewoon gemeten.", "they measured it"),
    ("Wetenschappers hebben berekend dat één eik genoeg zuurstof maakt voor 4 mensen.", "they calculated"),
    ("90% van wat je leert ben je binnen een week weer kwijt als je het niet herhaalt.", "a share of what"),
    ("Fun fact: a chicken can remember over 100 faces 🐔", "a fun fact about a kind of animal"),
    (
        "Uit studies weet je dat fruit zorgt voor betere concentratie, dus wij doen mee!",
        "from studies you know",
    ),
    ("koeien hebben beste vriendinnen 🥺🐄 dit is echt onderzocht btw", "really researched"),
    (
        "Saw a stat somewhere that the average teenager spends 9 hours a day on screens. Wild.",
        "a stat somewhere",
    ),
    ("The data is clear: vocational grads earn more by 30 than most uni grads.", "the data is clear"),
]

TAKEN = [
    ("Deze foto heb ik van Google gehaald, mooi he?", "van Google gehaald"),
    ("Found this picture online, so cute 😍", "found online"),
    ("Foto van Pinterest, maar dit wordt mijn inspiratie voor het bruidsboeket 💐", "foto van Pinterest"),
    ("Gevonden op Facebook 😂 ken je dat, om 7 uur in de stal", "gevonden op, at the start"),
    ("Credits to the owner 🌸 #flowers", "credits to the owner"),
    (
        "This flower wall is insane 💐 all credit goes to the original creator 🙌",
        "credit goes to the creator",
    ),
    ("Not sure who took this photo but the sunrise looked exactly like this 🌅", "not sure who"),
    ("Reupload omdat hij zo grappig is 😂😂 geiten op een trampoline", "reupload"),
    ("Saw this on someone's TikTok and had to share: how to repot an orchid 🌺", "someone's TikTok"),
    ("Mooiste herfstbeeld ooit 🍁\nfoto: internet", "foto: internet"),
    ("droomboeket voor mijn examenopdracht 💐\n📸: Pinterest", "credit to a platform"),
    ("Beautiful sunset over the fields 🌅\ncredit: unknown", "credit: unknown"),
    (
        "Repost want dit moet iedereen lezen 👇 boeren zijn de stille helden van ons land",
        "repost at the start",
    ),
    ("Screenshot van een tweet, geen idee meer van wie 😂 maar zo herkenbaar", "maker unknown"),
    ("Sorry voor het watermerk van Shutterstock erop haha, zo wil ik mijn stal inrichten 🐄", "a watermark"),
    (
        "Came across this fantastic diagram of the nitrogen cycle online, using it in class tomorrow.",
        "diagram",
    ),
    ("pinched this off someone's insta, too cute not to share 🐑🐑", "pinched off insta"),
    ("Found this great graphic online that explains the new timetable 👇", "a graphic found online"),
    ("Plaatje geleend van internet, mijn eigen poging was mislukt", "borrowed from the internet"),
    ("pic not mine but it's the vibe 🌸✨", "not mine"),
    ("Heb dit filmpje van een of andere YouTuber gedownload voor mijn klas.", "downloaded from a YouTuber"),
    ("Dit filmpje gaat rond op TikTok, moest het even delen 😂🐑", "going round on TikTok"),
    ("Stole this meme from a group chat 😂 too accurate", "stole this"),
]

GREEN = [
    'Zoals Einstein zei: "Fantasie is belangrijker dan kennis."',
    '"De natuur is het beste klaslokaal" - Jac. P. Thijsse',
    'Mijn opa zei altijd: "Geduld is een schone zaak, jongen."',
    "“Kwaliteit is geen daad, het is een gewoonte.” (Aristoteles) 🐴",
    "> Natuur is geen plek om te bezoeken. Het is thuis.\n> — Gary Snyder",
    "Sterke uitspraak van gastspreker Marieke Bos vandaag:\n“Een boer is een ondernemer met modder aan zijn laarzen.”",
    '"Je kunt niet alles weten" zegt @juf.anja altijd 😅',
    'Wat een "gezellige" toetsweek weer 🙃',
    'We lazen in de les "De Tuinman en de Dood" van Vasalis.',
    "Ons klassenproject „Van zaadje tot soepje” is begonnen! 🌱",
    'Net "Het verborgen leven van bomen" uitgelezen voor Nederlands 🌳',
    'Vandaag geleerd dat je niet "namens het Clusius College" mag posten 🤯',
    "'Vrouwen horen in de keuken' is geen grap, het is seksisme.",
    'Onze klas heeft een poster gemaakt: "Pesten is voor losers, niet voor 2c" 💪',
    "Uit onderzoek van de WUR blijkt dat bijen minder vaak ziek worden in bloemrijke tuinen.",
    "According to the CBS, 1 in 5 young people feels lonely.",
    "Meer dan de helft van de leerlingen bij dierverzorging is meisje, zei de decaan op de open avond.",
    "Interesting read from McKinsey: 70% of horticulture employers report skills shortages.",
    "Uit onderzoek blijkt dat jongeren te weinig slapen: https://www.rivm.nl/slaap",
    "50% korting op alle planten in de schoolwinkel!",
    "We wonnen met 3-1 van Clusius Schagen!",
    "12 van onze 20 kalfjes zijn al gespeend.",
    "De kippen van onze klas legden twee keer zoveel eieren als vorige week 🥚",
    "Phone at 3%, feet soaked, but we planted 400 tulip bulbs today 🌷",
    "1 op de 3 zaadjes die ik heb gezaaid is opgekomen 😅",
    "proud of the show jumping team from equine studies, first place at the regionals 🐎",
    "Foto: Sanne de Vries. Wat een mooie kas!",
    "Ik zocht op Google naar stageplekken en vond er drie.",
    "#repost via @tuinbouwnl: prachtige tulpenvelden 🌷",
    "Found a free online course on beekeeping by the University of Guelph 🐝",
    "Made this meme about exam week myself and had to share 😂 feel free to repost",
    "Mooie foto van de kas, met toestemming van de maker gedeeld 🌿",
    'Thema van de open dag dit jaar: "Groen doen, groen leren" 🌱 Ik sta bij de kas!',
    "Ik heb in mijn klas rondgevraagd: 17 van de 22 eten nooit ontbijt 😳 morgen neem ik krentenbollen mee",
    "Mooie lezing van dr. Marieke de Groot: volgens haar onderzoek haalt 1 op de 3 boerenbedrijven extra inkomsten.",
    "Everyone keeps asking where I found this photo online. I didn't, I took it myself at the stables 📷🐴",
    "Ik hoor steeds 'Polen pikken onze banen'. Onzin, de tuinders hier zoeken al jaren mensen.",
    "People who say 'disabled people are a burden' forget that anyone can become disabled.",
    "Telefoon op 3% en ik sta achterin de kas zonder stopcontact 😩",
    "Onze kalfjes drinken gemiddeld 6 liter melk per dag 🐄",
    "Uit ons socialmediaprotocol, artikel 2: „Plaats berichten alleen onder je eigen naam.”",
    # The writer's own motto; a name on the line under the quotation; a source in brackets after an emoji.
    'Mijn motto voor de toetsweek: "eerst slapen, dan leren". Werkt 100% zeker 😴📚',
    '"Een tuin is nooit af."\nPiet Oudolf\nZo voelt het ook in onze schooltuin 😅',
    '"To forget how to dig the earth is to forget ourselves."\nGandhi, apparently. Kept thinking about it.',
    '"Here comes the sun, doo-doo-doo-doo" 🎶 (The Beatles) — finally some sunshine on the paddock ☀️',
    "A Lely engineer told us their robots run on thousands of farms (his words, not mine 😄). Mind blown",
    # The class's own research names who researched; a question about where one read it claims nothing new.
    "Ons water is onderzocht door klas 3B: het slootwater bij school is schoon! 💧",
    "Mijn favoriete uitspraak van Multatuli: „Het is de roeping van de mens om mens te zijn.” Hangt in mijn lokaal",
    "50% van de opbrengst gaat naar KWF 🎗️",
    "90% van de klas was er vandaag!",
    "Uit de enquête van onze klas: 70% van de leerlingen wil een langere pauze",
    "Volgens onderzoekers van de WUR slaapt een giraffe maar 30 minuten per nacht",
    'Vandaag bij Nederlands geleerd: "uit onderzoek blijkt" zonder bron is geen argument 😉',
    "Learned today that autism often shows up differently in girls. Wish I'd known this sooner",
    "Trip to the Miffy Museum: did you know Dick Bruna drew more than 30 Miffy books?",
    'Johan Cruyff once said: "Every disadvantage has its advantage." Rain all day = no watering 😄',
    'Fleur en Lars bedachten de slogan voor de open dag: "Groen doen, dat is ons ding" 🌿',
    "Nep-sms gekregen: 'Uw betaling is mislukt, maak nu het bedrag over'. Niet doen!! Gewoon oplichting",
    "Exam week survival stats: 4 exams done, 3 to go, 2 coffees a day, 1 very tired student.",
]


@pytest.mark.parametrize(("text", "family"), QUOTATIONS, ids=[family for _, family in QUOTATIONS])
def test_an_unattributed_quotation_is_amber(text, family):
    found = findings_for(text)
    assert [finding.severity for finding in found] == [Severity.AMBER]
    assert "citaat" in found[0].message


@pytest.mark.parametrize(("text", "family"), CLAIMS, ids=[family for _, family in CLAIMS])
def test_research_and_figures_without_a_source_are_amber(text, family):
    found = findings_for(text)
    assert [finding.severity for finding in found] == [Severity.AMBER]
    assert "bron" in found[0].message


@pytest.mark.parametrize(("text", "family"), TAKEN, ids=[family for _, family in TAKEN])
def test_taken_content_without_credit_is_amber_with_the_copyright_reason(text, family):
    found = findings_for(text)
    assert [finding.severity for finding in found] == [Severity.AMBER]
    assert "auteursrecht" in found[0].message and "portretrecht" in found[0].message


@pytest.mark.parametrize("text", GREEN, ids=[text[:40] for text in GREEN])
def test_attributed_titles_and_numbers_that_are_not_claims_stay_green(text):
    assert findings_for(text) == []


def test_the_finding_quotes_the_quotation_and_shows_how_to_attribute():
    (finding,) = findings_for('Tegeltjeswijsheid van de dag:\n"Groei langzaam, maar groei altijd." 🌱')
    assert finding.match == '"Groei langzaam, maar groei altijd."'
    assert (finding.line, finding.column) == (2, 1)
    assert finding.article == "7"
    assert "Bron:" in finding.suggestion


def test_a_figure_finding_names_what_is_counted():
    (finding,) = findings_for("Wist je dat 2% van de Nederlandse beroepsbevolking in de landbouw werkt?")
    assert finding.match.startswith("2%") and finding.match.endswith("beroepsbevolking")


def test_an_attached_image_makes_a_taken_sentence_without_a_content_word_count(write, png):
    post = write("post.md", "Van Pinterest gehaald, zo wil ik mijn boeket 💐\n")
    result = check_task(CheckTask(post, extra_images=(png("boeket.png"),)), RunOptions())
    assert [finding.rule for finding in result.findings] == [RULE]
    bare = check_task(CheckTask(write("bare.md", "Ik heb mijn stage online gevonden!\n")), RunOptions())
    assert bare.findings == ()


def test_english_messages():
    result = check_task(
        CheckTask(None, data=b"Studies show that cows like music."), RunOptions(ui_language="en")
    )
    (finding,) = result.findings
    assert "without a source" in finding.message


def test_a_schools_own_word_list_adds_a_research_cue(tmp_path):
    extra = tmp_path / "eigen.yaml"
    extra.write_text(
        "rule: missing-source\nlanguage: nl\nentries:\n"
        "  - {term: de wetenschap is eruit, severity: amber, category: research}\n"
        "sources: [groenkennisnet]\n",
        encoding="utf-8",
    )
    (tmp_path / "clusius-check.yaml").write_text("wordlists: [eigen.yaml]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("De wetenschap is eruit: kippen houden van muziek.\n", encoding="utf-8")
    assert [f.rule for f in check_task(CheckTask(post), RunOptions()).findings] == [RULE]
    sourced = tmp_path / "sourced.md"
    sourced.write_text(
        "Uit onderzoek blijkt dat kippen van muziek houden (Groenkennisnet).\n", encoding="utf-8"
    )
    assert check_task(CheckTask(sourced), RunOptions()).findings == ()
