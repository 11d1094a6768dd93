"""Builds the demo site from the data in kb/demo/data. Creates only what is missing, so a
second run changes nothing."""

import csv
import datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Site
from wagtail.rich_text import RichText

from home.models import FeaturedMethod, FeaturedStory
from kb.cases.models import (
    BoardMember,
    CaseIndexPage,
    CaseStoryPage,
    CaseStoryPartner,
    CaseStoryResult,
    MunicipalityPage,
)
from kb.conferences.models import ConferenceIndexPage, EventOrganiser, EventPage, EventSeriesPage
from kb.core.models import SiteContact, StandardPage
from kb.core.progress import ProgressBar
from kb.methods.models import MethodIndexPage, MethodPage
from kb.moderation.roles import ADVISERS, setup_roles
from kb.themes.models import Theme, ThemeIndexPage

from . import images
from .data import cases, conferences, methods, pages, themes

DATA_DIR = Path(__file__).resolve().parent / "data"
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
]
# Fictional board members as sponsors ("faddere"), one per part of the county.
DEMO_SPONSORS = {
    "helgeland": "Ingrid Eksempel (fadder, demo)",
    "salten": "Ola Eksempel (fadder, demo)",
    "ofoten": "Marit Eksempel (fadder, demo)",
    "vesteralen": "Marit Eksempel (fadder, demo)",
    "lofoten": "Per Eksempel (fadder, demo)",
}

SECTIONS = [
    ("metoder", MethodIndexPage, "Metoder", "Metoder for samskaping og samhandling, med kilde."),
    ("erfaringer", CaseIndexPage, "Erfaringer", "Hva kommunene har prøvd, og hva de lærte."),
    (
        "konferanser",
        ConferenceIndexPage,
        "Konferanser",
        "Program og materiale fra møter og konferanser.",
    ),
]


def municipality_rows():
    with open(DATA_DIR / "municipalities.csv", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def total_steps():
    episodes = len(conferences.FORMIDDAGSKAFFE["episodes"])
    return (
        len(themes.THEMES)
        + len(images.PALETTES)
        + len(SECTIONS)
        + 1  # theme index
        + len(pages.STANDARD_PAGES)
        + len(methods.METHODS)
        + len(municipality_rows())
        + len(cases.CASE_STORIES)
        + 2  # the leaders' conference and the series
        + episodes
        + 1  # home page
        + len(set(DEMO_SPONSORS.values()))
        + 1  # roles and workflow
        + len(DEMO_USERS)
    )


def publish(page):
    page.save_revision().publish()
    return page


def ensure_child(parent, model, slug, **fields):
    """The child page with this slug, created and published if it is missing."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page), True


def rich(html):
    return RichText(html)


def date(value):
    return datetime.date.fromisoformat(value) if value else None


def time(value):
    return datetime.time.fromisoformat(value) if value else None


class DemoLoader:
    def __init__(self, stdout):
        self.stdout = stdout
        self.created = 0
        self.progress = ProgressBar(stdout, total_steps(), "Demoinnhold")

    def step(self, text, created=False):
        self.created += int(bool(created))
        self.progress.advance(text)

    @transaction.atomic
    def run(self):
        site = Site.objects.get(is_default_site=True)
        self.home = site.root_page.specific
        self.load_site_contact(site)
        self.load_themes()
        self.load_images()
        self.load_sections()
        self.load_methods()
        self.load_sponsors()
        self.load_municipalities()
        self.load_case_stories()
        self.load_conferences()
        self.load_home()
        self.load_roles()
        self.load_users()
        self.progress.finish()
        return self.created

    def load_site_contact(self, site):
        _contact, created = SiteContact.objects.get_or_create(
            site=site, defaults=pages.SITE_CONTACT
        )
        self.created += int(created)

    def load_themes(self):
        self.themes = {}
        for order, data in enumerate(themes.THEMES):
            theme, created = Theme.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["name"],
                    "description": data["description"],
                    "sort_order": order,
                },
            )
            self.themes[theme.slug] = theme
            self.step(f"Tema: {theme.name}", created)

    def theme_list(self, slugs):
        return [self.themes[slug] for slug in slugs]

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
                    consent_confirmed=True,
                )
            self.images[key] = image
            self.step(title, created)

    def load_sections(self):
        self.sections = {}
        for slug, model, title, intro in SECTIONS:
            page, created = ensure_child(
                self.home, model, slug, title=title, intro=f"<p>{intro}</p>"
            )
            self.sections[model] = page
            self.step(title, created)
        _page, created = ensure_child(
            self.home,
            ThemeIndexPage,
            "tema",
            title="Tema",
            intro="Alt innhold i Samskapingsbanken er merket med tema.",
        )
        self.step("Tema", created)
        for data in pages.STANDARD_PAGES:
            _page, created = ensure_child(
                self.home,
                StandardPage,
                data["slug"],
                title=data["title"],
                intro=data["intro"],
                body=[("paragraph", rich(data["body"]))],
                show_in_menus=False,
            )
            self.step(data["title"], created)

    def load_methods(self):
        index = self.sections[MethodIndexPage]
        new_pages = []
        self.methods = {}
        for data in methods.METHODS:
            page, created = ensure_child(
                index,
                MethodPage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                purpose=data["purpose"],
                phase=data["phase"],
                time_needed=data["time_needed"],
                group_size=data["group_size"],
                works_digitally=data["works_digitally"],
                preparation=data["preparation"],
                steps=[
                    ("step", {"title": title, "description": rich(text)})
                    for title, text in data["steps"]
                ],
                tips=data["tips"],
                source_title=data["source_title"],
                source_page=data["source_page"],
                source_url=data["source_url"],
                themes=self.theme_list(data["themes"]),
            )
            self.methods[data["slug"]] = page
            if created:
                new_pages.append((page, data["related"]))
            self.step(data["title"], created)
        # Related methods can only be linked once they all exist.
        for page, related in new_pages:
            if related:
                page.related_methods = [self.methods[slug] for slug in related]
                publish(page)

    def load_sponsors(self):
        by_name = {}
        for name in dict.fromkeys(DEMO_SPONSORS.values()):
            by_name[name], created = BoardMember.objects.get_or_create(name=name)
            self.step(f"Fadder: {name}", created)
        self.sponsors = {region: by_name[name] for region, name in DEMO_SPONSORS.items()}

    def load_municipalities(self):
        index = self.sections[CaseIndexPage]
        self.municipalities = {}
        for row in municipality_rows():
            page, created = ensure_child(
                index,
                MunicipalityPage,
                slugify_municipality(row["name"]),
                title=row["name"],
                number=row["number"],
                sami_name=row["sami_name"],
                sami_language=row["sami_language"],
                region=row["region"],
                culture_school_name=f"{row['name']} kulturskole",
                is_member=True,
                sponsor=self.sponsors[row["region"]],
            )
            self.municipalities[row["number"]] = page
            self.step(f"Kommune: {row['name']}", created)

    def load_case_stories(self):
        self.stories = []
        for data in cases.CASE_STORIES:
            municipality = self.municipalities[data["municipality"]]
            contact = data["contact"]
            page, created = ensure_child(
                municipality,
                CaseStoryPage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                is_example=True,
                image=self.images[first_image_key(data) or "samling"],
                culture_school=data["culture_school"],
                period_start=date(data["period_start"]),
                period_end=date(data["period_end"]),
                for_children="barn" in data["target_groups"],
                for_youth="unge" in data["target_groups"],
                for_adults="voksne" in data["target_groups"],
                cooperation_level=data["cooperation_level"],
                challenge=data["challenge"],
                body=[self.story_block(kind, value) for kind, value in data["body"]],
                lessons_learned=data["lessons"],
                methods_used=[self.methods[slug] for slug in data["methods"]],
                themes=self.theme_list(data["themes"]),
                contact_name=contact["name"],
                contact_email=contact["email"],
                contact_consent=contact["consent"],
                partners=[
                    CaseStoryPartner(name=name, sector=sector) for name, sector in data["partners"]
                ],
                results=[
                    CaseStoryResult(**{**result, "measured_at": date(result["measured_at"])})
                    for result in data["results"]
                ],
            )
            self.stories.append(page)
            self.step(data["title"], created)

    def story_block(self, kind, value):
        if kind == "paragraph":
            return ("paragraph", rich(value))
        if kind == "image":
            return (
                "image",
                {"image": self.images[value["image"]], "caption": value["caption"], "alt_text": ""},
            )
        return (kind, value)

    def load_conferences(self):
        index = self.sections[ConferenceIndexPage]
        self.members_collection = self.ensure_members_collection()
        self.event(index, conferences.LEADERS_CONFERENCE)
        series_data = conferences.FORMIDDAGSKAFFE
        series, created = ensure_child(
            index,
            EventSeriesPage,
            series_data["slug"],
            title=series_data["title"],
            intro=series_data["intro"],
        )
        self.step(series.title, created)
        for episode in series_data["episodes"]:
            self.event(series, {"themes": series_data["themes"], **episode})

    def event(self, parent, data):
        # The programme creates documents, so it is only built for an event that is missing.
        if parent.get_children().filter(slug=data["slug"]).exists():
            self.step(data["title"])
            return
        _page, created = ensure_child(
            parent,
            EventPage,
            data["slug"],
            title=data["title"],
            summary=data["summary"],
            is_example=True,
            description=data.get("description", ""),
            start_date=date(data["start_date"]),
            end_date=date(data.get("end_date")),
            location=data["location"],
            is_digital=data["is_digital"],
            themes=self.theme_list(data["themes"]),
            organisers=[
                EventOrganiser(name=name, role=role) for name, role in data.get("organisers", [])
            ],
            programme=[("session", self.session(data, session)) for session in data["sessions"]],
        )
        self.step(data["title"], created)

    def session(self, event, data):
        return {
            "start": time(data["start"]),
            "end": time(data.get("end")),
            "title": data["title"],
            "speakers": data.get("speakers", ""),
            "description": data.get("description", ""),
            "materials": [
                self.material(event, data, material) for material in data.get("materials", [])
            ],
        }

    def material(self, event, session, data):
        if data["kind"] in ("video", "link"):
            return {
                "title": data["title"],
                "kind": data["kind"],
                "document": None,
                "url": data["url"],
            }
        collection = (
            self.members_collection
            if data.get("members_only")
            else Collection.get_first_root_node()
        )
        document_model = get_document_model()
        title = f"{event['title']}: {data['title']}"
        document = document_model.objects.filter(title=title).first()
        if document is None:
            pdf = images.text_pdf(
                data["title"], [event["title"], session["title"], "Demomateriale"]
            )
            document = document_model.objects.create(
                title=title,
                file=ContentFile(pdf, name=f"{event['slug']}-{len(title)}.pdf"),
                collection=collection,
            )
        return {"title": data["title"], "kind": data["kind"], "document": document, "url": ""}

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

    def load_home(self):
        home = self.home
        changed = home.intro != pages.HOME["intro"]
        if changed:
            home.title = pages.HOME["title"]
            home.intro = pages.HOME["intro"]
            home.featured_methods = [
                FeaturedMethod(page=self.methods[slug])
                for slug in (
                    "ks-modell-for-samskapende-sosial-innovasjon",
                    "samson-egenvurdering",
                    "soimpact-maling-av-sosial-verdi",
                )
            ]
            home.featured_stories = [FeaturedStory(page=story) for story in self.stories[:3]]
            publish(home)
        self.step("Forside", changed)

    def load_roles(self):
        setup_roles()
        self.step("Roller og arbeidsflyt")

    def load_users(self):
        user_model = get_user_model()
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
            elif role != "superuser":
                user.groups.add(self.municipalities[role].access.group)
            self.step(f"Bruker: {username}", created)


def first_image_key(story):
    return next((value["image"] for kind, value in story["body"] if kind == "image"), None)


def slugify_municipality(name):
    return slugify(name.replace("æ", "ae").replace("ø", "o").replace("å", "a"))
