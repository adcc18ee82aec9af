"""Personal names that share words with villages: "Civilian Raji al-Naasan was wounded" names no village.

Arabic and Kurdish names are made of words that also name villages: a given name, a father's name, a
family name with its article ("Hussam al-Tahan", "Abbas Dinar al-Shuwayli", "Abu Bakr al-Baghdadi").
The signs of news English that a capitalised run names a person (word lists in lexicon.yaml):
- a title or role before it: "civilian X", "commander X", "Dr X" (`person_cues`, read in other_names.py);
- a role in apposition after it: "X, the spokesman of ...", "X, a resident of ...", "X was a leader";
- a verb of speech: "said X", "X Y said", "X Y told reporters";
- the shape of a full name: given name(s), then a family name with a hyphenated article ("Raji al-Naasan"),
  of which the gazetteer knows only a part;
- a public figure's family name alone ("Assad forces", "Barzani said");
- a word of a name the report has already used for a person ("Al-Nassan was a former leader").
A locative word before the run ("in", "near", "village of") or a feature word after it ("X village") wins
over all of them: "in al-Naasan village" is a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.places.tokens import Token, adjacent, cue_before, is_name_word, lexicon

_MAX_RUN = 6
# Relations of a cue before a name that say a place follows ("in X", "village of X", "near X").
_LOCATIVE = frozenset({"in", "from", "to", "near", "between", "countryside", "outskirts", "desert", "province"})
_LOCATIVE |= frozenset({"city", "town", "village", "area", "district"})
# "X, the internal security chief", "X, a local activist", "X was a former leader": a role within 4 words.
_WORD = r"(?!(?:the|a|an)\b)[\w’'-]+\s+"  # a word between the article and the role, itself no article
_BARE_WORD = r"(?![\w’'-]*(?:ing|ed)\b)[\w’'-]+\s+"  # "X, deputy governor"; not "X, killing one member"
_APPOSITION = rf"^\s*,\s*(?:(?:the|a|an|his|her|their|its)\s+(?:{_WORD}){{{{0,3}}}}|(?:{_BARE_WORD})?)(?:{{roles}})\b"
_COPULA = rf"^\s+(?:was|is|had\s+been|has\s+been)\s+(?:the|a|an)\s+(?:{_WORD}){{{{0,3}}}}(?:{{roles}})\b"
_HYPHENATED_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et", "ez"})


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str], ...]:
    roles = "|".join(sorted(_words()["person_roles"], key=len, reverse=True))
    return tuple(re.compile(pattern.format(roles=roles), re.I) for pattern in (_APPOSITION, _COPULA))


@lru_cache(maxsize=1)
def _kin_apposition() -> re.Pattern[str]:
    """The kin-group noun, perhaps with its tribe ("families of the Baggara tribe"), a comma, and the names of a
    list told so far ("Al-Hamad and "), ending where the run read starts (words: `kin_group_words`)."""
    kin = "|".join(sorted(lexicon().get("kin_group_words", []), key=len, reverse=True))
    name = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    listed = rf"(?:{name}\s*(?:,\s*(?:and\s+)?|and\s+))*"
    return re.compile(rf"\b(?:{kin})(?:\s+of\s+the\s+{name}\s+(?:{kin}))?\s*,\s*{listed}$")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    lex = lexicon()
    keys = ("person_roles", "speech_verbs", "public_figures", "never_place_words")
    return {key: frozenset(lex.get(key, [])) for key in keys}


def name_form(word: str) -> str:
    """A name word as compared within one report: lower case, no article, doubled letters single
    ("al-Naasan" and "Al-Nassan" are one family name)."""
    word = re.sub(r"^(?:al|el)[-\s]", "", word.lower().replace("’", "'"))
    return re.sub(r"(.)\1+", r"\1", word)


class PersonNames:
    """Reads the capitalised runs of one text for the signs of a personal name; remembers the names found,
    so that a later mention of the family name alone is read as the person too."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.seen: set[str] = set()

    def run(self, i: int, j: int) -> tuple[int, int]:
        """The whole capitalised name run around tokens i..j (through hyphenated articles: "Raji al-Naasan")."""
        tokens, text, stop = self.tokens, self.text, lexicon()["stopwords"] | lexicon()["person_cues"]
        start = i
        while start > 0 and i - start < _MAX_RUN and adjacent(text, tokens[start - 1], tokens[start]):
            left = tokens[start - 1]
            if not is_name_word(left) or left.lower in stop:
                break
            start -= 1
        end = j
        while end < len(tokens) and end - j < _MAX_RUN and adjacent(text, tokens[end - 1], tokens[end]):
            word = tokens[end]
            if is_name_word(word) and word.lower not in stop:
                end += 1
            elif self._article_of_next(end):
                end += 2
            else:
                break
        return start, end

    def _article_of_next(self, k: int) -> bool:
        """ "al-" in "Raji al-Naasan": an article joined by a hyphen to the name word after it."""
        tokens = self.tokens
        return (
            k + 1 < len(tokens)
            and tokens[k].lower in _HYPHENATED_ARTICLES
            and self.text[tokens[k].end : tokens[k + 1].start] == "-"
            and is_name_word(tokens[k + 1])
        )

    def names_person(self, i: int, j: int) -> bool:
        """True when the matched tokens i..j are (part of) a personal name or an organisation's name."""
        start, end = self.run(i, j)
        after = self.tokens[end].lower if end < len(self.tokens) else ""
        lex = lexicon()
        if after in lex["cues_after"] or after in lex["feature_words"]:
            return False  # "Dinar village", "al-Naasan town"
        if self._public_figure(i, j, end) or any(
            t.lower in _words()["never_place_words"] for t in self.tokens[start:end]
        ):
            return True
        if self._placed(start):
            return False
        if self._kin_group_named(start):
            return True
        found = (
            self._role_after(end)
            or self._speech(start, end)
            or self._full_name_shape(start, end, i, j)
            or (j - i <= 2 and name_form(self.text[self.tokens[i].start : self.tokens[j - 1].end]) in self.seen)
        )
        if found:
            self._remember(start, end)
        return found

    def _placed(self, start: int) -> bool:
        """A locative word before the run: "in al-Naasan", "village of Dinar", "Raqqa province's al-Karama"."""
        relation, _direction, _cue = cue_before(self.tokens, start)
        if relation in _LOCATIVE:
            return True
        return start > 0 and self.text[self.tokens[start - 1].end : self.tokens[start].start].strip() in ("’s", "'s")

    def _kin_group_named(self, start: int) -> bool:
        """ "a clash between two families of the tribe, Al-Hamad and Al-Dandal, in X": names in apposition to
        families, clans or tribes (a list of them after the comma) are the kin groups' names, not villages."""
        before = self.text[max(0, self.tokens[start].start - 120) : self.tokens[start].start]
        return _kin_apposition().search(before) is not None

    def _public_figure(self, i: int, j: int, end: int) -> bool:
        """ "Assad forces", "in Assad's prisons", "Barzani said": a public figure's family name alone,
        unless a locative word puts a place of that name there ("in Barzan")."""
        if j - i > 2 or name_form(self.text[self.tokens[i].start : self.tokens[j - 1].end]) not in self._figures():
            return False
        # "Assad forces" (a noun after it), not "near Al-Baghdadi on Monday" (a preposition: `place_followers`)
        followed_by_noun = end < len(self.tokens) and self.tokens[end].text.islower() \
            and adjacent(self.text, self.tokens[end - 1], self.tokens[end]) \
            and self.tokens[end].lower not in lexicon()["place_followers"]  # "Al-Baghdadi, about 8 km" neither
        return followed_by_noun or not self._placed(i)

    def _role_after(self, end: int) -> bool:
        if end >= len(self.tokens):
            return False
        rest = self.text[self.tokens[end - 1].end : self.tokens[end - 1].end + 80]
        return any(pattern.match(rest) for pattern in _role_patterns())

    def _speech(self, start: int, end: int) -> bool:
        """ "said X", "X Y said", "X Y, ..., told": a speech verb before the name, or after a full name."""
        verbs = _words()["speech_verbs"]
        if start > 0 and self.tokens[start - 1].lower in verbs:
            return True
        return (
            end - start >= 2
            and end < len(self.tokens)
            and self.tokens[end].lower in verbs
            and self.text[self.tokens[end - 1].end : self.tokens[end].start].strip() == ""
        )

    def _full_name_shape(self, start: int, end: int, i: int, j: int) -> bool:
        """Given name(s) and a family name with a hyphenated article ("Hussam al-Tahan"), of which the
        gazetteer knows a part only: a place's full name would be a key of its own."""
        if end - start < 3 or (start == i and end == j):
            return False
        return self._article_of_next(end - 2) and is_name_word(self.tokens[start])

    @staticmethod
    @lru_cache(maxsize=1)
    def _figures() -> frozenset[str]:
        return frozenset(name_form(name) for name in _words()["public_figures"])

    def _remember(self, start: int, end: int) -> None:
        for token in self.tokens[start:end]:
            if is_name_word(token) and token.lower not in _HYPHENATED_ARTICLES and len(token.text) > 2:
                self.seen.add(name_form(token.text))
