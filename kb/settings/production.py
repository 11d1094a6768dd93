"""Production: everything from the environment; refuses to start without SECRET_KEY and
SITE_URL."""

from .base import *  # noqa: F403
from .base import env_bool, require_secret_key, require_site_url

DEBUG = False
require_secret_key()
require_site_url()

# Keep database connections open between requests (a new connection per request cost a
# third of the throughput); CONN_HEALTH_CHECKS (base.py) tests one before reusing it.
DATABASES["default"]["CONN_MAX_AGE"] = int(  # noqa: F405
    os.environ.get("DATABASE_CONN_MAX_AGE", "600")  # noqa: F405
)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers check /helse/ over plain HTTP; a redirect would count as a failure.
SECURE_REDIRECT_EXEMPT = [r"^helse/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True
