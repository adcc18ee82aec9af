"""/api/events/facets and /api/events/over-time: the counts beside the map (per type, sub-type, actor,
governorate, month, with fatality sums) and the stacked events-per-week/month chart, over exactly the
events /api/events lists for the same filters. Registered before the events router, so "facets" is not
read as an event id."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from marsad.store.facet_index import FacetIndex
from marsad.store.facets import DEFAULT_FACET_SIZE, FACET_FIELDS, MAX_FACET_SIZE, events_over_time, facet_counts
from marsad.store.filters import EventFilter

from ..deps import StoreDep
from ..filtering import Filters

router = APIRouter(prefix="/api/events", tags=["events"])

FacetField = Literal["event_type", "sub_event_type", "actor", "admin1", "month"]


class FacetValue(BaseModel):
    value: str
    count: int = Field(description="events with this value")
    fatalities: int = Field(description="their fatalities, summed")


class FacetsOut(BaseModel):
    total: int = Field(description="events matching the filters")
    fatalities: int = Field(description="their fatalities, summed")
    facets: dict[str, list[FacetValue]] = Field(
        description="per field, its most frequent values (months: every month, oldest first)"
    )


class Bucket(BaseModel):
    period: str = Field(description="the month (YYYY-MM) or the week's Monday (YYYY-MM-DD)")
    event_type: str
    count: int
    fatalities: int


class OverTimeOut(BaseModel):
    interval: Literal["month", "week"]
    buckets: list[Bucket]


@router.get("/facets", response_model=FacetsOut, summary="Counts of the filtered events per field")
async def event_facets(
    request: Request,
    store: StoreDep,
    filters: Filters,
    field: Annotated[
        list[FacetField] | None, Query(description="fields to count (repeatable; default: all five)")
    ] = None,
    size: Annotated[int, Query(ge=1, le=MAX_FACET_SIZE, description="values per field")] = DEFAULT_FACET_SIZE,
) -> Any:
    """Per event type, sub-type, actor (actor 1 or 2), governorate and month: how many of the events that
    GET /api/events lists for the same filters have each value, and their fatalities."""
    fields = tuple(dict.fromkeys(field)) if field else FACET_FIELDS
    return await run_in_threadpool(
        _answer, request, filters, ("facets", filters, fields, size),
        lambda index: index.facet_counts(filters, fields, size), lambda: facet_counts(store, filters, fields, size))


@router.get("/over-time", response_model=OverTimeOut, summary="Filtered events per week or month, by type")
async def events_per_period(
    request: Request, store: StoreDep, filters: Filters, interval: Literal["month", "week"] = "month"
) -> Any:
    """The stacked chart's bars: events (and fatalities) per period and event type, oldest first."""
    return await run_in_threadpool(
        _answer, request, filters, ("over-time", filters, interval),
        lambda index: index.events_over_time(filters, interval), lambda: events_over_time(store, filters, interval))


def _answer(request: Request, filters: EventFilter, key: Hashable, from_memory: Callable[[FacetIndex], Any],
            from_sql: Callable[[], Any]) -> Any:
    """From the in-memory index where it evaluates these filters; else counted in SQL, one answer per
    filter while the data is unchanged (the same cache as the list's totals)."""
    index = request.app.state.facet_index.current() if FacetIndex.supports(filters) else None
    if index is not None:
        return from_memory(index)
    return request.app.state.totals.remember(key, from_sql)
