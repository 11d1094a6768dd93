"""Fills the benchmark database with many live pages, fast.

Saving pages one by one through Wagtail (revisions, signals, tree locks) manages a few dozen
a second; this builds the treebeard paths itself, inserts the base page rows with
bulk_create, the page-type rows with PostgreSQL COPY, and then builds the search index in
chunks with the search backend's own bulk method."""

import datetime
import multiprocessing
import os
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import OperationalError, connection, connections, transaction
from django.db.models import F, IntegerField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from kb.cases.models import CaseIndexPage, CaseStoryPage, CooperationLevel, MunicipalityPage
from kb.conferences.models import ConferenceIndexPage, EventPage
from kb.core.progress import ProgressBar
from kb.methods.models import MethodIndexPage, MethodPage, Phase
from kb.themes.models import Theme

from .norwegian_text import TextGenerator

# Of every 20 new pages: 3 methods, 13 case stories, 4 events (the demo's proportions).
KIND_CYCLE = ["method"] * 3 + ["story"] * 13 + ["event"] * 4
BATCH_SIZE = 2000
INDEX_CHUNK_SIZE = 500
INDEX_WORKERS = os.cpu_count() or 2
DEADLOCK_RETRIES = 5

ACTIVITIES = [
    "Samtalekafé",
    "Idéverksted",
    "Dialogmøte",
    "Interessentkartlegging",
    "Innsiktsintervju",
    "Prototyping",
    "Medvirkningsverksted",
    "Partnerskapsmøte",
    "Framtidsverksted",
    "Evalueringssamtale",
    "Refleksjonslogg",
    "Læringssløyfe",
]
AUDIENCES = [
    "ungdomsrådet",
    "foresatte",
    "frivillige lag",
    "biblioteket",
    "skolen og SFO",
    "barnehagene",
    "eldresenteret",
    "nyankomne familier",
    "kommunens ledelse",
    "lokale kunstnere",
]
PROJECTS = [
    "Åpent verksted for ungdom",
    "Kulturskoletimen i SFO",
    "Generasjonskor",
    "Samspill på tvers av kommunene",
    "Sommerskole med frivillige",
    "Musikk og språk for nyankomne",
    "Kunst i barnehagen",
    "Ungdom som arrangører",
    "Lokalhistorie på scenen",
    "Digital undervisning i øysamfunn",
    "Kulturskolen i kommuneplanen",
    "Felles orkester med korpset",
]
TOPICS = [
    "samskaping i praksis",
    "måling av sosial verdi",
    "medvirkning fra ungdom",
    "kulturskolen som ressurssenter",
    "samarbeid med frivilligheten",
    "kulturskolen i kommunens planer",
    "inkludering og mangfold",
    "digitale møteplasser",
]


def titles(generator, kind, number, place):
    choice = generator.random.choice
    if kind == "method":
        return f"{choice(ACTIVITIES)} med {choice(AUDIENCES)} ({number})"
    if kind == "story":
        return f"{choice(PROJECTS)} i {place} ({number})"
    return f"Digital formiddagskaffe: {choice(TOPICS)} ({number})"


class PageFiller:
    def __init__(self, stdout, seed=2025):
        self.stdout = stdout
        self.text = TextGenerator(seed=seed)
        self.random = self.text.random
        self.methods_index = MethodIndexPage.objects.get()
        self.conference_index = ConferenceIndexPage.objects.get()
        self.municipalities = list(
            MunicipalityPage.objects.child_of(CaseIndexPage.objects.get()).order_by("path")
        )
        self.themes = list(Theme.objects.all())
        self.content_types = ContentType.objects.get_for_models(
            MethodPage, CaseStoryPage, EventPage
        )
        self.locale_id = self.methods_index.locale_id

    def add(self, count):
        """Adds `count` live pages (not yet indexed: see index_unindexed)."""
        start = Page.objects.count()
        added = 0
        progress = ProgressBar(self.stdout, count, "Sider")
        while added < count:
            batch = min(BATCH_SIZE, count - added)
            self._add_batch(start + added, batch)
            added += batch
            progress.advance(steps=batch)
        progress.finish()

    @transaction.atomic
    def _add_batch(self, offset, count):
        pages = []  # (parent, specific page, themes)
        for number in range(offset, offset + count):
            kind = KIND_CYCLE[number % len(KIND_CYCLE)]
            pages.append(getattr(self, f"_{kind}")(number))
        self._place_in_tree(pages)
        base_rows = Page.objects.bulk_create(
            [self._base_row(page) for _parent, page, _themes in pages]
        )
        for (_parent, page, _themes), row in zip(pages, base_rows, strict=True):
            page.id = page.page_ptr_id = row.id
        for model in (MethodPage, CaseStoryPage, EventPage):
            of_model = [page for _parent, page, _themes in pages if type(page) is model]
            self._copy_rows(model, of_model)
            through = model.themes.through
            through.objects.bulk_create(
                [
                    through(**{f"{model._meta.model_name}_id": page.id, "theme_id": theme.id})
                    for _parent, page, themes in pages
                    if type(page) is model
                    for theme in themes
                ]
            )

    def _common(self, number, kind, place, parent, topic):
        title = titles(self.text, kind, number, place)
        published = timezone.now() - datetime.timedelta(days=self.random.randint(0, 2000))
        return {
            "title": title,
            "draft_title": title,
            "slug": f"{slugify(title)}-{number}"[:255],
            "content_type": self.content_types[
                {"method": MethodPage, "story": CaseStoryPage, "event": EventPage}[kind]
            ],
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": published,
            "last_published_at": published,
            "locale_id": self.locale_id,
            "translation_key": uuid.uuid4(),
            "summary": " ".join(self.text.sentences(2, topic))[:300],
        }, parent

    def _themes(self):
        return self.random.sample(self.themes, self.random.randint(1, 3))

    def _method(self, number):
        topic = self.text.topic()
        fields, parent = self._common(number, "method", "", self.methods_index, topic)
        page = MethodPage(
            **fields,
            purpose=self.text.html(topic, 2),
            phase=self.random.choice(Phase.values),
            duration_min=self.random.randint(1, 4) * 30,
            participants_min=self.random.randint(4, 10),
            participants_max=self.random.randint(12, 40),
            for_partners=True,
            digital=self.random.choice(["ja", "delvis", "nei"]),
            preparation=self.text.html(topic),
            steps=[
                (
                    "step",
                    {"title": self.text.sentences(1)[0][:80], "description": self.text.html(topic)},
                )
                for _ in range(self.random.randint(3, 5))
            ],
            tips=self.text.html(topic),
            source_title="Samskapingsbanken (generert testinnhold)",
        )
        return parent, page, self._themes()

    def _story(self, number):
        topic = self.text.topic()
        municipality = self.random.choice(self.municipalities)
        fields, parent = self._common(number, "story", municipality.title, municipality, topic)
        start = datetime.date(self.random.randint(2018, 2026), self.random.randint(1, 12), 1)
        ended = self.random.random() < 0.7
        page = CaseStoryPage(
            **fields,
            is_example=True,
            culture_school=f"{municipality.title} kulturskole",
            period_start=start,
            period_end=start + datetime.timedelta(days=self.random.randint(60, 900))
            if ended
            else None,
            for_children=self.random.random() < 0.5,
            for_youth=self.random.random() < 0.6,
            for_adults=self.random.random() < 0.3,
            cooperation_level=self.random.choice(CooperationLevel.values),
            challenge=self.text.html(topic),
            body=[
                ("paragraph", self.text.html(topic, 2)) for _ in range(self.random.randint(1, 3))
            ],
            lessons_learned=self.text.html(topic),
        )
        return parent, page, self._themes()

    def _event(self, number):
        topic = self.text.topic()
        fields, parent = self._common(number, "event", "", self.conference_index, topic)
        start = datetime.date(self.random.randint(2018, 2027), self.random.randint(1, 12), 1)
        page = EventPage(
            **fields,
            is_example=True,
            description=self.text.html(topic, 2),
            start_date=start,
            location="",
            is_digital=True,
            programme=[
                (
                    "session",
                    {
                        "start": datetime.time(9 + hour),
                        "title": self.text.sentences(1)[0][:80],
                        "description": self.text.paragraph(topic, 1, 2),
                        "materials": [
                            {
                                "title": f"Lysark: {self.text.sentences(1)[0][:60]}",
                                "kind": "link",
                                "url": f"https://example.com/materiale/{number}-{hour}",
                            }
                        ],
                    },
                )
                for hour in range(self.random.randint(2, 4))
            ],
        )
        return parent, page, self._themes()

    def _place_in_tree(self, pages):
        """Treebeard materialised paths: each new child takes the next step under its parent."""
        added = {}
        for parent, page, _themes in pages:
            parent.numchild += 1
            added[parent.pk] = added.get(parent.pk, 0) + 1
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, parent.numchild)
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.numchild = 0
        for parent_id, count in added.items():
            Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + count)

    @staticmethod
    def _base_row(page):
        return Page(
            **{
                field.attname: getattr(page, field.attname)
                for field in Page._meta.concrete_fields
                if not field.primary_key
            }
        )

    @staticmethod
    def _copy_rows(model, pages):
        """COPY the page type's own columns (those not on wagtailcore_page)."""
        fields = list(model._meta.local_concrete_fields)
        table = connection.ops.quote_name(model._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        with (
            connection.cursor() as cursor,
            cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for page in pages:
                copy.write_row(
                    [
                        field.get_db_prep_save(getattr(page, field.attname), connection)
                        for field in fields
                    ]
                )

    def index_unindexed(self):
        """Indexes every page of the generated types that has no index entry yet, with
        Wagtail's own indexer (the backend's bulk method), in chunks spread over worker
        processes: extracting the text of StreamFields and rich text is Python work that
        would otherwise keep one core busy while the other waits."""
        chunks = []
        for model in (MethodPage, CaseStoryPage, EventPage):
            indexed = IndexEntry.objects.filter(content_type=self.content_types[model]).values(
                page_id=Cast("object_id", IntegerField())
            )
            ids = list(
                model.objects.exclude(pk__in=indexed).order_by("pk").values_list("pk", flat=True)
            )
            chunks += [
                (model, ids[start : start + INDEX_CHUNK_SIZE])
                for start in range(0, len(ids), INDEX_CHUNK_SIZE)
            ]
        total = sum(len(ids) for _model, ids in chunks)
        if not total:
            return 0
        progress = ProgressBar(self.stdout, total, "Søkeindeks")
        connections.close_all()  # each worker opens its own connection
        with multiprocessing.get_context("fork").Pool(INDEX_WORKERS) as pool:
            for indexed in pool.imap_unordered(_index_chunk, chunks):
                progress.advance(steps=indexed)
        progress.finish()
        return total


def _index_chunk(model_and_ids):
    model, ids = model_and_ids
    pages = list(
        model.get_indexed_objects().filter(pk__in=ids).prefetch_related("themes").order_by("pk")
    )
    # After each chunk the backend recomputes the title norms of all new entries; two
    # workers doing so at once can deadlock, and then the (idempotent) chunk is retried.
    for attempt in range(DEADLOCK_RETRIES):
        try:
            get_search_backend().add_bulk(model, pages)
            return len(pages)
        except OperationalError:
            if attempt == DEADLOCK_RETRIES - 1:
                raise
            time.sleep(random.random())
