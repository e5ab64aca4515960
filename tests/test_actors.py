"""Actor dictionary and recognition, with the real spaCy model."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import actor_mentions as mentions
from tocsin.actors import ActorDictionary, StoryActors
from tocsin.errors import TaxonomyError


# ---- data coverage ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("Kirgizia", "KGZ"), ("Kirghizia", "KGZ"), ("Kyrgyz Republic", "KGZ"), ("Kyrgyz", "KGZ"), ("Kirghiz", "KGZ"),
    ("Bishkek", "KGZ"), ("Tadjikistan", "TJK"), ("Tadjik", "TJK"), ("Dushanbe", "TJK"), ("Byelorussia", "BLR"),
    ("Belorussia", "BLR"), ("Belarussian", "BLR"), ("Minsk", "BLR"), ("Moldavia", "MDA"), ("Chisinau", "MDA"),
    ("Moscow", "RUS"), ("the Kremlin", "RUS"), ("Russian Federation", "RUS"), ("Britain", "GBR"), ("UK", "GBR"),
    ("Downing Street", "GBR"), ("US", "USA"), ("U.S.", "USA"), ("America", "USA"), ("the White House", "USA"),
    ("Washington", "USA"), ("Burma", "MMR"), ("Nur-Sultan", "KAZ"), ("Astana", "KAZ"), ("Ak Orda", "KAZ"),
    ("Kazakhstani", "KAZ"), ("Tashkent", "UZB"), ("Ashgabat", "TKM"), ("Turkmen", "TKM"), ("Yerevan", "ARM"),
    ("Baku", "AZE"), ("Azeri", "AZE"), ("Tbilisi", "GEO"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Kabul", "AFG"),
    ("Afghan", "AFG"), ("Tehran", "IRN"), ("Beijing", "CHN"), ("Ankara", "TUR"), ("Turkish", "TUR"),
    ("Brussels", "EUR"), ("Kosovo", "KOS"), ("Palestine", "PSE"), ("Taiwan", "TWN"), ("Hong Kong", "HKG"),
    ("Afghans", "AFG"), ("RUSSIA", "RUS"),
])
def test_country_code_variants(actors, text, code):
    assert actors.country_code(text) == code


def test_every_iso_country_is_in_the_dictionary(actors):
    import pycountry

    missing = [c.alpha_3 for c in pycountry.countries if actors.country_code(c.alpha_3) is None
               and not any(t.code == c.alpha_3 for terms in actors.index.exact.values() for t in terms
                           if t.kind == "country")]
    assert missing == []


def test_lower_case_words_are_not_countries(actors, nlp):
    assert actors.country_code("turkey") is None and actors.country_code("china") is None
    found = mentions(actors, nlp, "They ate turkey on china plates; chad and jordan are names here.")
    assert [m for m in found if m[2] in ("TUR", "CHN", "TCD", "JOR")] == []


@pytest.mark.parametrize("text,code,sector", [
    ("The CSTO met.", "IGO", ""), ("The Collective Security Treaty Organization met.", "IGO", ""),
    ("The CIS met.", "IGO", ""), ("The SCO met.", "IGO", ""), ("The EAEU met.", "IGO", "BUS"),
    ("The OSCE met.", "IGO", ""), ("NATO met.", "IGO", "MIL"), ("The European Union met.", "EUR", ""),
    ("The European Commission met.", "EUR", ""), ("UNHCR met.", "UNO", "REF"), ("UNICEF met.", "UNO", "SOC"),
    ("The UN Security Council met.", "UNO", ""), ("The ICRC met.", "NGO", "MED"), ("Human Rights Watch met.", "NGO", "SOC"),
    ("The IMF met.", "IGO", "BUS"), ("The Islamic State group met.", "IMG", "REB"), ("ISKP met.", "IMG", "REB"),
    ("Hizb ut-Tahrir met.", "IMG", "REL"), ("The FSB met.", "RUS", "SPY"), ("Rosgvardia met.", "RUS", "COP"),
])
def test_organisations(actors, nlp, text, code, sector):
    found = mentions(actors, nlp, text)
    assert found and found[0][2] == code and found[0][3] == sector, found


# ---- composition ----------------------------------------------------------------------------

def test_demonym_plus_sector(actors, nlp):
    assert mentions(actors, nlp, "Kyrgyz border guards opened fire.")[0][:4] == ("Kyrgyz border guards", "sector", "KGZ", "MIL")


def test_title_and_name(actors, nlp):
    found = mentions(actors, nlp, "Armenian Foreign Minister Ararat Mirzoyan arrived.", dt.date(2023, 5, 1))
    assert found[0] == ("Armenian Foreign Minister Ararat Mirzoyan", "person", "ARM", "GOV", "Foreign Minister",
                        "Ararat Mirzoyan")


def test_possessive_ministry_and_side(actors, nlp):
    found = mentions(actors, nlp, "Russia's Defence Ministry said the Tajik side broke the truce.")
    assert found[0][:4] == ("Russia's Defence Ministry", "org", "RUS", "MIL")
    assert found[1][:4] == ("Tajik side", "sector", "TJK", "GOV")


def test_taliban_fighters_and_police(actors, nlp):
    found = mentions(actors, nlp, "Taliban fighters clashed with police in Osh.")
    assert found[0][:4] == ("Taliban fighters", "sector", "AFG", "REB")
    assert found[1][:4] == ("police", "sector", "", "COP")


def test_coordinated_modifiers(actors, nlp):
    found = mentions(actors, nlp, "Kyrgyz and Tajik border guards exchanged fire.")
    assert [(m[2], m[3]) for m in found] == [("KGZ", "MIL"), ("TJK", "MIL")]
    found = mentions(actors, nlp, "Russia and Belarus signed a treaty.")
    assert [(m[0], m[2]) for m in found] == [("Russia", "RUS"), ("Belarus", "BLR")]


def test_capital_metonymy(actors, nlp):
    found = mentions(actors, nlp, "Moscow said the Kremlin would respond, and Dushanbe agreed.")
    assert [(m[1], m[2], m[3]) for m in found] == [("capital", "RUS", "GOV"), ("capital", "RUS", "GOV"),
                                                    ("capital", "TJK", "GOV")]


def test_passive_agent_phrase(actors, nlp):
    found = mentions(actors, nlp, "Twelve people were detained by Kyrgyz police on Tuesday.")
    assert ("Kyrgyz police", "sector", "KGZ", "COP") in [m[:4] for m in found]
    assert all(not m[0].startswith("by") for m in found)


def test_person_name_not_country(actors, nlp):
    found = mentions(actors, nlp, "Georgia Smith met Michael Jordan in Tbilisi, Georgia.")
    assert [m[2] for m in found] == ["GEO", "GEO"]
    assert found[0][0] == "Tbilisi"


def test_not_actor_phrases(actors, nlp):
    assert mentions(actors, nlp, "Ships sailed in the South China Sea off New Jersey.") == []


# ---- offices, dates, memory -------------------------------------------------------------------

def test_office_resolution_by_date(actors):
    before = actors.resolve_office("KGZ", "president", dt.date(2019, 6, 1))
    after = actors.resolve_office("KGZ", "President", dt.date(2023, 6, 1))
    assert before is not None and before.identifier_text == "Sooronbay Jeenbekov"
    assert after is not None and after.identifier_text == "Sadyr Japarov"
    assert actors.resolve_office("KGZ", "President", dt.date(1980, 1, 1)) is None
    assert actors.resolve_office("RUS", "minister of foreign affairs", None).identifier_text == "Sergei Lavrov"


def test_bare_title_resolves_through_story_country(actors, nlp):
    memory = StoryActors(actors, "TJK")
    found = mentions(actors, nlp, "The president said the talks went well.", dt.date(2022, 3, 1), memory)
    assert found[0][1:] == ("person", "TJK", "GOV", "President", "Emomali Rahmon")
    # without a story country given, the country named most so far is used
    memory = StoryActors(actors)
    found = mentions(actors, nlp, "Kazakhstan held talks. The president said they went well.", dt.date(2022, 3, 1),
                     memory)
    assert found[-1][2] == "KAZ" and found[-1][5] == "Kassym-Jomart Tokayev"


def test_person_role_depends_on_date(actors, nlp):
    then = mentions(actors, nlp, "Shoigu arrived.", dt.date(2020, 1, 1))[0]
    now = mentions(actors, nlp, "Shoigu arrived.", dt.date(2025, 1, 1))[0]
    assert then[2:5] == ("RUS", "MIL", "Defence Minister")
    assert now[2:5] == ("RUS", "GOV", "Security Council Secretary")
    former = mentions(actors, nlp, "Atambayev was arrested.", dt.date(2020, 1, 1))[0]
    assert former[2:4] == ("KGZ", "ELI")


def test_transliterations(actors, nlp):
    for text in ("Rakhmon", "Japarov", "Zhaparov", "Tokaev", "Tokayev", "Mirziyoyev", "Lukashenka"):
        found = mentions(actors, nlp, f"{text} arrived in the capital.", dt.date(2023, 1, 1))
        assert found and found[0][1] == "person", text


def test_apposition_learning_and_pronoun(actors, nlp):
    memory = StoryActors(actors)
    on = dt.date(2023, 1, 1)
    first = mentions(actors, nlp, "Tajik Interior Minister Bahrom Sharifzoda visited Osh.", on, memory)
    assert first[0][1:] == ("person", "TJK", "COP", "Interior Minister", "Bahrom Sharifzoda")
    later = mentions(actors, nlp, "Sharifzoda said he was satisfied.", on, memory)
    assert later[0][0] == "Sharifzoda" and later[0][2:4] == ("TJK", "COP")
    assert later[1][:2] == ("he", "pronoun") and later[1][5] == "Bahrom Sharifzoda"


def test_apposition_after_name(actors, nlp):
    memory = StoryActors(actors)
    found = mentions(actors, nlp, "Davron Nurmatov, Uzbekistan's interior minister, said the border was calm.",
                     dt.date(2023, 1, 1), memory)
    assert found[0][1:6] == ("person", "UZB", "COP", "Interior Minister", "Davron Nurmatov")
    assert memory.lookup("Nurmatov") is not None and memory.lookup("Nurmatov").code == "UZB"


def test_pronoun_without_person_does_not_resolve(actors, nlp):
    assert mentions(actors, nlp, "He said the road was closed.", None, StoryActors(actors)) == []


def test_former_prefix(actors, nlp):
    found = mentions(actors, nlp, "The former president was detained.", dt.date(2023, 1, 1), StoryActors(actors, "KGZ"))
    assert found[0][2:5] == ("KGZ", "ELI", "President")


# ---- files ------------------------------------------------------------------------------------

def test_extra_user_file(tmp_path, nlp):
    extra = tmp_path / "mine.yaml"
    extra.write_text("organisations:\n  - {name: Osh Volunteers, code: KGZ, sector: SOC, kind: org}\n"
                     "people:\n  - name: Aibek Testov\n    roles:\n      - {code: KGZ, sector: GOV, office: Mayor, from: 2020-01-01}\n",
                     encoding="utf-8")
    d = ActorDictionary.bundled([extra])
    found = mentions(d, nlp, "Osh Volunteers met Testov.", dt.date(2023, 1, 1))
    assert found[0][2:4] == ("KGZ", "SOC") and found[1][5] == "Aibek Testov"
    assert d.country_code("Kirgizia") == "KGZ"


@pytest.mark.parametrize("body,needle", [
    ("countries:\n  - {code: XXQ, name: Nowhere}\n", "countries[0] (Nowhere): unknown actor code 'XXQ'"),
    ("organisations:\n  - {name: Foo, code: KGZ, sector: ZZZ}\n", "organisations[0] (Foo): unknown sector 'ZZZ'"),
    ("people:\n  - name: A B\n    roles:\n      - {code: KGZ, from: 2020-13-01}\n", "people[0] (A B)"),
    ("people:\n  - name: A B\n    roles:\n      - {code: KGZ, from: 2021-01-01, to: 2020-01-01}\n", "is before"),
    ("countries: [\n", "not valid YAML"),
    ("whatever:\n  - 1\n", "unknown section"),
])
def test_bad_yaml_is_reported_with_file_and_entry(tmp_path, body, needle):
    bad = tmp_path / "bad.yaml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(TaxonomyError) as err:
        ActorDictionary.from_files([bad])
    assert str(bad) in str(err.value) and needle in str(err.value)


def test_error_names_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("organisations:\n  - {name: Ok, code: KGZ}\n  - {name: Bad, code: QQQ}\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"bad.yaml:3: organisations\[1\] \(Bad\)"):
        ActorDictionary.from_files([bad])


# ---- a fresh load, many stories --------------------------------------------------------------
# (load and lookup speed are measured by benchmarks/speed.py and pipeline_scale.py, not by timed unit tests)

def test_fresh_load_finds_the_same_actors_in_every_story(nlp):
    fresh = ActorDictionary.from_files([])
    texts = ["Kyrgyz border guards opened fire on Tajik soldiers near the village of Kok-Tash.",
             "Russian Foreign Minister Sergei Lavrov met his Armenian counterpart in Moscow on Tuesday."]
    expected = [{"KGZ", "TJK"}, {"RUS", "ARM"}]
    docs = list(nlp.pipe(texts * 30))
    for i, doc in enumerate(docs):
        codes = {m.entity.code for m in fresh.find(doc, dt.date(2023, 1, 1), StoryActors(fresh))}
        assert expected[i % 2] <= codes, (doc.text, codes)
