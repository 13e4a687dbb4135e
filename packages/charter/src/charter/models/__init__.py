"""The model gateway: one request/response type, pluggable providers, governance, usage, limits.

    gw = Gateway(settings, store, catalog)
    gw.chat(ChatRequest.of("hi"), model="local", principal="alice") -> ChatResponse
"""

from charter.models.gateway import Call, CircuitBreaker, Gateway, build_stack, chat
from charter.models.guardrails import Guardrail, InjectionGuard, PIIGuard
from charter.models.providers.base import Provider
from charter.models.registry import provider_class, provider_status
from charter.models.types import (
    ChatRequest,
    ChatResponse,
    Message,
    ProviderResult,
    Tool,
    ToolCall,
    Usage,
)

__all__ = [
    "Call", "ChatRequest", "ChatResponse", "CircuitBreaker", "Gateway", "Guardrail", "InjectionGuard", "Message",
    "PIIGuard", "Provider", "ProviderResult", "Tool", "ToolCall", "Usage", "build_stack", "chat",
    "provider_class", "provider_status",
]
