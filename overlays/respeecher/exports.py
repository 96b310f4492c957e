"""Zip exports of a project or of an original's conversions, streamed to a file in constant memory.

    from respeecher_client.exports import export_project

    download = export_project(client, project_id, "exports/")    # a directory: the server's file name
    download.path, download.nbytes                               # exports/audiobook-chapter-1.zip

The archive is written chunk by chunk (64 KiB) to `<name>.part` and renamed when complete, so
memory stays flat whatever its size and an interrupted export leaves no file that looks whole
(`IncompleteDownloadError`, a `TruncatedStreamError`). The docs call the body a zip file; the
vendor's own OpenAPI document calls it JSON, so the first bytes are checked: anything that is not
a zip archive raises `ProtocolError` quoting what arrived, before a byte is written.
`stream_project_export` / `stream_recordings_export` give the raw chunks instead.
"""

from __future__ import annotations

from uuid import UUID

import httpx

from ._core.downloads import (
    Destination,
    Download,
    IncompleteDownloadError,
    abyte_stream,
    asave_stream,
    byte_stream,
    save_stream,
)
from ._core.errors import ProtocolError, preview
from ._core.streaming import AsyncStream, Stream
from .api.projects import export_project as _project_endpoint
from .api.recordings import export_recordings as _recordings_endpoint
from .client import AuthenticatedClient, Client

__all__ = [
    "Download",
    "IncompleteDownloadError",
    "async_export_project",
    "async_export_recordings",
    "async_stream_project_export",
    "async_stream_recordings_export",
    "check_zip",
    "export_project",
    "export_recordings",
    "stream_project_export",
    "stream_recordings_export",
]

AnyClient = Client | AuthenticatedClient
# Local file header, empty archive (end of central directory), spanned archive marker.
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def check_zip(response: httpx.Response, head: bytes) -> None:
    """`ProtocolError` unless the body starts like a zip archive (the message shows what came instead)."""
    if not head.startswith(_ZIP_MAGIC):
        content_type = response.headers.get("content-type", "")
        what = preview(head + b"...") if head else "an empty body"
        raise ProtocolError(f"{response.request.url.path}: expected a zip archive, got {content_type!r}: {what}")


def stream_project_export(client: AnyClient, project_id: UUID, *, starred_only: bool = False) -> Stream[bytes]:
    """`GET /api/projects/{project_id}/export` as raw zip chunks; sent when the stream is entered."""
    return byte_stream(_project_endpoint, client, project_id, starred_only=starred_only)


def async_stream_project_export(
    client: AnyClient, project_id: UUID, *, starred_only: bool = False
) -> AsyncStream[bytes]:
    """Async twin of `stream_project_export`."""
    return abyte_stream(_project_endpoint, client, project_id, starred_only=starred_only)


def stream_recordings_export(client: AnyClient, original_id: UUID, *, starred_only: bool = False) -> Stream[bytes]:
    """`GET /api/recordings/export?original_id=...` as raw zip chunks; sent when the stream is entered."""
    return byte_stream(_recordings_endpoint, client, original_id=original_id, starred_only=starred_only)


def async_stream_recordings_export(
    client: AnyClient, original_id: UUID, *, starred_only: bool = False
) -> AsyncStream[bytes]:
    """Async twin of `stream_recordings_export`."""
    return abyte_stream(_recordings_endpoint, client, original_id=original_id, starred_only=starred_only)


def export_project(
    client: AnyClient, project_id: UUID, destination: Destination, *, starred_only: bool = False
) -> Download:
    """Save a project's zip export to `destination`: a file path, a directory, or a binary file object."""
    return save_stream(
        stream_project_export(client, project_id, starred_only=starred_only),
        destination,
        default_name=f"project-{project_id}.zip",
        check=check_zip,
    )


async def async_export_project(
    client: AnyClient, project_id: UUID, destination: Destination, *, starred_only: bool = False
) -> Download:
    """Async twin of `export_project`."""
    return await asave_stream(
        async_stream_project_export(client, project_id, starred_only=starred_only),
        destination,
        default_name=f"project-{project_id}.zip",
        check=check_zip,
    )


def export_recordings(
    client: AnyClient, original_id: UUID, destination: Destination, *, starred_only: bool = False
) -> Download:
    """Save the zip of an original's conversions to `destination` (path, directory or file object)."""
    return save_stream(
        stream_recordings_export(client, original_id, starred_only=starred_only),
        destination,
        default_name=f"recording-{original_id}.zip",
        check=check_zip,
    )


async def async_export_recordings(
    client: AnyClient, original_id: UUID, destination: Destination, *, starred_only: bool = False
) -> Download:
    """Async twin of `export_recordings`."""
    return await asave_stream(
        async_stream_recordings_export(client, original_id, starred_only=starred_only),
        destination,
        default_name=f"recording-{original_id}.zip",
        check=check_zip,
    )
