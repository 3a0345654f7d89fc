"""The document formats the app writes and the writer of each: plain data, so listing them loads no writer."""

FORMATS = ("docx", "odt", "pdf", "html", "md")
# Writers load only when used: python-docx and odfpy cost start-up time the window does not need.
WRITERS = {
    "docx": ("desktop.documents.docx_writer", "write_docx"),
    "odt": ("desktop.documents.odt_writer", "write_odt"),
    "pdf": ("desktop.documents.pdf_writer", "write_pdf"),
    "html": ("desktop.documents.html_writer", "write_html"),
    "md": ("desktop.documents.markdown_writer", "write_markdown"),
}
