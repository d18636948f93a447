"""The HTML reader on real publisher pages and on the shapes they use."""

from __future__ import annotations

import pytest

from citelint.api import lint_bytes
from citelint.config import Settings

from conftest import FIXTURES, TODAY

PAGES = {
    "hindawi-ija_2014_125258.html": 24,
    "plosone-journal.pone.0115884.html": 25,
    "trials_16_1_2.html": 21,
    "peerj-727.html": 24,
    "trials_16_1_11.html": 38,
    "springer-s40643-016-0099-3.html": 28,
}


def read(data: bytes, name="p.html"):
    from citelint.api import plan_for, read_document
    from citelint.decode import decode
    from citelint.packs import settings_for

    d = decode(data)
    plan = plan_for(Settings())
    return read_document(name, "html", d, settings_for(d.text, plan.pack_names, plan.pack_dirs), data)


@pytest.mark.parametrize("name,entries", PAGES.items())
def test_real_pages(name, entries):
    data = (FIXTURES / "html" / name).read_bytes()
    doc = read(data, name)
    assert len(doc.references) == entries
    assert doc.markers
    report = lint_bytes(name, data, Settings(), TODAY)
    assert not [f for f in report.findings if f.code in ("CIT001", "CIT101", "CIT102", "CIT207")]


def test_accents_on_a_page_without_a_charset_survive():
    doc = read((FIXTURES / "html" / "trials_16_1_2.html").read_bytes())
    assert not any("Ã" in r.raw for r in doc.references)


def test_author_year_page_and_superscripts_that_are_not_citations():
    doc = read((FIXTURES / "html" / "peerj-727.html").read_bytes())
    assert doc.numbered is False
    assert all(m.ids for m in doc.markers)  # only linked callouts: "Tyr<sup>33</sup>" is not one


PAGE = """<!DOCTYPE html>
<html><head>
<meta name="citation_publication_date" content="2015/04/03">
<meta name="citation_doi" content="doi:10.1155/2014/125258">
<script>var refs = "[7]";</script><style>.x:after{content:"[8]"}</style>
</head><body>
<nav><p>Jump to [9]</p></nav>
<p>Described in 1995 [<a href="#B1">1</a>], treated for decades
[<a href="#B2">2</a>&#8211;<a href="#B4">4</a>], and once more [5].</p>
<h2>References</h2>
<ol>
<li id="B1">Hellman S, Weichselbaum RR. Oligometastases. J Clin Oncol 1995; 13:8.</li>
<li id="B2">Rosenberg SA. Surgical treatment of metastatic cancer, Lippincott, Philadelphia 1987.</li>
<li id="B3">Rubin P, Green J. Solitary Metastases, CC Thomas, Springfield, IL 1968.</li>
<li id="B4">Goldstraw P. Staging. J Thorac Oncol 2016; 11:39.</li>
</ol>
</body></html>
"""


def test_linked_callouts_ranges_literal_markers_meta_and_ignored_parts():
    doc = read(PAGE.encode())
    assert [(m.keys, m.ids) for m in doc.markers][:2] == [((1,), ("B1",)), ((2, 3, 4), ("B2", "B3", "B4"))]
    assert [m.raw for m in doc.markers][2] == "[5]"  # literal text, read too
    assert len(doc.markers) == 3  # nothing from script, style or nav
    assert [(d.kind, d.value.isoformat()) for d in doc.dates] == [("published", "2015-04-03")]
    assert dict(doc.metadata)["doi"] == "10.1155/2014/125258"
    report = lint_bytes("p.html", PAGE.encode(), Settings(select=("CIT101",)), TODAY)
    assert [f.message for f in report.findings] == ["Citation [5] cites reference 5, but the list ends at 4"]


def test_superscript_citations_on_a_page_without_links():
    page = ("<html><body><p>Shown before<sup>1,2</sup> and since<sup>3</sup>.</p><h2>References</h2><ol>"
            "<li>A B. T. J 2001;1:1.</li><li>C D. T. J 2002;2:2.</li><li>E F. T. J 2003;3:3.</li></ol></body></html>")
    doc = read(page.encode())
    assert [m.keys for m in doc.markers] == [(1, 2), (3,)]


def test_xhtml_with_an_xml_declaration():
    page = '<?xml version="1.0" encoding="UTF-8"?>\n' + PAGE.replace("<!DOCTYPE html>\n", "")
    assert len(read(page.encode()).references) == 4


def test_a_script_inside_a_list_item_is_not_part_of_the_entry():
    """ScienceDirect pages put a <script> in every reference item
    (../shared/corpus/html, elsevier-1-s2.0-S1055790314003601-main.html)."""
    page = ("<html><body><p>Cited [1].</p><h2>References</h2><ol>"
            "<li id='b1'>Turner GF, Seehausen O. How many species of cichlid fishes are there in African lakes? "
            "Mol Ecol 2001;10:793-806.<script>myMap['bibsbref94'] = new Array();</script></li></ol></body></html>")
    doc = read(page.encode())
    assert doc.references[0].raw == ("Turner GF, Seehausen O. How many species of cichlid fishes are there in African "
                                     "lakes? Mol Ecol 2001;10:793-806.")
    assert doc.references[0].parsed.first_page == "793"


def test_field_blocks_are_separated_and_labels_and_back_links_left_out():
    """ScienceDirect prints each field of an entry in its own <li> after an author-year label
    <li class="referenceLabel">; HighWire (SAGE, BMJ) opens each entry with a back-link arrow
    <a class="rev-xref-ref">↵</a> and lists authors in <li>s (structures of
    ../shared/corpus/html elsevier-1-s2.0-S1055790314003601-main.html and
    sage-2325967116646534.html; the entries below are made up)."""
    page = ("<html><body><p>As shown <a href='#b1'>Gavrilets and Vose, 2005</a> and <a href='#ref-2'>2</a>.</p>"
            "<h2>References</h2><ol class='references'>"
            "<li id='b1'><ul class='reference'><li class='referenceLabel'><a href='#b1'>Gavrilets and Vose, 2005</a>"
            "</li><li class='author'>S. Gavrilets, A. Vose</li><li class='title'><p>Dynamic patterns of adaptive "
            "radiation</p></li><li class='source'><p>Proc. Natl. Acad. Sci. USA, 102 (2005), pp. 18040–18045</p>"
            "</li></ul></li>"
            "<li><a class='rev-xref-ref' href='#xref-ref-2-1' id='ref-2'>↵</a><div class='cit'><ol class='cit-auth-list'>"
            "<li><span>Tegner</span> <span>Y</span>, </li><li><span>Lorentzon</span> <span>R</span></li></ol>"
            "<cite>. <span>Evaluation of knee braces in ice hockey players</span>. <abbr>Br J Sports Med</abbr>. "
            "1991;25:159–161.</cite></div></li></ol></body></html>")
    doc = read(page.encode())
    first, second = doc.references
    assert first.raw == ("S. Gavrilets, A. Vose. Dynamic patterns of adaptive radiation. Proc. Natl. Acad. Sci. USA, "
                         "102 (2005), pp. 18040–18045")
    p = first.parsed
    assert ([a.family for a in p.authors], p.title, p.journal, p.volume, p.first_page) == (
        ["Gavrilets", "Vose"], "Dynamic patterns of adaptive radiation", "Proc. Natl. Acad. Sci. USA", "102", "18040")
    assert "↵" not in second.raw and second.raw.startswith("Tegner Y, Lorentzon R")
    p = second.parsed
    assert ([a.family for a in p.authors], p.journal, p.volume) == (["Tegner", "Lorentzon"], "Br J Sports Med", "25")


@pytest.mark.parametrize("float_html", [
    # BMC (bmc-1471-2148-14-70 in ../shared/corpus/html): supplementary files described in the text
    '<div class="figs"><div class="addfile"><p><strong>Additional file 2: Figure S2.</strong> Trees built '
    'with PAUP* [<a href="#B4">4</a>].</p></div></div>',
    '<figure><figcaption>Figure 1. Survival, from [<a href="#B4">4</a>].</figcaption></figure>',
    '<table><tr><td>Series [<a href="#B4">4</a>]</td></tr></table>',
])
def test_callouts_in_figures_tables_and_supplementary_files_are_floats(float_html):
    page = ('<html><body><p>First [<a href="#B1">1</a>] and [<a href="#B2">2</a>].</p>' + float_html
            + '<p>Then [<a href="#B3">3</a>].</p><h2>References</h2><ol>'
            + "".join(f'<li id="B{i}">{n} A. Title {i}. J Med. 2001;{i}:1-2.</li>'
                      for i, n in ((1, "Smith"), (2, "Baker"), (3, "Young"), (4, "Adams")))
            + '</ol></body></html>')
    doc = read(page.encode())
    assert [m.in_float for m in doc.markers] == [False, False, True, False]
    report = lint_bytes("p.html", page.encode(), Settings(select=("CIT103",)), TODAY)
    assert report.findings == []


def codes(name: str, select=None) -> list:
    data = (FIXTURES / "html" / name).read_bytes()
    return lint_bytes(name, data, Settings(select=select) if select else Settings(), TODAY).findings


def test_bmc_ranges_with_anchors_between_the_callouts():
    """`[<a href="#B4">4</a>]-<a name="d71239e247"></a>[<a href="#B10">10</a>]` cites 4 to 10."""
    doc = read((FIXTURES / "html" / "trials_16_1_11.html").read_bytes())
    cited = {k for m in doc.markers for k in m.keys}
    assert {1, 2, 3, 4, 5, 6, 7} <= cited
    page = """<html><body><p>Rates are low <a name="a1"></a>[<a href="#B1">1</a>],<a name="a2"></a>[<a href="#B2">2</a>]-<a
    name="a3"></a>[<a href="#B5">5</a>].</p><h2>References</h2><ol>""" + "".join(
        f'<li id="B{i}">Author{i} A. Title {i}. J Clin Oncol 2001; {i}:1.</li>' for i in range(1, 6)) + "</ol></body></html>"
    assert [m.keys for m in read(page.encode()).markers] == [(1, 2, 3, 4, 5)]


def test_tables_on_pages_of_their_own_explain_uncited_entries():
    doc = read((FIXTURES / "html" / "trials_16_1_11.html").read_bytes())
    assert [label for label, _ in doc.elsewhere] == ["Table 1", "Table 2", "Table 3"]
    found = codes("trials_16_1_11.html", ("CIT201", "CIT103"))
    assert [(f.code, f.reference) for f in found] == [("CIT201", "11-12"), ("CIT201", "14-19")]
    assert found[1].message == ("References 14–19 (6 entries) are never cited in the text; Tables 1–3 are on pages "
                                "of their own (linked, not in this file), so they may be cited there")


NAMES = ["Smith", "Brown", "Young", "Adams", "Lopez", "Clark"]  # (not alphabetical: CIT103 skips such lists)


def entries(n: int) -> str:
    return "".join(f'<li id="B{i}">{NAMES[i - 1]} A. Title {i}. J Clin Oncol 2001; {i}:1.</li>' for i in range(1, n + 1))


TABLE_PAGE = """<html><body>
<p>First [<a href="#B1">1</a>], then [<a href="#B2">2</a>] (Table <a href="tab1/">1</a>).</p>
<p>Later [<a href="#B4">4</a>] and [<a href="#B3">3</a>], and at last [<a href="#B1">1</a>].</p>
<p>A reference slipped in [<a href="#B6">6</a>], then an old one first cited [<a href="#B{late}">{late}</a>].</p>
<h2>References</h2><ol>{items}</ol></body></html>"""


@pytest.mark.parametrize("late", [3, 5])
def test_order_is_not_judged_where_a_table_elsewhere_may_have_given_the_number(late):
    """3 and 5 are numbered above 2, the highest cited before the table link: the table may cite them."""
    page = TABLE_PAGE.format(late=late, items=entries(6))
    found = lint_bytes("t.html", page.encode(), Settings(select=("CIT103",)), TODAY).findings
    assert [f.reference for f in found] == []
    without_table = page.replace('<a href="tab1/">1</a>', "1")
    assert [f.reference for f in lint_bytes("t.html", without_table.encode(), Settings(select=("CIT103",)),
                                            TODAY).findings] != []


def test_a_late_reference_a_table_elsewhere_cannot_explain_is_still_reported():
    items = entries(4)
    page = ("<html><body><p>First [<a href='#B1'>1</a>] and [<a href='#B3'>3</a>] (Table <a href='tab1/'>1</a>).</p>"
            "<p>Then [<a href='#B4'>4</a>] and late [<a href='#B2'>2</a>].</p><h2>References</h2><ol>" + items + "</ol></body></html>")
    found = lint_bytes("t.html", page.encode(), Settings(select=("CIT103",)), TODAY).findings
    assert [f.reference for f in found] == ["2"]  # 2 < 3, cited before the table link: late whatever the table holds
    without_table = page.replace("<a href='tab1/'>1</a>", "1")
    assert [f.reference for f in lint_bytes("t.html", without_table.encode(), Settings(select=("CIT103",)),
                                            TODAY).findings] == ["2"]


def test_springer_div_paragraphs_are_read():
    doc = read((FIXTURES / "html" / "springer-s40643-016-0099-3.html").read_bytes())
    assert {"CR6", "CR13", "CR18", "CR20", "CR21", "CR28"} <= {i for m in doc.markers for i in m.ids}
    assert not codes("springer-s40643-016-0099-3.html", ("CIT201",))


def test_a_div_paragraph_and_the_blocks_inside_it_are_read_once():
    items = "".join(f'<li id="B{i}">Author{i} A. Title {i}. J Clin Oncol 2001; {i}:1.</li>' for i in range(1, 4))
    page = ('<html><body><div class="Para">Text [<a href="#B1">1</a>] and [2].<figure><table><tr><td>cell '
            '[<a href="#B3">3</a>] [3]</td></tr></table></figure> more.</div><h2>References</h2><ol>' + items + "</ol></body></html>")
    doc = read(page.encode())
    assert sorted((m.keys, m.in_float) for m in doc.markers) == [((1,), False), ((2,), False), ((3,), True),
                                                                 ((3,), True)]


def test_a_table_the_page_also_prints_is_not_elsewhere():
    page = ("<html><body><p>First [<a href='#B1'>1</a>] (Table <a href='tab1/'>1</a>).</p>"
            "<div id='tab1'><table><tr><td>cell [<a href='#B2'>2</a>]</td></tr></table></div>"
            "<h2>References</h2><ol>" + entries(3) + "</ol></body></html>")
    doc = read(page.encode())
    assert doc.elsewhere == ()
    found = lint_bytes("t.html", page.encode(), Settings(select=("CIT201",)), TODAY).findings
    assert [f.message for f in found] == ["Reference 3 is never cited in the text"]
