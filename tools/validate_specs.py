"""Validate every spec in ``specs/`` against the OpenAPI 3.1 schema.

Redocly lints style; this checks structural validity with
openapi-spec-validator, the reference validator named by the issues.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from ledgerlink.specs import SPECS_DIR as SPECS
from ledgerlink.specs import load_spec


def spec_paths() -> list[Path]:
    """The specs proper: every YAML file in specs/ that is not a generator config."""
    return sorted(
        p for p in SPECS.glob("*.yaml") if not p.name.endswith(".generator.yaml")
    )


def main() -> int:
    failed = 0
    for path in spec_paths():
        document = load_spec(path.stem)
        try:
            validate(document)
        except OpenAPIValidationError as exc:
            failed += 1
            print(f"{path.name}: INVALID: {exc.message}", file=sys.stderr)
        else:
            print(f"{path.name}: valid OpenAPI {document['openapi']}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
