"""Shared test helpers: logging a client in, the admin form data for a case story, and an
image file to upload."""

import io

import PIL.Image
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

# Demo usernames, kept only until the test files that still expect the demo site are
# converted to tests.factories (AdviserFactory, EditorFactory and the conftest fixtures).
ADVISER = "radgiver"
EDITOR_A = "redaktor-bodo"  # Bodø, 1804


def log_in(client, user):
    """Logs `client` in as `user` (a user, or a username); None leaves it anonymous."""
    if isinstance(user, str):
        user = get_user_model().objects.get(username=user)
    if user is not None:
        client.force_login(user)
    return client


def story_form_data(
    title, *, slug, summary="Kort oppsummering.", image=None, themes=(), methods=()
):
    """What the page editor posts for a case story, as the admin form names its fields."""
    body = [("paragraph", rich_text("<p>Vi prøvde noe nytt sammen med biblioteket.</p>"))]
    if image is not None:
        body.append(("image", {"image": image.pk, "alt_text": "Verksted", "caption": ""}))
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "image": image.pk if image is not None else "",
            "culture_school": "Kulturskolen",
            "period_start": "2025-01-15",
            "period_end": "",
            "for_youth": "on",
            "cooperation_level": "samskaping",
            "partners": inline_formset([{"name": "Biblioteket", "sector": "offentlig"}]),
            "challenge": rich_text("<p>Få unge brukte tilbudet.</p>"),
            "body": streamfield(body),
            "results": inline_formset(
                [
                    {
                        "target_group": "Ungdom 13–16 år",
                        "intended_change": "Flere deltar",
                        "indicator": "Antall deltakere",
                        "baseline": "5",
                        "result": "25",
                        "measured_at": "2025-06-01",
                    }
                ]
            ),
            "lessons_learned": rich_text("<p>Start med ungdommenes egne spørsmål.</p>"),
            "contact_name": "",
            "contact_email": "",
            "comments": inline_formset([]),
        }
    )
    data["themes"] = [theme.pk for theme in themes]
    data["methods_used"] = [method.pk for method in methods]
    return data


def png_upload(name="bilde.png"):
    """A small PNG, as a browser uploads it in the image form."""
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), "image/png")
