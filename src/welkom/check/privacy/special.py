"""Special-category data about a person readers can find (AVG art. 9, art. 10, homelessness).

"De buurvrouw van 2 hoog heeft schizofrenie" names nobody, yet everyone in the flat knows who
is meant. This detector reports a sentence that has

* a **topic**: health (body and mind), psychiatric care, addiction, criminal record or
  detention, homelessness or shelter, religion, sexual orientation or gender identity,
  ethnicity, political or union membership; and
* a **tie** to a person someone can find: a name, a neighbour or person word ("de buurvrouw",
  "de nieuwe bewoner", "de man van", "zijn vrouw", "mijn bovenbuurman") or a locator (house
  number, floor, portiek, street, "naast de bakker", "in het hoekhuis").

General information ("Heb je psychische klachten? Bel 113") has no tie. A teller speaking about
themself ("Ik heb zelf op straat geleefd") is allowed: "ik" is not a tie, unless the same sentence
also locates the teller ("ik woon op nummer 8 en ...").

Cost: one compiled regex on the lowercased text; only a hit goes on to the sentence tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .base import ERROR, Finding

# Topic stems, per group. Matched at the start of a word; most stems match their compounds and
# inflections ("verslav" → verslaving, verslavingszorg).
TOPICS: dict[str, str] = {
    "gezondheid": (
        r"ziek(?:e|te|ten)?\b|ziekenhuis|kanker|chemo|tumor|bestraling|dementie|dement\b|alzheimer"
        r"|parkinson|ms\b|diabet|suikerziek|hartinfarct|hartaanval|hartpatiënt|beroerte|hiv\b"
        r"|aids\b|epilep|copd|blind(?:e|heid)?\b|doof|dove\b|gehandicapt|handicap|beperking"
        r"|verstandelijk|autis|adhd|add\b|hersenletsel|\bnah\b|syndroom|downsyndroom|terminaal"
        r"|ongeneeslijk|palliatie|hospice|zwanger|miskraam|medicijn|medicatie|dialyse"
        r"|rolstoel|invalide|long(?:ziekte|kanker)|reuma|chronisch"
    ),
    "psychische gezondheid": (
        r"depressi|burn-?out|overspannen|angststoorn|paniekaanval|psychos|psychotisch|schizofre"
        r"|bipolair|manisch|\bmanie\b|borderline|ptss|trauma|anorexi|boulimi|eetstoorn|suïcid"
        r"|suicid|zelfmoord|zelfbeschadig|psychiatr|psychisch|ggz|kliniek|opname|opgenomen"
        r"|gesloten afdeling|dwangopname|tbs\b|tbs-|psycholoog|psychiater|therapie|verward"
        r"|beschermd wonen|begeleid wonen|instelling"
    ),
    "verslaving": (
        r"verslav|verslaafd|afkick|alcoholis|alcoholprobleem|drankprobleem|aan de drank"
        r"|aan de drugs|drugsgebruik|junk|heroïne|heroine|cocaïne|cocaine|methadon|gokversla"
    ),
    "verleden met justitie": (
        r"gevangenis|bajes|gedetineerd|detentie|\bcel\b|veroordeeld|strafblad|vrijgekomen"
        r"|net vrij\b|enkelband|reclassering|bekend bij de politie|taakstraf|crimineel"
        r"|(?:jaar|jaren|maanden|maand|lang|tijdje)\s+(?:vast)?gezeten|heeft\s+(?:vast)?gezeten"
        r"|in de bak\b|dealer|drugsdeal|opgepakt|gearresteerd"
    ),
    "dakloosheid of opvang": (
        r"dakloos|daklozen|nachtopvang|opvang\b|vrouwenopvang|blijf-van-mijn-lijfhuis|zwerver"
        r"|op straat (?:geleefd|leefde|leeft|slaapt|sliep|geslapen|gewoond)|thuisloos"
    ),
    "geloof": (
        r"moslim|islamitisch|christen|christelijk|katholiek|protestant|gereformeerd|\bjood\b"
        r"|joods|hindoe|hindoeïst|boeddhist|jehova|atheïst|gelovig|bekeerd|synagoge"
        r"|naar de moskee|naar de kerk|hoofddoek"
    ),
    "seksuele voorkeur of gender": (
        r"homo\b|homoseksu|lesbi|biseksu|transgender|\btrans\b|non-binair|queer|lhbt"
        r"|in transitie|op mannen\b|op vrouwen\b|travestiet|interseks"
    ),
    "afkomst": (
        r"marokkaan|turks\b|turkse|surinaam|antilliaan|eritre|syrisch|somalisch|somaliër"
        r"|afghaans|afghaan|pools\b|poolse|oekraïens|oekraiens|koerd|roma\b|allochto"
        r"|buitenlander|afkomst|vluchteling|statushouder|asielzoeker|gevlucht|islamiet"
        r"|zigeuner|donker(?:e)? huid|zwarte man|zwarte vrouw"
    ),
    "politieke voorkeur of lidmaatschap van een vakbond": (
        r"vakbond|\bfnv\b|\bcnv\b|lid van de (?:pvv|vvd|sp|pvda|groenlinks|cda|d66|fvd|bbb|cu"
        r"|sgp|denk|volt|partij|communistische)|stemt op|communist|partijlid"
    ),
}
_GROUPS = list(TOPICS)
TOPIC = re.compile(
    "|".join(f"(?P<g{i}>(?<!\\w)(?:{TOPICS[g]}))" for i, g in enumerate(_GROUPS)),
    re.IGNORECASE,
)

# Words for a person next door, in the street or in a family: with these a reader can find them.
_NEIGHBOUR = (
    r"(?:buur(?:vrouw|man|meisje|jongen|kind|meid|tje)|bovenbu\w+|onderbu\w+|overbu\w+"
    r"|naastbu\w+|achterbu\w+|bewoner|bewoonster|huurder|huurster|flatgenoot|portiekgenoot"
    r"|huisgenoot|straatgenoot)\b"
)
_PERSON = r"(?:man|vrouw|jongen|meisje|mevrouw|meneer|familie|gezin|dame|heer|knul|meid|kerel|jongeman|oudere|opa|oma|tiener|kinderen|moeder|vader|stel|jongens|meiden)"
_FAMILY = r"(?:vrouw|man|zoon|dochter|moeder|vader|broer|zus|kind|kinderen|partner|vriend|vriendin|opa|oma)"
TIE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:de|het|die|dat|onze|ons|mijn|jullie|zijn|haar)\s+(?:\w+\s+)?(?:" + _NEIGHBOUR + r"|buren\b)"
    r"|(?:de|die|dat|het|een|deze)\s+(?:\w+\s+)?" + _PERSON + r"\s+(?:van|op|uit|in|naast|met|bij|aan|tegenover|om)\b"
    r"|(?:zijn|haar|hun|z'n|d'r)\s+" + _FAMILY + r"\b"
    r"|(?:" + _NEIGHBOUR + r")\b"
    r"|(?:meneer|mevrouw|mw|mevr|dhr|hr|ome|tante|opa|oma)\b\.?\s+(?:op|van|uit|in|naast)\b"
    r")",
    re.IGNORECASE,
)
LOCATOR = re.compile(
    r"(?<![\w-])(?:"
    r"(?:nummer|nr\.?|no\.?|huisnummer)\s*\d+"
    r"|\d+\s*(?:hoog|hg)\b|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s*hoog\b"
    r"|\d+\s*(?:e|ste|de)\s+(?:verdieping|etage|portiek|flat)|(?:op|van)\s+de\s+\d+\s*(?:e|ste|de)\b"
    r"|(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|bovenste"
    r"|onderste)\s+(?:verdieping|etage|portiek)|(?:op|van)\s+de\s+(?:eerste|tweede|derde|vierde"
    r"|vijfde|zesde|zevende|achtste|negende|tiende|bovenste)\b"
    r"|portiek\s*\d+|begane grond|parterre|hoekhuis|hoekwoning|naast de \w+|tegenover de \w+"
    r"|van de overkant|aan de overkant|om de hoek|op de hoek|hiernaast|hiertegenover"
    r"|(?:van|op|in|aan|uit)\s+de\s+[A-Z]\w*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park)\b"
    r"|[A-Z]\w*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof)\s+\d+"
    r")"
)
_WORD_END = re.compile(r"[\w-]*")
# "Een buurvrouw bracht soep toen ik ziek was": "ik" between the person and the topic.
_FIRST_PERSON = re.compile(r"(?<!\w)(?:ik|ikzelf|wij|we)(?!\w)", re.IGNORECASE)
# A clause: the part of a sentence between punctuation. "Als moslim vier ik het Suikerfeest, en
# de buren kwamen proeven" ties nothing to the buren; the topic and its tie share a clause.
_CLAUSE = re.compile(r"(?:[^.!?;:,\n]|[.,:](?=\d))+")
# With only a locator ("op de 2e verdieping"), the clause must also be about a person.
_PERSONISH = re.compile(
    r"(?<!\w)(?:woon|woont|wonen|woonde|iemand|hij|zij|ze|hem|" + _PERSON[3:-1] + r")(?!\w)",
    re.IGNORECASE,
)

MESSAGE = (
    "Deze zin vertelt iets over {group} ('{topic}') van iemand die lezers kunnen herkennen "
    "('{tie}'). Dat kan die persoon pijn doen: buren gaan anders naar iemand kijken, en de site "
    "is voor iedereen te zien. Vertel het zonder aan te wijzen over wie het gaat: laat het "
    "huisnummer, de verdieping, de straat of de naam weg, of schrijf het algemeen, bijvoorbeeld "
    "'sommige buren hebben het zwaar'. Vertelt iemand het over zichzelf, zonder waar hij woont? "
    "Dan mag het."
)


def find(text: str, names: Sequence[tuple[int, int, str]] = ()) -> Iterator[Finding]:
    """Topics tied to a findable person, per clause; ``names`` are names found in ``text``."""
    topics = list(TOPIC.finditer(text))
    if not topics:
        return
    clauses = [m.span() for m in _CLAUSE.finditer(text)]
    done: set[tuple[int, int]] = set()
    for match in topics:
        clause = next(((s, e) for s, e in clauses if s <= match.start() < e), None)
        if clause is None or clause in done:
            continue
        tie = _tie(text, *clause, names, match.start())
        if tie is None:
            continue
        done.add(clause)
        group = _GROUPS[int(str(match.lastgroup)[1:])]
        end = _WORD_END.match(text, match.end()).end()  # type: ignore[union-attr]
        topic = text[match.start() : end].rstrip("-")
        yield Finding(
            match.start(), match.start() + len(topic), ERROR, "privacy.special",
            MESSAGE.format(group=group, topic=topic, tie=tie),
        )  # fmt: skip


def _tie(
    text: str, start: int, end: int, names: Sequence[tuple[int, int, str]], topic: int
) -> str | None:
    for s, _e, name in names:
        if start <= s < end:
            return name
    first_person = _FIRST_PERSON.search(text, start, topic)
    for hit in TIE.finditer(text, start, end):
        if first_person is not None and (hit.start() > topic or hit.end() <= first_person.start()):
            continue  # "Ik ben moslim en ik vier Kerst met de buren": about the teller
        return " ".join(hit.group().split())
    hit = LOCATOR.search(text, start, end)
    if hit is not None and _PERSONISH.search(text, start, end):
        return " ".join(hit.group().split())
    return None
