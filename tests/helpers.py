"""Shared test helpers: the admin form data for a case story, and an image file to upload."""

import io

import PIL.Image
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


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
