"""Stream / AsyncStream: sent on enter, closed on every path, the server sees early disconnects."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from neuphonic_client._core.errors import AuthenticationError, TruncatedStreamError
from neuphonic_client._core.streaming import AsyncStream, Stream
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from conformance.servers import ReferenceServer

pytestmark = pytest.mark.e2e


class Recorder:
    def __init__(self) -> None:
        self.requests = 0
        self.disconnected = threading.Event()


def endless_app(recorder: Recorder) -> Starlette:
    async def endless(request: Request) -> StreamingResponse:
        recorder.requests += 1

        async def body() -> AsyncIterator[bytes]:
            try:
                while True:
                    yield b"x" * 1024
                    await asyncio.sleep(0.001)
            finally:
                recorder.disconnected.set()

        return StreamingResponse(body(), media_type="application/octet-stream")

    async def denied(request: Request) -> JSONResponse:
        return JSONResponse({"detail": "Invalid API key"}, status_code=401)

    async def broken(request: Request) -> StreamingResponse:
        async def body() -> AsyncIterator[bytes]:
            yield b"abcd"
            raise RuntimeError("the server dies mid-stream")

        return StreamingResponse(body(), headers={"content-length": "100"})

    return Starlette(routes=[Route("/endless", endless), Route("/denied", denied), Route("/broken", broken)])


@pytest.fixture()
def server() -> Iterator[tuple[str, Recorder]]:
    recorder = Recorder()
    with ReferenceServer(endless_app(recorder)) as srv:
        yield srv.base_url, recorder


def chunks(response: httpx.Response) -> Iterator[bytes]:
    yield from response.iter_bytes()


async def achunks(response: httpx.Response) -> AsyncIterator[bytes]:
    async for chunk in response.aiter_bytes():
        yield chunk


def test_nothing_is_sent_until_the_stream_is_entered(server: tuple[str, Recorder]) -> None:
    url, recorder = server
    with httpx.Client(base_url=url) as client:
        stream = Stream(lambda: client.stream("GET", "/endless"), chunks)
        assert recorder.requests == 0
        with stream:
            assert recorder.requests == 1
            assert stream.response.status_code == 200


def test_breaking_out_of_a_plain_for_loop_closes_the_connection(server: tuple[str, Recorder]) -> None:
    url, recorder = server
    with httpx.Client(base_url=url) as client:
        for _ in Stream(lambda: client.stream("GET", "/endless"), chunks):
            break
        assert recorder.disconnected.wait(5), "the server never saw the client go away"


def test_leaving_the_with_block_early_closes_the_connection(server: tuple[str, Recorder]) -> None:
    url, recorder = server
    with httpx.Client(base_url=url) as client:
        with Stream(lambda: client.stream("GET", "/endless"), chunks) as stream:
            next(stream)
        assert recorder.disconnected.wait(5)


def test_async_break_closes_the_connection(server: tuple[str, Recorder]) -> None:
    url, recorder = server

    async def main() -> None:
        async with httpx.AsyncClient(base_url=url) as client:
            async with AsyncStream(lambda: client.stream("GET", "/endless"), achunks) as stream:
                async for _ in stream:
                    break

    asyncio.run(main())
    assert recorder.disconnected.wait(5)


def test_an_error_status_raises_the_typed_error_with_the_parsed_body(server: tuple[str, Recorder]) -> None:
    url, _ = server
    with httpx.Client(base_url=url) as client:
        stream = Stream(lambda: client.stream("GET", "/denied"), chunks)
        with pytest.raises(AuthenticationError) as info:
            stream.__enter__()
    assert info.value.status_code == 401
    assert info.value.body == {"detail": "Invalid API key"}
    assert info.value.message == "Invalid API key"


def test_a_stream_that_breaks_off_raises_truncated(server: tuple[str, Recorder]) -> None:
    url, _ = server
    received = []
    with httpx.Client(base_url=url) as client, pytest.raises(TruncatedStreamError):
        with Stream(lambda: client.stream("GET", "/broken"), chunks) as stream:
            for chunk in stream:
                received.append(chunk)
    assert b"".join(received) == b"abcd"
