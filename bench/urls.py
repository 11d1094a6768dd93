"""The site's URLs plus /bench/floor/, the smallest Django view: what a request costs
under the same gunicorn, nginx and middleware before the site does anything."""

from django.http import HttpResponse
from django.urls import include, path


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), path("", include("kb.urls"))]
