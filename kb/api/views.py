"""The API's endpoints, with the filters the listings have: by theme (`tema`, a theme's
slug) and by municipality (`kommune`, its number); by type with Wagtail's own `type`."""

import re

from django.core.exceptions import ValidationError
from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import Site

from kb.cases.models import MunicipalityPage
from kb.core.listing import public
from kb.themes.models import Theme, themed_page_relations

# Longer values are no slug or municipality number: refused rather than looked up.
MAX_FILTER_LENGTH = 120


def _filter_value(request, name):
    value = request.GET.get(name)
    if value is None:
        return None
    if len(value) > MAX_FILTER_LENGTH:
        raise BadRequestError(f"«{name}» er ikke en gyldig verdi.")
    return value.strip()


class ThemeFilter(BaseFilterBackend):
    """?tema=<slug>: the pages tagged with that theme (of every type tagged by theme); an
    unknown theme gives an empty list."""

    def filter_queryset(self, request, queryset, view):
        slug = _filter_value(request, "tema")
        if slug is None:
            return queryset
        tagged = Q()
        for model, _accessor in themed_page_relations():
            tagged |= Q(pk__in=model.objects.filter(themes__slug=slug).values("pk"))
        return queryset.filter(tagged)


class MunicipalityFilter(BaseFilterBackend):
    """?kommune=<number>: the pages below that municipality (its case stories); an unknown
    number gives an empty list."""

    def filter_queryset(self, request, queryset, view):
        number = _filter_value(request, "kommune")
        if number is None:
            return queryset
        municipality = MunicipalityPage.objects.live().filter(number=number).first()
        if municipality is None:
            return queryset.none()
        return queryset.descendant_of(municipality)


NUMBER = re.compile(r"[0-9]{1,9}")


class RefusesBadLookups:
    """What Wagtail's API would answer with a 500 is a 400: `find/?id=` with something
    other than a number, an `offset` too large for the database, `?site=` naming no site
    (PublicPagesAPIViewSet.get_base_queryset), a NUL character in any parameter (SQLite's
    full-text search reads `?search=` only up to it and fails, PostgreSQL refuses it)."""

    def check_query_parameters(self, queryset):
        if any("\x00" in value for _name, values in self.request.GET.lists() for value in values):
            raise BadRequestError("Adressen inneholder et ugyldig tegn (NUL).")
        offset = self.request.GET.get("offset")
        if offset is not None and not NUMBER.fullmatch(offset):
            raise BadRequestError("«offset» må være et tall fra 0 til 999999999.")
        return super().check_query_parameters(queryset)

    def find_object(self, queryset, request):
        if "id" in request.GET and not NUMBER.fullmatch(request.GET["id"]):
            raise BadRequestError("«id» må være et tall.")
        return super().find_object(queryset, request)


class PublicPagesAPIViewSet(RefusesBadLookups, PagesAPIViewSet):
    filter_backends = [
        backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter
    ] + [ThemeFilter, MunicipalityFilter, SearchFilter]  # search last, as in Wagtail
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["tema", "kommune"])

    def get_base_queryset(self):
        try:
            pages = super().get_base_queryset()
        except (Site.DoesNotExist, ValueError, ValidationError) as error:
            raise BadRequestError("«site» er ikke et nettsted her.") from error
        # Wagtail lets a logged-in member see restricted pages; here nobody does.
        return public(pages, self.request)


class ThemesAPIViewSet(RefusesBadLookups, BaseAPIViewSet):
    model = Theme
    name = "themes"
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug", "description"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "slug"]

    def get_queryset(self):
        return Theme.objects.order_by("sort_order", "name")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("themes", ThemesAPIViewSet)
