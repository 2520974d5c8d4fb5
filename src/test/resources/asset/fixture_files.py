"""What the ledger fixture scripts (bad/make_fixtures.py, import/make_fixtures.py) share: writing rows as a
one-sheet xlsx built by hand as zip + XML, so that each file carries exactly the defect it tests, and as CSV."""
import zipfile
from xml.sax.saxutils import escape


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, formula_at=None, padding=0):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, values in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, v in enumerate(values):
            ref = f"{col(c)}{r}"
            if formula_at == (r, c):
                out.append(f'<c r="{ref}"><f>1+1</f><v>2</v></c>')
            elif v != "":
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        out.append('</row>')
    out.append('</sheetData>')
    out.append(' ' * padding)
    out.append('</worksheet>')
    return "".join(out)


def xlsx(name, sheet, rows, formula_at=None, padding=0):
    """rows on the sheet named sheet; formula_at=(row, column): a formula there; padding: blanks that zip well."""
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   f'<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(rows, formula_at, padding))


def csv(name, rows, encoding="utf-8-sig"):
    """rows as CSV with CRLF line ends, quoted only where needed; UTF-8 with BOM unless encoding says otherwise."""
    def cell(v):
        return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v
    with open(name, "w", encoding=encoding, newline="") as f:
        for r in rows:
            f.write(",".join(cell(v) for v in r) + "\r\n")


def not_a_zip(name, text):
    """A file named .xlsx that is not a zip at all."""
    with open(name, "w") as f:
        f.write(text)
