"""Held-out spelling benchmark: Iraqi and Syrian village names spelled as reports spell them.

    python bench/spellings.py [--home DIR] [--seed 8] [--per-group 60] [--top 12] [--json]

Places are drawn from the gazetteer Marsad has imported (the SY/IQ GeoNames and OCHA villages of the
index under MARSAD_HOME, or --home DIR): a fixed-seed random sample weighted towards the governorates
of the Turkish-PKK war, the ISIS belt and north-east Syria (GROUPS below). Each name is respelled by
ONE general transliteration rule (RULES: Latin Kurdish letters, kh/gh/q/k swaps, doubled or dropped
vowels, final -e/-a/-ah, article forms, hyphens and spaces, Tal/Tell, Kafr/Kfar, Deir/Dayr, Ain/Ein,
Sheikh/Shaykh...) plus an unchanged control, put in an ACLED-style or news-style sentence that
names its district and governorate, and run through Marsad's geoparser in this process.

Scored per sentence, on the mention that covers the respelled name:
- correct: resolved within 10 km of the source place;
- ambiguous: resolved to another place of the same name (same fold key) in the same governorate
  (the sentence cannot tell them apart; reported apart, left out of both figures);
- fallback: resolved to the named district or governorate itself (ACLED's precision 2/3: not wrong,
  not the village; a miss for recall, left out of accuracy);
- otherwise a failure of one kind: "no mention" (not found as a place), "unresolved", "wrong place
  in governorate", "wrong governorate", "wrong country".
recall = correct / (sentences - ambiguous); accuracy = correct / (resolved to a point - ambiguous
- fallback). Printed per country, per governorate group and per spelling rule; --json for all of it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from anyascii import anyascii

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from marsad.geo import distance_km  # noqa: E402
from marsad.text.fold import compact, fold  # noqa: E402

NEAR_KM = 10.0
# governorate group -> (country, admin1 names in the index, how many places to draw)
GROUPS: dict[str, tuple[str, tuple[str, ...], int]] = {
    "Kurdistan": ("IQ", ("Duhok", "Erbil", "Sulaymaniyah"), 3),
    "Nineveh": ("IQ", ("Nineveh",), 2),
    "Kirkuk-Diyala-Salah": ("IQ", ("Kirkuk", "Diyala", "Salah ad-Din"), 2),
    "Anbar": ("IQ", ("Anbar",), 1),
    "Iraq other": ("IQ", ("Baghdad", "Babil", "Basra", "Dhi Qar", "Wasit", "Maysan", "Najaf"), 1),
    "Hasakah": ("SY", ("Al-Hasakah",), 2),
    "Aleppo-Idlib": ("SY", ("Aleppo", "Idlib"), 2),
    "Deir ez-Zor": ("SY", ("Deir ez-Zor",), 1),
    "Syria other": ("SY", ("Hama", "Homs", "Ar-Raqqah", "Daraa", "Latakia"), 1),
}
# how reports write the governorate the index spells otherwise
REPORT_GOVERNORATE = {
    "Salah ad-Din": "Salah al-Din",
    "Al-Hasakah": "Hasakah",
    "Ar-Raqqah": "Raqqa",
    "Al-Qadisiyah": "Qadisiyah",
}
TEMPLATES = (
    "On 3 May 2024, Turkish drones struck {x} village in {district} district, {gov}.",
    "On 14 June 2024, clashes broke out between the army and gunmen near {x}, in the countryside of "
    "{district}, {gov}.",
    "On 21 March 2024, an IED exploded targeting a military vehicle in {x}, {gov}. No casualties were reported.",
    "Local sources said artillery shelling hit the village of {x} in {district} district of {gov} on Monday.",
    "On 9 August 2024, unidentified gunmen shot dead a shepherd in {x} in {district}, {gov} governorate.",
)


# Spelling rules ----------------------------------------------------------------------------------
# Each takes an ASCII name and a random source, and returns the name as some reports write it, or None
# when the rule does not apply to this name. Every rule is a regularity of how Arabic and Kurdish names
# are written in Latin letters, not a list of particular names.

_VOWEL = "aeiou"


def _sub_one(pattern: str, repl: str, name: str, rng: random.Random, flags: int = 0) -> str | None:
    """Apply `repl` at one randomly chosen match of `pattern` (None when there is none)."""
    matches = list(re.finditer(pattern, name, flags))
    if not matches:
        return None
    m = rng.choice(matches)
    return name[: m.start()] + m.expand(repl) + name[m.end():]


def _keep_case(source: str, target: str) -> str:
    return target.capitalize() if source[:1].isupper() else target


def kurdish_latin(name: str, rng: random.Random) -> str | None:
    """Hawar (Latin Kurdish) letters: x for kh, ş/ç for sh/ch, c for j, q kept, ê for ay/ai/ei,
    î for ee/final i, û for oo/ou (Khakurk -> Xakurk, Sheikhan -> Şêxan, Amadiya -> Amêdiya)."""
    out = name
    for src, dst in (("kh", "x"), ("Kh", "X"), ("sh", "ş"), ("Sh", "Ş"), ("ch", "ç"), ("Ch", "Ç"),
                     ("j", "c"), ("J", "C"), ("ay", "ê"), ("ai", "ê"), ("ei", "ê"), ("ee", "î"),
                     ("oo", "û"), ("ou", "û")):
        out = out.replace(src, dst)
    out = re.sub(r"i\b", "î", out)
    return out if out != name else None


def kurdish_x(name: str, rng: random.Random) -> str | None:
    """Only the Kurdish x for kh, in an otherwise English spelling (Xanasor, Zaxo)."""
    out = name.replace("kh", "x").replace("Kh", "X")
    return out if out != name else None


def kurdish_final_e(name: str, rng: random.Random) -> str | None:
    """A Kurdish final -e on a name ending in a consonant, or for the Arabic -a/-ah (Xakurk -> Xakurke,
    Batifa -> Batife)."""
    if re.search(r"(ah|eh|a)$", name):
        return re.sub(r"(ah|eh|a)$", "e", name)
    if re.search(r"[bcdfgjklmnpqrstvxz]$", name):
        return name + "e"
    return None


def guttural_swap(name: str, rng: random.Random) -> str | None:
    """One of the consonant swaps transliterations make: kh/h, gh/g, q/k, q/g (Iraqi speech), k/q."""
    options = [(r"kh", "h"), (r"gh", "g"), (r"(?<![kKsScCdDtTgG])h(?=[aeiou])", "kh"), (r"q", "k"), (r"q", "g"),
               (r"(?<![sc])k(?!h)", "q"), (r"Q", "K"), (r"Q", "G"), (r"Kh", "H")]
    rng.shuffle(options)
    for pattern, repl in options:
        out = _sub_one(pattern, repl, name, rng)
        if out and out != name:
            return out
    return None


def doubled_vowel(name: str, rng: random.Random) -> str | None:
    """A long vowel written double (Sinjar -> Sinjaar, Batil -> Bateel, Tuz -> Tooz), or a doubled one
    written single (Zahraa -> Zahra)."""
    single = _sub_one(r"(?<=[a-z])([aeiou])\1", r"\1", name, rng)
    if single:
        return single
    doubled = {"i": "ee", "u": "oo", "a": "aa"}
    matches = list(re.finditer(r"(?<=[A-Za-z])(?<![aeiou])[iua](?=[bcdfghjklmnpqrstvwxyz])", name))
    if not matches:
        return None
    m = rng.choice(matches)
    return name[: m.start()] + doubled[m.group(0)] + name[m.end():]


def dropped_vowel(name: str, rng: random.Random) -> str | None:
    """A short vowel left out between consonants, or a doubled consonant written single
    (Kharabah -> Kharbah, Raqqa -> Raqa)."""
    single = _sub_one(r"([bdfgjklmnpqrstz])\1", r"\1", name, rng)
    if single and rng.random() < 0.5:
        return single
    out = _sub_one(r"(?<=[bcdfgjklmnpqrstvwxz])[aeiou](?=[bcdfgjklmnpqrstvwxz][aeiou])", "", name, rng)
    if out and len(out) >= 4 and not out[:1].islower():
        return out
    return single


def final_vowel(name: str, rng: random.Random) -> str | None:
    """Ta marbuta and final vowels: -ah/-a/-eh/-e/-iyah/-iya written one way or another."""
    for pattern, repls in ((r"iyah$", ("iya", "iyeh", "ia")), (r"iya$", ("iyah", "iyeh", "ia")),
                           (r"ah$", ("a", "eh")), (r"eh$", ("a", "ah")), (r"a$", ("ah", "eh")),
                           (r"e$", ("a", "ah")), (r"i$", ("y", "ee")), (r"y$", ("i",))):
        if re.search(pattern, name):
            return re.sub(pattern, rng.choice(repls), name)
    return None


_SUN = "tdrzsnl"
_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][tdrzsn]h?)[- ](?=\w)")


def article_form(name: str, rng: random.Random) -> str | None:
    """The article written al-/el-/Al /none, and assimilated before sun letters (al-Shaddadi ->
    ash-Shaddadi, Al Rutbah -> Ar-Rutbah) or not (as-Suwar -> al-Suwar)."""
    match = _ARTICLE.match(name)
    if not match:
        return None
    rest = name[match.end():]
    first = rest[:1].lower()
    forms = ["al-", "Al ", "el-", ""]
    if first in _SUN:
        sun = "sh" if rest.lower().startswith("sh") else first
        forms += [f"a{sun}-", f"A{sun}-"]
    current = match.group(0)
    choices = [form for form in forms if form != current]
    return rng.choice(choices) + rest


def hyphen_space(name: str, rng: random.Random) -> str | None:
    """Hyphens and spaces: a hyphen written as a space or left out, an inner article hyphenated to its
    word (Tall ad Dil -> Tall ad-Dil), two words hyphenated or glued (Tel Tamer, Tel-Tamer, Teltamer)."""
    if "-" in name:
        return name.replace("-", " ")
    inner = re.search(r" (al|an|ad|ar|as|ash|at|az|adh|el) (?=\w)", name, re.IGNORECASE)
    if inner:
        return name[: inner.end() - 1] + "-" + name[inner.end():]
    words = name.split(" ")
    if len(words) != 2:
        return None
    if rng.random() < 0.5:
        return f"{words[0]}-{words[1]}"
    return words[0] + words[1].lower()


# Words every report spells several ways: the rule name, and the forms that stand for one another.
WORD_FORMS: dict[str, tuple[str, ...]] = {
    "tal": ("Tal", "Tell", "Tall", "Til", "Tel"),
    "kafr": ("Kafr", "Kfar", "Kefr", "Kafar"),
    "deir": ("Deir", "Dayr", "Dair", "Der"),
    "ain": ("Ain", "Ein", "Ayn", "Ayin", "Ayn"),
    "sheikh": ("Sheikh", "Shaykh", "Shekh", "Shaikh", "Sheykh", "Shekhi"),
    "khirbat": ("Khirbat", "Khirbet", "Kherbet", "Khurbat"),
    "umm": ("Umm", "Um", "Om"),
    "jabal": ("Jabal", "Jebel", "Jabel"),
}


def _word_rule(forms: tuple[str, ...]) -> Callable[[str, random.Random], str | None]:
    pattern = re.compile(r"\b(" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b", re.IGNORECASE)

    def rule(name: str, rng: random.Random) -> str | None:
        match = pattern.search(name)
        if not match:
            return None
        others = [form for form in forms if form.lower() != match.group(1).lower()]
        return name[: match.start()] + _keep_case(match.group(1), rng.choice(others)) + name[match.end():]

    return rule


def unchanged(name: str, rng: random.Random) -> str | None:
    """The control: the gazetteer's own spelling, without diacritics."""
    return name


RULES: dict[str, Callable[[str, random.Random], str | None]] = {
    "kurdish latin": kurdish_latin,
    "kurdish x": kurdish_x,
    "kurdish final -e": kurdish_final_e,
    "kh/gh/q/k swap": guttural_swap,
    "doubled vowel": doubled_vowel,
    "dropped vowel": dropped_vowel,
    "final -a/-ah/-e": final_vowel,
    "article": article_form,
    "hyphen/space": hyphen_space,
    **{f"word {key}": _word_rule(forms) for key, forms in WORD_FORMS.items()},
}
# rules that only Kurdish spellings use: applied to Iraqi Kurdistan and the Kurdish north of Syria
KURDISH_RULES = ("kurdish latin", "kurdish x", "kurdish final -e")
KURDISH_GROUPS = ("Kurdistan", "Nineveh", "Kirkuk-Diyala-Salah", "Hasakah")


def ascii_name(name: str) -> str:
    """The gazetteer name as an English report prints it: no diacritics, no ayn/hamza marks."""
    text = anyascii(name)
    return re.sub(r"['`’‘ʿʾ]", "", text).strip()


# Sampling ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    place_id: str
    name: str
    latitude: float
    longitude: float
    country: str
    governorate: str
    district: str | None
    group: str


def sample_places(conn: sqlite3.Connection, seed: int, per_group: int) -> list[Source]:
    """Villages of each group, drawn with a fixed seed, weighted by the group's share."""
    rng = random.Random(seed)
    out: list[Source] = []
    for group, (country, governorates, weight) in GROUPS.items():
        marks = ",".join("?" * len(governorates))
        rows = conn.execute(
            f"SELECT geonameid, name, latitude, longitude, admin1, admin2 FROM places "
            f"WHERE country_code = ? AND admin1 IN ({marks}) AND feature_class = 'P' "
            f"AND source IN ('geonames', 'ocha') ORDER BY geonameid",
            (country, *governorates),
        ).fetchall()
        # a name with a slash, a bracket or an unreadable letter ("X / Y", "X (Y)", "Magh?r") is two names
        # or a damaged one, not a spelling any report prints
        rows = [row for row in rows if len(compact(fold(ascii_name(row[1])))) >= 3 and not re.search(r"[/()?]", row[1])]
        for row in rng.sample(rows, min(len(rows), per_group * weight)):
            district = ascii_name(row[5]) if row[5] else None
            out.append(Source(row[0], ascii_name(row[1]), row[2], row[3], country, row[4], district, group))
    return out


@dataclass(frozen=True)
class Case:
    source: Source
    rule: str
    spelling: str
    text: str
    start: int
    end: int


def make_cases(sources: list[Source], seed: int) -> list[Case]:
    """Each place once unchanged (every fifth) or respelled by one rule that applies to it."""
    rng = random.Random(seed + 1)
    cases: list[Case] = []
    for index, source in enumerate(sources):
        names = [n for n in RULES if source.group in KURDISH_GROUPS or n not in KURDISH_RULES]
        rng.shuffle(names)
        # a name with one of the common words (Tal, Kafr, Deir, Ain, Sheikh...) is respelled there first:
        # few names hold one, and reports vary them the most
        names.sort(key=lambda n: not n.startswith("word "))
        rule, spelling = "unchanged", source.name
        if index % 5:
            for name in names:
                variant = RULES[name](source.name, rng)
                if variant and variant != source.name and len(variant) >= 3:
                    rule, spelling = name, variant
                    break
        template = rng.choice(TEMPLATES)
        if "{district}" in template and not source.district:
            template = TEMPLATES[2]
        gov = REPORT_GOVERNORATE.get(source.governorate, source.governorate)
        head, _, _ = template.partition("{x}")
        head = head.format(district=source.district or "", gov=gov)
        text = template.format(x=spelling, district=source.district or "", gov=gov)
        cases.append(Case(source, rule, spelling, text, len(head), len(head) + len(spelling)))
    return cases


# Scoring ----------------------------------------------------------------------------------------


def judge(case: Case, mentions: list) -> str:
    """The outcome of one sentence: correct, ambiguous, fallback, or the kind of failure."""
    mention = next((m for m in mentions if m.start < case.end and case.start < m.end), None)
    if mention is None:
        return "no mention"
    place = mention.place
    if place is None:
        return "unresolved"
    if distance_km(place.latitude, place.longitude, case.source.latitude, case.source.longitude) <= NEAR_KM:
        return "correct"
    if place.country_code != case.source.country:
        return "wrong country"
    if place.admin1 != case.source.governorate:
        return "wrong governorate"
    if place.feature_code and place.feature_code.startswith("ADM"):
        return "fallback"
    if compact(fold(place.name)) == compact(fold(case.source.name)):
        return "ambiguous"
    return "wrong place in governorate"


def figures(outcomes: list[str]) -> dict:
    counts = Counter(outcomes)
    scored = len(outcomes) - counts["ambiguous"]
    resolved = scored - counts["fallback"] - counts["no mention"] - counts["unresolved"]
    return {
        "n": len(outcomes),
        "recall": round(counts["correct"] / scored, 3) if scored else None,
        "accuracy": round(counts["correct"] / resolved, 3) if resolved else None,
        "ambiguous": counts["ambiguous"],
        "fallback": counts["fallback"],
    }


def run(home: Path, seed: int, per_group: int, top: int, show: int = 4) -> dict:
    os.environ["MARSAD_HOME"] = str(home)
    from marsad.places.gazetteer import Gazetteer
    from marsad.places.geoparser import Geoparser

    index = home / "gazetteer.sqlite"
    if not index.exists():
        sys.exit(f"spellings: no gazetteer index at {index} (run `marsad gazetteer import` first)")
    with sqlite3.connect(index) as conn:
        sources = sample_places(conn, seed, per_group)
    if not sources:
        sys.exit(f"spellings: {index} holds no Syrian or Iraqi village (import SY.txt and IQ.txt)")
    cases = make_cases(sources, seed)
    parser = Geoparser(Gazetteer.open(index))
    outcomes = [judge(case, parser.parse(case.text)) for case in cases]
    by: dict[str, dict[str, list[str]]] = {"country": defaultdict(list), "group": defaultdict(list),
                                           "rule": defaultdict(list)}
    failures: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for case, outcome in zip(cases, outcomes, strict=True):
        by["country"][case.source.country].append(outcome)
        by["group"][case.source.group].append(outcome)
        by["rule"][case.rule].append(outcome)
        if outcome not in ("correct", "ambiguous", "fallback"):
            failures[(outcome, case.rule)] += 1
            if len(examples[outcome]) < show:
                examples[outcome].append(f"{case.spelling} ({case.source.name}, {case.source.governorate})"
                                         + (f" -> {_resolved(case, parser)}" if show > 4 else ""))
    return {
        "seed": seed,
        "all": figures(outcomes),
        **{axis: {key: figures(values) for key, values in sorted(table.items())} for axis, table in by.items()},
        "failure_kinds": dict(Counter(o for o in outcomes if o not in ("correct", "ambiguous", "fallback"))),
        "top_failures": [{"kind": kind, "rule": rule, "count": n} for (kind, rule), n in failures.most_common(top)],
        "examples": dict(examples),
    }


def _resolved(case: Case, parser) -> str:
    """What the failing mention became (for --examples beyond the default)."""
    found = [m for m in parser.parse(case.text) if m.start < case.end and case.start < m.end]
    if not found or found[0].place is None:
        return "; ".join(m.text for m in parser.parse(case.text)) or "-"
    place = found[0].place
    return f"{found[0].text!r} = {place.name} ({place.admin1}, {place.country_code}, {place.feature_code})"


def _row(label: str, row: dict) -> str:
    def show(value: float | None) -> str:
        return "  n/a" if value is None else f"{value:.3f}"

    return (f"  {label:22} n={row['n']:4d}  recall {show(row['recall'])}  accuracy {show(row['accuracy'])}"
            f"  ambiguous {row['ambiguous']:3d}  fallback {row['fallback']:3d}")


def render(result: dict) -> str:
    lines = [f"spelling bench (seed {result['seed']})", _row("all", result["all"])]
    for axis in ("country", "group", "rule"):
        lines.append(f"per {axis}:")
        lines += [_row(key, row) for key, row in result[axis].items()]
    lines.append("failure kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(
        result["failure_kinds"].items(), key=lambda item: -item[1])))
    lines.append("most common failures (kind, rule):")
    lines += [f"  {f['count']:3d}  {f['kind']} / {f['rule']}" for f in result["top_failures"]]
    lines.append("examples (spelling, gazetteer name):")
    for kind, names in result["examples"].items():
        lines.append(f"  {kind}: " + "; ".join(names))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=Path(os.environ.get("MARSAD_HOME", "~/.marsad")).expanduser())
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--per-group", type=int, default=60, help="places per unit of group weight")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--examples", type=int, default=4, help="failures shown per kind")
    args = parser.parse_args(argv)
    result = run(args.home, args.seed, args.per_group, args.top, args.examples)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else render(result))


if __name__ == "__main__":
    main()
