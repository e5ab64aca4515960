"""Event words that tell no political act in their setting (round 27): ceremonies (an artillery salute, a memorial
march with portraits, an oath), civil space launches, procurement notices, results and plays of sport ("beat
Pakistan by 42 runs", "struck twice in the opening over", "the clash drew a crowd"), violence verbs with an
abstract target ("struck at the heart of the economy", "attack the silence", "hold its reserves hostage"), troops
marching, verbs inside the name of a programme ("Programme for strengthening the border"), a stance of neutrality
("refuses to assign blame"), words in "a debate in which deputies accused ...", and lines of a week-ahead diary dated
after publication. Round 28: fighting as a measure of time ("with every month of fighting"), killings that describe
returned remains, stray drones and drones entering airspace, interceptions, people "pressed" by no one, a currency
"supported by" payments, confessed offences and private talk. The coder asks these before it finds an act's roles
(vetoes.VETOES)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from tocsin.coding.dates import MONTHS, WEEKDAYS
from tocsin.coding.syntax import QUOTE_MARK_TOKENS, SCENARIO_NOUNS, SIMULATED_WORDS, SIMULATING_HEADS, agents, clause_verb, is_passive, objects, passive_subjects, prep_objects, subjects, with_conjuncts
from tocsin.coding.word_lists import word_set
from tocsin.coding.drafts import tokens_with_lemma
from tocsin.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

SALUTE_FIRED_THINGS = word_set("salute_fired_things")
MEMORIAL_MARCH_MARKS = word_set("memorial_march_marks")
MEMORIAL_MARCH_VERBS = word_set("memorial_march_verbs")
PROTEST_CLAUSE_MARKS = word_set("protest_clause_marks")
WAR_GENERATION_NOUNS = word_set("war_generation_nouns")
GENERIC_PEOPLE_NOUNS = word_set("generic_people_nouns")
SPACE_LAUNCH_WORDS = word_set("space_launch_words")
MISSILE_WORDS_OF_LAUNCH = word_set("missile_words_of_launch")
PROCUREMENT_CALL_NOUNS = word_set("procurement_call_nouns")
SPORT_MARGIN_UNITS = word_set("sport_margin_units")
SPORT_PLAY_PERIODS = word_set("sport_play_periods")
SPECTATOR_NOUNS = word_set("spectator_nouns")
CONTEST_CLASH_NOUNS = word_set("contest_clash_nouns")
FIGURATIVE_STRIKE_TARGETS = word_set("figurative_strike_targets")
CORE_OF_THING_NOUNS = word_set("core_of_thing_nouns")
DOUBTERS_SPEECH_VERBS = word_set("doubters_speech_verbs")
HOSTAGE_THINGS = word_set("hostage_things")
RUINED_BONDS = word_set("ruined_bonds")
MARCHING_TROOP_NOUNS = word_set("marching_troop_nouns")
NAMED_PLAN_NOUNS = word_set("named_plan_nouns")
NEUTRAL_STANCE_OBJECTS = word_set("neutral_stance_objects")
DESCRIBED_DISPLACEMENT_VERBS = word_set("described_displacement_verbs")
DEBATE_OCCASION_NOUNS = word_set("debate_occasions")
STRUCK_INFRASTRUCTURE_NOUNS = word_set("struck_infrastructure_nouns")
UNMANNED_WEAPONS = word_set("unmanned_weapon_nouns")
FORMER_SERVICE_MARKS = word_set("former_service_marks")
CLASH_FORCE_NOUNS = word_set("clash_force_nouns")
SHOW_FIGHT_NOUNS = word_set("show_fight_nouns")
MILITARY_UNIT_MARKS = word_set("military_unit_marks")
LEGISLATURE_WORDS = (word_set("parliament_names") | word_set("legislator_words")) - {"member", "members"}
STRIKING_LEMMAS = {"strike", "hit", "attack", "assault", "target", "poison"}
ABSTRACT_COMPOUND_HEADS = word_set("abstract_compound_heads")
ABSTRACT_SYSTEM_MARKS = word_set("abstract_system_marks")
PLACE_ENTS = {"GPE", "LOC", "FAC"}
FULL_MONTHS = list(MONTHS)[:12]  # the full names first in dates.MONTHS, before "jan" ... "sept"
DIARY_HEADING = re.compile(r"\s*(?:%s)(?:/[A-Z]+)?,?\s+(%s)\s+(\d{1,2})\s*[–—:-]"
                           % ("|".join(d.upper() for d in WEEKDAYS), "|".join(m.upper() for m in FULL_MONTHS)))


def _words(toks) -> set[str]:
    """Surface forms and lemmas of some tokens, lower-cased."""
    return {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}


def salute_fired(tok: "Token") -> str:
    """A salute fired ("fired an artillery salute of 30 volleys to mark Victory Day", "a battery fired a 21-gun
    salute", "fired a volley of salute in honor of the defenders", "A guard of honour fired three volleys as the
    president laid a wreath"): a ceremony, no attack. Returns the salute's word, or ""."""
    fired = objects(tok) + (passive_subjects(tok) if is_passive(tok) else [])
    fired += [w for o in fired if o.lemma_.lower() in SALUTE_VOLLEYS for w in prep_objects(o, ("of",))]
    thing = next((o for o in fired if o.lemma_.lower() in SALUTE_FIRED_THINGS or o.lower_ in SALUTE_FIRED_THINGS), None)
    if thing is not None:
        return thing.text
    volleys = [o for o in fired if o.lemma_.lower() in SALUTE_VOLLEYS and not prep_objects(o, ("of",))]
    if volleys and _ceremony_scene(tok, volleys):  # bare volleys at a wreath-laying or by an honour guard
        return volleys[0].text
    return ""


def _ceremony_scene(tok: "Token", volleys: list["Token"]) -> bool:
    """Bare volleys fired in a ceremony: a ceremony word in the firing scene ("A guard of honour fired three volleys as
    the president laid a wreath"), no weapon on the volleys and no target ("fired mortar salvos at the village of Sotk
    overnight, damaging a memorial": the memorial is what was hit, the salvos are an attack)."""
    weapon = any(c.lemma_.lower() in SALVO_WEAPON_MARKS or c.lower_ in SALVO_WEAPON_MARKS
                 for v in volleys for c in v.children if c.dep_ in ("compound", "amod", "nmod"))
    if weapon or any(_salvo_target(t) for h in [tok] + volleys for t in prep_objects(h, SALVO_TARGET_PREPS)):
        return False
    return any(t.lemma_.lower() in CEREMONY_FIRE_CUES or t.lower_ in CEREMONY_FIRE_CUES
               for t in tok.sent if t.head.lemma_.lower() not in CEREMONY_CUE_HARM_VERBS)


SALUTE_VOLLEYS = word_set("salute_volleys")
CEREMONY_FIRE_CUES = word_set("ceremony_fire_cues")
def _salvo_target(t: "Token") -> bool:
    """What a volley is fired at or on is a target ("at the village of Sotk", "on Armenian positions"), not the day or the
    ceremony's place ("on Victory Day", "at the memorial complex", "at the wreath-laying ceremony")."""
    if t.ent_type_ in ("DATE", "TIME", "EVENT"):
        return False
    words = _words([t] + [c for c in t.children if c.dep_ in ("compound", "amod")])
    return not (words & (CEREMONY_FIRE_CUES | SALUTE_OCCASION_PLACES))


SALVO_WEAPON_MARKS = word_set("salvo_weapon_marks")
SALUTE_OCCASION_PLACES = word_set("salute_occasion_places")
SALVO_TARGET_PREPS = tuple(sorted(word_set("salvo_target_preps")))
CEREMONY_CUE_HARM_VERBS = word_set("ceremony_cue_harm_verbs")


def memorial_march(tok: "Token") -> str:
    """A march of remembrance ("marched through the city centre with portraits of relatives who fought in the war,
    before laying flowers at the Eternal Flame", "marched ... carrying photographs of grandparents ..., to mark Victory
    Day"): a commemoration, no protest. Not a march against anything or with slogans ("rallied against the bill,
    holding portraits of their sons"). Returns the mark of remembrance, or ""."""
    if tok.lemma_.lower() not in MEMORIAL_MARCH_VERBS:
        return ""
    if _words(tok.sent) & PROTEST_CLAUSE_MARKS:
        return ""
    said = [t for t in tok.subtree if not any(t in s.subtree for s in subjects(tok))]
    mark = next((t for t in said if t.lemma_.lower() in MEMORIAL_MARCH_MARKS or t.lower_ in MEMORIAL_MARCH_MARKS), None)
    return mark.text if mark is not None else ""


def march_on_a_marked_day(tok: "Token") -> str:
    """A march in a story that tells a named day marked, in its own sentence or before ("Tajikistan marked the
    International Day against Drug Abuse with concerts ... In the capital, hundreds of students marched along Rudaki
    Avenue carrying banners", "marched ... to mark World AIDS Day"): an awareness march that demands nothing of anyone,
    no protest. Not one with words of protest outside the day's own name ("marched to mark Women's Day, demanding equal
    pay"). Returns the day's word, or ""."""
    if tok.lemma_.lower() not in MEMORIAL_MARCH_VERBS:
        return ""
    day = next((t for t in tok.doc[:tok.sent.end] if _marked_day(t)), None)
    if day is None:
        return ""
    day_name = {t.i for t in day.subtree}
    if any(t.i not in day_name and (t.lower_ in PROTEST_CLAUSE_MARKS or t.lemma_.lower() in PROTEST_CLAUSE_MARKS)
           for t in tok.sent):
        return ""
    return day.text


def _marked_day(noun: "Token") -> bool:
    """A named day that a verb of marking holds ("marked the International Day against Drug Abuse")."""
    return noun.lower_ == "day" and noun.text[0].isupper() and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in MARKING_VERBS


def march_that_marked_a_day(tok: "Token") -> str:
    """The march a story first told as the way a day was marked ("Lebanese marked 50 years since the start of the
    civil war with a minute's silence, church bells and a march by relatives of the missing. ... Halawani led the
    march through the city centre"): a commemoration, no protest. Not a march first told as one against anything
    ("marked the anniversary with a march against the bill"). Returns the marking verb, or ""."""
    marches = [o for o in objects(tok) if o.lemma_.lower() in MEMORIAL_MARCH_NOUNS
               and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)]
    if not marches:
        return ""
    earlier = (t for t in tok.doc[:tok.i] if t.lemma_.lower() == marches[0].lemma_.lower() and t.pos_ == "NOUN")
    for m in earlier:
        if prep_objects(m, ("against",)):
            continue
        head = m
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "with" \
                and (verb := clause_verb(head.head.head)).lemma_.lower() in MARKING_VERBS:
            return verb.text  # (the parser may hang "with" on a noun: "marked 40 years since the end of ... with")
        if (verb := _marked_with_before(m)):
            return verb
    return ""


def _marked_with_before(noun: "Token") -> str:
    """The marking verb of a "with" that comes before a noun in the verb's own clause, no other verb between, when the
    parser joined the noun to an earlier one ("marked 50 years since the war with a minute's silence and a march",
    "march" made a conjunct of "war"). Returns the verb, or ""."""
    for w in (x for x in noun.sent if x.i < noun.i and x.lower_ == "with" and x.dep_ == "prep"):
        verb = clause_verb(w.head)
        if verb.lemma_.lower() in MARKING_VERBS and verb.i < w.i and noun.i in {x.i for x in verb.subtree} \
                and not any(t.pos_ in ("VERB", "AUX") for t in noun.doc[w.i:noun.i]):
            return verb.text
    return ""


MEMORIAL_MARCH_NOUNS = word_set("memorial_march_nouns")
MARKING_VERBS = word_set("day_marking_verbs")


def fought_in_past_war(tok: "Token") -> str:
    """A relative clause on the generation that fought a war ("portraits of relatives who fought in the war",
    "grandparents who fought in the Second World War", "a volley in honor of the defenders who died in the fighting"),
    also the fighting named in it: a description of people, no fighting told. Returns the
    people's word, or ""."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during"):
        tok = tok.head.head  # ("in honor of the defenders who died in the fighting": the fighting they died in)
    if tok.dep_ != "relcl" or tok.lemma_.lower() not in ("fight", "serve", "die"):
        return ""
    people = [tok.head] + prep_objects(tok.head, ("of",))  # (the parser may hang the clause on "portraits of ...")
    who = next((w for w in people if w.lemma_.lower() in WAR_GENERATION_NOUNS or w.lower_ in WAR_GENERATION_NOUNS), None)
    return who.text if who is not None else ""


def ceremonial_gathering(tok: "Token") -> str:
    """A meeting that is a ceremony ("A memorial meeting was held at the memorial complex", "A solemn meeting dedicated
    to the Day of State Independence was held in the palace"): a commemoration or a festivity, no consultation. The
    meeting is the trigger noun or what the verb holds. Returns the ceremony's word, or ""."""
    meetings = [tok] if tok.pos_ == "NOUN" else objects(tok) + (passive_subjects(tok) if is_passive(tok) else [])
    mark = next((c for m in meetings for c in m.children if c.dep_ in ("amod", "compound")
                 and (c.lemma_.lower() in CEREMONIAL_GATHERING_MARKS or c.lower_ in CEREMONIAL_GATHERING_MARKS)), None)
    return mark.text if mark is not None else ""


CEREMONIAL_GATHERING_MARKS = word_set("ceremonial_gathering_marks")


def would_be_fighters(tok: "Token") -> str:
    """Fighting as what some people at large want or are ready to do ("We are not looking for people who want to fight
    somebody else's war", "those who are willing to fight abroad"): a description of people, no fight or threat told.
    Returns the people's word, or ""."""
    if tok.lemma_.lower() not in ("fight", "battle", "clash"):
        return ""
    verb = tok.head if tok.dep_ == "xcomp" else tok
    if verb.dep_ not in ("relcl", "acl") or verb.head.lemma_.lower() not in GENERIC_PEOPLE_NOUNS:
        return ""
    return verb.head.text


def served_as_fighter(tok: "Token") -> str:
    """Fighting as the war service of people told by who they are ("how many of its nationals have fought in Ukraine",
    "1,900 citizens went to fight in Syria", "men accused of fighting for Russian forces", "volunteers killed fighting
    for Ukraine"): a description of foreign fighters or volunteers, no clash told. Not a fight with an opponent or a
    time of its own ("volunteers fought Russian troops near Bakhmut on Monday"). Returns the people's word, or ""."""
    fight = _service_fight(tok)
    if fight is None or _fight_has_opponent_or_time(fight) or _own_time(tok):
        return ""
    people = _fighters_told(tok)
    return people.text if people is not None else ""


def _service_fight(tok: "Token") -> "Token | None":
    """The fighting verb itself, or the one a death hangs on ("killed fighting for Ukraine")."""
    if tok.lemma_.lower() in SERVICE_FIGHT_VERBS:
        return tok
    if tok.lemma_.lower() in ("kill", "die") and not agents(tok):
        return next((c for c in tok.children if c.dep_ in ("advcl", "dobj", "xcomp")  # (the parser may take "fighting"
                     and c.lemma_.lower() in SERVICE_FIGHT_VERBS), None)  # for what was killed)
    return None


def _fight_has_opponent_or_time(fight: "Token") -> bool:
    if any(c.dep_ in ("dobj", "prt", "dative") for c in fight.children) or prep_objects(fight, ("against",)):
        return True
    if any(_force_of_no_side(o) for o in prep_objects(fight, ("with",))):
        return True  # ("fighters fought with police": an opponent; not "fought with Ukrainian forces", alongside)
    return _own_time(fight)


def _force_of_no_side(noun: "Token") -> bool:
    """A force named with no state or nation of its own ("police", "the guards"): fought "with" as an opponent."""
    return (noun.lemma_.lower() in CLASH_FORCE_NOUNS or noun.lower_ in CLASH_FORCE_NOUNS) and not any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)


def _own_time(tok: "Token") -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") and t.lower_ not in SERVICE_SPAN_WORDS for t in tok.subtree)


def _fighters_told(fight: "Token") -> "Token | None":
    """Who is told to have fought: the subject of the fight or of the verbs it hangs on, or the noun its clause
    describes ("citizens who fought", "a man wanted for fighting"), when it is a word for people or their nationality."""
    tok = fight
    for _ in range(5):
        found = next((w for w in subjects(tok) + (passive_subjects(tok) if is_passive(tok) else [])
                      if _fighter_word(w)), None)
        if found is not None:
            return found
        described = [tok.head] + ([tok.head.head.head] if tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" else [])
        if tok.dep_ in ("relcl", "acl") and any(_fighter_word(w) for w in described):  # ("citizens of other
            return next(w for w in described if _fighter_word(w))  # countries who fought for Russia")
        if tok.dep_ not in ("xcomp", "pcomp", "prep", "advcl", "acl", "relcl", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _fighter_word(tok: "Token") -> bool:
    people = tok.lemma_.lower() in FOREIGN_FIGHTER_PEOPLE or tok.lower_ in FOREIGN_FIGHTER_PEOPLE
    if tok.lower_ in PARTITIVE_WORDS:  # "many of them", "dozens of men"
        return any(_fighter_word(o) for o in prep_objects(tok, ("of",)))
    return people or (tok.ent_type_ == "NORP" and tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS"))


SERVICE_FIGHT_VERBS = word_set("service_fight_verbs")
PARTITIVE_WORDS = word_set("partitive_words")
FOREIGN_FIGHTER_PEOPLE = word_set("foreign_fighter_people")
SERVICE_SPAN_WORDS = word_set("service_span_words")


def space_launch(tok: "Token") -> str:
    """A launch into space ("launched a research satellite into orbit aboard a Simorgh carrier rocket", "launched a
    Soyuz rocket carrying a weather satellite from the Vostochny cosmodrome"): no weapons act, unless a missile is
    named in the sentence. The word of space must be in what is launched or where it goes, and troops sent are never
    a launch ("sent troops to guard the Baikonur cosmodrome" is MOBILIZE). Returns the word of space, or ""."""
    if tok.lemma_.lower() not in ("launch", "fire", "put", "send", "place"):
        return ""
    if _words(tok.sent) & MISSILE_WORDS_OF_LAUNCH:
        return ""
    sent_off = objects(tok) + (passive_subjects(tok) if is_passive(tok) else [])
    if any(o.lemma_.lower() in MARCHING_TROOP_NOUNS or o.lower_ in MARCHING_TROOP_NOUNS for o in sent_off):
        return ""  # "sent troops to guard the Baikonur cosmodrome": a deployment
    # only what is launched and where to ("into orbit"), not the rest of the clause ("to guard the cosmodrome")
    launched = [t for o in sent_off + prep_objects(tok, ("into", "aboard", "on")) for t in o.subtree]
    word = next((t for t in launched if t.lemma_.lower() in SPACE_LAUNCH_WORDS or t.lower_ in SPACE_LAUNCH_WORDS), None)
    return word.text if word is not None else ""


def procurement_call(tok: "Token") -> str:
    """A tender ("invited bids to supply thermal imaging cameras", "called for offers to supply 40 armoured
    vehicles", "invited tenders on Monday to supply ..."): a purchase notice, no request to a party and no supply
    given. Returns the tender's word, or ""."""
    cur = tok
    for _ in range(3):
        near = objects(cur) + prep_objects(cur, ("for",)) + [cur]
        noun = next((w for w in near if w.lower_ in PROCUREMENT_CALL_NOUNS), None)
        if noun is not None:
            return noun.text
        if cur.dep_ not in ("xcomp", "acl", "advcl", "relcl") or cur.head.i == cur.i:
            return ""
        cur = cur.head
    return ""


def won_by_margin(tok: "Token") -> str:
    """A win by a margin of play ("Afghanistan beat Pakistan by 42 runs", "beat them by three wickets"): a sport
    result, no beating. Returns the margin, or ""."""
    unit = next((w for w in prep_objects(tok, ("by",)) if w.lower_ in SPORT_MARGIN_UNITS
                 and any(c.dep_ == "nummod" or c.like_num for c in w.children)), None)
    return unit.text if unit is not None else ""


def play_period_strike(tok: "Token") -> str:
    """A strike told in a period of play ("Farooqi struck twice in the opening over", "struck in the 89th minute"):
    a bowler's or a scorer's play, no attack. Returns the period, or ""."""
    if tok.lemma_.lower() not in ("strike", "hit") or objects(tok) or any(
            w.ent_type_ not in ("DATE", "TIME") for w in prep_objects(tok, ("at", "against", "on"))):
        return ""  # (not "struck a convoy", "struck at positions"; "on Sunday" is a time)
    for w in prep_objects(tok, ("in",)):
        if prep_objects(w, ("of",)):
            continue  # "in the first half of the year"
        period = next((x for x in [w] + list(w.children) if x.lower_ in SPORT_PLAY_PERIODS), None)
        if period is not None:
            return period.text
    return ""


def spectated_contest(tok: "Token") -> str:
    """A clash or a derby that crowds watch ("The clash drew a crowd of more than 30,000", "The derby clash ... drew
    25,000 fans"): a match, no fight. Returns the crowd's or the match's word, or ""."""
    if tok.lemma_.lower() not in CONTEST_CLASH_NOUNS:
        return ""
    derby = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in ("derby", "cup", "league")),
                 None)
    if derby is not None:
        return derby.text
    if _clash_of_forces(tok):
        return ""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("draw", "attract", "pull", "sell"):
        crowd = next((o for o in objects(tok.head) if o.lemma_.lower() in SPECTATOR_NOUNS), None)
        if crowd is not None:
            return crowd.text
    return ""


def _clash_of_forces(clash: "Token") -> bool:
    """A clash "between" armed forces ("A clash between Kyrgyz and Tajik border guards ... drew a crowd of
    villagers"): a fight, whoever watched it."""
    sides = [t for w in prep_objects(clash, ("between", "with", "of")) for t in w.subtree]
    return any(t.lemma_.lower() in CLASH_FORCE_NOUNS or t.lower_ in CLASH_FORCE_NOUNS for t in sides)


def _doubters(noun: "Token") -> bool:
    """People named by what they said ("everyone who said sanctions would stop us", "those who said ...")."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in DOUBTERS_SPEECH_VERBS for c in noun.children)


def _weapon_doers(verb: "Token") -> bool:
    """Weapons as the doer ("Russian missiles struck ...", "drones destroyed a bridge"): a real attack."""
    doers = agents(verb) if is_passive(verb) else subjects(verb)
    return any(d.lemma_.lower() in UNMANNED_WEAPONS or d.lower_ in UNMANNED_WEAPONS for d in doers)


def _real_target(noun: "Token") -> bool:
    """A place or a piece of infrastructure ("the heart of Kabul", "of Ukraine's energy grid"), or a thing owned by a
    place ("Ukraine's ...")."""
    if noun.ent_type_ in PLACE_ENTS or noun.lemma_.lower() in STRUCK_INFRASTRUCTURE_NOUNS:
        return True
    return any(c.dep_ == "poss" and c.ent_type_ in PLACE_ENTS for c in noun.children)


def abstract_target(tok: "Token") -> str:
    """A strike or an attack on an abstraction ("struck at the heart of the cross-border economy", "I wanted to attack
    the silence", "We will strike at corruption", "struck back at everyone who said sanctions would stop us"): a
    figure of speech. Not "struck at the heart of Kabul" (a place), "struck at the heart of Ukraine's energy grid" (a
    real target), "Russian missiles struck ..." (weapons never strike in figures), nor people ("attacked government
    critics"). Returns the target, or ""."""
    if tok.lemma_.lower() not in STRIKING_LEMMAS or _weapon_doers(tok):
        return ""
    for w in objects(tok) + prep_objects(tok, ("at", "against", "on")):
        low, lemma = w.lower_, w.lemma_.lower()
        if lemma in CORE_OF_THING_NOUNS or low in CORE_OF_THING_NOUNS:
            of = prep_objects(w, ("of",))
            if of and not any(_real_target(o) for o in of):
                return w.text
            continue
        if lemma in FIGURATIVE_STRIKE_TARGETS or low in FIGURATIVE_STRIKE_TARGETS or _doubters(w):
            return w.text
        if lemma in ABSTRACT_COMPOUND_HEADS and _abstract_compound(w):
            return w.text
    return ""


def _abstract_compound(head: "Token") -> bool:
    """A general head ("system", "scheme") that names an abstraction through its compound ("attacked the new toll
    system", "a clash between their permit systems"); not "the air defence system"."""
    return any(c.dep_ == "compound" and (c.lemma_.lower() in FIGURATIVE_STRIKE_TARGETS or c.lower_ in
                                         FIGURATIVE_STRIKE_TARGETS | ABSTRACT_SYSTEM_MARKS) for c in head.children)


def things_held_hostage(tok: "Token") -> str:
    """Money or things "held hostage" ("attempts to hold Afghanistan's central bank reserves hostage", "was holding
    the Afghan people's money hostage"): a figure of speech, no abduction. Returns the thing, or ""."""
    if tok.lemma_.lower() not in ("hold", "keep", "take") or not any(t.lower_ == "hostage" for t in tok.subtree):
        return ""
    held = objects(tok) + (passive_subjects(tok) if is_passive(tok) else [])
    held += [c for h in held for c in h.children if c.dep_ in ("compound", "nmod")]  # "reserves hostage" as one noun
    thing = next((o for o in held if o.lemma_.lower() in HOSTAGE_THINGS or o.lower_ in HOSTAGE_THINGS), None)
    return thing.text if thing is not None else ""


def _noun_core(noun: "Token") -> list["Token"]:
    """A noun phrase without the clauses that describe it ("a bridge [built under ... cooperation]")."""
    cut = [c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl")]
    return [t for t in noun.subtree if not any(t in c.subtree for c in cut)]


def ruined_bond(tok: "Token") -> str:
    """Relations or a process destroyed ("Chisinau is consistently destroying what remains of bilateral relations",
    "Baku is deliberately destroying the peace process"): a criticism, no destruction. Only the thing destroyed and its
    "of" phrase count, not a clause describing it ("destroyed a bridge built under Ukrainian-Polish cooperation" is an
    attack), and weapons never destroy in figures. Returns the bond, or ""."""
    if tok.lemma_.lower() not in ("destroy", "wreck", "ruin", "demolish", "torpedo", "sabotage", "kill", "bury"):
        return ""
    if _weapon_doers(tok):
        return ""
    ruined = [t for o in objects(tok) + [c for c in tok.children if c.dep_ == "ccomp"] for t in _noun_core(o)]
    bond = next((t for t in ruined if t.lemma_.lower() in RUINED_BONDS or t.lower_ in RUINED_BONDS), None)
    return bond.text if bond is not None else ""


def _civilians_of(noun: "Token") -> bool:
    """A troop word that only counts people who are no force ("A column of [several thousand] protesters"), not
    "Columns of the 201st military base"."""
    military = MARCHING_TROOP_NOUNS | CLASH_FORCE_NOUNS | MILITARY_UNIT_MARKS
    return any(o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("ORG", "FAC") and not _words(o.subtree) & military
               for o in prep_objects(noun, ("of",)))


def _former_service(noun: "Token") -> bool:
    """Soldiers who no longer serve ("Retired soldiers", "former servicemen")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in FORMER_SERVICE_MARKS for c in noun.children)


def troops_marched(tok: "Token") -> str:
    """Troops or units that march ("Units of the 120th Brigade were put on high alert and marched to designated
    areas", "Columns of the Central Military District marched to the training ground"): a movement of forces, no
    protest. Not a column of civilians ("A column of several thousand protesters marched to parliament") nor former
    soldiers ("Retired soldiers marched ... to press for higher pensions"). Returns the troops' word, or ""."""
    if tok.lemma_.lower() != "march":
        return ""
    cur = tok
    doers = subjects(cur)
    while not doers and cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
        doers = subjects(cur) + passive_subjects(cur)
    troop = next((d for d in doers if (d.lemma_.lower() in MARCHING_TROOP_NOUNS or d.lower_ in MARCHING_TROOP_NOUNS)
                  and not _civilians_of(d) and not _former_service(d)), None)
    return troop.text if troop is not None else ""


def named_plan_gerund(tok: "Token") -> str:
    """A gerund inside the name or title of a plan ("the Interstate Targeted Programme for strengthening the
    Tajik-Afghan border", "the plan for strengthening security on the border"): what the plan is for, no act told.
    Returns the plan's word, or ""."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in ("for", "on", "of"):
        return ""
    prep = tok.head
    before = tok.doc[prep.i - 1] if prep.i > 0 else prep  # (the parser may hang "for ..." on the verb before the name)
    plan = next((w for w in (prep.head, before) if w.lemma_.lower() in NAMED_PLAN_NOUNS or w.lower_ in NAMED_PLAN_NOUNS),
                None)
    return plan.text if plan is not None else ""


def sworn_oath(tok: "Token") -> str:
    """An oath sworn or taken ("where they swore an oath of loyalty to the homeland", "recruits took the oath"):
    a ceremony, no agreement between parties. Returns "oath", or ""."""
    if tok.lemma_.lower() not in ("swear", "take", "pledge", "make"):
        return ""
    oath = next((o for o in objects(tok) if o.lemma_.lower() == "oath"), None)
    return oath.text if oath is not None else ""


def debate_in_which(tok: "Token") -> str:
    """Words said in a debate the clause describes ("after a heated debate in which opposition deputies accused the
    government of 'disarming the country'"): words of parliamentary debate are not coded. A legislature or its
    members must be named in the debate's phrase: not "an emergency session of the UN Security Council, in which
    Russia's envoy accused Ukraine ...". Returns the debate's word, or ""."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "relcl":
        return ""
    head = cur.head
    if head.lemma_.lower() not in DEBATE_OCCASION_NOUNS or not _words(head.subtree) & LEGISLATURE_WORDS:
        return ""
    return head.text


def neutral_stance(tok: "Token") -> str:
    """A refusal to take sides or to blame ("Saidova refuses to assign blame", "The director refuses to take sides"):
    a stance, nothing refused to anyone. Returns the object, or ""."""
    if tok.lemma_.lower() not in ("refuse", "decline"):
        return ""
    for c in tok.children:
        if c.dep_ == "xcomp":
            thing = next((o for o in objects(c) if o.lemma_.lower() in NEUTRAL_STANCE_OBJECTS), None)
            if thing is not None:
                return thing.text
    return ""


def displacement_described(tok: "Token") -> str:
    """People described by a past displacement ("Some 20,000 ethnic Georgians displaced from South Ossetia have
    never been able to go home"): a participle on a noun with nobody who displaced them, no act told. Only verbs of
    displacement (DESCRIBED_DISPLACEMENT_VERBS): "migrants deported from Kazakhstan arrived" tells a deportation.
    Returns the people's word, or ""."""
    if tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in DESCRIBED_DISPLACEMENT_VERBS or agents(tok):
        return ""
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return tok.head.text
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children) or objects(tok):
        return ""  # (a clause with an object tells the act: "Taliban forces displaced some 400 Hazara families")
    # the parser took the participle for the main verb: "Georgians displaced from South Ossetia [have never been able]",
    # "Armenians displaced from Karabakh [still live] in temporary housing" (an auxiliary or a present tense)
    described = next((c for c in tok.children if c.dep_ in ("advcl", "conj", "ccomp") and c.pos_ in ("VERB", "AUX")
                      and (any(a.dep_ == "aux" for a in c.children) or c.tag_ in ("VBP", "VBZ"))
                      and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)), None)
    people = subjects(tok)
    return people[0].text if described is not None and people else ""


def diary_heading_ahead(tok: "Token", pub: dt.date | None) -> str:
    """A line of a week-ahead diary under a heading dated after publication ("MONDAY, MARCH 30 – Kazakh Foreign
    Minister Yermek Kosherbayev is due in Beijing for talks", "FRIDAY, APRIL 3 – EU special representative ...
    begins a tour of Bishkek", "MONDAY, APRIL 27: The OSCE Permanent Council holds its weekly meeting"): a schedule,
    no act. Returns the heading, or ""."""
    if pub is None:
        return ""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    m = DIARY_HEADING.match(text, start)
    if m is None:
        return ""
    month = MONTHS[m.group(1).lower()]
    try:
        day = dt.date(pub.year, month, int(m.group(2)))
    except ValueError:
        return ""
    if (pub - day).days > 180:
        try:
            day = dt.date(pub.year + 1, month, int(m.group(2)))
        except ValueError:
            return ""
    return m.group(0).strip(" –—-") if day > pub else ""


WEEK_AHEAD_MARKS = re.compile(r"\b(?:%s)\b" % "|".join(
    re.escape(w) for w in sorted(word_set("week_ahead_marks"), key=len, reverse=True)), re.IGNORECASE)
WEEKDAY_LINE_HEADING = re.compile(r"\s*(?P<lead>[^\n:]{0,40}?,\s*)?(?P<day>%s|(?:also |later )?this week)\s*(?::|--|[–—])"
                                  % "|".join(WEEKDAYS), re.IGNORECASE)


def weekday_line_ahead(tok: "Token") -> str:
    """A line headed by a weekday ("Thursday: UN Security Council meeting on Ukraine", "Monday -- EU foreign ministers
    meet in Brussels", "Also this week: staff talks") in
    a story that opens as a schedule of what is to come ("Week ahead: diplomatic calendar for ...") or whose own lead
    says so ("Week ahead, Friday: CIS heads of state gather ..."): an entry of a schedule, no act (not a weekly roundup,
    "The week in the Caucasus. Monday: ... summoned ...", nor a past act told on such a line). Returns the heading."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    heading = WEEKDAY_LINE_HEADING.match(text, start)
    if heading is None or heading.end() > tok.idx or clause_verb(tok).tag_ == "VBD":
        return ""
    opening = text[:text.find("\n")] if "\n" in text[:start] else text[:heading.start("day")]
    return heading.group("day") if WEEK_AHEAD_MARKS.search(opening) else ""


CITED_TITLE = re.compile(r'["\u201c]([^"\u201c\u201d\n]{8,200})["\u201d]\s*\((?:%s)\.?(?:\s+\d{4})?\)'
                         % "|".join(sorted(MONTHS, key=len, reverse=True)), re.IGNORECASE)


def cited_headline(tok: "Token") -> str:
    """A headline in quotes followed by the month of its story ('"Iran closes Astara crossing to Azerbaijani lorries"
    (July)', as in a list of the year's most-read stories): the title of an earlier story, no act of the news. Returns
    the title, or ""."""
    text = doc_text(tok.doc)
    return next((m.group(1) for m in CITED_TITLE.finditer(text) if m.start(1) <= tok.idx < m.end(1)), "")


EDITORS_NOTE = re.compile(r"\s*\(\s*(?:%s)\b[^\n()]*\)\s*$" % "|".join(sorted(word_set("editors_note_verbs"))), re.IGNORECASE)


def editors_note(tok: "Token") -> str:
    """A line of its own in parentheses that opens on a verb of an editor's note ("(Corrects day of meeting in first
    paragraph to Tuesday, not Monday)", "(Updates with Kremlin comment in paragraph 5)"): a note on the story's text, no
    act. Returns the note, or ""."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start:end if end >= 0 else len(text)]
    return line.strip() if EDITORS_NOTE.match(line) else ""


SPORT_BODY_OWNERS = word_set("sport_body_owners")
SPORT_PANEL_NOUNS = word_set("sport_panel_nouns")
FILM_REVIEW_WORDS = word_set("film_review_words")
FILM_REVIEW_MIN_WORDS = 3  # distinct words of a film or book review a story needs before its present-tense acts are plot
_REVIEW_WORDS_KEY = "tocsin_review_words"


def _league_panel(noun: "Token") -> bool:
    """A panel of a league or a club ("The league's disciplinary committee", "the club's board")."""
    if noun.lemma_.lower() not in SPORT_PANEL_NOUNS:
        return False
    return any(c.dep_ in ("poss", "compound") and (c.lemma_.lower() in SPORT_BODY_OWNERS or c.lower_ in SPORT_BODY_OWNERS)
               for c in noun.children)


def league_panel_penalty(tok: "Token") -> str:
    """A penalty by a league's or a club's panel, told by it or by a pronoun for it ("The league's disciplinary
    committee said on Monday it had fined Abdysh-Ata 50,000 soms"): a sports body's act, no sanction by a state.
    Returns the panel's word, or ""."""
    verb = tok
    for _ in range(3):
        doers = agents(verb) if is_passive(verb) else subjects(verb)
        panel = next((d for d in doers if _league_panel(d)), None)
        if panel is not None:
            return panel.text
        if not doers or not all(d.pos_ == "PRON" for d in doers) or verb.head.i == verb.i:
            return ""
        verb = verb.head
    return ""


def plot_in_present(tok: "Token") -> str:
    """An act told in the narrative present in a review of a film or a book ("Armed men from both camps loot, detain
    and execute neighbours; a Russian border guard at the river lets some refugees through"): the plot, no news. The
    story must have words of a review (FILM_REVIEW_MIN_WORDS); the verb is a present-tense main verb with no auxiliary,
    outside quotation marks. Returns the first review word, or ""."""
    verb = tok
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return ""
    if verb.dep_ not in ("ROOT", "conj") or any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent):
        return ""
    sent = verb.sent
    if any(t.text in ('"', "“", "”") for t in sent):
        return ""
    words = _review_words(verb.doc)
    return words[0] if len(words) >= FILM_REVIEW_MIN_WORDS else ""


def _review_words(doc: "Doc") -> list[str]:
    """The words of a film or book review in the story, found once per story (kept in `doc.user_data`)."""
    words = doc.user_data.get(_REVIEW_WORDS_KEY)
    if words is None:
        words = doc.user_data[_REVIEW_WORDS_KEY] = sorted({t.lower_ for t in doc if t.lower_ in FILM_REVIEW_WORDS})
    return words


# ---- figurative, depicted and misread words, non-political subjects
TIME_SPAN_NOUNS = word_set("time_span_nouns")
REMAINS_NOUNS = word_set("remains_nouns")
STRAY_CRASH_VERBS = word_set("stray_crash_verbs")
AERIAL_WEAPON_NOUNS = word_set("aerial_weapon_nouns")
PRESSING_LEMMAS = word_set("pressing_lemmas")
PROPPING_LEMMAS = word_set("propping_lemmas")
PROPPED_MARKET_THINGS = word_set("market_things") - {"market", "markets"}
CONFESSION_HEADS = word_set("confession_heads")
PRIVATE_CIRCLES = word_set("private_circles")


def every_span_of_fighting(tok: "Token") -> str:
    """Fighting named as a measure of time ("a figure that grows with every month of fighting", "each year of war"):
    generic, no clash told. Returns the time word, or ""."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return ""
    span = tok.head.head
    if span.lemma_.lower() in TIME_SPAN_NOUNS and any(c.dep_ == "det" and c.lower_ in ("every", "each")
                                                      for c in span.children):
        return f"every {span.text}"
    return ""


def remains_described(tok: "Token") -> str:
    """A killing told in a clause that describes the dead whose bodies or remains are handed over or received ("the
    bodies of 1,000 soldiers it said had been killed in action", "the remains of 757 servicemen killed in the Donetsk
    region"): who the dead are, no attack of the day. Returns the word for the remains, or ""."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("relcl", "acl"):
            if any(t.ent_type_ in ("DATE", "TIME") for t in cur.subtree):
                return ""  # ("the bodies of two men shot dead by border guards on Monday": told with its day)
            dead = cur.head
            held = dead.head.head
            if dead.dep_ == "pobj" and dead.head.lower_ == "of" and (held.lemma_.lower() in REMAINS_NOUNS
                                                                     or held.lower_ in REMAINS_NOUNS):
                return held.text
            return ""
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head.i == cur.i:
            return ""
        cur = cur.head
    return ""


def _verbs_told_with(verb: "Token") -> list["Token"]:
    """A verb with the verbs coordinated with it ("crashed and exploded", "intercepted and destroyed")."""
    return [v for v in with_conjuncts(verb) if v.pos_ in ("VERB", "AUX") or v.i == verb.i]


def stray_weapon(tok: "Token") -> str:
    """A drone or a missile that crashed and exploded with no target told ("A drone crashed and exploded overnight in a
    field near the northern Moldovan town of Ocnita"): a stray, no attack (team decision, round 28). Not one that
    crashed into or onto something. Returns the weapon's word, or ""."""
    verbs = _verbs_told_with(tok)
    if not any(v.lemma_.lower() in STRAY_CRASH_VERBS for v in verbs) or any(objects(v) for v in verbs):
        return ""
    if any(prep_objects(v, ("into", "onto", "on", "at")) for v in verbs):
        return ""
    weapon = next((s for v in verbs for s in subjects(v) if s.lemma_.lower() in UNMANNED_WEAPONS
                   or s.lower_ in UNMANNED_WEAPONS), None)
    return weapon.text if weapon is not None else ""


DRILL_WORDS = SCENARIO_NOUNS | SIMULATING_HEADS


def quoted_act_in_drill(tok: "Token") -> str:
    """A verb set alone in scare quotes where the sentence, or the one before it, tells of a drill or its staging
    ("staged a large drill simulating a gas explosion ... Rescuers in protective suits \"evacuated\" residents"): a
    played part, no act. Not a party's quoted word told with no drill ("its troops had \"liberated\" the village").
    Returns the drill's word, or ""."""
    doc = tok.doc
    if not (0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in QUOTE_MARK_TOKENS and doc[tok.i + 1].text in QUOTE_MARK_TOKENS):
        return ""
    sent = tok.sent
    told = [sent] + ([doc[sent.start - 1].sent] if sent.start > 0 else [])
    return next((w.text for s in told for w in s if w.lemma_.lower() in DRILL_WORDS
                 or w.lower_ in SIMULATED_WORDS), "")


def weapons_intercepted(tok: "Token") -> str:
    """Drones or missiles "intercepted" by air defences ("air defence systems intercepted and destroyed 41 Ukrainian
    drones"): the downing of an attack (ASSAULT from the side attacked), nothing seized. Returns the weapon, or ""."""
    if tok.lemma_.lower() != "intercept":
        return ""
    weapon = next((o for v in _verbs_told_with(tok) for o in objects(v) + (passive_subjects(v) if is_passive(v) else [])
                   if o.lemma_.lower() in AERIAL_WEAPON_NOUNS or o.lower_ in AERIAL_WEAPON_NOUNS), None)
    return weapon.text if weapon is not None else ""


def unmanned_incursion(tok: "Token") -> str:
    """A drone or a balloon that entered or crossed into a state's airspace ("a drone had crossed into Polish airspace
    from Belarus"): no show of force by anyone (team decision, round 28; a military craft entering stays MOBILIZE).
    Returns the drone's word, or ""."""
    drone = next((s for s in subjects(tok) if s.lemma_.lower() in AERIAL_WEAPON_NOUNS or s.lower_ in AERIAL_WEAPON_NOUNS),
                 None)
    return drone.text if drone is not None else ""


def pressed_by_no_one(tok: "Token") -> str:
    """People "pressed" or "pressured" into something in the passive with no one named who presses ("many conscripts
    are pressed to sign contracts", "the migrants were pressed into signing contracts"): how they are treated, no
    request of a party (not "Kyiv is being pressed by Washington to ..."). Returns the people's word, or ""."""
    if tok.lemma_.lower() not in PRESSING_LEMMAS or not is_passive(tok) or agents(tok):
        return ""
    people = passive_subjects(tok)
    if not people or any(p.ent_type_ in ("GPE", "NORP", "ORG") or p.pos_ == "PROPN" for p in people):
        return ""
    return people[0].text


def market_propped(tok: "Token") -> str:
    """A currency, an index or prices "supported" or "underpinned" by something ("The Russian rouble firmed ...,
    supported by month-end tax payments by exporters"): a market move, no political support. Returns the market's
    word, or ""."""
    if tok.lemma_.lower() not in PROPPING_LEMMAS:
        return ""
    held = objects(tok) + (passive_subjects(tok) if is_passive(tok) else [])
    if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN":
        held += [tok.head] if tok.head.pos_ in ("NOUN", "PROPN") else subjects(tok.head)
    thing = next((h for h in held if h.lemma_.lower() in PROPPED_MARKET_THINGS or h.lower_ in PROPPED_MARKET_THINGS), None)
    return thing.text if thing is not None else ""


def confessed_offence(tok: "Token") -> str:
    """An act named as what someone confessed or pleaded guilty to ("signed a confession to looting", "confessed to
    taking part in the riots"): the offence, no act of the day (not "the ministry admitted to striking the depot").
    Returns the word of the confession, or ""."""
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ in ("to", "of") \
                and cur.head.head.lemma_.lower() in CONFESSION_HEADS:
            return cur.head.head.text
        if cur.dep_ not in ("pobj", "pcomp", "prep", "compound") or cur.head.i == cur.i:
            return ""
        cur = cur.head
    return ""


def private_talk(tok: "Token") -> str:
    """Something talked over among private people ("it is still discussed only within families", "discussed among
    neighbours"): no consultation of parties. Returns the circle's word, or ""."""
    circle = next((o for o in prep_objects(tok, ("within", "among", "in", "at", "between"))
                   if o.lemma_.lower() in PRIVATE_CIRCLES or o.lower_ in PRIVATE_CIRCLES), None)
    return circle.text if circle is not None else ""


def _staged_fight(sent) -> "Token | None":
    """A fight in the sentence marked as staged ("a staged battle", "a mock siege")."""
    return next((t for t in tokens_with_lemma(sent, SHOW_FIGHT_NOUNS) if t.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in SIMULATED_WORDS for c in t.children)), None)


def _party_doer(doer: "Token") -> bool:
    """A doer that names a state, a people or a force ("Russian troops", "Azerbaijan"), not performers ("horsemen")."""
    return any(w.ent_type_ in ("GPE", "NORP", "ORG") or w.lemma_.lower() in CLASH_FORCE_NOUNS for w in doer.subtree)


def _framed_by(tok: "Token", fight: "Token") -> bool:
    """The trigger is told inside the staged fight ("a staged battle in which horsemen stormed a fortress") or the fight
    is where the trigger's act took place ("stormed a fortress ... in a staged battle"); not an act beside it ("accused
    Moscow of a staged attack ..., after drones struck the plant")."""
    heads = {tok.i} | {c.i for c in tok.conjuncts}
    return any(t.i == tok.i for t in fight.subtree) or any(a.i in heads for a in fight.ancestors)


def staged_battle(tok: "Token") -> str:
    """A storming or a capture in a staged fight of a festival or a show ("ended with a staged battle in which horsemen
    stormed a fortress and 'captured' the banner of a rival clan"): a performance, no attack (round-31 team decision);
    not when a state or a force does it ("Russian troops stormed the village, in what Kyiv called a staged battle").
    Returns the staged fight's phrase, or ""."""
    fight = _staged_fight(tok.sent)
    if fight is None or not _framed_by(tok, fight):
        return ""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    if not doers or any(_party_doer(d) for d in doers):
        return ""
    return tok.doc[fight.left_edge.i:fight.i + 1].text
