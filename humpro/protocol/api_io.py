"""Request bodies of the protocol API parsed by hand, so that bad JSON or invalid fields get a
422 with an Indonesian message (the framework's default is English), while the schema still
appears in the OpenAPI document through ``body_doc``."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from django.http import HttpRequest
from ninja.errors import HttpError
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

_MESSAGES = {
    "missing": "wajib diisi",
    "string_type": "harus berupa teks",
    "string_too_short": "tidak boleh kosong",
    "string_too_long": "terlalu panjang",
    "int_type": "harus bilangan bulat",
    "int_parsing": "harus bilangan bulat",
    "int_from_float": "harus bilangan bulat",
    "bool_type": "harus true atau false",
    "bool_parsing": "harus true atau false",
    "greater_than_equal": "terlalu kecil",
    "less_than_equal": "terlalu besar",
    "time_parsing": "harus jam dengan format HH:MM",
    "time_type": "harus jam dengan format HH:MM",
    "literal_error": "nilainya tidak dikenal",
    "enum": "nilainya tidak dikenal",
    "extra_forbidden": "tidak dikenal",
    "model_type": "harus berupa objek JSON",
    "list_type": "harus berupa daftar (JSON array)",
}


def read_json(request: HttpRequest) -> Any:
    """The JSON body, or HttpError 422 with the position of the syntax error."""
    raw = request.body
    if not raw.strip():
        raise HttpError(422, "Isi permintaan kosong: kirim data JSON.")
    try:
        return json.loads(raw)
    except UnicodeDecodeError as exc:
        raise HttpError(422, "Isi permintaan bukan teks UTF-8.") from exc
    except json.JSONDecodeError as exc:
        raise HttpError(422, f"Isi permintaan bukan JSON yang sah (baris {exc.lineno}, "
                             f"kolom {exc.colno}).") from exc


def describe(error: ValidationError) -> str:
    parts = []
    for e in error.errors()[:5]:
        where = ".".join(str(x) for x in e["loc"]) or "data"
        parts.append(f"'{where}' {_MESSAGES.get(e['type'], 'tidak valid')}")
    return "Data tidak valid: " + "; ".join(parts) + "."


def parse(request: HttpRequest, model: type[M]) -> M:
    """Validate the JSON body against ``model``; 422 with an Indonesian message otherwise."""
    data = read_json(request)
    if not isinstance(data, dict):
        raise HttpError(422, "Isi permintaan harus berupa objek JSON.")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise HttpError(422, describe(exc)) from exc


def body_doc(model: type[BaseModel] | dict[str, Any]) -> dict[str, Any]:
    """``openapi_extra`` documenting a JSON request body."""
    schema = model if isinstance(model, dict) else model.model_json_schema()
    return {"requestBody": {"required": True,
                            "content": {"application/json": {"schema": schema}}}}
