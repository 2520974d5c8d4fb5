#!/usr/bin/env python3
"""Writes the bad-input fixtures of the hardware/software, data, zone and connection ledgers (run from this folder).
xlsx files are built by hand as zip + XML so that each carries exactly the defect it tests. LedgerFilesTest creates
the codes they name first: person FIX-P1, systems FIX-SYS-A and FIX-SYS-B, zone FIX-ZONE."""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ among the test resources
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_files import csv, not_a_zip, xlsx  # noqa: E402

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
not_a_zip("hw-not-a-zip.xlsx", "コード,種別\nこれはxlsxではありません\n")

# the other ledgers: the defects their own columns can have
csv("data-unknown-classification.csv", [DATA, data("FIX-DATA-101", classification="ちょっと秘密")])
csv("data-unknown-system.csv", [DATA, data("FIX-DATA-201", stored="NO-SUCH-SYSTEM")])
csv("zones-bad-range.csv", [ZONES, zone("FIX-ZONE-101", ranges="社内LAN全部")])
csv("connections-unknown-direction.csv", [CONNECTIONS, connection("FIX-CON-101", direction="たまに")])
csv("connections-to-itself.csv", [CONNECTIONS, connection("FIX-CON-201", to="FIX-SYS-A")])
