from __future__ import annotations

from datetime import date

from marsad.ingest import read_reports, safe_doc_id

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>North Press Agency</title>
  <link>https://example.org/</link>
  <item>
    <title>Drone strike kills two near Qamishli</title>
    <link>https://example.org/news/drone-qamishli/</link>
    <guid>https://example.org/?p=77</guid>
    <pubDate>Tue, 02 Apr 2024 00:30:00 +0300</pubDate>
    <content:encoded><![CDATA[<p>QAMISHLI – A Turkish drone struck a car near the village of
    Tal Ma&#8217;arouf, killing two people.</p>
    <p>On Monday, the Asayish arrested <b>four</b> men in Qamishli.</p>
    <script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Protest in Amuda</title>
    <link>https://example.org/news/amuda-protest/</link>
    <description>&lt;p&gt;Residents of Amuda protested today against fuel prices.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Photo gallery</title>
    <link>https://example.org/gallery/</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Field reports</title>
  <entry>
    <title>Clashes in Dhiban</title>
    <id>tag:example.org,2024:dhiban/1</id>
    <updated>2024-05-01T23:10:00+03:00</updated>
    <summary type="html">&lt;p&gt;Deir Ezzor: Clashes erupted between the SDF and clan gunmen in Dhiban,
    killing three.&lt;/p&gt;</summary>
  </entry>
</feed>
"""


def test_rss_feed_file(tmp_path, errors):
    path = tmp_path / "north.rss"
    path.write_text(RSS, encoding="utf-8")
    reports = list(read_reports([path], on_error=errors))
    assert [r.doc_id for r in reports] == ["example.org-p-77", "example.org-news-amuda-protest"]
    first, second = reports
    assert first.title == "Drone strike kills two near Qamishli"
    # The day as the publisher wrote it, not shifted to UTC (which would be 1 April).
    assert first.published == date(2024, 4, 2)
    assert first.source == "North Press Agency"
    assert first.url == "https://example.org/news/drone-qamishli/"
    assert first.dateline_place == "Qamishli"
    assert first.text.startswith("Drone strike kills two near Qamishli\n\nQAMISHLI – A Turkish drone")
    assert "village of Tal Ma’arouf, killing" in first.text and "arrested four men" in first.text
    assert "track()" not in first.text and "<p>" not in first.text
    assert "\n\nOn Monday" in first.text  # paragraphs kept apart
    assert second.published is None
    assert second.text == "Protest in Amuda\n\nResidents of Amuda protested today against fuel prices."
    assert errors == [(f"{path}#3", "feed entry has a title but no text")]


def test_atom_feed_sniffed_from_an_unknown_extension(tmp_path):
    path = tmp_path / "reports.feed"
    path.write_text(ATOM, encoding="utf-8")
    (report,) = read_reports([path])
    assert report.doc_id == "tag-example.org-2024-dhiban-1"
    assert report.published == date(2024, 5, 1)
    assert report.source == "Field reports"
    assert report.dateline_place == "Deir Ezzor"


def test_xml_that_is_not_a_feed(tmp_path, errors):
    path = tmp_path / "config.xml"
    path.write_text("<?xml version='1.0'?><config><item>1</item></config>", encoding="utf-8")
    assert list(read_reports([path], on_error=errors)) == []
    assert errors[0][0] == str(path) and errors[0][1].startswith("not an RSS/Atom feed")


def test_safe_doc_id_is_stable_and_filesystem_safe():
    long_link = "https://example.org/" + "very-long-path/" * 20
    ident = safe_doc_id(long_link)
    assert ident == safe_doc_id(long_link) and len(ident) <= 80
    assert all(c.isalnum() or c in "._-" for c in ident)
    assert safe_doc_id("https://www.syriahr.com/en/231248/") == "www.syriahr.com-en-231248"
