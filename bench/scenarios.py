"""What a bench run measures: named operations of graphql/operations/ (their text is the one
source; only variables change) and the comparison views of cms.bench_views."""

import json
from dataclasses import dataclass
from urllib.parse import urlencode

from tests.graphql_client import operation_text, operation_variables

from .load import Request

SITE = "suedwestfalen.localhost"
STORY_PATH = "/stories/bench-story-0001/"
STRATEGY_PATH = "/strategie/rahmenstrategie/"
# Stock grapple's `pages` with StoryList's fields (its own root field; no gate, no loading of
# relations per list, no limits): the baseline of what this API adds to grapple.
STOCK_GRAPPLE_STORIES = """
query StockStories($site: String) {
  pages(site: $site, contentType: "content_models.StoryPage", limit: 100) {
    id
    title
    urlPath
    ... on StoryPage {
      intro
      date
      tags
      authorName
      author { name }
      image { title teaser: rendition(fill: "400x300") { url width height } }
      themes { name slug }
    }
  }
}
"""


@dataclass(frozen=True)
class Scenario:
    name: str
    request: Request
    cacheable: bool = True  # measured uncached and cached (API operations)


def graphql(operation: str, **variables) -> Request:
    body = {
        "query": operation_text(operation),
        "variables": {**operation_variables(operation), **variables},
    }
    return Request("POST", "/graphql/", json.dumps(body).encode())


def story_list(per_page: int) -> Request:
    return graphql("StoryList", site=SITE, perPage=per_page)


OPERATIONS = [
    Scenario("RegionHome", graphql("RegionHome", site=SITE)),
    Scenario("StoryList (20)", story_list(20)),
    Scenario("StoryList (100)", story_list(100)),
    Scenario("PageByPath (strategy)", graphql("PageByPath", site=SITE, path=STRATEGY_PATH)),
    Scenario("PageByPath (story)", graphql("PageByPath", site=SITE, path=STORY_PATH)),
    Scenario("Search", graphql("Search")),
    Scenario("Contacts", graphql("Contacts")),
]

HAND_WRITTEN = Scenario(
    "Hand-written StoryList (100)",
    Request("GET", "/bench/stories/?" + urlencode({"site": SITE, "perPage": 100})),
    cacheable=False,
)
STOCK_GRAPPLE = Scenario(
    "Stock grapple pages (100)",
    Request(
        "POST",
        "/bench/grapple/",
        json.dumps({"query": STOCK_GRAPPLE_STORIES, "variables": {"site": SITE}}).encode(),
    ),
    cacheable=False,
)
TRIVIAL = Scenario("Trivial Django view", Request("GET", "/bench/trivial/"), cacheable=False)
COMPARISONS = [HAND_WRITTEN, STOCK_GRAPPLE, TRIVIAL]
SEARCH = OPERATIONS[5]
STORY_LIST_100 = OPERATIONS[2]
