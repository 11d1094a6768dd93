"""Reads the demo content files (kb/demo/content/) and checks them against the models.

The content is kept as one YAML file per page, in folders that mirror the site, so the
adviser and a reviewer can read and correct it without knowing Python. A file's keys are
the names of the page model's own fields; this module checks every key, value and
reference against the model's field definitions (the fields an editor sees in the admin)
before anything is written, and reports every mistake with the file and the field, in
Norwegian. Rich text is written as Markdown and turned into the HTML Wagtail's editor
stores. Nothing here touches the database or the network.
"""

import csv
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import yaml
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models

from kb.cases.models import BoardMember, MunicipalityPage
from kb.core.models import FooterLinks, SiteContact
from kb.themes.models import Theme
from search.models import Synonym

from . import images

CONTENT_DIR = Path(__file__).resolve().parent / "content"
PAGE_FILE = "_index.yaml"  # the page of the folder it lies in
MUNICIPALITIES_FILE = "erfaringer/kommuner.csv"
# Keys that belong to the loader, not to a model: the page type (its Norwegian name, the
# model's verbose_name) and, in a folder's _index.yaml, the order of its sub-pages.
TYPE_KEY = "type"
CHILDREN_KEY = "children"
# A demo document is generated; the file says who may read it.
DOCUMENT_AUDIENCES = {"alle": False, "medlemmer": True}  # members only?
# Page fields the loader sets itself (the slug is the file's name), or that make no sense
# in a file.
NOT_IN_FILES = {"slug", "comment_notifications", "wagtail_admin_comments"}
TAG_NAMES = {
    "h1": "overskrift nivå 1 («# …»)",
    "h2": "overskrift nivå 2 («## …»)",
    "h3": "overskrift nivå 3 («### …»)",
    "h4": "overskrift nivå 4 («#### …»)",
    "img": "bilde («![…](…)»)",
    "ol": "nummerert liste",
    "ul": "punktliste",
    "code": "kode («`…`»)",
}
FEATURE_TAGS = {
    "bold": {"strong", "b"},
    "italic": {"em", "i"},
    "link": {"a"},
    "ol": {"ol", "li"},
    "ul": {"ul", "li"},
    "h2": {"h2"},
    "h3": {"h3"},
    "h4": {"h4"},
}


class DemoContentError(Exception):
    """The content files have mistakes; the message lists them, one a line."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__(
            "Demoinnholdet har feil, og ingenting ble lastet:\n"
            + "\n".join(f"  {problem}" for problem in self.problems)
        )


class _YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML as an editor expects it: 10:00 is a time (not the number 600), only true and
    false are yes/no values (not «no» or «on»), and dates stay text until the model's
    date field reads them, so a wrong date gets a clear message. (libyaml's parser when
    PyYAML has it: several times faster.)"""


_YamlLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag
        not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
)


def shown(path):
    """A file's path as messages show it: relative to the repository when inside it."""
    try:
        return Path(path).resolve().relative_to(Path(settings.BASE_DIR).resolve()).as_posix()
    except ValueError:
        return str(path)


def markdown_to_html(text):
    """Markdown as the HTML Wagtail's rich text stores: no line breaks between or inside
    the elements (a line break in Markdown is a space)."""
    html = markdown.markdown(text)
    html = re.sub(r"\s*\n\s*(</?(?:p|ul|ol|li|h\d)>)", r"\1", html)
    html = re.sub(r"(</?(?:p|ul|ol|li|h\d)>)\s*\n\s*", r"\1", html)
    return re.sub(r"\s*\n\s*", " ", html)


def rich_text(text, features, name):
    """(HTML, problems): Markdown checked against the rich-text features of the field, so
    the page stays editable in the admin's editor."""
    if not isinstance(text, str):
        return "", [f"«{name}» skal være tekst (Markdown)"]
    html = markdown_to_html(text)
    allowed = {"p"}.union(*(FEATURE_TAGS.get(feature, set()) for feature in features or []))
    problems = [
        f"«{name}»: {TAG_NAMES.get(tag, f'<{tag}>')} er ikke tillatt her"
        for tag in dict.fromkeys(re.findall(r"<(\w+)", html))
        if tag not in allowed
    ]
    if "<li><p>" in html:
        problems.append(f"«{name}»: ta bort de tomme linjene mellom punktene i listen")
    return html, problems


def suggestion(word, choices):
    close = difflib.get_close_matches(str(word), [str(choice) for choice in choices], n=1)
    return f" (mente du «{close[0]}»?)" if close else ""


@dataclass
class PageFile:
    """One page as its file describes it, checked and converted."""

    where: str  # the file, as messages name it
    url: tuple  # its slugs below the home page: ("metoder", "verdenskafe"); () = home
    model: type
    values: dict = field(default_factory=dict)  # plain fields; rich text as HTML
    streams: dict = field(default_factory=dict)  # StreamField name -> the file's list
    references: dict = field(default_factory=dict)  # relation -> a key or a list of keys
    children: dict = field(default_factory=dict)  # child relation -> list of item dicts
    order: list = field(default_factory=list)  # sub-pages named first, in this order
    data: dict = field(default_factory=dict)  # the file as read

    @property
    def slug(self):
        return self.url[-1] if self.url else ""


@dataclass
class DemoContent:
    site_contact: dict
    footer_links: dict  # FooterLinks field: slug of the page it links to
    themes: list  # dicts of Theme fields
    sponsors: list  # (BoardMember fields, regions)
    pages: list  # PageFile, parents before children; the home page first
    synonyms: list = field(default_factory=list)  # dicts of search.Synonym fields

    def of_type(self, model):
        return [page for page in self.pages if issubclass(page.model, model)]


def page_types():
    return {str(model._meta.verbose_name): model for model in get_page_models()}


def editable_fields(model):
    """What an editor can fill in for this model: the fields and inline lists of its
    admin panels (for a page) or its concrete fields (for anything else)."""
    if issubclass(model, Page):
        options = model.get_edit_handler().get_form_options()
        names = [*options.get("fields", []), *options.get("formsets", [])]
        return [name for name in names if name not in NOT_IN_FILES]
    else:
        names = [
            f.name
            for f in model._meta.get_fields()
            if f.concrete and f.editable and not f.primary_key and not isinstance(f, ParentalKey)
        ]
    return names


def is_required(model_field):
    return (
        model_field.concrete
        and not model_field.blank
        and not model_field.has_default()
        and not model_field.many_to_many
    )


class Reader:
    def __init__(self, root=CONTENT_DIR):
        self.root = Path(root)
        self.problems = []
        self.types = page_types()
        # What each kind of reference may name, filled as the files are read.
        self.keys = {Theme: set(), get_image_model(): set(images.PALETTES)}
        self.page_keys = {}  # page model -> slugs

    # ------------------------------------------------------------------ files

    def problem(self, where, text):
        self.problems.append(f"{where}: {text}")

    def load_yaml(self, path, expected=dict):
        try:
            with open(path, encoding="utf-8") as file:
                data = yaml.load(file, Loader=_YamlLoader)  # noqa: S506 (a safe loader)
        except OSError:
            self.problem(shown(path), "filen mangler")
            return None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f" på linje {mark.line + 1}" if mark else ""
            self.problem(shown(path), f"ikke gyldig YAML{line}: {getattr(error, 'problem', '')}")
            return None
        if not isinstance(data, expected):
            kind = "en liste" if expected is list else "felt med verdier (nøkkel: verdi)"
            self.problem(shown(path), f"filen skal inneholde {kind}")
            return None
        return data

    def read(self):
        site_contact = self.read_site_contact()
        themes = self.read_themes()
        sponsors = self.read_sponsors()
        pages = []
        home = self.page_file(self.root / PAGE_FILE, ())
        if home is not None:
            pages.append(home)
        # Pages listed in a table come right after the page they belong under.
        self.tables = {Path(MUNICIPALITIES_FILE).parent.parts: self.read_municipalities(sponsors)}
        self.read_folder(self.root, (), home, pages)
        for url in self.tables:
            self.problem(shown(self.root.joinpath(*url)), f"mappen mangler {PAGE_FILE}")
        for page in pages:
            self.check_references(page)
        footer_links = self.read_footer_links()
        if self.problems:
            raise DemoContentError(self.problems)
        synonyms = self.read_synonyms()
        if self.problems:
            raise DemoContentError(self.problems)
        return DemoContent(site_contact, footer_links, themes, sponsors, pages, synonyms)

    def read_site_contact(self):
        path = self.root / "_kontakt.yaml"
        data = self.load_yaml(path) or {}
        return self.fields(SiteContact, data, shown(path))

    def read_footer_links(self):
        """The footer's pages, each named by its slug (checked against the page files)."""
        path = self.root / "_bunntekst.yaml"
        where = shown(path)
        allowed = [name for name, _label in FooterLinks.LINKS]
        links = {}
        for name, slug in (self.load_yaml(path) or {}).items():
            if name not in allowed:
                self.problem(where, f"ukjent felt «{name}»{suggestion(name, allowed)}")
            else:
                links[name] = self.reference_keys(FooterLinks._meta.get_field(name), slug, where)
                self.check_keys(FooterLinks._meta.get_field(name), links[name], where)
        return links

    def read_themes(self):
        path = self.root / "_temaer.yaml"
        themes = []
        for position, data in enumerate(self.load_yaml(path, list) or []):
            where = f"{shown(path)}, tema nr. {position + 1}"
            if not isinstance(data, dict):
                self.problem(where, "skriv hvert tema som felt med verdier (slug, name, …)")
                continue
            values = self.fields(Theme, {"sort_order": position, **data}, where)
            self.keys[Theme].add(values.get("slug"))
            themes.append(values)
        return themes

    def read_synonyms(self):
        """The adviser's search synonyms (search.Synonym): word and synonyms."""
        path = self.root / "_synonymer.yaml"
        synonyms = []
        if not path.exists():
            return synonyms
        for position, data in enumerate(self.load_yaml(path, list) or []):
            where = f"{shown(path)}, synonym nr. {position + 1}"
            if not isinstance(data, dict):
                self.problem(where, "skriv hvert synonym som felt med verdier (word, synonyms)")
                continue
            synonyms.append(self.fields(Synonym, data, where))
        return synonyms

    def read_sponsors(self):
        path = self.root / "_faddere.yaml"
        regions = dict(MunicipalityPage._meta.get_field("region").choices)
        sponsors = []
        for position, data in enumerate(self.load_yaml(path, list) or []):
            where = f"{shown(path)}, fadder nr. {position + 1}"
            if not isinstance(data, dict):
                self.problem(where, "skriv hver fadder som felt med verdier (name, regions)")
                continue
            data = dict(data)
            their_regions = data.pop("regions", None) or []
            for region in their_regions:
                if region not in regions:
                    self.problem(
                        where,
                        f"ukjent region «{region}» i «regions»{suggestion(region, regions)}; "
                        f"gyldige verdier er {', '.join(regions)}",
                    )
            sponsors.append((self.fields(BoardMember, data, where), their_regions))
        return sponsors

    def read_municipalities(self, sponsors):
        """The municipalities are one table: a row is a municipality page."""
        pages = []
        path = self.root / MUNICIPALITIES_FILE
        sponsor_of = {
            region: values.get("name") for values, regions in sponsors for region in regions
        }
        try:
            with open(path, encoding="utf-8") as file:
                rows = list(csv.DictReader(file))
        except OSError:
            self.problem(shown(path), "filen mangler")
            return pages
        from django.utils.text import slugify

        for line, row in enumerate(rows, start=2):
            where = f"{shown(path)}, linje {line}"
            name = row.get("name") or ""
            slug = slugify(name.replace("æ", "ae").replace("ø", "o").replace("å", "a"))
            data = {
                "title": name,
                "number": row.get("number"),
                "sami_name": row.get("sami_name") or "",
                "sami_language": row.get("sami_language") or "",
                "region": row.get("region"),
                "culture_school_name": f"{name} kulturskole",
                "is_member": True,
            }
            page = PageFile(
                where, (*Path(MUNICIPALITIES_FILE).parent.parts, slug), MunicipalityPage
            )
            self.fill(page, data)
            if row.get("region") not in sponsor_of:
                self.problem(
                    where, f"ingen fadder i _faddere.yaml for regionen «{row.get('region')}»"
                )
            page.references["sponsor"] = sponsor_of.get(row.get("region"))
            self.page_keys.setdefault(MunicipalityPage, set()).add(slug)
            pages.append(page)
        return pages

    def read_folder(self, folder, url, parent, pages):
        """The pages in a folder, then the folders' pages and what lies below them."""
        entries = [
            entry
            for entry in folder.iterdir()
            if entry.is_dir() or (entry.suffix == ".yaml" and not entry.name.startswith("_"))
        ]
        order = parent.order if parent is not None else []
        named = {entry.stem if entry.is_file() else entry.name: entry for entry in entries}
        for slug in order:
            if slug not in named:
                self.problem(parent.where, f"«{CHILDREN_KEY}» nevner «{slug}», som ikke finnes")
        ordered = [named[slug] for slug in order if slug in named]
        ordered += sorted((e for e in entries if e not in ordered), key=lambda e: e.name)
        for entry in ordered:
            slug = entry.stem if entry.is_file() else entry.name
            if entry.is_file():
                page = self.page_file(entry, (*url, slug), parent)
                if page is not None:
                    pages.append(page)
                continue
            index = entry / PAGE_FILE
            if index.exists():
                page = self.page_file(index, (*url, slug), parent)
                if page is not None:
                    pages.append(page)
                    pages.extend(self.tables.pop((*url, slug), []))
            else:
                # A folder without _index.yaml holds the sub-pages of a page defined
                # elsewhere (a municipality in kommuner.csv).
                page = next((p for p in pages if p.url == (*url, slug)), None)
                if page is None:
                    self.problem(shown(entry), f"mappen mangler {PAGE_FILE}")
            if page is not None:
                self.read_folder(entry, (*url, slug), page, pages)

    def page_file(self, path, url, parent=None):
        where = shown(path)
        data = self.load_yaml(path)
        if data is None:
            return None
        type_name = data.get(TYPE_KEY)
        model = self.types.get(str(type_name))
        if model is None:
            if type_name is None:
                self.problem(where, f"mangler «{TYPE_KEY}» (sidetypen, for eksempel «metode»)")
            else:
                self.problem(
                    where, f"ukjent sidetype «{type_name}»{suggestion(type_name, self.types)}"
                )
            return None
        if parent is not None and not (
            model in parent.model.allowed_subpage_models()
            and parent.model in model.allowed_parent_page_models()
        ):
            self.problem(
                where,
                f"en side av typen «{type_name}» kan ikke ligge under "
                f"«{parent.model._meta.verbose_name}»",
            )
        page = PageFile(where, url, model, data=data)
        page.order = [str(slug) for slug in data.get(CHILDREN_KEY) or []]
        self.fill(page, {k: v for k, v in data.items() if k not in (TYPE_KEY, CHILDREN_KEY)})
        self.page_keys.setdefault(model, set()).add(page.slug)
        return page

    # ------------------------------------------------------------------ fields

    def fill(self, page, data):
        """Checks a page's fields and sorts them into plain values, streams, references
        and child items."""
        model = page.model
        allowed = editable_fields(model)
        problems_before = len(self.problems)
        for name, value in data.items():
            if name not in allowed:
                self.problem(page.where, f"ukjent felt «{name}»{suggestion(name, allowed)}")
                continue
            model_field = model._meta.get_field(name)
            if isinstance(model_field, StreamField):
                page.streams[name] = value
                self.stream(model_field, value, page.where)
            elif model_field.one_to_many:  # an inline list (partners, results)
                page.children[name] = self.child_items(model_field, value, page.where)
            elif model_field.is_relation:
                page.references[name] = self.reference_keys(model_field, value, page.where)
            else:
                page.values[name] = self.value(model_field, value, page.where)
        self.check_required(model, data, page.where)
        if len(self.problems) == problems_before:
            self.check_model(page)

    def fields(self, model, data, where):
        """A record that is not a page (a theme, the contact details): plain fields only."""
        allowed = editable_fields(model)
        values = {}
        for name, value in data.items():
            if name not in allowed:
                self.problem(where, f"ukjent felt «{name}»{suggestion(name, allowed)}")
            else:
                values[name] = self.value(model._meta.get_field(name), value, where)
        self.check_required(model, data, where)
        return values

    def check_required(self, model, data, where):
        for name in editable_fields(model):
            try:
                model_field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if name not in data and is_required(model_field) and name not in NOT_IN_FILES:
                self.problem(where, f"mangler påkrevd felt «{name}»")

    def value(self, model_field, value, where):
        name = model_field.name
        if value is None:
            value = "" if not model_field.null else None
        if isinstance(model_field, RichTextField):
            value, problems = rich_text(value, model_field.features, name)
            for problem in problems:
                self.problem(where, problem)
        try:
            return model_field.clean(value, None)
        except ValidationError as error:
            self.problem(where, self.field_message(model_field, value, error))
            return None

    def field_message(self, model_field, value, error):
        name = model_field.name
        codes = {e.code for e in error.error_list}
        if "invalid_choice" in codes:
            valid = [str(choice) for choice, _label in model_field.flatchoices]
            return (
                f"ugyldig verdi «{value}» i «{name}»{suggestion(value, valid)}; "
                f"gyldige verdier er {', '.join(valid)}"
            )
        if isinstance(model_field, models.DateField) and codes & {"invalid", "invalid_date"}:
            return f"ugyldig dato «{value}» i «{name}» (skriv datoen som ÅÅÅÅ-MM-DD)"
        if codes & {"blank", "null"}:
            return f"«{name}» kan ikke være tomt"
        return f"«{name}»: {' '.join(error.messages)}"

    def check_model(self, page):
        """The model's own rules across fields (an event needs a place or «digital»)."""
        # A throwaway instance, never saved: its content type is not looked up, and the
        # slug is checked by the folder, not the database.
        instance = page.model(content_type_id=-1, **page.values)
        instance._check_slug_is_unique = lambda: None
        try:
            instance.clean()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                label = "" if name == "__all__" else f"«{name}»: "
                self.problem(page.where, label + " ".join(messages))

    # ------------------------------------------------------------------ relations

    def reference_keys(self, model_field, value, where):
        if model_field.many_to_many:
            if value is None:
                return []
            if not isinstance(value, list):
                self.problem(where, f"«{model_field.name}» skal være en liste")
                return []
            return [str(key) for key in value]
        return None if value in (None, "") else str(value)

    def child_items(self, relation, value, where):
        model = relation.related_model
        names = editable_fields(model)
        if not isinstance(value, list):
            self.problem(where, f"«{relation.name}» skal være en liste")
            return []
        items = []
        for number, item in enumerate(value, start=1):
            item_where = f"{where}: «{relation.name}» nr. {number}"
            if not isinstance(item, dict):
                if len(names) != 1:
                    self.problem(item_where, f"skriv feltene ({', '.join(names)})")
                    continue
                item = {names[0]: item}  # a list of one field each: just the values
            values, references = {}, {}
            for name, field_value in item.items():
                if name not in names:
                    self.problem(item_where, f"ukjent felt «{name}»{suggestion(name, names)}")
                    continue
                model_field = model._meta.get_field(name)
                if model_field.is_relation:
                    references[name] = self.reference_keys(model_field, field_value, item_where)
                else:
                    values[name] = self.value(model_field, field_value, item_where)
            self.check_required(model, item, item_where)
            items.append((values, references))
        return items

    def check_references(self, page):
        model_fields = {name: page.model._meta.get_field(name) for name in page.references}
        for name, keys in page.references.items():
            self.check_keys(model_fields[name], keys, page.where)
        for relation, items in page.children.items():
            child_model = page.model._meta.get_field(relation).related_model
            for number, (_values, references) in enumerate(items, start=1):
                for name, keys in references.items():
                    self.check_keys(
                        child_model._meta.get_field(name),
                        keys,
                        f"{page.where}: «{relation}» nr. {number}",
                    )

    def known_keys(self, target):
        if issubclass(target, Page):
            return set().union(
                *(slugs for model, slugs in self.page_keys.items() if issubclass(model, target))
            )
        if target in self.keys:
            return self.keys[target]
        return None  # sponsors: checked where they are defined

    def check_keys(self, model_field, keys, where):
        target = model_field.related_model
        known = self.known_keys(target)
        if known is None:
            return
        for key in keys if isinstance(keys, list) else [keys]:
            if key is not None and key not in known:
                self.problem(
                    where,
                    f"«{model_field.name}»: finner ingen {target._meta.verbose_name} "
                    f"«{key}»{suggestion(key, known)}",
                )

    # ------------------------------------------------------------------ streams

    def stream(self, model_field, value, where):
        walk_stream(model_field.stream_block, value, f"«{model_field.name}»", self.reporter(where))

    def reporter(self, where):
        def report(place, text):
            self.problem(where, f"{place}: {text}")

        return report


def walk_stream(stream_block, items, place, report, choose=None):
    """A StreamField's items as Wagtail stores them ([{"type": …, "value": …}]), checked
    block by block. An item is `- blokktype: verdi`; a stream with only one block type
    may list the values directly. Choosers take the name of a demo image or a document's
    audience; `choose(block, key, parents)` turns it into the stored id (None: keep it)."""
    if items is None:
        items = []
    if not isinstance(items, list):
        report(place, "skal være en liste")
        return []
    child_blocks = stream_block.child_blocks
    only = next(iter(child_blocks)) if len(child_blocks) == 1 else None
    result = []
    for number, item in enumerate(items, start=1):
        item_place = f"{place} nr. {number}"
        if only and not (isinstance(item, dict) and len(item) == 1 and only in item):
            block_type, value = only, item
        elif isinstance(item, dict) and len(item) == 1:
            block_type, value = next(iter(item.items()))
        else:
            report(item_place, f"skriv blokken som «- type: …» ({', '.join(child_blocks)})")
            continue
        if block_type not in child_blocks:
            report(
                item_place,
                f"ukjent blokktype «{block_type}»{suggestion(block_type, child_blocks)}",
            )
            continue
        converted = walk_block(child_blocks[block_type], value, item_place, report, choose, [])
        result.append({"type": block_type, "value": converted})
    return result


def walk_block(block, value, place, report, choose, parents):
    if isinstance(block, blocks.StreamBlock):
        return walk_stream(block, value, place, report, choose)
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            report(place, f"skriv feltene ({', '.join(block.child_blocks)})")
            return {}
        result = {}
        for name, child_value in value.items():
            if name not in block.child_blocks:
                report(place, f"ukjent felt «{name}»{suggestion(name, block.child_blocks)}")
                continue
            result[name] = walk_block(
                block.child_blocks[name],
                child_value,
                f"{place} › «{name}»",
                report,
                choose,
                [*parents, value],
            )
        for name, child in block.child_blocks.items():
            if name in value:
                continue
            if child.required and child.get_default() in (None, "", []):
                report(place, f"mangler påkrevd felt «{name}»")
            else:  # as the admin stores a field left empty
                result[name] = walk_block(
                    child, child.get_default(), place, report, choose, [*parents, value]
                )
        return result
    if isinstance(block, blocks.ListBlock):
        if value is None or (isinstance(value, ListValue) and not value):
            value = []
        if not isinstance(value, list):
            report(place, "skal være en liste")
            return []
        return [
            walk_block(block.child_block, item, f"{place} nr. {number}", report, choose, parents)
            for number, item in enumerate(value, start=1)
        ]
    if isinstance(block, blocks.RichTextBlock):
        if value is None:
            value = ""
        if not isinstance(value, str):
            report(place, "skal være tekst (Markdown)")
            return ""
        html, problems = rich_text(value, block.features, block.name)
        for problem in problems:
            report(place, problem.split(": ", 1)[-1])
        return html
    if isinstance(block, blocks.ChooserBlock):
        return choose_key(block, value, place, report, choose, parents)
    if value is None:
        value = ""
    try:
        cleaned = block.field.clean(value)
    except ValidationError as error:
        report(place, f"«{value}»: {' '.join(error.messages)}")
        return None
    return block.get_prep_value(block.to_python(cleaned))


def choose_key(block, value, place, report, choose, parents):
    model = block.model_class
    if value in (None, ""):
        if block.required:
            report(place, "kan ikke være tomt")
        return None
    if model is get_image_model():
        known = images.PALETTES
    elif model is get_document_model():
        known = DOCUMENT_AUDIENCES
    else:
        report(place, f"kan ikke velge {model._meta.verbose_name} i demofilene")
        return None
    if value not in known:
        report(
            place, f"ukjent verdi «{value}»{suggestion(value, known)}; gyldige: {', '.join(known)}"
        )
        return None
    return value if choose is None else choose(block, value, parents)


def read_content(root=CONTENT_DIR):
    """The demo content in `root`, checked; raises DemoContentError listing every
    mistake."""
    return Reader(root).read()
