"""Trigger/context lexicons, user verb files (YAML and PETRARCH format), the CAMEO crosswalk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tocsin.coding.lexicon import load_contexts, load_triggers
from tocsin.coding.petrarch_verbs import cameo_to_plover, load_petrarch_verbs
from tocsin.coding.rules import RulesCoder
from tocsin.config import Settings
from tocsin.errors import ConfigError
from tocsin.plover import taxonomy
from tocsin.registry import coders
from tocsin.types import Article


def test_bundled_lexicon_covers_every_type_and_valid_modes() -> None:
    lexicon = load_triggers()
    assert {r.event for r in lexicon.rules} == set(taxonomy().event_types)
    tax = taxonomy()
    for rule in lexicon.rules:
        assert not rule.mode or tax.is_valid_mode(rule.event, rule.mode), rule.id
    assert "on" in next(r for r in lexicon.rules if r.id == "PROTEST/go_on_strike").prep  # YAML 'on' stays a word


def test_contexts_required_by_the_issue_are_cued() -> None:
    cued = {c for cs in load_contexts().single.values() for c in cs}
    for context in ("military", "terrorism", "illegal_drugs", "migration", "cyber", "territory", "peacekeeping",
                    "diplomatic", "human_rights", "repression", "crime", "election", "economic"):
        assert context in cued


def test_bad_user_file_names_file_and_rule(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("triggers:\n- {id: X/y, lemma: [zap], event: EXPLODE}\n")
    with pytest.raises(ConfigError, match=r"mine\.yaml: trigger #1 \(X/y\): unknown PLOVER event type 'EXPLODE'"):
        load_triggers((bad,))
    bad.write_text("triggers:\n- {id: X/y, lemma: [zap], event: ASSAULT, mode: picnic}\n")
    with pytest.raises(ConfigError, match="mode 'picnic' is not a mode of ASSAULT"):
        load_triggers((bad,))


def test_user_yaml_file_adds_a_trigger(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("triggers:\n- {id: ASSAULT/zap, lemma: [zap], event: ASSAULT, reliability: 0.9}\n")
    coder = RulesCoder(Settings(extra_verb_files=(extra,)))
    result = coder.code_batch([Article(id="z", text="Armenian troops zapped Azerbaijani positions.",
                                       pub_date=dt.date(2024, 5, 8))])[0]
    assert [e.event for e in result.events] == [("ASSAULT",)]
    assert result.events[0].rule == f"{extra}:ASSAULT/zap"


def test_user_rule_with_subject(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("triggers:\n- {id: ASSAULT/zap, lemma: [zap], event: ASSAULT, subject: [troop, force]}\n")
    coder = RulesCoder(Settings(extra_verb_files=(extra,)))
    rule = next(r for r in coder.lexicon.rules if r.id == "ASSAULT/zap")
    assert rule.subject == frozenset({"troop", "force"})
    troops, envoys = coder.code_batch([
        Article(id="a", text="Armenian troops zapped Azerbaijani positions.", pub_date=dt.date(2024, 5, 8)),
        Article(id="b", text="Armenian envoys zapped Azerbaijani positions.", pub_date=dt.date(2024, 5, 8)),
    ])
    assert [e.event for e in troops.events] == [("ASSAULT",)]
    assert envoys.events == ()  # the subject is no troop or force


def test_user_rule_with_complement_fields(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "triggers:\n"
        "- {id: THREATEN/vow_raze, lemma: [vow], event: THREATEN, complement: [raze]}\n"
        "- {id: AGREE/vow_but_not_sue, lemma: [vow], event: AGREE, complement_block: [sue, raze]}\n")
    coder = RulesCoder(Settings(extra_verb_files=(extra,)))
    rule = next(r for r in coder.lexicon.rules if r.id == "THREATEN/vow_raze")
    assert rule.complement == frozenset({"raze"})
    raze, sue = coder.code_batch([
        Article(id="a", text="Armenia vowed to raze the Azerbaijani positions.", pub_date=dt.date(2024, 5, 8)),
        Article(id="b", text="Armenia vowed to sue Azerbaijan.", pub_date=dt.date(2024, 5, 8)),
    ])
    assert [(e.event, e.rule.endswith("extra.yaml:THREATEN/vow_raze")) for e in raze.events] == [(("THREATEN",), True)]
    assert all("vow_but_not_sue" not in e.rule for e in sue.events)  # the complement 'sue' vetoes the rule


def test_user_rule_prep_block(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("triggers:\n- {id: COERCE/comb, lemma: [comb], event: COERCE, mode: seize, prep_block: [for]}\n")
    coder = RulesCoder(Settings(extra_verb_files=(extra,)))
    assert next(r for r in coder.lexicon.rules if r.id == "COERCE/comb").prep_block == frozenset({"for"})
    raid, raid_for, hunt = coder.code_batch([
        Article(id="a", text="Kyrgyz police combed the village on Monday.", pub_date=dt.date(2024, 5, 8)),
        Article(id="b", text="Kyrgyz police combed the village for weapons on Monday.", pub_date=dt.date(2024, 5, 8)),
        Article(id="c", text="Kyrgyz police combed through the hills for the gunmen on Monday.", pub_date=dt.date(2024, 5, 8)),
    ])
    assert [e.rule.endswith("extra.yaml:COERCE/comb") for e in raid.events] == [True]
    assert [e.rule.endswith("extra.yaml:COERCE/comb") for e in raid_for.events] == [True]  # an object: still a raid
    assert all("COERCE/comb" not in e.rule for e in hunt.events)  # "for" with no object vetoes the rule


def test_user_rule_armed_as(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("triggers:\n- {id: COERCE/ransack, lemma: [ransack], event: COERCE, mode: seize, armed_as: ASSAULT}\n")
    coder = RulesCoder(Settings(extra_verb_files=(extra,)))
    assert next(r for r in coder.lexicon.rules if r.id == "COERCE/ransack").armed_as == "ASSAULT"
    police, militants = coder.code_batch([
        Article(id="a", text="Kyrgyz police ransacked a flat in Osh on Monday.", pub_date=dt.date(2024, 5, 8)),
        Article(id="b", text="Militants ransacked a police post in Osh on Monday.", pub_date=dt.date(2024, 5, 8)),
    ])
    assert [e.event for e in police.events if "ransack" in e.rule] == [("COERCE",)]
    assert [e.event for e in militants.events if "ransack" in e.rule] == [("ASSAULT",)]  # an armed group attacks
    bad = tmp_path / "bad.yaml"
    bad.write_text("triggers:\n- {id: COERCE/ransack, lemma: [ransack], event: COERCE, armed_as: ATTACK}\n")
    with pytest.raises(ConfigError, match="armed_as names unknown event type 'ATTACK'"):
        load_triggers((bad,))


def test_user_rule_part_of_speech(tmp_path: Path) -> None:
    good = tmp_path / "aux.yaml"
    good.write_text("triggers:\n- {id: PROTEST/be_out, lemma: [be], pos: [AUX, VERB], prep: [out], event: PROTEST}\n")
    assert next(r for r in load_triggers((good,)).rules if r.id == "PROTEST/be_out").pos == frozenset({"AUX", "VERB"})
    bad = tmp_path / "bad.yaml"
    bad.write_text("triggers:\n- {id: PROTEST/be_out, lemma: [be], pos: [ADVERB], event: PROTEST}\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml: trigger #1 \(PROTEST/be_out\): pos must be among"):
        load_triggers((bad,))


def test_cameo_crosswalk() -> None:
    assert cameo_to_plover("190")["event"] == "ASSAULT"
    assert cameo_to_plover("0874")["event"] == "RETREAT"
    assert cameo_to_plover("042") == {"event": "CONSULT", "mode": "visit"}
    assert cameo_to_plover("010") is None


def test_petrarch_verb_file(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text("# test dictionary\n--- WAYLAY [190] ---\nWAYLAY\nBUSHWHACK\n--- OPINE [010] ---\nOPINE\n"
                    "--- EXPEL [---] ---\nEXPEL\n- * DIPLOMAT [166]\n")
    entries = load_petrarch_verbs(path)
    assert [(e["lemma"], e["event"]) for e in entries] == [(["waylay"], "ASSAULT"), (["bushwhack"], "ASSAULT"),
                                                           (["expel"], "SANCTION")]
    assert entries[2]["object"] == ["diplomat"]
    lexicon = load_triggers((path,))
    assert lexicon.candidates("bushwhack")[0].event == "ASSAULT"


def test_malformed_petrarch_block(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_text("--- WAYLAY 190 ---\nWAYLAY\n")
    with pytest.raises(ConfigError, match=r"broken\.txt:1: malformed block header"):
        load_triggers((path,))


def test_registered_and_failure_is_per_article() -> None:
    import tocsin.coding.rules  # noqa: F401 - registers "rules"

    coder = coders.get("rules")(Settings())
    assert coder.name == "rules"
    good = Article(id="ok", text="Police arrested five protesters in Almaty on Monday.", pub_date=dt.date(2024, 5, 8))
    empty = Article(id="empty", text="", pub_date=dt.date(2024, 5, 8))
    out = coder.code_batch([good, empty])
    assert [o.article_id for o in out] == ["ok", "empty"]
    assert out[0].events and out[0].events[0].event == ("COERCE",) and out[1].events == ()


def test_explain_story() -> None:
    from tocsin.coding.explain import explain_story

    article = Article(id="x", text="Russia threatened to attack Ukraine. Kazakhstan did not send troops.",
                      pub_date=dt.date(2024, 5, 8))
    explained = explain_story(article, Settings())
    assert [e.event.event for e in explained.events] == [("THREATEN",)]
    first = explained.events[0]
    assert article.text[first.trigger_start:first.trigger_end] == "threatened"
    assert "subject" in first.actor_reason and "RUS" in first.actor_reason
    reasons = {c.trigger: c.verdict for c in explained.rejected}
    assert reasons["attack"].startswith("not coded: part of 'threatened'")
    assert reasons["send"].startswith("not coded: negated")
