"""The trusted documents: the named operations of graphql/operations/, each identified by the
SHA-256 of its file's exact text, listed in graphql/trusted-documents.json.

`make schema` writes the manifest (`manage.py trusted_documents`), a test keeps it in step
with the files, and the API reads only the manifest: what runs in trusted-documents mode is
what was committed and reviewed, nothing a client registers.

A client computes a document's hash from the bytes it sends as `query`: the lower-case hex
SHA-256 of the file's UTF-8 text, comments and final newline included
(`sha256sum graphql/operations/StoryList.graphql`)."""

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from graphql import GraphQLError, OperationDefinitionNode, parse

OPERATIONS_DIR = Path(settings.BASE_DIR) / "graphql" / "operations"
MANIFEST_FILE = Path(settings.BASE_DIR) / "graphql" / "trusted-documents.json"


def document_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TrustedDocument:
    name: str
    text: str


@dataclass(frozen=True)
class TrustedDocuments:
    by_hash: dict[str, TrustedDocument]
    by_name: dict[str, TrustedDocument]


def manifest_from_operations(directory: Path = OPERATIONS_DIR) -> dict[str, dict]:
    """hash -> {"name", "document"} of every operation file, in the order of their names.
    Bytes, not `read_text()`: newline translation would change the text and its hash."""
    manifest = {}
    for path in sorted(directory.glob("*.graphql")):
        text = path.read_bytes().decode("utf-8")
        manifest[document_hash(text)] = {"name": _operation_name(path, text), "document": text}
    return manifest


def manifest_json(manifest: dict[str, dict]) -> str:
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"


def _operation_name(path: Path, text: str) -> str:
    """The one operation's name, which must be the file's: clients ask for it by that name."""
    try:
        document = parse(text)
    except GraphQLError as error:
        raise ValueError(f"{path.name}: {error.message}") from error
    names = [
        definition.name.value if definition.name else None
        for definition in document.definitions
        if isinstance(definition, OperationDefinitionNode)
    ]
    if names != [path.stem]:
        raise ValueError(
            f"{path.name} must hold exactly one operation, named {path.stem!r} (found {names})."
        )
    return path.stem


@cache
def trusted_documents() -> TrustedDocuments:
    """The committed manifest, read once per process; an entry whose text does not have its
    hash is a broken manifest, not a document to trust."""
    try:
        manifest = json.loads(MANIFEST_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        if settings.GRAPHQL_TRUSTED_DOCUMENTS:
            raise ImproperlyConfigured(
                f"{MANIFEST_FILE} is missing: run `make schema` to write it."
            ) from error
        manifest = {}
    documents = {}
    for digest, entry in manifest.items():
        if document_hash(entry["document"]) != digest:
            raise ImproperlyConfigured(
                f"{MANIFEST_FILE.name}: the document of {entry['name']!r} does not have the "
                "hash it is listed under; run `make schema`."
            )
        documents[digest] = TrustedDocument(entry["name"], entry["document"])
    return TrustedDocuments(documents, {document.name: document for document in documents.values()})
