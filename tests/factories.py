"""Factories for the tests: one per model, with realistic Norwegian sample values.

Pages are created in the tree below the parent they belong under (the base site's section
pages from conftest, or `parent=` to choose) and published as an editor would publish them:
a revision, then Revision.publish(), so first_published_at, the search index, the facets and
the municipality groups follow as on the real site. `draft=True` gives an unpublished page
with one revision instead (pass `owner=` to say whose draft it is).

Titles carry the factory's sequence number, so two pages never share a slug. Build only what
a test needs: each page costs a few milliseconds.
"""

import contextlib
import datetime

import factory
import wagtail_factories
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection, CollectionViewRestriction, Page, Site
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.models import FeaturedMethod, FeaturedStory, HomePage
from kb.cases.models import (
    BoardMember,
    CaseIndexPage,
    CaseStoryPage,
    CaseStoryPartner,
    CaseStoryResult,
    MunicipalityPage,
)
from kb.conferences.models import (
    ConferenceIndexPage,
    EventOrganiser,
    EventPage,
    EventSeriesPage,
)
from kb.core.images import ConsentGiver, KbImage
from kb.core.models import StandardPage
from kb.methods.models import MethodIndexPage, MethodPage
from kb.moderation.roles import ADVISERS
from kb.themes.models import Theme, ThemeIndexPage

PASSWORD = "et-passord-for-tester"  # every user the factories make has it
MEMBERS_COLLECTION = "Materiale for medlemmer"


def norwegian_slug(text):
    """A slug that keeps æ, ø and å readable (slugify alone drops them)."""
    for letter, replacement in (("æ", "ae"), ("ø", "o"), ("å", "a")):
        text = text.replace(letter, replacement).replace(letter.upper(), replacement.upper())
    return slugify(text)


def cycle(values):
    """A sequence that walks through `values`, round after round."""
    return factory.Sequence(lambda n: values[n % len(values)])


def numbered(values):
    """Titles from `values`, each with the sequence number so slugs never collide."""
    return factory.Sequence(lambda n: f"{values[n % len(values)]} {n}")


def rich(html):
    return RichText(html)


# --- Stream data -----------------------------------------------------------------------------


def step(title="Kartlegg hvem som berøres", text="Lag en liste over alle som berøres."):
    """One step of a method (MethodPage.steps)."""
    return ("step", {"title": title, "description": rich(f"<p>{text}</p>")})


def material(title="Presentasjon", *, kind=None, document=None, url=""):
    """One material of a programme session: a document, or else a link."""
    if document is None and not url:
        url = "https://www.kulturskoleradet.no/"
    return {
        "title": title,
        "kind": kind or ("document" if document else "link"),
        "document": document,
        "url": "" if document else url,
    }


def session(
    title="Velkommen og innledning",
    *,
    start=datetime.time(9, 0),
    end=datetime.time(9, 30),
    speakers="Kari Nordmann, Norsk kulturskoleråd Nordland",
    description="",
    materials=(),
):
    """One session of an event's programme (EventPage.programme)."""
    return (
        "session",
        {
            "start": start,
            "end": end,
            "title": title,
            "speakers": speakers,
            "description": description,
            "materials": list(materials),
        },
    )


def image_block(image, alt_text="Elever spiller sammen", caption=""):
    """An image in a StoryBlock / StandardPageBlock body."""
    return ("image", {"image": image, "alt_text": alt_text, "caption": caption})


def paragraph(html="<p>Vi prøvde noe nytt sammen med biblioteket.</p>"):
    return ("paragraph", rich(html))


# --- Users, groups, snippets -----------------------------------------------------------------


class UserFactory(DjangoModelFactory):
    """A user without roles; `groups=[...]` puts them in groups. The password is PASSWORD."""

    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"bruker{n}")
    first_name = cycle(["Kari", "Ola", "Ingrid", "Per", "Marit", "Anders"])
    last_name = cycle(["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Berg"])
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.no")
    password = PASSWORD
    groups = ()

    @classmethod
    def _build(cls, model_class, *args, groups=(), **kwargs):
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, groups=(), **kwargs):
        user = model_class.objects.create_user(*args, **kwargs)
        user.groups.add(*groups)
        return user


class AdviserFactory(UserFactory):
    """A member of the Rådgivere group (setup_roles made it in the base site)."""

    username = factory.Sequence(lambda n: f"radgiver{n}")
    groups = factory.LazyFunction(lambda: [Group.objects.get(name=ADVISERS)])


class EditorFactory(UserFactory):
    """A municipality editor: a member of `municipality`'s editor group (by default of a new
    member municipality), which is kept at `user.municipality` for the test's convenience."""

    municipality = factory.SubFactory("tests.factories.MunicipalityPageFactory")
    username = factory.Sequence(lambda n: f"redaktor{n}")
    groups = factory.LazyAttribute(lambda user: [user.municipality.access.group])

    @classmethod
    def _build(cls, model_class, *args, municipality=None, **kwargs):
        user = super()._build(model_class, *args, **kwargs)
        user.municipality = municipality
        return user

    @classmethod
    def _create(cls, model_class, *args, municipality=None, **kwargs):
        user = super()._create(model_class, *args, **kwargs)
        user.municipality = municipality
        return user


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


class BoardMemberFactory(DjangoModelFactory):
    """A board member, the sponsor ("fadder") of some member municipalities."""

    class Meta:
        model = BoardMember

    name = factory.Sequence(
        lambda n: f"{['Ingrid', 'Ola', 'Marit', 'Per'][n % 4]} {['Hansen', 'Berg'][n % 2]} {n}"
    )
    email = factory.LazyAttribute(lambda member: f"{norwegian_slug(member.name)}@example.no")
    phone = "75 55 00 00"


THEMES = [
    "Medvirkning",
    "Samskaping",
    "Inkludering og mangfold",
    "Digitale møteplasser",
    "Kulturskolen som ressurssenter",
    "Måling av verdi",
]


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme

    name = numbered(THEMES)
    slug = factory.LazyAttribute(lambda theme: norwegian_slug(theme.name))
    description = factory.LazyAttribute(lambda theme: f"Metoder og erfaringer om {theme.name}.")
    sort_order = factory.Sequence(lambda n: n)


# --- Collections, images, documents ----------------------------------------------------------


def root_collection():
    return Collection.get_first_root_node()


class CollectionFactory(wagtail_factories.CollectionFactory):
    """A collection below the root collection."""

    name = numbered(["Bilder fra kulturskolen", "Konferansemateriale"])
    parent = factory.LazyFunction(root_collection)


def members_collection():
    """The collection whose documents need a login (as in the real site), made once."""
    root = root_collection()
    collection = root.get_children().filter(name=MEMBERS_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=MEMBERS_COLLECTION)
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


class KbImageFactory(wagtail_factories.ImageFactory):
    """An image that may be published: it has a credit and consent from the person shown,
    valid for a year. `without_consent=True` or `without_credit=True` gives one that blocks
    publishing; `lapsed=True` one whose consent ran out yesterday."""

    class Meta:
        model = KbImage

    class Params:
        without_consent = factory.Trait(consent_confirmed=False)
        without_credit = factory.Trait(credit="")
        lapsed = factory.Trait(
            consent_given_on=factory.LazyFunction(lambda: days_from_today(-366)),
            consent_valid_until=factory.LazyFunction(lambda: days_from_today(-1)),
        )

    title = numbered(["Elever på scenen", "Verksted i bydelshuset", "Korøvelse"])
    file = factory.django.ImageField(width=64, height=48, color="teal", filename="bilde.png")
    collection = factory.LazyFunction(root_collection)
    description = "Elever og lærere øver sammen i kulturskolen"
    credit = "Foto: Kari Nordmann"
    consent_confirmed = True
    consent_given_by = ConsentGiver.PERSON
    consent_given_on = factory.LazyFunction(timezone.localdate)
    consent_valid_until = factory.LazyFunction(lambda: days_from_today(365))


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A PDF in the root collection; `members_only=True` puts it where a login is needed."""

    class Params:
        members_only = factory.Trait(collection=factory.LazyFunction(members_collection))

    title = numbered(["Program for Lederkonferansen", "Presentasjon: Samskaping i praksis"])
    file = factory.django.FileField(
        data=b"%PDF-1.4\n% Samskapingsbanken testdokument\n", filename="materiale.pdf"
    )
    collection = factory.LazyFunction(root_collection)


# --- Pages -----------------------------------------------------------------------------------


def home_page():
    """The default site's home page (the base site's, even when a test made another)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def the(model):
    """The base site's one page of a singleton type, as a lazy default parent."""
    return factory.LazyFunction(lambda: model.objects.get())


@contextlib.contextmanager
def indexes_left_for_the_last_save():
    """Wagtail updates its search index and its reference index on every save of a page
    (Wagtail's AUTO_UPDATE switch and disable_reference_index_auto_update() turn that off).
    A factory saves a page two or three times on its way to being published or drafted:
    only the last save, which indexes the page as it ends up, needs to."""
    backends = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with disable_reference_index_auto_update(), override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield


class KbPageFactory(wagtail_factories.PageFactory):
    """Creates the page below `parent` and publishes it (one revision, then publish()).

    draft=True: an unpublished page with one revision (by `owner`), as an editor's draft.
    publish=False: only the page row, live, without a revision (about a third of the cost;
    but no page_published signal, so no search facets and no first_published_at)."""

    class Meta:
        abstract = True

    class Params:
        draft = factory.Trait(live=False)

    slug = factory.LazyAttribute(lambda page: norwegian_slug(page.title))
    owner = None
    publish = True

    @classmethod
    def _build(cls, model_class, *args, publish=True, **kwargs):
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, publish=True, **kwargs):
        if not publish:
            return super()._create(model_class, *args, **kwargs)
        # A new page whose images may not go live is saved as a draft (kb.core.images):
        # publishing it below then refuses, as it would for an editor.
        live = kwargs.get("live", True)
        with indexes_left_for_the_last_save():
            page = super()._create(model_class, *args, **kwargs)
            revision = page.save_revision(user=page.owner) if live else None
        if revision is None:  # a draft, indexed by the save of its revision
            page.save_revision(user=page.owner)
            return page
        revision.publish(user=page.owner)
        # publish() works on a copy made from the revision.
        page.refresh_from_db()
        return page


class HomePageFactory(KbPageFactory):
    """The base site already has the home page (the `home` fixture); this makes another,
    for a second site."""

    class Meta:
        model = HomePage

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = numbered(["Samskapingsbanken"])
    intro = rich("<p>Metoder og erfaringer om samskaping i kulturskolen.</p>")


class StandardPageFactory(KbPageFactory):
    class Meta:
        model = StandardPage

    parent = factory.LazyFunction(home_page)
    title = numbered(["Om Samskapingsbanken", "Personvern", "Tilgjengelighetserklæring"])
    intro = "Samskapingsbanken er kunnskapsbanken til Norsk kulturskoleråd Nordland."
    body = factory.LazyFunction(
        lambda: [paragraph("<h2>Hvem står bak</h2><p>Norsk kulturskoleråd Nordland.</p>")]
    )


class MethodIndexPageFactory(KbPageFactory):
    class Meta:
        model = MethodIndexPage

    parent = factory.LazyFunction(home_page)
    title = "Metoder"
    intro = rich("<p>Metoder for samskaping og samhandling, med kilde.</p>")


class CaseIndexPageFactory(KbPageFactory):
    class Meta:
        model = CaseIndexPage

    parent = factory.LazyFunction(home_page)
    title = "Erfaringer"
    intro = rich("<p>Hva kommunene har prøvd, og hva de lærte.</p>")


class ConferenceIndexPageFactory(KbPageFactory):
    class Meta:
        model = ConferenceIndexPage

    parent = factory.LazyFunction(home_page)
    title = "Konferanser"
    intro = rich("<p>Program og materiale fra møter og konferanser.</p>")


class ThemeIndexPageFactory(KbPageFactory):
    class Meta:
        model = ThemeIndexPage

    parent = factory.LazyFunction(home_page)
    title = "Tema"
    intro = "Alt innhold i Samskapingsbanken er merket med tema."


METHODS = [
    "Verdenskafé",
    "Interessentkartlegging",
    "Medvirkningsbudsjett",
    "Endringsteori",
    "Idédugnad med elevene",
    "Prototyp på en dag",
]


class MethodPageFactory(KbPageFactory):
    """A method below the methods index, with three steps. `themes=[...]` and
    `related_methods=[...]` take lists; `steps=[step(...), ...]` replaces the steps."""

    class Meta:
        model = MethodPage

    parent = the(MethodIndexPage)
    title = numbered(METHODS)
    summary = factory.LazyAttribute(
        lambda page: f"{page.title}: en metode for å samle mange stemmer rundt ett spørsmål."
    )
    purpose = rich("<p>Få fram erfaringene til alle som berøres av kulturskoletilbudet.</p>")
    phase = "ideutvikling"
    participants_min = 8
    participants_max = 30
    duration_min = 120
    duration_max = 180
    for_partners = True
    digital = "nei"
    preparation = rich("<p>Store ark, tusj og post-it-lapper.</p>")
    steps = factory.LazyFunction(
        lambda: [
            step("Inviter bredt", "Send invitasjon til elever, foresatte og lag."),
            step("Samtal i runder", "Bytt bord hvert tjuende minutt."),
            step("Oppsummer sammen", "Heng opp det som kom fram og stem over forslagene."),
        ]
    )
    tips = rich("<p>Sett av tid til en pause mellom rundene.</p>")
    source_title = "KS: «La oss gjøre det sammen!»"
    source_page = "12"
    source_url = "https://www.ks.no/contentassets/cc2dd10e4e054c768c0ffdbd9fa29384/handbok-for-samskaping.pdf"
    source_licence = "cc-by-nc-sa-4.0"


MUNICIPALITIES = [
    # (number, name, region, Sámi name, Sámi language)
    ("1804", "Bodø", "salten", "Bådåddjo", "smj"),
    ("1833", "Rana", "helgeland", "Raane", "sma"),
    ("1806", "Narvik", "ofoten", "Áhkkánjárga", "se"),
    ("1841", "Fauske", "salten", "Fuossko", "smj"),
    ("1860", "Vestvågøy", "lofoten", "", ""),
    ("1870", "Sortland", "vesteralen", "Suortá", "se"),
    ("1811", "Bindal", "helgeland", "", ""),
    ("1820", "Alstahaug", "helgeland", "", ""),
    ("1865", "Vågan", "lofoten", "", ""),
    ("1867", "Bø", "vesteralen", "", ""),
    ("1845", "Sørfold", "salten", "", ""),
    ("1853", "Evenes", "ofoten", "Evenássi", "se"),
]


def free_municipality_row(n):
    """The n-th row of MUNICIPALITIES, or the next one whose number no page has yet: a test
    that made Bodø by name gets another municipality by default, whatever came before."""
    taken = set(MunicipalityPage.objects.values_list("number", flat=True))
    rows = [MUNICIPALITIES[(n + step) % len(MUNICIPALITIES)] for step in range(len(MUNICIPALITIES))]
    return next((row for row in rows if row[0] not in taken), rows[0])


class MunicipalityPageFactory(KbPageFactory):
    """A member municipality below Erfaringer: publishing it creates its editor group and
    collection (page.access). The defaults walk through twelve real Nordland
    municipalities; pass number= and title= to have more in one test."""

    class Meta:
        model = MunicipalityPage

    class Params:
        row = factory.Sequence(lambda n: free_municipality_row(n))
        not_member = factory.Trait(is_member=False)

    parent = the(CaseIndexPage)
    title = factory.LazyAttribute(lambda page: page.row[1])
    number = factory.LazyAttribute(lambda page: page.row[0])
    region = factory.LazyAttribute(lambda page: page.row[2])
    sami_name = factory.LazyAttribute(lambda page: page.row[3])
    sami_language = factory.LazyAttribute(lambda page: page.row[4])
    culture_school_name = factory.LazyAttribute(lambda page: f"{page.title} kulturskole")
    contact_name = "Ingrid Hansen"
    contact_email = factory.LazyAttribute(
        lambda page: f"kulturskolen@{norwegian_slug(page.title)}.kommune.no"
    )
    is_member = True
    sponsor = None


class CaseStoryPartnerFactory(DjangoModelFactory):
    """A partner of a case story: pass `CaseStoryPartnerFactory.build_batch(2)` as
    `partners=` to CaseStoryPageFactory."""

    class Meta:
        model = CaseStoryPartner

    name = cycle(["Biblioteket", "Frivilligsentralen", "Ungdomsrådet", "Nordlandsmusikken"])
    sector = cycle(["offentlig", "frivillig", "sivilsamfunn", "privat"])


class CaseStoryResultFactory(DjangoModelFactory):
    """One line of results (SoImpact): pass a list of `.build()`s as `results=`."""

    class Meta:
        model = CaseStoryResult

    target_group = "Ungdom 13–16 år"
    intended_change = "Flere unge deltar i kulturskolens tilbud"
    indicator = cycle(["Antall deltakere", "Andel som kommer tilbake", "Antall nye elever"])
    baseline = "5"
    result = "25"
    measured_at = datetime.date(2025, 6, 1)


STORIES = [
    "Generasjonskor på sykehjemmet",
    "Strykeorkester i bydelshuset",
    "Ungdommens kulturmønstring",
    "Dans i skolegården",
    "Band på biblioteket",
]


class CaseStoryPageFactory(KbPageFactory):
    """A case story below a municipality (by default a new one: pass `parent=` to put
    several under the same). `detailed=True` adds two partners, a result, a contact person
    who agreed to be shown and an image."""

    class Meta:
        model = CaseStoryPage

    class Params:
        detailed = factory.Trait(
            partners=factory.LazyFunction(lambda: CaseStoryPartnerFactory.build_batch(2)),
            results=factory.LazyFunction(lambda: [CaseStoryResultFactory.build()]),
            contact_name="Marit Olsen",
            contact_email="marit.olsen@example.no",
            contact_consent=True,
            image=factory.SubFactory(KbImageFactory),
        )

    parent = factory.SubFactory(MunicipalityPageFactory)
    title = numbered(STORIES)
    summary = factory.LazyAttribute(
        lambda page: f"{page.title}: unge og eldre spilte sammen gjennom et helt skoleår."
    )
    is_example = False
    image = None
    culture_school = factory.LazyAttribute(lambda page: f"{page.parent.title} kulturskole")
    period_start = datetime.date(2024, 8, 19)
    period_end = datetime.date(2025, 6, 20)
    for_children = False
    for_youth = True
    for_adults = False
    cooperation_level = "samskaping"
    challenge = rich("<p>Få unge brukte kulturskolens tilbud etter ungdomsskolen.</p>")
    body = factory.LazyFunction(lambda: [paragraph()])
    lessons_learned = rich("<p>Start med ungdommenes egne spørsmål.</p>")
    contact_name = ""
    contact_email = ""
    contact_consent = False


class EventSeriesPageFactory(KbPageFactory):
    class Meta:
        model = EventSeriesPage

    parent = the(ConferenceIndexPage)
    title = numbered(["Digital formiddagskaffe", "Nettverkssamling for kulturskoleledere"])
    intro = rich("<p>En time på nett med ett tema og god tid til spørsmål.</p>")


class EventOrganiserFactory(DjangoModelFactory):
    """An organiser or partner of an event: pass a list of `.build()`s as `organisers=`."""

    class Meta:
        model = EventOrganiser

    name = cycle(["Norsk kulturskoleråd Nordland", "KS Nord", "Nordland fylkeskommune"])
    role = cycle(["arrangor", "medarrangor", "partner"])


class EventPageFactory(KbPageFactory):
    """An event below Konferanser (pass a series as `parent=` for an episode), with a
    one-session programme: `programme=[session(..., materials=[material(...)])]` for more."""

    class Meta:
        model = EventPage

    parent = the(ConferenceIndexPage)
    title = numbered(["Lederkonferansen", "Formiddagskaffe om medvirkning", "Regionsamling"])
    summary = "To dager om samskaping for kulturskoleledere i Nordland."
    is_example = False
    description = rich("<p>Vi møtes i Bodø for å dele erfaringer.</p>")
    start_date = datetime.date(2025, 10, 22)
    end_date = None
    location = "Stormen, Bodø"
    is_digital = False
    programme = factory.LazyFunction(lambda: [session()])


class FeaturedMethodFactory(DjangoModelFactory):
    """A featured method on the home page: `home.featured_methods = [....build(page=m)]`,
    then publish the home page (or pass home= and page= to create one directly)."""

    class Meta:
        model = FeaturedMethod

    home = factory.LazyFunction(home_page)
    page = factory.SubFactory(MethodPageFactory)


class FeaturedStoryFactory(DjangoModelFactory):
    class Meta:
        model = FeaturedStory

    home = factory.LazyFunction(home_page)
    page = factory.SubFactory(CaseStoryPageFactory)
