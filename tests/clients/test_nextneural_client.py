"""Generated NextNeural client (generated/nextneural) against respx-mocked responses.

One test or more per operation of specs/nextneural/openapi.yaml: the request the generated function
builds (method, path, auth, body fields) and the typed parsing of documented responses, including
the FastAPI error bodies. Unknown response fields must survive in `additional_properties`.
Multipart boundaries are the overlay layer's business and are not checked here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json

import httpx
import pytest
import respx
from nextneural_client import AuthenticatedClient
from nextneural_client.api.datasets import delete_dataset, get_dataset, upload_dataset_sample
from nextneural_client.api.deployment import deploy_speaker, undeploy_speaker
from nextneural_client.api.speakers import (
    create_speaker,
    delete_speaker,
    get_speaker,
    get_speaker_reference,
    list_speakers,
)
from nextneural_client.models import (
    Dataset,
    DatasetSample,
    DatasetSampleForm,
    DatasetStatus,
    DeletionResult,
    DeploymentResult,
    HTTPError,
    Speaker,
    SpeakerCreated,
    SpeakerCreateForm,
    SpeakerCreateStatus,
    ValidationErrorBody,
)
from nextneural_client.types import File

BASE = "https://api.nextneural.ai"
TOKEN = "nn_k_test_0123456789"
SPEAKERS = "/api/voice/models/speakers"


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token=TOKEN)


@pytest.fixture
def mock():
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        yield router


def _sent(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    return request


# --- speakers ---------------------------------------------------------------------------------


def test_list_speakers_parses_items_and_keeps_unknown_fields(client, mock):
    route = mock.get(SPEAKERS).respond(
        200,
        json=[
            {
                "name": "aria-custom",
                "language": "en-US",
                "description": "Custom US English sales voice",
                "deployed": True,
                "voice_sample_uuid": "vs_x1y2z3",
                "created_at": "2026-05-01T00:00:00Z",
                "lora_rank": 16,
            },
            {
                "name": "meera-support",
                "language": "hi-IN",
                "description": None,
                "deployed": False,
                "voice_sample_uuid": None,
                "created_at": "2026-05-03T09:30:00Z",
            },
        ],
    )

    speakers = list_speakers.sync(client=client)

    assert _sent(route).method == "GET"
    assert isinstance(speakers, list) and len(speakers) == 2
    first, second = speakers
    assert isinstance(first, Speaker)
    assert first.name == "aria-custom"
    assert first.deployed is True
    assert first.voice_sample_uuid == "vs_x1y2z3"
    assert first.created_at == dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    assert first.additional_properties == {"lora_rank": 16}
    assert second.description is None
    assert second.voice_sample_uuid is None
    assert second.deployed is False


def test_list_speakers_401_detail(client, mock):
    mock.get(SPEAKERS).respond(401, json={"detail": "Invalid or expired token"})

    error = list_speakers.sync(client=client)

    assert isinstance(error, HTTPError)
    assert error.detail == "Invalid or expired token"


def test_list_speakers_403_detail(client, mock):
    detail = "Insufficient permissions. Required scopes: voice:calls:write"
    mock.get(SPEAKERS).respond(403, json={"detail": detail})

    error = list_speakers.sync(client=client)

    assert isinstance(error, HTTPError) and error.detail == detail


def test_create_speaker_sends_multipart_fields_and_parses_201(client, mock):
    route = mock.post(SPEAKERS).respond(
        201,
        json={
            "name": "aria-custom",
            "language": "en-US",
            "status": "created",
            "message": "Speaker created. Upload dataset samples and deploy to use in flows.",
            "job_id": "job_1",
        },
    )
    form = SpeakerCreateForm(
        name="aria-custom",
        language="en-US",
        description="Custom US English sales voice",
        reference_audio=File(payload=io.BytesIO(b"RIFF....WAVEfmt "), file_name="ref.wav", mime_type="audio/wav"),
    )

    created = create_speaker.sync(client=client, body=form)

    request = _sent(route)
    assert request.method == "POST"
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    body = request.content
    for field in (b'name="name"', b'name="language"', b'name="description"', b'name="reference_audio"'):
        assert field in body
    assert b"aria-custom" in body and b"RIFF....WAVEfmt " in body
    assert isinstance(created, SpeakerCreated)
    assert created.status == SpeakerCreateStatus.CREATED
    assert created.message.startswith("Speaker created")
    assert created.additional_properties == {"job_id": "job_1"}


def test_create_speaker_accepts_200_and_unknown_status(client, mock):
    mock.post(SPEAKERS).respond(200, json={"name": "aria-custom", "language": "en-US", "status": "cloning"})
    form = SpeakerCreateForm(name="aria-custom", language="en-US", reference_audio=File(payload=io.BytesIO(b"x")))

    created = create_speaker.sync(client=client, body=form)

    assert isinstance(created, SpeakerCreated)
    assert created.status == "cloning"  # growing enum: unknown values arrive as plain strings


def test_create_speaker_409_duplicate_name(client, mock):
    mock.post(SPEAKERS).respond(409, json={"detail": "Speaker 'aria-custom' already exists"})
    form = SpeakerCreateForm(name="aria-custom", language="en-US", reference_audio=File(payload=io.BytesIO(b"x")))

    error = create_speaker.sync(client=client, body=form)

    assert isinstance(error, HTTPError) and "already exists" in error.detail


def test_create_speaker_413_and_400(client, mock):
    route = mock.post(SPEAKERS)
    route.side_effect = [
        httpx.Response(413, json={"detail": "Request entity too large"}),
        httpx.Response(400, json={"detail": "Reference audio must be between 10 and 60 seconds"}),
    ]
    form = SpeakerCreateForm(name="aria-custom", language="en-US", reference_audio=File(payload=io.BytesIO(b"x")))

    too_large = create_speaker.sync_detailed(client=client, body=form)
    form.reference_audio = File(payload=io.BytesIO(b"x"))
    bad_audio = create_speaker.sync_detailed(client=client, body=form)

    assert too_large.status_code == 413 and isinstance(too_large.parsed, HTTPError)
    assert bad_audio.status_code == 400 and isinstance(bad_audio.parsed, HTTPError)
    assert "10 and 60 seconds" in bad_audio.parsed.detail


def test_create_speaker_422_validation_list(client, mock):
    mock.post(SPEAKERS).respond(
        422,
        json={"detail": [{"loc": ["body", "language"], "msg": "Field required", "type": "missing", "input": None}]},
    )
    form = SpeakerCreateForm(name="aria-custom", language="en-US", reference_audio=File(payload=io.BytesIO(b"x")))

    error = create_speaker.sync(client=client, body=form)

    assert isinstance(error, ValidationErrorBody)
    item = error.detail[0]
    assert item.loc == ["body", "language"]
    assert item.msg == "Field required" and item.type_ == "missing"
    assert item.additional_properties == {"input": None}


def test_create_speaker_429_with_retry_after(client, mock):
    mock.post(SPEAKERS).respond(
        429, json={"detail": "Rate limit exceeded: 5 per 1 minute"}, headers={"Retry-After": "42"}
    )
    form = SpeakerCreateForm(name="aria-custom", language="en-US", reference_audio=File(payload=io.BytesIO(b"x")))

    response = create_speaker.sync_detailed(client=client, body=form)

    assert response.status_code == 429
    assert isinstance(response.parsed, HTTPError)
    assert response.parsed.detail.startswith("Rate limit exceeded")
    assert int(response.headers["Retry-After"]) == 42


def test_get_speaker(client, mock):
    route = mock.get(f"{SPEAKERS}/aria-custom").respond(
        200,
        json={
            "name": "aria-custom",
            "language": "en-US",
            "description": "Custom US English sales voice",
            "deployed": False,
            "created_at": "2026-05-01T00:00:00Z",
        },
    )

    speaker = get_speaker.sync("aria-custom", client=client)

    assert _sent(route).method == "GET"
    assert isinstance(speaker, Speaker)
    assert speaker.deployed is False
    assert speaker.additional_properties == {}


def test_get_speaker_404_and_path_quoting(client, mock):
    route = mock.get(f"{SPEAKERS}/no%2Fsuch").respond(404, json={"detail": "Speaker not found"})

    error = get_speaker.sync("no/such", client=client)

    assert route.called
    assert isinstance(error, HTTPError) and error.detail == "Speaker not found"


def test_delete_speaker_204_and_200(client, mock):
    route = mock.delete(f"{SPEAKERS}/aria-custom")
    route.side_effect = [
        httpx.Response(204),
        httpx.Response(200, json={"message": "Speaker deleted", "undeployed": True}),
    ]

    empty = delete_speaker.sync_detailed("aria-custom", client=client)
    with_body = delete_speaker.sync("aria-custom", client=client)

    assert empty.status_code == 204 and empty.parsed is None
    assert isinstance(with_body, DeletionResult)
    assert with_body.message == "Speaker deleted"
    assert with_body.additional_properties == {"undeployed": True}
    assert route.calls[0].request.method == "DELETE"


@pytest.mark.parametrize("media_type", ["audio/wav", "audio/mpeg"])
def test_get_speaker_reference_returns_bytes(client, mock, media_type):
    audio = bytes(range(256)) * 8
    route = mock.get(f"{SPEAKERS}/aria-custom/reference").respond(
        200, content=audio, headers={"Content-Type": media_type}
    )

    file = get_speaker_reference.sync("aria-custom", client=client)

    assert _sent(route).method == "GET"
    assert isinstance(file, File)
    assert file.payload.read() == audio


def test_get_speaker_reference_404_is_json_error(client, mock):
    mock.get(f"{SPEAKERS}/ghost/reference").respond(404, json={"detail": "Speaker not found"})

    error = get_speaker_reference.sync("ghost", client=client)

    assert isinstance(error, HTTPError)


# --- datasets ---------------------------------------------------------------------------------


def test_get_dataset(client, mock):
    route = mock.get(f"{SPEAKERS}/aria-custom/dataset").respond(
        200, json={"name": "aria-custom", "sample_count": 47, "total_duration_seconds": 312, "status": "ready"}
    )

    dataset = get_dataset.sync("aria-custom", client=client)

    assert _sent(route).method == "GET"
    assert isinstance(dataset, Dataset)
    assert dataset.sample_count == 47
    assert dataset.total_duration_seconds == 312
    assert dataset.status == DatasetStatus.READY


def test_get_dataset_unknown_status_kept_as_string(client, mock):
    mock.get(f"{SPEAKERS}/aria-custom/dataset").respond(
        200,
        json={
            "name": "aria-custom",
            "sample_count": 3,
            "total_duration_seconds": 21.5,
            "status": "training",
            "progress": 0.4,
        },
    )

    dataset = get_dataset.sync("aria-custom", client=client)

    assert isinstance(dataset, Dataset)
    assert dataset.status == "training"
    assert dataset.total_duration_seconds == 21.5
    assert dataset.additional_properties == {"progress": 0.4}


def test_delete_dataset(client, mock):
    route = mock.delete(f"{SPEAKERS}/aria-custom/dataset").respond(204)

    response = delete_dataset.sync_detailed("aria-custom", client=client)

    assert _sent(route).method == "DELETE"
    assert response.status_code == 204


def test_upload_dataset_sample(client, mock):
    transcript = "Hi, good morning! This is Aria calling from Luminary Home."
    route = mock.post(f"{SPEAKERS}/aria-custom/dataset/sample").respond(
        200, json={"sample_id": "smp_s1t2u3", "duration_seconds": 8.4, "transcript": transcript}
    )
    form = DatasetSampleForm(
        audio=File(payload=io.BytesIO(b"ID3\x04sample"), file_name="s1.mp3", mime_type="audio/mpeg"),
        transcript=transcript,
    )

    sample = upload_dataset_sample.sync("aria-custom", client=client, body=form)

    request = _sent(route)
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    assert b'name="audio"' in request.content and b'name="transcript"' in request.content
    assert transcript.encode() in request.content
    assert isinstance(sample, DatasetSample)
    assert sample.sample_id == "smp_s1t2u3"
    assert sample.duration_seconds == 8.4


def test_upload_dataset_sample_429(client, mock):
    mock.post(f"{SPEAKERS}/aria-custom/dataset/sample").respond(
        429, json={"detail": "Rate limit exceeded: 30 per 1 minute"}
    )
    form = DatasetSampleForm(audio=File(payload=io.BytesIO(b"x")), transcript="hello")

    error = upload_dataset_sample.sync("aria-custom", client=client, body=form)

    assert isinstance(error, HTTPError) and "30 per 1 minute" in error.detail


# --- deployment -------------------------------------------------------------------------------


def test_deploy_speaker(client, mock):
    route = mock.post(f"{SPEAKERS}/aria-custom/deploy").respond(
        200, json={"name": "aria-custom", "deployed": True, "voice_sample_uuid": "vs_x1y2z3", "catalog": "shared"}
    )

    result = deploy_speaker.sync("aria-custom", client=client)

    request = _sent(route)
    assert request.method == "POST"
    assert request.content == b""
    assert isinstance(result, DeploymentResult)
    assert result.deployed is True
    assert result.voice_sample_uuid == "vs_x1y2z3"
    assert result.additional_properties == {"catalog": "shared"}


def test_undeploy_speaker_open_body(client, mock):
    route = mock.delete(f"{SPEAKERS}/aria-custom/deploy").respond(200, json={})

    result = undeploy_speaker.sync("aria-custom", client=client)

    assert _sent(route).method == "DELETE"
    assert isinstance(result, DeploymentResult)  # every field optional: an empty object parses
    assert result.to_dict() == {}


def test_async_variant_uses_same_request(client, mock):
    route = mock.get(f"{SPEAKERS}/aria-custom/dataset").respond(
        200, json={"name": "aria-custom", "sample_count": 0, "total_duration_seconds": 0, "status": "ready"}
    )

    async def run():
        async with client as c:
            return await get_dataset.asyncio("aria-custom", client=c)

    dataset = asyncio.run(run())

    assert _sent(route).method == "GET"
    assert isinstance(dataset, Dataset) and dataset.sample_count == 0


def test_speaker_model_roundtrip_keeps_unknown_fields():
    speaker = Speaker.from_dict(
        {"name": "a", "language": "en-US", "deployed": True, "created_at": "2026-05-01T00:00:00Z", "x": 1}
    )
    assert json.loads(json.dumps(speaker.to_dict()))["x"] == 1
