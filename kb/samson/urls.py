from django.urls import path

from . import views

app_name = "samson"
urlpatterns = [
    path("", views.start, name="start"),
    path("<str:token>/", views.assessment, name="assessment"),
    path("<str:token>/resultat/", views.result, name="result"),
    path("<str:token>/resultat/utskrift/", views.printable, name="printable"),
    path("<str:token>/resultat.csv", views.result_csv, name="csv"),
]
