"""What the adviser's dashboard shows: published stories per member municipality, and the
members with no story in the last twelve months ("god medlemsdialog"), by sponsor."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max
from django.utils import timezone

from kb.cases.models import CaseStoryPage, MunicipalityPage
from kb.core.listing import parent_path

QUIET_AFTER = datetime.timedelta(days=365)


@dataclass
class MunicipalityActivity:
    municipality: MunicipalityPage
    published_stories: int
    last_published: datetime.datetime | None

    @property
    def quiet(self):
        """No story published in the last twelve months."""
        return self.last_published is None or self.last_published < timezone.now() - QUIET_AFTER


def member_activity():
    """One row per member municipality, in two queries however many stories there are."""
    # A story's parent path is its own path less one step; group the live stories by it.
    # order_by() drops the tree's ordering by path, which would otherwise join the GROUP BY
    # and give one row per story (a count of 1, whatever the number of stories).
    stories_by_parent = {
        row["parent_path"]: row
        for row in CaseStoryPage.objects.live()
        .order_by()
        .annotate(parent_path=parent_path())
        .values("parent_path")
        .annotate(count=Count("id"), last=Max("first_published_at"))
    }
    municipalities = (
        MunicipalityPage.objects.filter(is_member=True)
        .select_related("sponsor")
        .order_by("sponsor__name", "title")
    )
    return [
        MunicipalityActivity(
            municipality,
            stories_by_parent.get(municipality.path, {}).get("count", 0),
            stories_by_parent.get(municipality.path, {}).get("last"),
        )
        for municipality in municipalities
    ]


def by_sponsor(rows):
    """[(sponsor, rows)] in the sponsors' name order; municipalities without one come last."""
    groups = {}
    for row in rows:
        groups.setdefault(row.municipality.sponsor, []).append(row)
    return sorted(
        groups.items(), key=lambda item: (item[0] is None, item[0].name if item[0] else "")
    )
