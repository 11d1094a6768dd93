"""The password forms of password-protected pages and document collections (Wagtail's view
restrictions), with a limit on tries per client address: the same guard as the logins'
(kb/core/login_guard.py), since a shared password is guessed the same way. Wagtail's own
views do the rest; kb/urls.py routes them here, at Wagtail's addresses."""

import math
from functools import wraps

from django.conf import settings
from django.shortcuts import render
from wagtail import views as page_views
from wagtail.documents.views import serve as document_views

from .login_guard import client_ip, within_limit


def limit_tries(view):
    @wraps(view)
    def limited(request, *args, **kwargs):
        if request.method == "POST" and not within_limit(
            "view-password",
            client_ip(request),
            settings.VIEW_PASSWORD_LIMIT,
            settings.VIEW_PASSWORD_LIMIT_WINDOW,
        ):
            minutes = math.ceil(settings.VIEW_PASSWORD_LIMIT_WINDOW / 60)
            return render(
                request, "core/password_tries_limited.html", {"minutes": minutes}, status=429
            )
        return view(request, *args, **kwargs)

    return limited


page_password = limit_tries(page_views.authenticate_with_password)
document_password = limit_tries(document_views.authenticate_with_password)
