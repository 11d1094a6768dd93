"""Which page type may be created where."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from kb.cases.models import CaseIndexPage, CaseStoryPage, MunicipalityPage
from kb.conferences.models import ConferenceIndexPage, EventPage, EventSeriesPage
from kb.core.models import StandardPage
from kb.methods.models import MethodIndexPage, MethodPage
from kb.themes.models import ThemeIndexPage

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
def test_singletons_cannot_be_added_twice(model):
    # The demo site already has one of each; a second is refused wherever it would go.
    home = HomePage.objects.get()
    assert not model.can_create_at(home)
    assert not model.can_create_at(Page.get_first_root_node())


def test_case_story_only_below_a_municipality():
    bodo = MunicipalityPage.objects.get(number="1804")
    methods = MethodIndexPage.objects.get()
    assert CaseStoryPage.can_create_at(bodo)
    assert not CaseStoryPage.can_create_at(methods)
    assert not CaseStoryPage.can_create_at(HomePage.objects.get())


def test_admin_refuses_a_page_type_in_the_wrong_place(admin_client):
    methods = MethodIndexPage.objects.get()
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


@pytest.mark.parametrize("model", EDITABLE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_opens_in_the_editor(admin_client, model):
    page = model.objects.first()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert admin_client.get(f"/admin/pages/{page.pk}/view_draft/").status_code == 200
    parent = page.get_parent()
    if model.can_create_at(parent):
        app, name = model._meta.app_label, model._meta.model_name
        assert admin_client.get(f"/admin/pages/add/{app}/{name}/{parent.pk}/").status_code == 200
