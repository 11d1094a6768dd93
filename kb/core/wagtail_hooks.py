"""The admin's side of the image-consent rule (enforced in kb.core.images.ImageConsentMixin):
each view that can publish tells the user, in Norwegian, which images stop it, instead of
failing; and the undelivered e-mail report."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import email_admin
from .images import ImageConsentError, check_image_consent, images_blocking_publication


@hooks.register("before_publish_page")
def block_publishing_without_image_consent(request, page):
    """The revision is already saved as a draft at this point (a new page too: see
    ImageConsentMixin.save), so nothing the editor wrote is lost; publishing stops and the
    editor is told which images need consent."""
    try:
        check_image_consent(page)
    except ImageConsentError as error:
        messages.error(request, error.message)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


def _pages_held_back(pages):
    """(page, images) for each page whose images keep it from going live."""
    held = []
    for page in pages:
        blocking = images_blocking_publication(page)
        if blocking:
            held.append((page, blocking))
    return held


def _describe(held):
    return "; ".join(
        f"«{page.get_admin_display_title()}» ("
        + ", ".join(f"«{image.title}»" for image in images)
        + ")"
        for page, images in held
    )


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_without_image_consent(request, action_type, objects, action):
    """Bulk publishing publishes all the chosen pages or none: if one of them (or, when
    asked, a draft page below them) uses an image without credit or valid consent, nothing
    is published and the adviser is told which pages and images."""
    if action_type != "publish":
        return None
    pages = [page.get_latest_revision_as_object() for page in objects]
    if action.cleaned_form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += [
                draft.get_latest_revision_as_object()
                for draft in page.get_descendants().not_live().specific()
            ]
    held = _pages_held_back(pages)
    if not held:
        return None
    messages.error(
        request,
        "Ingen sider ble publisert. Disse sidene bruker bilder uten kreditering eller "
        f"gyldig samtykke: {_describe(held)}. Rediger bildene under Bilder, eller publiser "
        "de andre sidene uten disse.",
    )
    return redirect(action.next_url)  # checked by Wagtail: a safe URL of this site


@hooks.register("after_copy_page")
def tell_which_copies_stayed_drafts(request, page, new_page):
    """A copy or an alias of a live page that uses an image without valid consent is kept
    as a draft (ImageConsentMixin.save); say so, instead of only «kopiert»."""
    if not (request.POST.get("publish_copies") or request.POST.get("alias")):
        return
    copies = [new_page.specific, *new_page.get_descendants().not_live().specific()]
    held = _pages_held_back(copy for copy in copies if not copy.live)
    if held:
        messages.warning(
            request,
            "Disse kopiene ble lagret som utkast og ikke publisert, fordi de bruker bilder "
            f"uten kreditering eller gyldig samtykke: {_describe(held)}.",
        )


@hooks.register("after_edit_page")
def tell_why_approval_did_not_publish(request, page):
    """Approving a page whose images lack consent is refused by the approval task
    (kb.moderation): the page stays in moderation, and the adviser is told why."""
    if request.POST.get("workflow-action-name") != "approve":
        return
    page = page.specific
    state = page.current_workflow_state
    if state is None or not state.is_active:
        return
    held = _pages_held_back([page.get_latest_revision_as_object()])
    if held:
        messages.error(
            request,
            "Siden ble ikke godkjent eller publisert, fordi den bruker bilder uten kreditering "
            f"eller gyldig samtykke: {_describe(held)}.",
        )


@hooks.register("register_admin_urls")
def register_undelivered_email_urls():
    report = email_admin.UndeliveredEmailReportView
    return [
        path("reports/e-post/", report.as_view(), name="undelivered_email_report"),
        path(
            "reports/e-post/results/",
            report.as_view(results_only=True),
            name="undelivered_email_report_results",
        ),
        path(
            "reports/e-post/<int:pk>/send/",
            email_admin.retry_email,
            name="undelivered_email_retry",
        ),
    ]


class UndeliveredEmailMenuItem(MenuItem):
    def is_shown(self, request):
        return email_admin.outgoing_email_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_undelivered_email_menu_item():
    return UndeliveredEmailMenuItem(
        "E-post som ikke er levert",
        reverse("undelivered_email_report"),
        name="undelivered-email",
        icon_name="mail",
        order=1400,
    )


@hooks.register("construct_homepage_panels")
def add_undelivered_email_panel(request, panels):
    if email_admin.outgoing_email_policy.user_has_permission(request.user, "view"):
        emails = list(email_admin.needing_attention())
        if emails:
            panels.append(email_admin.UndeliveredEmailPanel(emails))
