"""How benchmarks/entry_accuracy.py reads anystyle-parser's tags into the gold fields it scores the parser against.

The README's accuracy figures rest on these readings: a tag read wrong scores a right parse as a miss (or the
reverse). Each case is a tag as anystyle-parser's gold gives it, and the value the benchmark must take from it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import entry_accuracy as ea  # noqa: E402


@pytest.mark.parametrize(("tag", "volume"), [
    ("1982;41:", "41"),
    ("Dec 7 2006;355(23):", "355"),  # a month and day before the year: not the day
    ("2013, 425,", "425"),
    ("2014. 5:", "5"),
    ("392-393,", "392-393"),  # a double volume, whole
    ("Vol. XV, No. 3 (September", "XV"),  # a Roman volume, not the issue after it
    ("LXVI(20),", "LXVI"),
    ("2° série, t. XIV,", "XIV"),  # not the series before it
    ("C 117", "117"),  # a section's letter is no Roman volume
    ("vol. 23, 3", "23"),
    ("20 2010;28(3):", "28"),  # a day, a month before the year or after it
    ("févr 2009;123(2):", "123"),
    ("2012 Jul 11;49(1):", "49"),
    ("vol. 339-340,", "339-340"),  # a double volume after its mark, whole
    ("n° 609-610,", "609-610"),
    ("n° 7/8,", "7/8"),  # a double issue with a slash, whole; not a number and its year, nor a volume and its issue
    ("3/1973", "3"),
    ("1/4", "1"),
    ("2d ser. 10,", "10"),  # a series' number before the volume
    ("5e série, 61,", "61"),
    ("No 29, Vol. 4,", "4"),  # the number after "Vol." is the volume
    ("n° 48, vol. 3,", "3"),
    ("H. 6,", None),  # a Heft is an issue (the next volume tag is read)
    ("11;49(1):", "49"),  # the day before the volume's ";" (the year tagged apart), a year after a date
    ("02/12/online 2009;23(5): 845-851.", "23"),
    ("133B(627):", "133B"),  # the series' letter with the volume, the issue aside
    ("t. 28-29,", "28-29"),
    ("t. 64-2015", "64"),  # (not a volume and its year)
])
def test_anystyle_volume(tag, volume):
    assert ea.anystyle_volume(tag) == ("volume", volume)


@pytest.mark.parametrize(("tag", "page"), [
    ("pp119-50", "119"),
    ("p7", "7"),
    ("e57", "e57"),
    ("CR376–CR382.", "CR376"),  # an article number's letters are part of it
    ("ra26.", "ra26"),
    ("290: 152-157", "152"),  # the volume tagged with the pages
    ("Journal71</italic>:303-313.", "303"),  # letters glued to a number are no page's
    ("(2012),147- 168.", "147"),  # the year, the issue or the section tagged before the pages
    ("9, 576-608", "576"),
    ("sec. 1A, p. 3.", "3"),
    ("546 pp.", "546"),  # (a law review's first page as often as a count of pages)
    ("No.1-2,", None),  # an issue, a count of pages, a DOI: no page (the next pages tag is read)
    ("nos.25-26,", None),
    ("6 pages.", None),
    ("(doi:10.1021/es405557p)", None),
])
def test_anystyle_first_page(tag, page):
    assert ea.anystyle_first_page(tag) == ("first_page", page)


@pytest.mark.parametrize(("tag", "journal"), [
    ("J Clin Oncol. Jan", "J Clin Oncol."),  # the issue's month tagged with the name
    ("In: Behindertenpädagogik", "Behindertenpädagogik"),
    ("Journal of the Royal Statistical Society", "Journal of the Royal Statistical Society"),
])
def test_anystyle_journal(tag, journal):
    assert ea.anystyle_journal(tag) == ("journal", journal)


@pytest.mark.parametrize(("tag", "family"), [
    ("Lamarque J.-F., Emmons L.K., Hess P.G., et al.", "Lamarque"),  # hyphenated initials
    ("Loiseau J.-Cl.,", "Loiseau"),
    ("Hwang I.-W. et al.,", "Hwang"),
    ("Struys MMRF, Sahinovic M,", "Struys"),  # four initials after a name in lowercase
    ("E. LAMY, L. NADJO et J. M. SAVEANT.", "LAMY"),  # (not a name of four capitals read as initials)
    ("Blancquaert (G.), Deschodt (L.).", "Blancquaert"),  # initials in parentheses
    ("PELLETIER (J.P.), PICON (M.),", "PELLETIER"),
    ("waxenbaum e.B., stock m.K.", "waxenbaum"),  # an export that lowercased the names
    ("le ray j. coll. lacoste d., pernot m.", "le ray"),
    ("Bao Q *, Zhao Y*, Renner A,", "Bao"),  # a contribution mark
    ("Liu SM Zhong J Zhao XJ.", "Liu"),  # names with no commas between them
    ("5,6-Ando S, Otani M,", "Ando"),  # list numbers tagged with the names
    ("Beaupré 1907 : BEAUPRE J. —", "BEAUPRE"),  # a short citation's key before them
    ("RIDLEY, FRANK", "RIDLEY"),  # family name, comma, given name, both in capitals
    ("J. J Koenderink and A. J. van Doorn.", "Koenderink"),
    ("Irda Fidrianny,", "Fidrianny"),  # a single full name: given first
    ("AA. VV.,", "AA. VV."),  # "various authors" (Italian, Spanish): one collective name, not a person "AA"
    ("VV.AA.", "VV.AA."),
    ("Aavik, J.,", "Aavik"),
])
def test_anystyle_author(tag, family):
    assert ea.anystyle_author(tag) == ("first_author", family)


@pytest.mark.parametrize("tag", [
    "Irda Fidrianny, Dian Ayu, Rika Hartati.",
    "Bajos Nathalie, Ferrand Michèle,",
    "Elson Manoel Pereira, Mathieu Perrin.",
])
def test_a_list_of_full_names_is_not_scored(tag):
    assert ea.anystyle_author(tag)[0] == "untold"


@pytest.mark.parametrize("tag", [
    "Florian Jarre, Michal Kocvara, and Jochem Zowe",  # "and": English, given names first
    "Wong Fillmore, Lily.",  # one name, inverted
    "Fosso Wamba, S.,",
])
def test_names_whose_order_is_told_are_scored(tag):
    assert ea.anystyle_author(tag)[0] == "first_author"


@pytest.mark.parametrize(("journal", "gold", "kept"), [
    ("Computer", "Computer, Special Issue on Fault-Tolerant Systems", True),  # (grobid's gold keeps it with the name)
    ("IEEE Transactions on Systems, Man, and Cybernetics",
     "IEEE Transactions on Systems, Man, and Cybernetics: Special Issue on Scheduling, Planning, and Control", True),
    ("Communications of the ACM", "Communications of the ACM Special Issue on Design Patterns", True),
    ("Computer", "Computer,", False),  # (the name alone: scored as it is)
    ("Computer", "Computer Graphics Forum", False),
    ("Special Issue on Distributed Artificial Intelligence",
     "IEEE Transactions on Systems, Man, and Cybernetics, Special Issue on Distributed Artificial Intelligence", False),
    (None, "Computer, Special Issue on Fault-Tolerant Systems", False),
])
def test_a_special_issues_name_the_gold_keeps_with_the_journal(journal, gold, kept):
    assert ea.special_issue_kept(journal, gold) is kept
