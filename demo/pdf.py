"""A tiny, valid one-page PDF, written by hand so the demo needs no PDF library."""

import textwrap


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines=()):
    """Return the bytes of an A4 PDF showing `title` (in white on a coloured band, so that the
    cover made from its first page looks like one) and `lines` (Latin-1 text)."""
    title_lines = textwrap.wrap(title, 34) or [""]
    band = 842 - 96 - 34 * len(title_lines)
    text_ops = ["0.54 0.18 0.11 rg", f"0 {band} 595 {842 - band} re f", "1 1 1 rg", "BT"]
    text_ops += ["/F1 28 Tf", "56 770 Td"]
    for number, line in enumerate(title_lines):
        text_ops += [*(["0 -34 Td"] if number else []), f"({_escape(line)}) Tj"]
    text_ops += ["ET", "0.1 0.1 0.1 rg", "BT", "/F1 11 Tf", f"56 {band - 40} Td"]
    for number, line in enumerate(lines):
        text_ops += [*(["0 -22 Td"] if number else []), f"({_escape(line)}) Tj"]
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
