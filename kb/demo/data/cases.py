"""Eksempelhistorier om kulturskoler i samarbeid, samhandling og samskaping.

Alle historiene er oppdiktede eksempler laget for demonstrasjon. Kommunene finnes, men
personene, sitatene, tallene og hendelsene er tenkt. Nettstedet merker dem som «Eksempel».
Resultatene følger logikken i SoImpact: målgruppe, ønsket endring, indikator, nullpunkt,
resultat og tidspunkt for måling.
"""

CASE_STORIES = [
    {
        "municipality": "1804",
        "slug": "apne-verksteder-pa-biblioteket-bodo",
        "title": "Åpne kreative verksteder for ungdom på biblioteket",
        "summary": (
            "Kulturskolen, biblioteket og ungdomsrådet utviklet sammen et åpent verksted for "
            "ungdom som ikke går i kulturskolen. Ungdommene var med fra første spørsmål til "
            "ferdig tilbud."
        ),
        "culture_school": "Bodø kulturskole",
        "partners": [
            ("Biblioteket", "offentlig"),
            ("Ungdomsrådet", "offentlig"),
            ("Frivilligsentralen", "frivillig"),
        ],
        "period_start": "2023-08-21",
        "period_end": "2024-06-14",
        "target_groups": ["unge"],
        "cooperation_level": "samskaping",
        "challenge": (
            "<p>Kulturskolens søkerlister viste at tilbudet i hovedsak ble brukt av unge som "
            "allerede var aktive på fritiden. Samtidig var biblioteket blitt et populært "
            "sted å være for ungdom etter skoletid, men uten aktiviteter som fanget "
            "dem.</p>"
            "<p>Partnerne stilte seg spørsmålet: <em>Hvordan kan vi gjøre det enkelt for "
            "ungdom som ikke går i kulturskolen, å prøve seg på musikk, tegning og film der "
            "de allerede er?</em></p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>Ungdomsrådet ble invitert med fra første møte, ikke som høringsinstans, "
                "men som partner. I tre korte verksteder formulerte ungdommene og de ansatte "
                "«Hvordan kan vi»-spørsmål og laget personas basert på samtaler med "
                "ungdom i bibliotekets ungdomsavdeling.</p>",
            ),
            (
                "image",
                {
                    "image": "workshop",
                    "caption": "Illustrasjon: idéverksted med lapper og tusjer",
                },
            ),
            (
                "paragraph",
                "<p>Høsten 2023 ble idéen prøvd ut på fire prøvekvelder med ulike "
                "opplegg: bandverksted, tegneserieverksted og mobilfilm. Etter hver kveld "
                "satte partnerne seg ned og justerte. Det viktigste grepet var å droppe "
                "påmeldingen. Fra januar 2024 ble verkstedet et fast tilbud to kvelder i "
                "uka.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Vi fikk bestemme hva det skulle hete og når det skulle være. Da "
                        "ble det vårt sted også."
                    ),
                    "attribution": "Medlem av ungdomsrådet (eksempelsitat)",
                },
            ),
            (
                "paragraph",
                "<p>Rollene ble fordelt slik: Kulturskolen stilte med lærere, biblioteket "
                "med lokaler og åpningstid, frivilligsentralen med voksne verter og "
                "kaffe, og ungdomsrådet med markedsføring og tilbakemeldinger fra "
                "ungdommene.</p>",
            ),
        ],
        "results": [
            {
                "target_group": "Ungdom 13–18 år som ikke går i kulturskolen",
                "intended_change": "Flere prøver kreative aktiviteter jevnlig",
                "indicator": "Antall ungdommer utenfor kulturskolen som deltok minst tre ganger",
                "baseline": "0 (tilbudet fantes ikke)",
                "result": "38 ungdommer",
                "measured_at": "2024-06-14",
            },
            {
                "target_group": "Ungdom 13–18 år som ikke går i kulturskolen",
                "intended_change": "Ungdommene opplever at biblioteket er et sted de hører til",
                "indicator": (
                    "Andel som er enig eller helt enig i «Jeg føler meg velkommen her» "
                    "(anonym kortundersøkelse)"
                ),
                "baseline": "41 % (oktober 2023, 29 svar)",
                "result": "78 % (juni 2024, 32 svar)",
                "measured_at": "2024-06-10",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>Ungdomsrådet må med fra starten. Da de fikk eierskap, tok de også "
            "ansvar.</li>"
            "<li>Påmelding var en større terskel enn vi trodde. Åpen dør ga flere "
            "deltakere.</li>"
            "<li>Ta nullpunktsmålingen tidlig. Vi målte først etter den andre "
            "prøvekvelden, og det burde vært gjort før.</li>"
            "</ul>"
        ),
        "methods": ["hvordan-kan-vi", "personas", "rask-prototyping"],
        "themes": ["samskaping", "medvirkning", "kulturskolen-som-ressurssenter"],
        "contact": {
            "name": "Hanne Demodal",
            "email": "hanne.demodal@example.com",
            "consent": True,
        },
    },
    {
        "municipality": "1806",
        "slug": "musikk-og-sprak-narvik",
        "title": "Musikk og språk for nyankomne familier",
        "summary": (
            "Kulturskolen og voksenopplæringen samhandlet om en ukentlig syngestund der "
            "nyankomne familier sang og spilte sammen mens de lærte norsk. "
            "Frivilligsentralen sto for kaffe og vertskap."
        ),
        "culture_school": "Narvik kulturskole",
        "partners": [
            ("Voksenopplæringen", "offentlig"),
            ("Frivilligsentralen", "frivillig"),
            ("Biblioteket", "offentlig"),
        ],
        "period_start": "2022-09-05",
        "period_end": "2023-06-16",
        "target_groups": ["barn", "voksne"],
        "cooperation_level": "samhandling",
        "challenge": (
            "<p>Svært få barn fra nyankomne familier søkte plass i kulturskolen. "
            "Informasjonen nådde dem ikke, og mange foreldre visste ikke hva en "
            "kulturskole var. Voksenopplæringen ønsket på sin side flere praktiske arenaer "
            "der deltakerne kunne bruke norsk utenfor klasserommet.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>Arbeidet startet med to samtalekafeer på biblioteket, med tolk til "
                "stede. Familiene fortalte om musikken de hadde med seg, og om hva som "
                "gjorde det vanskelig å delta i fritidsaktiviteter. Et aktør- og "
                "relasjonskart viste at voksenopplæringen og frivilligsentralen var de "
                "viktigste broene til familiene, ikke skolen eller kommunens nettsider.</p>",
            ),
            (
                "paragraph",
                "<p>Resultatet ble en syngestund hver torsdag ettermiddag, med sanger fra "
                "deltakernes egne land side om side med norske barnesanger. En "
                "kulturskolelærer og en lærer fra voksenopplæringen planla annenhver uke "
                "sammen og justerte opplegget etter hva som fungerte for både språk og "
                "musikk.</p>",
            ),
            (
                "image",
                {"image": "samling", "caption": "Illustrasjon: en samling med sang og spill"},
            ),
            (
                "quote",
                {
                    "text": (
                        "Sangene ble en snarvei inn i språket. Ord man har sunget, husker "
                        "man bedre."
                    ),
                    "attribution": "Lærer i voksenopplæringen (eksempelsitat)",
                },
            ),
        ],
        "results": [
            {
                "target_group": "Barn 4–12 år i nyankomne familier",
                "intended_change": "Flere barn kjenner til og søker seg til kulturskolen",
                "indicator": "Antall barn fra målgruppen som søkte plass i kulturskolen",
                "baseline": "2 søknader (skoleåret 2022–2023)",
                "result": "11 søknader (skoleåret 2023–2024)",
                "measured_at": "2023-08-31",
            },
            {
                "target_group": "Voksne deltakere i norskopplæringen",
                "intended_change": "Økt trygghet på å bruke norsk muntlig",
                "indicator": "Egenvurdering på en skala fra 1 til 5 i samtale med læreren",
                "baseline": "Gjennomsnitt 2,1 (september 2022)",
                "result": "Gjennomsnitt 3,2 (juni 2023)",
                "measured_at": "2023-06-14",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>Fast tid og sted betydde mer enn et variert program.</li>"
            "<li>Felles planlegging mellom lærerne var nøkkelen. Uten den ville det blitt "
            "to parallelle tilbud i samme rom.</li>"
            "<li>Søknadsskjemaet til kulturskolen var et hinder i seg selv. Vi hjalp "
            "familiene med å fylle det ut på stedet.</li>"
            "</ul>"
        ),
        "methods": ["samtalekafe", "aktor-og-relasjonskart"],
        "themes": ["inkludering-og-mangfold", "samhandling", "kulturskolen-som-ressurssenter"],
        "contact": {
            "name": "Trond Fiktivsen",
            "email": "trond.fiktivsen@example.com",
            "consent": False,
        },
    },
    {
        "municipality": "1833",
        "slug": "ungdommens-kulturpott-rana",
        "title": "Ungdommens kulturpott",
        "summary": (
            "Ungdomsrådet fikk ansvar for en pott til kulturaktiviteter for unge. "
            "Kulturskolen hjalp ungdommene med å utvikle forslagene, og over 600 unge var "
            "med og stemte."
        ),
        "culture_school": "Rana kulturskole",
        "partners": [
            ("Ungdomsrådet", "offentlig"),
            ("Kulturkontoret i kommunen", "offentlig"),
            ("Lokalt næringsliv (eksempel)", "privat"),
            ("Lag og foreninger for ungdom", "frivillig"),
        ],
        "period_start": "2024-01-08",
        "period_end": "2024-12-13",
        "target_groups": ["unge"],
        "cooperation_level": "samskaping",
        "challenge": (
            "<p>Ungdomsrådet hadde lenge etterlyst mer innflytelse over kulturtilbudet for "
            "unge, men opplevde at de bare ble bedt om å uttale seg om ferdige "
            "forslag. Kommunen ønsket å prøve en form for medvirkning der ungdommene selv "
            "tok beslutningene.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>Kulturkontoret satte av en pott, og to lokale bedrifter i eksempelet "
                "gikk inn med like mye til. Ungdomsrådet laget reglene sammen med "
                "kulturskolen og kulturkontoret: Alle mellom 13 og 19 år kunne foreslå og "
                "stemme, og forslagene måtte være åpne for alle unge i kommunen.</p>",
            ),
            (
                "paragraph",
                "<p>I mars samlet en Open Space-dag rundt 70 ungdommer. Der ble de første "
                "idéene til. Kulturskolelærere fungerte deretter som veiledere for "
                "ungdommene som ville utvikle forslagene videre, og hjalp dem med budsjett "
                "og praktiske spørsmål.</p>",
            ),
            (
                "image",
                {"image": "verksted", "caption": "Illustrasjon: utstyr i et øvingsrom"},
            ),
            (
                "paragraph",
                "<p>Avstemningen foregikk i oktober, både digitalt og på papir på skolene. "
                "De tre vinnerforslagene var et utstyrt øvingsrom for band, et kurs i "
                "musikkproduksjon og en dansekveld for ungdomsskolene.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Det var første gang jeg stemte over noe som faktisk ble gjort. Nå "
                        "øver bandet mitt i rommet vi stemte fram."
                    ),
                    "attribution": "Elev på ungdomsskolen (eksempelsitat)",
                },
            ),
        ],
        "results": [
            {
                "target_group": "Ungdom 13–19 år i kommunen",
                "intended_change": "Unge opplever at de har reell innflytelse på kulturtilbudet",
                "indicator": (
                    "Andel som svarer ja på «Tror du unge kan påvirke det som skjer i "
                    "kommunen?» i en kort undersøkelse på skolene"
                ),
                "baseline": "34 % (februar 2024)",
                "result": "52 % (desember 2024)",
                "measured_at": "2024-12-06",
            },
            {
                "target_group": "Ungdom 13–19 år i kommunen",
                "intended_change": "Flere unge deltar i beslutninger om kulturtilbudet",
                "indicator": "Antall unge som stemte over forslagene",
                "baseline": "0 (første gang ordningen ble brukt)",
                "result": "612 stemmer",
                "measured_at": "2024-10-25",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>Forankring i kommunens ledelse før start gjorde at ingen stilte "
            "spørsmål ved ungdommenes valg.</li>"
            "<li>Veiledning fra kulturskolelærere løftet forslagene uten at de voksne tok "
            "over.</li>"
            "<li>Vinnerforslagene må settes ut i livet raskt. Øvingsrommet åpnet tre uker "
            "etter avstemningen.</li>"
            "</ul>"
        ),
        "methods": ["medvirkningsbudsjett", "open-space", "hvordan-kan-vi"],
        "themes": ["medvirkning", "samskaping", "lokalsamfunnsutvikling"],
        "contact": {
            "name": "Ola Prøvestad",
            "email": "ola.provestad@example.com",
            "consent": True,
        },
    },
    {
        "municipality": "1824",
        "slug": "kulturskoletimen-i-sfo-vefsn",
        "title": "Kulturskoletimen i SFO",
        "summary": (
            "Kulturskolen og SFO ved tre barneskoler samarbeidet om faste kulturskoletimer i "
            "SFO-tiden. Et enkelt samarbeid med tydelige roller som nådde barn som ellers "
            "ikke ville møtt kulturskolen."
        ),
        "culture_school": "Vefsn kulturskole",
        "partners": [
            ("SFO ved tre barneskoler", "offentlig"),
            ("Oppvekstsektoren i kommunen", "offentlig"),
        ],
        "period_start": "2022-08-15",
        "period_end": "2023-06-20",
        "target_groups": ["barn"],
        "cooperation_level": "samarbeid",
        "challenge": (
            "<p>Mange barn på de laveste trinnene hadde aldri vært i kontakt med "
            "kulturskolen, og ettermiddagstilbudet var vanskelig å nå for familier uten "
            "mulighet til å kjøre. Samtidig ønsket SFO mer innhold i tilbudet sitt.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>En interessentkartlegging viste at SFO, rektorene og kommunalsjefen for "
                "oppvekst var de viktigste aktørene, og at foreldrene måtte informeres "
                "tidlig. Partnerne lagde en enkel endringsteori som ble brukt for å forklare "
                "tiltaket for det politiske utvalget for oppvekst og kultur.</p>",
            ),
            (
                "paragraph",
                "<p>Samarbeidet var bevisst enkelt: Kulturskolen stilte med en lærer én "
                "time i uka på hver skole, SFO sørget for rom og en fast ansatt til stede, "
                "og en avtale signert av kommunalsjefen beskrev rollene. Dette var "
                "samarbeid, ikke samskaping, og det var det som passet.</p>",
            ),
            (
                "image",
                {"image": "konsert", "caption": "Illustrasjon: avslutningskonsert i gymsalen"},
            ),
            (
                "quote",
                {
                    "text": (
                        "Vi trengte ikke et stort prosjekt. Vi trengte en fast time, en "
                        "dyktig lærer og en avtale som holdt."
                    ),
                    "attribution": "SFO-leder (eksempelsitat)",
                },
            ),
        ],
        "results": [
            {
                "target_group": "Barn i 1.–4. trinn som går i SFO",
                "intended_change": "Flere barn får prøve kunst og kultur med kvalifiserte lærere",
                "indicator": "Antall SFO-barn som deltok jevnlig i kulturskoletimen",
                "baseline": "0 (tilbudet fantes ikke)",
                "result": "96 barn ved tre skoler",
                "measured_at": "2023-06-15",
            },
            {
                "target_group": "Barn i 1.–4. trinn som går i SFO",
                "intended_change": "Flere barn søker ordinær plass i kulturskolen",
                "indicator": "Antall søknader fra 2.–5. trinn ved de tre skolene",
                "baseline": "24 søknader (våren 2022)",
                "result": "37 søknader (våren 2023)",
                "measured_at": "2023-05-02",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>Ikke alt trenger å være samskaping. Et godt avtalt samarbeid kan gi mye "
            "for lite.</li>"
            "<li>Skriftlig avtale signert av kulturskoleeieren gjorde tiltaket robust da "
            "en av SFO-lederne sluttet.</li>"
            "<li>Foreldrene må få vite om tilbudet. Flere søknader kom etter en enkel "
            "konsert for familiene.</li>"
            "</ul>"
        ),
        "methods": ["interessentkartlegging", "endringsteori"],
        "themes": [
            "partnerskap-og-samarbeid",
            "kulturskolen-som-ressurssenter",
            "ledelse-og-kommunal-forankring",
        ],
        "contact": {
            "name": "Siri Tenkeland",
            "email": "siri.tenkeland@example.com",
            "consent": True,
        },
    },
    {
        "municipality": "1860",
        "slug": "fiskevaeret-forteller-vestvagoy",
        "title": "Fiskeværet forteller – lokalhistorie på scenen",
        "summary": (
            "Barn, unge og eldre skapte en forestilling om livet i fiskeværet sammen med "
            "historielaget, lokalmuseet og en lokal bedrift. SAMSON hjalp partnerne å "
            "justere samarbeidet underveis."
        ),
        "culture_school": "Vestvågøy kulturskole",
        "partners": [
            ("Historielaget", "frivillig"),
            ("Lokalmuseet", "offentlig"),
            ("Lokalt næringsliv (eksempel)", "privat"),
            ("Grendelaget", "sivilsamfunn"),
        ],
        "period_start": "2023-02-01",
        "period_end": "2023-10-31",
        "target_groups": ["barn", "unge", "voksne"],
        "cooperation_level": "samskaping",
        "challenge": (
            "<p>I en av bygdene var det få møteplasser på tvers av generasjoner, og "
            "kunnskapen om stedets historie satt hos stadig færre. Historielaget ønsket å "
            "nå yngre folk, og kulturskolen ønsket å lage en forestilling med rot i "
            "lokalsamfunnet.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>Arbeidet startet med en verdenskafé i grendehuset, der rundt 45 "
                "innbyggere i alle aldre snakket om hva som gjør stedet til deres sted. "
                "Fortellingene derfra ble grunnlaget for manuset.</p>",
            ),
            (
                "paragraph",
                "<p>Partnerne brukte KS-modellen til å gjøre rollene synlige. Likevel viste "
                "en SAMSON-vurdering i mai at historielaget ga lav skår på likeverdighet. De "
                "opplevde seg som leverandører av fakta, ikke som medskapere. Etter en åpen "
                "samtale fikk historielaget plass i den kunstneriske gruppen.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Først følte vi at vi bare leverte fortellinger. Etter at vi snakket "
                        "ut om det, var vi med og bestemte hvordan de skulle fortelles."
                    ),
                    "attribution": "Medlem av historielaget (eksempelsitat)",
                },
            ),
            (
                "image",
                {"image": "utendors", "caption": "Illustrasjon: forestilling ved sjøen"},
            ),
            (
                "paragraph",
                "<p>Forestillingen ble spilt tre ganger i oktober, utendørs ved sjøen og i "
                "et lokale som en lokal bedrift lånte ut. Lokalmuseet laget en liten "
                "utstilling med gjenstander og bilder som innbyggerne hadde bidratt "
                "med.</p>",
            ),
        ],
        "results": [
            {
                "target_group": "Eldre innbyggere i bygda",
                "intended_change": "Eldre opplever at kunnskapen deres blir brukt og verdsatt",
                "indicator": "Antall eldre som bidro med fortellinger, bilder eller gjenstander",
                "baseline": "0 (prosjektet var ikke startet)",
                "result": "23 eldre bidragsytere",
                "measured_at": "2023-06-30",
            },
            {
                "target_group": "Barn og unge 10–16 år i forestillingen",
                "intended_change": "Sterkere tilhørighet til stedet de bor",
                "indicator": (
                    "Andel som svarer «ganske godt» eller «veldig godt» på «Hvor godt "
                    "kjenner du historien til stedet ditt?»"
                ),
                "baseline": "22 % (februar 2023)",
                "result": "81 % (oktober 2023)",
                "measured_at": "2023-10-20",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>SAMSON fanget opp en skjevhet vi ikke hadde sett selv. Å måle samarbeidet "
            "underveis var like viktig som å måle resultatene.</li>"
            "<li>Verdenskafeen ga både innhold og engasjement, og mange av deltakerne kom "
            "tilbake som publikum.</li>"
            "<li>Lån av lokaler og utstyr fra næringslivet ble enklere da vi kunne vise til "
            "hva bedriften fikk igjen.</li>"
            "</ul>"
        ),
        "methods": [
            "verdenskafe",
            "ks-modell-for-samskapende-sosial-innovasjon",
            "samson-egenvurdering",
        ],
        "themes": ["lokalsamfunnsutvikling", "samskaping", "partnerskap-og-samarbeid"],
        "contact": {
            "name": "Aslak Testrud",
            "email": "aslak.testrud@example.com",
            "consent": True,
        },
    },
    {
        "municipality": "1870",
        "slug": "kulturskolen-som-ressurs-for-barnehagene-sortland",
        "title": "Kulturskolen som ressurs for barnehagene",
        "summary": (
            "Kulturskolelærere og barnehageansatte utvikler sammen musikk- og "
            "dramaaktiviteter som barnehagene kan bruke i hverdagen. Tiltaket pågår og "
            "justeres jevnlig i en fast læringssløyfe."
        ),
        "culture_school": "Sortland kulturskole",
        "partners": [
            ("Kommunale barnehager", "offentlig"),
            ("Private barnehager", "privat"),
            ("Barnehagemyndigheten i kommunen", "offentlig"),
        ],
        "period_start": "2024-09-02",
        "period_end": None,
        "target_groups": ["barn"],
        "cooperation_level": "samhandling",
        "challenge": (
            "<p>Barnehagene ønsket mer musikk og drama i hverdagen, men mange ansatte følte "
            "seg usikre på å lede slike aktiviteter. Kulturskolen hadde kompetansen, men "
            "ikke kapasitet til å være i alle barnehagene hver uke.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>I stedet for å gi barnehagene kulturskoletimer valgte partnerne å "
                "utvikle en enkel verktøykasse med sanger, regler, bevegelsesleker og "
                "små dramaøvelser. Den første versjonen ble prøvd ut i to barnehager etter "
                "en testplan, der partnerne på forhånd hadde bestemt hva de ville se "
                "etter.</p>",
            ),
            (
                "image",
                {
                    "image": "verksted",
                    "caption": "Illustrasjon: instrumenter og rekvisitter til barnehagene",
                },
            ),
            (
                "paragraph",
                "<p>Hver sjette uke møtes kulturskolelærerne og kontaktpersonene i "
                "barnehagene på Teams i en læringssløyfe. Der går de gjennom hva som er "
                "brukt, hva som fungerte, og hva som skal endres. Kulturskolelærerne "
                "besøker i tillegg hver barnehage to ganger i halvåret.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Vi trodde vi skulle lære bort. Vi har lært minst like mye selv om "
                        "hvordan de minste leker med musikk."
                    ),
                    "attribution": "Kulturskolelærer (eksempelsitat)",
                },
            ),
        ],
        "results": [
            {
                "target_group": "Ansatte i de deltakende barnehagene",
                "intended_change": "Økt trygghet på å lede musikk- og dramaaktiviteter",
                "indicator": "Egenvurdert trygghet på en skala fra 1 til 5 (anonymt skjema)",
                "baseline": "Gjennomsnitt 2,4 (september 2024, 41 svar)",
                "result": "Gjennomsnitt 3,6 (juni 2025, 38 svar)",
                "measured_at": "2025-06-12",
            },
            {
                "target_group": "Barn 3–5 år i barnehagene",
                "intended_change": "Flere barn deltar i musikk og drama hver uke",
                "indicator": "Antall avdelinger med minst to faste musikk- eller dramaøkter i uka",
                "baseline": "5 av 14 avdelinger",
                "result": "12 av 14 avdelinger",
                "measured_at": "2025-06-12",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>Verktøykassen ble bedre fordi barnehageansatte var med og lagde den.</li>"
            "<li>Korte, faste møter gir mer enn lange samlinger en gang i året.</li>"
            "<li>Ta med både kommunale og private barnehager fra starten.</li>"
            "</ul>"
        ),
        "methods": ["laeringssloyfe", "testplan-for-prototyp", "rask-prototyping"],
        "themes": ["kulturskolen-som-ressurssenter", "samhandling", "inkludering-og-mangfold"],
        "contact": {
            "name": "Marte Skissebakk",
            "email": "marte.skissebakk@example.com",
            "consent": True,
        },
    },
    {
        "municipality": "1841",
        "slug": "generasjonskoret-fauske",
        "title": "Generasjonskoret – unge og eldre synger sammen",
        "summary": (
            "Kulturskolen, sykehjemmet og pensjonistforeningen samarbeidet om et kor der "
            "ungdom og eldre øvde og sang sammen. Partnerne brukte SoImpact for å følge med "
            "på ensomhet og tilhørighet."
        ),
        "culture_school": "Fauske kulturskole",
        "partners": [
            ("Sykehjemmet", "offentlig"),
            ("Pensjonistforeningen", "frivillig"),
            ("Frivilligsentralen", "frivillig"),
        ],
        "period_start": "2022-10-03",
        "period_end": "2023-05-31",
        "target_groups": ["unge", "voksne"],
        "cooperation_level": "samarbeid",
        "challenge": (
            "<p>Ansatte på sykehjemmet og dagsenteret så at mange eldre hadde lite "
            "kontakt med andre enn personalet. Kulturskolens sangelever manglet på sin side "
            "arenaer der sangen betydde noe for andre enn familien.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>Arbeidet startet med en samtalekafé der eldre og unge snakket om hvilke "
                "sanger som betydde noe for dem. Listen som kom ut av det, ble korets "
                "første repertoar.</p>",
            ),
            (
                "paragraph",
                "<p>Rollene var klare: Kulturskolen stilte med dirigent og pianist, "
                "sykehjemmet med lokale og hjelp til transport, og pensjonistforeningen og "
                "frivilligsentralen med rekruttering og kaffe. Koret øvde hver onsdag og "
                "avsluttet med en vårkonsert.</p>",
            ),
            (
                "image",
                {"image": "konsert", "caption": "Illustrasjon: vårkonsert"},
            ),
            (
                "quote",
                {
                    "text": (
                        "Det var første gang jeg sang for noen som kunne sangen bedre enn meg."
                    ),
                    "attribution": "Korsanger, 15 år (eksempelsitat)",
                },
            ),
            (
                "paragraph",
                "<p>Før første øvelse gjennomførte partnerne en nullpunktsmåling etter "
                "SoImpact-logikken. Tallene er små, og partnerne er forsiktige med å "
                "trekke bastante konklusjoner, men retningen var tydelig.</p>",
            ),
        ],
        "results": [
            {
                "target_group": "Eldre beboere og brukere av dagsenteret",
                "intended_change": "Mindre opplevd ensomhet",
                "indicator": (
                    "Antall som svarer «ofte» på «Hvor ofte føler du deg ensom?» i samtale "
                    "med en ansatt"
                ),
                "baseline": "9 av 18 (oktober 2022)",
                "result": "5 av 17 (mai 2023)",
                "measured_at": "2023-05-25",
            },
            {
                "target_group": "Ungdom 13–17 år i koret",
                "intended_change": "Unge opplever at de bidrar til noe viktig for andre",
                "indicator": "Andel som svarer ja på «Jeg gjør noe som betyr noe for andre»",
                "baseline": "6 av 13 (oktober 2022)",
                "result": "11 av 13 (mai 2023)",
                "measured_at": "2023-05-25",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>Repertoaret må komme fra deltakerne. Sangene de eldre kunne, skapte "
            "møtene.</li>"
            "<li>Med så små grupper er usikkerheten i tallene stor. Fortell "
            "historiene sammen med tallene.</li>"
            "<li>Transport var den største praktiske utfordringen, og frivillige "
            "sjåfører gjorde det mulig.</li>"
            "</ul>"
        ),
        "methods": ["soimpact-maling-av-sosial-verdi", "samtalekafe"],
        "themes": [
            "inkludering-og-mangfold",
            "lokalsamfunnsutvikling",
            "maling-av-sosial-verdi",
        ],
        "contact": {
            "name": "Jon Påfunn",
            "email": "jon.pafunn@example.com",
            "consent": True,
        },
    },
    {
        "municipality": "1866",
        "slug": "kulturskolen-i-kommuneplanen-hadsel",
        "title": "Kulturskolen inn i kommuneplanens samfunnsdel",
        "summary": (
            "Kulturskolelederen, kulturskoleeieren og planavdelingen brukte "
            "interessentkartlegging og et innbyggerpanel for å gi kulturskolen en tydelig "
            "plass i kommuneplanens samfunnsdel."
        ),
        "culture_school": "Hadsel kulturskole",
        "partners": [
            ("Planavdelingen i kommunen", "offentlig"),
            ("Kommunalsjef for oppvekst og kultur", "offentlig"),
            ("Ungdomsrådet", "offentlig"),
            ("Eldrerådet", "offentlig"),
            ("Nordland fylkeskommune", "offentlig"),
        ],
        "period_start": "2025-01-13",
        "period_end": "2025-11-28",
        "target_groups": ["barn", "unge", "voksne"],
        "cooperation_level": "samhandling",
        "challenge": (
            "<p>Kommunen skulle revidere kommuneplanens samfunnsdel. I den gjeldende planen "
            "var kulturskolen ikke nevnt, selv om den hadde flere samarbeid med skoler, "
            "helsetjenester og frivillige lag. Kulturskolelederen ville at kulturskolens "
            "rolle i samfunnsutviklingen skulle bli synlig for den politiske og "
            "administrative ledelsen.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>En interessentkartlegging sammen med kommunalsjefen viste at "
                "planavdelingen hadde stor innflytelse, men lite kjennskap til "
                "kulturskolen. Første steg var derfor et møte der kulturskolen presenterte "
                "hva den allerede gjorde utenfor undervisningen.</p>",
            ),
            (
                "paragraph",
                "<p>Planavdelingen og kulturskolen satte deretter sammen et innbyggerpanel "
                "på 24 personer trukket ut blant innbyggerne, hvorav åtte var under 20 år. "
                "Panelet møttes fire ganger og ga råd om hvordan kultur, oppvekst og "
                "frivillighet kunne henge bedre sammen. Fylkeskommunen bidro med "
                "veiledning om planprosessen.</p>",
            ),
            (
                "image",
                {"image": "samling", "caption": "Illustrasjon: panelmøte rundt et bord"},
            ),
            (
                "quote",
                {
                    "text": (
                        "Vi visste ikke hvor mye kulturskolen allerede gjorde utenfor "
                        "undervisningen. Nå står det i planen."
                    ),
                    "attribution": "Rådgiver i planavdelingen (eksempelsitat)",
                },
            ),
        ],
        "results": [
            {
                "target_group": "Kommunens politiske og administrative ledelse",
                "intended_change": (
                    "Kulturskolens rolle i samfunnsutviklingen er kjent og forankret"
                ),
                "indicator": "Antall mål og strategier i planforslaget der kulturskolen er nevnt",
                "baseline": "0 i gjeldende plan",
                "result": "4 i planforslaget som ble sendt på høring",
                "measured_at": "2025-10-15",
            },
            {
                "target_group": "Deltakerne i innbyggerpanelet",
                "intended_change": "Innbyggerne opplever at rådene deres blir tatt på alvor",
                "indicator": (
                    "Andel av panelets anbefalinger som ble tatt inn eller besvart skriftlig"
                ),
                "baseline": "Ikke målt tidligere",
                "result": "9 av 11 anbefalinger",
                "measured_at": "2025-11-20",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>Kulturskolelederen kan ikke gjøre dette alene. Kommunalsjefen åpnet "
            "dørene til planavdelingen.</li>"
            "<li>Innbyggerpanelet ga tyngde. Rådene kom fra innbyggerne, ikke fra "
            "kulturskolen selv.</li>"
            "<li>Tilbakemelding til panelet om hva som skjedde med rådene, var viktig for "
            "tilliten.</li>"
            "</ul>"
        ),
        "methods": [
            "interessentkartlegging",
            "innbyggerpanel",
            "ks-modell-for-samskapende-sosial-innovasjon",
        ],
        "themes": ["ledelse-og-kommunal-forankring", "medvirkning", "lokalsamfunnsutvikling"],
        "contact": {
            "name": "Lise Modellund",
            "email": "lise.modellund@example.com",
            "consent": False,
        },
    },
    {
        "municipality": "1856",
        "slug": "samspill-over-havet-rost",
        "title": "Samspill over havet – digital undervisning i et øysamfunn",
        "summary": (
            "En liten kulturskole samarbeider med kulturskolen i en større kommune om digital "
            "instrumentundervisning og felles samlinger. Tiltaket pågår og prøves ut i "
            "små runder."
        ),
        "culture_school": "Røst kulturskole",
        "partners": [
            ("Kulturskolen i en større kommune (eksempel)", "offentlig"),
            ("Skolen på øya", "offentlig"),
            ("Musikkforeningen (eksempel)", "frivillig"),
        ],
        "period_start": "2025-01-06",
        "period_end": None,
        "target_groups": ["barn", "unge"],
        "cooperation_level": "samarbeid",
        "challenge": (
            "<p>Med få elever og lang reisevei kunne kulturskolen bare tilby undervisning "
            "på noen få instrumenter. Mange elever fikk ikke lære det instrumentet de "
            "egentlig ønsket seg, og noen sluttet av den grunn.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>Kulturskolen inngikk en avtale med en større kulturskole om digital "
                "undervisning på instrumenter den ikke selv hadde lærere til. Partnerne "
                "startet i det små: Tre ulike oppsett med kamera og lyd ble prøvd ut i "
                "hver sin runde på fire uker, etter en enkel testplan.</p>",
            ),
            (
                "image",
                {"image": "workshop", "caption": "Illustrasjon: undervisning via skjerm"},
            ),
            (
                "paragraph",
                "<p>Lærerne på begge sider møtes digitalt etter hver runde i en "
                "læringssløyfe. To ganger i året samles elevene fysisk til et felles "
                "samspill, og musikkforeningen på øya står for vertskapet når samlingen er "
                "der.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Jeg trodde ikke det gikk an å lære trommer på skjerm. Men læreren ser alt."
                    ),
                    "attribution": "Elev, 12 år (eksempelsitat)",
                },
            ),
        ],
        "results": [
            {
                "target_group": "Elever 9–16 år på øya",
                "intended_change": "Flere får undervisning på instrumentet de ønsker seg",
                "indicator": "Antall elever som får undervisning på førsteønsket instrument",
                "baseline": "3 av 14 elever (høsten 2024)",
                "result": "10 av 16 elever (våren 2025)",
                "measured_at": "2025-06-13",
            },
            {
                "target_group": "Elever 9–16 år på øya",
                "intended_change": "Elevene opplever digital undervisning som et godt tilbud",
                "indicator": "Antall elever som vil fortsette med digital undervisning",
                "baseline": "Ikke målt (nytt tilbud)",
                "result": "12 av 16 elever",
                "measured_at": "2025-06-13",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>God lyd betyr mer enn godt bilde. Invester i mikrofon før kamera.</li>"
            "<li>En voksen i rommet sammen med eleven gjør timene tryggere, særlig for de "
            "yngste.</li>"
            "<li>De fysiske samlingene er limet. Uten dem ville elevene ikke kjent "
            "hverandre.</li>"
            "</ul>"
        ),
        "methods": ["rask-prototyping", "testplan-for-prototyp", "laeringssloyfe"],
        "themes": [
            "digitale-moteplasser",
            "partnerskap-og-samarbeid",
            "kulturskolen-som-ressurssenter",
        ],
        "contact": {
            "name": "Eirik Utkastvik",
            "email": "eirik.utkastvik@example.com",
            "consent": False,
        },
    },
    {
        "municipality": "1820",
        "slug": "ungdom-som-arrangorer-alstahaug",
        "title": "Ungdom som arrangører",
        "summary": (
            "Unge planla og gjennomførte sin egen sommerkonsert med støtte fra kulturskolen, "
            "ungdomsrådet, lokalt næringsliv og frivillige. Open Space-dagen ga idéene, og "
            "ungdommene tok ansvaret."
        ),
        "culture_school": "Alstahaug kulturskole",
        "partners": [
            ("Ungdomsrådet", "offentlig"),
            ("Lokalt næringsliv (eksempel)", "privat"),
            ("Idrettslaget (eksempel)", "frivillig"),
            ("Frivilligsentralen", "frivillig"),
        ],
        "period_start": "2025-02-03",
        "period_end": "2025-08-29",
        "target_groups": ["unge"],
        "cooperation_level": "samskaping",
        "challenge": (
            "<p>Ungdommene opplevde at sommeren var tom for arrangementer for dem, og at "
            "konserter ble laget av voksne for voksne. Kulturskolen hadde mange dyktige "
            "elever, men få arenaer der de kunne spille for jevnaldrende.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<p>Kulturskolen og ungdomsrådet inviterte til en Open Space-dag med "
                "spørsmålet «Hva vil vi oppleve i sommer?». Av rundt tjue samtaler var det "
                "én som samlet flest: en konsert laget av og for ungdom.</p>",
            ),
            (
                "paragraph",
                "<p>En arrangørgruppe på 19 ungdommer tok ansvaret, med kulturskolen som "
                "veileder innen lyd, scene og program. Et partnerskapskart viste hva "
                "gruppa trengte: Idrettslaget lånte ut området og stilte med vakter, "
                "lokale bedrifter bidro med scene og premier, og frivilligsentralen tok "
                "kiosken.</p>",
            ),
            (
                "image",
                {"image": "utendors", "caption": "Illustrasjon: utendørs scene en sommerkveld"},
            ),
            (
                "quote",
                {
                    "text": (
                        "Vi fikk ansvaret på ordentlig. Da lyden forsvant midt i andre låt, "
                        "var det vi som fikset det."
                    ),
                    "attribution": "Medlem av arrangørgruppa (eksempelsitat)",
                },
            ),
        ],
        "results": [
            {
                "target_group": "Ungdom 14–19 år i arrangørgruppa",
                "intended_change": "Økt mestring og kompetanse som arrangører",
                "indicator": (
                    "Antall unge som tok ansvar for en konkret oppgave (lyd, scene, "
                    "markedsføring eller kiosk)"
                ),
                "baseline": "0 (ingen hadde arrangert konsert før)",
                "result": "19 unge",
                "measured_at": "2025-08-22",
            },
            {
                "target_group": "Ungdom 14–19 år i arrangørgruppa",
                "intended_change": "Flere ønsker å arrangere igjen",
                "indicator": "Antall som svarer ja på «Vil du være med og arrangere neste år?»",
                "baseline": "Ikke målt (første arrangement)",
                "result": "16 av 19",
                "measured_at": "2025-08-29",
            },
        ],
        "lessons": (
            "<ul>"
            "<li>Ungdom tar ansvar når de får det på ordentlig, også for det som går "
            "galt.</li>"
            "<li>Partnerskapskartet gjorde det lett å be om konkret hjelp i stedet for "
            "generell støtte.</li>"
            "<li>Skriv ned avtalene før sommeren. Neste års gruppe trenger dem.</li>"
            "</ul>"
        ),
        "methods": ["open-space", "hvordan-kan-vi", "partnerskapskart"],
        "themes": [
            "medvirkning",
            "samskaping",
            "lokalsamfunnsutvikling",
            "partnerskap-og-samarbeid",
        ],
        "contact": {
            "name": "Kari Eksempelsen",
            "email": "kari.eksempelsen@example.com",
            "consent": True,
        },
    },
]
