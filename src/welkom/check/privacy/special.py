"""Special-category data about a person readers can find (AVG art. 9, art. 10, homelessness).

"De buurvrouw van 2 hoog heeft schizofrenie" names nobody, yet everyone in the flat knows who
is meant. This detector reports a sentence that has

* a **topic**: health (body and mind), psychiatric care, addiction, criminal record or
  detention, homelessness or shelter, religion, sexual orientation or gender identity,
  ethnicity, political or union membership; and
* a **tie** to a person someone can find: a name, a neighbour or person word ("de buurvrouw",
  "de nieuwe bewoner", "de man van", "zijn vrouw", "mijn bovenbuurman") or a locator (house
  number, floor, portiek, street, "naast de bakker", "in het hoekhuis").

A role the buurt has one of is a person too ("de huismeester, zelf herstellend alcoholist",
"de wijkagent, net terug na zijn burn-out"); "een wijkagent" and "meld het bij de wijkagent"
are not. The topic lists are built per group and register (clinical, lay, slang, abbreviations,
common misspellings); words with an everyday meaning ("nuchter", "droog", "clean") count only
in the shape of a history ("twee jaar nuchter", "sinds maart clean").

General information ("Heb je psychische klachten? Bel 113") has no tie. A teller speaking about
themself ("Ik heb zelf op straat geleefd") is allowed: "ik" is not a tie, unless the same sentence
also locates the teller ("ik woon op nummer 8 en ...", "Ik, van de blauwe deur naast de
snackbar, ...").

Cost: one tokenising regex and a dict lookup per word; only a hit goes on to the clause tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .base import ERROR, Finding, merge_spans, whole_words, words

# Topic words per group, as word beginnings: "verslav" covers verslaving, verslavingszorg. A
# word ending in "$" must match whole ("ms$", "cel$"). Looked up per word through an index on
# the first four letters, so a text without any topic word costs one tokenising regex.
STEMS: dict[str, str] = {
    "gezondheid": """
        ziek$ zieke$ ziekte ziekten ziekenhuis kanker chemo tumor bestraling dementie dement$
        alzheimer parkinson ms$ diabet suikerziek hartinfarct hartaanval hartpatiënt beroerte
        hiv$ aids$ epilep copd$ blind$ blinde$ blindheid doof$ dove$ gehandicapt handicap
        beperking verstandelijk autis adhd$ add$ hersenletsel
        hersenbloeding herseninfarct coma$ nah$ syndroom downsyndroom cva$ ocd$ pdd$ pdd-nos
        ass$ dementer
        overdosis ptss-klachten
        terminaal ongeneeslijk palliatie hospice zwanger bevallen miskraam medicijn
        medicatie dialyse
        rolstoel invalide longziekte longkanker reuma chronisch hartpatient slechtziend
        slechthorend doofheid kankerpatiënt hepatitis tbc$ tuberculose leukemie hartfalen
        nierziekte nierpatiënt artrose hernia fibromyalgie obesitas migraine soa$ long-covid
        ongeneeslijk ziekbed bedlegerig incontinent stoma amputatie geamputeerd dwarslaesie
        geopereerd insuline antidepressiva wajong$ wajonger dagbesteding rollator scootmobiel
        gehoorapparaat geleidehond blindengeleide doodziek demente$ doofstom hartproblem
        hartklacht longproblem nierproblem vergeetachtig rugklacht longklacht aftakel dwaalt$
        astma$ astmatisch sclerose parese spastisch verlamming lupus$ crohn colitis
        diabeet diabetici uitgezaaid bestraald chemokuur revalideert$ prothese transplantatie
        revalideerde$ revalideren$ revalidatiecentrum
        pacemaker getransplant kunstheup kunstknie doofblind lvb$ arbeidsongeschikt ziekgemeld
        onvruchtbaar seropositief hartoperatie nierdialyse dialysepatiënt lymfoom melanoom
        sarcoom huntington dystrofie mindervalide spast$ downie$ wia$ wao$ ivf$ abortus
        stervend
        ziektewet$ zwakzinnig dementee hoogzwanger kunstbeen kunstarm kunstoog hersenschudding
        hartstilstand
    """,
    "psychische gezondheid": """
        depressi burn$ burnout overspannen angststoorn paniekaanval psychose psychoses$
        psychotisch schizofre bipolair manisch manie$ borderline ptss$ trauma anorexi boulimi
        eetstoorn suïcid suicid zelfmoord zelfbeschadig psychiatr psychisch ggz kliniek
        opname$ opgenomen dwangopname tbs$ psycholoog psychiater therapie verward
        instelling woonbegeleid
        psycho$ psychopaat psychopate psychopaten geschift
        doorgedraaid zwakbegaafd achterlijk mongool debiel schizo$ depri$ psych$ getikt$
        kierewiet mesjogge
        parnassia$ altrecht$ emergis$ dimence$ lentis$ yulius$
        veldzicht$ mesdagkliniek pompekliniek pompestichting oldenkotte kijvelanden
        forensisch forensische$
        ptsd$ asperger dwangneurose dwanggedachte smetvrees angstaanval hyperventil
        crisisopvang crisisdienst separeer gesepareerd ibs$ zorgmachtiging crisismaatregel
        antipsychotica lithium$ dagbehandeling paranoïd paranoid kleptoman pyromaan
        zenuwinzinking labiel$ labiele$ emdr$
        depresi psygiat psichiat sgizo
    """,
    "verslaving": """
        verslav verslaafd alcoholverslaaf drugsverslaaf gokverslaaf afkick alcoholis
        alcoholprobleem drankprobleem junk$ korsakov wernicke drankzucht zuiplap dronkenlap
        junkie heroïne heroine cocaïne cocaine methadon gokverslav drugsgebruik
        coke$ crack$ zuip zoop$ zopen$ bezopen ladderzat stomdronken straalbezopen lazarus$
        cokesnuiver harddrug cokegebruik probleemdrink drankmisbruik drugsmisbruik
        alcoholmisbruik junks$ blowt$ blowde$ blowden$ blower$ blowers$ lazerus$ gokschuld
        gokprobleem drankorgel vergokt
        verslaaft$ alcholis alkoholis afgekickt ontwenning detox$ jellinek$ tactus$ brijder$
        methadonbus blowen$ gokker$ gokkers$ zuipschuit alcoholic cokehoer
    """,
    "verleden met justitie": """
        gevangenis bajes$ gedetineerd detentie cel$ veroordeeld strafblad vastgezeten
        vastgezet vastzitten jeugdgevangenis jeugddetentie
        vrijgekomen vrijgelaten uitgezeten
        enkelband reclassering taakstraf crimineel dealer$ drugsdeal opgepakt dealen$ dealt$
        dealde$ dealden$
        gearresteerd drugshandel
        alcoholslot rijontzegging petoet$ tralies$ voorwaardelijk$ gedetineerde dealers$
        bajesklant criminel gevangene
        straatverbod contactverbod gebiedsverbod huisverbod werkstraf celstraf voorarrest
        bijlmerbajes$ norgerhaven$ esserheem$
        penitentiair veroordeling delict delinquent zedendelict zedenzaak pedofiel pedo$
        verkracht jeugdinrichting hechtenis heler$ helers$
    """,
    "dakloosheid of opvang": """
        dakloos daklozen nachtopvang opvang$ vrouwenopvang zwerver thuisloos daklozenopvang
        dakloz thuisloz opvanghuis zwerft$ bankslap noodopvang winteropvang sleepin$
        briefadres zwerfjonger huisuitzetting
    """,
    "geloof": """
        moslim islamitisch christen christelijk katholiek protestant gereformeerd jood$ joods
        hindoe boeddhist jehova atheïst gelovig bekeerd synagoge hoofddoek islamiet
        bekeer christin joden$ keppel boerka nikab niqab niqaab hidjab hijab sikh$ sikhs$
        jezidi alevit sjiiet soenniet mormoon religieu vroom$ vrome$ afvallig koran
        sjiit soennit sunnit shiit
        islam$ boeddhis evangelisch pinkstergemeente baptist kerkganger kerks$ kerkse$ jodin
        bekeerling ongelovig koosjer
        orthodox$ orthodoxe$ salafist salafi$ gesluierd$
    """,
    "seksuele voorkeur of gender": """
        homo$ homo's$ homoseksu lesbi biseksu transgender trans$ binair queer lhbt
        travestiet interseks
        gay$ gays$ lesbo transvrouw transman homostel homopaar
        homofiel flikker$ flikkers$ aseksu panseksu transseksu genderfluid genderfluïd
    """,
    "afkomst": """
        marokkaan turks$ turkse$ surinaam antilliaan eritre syrisch somalisch somaliër afghaans
        afghaan pools$ poolse$ oekraïens oekraiens koerd roma$ allochto buitenlander afkomst
        vluchteling statushouder asielzoeker gevlucht zigeuner syriër syriers syriërs
        bulgaar roemeen ghanees ghanese nigeriaan kaapverdi indonesi molukker moluks chinees$
        chinese$ kaapverdiaan dominicaan hindoestan azc$ ongedocumenteerd uitgeprocedeerd
        verblijfsvergunning migratieachtergrond getint$ getinte$
        marokkan surinamer antillian turk$ turken$ afghanen$ roemenen$ bulgaren$ ghanezen$
        nigerianen$ pakistaan irakees irakese iraakse$ iraans iraanse$ iraniër ethiopiër
        ethiopische$ soedanees soedanese jemenitisch kleurling neger$ negers$ hindostaan
        vietnamees vietnamese$ filipijn oekraïner oekrainer rus$ russen$ hongaar
        italiaan$ italianen$ spanjaard woonwagenbewoner indo$ creool$ creolen$
    """,
    "politieke voorkeur of lidmaatschap van een vakbond": """
        vakbond fnv$ cnv$ communist partijlid
        socialist$ socialisten$ anarchist$ anarchisten$ extreemrechts extreemlinks
    """,
    # Not art. 9, but as stigmatising when tied to one household: debts, debt counselling,
    # a guardian for money matters, the food bank.
    # A child taken into care, a family under supervision: not art. 9, as stigmatising.
    "jeugdzorg": """
        jeugdzorg uithuisplaatsing uithuisgeplaatst ondertoezichtstelling gezinsvoogd
        jeugdbescherming
        jeugdinstelling pleeggezin$ gezinshuis$ pleegkind$
    """,
    "geldzorgen": """
        schulden$ schuldhulp schuldsaner schuldenlast schuldeiser deurwaarder bewindvoer
        beschermingsbewind budgetbeheer voedselbank voedselpakket wsnp$ huurachterstand
        betalingsachterstand geldzorg geldproblem geldnood
    """,
}
# The end of a clause right after a verb: "de buurman gebruikt." or "… drinkt, dat weet iedereen";
# not "de buurman gebruikt de ladder" (an object follows).
_END = (
    r"(?=\s*(?:[^\w\s'’\"]|$)|\s+(?:en|maar|dus|want|hoor|he|hè|joh|of|toch|zegt|volgens|sinds"
    r"|omdat|als|ik|we|wij|iedereen|dat|denk|geloof|echt)\b)"
)
# The end of a sentence: "de buurman drinkt." (not "drinkt, eet en lacht mee").
_STOP = (
    r"(?=\s*(?:[^\w\s,;:'’\"()-]|$)|\s*,\s*(?:dat|dus|echt|hoor|zegt|iedereen|ik|je|maar|al"
    r"|elke|iedere|de\s+hele)\b)"
)
# Words that only say how often or how long: "gebruikt al jaren", "drinkt elke avond".
_HOW = (
    r"(?:\s+(?:al|weer|nog|steeds|jaren|jaar|lang|echt|ook|veel|flink|zwaar|stevig|heel|erg|wel"
    r"|gewoon|stiekem|opnieuw|dagelijks|elke|iedere|dag|avond|ochtend|nacht|de|hele|te|teveel"
    r"|kort|sinds|tijden|inmiddels|nu|volgens|mij|tegenwoordig|behoorlijk|nogal))*"
)
_COUNTRIES = words(
    """
    marokko turkije suriname syrië syrie eritrea somalië somalie afghanistan irak iran polen
    oekraïne oekraine roemenië roemenie bulgarije ghana nigeria ethiopië ethiopie soedan jemen
    curaçao curacao aruba indonesië indonesie pakistan kaapverdië
    """
)
_PARTY = (
    r"(?:pvv|vvd|sp|pvda|groenlinks|gl|cda|d66|fvd|forum\s+voor\s+democratie|bbb|cu|christenunie"
    r"|sgp|denk|volt|ja21|nsc|pvdd|partij\s+voor\s+de\s+dieren|50plus|bij1)"
)
# How long someone has been sober or clean: "twee jaar nuchter", "al 10 maanden droog",
# "sinds maart clean". Without a span of time "nuchter" is down to earth and "droog" is weather.
_SPAN = (
    r"(?:(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalf|paar"
    r"|half|halve|heel|hele|ruim|bijna)\s+)+(?:jaar|jaren|maanden|maand|weken|week|dagen|dag)"
    r"|sinds\s+(?:(?:vorig|vorige|afgelopen|begin|eind|half|midden)\s+)?[\w']+"
    r"|(?<=al\s)(?:jaren|maanden|weken)"
)
_RECOVERY = (
    r"(?:" + _SPAN + r")\s+(?:(?:al|nu|weer|helemaal|volledig|gelukkig|eindelijk)\s+)?"
    r"(?:nuchter|droog|clean|alcoholvrij|drugsvrij|van\s+de\s+(?:drank|drugs|alcohol|coke"
    r"|heroïne|pillen)\s+af)(?![\w])"
    r"|(?:nuchter|clean|droog)\s+(?:sinds|al)\s+(?:" + _SPAN + r"|\d{4})(?![\w])"
)
# Drinks by name, after a quantity or a daily habit: "twee flessen jenever".
_DRINK = (
    r"(?:jenever|wodka|vodka|whisky|whiskey|rum|cognac|brandewijn|sterke\s+drank|drank|bier|pils"
    r"|wijn|rosé|alcohol|breezers?|bessenjenever|likeur|goedkope\s+wijn|jenevertjes?"
    r"|borreltjes?|borrels?)(?![\w])"
)
# Where someone without a home sleeps: "in zijn auto", "in een tentje", "in die grijze auto".
_SHELTERS = (
    r"(?:auto|autootje|tent|tentje|busje|bus|camper|schuur|schuurtje|garage|fietsenhok"
    r"|fietsenstalling|kelderbox|trappenhuis|bushokje|portiek|bosjes|park)"
)
# Topics of more than one word, with the word that must be in the text for them to be tried.
PHRASES: dict[str, str] = {
    "verslaving": (
        # the verb alone: "de buurman van 3 hoog snuift.", "die jongen gokt, iedereen weet het"
        r"(?:snuift|snoof|gokt|gokte)" + _HOW + _END + r"|"
        # "viel om door de drank", "zijn baan kwijt door de drank"
        r"(?:door|van)\s+de\s+drank(?![\w])(?!\s+(?:en|of)\s+(?:het\s+)?eten)|"
        r"aan de (?:drank|drugs|coke|cocaïne|crack|heroïne|heroine|pillen|speed|lachgas|alcohol"
        r"|naald|gokkasten|gokautomaten)"
        r"|(?:zit|zat|zitten|raakt|raakte|hangt|hing)\s+(?:\w+\s+){0,2}?aan de fles"
        r"|(?:gebruikt|gebruiken|gebruikte|gebruikten)\s+(?:\w+\s+)?"
        r"(?:drugs|harddrugs|coke|cocaïne|heroïne|crack)"
        r"|drugs\s+(?:gebruikt|gebruiken|gebruikte|gebruikten)"
        # the verb alone is the addiction: "onze bovenbuurman gebruikt", "die drinkt al jaren"
        r"|(?:gebruikt|gebruikte|spuit|spoot|zuipt|zoop)"
        + _HOW
        + _END
        + r"|(?:drinkt|dronk)(?:\s+(?:al|weer|nog|steeds|jaren|veel|flink|zwaar|stevig|dagelijks"
        r"|elke\s+dag|de\s+hele\s+dag|te\s+veel|teveel|stiekem))+"
        + _END
        + r"|(?:drinkt|dronk)"
        + _STOP
        + r"|(?<![\w])ex-(?:gebruikers?|drugsgebruikers?)(?![\w])"
        # a quantity or a daily habit of drink: "drinkt elke dag twee flessen jenever", "zuipt
        # kratten bier", "drinkt 's ochtends al wodka"; not "drinkt een glas wijn mee"
        + r"|(?:drinkt|dronk|drinken|zuipt|zuipen|zoop|zopen)\s+(?:[\w']+\s+){0,4}?"
        r"(?:flessen|kratten|blikken|blikjes"
        r"|liters?|halve\s+liters|(?:hele|halve)\s+(?:fles|krat))\s+(?:\w+\s+)?"
        + _DRINK
        + r"|(?:drinkt|dronk|drinken|zuipt|zuipen|zoop|zopen)\s+(?:\w+\s+){0,4}?(?:(?:elke|iedere)"
        r"\s+(?:dag|ochtend)"
        r"|'s\s+(?:ochtends|morgens)(?:\s+al)?|de\s+hele\s+dag|al\s+voor\s+het\s+ontbijt)\s+"
        r"(?:(?:een|\w+)\s+(?:fles|flessen|krat|kratten|blik|blikken)\s+)?"
        r"(?:(?:zijn|haar|z'n|d'r|eerste)\s+)?"
        + _DRINK
        # "drinkt veel alcohol", "zuipt flink bier"; not "drinkt veel water"
        + r"|(?:drinkt|dronk|zuipt|zoop)\s+(?:(?:veel|te\s+veel|teveel|flink|stevig|zwaar|al|nog"
        r"|steeds|erg)\s+)+"
        + _DRINK
        + r"|(?:drinkt|dronk)\s+(?:\w+\s+){0,3}?(?:te\s+veel|teveel)(?!\s+(?:water|thee|koffie"
        r"|melk|fris|limonade|sap|cola))"
        r"|(?:is|was|zijn|waren|wordt|werd|raakt|raakte)\s+(?:(?:altijd|vaak|weer|steeds|meestal"
        r"|al|regelmatig|constant|ook|echt|eens|elke|dag|avond|stom|straal)\s+)*(?:dronken|stoned"
        r"|onder\s+invloed)"
        + _END
        + r"|(?:zware|stille|flinke|echte)\s+drinker|als\s+een\s+tempelier"
        r"|(?:is|was)\s+aan\s+het\s+zuipen"
        r"|(?:altijd|vaak|weer|steeds|meestal|constant)\s+(?:dronken|stoned|high|bezopen)"
        r"|(?:ruikt|rook|stinkt|stonk)\s+(?:\w+\s+){0,2}?naar\s+(?:drank|alcohol|bier|drugs)"
        r"|gokt\s+(?:\w+\s+){0,3}?weg"
        # "hij is weer aan het drinken", "is opnieuw gaan gebruiken"; not "aan het drinken op
        # het terras" (a place follows)
        r"|(?:is|zijn|was|waren|raakt|raakte)\s+(?:(?:weer|opnieuw|al|nog|steeds|flink|stevig|zwaar"
        r"|echt|helemaal|elke\s+dag)\s+)*aan\s+het\s+(?:drinken|gebruiken|blowen|gokken"
        r"|snuiven|spuiten)"
        + _END
        + r"|(?:weer|opnieuw)\s+(?:(?:gaan|begonnen|begint|beginnen)\s+(?:met\s+|te\s+)?)?"
        r"(?:drinken|gebruiken|zuipen|blowen|gokken|snuiven)"
        + _END
        + r"|"
        + _RECOVERY
        # "zit bij de AA", "gaat elke week naar de AA" (capitals checked in ``topics``: "de Aa"
        # is a river)
        + r"|(?:zit|zat|zitten|zaten|gaat|ging|gaan|gingen|loopt|liep|komt|kwam)\s+"
        r"(?:(?:al|nu|sinds|kort|elke|iedere|week|weer|ook|trouw|jaren|een|tijd)\s+)*"
        r"(?:bij|naar|op)\s+(?:de\s+)?aa(?![\w-])"
        r"|(?<![\w-])aa[- ](?:meeting|meetings|bijeenkomst|bijeenkomsten|groep)(?![\w])"
        r"|anonieme\s+(?:alcoholisten|verslaafden)"
        r"|(?:heeft|had|kreeg|krijgt)\s+(?:\w+\s+){0,2}?terugval(?![\w])"
        r"|(?:gestopt|stopt|stoppen)\s+met\s+(?:drinken|drugs|gebruiken|blowen|gokken|de\s+drank)"
        + _END
        + r"|(?:is|ben|zijn|was|raakte|kwam|komt)\s+(?:(?:net|al|nu|eindelijk|helemaal|weer)\s+)*"
        r"van\s+de\s+(?:drank|drugs|coke|heroïne|alcohol|pillen|naald)\s+af(?![\w])"
    ),
    "verleden met justitie": (
        # "kwam vorige week vrij", "komt in maart vrij uit Vught"; not "er kwam een plek vrij"
        # (no person: the tie decides) or "is vrij op dinsdag"
        r"(?:kwam|komt|kwamen|komen)\s+(?:(?:net|pas|vorige|vorig|week|maand|jaar|gisteren"
        r"|eindelijk|onlangs|binnenkort|in|na|\w+ste|\w+de|januari|februari|maart|april|mei|juni"
        r"|juli|augustus|september|oktober|november|december)\s+){0,3}vrij(?=\s*(?:[.,!?;:]|$)"
        r"|\s+(?:uit|na|en|maar|dus|want)\b)|"
        r"(?:verkoopt|verkopen|verkocht|verkochten|dealt)\s+(?:\w+\s+)?(?:drugs|harddrugs|coke"
        r"|wiet|crack)|net vrij|bekend bij de politie|bekende van de politie"
        r"|(?:in|uit) de (?:bak|lik|nor)"
        r"|(?:jaar|jaren|maanden|maand|lang|tijdje)"
        r"\s+(?:vast)?gezeten|heeft\s+(?:vast)?gezeten|(?:zit|zat|zitten|zaten)\s+vast\s+voor"
        r"|(?:in|uit)\s+de\s+pi(?![\w])|huis\s+van\s+bewaring"
        # "de zoon van de buren zit vast", "zit nu vast sinds maart"; "zit vast in de file" not
        r"|(?:zit|zat|zitten|zaten)\s+(?:(?:nu|al|weer|sinds|kort|een|tijdje|maanden|jaren|jaar"
        r"|nog|steeds|inmiddels|gewoon|\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf"
        r"|twaalf|achttien|anderhalf|half|halfjaar|paar|ruim|bijna|maand|week|weken|dagen|lang"
        r"|toen|vroeger|ooit|vorige|vorig|afgelopen|gisteren|eergisteren|begin|eind|de|dit|het"
        r"|zomer|kerst|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
        r"|november|december)\s+)*vast(?=\s*(?:[.,!?;:)\n]|$)|\s+(?:sinds|omdat|want"
        r"|dus|en|maar|al|voor|wegens|vanwege|na)\b|\s+in\s+(?:de\s+|het\s+)?(?:gevangenis|bajes|cel|lik|bak|nor|petoet"
        r"|voorarrest|hechtenis|pi|huis\s+van\s+bewaring|jeugdinrichting|tbs|detentie))"
        r"|(?:gepakt|opgepakt|meegenomen|aangehouden)\s+(?:\w+\s+){0,2}?door\s+de\s+politie"
        r"|(?:is|werd|zijn|werden)\s+(?:\w+\s+){0,2}?(?:opgepakt|aangehouden)(?![\w])"
        # "wordt geslagen door haar man", "hij slaat haar"
        r"|(?:wordt|werd|worden|werden)\s+(?:(?:al|vaak|soms|thuis|weer|nog)\s+)*(?:geslagen"
        r"|mishandeld)(?![\w])(?!\s+(?:tijdens|bij|op)\s+(?:de|het)\s+(?:wedstrijd|training"
        r"|voetbal|toernooi))|(?:hij|zij|ze)\s+slaat\s+(?:haar|hem|de\s+kinderen)(?![\w])"
        r"|gezocht\s+door\s+de\s+politie|huiselijk\s+geweld|(?:zijn|haar|z'n|d'r)\s+straf\s+uit"
        r"|slaat\s+(?:zijn|haar|z'n|d'r)\s+(?:vrouw|man|kinderen|kind|partner|vriendin|vriend)"
        # "heeft zijn vrouw geslagen", "moet voor de rechter komen", "heeft in Vught gezeten"
        r"|(?:heeft|had|hebben)\s+(?:zijn|haar|z'n|d'r|hun)\s+(?:vrouw|man|kinderen|kind|partner"
        r"|vriendin|vriend|moeder|vader)\s+(?:\w+\s+)?(?:geslagen|mishandeld)(?![\w])"
        r"|(?:moet|moest|moeten)\s+(?:\w+\s+){0,2}?(?:voor|naar)\s+"
        r"de\s+(?:rechter|rechtbank|politierechter|kinderrechter)(?![\w])"
        r"|(?:gezeten|vastgezeten)\s+(?:\w+\s+){0,2}?in\s+(?:vught"
        r"|veenhuizen|nieuwersluis|de\s+bijlmerbajes)(?![\w])"
        r"|in\s+(?:vught|veenhuizen|nieuwersluis|de\s+bijlmerbajes)\s+(?:\w+\s+)?(?:gezeten"
        r"|vastgezeten|opgesloten)(?![\w])"
        r"|(?:heeft|hebben|had)\s+(?:\w+\s+){0,2}?ingebroken"
        # released from a prison named by its town: "net uit Vught", "pas uit Veenhuizen"
        r"|(?:net|pas|vers|kersvers|onlangs|eindelijk)\s+(?:\w+\s+)?uit\s+(?:de\s+)?(?:vught"
        r"|veenhuizen|nieuwersluis|bijlmerbajes)(?![\w])"
        # "de politie heeft de buurman van 3 meegenomen", "is in de boeien geslagen"
        r"|(?:politie|agenten|recherche)\s+(?:heeft|hebben|had|kwam|kwamen|is|zijn)\s+"
        r"(?:[\w']+\s+){0,8}?(?:meegenomen|opgehaald|opgepakt|gearresteerd|afgevoerd|weggehaald"
        r"|aangehouden)(?![\w])|in\s+de\s+boeien\s+(?:geslagen|gezet|afgevoerd|meegenomen)"
        r"|(?:meegenomen|afgevoerd|weggehaald|opgehaald)\s+(?:\w+\s+){0,2}?door\s+de\s+"
        r"(?:politie|agenten|recherche)(?![\w])"
        # "de buurman is een oplichter": said of a person, not "pas op voor oplichters"
        # "betrapt op winkeldiefstal", "veroordeeld wegens mishandeling", "kreeg een boete voor
        # fraude"; not "pas op voor diefstal" (no verb of a case)
        r"|(?:betrapt|gepakt|opgepakt|veroordeeld|aangeklaagd|aangehouden|gearresteerd|vast"
        r"|gezeten|vastgezeten|straf|boete|taakstraf|werkstraf|celstraf|aangifte\s+tegen)\s+"
        r"(?:\w+\s+){0,2}?(?:voor|op|wegens|vanwege)\s+(?:\w+\s+)?(?:diefstal|winkeldiefstal"
        r"|inbraak|inbraken|mishandeling|fraude|oplichting|heling|drugshandel|dealen|geweld"
        r"|bedreiging|stalking|brandstichting|vernieling|zedenmisdrijf|rijden\s+onder\s+invloed)"
        r"(?![\w])"
        r"|(?:zit|zat|zitten|zaten)\s+(?:(?:nu|al|nog|een|de|hele|lange|korte|flinke)\s+){1,3}"
        r"straf\s+uit|bekend\s+bij\s+justitie"
        r"|(?:is|was|zijn|waren)\s+(?:(?:echt|gewoon|een\s+bekende|ook|al|vroeger)\s+)*"
        r"(?:een\s+)?(?:inbreker|inbrekers|dief|dieven|oplichter|oplichters|fraudeur|fraudeurs"
        r"|crimineel|criminelen|zakkenroller|zakkenrollers)(?![\w])"
    ),
    "psychische gezondheid": (
        # named forensic clinics: "komt uit Zon en Schild", "zat in de Van Mesdag"
        r"zon\s+en\s+schild|van\s+mesdag|hoeve\s+boschoord"
        r"|gesloten afdeling|beschermd wonen|begeleid wonen|beschermde\s+woonvorm"
        r"|woont\s+(?:\w+\s+)?(?:begeleid|beschermd)"
        r"|fact[- ]?team"
        r"|(?:hoort|hoor|horen|hoorde|hoorden)\s+(?:\w+\s+)?stemmen|stemmen\s+(?:hoort|horen|hoorde)"
        r"|(?:krijgt|kreeg|krijgen|heeft|had|hebben)\s+(?:\w+\s+){0,2}?begeleiding"
        # "begeleiding bij het huiswerk" is help with a task, not care for a person
        r"(?!\s+(?:bij|met|voor|naar|tijdens|op|in|om)\b)"
        # "de buurman is gek", "die gek van nummer 5"; not "gek op voetbal", "voor de gek"
        r"|(?:is|was|wordt|werd|lijkt|leek|raakt|raakte|geworden)\s+(?:(?:helemaal|echt|compleet"
        r"|gewoon|volledig|een|beetje|knetter|stapel|totaal|nu|al|zo|weer|vaak|soms|steeds|erg|wat"
        r"|nogal|regelmatig|altijd|behoorlijk)\s+)*(?:gek|knettergek"
        r"|stapelgek|gestoord|krankzinnig|in\s+de\s+war)"
        + _END
        + r"|(?<!voor )(?:die|een|de|deze|dat)\s+(?:\w+\s+)?gek(?=\s+(?:van|op\s+(?:nummer|nr|\d)"
        r"|uit|naast|boven|onder|tegenover|aan|die)\b|\s*[.,!?]|$)"
        r"|niet\s+(?:helemaal\s+)?(?:goed\s+)?(?:bij|lekker\s+in)\s+(?:zijn|haar|z'n|d'r)\s+hoofd"
        r"|spoort\s+niet|niet\s+(?:helemaal\s+)?spoort|(?:een\s+)?steekje\s+los|van\s+lotje"
        r"|(?:klap|tik)\s+van\s+de\s+molen|niet\s+(?:helemaal\s+)?goed\s+snik"
        r"|(?:zit|zat)\s+(?:(?:erg|heel|diep|flink|helemaal|echt|nogal)\s+)*in\s+de\s+put(?![\w])"
        r"(?!\s+(?:van|bij|in|te|naast|achter|voor)\b)"
        r"|onder\s+behandeling"
        r"|zichzelf\s+(?:iets\s+)?(?:aan(?:\s+te)?\s+doen|aangedaan)|(?:snijdt|sneed|krast|kraste"
        r"|beschadigt|beschadigde)\s+(?:\w+\s+)?zichzelf(?![\w])|(?:zich|zichzelf)\s+van\s+het"
        r"\s+leven|een\s+einde?\s+aan\s+(?:zijn|haar|z'n|d'r)\s+leven"
    ),
    "gezondheid": (
        # "heeft suiker" is diabetes; "heeft suiker nodig" is baking
        r"(?:heeft|had|hebben|kreeg|krijgt)\s+(?:(?:al|ook|sinds|kort|jaren|last\s+van)\s+)*"
        r"suiker(?![\w])(?!\s+(?:nodig|in|op|voor|mee|gekocht|gehaald|geleend|over|genoeg|te\s+veel"
        r"|bij|of|uit|gedaan|gestrooid)|\s*,\s*[^\W\d_]+\s*(?:,|en\b|of\b)|\s+en\s+(?:melk|meel|bloem"
        r"|eieren|boter|koffie|thee|zout|kaneel|vanille))"
        r"|heeft\s+het\s+aan\s+(?:zijn|z'n|haar|d'r|de)\s+(?:hart|longen|nieren|lever|rug|heup"
        r"|hoofd)(?![\w])"
        # "is in de overgang", "zit op het speciaal onderwijs", "mist een been", "loopt met een
        # stok", "ziet slecht"; not "ziet er slecht uit"
        r"|(?:is|zit|zat|was)\s+(?:(?:midden|nu|al|volop)\s+)*in\s+de\s+overgang(?![\w])(?!\s+(?:van|naar|tussen)\b)"
        r"|(?:zit|zat|gaat|ging|zitten|gaan)\s+(?:\w+\s+){0,2}?(?:op|naar)\s+(?:het\s+|een\s+)?"
        r"speciaal\s+(?:basis)?onderwijs(?!\s+(?:als|om|te)\b)|(?:mist|miste)\s+(?:een|zijn|haar|z'n|d'r)\s+(?:been|arm"
        r"|hand|voet|oog|nier)(?![\w])|(?:loopt|liep)\s+(?:(?:al|nu|sinds|kort|tegenwoordig)\s+)*"
        r"(?:met|aan)\s+(?:een\s+)?(?:stok|wandelstok|krukken)(?![\w])(?!\s+(?:van|naar|voor|te|om"
        r"|door)\b)|(?:ziet|hoort|zag|hoorde)\s+"
        r"(?:(?:heel|erg|steeds|nogal|bijna|ook|al|zo)\s+)*slecht" + _END + r""
        r"|(?:slikt|slikte|slikken)\s+(?:\w+\s+){0,2}?(?:pillen|pilletjes)"
        r"|op\s+sterven|kort\s+te\s+leven|slecht\s+ter\s+been"
        # "heeft een rugzakje" is a disability or a past in lay Dutch; "is afgekeurd voor zijn
        # werk"; not "de aanvraag is afgekeurd"
        r"|(?:heeft|had|hebben|hadden)\s+(?:(?:een|ook|wel|al|flink|behoorlijk|zwaar|zo'n)\s+)*"
        r"(?:\w+\s+)?rugzakje(?![\w])(?!\s+(?:mee|bij|voor|met|in|op|nodig|gekocht|vol|van|aan"
        r"|gevonden|verloren|gemaakt))"
        r"|(?:is|was|werd|raakte)\s+(?:(?:al|jaren|volledig|helemaal|gedeeltelijk|deels|100%)\s+)*"
        r"afgekeurd\s+(?:voor\s+(?:het|zijn|haar|z'n|d'r)\s+(?:werk|beroep|baan)|sinds)"
        r"|(?:volledig|helemaal|gedeeltelijk|100%)\s+afgekeurd(?![\w])"
        # "heeft een zwakke gezondheid", "hoort niks meer", "traag van begrip"
        r"|(?:zwakke|slechte|broze|kwetsbare|wankele|slechter\s+wordende)\s+gezondheid"
        r"|(?:hoort|ziet)\s+(?:(?:bijna|vrijwel|haast|zo\s+goed\s+als)\s+)?(?:niks|niets)\s+meer"
        + _END
        + r""
        r"|traag\s+van\s+begrip"
        # "de buurman is afgekeurd." (a thing in the clause is checked in ``_about_a_thing``)
        r"|(?:is|was|werd)\s+(?:(?:al|jaren|lang|sinds|kort|ook)\s+)*afgekeurd" + _END + r""
        # "is in verwachting", "raakte zwanger"; not "in verwachting van de uitslag"
        r"|(?:is|was|raakte)\s+(?:(?:weer|al|net|pas|nu|hoog)\s+)*in\s+(?:blijde\s+)?verwachting"
        r"(?![\w])(?!\s+van\s+(?!(?:(?:een|haar|d'r|hun|de|het|nummer)\s+)?(?:baby|kind|kindje"
        r"|tweeling|zoon|dochter|zoontje|dochtertje|eerste|tweede|derde|vierde)(?![\w])))"
        r"|long[\s-]?covid|(?:heeft|had|hebben|kreeg|krijgt)\s+(?:(?:nog|al|weer|ook|zwaar|flink)"
        r"\s+)*(?:covid|corona)(?![\w-])(?!\s+(?:prik|vaccin|test|regels|maatregelen))"
        # "is de weg kwijt" is dementia in lay Dutch; "de weg kwijt in het park" is a walk
        r"|(?:is|raakt|raakte|was)\s+(?:(?:een|beetje|steeds|vaker|wel|al|helemaal|soms)\s+)*"
        r"de\s+weg\s+(?:(?:een|beetje|steeds|vaker|wel|al|helemaal|soms)\s+)*kwijt"
        r"(?!\s+(?:in|naar|op|bij|tijdens|door)\b)"
        r"|(?:gaat|ging)\s+(?:(?:hard|snel|flink|erg|zo)\s+)?achteruit"
        + _END
        + r"|(?:heeft|had|kreeg|krijgt)\s+(?:een\s+)?nieuwe\s+(?:heup|knie|hartklep|nier|lever)"
        r"(?!\s+(?:voor|gemaakt|gebouwd|getekend))"
        r"|(?:ligt|lag|liggen|lagen)\s+(?:\w+\s+){0,2}?op\s+de\s+(?:ic|intensive\s+care|hartbewaking)"
        r"(?![\w])|aan\s+de\s+zuurstof"
        # "is verlamd sinds het ongeluk"; not "verlamd van schrik"
        r"|(?:is|was|raakte|werd|bleef)\s+(?:(?:half|gedeeltelijk|helemaal|sindsdien|deels)\s+)*"
        r"verlamd(?![\w])(?!\s+(?:van|door)\s+(?:de\s+)?(?:schrik|angst|spanning|verbazing))"
        # "is Dirk van de Boezemstraat half verlamd": the subject between verb and state
        r"|(?:half|halfzijdig|gedeeltelijk|deels|links|rechts|aan\s+(?:een|één)\s+kant|vanaf\s+(?:zijn|haar)"
        r"\s+(?:middel|nek|heup))\s+verlamd(?![\w])"
        r"|verlamd\s+(?:geraakt|sinds|na\s+(?:een|het|zijn|haar)\s+(?:ongeluk|ongeval|val|herseninfarct"
        r"|beroerte|hersenbloeding))"
    ),
    "dakloosheid of opvang": (
        r"op straat (?:geleefd|leefde|leeft|slaapt|sliep|geslapen|gewoond|gezet|beland)"
        r"|blijf-van-mijn-lijfhuis|(?:slaapt|sliep|slapen|sliepen|woont|woonde|leeft|leefde|pit"
        r"|pitte|pitten|overnacht|overnachtte|overnachten|bivakkeert|bivakkeerde|bivakkeren)"
        r"\s+(?:[\w']+\s+){0,3}?in\s+(?:zijn|haar|hun|z'n|zn|d'r|dr|een|de|het|die|deze|dat|zo'n)\s+"
        r"(?:[^\W\d_]+e\s+)?" + _SHELTERS + r"(?![\w])"
        # "die in die grijze auto achter de Jumbo slaapt": the verb at the end of the clause
        r"|(?<![\w])in\s+(?:zijn|haar|hun|z'n|zn|d'r|dr|een|die|deze|dat|zo'n)\s+(?:[^\W\d_]+e\s+)?"
        + _SHELTERS
        + r"(?:\s+[\w']+){0,5}?\s+(?:slaapt|sliep|slapen|sliepen|pit|pitte|overnacht|overnachtte"
        r"|bivakkeert|bivakkeerde)(?![\w])"
        r"|(?:huis|woning|kamer)\s+kwijt"
        r"|geen\s+(?:eigen\s+)?(?:huis|woning|dak)\b|dak\s+boven\s+(?:zijn|haar)\s+hoofd"
        r"|(?:slaapt|sliep|slapen|sliepen)\s+(?:buiten|onder\s+de\s+brug|in\s+het\s+park)"
        r"|(?:slaapt|sliep)\s+(?:\w+\s+){0,3}?op\s+(?:de|een|hun|zijn|haar)\s+bank\s+bij"
        r"|geen\s+vaste\s+(?:woon|verblijf)"
        r"|(?:slaapt|sliep|slapen|sliepen|logeert|logeerde)\s+(?:\w+\s+){0,2}?(?:bij\s+(?:vrienden"
        r"|kennissen|familie)\s+op\s+de\s+bank|op\s+de\s+bank\s+bij\s+(?:vrienden|kennissen"
        r"|familie))"
        r"|(?:slaapt|sliep|slapen|woont|woonde|verblijft|zit|zat)\s+(?:\w+\s+){0,2}?(?:bij|in)\s+"
        r"(?:het\s+)?leger\s+des\s+heils"
        r"|(?:verkoopt|verkocht|verkopen|verkochten)\s+(?:\w+\s+){0,2}?(?:de\s+)?straatkrant"
        r"|uit\s+(?:(?:zijn|haar|hun|z'n|d'r|het)\s+)?huis\s+(?:gezet|gegooid)"
        r"|(?:zijn|haar|hun|z'n|d'r)\s+(?:huis|woning)\s+uit\s*(?:gezet|gegooid)"
        r"|(?:woont|woonde|wonen|leeft|leefde|leven|slaapt|sliep)\s+(?:\w+\s+){0,2}?op\s+straat"
        r"(?!\s*\d)|(?:staat|stond|zit|zat|belandde)\s+(?:\w+\s+){0,2}?op\s+straat"
        + _END
        + r"(?!\s+en\s+(?:praat|kletst|speelt|kijkt))"
    ),
    "geloof": (
        r"naar de (?:[^\W\d_]+e\s+)?(?:moskee|kerk|synagoge|tempel|mis|kerkdienst|vrijdaggebed"
        r"|gebedsdienst|eredienst)(?![\w])"
        # "is imam geweest", "was vroeger dominee": a faith held as an office, now a private
        # person's; "onze buurman is dominee in de kerk" is a public job
        r"|(?:is|was|werd)\s+(?:(?:vroeger|ooit|jaren|lang|zelf|ook|al|een\s+tijd)\s+)*"
        r"(?:imam|dominee|pastoor|priester|rabbijn|predikant|non|monnik|ouderling|diaken|pastor)"
        r"\s+(?:\w+\s+){0,3}?geweest(?![\w])"
        r"|was\s+(?:vroeger|ooit|jarenlang)\s+(?:(?:zelf|ook|een\s+tijd)\s+)*(?:imam|dominee"
        r"|pastoor|priester|rabbijn|predikant|non|monnik|ouderling|diaken|pastor)(?![\w])"
        r"|(?:doet|doen|deed|deden|houdt|houden|hield)\s+(?:(?:mee|ook|al|dit|jaar|aan|de|het"
        r"|altijd|streng)\s+){0,4}(?:ramadan|vasten)(?![\w])"
        r"|(?:vast|vasten|vastte|vastten)\s+(?:(?:tijdens|in|met|voor)\s+)?de\s+ramadan"
        r"|(?:bidt|bad|bidden|baden)\s+(?:\w+\s+){0,2}?(?:vijf|5)\s+keer"
        r"|(?:uit|van)\s+het\s+geloof\s+(?:gestapt|gevallen|afgevallen)"
        r"|(?:zijn|haar|z'n|d'r|hun)\s+geloof(?!\s+in\b)(?![\w])"
        r"|(?:heel|erg|zeer|nogal|best|vrij)?\s*streng\s+in\s+de\s+leer"
    ),
    "seksuele voorkeur of gender": (
        r"in transitie|(?:valt|vallen) op (?:mannen|vrouwen|jongens|meisjes|meiden)"
        # "de twee mannen in het hoekhuis zijn een stel", "de vrouwen van 4 zijn getrouwd"
        r"|(?:mannen|vrouwen|jongens|meiden|heren|dames)\s+(?:[^.!?\n]{0,40}?\s)?"
        r"(?:zijn|waren)\s+(?:een\s+(?:stel|koppel)" + _END + r"|getrouwd(?![\w]))"
        # "het stel op de hoek is net getrouwd, twee mannen"
        r"|(?:getrouwd|trouwen|trouwden|echtpaar|verliefd)(?![\w])[^.!?\n]{0,60}?"
        r"(?<![\w])twee\s+(?:mannen|vrouwen|heren|dames)(?![\w])"
        r"|twee\s+(?:mannen|vrouwen|heren|dames)(?![\w])[^.!?\n]{0,60}?(?<![\w])(?:een\s+(?:stel"
        r"|koppel)" + _END + r"|getrouwd|trouwen|trouwden|echtpaar|verliefd)(?![\w])"
        # "is uit de kast gekomen", "kwam vorig jaar uit de kast"; not "haal de borden uit de kast"
        r"|(?:is|zijn|was|waren|kwam|kwamen|komt|komen|durfde|durft|durven)\s+(?:\w+\s+){0,3}?"
        r"uit\s+de\s+kast(?!\s+(?:te\s+)?(?:gehaald|halen|pakken|gepakt|gevallen|getrokken"
        r"|genomen))|uit\s+de\s+kast\s+(?:gekomen|komen|kwam|kwamen)"
        r"|(?:woont|woonde|wonen)\s+(?:(?:al|nu|sinds|jaren|kort|gezellig)\s+)*samen\s+met\s+"
        r"(?:(?:zijn|z'n)\s+vriend|(?:haar|d'r)\s+vriendin)(?![\w])"
        r"|getrouwd\s+met\s+(?:zijn|z'n)\s+vriend(?![\w])|getrouwd\s+met\s+(?:haar|d'r)\s+vriendin"
        # "de buurvrouw en haar vriendin zijn een stel"
        r"|(?:en|met)\s+(?:haar|d'r)\s+vriendin\s+(?:zijn|waren)\s+(?:(?:al|sinds|jaren|echt)\s+)*"
        r"(?:een\s+(?:stel|koppel)|verliefd|getrouwd|partners)"
        + _END
        + r"|(?:en|met)\s+(?:zijn|z'n)\s+vriend\s+(?:zijn|waren)\s+(?:(?:al|sinds|jaren|echt)\s+)*"
        r"(?:een\s+(?:stel|koppel)|verliefd|getrouwd|partners)"
        + _END
        + r"|(?:is|zijn)\s+(?:\w+\s+)?bi(?![\w])"
        r"|was\s+vroeger\s+(?:een\s+)?(?:man|vrouw|jongen|meisje)(?![\w])"
        # slurs said of a person: "is een nicht" (not "een nicht van"), "houdt van mannen"
        r"|(?:is|was)\s+(?:(?:echt|gewoon|ook|zo'n)\s+)?(?:een\s+)?(?:nicht|pot|mietje|janet"
        r"|potje)"
        + _END
        + r"(?!\s+van\b)|(?:houdt|hield)\s+(?:(?:alleen|meer|ook)\s+)?van\s+(?:mannen|vrouwen)"
        + _END
        + r"|van\s+(?:mannen|vrouwen)\s+(?:houdt|hield)(?![\w])"
        r"|(?:is|was)\s+eigenlijk\s+(?:een\s+)?(?:man|vrouw|jongen|meisje)" + _END + r""
        r"|(?:buurman|meneer|hij|jongen|zoon|vader|opa|broer|man)\s+(?:[^.!?,\n]{0,40}?\s)?"
        r"(?:is|was)\s+(?:(?:al|sinds|kort|jaren|net)\s+)*getrouwd\s+met\s+(?:een\s+)?(?:man"
        r"|vent|kerel)(?![\w])"
        r"|(?:buurvrouw|mevrouw|zij|ze|meisje|dochter|moeder|oma|zus|vrouw)\s+(?:[^.!?,\n]{0,40}?\s)?"
        r"(?:is|was)\s+(?:(?:al|sinds|kort|jaren|net)\s+)*getrouwd\s+met\s+(?:een\s+)?(?:vrouw"
        r"|dame)(?![\w])"
        r"|(?:is|zijn|was)\s+(?:(?:ook|echt|gewoon|zeker)\s+)?van\s+de\s+(?:verkeerde|andere)\s+kant"
        + _END
        + r"|twee\s+(?:vaders|moeders|papa's|mama's)"
    ),
    # "op straat" alone is a direction; with "geleefd", "slaapt" … it is a life.
    "afkomst": (
        r"donkere huid|zwarte (?:man|vrouw|jongen|meid)"
        # "kwam net terug uit Turkije" is a holiday
        r"|(?:komt|kwam|komen|kwamen|gevlucht|afkomstig|geboren)\s+(?:(?!terug\b)\w+\s+){0,2}?"
        r"(?:uit|in)\s+"
        r"(?:" + "|".join(sorted(_COUNTRIES)) + r")(?![\w])"
        r"|(?:is|woont|zit|verblijft|wonen|zijn)\s+(?:hier\s+)?illegaal(?![\w])"
        # "de buren zijn Polen": the people, not the country ("op vakantie in Polen")
        r"|(?:is|zijn|was|waren)\s+(?:(?:echte|ook|allemaal|allebei)\s+)?(?:polen|pool)"
        + _END
        + r"|(?:heeft|hebben|had)\s+een\s+kleurtje"
        + _END
        + r"(?!\s+(?:van|op|door)\b)|(?:heeft|hebben|had)\s+(?:nog\s+)?geen\s+"
        r"(?:verblijfs)?papieren" + _END
    ),
    "jeugdzorg": (
        r"uit\s+huis\s+geplaatst|onder\s+toezicht\s+(?:gesteld|staan|staat|stond)"
        # "heeft Veilig Thuis op bezoek gehad", "Veilig Thuis is ingeschakeld"
        r"|(?:heeft|had|kreeg|krijgt|hebben)\s+(?:\w+\s+){0,2}?veilig\s+thuis(?![\w])"
        r"|veilig\s+thuis\s+(?:is|was|werd|zit|kwam|komt)\s+(?:\w+\s+){0,2}?(?:ingeschakeld"
        r"|betrokken|gebeld|langs|geweest|over\s+de\s+vloer)"
        r"|(?:is|zijn|werd|werden)\s+(?:\w+\s+)?(?:in\s+een\s+)?(?:pleeggezin|instelling"
        r"|inrichting)\s+geplaatst"
    ),
    "geldzorgen": (
        r"(?:staat|staan|stond|stonden|zit|zitten|zat)\s+(?:(?:al|nu|sinds|kort|jaren|ook)\s+)*"
        r"onder\s+(?:beschermings)?bewind(?![\w])"
        r"|(?:zit|zitten|zat|zaten|leeft|leven|leefde|leefden|is|zijn|raakte|raakten)\s+"
        r"(?:(?:al|nu|sinds|kort|jaren|ook|diep|flink|zwaar|tot\s+over\s+de\s+oren)\s+)*"
        r"(?:in\s+de\s+(?:schulden|bijstand)|van\s+de\s+bijstand|van\s+een\s+uitkering)(?![\w])"
        r"|(?:kan|kon|kunnen|konden)\s+(?:(?:al|nu|sinds|ook|\w+)\s+){0,2}?(?:de|zijn|haar|hun"
        r"|z'n|d'r)\s+(?:huur|rekeningen|energierekening|boodschappen)\s+niet\s+(?:meer\s+)?"
        r"(?:betalen|betaald)(?![\w])"
        # "kan niet rondkomen", "moet elke euro omdraaien", "heeft het financieel zwaar",
        # "zit in financiële problemen", "leeft in armoede"
        r"|(?:kan|kon|kunnen|konden)\s+(?:\w+\s+){0,3}?niet\s+(?:meer\s+)?rondkomen(?![\w])"
        r"|(?:elke|iedere)\s+(?:euro|cent|dubbeltje)\s+(?:twee\s+keer\s+)?omdraaien"
        r"|(?:heeft|hebben|had|hadden)\s+het\s+(?:\w+\s+)?financieel\s+(?:zwaar|moeilijk|krap"
        r"|lastig|slecht)|financiële\s+(?:problemen|zorgen|nood|moeilijkheden)"
        r"|(?:leeft|leven|leefde|leefden)\s+(?:\w+\s+)?in\s+(?:diepe\s+|grote\s+)?armoede"
        r"|(?:is|zijn|werd|werden)\s+afgesloten\s+van\s+(?:het\s+|de\s+)?(?:gas|stroom|water"
        r"|energie)(?![\w])"
    ),
    "politieke voorkeur of lidmaatschap van een vakbond": (
        r"lid van (?:de )?(?:" + _PARTY[3:-1] + r"|partij|communistische)(?![\w])|stemt op"
        # "twee mensen van de SP", "een vrouw van de PVV"
        r"|(?:mensen|leden|iemand|man|vrouw|jongen|meisje|vrijwilligers?)\s+van\s+(?:de\s+)?"
        + _PARTY
        + r"(?![\w])"
        r"|(?:stemt|stemde|stemmen|stemden)\s+(?:(?:al|altijd|jaren|gewoon|ook|nog|steeds|sinds"
        r"|tegenwoordig|trouw|echt|zelfs|dus|openlijk)\s+)*(?:op\s+)?(?:de\s+)?"
        + _PARTY
        + r"(?![\w])|(?:flyert|flyerde|folderde|folders|campagne|actief|zit|zat|werkt|loopt)"
        r"\s+(?:\w+\s+){0,2}?(?:voor|bij|in)\s+(?:de\s+)?" + _PARTY + r"(?![\w])"
        # "is bij de Partij voor de Dieren actief", "zit voor de SP in de raad"
        r"|(?:is|was|zijn|waren|zit|zat)\s+(?:(?:al|ook|jaren|sinds|nog|heel|erg|echt)\s+)*"
        r"(?:bij|voor|in)\s+(?:de\s+)?" + _PARTY + r"\s+(?:(?:al|ook|jaren|heel|erg|echt|nog)\s+)*"
        r"(?:actief|lid|kandidaat|raadslid|in\s+de\s+(?:raad|gemeenteraad))(?![\w])"
        r"|(?<![\w])(?:pvv|vvd|sp|pvda|cda|d66|fvd|bbb|sgp|ja21|gl)(?:['’]ers?|-stemmers?|-lid"
        r"|-leden|-aanhangers?)(?![\w])|groenlinksers?(?![\w])"
        r"|stemt\s+(?:altijd\s+|al\s+jaren\s+)?(?:extreem\s*)?(?:rechts|links)(?![\w])"
    ),
}
# The least common word of each phrase: only a text with one of these is tried.
PHRASE_KEYS = (
    words(
        """
    drank drugs vrij politie bak gezeten afdeling beschermd begeleid geleefd leefde leeft slaapt
    sliep geslapen gewoond lijfhuis moskee kerk synagoge tempel transitie valt vallen huid stel
    getrouwd koppel
    zwarte lid stemt vast
    sp pvv vvd pvda groenlinks cda d66 fvd bbb christenunie sgp ja21 nsc pvdd bij1
    kwijt geen dak gezet beland slapen sliepen
    gebruikt
    fact factteam stemmen begeleiding gebruiker gebruikers trouwen trouwden echtpaar verliefd
    gebruikte spuit spoot drinkt dronk zuipt zoop dronken stoned invloed drinker zuipen
    fles coke cocaïne crack heroïne heroine pillen speed lachgas alcohol naald gokkasten
    gokautomaten lik nor opgepakt aangehouden gek knettergek stapelgek gestoord
    knie hartklep nier
    krankzinnig war hoofd spoort steekje lotje behandeling suiker hart longen nieren lever rug
    heup slikt slikte slikken gegooid ramadan vasten vastte vastten bidt bidden
    kast stemde stemden pvv vvd sp pvda groenlinks gl cda d66 fvd forum bbb cu christenunie
    sgp ja21 nsc pvdd 50plus bij1 groenlinkser groenlinksers
    ruikt stinkt stonk high gokt huiselijk straf slaat ingebroken zichzelf leven
    drinken gebruiken blowen gokken snuiven spuiten nuchter droog clean alcoholvrij drugsvrij
    aa anonieme terugval pi bewaring ic intensive hartbewaking zuurstof
    verlamd inbreker inbrekers dief dieven oplichter oplichters fraudeur fraudeurs zakkenroller
    zakkenrollers heils straatkrant kwijt achteruit molen snik put tempelier
    vrienden kennissen verkeerde kleurtje papieren verblijfspapieren polen pool
    sterven been straat geloof bi vroeger vaders moeders papa's mama's illegaal
    diefstal winkeldiefstal inbraak inbraken mishandeling fraude oplichting heling bedreiging
    stalking brandstichting vernieling zedenmisdrijf justitie
    bewind schulden bijstand uitkering betalen betaald gas stroom
    partij woonvorm rondkomen omdraaien financieel financiële armoede
    snuift snoof gokte geslagen mishandeld slaat snijdt sneed krast kraste beschadigt
    beschadigde vriend vriendin geplaatst toezicht
    pit pitte pitten overnacht overnachtte overnachten bivakkeert bivakkeerde bivakkeren
    mis kerkdienst vrijdaggebed gebedsdienst eredienst imam dominee pastoor priester rabbijn
    predikant non monnik ouderling diaken pastor rugzakje afgekeurd verwachting covid
    corona overgang speciaal mist miste stok wandelstok krukken slecht leer uitgezet uitgegooid
    eigenlijk veilig tent tentje gezondheid niks niets begrip rechter rechtbank politierechter
    kinderrechter vught veenhuizen nieuwersluis bijlmerbajes nicht pot mietje janet potje houdt
    hield
    schild mesdag boschoord agenten recherche gevangenis bajes petoet camper busje boeien
    """
    )
    | _COUNTRIES
)
# One pattern per group, on lowercased text, tried only when one of its key words is in the
# text. Every phrase starts at the start of a word: the lookbehind in front turns most
# positions away before the alternatives are tried.
_GROUP_PHRASES = [
    (
        group,
        re.compile(r"(?<![\w])(?:" + pattern + ")"),
        # a key as a word of the pattern: "rug" is no key of "drugs"
        frozenset(
            key
            for key in PHRASE_KEYS
            if re.search(rf"(?<![a-zë]){re.escape(key)}(?![a-zë])", pattern)
        ),
    )
    for group, pattern in PHRASES.items()
]
# A key word no pattern spells out ("factteam" for "fact[- ]?team") tries every group.
_ORPHANS = PHRASE_KEYS.difference(*(keys for _group, _pattern, keys in _GROUP_PHRASES))
_GROUP_PHRASES = [(group, pattern, keys | _ORPHANS) for group, pattern, keys in _GROUP_PHRASES]
_WORD = re.compile(r"[^\W\d_][\w']*")


def _index() -> dict[str, list[tuple[str, bool, str]]]:
    index: dict[str, list[tuple[str, bool, str]]] = {}
    for group, stems in STEMS.items():
        for stem in stems.split():
            exact = stem.endswith("$")
            stem = stem.rstrip("$")
            index.setdefault(stem[:4], []).append((stem, exact, group))
    return index


_INDEX = _index()


# Word ends that make a compound a topic word: "borstkanker", "hartoperatie", "eetstoornis".
SUFFIXES = {
    "kanker": "gezondheid", "ziekte": "gezondheid", "tumor": "gezondheid",
    "infarct": "gezondheid", "bloeding": "gezondheid", "operatie": "gezondheid",
    "patiënt": "gezondheid", "patient": "gezondheid", "handicap": "gezondheid",
    "stoornis": "psychische gezondheid", "depressie": "psychische gezondheid",
    "psychose": "psychische gezondheid", "kliniek": "psychische gezondheid",
    "verslaving": "verslaving", "verslaafd": "verslaving", "verslaafde": "verslaving",
    "prothese": "gezondheid", "dialyse": "gezondheid", "transplantatie": "gezondheid",
    "kwaal": "gezondheid",
}  # fmt: skip
_SUFFIX_ENDS = tuple(SUFFIXES)


def _topic_word(word: str) -> str | None:
    if word.endswith(_FRIENDLY):
        return None  # "rolstoelvriendelijk", "dementievriendelijke straat": about a place
    if "'" in word and word.endswith(("'er", "'ers", "'ster")):
        word = word.split("'")[0]  # "ADHD'er"
    for stem, exact, group in _INDEX.get(word[:4], ()):
        if (word == stem) if exact else word.startswith(stem):
            return group
    if len(word) > 7 and word.endswith(_SUFFIX_ENDS):
        for end, group in SUFFIXES.items():
            if word.endswith(end):
                return group
    return None


_FRIENDLY = (
    "vriendelijk", "vriendelijke", "toegankelijk", "toegankelijke",
    # "rolstoelhelling", "rolstoelpad": a thing for everyone, no person
    "helling", "hellingen", "pad", "paden", "toegang", "ingang", "lift", "parkeerplaats",
    "parkeerplaatsen", "taxi", "vervoer", "bus", "busje",
)  # fmt: skip


# Words seen before that are no topic word: a text made only of these needs no further look.
# A set test in C instead of a Python loop per word; the vocabulary of a whole country's buurt
# texts is a few hundred thousand words at most.
_PLAIN: set[str] = set()
_TOPICAL: dict[str, str] = {}
_MAX_SEEN = 500_000


def has_topic(words: list[str]) -> bool:
    """Is any of ``words`` (lowercase) a topic word or a key word of a topic phrase?"""
    if _PLAIN.issuperset(words):
        return False
    if len(_PLAIN) > _MAX_SEEN:
        _PLAIN.clear()
    for word in words:
        if word in _PLAIN or word in _TOPICAL or word in _KEY_ONLY:
            continue
        group = _topic_word(word)
        if group is not None:
            _TOPICAL[word] = group
        elif word in PHRASE_KEYS:
            _KEY_ONLY.add(word)  # looked up once, like the others
        else:
            _PLAIN.add(word)
    return not _PLAIN.issuperset(words)


_KEY_ONLY: set[str] = set()


# Diseases written in capitals that are also a common word in lowercase: "ALS" (als = if).
CAPITALS = re.compile(r"(?<![\w-])ALS(?![\w-])")


def has_capitals(text: str) -> bool:
    """Does ``text`` name ALS in capitals (and is it no text in capitals only)?"""
    return "ALS" in text and CAPITALS.search(text) is not None and not text.isupper()


def topics(
    text: str, low: str | None = None, words: list[str] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, group) of every topic word or phrase in ``text``."""
    low = text.lower() if low is None else low
    found: list[tuple[int, int, str]] = []
    words = _WORD.findall(low) if words is None else words
    if has_capitals(text):
        found += [(m.start(), m.end(), "gezondheid") for m in CAPITALS.finditer(text)]
    if has_spouse(low):
        found += [(m.start(), m.end(), "seksuele voorkeur of gender") for m in SPOUSE.finditer(low)]
    if not has_topic(words):
        found.sort()
        return found
    hit = not _TOPICAL.keys().isdisjoint(words)
    phrase = not PHRASE_KEYS.isdisjoint(words)
    if not (hit or phrase):
        found.sort()
        return found
    if hit:
        for match in _WORD.finditer(low):
            group = _TOPICAL.get(match.group())
            if group in ("afkomst", "geloof") and _a_thing_of(low, match):
                continue  # "Surinaamse roti", "Turks fruit", "spreekt Pools"
            if group is not None and not _a_role(low, match.start(), match.group()):
                end = match.end()
                if low.startswith("-out", end):  # "burn-out": quote the whole word
                    end += 4
                found.append((match.start(), end, group))
    if phrase:
        present = PHRASE_KEYS.intersection(words)
        for group, pattern, keys in _GROUP_PHRASES:
            here = keys.intersection(present)
            if not here:
                continue  # only the groups whose key words are in the text
            for start, end in _near(low, here):
                for match in pattern.finditer(low, start, end):
                    if match.start() and low[match.start() - 1].isalnum():
                        continue
                    if _about_a_thing(low, match.start(), match.group()):
                        continue
                    if (
                        match.group().endswith(" aa")
                        and text[match.end() - 2 : match.end()] != "AA"
                    ):
                        continue  # "bij de Aa": a river
                    found.append((match.start(), match.end(), group))
    found.sort()
    return found


# How far a phrase reaches from its key word, in characters, at most.
_REACH = 160


def _near(low: str, keys: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """The stretches of ``low`` within reach of a key word, merged where they overlap.

    A group's pattern is a long alternation without a literal start: tried at every word of
    a story paragraph, one common key ("drinken" in "koffie drinken") cost 150 µs a text.
    Every phrase holds its key word, so only the text around the key words can match."""
    return merge_spans(
        [
            (max(0, at - _REACH), end + _REACH)
            for key in keys
            for at, end in whole_words(low, key)  # the word, not the "rug" of "terug"
        ]
    )


# "de verslavingsarts van Tactus", "de dementieconsulent": someone who helps, not a patient;
# unless the sentence says someone goes to them ("loopt bij de verslavingsarts").
_ROLE_ENDS = (
    "arts", "artsen", "consulent", "consulente", "consulenten", "begeleider", "begeleiders",
    "begeleidster", "verpleegkundige", "verpleegkundigen", "deskundige", "deskundigen",
    "hulpverlener", "hulpverleners", "coach", "coaches", "medewerker", "medewerkers",
    "medewerkster", "therapeut", "therapeute", "therapeuten", "specialist", "specialisten",
    "verpleger", "verpleegster", "werker", "werkers",
)  # fmt: skip
_GOES_TO = re.compile(
    r"(?:naar|bij|met|zijn|haar|z'n|d'r|hun|heeft|had|krijgt|kreeg)\s+(?:de\s+|een\s+|zijn\s+"
    r"|haar\s+)?$"
)


# What an adjective of origin or faith can describe besides a person: food, a shop, a
# language, music, a place of worship. "Surinaamse roti" and "de katholieke school" say
# nothing about anyone; "een Turkse vrouw" and "Marokkaanse ouders" do.
_THINGS_OF = words(
    """
    fruit pizza pizza's brood broodjes roti thee koffie eten keuken gerecht gerechten hapjes
    snacks snoep taart taarten koekjes soep stoofpot rijst kip bami nasi loempia loempia's
    saté sambal specialiteiten lekkernijen recepten kookles kookworkshop markt kraam kraampje
    winkel winkels supermarkt super toko slager slagerij bakker bakkerij restaurant
    eethuis lunchroom kapper kapsalon les lessen taal taalles taalcursus cursus muziek
    liedjes liederen dans dansen film films vlag vlaggen kerk kerken moskee moskeeën school
    basisschool scholen begraafplaats vereniging stichting feest feesten nieuwjaar kleding
    jurk jurken stoffen tapijt tapijten kunst boeken boek verhalen sprookjes poëzie
    gedichten tuin tuinen wijk gemeenschap omroep krant radio kerstmarkt viering
    gemeente gemeenten parochie mis missen dienst diensten eredienst kerkdienst koor zangkoor
    bijbelkring gebedsgroep centrum
    """
)
_LANGUAGE_VERBS = words("spreekt spreken sprak spraken leert leren leerde les cursus in")
_NEXT = re.compile(r"\s+([^\W\d_][\w'’]*)")
_PREVIOUS = re.compile(r"([^\W\d_][\w'’]*)\s+$")
_HYPHENED = re.compile(r"(?:-[^\W\d_]+)+")


def _a_thing_of(low: str, match: re.Match[str]) -> bool:
    if not match.group().endswith(("e", "s", "sch")):
        return False
    end = match.end()
    if low.startswith("-", end):  # "de Syrisch-orthodoxe kerk", "een Turks-Nederlandse krant"
        compound = _HYPHENED.match(low, end)
        end = compound.end() if compound is not None else end
    after = _NEXT.match(low, end)
    if after is not None and after.group(1) in _THINGS_OF:
        return True
    before = _PREVIOUS.search(low, max(0, match.start() - 20), match.start())
    return before is not None and before.group(1) in _LANGUAGE_VERBS


def _a_role(low: str, start: int, word: str) -> bool:
    return word.endswith(_ROLE_ENDS) and _GOES_TO.search(low, max(0, start - 20), start) is None


def has_spouse(low: str) -> bool:
    """ "De buurman en zijn man", "zij en haar vrouw": a partner of the same sex. Substring
    tests, as "man" and "vrouw" are too common to be key words of a phrase."""
    if "n man" in low or "r vrouw" in low:  # "zijn man", "z'n man", "haar vrouw", "d'r vrouw"
        return SPOUSE.search(low) is not None
    return False


SPOUSE = re.compile(
    r"(?<![\w'])(?:(?:zijn|z'n)\s+(?:man|echtgenoot)|(?:haar|d'r)\s+(?:vrouw|echtgenote))(?![\w])"
)


# Before a verb that alone is the topic: an auxiliary makes it a participle ("de ladder is
# gebruikt", "heeft de zaal gebruikt"); a thing makes it stuck ("de deur zit vast").
_AUXILIARY = re.compile(
    r"(?<![\w])(?:heeft|hebben|had|hadden|wordt|worden|werd|werden|is|zijn|was|waren|kan|kunnen"
    r"|mag|mogen|te|wil|willen|moet|moeten)(?![\w])"
)
_THING = re.compile(
    r"(?<![\w])(?:deur|voordeur|raam|slot|auto|fiets|lift|kraan|rits|bus|busje|wagen|trein|boot"
    r"|bal|kat|hond|poes|vogel|sleutel|rolluik|hek|poort|luik|la|lade|pot|dop|deksel|schroef|boom"
    r"|vlieger|afvoer|wc|riool|computer|laptop|telefoon|printer|scherm|kar|container|klep|vat"
    r"|kliko|band|ketting|jas|haak|tak)(?![\w])"
)
# A thing, then a relative pronoun: the verb at the end belongs to "dat" and its object.
_RELATIVE = re.compile(r"(?<![\w])(?:de|het|een)\s+[^\W\d_]+\s+(?:dat|die|wat|waarmee)\s")
_CLAUSE_START = re.compile(r"[.,;:!?\n(][^.,;:!?\n(]*$")


_FREED = re.compile(
    r"(?<![\w])(?:zaal|plek|plekje|plekken|ruimte|kamer|woning|huis|huisje|appartement|tijd|plaats"
    r"|plaatsen|parkeerplek|parkeerplaats|tuin|volkstuin|moestuin|tuintje|geld|budget|subsidie"
    r"|lokaal|kraam|stand|baan|vacature|functie|stoel|tafel|er)(?![\w])"
)


_SLEEPS_IN = re.compile(
    r"(?:slaapt|sliep|slapen|sliepen|pit|pitte|pitten|overnacht|overnachtte|overnachten"
    r"|bivakkeert|bivakkeerde|bivakkeren)(?![\w])"
)
_LEISURE = re.compile(
    r"(?<![\w])(?:camping|vakantie|festival|kamp|zomerkamp|scouting|weekend|weekendje|tuin"
    r"|achtertuin|logeerpartij|kampeer\w*|buitenland|frankrijk|spanje|italië|duitsland|onderweg"
    r"|op\s+weg|strand|wintersport|survival|avondvierdaagse|buurtfeest)(?![\w])"
)
_REJECTED_THING = re.compile(
    r"(?<![\w])(?:aanvraag|plan|plannen|bouwplan|voorstel|subsidie|verzoek|ontwerp|vergunning"
    r"|idee|keuring|auto|fiets|huis|woning|lift|speeltoestel|product|partij|offerte|bezwaar"
    r"|klacht|melding|begroting|factuur|declaratie|het|dat|dit|die|alles)(?![\w])"
)


# "Het is al drie weken droog", "de tuin staat al weken droog": weather and soil, no recovery.
_DRY_THING = re.compile(
    r"(?<![\w])(?:het|'t|dat|grond|tuin|moestuin|gras|weer|kelder|sloot|aarde|bodem|veld|land"
    r"|was|wasgoed|verf|lijm|plant|planten)(?:\s+van\s+(?:de|het|mijn|onze|ons)\s+[\w']+)?"
    r"\s+(?:[\w']+\s+){0,3}$"
)


def _about_a_thing(low: str, start: int, topic: str) -> bool:
    if _SLEEPS_IN.search(topic) and _LEISURE.search(
        low, max(0, start - 60), start + len(topic) + 60
    ):
        return True  # "slapen in een tent op de camping": a holiday, no homelessness
    if topic.endswith("afgekeurd") and topic[:2] in ("is", "wa", "we"):
        hit = _CLAUSE_START.search(low, max(0, start - 80), start)
        before = low[hit.start() + 1 if hit else max(0, start - 80) : start]
        return _REJECTED_THING.search(before) is not None  # "de aanvraag is afgekeurd"
    if topic.endswith("droog") and _DRY_THING.search(low, max(0, start - 40), start):
        return True
    if topic.endswith("vrij") and topic.startswith(("kwam", "kom")):
        hit = _CLAUSE_START.search(low, max(0, start - 80), start)
        before = low[hit.start() + 1 if hit else max(0, start - 80) : start]
        return _FREED.search(before) is not None  # "de zaal kwam vrij": a room, no prisoner
    if topic.startswith(("gebruik", "drink", "dronk", "spuit", "spoot")):
        hit = _CLAUSE_START.search(low, max(0, start - 80), start)
        before = low[hit.start() + 1 if hit else max(0, start - 80) : start]
        if _RELATIVE.search(before):
            return True  # "het gereedschap dat de buurman gebruikt, ligt in de schuur"
    if not topic.startswith(("gebruik", "zit", "zat")) or not topic.endswith(
        ("gebruikt", "gebruikte", "vast")
    ):
        return False
    hit = _CLAUSE_START.search(low, max(0, start - 80), start)
    before = low[hit.start() + 1 if hit else max(0, start - 80) : start]
    if topic.endswith("vast"):
        return _THING.search(before) is not None
    return _AUXILIARY.search(before) is not None


# Abbreviations whose dot ends no sentence: "Dr. Lelylaan", "mw. Jansen", "nr. 5", "o.a.".
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:o\.a|d\.w\.z|m\.b\.t|t\.o\.v|i\.p\.v|z\.s\.m|a\.s|bijv|ca|nr|dr|drs|mr|mw"
    r"|mevr|dhr|hr|st|str|burg|prof|ir|ing|ds|fam|evt|mgr|gebr|zr|br|ln|pln|wg|sngl|gr|kd)\."
    r"(?=[ \t]*[^\W\d])",
    re.IGNORECASE,
)
_NUMBER_DOT = re.compile(r"(?<![\w.])(?:nr|no|huisnr)\.(?=[ \t]*\d)", re.IGNORECASE)
_DOT = "\u2024"  # ONE DOT LEADER: looks like a dot, ends nothing

# Words for a person next door, in the street or in a family: with these a reader can find them.
_NEIGHBOUR = (
    r"(?:buur(?:vrouw(?:en|tjes?)?|man(?:nen|netjes?)?|meisjes?|jongens?|kind(?:eren)?|meid(?:en)?"
    r"|tjes?|vrouwtjes?)|bovenbu\w+|onderbu\w+|overbu\w+|benedenbu\w+"
    r"|naastbu\w+|achterbu\w+|bewoner|bewoonster|huurder|huurster|flatgenoot|portiekgenoot"
    r"|huisgenoot|straatgenoot)\b"
)
_PERSON = (
    r"(?:man|vrouw|jongen|meisje|mevrouw|meneer|familie|gezin|dame|heer|knul|meid|kerel"
    r"|jongeman|oudere|opa|oma|tiener|kinderen|moeder|vader|stel|jongens|meiden|jongetje"
    r"|kindje|baby|dochter|zoon|tweeling|student|studente|jongere|dame|heer|bewoner"
    r"|bewoonster|gast|knaap|vent|jochie|mens|mannen|vrouwen|dames|heren|meisjes|oudjes|baas"
    r"|vrouwtje|mannetje|dametje|oudje|ouwe|buurtgenoot|buurtgenote|lui|gozer"
    r"|joch|griet|gasten|kerels|knullen|gozers|puber|pubers|bejaarde|bejaarden|weduwe|weduwnaar"
    r"|lieden"
    # people known by their work in the buurt: "de eigenaar van de snackbar"
    # ("de Turkse bakker" is a shop, so no shopkeepers)
    r"|eigenaar|eigenaresse|uitbater|uitbaatster|conciërge|huismeester|postbode"
    r"|buschauffeur|juf|meester|voorzitter|penningmeester"
    r"|secretaris|beheerder|beheerster|kassière|caissière|schoonmaker|schoonmaakster|bezorger"
    r"|pakketbezorger|wijkagent|trainer|trainster"
    # dialect: "ut maedje van Lambers", "et manneke van de overkant", "'t wicht van nummer 4"
    r"|maedje|meiske|meisie|wicht|wichie|manneke|vrouwke|jongske|kearl|vrouwmens"
    # a group the buurt knows by their work or stay: "de Poolse bouwvakkers in het huis naast"
    r"|bouwvakkers|bouwvakker|arbeiders|arbeidsmigranten|werknemers|seizoenwerkers"
    r"|seizoensarbeiders|seizoenarbeiders|expats|studenten|uitzendkrachten|huisgenoten"
    r"|polen|bulgaren|roemenen|turken|marokkanen|syriërs|eritreeërs|somaliërs|afghanen"
    r"|oekraïners|surinamers|antillianen)"
)
_FAMILY = (
    r"(?:vrouw|man|zoon|dochter|moeder|vader|broer|zus|kind|kinderen|partner|vriend|vriendin"
    r"|opa|oma|ex|ex-man|ex-vrouw|exman|exvrouw|ex-vriend|ex-vriendin|ouders|oom|tante|neef"
    r"|nicht|zwager|schoonzus|schoonmoeder|schoonvader|stiefvader|stiefmoeder|kleinzoon"
    r"|kleindochter|kleinkind|zoontje|dochtertje|broertje|zusje|vriendje|vriendinnetje|verloofde"
    r"|echtgenoot|echtgenote)"
)
TIE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:de|het|die|dat|onze|ons|mijn|jullie|zijn|haar)\s+(?:\w+\s+)?(?:"
    + _NEIGHBOUR
    + r"|buren\b)"
    r"|(?:de|die|dat|het|een|deze|ut|'t|et)\s+(?:\w+\s+)?"
    + _PERSON
    + r"\s+(?:van|op|uit|in|naast|met|bij|aan|tegenover|om|boven|onder|achter|uut|oet|út|fan)\b"
    r"|(?:de|die|dat|het)\s+(?:\w+\s+)?" + _PERSON + r"\s+(?:die|dat)\b"
    r"|(?:zijn|haar|hun|z'n|d'r)\s+" + _FAMILY + r"(?![\w-])"
    # "de ex van de buurman", "de broer van Samira", "de vriendin van die van 3 hoog"
    r"|(?:de|die)\s+(?:ex|ex-man|ex-vrouw|vriend|vriendin|broer|zus|zoon|dochter|neef|nicht|oom"
    r"|tante|ouders|schoonmoeder|schoonvader|partner|stiefvader|kleinzoon|kleindochter)\s+van\b"
    r"|(?:" + _NEIGHBOUR + r")\b"
    # "de bewoners van de woonboot bij de sluis", "de huurders van nummer 12": one household
    r"|(?:bewoners|bewoonsters|huurders|huursters|mensen|lui|lieden|jongens|meiden|mannen"
    r"|vrouwen|dames|heren|kinderen)\s+(?:van|op|in|uit|uut|oet|út|fan)\s+(?:(?:de|het|'t|t)\s+"
    r"(?:\w+e\s+)?(?:woonboot|huis|huisje|hoekhuis|woning|boerderij|bovenwoning|benedenwoning"
    r"|woonwagen|caravan|villa|bungalow|rijtjeshuis|hoekwoning|boot|molen)\b(?!\s+van\s+de\s+wijk)"
    r"|(?:nummer|nr\.?)\s*\d|\d)"
    r"|(?:meneer|mevrouw|mw|mevr|dhr|hr|ome|tante|opa|oma)\b\.?\s+(?:op|van|uit|in|naast)\b"
    # "die van 3 hoog achter", "degene naast de bakker": a person known only by where
    r"|(?:die|degene|diegene)\s+(?:van|op|naast|boven|onder|tegenover)\s+(?=(?:nummer|nr|\d"
    # "die van boven", "die van schuin tegenover": the next door up, down or across
    r"|(?:boven|beneden|hierboven|hieronder|hiernaast|hiertegenover|ernaast|achteren"
    r"|(?:schuin\s+)?tegenover)(?![\w])"
    r"|de\s+(?:overkant|hoek|bovenwoning|benedenwoning|zolder|woonboot|woonwagen|caravan"
    r"|boerderij|hoekwoning|villa|molen)|het\s+(?:hoekhuis|huis|huisje|woonbootje|boerderijtje)))"
    r")",
    re.IGNORECASE,
)
LOCATOR = re.compile(
    r"(?<![\w-])(?:"
    r"(?i:nummer|nr\.?|no\.?|huisnummer)\s*\d+"
    r"|\d+\s*-?\s*(?:hoog|hg)\b|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s*-?\s*hoog\b"
    r"|\d+\s*(?:e|ste|de)\s+(?:verdieping|etage|portiek|flat)|(?:op|van)\s+de\s+\d+\s*(?:e|ste|de)\b"
    r"|(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|bovenste"
    r"|onderste)\s+(?:verdieping|etage|portiek)|(?:op|van)\s+de\s+(?:eerste|tweede|derde|vierde"
    r"|vijfde|zesde|zevende|achtste|negende|tiende|bovenste)\b"
    r"|(?:portiek|flat|galerij|blok)\s*\d+|begane grond|parterre|hoekhuis|hoekwoning"
    # "tweede deur links", "de laatste deur van de galerij", "eind van de galerij", "naast de lift"
    r"|(?i:eerste|tweede|derde|vierde|vijfde|zesde|laatste|\d+e|\d+ste|\d+de)\s+(?i:deur|voordeur"
    r"|huis|woning|flat|portiek|galerij|trap|opgang)(?![\w-])"
    r"|(?i:eind|einde|begin|hoek|midden)\s+van\s+de\s+(?i:galerij|gang|gallerij|portiek|trap"
    r"|overloop)\b|(?i:naast|voor|tegenover|bij|achter)\s+de\s+(?i:lift|trap|trappen|vuilstort"
    r"|vuilniskoker|bergingen)\b"
    # "vrouw in huis 12", "man van woning 14" (not "kamer 12": a room of a public place)
    r"|(?:huis|huisje|woning|appartement)\s+\d+(?![\d:.,]\d)(?!\s*(?:uur|euro|minuten|keer))"
    # "huismeester van blok A", "de familie uit portiek C"
    r"|(?:portiek|flat|blok|opgang)\s+[A-H](?![\w'’])(?!\.)"
    # "van de blauwe deur", "de enige met een gele deur": a home known by how it looks
    r"|(?i:met|van)\s+(?:de|het|een)\s+(?i:rode|blauwe|groene|gele|witte|zwarte|oranje|paarse"
    r"|roze|grijze|bruine)\s+(?i:deur|voordeur|luiken|kozijnen|gordijnen|schuur|huis|huisje"
    r"|brievenbus|dak|poort|hek)\b"
    # "die met de rode buggy", "van de gele scootmobiel": a thing seen every day in the buurt
    r"|(?i:met|van)\s+(?:de|het)\s+(?i:rode|blauwe|groene|gele|witte|zwarte|oranje|paarse"
    r"|roze|knalrode|felgele|grijze|bruine|zilveren|oude|roestige|kapotte)\s+(?i:buggy|kinderwagen|scootmobiel|rollator|rolstoel|bakfiets"
    r"|fiets|scooter|brommer|auto|busje|camper|caravan|hond|jas|hoed|pet|muts)\b"
    r"|(?i:naast|tegenover|boven|onder|achter)\s+(?:de|het)\s+[^\W\d_]\w*|(?:beneden|boven)woning"
    r"|(?i:naast|tegenover|boven|onder|achter)\s+(?:ons|mij|me|hen)\b"
    # also at the start of a sentence: "Op de hoek van de Jan Steenstraat woont ..."
    r"|(?i:van de overkant|aan de overkant|om de hoek|op de hoek|hiernaast|hiertegenover"
    r"|oppe\s+hoek|op\s+'e\s+hoek|op\s+d'n\s+hoek|aon\s+de\s+euverkant)"
    r"|(?i:van|op|in|aan|uit)\s+de\s+(?:[A-Z]\w*\s+)?[A-Z]\w*(?:straat|laan|weg|plein|gracht"
    r"|kade|singel|dreef|hof|park|flat|flats|toren)\b"
    r"|[A-Z]\w*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof)\s+\d+"
    r")"
)
# "Een buurvrouw bracht soep toen ik ziek was": "ik" between the person and the topic.
_FIRST_PERSON = re.compile(r"(?<!\w)(?:ik|ikzelf|wij|we)(?!\w)", re.IGNORECASE)
# A clause: the part of a sentence between punctuation. "Als moslim vier ik het Suikerfeest, en
# de buren kwamen proeven" ties nothing to the buren; the topic and its tie share a clause.
_CLAUSE = re.compile(r"(?:[^.!?;:,\n]|[.,:](?=\d))+")
# With only a locator ("op de 2e verdieping"), the clause must also be about a person.
_PERSONISH = re.compile(
    r"(?<!\w)(?:woon|woont|wonen|woonde|iemand|hij|zij|ze|hem|bewoners|buren|mensen|huurders"
    r"|vriend|vriendin|vriendje|vriendinnetje|kennis|collega|neef|nicht|oom|tante|zwager|ex(?!-)"
    # trades the buurt knows a person by ("de Poolse klusjesman uit portiek 4"); not "bakker"
    # or "kapper": with a place they are a shop
    r"|klusjesman|klusser|loodgieter|glazenwasser|visboer|groenteboer|taxichauffeur|chauffeur"
    r"|monteur|timmerman|stratenmaker|schilder|hovenier|" + _PERSON[3:-1] + r")(?!\w)",
    re.IGNORECASE,
)

# The group as it reads in the message: "iets over de gezondheid van iemand".
ABOUT = {
    "gezondheid": "de gezondheid",
    "psychische gezondheid": "de psychische gezondheid",
    "verslaving": "een verslaving",
    "verleden met justitie": "het verleden met justitie",
    "dakloosheid of opvang": "dakloosheid of opvang",
    "geloof": "het geloof",
    "seksuele voorkeur of gender": "de seksuele voorkeur of het gender",
    "afkomst": "de afkomst",
    "politieke voorkeur of lidmaatschap van een vakbond": (
        "de politieke voorkeur of het lidmaatschap van een vakbond"
    ),
    "geldzorgen": "geldzorgen of schulden",
    "jeugdzorg": "jeugdzorg of een uithuisplaatsing",
}
MESSAGE = (
    "Deze zin vertelt iets over {group} ('{topic}') van iemand die lezers kunnen herkennen "
    "('{tie}'). Dat kan die persoon pijn doen: buren gaan anders naar iemand kijken, en de site "
    "is voor iedereen te zien. Vertel het zonder aan te wijzen over wie het gaat: laat het "
    "huisnummer, de verdieping, de straat of de naam weg, of schrijf het algemeen, bijvoorbeeld "
    "'sommige buren hebben het zwaar'. Vertelt iemand het over zichzelf, zonder waar hij woont? "
    "Dan mag het."
)


def find(
    text: str,
    names: Sequence[tuple[int, int, str]] = (),
    low: str | None = None,
    words: list[str] | None = None,
) -> Iterator[Finding]:
    """Topics tied to a findable person, per clause; ``names`` are names found in ``text``.

    ``low`` and ``words`` (the text lowercased, and its words) save work when the caller has
    them already.
    """
    found = topics(text, low, words)
    if not found:
        return
    # One finding per clause: an art. 9 topic goes before money ("zit in de bijstand en heeft
    # kanker" quotes 'kanker').
    found.sort(key=lambda topic: topic[2] == "geldzorgen")
    # The dot of an abbreviation ends no clause: "op de hoek van de Dr. Lelylaan is de vader
    # opgenomen"; it becomes a look-alike dot while ties are looked for.
    if "." in text:
        text = _ABBREVIATION.sub(lambda m: m.group().replace(".", _DOT), text)
    # An aside in brackets does not end a clause: "Mijn buurjongen (achter ons, het huis met
    # de groene schuur) heeft autisme".
    bare = _ASIDE.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    if "." in bare:
        # "De vrouw op nr. 14 heeft MS": the house number's dot ends no clause either (kept in
        # ``text``, where the locator is read)
        bare = _NUMBER_DOT.sub(lambda m: m.group().replace(".", _DOT), bare)
    clauses = [m.span() for m in _CLAUSE.finditer(bare)]
    done: set[tuple[int, int]] = set()
    for start, end, group in found:
        clause = next(((s, e) for s, e in clauses if s <= start < e), None)
        if clause is None or clause in done:
            continue
        if _INSTITUTION.match(text, end) and text[start:end].lower().endswith(_NAMED_PLACES):
            continue  # "Synagoge Beth Shalom, Lindengracht 9": a place with its name
        before = text[max(clause[0], start - 60) : start].lower().split()
        if text[start:end].lower().startswith(_AIDS) and not _THING_VERBS.isdisjoint(
            before[-4:] + _low_words(text, end, clause[1])[:2]
        ):
            continue  # "bij blok A staat een rolstoel", "een rollator te leen": a thing
        if (
            group == "geldzorgen"
            and not _GIVING.isdisjoint(before)
            and _RECEIVING.isdisjoint(before[-4:])
        ):
            continue  # "brengt boodschappen naar de voedselbank": a helper, not a client
        word = text[start:end].lower()
        if (
            (
                word.endswith(_SERVICES)
                and _CLIENT.isdisjoint(before)
                # "een gezin dat van de voedselbank leeft": the client verb after the service
                and _CLIENT_AFTER.isdisjoint(_low_words(text, end, clause[1])[:2])
            )
            or (
                word.endswith(_NAMED_PLACES)
                and (
                    _ORGANISATION_FIRST.fullmatch(text, clause[0], start)
                    or _LANDMARK_BEFORE.search(text, max(clause[0], start - 25), start)
                )
            )
        ):
            continue  # "kookt bij de voedselbank", "De daklozenopvang en de buren organiseren"
        if _subject_matter(before):
            # "de buren organiseren een avond over dementie": a subject, no patient; unless
            # one of a group is pointed out: "mensen met diabetes, zoals de buurvrouw van 3"
            grouped = not _GROUPS.isdisjoint(before[-4:])
            tie = _including(text, clauses, clause, names) if grouped else None
            if tie is not None:
                done.add(clause)
                yield _finding(text, start, end, group, tie)
            continue
        if _OWN.search(text, max(clause[0], start - 30), start) or (
            _AS_ONESELF.search(text, max(clause[0], start - 30), start)
            and _THEN_TELLER.match(text, end, clause[1])
        ):
            # "Na mijn opname was ik bang voor de reacties van de buren": the teller's own
            # condition; the buren in the clause are the audience, unless the teller is located
            begin, stop = _sentence(text, clause[0]), _sentence_end(text, clause[1])
            tie = _teller_located(text, begin, stop, (start, end))
            if tie is not None:
                done.add(clause)
                yield _finding(text, start, end, group, tie.replace(_DOT, "."))
            continue
        tie = _tie(text, *clause, names, start)
        if (
            tie is None
            and clause[0]
            and text[clause[0] - 1] == ":"
            and len(text[clause[0] : clause[1]].split()) <= 5
        ):
            # "bewoner 3-hoog: rolstoel": a label and a short value, the person is the label;
            # not "Emmylou: 'Omdat psychisch kwetsbare mensen ...'" (someone speaking)
            label = next(((s, e) for s, e in clauses if e == clause[0] - 1), None)
            if label is not None:
                tie = _tie(text, *label, names, label[1])
        if tie is None and clause[0] and _APPOSED.match(text, clause[0]):
            # "De nieuwe jongen van blok B, kamer 14 komt uit een instelling": the clause goes
            # on with more of where he lives; the person is in the clause before
            tie = _tie(text, _sentence(text, clause[0]), clause[0], names, clause[0])
        if (
            tie is None
            and (
                _PRONOUN.search(text, *clause)
                or _VERB_FIRST.match(text, clause[0])
                or (clause[0] and _aside(text, clause[0], start))
            )
            and not _teller(text, clause[0], end)  # "Vroeger dronk ik te veel"
        ):
            # "Karin van flat 3, 7e verdieping, heeft COPD": the subject is clauses back.
            # "De buurman op de eerste verdieping drinkt veel, hij is verslaafd."
            sentence = _sentence(text, clause[0])
            tie = _tie(text, sentence, clause[0], names, clause[0]) or _tie(
                text, clause[1], _sentence_end(text, clause[1]), names, clause[1]
            )
            if tie is None:
                tie = _tie_across(text, clause, start)
            if (
                tie is None
                and sentence > 1
                and (
                    _SUBJECT_PRONOUN.match(text, sentence)
                    # "De buurman van 5 kwam langs. Zat net uit de kliniek.": no subject;
                    # not a question ("Heeft u diabetes?") or a sentence about anyone
                    or (
                        (_VERB_FIRST.match(text, sentence) or _aside(text, sentence, start))
                        and not text[sentence : _sentence_end(text, clause[1]) + 1].endswith("?")
                        and not _ANYONE.search(text, sentence, _sentence_end(text, clause[1]))
                    )
                )
            ):
                # "Ken je de buurvrouw van 2 hoog? Zij is net uit de kliniek.": the person is
                # in the sentence before.
                tie = _tie(text, _sentence(text, sentence - 1), sentence, names, sentence)
        if tie is None:
            # "twee mensen van de SP, waaronder Hennie van de Merelstraat": the person follows
            tie = _including(text, clauses, clause, names)
        if tie is None:
            begin, stop = _sentence(text, clause[0]), _sentence_end(text, clause[1])
            tie = _teller_located(text, begin, stop, (start, end))
        if tie is None:
            continue
        done.add(clause)
        yield _finding(text, start, end, group, tie.replace(_DOT, "."))


# "Als vluchteling uit Syrië vond ik het eng", "Als ex-verslaafde weet ik": the teller, said
# before the verb and "ik".
_AS_ONESELF = re.compile(r"(?<![\w])als\s+(?:(?:een|ex|oud|voormalig)[\s-]+)?$", re.IGNORECASE)
_THEN_TELLER = re.compile(
    r"(?:[ \t]+[\w'’-]+){0,5}?[ \t]+[^\W\d_]+[ \t]+(?:ik|wij|we)(?![\w])", re.IGNORECASE
)


# A clause that starts with more of an address: "…van blok B, kamer 14 komt uit …".
_APPOSED = re.compile(
    r"\s*(?:(?:kamer|unit|nummer|nr\.?|huisnummer|portiek|flat|blok|galerij|deur|woning|etage)"
    r"\s*\d+[a-z]?|\d+\s*-?\s*(?:hoog|hg)|\d+\s*(?:e|ste|de)\s+(?:verdieping|etage)"
    r"|(?:eerste|tweede|derde|vierde|vijfde|zesde|bovenste)\s+(?:verdieping|etage|deur))(?![\w-])"
    r"(?:\s*(?:links|rechts|voor|achter))?\s+(?!en\b|of\b)[^\W\d_]",
    re.IGNORECASE,
)


# A place word right before a capitalised name is the name of that place: "Synagoge Beth
# Shalom", "Voedselbank Zuid", "Kliniek De Hoop".
_INSTITUTION = re.compile(r"[ \t]+[A-Z]")


def _finding(text: str, start: int, end: int, group: str, tie: str) -> Finding:
    topic = text[start:end].replace(_DOT, ".")
    return Finding(
        start, end, ERROR, "privacy.special",
        MESSAGE.format(group=ABOUT.get(group, group), topic=topic, tie=tie),
    )  # fmt: skip


def _including(
    text: str,
    clauses: list[tuple[int, int]],
    clause: tuple[int, int],
    names: Sequence[tuple[int, int, str]],
) -> str | None:
    """The person in a clause right after ``clause`` that says who: ", waaronder …"."""
    later = next(((s, e) for s, e in clauses if s > clause[1]), None)
    if later is None or _INCLUDING.match(text, later[0]) is None:
        return None
    return _tie(text, *later, names, later[0])


_ASIDE = re.compile(r"(?<=\()[^()\n]*(?=\))")
# A clause that names who the topic clause is about: ", waaronder …", ", onder wie …".
_INCLUDING = re.compile(
    r"\s*(?:waaronder|onder\s+wie|onder\s+andere|o\.a\.|zoals|namelijk)\s", re.IGNORECASE
)

# Someone the buurt knows by their task: there is one huismeester, one wijkagent. As the subject
# ("de wijkagent, net terug na zijn burn-out", "huismeester van blok A, zelf herstellend
# alcoholist") they are a findable person; "een wijkagent" and "meld het bij de wijkagent" are
# not. Care workers are left out: they talk about these topics for a living.
_ROLES = (
    r"huismeester|conciërge|concierge|buurtconciërge|wijkconciërge|wijkagent|wijkbeheerder"
    r"|buurtbeheerder|complexbeheerder|opzichter|postbode|beheerder|beheerster|voorzitter"
    r"|penningmeester|secretaris|koster|pastoor|dominee|juf|meester|directeur|directrice"
    r"|schoolleider|buschauffeur|boa|handhaver|wijkboa|sportleraar|gymleraar|trainer|trainster"
)
_ROLE_SUBJECT = re.compile(
    r"\s*((?:(?:de|onze|ons|die|deze)\s+(?:(?:nieuwe|vaste|oude|eigen|vorige)\s+)?)?"
    r"(?:" + _ROLES + r"))(?![\w-])(?!\s+(?:zegt|vertelt|legt|geeft|houdt|helpt|let|waarschuwt"
    r"|organiseert|regelt|zoekt|vraagt|weet|kent|verwijst|meldt)\b)",
    re.IGNORECASE,
)
# Between the role and the topic: words that make the sentence general or about someone else.
_GENERAL_BETWEEN = re.compile(
    r"(?<![\w])(?:je|jij|iemand|mensen|iedereen|hoe|wat|welke|over|tegen|voor|rond|bij|naar"
    r"|aan|op|die|dat|de\s+\w+\s+van)(?![\w])",
    re.IGNORECASE,
)
# "de conciërge heeft de rolstoel opgehaald", "brengt de medicijnen rond": a thing the role
# holder handles, not what they have; "zit in de gevangenis" is a place they are in.
_THING_OBJECT = re.compile(
    r"(?<![\w])(?!(?:in|uit|bij)\s)[\w'’]+\s+(?:de|het|die|dat|deze)\s+$|^\s*(?:de|het)\s+$",
    re.IGNORECASE,
)
_JUSTICE_WORDS = re.compile(r"opgepakt|aangehouden|dealer|drugs|inbr|gearresteerd|straf|cel\b")
# A clause without a subject of its own, after a comma: an aside about the person before it.
_APPOSITION = re.compile(
    r"\s*(?:zelf|net|pas|kort|sinds|vroeger|ooit|inmiddels|tegenwoordig|herstellend|ex|oud"
    r"|voormalig|nog|al|sinds\s+kort|ook|helaas|jammer\s+genoeg)\b",
    re.IGNORECASE,
)


def _aside(text: str, begin: int, topic: int) -> bool:
    """ "…, zelf herstellend alcoholist", "Sinds kort dement.": words about the person before,
    with no subject of their own ("Ook de daklozenopvang helpt" has one: an article; "zelf
    herstellend van een psychose" has none, the article belongs to "van")."""
    if _APPOSITION.match(text, begin) is None:
        return False
    article = _ARTICLE.search(text, begin, topic)
    # the article of a phrase after a word about the person: "zelf herstellend van een …";
    # not "ook aan de opvang" (the preposition right after "ook" starts a new subject)
    return article is None or _ABOUT_PERSON_PP.fullmatch(text, begin, article.start()) is not None


_ARTICLE = re.compile(r"(?<![\w])(?:de|het|een|die|dat|deze|dit|'t)(?![\w])", re.IGNORECASE)
_ABOUT_PERSON_PP = re.compile(
    r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)+\s+(?:van|met|aan|uit|na|door)\s+", re.IGNORECASE
)


# Homes that are one address to the neighbours: a boat, a caravan, a farm. A house, a flat or a
# room only with what sets it apart: "het huis met de grote boom", "de flat naast de kerk".
_HOME_NOUNS = (
    r"(?:woonboot|woonbootje|woonark|woonwagen|stacaravan|caravan|boerderij|boerderijtje|molen"
    r"|hoekhuis|hoekwoning|tuinhuis|tuinhuisje|huis|huisje|flat|flatje|woning|appartement"
    r"|bovenwoning|benedenwoning|bovenhuis|benedenhuis|rijtjeshuis|zolderkamer|kamer|portiekflat"
    r"|villa|bungalow)"
)
_HOME_DESCRIBED = re.compile(
    r"(?<![\w-])(?:de|het|'t)\s+(?:[^\W\d_]+\s+)?(?:(?:woonboot|woonbootje|woonark|woonwagen"
    r"|stacaravan|caravan|boerderij|boerderijtje|molen)(?![\w-])"
    r"(?:\s+(?:met|bij|naast|tegenover|achter|aan|op|voor|boven|onder)\s+(?:de|het|'t|die|dat"
    r"|een)\s+[^\W\d_][\w'-]*)?"
    r"|" + _HOME_NOUNS + r"\s+(?:met|bij|naast|tegenover|achter|aan|voor|boven|onder)\s+"
    r"(?:de|het|'t|die|dat|een|twee|drie)\s+(?:[^\W\d_]+\s+)?[^\W\d_][\w'-]*)",
    re.IGNORECASE,
)


# The teller says where they live: "Ik, van de blauwe deur naast de snackbar, ...", "ik woon in
# het hofje achter de Sint-Jan", "mijn huis is dat met ...". With a locator in the same sentence
# the teller's own story points at one door.
_TELLER = re.compile(
    r"(?<![\w])(?:(?:ik|wij|we)\s*,\s*(?:van|op|uit|naast|boven|onder|tegenover|achter)\s"
    r"|(?:ik|wij|we)\s+van\s+(?:nummer|nr|\d|(?:de|het)\s+[^\W\d_]+e\s+(?:deur|voordeur|huis"
    r"|huisje|flat|woning|bovenwoning|benedenwoning)\b)"
    # "ik van de woonboot", "wij uit het huis met de grote boom"
    r"|(?:ik|wij|we)\s+(?:van|uit)\s+(?:de|het|'t)\s+(?:[^\W\d_]+\s+)?" + _HOME_NOUNS + r"\b"
    r"|(?:ik|wij|we)\s+(?:(?:\w+\s+)?(?:woon|wonen|woonde|woonden)|zit\s+op|zitten\s+op)\s"
    r"|(?:woon|wonen|woonde|woonden)\s+(?:ik|wij|we)\s"
    r"|(?:mijn|m'n|ons|onze)\s+(?:huis|huisje|deur|voordeur|woning|flat|flatje|bovenwoning"
    r"|benedenwoning|adres)\b"
    # "je kent me wel, van nummer 5", "je vindt ons op 3 hoog", "bij ons thuis"
    r"|(?:ken|kent|kennen|vind|vindt|vinden)\s+(?:je\s+)?(?:me|mij|ons)\b|bij\s+(?:mij|ons)\s+thuis"
    # "Bij mij, op de hoek van het plein, kun je terecht"
    r"|bij\s+(?:mij|ons)\s*,)",
    re.IGNORECASE,
)


# The teller says how the buurt knows them: "ik ben degene met de rode scootmobiel bij de flat",
# "Dit verhaal gaat over mij, de man met de papegaai op het balkon": one person to the
# neighbours, like an address. Not "ik ben een vrouw met diabetes" (anyone).
_SELF_DESCRIBED = re.compile(
    r"(?<![\w])(?:ik\s+ben|ik\s*,|over\s+(?:mij|mezelf)\s*,)\s+((?:degene|diegene|die"
    r"|(?:de|dat|die|het|die\s+ene|dat\s+ene)\s+(?:[^\W\d_]+\s+)?(?:man|vrouw|jongen|meisje"
    r"|meneer|mevrouw|dame|heer|jongeman|buurman|buurvrouw|oudere|moeder|vader|mama|papa|oma|opa"
    r"|bewoner|bewoonster|huurder|huurster|meid|knul|gast|jongere|student|studente|vent"
    r"|oudje|weduwe|weduwnaar|bovenbuurman|bovenbuurvrouw|onderbuurman|onderbuurvrouw))"
    r"\s+(?:met|op|uit|naast|bij|achter|boven|onder|tegenover|van)\s+(?:de|het|die|dat)\s+"
    r"[^,.;:!?()]{3,60}?)(?=\s*(?:[,.;:!?()]|\s(?:en|maar)\s|$))",
    re.IGNORECASE,
)


# "die met de rode buggy", "de man met de gele scootmobiel": seen every day in the buurt.
_COLOURED = re.compile(
    r"\s(?:met|van)\s+(?:de|het|die|dat)\s+(?:\w+e\s+)?(?:rode|blauwe|groene|gele|witte|zwarte"
    r"|oranje|paarse|roze|grijze|bruine|knalrode|felgele)\s",
    re.IGNORECASE,
)
# "uit portiek 3", "van nummer 8": a door in the description.
_LOCATED = re.compile(r"\d|(?<![\w])(?:portiek|flat|galerij|blok|nummer|nr)(?![\w])", re.IGNORECASE)
_WHERE = re.compile(
    r"\s(?:op|uit|naast|bij|achter|boven|onder|tegenover|aan|in)\s+(?:de|het|'t)\s", re.IGNORECASE
)


def _teller_located(text: str, begin: int, end: int, topic: tuple[int, int]) -> str | None:
    """The locator of a teller who says where they live, in the sentence ``begin:end``; not
    the topic itself ("ik woon naast het ziekenhuis"). A long story where the teller says
    where they live in another sentence ("... Nu woon ik op de Kerkweg boven de kapper.")
    points at one door too."""
    tie = _teller_located_in(text, begin, end, topic)
    if tie is None and (begin > 0 or end < len(text)) and _teller(text, begin, topic[0]):
        # the teller's own topic; "woon ik op de Kerkweg" in another sentence of the story
        for home in _I_LIVE.finditer(text):
            if begin <= home.start() < end:
                continue
            stop = min(_sentence_end(text, home.end()), home.end() + 60)
            for locator in LOCATOR.finditer(text, home.end(), stop):
                return " ".join(locator.group().split())
    return tie


# "ik woon sinds maart op ...", "nu woon ik in de Dahliastraat", "wij wonen nu aan ..."
_I_LIVE = re.compile(
    r"(?<![\w])(?:(?:ik|wij|we)\s+(?:[\w']+\s+){0,2}?(?:woon|wonen)|(?:woon|wonen)\s+(?:ik|wij|we))"
    r"(?![\w])",
    re.IGNORECASE,
)


# "ik ben de jongen die altijd bij de Kruidvat op de bank zit": known by a habit at a spot.
_SELF_HABIT = re.compile(r"(?<![\w])(?:ik\s+ben|ik\s*,)\s+(?:de|dat|die|het)\s+", re.IGNORECASE)


# The teller known by a spot: "ik zit altijd op het bankje bij de kerk", "je ziet me elke
# ochtend bij de Albert Heijn", "je kent me wel van het bankje bij de Kruidvat". Not "ik zit
# elke dinsdag in het taalcafé" (inside a place anyone visits).
_SPOT = (
    r"(?:bij|op|voor|naast|onder|tegenover|van)\s+(?:de|het|'t)\s+(?:[\w']+\s+){0,3}?"
    r"(?:(?i:bankje|bushalte|ingang|uitgang|station|markt|kiosk|winkelcentrum|plein"
    r"|speeltuin|parkeerplaats|pinautomaat|geldautomaat|brug|fontein)|[A-Z][\w'’-]+)(?![\w-])"
)
_AT_MY_SPOT = re.compile(
    r"(?i:(?<![\w])(?:ik\s+(?:zit|sta|slaap|lig|hang)\s+(?:[\w']+\s+){0,2}?(?:altijd|vaak|meestal"
    r"|dagelijks|elke\s+(?:dag|ochtend|middag|avond|nacht|zaterdag)|iedere\s+dag|de\s+hele\s+dag"
    r"|overdag)|(?:je|jullie|u)\s+(?:ziet|zien|kent|kennen)\s+(?:me|mij)(?:\s+(?:wel|vast"
    r"|misschien|vaak|altijd|elke\s+(?:dag|ochtend|middag|avond)))*)\s+(?:[\w']+\s+){0,3}?)" + _SPOT
)


def _teller_located_in(text: str, begin: int, end: int, topic: tuple[int, int]) -> str | None:
    if "ik" in text or "Ik" in text or "mij" in text or "mezelf" in text:
        for hit in _AT_MY_SPOT.finditer(text, begin, end):
            if hit.end() <= topic[0] or hit.start() >= topic[1]:
                return " ".join(hit.group().split())
        for hit in _SELF_HABIT.finditer(text, begin, end):
            habit = _habit(text, hit.end(), end, topic[0])
            if habit is not None and not habit.startswith(text[topic[0] : topic[1]]):
                return habit
        for hit in _SELF_DESCRIBED.finditer(text, begin, end):
            if (hit.end(1) <= topic[0] or hit.start(1) >= topic[1]) and (
                _WHERE.search(hit.group(1))
                or _COLOURED.search(hit.group(1))
                or _LOCATED.search(hit.group(1))
                or LOCATOR.search(hit.group(1))
                or hit.group(1)[:3].lower() in ("die", "deg")  # "ik ben die met de tweeling"
            ):  # a place or a colour in it: not "de vrouw met de verhalen"
                return " ".join(hit.group(1).split())
    if _TELLER.search(text, begin, end) is None:
        return None
    for home in _HOME_DESCRIBED.finditer(text, begin, end):
        if home.end() <= topic[0] or home.start() >= topic[1]:
            return " ".join(home.group().split())  # "ik, van de woonboot bij de brug"
    for locator in LOCATOR.finditer(text, begin, end):
        if (locator.end() <= topic[0] or locator.start() >= topic[1]) and not _place_of(
            text, topic[0], locator
        ):
            return " ".join(locator.group().split())
    return None


def _place_of(text: str, topic: int, locator: re.Match[str]) -> bool:
    """ "naar de kerk naast de bakker", "het ziekenhuis aan de Kerkstraat": the locator right
    after a place says where that place is, not where someone lives."""
    if not 0 < locator.start() - topic <= 40:
        return False
    between = text[topic : locator.start()].lower()
    if "," in between or ";" in between or " en " in between:
        return False
    word = _WORD.match(between)
    return between.startswith("naar ") or (
        word is not None and word.group().endswith(_PLACE_TOPICS + _WORSHIP)
    )


_WORSHIP = ("kerk", "moskee", "synagoge", "tempel")


# A clause that starts with a finite verb has its subject in an earlier clause.
_VERB_FIRST = re.compile(
    r"\s*(?:heeft|had|hebben|is|was|zijn|waren|zit|zat|ligt|lag|lijdt|leed|kampt|kreeg|krijgt"
    r"|ben|heb|sta|staat|loop|loopt"
    r"|gebruikt|drinkt|moet|moest|kan|kon|gaat|ging|woont|woonde|komt|kwam"
    r"|slaapt|sliep|leeft|leefde|zwerft|blowt|gokt|draagt|droeg|loopt|liep)\b",
    re.IGNORECASE,
)
# Right before a topic word: what an evening, a group or a collection is about.
# The words right before a topic that make it what something is about or for, not what a
# person has: "een avond over dementie", "voor mensen met (hart- of long)klachten", "werkt in
# het ziekenhuis", "knipt gratis voor daklozen", "een boek over een jongen met autisme".
# Word sets, not a regex: a regex that must end at the topic tries every position before it.
_ABOUT_NOUNS = words(
    """
    avond middag ochtend lezing cursus workshop voorlichting informatie info gesprek boek boekje
    verhaal film artikel bijeenkomst praatgroep les quiz voorstelling toneelstuk liedje
    """
)
_GROUPS = words("iedereen mensen ouderen kinderen jongeren buurtbewoners gezinnen")
# Around an aid: it stands somewhere, is lent, lost or found; nobody's health.
_THING_VERBS = words(
    """
    staat stond staan stonden ligt lag liggen lagen hangt hing leen lenen leent uitlenen
    uitgeleend geleend te beschikbaar gevonden verloren kwijt gestolen gerepareerd repareren
    repareert opgehaald ophalen verkocht verkopen gratis tweedehands
    """
)


def _low_words(text: str, start: int, end: int) -> list[str]:
    return text[start:end].lower().split()


# A food bank or debt help is about a person only with a word of someone who goes there:
# "eet bij de voedselbank", "krijgt een pakket van", "zit in de schuldhulp"; not "kookt bij de
# voedselbank", "doet de administratie van de voedselbank", "Ans van de schuldhulp".
_SERVICES = ("voedselbank", "schuldhulp", "schuldhulpverlening")
_CLIENT = words(
    """
    eet eten at aten haalt halen haalde haalden krijgt krijgen kreeg kregen pakket pakketten
    pakketje gaat gaan ging gingen naar afhankelijk aangewezen klant klanten cliënt client
    ingeschreven aangemeld zit zitten zat zaten loopt lopen liep komt komen kwam kwamen staat
    staan stond stonden doorverwezen verwezen nodig aanvraag aangevraagd recht gebruik leeft
    leven leefde mag mocht moet moest in
    """
)
# "De man naast het ziekenhuis verkoopt bloemen": the place is a landmark, no condition.
_CLIENT_AFTER = words("leeft leven leefde leefden eet eten at aten afhankelijk krijgt kreeg")
_LANDMARK_BEFORE = re.compile(
    r"(?<![\w])(?:naast|tegenover|achter|boven|onder|vlakbij|langs|voorbij|richting)\s+"
    r"(?:de|het|'t)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
# A place word as the subject at the start of a clause: an organisation ("De Voedselbank en
# de buren organiseren", "De daklozenopvang zoekt vrijwilligers").
_ORGANISATION_FIRST = re.compile(r"\s*(?:(?:de|het|'t|onze|ook\s+de)\s+)?", re.IGNORECASE)


# Before a food bank or debt help: someone who gives or helps there, not someone who needs it.
_GIVING = words(
    """
    brengt bracht brengen brachten doneert doneerde doneren gedoneerd schenkt schonk geeft gaf
    geven gaven zamelt zamelde inzamelen ingezameld inzameling collecteert collecte steunt
    steunen sorteert sorteren rijdt reed bezorgt bezorgen vrijwilliger vrijwilligster
    vrijwilligers werkt werkte werken helpt hielp helpen hulp coördinator coördineert
    """
)
# "krijgt hulp van de schuldhulp": the help is for this person.
_RECEIVING = words("krijgt kreeg krijgen kregen ontvangt ontving heeft had nodig zoekt zocht")
_WORKING = words(
    "werkt werkte werken werkten vrijwilliger vrijwilligster stage stagiair stagiaire medewerker"
    " medewerkster baan"
)
_AT = words("in bij op voor aan")
_ARTICLES = words("een de het")


def _subject_matter(before: list[str]) -> bool:
    """Do the words ``before`` a topic (lowercase) make it a subject, not a condition?"""
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    if not before:
        return False
    last = before[-1]
    if last == "voor" or before[-4:] == ["in", "het", "kader", "van"]:
        return True  # "collecte voor de", "in het kader van"
    if last == "over" and len(before) > 1 and before[-2] in _ABOUT_NOUNS:
        return True
    for i in range(len(before) - 1, max(0, len(before) - 5), -1):
        # "mensen in (de) schuldsanering", not "de mensen in het hoekhuis zijn …"
        if (before[i] == "met" or (before[i] == "in" and i == len(before) - 1)) and before[
            i - 1
        ] in _GROUPS:
            return True  # "mensen met hart- of longklachten"
    if last == "met":
        for i in range(len(before) - 2, 0, -1):
            if before[i] == "over" and before[i - 1] in _ABOUT_NOUNS:
                return True  # "een boek over een jongen met autisme"
    return last in _AT and not _WORKING.isdisjoint(before[-4:-1])


_ANYONE = re.compile(
    r"(?<![\w])(?:iemand|mensen|je|jij|jullie|u|iedereen|wie|er)(?![\w])", re.IGNORECASE
)
_SUBJECT_PRONOUN = re.compile(
    r"\s*(?:hij|zij|ze|die|haar|hem|z'n|d'r|zijn)(?!\w)(?!\s+(?:weten|zeggen|vinden|denken))",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?<!\w)(?:hij|zij|ze|hem|haar|z'n|d'r|die)(?!\w)", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def _sentence_end(text: str, position: int) -> int:
    hit = _SENTENCE_END.search(text, position)
    return hit.start() if hit is not None else len(text)


_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence(text: str, position: int) -> int:
    """Where the sentence around ``position`` starts."""
    hit = _SENTENCE_START.search(text, 0, position)
    return hit.start() + 1 if hit is not None else 0


def _tie(
    text: str, start: int, end: int, names: Sequence[tuple[int, int, str]], topic: int
) -> str | None:
    for s, e, name in names:
        if start <= s < end and not s <= topic < e:  # "Tactus heeft …": no tie to itself
            return name
    role = _ROLE_SUBJECT.match(text, start, end)
    if (
        role is not None
        and not _GENERAL_BETWEEN.search(text, role.end(), topic)
        and not _THING_OBJECT.search(text, role.end(), topic)
    ):
        shown = " ".join(role.group(1).split())
        police = shown.lower().endswith(("agent", "boa", "handhaver"))
        if not (police and _JUSTICE_WORDS.search(text, topic, topic + 40)):
            return shown  # "de huismeester, zelf herstellend alcoholist": one person
    for hit in _HONORIFIC_NAME.finditer(text, start, end):
        if hit.end() <= topic or hit.start() > topic:
            return " ".join(hit.group().split())  # "Tante Gerda van de Merelstraat"
    described = _DESCRIBED.match(text, start, end)
    if described is not None and described.end() <= topic:
        return " ".join(described.group(1).split())  # "die lange met de rode jas"
    for hit in _OF_PLACE.finditer(text, start, end):
        if hit.start() <= topic < hit.end():
            continue  # "Praktijkondersteuner GGZ van de …": the topic is no surname
        if not _ARTICLE_BEFORE.search(text, 0, hit.start()) and _is_name_like(hit.group(1)):
            return hit.group()  # "Hiwet van de tuinclub": a person, known by where she helps
    first_person = _teller(text, start, topic)
    habit = _habit(text, start, end, topic)
    if habit is not None:
        return habit  # "kees die altijd bij de aldi staat": known by where he always is
    # "ik woon naast het ziekenhuis": the topic word names the landmark, not a condition
    locator = next(
        (
            m
            for m in LOCATOR.finditer(text, start, end)
            if not m.start() <= topic < m.end() and not _place_of(text, topic, m)
        ),
        None,
    )
    own_family = _OWN_FAMILY.search(text, start, topic)
    for hit in TIE.finditer(text, start, end):
        if first_person is not None and (hit.start() > topic or hit.end() <= first_person.start()):
            continue  # "Ik ben moslim en ik vier Kerst met de buren": about the teller
        if first_person is not None and _I_AM.search(text, first_person.start(), hit.start()):
            continue  # "ik ben een vrouw met diabetes": the teller says who they are
        if (
            own_family is not None
            and hit.start() > topic
            and _AND.search(text, topic, hit.start())
            and not _TIE_BACK.search(text, topic, hit.start())
        ):
            continue  # "Mijn zoon heeft autisme en de buurvrouw brengt hem soms"
        after = _PLACE_RIGHT_AFTER.match(text, hit.end(), topic + 1)
        if _JOB_AT.search(hit.group()) and after is not None and after.end() == topic:
            word = _WORD.match(text.lower(), topic)
            if word is not None and word.group().endswith(_PLACE_TOPICS):
                continue  # "de voorzitter van de daklozenopvang": a job at a place
        if (
            hit.group()[:4].lower() == "een "
            and hit.group()[-3:].lower() == "met"
            and _ABOUT_BEFORE.search(text, max(0, hit.start() - 8), hit.start())
        ):
            continue  # "een boek over een jongen met autisme": nobody in particular
        person = _TRAILING.sub("", " ".join(hit.group().split()))
        if locator is not None and locator.start() >= hit.start():
            return f"{person} … {' '.join(locator.group().split())}"  # "De man … nummer 5"
        return person
    if locator is None:
        # "zij van het huis met de palmboom", "hij uit de woonboot bij de sluis"
        locator = next(
            (
                m
                for m in _HOME_DESCRIBED.finditer(text, start, end)
                if not m.start() <= topic < m.end()
            ),
            None,
        )
    if (
        locator is not None
        and first_person is not None
        and locator.start() > topic
        and _PERSON_WORD.search(text, topic, locator.start())
    ):
        return None  # "Ik zat in de schulden en de buurvrouw van de overkant hielp": her home
    if locator is not None and (
        _PERSONISH.search(text, start, end)
        or _noun_person(text, start, topic)
        or _DESCRIBED_AT.match(text, start, end)
    ):
        return " ".join(locator.group().split())
    return None


def _tie_across(text: str, clause: tuple[int, int], topic: int) -> str | None:
    """ "Nieuw in de Leeuwerikstraat: een meneer die net uit detentie komt": a person in the
    clause of the topic, the place where they live in another clause of the same sentence."""
    if _teller(text, clause[0], topic) or not (
        _THIRD_PERSON.search(text, *clause) or _LIVES_THERE.search(text, *clause)
    ):
        return None
    begin, end = _sentence(text, clause[0]), _sentence_end(text, clause[1])
    locator = LOCATOR.search(text, begin, end)
    return " ".join(locator.group().split()) if locator is not None else None


# "…, daar woont iemand die …", "… woont er een vrouw die …": someone at the place just named.
_LIVES_THERE = re.compile(
    r"(?<![\w])(?:(?:daar|hier|er)\s+(?:woont|wonen|woonde|slaapt|zit|verblijft)"
    r"|(?:woont|wonen|woonde|slaapt|verblijft)\s+(?:daar|hier|er))(?![\w])",
    re.IGNORECASE,
)


# "ik ben een vrouw met …", "ik was een jongen van …": the person word is the teller.
_I_AM = re.compile(r"(?:ik|wij|we)\s+(?:ben|was|zijn|waren)\s+(?:zelf\s+|ook\s+)?$", re.I)


# The teller's family as the subject: "Mijn zoon heeft autisme en de buurvrouw brengt hem".
_OWN_FAMILY = re.compile(r"(?<![\w'])(?:mijn|m'n|mn|onze|ons)\s+" + _FAMILY + r"(?![\w-])", re.I)
_AND = re.compile(r"(?<![\w])(?:en|maar|want|dus)(?![\w])", re.IGNORECASE)
# "mijn zoon heeft autisme, net als de buurjongen": the neighbour has it too.
_TIE_BACK = re.compile(r"(?<![\w])(?:net\s+als|zoals|ook|evenals)(?![\w])", re.IGNORECASE)
# "mijn opname", "onze lange opname", "m'n depressie": the teller's own topic.
_OWN = re.compile(r"(?<![\w'])(?:mijn|m'n|mn|onze|ons)\s+(?:[^\W\d_]+e\s+)?$", re.IGNORECASE)
# A subject after the teller: "ik heb met hem gepraat en hij is dakloos" is about him.
_THIRD_SUBJECT = re.compile(r"(?<!\w)(?:hij|zij|ze|die)(?!\w)", re.IGNORECASE)


def _teller(text: str, begin: int, end: int) -> re.Match[str] | None:
    """The last "ik" or "we" in ``begin:end``, unless a third person speaks after it."""
    last = None
    for last in _FIRST_PERSON.finditer(text, begin, end):  # noqa: B007
        pass
    if last is None or _THIRD_SUBJECT.search(text, last.end(), end):
        return None
    return last


# A person known by a habit at a spot: "kees die altijd bij de aldi staat", "Piet die elke dag
# op het bankje bij de kerk zit", "de jongen die al weken in het park slaapt".
_HABIT = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s*,?\s+(?:die|dat)\s+(?:[\w']+\s+){0,2}?(?:altijd|vaak"
    r"|elke\s+(?:dag|ochtend|middag|avond)|iedere\s+dag|dagelijks|meestal|steeds|de\s+hele\s+dag"
    r"|al\s+(?:weken|maanden|jaren))\s+(?:[\w']+\s+){0,3}?(?:bij|op|aan|voor|naast|in|onder"
    r"|achter|tegenover|rond)\s+(?:de|het|'t|die|dat|een)\s+(?:[^\W\d_]+\s+)?[^\W\d_][\w'’-]*",
    re.IGNORECASE,
)
_PERSON_WORD = re.compile(_PERSON + r"|" + _NEIGHBOUR, re.IGNORECASE)


def _habit(text: str, start: int, end: int, topic: int) -> str | None:
    if "die " not in text and "dat " not in text:
        return None
    for hit in _HABIT.finditer(text, start, end):
        if hit.start() <= topic < hit.end():
            continue  # "die altijd bij het ziekenhuis staat": the topic is the spot
        who = hit.group(1)
        if _PERSON_WORD.fullmatch(who) or (
            who.lower() not in _NOT_WHO and _is_name_like(who[:1].upper() + who[1:])
        ):
            return " ".join(hit.group().split())
    return None


_NOT_WHO = words("wie iemand iedereen niemand er hier daar dit dat die")


_THIRD_PERSON = re.compile(r"(?<!\w)(?:hij|zij|hem|" + _PERSON[3:-1] + r")(?!\w)", re.IGNORECASE)


def _noun_person(text: str, start: int, topic: int) -> bool:
    """ "Die Syriër van de overkant", "de junkie naast de bakker": the topic word is the person.
    Not an adjective ("de Turkse bakker", "de islamitische slager"): that is about a shop."""
    word = _WORD.match(text, topic)
    if word is None or word.group().lower().endswith(("se", "che")):
        return False
    if word.group().lower().endswith(_PLACE_TOPICS):
        return False  # "De nachtopvang zit aan de Gasthuisstraat 25": a place, not a person
    if word.group().lower().startswith(_AIDS):
        return False  # "bij blok A staat een rolstoel": a thing, nobody's health
    if text[max(0, topic - 4) : topic].lower().endswith(("ex-", "oud-")):
        # "ex-gedetineerde van 3 hoog", "de oud-verslaafde uit portiek 2": one person; not
        # "Ex-verslaafden vertellen …" (a group)
        return not word.group().lower().endswith(("en", "s"))
    return _NOUN_BEFORE.search(text, start, topic) is not None


_JOB_AT = re.compile(
    r"(?:voorzitter|directeur|directrice|beheerder|beheerster|eigenaar|eigenaresse|secretaris"
    r"|penningmeester|conciërge|huismeester|koster|trainer|trainster|juf|meester|uitbater"
    r"|uitbaatster|medewerker|medewerkster|vrijwilliger|vrijwilligster)\s+(?:van|bij|in)$",
    re.IGNORECASE,
)
_PLACE_RIGHT_AFTER = re.compile(r"\s+(?:de|het|'t)\s+(?=\w)", re.IGNORECASE)


# Topic words that name a place or a service ("de daklozenopvang", "de kliniek"): as the subject
# of a sentence with an address or opening hours they are a public place.
_PLACE_TOPICS = (
    "opvang", "kliniek", "gevangenis", "ziekenhuis", "hospice", "ggz", "instelling", "voedselbank",
    "schuldhulp", "schuldhulpverlening", "jeugdzorg", "jeugdbescherming",
)  # fmt: skip
_NAMED_PLACES = (*_PLACE_TOPICS, *_WORSHIP)
# Topic words for a thing: aids, medicines. As a noun they are never the person.
_AIDS = (
    "rolstoel", "rollator", "scootmobiel", "gehoorapparaat", "prothese", "medicijn", "medicatie",
    "insuline", "pacemaker", "kunstheup", "kunstknie", "stoma", "methadon", "antidepressiva",
    "lithium", "voedselpakket", "hoofddoek", "keppel", "boerka", "koran",
)  # fmt: skip
# "dat ik kanker had": a pronoun between is the subject, the topic is no person.
_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:de|die|deze|een|dat|onze)\s+(?:(?!(?:ik|je|jij|hij|zij|ze|we|wij|u|het|men)\s)\w+\s+)?$",
    re.IGNORECASE,
)


# "Henk van de fietsenwerkplaats", "Hiwet uit de flat", "Hennie de Groot van de Merelstraat":
# someone named after their place.
_OF_PLACE = re.compile(
    r"(?<![\w'’-])([A-Z][^\W\d_]+)(?:\s+(?:(?:van\s+(?:de|der|den)|de|van|den|der|ter|ten|te"
    r"|in\s+'t|op\s+de)\s+)?[A-Z][a-zà-ÿ'’-]+)?\s+(?:van|uit)\s+(?:de|het|'t)\s+\w+"
)


# A family word or an honorific before a capitalised word is a person, also where the name
# list takes "Gerda van de Merelstraat" for a street named after someone: "Tante Gerda",
# "ome Wim", "buurvrouw Ans", "juf Samira". The name must be capitalised; "oma en opa" is none.
_HONORIFIC_NAME = re.compile(
    r"(?:(?<![\w-])(?i:tante|ome|oom|oma|opa|omie|opie|juf|meester|buurvrouw|buurman|buurmeisje"
    r"|buurjongen|mevrouw|meneer|mevr|mw|dhr|hr|zuster|neef|nicht|nichtje|neefje|vriendin"
    r"|vriend|broer|zus|zusje|broertje|schoonzus|zwager|collega)\.?\s+"
    # a nickname, in lower case only: "ouwe Dirk", "gekke Henk", "dikke Bertus" (not the
    # "Lange Nieuwstraat", not a place: "kleine Kerk")
    r"|(?<![\w-])(?:ouwe|dikke|lange|kleine|gekke|rooie|malle|stille)\s+"
    r"(?![A-Z]\w*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park|brug|kerk|markt"
    r"|toren|molen|huis|school)\b))"
    r"(?!(?:De|Het|Een|En|Van|Op|In|Uit|Bij|Met|Die|Dat|Deze|Ik|Hij|Zij|We|Wij|Ze)\b)"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[\s-]+(?:(?:van|de|der|den|van\s+de|van\s+der)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
)
# A person known by a look or a companion, at the start of a clause: "die lange met de rode
# jas", "degene met de herder", "die met de tweeling". Not a relative clause ("de tas die met
# de post kwam"): only at the start of a clause.
_DESCRIBED = re.compile(
    r"\s*((?:(?:die|degene|diegene)\s+(?:[^\W\d_]+e\s+)?|(?:de|het)\s+[^\W\d_]+e\s+)met\s+"
    r"(?:de|het|die|dat|een|twee|drie"
    r"|vier|zijn|haar|z'n|d'r)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+)",
    re.IGNORECASE,
)


# "die dikke van drie hoog", "die oude uit portiek 3": a person known by where, with a locator
_DESCRIBED_AT = re.compile(
    r"\s*(?:(?:die|degene|diegene)\s+(?:[^\W\d_]+e\s+)?|(?:de|het)\s+(?:nieuwe|oude|jonge"
    r"|lange|kleine|dikke|dunne|blonde|stille|gekke|aardige|vriendelijke|nieuwkomer|nieuwkomers"
    r"|nieuwelingen|nieuweling)\s+)(?:van|op|uit|naast|boven|onder|tegenover|achter|bij)\s",
    re.IGNORECASE,
)


# "Het Buurtpastoraat van de …": a name takes no article.
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:de|het|een|onze|ons|'t|deze|die|dit|dat)\s+$", re.I)


def _is_name_like(word: str) -> bool:
    """Not an ordinary Dutch word: a first name, or a word no list knows ("Hiwet")."""
    from . import names

    return names.word_class(word) != names.ORDINARY


_ABOUT_BEFORE = re.compile(r"(?<![\w])(?:over|van|voor|uit|als|aan)\s+$", re.IGNORECASE)


# "De man op" → "De man": the word that only leads to the locator.
_TRAILING = re.compile(
    r"\s+(?:van|op|uit|in|naast|met|bij|aan|tegenover|om|boven|onder|achter|die)$", re.IGNORECASE
)
