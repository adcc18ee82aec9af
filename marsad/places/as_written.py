"""Rules spelled-as-written and bracketed-other-name: a name the gazetteer holds letter for letter is not
read as a loose likeness of another place, and a name in brackets after a place is that place's other name.

spelled-as-written. The ranker lets the report's context (a governorate named, anchors nearby) outweigh a
few tenths of spelling, which is right between spellings of one name ("Baqras" / "Buqrus") but wrong when
a town is written exactly as the gazetteer holds it and the winner is a different name that only folds
alike: "supply roads between Al-Sukhnah and Deir Ezzor" is the town of Sukhnah in Homs, not a hamlet
"Shuwayhan" of Raqqa whose consonants fold the same; "Jalawla" is Jalawla, not a village "Jala". So where
the chosen reading is spelled loosely (vowel ratio at most LOOSE_SPELLING, its letters unlike the mention's)
and a candidate of Syria or Iraq is spelled as written, that candidate wins, the best ranked of them. Only the
ranker's own pick is overruled: a mention the text ties to a container keeps the container's reading, and a
reading another rule gave (the longer name a short mention opens, the container of a list) stands.

bracketed-other-name. "Ras al-Ain (Sere Kaniye)", "Zirgan (Abu Rasin)": the brackets give the other name
(Kurdish, Arabic, old or new) of one place. Where one of the two is read as written and the other has no
candidate spelled as written, the other is read as the first one's place. Two names that one place bears are already
joined in geoparser.py; this covers a name the gazetteer lacks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.places.constraints import CORE_COUNTRIES
from marsad.places.scoring import _letters_alike, _span_key
from marsad.types import Candidate, Resolution

RULE = "spelled-as-written"
BRACKET_RULE = "bracketed-other-name"
LOOSE_SPELLING = 0.8  # a chosen reading spelled at most this like the mention is a likeness, not the name
LOOSE_LETTERS = 0.75  # ... and its letters (before the key folds them) differ this much
WRITTEN_SPELLING = 0.95  # a candidate spelled at least this like the mention is the name as written
WRITTEN_LETTERS = 0.9
_BRACKET = re.compile(r"\s*\(\s*")
# A container in brackets ("Koya (Erbil)") is no other name: the governorate and district words say so.
_NOT_OTHER_NAME_CODES = frozenset({"ADM1", "ADM2", "ADM3", "PCLI"})


def _loose(mention: str, cand: Candidate, spelling: Callable[[str, Candidate], float]) -> bool:
    return spelling(mention, cand) <= LOOSE_SPELLING and _letters_alike(mention, cand.matched_name) < LOOSE_LETTERS


def _as_written(mention: str, cand: Candidate, spelling: Callable[[str, Candidate], float]) -> bool:
    return (spelling(mention, cand) >= WRITTEN_SPELLING
            and _letters_alike(mention, cand.matched_name) >= WRITTEN_LETTERS)


def spelled_as_written(mention: str, resolution: Resolution,
                       spelling: Callable[[str, Candidate], float]) -> Resolution:
    """The resolution with a candidate of Syria or Iraq spelled as written chosen over a loose likeness."""
    chosen = resolution.chosen
    if chosen is None or not _loose(mention, chosen, spelling):
        return resolution
    if not resolution.candidates or resolution.candidates[0].place.geonameid != chosen.place.geonameid:
        return resolution  # a later rule's reading (a short form's longer name, a list's container) stands
    written = [c for c in resolution.candidates
               if c.place.country_code in CORE_COUNTRIES and _as_written(mention, c, spelling)]
    if not written:
        return resolution
    return Resolution(chosen=written[0], score=resolution.score, candidates=resolution.candidates, rule=RULE)


def bracketed_pairs(text: str, starts_ends: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Indexes (i, i+1) of mentions written "X (Y)": Y alone inside the brackets."""
    pairs = []
    for i in range(len(starts_ends) - 1):
        (_, first_end), (second_start, second_end) = starts_ends[i], starts_ends[i + 1]
        if _BRACKET.fullmatch(text[first_end:second_start]) and text[second_end:].lstrip().startswith(")"):
            pairs.append((i, i + 1))
    return pairs


def other_name(mention: str, resolution: Resolution, other_mention: str, other: Resolution,
               spelling: Callable[[str, Candidate], float]) -> Resolution:
    """`mention`'s resolution read as the place of its bracketed partner, when the partner is read as written
    and the mention only loosely (or not at all)."""
    partner = other.chosen
    if partner is None or (partner.place.feature_code or "") in _NOT_OTHER_NAME_CODES:
        return resolution
    # the partner's vowels as written ("Ras al-Ain" is GeoNames' "Ra's al 'Ayn"; its letters may differ a little)
    if partner.place.country_code not in CORE_COUNTRIES or spelling(other_mention, partner) < WRITTEN_SPELLING:
        return resolution
    if any(_as_written(mention, c, spelling) for c in resolution.candidates):
        return resolution  # a place of its own name: two places side by side, or a name and its container
    moved = Candidate(place=partner.place, matched_name=partner.matched_name, method=partner.method,
                      score=partner.score)
    return Resolution(chosen=moved, score=resolution.score, candidates=resolution.candidates, rule=BRACKET_RULE)


def read_as_written(text: str, spans: list, by_key: dict[str, Resolution], held: set[str],
                    spelling: Callable[[str, Candidate], float]) -> dict[str, Resolution]:
    """Both rules over a report's mentions (`by_key`: span key -> resolution, as geoparser.py keeps them); a
    mention whose key is `held` by a container the text ties it to is left as the container read it."""
    out = dict(by_key)
    for span in spans:
        key = _span_key(span)
        if key not in held:
            out[key] = spelled_as_written(span.text, out[key], spelling)
    for first, second in bracketed_pairs(text, [(s.start, s.end) for s in spans]):
        a, b = spans[first], spans[second]
        ka, kb = _span_key(a), _span_key(b)
        if ka == kb:
            continue
        if kb not in held:
            out[kb] = other_name(b.text, out[kb], a.text, out[ka], spelling)
        if ka not in held:
            out[ka] = other_name(a.text, out[ka], b.text, out[kb], spelling)
    return out
