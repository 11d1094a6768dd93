"""Points Wagtail's default Site record at SITE_URL. Wagtail's migrations leave it at
localhost:80, and every full URL (sitemap, canonical links, e-mail links) comes from it, so
the release step runs this at every deploy; `make run` runs it for the local address."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from kb.core.site_url import SiteUrlError, site_address


class Command(BaseCommand):
    help = (
        "Sets the default Wagtail site's host name and port from SITE_URL, so that the "
        "sitemap, canonical links and e-mails use the real address. Safe to run at every "
        "deploy: it changes nothing when the site already matches."
    )

    def handle(self, *args, **options):
        try:
            hostname, port = site_address(settings.SITE_URL)
        except SiteUrlError as error:
            raise CommandError(str(error)) from None
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError(
                "Fant ingen standardside i Wagtail (Site med «is_default_site»). "
                "Kjør «manage.py migrate» først, eller velg en under Innstillinger → Nettsteder."
            )
        if (site.hostname, site.port) == (hostname, port):
            self.stdout.write(f"Nettstedet har allerede adressen {site.root_url}; uendret.")
            return
        if Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
            raise CommandError(
                f"Et annet nettsted i Wagtail bruker allerede {hostname}:{port}. Endre eller "
                "slett det under Innstillinger → Nettsteder, og kjør kommandoen igjen."
            )
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])  # clears Wagtail's cache of site URLs
        self.stdout.write(self.style.SUCCESS(f"Nettstedets adresse er nå {site.root_url}."))
