#!/usr/bin/env python3
"""Writes the bad-input fixtures of the hardware/software, data, zone and connection ledgers (run from this folder).
xlsx files are built by hand as zip + XML so that each carries exactly the defect it tests. LedgerFilesTest creates
the codes they name first: person FIX-P1, systems FIX-SYS-A and FIX-SYS-B, zone FIX-ZONE."""
import zipfile
from xml.sax.saxutils import escape

HW = ["コード", "種別", "ベンダー", "製品名", "バージョン", "CPE", "パッケージURL", "サポート終了予定日", "サポート延長可能",
      "延長サポート終了日", "設置場所", "数量", "管理責任者コード", "稼働システムコード"]
DATA = ["コード", "名称", "データ区分", "格付け", "保管先システムコード", "処理先システムコード", "件数・量", "保存期間",
        "管理責任者コード"]
ZONES = ["コード", "名称", "種別", "アドレス範囲（CIDR）", "説明"]
CONNECTIONS = ["コード", "種別", "接続元システムコード", "接続先システムコード", "外部の接続先", "方向", "流れるデータ",
               "プロトコル", "暗号化", "ゾーンコード", "説明"]


def hw(code, kind="ミドルウェア", ends="2027-03-31", extendable="はい", extended="2029-03-31", quantity="2",
       systems="FIX-SYS-A, FIX-SYS-B"):
    return [code, kind, "Apache", "Tomcat", "9.0.85", "cpe:2.3:a:apache:tomcat:9.0.85:*:*:*:*:*:*:*",
            "pkg:maven/org.apache.tomcat/tomcat-catalina@9.0.85", ends, extendable, extended, "本社DC", quantity,
            "FIX-P1", systems]


def data(code, classification="秘", stored="FIX-SYS-A"):
    return [code, "顧客基本情報", "顧客情報", classification, stored, "FIX-SYS-B",
            "約120万件", "取引終了後10年", "FIX-P1"]


def zone(code, ranges="10.1.0.0/16, 10.2.0.0/16"):
    return [code, "勘定系セグメント", "データセンター", ranges, "勘定系サーバー"]


def connection(code, direction="送信", to="FIX-SYS-B"):
    return [code, "システム間", "FIX-SYS-A", to, "", direction, "顧客情報、取引データ", "HTTPS", "はい", "FIX-ZONE", ""]


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
    def cell(v):
        return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v
    with open(name, "w", encoding=encoding, newline="") as f:
        for r in rows:
            f.write(",".join(cell(v) for v in r) + "\r\n")


HW_SHEET = "ハードウェア・ソフトウェア"
# valid files, one per ledger, that the bad ones are variations of
xlsx("hw-valid.xlsx", HW_SHEET, [HW, hw("FIX-HW-001"), hw("FIX-HW-002", kind="OS", extendable="いいえ", extended="")])
csv("data-valid.csv", [DATA, data("FIX-DATA-001")])
csv("zones-valid.csv", [ZONES, zone("FIX-ZONE-001")])
csv("connections-valid.csv", [CONNECTIONS, connection("FIX-CON-001")])

# hardware and software: one defect each
wrong = list(HW)
wrong[3] = "製品"                       # unknown header, and 製品名 missing
xlsx("hw-wrong-headers.xlsx", HW_SHEET, [wrong, hw("FIX-HW-101")])
csv("hw-missing-headers.csv", [HW[:4], ["FIX-HW-102", "OS", "Microsoft", "Windows Server"]])
xlsx("hw-bad-date.xlsx", HW_SHEET, [HW, hw("FIX-HW-201", ends="2027/13/45")])
csv("hw-unknown-enum.csv", [HW, hw("FIX-HW-301", kind="量子コンピュータ")])
csv("hw-duplicate-codes.csv", [HW, hw("FIX-HW-401"), hw("fix-hw-401")])
xlsx("hw-formula.xlsx", HW_SHEET, [HW, hw("FIX-HW-501")], formula_at=(2, 11))
xlsx("hw-zip-bomb.xlsx", HW_SHEET, [HW, hw("FIX-HW-601")], padding=60_000_000)
csv("hw-unknown-system.csv", [HW, hw("FIX-HW-701", systems="FIX-SYS-A, NO-SUCH-SYSTEM")])
csv("hw-some-invalid.csv", [HW, hw("FIX-HW-801"), hw("FIX-HW-802", ends="2027-02-30")])
with open("hw-not-a-zip.xlsx", "w") as f:
    f.write("コード,種別\nこれはxlsxではありません\n")

# the other ledgers: the defects their own columns can have
csv("data-unknown-classification.csv", [DATA, data("FIX-DATA-101", classification="ちょっと秘密")])
csv("data-unknown-system.csv", [DATA, data("FIX-DATA-201", stored="NO-SUCH-SYSTEM")])
csv("zones-bad-range.csv", [ZONES, zone("FIX-ZONE-101", ranges="社内LAN全部")])
csv("connections-unknown-direction.csv", [CONNECTIONS, connection("FIX-CON-101", direction="たまに")])
csv("connections-to-itself.csv", [CONNECTIONS, connection("FIX-CON-201", to="FIX-SYS-A")])
