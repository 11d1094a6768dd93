"""The adviser's export of the case stories (CSV and Excel) for the board's annual report:
municipality, title, themes, methods, cooperation level, period, partners by sector and the
date first published, one row per published story. It is a Wagtail report (Reports →
«Erfaringer – eksport»), so the two formats and the neutralising of formulas in both come
from Wagtail's export and kb.core.spreadsheets. Only those with the «export» permission on
case stories (the advisers, kb/moderation/roles.py) may open it."""

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from kb.core import dates

from .models import CaseStoryPage, MunicipalityPage, Sector

story_policy = ModelPermissionPolicy(CaseStoryPage)
EXPORT_PERMISSION = "export"

# One column of partners per sector, in the sectors' order.
SECTOR_COLUMNS = [(f"partners_{sector.value}", sector) for sector in Sector]

HEADINGS = {
    "municipality": "Kommune",
    "title": "Tittel",
    "themes": "Tema",
    "methods": "Metoder",
    "cooperation_level": "Grad av samarbeid",
    "period": "Periode",
    **{field: f"Partnere: {sector.label.lower()}" for field, sector in SECTOR_COLUMNS},
    "published": "Publisert",
    "url": "Adresse",
}


def story_row(story, municipalities):
    """The export's row for a story (its relations loaded with it: see stories())."""
    partners = list(story.partners.all())
    return {
        "municipality": municipalities.get(story.path[: -story.steplen], ""),
        "title": story.title,
        "themes": ", ".join(theme.name for theme in story.themes.all()),
        "methods": ", ".join(sorted(method.title for method in story.methods_used.all())),
        "cooperation_level": story.get_cooperation_level_display(),
        "period": dates.format_range(
            story.period_start, story.period_end, precision=dates.MONTH, open_end="pågår"
        ),
        **{
            field: ", ".join(partner.name for partner in partners if partner.sector == sector)
            for field, sector in SECTOR_COLUMNS
        },
        "published": dates.as_date(story.first_published_at) if story.first_published_at else "",
        "url": story.full_url or "",
    }


def stories():
    """Every published story, by municipality and title, with what its row shows."""
    return (
        CaseStoryPage.objects.live()
        .prefetch_related("themes", "methods_used", "partners")
        .order_by("path", "title")
    )


class CaseStoryExportView(ReportView):
    page_title = "Erfaringer – eksport"
    header_icon = "download"
    index_url_name = "case_story_export"
    index_results_url_name = "case_story_export_results"
    permission_policy = story_policy
    permission_required = EXPORT_PERMISSION
    columns = [
        Column("municipality", label="Kommune", accessor=lambda row: row["municipality"]),
        Column("title", label="Tittel", accessor=lambda row: row["title"]),
        Column("period", label="Periode", accessor=lambda row: row["period"]),
        DateColumn("published", label="Publisert", accessor=lambda row: row["published"]),
    ]
    list_export = list(HEADINGS)
    export_headings = HEADINGS
    paginate_by = 50

    def get_queryset(self):
        return stories()

    def get_filename(self):
        return "erfaringer"

    def municipalities(self):
        if not hasattr(self, "_municipalities"):
            self._municipalities = dict(MunicipalityPage.objects.values_list("path", "title"))
        return self._municipalities

    def to_row_dict(self, item):
        return story_row(item, self.municipalities())

    def get_table(self, object_list):
        # The table shows the same values as the export's rows.
        municipalities = self.municipalities()
        return super().get_table([story_row(story, municipalities) for story in object_list])
