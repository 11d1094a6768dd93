"""PDFs with real text, drawn from HTML and CSS by WeasyPrint: a method's worksheet, the
demo documents, and later a booklet of methods. Text stays text (searchable, copyable, read
aloud by screen readers), in DejaVu, whose glyphs cover Norwegian and Sámi letters and the
typographic dashes and quotes our text uses.

WeasyPrint needs Pango from the system (Debian: libpango-1.0-0, libpangoft2-1.0-0, and
fonts-dejavu-core for the font); it is imported when a PDF is made, so the site starts
without it."""

from django.template.loader import render_to_string

# The page and type every PDF shares; a template adds its own rules after these.
BASE_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; } }
html { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45;
       color: #1b1b1b; }
h1 { font-size: 20pt; margin: 0 0 4mm; line-height: 1.2; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
a { color: #1d4f91; }
"""


PANGO_MISSING = (
    "PDF-er kan ikke lages her: WeasyPrint mangler Pango. Installer systempakkene "
    "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)."
)


class PdfUnavailable(RuntimeError):
    """WeasyPrint's system libraries are missing; the message says what to install."""


def html_to_pdf(html, base_url=None, title=None, css=""):
    """The PDF (bytes) of an HTML document. `title`: the PDF's own title (its metadata,
    which readers show), when the HTML has none; `css`: rules after the shared ones (the
    templates hold no <style>: the site's content security policy forbids it)."""
    try:
        from weasyprint import CSS, HTML
    except OSError as error:
        raise PdfUnavailable(f"{PANGO_MISSING} ({error})") from error

    stylesheets = [CSS(string=BASE_CSS + css)]
    document = HTML(string=html, base_url=base_url).render(stylesheets=stylesheets)
    if title:
        document.metadata.title = title
    document.metadata.lang = "nb"
    return document.write_pdf()


def render_pdf(template_name, context, request=None, title=None, css=""):
    """The PDF of a Django template (rendered with `context`)."""
    html = render_to_string(template_name, context, request=request)
    base_url = request.build_absolute_uri("/") if request is not None else None
    return html_to_pdf(html, base_url=base_url, title=title, css=css)
