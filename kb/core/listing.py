"""Filtering and pagination shared by the listing pages (methods, case stories, events)."""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404

PAGE_SIZE = 12


@dataclass
class Filter:
    """One filter of a listing page: a GET parameter and the values it accepts.

    Unknown values are ignored rather than raising: a hand-edited or outdated link still
    shows a useful page, and the template says the filter was not recognised."""

    param: str
    label: str
    choices: list[tuple[str, str]]
    selected: str = ""
    invalid: str = ""
    options: list[dict] = field(default_factory=list)

    def read(self, request):
        value = request.GET.get(self.param, "").strip()
        valid = {str(key) for key, _label in self.choices}
        if value in valid:
            self.selected = value
        elif value:
            self.invalid = value[:100]
        self.options = [
            {"value": str(key), "label": label, "selected": str(key) == self.selected}
            for key, label in self.choices
        ]
        return self.selected


def paginate(request, items, per_page=PAGE_SIZE):
    """The requested page of items; a page number that is not a number, or out of range,
    is a 404 (the page does not exist), never a 500."""
    paginator = Paginator(items, per_page)
    number = request.GET.get("side", "1")
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404("Siden finnes ikke.") from error


def querystring_without_page(request):
    params = request.GET.copy()
    params.pop("side", None)
    return params.urlencode()
