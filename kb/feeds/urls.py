from django.urls import path

from .feeds import (
    AtomNewContentFeed,
    AtomThemeFeed,
    AtomTypeFeed,
    NewContentFeed,
    ThemeFeed,
    TypeFeed,
)

urlpatterns = [
    path("", NewContentFeed(), name="feed"),
    path("atom/", AtomNewContentFeed(), name="feed_atom"),
    path("tema/<slug:slug>/", ThemeFeed(), name="feed_theme"),
    path("tema/<slug:slug>/atom/", AtomThemeFeed(), name="feed_theme_atom"),
    path("<slug:kind>/", TypeFeed(), name="feed_type"),
    path("<slug:kind>/atom/", AtomTypeFeed(), name="feed_type_atom"),
]
