"""Password reset for the admin: rate-limited, and open to invited editors.

An invited editor gets an unusable password (invitations.py) until they choose one through
the invitation's link. Django's reset form skips unusable passwords, because elsewhere
they mark accounts that must not log in with a password; here that would strand an editor
whose invitation link has expired. So an unusable password counts as "still invited" only
for an active user who has never logged in and who is in a municipality's editor group;
every other user with an unusable password is still skipped.

The limits (per e-mail address and per client address, in Django's cache: Redis in
production, so shared by every process) stop the form being used to flood an inbox or to
probe addresses; the answer is the same whether or not the address has an account.
"""

import unicodedata

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView

from kb.core.login_guard import client_ip, within_limit

TOO_MANY_REQUESTS = (
    "Det er bedt om nytt passord for mange ganger på kort tid. Prøv igjen senere, "
    "eller kontakt rådgiveren."
)


def same_address(first, second):
    """Django's own comparison for reset addresses: a look-alike address (the dotless i of
    Turkish, say) that the database's case-insensitive match lets through gets no mail."""
    return (
        unicodedata.normalize("NFKC", first).casefold()
        == unicodedata.normalize("NFKC", second).casefold()
    )


class PasswordResetForm(WagtailPasswordResetForm):
    def get_users(self, email):
        yield from super().get_users(email)
        user_model = get_user_model()
        email_field = user_model.get_email_field_name()
        invited = user_model._default_manager.filter(
            **{f"{email_field}__iexact": email},
            is_active=True,
            last_login__isnull=True,
            groups__municipality_access__isnull=False,
        ).distinct()
        for user in invited:
            if not user.has_usable_password() and same_address(email, getattr(user, email_field)):
                yield user


class PasswordResetView(WagtailPasswordResetView):
    def form_valid(self, form):
        window = settings.PASSWORD_RESET_LIMIT_WINDOW
        # Both counters count every request, so one cannot be used to reset the other.
        email_ok = within_limit(
            "reset-email",
            form.cleaned_data["email"],
            settings.PASSWORD_RESET_LIMIT_PER_EMAIL,
            window,
        )
        address_ok = within_limit(
            "reset-ip", client_ip(self.request), settings.PASSWORD_RESET_LIMIT_PER_IP, window
        )
        if not (email_ok and address_ok):
            form.add_error(None, TOO_MANY_REQUESTS)
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)
