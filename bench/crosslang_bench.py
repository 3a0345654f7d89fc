"""Cross-language recall on the seed catalogue: queries in English, Korean and Indonesian, with the
cases each should find, searched without and with the glossary's expansion.

    .venv/bin/python bench/crosslang_bench.py [--top 10] [--verbose]

Recall is the share of (query, expected case) pairs found in the first `--top` results.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.catalogue.service import Catalogue  # noqa: E402
from desktop.search import SearchRequest  # noqa: E402

# Each expected case is named by words of its title, unique in the seed.
OWL = "Owl Bus"
PORTO = "Porto Alegre participatory"
PUNE = "Pune participatory"
SHANGHAI = "Shanghai's compulsory"
INDORE = "Indore's door-to-door"
TAIPEI = "Taipei's pay-as-you-throw"
DASAN = "120 Dasan"
DANANG = "Da Nang 1022"
HANGZHOU = "Hangzhou Public Bicycle"
SINGAPORE = "Electronic Road Pricing"
QLUE = "Qlue"
TRAFFY = "Traffy Fondue"
CHEONGGYE = "Cheonggyecheon"
SHENZHEN = "all-electric city bus"
TOYAMA = "Toyama's compact city"
MEDELLIN = "Metrocable"
AHMEDABAD = "Heat Action Plan"
MAKASSAR = "Eco-Stalls"
SURABAYA = "Suroboyo Bus"
CLEAN = "Clean Construction"
OASIS = "Oasis"
IDEA_MARKET = "Policy Idea Market"
MVOTING = "mVoting"
SHARING = "Sharing City Seoul"
NAGA = "Naga City"
KERALA = "Kerala People's Plan"
CURITIBA = "Curitiba bus rapid transit"

QUERIES: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        ("night bus", [OWL]),
        ("participatory budgeting", [PORTO, PUNE]),
        ("waste sorting", [SHANGHAI, INDORE]),
        ("call centre", [DASAN, DANANG]),
        ("bike sharing", [HANGZHOU]),
        ("congestion charge", [SINGAPORE]),
        ("citizen reports app", [QLUE, TRAFFY]),
        ("stream restoration", [CHEONGGYE]),
        ("electric bus", [SHENZHEN]),
        ("light rail compact city", [TOYAMA]),
        ("cable car", [MEDELLIN]),
        ("heatwave", [AHMEDABAD]),
        ("street vendors", [MAKASSAR]),
        ("plastic bottles", [SURABAYA]),
        ("garbage bag fee", [TAIPEI]),
        ("corruption public works", [CLEAN]),
        ("citizen ideas", [OASIS, IDEA_MARKET]),
        ("mobile voting", [MVOTING]),
        ("sharing economy", [SHARING]),
        ("civil society", [NAGA]),
        ("decentralisation", [KERALA]),
        ("bus rapid transit", [CURITIBA]),
    ],
    "ko": [
        ("야간 버스", [OWL]),
        ("주민참여예산", [PORTO, PUNE]),
        ("쓰레기 분리배출", [SHANGHAI, INDORE]),
        ("콜센터", [DASAN, DANANG]),
        ("공공자전거", [HANGZHOU]),
        ("혼잡통행료", [SINGAPORE]),
        ("시민 신고 앱", [QLUE, TRAFFY]),
        ("하천 복원", [CHEONGGYE]),
        ("전기버스", [SHENZHEN]),
        ("경전철 압축도시", [TOYAMA]),
        ("케이블카", [MEDELLIN]),
        ("폭염", [AHMEDABAD]),
        ("노점상", [MAKASSAR]),
        ("페트병", [SURABAYA]),
        ("쓰레기 종량제", [TAIPEI]),
        ("부패 공공 공사", [CLEAN]),
        ("시민 아이디어", [OASIS, IDEA_MARKET]),
        ("모바일 투표", [MVOTING]),
        ("공유도시", [SHARING]),
        ("시민사회", [NAGA]),
        ("지방분권", [KERALA]),
        ("간선급행버스", [CURITIBA]),
        ("수라바야 버스", [SURABAYA]),
        ("자카르타 민원", [QLUE]),
    ],
    "id": [
        ("bus malam", [OWL]),
        ("anggaran partisipatif", [PORTO, PUNE]),
        ("pemilahan sampah", [SHANGHAI, INDORE]),
        ("pusat panggilan", [DASAN, DANANG]),
        ("sepeda sewa", [HANGZHOU]),
        ("jalan berbayar elektronik", [SINGAPORE]),
        ("laporan warga", [QLUE, TRAFFY]),
        ("restorasi sungai", [CHEONGGYE]),
        ("bus listrik", [SHENZHEN]),
        ("kereta ringan kota kompak", [TOYAMA]),
        ("kereta gantung", [MEDELLIN]),
        ("gelombang panas", [AHMEDABAD]),
        ("pedagang kaki lima", [MAKASSAR]),
        ("botol plastik", [SURABAYA]),
        ("retribusi sampah", [TAIPEI]),
        ("korupsi pekerjaan umum", [CLEAN]),
        ("usulan warga", [OASIS, IDEA_MARKET]),
        ("pemungutan suara elektronik", [MVOTING]),
        ("ekonomi berbagi", [SHARING]),
        ("masyarakat sipil", [NAGA]),
        ("desentralisasi", [KERALA]),
        ("jalur busway", [CURITIBA]),
        ("Bus Suroboyo", [SURABAYA]),
        ("Aplikasi Qlue Jakarta", [QLUE]),
    ],
}


def recall(catalogue: Catalogue, language: str, expand: bool, top: int, verbose: bool) -> float:
    """Share of the expected cases of a language's queries found in the first `top` results."""
    found = expected = 0
    for text, cases in QUERIES[language]:
        titles = [c.title for c in catalogue.search(SearchRequest(text=text, limit=top, expand=expand)).cards]
        hits = [case for case in cases if any(case in title for title in titles)]
        found += len(hits)
        expected += len(cases)
        if verbose and len(hits) < len(cases):
            missing = ", ".join(c for c in cases if c not in hits)
            print(f"  [{language}{' +glossary' if expand else ''}] {text!r}: missing {missing}")
    return found / expected


def main(argv: Sequence[str] | None = None) -> int:
    """Print recall per language, without and with the glossary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=10, help="results that count as found (default 10)")
    parser.add_argument("--verbose", action="store_true", help="name each expected case not found")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        catalogue = Catalogue.open(Path(scratch) / "data")
        rows = [
            (language, recall(catalogue, language, False, args.top, args.verbose),
             recall(catalogue, language, True, args.top, args.verbose))
            for language in QUERIES
        ]
        catalogue.close()
    queries = sum(len(q) for q in QUERIES.values())
    print(f"\nrecall in the first {args.top} results, seed catalogue ({queries} queries)")
    print(f"{'language':10} {'queries':>7} {'without glossary':>17} {'with glossary':>14}")
    for language, before, after in rows:
        print(f"{language:10} {len(QUERIES[language]):>7} {before:>17.2f} {after:>14.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
