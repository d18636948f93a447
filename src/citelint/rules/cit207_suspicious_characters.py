from ..engine import Hit, rule
from ..findings import Edit, Fix, Severity
from .._rxcache import compile as rx_compile

_CONTROL = rx_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
# an ASCII apostrophe after a vowel ending a capitalised name: "Patane' D" (Patané)
_APOSTROPHE_ACCENT = rx_compile(r"\b[A-Z][a-z]+[aeiou]'(?=\s+[A-Z]{1,4}\b|,)")


@rule("CIT207", "suspicious-characters", Severity.WARNING)
def suspicious_characters(doc, ctx):
    """
    ## What it does
    Flags characters in a reference entry that show damage: mojibake (UTF-8
    read as another encoding: `TÃ¶nnies` for `Tönnies`), an ASCII apostrophe
    standing in for an accent in an author's name (`Patane' D` for
    `Patané D`), control characters, and U+FFFD (a character lost in
    conversion).

    Mojibake is found in Latin-1's letters and signs (`SchÃ¤ffer`, `Â°`),
    Latin Extended-A (`KoÅ‚odziej`), Greek (`Î±` for `α`) and the
    dashes, quotes and signs of U+2000-U+22FF (`â€“`, `â‰¥` for `≥`). The
    reference parser reads each as the character it stands for, so the
    entry's fields are still read.

    ## Why is this bad?
    Names and titles that are garbled cannot be searched, and they tell the
    reader the list went through a broken conversion.

    ## Example
    ```text
    55. Di Carlo I, Grasso G, Patane' D, et al. Liver metastases from lung cancer.
        Ann Thorac Surg 2003; 76:291.
    ```

    ## Fix safety
    Mojibake is repaired when re-decoding the sequence gives one unambiguous
    character; the apostrophe is not fixed (which accent is meant is unknown).

    ## Options
    None.
    """
    # (the parser's own pattern and repair; imported here, not with the rule: listing the rules loads no parser)
    from ..parsing.references import MOJIBAKE_RE as _MOJIBAKE, repair_mojibake as _repair

    for r in doc.references:
        raw = r.raw
        if raw.isascii() and "'" not in raw and not _CONTROL.search(raw):
            continue
        for m in _MOJIBAKE.finditer(raw):
            span = r.locate(m.start(), m.end())
            fixed = _repair(m.group(0)) if r.raw_in_text else None
            fix = Fix(f"Replace with '{fixed}'", (Edit(span, fixed),)) if fixed else None
            hint = f" (probably '{fixed}')" if fixed else ""
            yield Hit(span, f"Reference {r.key} has mojibake '{m.group(0)}'{hint}: UTF-8 text decoded with another encoding",
                      reference=r.key, fix=fix)
        for m in _CONTROL.finditer(raw):
            ch = m.group(0)
            what = "a replacement character (U+FFFD): a character was lost" if ch == "\ufffd" else f"a control character (U+{ord(ch):04X})"
            yield Hit(r.locate(m.start(), m.end()), f"Reference {r.key} has {what}", reference=r.key)
        for m in _APOSTROPHE_ACCENT.finditer(raw):
            name = m.group(0)
            yield Hit(r.locate(m.start(), m.end()),
                      f"Reference {r.key} has the author name {name}: an ASCII apostrophe stands in for an accent "
                      f"(e.g. {name[:-2]}{_accented(name[-2])})", reference=r.key)


def _accented(vowel: str) -> str:
    return {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}.get(vowel, vowel)
