import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.cache import add_never_cache_headers
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, StandardPageBlock
from .images import ImageConsentMixin, KbImage, KbRendition  # noqa: F401  (model registry)
from .page_forms import BasePageForm
from .per_request import once_per_request


class BasePage(ImageConsentMixin, Page):
    """What every page type of the knowledge base shares."""

    # The include that shows this page in a grid of cards; it receives the page as `item`
    # (and `heading_level`). Page types with their own card override it.
    card_template = "includes/page_card.html"
    # Only a site's home page stands right below the tree's root. Where else a page type
    # may stand is said by the types above it (their subpage_types), so this app names
    # none of them.
    allowed_at_tree_root = False
    # What any card reads of its page (the title, and what its link is made from) and what
    # the type's own card shows: what the listings load (ThemedPage.cards()).
    card_page_fields = ("title", "url_path", "path", "depth", "content_type")
    card_fields = ()
    # The content type ("app.Model") a page lists, whose feed its <head> links to (the
    # pages of a type with a feed link to their own).
    listed_model = None
    # Refuses images and documents the editor may not choose, even when posted by id.
    base_form_class = BasePageForm
    # Foreign keys the page's own template always shows (its image), read with the page
    # when routing reads it to serve it (select_related): a query less.
    served_with = ()

    class Meta:
        abstract = True

    @classmethod
    def can_exist_under(cls, parent):
        if parent.is_root() and not cls.allowed_at_tree_root:
            return False
        return super().can_exist_under(parent)

    @property
    def social_image(self):
        """The page's own image for link previews (Open Graph), or None."""
        return None

    def structured_data(self, request=None):
        """The page as schema.org JSON-LD (a dict), or None for a page with no type of its
        own there."""
        return None

    def serve_password_required_response(self, request, form, action_url):
        # A members-only page's password form: never kept by a browser, proxy or the page
        # cache (kb.core.page_cache), which skips `private` responses.
        response = super().serve_password_required_response(request, form, action_url)
        add_never_cache_headers(response)
        return response

    def route(self, request, path_components):
        """Wagtail's route, without its two queries a step (each child, then its specific
        form: a story three steps below the site root took seven). The pages above the one
        asked for come from the cache (they change only with the content version: a
        publish, a move or a deletion, as the site's home page, kb.core.sites), and the page
        asked for is read in one query when its parent's type allows a single page type
        (a story below a municipality, a method below the methods), else in two (the page,
        then its specific form). As in Wagtail, a page whose type routes the rest of the
        path itself (RoutablePageMixin) is handed it, and only the page served must be live:
        it is always read from the database.

        The page served remembers the pages routing passed through (for the breadcrumbs
        and the view restriction check) and the site's view restrictions (from the cache)."""
        from .listing import view_restrictions

        if not path_components:
            self.__dict__.setdefault("_route_ancestors", ())
            self._view_restrictions = view_restrictions(request)
            return super().route(request, path_components)
        above = self._pages_above(request, path_components[:-1])
        passed = [*self.__dict__.get("_route_ancestors", ()), self]
        for step, slug in enumerate(path_components, start=1):
            rest = path_components[step:]
            parent = passed[-1]
            page = above.get((parent.path, slug)) if rest else _child_to_serve(parent, slug)
            if page is None:
                raise Http404
            page._cached_parent_obj = parent  # as Wagtail's route: get_parent() is free
            page._route_ancestors = tuple(passed)
            if not rest or getattr(page.specific_class, "route", None) is not BasePage.route:
                page._view_restrictions = view_restrictions(request)
                return _specific_to_serve(page).route(request, rest)
            passed.append(page)
        raise Http404  # not reached: the last step returns

    def _pages_above(self, request, path_components):
        """{(parent's path, slug): page} of the pages (base Page rows) that may stand at
        these steps below this page, in one query, or from the cache under the content
        version when every step was found (a path made up by a visitor is not kept)."""
        from .listing import keep_keyed_on_version, read_keyed_on_version

        if not path_components:
            return {}
        key = f"kb:route:{ContentVersion.for_request(request)}:{self.pk}:" + "/".join(
            path_components
        )
        kept = read_keyed_on_version([key]).get(key)
        if kept is not None:
            return kept
        steps = Q()
        for depth, slug in enumerate(path_components, start=self.depth + 1):
            steps |= Q(depth=depth, slug=slug)
        candidates = Page.objects.filter(steps, path__startswith=self.path)
        by_parent_and_slug = {(page.path[: -page.steplen], page.slug): page for page in candidates}
        parent_path = self.path
        for slug in path_components:
            page = by_parent_and_slug.get((parent_path, slug))
            if page is None:
                return by_parent_and_slug
            parent_path = page.path
        keep_keyed_on_version({key: by_parent_and_slug})
        return by_parent_and_slug

    def _routed_ancestors(self):
        """The pages from the site root (at depth 2) down to this page's parent, as routing
        read them, or None when the page was not reached by routing from there."""
        passed = self.__dict__.get("_route_ancestors")
        if passed is None or (passed[0] if passed else self).depth != 2:
            return None
        return passed

    def get_view_restrictions(self):
        """Wagtail's (the restrictions on this page and above it), for a page being served:
        from the restrictions routing read from the cache, without the two queries Wagtail
        makes. An alias on the way (whose source's restrictions count) is left to Wagtail."""
        ancestors = self._routed_ancestors()
        restrictions = self.__dict__.get("_view_restrictions")
        if (
            ancestors is None
            or restrictions is None
            or any(page.alias_of_id for page in (*ancestors, self))
        ):
            return super().get_view_restrictions()
        ids = [pk for pk, path, _depth in restrictions if self.path.startswith(path)]
        if not ids:
            # The usual case. An empty queryset already evaluated: Wagtail's serve hook
            # iterates it, and compiling even pk__in=[] or none() costs 0.3 ms of CPU.
            nothing = PageViewRestriction.objects.none()
            nothing._result_cache = []
            return nothing
        return PageViewRestriction.objects.filter(pk__in=ids)

    def get_breadcrumbs(self):
        """Ancestors below the site root, for the breadcrumb trail (the home page is listed
        once, as "Forside"): those routing passed through, or read from the database."""
        ancestors = self._routed_ancestors()
        if ancestors is not None:
            return [page.specific_deferred for page in ancestors]
        return self.get_ancestors().filter(depth__gt=1).specific(defer=True)


def _child_to_serve(parent, slug):
    """The child of `parent` with this slug, or None: in its specific form with one query
    when the parent's type allows a single page type (and the child is of it), else its
    base Page row."""
    children = {"path__startswith": parent.path, "depth": parent.depth + 1, "slug": slug}
    models = parent.specific_class.allowed_subpage_models() if parent.specific_class else []
    if len(models) == 1:
        model = models[0]
        manager = model._default_manager.select_related(*getattr(model, "served_with", ()))
        page = manager.filter(**children).first()
        if page is not None:
            return page
    return Page.objects.filter(**children).first()


def _specific_to_serve(page):
    """page.specific (Wagtail's get_specific: one query, then the attributes routing set
    copied over), with the foreign keys its type names in `served_with` read along."""
    model = page.specific_class
    related = getattr(model, "served_with", ())
    if not related or isinstance(page, model):
        return page.specific
    specific = model._default_manager.select_related(*related).get(id=page.id)
    for name, value in page.__dict__.items():
        specific.__dict__.setdefault(name, value)
    page.__dict__["specific"] = specific
    return specific


class SectionIndexPage(BasePage):
    """The top page of a section (Metoder, Erfaringer, Konferanser): an intro and a
    filtered, paginated listing of what is below it."""

    intro = RichTextField("Ingress", blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    # Where it may stand is said by the page above it (HomePage.subpage_types).
    max_count = 1

    class Meta:
        abstract = True


class ContentVersion(models.Model):
    """A token that changes whenever what the listings show may change: a page published,
    unpublished, moved or deleted, a view restriction or a theme changed (one row; see
    kb.core.listing.cached). Kept in the database, so every process sees a change at once.
    Random, not counted: a rolled-back change must not leave a number a later one reuses."""

    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = "innholdsversjon"

    def __str__(self):
        return str(self.token)

    @classmethod
    def current(cls):
        token = cls.objects.values_list("token", flat=True).first()
        return token or cls.objects.create().token

    @classmethod
    def for_request(cls, request):
        """current(), read once per request (the page cache and the listings both ask)."""
        return once_per_request(request, "content_version", cls.current)

    @classmethod
    def bump(cls):
        token = uuid.uuid4()
        if not cls.objects.update(token=token):
            cls.objects.create(token=token)


class StandardPage(BasePage):
    """Om, tilgjengelighetserklæring, personvern and other plain pages."""

    intro = models.TextField("Ingress", blank=True)
    body = StreamField(StandardPageBlock(), verbose_name="Innhold", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    # Where it may stand is said by the pages above it (HomePage.subpage_types and its own).
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = "standardside"
        verbose_name_plural = "standardsider"


@register_setting(icon="mail")
class SiteContact(BaseSiteSetting):
    """The branch's contact details, shown in the footer of every page."""

    organisation = models.CharField(
        "Organisasjon", max_length=200, default="Norsk kulturskoleråd Nordland"
    )
    contact_person = models.CharField("Kontaktperson", max_length=200, blank=True)
    role = models.CharField("Rolle", max_length=200, blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)
    email = models.EmailField("E-post", blank=True)
    address = models.CharField("Adresse", max_length=255, blank=True)

    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("role"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading="Kontaktperson",
        ),
        FieldPanel("address"),
    ]

    class Meta:
        verbose_name = "kontaktinformasjon"


def _footer_page(verbose_name, help_text):
    """A chosen page for a footer link; deleting the page empties the choice."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


@register_setting(icon="list-ul")
class FooterLinks(BaseSiteSetting):
    """The pages linked from the footer of every page. The links hold the pages themselves,
    so renaming or moving a page keeps its link; a deleted or unpublished page just drops
    out of the footer."""

    about_page = _footer_page("Om nettstedet", "Lenketeksten er sidens tittel.")
    accessibility_page = _footer_page(
        "Tilgjengelighetserklæring", "Lenketeksten er alltid «Tilgjengelighetserklæring»."
    )
    privacy_page = _footer_page("Personvern", "Lenketeksten er sidens tittel.")
    glossary_page = _footer_page(
        "Begreper",
        "Sidene som viser grad av samarbeid (samarbeid, samhandling, samskaping) lenker hit. "
        "Lenketeksten er sidens tittel.",
    )

    panels = [
        FieldPanel("about_page"),
        FieldPanel("accessibility_page"),
        FieldPanel("privacy_page"),
        FieldPanel("glossary_page"),
    ]

    # (field, fixed link text or None for the page's title), in footer order.
    LINKS = [
        ("about_page", None),
        ("accessibility_page", "Tilgjengelighetserklæring"),
        ("privacy_page", None),
        ("glossary_page", None),
    ]

    class Meta:
        verbose_name = "bunntekst"


@register_setting(icon="image")
class SharingSettings(BaseSiteSetting):
    """The image a link to the site shows when it is shared in social media or a chat
    (Open Graph), for the pages without an image of their own."""

    default_image = models.ForeignKey(
        "core.KbImage",
        verbose_name="Standardbilde ved deling",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Vises når en side uten eget bilde deles i sosiale medier eller en chat. "
            "Bildet må ha kreditering og bekreftet samtykke."
        ),
    )

    panels = [FieldPanel("default_image")]

    class Meta:
        verbose_name = "deling i sosiale medier"

    def clean(self):
        super().clean()
        if self.default_image and not self.default_image.publishable:
            raise ValidationError(
                {"default_image": "Bildet mangler kreditering eller bekreftet samtykke."}
            )


class OutgoingEmail(models.Model):
    """An e-mail not yet delivered (kb.core.mail): kept from the moment it is sent until the
    mail server accepts it, then deleted. One whose tries have all failed stays, with the
    last error, until an adviser sends it again."""

    SUBJECT_LENGTH = 255

    created_at = models.DateTimeField("skrevet", auto_now_add=True)
    subject = models.CharField("emne", max_length=SUBJECT_LENGTH)
    recipients = models.TextField("mottakere")
    # The whole message (kb.core.mail.serialise); never shown, it may hold a login link.
    message = models.JSONField()
    attempts = models.PositiveIntegerField("forsøk", default=0)
    last_attempt_at = models.DateTimeField("siste forsøk", null=True)
    last_error = models.TextField("siste feil", blank=True)
    # When the next try is due; empty once all tries have failed (given up).
    next_attempt_at = models.DateTimeField("neste forsøk", null=True)

    class Meta:
        verbose_name = "utgående e-post"
        verbose_name_plural = "utgående e-poster"
        ordering = ["created_at"]

    def __str__(self):
        return f"«{self.subject}» til {self.recipients}"

    @property
    def given_up(self):
        return self.next_attempt_at is None
