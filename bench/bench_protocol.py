"""Time precedence (urutan Tata Tempat) + seating for 500 attendees; target < 200 ms.

Run: .venv/bin/python bench/bench_protocol.py [--n 500] [--runs 7]
Prints the median of several cold runs (the title-recognition cache is cleared each run).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from humpro.protocol.law.order import order_attendees  # noqa: E402
from humpro.protocol.law.recognize import _analyse  # noqa: E402
from humpro.protocol.law.seating import arrange_rows  # noqa: E402

TITLES = [
    "Kapolda Sumatera Selatan", "Pangdam II/Sriwijaya", "Kajati Sumsel",
    "Ketua Pengadilan Tinggi Palembang", "Wakil Gubernur Sumatera Selatan",
    "Ketua DPRD Provinsi Sumatera Selatan", "Anggota DPRD Provinsi Sumatera Selatan",
    "Anggota DPR RI Dapil Sumsel {i}", "Bupati Kabupaten {i}", "Wakil Bupati Kabupaten {i}",
    "Ketua DPRD Kabupaten {i}", "Kepala Dinas {i} Provinsi Sumatera Selatan",
    "Kepala Bagian {i} Setda Provinsi Sumatera Selatan", "Camat Kecamatan {i}",
    "Ketua MUI Provinsi Sumatera Selatan", "Konsul Jenderal Negara {i} di Medan",
    "Direktur Perusahaan {i}", "Mantan Kapolda Sumsel", "Lurah Kelurahan {i}",
]


def attendees(n: int) -> list[dict[str, str]]:
    people: list[dict[str, str]] = [
        {"name": "Ketua DPR", "position": "Ketua DPR RI"},
        {"name": "Asisten I", "position": "Asisten I Setda Provinsi Sumatera Selatan",
         "represents": "Gubernur Sumatera Selatan"},
    ]
    i = 0
    while len(people) < n:
        title = TITLES[i % len(TITLES)].format(i=i)
        people.append({"name": f"Peserta {i}", "position": title})
        if i % 10 == 0 and len(people) < n:
            people.append({"name": f"Pasangan {i}", "position": "", "spouse_of": f"Peserta {i}"})
        i += 1
    return people


def run_once(people: list[dict[str, str]]) -> float:
    _analyse.cache_clear()
    start = time.perf_counter()
    placed = order_attendees(people, "provinsi")
    arrange_rows(placed, [7, 9, 11, 13], host="Asisten I")
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    people = attendees(args.n)
    times = [run_once(people) for _ in range(args.runs)]
    median = statistics.median(times)
    print(f"precedence + seating, {len(people)} attendees: median {median:.1f} ms "
          f"over {args.runs} runs (min {min(times):.1f}, max {max(times):.1f}); "
          f"target < 200 ms: {'OK' if median < 200 else 'SLOW'}")
    return 0 if median < 200 else 1


if __name__ == "__main__":
    raise SystemExit(main())
