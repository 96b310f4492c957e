from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_state import RecordingState
from ..models.recording_type import RecordingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_param import ModelParam
    from ..models.moderation import Moderation
    from ..models.recording_note import RecordingNote
    from ..models.recording_params import RecordingParams


T = TypeVar("T", bound="Recording")


@_attrs_define
class Recording:
    """An original (uploaded or TTS) or a conversion. The `voice_*`, `accent_*`,
    `narration_style_*`, `semitones_correction`, `transaction_id` and `moderation` members
    are not in the vendor's v0.6.0 document; they come from a third-party spec describing
    v2 conversions and are typed loosely.

    """

    id: UUID
    project_id: UUID
    type_: RecordingType | str
    state: RecordingState | str
    duration: float
    """ Length in seconds. """
    tts: bool
    """ Whether the original was synthesised from text. """
    params: list[ModelParam] | RecordingParams
    """ Conversion parameters (an object, or a legacy list of model parameters). """
    active: bool
    created_at: datetime.datetime
    listen_count: int
    parent_folder_id: None | Unset | UUID = UNSET
    url: None | str | Unset = UNSET
    """ Path of the audio file on the gateway (`GET https://gateway.respeecher.com/<url>`). """
    waveform_url: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    original_id: None | Unset | UUID = UNSET
    """ For a conversion, the original it was made from. """
    model_id: None | Unset | UUID = UNSET
    model_name: None | str | Unset = UNSET
    calibration_id: None | Unset | UUID = UNSET
    calibration_value: float | None | Unset = UNSET
    calibration_name: None | str | Unset = UNSET
    microphone: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    """ File size in bytes. """
    starred: bool | Unset = False
    tts_voice: None | str | Unset = UNSET
    tts_voice_id: None | Unset | UUID = UNSET
    text: None | str | Unset = UNSET
    """ Source text of a TTS original. """
    error: None | str | Unset = UNSET
    converted_at: datetime.datetime | None | Unset = UNSET
    process_stage: None | str | Unset = UNSET
    note: None | RecordingNote | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    voice_name: None | str | Unset = UNSET
    accent_id: None | str | Unset = UNSET
    accent_name: None | str | Unset = UNSET
    narration_style_id: None | str | Unset = UNSET
    narration_style_name: None | str | Unset = UNSET
    semitones_correction: float | None | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    moderation: Moderation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.moderation import Moderation  # noqa: PLC0415
        from ..models.recording_note import RecordingNote  # noqa: PLC0415
        from ..models.recording_params import RecordingParams  # noqa: PLC0415

        id = str(self.id)

        project_id = str(self.project_id)

        type_: str
        if isinstance(self.type_, RecordingType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        state: str
        if isinstance(self.state, RecordingState):
            state = self.state.value
        else:
            state = self.state

        duration = self.duration

        tts = self.tts

        params: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.params, RecordingParams):
            params = self.params.to_dict()
        else:
            params = []
            for params_type_1_item_data in self.params:
                params_type_1_item = params_type_1_item_data.to_dict()
                params.append(params_type_1_item)

        active = self.active

        created_at = self.created_at.isoformat()

        listen_count = self.listen_count

        parent_folder_id: None | str | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        elif isinstance(self.parent_folder_id, UUID):
            parent_folder_id = str(self.parent_folder_id)
        else:
            parent_folder_id = self.parent_folder_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        waveform_url: None | str | Unset
        if isinstance(self.waveform_url, Unset):
            waveform_url = UNSET
        else:
            waveform_url = self.waveform_url

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        elif isinstance(self.original_id, UUID):
            original_id = str(self.original_id)
        else:
            original_id = self.original_id

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        elif isinstance(self.model_id, UUID):
            model_id = str(self.model_id)
        else:
            model_id = self.model_id

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        calibration_id: None | str | Unset
        if isinstance(self.calibration_id, Unset):
            calibration_id = UNSET
        elif isinstance(self.calibration_id, UUID):
            calibration_id = str(self.calibration_id)
        else:
            calibration_id = self.calibration_id

        calibration_value: float | None | Unset
        if isinstance(self.calibration_value, Unset):
            calibration_value = UNSET
        else:
            calibration_value = self.calibration_value

        calibration_name: None | str | Unset
        if isinstance(self.calibration_name, Unset):
            calibration_name = UNSET
        else:
            calibration_name = self.calibration_name

        microphone: None | str | Unset
        if isinstance(self.microphone, Unset):
            microphone = UNSET
        else:
            microphone = self.microphone

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        starred = self.starred

        tts_voice: None | str | Unset
        if isinstance(self.tts_voice, Unset):
            tts_voice = UNSET
        else:
            tts_voice = self.tts_voice

        tts_voice_id: None | str | Unset
        if isinstance(self.tts_voice_id, Unset):
            tts_voice_id = UNSET
        elif isinstance(self.tts_voice_id, UUID):
            tts_voice_id = str(self.tts_voice_id)
        else:
            tts_voice_id = self.tts_voice_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        converted_at: None | str | Unset
        if isinstance(self.converted_at, Unset):
            converted_at = UNSET
        elif isinstance(self.converted_at, datetime.datetime):
            converted_at = self.converted_at.isoformat()
        else:
            converted_at = self.converted_at

        process_stage: None | str | Unset
        if isinstance(self.process_stage, Unset):
            process_stage = UNSET
        else:
            process_stage = self.process_stage

        note: dict[str, Any] | None | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        elif isinstance(self.note, RecordingNote):
            note = self.note.to_dict()
        else:
            note = self.note

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        voice_name: None | str | Unset
        if isinstance(self.voice_name, Unset):
            voice_name = UNSET
        else:
            voice_name = self.voice_name

        accent_id: None | str | Unset
        if isinstance(self.accent_id, Unset):
            accent_id = UNSET
        else:
            accent_id = self.accent_id

        accent_name: None | str | Unset
        if isinstance(self.accent_name, Unset):
            accent_name = UNSET
        else:
            accent_name = self.accent_name

        narration_style_id: None | str | Unset
        if isinstance(self.narration_style_id, Unset):
            narration_style_id = UNSET
        else:
            narration_style_id = self.narration_style_id

        narration_style_name: None | str | Unset
        if isinstance(self.narration_style_name, Unset):
            narration_style_name = UNSET
        else:
            narration_style_name = self.narration_style_name

        semitones_correction: float | None | Unset
        if isinstance(self.semitones_correction, Unset):
            semitones_correction = UNSET
        else:
            semitones_correction = self.semitones_correction

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, Moderation):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "type": type_,
                "state": state,
                "duration": duration,
                "tts": tts,
                "params": params,
                "active": active,
                "created_at": created_at,
                "listen_count": listen_count,
            }
        )
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if url is not UNSET:
            field_dict["url"] = url
        if waveform_url is not UNSET:
            field_dict["waveform_url"] = waveform_url
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if label is not UNSET:
            field_dict["label"] = label
        if original_id is not UNSET:
            field_dict["original_id"] = original_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if calibration_id is not UNSET:
            field_dict["calibration_id"] = calibration_id
        if calibration_value is not UNSET:
            field_dict["calibration_value"] = calibration_value
        if calibration_name is not UNSET:
            field_dict["calibration_name"] = calibration_name
        if microphone is not UNSET:
            field_dict["microphone"] = microphone
        if size is not UNSET:
            field_dict["size"] = size
        if starred is not UNSET:
            field_dict["starred"] = starred
        if tts_voice is not UNSET:
            field_dict["tts_voice"] = tts_voice
        if tts_voice_id is not UNSET:
            field_dict["tts_voice_id"] = tts_voice_id
        if text is not UNSET:
            field_dict["text"] = text
        if error is not UNSET:
            field_dict["error"] = error
        if converted_at is not UNSET:
            field_dict["converted_at"] = converted_at
        if process_stage is not UNSET:
            field_dict["process_stage"] = process_stage
        if note is not UNSET:
            field_dict["note"] = note
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if accent_id is not UNSET:
            field_dict["accent_id"] = accent_id
        if accent_name is not UNSET:
            field_dict["accent_name"] = accent_name
        if narration_style_id is not UNSET:
            field_dict["narration_style_id"] = narration_style_id
        if narration_style_name is not UNSET:
            field_dict["narration_style_name"] = narration_style_name
        if semitones_correction is not UNSET:
            field_dict["semitones_correction"] = semitones_correction
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if moderation is not UNSET:
            field_dict["moderation"] = moderation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_param import ModelParam  # noqa: PLC0415
        from ..models.moderation import Moderation  # noqa: PLC0415
        from ..models.recording_note import RecordingNote  # noqa: PLC0415
        from ..models.recording_params import RecordingParams  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        project_id = UUID(d.pop("project_id"))

        def _parse_type_(data: object) -> RecordingType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RecordingType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordingType | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_state(data: object) -> RecordingState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = RecordingState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordingState | str, data)

        state = _parse_state(d.pop("state"))

        duration = d.pop("duration")

        tts = d.pop("tts")

        def _parse_params(data: object) -> list[ModelParam] | RecordingParams:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = RecordingParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            params_type_1 = []
            _params_type_1 = data
            for params_type_1_item_data in _params_type_1:
                params_type_1_item = ModelParam.from_dict(params_type_1_item_data)

                params_type_1.append(params_type_1_item)

            return params_type_1

        params = _parse_params(d.pop("params"))

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        listen_count = d.pop("listen_count")

        def _parse_parent_folder_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_folder_id_type_0 = UUID(data)

                return parent_folder_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_folder_id = _parse_parent_folder_id(d.pop("parent_folder_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_waveform_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        waveform_url = _parse_waveform_url(d.pop("waveform_url", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_original_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                original_id_type_0 = UUID(data)

                return original_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        original_id = _parse_original_id(d.pop("original_id", UNSET))

        def _parse_model_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_id_type_0 = UUID(data)

                return model_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_calibration_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calibration_id_type_0 = UUID(data)

                return calibration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        calibration_id = _parse_calibration_id(d.pop("calibration_id", UNSET))

        def _parse_calibration_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        calibration_value = _parse_calibration_value(d.pop("calibration_value", UNSET))

        def _parse_calibration_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        calibration_name = _parse_calibration_name(d.pop("calibration_name", UNSET))

        def _parse_microphone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        microphone = _parse_microphone(d.pop("microphone", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        starred = d.pop("starred", UNSET)

        def _parse_tts_voice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tts_voice = _parse_tts_voice(d.pop("tts_voice", UNSET))

        def _parse_tts_voice_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tts_voice_id_type_0 = UUID(data)

                return tts_voice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tts_voice_id = _parse_tts_voice_id(d.pop("tts_voice_id", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_converted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                converted_at_type_0 = datetime.datetime.fromisoformat(data)

                return converted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        converted_at = _parse_converted_at(d.pop("converted_at", UNSET))

        def _parse_process_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_stage = _parse_process_stage(d.pop("process_stage", UNSET))

        def _parse_note(data: object) -> None | RecordingNote | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                note_type_0 = RecordingNote.from_dict(data)

                return note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingNote | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_voice_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_name = _parse_voice_name(d.pop("voice_name", UNSET))

        def _parse_accent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent_id = _parse_accent_id(d.pop("accent_id", UNSET))

        def _parse_accent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent_name = _parse_accent_name(d.pop("accent_name", UNSET))

        def _parse_narration_style_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        narration_style_id = _parse_narration_style_id(d.pop("narration_style_id", UNSET))

        def _parse_narration_style_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        narration_style_name = _parse_narration_style_name(d.pop("narration_style_name", UNSET))

        def _parse_semitones_correction(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        semitones_correction = _parse_semitones_correction(d.pop("semitones_correction", UNSET))

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

        def _parse_moderation(data: object) -> Moderation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = Moderation.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Moderation | None | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        recording = cls(
            id=id,
            project_id=project_id,
            type_=type_,
            state=state,
            duration=duration,
            tts=tts,
            params=params,
            active=active,
            created_at=created_at,
            listen_count=listen_count,
            parent_folder_id=parent_folder_id,
            url=url,
            waveform_url=waveform_url,
            file_name=file_name,
            label=label,
            original_id=original_id,
            model_id=model_id,
            model_name=model_name,
            calibration_id=calibration_id,
            calibration_value=calibration_value,
            calibration_name=calibration_name,
            microphone=microphone,
            size=size,
            starred=starred,
            tts_voice=tts_voice,
            tts_voice_id=tts_voice_id,
            text=text,
            error=error,
            converted_at=converted_at,
            process_stage=process_stage,
            note=note,
            voice_id=voice_id,
            voice_name=voice_name,
            accent_id=accent_id,
            accent_name=accent_name,
            narration_style_id=narration_style_id,
            narration_style_name=narration_style_name,
            semitones_correction=semitones_correction,
            transaction_id=transaction_id,
            moderation=moderation,
        )

        recording.additional_properties = d
        return recording

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
