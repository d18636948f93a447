"""The reference-entry parser on what medical reviews print: entries made from real medical journals in the styles
medical reviews use, each field known, each entry scored whole.

    python benchmarks/medical_styles.py [--errors]

The gold sets of benchmarks/entry_accuracy.py are physics and humanities for the most part; this one is medicine's.
Its suites: 103 journals (NLM abbreviations, and their dotted forms where a style dots them) in 11 styles (UpToDate,
AMA, NLM, APA, Springer, Elsevier's Harvard and numbered, Nature's, Chicago, AMA with a DOI, PubMed's export with its
trailers); 14 hard titles (a question mark, "vs.", "U.S.", "Dr.", "St.", a colon, a very long title, a letter's
reply, a part) in 4 journals and 5 styles; 17 author lists (particles, suffixes, diacritics, groups, 16 names) in 2
styles; 47 journals opened by medicine's abbreviations, short and long, in 4 styles; 73 journals by their full names
(NLM's catalog titles as PubMed and the reference managers give them, names with a comma or a colon) in 5 or 7
styles; 5 guidelines' groups, UpToDate's drug labels, drug database and web page, and 24 books, chapters, web
pages, abstracts, preprints and reports; 38 noisy forms; 15
non-English journals and 10 entries in SciELO's Portuguese and Spanish and German and French guidelines' forms (access
dates, link labels, ministries, societies);
the ICMJE's 34 sample references (NLM's forms for every kind of work a medical article cites: journal articles with
supplements, parts, retractions and errata, books, chapters, proceedings, a report, a dissertation, a patent, a
newspaper, a dictionary, in press, on the Internet); 11 of the AMA Manual of Style's (11th edition) forms for the
same kinds of work; 11 entries in GB/T 7714, China's national standard (its document types in brackets: articles,
books, a thesis, proceedings, a report, a web page, in Chinese and in English).
An entry counts as read when every field its suite names is what the entry prints (the title, the journal, the year,
the volume, the first page, the first authors; the suite's own fields for the others).
"""

from __future__ import annotations

import argparse
import sys

from citelint.parsing.references import parse_reference

NLM = [
    "N Engl J Med", "Lancet", "JAMA", "BMJ", "Ann Intern Med", "J Clin Oncol", "Lancet Oncol", "Nat Med", "Cell",
    "Circulation", "J Am Coll Cardiol", "Eur Heart J", "Chest", "Am J Respir Crit Care Med", "Gastroenterology", "Gut",
    "Hepatology", "J Hepatol", "Blood", "Leukemia", "Ann Oncol", "Cancer", "Int J Cancer", "Br J Cancer",
    "J Natl Cancer Inst", "Clin Cancer Res", "Cancer Res", "Lung Cancer", "J Thorac Oncol", "Ann Thorac Surg",
    "J Thorac Cardiovasc Surg", "Int J Radiat Oncol Biol Phys", "Radiother Oncol", "Radiology", "AJR Am J Roentgenol",
    "Pediatrics", "J Pediatr", "Arch Dis Child", "Obstet Gynecol", "Am J Obstet Gynecol", "Fertil Steril",
    "Diabetes Care", "Diabetologia", "J Clin Endocrinol Metab", "Kidney Int", "J Am Soc Nephrol", "Am J Kidney Dis",
    "Neurology", "Brain", "Ann Neurol", "Stroke", "Lancet Neurol", "JAMA Neurol", "Am J Psychiatry", "Br J Psychiatry",
    "J Infect Dis", "Clin Infect Dis", "Lancet Infect Dis", "Emerg Infect Dis", "J Antimicrob Chemother",
    "Crit Care Med", "Intensive Care Med", "Anesthesiology", "Br J Anaesth", "Anesth Analg", "Ann Surg", "Br J Surg",
    "JAMA Surg", "J Bone Joint Surg Am", "Arthritis Rheumatol", "Ann Rheum Dis", "J Allergy Clin Immunol",
    "J Invest Dermatol", "Br J Dermatol", "Ophthalmology", "Am J Ophthalmol", "PLoS One", "PLoS Med", "Sci Rep",
    "Nat Commun", "Proc Natl Acad Sci U S A", "Cochrane Database Syst Rev", "Eur Respir J", "Thorax",
    "Am J Med", "Mayo Clin Proc", "Arch Intern Med", "JAMA Intern Med", "Medicine (Baltimore)", "Transplantation",
    "Am J Transplant", "Liver Transpl", "Eur Urol", "J Urol", "Heart", "Eur J Cancer", "Oncologist", "Semin Oncol",
    "Curr Opin Oncol", "Expert Rev Anticancer Ther", "Clin Lung Cancer", "Thorac Cancer", "J Cancer Res Clin Oncol",
]
_ONE_WORD = {"Lancet", "Cancer", "Blood", "Brain", "Heart", "Stroke", "Gut", "Surg.", "Med."}


def dotted(journal: str) -> str:
    """The journal's name as the dotted styles print it: "J. Clin. Oncol.", "Lancet", "JAMA"."""
    if " " not in journal:
        return journal
    return " ".join(w if (w.isupper() or w in ("of", "and") or w.startswith("(") or w in _ONE_WORD) else w + "."
                    for w in journal.split())


T = "Survival after stereotactic radiotherapy for oligometastatic disease"
ARTICLE = dict(title=T, year=2015, volume="33", first_page="1234", first="Smith")


def journals():
    for j in NLM:
        dj = dotted(j)
        for raw, jj in (
            (f"Smith AB, Jones CD, Lee E. {T}. {j} 2015; 33:1234.", j),  # UpToDate
            (f"Smith AB, Jones CD, Lee E, et al. {T}. {j}. 2015;33(12):1234-1240.", j),  # AMA
            (f"Smith AB, Jones CD, Lee E. {T}. {j} 2015;33(12):1234-40.", j),  # NLM
            (f"Smith, A. B., Jones, C. D., & Lee, E. (2015). {T}. {dj}, 33(12), 1234–1240.", dj),  # APA
            (f"Smith AB, Jones CD, Lee E (2015) {T}. {j} 33:1234–1240", j),  # Springer
            (f"Smith, A.B., Jones, C.D., Lee, E., 2015. {T}. {dj} 33, 1234–1240.", dj),  # Elsevier Harvard
            (f"A.B. Smith, C.D. Jones, E. Lee, {T}, {dj} 33 (2015) 1234–1240.", dj),  # Elsevier numbered
            (f"Smith, A. B., Jones, C. D. & Lee, E. {T}. {dj} 33, 1234–1240 (2015).", dj),  # Nature
            (f"Smith, Alan B., Carl D. Jones, and Eva Lee. 2015. “{T}.” {j} 33 (12): 1234–40.", j),  # Chicago
            (f"Smith AB, Jones CD, Lee E. {T}. {j}. 2015;33:1234–40. doi:10.1000/xyz123", j),  # AMA, DOI
            (f"Smith AB, Jones CD, Lee E. {T}. {j}. 2015 Dec;33(12):1234-40. doi: 10.1000/xyz123. Epub 2015 Oct 5. "
             f"PMID: 26000000.", j),  # PubMed
        ):
            yield raw, dict(ARTICLE, journal=jj.rstrip("."))


HARD_TITLES = [
    "Stereotactic radiotherapy vs. surgery for stage I NSCLC: a randomized trial",
    "Is there a role for surgery in oligometastatic NSCLC?",
    "SABR-COMET: a phase II trial",
    "Lung cancer in the U.S. population, 1990-2010",
    "Erlotinib in EGFR-mutant NSCLC (the EURTAC study)",
    "Nivolumab versus docetaxel in advanced squamous-cell non-small-cell lung cancer",
    "Outcomes in patients aged ≥65 years",
    "A. fumigatus infection after transplantation",
    "Dr. Smith's approach to the solitary pulmonary nodule",
    "Phase III trial of cisplatin plus gemcitabine with either placebo or bevacizumab (AVAiL)",
    "Pembrolizumab for PD-L1-positive NSCLC. Reply",
    "St. Jude Lifetime Cohort Study: design and methods",
    "Treatment of stage IV non-small cell lung cancer: diagnosis and management of lung cancer, 3rd ed: American "
    "College of Chest Physicians evidence-based clinical practice guidelines",
    "Local consolidative therapy vs. maintenance therapy or observation for patients with oligometastatic "
    "non-small-cell lung cancer without progression after first-line systemic therapy: a multicentre, randomised, "
    "controlled, phase 2, open-label trial",
]


def hard_titles():
    for title in HARD_TITLES:
        printed = title if title.endswith("?") else title + "."
        for j, dj in (("J Clin Oncol", "J. Clin. Oncol."), ("Lancet Oncol", "Lancet Oncol."),
                      ("N Engl J Med", "N. Engl. J. Med."), ("Chest", "Chest")):
            want = dict(title=title.rstrip("?") if not title.endswith("?") else title, year=2016, volume="17",
                        authors=["Gomez", "Blumenschein", "Lee"])
            for raw, jj, fp in (
                (f"Gomez DR, Blumenschein GR Jr, Lee JJ, et al. {printed} {j} 2016; 17:1672.", j, "1672"),
                (f"Gomez DR, Blumenschein GR Jr, Lee JJ, et al. {printed} {j}. 2016;17(12):1672-1682. "
                 f"doi:10.1016/S1470-2045(16)30532-0", j, "1672"),
                (f"Gomez, D. R., Blumenschein, G. R., Jr., & Lee, J. J. (2016). {printed} {dj}, 17(12), 1672–1682.", dj,
                 "1672"),
                (f"Gomez DR, Blumenschein GR Jr, Lee JJ, et al. {printed} {j}. 2016 Dec;17(12):1672-1682. "
                 f"Epub 2016 Oct 24.", j, "1672"),
                (f"Gomez DR, Blumenschein GR Jr, Lee JJ, et al. {printed} {j} 2016; 17 Suppl 2:S1672.", j, "S1672"),
            ):
                yield raw, dict(want, journal=jj.rstrip("."), first_page=fp)


AUTHOR_LISTS = [
    ("De Ruysscher D, Wanders R, van Baardwijk A", ["De Ruysscher", "Wanders", "van Baardwijk"]),
    ("van der Berg A, Di Maio M, Le Chevalier T", ["van der Berg", "Di Maio", "Le Chevalier"]),
    ("Al-Halabi H, O'Brien CA, D'Amico AV", ["Al-Halabi", "O'Brien", "D'Amico"]),
    ("Blumenschein GR Jr, Gomez DR, Smith JA III", ["Blumenschein", "Gomez", "Smith"]),
    ("Müller K, Šimková L, Øvrebø S", ["Müller", "Šimková", "Øvrebø"]),
    ("Gomez DR, Tang C, Zhang J, Blumenschein GR Jr, Hernandez M, Lee JJ, et al",
     ["Gomez", "Tang", "Zhang", "Blumenschein", "Hernandez", "Lee"]),
    ("IASLC Staging Committee", ["IASLC Staging Committee"]),
    ("Goldstraw P, Chansky K, Crowley J, et al; International Association for the Study of Lung Cancer Staging and "
     "Prognostic Factors Committee", ["Goldstraw", "Chansky", "Crowley"]),
    ("Palma DA, Olson R, Harrow S, et al. on behalf of the SABR-COMET investigators",
     ["Palma", "Olson", "Harrow", "SABR-COMET investigators"]),
    ("Sánchez-Pérez I, García-Martín J", ["Sánchez-Pérez", "García-Martín"]),
    ("Nguyen Thi Thu H, Tran Van B", ["Nguyen Thi Thu", "Tran Van"]),
    ("Lo SS, Ma L, Wu X", ["Lo", "Ma", "Wu"]),
    ("Mac Manus M, St Clair E, Mc Donald F", ["Mac Manus", "St Clair", "Mc Donald"]),
    ("Smith-Jones A-M, Chen Y-C", ["Smith-Jones", "Chen"]),
    ("Ashworth AB, Senan S, Palma DA, Riquet M, Ahn YC, Ricardi U, Congedo MT, Gomez DR, Wright GM, Melloni G, "
     "Milano MT, Sole CV, De Pas TM, Carter DL, Warner AJ, Rodrigues GB", ["Ashworth", "Senan", "Palma"]),
    ("World Health Organization", ["World Health Organization"]),
    ("KIM JH, PARK SY, LEE K, et al", ["KIM", "PARK", "LEE"]),
]


def author_lists():
    t = "Survival after stereotactic radiotherapy"
    for names, families in AUTHOR_LISTS:
        for raw in (f"{names}. {t}. J Clin Oncol 2015; 33:1234.", f"{names}. {t}. J Clin Oncol. 2015;33(12):1234-1240."):
            yield raw, dict(title=t, journal="J Clin Oncol", volume="33", authors=families)


LEADS = [
    "Obstet. Gynecol.", "Infect. Immun.", "Surg. Endosc.", "Pediatr. Res.", "Respir. Med.", "Nutr. Rev.",
    "Epidemiol. Infect.", "Genet. Med.", "Transplant. Proc.", "Hematol. Oncol.", "Pharm. Res.", "Vet. Rec.",
    "Nephrol. Dial. Transplant.", "Rheumatol. Int.", "Geosci. Model Dev.", "Atmos. Chem. Phys.", "Med. Phys.",
    "Med. Care", "Neurol. Sci.", "Oncol. Rep.", "Cardiol. Young", "Radiol. Med.", "Dermatol. Surg.", "Urol. Oncol.",
    "Microbiol. Mol. Biol. Rev.", "Pathol. Res. Pract.", "Gastroenterol. Clin. North Am.",
    "Endocrinol. Metab. Clin. North Am.", "Psychiatry Res.", "Immunol. Rev.", "Otolaryngol. Head Neck Surg.",
    "Arterioscler. Thromb. Vasc. Biol.", "Psychopharmacol. Bull.", "Ophthalmol. Ther.", "Neuropsychopharmacol. Rep.",
    "Gastroenterol. Rep.", "Curr. Opin. Gastroenterol.", "Clin. Gastroenterol. Hepatol.", "Am. J. Gastroenterol.",
    "Neurogastroenterol. Motil.", "Pharmacoepidemiol. Drug Saf.", "Psychoneuroendocrinology", "J. Neurophysiol.",
    "Acta Otolaryngol.", "Int. J. Radiat. Oncol. Biol. Phys.", "J. Am. Chem. Soc.", "Eur. J. Cancer",
]


def leads():
    t = "Outcomes of surgery in the elderly"
    for j in LEADS:
        for raw in (f"Smith J.A., Jones K. (2012) {t}, {j}, 5, 369-411.",
                    f"Smith J.A., Jones K. (2012) {t}. {j} 5, 369-411.",
                    f"Smith, J.A., Jones, K., 2012. {t}. {j} 5, 369–411.",
                    f"Smith JA, Jones K. {t}. {j} 2012;5:369-411."):
            yield raw, dict(title=t, journal=j.rstrip("."))


# journals by their full names: NLM's catalog titles (sentence case, a section after a stop, a qualifier in parentheses,
# a subtitle after " : "), as PubMed, Zotero and Mendeley give them, in 5 styles; and names in title case with a comma
# or a colon inside, in 7 (Elsevier's numbered style prints them after the title's comma)
FULL_TITLES = [
    "The New England journal of medicine", "Lancet (London, England)", "The Lancet. Oncology",
    "The lancet. Respiratory medicine", "Nature reviews. Clinical oncology", "Nature reviews. Cancer",
    "Journal of clinical oncology : official journal of the American Society of Clinical Oncology",
    "Journal of thoracic oncology : official publication of the International Association for the Study of Lung Cancer",
    "Annals of oncology : official journal of the European Society for Medical Oncology",
    "Clinical cancer research : an official journal of the American Association for Cancer Research",
    "International journal of radiation oncology, biology, physics",
    "Radiotherapy and oncology : journal of the European Society for Therapeutic Radiology and Oncology",
    "Lung cancer (Amsterdam, Netherlands)", "European journal of cancer (Oxford, England : 1990)",
    "Journal of the National Comprehensive Cancer Network : JNCCN", "JAMA oncology", "Clinical lung cancer",
    "Cancer treatment reviews", "CA: a cancer journal for clinicians", "BMJ (Clinical research ed.)",
    "Proceedings of the National Academy of Sciences of the United States of America",
    "Biochimica et biophysica acta. Reviews on cancer", "Circulation. Heart failure", "JACC. Cardiovascular imaging",
    "The Journal of bone and joint surgery. American volume", "AJR. American journal of roentgenology",
    "Journal of applied physiology (Bethesda, Md. : 1985)", "Hepatology (Baltimore, Md.)",
    "Methods in molecular biology (Clifton, N.J.)", "Current oncology (Toronto, Ont.)",
    "Clinical oncology (Royal College of Radiologists (Great Britain))",
    "Journal of nuclear medicine : official publication, Society of Nuclear Medicine",
    "Cancer epidemiology, biomarkers & prevention : a publication of the American Association for Cancer Research, "
    "cosponsored by the American Society of Preventive Oncology",
    "Zhongguo fei ai za zhi = Chinese journal of lung cancer", "The journals of gerontology. Series A, Biological sciences and medical sciences",
    "The Journal of allergy and clinical immunology. In practice", "Cancer immunology, immunotherapy : CII",
    "Critical reviews in oncology/hematology", "Medical oncology (Northwood, London, England)",
    "Journal of neurology, neurosurgery, and psychiatry", "The Cochrane database of systematic reviews",
    "European journal of cardio-thoracic surgery : official journal of the European Association for Cardio-thoracic Surgery",
    "Strahlentherapie und Onkologie : Organ der Deutschen Rontgengesellschaft ... [et al]",
    "Archives of disease in childhood. Fetal and neonatal edition", "Gan to kagaku ryoho. Cancer & chemotherapy",
]
TITLE_CASE_NAMES = [
    "International Journal of Radiation Oncology, Biology, Physics", "Journal of Bone and Joint Surgery, American Volume",
    "The Lancet Oncology", "Journal of Thoracic Oncology", "Journal of Clinical Oncology", "Annals of Oncology",
    "Oral Surgery, Oral Medicine, Oral Pathology, Oral Radiology, and Endodontics",
    "Journal of Neurology, Neurosurgery, and Psychiatry", "Cancer Epidemiology, Biomarkers & Prevention",
    "Biochimica et Biophysica Acta (BBA) - Reviews on Cancer", "Physica A: Statistical Mechanics and its Applications",
    "Journal of Physics A: Mathematical and Theoretical", "Cancer Immunology, Immunotherapy",
    "Journal of Vascular and Interventional Radiology", "American Journal of Roentgenology",
    "Journal of the American College of Surgeons", "Journal of Thoracic and Cardiovascular Surgery",
    "Clinical Oncology", "Radiotherapy and Oncology", "New England Journal of Medicine",
    "Pediatric Blood & Cancer", "Obstetrics & Gynecology", "Journal of Allergy and Clinical Immunology: In Practice",
    "Alzheimer's & Dementia", "Circulation: Heart Failure", "JACC: Cardiovascular Imaging",
    "Nature Reviews Clinical Oncology", "Journal of the Royal Society, Interface",
]
TF = "Stereotactic radiotherapy for oligometastatic disease"


def full_names():
    for names, title_case in ((FULL_TITLES, False), (TITLE_CASE_NAMES, True)):
        for j in names:
            raws = [
                f"Lee M, Park K, Chen Y. {TF}. {j}. 2017;98(1):100-110.",  # AMA, Zotero's Vancouver
                f"Lee M, Park K, Chen Y. {TF}. {j} 2017;98:100-10.",  # UpToDate, NLM
                f"Lee, M., Park, K., & Chen, Y. (2017). {TF}. {j}, 98(1), 100–110.",  # APA
                f"Lee, M., Park, K., Chen, Y., 2017. {TF}. {j}, 98(1), pp.100–110.",  # Harvard
                f"Lee M, Park K, Chen Y (2017) {TF}. {j} 98:100–110",  # Springer
            ]
            if title_case:
                raws += [f"M. Lee, K. Park, Y. Chen, {TF}, {j} 98 (2017) 100–110.",  # Elsevier numbered
                         f"Lee, M., Park, K. & Chen, Y. {TF}. {j} 98, 100–110 (2017)."]  # Nature
            for raw in raws:
                yield raw, dict(title=TF, journal=j, volume="98", first_page="100", year=2017)


OTHER = [
    # NLM's group after the persons: after a semicolon, its name with no group's word last (or in lowercase), and
    # after a stop, named with its acronym (added in the twenty-first session)
    ("Gerstein HC, Miller ME, Byington RP; Writing Committee for the ACCORD Trial. Effects of intensive glucose lowering "
     "in type 2 diabetes. N Engl J Med. 2008;358(24):2545-59.",
     dict(authors=["Gerstein", "Miller", "Byington", "Writing Committee for the ACCORD Trial"],
          title="Effects of intensive glucose lowering in type 2 diabetes", journal="N Engl J Med", volume="358")),
    ("Balazard F, Le Fur S, Valtat S, Valleron AJ, Bougnères P; Isis-Diab, collaborative group. Association of "
     "environmental markers with childhood type 1 diabetes mellitus. BMC Public Health. 2016 Sep 29;16(1):1021.",
     dict(title="Association of environmental markers with childhood type 1 diabetes mellitus", volume="16")),
    ("Perk J, Alexanderson K. Swedish Council on Technology Assessment in Health Care (SBU). Chapter 8. Sick leave due "
     "to coronary artery disease or stroke. Scand J Public Health Suppl. 2004;63:181-206.",
     dict(authors=["Perk", "Alexanderson", "Swedish Council on Technology Assessment in Health Care (SBU)"],
          title="Chapter 8. Sick leave due to coronary artery disease or stroke", volume="63")),
    # guidelines' groups as authors, as PubMed lists them: a colon inside the name, an acronym, a dash, an organisation's
    # committee after it
    ("Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group. KDIGO 2012 clinical practice guideline for the "
     "evaluation and management of chronic kidney disease. Kidney Int Suppl. 2013;3:1-150.",
     dict(first="Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group", journal="Kidney Int Suppl",
          year=2013, volume="3", title="KDIGO 2012 clinical practice guideline for the evaluation and management of chronic "
                                       "kidney disease")),
    ("American College of Obstetricians and Gynecologists. Committee on Health Care for Underserved Women. Committee "
     "opinion no. 518: Intimate partner violence. Obstet Gynecol. 2012;119(2 Pt 1):412-7.",
     dict(authors=["American College of Obstetricians and Gynecologists", "Committee on Health Care for Underserved Women"],
          title="Committee opinion no. 518: Intimate partner violence", journal="Obstet Gynecol", volume="119")),
    ("Committee on Practice Bulletins—Gynecology. Practice Bulletin No. 168: Cervical Cancer Screening and Prevention. "
     "Obstet Gynecol. 2016;128(4):e111-30.", dict(first="Committee on Practice Bulletins—Gynecology",
                                                   title="Practice Bulletin No. 168: Cervical Cancer Screening and Prevention",
                                                   journal="Obstet Gynecol", first_page="e111")),
    ("American Diabetes Association. 2. Classification and Diagnosis of Diabetes: Standards of Medical Care in "
     "Diabetes-2021. Diabetes Care. 2021;44(Suppl 1):S15-S33.",
     dict(first="American Diabetes Association", journal="Diabetes Care", volume="44", first_page="S15")),
    ("Public Health England. Guidance: Lung cancer screening. London: PHE; 2019.",
     dict(first="Public Health England", title="Guidance: Lung cancer screening", publisher="PHE")),
    ("Cancer Research UK. Lung cancer statistics. https://www.cancerresearchuk.org/health-professional/cancer-statistics "
     "(Accessed on 10 May 2022).", dict(type="webpage", first="Cancer Research UK", title="Lung cancer statistics")),
    ("Expert Panel on Detection, Evaluation, and Treatment of High Blood Cholesterol in Adults. Executive Summary of The "
     "Third Report of The National Cholesterol Education Program (NCEP). JAMA. 2001;285(19):2486-97.",
     dict(first="Expert Panel on Detection, Evaluation, and Treatment of High Blood Cholesterol in Adults",
          title="Executive Summary of The Third Report of The National Cholesterol Education Program (NCEP)",
          journal="JAMA", volume="285")),
    ("Ministry of Health, Labour and Welfare. Vital statistics of Japan 2019. Tokyo: MHLW; 2020.",
     dict(first="Ministry of Health, Labour and Welfare", title="Vital statistics of Japan 2019", publisher="MHLW")),
    ("Scottish Intercollegiate Guidelines Network (SIGN). Management of diabetes. Edinburgh: SIGN; 2017.",
     dict(first="Scottish Intercollegiate Guidelines Network (SIGN)", title="Management of diabetes", year=2017)),
    # UpToDate's drug labels and drug database, no author: the product's name, the maker and its place
    ("Keytruda (pembrolizumab) injection, for intravenous use. US FDA approved product information; Whitehouse Station, NJ: "
     "Merck & Co., Inc; Revised June 2020. Available online at: https://www.accessdata.fda.gov/drugsatfda_docs/label/"
     "2020/125514s080lbl.pdf (Accessed on July 01, 2020).",
     dict(type="report", title="Keytruda (pembrolizumab) injection, for intravenous use",
          publisher="Merck & Co., Inc", place="Whitehouse Station, NJ", year=2020)),
    ("Lexicomp Online, Pediatric and Neonatal Lexi-Drugs Online, Hudson, Ohio: Wolters Kluwer Clinical Drug Information, "
     "Inc.; 2013; April 10, 2013.", dict(type="webpage", title="Lexicomp Online, Pediatric and Neonatal "
                                         "Lexi-Drugs Online", place="Hudson, Ohio", year=2013)),
    ("Lung cancer screening. National Cancer Institute. https://www.cancer.gov/types/lung/hp/lung-screening-pdq "
     "(Accessed on April 15, 2021).", dict(type="webpage", title="Lung cancer screening",
                                          publisher="National Cancer Institute")),
    # books, chapters, web pages, abstracts, preprints, reports
    ("DeVita VT, Lawrence TS, Rosenberg SA. Cancer: Principles and Practice of Oncology, 10th ed, Wolters Kluwer, "
     "Philadelphia 2015.", dict(type="book", year=2015, publisher="Wolters Kluwer", place="Philadelphia")),
    ("DeVita VT Jr, Lawrence TS, Rosenberg SA, editors. Cancer: principles and practice of oncology. 10th ed. "
     "Philadelphia: Wolters Kluwer; 2015.", dict(type="book", year=2015, publisher="Wolters Kluwer", place="Philadelphia")),
    ("Gomez DR. Oligometastatic disease. In: DeVita VT Jr, Lawrence TS, Rosenberg SA, editors. Cancer: principles and "
     "practice of oncology. 10th ed. Philadelphia: Wolters Kluwer; 2015. p. 1234-45.",
     dict(type="chapter", year=2015, first_page="1234", last_page="1245", title="Oligometastatic disease")),
    ("Gomez DR. Oligometastatic disease. In: Cancer: Principles and Practice of Oncology, 10th ed, DeVita VT, "
     "Lawrence TS, Rosenberg SA (Eds), Wolters Kluwer, Philadelphia 2015. p.1234.",
     dict(type="chapter", year=2015, first_page="1234", title="Oligometastatic disease")),
    ("National Comprehensive Cancer Network. NCCN Clinical Practice Guidelines in Oncology: Non-Small Cell Lung Cancer. "
     "Version 3.2020. https://www.nccn.org/professionals/physician_gls/pdf/nscl.pdf (Accessed on March 05, 2020).",
     dict(type="webpage", url="https://www.nccn.org/professionals/physician_gls/pdf/nscl.pdf")),
    ("National Cancer Institute. SEER cancer stat facts: lung and bronchus cancer. "
     "https://seer.cancer.gov/statfacts/html/lungb.html. Accessed March 5, 2020.", dict(type="webpage")),
    ("Gomez DR, Blumenschein GR, Lee JJ, et al. Local consolidative therapy improves overall survival. J Clin Oncol "
     "2018; 36 (suppl; abstr 9004).", dict(type="abstract", year=2018, volume="36")),
    ("Gomez DR, Blumenschein GR, Lee JJ, et al. Local consolidative therapy improves overall survival (abstract). "
     "J Clin Oncol 2018; 36:9004a.", dict(type="abstract", year=2018, volume="36")),
    ("Gomez DR, Blumenschein GR, Lee JJ, et al. Local consolidative therapy improves overall survival. Presented at the "
     "American Society of Clinical Oncology Annual Meeting, Chicago, IL, June 1-5, 2018.", dict(type="abstract", year=2018)),
    ("Gomez DR, Tang C, Zhang J, et al. Local consolidative therapy (LCT) improves overall survival (OS) compared to "
     "maintenance therapy/observation in oligometastatic non-small cell lung cancer (NSCLC): final results of a "
     "multicenter, randomized, controlled phase 2 trial. Int J Radiat Oncol Biol Phys 2018; 102:1604.",
     dict(type="journal", year=2018, volume="102", first_page="1604")),
    ("Smith J, Lee K. Stereotactic radiotherapy for oligometastases. bioRxiv 2020.05.01.072652 [Preprint]. 2020 [cited "
     "2020 Jun 1]. Available from: https://doi.org/10.1101/2020.05.01.072652",
     dict(type="preprint", year=2020, doi="10.1101/2020.05.01.072652")),
    ("US Food and Drug Administration. FDA approves osimertinib for first-line treatment. 2018. Available at: "
     "https://www.fda.gov/news-events/press-announcements/fda-approves (Accessed on May 1, 2018).",
     dict(type="webpage", year=2018)),
    ("A Phase II Randomized Study of Maintenance Chemotherapy vs Local Consolidative Therapy. ClinicalTrials.gov "
     "identifier: NCT01725165. Updated June 1, 2020. Accessed June 5, 2020. "
     "https://clinicaltrials.gov/ct2/show/NCT01725165", dict(type="webpage", trial_ids=("NCT01725165",))),
    ("Institute of Medicine. Clinical Practice Guidelines We Can Trust. Washington, DC: The National Academies Press; "
     "2011.", dict(type="book", year=2011, place="Washington, DC")),
    ("World Health Organization. Global tuberculosis report 2019. Geneva: World Health Organization; 2019. Report No.: "
     "WHO/CDS/TB/2019.15.", dict(type="report", year=2019)),
    ("Gomez DR, Tang C, Zhang J, et al. Local consolidative therapy vs. maintenance therapy. J Clin Oncol "
     "2019;37(suppl; abstr 9001).", dict(type="abstract", journal="J Clin Oncol", volume="37", first_page="9001")),
    ("Gomez DR, Tang C, Zhang J, et al. Local consolidative therapy vs. maintenance therapy. J Clin Oncol "
     "2017;35(15_suppl; abstr 9001)", dict(type="abstract", journal="J Clin Oncol", volume="35", first_page="9001")),
    ("Torok J, Kelsey CR, Salama JK. Patterns of Distant Metastases in Surgically Managed Early Stage Non-Small Cell Lung "
     "Cancer. Paper presentation, 55th Annual ASTRO Meeting. Atlanta, GA, September 2013.",  # UpToDate (the seed's 9)
     dict(type="abstract", journal="55th Annual ASTRO Meeting", place="Atlanta, GA",
          title="Patterns of Distant Metastases in Surgically Managed Early Stage Non-Small Cell Lung Cancer")),
    ("Measles outbreak --- Indiana, 2005. MMWR Morb Mortal Wkly Rep 2005;54:1073-5.",  # MMWR's unsigned report
     dict(authors=[], title="Measles outbreak --- Indiana, 2005", journal="MMWR Morb Mortal Wkly Rep", volume="54")),
    ("U.S. Food and Drug Administration. FDA approves osimertinib for first-line treatment. "
     "https://www.fda.gov/news-events/press-announcements/fda-approves (Accessed on May 10, 2019).",
     dict(type="webpage", authors=["U.S. Food and Drug Administration"],
          title="FDA approves osimertinib for first-line treatment")),
    ("U.S. Department of Health and Human Services. Physical Activity Guidelines for Americans. 2nd ed. Washington, DC: "
     "U.S. Department of Health and Human Services; 2018.", dict(year=2018, place="Washington, DC",
                                                                  publisher="U.S. Department of Health and Human Services",
                                                                  title="Physical Activity Guidelines for Americans")),
    ("Rosenberg, S. A. (1993). Principles of surgical oncology. In V. T. DeVita, S. Hellman, & S. A. Rosenberg (Eds.), "
     "Cancer: Principles and practice of oncology (4th ed., pp. 238–247). Philadelphia, PA: Lippincott.",
     dict(type="chapter", year=1993, title="Principles of surgical oncology", first_page="238", last_page="247")),
    ("Rosenberg SA (1993) Principles of surgical oncology. In: DeVita VT, Hellman S, Rosenberg SA (eds) Cancer: "
     "principles and practice of oncology, 4th edn. Lippincott, Philadelphia, pp 238–247",
     dict(type="chapter", year=1993, title="Principles of surgical oncology", first_page="238", last_page="247")),
    ("Longo DL, Fauci AS, Kasper DL, et al (Eds). Harrison's Principles of Internal Medicine, 18th ed, McGraw-Hill, New "
     "York 2012.", dict(type="book", year=2012, publisher="McGraw-Hill", place="New York")),
]

# the ICMJE's "Samples of Formatted References for Authors of Journal Articles" (NLM's Citing Medicine form), each
# entry as the ICMJE prints it; the fields are what each prints
ICMJE = [
    ("Diabetes Prevention Program Research Group. Hypertension, insulin, and proinsulin in participants with impaired "
     "glucose tolerance. Hypertension. 2002;40(5):679-86.",
     dict(first="Diabetes Prevention Program Research Group", journal="Hypertension", year=2002, volume="40",
          first_page="679", last_page="686")),
    ("Vallancien G, Emberton M, Harving N, van Moorselaar RJ; Alf-One Study Group. Sexual dysfunction in 1,274 European "
     "men suffering from lower urinary tract symptoms. J Urol. 2003;169(6):2257-61.",
     dict(first="Vallancien", title="Sexual dysfunction in 1,274 European men suffering from lower urinary tract "
                                    "symptoms", journal="J Urol", year=2003, volume="169", first_page="2257")),
    ("21st century heart solution may have a sting in the tail. BMJ. 2002;325(7357):184.",
     dict(authors=[], title="21st century heart solution may have a sting in the tail", journal="BMJ", volume="325",
          first_page="184")),
    ("Geraud G, Spierings EL, Keywood C. Tolerability and safety of frovatriptan with short- and long-term use for "
     "treatment of migraine and in comparison with sumatriptan. Headache. 2002;42 Suppl 2:S93-9.",
     dict(journal="Headache", year=2002, volume="42", first_page="S93", last_page="S99")),
    ("Glauser TA. Integrating clinical trial data into clinical practice. Neurology. 2002;58(12 Suppl 7):S6-12.",
     dict(journal="Neurology", volume="58", issue="12 Suppl 7", first_page="S6", last_page="S12")),
    ("Abend SM, Kulish N. The psychoanalytic method from an epistemological viewpoint. Int J Psychoanal. "
     "2002;83(Pt 2):491-5.", dict(journal="Int J Psychoanal", volume="83", issue="Pt 2", first_page="491",
                                  last_page="495")),
    ("Ahrar K, Madoff DC, Gupta S, Wallace MJ, Price RE, Wright KC. Development of a large animal model for lung "
     "tumors. J Vasc Interv Radiol. 2002;(3):311-5.", dict(journal="J Vasc Interv Radiol", volume=None, issue="3",
                                                           first_page="311", last_page="315")),
    ("Outreach: bringing HIV-positive individuals into care. HRSA Careaction. 2002 Jun:1-6.",
     dict(type="journal", journal="HRSA Careaction", year=2002, first_page="1", last_page="6")),
    ("Chadwick R, Schuklenk U. The politics of ethical consensus finding. Bioethics. 2002;16(2):iii-v.",
     dict(journal="Bioethics", volume="16", issue="2", first_page="iii", last_page="v")),
    ("Tor M, Turker H. International approaches to the prescription of long-term oxygen therapy [letter]. Eur Respir J. "
     "2002;20(1):242.", dict(journal="Eur Respir J", volume="20", first_page="242")),
    ("Lofwall MR, Strain EC, Brooner RK, Kindbom KA, Bigelow GE. Characteristics of older methadone maintenance (MM) "
     "patients [abstract]. Drug Alcohol Depend. 2002;66 Suppl 1:S105.",
     dict(type="abstract", journal="Drug Alcohol Depend", volume="66", first_page="S105")),
    ("Feifel D, Moutier CY, Perry W. Safety and tolerability of a rapidly escalating dose-loading regimen for "
     "risperidone. J Clin Psychiatry. 2002;63(2):169. Retraction of: Feifel D, Moutier CY, Perry W. J Clin Psychiatry. "
     "2000;61(12):909-11.", dict(title="Safety and tolerability of a rapidly escalating dose-loading regimen for "
                                       "risperidone", journal="J Clin Psychiatry", year=2002, volume="63",
                                 first_page="169")),
    ("Malinowski JM, Bolesta S. Rosiglitazone in the treatment of type 2 diabetes mellitus: a critical review. Clin "
     "Ther. 2000;22(10):1151-68; discussion 1149-50. Erratum in: Clin Ther. 2001;23(2):309.",
     dict(journal="Clin Ther", year=2000, volume="22", first_page="1151", last_page="1168")),
    ("Yu WM, Hawley TS, Hawley RG, Qu CK. Immortalization of yolk sac-derived precursor cells. Blood. 2002 Nov "
     "15;100(10):3828-31. Epub 2002 Jul 5.", dict(journal="Blood", year=2002, volume="100", first_page="3828")),
    ("Murray PR, Rosenthal KS, Kobayashi GS, Pfaller MA. Medical microbiology. 4th ed. St. Louis: Mosby; 2002.",
     dict(type="book", title="Medical microbiology", publisher="Mosby", place="St. Louis", year=2002)),
    ("Gilstrap LC 3rd, Cunningham FG, VanDorsten JP, editors. Operative obstetrics. 2nd ed. New York: McGraw-Hill; 2002.",
     dict(type="book", title="Operative obstetrics", publisher="McGraw-Hill", place="New York", year=2002)),
    ("Breedlove GK, Schorfheide AM. Adolescent pregnancy. 2nd ed. Wieczorek RR, editor. White Plains (NY): March of Dimes "
     "Education Services; 2001.", dict(type="book", title="Adolescent pregnancy", place="White Plains (NY)",
                                       publisher="March of Dimes Education Services", year=2001)),
    ("Advanced Life Support Group. Acute medical emergencies: the practical approach. London: BMJ Books; 2001. 454 p.",
     dict(type="book", first="Advanced Life Support Group", publisher="BMJ Books", place="London", year=2001)),
    ("Meltzer PS, Kallioniemi A, Trent JM. Chromosome alterations in human solid tumors. In: Vogelstein B, Kinzler KW, "
     "editors. The genetic basis of human cancer. New York: McGraw-Hill; 2002. p. 93-113.",
     dict(type="chapter", title="Chromosome alterations in human solid tumors", first_page="93", last_page="113",
          publisher="McGraw-Hill")),
    ("Harnden P, Joffe JK, Jones WG, editors. Germ cell tumours V. Proceedings of the 5th Germ Cell Tumour Conference; "
     "2001 Sep 13-15; Leeds, UK. New York: Springer; 2002.",
     dict(type="book", publisher="Springer", place="New York", year=2002)),
    ("Christensen S, Oppacher F. An analysis of Koza's computational effort statistic for genetic programming. In: "
     "Foster JA, Lutton E, Miller J, Ryan C, Tettamanzi AG, editors. Genetic programming. EuroGP 2002: Proceedings of "
     "the 5th European Conference on Genetic Programming; 2002 Apr 3-5; Kinsdale, Ireland. Berlin: Springer; 2002. "
     "p. 182-91.", dict(type="chapter", first_page="182", last_page="191", publisher="Springer", place="Berlin")),
    ("Yen GG (Oklahoma State University, School of Electrical and Computer Engineering, Stillwater, OK). Health "
     "monitoring on vibration signatures. Final report. Arlington (VA): Air Force Office of Scientific Research (US), "
     "Air Force Research Laboratory; 2002 Feb. Report No.: AFRLSRBLTR020123. Contract No.: F496209810049.",
     dict(type="report", first="Yen", title="Health monitoring on vibration signatures. Final report")),
    ("Borkowski MM. Infant sleep and feeding: a telephone survey of Hispanic Americans [dissertation]. Mount Pleasant "
     "(MI): Central Michigan University; 2002.",
     dict(type="book", publisher="Central Michigan University", place="Mount Pleasant (MI)", year=2002)),
    ("Pagedas AC, inventor; Ancel Surgical R&D Inc., assignee. Flexible endoscopic grasping and cutting device and "
     "positioning tool assembly. United States patent US 20020103498. 2002 Aug 1.",
     dict(first="Pagedas", title="Flexible endoscopic grasping and cutting device and positioning tool assembly",
          year=2002)),
    ("Tynan T. Medical improvements lower homicide rate: study sees drop in assault rate. The Washington Post. 2002 Aug "
     "12;Sect. A:2 (col. 4).", dict(journal="The Washington Post", year=2002, rest="")),
    ("Chason KW, Sallustio S. Hospital preparedness for bioterrorism [videocassette]. Secaucus (NJ): Network for "
     "Continuing Medical Education; 2002.", dict(publisher="Network for Continuing Medical Education",
                                                 place="Secaucus (NJ)", year=2002)),
    ("Dorland's illustrated medical dictionary. 29th ed. Philadelphia: W.B. Saunders; 2000. Filamin; p. 675.",
     dict(type="book", authors=[], title="Dorland's illustrated medical dictionary", publisher="W.B. Saunders",
          place="Philadelphia", year=2000)),
    ("Tian D, Araki H, Stahl E, Bergelson J, Kreitman M. Signature of balancing selection in Arabidopsis. Proc Natl "
     "Acad Sci U S A. In press 2002.", dict(type="journal", title="Signature of balancing selection in Arabidopsis",
                                           journal="Proc Natl Acad Sci U S A", year=2002, in_press=True)),
    ("Anderson SC, Poulsen KB. Anderson's electronic atlas of hematology [CD-ROM]. Philadelphia: Lippincott Williams & "
     "Wilkins; 2002.", dict(publisher="Lippincott Williams & Wilkins", place="Philadelphia", year=2002)),
    ("Abood S. Quality improvement initiative in nursing homes: the ANA acts in an advisory role. Am J Nurs [Internet]. "
     "2002 Jun [cited 2002 Aug 12];102(6):[about 1 p.]. Available from: "
     "http://www.nursingworld.org/AJN/2002/june/Wawatch.htmArticle",
     dict(journal="Am J Nurs", year=2002, volume="102", issue="6")),
    ("Foley KM, Gelband H, editors. Improving palliative care for cancer [Internet]. Washington: National Academy Press; "
     "2001 [cited 2002 Jul 9]. Available from: http://www.nap.edu/books/0309074029/html/.",
     dict(title="Improving palliative care for cancer", publisher="National Academy Press", place="Washington",
          year=2001)),
    ("Cancer-Pain.org [Internet]. New York: Association of Cancer Online Resources, Inc.; c2000-01 [updated 2002 May 16; "
     "cited 2002 Jul 9]. Available from: http://www.cancer-pain.org/.", dict(type="webpage", title="Cancer-Pain.org")),
    ("American Medical Association [Internet]. Chicago: The Association; c1995-2002 [updated 2001 Aug 23; cited 2002 Aug "
     "12]. AMA Office of Group Practice Liaison; [about 2 screens]. Available from: "
     "http://www.ama-assn.org/ama/pub/category/1736.html", dict(type="webpage", title="American Medical Association")),
    ("Who's Certified [Internet]. Evanston (IL): The American Board of Medical Specialists. c2000 - [cited 2001 Mar 8]. "
     "Available from: http://www.abms.org/newsearch.asp", dict(type="webpage", title="Who's Certified")),
]

# the AMA Manual of Style's (11th edition) forms for the same kinds of work, as JAMA's journals print them: no place
# before a book's publisher, a chapter's "Publisher; year:pages", a newspaper's date and page, "Published online",
# "Preprint posted online", a news release
AMA11 = [
    ("Murray PR, Rosenthal KS, Kobayashi GS, Pfaller MA. Medical Microbiology. 4th ed. Mosby; 2002.",
     dict(type="book", title="Medical Microbiology", publisher="Mosby", year=2002)),
    ("Kowalski RE. The 8-Week Cholesterol Cure. Harper & Row; 1987.",
     dict(type="book", title="The 8-Week Cholesterol Cure", publisher="Harper & Row", year=1987)),
    ("Meltzer PS, Kallioniemi A, Trent JM. Chromosome alterations in human solid tumors. In: Vogelstein B, Kinzler KW, "
     "eds. The Genetic Basis of Human Cancer. McGraw-Hill; 2002:93-113.",
     dict(type="chapter", title="Chromosome alterations in human solid tumors", journal=None, volume=None,
          publisher="McGraw-Hill", year=2002, first_page="93", last_page="113")),
    ("Bhimji SS, Sinha V. Oligometastatic disease. In: StatPearls. StatPearls Publishing; 2021. Updated May 9, 2021. "
     "Accessed June 1, 2021. https://www.ncbi.nlm.nih.gov/books/NBK000000/",
     dict(type="chapter", title="Oligometastatic disease", publisher="StatPearls Publishing", year=2021)),
    ("Borkowski MM. Infant Sleep and Feeding: A Telephone Survey of Hispanic Americans. Dissertation. Central Michigan "
     "University; 2002.", dict(type="book", title="Infant Sleep and Feeding: A Telephone Survey of Hispanic Americans",
                               publisher="Central Michigan University", year=2002)),
    ("Tynan T. Medical improvements lower homicide rate: study sees drop in assault rate. Washington Post. August 12, "
     "2002:A2.", dict(journal="Washington Post", year=2002, volume=None, first_page="A2", rest="")),
    ("Pear R. Gingrich vows to slash Medicare. New York Times. October 25, 1995:A1, A22.",
     dict(journal="New York Times", year=1995, volume=None, first_page="A1", rest="")),
    ("Gomez DR, Tang C, Zhang J, et al. Local consolidative therapy vs maintenance therapy or observation for patients "
     "with oligometastatic non-small-cell lung cancer. J Clin Oncol. Published online May 8, 2019. "
     "doi:10.1200/JCO.19.00201", dict(type="journal", journal="J Clin Oncol", year=2019, epub_ahead=True)),
    ("Smith J, Lee K. Stereotactic radiotherapy for oligometastases. medRxiv. Preprint posted online May 1, 2020. "
     "doi:10.1101/2020.05.01.20087296", dict(type="preprint", journal="medRxiv", year=2020,
                                              title="Stereotactic radiotherapy for oligometastases")),
    ("US Food and Drug Administration. FDA approves osimertinib for first-line treatment of metastatic NSCLC. News "
     "release. April 18, 2018. Accessed May 1, 2018. https://www.fda.gov/news-events/press-announcements/fda-approves",
     dict(type="webpage", authors=["US Food and Drug Administration"], year=2018,
          title="FDA approves osimertinib for first-line treatment of metastatic NSCLC")),
    ("Iyengar P, Wardak Z, Gerber DE, et al. Consolidative radiotherapy for limited metastatic non-small-cell lung "
     "cancer: a phase 2 randomized clinical trial. JAMA Oncol. 2018;4(1):e173501. doi:10.1001/jamaoncol.2017.3501",
     dict(journal="JAMA Oncol", year=2018, volume="4", first_page="e173501")),
]

TN = "Local consolidative therapy for oligometastatic NSCLC"
NOISY = [
    (f"Gomez DR,Lee JJ.{TN}.J Clin Oncol 2016;17:1672.", dict(journal="J Clin Oncol", volume="17", first_page="1672")),
    (f"Gomez DR, Lee JJ. {TN}.. J Clin Oncol 2016;17:1672.", dict(journal="J Clin Oncol", volume="17", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016;17:1672. [PubMed] [Google Scholar]", dict(journal="J Clin Oncol",
                                                                                         volume="17", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016;17:1672. PMID: 27789196; PMCID: PMC5123456.",
     dict(journal="J Clin Oncol", pmid="27789196", pmcid="PMC5123456", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol. doi:10.1016/S1470-2045(16)30532-0. 2016;17:1672.",
     dict(journal="J Clin Oncol", doi="10.1016/S1470-2045(16)30532-0", title=TN)),
    (f"Gomez DR, Lee JJ, et. al. {TN}. J Clin Oncol 2016;17:1672.", dict(etal=True, title=TN, journal="J Clin Oncol")),
    (f"Gomez DR, Lee JJ, et al {TN}. J Clin Oncol 2016;17:1672.", dict(etal=True, title=TN, journal="J Clin Oncol")),
    (f"Gomez DR, Lee JJ. [{TN}]. Strahlenther Onkol 2016;17:1672. German.", dict(journal="Strahlenther Onkol", volume="17")),
    (f"Gomez DR, Lee JJ. {TN}. PLoS One 2016;11(12):e0167289.", dict(journal="PLoS One", volume="11", issue="12",
                                                                      first_page="e0167289", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016a;17:1672.", dict(journal="J Clin Oncol", year=2016, volume="17", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. J Thorac Oncol 2016;11(Suppl 3):S12-S20.",
     dict(journal="J Thorac Oncol", volume="11", first_page="S12", last_page="S20", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. Medicine (Baltimore) 2016;95:e1672.",
     dict(journal="Medicine (Baltimore)", volume="95", first_page="e1672", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. J Bone Joint Surg Br 2016;98-B:1672-80.",
     dict(journal="J Bone Joint Surg Br", first_page="1672", last_page="1680", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. Lancet 2016;388(10055):1672-80.",
     dict(journal="Lancet", volume="388", issue="10055", first_page="1672", last_page="1680", title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. Lancet. 2016 Nov 5;388(10055):1672-80. doi: 10.1016/S0140-6736(16)31234-5. "
     f"Epub 2016 Sep 20.", dict(journal="Lancet", volume="388", epub_ahead=False, title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016 [Epub ahead of print].", dict(journal="J Clin Oncol", epub_ahead=True,
                                                                                title=TN)),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol. 2016 Oct 24. pii: JCO.2016.69.1234. [Epub ahead of print]",
     dict(journal="J Clin Oncol", epub_ahead=True, title=TN)),
    (f"Gomez, DR, Lee, JJ. {TN}. J Clin Oncol 2016;17:1672.", dict(journal="J Clin Oncol", title=TN)),
    (f"GOMEZ DR, LEE JJ. {TN.upper()}. J CLIN ONCOL 2016;17:1672.", dict(journal="J CLIN ONCOL", volume="17")),
    (f"Gomez D.R., Lee J.J. {TN}. J. Clin. Oncol. 2016;17:1672.", dict(journal="J. Clin. Oncol", title=TN)),
    (f"Gomez DR and Lee JJ. {TN}. J Clin Oncol 2016;17:1672.", dict(journal="J Clin Oncol", title=TN)),
    (f"Gomez DR & Lee JJ (2016). {TN}. J Clin Oncol, 17, 1672.", dict(journal="J Clin Oncol", title=TN, volume="17")),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016;17:1672; discussion 1680-1.",
     dict(journal="J Clin Oncol", title=TN, volume="17", first_page="1672")),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016;17:1672. Erratum in: J Clin Oncol 2017;18:100.",
     dict(journal="J Clin Oncol", title=TN, volume="17", year=2016)),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016;17:1672. Retraction in: J Clin Oncol 2017;18:100.",
     dict(journal="J Clin Oncol", title=TN, volume="17", year=2016)),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016;17:1672-1672.", dict(journal="J Clin Oncol", first_page="1672")),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol 2016;17(3-4):1672.", dict(journal="J Clin Oncol", volume="17", issue="3-4")),
    (f"Gomez DR, Lee JJ. {TN}. Cochrane Database Syst Rev 2016;(12):CD001234.",
     dict(journal="Cochrane Database Syst Rev", issue="12", first_page="CD001234")),
    (f"Gomez DR, Lee JJ. {TN}. Cochrane Database Syst Rev 2016; 12:CD001234.",
     dict(journal="Cochrane Database Syst Rev", first_page="CD001234")),
    (f"Gomez DR, Lee JJ. {TN}. MMWR Morb Mortal Wkly Rep 2016;65:1672.",
     dict(journal="MMWR Morb Mortal Wkly Rep", volume="65")),
    (f"Gomez DR, Lee JJ. {TN}. JAMA Netw Open 2016;3:e201672.", dict(journal="JAMA Netw Open", first_page="e201672")),
    (f"Gomez DR, Lee JJ. {TN}. BMJ 2016;355:i1672.", dict(journal="BMJ", volume="355", first_page="i1672")),
    (f"Gomez DR, Lee JJ. {TN}. N Engl J Med 2016; 375:1672. Correspondence.", dict(journal="N Engl J Med", volume="375")),
    (f"Gomez DR, Lee JJ. {TN} [published correction appears in J Clin Oncol. 2017;18(1):100]. J Clin Oncol. "
     f"2016;17(12):1672-1680.", dict(journal="J Clin Oncol", title=TN, volume="17", first_page="1672")),
    (f"Gomez DR, Lee JJ. {TN} [Erratum in: J Clin Oncol 2017;18:100]. J Clin Oncol 2016;17:1672.",
     dict(journal="J Clin Oncol", title=TN, volume="17", first_page="1672")),
    (f"Gomez DR, Lee JJ. {TN}. J Clin Oncol. 2016 May 5:JCO1901234. doi: 10.1200/JCO.19.01234. Online ahead of print.",
     dict(journal="J Clin Oncol", year=2016, title=TN, epub_ahead=True)),
    (f"Gomez DR, Lee JJ. {TN} [Internet]. J Clin Oncol. 2016 [cited 2017 Jun 1];17(5):1672-80. Available from: "
     f"https://ascopubs.org/doi/10.1200/JCO.19.01234", dict(journal="J Clin Oncol", volume="17", first_page="1672",
                                                           title=TN)),
]

NOISY += [
    (f"[No authors listed]. {TN}. Lancet. 2016 Nov 5;388(10055):1672-80.",  # PubMed's for an unsigned item
     dict(authors=[], title=TN, journal="Lancet", volume="388")),
    # the title run into a journal whose abbreviations are typed in lowercase, no stop between them
    (f"Gomez DR, Lee JJ. {TN} Lancet oncol 2016;17:1672-80.", dict(title=TN, journal="Lancet oncol", volume="17")),
    (f"Gomez DR, Lee JJ. {TN} Nature genet 2016;17:1672-80.", dict(title=TN, journal="Nature genet", volume="17")),
    # a name with spaced initials after the others
    (f"Gomez DR, Lee J J. {TN}. J Clin Oncol 2016;17:1672.", dict(title=TN, journal="J Clin Oncol")),
    # a guideline's title that opens with its year (NLM, AMA)
    ("Arnett DK, Blumenthal RS, Albert MA, et al. 2019 ACC/AHA Guideline on the Primary Prevention of Cardiovascular "
     "Disease. J Am Coll Cardiol. 2019;74(10):e177-e232.", dict(title="2019 ACC/AHA Guideline on the Primary Prevention "
                                                                "of Cardiovascular Disease", journal="J Am Coll Cardiol",
                                                         year=2019, volume="74", first_page="e177")),
    # Elsevier's supplement in parentheses after the volume, the year in its own
    (f"D.R. Gomez, J.J. Lee. {TN}. J. Clin. Oncol., 17 (Suppl. 1) (2016), pp. S1672-S1680",
     dict(title=TN, journal="J. Clin. Oncol", volume="17", supplement="Suppl. 1", first_page="S1672")),
    # the journal's parts set apart by stops alone, no volume
    (f"Gomez DR, Lee JJ. {TN}. Journal of Clinical Oncology. 2016. 1672-1680.", dict(title=TN, year=2016,
                                                                                  journal="Journal of Clinical Oncology",
                                                                                  first_page="1672")),
]

NON_ENGLISH = [
    ("García-Pérez J, López M. Tratamiento del cáncer de pulmón oligometastásico. Rev Esp Cardiol 2016;69:1672-80.",
     dict(journal="Rev Esp Cardiol", volume="69", first_page="1672",
          title="Tratamiento del cáncer de pulmón oligometastásico")),
    ("Müller K, Schäfer H. Oligometastasen beim Lungenkarzinom. Dtsch Arztebl Int 2016; 113: 1672–80.",
     dict(journal="Dtsch Arztebl Int", volume="113", first_page="1672")),
    ("Dupont J, Lefèvre C. Le cancer bronchique oligométastatique. Presse Med 2016;45:1672-80.",
     dict(journal="Presse Med", volume="45")),
    ("Sánchez A, Ruiz B. Cáncer de pulmón. Med Clin (Barc) 2016;147:1672.", dict(journal="Med Clin (Barc)", volume="147")),
    ("Wang Y, Li X. [Stereotactic radiotherapy for oligometastatic lung cancer]. Zhonghua Zhong Liu Za Zhi "
     "2016;38:1672-5. Chinese.", dict(journal="Zhonghua Zhong Liu Za Zhi", volume="38", first_page="1672")),
    ("Wang Y, Li X. Stereotactic radiotherapy for oligometastatic lung cancer. Zhonghua Zhong Liu Za Zhi 2016;38:1672-5. "
     "[Article in Chinese]", dict(journal="Zhonghua Zhong Liu Za Zhi", volume="38",
                                  title="Stereotactic radiotherapy for oligometastatic lung cancer")),
    ("Ivanov II, Petrov PP. Oligometastatic lung cancer. Vopr Onkol 2016;62:1672-80.", dict(journal="Vopr Onkol",
                                                                                            volume="62")),
    ("Rossi A, Bianchi C. Il carcinoma polmonare oligometastatico. Recenti Prog Med 2016;107:1672-80.",
     dict(journal="Recenti Prog Med", volume="107")),
    ("Silva JA, Souza MB. Câncer de pulmão oligometastático. Arq Bras Cardiol 2016;107:1672-80.",
     dict(journal="Arq Bras Cardiol", volume="107")),
    ("Tanaka H, Suzuki K. Oligometastatic NSCLC. Gan To Kagaku Ryoho 2016;43:1672-5.",
     dict(journal="Gan To Kagaku Ryoho", volume="43")),
    ("Kim JH, Park SY, Lee K. Oligometastatic NSCLC. Korean J Intern Med 2016;31:1672-80.",
     dict(journal="Korean J Intern Med", volume="31")),
    ("Nguyen VT, Tran TH. Oligometastatic NSCLC. Ann Transl Med 2016;4:1672.", dict(journal="Ann Transl Med", volume="4")),
    ("van der Meer A, de Vries B. Oligometastatisch longcarcinoom. Ned Tijdschr Geneeskd 2016;160:A1672.",
     dict(journal="Ned Tijdschr Geneeskd", volume="160", first_page="A1672")),
    ("Al-Rashid M, El-Sayed A. Oligometastatic NSCLC. Saudi Med J 2016;37:1672-80.", dict(journal="Saudi Med J",
                                                                                          volume="37")),
    ("Ørsted A, Åberg B. Oligometastatisk lungekræft. Ugeskr Laeger 2016;178:V1672.",
     dict(journal="Ugeskr Laeger", volume="178", first_page="V1672")),
    ("田中一郎, 鈴木次郎, 他. 非小細胞肺癌の治療. 肺癌 2019;59(2):100-105.",  # (Japanese "et al.": "他")
     dict(authors=["田中一郎", "鈴木次郎"], etal=True, title="非小細胞肺癌の治療", journal="肺癌", volume="59")),
    # SciELO's and LILACS' NLM, in Portuguese and Spanish: the access date in brackets ("[citado …]", "[acesso em …]",
    # "[consultado …]") and the link's label ("Disponível em:", "Disponible en:"); a ministry after its country, and
    # its divisions
    ("Silva AB, Souza CD. Prevalência de hipertensão arterial em idosos. Rev Saude Publica [Internet]. 2015 [citado 2016 "
     "maio 10];49:1-8. Disponível em: http://www.scielo.br/x", dict(journal="Rev Saude Publica", year=2015, volume="49",
                                                                    first_page="1", accessed="2016 maio 10")),
    ("Polaro SHI, Gonçalves LHT, Nassar SM. Dinâmica da família no contexto dos cuidados a adultos na quarta idade. Rev "
     "Bras Enferm [Internet]. 2013 [acesso em 29 de setembro de 2014];66(2):228-33. Disponível em: http://www.scielo.br/y",
     dict(journal="Rev Bras Enferm", year=2013, volume="66", first_page="228",
          title="Dinâmica da família no contexto dos cuidados a adultos na quarta idade")),
    ("Organización Mundial de la Salud. Informe mundial sobre la diabetes [Internet]. Ginebra: OMS; 2016 [consultado 10 "
     "ene 2020]. Disponible en: https://www.who.int/diabetes/global-report/es/",
     dict(first="Organización Mundial de la Salud", title="Informe mundial sobre la diabetes", year=2016)),
    ("Brasil. Ministério da Saúde. Instituto Nacional de Câncer. Estimativa 2010: incidência de câncer no Brasil. Rio de "
     "Janeiro: INCA; 2009 [citado 2011 jul 12]. Disponível em: http://www.inca.gov.br/x",
     dict(authors=["Brasil. Ministério da Saúde", "Instituto Nacional de Câncer"], year=2009,
          title="Estimativa 2010: incidência de câncer no Brasil")),
    ("Ministério da Saúde (BR). Secretaria de Atenção à Saúde. Departamento de Atenção Básica. Envelhecimento e saúde da "
     "pessoa idosa. Brasília, DF: Ministério da Saúde; 2006.",
     dict(first="Ministério da Saúde (BR)", title="Envelhecimento e saúde da pessoa idosa", year=2006)),
    ("Sociedade Brasileira de Cardiologia. 7ª Diretriz Brasileira de Hipertensão Arterial. Arq Bras Cardiol. "
     "2016;107(3 Supl 3):1-83.", dict(first="Sociedade Brasileira de Cardiologia", journal="Arq Bras Cardiol", volume="107")),
    # German's and France's guidelines' bodies: an organisation's words in those languages, an access date outside
    # brackets, a place with a small word
    ("Deutsche Gesellschaft für Kardiologie. Leitlinie Herzinsuffizienz. Dtsch Med Wochenschr 2019;144:1-10.",
     dict(first="Deutsche Gesellschaft für Kardiologie", title="Leitlinie Herzinsuffizienz", journal="Dtsch Med Wochenschr")),
    ("Arbeitsgemeinschaft der Wissenschaftlichen Medizinischen Fachgesellschaften (AWMF). S3-Leitlinie Lungenkarzinom. "
     "Version 2.0. 2022. https://www.awmf.org/x (Zugriff am 01.03.2023).",
     dict(type="webpage", title="S3-Leitlinie Lungenkarzinom", accessed="01.03.2023")),
    ("Haute Autorité de Santé (HAS). Prise en charge du cancer du poumon. Saint-Denis: HAS; 2018.",
     dict(first="Haute Autorité de Santé (HAS)", title="Prise en charge du cancer du poumon", publisher="HAS")),
    ("Instituto Nacional de Câncer José Alencar Gomes da Silva (INCA). Estimativa 2020: incidência de câncer no Brasil. "
     "Rio de Janeiro: INCA; 2019.", dict(type="book", place="Rio de Janeiro", publisher="INCA", year=2019)),
    # SciELO's date it was read after the year, with no label (added in the twenty-first session)
    ("Calvo G, Camacho R. La violencia de género: evolución, impacto y claves para su abordaje. Enferm Glob. 2014, 8 de "
     "abril de 2016; 13(33): 424-39.", dict(journal="Enferm Glob", year=2014, volume="13", first_page="424",
                                          title="La violencia de género: evolución, impacto y claves para su abordaje")),
    # Korean Hanja's "and five others" after the first name
    ("王一童 外 5人. 桂芍楮實湯配伍原理及源流初探. 現代中醫藥. 2019. 39(4).",
     dict(authors=["王一童"], etal=True, title="桂芍楮實湯配伍原理及源流初探", journal="現代中醫藥", volume="39")),
]

# GB/T 7714-2015, China's national standard for references (Chinese medical journals print it, for Chinese and English
# works alike): the document's type in brackets after the title ([J] article, [M] book, [D] thesis, [C] a paper in
# proceedings after "//", [R] report, [EB/OL] web page, [J/OL] online article), surnames in capitals, "Place:
# Publisher, Year[: pages]"; the forms of the standard's examples, with medical works
GBT7714 = [
    ("GOLDSTRAW P, CHANSKY K, CROWLEY J, et al. The IASLC lung cancer staging project: proposals for revision of the "
     "TNM stage groupings[J]. J Thorac Oncol, 2016, 11(1): 39-51.",
     dict(type="journal", first="GOLDSTRAW", journal="J Thorac Oncol", year=2016, volume="11", first_page="39",
          title="The IASLC lung cancer staging project: proposals for revision of the TNM stage groupings")),
    ("李明, 王芳, 张伟. 寡转移非小细胞肺癌立体定向放疗的疗效分析[J]. 中华放射肿瘤学杂志, 2018, 27(3): 245-249.",
     dict(type="journal", first="李明", title="寡转移非小细胞肺癌立体定向放疗的疗效分析", journal="中华放射肿瘤学杂志",
          year=2018, volume="27", issue="3", first_page="245")),
    ("张三, 李四, 王五, 等. 某药治疗高血压的临床研究[J]. 中华医学杂志, 2019, 99(12): 901-905.",
     dict(authors=["张三", "李四", "王五"], etal=True, title="某药治疗高血压的临床研究", journal="中华医学杂志")),
    ("辛宏, 李佳颖, 刘娟. 医学生BMI 与体质测试指标相关性[J].中国公共卫生,2017,33(12):1764-1766.",
     dict(type="journal", title="医学生BMI 与体质测试指标相关性", journal="中国公共卫生", volume="33", first_page="1764")),
    ("陈灏珠, 林果为, 王吉耀. 实用内科学[M]. 14版. 北京: 人民卫生出版社, 2013: 1523-1530.",
     dict(type="book", title="实用内科学", place="北京", publisher="人民卫生出版社", year=2013, journal=None, volume=None)),
    ("葛均波, 徐永健. 内科学[M]. 8版. 北京: 人民卫生出版社, 2013.",
     dict(type="book", first="葛均波", title="内科学", place="北京", publisher="人民卫生出版社", year=2013)),
    ("KIM E S. Principles of thoracic oncology[M]. 2nd ed. New York: Springer, 2018.",
     dict(type="book", first="KIM", title="Principles of thoracic oncology", place="New York", publisher="Springer",
          year=2018)),
    ("刘洋. 非小细胞肺癌寡转移的临床研究[D]. 北京: 北京协和医学院, 2017.",
     dict(type="book", first="刘洋", title="非小细胞肺癌寡转移的临床研究", publisher="北京协和医学院", year=2017)),
    ("张强. 肺癌放疗新进展[C]//中国抗癌协会. 第十届全国肺癌学术大会论文集. 上海: 中国抗癌协会, 2015: 88-90.",
     dict(type="chapter", title="肺癌放疗新进展", journal="第十届全国肺癌学术大会论文集", place="上海",
          publisher="中国抗癌协会", year=2015, first_page="88")),
    ("世界卫生组织. 全球结核病报告[R]. 日内瓦: 世界卫生组织, 2019.",
     dict(type="report", first="世界卫生组织", title="全球结核病报告", place="日内瓦", year=2019)),
    ("国家卫生健康委员会. 原发性肺癌诊疗规范(2018年版)[EB/OL]. (2018-12-21)[2019-03-01]. "
     "http://www.nhc.gov.cn/yzygj/s7659/201812/b21802b199814ab7b1219b87de0cae51.shtml.",
     dict(type="webpage", first="国家卫生健康委员会", title="原发性肺癌诊疗规范(2018年版)")),
    ("WANG L, CHEN H. Radiotherapy for oligometastatic disease[J/OL]. Front Oncol, 2020, 10: 1234[2021-01-05]. "
     "https://doi.org/10.3389/fonc.2020.01234.",
     dict(type="journal", title="Radiotherapy for oligometastatic disease", journal="Front Oncol", volume="10",
          first_page="1234", doi="10.3389/fonc.2020.01234")),
]

SUITES = {
    "journals in 11 styles": journals,
    "hard titles": hard_titles,
    "author lists": author_lists,
    "medicine's abbreviations": leads,
    "journals' full names (NLM's titles, commas, colons)": full_names,
    "guidelines' groups, books, chapters, web pages, abstracts, reports": lambda: iter(OTHER),
    "noisy forms": lambda: iter(NOISY),
    "non-English journals (and SciELO's, German and French forms)": lambda: iter(NON_ENGLISH),
    "the ICMJE's sample references (NLM)": lambda: iter(ICMJE),
    "AMA's forms (11th edition)": lambda: iter(AMA11),
    "GB/T 7714 (China's national standard)": lambda: iter(GBT7714),
}


def misread(raw: str, want: dict) -> dict:
    """The fields of ``want`` the parser reads otherwise: name -> (read, printed)."""
    p = parse_reference(raw)
    out = {}
    for k, v in want.items():
        if k == "first":
            got = p.authors[0].family if p.authors else None
        elif k == "authors":  # (the first names the suite gives; all of them where it gives none: no author)
            got = [a.family for a in p.authors][:len(v)] if v else [a.family for a in p.authors]
        else:
            got = getattr(p, k)
        if got != v:
            out[k] = (got, v)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print each entry misread and how")
    args = ap.parse_args()
    total = wrong = 0
    for name, suite in SUITES.items():
        n = bad = 0
        for raw, want in suite():
            n += 1
            diff = misread(raw, want)
            if diff:
                bad += 1
                if args.errors:
                    print(f"   {diff} :: {raw[:140]}")
        total += n
        wrong += bad
        print(f"{name:<48} {n - bad:>5} of {n:>5} read right")
    print(f"{'all':<48} {total - wrong:>5} of {total:>5} read right ({(total - wrong) / total:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
