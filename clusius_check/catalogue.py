"""Every sentence the tool says to a person, in Dutch and English, in one place.

Rules and reporters ask for a message by key; nothing user-facing is a string literal elsewhere,
so a translation or a rewording is one edit here.
"""

from __future__ import annotations

from dataclasses import dataclass

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        # Verdicts, in words so they read right without colour.
        "verdict.green": "GROEN — Klaar om te plaatsen",
        "verdict.amber": "ORANJE — Twijfel: bij twijfel niet plaatsen",
        "verdict.red": "ROOD — Niet plaatsen",
        "verdict.none": "FOUT — niet (volledig) gecontroleerd",
        "severity.red": "rood",
        "severity.amber": "oranje",
        "severity.info": "tip",
        "report.findings": "Bevindingen",
        "report.column.number": "#",
        "report.column.severity": "Ernst",
        "report.column.rule": "Regel",
        "report.column.why": "Waarom, en wat dan wel",
        "report.article": "art. {article}",
        "report.line": "regel {line}, kol. {column}",
        "report.no_findings": "Geen bevindingen.",
        "report.not_checked": "Nog niet gecontroleerd (regel nog niet beschikbaar): {rules}",
        "report.disabled": "Niet gecontroleerd (uitgezet in de config): {rules}",
        "report.checked": "Gecontroleerd op: {rules}",
        "report.images": "Afbeeldingen: {images}",
        "report.summary": "{total} concept(en): {green} groen, {amber} oranje, {red} rood, {errors} met fouten",
        "report.language": "taal: {language}",
        "report.progress": "Concepten controleren",
        "rules.title": "Regels van clusius-check",
        "rules.column.id": "Regel",
        "rules.column.severity": "Standaard",
        "rules.column.article": "Artikel",
        "rules.column.summary": "Wat",
        "rules.planned": "nog niet beschikbaar",
        # Input problems: one line each on stderr, after "<file>: ".
        "warning.utf16": "gelezen als UTF-16 (het bestand begint met een UTF-16-byte-order-mark)",
        "warning.cp1252": "geen UTF-8; gelezen als Windows-1252 (cp1252). Sla het op als UTF-8 voor de zekerheid",
        "warning.unknown_key": "onbekende front-matter-sleutel '{key}' genegeerd (bekend: {known})",
        "error.utf16_invalid": "geen geldige UTF-16, ondanks de byte-order-mark ({reason})",
        "error.binary": "binair bestand, geen tekstconcept (verwacht UTF-8-tekst in een .md- of .txt-bestand)",
        "error.not_utf8": "geen UTF-8-tekst (ook geen Windows-1252); sla het concept op als UTF-8",
        "error.front_matter_unclosed": "front matter begint met '---' maar heeft geen afsluitende '---'-regel",
        "error.front_matter_too_large": "front matter is groter dan {kib} KiB (of de afsluitende '---' ontbreekt)",
        "error.front_matter_malformed": "ongeldige front matter: {problem}",
        "error.front_matter_malformed_at": "ongeldige front matter (regel {line}): {problem}",
        "error.front_matter_not_mapping": "front matter moet bestaan uit regels 'sleutel: waarde'",
        "error.front_matter_choice": "front matter '{key}' moet een van {allowed} zijn, niet {value}",
        "error.front_matter_consent": "front matter 'consent' moet true of false zijn, niet {value}",
        "error.front_matter_images": "front matter 'images' moet een lijst met bestandspaden zijn",
        "error.front_matter_profile_picture": "front matter 'profile_picture' moet een bestandspad zijn",
        "error.image_not_found": "{image}: afbeelding niet gevonden",
        "error.image_not_file": "{image}: geen bestand, dus geen afbeelding",
        "error.image_unreadable": "{image}: afbeelding kan niet gelezen worden ({reason})",
        "error.image_empty": "{image}: afbeeldingsbestand is leeg",
        "error.image_unsupported": "{image}: geen afbeelding die deze tool kan lezen (gebruik JPEG, PNG, WebP, GIF, BMP of TIFF)",
        "error.image_outside": "afbeelding '{image}' staat buiten de map van het concept; zet hem bij het concept",
        "error.image_heic": "{image}: HEIC wordt niet ondersteund; exporteer de foto als JPEG of PNG (iPhone: Instellingen > Camera > Formaten > Meest compatibel)",
        "error.image_avif": "{image}: AVIF wordt niet ondersteund; exporteer de afbeelding als JPEG of PNG",
        "error.image_svg": "{image}: SVG (een tekening in code) wordt niet ondersteund; exporteer hem als PNG",
        "error.image_corrupt": "{image}: beschadigde afbeelding, kan niet gelezen worden; open en bewaar hem opnieuw, of exporteer als JPEG of PNG",
        "error.image_truncated": "{image}: afbeelding is afgebroken (onvolledig bestand); kopieer of download hem opnieuw",
        "error.image_too_large": "{image}: te groot om veilig te openen ({megapixels} megapixel; de grens is {limit} megapixel, tegen 'decompressiebommen'); verklein de afbeelding",
        "warning.image_animated": "{image}: bewegende afbeelding; alleen het eerste beeld is gecontroleerd",
        "error.too_large": "te groot voor een bericht ({kib} KiB; hoogstens {limit} KB)",
        "error.empty_draft": "leeg concept: er is geen tekst om te controleren",
        "error.file_not_found": "bestand niet gevonden",
        "error.is_folder": "is een map; geef een conceptbestand, of controleer de map zelf",
        "error.not_regular_file": "geen gewoon bestand (een pipe of apparaat?); geef een .md- of .txt-bestand",
        "error.folder_unreadable": "map kan niet gelezen worden ({reason}); de concepten daarin zijn niet gecontroleerd",
        "error.stdin_too_large": "te groot voor een bericht (meer dan {limit} KB op stdin)",
        "error.permission": "geen toegang: het bestand kan niet gelezen worden",
        "error.unreadable": "het bestand kan niet gelezen worden ({reason})",
        "error.no_drafts": "map bevat geen .md- of .txt-concepten",
        "usage.stdin_once": "'-' (stdin) mag maar één keer",
        "usage.logos_folder": "--logos moet een map met logo-afbeeldingen zijn",
        "usage.images_single": "--image en --profile-picture horen bij één concept, niet bij een map of meerdere concepten",
        "usage.exists": "bestaat al; gebruik --force om het te overschrijven",
        "usage.cannot_write": "kan niet schrijven ({reason})",
        "init.written": "geschreven",
        # Config and word-list problems name the key, so a school finds its typo.
        "config.key": "sleutel '{key}': {problem}",
        "config.not_found": "configbestand niet gevonden",
        "config.unreadable": "configbestand kan niet gelezen worden ({reason})",
        "config.too_large": "configbestand is groter dan {limit} KB",
        "config.not_utf8": "configbestand is geen UTF-8-tekst",
        "config.invalid_yaml": "ongeldige YAML: {problem}",
        "config.invalid_yaml_at": "ongeldige YAML op regel {line}: {problem}",
        "config.not_mapping": "de config moet bestaan uit regels 'sleutel: waarde'",
        "config.unknown_setting": "onbekende instelling (bekend: {known})",
        "config.school_shape": "moet 'names' en/of 'locations' bevatten",
        "config.no_names": "geef minstens één naam van de school",
        "config.one_of": "moet een van {allowed} zijn, niet {value}",
        "config.logos_not_path": "moet het pad van een map met logo's zijn",
        "config.logos_missing": "map {path} bestaat niet",
        "config.wordlist_missing": "woordenlijst {path} bestaat niet",
        "config.rules_shape": "moet regel-id's koppelen aan instellingen",
        "config.unknown_rule": "onbekende regel (bekend: {known})",
        "config.rule_shape": "moet on, off of instellingen zoals 'severity: amber' zijn",
        "config.boolean": "moet true of false zijn",
        "config.severity": "moet een van red, amber, info zijn",
        "config.text_list": "moet een lijst met tekstwaarden zijn",
        "config.words_list": "moet een lijst met woorden of zinnen zijn",
        "config.regex": "moet een geldige reguliere expressie zijn (tekst), of leeg",
        "config.threshold": "moet een getal groter dan 0 en hoogstens 1 zijn, of false",
        "config.logo_distance": "moet een geheel getal van 0 tot en met 128 zijn (bits die mogen verschillen)",
        "config.logo_correlation": "moet een getal groter dan 0 en hoogstens 1 zijn",
        "logos.folder_empty": "geen logo's in deze map (verwacht PNG-, JPEG-, WebP-, GIF- of BMP-bestanden; exporteer een SVG naar PNG); zet de logo's van de school erin of wijs met --logos een andere map aan",
        "logos.folder_unreadable": "logomap kan niet gelezen worden ({reason})",
        "logos.file_unreadable": "logo kan niet gelezen worden ({reason}); vervang het door een PNG- of JPEG-bestand",
        "wordlist.unreadable": "woordenlijst kan niet gelezen worden ({reason})",
        "wordlist.not_utf8": "woordenlijst is geen UTF-8-tekst",
        "wordlist.invalid_yaml": "woordenlijst is geen geldige YAML",
        "wordlist.invalid_yaml_at": "woordenlijst is geen geldige YAML (regel {line})",
        "wordlist.shape": "een woordenlijst heeft de sleutels 'rule', 'language' en 'entries' nodig",
        "wordlist.rule": "sleutel 'rule': {value} is geen regel-id (zie `clusius-check rules`)",
        "wordlist.language": "sleutel 'language': moet een van {allowed} zijn, niet {value}",
        "wordlist.entries": "sleutel 'entries': moet een niet-lege lijst met termen zijn",
        "wordlist.entry": "item {number}",
        "wordlist.entry_term": "item {number} ({term!r})",
        "wordlist.entry_shape": "{entry}: moet 'term', 'severity' en 'category' hebben",
        "wordlist.term": "{entry}: 'term' moet een woord of zin zijn",
        "wordlist.unknown_key": "{entry}: onbekende sleutel '{key}' (bekend: {known})",
        "wordlist.severity": "{entry}: 'severity' moet een van red, amber, info zijn",
        "wordlist.category": "{entry}: 'category' moet een van {allowed} zijn, niet {value}",
        "wordlist.note": "{entry}: 'note' moet tekst zijn",
        "wordlist.field": "{entry}: '{key}' moet een van {allowed} zijn",
        "wordlist.field_text": "{entry}: '{key}' moet tekst zijn",
        "wordlist.unknown_section": "onbekende sleutel '{key}' (bekend: {known})",
        "wordlist.section": "sleutel '{key}': moet een lijst met woorden zijn",
        # image-metadata
        "image-metadata.gps.message": "{image} bevat de GPS-locatie waar de foto gemaakt is (ongeveer {position}); "
        "wie de foto downloadt, vindt die plek, misschien iemands huis (art. 1, de AVG).",
        "image-metadata.gps.suggestion": "Haal de locatie uit de foto: deel een screenshot of een export zonder "
        "metadata, of op een computer `exiftool -all= foto.jpg` (of bewaar een kopie zonder EXIF). Zet voortaan "
        "de locatie uit in de camera-app (iPhone: Instellingen > Privacy > Locatievoorzieningen > Camera; "
        "Android: camera-instellingen > Locatietags).",
        "image-metadata.names.message": "{image} bevat namen of contactgegevens in de metadata ({fields}); die "
        "reizen onzichtbaar mee met de foto (art. 1, de AVG).",
        "image-metadata.names.suggestion": "Deel een screenshot of een export zonder metadata, of wis de metadata "
        "op een computer met `exiftool -all= foto.jpg` (of bewaar een kopie zonder EXIF). Zet je naam niet als "
        "eigenaar in de instellingen van je camera.",
        "image-metadata.serial.message": "{image} bevat het serienummer van de camera of lens ({fields}); daarmee "
        "is elke foto van die camera aan dezelfde eigenaar te koppelen (art. 1, de AVG).",
        "image-metadata.serial.suggestion": "Deel een screenshot of een export zonder metadata, of wis de metadata "
        "op een computer met `exiftool -all= foto.jpg` (of bewaar een kopie zonder EXIF).",
        # personal-data
        "personal-data.resembles.message": "'{match}' lijkt sterk op berichten die persoonsgegevens of privézaken "
        "van iemand delen, ook al herkent de controle geen nummer of bekend patroon (art. 1: privacy). Bij twijfel: "
        "niet plaatsen.",
        "personal-data.resembles.suggestion": "Lees het na: staat er iets in over een ander (cijfers, gezondheid, "
        "straf, adres, nummer) of iets van jezelf dat niet openbaar hoort? Laat het weg of vraag eerst toestemming.",
        "confidential.resembles.message": "'{match}' lijkt sterk op berichten die interne of vertrouwelijke "
        "informatie van de school delen, ook al staat er geen bekend woord als 'vertrouwelijk' in (art. 6). Bij "
        "twijfel: niet plaatsen.",
        "confidential.resembles.suggestion": "Is dit al openbaar gemaakt door de school? Zo niet, deel het niet; "
        "vraag het je leidinggevende of mentor als je twijfelt.",
        "personal-data.bsn.message": "'{match}' is een geldig burgerservicenummer (BSN); dat is een van de gevoeligste "
        "persoonsgegevens die er zijn (art. 1, de AVG).",
        "personal-data.bsn.suggestion": "Haal het nummer weg. Een BSN deel je alleen via een beveiligd formulier, nooit online.",
        "personal-data.onderwijsnummer.message": "'{match}' is een geldig onderwijsnummer: het identificeert een leerling "
        "(art. 1, de AVG).",
        "personal-data.onderwijsnummer.suggestion": "Haal het nummer weg; geef het alleen door via de administratie of DUO zelf.",
        "personal-data.iban.message": "'{match}' is een geldig rekeningnummer (IBAN) van iemand (art. 1, de AVG).",
        "personal-data.iban.suggestion": "Zet geen rekeningnummers online; stuur een betaalverzoek of het nummer in een privébericht.",
        "personal-data.phone.message": "'{match}' is een telefoonnummer van iemand; wie het leest, kan die persoon "
        "bellen of appen (art. 1, de AVG).",
        "personal-data.phone.suggestion": "Laat het nummer weg en vraag mensen je een privébericht te sturen, of "
        "noem het openbare nummer van de school.",
        "personal-data.email.message": "'{match}' is een privé e-mailadres (art. 1, de AVG).",
        "personal-data.email.suggestion": "Laat het adres weg, of verwijs naar een algemeen adres van de school (info@...).",
        "personal-data.address.message": "'{match}' lijkt een (huis)adres; daarmee is iemand thuis te vinden "
        "(art. 1, de AVG).",
        "personal-data.address.suggestion": "Zet geen huisadressen online; deel het adres in een privébericht met wie het nodig heeft.",
        "personal-data.birth-date.message": "'{match}' is een geboortedatum van iemand (art. 1, de AVG).",
        "personal-data.birth-date.suggestion": "Feliciteer zonder datum en jaar, of vraag eerst of het mag.",
        "personal-data.licence-plate.message": "'{match}' is een kenteken; daarmee is de eigenaar te vinden (art. 1, de AVG).",
        "personal-data.licence-plate.suggestion": "Laat het kenteken weg of maak het onleesbaar.",
        "personal-data.grade.message": "'{match}': een cijfer of resultaat van een leerling met naam (art. 1, de AVG).",
        "personal-data.grade.suggestion": "Noem geen cijfers van anderen; een gemiddelde van de klas zonder namen mag wel.",
        "personal-data.own-grade.message": "'{match}' is je eigen cijfer: dat mag je delen, maar denk erom dat het "
        "internet alles onthoudt (art. 5).",
        "personal-data.own-grade.suggestion": "Deel je eigen cijfer alleen als je dat over een paar jaar ook nog goed vindt.",
        "personal-data.health.message": "'{match}': gezondheid van iemand met naam; dat is een bijzonder persoonsgegeven "
        "(art. 1, de AVG).",
        "personal-data.health.suggestion": "Laat de diagnose of ziekte weg; wens iemand beterschap zonder te zeggen wat er is.",
        "personal-data.discipline.message": "'{match}': een straf of maatregel van iemand met naam (art. 1 en 9).",
        "personal-data.discipline.suggestion": "Deel niet wie er gestraft of geschorst is; dat hoort in een dossier, niet online.",
        "personal-data.school-pattern.message": "'{match}' is een leerling- of studentnummer van de school (art. 1, de AVG).",
        "personal-data.school-pattern.suggestion": "Haal het nummer weg; geef het alleen door via de administratie.",
        # confidential
        "confidential.marker.message": "'{match}' markeert informatie als vertrouwelijk of intern (art. 6: geef nooit "
        "vertrouwelijke informatie van de organisatie prijs).",
        "confidential.marker.suggestion": "Plaats dit niet. Wat intern of vertrouwelijk is, blijft binnen school.",
        "confidential.internal-source.message": "'{match}' is een interne bron; wat daar besproken wordt, is niet "
        "voor buiten (art. 6).",
        "confidential.internal-source.suggestion": "Deel alleen wat de school zelf al openbaar heeft gemaakt, en "
        "verwijs daarnaar.",
        "confidential.exam.message": "'{match}' gaat over examen- of toetsmateriaal; dat uitlekken is fraude en "
        "schaadt de school (art. 6).",
        "confidential.exam.suggestion": "Haal dit weg. Toets- en examenmateriaal deel je nooit online.",
        "confidential.credentials.message": "'{match}' gaat over inloggegevens (art. 6).",
        "confidential.credentials.suggestion": "Zet nooit wachtwoorden of inloggegevens online; praat je over een "
        "wachtwoord, laat het wachtwoord zelf weg.",
        "confidential.credentials-secret.message": "'{match}' lijkt een wachtwoord of andere inloggegevens; wie dit leest, "
        "kan inloggen (art. 6).",
        "confidential.credentials-secret.suggestion": "Verwijder het wachtwoord en wijzig het meteen: het kan al "
        "gezien zijn.",
        "confidential.file.message": "'{match}' hoort in een leerling- of personeelsdossier, niet op sociale media "
        "(art. 6 en art. 9).",
        "confidential.file.suggestion": "Laat dit weg. Wat in een dossier staat, gaat alleen de betrokkenen aan.",
        "confidential.school-term.message": "'{match}' staat op de lijst van vertrouwelijke termen van de school "
        "(art. 6).",
        "confidential.school-term.suggestion": "Vraag na of dit openbaar mag voordat je het plaatst.",
        "confidential.answer-key.message": "'{match}' lijkt een antwoordenlijst van een toets of examen; die "
        "delen is fraude en schaadt de school (art. 6).",
        "confidential.answer-key.suggestion": "Haal de antwoorden weg. Wil je helpen? Leg uit hoe je een vraag "
        "aanpakt, zonder de antwoorden.",
        "confidential.secrecy.message": "'{match}': je zegt zelf dat dit nieuws over de school nog geheim of niet "
        "openbaar is (art. 6: geef nooit vertrouwelijke informatie van de organisatie prijs).",
        "confidential.secrecy.suggestion": "Wacht tot de school het zelf bekendmaakt, en deel dan dat bericht.",
        # vulgar-language
        "vulgar.message": "'{match}' is {category}: dat hoort niet in een bericht dat met school te maken heeft "
        "(art. 8: geen vulgair of ongepast materiaal).",
        "vulgar.mention.message": "'{match}' wordt hier genoemd, niet gebruikt ({category}).",
        "vulgar.mention.suggestion": "Gaat het bericht over zulke woorden? Overweeg dan het woord niet voluit te "
        "schrijven.",
        "vulgar.category.swearing": "grof taalgebruik",
        "vulgar.category.sexual": "seksueel taalgebruik",
        "vulgar.category.slur": "een scheldwoord voor een groep mensen",
        "vulgar.category.disease-curse": "een ziekteverwensing (vloeken met een ziekte)",
        "vulgar.category.blasphemy": "godslasterlijk vloeken",
        "vulgar.suggestion.compound": "Schrijf het zonder vloek: '{part}' of 'rot{part}'.",
        "vulgar.suggestion.intensifier": "Laat het krachtwoord weg of schrijf 'heel {word}' of 'echt {word}'.",
        "vulgar.suggestion.instead": "Kies een net woord, bijvoorbeeld '{instead}', of laat het weg.",
        "vulgar.suggestion.swearing": "Laat het scheldwoord weg en zeg gewoon wat je bedoelt.",
        "vulgar.suggestion.sexual": "Laat seksuele woorden weg uit een bericht over school.",
        "vulgar.suggestion.slur": "Laat dit scheldwoord weg; noem mensen zoals ze zelf genoemd willen worden.",
        "vulgar.suggestion.disease-curse": "Laat de vloek weg; zeg 'balen' of 'wat jammer' als je iets stom vindt.",
        "vulgar.suggestion.blasphemy": "Laat de vloek weg; 'verdorie' of 'balen' kan wel.",
        # discrimination
        "discrimination.derogation.message": "'{match}' zet een groep mensen weg om wie ze zijn (art. 1: "
        "groepsbelediging is strafbaar, art. 137c Sr).",
        "discrimination.derogation.suggestion": "Praat over wat iemand doet, niet over een hele groep alsof "
        "iedereen hetzelfde is.",
        "discrimination.stereotype.message": "'{match}' brengt een vooroordeel over een groep als feit (art. 1 en art. 3).",
        "discrimination.stereotype.suggestion": "Laat het vooroordeel weg; mensen uit een groep zijn niet allemaal hetzelfde.",
        "discrimination.dehumanisation.message": "'{match}' vergelijkt een groep mensen met dieren of ziektes; "
        "dat is ontmenselijkend en strafbaar (art. 1, art. 137c-137d Sr).",
        "discrimination.dehumanisation.suggestion": "Plaats dit niet. Praat met je mentor als je boos bent op iemand.",
        "discrimination.violence.message": "'{match}' roept op tot geweld tegen een groep; dat is aanzetten tot "
        "haat en strafbaar (art. 1, art. 137d Sr).",
        "discrimination.violence.suggestion": "Plaats dit niet. Praat met je mentor of een vertrouwenspersoon.",
        "discrimination.exclusion.message": "'{match}' wil een groep mensen buitensluiten of wegsturen om wie ze "
        "zijn (art. 1, art. 137d Sr).",
        "discrimination.exclusion.suggestion": "Plaats dit niet; iedereen hoort erbij, ook online (art. 3).",
        "discrimination.resembles.message": "'{match}' lijkt sterk op berichten die een groep mensen kwetsen of "
        "over één kam scheren, ook al staat er geen bekend scheldwoord in (art. 1 en art. 3). Bij twijfel: niet "
        "plaatsen.",
        "discrimination.resembles.suggestion": "Schrijf over wat iemand doet, niet over wat een hele groep zou "
        "zijn of doen. Twijfel je? Plaats het niet en vraag iemand mee te lezen.",
        "discrimination.joke.message": "'{match}': een grap ten koste van een groep mensen blijft kwetsend, "
        "ook als het grappig bedoeld is (art. 1 en art. 3).",
        "discrimination.joke.suggestion": "Maak geen grappen over wie mensen zijn; lach om wat er gebeurt, niet om een groep.",
        "discrimination.slur.message": "'{match}' is een scheldwoord voor een groep mensen (art. 1 en art. 3).",
        "discrimination.slur.suggestion": "Noem mensen zoals ze zelf genoemd willen worden.",
        "discrimination.counter.message": "'{match}' noemt discriminatie om ertegenin te gaan; dat is goed, maar "
        "let op hoe het overkomt zonder uitleg.",
        "discrimination.counter.suggestion": "Zorg dat duidelijk is dat je het citeert om het af te keuren.",
        # bullying
        "bullying.resembles.message": "'{match}' lijkt sterk op berichten die iemand kleineren, buitensluiten of "
        "bedreigen, ook al staat er geen bekend scheldwoord in (art. 3). Bij twijfel: niet plaatsen.",
        "bullying.resembles.suggestion": "Lees het als de persoon over wie het gaat: zou die zich gekwetst voelen? "
        "Herschrijf het of plaats het niet; vraag bij twijfel je mentor of een collega mee te lezen.",
        "bullying.insult.message": "'{match}' is een belediging gericht aan een persoon; dat is pesten (art. 3, "
        "art. 8: anderen lastig vallen).",
        "bullying.insult.suggestion": "Laat de belediging weg. Zeg wat je dwarszit tegen de persoon zelf, niet online.",
        "bullying.body.message": "'{match}' maakt iemand belachelijk om zijn of haar uiterlijk; dat is pesten (art. 3).",
        "bullying.body.suggestion": "Laat opmerkingen over iemands lichaam weg.",
        "bullying.threat.message": "'{match}' is een bedreiging; dat is pesten en kan strafbaar zijn (art. 1 en art. 3).",
        "bullying.threat.suggestion": "Plaats dit niet. Ben je boos of bang? Praat met je mentor of de vertrouwenspersoon.",
        "bullying.self-harm.message": "'{match}' zet iemand aan tot zelfbeschadiging of wenst iemand dood; "
        "dat is ernstig pesten (art. 3).",
        "bullying.self-harm.suggestion": "Plaats dit niet. Denkt iemand aan zelfdoding? Bel 113 (0800-0113).",
        "bullying.exclusion.message": "'{match}' roept op iemand buiten te sluiten; dat is pesten (art. 3).",
        "bullying.exclusion.suggestion": "Laat iedereen meedoen. Is er een probleem met iemand, praat dan met je mentor.",
        "bullying.humiliation.message": "'{match}' stelt iemand bloot aan uitlachen; dat is pesten (art. 3 en art. 8).",
        "bullying.humiliation.suggestion": "Deel geen foto's, filmpjes of grappen over iemand zonder dat die "
        "persoon het goed vindt.",
        "bullying.mentioned.message": "'{match}' komt voor in een bericht over pesten of als citaat; "
        "controleer dat het niet als pesten overkomt.",
        "bullying.mentioned.suggestion": "Maak duidelijk dat je het woord noemt om pesten tegen te gaan.",
        "speaking-for-school.resembles.message": "'{match}' lijkt sterk op berichten die klinken alsof de school zelf "
        "spreekt, ook al staat er geen 'namens' in (art. 2 en 7). Bij twijfel: niet plaatsen.",
        "speaking-for-school.resembles.suggestion": "Schrijf als jezelf ('ik', 'mijn klas') of deel het officiële "
        "bericht van de school met een link. Nieuws van de school hoort op het schoolaccount.",
        "missing-source.resembles.message": "'{match}' lijkt sterk op berichten met een citaat, cijfer, onderzoek of "
        "beeld van een ander zonder bron, ook al herkent de controle het niet precies (art. 7 en 8). Bij twijfel: niet "
        "plaatsen.",
        "missing-source.resembles.suggestion": "Vermeld waar het vandaan komt: 'Bron: …', 'Foto: …', 'via @…', of "
        "een link. Weet je de bron niet, laat het dan weg.",
        "speaking-for-school.mandate.message": "'{match}': je schrijft namens de school, maar dit is een persoonlijk "
        "account (art. 2: verspreid geen berichten uit naam van het Clusius College; art. 8).",
        "speaking-for-school.mandate.suggestion": 'Schrijf als jezelf ("ik"), of deel het bericht van het officiële '
        "schoolaccount. Wil je iets namens de school zeggen? Vraag het de afdeling communicatie.",
        "speaking-for-school.we-school.message": "'{match}': je spreekt als de school zelf, vanaf een persoonlijk "
        "account (art. 2 en art. 7: maak duidelijk dat je vanuit je persoonlijke rol spreekt).",
        "speaking-for-school.we-school.suggestion": 'Schrijf "ik" in plaats van "wij als school", bijvoorbeeld: '
        '"Ik werk op het Clusius College en ik vind …".',
        "speaking-for-school.official.message": "'{match}' brengt dit als officieel bericht of standpunt van de "
        "school; dat mag alleen het schoolaccount (art. 2 en art. 8).",
        "speaking-for-school.official.suggestion": "Deel het officiële bericht van de school met een link, of schrijf "
        "wat jij ervan vindt als je eigen mening.",
        "speaking-for-school.speech.message": "'{match}': hier spreekt de school zelf (een besluit, mededeling, "
        "mening of groet), maar het komt van een persoonlijk account (art. 2 en art. 8).",
        "speaking-for-school.speech.suggestion": "Deel het bericht van het schoolaccount, of zeg wie het zei en waar: "
        '"Volgens de nieuwsbrief van het Clusius College …".',
        "speaking-for-school.implied.message": "'{match}' klinkt als de stem van de school (\"wij\" als organisatie) "
        "vanaf een persoonlijk account; bij twijfel niet plaatsen (art. 4 en art. 7).",
        "speaking-for-school.implied.suggestion": 'Maak duidelijk dat je voor jezelf spreekt: "ik" in plaats van '
        '"wij", of laat de mededeling aan het schoolaccount.',
        "speaking-for-school.signature.message": "'{match}': het bericht is ondertekend als de school, maar het komt "
        "van een persoonlijk account (art. 2: plaats berichten alleen onder je eigen naam).",
        "speaking-for-school.signature.suggestion": "Onderteken met je eigen naam (en eventueel je functie).",
        "speaking-for-school.personal-view.message": "Je schrijft over je werk bij '{match}' vanaf een persoonlijk "
        "account. Tip (art. 4 en art. 7): zeg erbij dat dit je persoonlijke mening is.",
        "speaking-for-school.personal-view.suggestion": 'Voeg bijvoorbeeld toe: "Dit is mijn persoonlijke mening, '
        'niet die van het Clusius College."',
        "missing-source.quote.message": "'{match}' is een citaat zonder naam van wie het zei of schreef (art. 7: "
        "citeer altijd met naamsvermelding).",
        "missing-source.quote.suggestion": 'Zet de naam of de bron erbij, bijvoorbeeld: "…" — Naam, of '
        '"Bron: …" met een link.',
        "missing-source.claim.message": "'{match}' brengt onderzoek of cijfers als feit, zonder bron (art. 7: maak "
        "je bronnen altijd kenbaar).",
        "missing-source.claim.suggestion": 'Noem de bron of zet een link erbij, bijvoorbeeld: "(bron: CBS, 2025)" '
        'of "volgens onderzoek van de WUR: <link>". Geen bron? Laat het cijfer weg.',
        "missing-source.taken.message": "'{match}': dit beeld of deze tekst komt van een ander zonder naam van de "
        "maker; dat kan auteursrecht of portretrecht schenden (art. 1 en art. 8).",
        "missing-source.taken.suggestion": "Gebruik alleen eigen beeld of beeld met toestemming, en noem de maker: "
        '"Foto: Naam", "via @account" of "📸 @account".',
        # Pipeline formats (--format sarif/github/junit/jsonl/html) and --output.
        "report.format.suppressed": "genegeerd",
        "report.format.reason": "reden: {reason}",
        "report.format.suppressed_heading": "Genegeerd, met een reden (telt niet mee voor het oordeel)",
        "report.format.html_title": "clusius-check-rapport",
        "usage.output_is_input": "is een invoerbestand (een concept of afbeelding) en wordt nooit overschreven; "
        "kies een ander bestand voor --output",
        "usage.output_is_image": "is een afbeeldingsbestand; een rapport hoort daar niet in, kies een ander bestand voor --output",
        # Suppression markers (suppressions.py) and the report's list of what they silenced.
        "suppression.no_reason.message": "De clusius-check-markering op regel {line} geeft geen reden en negeert "
        "dus niets (art. 2: je bent zelf verantwoordelijk; bij twijfel niet plaatsen).",
        "suppression.no_reason.suggestion": "Schrijf achter de regel waarom hij hier niet klopt, bijvoorbeeld: "
        "<!-- clusius-check: negeer missing-source — citaat uit eigen interview -->",
        "suppression.unknown_rule.message": "De clusius-check-markering op regel {line} noemt '{rule}', maar die "
        "regel bestaat niet{hint}; daarvoor wordt niets genegeerd.",
        "suppression.unknown_rule.hint": " (bedoel je '{rule}'?)",
        "suppression.unknown_rule.suggestion": "Gebruik een regel-id zoals 'clusius-check rules' ze laat zien.",
        "suppression.unreadable.message": "De clusius-check-markering op regel {line} is niet te lezen en negeert "
        "dus niets.",
        "suppression.unreadable.suggestion": "Schrijf hem zo: <!-- clusius-check: negeer REGEL — reden -->, met "
        "'negeer' of 'ignore', regels gescheiden door komma's en de reden na —, –, - of :.",
        "report.suppressed": "Genegeerd met een reden (telt niet mee voor het oordeel)",
        "report.suppressed.reason": "reden: {reason}",
        "usage.changed_since_no_git": "git is niet gevonden; installeer git of laat --changed-since weg",
        "usage.changed_since_not_repository": "ligt niet in een git-repository, dus --changed-since werkt hier niet "
        "({reason})",
        "usage.changed_since_unknown": "onbekende git-revisie '{revision}' (een commit, tak of tag, zoals "
        "origin/main)",
        "usage.changed_since_git_failed": "git kon niet worden uitgevoerd ({reason})",
        # explain and les (issue 8): problems with a school's explanation or lesson files, and usage.
        "explain.unknown_rule": "onbekende regel '{rule}'; kies uit: {known}",
        "explain.unreadable": "kan niet gelezen worden ({reason})",
        "explain.invalid_yaml": "geen geldige YAML: {problem}",
        "explain.missing": "sleutel '{key}' ontbreekt",
        "explain.not_text": "sleutel '{key}' moet tekst zijn",
        "explain.unknown_key": "onbekende sleutel '{key}' (bekend: {known})",
        "explain.unknown_article": "sleutel '{key}': artikel '{article}' staat niet in het protocol",
        "lesson.invalid_verdict": "sleutel 'verdict' moet green, amber of red zijn, niet {value}",
        "lesson.invalid_choice": "sleutel '{key}' moet een van {allowed} zijn, niet {value}",
        "lesson.no_drafts": "geen lesconcepten (.yaml) gevonden",
        "lesson.no_drafts_for_rule": "geen lesconcepten voor regel '{rule}'",
        "explain.terminal_only": "--explain verandert alleen het terminalrapport; dit formaat krijgt geen uitleg",
        "logo-profile-picture.match.message": "De profielfoto {image} is het logo van de school ({logo}). Art. 8: een logo "
        "als profielfoto van een persoon plaatsen mag niet",
        "logo-profile-picture.match.suggestion": "Kies een foto of avatar van jezelf. Het logo hoort alleen bij de officiële "
        "accounts van de school.",
        "logo-in-image.match.message": "In {image} staat het logo van de school ({logo}). Art. 8: logo's gebruiken zonder "
        "toestemming mag niet; met het logo lijkt je bericht een officieel bericht van de school",
        "logo-in-image.match.suggestion": "Haal het logo uit de afbeelding, of vraag de afdeling communicatie om "
        "toestemming.",
    },
    "en": {
        "verdict.green": "GREEN — Ready to post",
        "verdict.amber": "AMBER — In doubt: when in doubt, do not post",
        "verdict.red": "RED — Do not post",
        "verdict.none": "ERROR — not (fully) checked",
        "severity.red": "red",
        "severity.amber": "amber",
        "severity.info": "tip",
        "report.findings": "Findings",
        "report.column.number": "#",
        "report.column.severity": "Severity",
        "report.column.rule": "Rule",
        "report.column.why": "Why, and what to do instead",
        "report.article": "art. {article}",
        "report.line": "line {line}, col. {column}",
        "report.no_findings": "No findings.",
        "report.not_checked": "Not checked yet (rule not available yet): {rules}",
        "report.disabled": "Not checked (switched off in the config): {rules}",
        "report.checked": "Checked for: {rules}",
        "report.images": "Images: {images}",
        "report.summary": "{total} draft(s): {green} green, {amber} amber, {red} red, {errors} with errors",
        "report.language": "language: {language}",
        "report.progress": "Checking drafts",
        "rules.title": "clusius-check rules",
        "rules.column.id": "Rule",
        "rules.column.severity": "Default",
        "rules.column.article": "Article",
        "rules.column.summary": "What",
        "rules.planned": "not available yet",
        "warning.utf16": "read as UTF-16 (file has a UTF-16 byte-order mark)",
        "warning.cp1252": "not UTF-8; read as Windows-1252 (cp1252). Save it as UTF-8 to be sure",
        "warning.unknown_key": "unknown front-matter key '{key}' ignored (known keys: {known})",
        "error.utf16_invalid": "not valid UTF-16 despite its byte-order mark ({reason})",
        "error.binary": "binary file, not a text draft (expected UTF-8 text in a .md or .txt file)",
        "error.not_utf8": "not UTF-8 text (also not Windows-1252); save the draft as UTF-8",
        "error.front_matter_unclosed": "front matter starts with '---' but has no closing '---' line",
        "error.front_matter_too_large": "front matter is larger than {kib} KiB (or its closing '---' is missing)",
        "error.front_matter_malformed": "malformed front matter: {problem}",
        "error.front_matter_malformed_at": "malformed front matter (line {line}): {problem}",
        "error.front_matter_not_mapping": "front matter must be a list of 'key: value' lines",
        "error.front_matter_choice": "front matter '{key}' must be one of {allowed}, not {value}",
        "error.front_matter_consent": "front matter 'consent' must be true or false, not {value}",
        "error.front_matter_images": "front matter 'images' must be a list of file paths",
        "error.front_matter_profile_picture": "front matter 'profile_picture' must be a file path",
        "error.image_not_found": "{image}: image not found",
        "error.image_not_file": "{image}: not a file, so not an image",
        "error.image_unreadable": "{image}: cannot read image ({reason})",
        "error.image_empty": "{image}: image file is empty",
        "error.image_unsupported": "{image}: not an image this tool can read (use JPEG, PNG, WebP, GIF, BMP or TIFF)",
        "error.image_outside": "image '{image}' lies outside the draft's folder; move it next to the draft",
        "error.image_heic": "{image}: HEIC is not supported; export the photo as JPEG or PNG (iPhone: Settings > Camera > Formats > Most Compatible)",
        "error.image_avif": "{image}: AVIF is not supported; export the image as JPEG or PNG",
        "error.image_svg": "{image}: SVG (a drawing in code) is not supported; export it as PNG",
        "error.image_corrupt": "{image}: damaged image, cannot be read; open and save it again, or export it as JPEG or PNG",
        "error.image_truncated": "{image}: image is cut off (incomplete file); copy or download it again",
        "error.image_too_large": "{image}: too large to open safely ({megapixels} megapixels; the limit is {limit} megapixels, against 'decompression bombs'); make the image smaller",
        "warning.image_animated": "{image}: animated image; only the first frame was checked",
        "error.too_large": "too large for a post ({kib} KiB; at most {limit} KB)",
        "error.empty_draft": "empty draft: there is no text to check",
        "error.file_not_found": "file not found",
        "error.is_folder": "is a folder; give a draft file, or check the folder itself",
        "error.not_regular_file": "not a regular file (a pipe or a device?); give a .md or .txt file",
        "error.folder_unreadable": "cannot read folder ({reason}); the drafts in it were not checked",
        "error.stdin_too_large": "too large for a post (more than {limit} KB on stdin)",
        "error.permission": "permission denied: cannot read the file",
        "error.unreadable": "cannot read the file ({reason})",
        "error.no_drafts": "folder contains no .md or .txt drafts",
        "usage.stdin_once": "'-' (stdin) can be given only once",
        "usage.logos_folder": "--logos must be a folder with logo images",
        "usage.images_single": "--image and --profile-picture go with a single draft, not a folder or several drafts",
        "usage.exists": "already exists; use --force to overwrite it",
        "usage.cannot_write": "cannot write ({reason})",
        "init.written": "written",
        "config.key": "key '{key}': {problem}",
        "config.not_found": "config file not found",
        "config.unreadable": "cannot read config file ({reason})",
        "config.too_large": "config file is larger than {limit} KB",
        "config.not_utf8": "config file is not UTF-8 text",
        "config.invalid_yaml": "invalid YAML: {problem}",
        "config.invalid_yaml_at": "invalid YAML at line {line}: {problem}",
        "config.not_mapping": "the config must be a mapping of keys to values",
        "config.unknown_setting": "unknown setting (known: {known})",
        "config.school_shape": "must contain 'names' and/or 'locations'",
        "config.no_names": "give at least one name of the school",
        "config.one_of": "must be one of {allowed}, not {value}",
        "config.logos_not_path": "must be the path of a folder with logo images",
        "config.logos_missing": "folder {path} does not exist",
        "config.wordlist_missing": "word list {path} does not exist",
        "config.rules_shape": "must map rule ids to settings",
        "config.unknown_rule": "unknown rule (known: {known})",
        "config.rule_shape": "must be on, off, or settings such as 'severity: amber'",
        "config.boolean": "must be true or false",
        "config.severity": "must be one of red, amber, info",
        "config.text_list": "must be a list of text values",
        "config.words_list": "must be a list of words or phrases",
        "config.regex": "must be a valid regular expression (text), or empty",
        "config.threshold": "must be a number above 0 and at most 1, or false",
        "config.logo_distance": "must be a whole number from 0 to 128 (bits that may differ)",
        "config.logo_correlation": "must be a number above 0 and at most 1",
        "logos.folder_empty": "no logos in this folder (expected PNG, JPEG, WebP, GIF or BMP files; export an SVG to PNG); put the school's logos in it or point --logos at another folder",
        "logos.folder_unreadable": "cannot read the logo folder ({reason})",
        "logos.file_unreadable": "cannot read this logo ({reason}); replace it with a PNG or JPEG file",
        "wordlist.unreadable": "cannot read word list ({reason})",
        "wordlist.not_utf8": "word list is not UTF-8 text",
        "wordlist.invalid_yaml": "word list is not valid YAML",
        "wordlist.invalid_yaml_at": "word list is not valid YAML (line {line})",
        "wordlist.shape": "a word list needs the keys 'rule', 'language' and 'entries'",
        "wordlist.rule": "key 'rule': {value} is not a rule id (see `clusius-check rules`)",
        "wordlist.language": "key 'language': must be one of {allowed}, not {value}",
        "wordlist.entries": "key 'entries': must be a non-empty list of terms",
        "wordlist.entry": "entry {number}",
        "wordlist.entry_term": "entry {number} ({term!r})",
        "wordlist.entry_shape": "{entry}: must be a mapping with 'term', 'severity' and 'category'",
        "wordlist.term": "{entry}: 'term' must be a word or phrase",
        "wordlist.unknown_key": "{entry}: unknown key '{key}' (known: {known})",
        "wordlist.severity": "{entry}: 'severity' must be one of red, amber, info",
        "wordlist.category": "{entry}: 'category' must be one of {allowed}, not {value}",
        "wordlist.note": "{entry}: 'note' must be text",
        "wordlist.field": "{entry}: '{key}' must be one of {allowed}",
        "wordlist.field_text": "{entry}: '{key}' must be text",
        "wordlist.unknown_section": "unknown key '{key}' (known: {known})",
        "wordlist.section": "key '{key}': must be a list of words",
        # image-metadata
        "image-metadata.gps.message": "{image} contains the GPS location where the photo was taken (about "
        "{position}); whoever downloads the photo finds that place, perhaps someone's home (art. 1, the GDPR).",
        "image-metadata.gps.suggestion": "Remove the location from the photo: share a screenshot or an export "
        "without metadata, or on a computer run `exiftool -all= foto.jpg` (or save a copy without EXIF). From now "
        "on, turn location off in the camera app (iPhone: Settings > Privacy > Location Services > Camera; "
        "Android: camera settings > Location tags).",
        "image-metadata.names.message": "{image} contains names or contact details in its metadata ({fields}); "
        "they travel with the photo, unseen (art. 1, the GDPR).",
        "image-metadata.names.suggestion": "Share a screenshot or an export without metadata, or strip the "
        "metadata on a computer with `exiftool -all= foto.jpg` (or save a copy without EXIF). Do not set your name "
        "as the owner in your camera's settings.",
        "image-metadata.serial.message": "{image} contains the serial number of the camera or lens ({fields}); "
        "it links every photo from that camera to the same owner (art. 1, the GDPR).",
        "image-metadata.serial.suggestion": "Share a screenshot or an export without metadata, or strip the "
        "metadata on a computer with `exiftool -all= foto.jpg` (or save a copy without EXIF).",
        # personal-data
        "personal-data.resembles.message": "'{match}' reads much like posts that share someone's personal data or "
        "private matters, although the check recognises no number or known pattern (art. 1: privacy). When in "
        "doubt, do not post.",
        "personal-data.resembles.suggestion": "Read it again: does it tell something about someone else (grades, "
        "health, discipline, address, number) or something of yours that should not be public? Leave it out or ask "
        "for permission first.",
        "confidential.resembles.message": "'{match}' reads much like posts that share the school's internal or "
        "confidential information, although it has no known word like 'confidential' (art. 6). When in doubt, do "
        "not post.",
        "confidential.resembles.suggestion": "Has the school made this public yet? If not, do not share it; ask your "
        "manager or mentor when in doubt.",
        "personal-data.bsn.message": "'{match}' is a valid citizen service number (BSN), among the most sensitive "
        "personal data there is (art. 1, the GDPR).",
        "personal-data.bsn.suggestion": "Remove the number. A BSN goes only into a secure form, never online.",
        "personal-data.onderwijsnummer.message": "'{match}' is a valid education number (onderwijsnummer): it "
        "identifies a pupil (art. 1, the GDPR).",
        "personal-data.onderwijsnummer.suggestion": "Remove the number; pass it on only through the school office or DUO.",
        "personal-data.iban.message": "'{match}' is someone's valid bank account number (IBAN) (art. 1, the GDPR).",
        "personal-data.iban.suggestion": "Do not post account numbers; send a payment request or the number in a private message.",
        "personal-data.phone.message": "'{match}' is someone's phone number; anyone who reads it can call or text "
        "them (art. 1, the GDPR).",
        "personal-data.phone.suggestion": "Leave the number out and ask people to message you privately, or give the school's public number.",
        "personal-data.email.message": "'{match}' is a private e-mail address (art. 1, the GDPR).",
        "personal-data.email.suggestion": "Leave the address out, or point to a general school address (info@...).",
        "personal-data.address.message": "'{match}' looks like a (home) address; it tells where someone lives "
        "(art. 1, the GDPR).",
        "personal-data.address.suggestion": "Do not post home addresses; share the address privately with who needs it.",
        "personal-data.birth-date.message": "'{match}' is someone's date of birth (art. 1, the GDPR).",
        "personal-data.birth-date.suggestion": "Congratulate without the date and year, or ask first.",
        "personal-data.licence-plate.message": "'{match}' is a licence plate; it leads to the owner (art. 1, the GDPR).",
        "personal-data.licence-plate.suggestion": "Leave the plate out or blur it.",
        "personal-data.grade.message": "'{match}': a named pupil's grade or result (art. 1, the GDPR).",
        "personal-data.grade.suggestion": "Do not post other people's grades; a class average without names is fine.",
        "personal-data.own-grade.message": "'{match}' is your own grade: you may share it, but the internet "
        "remembers everything (art. 5).",
        "personal-data.own-grade.suggestion": "Share your own grade only if you will still be fine with it in a few years.",
        "personal-data.health.message": "'{match}': a named person's health, a special category of personal data "
        "(art. 1, the GDPR).",
        "personal-data.health.suggestion": "Leave the diagnosis or illness out; wish someone well without saying what is wrong.",
        "personal-data.discipline.message": "'{match}': a named person's punishment or sanction (art. 1 and 9).",
        "personal-data.discipline.suggestion": "Do not share who was punished or suspended; that belongs in a file, not online.",
        "personal-data.school-pattern.message": "'{match}' is one of the school's student numbers (art. 1, the GDPR).",
        "personal-data.school-pattern.suggestion": "Remove the number; pass it on only through the school office.",
        "confidential.marker.message": "'{match}' marks information as confidential or internal (art. 6: never "
        "disclose the organisation's confidential information).",
        "confidential.marker.suggestion": "Do not post this. What is internal or confidential stays inside school.",
        "confidential.internal-source.message": "'{match}' is an internal source; what is discussed there is not "
        "for outside (art. 6).",
        "confidential.internal-source.suggestion": "Share only what the school has already made public, and link "
        "to it.",
        "confidential.exam.message": "'{match}' is about exam or test material; leaking it is fraud and harms the "
        "school (art. 6).",
        "confidential.exam.suggestion": "Remove this. Never share test or exam material online.",
        "confidential.credentials.message": "'{match}' is about login details (art. 6).",
        "confidential.credentials.suggestion": "Never post passwords or login details; if you talk about a "
        "password, leave the password itself out.",
        "confidential.credentials-secret.message": "'{match}' looks like a password or login detail; anyone "
        "reading it can log in (art. 6).",
        "confidential.credentials-secret.suggestion": "Remove the password and change it now: it may already have "
        "been seen.",
        "confidential.file.message": "'{match}' belongs in a pupil's or staff file, not on social media "
        "(art. 6 and art. 9).",
        "confidential.file.suggestion": "Leave this out. What is in a file concerns only the people involved.",
        "confidential.school-term.message": "'{match}' is on the school's list of confidential terms (art. 6).",
        "confidential.school-term.suggestion": "Check whether this may be made public before you post it.",
        "confidential.answer-key.message": "'{match}' looks like the answers to a test or exam; sharing them is "
        "fraud and harms the school (art. 6).",
        "confidential.answer-key.suggestion": "Remove the answers. Want to help? Explain how to tackle a question, "
        "without the answers.",
        "confidential.secrecy.message": "'{match}': you say yourself that this news about the school is still "
        "secret or not public (art. 6: never disclose the organisation's confidential information).",
        "confidential.secrecy.suggestion": "Wait until the school announces it, then share its announcement.",
        # vulgar-language
        "vulgar.message": "'{match}' is {category}: it does not belong in a post connected with school "
        "(art. 8: no vulgar or inappropriate material).",
        "vulgar.mention.message": "'{match}' is mentioned here, not used ({category}).",
        "vulgar.mention.suggestion": "If the post is about such words, consider not spelling the word out.",
        "vulgar.category.swearing": "crude language",
        "vulgar.category.sexual": "sexual language",
        "vulgar.category.slur": "a slur against a group of people",
        "vulgar.category.disease-curse": "a disease curse (swearing with a disease)",
        "vulgar.category.blasphemy": "blasphemous swearing",
        "vulgar.suggestion.compound": "Write it without the curse: '{part}'.",
        "vulgar.suggestion.intensifier": "Drop the swear word, or write 'really {word}'.",
        "vulgar.suggestion.instead": "Choose a clean word, for example '{instead}', or leave it out.",
        "vulgar.suggestion.swearing": "Leave the swear word out and say what you mean.",
        "vulgar.suggestion.sexual": "Keep sexual words out of a post about school.",
        "vulgar.suggestion.slur": "Leave this slur out; call people what they call themselves.",
        "vulgar.suggestion.disease-curse": "Leave the curse out; 'what a pity' or 'too bad' will do.",
        "vulgar.suggestion.blasphemy": "Leave the curse out; 'darn' will do.",
        # discrimination
        "discrimination.derogation.message": "'{match}' puts down a group of people for who they are (art. 1: "
        "group insult is an offence, Criminal Code 137c).",
        "discrimination.derogation.suggestion": "Talk about what someone does, not about a whole group as if "
        "everyone were the same.",
        "discrimination.stereotype.message": "'{match}' presents a prejudice about a group as a fact (art. 1 and 3).",
        "discrimination.stereotype.suggestion": "Leave the prejudice out; people in a group are not all the same.",
        "discrimination.dehumanisation.message": "'{match}' compares a group of people to animals or diseases; "
        "that dehumanises them and is an offence (art. 1, Criminal Code 137c-137d).",
        "discrimination.dehumanisation.suggestion": "Do not post this. Talk to your mentor if you are angry with someone.",
        "discrimination.violence.message": "'{match}' calls for violence against a group; that is incitement to "
        "hatred, an offence (art. 1, Criminal Code 137d).",
        "discrimination.violence.suggestion": "Do not post this. Talk to your mentor or a counsellor.",
        "discrimination.exclusion.message": "'{match}' wants a group of people excluded or sent away for who they "
        "are (art. 1, Criminal Code 137d).",
        "discrimination.exclusion.suggestion": "Do not post this; everyone belongs, online too (art. 3).",
        "discrimination.resembles.message": "'{match}' reads much like posts that hurt or stereotype a group "
        "of people, even without a known slur in it (art. 1 and 3). When in doubt: do not post.",
        "discrimination.resembles.suggestion": "Write about what someone does, not about what a whole group "
        "supposedly is or does. In doubt? Do not post it and ask someone to read along.",
        "discrimination.joke.message": "'{match}': a joke at the expense of a group of people still hurts, "
        "even when it is meant to be funny (art. 1 and 3).",
        "discrimination.joke.suggestion": "Do not joke about who people are; laugh at what happens, not at a group.",
        "discrimination.slur.message": "'{match}' is a slur for a group of people (art. 1 and 3).",
        "discrimination.slur.suggestion": "Call people what they call themselves.",
        "discrimination.counter.message": "'{match}' names discrimination in order to argue against it; good, "
        "but check how it reads without context.",
        "discrimination.counter.suggestion": "Make clear that you quote it to reject it.",
        # bullying
        "bullying.resembles.message": "'{match}' reads much like posts that belittle, exclude or threaten "
        "someone, even without a known insult in it (art. 3). When in doubt: do not post.",
        "bullying.resembles.suggestion": "Read it as the person it is about: would they feel hurt? Rewrite it "
        "or do not post it; when in doubt, ask your mentor or a colleague to read along.",
        "bullying.insult.message": "'{match}' is an insult aimed at a person; that is bullying (art. 3, "
        "art. 8: harassing others).",
        "bullying.insult.suggestion": "Leave the insult out. Tell the person what bothers you, offline.",
        "bullying.body.message": "'{match}' mocks someone's looks; that is bullying (art. 3).",
        "bullying.body.suggestion": "Leave out remarks about someone's body.",
        "bullying.threat.message": "'{match}' is a threat; that is bullying and may be a crime (art. 1 and art. 3).",
        "bullying.threat.suggestion": "Do not post this. Angry or scared? Talk to your mentor or a counsellor.",
        "bullying.self-harm.message": "'{match}' urges someone to harm themselves or wishes them dead; "
        "that is severe bullying (art. 3).",
        "bullying.self-harm.suggestion": "Do not post this. If someone thinks about suicide: call 113 (0800-0113).",
        "bullying.exclusion.message": "'{match}' calls for shutting someone out; that is bullying (art. 3).",
        "bullying.exclusion.suggestion": "Let everyone take part. If there is a problem with someone, talk to your mentor.",
        "bullying.humiliation.message": "'{match}' exposes someone to ridicule; that is bullying (art. 3 and art. 8).",
        "bullying.humiliation.suggestion": "Do not share photos, videos or jokes about someone without their consent.",
        "bullying.mentioned.message": "'{match}' appears in a post about bullying or as a quote; check that it "
        "does not read as bullying.",
        "bullying.mentioned.suggestion": "Make clear that you name the word to counter bullying.",
        "speaking-for-school.resembles.message": "'{match}' reads much like posts in which the school itself "
        "speaks, although it has no 'on behalf of' (art. 2 and 7). When in doubt, do not post.",
        "speaking-for-school.resembles.suggestion": "Write as yourself ('I', 'my class') or share the school's own "
        "announcement with a link. School news belongs on the school's account.",
        "missing-source.resembles.message": "'{match}' reads much like posts with someone else's quote, figure, "
        "research or picture and no source, although the check cannot place it exactly (art. 7 and 8). When in "
        "doubt, do not post.",
        "missing-source.resembles.suggestion": "Say where it comes from: 'Source: …', 'Photo: …', 'via @…', or a "
        "link. If you do not know the source, leave it out.",
        "speaking-for-school.mandate.message": "'{match}': you write on behalf of the school, but this is a "
        "personal account (art. 2: do not spread messages in the name of Clusius College; art. 8).",
        "speaking-for-school.mandate.suggestion": 'Write as yourself ("I"), or share the post of the official '
        "school account. Want to say something for the school? Ask the communications team.",
        "speaking-for-school.we-school.message": "'{match}': you speak as the school itself, from a personal account "
        "(art. 2 and art. 7: make clear you speak in your personal role).",
        "speaking-for-school.we-school.suggestion": 'Write "I" instead of "we at the school", for example: '
        '"I work at Clusius College and I think …".',
        "speaking-for-school.official.message": "'{match}' presents this as an official message or position of the "
        "school; only the school's account may do that (art. 2 and art. 8).",
        "speaking-for-school.official.suggestion": "Share the school's official post with a link, or write what you "
        "think as your own opinion.",
        "speaking-for-school.speech.message": "'{match}': here the school itself speaks (a decision, announcement, "
        "opinion or greeting), but it comes from a personal account (art. 2 and art. 8).",
        "speaking-for-school.speech.suggestion": "Share the school account's post, or say who said it and where: "
        '"According to the Clusius College newsletter …".',
        "speaking-for-school.implied.message": "'{match}' sounds like the school's voice (\"we\" as the organisation) "
        "from a personal account; when in doubt, do not post (art. 4 and art. 7).",
        "speaking-for-school.implied.suggestion": 'Make clear you speak for yourself: "I" instead of "we", or '
        "leave the announcement to the school account.",
        "speaking-for-school.signature.message": "'{match}': the post is signed as the school, but it comes from a "
        "personal account (art. 2: post only under your own name).",
        "speaking-for-school.signature.suggestion": "Sign with your own name (and your role, if you like).",
        "speaking-for-school.personal-view.message": "You write about your work at '{match}' from a personal "
        "account. Tip (art. 4 and art. 7): say that this is your personal view.",
        "speaking-for-school.personal-view.suggestion": 'Add, for example: "Views are my own, not those of '
        'Clusius College."',
        "missing-source.quote.message": "'{match}' is a quotation without the name of who said or wrote it (art. 7: "
        "always quote with the author's name).",
        "missing-source.quote.suggestion": 'Add the name or the source, for example: "…" — Name, or '
        '"Source: …" with a link.',
        "missing-source.claim.message": "'{match}' presents research or figures as fact without a source (art. 7: "
        "always make your sources known).",
        "missing-source.claim.suggestion": 'Name the source or add a link, for example: "(source: CBS, 2025)". '
        "No source? Leave the figure out.",
        "missing-source.taken.message": "'{match}': this image or text comes from someone else without the maker's "
        "name; that may break copyright or portrait rights (art. 1 and art. 8).",
        "missing-source.taken.suggestion": "Use only your own images or images with permission, and credit the "
        'maker: "Photo: Name", "via @account" or "📸 @account".',
        # Pipeline formats (--format sarif/github/junit/jsonl/html) and --output.
        "report.format.suppressed": "suppressed",
        "report.format.reason": "reason: {reason}",
        "report.format.suppressed_heading": "Suppressed, with a reason (not counted in the verdict)",
        "report.format.html_title": "clusius-check report",
        "usage.output_is_input": "is an input (a draft or an image) and is never overwritten; "
        "choose another file for --output",
        "usage.output_is_image": "is an image file; a report does not belong there, choose another file for --output",
        # Suppression markers (suppressions.py) and the report's list of what they silenced.
        "suppression.no_reason.message": "The clusius-check marker on line {line} gives no reason, so it ignores "
        "nothing (art. 2: you are responsible; when in doubt, do not post).",
        "suppression.no_reason.suggestion": "Write after the rule why it does not apply here, for example: "
        "<!-- clusius-check: ignore missing-source — quote from my own interview -->",
        "suppression.unknown_rule.message": "The clusius-check marker on line {line} names '{rule}', but there "
        "is no such rule{hint}; nothing is ignored for it.",
        "suppression.unknown_rule.hint": " (did you mean '{rule}'?)",
        "suppression.unknown_rule.suggestion": "Use a rule id as 'clusius-check rules' lists them.",
        "suppression.unreadable.message": "The clusius-check marker on line {line} cannot be read, so it ignores "
        "nothing.",
        "suppression.unreadable.suggestion": "Write it like this: <!-- clusius-check: ignore RULE — reason -->, "
        "with 'ignore' or 'negeer', rules separated by commas and the reason after —, –, - or :.",
        "report.suppressed": "Ignored with a reason (does not count for the verdict)",
        "report.suppressed.reason": "reason: {reason}",
        "usage.changed_since_no_git": "git was not found; install git or leave out --changed-since",
        "usage.changed_since_not_repository": "is not inside a git repository, so --changed-since cannot work "
        "here ({reason})",
        "usage.changed_since_unknown": "unknown git revision '{revision}' (a commit, branch or tag, such as "
        "origin/main)",
        "usage.changed_since_git_failed": "git could not be run ({reason})",
        # explain and lesson (issue 8): problems with a school's explanation or lesson files, and usage.
        "explain.unknown_rule": "unknown rule '{rule}'; choose from: {known}",
        "explain.unreadable": "cannot be read ({reason})",
        "explain.invalid_yaml": "not valid YAML: {problem}",
        "explain.missing": "key '{key}' is missing",
        "explain.not_text": "key '{key}' must be text",
        "explain.unknown_key": "unknown key '{key}' (known: {known})",
        "explain.unknown_article": "key '{key}': article '{article}' is not in the protocol",
        "lesson.invalid_verdict": "key 'verdict' must be green, amber or red, not {value}",
        "lesson.invalid_choice": "key '{key}' must be one of {allowed}, not {value}",
        "lesson.no_drafts": "no lesson drafts (.yaml) found",
        "lesson.no_drafts_for_rule": "no lesson drafts for rule '{rule}'",
        "explain.terminal_only": "--explain only changes the terminal report; this format gets no explanations",
        "logo-profile-picture.match.message": "The profile picture {image} is the school's logo ({logo}). Art. 8: a logo "
        "must not be used as a person's profile picture",
        "logo-profile-picture.match.suggestion": "Choose a photo or avatar of your own. The logo belongs to the school's "
        "official accounts only.",
        "logo-in-image.match.message": "{image} contains the school's logo ({logo}). Art. 8: logos must not be used without "
        "permission; with the logo your post looks like an official message of the school",
        "logo-in-image.match.suggestion": "Take the logo out of the image, or ask the communication department for "
        "permission.",
    },
}


# Control characters from a user's file would drive the terminal (recolour the report, retitle the
# window). Each is shown as a visible symbol of the same length, so offsets of highlighted spans hold.
_INVISIBLE = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
_INVISIBLE[0x7F] = "\u2421"
_INVISIBLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})


def visible(text: str) -> str:
    """`text` with control characters (escape sequences, bells, C1 codes) shown, not obeyed."""
    return text.translate(_INVISIBLE)


def say(language: str, key: str, /, **params: object) -> str:
    """The message `key` in `language`, falling back to Dutch, then to the key itself.

    A parameter that is itself a Message is said in the same language ("key 'x': <problem>").
    """
    template = MESSAGES.get(language, {}).get(key) or MESSAGES["nl"].get(key) or key
    if not params:
        return template
    rendered = {
        name: value.render(language) if isinstance(value, Message) else value
        for name, value in params.items()
    }
    return template.format(**rendered)


@dataclass(frozen=True)
class Message:
    """A sentence kept as a key and parameters until the report's language is known."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, language: str) -> str:
        return say(language, self.key, **dict(self.params))


def message(key: str, /, **params: object) -> Message:
    return Message(key, tuple(params.items()))


@dataclass(frozen=True)
class Notice:
    """A message about one file: rendered as "<file>: <message>", the one-line form of every input problem."""

    path: str
    message: Message

    def render(self, language: str) -> str:
        return f"{self.path}: {self.message.render(language)}"


class NoticeError(Exception):
    """Input a person must fix. Carries a Notice; str() is English, for logs and tracebacks."""

    def __init__(self, path: str, key: str, /, **params: object):
        self.notice = Notice(path, message(key, **params))
        self.path = path
        super().__init__(self.notice.render("en"))

    def render(self, language: str) -> str:
        return self.notice.render(language)
