"""The site's public address (SITE_URL) as Wagtail's Site record keeps it: a host name and a
port. Wagtail builds every full URL from that record (the sitemap, canonical links, «Se
siden» in e-mails), and it knows the scheme only from the port (443 is https, anything else
http). An address the record cannot represent is refused here, with a message, rather than
turned into wrong links. No models here: the settings import it."""

from urllib.parse import urlsplit

EXAMPLE = "https://samskaping.example.no"


class SiteUrlError(ValueError):
    pass


def site_address(url):
    """(hostname, port) for a SITE_URL such as https://samskaping.example.no or
    http://127.0.0.1:8000. Raises SiteUrlError saying what is wrong."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteUrlError(
            f"SITE_URL må være en full adresse med http:// eller https://, for eksempel "
            f"{EXAMPLE}, ikke «{url}»."
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise SiteUrlError(
            f"SITE_URL skal bare ha skjema og vertsnavn (og eventuelt port), for eksempel "
            f"{EXAMPLE}, uten sti, spørring eller anker: «{url}»."
        )
    if parts.username or parts.password or ":" in parts.hostname:
        raise SiteUrlError(
            f"SITE_URL må ha et vertsnavn eller en IPv4-adresse, uten brukernavn: «{url}»."
        )
    try:
        port = parts.port
    except ValueError:
        raise SiteUrlError(f"SITE_URL har en ugyldig port: «{url}».") from None
    https = parts.scheme == "https"
    port = port or (443 if https else 80)
    if https != (port == 443):
        raise SiteUrlError(
            f"SITE_URL «{url}» kan ikke brukes: Wagtail lager https-lenker bare for port 443 "
            f"og http-lenker for alle andre porter. Bruk https uten port, eller http."
        )
    return parts.hostname, port
