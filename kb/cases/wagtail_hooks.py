from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import BoardMember


class BoardMemberViewSet(SnippetViewSet):
    model = BoardMember
    icon = "group"
    menu_label = "Styremedlemmer"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "email"]


register_snippet(BoardMemberViewSet)
