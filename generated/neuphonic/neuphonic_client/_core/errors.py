# Copied from overlays/_core/errors.py by scripts/generate.py; edit that file, not this copy.
"""One exception hierarchy for all five clients.

    VoxspecError
    ├── APIStatusError            an HTTP error status; carries the parsed error body
    │   ├── BadRequestError (400), AuthenticationError (401), PermissionDeniedError (403),
    │   ├── NotFoundError (404), ConflictError (409), PayloadTooLargeError (413),
    │   ├── UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx)
    ├── StreamError               the server reported an error inside a stream (SSE event, WS message)
    ├── ProtocolError             what arrived is not what the protocol allows (names what arrived)
    │   └── TruncatedStreamError  the stream ended before its final message; keeps the audio so far
    └── UploadError (ValueError)  a file breaks a documented limit; checked before anything is sent
"""

from __future__ import annotations

import json
from typing import Any

import httpx

_PREVIEW = 120


def preview(data: bytes | str, limit: int = _PREVIEW) -> str:
    """A short, printable excerpt of what arrived, for error messages."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return repr(text if len(text) <= limit else text[:limit] + "...")


def error_message(body: Any) -> str | None:
    """The human message in any of the five APIs' error bodies.

    FastAPI (Neuphonic, Respeecher, NextNeural): {"detail": str} or {"detail": [{"loc", "msg"}]};
    AsyncFlow: {"detail": {"error_code", "message"}} and, on WebSockets, {"error_code", "message"};
    Nevox: {"error": {"code", "message"}}; Neuphonic streams: {"errors": [str, ...]}.
    """
    if not isinstance(body, dict):
        return None
    detail = body.get("detail")
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict):
                loc = ".".join(str(p) for p in item.get("loc", []) if p != "body")
                parts.append(f"{loc}: {item.get('msg')}" if loc else str(item.get("msg")))
        return "; ".join(parts) or None
    for nested in (detail, body.get("error"), body):
        if isinstance(nested, dict) and isinstance(nested.get("message"), str):
            code = nested.get("error_code") or nested.get("code")
            return f"{code}: {nested['message']}" if code else str(nested["message"])
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        return "; ".join(str(e) for e in errors)
    return None


class VoxspecError(Exception):
    """Base class of every error the voxspec helpers raise."""


class APIStatusError(VoxspecError):
    """The server answered with an error status.

    `body` is the parsed JSON error body (or the raw text when it is not JSON), `message` the API's
    own message out of it. The request's headers are not kept: they may carry credentials.
    """

    status_code: int

    def __init__(self, status_code: int, body: Any, *, method: str = "", url: str = "", headers: Any = None):
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url
        self.headers = httpx.Headers(headers or {})
        self.message = error_message(body)
        where = f" for {method} {url}" if method else ""
        what = self.message if self.message is not None else preview(str(body))
        super().__init__(f"HTTP {status_code}{where}: {what}")


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class PayloadTooLargeError(APIStatusError):
    status_code = 413


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked us to wait, from `Retry-After`, if it said."""
        from .retry import parse_retry_after

        return parse_retry_after(self.headers.get("retry-after"))


class ServerError(APIStatusError):
    status_code = 500


_BY_STATUS: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        PayloadTooLargeError,
        UnprocessableEntityError,
        RateLimitError,
    )
}


def _redacted_url(url: httpx.URL) -> str:
    # Query credentials (api_key=, jwt_token=, token=) must not reach an exception message.
    from .redact import redact_url

    return redact_url(str(url))


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for an error response whose body has been read."""
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = response.text
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIStatusError)
    request = response.request
    return cls(status, body, method=request.method, url=_redacted_url(request.url), headers=response.headers)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed error for an error status; the body must already be read."""
    if response.status_code >= 400:
        raise status_error(response)


class StreamError(VoxspecError):
    """The server reported an error inside a stream. `payload` is what it sent, `audio` what came before."""

    def __init__(self, message: str, *, payload: Any = None, audio: bytes = b""):
        self.payload = payload
        self.audio = audio
        super().__init__(message)


class ProtocolError(VoxspecError):
    """A frame or event that the protocol does not allow; the message quotes what arrived."""


class TruncatedStreamError(ProtocolError):
    """The stream stopped before its final message. `audio` holds everything received until then."""

    def __init__(self, message: str, *, audio: bytes = b""):
        self.reason = message
        self.audio = audio
        super().__init__(f"{message} (after {len(audio)} bytes of audio)")


class UploadError(VoxspecError, ValueError):
    """A file breaks a documented limit; `limit` names it (e.g. "duration <= 60 s")."""

    def __init__(self, field: str, limit: str, actual: str):
        self.field = field
        self.limit = limit
        self.actual = actual
        super().__init__(f"{field}: must satisfy {limit}, got {actual}")
