from django.contrib.auth.models import Group
from django.db import models, transaction
from wagtail.models import AbstractGroupApprovalTask, Collection, Page

from kb.core.images import ImageConsentError, images_blocking_publication


class MunicipalityAccess(models.Model):
    """What a member municipality's editors get: their group and their own collection of
    images and documents. Kept apart from the page so that page revisions never carry
    permissions."""

    municipality = models.OneToOneField(
        "cases.MunicipalityPage", on_delete=models.CASCADE, related_name="access"
    )
    group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="municipality_access"
    )
    collection = models.OneToOneField(
        Collection, on_delete=models.PROTECT, related_name="municipality_access"
    )

    class Meta:
        verbose_name = "kommunetilgang"
        verbose_name_plural = "kommunetilganger"

    def __str__(self):
        return self.group.name


class AdviserApprovalTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, except that "approve" is not offered while the page uses
    an image without credit and valid consent: approving would publish it. The editor's
    form can still ask for it together with new content; then the approval is undone and
    the page stays in moderation (kb.core.wagtail_hooks says why)."""

    def on_action(self, task_state, user, action_name, **kwargs):
        try:
            with transaction.atomic():
                return super().on_action(task_state, user, action_name, **kwargs)
        except ImageConsentError:
            return None

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if isinstance(obj, Page) and images_blocking_publication(
            obj.get_latest_revision_as_object()
        ):
            return [action for action in actions if action[0] != "approve"]
        return actions

    @classmethod
    def get_description(cls):
        return (
            "Rådgiverne godkjenner eller ber om endringer. Sider med bilder uten samtykke "
            "kan ikke godkjennes."
        )

    class Meta:
        verbose_name = "godkjenning av rådgiver"
        verbose_name_plural = "godkjenninger av rådgiver"
