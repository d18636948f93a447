"""A self-contained HTML audit report: no external assets, no script."""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from typing import TextIO

from .. import __version__
from ..findings import Severity

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}
header{background:#1d2433;color:#fff;padding:18px 28px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#b8c0d0}
main{padding:20px 28px;max-width:1200px}section{background:#fff;border:1px solid #e1e4ea;border-radius:8px;padding:14px 18px;margin:0 0 18px}
h2{font-size:16px;margin:0 0 10px}h3{font-size:14px;margin:14px 0 6px}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:4px 8px;border-bottom:1px solid #eef0f3;vertical-align:top}th{color:#5a6478;font-weight:600}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{flex:1;min-width:120px;background:#fff;border:1px solid #e1e4ea;border-radius:8px;padding:10px 14px}
.card b{display:block;font-size:22px}.bar{height:12px;background:#4b6cc1;border-radius:3px;display:inline-block;vertical-align:middle}
.error{color:#b42318}.warning{color:#b54708}.info{color:#175cd3}.sev{font-weight:600;font-size:12px;text-transform:uppercase}
code,.src{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}.src{background:#f6f7f9;padding:2px 6px;border-radius:4px;white-space:pre-wrap;word-break:break-word}
a{color:#2845a8;text-decoration:none}a:hover{text-decoration:underline}.hist td{width:14%;vertical-align:bottom;text-align:center}.hist .bar{display:block;margin:0 auto 4px}.muted{color:#8590a6}
"""
_BINS = (("< 1 year", 0, 12), ("1–2 years", 12, 24), ("2–3 years", 24, 36), ("3–5 years", 36, 60),
         ("5–10 years", 60, 120), ("> 10 years", 120, 10**6))


def _age_months(stamp, today) -> int:
    month = 12 if stamp.precision == "year" else stamp.value.month
    return (today.year - stamp.value.year) * 12 + (today.month - month)


def write(result, out: TextIO, today: dt.date) -> None:
    e = html.escape
    findings = result.findings
    sev = Counter(f.severity for f in findings)
    by_rule = Counter((f.code, f.name) for f in findings)
    hist = Counter()
    no_date = 0
    for rep in result.files:
        doc = rep.document
        stamps = [d for d in doc.dates if d.kind == "review-through"] if doc is not None else []
        if not stamps:
            no_date += 1
            continue
        months = _age_months(max(stamps, key=lambda d: d.value), today)
        hist[next(label for label, lo, hi in _BINS if lo <= months < hi)] += 1
    w = out.write
    w(f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>citelint report</title>"
      f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><style>{_CSS}</style></head><body>")
    w(f"<header><h1>citelint report</h1><p>{len(result.files)} topics checked on {today.isoformat()} · citelint {__version__}</p></header><main>")
    w("<div class=\"cards\">")
    for label, value, cls in (("topics", len(result.files), ""), ("findings", len(findings), ""),
                              ("errors", sev[Severity.ERROR], "error"), ("warnings", sev[Severity.WARNING], "warning"),
                              ("info", sev[Severity.INFO], "info")):
        w(f"<div class=\"card\"><b class=\"{cls}\">{value:,}</b>{label}</div>")
    w("</div><br>")
    # findings by rule
    w("<section><h2>Findings by rule</h2><table><tr><th>rule</th><th>name</th><th>findings</th><th></th></tr>")
    top = max(by_rule.values(), default=1)
    for (code, name), n in by_rule.most_common():
        w(f"<tr><td><code>{e(code)}</code></td><td>{e(name)}</td><td>{n:,}</td>"
          f"<td><span class=\"bar\" style=\"width:{max(2, int(300 * n / top))}px\"></span></td></tr>")
    if not by_rule:
        w("<tr><td colspan=4 class=muted>No findings.</td></tr>")
    w("</table></section>")
    # histogram of review-date ages
    w("<section><h2>Age of the literature-review date</h2><table class=\"hist\"><tr>")
    top = max(list(hist.values()) + [no_date, 1])
    for label, _, _ in _BINS:
        n = hist[label]
        w(f"<td><div class=\"bar\" style=\"height:{max(2, int(90 * n / top))}px;width:28px\"></div><br>{e(label)}<br><b>{n}</b></td>")
    w(f"<td><div class=\"bar\" style=\"background:#c5cad6;height:{max(2, int(90 * no_date / top))}px;width:28px\"></div>"
      f"<br>no date<br><b>{no_date}</b></td></tr></table></section>")
    # one table per topic with findings, linked to their lines; the clean ones in one list
    reps = sorted(result.files, key=lambda r: (-len(r.findings), r.path))
    clean = [r for r in reps if not r.findings]
    for t, rep in enumerate(reps):
        if not rep.findings:
            continue
        w(f"<section id=\"t{t}\"><h2>{e(rep.path)} <span class=\"muted\">({e(rep.format)}, {len(rep.findings)} findings)</span></h2>")
        w("<table><tr><th>line</th><th>severity</th><th>rule</th><th>message</th></tr>")
        for f in rep.findings:
            w(f"<tr><td><a href=\"#t{t}-L{f.line}\">{f.line}:{f.column}</a></td>"
              f"<td class=\"sev {f.severity.label}\">{f.severity.label}</td><td><code>{e(f.code)}</code></td>"
              f"<td>{e(f.message)}</td></tr>")
        w("</table>")
        if rep.document is not None:
            lines = rep.document.line_index.lines
            w("<h3>Lines with findings</h3><table>")
            for ln in sorted({f.line for f in rep.findings}):
                src = lines[ln - 1] if 0 < ln <= len(lines) else ""
                src = src if len(src) <= 400 else src[:400] + "…"
                w(f"<tr id=\"t{t}-L{ln}\"><td class=\"muted\">{ln}</td><td><span class=\"src\">{e(src)}</span></td></tr>")
            w("</table>")
        w("</section>")
    if clean:
        w(f"<section><h2>Topics without findings <span class=\"muted\">({len(clean)})</span></h2><p class=\"muted\">"
          + ", ".join(e(r.path) for r in clean) + "</p></section>")
    w("</main></body></html>\n")
