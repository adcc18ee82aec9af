from __future__ import annotations

from datetime import date

from marsad.ingest import read_reports

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="{charset}">
<title>Hasakah | Turkish drone strikes car near Tal Tamr • The Syrian Observatory For Human Rights</title>
<meta property="article:published_time" content="2024-04-09T18:20:00+03:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About us</a></li></ul></nav>
<article>
<h1>Hasakah | Turkish drone strikes car near Tal Tamr</h1>
<p>Hasakah Province – SOHR: A Turkish drone struck a car on the road between Tal Tamr and Al-Darbasiyah this
afternoon, killing two members of the Asayish forces and injuring a civilian who was passing by.</p>
<p>Yesterday, Turkish forces and their proxy factions shelled Um Al-Kaif and Al-Dardara villages with heavy
artillery, causing material damage to homes, according to SOHR activists in the area of Tal Tamr.</p>
<p>{extra}</p>
</article>
<footer><p>Subscribe to our newsletter.</p><p>Copyright 2023 All rights reserved | Privacy policy</p></footer>
</body></html>
"""


def test_html_page_main_text_title_date_and_source(tmp_path, errors):
    path = tmp_path / "tal-tamr.html"
    path.write_text(PAGE.format(charset="utf-8", extra="SOHR documented 30 drone strikes since January."),
                    encoding="utf-8")
    (report,) = read_reports([path], on_error=errors)
    assert errors == []
    assert report.doc_id == "tal-tamr"
    assert report.title == "Hasakah | Turkish drone strikes car near Tal Tamr"
    assert report.published == date(2024, 4, 9)
    assert report.source == "Syrian Observatory for Human Rights"
    assert (report.dateline_place, report.dateline_source) == ("Hasakah", "SOHR")
    assert report.text.startswith(
        "Hasakah | Turkish drone strikes car near Tal Tamr\n\nHasakah Province – SOHR: A Turkish drone struck"
    )
    assert "Um Al-Kaif" in report.text
    for boilerplate in ("About us", "newsletter", "Privacy policy", "Copyright"):
        assert boilerplate not in report.text


def test_html_in_a_declared_legacy_charset(tmp_path):
    path = tmp_path / "legacy.htm"
    page = PAGE.format(charset="windows-1256", extra="قصف مدفعي على قرية أم الكيف")
    path.write_bytes(page.encode("cp1256"))
    (report,) = read_reports([path])
    assert "قصف مدفعي" in report.text


def test_html_without_article_text(tmp_path, errors):
    path = tmp_path / "menu.html"
    page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    path.write_text(page, encoding="utf-8")
    assert list(read_reports([path], on_error=errors)) == []
    assert errors == [(str(path), "no article text found in the HTML page")]


def test_html_without_a_stated_date_has_no_published(tmp_path):
    path = tmp_path / "undated.html"
    page = PAGE.format(charset="utf-8", extra="").replace(
        '<meta property="article:published_time" content="2024-04-09T18:20:00+03:00">', ""
    )
    path.write_text(page, encoding="utf-8")
    (report,) = read_reports([path])
    assert report.published is None  # not guessed from "Copyright 2023"
