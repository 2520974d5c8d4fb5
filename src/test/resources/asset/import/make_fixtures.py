#!/usr/bin/env python3
"""Writes the systems-ledger import fixtures (run from this folder). xlsx files are built by hand as zip + XML so
that each carries exactly the defect it tests; the organization codes FIX-LE, FIX-DEPT and FIX-P1 are created by
SystemFileTest before it imports."""
import zipfile
from xml.sax.saxutils import escape

HEADERS = ["コード", "名称", "用途・目的", "種別", "法人コード", "所管部署コード", "管理責任者コード", "ライフサイクル",
           "重要度", "機密性", "完全性", "可用性", "保護の優先度（自動算出）", "インターネット公開", "環境",
           "目標復旧時間RTO（分）", "目標復旧時点RPO（分）", "サービス種別", "提供者", "責任共有の整理", "契約番号・参照"]


def row(code, name, kind="自社システム", lifecycle="稼働中", service="", provider="", rto="240"):
    return [code, name, "勘定処理", kind, "FIX-LE", "FIX-DEPT", "FIX-P1", lifecycle, "最重要", "高", "高", "中", "",
            "いいえ", "本番", rto, "15", service, provider, "", ""]


GOOD = [HEADERS, row("FIX-SYS-001", "勘定系システム"),
        row("FIX-SYS-002", "メールサービス", kind="外部システムサービス", service="クラウド（SaaS）", provider="Example Cloud")]


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


def xlsx(name, rows, formula_at=None, padding=0):
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
                   '<sheets><sheet name="情報システム" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(rows, formula_at, padding))


def csv(name, rows, encoding="utf-8-sig"):
    def cell(v):
        return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v
    with open(name, "w", encoding=encoding, newline="") as f:
        for r in rows:
            f.write(",".join(cell(v) for v in r) + "\r\n")


xlsx("valid.xlsx", GOOD)
csv("valid.csv", GOOD)
xlsx("formula.xlsx", GOOD, formula_at=(2, 15))
xlsx("zip-bomb.xlsx", GOOD, padding=60_000_000)
wrong = list(HEADERS)
wrong[1] = "システム名"          # unknown header, and 名称 missing
xlsx("wrong-headers.xlsx", [wrong] + GOOD[1:])
csv("unknown-enum.csv", [HEADERS, row("FIX-SYS-101", "照会系", lifecycle="たぶん稼働中")])
csv("duplicate-keys.csv", [HEADERS, row("FIX-SYS-201", "A"), row("fix-sys-201", "B")])
csv("bad-number.csv", [HEADERS, row("FIX-SYS-301", "A", rto="4時間")])
csv("formula.csv", [HEADERS, row("FIX-SYS-401", "=HYPERLINK(\"http://evil\")")])
csv("not-utf8.csv", [HEADERS, row("FIX-SYS-501", "勘定系")], encoding="shift_jis")
csv("some-invalid.csv", [HEADERS, row("FIX-SYS-601", "正しい行"), row("FIX-SYS-602", "外部", kind="外部システムサービス")])
with open("not-a-zip.xlsx", "w") as f:
    f.write("コード,名称\nこれはxlsxではありません\n")
