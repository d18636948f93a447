"""The JATS reader: real articles, callout groups, tagged fields, hostile XML."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
import time
from pathlib import Path

import pytest

from citelint.api import lint_bytes
from citelint.config import Settings

from conftest import FIXTURES, TODAY
from jats_render import render

JATS = sorted((FIXTURES / "jats").glob("*.xml"))


def read(data: bytes, name="a.xml"):
    from citelint.api import plan_for, read_document
    from citelint.decode import decode
    from citelint.packs import settings_for

    d = decode(data)
    plan = plan_for(Settings())
    return read_document(name, "jats", d, settings_for(d.text, plan.pack_names, plan.pack_dirs), data)


@pytest.mark.parametrize("path", JATS, ids=[p.name for p in JATS])
def test_real_articles_read_like_their_rendering(path: Path):
    """Every callout group and entry the renderer finds, the JATS reader finds too."""
    doc = read(path.read_bytes())
    rendered = render(path.read_bytes())
    assert [r.number for r in doc.references] == rendered.entries
    # every callout's numbers (grouping of author-year callouts split only by a line break
    # is a judgement call, so the multiset of cited numbers is compared)
    from collections import Counter

    got = Counter(k for m in doc.markers if m.ids for k in m.keys)
    want = Counter(k for group in rendered.markers for k in group)
    assert got == want
    report = lint_bytes(path.name, path.read_bytes(), Settings(), TODAY)
    assert not [f for f in report.findings if f.code in ("CIT001", "CIT101", "CIT102")]


ARTICLE = """<?xml version="1.0"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.1 20151215//EN" "JATS-journalpublishing1.dtd">
<article>
<front><article-meta>
<pub-date pub-type="epub"><day>3</day><month>4</month><year>2015</year></pub-date>
<history><date date-type="received"><day>1</day><month>1</month><year>2015</year></date></history>
</article-meta></front>
<body>
<p>Described in 1995 [<xref ref-type="bibr" rid="r1">1</xref>], treated for decades
[<xref ref-type="bibr" rid="r2">2</xref>&#x2013;<xref ref-type="bibr" rid="r4">4</xref>], and once more
<xref ref-type="bibr" rid="r9">9</xref>.</p>
</body>
<back><ref-list>
<ref id="r1"><label>1</label><mixed-citation publication-type="journal"><person-group><name><surname>Hellman</surname><given-names>S</given-names></name></person-group>. <article-title>Oligometastases</article-title>. <source>J Clin Oncol</source> <year>1995</year>;<volume>13</volume>:<fpage>8</fpage>.</mixed-citation></ref>
<ref id="r2"><label>2</label><element-citation publication-type="book"><person-group><name><surname>Rosenberg</surname><given-names>SA</given-names></name></person-group><source>Surgical treatment of metastatic cancer</source><publisher-name>Lippincott</publisher-name><year>1987</year></element-citation></ref>
<ref id="r3"><label>3</label><mixed-citation>Rubin P, Green J. Solitary Metastases, CC Thomas, Springfield, IL 1968.</mixed-citation></ref>
<ref id="r4"><label>4</label><element-citation publication-type="journal"><person-group><name><surname>Goldstraw</surname><given-names>P</given-names></name></person-group><article-title>Staging</article-title><source>J Thorac Oncol</source><year>2016</year><volume>11</volume><fpage>39</fpage><lpage>51</lpage><pub-id pub-id-type="doi">10.1016/j.jtho.2015.09.009</pub-id></element-citation></ref>
</ref-list></back>
</article>
"""


def test_callouts_ranges_fields_and_dates():
    doc = read(ARTICLE.encode())
    assert [m.keys for m in doc.markers] == [(1,), (2, 3, 4), ()]
    assert doc.markers[1].ids == ("r2", "r3", "r4")
    assert doc.line_index.position(doc.markers[1].span.start)[0] == 10
    r1, r2, r3, r4 = doc.references
    assert (r1.parsed.journal, r1.parsed.volume, r1.parsed.first_page) == ("J Clin Oncol", "13", "8")
    assert (r2.parsed.type, r2.parsed.publisher) == ("book", "Lippincott")
    assert r3.parsed.type == "book"  # no tags: through the entry parser
    assert (r4.parsed.doi, r4.parsed.last_page) == ("10.1016/j.jtho.2015.09.009", "51")
    kinds = {(d.kind, d.value) for d in doc.dates}
    assert ("published", dt.date(2015, 4, 3)) in kinds and ("received", dt.date(2015, 1, 1)) in kinds


def test_a_rid_naming_no_reference_is_cit101():
    report = lint_bytes("a.xml", ARTICLE.encode(), Settings(select=("CIT101",)), TODAY)
    [f] = report.findings
    assert f.reference == "r9" and "names no reference entry" in f.message
    assert f.line == 11


def test_literal_markers_in_text_are_read():
    xml = ARTICLE.replace("and once more\n<xref ref-type=\"bibr\" rid=\"r9\">9</xref>", "and [5] more")
    report = lint_bytes("a.xml", xml.encode(), Settings(select=("CIT101",)), TODAY)
    assert [f.message for f in report.findings] == ["Citation [5] cites reference 5, but the list ends at 4"]


def test_author_year_articles_are_not_numbered():
    path = FIXTURES / "jats" / "elife-18753-v1.xml"
    doc = read(path.read_bytes())
    assert doc.numbered is False
    assert dict(doc.metadata)["doi"] == "10.7554/eLife.18753"
    report = lint_bytes(path.name, path.read_bytes(), Settings(select=("CIT103", "CIT104")), TODAY)
    assert report.findings == []


def _cit001(data: bytes):
    report = lint_bytes("hostile.xml", data, Settings(), TODAY)
    return [f.message for f in report.findings if f.code == "CIT001"]


def test_billion_laughs_is_refused_quickly():
    t0 = time.perf_counter()
    msgs = _cit001((FIXTURES / "hostile" / "billion-laughs.xml").read_bytes())
    assert time.perf_counter() - t0 < 2
    assert msgs and "declares entities" in msgs[0]


def test_external_entity_naming_a_local_file_is_refused(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    opened = []
    real_open = open

    def spy(file, *a, **k):
        opened.append(str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr("builtins.open", spy)
    xml = f'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY x SYSTEM "file://{secret}">]><article><body><p>&x;</p></body></article>'
    msgs = _cit001(xml.encode())
    assert msgs and "declares entities" in msgs[0]
    assert str(secret) not in opened


def test_external_dtd_on_the_network_is_never_fetched():
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            body = b'<!ENTITY ent "expanded">'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        xml = (f'<?xml version="1.0"?><!DOCTYPE article SYSTEM "http://127.0.0.1:{port}/evil.dtd">'
               '<article><body><p>&ent; [1]</p></body></article>')
        msgs = _cit001(xml.encode())
        assert msgs and "defined only in a DTD" in msgs[0]
        assert hits == []
    finally:
        server.shutdown()


@pytest.mark.parametrize(
    "data,words",
    [
        (b"<article><body><p>unclosed</body></article>", "not well-formed XML"),
        (b"<?xml version='1.0'?><html><body/></html>", "not a JATS article"),
    ],
)
def test_bad_xml_is_cit001(data, words):
    msgs = _cit001(data)
    assert msgs and words in msgs[0]


def test_an_article_number_kept_as_a_publisher_id_is_not_missing_pages():
    """element-citation from ../shared/corpus/jats (PLOS): the e-number is a <pub-id>."""
    from citelint.api import lint_bytes
    from citelint.config import Settings

    xml = ('<?xml version="1.0"?><article><front><article-meta><title-group><article-title>T</article-title>'
           '</title-group></article-meta></front><body><p>Cited <xref ref-type="bibr" rid="B1">1</xref>.</p></body>'
           '<back><ref-list><ref id="B1"><label>1</label><element-citation publication-type="journal">'
           '<person-group person-group-type="author"><name><surname>Rulker</surname><given-names>T</given-names></name>'
           '</person-group><article-title>Isolation and characterisation of a human-like antibody fragment (scFv) that '
           'inactivates VEEV in vitro and in vivo</article-title><source>PLoS ONE</source><year>2012</year>'
           '<volume>7</volume><issue>5</issue><pub-id pub-id-type="publisher-id">{}</pub-id></element-citation></ref>'
           '</ref-list></back></article>')
    good = lint_bytes("a.xml", xml.format("e37242").encode(), Settings(select=("CIT204",)), TODAY)
    assert [f.message for f in good.findings] == []
    bad = lint_bytes("a.xml", xml.format("pone-12").encode(), Settings(select=("CIT204",)), TODAY)
    assert [f.message for f in bad.findings] == ["Reference B1 (journal article) has no pages"]


@pytest.mark.parametrize("tail, expect", [
    (" 670 p.", ["Reference B1 (book) has no publisher"]),
    # untagged, as in ../shared/corpus/jats (PLOS ONE): the publisher is printed, so it is not missing
    (" New York: McGraw-Hill Publishing Company. 670 p.", []),
    (" Sunderland (MA): Sinauer Associates.", []),
])
def test_book_publisher_printed_but_not_tagged(tail, expect):
    from citelint.api import lint_bytes
    from citelint.config import Settings

    xml = ('<?xml version="1.0"?><article><front><article-meta><title-group><article-title>T</article-title>'
           '</title-group></article-meta></front><body><p>Cited <xref ref-type="bibr" rid="B1">1</xref>.</p></body>'
           '<back><ref-list><ref id="B1"><label>1</label><mixed-citation publication-type="book">'
           'Duellman WE, Trueb L (1986) Biology of Amphibians.' + tail + '</mixed-citation></ref></ref-list></back>'
           '</article>')
    report = lint_bytes("a.xml", xml.encode(), Settings(select=("CIT204",)), TODAY)
    assert [f.message for f in report.findings] == expect


def test_a_volume_printed_but_not_tagged_is_read():
    """../shared/corpus/jats (an article citing Chin J Pub Health): <bold>25</bold>:<fpage>769</fpage>."""
    from citelint.api import lint_bytes
    from citelint.config import Settings

    xml = ('<?xml version="1.0"?><article><front><article-meta><title-group><article-title>T</article-title>'
           '</title-group></article-meta></front><body><p>Cited <xref ref-type="bibr" rid="B1">1</xref>.</p></body>'
           '<back><ref-list><ref id="B1"><label>1.</label><mixed-citation publication-type="journal"><person-group '
           'person-group-type="author"><name><surname>Wang</surname><given-names>Z</given-names></name></person-group> '
           '<year>2009</year> <article-title>A new virus of flavivirus: Chaoyang virus isolated in Liaoning Province'
           '</article-title>. <source>Chin J Pub Health</source> <bold>25</bold>:<fpage>769</fpage>&#x2013;'
           '<lpage>772</lpage>. <comment>(In Chinese.)</comment>.</mixed-citation></ref></ref-list></back></article>')
    report = lint_bytes("a.xml", xml.encode(), Settings(select=("CIT204",)), TODAY)
    assert report.findings == []
    assert "no volume" in lint_bytes("a.xml", xml.replace("<bold>25</bold>:", "").encode(),
                                     Settings(select=("CIT204",)), TODAY).findings[0].message


def test_a_double_volume_tagged_as_the_pages_is_read_as_printed():
    """../shared/corpus/jats, PMC3323869 reference B129: Toxicol. Lett. 82–83 tagged as <fpage>82</fpage>–<lpage>83</lpage>,
    the real pages printed after it. The printed reading is the volume and the pages: no "no volume" finding."""
    xml = ('<?xml version="1.0"?><article><front><article-meta><title-group><article-title>T</article-title>'
           '</title-group></article-meta></front><body><p>Cited <xref ref-type="bibr" rid="B1">1</xref>.</p></body>'
           '<back><ref-list><ref id="B1"><mixed-citation publication-type="journal"><person-group '
           'person-group-type="author"><name><surname>Winterbourn</surname><given-names>C. C.</given-names></name>'
           '</person-group> (<year>1995</year>). <article-title>Toxicity of iron and hydrogen peroxide: the Fenton '
           'reaction</article-title>. <source>Toxicol. Lett.</source>\n<fpage>82</fpage>–<lpage>83</lpage>, 969–974.'
           '<pub-id pub-id-type="doi">10.1016/0378-4274(95)03532-X</pub-id></mixed-citation></ref></ref-list></back>'
           '</article>')
    doc = read(xml.encode())
    p = doc.references[0].parsed
    assert (p.volume, p.first_page, p.last_page) == ("82–83", "969", "974")
    assert lint_bytes("a.xml", xml.encode(), Settings(select=("CIT204",)), TODAY).findings == []


def test_a_publisher_id_e_number_is_the_article_number():
    from citelint.readers.jats import _tagged_fields
    from lxml import etree

    cit = etree.fromstring('<element-citation publication-type="journal"><source>PLoS ONE</source><year>2012</year>'
                           '<volume>7</volume><pub-id pub-id-type="publisher-id">e37242</pub-id></element-citation>')
    assert _tagged_fields(cit, "PLoS ONE 2012 7 e37242").first_page == "e37242"


def test_plain_text_author_year_citations_count_as_citations():
    """A Copernicus article cites "(Mason et al., 1994)" with no <xref>: CIT201 reads those
    (it reported all 90 entries before); the one left is a collective author with no year in
    its entry (EC-JRC/PBL). Entry years come from the end, after the DOI, not from a title
    ("during January 2000")."""
    from citelint.api import lint_bytes

    data = (FIXTURES / "jats" / "acp-15-1013-2015.xml").read_bytes()
    rep = lint_bytes("acp.xml", data, Settings(select=("CIT201",)), TODAY)
    assert [f.reference for f in rep.findings] == ["bib1.bib12"]
    refs = {r.key: r.parsed for r in rep.document.references}
    brunke = refs["bib1.bib3"]
    assert (brunke.authors[0].family, brunke.year, brunke.volume, brunke.first_page) == ("Brunke", 2001, "28", "1483")
    friedli = refs["bib1.bib19"]
    assert (friedli.journal, friedli.volume, friedli.first_page, friedli.year) == (
        "J. Geophys. Res.-Atmos", "109", "D19s25", 2004)


def test_hindawi_article_numbers_tagged_in_the_volume_are_pages():
    """Hindawi lists (Scopus-derived) tag `<volume>10, article 2</volume>` and
    `<issue>5, article e87</issue>`: the article number is the entry's locator, so the
    entry is complete (CIT204 reported 25 such entries on ../shared/corpus before)."""
    from citelint.api import lint_bytes

    data = (FIXTURES / "jats" / "PMC4738720.xml").read_bytes()
    rep = lint_bytes("h.xml", data, Settings(select=("CIT204",)), TODAY)
    refs = {r.key: r.parsed for r in rep.document.references}
    assert (refs["B6"].volume, refs["B6"].first_page) == ("10", "2")
    assert "B6" not in [f.reference for f in rep.findings]
    # what is left is real: an ahead-of-print entry with a DOI and nothing else (B16)
    assert [f.message for f in rep.findings] == ["Reference B16 (journal article) has no volume or pages"]


def test_journals_numbered_by_issue_alone_have_no_volume_to_give():
    """Clin Orthop Relat Res is numbered by issue (NLM: `1989;(248):13-4`): its entries
    in a Hindawi article (../shared/corpus/jats) tag an issue and no volume."""
    from citelint.api import lint_bytes

    data = (FIXTURES / "jats" / "PMC4739456.xml").read_bytes()
    rep = lint_bytes("c.xml", data, Settings(select=("CIT204",)), TODAY)
    refs = {r.key: r.parsed for r in rep.document.references}
    assert (refs["B7"].issue, refs["B7"].volume, refs["B7"].first_page) == ("248", None, "13")
    assert rep.findings == []


def _one_ref(cit: str) -> str:
    return ('<?xml version="1.0"?><article><front><article-meta><title-group><article-title>T</article-title>'
            '</title-group></article-meta></front><body><p>Cited <xref ref-type="bibr" rid="B1">1</xref>.</p></body>'
            '<back><ref-list><ref id="B1"><label>1</label>' + cit + '</ref></ref-list></back></article>')


_AUTHOR = '<person-group><name><surname>Moore</surname><given-names>J</given-names></name></person-group>'


@pytest.mark.parametrize("cit, expect", [
    # what the tags leave out is printed (mixed-citations in ../shared/corpus/jats): complete
    ('<mixed-citation publication-type="journal">' + _AUTHOR + ' (<year>2004</year>). <article-title>Upper ocean '
     'ecosystem dynamics and iron cycling</article-title>. <source>Global Biogeochem. Cycles</source> '
     '<volume>18</volume>, ARTN GB4028.</mixed-citation>', []),
    ('<mixed-citation publication-type="journal">' + _AUTHOR + ' (<year>2010</year>). <article-title>Developing a '
     'simplified consent form for biobanking.</article-title> <source><italic>PLoS ONE </italic>5:e13302.</source>'
     '</mixed-citation>', []),
    ('<mixed-citation publication-type="journal">' + _AUTHOR + ' (<year>2007</year>) <article-title>Viral '
     'subversion mechanisms in chronic kidney disease pathogenesis</article-title>. <source>Clin J Am Soc Nephrol'
     '</source> <comment>2 Suppl 1: S13-S19.</comment></mixed-citation>', []),
    # tagged a journal, printed a chapter of proceedings
    ('<mixed-citation publication-type="journal">' + _AUTHOR + ' (<year>2006</year>) <article-title>Learning with '
     'hypergraphs: Clustering, classification, and embedding</article-title>. In: <source>Advances in neural '
     'information processing systems</source>. pp. <fpage>1601</fpage>&#8211;<lpage>1608</lpage>.</mixed-citation>',
     []),
    # the tagged page is not also the volume ("2013;<fpage>5</fpage>", PLOS Currents): still incomplete
    ('<mixed-citation publication-type="journal">' + _AUTHOR + '. <article-title>Reverse transcription recombinase '
     'polymerase amplification assay</article-title>. <source>PLoS currents</source>. <year>2013</year>;'
     '<fpage>5</fpage></mixed-citation>', ["Reference B1 (journal article) has no volume"]),
    # numbers in a title are no volume and page: a reading that stops short fills no gap
    ('<mixed-citation publication-type="journal">' + _AUTHOR + ' (<year>2011</year>) <article-title>Simulated '
     'Epidemics in an Empirical Spatiotemporal Network of 50,185 Sexual Contacts</article-title>. <source>PLOS '
     'Computational Biology</source> <volume>7</volume>(<issue>3</issue>) <comment>(2011)</comment></mixed-citation>',
     ["Reference B1 (journal article) has no pages"]),
    # "[Epub ahead of print]" printed after the tags: the finding says why the volume is missing
    ('<mixed-citation publication-type="journal">' + _AUTHOR + ' (<year>2012</year>) <article-title>Utility of '
     'Interferon-gamma Release Assay Results</article-title>. <source>Clin Ther</source> 2012 Apr 16. [Epub ahead of '
     'print].</mixed-citation>',
     ["Reference B1 (journal article) has no volume or pages; it is cited ahead of print: cite the final version "
      "once published"]),
    # an element-citation whose comment says it is in press: the reason is read from its text, not only from a parse
    ('<element-citation publication-type="journal">' + _AUTHOR + '<year>2014</year><article-title>Novel '
     'flaviviruses from mosquitoes</article-title><source>Virology</source><comment>In press</comment>'
     '</element-citation>',
     ["Reference B1 (journal article) has no volume or pages; it is cited as in press: cite the final version "
      "once published"]),
    # tagged a journal, printed a report with its page count (PLOS Medicine 9(8) e1001300, reference 1)
    ('<mixed-citation publication-type="journal"><collab>World Health Organization</collab> (<year>2008</year>) '
     '<article-title>Guidelines for the programmatic management of drug resistant tuberculosis - emergency update'
     '</article-title>. <source>World Health Organization</source> <fpage>247 p</fpage>.</mixed-citation>', []),
    # tagged a journal, but its untyped second person-group edits a published book (eLife's GeneReviews entries)
    ('<element-citation publication-type="journal">' + _AUTHOR.replace("<person-group>",
     '<person-group person-group-type="author">') + '<year>1993</year><article-title>Mitochondrial Disorders '
     'Overview</article-title><person-group><name><surname>Pagon</surname><given-names>RA</given-names></name>'
     '</person-group><source>GeneReviews</source><publisher-loc>Seattle, Washington</publisher-loc>'
     '</element-citation>', []),
])
def test_a_mixed_citation_prints_what_its_tags_leave_out(cit, expect):
    from citelint.api import lint_bytes

    report = lint_bytes("a.xml", _one_ref(cit).encode(), Settings(select=("CIT204",)), TODAY)
    assert [f.message for f in report.findings] == expect


def test_references_first_cited_in_figure_captions_keep_their_own_order():
    """PLOS numbers the references a figure caption cites after the text's (PLOS ONE
    0100977: 9 callouts in captions); CIT103 reported 5 of them as out of order."""
    from citelint.api import lint_bytes

    data = (FIXTURES / "jats" / "journal.pone.0100977.xml").read_bytes()
    rep = lint_bytes("p.xml", data, Settings(select=("CIT103",)), TODAY)
    assert sum(m.in_float for m in rep.document.markers) == 9
    assert rep.findings == []


def _floats_article(table_cites: str, text_cites: list) -> bytes:
    names = ["Smith", "Baker", "Young", "Adams", "Ortiz", "Chen"]  # not alphabetical (CIT103 skips such lists)
    refs = "".join(f'<ref id="r{i}"><label>{i}</label><mixed-citation>{names[i - 1]} A. Title {i}. J Med. 2001;{i}:1-2.'
                   f'</mixed-citation></ref>' for i in range(1, 7))
    paras = [f'<p>Text <xref ref-type="bibr" rid="r{i}">{i}</xref>.</p>' for i in text_cites]
    table = (f'<table-wrap id="t1"><label>Table 1</label><table><tr><td>A <xref ref-type="bibr" rid="r{table_cites}">'
             f'{table_cites}</xref></td></tr></table></table-wrap>')
    return ('<?xml version="1.0"?><article><body><sec>' + "".join(paras[:3]) + table + "".join(paras[3:])
            + '</sec></body><back><ref-list>' + refs + '</ref-list></back></article>').encode()


@pytest.mark.parametrize("table_cites, text_cites, expect", [
    (3, [1, 2, 4, 5, 3, 6], []),  # numbered where the table stands (MDPI, Hindawi)
    (6, [1, 2, 3, 4, 5, 6], []),  # numbered after the text (PLOS): the table's callout comes early
    # out of order both ways: the text cites 4 after 5, and the table is no excuse
    (3, [1, 2, 5, 4, 3, 6], ["Reference 4 is first cited here, after reference 5 was already cited; numbered "
                             "styles number references in order of first citation"]),
])
def test_callouts_in_tables_are_in_order_either_way_journals_number_them(table_cites, text_cites, expect):
    from citelint.api import lint_bytes

    rep = lint_bytes("f.xml", _floats_article(table_cites, text_cites), Settings(select=("CIT103",)), TODAY)
    assert [f.message for f in rep.findings] == expect


def _callouts(p_inner: str, n: int = 9):
    refs = "".join(f'<ref id="R{i}"><label>{i}</label><mixed-citation>Smith{i} A. T. J Med. 2001;{i}:1-2.'
                   f'</mixed-citation></ref>' for i in range(1, n + 1))
    xml = ('<?xml version="1.0"?><article><body><p>' + p_inner + '</p></body><back><ref-list>' + refs
           + '</ref-list></back></article>').encode()
    return [m.keys for m in read(xml).markers]


def _x(i: int, italic: bool = True) -> str:
    inner = f"<italic>{i}</italic>" if italic else str(i)
    return f'<xref rid="R{i}" ref-type="bibr">{inner}</xref>'


def test_a_range_dash_set_in_italics_cites_the_numbers_between():
    """Emerging Infectious Diseases (PMC2819875 in ../shared/corpus/jats) sets callouts and
    their punctuation in italics: "(3,6–9)" cites 7 and 8 too (CIT201 reported them uncited)."""
    p = ("symptoms (" + _x(3) + "<italic>,</italic>" + _x(6) + "<italic>&#8211;</italic>" + _x(9) + "). Then ("
         + _x(1) + ").")
    assert _callouts(p) == [(3, 6, 7, 8, 9), (1,)]


def test_prose_in_italics_between_callouts_ends_the_group():
    """PLOS ONE 0100977: "[3], [21], [23], [25]. However, … <italic>in vivo</italic> [21], [30]"
    was read as one group spanning two sentences."""
    p = (_x(3, False) + ", " + _x(5, False) + ". However, the mutant was active <italic>in vivo</italic>, "
         + _x(2, False) + ", " + _x(8, False) + ".")
    assert _callouts(p) == [(3, 5), (2, 8)]
    # a callout wrapped in italics: its wrapper's tail is prose, so the next callout is a new group
    p = "<italic>" + _x(1, False) + "</italic>. Prose " + _x(2, False) + "."
    assert _callouts(p) == [(1,), (2,)]


def test_a_range_callout_linked_to_its_first_number_cites_the_whole_range():
    """PLOS Medicine 0020124 (../shared/corpus/jats) links "[1–3]" to reference 1 only, and
    PMC4645344 links a range's dash to the second number ("5<xref>–</xref>8"): both cite
    every number between (CIT201 reported 2, 3 and 7 as never cited)."""
    one = '[<xref rid="R1" ref-type="bibr">1&#8211;3</xref>] and [<xref rid="R4" ref-type="bibr">4</xref>].'
    assert _callouts(one) == [(1, 2, 3), (4,)]
    dash = ('(' + _x(5, False) + '<xref rid="R6" ref-type="bibr">&#8211;</xref>' + _x(8, False) + ').')
    assert _callouts(dash) == [(5, 6, 7, 8)]


@pytest.mark.parametrize("pages, expect", [
    # an article number split by the tagger (../shared/corpus/jats: eLife citing mBio; PLOS ONE citing J Biomed Opt)
    ("<fpage>e01163</fpage><lpage>15</lpage>", []),
    ("<fpage>034004</fpage>-<lpage>1</lpage>", []),
    # a real range that ends before it starts (a typo in the published list)
    ("<fpage>235</fpage><lpage>25</lpage>", ["Reference B1 is malformed: the page range 235-25 ends before it starts"]),
])
def test_tagged_article_numbers_are_not_page_ranges(pages, expect):
    from citelint.api import lint_bytes

    cit = ('<mixed-citation publication-type="journal">' + _AUTHOR + ' (<year>2015</year>) <article-title>Population '
           'bottlenecks during assembly</article-title>. <source>mBio</source> <volume>6</volume>: ' + pages
           + '.</mixed-citation>')
    report = lint_bytes("a.xml", _one_ref(cit).encode(), Settings(select=("CIT205",)), TODAY)
    assert [f.message for f in report.findings] == expect


def test_a_table_kept_in_a_comment_still_cites():
    """PLOS Medicine (2006, journal.pmed.0030520 in ../shared/corpus/jats) printed tables as
    images and kept their markup in a comment; references cited only there were reported as
    never cited (4 of 5 CIT201 findings on that article)."""
    from citelint.api import lint_bytes

    xml = ('<?xml version="1.0"?><article xmlns:xlink="http://www.w3.org/1999/xlink"><body><p>Text '
           '[<xref ref-type="bibr" rid="b1">1</xref>].</p>\n<table-wrap id="t1"><label>Table 1</label>'
           '<graphic xlink:href="t1.tif"/><!-- <table><tr><td>Choi &lsqb;<xref ref-type="bibr" rid="b2">2</xref>'
           '&rsqb;</td></tr></table> --></table-wrap></body><back><ref-list>'
           '<ref id="b1"><label>1</label><mixed-citation>Smith A. T. J Med. 2001;1:1-2.</mixed-citation></ref>'
           '<ref id="b2"><label>2</label><mixed-citation>Baker B. U. J Med. 2002;2:3-4.</mixed-citation></ref>'
           '</ref-list></back></article>')
    rep = lint_bytes("t.xml", xml.encode(), Settings(select=("CIT201",)), TODAY)
    assert rep.findings == []
    m = rep.document.markers[-1]
    assert (m.keys, m.in_float) == ((2,), True)
    assert xml[m.span.start:m.span.end] == 'rid="b2"'
    # without the comment, reference 2 is uncited
    bare = xml.replace('<!-- <table><tr><td>Choi &lsqb;<xref ref-type="bibr" rid="b2">2</xref>&rsqb;</td></tr>'
                       '</table> -->', "")
    assert [f.reference for f in lint_bytes("t.xml", bare.encode(), Settings(select=("CIT201",)), TODAY).findings] == ["b2"]


def test_many_long_range_callouts_read_fast():
    """Hostile: 2,000 callouts each ranging over the whole 2,000-entry list. A range over more
    than 500 references is not expanded (no list has one); the file reads in well under a
    second (the old reader searched the list twice per range and copied 2,000 keys each)."""
    import time

    n = 2000
    refs = "".join(f'<ref id="r{i}"><label>{i}</label><mixed-citation>A{i} B. T. J Med. 2001;1:{i}.</mixed-citation>'
                   f'</ref>' for i in range(1, n + 1))
    paras = "".join(f'<p>[<xref ref-type="bibr" rid="r1">1</xref>&#8211;<xref ref-type="bibr" rid="r{n}">{n}</xref>]'
                    f' and [<xref ref-type="bibr" rid="r{i}">{i}</xref>&#8211;<xref ref-type="bibr" rid="r{i + 2}">'
                    f'{i + 2}</xref>].</p>' for i in range(1, n - 1))
    xml = ('<?xml version="1.0"?><article><body>' + paras + '</body><back><ref-list>' + refs
           + '</ref-list></back></article>').encode()
    t0 = time.perf_counter()
    doc = read(xml)
    assert time.perf_counter() - t0 < 2.0
    assert doc.markers[1].keys == (1, 2, 3)  # a real range is still read whole
    assert doc.markers[0].keys == (1, n)


def test_callouts_in_an_abstract_are_citations():
    """eLife 06003 (../shared/corpus/jats) cites three references only in its digest: they
    were reported as never cited. Abstract callouts do not count for citation order."""
    from citelint.api import lint_bytes

    xml = ('<?xml version="1.0"?><article><front><article-meta><abstract><p>As shown before '
           '[<xref ref-type="bibr" rid="r3">3</xref>].</p></abstract></article-meta></front><body>'
           '<p>First [<xref ref-type="bibr" rid="r1">1</xref>], then [<xref ref-type="bibr" rid="r2">2</xref>] and '
           '[<xref ref-type="bibr" rid="r3">3</xref>].</p></body><back><ref-list>'
           + "".join(f'<ref id="r{i}"><label>{i}</label><mixed-citation>{n} A. T. J Med. 2001;{i}:1-2.</mixed-citation>'
                     f'</ref>' for i, n in ((1, "Smith"), (2, "Baker"), (3, "Young")))
           + '</ref-list></back></article>')
    rep = lint_bytes("a.xml", xml.encode(), Settings(select=("CIT201", "CIT103")), TODAY)
    assert rep.findings == []
    assert [m.in_float for m in rep.document.markers] == [True, False, False, False]


def test_an_untyped_person_group_after_the_title_names_editors_not_authors():
    cit = ('<mixed-citation publication-type="journal">' + _AUTHOR + ' (<year>2001</year>)<article-title>Spartina '
           'Schreb.</article-title> In: <person-group><name><surname>Peterson</surname><given-names>PM</given-names>'
           '</name><name><surname>Soreng</surname><given-names>RJ</given-names></name></person-group> (<role>Eds'
           '</role>). <source>Contributions from the United States National Herbarium</source><volume>41</volume>: '
           '<fpage>195</fpage>-<lpage>200</lpage></mixed-citation>')
    p = read(_one_ref(cit).encode()).references[0].parsed
    assert [a.family for a in p.authors] == ["Moore"] and p.type == "journal" and p.volume == "41"
