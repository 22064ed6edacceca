"""Total professional experience in years, with overlapping jobs counted once.

Months are counted inclusively, as LinkedIn does ("Jan 2020 - Dec 2020" is 12 months). A year
without a month is taken as mid-year, so "2016 - 2019" is 3 years; a job that starts and ends in
the same such year counts half a year. "Present" runs through the current month."""

from datetime import date

from app.resumes.parsed import Experience

HALF_YEAR_MONTHS = 6


def total_years(jobs: list[Experience], *, today: date) -> float:
    intervals = [interval for job in jobs if (interval := job_months(job, today=today))]
    return round(_merged_length(intervals) / 12, 1)


def job_months(job: Experience, *, today: date) -> tuple[int, int] | None:
    """[first month, month after the last) as month numbers (year * 12 + month - 1)."""
    if not job.start:
        return None
    now = today.year * 12 + today.month  # exclusive: the current month counts
    start = _month_number(job.start, end=False)
    end = _month_number(job.end, end=True) if job.end else now
    if start >= now:
        return None
    if end <= start and len(job.start) == 4:
        end = start + HALF_YEAR_MONTHS
    end = min(end, now)
    return (start, end) if end > start else None


def _month_number(value: str, *, end: bool) -> int:
    year = int(value[:4])
    if len(value) >= 7:
        return year * 12 + int(value[5:7]) - 1 + (1 if end else 0)
    return year * 12 + HALF_YEAR_MONTHS


def _merged_length(intervals: list[tuple[int, int]]) -> int:
    total = 0
    current: tuple[int, int] | None = None
    for start, end in sorted(intervals):
        if current is None or start > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        total += current[1] - current[0]
    return total
