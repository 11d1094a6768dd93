"""Temaene som metoder, eksempler og arrangementer i Samskapingsbanken knyttes til."""

THEMES = [
    {
        "slug": "samhandling",
        "name": "Samhandling",
        "description": (
            "Hvordan kulturskolen kan spille sammen med andre aktører i kommunen og "
            "lokalsamfunnet, med gjensidig kontakt og felles forståelse. Samhandling er "
            "utviklingsområdet til Norsk kulturskoleråd Nordland i 2024–2025."
        ),
    },
    {
        "slug": "samskaping",
        "name": "Samskaping",
        "description": (
            "Når offentlige, private og frivillige aktører deler ressurser og utvikler "
            "løsninger sammen for å løse felles utfordringer. Her finner du metoder og "
            "eksempler på hvordan kulturskolen kan være med på å skape offentlig verdi."
        ),
    },
    {
        "slug": "inkludering-og-mangfold",
        "name": "Inkludering og mangfold",
        "description": (
            "Hvordan kulturskolen kan bli en åpen arena for alle barn, unge og voksne, og "
            "bruke mangfoldet i lokalsamfunnet som en ressurs."
        ),
    },
    {
        "slug": "medvirkning",
        "name": "Medvirkning",
        "description": (
            "Metoder som gir elever, foresatte, ungdomsråd og innbyggere reell innflytelse "
            "på tilbud og prosjekter, fra de første spørsmålene til de endelige valgene."
        ),
    },
    {
        "slug": "lokalsamfunnsutvikling",
        "name": "Lokalsamfunnsutvikling",
        "description": (
            "Kulturskolen som aktør for levende lokalsamfunn, med bidrag til tilhørighet, "
            "fellesskap, mestring og kreativitet der folk bor."
        ),
    },
    {
        "slug": "partnerskap-og-samarbeid",
        "name": "Partnerskap og samarbeid (FNs bærekraftsmål 17)",
        "description": (
            "Om å bygge og vedlikeholde samarbeid med aktører som har betydning for "
            "kulturskolen, i tråd med bærekraftsmål 17 om samarbeid for å nå målene."
        ),
    },
    {
        "slug": "kulturskolen-som-ressurssenter",
        "name": "Kulturskolen som ressurssenter",
        "description": (
            "Hvordan kulturskolens kompetanse kan komme barnehager, skoler, bibliotek, "
            "frivillige lag og andre til gode, og hva kulturskolen får igjen."
        ),
    },
    {
        "slug": "maling-av-sosial-verdi",
        "name": "Måling av sosial verdi",
        "description": (
            "Verktøy for å sette mål, velge indikatorer og følge med på om innsatsen gjør "
            "en forskjell for dem det gjelder. Det er krevende, men det lønner seg å prøve."
        ),
    },
    {
        "slug": "ledelse-og-kommunal-forankring",
        "name": "Ledelse og kommunal forankring",
        "description": (
            "Hvordan kulturskoleledere og kulturskoleeiere kan synliggjøre kulturskolens "
            "potensial for kommunens politiske og administrative toppledelse, og få "
            "samskapingsarbeidet inn i planer og budsjetter."
        ),
    },
    {
        "slug": "digitale-moteplasser",
        "name": "Digitale møteplasser",
        "description": (
            "Erfaringer med å møtes, lære og samarbeide digitalt, fra korte nettmøter "
            "mellom kulturskoleledere til undervisning og samspill over lange avstander."
        ),
    },
]
