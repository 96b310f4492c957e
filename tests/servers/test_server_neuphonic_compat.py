"""The official SDK (pyneuphonic 3.1.2), unchanged, against the Neuphonic reference server.

pyneuphonic picks plain http/ws only when "localhost" is in its base URL, and takes host[:port] with no
scheme. Under httpx 0.28 it drops `voice_name` from clone requests (the server names the voice after
the file), sends `Authorization: Bearer: <jwt>`, and sends `str` WebSocket messages as bare text frames.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from pyneuphonic import AgentConfig, Neuphonic, TTSConfig, WebsocketEvents
from server_helpers import HOLLY, NEUPHONIC_KEY, wav_sample

from conformance.servers import ReferenceServer

pytestmark = [pytest.mark.e2e, pytest.mark.compat]


@pytest.fixture
def sdk(neuphonic: ReferenceServer) -> Neuphonic:
    return Neuphonic(api_key=NEUPHONIC_KEY, base_url=f"localhost:{neuphonic.port}")


def test_sdk_lists_voices(sdk: Neuphonic) -> None:
    voices = sdk.voices.list().data["voices"]
    assert HOLLY in {voice["id"] for voice in voices}
    assert sdk.voices.get(voice_id=HOLLY).data["name"] == "Holly"
    assert sdk.voices.get(voice_name="Holly").data["voice_id"] == HOLLY


def test_sdk_clones_updates_and_deletes_a_voice(sdk: Neuphonic, tmp_path: Path) -> None:
    sample = tmp_path / "compat-sample.wav"
    sample.write_bytes(wav_sample(7))
    cloned = sdk.voices.clone(voice_name="Compat Voice", voice_file_path=str(sample), voice_tags=["a", "b"])
    voice_id = cloned.data["voice_id"]
    assert "successfully been cloned" in cloned.data["message"]
    voice = sdk.voices.get(voice_id=voice_id).data
    assert voice["tags"] == ["a", "b"]
    assert sdk.voices.update(voice_id=voice_id, new_voice_tags=["c"]).data["voice_id"] == voice_id
    assert sdk.voices.update(voice_id=voice_id, new_voice_file_path=str(sample)).data["voice_id"] == voice_id
    assert sdk.voices.get(voice_id=voice_id).data["tags"] == ["c"]
    deleted = sdk.voices.delete(voice_id=voice_id)
    assert deleted.data == {"message": "Voice was successfully deleted", "voice_id": voice_id}
    with pytest.raises(ValueError):
        sdk.voices.get(voice_id=voice_id)


def test_sdk_sse_speech(sdk: Neuphonic) -> None:
    messages = list(sdk.tts.SSEClient().send("Hello world", TTSConfig(voice_id=HOLLY, sampling_rate=22050)))
    assert [m.data.text for m in messages] == ["Hello", " world"]
    assert all(m.status_code == 200 and m.data.sampling_rate == 22050 and m.data.audio for m in messages)
    with pytest.raises(Exception, match="Voice not found"):
        list(sdk.tts.SSEClient().send("Hello", TTSConfig(voice_id="no-such-voice")))


def test_sdk_async_sse_with_jwt(sdk: Neuphonic) -> None:
    async def scenario() -> list[Any]:
        client = sdk.tts.AsyncSSEClient()
        await client.jwt_auth()
        assert client.headers["Authorization"].startswith("Bearer: ")
        client.headers.pop("x-api-key")  # prove the JWT alone is accepted
        return [message async for message in client.send("jwt speech")]

    messages = asyncio.run(scenario())
    assert [m.data.text for m in messages] == ["jwt", " speech"]


def test_sdk_websocket_speech(sdk: Neuphonic) -> None:
    async def scenario() -> list[Any]:
        ws = sdk.tts.AsyncWebsocketClient()
        received: list[Any] = []
        done = asyncio.Event()

        async def on_message(message: Any) -> None:
            received.append(message)
            if getattr(message.data, "stop", False):
                done.set()

        ws.on(WebsocketEvents.MESSAGE, on_message)
        await ws.open(TTSConfig(sampling_rate=16000, voice_id=HOLLY))
        await ws.send("Hello, world!", autocomplete=True)  # a bare text frame, then {"text": " <STOP>"}
        await asyncio.wait_for(done.wait(), 5)
        done.clear()
        await ws.send({"text": "Again <STOP>"})
        await asyncio.wait_for(done.wait(), 5)
        await ws.close()
        return received

    received = asyncio.run(scenario())
    texts = [m.data.text for m in received]
    assert texts == ["Hello,", " world!", "", "Again", ""]
    assert [bool(m.data.stop) for m in received] == [False, False, True, False, True]
    assert all(m.data.sampling_rate == 16000 for m in received)


def test_sdk_websocket_refused_handshake_raises(neuphonic: ReferenceServer) -> None:
    bad = Neuphonic(api_key="wrong", base_url=f"localhost:{neuphonic.port}")

    async def scenario() -> None:
        await bad.tts.AsyncWebsocketClient().open(TTSConfig())

    with pytest.raises(Exception, match="Connection to Neuphonic server failed"):
        asyncio.run(scenario())


def test_sdk_agents(sdk: Neuphonic) -> None:
    agent_id = sdk.agents.create(name="Compat", prompt="Be brief.").data["agent_id"]
    assert sdk.agents.get(agent_id).data["agent"]["prompt"] == "Be brief."
    assert {"agent_id": agent_id, "name": "Compat"} in sdk.agents.list().data["agents"]

    async def scenario() -> list[Any]:
        ws = sdk.agents.AsyncWebsocketClient()
        received: list[Any] = []
        done = asyncio.Event()

        async def on_message(message: Any) -> None:
            received.append(message)
            if message.data.type == "llm_response":
                done.set()

        ws.on(WebsocketEvents.MESSAGE, on_message)
        await ws.open(AgentConfig(agent_id=agent_id, mode="llm-tts", mcp_servers=["http://x/sse", "http://y/sse"]))
        await ws.send({"text": "hello agent"})
        await asyncio.wait_for(done.wait(), 5)
        await asyncio.sleep(0.1)
        await ws.close()
        return received

    received = asyncio.run(scenario())
    assert received[0].data.type == "llm_response" and received[0].data.text == "You said: hello agent"
    assert any(m.data.type == "audio_response" and m.data.audio for m in received)
    assert sdk.agents.delete(agent_id).data["agent_id"] == agent_id
