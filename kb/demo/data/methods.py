"""Metodene i Samskapingsbanken: hva de er til for, hvordan de gjennomføres og hvor de kommer fra.

Fasenøklene må finnes i PHASES i modellene: forankring, problemforstaelse, ideutvikling,
utproving, gjennomforing, evaluering og hele-prosessen.
"""

KS_HANDBOOK_TITLE = (
    "KS: «La oss gjøre det sammen! Håndbok i lokal samskapende sosial innovasjon» "
    "(Kobro mfl., USN/SESAM, 2018)"
)
KS_HANDBOOK_URL = (
    "https://www.ks.no/contentassets/cc2dd10e4e054c768c0ffdbd9fa29384/handbok-for-samskaping.pdf"
)
KS_URL = "https://www.ks.no/"
DIY_URL = "https://diytoolkit.org/"
DESIGN_KIT_URL = "https://www.designkit.org/methods"

METHODS = [
    {
        "slug": "ks-modell-for-samskapende-sosial-innovasjon",
        "title": "KS-modellen for samskapende sosial innovasjon",
        "summary": (
            "Modellen fra KS-håndboka viser handlingsfeltene i en samskapingsprosess og "
            "verdiene den bygger på. Bruk den som et felles kart når kulturskolen og "
            "partnerne planlegger og følger opp et samarbeid."
        ),
        "purpose": (
            "<p>Modellen gir partnerne et felles bilde av hva en samskapingsprosess består "
            "av, og hvilke verdier samarbeidet skal hvile på. Samskaping handler om "
            "relasjoner og avhenger av stedet og situasjonen den skjer i. Derfor legger "
            "modellen vekt på å gjøre roller og posisjoner synlige: Hvem bestemmer hva, "
            "hvem har ressursene, og hvem kjenner utfordringen best?</p>"
            "<p>For en kulturskoleleder er modellen nyttig når kulturskolen skal inn i et "
            "samarbeid med for eksempel skolen, biblioteket, frivillige lag eller "
            "ungdomsrådet, og dere vil unngå at én part eier prosessen alene. Håndboka har "
            "råd knyttet til hver del av modellen, og eksempler fra kommunene den bygger "
            "på.</p>"
        ),
        "phase": "hele-prosessen",
        "time_needed": "3 timer til oppstart, deretter korte oppfølgingsmøter",
        "group_size": "4–15 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Les kapitlet om modellen i håndboka, og merk dere rådene som hører til "
            "hver del.</li>"
            "<li>Skriv ut modellen i stort format (A2 eller A3), eller legg den inn på en "
            "digital tavle.</li>"
            "<li>Inviter én eller to personer fra hver partner, også fra dem som skal merke "
            "resultatet, for eksempel elever eller ungdomsrådet.</li>"
            "<li>Ha klar lapper, tusjer og en enkel oversikt over hvem som er med.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Beskriv utfordringen hver for dere",
                "<p>La hver partner fortelle med egne ord hvordan de ser utfordringen. "
                "Skriv ned forskjellene uten å løse dem ennå. Ulike blikk på samme sak er "
                "et godt utgangspunkt, ikke et problem.</p>",
            ),
            (
                "Gjør roller og posisjoner synlige",
                "<p>Tegn opp hvem som er med, hva hver part bidrar med (kunnskap, lokaler, "
                "penger, nettverk, tid) og hvem som tar hvilke beslutninger. Snakk åpent om "
                "makt, også om at kommunen ofte sitter med både budsjett og "
                "vedtaksmyndighet.</p>",
            ),
            (
                "Gå gjennom handlingsfeltene",
                "<p>Bruk modellen som sjekkliste: Hva har dere allerede på plass innenfor "
                "hvert felt, og hva mangler? Noter spørsmål dere må tilbake til senere.</p>",
            ),
            (
                "Bli enige om verdiene i praksis",
                "<p>Snakk om hva likeverd og felles ledelse skal bety hos dere. Hvem leder "
                "møtene? Hvordan tar dere beslutninger? Hvordan deles informasjon om "
                "budsjett og fremdrift?</p>",
            ),
            (
                "Lag en enkel plan med milepæler",
                "<p>Avtal hvem som gjør hva fram til neste møte, og sett av tidspunkter der "
                "dere bruker SAMSON for å sjekke hvordan samarbeidet fungerer.</p>",
            ),
            (
                "Kom tilbake til modellen underveis",
                "<p>Ta fram modellen ved hver milepæl. Har rollene endret seg? Er det nye "
                "aktører som burde vært med? Juster planen ut fra det dere ser.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Modellen er et kart, ikke en oppskrift som må følges i fast "
            "rekkefølge.</li>"
            "<li>Pass på at kulturskolen ikke blir vert, referent og beslutningstaker på en "
            "gang. Fordel rollene.</li>"
            "<li>Sett av tid til å bli kjent før dere går løs på løsningene. Tillit er en "
            "forutsetning for å dele ressurser.</li>"
            "<li>Kombiner gjerne med SAMSON for å sjekke hvordan samarbeidet faktisk "
            "oppleves, og med SoImpact for å følge med på resultatene.</li>"
            "</ul>"
        ),
        "source_title": KS_HANDBOOK_TITLE,
        "source_page": "",
        "source_url": KS_HANDBOOK_URL,
        "themes": ["samskaping", "partnerskap-og-samarbeid", "lokalsamfunnsutvikling"],
        "related": [
            "samson-egenvurdering",
            "soimpact-maling-av-sosial-verdi",
            "interessentkartlegging",
        ],
    },
    {
        "slug": "samson-egenvurdering",
        "title": "SAMSON – egenvurdering av samskapingen",
        "summary": (
            "Et vurderingsskjema som alle partnerne fyller ut, underveis og etter en "
            "prosess. Det viser hvor samarbeidet står sterkt og svakt på fire verdier, og "
            "åpner for en ærlig samtale om hva dere bør gjøre annerledes."
        ),
        "purpose": (
            "<p>SAMSON hjelper partnerne å vurdere selve samarbeidet, ikke bare "
            "resultatene. Skjemaet bygger på fire verdier:</p>"
            "<ul>"
            "<li><strong>Likeverdighet</strong> mellom partnerne</li>"
            "<li><strong>Gjensidig utveksling</strong> av kunnskap og ressurser</li>"
            "<li><strong>Felles læring</strong></li>"
            "<li><strong>Kollektivt lederskap</strong></li>"
            "</ul>"
            "<p>Brukt underveis gir verktøyet mulighet til å justere kursen mens det "
            "fortsatt er tid. Brukt etter at prosessen er avsluttet, blir det en del av "
            "evalueringen. Resultatet er ikke en karakter, men et bilde av sterke og svake "
            "sider som partnerne kan snakke sammen om.</p>"
        ),
        "phase": "evaluering",
        "time_needed": "1,5–2 timer",
        "group_size": "4–20 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Les om SAMSON i håndboka. Lag et skjema med de fire verdiene, på papir "
            "eller digitalt, med en kopi til hver deltaker.</li>"
            "<li>Avtal hvem som leder samtalen. Det fungerer ofte best med en nøytral "
            "person, ikke den som har ledet prosjektet.</li>"
            "<li>Legg vurderingen til et ordinært partnermøte, gjerne ved en milepæl.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Forklar hensikten",
                "<p>Gjør det tydelig at dere vurderer samarbeidet, ikke enkeltpersoner, og "
                "at alle svar er nyttige, også de kritiske.</p>",
            ),
            (
                "Fyll ut hver for dere",
                "<p>La hver deltaker fylle ut skjemaet alene før dere snakker sammen. Da "
                "kommer også de stille stemmene fram.</p>",
            ),
            (
                "Legg svarene ved siden av hverandre",
                "<p>Sett sammen svarene for hver av de fire verdiene, gjerne i en enkel "
                "figur. Se særlig etter hvor partnerne vurderer ulikt.</p>",
            ),
            (
                "Snakk om forskjellene",
                "<p>Begynn med de største sprikene. Spør hva den enkelte har sett eller "
                "opplevd som gjorde at de svarte slik.</p>",
            ),
            (
                "Velg ett eller to forbedringspunkter",
                "<p>Bli enige om konkrete grep, for eksempel at møteledelsen går på rundgang "
                "eller at alle partnerne får se budsjettet.</p>",
            ),
            (
                "Gjenta vurderingen",
                "<p>Bruk skjemaet igjen ved neste milepæl og når prosessen avsluttes, og "
                "sammenlign med forrige gang.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Lave skårer er ikke et nederlag. De er ofte det mest verdifulle dere får "
            "ut av verktøyet.</li>"
            "<li>Sørg for at alle partnerne svarer, også de minste. Et lag med én "
            "representant skal telle like mye som kommunen.</li>"
            "<li>Ikke bruk resultatet til å rangere partnerne mot hverandre.</li>"
            "<li>Når ungdom er partnere, gå gjennom begrepene på forhånd slik at alle "
            "forstår spørsmålene.</li>"
            "</ul>"
        ),
        "source_title": KS_HANDBOOK_TITLE,
        "source_page": "",
        "source_url": KS_HANDBOOK_URL,
        "themes": ["samskaping", "partnerskap-og-samarbeid", "maling-av-sosial-verdi"],
        "related": [
            "ks-modell-for-samskapende-sosial-innovasjon",
            "soimpact-maling-av-sosial-verdi",
            "laeringssloyfe",
        ],
    },
    {
        "slug": "soimpact-maling-av-sosial-verdi",
        "title": "SoImpact – måling av sosial verdi i seks steg",
        "summary": (
            "En metode for å måle sosial verdiskaping med vekt på resultater og effekter "
            "for målgruppene, ikke på innsatsen. Nettverktøyet er lagt ned, men de seks "
            "stegene kan brukes med et enkelt regneark."
        ),
        "purpose": (
            "<p>Sosial verdi oppstår i sammensatte prosesser med mange aktører, og det er "
            "sjelden lett å vise hva som skyldes hva. Likevel trenger både kulturskolen og "
            "partnerne å vite om innsatsen gjør en forskjell. SoImpact flytter "
            "oppmerksomheten fra det dere legger inn (timer, penger, aktiviteter) til det "
            "som endrer seg for dem det gjelder.</p>"
            "<p>Metoden er et av verktøyene i KS-håndboka om samskaping. Handlingsplanen "
            "til Norsk kulturskoleråd Nordland viser til håndboka nettopp på dette punktet: "
            "Det er nyttig å kjenne til måter å måle sosial verdiskaping på, selv om det er "
            "vanskelig. Nettapplikasjonen som hørte til SoImpact, er ikke lenger i drift, "
            "men metoden står seg og kan brukes med penn og papir eller et regneark. "
            "Eksemplene i Samskapingsbanken viser resultater etter den samme logikken: "
            "målgruppe, ønsket endring, indikator, nullpunkt, resultat og "
            "måletidspunkt.</p>"
        ),
        "phase": "evaluering",
        "time_needed": "2–3 timer til oppsett, deretter korte målinger",
        "group_size": "3–10 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Et regneark eller skjema med kolonnene målgruppe, ønsket endring, "
            "indikator, nullpunkt, mål, resultat og måletidspunkt.</li>"
            "<li>Prosjektbeskrivelsen, søknaden eller avtalen med partnerne.</li>"
            "<li>Helst en representant for målgruppen, for eksempel fra ungdomsrådet eller "
            "elevrådet.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "1. Fakta: formål og leveranser",
                "<p>Skriv med noen få setninger hvorfor tiltaket finnes og hva det konkret "
                "skal levere, for eksempel tjue åpne verksteder på biblioteket i løpet av "
                "et skoleår.</p>",
            ),
            (
                "2. Forstå problemet",
                "<p>Beskriv problemet, hva som skaper det og hvilke følger det får. Hvilke "
                "løsninger finnes allerede, og hvorfor tror dere at deres tiltak tilfører "
                "noe nytt?</p>",
            ),
            (
                "3. Avgrens målgruppene",
                "<p>Velg noen få, tydelig avgrensede målgrupper. Bli enige med hver av dem "
                "om hva som vil telle som suksess, sett fra deres side.</p>",
            ),
            (
                "4. Hovedaktiviteter og endringshypotese",
                "<p>Beskriv de viktigste aktivitetene og hvorfor dere tror de fører til "
                "endring. En enkel form er: <em>Hvis vi gjør …, så vil …, fordi …</em></p>",
            ),
            (
                "5. Indikatorer og måling",
                "<p>Velg én til tre indikatorer for hver målgruppe, og bestem hvordan dere "
                "måler: telling, en kort spørreundersøkelse, observasjon eller "
                "samtaler.</p>",
            ),
            (
                "6. Mål med frist, nullpunkt og gjentatte målinger",
                "<p>Sett mål med dato. Mål utgangspunktet (nullpunktsmåling) før "
                "aktiviteten starter, og mål på nytt til avtalte tider, slik at dere kan se "
                "utviklingen over tid.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Ta nullpunktsmålingen før dere starter. Den kan ikke tas i "
            "etterkant.</li>"
            "<li>Få, gode indikatorer er bedre enn mange. Spør: Hva ville vi gjort "
            "annerledes om tallet gikk opp eller ned?</li>"
            "<li>Antall deltakere er en leveranse, ikke en effekt. Kombiner med "
            "indikatorer på endring, som opplevd tilhørighet eller om deltakerne "
            "fortsetter.</li>"
            "<li>Vær ærlig om at dere sjelden kan bevise årsakssammenhenger. Det gjør ikke "
            "målingene mindre verdifulle.</li>"
            "<li>Bruk anonyme svar når dere spør barn og unge, og følg personvernreglene.</li>"
            "</ul>"
        ),
        "source_title": KS_HANDBOOK_TITLE,
        "source_page": "",
        "source_url": KS_HANDBOOK_URL,
        "themes": ["maling-av-sosial-verdi", "samskaping", "ledelse-og-kommunal-forankring"],
        "related": [
            "endringsteori",
            "samson-egenvurdering",
            "ks-modell-for-samskapende-sosial-innovasjon",
        ],
    },
    {
        "slug": "samarbeid-samhandling-samskaping",
        "title": "Samarbeid, samhandling eller samskaping?",
        "summary": (
            "En refleksjonsøvelse der kulturskolen og partnerne plasserer samarbeidene "
            "sine på tre nivåer og blir enige om hvilket nivå de ønsker i hvert av dem."
        ),
        "purpose": (
            "<p>Ikke alle samarbeid trenger å være samskaping. Øvelsen bygger på skillet "
            "mellom samarbeid, samhandling og samskaping som ble brukt i piloten "
            "«Fremtidens kulturskole» (KS og Norsk kulturskoleråd, 2021–2022). Den hjelper "
            "kulturskoleledere og kulturskoleeiere å se hvor kulturskolen står i dag, og "
            "hvor det er verdt å gå dypere.</p>"
            "<p>Som arbeidsbeskrivelse kan dere bruke dette:</p>"
            "<ul>"
            "<li><strong>Samarbeid:</strong> partene koordinerer hvert sitt bidrag, for "
            "eksempel ved å låne ut lokaler eller sette opp en felles konsert.</li>"
            "<li><strong>Samhandling:</strong> partene er i jevnlig kontakt, påvirker "
            "hverandre og tilpasser seg hverandre over tid.</li>"
            "<li><strong>Samskaping:</strong> partene definerer problemet og utvikler "
            "løsningen sammen, og deler ressurser og ansvar.</li>"
            "</ul>"
        ),
        "phase": "forankring",
        "time_needed": "1,5 timer",
        "group_size": "3–20 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>En liste over kulturskolens samarbeid det siste året.</li>"
            "<li>En lang linje på veggen eller en digital tavle med de tre nivåene.</li>"
            "<li>Lapper i to farger: én for hvor samarbeidet er i dag, én for hvor dere vil "
            "at det skal være.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Gå gjennom begrepene",
                "<p>Bruk et par minutter på de tre nivåene og gi et lokalt eksempel på "
                "hvert. Målet er en felles forståelse, ikke en perfekt definisjon.</p>",
            ),
            (
                "Plasser samarbeidene slik de er i dag",
                "<p>Skriv hvert samarbeid på en lapp og plasser det på linjen. Diskuter "
                "kort der dere er uenige.</p>",
            ),
            (
                "Marker hvor dere vil",
                "<p>Bruk den andre fargen til å vise hvor dere ønsker at samarbeidet skal "
                "være om to år. For mange er det helt riktig å bli værende der de er.</p>",
            ),
            (
                "Velg ett samarbeid å utvikle",
                "<p>Velg ett samarbeid der det er stor avstand mellom i dag og ønsket nivå. "
                "Hva må til for å ta et steg videre, og hvem må dere snakke med?</p>",
            ),
            (
                "Avtal neste steg",
                "<p>Skriv ned hvem som tar kontakt med partneren, og når dere ser på "
                "kartet igjen.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Samskaping krever mer tid og tillit enn samarbeid. Velg det bare der det "
            "gir mening.</li>"
            "<li>Ta gjerne øvelsen sammen med kulturskoleeieren, slik at ambisjonene blir "
            "forankret i kommunens ledelse.</li>"
            "<li>Gjør øvelsen igjen etter et år og se hva som har endret seg.</li>"
            "</ul>"
        ),
        "source_title": (
            "KS og Norsk kulturskoleråd: «Fremtidens kulturskole» – piloten «Kulturskolen "
            "som utviklingsaktør i fremtidens kommune» (2021–2022)"
        ),
        "source_page": "",
        "source_url": KS_URL,
        "themes": ["samhandling", "samskaping", "ledelse-og-kommunal-forankring"],
        "related": [
            "interessentkartlegging",
            "ks-modell-for-samskapende-sosial-innovasjon",
            "samson-egenvurdering",
        ],
    },
    {
        "slug": "interessentkartlegging",
        "title": "Interessentkartlegging",
        "summary": (
            "Kartlegg hvem som berøres av, kan påvirke eller bør bidra i et samarbeid, og "
            "hvordan dere vil involvere dem. Et sentralt verktøy i forankringsfasen i KS' "
            "veikart for tjenesteinnovasjon."
        ),
        "purpose": (
            "<p>Før kulturskolen starter et nytt samarbeid, lønner det seg å få oversikt "
            "over hvem som har interesser i saken, og hvem som bør være med fra starten. "
            "I KS' veikart for tjenesteinnovasjon hører interessentkartleggingen til den "
            "første fasen, sammen med å definere problem og mål, se på mulige gevinster, "
            "sette sammen et team og finne relaterte prosjekter.</p>"
            "<p>Kartleggingen hjelper dere å unngå overraskelser, å finne allierte og å "
            "huske dem som sjelden blir spurt, ikke minst barn og unge.</p>"
        ),
        "phase": "forankring",
        "time_needed": "1,5–2 timer",
        "group_size": "3–10 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Et stort ark eller en digital tavle med et rutenett: interesse langs den "
            "ene aksen og innflytelse langs den andre.</li>"
            "<li>Lapper og tusjer.</li>"
            "<li>En kort beskrivelse av utfordringen eller idéen dere vil jobbe med.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "List opp alle aktørene",
                "<p>Tenk bredt: elever, foresatte, lærere, rektorer, biblioteket, "
                "frivilligsentralen, lag og foreninger, ungdomsrådet, eldrerådet, lokalt "
                "næringsliv, politikere og kommunalsjefen.</p>",
            ),
            (
                "Plasser aktørene i rutenettet",
                "<p>Hvor stor interesse har de i saken, og hvor mye kan de påvirke den? "
                "Diskuter plasseringene der dere er usikre.</p>",
            ),
            (
                "Beskriv bidrag og behov",
                "<p>Noter for de viktigste aktørene hva de kan bidra med, og hva de trenger "
                "for å ville være med.</p>",
            ),
            (
                "Velg grad av involvering",
                "<p>Bestem om hver aktør skal informeres, høres, involveres eller være med "
                "og samskape.</p>",
            ),
            (
                "Se etter relaterte prosjekter",
                "<p>Finn ut hva annet som skjer i kommunen som berører saken, for eksempel "
                "arbeid med folkehelse, en ungdomsplan eller et bibliotekprosjekt. Kanskje "
                "kan dere koble dere på.</p>",
            ),
            (
                "Lag en kontaktplan",
                "<p>Avtal hvem som tar kontakt med hvem, og når. Sett en dato for å "
                "oppdatere kartet.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Aktører med stor interesse, men lite innflytelse, er lette å glemme. Barn "
            "og unge havner ofte der.</li>"
            "<li>Kartet er ferskvare. Oppdater det når prosjektet endrer seg.</li>"
            "<li>Del ikke kartet offentlig hvis det inneholder vurderinger av "
            "enkeltpersoner.</li>"
            "</ul>"
        ),
        "source_title": "KS: «Veikart for tjenesteinnovasjon», fase 1 (forankring)",
        "source_page": "",
        "source_url": KS_URL,
        "themes": ["partnerskap-og-samarbeid", "ledelse-og-kommunal-forankring", "samhandling"],
        "related": [
            "aktor-og-relasjonskart",
            "endringsteori",
            "partnerskapskart",
        ],
    },
    {
        "slug": "endringsteori",
        "title": "Endringsteori",
        "summary": (
            "Beskriv steg for steg hvordan aktivitetene skal føre fram til endringen dere "
            "ønsker. Endringsteorien gjør antakelsene synlige og er et godt grunnlag for "
            "planlegging, søknader og evaluering."
        ),
        "purpose": (
            "<p>En endringsteori er en kjede fra langsiktig mål, via delmål, tilbake til "
            "det dere faktisk skal gjøre. Den tvinger fram spørsmålet «hvorfor tror vi "
            "dette virker?», og gjør det lettere for partnerne å se om de er enige om "
            "retningen.</p>"
            "<p>For kulturskolen er endringsteorien nyttig når et samarbeid skal forankres "
            "hos kommunens ledelse, når dere skriver søknader, og når dere senere skal "
            "velge hva dere vil måle.</p>"
        ),
        "phase": "forankring",
        "time_needed": "2–3 timer",
        "group_size": "3–12 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Et langt ark eller en digital tavle delt i kolonner: aktiviteter, "
            "umiddelbare resultater, mellomlange resultater og langsiktig mål.</li>"
            "<li>Lapper i ulike farger for resultater og antakelser.</li>"
            "<li>Det dere allerede vet om målgruppen, for eksempel fra samtaler eller "
            "tidligere evalueringer.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Start med det langsiktige målet",
                "<p>Formuler hvilken endring dere vil se om noen år, for eksempel at flere "
                "unge i kommunen opplever at de har et kreativt fellesskap å høre til.</p>",
            ),
            (
                "Jobb dere bakover",
                "<p>Hva må være på plass like før målet nås? Og før det? Fortsett til dere "
                "er tilbake ved noe dere kan gjøre neste måned.</p>",
            ),
            (
                "Plasser aktivitetene",
                "<p>Knytt aktivitetene til resultatene de skal bidra til. Aktiviteter som "
                "ikke peker mot noe resultat, kan kanskje kuttes.</p>",
            ),
            (
                "Skriv ned antakelsene",
                "<p>Mellom hvert ledd: Hvorfor tror dere at det ene fører til det andre? "
                "Marker antakelser dere er usikre på. De er kandidater for testing.</p>",
            ),
            (
                "Velg hva dere vil følge med på",
                "<p>Pek ut noen få resultater som dere kan observere eller måle, og bruk "
                "dem videre i SoImpact eller i en læringssløyfe.</p>",
            ),
            (
                "Test teorien på andre",
                "<p>Vis endringsteorien til noen i målgruppen og til en kritisk venn. "
                "Henger kjeden sammen for dem også?</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Hold det enkelt. En endringsteori på én side blir brukt; en på ti sider "
            "blir lagt i en skuff.</li>"
            "<li>Virkeligheten er sjelden en rett linje. Se teorien som en arbeidshypotese "
            "som dere justerer.</li>"
            "<li>Lag endringsteorien sammen med partnerne, ikke på forhånd alene.</li>"
            "</ul>"
        ),
        "source_title": "Nesta: DIY Toolkit – «Theory of Change»",
        "source_page": "",
        "source_url": DIY_URL,
        "themes": [
            "maling-av-sosial-verdi",
            "ledelse-og-kommunal-forankring",
            "lokalsamfunnsutvikling",
        ],
        "related": ["soimpact-maling-av-sosial-verdi", "interessentkartlegging"],
    },
    {
        "slug": "samtalekafe",
        "title": "Samtalekafé",
        "summary": (
            "En uformell, men strukturert samtale i små grupper der alle får snakke "
            "uforstyrret etter tur. Fin for å bygge tillit før et samarbeid, også på tvers "
            "av språk og generasjoner."
        ),
        "purpose": (
            "<p>Samtalekafeen gir rom for å lytte og bli kjent uten at noen skal overbevise "
            "noen. Deltakerne snakker etter tur med en samtalegjenstand, først i faste "
            "runder og deretter friere. Formatet passer godt i starten av et samarbeid, "
            "eller når kulturskolen vil høre fra grupper den sjelden når, for eksempel "
            "nyankomne familier, eldre eller ungdom utenfor kulturskolen.</p>"
        ),
        "phase": "forankring",
        "time_needed": "60–90 minutter",
        "group_size": "5–8 deltakere per gruppe",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Et enkelt og åpent samtaletema, for eksempel «Hva betyr musikk og kultur "
            "for deg der du bor?».</li>"
            "<li>En samtaleleder per gruppe og en samtalegjenstand (en stein, en "
            "trommestikke, hva som helst).</li>"
            "<li>Kaffe og noe å spise. Tolk eller språkhjelp ved behov.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Velkommen og avtaler",
                "<p>Forklar de enkle avtalene: Den som holder gjenstanden, snakker. De "
                "andre lytter. Det er lov å stå over.</p>",
            ),
            (
                "Første runde",
                "<p>Alle sier kort hva de tenker om temaet, uten kommentarer fra de andre.</p>",
            ),
            (
                "Andre runde",
                "<p>Ny runde der deltakerne kan bygge videre på noe de hørte i den første "
                "runden.</p>",
            ),
            (
                "Åpen samtale",
                "<p>Fri samtale i gruppen. Samtalelederen passer på at alle slipper til, og "
                "kan ta fram gjenstanden igjen om det trengs.</p>",
            ),
            (
                "Avsluttende runde",
                "<p>Hver deltaker sier én ting de tar med seg. Samtalelederen noterer "
                "stikkord, ikke navn.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Ikke bruk samtalekafeen til å selge inn en ferdig idé. Da forsvinner "
            "tilliten.</li>"
            "<li>Velg et sted der deltakerne allerede føler seg hjemme, som biblioteket "
            "eller frivilligsentralen.</li>"
            "<li>Fortell etterpå hva dere gjorde med det dere hørte.</li>"
            "</ul>"
        ),
        "source_title": "Conversation Café – åpent samtaleformat for små grupper",
        "source_page": "",
        "source_url": "",
        "themes": ["inkludering-og-mangfold", "samhandling", "medvirkning"],
        "related": ["verdenskafe", "innsiktsintervju"],
    },
    {
        "slug": "aktor-og-relasjonskart",
        "title": "Aktør- og relasjonskart",
        "summary": (
            "Tegn et kart over menneskene og organisasjonene rundt en målgruppe og "
            "forbindelsene mellom dem. Kartet viser hvem som allerede når dem dere vil nå, "
            "og hvor kulturskolen kan koble seg på."
        ),
        "purpose": (
            "<p>Kulturskolen når mange barn og unge, men langt fra alle. Et aktør- og "
            "relasjonskart viser hvem som allerede har kontakt med den gruppen dere vil nå, "
            "hvor forbindelsene er sterke, og hvor de mangler. Kartet gir ofte overraskende "
            "innsikt: Den viktigste døråpneren er kanskje fritidsklubben eller "
            "helsesykepleieren, ikke skolen.</p>"
        ),
        "phase": "problemforstaelse",
        "time_needed": "1–2 timer",
        "group_size": "3–10 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Et stort ark med tre ringer rundt et midtpunkt, eller en digital "
            "tavle.</li>"
            "<li>Lapper og tusjer i to farger for sterke og svake forbindelser.</li>"
            "<li>Deltakere med ulik kjennskap til målgruppen.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Sett målgruppen i midten",
                "<p>Beskriv en konkret, tenkt person, for eksempel en 14-åring som sluttet "
                "i kulturskolen i fjor.</p>",
            ),
            (
                "Fyll inn den nærmeste ringen",
                "<p>Familie, venner og andre som personen har kontakt med hver dag.</p>",
            ),
            (
                "Fyll inn arenaene",
                "<p>Skole, SFO, idrettslag, fritidsklubb, kor, menighet, nettfellesskap og "
                "andre steder personen er.</p>",
            ),
            (
                "Fyll inn tjenester og organisasjoner",
                "<p>Biblioteket, helsesykepleier, frivilligsentralen, ungdomsrådet, "
                "kulturkontoret og andre som kan nå personen.</p>",
            ),
            (
                "Tegn forbindelsene",
                "<p>Trekk linjer mellom aktørene. Bruk ulike farger for sterke og svake "
                "forbindelser, og marker hvor kulturskolen mangler kontakt.</p>",
            ),
            (
                "Velg broene",
                "<p>Pek ut to eller tre aktører som kan bli broer mellom kulturskolen og "
                "målgruppen, og avtal hvem som tar kontakt.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Lag kartet sammen med noen fra målgruppen om mulig. De kjenner "
            "forbindelser dere ikke ser.</li>"
            "<li>Bruk tenkte personer, aldri navngitte elever.</li>"
            "<li>Kartet kan gjenbrukes i interessentkartleggingen.</li>"
            "</ul>"
        ),
        "source_title": "Nesta: DIY Toolkit – «People and Connections Map»",
        "source_page": "",
        "source_url": DIY_URL,
        "themes": ["samhandling", "inkludering-og-mangfold", "partnerskap-og-samarbeid"],
        "related": ["interessentkartlegging", "personas"],
    },
    {
        "slug": "innsiktsintervju",
        "title": "Innsiktsintervju",
        "summary": (
            "Åpne samtaler med dem dere vil lage noe for, helst der de er i hverdagen. "
            "Målet er å forstå behov og erfaringer, ikke å få bekreftet det dere allerede "
            "tror."
        ),
        "purpose": (
            "<p>Innsiktsintervjuer gir kulturskolen og partnerne kunnskap om behov, "
            "hindringer og ønsker som ikke kommer fram i tall og skjemaer. Snakk gjerne "
            "også med dem som står utenfor: elever som har sluttet, familier som aldri har "
            "søkt plass, eller lag som aldri har samarbeidet med kulturskolen.</p>"
        ),
        "phase": "problemforstaelse",
        "time_needed": "30–60 minutter per intervju",
        "group_size": "1–3 intervjuere per intervju",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>En kort intervjuguide med åpne spørsmål.</li>"
            "<li>Avtale om tid og sted, helst hos den som blir intervjuet.</li>"
            "<li>Samtykke, og for barn under 15 år samtykke fra foresatte. Ikke ta opp "
            "lyd uten at det er avtalt.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Bestem hva dere vil lære",
                "<p>Skriv ned to eller tre spørsmål dere ønsker svar på, og hvem som kan "
                "gi dem.</p>",
            ),
            (
                "Velg hvem dere snakker med",
                "<p>Ta med ytterpunktene: de mest engasjerte og dem som aldri har brukt "
                "tilbudet.</p>",
            ),
            (
                "Still åpne spørsmål",
                "<p>Be om historier og eksempler: «Fortell om sist du …». Unngå spørsmål "
                "som kan besvares med ja eller nei.</p>",
            ),
            (
                "Lytt og noter ordrett",
                "<p>Én spør, én noterer. Skriv ned formuleringer som overrasker.</p>",
            ),
            (
                "Del innsikten samme dag",
                "<p>Gå gjennom notatene i teamet mens inntrykkene er ferske, og skriv ned "
                "de viktigste funnene.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Pass på at spørsmålene ikke leder svarene.</li>"
            "<li>Barn og unge svarer ofte mer åpent sammen med en venn.</li>"
            "<li>Lagre notatene uten navn, og slett dem når de ikke lenger trengs.</li>"
            "</ul>"
        ),
        "source_title": "IDEO.org: Design Kit – «Interview»",
        "source_page": "",
        "source_url": DESIGN_KIT_URL,
        "themes": ["medvirkning", "inkludering-og-mangfold"],
        "related": ["personas", "hvordan-kan-vi"],
    },
    {
        "slug": "personas",
        "title": "Personas",
        "summary": (
            "Lag noen få tenkte, men realistiske personer som representerer dem dere vil "
            "nå. Personas hjelper partnerne å holde målgruppens behov i sentrum når dere "
            "utvikler og velger løsninger."
        ),
        "purpose": (
            "<p>Når mange partnere skal utvikle noe sammen, er det lett at hver av dem "
            "tenker på sin egen målgruppe. Personas gir et felles bilde av hvem løsningen "
            "er for. Bygget på innsikt fra intervjuer og samtaler blir de et nyttig "
            "redskap for å sjekke idéer: Ville dette passet for henne?</p>"
        ),
        "phase": "problemforstaelse",
        "time_needed": "2 timer, etter innsiktsarbeidet",
        "group_size": "3–10 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Notater fra intervjuer, samtaler og observasjoner.</li>"
            "<li>En enkel mal: navn, alder, hverdag, behov, hindringer og hva personen "
            "liker.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Finn mønstre i innsikten",
                "<p>Sorter funnene og se etter grupper av behov og hindringer som går igjen.</p>",
            ),
            (
                "Lag tre eller fire personas",
                "<p>Gi hver persona navn, alder og en kort hverdagsbeskrivelse. Ta med minst "
                "én som ikke bruker kulturskolen i dag.</p>",
            ),
            (
                "Beskriv behov og hindringer",
                "<p>Hva ønsker personen seg? Hva stopper henne eller ham, for eksempel "
                "pris, transport, språk eller at vennene ikke er med?</p>",
            ),
            (
                "Test personas mot virkeligheten",
                "<p>Vis dem til noen i målgruppen: Kjenner de seg igjen?</p>",
            ),
            (
                "Bruk dem aktivt",
                "<p>Heng personas opp i idéutviklingen og vurder hver idé ut fra dem.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Bygg på innsikt, ikke på stereotypier.</li>"
            "<li>Sørg for at ingen persona kan kjennes igjen som en bestemt elev.</li>"
            "<li>Få og tydelige personas er bedre enn mange.</li>"
            "</ul>"
        ),
        "source_title": "Nesta: DIY Toolkit – «Personas»",
        "source_page": "",
        "source_url": DIY_URL,
        "themes": ["medvirkning", "inkludering-og-mangfold"],
        "related": ["innsiktsintervju", "hvordan-kan-vi", "aktor-og-relasjonskart"],
    },
    {
        "slug": "verdenskafe",
        "title": "Verdenskafé",
        "summary": (
            "Samtaler i små grupper rundt kafébord, der deltakerne bytter bord mellom "
            "rundene og bygger videre på hverandres tanker. Egner seg når mange skal bidra "
            "til å forstå en felles utfordring."
        ),
        "purpose": (
            "<p>Verdenskafeen gjør det mulig for mange mennesker å snakke sammen om det "
            "samme spørsmålet på kort tid, og å bygge videre på hverandres tanker. Den "
            "passer når kulturskolen vil samle skole, bibliotek, lag og foreninger, "
            "ungdomsråd og innbyggere for å forstå en utfordring i lokalsamfunnet før dere "
            "bestemmer dere for løsninger.</p>"
        ),
        "phase": "problemforstaelse",
        "time_needed": "2–3 timer",
        "group_size": "12–100 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Småbord med plass til fire eller fem, papirduker og tusjer.</li>"
            "<li>Tre gode, åpne spørsmål som bygger på hverandre.</li>"
            "<li>En bordvert per bord, som blir sittende når de andre bytter.</li>"
            "<li>Kaffe og noe å bite i, slik at det faktisk føles som en kafé.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Velkommen",
                "<p>Forklar formålet og de enkle reglene: Snakk med hverandre, lytt, og "
                "skriv og tegn på duken.</p>",
            ),
            (
                "Første runde",
                "<p>20–30 minutter om det første spørsmålet. Bland deltakere fra ulike "
                "sektorer ved hvert bord.</p>",
            ),
            (
                "Bytt bord",
                "<p>Deltakerne flytter til nye bord. Bordverten oppsummerer kort hva som "
                "ble sagt i forrige runde.</p>",
            ),
            (
                "Andre og tredje runde",
                "<p>Nye spørsmål som går dypere. Deltakerne bygger videre på det som står "
                "på duken.</p>",
            ),
            (
                "Høsting i plenum",
                "<p>Samle de viktigste tankene fra bordene. Se etter mønstre og overraskelser.</p>",
            ),
            (
                "Dokumenter og følg opp",
                "<p>Ta bilder av dukene og lag en kort oppsummering som deles med alle "
                "deltakerne.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Bruk tid på spørsmålene. De bestemmer kvaliteten på samtalene.</li>"
            "<li>Digitalt fungerer formatet med grupperom og en felles digital tavle.</li>"
            "<li>Ikke lov mer enn dere kan følge opp.</li>"
            "</ul>"
        ),
        "source_title": "The World Café Community Foundation: «The World Café»",
        "source_page": "",
        "source_url": "https://theworldcafe.com/",
        "themes": ["medvirkning", "samhandling", "lokalsamfunnsutvikling"],
        "related": ["open-space", "samtalekafe"],
    },
    {
        "slug": "hvordan-kan-vi",
        "title": "Hvordan kan vi …?",
        "summary": (
            "Gjør innsikt om til åpne spørsmål som starter med «Hvordan kan vi …?». Gode "
            "spørsmål gir retning uten å låse løsningen, og er en enkel start på "
            "idéutviklingen."
        ),
        "purpose": (
            "<p>Spørsmålsformen inviterer til mange svar og signaliserer at dere skal finne "
            "løsningen sammen. Et eksempel: <em>Hvordan kan vi gjøre det enkelt for ungdom "
            "som ikke går i kulturskolen, å prøve å spille i band på biblioteket?</em></p>"
        ),
        "phase": "ideutvikling",
        "time_needed": "45–90 minutter",
        "group_size": "3–30 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Funn fra intervjuer, samtaler eller en verdenskafé.</li>"
            "<li>Lapper, tusjer og en vegg eller digital tavle.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Start med innsikten",
                "<p>Les opp de viktigste funnene. Velg tre eller fire som dere vil jobbe "
                "videre med.</p>",
            ),
            (
                "Skriv om til spørsmål",
                "<p>Gjør hvert funn om til ett eller flere spørsmål som starter med "
                "«Hvordan kan vi …?».</p>",
            ),
            (
                "Juster bredden",
                "<p>For vidt gir ingen retning, for smalt har allerede svaret i seg. Prøv "
                "flere varianter av de samme spørsmålene.</p>",
            ),
            (
                "Velg de beste",
                "<p>Velg to eller tre spørsmål som gir energi og som partnerne kan gjøre "
                "noe med.</p>",
            ),
            (
                "Idémyldring",
                "<p>Lag så mange idéer som mulig til hvert spørsmål, uten å vurdere dem "
                "underveis. Grupper og velg etterpå.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Unngå spørsmål som inneholder løsningen, som «Hvordan kan vi få flere "
            "til å melde seg på kurset vårt?».</li>"
            "<li>La ungdom formulere spørsmål selv. Det gir ofte bedre spørsmål.</li>"
            "</ul>"
        ),
        "source_title": "IDEO.org: Design Kit – «How Might We»",
        "source_page": "",
        "source_url": DESIGN_KIT_URL,
        "themes": ["samskaping", "medvirkning"],
        "related": [
            "rask-prototyping",
            "startpakke-fra-problem-til-prototyp",
            "personas",
        ],
    },
    {
        "slug": "open-space",
        "title": "Open Space",
        "summary": (
            "En møteform der deltakerne selv setter dagsordenen innenfor et felles tema. "
            "Passer når mange har engasjement og kunnskap, og dere vil få fram initiativ "
            "som ingen har planlagt på forhånd."
        ),
        "purpose": (
            "<p>I Open Space lager ikke arrangøren programmet. Deltakerne foreslår selv "
            "samtalene de vil lede, og de andre velger hvor de vil bidra. Formatet gir "
            "eierskap og får fram idéer og allianser som ellers ikke ville kommet. Det "
            "egner seg for eksempel til en åpen dag om kulturlivet for barn og unge i "
            "kommunen, eller som del av en konferanse.</p>"
        ),
        "phase": "ideutvikling",
        "time_needed": "Fra 3 timer til 2 dager",
        "group_size": "15–200 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Et tema formulert som et åpent spørsmål.</li>"
            "<li>En stor vegg med tidsrom og samtalesteder («markedsplassen»).</li>"
            "<li>Stoler i en ring, ark, tusjer og en enkel mal for referat fra hver "
            "samtale.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Åpning i ring",
                "<p>Presenter temaet og prinsippene, blant annet at de som kommer, er de "
                "rette, og at alle kan gå dit de lærer eller bidrar mest.</p>",
            ),
            (
                "Markedsplassen",
                "<p>Deltakere som brenner for et spørsmål, skriver det på et ark, sier det "
                "høyt og setter det opp på veggen med tid og sted.</p>",
            ),
            (
                "Parallelle samtaler",
                "<p>Deltakerne velger samtaler og kan bytte underveis. Den som tok "
                "initiativet, sørger for et kort referat.</p>",
            ),
            (
                "Samle referatene",
                "<p>Alle referatene henges opp eller samles digitalt slik at alle kan lese "
                "dem.</p>",
            ),
            (
                "Prioriter og avtal neste steg",
                "<p>Avslutt i ringen. Hva vil deltakerne gå videre med, og hvem tar ansvar?</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Temaet må være noe deltakerne virkelig bryr seg om.</li>"
            "<li>Arrangøren må tåle at samtalene går i uventede retninger.</li>"
            "<li>Digitalt kan dere bruke grupperom og et felles dokument som "
            "markedsplass.</li>"
            "</ul>"
        ),
        "source_title": "Harrison Owen: «Open Space Technology» (openspaceworld.org)",
        "source_page": "",
        "source_url": "https://openspaceworld.org/",
        "themes": ["medvirkning", "samskaping", "lokalsamfunnsutvikling"],
        "related": ["verdenskafe", "hvordan-kan-vi"],
    },
    {
        "slug": "startpakke-fra-problem-til-prototyp",
        "title": "Fra problem til prototyp (Startpakke for samskaping)",
        "summary": (
            "En rekke korte oppgaver som tar en gruppe fra et felles problem, via "
            "idéutvikling og valg av idé, til en første prototyp. Hver oppgave sier hva dere "
            "trenger, hvordan dere gjør det, og gir et eksempel."
        ),
        "purpose": (
            "<p>Startpakken er laget av fylkesbibliotekene for bibliotek som vil samskape "
            "med innbyggere og andre aktører, men oppgavene passer like godt for "
            "kulturskolen. Den er særlig nyttig for grupper som ikke har jobbet slik før, "
            "fordi hver oppgave er beskrevet med utstyr, metode og eksempel. Et "
            "samarbeid mellom kulturskolen og biblioteket er et naturlig sted å "
            "begynne.</p>"
        ),
        "phase": "ideutvikling",
        "time_needed": "En halv dag, eller fire møter på 1–1,5 timer",
        "group_size": "5–25 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Startpakken, med oppgavebeskrivelsene.</li>"
            "<li>Lapper, tusjer, papp, tape og annet enkelt materiell til prototyper.</li>"
            "<li>En sammensatt gruppe: ansatte fra kulturskolen og partneren, og noen fra "
            "målgruppen.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Formuler problemet sammen",
                "<p>Bli enige om hvilket problem dere vil løse, og for hvem. Skriv det med "
                "ord som målgruppen selv ville brukt.</p>",
            ),
            (
                "Utvikle idéer",
                "<p>Bruk en enkel idémyldring til å lage mange forslag. Kvantitet før "
                "kvalitet.</p>",
            ),
            (
                "Velg idé",
                "<p>Vurder idéene ut fra nytte for målgruppen og hvor enkle de er å prøve "
                "ut. Velg én eller to.</p>",
            ),
            (
                "Lag en prototyp",
                "<p>Lag en enkel versjon av idéen: en plakat, en prøvekveld, et rollespill "
                "eller en skisse av et nytt tilbud.</p>",
            ),
            (
                "Planlegg utprøvingen",
                "<p>Avtal når og med hvem prototypen skal testes, og hva dere vil lære.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Det er lov å hoppe over oppgaver dere allerede har gjort.</li>"
            "<li>Hold tempoet oppe. Målet er å lære raskt, ikke å bli ferdige.</li>"
            "<li>Ha med noen fra målgruppen i alle trinn, ikke bare til slutt.</li>"
            "</ul>"
        ),
        "source_title": "Fylkesbibliotekene: «Startpakke for samskaping»",
        "source_page": "",
        "source_url": "",
        "themes": ["samskaping", "kulturskolen-som-ressurssenter", "partnerskap-og-samarbeid"],
        "related": ["hvordan-kan-vi", "rask-prototyping", "testplan-for-prototyp"],
    },
    {
        "slug": "rask-prototyping",
        "title": "Rask prototyping",
        "summary": (
            "Lag enkle og billige versjoner av en idé, som en skisse, et rollespill eller "
            "en prøvetime, og test dem med målgruppen før dere bruker mye tid og penger."
        ),
        "purpose": (
            "<p>En prototyp gjør en idé konkret nok til at andre kan reagere på den. For "
            "kulturskolen kan det være en enkelt prøvetime i et nytt lokale, en plakat for "
            "et tilbud som ikke finnes ennå, eller et rollespill av hvordan en påmelding "
            "skal foregå. Jo tidligere dere tester, desto billigere er det å ta feil.</p>"
        ),
        "phase": "utproving",
        "time_needed": "1–3 timer per runde",
        "group_size": "3–15 deltakere",
        "works_digitally": False,
        "preparation": (
            "<ul>"
            "<li>Papir, papp, tape, tusjer og eventuelt instrumenter eller rekvisitter.</li>"
            "<li>Avtale med noen fra målgruppen som kan teste.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Velg hva dere vil lære",
                "<p>Formuler ett spørsmål prototypen skal svare på, for eksempel om "
                "ungdom vil komme på et åpent verksted uten påmelding.</p>",
            ),
            (
                "Velg form",
                "<p>Papirskisse, rollespill, prøvetime, plakat eller en enkel nettside. "
                "Velg det som raskest gir svar.</p>",
            ),
            (
                "Bygg raskt",
                "<p>Bruk maksimalt en time. Prototypen skal være uferdig nok til at folk "
                "tør å kritisere den.</p>",
            ),
            (
                "Test med ekte brukere",
                "<p>La noen fra målgruppen prøve. Observer mer enn dere forklarer.</p>",
            ),
            (
                "Noter og juster",
                "<p>Hva virket, hva virket ikke, og hva overrasket? Lag en ny versjon og "
                "test igjen.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Ikke bli forelsket i den første versjonen.</li>"
            "<li>Test i det virkelige miljøet når det er mulig, for eksempel på "
            "biblioteket en vanlig ettermiddag.</li>"
            "</ul>"
        ),
        "source_title": "IDEO.org: Design Kit – «Rapid Prototyping»",
        "source_page": "",
        "source_url": DESIGN_KIT_URL,
        "themes": ["samskaping", "medvirkning"],
        "related": ["testplan-for-prototyp", "hvordan-kan-vi"],
    },
    {
        "slug": "testplan-for-prototyp",
        "title": "Testplan for prototyp",
        "summary": (
            "En enkel plan for hva dere vil lære av en utprøving, hvem som tester, hvordan "
            "dere samler erfaringer, og hva som avgjør om idéen går videre."
        ),
        "purpose": (
            "<p>En utprøving uten plan ender ofte med at alle synes det gikk fint. "
            "Testplanen gjør det tydelig på forhånd hva dere skal se etter, slik at "
            "partnerne kan ta en felles beslutning etterpå: fortsette, endre eller "
            "stoppe.</p>"
        ),
        "phase": "utproving",
        "time_needed": "1 time til planlegging",
        "group_size": "2–8 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>En beskrivelse av prototypen.</li>"
            "<li>En enkel mal med feltene: hva vi tester, hvem som tester, hvordan vi "
            "samler erfaringer, og hva som er godt nok.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Skriv ned antakelsen",
                "<p>Hva tror dere er sant, og som utprøvingen skal bekrefte eller avkrefte?</p>",
            ),
            (
                "Velg testpersoner og sted",
                "<p>Hvem fra målgruppen skal prøve, hvor og når?</p>",
            ),
            (
                "Bestem hvordan dere samler erfaringer",
                "<p>Observasjon, korte samtaler, en enkel telling eller et par spørsmål på "
                "en lapp.</p>",
            ),
            (
                "Sett kriterier på forhånd",
                "<p>Hva må skje for at dere går videre med idéen? Skriv det ned før testen.</p>",
            ),
            (
                "Gjennomfør og vurder sammen",
                "<p>Gå gjennom erfaringene med partnerne, og ta en felles beslutning.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Test én ting om gangen.</li>"
            "<li>Sett kriteriene før testen, ikke etter. Ellers er det lett å lure seg "
            "selv.</li>"
            "</ul>"
        ),
        "source_title": "Nesta: DIY Toolkit – «Prototype Testing Plan»",
        "source_page": "",
        "source_url": DIY_URL,
        "themes": ["samskaping", "maling-av-sosial-verdi"],
        "related": ["rask-prototyping", "laeringssloyfe"],
    },
    {
        "slug": "partnerskapskart",
        "title": "Partnerskapskart",
        "summary": (
            "Kartlegg hvilke partnere dere trenger for å gjennomføre og spre en løsning, hva "
            "hver av dem får ut av samarbeidet, og hva dere må avtale."
        ),
        "purpose": (
            "<p>Når en idé er prøvd ut og skal bli et fast tilbud, endrer behovet for "
            "partnere seg. Partnerskapskartet hjelper kulturskolen å se hvem som må med for "
            "å drifte og spre løsningen, og hva hver partner får igjen. Det gjør det "
            "lettere å inngå avtaler som varer lenger enn en prosjektperiode, i tråd med "
            "bærekraftsmål 17 om samarbeid for å nå målene.</p>"
        ),
        "phase": "gjennomforing",
        "time_needed": "1,5–2 timer",
        "group_size": "3–10 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>En beskrivelse av løsningen som skal videreføres.</li>"
            "<li>Et ark med kolonnene: hva vi trenger, hvem kan bidra, hva de får igjen, "
            "og hva vi må avtale.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "List opp hva løsningen trenger",
                "<p>Lokaler, folk, kompetanse, utstyr, penger, kanaler for å nå målgruppen.</p>",
            ),
            (
                "Finn mulige partnere",
                "<p>For hvert behov: Hvem kan bidra? Tenk på offentlige, private og "
                "frivillige aktører.</p>",
            ),
            (
                "Beskriv gevinsten for hver partner",
                "<p>Hva får biblioteket, laget eller bedriften ut av samarbeidet? Et "
                "partnerskap uten gevinst for begge varer sjelden.</p>",
            ),
            (
                "Avklar roller og avtaler",
                "<p>Hvem har ansvar for hva, og hva skal skrives ned i en avtale?</p>",
            ),
            (
                "Planlegg spredning",
                "<p>Kan løsningen brukes i nabokommunen, på flere skoler eller i andre "
                "grendelag? Hvem må i så fall med?</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Skriv enkle samarbeidsavtaler. De overlever personskifter bedre enn "
            "muntlige avtaler.</li>"
            "<li>Få kulturskoleeieren med når avtalene binder kommunen.</li>"
            "</ul>"
        ),
        "source_title": "Nesta: DIY Toolkit – «Building Partnerships Map»",
        "source_page": "",
        "source_url": DIY_URL,
        "themes": [
            "partnerskap-og-samarbeid",
            "kulturskolen-som-ressurssenter",
            "ledelse-og-kommunal-forankring",
        ],
        "related": ["interessentkartlegging", "aktor-og-relasjonskart"],
    },
    {
        "slug": "medvirkningsbudsjett",
        "title": "Medvirkningsbudsjett",
        "summary": (
            "Innbyggere, for eksempel ungdom, foreslår og stemmer fram hvordan en avgrenset "
            "pott penger skal brukes. Gir reell innflytelse og viser deltakerne hvordan "
            "beslutninger tas i kommunen."
        ),
        "purpose": (
            "<p>Med et medvirkningsbudsjett får innbyggerne bestemme over en konkret sum. "
            "For kulturskolen kan det være en pott til kulturaktiviteter for unge, der "
            "ungdomsrådet og elevene selv foreslår og stemmer. Det gir eierskap, og det "
            "viser at medvirkning har følger.</p>"
        ),
        "phase": "gjennomforing",
        "time_needed": "2–6 måneder fra start til gjennomføring",
        "group_size": "20–500 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>En avklart pott penger og et politisk eller administrativt vedtak som "
            "sikrer at resultatet blir fulgt.</li>"
            "<li>Enkle regler: hvem kan foreslå, hvem kan stemme, og hva pengene kan "
            "brukes til.</li>"
            "<li>En kanal for forslag og avstemning, digital eller på papir.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Sikre pott og forankring",
                "<p>Avklar beløpet og hvem som har vedtatt at innbyggerne skal bestemme. "
                "Uten forankring blir det skinnmedvirkning.</p>",
            ),
            (
                "Lag reglene sammen med målgruppen",
                "<p>La for eksempel ungdomsrådet være med på å bestemme kriterier og "
                "aldersgrenser.</p>",
            ),
            (
                "Samle forslag",
                "<p>Gjør det enkelt å foreslå: på skolen, på biblioteket og digitalt. Tilby "
                "hjelp til å skrive forslag.</p>",
            ),
            (
                "Vurder gjennomførbarhet",
                "<p>Gå gjennom forslagene sammen med forslagsstillerne og juster der det "
                "trengs.</p>",
            ),
            (
                "Avstemning",
                "<p>Gjennomfør avstemningen på en måte som er enkel og åpen for alle i "
                "målgruppen.</p>",
            ),
            (
                "Gjennomfør og meld tilbake",
                "<p>Sett vinnerforslagene ut i livet og fortell tydelig hva som ble gjort "
                "med pengene.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Hold potten liten nok til at det er trygt, men stor nok til at det "
            "betyr noe.</li>"
            "<li>Vær tydelig på hva som ikke kan velges, og hvorfor.</li>"
            "<li>Rask gjennomføring av vinnerforslagene bygger tillit til neste "
            "runde.</li>"
            "</ul>"
        ),
        "source_title": (
            "Deltakende budsjettering (participatory budgeting), utviklet i Porto Alegre i Brasil"
        ),
        "source_page": "",
        "source_url": "",
        "themes": ["medvirkning", "ledelse-og-kommunal-forankring", "lokalsamfunnsutvikling"],
        "related": ["innbyggerpanel", "open-space"],
    },
    {
        "slug": "laeringssloyfe",
        "title": "Læringssløyfe",
        "summary": (
            "Et fast, kort refleksjonspunkt der partnerne ser på hva de har gjort, hva som "
            "skjedde og hva de vil endre. Gjør evaluering til en løpende vane i stedet for "
            "en sluttrapport."
        ),
        "purpose": (
            "<p>Samskaping er læring underveis. Læringssløyfen gir partnerne en enkel rutine "
            "for å stoppe opp, se på erfaringene og justere, uten å vente til prosjektet "
            "er over. Den passer godt som fast punkt på partnermøtene.</p>"
        ),
        "phase": "evaluering",
        "time_needed": "30–60 minutter, gjentas jevnlig",
        "group_size": "3–15 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Fire faste spørsmål på en tavle eller i et delt dokument.</li>"
            "<li>Eventuelle tall eller observasjoner siden forrige gang.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Hva planla vi?",
                "<p>Kort påminnelse om hva dere hadde tenkt å gjøre og oppnå.</p>",
            ),
            (
                "Hva skjedde?",
                "<p>Fakta først: hva ble gjort, hvem kom, hva så dere?</p>",
            ),
            (
                "Hva lærte vi?",
                "<p>Hvorfor ble det som det ble? Hva overrasket?</p>",
            ),
            (
                "Hva endrer vi?",
                "<p>Bli enige om én eller to justeringer før neste runde, og hvem som har "
                "ansvar.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Hold det kort og fast. Det er regelmessigheten som gir verdi.</li>"
            "<li>Skriv ned endringene, så kan dere se utviklingen over tid.</li>"
            "</ul>"
        ),
        "source_title": "Nesta: DIY Toolkit – «Learning Loop»",
        "source_page": "",
        "source_url": DIY_URL,
        "themes": ["maling-av-sosial-verdi", "samhandling"],
        "related": [
            "samson-egenvurdering",
            "testplan-for-prototyp",
            "soimpact-maling-av-sosial-verdi",
        ],
    },
    {
        "slug": "innbyggerpanel",
        "title": "Innbyggerpanel",
        "summary": (
            "En gruppe innbyggere, gjerne satt sammen for å speile befolkningen, som gir "
            "råd om et spørsmål over tid. Et ungdomspanel kan for eksempel hjelpe "
            "kulturskolen å utvikle tilbud for unge."
        ),
        "purpose": (
            "<p>Et innbyggerpanel gir kulturskolen og kommunen råd fra et bredt utvalg av "
            "innbyggere, ikke bare fra dem som pleier å ta ordet. Panelet møtes flere "
            "ganger, får informasjon, diskuterer og gir anbefalinger. Det kan følge et "
            "utviklingsarbeid fra start til slutt.</p>"
        ),
        "phase": "hele-prosessen",
        "time_needed": "3–5 møter på 2–3 timer",
        "group_size": "12–30 deltakere",
        "works_digitally": True,
        "preparation": (
            "<ul>"
            "<li>Et tydelig spørsmål og et mandat: Hva skal panelet gi råd om, og hva "
            "skjer med rådene?</li>"
            "<li>En plan for rekruttering, for eksempel loddtrekning blant elever på "
            "flere skoler.</li>"
            "<li>Budsjett til mat, reise og en liten godtgjørelse.</li>"
            "</ul>"
        ),
        "steps": [
            (
                "Avklar spørsmål og mandat",
                "<p>Skriv ned hva panelet skal svare på, og hvem som forplikter seg til å "
                "vurdere rådene.</p>",
            ),
            (
                "Sett sammen panelet",
                "<p>Sørg for variasjon i alder, kjønn, bosted og erfaring. Trekk gjerne "
                "deltakere i stedet for å be om frivillige.</p>",
            ),
            (
                "Gi panelet kunnskap",
                "<p>La panelet møte fagfolk, elever, lærere og partnere, og få svar på "
                "spørsmålene sine.</p>",
            ),
            (
                "Drøft og gi råd",
                "<p>Panelet diskuterer og formulerer anbefalinger med egne ord.</p>",
            ),
            (
                "Meld tilbake",
                "<p>Fortell panelet hva som ble gjort med rådene, også med dem som ikke ble "
                "fulgt.</p>",
            ),
        ],
        "tips": (
            "<ul>"
            "<li>Unge deltakere under 15 år trenger samtykke fra foresatte.</li>"
            "<li>Legg møtene til tider og steder som passer deltakerne, ikke bare de "
            "ansatte.</li>"
            "<li>Vær tydelig på at panelet gir råd, og hvem som tar beslutningen.</li>"
            "</ul>"
        ),
        "source_title": "Innbyggerpanel (citizens' panel) – utbredt medvirkningsformat",
        "source_page": "",
        "source_url": "",
        "themes": ["medvirkning", "ledelse-og-kommunal-forankring", "lokalsamfunnsutvikling"],
        "related": ["verdenskafe", "medvirkningsbudsjett"],
    },
]
