"""Online verification speed against a local server on 127.0.0.1 (no internet).

1,000 references with DOIs (10 topics of 100 entries), each DOI answered with a real
recorded Crossref record (fixtures/http/) rewritten to that DOI. Measures, end to end
through `citelint.api.lint_bytes` (read, parse, verify, report) with only the CIT5xx rules selected:

- cold: empty SQLite cache, rate limiter off (the server's own speed bounds this);
- warm: the same run again; the server counts requests (must be 0); target < 1 s;
- limited: 20 fresh lookups with the limiter on at 5 requests/s (Crossref's public pool):
  the observed rate must stay at or under 5/s.

    python benchmarks/verify.py
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = json.loads((ROOT / "fixtures/http/crossref/works_10.1002_jor.1100150407.json").read_text())


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):  # noqa: N802
        doi = self.path.split("?")[0].split("/works/", 1)[-1]
        with self.server.lock:
            self.server.times.append(time.monotonic())
        rec = json.loads(json.dumps(RECORD))
        rec["message"]["DOI"] = doi
        body = json.dumps(rec).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def topics(folder: Path, n_docs: int, per_doc: int, prefix: str) -> list[str]:
    paths = []
    for d in range(n_docs):
        refs = "\n".join(
            f"{i + 1}. Lieber RL, Jacks TM, Mohler RL, et al. Growth hormone secretagogue increases muscle strength "
            f"during remobilization after canine hindlimb immobilization. J Orthop Res 1997; 15:519. "
            f"doi:10.1002/{prefix}{d}.{i}" for i in range(per_doc))
        cites = ", ".join(f"[{i + 1}]" for i in range(per_doc))
        p = folder / f"{prefix}{d}.txt"
        p.write_text(f"Growth hormone is discussed {cites}.\n\nREFERENCES\n{refs}\n", encoding="utf-8")
        paths.append(str(p))
    return paths


def run(paths, opts):
    from citelint import api
    from citelint.config import Settings

    api._LOOKUPS.clear()
    settings = Settings(select=("CIT5",), verify=True, verify_options=tuple(sorted(opts.items())))
    t = time.perf_counter()
    findings = 0
    for p in paths:
        report = api.lint_bytes(p, Path(p).read_bytes(), settings, dt.date(2026, 11, 26))
        findings += len(report.findings)
    return time.perf_counter() - t, findings


def main() -> int:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.lock = threading.Lock()
    srv.times = []
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        opts = {"crossref-url": base, "doi-url": base, "ncbi-url": base, "cache": str(folder / "c.sqlite"),
                "rate-limit": False, "retries": 0}
        paths = topics(folder, 10, 100, "bench")
        cold, f1 = run(paths, opts)
        cold_requests = len(srv.times)
        warm, f2 = run(paths, opts)
        warm_requests = len(srv.times) - cold_requests
        print(f"cold: 1000 references, {cold_requests} requests in {cold:.2f} s "
              f"({cold_requests / cold:.0f} requests/s, limiter off); findings {f1}")
        print(f"warm: 1000 references in {warm:.3f} s, {warm_requests} requests (target < 1 s, 0 requests); findings {f2}")
        srv.times.clear()
        limited = topics(folder, 1, 20, "limited")
        local = f"http://localhost:{srv.server_address[1]}"  # another host: its own (NCBI, doi.org) limits
        opts_on = dict(opts, **{"rate-limit": True, "doi-url": local, "ncbi-url": local})
        t, _ = run(limited, opts_on)
        times = srv.times
        rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else float("nan")
        print(f"limited: {len(times)} requests in {t:.2f} s, observed {rate:.2f} requests/s "
              f"(limit 5/s for the public pool)")
    srv.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
