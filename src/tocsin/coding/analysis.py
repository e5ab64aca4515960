"""Story analysis: from a parsed story to coded events plus the reasoning behind each decision.

`analyze_story` is the heart of the rules coder; `explain` renders its reasoning.
Steps per sentence: triggers -> governed complements ("threatened to attack") -> modality
(negated/future/hypothetical/alleged/background) -> actor and recipient from the parse -> PLOVER
boundary rules (state protest = ACCUSE, joint exercise = COOPERATE, recipients required) -> date,
mode, contexts, confidence. Then one event per (type, actors, recipients, date) per story.

The stages have modules of their own, which this one runs in order: clause_hits.py (acts found in the clauses a
statement reports: "said X did Y"), vetoes.py (reasons not to code a trigger),
roles.py (actor and recipient), event_dates.py (which date an act takes), background.py (told before, history,
habit, recap) and merging.py (one event told in several places is one event); drafts.py holds the `Draft` they
pass between them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence
from tocsin.coding.actor_link import (NON_STATE_CODES, MentionIndex, entities_of, fill_country, incidental_country, is_state,
                                      pair_word)
from tocsin.coding.dates import DAY_WORDS, MONTH_RANGE, MONTHS, DateResolution, resolve_event_date
from tocsin.coding.lexicon import ContextLexicon, TriggerLexicon, TriggerRule, find_contexts, infer_mode
from tocsin.coding.syntax import (CLAIMING_HEADS, FUTURE_AUX, Modality, agents, attributive_participle, clause_verb, is_passive, modality,
                                  objects, passive_subjects, prep_objects, subjects, to_infinitive, with_conjuncts)
from tocsin.coding.triggers import (ACTOR_NOUNS, CALLED_EVENTS, CHARACTERISING_VERBS, ELICITING_VERBS, SPEAKER_VERBS,
                                    EXERCISE_NOUNS, UNDER_VERBS, TriggerHit, crowning_act, find_hits, meeting_as_setting,
                                    meeting_of_dated_document, nominal_licensed, suffered_by_subject)
from tocsin.coding.calibration import calibrated
from tocsin.coding.figurative import (HAZARD_NOUNS, figurative_in_genre, sentence_genre, shots_not_words, story_genre,
                                      story_leaning)
from tocsin.coding.non_acts import BENEFICIARY_NOUNS, RULING_NOUNS, presupposed_in_question, question_asked
from tocsin.coding.word_lists import type_set, word_set
from tocsin.coding.police_acts import aggregate_of_coercion, undated_total
from tocsin.coding.clause_hits import (DEMAND_REPORTING, NO_NEED_RULE, alleged_abuse_hits, alleging_report,
                                       assurance_hits, characterising_hits, condemning_clause_hits,
                                       disquiet_clause_hits, expectation_hits, foiled_plot_hits, joined_to_accusation,
                                       must_clause_hits, no_need_hits, praising_clause_hits, rejected_proposal_hits,
                                       threat_clause_hits)
from tocsin.coding.drafts import ALLEGED_ABUSE_RULE, Draft, VERBAL_TYPES, clause_tokens, entity_codes, has_lower, tokens_with_lemma
from tocsin.coding.event_dates import (EPISODE_DAY, PROTESTING_CROWDS, crowd_dispersed, protesters_held,
                                       date_from_the_next_telling, date_of_the_act, date_what_stopped,
                                       day_before_by_interval, day_if_fixed, day_it_took_place,
                                       day_of_antecedent_clause, day_of_attribution, day_of_the_shared_speaker, day_of_conjunct_head,
                                       day_of_promise, day_of_the_occasion, day_told_relative, day_named_since_told,
                                       day_of_the_gathering_addressed, day_of_the_retelling, framing_day,
                                       hosting_on_calendar, last_told_day, lead_index, left_unsaid,
                                       month_looked_ahead_to, on_timetable, overnight_before,
                                       overnight_begun_the_evening_before, own_date, own_relative_day,
                                       past_the_report_day, period_of_another_clause, restated_by_participle, said_on,
                                       second_forceful_act, speakers_day_told_before, takes_told_day,
                                       timeline_entry_day, day_it_began, timetabled_present, unnamed_destination, week_recounted_in_speech, weekday_heading_day, yesterday_of_the_speech,
                                       without_dateline)
from tocsin.coding.background import (AGREEMENT_NOUNS, ALLIANCE_CUES, ARMED_SIDE_NOUNS, DOCUMENT_NOUNS, NOTE_NOUNS,
                                      PARTNER_CUES, STANCE_TYPES, TALLIED_LEMMAS, TRAVEL_VERBS, VIOLENT_TYPES,
                                      act_in_dated_episode, anaphoric_past, background, before_old_time,
                                      comment_on_clause, counted_on_since, date_outside_quotation,
                                      deportees_told_before, drop_corrected_reports, episode_act, historical_place,
                                      held_saying, before_later_old_conjunct, narrated_how, pluperfect_before_old_time, standing_perfect_talk, in_old_time_told_before, kept_since, later_than_history, note_told_before,
                                      old_backstory, calendar_heading, own_day_in, points_back_to_history, quoted_recollection,
                                      recap_frames, recap_reason, retold_noun_draft, retold_passive_draft, standing_since, changes_since_known_event, told_again, told_in_past,
                                      told_in_recap, toll_of_past_episode, undated_pluperfect)
from tocsin.coding.roles import (speakers_own_body, bloc_spoken_for, object_shifted_past_as, rejecter_of_claim, partner_leads_delegation, deal_with_partner, needs_owner, own_possessive_only, ARMED_SECTORS, BOUNDARY_NOUNS, CROWD_WORDS, FORCE_SECTORS, HOSTING_VERBS,
                                 JOINT_DEFAULT, MEETING_NOUNS, PEOPLE_NOUNS, RESPONSE_TYPES, SCENE_REACH, TARGETED_ACTS,
                                 actor_like, arrival_place, author_of_named_act, claimed_attacks, defenders_of_attacked,
                                 fellow_criticism, blocked_body, draft_sponsors, scene_ground, visitor_protested, PEOPLE_SECTORS,
                                 clause_country, crowd_subject, dedupe_codes, dedupe_entities, one_per_code, describing_clause,
                                 doer_of_the_scene, expelled_from_state, factions_together, fill_countries,
                                 find_default_recipient, foreign_demonym, foreigners_told_next, fronted_country, labelled_item_country,
                                 joint_parties, last_helped, MEMBERS_MET, meeting_members, meeting_parties, mutual,
                                 named_only_in_passing, nationality_told, news_parties_only, own_people_named,
                                 places_named, pronoun_antecedent, pronoun_patient, relative_antecedent, relief_origin,
                                 responses_to_claimed_acts, roles, speaker_or_authority, state_across_passage,
                                 state_of_the_story, symmetric_act, teller_state, unnamed_forces, ACCUSING_PARTICIPLES)
from tocsin.coding.merging import (ARMED_GROUP_SECTORS, dated_by_the_scene, detail_of_told_act,
                                   answer_invitations, fill_roles, fold_handovers, may_date, merge_reason, same_event, separate_meetings,
                                   strength)
from tocsin.coding.vetoes import (TECHNICAL_CUT_WORDS, Trigger, condition_set_to_party, hazard_cause,
                                  hoped_only, needed_only, note_of_protest, RALLY_WORDS, SIGNED_THINGS, veto_verdict)
from tocsin import nlp
from tocsin.plover import taxonomy
from tocsin.types import Article, Entity, Event, TextInfo

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


CODER_VERSION = "tocsin-rules/0.1"
GOVERNED_DEPS = {"xcomp", "ccomp", "pcomp", "prep", "pobj", "advcl", "dobj", "acl", "relcl"}
# announced or planned coercion is a threat (PLOVER: THREATEN ~ ASSAULT + hypothetical); planned
# deployments are not coded (MOBILIZE + future)
THREATENING_FUTURE = {"ASSAULT": "THREATEN", "COERCE": "THREATEN", "SANCTION": "THREATEN", "PROTEST": "THREATEN"}
# "would not meet the demands", "did not agree": refusing to agree or concede is PLOVER REJECT
REFUSED_AS_REJECT = {"AGREE", "CONCEDE", "RETREAT"}  # "will not release the soldiers", "will not accept refugees"
# ... and these when refused with a modal: "will never negotiate", "would not sign", "will not provide weapons" (but "did
# not meet" is no refusal, and "has never provided lethal weapons to either side" denies a deed)
REFUSED_IF_WILLED = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
# PLOVER: cooperative acts told in the future tense express intent (AGREE); a promised concession is
# still CONCEDE
FUTURE_DEFAULTS = {**THREATENING_FUTURE, "CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                   "CONCEDE": "CONCEDE"}
# PLOVER AGREE: "indicate willingness ... to cooperate": being willing / ready / prepared to make a
# concession or to cooperate is AGREE ("is willing to withdraw its troops"), while a bare future
# concession ("will release") stays CONCEDE
WILLINGNESS_CUES = word_set("willingness_cues")
# verbs that make a promise on one's own: not making one refuses nothing ("has not pledged any aid"), unlike not accepting
PROMISE_MAKING_VERBS = word_set("promise_making_verbs")
# lifting words and the restrictions they lift ("ready to lift the curbs": a concession, not a willingness to cooperate)
WILLING_AS_AGREE = {"CONCEDE", "RETREAT", "AID", "COOPERATE", "CONSULT", "SUPPORT", "AGREE"}
# a future concession or withdrawal made conditional on the other side ("will withdraw its force
# unless ...") is a threat (PLOVER THREATEN: conditional future negative act; CAMEO 139 ultimatum)
CONDITIONAL_THREAT_TYPES = {"RETREAT", "CONCEDE", "SANCTION", "AID", "COOPERATE"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One trigger considered by the coder and what became of it (`verdict` "coded" or why not)."""

    sentence: int
    trigger: str
    trigger_start: int
    trigger_end: int
    rule: str
    event: str
    mode: str
    verdict: str
    modality: str = "asserted"
    modality_cue: str = ""
    actor_reason: str = ""
    recipient_reason: str = ""
    date_reason: str = ""
    event_id: str = ""
    raw_confidence: float = 0.0  # rule reliability x hedges, before calibration (calibrate_confidence.py)


@dataclass(frozen=True, slots=True)
class StoryAnalysis:
    article_id: str
    events: tuple[Event, ...]
    candidates: tuple[Candidate, ...]
    sentences: tuple[tuple[int, int], ...]  # char spans of the sentences
    default_recipients: frozenset[str] = frozenset()  # ids of events whose recipient is a story default
    # (event id, "actor" | "recipient", start, end) of sector-only entities ("police", "a journalist") that were given
    # the story's or the sentence's country: the text does not say it
    inferred_countries: frozenset[tuple[str, str, int | None, int | None]] = frozenset()
    dateline_only_country: str = ""  # the story's country, known only from the dateline (see MentionIndex)


def _without_readiness_over_triggers(hits: list[TriggerHit], doc: "Doc") -> list[TriggerHit]:
    """Drop a readiness adjective ("ready / willing to ...") whose complement is a trigger of its own:
    "willing to withdraw its troops" is coded from "withdraw" (as an intention), "ready to help" from "ready"."""
    at = {h.token_i for h in hits}
    return [h for h in hits if doc[h.token_i].pos_ != "ADJ" or not any(
        c.dep_ == "xcomp" and c.i in at for c in doc[h.token_i].children)]


MEETING_RESULTS = type_set("meeting_results")
GOVERNOR_REACH = 6  # dependency steps from a trigger up to the act whose content it is
ABOUT_OTHER_ACTS = type_set("about_other_acts")
CIRCUMSTANCE_MARKS = {"as", "while", "after", "before", "when", "because", "since", "although", "though", "until",
                      "once", "whereas"}


def _governor(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """The trigger token whose complement `tok` sits in ("threatened to attack"), if any. Any trigger
    governs a subjectless purpose or participle clause hanging from it ("staged a strike to demand").
    A bare-infinitive conjunct shares its head's governor ("signed protocols to establish ties and open the
    border"), as does a passive participle sharing its head's auxiliary ("asked the mission to ensure that the
    ammunition is removed or destroyed"). A relative clause is crossed only when it merely describes its noun and the governor is an
    act about other acts (ABOUT_OTHER_ACTS: "condemned the raid, in which nine were killed")."""
    shared_passive = tok.tag_ == "VBN" and tok.head.tag_ == "VBN" and is_passive(tok.head)  # "are removed or destroyed"
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and (tok.tag_ == "VB" or shared_passive) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        shared = _governor(tok.head, by_token)
        if shared is not None and (by_token[shared].rule.governs or to_infinitive(tok.head)):
            return shared
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.dep_ in ("relcl", "acl") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        shared = _governor(tok.head, by_token)  # "condemned the attack which killed nine and injured 44"
        if shared is not None:
            return shared
    if tok.i in by_token and by_token[tok.i].nominal and (reacting := suffered_by_subject(tok)) is not None \
            and reacting.lemma_.lower() in ELICITING_VERBS:
        return None  # "jailed Liu Xiaobo, drawing criticism from the US": the reaction is another side's act
    if tok.i in by_token and by_token[tok.i].nominal and meeting_as_setting(tok):
        return None  # "agreed on a mechanism at the end of talks in Geneva": the meeting is not what was agreed
    if tok.i in by_token and by_token[tok.i].nominal and meeting_of_dated_document(tok):
        return None  # "refused to sign the communique of a meeting of SCO ministers on Friday": the meeting was held
    if tok.i in by_token and by_token[tok.i].nominal and crowning_act(tok):
        return None  # "held talks that ended with the signing of a memorandum": the signing is an act of its own
    if _speakers_second_verb(tok):
        return None
    cur = tok
    first = True
    relative = False
    for _ in range(GOVERNOR_REACH):
        if not first and not relative and _bare_infinitive_conjunct(cur):
            cur = cur.head  # "pressed Kabul to share data and to join regional talks": the talks the second infinitive
            continue  # takes are as much what was asked as the first's (not a clause describing a noun there:
            # "urged the Taliban to find and punish the gunmen who fired across the river" tells the firing)
        if cur.dep_ not in GOVERNED_DEPS or cur.head.i == cur.i:
            return None
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in cur.children):
            return None  # "agreed ..., after the ministers held talks": a clause of its own, not what was agreed
        if cur.dep_ == "prep" and cur.i < cur.head.i and cur.i == cur.sent.start:
            return None  # "In a statement condemning the attack, the embassy urged ...": an opening phrase of its own
        if cur.dep_ == "relcl":
            if not describing_clause(cur, by_token):
                return None  # "talks with Erdogan, whose forces shelled Kurdish positions on Monday": news of its own
            relative = True
        subjectless = cur.dep_ in ("xcomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
        cur = cur.head
        hit = by_token.get(cur.i)
        if hit is not None and not hit.rule.governs and first and subjectless and tok.tag_ == "VBG" \
                and tok.i in by_token and second_forceful_act(by_token[tok.i].rule, hit.rule):
            return None  # "seized 7 kg of heroin, arresting two couriers": a second coercive act, not part of the first
        if hit is not None and first and subjectless and tok.tag_ == "VBG" and cur.i != tok.i \
                and tok.i in by_token and hit.rule.event == "CONSULT" and by_token[tok.i].rule.event in MEETING_RESULTS:
            return None  # "held their first summit, pledging to deliver vaccines": what the meeting produced
        if hit is not None and (hit.rule.governs or (first and subjectless)):
            return None if relative and hit.rule.event not in ABOUT_OTHER_ACTS else cur.i
        if hit is None and first and subjectless and cur.lemma_.lower() in UNDER_VERBS | {"suffer", "sustain"}:
            # "came under shelling ..., killing three": the attack's toll (not "repelled an attack, killing 20 insurgents")
            suffered = next((o.i for o in cur.subtree if o.i in by_token and o.i != tok.i and by_token[o.i].nominal
                             and (v := suffered_by_subject(o)) is not None and v.i == cur.i), None)
            if suffered is not None:
                return suffered
        if hit is None:  # "issued a plea to the Taliban to talk": the light verb's trigger noun governs
            noun = next((c.i for c in cur.children if c.dep_ == "dobj" and c.i in by_token and c.i != tok.i
                         and by_token[c.i].nominal and by_token[c.i].rule.governs), None)
            if noun is not None:
                return noun
        first = False
    return None


def _bare_infinitive_conjunct(verb: "Token") -> bool:
    """A second infinitive with no subject of its own, coordinated with a first ("to share data and to join talks"):
    it shares the first's place in the sentence."""
    return verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _speakers_second_verb(verb: "Token") -> bool:
    """A past verb after "and" that the parser hung as a second complement of a reporting verb, with no subject, mark or
    auxiliary of its own, is the speaker's next act, not what was said: 'Zakharova said the detention was "a dangerous
    provocation" and [warned] that Russia "will use all means"'."""
    return (verb.dep_ == "ccomp" and verb.tag_ == "VBD" and verb.head.lemma_.lower() in DEMAND_REPORTING
            and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc" and verb.doc[verb.i - 1].lower_ == "and"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children))


def _means_of_done_vow(verb: "Token", by_token: dict[int, TriggerHit]) -> set[int]:
    """The acts a vow was carried out by, when it is told as done ("retaliated by shelling rebel positions"); not
    when it is promised or conditional ("would retaliate by expelling diplomats" is one threat)."""
    if by_token.get(verb.i) is None or by_token[verb.i].rule.event != "THREATEN" or verb.tag_ != "VBD" \
            or modality(verb).status != "asserted":
        return set()
    return {g.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pcomp" and g.i in by_token}


def analyze_story(article: Article, doc: "Doc", lexicon: TriggerLexicon, contexts: ContextLexicon,
                  index: MentionIndex, coder_name: str = CODER_VERSION) -> StoryAnalysis:
    """Code one parsed story."""
    tax = taxonomy()
    pub = article.pub_date
    drafts: list[Draft] = []
    sentences = list(doc.sents)
    lead = lead_index(sentences)
    frames = recap_frames(sentences, pub, lead, index)
    genre = story_genre(article, doc)
    story_words: set[str] = set()  # the words of the story so far (a rule's story_has)
    home_country = "" if named_only_in_passing(index.main_country, index, doc) else index.main_country  # (not the
    # country of "A court in Karaganda sentenced a man ... for taking part in the war in Ukraine")
    story_places = [c for s in sentences for c in places_named(s, index)]
    leaning = story_leaning(article, doc) if not genre else genre
    for s_i, sent in enumerate(sentences):
        date_what_stopped(sent, drafts, without_dateline(sent, index), pub)
        table = nlp.token_table(doc)
        story_words.update(table.lemma[sent.start:sent.end], table.lower[sent.start:sent.end])
        characterising = characterising_hits(sent)  # (over a rule on the same verb: "called the strike a crime")
        named_by = {h.token_i for h in characterising}
        found = [h for h in find_hits(sent, lexicon, story_words) if h.token_i not in named_by] + must_clause_hits(sent, index)
        taken = {h.token_i for h in found}
        hostile = frozenset(h.token_i for h in found if h.rule.event in ("ASSAULT", "COERCE"))
        accusing = {h.token_i for h in found if h.rule.event == "ACCUSE"}
        characterising = [h for h in characterising if not joined_to_accusation(doc[h.token_i], accusing)]
        found += [h for h in condemning_clause_hits(sent, index, taken, hostile) + characterising if h.token_i not in taken]
        found += threat_clause_hits(sent, taken)  # (also on a verb that condemns: "said X was illegal and that ...")
        found += praising_clause_hits(sent, {h.token_i for h in found})
        found += disquiet_clause_hits(sent, index, {h.token_i for h in found})
        found += no_need_hits(sent, {h.token_i for h in found})
        found += foiled_plot_hits(sent, index, {h.token_i for h in found})
        found += alleged_abuse_hits(sent, index, {h.token_i for h in found})
        found += rejected_proposal_hits(sent, {h.token_i for h in found})
        found += expectation_hits(sent, index, {h.token_i for h in found}) + assurance_hits(sent, {h.token_i for h in found})
        hits = _without_readiness_over_triggers(found, doc)
        if not hits:
            continue
        licensing = {h.token_i: (nominal_licensed(doc[h.token_i], lexicon) if h.nominal and not h.rule.head
                                 else (True, f"object of '{doc[h.token_i].head.text}'" if h.nominal else ""))
                     for h in hits}
        for h in hits:
            if h.nominal and not licensing[h.token_i][0]:
                told = _told_nominalisation(doc[h.token_i], h, index) or _done_in_protest(doc[h.token_i], h, hits, index)
                if told:
                    licensing[h.token_i] = (True, told)
        by_token = {h.token_i: h for h in hits if licensing[h.token_i][0]}
        lemmas = table.lemma[sent.start:sent.end]
        texts = table.lower[sent.start:sent.end]
        sent_contexts: tuple[str, ...] | None = None  # the sentence's contexts (`find_contexts`), once asked
        sent_countries = [m.entity.code for m in index.in_sentence(sent.start, sent.end)
                          if m.entity.code and m.kind != "pronoun"]
        in_passing = {m.entity.code for m in index.in_sentence(sent.start, sent.end)
                      if incidental_country(doc[m.token_start], sent.root, source=False)}
        event_nouns = {h.token_i: h.rule.event for h in hits if h.nominal}
        trigger_tokens = frozenset(by_token)
        fronted = fronted_country(sent, index) or labelled_item_country(sent, index)
        for hit in hits:
            tok = doc[hit.token_i]
            rule = hit.rule
            draft = Draft(hit, s_i, sent, rule.event, rule.mode, Modality(), [], [], "", "")
            drafts.append(draft)
            if hit.nominal:
                ok, why = licensing[hit.token_i]
                if not ok:
                    draft.verdict = f"not coded: noun {why}"
                    continue
            gov = _governor(tok, by_token)
            if gov is not None and rule.event == "ACCUSE" and tok.tag_ == "VBG" and (
                    not by_token[gov].rule.governs or (tok.dep_ == "advcl" and by_token[gov].rule.event != "ACCUSE"
                                                       and tok.lemma_.lower() in ACCUSING_PARTICIPLES)):
                gov = None  # "detained him, accusing him of ...", "demonstrated, accusing Islamabad of ...": the
                # accusation is a speech act of its own
            freed_from: int | None = None  # the act a demand beside it was told with (its roles fill the demand's gaps)
            if gov is not None and rule.event == "REQUEST" and tok.tag_ == "VBG" and tok.dep_ == "advcl" \
                    and by_token[gov].rule.event == "ACCUSE" and tok.i > 0 and doc[tok.i - 1].text == "," \
                    and not _protest_note_handed(tok.head):
                # "summoned the charge d'affaires, demanding that Ankara withdraw its forces": the demand is a speech act
                # of its own beside the protest (not "a note of protest demanding an end to ...": the note's content)
                freed_from, gov = gov, None
            if gov is not None and rule.event == "THREATEN" and tok.tag_ == "VBG" and tok.dep_ == "advcl" \
                    and by_token[gov].rule.event == "REQUEST" and tok.i > 0 and doc[tok.i - 1].text == "," \
                    and _state_warned_of(tok, index):
                gov = None  # "demanded that Latvia withdraw its decision, warning that Moscow would expel ...": a demand
                # and a threat in one statement are two acts (round 34)
            if gov is not None and rule.event == "REQUEST" and by_token[gov].rule.event == "SUPPORT" \
                    and _demanding_text(tok):  # "parliament adopted a declaration demanding the withdrawal of ...": a REQUEST
                adopted = next((d for d in drafts if d.sent_index == s_i and d.hit.token_i == gov), None)
                if adopted is not None and adopted.verdict == "coded":
                    adopted.verdict = f"not coded: the text adopted is the demand ('{tok.text}')"
                freed_from, gov = gov, None
            if gov is not None and presupposed_in_question(tok) and question_asked(doc[gov], index):
                gov = None  # "the ombudsman asked why police had detained 12 journalists": the question asked is no
                # request, and the act it takes as done is told
            if gov is not None and attributive_participle(doc[gov]):
                gov = None  # "told protesting farmers that the government would scrap the fee": what was told
            if gov is not None and by_token[gov].rule.promise_only and modality(doc[gov]).status != "future":
                gov = None  # "responded in kind, expelling a diplomat": a promise-only rule told as done governs nothing
            if gov is not None and tok.i in _means_of_done_vow(doc[gov], by_token):
                gov = None  # "the army retaliated by shelling rebel positions": the vow told as done is the act itself
            if gov is None and rule.event == "REQUEST" and (note := _protest_note_demanding(tok, by_token)) is not None:
                gov = note  # "handed the envoy a note of protest demanding an end to the shelling": the note's content
            if gov is None and rule.event == "REQUEST" and (claim := _demand_joined_to_allegation(tok, by_token)) is not None:
                gov = claim  # "said Kyrgyz guards had beaten a shepherd and demanded that those responsible be punished"
            if gov is None and (act := _same_act_described(tok, hit, by_token)) is not None:
                gov = act  # "put its units on alert for a snap readiness check ordered by the Central Military District"
            if gov is None and (signed := _terms_of_signed_text(tok, by_token)) is not None:
                gov = signed  # "signed a memorandum under which their agencies will exchange information"
            if gov is None and rule.event in ("CONSULT", "ACCUSE") \
                    and (note := _received_with_protest(tok, by_token)) is not None:
                gov = note  # "The ambassador was received by a deputy minister and handed a note of protest"
            if gov is None and rule.event == "ACCUSE" and (note := _protest_note_naming(tok, by_token)) is not None:
                gov = note  # "summoned the ambassador and handed him a note describing the comments as interference"
            if gov is None and (alleging := alleging_report(tok, by_token)) is not None:
                gov = alleging  # "They said the detainees had been flown to Dushanbe and were being pressured to ...":
                # the abuse is the allegation's content
            if gov is None:
                gov = restated_by_participle(tok, hit, by_token)
            if gov is not None:
                draft.governed_by = gov
                draft.verdict = f"not coded: part of '{doc[gov].text}' ({by_token[gov].rule.event})"
                continue
            if rule.event == "ACCUSE" and not hit.nominal and (note := note_told_before(tok, drafts[:-1], s_i)):
                draft.verdict = f"not coded: what the note handed over in sentence {note} says (one protest)"
                continue  # "... handed a note of protest over a deputy's remarks. The note described the remarks as unacceptable"
            if signing := _terms_of_deal_told_before(tok, hit, s_i, drafts[:-1]):
                draft.verdict = f"not coded: the terms of the deal signed before ('{signing}')"
                continue  # "... signed a power-for-water agreement. Under its terms Uzbekistan is to deliver ..."
            if measure := _terms_of_measure(tok, hit, drafts[:-1]):
                draft.verdict = f"not coded: the terms of the measure told before ('{measure}')"
                continue  # "Ukraine imposed sanctions on 14 Chinese companies. A decree ... bars them from procurement"
            if launch := _launch_told_before(tok, hit, drafts[:-1]):
                draft.verdict = f"not coded: the weapons launch told before ('{launch}'), in detail"
                continue  # "North Korea fired a ballistic missile into the sea ... the missile was launched from Sunan"
            back = background(tok, hit, event_nouns, pub.year if pub else None, trigger_tokens) \
                or told_again(tok, hit, drafts, s_i)
            if back and hit.nominal and (day := day_it_took_place(tok, sent, without_dateline(sent, index), pub)) \
                    and (earlier := retold_noun_draft(tok, hit, drafts, s_i)) is not None and takes_told_day(earlier, tok, day):
                earlier.date = day  # "... wounding two servicemen, the service said on Monday. The attack took place on Sunday"
            if back and not hit.nominal and (earlier := retold_passive_draft(tok, hit, drafts, s_i)) is not None \
                    and (earlier.date is None or not earlier.date.date_text or earlier.date.told) \
                    and (day := day_of_the_retelling(tok, sent, without_dateline(sent, index), pub)) is not None:
                earlier.date = day  # "SCNS officers detained a citizen ... the suspect was detained on October 13"
            if back:
                draft.verdict = f"not coded: background ({back})"
                continue
            if rule.event == "COERCE" and not hit.nominal and (stop := _stopped_itself(tok)):
                draft.verdict = f"not coded: '{stop}' with nothing stopped (someone comes to a halt)"
                continue
            draft.modality = modality(tok)
            if rule is NO_NEED_RULE and draft.modality.status == "negated":
                draft.modality = Modality()  # "saw no need for mediators": the negation is the refusal
            if hit.nominal and draft.modality.status in ("negated", "future") and meeting_of_dated_document(tok):
                draft.modality = Modality()  # "refused to sign the communique of a meeting ... on Friday": the
                # refusal is of the text; the meeting it comes from was held
            if draft.modality.status == "future" and rule.event in STANCE_TYPES and tok.tag_ == "VBD" \
                    and tok.dep_ == "relcl" and comment_on_clause(tok):
                draft.modality = Modality()  # "proposed setting up a joint fund, an idea that Tokayev backed": a past
                # stance of its own, not part of the proposal
            if rule is ALLEGED_ABUSE_RULE and draft.modality.status == "alleged":
                draft.modality = Modality()  # "Activists said officers had beaten him; the police denied this": the
                # allegation was made, whatever the other side answers
            status = draft.modality.status
            if status == "claimed" and draft.event in CLAIMABLE_TYPES and not _self_claim(tok, index) and _past_claim(tok):
                status = "asserted"  # a witness's claimed attack or arrest is coded on their word (lower confidence)
            if rule.event == "THREATEN" and _means_of_done_vow(tok, by_token):
                draft.verdict = "not coded: a vow carried out, told by the act itself ('... by ...ing')"
                continue
            if status == "future" and rule.event == "COERCE" and not hit.nominal and (step := _procedural_step(tok)):
                draft.verdict = f"not coded: the next step of a case ('{step}'), planned, no threat"
                continue
            if status == "future" and left_unsaid(tok):
                draft.verdict = "not coded: a question left open ('did not say when ...')"
                continue
            if status == "asserted" and (heading := calendar_heading(tok if not hit.nominal else clause_verb(tok), sent,
                                                                      sentences[s_i - 1] if s_i > 0 else None)):
                draft.verdict = f"not coded: an entry under the calendar heading '{heading}', no act"
                continue
            if status == "asserted" and not _unscheduled(draft) and (day := timetabled_present(tok if not hit.nominal else clause_verb(tok), pub)):
                # (a noun's verb too: "the leaders gather in Dushanbe on Friday for their annual meeting")
                draft.verdict = f"not coded: planned by a timetable (present tense with a coming day: '{day}')"
                continue
            if status == "future" and hit.nominal and (setting_off := _foreseen_consequence(tok)):
                draft.verdict = f"not coded: what a step would set off ('{setting_off} {tok.text}'), no one's promise"
                continue
            if (coming := _called_for_a_coming_day(tok, hit.nominal)):
                draft.verdict = f"not coded: a gathering called {coming}, still ahead"
                continue
            if status == "future" and (gathering := hosting_on_calendar(tok, draft.modality.cue)):
                draft.verdict = f"not coded: a gathering on the calendar ('host the {gathering}'), no promise"
                continue
            if status == "future" and on_timetable(tok):
                draft.verdict = "not coded: planned by a timetable or expected by others ('is due to', 'is expected to')"
                continue
            if rule.promise_only and status != "future":
                draft.verdict = f"not coded: the rule codes promises, and this is {status}"
                continue
            if rule.refusal_only and status != "negated":
                draft.verdict = f"not coded: the rule codes refusals, and this is {status}"  # ("are taking part in the
                continue  # exercise": the exercise is told by its own words)
            if status != "asserted":
                future_as = rule.future_as or (FUTURE_DEFAULTS.get(rule.event, "") if status == "future" else "")
                if status == "negated" and rule.id == "AGREE/invite" and not any(
                        c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in clause_verb(tok).children):
                    draft.verdict = f"not coded: no invitation ('{draft.modality.cue}'), nothing refused"  # "was not invited"
                    continue
                if status == "negated" and rule.event == "AGREE" and tok.lemma_.lower() == "agree" and not _refused_offer(tok):
                    draft.verdict = f"not coded: no agreement reached ('{draft.modality.cue} agree'), nothing refused"
                    continue
                if status == "negated" and rule.event == "AGREE" and tok.lemma_.lower() in PROMISE_MAKING_VERBS \
                        and draft.modality.cue.lower() in ("not", "n't", "never", "no") \
                        and not _will_not(tok, draft.modality.cue):  # "has not announced any assistance", "has not pledged aid"
                    draft.verdict = f"not coded: no promise made ('{draft.modality.cue} {tok.text}'), nothing refused"
                    continue
                if status == "negated" and not hit.nominal and (trait := _negated_trait(tok)):
                    draft.verdict = f"not coded: a trait told of '{trait}', nothing refused"
                    continue
                if status == "negated" and not hit.nominal and (terms := _refused_terms(tok)):
                    draft.verdict = f"not coded: a standing position ('not ... {terms}'), no offer refused (round 30)"
                    continue
                if status == "negated" and not rule.clausal and draft.modality.cue.lower() in (
                        "not", "n't", "never", "fail", "failed", "fails", "failing") and (
                        draft.event in REFUSED_AS_REJECT or (draft.event in REFUSED_IF_WILLED and _will_not(tok, draft.modality.cue))
                        or (draft.event == "AID" and _cannot(tok))):
                    draft.converted = f"{rule.event} + '{draft.modality.cue}' -> REJECT"
                    draft.event, draft.mode = "REJECT", ""
                elif status == "negated" and rule.event == "CONSULT" and tok.lemma_.lower() in ATTENDING_VERBS \
                        and draft.modality.cue.lower() in ("not", "n't", "never", "no") and (kept := _kept_away(tok)):
                    draft.verdict = f"not coded: kept away ('{kept}'), no refusal"  # "could not attend because of fog"
                    continue
                elif status == "negated" and rule.event == "CONSULT" and (tok.lemma_.lower() in ATTENDING_VERBS \
                        and draft.modality.cue.lower() in ("not", "n't", "never", "no") or _no_delegation_goes(tok)) \
                        and not _sent_only_to_a_place(tok):
                    # ("sent no delegation to", "confirmed that no Armenian delegation would travel to the summit")
                    draft.converted = f"{tok.text} + '{draft.modality.cue}' -> REJECT meet"  # stayed away from the meeting
                    draft.event, draft.mode = "REJECT", "meet"
                elif status == "negated" and rule.event == "MOBILIZE" and _will_not(tok, draft.modality.cue) \
                        and _exercise_named(tok):
                    draft.converted = f"{tok.text} + '{draft.modality.cue}' + exercise -> REJECT"  # (round 28)
                    draft.event, draft.mode = "REJECT", ""
                elif status == "future" and rule.event == "SANCTION" and (decided := _decision_taken(tok)):
                    draft.converted = f"SANCTION + '{decided} to' -> done (a sanction takes effect when decided)"
                elif status == "future" and rule.event == "MOBILIZE" and _partner_deployment(tok, index, promised=True):
                    draft.converted = "troops promised to a partner -> AGREE"  # "will send 500 troops to Mali to help"
                    draft.event, draft.mode = "AGREE", ""
                elif status == "future" and rule.event == "MOBILIZE" and any(
                        m.lower_ in ("if", "unless") for m in _condition_marks(tok)):
                    draft.converted = "MOBILIZE + future + 'if' -> THREATEN"  # "will deploy missiles if the US ..."
                    draft.event, draft.mode = "THREATEN", "violence"
                elif status == "future" and rule.event in CONDITIONAL_THREAT_TYPES and _unless_clause(tok):
                    draft.converted = f"{rule.event} + future + 'unless' -> THREATEN"
                    draft.event, draft.mode = "THREATEN", ""
                elif status == "hypothetical" and (cond := _conditional_threat(tok, rule, draft, index)):
                    draft.converted = f"{rule.event} + '{draft.modality.cue}' + '{cond}'{CONDITIONAL_THREAT_MARK}"
                    draft.event, draft.mode = "THREATEN", (_threat_mode(rule) if rule.event != "THREATEN" else rule.mode)
                elif status == "future" and rule.event in WILLING_AS_AGREE | CONDITIONAL_THREAT_TYPES and _only_condition(tok):
                    draft.verdict = "not coded: a promise on a condition ('only if')"  # "will sign only after ..."
                    continue
                elif status == "future" and rule.event in WILLING_AS_AGREE \
                        and draft.modality.cue.lower() in WILLINGNESS_CUES \
                        and not (rule.event == "CONCEDE" and rule.future_as == "CONCEDE"):
                    # (a yielding offer stays CONCEDE: "Striking miners demand a pay rise. Qarmet said it was ready to raise
                    # pay by 15 percent")
                    draft.converted = f"{rule.event} + '{draft.modality.cue}' -> AGREE"
                    draft.event, draft.mode = "AGREE", ""
                elif status == "future" and rule.joint_as and (_joint_marked(tok, hit, index) or len(
                        entity_codes(entities_of(subjects(clause_verb(tok)), index))) >= 2):
                    # "Azerbaijan and Turkey will hold joint exercises": planned cooperation is AGREE
                    future_joint = FUTURE_DEFAULTS.get(rule.joint_as, "")
                    if not future_joint:
                        draft.verdict = f"not coded: {status} ('{draft.modality.cue}')"
                        continue
                    draft.converted = f"joint {rule.event} + future -> {future_joint}"
                    draft.event, draft.mode = future_joint, ""
                elif status == "future" and future_as == "AGREE" and needed_only(draft.modality.cue):
                    draft.verdict = f"not coded: a need ('{draft.modality.cue} to'), no promise"  # "we need to talk to Moscow"
                    continue
                elif status == "future" and future_as == "AGREE" and hoped_only(draft.modality.cue):
                    draft.verdict = f"not coded: a hope ('{draft.modality.cue} to'), no promise"  # "hope to open talks together"
                    continue
                elif status == "future" and rule.event == "PROTEST" and not hit.nominal and _announced_rally(tok):
                    draft.verdict = "not coded: a rally announced for later, no threat (round 27)"
                    continue
                elif status == "future" and future_as:
                    draft.converted = f"{rule.event} + future -> {future_as}"
                    draft.event, draft.mode = future_as, (_threat_mode(rule) if future_as == "THREATEN" else "")
                else:
                    draft.verdict = f"not coded: {status} ('{draft.modality.cue}')"
                    continue
            if rule.event == "REJECT" and rule.mode == "meet" and not hit.nominal and (home := _meeting_at_home(tok, index)):
                draft.verdict = f"not coded: a meeting with '{home}' called off, no side refused"
                continue
            if (rule.mode in ("meet", "withdraw") and rule.event in ("REJECT", "SANCTION") and not hit.nominal
                    and (kept := hazard_cause(tok))):
                draft.verdict = f"not coded: called off because of '{kept}', no refusal"  # "called off his visit because of the quake"
                continue
            if rule.event == "SANCTION" and rule.id in VISIT_CANCEL_RULES and (guest := _visit_by_other(tok, index)):
                draft.converted = f"a visit by '{guest}' cancelled -> REJECT meet"  # refusing to receive the guest
                draft.event, draft.mode = "REJECT", "meet"
            if status == "asserted" and draft.event == "MOBILIZE" and rule.mode == "troops" and _partner_deployment(tok, index):
                draft.converted = "troops sent to help a partner -> AID"  # PLOVER AID: "military assistance, including personnel"
                draft.event, draft.mode = "AID", ""
            if draft.event == "COERCE" and rule.mode == "arrest" and not hit.nominal and (vessel := _vessel_detained(tok)):
                draft.converted = f"'{vessel}' detained -> seize"  # "the navy detained an oil tanker": a ship taken
                draft.mode = "seize"
            trigger = Trigger(tok, hit, rule, draft.event, by_token, hits, sent, lemmas, texts, index, pub)
            if (no := veto_verdict(trigger)):
                draft.verdict = no
                continue
            actors, recips, ra, rr = roles(tok, hit, index)
            if draft.event == "ACCUSE" and not hit.nominal and (rejecter := rejecter_of_claim(tok, index)) is not None \
                    and rejecter[1]:  # "rejected Manila's claim that ..., calling it a distortion"
                actors, recips = rejecter[0] or actors, rejecter[1]
                ra, rr = f"{ra}; who rejects the claim it names", "whose claim is named"
            if draft.event in VERBAL_TYPES and not hit.nominal and (bloc := bloc_spoken_for(tok, index)):
                actors, ra = bloc, f"{ra}; speaking on behalf of '{bloc[0].entity_text}' -> {bloc[0].code}"
            if draft.event in VERBAL_TYPES and not hit.nominal and not any(r.code for r in recips) \
                    and (shifted := entities_of(object_shifted_past_as(tok), index)):
                recips, rr = shifted, f"{rr}; the object after its 'as' phrase -> {shifted[0].code}"
            if draft.event in ("AGREE", "AID") and not hit.nominal and own_possessive_only(tok, actors, recips):
                recips, rr = [], f"{rr}; the actor's own possessive on what it gives is no recipient"
            if not actors and hit.nominal and draft.event == "MOBILIZE" and (units := _forces_held_in(tok, index)):
                # "a readiness check started in the Belarusian air force": the forces it was held in
                actors, ra = units, f"{ra}; the forces it was held in -> {units[0].code}"
                recips = [r for r in recips if r.code not in entity_codes(units)]
            if freed_from is not None:
                actors, recips, ra, rr = _roles_of_the_act_beside(actors, recips, ra, rr, freed_from, drafts, s_i)
            if figure := figurative_in_genre(sentence_genre(genre, sent, leaning), draft.event, actors, recips, sent, index):
                draft.verdict = f"not coded: {figure}"  # "Georgia beat Armenia 3-1", "shares retreated"
                continue
            if draft.event == "ACCUSE" and rule.mode == "disapprove" and not hit.nominal and (mishap := _mishap_deplored(tok)):
                draft.verdict = f"not coded: regret at a mishap ('{mishap}'), no one's deed"
                continue
            if rule.mode == "withhold" and not (set(entity_codes(recips)) - set(entity_codes(actors)) - {""}) \
                    and TECHNICAL_CUT_WORDS.intersection(lemmas):
                draft.verdict = "not coded: a supply cut at home (repairs, rationing), no pressure on another side"
                continue
            if hit.nominal and draft.event == "ASSAULT" and (target_verb := suffered_by_subject(tok)) is not None \
                    and ((actors and not any(a.sector in ARMED_SECTORS for a in actors))
                         or prep_objects(target_verb, ("over",)) or prep_objects(tok, ("over",))) \
                    and not shots_not_words(tok, target_verb):
                # "came under fire from rights groups", "came under fire from Western governments over the sentencing":
                # the critics accuse the subject (PLOVER ACCUSE disapprove), no one is shot
                draft.converted = f"criticism, not an attack ('{tok.text}' from {ra}) -> ACCUSE"
                draft.event, draft.mode = "ACCUSE", "disapprove"
            if draft.event == "SANCTION" and rule.mode == "expel" and not hit.nominal and (
                    (entity_codes(recips) and set(entity_codes(recips)) <= set(entity_codes(actors)))
                    or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for o in objects(tok) for c in o.children)):
                draft.verdict = "not coded: ordering one's own people out is an evacuation, not an expulsion"
                continue
            if draft.event == "THREATEN" and set(entity_codes(recips)) <= set(entity_codes(actors)):
                party = dedupe_codes([e for m in _threat_condition_marks(tok) if m.lower_ in ("if", "unless")  # (its
                         for e in entities_of([w for c in m.head.children if c.dep_ in ("nsubj", "nsubjpass")  # own
                                               for w in with_conjuncts(c)], index)  # subject with partners, not the
                         if e.code and e.code not in entity_codes(actors)])  # speaker's a subjectless clause would inherit)
                if party:  # "will deploy missiles in Kaliningrad if NATO expands": the threat is to NATO; "warned that
                    # Minsk would respond if Poland and Lithuania went ahead": to both
                    recips, rr = party, f"the subject of the condition '{party[0].entity_text}' -> {'/'.join(entity_codes(party))}"
            if not actors and not hit.nominal and draft.event in VERBAL_TYPES and (speakers := _speaker_of_stray_conjunct(tok, index)):
                actors, ra = speakers, f"{ra}; a thing does not '{tok.text}': the speaker of the clause it hangs on"
            if not actors and draft.event == "RETREAT" and "economic" in rule.contexts \
                    and (cut := _last_supply_cut(drafts[:-1])) is not None:
                actors, recips = list(cut.actors), list(cut.recipients)
                ra = rr = f"{ra}; the supply cut told before ('{cut.sent.doc[cut.hit.token_i].text}') given back"
            if not actors and not hit.nominal:
                actors, why = pronoun_antecedent(tok, drafts[:-1], s_i, sentences[max(0, s_i - 4):s_i], index)
                if actors:
                    ra = f"{ra}; {why}"
                    recips = [r for r in recips if r.code not in entity_codes(actors)] or recips
            if not hit.nominal and not is_passive(tok):
                parties, meeting, why = meeting_parties(tok, drafts[:-1], s_i, sentences, index)
                if parties and meeting is not None and draft.event == "CONSULT":
                    # "spoke by telephone with X ..., adding that the ministers had also discussed": that call again
                    actors, recips, ra, rr = list(meeting.actors), list(meeting.recipients), f"{ra}; {why}", f"{rr}; {why}"
                elif parties:
                    actors, ra = parties, f"{ra}; {why}"
                    if draft.event in JOINT_DEFAULT:  # each other's recipients (the symmetric step below)
                        recips, rr = [], f"{rr}; a joint act of the parties"
            if not hit.nominal and not any(r.code for r in recips):
                patients, why = pronoun_patient(tok, drafts[:-1], s_i, sentences[s_i - 1] if s_i else None, index)
                if patients:
                    recips, rr = patients, f"{rr}; {why}"
            if not any(r.code for r in recips) and draft.event in ("AGREE", "AID") and (helped := needs_owner(tok, index)):
                recips, rr = helped, f"{rr}; whose needs the help answers -> {helped[0].code}"
            if not any(r.code for r in recips) and draft.event in RESPONSE_TYPES \
                    and (authors := author_of_named_act(tok, hit, drafts[:-1], s_i, actors, index))[0]:
                recips, rr = authors[0], f"{rr}; {authors[1]}"
            if not any(a.code for a in actors) and draft.event == "AID" and (rule.subject or is_passive(tok)) \
                    and not hit.nominal and (senders := relief_origin(tok, index)):  # (also "supplies donated by
                # Kazakhstan were handed over to officials")
                actors, ra = senders, f"{ra}; where the relief came from -> {senders[0].code}"
                recips = [r for r in recips if r.code != senders[0].code]
            if not any(r.code for r in recips) and not hit.nominal \
                    and (origin := foreigners_told_next(tok, sentences, s_i, index)):
                recips = [dataclasses.replace(e, sector=e.sector or "CVL") for e in origin]
                rr = f"{rr}; the foreigners' citizenship told next -> " + "/".join(e.code for e in origin)
            factions = not recips and factions_together(actors, draft.event)
            if factions:
                recips, rr = list(actors), f"{rr}; factions of one country acting together: each other's recipients"
            if not recips and len(entity_codes(actors)) < 2:
                recips, rr = clause_country(tok if not hit.nominal else clause_verb(tok), actors, index, rr, event=draft.event)
            if not recips and tax.event_type(draft.event).requires_recipient:
                # "gave 350 million euros to promote development in Ethiopia": the country of a nested clause
                recips, rr = clause_country(sent.root, actors, index, rr, nested=True)
            if draft.event in ("COERCE", "ASSAULT") and actors and not hit.nominal \
                    and all(not a.code and a.sector in FORCE_SECTORS for a in actors) and not places_named(sent, index) \
                    and (teller := teller_state(tok, index)) and teller[0].code != (fronted or home_country):
                # "(DUSHANBE) Hamdullah Fitrat, deputy spokesman of the Taliban government, said that border guards had
                # detained three men": the teller's own forces, not the story's
                actors = [dataclasses.replace(a, code=teller[0].code) for a in actors]
                ra = f"{ra}; forces in the report of '{teller[0].entity_text}' -> {teller[0].code}"
            if draft.event == "MOBILIZE" and not hit.nominal and (defenders := defenders_of_attacked(tok, actors, drafts[:-1], s_i, index)):
                actors, ra = defenders, f"{ra}; forces sent after an attack: the attacked state's -> {defenders[0].code}"
            if actors and all(not a.code and a.sector for a in actors) and (left := expelled_from_state(tok, draft, index)):
                actors = [dataclasses.replace(a, code=left[0].code) for a in actors]
                ra = f"{ra}; the state they are expelled from -> {left[0].code}"
            if actors and (draft.event == "PROTEST" and all(not a.code and a.sector in PEOPLE_SECTORS for a in actors)
                           or draft.event == "COERCE" and all(not a.code and a.sector == "COP" for a in actors)) \
                    and (ground := scene_ground(sent, sentences[s_i - 1] if s_i else None, index)):
                actors, ra = [fill_country(a, ground) for a in actors], f"{ra}; people of the place the scene is set in -> {ground}"
            if draft.event == "PROTEST" and not any(r.code for r in recips) \
                    and (visitor := visitor_protested(sent, actors, drafts[:-1], s_i)):
                recips, rr = visitor, f"{rr}; a protest at a visit: the visitor's state -> {visitor[0].code}"
            if not hit.nominal and (speaker := speakers_own_body(tok, actors, index)):
                actors = [dataclasses.replace(a, code=speaker[0].code) for a in actors]
                ra = f"{ra}; a body in the framed speaker's own words -> {speaker[0].code}"
            unplaced = ([not a.code and a.sector for a in actors], [not r.code and r.sector for r in recips])
            actors, recips = fill_countries(actors, recips, sent_countries, fronted or home_country,
                                             draft.event, fronted or state_of_the_story(index),
                                             places_named(sent, index), doc, in_passing, story_places,
                                             "" if fronted else index.home_agency_country)
            draft.inferred = {(role, x.start, x.end) for role, ents, was in (("actor", actors, unplaced[0]),
                                                                             ("recipient", recips, unplaced[1]))
                              for x, w in zip(ents, was) if w and x.code}
            if not actors and (draft.event in JOINT_DEFAULT or (rule.reciprocal and draft.event == "ASSAULT")) \
                    and not any(r.code for r in recips):  # "the clashes began", "fighting continued"
                actors, why = joint_parties(tok, hit, index)
                if actors:  # no recipient: the symmetric step below lists the parties on both sides
                    recips, ra = [], f"{ra}; {why}"
            if draft.event == "ACCUSE" and rule.mode == "allege" and actors and not hit.nominal and is_passive(tok) \
                    and not agents(tok) and all(a.start is None for a in actors):  # (a guessed doer only)
                captor, _, why = doer_of_the_scene(draft, drafts[:-1], s_i, recips, index)
                if captor:  # "She is suspected of ..." after "KGB officers detained a journalist": the captor's charge
                    actors, ra = captor, f"{ra}; {why}"
            if not actors and not hit.nominal and ((is_passive(tok) and not agents(tok)) or unnamed_forces(tok)):
                actors, held, why = doer_of_the_scene(draft, drafts[:-1], s_i, recips, index)
                if actors:
                    ra = f"{ra}; {why}"
                if held and not any(r.code and r.code not in entity_codes(actors) for r in recips):
                    recips, rr = held, f"{rr}; the people it held"
            if not actors and ((draft.event not in VIOLENT_TYPES and rule.event not in VIOLENT_TYPES) or (
                    draft.event == "THREATEN" and not hit.nominal and is_passive(tok) and not agents(tok))):
                # (criticism told as "came under fire from Western governments" is no authority's act; "the minister told
                # reporters that any group attempting to cross ... will be destroyed": a threat in the passive is the speaker's)
                actors, why = speaker_or_authority(tok, hit, sent, draft.event, index)
                if actors:
                    ra = f"{ra}; {why}"
            each_other = False
            paired = len(set(entity_codes(actors))) >= 2
            if draft.event in VERBAL_TYPES and not hit.nominal and _each_other(tok) and (sides := _two_sides_before(
                    drafts[:-1], s_i, facing_only=paired)) and (not paired or (
                    any(pair_word(t) for t in subjects(tok)) and set(entity_codes(sides)) != set(entity_codes(actors)))):
                # ("Russia and Kazakhstan urged both sides to show restraint. Each side accused the other": "each side"
                # is the two who fought, not the two named last)
                each_other = True
                # "Each side accused the other of firing first", "the two governments blamed each other": the two sides of
                # the act just told, each on the other
                actors, recips = sides, list(sides)
                ra, rr = f"{ra}; 'each ... other': the two sides of the act before", "the two sides, each on the other"
            joint = False
            if rule.joint_as:
                joint = _joint_marked(tok, hit, index) or len(entity_codes(actors)) >= 2
                if joint and len(set(entity_codes(actors)) - {""}) == 1 \
                        and (partners := _partners_in_subject(tok, hit, actors, index)):
                    actors, ra = actors + partners, f"{ra}; a partner named inside the subject phrase -> {partners[0].code}"
                if joint and draft.event == rule.event:
                    draft.converted = f"joint {rule.event} -> {rule.joint_as}"
                    draft.event, draft.mode = rule.joint_as, ""
            if not hit.nominal and deal_with_partner(tok, draft.event, actors, recips):
                actors = dedupe_codes(actors + [r for r in recips if r.code])  # "A agreed with B to ...": both ways
                ra, each_other = f"{ra}; a deal made with a partner binds both", True
            symmetric = factions or each_other or (symmetric_act(actors, recips, draft.event)
                                                   and mutual(rule, draft.event, sent, actors, index))
            if symmetric:
                recips = list(actors)
                rr = f"{rr}; symmetric act: all parties are each other's recipients"
            if rule.state_as and actors and all(is_state(a) and index.kind_of(a) != "demonym" for a in actors) \
                    and draft.event == rule.event and not crowd_subject(tok):
                draft.converted = f"{rule.event} by a state actor -> {rule.state_as}"
                draft.event, draft.mode = rule.state_as, ("disapprove" if rule.state_as == "ACCUSE" else "")
            if rule.armed_as and draft.event == rule.event and actors and all(
                    a.sector in ARMED_GROUP_SECTORS and not _ruling(a) for a in actors) and _common_nouns_acted_on(tok, hit):
                draft.converted = f"{rule.event} by an armed group -> {rule.armed_as}"
                draft.event, draft.mode = rule.armed_as, ARMED_MODES.get(rule.mode, "")
            actor_codes = {(a.code, a.sector) for a in actors}
            if not symmetric:
                recips = [r for r in recips if (r.code, r.sector) not in actor_codes or not r.code]
            if not actors and draft.event == "PROTEST" and index.main_country:
                actors = [Entity(code=index.main_country, sector="CVL")]
                ra = f"{ra}; protesters of the story's country {index.main_country}"
                draft.inferred.add(("actor", None, None))
            if draft.event in TARGETED_ACTS and actors and not (set(entity_codes(recips)) - set(entity_codes(actors))):
                foreign = foreign_demonym(sent, actors, index, tok if not hit.nominal else clause_verb(tok))
                if foreign:
                    named = own_people_named(recips, foreign, doc, draft.inferred)
                    recips, rr = named + foreign, f"{rr}; nationality named in the sentence: '{foreign[0].entity_text}' -> " \
                        + "/".join(f.code for f in foreign)
            if draft.event == "ASSAULT" and not hit.nominal and (weapons := _intercepted_weapons(tok)):
                actors, recips, ra, rr = _interception_roles(tok, weapons, actors, recips, index)
                if any(w.lemma_.lower() in ATTACK_DRONES or w.lower_ in ATTACK_DRONES or _uncrewed_craft(w) for w in weapons):
                    draft.mode = "drone"
            if rule.foreign_recipient and not set(entity_codes(recips)) - set(entity_codes(actors)) - {""}:
                draft.verdict = "not coded: a meeting with the actor's own people, no visit" if draft.event == "CONSULT" \
                    else "not coded: a plan for the actor's own side, no promise to another party"
                continue
            if draft.event == "CONSULT" and not hit.nominal and draft.mode in ("", "multilateral") \
                    and partner_leads_delegation(tok) and (swapped := _guest_to_host(actors, recips, ra, rr)):
                actors, recips, ra, rr = swapped  # "held talks with X, who led his country's delegation to the forum"
                draft.mode = "visit"
            if draft.event == "CONSULT" and not hit.nominal and draft.mode in ("", "multilateral") \
                    and _talks_hosted_by_other(tok, actors, index):
                draft.mode = "third-party"  # "held talks in Abu Dhabi hosted by the UAE": the parties meet each other
            if rule.guest_acts and draft.mode == "visit" and not hit.nominal and _one_guest_hosted(tok) \
                    and (swapped := _guest_to_host(actors, recips, ra, rr)):
                actors, recips, ra, rr = swapped
            elif rule.guest_acts and draft.mode == "visit" and not hit.nominal and _envoys_received(tok) \
                    and _host_and_guests(actors, recips):
                hosts = {a.code for a in actors if a.code}  # (one visit per envoy's state: see _envoys_one_by_one)
                actors, recips = [r for r in recips if r.code and r.code not in hosts], [a for a in actors if a.code]
                ra, rr = f"{rr}; the envoys' states visit the host", f"{ra}; the host"
            elif rule.guest_acts and draft.mode == "visit" and not hit.nominal and (everyone := _host_and_guests(actors, recips)):
                draft.mode = "multilateral"  # "Putin hosted Tokayev and Mirziyoyev": three states meeting in one
                actors, recips = everyone, list(everyone)
                ra, rr = f"{ra}; the host and its guests meet together", f"{rr}; the host and its guests"
            draft.actors, draft.recipients = dedupe_entities(actors), dedupe_entities(recips)
            if draft.converted.endswith(CONDITIONAL_THREAT_MARK) and not any(a.code for a in draft.actors):
                draft.verdict = "not coded: a conditional step by no known actor is no threat of anyone's"
                continue
            draft.actor_reason, draft.recipient_reason = ra, rr
            if tax.event_type(draft.event).requires_recipient and not draft.recipients and draft.event in ("AID", "SANCTION"):
                draft.recipients, rr = _beneficiaries(tok, hit, sent_countries, index, actors, rr)
                draft.recipient_reason = rr
            if not any(r.code for r in draft.recipients) and rule.event == "AID" \
                    and (helped := last_helped(drafts[:-1], draft.actors)):
                # "Uzbekistan and Russia sent relief supplies to flood-hit Tajikistan. ... Beijing would provide 2 million
                # dollars in emergency assistance": aid told with no recipient goes where the story's aid goes
                draft.recipients, rr = helped, f"{rr}; the recipient of the aid told before"
                draft.recipient_reason = rr
            if draft.event == "AID" and rule.subject and not draft.recipients and not hit.nominal \
                    and (place := arrival_place(tok)) is not None:
                # "Twenty Kazakh trucks with flour arrived in Herat as humanitarian aid": the people of the place reached
                # (its country comes with the event's place)
                draft.recipients = [Entity(code="", sector="CVL", entity_text=place.text, start=place.idx,
                                           end=place.idx + len(place.text))]
                rr = draft.recipient_reason = f"{rr}; the people of the place it reached ('{place.text}')"
            if draft.event == "AID" and not draft.recipients and not hit.nominal \
                    and (helped := _purpose_of_grant(tok, draft.actors, index)):
                # "The Eurasian Development Bank approved a $10 million grant to rebuild roads in the affected districts":
                # a lender's money for works in the story's country is aid to that country
                draft.recipients = helped[0]
                rr = draft.recipient_reason = f"{rr}; {helped[1]}"
            if tax.event_type(draft.event).requires_recipient and not draft.recipients:
                draft.verdict = f"not coded: {draft.event} needs a recipient ({rr})"
                continue
            if not any(r.code for r in draft.recipients) and (across := state_across_passage(draft, index)):
                draft.recipients = across  # told by the text (a border passage), not a story default
                rr = draft.recipient_reason = f"{rr}; a border passage closed or reopened: the state across it -> {across[0].code}"
            if draft.event == "REJECT" and (sponsors := draft_sponsors(tok, sentences, s_i, index)):
                draft.recipients = sponsors  # "Russia vetoed a draft ... The text, drafted by France and Britain"
                rr = draft.recipient_reason = f"{rr}; the vetoed draft's named sponsors"
            if draft.event == "CONCEDE" and not hit.nominal and (blocked := blocked_body(tok, draft, drafts[:-1])):
                # "Hungary and Slovakia ... lifted their objections": to the body whose decision they held up
                draft.recipients = blocked
                rr = draft.recipient_reason = f"{rr}; the body whose decision was held up -> {blocked[0].code}"
            if not any(r.code for r in draft.recipients) and (fellow := fellow_criticism(draft, drafts[:-1])) is not None:
                # "criticised the EU's listing of Chinese firms, said Beijing firmly opposes unilateral sanctions": the
                # same criticism, aimed at the same party
                draft.recipients = list(fellow.recipients)
                rr = draft.recipient_reason = f"{rr}; the target of '{fellow.sent.doc[fellow.hit.token_i].text}' (the same criticism)"
            if not any(r.code for r in draft.recipients):
                fallback, why, guessed = find_default_recipient(draft, index)
                if fallback:
                    draft.recipients, draft.recipient_reason = fallback, f"{rr}; {why}"
                    draft.default_recipient, draft.party_guess = True, guessed
                    draft.both_parties = len(fallback) > 1
                    if guessed and rule.guest_acts and draft.mode == "visit" and not hit.nominal \
                            and _person_guest_hosted(tok) and (swapped := _guest_to_host(
                                draft.actors, draft.recipients, ra, draft.recipient_reason)):
                        # "Japarov had received Zhang ..., a day after the Chinese vice premier arrived": the guest,
                        # a person the story's other party sent, visits the host
                        draft.actors, draft.recipients, ra, draft.recipient_reason = swapped
                        draft.actor_reason = ra
            if rule.mode == "visit" and not hit.nominal and tok.lemma_.lower() in TRAVEL_VERBS \
                    and (place := unnamed_destination(tok, index)):
                draft.verdict = f"not coded: a trip to '{place}', no host named"  # "flew to the scene of the blast"
                continue
            if rule.mode == "visit" and tok.lemma_.lower() in TRAVEL_VERBS and len(set(entity_codes(draft.actors))) == 1 \
                    and set(entity_codes(draft.actors)) == set(entity_codes(draft.recipients)) \
                    and (not draft.default_recipient or set(sent_countries) <= set(entity_codes(draft.actors))):
                # "the Russian president flew to Sochi": no other country named, the trip is at home
                draft.verdict = "not coded: a trip within the actor's own country is no visit"
                continue
            if rule.id == "CONSULT/address_meeting" and (body := _own_body_addressed(tok, draft)):
                draft.verdict = f"not coded: told to a meeting ('{body}') with no foreign party named"
                continue  # "Lukashenko told a meeting of the Security Council in Minsk"
            # governs_map: "promised to release" -> CONCEDE
            # (applied to the governor below, once all drafts of the sentence exist)
            if draft.event == "CONSULT" and not draft.mode and len(
                    {c for c in entity_codes(draft.actors + draft.recipients) if len(c) == 3} - NON_STATE_CODES) >= 3:
                draft.mode = "multilateral"  # "the presidents of Tajikistan, Kyrgyzstan and Uzbekistan met"
            if draft.event == "CONSULT" and not draft.mode and hit.nominal and draft.actor_reason.startswith(MEMBERS_MET) \
                    and set(entity_codes(draft.actors)) == {"IGO"} and meeting_members(tok):
                draft.mode = "multilateral"  # "a meeting of SCO defence ministers": a bloc's members meeting
            if not draft.mode:
                subtree = [t.i for t in tok.subtree] if not hit.nominal else []
                sub_lemmas = [table.lemma[i] for i in subtree] if not hit.nominal else lemmas
                sub_texts = [table.lower[i] for i in subtree] if not hit.nominal else texts
                draft.mode = _threatened_act_mode(contexts, draft.event, tok, subtree, table) if draft.event == "THREATEN" \
                    and not hit.nominal else ""
                draft.mode = draft.mode or infer_mode(contexts, draft.event, sub_lemmas, sub_texts)
                if not draft.mode and draft.event == "ASSAULT":
                    draft.mode = infer_mode(contexts, draft.event, lemmas, texts)
            if draft.event == "ASSAULT" and draft.mode == "firearms" and not hit.nominal and infer_mode(
                    contexts, draft.event, [table.lemma[t.i] for t in tok.subtree], [table.lower[t.i] for t in tok.subtree],
                    only=frozenset({"heavy-weapons"})):
                draft.mode = "heavy-weapons"  # "exchanged fire with mortars and machine guns": the heaviest arm named
            if draft.event in contexts.overriding_modes:
                # the act's own words: "a suicide truck bomb exploded", "a suspected chemical attack killed 58", "was
                # assassinated when gunmen ambushed his car" (not "fired on mourners at the funeral of a suicide bomber")
                own = [tok, tok.head] + [w for s in (subjects(tok) + agents(tok) if not hit.nominal else []) for w in s.subtree] \
                    + [c for c in tok.children if c.dep_ in ("amod", "compound")]
                special = infer_mode(contexts, draft.event, [w.lemma_.lower() for w in own], [w.lower_ for w in own],
                                     only=contexts.overriding_modes[draft.event])
                draft.mode = special or draft.mode
            head = tok if not hit.nominal else clause_verb(tok)
            clause = clause_tokens(head)
            prefer = (clause[0].idx - sent.start_char, clause[-1].idx + len(clause[-1]) - sent.start_char)
            undated_text = without_dateline(sent, index)
            draft.date = resolve_event_date(undated_text, pub, prefer=prefer, future=status == "future")
            refusal = status == "negated" and draft.event == "REJECT" and _will_not(tok, draft.modality.cue)
            # ("said on Monday that Yerevan would not take part in the exercise this year": told on Monday)
            if (status == "future" or refusal) and draft.date.start is not None and prefer[0] <= draft.date.start < prefer[1] \
                    and not said_on(draft.date, sent):
                draft.date = day_of_promise(undated_text, pub, prefer)
            elif status != "future" and (own := own_date(head, sent, undated_text, pub, draft.date,
                                                          tok if hit.nominal else None)):
                draft.date = own
            draft.date = date_of_the_act(draft.date, head, sent, undated_text, pub, prefer if status == "future" else None)
            draft.date = yesterday_of_the_speech(draft.date, sent, undated_text, pub)
            draft.date = day_it_began(draft.date, head, sent, undated_text, pub)  # "began late on Sunday ... until early Monday"
            if (ahead := month_looked_ahead_to(draft.date, head, pub)):
                draft.date = DateResolution(pub, None, "", None, None, ahead)  # "invited Pezeshkian to a forum in
                # Ashgabat in December" (an August story): the forum's month, not a December gone by
            if draft.date.date_text and tok.dep_ == "relcl" and not hit.nominal and crowd_dispersed(tok.head) \
                    and draft.date.start is not None and not prefer[0] <= draft.date.start < prefer[1]:
                # "used water cannon overnight to disperse protesters who had blocked the avenue": the day is the
                # dispersal's; the blockade began before it, so a mention of its own with a day tells it better
                draft.date = DateResolution(draft.date.date, reason=f"the day of the dispersal ('{draft.date.date_text}'); "
                                                                    "no date of its own")
            if status != "future":
                draft.date = past_the_report_day(draft.date, head, sent, undated_text, pub,
                                                  [d for d in drafts[:-1] if d.sent_index == s_i], hit.nominal)
                draft.date = day_of_the_shared_speaker(draft.date, head, sent, undated_text, pub, prefer)
                draft.date = overnight_before(draft.date, head, sent, undated_text, pub)
                if not draft.date.date_text and (shared := day_of_conjunct_head(head, drafts[:-1], s_i)) is not None:
                    draft.date = shared  # "received the visiting army chief the same day and thanked India"
                elif not draft.date.date_text and (shared := day_of_antecedent_clause(head, drafts[:-1], s_i)):
                    draft.date = shared  # "held talks on Tuesday with Khusnullin, who promised to allocate ..."
                elif period_of_another_clause(draft.date, prefer) \
                        and (shared := day_of_conjunct_head(head, drafts[:-1], s_i)) is not None:
                    draft.date = shared  # "held talks on Thursday, their first meeting this year, and agreed to ..."
            if status != "future" and (before := day_before_by_interval(
                    head, sent, undated_text, pub, last_told_day(drafts[:-1], lead, s_i, pub, head))) is not None:
                if before.date is None:
                    draft.verdict = f"not coded: {before.reason}"  # "In August 2008, a day after ...", "will travel ..., a day after"
                    continue
                draft.date = before  # "..., a day after X" : X's day is the reported act's day less one
            if status != "future" and (not draft.date.date_text or own_relative_day(draft.date, prefer, undated_text)) \
                    and (relative := day_told_relative(
                    sent, s_i, drafts, sentences[s_i - 1] if s_i > 0 else None, pub,
                    without_dateline(sentences[s_i - 1], index) if s_i > 0 else None, prefer, undated_text)) is not None:
                if relative.historical:
                    draft.verdict = f"not coded: background (told from an old date: {relative.reason})"
                    continue  # "In August 2008, ... The next day, an EU-brokered ceasefire took effect"
                draft.date = relative  # "... on Wednesday. A day earlier, the prime ministers met": Tuesday
            if status != "future" and not draft.date.date_text and (entry := timeline_entry_day(sent, pub)) is not None:
                if entry.historical:  # "September 2022 -- The worst fighting since independence. Tajik forces use drones"
                    draft.verdict = f"not coded: background (an entry of a timeline under '{entry.date_text}')"
                    continue
                draft.date = entry
            if draft.date.reason == MONTH_RANGE and tok.lemma_.lower() in TALLIED_LEMMAS and any(
                    t.like_num for t in clause + (clause_tokens(head.head) if head.dep_ == "conj" else []) if t.dep_ == "nummod"):
                if not aggregate_of_coercion(hit.rule.event) or any(  # a total told twice is one ("deported ...
                        d.verdict == "coded" and d.hit.rule.event == "COERCE" and d.hit.rule.mode == hit.rule.mode
                        and not (d.date is not None and d.date.exact_day)  # (not after one raid "on Tuesday")
                        for d in drafts[:-1]):  # rose sharply ... 9,400 were expelled or deported between January and June")
                    draft.verdict = f"not coded: running tally ('{draft.date.date_text}')"  # "9,400 were killed between January and June"
                    continue
                draft.date = undated_total(draft.date)  # "9,400 were deported between January and June": once, undated
            recap = recap_reason(draft.date, sent, s_i > lead, head, clause, pub) if status != "future" else ""
            if not recap and s_i > lead and not draft.date.date_text:
                recap = toll_of_past_episode(sent, sentences[s_i - 1], undated_text, pub, drafts, s_i)
            if not recap and s_i > lead and not draft.date.date_text and undated_pluperfect(head):
                recap = "an undated past perfect after the lead"  # "The men had been detained near the border."
            if not recap and status != "future" and not hit.nominal and (old := before_later_old_conjunct(head, pub)):
                recap = f"background (told before a clause on '{old}', a time gone by)"
            if not recap and status != "future" and not hit.nominal and not own_day_in(draft.date, head, sent) and (
                    year := narrated_how(head, sentences[:s_i + 1], pub)):
                recap = f"history narrated with 'how' in a story about {year}"
            if not recap and status != "future" and not hit.nominal and (old := pluperfect_before_old_time(head, pub)):
                recap = f"background (a past perfect told with '{old}')"
            if not recap and s_i > 0 and status != "future" and not draft.date.date_text:
                recap = later_than_history(sent, sentences[s_i - 1], pub, head)  # "evacuated Pripyat the following day"
            if not recap and not draft.date.date_text and not hit.nominal and (held := held_saying(head)):
                recap = f"a standing position ('{held}'), no promise of the news period"
            if not recap and status != "future" and (held := standing_perfect_talk(head, draft.event)):
                recap = f"a standing position ('{held}'), undated in the present perfect"
            if not recap and status != "future" and not hit.nominal and draft.event in VERBAL_TYPES \
                    and (held := standing_since(head, pub)):  # (not "daily protests have been held since 2024")
                recap = f"a standing position ('{held}'), no act of the news period"
            if not recap and status != "future" and not hit.nominal and not draft.date.date_text \
                    and (since := changes_since_known_event(head, pub)):
                recap = f"background (changes made since '{since}')"
            if not recap and status != "future" and (not draft.date.date_text or draft.date.historical):
                recap = in_old_time_told_before(sent, sentences[s_i - 1] if s_i > 0 else None, pub,  # "Then, ..."
                                                 undated_text, without_dateline(sentences[s_i - 1], index) if s_i > 0 else "")
            if not recap and status != "future" and not hit.nominal and not own_day_in(draft.date, head, sent):
                recap = before_old_time(head, sent, undated_text, pub)  # "a case opened in 2024, before ... initialled"
            if not recap and status != "future" and (not draft.date.date_text or (
                    hit.nominal and draft.date.reason == "the year of publication")):  # ("this year": no day of its own)
                recap = old_backstory(tok, hit, head, sent, undated_text, pub, event_nouns,
                                       sentences[s_i - 1] if s_i > lead else None,
                                       without_dateline(sentences[s_i - 1], index) if s_i > lead else "") \
                    or points_back_to_history(head if not hit.nominal else tok, sent, drafts[:-1], s_i, pub)
            if not recap and status != "future" and frames[s_i] and told_in_recap(draft.date):
                recap = frames[s_i]  # "Twenty years ago, ... The protest began after armed men stormed the prison"
            if recap:
                draft.verdict = f"not coded: background ({recap})"
                continue
            if draft.date.historical and status != "future" and draft.date.start is not None:
                where = historical_place(draft.date.start + sent.start_char, head, clause, sent) \
                    if not counted_on_since(draft.date, sent, pub) else "elsewhere"
                if where == "event":
                    draft.verdict = f"not coded: historical ('{draft.date.date_text}')"
                    continue
                if where == "elsewhere":
                    draft.date = DateResolution(pub, None, "", None, None,
                                                f"'{draft.date.date_text}' dates another clause; publication date")
                    if (shared := day_of_conjunct_head(head, drafts[:-1], s_i)) is not None:
                        draft.date = shared  # "spoke by phone on Monday ... and demanded that Kabul release Iran's
                        # share of Helmand waters as set out in the 1973 treaty": the day of the first verb's act
            if status != "future" and (not draft.date.date_text or draft.date.historical) \
                    and (past := anaphoric_past(head)):
                draft.verdict = f"not coded: background (set in a past time told before: '{past}')"
                continue
            if status != "future" and (not draft.date.date_text or draft.date.historical or draft.date.exact_day) \
                    and (episode := act_in_dated_episode(draft, head, sent, drafts, pub,
                                                          nlp.doc_text(doc)[sentences[0].start_char:sent.start_char])):
                draft.verdict = f"not coded: background ({episode})"
                continue
            if status != "future" and (not draft.date.date_text or date_outside_quotation(draft.date, sent)) and (
                    past := quoted_recollection(head, sent, sentences[s_i + 1] if s_i + 1 < len(sentences) else None, pub,
                                                 sentences[s_i - 1] if s_i > 0 else None)
                    or (not draft.date.date_text and kept_since(head, nlp.doc_text(doc)[sentences[0].start_char:sent.start_char], pub))):
                draft.verdict = f"not coded: background ({past})"
                continue
            if s_i > lead and pub is not None and status != "future" and day_of_attribution(draft.date, sent) \
                    and (told := episode_act(draft, drafts, lead, s_i, pub, index)) is not None \
                    and told.date.date <= draft.date.date:
                # "met in Termez on Monday. The sides agreed ..., according to a joint statement published on
                # Tuesday": the source's day is not the act's; the act is of the meeting told before
                draft.date = DateResolution(told.date.date, None, "", None, None,
                                            f"{EPISODE_DAY} ('{told.date.date_text or told.sent.doc[told.hit.token_i].text}'"
                                            f"; '{draft.date.date_text}' is the day of the source)")
            if s_i > 0 and not draft.date.date_text and pub is not None and draft.event in VERBAL_TYPES \
                    and (said := speakers_day_told_before(head, sentences[s_i - 1],
                                                           without_dateline(sentences[s_i - 1], index), pub)) is not None:
                draft.date = said  # "..., the Border Service said on Tuesday. '...,' the Border Service said, accusing"
            elif s_i > lead and not draft.date.date_text and pub is not None and told_in_past(head, status) \
                    and (framed := framing_day(draft, head, drafts, sentences, lead, s_i, pub, index)) is not None:
                draft.date = framed  # '"...," Khrenin told reporters on Tuesday. He accused NATO of ...'
            elif s_i > lead and not draft.date.date_text and pub is not None and told_in_past(head, status) \
                    and (gathering := day_of_the_gathering_addressed(drafts, sentences, lead, s_i, pub, index)):
                draft.date = gathering  # "Leaders gathered ... on Thursday ... '...,' Japarov told the crowd. Zhang
                # said China was ready to help": the gathering's day, not that of a visit told between
            elif s_i > lead and not draft.date.date_text and pub is not None and told_in_past(head, status) \
                    and (told := episode_act(draft, drafts, lead, s_i, pub, index)) is not None:
                # "Police detained 40 people on Saturday ... The demonstrators were dispersed": an undated past act of
                # the scene told last happened on its day; a statement, on the day of its side's act or of its meeting
                draft.date = DateResolution(told.date.date, None, "", None, None,
                                            f"{EPISODE_DAY} ('{told.date.date_text or told.sent.doc[told.hit.token_i].text}')",
                                            told=told.date.told)  # (a report's day stays one: it may be an earlier act's)
                if (named := day_named_since_told(told, s_i, sentences, pub, index, drafts)) is not None:
                    draft.date = named  # "... on Monday. On Wednesday the minister received the commander [not coded].
                    # The Russian side handed over two drones": the nearest day named, coded or not
            elif s_i > lead and not draft.date.date_text and pub is not None and told_in_past(head, status) \
                    and (scene := day_of_the_occasion(draft, head, drafts, sentences, lead, s_i, pub,
                                                       index)) is not None:
                draft.date = scene  # "Turkey beat Georgia 2-1 on Tuesday ... Before kick-off, police fired tear gas"
            if status != "future" and not draft.date.date_text \
                    and (heading := weekday_heading_day(sentences, s_i, pub)) is not None:
                draft.date = heading  # "MONDAY. Tokayev hosted Mirziyoyev in Astana.": that Monday
            draft.date = week_recounted_in_speech(draft.date, head, sent)  # "Last week I travelled to Ankara": no day
            if sent_contexts is None:
                sent_contexts = find_contexts(contexts, lemmas, texts)
            draft.contexts = tuple(dict.fromkeys(rule.contexts + sent_contexts))
    date_from_the_next_telling(drafts, sentences, index, pub)
    overnight_begun_the_evening_before(drafts, sentences, index, pub)
    _apply_governs_maps(drafts, doc)
    drop_corrected_reports(drafts, sentences)
    _promises_meeting_demands(drafts, doc)
    drafts += _swap_halves(drafts, index)
    drafts += separate_meetings(drafts, index)
    drafts += _envoys_one_by_one(drafts)
    drafts += _crew_with_vessel(drafts, index)
    claimed_attacks(drafts, sentences, index)
    responses_to_claimed_acts(drafts, index)
    news_parties_only(drafts, index)
    deportees_told_before(drafts)
    for draft in drafts:
        if draft.verdict == "coded":
            draft.raw_confidence = _confidence(draft)
            draft.confidence = calibrated(draft.event, draft.raw_confidence)
    events, candidates, defaults, inferred = _finish(article, drafts, coder_name)
    spans = tuple((s.start_char, s.end_char) for s in sentences)
    return StoryAnalysis(article.id, events, candidates, spans, defaults, inferred, index.dateline_only_country)


def _state_warned_of(tok: "Token", index: MentionIndex) -> bool:
    """The warned-of clause has a state as its subject ("warning that Moscow would expel Latvian diplomats"), not
    people at risk ("warning that women ... could face persecution if returned")."""
    return any(entities_of([s], index) and all(is_state(e) for e in entities_of([s], index))
               for c in tok.children if c.dep_ == "ccomp" for s in subjects(c))


def _speaker_of_stray_conjunct(verb: "Token", index: MentionIndex) -> list[Entity]:
    """"Observers said that the vote was competitive ..., but criticised the misuse of resources": a speech act the
    parser joined to the reported clause, whose subject is a thing that cannot criticise, is the speaker's own."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is verb or first.dep_ != "ccomp" or first.head.lemma_.lower() not in SPEAKER_VERBS:
        return []
    subj = subjects(first)
    if not subj or any(actor_like(t, index) for t in subj):
        return []
    return [e for e in entities_of(subjects(first.head), index) if e.code]


NOMINALISED_ACTS = {"ASSAULT", "COERCE"}
# verbs that take a happened act as their object: "condemned the abduction of two aid workers"
PRESUPPOSING_VERBS = word_set("presupposing_verbs")


def _told_nominalisation(tok: "Token", hit: TriggerHit, index: MentionIndex) -> str:
    """"The killing of three students by police sparked anger", "the arrest of the opposition leader on
    Monday angered ...", "condemned the abduction of two aid workers": a definite act noun with its
    victim in an "of" phrase, as the subject of its clause (or the object of a verb that presupposes the
    act), reports the act like a passive verb would. Generic uses ("killing civilians is a crime",
    "the arrest of X would ...") are left to the noun's own licence and to the modality check."""
    if hit.rule.event not in NOMINALISED_ACTS or tok.tag_ not in ("NN", "NNS"):
        return ""
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_.lower() == "be":
            return ""
    elif not (tok.dep_ == "dobj" and head.lemma_.lower() in PRESUPPOSING_VERBS):
        return ""
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no", "every", "each") for c in tok.children):
        return ""
    patients = prep_objects(tok, ("of",))
    doers = prep_objects(tok, ("by",))
    # the victim is someone ("of three students", "of the opposition leader", "of two engineers") or the
    # "by" phrase names who did it
    if not patients or not any(actor_like(t, index) or any(c.dep_ == "nummod" for c in t.children) for t in patients) \
            and not any(actor_like(t, index) for t in doers):
        return ""
    return f"act noun with its victim ('{tok.text} of {patients[0].text}') as {tok.dep_} of '{head.text}'"


PROTEST_MANNER_NOUNS = word_set("protest_manner_nouns")


BODY_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY"})
STATE_BODY_WORDS = word_set("gathered_party_nouns") | word_set("state_body_nouns") | {"embassy", "consulate"}


def _state_body_named(subject: "Token", index: MentionIndex) -> bool:
    """Whether a subject, or the group it is a part of, is a state's body ("Members of the Azerbaijani delegation", "the
    Russian embassy's staff"): a state's walkout in protest, no crowd's (not "Hundreds of taxi drivers in Almaty": the
    city only places them)."""
    heads = [subject] + [o for o in prep_objects(subject, ("of",))]
    near = [t for h in heads for t in [h] + [c for c in h.children if c.dep_ in ("compound", "amod", "poss")]]
    if any(m.entity.sector in BODY_SECTORS and m.kind != "pronoun" for m in index.in_tokens(near)):
        return True
    return any(h.lemma_.lower() in STATE_BODY_WORDS for h in heads)


def _done_in_protest(tok: "Token", hit: TriggerHit, hits: Sequence[TriggerHit], index: MentionIndex) -> str:
    """"Hundreds of taxi drivers switched off their ride-hailing apps on Wednesday in a rare public protest against a new
    rule", "shopkeepers closed their stalls in protest": an act of people done as a protest is the protest, when the act
    has no trigger of its own ("resigned in protest", "walked out in protest" are coded from the verb; a state's act "in
    protest" is no crowd's: "broke off ties in protest")."""
    if hit.rule.event != "PROTEST" or tok.lemma_.lower() not in PROTEST_MANNER_NOUNS or tok.dep_ != "pobj" \
            or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return ""
    verb = tok.head.head
    for _ in range(2):  # "chained themselves to a fence in protest": the parser hung the phrase on the verb's "to" noun
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(h.token_i == verb.i for h in hits):
        return ""
    shared = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # ("switched off their apps and lined up their cars,
    # in protest": the subject is the first verb's)
    people = CROWD_WORDS | PEOPLE_NOUNS | PROTESTING_CROWDS
    # ("detained three activists who had chained themselves ... in protest": "who" is the activists)
    doers = [d for v in shared for s in subjects(v)
             for d in ((relative_antecedent(s, index) or [s]) if s.tag_ in ("WP", "WDT") else [s])]
    if not any({w.lemma_.lower(), w.lower_} & people for s in doers for w in s.subtree) \
            and not any(protesters_held(d, verb) for d in doers):  # ("detained four women who had chained themselves")
        return ""
    if any(_state_body_named(s, index) for s in doers):
        return ""
    return f"an act of people done in protest ('{verb.text} ... in {tok.text}')"


def _roles_of_the_act_beside(actors: list[Entity], recips: list[Entity], ra: str, rr: str, act_token: int,
                             drafts: Sequence[Draft], s_i: int) -> tuple[list[Entity], list[Entity], str, str]:
    """A demand told beside a protest or an adopted text takes the roles it lacks from that act ("summoned the Tajik
    ambassador, demanding the release of three herders": to Tajikistan; "parliament adopted a resolution demanding
    the withdrawal of Russian troops": by the parliament)."""
    act = next((d for d in drafts if d.sent_index == s_i and d.hit.token_i == act_token), None)
    if act is None:
        return actors, recips, ra, rr
    if not any(a.code for a in actors) and any(a.code for a in act.actors):
        actors, ra = list(act.actors), f"{ra}; the doer of '{act.sent.doc[act_token].text}'"
    if (not any(r.code for r in recips) or set(entity_codes(recips)) <= set(entity_codes(actors))) and any(r.code for r in act.recipients) \
            and not set(entity_codes(act.recipients)) <= set(entity_codes(actors)):
        recips, rr = list(act.recipients), f"{rr}; the addressee of '{act.sent.doc[act_token].text}'"
    return actors, recips, ra, rr


DEMANDING_TEXTS = DOCUMENT_NOUNS | {"resolution", "appeal", "petition"}


def _demanding_text(tok: "Token") -> bool:
    """A participle telling what a text demands ("a declaration demanding the withdrawal of Russian troops", "a
    statement calling on Russia to release them"): the text is the demand."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl"):
        return False
    if tok.dep_ == "acl":
        return tok.head.lemma_.lower() in DEMANDING_TEXTS
    # (the parser may hang it from the verb: "adopted a declaration on Tuesday demanding ...")
    return any(o.lemma_.lower() in DEMANDING_TEXTS for o in objects(tok.head)) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _protest_note_handed(verb: "Token") -> bool:
    """The verb a demanding participle hangs on hands over a note of protest ("summoned the ambassador and handed him a
    note of protest over the detentions, demanding consular access"): the demand is the note's content, one ACCUSE
    (rounds 29 and 34), not a speech act of its own."""
    return any(o.dep_ == "dobj" and any(note_of_protest(w) for w in o.subtree) for o in verb.children)


def _protest_note_demanding(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """The protest whose note a participle tells the content of ("handed the envoy a note of protest demanding an
    end to the shelling"): the token of that protest's trigger, or None."""
    if not (tok.dep_ == "acl" and _demanding_text(tok)):
        return None
    holder = tok.head.head
    above = by_token.get(holder.i)
    return holder.i if above is not None and above.rule.event == "ACCUSE" and tok.head.dep_ in ("dobj", "nsubjpass") else None


def _demand_joined_to_allegation(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """A demand joined to an allegation of abuse by the same speaker ("Tajikistan's border troops said Kyrgyz guards had
    beaten one of the shepherds and demanded that those responsible be punished"): one ACCUSE, as a note of protest that
    also demands measures is (round 29). The token of the allegation's reporting verb, or None."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    for holder in (tok.head, tok.head.head):  # (the parser may hang the demand on the alleged abuse's verb)
        above = by_token.get(holder.i)
        if above is not None and above.rule is ALLEGED_ABUSE_RULE:
            return holder.i
    return None


def _own_body_addressed(verb: "Token", draft: Draft) -> str:
    """A meeting someone tells or addresses that names no party but the speaker's own state ("Lukashenko told a meeting of
    the Security Council in Minsk", "Putin told a meeting of the Security Council on Monday"): a domestic body, no
    consultation with another side (not "told a meeting of CIS security chiefs in Moscow"); a recipient guessed from the
    story's other party does not count ("Kazakh Prime Minister Olzhas Bektenov told the meeting that ...": a bloc meeting
    told before is coded from its own words). Returns the body, or the meeting noun, or ""."""
    own = set(entity_codes(draft.actors)) - {""}
    named = set(entity_codes(draft.recipients)) if not draft.default_recipient else set()  # (a story's other party is a guess)
    if not own or named - own - {""}:
        return ""
    meeting = next((o for o in objects(verb) if o.lemma_.lower() in MEETING_NOUN_WORDS), None)
    if meeting is None:
        return ""
    body = prep_objects(meeting, ("of",))
    return body[0].text if body else meeting.text


MEETING_NOUN_WORDS = word_set("meeting_noun_words")


DETAINED_VESSELS = word_set("detained_vessels")


def _vessel_detained(verb: "Token") -> str:
    """A ship, a cargo or a vehicle detained ("The Estonian navy detained an oil tanker", "a cargo ship was detained"): it is
    seized (the regional gold's COERCE seize); its crew detained are arrested. Returns the noun, or ""."""
    held = passive_subjects(verb) if is_passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]
    if not held or not all(h.lemma_.lower() in DETAINED_VESSELS for h in held):
        return ""  # (not "arrested the captain of the sunken Sewol ferry", the ferry split off as a second object)
    return held[0].text


def _held_people(noun: "Token") -> bool:
    """A noun naming people held ("its six crew members", "the driver", "20 Iranian sailors"), not a thing."""
    words = {noun.lemma_.lower(), noun.lower_} | {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
    return noun.lemma_.lower() not in DETAINED_VESSELS and (bool(words & (PEOPLE_NOUNS | ACTOR_NOUNS))
                                                             or noun.ent_type_ in ("PERSON", "NORP"))


def _crew_with_vessel(drafts: Sequence[Draft], index: MentionIndex) -> list[Draft]:
    """The second act when a ship or a vehicle and the people on it are held together ("Azerbaijan's coast guard detained
    an Iranian fishing boat and its six crew members": the boat is seized, the crew arrested; "detained a truck and its
    driver"): one detention told of both is a COERCE seize and a COERCE arrest (the same roles), unless the story tells
    the other one too."""
    added: list[Draft] = []
    for d in drafts:
        if d.verdict != "coded" or d.event != "COERCE" or d.mode not in ("seize", "arrest") or d.hit.nominal \
                or d.hit.rule.mode != "arrest":
            continue
        verb = d.sent.doc[d.hit.token_i]
        held = list({h.i: h for t in (passive_subjects(verb) if is_passive(verb) else objects(verb))
                     for h in with_conjuncts(t)}.values())
        vessels = [h for h in held if h.lemma_.lower() in DETAINED_VESSELS]
        people = [h for h in held if h.pos_ in ("NOUN", "PROPN") and _held_people(h)]
        if not vessels or not people:
            continue
        other, word = ("arrest", people[0]) if d.mode == "seize" else ("seize", vessels[0])
        if any(o.verdict == "coded" and o.event == "COERCE" and o.mode == other and o.sent_index == d.sent_index
               for o in drafts):
            continue
        crew = [e for e in entities_of(people, index) if e.code] if other == "arrest" else []
        added.append(dataclasses.replace(
            d, hit=TriggerHit(word.i, d.hit.rule, nominal=True), mode=other, inferred=set(),
            recipients=crew or list(d.recipients), converted=f"'{vessels[0].text}' and '{people[0].text}' held together",
            recipient_reason=d.recipient_reason if not crew else f"the people held ('{people[0].text}')"))
    return added


PROCEDURE_STEPS = word_set("procedure_steps")


def _procedural_step(verb: "Token") -> str:
    """A coercive step planned after a stage of a procedure ("the foreigners would be deported once the investigation is
    complete", "They will be deported after a court hearing", "will be held pending trial"): the next step of a case,
    no threat (not "will expel all diplomats if ...", nor "will deport them within 48 hours"). Returns the stage's
    words, or ""."""
    stages = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("after", "following", "pending", "until")
              for o in p.children if o.dep_ == "pobj"]
    stages += [t for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("once", "after", "when", "until") for m in c.children)
               for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
    step = next((t for t in stages if t.lemma_.lower() in PROCEDURE_STEPS), None)
    return step.text if step is not None else ""


def _protest_note_naming(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """The protest whose note a characterising participle tells the content of ("summoned the Iranian ambassador on
    Monday and handed him a note describing the adviser's comments as unacceptable interference"): one protest, the
    token of its trigger (the handing, or the summons it is told with), or None."""
    if tok.dep_ != "acl" or tok.lemma_.lower() not in CHARACTERISING_VERBS \
            or tok.head.lemma_.lower() not in NOTE_NOUNS or tok.head.dep_ not in ("dobj", "nsubjpass"):
        return None
    holder = tok.head.head
    for act in [holder] + ([holder.head] if holder.dep_ == "conj" else []):
        above = by_token.get(act.i)
        if above is not None and above.rule.event == "ACCUSE" and act.i != tok.i:
            return act.i
    return None


MEASURE_TEXT_NOUNS = word_set("measure_text_nouns")


def _terms_of_measure(tok: "Token", hit: TriggerHit, told_before: Sequence[Draft]) -> str:
    """What the text of a measure told before provides, told in the present ("Ukraine imposed sanctions on Wednesday
    on 14 Chinese companies. A decree signed by President Zelensky freezes the companies' assets and bars them from
    public procurement"): the measure's terms, not a second act. Returns the measure's trigger word, or ""."""
    if hit.nominal or hit.rule.event not in ("COERCE", "SANCTION") or tok.tag_ not in ("VBZ", "VBP"):
        return ""
    verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) else tok
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in MEASURE_TEXT_NOUNS for c in verb.children):
        return ""
    measure = next((d for d in reversed(told_before) if d.verdict == "coded" and d.event == "SANCTION"), None)
    return measure.sent.doc[measure.hit.token_i].text if measure is not None else ""


def _launch_told_before(tok: "Token", hit: TriggerHit, told_before: Sequence[Draft]) -> str:
    """A definite weapon launched in the passive with no doer, after a weapons launch coded as a test or a show of
    force ("North Korea fired a ballistic missile into the sea ... The JCS said the missile was launched from the Sunan
    area"): the same launch told in detail, no attack. Returns the earlier launch's trigger word, or ""."""
    if hit.nominal or hit.rule.event != "ASSAULT" or not is_passive(tok) or agents(tok):
        return ""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for s in passive_subjects(tok) for c in s.children):
        return ""
    launch = next((d for d in reversed(told_before) if d.verdict == "coded" and d.event == "MOBILIZE"
                   and d.mode == "weapons"), None)
    return launch.sent.doc[launch.hit.token_i].text if launch is not None else ""


DEAL_TERMS_NOUNS = word_set("deal_terms_nouns")
IN_RETURN_NOUNS = word_set("in_return_nouns")


def _under_the_deal(sent: "Span") -> bool:
    """The sentence tells what a deal provides: "Under its terms Uzbekistan is to deliver ...", "Under the deal,
    Russia will supply ..."."""
    return has_lower(sent, {"under"}) and any(t.lower_ == "under" and t.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in DEAL_TERMS_NOUNS for o in t.children) for t in sent)


def _in_return(sent: "Span") -> bool:
    """The sentence opens with the other side's part of a bargain: "In return, Bishkek has committed to release ..."."""
    table = nlp.token_table(sent.doc)
    words = [table.lower[i] for i in range(sent.start, sent.end) if not table.punct[i]][:2]
    return len(words) == 2 and words[0] == "in" and words[1] in IN_RETURN_NOUNS


def _terms_of_deal_told_before(tok: "Token", hit: TriggerHit, s_i: int, told_before: Sequence[Draft]) -> str:
    """What a deal signed in the sentence before provides, told as promises ("Kyrgyzstan, Kazakhstan and Uzbekistan
    signed a power-for-water agreement on Tuesday. Under its terms Uzbekistan is to deliver up to 1.1 billion
    kilowatt-hours ... In return, Bishkek has committed to release ... water"): the terms of the signed deal (its
    SUPPORT), not new AGREEs (round 29), whatever act they promise ("Under its terms Moscow is to ship ... petrol").
    Returns the signing's trigger word, or ""."""
    if hit.nominal or tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children):
        return ""  # (a deed done under the deal is told as done: "Under the deal, Russia freed five prisoners")
    sent = tok.sent
    terms = _under_the_deal(sent)
    if not terms and not _in_return(sent):
        return ""
    for d in reversed(told_before):
        if d.sent_index >= s_i or d.sent_index < s_i - 2:
            continue
        if d.verdict == "coded" and d.event in ("SUPPORT", "AGREE") and d.sent_index == s_i - 1 \
                and not d.hit.nominal and d.sent.doc[d.hit.token_i].lemma_.lower() in ("sign", "conclude", "ink"):
            return d.sent.doc[d.hit.token_i].text
        if d.verdict.startswith("not coded: the terms of the deal") and d.sent_index == s_i - 1:
            return d.verdict.split("'")[1]  # "In return, ...": the other half of the terms told before
    return ""


def _same_act_described(tok: "Token", hit: TriggerHit, by_token: dict[int, TriggerHit]) -> int | None:
    """A participle on a noun that an act of the same kind is told for or in ("put its units on high alert on Monday
    for a snap combat readiness check ordered by the Central Military District"): it describes that act, not a second
    one; the token of the act, or None."""
    if hit.nominal or tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.dep_ != "pobj" or tok.head.head.dep_ != "prep":
        return None
    holder = tok.head.head.head
    above = by_token.get(holder.i)
    return holder.i if above is not None and above.rule.event == hit.rule.event and holder.i != tok.i else None


def _signing_of_text(noun: "Token", by_token: dict[int, TriggerHit]) -> "Token":
    """The verb that signs or reaches a text, however deep the text's noun sits in its object ("signed a joint
    statement on deepening their partnership and an agreement under which ...", the agreement read as a conjunct of
    the partnership): the nearest signing or agreeing trigger above it, else the noun's head."""
    cur = noun
    for _ in range(6):
        if cur.dep_ not in ("conj", "appos", "dobj", "pobj", "prep", "pcomp", "nsubjpass") or cur.head.i == cur.i:
            break
        cur = cur.head
        above = by_token.get(cur.i)
        if above is not None and above.rule.event in ("SUPPORT", "AGREE"):
            return cur
    return noun.head


def _terms_of_signed_text(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """What a signed text provides for, told in a clause on it in the future ("signed a memorandum on Tuesday under
    which their counter-narcotics agencies will exchange information", "an agreement that will allow Uzbek workers
    to ..."): the text's terms, part of the signing, not an act of their own; the token of the signing, or None."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would", "shall"} for c in tok.children):
        return None
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in AGREEMENT_NOUNS | SIGNED_THINGS:
        holder = _signing_of_text(tok.head, by_token)
    elif tok.dep_ == "advcl" and any(c.dep_ == "prep" and any(p.lower_ == "which" for p in c.children)
                                     for c in tok.children) and any(
            o.lemma_.lower() in AGREEMENT_NOUNS for o in objects(tok.head)):
        holder = tok.head  # ("signed a memorandum on Tuesday under which ...", the clause hung on the verb)
    else:
        return None
    above = by_token.get(holder.i)
    return holder.i if above is not None and above.rule.event in ("SUPPORT", "AGREE") and holder.i != tok.i else None


def _received_with_protest(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """A meeting told together with handing over a protest ("The ambassador was received at the Foreign Ministry by a
    deputy minister and handed a note of protest"): the summoned envoy's reception is the protest, not talks; and a
    note handed to an envoy told as summoned ("The ambassador, who was summoned to the ministry on Monday, was handed
    a note"): the summons. The token of the protest's trigger, or None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    # "The ambassador, who was summoned on Monday, was handed a note of protest": the note is the summons
    summoned = [c for s in passive_subjects(tok) for c in s.children if c.dep_ == "relcl" and c.i != tok.i]
    for act in ([*tok.conjuncts] if by_token[tok.i].rule.event == "CONSULT" else []) + summoned:
        above = by_token.get(act.i)
        if above is not None and above.rule.event == "ACCUSE" and (act.lemma_.lower() == "summon" or any(
                o.lemma_.lower() in NOTE_NOUNS | {"protest"} for o in objects(act))):
            return act.i
    return None


def _beneficiaries(tok: "Token", hit: TriggerHit, sent_countries: Sequence[str], index: MentionIndex,
                   actors: Sequence[Entity], reason: str) -> tuple[list[Entity], str]:
    """'provided food to 550 households', 'relief for four million people': civilians who receive aid are
    its recipient (CVL), of the country named in the sentence other than the giver's, else none.
    'cut military aid to its allies', 'found the former minister guilty': a party named by a common noun
    (or, for a sanction, a person named as the one found guilty) is the recipient, country as above."""
    verb = tok if not hit.nominal else clause_verb(tok)
    cands = objects(verb) + prep_objects(verb, ("to", "for", "among"))
    cands += [p for o in objects(verb) for p in prep_objects(o, ("to", "for"))]
    own = {a.code for a in actors}
    passing = {m.entity.code for m in index.in_sentence(verb.sent.start, verb.sent.end)
               if incidental_country(verb.doc[m.token_start], verb)}  # ("for fighting in the war in Ukraine")
    country = next((c for c in sent_countries if c not in own and c not in passing), "")
    if hit.rule.event == "SANCTION":
        sector = ""
        # the party named in "to"/"for" (the direct object is what is withheld): "cut aid to its allies";
        # only with a country other than the actor's, else the party is unknown (never the actor's own)
        parties = [c for c in prep_objects(verb, ("to", "for")) + [p for o in objects(verb) for p in prep_objects(o, ("to", "for"))]
                   if c.pos_ == "NOUN" and c.lemma_.lower() in ACTOR_NOUNS] if country else []
        # "found Ivan Petrov guilty": the subject of the small clause
        people = parties + [s for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ"
                            for s in c.children if s.dep_ == "nsubj" and (s.pos_ == "PROPN" or s.lemma_.lower() in ACTOR_NOUNS)]
        if hit.rule.mode == "convict":  # "sentenced three men to ten years": the people sentenced; "handed down
            # a sentence to a Jehovah's Witness": the one it was handed to
            sentenced = objects(verb) + (prep_objects(verb, ("to", "on")) if hit.rule.object else [])
            people += [o for o in sentenced if (o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME"))
                       or o.lower_ in ("him", "her", "them")
                       or o.lemma_.lower() in ACTOR_NOUNS
                       or o.lemma_.lower() in BENEFICIARY_NOUNS or o.lemma_.lower() in CONVICTED_NOUNS
                       or (o.like_num and bool(prep_objects(o, ("of",))))]  # "ordered 14 of those detained to serve ..."
    else:
        sector = "CVL"
        people = [c for c in cands if c.lemma_.lower() in BENEFICIARY_NOUNS or c.lower_ in BENEFICIARY_NOUNS
                  or c.ent_type_ == "PERSON"]  # ("granted asylum to WikiLeaks founder Julian Assange")
    if not people:
        return [], reason
    who = people[0]
    text = " ".join(t.text for t in who.subtree) if len(list(who.subtree)) <= 8 else who.text
    why = f"beneficiaries '{who.text}' (civilians)" if sector else f"recipient '{who.text}' (a party named by a common noun or a person)"
    return [Entity(code=country, sector=sector, entity_text=text)], f"{reason}; {why}"




GRANT_NOUNS = word_set("grant_nouns")


def _purpose_of_grant(verb: "Token", actors: Sequence[Entity], index: MentionIndex) -> tuple[list[Entity], str] | None:
    """The country a lender's grant or loan is for, when no recipient is named but the money has a purpose: "The
    Eurasian Development Bank approved a $10 million grant to rebuild roads in the affected districts", "approved a $25
    million grant on Wednesday to repair schools damaged by the earthquake in the Jalal-Abad region": the country of a
    place named in the purpose, else the story's country (never the lender's own)."""
    if not actors or not all(a.code in NON_STATE_CODES or a.sector in ("IGO", "NGO", "MNC", "BUS") for a in actors):
        return None
    money = [o for o in objects(verb) if o.lemma_.lower() in GRANT_NOUNS or any(
        c.lemma_.lower() in GRANT_NOUNS for c in o.subtree if c.dep_ in ("compound", "nmod", "pobj"))]
    if not money:
        return None
    purposes = [c for o in money for c in o.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)]
    purposes += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)]
    if not purposes:
        return None
    own = {a.code for a in actors}
    for purpose in purposes:
        for m in index.in_tokens(sorted(purpose.subtree, key=lambda t: t.i)):
            if m.entity.code and m.entity.code not in own and m.entity.code not in NON_STATE_CODES and m.kind != "pronoun":
                why = f"the country of the works it pays for: '{m.text}' -> {m.entity.code}"
                return [Entity(code=m.entity.code, sector="")], why
    home = state_of_the_story(index)
    if home and home not in own and home not in NON_STATE_CODES:
        return [Entity(code=home, sector="")], f"the works it pays for ('{purposes[0].text} ...') in the story's country -> " + home
    return None


CONVICTED_NOUNS = word_set("convicted_nouns")
CALLING_VERBS = word_set("calling_verbs")
HALTING_VERBS = word_set("halting_verbs")


def _called_for_a_coming_day(tok: "Token", nominal: bool) -> str:
    """A gathering called or announced for a day ahead ("Organisers have called another demonstration for Saturday",
    "They have announced a march for next Sunday", "The union has called another strike for next Monday"): a plan,
    no protest yet. `tok` is the gathering noun, or the calling verb. Returns the "for" phrase, or ""."""
    verb = tok.head if nominal else tok
    if (nominal and tok.dep_ != "dobj") or verb.lemma_.lower() not in CALLING_VERBS:
        return ""
    if not nominal and not any(o.lemma_.lower() in CALLED_EVENTS for o in objects(verb)):
        return ""  # (not "a decree calling up 6,000 reservists for two months")
    for w in prep_objects(verb, ("for",)) + [p for o in objects(verb) for p in prep_objects(o, ("for",))]:
        if w.lower_ in DAY_WORDS or w.lower_ in MONTHS or any(c.lower_ in ("next", "coming") for c in w.children):
            return f"for {w.text}"  # ("for Saturday", "for December 3", "for next Sunday"; not "for two months")
    return ""


def _foreseen_consequence(noun: "Token") -> str:
    """An act noun a coming step would set off ('"Any new attempt to touch Karakalpakstan's status would trigger
    protests again," said an analyst'): a consequence foreseen, no one's promise or threat. Returns the verb, or ""."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ELICITING_VERBS:
        return noun.head.text
    return ""


def _stopped_itself(verb: "Token") -> str:
    """A doer that stops or halts, with nothing stopped ("a patrol ordered them to stop", "told the men to halt"):
    no act of stopping anyone. A gerund complement with its own object is what is stopped ("stopped pumping gas"; not
    "to stop fighting"). Returns the verb, or ""."""
    if verb.lemma_.lower() not in HALTING_VERBS or objects(verb) or is_passive(verb) \
            or any(c.dep_ == "xcomp" and c.tag_ == "VBG" and objects(c) for c in verb.children):
        return ""
    return verb.text




def _common_nouns_acted_on(tok: "Token", hit: TriggerHit) -> bool:
    """The act falls on people or things named by common nouns ("captured two soldiers", "stormed a police station");
    a name ("captured Birao", "captured Mubi") may be a place the rule does not know, so the rule's own type stays."""
    acted_on = objects(tok) if not hit.nominal else []
    return not acted_on or all(o.pos_ != "PROPN" for o in acted_on)


def _ruling(entity: Entity) -> bool:
    """An armed group named as the power in a place ("Taliban authorities", "Houthi police"): it rules there."""
    words = entity.entity_text.lower().split()
    return bool(words) and words[-1] in RULING_NOUNS


ARMED_MODES = {"arrest": "abduct"}  # the mode of an act by an armed group that a state does otherwise: "captured two soldiers"


JOINT_WORDS = {"joint", "bilateral", "trilateral", "multinational"}


DECIDING_VERBS = {"decide"}


def _decision_taken(tok: "Token") -> str:
    """The past or perfect "decided" an infinitive hangs on, with no modal ("We have decided to recall our ambassador",
    "the government decided to expel two diplomats"; not "may decide to recall", "will decide whether to"). Returns the
    verb's text, or ""."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() not in DECIDING_VERBS or not to_infinitive(tok):
        return ""
    auxes = [c for c in head.children if c.dep_ == "aux"]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return ""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in [*head.children, *tok.children]):
        return ""  # ("decided to expel the attache unless Minsk frees the journalist": a threat)
    perfect = head.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)
    return head.text if head.tag_ == "VBD" or perfect else ""


def _will_not(tok: "Token", cue: str) -> bool:
    """A refusal told with a modal: "will never negotiate", "would not sign" (not "did not meet", "never signed", nor
    "will not meet this week because of scheduling problems")."""
    verb = clause_verb(tok)
    if any(c.dep_ in ("advcl", "prep") and (c.lower_ in ("because", "due", "owing") or any(
            m.dep_ == "mark" and m.lower_ == "because" for m in c.children)) for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall", "'ll") for c in verb.children)


def _exercise_named(tok: "Token") -> bool:
    """An exercise is what the troops would not go to ("Yerevan would not take part in the CSTO exercise", "will not send
    troops to the Zapad drills"): a state staying away from a bloc's exercise (REJECT, round 28), not a halted
    deployment ("will not send troops to Ukraine")."""
    verb = clause_verb(tok)
    return tok.lemma_.lower() in EXERCISE_NOUNS or any(w.lemma_.lower() in EXERCISE_NOUNS or w.lower_ in EXERCISE_NOUNS
                                                       for w in verb.subtree if w.i > verb.i)


def _cannot(tok: "Token") -> bool:
    """Help refused as beyond one's means: "cannot accept any more refugees" (a refusal of what is asked)."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in clause_verb(tok).children)


def _partner_deployment(tok: "Token", index: MentionIndex, promised: bool = False) -> bool:
    """Troops sent to another state to help it: a state named as the destination ("to Mali", "in Estonia") and a
    word of help in the clause ("to help the government fight", "at its request"); a promise may also name an
    alliance ("as part of a NATO force", "for joint exercises")."""
    places = [m.entity.code for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "in")
              for o in p.children if o.dep_ == "pobj" and (m := index.by_token.get(o.i)) is not None and m.kind == "country"]
    cues = PARTNER_CUES | (ALLIANCE_CUES if promised else frozenset())
    if promised and places and _told_to_host(tok, index, places):
        return True  # "Ruto told Haiti's prime minister that Nairobi would send another 600 police officers to Haiti"
    if not places or not any(t.lemma_.lower() in cues or t.lower_ in cues for t in tok.subtree):
        return False
    # "to support separatists": help to a side inside the state is no help to the state
    return not any(t.dep_ == "dobj" and t.head.lemma_.lower() in PARTNER_CUES and t.lemma_.lower() in ARMED_SIDE_NOUNS
                   for t in tok.subtree)


def _told_to_host(tok: "Token", index: MentionIndex, places: Sequence[str]) -> bool:
    """A deployment told to the leaders of the state it goes to ("told Haiti's prime minister that Nairobi would send
    600 police officers to Haiti"): a promise to that state."""
    cur = tok
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in PLAN_TELLING_VERBS:
        return False
    told = [c for c in cur.head.children if c.dep_ in ("dobj", "dative", "iobj")]
    return any(e.code in places for e in entities_of(told, index))


PLAN_TELLING_VERBS = word_set("plan_telling_verbs")


def _across_a_boundary(obj: "Token") -> bool:
    """A "with" object right after a border noun names the neighbour, wherever the parse hangs it ("held exercises
    near the border with Afghanistan": Afghanistan is no partner)."""
    prep = obj.head
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in BOUNDARY_NOUNS


def _joint_marked(tok: "Token", hit: TriggerHit, index: MentionIndex) -> bool:
    """The act is marked as joint: "joint"/"bilateral" on the trigger, its head or its pattern word
    ("began joint exercises"), or a partner country after "with"/"alongside"."""
    doc = tok.doc
    mods = {c.lower_ for c in tok.children} | {c.lower_ for c in tok.head.children} | {
        c.lower_ for i in hit.consumed for c in doc[i].children}
    if mods & JOINT_WORDS:
        return True
    partners = entities_of([o for o in prep_objects(tok, ("with", "alongside")) + prep_objects(clause_verb(tok), ("with", "alongside"))
                            if not _across_a_boundary(o)], index)
    if entity_codes(partners):
        return True
    # coordinated doers of different sides: "US marines and Jordanian forces staged the war game",
    # "the US and its Western allies launch war games" (a named actor with a partner of another or no country)
    verb = clause_verb(tok)
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for doer in doers:
        group = [doer, *doer.conjuncts]
        if len(group) < 2:
            continue
        codes = [next(iter(entity_codes(entities_of([t], index))), "") for t in group]
        if any(codes) and (len(set(codes)) > 1):
            return True
    return False


def _forces_held_in(noun: "Token", index: MentionIndex) -> list[Entity]:
    """The armed forces a check or a drill told as a noun was held in, which are its doers: "A surprise inspection of
    combat readiness started on Tuesday in the Belarusian air force"."""
    verb = clause_verb(noun)
    places = prep_objects(noun, ("in", "among")) + (prep_objects(verb, ("in", "among")) if verb.i != noun.i else [])
    return [e for e in entities_of(places, index) if e.code and e.sector == "MIL"]


def _partners_in_subject(tok: "Token", hit: TriggerHit, actors: Sequence[Entity], index: MentionIndex) -> list[Entity]:
    """The other side of a joint act named by nationality inside the subject phrase, where the parser hung it off the
    first doer ("Troops from the Russian base at Kant and Kyrgyz special forces began a joint exercise": "Kyrgyz" sits
    under "Kant")."""
    verb = clause_verb(tok) if hit.nominal else tok
    own = set(entity_codes(actors))
    found: list[Entity] = []
    for subj in subjects(verb):
        for m in index.in_tokens(sorted(subj.subtree, key=lambda t: t.i)):
            if m.kind in ("country", "demonym", "sector") and m.entity.code and m.entity.code not in own \
                    and m.entity.code not in NON_STATE_CODES and m.entity.code not in entity_codes(found):
                found.append(Entity(code=m.entity.code, sector=m.entity.sector, entity_text=m.text))
    return found


def _negated_trait(tok: "Token") -> str:
    """A negated act in a present-tense relative clause that describes its antecedent ("reliable partners who do not
    bow to outside pressure", "a partner that does not bow to pressure from anyone"): a trait praised or blamed, no
    refusal of the news period. Returns the antecedent, or ""."""
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBP", "VBZ", "VB"):
        return ""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in tok.children):
        return ""  # ("an offer which we will not accept")
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return ""  # the antecedent must be the doer ("the demands that Kyiv does not accept" is a refusal)
    return tok.head.text


STANDING_TERMS_NOUNS = word_set("standing_terms_nouns")


def _refused_terms(tok: "Token") -> str:
    """A refusal to act under a kind of pressure, not of an offer ("Tehran would not negotiate 'under the shadow of
    threats'", "will never talk under pressure"): a standing position (round 30), unlike refusing a named offer or
    meeting. Returns the words, or ""."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return ""  # ("will never negotiate with the United States under pressure": a named party refused)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("under", "at"):
            if any(t.lemma_.lower() in STANDING_TERMS_NOUNS for t in prep.subtree):
                return " ".join(t.text for t in prep.subtree)
    return ""


def _announced_rally(tok: "Token") -> bool:
    """A rally or march announced for later with no condition set to anyone ("said it would hold another rally on
    Saturday", "they would stage a march to parliament next week"): a timetable of the protesters, no threat; a rally
    promised "if/unless" a demand is not met stays THREATEN."""
    if not (tok.lemma_.lower() in RALLY_WORDS or any(o.lemma_.lower() in RALLY_WORDS for o in tok.children
                                                     if o.dep_ == "dobj")):
        return False  # ("will boycott the vote", "will blockade the port": still threats)
    return not any(m.lower_ in ("if", "unless") for m in _condition_marks(tok))




def _unless_clause(tok: "Token") -> bool:
    """The trigger's clause carries an "unless ..." condition."""
    return any(m.lower_ == "unless" for m in _condition_marks(tok))


ATTENDING_VERBS = word_set("attending_verbs")


VISIT_CANCEL_RULES = {"SANCTION/cancel_visit", "SANCTION/call_off_visit"}


HOSTILE_CAUSE_WORDS = word_set("hostile_cause_words")


def _mishap_deplored(verb: "Token") -> str:
    """The accident or hazard a regret or concern is about ("regretted the incident in which a driver died in a road
    accident", "voiced concern over the earthquake"), when nothing in it tells of a hostile hand ("the crash of the
    airliner shot down by air defences" stays an accusation). Returns the hazard word, or ""."""
    topic = [t for o in objects(verb) + prep_objects(verb, ("over", "about", "at", "by")) for t in o.subtree]
    hazard = next((t for t in topic if t.lemma_.lower() in HAZARD_NOUNS), None)
    if hazard is None or any(t.lemma_.lower() in HOSTILE_CAUSE_WORDS or t.lower_ in HOSTILE_CAUSE_WORDS for t in topic):
        return ""
    return hazard.text


def _meeting_at_home(verb: "Token", index: MentionIndex) -> str:
    """The called-off meeting was with people of no state ("cancelled its meeting with voters in Gyumri"): the words,
    or "" (a meeting with another side: "cancelled talks with the Azerbaijani delegation")."""
    partners = [p for o in objects(verb) for p in prep_objects(o, ("with",))]
    if partners and not any(e.code for e in entities_of(partners, index)):
        return partners[0].text
    return ""


DELEGATION_NOUNS = word_set("delegation_nouns")


def _no_delegation_goes(verb: "Token") -> bool:
    """A side's announced boycott told by its delegation that will not go: "confirmed that no Armenian delegation would
    travel to next week's summit", "no Azerbaijani delegation would go to the CSTO summit" (REJECT meet)."""
    return verb.lemma_.lower() in DELEGATION_TRAVEL_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DELEGATION_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children) and bool(
        prep_objects(verb, ("to",)) or objects(verb))  # ("would travel to the summit", "would attend the summit")


DELEGATION_TRAVEL_VERBS = word_set("delegation_travel_verbs")


def _sent_only_to_a_place(verb: "Token") -> bool:
    """A delegation not sent to a country or city, with no meeting named where it would go ("Turkmenistan has not sent
    an official delegation to Kabul to discuss the canal", "has not yet sent a delegation to Bishkek for talks"): no
    visit made yet, no boycott of a gathering (REJECT meet is staying away from a summit or session)."""
    goals = [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
             for o in p.children if o.dep_ == "pobj"]
    return bool(goals) and all(o.pos_ == "PROPN" for o in goals) \
        and not any(t.lemma_.lower() in MEETING_NOUN_WORDS for t in verb.subtree)


def _each_other(verb: "Token") -> bool:
    """The act is done by each of two sides on the other: "accused each other", "blamed one another", "Each side accused
    the other"."""
    objs = objects(verb) + prep_objects(verb, ("on", "at", "against", "with", "to"))
    dets = {d.lower_ for o in objs if o.lower_ in ("other", "another") for d in o.children if d.dep_ == "det"}
    return bool(dets & {"each", "one"}) or ("the" in dets and any(
        d.lower_ == "each" for s in subjects(verb) for d in (s, *s.children)))


HOSTILE_ACTS = type_set("hostile_acts")
UNSCHEDULED_ACTS = type_set("unscheduled_acts")
UNSCHEDULED_COERCE_MODES = word_set("unscheduled_coerce_modes")


def _unscheduled(draft: Draft) -> bool:
    """An act no timetable plans (an arrest, a seizure, an attack): its present tense with a weekday is a headline's."""
    return draft.event in UNSCHEDULED_ACTS or (draft.event == "COERCE" and draft.hit.rule.mode in UNSCHEDULED_COERCE_MODES)


def _last_supply_cut(earlier: Sequence[Draft]) -> "Draft | None":
    """The last coded cut of a supply (COERCE withhold) whose parties an agentless restoration gives back to
    ("Uzbekistan's gas company halted deliveries to Tajikistan on Monday. Deliveries resumed on Thursday": UZB -> TJK),
    or None."""
    for d in reversed(earlier):
        if d.verdict == "coded" and d.event == "COERCE" and d.mode == "withhold" and any(a.code for a in d.actors):
            return d
    return None


def _two_sides_before(earlier: Sequence[Draft], s_i: int, facing_only: bool = False) -> list[Entity]:
    """The two or more sides of the last coded act of the last few sentences between sides that face each other
    ("Iranian border guards and Taliban forces traded fire on Sunday", "Tajik troops shelled Kyrgyz villages"), passing
    over a third party's appeal to both ("Russia and Kazakhstan urged both sides to show restraint. Each side accused
    the other": Kyrgyzstan and Tajikistan); else (unless `facing_only`) of the last coded act that had several actors."""
    recent = [d for d in earlier if d.sent_index >= s_i - SCENE_REACH and d.verdict == "coded"]
    for d in reversed(recent):
        if (sides := _facing_sides(d)):
            return sides
    for d in reversed(recent if not facing_only else ()):
        named = dedupe_codes([a for a in d.actors if a.code])
        if len(named) >= 2:
            return named
    return []


def _facing_sides(d: Draft) -> list[Entity]:
    """The sides of an act that face each other: several actors who are each other's recipients ("Kyrgyz and Tajik
    border guards exchanged fire"), or the doer and the target of a violent act ("Tajik troops shelled Kyrgyz
    villages", "Armenia accused Azerbaijan of shelling"); [] for any other act ("Russia and Kazakhstan urged both sides
    to show restraint")."""
    actors = dedupe_codes([a for a in d.actors if a.code])
    recips = dedupe_codes([r for r in d.recipients if r.code])
    mine, theirs = {a.code for a in actors}, {r.code for r in recips}
    if len(mine) >= 2 and mine == theirs:
        return actors
    if d.event in HOSTILE_ACTS and mine and theirs and not mine & theirs:
        return actors + recips
    return []


def _kept_away(verb: "Token") -> str:
    """Why someone who did not attend did not refuse: could not ("could not attend the summit"), was unable to, or
    a hazard kept them away (see vetoes.hazard_cause). Returns the words, or ""."""
    if any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children):
        return "could not"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("unable", "able"):
        return verb.head.text
    return hazard_cause(verb)


def _visit_by_other(verb: "Token", index: MentionIndex) -> str:
    """The cancelled visit is another side's ("Baku cancelled a visit by Russian Deputy Prime Minister Overchuk"): the
    canceller refuses to receive the guest. Returns the guest's words, or "" (one's own visit: "cancelled his planned
    visit to Kyrgyzstan")."""
    guests = [g for o in objects(verb) for g in prep_objects(o, ("by", "of"))]
    own = {e.code for e in entities_of(subjects(verb), index) if e.code}
    theirs = [e for e in entities_of(guests, index) if e.code and e.code not in own]
    return theirs[0].entity_text if theirs else ""


OFFER_NOUNS = word_set("offer_nouns")


def _refused_offer(agree: "Token") -> bool:
    """A negated "agree" refuses something only when what was not agreed to is the other side's offer or demand ("did
    not agree to Baku's proposal", "would not agree to the terms"), or when it is willed ("would not agree", "refused
    to agree"); "met but failed to agree on the removal of two posts" or "did not agree on new rules" is talks without
    a result, no refusal."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in agree.children):
        return True
    asked = objects(agree) + prep_objects(agree, ("to",))
    return any(o.lemma_.lower() in OFFER_NOUNS for o in asked)


THREAT_MODALS = {"could", "may", "might", "would", "can"}
CONDITIONAL_THREAT_MARK = " (a step on a condition) -> THREATEN"


def _conditional_threat(tok: "Token", rule: TriggerRule, draft: "Draft", index: MentionIndex) -> str:
    """A harmful step the speaker's side says it could take on a condition set to the other side (PLOVER THREATEN):
    "said it could suspend the recruitment scheme if the treatment of its citizens did not improve", "may halt
    electricity exports unless the gas supply is restored", "Russia could introduce visas ... if Dushanbe does not
    take back migrants". A benefit withheld counts only with "unless" ("could restore supplies if Chisinau pays" is
    an offer). Not another side's possible act ("Moldova said Russia could attack if ..."). Returns the condition word."""
    if draft.modality.cue.lower() not in THREAT_MODALS:
        return ""
    marks = [m.lower_ for m in _condition_marks(tok) if m.lower_ in ("if", "unless")] + _inverted_should(tok)
    if not marks:
        return ""
    harmful = rule.event == "THREATEN" or draft.event in THREATENING_FUTURE
    if not harmful and not (draft.event in CONDITIONAL_THREAT_TYPES and "unless" in marks):
        return ""
    if not condition_set_to_party(tok, index):
        return ""
    verb = clause_verb(tok)
    doers = {e.code for e in entities_of([t for t in subjects(verb) if t.pos_ != "PRON"], index) if e.code}
    top = verb
    while top.dep_ in ("conj", "xcomp") and top.head.i != top.i:
        top = top.head
    said_by = [t for t in subjects(top.head) if nationality_told(t, index)] if top.dep_ == "ccomp" else []
    speakers = {e.code for e in entities_of(said_by, index) if e.code}
    if doers and speakers and not doers & speakers:
        return ""
    return marks[0]


def _only_condition(tok: "Token") -> bool:
    """The trigger's clause carries an "only if / only after / only once ..." condition."""
    return any(m.lower_ in ONLY_CONDITION_MARKS and m.i > 0 and m.doc[m.i - 1].lower_ == "only" for m in _condition_marks(tok))


def _inverted_should(tok: "Token") -> list[str]:
    """["should"] when the trigger's clause carries a condition told by inversion ("might close the crossing should
    Tbilisi join EU sanctions"), else []."""
    for c in clause_verb(tok).children:
        if c.dep_ == "advcl" and any(m.dep_ == "aux" and m.lower_ == "should" and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.i > m.i for s in c.children) for m in c.children):
            return ["should"]
    return []


def _condition_marks(tok: "Token") -> list["Token"]:
    return [m for c in clause_verb(tok).children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]


WARNING_VERBS = word_set("threat_reporting_verbs")


def _threat_condition_marks(tok: "Token") -> list["Token"]:
    """The condition marks of a threat, also inside the clause a warning verb reports: "warned that Minsk would respond
    with everything it has if Poland went ahead with plans ..." (the "if" hangs on "respond", not on "warned")."""
    verb = clause_verb(tok)
    said = [c for c in verb.children if c.dep_ == "ccomp"] if verb.lemma_.lower() in WARNING_VERBS else []
    return _condition_marks(tok) + [m for c in said for a in c.children if a.dep_ == "advcl"
                                    for m in a.children if m.dep_ == "mark"]


ONLY_CONDITION_MARKS = {"if", "after", "when", "once"}
THREAT_CONDITION_MARKS = {"if", "unless"}


def _threatened_act_mode(contexts: ContextLexicon, event: str, tok: "Token", subtree: list[int],
                         table: nlp.TokenTable) -> str:
    """The mode of a threat read first from its words outside the "if/unless" clause: "would suspend flights unless the
    detained crew were freed" restricts (the detention is the other side's); "" when only the condition tells it
    ("could send Lebanon back to the Stone Age if the group started a war": the caller reads the whole clause)."""
    condition = _condition_clause_tokens(tok)
    own = [i for i in subtree if i not in condition]
    return infer_mode(contexts, event, [table.lemma[i] for i in own], [table.lower[i] for i in own]) if condition else ""


def _condition_clause_tokens(tok: "Token") -> set[int]:
    """The tokens of a threat's "if/unless" clause: the other side's act, not the threatened one ("would suspend flights
    unless the detained crew were freed": the threat restricts, it does not arrest)."""
    return {t.i for m in _threat_condition_marks(tok) if m.lower_ in THREAT_CONDITION_MARKS for t in m.head.subtree}


def _threat_mode(rule: TriggerRule) -> str:
    if rule.event == "ASSAULT":
        return "violence"
    if rule.event == "COERCE":
        return {"arrest": "arrest", "deport": "expel"}.get(rule.mode, "restrict")
    if rule.event == "SANCTION":
        return "expel" if rule.mode == "expel" else "relations"
    return ""


def _apply_governs_maps(drafts: list[Draft], doc: "Doc") -> None:
    by_tok = {d.hit.token_i: d for d in drafts}
    for d in drafts:
        if d.governed_by is None:
            continue
        gov = by_tok.get(d.governed_by)
        if gov is None or gov.verdict != "coded":
            continue
        if doc[d.hit.token_i].dep_ == "acl" and doc[d.hit.token_i].tag_ == "VBN":
            continue  # "promised to review the cases of citizens [banned] over traffic fines": a description, not the promise
        mapped = gov.hit.rule.governs_map.get(d.hit.rule.event)
        if mapped and gov.event == gov.hit.rule.event:
            gov.converted = f"{gov.event} to {d.hit.rule.event.lower()} ('{doc[d.hit.token_i].text}') -> {mapped}"
            gov.event = mapped
            gov.mode = "violence" if mapped == "THREATEN" and d.hit.rule.event == "ASSAULT" else (
                "arrest" if mapped == "THREATEN" and d.hit.rule.mode == "arrest" else "")
            if mapped == "THREATEN" and not gov.mode:
                gov.mode = "restrict" if d.hit.rule.event == "COERCE" else ""


def _promises_meeting_demands(drafts: list[Draft], doc: "Doc") -> None:
    """A promise the story names as what protesters or the other side demanded gives way to them (CONCEDE, as the
    regional gold codes accepted demands): "promised to publish all coal export contracts by the end of May, one of the
    main demands of the protesters"."""
    for d in drafts:
        if d.verdict != "coded" or d.event != "AGREE" or d.hit.rule.event != "AGREE" or d.hit.nominal:
            continue
        tok = doc[d.hit.token_i]
        if any(_named_as_demand(t, tok) for t in tokens_with_lemma(tok.sent, {"demand"}) if t.i > tok.i
               and t.pos_ == "NOUN"):  # (the sentence, not the subtree: the parser may hang the apposition on a dateline)
            d.converted = f"{d.event} named a demand met ('{tok.text} ... demands') -> CONCEDE"
            d.event, d.mode = "CONCEDE", ""


def _named_as_demand(noun: "Token", promise: "Token") -> bool:
    """The demand noun stands beside the promised act as what it is ("..., one of the protesters' main demands", "..., a
    key demand of the opposition"): an apposition or adverbial noun on the way up to the promise."""
    if noun.left_edge.i > promise.i and noun.doc[noun.left_edge.i - 1].text == "," and noun.dep_ in ("dobj", "appos", "npadvmod"):
        return True  # ("promised to cut fuel prices, a key demand of the drivers": taken for a second object)
    cur = noun
    while cur.i != promise.i and cur.head.i != cur.i:
        one = cur.head.head if cur.dep_ == "pobj" and cur.head.lower_ == "of" else None
        if cur.dep_ in ("appos", "npadvmod") or (one is not None and one.lower_ == "one" and (
                one.dep_ in ("appos", "npadvmod") or (one.i > 0 and one.doc[one.i - 1].text == ","))):
            return True  # (", one of the main demands": the parser may take "one" for a second object)
        cur = cur.head
    return False


SWAP_NOUNS = word_set("swap_nouns")
SWAP_VERBS = word_set("swap_verbs")
SWAPPED_PEOPLE = word_set("swapped_people")


def _given_in_return(tok: "Token") -> tuple["Token", "Token"] | None:
    """(the word of the swap, the people given back) when a release is half of a swap: "freed Reed in exchange
    for Yaroshenko", "handed over 14 prisoners in return for 18 soldiers", "traded ten agents for four men"."""
    for head in [tok] + [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]:
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "for" and head is tok and tok.lemma_.lower() in SWAP_VERBS:
                given = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if given is not None:
                    return prep, given
            if prep.lower_ != "in":
                continue
            for noun in (n for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in SWAP_NOUNS):
                given = next((o for f in noun.children if f.dep_ == "prep" and f.lower_ == "for"
                              for o in f.children if o.dep_ == "pobj"), None)
                if given is not None:
                    return noun, given
    return None


def _swap_halves(drafts: Sequence[Draft], index: MentionIndex) -> list[Draft]:
    """The other side's release in a swap told from one side ("Russia freed Reed in exchange for Yaroshenko":
    the United States freed Yaroshenko), unless the sentence tells it too."""
    coded = [d for d in drafts if d.verdict == "coded" and d.event == "RETREAT" and d.mode == "release"]
    halves = []
    for d in coded:
        found = _given_in_return(d.sent.doc[d.hit.token_i])
        doers, receivers = set(entity_codes(d.actors)) - {""}, set(entity_codes(d.recipients)) - {""}
        if found is None or not doers or not receivers or doers & receivers or all(a.start is None for a in d.actors):
            continue  # (a guessed doer, "were freed in return for ...", gives no other side)
        word, given = found
        if not (given.ent_type_ in ("PERSON", "NORP") or given.lemma_.lower() in SWAPPED_PEOPLE):
            continue  # "in return for a ransom", "in exchange for maps of minefields": no people given back
        if any(set(entity_codes(o.actors)) >= receivers and set(entity_codes(o.recipients)) & doers for o in coded if o is not d):
            continue
        named = [e for e in entities_of([given], index) if e.code]
        holders = [e for e in entities_of([a for c in given.children if c.dep_ == "acl" for a in agents(c)], index) if e.code]
        halves.append(dataclasses.replace(
            d, hit=TriggerHit(word.i, d.hit.rule, nominal=True), inferred=set(), swap_of=d.hit.token_i,
            actors=holders or [Entity(code=c) for c in sorted(receivers)],
            recipients=named or [Entity(code=c) for c in sorted(doers)],
            actor_reason=(f"the holders of the people given in return ('{given.text} held by ...')" if holders else
                          f"the other side of the swap ('{word.text} for {given.text}'): the first act's recipient"),
            recipient_reason=f"the people given in return ('{given.text}')" if named else "the first act's doer"))
    return halves


# material acts reported on a party's or a witness's claim ("the army claimed it had killed 40
# insurgents"); claimed statements, agreements or accusations stay uncoded (hearsay about words)
CLAIMABLE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}


def _claimed_clause(tok: "Token") -> tuple["Token", "Token"] | None:
    """(the claiming verb, the claimed clause's verb) when the trigger's clause is told by a claim."""
    verb = clause_verb(tok)
    claim = next((h for h in verb.ancestors if h.lemma_.lower() in CLAIMING_HEADS), None)
    if claim is None:
        return None
    return claim, next((v for v in [verb, *verb.ancestors] if v.head.i == claim.i), verb)


def _self_claim(tok: "Token", index: MentionIndex) -> bool:
    """"The Houthis claimed that they had attacked the airport", "the army claimed it had killed 40
    insurgents": the claimant tells of its own act, which CAMEO codes as the claim (a statement), not
    the act. A claim about someone else's act ("witnesses claim that militia killed 18 civilians") is
    evidence of the act."""
    claimed = _claimed_clause(tok)
    if claimed is None:
        return False
    claim, told = claimed
    doers = agents(told) if is_passive(told) else subjects(told)
    claimants = {t.lemma_.lower() for t in subjects(claim)}
    if any(t.pos_ == "PRON" or t.lemma_.lower() in claimants for t in doers):
        return True
    # "Ankara claimed that the Turkish air force killed 200 fighters": the claimant's own state acted
    return bool(set(entity_codes(entities_of(subjects(claim), index))) & set(entity_codes(entities_of(doers, index))))


def _past_claim(tok: "Token") -> bool:
    """The claimed act is told as past ("claim that militia killed", "claimed soldiers had burned",
    "say 18 were killed"); an ongoing or general claim ("claimed the army is hitting IS harder") is
    an assessment, not a report of an incident."""
    claimed = _claimed_clause(tok)
    if claimed is None:
        return False
    told = claimed[1]
    if tok.pos_ != "VERB" or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "amod"):
        return False  # "claimed that all the killed were civilians": the act is not what is claimed
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in told.children):
        return False
    return told.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in told.children)


def _confidence(d: Draft) -> float:
    c = d.hit.rule.reliability
    if not d.actors:
        c *= 0.75
    elif not any(a.code for a in d.actors):
        c *= 0.85
    if not d.recipients:
        c *= 0.92
    if d.converted:
        c *= 0.9
    if d.hit.nominal:
        c *= 0.92
    if d.default_recipient:
        c *= 0.95
    if d.modality.status != "asserted":
        c *= 0.9
    return max(0.05, min(0.99, c))


INTERCEPTING_VERBS = word_set("intercepting_verbs")
INTERCEPTED_WEAPONS = word_set("intercepted_weapons")
ATTACK_DRONES = word_set("attack_drones")
SCOUTING_WORDS = word_set("scouting_words")


UNCREWED_CRAFT_NOUNS = word_set("uncrewed_craft_nouns")
UNCREWED_WORDS = word_set("uncrewed_words")


def _weapon_word(tok: "Token") -> bool:
    return tok.lemma_.lower() in INTERCEPTED_WEAPONS or tok.lower_ in INTERCEPTED_WEAPONS or _uncrewed_craft(tok)


def _uncrewed_craft(tok: "Token") -> bool:
    """A boat told uncrewed ("five Ukrainian uncrewed boats", "unmanned surface vessels"): a drone."""
    return tok.lemma_.lower() in UNCREWED_CRAFT_NOUNS and any(
        t.lower_ in UNCREWED_WORDS for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod"))


def _intercepted_weapons(verb: "Token") -> list["Token"]:
    """The attacking weapons an interception downs: "air defence units destroyed 73 Ukrainian drones", "shot down 87 of
    the drones", "intercepted 40 drones launched by Russia", "41 drones were destroyed over Bryansk" (not "shot down a
    Russian jet": a manned aircraft downed is attacked itself)."""
    lemma = verb.lemma_.lower()
    if lemma not in INTERCEPTING_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return []
    if lemma == "shoot" and not any(c.lower_ == "down" for c in verb.children if c.dep_ in ("prt", "advmod", "prep")):
        return []
    out: list["Token"] = []
    for o in objects(verb) + passive_subjects(verb):
        if _weapon_word(o):
            out.append(o)
        else:  # "87 of the drones"
            out += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj" and _weapon_word(p)]
    # a salvo of them, not one spy drone ("shot down an American surveillance drone" attacks the drone)
    return [w for w in out if w.tag_ in ("NNS", "NNPS") and not any(
        c.lemma_.lower() in SCOUTING_WORDS for c in w.children if c.dep_ in ("compound", "amod"))]


def _talks_hosted_by_other(verb: "Token", actors: Sequence[Entity], index: MentionIndex) -> str:
    """Talks a state that is no party hosts ("The foreign ministers of Armenia and Azerbaijan held talks in Abu Dhabi
    hosted by the UAE", "met in Geneva for talks hosted by Switzerland"): the host's text, or ""."""
    own = {a.code for a in actors if a.code}
    if len(own) < 2:
        return ""
    talks = objects(verb) + prep_objects(verb, ("in", "for", "at"))
    for noun in talks:
        if noun.lemma_.lower() not in MEETING_NOUNS:
            continue
        for c in noun.children:
            if c.dep_ == "acl" and c.lemma_.lower() in HOSTING_VERBS:
                hosts = [e for e in entities_of(agents(c), index) if e.code and e.code not in own]
                if hosts:
                    return hosts[0].entity_text or hosts[0].code
    return ""


def _one_guest_hosted(verb: "Token") -> bool:
    """The host's verb takes a guest, not a gathering ("hosted his Afghan counterpart", "received the Ambassador of
    Turkey"; not "hosted the talks between Ukraine and Russia", "hosted a summit", "hosted his Turkish and Iranian
    counterparts": three states meeting in one is multilateral)."""
    guests = objects(verb) if not is_passive(verb) else passive_subjects(verb)
    if not guests or any(g.lemma_.lower() in MEETING_NOUNS for g in guests):
        return False
    return not any(c.dep_ == "conj" for g in guests for c in g.children) and not any(
        c.dep_ == "conj" for g in guests for a in g.children if a.dep_ == "amod" for c in a.children)


RECEIVED_ENVOY_NOUNS = word_set("received_envoy_nouns")


def _envoys_received(verb: "Token") -> bool:
    """The host receives envoys of several states ("received the newly appointed ambassadors of Japan and Malaysia, who
    presented their credentials"): each envoy's state visits the host on its own (round 27: credentials are a CONSULT
    visit, envoy's state -> host), not three states meeting together."""
    guests = objects(verb) if not is_passive(verb) else passive_subjects(verb)
    return bool(guests) and all(any(w.lemma_.lower() in RECEIVED_ENVOY_NOUNS or w.lower_ in RECEIVED_ENVOY_NOUNS
                                    for w in [g, *g.children] if w.i <= g.i)
                                for g in guests)  # ("the Ambassadors Extraordinary and Plenipotentiary")


def _envoys_one_by_one(drafts: Sequence[Draft]) -> list[Draft]:
    """One CONSULT visit per envoy's state for envoys received together (see `_envoys_received`): the draft keeps the
    first state, and a copy is made for each other."""
    more: list[Draft] = []
    for d in drafts:
        if d.verdict != "coded" or d.event != "CONSULT" or d.mode != "visit" or not d.hit.rule.guest_acts \
                or d.hit.nominal or not _envoys_received(d.sent.doc[d.hit.token_i]):
            continue
        states = dedupe_codes([a for a in d.actors if a.code])
        if len(states) < 2:
            continue
        d.actors = [states[0]]
        more += [dataclasses.replace(d, actors=[s], inferred=set(d.inferred)) for s in states[1:]]
    return more


def _person_guest_hosted(verb: "Token") -> bool:
    """The host's verb takes one guest named by a person's name the dictionary does not know ("Japarov had received
    Zhang in Bishkek"), not a gathering or a thing."""
    guests = objects(verb) if not is_passive(verb) else passive_subjects(verb)
    return _one_guest_hosted(verb) and len(guests) == 1 and guests[0].ent_type_ == "PERSON"


def _guest_to_host(actors: list[Entity], recips: list[Entity], ra: str,
                   rr: str) -> tuple[list[Entity], list[Entity], str, str] | None:
    """A visit told from the host's side ("Lavrov hosted his Afghan counterpart Muttaqi", "Mirziyoyev received Baradar",
    "Paknejad was received by Berdimuhamedov"): the guest visits the host (CONSULT visit, guest -> host). None when no
    coded guest is named ("hosted the talks": the host keeps its place)."""
    guests = {r.code for r in recips if r.code} - {a.code for a in actors}
    if len(guests) != 1 or not any(a.code for a in actors) or "IGO" in guests:
        return None  # ("hosted CSTO leaders": a bloc's summit; "received both delegations": a third party's talks)
    return recips, actors, f"{rr}; the guest visits the host", f"{ra}; the host"


def _host_and_guests(actors: list[Entity], recips: list[Entity]) -> list[Entity]:
    """A host receiving guests of two or more other states at once ("Putin hosted Tokayev and Mirziyoyev at his
    residence"): three states meeting in one, CONSULT multilateral with all of them on both sides (README). Returns
    the host and guests, or [] (one guest: a visit, guest -> host; a bloc's leaders: its summit)."""
    hosts = {a.code for a in actors if a.code}
    guests = {r.code for r in recips if r.code} - hosts
    if not hosts or len(guests) < 2 or guests & ({"IGO"} | NON_STATE_CODES):
        return []
    return dedupe_entities([a for a in actors if a.code] + [r for r in recips if r.code])


def _interceptors_teller(verb: "Token", owner_codes: set[str], index: MentionIndex) -> list[Entity]:
    """The state of a military body that reports its unnamed air defences downing drones ("The Ukrainian Air Force
    said air defences downed 41 of 58 Russian drones": UKR)."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "ccomp" or first.head.lemma_.lower() not in SPEAKER_VERBS:
        return []
    tellers = [e for e in entities_of(subjects(first.head), index)
               if e.code and e.code not in owner_codes and e.code not in NON_STATE_CODES and e.sector in ("MIL", "GOV", "")]
    return dedupe_codes(tellers) if len({e.code for e in tellers}) == 1 else []


def _interception_roles(verb: "Token", weapons: Sequence["Token"], actors: list[Entity], recips: list[Entity],
                        index: MentionIndex) -> tuple[list[Entity], list[Entity], str, str]:
    """Air defences downing drones tell the drone attack (team decision, round 26): "Russian air defence units
    destroyed 73 Ukrainian drones" is an ASSAULT by the state whose weapons the text names (Ukraine; none when it names
    none), on the side attacked: the interceptor's state, else a country named in the clause ("over the Bryansk
    region")."""
    owners = [e for e in entities_of(list(weapons), index) if e.code]
    owner_codes = set(entity_codes(owners))
    attacked = [a for a in actors if a.code and a.code not in owner_codes]
    ra = ("the state whose weapons were downed: '" + owners[0].entity_text + "' -> " + "/".join(sorted(owner_codes))
          if owners else "the weapons downed name no state")
    if attacked:
        return owners, attacked, ra, f"the side that downed them -> {'/'.join(entity_codes(attacked))}"
    if not any(a.code for a in actors) and (teller := _interceptors_teller(verb, owner_codes, index)):
        # "The Ukrainian Air Force said air defences downed 41 of 58 Russian drones": the teller's state was attacked
        return owners, teller, ra, f"the side that downed them is the teller's -> {'/'.join(entity_codes(teller))}"
    found, why = clause_country(verb, owners, index, "the side that downed them is not named")
    return owners, [e for e in found if e.code not in owner_codes], ra, why


def _clause_depth(d: Draft) -> int:
    """How many clause boundaries lie between the trigger and its sentence root: main-clause events
    ("Israel attacked ...") come before side clauses ("..., in which 20 were killed")."""
    tok = d.sent.doc[d.hit.token_i]
    if d.hit.nominal:
        tok = clause_verb(tok)
    depth = 0
    while tok.head.i != tok.i:
        if tok.dep_ in CLAUSE_DEPS:
            depth += 1
        tok = tok.head
    return depth


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "parataxis", "pcomp"}


def _finish(article: Article, drafts: list[Draft],
            coder_name: str) -> tuple[tuple[Event, ...], tuple[Candidate, ...], frozenset[str],
                                     frozenset[tuple[str, str, int | None, int | None]]]:
    tax = taxonomy()
    doc_text = article.text
    answer_invitations(drafts)
    fold_handovers(drafts)
    kept: list[Draft] = []
    merged_into: dict[int, int] = {}
    told_dates: dict[int, DateResolution] = {}  # id of a kept mention -> the own date of a mention merged into it
    for n, d in enumerate(drafts):
        if d.verdict != "coded":
            continue
        twin = next((k for k in kept if k.sent_index == d.sent_index and same_event(k, d)), None)
        if twin is None:  # a mention is first the same act as one of its own sentence ("killed ... in a shootout")
            twin = next((k for k in kept if same_event(k, d)), None)
        if twin is not None:
            fill_roles(d, twin)
            fill_roles(twin, d)
            stronger, weaker = (d, twin) if strength(d) > strength(twin) else (twin, d)
            if weaker.date is not None and not weaker.date.told and (weaker.date.date_text or (
                    stronger.date is not None and stronger.date.told and dated_by_the_scene(weaker)
                    and detail_of_told_act(stronger, weaker))) \
                    and may_date(weaker, stronger):  # (a detail dated by its scene dates a lead told on the report's day)
                told_dates.setdefault(id(stronger), weaker.date)
            if id(weaker) in told_dates:
                told_dates.setdefault(id(stronger), told_dates[id(weaker)])
            if stronger is d:
                kept[kept.index(twin)] = d
                merged_into[id(twin)] = id(d)
                twin.verdict = f"merged: same event as a fuller mention ({merge_reason(twin, d)})"
            else:
                d.verdict = f"merged: same event as an earlier mention ({merge_reason(d, twin)})"
            continue
        kept.append(d)
    for d in kept:  # "Border guards returned fire ... Two soldiers were killed on Sunday": the kept mention, told
        if (d.date is None or not d.date.date_text or d.date.told) and id(d) in told_dates:  # without a day (or with
            d.date = told_dates[id(d)]  # only the report's), takes the merged one's
    kept.sort(key=lambda d: (d.sent_index, _clause_depth(d), d.hit.token_i))
    events: list[Event] = []
    ids: dict[int, str] = {}
    for n, d in enumerate(kept, 1):
        etype = tax.event_type(d.event)
        tok = d.sent.doc[d.hit.token_i]
        date = day_if_fixed(d.date or DateResolution(article.pub_date))
        event_id = f"{article.id}-{n}"
        ids[id(d)] = event_id
        mode = (d.mode,) if d.mode else ()
        events.append(Event(
            id=event_id, story_id=article.id, date=date.date, event=(d.event,),
            event_text=nlp.span_text(d.sent).strip(), text_info=TextInfo(d.sent_index, d.sent.start_char, d.sent.end_char),
            confidence=round(d.confidence, 4), coder=coder_name, mode=mode, context=d.contexts,
            actor=tuple(one_per_code(d.actors)), recipient=tuple(one_per_code(d.recipients)), enddate=date.enddate,
            quad_code=etype.quad_code, event_scale=etype.scale(d.mode or None), trigger=tok.text,
            trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text), rule=d.hit.rule.label,
            date_text=date.date_text, cite_info=article.url or article.source,
        ))
    candidates = []
    for d in drafts:
        tok = d.sent.doc[d.hit.token_i]
        verdict = d.verdict
        if verdict == "coded" and d.converted:
            verdict = f"coded ({d.converted})"
        candidates.append(Candidate(
            sentence=d.sent_index, trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
            rule=d.hit.rule.label, event=d.event, mode=d.mode, verdict=verdict, modality=d.modality.status,
            modality_cue=d.modality.cue, actor_reason=d.actor_reason, recipient_reason=d.recipient_reason,
            date_reason=(f"'{d.date.date_text}': {d.date.reason}" if d.date and d.date.date_text else
                         (d.date.reason if d.date else "")),
            event_id=ids.get(id(d), ""), raw_confidence=round(d.raw_confidence, 4)))
    del doc_text
    # a third party's act addresses both states even where it is said or done elsewhere ("offered to host
    # talks in Uzbekistan"): only single-country defaults give way to the event's place
    defaults = frozenset(ids[id(d)] for d in kept if d.default_recipient and not d.both_parties)
    inferred = frozenset((ids[id(d)], *x) for d in kept for x in d.inferred)
    return tuple(events), tuple(candidates), defaults, inferred
