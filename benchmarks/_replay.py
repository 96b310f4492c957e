"""A replay server: serves streams the reference servers rendered once, as fast as a socket allows.

Why: the reference servers render speech per request in Python (the Neuphonic SSE stream at about
90 MB/s on this machine, `benchmarks/README.md`), slower than the clients under test can read, so a
benchmark against them would measure the server. This server has no per-request work: each stream
is a blob of prepared wire bytes (HTTP chunks, or unmasked WebSocket frames) kept in memory and
written in 1 MiB slices with flow control. It runs in its own process (its own core on a 2-core
machine), on 127.0.0.1 only.

    python -m benchmarks._replay DIR      # prints "port N" once listening; DIR holds manifest.json + blobs

Routes (the same wire format as the reference servers):
    POST /sse/speak/{lang}               Neuphonic SSE; the stream is chosen by the request's `text`
    POST /text_to_speech/streaming       AsyncFlow raw audio; chosen by `transcript`
    GET  /speak/{lang}  (WebSocket)      Neuphonic TTS; a passage ends at `<STOP>`, replayed then
    GET  /text_to_speech/websocket/ws    AsyncFlow TTS; audio after the transcript, `final` + close
                                         after `{"text": ""}`

A stream is found by the SHA-256 of its whitespace-stripped text (`stream_key`), so every client
sends the real text, as it would to the real service. Unknown texts get a 404 (HTTP) or an error
frame and close 1008 (WebSocket). Client frames are unmasked and parsed; pings are answered.
No compression extension is negotiated (the frames are written as prepared).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Self

from benchmarks._harness import stop_process

SLICE = 1 << 20
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
STOP = "<STOP>"


def stream_key(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:32]


# ---------------------------------------------------------------------------- wire helpers
def http_chunk(data: bytes) -> bytes:
    return b"%x\r\n" % len(data) + data + b"\r\n"


def ws_frame(payload: bytes, opcode: int = 0x1) -> bytes:
    """One unmasked, unfragmented server frame."""
    n = len(payload)
    head = bytes([0x80 | opcode])
    if n < 126:
        head += bytes([n])
    elif n < 1 << 16:
        head += bytes([126]) + struct.pack("!H", n)
    else:
        head += bytes([127]) + struct.pack("!Q", n)
    return head + payload


def ws_close_frame(code: int = 1000, reason: str = "") -> bytes:
    return ws_frame(struct.pack("!H", code) + reason.encode(), opcode=0x8)


def _unmask(payload: bytes, mask: bytes) -> bytes:
    n = len(payload)
    if not n:
        return payload
    key = (mask * (n // 4 + 1))[:n]
    return (int.from_bytes(payload, "big") ^ int.from_bytes(key, "big")).to_bytes(n, "big")


# ---------------------------------------------------------------------------- server
class Store:
    """manifest.json: {route: {key: {"body": file, "repeat": n, "tail": file, "content_type": ...}}}."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.manifest: dict[str, dict[str, dict[str, Any]]] = json.loads((directory / "manifest.json").read_text())
        self._blobs: dict[str, bytes] = {}

    def blob(self, name: str) -> bytes:
        if name not in self._blobs:
            self._blobs[name] = (self.directory / name).read_bytes() if name else b""
        return self._blobs[name]

    def find(self, route: str, text: str) -> dict[str, Any] | None:
        key = stream_key(text)
        if key not in self.manifest.get(route, {}):
            # Streams are prepared while the server runs; a miss re-reads the manifest once.
            self.manifest = json.loads((self.directory / "manifest.json").read_text())
        return self.manifest.get(route, {}).get(key)


async def _write_stream(
    writer: asyncio.StreamWriter, store: Store, entry: dict[str, Any], *, tail: bool = True
) -> None:
    body = memoryview(store.blob(entry["body"]))
    for _ in range(int(entry.get("repeat", 1))):
        for offset in range(0, len(body), SLICE):
            writer.write(body[offset : offset + SLICE])
            await writer.drain()
    if tail and entry.get("tail"):
        writer.write(store.blob(entry["tail"]))
        await writer.drain()


def _response(status: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _not_found(message: str) -> bytes:
    body = json.dumps({"detail": message}).encode()
    return _response("404 Not Found", {"content-type": "application/json", "content-length": str(len(body))}, body)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, store: Store) -> None:
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            request_line, *header_lines = head.decode("latin-1").split("\r\n")
            method, target, _version = request_line.split(" ", 2)
            path = target.split("?", 1)[0]
            headers = {}
            for line in header_lines:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip().lower()] = value.strip()
            if headers.get("upgrade", "").lower() == "websocket":
                await websocket(reader, writer, store, path, headers)
                return
            length = int(headers.get("content-length", "0") or 0)
            body = await reader.readexactly(length) if length else b""
            await http(writer, store, method, path, body)
            if headers.get("connection", "").lower() == "close":
                return
    except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
        return  # a client that hung up, or the server shutting down
    finally:
        writer.close()


async def http(writer: asyncio.StreamWriter, store: Store, method: str, path: str, body: bytes) -> None:
    try:
        request = json.loads(body or b"{}")
    except ValueError:
        request = {}
    if method == "POST" and path.startswith("/sse/speak/"):
        route, text = "sse", request.get("text", "")
    elif method == "POST" and path == "/text_to_speech/streaming":
        route, text = "flow_http", request.get("transcript", "")
    else:
        writer.write(_not_found(f"no replay route for {method} {path}"))
        return
    entry = store.find(route, str(text))
    if entry is None:
        writer.write(_not_found(f"no prepared {route} stream for this text"))
        return
    headers = {"content-type": entry["content_type"], "cache-control": "no-cache", "transfer-encoding": "chunked"}
    writer.write(_response("200 OK", headers))
    await _write_stream(writer, store, entry)


async def _read_frame(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    b0, b1 = await reader.readexactly(2)
    n = b1 & 0x7F
    if n == 126:
        (n,) = struct.unpack("!H", await reader.readexactly(2))
    elif n == 127:
        (n,) = struct.unpack("!Q", await reader.readexactly(8))
    mask = await reader.readexactly(4) if b1 & 0x80 else b""
    payload = await reader.readexactly(n)
    return b0 & 0x0F, _unmask(payload, mask) if mask else payload


async def websocket(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, store: Store, path: str, headers: dict[str, str]
) -> None:
    accept = base64.b64encode(hashlib.sha1(headers.get("sec-websocket-key", "").encode() + _GUID).digest()).decode()
    writer.write(
        _response(
            "101 Switching Protocols",
            {"upgrade": "websocket", "connection": "Upgrade", "sec-websocket-accept": accept},
        )
    )
    flow = path.startswith("/text_to_speech/websocket")
    passage = ""
    message = b""
    closing = False  # the server sent its close frame already (AsyncFlow, after `final`)
    while True:
        opcode, payload = await _read_frame(reader)
        if opcode == 0x8:  # close: echo it (unless ours went first) and hang up
            if not closing:
                writer.write(ws_close_frame(struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1000))
                await writer.drain()
            return
        if opcode == 0x9:  # ping
            writer.write(ws_frame(payload, opcode=0xA))
            continue
        if opcode == 0xA:
            continue
        message = payload if opcode in (0x1, 0x2) else message + payload
        text = message.decode("utf-8", "replace")
        try:
            data = json.loads(text)
        except ValueError:
            data = text  # pyneuphonic sends str messages as bare text
        if flow:
            if not isinstance(data, dict):
                continue
            if data.get("text") == "" or data.get("transcript") == "":
                writer.write(ws_frame(json.dumps({"audio": "", "final": True}).encode()) + ws_close_frame(1000, "done"))
                await writer.drain()
                closing = True
                continue
            transcript = data.get("transcript")
            if isinstance(transcript, str) and transcript.strip():
                entry = store.find("ws_flow", transcript)
                if entry is None:
                    await _ws_refuse(writer, {"error_code": "INVALID_REQUEST", "message": "no prepared stream"})
                    return
                await _write_stream(writer, store, entry, tail=False)
            continue
        passage += data.get("text", "") if isinstance(data, dict) else str(data)
        while STOP in passage:
            spoken, passage = passage.split(STOP, 1)
            entry = store.find("ws_neuphonic", spoken)
            if entry is None:
                await _ws_refuse(writer, {"detail": "no prepared stream for this passage"})
                return
            await _write_stream(writer, store, entry)


async def _ws_refuse(writer: asyncio.StreamWriter, payload: dict[str, Any]) -> None:
    writer.write(ws_frame(json.dumps(payload).encode()) + ws_close_frame(1008, "unknown text"))
    await writer.drain()


async def serve(directory: Path, host: str = "127.0.0.1", port: int = 0) -> None:
    store = Store(directory)
    server = await asyncio.start_server(lambda r, w: handle(r, w, store), host, port, limit=1 << 20)
    bound = server.sockets[0].getsockname()[1]
    print(f"port {bound}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


# ---------------------------------------------------------------------------- parent side
class ReplayServer:
    """Start `python -m benchmarks._replay DIR` in a child process; `.port`, `.base_url`; stopped on exit."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.process: subprocess.Popen[str] | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks._replay", str(self.directory)],
            cwd=Path(__file__).resolve().parent.parent,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        deadline = time.monotonic() + 20
        line = ""
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if line.startswith("port ") or not line:
                break
        if not line.startswith("port "):
            self.__exit__()
            raise RuntimeError(f"the replay server did not start (said {line!r})")
        self.port = int(line.split()[1])
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            stop_process(self.process, timeout=10)
            self.process = None


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m benchmarks._replay DIR", file=sys.stderr)
        return 2
    asyncio.run(serve(Path(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
