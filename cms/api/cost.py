"""What a query costs, computed from the document before any resolver runs.

Every field costs 1. A field with a page-size argument (`perPage`, `limit`) multiplies what it
selects by that size, or by the field's maximum when the argument is missing (so the tree fields
`children`, `descendants`, `ancestors`, `siblings`, ... count as lists of their maximum); every
other list of objects (directory lists, relations such as `themes`, stream-field blocks) counts
as `GRAPHQL_COST_LIST_SIZE` items. Fragments are
expanded where they are spread, so a fragment used twice costs twice, and aliases of one field
each cost in full. Where fragments select on different types of an interface, only the dearest
type counts, since each item is of one type.

The figures are an upper bound of the rows and objects a query can touch, not a time."""

from dataclasses import dataclass, field

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLList,
    GraphQLNonNull,
    InlineFragmentNode,
    IntValueNode,
    VariableNode,
    is_leaf_type,
    value_from_ast_untyped,
)

from .limits import SIZE_ARGUMENTS_GRAPHQL, assumed_list_size, maximum_size


@dataclass
class Measure:
    cost: int = 0
    aliases: int = 0
    root_fields: int = 0
    _spreads: list = field(default_factory=list)  # fragments being expanded (cycle guard)


def measure(schema, document, operation, variables: dict) -> Measure:
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if definition.kind == "fragment_definition"
    }
    defaults = {
        definition.variable.name.value: value_from_ast_untyped(definition.default_value)
        for definition in operation.variable_definitions or ()
        if definition.default_value is not None
    }
    walk = _Walk(schema, fragments, {**defaults, **(variables or {})})
    root_type = schema.query_type
    result = walk.selection_cost(operation.selection_set, root_type, sized=False, is_root=True)
    walk.measure.cost = result
    return walk.measure


class _Walk:
    def __init__(self, schema, fragments, variables):
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.measure = Measure()

    def selection_cost(self, selection_set, parent_type, sized, is_root=False) -> int:
        """Fields on the parent type are summed; fields on one concrete type (inline fragments
        and spreads with another type condition) form a group, and the dearest group counts."""
        common = 0
        by_type: dict[str, int] = {}
        for selection, on_type in self._fields(selection_set, parent_type):
            cost = self.field_cost(selection, on_type, sized)
            if is_root:
                self.measure.root_fields += 1
            if on_type is parent_type:
                common += cost
            else:
                by_type[on_type.name] = by_type.get(on_type.name, 0) + cost
        return common + max(by_type.values(), default=0)

    def _fields(self, selection_set, parent_type):
        """The fields of a selection set with the type they are selected on, fragments expanded."""
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                yield selection, parent_type
                continue
            if isinstance(selection, InlineFragmentNode):
                fragment, name = selection, None
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in self.measure._spreads:
                    continue  # unknown fragments and cycles fail validation anyway
            else:
                continue
            condition = fragment.type_condition
            on_type = self.schema.get_type(condition.name.value) if condition else parent_type
            on_type = on_type or parent_type
            if name:
                self.measure._spreads.append(name)
            try:
                yield from self._fields(fragment.selection_set, on_type)
            finally:
                if name:
                    self.measure._spreads.pop()

    def field_cost(self, node: FieldNode, parent_type, sized: bool) -> int:
        if node.alias is not None:
            self.measure.aliases += 1
        name = node.name.value
        definition = getattr(parent_type, "fields", {}).get(name)
        if definition is None:  # __typename, introspection and unknown fields
            return 1
        field_type = definition.type
        if isinstance(field_type, GraphQLNonNull):
            field_type = field_type.of_type
        is_list = isinstance(field_type, GraphQLList)
        named_type = field_type
        while hasattr(named_type, "of_type"):
            named_type = named_type.of_type
        if is_leaf_type(named_type):
            return 1  # a scalar, or a list of scalars: one value of one row
        size_argument = next(
            (arg for arg in SIZE_ARGUMENTS_GRAPHQL if arg in definition.args), None
        )
        children_sized = False
        if size_argument is not None:
            multiplier = self.size(node, size_argument, name)
            if not is_list:
                # A paginated field: its size applies to the list of items inside it.
                children_sized = True
        elif is_list:
            multiplier = 1 if sized else assumed_list_size()
        else:
            multiplier = 1
        children = self.selection_cost(node.selection_set, named_type, children_sized)
        return multiplier * (1 + children)

    def size(self, node, argument_name, field_name) -> int:
        maximum = maximum_size(field_name)
        for argument in node.arguments or ():
            if argument.name.value != argument_name:
                continue
            value = argument.value
            if isinstance(value, VariableNode):
                value = self.variables.get(value.name.value)
            elif isinstance(value, IntValueNode):
                value = int(value.value)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                # Sizes over the maximum are refused with their own error (limits.py).
                return min(value, maximum)
        return maximum
