"""A client library for accessing Respeecher Voice Marketplace API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
