"""The three issue forms as the converter knows them: ids, labels and which are required.

The templates in `.github/ISSUE_TEMPLATE/` must match these definitions field for field; a
test reads the templates and compares them, so a field can never be added to a form and then
silently ignored here. Choice fields map the words a volunteer sees to the values in the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from welkom.model import ActiviteitSoort, PlekSoort, Toegankelijk


@dataclass(frozen=True, slots=True)
class Field:
    id: str
    label: str
    required: bool = False
    choices: dict[str, str] = field(default_factory=dict)  # option shown → value in the data


@dataclass(frozen=True, slots=True)
class Form:
    kind: str  # activiteit | plek | verhaal
    name: str  # as GitHub shows it in the template chooser
    label: str  # the GitHub label the form adds; the workflow reads it
    template: str  # file name in .github/ISSUE_TEMPLATE/
    fields: tuple[Field, ...]

    def field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)


ACTIVITEIT_SOORTEN: dict[str, str] = {
    "Koffie en praten": ActiviteitSoort.KOFFIE,
    "Samen eten": ActiviteitSoort.MAALTIJD,
    "Repair Café: samen repareren": ActiviteitSoort.REPAIRCAFE,
    "Portiekcafé": ActiviteitSoort.PORTIEKCAFE,
    "Spreekuur": ActiviteitSoort.SPREEKUUR,
    "Taal: Nederlands oefenen": ActiviteitSoort.TAAL,
    "Creatief: knutselen, tekenen of handwerk": ActiviteitSoort.CREATIEF,
    "Bewegen en sport": ActiviteitSoort.BEWEGEN,
    "Wandelen": ActiviteitSoort.WANDELEN,
    "Spelletjes": ActiviteitSoort.SPEL,
    "Muziek en zingen": ActiviteitSoort.MUZIEK,
    "Tuinieren": ActiviteitSoort.TUINIEREN,
    "Voor kinderen": ActiviteitSoort.KINDEREN,
    "Kleding ruilen of halen": ActiviteitSoort.KLEDING,
    "Bijeenkomst of overleg": ActiviteitSoort.BIJEENKOMST,
    "Feest": ActiviteitSoort.FEEST,
    "Iets anders": ActiviteitSoort.ANDERS,
}

PLEK_SOORTEN: dict[str, str] = {
    "Buurthuis": PlekSoort.BUURTHUIS,
    "Wijkcentrum": PlekSoort.WIJKCENTRUM,
    "Inloop": PlekSoort.INLOOP,
    "Huiskamer van de buurt": PlekSoort.HUISKAMER,
    "Portiekcafé": PlekSoort.PORTIEKCAFE,
    "Repair Café": PlekSoort.REPAIRCAFE,
    "Moestuin": PlekSoort.MOESTUIN,
    "Kledingbank": PlekSoort.KLEDINGBANK,
    "Voedselbank": PlekSoort.VOEDSELBANK,
    "Kringloopwinkel": PlekSoort.KRINGLOOP,
    "Bibliotheek": PlekSoort.BIBLIOTHEEK,
    "Speeltuin": PlekSoort.SPEELTUIN,
    "Park": PlekSoort.PARK,
    "Sport": PlekSoort.SPORT,
    "Gebedshuis": PlekSoort.GEBEDSHUIS,
    "Spreekuur": PlekSoort.SPREEKUUR,
    "Iets anders": PlekSoort.ANDERS,
}

TOEGANKELIJK: dict[str, str] = {
    "Goed met een rolstoel": Toegankelijk.ROLSTOEL,
    "Invalidentoilet": Toegankelijk.INVALIDENTOILET,
    "Ringleiding": Toegankelijk.RINGLEIDING,
    "Lift": Toegankelijk.LIFT,
    "Alles gelijkvloers": Toegankelijk.GELIJKVLOERS,
    "Hulphond welkom": Toegankelijk.HULPHOND,
    "Prikkelarm": Toegankelijk.PRIKKELARM,
}

PRIVACY_OPTION = (
    "Ik heb geen namen, telefoonnummers, e-mailadressen of huisadressen van mensen ingevuld."
)
TOESTEMMING_OPTION = (
    "De verteller weet dat dit verhaal op de site komt, voor iedereen te lezen, en vindt dat goed."
)

_GEMEENTE = Field("gemeente", "Gemeente", required=True)
_BUURT = Field("buurt", "Buurt", required=True)
_PRIVACY = Field("privacy", "Privacy", required=True, choices={PRIVACY_OPTION: "ja"})

ACTIVITEIT = Form(
    kind="activiteit",
    name="Nieuwe activiteit",
    label="formulier: activiteit",
    template="nieuwe-activiteit.yml",
    fields=(
        Field("titel", "Hoe heet de activiteit?", required=True),
        _GEMEENTE,
        _BUURT,
        Field("plek", "Waar is het?", required=True),
        Field("soort", "Wat voor activiteit is het?", choices=ACTIVITEIT_SOORTEN),
        Field("wanneer", "Wanneer is het?", required=True),
        Field("tijd", "Hoe laat?", required=True),
        Field("vanaf", "Eerste keer"),
        Field("tot", "Laatste keer"),
        Field("behalve", "Niet op deze dagen"),
        Field("kosten", "Wat kost het?"),
        Field("aanmelden", "Moet je je aanmelden?"),
        Field("voor", "Voor wie is het?"),
        Field("organisatie", "Welke organisatie doet het?"),
        Field("omschrijving", "Wat gaan jullie doen?", required=True),
        _PRIVACY,
    ),
)

PLEK = Form(
    kind="plek",
    name="Plek wijzigen",
    label="formulier: plek",
    template="plek-wijzigen.yml",
    fields=(
        _GEMEENTE,
        _BUURT,
        Field("plek", "Welke plek wil je veranderen?", required=True),
        Field("naam", "Hoe heet de plek nu?"),
        Field("soort", "Wat voor plek is het?", choices=PLEK_SOORTEN),
        Field("open", "Openingstijden"),
        Field("gesloten", "Extra dagen dicht"),
        Field("toegankelijk", "Toegankelijkheid", choices=TOEGANKELIJK),
        Field("omschrijving", "Nieuwe beschrijving"),
        Field("website", "Website van de plek"),
        Field("toelichting", "Toelichting voor de beheerders"),
        _PRIVACY,
    ),
)

VERHAAL = Form(
    kind="verhaal",
    name="Nieuw verhaal",
    label="formulier: verhaal",
    template="nieuw-verhaal.yml",
    fields=(
        Field("titel", "Titel van het verhaal", required=True),
        Field("gemeente", "Gemeente"),
        Field("buurt", "Buurt"),
        Field("verteller", "Wie vertelt het verhaal?", required=True),
        Field("datum", "Wanneer gebeurde het?"),
        Field("samenvatting", "Het verhaal in één zin"),
        Field("verhaal", "Het verhaal", required=True),
        Field("toestemming", "Toestemming", required=True, choices={TOESTEMMING_OPTION: "ja"}),
        _PRIVACY,
    ),
)

FORMS: dict[str, Form] = {f.kind: f for f in (ACTIVITEIT, PLEK, VERHAAL)}
