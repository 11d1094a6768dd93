from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from wagtail import hooks

from .images import check_image_consent


@hooks.register("before_publish_page")
def block_publishing_without_image_consent(request, page):
    """The revision is already saved as a draft at this point, so nothing the editor wrote
    is lost; publishing stops and the editor is told which images need consent."""
    try:
        check_image_consent(page)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
