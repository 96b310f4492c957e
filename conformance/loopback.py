"""Run any ASGI app on a free loopback port for the length of a `with` block (webhook receivers, test doubles).

A thin face on `conformance.servers.ReferenceServer`, which owns the one way of running uvicorn in a thread.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from typing import Any


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve_app(app: Any, host: str = "127.0.0.1", port: int = 0, timeout: float = 10.0) -> Iterator[str]:
    """Yield the base URL of `app` served by uvicorn until the block ends."""
    from conformance.servers import ReferenceServer

    with ReferenceServer(app, host=host, port=port, startup_timeout=timeout) as server:
        yield server.base_url
