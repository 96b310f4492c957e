"""Contains all the data models used in inputs/outputs"""

from .dataset import Dataset
from .dataset_sample import DatasetSample
from .dataset_sample_form import DatasetSampleForm
from .dataset_status import DatasetStatus
from .deletion_result import DeletionResult
from .deployment_result import DeploymentResult
from .http_error import HTTPError
from .speaker import Speaker
from .speaker_create_form import SpeakerCreateForm
from .speaker_create_status import SpeakerCreateStatus
from .speaker_created import SpeakerCreated
from .validation_error_body import ValidationErrorBody
from .validation_error_item import ValidationErrorItem

__all__ = (
    "Dataset",
    "DatasetSample",
    "DatasetSampleForm",
    "DatasetStatus",
    "DeletionResult",
    "DeploymentResult",
    "HTTPError",
    "Speaker",
    "SpeakerCreated",
    "SpeakerCreateForm",
    "SpeakerCreateStatus",
    "ValidationErrorBody",
    "ValidationErrorItem",
)
