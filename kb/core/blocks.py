"""StreamField blocks shared by the page types."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Bilde")
    alt_text = blocks.CharBlock(
        label="Alternativ tekst",
        required=False,
        help_text="Beskriv hva bildet viser for den som ikke ser det. Tom = bildets tittel.",
    )
    caption = blocks.CharBlock(label="Bildetekst", required=False)

    class Meta:
        icon = "image"
        label = "Bilde"
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Sitat")
    attribution = blocks.CharBlock(label="Hvem sa det", required=False)

    class Meta:
        icon = "openquote"
        label = "Sitat"
        template = "blocks/quote_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label="Video-adresse", help_text="For eksempel en YouTube- eller Vimeo-lenke."
    )
    caption = blocks.CharBlock(label="Beskrivelse", required=False)

    class Meta:
        icon = "media"
        label = "Video"
        template = "blocks/video_block.html"


class StoryBlock(blocks.StreamBlock):
    """Body text with the media a case story or a standard page needs."""

    paragraph = blocks.RichTextBlock(label="Tekst", features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()


class StandardPageBlock(StoryBlock):
    """A standard page's body sits right below its title, so it may use h2."""

    paragraph = blocks.RichTextBlock(label="Tekst", features=["h2", *RICH_TEXT_FEATURES])


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Steg")
    description = blocks.RichTextBlock(label="Slik gjør dere", features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ol"
        label = "Steg"
