"""Format detection: extension first, then the first bytes; --input-format forces one."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from citelint.cli import app
from citelint.readers.detect import detect_format


@pytest.mark.parametrize(
    "name,head,want",
    [
        ("a.txt", b"<article>", "text"),
        ("a.md", b"plain", "markdown"),
        ("a.nxml", b"", "jats"),
        ("a.XHTML", b"", "html"),
        ("topic", b"<?xml version='1.0'?>\n<!DOCTYPE article PUBLIC", "jats"),
        ("topic", b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        ("topic", b"---\ntitle: x\n---\n# Heading", "markdown"),
        ("topic", b"Oligometastatic disease [1].", "text"),
    ],
)
def test_detect(name, head, want):
    assert detect_format(name, head) == want


def test_input_format_forces_a_reader(tmp_path):
    p = tmp_path / "topic.txt"
    p.write_text("<article><body><p>x [<xref ref-type='bibr' rid='r9'>9</xref>]</p></body>"
                 "<back><ref-list><ref id='r1'><mixed-citation>A B. J 2001;1:1.</mixed-citation></ref></ref-list></back></article>",
                 encoding="utf-8")
    r = CliRunner().invoke(app, ["check", "-f", "json", "--input-format", "jats", "--select", "CIT101", str(p)])
    data = json.loads(r.stdout)
    assert data["files"][0]["format"] == "jats"
    assert [f["reference"] for f in data["findings"]] == ["r9"]
