"""Run any ASGI app on a free 127.0.0.1 port in a background thread (the webhook receiver, test doubles)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve_app(app: Any, host: str = "127.0.0.1", port: int | None = None, timeout: float = 10.0) -> Iterator[str]:
    """Yield the base URL of `app` served by uvicorn until the block ends."""
    port = port or free_port(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="error", lifespan="auto", ws="websockets-sansio")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"loopback-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"could not start a server on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
