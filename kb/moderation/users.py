"""The admin's user views, with the superuser status kept to superusers.

The adviser manages users (roles.py gives them add_user and change_user), but Wagtail's
user form lets anyone with change_user tick «Administrator» and change any user's
password, a superuser's included. Here only a superuser sees that box, and only a
superuser can open a superuser's edit view (and so its password form); deleting one is
already kept to superusers by Wagtail (user_can_delete_user).
"""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail.users import forms as wagtail_forms
from wagtail.users.views import users as wagtail_views

SUPERUSER_ONLY = "Bare administratorer kan endre en administrator."


class SuperuserFieldMixin:
    def __init__(self, *args, may_grant_superuser=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_grant_superuser:
            # A field that is not in the form is not saved, whatever the request sends.
            self.fields.pop("is_superuser", None)


class UserCreationForm(SuperuserFieldMixin, wagtail_forms.UserCreationForm):
    pass


class UserEditForm(SuperuserFieldMixin, wagtail_forms.UserEditForm):
    pass


class CreateView(wagtail_views.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "may_grant_superuser": self.request.user.is_superuser}


class EditView(wagtail_views.EditView):
    def dispatch(self, request, *args, **kwargs):
        if self.object.is_superuser and not request.user.is_superuser:
            messages.error(request, SUPERUSER_ONLY)
            return redirect("wagtailusers_users:index")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "may_grant_superuser": self.request.user.is_superuser}


class UserViewSet(wagtail_views.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm
