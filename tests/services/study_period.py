"""An ITU-D study period as a planning template (WTDC Resolution 1 and Resolution 31).

Between WTDC-25 and WTDC-29: the two study groups once a year, five rapporteur groups each
meeting twice a year, TDAG every year, the six regional preparatory meetings before the last
TDAG, the Councils of 2027-2029 in June-July and WTDC-29 itself in the last quarter of 2029,
all to be placed; with the bundled calendar's fixed conferences and Councils around them.
"""

from __future__ import annotations

import csv
from pathlib import Path

HEADER = [
    "code",
    "title",
    "kind",
    "sector",
    "body",
    "parent",
    "start",
    "end",
    "city",
    "country",
    "venue",
    "room",
    "days",
    "within",
]
YEARS = (2026, 2027, 2028)
REGIONS = ("AFR", "AMS", "ARB", "ASP", "CIS", "EUR")


def rows() -> list[list[str]]:
    hq = ["Geneva", "CH", "ITU headquarters"]
    out = [
        [
            "WTDC-29",
            "World Telecommunication Development Conference (WTDC-29)",
            "wtdc",
            "D",
            "WTDC",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "12",
            "2029-Q4",
        ],
    ]
    for year in (2027, 2028, 2029):
        out.append(
            [
                f"C{year % 100}",
                f"Council {year}",
                "council",
                "GS",
                "Council",
                "PP",
                "",
                "",
                *hq,
                "Popov Room",
                "10",
                f"{year}-06-01..{year}-07-31",
            ]
        )
    for year in (*YEARS, 2029):
        out.append(
            [
                f"TDAG-{year}",
                f"Telecommunication Development Advisory Group, {year}",
                "advisory-group",
                "D",
                "TDAG",
                "WTDC",
                "",
                "",
                *hq,
                "",
                "4",
                str(year),
            ]
        )
        for sg in (1, 2):
            out.append(
                [
                    f"SG{sg}-{year}",
                    f"ITU-D Study Group {sg}, {year}",
                    "study-group",
                    "D",
                    f"ITU-D SG{sg}",
                    "TDAG",
                    "",
                    "",
                    *hq,
                    "",
                    "5",
                    str(year),
                ]
            )
    for year in (*YEARS, 2029):
        for sg in (1, 2):
            for q in range(1, 6):
                for half, within in (
                    (1, f"{year}-01-01..{year}-06-30"),
                    (2, f"{year}-07-01..{year}-12-31"),
                ):
                    out.append(
                        [
                            f"RG-Q{q}/{sg}-{year}-{half}",
                            f"Rapporteur group for Question {q}/{sg}, {year} ({half})",
                            "rapporteur-group",
                            "D",
                            f"RG-Q{q}/{sg}",
                            f"ITU-D SG{sg}",
                            "",
                            "",
                            *hq,
                            "",
                            "2",
                            within,
                        ]
                    )
    for region in REGIONS:
        out.append(
            [
                f"RPM-{region}-29",
                f"Regional preparatory meeting for WTDC-29 ({region})",
                "rpm",
                "D",
                f"RPM-{region}",
                "WTDC",
                "",
                "",
                "",
                "",
                "",
                "",
                "2",
                "2028-10-01..2029-05-31",
            ]
        )
    return out


def write_template(path: Path) -> int:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows())
    return len(rows())
