"""The licences of the material the knowledge base builds on (method sources, the SAMSON
statements): each method says under which terms its source may be used, and our own
adapted text says what it is adapted from."""

from django.db import models


class Licence(models.TextChoices):
    CC_BY_NC_SA_4 = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    CC_BY_SA_4 = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_4 = "cc-by-4.0", "CC BY 4.0"
    CC_BY_NC_3 = "cc-by-nc-3.0", "CC BY-NC 3.0"
    FREE_TO_USE = "fri-bruk", "Fritt til bruk (ingen åpen lisens oppgitt)"
    COPYRIGHT = "opphavsrett", "Opphavsrettslig beskyttet (omtalt med egne ord)"

    @property
    def url(self):
        """The licence's own text, for the Creative Commons licences."""
        return LICENCE_URLS.get(self.value, "")

    @property
    def explanation(self):
        return LICENCE_EXPLANATIONS[self.value]


LICENCE_URLS = {
    Licence.CC_BY_NC_SA_4: "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.no",
    Licence.CC_BY_SA_4: "https://creativecommons.org/licenses/by-sa/4.0/deed.no",
    Licence.CC_BY_4: "https://creativecommons.org/licenses/by/4.0/deed.no",
    Licence.CC_BY_NC_3: "https://creativecommons.org/licenses/by-nc/3.0/deed.no",
}

LICENCE_EXPLANATIONS = {
    Licence.CC_BY_NC_SA_4: (
        "Materialet kan deles og bearbeides ikke-kommersielt, med kreditering og under samme "
        "lisens."
    ),
    Licence.CC_BY_SA_4: (
        "Materialet kan deles og bearbeides, med kreditering og under samme lisens."
    ),
    Licence.CC_BY_4: "Materialet kan deles og bearbeides, med kreditering.",
    Licence.CC_BY_NC_3: "Materialet kan deles og bearbeides ikke-kommersielt, med kreditering.",
    Licence.FREE_TO_USE: (
        "Utgiveren gir materialet fritt til bruk, men oppgir ingen åpen lisens. Vi beskriver "
        "metoden med egne ord."
    ),
    Licence.COPYRIGHT: (
        "Materialet er opphavsrettslig beskyttet. Vi beskriver metoden med egne ord og "
        "gjengir ikke kildens tekst."
    ),
}
