"""`make demo`: the main job, runnable with no credentials and no network.

Until the sandbox servers and the sync land, the demo proves the pipeline that
exists: the seed document's example PayorCRM records are parsed into the
generated models and uploaded through the generated client to a recording
server on 127.0.0.1, which prints exactly what arrived on the wire.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
from payorcrm_client import Client
from payorcrm_client.api.customers import upload_customers
from payorcrm_client.api.invoices import upload_invoices
from payorcrm_client.models import Customer, Invoice

SEED_CUSTOMERS: list[dict[str, Any]] = [
    {
        "companyname": "Payorcrm LLC",
        "firstname": "John",
        "lastname": "Doe",
        "phoneno": "+11122334455",
        "emailaddress1": "john.doe@example.com",
        "customerno": "231231201",
        "cocode": "XY22",
    }
]
SEED_INVOICES: list[dict[str, Any]] = [
    {"customerNumber": "231231201", "invoiceNumber": "21321", "invoiceAmount": 12112}
]


class _Recorder(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.received.append((self.path, json.loads(body)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    client = Client(
        base_url=f"http://{host!s}:{port}",
        headers={"api_key": "demo-key", "api_secret": "demo-secret"},
        timeout=httpx.Timeout(5.0),
    )
    with client:
        customers = [Customer.from_dict(r) for r in SEED_CUSTOMERS]
        invoices = [Invoice.from_dict(r) for r in SEED_INVOICES]
        upload_customers.sync_detailed(client=client, body=customers)
        upload_invoices.sync_detailed(client=client, body=invoices)
    server.shutdown()
    for path, body in _Recorder.received:
        print(f"POST {path}")
        print(json.dumps(body, indent=2))


if __name__ == "__main__":
    main()
