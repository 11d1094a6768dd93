"""A SAMSON self-assessment: a partnership starts one, shares its link, and each partner
answers anonymously. Nothing identifies who answered: no account, name or address is kept.
The link's token is the only key to an assessment, so it is long and random."""

import re
import secrets

from django.core.exceptions import ValidationError
from django.db import models

from .statements import HIGHEST, LOWEST, STATEMENT_KEYS

# Enough for any partnership; stops an open link from filling the database.
MAX_RESPONSES = 60


def new_token():
    return secrets.token_urlsafe(18)  # 24 characters, 144 random bits


class Assessment(models.Model):
    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    partnership = models.CharField("Partnerskap", max_length=150)
    created_at = models.DateTimeField("Opprettet", auto_now_add=True)

    class Meta:
        verbose_name = "SAMSON-vurdering"
        verbose_name_plural = "SAMSON-vurderinger"

    def __str__(self):
        return f"{self.partnership} ({self.created_at:%d.%m.%Y})"

    @property
    def is_full(self):
        return self.responses.count() >= MAX_RESPONSES


TOKEN_IN_LINK = re.compile(r"(?:^|/samson/)([A-Za-z0-9_-]{20,32})/?(?:resultat/?)?$")


def assessment_from_link(text):
    """The assessment a pasted link (or bare token) names, or None."""
    match = TOKEN_IN_LINK.search((text or "").strip().split("?")[0].split("#")[0])
    return Assessment.objects.filter(token=match[1]).first() if match else None


def validate_scores(scores):
    if not isinstance(scores, dict) or set(scores) != set(STATEMENT_KEYS):
        raise ValidationError("Alle påstandene må ha et svar.")
    for score in scores.values():
        if not isinstance(score, int) or not LOWEST <= score <= HIGHEST:
            raise ValidationError(f"Svarene må være fra {LOWEST} til {HIGHEST}.")


class Response(models.Model):
    """One partner's answers: {statement key: score}."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="responses")
    scores = models.JSONField(validators=[validate_scores])
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "svar"
        verbose_name_plural = "svar"
        ordering = ["pk"]

    def __str__(self):
        return f"Svar {self.pk} på {self.assessment}"
