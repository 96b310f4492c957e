"""The shared SSE decoder (overlays/_core/sse.py), property-tested against the WHATWG rules."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from neuphonic_client._core.sse import ServerSentEvent, SSEDecoder, iter_events


def decode(chunks: list[bytes]) -> list[ServerSentEvent]:
    return list(iter_events(chunks))


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    pieces, start = [], 0
    for point in points:
        pieces.append(data[start:point])
        start = point
    pieces.append(data[start:])
    return pieces


# Text that may contain anything but the three SSE line ends, including U+2028, U+0085 and
# multi-byte characters, which must survive intact.
field_text = st.text(
    alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=40
)
line_end = st.sampled_from([b"\n", b"\r", b"\r\n"])


@st.composite
def event_streams(draw: st.DrawFn) -> tuple[bytes, list[tuple[str, str]]]:
    """A stream of events with random line endings, comments and fields, plus what it must decode to."""
    out = bytearray()
    expected = []
    for _ in range(draw(st.integers(0, 6))):
        end = draw(line_end)
        if draw(st.booleans()):
            out += b": " + draw(field_text).encode() + end
        name = draw(st.sampled_from(["message", "error", "audio"]))
        out += b"event: " + name.encode() + end
        lines = draw(st.lists(field_text, min_size=1, max_size=3))
        for line in lines:
            end = draw(line_end)
            out += b"data: " + line.encode() + end
        # A lone LF right after a CR would merge with it into one CRLF line end, not a blank line.
        out += draw(st.sampled_from([b"\r", b"\r\n"])) if end == b"\r" else draw(line_end)
        expected.append((name, "\n".join(lines)))
    return bytes(out), expected


@settings(max_examples=300, deadline=None)
@given(stream=event_streams(), cuts=st.lists(st.integers(0, 10_000), max_size=12))
def test_any_split_into_chunks_yields_the_same_events(stream: tuple[bytes, list[tuple[str, str]]], cuts: list[int]) -> None:
    data, expected = stream
    whole = [(e.event, e.data) for e in decode([data])]
    assert whole == expected
    assert [(e.event, e.data) for e in decode(split_at(data, cuts))] == expected


@settings(max_examples=200, deadline=None)
@given(text=field_text, cut=st.integers(0, 200))
def test_a_multibyte_character_split_across_chunks_survives(text: str, cut: int) -> None:
    payload = ("€𝄞ü" + text).encode()
    data = b"data: " + payload + b"\n\n"
    events = decode(split_at(data, [cut]))
    assert [e.data for e in events] == [payload.decode()]


def test_unicode_line_separators_inside_data_are_not_line_ends() -> None:
    body = json.dumps({"text": "a\u2028b\u0085c\u2029d\x0be\x1cf"}, ensure_ascii=False)
    events = decode([b"data: " + body.encode() + b"\n\n"])
    assert events[0].json() == {"text": "a\u2028b\u0085c\u2029d\x0be\x1cf"}


def test_crlf_split_between_chunks_is_one_line_end() -> None:
    events = decode([b"data: one\r", b"\ndata: two\r", b"\n\r", b"\n"])
    assert [e.data for e in events] == ["one\ntwo"]


def test_fields_follow_the_standard() -> None:
    stream = (
        b"\xef\xbb\xbf: a comment\n"
        b"id: 7\nretry: 1500\nevent: audio\ndata\ndata:no space\ndata:  two spaces\nunknown: x\n\n"
        b"data: after\n\n"
        b"id: bad\x00id\nretry: soon\ndata: last\n\n"
        b"event: ignored-without-data\n\n"
        b"data: unterminated"
    )
    events = decode([stream])
    assert events == [
        ServerSentEvent(data="\nno space\n two spaces", event="audio", id="7", retry=1500),
        ServerSentEvent(data="after", event="message", id="7", retry=1500),
        ServerSentEvent(data="last", event="message", id="7", retry=1500),
    ]


def test_a_large_event_in_small_chunks_is_decoded_in_linear_time() -> None:
    # 8 MiB in 1 KiB chunks: a quadratic buffer would copy ~32 GiB here and never finish in time.
    payload = b"x" * (8 * 2**20)
    data = b"data: " + payload + b"\n\n"
    decoder = SSEDecoder()
    events = []
    for start in range(0, len(data), 1024):
        events += decoder.feed(data[start : start + 1024])
    assert len(events) == 1 and len(events[0].data) == len(payload)


# --- loads_with_audio: the JSON + base64 fast path must agree with json.loads + b64decode ------

import base64 as _b64

from neuphonic_client._core.audio import loads_with_audio
from neuphonic_client._core.errors import ProtocolError

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))


@st.composite
def speech_messages(draw: st.DrawFn) -> dict[str, object]:
    audio = _b64.b64encode(draw(st.binary(max_size=64))).decode()
    data: dict[str, object] = {"audio": audio, "text": draw(st.text(max_size=20))}
    data.update(draw(st.dictionaries(st.sampled_from(["sampling_rate", "stop", "audio_x", "type"]), json_scalars, max_size=3)))
    message: dict[str, object] = {"status_code": 200, "data": data}
    if draw(st.booleans()):
        # the same key elsewhere, or the key's name inside a text value: the fast path must notice
        message[draw(st.sampled_from(["metadata", "extra"]))] = {"audio": draw(st.text(max_size=5))}
    if draw(st.booleans()):
        data["text"] = '"audio": "x"'
    return message


@settings(max_examples=300, deadline=None)
@given(message=speech_messages(), spaced=st.booleans(), escape_slashes=st.booleans())
def test_loads_with_audio_agrees_with_json_loads(message: dict[str, object], spaced: bool, escape_slashes: bool) -> None:
    raw = json.dumps(message, separators=(", ", ": ") if spaced else (",", ":"))
    if escape_slashes:
        raw = raw.replace("/", "\\/")  # legal JSON some encoders emit; base64 contains "/"
    parsed, audio = loads_with_audio(raw.encode(), ("data", "audio"))
    expected = json.loads(raw)
    assert audio == _b64.b64decode(expected["data"]["audio"])
    expected["data"]["audio"] = ""
    assert parsed == expected


def test_loads_with_audio_rejects_bad_base64_naming_the_field() -> None:
    try:
        loads_with_audio(b'{"data": {"audio": "@@@@"}}', ("data", "audio"))
    except ProtocolError as exc:
        assert "data.audio: not valid base64" in str(exc)
    else:
        raise AssertionError("invalid base64 was accepted")
    assert loads_with_audio(b'{"data": {"text": "no audio"}}', ("data", "audio"))[1] is None


def test_the_standard_library_fallback_decodes_and_validates_like_pybase64() -> None:
    from neuphonic_client._core import audio

    data = _b64.b64encode(bytes(range(256)) * 3)
    assert audio._stdlib_b64decode(data) == audio._b64decode(data) == bytes(range(256)) * 3
    for bad in (b"@@@@", b"abc", b"ab=c"):
        for decode in (audio._stdlib_b64decode, audio._b64decode):
            try:
                decode(bad)
            except ValueError:
                continue
            raise AssertionError(f"{decode.__name__} accepted {bad!r}")


def test_the_async_decoder_yields_what_the_sync_one_does() -> None:
    import asyncio

    from neuphonic_client._core.sse import aiter_events

    data = b"event: a\r\ndata: 1\r\n\r\ndata: \xe2\x82"  # "€" split across the last two chunks
    chunks = [data[i : i + 4] for i in range(0, len(data), 4)] + [b"\xac\n\n"]

    async def collect() -> list[ServerSentEvent]:
        async def source():  # type: ignore[no-untyped-def]
            for chunk in chunks:
                yield chunk

        return [event async for event in aiter_events(source())]

    assert asyncio.run(collect()) == decode(chunks) == [
        ServerSentEvent(data="1", event="a"),
        ServerSentEvent(data="€"),
    ]
