from django.db import models
from wagtail.admin.panels import FieldPanel


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
