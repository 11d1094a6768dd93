"""Optional error reporting to Sentry (sentry-sdk): with SENTRY_DSN set, every process that
loads Django (gunicorn, the task worker, management commands) reports unhandled exceptions
and logged errors. Started from kb.core's AppConfig.ready, so it needs nothing but the
settings.

A public-sector site sends no personal data with a report. sentry-sdk's data_collection
option (which replaces send_default_pii=False, deprecated in sentry-sdk 2.7x, and is stricter
than it) keeps out the user, cookies, the IP addresses in the request headers, the query
string, request and response bodies, database query data and the values of local variables
in the stack trace; secrets in the remaining headers are replaced by "[Filtered]".
Performance tracing is off unless SENTRY_TRACES_SAMPLE_RATE asks for it."""

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

# Request headers whose names contain these are dropped too (sentry-sdk's own list for
# send_default_pii=False: the client's address and the logged-in user; and the cookies).
PERSONAL_TERMS = ["forwarded", "-ip", "remote-", "via", "-user", "cookie"]
DATA_COLLECTION = {
    "user_info": False,
    "cookies": {"mode": "off"},
    "http_headers": {"request": {"mode": "denylist", "terms": PERSONAL_TERMS}},
    "http_bodies": [],
    # A search or a link can carry anything a visitor typed, a name or an address too.
    "url_query_params": {"mode": "off"},
    "graphql": {"document": False, "variables": False},
    "gen_ai": {"inputs": False, "outputs": False},
    "database_query_data": False,
    "queues": False,
    "stack_frame_variables": False,
}


def init(settings, transport=None):
    """Starts the Sentry client when settings.SENTRY_DSN is set; returns whether it did.
    `transport` replaces the one that sends reports over the network (for tests)."""
    if not settings.SENTRY_DSN:
        return False
    sentry_sdk.init(
        dsn=settings.SENTRY_DSN,
        integrations=[DjangoIntegration()],
        environment=settings.SENTRY_ENVIRONMENT,
        release=settings.SENTRY_RELEASE or None,
        data_collection=DATA_COLLECTION,
        # None, not 0: no transactions at all, not unsampled ones.
        traces_sample_rate=settings.SENTRY_TRACES_SAMPLE_RATE or None,
        transport=transport,
    )
    return True
