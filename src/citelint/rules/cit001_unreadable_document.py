from ..engine import rule
from ..findings import Severity


@rule("CIT001", "unreadable-document", Severity.ERROR, origin="engine")
def unreadable_document(doc, ctx):
    """
    ## What it does
    Reports a file that citelint could not read as a document: binary data
    (a PDF, an image, a Word file), a file over the size cap, an empty file,
    or XML/HTML that does not parse.

    ## Why is this bad?
    Nothing in such a file can be checked. A topic that citelint cannot read
    is a topic nobody has checked, so the run says so instead of passing it.

    ## Example
    ```text
    topic.pdf:1:1: CIT001 binary file: looks like a PDF document, not a text document
    ```

    ## Options
    - `max-file-size` (top level, bytes, default 10485760): files larger than
      this are reported instead of read.
    """
    return ()
