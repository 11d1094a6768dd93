"""Which page type may be created where."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from kb.cases.models import CaseIndexPage, CaseStoryPage, MunicipalityPage
from kb.conferences.models import ConferenceIndexPage, EventPage, EventSeriesPage
from kb.core.models import StandardPage
from kb.methods.models import MethodIndexPage, MethodPage
from kb.themes.models import ThemeIndexPage

from . import factories

pytestmark = pytest.mark.django_db

ALLOWED_CHILDREN = {
    HomePage: {
        MethodIndexPage,
        CaseIndexPage,
        ConferenceIndexPage,
        ThemeIndexPage,
        StandardPage,
    },
    MethodIndexPage: {MethodPage},
    MethodPage: set(),
    CaseIndexPage: {MunicipalityPage},
    MunicipalityPage: {CaseStoryPage},
    CaseStoryPage: set(),
    ConferenceIndexPage: {EventPage, EventSeriesPage},
    EventSeriesPage: {EventPage},
    EventPage: set(),
    ThemeIndexPage: set(),
    StandardPage: {StandardPage},
}


@pytest.mark.parametrize("parent_model", list(ALLOWED_CHILDREN), ids=lambda m: m.__name__)
def test_allowed_subpage_types(parent_model):
    assert set(parent_model.allowed_subpage_models()) == ALLOWED_CHILDREN[parent_model]


def test_home_page_only_at_the_root():
    assert HomePage.allowed_parent_page_models() == [Page]


@pytest.mark.parametrize(
    "model", [HomePage, MethodIndexPage, CaseIndexPage, ConferenceIndexPage, ThemeIndexPage]
)
def test_singletons_cannot_be_added_twice(model, home):
    # The base site already has one of each; a second is refused wherever it would go.
    assert model.objects.count() == 1
    assert not model.can_create_at(home)
    assert not model.can_create_at(Page.get_first_root_node())


def test_singletons_can_be_added_where_they_belong_while_missing(home, method_index):
    method_index.delete()
    assert MethodIndexPage.can_create_at(home)
    assert not MethodIndexPage.can_create_at(Page.get_first_root_node())


def test_case_story_only_below_a_municipality(home, method_index, municipality):
    assert CaseStoryPage.can_create_at(municipality)
    assert not CaseStoryPage.can_create_at(method_index)
    assert not CaseStoryPage.can_create_at(home)


def test_admin_refuses_a_page_type_in_the_wrong_place(admin_client, method_index):
    methods = method_index
    allowed = admin_client.get(f"/admin/pages/add/methods/methodpage/{methods.pk}/")
    refused = admin_client.get(f"/admin/pages/add/cases/casestorypage/{methods.pk}/")
    assert allowed.status_code == 200
    # Wagtail answers a forbidden page type with its permission-denied redirect.
    assert refused.status_code == 302
    assert refused["Location"] == "/admin/"


EDITABLE_TYPES = [
    HomePage,
    MethodIndexPage,
    MethodPage,
    CaseIndexPage,
    MunicipalityPage,
    CaseStoryPage,
    ConferenceIndexPage,
    EventSeriesPage,
    EventPage,
    ThemeIndexPage,
    StandardPage,
]


PAGE_FACTORIES = {
    MethodPage: factories.MethodPageFactory,
    MunicipalityPage: factories.MunicipalityPageFactory,
    CaseStoryPage: lambda: factories.CaseStoryPageFactory(detailed=True),
    EventSeriesPage: factories.EventSeriesPageFactory,
    EventPage: lambda: factories.EventPageFactory(
        organisers=factories.EventOrganiserFactory.build_batch(2)
    ),
    StandardPage: factories.StandardPageFactory,
}


@pytest.mark.parametrize("model", EDITABLE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_opens_in_the_editor(admin_client, model):
    # The home and section pages are in the base site; the others are made here.
    page = PAGE_FACTORIES[model]() if model in PAGE_FACTORIES else model.objects.get()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert admin_client.get(f"/admin/pages/{page.pk}/view_draft/").status_code == 200
    parent = page.get_parent()
    if model.can_create_at(parent):
        app, name = model._meta.app_label, model._meta.model_name
        assert admin_client.get(f"/admin/pages/add/{app}/{name}/{parent.pk}/").status_code == 200
