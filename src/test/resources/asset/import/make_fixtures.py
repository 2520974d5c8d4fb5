#!/usr/bin/env python3
"""Writes the systems-ledger import fixtures (run from this folder). xlsx files are built by hand as zip + XML so
that each carries exactly the defect it tests; the organization codes FIX-LE, FIX-DEPT and FIX-P1 are created by
SystemFileTest before it imports."""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ among the test resources
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_files import csv, not_a_zip, xlsx  # noqa: E402

HEADERS = ["コード", "名称", "用途・目的", "種別", "法人コード", "所管部署コード", "管理責任者コード", "ライフサイクル",
           "重要度", "機密性", "完全性", "可用性", "保護の優先度（自動算出）", "インターネット公開", "環境",
           "目標復旧時間RTO（分）", "目標復旧時点RPO（分）", "サービス種別", "提供者", "責任共有の整理", "契約番号・参照"]


def row(code, name, kind="自社システム", lifecycle="稼働中", service="", provider="", rto="240"):
    return [code, name, "勘定処理", kind, "FIX-LE", "FIX-DEPT", "FIX-P1", lifecycle, "最重要", "高", "高", "中", "",
            "いいえ", "本番", rto, "15", service, provider, "", ""]


SHEET = "情報システム"
GOOD = [HEADERS, row("FIX-SYS-001", "勘定系システム"),
        row("FIX-SYS-002", "メールサービス", kind="外部システムサービス", service="クラウド（SaaS）", provider="Example Cloud")]

xlsx("valid.xlsx", SHEET, GOOD)
csv("valid.csv", GOOD)
xlsx("formula.xlsx", SHEET, GOOD, formula_at=(2, 15))
xlsx("zip-bomb.xlsx", SHEET, GOOD, padding=60_000_000)
wrong = list(HEADERS)
wrong[1] = "システム名"          # unknown header, and 名称 missing
xlsx("wrong-headers.xlsx", SHEET, [wrong] + GOOD[1:])
csv("unknown-enum.csv", [HEADERS, row("FIX-SYS-101", "照会系", lifecycle="たぶん稼働中")])
csv("duplicate-keys.csv", [HEADERS, row("FIX-SYS-201", "A"), row("fix-sys-201", "B")])
csv("bad-number.csv", [HEADERS, row("FIX-SYS-301", "A", rto="4時間")])
csv("formula.csv", [HEADERS, row("FIX-SYS-401", "=HYPERLINK(\"http://evil\")")])
csv("not-utf8.csv", [HEADERS, row("FIX-SYS-501", "勘定系")], encoding="shift_jis")
csv("some-invalid.csv", [HEADERS, row("FIX-SYS-601", "正しい行"), row("FIX-SYS-602", "外部", kind="外部システムサービス")])
not_a_zip("not-a-zip.xlsx", "コード,名称\nこれはxlsxではありません\n")
