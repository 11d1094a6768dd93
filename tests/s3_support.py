"""Media on an S3 server for the tests: moto's server mode, a stand-in for the real
S3-compatible service (Amazon S3, or another provider with the S3 API). It runs in a
thread of the test process on a free loopback port and speaks the same HTTP API as the
real one, so the code under test goes through django-storages and boto3 unchanged; like
the real service it refuses anonymous reads that no bucket policy or ACL allows.

Each test gets a bucket of its own (media_bucket), set up as README.md's "Object storage"
section tells an operator to: the bucket policy is read from the README itself, so the
documented policy is the one tested."""

import json
import re
import socket
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import boto3

README = Path(__file__).resolve().parent.parent / "README.md"
REGION = "eu-north-1"
# Any key pair works with the stand-in; the real service's come from the environment.
ACCESS_KEY = "test-access-key"
SECRET_KEY = "test-secret-key"


class S3Server:
    def __init__(self):
        # Imported here: every test process loads this module (tests/conftest.py), few of
        # them start the server.
        from moto.server import ThreadedMotoServer

        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)

    def start(self):
        self.server.start()
        host, port = self.server.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        self.client = boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )
        return self

    def stop(self):
        self.server.stop()


def documented_policy(bucket, location=""):
    """The bucket policy in README.md, for `bucket` (and `location`, the folder in it)."""
    block = re.search(r"```json\n(.*?\"s3:GetObject\".*?)```", README.read_text(), re.DOTALL)
    assert block, "README.md has no bucket policy (a ```json block with s3:GetObject)"
    folder = f"{location}/" if location else ""
    text = block.group(1).replace("BUCKET/", f"{bucket}/{folder}")
    return json.loads(text)


def storage_settings(endpoint, bucket, **options):
    """STORAGES["default"] as kb/settings/base.py makes it from the environment."""
    return {
        "BACKEND": "kb.core.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint,
            "region_name": REGION,
            "access_key": ACCESS_KEY,
            "secret_key": SECRET_KEY,
            **options,
        },
    }


@contextmanager
def media_bucket(server, settings, *, policy=True, **options):
    """A new, empty bucket as the default storage for the duration; with `policy`, the
    README's bucket policy applies to it. Yields the bucket's name."""
    bucket = f"kb-test-{uuid.uuid4().hex[:12]}"
    server.client.create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    if policy:
        location = options.get("location", "")
        server.client.put_bucket_policy(
            Bucket=bucket, Policy=json.dumps(documented_policy(bucket, location))
        )
    settings.STORAGES = {
        **settings.STORAGES,
        "default": storage_settings(server.endpoint, bucket, **options),
    }
    try:
        yield bucket
    finally:
        for page in server.client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for entry in page.get("Contents", ()):
                server.client.delete_object(Bucket=bucket, Key=entry["Key"])
        server.client.delete_bucket(Bucket=bucket)


def unused_endpoint():
    """The address of a port on which nothing listens: a service that does not answer."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def keys(server, bucket):
    """Every key in the bucket, sorted."""
    pages = server.client.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return sorted(entry["Key"] for page in pages for entry in page.get("Contents", ()))


def anonymous_get(url):
    """(status, content type, body) of a GET without credentials, as a browser makes it."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()
