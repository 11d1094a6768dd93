from django.contrib.auth.models import Group
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask, Collection, Page

from kb.core.images import images_blocking_publication


class BoardMember(models.Model):
    """A board member of the branch; the board's sponsor scheme ("fadderordning") gives
    each member municipality one of them as its contact ("fadder")."""

    name = models.CharField("Navn", max_length=200)
    email = models.EmailField("E-post", blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")]

    class Meta:
        ordering = ["name"]
        verbose_name = "styremedlem"
        verbose_name_plural = "styremedlemmer"

    def __str__(self):
        return self.name


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
    an image without credit and consent: approving would publish it."""

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
