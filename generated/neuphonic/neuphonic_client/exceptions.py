# Copied from overlays/_every_package/exceptions.py by scripts/generate.py; edit that file, not this copy.
"""The exceptions every voxspec helper raises (one hierarchy, the same in all five clients).

    from neuphonic_client.exceptions import APIStatusError, RateLimitError, StreamError
"""

from ._core.errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    ProtocolError,
    RateLimitError,
    ServerError,
    StreamError,
    TruncatedStreamError,
    UnprocessableEntityError,
    UploadError,
    VoxspecError,
)
from ._core.webhooks import SignatureError

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "ProtocolError",
    "RateLimitError",
    "ServerError",
    "SignatureError",
    "StreamError",
    "TruncatedStreamError",
    "UnprocessableEntityError",
    "UploadError",
    "VoxspecError",
]
