"""Encodings: one mixed Arabic/English report saved in each encoding a monitor's tools produce reads to the
same text, and every evidence span the pipeline finds (places, actors, events) points at its own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ingest import read_reports

# Invented, SOHR style; Arabic before every English name, so an offset counted in bytes or in UTF-16 code
# units would land on the wrong words. Only characters Windows-1256 can hold (the en dash is 0x96 there).
MIXED_REPORT = (
    "قصف على جبل الزاوية | Shelling on Jabal Al-Zawiya\r\n"
    "\r\n"
    "Idlib Province – المرصد السوري لحقوق الإنسان: قوات النظام قصفت قرية كنصفرة. Regime forces shelled "
    "Kansafra village at dawn today, killing a shepherd and injuring two children. "
    "وقال المرصد إن الاشتباكات استمرت. Hayat Tahrir Al-Sham fighters clashed with regime forces near "
    "Al Bara, leaving two soldiers dead.\r\n"
)
ENCODINGS = {
    "utf-8": MIXED_REPORT.encode("utf-8"),
    "utf-8 with BOM": MIXED_REPORT.encode("utf-8-sig"),
    "utf-16 LE with BOM": b"\xff\xfe" + MIXED_REPORT.encode("utf-16-le"),
    "utf-16 BE with BOM": b"\xfe\xff" + MIXED_REPORT.encode("utf-16-be"),
    "windows-1256": MIXED_REPORT.encode("cp1256"),
}


@pytest.fixture(scope="module")
def pipeline(small_gazetteer):
    from marsad.nlp.pipeline import Pipeline

    return Pipeline(gazetteer_path=small_gazetteer)


def _read(tmp_path: Path, data: bytes):
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    (report,) = read_reports([path])
    return report


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_input_each_encoding_reads_to_the_same_text(tmp_path, encoding):
    report = _read(tmp_path, ENCODINGS[encoding])
    assert report.text == MIXED_REPORT.replace("\r\n", "\n")
    assert report.dateline_place == "Idlib"


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_input_evidence_spans_point_at_their_words_in_every_encoding(tmp_path, pipeline, encoding):
    report = _read(tmp_path, ENCODINGS[encoding])
    (doc,) = pipeline.analyse([report])
    spans = [*(doc._.places or []), *(doc._.actors or [])]
    spans += [evidence for event in doc._.events or [] for evidence in event.evidence]
    spans += [evidence for actor in doc._.actors or [] for evidence in actor.evidence]
    assert {"Kansafra", "Al Bara"} <= {place.text for place in doc._.places}
    assert doc._.events, "the shelling and the clash give events"
    for span in spans:
        assert report.text[span.start:span.end] == span.text, (type(span).__name__, span.start, span.text)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe" + "حلب".encode("utf-16-le") + b"\x00", "broken UTF-16 text"),
        ("Über die Straße: façade, naïve résumé, Göttingen".encode("cp1252"), "not UTF-8 text"),
        ("Granaten trafen die Straße nördlich der Stadt, sagte die Beobachtungsstelle".encode("cp1252"),
         "not UTF-8 text"),
        (b"\x00\x01\x02\x03" * 50, "binary file, not a report"),
    ],
)
def test_input_undecodable_bytes_are_refused_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=f"bad.txt: {reason}"):
        list(read_reports([path]))
