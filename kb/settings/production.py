"""Production: everything from the environment; refuses to start without SECRET_KEY and
SITE_URL."""

from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import env_bool, env_list, require_secret_key, require_site_url

DEBUG = False
require_secret_key()
require_site_url()

# The site's own address is the default for the hosts it answers to and the origins its
# forms accept; a load balancer that checks /helse/ with another Host needs ALLOWED_HOSTS.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [urlsplit(SITE_URL).hostname]  # noqa: F405
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or [SITE_URL]  # noqa: F405

# Keep database connections open between requests (a new connection per request cost a
# third of the throughput); CONN_HEALTH_CHECKS (base.py) tests one before reusing it.
DATABASES["default"]["CONN_MAX_AGE"] = int(  # noqa: F405
    os.environ.get("DATABASE_CONN_MAX_AGE", "600")  # noqa: F405
)

# The proxy in front (deploy/nginx/) says in X-Forwarded-Proto whether the visitor came by
# https. An https SITE_URL turns on the redirect to https and secure cookies; an http one
# (deploy/run-local on loopback) leaves them off, or no login would work.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
site_is_https = SITE_URL.startswith("https://")  # noqa: F405
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", site_is_https)
# Load balancers check /helse/ over plain HTTP; a redirect would count as a failure.
SECURE_REDIRECT_EXEMPT = [r"^helse/$"]
SESSION_COOKIE_SECURE = site_is_https
CSRF_COOKIE_SECURE = site_is_https
# HSTS: browsers that have seen the site over https keep to https for a year. Not for the
# subdomains (other services of the organisation may still answer on plain http) nor the
# browsers' preload list, unless SECURE_HSTS_INCLUDE_SUBDOMAINS / SECURE_HSTS_PRELOAD say
# so: both are hard to undo. `check --deploy` warns about them being off (security.W005,
# W021), which is this decision, so those two warnings are silenced while they are off.
SECURE_HSTS_SECONDS = int(  # noqa: F405
    os.environ.get("SECURE_HSTS_SECONDS", "31536000" if site_is_https else "0")  # noqa: F405
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
SECURE_CONTENT_TYPE_NOSNIFF = True
# nginx (deploy/nginx/) is the one proxy in front: the client's address is the last entry
# of X-Forwarded-For (kb/core/login_guard.py). Set 0 if nothing is in front, 2 behind a
# load balancer that appends too.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))  # noqa: F405
