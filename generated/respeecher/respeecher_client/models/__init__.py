"""Contains all the data models used in inputs/outputs"""

from .accent import Accent
from .accent_info import AccentInfo
from .accent_sample_map import AccentSampleMap
from .accent_samples import AccentSamples
from .accent_settings import AccentSettings
from .account_stats import AccountStats
from .age_group import AgeGroup
from .api_key import ApiKey
from .api_key_create import ApiKeyCreate
from .auto_calibration_result import AutoCalibrationResult
from .calibration import Calibration
from .calibration_list import CalibrationList
from .calibration_state import CalibrationState
from .calibration_upload import CalibrationUpload
from .conversion_stats import ConversionStats
from .credit_balance import CreditBalance
from .default_success import DefaultSuccess
from .direction import Direction
from .duration_history import DurationHistory
from .duration_stats import DurationStats
from .error_response import ErrorResponse
from .favorite_update import FavoriteUpdate
from .folder import Folder
from .folder_create import FolderCreate
from .folder_list import FolderList
from .folder_stats import FolderStats
from .folder_stats_request import FolderStatsRequest
from .folder_update import FolderUpdate
from .gender import Gender
from .group import Group
from .http_validation_error import HTTPValidationError
from .login_creds import LoginCreds
from .login_response import LoginResponse
from .model_param import ModelParam
from .model_param_values import ModelParamValues
from .model_stats import ModelStats
from .moderation import Moderation
from .month_duration import MonthDuration
from .narration_style import NarrationStyle
from .narration_style_info import NarrationStyleInfo
from .narration_style_settings import NarrationStyleSettings
from .note import Note
from .note_create import NoteCreate
from .note_delete import NoteDelete
from .note_update import NoteUpdate
from .order import Order
from .order_conversion import OrderConversion
from .order_create import OrderCreate
from .order_state import OrderState
from .pagination import Pagination
from .pitch_group import PitchGroup
from .project import Project
from .project_create import ProjectCreate
from .project_deleted import ProjectDeleted
from .project_list import ProjectList
from .project_models import ProjectModels
from .project_rename import ProjectRename
from .project_sort_field import ProjectSortField
from .project_stats import ProjectStats
from .project_stats_request import ProjectStatsRequest
from .rate_limit import RateLimit
from .recording import Recording
from .recording_deleted import RecordingDeleted
from .recording_list import RecordingList
from .recording_note import RecordingNote
from .recording_params import RecordingParams
from .recording_replace import RecordingReplace
from .recording_state import RecordingState
from .recording_type import RecordingType
from .recording_update import RecordingUpdate
from .recording_upload import RecordingUpload
from .role import Role
from .species import Species
from .tag import Tag
from .tier import Tier
from .tts_recording_create import TtsRecordingCreate
from .tts_recording_create_v2 import TtsRecordingCreateV2
from .tts_voice import TtsVoice
from .tts_voice_visibility import TtsVoiceVisibility
from .user import User
from .user_calibration import UserCalibration
from .user_data import UserData
from .user_permissions import UserPermissions
from .user_rate_limits import UserRateLimits
from .validation_error import ValidationError
from .voice import Voice
from .voice_list import VoiceList
from .voice_settings_update import VoiceSettingsUpdate
from .voice_sort_field import VoiceSortField
from .voice_visibility import VoiceVisibility

__all__ = (
    "Accent",
    "AccentInfo",
    "AccentSampleMap",
    "AccentSamples",
    "AccentSettings",
    "AccountStats",
    "AgeGroup",
    "ApiKey",
    "ApiKeyCreate",
    "AutoCalibrationResult",
    "Calibration",
    "CalibrationList",
    "CalibrationState",
    "CalibrationUpload",
    "ConversionStats",
    "CreditBalance",
    "DefaultSuccess",
    "Direction",
    "DurationHistory",
    "DurationStats",
    "ErrorResponse",
    "FavoriteUpdate",
    "Folder",
    "FolderCreate",
    "FolderList",
    "FolderStats",
    "FolderStatsRequest",
    "FolderUpdate",
    "Gender",
    "Group",
    "HTTPValidationError",
    "LoginCreds",
    "LoginResponse",
    "ModelParam",
    "ModelParamValues",
    "ModelStats",
    "Moderation",
    "MonthDuration",
    "NarrationStyle",
    "NarrationStyleInfo",
    "NarrationStyleSettings",
    "Note",
    "NoteCreate",
    "NoteDelete",
    "NoteUpdate",
    "Order",
    "OrderConversion",
    "OrderCreate",
    "OrderState",
    "Pagination",
    "PitchGroup",
    "Project",
    "ProjectCreate",
    "ProjectDeleted",
    "ProjectList",
    "ProjectModels",
    "ProjectRename",
    "ProjectSortField",
    "ProjectStats",
    "ProjectStatsRequest",
    "RateLimit",
    "Recording",
    "RecordingDeleted",
    "RecordingList",
    "RecordingNote",
    "RecordingParams",
    "RecordingReplace",
    "RecordingState",
    "RecordingType",
    "RecordingUpdate",
    "RecordingUpload",
    "Role",
    "Species",
    "Tag",
    "Tier",
    "TtsRecordingCreate",
    "TtsRecordingCreateV2",
    "TtsVoice",
    "TtsVoiceVisibility",
    "User",
    "UserCalibration",
    "UserData",
    "UserPermissions",
    "UserRateLimits",
    "ValidationError",
    "Voice",
    "VoiceList",
    "VoiceSettingsUpdate",
    "VoiceSortField",
    "VoiceVisibility",
)
