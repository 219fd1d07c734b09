"""PayorCRM generated models: JSON -> model -> JSON against an untyped dict baseline."""

from __future__ import annotations

import json

from payorcrm_client.models import Customer

from benchmarks.timing import best_of

N = 50_000


def run() -> None:
    records = [
        {
            "companyname": f"Company {i}",
            "firstname": "Ada",
            "lastname": "Lovelace",
            "phoneno": "+15550100",
            "emailaddress1": f"ap{i}@example.com",
            "customerno": str(100000 + i),
            "cocode": "US01",
        }
        for i in range(N)
    ]
    payload = json.dumps(records)

    def baseline() -> None:
        json.dumps([{k: v for k, v in r.items()} for r in json.loads(payload)])

    def generated() -> None:
        json.dumps([Customer.from_dict(r).to_dict() for r in json.loads(payload)])

    base, typed = best_of(baseline, 3), best_of(generated, 3)
    print(f"   baseline (json + dict copy): {N / base:,.0f} rec/s")
    print(
        f"   generated from_dict/to_dict: {N / typed:,.0f} rec/s, {base / typed:.2f}x baseline"
    )
