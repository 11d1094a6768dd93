"""A programme is a list of sessions; each session carries its own materials."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.models import Collection, CollectionViewRestriction

MATERIAL_KINDS = [
    ("slides", "Presentasjon"),
    ("document", "Dokument"),
    ("video", "Videoopptak"),
    ("link", "Lenke"),
]


class MaterialValue(blocks.StructValue):
    @property
    def kind_label(self):
        return dict(MATERIAL_KINDS).get(self.get("kind"), "Lenke")

    @property
    def href(self):
        document = self.get("document")
        return document.url if document else self.get("url")

    @property
    def members_only(self):
        """A document in a collection with a view restriction needs a login (Wagtail
        enforces it when the file is served); the page says so next to the link."""
        document = self.get("document")
        if not document:
            return False
        if (known := getattr(document, "kb_members_only", None)) is not None:
            return known  # read with the others by mark_members_only()
        return document.collection.get_view_restrictions().exists()


def mark_members_only(programme):
    """Reads for all the programme's documents at once whether they need a login (two
    queries, however many materials), so that showing them makes no query per material."""
    documents = [
        material["document"]
        for session in programme
        for material in session.value.get("materials", [])
        if material.get("document")
    ]
    if not documents:
        return
    paths = dict(
        Collection.objects.filter(
            pk__in={document.collection_id for document in documents}
        ).values_list("pk", "path")
    )
    # A restriction on a collection covers the collections below it.
    restricted = list(
        CollectionViewRestriction.objects.values_list("collection__path", flat=True).distinct()
    )
    for document in documents:
        path = paths.get(document.collection_id, "")
        document.kb_members_only = any(path.startswith(prefix) for prefix in restricted)


class MaterialBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Tittel")
    kind = blocks.ChoiceBlock(choices=MATERIAL_KINDS, label="Type", default="document")
    document = DocumentChooserBlock(
        label="Fil",
        required=False,
        help_text="Legg filen i samlingen «Materiale for medlemmer» for å kreve innlogging.",
    )
    url = blocks.URLBlock(label="Lenke", required=False, help_text="Brukes når det ikke er en fil.")

    class Meta:
        icon = "doc-full"
        label = "Materiale"
        value_class = MaterialValue

    def clean(self, value):
        value = super().clean(value)
        if not value.get("document") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": blocks.BlockValidationError("Velg en fil eller skriv inn en lenke.")
                }
            )
        return value


class SessionBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label="Fra")
    end = blocks.TimeBlock(label="Til", required=False)
    title = blocks.CharBlock(label="Tittel")
    speakers = blocks.CharBlock(label="Innledere", required=False)
    description = blocks.TextBlock(label="Beskrivelse", required=False)
    materials = blocks.ListBlock(MaterialBlock(), label="Materiale", default=[])

    class Meta:
        icon = "time"
        label = "Programpost"
