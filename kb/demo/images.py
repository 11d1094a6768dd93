"""Demo images and documents, made locally (images with Pillow, documents with
kb.core.pdf): nothing is downloaded."""

import random
from io import BytesIO

from django.utils.html import escape
from PIL import Image, ImageDraw

from kb.core.pdf import html_to_pdf

PALETTES = {
    "workshop": ["#1d3557", "#457b9d", "#a8dadc", "#f1faee", "#e63946"],
    "konsert": ["#2b2d42", "#8d99ae", "#edf2f4", "#ef233c", "#d90429"],
    "verksted": ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"],
    "samling": ["#3d405b", "#81b29a", "#f2cc8f", "#e07a5f", "#f4f1de"],
    "utendors": ["#081c15", "#1b4332", "#2d6a4f", "#52b788", "#b7e4c7"],
}


def abstract_png(key, size=(1200, 800)):
    """An abstract illustration (circles and bands, no people), the same for the same key."""
    colours = PALETTES[key]
    rng = random.Random(key)
    image = Image.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(image)
    width, height = size
    for _band in range(6):
        top = rng.randint(0, height)
        draw.rectangle([0, top, width, top + rng.randint(20, 120)], fill=rng.choice(colours[1:]))
    for _circle in range(14):
        radius = rng.randint(30, 160)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=rng.choice(colours))
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def text_pdf(title, lines):
    """A one-page PDF with a title and a few lines of real text (searchable, readable by a
    screen reader), for conference materials: drawn by kb.core.pdf, in a font with every
    glyph our text uses («Handlingsplan 2024–2025»)."""
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in lines if line)
    html = (
        '<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head>"
        f"<body><h1>{escape(title)}</h1>{paragraphs}</body></html>"
    )
    return html_to_pdf(html, title=title)
