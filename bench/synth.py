"""Synthetic SOHR-style reports for benchmarks: no copyrighted text, deterministic for a seed.

Each report has a dateline, three to seven events written from templates (clashes, attacks, shelling,
air and drone strikes, explosions, arrests, protests, killings) over actors from marsad/data/actors
and Syrian places from the gazetteer index (MARSAD_HOME; the default index is built if missing),
plus the connective sentences such reports carry, for 300–600 words in all.

    python bench/synth.py 2000 --out /tmp/synth.jsonl [--seed 7]     (JSONL that `marsad` reads)
    from synth import synth_reports; reports = synth_reports(2000)    (Report objects)
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from anyascii import anyascii

from marsad.places.gazetteer import Gazetteer
from marsad.settings import get_settings
from marsad.types import Report

SOURCE = "Syrian Observatory for Human Rights"
ACTOR_FILES = {
    "state": ["syria-state.yaml", "syria-pro-government.yaml"],
    "rebel": ["syria-opposition.yaml", "syria-sna.yaml", "jihadist.yaml"],
    "sdf": ["syria-kurdish-sdf.yaml"],
    "foreign": ["foreign-forces.yaml"],
}
DIRECTIONS = ["northern", "southern", "eastern", "western", "north-western", "south-eastern"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VICTIMS = ["a child", "a woman", "two civilians", "a young man", "an elderly man", "a shepherd",
           "three farmers"]
GENERIC_STARTS = {"Unidentified", "An", "A", "Dozens", "Clashes"}
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15"]

EVENTS = [
    "Clashes erupted between {a} and {b} on the outskirts of {p}, in the {d} countryside of {g}, leaving "
    "{n} fighters dead on both sides, while the fighting continued until the early hours of the morning.",
    "{A} attacked positions of {b} near {p} with heavy machine guns, killing {n} members of {b2}, "
    "according to SOHR sources, who added that the attackers withdrew after the attack.",
    "{A} shelled {p} and the surrounding villages in the {d} countryside of {g} with artillery and rockets, "
    "killing {v} and injuring {n} others, some of them seriously.",
    "Russian warplanes carried out {n} airstrikes on positions of {b} in the desert near {p}, in the {d} "
    "countryside of {g}, with no information so far about casualties.",
    "A drone of {a} targeted a vehicle near {p}, killing {n} members of {b} who were inside it, while "
    "ambulances rushed to the site to transport the bodies.",
    "An explosive device went off in a military vehicle of {b} on the road between {p} and {q}, killing {n} "
    "members and injuring others, in an attack no party has claimed so far.",
    "{A} arrested {n} young men in a raid on {p}, in the {d} countryside of {g}, and took them to an "
    "unknown destination, on charges of dealing with {b}.",
    "Dozens of residents demonstrated in {p} against the deteriorating living conditions and the rising "
    "prices of fuel and bread, chanting slogans against {b}.",
    "Unidentified gunmen shot dead {v} in {p}, in the {d} countryside of {g}, and fled to an unknown "
    "destination; the motive of the killing is still unknown.",
    "{A} ambushed a group of {b} near {p}, killing {n} of them and seizing their weapons, before withdrawing "
    "towards {q}.",
]
FILLER = [
    "SOHR activists reported that the situation remains tense in the area amid a heavy security deployment.",
    "It is worth noting that the area has witnessed repeated escalation since the beginning of the month.",
    "According to SOHR statistics, the death toll in the area has risen to {big} since the beginning of "
    "{year}.",
    "SOHR sources confirmed that the number of casualties is likely to rise because some of the injured are "
    "in critical condition.",
    "Local sources told SOHR that residents have started to leave their homes for safer areas.",
    "SOHR had reported yesterday that reinforcements arrived in the area, including armoured vehicles and "
    "dozens of fighters.",
    "Meanwhile, medical sources reported a shortage of medicines and equipment in the field hospitals.",
]


@lru_cache(maxsize=1)
def actor_aliases() -> dict[str, list[str]]:
    """Names as reports write them, by side: the base's aliases and names from marsad/data/actors."""
    base = resources.files("marsad") / "data" / "actors"
    sides: dict[str, list[str]] = {}
    for side, files in ACTOR_FILES.items():
        names: list[str] = []
        for file in files:
            for actor in yaml.safe_load((base / file).read_text(encoding="utf-8"))["actors"]:
                aliases = [a for a in actor.get("aliases", []) if len(a) > 3 and not a.isupper()]
                names.append(aliases[0] if aliases else actor["name"])
        sides[side] = sorted(set(names))
    return sides


@lru_cache(maxsize=1)
def syrian_places() -> list[tuple[str, str]]:
    """(place, governorate) for Syrian populated places of the gazetteer index, in ASCII as SOHR writes."""
    path = get_settings().gazetteer_path
    Gazetteer.open(path).close()  # builds the default index when missing
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT name, admin1 FROM places WHERE country_code = 'SY' AND feature_class = 'P' "
            "AND admin1 IS NOT NULL AND population >= 500 ORDER BY geonameid"
        ).fetchall()
    return [(anyascii(name), anyascii(admin1)) for name, admin1 in rows]


def synth_report(rng: random.Random, index: int, seed: int) -> Report:
    places = syrian_places()
    sides = actor_aliases()
    published = date(2022, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    place, governorate = rng.choice(places)
    local = [p for p in places if p[1] == governorate] or places
    target_words = rng.randint(360, 600)
    paragraphs = [f"{governorate} Province – {SOURCE}: On {WEEKDAYS[published.weekday()]}, "
                  + _event(rng, place, governorate, local, sides)]
    events = 1
    while events < 3 or (_words(paragraphs) < target_words and events < 10):
        if rng.random() < 0.35:
            paragraphs.append(rng.choice(FILLER).format(big=rng.randint(40, 900), year=published.year))
        p, g = rng.choice(local) if rng.random() < 0.7 else rng.choice(places)
        sentence = _event(rng, p, g, local, sides)
        if rng.random() < 0.3:
            first, rest = sentence.split(" ", 1)
            sentence = "Meanwhile, " + (first.lower() if first in GENERIC_STARTS else first) + " " + rest
        paragraphs.append(sentence)
        events += 1
    while _words(paragraphs) < 300:
        paragraphs.append(rng.choice(FILLER).format(big=rng.randint(40, 900), year=published.year))
    title = f"{governorate} | escalation near {place}"
    text = title + "\n\n" + "\n\n".join(paragraphs)
    return Report(doc_id=f"synth-{seed}-{index:06d}", text=text, title=title, published=published,
                  source=SOURCE, dateline_place=f"{governorate} Province", dateline_source=SOURCE,
                  origin="bench/synth.py")


def _event(rng: random.Random, place: str, governorate: str, local: list[tuple[str, str]],
           sides: dict[str, list[str]]) -> str:
    side_a, side_b = rng.sample(["state", "rebel", "sdf", "rebel", "foreign"], 2)
    a, b = rng.choice(sides[side_a]), rng.choice(sides[side_b])
    template = rng.choice(EVENTS)
    sentence = template.format(a=a, A=a[0].upper() + a[1:], b=b, b2=b, p=place, q=rng.choice(local)[0],
                               g=governorate, d=rng.choice(DIRECTIONS), n=rng.choice(NUMBERS),
                               v=rng.choice(VICTIMS))
    return sentence


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def synth_reports(count: int, seed: int = 7) -> list[Report]:
    """`count` reports, the same for the same seed."""
    rng = random.Random(seed)
    return [synth_report(rng, index, seed) for index in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    words = 0
    with args.out.open("w", encoding="utf-8") as handle:
        for report in synth_reports(args.count, args.seed):
            words += len(report.text.split())
            row = {"id": report.doc_id, "title": report.title, "published": report.published.isoformat(),
                   "source": report.source, "text": report.text}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.count} reports, {words / max(args.count, 1):.0f} words each on average -> {args.out}")


if __name__ == "__main__":
    main()
