"""Builds the demo site from the content files in kb/demo/content (read and checked by
kb/demo/reader.py). Fields are set by name from the files, so a new model field needs no
change here. Creates only what is missing, so a second run changes nothing."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, Site

from kb.cases.models import BoardMember, MunicipalityPage
from kb.core.images import ConsentGiver
from kb.core.models import FooterLinks, SiteContact
from kb.core.progress import ProgressBar
from kb.moderation.roles import ADVISERS, MEMBERS, setup_roles, shared_collection
from kb.themes.models import Theme
from search.models import Synonym

from . import images
from .reader import CONTENT_DIR, DOCUMENT_AUDIENCES, DemoContentError, read_content, walk_stream

IMAGE_CREDIT = "Illustrasjon: Samskapingsbanken (generert demobilde)"
MEMBERS_COLLECTION = "Materiale for medlemmer"
# A fixed password is fine here: the command refuses to run outside DEBUG unless forced,
# and make run prints it so a newcomer can try every role at once.
DEMO_PASSWORD = "samskaping-demo-2025"  # noqa: S105
# (username, what the account is for, its role: "superuser", "adviser" or a municipality number)
DEMO_USERS = [
    ("admin", "Administrator (alle rettigheter)", "superuser"),
    ("radgiver", "Rådgiver: modererer og publiserer", "adviser"),
    ("redaktor-bodo", "Kommuneredaktør for Bodø", "1804"),
    ("redaktor-rana", "Kommuneredaktør for Rana", "1833"),
    ("medlem", "Medlem: leser materiale for medlemmer (logg inn på nettstedet)", "member"),
]


class DemoLoader:
    def __init__(self, stdout, content_dir=CONTENT_DIR):
        self.stdout = stdout
        self.content_dir = content_dir
        self.created = 0

    def step(self, text, created=False):
        self.created += int(bool(created))
        self.progress.advance(text)

    def run(self):
        """Reads and checks every file first (DemoContentError lists the mistakes), then
        writes, all in one transaction."""
        content = read_content(self.content_dir)
        self.progress = ProgressBar(
            self.stdout,
            len(content.themes)
            + len(images.PALETTES)
            + len(content.sponsors)
            + len(content.pages)
            + 1  # roles and workflow
            + len(DEMO_USERS)
            + len(content.synonyms),
            "Demoinnhold",
        )
        with transaction.atomic():
            site = Site.objects.get(is_default_site=True)
            self.load_site_contact(site, content.site_contact)
            self.load_themes(content.themes)
            self.load_images()
            self.load_sponsors(content.sponsors)
            self.members_collection = self.ensure_members_collection()
            self.load_pages(site.root_page.specific, content.pages)
            self.load_footer_links(site, content.footer_links)
            self.load_roles()
            self.load_users()
            self.load_synonyms(content.synonyms)
        self.progress.finish()
        return self.created

    # ------------------------------------------------------------------ non-page data

    def load_site_contact(self, site, values):
        _contact, created = SiteContact.objects.get_or_create(site=site, defaults=values)
        self.created += int(created)

    def load_footer_links(self, site, slugs):
        footer = FooterLinks.for_site(site)
        missing = {name: slug for name, slug in slugs.items() if not getattr(footer, name)}
        for name, slug in missing.items():
            setattr(footer, name, self.resolve_one(Page, slug))
        if missing:
            footer.save()
            self.created += 1

    def load_themes(self, themes):
        self.themes = {}
        for values in themes:
            theme, created = Theme.objects.get_or_create(slug=values["slug"], defaults=values)
            self.themes[theme.slug] = theme
            self.step(f"Tema: {theme.name}", created)

    def load_synonyms(self, synonyms):
        for values in synonyms:
            synonym, created = Synonym.objects.get_or_create(word=values["word"], defaults=values)
            self.step(f"Synonym: {synonym.word}", created)

    def load_images(self):
        image_model = get_image_model()
        self.images = {}
        for key in images.PALETTES:
            title = f"Demobilde: {key}"
            image = image_model.objects.filter(title=title).first()
            created = image is None
            if created:
                image = image_model.objects.create(
                    title=title,
                    file=ContentFile(images.abstract_png(key), name=f"demo-{key}.png"),
                    credit=IMAGE_CREDIT,
                    description=f"Abstrakt illustrasjon med sirkler og striper («{key}»)",
                    # Abstract illustrations: nobody on them to ask.
                    consent_confirmed=True,
                    consent_given_by=ConsentGiver.NOT_NEEDED,
                    # Shared, so that the demo editors can use them on their stories too.
                    collection=shared_collection(),
                )
            self.images[key] = image
            self.step(title, created)

    def load_sponsors(self, sponsors):
        self.sponsors = {}
        for values, _regions in sponsors:
            member, created = BoardMember.objects.get_or_create(
                name=values["name"], defaults=values
            )
            self.sponsors[member.name] = member
            self.step(f"Fadder: {member.name}", created)

    def ensure_members_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=MEMBERS_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=MEMBERS_COLLECTION)
            CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=CollectionViewRestriction.LOGIN
            )
            self.created += 1
        return collection

    # ------------------------------------------------------------------ pages

    def load_pages(self, home, files):
        """Creates the missing pages, parents first; links between pages (related methods,
        featured stories) are set once every page exists, then each new page is published
        with one revision. The home page always exists: it is filled once."""
        self.pages = {(): home}
        new = []
        for page_file in files:
            if not page_file.url:
                continue
            parent = self.pages[page_file.url[:-1]]
            existing = parent.get_children().filter(slug=page_file.slug).specific().first()
            if existing is not None:
                self.pages[page_file.url] = existing
                self.step(existing.title)
                continue
            page = page_file.model(slug=page_file.slug, **page_file.values)
            self.set_fields(page, page_file, pages_too=False)
            self.save(page_file, lambda page=page, parent=parent: parent.add_child(instance=page))
            self.pages[page_file.url] = page
            new.append((page, page_file))
        for page, page_file in new:
            self.set_fields(page, page_file, pages_too=True)
            self.save(page_file, lambda page=page: page.save_revision().publish())
            self.step(page.title, created=True)
        home_file = next(page_file for page_file in files if not page_file.url)
        changed = home.intro != home_file.values.get("intro")
        if changed:
            for name, value in home_file.values.items():
                setattr(home, name, value)
            self.set_fields(home, home_file, pages_too=True)
            self.save(home_file, lambda: home.save_revision().publish())
        self.step(home.title, changed)

    def save(self, page_file, action):
        try:
            action()
        except ValidationError as error:
            raise DemoContentError(
                f"{page_file.where}: {name}: {' '.join(messages)}"
                for name, messages in error.message_dict.items()
            ) from error

    def set_fields(self, page, page_file, pages_too):
        """Relations, inline lists and streams; those that name pages only when
        `pages_too` (the second pass)."""
        for name, keys in page_file.references.items():
            model_field = page._meta.get_field(name)
            if self.names_pages(model_field) == pages_too:
                setattr(page, name, self.resolve(model_field, keys))
        for name, items in page_file.children.items():
            child_model = page._meta.get_field(name).related_model
            fields = [child_model._meta.get_field(field) for _v, refs in items for field in refs]
            if any(self.names_pages(model_field) for model_field in fields) != pages_too:
                continue
            setattr(
                page,
                name,
                [
                    child_model(
                        **values,
                        **{
                            field: self.resolve(child_model._meta.get_field(field), keys)
                            for field, keys in references.items()
                        },
                    )
                    for values, references in items
                ],
            )
        if not pages_too:
            for name, items in page_file.streams.items():
                stream_block = page._meta.get_field(name).stream_block
                raw = walk_stream(stream_block, items, name, self.unexpected, self.choose(page))
                value = stream_block.to_python(raw)
                try:
                    stream_block.clean(value)
                except ValidationError as error:
                    raise DemoContentError(
                        [f"{page_file.where}: «{name}»: {' '.join(error.messages)}"]
                    ) from error
                setattr(page, name, value)

    @staticmethod
    def names_pages(model_field):
        return issubclass(model_field.related_model, Page)

    @staticmethod
    def unexpected(place, text):
        raise AssertionError(f"{place}: {text} (the reader checked this file)")

    def resolve(self, model_field, keys):
        target = model_field.related_model
        if isinstance(keys, list):
            return [self.resolve_one(target, key) for key in keys]
        return None if keys is None else self.resolve_one(target, keys)

    def resolve_one(self, target, key):
        if target is Theme:
            return self.themes[key]
        if target is get_image_model():
            return self.images[key]
        if target is BoardMember:
            return self.sponsors[key]
        # A page, by its slug among the pages of that type.
        return next(
            page
            for url, page in self.pages.items()
            if url and url[-1] == key and isinstance(page, target)
        )

    def choose(self, page):
        """Image and document choosers in streams: a demo image by its name, or a
        generated PDF for the document's audience."""

        def choose(block, key, parents):
            if block.model_class is get_image_model():
                return self.images[key].pk
            material = parents[-1]
            session = parents[-2] if len(parents) > 1 else {}
            lines = [session.get("title", ""), session.get("description", "")]
            return self.document(page, material["title"], lines, key).pk

        return choose

    def document(self, page, title, lines, audience):
        document_model = get_document_model()
        full_title = f"{page.title}: {title}"
        document = document_model.objects.filter(title=full_title).first()
        if document is None:
            pdf = images.text_pdf(
                title,
                [page.title, *lines, "Demomateriale fra Samskapingsbanken (et eksempel)."],
            )
            collection = (
                self.members_collection
                if DOCUMENT_AUDIENCES[audience]
                else Collection.get_first_root_node()
            )
            document = document_model.objects.create(
                title=full_title,
                file=ContentFile(pdf, name=f"{page.slug}-{len(full_title)}.pdf"),
                collection=collection,
            )
        return document

    # ------------------------------------------------------------------ roles and users

    def load_roles(self):
        setup_roles()
        self.step("Roller og arbeidsflyt")

    def load_users(self):
        user_model = get_user_model()
        municipalities = {
            page.number: page for page in self.pages.values() if isinstance(page, MunicipalityPage)
        }
        for username, _description, role in DEMO_USERS:
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@example.com",
                    "is_staff": role == "superuser",
                    "is_superuser": role == "superuser",
                },
            )
            if created or not user.check_password(DEMO_PASSWORD):
                user.set_password(DEMO_PASSWORD)
                user.save()
            if role == "adviser":
                user.groups.add(Group.objects.get(name=ADVISERS))
            elif role == "member":
                user.groups.add(Group.objects.get(name=MEMBERS))
            elif role != "superuser":
                user.groups.add(municipalities[role].access.group)
            self.step(f"Bruker: {username}", created)
