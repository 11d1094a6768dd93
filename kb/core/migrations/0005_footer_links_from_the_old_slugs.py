# The footer used to find its pages by slug; a site created before the FooterLinks setting
# keeps the same links: each empty choice is filled with the standard page of that slug
# below the site's root (as the footer found it), if there is one.

from django.db import migrations

OLD_FOOTER_SLUGS = {
    "about_page": "om",
    "accessibility_page": "tilgjengelighetserklaering",
    "privacy_page": "personvern",
}


def fill_footer_links(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    StandardPage = apps.get_model("core", "StandardPage")
    FooterLinks = apps.get_model("core", "FooterLinks")
    for site in Site.objects.select_related("root_page"):
        footer, _ = FooterLinks.objects.get_or_create(site=site)
        below_root = StandardPage.objects.filter(path__startswith=site.root_page.path)
        changed = False
        for field, slug in OLD_FOOTER_SLUGS.items():
            if getattr(footer, f"{field}_id") is None:
                page = below_root.filter(slug=slug).order_by("path").first()
                if page is not None:
                    setattr(footer, f"{field}_id", page.pk)
                    changed = True
        if changed:
            footer.save()


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0004_footerlinks'),
    ]

    operations = [
        migrations.RunPython(fill_footer_links, migrations.RunPython.noop),
    ]
