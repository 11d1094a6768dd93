"""The methods booklet in the admin: Rapporter → Metodehefte (PDF), for the advisers."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def register_booklet_urls():
    return [
        path("metodehefte/", views.booklet_choices, name="methods_booklet"),
        path("metodehefte/pdf/", views.booklet_download, name="methods_booklet_pdf"),
    ]


class BookletMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_make_booklet(request.user)


@hooks.register("register_reports_menu_item")
def register_booklet_menu_item():
    return BookletMenuItem(
        "Metodehefte (PDF)",
        reverse("methods_booklet"),
        name="methods-booklet",
        icon_name="doc-full",
        order=900,
    )
