"""Demo images and documents, drawn locally with Pillow: nothing is downloaded."""

import random
from io import BytesIO

from PIL import Image, ImageDraw

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
    """A one-page PDF with a title and a few lines of text, for conference materials."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), title, fill="black", font_size=48)
    for number, line in enumerate(lines):
        draw.text((100, 220 + number * 50), line, fill="black", font_size=30)
    buffer = BytesIO()
    page.save(buffer, format="PDF", title=title)
    return buffer.getvalue()
