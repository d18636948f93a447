from ..engine import Hit, rule
from ..findings import Edit, Fix, Severity
from .._rxcache import compile as rx_compile

# UTF-8 read as cp1252/latin-1: "TÃ¶nnies", "â€™"
_MOJIBAKE = rx_compile(r"[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0080-\u00bf\u2122\u0153\u201c\u201d\u2018\u2019\u201e\u2020\u2021\u2022\u2026\u2030\u0161\u0178\u017e]?")
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


def _repair(seq: str):
    try:
        fixed = seq.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        try:
            fixed = seq.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
    return fixed if len(fixed) == 1 else None


def _accented(vowel: str) -> str:
    return {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}.get(vowel, vowel)
