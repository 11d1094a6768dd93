"""Arrangementer: Lederkonferansen 2025 og den faste møteplassen Digital formiddagskaffe.

Lederkonferansen og Digital formiddagskaffe er reelle tiltak i handlingsplanen til Norsk
kulturskoleråd Nordland for 2024–2025. Datoer, steder, programmer, innledere og
medarrangører her er eksempler laget for demonstrasjon og er merket som eksempelprogram.
"""

NKR_NORDLAND = "Norsk kulturskoleråd Nordland"

LEADERS_CONFERENCE = {
    "slug": "lederkonferansen-2025",
    "title": "Lederkonferansen 2025",
    "summary": (
        "Eksempelprogram: Lederkonferansen samler kulturskoleeiere og kulturskoleledere i "
        "Nordland om kulturskolen som samhandlingsaktør for levende lokalsamfunn. Dato, sted "
        "og program på denne siden er eksempler."
    ),
    "description": (
        "<p>Norsk kulturskoleråd Nordland arrangerer en lederkonferanse for "
        "medlemskommunene våren 2025. Hovedmålgruppen er kulturskoleeiere og "
        "kulturskoleledere, og partnere og andre relevante aktører inviteres som "
        "medarrangører.</p>"
        "<p>Konferansen bygger på utviklingsområdet i handlingsplanen for 2024–2025: "
        "<em>Samhandling – kulturskolen som samhandlingsaktør for levende "
        "lokalsamfunn</em>. Målet er at deltakerne drar hjem med konkrete verktøy og nye "
        "kontakter, og med argumenter for å løfte kulturskolen inn i kommunens "
        "utviklingsarbeid.</p>"
        "<p><strong>Merk:</strong> Dato, sted og program er et eksempel laget for å vise "
        "hvordan Samskapingsbanken presenterer arrangementer. Organisasjonene som står "
        "oppført som medarrangører og partner, er i dette eksempelet bare invitert, og "
        "innlederne er ikke navngitt.</p>"
    ),
    "start_date": "2025-04-09",
    "end_date": "2025-04-09",
    "location": "Bodø",
    "is_digital": False,
    "organisers": [
        (NKR_NORDLAND, "arrangor"),
        ("KS Nord (invitert medarrangør)", "medarrangor"),
        ("Nordland fylkeskommune (invitert medarrangør)", "medarrangor"),
        ("Nord universitet (invitert partner)", "partner"),
    ],
    "themes": [
        "samhandling",
        "ledelse-og-kommunal-forankring",
        "partnerskap-og-samarbeid",
        "maling-av-sosial-verdi",
    ],
    "sessions": [
        {
            "start": "10:00",
            "end": "10:20",
            "title": "Velkommen: samhandling som utviklingsområde",
            "speakers": NKR_NORDLAND,
            "description": (
                "Hvorfor har fylkesavdelingen valgt samhandling som utviklingsområde, og hva "
                "har vi lært så langt i perioden?"
            ),
            "materials": [
                {
                    "title": "Handlingsplan 2024–2025 i kortversjon",
                    "kind": "document",
                    "url": "",
                    "members_only": False,
                },
            ],
        },
        {
            "start": "10:20",
            "end": "11:15",
            "title": "Kulturskolen som samhandlingsaktør for levende lokalsamfunn",
            "speakers": "Innleder fra universitets- og høgskolesektoren (eksempel)",
            "description": (
                "Et innlegg om hva forskningen sier om samskaping i kommunene, og hva det "
                "betyr for kulturskolen som opplæringsinstitusjon og samfunnsaktør."
            ),
            "materials": [
                {
                    "title": "Lysark fra innlegget",
                    "kind": "slides",
                    "url": "",
                    "members_only": False,
                },
                {
                    "title": "Opptak av innlegget",
                    "kind": "video",
                    "url": "https://example.com/lederkonferansen-2025/opptak-innlegg",
                    "members_only": True,
                },
            ],
        },
        {
            "start": "11:15",
            "end": "12:00",
            "title": "Fra samarbeid til samskaping: erfaringer fra kommunene",
            "speakers": "Kulturskoleledere fra tre medlemskommuner (eksempel)",
            "description": (
                "Samtale om tre samarbeid på ulike nivåer: hva som fikk dem i gang, hva som "
                "var vanskelig, og hvordan kulturskoleeieren var involvert."
            ),
            "materials": [
                {
                    "title": "Eksempelhistorier i Samskapingsbanken",
                    "kind": "link",
                    "url": "https://example.com/eksempler",
                    "members_only": False,
                },
            ],
        },
        {
            "start": "12:00",
            "end": "12:45",
            "title": "Lunsj",
            "speakers": "",
            "description": "Lunsj og tid til å knytte kontakter på tvers av kommunene.",
            "materials": [],
        },
        {
            "start": "12:45",
            "end": "14:00",
            "title": "Verdenskafé: Hvordan får kulturskolen plass i kommunens planer?",
            "speakers": "Fasilitert av Norsk kulturskoleråd Nordland",
            "description": (
                "Deltakerne samtaler i små grupper om hvordan kulturskolens potensial kan "
                "synliggjøres for den politiske og administrative toppledelsen i kommunen."
            ),
            "materials": [
                {
                    "title": "Spørsmål til verdenskafeen",
                    "kind": "document",
                    "url": "",
                    "members_only": False,
                },
                {
                    "title": "Oppsummering fra bordene",
                    "kind": "document",
                    "url": "",
                    "members_only": True,
                },
            ],
        },
        {
            "start": "14:15",
            "end": "15:00",
            "title": "Måling av sosial verdi i praksis",
            "speakers": "Innleder fra kommunesektoren (eksempel)",
            "description": (
                "En praktisk innføring i SoImpact og SAMSON fra KS-håndboka om samskaping: "
                "hvordan dere kan sette mål, velge indikatorer og vurdere selve samarbeidet."
            ),
            "materials": [
                {
                    "title": "Lysark om SoImpact og SAMSON",
                    "kind": "slides",
                    "url": "",
                    "members_only": False,
                },
                {
                    "title": "Opptak av innføringen",
                    "kind": "video",
                    "url": "https://example.com/lederkonferansen-2025/opptak-sosial-verdi",
                    "members_only": True,
                },
            ],
        },
        {
            "start": "15:00",
            "end": "15:30",
            "title": "Oppsummering og veien videre",
            "speakers": NKR_NORDLAND,
            "description": (
                "Hva tar vi med oss hjem, og hva ønsker medlemskommunene at fylkesavdelingen "
                "skal prioritere framover?"
            ),
            "materials": [],
        },
    ],
}

FORMIDDAGSKAFFE = {
    "slug": "digital-formiddagskaffe",
    "title": "Digital formiddagskaffe",
    "intro": (
        "<p>Digital formiddagskaffe er den faste digitale møteplassen til Norsk "
        "kulturskoleråd Nordland, åpen for medlemskommunene og andre interesserte. Ta med "
        "kaffekoppen og bli med på et kort innlegg og en uformell samtale om samhandling, "
        "samskaping og kulturskolens rolle i lokalsamfunnet.</p>"
        "<p>Møtene er korte, slik at de passer inn i en travel arbeidsdag, og gir "
        "kulturskoleledere i hele fylket en mulighet til å dele erfaringer uten lang "
        "reisevei.</p>"
        "<p><strong>Merk:</strong> Møteplassen er reell, men episodene, datoene og temaene "
        "som vises her, er eksempler laget for demonstrasjon.</p>"
    ),
    "themes": ["digitale-moteplasser", "samhandling"],
    "episodes": [
        {
            "slug": "formiddagskaffe-2024-09-samhandling",
            "title": "Digital formiddagskaffe: Hva betyr samhandling for kulturskolen?",
            "summary": (
                "Eksempelprogram: Vi starter høsten med å snakke om utviklingsområdet for "
                "2024–2025, og om hvor kulturskolene i Nordland står i dag."
            ),
            "description": (
                "<p>Et kort innlegg om forskjellen på samarbeid, samhandling og samskaping, "
                "etterfulgt av en samtale om hvilke samarbeid deltakerne har i dag, og hvor "
                "de ønsker å gå videre.</p>"
            ),
            "start_date": "2024-09-18",
            "end_date": "2024-09-18",
            "location": "Teams",
            "is_digital": True,
            "organisers": [(NKR_NORDLAND, "arrangor")],
            "themes": ["samhandling", "samskaping"],
            "sessions": [
                {
                    "start": "10:00",
                    "end": "10:25",
                    "title": "Samarbeid, samhandling eller samskaping?",
                    "speakers": NKR_NORDLAND,
                    "description": (
                        "Innlegg om de tre nivåene og hvordan de kan brukes som et "
                        "refleksjonsverktøy i kulturskolen."
                    ),
                    "materials": [
                        {
                            "title": "Lysark",
                            "kind": "slides",
                            "url": "",
                            "members_only": False,
                        },
                    ],
                },
                {
                    "start": "10:25",
                    "end": "11:00",
                    "title": "Samtale: Hvor står vi i dag?",
                    "speakers": "Deltakerne",
                    "description": (
                        "Deltakerne plasserer egne samarbeid på de tre nivåene og deler erfaringer."
                    ),
                    "materials": [],
                },
            ],
        },
        {
            "slug": "formiddagskaffe-2024-11-bibliotek",
            "title": "Digital formiddagskaffe: Kulturskolen og biblioteket",
            "summary": (
                "Eksempelprogram: Hva kan kulturskolen og biblioteket få til sammen? Vi ser på "
                "Startpakke for samskaping og deler erfaringer fra kommunene."
            ),
            "description": (
                "<p>Biblioteket er mange steder en naturlig partner for kulturskolen. Vi "
                "presenterer oppgavene i Startpakke for samskaping og snakker om hva som "
                "skal til for å komme i gang.</p>"
            ),
            "start_date": "2024-11-20",
            "end_date": "2024-11-20",
            "location": "Teams",
            "is_digital": True,
            "organisers": [(NKR_NORDLAND, "arrangor")],
            "themes": ["partnerskap-og-samarbeid", "kulturskolen-som-ressurssenter"],
            "sessions": [
                {
                    "start": "10:00",
                    "end": "10:10",
                    "title": "Innsjekk",
                    "speakers": NKR_NORDLAND,
                    "description": "Kort runde: Hvem er her, og hva samarbeider dere om i dag?",
                    "materials": [],
                },
                {
                    "start": "10:10",
                    "end": "10:35",
                    "title": "Fra problem til prototyp sammen med biblioteket",
                    "speakers": "Bibliotekar og kulturskoleleder (eksempel)",
                    "description": (
                        "Hvordan oppgavene i startpakken kan brukes i et felles prosjekt "
                        "mellom kulturskole og bibliotek."
                    ),
                    "materials": [
                        {
                            "title": "Opptak",
                            "kind": "video",
                            "url": "https://example.com/formiddagskaffe/2024-11-opptak",
                            "members_only": True,
                        },
                    ],
                },
                {
                    "start": "10:35",
                    "end": "11:00",
                    "title": "Spørsmål og erfaringsdeling",
                    "speakers": "Deltakerne",
                    "description": "Åpen samtale om muligheter og hindringer.",
                    "materials": [],
                },
            ],
        },
        {
            "slug": "formiddagskaffe-2025-02-ungdomsrad",
            "title": "Digital formiddagskaffe: Ungdomsrådet som partner",
            "summary": (
                "Eksempelprogram: Hvordan kan kulturskolen samarbeide med ungdomsrådet slik "
                "at de unge får reell innflytelse, og ikke bare blir spurt til slutt?"
            ),
            "description": (
                "<p>Vi ser på ulike former for medvirkning, fra høring til "
                "medvirkningsbudsjett, og snakker om hva som skal til for at ungdom "
                "opplever at de blir tatt på alvor.</p>"
            ),
            "start_date": "2025-02-12",
            "end_date": "2025-02-12",
            "location": "Teams",
            "is_digital": True,
            "organisers": [(NKR_NORDLAND, "arrangor")],
            "themes": ["medvirkning", "samskaping"],
            "sessions": [
                {
                    "start": "10:00",
                    "end": "10:30",
                    "title": "Når ungdom bestemmer",
                    "speakers": "Medlemmer av et ungdomsråd og en kulturskoleleder (eksempel)",
                    "description": (
                        "Erfaringer fra et medvirkningsbudsjett der ungdom foreslo og stemte "
                        "fram kulturtilbud."
                    ),
                    "materials": [
                        {
                            "title": "Metoden medvirkningsbudsjett",
                            "kind": "link",
                            "url": "https://example.com/metoder/medvirkningsbudsjett",
                            "members_only": False,
                        },
                    ],
                },
                {
                    "start": "10:30",
                    "end": "11:00",
                    "title": "Samtale i grupperom",
                    "speakers": "Deltakerne",
                    "description": "Hva kan vi prøve i vår kommune neste halvår?",
                    "materials": [],
                },
            ],
        },
        {
            "slug": "formiddagskaffe-2025-10-sosial-verdi",
            "title": "Digital formiddagskaffe: Måle det som betyr noe",
            "summary": (
                "Eksempelprogram: En kort innføring i de seks stegene i SoImpact, med "
                "eksempler på indikatorer som passer for kulturskolens samarbeid."
            ),
            "description": (
                "<p>Hvordan kan kulturskolen vise hvilken forskjell et samarbeid gjør? Vi går "
                "gjennom de seks stegene i SoImpact og ser på eksempler på nullpunkt og "
                "indikatorer.</p>"
            ),
            "start_date": "2025-10-15",
            "end_date": "2025-10-15",
            "location": "Teams",
            "is_digital": True,
            "organisers": [(NKR_NORDLAND, "arrangor")],
            "themes": ["maling-av-sosial-verdi", "ledelse-og-kommunal-forankring"],
            "sessions": [
                {
                    "start": "10:00",
                    "end": "10:30",
                    "title": "SoImpact steg for steg",
                    "speakers": NKR_NORDLAND,
                    "description": (
                        "Fra formål og målgrupper til indikatorer, nullpunktsmåling og nye "
                        "målinger."
                    ),
                    "materials": [
                        {
                            "title": "Lysark",
                            "kind": "slides",
                            "url": "",
                            "members_only": False,
                        },
                        {
                            "title": "Regnearkmal for SoImpact",
                            "kind": "document",
                            "url": "",
                            "members_only": True,
                        },
                    ],
                },
                {
                    "start": "10:30",
                    "end": "11:00",
                    "title": "Prøv selv",
                    "speakers": "Deltakerne",
                    "description": (
                        "Deltakerne velger ett av sine egne samarbeid og formulerer en "
                        "målgruppe, en ønsket endring og en indikator."
                    ),
                    "materials": [],
                },
            ],
        },
        {
            "slug": "formiddagskaffe-2026-03-samtykke",
            "title": "Digital formiddagskaffe: Bilder, samtykke og personvern",
            "summary": (
                "Eksempelprogram: Hva må kulturskolen tenke på når bilder av elever skal "
                "brukes i eksempelhistorier, på nettsider og i sosiale medier?"
            ),
            "description": (
                "<p>Bilder av elever er personopplysninger. Vi går gjennom samtykke fra "
                "foresatte for elever under 15 år, hvorfor samtykket må gjelde en bestemt "
                "bruk, og hvorfor det bør fornyes hvert år.</p>"
            ),
            "start_date": "2026-03-11",
            "end_date": "2026-03-11",
            "location": "Teams",
            "is_digital": True,
            "organisers": [(NKR_NORDLAND, "arrangor")],
            "themes": ["digitale-moteplasser", "ledelse-og-kommunal-forankring"],
            "sessions": [
                {
                    "start": "10:00",
                    "end": "10:30",
                    "title": "Samtykke i praksis",
                    "speakers": "Personvernrådgiver i en kommune (eksempel)",
                    "description": (
                        "Hva et gyldig samtykke er, og hvordan kulturskolen kan lage gode "
                        "rutiner for bilder og film."
                    ),
                    "materials": [
                        {
                            "title": "Sjekkliste for bruk av bilder",
                            "kind": "document",
                            "url": "",
                            "members_only": False,
                        },
                    ],
                },
                {
                    "start": "10:30",
                    "end": "11:00",
                    "title": "Spørsmål fra deltakerne",
                    "speakers": "Deltakerne",
                    "description": "Åpen spørsmålsrunde.",
                    "materials": [],
                },
            ],
        },
        {
            "slug": "formiddagskaffe-2026-12-sma-kommuner",
            "title": "Digital formiddagskaffe: Samskaping i små kommuner",
            "summary": (
                "Eksempelprogram: Kulturskoleledere fra små kommuner deler erfaringer med "
                "samarbeid over kommunegrenser og med digital undervisning."
            ),
            "description": (
                "<p>I små kommuner er kulturskolelederen ofte også lærer, og det er langt til "
                "nærmeste kollega. Vi snakker om hvordan samarbeid med nabokommuner, "
                "frivillige og digitale løsninger kan gjøre kulturskolen sterkere.</p>"
            ),
            "start_date": "2026-12-09",
            "end_date": "2026-12-09",
            "location": "Teams",
            "is_digital": True,
            "organisers": [(NKR_NORDLAND, "arrangor")],
            "themes": ["digitale-moteplasser", "partnerskap-og-samarbeid"],
            "sessions": [
                {
                    "start": "10:00",
                    "end": "10:30",
                    "title": "Erfaringer fra øysamfunn og innlandskommuner",
                    "speakers": "To kulturskoleledere (eksempel)",
                    "description": (
                        "Korte innlegg om digital undervisning og felles samlinger på tvers "
                        "av kommuner."
                    ),
                    "materials": [],
                },
                {
                    "start": "10:30",
                    "end": "11:00",
                    "title": "Samtale: Hvem kan vi samarbeide med?",
                    "speakers": "Deltakerne",
                    "description": "Deltakerne deler idéer til nye samarbeid i regionen.",
                    "materials": [],
                },
            ],
        },
    ],
}
