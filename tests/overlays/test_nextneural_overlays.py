"""NextNeural helpers: bearer auth, speaker and dataset uploads checked against the documented
limits (WAV and MP3 durations), 429 handled by the shared retry (POST uploads included), and the
reference clip streamed to disk.

respx pins request shapes and error mapping; a small Starlette app on uvicorn (127.0.0.1) proves a
rate-limited upload is re-sent whole, and the reference-audio download (sync and async, early
break closes the connection). There is no NextNeural reference server yet, hence the fixture app.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import yaml
from hypothesis import given
from hypothesis import strategies as st
from nextneural_client._core.retry import RetryPolicy, RetryTransport
from nextneural_client._core.uploads import check_audio, mp3_duration
from nextneural_client.api.speakers import list_speakers
from nextneural_client.auth import RATE_LIMIT_RETRY, TokenAuth, create_client
from nextneural_client.downloads import (
    async_download_reference_audio,
    async_stream_reference_audio,
    download_reference_audio,
    stream_reference_audio,
)
from nextneural_client.exceptions import (
    AuthenticationError,
    ConflictError,
    ProtocolError,
    RateLimitError,
    UnprocessableEntityError,
    UploadError,
)
from nextneural_client.uploads import (
    DATASET_SAMPLE_LIMITS,
    REFERENCE_AUDIO_LIMITS,
    async_create_speaker,
    async_upload_dataset_sample,
    check_speaker_name,
    create_speaker,
    upload_dataset_sample,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from upload_helpers import multipart_parts, wav_bytes

from conformance.servers import ReferenceServer

BASE = "https://api.nextneural.test"
TOKEN = "nn_k_live_very_secret_token"
SPEAKERS = "/api/voice/models/speakers"
SPEC = Path(__file__).resolve().parents[2] / "specs" / "nextneural" / "openapi.yaml"
CREATED = {"name": "aria-custom", "language": "en-US", "status": "created", "message": "Speaker created."}
SAMPLE = {"sample_id": "smp_s1t2u3", "duration_seconds": 8.4, "transcript": "Hi, good morning!"}


# MPEG-1 layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames of 1152 samples (26.1 ms).
MP3_FRAME = b"\xff\xfb\x90\x00" + b"\x00" * 413
MP3_FRAME_SECONDS = 1152 / 44100


def mp3_bytes(seconds: float, *, id3: bool = True) -> bytes:
    frames = MP3_FRAME * round(seconds / MP3_FRAME_SECONDS)
    tag = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10 if id3 else b""
    return tag + frames + b"TAG" + b"\x00" * 125


SLEPT: list[float] = []


def client(policy: RetryPolicy = RATE_LIMIT_RETRY) -> Any:
    """A client as `create_client` builds it, whose retry waits are recorded instead of slept."""
    SLEPT.clear()
    made = create_client(TOKEN, base_url=BASE, retry=None)
    made._httpx_args["transport"] = RetryTransport(policy, sleep=SLEPT.append)
    return made



# --- auth and limits -----------------------------------------------------------------------------


@respx.mock
def test_the_token_is_a_bearer_token() -> None:
    route = respx.get(f"{BASE}{SPEAKERS}").mock(return_value=httpx.Response(200, json=[]))
    assert list_speakers.sync(client=create_client(TOKEN, base_url=BASE)) == []
    assert route.calls[0].request.headers["authorization"] == f"Bearer {TOKEN}"


def test_the_limits_are_the_ones_the_spec_documents() -> None:
    schemas = yaml.safe_load(SPEC.read_text())["components"]["schemas"]
    for limits, schema, field in (
        (REFERENCE_AUDIO_LIMITS, "SpeakerCreateForm", "reference_audio"),
        (DATASET_SAMPLE_LIMITS, "DatasetSampleForm", "audio"),
    ):
        prop = schemas[schema]["properties"][field]
        assert sorted(limits.formats) == sorted(prop["x-audio-formats"])
        assert (limits.min_seconds, limits.max_seconds) == (
            prop["x-audio-duration-seconds"]["min"],
            prop["x-audio-duration-seconds"]["max"],
        )


def test_mp3_durations_are_measured_frame_by_frame() -> None:
    assert mp3_duration(mp3_bytes(12.0)) == pytest.approx(12.0, abs=MP3_FRAME_SECONDS)
    assert mp3_duration(mp3_bytes(3.0, id3=False)) == pytest.approx(3.0, abs=MP3_FRAME_SECONDS)
    assert mp3_duration(b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"no frames here") is None
    # MPEG-2 layer III, 64 kbit/s, 22.05 kHz: 208-byte frames of 576 samples.
    mpeg2 = b"\xff\xf3\x80\x00" + b"\x00" * 204
    assert mp3_duration(mpeg2 * 100) == pytest.approx(100 * 576 / 22050)


@given(data=st.binary(max_size=2000))
def test_mp3_measurement_never_crashes_on_junk(data: bytes) -> None:
    seconds = mp3_duration(b"\xff\xfb" + data)
    assert seconds is None or seconds > 0
    try:
        check_audio(b"ID3" + data, DATASET_SAMPLE_LIMITS, field="audio")
    except UploadError:
        pass


@pytest.mark.parametrize(
    ("audio", "message"),
    [
        (wav_bytes(8.0), r"reference_audio: must satisfy duration >= 10 s, got 8.00 s"),
        (wav_bytes(61.0), r"reference_audio: must satisfy duration <= 60 s, got 61.00 s"),
        (mp3_bytes(9.0), r"duration >= 10 s"),
        (mp3_bytes(75.0), r"duration <= 60 s"),
        (b"fLaC" + b"\x00" * 100, r"format in \['mp3', 'wav'\], got flac"),
    ],
)
@respx.mock
def test_a_reference_clip_outside_the_limits_is_refused_before_sending(audio: bytes, message: str) -> None:
    route = respx.post(f"{BASE}{SPEAKERS}").mock(return_value=httpx.Response(201, json=CREATED))
    with pytest.raises(UploadError, match=message):
        create_speaker(client(), audio, name="aria-custom", language="en-US")
    assert route.call_count == 0


@pytest.mark.parametrize("name", ["Aria", "aria_custom", "aria--custom", "-aria", "aria-", ""])
def test_speaker_names_must_have_the_documented_form(name: str) -> None:
    with pytest.raises(UploadError, match="lowercase letters and digits separated by single hyphens"):
        check_speaker_name(name)
    check_speaker_name("aria-custom-2")


# --- uploads (respx) -----------------------------------------------------------------------------


@respx.mock
def test_create_speaker_sends_the_form_with_a_random_boundary(tmp_path: Path) -> None:
    route = respx.post(f"{BASE}{SPEAKERS}").mock(return_value=httpx.Response(201, json=CREATED))
    clip = tmp_path / "aria.wav"
    clip.write_bytes(wav_bytes(12.0) + b"\r\n--+++--\r\n")
    created = create_speaker(client(), clip, name="aria-custom", language="en-US", description="Sales voice")
    assert created.name == "aria-custom" and created.status == "created"
    request = route.calls[0].request
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert "boundary=+++" not in request.headers["content-type"]
    sent = multipart_parts(request)
    assert sent["reference_audio"] == (clip.read_bytes(), "audio/wav")
    assert sent["name"][0] == b"aria-custom" and sent["language"][0] == b"en-US"
    assert sent["description"][0] == b"Sales voice"
    assert 'filename="aria.wav"' in request.content.decode("latin-1")


@respx.mock
def test_upload_dataset_sample_accepts_mp3_in_range() -> None:
    route = respx.post(f"{BASE}{SPEAKERS}/aria-custom/dataset/sample").mock(
        return_value=httpx.Response(200, json=SAMPLE)
    )
    sample = upload_dataset_sample(client(), "aria-custom", mp3_bytes(8.4), transcript="Hi, good morning!")
    assert sample.sample_id == "smp_s1t2u3"
    sent = multipart_parts(route.calls[0].request)
    assert sent["audio"][1] == "audio/mpeg" and sent["transcript"][0] == b"Hi, good morning!"
    with pytest.raises(UploadError, match=r"audio: must satisfy duration <= 30 s"):
        upload_dataset_sample(client(), "aria-custom", wav_bytes(31.0), transcript="x")
    with pytest.raises(UploadError, match=r"duration >= 5 s"):
        upload_dataset_sample(client(), "aria-custom", mp3_bytes(4.0), transcript="x")
    with pytest.raises(UploadError, match="transcript"):
        upload_dataset_sample(client(), "aria-custom", wav_bytes(6.0), transcript="  ")
    assert route.call_count == 1


@respx.mock
def test_a_429_is_retried_for_a_post_upload_honouring_retry_after() -> None:
    route = respx.post(f"{BASE}{SPEAKERS}").mock(
        side_effect=[
            httpx.Response(429, json={"detail": "Rate limit exceeded: 5 per 1 minute"}, headers={"Retry-After": "12"}),
            httpx.Response(429, json={"detail": "Rate limit exceeded: 5 per 1 minute"}),
            httpx.Response(201, json=CREATED),
        ]
    )
    created = create_speaker(client(), wav_bytes(10.0), name="aria-custom", language="en-US")
    assert created.name == "aria-custom"
    assert route.call_count == 3
    assert SLEPT[0] == 12.0 and 1.5 <= SLEPT[1] <= 2.5  # Retry-After, then the 2nd backoff step (2 s +-25 %)
    bodies = [multipart_parts(call.request)["reference_audio"][0] for call in route.calls]
    assert bodies[0] == bodies[2] == wav_bytes(10.0)


@respx.mock
def test_when_the_retries_run_out_rate_limit_error_says_how_long_to_wait() -> None:
    route = respx.post(f"{BASE}{SPEAKERS}/aria-custom/dataset/sample").mock(
        return_value=httpx.Response(
            429, json={"detail": "Rate limit exceeded: 30 per 1 minute"}, headers={"Retry-After": "90"}
        )
    )
    with pytest.raises(RateLimitError, match="30 per 1 minute") as info:
        upload_dataset_sample(client(), "aria-custom", wav_bytes(6.0), transcript="Hello there.")
    assert route.call_count == 4 and SLEPT == [60.0, 60.0, 60.0]  # Retry-After capped at the 60 s window
    assert info.value.retry_after == 90.0 and info.value.status_code == 429


@respx.mock
def test_other_statuses_are_not_retried_for_posts_and_map_to_typed_errors() -> None:
    route = respx.post(f"{BASE}{SPEAKERS}").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(409, json={"detail": "Speaker 'aria-custom' already exists"}),
            httpx.Response(
                422, json={"detail": [{"loc": ["body", "language"], "msg": "Field required", "type": "missing"}]}
            ),
            httpx.Response(401, json={"detail": "Invalid or expired token"}),
        ]
    )
    with pytest.raises(Exception, match="HTTP 503"):
        create_speaker(client(), wav_bytes(10.0), name="aria-custom", language="en-US")
    with pytest.raises(ConflictError, match="already exists"):
        create_speaker(client(), wav_bytes(10.0), name="aria-custom", language="en-US")
    with pytest.raises(UnprocessableEntityError, match="language: Field required"):
        create_speaker(client(), wav_bytes(10.0), name="aria-custom", language="en-US")
    with pytest.raises(AuthenticationError, match="Invalid or expired token") as info:
        create_speaker(client(), wav_bytes(10.0), name="aria-custom", language="en-US")
    assert route.call_count == 4
    assert TOKEN not in str(info.value)


@respx.mock
def test_async_uploads_retry_429_too() -> None:
    speakers = respx.post(f"{BASE}{SPEAKERS}").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json=CREATED)]
    )
    samples = respx.post(f"{BASE}{SPEAKERS}/aria-custom/dataset/sample").mock(
        return_value=httpx.Response(201, json=SAMPLE)
    )

    async def run() -> None:
        made = create_client(
            TOKEN, base_url=BASE, retry=RetryPolicy(max_retries=1, retry_any_method_on=frozenset({429}))
        )
        created = await async_create_speaker(made, mp3_bytes(20.0), name="aria-custom", language="en-US")
        assert created.status == "created"
        sample = await async_upload_dataset_sample(made, "aria-custom", wav_bytes(5.0), transcript="Hello.")
        assert sample.duration_seconds == 8.4
        with pytest.raises(UploadError):
            await async_upload_dataset_sample(made, "aria-custom", wav_bytes(1.0), transcript="Hello.")

    asyncio.run(run())
    assert speakers.call_count == 2 and samples.call_count == 1


def test_the_token_never_appears_in_reprs_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    made = create_client(TOKEN, base_url=BASE)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("test").info("client %r auth %r", made, TokenAuth(TOKEN))
    assert TOKEN not in repr(made) and TOKEN not in repr(TokenAuth(TOKEN)) and TOKEN not in caplog.text


# --- reference audio (respx) ---------------------------------------------------------------------


@respx.mock
def test_the_reference_clip_is_saved_with_the_right_extension(tmp_path: Path) -> None:
    clip = wav_bytes(1.0)
    route = respx.get(f"{BASE}{SPEAKERS}/aria-custom/reference").mock(
        side_effect=[
            httpx.Response(200, content=clip, headers={"content-type": "audio/wav"}),
            httpx.Response(200, content=mp3_bytes(1.0), headers={"content-type": "audio/mpeg"}),
        ]
    )
    saved = download_reference_audio(client(), "aria-custom", tmp_path)
    assert saved.path == tmp_path / "aria-custom.wav" and saved.path.read_bytes() == clip
    saved = download_reference_audio(client(), "aria-custom", tmp_path)
    assert saved.path == tmp_path / "aria-custom.mp3" and saved.content_type == "audio/mpeg"
    assert route.calls[0].request.headers["authorization"] == f"Bearer {TOKEN}"


@respx.mock
def test_a_reference_body_that_is_not_audio_is_a_protocol_error(tmp_path: Path) -> None:
    respx.get(f"{BASE}{SPEAKERS}/aria-custom/reference").mock(
        return_value=httpx.Response(200, json={"detail": "Speaker has no reference"})
    )
    with pytest.raises(ProtocolError, match=r"expected WAV or MP3 audio, got 'application/json': '\{\"detail\""):
        download_reference_audio(client(), "aria-custom", tmp_path / "clip.wav")
    assert list(tmp_path.iterdir()) == []


# --- a real server: a rate-limited upload re-sent whole; the reference clip streamed ----------------


class Seen:
    def __init__(self) -> None:
        self.uploads: list[tuple[int, bytes]] = []
        self.disconnected = threading.Event()
        self.clip_seconds = 1.0


def app(seen: Seen) -> Starlette:
    async def create(request: Request) -> Response:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        form = await request.form()
        audio = await form["reference_audio"].read()  # type: ignore[union-attr]
        seen.uploads.append((len(seen.uploads), audio))
        if len(seen.uploads) == 1:
            return JSONResponse(
                {"detail": "Rate limit exceeded: 5 per 1 minute"}, status_code=429, headers={"Retry-After": "0"}
            )
        return JSONResponse({**CREATED, "name": form["name"]}, status_code=201)

    async def reference(request: Request) -> Response:
        clip = wav_bytes(seen.clip_seconds)

        async def body() -> AsyncIterator[bytes]:
            try:
                for start in range(0, len(clip), 4096):
                    yield clip[start : start + 4096]
                    await asyncio.sleep(0.001)
            finally:
                seen.disconnected.set()

        return StreamingResponse(body(), media_type="audio/wav")

    return Starlette(
        routes=[
            Route(SPEAKERS, create, methods=["POST"]),
            Route(SPEAKERS + "/{name}/reference", reference),
        ]
    )


@pytest.fixture()
def server() -> Iterator[tuple[str, Seen]]:
    seen = Seen()
    with ReferenceServer(app(seen)) as srv:
        yield srv.base_url, seen


FAST_RETRY = RetryPolicy(max_retries=2, backoff=0.0, retry_any_method_on=frozenset({429}))


@pytest.mark.e2e
def test_a_rate_limited_upload_is_sent_again_whole(server: tuple[str, Seen]) -> None:
    base_url, seen = server
    clip = wav_bytes(15.0)
    created = create_speaker(
        create_client(TOKEN, base_url=base_url, retry=FAST_RETRY), clip, name="nova", language="en-US"
    )
    assert created.name == "nova"
    assert [audio for _, audio in seen.uploads] == [clip, clip]


@pytest.mark.e2e
def test_async_rate_limited_upload_is_sent_again_whole(server: tuple[str, Seen]) -> None:
    base_url, seen = server
    clip = mp3_bytes(11.0)

    async def run() -> Any:
        made = create_client(TOKEN, base_url=base_url, retry=FAST_RETRY)
        return await async_create_speaker(made, clip, name="nova", language="en-US")

    assert asyncio.run(run()).name == "nova"
    assert [audio for _, audio in seen.uploads] == [clip, clip]


@pytest.mark.e2e
def test_the_reference_clip_streams_to_disk(server: tuple[str, Seen], tmp_path: Path) -> None:
    base_url, _ = server
    made = create_client(TOKEN, base_url=base_url)
    saved = download_reference_audio(made, "nova", tmp_path)
    assert saved.path == tmp_path / "nova.wav" and saved.path.read_bytes() == wav_bytes(1.0)

    async def run() -> Any:
        return await async_download_reference_audio(made, "nova", tmp_path / "async.wav")

    assert asyncio.run(run()).nbytes == len(wav_bytes(1.0))


@pytest.mark.e2e
def test_breaking_out_of_the_reference_stream_closes_the_connection(server: tuple[str, Seen]) -> None:
    base_url, seen = server
    seen.clip_seconds = 600.0
    for chunk in stream_reference_audio(create_client(TOKEN, base_url=base_url), "nova"):
        assert chunk.startswith(b"RIFF")
        break
    assert seen.disconnected.wait(5), "the server never saw the client go away"


@pytest.mark.e2e
def test_async_break_out_of_the_reference_stream_closes_the_connection(server: tuple[str, Seen]) -> None:
    base_url, seen = server
    seen.clip_seconds = 600.0

    async def run() -> None:
        async with async_stream_reference_audio(create_client(TOKEN, base_url=base_url), "nova") as stream:
            async for _ in stream:
                break

    asyncio.run(run())
    assert seen.disconnected.wait(5), "the server never saw the client go away"
