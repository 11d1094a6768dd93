"""What each result shows: its summary with the matched words marked, a few facts, and for an
event the materials whose titles match the query."""

import re
from dataclasses import dataclass, field
from html import escape

from django.utils.safestring import mark_safe
from wagtail.documents import get_document_model
from wagtail.models import Collection

from kb.core.text import page_summary

from .vocabulary import stems

WORD = re.compile(r"([^\W_]+)")
MATERIALS_PER_EVENT = 3


class Highlighter:
    """Marks the words of a text that have a stem in common with the query's words."""

    def __init__(self, query_words, texts):
        words_in_texts = {word for text in texts for word in WORD.findall(text)}
        self.stems = stems({*query_words, *words_in_texts})
        self.wanted = {self.stems[word.lower()] for word in query_words} - {""}

    def matches(self, word):
        return self.stems.get(word.lower(), "") in self.wanted

    def matched_words(self, text):
        return {word.lower() for word in WORD.findall(text) if self.matches(word)}

    def mark(self, text):
        # With a group in the pattern, split() alternates: other, word, other, ..., other.
        parts = WORD.split(text)
        return mark_safe(  # noqa: S308 (every part is escaped)
            "".join(
                f"<mark>{escape(part)}</mark>" if index % 2 and self.matches(part) else escape(part)
                for index, part in enumerate(parts)
            )
        )


@dataclass
class Material:
    title: str
    kind: str
    url: str
    members_only: bool = False


@dataclass
class Snippet:
    page: object
    summary: str
    facts: list = field(default_factory=list)
    materials: list = field(default_factory=list)


def snippets(pages, query_words):
    """A snippet per (specific) page, in the same order."""
    pages = list(pages)
    summaries = [page_summary(page) for page in pages]
    material_data = [page.search_materials() for page in pages]
    highlighter = Highlighter(
        query_words, [*summaries, *(data["title"] for found in material_data for data in found)]
    )
    matching = [
        sorted(
            (data for data in found if highlighter.matched_words(data["title"])),
            key=lambda data: -len(highlighter.matched_words(data["title"])),
        )[:MATERIALS_PER_EVENT]
        for found in material_data
    ]
    materials = _materials([data for found in matching for data in found], highlighter)
    return [
        Snippet(
            page=page,
            summary=highlighter.mark(summary),
            facts=page.search_facts(),
            materials=[materials[id(data)] for data in found if id(data) in materials],
        )
        for page, summary, found in zip(pages, summaries, matching, strict=True)
    ]


def _materials(found, highlighter):
    """{id(material data): Material}, loading the documents of all of them at once."""
    documents = get_document_model().objects.in_bulk(
        [data["document"] for data in found if data.get("document")]
    )
    restricted = {
        collection.pk
        for collection in Collection.objects.filter(
            pk__in={document.collection_id for document in documents.values()}
        )
        if collection.get_view_restrictions().exists()
    }
    materials = {}
    for data in found:
        document = documents.get(data.get("document"))
        url = document.url if document else data.get("url")
        if url:
            materials[id(data)] = Material(
                title=highlighter.mark(data["title"]),
                kind=data["kind_label"],
                url=url,
                members_only=bool(document and document.collection_id in restricted),
            )
    return materials
