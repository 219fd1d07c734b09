"""Credentials in generated models never show in their repr (specs/templates/model.py.jinja)."""

from __future__ import annotations

import importlib
import inspect

import attrs
import pytest
from accountingsuite_client.models import OAuthToken

SECRET_NAMES = {
    "access_token",
    "refresh_token",
    "client_secret",
    "apisecretkey",
    "api_key",
    "api_secret",
    "password",
    "token",
    "auth_string",
}
PACKAGES = ["payorcrm_client", "procurify_client", "accountingsuite_client"]


def secret_fields(package: str) -> list[tuple[str, attrs.Attribute[object]]]:
    models = importlib.import_module(f"{package}.models")
    found = []
    for name, cls in inspect.getmembers(models, inspect.isclass):
        if attrs.has(cls):
            # The wire name is the attribute name for these snake_case keys.
            found += [(name, f) for f in attrs.fields(cls) if f.name in SECRET_NAMES]
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_every_credential_field_is_left_out_of_repr(package: str) -> None:
    leaking = [f"{model}.{f.name}" for model, f in secret_fields(package) if f.repr]
    assert leaking == []


def test_the_token_models_carry_credential_fields() -> None:
    # Guards the test above against passing vacuously after a rename.
    assert {f.name for _, f in secret_fields("accountingsuite_client")} >= {
        "access_token",
        "apisecretkey",
        "client_secret",
    }
    assert "access_token" in {f.name for _, f in secret_fields("procurify_client")}


def test_a_token_response_repr_hides_the_token() -> None:
    token = OAuthToken.from_dict(
        {"token_type": "bearer", "access_token": "tok-SECRET-123"}
    )
    assert "tok-SECRET-123" not in repr(token)
    assert token.to_dict()["access_token"] == "tok-SECRET-123"  # still sent and parsed
