"""respx tests for the generated AsyncFlow client (`generated/asyncflow`, from specs/asyncflow/openapi.yaml).

Every operation is called once through the generated functions against a respx mock: the request
shape (method, path, `x-api-key` + `version` headers, JSON body) and the typed parsing of the answer
(binary audio via `File.payload`, word timestamps, cursor pages, error bodies, unknown fields kept in
`additional_properties`). Multipart boundaries are the overlay layer's business and are not checked.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
from http import HTTPStatus

import httpx
import pytest
import respx
from asyncflow_client import AuthenticatedClient, Client
from asyncflow_client.api.status import get_status
from asyncflow_client.api.tts import (
    text_to_speech,
    text_to_speech_stream,
    text_to_speech_with_timestamps,
)
from asyncflow_client.api.voices import (
    clone_voice,
    delete_voice,
    get_voice,
    get_voice_preview,
    list_voices,
    update_voice,
)
from asyncflow_client.models import (
    AudioContainer,
    AudioEncoding,
    ClonedVoice,
    CloneVoiceRequest,
    ErrorCode,
    ErrorResponse,
    ListVoicesRequest,
    ListVoicesResponse,
    OutputFormat,
    StatusResponse,
    StreamAudioContainer,
    StreamOutputFormat,
    TtsRequest,
    TtsStreamRequest,
    TtsWithTimestampsResponse,
    Voice,
    VoiceGender,
    VoiceGenderFilter,
    VoiceMode,
    VoicePreview,
    VoiceSpec,
    VoiceType,
    VoiceUpdateRequest,
    WsAudio,
    WsClose,
    WsCloseContext,
    WsError,
    WsFinal,
    WsInit,
    WsTerminate,
    WsText,
)
from asyncflow_client.types import UNSET, File

BASE_URL = "https://api.async.com"
API_KEY = "sk_test_0123456789"
VOICE_ID = "e0f39dc4-f691-4e78-bba5-5c636692cc04"


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE_URL, token=API_KEY, prefix="", auth_header_name="x-api-key")


@pytest.fixture
def mock():
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        yield router


def _assert_auth(request: httpx.Request) -> None:
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["version"] == "v1"


def _tts_request(container: AudioContainer = AudioContainer.MP3) -> TtsRequest:
    return TtsRequest(
        model_id="async_flash_v1.0",
        transcript="Welcome to Async.",
        voice=VoiceSpec(mode=VoiceMode.ID, id=VOICE_ID),
        output_format=OutputFormat(container=container, encoding=AudioEncoding.PCM_S16LE, sample_rate=44100),
    )


# ------------------------------------------------------------------------------------------- status


def test_get_status_needs_no_key_but_sends_version(mock: respx.MockRouter) -> None:
    route = mock.get("/").respond(200, json={"ok": True, "version": "v1", "region": "eu"})
    result = get_status.sync(client=Client(base_url=BASE_URL))
    request = route.calls.last.request
    assert request.method == "GET"
    assert request.headers["version"] == "v1"
    assert "x-api-key" not in request.headers
    assert isinstance(result, StatusResponse)
    assert result.ok is True and result.version == "v1"
    assert result.additional_properties == {"region": "eu"}


# ---------------------------------------------------------------------------------------------- TTS


@pytest.mark.parametrize(
    ("container", "media_type"),
    [
        (AudioContainer.MP3, "audio/mpeg"),
        (AudioContainer.WAV, "audio/wav"),
        (AudioContainer.RAW, "application/octet-stream"),
    ],
)
def test_text_to_speech_returns_audio_bytes(
    client: AuthenticatedClient, mock: respx.MockRouter, container: AudioContainer, media_type: str
) -> None:
    audio = b"\x00\x01audio-bytes\xff" * 10
    route = mock.post("/text_to_speech").respond(200, content=audio, headers={"content-type": media_type})
    body = _tts_request(container)
    body.speed_control = 1.2
    body.language = "en"

    result = text_to_speech.sync(client=client, body=body)

    request = route.calls.last.request
    _assert_auth(request)
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "model_id": "async_flash_v1.0",
        "transcript": "Welcome to Async.",
        "voice": {"mode": "id", "id": VOICE_ID},
        "output_format": {"container": container.value, "encoding": "pcm_s16le", "sample_rate": 44100},
        "language": "en",
        "speed_control": 1.2,
    }
    assert isinstance(result, File)
    assert result.payload.read() == audio


def test_text_to_speech_error_body_is_parsed(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    mock.post("/text_to_speech").respond(
        401, json={"detail": {"error_code": "INVALID_API_KEY", "message": "Invalid API key."}}
    )
    response = text_to_speech.sync_detailed(client=client, body=_tts_request())
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.detail.error_code == ErrorCode.INVALID_API_KEY
    assert response.parsed.detail.message == "Invalid API key."
    assert response.parsed.detail.extra is UNSET


def test_text_to_speech_with_timestamps_is_parsed(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    audio = b"ID3\x04fake-mp3"
    route = mock.post("/text_to_speech/with_timestamps").respond(
        200,
        json={
            "audio_base64": base64.b64encode(audio).decode(),
            "alignment": {
                "words": ["Welcome", "to", "Async"],
                "word_start_times_milliseconds": [0, 871.5, 923],
                "word_end_times_milliseconds": [871.5, 900, 1637.25],
            },
            "request_id": "req-1",
        },
    )
    result = text_to_speech_with_timestamps.sync(client=client, body=_tts_request())

    request = route.calls.last.request
    _assert_auth(request)
    assert json.loads(request.content)["output_format"]["container"] == "mp3"
    assert isinstance(result, TtsWithTimestampsResponse)
    assert base64.b64decode(result.audio_base64) == audio
    assert result.alignment.words == ["Welcome", "to", "Async"]
    assert result.alignment.word_start_times_milliseconds == [0, 871.5, 923]
    assert result.alignment.word_end_times_milliseconds == [871.5, 900, 1637.25]
    assert result.additional_properties == {"request_id": "req-1"}


def test_text_to_speech_stream_returns_raw_pcm(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    pcm = bytes(range(256)) * 64
    route = mock.post("/text_to_speech/streaming").respond(
        200, stream=httpx.ByteStream(pcm), headers={"content-type": "application/octet-stream"}
    )
    body = TtsStreamRequest(
        model_id="asyncflow_v2.0",
        transcript="Welcome to Async, where imagination meets intelligent speech synthesis.",
        voice=VoiceSpec(mode=VoiceMode.ID, id=VOICE_ID),
        output_format=StreamOutputFormat(
            container=StreamAudioContainer.RAW, encoding=AudioEncoding.PCM_S16LE, sample_rate=44100
        ),
    )
    result = text_to_speech_stream.sync(client=client, body=body)

    request = route.calls.last.request
    _assert_auth(request)
    sent = json.loads(request.content)
    assert sent["output_format"] == {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 44100}
    assert "bit_rate" not in sent["output_format"]
    assert isinstance(result, File)
    assert result.payload.read() == pcm


# ------------------------------------------------------------------------------------------- voices


def test_clone_voice_sends_multipart_and_parses_voice(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    route = mock.post("/voices/clone").respond(
        200,
        json={"id": "new-voice-1", "name": "Narrator", "description": None, "language": "de,en", "quota_left": 4},
    )
    body = CloneVoiceRequest(
        audio=File(payload=io.BytesIO(b"RIFF....WAVEfmt "), file_name="sample.wav", mime_type="audio/wav"),
        name="Narrator",
        gender=VoiceGender.FEMALE,
        enhance=True,
    )
    result = clone_voice.sync(client=client, body=body)

    request = route.calls.last.request
    _assert_auth(request)
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b"RIFF....WAVEfmt " in request.content
    assert b"Narrator" in request.content and b"Female" in request.content
    assert isinstance(result, ClonedVoice)
    assert result.id == "new-voice-1"
    assert result.description is None
    assert result.language == "de,en"
    assert result.additional_properties == {"quota_left": 4}


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, "SHORT_SPEECH_DURATION", ErrorCode.SHORT_SPEECH_DURATION),
        (404, "VERSION_NOT_FOUND", ErrorCode.VERSION_NOT_FOUND),
        (413, "FILE_TOO_LARGE", ErrorCode.FILE_TOO_LARGE),
        (429, "VOICE_CLONE_LIMIT_EXCEEDED", ErrorCode.VOICE_CLONE_LIMIT_EXCEEDED),
        (400, "SOME_NEW_CODE", "SOME_NEW_CODE"),  # the list grows: unknown codes stay strings
    ],
)
def test_clone_voice_errors_are_parsed(
    client: AuthenticatedClient, mock: respx.MockRouter, status: int, code: str, expected: object
) -> None:
    mock.post("/voices/clone").respond(
        status, json={"detail": {"error_code": code, "message": "nope", "extra": {"limit": 5}}}
    )
    body = CloneVoiceRequest(audio=File(payload=io.BytesIO(b"x"), file_name="a.wav"), name="n")
    response = clone_voice.sync_detailed(client=client, body=body)
    assert response.status_code == status
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.detail.error_code == expected
    assert type(response.parsed.detail.error_code) is type(expected)
    assert response.parsed.detail.extra.additional_properties == {"limit": 5}


def test_list_voices_pages_with_cursor(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    pages = [
        {
            "voices": [
                {
                    "voice_id": "voice_id_2",
                    "voice_type": "PREDEFINED",
                    "name": "Ava",
                    "description": "Bright narrator",
                    "created_at": "2025-05-19T14:37:07.297056",
                    "updated_at": "2025-05-19T14:37:07.297056",
                    "language": "en",
                    "gender": "Female",
                    "accent": "American (US)",
                    "style": "Storytelling",
                },
                # the official example's typo, and a voice type the spec does not know yet
                {"voice_id": "voice_id_3", "vocie_type": "CUSTOM", "name": "My clone", "voice_type": "SHARED"},
            ],
            "next_cursor": "voice_id_3",
        },
        {"voices": [{"voice_id": "voice_id_4", "name": "Old", "gender": "male"}], "next_cursor": None},
    ]
    route = mock.post("/voices").mock(side_effect=[httpx.Response(200, json=page) for page in pages])

    first = list_voices.sync(
        client=client, body=ListVoicesRequest(limit=2, gender=VoiceGenderFilter.FEMALE, my_voice=False)
    )
    assert isinstance(first, ListVoicesResponse)
    assert first.next_cursor == "voice_id_3"
    second = list_voices.sync(client=client, body=ListVoicesRequest(limit=2, after=first.next_cursor))
    assert isinstance(second, ListVoicesResponse)
    assert second.next_cursor is None

    requests = [call.request for call in route.calls]
    for request in requests:
        _assert_auth(request)
        assert request.method == "POST"
    assert json.loads(requests[0].content) == {"limit": 2, "gender": "Female", "my_voice": False}
    assert json.loads(requests[1].content) == {"limit": 2, "after": "voice_id_3"}

    ava, clone = first.voices
    assert ava.voice_type == VoiceType.PREDEFINED
    assert ava.gender == VoiceGender.FEMALE
    assert ava.created_at == "2025-05-19T14:37:07.297056"
    assert clone.voice_type == "SHARED" and not isinstance(clone.voice_type, VoiceType)
    assert clone.description is UNSET
    assert clone.additional_properties == {"vocie_type": "CUSTOM"}
    assert second.voices[0].gender == "male"


def test_list_voices_default_limit_is_sent(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    route = mock.post("/voices").respond(200, json={"voices": []})
    result = list_voices.sync(client=client, body=ListVoicesRequest())
    assert json.loads(route.calls.last.request.content) == {"limit": 10}
    assert isinstance(result, ListVoicesResponse)
    assert result.voices == [] and result.next_cursor is UNSET


def test_get_voice_is_parsed(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    route = mock.get(f"/voices/{VOICE_ID}").respond(
        200,
        json={
            "voice_id": VOICE_ID,
            "name": "Ava",
            "description": "Bright narrator",
            "language": "en",
            "gender": "Neutral",
            "accent": None,
            "style": "Storytelling",
            "created_at": "2025-05-19T14:37:07.297056",
            "updated_at": "2025-06-01T08:00:00.000001",
            "voice_type": "CUSTOM",
            "is_starred": True,
        },
    )
    result = get_voice.sync(VOICE_ID, client=client)
    _assert_auth(route.calls.last.request)
    assert isinstance(result, Voice)
    assert result.voice_id == VOICE_ID
    assert result.gender == VoiceGender.NEUTRAL
    assert result.voice_type == VoiceType.CUSTOM
    assert result.accent is None
    assert result.additional_properties == {"is_starred": True}


def test_get_voice_not_found(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    mock.get("/voices/missing").respond(
        404, json={"detail": {"error_code": "VOICE_NOT_FOUND", "message": "Voice not found."}}
    )
    response = get_voice.sync_detailed("missing", client=client)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.detail.error_code == ErrorCode.VOICE_NOT_FOUND


def test_update_voice_puts_json_and_gets_204(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    route = mock.put(f"/voices/{VOICE_ID}").respond(204)
    response = update_voice.sync_detailed(
        VOICE_ID, client=client, body=VoiceUpdateRequest(name="Narrator (calm)", description="Calmer")
    )
    request = route.calls.last.request
    _assert_auth(request)
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"name": "Narrator (calm)", "description": "Calmer"}
    assert response.status_code == HTTPStatus.NO_CONTENT
    assert response.parsed is None


def test_update_voice_field_not_allowed(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    mock.put(f"/voices/{VOICE_ID}").respond(
        400, json={"detail": {"error_code": "VOICE_FIELD_UPDATE_NOT_ALLOWED", "message": "no"}}
    )
    result = update_voice.sync(VOICE_ID, client=client, body=VoiceUpdateRequest(gender=VoiceGender.MALE))
    assert isinstance(result, ErrorResponse)
    assert result.detail.error_code == ErrorCode.VOICE_FIELD_UPDATE_NOT_ALLOWED


def test_delete_voice(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    route = mock.delete(f"/voices/{VOICE_ID}").respond(204)
    response = delete_voice.sync_detailed(VOICE_ID, client=client)
    _assert_auth(route.calls.last.request)
    assert route.calls.last.request.content == b""
    assert response.status_code == HTTPStatus.NO_CONTENT


def test_get_voice_preview(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    url = "https://storage.example.com/previews/e0f39dc4.mp3?X-Amz-Signature=abc"
    route = mock.get(f"/voices/preview/{VOICE_ID}").respond(200, json={"signed_url": url})
    result = get_voice_preview.sync(VOICE_ID, client=client)
    _assert_auth(route.calls.last.request)
    assert isinstance(result, VoicePreview)
    assert result.signed_url == url


def test_async_variant_sends_the_same_request(client: AuthenticatedClient, mock: respx.MockRouter) -> None:
    route = mock.get(f"/voices/preview/{VOICE_ID}").respond(200, json={"signed_url": "https://x.example/a.mp3"})
    result = asyncio.run(get_voice_preview.asyncio(VOICE_ID, client=client))
    _assert_auth(route.calls.last.request)
    assert isinstance(result, VoicePreview)


def test_unexpected_status_raises_when_asked(mock: respx.MockRouter) -> None:
    from asyncflow_client.errors import UnexpectedStatus

    strict = AuthenticatedClient(
        base_url=BASE_URL, token=API_KEY, prefix="", auth_header_name="x-api-key", raise_on_unexpected_status=True
    )
    mock.delete(f"/voices/{VOICE_ID}").respond(500, text="boom")
    with pytest.raises(UnexpectedStatus) as info:
        delete_voice.sync_detailed(VOICE_ID, client=strict)
    assert info.value.status_code == 500


# ------------------------------------------------------------------------- WebSocket message models


def test_websocket_message_models_round_trip() -> None:
    init = WsInit(
        model_id="async_flash_v1.5",
        voice=VoiceSpec(mode=VoiceMode.ID, id=VOICE_ID),
        output_format=OutputFormat(container=AudioContainer.RAW, encoding=AudioEncoding.PCM_S16LE, sample_rate=24000),
        language="en",
    )
    assert init.to_dict() == {
        "model_id": "async_flash_v1.5",
        "voice": {"mode": "id", "id": VOICE_ID},
        "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
        "language": "en",
    }
    assert WsText(transcript="Hello. ", force=True).to_dict() == {"transcript": "Hello. ", "force": True}
    assert WsClose(text="").to_dict() == {"text": ""}
    assert WsClose.from_dict({"transcript": ""}).transcript == ""
    assert WsCloseContext(context_id="c1", close_context=True).to_dict() == {
        "context_id": "c1",
        "close_context": True,
        "transcript": "",
    }
    assert WsTerminate(terminate=True).to_dict() == {"terminate": True}

    audio = WsAudio.from_dict({"audio": "AAEC", "final": False, "context_id": "c1"})
    assert base64.b64decode(audio.audio) == b"\x00\x01\x02" and audio.context_id == "c1"
    final = WsFinal.from_dict({"audio": "", "final": True})
    assert final.final is True and final.audio == ""
    error = WsError.from_dict({"error_code": "INVALID_API_KEY", "message": "bad key", "trace": "t"})
    assert error.error_code == ErrorCode.INVALID_API_KEY
    assert error.additional_properties == {"trace": "t"}
