"""Vetoes: reasons not to code a trigger, asked before its roles are found (analysis.py asks `veto_verdict`, which runs
the `VETOES` that apply to the trigger in order on it, as a `Trigger`, and the first `Veto` that finds something gives
the verdict). Each names a reading that is no new act of a party: a timetable preview, a private trip, a package of
measures told as a name, a study's finding, a call to rally, a document only described, and the like; the checks of
non_acts.py, staged_acts.py, police_acts.py and figurative.py are listed here too. Also the checks analysis.py shares
with the vetoes (threat words, non-actor subjects, denials)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from tocsin.actors.dictionary import ActorDictionary
from tocsin.coding.actor_link import NON_STATE_CODES, MentionIndex, entities_of
from tocsin.coding.dates import WEEKDAYS, find_dates
from tocsin.coding.lexicon import TriggerRule
from tocsin.coding.syntax import (FUTURE_AUX, agents, attributive_participle, head_lemma, ancestors_chain, clause_verb, is_passive, judged_fit, modality,
                                  objects, passive_subjects, prep_objects, subjects, to_infinitive)
from tocsin.coding.triggers import ACTOR_NOUNS, NAMING_VERBS, RALLY_WORDS, SPEAKER_VERBS, TriggerHit, own_clause
from tocsin.coding.figurative import (commentator_advice, consumer_dealing, FIGURATIVE_DOER_TYPES, HAZARD_NOUNS, SPORT_COMPETITIONS, SPORT_NAMES,
                                      SPORT_PRONE_EVENTS, arts_praise, sporting_feat_praised,
                                      caught_in_between, commercial_offer, commercial_agreement, consular_help, contest_fight, contest_of_object, share_of_a_trade,
                                      defunct_state_doer, favour_to_guests, fiction_frame, figurative_doer,
                                      filmed_not_fired, forced_by_hazard, forced_on_a_person, hazard_warning, level_named, lines_meeting,
                                      natural_doer, policy_aimed, poll_share, price_cut, released_from_team,
                                      scoreline_on, sent_to_refuge, sport_cue, threatened_prospect, troops_sent_for_civil_work, unarmed_mobilised,
                                      closed_by_hazard_words, convict_oath, debate_clash, debate_words, broadcast_row,
                                      online_commentator, depicted_act, market_cut, market_demand_met, market_under_attack,
                                      nonpolitical_speaker, commentators_forecast, told_in_jest, criticism_from_commentators, opening_occasion, own_citizen_defended,
                                      own_nationals_helped, sport_body_act, club_dealing, civil_party_act,
                                      clash_of_words, generic_claim_noun, hazard_toll, crash_toll,
                                      legislators_reproach)
from tocsin.coding.staged_acts import (abstract_target, debate_in_which, diary_heading_ahead, displacement_described,
                                       fought_in_past_war, served_as_fighter, staged_battle, memorial_march, march_that_marked_a_day, march_on_a_marked_day, would_be_fighters, ceremonial_gathering,
                                       named_plan_gerund, neutral_stance, weekday_line_ahead, cited_headline, editors_note,
                                       play_period_strike, procurement_call, ruined_bond, salute_fired, space_launch,
                                       spectated_contest, sworn_oath, things_held_hostage, troops_marched,
                                       won_by_margin, league_panel_penalty, plot_in_present,
                                       every_span_of_fighting, remains_described, stray_weapon, weapons_intercepted, quoted_act_in_drill,
                                       unmanned_incursion, pressed_by_no_one, market_propped, confessed_offence,
                                       private_talk)
from tocsin.coding.non_acts import (BARE_DENIAL_WORDS, PUBLIC_WORDS, SPORT_GENRE_WORDS, TRADE_PUBLIC_NOUNS,
                                    animal_doer, arrivals_described, blamed_on_thing,
                                    congratulated_crowd, content_of_pending_bill, cyber_contest, helpers_handing_out,
                                    people_greeted_on_holiday, told_in_sermon,
                                    learnt_skill, medical_sense, meeting_with_home_officials, members_gathering,
                                    practice_reported_in_present, relief_sent_home, role_play,
                                    service_offered_to_public, curb_as_it_stands, fee_charged, wish_describing_people,
                                    activity_banned, crackdown_ordered, denied_as_untrue, described_as_accused,
                                    anonymity_asked, personal_favour_asked, business_deal, talks_with_firms, commercial_refusal, crowd_demand, market_reason_given, release_from_repair, event_road_closure, ballot_backing, pledge_to_voters, standing_pledge_of_no_party, generic_deed_as_subject, denied_report_content, quality_named_with_as, unnamed_doers_described, machine_backing, shown_how, house_of_culture_opens, handed_to_investigators, met_by_private_people,
                                    own_council_instructed, instructed_to_own_government, port_call, own_trainees_addressed, act_shown_how, measure_in_force_since, own_forces_thanked, talk_on_a_topic, reciprocal_people_described, claimed_by_a_post, claimed_by_unofficial_channels, fake_account_doer, run_by_someone, own_site_visited, protest_online, hardest_hit, economic_warning, sentence_sought, signed_off,
                                    vow_not_to_forgive,
                                    habit_of_states_at_large, principle_opposed, vague_sums_given,
                                    agenda_of_gathering, experts_exchange, appeal_for_donations, attack_in_words, civil_ruling, trial_party_motion_refused,
                                    claimed_footage, fake_clip_content, deed_naming_targets, exhorted_act, fight_likened_to_war,
                                    figurative_battle, forum_invitation, imperative_in_quote, kind_of_act_rated,
                                    obstruction_of_nothing, open_question, pledge_to_inquiry, question_asked,
                                    question_content, quoted_thing_doer, row_of_wordy_sides, unperceived_act,
                                    exhibit_content, sung_words, indifferent_condition, agreement_describing_a_thing,
                                    what_it_depends_on, ordnance_accident)
from tocsin.coding.word_lists import type_set, word_set
from tocsin.coding.police_acts import (advice_to_withdraw, breach_by_a_thing, departure_for_mission, doom_foretold,
                                       arrivals_of_the_displaced, attempt_of_a_described_party, blame_on_no_party, handover_for_the_case, handover_of_the_extradited,
                                       informant_on_the_phone, label_in_protest_note, offence_of_the_held,
                                       pledge_signed_by_kin, refusal_to_surrender, release_at_term_end,
                                       search_seizing_nothing, accused_in_a_case, detainee_freed_by_crowd,
                                       clients_visited_in_custody)
from tocsin import nlp
from tocsin.coding.drafts import QUOTE_MARKS, THREAT_CLAUSE_RULE, THREAT_JOINED_RULE, has_lemma, has_lower, has_word, tokens_with_lemma
from tocsin.coding.event_dates import PRESENT_TAGS, dated_to_a_day, subject_antecedent, will_or_would
from tocsin.coding.background import TRUTH_WORDS, denied_truth, sparse_record, COMMITTING_HEADS, ACCOUNTABLE_WORDS, DOCUMENT_NOUNS, REPORT_NOUNS, STALE_DAYS, TRAVEL_VERBS
from tocsin.coding.roles import (ACTOR_ENTITY_TYPES, BREACHING_VERBS, CUSTODY_AGENT_NOUNS, BLAMEWORTHY_ACTS, ENVOY_NOUNS, EXPERIENCER_PARTICIPLES,
                                 PARTY_QUANTIFIERS, actor_like, carrier_owners, makers_named, crowd_subject, owned_by_pronoun,
                                 tied_to)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


NON_ACTOR_WORDS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who"}


IMPERSONAL_SUBJECTS = word_set("impersonal_subjects")


DENIAL_WORDS = word_set("denial_words")
DISMISSING_VERBS = word_set("dismissing_verbs")


SEIZED_VESSELS = word_set("detained_vessels")
SEIZING_LEMMAS = {"seize", "detain", "impound", "capture", "board"}


def _seized_vessel_accused(tok: "Token") -> str:
    """An accusing participle on a seizure whose charge falls on the seized ship itself ("seized a Comoros-flagged tanker
    ..., accusing it of smuggling diesel"): the grounds given for a seizure are part of it (README round 29), no charge
    against a party (not "expelled two diplomats, accusing them of spying", "detained three activists, accusing them
    of extremism"). Returns the vessel's word, or ""."""
    if tok.lemma_.lower() != "accuse" or tok.dep_ not in ("advcl", "conj") or tok.head.lemma_.lower() not in SEIZING_LEMMAS:
        return ""
    seized = [o for o in objects(tok.head) if o.lemma_.lower() in SEIZED_VESSELS]
    accused = objects(tok)
    if seized and accused and all(a.lower_ == "it" for a in accused):
        return seized[0].text
    return ""


def _bare_denial(verb: "Token") -> str:
    """"a charge the ministry dismissed as groundless", "rejected as baseless suggestions that ...": the charge is only
    denied; what it is called counter-accuses no one (README_sample_gold). Not "dismissed the report as one-sided and
    based on propaganda" nor "rejected the criticism as interference". Returns what it was called, or ""."""
    if verb.lemma_.lower() not in DISMISSING_VERBS:
        return ""
    if (untrue := _denied_before_report(verb)):
        return untrue
    holders = [verb, *objects(verb)]
    holders += [w for o in holders[1:] for w in prep_objects(o, ("of",))]  # ("dismissed reports of a clash ... as untrue")
    named = [w for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
             for w in c.subtree if w.i != c.i and w.pos_ in ("ADJ", "NOUN", "VERB") and w.dep_ != "prep"]
    named += [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
    if named and all(w.lemma_.lower() in DENIAL_WORDS or w.lower_ in DENIAL_WORDS or denied_truth(w) for w in named):
        # ("dismissed the report of gunfire as not true")
        return " ".join(w.text for w in named)
    return ""




def _denied_before_report(verb: "Token") -> str:
    """A denial word put before the report it denies ("dismissed as 'not true' a report that Bishkek had bought drones",
    "rejected as untrue media reports that Astana had agreed to host a base"): the parser hangs the report inside the
    "as" phrase, but what it is called is only the word right after "as": a bare denial. Returns that word, or ""."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        words = [w for w in prep.subtree if w.i > prep.i and not w.is_punct]
        while len(words) > 2 and words[0].dep_ == "advmod" and words[0].head.i == words[1].i:
            words = words[1:]  # ("dismissed as 'absolutely untrue' reports that ...": the degree word is not the name)
        if len(words) < 2:
            continue
        first, second = words[0], words[1]
        if first.lower_ in ("not", "never") and second.lower_ in TRUTH_WORDS:
            called, described = f"{first.text} {second.text}", second.head
        elif first.lower_ in DENIAL_WORDS and first.dep_ == "amod":
            called, described = first.text, first.head
        else:
            continue
        report = described.head if described.dep_ == "compound" else described  # ("untrue media reports")
        if report.lemma_.lower() in REPORT_NOUNS | ALLEGATION_WORDS or report.lower_ in REPORT_NOUNS | ALLEGATION_WORDS:
            return called
    return ""


ALLEGATION_WORDS = word_set("allegation_words")


def _inside_report_called_untrue(t: Trigger) -> str:
    """An act told in the "that" clause of reports a speaker dismisses as untrue before naming them ("dismissed as
    untrue reports that the government planned to freeze the accounts of NGOs"): the report's content, denied, no
    act or threat. Returns what the reports are called, or ""."""
    tok = t.tok
    for verb in tokens_with_lemma(tok.doc[tok.sent.start:tok.i], DISMISSING_VERBS):
        if not (called := _denied_before_report(verb)):
            continue
        marks = [w for w in tok.doc[verb.i:tok.i] if w.dep_ == "mark" and w.lower_ == "that"]
        if any(m.head.i == tok.i or m.head in tok.ancestors for m in marks):
            return called
    return ""


def _reports_called_untrue(t: Trigger) -> str:
    """A speaker who says reports of no named source are untrue ("said that reports of the ambassador being summoned
    were false", "Reports that Egypt had closed the crossing were false, an official said"): a bare denial, no charge
    against anyone. Reports of a named state or its media ("the Azerbaijani reports were false") stay ACCUSE.
    Returns the word they are called, or ""."""
    tok = t.tok
    if t.rule.id != "ACCUSE/condemning_clause":
        return ""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [tok.head] if tok.dep_ in ("parataxis", "ccomp") and tok.head.i != tok.i else []
    for clause in (c for c in clauses if c.lemma_.lower() == "be"):
        called = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        reports = [s for s in subjects(clause) if s.lemma_.lower() in REPORT_NOUNS | ALLEGATION_WORDS
                   or s.lower_ in REPORT_NOUNS | ALLEGATION_WORDS]
        if not called or not reports or any(c.lower_ not in BARE_DENIAL_WORDS for c in called):
            continue
        if not _named_source(reports, t):
            return called[0].text
    return _claims_called_untrue(t)


def _named_source(reports: list["Token"], t: Trigger) -> bool:
    """Reports with a named party as their source ("the Azerbaijani reports", "claims by Baku")."""
    sources = [c for r in reports for c in r.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    sources += [o for r in reports for o in prep_objects(r, ("by", "from", "in"))]
    return any(m.entity.code for m in t.index.in_tokens([w for src in sources for w in src.subtree]))


def _claims_called_untrue(t: Trigger) -> str:
    """Claims of no named source that a speaker calls untrue ("called the claims groundless", "called the reports
    false"; the parser may hang the claims as a compound of the word they are called): a bare denial, no charge.
    Claims of a named party ("called Baku's claims groundless") stay ACCUSE. Returns what they are called, or ""."""
    tok = t.tok
    if tok.lemma_.lower() != "call":
        return ""
    called = [c for c in tok.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in DENIAL_WORDS]
    if not called:
        return ""
    claims = [o for o in [*objects(tok), *(c for w in called for c in w.children if c.dep_ == "compound")]
              if o.lemma_.lower() in REPORT_NOUNS | ALLEGATION_WORDS or o.lower_ in REPORT_NOUNS | ALLEGATION_WORDS]
    return called[0].text if claims and not _named_source([*claims, *called], t) else ""  # ("Azerbaijan's" on the word)


def _pinned_on_actor(verb: "Token", index: MentionIndex) -> bool:
    """"linked the cyber attack on the Foreign Ministry to Russia", "tied the hacking to Iranian intelligence": a harmful act
    (the direct object) is tied to someone who acts (the "to" object); not "attributed the outage to technical works", nor
    "the measure was linked to a campaign against smuggling"."""
    acts = [o for o in objects(verb) if o.lemma_.lower() in BLAMEWORTHY_ACTS or o.lower_ in BLAMEWORTHY_ACTS]
    return bool(acts) and any(index.at(d) is not None or (
        actor_like(d, index) and d.lemma_.lower() not in NON_ACTOR_WORDS) for d in tied_to(verb, acts))


UNANSWERED_WORDS = word_set("unanswered_words")
RETRIBUTION_NOUNS = word_set("retribution_nouns")
RETRIBUTION_VERBS = word_set("retribution_verbs")
CONSEQUENCE_VERBS = word_set("consequence_verbs")
CONSEQUENCE_NOUNS = word_set("consequence_nouns")
PROVOKING_ACTS = word_set("provoking_acts")
ANSWERING_PREPS = word_set("answering_preps")
FIRST_PERSON = {"i", "we", "us", "me", "our"}


PARTY_ENTITY_TYPES = {"GPE", "NORP", "ORG", "PERSON"}
POINTING_DETERMINERS = {"such", "this", "that", "these", "those"}


def _party_or_hostile_act(subj: "Token") -> bool:
    """A subject a threat can speak of: a party ("Tehran would not remain silent", "we will not stand idly by") or a
    hostile act ("such a move will not go unanswered"), not "her contribution will not go unnoticed"."""
    return subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in PARTY_ENTITY_TYPES or subj.lemma_.lower() in PROVOKING_ACTS


def _owned_act(act: "Token") -> bool:
    """An act noun that is another side's, named or pointed back to: "any attempt by Chisinau", "Kyiv's decision",
    "any deployment of foreign troops", "such a step" (not "any decision to raise rates", whose doer is nobody in
    particular)."""
    return any((c.dep_ == "poss") or (c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS)
               or (c.dep_ == "amod" and c.lower_ == "such")
               or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from")
                   and any(o.pos_ == "PROPN" or o.ent_type_ in PARTY_ENTITY_TYPES or o.lemma_.lower() in ACTOR_NOUNS
                           or o.lower_ in ACTOR_NOUNS for o in c.children))
               for c in act.children)


def threat_words(clause: "Token") -> str:
    """What makes a reported future clause a threat to another side, or "": it will not let the other's act pass
    ("such a move will not go unanswered", "Tehran would not remain silent", "will not stand idly by"); the other
    side will receive or face retribution ("anyone who miscalculates will receive a response", "will pay a heavy
    price"); the other side's step will bring consequences ("any attempt by Chisinau would have the most serious
    consequences", not "the drought will have consequences"); or wrongdoers will answer or be held to account
    ("those responsible will answer under the law", "the organisers would be held accountable")."""
    if not will_or_would(clause):
        return ""
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in clause.children)
    subj = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    if coming := _coming_answer(clause, lemma, subj, negated):
        return coming
    if negated:
        told = [w for c in clause.children if c.dep_ in ("acomp", "oprd", "xcomp", "advmod", "ccomp", "dobj")
                for w in (c, *c.children) if w.lower_ in UNANSWERED_WORDS]
        # "Moscow would not leave any further steps without a response", "such steps will not remain without consequences"
        told += [o for h in (clause, *objects(clause)) for o in prep_objects(h, ("without",))
                 if o.lemma_.lower() in RETRIBUTION_NOUNS]
        if not any(_party_or_hostile_act(s) for s in subj):
            return ""  # "her contribution to literature will not go unnoticed"
        return f"not ... {told[0].text}" if told else ""
    if mirrored := _mirrored_step(clause, lemma, subj):
        return mirrored
    if any(s.lower_ in FIRST_PERSON for s in subj):
        return ""  # "we will pay a price": the speaker's own cost
    objs = [c for c in clause.children if c.dep_ == "dobj"] + prep_objects(clause, ("to", "in"))
    if lemma in RETRIBUTION_VERBS and any(o.lemma_.lower() in RETRIBUTION_NOUNS for o in objs):
        return f"{clause.text} ... {next(o for o in objs if o.lemma_.lower() in RETRIBUTION_NOUNS).text}"
    if lemma in CONSEQUENCE_VERBS and any(o.lemma_.lower() in CONSEQUENCE_NOUNS or o.lower_ in CONSEQUENCE_NOUNS
                                          for o in objs) and any(s.lemma_.lower() in PROVOKING_ACTS and _owned_act(s)
                                                                 for s in subj):
        return f"{subj[0].text} ... {clause.text} consequences"
    if lemma == "answer" and prep_objects(clause, ANSWERING_PREPS) and not _held_already(subj):
        return f"{clause.text} ..."
    if lemma == "hold" and is_passive(clause) and any(c.lower_ in ACCOUNTABLE_WORDS for c in clause.children
                                                       if c.dep_ in ("oprd", "acomp", "xcomp", "attr")):
        return "held accountable"
    return _answer_to_trespass(clause, lemma, subj) or doom_foretold(clause)


FORCEFUL_ANSWERS = word_set("forceful_answers")
HELD_PARTICIPLES = word_set("held_participles")
HELD_PEOPLE = word_set("custody_people")


def _held_already(subj: Sequence["Token"]) -> bool:
    """People already held or charged who "will answer for" crimes ("the detained reporters will answer for specific
    crimes, not for their profession", "those arrested will answer before the court"): a defence of their detention, no
    warning of what is to come."""
    return any(s.lemma_.lower() in HELD_PEOPLE or s.lower_ in HELD_PEOPLE or any(
        c.dep_ in ("amod", "acl", "relcl") and c.lemma_.lower() in HELD_PARTICIPLES for c in s.children) for s in subj)


DESTROYING_VERBS = word_set("destroying_verbs")
ANY_DETERMINERS = {"any", "every", "each", "whatever"}


HANDLING_VERBS = word_set("handling_verbs")
FIRM_MANNER_WORDS = word_set("firm_manner_words")
COMING_VERBS = word_set("coming_verbs")


# how a warned answer is told to come ("the response will be immediate", "our answer will be swift and decisive")
SWIFT_ANSWER_WORDS = word_set("swift_answer_words")


def _mirrored_step(clause: "Token", lemma: str, subj: Sequence["Token"]) -> str:
    """The speaker's side promising to do in turn what the other side does, on that condition (PLOVER THREATEN):
    "Should Poland close the border again, we will close ours to its lorries", "if they expel our diplomats, we will
    expel theirs". The condition's verb is the clause's own and its subject is no first person."""
    if not any(s.lower_ in FIRST_PERSON for s in subj):
        return ""
    # (the condition before the clause, also where the parser hung it elsewhere, as after a dateline)
    for c in [*(c for c in clause.children if c.dep_ == "advcl"), *(t for t in clause.sent if t.i < clause.i and t.pos_ == "VERB")]:
        if c.lemma_.lower() != lemma:
            continue
        cond_subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        marked = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) or any(
            m.dep_ == "aux" and m.lower_ == "should" and any(s.i > m.i for s in cond_subj) for m in c.children)
        if marked and cond_subj and not any(s.lower_ in FIRST_PERSON for s in cond_subj):
            return f"{cond_subj[0].text} {c.text} ..., {subj[0].text} will {clause.text}"
    return ""


def _coming_answer(clause: "Token", lemma: str, subj: Sequence["Token"], negated: bool) -> str:
    """A side's answer told as soon to come (PLOVER THREATEN): "Moscow's response will not be long in coming", "Moscow's
    answer would follow shortly", "a response will come soon". The subject is the answer itself; not "the results will
    follow" nor "the decision will not be long in coming" (no answer)."""
    answers = [s for s in subj if s.lemma_.lower() in RETRIBUTION_NOUNS]
    if not answers:
        return ""
    if negated and lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "long" for c in clause.children):
        return f"{answers[0].text} ... not be long in coming"
    if not negated and lemma in COMING_VERBS:
        return f"{answers[0].text} ... {clause.text}"
    if not negated and lemma == "be" and (swift := [c for c in clause.children if c.dep_ == "acomp"
                                                    and c.lower_ in SWIFT_ANSWER_WORDS]):
        return f"{answers[0].text} will be {swift[0].text}"  # "the response will be immediate"
    return ""


ANSWERING_STEP_NOUNS = word_set("answering_step_nouns")
FORCEFUL_STEP_MARKS = word_set("forceful_step_marks")


def _forceful_answer(noun: "Token") -> bool:
    """A forceful answer ("force", "a rebuff") or a step marked as one ("decisive measures", "a harsh response")."""
    lemma = noun.lemma_.lower()
    return lemma in FORCEFUL_ANSWERS or (lemma in ANSWERING_STEP_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in FORCEFUL_STEP_MARKS for c in noun.children))


def _answer_to_trespass(clause: "Token", lemma: str, subj: Sequence["Token"]) -> str:
    """A future passive that tells how any trespass will be answered (PLOVER THREATEN): "any attempt to repeat the events
    of October 4 would be met with the full force of the law", "any incursion will be met with force", "any group
    attempting to cross the frontier will be destroyed". The subject is some act or party of the other side, not a plain
    thing ("the proposal will be met with interest"). Also told actively of the trespasser ("anyone trying to disrupt the
    referendum will face the full force of the law") and as firm handling ("any violation of its airspace would be dealt
    with firmly")."""
    trespass = [s for s in subj if s.lemma_.lower() in PROVOKING_ACTS or s.lower_ in IMPERSONAL_SUBJECTS or any(
        d.dep_ == "det" and d.lower_ in ANY_DETERMINERS for d in s.children)]
    if not trespass:
        return ""
    if not is_passive(clause):
        if lemma in RETRIBUTION_VERBS and any(o.lemma_.lower() in FORCEFUL_ANSWERS for o in clause.children if o.dep_ == "dobj"):
            return f"{trespass[0].text} ... {clause.text} ..."
        return ""
    if lemma == "meet" and any(_forceful_answer(o) for o in prep_objects(clause, ("with",))):
        return f"{trespass[0].text} ... met with ..."
    if lemma in HANDLING_VERBS and any(w.lower_ in FIRM_MANNER_WORDS and (w.dep_ == "advmod" or w.head.head.i == clause.i)
                                       for c in clause.children for w in (c, *c.children)):  # ("dealt with [harshly]")
        return f"{trespass[0].text} ... {clause.text} ... firmly"
    if lemma in DESTROYING_VERBS and any(d.dep_ == "det" and d.lower_ in ANY_DETERMINERS for s in trespass for d in s.children) \
            or (lemma in DESTROYING_VERBS and any(s.lower_ in IMPERSONAL_SUBJECTS for s in trespass)):
        return f"{trespass[0].text} ... {clause.text}"
    return ""


def _reporter_question(verb: "Token") -> bool:
    """"Asked about the drills, the minister said ...", "When asked whether ...", "X, asked about that account at a
    briefing, said ...": the question put to a speaker before the answer, not a request."""
    if verb.lemma_.lower() != "ask" or verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    asked_about = any(c.dep_ == "prep" and c.lower_ == "about" or c.lower_ in ("whether", "if") for c in verb.subtree)
    doc = verb.doc
    answered = (verb.head.lemma_.lower() in SPEAKER_VERBS and verb.head.i > verb.i) or any(  # (or the parser made the
        doc[t.i].text == "," and doc[t.i + 1].lemma_.lower() in SPEAKER_VERBS for t in doc[verb.i:verb.sent.end - 1])  # aside its root)
    if asked_about and verb.i > 0 and doc[verb.i - 1].text == "," and answered \
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return True  # "Guo Jiakun, asked about that account at a regular briefing, said he was not aware of it" (an aside:
        # a subject the parser gives it, such as the dateline, is not its own)
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = [t for t in verb.doc[verb.sent.start:verb.i] if not t.is_punct]
    if before and before[-1].lower_ in ("when", "once") and any(  # '"We do not need mediators," X said when asked about'
            c.dep_ == "prep" and c.lower_ == "about" or c.lower_ in ("whether", "if") for c in verb.subtree):
        return True
    return not before or (len(before) == 1 and before[0].lower_ in ("when", "if", "once"))


PROTEST_SIGNS = word_set("protest_signs")


def _side_effect(verb: "Token") -> bool:
    """A participle telling what another act caused: "missiles struck energy facilities, cutting power to a million
    homes", "a drone crashed into power lines, cutting electricity", also a later participle joined to the first:
    "Heavy rain sent mud through villages, destroying 48 houses and cutting power" (a supply withheld is a finite act
    of its own: "Gazprom cut gas supplies to Moldova")."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG" and verb.head.i < verb.i \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children)


ACTOR_SUBJECT_REQUIRED = type_set("actor_subject_required")
OPINION_TYPES = {"SUPPORT", "REJECT", "ACCUSE", "AGREE", "REQUEST"}  # what a poll's share of people may voice


def note_of_protest(word: "Token") -> bool:
    """"protest" naming a diplomatic document ("handed a protest note", "a note of protest"): no crowd protests."""
    if word.dep_ == "compound" and word.head.lemma_.lower() in DOCUMENT_NOUNS:
        return True
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in DOCUMENT_NOUNS


def _protest_demand(tok: "Token", hit: TriggerHit, hits: Sequence[TriggerHit], doc: "Doc") -> bool:
    """A demand voiced by protesters in a sentence that reports the protest ("rallied outside parliament,
    demanding his resignation"; "signs demanding"; "a crowd gathered and demanded a referendum") is the
    protest's aim, not a separate REQUEST. Signs and banners demand only for protesters, whatever else the sentence says."""
    if not hit.nominal and tok.dep_ == "acl" and tok.head.lemma_.lower() in PROTEST_SIGNS:
        return True
    if hit.nominal or not any(h.rule.event == "PROTEST" and not note_of_protest(doc[h.token_i]) for h in hits):
        return False
    participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "conj")
    where_clause = tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children)  # "a gathering ..., where they demanded"
    return participle or where_clause or crowd_subject(tok)


def _public_addressee(tok: "Token", index: "MentionIndex | None" = None) -> str:
    """The addressee of a request when it is the general public ('asked residents to avoid the area', "Drivers are
    asked not to set off"), also of a call
    told as a noun ("repeated his call for citizens to save water") and the speaker's own nation in the plural
    ("Tokayev repeated his call for Kazakhs to save water"): an appeal to one's own citizens is not coded."""
    cands = objects(tok) + prep_objects(tok, ("on", "upon", "to")) + [  # ("appealed to anyone with information")
        # (the parser may tag "on" a particle)
        g for p in tok.children if p.dep_ == "prt" and p.lower_ in ("on", "upon") for g in p.children if g.dep_ == "pobj"]
    if tok.pos_ == "VERB" and is_passive(tok):  # "Drivers are asked not to set off ...", "Residents were urged to stay indoors"
        cands += passive_subjects(tok)
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if tok.pos_ == "NOUN":  # "his call for Kazakhs to save water", "his call on Armenians to stay calm"
        cands += prep_objects(tok, ("for",))
        clauses += [c for c in (*tok.children, *tok.head.children) if c.dep_ == "advcl" and c.tag_ == "VB"]
    for c in clauses:  # "urged residents to leave" is often parsed with the addressee as the complement's subject
        cands += [s for s in c.children if s.dep_ == "nsubj"]
    if tok.dep_ == "conj" and any(c.lower_ == "them" for c in cands):  # "warned parents ... and urged them to vaccinate"
        cands += _earlier_addressees(tok)
    if (anyone := next((o for o in prep_objects(tok, ("to",)) if o.lower_ in PUBLIC_PRONOUNS), None)) is not None:
        return anyone.text  # "appealed to anyone with information" (not "anyone who tries ... will face", a threat)
    for c in cands:
        if (c.lemma_.lower() in PUBLIC_WORDS or c.lower_ in PUBLIC_WORDS or _people_in_a_place(c)) \
                and not (index is not None and _another_nations_people(c, tok, index)):
            return c.text
    if index is not None:
        return next((c.text for c in cands if _speakers_own_nation(c, tok, index)), "")
    return ""


def _earlier_addressees(tok: "Token") -> list["Token"]:
    """The objects of the nearest verb above a coordinated one, which "them" points back to ("warned parents that
    measles was spreading and urged them to vaccinate": parents)."""
    head = tok.head
    for _ in range(3):
        if objects(head) or head.head is head:
            return objects(head)
        head = head.head
    return []


def _people_in_a_place(addressee: "Token") -> bool:
    """"those" told only by where they are ("urged those already there to leave", "those still here"): whoever is in
    a place, the public ("urged those still in the country to leave"; not "those responsible", "those who ordered the
    attack", "those in power")."""
    if addressee.lower_ != "those":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("there", "here") for c in addressee.children):
        return True
    places = [c for c in addressee.children if c.dep_ == "prep" and c.lower_ == "in"]
    return bool(places) and any(m.dep_ == "advmod" and m.lower_ in ("still", "already")
                                for w in (addressee, *places) for m in w.children)


def _speakers_own_nation(addressee: "Token", tok: "Token", index: "MentionIndex") -> bool:
    """Whether a plural nation word addresses the speaker's own people ("Tokayev called on Kazakhs to save water",
    "Pashinyan renewed his call on Armenians to stay calm"; not "Zelensky called on Russians to protest")."""
    plural_demonym = addressee.ent_type_ == "NORP" and (addressee.tag_ == "NNS" or addressee.lower_.endswith("s"))
    if addressee.tag_ != "NNPS" and not plural_demonym:  # (the parser tags "Georgians" NNP)
        return False
    nation = ActorDictionary.bundled().country_code(addressee.text)
    return bool(nation) and len(nation) == 3 and _speaker_codes(tok, index) == {nation}


def _speaker_codes(tok: "Token", index: "MentionIndex") -> set[str]:
    """The actor codes of who makes the appeal (the subject of the verb, or of the verb a call noun hangs on)."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") else tok
    return {m.entity.code for m in index.in_tokens(subjects(verb)) if m.entity.code}


def _another_nations_people(addressee: "Token", tok: "Token", index: "MentionIndex") -> bool:
    """People of a trade named by a nation other than the speaker's ("Russia's coast guard urged Japanese fishermen to
    leave"): that state's people, a party, not the speaker's own public (not "urged farmers to save water")."""
    if addressee.lemma_.lower() not in TRADE_PUBLIC_NOUNS and addressee.lower_ not in TRADE_PUBLIC_NOUNS:
        return False
    nations = {ActorDictionary.bundled().country_code(c.text) for c in addressee.children
               if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")} - {None, ""}
    speakers = _speaker_codes(tok, index) if nations else set()
    return bool(speakers) and not nations & speakers


PUBLIC_PRONOUNS = word_set("public_pronouns")


def _opinion_agreement(tok: "Token", index: MentionIndex) -> bool:
    """'said they agree with the recommendation', 'agreed with the Senate that ...': sharing a view."""
    if tok.lemma_.lower() != "agree":
        return False
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs:
        return False
    if any(c.dep_ == "ccomp" for c in tok.children):
        return True
    partners = [p for w in withs for p in w.children if p.dep_ in ("pobj", "pcomp")]
    return bool(partners) and not any(actor_like(p, index) for p in partners) and not any(
        c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "to")) for c in tok.children)


def _permitting_actor(tok: "Token", index: MentionIndex) -> bool:
    """'Minsk allowed Russia to ...', 'were allowed to cross': an actor grants the permission (or the
    passive leaves it implicit); not a law, power or participle clause ('..., allowing police to ...')."""
    if is_passive(tok):
        return not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children)
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):  # "Germany is ready to help": the copula's subject
        tok = tok.head
    if tok.tag_ == "VBG" or tok.dep_ in ("relcl", "acl"):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subj) and all(index.at(s) is not None or s.pos_ == "PROPN" or s.ent_type_ in ACTOR_ENTITY_TYPES
                              or s.lemma_.lower() in ACTOR_NOUNS or s.tag_ == "PRP" for s in subj)


THING_PRONOUNS = {"nothing", "everything", "something", "anything"}
STANDING_SPOTS = word_set("standing_spots")
GETAWAY_VERBS = word_set("getaway_verbs")
TOPIC_TURNING_VERBS = word_set("topic_turning_verbs")


def _stood_by_a_spot(verb: "Token") -> str:
    """A spot one stands by ('"When the shooting started I was standing by the bridge"'): no side taken. Returns the
    spot, or ""."""
    if verb.lemma_.lower() not in ("stand", "side"):
        return ""
    return next((w.text for w in prep_objects(verb, ("by", "with")) if w.lemma_.lower() in STANDING_SPOTS), "")


def _getaway(verb: "Token", by_token: dict[int, TriggerHit]) -> str:
    """Attackers leaving the scene of their attack ("The gunmen fired on the workers' trailers and withdrew across the
    Panj"): a withdrawal joined to an attack by the same doers, no side giving ground. Returns the attack's verb, or
    ""."""
    if verb.lemma_.lower() not in GETAWAY_VERBS:
        return ""
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        joined = [verb.head]
    else:
        joined = [c for c in verb.children if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return next((j.text for j in joined if j.i in by_token and by_token[j.i].rule.event == "ASSAULT"), "")


def _saving_purpose(verb: "Token") -> str:
    """The saving a closure is for ("closed government offices on Monday and Tuesday to save gas"): a measure at home,
    no coercion. Returns the purpose verb, or ""."""
    return next((c.text for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)
                 and c.lemma_.lower() in TECHNICAL_CUT_WORDS), "")


def _struck_back(verb: "Token", by_token: dict[int, TriggerHit]) -> str:
    """A bare "struck back" / "hit back" is a retort ("Uzum has struck back with its own instalment-payment plans"),
    not a strike on anyone: neither at someone ("hit back at Hezbollah positions") nor told by an act beside it
    ("Israeli jets hit back overnight, striking Hamas targets"). Returns the particle, or ""."""
    if verb.lemma_.lower() not in ("strike", "hit") or prep_objects(verb, ("at", "against", "on")) or objects(verb) \
            or any(c.i in by_token for c in verb.children):
        return ""
    return next((c.text for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"), "")


def _act_found_in_breach(t: Trigger) -> str:
    """An act named by a noun that is the subject of a finding of a breach ("found that the pre-trial detention of the
    reporter breached his rights", "concluded that the arrest of X breached the Covenant"): the old act the ruling
    judges, not a new one. Returns the verb, or ""."""
    noun = t.tok
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in BREACHING_VERBS and verb.dep_ in ("ccomp", "conj"):
        return verb.text
    return ""


def _case_described_by_filing(t: Trigger) -> str:
    """A case named by who brought it, in a participle with no time of its own ("will deliver its judgment in a case
    brought by a Georgian journalist against the government"): the case described, no filing in the news. Returns
    the case noun, or ""."""
    tok = t.tok
    if t.rule.id != "ACCUSE/file_lawsuit" or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return ""
    if any(c.dep_ in ("npadvmod", "prep") and c.lower_ in {*WEEKDAYS, "on", "yesterday", "today"} for c in tok.children):
        return ""  # ("a case brought by Ukraine on Monday": the filing dated, news)
    return tok.head.text


def _breach_denied(t: Trigger) -> str:
    """A finding of a breach told as denied ("'The new law does not violate anyone's rights,' the minister said"): no
    one is accused. Returns the negation, or ""."""
    clauses = [c for c in t.tok.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in BREACHING_VERBS]
    clauses += [t.tok.head] if t.tok.dep_ in ("parataxis", "ccomp") and t.tok.head.lemma_.lower() in BREACHING_VERBS else []
    return next((c.text for clause in clauses for c in clause.children if c.dep_ == "neg"), "")


def _act_in_a_name_given(verb: "Token") -> str:
    """An act in a clause describing the name someone gives a thing ("inflation, which she called 'an enemy we are
    slowly beating'", "described the reform as a battle we are winning"): a likeness, no act. Returns the name, or ""."""
    if verb.dep_ != "relcl":
        return ""
    name = verb.head
    giver = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else name.head
    if name.dep_ in ("oprd", "attr", "pobj") and giver.lemma_.lower() in NAMING_VERBS:
        return name.text
    return ""


def _naming_call(verb: "Token") -> str:
    """"Call" in the sense of naming ('what one investigator called "a teenager with a phone"', 'Analysts called the
    method "espionage by phone"'): no phone call. Returns the name given, or ""."""
    if verb.lemma_.lower() != "call":
        return ""
    doc = verb.doc
    named = [c for c in verb.children if c.dep_ == "oprd"]
    named += [o for o in objects(verb) if any(t.text in QUOTE_MARKS or t.tag_ in ("``", "''") for t in  # 'called the
              doc[max(o.left_edge.i - 1, 0):o.right_edge.i + 2])]  # scheme "fraud by telephone"', the quote its object
    return named[0].text if named else ""


def _talk_of_the_day(noun: "Token") -> str:
    """"The talk" as what people talk of ("Today the talk in Tashkent is of railways rather than rockets", "the talk
    among diplomats has turned to water"): no meeting. Returns the verb, or ""."""
    if noun.lower_ != "talk" or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in TOPIC_TURNING_VERBS:
        return ""
    if prep_objects(noun, ("with", "between")):
        return ""
    return noun.head.text


def _forecast(tok: "Token", index: MentionIndex, by_token: dict[int, TriggerHit]) -> str:
    """'warned that higher prices could push inflation up': the warned-of clause has a subject that is no
    actor, so nobody threatens anything (but "warned that any attempt to ... would have consequences" tells of the
    warner's answer: see `threat_words`, and "warned that a curfew would be imposed if ..." the warner's own measure:
    see `_measure_on_condition`). Returns that subject's text, or "". A threat with an infinitive ("threatened to
    close the border should the region vote") is the subject's own threat."""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return ""
    for c in tok.children:
        if c.dep_ == "ccomp" and not any(_warned_of_actor(d, index) for d in c.conjuncts if d.pos_ in ("VERB", "AUX")):
            # (a second warned-of clause may tell the answer: "that any strike would be treated as an attack, and that
            # Berlin would be answered with everything Russia has")
            subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") or (s.dep_ == "csubj" and _takes_time(c))]
            if subj and not _warned_of_actor(c, index) and not _measure_on_condition(c, by_token) \
                    and not _any_comer_targeted(c, by_token):
                # ("cautioned that nothing is agreed until everything is agreed")
                return " ".join(s.text for s in subj)  # (not "warned that any attempt ... would have consequences")
    return ""


DURATION_VERBS = word_set("duration_verbs")
DURATION_NOUNS = word_set("time_nouns") | word_set("clock_time_nouns")


def _takes_time(clause: "Token") -> bool:
    """A warned-of clause telling how long a task takes ("warned that clearing the backlog of trucks could take several
    days"): a forecast of a delay, whatever the task (not "warned that attacking its sites would trigger a response")."""
    return clause.lemma_.lower() in DURATION_VERBS and any(
        o.lemma_.lower() in DURATION_NOUNS for o in [*objects(clause), *prep_objects(clause, ("for",))])


def _warned_of_actor(clause: "Token", index: MentionIndex) -> bool:
    """A warned-of clause with an actor as its subject, or words of a threat ("any attempt ... would have
    consequences", "all options are on the table")."""
    subj = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(actor_like(s, index) and s.lower_ not in THING_PRONOUNS for s in subj) or bool(threat_words(clause)) \
        or _options_on_table(clause)


def _options_on_table(clause: "Token") -> bool:
    """The stock threat "all options are on the table" as the warned-of clause ("warned Israel that 'all options are
    on the table' if its aircraft again entered Iranian airspace"): the warner's own options, no forecast."""
    return any(s.dep_ == "nsubj" and s.lemma_.lower() == "option" for s in clause.children) and any(
        w.lower_ == "table" and w.head.lower_ == "on" for w in clause.subtree)


THREAT_CONDITION_MARKS = {"if", "unless", "should"}  # (narrower than syntax.CONDITION_MARKS: no "until", "once")


def _measure_on_condition(clause: "Token", by_token: dict[int, TriggerHit]) -> bool:
    """A coercive measure told in the agentless passive as what will come if the other side goes on ("warned that a
    curfew would be imposed in Khorog if the gatherings continued"): the warner's own measure, a threat (not "warned
    that a curfew could be imposed", a forecast, nor a measure with no condition)."""
    hit = by_token.get(clause.i)
    if hit is None or hit.rule.event not in ("COERCE", "SANCTION") or not is_passive(clause) or agents(clause):
        return False
    if not will_or_would(clause):
        return False
    return any(m.dep_ == "mark" and m.lower_ in THREAT_CONDITION_MARKS for a in clause.children if a.dep_ == "advcl"
               for m in a.children)


TARGET_NOUNS = {"target"}


def _any_comer_targeted(clause: "Token", by_token: dict[int, TriggerHit]) -> bool:
    """Whoever does something told as sure to be attacked ("warned that any ship calling at Israeli ports would be
    targeted", "any vessel doing so will be a target"): the warner's own attack announced, a threat (not "warned
    that ships could be attacked", nor "any ship would be attacked by pirates", a forecast of another's act)."""
    if not will_or_would(clause) or not any(s.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ in ("any", "every") for d in s.children) for s in clause.children):
        return False
    if clause.lemma_.lower() == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in TARGET_NOUNS for c in clause.children)
    hit = by_token.get(clause.i)
    return hit is not None and hit.rule.event == "ASSAULT" and is_passive(clause) and not agents(clause)


def _warned_of_another(tok: "Token", by_token: dict[int, TriggerHit], index: MentionIndex) -> str:
    """'Moldova warned that Russia could attack its grid': the warned-of clause is another actor's possible
    attack or coercion, so the warner threatens nobody. Returns that actor's text, or "". ("Iran warned that
    the US would pay a price" is a threat: paying a price is no act of the US.)"""
    own = {e.code for e in entities_of(subjects(tok), index) if e.code}
    # the warned-of clause is the complement ("warned that X could attack") or, with the warning told last,
    # the head ("X could attack ..., officials warned")
    clauses = [c for c in tok.children if c.dep_ == "ccomp"] + ([tok.head] if tok.dep_ in ("ccomp", "parataxis") else [])
    for c in clauses:
        if not any(m.dep_ == "aux" and m.lower_ in ("could", "might", "may") for m in c.children):
            continue
        doers = entities_of([t for t in subjects(c) if not owned_by_pronoun(t)], index)  # not "its fighters could"
        # armed groups, gangs and hackers: whatever they might do ("could regroup", "could use drones to attack")
        armed = [e for e in doers if e.sector in ("REB", "UAF", "CRM") and (e.code in ("", "IMG") or e.code not in own)]
        if armed:
            return armed[0].entity_text
        hit = by_token.get(c.i)
        if hit is None or hit.rule.event not in ("ASSAULT", "COERCE"):
            continue  # "warned that the US could face consequences" is a threat
        others = [e for e in doers if e.code and e.code not in own]  # another state's possible attack
        if others:
            return others[0].entity_text
    return ""


KILLING_VERBS = word_set("killing_verbs")
PERSON_NOUNS = word_set("person_nouns")
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee", "ees")  # "herdsman", "driver", "detainee"
HARMFUL_DOERS = word_set("violence_words") | word_set("real_conflict_words") | word_set("hazard_nouns") \
    | word_set("retold_event_nouns")


def _someone(t: "Token", index: MentionIndex) -> bool:
    """A word that may name a living being: an actor-like word, a name, a pronoun, a number ("killed three", "killed
    12 people"), a word for a person or an animal ("a boy", "a herdsman", "livestock")."""
    if actor_like(t, index) or t.like_num or t.pos_ in ("PRON", "PROPN", "NUM") \
            or any(c.dep_ == "nummod" for c in t.children):
        return True
    lemma = t.lemma_.lower()
    return lemma in PERSON_NOUNS or t.lower_ in PERSON_NOUNS or lemma.endswith(PERSON_SUFFIXES)


def _lifeless_victim(tok: "Token", index: MentionIndex) -> str:
    """The object of a killing verb when it is no one and the doer is neither an actor nor a weapon, an attack or a
    hazard ("The break killed our rhythm", "The strong dollar killed demand for imports", "The referee killed the
    game"): a figure of speech, no attack. Not "a missile killed a boy", "gunmen killed the deal" (left to other
    checks). Returns the object, or ""."""
    if tok.lemma_.lower() not in KILLING_VERBS or is_passive(tok):
        return ""
    victims = objects(tok)
    if not victims or any(_someone(v, index) for v in victims):
        return ""
    doers = [d for d in subjects(tok) if d.idx >= index.dateline_end]  # (not the dateline the parser took for one)
    if any(actor_like(d, index) or ((d.lemma_.lower() in HARMFUL_DOERS or d.lower_ in HARMFUL_DOERS)
                                     and d.lemma_.lower() not in SPORT_GENRE_WORDS) for d in doers):
        return ""  # (a referee is no harmful doer: "The referee killed the game")
    return victims[0].text


def _non_actor_subject(tok: "Token", hit: TriggerHit, index: MentionIndex) -> str:
    """The text of a verb trigger's subject (or passive agent) when it names no possible actor ("demand
    hit", "inflows supported", "helped by construction"); "" when the subject is actor-like or absent."""
    if hit.nominal:
        return ""
    by_agent = is_passive(tok) or (any(c.dep_ == "agent" for c in tok.children)  # "..., helped by tourism"
                                   and not any(c.dep_ == "nsubj" for c in tok.children))  # not "spoke by telephone"
    if by_agent and tok.lower_ in EXPERIENCER_PARTICIPLES:
        by_agent = False  # "it was deeply concerned by the sentence": who feels it is the subject
    toks = agents(tok) if by_agent else subjects(tok)
    if not any(t.head.i == tok.i or t.head.head.i == tok.i for t in toks):
        return ""  # subject inherited through coordination: the parse often borrows the wrong one
    if all(t.idx < index.dateline_end for t in toks):
        return ""  # "BAKU, March 15 - Azerbaijan and Iran signed": the parser took the dateline for the subject
    if not toks or any(actor_like(t, index) or t.lower_ in PARTY_QUANTIFIERS for t in toks):
        return ""
    return " ".join(t.text for t in toks)


PLAN_NOUNS = word_set("plan_nouns")


def _helping_plan(tok: "Token", index: MentionIndex) -> str:
    """The plan or programme that is the subject of a verb of help ("the programme helps Tehran develop long-range
    missiles", "the deal helped Moscow evade sanctions"): an effect, no aid. Not a body the actor dictionary knows
    ("the World Food Programme helped"), nor a named one ("the Eurasian Fund for Stabilization and Development
    transferred $30 million"). Returns the noun, or ""."""
    for s in (agents(tok) if is_passive(tok) else subjects(tok)):
        if index.at(s) is None and s.pos_ != "PROPN" and (s.lemma_.lower() in PLAN_NOUNS or s.lower_ in PLAN_NOUNS):
            return s.text
    return ""


HAZARD_CAUSE_PREPS = {"because", "due", "owing", "amid"}


def _noun_or_compound(tok: "Token") -> bool:
    """A noun, or a word modifying a noun as a compound whatever its tag ("avalanche risk" with "avalanche" tagged ADJ)."""
    return tok.pos_ == "NOUN" or tok.dep_ == "compound"


def hazard_cause(verb: "Token") -> str:
    """A natural hazard or illness given as the cause of the act ("called off his visit because of the earthquake",
    "could not attend because fog grounded his plane", "postponed due to bad weather"): the hazard word, or ""."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in HAZARD_CAUSE_PREPS:
            words = [t for t in c.subtree if t.i != c.i]
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children):
            words = list(c.subtree)
        else:
            continue
        hazard = next((t for t in words if _noun_or_compound(t) and (t.lemma_.lower() in HAZARD_NOUNS or t.lower_ in HAZARD_NOUNS)),
                      None)
        if hazard is not None:
            return hazard.text
    return ""


TECHNICAL_CUT_WORDS = word_set("technical_cut_words")


def _aimed_at_no_party(verb: "Token", index: MentionIndex) -> str:
    """The target of the weighed measures when it is no party ("considering measures against a locust invasion",
    "measures targeting inflation"), or "" (also when no target is told: "will consider further measures")."""
    targets = [o for obj in objects(verb) for o in prep_objects(obj, ("against",))]
    targets += [o for obj in objects(verb) for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() == "target"
                for o in c.children if o.dep_ == "dobj"]
    if targets and not any(actor_like(t, index) for t in targets):
        return targets[0].text
    return ""


def condition_set_to_party(tok: "Token", index: MentionIndex) -> bool:
    """Whether the trigger's "if"/"unless"/"should" clause is about what a party does ("if Dushanbe does not take back
    migrants", "should Tbilisi join", "unless the gas supply is restored" by someone), not about weather or the economy
    ("if the airport remains closed by fog", "if inflation accelerates"). A condition with no subject counts."""
    conditions = [c for c in clause_verb(tok).children if c.dep_ == "advcl" and any(
        (m.dep_ == "mark" and m.lower_ in ("if", "unless")) or (m.dep_ == "aux" and m.lower_ == "should" and m.i < c.i)
        for m in c.children)]
    for cond in conditions:
        doers = agents(cond) if is_passive(cond) else subjects(cond)
        if not doers or is_passive(cond) and not agents(cond):
            return True  # "unless the gas supply is restored": someone is to restore it
        if any((actor_like(d, index) and d.lower_ != "it") or d.lemma_.lower() in PROVOKING_ACTS for d in doers):
            return True
    return not conditions


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger as the vetoes see it: the token, its hit and rule, the event it would code and its sentence."""
    tok: "Token"
    hit: TriggerHit
    rule: TriggerRule
    event: str
    by_token: dict[int, TriggerHit]
    hits: list[TriggerHit]
    sent: "Span"
    lemmas: Sequence[str]
    texts: Sequence[str]
    index: MentionIndex
    pub: dt.date | None


ACCUSING_LEMMAS = frozenset({"accuse", "blame", "charge"})


def _aside_in_accusation(tok: "Token") -> str:
    """An attack told inside an accusation, marked as the accuser's word by a "he said" aside ("accused Russia of
    targeting energy infrastructure in Kharkiv, where, he said, missile strikes overnight had left 200,000 households
    without heating"): part of the ACCUSE allege (round 26), not an ASSAULT told as fact."""
    clause = tok if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("relcl", "ccomp", "advcl") else tok.head
    for cur in (tok, clause):
        aside = next((c for c in cur.children if c.dep_ == "parataxis" and c.lemma_.lower() in ("say", "claim", "add")
                      and any(s.dep_ == "nsubj" for s in c.children)), None)
        if aside is not None and any(a.lemma_.lower() in ACCUSING_LEMMAS and a.pos_ == "VERB" for a in cur.ancestors):
            return f"{' '.join(w.text for w in aside.subtree if w.text != ',')}"
    return ""


FUNDING_SHARE_WORDS = word_set("funding_share_words")
TRAFFIC_FACILITY_NOUNS = word_set("traffic_facility_nouns")


def _funding_level(tok: "Token") -> str:
    """A share a thing is funded to, told as its state ("its humanitarian appeal is less than a third funded"): a
    funding level, no gift. Returns the share word, or ""."""
    if tok.lemma_.lower() not in ("fund", "finance") or tok.dep_ not in ("acomp", "ROOT", "ccomp", "conj"):
        return ""
    if not any(c.dep_ in ("auxpass", "cop") or c.lemma_.lower() == "be" for c in tok.children) and tok.dep_ != "acomp":
        return ""
    share = next((w for c in tok.children if c.dep_ in ("npadvmod", "advmod", "amod")
                  for w in c.subtree if w.lower_ in FUNDING_SHARE_WORDS), None)
    return share.text if share is not None else ""


def _facility_halt(tok: "Token") -> str:
    """An airport, a port or a station told as halting its traffic, itself or as made to ("forcing Vilnius airport to
    suspend flights for four hours"): an operator's halt, no sanction. Returns the facility word, or ""."""
    doers = subjects(tok)
    if tok.dep_ == "xcomp":
        doers += objects(tok.head)  # ("forcing the airport to suspend")
    doer = next((d for d in doers if d.lemma_.lower() in TRAFFIC_FACILITY_NOUNS), None)
    return doer.text if doer is not None else ""


@dataclass(frozen=True, slots=True)
class _Veto:
    """A reason not to code a trigger. It applies to the triggers whose event (as converted so far) is in `events`,
    whose rule's event is in `rule_events` and whose rule's mode is in `modes` (empty: any), told by a verb unless
    `nouns_too`. When `finds` returns something true, the trigger is not coded, and the verdict says why: `verdict`
    with `{found}` (what `finds` returned) and `{trigger}` (the trigger's text) filled in."""
    finds: Callable[[Trigger], object]
    verdict: str
    events: frozenset[str] = frozenset()
    rule_events: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    nouns_too: bool = False

    def applies(self, event: str, rule_event: str, mode: str, nominal: bool) -> bool:
        """Whether this veto is asked about a trigger of the event (as converted so far), rule event, rule mode and
        part of speech."""
        return not ((self.events and event not in self.events) or (self.rule_events and rule_event not in self.rule_events)
                    or (self.modes and mode not in self.modes) or (nominal and not self.nouns_too))


APPOSED_CHARGE_WORDS = word_set("apposed_charge_words")
INSTRUCTED_MODES_CODED = word_set("instructed_modes_coded")
DISPUTING_LEMMAS = word_set("disputing_lemmas")


def _charges_denied_apposition(tok: "Token") -> str:
    """A charge noun set after a comma with the clause of its denial ("Georgian Dream had accused the three of
    sabotage, charges the parties deny", "..., allegations Moscow rejects"): it names the accusation just told, no
    second one (the parser may read the noun as a verb). Returns the words, or ""."""
    if tok.lower_ not in APPOSED_CHARGE_WORDS or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return ""
    denial = next((c for c in tok.children if c.dep_ in ("ccomp", "relcl", "acl") and _disputes(c)
                   and any(s.dep_ == "nsubj" for s in c.children)), None)
    return f"{tok.text} ... {denial.text}" if denial is not None else ""


def _disputes(verb: "Token") -> bool:
    """A verb disputing a charge: "deny", "reject", or calling it something ("charges their parishioners called
    absurd")."""
    lemma = verb.lemma_.lower()
    return lemma in DISPUTING_LEMMAS or (lemma == "call" and any(c.dep_ == "oprd" for c in verb.children))


PRESENCE_LEMMAS = word_set("presence_lemmas")


def _purpose_denied(tok: "Token") -> str:
    """An act named as the purpose a speaker denies being present for ("We are not here to accuse any nation today",
    "We did not come to condemn anyone"): no act, whatever follows. Returns the words, or ""."""
    if tok.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return ""
    head = tok.head
    if head.lemma_.lower() not in PRESENCE_LEMMAS or not any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children):
        return ""
    return " ".join(t.text for t in head.doc[head.i:tok.i + 1])


# what one "sees no ..." in an offer it turns down ("saw no point in Turkish mediation")
REFUSED_USE_NOUNS = word_set("no_use_nouns")


def refusal_reason(tok: "Token") -> str:
    """The verb of a "while" or "as long as" clause that gives the reason of a refusal of help ("Moscow saw no point in
    Turkish mediation while Ankara supplied drones to Kyiv"): a circumstance the refuser names, no act told as news.
    Returns the refusing verb's text, or ""."""
    if tok.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("while", "as", "so") for m in tok.children):
        return ""
    head = tok.head
    if head.lemma_.lower() in ("see", "find") and any(
            o.lemma_.lower() in REFUSED_USE_NOUNS and any(d.lower_ == "no" for d in o.children) for o in objects(head)):
        return head.text
    return ""


ENVOY_POST_WORDS = word_set("envoy_post_words")
COURTESY_WORDS = word_set("host_courtesy_words")
COURTESY_GUESTS = word_set("courtesy_guest_words")


def _host_courtesy_thanks(tok: "Token") -> str:
    """Thanks for a host's courtesy to the speaker ("Having expressed gratitude for the warm welcome, the ambassador ...",
    "expressed gratitude for the hospitality"): politeness, no support. Not thanks for a welcome, hospitality or reception
    given to other people ("gratitude to Iran for its hospitality to millions of Afghan refugees", "for the reception of
    evacuees from Afghanistan"). Returns the courtesy word, or ""."""
    for w in own_clause(tok):
        if w.lemma_.lower() not in COURTESY_WORDS:
            continue
        given_to = prep_objects(w, ("to", "of", "for")) + [o for o in w.children if o.dep_ == "dobj"] \
            + [o for o in prep_objects(tok, ("to",)) if o.i > w.i]  # (the parser may hang "to refugees" on the verb)
        if not any(g.lemma_.lower() not in COURTESY_GUESTS and g.pos_ != "PRON" and g.ent_type_ not in ("GPE", "NORP")
                   for g in given_to):  # (not the host thanked: "for the hospitality to Uzbekistan")
            return w.text
    return ""




def _thanks_to_readers(tok: "Token") -> str:
    """A sentence of the writer's own that opens with "Thank you" ("Thank you for reading, and for the support of our
    members"): the outlet's sign-off to its readers, no support. Not thanks told or quoted ("Zelensky said: 'Thank you,
    Turkey'", "Erdogan thanked Zelensky"). Returns the words, or ""."""
    sent = tok.sent
    if tok.lemma_.lower() != "thank" or tok.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return ""
    if any(t.is_quote for t in sent) or not any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children):
        return ""
    return f"{tok.text} you"


def _envoy_congratulated(tok: "Token") -> str:
    """A host congratulating a new envoy on taking up the post ("Congratulating the ambassador on assuming office",
    "received the credentials of the new Ambassador of Japan and congratulated him on the start of his mission"):
    protocol of the credentials visit, no second event. Returns the envoy word, or ""."""
    if tok.lemma_.lower() not in ("congratulate", "congratulation"):
        return ""
    envoy = next((o for o in objects(tok) if o.lemma_.lower() in ENVOY_NOUNS), None)
    if envoy is not None:
        return envoy.text
    if not any(o.pos_ == "PRON" for o in objects(tok)):
        return ""  # (the one congratulated is named, not the envoy: "congratulated Pezeshkian on assuming office
        # in a message delivered by the Kyrgyz ambassador" stays SUPPORT)
    on_words = {w.lemma_.lower() for p in tok.children if p.dep_ == "prep" and p.lower_ == "on" for w in p.subtree}
    named = next((w for w in tokens_with_lemma(tok.sent, ENVOY_NOUNS) if w.i < tok.i), None)
    return named.text if named is not None and on_words & ENVOY_POST_WORDS else ""


def _arrival_of_the_one_meeting(tok: "Token", by_token: dict[int, TriggerHit]) -> str:
    """A trip told in a clause describing the subject of a meeting verb ("Zhumangarin, who arrived in Kabul on Tuesday
    for a two-day visit, met Baradar on Wednesday"): part of the visit the main verb tells, no second one. Returns
    the main verb, or ""."""
    if tok.dep_ != "relcl" or tok.lemma_.lower() not in TRAVEL_VERBS:
        return ""
    visitor = subject_antecedent(tok.head)
    main = visitor.head
    hit = by_token.get(main.i)
    if visitor.dep_ not in ("nsubj", "nsubjpass") or hit is None or hit.rule.event != "CONSULT":
        return ""
    return main.text


def _partner_arrival_tells_visit(tok: "Token", by_token: dict[int, TriggerHit]) -> str:
    """Talks with a partner described by an arrival ("Tokayev held talks on Thursday with Kyrgyz President Sadyr Japarov,
    who arrived in Astana on a state visit"): ONE visit, guest -> host, which the arrival tells; the talks verb is no
    second event. Returns the arrival verb, or ""."""
    if tok.lemma_.lower() in TRAVEL_VERBS:
        return ""
    partners = prep_objects(tok, ("with",)) + [p for o in objects(tok) for p in prep_objects(o, ("with",))]
    for partner in partners:
        for c in partner.children:
            arrival = by_token.get(c.i)
            if c.dep_ == "relcl" and c.lemma_.lower() in TRAVEL_VERBS and arrival is not None \
                    and arrival.rule.event == "CONSULT":
                return c.text
    return ""


def _evacuated_by_no_one(tok: "Token") -> str:
    """People evacuated with no one named who moves them ("More than 900 residents of Nookat were evacuated on
    Tuesday after a mudflow", "the children had been 'evacuated from a combat zone'"): moved out of danger, no aid
    given by a party (not "U.N. helicopters evacuated the wounded", nor "were evacuated ... aboard two Kazakh military
    planes", whose owner moves them). Returns the evacuated, or ""."""
    if tok.lemma_.lower() != "evacuate":
        return ""
    doers = agents(tok) if is_passive(tok) else subjects(tok)
    if doers or carrier_owners(tok):
        return ""
    moved = passive_subjects(tok) if is_passive(tok) else objects(tok)
    return moved[0].text if moved else tok.text


def _cyber_hit_did_it(t: Trigger) -> bool:
    """"the portal was hit by a denial-of-service attack": what a cyber attack did is that attack (coded from its noun)."""
    doers = agents(t.tok) if is_passive(t.tok) else subjects(t.tok)
    return any((h := t.by_token.get(d.i)) is not None and h.rule.event == "COERCE" and h.rule.mode == "cyber" for d in doers)


def _types(*names: str) -> frozenset[str]:
    return frozenset(names)


def _welcomes_any(tok: "Token") -> str:
    """What a side says it would welcome, backing or accept told with "any" ("Armenia would welcome any venue acceptable
    to both parties"): an openness to whatever comes, no agreement to a proposal. Returns the object, or ""."""
    return next((o.text for o in objects(tok) if any(d.dep_ == "det" and d.lower_ in ANY_DETERMINERS for d in o.children)), "")


def _declined_as_fall(t: Trigger) -> bool:
    """"Decline" of a number that falls, not of an offer refused ("the number of citizens leaving for work continued to
    decline", "Grain exports declined for a third straight month"): no object and no clause, and a quantity as its
    subject. A party that declines with no object refuses what was told before ("Azerbaijan was invited to the talks
    but declined")."""
    if t.tok.lemma_.lower() != "decline" or is_passive(t.tok) or any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in t.tok.children):
        return False
    return any(s.lemma_.lower() in FALLING_QUANTITIES or s.lower_ in FALLING_QUANTITIES
               or any(c.dep_ == "nummod" or c.lower_ in ("percent", "%") for c in s.children) for s in subjects(t.tok))


FALLING_QUANTITIES = word_set("falling_quantities") | word_set("market_figures")


NEEDING_WORDS = word_set("need_heads")


def needed_only(cue: str) -> bool:
    """Whether the word that sets an act ahead only says it is needed ("we need to discuss that before it happens", "We
    need to talk to Moscow about the migrants"): a need is no promise."""
    return cue.lower() in NEEDING_FORMS


NEEDING_FORMS = NEEDING_WORDS | {w + ending for w in NEEDING_WORDS for ending in ("s", "d", "ed")}  # "needs", "required"


def hoped_only(cue: str) -> bool:
    """Whether the word that sets an act ahead only says it is hoped for ("The two countries hope to open the first
    clusters of accession talks together", "Tajikistan hopes to export power to Afghanistan"): a hope is no promise,
    as a clause of what someone hopes is none ("said he hopes Japan will help")."""
    return cue.lower() in HOPING_FORMS


HOPING_FORMS = word_set("hoping_forms")


def _timetable_preview(t: Trigger) -> str:
    """A meeting or a visit told as on the calendar, with no promise of anyone's ("Energy ministers of the Eurasian
    Economic Union will meet in Astana next week", "its monitors would visit the area on Wednesday"): a timetable is no
    promise (an agreement to meet, "agreed to meet next month", is). Returns the cue, or ""."""
    mod = modality(t.tok)
    scheduled = mod.status == "future" and mod.cue.lower() in SCHEDULE_CUES
    if mod.status != "future" or not (scheduled or mod.cue.lower() in FUTURE_AUX | PLANNED_BE_FORMS
                                      or mod.cue.startswith(("would", "next", "in next", "on next"))):
        return ""
    verb = clause_verb(t.tok)
    if any(head_lemma(a) in COMMITTING_HEADS for a in [verb] + ancestors_chain(verb, limit=5)):
        return ""
    if scheduled or (_fixed_days_ahead(verb, t.pub) and not _announced(t.sent)):  # ("The foreign ministers of
        return mod.cue  # Kazakhstan and Uzbekistan will meet in Tashkent on Friday": a bare timetable)
    if _counterpart_named(t.tok, verb, t.index):  # ("would host a donors' conference": the host's promise)
        return ""
    if _at_invitation(t.tok) and _announced(t.sent):
        return ""  # ("the akim's office said the akim would visit Urumqi at the invitation of the Xinjiang government":
        # a visit announced at the host's invitation, an AGREE, rounds 27 and 30)
    return mod.cue


def _at_invitation(verb: "Token") -> bool:
    """A visit or meeting told as made "at the invitation of" someone: it accepts that invitation."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on") and any(p.dep_ == "pobj" and p.lemma_.lower() == "invitation"
                                                                      for p in c.children) for c in verb.children)


SCHEDULE_CUES = word_set("schedule_cues")
PLANNED_BE_FORMS = word_set("planned_be_forms")


def _announced(sent: "Span") -> bool:
    """Whether a sentence tells who says what it tells ("..., the Kremlin said", "according to the ministry",
    "Kerry said he would fly ..."): an announcement, a statement of intent (a bare timetable names no one)."""
    return any(t.pos_ in ("VERB", "AUX") and subjects(t) for t in tokens_with_lemma(sent, SPEAKER_VERBS)) \
        or ("according to" in nlp.span_text(sent).lower() and not _timetable_source(sent))


TIMETABLE_SOURCES = word_set("timetable_sources")


def _programme_preview(t: Trigger) -> str:
    """A signing or an adoption set ahead by a draft programme or a list ("According to a draft programme, heads of
    state are to approve a strategy and sign documents"): what a timetable lists, nobody promises. Returns the cue."""
    if not _timetable_source(t.sent):
        return ""
    verb = t.tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # ("are to approve ..., adopt ... and sign documents": the
        verb = verb.head                                    # list's first verb, or the "are" it hangs on)
    mods = [modality(v) for v in [t.tok, verb] + [c for c in verb.children if c.dep_ == "xcomp"]]
    return next((m.cue for m in mods if m.status == "future"), "")


def _timetable_source(sent: "Span") -> bool:
    """Whether the "according to" source of a sentence is a diary or a calendar ("according to the TASS diary of the
    week's events"): it lists what is planned, nobody announces it."""
    return any(t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"
               and any(w.lemma_.lower() in TIMETABLE_SOURCES for w in t.doc[t.i + 1].subtree) for t in sent)


def _fixed_days_ahead(verb: "Token", pub: dt.date | None) -> bool:
    """Whether a future meeting or visit is fixed to a day or days of the calendar in its own clause ("will meet in
    Tashkent on Friday", "will meet next Monday"): told by no one, a timetable, not coded; announced by a source
    ("Kerry will meet Lavrov in Geneva on Thursday, the State Department said") or with no day fixed ("will meet in
    Minsk next week"), it stays a statement of intent (AGREE)."""
    if pub is None:
        return False
    words = " ".join(t.text for t in verb.subtree if not (t.dep_ in ("ccomp", "parataxis") and t.i != verb.i))
    return any(d.exact_day and not d.bound and d.date_text and not re.search(r"\b(?:19|20)\d\d\b", d.date_text)
               for d in find_dates(words, pub))  # (a day of a month in a clause to come is a day to come)


def _counterpart_named(tok: "Token", verb: "Token", index: MentionIndex) -> bool:
    """Whether a future meeting or visit names another party: a party in the clause other than the doers, or two
    doers ("will hold talks with Armenia", "Xi will pay a state visit to Serbia", "Georgian and Russian diplomats will
    meet in Prague"), or talks by name ("will open peace talks", "will resume talks"). A place it is held in does not
    count, nor what they will discuss: a bloc's own gathering or a visit to a place is no promise to anyone ("ministers
    of the SCO will gather in Bishkek for a two-day meeting", "its monitors would visit the area", "EU foreign ministers
    will meet in Brussels next Monday to discuss a package which could include two banks in Kyrgyzstan")."""
    doers = [t for s in subjects(verb) for t in s.subtree]
    doer_codes = {m.entity.code for m in index.in_tokens(doers) if m.entity.code}
    if len(doer_codes) > 1:
        return True
    venue = {t.i for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "on") for t in c.subtree}
    topic = {t.i for c in verb.subtree if c.dep_ in ("xcomp", "advcl", "relcl", "acl", "ccomp") and c.i != verb.i
             for t in c.subtree}
    doer_ids = {t.i for t in doers}
    rest = [t for t in verb.subtree if t.i not in venue and t.i not in doer_ids and t.i not in topic]
    if any(m.entity.code and m.entity.code not in doer_codes for m in index.in_tokens(rest)):
        return True
    return any(t.lemma_.lower() in ("talk", "negotiation", "consultation", "dialogue") and t.i != tok.i for t in rest)


def _travel_as_noun(t: Trigger) -> str:
    """"Travel" or "flights" as a noun of a traffic count, not someone's trip ("driven by trade with China and travel to
    Uzbekistan", "Travel to Turkey by Kazakh tourists rose"). Returns the word, or ""."""
    tok = t.tok
    if tok.lemma_.lower() == "travel" and tok.dep_ in ("conj", "pobj", "nsubj", "dobj", "nsubjpass", "appos") \
            and tok.tag_ in ("NN", "NNS"):
        return tok.text
    return _counted_trips(tok)


def _counted_trips(tok: "Token") -> str:
    """Visits or trips in the plural made by travellers, counted as a number that moves ("Visits to Georgia by Russian
    tourists rose 12 percent", "trips abroad by Kazakh holidaymakers fell"): traffic, no one's visit. Returns the word,
    or ""."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ("visit", "trip", "arrival", "journey"):
        return ""
    travellers = [o for o in prep_objects(tok, ("by", "of", "from")) if o.lemma_.lower() in COUNTED_TRAVELLERS]
    moving = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in COUNT_MOVES
    return tok.text if travellers or moving else ""


COUNTED_TRAVELLERS = word_set("counted_travellers")
COUNT_MOVES = word_set("count_moves")


PRIVATE_VISITEES = word_set("private_visitees")


def _private_trip(t: Trigger) -> str:
    """A trip to see one's family or a doctor ("was detained while travelling to visit his parents in Tiraspol",
    "cross the bridge to visit relatives"): no visit between parties. A friend who is named as a political actor is
    no private host ("flew to Minsk to visit his old friend Lukashenko for informal talks"). Returns whom, or ""."""
    visits = [c for c in t.tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("visit", "see")] + \
        ([t.tok] if t.tok.lemma_.lower() in ("visit", "see") else [])
    seen = next((o for v in visits for o in objects(v) if (o.lemma_.lower() in PRIVATE_VISITEES or o.lower_ in PRIVATE_VISITEES)
                 and not _named_as_actor(o, t.index)), None)
    return seen.text if seen is not None else ""


def _attended_with_kin(t: Trigger) -> str:
    """Attending a session or hearing with one's family or friends ("The student attended the session with his parents
    and two classmates"): a private person in the audience, no consultation between parties. Attending "with" a
    counterpart stays coded. Returns whom, or ""."""
    if t.tok.lemma_.lower() != "attend":
        return ""
    companions = [w for o in prep_objects(t.tok, ("with",)) for w in (o, *(c for c in o.conjuncts))]
    if companions and all((w.lemma_.lower() in PRIVATE_VISITEES or w.lower_ in PRIVATE_VISITEES
                           or w.lemma_.lower() in PRIVATE_COMPANIONS) and not _named_as_actor(w, t.index) for w in companions):
        return companions[0].text
    return ""


PRIVATE_COMPANIONS = word_set("fellow_private_companions")


def _named_as_actor(noun: "Token", index: MentionIndex) -> bool:
    """A kin or friend word that names a political actor beside it ("his old friend Lukashenko", "the president's
    friend, Prime Minister Pashinyan"): an apposition or compound an actor mention covers, with a code."""
    return any((m := index.at(c)) is not None and bool(m.entity.code)
               for c in noun.children if c.dep_ in ("appos", "compound", "nmod", "npadvmod"))


def _defended_nothing(t: Trigger) -> str:
    """"Defend" with nothing defended, of play or of a stance ("They defended like soldiers"): no support of anyone.
    Returns the verb, or ""."""
    tok = t.tok
    if tok.lemma_.lower() != "defend" or objects(tok) or is_passive(tok) or prep_objects(tok, ("against",)):
        return ""
    return tok.text


def _closed_by_hazard(t: Trigger) -> str:
    """A road or a pass closed because of a natural hazard ("closed near Makhambet because water is flowing over the
    carriageway", "was closed on Monday after a mudflow buried a section of the road"): no one's restriction. Returns
    the hazard, or "". Not an epidemic that closes a border to people from elsewhere ("barred entry to travellers arriving
    from Herat because of the cholera outbreak": a restriction)."""
    if (hazard := hazard_cause(t.tok)):
        return "" if _border_shut_for_epidemic(t.tok, hazard) else hazard
    for c in t.tok.children:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("because", "after", "as", "since", "when")
                                     for m in c.children):  # ("was closed on Tuesday when heavy rain washed away a bridge")
            doers = subjects(c)
            found = next((d for d in doers if d.lemma_.lower() in HAZARD_NOUNS or d.lower_ in HAZARD_NOUNS
                          or d.lemma_.lower() in closed_by_hazard_words()), None)
            if found is not None:
                return found.text
    return ""


EPIDEMIC_WORDS = word_set("epidemic_words")
BORDER_CLOSURE_WORDS = word_set("border_closure_words")


def _border_shut_for_epidemic(verb: "Token", hazard: str) -> bool:
    """An epidemic given as the reason of a closure of a border or of entry ("closed the crossing because of the plague
    case", "barred entry to travellers ... because of the cholera outbreak")."""
    if hazard.lower() not in EPIDEMIC_WORDS:
        return False
    told = [t for o in objects(verb) + prep_objects(verb, ("to",)) for t in o.subtree]
    return any(t.lemma_.lower() in BORDER_CLOSURE_WORDS or t.lower_ in BORDER_CLOSURE_WORDS for t in told)


REASON_MARKS = {"after", "because", "as", "since", "when", "for"}
PENALISING_TYPES = {"COERCE", "SANCTION", "ASSAULT"}


def _refusal_punished(t: Trigger) -> str:
    """A refusal told as the reason for an arrest or a penalty ("37 protesters were detained on Tuesday after they refused
    to clear the road", "was fined for refusing to remove the banner", "guards had beaten his wife when she refused to
    return to her cell"): the offence of the people held, no offer or demand
    of a party refused. Returns the verb of the penalty, or ""."""
    tok = t.tok
    # ("had beaten his wife when she refused to return to her cell": the parser makes "when" an adverb)
    if tok.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in REASON_MARKS for m in tok.children):
        penalty = tok.head
    elif tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "after", "over"):
        penalty = tok.head.head
    else:
        return ""
    hit = t.by_token.get(penalty.i)
    if hit is None or hit.rule.event not in PENALISING_TYPES:
        return ""
    # the refusers are the people held (not "expelled two diplomats after Tallinn refused to reverse its decision")
    held = {h.lemma_.lower() for h in objects(penalty) + passive_subjects(penalty)}
    refusers = subjects(tok)
    return penalty.text if all(r.tag_ == "PRP" or r.lemma_.lower() in held for r in refusers) else ""


def _answer_of_the_held(t: Trigger) -> str:
    """People already held who "will answer for" crimes ("the detained reporters will answer for specific crimes, not for
    their profession"): a defence of their detention, no warning (see `_held_already`). Returns the verb, or ""."""
    tok = t.tok
    return tok.text if tok.lemma_.lower() == "answer" and _held_already(subjects(tok)) else ""


def _imperative_let(t: Trigger) -> str:
    """"Let" opening a clause with no subject of its own, an imperative or a wish ('"Let the young border guards do their
    job," the veteran said', '"Let no one on this border ever hear gunfire again"'): no one lets anyone in. Returns the
    word, or ""."""
    tok = t.tok
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if tok.lemma_.lower() != "let" or tok.tag_ != "VB" or (before is not None and not (before.is_punct or before.is_quote)):
        return ""
    # (a dateline before the quote may be parsed as its subject: 'BISHKEK, June 14 (Wire) – "Let no one ...')
    return "" if any(c.dep_ in ("nsubj", "aux", "auxpass") and c.i > (before.i if before is not None else -1)
                     for c in tok.children) else tok.text


def _plural_noun_misread(t: Trigger) -> str:
    """A plural noun the tagger took for a present-tense verb after the noun it is compounded with ("rising pressure on
    the roof supports in the Kazakh mine", read as "the roof [supports]"): no subject, no object, and the noun before it
    hangs elsewhere with its article. Returns the two words, or ""."""
    tok = t.tok
    if tok.tag_ != "VBZ" or tok.i == tok.sent.start or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp") for c in tok.children):
        return ""
    noun = tok.doc[tok.i - 1]
    if noun.tag_ != "NN" or noun.head.i == tok.i or noun.dep_ not in ("pobj", "dobj", "compound") \
            or not any(d.dep_ == "det" for d in noun.children):
        return ""
    return f"{noun.text} {tok.text}"


FORESEEING_VERBS = word_set("foreseeing_verbs")


def _foreseen_by_others(t: Trigger) -> str:
    """An act someone else expects or foresees ("diplomats expect leaders to approve another programme", "Officials
    anticipate that the presidents will sign a declaration", "the memorandum, which officials had expected to be signed
    in Samarkand", "Diplomats had expected the two sides to sign"): a forecast, no one's act or promise. The act has its
    own subject, or is passive, or the expecting verb's object does it; not "Kazakhstan expects to sign a deal" (its own
    plan), nor a party's expectation of another side, which asks it to act (REQUEST, `clause_hits.expectation_hits`). Returns the
    expecting verb, or ""."""
    verb = clause_verb(t.tok) if t.hit.nominal else t.tok
    for _ in range(3):
        if verb.dep_ != "conj":
            break
        verb = verb.head
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in FORESEEING_VERBS or is_passive(head) \
            or head.i in t.by_token:
        return ""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    controlled = verb.dep_ == "xcomp" and (is_passive(verb) or any(c.dep_ == "dobj" for c in head.children))
    return head.text if own_subject or controlled else ""


PACKAGE_NOUNS = frozenset({"package", "tranche"})
MEASURE_PACKAGE_WORDS = word_set("measure_package_words")
AID_PACKAGE_MARKS = word_set("aid_package_marks")
PACKAGE_COUNTING_WORDS = {"new", "latest", "next", "first", "second", "third", "fourth", "fifth", "another"}


def _package_words(package: "Token") -> list["Token"]:
    """The words a package is named by: its modifiers and what it is "of" ("the 17th sanctions package", "a package of
    restrictive measures against Russia", "a 30 million euro aid package"), not its count ("the 20th", "a new")."""
    words = [c for c in package.children if c.dep_ in ("compound", "amod", "nmod", "nummod", "quantmod")]
    words += [t for c in words if c.dep_ in ("compound", "nmod") for t in c.subtree if t.i != c.i]
    words += prep_objects(package, ("of",))
    words += [c for w in prep_objects(package, ("of",)) for c in w.children if c.dep_ in ("compound", "amod")]
    return [w for w in words if w.ent_type_ != "ORDINAL" and w.lower_ not in PACKAGE_COUNTING_WORDS
            and not (w.lower_[:1].isdigit() and w.lower_.endswith(("st", "nd", "rd", "th")))]


def _measures_against(package: "Token") -> "Token | None":
    """Measures a package holds against someone ("a new package of measures against Russia"): sanctions."""
    measures = [w for w in prep_objects(package, ("of",)) if w.lemma_.lower() == "measure"]
    return next((m for m in measures for h in (package, m) if prep_objects(h, ("against",))), None)


def _package_of_measures(t: Trigger) -> str:
    """A package approved that is one of sanctions or laws, told by its own words or by the package named before it in
    the story ("the 21st package of sanctions against Russia ... Kallas said after the package was approved", "approved
    the 22nd package of restrictive measures"): no aid. Not a package its own words make one of aid or money ("approved a
    270 million euro package of measures to support Armenia's economy", "adopted its 17th sanctions package last month,
    on Tuesday approved a 30 million euro aid package": an earlier package's word is borrowed only by a package with
    no words of its own). Returns the word that tells, or ""."""
    packages = [o for o in objects(t.tok) + passive_subjects(t.tok) if o.lemma_.lower() in PACKAGE_NOUNS]
    for package in packages:
        own = _package_words(package)
        if any(w.lemma_.lower() in AID_PACKAGE_MARKS or w.lower_ in AID_PACKAGE_MARKS for w in own):
            continue
        told = [package] + ([] if own else [w for w in reversed(package.doc[:package.i])
                                            if w.lemma_.lower() in PACKAGE_NOUNS][:1])
        for p in told:
            words = _package_words(p)
            found = next((w for w in words if w.lemma_.lower() in MEASURE_PACKAGE_WORDS or w.lower_ in MEASURE_PACKAGE_WORDS),
                         None) or _measures_against(p)
            if found is not None:
                return found.text
    return ""


BAIL_WORDS = word_set("bail_words")
SENTENCING_LEMMAS = word_set("sentencing_lemmas")


def _bail_refused_with_order(t: Trigger) -> str:
    """A court refusing bail beside the custody order it makes ("granted the prosecution's motion to hold him in
    pre-trial detention, rejecting a defence request for bail"; "ordered her held for two months and denied bail"):
    part of the order, not a REJECT of its own. Returns the bail word, or ""."""
    if not any(h.rule.event == "COERCE" and h.token_i != t.tok.i for h in t.hits):
        return ""
    for obj in objects(t.tok) + [c for c in t.tok.children if c.dep_ == "dative"]:
        found = next((x for x in obj.subtree if x.lemma_.lower() in BAIL_WORDS and (x.i == obj.i or x.dep_ in (
            "pobj", "compound"))), None)  # ("denied bail", "a request for bail / for release", "a bail request")
        if found is not None:
            return found.text
    return ""


GROUND_TAKING_RULES = {"COERCE/occupy_territory", "COERCE/retake_territory", "ASSAULT/overrun_position"}


def _capture_describing_attackers(t: Trigger) -> str:
    """Ground taken, told in a clause describing the doers of an attack the sentence tells ("The M23 rebels, who seized
    the border town of Bunagana last week, attacked army positions on Sunday"): who the attackers are, part of their
    campaign, not a seizure of its own. Returns the attack verb, or ""."""
    tok = t.tok
    if t.rule.id not in GROUND_TAKING_RULES or tok.dep_ != "relcl":
        return ""
    doers = subject_antecedent(tok.head)
    attack = t.by_token.get(doers.head.i)
    return doers.head.text if doers.dep_ == "nsubj" and attack is not None and attack.rule.event == "ASSAULT" else ""


def _accessory_penalty(t: Trigger) -> str:
    """A ban told in one breath with a prison sentence ("sentenced a former police colonel to nine years in prison and
    banned him from serving in law enforcement for life"): an accessory penalty, part of the sentence. Returns the
    sentencing verb, or ""."""
    tok = t.tok
    linked = [tok.head] if tok.dep_ == "conj" else []
    linked += [c for c in tok.children if c.dep_ == "conj"]
    for verb in linked:
        hit = t.by_token.get(verb.i)
        if verb.lemma_.lower() in SENTENCING_LEMMAS and hit is not None and hit.rule.event == "SANCTION" \
                and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
            return verb.text
    return ""


def _raid_made_arrests(t: Trigger) -> str:
    """A raid or a search told with the arrests made in it ("Police raided a dormitory overnight, detaining more than 400
    migrants", "raided a flat and detained three suspected recruiters"): the raid is their setting, coded by the arrests
    (README_sample_gold: a seizure and an arrest in the same raid are two events; a raid that seizes nothing is no seizure;
    "raided the offices, seizing documents" stays one seizure). Returns the arrest's word, or ""."""
    tok = t.tok
    if t.rule.id != "COERCE/raid" or tok.lemma_.lower() not in ("raid", "search"):
        return ""
    chain = {tok.i} | {c.i for c in tok.children if c.dep_ in ("advcl", "conj", "xcomp")}
    done = next((t.tok.doc[h.token_i] for h in t.hits if h.token_i != tok.i and h.rule.event == "COERCE"
                 and h.rule.mode == "arrest" and (h.token_i in chain or t.tok.doc[h.token_i].head.i in chain)), None)
    return done.text if done is not None else ""


def _insisted_fact(t: Trigger) -> str:
    """"Insist that" with a clause told as a fact ("Officials on both sides insist that no such step is under discussion",
    "The ministry insisted that relations with Moscow remained good"): an assertion, no demand (a demand has a bare or
    modal verb: "insisted that the troops be withdrawn", "insists that Kyiv must pay", or "insisted on"). Returns the
    cue, or ""."""
    tok = t.tok
    if tok.lemma_.lower() != "insist":
        return ""
    told = [c for c in tok.children if c.dep_ == "ccomp"]
    if not told or prep_objects(tok, ("on", "upon")):
        return ""
    for clause in told:
        forms = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if any(f.tag_ == "MD" and f.lower_ in ("should", "must", "shall") for f in forms) or not any(
                f.tag_ in ("VBZ", "VBD", "VBP", "MD") for f in forms):
            return ""
    return f"{tok.text} that"


CONTEST_OFFICIALS = word_set("contest_officials")


def _contest_appeal(t: Trigger) -> str:
    """A team's protest or appeal to the judges, referees or organisers of a contest, and its rejection ("The Kazakh team
    filed a protest with the judges over a disputed goal, but the complaint was rejected", "The Iranian team filed an
    appeal with the organisers after the final"): sport, no political act. The sentence names a team as a doer and
    contest officials as addressees. Returns the officials' word, or ""."""
    sent = t.sent
    # a delegation is a team only in a story of a contest ("The Chinese delegation filed a protest against the decision of
    # the judges", after "the final of the Asian Championships")
    told = sent.doc[:sent.end]
    contest_named = has_lemma(told, SPORT_COMPETITIONS) or has_lower(told, SPORT_NAMES)
    doers = {"team", "squad", "club", "delegation"} if contest_named else {"team", "squad", "club"}
    if not any(w.dep_ in ("nsubj", "nsubjpass") and w.lemma_.lower() in doers
               and not any(c.lemma_.lower() in NON_SPORT_TEAMS for c in w.children) for w in tokens_with_lemma(sent, doers)):
        return ""
    officials = next((w for w in tokens_with_lemma(sent, CONTEST_OFFICIALS) if w.dep_ == "pobj"
                      and (w.head.lower_ in ("with", "to", "by") or _officials_decision(w))), None)
    return officials.text if officials is not None else ""


def _officials_decision(official: "Token") -> bool:
    """Contest officials named as the makers of what is protested ("filed a protest against the decision of the judges
    in the heavyweight final of the Asian Boxing Championships")."""
    owner = official.head
    return owner.lower_ == "of" and owner.head.dep_ == "pobj" and owner.head.head.lower_ in ("against", "over", "about")


NON_SPORT_TEAMS = word_set("non_sport_teams")


def _described_blocked_thing(t: Trigger) -> str:
    """A past participle on a noun the rule's object_block names, the same thing as its object ("in this week's episode
    of the Carnegie Politika podcast, released on Thursday by the Carnegie Russia Eurasia Center"), also the noun right
    before its comma: no act on a party.
    Returns the noun, or ""."""
    tok = t.tok
    if not t.rule.object_block or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return ""
    nouns = [tok.head] + ([tok.head.head.head] if tok.head.head.lower_ == "of" else [])
    before = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else None
    if before is not None and before.pos_ == "NOUN":  # (the parser hung the participle after the comma on another noun)
        nouns.append(before)
    thing = next((n for n in nouns if n.lemma_.lower() in t.rule.object_block or n.lower_ in t.rule.object_block), None)
    return thing.text if thing is not None else ""


def _rescuers_at_home(tok: "Token") -> str:
    """Rescuers told as deployed with no sender and no destination ("3,500 rescuers, soldiers and volunteers had been
    deployed to build embankments"): a state's work at home, no aid to another party (not "A 60-member AFAD
    search-and-rescue team had been flown to Tabriz", not "China sent a team of medical experts to the hospital").
    Returns the rescuers' word, or ""."""
    if not is_passive(tok) or agents(tok) or prep_objects(tok, ("to", "into")):
        return ""
    if any(p.ent_type_ in ("GPE", "LOC") for p in prep_objects(tok, ("in", "at", "across"))):
        return ""  # ("A team of 50 Kazakh rescuers was deployed in Kahramanmaras": a place told, perhaps abroad)
    sent = passive_subjects(tok)
    return sent[0].text if sent else ""


JOINT_PARTY_WORDS = word_set("joint_party_words")


def _state_codes(tokens: "Iterator[Token] | Sequence[Token]", index: MentionIndex) -> set[str]:
    """The states (and blocs) the actor mentions among the tokens name."""
    where = {x.i for x in tokens}
    return {m.entity.code for m in index.mentions if m.token_start in where and m.entity.code and m.kind != "pronoun"}


def _one_party_joint_act(t: Trigger) -> str:
    """An act the rule codes as done by two or more states, told of one state alone: border posts installed by one
    state's engineers ("Uzbek engineers installed 20 new border posts and a fence along the section with Afghanistan"),
    a plan of cooperation approved by one cabinet ("Kyrgyzstan's cabinet met on Monday and approved a plan for
    cooperation between ministries"). Not "Specialists of Kyrgyzstan and Tajikistan installed the first 14 border
    pillars", "specialists of the two countries", "Defence ministers of the SCO member states ... approved a plan of
    military cooperation". Returns the doer's words, or ""."""
    if t.rule.id not in ("COOPERATE/border_marking_teams", "SUPPORT/adopt_cooperation_plan"):
        return ""
    if has_word(t.sent, JOINT_PARTY_WORDS):
        return ""
    subj = subjects(t.tok)
    # the teams must be named of two states; a plan may name its parties anywhere in the sentence
    where = [w for s in subj for w in s.subtree] if t.rule.id == "COOPERATE/border_marking_teams" else list(t.sent)
    if len(_state_codes(where, t.index)) >= 2:
        return ""
    return " ".join(w.text for w in subj[0].subtree) if subj else t.tok.text


COURSE_KEEPING_VERBS = word_set("course_keeping_verbs")
COURSE_NOUNS = word_set("course_nouns")
DESCRIBING_ATTENDANCE_VERBS = word_set("describing_attendance_verbs")


def _own_course_kept(t: Trigger) -> str:
    """A pledge to keep one's own course that names no other state ("Kazakhstan's central bank ... vows to stay the
    course in its war on inflation"): a stance on one's own policy, no promise to anyone (not "vowed to stay the course
    in supporting Ukraine"). Returns the kept course's words, or ""."""
    if t.rule.id != "AGREE/pledge":
        return ""
    kept = next((c for c in t.tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in COURSE_KEEPING_VERBS
                 and any(o.dep_ == "dobj" and o.lemma_.lower() in COURSE_NOUNS for o in c.children)), None)
    if kept is None or _state_codes(list(kept.subtree), t.index):
        return ""
    return f"{kept.text} the course"


MONETARY_RATE_MARKS = word_set("monetary_rate_marks")


def _own_rate_step_readiness(t: Trigger) -> str:
    """Readiness to move one's own policy rate that names no other state ("said it was ready to raise its base rate
    again if needed"): a central bank's monetary policy, no promise to another party (not "ready to cut the tariff
    rate on Chinese goods"). Returns the rate's words, or ""."""
    if t.rule.id != "AGREE/ready_to":
        return ""
    for step in (c for c in t.tok.children if c.dep_ == "xcomp"):
        rate = next((o for o in step.children if o.dep_ == "dobj" and o.lemma_.lower() == "rate" and any(
            m.dep_ in ("compound", "amod") and m.lower_ in MONETARY_RATE_MARKS for m in o.children)), None)
        if rate is not None and not _state_codes(list(step.subtree), t.index):
            return " ".join(w.text for w in rate.subtree if w.dep_ != "poss")
    return ""


def _returnees_described(t: Trigger) -> str:
    """"Returning" as an adjective of the people after it ("unemployment among returning labour migrants"): people
    who come home, no one released or sent back by a party. Returns the words, or ""."""
    tok = t.tok
    if tok.lemma_.lower() != "return" or tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "amod") \
            or any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        return ""
    people = next((c for c in tok.children if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1 and c.tag_ == "NNS"), None)
    return f"{tok.text} {people.text}" if people is not None else ""


def _attendance_describing_speakers(t: Trigger) -> str:
    """Attendance told in a participle on the subject of a saying verb ("Officials and experts attending a forum in
    Urumqi on Tuesday described the partnership as a model"): it says who the speakers are, no meeting told as news
    (not "Kazakh and Chinese ministers attended a forum in Urumqi"). Returns the saying verb, or ""."""
    tok = t.tok
    if t.rule.id != "CONSULT/attend" or tok.dep_ != "acl" or tok.tag_ != "VBG":
        return ""
    speakers = tok.head
    said = speakers.head
    if speakers.dep_ != "nsubj" or said.lemma_.lower() not in DESCRIBING_ATTENDANCE_VERBS or said.i in t.by_token:
        return ""
    return said.text


def _no_foreign_maker(t: Trigger) -> str:
    """Weapons delivered with no foreign maker or seller told ("The Kazakh Defence Ministry took delivery of 12 armoured
    vehicles produced by the local firm Kazakhstan Paramount Engineering"): a state's own procurement, no cooperation
    with another state. A maker is told by a second state in the sentence ("Turkish-made Bayraktar TB2 drones", "the
    first two Chinese FD-2000 systems", "bought from Turkey"). Returns the trigger's word, or ""."""
    if t.rule.id != "COOPERATE/take_delivery":
        return ""
    known = ActorDictionary.bundled()
    if any((known.country_code(m.text) or "") not in NON_STATE_CODES for o in objects(t.tok) for m in makers_named(o)):
        return ""
    return "" if len(_state_codes(t.sent, t.index) - NON_STATE_CODES) >= 2 else t.tok.text


def _call_from_no_leader(t: Trigger) -> str:
    """A call received from no state or leader ("received calls from worried residents", "received a call from FIFA"),
    for the rule that takes a call with no phone word ("Pashinyan received a call from French President Emmanuel
    Macron": a leader's call, CONSULT phone). Returns the caller's words, or ""."""
    if t.rule.id != "CONSULT/receive_call_from":
        return ""
    callers = [p for o in objects(t.tok) if o.lemma_.lower() == "call" for c in o.children
               if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    if not callers:
        return t.tok.text
    if any(e.code not in NON_STATE_CODES and e.sector in ("GOV", "MIL", "") and (e.sector or e.office or p.ent_type_ in ("GPE", "PERSON"))
           for p in callers for e in entities_of([p], t.index)):
        return ""
    return callers[0].text


CHARGE_NOUNS = word_set("dropped_charge_nouns")
RELEASE_TELLING = word_set("release_telling_words")


def charges_dropped_for_release(t: Trigger) -> str:
    """Charges dropped where the release they led to is told, in the sentence or the next one ("was released from a
    detention centre on Wednesday after prosecutors dropped the charges against him"; "Prosecutors dropped the case on
    Monday. She was freed the same evening"): the release is the one event (RETREAT, round-29 team decision), the
    dropping its cause, not a CONCEDE of its own. Without a release told, the dropping stays CONCEDE. Returns the
    release word, or ""."""
    charges = [o for o in t.tok.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in CHARGE_NOUNS]
    if not charges:
        return ""
    after = t.sent.doc[t.sent.end].sent if t.sent.end < len(t.sent.doc) else None
    return next((w.text for w in [*t.sent, *(after or [])] if w.i != t.tok.i and w.pos_ in ("VERB", "ADJ")
                 and w.lemma_.lower() in RELEASE_TELLING
                 and not any(c.dep_ == "neg" for c in w.children)
                 and not _release_told_before(w, t.pub) and not _other_person_released(w, charges)), "")


def _release_told_before(release: "Token", pub: dt.date | None) -> bool:
    """A release told as done before the dropping, in the past perfect or at a time weeks back ("dropped the charges
    against journalist Ulviyya Ali, who had been released on bail in March"): an earlier state of the case, not the
    release the dropping led to."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in release.children):
        return True
    own = [w for w in release.subtree if not (w.dep_ in ("relcl", "ccomp", "advcl", "conj") and w.i != release.i)]
    if pub is None or not own:
        return False
    words = release.doc[min(w.i for w in own):max(w.i for w in own) + 1]
    return any(d.date is not None and not d.ahead and not d.bound and (d.enddate or d.date) <= pub - dt.timedelta(days=31)
               for d in find_dates(nlp.span_text(words), pub))


def _other_person_released(release: "Token", charges: Sequence["Token"]) -> bool:
    """A release of someone else than the person the charges were against ("dropped the case against journalist
    Ulviyya Ali on Tuesday. In a separate case, a court freed activist Bakhtiyar Hajiyev"): two acts, the dropping
    stays a concession. Both people must be named for them to differ."""
    def names(toks: Sequence["Token"]) -> set[str]:
        return {w.lower_ for h in toks for w in h.subtree if w.pos_ == "PROPN"
                and w.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "FAC")}
    charged = names([o for c in charges for p in c.children if p.dep_ == "prep" and p.lower_ == "against"
                     for o in p.children if o.dep_ == "pobj"])
    freed = names(passive_subjects(release) if is_passive(release) else
                  [c for c in release.children if c.dep_ in ("dobj", "nsubjpass")])
    if release.dep_ == "relcl" and release.head.pos_ in ("NOUN", "PROPN"):
        freed |= names([release.head])
    return bool(charged) and bool(freed) and not charged & freed




def _custody_of_a_guardian(t: Trigger) -> str:
    """A placement "in the custody of" a person who is no force or state body ("the two children were placed in the
    custody of their grandmother"): care given to a guardian, no arrest (not "placed in the custody of the SCNS", "in
    the custody of police"). Returns the guardian's word, or ""."""
    if t.rule.id != "COERCE/place_in_custody":
        return ""
    for w in t.tok.subtree:
        if w.lemma_.lower() != "custody":
            continue
        for p in w.children:
            holder = next((o for o in p.children if o.dep_ == "pobj"), None) if p.dep_ == "prep" and p.lower_ == "of" else None
            if holder is None or holder.lemma_.lower() in CUSTODY_AGENT_NOUNS or holder.ent_type_ in ("ORG", "GPE", "NORP") \
                    or (holder.pos_ == "PROPN" and holder.text.isupper()) \
                    or ((m := t.index.at(holder)) is not None and m.entity.code):  # (a body's acronym: "the SCNS")
                continue
            return holder.text
    return ""


def _other_measure_postponed(t: Trigger) -> str:
    """A measure put off that the story brings in as a new one, not the one protested ("Farmers protested over water
    shortages. Separately, the government postponed a rule requiring new number plates because the plates had not
    been printed"): put off on its own account, no concession (not "the tax would be postponed", pointing back).
    Returns the words, or ""."""
    if t.rule.id != "CONCEDE/postpone_rule":
        return ""
    opener = next((w for w in t.tok.sent if not w.is_punct and not w.is_space), None)
    if opener is not None and opener.lower_ in ("separately", "meanwhile", "elsewhere", "unrelatedly"):
        return opener.text
    held = passive_subjects(t.tok) if is_passive(t.tok) else [c for c in t.tok.children if c.dep_ == "dobj"]
    new = next((h for h in held if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in h.children)), None)
    return f"{'a' if new is None else next(d.text for d in new.children if d.dep_ == 'det')} {new.text}" if new is not None else ""


def _summary_since_old_time(t: Trigger) -> str:
    """A present perfect under "Since then" that sums up what followed an earlier time the sentence before set weeks
    or years back ("Controls were tightened after the March 2024 attack. Since then, Russia has introduced a register
    and several regions have banned foreigners from working as taxi drivers"): a summary of a long span, background.
    Not with a day of its own. Returns the opening words, or ""."""
    if t.pub is None or t.hit.nominal:
        return ""
    words = [w for w in t.sent if not w.is_punct and not w.is_space][:3]
    if len(words) < 2 or words[0].lower_ != "since" or words[1].lower_ not in ("then", "that"):
        return ""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS for c in t.tok.children) \
            or dated_to_a_day(t.tok) or t.sent.start == 0 or _counted_coercion(t):
        return ""
    before = t.sent.doc[t.sent.start - 1].sent
    old = [d for d in find_dates(nlp.span_text(before), t.pub) if d.date is not None and not d.ahead
           and (d.enddate or d.date) <= t.pub - dt.timedelta(days=STALE_DAYS)]
    return f"{words[0].text} {words[1].text}" if old else ""


def _counted_coercion(t: Trigger) -> bool:
    """A tally of arrests or deportations since then ("Since then, Tajik border guards have detained 327 Afghans"):
    an aggregate the README codes once, undated; no background summary."""
    return t.rule.event == "COERCE" and any(
        w.dep_ == "nummod" and w.i > t.tok.i and w.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
        and w.head.pos_ in ("NOUN", "PROPN") for w in t.tok.subtree)  # (the count, also where the parser took the
    # counted people for the subject of their own clause: "327 Afghans trying to cross")


STUDY_NOUNS = word_set("study_nouns")


def _finding_of_a_study(t: Trigger) -> str:
    """"Found" said of a report, study or survey ("Seizures of methamphetamine rose fourfold in 2024, the report
    found", "the study found that police detained ..."): what a study concludes, no seizure or discovery. Returns the
    study's word, or ""."""
    if t.tok.lemma_.lower() != "find":
        return ""
    return next((x.text for x in subjects(t.tok) if x.lemma_.lower() in STUDY_NOUNS), "")


GATHERING_NOUNS = word_set("previewed_gathering_nouns")


def _scheduled_gathering(t: Trigger) -> str:
    """What a meeting on the calendar is to do ("A meeting between Tajik and Afghan border commanders is expected on
    Thursday to discuss the shooting", "a flag meeting ... was expected later in the week to discuss reopening the
    crossing"): a preview, no talks held. Returns the cue, or ""."""
    cur = t.tok
    for _ in range(3):
        if cur.dep_ not in ("advcl", "xcomp", "conj") or cur.head.i == cur.i:
            return ""
        cur = cur.head
        if cur.lemma_.lower() in SCHEDULE_CUES and cur.tag_ == "VBN" \
                and any(x.dep_ in ("nsubj", "nsubjpass") and x.lemma_.lower() in GATHERING_NOUNS for x in cur.children) \
                and not any(c.dep_ == "neg" for c in cur.children):
            return cur.text
    return ""


COMPLETION_VERBS = word_set("completion_verbs")


def _works_forecast(t: Trigger) -> str:
    """A forecast that works will be done, told in the future passive ("Ashgabat says the Afghan section will be
    finished in 2027", "the bridge will be completed next year"): a plan for a project, no promise to another party.
    Returns the cue, or ""."""
    tok = t.tok
    if t.hit.nominal or tok.lemma_.lower() not in COMPLETION_VERBS or not is_passive(tok):
        return ""
    return next((c.text for c in tok.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), "")


THING_READINESS_WORDS = word_set("thing_readiness_words")


def _thing_ready_for_act(t: Trigger) -> str:
    """An act that a thing is said to be ready for ("a document could be ready for signing in the coming months",
    "the text will be ready for signature by March"): a forecast about the thing, no party's promise. A party that is
    ready ("Baku is ready for signing", "we are ready for signing") stays coded. Returns the thing's word, or ""."""
    tok = t.tok
    prep = tok.head if tok.dep_ in ("pcomp", "pobj") else None
    if prep is None or prep.lower_ != "for" or prep.head.lemma_.lower() not in THING_READINESS_WORDS:
        return ""
    holder = prep.head.head if prep.head.dep_ in ("acomp", "amod") else prep.head
    things = [s for s in subjects(holder) if s.pos_ == "NOUN"]
    if not things or t.index.in_tokens([w for s in things for w in s.subtree]):
        return ""
    return things[0].text


RETALIATION_DONE_TAGS = ("VBD", "VBN")


def _retaliation_done(t: Trigger) -> str:
    """A retaliation told as done ("Pakistani troops opened fire ..., and the Indian Army retaliated"): a response
    made, no threat of one ("vowed to retaliate", "would retaliate" stay THREATEN). Returns the verb, or ""."""
    if t.rule.id != "THREATEN/vow_retaliate" or t.tok.tag_ not in RETALIATION_DONE_TAGS:
        return ""
    return t.tok.text if modality(t.tok).happened else ""


AVAILABILITY_WORDS = word_set("availability_words")


def _available_to_act(t: Trigger) -> str:
    """An act a party is said to be available for ("army units would be available to assist the civil administration
    if floods struck", "two helicopters are available to evacuate the injured"): capacity held in reserve, no act done
    nor promised ("army units assisted the civil administration", "is ready to assist" stay coded). Returns the
    adjective, or ""."""
    tok = t.tok
    if tok.dep_ != "xcomp" or tok.head.dep_ != "acomp" or tok.head.lemma_.lower() not in AVAILABILITY_WORDS:
        return ""
    return tok.head.text if to_infinitive(tok) else ""


PLAN_CUES = word_set("plan_cues")


def _planned_protest(t: Trigger) -> str:
    """A protest that people plan or intend to hold, with no condition set to anyone ("Relatives plan to picket the
    courthouse on the opening day", "Farmers intend to march on the capital"): a plan, not a threat (a threat is
    made to someone: "threatened to strike unless wages are paid"). Returns the cue, or ""."""
    mod = modality(t.tok)
    planner = t.tok.head if t.tok.dep_ == "xcomp" and t.tok.head.lemma_.lower() in PLAN_CUES else None
    if mod.status != "future" or (mod.cue.lower() not in PLAN_CUES and planner is None) \
            or any(w.lower_ in ("if", "unless") for w in t.sent):
        return ""
    return mod.cue if planner is None else planner.text


PLAN_PARTY_PREPS = ("to", "with", "for", "on", "from", "against")


def _plan_with_no_party(t: Trigger) -> str:
    """A state's plan ("South Korea plans to open a consulate in Samarkand next year", "Moscow plans to send a delegation
    to a conference on Afghanistan"): no promise to another party unless the planned act names one as its object or
    partner ("plans to visit Kazakhstan", "plans to hold talks with Tashkent", "plans to remove the Taliban from its
    list" stay AGREE). A place the act is done in is no party. Returns the plan's word, or ""."""
    tok = t.tok
    if t.hit.nominal or t.event != "AGREE" or t.rule.event == "AGREE" or tok.dep_ != "xcomp" \
            or tok.head.lemma_.lower() != "plan":
        return ""
    objs = objects(tok)  # ("hold talks with Tashkent": the partner hangs on the object)
    args = objs + [p for w in [tok, *objs] for p in prep_objects(w, PLAN_PARTY_PREPS)]
    if len(t.index.in_tokens(subjects(tok.head))) > 1:  # "Indonesia and Malaysia plan to sign": the act between them
        return ""
    if any((m := t.index.at(w)) is not None and m.entity.code for a in args for w in [a, *a.conjuncts]):
        return ""
    return tok.head.text


OWN_FOLLOWERS = word_set("own_followers")


def _call_to_rally(t: Trigger) -> str:
    """A call on one's own supporters or the public to rally at a time to come ("Opposition parties have called for
    another rally on Saturday", "The opposition movement urged supporters to gather in France Square on Sunday"): a
    plan of the callers, no demand on a party. Returns the rally's word, or ""."""
    tok = t.tok
    asked = [c for c in tok.children if c.dep_ == "dobj"] + [  # ("called on its supporters", not "on Wednesday")
        o for o in prep_objects(tok, ("on", "upon")) if o.ent_type_ not in ("DATE", "TIME")]
    if any(a.lemma_.lower() not in OWN_FOLLOWERS for a in asked):
        return ""
    told = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    rally = next((o for o in prep_objects(tok, ("for",)) if o.lemma_.lower() in RALLY_WORDS), None) \
        or next((c for c in told if c.lemma_.lower() in RALLY_WORDS), None) \
        or next((o for c in told if c.lemma_.lower() in RALLY_JOINING_VERBS for o in objects(c)
                 if o.lemma_.lower() in RALLY_WORDS), None) \
        or _rally_site_gone_to(told)  # "to join a rally in Yerevan next Saturday"
    return rally.text if rally is not None else ""


RALLY_JOINING_VERBS = word_set("rally_joining_verbs")
RALLY_GOING_VERBS = word_set("rally_going_verbs")
RALLY_SITE_WORDS = word_set("rally_site_words")


def _rally_site_gone_to(told: list["Token"]) -> "Token | None":
    """The street or square the called are told to go back to ("called on supporters to return to Rustaveli Avenue on
    Wednesday evening", "to take to the streets"), or None (not "to return home", "to return to work")."""
    return next((o for c in told if c.lemma_.lower() in RALLY_GOING_VERBS for o in prep_objects(c, ("to", "into", "onto"))
                 if o.ent_type_ in ("FAC", "LOC") or o.lemma_.lower() in RALLY_SITE_WORDS), None)


ATTITUDE_HOLDERS = word_set("attitude_holders")


def _standing_opposition(t: Trigger) -> str:
    """"Oppose" in the present simple said of many people ("Many demonstrators also oppose a law adopted this month",
    "Most residents of Gagauzia oppose the new rules"): a standing attitude, no refusal of an offer or demand.
    Returns the holders' word, or ""."""
    tok = t.tok
    if tok.lemma_.lower() != "oppose" or tok.tag_ not in ("VBP", "VBZ") \
            or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return ""
    holders = [x for x in subjects(tok) if x.lemma_.lower() in ATTITUDE_HOLDERS or x.lower_ in ("many", "most")]
    return holders[0].text if holders else ""


DAYS_TALLY = re.compile(r"\bfor a (?:combined |cumulative )?total of (?:\d+|[a-z-]+) (?:days|weeks|months)\b", re.I)


def _days_tallied(t: Trigger) -> str:
    """A closure told as a tally of days over a span ("a year in which the Torkham crossing was shut for a total of 47
    days", "The border was closed for a total of 31 days this year"): a statistic, no closure of the news period.
    Returns the phrase, or ""."""
    words = " ".join(x.text for x in t.tok.subtree)
    m = DAYS_TALLY.search(words)
    return m.group(0) if m else ""


SIGNED_THINGS = word_set("signed_things")


def _document_described(t: Trigger) -> str:
    """A past signing told in a relative clause that only says which document is meant ("incompatible with the spirit
    of the treaty we initialled", "ignoring the commitments it signed up to in Istanbul"): a description, no act of the
    news period (not with a day of its own: "the deal they signed on Monday"). Returns the noun, or ""."""
    tok = t.tok
    if t.pub is None or tok.dep_ != "relcl" or tok.head.lemma_.lower() not in SIGNED_THINGS or tok.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) \
            or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children) \
            or any(x.lower_ in ("which", "whom") and x.dep_ == "pobj" for x in tok.subtree) \
            or find_dates(" ".join(x.text for x in tok.subtree), t.pub):
        return ""  # (the document is what was signed, not "a deal under which Rabat agreed to normalise relations")
    return tok.head.text


DATED_DOCUMENT_NOUNS = word_set("dated_document_nouns")


def _old_year_in(tokens: "Iterator[Token] | Sequence[Token]", pub: dt.date) -> str:
    """A year before the year of publication among the words ("2008" of "the 2008 ceasefire agreement"), or ""."""
    return next((t.text for t in tokens if t.like_num and len(t.text) == 4 and t.text.isdigit()
                 and 1900 <= int(t.text) < pub.year), "")


def _dated_by_its_noun(t: Trigger) -> str:
    """An act told as the history of a document or pact dated years back: a clause on the noun ("the 2008 ceasefire
    agreement brokered by then French President Sarkozy", "the 1994 truce, brokered by Russia in Bishkek") or the
    document as the doer with its old year in its own words ("A resolution sponsored by Moldova at the UN General
    Assembly in 2018 called for ...", "A statement issued at their 2008 Bucharest summit promised ..."): background.
    Not a clause with a time of its own ("A decree signed in 2020 was annulled on Monday"). Returns the year, or ""."""
    if t.pub is None or t.hit.nominal:
        return ""
    verb = t.tok
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in DATED_DOCUMENT_NOUNS:
        noun, own = verb.head, {x.i for x in verb.subtree}
    else:
        noun = next((x for x in subjects(verb) if x.lemma_.lower() in DATED_DOCUMENT_NOUNS), None) \
            or _made_document(verb)
        own = {x.i for x in verb.subtree} - ({x.i for x in noun.subtree} if noun is not None else set())
    if noun is None or find_dates(" ".join(verb.doc[i].text for i in sorted(own)), t.pub):
        return ""
    return _old_year_in((x for x in noun.subtree if x.i not in own), t.pub)


DOCUMENT_MAKING_VERBS = word_set("document_making_verbs")


def _made_document(verb: "Token") -> "Token | None":
    """The document or pact a verb of making it has as its object ("the negotiators who brokered the 1997 peace
    agreement", "the community's role in mediating the 1992 peace accord"): its old year dates the making (not a
    state joining or leaving an old pact: "signed the 1997 Ottawa Convention", "pulled out of the 2015 deal")."""
    if verb.lemma_.lower() not in DOCUMENT_MAKING_VERBS:
        return None
    return next((o for o in objects(verb) if o.lemma_.lower() in DATED_DOCUMENT_NOUNS), None)


STOPPED_FIGHTING_WORDS = word_set("stopped_fighting_words")


def _fighting_stopped(t: Trigger) -> str:
    """Fighting or its weapons stopped ("The truce has stopped the mortars that pounded the border villages", "halted
    the shelling"): an end of fighting, no seizure (not "stopped a truck carrying heroin"). Returns the object, or ""."""
    if t.rule.id != "COERCE/thwart":
        return ""
    stopped = next((o for o in objects(t.tok) if o.lemma_.lower() in STOPPED_FIGHTING_WORDS), None)
    return stopped.text if stopped is not None else ""


PULLBACK_SUBJECTS = word_set("firefight_pullback_subjects")
FIREFIGHT_VERBS = word_set("firefight_verbs")


def _pullback_in_firefight(t: Trigger) -> str:
    """Armed men of no state pulling back during the firefight they fought ("Border guards exchanged fire with the
    attackers for an hour before the group withdrew back across the river"): part of the ASSAULT, no RETREAT (team
    decision, round 28). Returns the fight's verb, or ""."""
    verb = t.tok
    if verb.dep_ not in ("advcl", "conj") or verb.head.lemma_.lower() not in FIREFIGHT_VERBS:
        return ""
    if not any(s.lemma_.lower() in PULLBACK_SUBJECTS or s.lower_ in PULLBACK_SUBJECTS for s in subjects(verb)):
        return ""
    return verb.head.text


# The checks that stop a trigger once its modality is known and before its roles are found, in the order they are tried.
# A new one is one line here (and its function).
VETOES: tuple[_Veto, ...] = (
    # "saw no point in Turkish mediation while Ankara supplied drones to Kyiv": the refusal's reason
    _Veto(lambda t: refusal_reason(t.tok), "not coded: the reason given for turning down help ('{found} no ...')"),
    # "Pashinyan told protesting farmers that ...": the participle describes the addressees
    _Veto(lambda t: t.tok.text if attributive_participle(t.tok) else "",
          "not coded: '{found}' describes the people addressed, no act"),
    # "asked residents to avoid the area", "warned its citizens in Iraq to stay indoors"
    _Veto(lambda t: _public_addressee(t.tok, t.index), "not coded: advice to the general public ('{found}')",
          events=_types("REQUEST", "THREATEN"), nouns_too=True),
    _Veto(lambda t: _reporter_question(t.tok), "not coded: a reporter's question ('Asked about ..., X said')",
          events=_types("REQUEST")),
    _Veto(lambda t: question_asked(t.tok, t.index), "not coded: a question asked ('{found}'), no request",
          events=_types("REQUEST")),
    _Veto(lambda t: _funding_level(t.tok), "not coded: a funding level ('{found} funded'), no gift", events=_types("AID")),
    _Veto(lambda t: _facility_halt(t.tok), "not coded: '{found}' halting its own traffic, no sanction",
          events=_types("SANCTION")),
    _Veto(lambda t: question_content(t.tok, t.index), "not coded: what a question asks about ('{found} ...'), not told as done",
          nouns_too=True),
    _Veto(lambda t: open_question(t.tok), "not coded: a question with no one in it ('{found}')"),
    _Veto(lambda t: what_it_depends_on(t.tok), "not coded: an open question something '{found}', a condition, no act"),
    _Veto(lambda t: unperceived_act(t.tok), "not coded: what no one is to '{found}', no act", nouns_too=True),
    _Veto(_fighting_stopped, "not coded: fighting stopped ('{found}'), nothing seized"),
    _Veto(_pullback_in_firefight, "not coded: armed men pulling back in the fight ('{found}'), part of the attack",
          modes=frozenset({"withdraw"})),
    _Veto(lambda t: imperative_in_quote(t.tok), "not coded: a command in a quotation ('{found}'), not carried out"),
    _Veto(lambda t: _purpose_denied(t.tok), "not coded: a purpose denied ('{found}'), no act"),
    _Veto(lambda t: _charges_denied_apposition(t.tok), "not coded: a noun restating the accusation told ('{found}')",
          nouns_too=True),
    _Veto(lambda t: kind_of_act_rated(t.tok), "not coded: a kind of act said to be '{found}', no act", nouns_too=True),
    _Veto(lambda t: curb_as_it_stands(t.tok), "not coded: '{found}' told as curbed as things stand, no act",
          rule_events=_types("COERCE", "SANCTION")),
    _Veto(lambda t: fee_charged(t.tok), "not coded: a price charged ('{found}'), no accusation", rule_events=_types("ACCUSE")),
    _Veto(lambda t: t.event != "REQUEST" and exhorted_act(t.tok), "not coded: what '{found}' call for, not done"),
    _Veto(lambda t: deed_naming_targets(t.tok, clause_verb(t.tok) if t.hit.nominal else t.tok),
          "not coded: background (a deed naming whom a step not yet taken would hit: '{found}')", nouns_too=True),
    _Veto(_inside_report_called_untrue, "not coded: inside reports called '{found}', a denied report", nouns_too=True),
    _Veto(_reports_called_untrue, "not coded: reports of no named source called '{found}', a bare denial",
          events=_types("ACCUSE")),
    _Veto(lambda t: _bare_denial(t.tok), "not coded: a bare denial ('{found}'), no counter-accusation", events=_types("ACCUSE")),
    _Veto(lambda t: _aside_in_accusation(t.tok), "not coded: an attack told inside an accusation ('{found}'), alleged",
          events=_types("ASSAULT"), nouns_too=True),
    _Veto(lambda t: t.rule.id == "ACCUSE/link_to" and not _pinned_on_actor(t.tok, t.index),
          "not coded: the act is not tied to anyone who acts ('attributed the outage to technical works')", nouns_too=True),
    _Veto(lambda t: _opinion_agreement(t.tok, t.index),
          "not coded: agreeing with an opinion ('agree with X that ...') is a statement", events=_types("AGREE")),
    _Veto(lambda t: t.rule.clausal and not _permitting_actor(t.tok, t.index),
          "not coded: the permission has no actor as its subject", nouns_too=True),
    _Veto(lambda t: _protest_demand(t.tok, t.hit, t.hits, t.tok.doc),
          "not coded: a demand voiced by a protest (part of the PROTEST)", events=_types("REQUEST"), nouns_too=True),
    _Veto(lambda t: t.rule not in (THREAT_CLAUSE_RULE, THREAT_JOINED_RULE) and _forecast(t.tok, t.index, t.by_token),
          "not coded: a forecast, not a threat ('{found}' is no actor)", events=_types("THREATEN")),
    _Veto(lambda t: _warned_of_another(t.tok, t.by_token, t.index),
          "not coded: a warning of what '{found}' might do, not a threat", events=_types("THREATEN")),
    _Veto(lambda t: consular_help(t.tok),
          "not coded: a mission's '{found}' to its nationals abroad, no aid between states", events=_types("AID")),
    _Veto(lambda t: _helping_plan(t.tok, t.index), "not coded: what a {found} does, no aid given by anyone", events=_types("AID")),
    # (a rule that names its subjects licenses them: "a convoy of trucks ... arrived")
    _Veto(lambda t: not t.rule.subject and _non_actor_subject(t.tok, t.hit, t.index),
          "not coded: subject '{found}' is not an actor", events=ACTOR_SUBJECT_REQUIRED, nouns_too=True),
    # ("the climbers reached the summit": the act a noun names is its verb's subject's)
    _Veto(lambda t: (not t.hit.nominal or t.tok.dep_ == "dobj")
          and figurative_doer(t.tok if not t.hit.nominal else t.tok.head, t.index),
          "not coded: '{found}' does not act in the political sense of '{trigger}'", events=frozenset(FIGURATIVE_DOER_TYPES),
          nouns_too=True),
    _Veto(lambda t: contest_fight(t.tok), "not coded: a contest, not a fight ('in the {found}')", rule_events=_types("ASSAULT")),
    _Veto(lambda t: contest_of_object(t.tok), "not coded: a move in a contest ('in the {found}'), nothing seized",
          rule_events=_types("COERCE"), modes=_types("seize")),
    _Veto(lambda t: share_of_a_trade(t.tok), "not coded: a share of the '{found}' won, nothing seized",
          rule_events=_types("COERCE"), modes=_types("seize")),
    _Veto(lambda t: level_named(t.tok), "not coded: a level ('{found} {trigger}'), no act", nouns_too=True),
    _Veto(lambda t: fiction_frame(t.tok), "not coded: the plot of a work of fiction or film ('{found}')", nouns_too=True),
    _Veto(lambda t: depicted_act(t.tok), "not coded: an act shown in a picture ('{found}'), not done", nouns_too=True),
    _Veto(lambda t: claimed_footage(t.tok), "not coded: an act footage '{found}' to show, not told as done"),
    _Veto(lambda t: fake_clip_content(t.tok), "not coded: an act a fake clip shows ('{found}'), not done", nouns_too=True),
    _Veto(lambda t: exhibit_content(t.tok), "not coded: an act an exhibit shows or tells ('{found}'), depicted content",
          nouns_too=True),
    _Veto(lambda t: sung_words(t.tok), "not coded: the words of a {found}, no act", nouns_too=True),
    _Veto(lambda t: indifferent_condition(t.tok), "not coded: a condition that makes no difference ('{found} ...'), no act"),
    _Veto(lambda t: sparse_record(t.tok), "not coded: background (a record of acts on '{found}', no act)"),
    _Veto(lambda t: civil_ruling(t.tok), "not coded: a court's ruling between firms or people ('{found}')",
          events=_types("REJECT", "CONCEDE", "RETREAT", "AGREE", "SUPPORT")),
    _Veto(lambda t: trial_party_motion_refused(t.tok), "not coded: a court refusing a motion of the {found}, court "
          "procedure", events=_types("REJECT")),
    _Veto(lambda t: pledge_to_inquiry(t.tok, t.index), "not coded: a pledge to help '{found}', no cooperation between parties",
          events=_types("AGREE", "COOPERATE")),
    _Veto(lambda t: appeal_for_donations(t.tok, t.index), "not coded: an appeal to the public for {found}",
          events=_types("REQUEST"), nouns_too=True),
    _Veto(lambda t: _thanks_to_readers(t.tok), "not coded: '{found}' signs off to the readers, no support",
          events=_types("SUPPORT")),
    _Veto(lambda t: t.rule.id == "SUPPORT/express_support" and _host_courtesy_thanks(t.tok),
          "not coded: thanks for a host's courtesy, no support", events=_types("SUPPORT")),
    _Veto(lambda t: _envoy_congratulated(t.tok), "not coded: an envoy congratulated on taking up the post ('{found}'), "
          "part of the credentials visit", events=_types("SUPPORT")),
    _Veto(lambda t: congratulated_crowd(t.tok), "not coded: congratulations to the '{found}', a greeting to no party",
          events=_types("SUPPORT"), nouns_too=True),
    _Veto(lambda t: people_greeted_on_holiday(t.tok, t.index), "not coded: '{found}' greeted on a holiday, a festive "
          "courtesy to no party", events=_types("SUPPORT"), nouns_too=True),
    _Veto(lambda t: told_in_sermon(t.tok), "not coded: said in a {found}, preaching to the faithful",
          events=_types("ACCUSE", "SUPPORT", "REQUEST")),
    _Veto(lambda t: members_gathering(t.tok), "not coded: people meeting among themselves in {found}s, no meeting of parties",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: wish_describing_people(t.tok), "not coded: what the '{found}' who want it would do, a description"),
    _Veto(lambda t: service_offered_to_public(t.tok, t.index), "not coded: '{found}' offered to the public, no promise to "
          "a party", events=_types("AGREE")),
    _Veto(lambda t: content_of_pending_bill(t.tok), "not coded: what a pending {found} would do, no act yet"),
    _Veto(lambda t: practice_reported_in_present(t.tok), "not coded: talks '{found}' in the present with no time, a "
          "practice, no meeting", rule_events=_types("CONSULT")),
    _Veto(lambda t: helpers_handing_out(t.tok, t.index), "not coded: '{found}' of no party handing things out, no aid",
          events=_types("AID")),
    _Veto(lambda t: t.rule.id == "AGREE/invite" and forum_invitation(t.tok, t.index),
          "not coded: guests invited to '{found}' (a preview of a meeting), no offer to a party"),
    _Veto(lambda t: agreement_describing_a_thing(t.tok), "not coded: what was agreed describes the '{found}', background",
          events=_types("AGREE")),
    _Veto(lambda t: agenda_of_gathering(t.tok), "not coded: the agenda of a gathering ('{found}'), no promise",
          events=_types("AGREE"), rule_events=_types("CONSULT")),
    _Veto(lambda t: experts_exchange(t.tok), "not coded: an exchange of views of '{found}', no party's consultation",
          events=_types("CONSULT"), rule_events=_types("CONSULT")),
    _Veto(lambda t: figurative_battle(t.tok), "not coded: a battle as a figure of speech ('{found}')", events=_types("ASSAULT"),
          nouns_too=True),
    _Veto(lambda t: _welcomes_any(t.tok), "not coded: a future welcome of 'any {found}', an openness, no agreement",
          events=_types("AGREE"), rule_events=_types("SUPPORT")),
    _Veto(lambda t: figurative_battle(t.tok), "not coded: a battle as a figure of speech ('{found}')", events=_types("THREATEN"),
          rule_events=_types("ASSAULT"), nouns_too=True),  # (told as to come: "a campaign against drink-driving would begin")
    _Veto(lambda t: attack_in_words(t.tok), "not coded: an attack in words on the '{found}', no force", events=_types("ASSAULT")),
    _Veto(lambda t: role_play(t.tok, t.index), "not coded: role-play ('{found}'), its countries are roles", nouns_too=True),
    _Veto(lambda t: medical_sense(t.tok), "not coded: '{found}' is a medical event, no act",
          events=_types("ASSAULT", "COERCE", "THREATEN"), nouns_too=True),
    _Veto(lambda t: animal_doer(t.tok), "not coded: an animal ('{found}') does no political act",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: cyber_contest(t.tok), "not coded: a contest or a drill on systems built to be attacked ('{found}')",
          events=_types("COERCE", "ASSAULT"), nouns_too=True),
    _Veto(lambda t: learnt_skill(t.tok), "not coded: a skill ('{found}' to {trigger}), no act done",
          events=_types("AGREE", "COOPERATE")),
    _Veto(lambda t: blamed_on_thing(t.tok, t.index), "not coded: a cause named ('blamed on {found}'), no accuser, no party "
          "blamed", events=_types("ACCUSE")),
    _Veto(lambda t: fight_likened_to_war(t.tok), "not coded: a fight likened to '{found}', no war", events=_types("ASSAULT")),
    _Veto(lambda t: t.rule.reciprocal and row_of_wordy_sides(t.tok), "not coded: a row among '{found}', no fight",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: obstruction_of_nothing(t.tok), "not coded: '{found}' with nothing blocked and no one blocking",
          rule_events=_types("PROTEST"), modes=_types("obstruct")),
    _Veto(lambda t: quoted_thing_doer(t.tok, t.index), "not coded: a quoted 'it' that is '{found}', no actor",
          events=frozenset(FIGURATIVE_DOER_TYPES)),
    _Veto(lambda t: market_demand_met(t.tok), "not coded: a market's demand ('{found}'), no party's demand met",
          rule_events=_types("CONCEDE")),
    _Veto(_custody_of_a_guardian, "not coded: placed in the custody of '{found}', a guardian, no arrest",
          rule_events=_types("COERCE")),
    _Veto(_other_measure_postponed, "not coded: '{found}' put off on its own account, not what was protested",
          rule_events=_types("CONCEDE")),
    _Veto(charges_dropped_for_release, "not coded: charges dropped as the cause of the release told ('{found}')",
          rule_events=_types("CONCEDE")),
    _Veto(lambda t: market_cut(t.tok), "not coded: a market move ('{found}'), no sanction", rule_events=_types("SANCTION"),
          modes=_types("discontinue")),
    _Veto(lambda t: market_under_attack(t.tok), "not coded: an attack on or by a market ('{found}') is a figure of speech",
          rule_events=_types("ASSAULT"), nouns_too=True),
    _Veto(_declined_as_fall, "not coded: '{trigger}' of a number that falls, nothing refused", rule_events=_types("REJECT")),
    # round 30: non-political parties, addressees and own-side acts (non_acts)
    _Veto(lambda t: personal_favour_asked(t.tok), "not coded: a personal favour asked for ('{found}'), no request",
          events=_types("REQUEST")),
    _Veto(lambda t: anonymity_asked(t.tok), "not coded: a source asking for anonymity ('{found}'), no request",
          rule_events=_types("REQUEST"), events=_types("REQUEST")),
    _Veto(lambda t: protest_online(t.tok), "not coded: complaints posted {found}, no demonstration",
          rule_events=_types("PROTEST")),
    _Veto(lambda t: hardest_hit(t.tok), "not coded: '{found} {trigger}', a degree of harm among a set, no attack",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: economic_warning(t.tok), "not coded: a warning about the economy ('{found}'), a forecast, no threat",
          events=_types("THREATEN")),
    _Veto(lambda t: signed_off(t.tok), "not coded: '{trigger} ... {found}' releases someone from care, no signature",
          rule_events=_types("SUPPORT", "AGREE", "COOPERATE")),
    _Veto(lambda t: own_site_visited(t.tok, t.index), "not coded: a visit to a {found} at home, no host of another party",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: met_by_private_people(t.tok), "not coded: met by {found}, a welcome, no meeting of parties",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: port_call(t.tok), "not coded: {found} calling at a port, no appeal", rule_events=_types("REQUEST")),
    _Veto(lambda t: t.rule.mode not in INSTRUCTED_MODES_CODED and instructed_to_own_government(t.tok),
          "not coded: an act a leader instructs his own {found} to do", nouns_too=True),
    _Veto(lambda t: own_council_instructed(t.tok), "not coded: a leader's instruction to his own {found}",
          rule_events=_types("REQUEST"), events=_types("REQUEST")),
    _Veto(lambda t: own_trainees_addressed(t.tok), "not coded: a leader's instruction to the state's own {found}",
          rule_events=_types("REQUEST"), events=_types("REQUEST")),
    _Veto(lambda t: act_shown_how(t.tok), "not coded: what is {found} in a 'how' clause, shown, not done"),
    _Veto(lambda t: accused_in_a_case(t.tok), "not coded: who stands accused in the {found}, background of the hearing",
          rule_events=_types("ACCUSE")),
    _Veto(lambda t: detainee_freed_by_crowd(t.tok), "not coded: a {found} freeing someone held by the police",
          rule_events=_types("RETREAT")),
    _Veto(lambda t: clients_visited_in_custody(t.tok), "not coded: counsel or kin seeing the {found}, no consultation",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: measure_in_force_since(t.tok), "not coded: '{found}' told as in force for a while, how things stood",
          rule_events=_types("COERCE")),
    _Veto(lambda t: sentence_sought(t.tok), "not coded: a {found} sought in court, a step of procedure",
          rule_events=_types("REQUEST"), events=_types("REQUEST")),
    _Veto(lambda t: vow_not_to_forgive(t.tok), "not coded: a vow '{found} forgive', no refusal of an apology",
          rule_events=_types("SUPPORT", "REJECT")),
    _Veto(lambda t: own_forces_thanked(t.tok, t.index), "not coded: thanks to its own {found}, no support to another party",
          rule_events=_types("SUPPORT")),
    _Veto(lambda t: told_in_jest(t.tok), "not coded: words said in jest or in scare quotes ('{found}')"),
    _Veto(lambda t: quoted_act_in_drill(t.tok), "not coded: a verb in scare quotes in a drill ('{found}'), a played part"),
    _Veto(lambda t: handed_to_investigators(t.tok), "not coded: handed to {found}, part of the arrest",
          rule_events=_types("ACCUSE")),
    _Veto(lambda t: commercial_refusal(t.tok, t.index), "not coded: business refused by {found}, no political refusal",
          rule_events=_types("REJECT")),
    _Veto(lambda t: event_road_closure(t.tok), "not coded: streets closed for the {found}, no restriction of anyone",
          rule_events=_types("COERCE")),  # (also told as coming: "will be restricted during the summit")
    _Veto(lambda t: house_of_culture_opens(t.tok), "not coded: the {found} opens a show or its doors, no access granted",
          events=_types("RETREAT")),
    _Veto(lambda t: ballot_backing(t.tok), "not coded: {found} backing a candidate, a vote", events=_types("SUPPORT")),
    _Veto(lambda t: pledge_to_voters(t.tok), "not coded: a pledge to {found}, a campaign promise",
          events=_types("AGREE", "THREATEN", "CONCEDE")),
    _Veto(lambda t: standing_pledge_of_no_party(t.tok, t.index), "not coded: a standing pledge of {found}, who is no party",
          events=_types("AGREE", "THREATEN", "CONCEDE")),
    _Veto(lambda t: generic_deed_as_subject(t.tok), "not coded: a deed in general, the subject of '{found}', no act"),
    _Veto(lambda t: denied_report_content(t.tok), "not coded: what reports say that a speaker called '{found}', no act"),
    _Veto(lambda t: quality_named_with_as(t.tok), "not coded: '{trigger}' names a quality of what was {found}, no act"),
    _Veto(lambda t: unnamed_doers_described(t.tok), "not coded: '{found} {trigger}' describes unnamed people, no act"),
    _Veto(lambda t: machine_backing(t.tok), "not coded: backing by {found}, means brought to an operation", events=_types("SUPPORT")),
    _Veto(lambda t: shown_how(t.tok), "not coded: 'demonstrate' as showing '{found}'", events=_types("PROTEST")),
    _Veto(lambda t: crowd_demand(t.tok), "not coded: demands of the '{found}', part of their protest",
          events=_types("REQUEST")),
    _Veto(lambda t: release_from_repair(t.tok), "not coded: released from {found}, back in service", events=_types("RETREAT")),
    _Veto(lambda t: t.rule.mode != "withhold" and market_reason_given(t.tok),
          "not coded: a service cut because of '{found}', business",
          rule_events=_types("SANCTION", "COERCE")),
    _Veto(lambda t: talks_with_firms(t.tok, t.index), "not coded: talks with '{found}', business with no state party",
          rule_events=_types("CONSULT"), nouns_too=True),
    _Veto(lambda t: t.rule.mode != "withhold" and business_deal(t.tok, t.index),
          "not coded: business of the firm '{found}' with no state party",
          rule_events=_types("SUPPORT", "AGREE", "AID", "COOPERATE", "COERCE", "THREATEN", "SANCTION", "CONSULT")),
    _Veto(lambda t: business_deal(t.tok, t.index), "not coded: a truce of the firm '{found}' with no state party, a "
          "figure of speech", rule_events=_types("RETREAT"), modes=_types("ceasefire")),
    _Veto(lambda t: consumer_dealing(t.tok, t.index), "not coded: a firm's or a private person's dealing with '{found}', "
          "no political act", events=_types("AGREE", "SUPPORT", "CONCEDE")),
    _Veto(lambda t: t.rule.id == "REQUEST/must_clause" and commentator_advice(t.tok),
          "not coded: advice of '{found}', no political actor's demand", rule_events=_types("REQUEST")),
    _Veto(lambda t: nonpolitical_speaker(t.tok), "not coded: the opinion of '{found}', no political actor",
          events=_types("ACCUSE", "THREATEN")),
    _Veto(lambda t: criticism_from_commentators(t.tok), "not coded: criticism voiced by '{found}', no political actor",
          rule_events=_types("ACCUSE"), nouns_too=True),
    _Veto(lambda t: (t.event != t.rule.event or t.rule.event == "THREATEN") and commentators_forecast(t.tok),
          "not coded: a forecast told by '{found}', no threat, promise or refusal", events=_types("THREATEN", "REJECT", "AGREE")),
    _Veto(lambda t: denied_as_untrue(t.tok), "not coded: a bare denial (rejected as '{found}'), nothing refused",
          rule_events=_types("REJECT")),
    _Veto(lambda t: described_as_accused(t.tok), "not coded: '{found} {trigger} of' describes who they are, no accusation made",
          rule_events=_types("ACCUSE")),
    _Veto(lambda t: crackdown_ordered(t.tok), "not coded: a leader '{found}' a crackdown on an offence, an order to his own "
          "government", rule_events=_types("COERCE"), nouns_too=True),
    _Veto(lambda t: activity_banned(t.tok), "not coded: a rule on an activity ('{found}'), domestic regulation",
          rule_events=_types("COERCE")),
    _Veto(lambda t: vague_sums_given(t.tok), "not coded: a vague sum ('{found}') given over an open span, a summary",
          rule_events=_types("AID")),
    _Veto(lambda t: habit_of_states_at_large(t.tok), "not coded: what '{found}' at large do, a habit of no named party"),
    _Veto(lambda t: principle_opposed(t.tok), "not coded: a standing principle (opposes '{found}'), no one's deed",
          rule_events=_types("ACCUSE", "REJECT")),
    _Veto(lambda t: debate_clash(t.tok), "not coded: a row in words among legislators ('{found}'), no fight",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: legislators_reproach(t.tok), "not coded: politicians attacking a deed ('{found}') in words, no force",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: broadcast_row(t.tok), "not coded: a row in words on the air ('{found}'), no fight",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: online_commentator(t.tok), "not coded: the opinion of '{found}' on a work, no political actor",
          events=_types("ACCUSE", "THREATEN")),
    _Veto(lambda t: debate_words(t.tok), "not coded: words of a parliamentary debate ('{found}')",
          events=_types("ACCUSE", "THREATEN", "REQUEST", "REJECT")),
    _Veto(lambda t: sport_body_act(t.tok), "not coded: a sports body's act ('{found}'), no political actor",
          events=_types("THREATEN", "SANCTION", "ACCUSE", "REQUEST", "COERCE")),
    _Veto(lambda t: club_dealing(t.tok), "not coded: the dealing of a sports {found}, no political actor",
          events=_types("REJECT", "AGREE", "SUPPORT", "CONSULT", "REQUEST", "CONCEDE", "COOPERATE")),
    _Veto(lambda t: civil_party_act(t.tok, t.index, t.event), "not coded: an act of '{found}', a civil party, no political actor",
          events=_types("ACCUSE", "REQUEST", "CONSULT", "AGREE", "SUPPORT", "REJECT", "THREATEN", "SANCTION"),
          nouns_too=True),
    _Veto(lambda t: opening_occasion(t.tok), "not coded: an occasion that opens ('{found}'), no access given",
          rule_events=_types("RETREAT")),
    _Veto(_timetable_preview, "not coded: a meeting on the calendar ('{found}'), no promise", events=_types("AGREE"),
          rule_events=_types("CONSULT"), nouns_too=True),
    _Veto(_programme_preview, "not coded: an act on a programme's list ('{found}'), no promise", events=_types("AGREE", "SUPPORT"),
          rule_events=_types("SUPPORT")),
    _Veto(_foreseen_by_others, "not coded: what others '{found}', a forecast, no act or promise"),
    _Veto(_refusal_punished, "not coded: why they were held ('{found}'), no offer or demand refused", rule_events=_types("REJECT")),
    _Veto(_answer_of_the_held, "not coded: people already held will '{found}' for their deeds, no warning",
          rule_events=_types("THREATEN")),
    _Veto(_imperative_let, "not coded: '{found}' as a call or a wish, nobody lets anyone in",
          rule_events=_types("RETREAT", "CONCEDE")),
    _Veto(_plural_noun_misread, "not coded: '{found}' is a noun, no act"),
    _Veto(_package_of_measures, "not coded: a package of '{found}', no aid", events=_types("AID")),
    _Veto(_raid_made_arrests, "not coded: the raid is the setting of '{found}', coded from it", rule_events=_types("COERCE")),
    _Veto(_bail_refused_with_order, "not coded: '{found}' refused with the custody order, part of it", events=_types("REJECT")),
    _Veto(_capture_describing_attackers, "not coded: ground taken by the doers of '{found}', told to say who they are",
          events=_types("COERCE")),
    _Veto(_accessory_penalty, "not coded: a ban imposed with the sentence ('{found}'), part of it", events=_types("COERCE")),
    # police, court and statement words that tell no new act (police_acts)
    _Veto(lambda t: t.rule.id == "COERCE/raid" and search_seizing_nothing(t.tok),
          "not coded: '{found}' with nothing searched for or found, no seizure", rule_events=_types("COERCE")),
    _Veto(lambda t: offence_of_the_held(t.tok, t.by_token), "not coded: the offence someone is '{found}' for, no attack",
          rule_events=_types("ASSAULT"), nouns_too=True),
    _Veto(lambda t: attempt_of_a_described_party(t.tok), "not coded: what officers were '{found}' to do in the scene, no threat",
          events=_types("THREATEN")),
    _Veto(lambda t: refusal_to_surrender(t.tok), "not coded: a refusal to '{found}' in the scene of an arrest or a killing",
          rule_events=_types("REJECT")),
    _Veto(lambda t: informant_on_the_phone(t.tok), "not coded: '{found}' who spoke to the press, no call between parties",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: t.rule.id == "CONSULT/arrive" and arrivals_of_the_displaced(t.tok),
          "not coded: '{found}' arriving, no visit of a party", rule_events=_types("CONSULT")),
    _Veto(lambda t: pledge_signed_by_kin(t.tok), "not coded: a '{found}' signed by relatives, the terms of a release",
          rule_events=_types("SUPPORT")),
    _Veto(lambda t: advice_to_withdraw(t.tok), "not coded: a withdrawal '{found}', advice, not done",
          rule_events=_types("RETREAT")),
    _Veto(lambda t: release_at_term_end(t.tok), "not coded: a release when the sentence ends ('{found}'), no concession",
          rule_events=_types("RETREAT"), modes=_types("release")),
    _Veto(lambda t: departure_for_mission(t.tok), "not coded: a departure '{found}', a deployment, no pull-out",
          rule_events=_types("RETREAT"), modes=_types("withdraw")),
    _Veto(lambda t: handover_for_the_case(t.tok, t.index), "not coded: handed over to '{found}', the state's own procedure, no release",
          rule_events=_types("RETREAT")),
    _Veto(lambda t: handover_of_the_extradited(t.tok, t.sent, t.hits), "not coded: the hand-over is the extradition ('{found}')",
          rule_events=_types("RETREAT")),
    _Veto(lambda t: label_in_protest_note(t.tok, t.sent, t.hits), "not coded: what a protest note calls a wrong, the reason of the one '{found}'",
          rule_events=_types("ACCUSE")),
    _Veto(lambda t: blame_on_no_party(t.tok, t.index), "not coded: '{found}' blamed, no party accused", rule_events=_types("ACCUSE")),
    _Veto(lambda t: t.rule.id == "ASSAULT/violate_ceasefire" and breach_by_a_thing(t.tok),
          "not coded: a ceasefire said to be breached by '{found}', no fire", rule_events=_types("ASSAULT")),
    _Veto(_insisted_fact, "not coded: '{found}' tells a fact, no demand", rule_events=_types("REQUEST")),
    _Veto(_contest_appeal, "not coded: a team's appeal to the {found} of a contest, no political act",
          events=_types("ACCUSE", "REJECT", "REQUEST", "PROTEST"), nouns_too=True),
    _Veto(lambda t: clash_of_words(t.tok), "not coded: '{found}', no fight", rule_events=_types("ASSAULT"), nouns_too=True),
    _Veto(lambda t: generic_claim_noun(t.tok), "not coded: '{found}' ... is ..., a general claim, no particular event",
          nouns_too=True),
    _Veto(_travel_as_noun, "not coded: '{found}' counted as traffic, nobody's visit", rule_events=_types("CONSULT"), nouns_too=True),
    _Veto(_private_trip, "not coded: a private trip (to see '{found}'), no visit between parties", rule_events=_types("CONSULT")),
    _Veto(_attended_with_kin, "not coded: attended with '{found}', a private person in the audience", rule_events=_types("CONSULT")),
    _Veto(_defended_nothing, "not coded: '{found}' with nothing defended, no support", rule_events=_types("SUPPORT")),
    _Veto(_closed_by_hazard, "not coded: closed because of a natural hazard ('{found}')", rule_events=_types("COERCE"),
          modes=_types("restrict")),
    _Veto(lambda t: convict_oath(t.tok), "not coded: an oath of people in custody ('{found}'), no agreement",
          rule_events=_types("AGREE")),
    _Veto(lambda t: own_citizen_defended(t.tok, t.index), "not coded: a state defends its own citizens ('{found}'), "
          "no support to another party", rule_events=_types("SUPPORT")),
    _Veto(lambda t: own_nationals_helped(t.tok), "not coded: a mission's help to its own nationals ('{found}')",
          events=_types("AID")),
    _Veto(lambda t: filmed_not_fired(t.tok), "not coded: shot as a film is shot ('{found}'), no shooting",
          events=_types("ASSAULT")),
    # round 27 (staged_acts.py): ceremonies, space launches, tenders, sport plays, figures of speech, diaries
    _Veto(lambda t: diary_heading_ahead(t.tok, t.pub), "not coded: a line of a week-ahead diary ('{found}')",
          nouns_too=True),
    _Veto(lambda t: weekday_line_ahead(t.tok), "not coded: an entry of a week-ahead schedule ('{found}:')", nouns_too=True),
    _Veto(lambda t: cited_headline(t.tok), "not coded: the title of an earlier story ('{found}')", nouns_too=True),
    _Veto(lambda t: editors_note(t.tok), "not coded: an editor's note on the story ('{found}')", nouns_too=True),
    _Veto(lambda t: salute_fired(t.tok), "not coded: a salute fired ('{found}'), a ceremony", rule_events=_types("ASSAULT")),
    _Veto(lambda t: memorial_march(t.tok), "not coded: a march of remembrance (with '{found}'), no protest",
          rule_events=_types("PROTEST")),
    _Veto(lambda t: march_that_marked_a_day(t.tok), "not coded: the march with which the day was '{found}', a commemoration",
          rule_events=_types("PROTEST")),
    _Veto(lambda t: march_on_a_marked_day(t.tok), "not coded: a march on the marked '{found}', no demand",
          rule_events=_types("PROTEST")),
    _Veto(lambda t: staged_battle(t.tok), "not coded: part of {found}, a performance", events=_types("ASSAULT", "COERCE")),
    _Veto(lambda t: fought_in_past_war(t.tok), "not coded: '{found} who {trigger}' in a past war describes people",
          rule_events=_types("ASSAULT"), nouns_too=True),
    _Veto(lambda t: ceremonial_gathering(t.tok), "not coded: a {found} meeting is a ceremony, no consultation",
          rule_events=_types("CONSULT"), nouns_too=True),
    _Veto(lambda t: would_be_fighters(t.tok), "not coded: '{found} who' would fight describes people, no fight or threat",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: served_as_fighter(t.tok), "not coded: '{found}' told as having fought for a side, people's war service",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: space_launch(t.tok), "not coded: a launch into space ('{found}'), no weapons act",
          rule_events=_types("ASSAULT", "MOBILIZE")),
    _Veto(lambda t: procurement_call(t.tok), "not coded: a tender ('{found}'), a purchase notice",
          rule_events=_types("REQUEST", "AID")),
    _Veto(lambda t: won_by_margin(t.tok), "not coded: a sport result (by {found})", rule_events=_types("ASSAULT")),
    _Veto(lambda t: play_period_strike(t.tok), "not coded: a play in the {found}, no attack", rule_events=_types("ASSAULT")),
    _Veto(lambda t: spectated_contest(t.tok), "not coded: a match ('{found}'), no fight", rule_events=_types("ASSAULT"),
          nouns_too=True),
    _Veto(lambda t: abstract_target(t.tok), "not coded: '{trigger}' at '{found}' is a figure of speech",
          rule_events=_types("ASSAULT", "THREATEN")),
    _Veto(lambda t: things_held_hostage(t.tok), "not coded: '{found}' held hostage is a figure of speech",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: ruined_bond(t.tok), "not coded: '{trigger}' the {found} is a figure of speech",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: troops_marched(t.tok), "not coded: '{found}' marched, a movement of forces, no protest",
          rule_events=_types("PROTEST")),
    _Veto(lambda t: named_plan_gerund(t.tok), "not coded: what a {found} is for, no act told"),
    _Veto(lambda t: sworn_oath(t.tok), "not coded: an {found} sworn, a ceremony", rule_events=_types("AGREE")),
    _Veto(lambda t: debate_in_which(t.tok), "not coded: words of a parliamentary {found}",
          events=_types("ACCUSE", "THREATEN", "REQUEST", "REJECT")),
    _Veto(lambda t: neutral_stance(t.tok), "not coded: refusing {found}, a stance, nothing refused to anyone",
          rule_events=_types("REJECT")),
    _Veto(lambda t: displacement_described(t.tok), "not coded: '{found}' described as displaced, no act told",
          rule_events=_types("COERCE")),
    _Veto(lambda t: league_panel_penalty(t.tok), "not coded: a sports body's act ('{found}'), no political actor",
          events=_types("THREATEN", "SANCTION", "ACCUSE", "REQUEST", "COERCE")),
    _Veto(lambda t: plot_in_present(t.tok), "not coded: the plot of a work told in the present (a review: '{found}')"),
    # generic, descriptive, stray and market words (staged_acts.py)
    _Veto(lambda t: every_span_of_fighting(t.tok), "not coded: fighting as a measure of time ('{found} of {trigger}'), generic",
          rule_events=_types("ASSAULT"), nouns_too=True),
    _Veto(lambda t: remains_described(t.tok), "not coded: who the dead whose {found} are handed over were, no attack told",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: stray_weapon(t.tok), "not coded: a stray {found} that came down with no target, no attack",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: weapons_intercepted(t.tok), "not coded: {found} intercepted by air defences, part of the downing, no seizure",
          rule_events=_types("COERCE")),
    _Veto(lambda t: t.rule.id == "MOBILIZE/airspace_entered" and unmanned_incursion(t.tok),
          "not coded: a {found} entering airspace, no show of force", rule_events=_types("MOBILIZE")),
    _Veto(lambda t: pressed_by_no_one(t.tok), "not coded: '{found}' pressed by no one named, no request", events=_types("REQUEST")),
    _Veto(lambda t: market_propped(t.tok), "not coded: the {found} {trigger} in a market move, no political support",
          events=_types("SUPPORT")),
    _Veto(lambda t: confessed_offence(t.tok), "not coded: the offence in a {found}, no act of the day",
          rule_events=_types("PROTEST", "ASSAULT", "COERCE"), nouns_too=True),
    _Veto(lambda t: private_talk(t.tok), "not coded: talk among {found}, no consultation of parties",
          rule_events=_types("CONSULT"), nouns_too=True),
    _Veto(lambda t: talk_on_a_topic(t.tok), "not coded: one speaker talks '{found}' a topic, no partner, no consultation",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: reciprocal_people_described(t.tok), "not coded: '{trigger}' describes {found} at large, no consultation",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: claimed_by_a_post(t.tok), "not coded: '{trigger}' is what {found} claim, no act told by a party"),
    _Veto(lambda t: run_by_someone(t.tok), "not coded: the '{found}' were run by someone, no cooperation",
          rule_events=_types("COOPERATE")),
    _Veto(lambda t: fake_account_doer(t.tok), "not coded: a {found} account's '{trigger}', no act of the body it mimics"),
    _Veto(lambda t: claimed_by_unofficial_channels(t.tok),
          "not coded: '{trigger}' is what unofficial {found} claim, like a rumour (round 36)"),
    _Veto(lambda t: _seized_vessel_accused(t.tok), "not coded: the grounds of the seizure of a '{found}', part of it",
          rule_events=_types("ACCUSE")),
    _Veto(lambda t: arts_praise(t.tok), "not coded: praise of a work of art ('{found}'), no political support",
          events=_types("SUPPORT")),
    _Veto(lambda t: sporting_feat_praised(t.tok), "not coded: praise of a feat of sport ('{found}'), no political support",
          events=_types("SUPPORT")),
    _Veto(lambda t: _struck_back(t.tok, t.by_token), "not coded: '{trigger} back' is a retort, no strike on anyone",
          events=_types("ASSAULT")),
    _Veto(lambda t: price_cut(t.tok), "not coded: '{trigger} ... {found}' makes things cheaper, no sanction",
          events=_types("SANCTION")),
    _Veto(lambda t: _stood_by_a_spot(t.tok), "not coded: standing by a spot ('{found}'), no side taken", events=_types("SUPPORT")),
    _Veto(lambda t: _getaway(t.tok, t.by_token),
          "not coded: attackers leaving the scene ('{found} ... and {trigger}'), no ground given",
          events=_types("RETREAT"), modes=_types("withdraw")),
    _Veto(lambda t: _saving_purpose(t.tok), "not coded: a closure to {found} at home, no coercion",
          events=_types("COERCE"), modes=_types("restrict")),
    _Veto(_case_described_by_filing, "not coded: '{found} {trigger} by ...' describes the case, no filing told"),
    _Veto(_breach_denied, "not coded: a breach denied ('{found}'), no one accused", events=_types("ACCUSE")),
    _Veto(_act_found_in_breach, "not coded: '{trigger}' is what a finding says '{found}' rights, the act judged",
          events=_types("COERCE"), nouns_too=True),
    _Veto(lambda t: _act_in_a_name_given(t.tok), "not coded: '{trigger}' describes the name '{found}' given a thing, a likeness"),
    _Veto(lambda t: _naming_call(t.tok), "not coded: '{trigger} ... {found}' names something, no call", events=_types("CONSULT")),
    _Veto(lambda t: t.hit.nominal and _talk_of_the_day(t.tok),
          "not coded: 'the talk {found} ...' is what people talk of, no meeting", events=_types("CONSULT"), nouns_too=True),
    _Veto(lambda t: caught_in_between(t.tok), "not coded: caught '{found}' as one is stuck, no arrest", events=_types("COERCE")),
    _Veto(lambda t: poll_share(t.tok), "not coded: the opinion of a share of people ('{found}') a poll counts, no act",
          events=frozenset(OPINION_TYPES)),
    _Veto(lambda t: favour_to_guests(t.tok), "not coded: hospitality to travellers ('{found}'), no political act",
          events=_types("AGREE", "AID")),
    _Veto(lambda t: commercial_offer(t.tok, t.index), "not coded: a firm's deal ('{found}'), no state's offer",
          events=_types("AGREE")),
    _Veto(lambda t: commercial_agreement(t.tok, t.index), "not coded: a firm's purchase or sale of a '{found}', no state's "
          "promise", events=_types("AGREE")),
    _Veto(lambda t: _aimed_at_no_party(t.tok, t.index), "not coded: measures against '{found}', no side threatened",
          rule_events=_types("THREATEN")),
    _Veto(lambda t: "if" in t.rule.sentence_has and not condition_set_to_party(t.tok, t.index),
          "not coded: the condition is no side's act ('if inflation accelerates')", rule_events=_types("THREATEN"),
          nouns_too=True),
    _Veto(lambda t: threatened_prospect(t.tok), "not coded: a likely outcome ('threatened to {found}'), not a threat",
          rule_events=_types("THREATEN")),
    _Veto(lambda t: hazard_warning(t.tok), "not coded: a warning of a natural hazard ('{found}'), not a threat",
          rule_events=_types("THREATEN"), nouns_too=True),
    _Veto(lambda t: defunct_state_doer(t.tok, t.pub), "not coded: background (a doer of a state long gone: '{found}')"),
    _Veto(_dated_by_its_noun, "not coded: background (the history of a document or pact of '{found}')"),
    _Veto(lambda t: judged_fit(t.tok) and t.tok.text, "not coded: a judgement of fitness ('{found} to'), no deployment",
          events=_types("MOBILIZE")),
    _Veto(_document_described, "not coded: which '{found}' is meant (a past signing in a clause on it)",
          rule_events=_types("AGREE", "SUPPORT")),
    _Veto(_days_tallied, "not coded: a tally of days closed ('{found}'), a statistic", rule_events=_types("COERCE"),
          modes=_types("restrict")),
    _Veto(_scheduled_gathering, "not coded: what a meeting on the calendar ('{found}') is to do, no talks held"),
    _Veto(_works_forecast, "not coded: a forecast that works '{found}' be done, no promise", events=_types("AGREE")),
    _Veto(_thing_ready_for_act, "not coded: the {found} is said to be ready for it, no party's promise", nouns_too=True),
    _Veto(_retaliation_done, "not coded: '{found}', a response made, no threat", rule_events=_types("THREATEN")),
    _Veto(_available_to_act, "not coded: '{found}' to act, capacity held in reserve, no act"),
    _Veto(_plan_with_no_party, "not coded: a plan ('{found}') with no promise to another party"),
    _Veto(_planned_protest, "not coded: a protest people '{found}' to hold, no threat", events=_types("THREATEN"),
          rule_events=_types("PROTEST")),
    _Veto(_call_to_rally, "not coded: a call to rally ('{found}'), no demand on a party", events=_types("REQUEST")),
    _Veto(_standing_opposition, "not coded: a standing attitude of '{found}', nothing refused", events=_types("REJECT")),
    _Veto(_finding_of_a_study, "not coded: what a {found} found, no seizure"),
    _Veto(_summary_since_old_time, "not coded: background (what has been done '{found}', summed up over a long span)"),
    _Veto(lambda t: forced_by_hazard(t.tok, t.index), "not coded: forced by a natural hazard ('{found}'), no act of the doer's"),
    _Veto(lambda t: forced_on_a_person(t.tok, t.index), "not coded: a signature forced on '{found}', no support of theirs",
          events=_types("SUPPORT", "AGREE")),
    _Veto(lambda t: _side_effect(t.tok) and t.tok.head.text,
          "not coded: what the act before did ('{found}, {trigger} ...'), no supply withheld",
          events=_types("COERCE"), modes=_types("withhold")),
    _Veto(lambda t: unarmed_mobilised(t.tok), "not coded: unarmed helpers made ready ('{found}'), no show of force",
          events=_types("MOBILIZE")),
    _Veto(lambda t: troops_sent_for_civil_work(t.tok), "not coded: troops sent for civil work ('{found}'), no show of force",
          events=_types("MOBILIZE")),
    _Veto(_described_blocked_thing, "not coded: '{found} {trigger}' is no act on a party"),
    _Veto(_one_party_joint_act, "not coded: '{found}' of one state alone, no joint act of two states"),
    _Veto(_own_course_kept, "not coded: a pledge to '{found}', one's own policy, no promise to another party",
          events=_types("AGREE")),
    _Veto(_returnees_described, "not coded: '{found}' describes people who come home, no release",
          rule_events=_types("RETREAT")),
    _Veto(_own_rate_step_readiness, "not coded: readiness to move '{found}', one's own monetary policy, no promise to another party",
          events=_types("AGREE")),
    _Veto(_attendance_describing_speakers, "not coded: attendance tells who '{found}', no meeting told as news",
          rule_events=_types("CONSULT")),
    _Veto(_no_foreign_maker, "not coded: '{found}' delivery with no foreign maker or seller told, a state's own procurement"),
    _Veto(_call_from_no_leader, "not coded: a call from '{found}', no state or leader"),
    _Veto(lambda t: t.rule.id in ("AID/rescue_team", "AID/send_experts") and _rescuers_at_home(t.tok),
          "not coded: '{found}' deployed with no one sending them anywhere, a state's own relief work", events=_types("AID")),
    _Veto(lambda t: t.rule.object and sent_to_refuge(t.tok, t.hit), "not coded: people sent to safety ('{found}'), no aid delivered",
          events=_types("AID")),
    _Veto(lambda t: _evacuated_by_no_one(t.tok), "not coded: people evacuated ('{found}'), no one named who helps them",
          events=_types("AID")),
    _Veto(lambda t: lines_meeting(t.tok), "not coded: '{found}' meet on a map, nobody meets", rule_events=_types("CONSULT")),
    _Veto(lambda t: _arrival_of_the_one_meeting(t.tok, t.by_token),
          "not coded: the arrival of the visitor who '{found}' (the same visit)", events=_types("CONSULT")),
    _Veto(lambda t: _partner_arrival_tells_visit(t.tok, t.by_token),
          "not coded: the visit is told by the partner's arrival ('who {found}'), guest -> host", events=_types("CONSULT")),
    _Veto(lambda t: released_from_team(t.tok), "not coded: let go from a team ('{found}'), not from custody",
          rule_events=_types("RETREAT"), modes=_types("release")),
    _Veto(lambda t: scoreline_on(t.tok), "not coded: a sport result ('{found}')", events=frozenset(SPORT_PRONE_EVENTS)),
    _Veto(lambda t: sport_cue(nlp.span_text(t.sent), t.texts, t.lemmas), "not coded: sport or an award ('{found}')",
          events=frozenset(SPORT_PRONE_EVENTS), nouns_too=True),
    _Veto(lambda t: policy_aimed(t.tok), "not coded: a policy aimed at someone ('{found}'), not an attack", events=_types("ASSAULT")),
    _Veto(lambda t: _lifeless_victim(t.tok, t.index), "not coded: '{trigger} {found}' takes no life, a figure of speech",
          rule_events=_types("ASSAULT")),
    # (also "Landslides blocked the main road", "It is the mountains that have closed the road")
    _Veto(lambda t: natural_doer(t.tok), "not coded: a natural hazard or an accident, not an attack ('{found}')",
          events=_types("ASSAULT", "COERCE", "RETREAT", "CONCEDE")),
    _Veto(lambda t: hazard_toll(t.tok), "not coded: the toll of a natural hazard ('{found}'), not an attack",
          events=_types("ASSAULT")),
    _Veto(lambda t: crash_toll(t.tok), "not coded: the toll of a crash into '{found}', an accident", events=_types("ASSAULT")),
    _Veto(lambda t: ordnance_accident(t.tok, t.lemmas), "not coded: an old or stored munition ('{found}') with no hostile hand, "
          "an accident (round 37)", events=_types("ASSAULT")),
    _Veto(lambda t: meeting_with_home_officials(t.tok), "not coded: a meeting with one's own local officials ('{found}')",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: arrivals_described(t.tok), "not coded: '{trigger} {found}' describes people, no visit",
          rule_events=_types("CONSULT")),
    _Veto(lambda t: relief_sent_home(t.tok, t.index), "not coded: relief sent within the sender's own country ('{found}')",
          rule_events=_types("AID"), events=_types("AID")),
    _Veto(_cyber_hit_did_it, "not coded: what a cyber attack did is that attack (coded from its noun)", events=_types("ASSAULT")),
)


@functools.cache
def _vetoes_for(event: str, rule_event: str, mode: str, nominal: bool) -> tuple[_Veto, ...]:
    """The vetoes, in order, that apply to triggers of this kind (worked out once per kind: the others are never asked)."""
    return tuple(v for v in VETOES if v.applies(event, rule_event, mode, nominal))


def veto_verdict(t: Trigger) -> str:
    """The verdict of the first veto that stops the trigger, else ''."""
    for veto in _vetoes_for(t.event, t.rule.event, t.rule.mode, bool(t.hit.nominal)):
        if (found := veto.finds(t)):
            return veto.verdict.format(found=found, trigger=t.tok.text)
    return ""
