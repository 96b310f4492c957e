"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .agent_create_request import AgentCreateRequest
from .agent_handoff_event import AgentHandoffEvent
from .agent_status import AgentStatus
from .connection_details import ConnectionDetails
from .conversation_client_message import ConversationClientMessage
from .conversation_context import ConversationContext
from .conversation_create_request import ConversationCreateRequest
from .conversation_created import ConversationCreated
from .conversation_end_request import ConversationEndRequest
from .conversation_end_result import ConversationEndResult
from .conversation_ended_event import ConversationEndedEvent
from .conversation_feedback import ConversationFeedback
from .conversation_history import ConversationHistory
from .conversation_message import ConversationMessage
from .conversation_metrics import ConversationMetrics
from .conversation_server_message import ConversationServerMessage
from .conversation_settings import ConversationSettings
from .conversation_started_data import ConversationStartedData
from .conversation_started_event import ConversationStartedEvent
from .conversation_status import ConversationStatus
from .custom_responses import CustomResponses
from .error_detail import ErrorDetail
from .error_occurred_event import ErrorOccurredEvent
from .error_response import ErrorResponse
from .message_received_event import MessageReceivedEvent
from .message_role import MessageRole
from .unknown_webhook_event import UnknownWebhookEvent
from .voice_type import VoiceType
from .webhook import Webhook
from .webhook_create_request import WebhookCreateRequest
from .webhook_event_data import WebhookEventData
from .webhook_event_type import WebhookEventType

__all__ = (
    "Agent",
    "AgentCreateRequest",
    "AgentHandoffEvent",
    "AgentStatus",
    "ConnectionDetails",
    "ConversationClientMessage",
    "ConversationContext",
    "ConversationCreated",
    "ConversationCreateRequest",
    "ConversationEndedEvent",
    "ConversationEndRequest",
    "ConversationEndResult",
    "ConversationFeedback",
    "ConversationHistory",
    "ConversationMessage",
    "ConversationMetrics",
    "ConversationServerMessage",
    "ConversationSettings",
    "ConversationStartedData",
    "ConversationStartedEvent",
    "ConversationStatus",
    "CustomResponses",
    "ErrorDetail",
    "ErrorOccurredEvent",
    "ErrorResponse",
    "MessageReceivedEvent",
    "MessageRole",
    "UnknownWebhookEvent",
    "VoiceType",
    "Webhook",
    "WebhookCreateRequest",
    "WebhookEventData",
    "WebhookEventType",
)
