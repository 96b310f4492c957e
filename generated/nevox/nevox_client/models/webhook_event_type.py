from enum import StrEnum


class WebhookEventType(StrEnum):
    AGENT_HANDOFF = "agent.handoff"
    CONVERSATION_ENDED = "conversation.ended"
    CONVERSATION_STARTED = "conversation.started"
    ERROR_OCCURRED = "error.occurred"
    MESSAGE_RECEIVED = "message.received"

    def __str__(self) -> str:
        return str(self.value)
