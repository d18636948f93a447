"""The one HTTP session every lookup goes through: requests-cache, retries, a rate limiter.

- Cache: SQLite in the user cache directory by default (WAL), ``redis://host:port/db`` for a
  cache shared by CI runners, or ``filesystem:PATH``. Work records are kept 30 days and
  not-found answers 7; 429 and 5xx answers are never cached; a stale copy is served when
  the service fails. Contact parameters (``mailto``, ``email``, ``tool``, ``api_key``) are
  not part of the cache key.
- ``offline``: answers come from the cache only; a miss is reported, never fetched.
- Etiquette: a User-Agent with a contact address, retries with backoff on 5xx and
  connection errors, ``Retry-After`` honoured on 429, a timeout on every request, and one
  rate limiter per host shared by all threads of the process.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from .. import __version__

PROJECT_URL = "https://github.com/citelint/citelint"
WORK_TTL = timedelta(days=30)
NOT_FOUND_TTL = timedelta(days=7)
CONTACT_PARAMS = ("mailto", "email", "tool", "api_key")


@dataclass
class VerifySettings:
    crossref_url: str = "https://api.crossref.org"
    doi_url: str = "https://doi.org"
    ncbi_url: str = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
    cache: Optional[str] = None  # None: SQLite in the user cache dir; "redis://…"; "filesystem:PATH"; a path
    mailto: Optional[str] = None
    ncbi_api_key: Optional[str] = None
    offline: bool = False
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 0.5
    rate_limit: bool = True
    rates: dict = field(default_factory=dict)  # host -> requests per second (overrides the defaults)
    rate_share: int = 1  # processes verifying at once (-j N): each keeps to 1/N of every limit


class RateLimiter:
    """Requests per second per host, shared by every thread of the process."""

    def __init__(self, rates: dict[str, float]) -> None:
        self.rates = rates
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        rate = self.rates.get(host)
        if not rate:
            return
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next.get(host, now))
            self._next[host] = at + 1.0 / rate
        if at > now:
            time.sleep(at - now)


def default_rates(s: VerifySettings) -> dict[str, float]:
    polite = bool(s.mailto)
    rates = {
        urlsplit(s.crossref_url).netloc: 10.0 if polite else 5.0,  # Crossref single records (Dec 2025 limits)
        urlsplit(s.crossref_url).netloc + " queries": 3.0 if polite else 1.0,  # and searches
        urlsplit(s.doi_url).netloc: 5.0,
        urlsplit(s.ncbi_url).netloc: 10.0 if s.ncbi_api_key else 3.0,
    }
    rates.update(s.rates)
    return {host: rate / max(1, s.rate_share) for host, rate in rates.items()}


def default_cache_path() -> str:
    from platformdirs import user_cache_dir

    return str(Path(user_cache_dir("citelint")) / "lookups.sqlite")


def make_backend(spec: Optional[str]):
    from requests_cache import FileCache, RedisCache, SQLiteCache

    if spec and spec.startswith(("redis://", "rediss://")):
        from redis import Redis

        return RedisCache(connection=Redis.from_url(spec), ttl_offset=int(WORK_TTL.total_seconds()))
    if spec and spec.startswith("filesystem:"):
        return FileCache(spec[len("filesystem:"):], serializer="json")
    path = spec or default_cache_path()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return SQLiteCache(path, wal=True, busy_timeout=30_000)


class Slots:
    """At most ``n`` requests in flight to one host across the processes of a run (``-j N``):
    ``n`` lock files in the cache directory, each held with ``flock`` during a request.
    Where ``fcntl`` does not exist (Windows) it does nothing."""

    def __init__(self, folder: str, host: str, n: int) -> None:
        safe = "".join(c if c.isalnum() else "_" for c in host)
        self.paths = [os.path.join(folder, f"slot-{safe}-{i}.lock") for i in range(n)]
        os.makedirs(folder, exist_ok=True)

    def __enter__(self):
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            self._fd = None
            return self
        fds = [os.open(p, os.O_CREAT | os.O_RDWR, 0o600) for p in self.paths]
        while True:
            for i, fd in enumerate(fds):
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue
                for other in fds[:i] + fds[i + 1:]:
                    os.close(other)
                self._fd = fd
                return self
            time.sleep(0.01)

    def __exit__(self, *exc):
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
        return False


def concurrency_limits(s: "VerifySettings") -> dict[str, int]:
    """Requests in flight per host across processes (Crossref: 1 in the public pool, 3 in
    the polite pool). A single process makes one request at a time anyway."""
    return {urlsplit(s.crossref_url).netloc: 3 if s.mailto else 1}


def _limited_adapter(base, limiter: RateLimiter, slots: Optional[dict] = None):
    """An HTTPAdapter that waits for the rate limiter (and, across processes, for a
    concurrency slot) before every request that really goes out. Cache hits never reach
    the adapter; retries do, and are counted."""

    class LimitedAdapter(base):
        def send(self, request, **kwargs):
            host = urlsplit(request.url).netloc
            limiter.wait(host)
            if "query.bibliographic=" in request.url:
                limiter.wait(host + " queries")
            slot = (slots or {}).get(host)
            if slot is None:
                return super().send(request, **kwargs)
            with slot:
                return super().send(request, **kwargs)

    return LimitedAdapter


class Lookup:
    """GET with cache, limiter and retries; ``get`` returns a requests Response or raises
    ``Unavailable`` with a reason (CIT507)."""

    def __init__(self, settings: VerifySettings) -> None:
        import requests
        from requests.adapters import HTTPAdapter
        from requests_cache import CachedSession
        from urllib3.util.retry import Retry

        self.settings = settings
        hosts = (settings.crossref_url, settings.doi_url, settings.ncbi_url)
        expire = {}
        for base in hosts:
            netloc_path = base.split("://", 1)[-1].rstrip("/")
            expire[f"{netloc_path}/*"] = WORK_TTL
        self.session = CachedSession(
            backend=make_backend(settings.cache),
            allowable_codes=(200, 404),
            allowable_methods=("GET",),
            urls_expire_after=expire,
            expire_after=timedelta(days=1),
            stale_if_error=True,
            ignored_parameters=CONTACT_PARAMS,
            only_if_cached=settings.offline,
        )
        retry = Retry(total=settings.retries, connect=settings.retries, read=settings.retries,
                      status=settings.retries, backoff_factor=settings.backoff,
                      status_forcelist=(429, 500, 502, 503, 504), allowed_methods=frozenset({"GET"}),
                      respect_retry_after_header=True, raise_on_status=False)
        self.limiter = RateLimiter(default_rates(settings) if settings.rate_limit else {})
        slots = {}
        if settings.rate_limit and settings.rate_share > 1:
            folder = os.path.join(os.path.dirname(default_cache_path()), "slots")
            slots = {host: Slots(folder, host, n) for host, n in concurrency_limits(settings).items()}
        adapter = _limited_adapter(HTTPAdapter, self.limiter, slots)(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        if not any(k.lower().endswith("_proxy") or k in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE") for k in os.environ):
            self.session.trust_env = False  # nothing to take from the environment; saves a scan per request
        contact = f"; mailto:{settings.mailto}" if settings.mailto else ""
        self.session.headers["User-Agent"] = f"citelint/{__version__} ({PROJECT_URL}{contact})"
        self.requests = 0  # requests that reached the network
        self._count_lock = threading.Lock()
        self._requests_error = requests.RequestException

    def get(self, url: str, params: Optional[dict] = None, accept: str = "application/json"):
        params = dict(params or {})
        host = urlsplit(url).netloc
        if self.settings.mailto and host == urlsplit(self.settings.crossref_url).netloc:
            params.setdefault("mailto", self.settings.mailto)
        if host == urlsplit(self.settings.ncbi_url).netloc:
            params.setdefault("tool", "citelint")
            if self.settings.mailto:
                params.setdefault("email", self.settings.mailto)
            if self.settings.ncbi_api_key:
                params.setdefault("api_key", self.settings.ncbi_api_key)
        try:
            resp = self.session.get(url, params=params, headers={"Accept": accept}, timeout=self.settings.timeout)
        except self._requests_error as exc:
            raise Unavailable(f"{host}: {type(exc).__name__}") from None
        if not getattr(resp, "from_cache", False):
            with self._count_lock:
                self.requests += 1
            if resp.status_code == 404:  # not-found answers are kept a shorter time
                try:
                    self.session.cache.save_response(resp, expires=datetime.now(timezone.utc) + NOT_FOUND_TTL)
                except Exception:  # noqa: BLE001 - the cache is an optimisation
                    pass
        if resp.status_code == 504 and self.settings.offline:  # only_if_cached: a miss
            raise Unavailable("offline and not in the cache")
        if resp.status_code == 429:
            raise Unavailable(f"{host}: rate limited (429)")
        if resp.status_code >= 500:
            raise Unavailable(f"{host}: server error {resp.status_code}")
        return resp


    def forget(self, resp) -> None:
        """Drop an answer that turned out to be unusable, so a later good one is fetched."""
        try:
            self.session.cache.delete(requests=[resp.request])
        except Exception:  # noqa: BLE001 - the cache is an optimisation
            pass


class Unavailable(Exception):
    """A lookup could not be made (CIT507): never evidence that an entry is wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
