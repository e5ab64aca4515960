"""Ingestion from files: every format, every kind of bad input, encodings, normalisation, URLs, dates."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from ingest_texts import BORDER, CYRILLIC, PROTEST, RATES, SEIZURE
from tocsin.errors import InputError
from tocsin.ingest import canonical_url, normalise_article, read_source
from tocsin.ingest.dates import DateError, parse_pub_date
from tocsin.ingest.text import decode_bytes, normalise_text, truncate_at_sentence
from tocsin.types import Article, SourceProblem


def read_all(spec, settings):
    items = list(read_source(str(spec), settings))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, SourceProblem)]
    return articles, problems


def write_jsonl(path: Path, records) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- formats


def test_txt_title_is_a_short_first_line(tmp_path, settings):
    path = tmp_path / "tbilisi.txt"
    path.write_text("Dozens detained at Tbilisi rally\n\n" + PROTEST + "\n", encoding="utf-8")
    (article,), problems = read_all(path, settings)
    assert problems == []
    assert article.title == "Dozens detained at Tbilisi rally"
    assert article.text == PROTEST
    assert article.origin == str(path)
    assert len(article.id) == 20 and len(article.content_hash) == 64


def test_txt_first_sentence_is_not_a_title(tmp_path, settings):
    path = tmp_path / "plain.txt"
    path.write_text(SEIZURE + "\n" + RATES, encoding="utf-8")
    (article,), _ = read_all(path, settings)
    assert article.title == ""
    assert article.text.startswith("Customs officers")


def test_html_main_text_and_title(tmp_path, settings):
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in BORDER.split(". "))
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Clash on the Kyrgyz-Tajik border</title></head>"
        "<body><nav><a href='/'>Home</a> | <a href='/asia'>Asia</a> | <a href='/sport'>Sport</a></nav>"
        f"<article><h1>Clash on the Kyrgyz-Tajik border</h1>{paragraphs}</article>"
        "<footer>Subscribe to our newsletter. Copyright Example Media.</footer><script>track()</script></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(html, encoding="utf-8")
    (article,), problems = read_all(path, settings)
    assert problems == []
    assert article.title == "Clash on the Kyrgyz-Tajik border"
    assert "exchanged fire" in article.text and "Isfana" in article.text
    assert "newsletter" not in article.text and "track()" not in article.text and "Sport" not in article.text


def test_jsonl_fields_and_generated_id(tmp_path, settings):
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        [
            {"id": "w-1", "text": PROTEST, "title": "Tbilisi rally", "pub_date": "2024-04-30",
             "url": "https://News.example.org/a/1?utm_source=rss", "source": "Example Wire", "lang": "EN"},
            {"text": SEIZURE, "url": "https://news.example.org/a/2/"},
        ],
    )
    (first, second), problems = read_all(path, settings)
    assert problems == []
    assert (first.id, first.title, first.pub_date, first.source, first.lang) == (
        "w-1", "Tbilisi rally", dt.date(2024, 4, 30), "Example Wire", "en")
    assert first.canonical_url == "https://news.example.org/a/1"
    assert first.origin == f"{path}:1"
    assert second.id and second.canonical_url == "https://news.example.org/a/2"
    # the generated id is stable: same record -> same id
    (_, again), _ = read_all(path, settings)
    assert again.id == second.id


def test_json_list(tmp_path, settings):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "j1", "text": RATES}, {"id": "j2", "title": "no text"}, {"id": "j3", "text": SEIZURE}]), encoding="utf-8")
    articles, problems = read_all(path, settings)
    assert [a.id for a in articles] == ["j1", "j3"]
    assert len(problems) == 1 and "item 2" in problems[0].message and "text" in problems[0].message


def test_csv_with_header_and_bad_rows(tmp_path, settings):
    path = tmp_path / "wire.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "text", "pub_date", "source"])
        writer.writerow(["c1", "Rates", RATES, "2024-05-10", "Example"])
        writer.writerow(["c2", "Empty", "   ", "2024-05-10", "Example"])
        writer.writerow(["c3", "Heroin seizure", SEIZURE, "10 May 2024", "Example"])
    articles, problems = read_all(path, settings)
    assert [a.id for a in articles] == ["c1", "c3"]
    assert articles[1].pub_date == dt.date(2024, 5, 10)
    assert problems == [SourceProblem(str(path), 3, "empty text")]


def test_csv_without_text_column_is_unusable(tmp_path, settings):
    path = tmp_path / "bad.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        read_all(path, settings)


def test_directory_recursive_sorted_skips_hidden(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text(SEIZURE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(RATES, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(PROTEST, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(PROTEST, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    (tmp_path / "b" / "broken.jsonl").write_text('{"id": 1, "text": "x"\n', encoding="utf-8")
    articles, problems = read_all(tmp_path, settings)
    assert [Path(a.origin).name for a in articles] == ["a.txt", "two.txt"]
    assert len(problems) == 1 and problems[0].source.endswith("broken.jsonl") and problems[0].line == 1


# ---------------------------------------------------------------- bad input


def test_jsonl_bad_lines_are_problems_and_good_lines_kept(tmp_path, settings):
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            {"id": "ok-1", "text": PROTEST},
            "{this is not json",
            {"id": "no-text", "title": "headline only"},
            {"id": "empty", "text": " \u00a0\n\t "},
            {"id": "wrong-type", "text": ["a", "list"]},
            "[1, 2]",
            {"id": "bad-date", "text": RATES, "pub_date": "the day after tomorrow-ish"},
            {"id": "ok-2", "text": SEIZURE},
        ],
    )
    articles, problems = read_all(path, settings)
    assert [a.id for a in articles] == ["ok-1", "bad-date", "ok-2"]
    assert articles[1].pub_date is None
    by_line = {p.line: p.message for p in problems}
    assert set(by_line) == {2, 3, 4, 5, 6, 7}
    assert "not valid JSON" in by_line[2]
    assert "no 'text'" in by_line[3]
    assert by_line[4] == "empty text"
    assert "must be a string" in by_line[5]
    assert "expected a JSON object" in by_line[6]
    assert "pub_date" in by_line[7] and "kept" in by_line[7]
    assert all(p.source == str(path) for p in problems)


def test_missing_file(tmp_path, settings):
    with pytest.raises(InputError, match="no such file"):
        read_all(tmp_path / "nope.jsonl", settings)


def test_unreadable_file_is_a_clear_error(tmp_path, settings):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="cannot read file") as info:
        read_all(link, settings)
    assert info.value.source == str(link)
    folder_named_like_a_file = tmp_path / "looks.jsonl"
    folder_named_like_a_file.mkdir()
    # a directory is read as a directory (nothing inside), not as a broken file
    assert read_all(folder_named_like_a_file, settings) == ([], [])
    if os.geteuid() != 0:  # root reads mode-000 files, so only check permissions as a normal user
        locked = tmp_path / "locked.txt"
        locked.write_text(RATES, encoding="utf-8")
        locked.chmod(0)
        with pytest.raises(InputError, match="cannot read file"):
            read_all(locked, settings)


def test_binary_file(tmp_path, settings):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary"):
        read_all(path, settings)


def test_binary_file_in_directory_does_not_stop_the_others(tmp_path, settings):
    (tmp_path / "1.txt").write_text(PROTEST, encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
    (tmp_path / "3.txt").write_text(RATES, encoding="utf-8")
    articles, problems = read_all(tmp_path, settings)
    assert len(articles) == 2
    assert len(problems) == 1 and problems[0].source.endswith("2.txt") and "binary" in problems[0].message


def test_empty_text_file(tmp_path, settings):
    path = tmp_path / "empty.txt"
    path.write_text("\n  \u200b \n", encoding="utf-8")
    articles, problems = read_all(path, settings)
    assert articles == [] and problems == [SourceProblem(str(path), None, "empty text")]


def test_five_megabyte_text_is_truncated_at_a_sentence_not_dropped(tmp_path, settings):
    sentence = "Officials said the talks on the border would resume next week in Osh. "
    path = write_jsonl(tmp_path / "big.jsonl", [{"id": "big", "text": sentence * (5_000_000 // len(sentence))}, {"id": "small", "text": RATES}])
    articles, problems = read_all(path, settings)
    assert [a.id for a in articles] == ["big", "small"]
    big = articles[0]
    assert len(big.text) <= settings.max_text_chars and big.text.endswith("Osh.")
    assert len(big.text) > settings.max_text_chars - len(sentence)
    assert len(problems) == 1 and problems[0].line == 1 and "truncated" in problems[0].message


def test_feed_file_that_is_html(tmp_path, settings):
    path = tmp_path / "feed.xml"
    path.write_text("<!DOCTYPE html><html><head><title>Not a feed</title></head><body><p>Hi</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="not a feed.*HTML"):
        read_all(path, settings)


def test_malformed_xml_feed_file(tmp_path, settings):
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</ti', encoding="utf-8")
    with pytest.raises(InputError, match="malformed feed XML"):
        read_all(path, settings)


def test_rss_file(tmp_path, settings):
    path = tmp_path / "feed.xml"
    path.write_text(
        f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.com/</link>
<item><title>Tbilisi rally</title><link>https://wire.example.com/tbilisi?utm_medium=rss</link>
<description>&lt;p&gt;{PROTEST}&lt;/p&gt;</description><pubDate>Tue, 30 Apr 2024 06:10:00 GMT</pubDate></item>
<item><title>No text, no link</title></item>
</channel></rss>""",
        encoding="utf-8",
    )
    articles, problems = read_all(path, settings)
    assert len(articles) == 1
    article = articles[0]
    assert (article.title, article.text, article.pub_date, article.source) == ("Tbilisi rally", PROTEST, dt.date(2024, 4, 30), "Example Wire")
    assert article.canonical_url == "https://wire.example.com/tbilisi"
    assert len(problems) == 1 and "entry 2" in problems[0].message


# ---------------------------------------------------------------- encodings and normalisation


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("cp1251", CYRILLIC),
        ("latin-1", "Le président a visité Erevan et Bakou la semaine dernière ; les négociations reprendront à Genève après l'été, a déclaré le ministère."),
        ("utf-8-sig", PROTEST),
        ("utf-16", CYRILLIC + " " + SEIZURE),
    ],
)
def test_encodings_are_detected(tmp_path, settings, encoding, text):
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    (article,), problems = read_all(path, settings)
    assert problems == []
    assert article.text == text


def test_cp1251_jsonl(tmp_path, settings):
    path = tmp_path / "ru.jsonl"
    path.write_bytes((json.dumps({"id": "ru-1", "text": CYRILLIC, "lang": "ru"}, ensure_ascii=False) + "\n").encode("cp1251"))
    (article,), _ = read_all(path, settings)
    assert article.text == CYRILLIC and article.lang == "ru"


def test_declared_charset_wins_and_wrong_label_falls_back():
    assert decode_bytes("Ереван".encode("koi8-r"), "x", declared="koi8-r") == "Ереван"
    assert decode_bytes("Ереван".encode("utf-8"), "x", declared="no-such-charset") == "Ереван"


def test_whitespace_and_unicode_normalisation():
    raw = "Police\u00a0in\u2009Tbilisi\u200b detained\t\t 20\u202fpeople.\r\n\r\n\r\n\r\nA second\u00a0\u00a0paragraph\x07 here.  \u2028Third line\ufeff."
    assert normalise_text(raw) == "Police in Tbilisi detained 20 people.\n\nA second paragraph here.\nThird line."
    assert normalise_text("Cafe\u0301") == "Café"  # NFC


def test_nbsp_normalised_in_read_articles(tmp_path, settings):
    path = write_jsonl(tmp_path / "nbsp.jsonl", [{"id": "n", "title": "Rates\u00a0held", "text": RATES.replace(" ", "\u00a0", 5)}])
    (article,), _ = read_all(path, settings)
    assert "\u00a0" not in article.text and article.text == RATES and article.title == "Rates held"


def test_truncate_at_sentence():
    text = "One sentence here. Another one follows! And a third? " * 50
    cut = truncate_at_sentence(text, 1000)
    assert len(cut) <= 1000 and cut[-1] in ".!?"
    assert truncate_at_sentence("short.", 1000) == "short."


def test_normalise_article_fills_hash_url_id(settings):
    article = normalise_article(Article(id="", text="  Text\u00a0here.  ", url="HTTP://Example.com/x/?b=2&a=1#frag"), settings)
    assert article.text == "Text here."
    assert article.canonical_url == "http://example.com/x?a=1&b=2"
    assert article.id and article.content_hash
    same_url = normalise_article(Article(id="", text="Other text.", url="http://example.com/x?a=1&b=2&utm_campaign=z"), settings)
    assert same_url.id == article.id  # id from the canonical URL


# ---------------------------------------------------------------- URLs and dates


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTPS://News.Example.COM/World/Story/", "https://news.example.com/World/Story"),
        ("https://example.com/a?utm_source=x&utm_medium=rss&id=7#comments", "https://example.com/a?id=7"),
        ("https://example.com/a?z=1&fbclid=abc&a=2&gclid=q", "https://example.com/a?a=2&z=1"),
        ("http://example.com:80/p", "http://example.com/p"),
        ("https://example.com:8443/p", "https://example.com:8443/p"),
        ("https://example.com/", "https://example.com"),
        ("", ""),
        ("mailto:desk@example.com", ""),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-12", dt.date(2024, 3, 12)),
        ("2024-03-12T23:10:00Z", dt.date(2024, 3, 12)),
        ("12 March 2024", dt.date(2024, 3, 12)),
        ("March 12, 2024", dt.date(2024, 3, 12)),
        ("Tue, 12 Mar 2024 10:00:00 GMT", dt.date(2024, 3, 12)),
        ("12.03.2024", dt.date(2024, 3, 12)),
        ("", None),
        (None, None),
    ],
)
def test_pub_dates(value, expected):
    assert parse_pub_date(value) == expected


@pytest.mark.parametrize("value", ["2024-13-45", "soon", "1066-10-14", 20240312])
def test_bad_pub_dates(value):
    with pytest.raises(DateError):
        parse_pub_date(value)
