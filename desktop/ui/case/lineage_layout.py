"""Where each case and plan of a case's family sits in the drawn lineage: a tree read left to right,
original → the plans adapting it → the variants they published → the plans adapting those."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from desktop.plans.labels import value_label
from desktop.text.language import tr

if TYPE_CHECKING:
    from desktop.plans.lineage import Adaptation
    from desktop.plans.variants import LineageNode

CASE, PLAN = "case", "plan"


@dataclass(frozen=True)
class GraphNode:
    """A case or a plan, at a column (generation) and row (line from the top)."""

    kind: str  # CASE or PLAN
    key: str  # the case's or the plan's id
    title: str  # the case's title, or the city the plan adapts it to
    detail: str  # the case's city; the plan's state and latest stage
    column: int
    row: float
    current: bool = False  # the case on the page


@dataclass(frozen=True)
class GraphEdge:
    """A line from one node to another (indexes into the layout's nodes)."""

    start: int
    end: int
    published: bool  # a plan that published the variant it leads to


@dataclass
class GraphLayout:
    """The nodes, in reading order (top to bottom, parents first), and the edges between them."""

    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)

    @property
    def columns(self) -> int:
        """How many generations wide the graph is."""
        return max((n.column for n in self.nodes), default=-1) + 1

    @property
    def rows(self) -> int:
        """How many lines tall the graph is."""
        return int(max((n.row for n in self.nodes), default=-1)) + 1

    def parent(self, index: int) -> int | None:
        """The node this one comes from, or None for the original."""
        return next((e.start for e in self.edges if e.end == index), None)

    def children(self, index: int) -> list[int]:
        """The nodes that come from this one, top to bottom."""
        return [e.end for e in self.edges if e.start == index]


@dataclass
class _Branch:
    node: GraphNode
    children: list[tuple[_Branch, bool]] = field(default_factory=list)  # (child, published from it)


def _plan_node(plan: Adaptation, column: int) -> GraphNode:
    detail = " · ".join(x for x in (tr("Plan"), value_label(plan.state), value_label(plan.stage)) if x)
    return GraphNode(PLAN, plan.plan_id, plan.city or plan.title, detail, column, 0)


def _publisher(variant: LineageNode, plans: list[Adaptation]) -> int | None:
    """Which plan published a variant: the variant carries the plan's city (a scaling plan first)."""
    city = variant.city.casefold()
    same_city = [n for n, plan in enumerate(plans) if city and plan.city.casefold() == city]
    scaling = [n for n in same_city if plans[n].state == "scaling"]
    return (scaling or same_city or [None])[0]


def _branch(item: LineageNode, column: int, shown_id: str) -> _Branch:
    case = GraphNode(CASE, item.case_id, item.title, item.city, column, 0, item.case_id == shown_id)
    plans = [_Branch(_plan_node(plan, column + 1)) for plan in item.adaptations]
    branch = _Branch(case, [(plan, False) for plan in plans])
    for variant in item.variants:
        publisher = _publisher(variant, item.adaptations)
        if publisher is None:
            branch.children.append((_branch(variant, column + 1, shown_id), False))
        else:
            plans[publisher].children.append((_branch(variant, column + 2, shown_id), True))
    return branch


def lay_out(graph: LineageNode, shown_id: str) -> GraphLayout:
    """The graph's nodes and edges, each leaf on a line of its own and each parent level with the
    middle of its children."""
    layout = GraphLayout()
    next_row = [0]

    def place(branch: _Branch) -> int:
        index = len(layout.nodes)
        layout.nodes.append(branch.node)
        rows = []
        for child, published in branch.children:
            child_index = place(child)
            layout.edges.append(GraphEdge(index, child_index, published))
            rows.append(layout.nodes[child_index].row)
        if rows:
            row = (rows[0] + rows[-1]) / 2
        else:
            row, next_row[0] = next_row[0], next_row[0] + 1
        layout.nodes[index] = replace(branch.node, row=row)
        return index

    place(_branch(graph, 0, shown_id))
    layout.edges.sort(key=lambda edge: (edge.start, edge.end))
    return layout
