"""Online verification (CIT501-CIT508) against a local server on 127.0.0.1.

The server answers with the recorded bodies in fixtures/http/ (see its SOURCES.md) and
counts every request, so the tests can tell a network answer from a cached one.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from citelint.api import _LOOKUPS, lint_bytes
from citelint.config import Settings

from conftest import FIXTURES, TODAY

HTTP = FIXTURES / "http"

# request path -> (status, content type, fixture file)
CROSSREF = {
    "10.1038/srep16696": "crossref/works_10.1038_srep16696.json",
    "10.1371/journal.pone.0033693": "crossref/works_10.1371_journal.pone.0033693.json",
    "10.1002/jor.1100150407": "crossref/works_10.1002_jor.1100150407.json",
    "10.5555/citelint.retracted": "crossref/derived_works_10.5555_citelint.retracted.json",
    "10.1109/icdcsw.2003.1203662": "crossref/works_10.1109_icdcsw.2003.1203662.json",
    "10.3892/ijo_00000353": "crossref/works_10.3892_ijo_00000353.json",
}
AGENCY = {"10.1126/science.169.3946.635": "crossref/works_10.1126_science.169.3946.635_agency.json"}
HANDLES = {"10.5281/zenodo.1234": "doi_org/derived_handles_10.5281_zenodo.1234.json"}
EFETCH = {
    "23657305": "pubmed/efetch_pubmed_23657305.xml",
    "35649368": "pubmed/efetch_pubmed_35649368.xml",
}


class Recorded(BaseHTTPRequestHandler):
    """Serves fixtures/http/ under /crossref, /doi and /eutils; ``faults`` replaces the
    next answers for a path with errors."""

    server: "Server"

    def log_message(self, *args):  # keep pytest output clean
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        url = urlsplit(self.path)
        path = unquote(url.path)
        srv = self.server
        with srv.lock:
            srv.hits[path] += 1
            srv.log.append((path, time.monotonic(), self.headers.get("User-Agent", ""), url.query))
            fault = srv.faults.get(path, []).pop(0) if srv.faults.get(path) else None
        if fault == "slow":
            time.sleep(1.5)
            fault = None
        if fault == "500":
            return self._send(500, "text/plain", b"Internal Server Error")
        if fault == "429":
            return self._send(429, "application/json", b'{"status":"error"}', {"Retry-After": "1"})
        if fault == "truncated":
            return self._send(200, "application/json", b'{"status":"ok","message-type":"work","message":{"DOI":"10.')
        if fault == "html":
            return self._send(200, "text/html", b"<html><body>Service temporarily unavailable</body></html>")
        if path == "/crossref/works":
            q = parse_qs(url.query).get("query.bibliographic", [""])[0]
            name = "crossref/derived_query_bibliographic_empty.json"
            if "Fish Ontology" in q:
                name = "crossref/derived_query_bibliographic_" + ("ambiguous.json" if "Preprints" in q else "peerj3811.json")
            return self._send(200, "application/json", (HTTP / name).read_bytes())
        if path == "/eutils/ecitmatch.cgi":
            fields = parse_qs(url.query).get("bdata", [""])[0].split("|")
            recorded = (HTTP / "pubmed/ecitmatch_pubmed_mann1991.txt").read_text().strip().split("|")
            if fields[:4] == recorded[:4]:  # journal, year, volume, first page
                answer = recorded[:5] + [fields[5], recorded[6]]
            else:
                answer = fields[:6] + ["NOT_FOUND;INVALID_JOURNAL" if not fields[0] else "NOT_FOUND"]
            return self._send(200, "text/plain", ("|".join(answer) + "\n").encode())
        if path.startswith("/crossref/works/"):
            doi = path[len("/crossref/works/"):]
            if doi.endswith("/agency"):
                name = AGENCY.get(doi[: -len("/agency")])
            else:
                name = CROSSREF.get(doi)
            if name:
                return self._send(200, "application/json", (HTTP / name).read_bytes())
            return self._send(404, "text/plain", (HTTP / "crossref/works_404_10.1371_notarealdoi.txt").read_bytes())
        if path.startswith("/doi/api/handles/"):
            name = HANDLES.get(path[len("/doi/api/handles/"):])
            if name:
                return self._send(200, "application/json", (HTTP / name).read_bytes())
            return self._send(404, "application/json",
                              (HTTP / "doi_org/derived_handles_404_10.1371_notarealdoi.json").read_bytes())
        if path == "/eutils/efetch.fcgi":
            pmid = parse_qs(url.query).get("id", [""])[0]
            name = EFETCH.get(pmid)
            body = (HTTP / name).read_bytes() if name else b"<?xml version=\"1.0\" ?>\n<PubmedArticleSet></PubmedArticleSet>"
            return self._send(200, "text/xml", body)
        return self._send(404, "text/plain", b"no such route")

    def _send(self, status, ctype, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Recorded)
        self.lock = threading.Lock()
        self.hits: Counter = Counter()
        self.log: list = []
        self.faults: dict[str, list[str]] = {}

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def requests(self) -> int:
        return sum(self.hits.values())


@pytest.fixture
def server():
    srv = Server()
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def options(server, tmp_path, **extra):
    opts = {
        "crossref-url": f"{server.base}/crossref",
        "doi-url": f"{server.base}/doi",
        "ncbi-url": f"{server.base}/eutils",
        "cache": str(tmp_path / "lookups.sqlite"),
        "mailto": "editors@example.org",
        "rate-limit": False,
        "retries": 1,
        "backoff": 0,
        "timeout": 5,
    }
    opts.update(extra)
    return opts


def verify(text: str, opts: dict, select=("CIT5",)):
    _LOOKUPS.clear()  # one session per test, as one per process in real use
    settings = Settings(select=select, verify=True, verify_options=tuple(sorted(opts.items())))
    report = lint_bytes("topic.txt", text.encode(), settings, TODAY)
    return [(f.code, f.message) for f in report.findings]


def topic(*entries: str) -> str:
    cites = ", ".join(f"[{i}]" for i in range(1, len(entries) + 1))
    refs = "\n".join(f"{i}. {e}" for i, e in enumerate(entries, 1))
    return f"Single-molecule studies and orthopaedic trials are cited here {cites}.\n\nREFERENCES\n{refs}\n"


SREP = ("Tosatto L, Horrocks MH, Dear AJ, et al. Single-molecule FRET studies on alpha-synuclein oligomerization "
        "of Parkinson's disease genetically related mutants. Sci Rep 2015; 5:16696. doi:10.1038/srep16696")
JOR = ("Lieber RL, Jacks TM, Mohler RL, et al. Growth hormone secretagogue increases muscle strength during "
       "remobilization after canine hindlimb immobilization. J Orthop Res 1997; 15:519. doi:10.1002/jor.1100150407")
PONE = ("Sadasivan S, Pond BB, Pani AK, et al. Methylphenidate exposure induces dopamine neuron loss and activation "
        "of microglia in the basal ganglia of mice. PLoS One 2012; 7:e33693. doi:10.1371/journal.pone.0033693")
ARQ = ("Costa-Matos L, Batista P, Monteiro N, et al. Hfe mutations and iron overload in patients with alcoholic "
       "liver disease. Arq Gastroenterol 2013; 50:35. PMID: 23657305")


def codes(found):
    return sorted(c for c, _ in found)


# --- verdicts --------------------------------------------------------------------------


def test_correct_entries_give_no_findings(server, tmp_path):
    assert verify(topic(SREP, JOR, ARQ), options(server, tmp_path)) == []


@pytest.mark.parametrize("entry", [
    # a proceedings paper whose record has no year and no journal
    "Arya V, Turletti T. Accurate and explicit differentiation of wireless and congestion losses. In: 23rd "
    "International Conference on Distributed Computing Systems Workshops, 2003. p. 877-882. doi:10.1109/icdcsw.2003.1203662",
    # a sparse record: no volume, no pages
    "Stravopodis DJ, Karkoulis PK, Konstantakou EG, et al. Human bladder cancer cells undergo cisplatin-induced "
    "apoptosis that is associated with p53-dependent and p53-independent responses. Int J Oncol 2009; 35:137. "
    "doi:10.3892/ijo_00000353",
])
def test_sparse_real_records_are_no_evidence_against_an_entry(server, tmp_path, entry):
    assert verify(topic(entry), options(server, tmp_path)) == []


FISH = ("Ali NM, Khan HA, Then AY, et al. Fish Ontology framework for taxonomy-based fish recognition. "
        "PeerJ 2017; 5:e3811.")
MANN = ("Mann BJ, Torian BE, Vedvick TS, Petri WA Jr. Sequence of a cysteine-rich galactose-specific lectin of "
        "Entamoeba histolytica. Proc Natl Acad Sci U S A 1991; 88:3248.")


def test_cit506_suggests_the_doi_of_the_one_validated_candidate(server, tmp_path):
    found = verify(topic(FISH), options(server, tmp_path))
    assert found == [("CIT506", "Reference 1 has no identifier; the registry record matching it is doi:10.7717/peerj.3811")]
    sent = [q for p, _, _, q in server.log if p == "/crossref/works"]
    assert len(sent) == 1 and "query.bibliographic=Ali+NM" in sent[0] and "select=DOI" in sent[0]


def test_cit506_and_cit505_for_an_entry_cited_before_its_volume_and_pages(server, tmp_path):
    """Like the seed's entry 27: no identifier, no volume or pages; the search finds the
    one published record, so the entry gets its DOI and its final citation."""
    found = verify(topic(FISH.replace("PeerJ 2017; 5:e3811.", "PeerJ 2017.")), options(server, tmp_path))
    assert found == [
        ("CIT505", "Reference 1 is cited without volume or pages; the published version is PeerJ 2017;5:e3811 "
                   "(doi:10.7717/peerj.3811)"),
        ("CIT506", "Reference 1 has no identifier; the registry record matching it is doi:10.7717/peerj.3811"),
    ]


def test_cit506_suggests_the_pmid_from_ecitmatch(server, tmp_path):
    found = verify(topic(MANN), options(server, tmp_path))
    assert found == [("CIT506", "Reference 1 has no identifier; the registry record matching it is PMID: 2014248")]
    bdata = parse_qs(next(q for p, _, _, q in server.log if p == "/eutils/ecitmatch.cgi"))["bdata"][0]
    assert bdata.startswith("proc natl acad sci u s a|1991|88|3248|mann bj|")


@pytest.mark.parametrize("entry, why", [
    (FISH.replace("PeerJ 2017; 5:e3811.", "PeerJ Preprints 2017."), "two candidates (article and preprint) validate"),
    (FISH.replace("2017", "2012"), "the year disagrees"),
    (FISH.replace("Ali NM", "Alvarez NM"), "the first author disagrees"),
    (FISH.replace("5:e3811", "5:e3812"), "the first page disagrees"),
    (MANN.replace("88:3248", "88:3249"), "ECitMatch finds nothing and Crossref has no candidate"),
])
def test_cit506_stays_silent_without_one_confident_match(server, tmp_path, entry, why):
    assert verify(topic(entry), options(server, tmp_path)) == [], why


def test_cit506_low_score_is_not_a_candidate(server, tmp_path):
    padded = FISH + " " + "Reviewed in detail by the committee. " * 6  # 68.4 / len < 0.40
    assert verify(topic(padded), options(server, tmp_path)) == []


def test_cit501_only_when_no_agency_knows_the_doi(server, tmp_path):
    missing = "Smith J. A trial of nothing. J Orthop Res 1997; 15:519. doi:10.1371/notarealdoi"
    found = verify(topic(missing), options(server, tmp_path))
    assert codes(found) == ["CIT501"]
    assert "10.1371/notarealdoi" in found[0][1]
    # Crossref, its agency endpoint and the handle service were all asked before saying so
    assert server.hits["/crossref/works/10.1371/notarealdoi"] == 1
    assert server.hits["/crossref/works/10.1371/notarealdoi/agency"] == 1
    assert server.hits["/doi/api/handles/10.1371/notarealdoi"] == 1


def test_a_datacite_doi_is_not_called_missing(server, tmp_path):
    zenodo = "Doe J. Dataset of outcomes. Zenodo 2018. doi:10.5281/zenodo.1234"
    assert verify(topic(zenodo), options(server, tmp_path)) == []
    assert server.hits["/doi/api/handles/10.5281/zenodo.1234"] == 1


def test_cit502_names_each_field_with_both_values(server, tmp_path):
    wrong = JOR.replace("1997; 15:519", "1999; 16:519").replace("Lieber RL", "Lieberman RL")
    found = verify(topic(wrong), options(server, tmp_path))
    assert codes(found) == ["CIT502"]
    msg = found[0][1]
    assert "year 1999 vs 1997" in msg
    assert "volume 16 vs 15" in msg
    assert "first author 'Lieberman' vs 'Lieber'" in msg
    assert "journal" not in msg  # "J Orthop Res" is an abbreviation of "Journal of Orthopaedic Research"


def test_cit502_tolerates_online_first_year(server, tmp_path):
    assert verify(topic(SREP.replace("2015;", "2016;")), options(server, tmp_path)) == []


def test_cit502_against_pubmed_for_a_pmid_only_entry(server, tmp_path):
    found = verify(topic(ARQ.replace("50:35", "51:35")), options(server, tmp_path))
    assert found == [("CIT502", "Reference 1 disagrees with the PubMed record for PMID 23657305: volume 51 vs 50")]


def test_cit503_retraction_watch(server, tmp_path):
    retracted = JOR.replace("10.1002/jor.1100150407", "10.5555/citelint.retracted")
    found = verify(topic(retracted), options(server, tmp_path))
    assert codes(found) == ["CIT503"]
    assert "retraction-watch" in found[0][1] and "10.5555/citelint.retraction-notice" in found[0][1]


def test_cit504_correction_is_never_cit503(server, tmp_path):
    found = verify(topic(PONE), options(server, tmp_path))
    assert codes(found) == ["CIT504"]
    assert "correction" in found[0][1] and "10.1371/annotation/c76da2c1" in found[0][1]


def test_cit504_from_a_pubmed_erratum(server, tmp_path):
    cell = ("Li M, Xian HC, Tang YJ, et al. Fatty acid oxidation protects cancer cells from apoptosis by increasing "
            "mitochondrial membrane lipids. Cell Rep 2022; 39:110870. PMID: 35649368")
    found = verify(topic(cell), options(server, tmp_path))
    assert codes(found) == ["CIT504"]
    assert "erratum" in found[0][1]


def test_cit505_gives_the_final_citation(server, tmp_path):
    ahead = ("Lieber RL, Jacks TM, Mohler RL, et al. Growth hormone secretagogue increases muscle strength during "
             "remobilization after canine hindlimb immobilization. J Orthop Res 1997. doi:10.1002/jor.1100150407")
    found = verify(topic(ahead), options(server, tmp_path))
    assert codes(found) == ["CIT505"]
    assert "1997;15:519" in found[0][1]


def test_cit508_doi_and_pmid_name_different_works(server, tmp_path):
    both = SREP + ". PMID: 23657305"
    found = verify(topic(both), options(server, tmp_path))
    assert "CIT508" in codes(found)
    msg = dict(found)["CIT508"]
    assert "10.1038/srep16696" in msg and "10.1590/s0004-28032013000100008" in msg


def test_only_identifiers_leave_the_machine(server, tmp_path):
    verify(topic(SREP, ARQ), options(server, tmp_path))
    sent = " ".join(p + " " + q for p, _, _, q in server.log)
    assert "Single-molecule studies" not in sent and "orthopaedic" not in sent
    assert all(ua.startswith("citelint/") and "mailto:editors@example.org" in ua for _, _, ua, _ in server.log)


# --- faults ----------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["500", "truncated", "html", "429-forever"])
def test_faults_end_as_cit507_and_nothing_wrong_is_cached(server, tmp_path, fault):
    path = "/crossref/works/10.1002/jor.1100150407"
    server.faults[path] = ["429"] * 3 if fault == "429-forever" else [fault] * 3
    opts = options(server, tmp_path, retries=1 if fault in ("500", "429-forever") else 0)
    wrong = JOR.replace("15:519", "16:519")
    found = verify(topic(wrong, SREP), opts)
    assert codes(found) == ["CIT507"], found  # the run went on: entry 2 was checked and is fine
    assert "could not be checked" in found[0][1]
    server.faults.clear()
    again = verify(topic(wrong, SREP), opts)
    assert codes(again) == ["CIT502"]  # the later good answer is used


def test_429_retry_after_is_honoured(server, tmp_path):
    path = "/crossref/works/10.1002/jor.1100150407"
    server.faults[path] = ["429"]
    found = verify(topic(JOR), options(server, tmp_path, retries=2))
    assert found == []
    times = [t for p, t, _, _ in server.log if p == path]
    assert len(times) == 2 and times[1] - times[0] >= 0.9  # Retry-After: 1


def test_timeout_is_cit507_then_recovers(server, tmp_path):
    path = "/crossref/works/10.1002/jor.1100150407"
    server.faults[path] = ["slow"]
    opts = options(server, tmp_path, timeout=0.5, retries=0)
    assert codes(verify(topic(JOR), opts)) == ["CIT507"]
    assert verify(topic(JOR), opts) == []


def test_connection_refused_is_cit507(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed when the block ends: nothing listens there
    opts = {"crossref-url": f"http://127.0.0.1:{port}", "doi-url": f"http://127.0.0.1:{port}",
            "ncbi-url": f"http://127.0.0.1:{port}", "cache": str(tmp_path / "c.sqlite"),
            "rate-limit": False, "retries": 0, "timeout": 2}
    found = verify(topic(SREP, ARQ), opts)
    assert codes(found) == ["CIT507", "CIT507"]


# --- the cache -------------------------------------------------------------------------


def test_warm_cache_makes_zero_requests_and_offline_gives_the_same_verdicts(server, tmp_path):
    text = topic(SREP, JOR.replace("15:519", "16:519"), PONE, ARQ,
                 "Smith J. A trial of nothing. J Orthop Res 1997; 15:519. doi:10.1371/notarealdoi")
    opts = options(server, tmp_path)
    cold = verify(text, opts)
    assert codes(cold) == ["CIT501", "CIT502", "CIT504"]
    n = server.requests()
    assert n >= 6
    warm = verify(text, opts)
    assert warm == cold and server.requests() == n  # zero requests
    offline = verify(text, dict(opts, offline=True))
    assert offline == cold and server.requests() == n


def test_offline_cache_miss_is_cit507_not_a_failure(server, tmp_path):
    found = verify(topic(SREP, ARQ), options(server, tmp_path, offline=True))
    assert codes(found) == ["CIT507", "CIT507"]
    assert all("offline" in m for _, m in found)
    assert server.requests() == 0


def test_contact_parameters_do_not_split_the_cache(server, tmp_path):
    verify(topic(SREP, ARQ), options(server, tmp_path, mailto="a@example.org"))
    n = server.requests()
    verify(topic(SREP, ARQ), options(server, tmp_path, mailto="b@example.org"))
    assert server.requests() == n


def test_not_found_answers_expire_sooner_than_records(server, tmp_path):
    from citelint.verify.session import Lookup, VerifySettings

    verify(topic(SREP, "Smith J. Nothing. J Orthop Res 1997; 15:519. doi:10.1371/notarealdoi"), options(server, tmp_path))
    lookup = Lookup(VerifySettings(cache=str(tmp_path / "lookups.sqlite"), rate_limit=False))
    expiry = {r.url.split("/crossref/")[-1].split("?")[0]: round((r.expires - r.created_at).total_seconds() / 86400)
              for r in lookup.session.cache.responses.values()
              if "/crossref/works/" in r.url and "agency" not in r.url}
    assert expiry == {"works/10.1038/srep16696": 30, "works/10.1371/notarealdoi": 7}


def test_cli_verify_offline_and_cache_commands(server, tmp_path):
    from typer.testing import CliRunner

    from citelint.cli import app

    doc = tmp_path / "topic.txt"
    doc.write_text(topic(JOR.replace("15:519", "16:519")), encoding="utf-8")
    cfg = tmp_path / ".citelint.toml"
    opts = options(server, tmp_path)
    lines = ["[verify]"] + [f"{k} = {json.dumps(v)}" for k, v in opts.items() if k != "cache"]
    cfg.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cache = str(tmp_path / "cli.sqlite")
    runner = CliRunner()
    _LOOKUPS.clear()
    r = runner.invoke(app, ["check", "--config", str(cfg), "--select", "CIT5", "--verify", "--cache", cache,
                            "-f", "json", "--today", "2026-11-26", str(doc)])
    assert r.exit_code == 1, r.output
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == ["CIT502"]
    _LOOKUPS.clear()
    r = runner.invoke(app, ["check", "--config", str(cfg), "--select", "CIT5", "--verify", "--offline", "--cache", cache,
                            "-f", "json", "--today", "2026-11-26", str(doc)])
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == ["CIT502"]
    r = runner.invoke(app, ["cache", "info", "--cache", cache])
    assert r.exit_code == 0 and "responses: 1" in r.stdout
    r = runner.invoke(app, ["cache", "clear", "--cache", cache])
    assert r.exit_code == 0 and "cleared 1 cached response" in r.stdout
    # without --verify no request is made and no CIT5xx appears
    _LOOKUPS.clear()
    n = server.requests()
    r = runner.invoke(app, ["check", "--config", str(cfg), "-f", "json", "--today", "2026-11-26", str(doc)])
    assert server.requests() == n
    assert not any(f["code"].startswith("CIT5") for f in json.loads(r.stdout)["findings"])


def test_config_typo_in_verify_table_is_one_line(tmp_path):
    from typer.testing import CliRunner

    from citelint.cli import app

    cfg = tmp_path / ".citelint.toml"
    cfg.write_text('[verify]\ncrossref-ulr = "http://127.0.0.1:9"\n', encoding="utf-8")
    doc = tmp_path / "t.txt"
    doc.write_text(topic(SREP), encoding="utf-8")
    r = CliRunner().invoke(app, ["check", "--config", str(cfg), str(doc)])
    assert r.exit_code == 2
    assert "did you mean 'crossref-url'" in r.stderr


# --- sharing the cache -----------------------------------------------------------------


def test_eight_processes_share_one_sqlite_cache(server, tmp_path):
    """8 citelint processes verify at once into one SQLite cache: none fails on a locked
    database, no answer is lost, and a second round is served from the cache alone."""
    import os
    import subprocess
    import sys

    opts = options(server, tmp_path)
    cfg = tmp_path / ".citelint.toml"
    cfg.write_text("[verify]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in opts.items()), encoding="utf-8")
    docs = []
    for p in range(8):
        entries = [SREP, JOR] + [f"Smith J. Work {p}-{i}. J Orthop Res 1997; 15:{i + 1}. doi:10.9999/p{p}.{i}"
                                 for i in range(12)]
        d = tmp_path / f"topic{p}.txt"
        d.write_text(topic(*entries), encoding="utf-8")
        docs.append(d)
    env = dict(os.environ, PYTHONWARNINGS="ignore")

    def round_():
        procs = [subprocess.Popen([sys.executable, "-m", "citelint", "check", "--config", str(cfg), "--select", "CIT5",
                                   "--verify", "-f", "json", "--today", "2026-11-26", str(d)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for d in docs]
        out = []
        for pr in procs:
            so, se = pr.communicate(timeout=120)
            assert b"locked" not in se and b"Traceback" not in se, se.decode()
            out.append(sorted(f["code"] for f in json.loads(so)["findings"]))
        return out

    first = round_()
    assert first == [["CIT501"] * 12] * 8  # every process checked every entry; no CIT507
    n = server.requests()
    unique = 2 + 8 * 12 * 3  # two records, then works + agency + handle for each unknown DOI
    assert n == unique or n == unique + server.hits["/crossref/works/10.1038/srep16696"] - 1 \
        + server.hits["/crossref/works/10.1002/jor.1100150407"] - 1  # shared records may race on the first fetch
    from citelint.verify.session import Lookup, VerifySettings

    stored = list(Lookup(VerifySettings(cache=opts["cache"], rate_limit=False)).session.cache.responses.keys())
    assert len(stored) == unique  # no lost entries
    assert round_() == first and server.requests() == n  # the second round is all from the cache


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A real redis-server on 127.0.0.1: the one .ci/run started (CITELINT_TEST_REDIS_URL),
    or one started here on a free port."""
    import os
    import shutil
    import subprocess

    redis = pytest.importorskip("redis", reason="the redis client is not installed (pip install '.[test]')")
    url = os.environ.get("CITELINT_TEST_REDIS_URL")
    proc = None
    if not url:
        exe = shutil.which("redis-server")
        if not exe:
            pytest.skip("redis-server is not installed (.ci/run installs it with apt-get)")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        d = tmp_path_factory.mktemp("redis")
        proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                 "--dir", str(d)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(50):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    else:
        if proc:
            proc.kill()
        pytest.skip(f"redis-server did not answer at {url}")
    client.flushdb()
    yield url
    client.flushdb()
    if proc:
        proc.terminate()
        proc.wait(timeout=10)


def test_redis_cache_is_shared_between_runners(server, tmp_path, redis_url):
    """Two "runners" (separate sessions, as on two CI machines) share the Redis cache:
    the second makes no request, and --offline on a third gives the same verdicts."""
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    text = topic(SREP, JOR.replace("15:519", "16:519"), PONE)
    opts = options(server, tmp_path, cache=redis_url)
    first = verify(text, opts)
    assert codes(first) == ["CIT502", "CIT504"]
    n = server.requests()
    assert n == 3
    assert verify(text, opts) == first and server.requests() == n
    assert verify(text, dict(opts, offline=True)) == first and server.requests() == n
    assert redis.Redis.from_url(redis_url).dbsize() > 0  # the answers really are in Redis


def test_cache_info_and_clear_on_redis(server, tmp_path, redis_url):
    from typer.testing import CliRunner

    import redis

    from citelint.cli import app

    redis.Redis.from_url(redis_url).flushdb()
    verify(topic(SREP), options(server, tmp_path, cache=redis_url))
    r = CliRunner().invoke(app, ["cache", "info", "--cache", redis_url])
    assert r.exit_code == 0 and "responses: 1" in r.stdout
    r = CliRunner().invoke(app, ["cache", "clear", "--cache", redis_url])
    assert "cleared 1 cached response" in r.stdout
    n = server.requests()
    verify(topic(SREP), options(server, tmp_path, cache=redis_url))
    assert server.requests() == n + 1


def test_seed_verified_against_the_local_server(server, tmp_path, seed_path):
    """The user's reprint has no identifiers: every journal entry is searched (reference
    string only), nothing is invented when the registries know nothing, and the run
    never touches document text."""
    found = verify(seed_path.read_text(encoding="utf-8"), options(server, tmp_path))
    assert found == []
    searches = server.hits["/crossref/works"]
    assert 40 <= searches <= 59
    assert {p for p, _, _, _ in server.log} <= {"/crossref/works", "/eutils/ecitmatch.cgi"}
    sent = " ".join(unquote(q) for _, _, _, q in server.log)
    assert "oligometastatic disease" not in sent.lower()  # the topic's prose never leaves


# Real printed references (../shared/corpus/refstrings/jats-mixed-citation, open-access
# articles) against records holding the same work: none may be called a mismatch.
SAME_WORK = [
    ("Parent C, Spaccapietra S, Renso C, Andrienko G, Andrienko N, et al. (2013) Semantic trajectories modeling and "
     "analysis. ACM Computing Surveys 45: 42:1–31. doi: 10.1145/2501654.2501656",
     {"first_author": "Parent", "year": 2013, "journal": "ACM Computing Surveys", "volume": "45", "first_page": "1"}),
    ("SmithDL Jr, MattisonJA, DesmondRA, GardnerJP, KimuraM et al. (2011) Telomere dynamics in rhesus monkeys: no "
     "apparent effect of caloric restriction. J Gerontol A Biol Sci Med Sci 66: 1163-1168.",
     {"first_author": "Smith", "year": 2011, "journal": "The Journals of Gerontology Series A: Biological Sciences and "
      "Medical Sciences", "short_journal": "J Gerontol A Biol Sci Med Sci", "volume": "66", "first_page": "1163"}),
    ("Mischoulon D, Brill CD, Ameral VE, Fava M, Yeung AS (2012) A pilot study of acupuncture monotherapy in patients "
     "with major depressive disorder. J Affect Disord 141 (2–3): 469–473.",
     {"first_author": "Mischoulon", "year": 2012, "journal": "Journal of Affective Disorders", "volume": "141",
      "first_page": "469", "title": "A pilot study of acupuncture monotherapy in patients with major depressive disorder"}),
    ("Accolla R. S. (1983). Human B cell variants immunoselected against a single Ia subset have lost expression of "
     "several Ia antigen subsets. J. Exp. Med. 157 1053–1058",
     {"first_author": "Accolla", "year": 1983, "journal": "Journal of Experimental Medicine", "volume": "157",
      "first_page": "1053"}),
    ("McDavid Harrison K, Song R, Zhang X (2010) Life expectancy after HIV diagnosis based on national HIV surveillance "
     "data from 25 states, United States. J Acquir Immun Defic Syndr 53: 124–130.",
     {"first_author": "McDavid Harrison", "year": 2010, "volume": "53", "first_page": "124"}),
    ("Ravel J, Gajer P, Abdo Z, et al. (2011) Vaginal microbiome of reproductive-age women. Proc Natl Acad Sci U S A "
     "108 Suppl: 4680–4687",
     {"first_author": "Ravel", "year": 2011, "journal": "Proceedings of the National Academy of Sciences",
      "short_journal": "Proc. Natl. Acad. Sci. U.S.A.", "volume": "108", "first_page": "4680"}),
    ("Sadasivan S, Pond BB, Pani AK, et al. Methylphenidate exposure induces dopamine neuron loss and activation of "
     "microglia in the basal ganglia of mice. PLoS One 2012; 7:e33693.",
     {"first_author": "Sadasivan", "year": 2012, "journal": "PLoS ONE", "volume": "7", "first_page": "e33693",
      "title": "Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the Basal Ganglia of Mice"}),
]


@pytest.mark.parametrize("raw, record", SAME_WORK)
def test_cit502_no_false_alarm_on_real_entries(raw, record):
    from citelint.parsing.references import parse_reference
    from citelint.verify.checks import compare

    assert compare(parse_reference(raw), record) == []


def test_cit502_journal_without_a_name_in_the_record_is_not_a_mismatch():
    from citelint.parsing.references import parse_reference
    from citelint.verify.checks import compare

    raw = "Dushay MS, Eldon ED (1998) Drosophila immune responses as models for human immunity. Am J Hum Genet 62: 10–14"
    assert compare(parse_reference(raw), {"first_author": "Dushay", "year": 1998, "journal": None}) == []
    assert compare(parse_reference(raw), {"first_author": "Dushay", "year": 1998, "journal": "Nature Genetics"}) \
        == ["journal 'Am J Hum Genet' vs 'Nature Genetics'"]


def test_a_search_candidate_may_name_the_person_after_a_group():
    """A collaboration named before its writers: a candidate whose first author is the first writer validates (the
    group is first in the entry, the person first in the record), and one naming another person does not."""
    from citelint.parsing.references import parse_reference
    from citelint.verify.checks import validates

    p = parse_reference("ALICE Collaboration, K. Aamodt et al., \"Elliptic flow of charged particles in Pb-Pb "
                        "collisions at 2.76 TeV,\" Phys. Rev. Lett. 105 (2010) 252302.")
    cand = {"first_author": "Aamodt", "year": 2010, "volume": "105", "first_page": "252302"}
    assert validates(p, cand)
    assert validates(p, dict(cand, first_author="ALICE Collaboration"))
    assert not validates(p, dict(cand, first_author="Abelev"))
    assert not validates(parse_reference("Abelev B, Adam J. Title of a paper. Phys Rev Lett. 2010;105:252302."), cand)


def test_a_stale_answer_is_used_when_the_service_fails(server, tmp_path):
    from datetime import timedelta

    from citelint.verify.session import Lookup, VerifySettings

    wrong = topic(JOR.replace("15:519", "16:519"))
    opts = options(server, tmp_path)
    assert codes(verify(wrong, opts)) == ["CIT502"]
    Lookup(VerifySettings(cache=opts["cache"], rate_limit=False)).session.cache.reset_expiration(timedelta(seconds=-60))
    n = server.requests()
    server.faults["/crossref/works/10.1002/jor.1100150407"] = ["500", "500"]
    assert codes(verify(wrong, opts)) == ["CIT502"]  # the expired record, not CIT507
    assert server.requests() > n  # it did try the service first


def test_filesystem_cache(server, tmp_path):
    opts = options(server, tmp_path, cache=f"filesystem:{tmp_path / 'answers'}")
    first = verify(topic(SREP, PONE), opts)
    n = server.requests()
    assert verify(topic(SREP, PONE), opts) == first and server.requests() == n
    assert any((tmp_path / "answers").iterdir())


def test_mailto_from_the_environment(server, tmp_path, monkeypatch):
    monkeypatch.setenv("CITELINT_MAILTO", "desk@example.org")
    from citelint.api import Overrides, effective

    settings = effective(Settings(verify=True, verify_options=(("cache", str(tmp_path / "c.sqlite")),)), Overrides())
    assert dict(settings.verify_options)["mailto"] == "desk@example.org"


def test_parallel_processes_split_the_rate_limits():
    from citelint.verify.session import VerifySettings, default_rates

    one = default_rates(VerifySettings(mailto="a@example.org"))
    two = default_rates(VerifySettings(mailto="a@example.org", rate_share=2))
    assert one["api.crossref.org"] == 10 and one["api.crossref.org queries"] == 3
    assert one["eutils.ncbi.nlm.nih.gov"] == 3
    assert {h: r / 2 for h, r in one.items()} == two
    assert default_rates(VerifySettings())["api.crossref.org"] == 5


def test_parallel_verification_gives_the_serial_verdicts(server, tmp_path):
    from citelint.api import Overrides, lint_paths

    cfg = tmp_path / ".citelint.toml"
    cfg.write_text("select = [\"CIT5\"]\n[verify]\nenabled = true\n"
                   + "".join(f"{k} = {json.dumps(v)}\n" for k, v in options(server, tmp_path).items()), encoding="utf-8")
    for i, entries in enumerate([(SREP, PONE), (JOR.replace("15:519", "16:519"),), (ARQ,)]):
        (tmp_path / f"t{i}.txt").write_text(topic(*entries), encoding="utf-8")
    files = [str(tmp_path / f"t{i}.txt") for i in range(3)]

    def run(jobs):
        _LOOKUPS.clear()
        res = lint_paths(files, overrides=Overrides(offline=jobs == 2), today=TODAY, config=cfg, jobs=jobs)
        return sorted((r.path, f.code) for r in res.files for f in r.findings)

    serial = run(1)
    assert sorted(c for _, c in serial) == ["CIT502", "CIT504"]
    assert run(2) == serial  # two processes, answers from the cache the serial run filled


def test_cit502_accepts_pubmeds_name_for_the_same_issn():
    """An entry may use the NLM abbreviation that neither Crossref title spells out; when
    the PMID's PubMed record has the same ISSN, its names count as the journal's names."""
    from citelint.parsing.references import parse_reference
    from citelint.verify.checks import compare

    parsed = parse_reference("Smith R. Peer review: a flawed process. BMJ 1988; 297:1.")
    record = {"first_author": "Smith", "year": 1988, "journal": "British Medical Journal", "volume": "297", "first_page": "1"}
    assert compare(parsed, record) == ["journal 'BMJ' vs 'British Medical Journal'"]
    assert compare(parsed, dict(record, alt_journals=("BMJ", "British medical journal (Clinical research ed.)"))) == []


def test_concurrency_slots_hold_requests_in_flight_to_the_limit(tmp_path):
    """Crossref's public pool allows one request in flight: with -j N the processes take
    turns through lock files (flock), so a second holder waits for the first."""
    from citelint.verify.session import Slots, VerifySettings, concurrency_limits

    assert concurrency_limits(VerifySettings()) == {"api.crossref.org": 1}
    assert concurrency_limits(VerifySettings(mailto="a@example.org")) == {"api.crossref.org": 3}
    events = []
    first_in = threading.Event()

    def hold(name, pause):
        with Slots(str(tmp_path), "api.crossref.org", 1):
            events.append(f"{name} in")
            first_in.set()
            time.sleep(pause)
            events.append(f"{name} out")

    a = threading.Thread(target=hold, args=("a", 0.3))
    a.start()
    first_in.wait(5)
    b = threading.Thread(target=hold, args=("b", 0))
    b.start()
    a.join()
    b.join()
    assert events == ["a in", "a out", "b in", "b out"]
    with Slots(str(tmp_path), "api.crossref.org", 3), Slots(str(tmp_path), "api.crossref.org", 3):
        pass  # three slots: two holders at once do not wait
