"""Uploaded files in object storage (any service with the S3 API), so that several web
servers share them without a shared disk. Used when AWS_STORAGE_BUCKET_NAME is set
(kb/settings/base.py); otherwise the files stay under MEDIA_ROOT.

What the bucket may show to anyone, and what it must not:

- `images/`: Wagtail's renditions, the only files the pages link to. Their URLs point
  straight at the bucket (or AWS_S3_CUSTOM_DOMAIN, a CDN in front of it) and carry no
  signature, so that they stay the same from one page view to the next and can be cached.
- everything else is private: documents (`documents/`), which Django streams only after
  the collection's view restrictions are checked (WAGTAILDOCS_SERVE_METHOD), and the
  original images (`original_images/`), which no page links to and which may still carry
  their camera's metadata.

The bucket itself enforces this: either by a bucket policy that lets anyone read
`images/*` and nothing else (README, "Object storage"), or, for services that use
per-object ACLs, with AWS_DEFAULT_ACL=public-read, which this storage applies to
renditions only, giving every other file the private ACL.
"""

import threading

from botocore.config import Config
from storages.backends.s3 import S3Storage

PUBLIC_PREFIXES = ("images/",)
# Seconds the health check (/helse/) waits for the service to connect and to answer.
HEALTH_TIMEOUT = 2


class MediaStorage(S3Storage):
    # Stable, unsigned URLs for the public renditions (see the module's docstring).
    querystring_auth = False
    # Two uploads named «bilde.png» get two names, as on a local disk (Wagtail relies on it).
    file_overwrite = False
    # A file being read (a document being served, a backup) is downloaded whole first: up
    # to this size into memory, larger ones into a temporary file (0 would mean no limit).
    max_memory_size = 2 * 1024 * 1024

    def __init__(self, **options):
        # Short timeouts: a storage that stops answering fails the request (and /helse/)
        # within seconds instead of holding a web worker for botocore's default minute.
        if "client_config" not in options:
            options["client_config"] = Config(
                connect_timeout=3,
                read_timeout=10,
                retries={"mode": "standard", "max_attempts": 3},
                s3={"addressing_style": options.get("addressing_style")},
                signature_version="s3v4",
            )
        super().__init__(**options)
        self._health_clients = threading.local()

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_health_clients", None)
        return state

    def __setstate__(self, state):
        super().__setstate__(state)
        self._health_clients = threading.local()

    def check_bucket(self):
        """Raises unless the bucket is there and these credentials may list it (a lookup of
        a missing file answers "not found" even when the bucket itself is missing). One
        attempt, with HEALTH_TIMEOUT, so that a load balancer's check has its answer in
        seconds (the uploads' retries could take half a minute)."""
        client = getattr(self._health_clients, "client", None)
        if client is None:
            config = self.client_config.merge(
                Config(
                    connect_timeout=HEALTH_TIMEOUT,
                    read_timeout=HEALTH_TIMEOUT,
                    retries={"total_max_attempts": 1},
                )
            )
            client = self._health_clients.client = self._create_session().client(
                "s3",
                region_name=self.region_name,
                use_ssl=self.use_ssl,
                endpoint_url=self.endpoint_url,
                config=config,
                verify=self.verify,
            )
        client.head_bucket(Bucket=self.bucket_name)

    def is_public(self, name):
        """Whether a file (named relative to the storage) may be read by anyone."""
        return name.startswith(PUBLIC_PREFIXES)

    def get_object_parameters(self, name):
        params = super().get_object_parameters(name)
        relative = name.removeprefix(f"{self.location}/") if self.location else name
        if self.default_acl and not self.is_public(relative):
            params["ACL"] = "private"
        return params
