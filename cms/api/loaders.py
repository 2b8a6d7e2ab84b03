"""Per-request loaders for what StreamField blocks and rich text reference: pages, snippets,
images with their renditions, documents. Each kind of object costs one query (pages: one, plus
one per page type), however many blocks and links name them.

A loader (`PageByIdLoader`, `ImageByIdLoader`, `DocumentByIdLoader`, `SnippetByIdLoader`)
keeps what it loaded for the rest of the request. Before the blocks of a StreamField are
converted, `stream_as_asked` walks its raw data once and notes every id that chooser blocks and
rich-text links of the block types the query asks for name; the first value asked for then
loads all noted ids of its kind together. Blocks of types the query asks nothing of are left
unconverted, so they load nothing. Wagtail converts chooser blocks with `bulk_to_python` (one `in_bulk` query per
block type and stream); while a GraphQL request executes (`loading_for`), chooser blocks take
their objects from the request's loaders instead.

Loaders do not gate: what they return still passes the visibility middleware (chooser blocks)
or the gated link handlers (rich text)."""

from contextlib import contextmanager
from contextvars import ContextVar
from types import SimpleNamespace

from graphql.language import FieldNode, FragmentSpreadNode
from grapple.types.interfaces import StreamFieldInterface
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs
from wagtail.snippets.blocks import SnippetChooserBlock

from .gate import RequestFacts
from .middleware import request_facts
from .relations import SNIPPET_RELATIONS


class ByIdLoader:
    """Objects of one model by primary key, loaded for the whole request in one query per
    batch: the ids asked for plus every id primed before."""

    def __init__(self, model):
        self.model = model
        self._found: dict = {}
        self._pending: set = set()

    def queryset(self):
        return self.model._default_manager.all()

    def _key(self, value):
        if value is None or value == "":
            return None
        try:
            return self.model._meta.pk.to_python(value)
        except Exception:  # a malformed id in stored data names nothing
            return None

    def prime(self, values):
        for key in map(self._key, values):
            if key is not None and key not in self._found:
                self._pending.add(key)

    def load_many(self, values) -> list:
        keys = [self._key(value) for value in values]
        missing = {key for key in keys if key is not None and key not in self._found}
        missing |= self._pending
        self._pending = set()
        if missing:
            found = {obj.pk: obj for obj in self.queryset().filter(pk__in=missing)}
            for key in missing:
                self._found[key] = found.get(key)
        return [self._found.get(key) if key is not None else None for key in keys]


class PageByIdLoader(ByIdLoader):
    """Pages as their own types (what chooser blocks and rich-text links show)."""

    def __init__(self):
        super().__init__(Page)

    def queryset(self):
        return Page.objects.specific()


class ImageByIdLoader(ByIdLoader):
    """Images with their renditions: a rendition asked for later costs no query."""

    def __init__(self):
        super().__init__(get_image_model())

    def queryset(self):
        return super().queryset().prefetch_related("renditions")


class DocumentByIdLoader(ByIdLoader):
    def __init__(self):
        super().__init__(get_document_model())


class SnippetByIdLoader(ByIdLoader):
    """Snippets of one model with the foreign keys their API fields follow joined (not their
    images' renditions: blocks rarely show them, and they would cost a query every time)."""

    def queryset(self):
        relations = SNIPPET_RELATIONS.get(self.model)
        queryset = super().queryset()
        if relations is not None:
            queryset = queryset.select_related(*relations.joined)
        return queryset


class RequestLoaders:
    """The loaders of one request, one per kind of object."""

    def __init__(self, facts: RequestFacts):
        self.facts = facts  # the gate's facts of the same request
        self.pages = PageByIdLoader()
        self.images = ImageByIdLoader()
        self.documents = DocumentByIdLoader()
        self._snippets: dict[type, SnippetByIdLoader] = {}
        self._primed: set[int] = set()

    def for_model(self, model) -> ByIdLoader:
        if issubclass(model, Page):
            return self.pages
        if model is self.images.model:
            return self.images
        if model is self.documents.model:
            return self.documents
        if model not in self._snippets:
            self._snippets[model] = SnippetByIdLoader(model)
        return self._snippets[model]

    def prime_stream(self, stream, asked: set[str] | None):
        """Notes the ids the blocks of `stream` name (chooser blocks and rich-text links, at
        any depth), of the block types in `asked` (GraphQL type names; None: all), once per
        stream and request."""
        if id(stream) in self._primed:
            return
        self._primed.add(id(stream))
        for item in stream.raw_data:
            child_block = stream.stream_block.child_blocks.get(item.get("type"))
            if child_block is not None and (asked is None or block_type_name(child_block) in asked):
                self._prime_block(child_block, item.get("value"))

    def prime_rich_text(self, html: str):
        """Notes the pages and documents a rich text links to."""
        for match in FIND_A_TAG.findall(html or ""):
            attrs = extract_attrs(match)
            if attrs.get("linktype") == "page":
                self.pages.prime([attrs.get("id")])
            elif attrs.get("linktype") == "document":
                self.documents.prime([attrs.get("id")])

    def _prime_block(self, block, value):
        if value is None:
            return
        if isinstance(block, blocks.StreamBlock):
            for child in value:
                child_block = block.child_blocks.get(child.get("type"))
                if child_block is not None:
                    self._prime_block(child_block, child.get("value"))
        elif isinstance(block, blocks.ListBlock):
            for child in value:
                item = child.get("value") if isinstance(child, dict) and "type" in child else child
                self._prime_block(block.child_block, item)
        elif isinstance(block, blocks.StructBlock):
            if isinstance(value, dict):
                for name, child_block in block.child_blocks.items():
                    self._prime_block(child_block, value.get(name))
        elif isinstance(block, blocks.ChooserBlock):
            self.for_model(block.model_class).prime([value])
        elif isinstance(block, blocks.RichTextBlock):
            self.prime_rich_text(value.source if isinstance(value, RichText) else value)


def block_type_name(block) -> str:
    """The GraphQL type a block resolves to (grapple's registry, else its generic block)."""
    return StreamFieldInterface.resolve_type(SimpleNamespace(block=block), None)._meta.name


# Fields every block type answers without its value.
_WITHOUT_VALUE = frozenset({"__typename", "id", "blockType", "field"})


def asked_block_types(field_nodes, fragments) -> set[str] | None:
    """The block types (GraphQL type names) whose own fields a selection of StreamField blocks
    asks for; None where it asks for a value of every block (e.g. `rawValue`)."""
    asked = set()
    pending = [node.selection_set for node in field_nodes if node.selection_set]
    while pending:
        for selection in pending.pop().selections:
            if isinstance(selection, FieldNode):
                if selection.name.value not in _WITHOUT_VALUE:
                    return None
                continue
            if isinstance(selection, FragmentSpreadNode):
                selection = fragments[selection.name.value]
            condition = selection.type_condition
            if condition is None or condition.name.value == StreamFieldInterface._meta.name:
                pending.append(selection.selection_set)
            else:
                asked.add(condition.name.value)
    return asked


def stream_as_asked(stream, field_nodes, fragments):
    """The blocks of `stream` for a GraphQL answer: the asked block types converted (their
    chooser values loaded together, through the request's loaders), the others left
    unconverted, since the query reads nothing of them but their type and id."""
    loaders = active_loaders()
    if loaders is None:
        return stream
    asked = asked_block_types(field_nodes, fragments)
    loaders.prime_stream(stream, asked)
    if asked is None:
        return stream
    children = []
    for index, item in enumerate(stream.raw_data):
        child_block = stream.stream_block.child_blocks.get(item.get("type"))
        if child_block is None:
            continue
        if block_type_name(child_block) in asked:
            children.append(stream[index])
        else:
            children.append(StreamValue.StreamChild(child_block, None, id=item.get("id")))
    return children


_ACTIVE: ContextVar[RequestLoaders | None] = ContextVar("request_loaders", default=None)


def active_loaders() -> RequestLoaders | None:
    """The loaders of the GraphQL request executing in this context, if any."""
    return _ACTIVE.get()


@contextmanager
def loading_for(request):
    """Runs a GraphQL execution with the request's loaders active."""
    loaders = getattr(request, "_request_loaders", None)
    if loaders is None:
        loaders = RequestLoaders(request_facts(request))
        request._request_loaders = loaders
    token = _ACTIVE.set(loaders)
    try:
        yield loaders
    finally:
        _ACTIVE.reset(token)


def _from_loaders(original):
    def bulk_to_python(self, values):
        loaders = active_loaders()
        if loaders is None:
            return original(self, values)
        return loaders.for_model(self.model_class).load_many(list(values))

    bulk_to_python.loads_per_request = True
    return bulk_to_python


def install():
    """Chooser blocks read from the request's loaders while a GraphQL request executes; the
    admin and everything else keep Wagtail's own conversion."""
    for block_class in (
        blocks.PageChooserBlock,
        ImageChooserBlock,
        DocumentChooserBlock,
        SnippetChooserBlock,
    ):
        original = block_class.bulk_to_python
        if not getattr(original, "loads_per_request", False):
            block_class.bulk_to_python = _from_loaders(original)
