"""A self-explaining schema: every type, field, argument and enum value of the committed
contract has a description (German from the models where they have one, English for
developers)."""

from pathlib import Path

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    build_schema,
)

from cms.api import descriptions_en
from cms.api.descriptions import describe_schema
from cms.api.schema import schema

SDL_FILE = Path(__file__).resolve().parent.parent / "graphql" / "schema.graphql"


def undescribed(graphql_schema) -> list[str]:
    missing = []
    for name, graphql_type in graphql_schema.type_map.items():
        if name.startswith("__"):
            continue
        if not graphql_type.description:
            missing.append(name)
        if isinstance(
            graphql_type, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType
        ):
            for field_name, field in graphql_type.fields.items():
                if not field.description:
                    missing.append(f"{name}.{field_name}")
                for argument_name, argument in getattr(field, "args", {}).items():
                    if not argument.description:
                        missing.append(f"{name}.{field_name}({argument_name})")
        if isinstance(graphql_type, GraphQLEnumType):
            missing += [
                f"{name}.{value_name}"
                for value_name, value in graphql_type.values.items()
                if not value.description
            ]
    return missing


def test_no_type_field_argument_or_enum_value_without_a_description():
    contract = build_schema(SDL_FILE.read_text())
    assert undescribed(contract) == []
    assert undescribed(schema.graphql_schema) == []


def test_descriptions_carry_the_german_help_text_and_an_english_sentence():
    strategy = schema.graphql_schema.type_map["StrategyPage"]
    kind = strategy.fields["kind"].description
    assert kind.startswith("Rahmenstrategie der Region, Strategie einer Kommune")
    assert "The kind, as an enum." in kind
    assert strategy.description.startswith("Strategie.")
    enum = schema.graphql_schema.type_map["StrategyKind"]
    assert enum.values["FRAMEWORK"].description == "„Rahmenstrategie“ (`framework`)."


def test_a_new_field_without_an_english_sentence_stops_the_schema(monkeypatch):
    monkeypatch.delitem(descriptions_en.FIELDS, "motto")
    contract = build_schema(SDL_FILE.read_text())
    contract.type_map["StrategyPage"].fields["motto"].description = None
    with pytest.raises(KeyError, match="motto"):
        describe_schema(contract)
