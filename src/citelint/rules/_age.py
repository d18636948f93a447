"""Shared by CIT301 and CIT302: the age of a stated date in whole months."""

from __future__ import annotations

from ..engine import Hit, Option
from ..model import DateStamp

MAX_AGE = Option("max-age-months", int, 12, "Largest allowed age of the date, in whole months.")


def months_old(stamp: DateStamp, today) -> int:
    month = 12 if stamp.precision == "year" else stamp.value.month  # a bare year: its last month
    return (today.year - stamp.value.year) * 12 + (today.month - month)


def stale(doc, ctx, kind: str):
    stamps = [d for d in doc.dates if d.kind == kind]
    if not stamps:
        return
    latest = max(stamps, key=lambda d: d.value)
    if latest.value > ctx.today:
        return  # a future date is CIT303's business
    limit = ctx.options["max-age-months"]
    age = months_old(latest, ctx.today)
    if age > limit:
        label = " ".join(latest.label.split())
        yield Hit(latest.span, f"{label} {latest.display()} is {age} months old (limit {limit})")
