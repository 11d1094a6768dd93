"""The adviser's invitation screen in the admin (Brukere → Inviter): a municipality editor
or a member, by e-mail, as `manage.py invite_editor` does for editors."""

from django import forms
from django.contrib.auth.decorators import permission_required
from django.urls import path, reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from kb.cases.models import MunicipalityPage

from .invitations import InvitationError, invite_editor, invite_member

EDITOR, MEMBER = "editor", "member"


class InvitationForm(forms.Form):
    role = forms.ChoiceField(
        label="Inviter som",
        choices=[
            (EDITOR, "Kommuneredaktør: skriver erfaringer for kommunen sin"),
            (MEMBER, "Medlem: leser materialet for medlemmer på nettstedet"),
        ],
        widget=forms.RadioSelect,
        initial=EDITOR,
    )
    municipality = forms.ModelChoiceField(
        label="Kommune",
        queryset=MunicipalityPage.objects.filter(is_member=True).order_by("title"),
        required=False,
        empty_label="Velg kommune",
        help_text="Bare for kommuneredaktører. Listen viser medlemskommunene.",
    )
    email = forms.EmailField(label="E-postadresse", help_text="Invitasjonen sendes hit.")
    name = forms.CharField(
        label="Navn", required=False, max_length=150, help_text="Fornavn og etternavn."
    )

    def clean(self):
        data = super().clean()
        if data.get("role") == EDITOR and not data.get("municipality"):
            self.add_error("municipality", "Velg kommunen redaktøren skal skrive for.")
        return data


@method_decorator(permission_required("auth.add_user", raise_exception=True), name="dispatch")
class InvitationView(WagtailAdminTemplateMixin, FormView):
    form_class = InvitationForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = "Inviter en bruker"
    header_icon = "mail"
    success_url = reverse_lazy("invite_user")
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": "Dashbord"},
        {"url": reverse_lazy("wagtailusers_users:index"), "label": "Brukere"},
    ]

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=reverse("invite_user"),
            submit_button_label="Send invitasjon",
            submit_button_active_label="Sender …",
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            if data["role"] == EDITOR:
                user, created = invite_editor(
                    data["municipality"].number, data["email"], data["name"]
                )
                role = f"redaktør for {data['municipality'].title}"
            else:
                user, created = invite_member(data["email"], data["name"])
                role = "medlem"
        except InvitationError as error:
            messages.error(self.request, str(error))
            return self.form_invalid(form)
        if created:
            messages.success(self.request, f"{user.email} er invitert som {role}.")
        else:
            messages.success(
                self.request,
                f"{user.email} fantes fra før, er nå {role} og har fått invitasjonen på nytt.",
            )
        return super().form_valid(form)


@hooks.register("register_admin_urls")
def register_invitation_url():
    return [path("inviter/", InvitationView.as_view(), name="invite_user")]


class InvitationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("auth.add_user")


@hooks.register("register_settings_menu_item")
def register_invitation_menu_item():
    return InvitationMenuItem(
        "Inviter brukere", reverse("invite_user"), name="invite-users", icon_name="mail", order=601
    )
