"""One paginated, filtered, ordered list of one model: the shape that the page sections
(strategies, stories, ...) and the directory (contacts, municipalities, ...) share."""

from ..enums import enum_value
from ..listing import ordered_or_searched
from ..middleware import gate_for
from .arguments import site_argument
from .pagination import paginate, paginated_field


class TypedList:
    """A model's list: its GraphQL type, sort fields, default order and typed filters.
    Subclasses say where the gate lets the list start from (`visible`)."""

    def __init__(self, model, graphql_type, order_fields, default_order, filters, **options):
        self.model = model
        self.graphql_type = graphql_type
        self.order_fields = tuple(order_fields)
        self.default_order = default_order
        self.filters = filters
        # A different default order while a filter has a given value, e.g. past events latest
        # first: {(argument, value): order}.
        self.default_orders = options.get("default_orders", {})

    def visible(self, gate):
        raise NotImplementedError

    def load(self, items, info):
        """The items set to load the relations the query asks for with them."""
        return items

    def field(self, description, nested=False, without=()):
        """The list as a root field (with `site`), or `nested` below another type, where the
        filters named in `without` make no sense (a theme's stories need no `theme`)."""
        arguments = {
            name: spec.argument() for name, spec in self.filters.items() if name not in without
        }
        if not nested:
            arguments["site"] = site_argument()
        return paginated_field(
            self.graphql_type,
            self.model.__name__,
            description=f"{description} Order by: {', '.join(self.order_fields)}.",
            **arguments,
        )

    def resolve(
        self, info, order=None, search_query=None, page=None, per_page=None, narrow=None, **kwargs
    ):
        """One page of the list; `narrow` (a function of the queryset) keeps only the items
        that belong to something, e.g. one theme."""
        gate = gate_for(info)
        items = self.visible(gate)
        if narrow is not None:
            items = narrow(items)
        default = self.default_order
        for name, spec in self.filters.items():
            value = kwargs.get(name)
            if value is not None:
                items = spec.apply(items, gate, value)
                default = self.default_orders.get((name, enum_value(value)), default)
        items = self.load(items, info)
        items = ordered_or_searched(items, order, self.order_fields, default, search_query)
        return paginate(items, page, per_page)
