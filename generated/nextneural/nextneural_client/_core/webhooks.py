# Copied from overlays/_core/webhooks.py by scripts/generate.py; edit that file, not this copy.
"""Webhook signatures: HMAC over the raw request body, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac

from .errors import VoxspecError
from .redact import Secret, as_secret


class SignatureError(VoxspecError):
    """A webhook's signature is missing or does not match; the message never contains the secret."""


def sign(body: bytes, secret: str | Secret, *, algorithm: str = "sha256") -> str:
    """The hex signature a sender puts in the header for `body`."""
    return hmac.new(as_secret(secret).reveal().encode(), body, getattr(hashlib, algorithm)).hexdigest()


def verify_signature(
    body: bytes, signature: str | None, secret: str | Secret, *, algorithm: str = "sha256", header: str = "signature"
) -> None:
    """Raise `SignatureError` unless `signature` is the HMAC of the exact raw `body`.

    Accepts the bare hex digest and the common `sha256=<hex>` form.
    """
    if not isinstance(body, (bytes, bytearray)):
        raise TypeError("body: verify the raw request bytes, not parsed JSON (re-serialising changes them)")
    if not signature:
        raise SignatureError(f"{header}: missing")
    given = signature.strip()
    prefix = f"{algorithm}="
    if given.lower().startswith(prefix):
        given = given[len(prefix) :]
    expected = sign(bytes(body), secret, algorithm=algorithm)
    if not hmac.compare_digest(expected.encode(), given.lower().encode()):
        raise SignatureError(f"{header}: does not match the body")
