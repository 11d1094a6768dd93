"""Forsiden, kontaktinformasjonen og standardsidene (om, tilgjengelighet og personvern)."""

CONTACT_EMAIL = "sigrun.fostad@kulturskoleradet.no"
CONTACT_LINK = f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>'

HOME = {
    "title": "Samskapingsbanken",
    "intro": (
        "<p>Samskapingsbanken samler metoder, eksempler og erfaringer for kulturskoler som "
        "vil samhandle og samskape med skoler, bibliotek, frivillige lag, ungdomsråd, "
        "næringsliv og andre i lokalsamfunnet.</p>"
        "<p>Finn en metode for fasen dere står i, les om hvordan andre har gått fram, og "
        "følg med på konferanser og digitale møteplasser fra Norsk kulturskoleråd "
        "Nordland.</p>"
    ),
}

SITE_CONTACT = {
    "organisation": "Norsk kulturskoleråd Nordland",
    "contact_person": "Sigrun E. Fostad",
    "role": "Ansvarlig rådgiver",
    "phone": "+47 990 35 524",
    "email": CONTACT_EMAIL,
}

STANDARD_PAGES = [
    {
        "slug": "om",
        "title": "Om Samskapingsbanken",
        "intro": (
            "Samskapingsbanken er en kunnskapsbank om samhandling og samskaping for "
            "kulturskolene i Nordland, laget av Norsk kulturskoleråd Nordland."
        ),
        "body": (
            "<p>Samskapingsbanken er til for kulturskoleledere, kulturskoleeiere og alle "
            "andre som vil utvikle kulturskolen som en aktør i lokalsamfunnet. Her finner du "
            "metoder ordnet etter fasene i en samskapingsprosess, eksempler på samarbeid "
            "mellom kulturskoler og andre aktører, og program og materiell fra konferanser "
            "og digitale møter.</p>"
            "<p>Nettstedet drives av Norsk kulturskoleråd Nordland, en av de ti "
            "fylkesavdelingene i Norsk kulturskoleråd. Det bygger på fylkesavdelingens "
            "handlingsplan for 2024–2025, der årsmøtet valgte utviklingsområdet "
            "<em>Samhandling – kulturskolen som samhandlingsaktør for levende "
            "lokalsamfunn</em>. Handlingsplanen legger vekt på å dele kunnskap, samarbeide "
            "med aktører som kan bidra, og arrangere møteplasser både fysisk og digitalt. "
            "Samskapingsbanken er en del av dette arbeidet.</p>"
            "<p>Metodene bygger på åpne kilder, blant annet KS-håndboka «La oss gjøre det "
            "sammen!», KS' veikart for tjenesteinnovasjon, fylkesbibliotekenes Startpakke for "
            "samskaping, Nestas DIY Toolkit og IDEO.orgs Design Kit. Hver metode oppgir "
            "kilden sin. Tekstene er skrevet for Samskapingsbanken.</p>"
            "<p><strong>Om innholdet nå:</strong> Nettstedet er under oppbygging. "
            "Eksempelhistoriene er oppdiktede eksempler laget for demonstrasjon og er merket "
            "«Eksempel». Kommunene finnes, men personene, sitatene og tallene er tenkt. "
            "Programmene for Lederkonferansen 2025 og episodene av Digital formiddagskaffe er "
            "eksempelprogrammer.</p>"
            "<p>Har du en historie fra din kommune, eller tips til metoder som bør være med? "
            f"Ta kontakt på {CONTACT_LINK}.</p>"
        ),
    },
    {
        "slug": "tilgjengelighetserklaering",
        "title": "Tilgjengelighetserklæring",
        "intro": (
            "Vi ønsker at alle skal kunne bruke Samskapingsbanken. Her forteller vi hvilke "
            "krav vi jobber etter, hva vi vet om mangler, og hvordan du kan si fra."
        ),
        "body": (
            "<p>Målet vårt er at Samskapingsbanken oppfyller kravene i WCAG 2.1 på nivå A og "
            "AA. Det er de samme kravene til universell utforming som gjelder for nettsidene "
            "til offentlige virksomheter i Norge.</p>"
            "<p>Vi legger blant annet vekt på:</p>"
            "<ul>"
            "<li>tydelig struktur med overskrifter, lister og beskrivende lenketekster</li>"
            "<li>alternativ tekst til bilder som formidler innhold</li>"
            "<li>at alle funksjoner kan brukes med tastatur</li>"
            "<li>god kontrast mellom tekst og bakgrunn</li>"
            "<li>at sidene fungerer med forstørrelse og på mobil</li>"
            "</ul>"
            "<p><strong>Kjente mangler:</strong> Denne delen oppdateres når nettstedet er "
            "testet. Foreløpig vet vi at vedlegg som lysark og dokumenter fra arrangementer "
            "ikke alltid er universelt utformet, og at opptak fra møter ikke alltid har "
            "teksting. Vi jobber med å rette dette.</p>"
            "<p><strong>Si fra til oss:</strong> Opplever du at noe på nettstedet er "
            f"vanskelig å bruke, send en e-post til {CONTACT_LINK}. Beskriv gjerne hvilken "
            "side det gjelder og hva som ikke fungerte.</p>"
            "<p>Hvis du ikke får svar, eller ikke er fornøyd med svaret, kan du kontakte "
            '<a href="https://www.uutilsynet.no/">Tilsynet for universell utforming av '
            "ikt</a>.</p>"
        ),
    },
    {
        "slug": "personvern",
        "title": "Personvern",
        "intro": (
            "Slik behandler Samskapingsbanken personopplysninger, og slik tar vi vare på "
            "personvernet til elever, kontaktpersoner og brukere."
        ),
        "body": (
            "<p>Norsk kulturskoleråd Nordland er ansvarlig for innholdet og "
            "personopplysningene på Samskapingsbanken. Vi lagrer så lite som mulig, og bare "
            "det vi trenger for å drive nettstedet.</p>"
            "<p><strong>Dette lagrer vi:</strong></p>"
            "<ul>"
            "<li>innholdet som publiseres: metoder, eksempelhistorier, arrangementer og "
            "materiell</li>"
            "<li>navn og e-postadresse til kontaktpersoner for eksempelhistoriene</li>"
            "<li>navn, e-postadresse og passord for brukere som logger inn, for eksempel "
            "redaktører og medlemmer. Passord lagres aldri i klartekst</li>"
            "<li>tekniske logger som trengs for drift og sikkerhet, og som slettes "
            "jevnlig</li>"
            "</ul>"
            "<p><strong>Kontaktpersoner:</strong> Navn og e-post vises bare på nettstedet "
            "når kontaktpersonen har samtykket til det. Samtykket kan trekkes tilbake når "
            "som helst, og da fjerner vi opplysningene fra siden.</p>"
            "<p><strong>Bilder av elever:</strong> Bilder der elever kan kjennes igjen, er "
            "personopplysninger. For elever under 15 år må foresatte samtykke. Samtykket "
            "gjelder en bestemt bruk, for eksempel én eksempelhistorie på dette nettstedet, "
            "og det fornyes hvert år. Vi knytter ikke elevers fulle navn til bilder. Sider "
            "med bilder der samtykke ikke er bekreftet, kan ikke publiseres.</p>"
            "<p><strong>Informasjonskapsler:</strong> Vi bruker bare informasjonskapsler "
            "som er nødvendige for innlogging og for å beskytte skjemaer. Vi bruker ikke "
            "informasjonskapsler til statistikk, sporing eller markedsføring.</p>"
            "<p><strong>Dine rettigheter:</strong> Du kan be om innsyn i, retting av eller "
            f"sletting av opplysninger om deg. Send en e-post til {CONTACT_LINK}. Mener du at "
            "vi behandler opplysninger i strid med regelverket, kan du klage til "
            '<a href="https://www.datatilsynet.no/">Datatilsynet</a>.</p>'
        ),
    },
]
