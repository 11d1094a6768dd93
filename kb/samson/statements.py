"""The SAMSON self-assessment: the four values of the scorecard in KS's handbook «La oss
gjøre det sammen!» (Kobro mfl., USN/SESAM 2018, CC BY-NC-SA 4.0), each with statements a
partner scores. The statements are ours, written from the handbook's description of each
value (not its wording), and are shared under the same licence, as it asks."""

from dataclasses import dataclass

from kb.core.licences import Licence

SOURCE_TITLE = (
    "KS: «La oss gjøre det sammen! Håndbok i lokal samskapende sosial innovasjon» "
    "(Kobro mfl., USN/SESAM, 2018)"
)
SOURCE_URL = (
    "https://www.ks.no/contentassets/cc2dd10e4e054c768c0ffdbd9fa29384/handbok-for-samskaping.pdf"
)
SOURCE_LICENCE = Licence.CC_BY_NC_SA_4

# (score, label): how much a partner agrees with a statement.
SCALE = [
    (1, "Helt uenig"),
    (2, "Litt uenig"),
    (3, "Verken enig eller uenig"),
    (4, "Litt enig"),
    (5, "Helt enig"),
]
LOWEST, HIGHEST = SCALE[0][0], SCALE[-1][0]


@dataclass(frozen=True)
class Value:
    key: str
    label: str
    statements: tuple  # ((key, text), ...)


VALUES = (
    Value(
        "likeverdighet",
        "Likeverdighet",
        (
            ("likeverdighet-1", "Alle partnerne får like stor plass når vi drøfter og bestemmer."),
            (
                "likeverdighet-2",
                "Erfaringene til de minste partnerne teller like mye som kommunens.",
            ),
            ("likeverdighet-3", "Min organisasjon blir tatt på alvor i samarbeidet."),
        ),
    ),
    Value(
        "utveksling",
        "Gjensidig utveksling av kunnskap og ressurser",
        (
            ("utveksling-1", "Partnerne deler åpent det de vet, også om det som ikke virker."),
            (
                "utveksling-2",
                "Lokaler, utstyr, penger og arbeidstid kommer fra flere enn én partner.",
            ),
            ("utveksling-3", "Jeg vet hva de andre partnerne bidrar med, og de vet hva vi gir."),
        ),
    ),
    Value(
        "laering",
        "Felles læring",
        (
            ("laering-1", "Vi setter av tid til å se tilbake på hva vi har lært sammen."),
            ("laering-2", "Vi endrer planene når vi ser at noe bør gjøres annerledes."),
            (
                "laering-3",
                "Jeg har lært noe av de andre partnerne som jeg tar med hjem til egen virksomhet.",
            ),
        ),
    ),
    Value(
        "lederskap",
        "Kollektivt lederskap",
        (
            ("lederskap-1", "Ansvaret for å drive samarbeidet videre er delt mellom partnerne."),
            ("lederskap-2", "Det er tydelig for alle hvem som bestemmer hva."),
            (
                "lederskap-3",
                "Når vi er uenige, finner vi løsningen sammen i stedet for at én part avgjør.",
            ),
        ),
    ),
)

STATEMENT_KEYS = tuple(key for value in VALUES for key, _text in value.statements)
