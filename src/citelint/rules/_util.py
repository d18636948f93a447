"""Small helpers shared by rules."""

from __future__ import annotations

from typing import Iterable


def compact(numbers: Iterable[int]) -> str:
    """[4, 5, 6, 9] -> '4–6, 9'."""
    nums = sorted(set(numbers))
    parts = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        parts.append(str(nums[i]) if i == j else f"{nums[i]}–{nums[j]}" if j > i + 1 else f"{nums[i]}, {nums[j]}")
        i = j + 1
    return ", ".join(parts)


def first_line(text: str, start: int, end: int) -> int:
    """End offset of the first line of ``text[start:end]``."""
    nl = text.find("\n", start, end)
    if nl == -1:
        return end
    return nl - 1 if nl > start and text[nl - 1] == "\r" else nl
