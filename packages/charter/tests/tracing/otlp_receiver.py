"""A real OTLP/HTTP trace receiver for tests: a small HTTP server that decodes the protobuf requests.

``OtlpReceiver()`` listens on a free loopback port; ``endpoint`` is its base URL; ``spans(trace_id)``
lists what arrived for one trace. Use it as a context manager (the server stops on exit).
"""

from __future__ import annotations

import gzip
import threading
import zlib
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class OtlpReceiver:
    """Collects the spans posted to ``/v1/traces`` (binary protobuf, gzip or deflate or plain)."""

    def __init__(self) -> None:
        self.received: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.requests = 0
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server hook's name
                from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
                    ExportTraceServiceRequest,
                    ExportTraceServiceResponse,
                )

                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                encoding = self.headers.get("Content-Encoding", "")
                if encoding == "gzip":
                    body = gzip.decompress(body)
                elif encoding == "deflate":
                    body = zlib.decompress(body)
                if self.path != "/v1/traces":
                    self.send_response(404)
                    self.end_headers()
                    return
                request = ExportTraceServiceRequest.FromString(body)
                receiver._add(request)
                reply = ExportTraceServiceResponse().SerializeToString()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *_args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="otlp-receiver", daemon=True)

    def _add(self, request: Any) -> None:
        with self._lock:
            self.requests += 1
            for rs in request.resource_spans:
                for ss in rs.scope_spans:
                    for s in ss.spans:
                        attrs = {a.key: a.value for a in s.attributes}
                        self.received[s.trace_id.hex()].append({
                            "span_id": s.span_id.hex(), "parent_id": s.parent_span_id.hex() or None, "name": s.name,
                            "kind": attrs["charter.span.kind"].string_value if "charter.span.kind" in attrs else None,
                        })

    def spans(self, trace_id: str) -> list[dict[str, Any]]:
        """The spans received for one trace (in arrival order)."""
        with self._lock:
            return list(self.received.get(trace_id, []))

    def __enter__(self) -> OtlpReceiver:
        self._thread.start()
        return self

    def __exit__(self, *_exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
