"""World leaders in people_world.yaml: lookups by name, surname and date, with the real spaCy model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from conftest import actor_mentions as mentions
from tocsin.actors.dictionary import BUNDLED_FILES

DATA = Path(__file__).resolve().parents[1] / "src" / "tocsin" / "data" / "actors"


def people_in(name: str) -> list[dict]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["people"]


def test_world_file_is_bundled_and_adds_no_duplicates(actors):
    assert "people_world.yaml" in BUNDLED_FILES
    old = {p["name"] for p in people_in("people.yaml")}
    new = [p["name"] for p in people_in("people_world.yaml")]
    assert len(new) == len(set(new)) >= 250
    assert old.isdisjoint(new)
    assert len(actors.people_named("Angela Merkel")) == 1


def test_title_country_and_name(actors, nlp):
    found = mentions(actors, nlp, "German Chancellor Angela Merkel arrived in Paris.", dt.date(2010, 5, 1))
    assert found[0] == ("German Chancellor Angela Merkel", "person", "DEU", "GOV", "Chancellor", "Angela Merkel")


def test_surname_alone_in_office_and_after(actors, nlp):
    then = mentions(actors, nlp, "Mubarak said the talks would resume.", dt.date(2008, 1, 1))[0]
    assert then[:6] == ("Mubarak", "person", "EGY", "GOV", "President", "Hosni Mubarak")
    later = mentions(actors, nlp, "Mubarak said nothing at the trial.", dt.date(2012, 6, 1))[0]
    assert later[2:4] == ("EGY", "ELI") and later[5] == "Hosni Mubarak"


def test_former_leader_is_not_the_current_holder(actors):
    assert actors.resolve_office("FRA", "president", dt.date(2010, 1, 1)).identifier_text == "Nicolas Sarkozy"
    assert actors.resolve_office("FRA", "president", dt.date(2014, 1, 1)).identifier_text == "Francois Hollande"
    assert actors.resolve_office("DEU", "chancellor", dt.date(2015, 1, 1)).identifier_text == "Angela Merkel"
    assert actors.resolve_office("GBR", "prime minister", dt.date(2009, 1, 1)).identifier_text == "Gordon Brown"
    assert actors.resolve_office("USA", "secretary of state", dt.date(2006, 1, 1)).identifier_text == "Condoleezza Rice"
    assert actors.resolve_office("USA", "defense secretary", dt.date(2004, 1, 1)).identifier_text == "Donald Rumsfeld"


def test_ambiguous_surnames_are_not_people(actors, nlp):
    text = "Bush said that Rice and Brown met May in the bush near Moon Bay."
    names = [m[5] for m in mentions(actors, nlp, text, dt.date(2005, 6, 1))]
    for name in ("George W. Bush", "Condoleezza Rice", "Gordon Brown", "Theresa May", "Moon Jae-in"):
        assert name not in names
    assert mentions(actors, nlp, "the bush fires spread", dt.date(2005, 6, 1)) == []
    full = mentions(actors, nlp, "George W. Bush met Condoleezza Rice.", dt.date(2005, 6, 1))
    assert [(m[2], m[4], m[5]) for m in full] == [("USA", "President", "George W. Bush"),
                                                   ("USA", "Foreign Minister", "Condoleezza Rice")]


@pytest.mark.parametrize("surname,on,person", [
    ("Castro", dt.date(2005, 1, 1), "Fidel Castro"),
    ("Castro", dt.date(2012, 1, 1), "Raul Castro"),
    ("Kirchner", dt.date(2005, 1, 1), "Nestor Kirchner"),
    ("Kirchner", dt.date(2010, 1, 1), "Cristina Fernandez de Kirchner"),
    ("Sharif", dt.date(2015, 1, 1), "Nawaz Sharif"),
    ("Sharif", dt.date(2024, 6, 1), "Shehbaz Sharif"),
    ("Rajapaksa", dt.date(2008, 1, 1), "Mahinda Rajapaksa"),
    ("Rajapaksa", dt.date(2022, 6, 1), "Gotabaya Rajapaksa"),
    ("Aoun", dt.date(2025, 6, 1), "Joseph Aoun"),
])
def test_shared_surname_resolved_by_date(actors, nlp, surname, on, person):
    found = mentions(actors, nlp, f"{surname} said the talks would resume.", on)
    assert found and found[0][1] == "person" and found[0][5] == person


@pytest.mark.parametrize("text,on,code,sector,person", [
    ("Ismail Haniyeh said the truce held.", dt.date(2020, 1, 1), "PSE", "REB", "Ismail Haniyeh"),
    ("Nasrallah said the truce held.", dt.date(2015, 1, 1), "LBN", "REB", "Hassan Nasrallah"),
    ("Baghdadi said the truce held.", dt.date(2015, 1, 1), "IMG", "REB", "Abu Bakr al-Baghdadi"),
    ("Osama bin Laden said the truce held.", dt.date(2005, 1, 1), "IMG", "REB", "Osama bin Laden"),
    ("Mullah Omar said the truce held.", dt.date(2005, 1, 1), "AFG", "REB", "Mullah Mohammad Omar"),
    ("Kadhafi said the truce held.", dt.date(2010, 1, 1), "LBY", "GOV", "Muammar Gaddafi"),
    ("Pope Francis said the truce held.", dt.date(2015, 1, 1), "VAT", "REL", "Pope Francis"),
    ("Chavez said the truce held.", dt.date(2010, 1, 1), "VEN", "GOV", "Hugo Chavez"),
    ("Musharraf said the truce held.", dt.date(2005, 1, 1), "PAK", "GOV", "Pervez Musharraf"),
    ("Olmert said the truce held.", dt.date(2007, 1, 1), "ISR", "GOV", "Ehud Olmert"),
    ("Kerry said the truce held.", dt.date(2014, 1, 1), "USA", "GOV", "John Kerry"),
    ("Sarkozy said the truce held.", dt.date(2015, 1, 1), "FRA", "ELI", "Nicolas Sarkozy"),
])
def test_world_people_by_name(actors, nlp, text, on, code, sector, person):
    found = mentions(actors, nlp, text, on)
    assert found and found[0][1] == "person"
    assert (found[0][2], found[0][3], found[0][5]) == (code, sector, person)


def test_person_names_do_not_shadow_countries(actors, nlp):
    found = mentions(actors, nlp, "Jordan and Chad signed a deal in The Hague.", dt.date(2015, 1, 1))
    assert [(m[1], m[2]) for m in found] == [("country", "JOR"), ("country", "TCD"), ("capital", "NLD")]


def test_first_name_of_another_person_is_not_a_surname_match(actors, nlp):
    found = mentions(actors, nlp, "Sher Mohammad Abbas Stanikzai said the Taliban would talk.", dt.date(2022, 1, 1))
    assert found[0][5] == "Sher Mohammad Abbas Stanikzai" and found[0][2] == "AFG"
    assert "Mahmud Abbas" not in [m[5] for m in found]


def test_a_known_surname_inside_a_longer_name_is_someone_else(actors, nlp):
    found = mentions(actors, nlp, "Afghan negotiator Sher Mohammad Abbas Sadiqi said on Monday.", dt.date(2019, 1, 1))
    assert not any(m[1] == "person" for m in found)
    # a hyphenated pair of leaders is two people
    pair = mentions(actors, nlp, "Putin-Erdogan talks in Sochi", dt.date(2024, 5, 10))
    assert {m[2] for m in pair if m[1] == "person"} == {"RUS", "TUR"}


# ---- 1990-2012 wire copy: leaders, armed groups and historical state names ----

@pytest.mark.parametrize("text,on,code,sector,person", [
    ("Milosevic said the talks would resume.", dt.date(1999, 4, 1), "SRB", "GOV", "Slobodan Milosevic"),
    ("Milosevic said nothing at the tribunal.", dt.date(2002, 3, 1), "SRB", "ELI", "Slobodan Milosevic"),
    ("Karadzic said the talks would resume.", dt.date(1994, 6, 1), "BIH", "REB", "Radovan Karadzic"),
    ("Ratko Mladic said the talks would resume.", dt.date(1995, 7, 1), "BIH", "REB", "Ratko Mladic"),
    ("Yitzhak Rabin said the talks would resume.", dt.date(1994, 1, 1), "ISR", "GOV", "Yitzhak Rabin"),
    ("Arafat said the talks would resume.", dt.date(1991, 1, 1), "PSE", "REB", "Yasser Arafat"),
    ("Arafat said the talks would resume.", dt.date(2000, 1, 1), "PSE", "GOV", "Yasser Arafat"),
    ("Peres said the talks would resume.", dt.date(1994, 1, 1), "ISR", "GOV", "Shimon Peres"),
    ("King Hussein said the talks would resume.", dt.date(1995, 1, 1), "JOR", "GOV", "Hussein bin Talal"),
    ("Tariq Aziz said the talks would resume.", dt.date(1998, 1, 1), "IRQ", "GOV", "Tariq Aziz"),
    ("Mobutu said the talks would resume.", dt.date(1996, 1, 1), "COD", "GOV", "Mobutu Sese Seko"),
    ("Laurent Kabila said the talks would resume.", dt.date(1997, 1, 1), "COD", "REB", "Laurent-Desire Kabila"),
    ("Aidid said the talks would resume.", dt.date(1993, 6, 1), "SOM", "REB", "Mohamed Farrah Aidid"),
    ("Aidid said the talks would resume.", dt.date(1998, 6, 1), "SOM", "REB", "Hussein Mohamed Farrah Aidid"),
    ("Charles Taylor said the talks would resume.", dt.date(1994, 1, 1), "LBR", "REB", "Charles Taylor"),
    ("Charles Taylor said the talks would resume.", dt.date(2000, 1, 1), "LBR", "GOV", "Charles Taylor"),
    ("Savimbi said the talks would resume.", dt.date(1999, 1, 1), "AGO", "REB", "Jonas Savimbi"),
    ("Suharto said the talks would resume.", dt.date(1997, 1, 1), "IDN", "GOV", "Suharto"),
    ("Yeltsin said the talks would resume.", dt.date(1995, 1, 1), "RUS", "GOV", "Boris Yeltsin"),
    ("Primakov said the talks would resume.", dt.date(1997, 1, 1), "RUS", "GOV", "Yevgeny Primakov"),
    ("Shevardnadze said the talks would resume.", dt.date(1998, 1, 1), "GEO", "GOV", "Eduard Shevardnadze"),
    ("Boutros-Ghali said the talks would resume.", dt.date(1994, 1, 1), "UNO", "GOV", "Boutros Boutros-Ghali"),
    ("Albright said the talks would resume.", dt.date(1999, 1, 1), "USA", "GOV", "Madeleine Albright"),
    ("Holbrooke said the talks would resume.", dt.date(1995, 11, 1), "USA", "GOV", "Richard Holbrooke"),
    ("Kohl said the talks would resume.", dt.date(1994, 1, 1), "DEU", "GOV", "Helmut Kohl"),
    ("John Major said the talks would resume.", dt.date(1995, 1, 1), "GBR", "GOV", "John Major"),
    ("Solana said the talks would resume.", dt.date(1998, 1, 1), "IGO", "GOV", "Javier Solana"),
])
def test_leaders_of_the_1990s(actors, nlp, text, on, code, sector, person):
    test_world_people_by_name(actors, nlp, text, on, code, sector, person)


def test_office_holders_of_the_1990s(actors):
    assert actors.resolve_office("GBR", "prime minister", dt.date(1995, 1, 1)).identifier_text == "John Major"
    assert actors.resolve_office("DEU", "chancellor", dt.date(1995, 1, 1)).identifier_text == "Helmut Kohl"
    assert actors.resolve_office("RUS", "president", dt.date(1995, 1, 1)).identifier_text == "Boris Yeltsin"
    assert actors.resolve_office("USA", "secretary of state", dt.date(1995, 1, 1)).identifier_text == "Warren Christopher"
    assert actors.resolve_office("ISR", "prime minister", dt.date(1993, 9, 13)).identifier_text == "Yitzhak Rabin"


def test_major_alone_is_a_rank_not_the_prime_minister(actors, nlp):
    found = mentions(actors, nlp, "Major Smith said the convoy was hit.", dt.date(1995, 1, 1))
    assert "John Major" not in [m[5] for m in found]


@pytest.mark.parametrize("text,kind,code,sector", [
    ("Tamil Tigers attacked the base.", "org", "LKA", "REB"),
    ("The LTTE attacked the base.", "org", "LKA", "REB"),
    ("FARC rebels attacked the base.", "org", "COL", "REB"),
    ("The ELN attacked the base.", "org", "COL", "REB"),
    ("The AUC attacked the base.", "org", "COL", "PRM"),
    ("Shining Path attacked the base.", "org", "PER", "REB"),
    ("The RUF attacked the base.", "org", "SLE", "REB"),
    ("UNITA attacked the base.", "org", "AGO", "REB"),
    ("The SPLA attacked the base.", "org", "SDN", "REB"),
    ("The Lord's Resistance Army attacked the base.", "org", "UGA", "REB"),
    ("Janjaweed attacked the base.", "org", "SDN", "PRM"),
    ("The KLA attacked the base.", "org", "KOS", "REB"),
    ("Chechen rebels attacked the base.", "org", "RUS", "REB"),
    ("The GIA attacked the base.", "org", "DZA", "REB"),
    ("ETA attacked the base.", "org", "ESP", "REB"),
    ("The Provisional IRA attacked the base.", "org", "GBR", "REB"),
    ("Abu Sayyaf attacked the base.", "org", "PHL", "REB"),
    ("Jemaah Islamiyah attacked the base.", "org", "IDN", "REB"),
    ("Hizbul Mujahideen attacked the base.", "org", "IND", "REB"),
    ("The CPN-Maoist attacked the base.", "org", "NPL", "REB"),
    ("The Interahamwe attacked the base.", "org", "RWA", "PRM"),
    ("The AFDL attacked the base.", "org", "COD", "REB"),
    ("The Islamic Courts Union attacked the base.", "org", "SOM", "REB"),
    ("Yugoslavia said the talks would resume.", "country", "SRB", ""),
    ("Serbia and Montenegro said the talks would resume.", "country", "SRB", ""),
])
def test_armed_groups_and_old_state_names(actors, nlp, text, kind, code, sector):
    found = mentions(actors, nlp, text, dt.date(1999, 1, 1))
    assert found and found[0][1:4] == (kind, code, sector)


def test_yugoslav_is_serbian_but_the_former_yugoslavia_is_no_country(actors, nlp):
    found = mentions(actors, nlp, "Yugoslav troops crossed the border.", dt.date(1999, 1, 1))
    assert found and found[0][2] == "SRB"
    region = mentions(actors, nlp, "Refugees from the former Yugoslavia arrived.", dt.date(1999, 1, 1))
    assert "SRB" not in [m[2] for m in region]
