"""Story analysis: from a parsed story to coded events plus the reasoning behind each decision.

`analyze_story` is the heart of the rules coder; `explain` renders its reasoning.
Steps per sentence: triggers -> governed complements ("threatened to attack") -> modality
(negated/future/hypothetical/alleged/background) -> actor and recipient from the parse -> PLOVER
boundary rules (state protest = ACCUSE, joint exercise = COOPERATE, recipients required) -> date,
mode, contexts, confidence. Then one event per (type, actors, recipients, date) per story.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Collection, Iterator, Sequence

from tocsin.actors.dictionary import ActorDictionary
from tocsin.coding.actor_link import (DEFINITE_DETS, NON_STATE_CODES, LinkedMention, MentionIndex, entities_of, fill_country,
                                     OFFENCE_FRAME_NOUNS, incidental_country, is_state, offence_frame, pair_word)
from tocsin.coding.dates import (DAY_WORDS, HISTORICAL_DAYS, MONTH_RANGE, MONTHS, WEEKDAYS, DateResolution, count_of,
                                 find_dates, resolve_event_date)
from tocsin.coding.lexicon import ContextLexicon, TriggerLexicon, TriggerRule, find_contexts, infer_mode
from tocsin.coding.syntax import (CLAIMING_HEADS, CONDITION_MARKS, FUTURE_AUX, HYPOTHETICAL_AUX, Modality, agents, head_lemma,
                                  ancestors_chain, clause_verb, is_finite, is_passive, modality, objects, passive_subjects,
                                  order_to_intermediary, phrase_tokens, prep_objects,
                                  ranked, stranded_objects, stranded_participle, subjects, to_infinitive, tokens_per_token,
                                  with_conjuncts)
from tocsin.coding.triggers import (ACTOR_NOUNS, CALLED_EVENTS, CHARACTERISING_VERBS, CLAIMING_VERBS, CONVERSATION_NOUNS,
                                    ELICITING_VERBS, MEASURE_NOUNS, RESPONSIBILITY_NOUNS, SPEAKER_VERBS, UNDER_VERBS, TriggerHit,
                                    claimed_act, find_hits, meeting_as_setting, nominal_licensed, suffered_by_subject)
from tocsin.coding.calibration import calibrated
from tocsin.coding.figurative import (AIMING_LEMMAS, FIGURATIVE_DOER_TYPES, HAZARD_NOUNS, SPORT_PRONE_EVENTS,
                                      arts_praise, caught_in_between, commercial_offer, consular_help, contest_fight,
                                      defunct_state_doer, favour_to_guests, fiction_frame, figurative_doer,
                                      figurative_in_genre, filmed_not_fired, forced_by_hazard, hazard_warning,
                                      level_named, lines_meeting, natural_doer, policy_aimed, poll_share, price_cut,
                                      released_from_team, scoreline_on, sent_to_refuge, sentence_genre, shots_not_words,
                                      sport_cue, story_genre, story_leaning, threatened_prospect, unarmed_mobilised,
                                      closed_by_hazard_words, convict_oath, debate_clash, debate_words, broadcast_row,
                                      online_commentator, depicted_act, market_cut,
                                      market_demand_met, nonpolitical_speaker, opening_occasion, own_nationals_helped,
                                      sport_body_act, clash_of_words, hazard_toll)
from tocsin.coding.staged_acts import (abstract_target, debate_in_which, diary_heading_ahead, displacement_described,
                                       fought_in_past_war, memorial_march, named_plan_gerund, neutral_stance,
                                       play_period_strike, procurement_call, ruined_bond, salute_fired, space_launch,
                                       spectated_contest, sworn_oath, things_held_hostage, troops_marched, won_by_margin,
                                       league_panel_penalty, plot_in_present)
from tocsin.coding.non_acts import (agenda_of_gathering, appeal_for_donations, attack_in_words, civil_ruling,
                                    claimed_footage, deed_naming_targets, exhorted_act, fight_likened_to_war,
                                    figurative_battle,
                                    forum_invitation, imperative_in_quote, kind_of_act_rated, obstruction_of_nothing,
                                    open_question, pledge_to_inquiry, presupposed_in_question, question_asked,
                                    question_content,
                                    quoted_thing_doer, row_of_wordy_sides, unperceived_act)
from tocsin.coding.word_lists import type_set, word_set
from tocsin.coding.police_acts import (advice_to_withdraw, breach_by_a_thing, aggregate_of_coercion, doom_foretold, quoted_label, undated_total, arrivals_of_the_displaced, attempt_of_a_described_party,
                                       blame_on_no_party, handover_of_the_extradited, informant_on_the_phone,
                                       label_in_protest_note, offence_of_the_held, pledge_signed_by_kin,
                                       refusal_to_surrender, search_seizing_nothing)
from tocsin import nlp
from tocsin.plover import taxonomy
from tocsin.types import Article, Entity, Event, Location, TextInfo

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

CODER_VERSION = "tocsin-rules/0.1"
RECIPIENT_PREPS = ("against", "on", "upon", "at", "with", "to", "toward", "towards", "into", "onto")
AT_TARGETS = type_set("at_targets")
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
WILLING_AS_AGREE = {"CONCEDE", "RETREAT", "AID", "COOPERATE", "CONSULT", "SUPPORT", "AGREE"}
# a future concession or withdrawal made conditional on the other side ("will withdraw its force
# unless ...") is a threat (PLOVER THREATEN: conditional future negative act; CAMEO 139 ultimatum)
CONDITIONAL_THREAT_TYPES = {"RETREAT", "CONCEDE", "SANCTION", "AID", "COOPERATE"}
# types whose repeated mentions in a story are usually one happening (a clash, a visit, a rally); speech
# acts (AGREE, ACCUSE, REQUEST...) and arrests often come several to a story and merge only on exact roles
STORY_MERGED_TYPES = type_set("story_merged")
ANSWERABLE_TYPES = type_set("answerable")
NON_ACTOR_WORDS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who"}


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


@dataclass
class _Draft:
    hit: TriggerHit
    sent_index: int
    sent: "Span"
    event: str
    mode: str
    modality: Modality
    actors: list[Entity]
    recipients: list[Entity]
    actor_reason: str
    recipient_reason: str
    verdict: str = "coded"
    converted: str = ""
    governed_by: int | None = None
    date: DateResolution | None = None
    confidence: float = 0.0
    contexts: tuple[str, ...] = ()
    default_recipient: bool = False
    raw_confidence: float = 0.0
    both_parties: bool = False  # the default recipient is both states of a two-state story (a third party acts)
    party_guess: bool = False  # the default recipient is a state of the story other than the actor's (see _news_parties_only)
    swap_of: int | None = None  # the trigger token of the release this one answers in a swap
    inferred: set[tuple[str, int | None, int | None]] = field(default_factory=set)  # see StoryAnalysis.inferred_countries


MUST_RULE = TriggerRule(id="REQUEST/must_clause", lemmas=frozenset({"say"}), event="REQUEST", source="analysis",
                        reliability=0.65, governs=True)
DEMAND_REPORTING = word_set("demand_reporting_verbs")


IMPERSONAL_SUBJECTS = word_set("impersonal_subjects")


def _reported_clauses(sent: "Span") -> Iterator["Token"]:
    """Clauses reported by a speaker and not denied: "X said (that) <clause>" (the clause's verb). Found once per
    sentence and kept in the Doc: four kinds of clause hits ask for them."""
    key = (_REPORTED_CLAUSES, sent.start, sent.end)
    found = sent.doc.user_data.get(key)
    if found is None:
        found = sent.doc.user_data[key] = tuple(
            tok.i for tok in sent if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in DEMAND_REPORTING
            and not any(c.dep_ == "neg" for c in tok.head.children))
    doc = sent.doc
    for i in found:
        yield doc[i]


_REPORTED_CLAUSES = "tocsin_reported_clauses"


def _sentence_lemmas(sent: "Span") -> set[str]:
    """The lower-cased lemmas of a sentence's words: a clause hit needs one of its words there."""
    return set(nlp.token_table(sent.doc).lemma[sent.start:sent.end])


def _must_clause_hits(sent: "Span", index: MentionIndex) -> list[TriggerHit]:
    """"X said Y must do Z" is a demand by X on Y (CAMEO/PLOVER REQUEST): hit on the reporting verb.
    Y must be someone who can act ("a 1980s scheme should apply", "nobody should have to" are opinions)."""
    out = []
    for tok in _reported_clauses(sent):
        addressees = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.lemma_.lower() in DEPARTURE_VERBS and any(a.lemma_.lower() in DIPLOMATIC_STAFF for a in addressees):
            continue  # "the diplomat must leave by Friday": the terms of an expulsion, not a demand of its own
        if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children) and any(
                _actor_like(a, index) and a.lower_ not in IMPERSONAL_SUBJECTS and not any(
                    d.dep_ == "det" and d.lower_ in ("no", "any", "every", "each") for d in a.children) for a in addressees):
            if all(h.token_i != tok.head.i for h in out):
                out.append(TriggerHit(tok.head.i, MUST_RULE))
    return out


DEPARTURE_VERBS = word_set("departure_verbs")
DIPLOMATIC_STAFF = word_set("diplomatic_staff")


CONDEMN_RULE = TriggerRule(id="ACCUSE/condemning_clause", lemmas=frozenset({"say"}), event="ACCUSE", mode="disapprove",
                           source="analysis", reliability=0.6, governs=True)
CONDEMNING_PREDICATES = word_set("condemning_predicates")


BLAME_PREDICATES = {"responsible", "behind"}  # blame only when an actor is said to be responsible for a harmful act
PLOTTING_VERBS = word_set("plotting_verbs")
BLAMEWORTHY_ACTS = word_set("blameworthy_acts")
PROXY_VERBS = word_set("proxy_verbs")


def _blamed_act(predicates: Sequence["Token"]) -> bool:
    """Whether "responsible for X" / "behind X" names a harmful act ("the attacks", "the unrest")."""
    for p in predicates:
        objs = [o for c in (p.children if p.lower_ != "behind" else [p]) if c.lower_ in ("for", "behind")
                for o in c.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in BLAMEWORTHY_ACTS or o.lower_ in BLAMEWORTHY_ACTS for o in objs):
            return True
    return False


DAMNING_WORDS = word_set("damning_nouns") | CONDEMNING_PREDICATES | word_set("damning_labels")
PRAISING_WORDS = word_set("praising_words")
PRAISE_RULE = TriggerRule(id="SUPPORT/praising_characterisation", lemmas=frozenset({"call"}), event="SUPPORT",
                          source="analysis", reliability=0.6)


def _naming_words(named: Sequence["Token"]) -> set[str]:
    """The words of what something is called, for the damning and praising lists: the name and its modifiers, two-word
    names ("a show trial", "a new low", "a witch hunt"), what it is an act or a pattern of ("an act of economic
    blockade", "a pattern of intimidation") and what it is an attempt to do ("an open attempt to interfere")."""
    words: set[str] = set()
    for n in named:
        for w in (n, *n.children):
            if w.dep_ in ("oprd", "pobj", "amod", "compound", "conj", "appos"):
                words.add(w.lemma_.lower())
        words.update(f"{c.lemma_.lower()} {n.lemma_.lower()}" for c in n.children if c.dep_ in ("amod", "compound"))
        words.update(o.lemma_.lower() for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj")
        for c in n.children:
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and to_infinitive(c):
                words.add(c.lemma_.lower())
                words.update(f"{c.lemma_.lower()} {o.lemma_.lower()}" for o in c.children if o.dep_ == "dobj")
                words |= _naming_words(_made_into(c))
    return words


def _made_into(verb: "Token") -> list["Token"]:
    """What an attempt's verb would turn something into, which names it too ("an attempt to turn legitimate measures
    into a political show": "a political show")."""
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children if o.dep_ == "pobj"]


def _characterising_hits(sent: "Span") -> list[TriggerHit]:
    """"called the strike a war crime", "branded the launch a grave threat", "described the vote as a farce": X
    condemns what it names (PLOVER ACCUSE). Not "in what officials called a terrorist attack" (a description)."""
    out: list[TriggerHit] = []
    if CHARACTERISING_VERBS.isdisjoint(_sentence_lemmas(sent)):
        return out
    for tok in sent:
        if tok.lemma_.lower() not in CHARACTERISING_VERBS or tok.pos_ != "VERB" or (
                tok.dep_ in ("relcl", "acl") and not _comment_on_clause(tok)) or any(
                c.lower_ == "what" for c in tok.children) or any(  # (not "a resolution branding the killings as genocide")
                w.lower_ == "what" for w in tok.subtree if w.i < tok.i):  # ("in what Maduro described as a terror attack")
            continue
        named = [c for c in tok.children if c.dep_ == "oprd"]
        named += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
        named += [a for o in tok.children if o.dep_ == "dobj" for a in o.children  # 'called the vote "a sham"'
                  if a.dep_ == "appos" and a.pos_ == "NOUN" and not a.ent_type_]
        named += [p for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj"]  # "describing the remarks [as an attempt]" hung on the object
        named += quoted_label(tok)
        misplaced = _misplaced_names(tok)
        words = _naming_words(named + misplaced) | {n.lemma_.lower() for n in misplaced}
        if words & DAMNING_WORDS:
            out.append(TriggerHit(tok.i, CONDEMN_RULE))
        elif words & PRAISING_WORDS:  # "called the deal a historic step", "described the talks as constructive"
            out.append(TriggerHit(tok.i, PRAISE_RULE))
    return out



def _joined_to_accusation(verb: "Token", accusing: set[int]) -> bool:
    """A naming verb coordinated with an accusing verb of the same subject tells the same accusation again: "they accused
    Kyrgyz servicemen of crossing the line and [called] the Kyrgyz version 'a distortion of the facts'" (one ACCUSE)."""
    joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(j.i in accusing and j.pos_ == "VERB" for j in joined) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _comment_on_clause(verb: "Token") -> bool:
    """A naming verb in a relative clause on a noun set after the clause it comments on: "detained the blogger, a move his
    lawyer called political persecution", "sentenced an activist, a verdict her supporters called revenge" (the speaker
    names the act told; not "in what officials called a terrorist attack", a description)."""
    noun = verb.head
    return (verb.dep_ == "relcl" and noun.dep_ in ("npadvmod", "appos") and noun.i > 0
            and any(t.text == "," for t in noun.doc[noun.left_edge.i - 1:noun.left_edge.i])
            and any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in verb.children))


def _orderer(verb: "Token") -> list["Token"]:
    """Who ordered a passive act: the subject of the ordering verb above it ("Lukashenko ordered additional batteries to be
    moved", "ordered mobile fire groups deployed along the border", where the participle hangs on the object)."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ORDERING_VERBS:
        return subjects(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in ORDERING_VERBS:
        return subjects(verb.head.head)
    return []


def _misplaced_names(verb: "Token") -> list["Token"]:
    """What a verb of naming calls its object when the parser hung the name elsewhere: a second direct object ("branded
    the sentencing of two journalists [a mockery] of justice"), or an indefinite noun after the object taken for an
    adverb or an apposition inside the object's phrase ("dubbed the election held in Tskhinvali [a farce]", "called
    Kazakhstan's decision to block the outlet '[a blatant act] of censorship'")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if not objs:
        return []
    out = objs[1:] if len(objs) > 1 and objs[1].dep_ == "dobj" else []
    # (also a noun read as the object of the name: 'called the Tajik protest "[an attempt] to turn ..."')
    out += [t for t in verb.subtree if t.i > objs[0].i and t.pos_ == "NOUN" and (t.dep_ in ("npadvmod", "appos") or (
            t.dep_ == "dobj" and t.head.pos_ == "NOUN")) and t.head.i != verb.i
            and any(d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in t.children)]
    return out


CONDEMN_JOINED_RULE = dataclasses.replace(CONDEMN_RULE, governs=False)  # a second reported clause: see below
CONDEMNING_VERBS = word_set("condemning_verbs")
OBJECT_BOUND_CONDEMNING_VERBS = word_set("object_bound_condemning_verbs")
CONDEMNING_VERB_OBJECTS = word_set("condemning_verb_objects")
PERPETRATING_VERBS = word_set("perpetrating_verbs")
TRYING_VERBS = word_set("trying_verbs")


def _scare_quoted(verb: "Token") -> bool:
    """The predicate of a reported clause in the speaker's own quoted words, after a subject outside the quote
    ('said Moscow was "holding our citizens hostage"', 'told reporters that Minsk was "taking hostages to bargain
    with"'): the speaker's name for another side's deed, not a deed told as fact."""
    subj = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    doc = verb.doc
    after_subject = max(s.right_edge.i for s in subj) + 1
    opened = any(t.text in QUOTE_MARKS or t.tag_ == "``" for t in doc[after_subject:verb.i])
    return opened and any(t.text in QUOTE_MARKS or t.tag_ == "''" for t in doc[verb.i + 1:verb.sent.end])


INSTANCE_NOUNS = word_set("instance_nouns")


def _condemning_clause_hits(sent: "Span", index: MentionIndex, triggers: set[int],
                            hostile: frozenset[int] = frozenset()) -> list[TriggerHit]:
    """"X said Y was unacceptable / a provocation", "said the charges were fabricated": X condemns (PLOVER
    ACCUSE, CAMEO 111): hit on the reporting verb, which governs what the clause is about. Not when the clause
    is itself negated, modal or conditional ("said it would be unacceptable if ..."). A second reported clause
    ("said Tbilisi would not release anyone and that the EU statement relied on disinformation") condemns too,
    without taking over the acts of the first. A violent or coercive act (`hostile`) told in the speaker's quoted
    words is the speaker's charge ('said Moscow was "holding our citizens hostage"')."""
    out = []
    for tok, reporter in _reported_clause_pairs(sent):
        rule = CONDEMN_RULE if tok.dep_ == "ccomp" else CONDEMN_JOINED_RULE
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX)
               or (c.dep_ in ("advcl", "mark") and any(m.lower_ in CONDITION_MARKS for m in c.subtree)) for c in tok.children):
            continue
        if tok.lemma_.lower() in ("be", "constitute", "amount", "represent"):
            # "was responsible for", "were behind the protests", "constituted aggression", "amounted to a declaration of war"
            predicates = [c for c in tok.children if c.dep_ in ("attr", "acomp", "dobj")
                          or (c.dep_ == "prep" and c.lower_ == "behind")]
            predicates += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                           for o in c.children if o.dep_ == "pobj"]
            predicates += [o for p in predicates for c in p.children if c.dep_ == "prep" and c.lower_ == "of"  # "an act of aggression"
                           for o in c.children if o.dep_ == "pobj" and p.lemma_.lower() in INSTANCE_NOUNS]
            predicates += [c for p in predicates for c in p.children if c.dep_ == "conj"]  # "biased and unjust"
        elif tok.pos_ == "ADJ":  # "that the use of force ... was deeply worrying", parsed with the adjective as the head
            predicates = [tok, *(c for c in tok.children if c.dep_ == "conj")]
        else:  # "were fabricated": a passive participle
            predicates = [tok] if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) else []
        # "were based on nothing but lies", "was holding prisoners in violation of the ceasefire", "responding to provocations"
        # (an act of its own in the clause is coded as told: "said Azerbaijani forces were shelling Stepanakert in violation")
        if tok.i not in triggers:
            predicates += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "to")
                           for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in CONDEMNING_PREDICATES]
        taken = any(h.token_i == reporter.i for h in out)
        if tok.i in hostile and _scare_quoted(tok) and _other_side(subjects(tok), reporter, index) and not taken \
                and any(e.code for e in entities_of(subjects(tok), index)):  # (a named side: not 'funds "attacking the exit"')
            out.append(TriggerHit(reporter.i, rule))  # 'said Moscow was "holding our citizens hostage"': the speaker's
            continue  # words for the other side's deed
        if (_plotting_harm(tok, reporter, index) or _blaming_deed(tok, reporter, index)) and not taken:
            out.append(TriggerHit(reporter.i, rule))  # "said Russia was planning to use saboteurs to topple"
            continue
        if any(p.lower_ in BLAME_PREDICATES for p in predicates) and not (any(  # "the talks were responsible for the calm"
                s.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or s.lemma_.lower() in ACTOR_NOUNS for s in subjects(tok))
                and _blamed_act(predicates)):  # "responsible for security at the airport" is a duty, not blame
            continue
        if any(p.lemma_.lower() in PLOTTING_VERBS for p in predicates) and not any(
                s.lemma_.lower() in BLAMEWORTHY_ACTS for s in passive_subjects(tok)):
            continue  # "the coup had been orchestrated by Gulen" (not "the visit had been carefully orchestrated")
        if (_fault_told(tok) or _wrong_shown(tok) or any(  # ("said the elections were well organised but marred by ...")
                w.dep_ == "conj" and _fault_told(w) for w in tok.subtree)) and not taken:
            out.append(TriggerHit(reporter.i, rule))  # "says the vote was marred by vote-buying"
            continue
        if _membership_charged(tok) and not taken:
            out.append(TriggerHit(reporter.i, LABEL_RULE))  # "said the men detained in Khorog belonged to a criminal group"
            continue
        damning = [p for p in predicates if _predicate_phrases(p) & CONDEMNING_PREDICATES]
        if not damning and _deplorable_deed(tok):  # "said the use of force against demonstrators was deeply worrying"
            damning = [p for p in predicates if _predicate_phrases(p) & DISQUIETING_PREDICATES]
        if damning and all(p.lemma_.lower() in WRONGDOER_LABELS or p.lower_ in WRONGDOER_LABELS for p in damning) and not any(
                e.code for e in entities_of(subjects(tok), index)):
            continue  # "said the men were criminals acting on their own": wrongdoers named, no side accused
        if damning and not taken:
            out.append(TriggerHit(reporter.i, rule))
    return out


WRONGDOER_LABELS = word_set("wrongdoer_labels")
MARRING_VERBS = word_set("marring_verbs")
MARRING_FAULTS = word_set("marring_faults")
EVIDENCING_VERBS = word_set("evidencing_verbs")
OUTLAWED_GROUP_WORDS = word_set("outlawed_group_words")
GROUP_NOUNS = word_set("group_nouns")
HELD_PEOPLE_WORDS = word_set("held_people_words")
LABEL_RULE = TriggerRule(id="ACCUSE/membership_charged", lemmas=frozenset({"say"}), event="ACCUSE", mode="allege",
                         source="analysis", reliability=0.58, governs=True)


def _fault_told(clause: "Token") -> bool:
    """A reported clause saying something was spoiled by a fault: "says Sunday's vote was marred by vote-buying and by
    pressure on public-sector employees", "the campaign had been marked by 'the misuse of administrative resources'"
    (not "the ceremony was marked by speeches")."""
    if clause.lemma_.lower() not in MARRING_VERBS or not (is_passive(clause) or clause.tag_ == "VBN"):
        return False
    return any(w.lemma_.lower() in MARRING_FAULTS or w.lower_ in MARRING_FAULTS
               for c in clause.children if c.dep_ == "agent" for w in c.subtree)


def _wrong_shown(clause: "Token") -> bool:
    """A reported clause saying an act proves a wrong: "said the case showed that 'repression against independent voices
    continues unabated'", "said the verdict proved that persecution goes on" (not "showed that trade was growing")."""
    if clause.lemma_.lower() not in EVIDENCING_VERBS:
        return False
    shown = [c for c in clause.children if c.dep_ == "ccomp"]
    return any(s.lemma_.lower() in DAMNING_WORDS for c in shown for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))


def _membership_charged(clause: "Token") -> bool:
    """A reported clause putting people held into a criminal or banned group: "said that the eight men detained in Khorog
    belonged to 'an organised criminal group'", "said the detainees were members of an extremist cell" (the authority's
    charge; not "said the attackers were criminals acting on their own", whose subject is no one held)."""
    subj = _clause_subjects(clause)
    if not any(w.lemma_.lower() in HELD_PEOPLE_WORDS or w.lower_ in HELD_PEOPLE_WORDS for s in subj for w in s.subtree):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "belong":
        groups = prep_objects(clause, ("to",))
    elif lemma == "be":
        groups = [o for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in ("member", "part")
                  for o in prep_objects(c, ("of",))]
    else:
        return False
    return any(g.lemma_.lower() in GROUP_NOUNS and any(m.lower_ in OUTLAWED_GROUP_WORDS for m in g.children
                                                       if m.dep_ in ("amod", "compound")) for g in groups)


DISQUIETING_PREDICATES = word_set("disquieting_predicates")
DEPLORABLE_DEEDS = word_set("deplorable_deeds") | BLAMEWORTHY_ACTS


def _deplorable_deed(clause: "Token") -> bool:
    """The subject of a reported clause is someone's deed ("the sentences handed to journalists", "the use of force against
    peaceful demonstrators"), so that calling it worrying disapproves of its doer; not a situation ("the situation was
    worrying", "the harvest figures are troubling")."""
    for s in _clause_subjects(clause):
        if s.lemma_.lower() in DEPLORABLE_DEEDS or s.lower_ in DEPLORABLE_DEEDS:
            return True
    return False


def _clause_subjects(clause: "Token") -> list["Token"]:
    """The subject of a reported clause, also when the parser took a reduced relative on it for a clause of its own
    ("said that [the sentences handed to journalists] were troubling": "handed" gets "sentences", "were" nothing)."""
    own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own or clause.dep_ != "ccomp":
        return own or subjects(clause)
    before = [c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i and c.tag_ in ("VBD", "VBN")
              and not any(a.dep_ in ("aux", "auxpass") for a in c.children)]
    return [s for c in before[-1:] for s in c.children if s.dep_ == "nsubj"]


def _predicate_phrases(pred: "Token") -> set[str]:
    """What a reported clause calls its subject, as single words and the short phrases the damning list holds: "was
    [politically motivated]", "had been [written in advance]", "had been [ordered from above]", "was [legally void]"."""
    words = {pred.lemma_.lower(), pred.lower_}
    for c in pred.children:
        if c.dep_ == "advmod":
            words.add(f"{c.lower_} {pred.lower_}" if c.i < pred.i else f"{pred.lower_} {c.lower_}")
        elif c.dep_ in ("compound", "amod") and c.i < pred.i:  # "a show trial", "a witch hunt"
            words.add(f"{c.lower_} {pred.lower_}")
        elif c.dep_ == "prep":
            words.update(f"{pred.lower_} {c.lower_} {o.lower_}" for o in c.children if o.dep_ in ("pobj", "pcomp"))
    return words


def _other_side(doers: Sequence["Token"], reporter: "Token", index: MentionIndex) -> bool:
    """The doers named in a report are someone able to act and not the speaker's own side ("said the Moldovan authorities
    were hunting dissenters"; not "said its forces were", nor "said prices were")."""
    if not doers or not any((_actor_like(d, index) or d.lower_ in WRONGDOER_LABELS) and d.lower_ not in FIRST_PERSON | {"it", "they"}
                            for d in doers):  # ("said 'provocateurs' were exploiting the death to destabilise the region")
        return False
    own = {e.code for e in entities_of(subjects(reporter), index) if e.code}
    theirs = {e.code for e in entities_of(list(doers), index) if e.code}
    return not (theirs and own and theirs <= own)


DENIAL_WORDS = word_set("denial_words")
DISMISSING_VERBS = word_set("dismissing_verbs")


def _bare_denial(verb: "Token") -> str:
    """"a charge the ministry dismissed as groundless", "rejected as baseless suggestions that ...": the charge is only
    denied; what it is called counter-accuses no one (README_sample_gold). Not "dismissed the report as one-sided and
    based on propaganda" nor "rejected the criticism as interference". Returns what it was called, or ""."""
    if verb.lemma_.lower() not in DISMISSING_VERBS:
        return ""
    if (untrue := _denied_before_report(verb)):
        return untrue
    holders = [verb, *objects(verb)]
    named = [w for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
             for w in c.subtree if w.i != c.i and w.pos_ in ("ADJ", "NOUN", "VERB") and w.dep_ != "prep"]
    named += [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
    if named and all(w.lemma_.lower() in DENIAL_WORDS or w.lower_ in DENIAL_WORDS for w in named):
        return " ".join(w.text for w in named)
    return ""


TRUTH_WORDS = word_set("truth_words")


def _denied_before_report(verb: "Token") -> str:
    """A denial word put before the report it denies ("dismissed as 'not true' a report that Bishkek had bought drones",
    "rejected as untrue media reports that Astana had agreed to host a base"): the parser hangs the report inside the
    "as" phrase, but what it is called is only the word right after "as": a bare denial. Returns that word, or ""."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        words = [w for w in prep.subtree if w.i > prep.i and not w.is_punct]
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


def _pinned_on_actor(verb: "Token", index: MentionIndex) -> bool:
    """"linked the cyber attack on the Foreign Ministry to Russia", "tied the hacking to Iranian intelligence": a harmful act
    (the direct object) is tied to someone who acts (the "to" object); not "attributed the outage to technical works", nor
    "the measure was linked to a campaign against smuggling"."""
    acts = [o for o in objects(verb) if o.lemma_.lower() in BLAMEWORTHY_ACTS or o.lower_ in BLAMEWORTHY_ACTS]
    return bool(acts) and any(index.at(d) is not None or (
        _actor_like(d, index) and d.lemma_.lower() not in NON_ACTOR_WORDS) for d in _tied_to(verb, acts))


def _tied_to(verb: "Token", acts: Sequence["Token"]) -> list["Token"]:
    """Whom an act is tied to: the "to" object of "linked the attack to Russia"; also when the parser hung the "to"
    on the act's own phrase ("traced the arson at a Warsaw shopping centre to Russian military intelligence"); and
    the master of a go-between ("to a hacker group working for Armenian intelligence")."""
    tied = prep_objects(verb, ("to",))
    tied += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_.startswith("NN")
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # "to fire" taken for an infinitive
    if not tied:
        phrases = [*acts, *(p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
        tied = [p for a in phrases for w in a.subtree if w.dep_ == "prep" and w.lower_ == "to" and w.head.dep_ != "relcl"
                for p in w.children if p.dep_ == "pobj"]
    tied += [d for t in tied if t.lemma_.lower() in BLAMEWORTHY_ACTS for d in prep_objects(t, ("from", "by"))]
    # ("attributed the crash of its airliner to fire from Russian air defences": the doer of the act it is tied to)
    return tied + [m for t in tied for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in PROXY_VERBS
                   for m in prep_objects(c, ("for", "on behalf of"))]


def _blaming_deed(verb: "Token", reporter: "Token", index: MentionIndex) -> bool:
    """A report of another side's wrong that blames it in the telling (PLOVER ACCUSE allege): "responded that Washington
    was interfering in the work of an independent court", "said Chisinau was hunting dissenters", "said Western services
    were trying to poison relations" (CONDEMNING_VERBS, some only with their objects), or a harmful act pinned on a doer
    ("said the attack had been carried out by a group acting for a foreign state"; not the speaker's own forces)."""
    if verb.lemma_.lower() in PERPETRATING_VERBS and is_passive(verb) and any(
            s.lemma_.lower() in BLAMEWORTHY_ACTS for s in passive_subjects(verb)):
        return _other_side(_doers_behind(verb), reporter, index)
    if _enlisted_by_service(verb, index):
        return _other_side(_doers_behind(verb), reporter, index)
    if _spreading_falsehood(verb):  # "said the broadcaster spread false information"
        return _other_side(subjects(verb), reporter, index)
    if _involved_in_wrong(verb):  # "saying he had been directly involved in recruiting"
        return _other_side(passive_subjects(verb) or subjects(verb), reporter, index)
    deed = verb
    if verb.lemma_.lower() in TRYING_VERBS:  # "were trying to poison relations"
        deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
    elif deed.lemma_.lower() not in CONDEMNING_VERBS:  # "were exploiting the man's death to destabilise the region"
        deed = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)
                     and c.lemma_.lower() in CONDEMNING_VERBS - OBJECT_BOUND_CONDEMNING_VERBS), verb)
    lemma = deed.lemma_.lower()
    if lemma in ENLISTING_VERBS and not is_passive(deed) and any(
            w.lemma_.lower() in COVERT_SERVICE_WORDS or w.lower_ in COVERT_SERVICE_WORDS
            for s in subjects(verb) for w in phrase_tokens(s)):  # "Iranian special services had tried to recruit citizens"
        theirs = {e.code for e in entities_of(subjects(verb), index) if e.code}
        return bool(theirs) and _other_side(subjects(verb), reporter, index)  # (a named foreign service, not "the service")
    if lemma not in CONDEMNING_VERBS or is_passive(deed):
        return False
    if lemma in OBJECT_BOUND_CONDEMNING_VERBS and not any(o.lemma_.lower() in CONDEMNING_VERB_OBJECTS for o in objects(deed)):
        return False
    return _other_side(subjects(verb), reporter, index)


MASTER_NOUNS = word_set("master_nouns")
OPERATIVE_NOUNS = word_set("operative_nouns")
ENLISTING_VERBS = word_set("enlisting_verbs")
COVERT_SERVICE_WORDS = word_set("covert_service_words")
SPREADING_VERBS = word_set("spreading_verbs")


def _doers_behind(verb: "Token") -> list["Token"]:
    """Who is said to stand behind a passive act: the "by" doers, the master of an operative among them ("recruited by an
    officer of Azerbaijan's State Security Service"), the one whose orders it followed ("carried out on the orders of
    Russian military intelligence"), and the user of the means it came from ("coordinated from servers used by Russian
    military intelligence")."""
    doers = list(agents(verb))
    doers += [o for d in doers if d.lemma_.lower() in OPERATIVE_NOUNS for o in prep_objects(d, ("of", "for"))]
    for held in prep_objects(verb, ("on", "at", "under", "upon")):
        if held.lemma_.lower() in MASTER_NOUNS:  # "on the orders / instructions of", "at the behest of"
            doers += prep_objects(held, ("of",))
    for means in prep_objects(verb, ("from", "via", "through")):  # "from servers used by ..."
        doers += [a for c in means.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in agents(c)]
    return doers


def _enlisted_by_service(verb: "Token", index: MentionIndex) -> bool:
    """A person said to have been recruited, hired or tasked by another state's secret service (PLOVER ACCUSE allege):
    "said the soldier had been recruited online by an officer of Azerbaijan's State Security Service"; not "recruited by
    a football club" nor "hired by a Russian firm"."""
    if verb.lemma_.lower() not in ENLISTING_VERBS or not is_passive(verb):
        return False
    doers = _doers_behind(verb)
    return any(w.lemma_.lower() in COVERT_SERVICE_WORDS or w.lower_ in COVERT_SERVICE_WORDS
               for d in doers for w in phrase_tokens(d)) or any(e.sector == "SPY" for e in entities_of(doers, index))


COVERT_ACTS = word_set("covert_acts")


def _involved_in_wrong(verb: "Token") -> bool:
    """Someone said to have taken part in a harmful or covert act: "saying he had been directly involved in recruiting an
    Estonian citizen to spy for Moscow", "said the diplomat was involved in espionage" (not "involved in the talks")."""
    if verb.lemma_.lower() not in ("involve", "implicate", "engage") or not (is_passive(verb) or verb.tag_ == "VBN"):
        return False
    acts = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for a in c.children
            if a.dep_ in ("pobj", "pcomp")]
    return any(a.lemma_.lower() in BLAMEWORTHY_ACTS | COVERT_ACTS | ENLISTING_VERBS | CONDEMNING_VERBS
               or a.lower_ in COVERT_ACTS for a in acts)


def _spreading_falsehood(verb: "Token") -> bool:
    """A reported act of spreading what the speaker calls false ("said the broadcaster spread false information about the
    army", "had circulated disinformation"): the speaker accuses the spreader."""
    if verb.lemma_.lower() not in SPREADING_VERBS or is_passive(verb):
        return False
    return any(o.lemma_.lower() in CONDEMNING_PREDICATES or any(
        a.dep_ == "amod" and a.lower_ in CONDEMNING_PREDICATES for a in o.children) for o in objects(verb))


THREAT_CLAUSE_RULE = TriggerRule(id="THREATEN/threat_clause", lemmas=frozenset({"say"}), event="THREATEN",
                                 source="analysis", reliability=0.62, governs=True)
THREAT_JOINED_RULE = dataclasses.replace(THREAT_CLAUSE_RULE, governs=False)  # a second reported clause
UNANSWERED_WORDS = word_set("unanswered_words")
RETRIBUTION_NOUNS = word_set("retribution_nouns")
RETRIBUTION_VERBS = word_set("retribution_verbs")
CONSEQUENCE_VERBS = word_set("consequence_verbs")
CONSEQUENCE_NOUNS = word_set("consequence_nouns")
PROVOKING_ACTS = word_set("provoking_acts")
ANSWERING_PREPS = word_set("answering_preps")
ACCOUNTABLE_WORDS = word_set("accountable_words")
FIRST_PERSON = {"i", "we", "us", "me", "our"}


def _reported_clause_pairs(sent: "Span") -> Iterator[tuple["Token", "Token"]]:
    """(clause verb, reporting verb) for each clause a speaker reports, the second of two reported clauses too:
    "said that the sanctions were illegal and that Tehran would not remain silent" gives both "were" and "remain"."""
    for clause in _reported_clauses(sent):
        yield clause, clause.head
        for c in clause.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
                yield c, clause.head
    for reporter in sent:
        if (clause := _clause_before_attribution(reporter)) is not None:
            yield clause, reporter


def _clause_before_attribution(reporter: "Token") -> "Token | None":
    """The clause an attribution after a comma reports when the parser took the attribution for a relative clause on the
    clause's last noun ("The trial ... is a show trial, Armenia's ombudsman said": "said" hangs on "trial"): the clause's
    verb, or None."""
    if reporter.dep_ != "relcl" or reporter.lemma_.lower() not in DEMAND_REPORTING or reporter.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subj = [c for c in reporter.children if c.dep_ == "nsubj" and c.i < reporter.i]
    if not subj or any(w.tag_ in ("WDT", "WP", "WP$") or w.lower_ == "that" for w in subj[0].subtree):
        return None
    first = min(w.i for w in subj[0].subtree)
    if first == 0 or reporter.doc[first - 1].text != ",":
        return None
    clause = reporter.head.head
    return clause if clause.pos_ in ("VERB", "AUX") and clause.dep_ == "ROOT" else None


def _will_or_would(verb: "Token") -> bool:
    """The clause is told as what will or would happen ("will not go unanswered", "would have consequences")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX | {"would"} for c in verb.children)


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


def _threat_words(clause: "Token") -> str:
    """What makes a reported future clause a threat to another side, or "": it will not let the other's act pass
    ("such a move will not go unanswered", "Tehran would not remain silent", "will not stand idly by"); the other
    side will receive or face retribution ("anyone who miscalculates will receive a response", "will pay a heavy
    price"); the other side's step will bring consequences ("any attempt by Chisinau would have the most serious
    consequences", not "the drought will have consequences"); or wrongdoers will answer or be held to account
    ("those responsible will answer under the law", "the organisers would be held accountable")."""
    if not _will_or_would(clause):
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
    return ""


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
    if lemma == "meet" and any(o.lemma_.lower() in FORCEFUL_ANSWERS for o in prep_objects(clause, ("with",))):
        return f"{trespass[0].text} ... met with ..."
    if lemma in HANDLING_VERBS and any(w.lower_ in FIRM_MANNER_WORDS and (w.dep_ == "advmod" or w.head.head.i == clause.i)
                                       for c in clause.children for w in (c, *c.children)):  # ("dealt with [harshly]")
        return f"{trespass[0].text} ... {clause.text} ... firmly"
    if lemma in DESTROYING_VERBS and any(d.dep_ == "det" and d.lower_ in ANY_DETERMINERS for s in trespass for d in s.children) \
            or (lemma in DESTROYING_VERBS and any(s.lower_ in IMPERSONAL_SUBJECTS for s in trespass)):
        return f"{trespass[0].text} ... {clause.text}"
    return ""


def _threat_clause_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """"X said (that) <a threat to another side>" (PLOVER THREATEN, CAMEO 13): hit on the reporting verb, which
    speaks for the speaker (see `_threat_words`). Not where the reporting verb is a trigger of its own ("warned
    that ..." is coded from "warn"). A second reported clause threatens without taking over the acts of the first."""
    out = []
    for clause, reporter in _reported_clause_pairs(sent):
        if reporter.i in triggers or any(h.token_i == reporter.i for h in out):
            continue
        if _threat_words(clause):
            out.append(TriggerHit(reporter.i, THREAT_CLAUSE_RULE if clause.dep_ == "ccomp" else THREAT_JOINED_RULE))
    return out


DISQUIET_RULE = TriggerRule(id="ACCUSE/disquiet_clause", lemmas=frozenset({"concerned"}), event="ACCUSE", mode="disapprove",
                            source="analysis", reliability=0.58)
DISQUIET_WORDS = word_set("disquiet_words")
DISQUIET_VOICING_VERBS = word_set("disquiet_voicing_verbs")
DEMANDING_VERBS = word_set("demanding_verbs")


def _content_clause(word: "Token") -> "Token | None":
    """The that-clause a feeling word or noun hangs ("concerned that Iran had continued ...", "concern that the dam
    could reduce ...")."""
    return next((c for c in word.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _others_deed(clause: "Token", holder: "Token", index: MentionIndex) -> bool:
    """The clause tells what another side does or may do: its subject is someone able to act ("that Iran had continued to
    deport Afghans", "that Pakistan was forcing Afghans back") or a thing of another country ("that the new Chinese dam
    could reduce water levels"); not the speaker's own side, nor a plain situation ("that prices could rise")."""
    subj = [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subj or any(t.lower_ in FIRST_PERSON | {"it", "there", "this"} for t in subj):
        return False
    owners = subj + [c for t in subj for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    coded = [e for e in entities_of(owners, index) if e.code]
    own = {e.code for e in entities_of(subjects(holder), index) if e.code}
    if not coded and not any(_actor_like(t, index) for t in subj):
        return _works_harming_own(clause, subj, own, index)
    return not (coded and own and {e.code for e in coded} <= own)


BUILT_WORKS = word_set("built_works")


def _works_harming_own(clause: "Token", subj: Sequence["Token"], own: set[str], index: MentionIndex) -> bool:
    """Another side's works said to harm the speaker's own country ("voiced concern that the canal could cut the river's
    flow to Uzbekistan", said by an Uzbek minister): disquiet at a deed whose doer the story named before. Not a hazard
    ("that the drought could hit Uzbekistan") nor the speaker's own works."""
    if not own or not any(s.lemma_.lower() in BUILT_WORKS for s in subj):
        return False
    named = [t for t in clause.subtree if all(t.i not in {w.i for w in s.subtree} for s in subj)]
    return any(m.entity.code in own for m in index.in_tokens(named))


RETORT_VERBS = word_set("retort_verbs")


def _unconditioned(verb: "Token") -> list["Token"]:
    """The words of a verb's phrase outside any "if"/"unless" clause in it ("threatened to shell British forces if western
    forces launched any attack against Serbs": the threat is against the British, not the Serbs)."""
    out, stack = [], [verb]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if not (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)))
    return out


def _demand_addressees(word: "Token") -> list["Token"]:
    """Whom a demand joined to a feeling is made of ("was concerned and called on [the Georgian authorities] to ...",
    "expressed concern ... and asked [the Afghan side] to pause work")."""
    head = word.head if word.dep_ == "acomp" else word
    joined = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    joined += [c for o in objects(head) for cl in o.children if cl.dep_ == "acl" for c in cl.children if c.dep_ == "conj"]
    return [o for j in joined if j.lemma_.lower() in DEMANDING_VERBS
            for o in objects(j) + prep_objects(j, ("on", "upon"))]


def _disquiet_clause_hits(sent: "Span", index: MentionIndex, triggers: set[int]) -> list[TriggerHit]:
    """Disquiet at what another side did (PLOVER ACCUSE disapprove, as the regional gold codes "concern"): told with a
    that-clause on another side's deed ("UNHCR said it was concerned that Iran had continued to deport Afghans",
    "expressed concern that the new Chinese dam could reduce water levels"), or with no deed of its own but joined to a
    demand on someone ("said she was deeply concerned and called on the Georgian authorities to release ...", "expressed
    concern that the canal could cut the flow, and asked the Afghan side to pause work"). Hit on the feeling word, or on
    the verb that voices the noun. Concern at a situation ("concerned that prices could rise") is no event."""
    out: list[TriggerHit] = []
    table = nlp.token_table(sent.doc)
    if DISQUIET_WORDS.isdisjoint(table.lemma[sent.start:sent.end]) and DISQUIET_WORDS.isdisjoint(table.lower[sent.start:sent.end]):
        return out
    for word in sent:
        if word.lemma_.lower() not in DISQUIET_WORDS and word.lower_ not in DISQUIET_WORDS:
            continue
        if word.pos_ == "NOUN":
            holder = word.head if word.dep_ == "dobj" and word.head.lemma_.lower() in DISQUIET_VOICING_VERBS else None
        else:
            holder = word if word.dep_ in ("acomp", "ROOT", "ccomp", "conj") or word.tag_ == "VBN" else None
        if holder is None or holder.i in triggers or word.i in triggers or any(h.token_i == holder.i for h in out):
            continue
        if any(c.dep_ == "neg" for c in (*holder.children, *holder.head.children)):
            continue
        clause = _content_clause(word)
        clause_head = holder if holder is not word else word.head  # "was concerned": "was" carries the coordination
        if clause is not None and _others_deed(clause, clause_head if word.pos_ != "NOUN" else holder, index):
            out.append(TriggerHit(holder.i, DISQUIET_RULE))
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("about", "over", "at", "by") for c in word.children):
            continue  # a topic of its own: the lexical rules decide ("concerned about the fate of")
        joined = [c for c in clause_head.children if c.dep_ == "conj"] + ([clause_head.head] if clause_head.dep_ == "conj" else [])
        if clause is not None:  # ("expressed concern that the canal could cut the flow, and asked the Afghan side ...")
            joined += [c for c in clause.children if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass")
                                                                                  for g in c.children)]
        if any(j.lemma_.lower() in DEMANDING_VERBS and j.pos_ == "VERB" for j in joined):
            out.append(TriggerHit(holder.i, DISQUIET_RULE))
    return out


NO_NEED_RULE = TriggerRule(id="REJECT/no_need", lemmas=frozenset({"need"}), event="REJECT", source="analysis",
                           reliability=0.62)
OFFERED_HELP = word_set("offered_help")
NO_NEED_LEMMAS = frozenset({"see", "find", "need"})  # the verbs `_no_need_hits` looks at


def _no_need_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """Saying one needs no offered help or go-between turns the offer down (PLOVER REJECT): "saw no need for third-party
    involvement", "We do not need mediators". Hit on the verb; its negation is the refusal itself."""
    out: list[TriggerHit] = []
    if NO_NEED_LEMMAS.isdisjoint(_sentence_lemmas(sent)):
        return out
    for tok in sent:
        if tok.i in triggers or tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma in ("see", "find") and any(
                o.lemma_.lower() == "need" and any(d.lower_ == "no" for d in o.children)
                and any(p.lemma_.lower() in OFFERED_HELP for p in prep_objects(o, ("for",))) for o in objects(tok)):
            out.append(TriggerHit(tok.i, NO_NEED_RULE))
        elif lemma == "need" and any(c.dep_ == "neg" for c in tok.children) and any(
                o.lemma_.lower() in OFFERED_HELP for o in objects(tok)):
            out.append(TriggerHit(tok.i, NO_NEED_RULE))
    return out


PROPOSAL_REJECTED_RULE = TriggerRule(id="REJECT/rejected_proposal", lemmas=frozenset({"reject"}), event="REJECT",
                                     source="analysis", reliability=0.64)
PROPOSING_NOUNS = word_set("proposing_nouns")
REJECTING_VERBS = word_set("rejecting_verbs")


def _proposed_content(noun: "Token") -> bool:
    """The noun is followed by what it proposes be done, in the subjunctive or with "should" ("suggestions by Uzbekistan
    that work on the canal be paused", "the idea that Kyiv should cede territory"), not by a claim ("suggestions that he was
    involved")."""
    seen_that = False
    for t in noun.doc[noun.i + 1:noun.sent.end]:
        if t.text in (",", ";", ":"):
            return False
        if t.lower_ == "that":
            seen_that = True
        elif seen_that and (t.lower_ in ("should", "must") or (t.lower_ == "be" and t.tag_ == "VB" and t.doc[t.i - 1].lower_ not in
                                                             ("to", "will", "would", "could", "can", "may", "might", "not"))):
            return True
    return False


def _rejected_proposal_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """Turning down what another side proposes be done (PLOVER REJECT), told with a noun of suggestion and its content:
    "rejected suggestions by Uzbekistan that work on the canal be paused", "dismissed the idea that Kyiv should cede
    territory". A suggestion that something happened is a claim denied, not a proposal ("rejected suggestions that he was
    involved")."""
    out = []
    for tok in sent:
        if tok.i in triggers or tok.lemma_.lower() not in REJECTING_VERBS or tok.pos_ != "VERB":
            continue
        if any(o.lemma_.lower() in PROPOSING_NOUNS and _proposed_content(o) for o in objects(tok)):
            out.append(TriggerHit(tok.i, PROPOSAL_REJECTED_RULE))
    return out


EXPECTING_LEMMAS = frozenset({"expect", "want", "wish"})
EXPECT_RULE = TriggerRule(id="REQUEST/expect_of", lemmas=frozenset({"expect"}), event="REQUEST", source="analysis",
                          reliability=0.6, governs=True)
ASSURE_RULE = TriggerRule(id="AGREE/assure_that", lemmas=frozenset({"assure"}), event="AGREE", source="analysis",
                          reliability=0.62, governs=True)
ASSURING_VERBS = word_set("assuring_verbs")
ASSURANCE_NOUNS = word_set("assurance_nouns")
ASSURANCE_GIVING_VERBS = word_set("assurance_giving_verbs")


STATIVE_COMPLEMENTS = word_set("stative_complements")


def _expectation_hits(sent: "Span", index: MentionIndex, triggers: set[int]) -> list[TriggerHit]:
    """One side saying it expects another to act asks it to (PLOVER REQUEST): "Astana expects Kyiv to take measures to
    rule out a repetition", "Baku expected Yerevan to hand over information". The expected side must be a known actor
    other than the expecting one; not a forecast ("analysts expect prices to fall", "talks are expected to resume")."""
    out: list[TriggerHit] = []
    if EXPECTING_LEMMAS.isdisjoint(_sentence_lemmas(sent)):
        return out
    for tok in sent:
        if tok.i in triggers or tok.lemma_.lower() not in EXPECTING_LEMMAS or tok.pos_ != "VERB" or is_passive(tok):
            continue
        if any(c.dep_ in ("aux", "neg") and c.lower_ in HYPOTHETICAL_AUX | {"not", "n't"} for c in tok.children):
            continue
        if _wanted_done(tok, index):  # "We expect this incident to be investigated", "Turkey wants the shooting investigated"
            out.append(TriggerHit(tok.i, EXPECT_RULE))
            continue
        if tok.lemma_.lower() != "expect":
            continue
        acts = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and to_infinitive(c)]
        if all(c.lemma_.lower() in STATIVE_COMPLEMENTS for c in acts):
            continue  # "expects Russia to remain its main trading partner": a state foreseen, no act asked
        expected = [s for c in acts for s in c.children if s.dep_ == "nsubj"] + (objects(tok) if acts else [])
        theirs = {e.code for e in entities_of(expected, index) if e.code}
        own = {e.code for e in entities_of(subjects(tok), index) if e.code}
        if theirs and own and not theirs & own:
            out.append(TriggerHit(tok.i, EXPECT_RULE))
    return out


REQUESTED_DEEDS = word_set("requested_deeds")


def _wanted_done(tok: "Token", index: MentionIndex) -> bool:
    """A side saying it expects or wants something done by whoever must do it asks for it (PLOVER REQUEST): "We expect
    this incident to be investigated thoroughly", "Turkey wants the shooting to be investigated by an independent
    commission". The wanted deed is a passive of an act one demands (REQUESTED_DEEDS), and the wanting side is a party
    (or "we" in a quote); not "investors want prices to be cut"."""
    wanted = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and is_passive(c)
              and c.lemma_.lower() in REQUESTED_DEEDS]
    if not wanted:
        return False
    wanting = subjects(tok)
    return any(w.lower_ in ("we", "us") or (_actor_like(w, index) and w.lower_ not in IMPERSONAL_SUBJECTS) for w in wanting)


def _assurance_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """An assurance that something will be done is a promise (PLOVER AGREE): "assured him that those responsible would be
    found and punished", "assured Japarov that the extra checks would be lifted", "gave assurances that Afghan territory
    would not be used". The that-clause must tell what will be done (will/would), not a fact ("assured him that all was
    calm")."""
    out: list[TriggerHit] = []
    lemmas = _sentence_lemmas(sent)
    if ASSURING_VERBS.isdisjoint(lemmas) and ASSURANCE_GIVING_VERBS.isdisjoint(lemmas):
        return out
    for tok in sent:
        if tok.i in triggers or tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() in ASSURING_VERBS:
            told = [c for c in tok.children if c.dep_ == "ccomp"]
        elif tok.lemma_.lower() in ASSURANCE_GIVING_VERBS:
            told = [c for o in objects(tok) if o.lower_ in ASSURANCE_NOUNS for c in o.children if c.dep_ in ("acl", "ccomp")]
            told += [c for c in tok.children if c.dep_ == "ccomp"] if any(o.lower_ in ASSURANCE_NOUNS for o in objects(tok)) else []
        else:
            continue
        if any(o.lemma_.lower() in AUDIENCE_NOUNS | PUBLIC_NOUNS for o in objects(tok) + prep_objects(tok, ("to",))):
            continue  # "assured reporters that the economy would grow": a forecast told to an audience, no promise
        if any(_will_or_would(c) or any(g.dep_ == "xcomp" and _will_or_would(g.head) for g in c.children) for c in told):
            out.append(TriggerHit(tok.i, ASSURE_RULE))
    return out


PRAISE_PREDICATES = word_set("praise_predicates")
PRAISED_THINGS = word_set("praised_things")


def _praising_clause_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """"X said (that) the vote was open, competitive and fair", "said the decision was a positive step": the speaker praises
    what it names (PLOVER SUPPORT): hit on the reporting verb. Only a vote or a step (PRAISED_THINGS; "the talks were
    useful, the spokesman said" describes one's own talks), and not a negated, modal or conditional clause."""
    out = []
    for tok, reporter in _reported_clause_pairs(sent):
        if reporter.i in triggers or any(h.token_i == reporter.i for h in out) or tok.lemma_.lower() != "be":
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX) for c in tok.children):
            continue
        if not any(s.lemma_.lower() in PRAISED_THINGS for s in subjects(tok)):
            continue
        named = [c for c in tok.children if c.dep_ in ("acomp", "attr")]
        named += [c for n in named for c in n.children if c.dep_ == "conj"]
        if any(n.lemma_.lower() in PRAISE_PREDICATES for n in named):
            out.append(TriggerHit(reporter.i, PRAISE_RULE))
    return out


HARMFUL_AIMS = word_set("harmful_aims")
SCHEMING_VERBS = word_set("scheming_verbs")


def _plotting_harm(verb: "Token", reporter: "Token", index: MentionIndex) -> bool:
    """"Russia was planning to use saboteurs to topple her government", "were preparing to attack": a reported
    scheme of harm, said of another side than the speaker's (not "Gallant said Israel was preparing to invade")."""
    if verb.lemma_.lower() not in SCHEMING_VERBS:
        return False
    aims = [t for t in verb.subtree if t.i > verb.i and t.pos_ == "VERB" and t.dep_ in ("xcomp", "advcl", "conj")]
    if not any(t.lemma_.lower() in HARMFUL_AIMS for t in aims):
        return False
    schemers = {e.code for e in entities_of(subjects(verb), index) if e.code}
    speakers = {e.code for e in entities_of(subjects(reporter), index) if e.code}
    return bool(schemers) and bool(speakers) and not schemers & speakers


FOILED_PLOT_RULE = TriggerRule(id="ACCUSE/foiled_plot_attributed", lemmas=frozenset({"foil"}), event="ACCUSE", mode="allege",
                               source="analysis", reliability=0.62, governs=True)
FOILING_VERBS = word_set("foiling_verbs")
FOILED_THINGS = word_set("foiled_things")


def _plot_masters(foil: "Token") -> list["Token"]:
    """Who a foiled plot is said to be ordered or planned by: the "by" doers of a passive verb of perpetrating after the
    foiling verb ("foiled a plot to blow up a railway line near Bryansk, which it said had been ordered by [Ukraine's
    military intelligence]", "prevented a sabotage attack on a railway bridge that had been planned by [Polish
    intelligence]"); the parser often hangs that clause on the nearest noun, so the foiling verb's phrase after it is
    searched."""
    if foil.lemma_.lower() not in FOILING_VERBS or not any(
            o.lemma_.lower() in FOILED_THINGS for o in objects(foil)):
        return []
    return [d for w in foil.subtree if w.i > foil.i and (w.tag_ == "VBN" or (w.tag_ == "VBD" and w.dep_ in ("advcl", "acl")
                                                                              and not subjects(w)))
            and w.lemma_.lower() in PERPETRATING_VERBS | PLOTTING_VERBS | SCHEMING_VERBS
            and (is_passive(w) or w.dep_ in ("acl", "relcl", "advcl"))
            for d in _doers_behind(w)]  # ("a terrorist attack prepared on the orders of Ukrainian intelligence")


def _foiled_plot_hits(sent: "Span", index: MentionIndex, triggers: set[int]) -> list[TriggerHit]:
    """A foiled plot pinned on a named side (PLOVER ACCUSE allege): "The FSB said it had foiled a plot ..., which it said
    had been ordered by Ukraine's military intelligence" (the FSB accuses Ukraine; the plot itself, not carried out, is
    no event). Hit on the foiling verb; not when no coded side is named ("planned by a local gang")."""
    lemmas = _sentence_lemmas(sent)
    if FOILING_VERBS.isdisjoint(lemmas):
        return []
    return [TriggerHit(tok.i, FOILED_PLOT_RULE) for tok in sent
            if tok.pos_ == "VERB" and tok.i not in triggers and any(e.code for e in entities_of(_plot_masters(tok), index))]


ALLEGED_ABUSE_RULE = TriggerRule(id="ACCUSE/alleged_abuse", lemmas=frozenset({"say"}), event="ACCUSE", mode="allege",
                                 source="analysis", reliability=0.6, governs=True)
CUSTODY_ABUSE_VERBS = word_set("custody_abuse_verbs")
ABUSE_ALLEGING_SOURCES = word_set("abuse_alleging_sources")
CUSTODY_AGENT_NOUNS = word_set("custody_agent_nouns")
CUSTODY_CUES = word_set("custody_cues")


def _abuse_source(reporter: "Token", index: MentionIndex) -> bool:
    """The speaker of a report is an advocate, kin, counsel or the opposition ("Activists said", "Their relatives said",
    "Opposition groups said"), not the authorities themselves ("Police said ...")."""
    speakers = subjects(reporter)
    if not speakers or any(e.sector in STATE_SECTORS for e in entities_of(speakers, index)):
        return False
    if all(s.lower_ in ("they", "he", "she") for s in speakers) and reporter.sent.start > 0:
        # "..., his relatives said. They said the detainees were being pressured": the source of the sentence before
        before = reporter.doc[reporter.sent.start - 1].sent
        speakers = [s for t in before if t.lemma_.lower() in DEMAND_REPORTING for s in subjects(t)]
    return any(w.lemma_.lower() in ABUSE_ALLEGING_SOURCES or w.lower_ in ABUSE_ALLEGING_SOURCES
               for s in speakers for w in phrase_tokens(s))


def _abuse_told(clause: "Token") -> "Token | None":
    """The verb of abuse by the state's agents in a reported clause, or None: "officers had beaten one of them", "several
    detainees had been beaten in custody", "were being pressured to record video confessions" (a passive with no doer, or
    with the state's agents as doers; not "had been beaten by cellmates"), outside a negated or modal clause."""
    for verb in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if verb.lemma_.lower() not in CUSTODY_ABUSE_VERBS or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX) for c in verb.children):
            continue
        doers = agents(verb) if is_passive(verb) else subjects(verb)
        if (is_passive(verb) and not doers) or any(
                w.lemma_.lower() in CUSTODY_AGENT_NOUNS or w.lower_ in CUSTODY_AGENT_NOUNS
                for d in doers for w in phrase_tokens(d)):
            return verb
    return None


def _alleging_report(verb: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """The reporting verb whose alleged abuse `verb` is, also a second verb of the reported clause ("said the detainees
    had been flown to Dushanbe and were being [pressured] to record video confessions")."""
    for i, hit in by_token.items():
        if hit.rule is ALLEGED_ABUSE_RULE and i != verb.i and any(
                c.dep_ in ("ccomp", "conj") and (told := _abuse_told(c)) is not None and told.i == verb.i
                for c in verb.doc[i].children):
            return i
    return None


def _alleged_abuse_hits(sent: "Span", index: MentionIndex, triggers: set[int]) -> list[TriggerHit]:
    """Abuse of people held by the state's agents, alleged by an advocate, kin or counsel (the round-26 team decision:
    ACCUSE allege, the speaker against the state): "Activists said officers had beaten one of them in a police van",
    "Lawyers said their clients had been pressured by investigators to sign statements". Hit on the reporting verb, which
    governs the abuse (not coded as an attack of its own). The sentence sets it in custody (CUSTODY_CUES)."""
    words = _sentence_lemmas(sent) | {t.lower_ for t in sent}
    if CUSTODY_ABUSE_VERBS.isdisjoint(words) or CUSTODY_CUES.isdisjoint(words):
        return []
    out: list[TriggerHit] = []
    for clause, reporter in _reported_clause_pairs(sent):
        if reporter.i in triggers or any(h.token_i == reporter.i for h in out):
            continue
        if _abuse_told(clause) is not None and _abuse_source(reporter, index):
            out.append(TriggerHit(reporter.i, ALLEGED_ABUSE_RULE))
    return out


def _without_readiness_over_triggers(hits: list[TriggerHit], doc: "Doc") -> list[TriggerHit]:
    """Drop a readiness adjective ("ready / willing to ...") whose complement is a trigger of its own:
    "willing to withdraw its troops" is coded from "withdraw" (as an intention), "ready to help" from "ready"."""
    at = {h.token_i for h in hits}
    return [h for h in hits if doc[h.token_i].pos_ != "ADJ" or not any(
        c.dep_ == "xcomp" and c.i in at for c in doc[h.token_i].children)]


MEETING_RESULTS = type_set("meeting_results")
GOVERNOR_REACH = 6  # dependency steps from a trigger up to the act whose content it is
VERBAL_TYPES = type_set("verbal")
ABOUT_OTHER_ACTS = type_set("about_other_acts")
CIRCUMSTANCE_MARKS = {"as", "while", "after", "before", "when", "because", "since", "although", "though", "until",
                      "once", "whereas"}


def _governor(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """The trigger token whose complement `tok` sits in ("threatened to attack"), if any. Any trigger
    governs a subjectless purpose or participle clause hanging from it ("staged a strike to demand").
    A bare-infinitive conjunct shares its head's governor ("signed protocols to establish ties and open the
    border"). A relative clause is crossed only when it merely describes its noun and the governor is an
    act about other acts (ABOUT_OTHER_ACTS: "condemned the raid, in which nine were killed")."""
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.tag_ == "VB" and not any(
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
    if _speakers_second_verb(tok):
        return None
    cur = tok
    first = True
    relative = False
    for _ in range(GOVERNOR_REACH):
        if cur.dep_ not in GOVERNED_DEPS or cur.head.i == cur.i:
            return None
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in cur.children):
            return None  # "agreed ..., after the ministers held talks": a clause of its own, not what was agreed
        if cur.dep_ == "prep" and cur.i < cur.head.i and cur.i == cur.sent.start:
            return None  # "In a statement condemning the attack, the embassy urged ...": an opening phrase of its own
        if cur.dep_ == "relcl":
            if not _describing_clause(cur, by_token):
                return None  # "talks with Erdogan, whose forces shelled Kurdish positions on Monday": news of its own
            relative = True
        subjectless = cur.dep_ in ("xcomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
        cur = cur.head
        hit = by_token.get(cur.i)
        if hit is not None and not hit.rule.governs and first and subjectless and tok.tag_ == "VBG" \
                and tok.i in by_token and _second_forceful_act(by_token[tok.i].rule, hit.rule):
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


TIME_ADJUNCT_DEPS = {"npadvmod", "tmod", "advmod", "nmod"}


def _adjunct_of(date_tok: "Token") -> "Token":
    """The word a time phrase hangs from: "on Tuesday" -> the verb of "joined ... on Tuesday"."""
    cur = date_tok
    while cur.dep_ in ("compound", "nummod", "amod", "det", "quantmod") and cur.head.i != cur.i:
        cur = cur.head  # "last Tuesday", "30 December"
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        return cur.head.head
    return cur.head if cur.dep_ in TIME_ADJUNCT_DEPS else cur


def _own_date(head: "Token", sent: "Span", text: str, pub: dt.date | None,
              chosen: DateResolution, noun: "Token | None" = None) -> DateResolution | None:
    """The time phrase the act's own verb carries ("said on Wednesday it had expelled two diplomats on 30 December"),
    or, when its verb has none and the date found belongs to a noun or to a verb beside it ("declared martial law on
    Sunday after forces launched an offensive ..., and fighting continued on Monday"), the one of the verb it hangs
    from; None to keep the date found."""
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None]
    if len(dates) < 2:
        return None
    tokens = {id(d): _token_at(sent, d.start + sent.start_char) for d in dates}

    def carried_by(verb: "Token") -> DateResolution | None:
        return _carried_by(verb, dates, tokens)
    own = carried_by(head) or _day_hung_low(head, dates, tokens, chosen)
    if own is not None:
        return own if own.start != chosen.start else None
    found = tokens.get(id(next((d for d in dates if d.start == chosen.start), None)))
    if found is None:
        return None
    holder = _adjunct_of(found)
    if (noun is not None and holder.i == noun.i) or (holder.dep_ == "nsubj" and holder.head.i == head.i
                                                     and holder.lemma_.lower() in RETOLD_EVENT_NOUNS):
        return None  # the event noun's own day: "after a drone attack on Monday damaged a pumping station", "after a
        # shooting on Tuesday wounded two guards"
    if holder.pos_ not in ("NOUN", "PROPN") and not (holder.pos_ in ("VERB", "AUX") and holder.i != head.i
                                                     and head not in holder.subtree):
        return None  # (the date found is no noun's, nor another verb's beside this one: keep it)
    cur = head
    while cur.dep_ in ("pcomp", "prep", "advcl", "xcomp", "pobj") and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in SPEAKER_VERBS:
            return None  # (", prosecutors said on Monday": the day of the report, not of the act)
        if cur.pos_ in ("VERB", "AUX") and (above := carried_by(cur)) is not None:
            return above
    return None


def _carried_by(verb: "Token", dates: Sequence[DateResolution],
                tokens: dict[int, "Token | None"]) -> DateResolution | None:
    """The time phrase a verb carries itself: after the verb first; before it, only inside its clause ("said on
    Wednesday they had arrested": the parser may hang the reporting verb's date on the reported one)."""
    subject_start = min((t.left_edge.i for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), default=verb.i)
    mine = [d for d in dates if tokens.get(id(d)) is not None and _adjunct_of(tokens[id(d)]).i == verb.i]
    after = [d for d in mine if tokens[id(d)].i > verb.i]
    return after[0] if after else next((d for d in mine if tokens[id(d)].i >= subject_start), None)


def _day_hung_low(head: "Token", dates: Sequence[DateResolution], tokens: dict[int, "Token | None"],
                  chosen: DateResolution) -> DateResolution | None:
    """A day the parser hung below the act's verb, on a subjectless clause of its own ("and the Defence Ministry
    raised the threat level to 'elevated' on Wednesday", with "elevated" read as a verb), when the day found is
    another clause's ("Websites were disrupted on Tuesday ..., the centre said, and ..."): the act's own day."""
    found = tokens.get(id(next((d for d in dates if d.start == chosen.start), None)))
    if found is None or found in head.subtree:
        return None
    for d in dates:
        tok = tokens.get(id(d))
        if tok is None or not d.exact_day or d.start == chosen.start or tok not in head.subtree:
            continue
        cur = _adjunct_of(tok)
        while cur.i != head.i and cur.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in cur.children):
            cur = cur.head
        if cur.i == head.i:
            return d
    return None


# clauses of another verb: a time phrase inside one dates that verb, not the act above it
BESIDE_CLAUSES = {"ccomp", "advcl", "parataxis", "csubj"}  # "..., adding that all three had been released by Tuesday"
CONTENT_CLAUSES = {"xcomp", "pcomp", "acl"}  # "accused the guards of firing ... earlier this month", "agreed to meet in
# June", "an invitation to visit Baku later this year"
# subordinate clauses that set the act's own time: "agreed on a truce after the ministers met on Monday"
TIME_SETTING_MARKS = {"when", "while", "as", "after", "once"}


def _dates_another_act(date_tok: "Token", head: "Token", exact_day: bool) -> bool:
    """A time phrase inside another verb's clause dates that verb, not the act: a clause beside the act ("...,
    adding that all three had been released by Tuesday morning"), a clause describing the act's subject or the subject of
    a verb above it ("Rahmon, who toured the districts on Monday, thanked Putin", "Lavrov, who flew in on Monday, used
    his remarks to accuse NATO"), or a month, season or year in what the act is about or in a
    clause describing a noun ("accused the guards of firing ... earlier this month", "agreed to convene the
    commission in June", "handed over four Armenians it had held since 2023"). A day there is mostly the act's own,
    hung low by the parser ("agreed to exchange prisoners on Friday", "blocked the highway leading to the border on
    Monday", "dispatched a team who arrived in Kabul on Friday"). Not a reporting verb's day ("..., officials said on
    Monday"), nor a clause setting the act's time ("after they met on Monday")."""
    line = {head.i} | {a.i for a in head.ancestors}
    if _possessive_day(date_tok) and _object_owning_day(date_tok, head):
        return True  # ("condemned Tuesday's sentence", "protested over Sunday's arrests": the day of what is condemned)
    cur = date_tok
    while cur.i not in line and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX"):
            if cur.lemma_.lower() in SPEAKER_VERBS:
                return False
            if cur.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_SETTING_MARKS
                                           for c in cur.children):
                return False
            if cur.dep_ in BESIDE_CLAUSES and not (exact_day and (_bare_participle(cur) or _bare_infinitive(cur)
                                                                  or date_tok.i < head.i)):
                return True  # (a day told before the act, in a clause beside it, is the scene's: "put forward the idea
                # in a call on Wednesday, ..., adding that the ministers had also discussed the route")
            if cur.dep_ == "relcl" and (not exact_day or (_subject_antecedent(cur.head).dep_ in ("nsubj", "nsubjpass")
                                                           and _subject_antecedent(cur.head).head.i in line
                                                           and not _held_since(cur))):
                return True
            if (cur.dep_ in CONTENT_CLAUSES or _bare_participle(cur)) and not exact_day:
                return True
            if cur.dep_ == "pcomp" and _possessive_day(date_tok):
                return True  # ("accusing him of helping ... during last Sunday's election": the election's day)
            if cur.dep_ == "pcomp" and date_tok.lower_ == "overnight" and date_tok.i > cur.i:
                return True  # ("accused Armenian forces of firing at Azerbaijani positions overnight": the firing's)
        cur = cur.head
    return False


def _possessive_day(date_tok: "Token") -> bool:
    """A day told as the possessive of a noun ("last Sunday's election", "Tuesday's vote"): it names the day of the thing
    the noun names, not the day of a verb the phrase hangs from."""
    cur = date_tok
    while cur.dep_ in ("compound", "nummod", "amod", "det") and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "poss" and cur.head.pos_ == "NOUN"


REACTING_VERBS = word_set("reacting_verbs")


def _object_owning_day(date_tok: "Token", head: "Token") -> bool:
    """A possessive day on the object of a verb that reacts to it ("condemned Tuesday's sentence", "welcomed Monday's
    release"): the day of the thing reacted to. Not of a deed done at a thing ("detained 14 people during Sunday's
    rally"), nor of the subject ("Monday's shelling killed three")."""
    if head.lemma_.lower() not in REACTING_VERBS or date_tok.i + 1 >= len(date_tok.doc) \
            or date_tok.doc[date_tok.i + 1].lower_ not in ("'s", "’s"):
        return False
    owner = date_tok.head
    return owner.dep_ == "dobj" and owner.head.i == head.i and owner.left_edge.i >= date_tok.i - 1


def _subject_antecedent(noun: "Token") -> "Token":
    """The noun a describing clause's noun stands in apposition to, however far ("WARSAW – Poland, which closed its
    border on Tuesday, has moved troops", with "Poland" read as set beside the dateline's "WARSAW"): that noun, else
    the noun itself."""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _bare_participle(verb: "Token") -> bool:
    """A participle clause with no subject or conjunction of its own ("..., killing three", "..., leaving 8,000 homes
    without power"): it goes with the act it follows."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


REACTION_VERBS = word_set("reaction_verbs")
EARLIER_MARKS = word_set("earlier_marks")
CAUSE_MARKS = word_set("cause_marks")


def _day_above_the_clause(date_tok: "Token", head: "Token") -> bool:
    """A day on a verb above the act that does not reach down into the act's clause: a clause describing a noun
    ("summoned Iran's ambassador on Thursday over the deaths of two shepherds who were shot by border guards"), a clause
    of its cause ("suspended flights on Monday because Georgia had closed its airspace"; an "after" clause is mostly of
    the same day: "declared martial law on Sunday after Azerbaijani forces launched an offensive"), or another party's
    reaction ("imposed sanctions on Wednesday, prompting Beijing to warn of countermeasures"). Not a "when" clause on
    the day itself ("on Tuesday, when relatives gathered outside the consulate"), nor a clause on a noun whose phrase
    holds the day."""
    holder = _adjunct_of(date_tok)
    if holder.pos_ in ("NOUN", "PROPN") and head not in holder.subtree:
        holder = clause_verb(holder)  # ("summoned Iran's ambassador on Thursday": the summons' day)
    if holder.i == head.i or head not in holder.subtree or holder.pos_ not in ("VERB", "AUX"):
        return False
    cur = head
    while cur.i != holder.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl" and date_tok not in cur.head.subtree and cur.head.ent_type_ not in ("DATE", "TIME") \
                and not any(c.lower_ in ("when", "where") for c in cur.children) and not _doers_own_aside(cur) \
                and not date_tok.i <= cur.left_edge.i - 1 <= date_tok.i + 2 \
                and not cur.left_edge.i < date_tok.i < holder.i \
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) \
                and not _host_spoke_at_meeting(cur) \
                and not _crowd_dispersed(cur.head):  # (not "the first country to recognise the Taliban": the act
            # itself; nor "to disperse protesters who had blocked the avenue": see the dispersal's day in analyze_story)
            return True  # (not a day inside the phrase the clause describes, or just before it: "a suicide bombing at
            # a wedding hall in Kabul on Saturday night that killed 63 people"; nor one told after the clause, before
            # the verb above, however the parser hangs it: "The armed group that attacked a border post early on
            # Tuesday intended to ...")
        if cur.dep_ == "advcl" and any(c.dep_ in ("mark", "prep") and c.lower_ in CAUSE_MARKS for c in cur.children):
            return True
        if cur.dep_ in ("xcomp", "ccomp") and cur.head.lemma_.lower() in REACTION_VERBS and any(
                c.dep_ in ("dobj", "nsubj") for c in cur.head.children if c.i < cur.i):
            return True
        cur = cur.head
    return False


def _doers_own_aside(relcl: "Token") -> bool:
    """A relative clause whose subject is "it" or "they", the doer of the act above it, told of what that act acts on
    ("Britain on Friday announced sanctions against a Kazakh company, which it accused of shipping Russian oil"): the
    doer's own words of the same occasion, of its day."""
    return relcl.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in relcl.children) \
        and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in relcl.children)


def _bare_infinitive(verb: "Token") -> bool:
    """A "to" clause with no subject or conjunction of its own under the act ("raised the threat level to 'elevated' on
    Wednesday", read as a purpose clause): a day in it is the act's, hung low."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _why_not_the_acts(date: DateResolution) -> str:
    """Why date words found do not date the act (for the explanation)."""
    if date.bound:
        return "ends a span"
    if date.ahead:
        return "is a time to come"
    return "is the day of a quoted speech" if date.quoted else "dates another act"


def _held_since(verb: "Token") -> bool:
    """A describing clause telling a state held since some time ("four Armenians it had held since 2023"): it lasts,
    so a day the parser hangs on it after the "since" phrase is the day of the act above ("handed over four Armenians
    it had held since 2023 to Armenia on Thursday")."""
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _date_of_the_act(date: DateResolution, head: "Token", sent: "Span", text: str, pub: dt.date | None,
                     promised: tuple[int, int] | None = None) -> DateResolution:
    """The date found, unless it dates another act (see _dates_another_act): then the sentence's nearest date that
    does not ("Rahmon, who toured ... on Monday, thanked Putin ... on Wednesday" is Wednesday's), or none of its own
    (the publication date, which the day of the act told before may replace: "They agreed to increase releases until
    the end of August"). For a promise (`promised` = its clause's span), only a day of the telling, outside it."""
    if date.start is None or not date.date_text:
        return date

    def elsewhere(d: DateResolution) -> bool:
        tok = _token_at(sent, d.start + sent.start_char) if d.start is not None else None
        if promised is not None and not d.exact_day:
            return True  # a promise is told on a day: "will release water between April and September" is its content
        return d.bound or d.quoted or d.ahead or (tok is not None and (
            _deadline_day(tok) or _start_ahead(tok) or _dates_another_act(tok, head, d.exact_day)
            or _since_start(tok, d.historical, head, d.exact_day)
            or (d.exact_day and _day_above_the_clause(tok, head))))

    if not elsewhere(date):
        return date
    at = head.idx - sent.start_char
    others = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None
              and d.start != date.start and not elsewhere(d) and (promised is None or (
                  not promised[0] <= d.start < promised[1] and (pub is None or d.date <= pub)))]
    if others:
        best = min(others, key=lambda d: abs(d.start - at))
        if pub is not None and best.date > pub:
            return DateResolution(pub, None, best.date_text, best.start, best.end,
                                  f"{best.date_text!r} is after publication; publication date used")
        return best
    if promised is None and date.exact_day and not (date.bound or date.quoted or date.ahead or date.historical) \
            and (deed := _deed_of_the_held(_token_at(sent, date.start + sent.start_char), head)):
        return dataclasses.replace(date, reason=f"the day of what those acted on did ('who {deed} ... {date.date_text}'):"
                                                " the scene of the act")
    return DateResolution(pub, None, "", None, None,
                          f"'{date.date_text}' {_why_not_the_acts(date)}; no date of its own")


def _deed_of_the_held(date_tok: "Token | None", head: "Token") -> str:
    """The past deed, with a day, of the people an undated act was done to, told in a clause describing them ("At least
    15 taxi drivers who joined the protest on Wednesday were taken to a police station": the drivers were taken at the
    protest, on Wednesday). Returns the deed's verb, or ""."""
    if date_tok is None:
        return ""
    deed = date_tok
    while deed.dep_ != "relcl" and deed.head.i != deed.i and deed.pos_ not in ("VERB", "AUX"):
        deed = deed.head
    if deed.dep_ != "relcl" or deed.tag_ != "VBD" or not any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in deed.children):
        return ""
    held = passive_subjects(head) if is_passive(head) else objects(head)
    held += [c for h in held for c in h.children if c.dep_ == "appos"]  # (a dateline the parser made the subject)
    return deed.text if deed.head in held else ""


FORWARD_LOOKING_LEMMAS = word_set("forward_looking_lemmas")


def _month_looked_ahead_to(date: DateResolution, head: "Token", pub: dt.date | None) -> str:
    """A month named without a year that comes later in the year than the publication month, told with an act that
    looks ahead to a time ("invited Pezeshkian to a forum on Caspian transport in Ashgabat in December", "postponed the
    vote to October"): the coming month of what is invited or moved, not the act's time in the year gone by. Returns
    why, or ""."""
    if pub is None or date.reason != "month" or date.date is None or any(ch.isdigit() for ch in date.date_text) \
            or date.date.month <= pub.month or head.lemma_.lower() not in FORWARD_LOOKING_LEMMAS:
        return ""
    return f"'{date.date_text}' is the coming month '{head.text}' looks ahead to; no date of its own"


def _since_start(date_tok: "Token", historical: bool, head: "Token", exact_day: bool = False) -> bool:
    """A recent time that opens a span ("since"), not the day of an act: on a noun ("met on Thursday, their first
    session since October, and agreed") or on a verb that sums acts up to now ("have detained 27 people since Sunday's
    election": an aggregate without a day). A span opened long ago stays the act's time (history: "claimed several
    attacks since 2018"), and so does the time of an act told inside the phrase ("since September, when fighting
    killed three soldiers")."""
    since = date_tok if date_tok.lower_ == "since" else None  # (the words found may begin with it: "since October")
    cur = date_tok
    while since is None and cur.dep_ in ("compound", "nummod", "amod", "det", "poss") and cur.head.i != cur.i:
        cur = cur.head  # "Sunday's election", "last October"
    if since is None and cur.dep_ == "pobj" and cur.head.lower_ == "since":
        since = cur.head
    if since is None or since.dep_ != "prep" or head in since.subtree:
        return False  # (the act told in the phrase is of that time: "since September, when fighting killed three")
    end = max(t.i for t in since.subtree if not t.is_punct)
    if end + 2 < len(since.doc) and since.doc[end + 2].lower_ in ("when", "where") and since.doc[end + 1].text == ",":
        return False  # (however the parser hangs the "when" clause)
    if exact_day and _state_since(since.head):
        return False
    return not historical or _record_since(since)


def _record_since(since: "Token") -> bool:
    """A "since" phrase on a noun ranked as the first or the most of its kind since a time ("met on Thursday, their first
    session since October", "the largest protest since 2022"): the time measures the record, however old, and never
    dates the act."""
    noun = since.head
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("first", "last")) for c in noun.children)


TALLY_WORDS = {"hundreds", "thousands", "dozens", "scores", "many", "several", "more", "most", "some"}


def _state_since(verb: "Token") -> bool:
    """A state held since a day, told in the passive perfect of the act that set it up ("mobile internet has been cut
    since Wednesday evening", "the crossing has been closed since Monday"): the act was done that day. Not a count
    summed up since then ("27 people have been detained since Sunday")."""
    if not (is_passive(verb) and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)):
        return False
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(own) and not any((t.like_num and t.ent_type_ not in ("DATE", "TIME")) or t.lower_ in TALLY_WORDS
                                 for s in own for t in s.subtree)  # (not the day of a dateline the parser hung there)


DEADLINE_AUX = FUTURE_AUX | {"would", "must", "should", "to"}


def _deadline_day(date_tok: "Token") -> bool:
    """A day that ends the time given for a promised or demanded act ("would transfer the money by Friday", "repairs
    would be finished by Thursday", "ordered them to leave by Monday"): a deadline ahead, no act's day (not "had been
    released by Tuesday morning")."""
    cur = date_tok
    while cur.dep_ in ("compound", "nummod", "amod", "det") and cur.head.i != cur.i:
        cur = cur.head
    if not (cur.dep_ == "pobj" and cur.head.lower_ == "by"):
        return False
    verb = _adjunct_of(cur)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in DEADLINE_AUX for c in verb.children)


def _start_ahead(date_tok: "Token") -> bool:
    """A day that opens the time of a promised or planned act ("promised to restore deliveries from Saturday",
    "will resume flights starting Monday"): the start of what is to come, not the day of the promise (not "deliveries
    resumed from Saturday")."""
    cur = date_tok
    while cur.dep_ in ("compound", "nummod", "amod", "det") and cur.head.i != cur.i:
        cur = cur.head
    opener = cur.head if cur.dep_ == "pobj" else (cur if cur.lower_ in START_AHEAD_WORDS else None)
    if opener is None or opener.lower_ not in START_AHEAD_WORDS:
        return False
    verb = opener.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in DEADLINE_AUX for c in verb.children)


def _day_of_promise(text: str, pub: dt.date | None, clause: tuple[int, int]) -> DateResolution:
    """A promise or plan is made when it is told: "will meet in Minsk on Wednesday, the Kremlin said on Tuesday" is
    Tuesday's, not Wednesday's; the date of the reporting words, or else the day of the report."""
    told = [d for d in find_dates(text, pub) if d.start is not None and not clause[0] <= d.start < clause[1]
            and d.date is not None and (pub is None or d.date <= pub) and not d.bound and not d.quoted and not d.ahead]
    if told:
        return min(told, key=lambda d: abs(d.start - clause[0]))
    return DateResolution(pub, None, "", None, None, "a promise: the day of the report")


REPORT_VEHICLE_NOUNS = word_set("report_vehicle_nouns")
TIMED_BY_NOUNS = word_set("timed_by_nouns")
TIMING_PREPS = word_set("timing_preps")
START_AHEAD_WORDS = word_set("start_ahead_words")
OCCASION_DAY = "the day of the occasion told before"  # the reason of a date from an earlier sentence's main clause


def _said_on(date: DateResolution, sent: "Span") -> bool:
    """A day told right after a reporting verb, before what is reported ("Kazakhstan said on Monday it would send
    5,000 tonnes of flour", however the parser hangs it): the day of the telling, not of the promised act."""
    tok = _token_at(sent, date.start + sent.start_char) if date.start is not None else None
    if tok is None or not date.exact_day:
        return False
    first = tok.doc[tok.i - 1] if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "on" else tok
    return first.i > 0 and first.doc[first.i - 1].lemma_.lower() in SPEAKER_VERBS


def _report_verb(date_tok: "Token") -> "Token | None":
    """The reporting verb a day is told on: "the ministry said on Thursday", "said in a statement on Wednesday" (the
    day of the report, not of what it tells), also where the parser hangs a day told right after the reporting verb on
    the reported one ("said on Thursday it had detained four men"); None otherwise."""
    first = date_tok.doc[date_tok.i - 1] if date_tok.i > 0 and date_tok.doc[date_tok.i - 1].lower_ == "on" else date_tok
    if first.i > 0 and first.doc[first.i - 1].lemma_.lower() in SPEAKER_VERBS \
            and first.doc[first.i - 1].pos_ in ("VERB", "AUX"):
        return first.doc[first.i - 1]
    holder = _adjunct_of(date_tok)
    for _ in range(2):
        if holder.pos_ in ("VERB", "AUX"):
            return holder if holder.lemma_.lower() in SPEAKER_VERBS else None
        if holder.lemma_.lower() not in REPORT_VEHICLE_NOUNS or holder.dep_ != "pobj" or holder.head.dep_ != "prep":
            return None
        holder = holder.head.head
    return None


def _reported_by(verb: "Token", speaker: "Token") -> bool:
    """The act is told in what the reporting verb reports ("the ministry said on Thursday it had detained four men",
    "police fired tear gas ..., the ministry said on Wednesday, adding that 12 had been detained", "has detained a
    serviceman, the agency said"), not an act of the speaker's own beside it ("said in a statement on Thursday,
    describing the release as a positive step")."""
    if verb in speaker.ancestors:
        return True  # (the reporting verb set inside the act's clause: "..., it said on Thursday")
    cur = verb
    while cur.i != speaker.i and cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis") or (cur.dep_ == "advcl" and any(  # (a reported clause the parser
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)):  # hung as an adverbial: "police fired ...")
            return speaker in cur.ancestors
        cur = cur.head
    return False


def _coordinated_verbs(verb: "Token") -> list["Token"]:
    """The verbs told together with this one ("fired pepper spray and used water cannon late on Wednesday ..., and at
    least 27 people were detained"), nearest first, without it."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    group: list["Token"] = []
    stack = [first]
    while stack:
        cur = stack.pop()
        group.append(cur)
        stack.extend(c for c in cur.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return sorted((v for v in group if v.i != verb.i and v.lemma_.lower() not in SPEAKER_VERBS),
                  key=lambda v: abs(v.i - verb.i))


def _timed_by_occasion(head: "Token") -> str:
    """An act timed by an occasion rather than a day ("Before kick-off, police fired tear gas", "was handed over to
    the provincial administration during the visit", "On the sidelines, Dong Jun held talks"): the occasion's words,
    or "". Not an occasion ahead ("at the next meeting")."""
    verbs = [head] + ([head.head] if head.dep_ == "conj" else [])
    for verb in verbs:
        for prep in verb.children:
            holder = prep
            if prep.dep_ == "npadvmod":  # "Hours before the match"
                holder = next((c for c in prep.children if c.dep_ == "prep"), prep)
            if holder.dep_ != "prep" or holder.lower_ not in TIMING_PREPS:
                continue
            for noun in holder.children:
                if noun.dep_ == "prep" and noun.lower_ == "of" and holder.lower_ == "ahead":
                    noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
                words = noun.doc[noun.left_edge.i:noun.i + 1].text.lower()
                if noun.dep_ == "pobj" and (noun.lemma_.lower() in TIMED_BY_NOUNS or words.replace(" ", "")
                                            .endswith(tuple(TIMED_BY_NOUNS))) \
                        and not any(c.lower_ in {"next", "upcoming", "coming", "future"} | GONE_OCCASION_MARKERS
                                    for c in noun.children):
                    return noun.doc[holder.i:noun.i + 1].text
    return ""


def _past_the_report_day(date: DateResolution, head: "Token", sent: "Span", text: str, pub: dt.date | None,
                         told_before: Sequence[_Draft], nominal: bool = False) -> DateResolution:
    """A day on the reporting verb ("..., the Interior Ministry said on Thursday") is the day of the report, not of the
    act it tells, when the act has a time of its own: the day of a verb it is told together with ("fired pepper spray
    and used water cannon late on Wednesday ..., and at least 27 people were detained"), an occasion ("Before kick-off,
    police fired tear gas ..."; left undated here, for the occasion's day to be found), or the day of an act told
    before it in the same report ("..., adding that 12 Turkish citizens had been detained"; "..., the committee said on
    Wednesday, the third attack on Chinese nationals", a noun hung on the reporting verb). Otherwise the report's
    day stays, marked as such, so that a fuller mention's own day may replace it ("said on Thursday it had detained four
    men ... were detained on Tuesday")."""
    if date.start is None or not date.date_text or not date.exact_day or date.date is None:
        return date
    tok = _token_at(sent, date.start + sent.start_char)
    speaker = _report_verb(tok) if tok is not None else None
    if speaker is None or (speaker.i == head.i and not nominal) or not (
            (speaker.i == head.i and nominal) or _reported_by(head, speaker)):
        return date
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None]
    tokens = {id(d): _token_at(sent, d.start + sent.start_char) for d in dates}
    signed = _day_of_enacting_text(head, speaker, dates, tokens) if speaker.i != head.i else None
    if signed is not None and signed.start != date.start and signed.date <= date.date:
        return dataclasses.replace(signed, reason=f"{signed.reason} (the day the text that does the act was signed; "
                                                  f"'{date.date_text}' is the report's)")
    for verb in _coordinated_verbs(head) if speaker.i != head.i else []:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in DEADLINE_AUX for c in verb.children):
            continue  # (a promised act's day is its content: "would restore power supplies by Friday and urged ...")
        own = _carried_by(verb, dates, tokens)
        if own is not None and own.exact_day and not own.bound and own.start != date.start and own.date <= date.date:
            return dataclasses.replace(own, reason=f"{own.reason} (the time of '{verb.text}', told with the act; "
                                                   f"'{date.date_text}' is the report's)")
    occasion = _timed_by_occasion(head) if speaker.i != head.i else ""
    if occasion:
        return DateResolution(pub, None, "", None, None,
                              f"'{date.date_text}' is the day of the report; the act is timed by '{occasion}'")
    for d in reversed(told_before):
        act = d.sent.doc[d.hit.token_i]
        if d.verdict == "coded" and d.date is not None and d.date.date is not None and not d.date.told \
                and d.date.start != date.start and (d.date.date_text or d.date.reason.startswith((EPISODE_DAY,
                                                                                                  OCCASION_DAY))) \
                and d.date.date <= date.date and act in speaker.subtree and act.i < head.i and act.i != speaker.i:
            return dataclasses.replace(d.date, reason=f"{d.date.reason} (the day of '{act.text}', told before in the "
                                                      f"same report; '{date.date_text}' is the report's)")
    return dataclasses.replace(date, told=True)


ENACTING_PREPS = word_set("enacting_preps")


def _day_of_enacting_text(head: "Token", speaker: "Token", dates: Sequence[DateResolution],
                          tokens: dict[int, "Token | None"]) -> DateResolution | None:
    """The day a decree or order that does the act was signed, told in a clause on it ("has pardoned 200 prisoners,
    his office said on Friday, in a decree he signed on Tuesday"): the act's day, not the report's."""
    for holder in (head, speaker):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ENACTING_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in ORDER_DOCUMENT_NOUNS:
                    continue
                for verb in noun.children:
                    if verb.dep_ in ("relcl", "acl") and verb.pos_ in ("VERB", "AUX") \
                            and (day := _carried_by(verb, dates, tokens)) is not None and day.exact_day:
                        return day
    return None


def _overnight_before(date: DateResolution, head: "Token", sent: "Span", text: str,
                      pub: dt.date | None) -> DateResolution:
    """"Overnight" in a clause told before a dated act ("imposed a curfew on Wednesday after a mass brawl overnight
    left one man dead"): the night into that act's day, not into the report's."""
    if date.start is None or date.date_text.lower() != "overnight":
        return date
    cur = head
    while cur.dep_ != "advcl" and cur.head.i != cur.i and cur.dep_ in ("conj", "xcomp", "ccomp", "oprd"):
        cur = cur.head
    if cur.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in cur.children):
        return _overnight_of_report(date, head, sent, text, pub)
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None]
    tokens = {id(d): _token_at(sent, d.start + sent.start_char) for d in dates}
    later = _carried_by(cur.head, dates, tokens)
    if later is None or not later.exact_day or later.start == date.start:
        return date
    return dataclasses.replace(later, date_text=date.date_text, start=date.start, end=date.end,
                               reason=f"overnight: the night before '{later.date_text}' ('{cur.head.text}')")


def _overnight_of_report(date: DateResolution, head: "Token", sent: "Span", text: str,
                         pub: dt.date | None) -> DateResolution:
    """"Overnight" in what a report told on a day tells ("the air force said on Wednesday it shot down 60 drones
    launched by Russia overnight"): the night into the report's day, not into the publication day."""
    for d in find_dates(text, pub):
        if d.start is None or d.date is None or not d.exact_day or d.start == date.start or d.date_text.lower() == "overnight":
            continue
        tok = _token_at(sent, d.start + sent.start_char)
        speaker = _report_verb(tok) if tok is not None else None
        if speaker is not None and speaker.i != head.i and _reported_by(head, speaker):
            return dataclasses.replace(d, date_text=date.date_text, start=date.start, end=date.end,
                                       reason=f"overnight: the night before the report of '{d.date_text}' ('{speaker.text}')")
    return date


def _day_of_antecedent_clause(head: "Token", told_before: Sequence[_Draft], s_i: int) -> DateResolution | None:
    """A "who" clause on a party of a dated act, with no time of its own ("held talks in Moscow on Tuesday with
    Khusnullin, who promised to allocate 5 billion roubles"): the day of that act (the promise was made there)."""
    if head.dep_ != "relcl" or not any(c.lower_ == "who" and c.dep_ == "nsubj" for c in head.children):
        return None  # (not a passive "who were shot by border guards": a deed done to them, maybe before)
    party = head.head
    if party.dep_ == "pobj" and party.head.lower_ == "with":
        cur = party.head.head  # "held talks ... with Khusnullin, who promised"
        if cur.pos_ == "NOUN" and cur.dep_ == "dobj":
            cur = cur.head
    elif party.dep_ == "dobj":
        cur = party.head  # "met Khusnullin on Tuesday, who promised"
    else:
        return None
    for d in reversed(told_before):
        act = d.sent.doc[d.hit.token_i]
        verb = clause_verb(act) if d.hit.nominal else act
        if d.sent_index == s_i and verb.i == cur.i and d.verdict == "coded" and d.date is not None \
                and d.date.date is not None and d.date.date_text and d.date.exact_day:
            return dataclasses.replace(d.date, reason=f"{d.date.reason} (the day of '{verb.text}', whose party the "
                                                      f"clause tells of)")
    return None


def _day_of_attribution(date: DateResolution, sent: "Span") -> bool:
    """The day found is the day of the source an act is told "according to" ("agreed to set up a working group,
    according to a joint statement published on Tuesday", "according to a statement on Tuesday"), not the act's."""
    if date.start is None or not date.exact_day or date.date is None:
        return False
    tok = _token_at(sent, date.start + sent.start_char)
    if tok is None:
        return False
    holder = _adjunct_of(tok)
    if holder.pos_ == "VERB" and holder.dep_ == "acl":
        holder = holder.head  # ("a statement published on Tuesday")
    return holder.lemma_.lower() in REPORT_VEHICLE_NOUNS and holder.dep_ == "pobj" and holder.head.lower_ == "to" \
        and holder.head.head.lower_ == "according"


def _period_of_another_clause(date: DateResolution, clause: tuple[int, int]) -> bool:
    """A time that fixes no day, found outside the act's own clause ("held talks on Thursday, their first meeting
    this year, and agreed ...": 'this year' is said of the meeting): no time of the act's own."""
    return bool(date.date_text) and not date.exact_day and date.start is not None \
        and not clause[0] <= date.start < clause[1]


def _day_of_conjunct_head(head: "Token", told_before: Sequence[_Draft], s_i: int) -> DateResolution | None:
    """Verbs joined by "and" with one subject share their time: "President Khurelsukh received the visiting army chief
    the same day and thanked India" is one day's (the day of the first verb's act)."""
    if head.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    for d in reversed(told_before):
        act = d.sent.doc[d.hit.token_i]
        verb = clause_verb(act) if d.hit.nominal else act
        if d.sent_index == s_i and verb.i == head.head.i and d.date is not None and d.date.date is not None \
                and (d.date.date_text or d.date.reason.startswith((EPISODE_DAY, OCCASION_DAY))):
            return dataclasses.replace(d.date, reason=f"{d.date.reason} (shared with '{verb.text}')")
    return None


def _last_told_day(told_before: Sequence[_Draft], lead: int, s_i: int, pub: dt.date | None) -> DateResolution | None:
    """The day of the last act told before this sentence (after the lead), when recent: the day a retold occasion is
    of ("The visit came a day after Turkey handed over 24 armoured vehicles")."""
    for d in reversed(told_before):
        if lead <= d.sent_index < s_i and d.verdict == "coded" and d.date is not None and d.date.date is not None \
                and (d.date.date_text or d.date.reason.startswith((EPISODE_DAY, OCCASION_DAY))):
            return d.date if pub is None or dt.timedelta(0) <= pub - d.date.date <= dt.timedelta(days=LEAD_DAY_REACH) \
                else None
    return None


def _main_clause_day(sent: "Span", text: str, pub: dt.date | None) -> DateResolution | None:
    """The recent day a sentence's main clause is told on ("Turkey beat Georgia 2-1 in a friendly on Tuesday",
    "'...,' Khrenin told reporters at the range on Tuesday", "X said it had led a delegation to Herat on Tuesday")."""
    root = sent.root
    mains = with_conjuncts(root) + _clause_after_dateline(root)
    if root.lemma_.lower() in SPEAKER_VERBS:
        mains += [c for c in root.children if c.dep_ == "ccomp"]
    clause = {t.i for m in mains for t in _clause_tokens(m)}
    clause |= {t.i for i in list(clause) for t in _untensed_object_clause(sent.doc[i])}
    for d in find_dates(text, pub):
        if d.start is None or d.date is None or not d.exact_day or d.bound or d.quoted or d.historical:
            continue
        if pub is not None and not dt.timedelta(0) <= pub - d.date <= dt.timedelta(days=LEAD_DAY_REACH):
            continue
        tok = _token_at(sent, d.start + sent.start_char)
        if tok is not None and tok.i in clause and not _opens_a_state(text[:d.start]):
            return d
    return None


def _untensed_object_clause(noun: "Token") -> list["Token"]:
    """The words of a participle clause hung on a main clause's object, where the parser often puts the main verb's
    day ("approved a bill raising the pension age for women on Wednesday": the approval's Wednesday); none for a
    finite clause ("a bill that was drafted on Monday")."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    return [t for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" for t in _clause_tokens(c)]


def _clause_after_dateline(root: "Token") -> list["Token"]:
    """The verb told after a dateline's dash when the parser made a dateline word the sentence's root ("YEREVAN,
    December 4 (Caucasus Daily) – Armenia's parliament approved ... on Wednesday": root 'Daily', 'approved' hung on
    it): the main clause's verbs."""
    if root.pos_ in ("VERB", "AUX"):
        return []
    dashes = [t.i for t in root.sent if t.lower_ in DATELINE_DASHES and t.i > root.i]
    return [v for c in root.children if c.dep_ in ("parataxis", "relcl", "acl") and c.pos_ in ("VERB", "AUX")
            and dashes and dashes[0] < c.i and any(s.dep_ == "nsubj" for s in c.children) for v in with_conjuncts(c)]


DATELINE_DASHES = word_set("dateline_dashes")


def _opens_a_state(before: str) -> bool:
    """A day told after "since" ("she had been on hunger strike since Monday"): the start of a state that lasts, not
    the day of a scene the next sentences go on with."""
    return before.rstrip().lower().endswith("since")


def _day_of_the_telling_before(draft: _Draft, drafts: Sequence[_Draft], sentences: Sequence["Span"], lead: int,
                               s_i: int, pub: dt.date | None, index: MentionIndex, reach: int,
                               anyone: bool = False) -> DateResolution | None:
    """The day of the nearest sentence before (up to `reach` back, not before the lead) whose main clause is dated,
    when no dated act is coded in between (that is the episode's case); for a verbal act, only if its actor is named
    there, unless the act is timed by the occasion (`anyone`: "On the margins of the session, Saidov met ...")."""
    for j in range(s_i - 1, max(lead, s_i - reach) - 1, -1):
        if any(d.sent_index == j and d.verdict == "coded" and d.date is not None and d.date.date_text for d in drafts):
            return None
        day = _main_clause_day(sentences[j], _without_dateline(sentences[j], index), pub)
        if day is None:
            continue
        if not anyone and draft.event in VERBAL_TYPES and _codes(draft.actors) and not set(_codes(draft.actors)) & {
                m.entity.code for m in index.in_sentence(sentences[j].start, sentences[j].end) if m.entity.code}:
            return None
        return DateResolution(day.date, None, "", None, None, f"{OCCASION_DAY} ('{day.date_text}', sentence {j + 1})")
    return None


def _speakers_day_told_before(head: "Token", previous: "Span", previous_text: str,
                              pub: dt.date) -> DateResolution | None:
    """The day a speaker's words were told in the sentence before, for a speech act the same speaker tells next with
    no day ("..., the Kyrgyz Border Service said on Tuesday. 'The Tajik side bears full responsibility,' the Border
    Service said, accusing Tajik units of opening fire first"): the statement goes on, on that day (not the day of
    the act it is about)."""
    speaker = head if head.lemma_.lower() in SPEAKER_VERBS else (
        head.head if head.dep_ in ("advcl", "ccomp", "parataxis") and head.head.lemma_.lower() in SPEAKER_VERBS else None)
    if speaker is None or speaker.tag_ != "VBD":
        return None
    who = {s.lemma_.lower() for s in speaker.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")}
    if not who:
        return None
    for d, tok in _dated_tokens(previous, previous_text, pub):
        told = _report_verb(tok)
        if told is None or not d.exact_day or d.historical or d.bound or d.quoted:
            continue
        if who & {s.lemma_.lower() for s in told.children if s.dep_ == "nsubj"}:
            return dataclasses.replace(d, reason=f"{d.reason} (the day '{told.text}' was told by the same speaker, "
                                                 f"sentence before)", told=True)
    return None


PERSONAL_PRONOUNS = {"he", "she", "they", "we"}


def _framing_day(draft: _Draft, head: "Token", drafts: Sequence[_Draft], sentences: Sequence["Span"], lead: int,
                 s_i: int, pub: dt.date | None, index: MentionIndex) -> DateResolution | None:
    """An undated act told by "he/she/they" right after a sentence that frames the speaker's words with a day and
    codes nothing itself ('"These are defensive manoeuvres," Khrenin told reporters on Tuesday. He accused NATO of
    ...'; "the spokesman ... gave a very different account on Thursday. He said ... and he accused"): that day."""
    if not any(t.lower_ in PERSONAL_PRONOUNS for t in subjects(head)):
        return None
    return _day_of_the_telling_before(draft, drafts, sentences, lead, s_i, pub, index, reach=1, anyone=True)


OCCASION_REACH = 4  # sentences back to the dated occasion an undated act after an uncoded lead is of


def _day_of_the_occasion(draft: _Draft, head: "Token", drafts: Sequence[_Draft], sentences: Sequence["Span"],
                         lead: int, s_i: int, pub: dt.date | None, index: MentionIndex) -> DateResolution | None:
    """An undated past act after a lead that codes no dated act itself is of the day the story's occasion is told on
    ("Turkey beat Georgia 2-1 in a friendly on Tuesday ... Before kick-off, police fired tear gas"; "Meredov led a
    delegation to Herat on Tuesday for talks ... The two officials signed agreements ...")."""
    return _day_of_the_telling_before(draft, drafts, sentences, lead, s_i, pub, index, reach=OCCASION_REACH,
                                      anyone=bool(_timed_by_occasion(head)))


def _same_side(actors: Sequence[Entity], others: Sequence[Entity]) -> bool:
    """Some actor of one list is of the same country as one of the other's."""
    return bool(set(_codes(actors)) & set(_codes(others)) - {""})


def _dated_to_a_day(verb: "Token") -> bool:
    """"... on Tuesday", "overnight": the clause tells one day's happening."""
    return any(t.lower_ in DAY_WORDS for t in verb.subtree)


def _second_forceful_act(participle: TriggerRule, main: TriggerRule) -> bool:
    """"seized heroin, arresting two couriers", "raided the camp, arresting 12": an arrest or a seizure
    told with a participle after another forceful act is an act of its own."""
    if {participle.mode, main.mode} == {"seize", "arrest"}:
        return True
    return {participle.event, main.event} == {"ASSAULT", "COERCE"}


def _trait_clause(tok: "Token", hit: TriggerHit, event_nouns: dict[int, str]) -> str:
    """A clause that tells what kind of party or place a noun is, not a new act: "anyone who helped the gunmen",
    "Western governments that supplied Ukraine with weapons", "near Rukla, where German troops are stationed",
    "energy facilities supporting the war effort" ("" when the clause is dated as news or the noun is an event)."""
    if hit.nominal or tok.head.i in event_nouns or _told_as_news(tok) or tok.dep_ not in ("relcl", "acl"):
        return ""
    head = tok.head
    if tok.dep_ == "relcl" and head.lower_ in GENERIC_PRONOUNS:
        return f"a class of people ('{head.text} who ...')"
    if hit.rule.event not in DESCRIBED_TYPES or _dated_to_a_day(tok):
        return ""
    if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children) and tok.tag_ in ("VBN", "VBZ", "VBP"):
        return f"what goes on at '{head.text}' (a clause describing the place)"
    if tok.dep_ == "relcl" and tok.tag_ == "VBD" and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NNS", "NNPS") \
            and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return f"what '{head.text}' have done (a clause describing them)"  # (plural doers: a class, not one party's act)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and head.pos_ == "NOUN" and head.ent_type_ == "" \
            and hit.rule.event in ("SUPPORT", "AID"):
        return f"participle describing '{head.text}'"  # "facilities supporting the military", "firms financing the war"
    return ""


def _restated_by_participle(tok: "Token", hit: TriggerHit, by_token: dict[int, TriggerHit]) -> int | None:
    """"ordered the diplomat to leave within five days, declaring him persona non grata": a participle after a comma
    that names the same kind of act as a trigger above it restates that act (the token of that trigger, or None)."""
    if hit.nominal or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return _reason_named(tok, hit, by_token)
    naming = hit.rule.event == "ACCUSE" and tok.lemma_.lower() in CHARACTERISING_VERBS
    for head in ancestors_chain(tok, limit=3):
        # (the act may be the complement of the verb the participle hangs from: "used his remarks to accuse NATO ...,
        # calling its drills 'openly provocative'")
        for act in [head] + [c for c in head.children if naming and c.dep_ == "xcomp" and c.i < tok.i]:
            above = by_token.get(act.i)
            if above is not None and above.rule.event == hit.rule.event and (above.rule.mode == hit.rule.mode or naming):
                return act.i
    return None


def _reason_named(tok: "Token", hit: TriggerHit, by_token: dict[int, TriggerHit]) -> int | None:
    """"summoned the EU envoy over what it called gross interference": the words naming the cause of a protest are
    that protest (the token of the protest's trigger, or None)."""
    if hit.rule.event != "ACCUSE" or tok.lemma_.lower() not in CHARACTERISING_VERBS or tok.dep_ not in ("pcomp", "pobj") \
            or tok.head.dep_ != "prep" or tok.head.lower_ not in CAUSE_PREPS:
        return None
    above = by_token.get(tok.head.head.i)
    return tok.head.head.i if above is not None and above.rule.event == "ACCUSE" else None


def _scheduled(tok: "Token") -> bool:
    """"Putin is due to visit Astana next week", "the ministers are expected to meet in June", "talks are scheduled to
    resume", "the next meeting of the council is due in Minsk in the summer": an act on a timetable or foreseen by
    others, not promised by its doer (the regional gold leaves these out)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in TIMETABLE_HEADS
                                                   for c in tok.head.children):
        return True  # an act noun that is "due" or "scheduled"
    verb = clause_verb(tok)
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return False
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in TIMETABLE_HEADS and (head.pos_ == "ADJ" or is_passive(head)):
            return True
        verb = head
    return False


TIMETABLE_HEADS = word_set("timetable_heads")
CALENDAR_GATHERINGS = word_set("calendar_gatherings")
HOSTING_OFFER_HEADS = word_set("hosting_offer_heads")


def _hosting_on_calendar(tok: "Token", cue: str) -> str:
    """A gathering a state will host told as a date in its diary ("Kyrgyzstan will host the SCO summit in September",
    "Astana is to host the next CSTO summit", "is getting ready to host the summit", "Dushanbe is preparing to host a
    UN water conference"): a plan, no promise. Not an offer or a commitment ("offered to host the summit", "is ready
    to host", "agreed to host") nor the host's own word ("said it would host a donors' conference"). Returns the
    gathering's word, or ""."""
    if tok.lemma_.lower() != "host" or cue == "would (reported)":
        return ""
    hosted = objects(tok) + [w for o in objects(tok) for w in prep_objects(o, ("of",))]  # ("the SCO heads of state summit")
    gathering = next((o for o in hosted if o.lemma_.lower() in CALENDAR_GATHERINGS), None)
    if gathering is None:
        return ""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "acomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.lemma_.lower() in HOSTING_OFFER_HEADS and cur.head.lemma_.lower() != "get":  # ("getting ready" prepares)
            return ""
    return gathering.text


def _timetabled_present(verb: "Token", pub: dt.date | None) -> str:
    """The weekday of an act told in the present simple ("OPEC+ ministers meet by video link on Sunday", "the
    presidents meet in Tashkent on Friday, officials said"): a timetable, so the act is ahead, not done. Not a
    weekday that is the report's own day ("thousands rally in Tbilisi on Sunday" in a Sunday report). Returns the
    weekday, or ""."""
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return ""
    days = [c for c in verb.children if c.dep_ in ("npadvmod", "tmod")] + prep_objects(verb, ("on",))
    for day in days:
        if day.lower_ in WEEKDAYS and not any(c.dep_ in ("det", "amod") for c in day.children) \
                and (pub is None or WEEKDAYS[day.lower_] != pub.weekday()):
            return day.text
    return ""



def _left_unsaid(tok: "Token") -> bool:
    """"He did not say how many systems would be supplied", "did not say when Baku would be ready to sign": a future
    act in a question the speaker left open is not announced."""
    verb = clause_verb(tok)
    for _ in range(3):
        if verb.dep_ == "ccomp" and any(c.dep_ == "neg" for c in verb.head.children) and any(
                t.tag_ in ("WRB", "WP", "WDT") or t.lower_ == "whether" for t in verb.subtree if t.i < verb.i):
            return True
        if verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head is verb:
            return False
        verb = verb.head
    return False


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


MEETING_VERBS_MET = word_set("meeting_verbs_met")


def _host_spoke_at_meeting(relcl: "Token") -> bool:
    """A non-restrictive relative clause on the person met tells what that person said at the meeting: "Khurelsukh met
    Premier Li Qiang, who welcomed Ulaanbaatar's plans to raise exports" (news of its own; not "detained 20 politicians
    who opposed a border deal", whose clause describes whom the act falls on)."""
    person = relcl.head
    met = person.head if person.dep_ != "conj" else person.head.head
    first = min(t.i for t in relcl.subtree)
    return (met.lemma_.lower() in MEETING_VERBS_MET and person.ent_type_ == "PERSON" and first > 0
            and relcl.doc[first - 1].text == ",")


TOLL_PARTICIPLES = frozenset({"kill", "wound", "injure", "maim"})


def _told_as_news(relcl: "Token") -> bool:
    """A relative clause dated to the days of the report ("that killed 30 soldiers on Monday"), not to an
    earlier time ("which Astana tightened in 2019"), or told with its toll ("the soldiers who fired at a border post,
    wounding two guards")."""
    return any(c.dep_ in ("prep", "npadvmod") and any(t.lower_ in DAY_WORDS for t in c.subtree)
               for c in relcl.children) or any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in TOLL_PARTICIPLES
                                               for c in relcl.children)


def _comma_joined_states(verb: "Token", subject_toks: Sequence["Token"], index: MentionIndex) -> list["Token"]:
    """Headlines join parties with a comma ("Kazakhstan, Uzbekistan sign border deal"; "Kyrgyzstan, Tajikistan
    agree to ..."): a state the parser hung off the subject (appos) or off the verb (npadvmod), beside a
    state subject, is a subject too."""
    def state(t: "Token") -> bool:
        found = index.at(t)
        return found is not None and bool(found.entity.code) and is_state(found.entity)
    if not subject_toks or not all(state(t) for t in subject_toks):
        return []
    joined = [c for t in subject_toks for c in t.children if c.dep_ == "appos" and state(c)]
    joined += [c for c in verb.children if c.dep_ == "npadvmod" and c.i < subject_toks[0].i and state(c)
               and verb.doc[c.i + 1].text == ","]
    return joined


def _whose_owner(verb: "Token", actor_toks: Sequence["Token"], actors: list[Entity], index: MentionIndex) -> list[Entity]:
    """"Ukraine, whose troops shelled Belgorod": the troops are Ukraine's (the relative clause's noun)."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "whose" for t in actor_toks for c in t.children):
        return actors
    owner = next((e for e in entities_of([verb.head], index) if e.code), None)
    if owner is None:
        return actors
    return [a if a.code else dataclasses.replace(a, code=owner.code) for a in actors] or [owner]


def _owner_is_speaker(verb: "Token", actor_toks: Sequence["Token"], actors: list[Entity], index: MentionIndex) -> list[Entity]:
    """"Kazakhstan's government said that an Il-76 of its Emergency Situations Ministry had landed": "its" is the
    speaker's, whose country the body (a name several states share) takes."""
    if not actors or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for t in actor_toks for w in t.subtree
                             for c in [w]):
        return actors
    cur = verb
    while cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in SPEAKER_VERBS:
        return actors
    owners = [e for e in entities_of(subjects(cur.head), index) if e.code and e.code not in NON_STATE_CODES]
    if len(owners) != 1 or any(a.code == owners[0].code for a in actors):
        return actors
    return [dataclasses.replace(a, code=owners[0].code) if a.code not in NON_STATE_CODES else a for a in actors]


def _describing_clause(relcl: "Token", by_token: dict[int, TriggerHit]) -> bool:
    """A relative clause that only describes its noun: no "whose", no date of its own ("that killed 30
    soldiers on Monday"), and not itself a speech act ("asked for longer hours, which Uzbek officials
    promised to consider" is a reply)."""
    if any(t.lower_ == "whose" for t in relcl.subtree):
        return False
    if _told_as_news(relcl):
        return False
    return not (relcl.i in by_token and by_token[relcl.i].rule.event in VERBAL_TYPES)


PARTY_HEADS = word_set("party_group_heads")
PARTY_QUANTIFIERS = word_set("party_group_quantifiers")
PROTEST_SIGNS = word_set("protest_signs")


def _party_group(toks: Sequence["Token"], index: MentionIndex) -> list[Entity]:
    """"Both sides", "the two countries", "the sides", "the two": the two states the story is about."""
    if len(index.principal_countries) < 2:
        return []
    for t in toks:
        quantified = any(c.lower_ in PARTY_QUANTIFIERS for c in t.children)
        group = (t.lemma_.lower() in PARTY_HEADS and (quantified or (t.lower_ == "sides" and t.tag_ == "NNS"))) or \
            (t.lower_ in PARTY_QUANTIFIERS and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.pos_ in ("NUM", "PRON", "DET"))
        if group:
            return [Entity(code=c, sector="GOV", entity_text=t.text, start=t.idx, end=t.idx + len(t.text))
                    for c in index.principal_countries[:2]]
    return []


STATIVE_PARTICIPLES = word_set("stative_participles")
GENERIC_PRONOUNS = word_set("generic_pronouns")
# types a describing clause often names as a trait of a party or place rather than as news
DESCRIBED_TYPES = {"AID", "SUPPORT", "MOBILIZE", "COOPERATE"}
EXPERIENCER_PARTICIPLES = word_set("experiencer_participles")
FALLEN_LEMMAS = word_set("fallen_lemmas")  # "died in a gunfight with troops"
FORCE_SECTORS = {"MIL", "COP"}
COMPLAINT_TARGET_PREPS = ("over", "about", "against")
OWNER_PRONOUNS = {"its", "their", "his", "her", "our"}


def _owned_by_pronoun(tok: "Token") -> bool:
    """A noun owned by a pronoun: "its chairmanship", "their forces"."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children)


QUOTE_MARKS = {'"', "“", "”", "''", "``"}
THIRD_PERSON = {"they", "them", "he", "him", "she", "her", "their", "his"}


def _inside_quote(tok: "Token") -> bool:
    return sum(t.text in QUOTE_MARKS for t in tok.sent if t.i < tok.i) % 2 == 1


def _quoted_other(tok: "Token") -> bool:
    """A third-person pronoun inside a quotation names someone other than the speaker ('"They opened fire on our
    villages," the minister said')."""
    return tok.lower_ in THIRD_PERSON and _inside_quote(tok)


def _first_person(tok: "Token") -> bool:
    """"our villages", "us": the speaker's own side."""
    return tok.lower_ in ("us", "we") or any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children)


SPEAKERS_OWN_SIDE = "the speaker's own side ('our', 'us', 'its')"


def _speakers_own(tok: "Token") -> bool:
    """"Kyrgyzstan says Tajik troops opened fire on its border post": outside a quotation, a thing owned by
    "its" or "their" in the reported clause belongs to the one who reports it."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children) and not _inside_quote(tok)


def _quoted_speaker(verb: "Token", index: MentionIndex) -> list[Entity]:
    """The speaker of the clause's reporting verb ("..., the Tajik foreign minister said"), if it names an actor."""
    cur = verb
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ not in ("ccomp", "parataxis") or cur.head.lemma_.lower() not in SPEAKER_VERBS:
        return []
    return [Entity(code=c) for c in dict.fromkeys(e.code for e in entities_of(subjects(cur.head), index) if e.code)]


def _reasons(kind: str, toks: Sequence["Token"], ents: Sequence[Entity]) -> str:
    if not toks:
        return f"no {kind} in the parse"
    words = ", ".join(t.text for t in toks)
    if not ents:
        return f"{kind} '{words}' names no known actor"
    return f"{kind} '{words}' -> " + "; ".join(f"{e.code or '?'}/{e.sector or '-'} ({e.entity_text})" for e in ents)


AGENT_SETTING_NOUNS = word_set("agent_setting_nouns")


def _setting_doers(verb: "Token", index: MentionIndex) -> list["Token"]:
    """The modifier of a violent happening a passive act is told inside ("was gunned down in a police
    encounter", "were killed in an army operation"): the doer, when it names a force. A country
    ("in Russian shelling of Kharkiv") is left to the happening's own mention, which also names the target."""
    for setting in prep_objects(verb, ("in", "during")):
        if setting.lemma_.lower() in AGENT_SETTING_NOUNS:
            doers = [c for c in setting.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                     and (found := index.at(c)) is not None and not found.entity.code and found.entity.sector]
            if doers:
                return doers
    return []


CARRIER_NOUNS = word_set("carrier_nouns")


def _carrier_owners(verb: "Token") -> list["Token"]:
    """The state or body that owns the planes, buses or ships people were moved on ("were evacuated from Iran on Tuesday
    aboard two Kazakh military planes", "flown home on a Turkish Airlines flight"): the mark of the owner on the
    carrier, the doer of a passive with no "by"."""
    for carrier in prep_objects(verb, ("aboard", "on", "by", "in", "onboard", "via")):
        if carrier.lemma_.lower() in CARRIER_NOUNS or carrier.lower_ in CARRIER_NOUNS:
            owners = [c for c in carrier.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                      and c.ent_type_ in ("NORP", "GPE", "ORG")]
            if owners:
                return owners
    return []


# verbs whose subject acts at a scene of others' act ("detained at a rally"), not in it
SCENE_VERBS = word_set("scene_verbs")
CAPTIVITY_VERBS = word_set("captivity_verbs")


def _captors(verb: "Token") -> list["Token"]:
    """Who held the people a passive sets free: "the 15 sailors held by Iran were freed", "Nineteen Armenians held
    in Azerbaijan were freed" (the state they were held in)."""
    held = [c for s in passive_subjects(verb) for c in s.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in CAPTIVITY_VERBS]
    return [a for c in held for a in agents(c)] or [p for c in held for p in prep_objects(c, ("in",)) if p.ent_type_ == "GPE"]


REMAINDER_NOUNS = word_set("remainder_nouns")
ORDERING_VERBS = word_set("ordering_verbs")


def _remainder_of(verb: "Token", objs: Sequence["Token"], index: MentionIndex) -> list[Entity]:
    """"killed two suspected ISKP members ... and arrested three others", "... and detained the rest of the group": the
    others are more of the people the verb before acted on."""
    if not objs or not all(t.lemma_.lower() in REMAINDER_NOUNS for t in objs) or verb.dep_ != "conj":
        return []
    return [e for e in entities_of(objects(verb.head), index) if e.code]


CAUSATIVE_VERBS = word_set("causative_verbs")


def _caused_doers(verb: "Token", subj: Sequence["Token"], index: MentionIndex) -> list["Token"]:
    """"The closure prompted Chinese drivers ... to park their trucks across the road, blocking traffic": what a
    thing prompts people to do is done by those people (the object of "prompted"), not by the thing."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "conj", "ccomp") or head.lemma_.lower() not in CAUSATIVE_VERBS:
        return []
    if not subj or any(_actor_like(t, index) for t in subj) or not set(t.i for t in subj) <= {t.i for t in subjects(head)}:
        return []
    return [o for o in objects(head) if _actor_like(o, index)]


def _placed_elsewhere(verb: "Token", speakers: Sequence[Entity], index: MentionIndex) -> bool:
    """Whether an act is set in a country other than its reporter's ("had been detained in Moscow", told by Tashkent)."""
    own = {e.code for e in speakers if e.code}
    return bool(own) and any(e.code and e.code not in own for e in entities_of(prep_objects(verb, tuple(SETTING_PREPS)), index))


def _stranded_on_dateline(verb: "Token", subj: Sequence["Token"], index: MentionIndex) -> list["Token"]:
    """"ANKARA, March 25 – Uzbek Defence Minister Bakhodir Kurbanov and his Turkish counterpart Yasar Guler signed":
    the parser hung the first of two coordinated subjects on the dateline; it is a subject too."""
    if not index.dateline_end or not subj or verb.dep_ != "ROOT":
        return []
    first = min(t.left_edge.i for t in subj)
    doc = verb.doc
    out: list["Token"] = []
    for t in doc[verb.sent.start:first]:
        if t.idx >= index.dateline_end and index.at(t) is not None and t.head.idx < index.dateline_end \
                and t.dep_ in ("appos", "npadvmod", "nsubj", "conj") \
                and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children) and t.i < first:
            out.append(t)
    return out


def _aid_goods_givers(verb: "Token", index: MentionIndex) -> list["Token"]:
    """The giver of goods handed over in the passive without a 'by' agent of the verb: a 'by' phrase the parse hung
    lower ("handed over to the Belarusian army free of charge by Russia"), else the nationality of the goods
    themselves ("A convoy of 40 Turkmen trucks was handed over to Afghan officials", "tonnes of Uzbek flour were
    delivered to ..."); not people handed over ("Afghan refugees were handed over to ...")."""
    stray = [o for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.i != verb.i
             for o in t.children if o.dep_ == "pobj" and index.at(o) is not None and o.ent_type_ in ("GPE", "ORG", "NORP")]
    if stray:
        return stray[:1]
    out = []
    for subj in passive_subjects(verb):
        for t in subj.subtree:
            goods = t.head
            if t.dep_ in ("amod", "compound") and index.at(t) is not None and t.ent_type_ in ("NORP", "GPE", "") \
                    and goods.lemma_.lower() not in ACTOR_NOUNS and goods.ent_type_ not in ("PERSON", "NORP", "ORG") \
                    and goods.pos_ == "NOUN":
                out.append(t)
    return out[:1]


def _roles(tok: "Token", hit: TriggerHit, index: MentionIndex) -> tuple[list[Entity], list[Entity], str, str]:
    """Actors and recipients of a trigger from the dependency parse."""
    preps = RECIPIENT_PREPS if hit.rule.event in AT_TARGETS else tuple(p for p in RECIPIENT_PREPS if p != "at")
    if hit.rule.event in ("RETREAT", "SANCTION") or hit.rule.mode == "withdraw":
        preps = preps + ("from",)
    if hit.rule.mode == "visit":
        preps = preps + ("in",)
    consumed = set(hit.consumed)
    if not hit.nominal:
        verb = tok
        if (is_passive(verb) or verb.dep_ == "acl") and not agents(verb) and (orderer := _orderer(verb)):
            # "Lukashenko ordered air defence batteries to be moved", "ordered mobile fire groups deployed": who ordered it
            actor_toks, label_a = orderer, f"who '{verb.head.text if verb.dep_ != 'acl' else verb.head.head.text}' it"
            recip_toks, label_r = ([], "no object") if hit.rule.event == "MOBILIZE" else (passive_subjects(verb) or [verb.head],
                                                                                          "who is ordered so")
        elif is_passive(verb) and hit.rule.event == "MOBILIZE" and not agents(verb):
            # "border guards were deployed", "reinforcements were sent to the area": the forces moved
            # are the mobilising side, not its target
            actor_toks, label_a = passive_subjects(verb), "forces moved (passive subject)"
            recip_toks, label_r = [], "no object"
        elif is_passive(verb) and verb.lower_ in STATIVE_PARTICIPLES and not agents(verb):
            actor_toks, label_a = passive_subjects(verb), "subject of a participle of state"
            recip_toks, label_r = [], "no object"
        elif is_passive(verb) and verb.lower_ in EXPERIENCER_PARTICIPLES:
            actor_toks, label_a = passive_subjects(verb), "who feels it ('was troubled by ...')"
            recip_toks, label_r = agents(verb), "what they feel it about ('by ...')"
        elif is_passive(verb) and hit.rule.event == "AID" and not agents(verb) and (
                donors := [o for g in passive_subjects(verb) for o in prep_objects(g, ("from",))]):
            # "tents and blankets from Uzbekistan were handed over to the Taliban's disaster ministry": the aid's origin
            # gives, the "to" phrase receives (the aid itself is neither)
            actor_toks, label_a = donors, "where the aid comes from ('... from X')"
            recip_toks, label_r = prep_objects(verb, ("to",)), "whom it was handed to ('to ...')"
        elif is_passive(verb) and hit.rule.event == "AID" and not agents(verb) and prep_objects(verb, ("to",)) and (
                donors := _aid_goods_givers(verb, index)):
            # "a convoy of 40 Turkmen trucks was handed over to Afghan officials", "... to the Belarusian army free of
            # charge by Russia": the goods' nationality (or a stray 'by' phrase) gives, the "to" phrase receives
            actor_toks, label_a = donors, "who gives the goods ('Turkmen trucks', 'by Russia')"
            recip_toks, label_r = prep_objects(verb, ("to",)), "whom it was handed to ('to ...')"
        elif is_passive(verb):
            actor_toks, label_a = agents(verb), "passive agent ('by ...')"
            if not actor_toks and hit.rule.mode in ("expel", "deport"):  # "a Russian diplomat was expelled from Moldova"
                actor_toks, label_a = prep_objects(verb, ("from",)), "the country expelled from"
            if not actor_toks and hit.rule.event == "ACCUSE" and verb.lemma_.lower() == "summon":
                # "the charge d'affaires was summoned to the Chinese Foreign Ministry": the ministry summons
                actor_toks, label_a = [t for t in prep_objects(verb, ("to",)) if index.at(t) is not None], \
                    "who summoned ('summoned to ...')"
            if hit.rule.mode == "access" and not any(t.ent_type_ not in ("DATE", "TIME") for t in actor_toks) and (
                    entered := [t for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                                for t in objects(c) + prep_objects(c, ("into", "to")) if t.ent_type_ in ("GPE", "NORP")]):
                # "had been allowed to enter Tajikistan by Wednesday": the host lets them in ("by Wednesday" is no doer)
                actor_toks, label_a = entered, "the country entered ('allowed to enter ...')"
            if not actor_toks and hit.rule.event == "RETREAT":  # "the sailors held by Iran were freed": the captor frees
                actor_toks, label_a = _captors(verb), "the captor of the freed ('held by ...')"
            if not actor_toks and hit.rule.event == "SANCTION":  # "were hit with U.S. sanctions": whose sanctions
                actor_toks, label_a = [c for o in prep_objects(verb, ("with",)) for c in o.children
                                       if c.dep_ in ("compound", "amod", "nmod", "poss") and index.at(c) is not None], \
                    "owner of the sanctions ('with U.S. sanctions')"
            if not actor_toks and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ORDERING_VERBS:
                # "A court in St Petersburg ordered 27 of the arrested workers to be deported": the one who ordered it
                actor_toks, label_a = subjects(verb.head), f"who '{verb.head.text}' it"
            if not actor_toks and hit.rule.event == "AID" and (owners := _carrier_owners(verb)):
                actor_toks, label_a = owners, "owner of the carrier ('aboard Kazakh planes')"
            if not actor_toks:
                actor_toks, label_a = _setting_doers(verb, index), "doer named on the happening ('in a police raid')"
            recip_toks, label_r = passive_subjects(verb), "passive subject"
        elif hit.rule.undergoer:  # "nine prisoners walked free", "the activist left prison": the freed, not the freer
            actor_toks, label_a = [], "untold (the subject undergoes the act)"
            recip_toks, label_r = subjects(verb), "subject (who undergoes the act)"
        else:
            actor_toks, label_a = subjects(verb), "subject"
            if (ordering := order_to_intermediary(verb)) is not None:  # "ordered internet providers to block the website"
                actor_toks, label_a = subjects(ordering), f"who '{ordering.text}' the firms to do it"
            if verb.dep_ == "relcl" and hit.rule.event in VERBAL_TYPES and actor_toks \
                    and all(t.lower_ in RELATIVE_SUBJECTS for t in actor_toks):
                # "Moldova's Bureau for Reintegration, which called the move a provocation": what 'which' stands for
                actor_toks, label_a = [verb.head], f"'{actor_toks[0].text}' = '{verb.head.text}'"
            elif len(actor_toks) == 1 and actor_toks[0].lower_ == "who" and (ante := _relative_antecedent(actor_toks[0], index)) \
                    and any(e.code for e in entities_of(ante, index)):  # (not "the militants who stormed a cafe")
                # "talks with Turkmen border officials, who handed over the man's body": the officials
                actor_toks, label_a = ante, f"'who' = '{ante[0].text}'"
            actor_toks = actor_toks + _comma_joined_states(verb, actor_toks, index)
            if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS | ORDER_DOCUMENT_NOUNS \
                    and verb.head.dep_ in ("dobj", "nsubjpass"):  # ("signed a decree calling up 135,000 conscripts")
                issuer = agents(verb.head.head) if verb.head.dep_ == "nsubjpass" else subjects(verb.head.head)
                if issuer:  # "sent a note to Moscow protesting ...": the sender protests
                    actor_toks, label_a = issuer, f"issuer of the '{verb.head.text}'"
            recip_toks, label_r = stranded_objects(verb), "object"
            if len(recip_toks) == 1 and recip_toks[0].lower_ in RELATIVE_OBJECTS \
                    and (ante := _relative_antecedent(recip_toks[0], index)):
                # "sanctions against a Kazakh logistics company, which it accused of shipping Russian oil": the company
                recip_toks, label_r = ante, f"object '{recip_toks[0].text}' = '{ante[0].text}'"
                if (proposer := _proposer_of_summary(ante[0])):
                    recip_toks, label_r = proposer, f"{label_r}, proposed by '{proposer[0].text}'"
            elif len(recip_toks) == 1 and (ante := _object_of_joined_verb(recip_toks[0], verb)):
                # "met Chinese officials in Beijing and asked them to explain": the officials
                recip_toks, label_r = ante, f"object '{recip_toks[0].text}' = '{ante[0].text}' (the object of '{verb.head.text}')"
            if verb.lemma_.lower() in SPEAKER_VERBS and any(t.lemma_.lower() in AUDIENCE_NOUNS for t in recip_toks):
                # "told reporters that the EU sanctions were illegal": the audience is no target
                recip_toks, label_r = [t for t in recip_toks if t.lemma_.lower() not in AUDIENCE_NOUNS], "object (not the audience)"
        actor_is = {t.i for t in actor_toks}
        extra = [t for t in prep_objects(verb, preps) if t.i not in actor_is]  # not "expelled from Moldova"
        for o in objects(verb):  # "imposed sanctions on Russia", "signed a deal with Kazakhstan",
            extra += prep_objects(o, preps + ("from", "by"))  # "rejected an offer from Kabul"
            # "regretted the listing of two Kyrgyz firms by the European Union": the doer hung on the "of" noun, or on the
            # verb after its object
            extra += [a for p in prep_objects(o, ("of",)) for a in prep_objects(p, ("by",))]
            if hit.rule.event in RESPONSE_TYPES and not is_passive(verb):
                extra += [a for a in prep_objects(verb, ("by",)) if a.i > o.i]
            # "condemned a resolution adopted by the Board of Governors of the IAEA": who made it
            extra += [a for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in agents(c)
                      if any(e.code for e in entities_of([a], index)) and not _host_of_talks(c, hit)]
        for c in verb.children:  # "promised to continue aid to Mozambique"
            if c.dep_ == "xcomp" and c.pos_ == "VERB":
                extra += prep_objects(c, preps)
                for o in objects(c):
                    extra += prep_objects(o, preps)
        extra = [t for t in extra if not offence_frame(t) and t.lemma_.lower() not in OFFENCE_FRAME_NOUNS]  # "detained two Ukrainians on suspicion of smuggling
        # Chinese-made components": what they are held for names no one they are held by or for
        if actor_toks and all(t.idx < index.dateline_end for t in actor_toks):
            # "BATKEN, Oct. 7 (...) - Kyrgyz and Tajik delegations met": the parser took the dateline for
            # the subject; the actors named between the dateline and the verb are the subject
            between = [t for t in verb.sent if index.dateline_end <= t.idx and t.i < verb.i]
            comma = next((t.i for t in between if t.text == "," and any(index.at(u) for u in between if u.i < t.i)
                          and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "conj")), None)  # (not a list's comma)
            # (up to a comma that closes the subject: "Indian security forces in Kashmir, acting on a tip-off that
            # militants were hiding, killed 12 rebels")
            actor_toks = [t for t in between if index.at(t) and (comma is None or t.i < comma)]
            label_a = "words between the dateline and the verb"
        actor_toks = actor_toks + _stranded_on_dateline(verb, actor_toks, index)
        if (caused := _caused_doers(verb, actor_toks, index)):
            actor_toks, label_a = caused, f"whom '{verb.head.text}' moved to act (the object)"
        actors = entities_of(actor_toks, index) or _party_group(actor_toks, index) or _unnamed_state_body(actor_toks)
        actors = _whose_owner(verb, actor_toks, actors, index)
        actors = _owner_is_speaker(verb, actor_toks, actors, index)
        if hit.rule.event in VERBAL_TYPES and actors and (venue := _speaking_venue(verb, actor_toks, index)):
            # "Foreign Ministry spokesman Pawel Wronski said in Warsaw": an official no country names speaks for the
            # state where he speaks, not for the story's main country
            actors = [dataclasses.replace(a, code=venue) for a in actors]
            label_a = f"{label_a}; the state of the place he speaks in -> {venue}"
        first = verb
        while (first.dep_ in ("conj", "xcomp", "acomp") or (first.dep_ == "advcl" and first.tag_ == "VBG")) \
                and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX", "ADJ"):
            first = first.head  # "said they had found ... and urged", "said it is willing to withdraw",
            # "said it had sent a note asking ..."
        if not actors and actor_toks and all(t.pos_ == "PRON" or _owned_by_pronoun(t) for t in actor_toks) \
                and first.dep_ == "ccomp" and not any(_quoted_other(t) for t in actor_toks):
            # "its chairmanship was concerned and offered": "its" is the reporting subject too
            # "Russia announced that it would withdraw": the pronoun is the reporting subject
            outer = subjects(first.head)
            actors = entities_of(outer, index) or _unnamed_state_body(outer)
            if not actors and (issuer := _document_issuer(outer)):
                # '"We call on employees to return to work," the statement said' after "Qarmet ... said in a
                # statement": who issued it
                outer = issuer
                actors = entities_of(outer, index)
            if actors:
                actor_toks, label_a = outer, f"pronoun '{actor_toks[0].text}' = subject of '{first.head.text}'"
        if actors and (speaker := _titled_speaker_of_pronoun(actor_toks, first, index)):
            # "The OSCE Representative on Freedom of the Media, Jan Braathu, said he was alarmed": he is the speaker
            actors, actor_toks, label_a = speaker[0], speaker[1], f"pronoun '{actor_toks[0].text}' = the speaker named with his title"
        if not actors and not actor_toks and first.dep_ == "ccomp" and first.head.lemma_.lower() in SPEAKER_VERBS \
                and not (is_passive(verb) and (hit.rule.event not in AUTHORITY_ACTS or hit.rule.event == "RETREAT")):
            # (people "released, a village official said" are freed by their captors: see _doer_of_the_scene)
            # "soldiers were killed, a spokesman said": the agent is untold, not the speaker; but "were
            # detained, the Interior Ministry said": an authority tells of its own arrests
            # "The OSCE said its chairmanship was concerned and offered to support dialogue": a verb the
            # parser left without a subject inside a report is the reporter's act
            outer = subjects(first.head)
            actors = entities_of(outer, index)
            if is_passive(verb) and _placed_elsewhere(verb, actors, index):
                actors = []  # "Most of those on board had been detained in Moscow ..., the agency said": an Uzbek
                # agency reports arrests abroad, it did not make them
            if actors:
                actor_toks, label_a = outer, f"no subject: the subject of '{first.head.text}'"
        recips = entities_of(recip_toks, index) or _party_group(recip_toks, index)
        if not any(r.code for r in recips) and (kin := _remainder_of(verb, recip_toks, index)):
            recips, label_r = kin, f"'{recip_toks[0].text}' = more of the object of '{verb.head.text}'"
        if not recips and hit.rule.event in ("ASSAULT", "COERCE") and (crowd := [
                t for t in recip_toks + prep_objects(verb, preps) + [p for o in objects(verb) for p in prep_objects(o, preps)]
                if t.lemma_.lower() in CROWD_WORDS]):
            # "riot police used pepper spray and a water cannon against the crowd": people of the place
            recips, recip_toks, label_r = [Entity(code="", sector="CVL", entity_text=crowd[0].text, start=crowd[0].idx,
                                                  end=crowd[0].idx + len(crowd[0].text))], crowd, "a crowd"
        if hit.rule.event in ("COERCE", "ASSAULT") and hit.rule.mode not in ("deport", "expel") and recips \
                and not any(r.code for r in recips) and (came := _people_origin(verb, recip_toks, recips, index)):
            recips, label_r = came, f"{label_r}; where they come from ('from ...')"
        if hit.rule.event == "MOBILIZE":  # "mobilized army reservists": the forces moved are the actor's own
            recips = [r for r in recips if r.code or r.sector not in FORCE_SECTORS]
        if hit.rule.event == "ACCUSE":  # "complained to the UN over Israeli air raids": the target, not the addressee
            target_toks = prep_objects(verb, COMPLAINT_TARGET_PREPS)
            speakers = {a.code for a in actors if a.code}  # (not "over the beating of two Tajik migrants": one's own victims)
            targets = [e for e in entities_of(target_toks, index) if e.code and e.code not in speakers]
            envoys = _envoys_addressed(verb)
            if (to_envoy := [e for e in entities_of(envoys, index) if e.code]) and not any(r.code for r in recips):
                recips, recip_toks, label_r = to_envoy, envoys, "the envoy the protest is handed to"
                extra, targets = [], []
            if targets and not any(r.code for r in recips):
                recips, recip_toks, label_r = targets, target_toks, "object of 'over'/'about'/'against'"
                extra = []
        if hit.rule is ALLEGED_ABUSE_RULE:  # "Activists said officers had beaten ...": the abusers' state
            abusers = [a for c in verb.children if c.dep_ in ("ccomp", "conj") and (v := _abuse_told(c)) is not None
                       for a in (agents(v) if is_passive(v) else subjects(v))]
            if found := [e for e in entities_of(abusers, index) if e.code]:
                recips, recip_toks, label_r, extra = found, abusers, "who is said to have done the abuse", []
        if hit.rule is LABEL_RULE:  # "said the eight men detained in Khorog belonged to a criminal group": the men held
            held = [t for c in verb.children if c.dep_ in ("ccomp", "conj") and _membership_charged(c) for t in _clause_subjects(c)]
            named = [e for e in entities_of(held, index) if e.code]
            recips, recip_toks, extra = named or [dataclasses.replace(a, sector="CVL", entity_text=held[0].text)
                                                  for a in actors if a.code][:1], held, []
            label_r = "the people held, put into the group" + ("" if named else " (of the speaker's own country)")
        if hit.rule is FOILED_PLOT_RULE:  # "foiled a plot ..., which it said had been ordered by Ukraine's intelligence"
            masters = _plot_masters(verb)
            if found := [e for e in entities_of(masters, index) if e.code]:
                recips, recip_toks, label_r, extra = found, masters, "who the foiled plot is said to be ordered by", []
        if hit.rule.id == "ACCUSE/link_to":  # "linked the attack on the ministry to Russia": the one the act is tied to
            tied = _tied_to(verb, objects(verb))
            if found := [e for e in entities_of(tied, index) if e.code]:
                recips, recip_toks, label_r, extra = found, tied, "whom the act is tied to ('to ...')", []
        if consumed:  # "held joint military exercises": a pattern word is a recipient only if it names a country
            pattern_toks = [t for t in recip_toks if t.i in consumed]
            pattern_ents = entities_of(pattern_toks, index)
            recips = [r for r in recips if r.code or r not in pattern_ents]
        own = {a.code for a in actors if a.code}
        if hit.rule.event == "ACCUSE" and recips and {r.code for r in recips} <= own and (
                abroad := _place_of_deed_abroad(verb, index, own)):
            # "condemned the arrest of two Russian journalists in Baku": one's own people are the victims, the place's
            # state the doer
            recips, recip_toks, label_r = abroad[0], abroad[1], "state where the deed against one's own people was done"
        if hit.rule.event == "PROTEST":  # "staged a protest on the Turkish side of the border": where, not against whom
            extra = [t for t in extra if t.lemma_.lower() not in PLACE_NOUNS]
        if extra and not any(r.code and r.code not in own for r in recips):
            # the object is the actor's own means ("offered its troops to Lebanon", "recalled its ambassador
            # from Tbilisi"): a prepositional object that names a(nother) country is the recipient
            found = entities_of(extra, index) or [g for g in _party_group(extra, index) if g.code not in own]
            # ("Russia and Kazakhstan called on both sides to stop the fighting": the two the story is about)
            if not recips or any(f.code and f.code not in own for f in found) or (
                    not any(r.code for r in recips) and any(f.code for f in found)):
                recips, recip_toks, label_r = found, extra, "prepositional object"
        if hit.rule is DISQUIET_RULE and not any(r.code and r.code not in own for r in recips):
            asked = _demand_addressees(verb)  # "was deeply concerned and called on the Georgian authorities to ..."
            found = [f for f in entities_of(asked, index) if f.code and f.code not in own]
            if found:
                recips, recip_toks, label_r = found, asked, "addressee of the demand joined to the concern"
        if hit.rule.event in ("REQUEST", "ACCUSE") and recips and not any(r.code for r in recips):
            if (deeper := _party_inside_object(verb, index, own)):
                # "demanded an investigation of the detainees' complaints about Russian police": whose conduct is meant
                recips, recip_toks, label_r = deeper[0], deeper[1], "party named inside the object"
            elif all(index.at(t) is None for t in recip_toks) and all(r.sector in PEOPLE_SECTORS for r in recips):
                # "demanded an investigation of the detainees' complaints": people inside what is demanded are not
                # whom the demand is addressed to
                recips, label_r = [], f"{label_r} (people inside the object: no addressee)"
        if not any(r.code for r in recips) and (owners := _owners_named_before(verb, index, own)):
            recips, recip_toks, label_r = owners[0], owners[1], f"owner of the object: the object of '{verb.head.text}'"
        if not recips:  # "threatened to attack Ukraine", "promised to free the prisoners"
            for c in verb.children:
                if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and hit.rule.event in ("ASSAULT", "COERCE") and to_infinitive(c))) \
                        and c.pos_ == "VERB":  # ("fired tear gas to disperse several hundred Turkish supporters")
                    # not the actor's own forces ("agreed to disengage their troops", "to deploy 6,000 troops")
                    inner_toks = [t for t in objects(c) + prep_objects(c, preps) if not _owned_by_pronoun(t)]
                    found = [f for f in entities_of(inner_toks, index)
                             if not (f.sector in FORCE_SECTORS and (not f.code or f.code in own))]
                    if found:
                        recips, recip_toks, label_r = found, inner_toks, f"object of '{c.text}'"
                        break
        if hit.rule.event == "THREATEN" and not any(r.code and r.code not in own for r in recips):
            aimed = [o for t in _unconditioned(verb) if t.dep_ == "prep" and (t.lower_ == "against" or (
                         t.lower_ == "to" and t.head.lemma_.lower() in RETORT_VERBS)) for o in t.children if o.dep_ == "pobj"]
            aimed = [w for o in aimed for w in with_conjuncts(o)]
            found = [f for f in entities_of(aimed, index) if f.code and f.code not in own]
            if found:  # "reserves the right to take retaliatory steps against the European Union", "warned that Tbilisi
                # would respond symmetrically to Estonia, Latvia and Lithuania"
                recips, recip_toks, label_r = found, aimed, "whom the threatened step is against ('against ...', 'respond to ...')"
        if not recips and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and hit.rule.event in VERBAL_TYPES - {"THREATEN"} \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "met a Russian deputy interior minister in Moscow and asked for a review of entry bans": the same party
            shared = objects(verb.head) + prep_objects(verb.head, ("with",))
            found = [f for f in entities_of(shared, index) if f.code and f.code not in own]
            if found:
                recips, recip_toks, label_r = found, shared, f"object of '{verb.head.text}' (the same party)"
        if not recips and hit.rule.event == "ASSAULT":  # "opened fire across the line, killing two civilians"
            for c in verb.children:
                if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in FALLEN_LEMMAS:
                    inner_toks = objects(c)
                    found = entities_of(inner_toks, index)
                    if any(f.code for f in found):  # (code-less "soldiers" are left to the clause's countries)
                        recips, recip_toks, label_r = found, inner_toks, f"object of '{c.text}'"
                        break
        if not any(r.code for r in recips) and hit.rule.event in ("ACCUSE", "REJECT") and (
                authors := [c for n in _named_by_what(verb) for c in n.children if c.dep_ == "poss"]) and (
                found := [f for f in entities_of(authors, index) if f.code and f.code not in own]):
            # "rejected what it called Kyiv's fabrications": whose words they are
            recips, recip_toks, label_r = found, authors, "whose words are rejected ('what it called X's ...')"
        if not recips and hit.rule.event == "ACCUSE":
            # "said the soldier had been recruited by an officer of Azerbaijan's State Security Service": who stands behind
            behind = [d for c in verb.children if c.dep_ == "ccomp" for d in _doers_behind(c)]
            found = [f for f in entities_of(behind, index) if f.code and f.code not in own]
            if found:
                recips, recip_toks, label_r = found, behind, "who is said to stand behind the act"
        if not recips:  # "urged Russia to withdraw", "demanded that Baku release"
            for c in verb.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    inner = [s for s in c.children if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and hit.rule.event != "REQUEST")]
                    # (not "asked that Tajik consular officers be given access": whom it is for, not whom it asks)
                    if inner:
                        found = entities_of(with_conjuncts(inner[0]), index)
                        if hit.rule.event == "THREATEN":  # "warned that Tehran would respond": the speaker's
                            found = [f for f in found if not f.code or f.code not in _codes(actors)]  # own side
                        if found:
                            recips, recip_toks, label_r = found, inner, "subject of the complement"
                            break
        if not any(r.code for r in recips) and (ours := [t for t in recip_toks if _first_person(t) or _speakers_own(t)]):
            speaker = [s for s in _quoted_speaker(verb, index) if s.code not in _codes(actors)]
            if speaker:  # "'They shelled our villages,' the Tajik minister said"
                recips, recip_toks, label_r = speaker, ours, SPEAKERS_OWN_SIDE
        return actors, recips, _reasons(label_a, actor_toks, actors), _reasons(label_r, recip_toks, recips)
    # nominal trigger
    if (suffering := suffered_by_subject(tok)) is not None:  # "the convoy came under fire from Houthi fighters"
        doers = prep_objects(tok, ("from", "by")) + prep_objects(suffering, ("from", "by"))
        targets = subjects(suffering)
        actors, recips = entities_of(doers, index), entities_of(targets, index)
        return actors, recips, _reasons("'from'/'by' phrase of the act", doers, actors), \
            _reasons(f"subject of '{suffering.text}' (the target)", targets, recips)
    actors: list[Entity] = []
    recips: list[Entity] = []
    reason_a = reason_r = ""
    between = prep_objects(tok, ("between", "among", "amongst"))
    if not between and tok.dep_ in ("nsubj", "nsubjpass"):  # "fighting broke out between troops and rebels"
        between = prep_objects(tok.head, ("between", "among", "amongst"))
    if between:
        ents = entities_of(between, index)
        actors, reason_a = ents, _reasons("'between' phrase", between, ents)
    if not actors:
        owners = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, ("by",))
        if not owners:  # "the expulsion of ten diplomats by Washington": the "by" hung on the "of" object
            owners = [b for o in prep_objects(tok, ("of",)) for b in prep_objects(o, ("by",))]
        if not owners and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in MEASURE_NOUNS:
            owners = prep_objects(tok.head.head, ("by",))  # "a wave of arrests by the KGB"
        if tok.dep_ == "nsubjpass" and agents(tok.head):  # "Tuesday's air strike ... was carried out by Russian jets"
            owners = agents(tok.head)
        ents = entities_of(owners, index)
        if ents:
            actors, reason_a = ents, _reasons("possessor/'by' phrase", owners, ents)
    instrument = tok.dep_ == "pobj" and tok.head.lower_ == "with"  # "responded with artillery fire": the weapon
    if not actors and not instrument:
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        ents = []
        for m in mods:
            found = index.at(m)
            if found is not None and all(found.entity is not e for e in ents):
                ents.append(found.entity)
            for sub in m.children:  # "Kyrgyz-Tajik border clash"
                sfound = index.at(sub)
                if sfound is not None and all(sfound.entity is not e for e in ents):
                    ents.append(sfound.entity)
        if ents:
            actors, reason_a = ents, "modifiers of the trigger noun -> " + ", ".join(e.code or "?" for e in ents)
    verb = clause_verb(tok)
    if not actors and hit.rule.reciprocal and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
            and tok.head.head.i == verb.i and verb.lemma_.lower() in FALLEN_LEMMAS:
        # "two militants were killed in an encounter with security forces": the other side of the fight
        # did the killing (unnamed: "died in an encounter in Kupwara"); the dead are its recipients
        others = prep_objects(tok, ("with",))
        fallen = passive_subjects(verb) if is_passive(verb) else subjects(verb)
        ents = entities_of(others, index)
        victims = entities_of(fallen, index) or _party_group(fallen, index)
        return ents, victims, _reasons(f"other side of the fight in which they '{verb.text}'", others, ents), \
            _reasons(f"the fallen (subject of '{verb.text}')", fallen, victims)
    if not actors and tok.dep_ == "ROOT" and (subj := [c for c in tok.children if c.dep_ == "nsubj"]):
        ents = entities_of(subj, index)  # "The European Union on Friday imposed travel bans on ...", parsed with
        if ents:  # "bans" as the root and the Union as its subject
            actors, reason_a = ents, _reasons(f"subject of '{tok.text}'", subj, ents)
    scene = hit.rule.event == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in", "during") \
        and verb.lemma_.lower() in SCENE_VERBS
    if not actors and verb.i != tok.i and tok.dep_ in ("dobj", "pobj", "attr") and not scene:
        # not "police detained dozens at anti-war protests": the police are no protesters
        subj = subjects(verb)
        if not subj and tok.dep_ == "pobj" and tok.head.lower_ == "in" and is_passive(verb) and not agents(verb) \
                and verb.lemma_.lower() in ENGAGING_VERBS:
            subj = passive_subjects(verb)  # "Serb forces were engaged in ethnic cleansing" (not "were detained in raids")
        ents = entities_of(subj, index)
        if ents:
            actors, reason_a = ents, _reasons(f"subject of '{verb.text}'", subj, ents)
        elif subj and all(t.pos_ == "PRON" for t in subj) and verb.dep_ == "ccomp":
            outer = subjects(verb.head)  # "North Korea said it had conducted its first nuclear test"
            ents = entities_of(outer, index)
            if ents:
                actors, reason_a = ents, _reasons(f"pronoun '{subj[0].text}' = subject of '{verb.head.text}'", outer, ents)
    rtoks = prep_objects(tok, preps + ("of",)) if hit.rule.event in ("COERCE", "ASSAULT", "RETREAT", "SANCTION") else prep_objects(tok, preps)
    if tok.dep_ in ("dobj",) and verb.i != tok.i:
        rtoks += prep_objects(verb, preps)
    ents = entities_of(rtoks, index)
    if not ents and tok.dep_ in ("nsubj",) and verb.i != tok.i:  # "an attack killed five soldiers"
        rtoks = objects(verb)
        ents = entities_of(rtoks, index)
    recips, reason_r = ents, _reasons("recipient phrase", rtoks, ents)
    return actors, recips, reason_a or "no actor found around the noun", reason_r


CROWD_WORDS = word_set("crowd_words")
ENGAGING_VERBS = word_set("engaging_verbs")


def _titled_speaker_of_pronoun(actor_toks: Sequence["Token"], first: "Token",
                               index: MentionIndex) -> tuple[list[Entity], list["Token"]] | None:
    """"He"/"she" reported by a speaker given with a title and a name the dictionary does not know is that speaker,
    not the last known person: "The OSCE Representative on Freedom of the Media, Jan Braathu, said he was alarmed"
    (the OSCE's representative, not President Japarov named before)."""
    if len(actor_toks) != 1 or actor_toks[0].lower_ not in ("he", "she") or first.dep_ != "ccomp" \
            or first.head.lemma_.lower() not in SPEAKER_VERBS:
        return None
    outer = subjects(first.head)
    if len(outer) != 1 or outer[0].pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in outer[0].children):
        return None
    if any(m.kind == "person" for m in index.in_tokens(list(outer[0].subtree))):
        return None  # (a known person is already "he" when named)
    found = [e for e in entities_of(outer, index) if e.code]
    own = {e.code for e in entities_of(actor_toks, index)}
    return (found, outer) if found and not {e.code for e in found} <= own else None


RELATIVE_OBJECTS = frozenset({"which", "whom", "who", "that"})


def _relative_antecedent(pron: "Token", index: MentionIndex) -> list["Token"]:
    """What a relative pronoun stands for: the noun its clause hangs on ("a Kazakh company, which it accused of ...";
    "officials, who handed over ..."), or, when the parser hung the clause elsewhere, the nearest party named before
    it in the sentence ("met Kyrgyz border guards at the Kyzyl-Bel crossing on Tuesday, who released ..."; not a date
    or a place)."""
    clause = pron.head
    placed = clause.head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
    if clause.dep_ in ("relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN") and not placed:
        return [clause.head] if pron.lower_ not in ("who", "whom") or clause.head.pos_ == "NOUN" else []
    if pron.lower_ not in ("who", "whom") or (clause.dep_ in ("relcl", "acl") and not placed):
        return []  # (not "three of them who tried to block the road")
    for t in reversed(pron.sent[:pron.i - pron.sent.start]):
        m = index.at(t)
        if m is not None and m.kind in ("sector", "person") and t.ent_type_ not in ("GPE", "LOC", "FAC") and m.entity.code:
            return [t]
    return []


def _object_of_joined_verb(pron: "Token", verb: "Token") -> list["Token"]:
    """What an object pronoun of the second of two joined verbs with one subject stands for: the object of the first
    verb, when it agrees in number ("Kazakh diplomats met Chinese officials in Beijing and asked them to explain",
    "the minister received the Tajik ambassador and urged him to ..."; "detained two migrants and deported them").
    Not a verb with a subject of its own ("met the officials, and they asked them ...")."""
    if pron.lower_ not in OBJECT_PRONOUNS or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    first = [o for o in objects(verb.head) + prep_objects(verb.head, ("with",)) if o.pos_ in ("NOUN", "PROPN")]
    if not first:
        return []
    plural = len(first) > 1 or first[0].tag_ in ("NNS", "NNPS")
    return first if plural == (pron.lower_ == "them") else []


SUMMARY_IDEA_NOUNS = word_set("summary_idea_nouns")


def _proposer_of_summary(noun: "Token") -> list["Token"]:
    """Whose idea a summing-up apposition names: "Mirziyoyev proposed setting up a joint fund ..., an idea that Japarov
    backed" (Mirziyoyev's: the subject of the sentence's main verb)."""
    if noun.lemma_.lower() not in SUMMARY_IDEA_NOUNS or noun.dep_ != "appos":
        return []
    return subjects(noun.sent.root)


ORIGIN_SHARE_WORDS = word_set("origin_share_words")


def _people_origin(verb: "Token", recip_toks: Sequence["Token"], recips: Sequence[Entity],
                   index: MentionIndex) -> list[Entity]:
    """People acted on take the state they come from when a "from" phrase right after them names it (the parser
    may hang it on the verb): "detained 120 labour migrants from Kyrgyzstan" (KGZ), "detained more than 400
    migrants, most of them from Tajikistan and Uzbekistan" (TJK, UZB); not "detained two men from the village"."""
    if not all(r.sector in PEOPLE_SECTORS for r in recips) or not recip_toks:
        return []
    last = max(t.i for r in recip_toks for t in r.subtree)
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == last + 1]
    share = [c for c in verb.children if c.dep_ in ("npadvmod", "appos", "advmod") and c.lower_ in ORIGIN_SHARE_WORDS
             and 0 < c.i - last <= 2]  # ("..., most of them from Tajikistan")
    froms += [p for c in share + [t for r in recip_toks for t in r.children if t.lower_ in ORIGIN_SHARE_WORDS]
              for p in c.children if p.dep_ == "prep" and p.lower_ == "from"]
    places = [w for p in froms for o in p.children if o.dep_ == "pobj" for w in with_conjuncts(o)]
    found = [e for e in entities_of(places, index) if e.code and e.code not in NON_STATE_CODES]
    sector = recips[0].sector
    return [dataclasses.replace(e, sector=sector) for e in _dedupe_entities(found)]


def _crowd_subject(tok: "Token") -> bool:
    """A crowd or group of people as subject ("thousands of students protested")."""
    own = {t.i for t in tok.subtree}  # not the words of a clause on the subject ("a note protesting ... its citizens")
    for subj in subjects(tok):
        words = {t.lemma_.lower() for t in subj.subtree if t.i not in own}
        if words & CROWD_WORDS or subj.like_num:
            return True
    return False


TOPIC_DISCUSSING_VERBS = word_set("topic_discussing_verbs")


def _discussed_topic(tok: "Token", verb: "Token") -> bool:
    """A country named inside what talks were about ("The parties discussed trade, water and energy, as well as
    regional security, including the situation in Afghanistan"): a topic, never a party to the talks."""
    if verb.lemma_.lower() not in TOPIC_DISCUSSING_VERBS:
        return False
    topics = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    topics += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over", "regarding")
               for o in p.children if o.dep_ == "pobj"]
    return any(tok.i in {t.i for t in o.subtree} for o in topics)


def _clause_country(head: "Token", actors: list[Entity], index: MentionIndex, reason: str,
                    nested: bool = False, event: str = "") -> tuple[list[Entity], str]:
    """No recipient in the parse: a country (or IGO) named in the trigger's own clause (often the place
    where it happened: "lifted the curfew in Montenegro") that is not the actor. A capital named as the venue of a
    cooperative act of two named parties is no third party to it ("X and Y signed a peace accord in Moscow")."""
    actor_spans = {(a.start, a.end) for a in actors}
    actor_codes = {a.code for a in actors if a.code}
    clause = sorted(head.subtree, key=lambda t: t.i) if nested else _clause_tokens(head)
    # "residents of a Kyrgyz village near the Tajik enclave blocked the road": words describing the
    # actor do not name its target
    inside_actor = {t.i for s in subjects(head) for t in s.subtree} if actors and not nested else set()
    clause = [t for t in clause if t.i not in inside_actor]
    where = "sentence" if nested else "clause"
    if event in VIOLENT_TYPES and not nested and (victims := _passive_victims_country(head, index, actor_codes)):
        return victims, f"{reason}; the victims of the casualty clause it explains: " + "/".join(e.code for e in victims)
    for m in index.in_tokens(clause):
        if (m.start, m.end) in actor_spans or not m.entity.code or m.entity.code in actor_codes or m.kind == "pronoun":
            continue
        if event and event not in AT_TARGETS and len(actors) >= 2 and m.kind == "capital" and _venue(head.doc[m.token_start]):
            continue
        if event == "AID" and m.entity.sector in ARMED_SECTORS - {""}:
            continue  # armed forces named beside relief ("communities that Russian forces shell") do not receive it
        if _in_time_clause(head.doc[m.token_start], head):
            continue  # "..., a year after Russian supplies ended": a time setting names no party to the act
        if event in VIOLENT_TYPES and head.lemma_.lower() in LAUNCHING_VERBS and _origin(head.doc[m.token_start], head):
            continue  # "rockets fired from Afghan territory": where the attack came from, not its target
        if event == "PROTEST" and head.doc[m.token_end - 1].lemma_.lower() in PLACE_NOUNS:
            continue  # "a protest on the Turkish side of the border": where the crowd stood
        if event == "CONSULT" and _discussed_topic(head.doc[m.token_start], head):
            reason = f"{reason}; not '{m.text}' (a topic discussed, no party to the talks)"
            continue
        if (passing := incidental_country(head.doc[m.token_start], head)):
            if f"not '{m.text}'" not in reason:
                reason = f"{reason}; not '{m.text}' ({passing})"
            continue
        found = _with_listed(m, head.doc, index, actor_codes)
        return found, f"{reason}; country named in the {where}: '{m.text}' -> " + "/".join(e.code for e in found)
    return [], reason


LAUNCHING_VERBS = word_set("launching_verbs")
VICTIM_CASUALTY_VERBS = word_set("victim_casualty_verbs")


def _passive_victims_country(head: "Token", index: MentionIndex, actor_codes: set[str]) -> list[Entity]:
    """An attack told in a 'when' clause of a passive casualty verb hits the casualties' country, not the place
    named in the clause ("Two Chinese workers were killed when gunmen fired on their camp in Tajikistan" -> CHN).
    Only when the attacker is unnamed or no state: a state's strike hits the state where it falls ("Three Tajik
    migrants were killed when Ukrainian drones struck a factory in Russia's Tatarstan" -> RUS)."""
    if actor_codes - NON_STATE_CODES:
        return []
    main = head.head
    if head.dep_ != "advcl" or main.i == head.i or main.lemma_.lower() not in VICTIM_CASUALTY_VERBS \
            or not any(c.dep_ == "auxpass" for c in main.children):
        return []
    victims = [c for c in main.children if c.dep_ == "nsubjpass"]
    found = [e for e in entities_of([t for v in victims for t in v.subtree], index) if e.code]
    return [e for e in _dedupe_codes(found) if e.code not in actor_codes]


def _in_time_clause(tok: "Token", head: "Token") -> bool:
    """A name inside a clause setting the act apart in time ("ready to supply fuel oil to hospitals, a year after
    Russian supplies ended")."""
    cur = tok
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in cur.children) \
                and any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_GAPS for c in cur.children):
            return True  # (not "cancelled a visit after Montevideo withdrew its plan": the cause names the other side)
        cur = cur.head
    return False


TIME_CLAUSE_MARKS = {"after", "since", "before", "until", "when", "while", "as"}
LONG_GAPS = {"year", "month", "decade"}  # "a year after Russian supplies ended"


def _origin(tok: "Token", head: "Token") -> bool:
    """A name inside a "from" phrase of the act ("fired from Afghan territory", "crossed from Syria")."""
    cur = tok
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ == "pobj" and cur.head.lower_ == "from":
            return True
        cur = cur.head
    return False


def _venue(tok: "Token") -> bool:
    """A place named with "in" or "at": where an act happened."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")


VIOLENT_TYPES = type_set("violent")
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
# acts that only authorities perform: with no agent in the text ("was detained", "a case was opened")
# the actor is the government of the story's country
AUTHORITY_ACTS = type_set("authority_acts")
DOMESTIC_DEFAULT = type_set("domestic_default")
DIRECTED_DEFAULT = type_set("directed_default")


def _speaker_or_authority(tok: "Token", hit: TriggerHit, sent: "Span", event: str,
                          index: MentionIndex) -> tuple[list[Entity], str]:
    """An actor-less non-violent event: the government speaker of its sentence ("..., the Border Troops
    said") or, for an agentless passive act of authority, the government of the story's country."""
    speaking = [t for t in sent if t.lemma_.lower() in SPEAKER_VERBS and t.pos_ == "VERB" and t.i != tok.i]
    # ("China's embassy said ..., while Iran's disaster agency said two convoys had crossed": the one that tells it,
    # though the dictionary does not know the agency its state owns)
    teller = next((t for t in tok.ancestors if t in speaking), None)
    for t in ([teller] if teller is not None else []) + [t for t in speaking if t is not teller]:
        found = [e for e in entities_of(subjects(t), index) if e.code and (e.sector in STATE_SECTORS or (
            t is teller and not e.sector and e.code not in NON_STATE_CODES and index.kind_of(e) == "country"
            and any(c.dep_ == "poss" for s in subjects(t) for c in s.children)))]
        if found and not hit.nominal and _placed_elsewhere(tok, found, index):
            break  # (a report of arrests abroad: see _placed_elsewhere)
        if found:
            return found[:1], f"government speaker '{found[0].entity_text}' -> {found[0].code}"
    verb = tok if not hit.nominal else clause_verb(tok)
    if event not in AUTHORITY_ACTS or not (is_passive(verb) or hit.nominal) or agents(verb) or hit.rule.mode == "cyber":
        return [], ""  # (hackers are no authority: "the railway suffered a cyber attack")
    if hit.rule.mode == "arrest":
        # "two men were detained in Osh": arrests are made by the police (of the story's country, or of the
        # place the sentence names: see _state_actors_from_location); captured soldiers, fighters and
        # hostages are not arrested by police
        held = passive_subjects(verb) if not hit.nominal else prep_objects(tok, ("of",))
        if any(t.lemma_.lower() in CAPTIVE_NOUNS for t in held) or any(
                e.sector in FIGHTING_SECTORS for e in entities_of(held, index)):
            return [], ""
        state = _story_state(index)
        where = f" of the story's country {state}" if state else ""
        return [Entity(code=state, sector="COP")], f"agentless arrest -> law enforcement{where}"
    if index.main_country:
        held = passive_subjects(verb) if not hit.nominal else []
        if index.main_country in {e.code for e in entities_of(held, index)}:
            # "North Korea's ambassador to Malaysia was expelled", "three Russians were released from captivity
            # in Libya": the state where they are posted or held
            places = [o for t in held for o in prep_objects(t, ("to", "in"))]  # "ambassador to Malaysia"
            if verb.lemma_.lower() == "summon":  # "was summoned to the Moldovan Foreign Ministry": the summoning state
                places += prep_objects(verb, ("to",))
            for o in prep_objects(verb, ("from",)):  # "expelled from Moldova", "released from captivity in Libya"
                places.append(o)
                if o.lemma_.lower() in CAPTIVITY_NOUNS:
                    places += prep_objects(o, ("in",)) + prep_objects(verb, ("in",))
            hosts = [e for e in entities_of(places, index) if e.code and e.code != index.main_country]
            if hosts:
                return [Entity(code=hosts[0].code, sector="GOV")], f"agentless act on people of the story's country -> the state they are held or posted in, {hosts[0].code}"
        state = _story_state(index) if hit.rule.mode == "release" else index.main_country  # (a bloc may sanction or
        # lift sanctions, not free prisoners)
        if state:  # (raids and seizures are police work: placed where they happen, see _state_actors_from_location)
            return [Entity(code=state, sector="COP" if event == "COERCE" else "GOV")], \
                f"agentless act of authority -> story country {state}"
    return [], ""


STATE_BODY_HEADS = word_set("state_body_heads")


def _unnamed_state_body(toks: Sequence["Token"]) -> list[Entity]:
    """A state body the actor dictionary does not know, named with a capital ("the Agency for External Labour
    Migration said it had signed"): a government actor whose country the sentence or story gives."""
    for t in toks:
        if t.pos_ == "PROPN" and t.lemma_.lower() in STATE_BODY_HEADS and t.text[:1].isupper():
            text = " ".join(w.text for w in phrase_tokens(t))
            return [Entity(code="", sector="GOV", entity_text=text, start=t.idx, end=t.idx + len(t.text))]
    return []


def _fronted_country(sent: "Span", index: MentionIndex) -> str:
    """The country a sentence opens with as its scene: "KYIV – In Moldova, the Interior Ministry put border police on
    alert" (the ministry is Moldova's, not the dateline's)."""
    toks = [t for t in sent if t.idx >= index.dateline_end and not t.is_punct]
    if len(toks) < 3 or toks[0].lower_ != "in" or toks[0].dep_ != "prep":
        return ""
    place = [p for p in toks[0].children if p.dep_ == "pobj"]
    m = index.at(place[0]) if place else None
    nxt = place[0].i + 1 if place else 0
    if m is None or not m.entity.code or m.kind not in ("country", "capital") or nxt >= len(sent.doc) \
            or sent.doc[nxt].text != ",":
        return ""
    return m.entity.code


def _story_state(index: MentionIndex) -> str:
    """The story's country as a state that can arrest or release: a bloc the story names most is no police ("Five
    protesters were released" in a story about OSCE observers in Kyrgyzstan -> KGZ)."""
    if index.main_country not in NON_STATE_CODES:
        return index.main_country
    return next(iter(index.principal_countries), "")


UNPLACED_SECTORS = {"CRM", "UAF"}  # criminals and unidentified attackers acting: of no country the text names
CAPTIVITY_NOUNS = word_set("captivity_nouns")
CAPTIVE_NOUNS = word_set("captive_nouns")
FIGHTING_SECTORS = {"MIL"}  # captured soldiers; detained militants and gunmen are arrests
SINGULAR_PRONOUNS = word_set("singular_pronouns")
DOCUMENT_NOUNS = word_set("document_nouns")
ORDER_DOCUMENT_NOUNS = word_set("order_document_nouns")


ISSUER_REACH = 2  # sentences back to the one that says who issued "the statement"


def _document_issuer(toks: Sequence["Token"]) -> list["Token"]:
    """Who issued a text named again as "the statement": the subject of the verb that issued it "in a statement" in
    that sentence or one just before ("Qarmet, the Kazakh coal company, said in a statement that ... '...,' the
    statement said")."""
    if len(toks) != 1 or toks[0].lemma_.lower() not in DOCUMENT_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in toks[0].children):
        return []
    doc, lemma = toks[0].doc, toks[0].lemma_.lower()
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= toks[0].i < s.end)
    for sent in reversed(sents[max(0, here - ISSUER_REACH):here + 1]):
        for t in sent:
            if t.i < toks[0].i and t.lemma_.lower() == lemma and t.dep_ == "pobj" and t.head.lower_ == "in" \
                    and t.head.head.pos_ in ("VERB", "AUX") and (owner := subjects(t.head.head)):
                return owner
    return []


RESPONSE_TYPES = type_set("response")
NAMED_ACT_NOUNS = {event: word_set(f"act_nouns_{event.lower()}") for event in ("ASSAULT", "MOBILIZE", "THREATEN", "ACCUSE",
                                                                                "REQUEST", "SANCTION", "COERCE", "COOPERATE")}
AUTHOR_REACH = 4  # sentences back to the act a definite act noun names


def _author_of_named_act(tok: "Token", hit: TriggerHit, earlier: Sequence["_Draft"], s_i: int,
                         actors: Sequence[Entity], index: MentionIndex) -> tuple[list[Entity], str]:
    """"A Russian drone hit an aid point. The UN coordinator condemned the strike": a response to an act named by a
    definite noun ("the strike", "the tests", "the warning", "the criticism", "the demand") is aimed at whoever did
    that act, the actor of the last coded act of that kind ("rejected the warning" -> the one who warned)."""
    verb = tok if not hit.nominal else clause_verb(tok)
    own = set(_codes(actors))
    named = [o for o in objects(verb) + prep_objects(verb, ("over", "about", "against", "to"))
             if o.pos_ == "NOUN" and _names_no_party(o, index, own)
             and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETS | {"its", "their", "such"} for c in o.children)]
    for noun in named:
        lemma = noun.lemma_.lower()
        kinds = {event for event, nouns in NAMED_ACT_NOUNS.items() if lemma in nouns or noun.lower_ in nouns}
        if not kinds:
            continue
        told = [d for d in reversed(earlier) if d.sent_index >= s_i - AUTHOR_REACH and d.verdict == "coded"
                and d.event in kinds and any(a.code and a.code not in own for a in d.actors)]
        # the act told with the same word first ("A suicide bomber ... killed nine. Forces raided a house. X condemned the
        # bombing": the bomber's, not the nearest attack's)
        stem = lemma[:4]
        told.sort(key=lambda d: not any(t.lower_.startswith(stem) for t in d.sent))
        for d in told[:1]:
            authors = [a for a in d.actors if a.code and a.code not in own]
            return _dedupe_codes(authors), f"the doer of '{noun.text}' ({d.event} '{d.sent.doc[d.hit.token_i].text}')"
    return [], ""


def _names_no_party(tok: "Token", index: MentionIndex, own: Collection[str] = ()) -> bool:
    """Whether a noun phrase names no party with a country of its own ("the strike", not "Moscow's warning"); the
    speaker's own people it names are no doer ("regretted the listing of two Bishkek-based trading companies", said
    by the Kyrgyz Foreign Ministry)."""
    return not any((m := index.at(t)) is not None and m.entity.code and m.entity.code not in own for t in phrase_tokens(tok))


CUSTODY_ACTS = {("COERCE", "arrest"), ("COERCE", "abduct"), ("ASSAULT", "abduct"), ("CONCEDE", ""), ("SANCTION", "convict")}
SCENE_REACH = 3  # sentences back to the act whose doers an agentless arrest continues


def _doer_of_the_scene(draft: "_Draft", earlier: Sequence["_Draft"], s_i: int, freed_people: Sequence[Entity] = (),
                       index: MentionIndex | None = None) -> tuple[list[Entity], list[Entity], str]:
    """Who did an agentless act, from the acts told before: people set free ("The men were released on Friday") are
    freed by whoever held them (the last coded arrest, abduction, sentence or pardon of the story); a man "detained
    at the scene" is detained by the forces whose act the previous sentence told ("Tajik border guards exchanged fire
    with smugglers. A third man ... was detained at the scene")."""
    if draft.event == "RETREAT" and draft.mode == "release":
        freed = set(_codes(freed_people))
        for d in reversed(earlier):
            if (d.event, d.mode if d.event != "CONCEDE" else "") not in CUSTODY_ACTS:
                continue
            actors, recips = d.actors, d.recipients
            if d.verdict.startswith("not coded: background") and index is not None:
                # "two days after Russian border guards detained two Georgian villagers": the custody is told as
                # background, its captor named all the same
                actors, recips, _, _ = _roles(d.sent.doc[d.hit.token_i], d.hit, index)
            elif d.verdict != "coded":
                continue
            held = [a for a in actors if a.code and a.start is not None and ("actor", a.start, a.end) not in d.inferred]  # (named)
            if held and not set(_codes(held)) <= freed and (d.sent_index < s_i or d.event == "CONCEDE"):
                # (not the freed themselves, nor a captivity the same sentence describes: "Italian fishermen, held
                # captive in Libya, have been freed")
                return _dedupe_codes(held), [r for r in recips if r.code], \
                    f"the captor: actor of the {d.event} before ('{d.sent.doc[d.hit.token_i].text}')"
        return [], [], ""
    if (draft.event == "COERCE" and draft.mode == "deport") or (draft.event == "ACCUSE" and draft.mode == "allege"):
        # "Russian police detained Tajik activist X in Moscow on Monday. He was deported to Dushanbe on Wednesday": the
        # state that held them deports them (not the destination's); "Belarusian KGB officers detained a journalist on
        # Friday. She is suspected of facilitating extremist activity": the captor lays the charge
        for d in reversed(earlier):
            if d.sent_index < s_i - SCENE_REACH:
                break
            held = [a for a in d.actors if a.code and a.start is not None and ("actor", a.start, a.end) not in d.inferred]
            if d.verdict == "coded" and d.event == "COERCE" and d.mode == "arrest" and held and d.sent_index < s_i:
                return _dedupe_codes(held), [r for r in d.recipients if r.code], \
                    f"the captor: actor of the arrest before ('{d.sent.doc[d.hit.token_i].text}')"
        return [], [], ""
    if (draft.event == "COERCE" and draft.mode == "arrest") or _unnamed_forces(draft.sent.doc[draft.hit.token_i]):
        # ("Turkish warplanes struck PKK targets. Ground units taking part in the operation also seized a cache")
        for d in reversed(earlier):
            if d.sent_index < s_i - SCENE_REACH:
                break
            forces = [a for a in d.actors if a.code and a.sector in FORCE_SECTORS and a.start is not None
                      and ("actor", a.start, a.end) not in d.inferred]
            if d.verdict == "coded" and d.event in ("ASSAULT", "COERCE") and forces:
                teller = _teller_state(draft.sent.doc[draft.hit.token_i], index) if index is not None else []
                if teller and not set(_codes(teller)) & set(_codes(forces)):
                    # "Tajik guards killed two Afghan smugglers. A Taliban spokesman said border units in Badakhshan
                    # had detained two men": the teller's own units, not those of the act before
                    return teller, [], f"the teller's own forces ('{teller[0].entity_text}')"
                return _dedupe_codes(forces), [], f"the forces of the act before ('{d.sent.doc[d.hit.token_i].text}')"
    return [], [], ""


def _teller_state(tok: "Token", index: MentionIndex) -> list[Entity]:
    """The state whose official reports a clause: "Hamdullah Fitrat, deputy spokesman of the Taliban government, said
    that border units had detained two men" (AFG)."""
    teller = next((t for t in tok.ancestors if t.lemma_.lower() in SPEAKER_VERBS and t.pos_ == "VERB"), None)
    if teller is None:
        return []
    return [e for e in entities_of(subjects(teller), index) if e.code and e.code not in NON_STATE_CODES
            and e.sector in STATE_SECTORS][:1]


GIFT_WORDS = word_set("gift_words")


def _arrival_place(verb: "Token") -> "Token | None":
    """The named place relief reached: "arrived in Herat", "touched down in Kabul", "landed at Termez airport"."""
    for o in prep_objects(verb, ("in", "at", "into", "to")):
        if o.ent_type_ in ("GPE", "LOC", "FAC") or any(c.ent_type_ in ("GPE", "LOC") for c in o.children) \
                or (o.pos_ == "PROPN" and o.ent_type_ not in ("PERSON", "DATE", "NORP", "TIME")):  # ("Herat" taken for an ORG)
            return o
    return None


def _relief_origin(verb: "Token", index: MentionIndex) -> list[Entity]:
    """The country relief came from when the vehicle that brought it names none: "a train of 40 wagons loaded with
    flour crossed the Friendship Bridge from Uzbekistan into Afghanistan" -> UZB."""
    inside_subject = {t.i for s in subjects(verb) + passive_subjects(verb) for t in s.subtree}
    donors = [a for i in inside_subject for a in agents(verb.doc[i])
              if verb.doc[i].dep_ == "acl" and verb.doc[i].tag_ == "VBN"]  # "a train carrying flour donated by Kazakhstan"
    donors += [verb.doc[i] for i in sorted(inside_subject) if verb.doc[i].dep_ == "pobj" and verb.doc[i].head.lower_ == "from"
               and verb.doc[i].head.head.lemma_.lower() in GIFT_WORDS]  # "a convoy ..., sent as a gift from the Turkmen people"
    origins = [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "from" and t.i not in inside_subject]
    return [e for e in entities_of(donors, index) + entities_of(origins, index) if e.code][:1]


def _last_helped(earlier: Sequence["_Draft"], actors: Sequence[Entity]) -> list[Entity]:
    """The recipients (of a country, not the giver's) of the last coded aid of the story."""
    own = set(_codes(actors))
    for d in reversed(earlier):
        helped = [r for r in d.recipients if r.code and r.code not in own]
        if d.verdict == "coded" and d.event == "AID" and helped:
            return _dedupe_codes(helped)
    return []


FORCE_NOUNS = word_set("force_nouns")


def _unnamed_forces(verb: "Token") -> bool:
    """An active act whose subject is a force no country or name goes with ("Ground units ... also seized a cache"):
    the forces of the operation told before."""
    if is_passive(verb):
        return False
    subj = [s for s in subjects(verb) if s.head.i == verb.i]
    return bool(subj) and all(s.lemma_.lower() in FORCE_NOUNS and not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN"
                                                                         for c in s.children) for s in subj)


def _side_effect(verb: "Token") -> bool:
    """A participle telling what another act caused: "missiles struck energy facilities, cutting power to a million
    homes", "a drone crashed into power lines, cutting electricity", also a later participle joined to the first:
    "Heavy rain sent mud through villages, destroying 48 houses and cutting power" (a supply withheld is a finite act
    of its own: "Gazprom cut gas supplies to Moldova")."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG" and verb.head.i < verb.i \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children)


def _party_inside_object(verb: "Token", index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """A party with a country named anywhere inside the object of a demand or accusation whose own phrase names only
    people with no country ("an investigation of the detainees' complaints about Russian police" -> RUS)."""
    for o in objects(verb):
        for m in index.in_tokens(sorted(o.subtree, key=lambda t: t.i)):
            if m.entity.code and m.entity.code not in own and m.kind != "pronoun":
                tok = verb.doc[m.token_end - 1]
                return [m.entity if m.entity.start is not None else dataclasses.replace(m.entity, start=m.start, end=m.end)], [tok]
    return None


def _named_by_what(verb: "Token") -> list["Token"]:
    """What a "what X called ..." object is called ("rejected what it called Kyiv's fabrications" -> "fabrications")."""
    return [o for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in CHARACTERISING_VERBS
            and any(w.lower_ == "what" for w in c.children) for o in c.children if o.dep_ == "oprd"]


def _place_of_deed_abroad(verb: "Token", index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """The foreign state named as the place of a deed done to one's own people ("Moscow branded the sentencing of two
    Russian journalists in Baku a mockery of justice", "condemned the arrest of its citizens in Tbilisi")."""
    for o in objects(verb) + _misplaced_names(verb):
        places = [t for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ == "in" and t.ent_type_ == "GPE"]
        found = [e for e in entities_of(places, index) if e.code and e.code not in own and is_state(e)]
        if found:
            return found, places
    return None


def _owners_named_before(verb: "Token", index: MentionIndex, own: set[str]) -> tuple[list[Entity], list["Token"]] | None:
    """"added seven Iranian individuals to the sanctions list, freezing their assets", "detained two Afghans and seized
    their phones": the owner ("their") of the object of a participle or a second verb is the object of the verb it
    hangs on."""
    if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for o in objects(verb) for c in o.children):
        return None
    owners = [t for o in objects(verb.head) for t in with_conjuncts(o)]
    found = [e for e in entities_of(owners, index) if e.code and e.code not in own]
    return (found, owners) if found else None


def _pronoun_antecedent(verb: "Token", earlier: Sequence["_Draft"], s_i: int, previous: Sequence["Span"] = (),
                        index: MentionIndex | None = None) -> tuple[list[Entity], str]:
    """"It urged Bishkek ...", "he warned ...": a pronoun subject opening its sentence continues the
    topic of the previous sentence (the subject of its main verb, when that names a country or
    organisation); otherwise it is the actor of the last coded event of the same or the two previous
    sentences."""
    if is_passive(verb):
        return [], ""
    subj = subjects(verb)
    plural = len(subj) == 1 and subj[0].lower_ == "they"  # "Kazakh farmers rallied in Shymkent. They demanded ..."
    if not subj or not (plural or all(t.lower_ in SINGULAR_PRONOUNS or _owned_by_pronoun(t) for t in subj)):
        return [], ""  # (also "Its leaders said ...": the leaders of the one the sentence before was about)
    if index is not None and min(t.left_edge.i for t in subj) == verb.sent.start:
        for prev in reversed(previous):  # "The statement ..." speaks for the one who issued it: look further back
            prev_subj = subjects(prev.root)
            if plural and not (len(prev_subj) == 1 and prev_subj[0].tag_ in ("NNS", "NNPS")):
                break  # ("they" goes back only to a plural subject just before)
            found = entities_of(prev_subj, index)
            topic = [e for e in found if e.code]
            if not topic and len(found) == 1 and found[0].sector in STATE_SECTORS | HOME_SECTORS and index.main_country:
                topic = [fill_country(found[0], index.main_country)]  # "The State Committee for National Security"
            if len(topic) == 1:
                return topic, f"pronoun '{subj[0].text}' = subject of an earlier sentence -> {topic[0].code}"
            if found or any(t.lemma_.lower() not in DOCUMENT_NOUNS and t.lower_ not in SINGULAR_PRONOUNS
                            for t in prev_subj):
                break  # "..., it said": a pronoun continues the same topic; look further back
    if plural:
        return [], ""
    coded, d = _last_coded_parties(earlier, s_i - 2, "actors")
    if d is not None:
        return coded, f"pronoun '{subj[0].text}' = actor of '{d.hit.rule.event}' before -> {coded[0].code}"
    return [], ""


def _last_coded_parties(earlier: Sequence["_Draft"], first_sentence: int, role: str) -> tuple[list[Entity], "_Draft | None"]:
    """The actors (or recipients) with a country of the last coded event from `first_sentence` on."""
    for d in reversed(earlier):
        if d.sent_index < first_sentence:
            break
        coded = [e for e in getattr(d, role) if e.code]
        if d.verdict == "coded" and coded:
            return coded, d
    return [], None


def _pronoun_patient(verb: "Token", earlier: Sequence["_Draft"], s_i: int, previous: "Span | None" = None,
                     index: MentionIndex | None = None) -> tuple[list[Entity], str]:
    """"Iran seized 15 British sailors. They were freed on Wednesday.": the pronoun subject of a passive
    act is the recipient of the last coded event of the same or the previous sentence. "Most of those on board had
    been detained" after "A flight carrying 186 Tajik citizens ... landed": the people of a nation the previous
    sentence names, when no act told them."""
    subj = passive_subjects(verb) if is_passive(verb) else []
    subj = [o for t in subj for o in ([t] if t.lower_ not in PARTY_QUANTIFIERS | {"most", "some", "all", "many", "several"}
                                      else prep_objects(t, ("of",)) or [t])]
    if not subj or not all(t.lower_ in PLURAL_PRONOUNS | SINGULAR_PRONOUNS | {"those"} for t in subj):
        # "detained a Polish citizen ... and a criminal case had been opened against him": the one acted on before;
        # also on the object: "said it had opened a criminal case against them"
        against = prep_objects(verb, ("against",)) + [p for o in objects(verb) for p in prep_objects(o, ("against",))]
        subj = [t for t in against if t.lower_ in OBJECT_PRONOUNS]
        if not subj:
            return [], ""
    coded, d = _last_coded_parties(earlier, s_i - 1, "recipients")
    if d is not None:
        return coded, f"pronoun '{subj[0].text}' = recipient of '{d.hit.rule.event}' before -> {coded[0].code}"
    if previous is not None and index is not None and subj[0].lower_ == "those":
        people = [m.entity for m in index.in_sentence(previous.start, previous.end)
                  if m.entity.code and m.entity.code not in NON_STATE_CODES and m.entity.sector in PEOPLE_SECTORS]
        if people:
            return people[:1], f"'{subj[0].text}' = the people named before -> {people[0].code}"
    return [], ""


PEOPLE_SECTORS = {"CVL", "REF", "LAB", "UNK"}  # ("186 Tajik citizens", "Uzbek migrants", "Tajik workers")
OBJECT_PRONOUNS = word_set("object_pronouns")


TARGETED_ACTS = frozenset({"COERCE", "SANCTION", "CONCEDE", "RETREAT"})
GATHERED_HEADS = word_set("gathered_heads")


def _gathered_subject(verb: "Token") -> "Token | None":
    """The subject of a verb when it points back to the people who just met or spoke: "They agreed", "The two
    leaders also discussed", "Both ministers stressed", "the sides agreed"."""
    subj = subjects(verb)
    if len(subj) != 1:
        return None
    t = subj[0]
    if t.lower_ in ("they", "both") and t.pos_ in ("PRON", "DET", "NOUN"):
        return t
    quantified = any(c.lower_ in PARTY_QUANTIFIERS for c in t.children) or any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    if t.tag_ == "NNS" and t.lemma_.lower() in GATHERED_HEADS and quantified:
        return t
    if t.lower_ == "two" and t.pos_ == "NUM":  # "the two discussed"
        return t
    return None


def _meeting_parties(verb: "Token", earlier: Sequence["_Draft"], s_i: int, sentences: Sequence["Span"],
                     index: MentionIndex) -> tuple[list[Entity], "_Draft | None", str]:
    """The parties of the meeting or call told just before, for a subject that points back to them ("Araghchi
    spoke by phone with Bayramov. They agreed to ..." -> IRN, AZE): those of a coded meeting in this or the previous
    sentence, else the people of two or more states named in the previous sentence ("Erdogan offered ... during a
    call with Pashinyan. The two leaders also discussed ..." -> TUR, ARM)."""
    subj = _gathered_subject(verb)
    if subj is None or any((m := index.at(t)) is not None and m.entity.code for t in subj.subtree) \
            or _of_another_group(subj):
        return [], None, ""  # ("the two Koreas", "both Kyrgyz and Tajik officials", "the leaders of three opposition
        # parties" name their own)
    for d in reversed(earlier):
        if d.sent_index < s_i - 1:
            break
        if d.verdict == "coded" and d.event == "CONSULT":
            parties = _dedupe_codes(d.actors + d.recipients)
            if len(parties) > 2 and (_counted_two(subj) or _hosting(d) or d.hit.rule.id.endswith("/host")
                                     or d.mode == "third-party"):  # "the (two) sides" of talks a third state
                # hosted: its guests ("Cassis, who received both delegations, said the sides had agreed")
                parties = next((p for p in (_dedupe_codes(d.recipients), _dedupe_codes(d.actors)) if len(p) >= 2), parties)
            if len(parties) >= 2:
                return parties, d, f"'{subj.text}' = the parties of the {d.hit.rule.event} before ({'/'.join(e.code for e in parties)})"
    if s_i == 0:
        return [], None, ""
    prev = sentences[s_i - 1]
    people = [m.entity for m in index.in_sentence(prev.start, prev.end)
              if m.kind == "person" and m.entity.code and m.entity.code not in NON_STATE_CODES]
    parties = _dedupe_codes(people)
    if len(parties) >= 2:
        return parties, None, f"'{subj.text}' = the people of the previous sentence ({'/'.join(e.code for e in parties)})"
    return [], None, ""


def _of_another_group(subj: "Token") -> bool:
    """"the leaders of three opposition parties": people of a group the phrase names itself (not "the leaders of the
    two countries", "the heads of both delegations")."""
    return any(o.pos_ == "NOUN" and o.lemma_.lower() not in GATHERED_PARTY_NOUNS for c in subj.children
               if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")


GATHERED_PARTY_NOUNS = word_set("gathered_party_nouns")


def _counted_two(subj: "Token") -> bool:
    """"the two sides", "both ministers", "the two": a subject that counts two parties."""
    return subj.lower_ in ("two", "both") or any(c.lower_ in ("two", "both") for c in subj.children)


def _dedupe_codes(ents: Sequence[Entity]) -> list[Entity]:
    """One entity per country code, in order."""
    out: list[Entity] = []
    for e in ents:
        if e.code and all(o.code != e.code for o in out):
            out.append(e)
    return out


def _foreign_demonym(sent: "Span", actors: Sequence[Entity], index: MentionIndex, head: "Token | None" = None) -> list[Entity]:
    """An arrest, deportation, sanction or pardon whose only recipient is the actor's own country, in a
    sentence that names another nationality ("2,500 Uzbek migrants were deported"): that nationality (not one of
    the offence: "sentenced ... for fighting in Ukraine as a mercenary on the Russian side")."""
    own = set(_codes(actors))
    for m in index.in_sentence(sent.start, sent.end):
        code = m.entity.code
        if head is not None and incidental_country(sent.doc[m.token_start], head):
            continue
        people = m.kind == "demonym" or (m.kind == "sector" and m.entity.sector in PEOPLE_SECTORS)  # ("citizens of
        # Uzbekistan, Kyrgyzstan and Tajikistan")
        if people and code and len(code) == 3 and code not in own and code not in NON_STATE_CODES \
                and not _demonym_of_a_thing(sent.doc[m.token_end - 1]):
            first = Entity(code=code, sector=m.entity.sector or "CVL", entity_text=m.text, start=m.start, end=m.end)
            return [first, *_with_listed(m, sent.doc, index, own | {code})[1:]]
    return []


def _own_people_named(recips: Sequence[Entity], foreign: Sequence[Entity], doc: "Doc",
                      inferred: set[tuple[str, int | None, int | None]]) -> list[Entity]:
    """The actor's own people a text names beside foreigners stay recipients ("detained a Latvian citizen and a Russian
    national"); not a phrase the foreign nationality itself describes ("a Russian tank commander"), nor people only
    given the story's country."""
    described = {span.root.head.i for f in foreign if f.start is not None
                 and (span := doc.char_span(f.start, f.end, alignment_mode="expand")) is not None}
    keep: list[Entity] = []
    for r in recips:
        if not r.code or r.start is None or ("recipient", r.start, r.end) in inferred:
            continue
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is not None and not any(t.i in described for t in span):
            keep.append(r)
    return keep


def _with_listed(m: LinkedMention, doc: "Doc", index: MentionIndex, exclude: set[str]) -> list[Entity]:
    """A mention's entity with the states listed with it: "citizens of Tajikistan, Uzbekistan and Kyrgyzstan"."""
    ent = m.entity if m.entity.start is not None else dataclasses.replace(m.entity, start=m.start, end=m.end)
    root = next((doc[i] for i in range(m.token_start, m.token_end) if not m.token_start <= doc[i].head.i < m.token_end),
                doc[m.token_start])
    heads = with_conjuncts(root) if m.kind in ("country", "capital") else [root]  # ("migrants from Tajikistan, Uzbekistan
    # and Kyrgyzstan"; not "fighting between Kyrgyz and Tajik forces", whose sides the reciprocal act sets apart)
    listed = [e for e in entities_of(heads, index) if e.code and e.code not in exclude and e.code != ent.code]
    return _dedupe_codes([ent, *listed])


def _demonym_of_a_thing(tok: "Token") -> bool:
    """A nationality word on a thing, not on people: "waving Azerbaijani flags", "after Russian supplies ended"
    name no one of that nation ("Uzbek migrants", "19 Armenians", "an Afghan" do)."""
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    return not ({head.lemma_.lower(), head.lower_} & (ACTOR_NOUNS | PEOPLE_NOUNS)) and head.ent_type_ not in ("PERSON", "NORP")


PEOPLE_NOUNS = word_set("people_nouns")


JOINT_DEFAULT = type_set("joint_default")
PLURAL_PRONOUNS = word_set("plural_pronouns")


def _joint_parties(tok: "Token", hit: TriggerHit, index: MentionIndex) -> tuple[list[Entity], str]:
    """A joint act (meeting, agreement) with no named actor: "they met", "the meeting took place",
    no subject at all. In a story about two states both are the parties."""
    if len(index.principal_countries) < 2:
        return [], ""
    verb = tok if not hit.nominal else clause_verb(tok)
    subj = subjects(verb) if not hit.nominal else []
    if subj and not all(t.lower_ in PLURAL_PRONOUNS or (t.tag_ == "NNS" and not entities_of([t], index))
                        for t in subj):  # "they met", "the delegations agreed"
        return [], ""
    parties = [Entity(code=c, sector="GOV") for c in index.principal_countries[:2]]
    return parties, f"joint act with no named actor: the story's two states {'/'.join(index.principal_countries[:2])}"


LOCAL_OFFICES = word_set("local_offices")
HOME_SECTORS = {"OPP", "PTY"}  # an opposition or a party acting with no one named acts at home


LEGAL_CHARGE_LEMMAS = word_set("legal_charge_lemmas")
HOME_BODY_NOUNS = word_set("home_body_nouns")


def _legal_charge(d: _Draft) -> bool:
    """A criminal charge ("charged eight politicians with sabotage", "were charged in absentia", "indicted"): like a
    sentence, it falls on people of the charging state when no other is named."""
    tok = d.sent.doc[d.hit.token_i]
    return d.event == "ACCUSE" and tok.lemma_.lower() in LEGAL_CHARGE_LEMMAS and not d.hit.nominal \
        and not any(c.dep_ == "ccomp" for c in tok.children)  # (not "charged that Moscow had armed the rebels")


def _default_recipient(d: _Draft, index: MentionIndex,
                       parties: Collection[str] | None = None) -> tuple[list[Entity], str, bool]:
    """No recipient in the text: an act addressed to someone falls on the other state the story is
    about ("the Kyrgyz delegation asked for ..."); an arrest, rally, sentence or release falls on the
    actor's own country. `parties` narrows the story's states to those that act or are acted on (see
    _news_parties_only). The flag tells a guess at another state of the story."""
    states = [c for c in index.principal_countries if parties is None or c in parties]
    own = [a.code for a in d.actors if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES]
    if len(set(own)) >= 2 and (d.event in JOINT_DEFAULT or d.hit.rule.id.startswith("SUPPORT/sign")):
        # "Russia and Uzbekistan signed an agreement", "agreed to ...": a joint act of several states
        return [Entity(code=c, sector="") for c in dict.fromkeys(own)], "a joint act of several states: each other's", False
    domestic = d.event in DOMESTIC_DEFAULT or d.mode in ("investigate", "convict") or _legal_charge(d) \
        or any(a.office.lower() in LOCAL_OFFICES for a in d.actors) \
        or (d.actors and all(a.sector in HOME_SECTORS for a in d.actors))  # "Armenia's opposition criticised the deal"  # "the district governor promised to pass their
    # demands to Bishkek": a local official deals with people at home
    scene = _fronted_country(d.sent, index)
    tok = d.sent.doc[d.hit.token_i]
    if _addressed_to_every_party(tok):  # ("urged all parties to return to dialogue": no state named, none guessed)
        others = [c for c in states if c not in own]
        if len(others) == 1 and len(index.principal_countries) == 1:
            # "Thousands protested in Yerevan against Armenia's election result. The EU called on all sides to exercise
            # restraint": the sides of one state's own dispute
            return [Entity(code=others[0], sector="")], f"all sides of a dispute inside {others[0]}", False
        return [], "addressed to all parties of a conflict: none named", False
    at_home = bool(scene) and scene in own and not d.hit.nominal and any(  # "In Kyiv, the leaders of the opposition
        o.lemma_.lower() in HOME_BODY_NOUNS for o in objects(tok)) and not any(  # accused the government": at home,
        m.entity.code not in own for m in index.in_sentence(d.sent.start, d.sent.end)  # with no other state named
        if m.entity.code and m.kind != "pronoun")
    if not domestic and not at_home and d.event in DIRECTED_DEFAULT:
        pair = states[:2]
        if len(pair) == 2 and not set(pair) & set(_codes(d.actors)) and d.event != "ACCUSE":
            # a third party (the UN, a neighbour) urging, offering or calling in a two-state story
            # addresses both states
            return [Entity(code=c, sector="") for c in pair], f"third party: both states of the story -> {'/'.join(pair)}", True
        other = next((c for c in states if c not in _codes(d.actors)), "")
        if other and (own or d.event != "ACCUSE"):
            return [Entity(code=other, sector="")], f"other party of the story -> {other}", True
    if domestic or d.event in DIRECTED_DEFAULT:
        home = own[0] if own else _story_state(index)  # ("The mission criticised restrictions on the media" in a story
        # about the OSCE's report on Kazakhstan's election: Kazakhstan)
        if not own and _named_only_in_passing(home, index, d.sent.doc):
            home = ""  # "A court in Karaganda sentenced a man ... for taking part in the war in Ukraine": not Ukraine's
        if home and home not in NON_STATE_CODES and (domestic or not own or at_home or home == _story_state(index)):
            return [Entity(code=home, sector="CVL")], f"own country of the act -> {home}", False
    return [], "", False


BORDER_PASSAGE_NOUNS = word_set("border_passage_nouns")
EVERY_PARTY_WORDS = word_set("every_party_quantifiers")


def _state_across_passage(d: _Draft, index: MentionIndex) -> list[Entity]:
    """The state across a border passage a state's act closes: "Lithuania closed the Medininkai checkpoint" in a story
    about Belarus -> BLR (the other state of the story), not the actor's own people."""
    own = {a.code for a in d.actors if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES}
    if d.event != "COERCE" or not own or not _closes_border_passage(d.sent.doc[d.hit.token_i]):
        return []
    across = next((c for c in index.principal_countries if c not in own), "")
    return [Entity(code=across, sector="")] if across else []


def _addressed_to_every_party(tok: "Token") -> bool:
    """Whether an appeal goes to "all parties/sides" of a conflict: "calls on all parties to refrain from attacks",
    "urged all sides to show restraint": no state is named, so none is guessed (not the speaker's own country)."""
    named = objects(tok) + prep_objects(tok, ("on", "to", "upon"))
    return any(t.lower_ in ("parties", "sides") and any(c.lower_ in EVERY_PARTY_WORDS for c in t.children)
               for t in named)


def _closes_border_passage(tok: "Token") -> bool:
    """Whether an act shuts a point of passage on a border: "closed the Medininkai checkpoint", "halted traffic at the
    Bobrowniki crossing" (the object, or the place of a stopped flow)."""
    named = objects(tok) + prep_objects(tok, ("at", "on", "through"))
    named += [p for o in objects(tok) for p in prep_objects(o, ("at", "on", "through"))]
    return any(t.lemma_.lower() in BORDER_PASSAGE_NOUNS or t.lower_ in BORDER_PASSAGE_NOUNS for t in named)


BACKGROUND_VERDICTS = ("not coded: background", "not coded: historical", "not coded: noun")  # (a noun merely
# mentioned tells no news: "In 2010, violence in Osh drove thousands into Uzbekistan")


def _named_in_passing(m: LinkedMention, doc: "Doc") -> bool:
    """A nationality word that names no party: an ethnic origin ("the Russian-Armenian billionaire", "Russian
    billionaire Karapetyan"). (Not "Belarusian balloons": a thing of that state's acts.)"""
    if m.kind != "demonym":
        return False
    last = doc[m.token_end - 1]
    hyphened = any(0 < i < len(doc) and doc[i].text in ("-", "–") and not doc[i].whitespace_ and not doc[i - 1].whitespace_
                   for i in (m.token_start - 1, m.token_end))
    return (hyphened and last.head.lemma_.lower() not in BOUNDARY_NOUNS) \
        or (last.dep_ in ("amod", "compound") and last.head.pos_ == "PROPN")  # (not "the Tajik-Afghan border")


def _named_only_in_passing(code: str, index: MentionIndex, doc: "Doc") -> bool:
    """Whether a story names a country only in passing: in an offence, a route or a maker (see incidental_country)."""
    named = [m for m in index.mentions if m.entity.code == code and m.kind != "pronoun"]
    return bool(named) and index.dateline_only_country != code \
        and all(incidental_country(doc[m.token_start], doc[m.token_start].sent.root) for m in named)


CLAIM_REACH = 3  # sentences back from a claim of responsibility to the attack it owns


def _claimants(sent: "Span", index: MentionIndex) -> list[Entity]:
    """Who claims an attack in a sentence: "ISKP claimed responsibility", "ISKP later said it had carried out the
    attack" (the subject of the claim, or of the report around "it")."""
    for tok in sent:
        claim = tok.lemma_.lower() in CLAIMING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in tok.children)
        done = tok.lemma_.lower() == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) \
            and any(c.dep_ == "dobj" and c.lower_ in NAMED_ACT_NOUNS["ASSAULT"]
                    and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in c.children) for c in tok.children)
        if not (claim or done):
            continue
        subj = subjects(tok)
        if subj and all(t.pos_ == "PRON" for t in subj) and tok.dep_ == "ccomp":
            subj = subjects(tok.head)  # "ISKP said it had carried out the attack"
        found = [e for e in entities_of(subj, index) if e.code]
        if found:
            return found
    return []


def _claimed_attacks(drafts: Sequence[_Draft], sentences: Sequence["Span"], index: MentionIndex) -> None:
    """An attack told with no known doer ("A suicide bomber blew himself up at the terminal on Monday, killing nine")
    is the act of the group that claims it a little later ("Islamic State Khorasan Province claimed responsibility")."""
    for s_i, sent in enumerate(sentences):
        claimants = _claimants(sent, index)
        if not claimants:
            continue
        unowned = [d for d in drafts if d.verdict == "coded" and d.event == "ASSAULT" and s_i - CLAIM_REACH <= d.sent_index <= s_i
                   and not any(a.code and not _guessed_weapon(a, d) for a in d.actors)]
        # (a weapon's owner only guessed from the story's country is no owner: "sea drones struck a mooring point" in an
        # Astana story, then "Ukraine's military intelligence claimed responsibility")
        if unowned:
            d = unowned[-1]
            d.actors = list(claimants)
            d.recipients = [r for r in d.recipients if r.code not in _codes(claimants)]
            d.actor_reason = f"{d.actor_reason}; claimed by '{claimants[0].entity_text}' (sentence {s_i + 1}) -> {claimants[0].code}"


def _responses_to_claimed_acts(drafts: Sequence[_Draft], index: MentionIndex) -> None:
    """A response to a named act whose doer was only known once a later claim was read ("A suicide bomber blew
    himself up ... ISIS-K claimed responsibility ... UNAMA condemned the bombing") is aimed at the claimant, not at the
    default country of the act (_author_of_named_act, asked again after _claimed_attacks)."""
    for n, d in enumerate(drafts):
        if d.verdict != "coded" or d.event not in RESPONSE_TYPES or not d.default_recipient:
            continue
        tok = d.sent.doc[d.hit.token_i]
        authors, why = _author_of_named_act(tok, d.hit, drafts[:n], d.sent_index, d.actors, index)
        if authors:
            d.recipients, d.default_recipient, d.party_guess, d.both_parties = authors, False, False, False
            d.recipient_reason = f"{d.recipient_reason}; {why}"


UNMANNED_WEAPON_NOUNS = word_set("unmanned_weapon_nouns")


def _guessed_weapon(a: Entity, d: _Draft) -> bool:
    """A weapon as doer whose state was only guessed ("sea drones struck a mooring point": drones of no named state),
    not people or forces ("security forces regained control")."""
    words = a.entity_text.lower().split()
    return ("actor", a.start, a.end) in d.inferred and bool(words) and words[-1] in UNMANNED_WEAPON_NOUNS


def _deportees_told_before(drafts: Sequence[_Draft]) -> None:
    """A deportation told without whom it removes, whose recipient fell back on the deporting state itself, removes
    the people of the deportation told just before ("Iran deported 14,000 Afghans ... Pakistan has also resumed
    expulsions this month" -> PAK against AFG, not PAK against PAK)."""
    for n, d in enumerate(drafts):
        if d.verdict != "coded" or d.mode != "deport" or not d.default_recipient \
                or set(_codes(d.recipients)) != set(_codes(d.actors)) or not d.recipients:
            continue
        before = next((b for b in reversed(drafts[:n]) if b.verdict == "coded" and b.mode == "deport"
                       and b.sent_index < d.sent_index and not b.default_recipient and b.recipients
                       and not set(_codes(b.recipients)) & set(_codes(d.actors))), None)
        if before is not None:
            d.recipients, d.default_recipient = list(before.recipients), False
            d.recipient_reason += "; the people of the deportation told before: " + "/".join(_codes(before.recipients))


def _news_parties_only(drafts: Sequence[_Draft], index: MentionIndex) -> None:
    """A guessed "other party of the story" must act or be acted on in the news: a state the story names only in
    passing ("modelled on Russian legislation", "the Russian-Armenian billionaire", a 2020 recap) is no party to
    "the Prime Minister accused the opposition"; the guess falls back to the actor's own country, or to none."""
    parties = {c for d in drafts if d.verdict == "coded"
               for c in (*_codes(d.actors), *([] if d.default_recipient else _codes(d.recipients)))}
    if not drafts:
        return
    doc = drafts[0].sent.doc
    told = {(d.sent.start, d.sent.end) for d in drafts if not d.verdict.startswith(BACKGROUND_VERDICTS)}
    parties |= {m.entity.code for start, end in told for m in index.in_sentence(start, end)
                if m.entity.code and m.kind != "pronoun" and not _named_in_passing(m, doc)
                and not incidental_country(doc[m.token_start], doc[m.token_start].sent.root)}  # ("If Baku attacks,
    # Yerevan will respond": a party of the news, though no act of its own is coded; not a sentence of a 2020 recap)
    if index.lead_end:  # the lead tells the news even with no trigger ("An earthquake in Afghanistan's Badakhshan
        lead = doc[index.lead_end - 1].sent  # province killed 230 people"), though not what a thing is like
        parties |= {m.entity.code for m in index.in_sentence(lead.start, lead.end)
                    if m.entity.code and m.kind != "pronoun" and not _named_in_passing(m, doc)
                    and not (m.kind == "demonym" and _demonym_of_a_thing(doc[m.token_end - 1]))}
    for d in drafts:
        if d.verdict != "coded" or not d.party_guess or set(_codes(d.recipients)) <= parties:
            continue
        fallback, why, guessed = _default_recipient(d, index, parties)
        lost = "/".join(c for c in _codes(d.recipients) if c not in parties)
        d.recipients, d.party_guess, d.both_parties = fallback, guessed, len(fallback) > 1
        d.default_recipient = bool(fallback)
        told = d.recipient_reason.rsplit("; ", 1)[0]  # (the reasons before the guess)
        d.recipient_reason = f"{told}; {lost} takes no part in the story's news" + (f"; {why}" if why else "")


def _fill_countries(actors: list[Entity], recips: list[Entity], sent_countries: Sequence[str],
                    story_country: str, event: str = "", story_state: str | None = None,
                    places: Collection[str] = (), doc: "Doc | None" = None,
                    passing: Collection[str] = (), home_ground: Sequence[str] = ()) -> tuple[list[Entity], list[Entity]]:
    """Sector-only entities ("riot police") take the story's country, or else a country of the sentence
    that plays no other role in the event (not one named only in `passing`: "for fighting in the war in Ukraine").
    Police, courts and security services arresting or charging stay the story's unless the other country is a place
    the sentence names (`places`: "police in Baku"); border guards take the one country the story is set in
    (`home_ground`). In violence, a non-state actor ("armed men") is not given the dateline's country. People on the
    receiving end take the story's state (`story_state`): residents who get UN food are no UN people."""
    def fill(ents: list[Entity], other: list[Entity]) -> list[Entity]:
        used = {e.code for e in other if e.code}
        choices = [story_country] if story_country else []
        choices += [c for c in sent_countries if c not in choices and c not in NON_STATE_CODES  # not "the rights group",
                    and c not in passing]  # nor "for taking part in the war in Ukraine"
        pick = next((c for c in choices if c not in used), "")
        if len(set(home_ground)) == 1 and all(_frontier_force(e) for e in ents):
            pick = home_ground[0]  # "Gunmen wounded two Chinese workers at a mining site in Tajikistan ... Border guards
            # returned fire": guards of the frontier the story is set on
        if pick and pick != story_country and pick not in places and story_country and _agency_at_home(ents, event, doc):
            pick = story_country  # "The State Security Service said it had detained a Latvian citizen and a Russian
            # national", "... on suspicion of spying on behalf of Iran's Revolutionary Guards": the security service of
            # the story's country, not of those it detained or of their masters (but "police in Baku")
        if not pick:  # "police detained protesters", "President Museveni threatened to ban Ugandan opposition
            pick = choices[0] if choices else ""  # candidates": an unplaced official is of the story's country
        return [fill_country(e, pick) if (event not in VIOLENT_TYPES or e.sector in STATE_SECTORS or event == "PROTEST")
                and e.sector not in UNPLACED_SECTORS else e
                for e in ents]  # protesters ("opposition supporters rallied") are people of the story's country;
        # hackers, smugglers and gunmen who break in from anywhere are not

    def fill_recipients(ents: list[Entity]) -> list[Entity]:  # domestic events: same country allowed
        states = [c for c in sent_countries if c not in NON_STATE_CODES]
        pick = (story_country if story_state is None else story_state) or (states[0] if states else "")
        if event == "ASSAULT":  # "a soldier was killed in a clash with Azerbaijani forces, the Armenian ministry said"
            used = {a.code for a in actors if a.code}
            pick = next((c for c in [pick, *states] if c and c not in used), pick)
        return [fill_country(e, pick) for e in ents]

    return fill(actors, recips), fill_recipients(recips)


def _expelled_from_state(tok: "Token", draft: _Draft, index: MentionIndex) -> list[Entity]:
    """The state a removal is from, for a court or police body no country names ("A court ordered 48 Tajik citizens
    expelled from Russia" -> a Russian court, not a Tajik one)."""
    if draft.mode not in ("deport", "expel") or tok.pos_ not in ("VERB", "AUX"):
        return []
    found = [e for e in entities_of(prep_objects(tok, ("from",)), index) if e.code and e.code not in NON_STATE_CODES]
    return found[:1]


FOREIGN_PEOPLE_WORDS = word_set("foreign_people_words")
CITIZENSHIP_NOUNS = word_set("citizenship_nouns")


def _foreigners_told_next(verb: "Token", sentences: Sequence["Span"], s_i: int, index: MentionIndex) -> list[Entity]:
    """People named only as foreigners take the citizenship the next sentence gives them, not the country they are
    held in ("Russian police detained more than 600 foreign nationals ... Most were citizens of Tajikistan and
    Uzbekistan" -> TJK, UZB)."""
    if not any(t.lower_ in FOREIGN_PEOPLE_WORDS for o in objects(verb) for t in o.subtree) or s_i + 1 >= len(sentences):
        return []
    nxt = sentences[s_i + 1]
    if nxt.root.lemma_.lower() != "be":
        return []
    nouns = [t for t in nxt if t.lower_ in CITIZENSHIP_NOUNS and t.head.i == nxt.root.i and t.dep_ == "attr"]
    found = [e for n in nouns for o in prep_objects(n, ("of",)) for e in entities_of([o, *[c for c in o.conjuncts]], index)
             if e.code and e.code not in NON_STATE_CODES]
    return _dedupe_codes(found)


HOME_AGENCY_SECTORS = {"COP", "JUD", "SPY"}
HOME_AGENCY_ACTS = AUTHORITY_ACTS - {"RETREAT", "CONCEDE"}


FRONTIER_FORCE_WORDS = word_set("frontier_force_words")


def _frontier_force(ent: Entity) -> bool:
    """Border guards no country names ("Border guards returned fire"): they guard the frontier of the country the
    story is set in."""
    return not ent.code and ent.sector in ("MIL", "COP") and bool(set(ent.entity_text.lower().split()) & FRONTIER_FORCE_WORDS)


def _agency_at_home(actors: Sequence[Entity], event: str, doc: "Doc | None") -> bool:
    """Police, courts and security services no country names arresting, charging or sentencing: they work at home,
    so they are of the story's country even when those they act on are too ("the State Security Service detained
    a Latvian citizen"); not those a pronoun owns ("was detained by its guards": the guards of whoever 'its' is)."""
    def owned(a: Entity) -> bool:
        span = doc.char_span(a.start, a.end, alignment_mode="expand") if doc is not None and a.start is not None else None
        return span is not None and len(span) > 0 and _owned_by_pronoun(span.root)
    return event in HOME_AGENCY_ACTS and bool(actors) and all(
        not a.code and a.sector in HOME_AGENCY_SECTORS and not owned(a) for a in actors)


def _places_named(sent: "Span", index: MentionIndex) -> set[str]:
    """The countries a sentence names as places where something is or happens ("police in Baku", "in Latvia")."""
    out: set[str] = set()
    for m in index.in_sentence(sent.start, sent.end):
        last = sent.doc[m.token_end - 1]
        if m.entity.code and m.kind in ("country", "capital") and last.dep_ == "pobj" \
                and last.head.lower_ in SETTING_PREPS:
            out.add(m.entity.code)
    return out


SETTING_PREPS = word_set("setting_preps")


def _factions_together(actors: Sequence[Entity], event: str) -> bool:
    """"Fatah and Hamas signed a pact in Cairo", "Colombia's government and FARC rebels opened talks in Norway":
    sides of one country (of different sectors) meeting or agreeing act on each other, not on the host."""
    return event in JOINT_DEFAULT | {"SUPPORT"} and len(_codes(actors)) == 1 and len({a.sector for a in actors}) >= 2 \
        and all(a.code for a in actors)


def _symmetric(actors: list[Entity], recips: list[Entity], event: str) -> bool:
    """"A and B met / agreed / clashed": two or more states acting together on no one else are each
    other's recipients (all parties listed on both sides); so are the partners of a joint operation
    ("a joint operation against traffickers": cooperation falls on the partners). People of the parties themselves
    are no one else ("Kyrgyzstan and Russia signed an agreement on the recruitment of Kyrgyz workers")."""
    codes = _codes(actors)
    if event == "MOBILIZE":  # "border guards from both countries were deployed": each side's own deployment
        return False
    own_people = event in JOINT_DEFAULT | {"SUPPORT"}  # (not "Turkish and Iraqi ... struck Turkish targets")
    return len(codes) >= 2 and (not any(r.code and (r.code not in codes or not own_people) for r in recips)
                                or event == "COOPERATE")


MUTUAL_WORDS = {"each", "another", "mutual", "mutually", "both", "jointly", "together", "sides", "two"}


def _mutual(rule: TriggerRule, event: str, sent: "Span", actors: Sequence[Entity], index: MentionIndex) -> bool:
    """Whether several actors act on each other: joint and reciprocal acts do ("A and B met"); a
    directed act ("the OSCE, China and the UN called for restraint") does only when the text says
    so ("accused each other", "both sides")."""
    if rule.reciprocal or event in JOINT_DEFAULT or event == "ASSAULT" or rule.id.startswith("SUPPORT/sign"):
        return True  # (signing together: "Kyrgyzstan and Russia signed an agreement", see _default_recipient)
    if event == "SANCTION" and rule.mode in ("withdraw", "expel") and len(_codes(actors)) == 2 and not (
            set(index.principal_countries) - set(_codes(actors))):
        return True  # "India and Pakistan recalled their envoys": each from the other (in a story of those two)
    return any(t.lower_ in MUTUAL_WORDS for t in sent) or any(a.entity_text.lower().startswith(("both", "the two", "the sides"))
                                                             for a in actors)


def _without_dateline(sent: "Span", index: MentionIndex) -> str:
    """The sentence text with its dateline ("BATKEN, Aug. 12 (...) –") blanked: the dateline dates the
    filing, not the event ("blocked the road on Monday"). Offsets are kept."""
    cut = index.dateline_end - sent.start_char
    if cut <= 0:
        return nlp.span_text(sent)
    return " " * cut + nlp.span_text(sent)[cut:]


def _codes(ents: Sequence[Entity]) -> tuple[str, ...]:
    return tuple(sorted({e.code for e in ents if e.code}))


def _dedupe_entities(ents: Sequence[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in ents:
        if not any((e.code, e.sector, e.entity_text) == (o.code, o.sector, o.entity_text) for o in out):
            out.append(e)
    return out


def analyze_story(article: Article, doc: "Doc", lexicon: TriggerLexicon, contexts: ContextLexicon,
                  index: MentionIndex, coder_name: str = CODER_VERSION) -> StoryAnalysis:
    """Code one parsed story."""
    tax = taxonomy()
    pub = article.pub_date
    drafts: list[_Draft] = []
    sentences = list(doc.sents)
    lead = _lead_index(sentences)
    frames = _recap_frames(sentences, pub, lead, index)
    genre = story_genre(article, doc)
    story_words: set[str] = set()  # the words of the story so far (a rule's story_has)
    home_country = "" if _named_only_in_passing(index.main_country, index, doc) else index.main_country  # (not the
    # country of "A court in Karaganda sentenced a man ... for taking part in the war in Ukraine")
    story_places = [c for s in sentences for c in _places_named(s, index)]
    leaning = story_leaning(article, doc) if not genre else genre
    for s_i, sent in enumerate(sentences):
        _date_what_stopped(sent, drafts, _without_dateline(sent, index), pub)
        story_words.update(w for t in sent for w in (t.lemma_.lower(), t.lower_))
        characterising = _characterising_hits(sent)  # (over a rule on the same verb: "called the strike a crime")
        named_by = {h.token_i for h in characterising}
        found = [h for h in find_hits(sent, lexicon, story_words) if h.token_i not in named_by] + _must_clause_hits(sent, index)
        taken = {h.token_i for h in found}
        hostile = frozenset(h.token_i for h in found if h.rule.event in ("ASSAULT", "COERCE"))
        accusing = {h.token_i for h in found if h.rule.event == "ACCUSE"}
        characterising = [h for h in characterising if not _joined_to_accusation(doc[h.token_i], accusing)]
        found += [h for h in _condemning_clause_hits(sent, index, taken, hostile) + characterising if h.token_i not in taken]
        found += _threat_clause_hits(sent, taken)  # (also on a verb that condemns: "said X was illegal and that ...")
        found += _praising_clause_hits(sent, {h.token_i for h in found})
        found += _disquiet_clause_hits(sent, index, {h.token_i for h in found})
        found += _no_need_hits(sent, {h.token_i for h in found})
        found += _foiled_plot_hits(sent, index, {h.token_i for h in found})
        found += _alleged_abuse_hits(sent, index, {h.token_i for h in found})
        found += _rejected_proposal_hits(sent, {h.token_i for h in found})
        found += _expectation_hits(sent, index, {h.token_i for h in found}) + _assurance_hits(sent, {h.token_i for h in found})
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
        table = nlp.token_table(doc)
        lemmas = table.lemma[sent.start:sent.end]
        texts = table.lower[sent.start:sent.end]
        sent_contexts: tuple[str, ...] | None = None  # the sentence's contexts (`find_contexts`), once asked
        sent_countries = [m.entity.code for m in index.in_sentence(sent.start, sent.end)
                          if m.entity.code and m.kind != "pronoun"]
        in_passing = {m.entity.code for m in index.in_sentence(sent.start, sent.end)
                      if incidental_country(doc[m.token_start], sent.root, source=False)}
        event_nouns = {h.token_i: h.rule.event for h in hits if h.nominal}
        trigger_tokens = frozenset(by_token)
        fronted = _fronted_country(sent, index)
        for hit in hits:
            tok = doc[hit.token_i]
            rule = hit.rule
            draft = _Draft(hit, s_i, sent, rule.event, rule.mode, Modality(), [], [], "", "")
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
                    and by_token[gov].rule.event == "ACCUSE" and tok.i > 0 and doc[tok.i - 1].text == ",":
                # "summoned the charge d'affaires, demanding that Ankara withdraw its forces": the demand is a speech act
                # of its own beside the protest (not "a note of protest demanding an end to ...": the note's content)
                freed_from, gov = gov, None
            if gov is not None and rule.event == "REQUEST" and by_token[gov].rule.event == "SUPPORT" \
                    and _demanding_text(tok):  # "parliament adopted a declaration demanding the withdrawal of ...": a REQUEST
                adopted = next((d for d in drafts if d.sent_index == s_i and d.hit.token_i == gov), None)
                if adopted is not None and adopted.verdict == "coded":
                    adopted.verdict = f"not coded: the text adopted is the demand ('{tok.text}')"
                freed_from, gov = gov, None
            if gov is not None and presupposed_in_question(tok) and question_asked(doc[gov], index):
                gov = None  # "the ombudsman asked why police had detained 12 journalists": the question asked is no
                # request, and the act it takes as done is told
            if gov is not None and by_token[gov].rule.promise_only and modality(doc[gov]).status != "future":
                gov = None  # "responded in kind, expelling a diplomat": a promise-only rule told as done governs nothing
            if gov is not None and tok.i in _means_of_done_vow(doc[gov], by_token):
                gov = None  # "the army retaliated by shelling rebel positions": the vow told as done is the act itself
            if gov is None and rule.event == "REQUEST" and (note := _protest_note_demanding(tok, by_token)) is not None:
                gov = note  # "handed the envoy a note of protest demanding an end to the shelling": the note's content
            if gov is None and (act := _same_act_described(tok, hit, by_token)) is not None:
                gov = act  # "put its units on alert for a snap readiness check ordered by the Central Military District"
            if gov is None and (signed := _terms_of_signed_text(tok, by_token)) is not None:
                gov = signed  # "signed a memorandum under which their agencies will exchange information"
            if gov is None and rule.event in ("CONSULT", "ACCUSE") \
                    and (note := _received_with_protest(tok, by_token)) is not None:
                gov = note  # "The ambassador was received by a deputy minister and handed a note of protest"
            if gov is None and rule.event == "ACCUSE" and (note := _protest_note_naming(tok, by_token)) is not None:
                gov = note  # "summoned the ambassador and handed him a note describing the comments as interference"
            if gov is None and (alleging := _alleging_report(tok, by_token)) is not None:
                gov = alleging  # "They said the detainees had been flown to Dushanbe and were being pressured to ...":
                # the abuse is the allegation's content
            if gov is None:
                gov = _restated_by_participle(tok, hit, by_token)
            if gov is not None:
                draft.governed_by = gov
                draft.verdict = f"not coded: part of '{doc[gov].text}' ({by_token[gov].rule.event})"
                continue
            if rule.event == "ACCUSE" and not hit.nominal and (note := _note_told_before(tok, drafts[:-1], s_i)):
                draft.verdict = f"not coded: what the note handed over in sentence {note} says (one protest)"
                continue  # "... handed a note of protest over a deputy's remarks. The note described the remarks as unacceptable"
            if measure := _terms_of_measure(tok, hit, drafts[:-1]):
                draft.verdict = f"not coded: the terms of the measure told before ('{measure}')"
                continue  # "Ukraine imposed sanctions on 14 Chinese companies. A decree ... bars them from procurement"
            back = _background(tok, hit, event_nouns, pub.year if pub else None, trigger_tokens) \
                or _told_before(tok, hit, drafts, s_i)
            if back and hit.nominal and (day := _day_it_took_place(tok, sent, _without_dateline(sent, index), pub)) \
                    and (earlier := _retold_noun_draft(tok, hit, drafts, s_i)) is not None and _takes_told_day(earlier, tok, day):
                earlier.date = day  # "... wounding two servicemen, the service said on Monday. The attack took place on Sunday"
            if back:
                draft.verdict = f"not coded: background ({back})"
                continue
            if rule.event == "COERCE" and not hit.nominal and (stop := _stopped_itself(tok)):
                draft.verdict = f"not coded: '{stop}' with nothing stopped (someone comes to a halt)"
                continue
            draft.modality = modality(tok)
            if rule is NO_NEED_RULE and draft.modality.status == "negated":
                draft.modality = Modality()  # "saw no need for mediators": the negation is the refusal
            if draft.modality.status == "future" and rule.event in STANCE_TYPES and tok.tag_ == "VBD" \
                    and tok.dep_ == "relcl" and _comment_on_clause(tok):
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
            if status == "future" and _left_unsaid(tok):
                draft.verdict = "not coded: a question left open ('did not say when ...')"
                continue
            if status == "asserted" and (day := _timetabled_present(tok if not hit.nominal else clause_verb(tok), pub)):
                # (a noun's verb too: "the leaders gather in Dushanbe on Friday for their annual meeting")
                draft.verdict = f"not coded: planned by a timetable (present tense with a coming day: '{day}')"
                continue
            if status == "future" and hit.nominal and (setting_off := _foreseen_consequence(tok)):
                draft.verdict = f"not coded: what a step would set off ('{setting_off} {tok.text}'), no one's promise"
                continue
            if (coming := _called_for_a_coming_day(tok, hit.nominal)):
                draft.verdict = f"not coded: a gathering called {coming}, still ahead"
                continue
            if status == "future" and (gathering := _hosting_on_calendar(tok, draft.modality.cue)):
                draft.verdict = f"not coded: a gathering on the calendar ('host the {gathering}'), no promise"
                continue
            if status == "future" and _scheduled(tok):
                draft.verdict = "not coded: planned by a timetable or expected by others ('is due to', 'is expected to')"
                continue
            if rule.promise_only and status != "future":
                draft.verdict = f"not coded: the rule codes promises, and this is {status}"
                continue
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
                        and draft.modality.cue.lower() in ("not", "n't", "never", "no") or _no_delegation_goes(tok)):
                    # ("sent no delegation to", "confirmed that no Armenian delegation would travel to the summit")
                    draft.converted = f"{tok.text} + '{draft.modality.cue}' -> REJECT meet"  # stayed away from the meeting
                    draft.event, draft.mode = "REJECT", "meet"
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
                        _codes(entities_of(subjects(clause_verb(tok)), index))) >= 2):
                    # "Azerbaijan and Turkey will hold joint exercises": planned cooperation is AGREE
                    future_joint = FUTURE_DEFAULTS.get(rule.joint_as, "")
                    if not future_joint:
                        draft.verdict = f"not coded: {status} ('{draft.modality.cue}')"
                        continue
                    draft.converted = f"joint {rule.event} + future -> {future_joint}"
                    draft.event, draft.mode = future_joint, ""
                elif status == "future" and future_as == "AGREE" and _needed_only(draft.modality.cue):
                    draft.verdict = f"not coded: a need ('{draft.modality.cue} to'), no promise"  # "we need to talk to Moscow"
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
                    and (kept := _hazard_cause(tok))):
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
            trigger = _Trigger(tok, hit, rule, draft.event, by_token, hits, sent, lemmas, texts, index, pub)
            if (no := next((v for veto in _VETOES if (v := veto.says_no(trigger))), "")):
                draft.verdict = no
                continue
            actors, recips, ra, rr = _roles(tok, hit, index)
            if not actors and hit.nominal and draft.event == "MOBILIZE" and (units := _forces_held_in(tok, index)):
                # "a readiness check started in the Belarusian air force": the forces it was held in
                actors, ra = units, f"{ra}; the forces it was held in -> {units[0].code}"
                recips = [r for r in recips if r.code not in _codes(units)]
            if freed_from is not None:
                actors, recips, ra, rr = _roles_of_the_act_beside(actors, recips, ra, rr, freed_from, drafts, s_i)
            if figure := figurative_in_genre(sentence_genre(genre, sent, leaning), draft.event, actors, recips, sent, index):
                draft.verdict = f"not coded: {figure}"  # "Georgia beat Armenia 3-1", "shares retreated"
                continue
            if draft.event == "ACCUSE" and rule.mode == "disapprove" and not hit.nominal and (mishap := _mishap_deplored(tok)):
                draft.verdict = f"not coded: regret at a mishap ('{mishap}'), no one's deed"
                continue
            if rule.mode == "withhold" and not (set(_codes(recips)) - set(_codes(actors)) - {""}) \
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
                    (_codes(recips) and set(_codes(recips)) <= set(_codes(actors)))
                    or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for o in objects(tok) for c in o.children)):
                draft.verdict = "not coded: ordering one's own people out is an evacuation, not an expulsion"
                continue
            if draft.event == "THREATEN" and set(_codes(recips)) <= set(_codes(actors)):
                party = [e for m in _condition_marks(tok) if m.lower_ in ("if", "unless")  # (its own subject, not the
                         for e in entities_of([c for c in m.head.children if c.dep_ in ("nsubj", "nsubjpass")], index)
                         if e.code and e.code not in _codes(actors)]  # speaker's a subjectless clause would inherit)
                if party:  # "will deploy missiles in Kaliningrad if NATO expands": the threat is to NATO
                    recips, rr = party[:1], f"the subject of the condition '{party[0].entity_text}' -> {party[0].code}"
            if not actors and not hit.nominal and draft.event in VERBAL_TYPES and (speakers := _speaker_of_stray_conjunct(tok, index)):
                actors, ra = speakers, f"{ra}; a thing does not '{tok.text}': the speaker of the clause it hangs on"
            if not actors and not hit.nominal:
                actors, why = _pronoun_antecedent(tok, drafts[:-1], s_i, sentences[max(0, s_i - 4):s_i], index)
                if actors:
                    ra = f"{ra}; {why}"
                    recips = [r for r in recips if r.code not in _codes(actors)] or recips
            if not hit.nominal and not is_passive(tok):
                parties, meeting, why = _meeting_parties(tok, drafts[:-1], s_i, sentences, index)
                if parties and meeting is not None and draft.event == "CONSULT":
                    # "spoke by telephone with X ..., adding that the ministers had also discussed": that call again
                    actors, recips, ra, rr = list(meeting.actors), list(meeting.recipients), f"{ra}; {why}", f"{rr}; {why}"
                elif parties:
                    actors, ra = parties, f"{ra}; {why}"
                    if draft.event in JOINT_DEFAULT:  # each other's recipients (the symmetric step below)
                        recips, rr = [], f"{rr}; a joint act of the parties"
            if not hit.nominal and not any(r.code for r in recips):
                patients, why = _pronoun_patient(tok, drafts[:-1], s_i, sentences[s_i - 1] if s_i else None, index)
                if patients:
                    recips, rr = patients, f"{rr}; {why}"
            if not any(r.code for r in recips) and draft.event in RESPONSE_TYPES \
                    and (authors := _author_of_named_act(tok, hit, drafts[:-1], s_i, actors, index))[0]:
                recips, rr = authors[0], f"{rr}; {authors[1]}"
            if not any(a.code for a in actors) and draft.event == "AID" and (rule.subject or is_passive(tok)) \
                    and not hit.nominal and (senders := _relief_origin(tok, index)):  # (also "supplies donated by
                # Kazakhstan were handed over to officials")
                actors, ra = senders, f"{ra}; where the relief came from -> {senders[0].code}"
                recips = [r for r in recips if r.code != senders[0].code]
            if not any(r.code for r in recips) and not hit.nominal \
                    and (origin := _foreigners_told_next(tok, sentences, s_i, index)):
                recips = [dataclasses.replace(e, sector=e.sector or "CVL") for e in origin]
                rr = f"{rr}; the foreigners' citizenship told next -> " + "/".join(e.code for e in origin)
            factions = not recips and _factions_together(actors, draft.event)
            if factions:
                recips, rr = list(actors), f"{rr}; factions of one country acting together: each other's recipients"
            if not recips and len(_codes(actors)) < 2:
                recips, rr = _clause_country(tok if not hit.nominal else clause_verb(tok), actors, index, rr, event=draft.event)
            if not recips and tax.event_type(draft.event).requires_recipient:
                # "gave 350 million euros to promote development in Ethiopia": the country of a nested clause
                recips, rr = _clause_country(sent.root, actors, index, rr, nested=True)
            if draft.event in ("COERCE", "ASSAULT") and actors and not hit.nominal \
                    and all(not a.code and a.sector in FORCE_SECTORS for a in actors) and not _places_named(sent, index) \
                    and (teller := _teller_state(tok, index)) and teller[0].code != (fronted or home_country):
                # "(DUSHANBE) Hamdullah Fitrat, deputy spokesman of the Taliban government, said that border guards had
                # detained three men": the teller's own forces, not the story's
                actors = [dataclasses.replace(a, code=teller[0].code) for a in actors]
                ra = f"{ra}; forces in the report of '{teller[0].entity_text}' -> {teller[0].code}"
            if actors and all(not a.code and a.sector for a in actors) and (left := _expelled_from_state(tok, draft, index)):
                actors = [dataclasses.replace(a, code=left[0].code) for a in actors]
                ra = f"{ra}; the state they are expelled from -> {left[0].code}"
            unplaced = ([not a.code and a.sector for a in actors], [not r.code and r.sector for r in recips])
            actors, recips = _fill_countries(actors, recips, sent_countries, fronted or home_country,
                                             draft.event, fronted or _story_state(index), _places_named(sent, index), doc, in_passing, story_places)
            draft.inferred = {(role, x.start, x.end) for role, ents, was in (("actor", actors, unplaced[0]),
                                                                             ("recipient", recips, unplaced[1]))
                              for x, w in zip(ents, was) if w and x.code}
            if not actors and (draft.event in JOINT_DEFAULT or (rule.reciprocal and draft.event == "ASSAULT")) \
                    and not any(r.code for r in recips):  # "the clashes began", "fighting continued"
                actors, why = _joint_parties(tok, hit, index)
                if actors:  # no recipient: the symmetric step below lists the parties on both sides
                    recips, ra = [], f"{ra}; {why}"
            if draft.event == "ACCUSE" and rule.mode == "allege" and actors and not hit.nominal and is_passive(tok) \
                    and not agents(tok) and all(a.start is None for a in actors):  # (a guessed doer only)
                captor, _, why = _doer_of_the_scene(draft, drafts[:-1], s_i, recips, index)
                if captor:  # "She is suspected of ..." after "KGB officers detained a journalist": the captor's charge
                    actors, ra = captor, f"{ra}; {why}"
            if not actors and not hit.nominal and ((is_passive(tok) and not agents(tok)) or _unnamed_forces(tok)):
                actors, held, why = _doer_of_the_scene(draft, drafts[:-1], s_i, recips, index)
                if actors:
                    ra = f"{ra}; {why}"
                if held and not any(r.code and r.code not in _codes(actors) for r in recips):
                    recips, rr = held, f"{rr}; the people it held"
            if not actors and ((draft.event not in VIOLENT_TYPES and rule.event not in VIOLENT_TYPES) or (
                    draft.event == "THREATEN" and not hit.nominal and is_passive(tok) and not agents(tok))):
                # (criticism told as "came under fire from Western governments" is no authority's act; "the minister told
                # reporters that any group attempting to cross ... will be destroyed": a threat in the passive is the speaker's)
                actors, why = _speaker_or_authority(tok, hit, sent, draft.event, index)
                if actors:
                    ra = f"{ra}; {why}"
            each_other = False
            paired = len(set(_codes(actors))) >= 2
            if draft.event in VERBAL_TYPES and not hit.nominal and _each_other(tok) and (sides := _two_sides_before(
                    drafts[:-1], s_i, facing_only=paired)) and (not paired or (
                    any(pair_word(t) for t in subjects(tok)) and set(_codes(sides)) != set(_codes(actors)))):
                # ("Russia and Kazakhstan urged both sides to show restraint. Each side accused the other": "each side"
                # is the two who fought, not the two named last)
                each_other = True
                # "Each side accused the other of firing first", "the two governments blamed each other": the two sides of
                # the act just told, each on the other
                actors, recips = sides, list(sides)
                ra, rr = f"{ra}; 'each ... other': the two sides of the act before", "the two sides, each on the other"
            joint = False
            if rule.joint_as:
                joint = _joint_marked(tok, hit, index) or len(_codes(actors)) >= 2
                if joint and len(set(_codes(actors)) - {""}) == 1 \
                        and (partners := _partners_in_subject(tok, hit, actors, index)):
                    actors, ra = actors + partners, f"{ra}; a partner named inside the subject phrase -> {partners[0].code}"
                if joint and draft.event == rule.event:
                    draft.converted = f"joint {rule.event} -> {rule.joint_as}"
                    draft.event, draft.mode = rule.joint_as, ""
            symmetric = factions or each_other or (_symmetric(actors, recips, draft.event)
                                                   and _mutual(rule, draft.event, sent, actors, index))
            if symmetric:
                recips = list(actors)
                rr = f"{rr}; symmetric act: all parties are each other's recipients"
            if rule.state_as and actors and all(is_state(a) and index.kind_of(a) != "demonym" for a in actors) \
                    and draft.event == rule.event and not _crowd_subject(tok):
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
            if draft.event in TARGETED_ACTS and actors and not (set(_codes(recips)) - set(_codes(actors))):
                foreign = _foreign_demonym(sent, actors, index, tok if not hit.nominal else clause_verb(tok))
                if foreign:
                    named = _own_people_named(recips, foreign, doc, draft.inferred)
                    recips, rr = named + foreign, f"{rr}; nationality named in the sentence: '{foreign[0].entity_text}' -> " \
                        + "/".join(f.code for f in foreign)
            if draft.event == "ASSAULT" and not hit.nominal and (weapons := _intercepted_weapons(tok)):
                actors, recips, ra, rr = _interception_roles(tok, weapons, actors, recips, index)
                if any(w.lemma_.lower() in ATTACK_DRONES or w.lower_ in ATTACK_DRONES for w in weapons):
                    draft.mode = "drone"
            if rule.foreign_recipient and not set(_codes(recips)) - set(_codes(actors)) - {""}:
                draft.verdict = "not coded: a plan for the actor's own side, no promise to another party"
                continue
            if draft.event == "CONSULT" and not hit.nominal and draft.mode in ("", "multilateral") \
                    and _talks_hosted_by_other(tok, actors, index):
                draft.mode = "third-party"  # "held talks in Abu Dhabi hosted by the UAE": the parties meet each other
            if rule.guest_acts and draft.mode == "visit" and not hit.nominal and _one_guest_hosted(tok) \
                    and (swapped := _guest_to_host(actors, recips, ra, rr)):
                actors, recips, ra, rr = swapped
            elif rule.guest_acts and draft.mode == "visit" and not hit.nominal and (everyone := _host_and_guests(actors, recips)):
                draft.mode = "multilateral"  # "Putin hosted Tokayev and Mirziyoyev": three states meeting in one
                actors, recips = everyone, list(everyone)
                ra, rr = f"{ra}; the host and its guests meet together", f"{rr}; the host and its guests"
            draft.actors, draft.recipients = _dedupe_entities(actors), _dedupe_entities(recips)
            if draft.converted.endswith(CONDITIONAL_THREAT_MARK) and not any(a.code for a in draft.actors):
                draft.verdict = "not coded: a conditional step by no known actor is no threat of anyone's"
                continue
            draft.actor_reason, draft.recipient_reason = ra, rr
            if tax.event_type(draft.event).requires_recipient and not draft.recipients and draft.event in ("AID", "SANCTION"):
                draft.recipients, rr = _beneficiaries(tok, hit, sent_countries, index, actors, rr)
                draft.recipient_reason = rr
            if not any(r.code for r in draft.recipients) and rule.event == "AID" \
                    and (helped := _last_helped(drafts[:-1], draft.actors)):
                # "Uzbekistan and Russia sent relief supplies to flood-hit Tajikistan. ... Beijing would provide 2 million
                # dollars in emergency assistance": aid told with no recipient goes where the story's aid goes
                draft.recipients, rr = helped, f"{rr}; the recipient of the aid told before"
                draft.recipient_reason = rr
            if draft.event == "AID" and rule.subject and not draft.recipients and not hit.nominal \
                    and (place := _arrival_place(tok)) is not None:
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
            if not any(r.code for r in draft.recipients) and (across := _state_across_passage(draft, index)):
                draft.recipients = across  # told by the text (a border passage), not a story default
                rr = draft.recipient_reason = f"{rr}; a border passage closed: the state across it -> {across[0].code}"
            if not any(r.code for r in draft.recipients):
                fallback, why, guessed = _default_recipient(draft, index)
                if fallback:
                    draft.recipients, draft.recipient_reason = fallback, f"{rr}; {why}"
                    draft.default_recipient, draft.party_guess = True, guessed
                    draft.both_parties = len(fallback) > 1
            if rule.mode == "visit" and not hit.nominal and tok.lemma_.lower() in TRAVEL_VERBS \
                    and (place := _unnamed_destination(tok, index)):
                draft.verdict = f"not coded: a trip to '{place}', no host named"  # "flew to the scene of the blast"
                continue
            if rule.mode == "visit" and tok.lemma_.lower() in TRAVEL_VERBS and len(set(_codes(draft.actors))) == 1 \
                    and set(_codes(draft.actors)) == set(_codes(draft.recipients)) \
                    and (not draft.default_recipient or set(sent_countries) <= set(_codes(draft.actors))):
                # "the Russian president flew to Sochi": no other country named, the trip is at home
                draft.verdict = "not coded: a trip within the actor's own country is no visit"
                continue
            if rule.id == "CONSULT/address_meeting" and (body := _own_body_addressed(tok, draft)):
                draft.verdict = f"not coded: told to a meeting ('{body}') with no foreign party named"
                continue  # "Lukashenko told a meeting of the Security Council in Minsk"
            # governs_map: "promised to release" -> CONCEDE
            # (applied to the governor below, once all drafts of the sentence exist)
            if draft.event == "CONSULT" and not draft.mode and len(
                    {c for c in _codes(draft.actors + draft.recipients) if len(c) == 3} - NON_STATE_CODES) >= 3:
                draft.mode = "multilateral"  # "the presidents of Tajikistan, Kyrgyzstan and Uzbekistan met"
            if not draft.mode:
                subtree = [t.i for t in tok.subtree] if not hit.nominal else []
                sub_lemmas = [table.lemma[i] for i in subtree] if not hit.nominal else lemmas
                sub_texts = [table.lower[i] for i in subtree] if not hit.nominal else texts
                draft.mode = infer_mode(contexts, draft.event, sub_lemmas, sub_texts)
                if not draft.mode and draft.event == "ASSAULT":
                    draft.mode = infer_mode(contexts, draft.event, lemmas, texts)
            if draft.event in contexts.overriding_modes:
                # the act's own words: "a suicide truck bomb exploded", "a suspected chemical attack killed 58", "was
                # assassinated when gunmen ambushed his car" (not "fired on mourners at the funeral of a suicide bomber")
                own = [tok, tok.head] + [w for s in (subjects(tok) + agents(tok) if not hit.nominal else []) for w in s.subtree] \
                    + [c for c in tok.children if c.dep_ in ("amod", "compound")]
                special = infer_mode(contexts, draft.event, [w.lemma_.lower() for w in own], [w.lower_ for w in own],
                                     only=contexts.overriding_modes[draft.event])
                draft.mode = special or draft.mode
            head = tok if not hit.nominal else clause_verb(tok)
            clause = _clause_tokens(head)
            prefer = (clause[0].idx - sent.start_char, clause[-1].idx + len(clause[-1]) - sent.start_char)
            undated_text = _without_dateline(sent, index)
            draft.date = resolve_event_date(undated_text, pub, prefer=prefer, future=status == "future")
            if status == "future" and draft.date.start is not None and prefer[0] <= draft.date.start < prefer[1] \
                    and not _said_on(draft.date, sent):
                draft.date = _day_of_promise(undated_text, pub, prefer)
            elif status != "future" and (own := _own_date(head, sent, undated_text, pub, draft.date,
                                                          tok if hit.nominal else None)):
                draft.date = own
            draft.date = _date_of_the_act(draft.date, head, sent, undated_text, pub, prefer if status == "future" else None)
            if (ahead := _month_looked_ahead_to(draft.date, head, pub)):
                draft.date = DateResolution(pub, None, "", None, None, ahead)  # "invited Pezeshkian to a forum in
                # Ashgabat in December" (an August story): the forum's month, not a December gone by
            if draft.date.date_text and tok.dep_ == "relcl" and not hit.nominal and _crowd_dispersed(tok.head) \
                    and draft.date.start is not None and not prefer[0] <= draft.date.start < prefer[1]:
                # "used water cannon overnight to disperse protesters who had blocked the avenue": the day is the
                # dispersal's; the blockade began before it, so a mention of its own with a day tells it better
                draft.date = DateResolution(draft.date.date, reason=f"the day of the dispersal ('{draft.date.date_text}'); "
                                                                    "no date of its own")
            if status != "future":
                draft.date = _past_the_report_day(draft.date, head, sent, undated_text, pub,
                                                  [d for d in drafts[:-1] if d.sent_index == s_i], hit.nominal)
                draft.date = _overnight_before(draft.date, head, sent, undated_text, pub)
                if not draft.date.date_text and (shared := _day_of_conjunct_head(head, drafts[:-1], s_i)) is not None:
                    draft.date = shared  # "received the visiting army chief the same day and thanked India"
                elif not draft.date.date_text and (shared := _day_of_antecedent_clause(head, drafts[:-1], s_i)):
                    draft.date = shared  # "held talks on Tuesday with Khusnullin, who promised to allocate ..."
                elif _period_of_another_clause(draft.date, prefer) \
                        and (shared := _day_of_conjunct_head(head, drafts[:-1], s_i)) is not None:
                    draft.date = shared  # "held talks on Thursday, their first meeting this year, and agreed to ..."
            if status != "future" and (before := _day_before_by_interval(
                    head, sent, undated_text, pub, _last_told_day(drafts[:-1], lead, s_i, pub))) is not None:
                if before.date is None:
                    draft.verdict = f"not coded: {before.reason}"  # "In August 2008, a day after ...", "will travel ..., a day after"
                    continue
                draft.date = before  # "..., a day after X" : X's day is the reported act's day less one
            if status != "future" and (not draft.date.date_text or _own_relative_day(draft.date, prefer, undated_text)) \
                    and (relative := _day_told_relative(
                    sent, s_i, drafts, sentences[s_i - 1] if s_i > 0 else None, pub,
                    _without_dateline(sentences[s_i - 1], index) if s_i > 0 else None, prefer, undated_text)) is not None:
                if relative.historical:
                    draft.verdict = f"not coded: background (told from an old date: {relative.reason})"
                    continue  # "In August 2008, ... The next day, an EU-brokered ceasefire took effect"
                draft.date = relative  # "... on Wednesday. A day earlier, the prime ministers met": Tuesday
            if draft.date.reason == MONTH_RANGE and tok.lemma_.lower() in TALLIED_LEMMAS and any(
                    t.like_num for t in clause + (_clause_tokens(head.head) if head.dep_ == "conj" else []) if t.dep_ == "nummod"):
                if not aggregate_of_coercion(hit.rule.event) or any(  # a total told twice is one ("deported ...
                        d.verdict == "coded" and d.hit.rule.event == "COERCE" and d.hit.rule.mode == hit.rule.mode
                        and not (d.date is not None and d.date.exact_day)  # (not after one raid "on Tuesday")
                        for d in drafts[:-1]):  # rose sharply ... 9,400 were expelled or deported between January and June")
                    draft.verdict = f"not coded: running tally ('{draft.date.date_text}')"  # "9,400 were killed between January and June"
                    continue
                draft.date = undated_total(draft.date)  # "9,400 were deported between January and June": once, undated
            recap = _recap(draft.date, sent, s_i > lead, head, clause, pub) if status != "future" else ""
            if not recap and s_i > lead and not draft.date.date_text:
                recap = _toll_of_past_episode(sent, sentences[s_i - 1], undated_text, pub, drafts, s_i)
            if not recap and s_i > lead and not draft.date.date_text and _undated_pluperfect(head):
                recap = "an undated past perfect after the lead"  # "The men had been detained near the border."
            if not recap and s_i > 0 and status != "future" and not draft.date.date_text:
                recap = _later_than_history(sent, sentences[s_i - 1], pub, head)  # "evacuated Pripyat the following day"
            if not recap and status != "future" and (not draft.date.date_text or draft.date.historical):
                recap = _in_old_time_told_before(sent, sentences[s_i - 1] if s_i > 0 else None, pub,  # "Then, ..."
                                                 undated_text, _without_dateline(sentences[s_i - 1], index) if s_i > 0 else "")
            if not recap and status != "future" and not hit.nominal and not _own_day_in(draft.date, head, sent):
                recap = _before_old_time(head, sent, undated_text, pub)  # "a case opened in 2024, before ... initialled"
            if not recap and status != "future" and not draft.date.date_text:
                recap = _old_backstory(tok, hit, head, sent, undated_text, pub, event_nouns,
                                       sentences[s_i - 1] if s_i > lead else None,
                                       _without_dateline(sentences[s_i - 1], index) if s_i > lead else "") \
                    or _points_back_to_history(head if not hit.nominal else tok, sent, drafts[:-1], s_i, pub)
            if not recap and status != "future" and frames[s_i] and _told_in_recap(draft.date):
                recap = frames[s_i]  # "Twenty years ago, ... The protest began after armed men stormed the prison"
            if recap:
                draft.verdict = f"not coded: background ({recap})"
                continue
            if draft.date.historical and status != "future" and draft.date.start is not None:
                where = _historical_place(draft.date.start + sent.start_char, head, clause, sent) \
                    if not _counted_on_since(draft.date, sent, pub) else "elsewhere"
                if where == "event":
                    draft.verdict = f"not coded: historical ('{draft.date.date_text}')"
                    continue
                if where == "elsewhere":
                    draft.date = DateResolution(pub, None, "", None, None,
                                                f"'{draft.date.date_text}' dates another clause; publication date")
                    if (shared := _day_of_conjunct_head(head, drafts[:-1], s_i)) is not None:
                        draft.date = shared  # "spoke by phone on Monday ... and demanded that Kabul release Iran's
                        # share of Helmand waters as set out in the 1973 treaty": the day of the first verb's act
            if status != "future" and (not draft.date.date_text or draft.date.historical) \
                    and (past := _anaphoric_past(head)):
                draft.verdict = f"not coded: background (set in a past time told before: '{past}')"
                continue
            if status != "future" and (not draft.date.date_text or draft.date.historical or draft.date.exact_day) \
                    and (episode := _act_in_dated_episode(draft, head, sent, drafts, pub,
                                                          nlp.doc_text(doc)[sentences[0].start_char:sent.start_char])):
                draft.verdict = f"not coded: background ({episode})"
                continue
            if status != "future" and (not draft.date.date_text or _date_outside_quotation(draft.date, sent)) and (
                    past := _quoted_recollection(head, sent, sentences[s_i + 1] if s_i + 1 < len(sentences) else None, pub,
                                                 sentences[s_i - 1] if s_i > 0 else None)
                    or (not draft.date.date_text and _kept_since(head, nlp.doc_text(doc)[sentences[0].start_char:sent.start_char], pub))):
                draft.verdict = f"not coded: background ({past})"
                continue
            if s_i > lead and pub is not None and status != "future" and _day_of_attribution(draft.date, sent) \
                    and (told := _episode_act(draft, drafts, lead, s_i, pub, index)) is not None \
                    and told.date.date <= draft.date.date:
                # "met in Termez on Monday. The sides agreed ..., according to a joint statement published on
                # Tuesday": the source's day is not the act's; the act is of the meeting told before
                draft.date = DateResolution(told.date.date, None, "", None, None,
                                            f"{EPISODE_DAY} ('{told.date.date_text or told.sent.doc[told.hit.token_i].text}'"
                                            f"; '{draft.date.date_text}' is the day of the source)")
            if s_i > 0 and not draft.date.date_text and pub is not None and draft.event in VERBAL_TYPES \
                    and (said := _speakers_day_told_before(head, sentences[s_i - 1],
                                                           _without_dateline(sentences[s_i - 1], index), pub)) is not None:
                draft.date = said  # "..., the Border Service said on Tuesday. '...,' the Border Service said, accusing"
            elif s_i > lead and not draft.date.date_text and pub is not None and _told_in_past(head, status) \
                    and (framed := _framing_day(draft, head, drafts, sentences, lead, s_i, pub, index)) is not None:
                draft.date = framed  # '"...," Khrenin told reporters on Tuesday. He accused NATO of ...'
            elif s_i > lead and not draft.date.date_text and pub is not None and _told_in_past(head, status) \
                    and (told := _episode_act(draft, drafts, lead, s_i, pub, index)) is not None:
                # "Police detained 40 people on Saturday ... The demonstrators were dispersed": an undated past act of
                # the scene told last happened on its day; a statement, on the day of its side's act or of its meeting
                draft.date = DateResolution(told.date.date, None, "", None, None,
                                            f"{EPISODE_DAY} ('{told.date.date_text or told.sent.doc[told.hit.token_i].text}')",
                                            told=told.date.told)  # (a report's day stays one: it may be an earlier act's)
            elif s_i > lead and not draft.date.date_text and pub is not None and _told_in_past(head, status) \
                    and (scene := _day_of_the_occasion(draft, head, drafts, sentences, lead, s_i, pub,
                                                       index)) is not None:
                draft.date = scene  # "Turkey beat Georgia 2-1 on Tuesday ... Before kick-off, police fired tear gas"
            if sent_contexts is None:
                sent_contexts = find_contexts(contexts, lemmas, texts)
            draft.contexts = tuple(dict.fromkeys(rule.contexts + sent_contexts))
    _date_from_the_next_telling(drafts, sentences, index, pub)
    _overnight_begun_the_evening_before(drafts, sentences, index, pub)
    _apply_governs_maps(drafts, doc)
    _drop_corrected_reports(drafts, sentences)
    _promises_meeting_demands(drafts, doc)
    drafts += _swap_halves(drafts, index)
    drafts += _crew_with_vessel(drafts, index)
    _claimed_attacks(drafts, sentences, index)
    _responses_to_claimed_acts(drafts, index)
    _news_parties_only(drafts, index)
    _deportees_told_before(drafts)
    for draft in drafts:
        if draft.verdict == "coded":
            draft.raw_confidence = _confidence(draft)
            draft.confidence = calibrated(draft.event, draft.raw_confidence)
    events, candidates, defaults, inferred = _finish(article, drafts, coder_name)
    spans = tuple((s.start_char, s.end_char) for s in sentences)
    return StoryAnalysis(article.id, events, candidates, spans, defaults, inferred, index.dateline_only_country)


NESTED = {"relcl", "acl", "advcl", "ccomp", "parataxis"}
ACTOR_SUBJECT_REQUIRED = type_set("actor_subject_required")
OPINION_TYPES = {"SUPPORT", "REJECT", "ACCUSE", "AGREE", "REQUEST"}  # what a poll's share of people may voice
ACTOR_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"}


def _actor_like(t: "Token", index: MentionIndex, depth: int = 0) -> bool:
    """A word that can name someone who acts: a known actor, a name, a pronoun, or a person/organisation noun; not
    a thing that never acts, whatever name goes with it ("a strong Russian ruble", "shares of Halyk Bank", "the Sharq
    Taronalari festival")."""
    if t.tag_ == "WDT":  # relative "that"/"which" stands for its antecedent ("chaos that threatens the deal")
        return depth == 0 and t.head.dep_ == "relcl" and _actor_like(t.head.head, index, 1)
    if index.at(t) is not None:
        return True
    if t.lower_ in INERT_HEADS or (t.pos_ != "PROPN" and t.lemma_.lower() in INERT_HEADS):
        return False
    if t.pos_ in ("PRON", "PROPN") or t.ent_type_ in ACTOR_ENTITY_TYPES:
        return True
    if t.lemma_.lower() in ACTOR_NOUNS or t.lower_ in ACTOR_NOUNS:
        return True
    near = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod", "poss", "appos")
            and c.ent_type_ not in ("DATE", "TIME")]  # ("Tuesday's tariff decision" names no one)
    of_objects = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    of_modifiers = [c for o in of_objects for c in o.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(index.at(c) is not None or c.pos_ == "PROPN" for c in near + of_objects) \
            or any(index.at(c) is not None for c in of_modifiers):  # "a patch of Bangladeshi troops", "a convoy of Kyrgyz trucks"
        return True
    # a quantity or part of actors acts as they do: "thousands of Myanmar nationals", "some of the rebels"
    return depth == 0 and (t.ent_type_ == "CARDINAL" or t.pos_ == "NUM" or t.lemma_.lower() in PARTY_QUANTIFIERS
                           or t.lemma_.lower() in ("group", "number", "dozen", "hundred", "thousand", "million", "some", "most", "many", "all")) \
        and any(_actor_like(o, index, 1) for o in of_objects)


INERT_HEADS = word_set("inert_heads")


def _speaker_of_stray_conjunct(verb: "Token", index: MentionIndex) -> list[Entity]:
    """"Observers said that the vote was competitive ..., but criticised the misuse of resources": a speech act the
    parser joined to the reported clause, whose subject is a thing that cannot criticise, is the speaker's own."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is verb or first.dep_ != "ccomp" or first.head.lemma_.lower() not in SPEAKER_VERBS:
        return []
    subj = subjects(first)
    if not subj or any(_actor_like(t, index) for t in subj):
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
    if not patients or not any(_actor_like(t, index) or any(c.dep_ == "nummod" for c in t.children) for t in patients) \
            and not any(_actor_like(t, index) for t in doers):
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
    if verb.pos_ not in ("VERB", "AUX") or any(h.token_i == verb.i for h in hits):
        return ""
    shared = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # ("switched off their apps and lined up their cars,
    # in protest": the subject is the first verb's)
    people = CROWD_WORDS | PEOPLE_NOUNS | PROTESTING_CROWDS
    if not any({w.lemma_.lower(), w.lower_} & people for v in shared for s in subjects(v) for w in s.subtree):
        return ""
    if any(_state_body_named(s, index) for v in shared for s in subjects(v)):
        return ""
    return f"an act of people done in protest ('{verb.text} ... in {tok.text}')"


def _roles_of_the_act_beside(actors: list[Entity], recips: list[Entity], ra: str, rr: str, act_token: int,
                             drafts: Sequence[_Draft], s_i: int) -> tuple[list[Entity], list[Entity], str, str]:
    """A demand told beside a protest or an adopted text takes the roles it lacks from that act ("summoned the Tajik
    ambassador, demanding the release of three herders": to Tajikistan; "parliament adopted a resolution demanding
    the withdrawal of Russian troops": by the parliament)."""
    act = next((d for d in drafts if d.sent_index == s_i and d.hit.token_i == act_token), None)
    if act is None:
        return actors, recips, ra, rr
    if not any(a.code for a in actors) and any(a.code for a in act.actors):
        actors, ra = list(act.actors), f"{ra}; the doer of '{act.sent.doc[act_token].text}'"
    if (not any(r.code for r in recips) or set(_codes(recips)) <= set(_codes(actors))) and any(r.code for r in act.recipients) \
            and not set(_codes(act.recipients)) <= set(_codes(actors)):
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


def _protest_note_demanding(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """The protest whose note a participle tells the content of ("handed the envoy a note of protest demanding an
    end to the shelling"): the token of that protest's trigger, or None."""
    if not (tok.dep_ == "acl" and _demanding_text(tok)):
        return None
    holder = tok.head.head
    above = by_token.get(holder.i)
    return holder.i if above is not None and above.rule.event == "ACCUSE" and tok.head.dep_ in ("dobj", "nsubjpass") else None


NOTE_NOUNS = {"note", "letter", "memorandum"}


def _own_body_addressed(verb: "Token", draft: _Draft) -> str:
    """A meeting someone tells or addresses that names no party but the speaker's own state ("Lukashenko told a meeting of
    the Security Council in Minsk", "Putin told a meeting of the Security Council on Monday"): a domestic body, no
    consultation with another side (not "told a meeting of CIS security chiefs in Moscow"); a recipient guessed from the
    story's other party does not count ("Kazakh Prime Minister Olzhas Bektenov told the meeting that ...": a bloc meeting
    told before is coded from its own words). Returns the body, or the meeting noun, or ""."""
    own = set(_codes(draft.actors)) - {""}
    named = set(_codes(draft.recipients)) if not draft.default_recipient else set()  # (a story's other party is a guess)
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


def _crew_with_vessel(drafts: Sequence[_Draft], index: MentionIndex) -> list[_Draft]:
    """The second act when a ship or a vehicle and the people on it are held together ("Azerbaijan's coast guard detained
    an Iranian fishing boat and its six crew members": the boat is seized, the crew arrested; "detained a truck and its
    driver"): one detention told of both is a COERCE seize and a COERCE arrest (the same roles), unless the story tells
    the other one too."""
    added: list[_Draft] = []
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


def _note_told_before(verb: "Token", earlier: Sequence[_Draft], s_i: int) -> int:
    """A note of protest told before, now the subject of what it says ("summoned ... and handed a note of protest over a
    deputy's remarks. The note described the remarks as 'unacceptable'", "The note called the remarks unacceptable"):
    the content of that protest, not a second one. Returns the number of the sentence that told the note, or 0."""
    if not any(s.lemma_.lower() in NOTE_NOUNS and any(c.lower_ in ("the", "this", "that") for c in s.children)
               for s in subjects(verb)):
        return 0
    told = next((d for d in reversed(earlier) if d.sent_index < s_i and d.verdict == "coded" and d.event == "ACCUSE"
                 and any(t.lemma_.lower() in NOTE_NOUNS for t in d.sent)), None)
    return told.sent_index + 1 if told is not None else 0


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


def _terms_of_measure(tok: "Token", hit: TriggerHit, told_before: Sequence[_Draft]) -> str:
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


ENVOY_NOUNS = word_set("envoy_nouns")


def _envoys_addressed(verb: "Token") -> list["Token"]:
    """The envoy a protest is handed or sent to, however the parser hangs the "to" phrase ("handed a note of protest
    to the Russian ambassador", "handed the Russian ambassador a note"): the envoy's state is the protest's target."""
    found = prep_objects(verb, ("to",)) + [c for c in verb.children if c.dep_ == "dative"]
    for o in objects(verb):
        found += prep_objects(o, ("to",)) + [t for p in prep_objects(o, ("of",)) for t in prep_objects(p, ("to",))]
    return [t for t in found if t.lemma_.lower() in ENVOY_NOUNS]


def _same_act_described(tok: "Token", hit: TriggerHit, by_token: dict[int, TriggerHit]) -> int | None:
    """A participle on a noun that an act of the same kind is told for or in ("put its units on high alert on Monday
    for a snap combat readiness check ordered by the Central Military District"): it describes that act, not a second
    one; the token of the act, or None."""
    if hit.nominal or tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.dep_ != "pobj" or tok.head.head.dep_ != "prep":
        return None
    holder = tok.head.head.head
    above = by_token.get(holder.i)
    return holder.i if above is not None and above.rule.event == hit.rule.event and holder.i != tok.i else None


def _terms_of_signed_text(tok: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """What a signed text provides for, told in a clause on it in the future ("signed a memorandum on Tuesday under
    which their counter-narcotics agencies will exchange information", "an agreement that will allow Uzbek workers
    to ..."): the text's terms, part of the signing, not an act of their own; the token of the signing, or None."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would", "shall"} for c in tok.children):
        return None
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in AGREEMENT_NOUNS:
        holder = tok.head.head
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


def _note_of_protest(word: "Token") -> bool:
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
    if hit.nominal or not any(h.rule.event == "PROTEST" and not _note_of_protest(doc[h.token_i]) for h in hits):
        return False
    participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "conj")
    where_clause = tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children)  # "a gathering ..., where they demanded"
    return participle or where_clause or _crowd_subject(tok)


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


BENEFICIARY_NOUNS = word_set("beneficiary_nouns")


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
    home = _story_state(index)
    if home and home not in own and home not in NON_STATE_CODES:
        return [Entity(code=home, sector="")], f"the works it pays for ('{purposes[0].text} ...') in the story's country -> " + home
    return None


TRAVEL_VERBS = word_set("travel_verbs")
EPISODE_NOUNS = word_set("episode_nouns")
CONVICTED_NOUNS = word_set("convicted_nouns")


def _public_addressee(tok: "Token", index: "MentionIndex | None" = None) -> str:
    """The addressee of a request when it is the general public ('asked residents to avoid the area'), also of a call
    told as a noun ("repeated his call for citizens to save water") and the speaker's own nation in the plural
    ("Tokayev repeated his call for Kazakhs to save water"): an appeal to one's own citizens is not coded."""
    cands = objects(tok) + prep_objects(tok, ("on", "upon"))
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if tok.pos_ == "NOUN":  # "his call for Kazakhs to save water", "his call on Armenians to stay calm"
        cands += prep_objects(tok, ("for",))
        clauses += [c for c in (*tok.children, *tok.head.children) if c.dep_ == "advcl" and c.tag_ == "VB"]
    for c in clauses:  # "urged residents to leave" is often parsed with the addressee as the complement's subject
        cands += [s for s in c.children if s.dep_ == "nsubj"]
    for c in cands:
        if c.lemma_.lower() in PUBLIC_NOUNS or c.lower_ in PUBLIC_NOUNS:
            return c.text
    if index is not None:
        return next((c.text for c in cands if _speakers_own_nation(c, tok, index)), "")
    return ""


def _speakers_own_nation(addressee: "Token", tok: "Token", index: "MentionIndex") -> bool:
    """Whether a plural nation word addresses the speaker's own people ("Tokayev called on Kazakhs to save water",
    "Pashinyan renewed his call on Armenians to stay calm"; not "Zelensky called on Russians to protest")."""
    if addressee.tag_ != "NNPS" and not (addressee.ent_type_ == "NORP" and addressee.tag_ == "NNS"):
        return False
    nation = ActorDictionary.bundled().country_code(addressee.text)
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") else tok
    speakers = {m.entity.code for m in index.in_tokens(subjects(verb)) if m.entity.code}
    return bool(nation) and len(nation) == 3 and speakers == {nation}


PUBLIC_NOUNS = word_set("public_nouns")
RELATIVE_SUBJECTS = {"which", "who", "that"}
PLACE_NOUNS = word_set("place_nouns")
AUDIENCE_NOUNS = word_set("audience_nouns")


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
    return bool(partners) and not any(_actor_like(p, index) for p in partners) and not any(
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
CALLING_VERBS = word_set("calling_verbs")
STANDING_SPOTS = word_set("standing_spots")
GETAWAY_VERBS = word_set("getaway_verbs")
HALTING_VERBS = word_set("halting_verbs")
TOPIC_TURNING_VERBS = word_set("topic_turning_verbs")


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


def _stopped_itself(verb: "Token") -> str:
    """A doer that stops or halts, with nothing stopped ("a patrol ordered them to stop", "told the men to halt"):
    no act of stopping anyone. A gerund complement with its own object is what is stopped ("stopped pumping gas"; not
    "to stop fighting"). Returns the verb, or ""."""
    if verb.lemma_.lower() not in HALTING_VERBS or objects(verb) or is_passive(verb) \
            or any(c.dep_ == "xcomp" and c.tag_ == "VBG" and objects(c) for c in verb.children):
        return ""
    return verb.text


def _struck_back(verb: "Token", by_token: dict[int, TriggerHit]) -> str:
    """A bare "struck back" / "hit back" is a retort ("Uzum has struck back with its own instalment-payment plans"),
    not a strike on anyone: neither at someone ("hit back at Hezbollah positions") nor told by an act beside it
    ("Israeli jets hit back overnight, striking Hamas targets"). Returns the particle, or ""."""
    if verb.lemma_.lower() not in ("strike", "hit") or prep_objects(verb, ("at", "against", "on")) or objects(verb) \
            or any(c.i in by_token for c in verb.children):
        return ""
    return next((c.text for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"), "")


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


def _forecast(tok: "Token", index: MentionIndex) -> str:
    """'warned that higher prices could push inflation up': the warned-of clause has a subject that is no
    actor, so nobody threatens anything (but "warned that any attempt to ... would have consequences" tells of the
    warner's answer: see `_threat_words`). Returns that subject's text, or "". A threat with an infinitive
    ("threatened to close the border should the region vote") is the subject's own threat."""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return ""
    for c in tok.children:
        if c.dep_ == "ccomp":
            subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            if subj and not any(_actor_like(s, index) and s.lower_ not in THING_PRONOUNS for s in subj) \
                    and not _threat_words(c):  # ("cautioned that nothing is agreed until everything is agreed")
                return " ".join(s.text for s in subj)  # (not "warned that any attempt ... would have consequences")
    return ""


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
        doers = entities_of([t for t in subjects(c) if not _owned_by_pronoun(t)], index)  # not "its fighters could"
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


RULING_NOUNS = word_set("ruling_nouns")


def _common_nouns_acted_on(tok: "Token", hit: TriggerHit) -> bool:
    """The act falls on people or things named by common nouns ("captured two soldiers", "stormed a police station");
    a name ("captured Birao", "captured Mubi") may be a place the rule does not know, so the rule's own type stays."""
    acted_on = objects(tok) if not hit.nominal else []
    return not acted_on or all(o.pos_ != "PROPN" for o in acted_on)


def _ruling(entity: Entity) -> bool:
    """An armed group named as the power in a place ("Taliban authorities", "Houthi police"): it rules there."""
    words = entity.entity_text.lower().split()
    return bool(words) and words[-1] in RULING_NOUNS


KILLING_VERBS = word_set("killing_verbs")
PERSON_NOUNS = word_set("person_nouns")
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee", "ees")  # "herdsman", "driver", "detainee"
HARMFUL_DOERS = word_set("violence_words") | word_set("real_conflict_words") | word_set("hazard_nouns") \
    | word_set("retold_event_nouns")
SPORT_GENRE_WORDS = word_set("genre_sport")


def _someone(t: "Token", index: MentionIndex) -> bool:
    """A word that may name a living being: an actor-like word, a name, a pronoun, a number ("killed three", "killed
    12 people"), a word for a person or an animal ("a boy", "a herdsman", "livestock")."""
    if _actor_like(t, index) or t.like_num or t.pos_ in ("PRON", "PROPN", "NUM") \
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
    if any(_actor_like(d, index) or ((d.lemma_.lower() in HARMFUL_DOERS or d.lower_ in HARMFUL_DOERS)
                                     and d.lemma_.lower() not in SPORT_GENRE_WORDS) for d in doers):
        return ""  # (a referee is no harmful doer: "The referee killed the game")
    return victims[0].text


ARMED_MODES = {"arrest": "abduct"}  # the mode of an act by an armed group that a state does otherwise: "captured two soldiers"


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
    if not toks or any(_actor_like(t, index) or t.lower_ in PARTY_QUANTIFIERS for t in toks):
        return ""
    return " ".join(t.text for t in toks)


PLAN_NOUNS = word_set("plan_nouns")


def _helping_plan(tok: "Token", index: MentionIndex) -> str:
    """The plan or programme that is the subject of a verb of help ("the programme helps Tehran develop long-range
    missiles", "the deal helped Moscow evade sanctions"): an effect, no aid. Not a body the actor dictionary knows
    ("the World Food Programme helped"). Returns the noun, or ""."""
    for s in (agents(tok) if is_passive(tok) else subjects(tok)):
        if index.at(s) is None and (s.lemma_.lower() in PLAN_NOUNS or s.lower_ in PLAN_NOUNS):
            return s.text
    return ""


LATER_PHRASE = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning|night|week|month|year)|(?:a|an|one|two|three|four|"
                          r"five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+later|"
                          r"(?:days|weeks|months|years)\s+later|"
                          # the time told before: "later that year", "two weeks after the fighting ended"
                          r"that\s+(?:year|month|summer|winter|spring|autumn)|"
                          r"(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)?\s*(?:weeks?|months?|years?)"
                          r"\s+after\s+the)\b",
                          re.IGNORECASE)


def _later_than_history(sent: "Span", previous: "Span", pub: dt.date | None, verb: "Token | None" = None) -> str:
    """A time told relative to the sentence before ("Soviet authorities evacuated Pripyat the following day, and
    soldiers were sent to contain the fallout", "Five weeks later they were withdrawn", "Moscow later sent hundreds of
    thousands of soldiers", "later that year", "two weeks after the fighting ended") when that sentence is dated years
    back ("April 26, 1986"), or pointing back to a time years back it names ("at the time", "back then"): the act
    belongs to that history. Returns why, or ""."""
    later = LATER_PHRASE.search(nlp.span_text(sent))
    word = later.group(0) if later is not None else (_later_adverb(verb) if verb is not None else "")
    back = BACK_THEN.search(sent.text)
    if (not word and back is None) or pub is None:
        return ""
    dates = find_dates(nlp.span_text(previous), pub)
    if word and dates and all(d.historical for d in dates):
        return f"'{word}' after '{dates[-1].date_text}'"
    old = [d for d in dates if d.historical and not d.bound]
    if back is not None and old:  # "recalled the 2022 unrest on Monday. Her son was arrested at the time"
        return f"'{back.group(0)}' after '{old[-1].date_text}'"
    return ""


OLD_TIME_ANAPHOR = re.compile(r"\b(?:" + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+")
                                                          for p in word_set("old_time_anaphors")), key=len, reverse=True))
                              + r")\b", re.IGNORECASE)
THEN_OPENING = re.compile(r"^[\"“‘']?\s*(?:and\s+)?then\s*,", re.IGNORECASE)  # "Then, protesters stormed ..."


def _last_time_told(text: str, pub: dt.date, news_day_voids: bool = False) -> DateResolution | None:
    """The latest time a text tells, not counting a day that only names a thing ("Sunday's vote") or the end of a
    span ("until 2029"): the time "then" or "at the time" after it points back to. With `news_day_voids`, when the
    text also tells a day of the news period, its act is today's news and an old year in it only names what the act is about ("rallied in
    Bishkek on Monday, demanding an inquiry into the killings of 2010. Then, police detained dozens"; "detained two
    herders on Sunday near Kok-Tash, the site of clashes in 2022. That same week, ..."): None, no old time to point to."""
    told = [d for d in find_dates(text, pub) if d.date is not None and d.start is not None and not d.bound
            and not text[d.start + len(d.date_text):].startswith(("'s", "’s"))]
    if news_day_voids and any(not d.historical and not d.ahead for d in told):
        return None
    return told[-1] if told else None


def _in_old_time_told_before(sent: "Span", previous: "Span | None", pub: dt.date | None, text: str = "",
                             previous_text: str = "") -> str:
    """An act set by "Then," (opening the sentence), "at the time", "in the same week" or "back then" in the latest
    time told before it, in the sentence before or earlier in its own sentence, when that time is an old one ("Memories
    of October 2020 still hang over Sunday's vote. Then, protesters stormed the presidential administration"; "The
    report recalled that two tankers were struck at the end of November. Kazakhstan lodged a protest ... in the same
    week"; "A drone damaged a mooring point in late November, and Kazakhstan protested to Kyiv at the time"): that old
    time's act, background. Not when the time told before is a day of the news period, an old year only naming what that
    act is about ("rallied on Monday, demanding an inquiry into the killings of 2010. Then, police detained dozens").
    `text` and `previous_text`: the sentences' words with a dateline blanked (the filing day is no time told). Returns
    why, or ""."""
    if pub is None:
        return ""
    text = text or nlp.span_text(sent)
    m = THEN_OPENING.search(text.lstrip()) or OLD_TIME_ANAPHOR.search(text)
    if m is None:
        return ""
    last = _last_time_told(text[:m.start()], pub, news_day_voids=True)
    if last is None and previous is not None:
        last = _last_time_told(previous_text or nlp.span_text(previous), pub, news_day_voids=True)
    if last is None or not last.historical:
        return ""
    return f"'{m.group(0).strip(' ,')}' after '{last.date_text}'"


def _dated_tokens(sent: "Span", text: str, pub: dt.date | None) -> list[tuple[DateResolution, "Token"]]:
    """The time phrases of a sentence (`text`: its words with the dateline blanked), each with its first token."""
    out = []
    for d in find_dates(text, pub):
        if d.start is None or d.date is None:
            continue
        tok = _token_at(sent, d.start + sent.start_char)
        if tok is not None and tok.dep_ == "prep":  # ("in March 2025": the time's noun, which the preposition holds)
            tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
        if tok is not None:
            out.append((d, tok))
    return out


def _old(date: DateResolution, pub: dt.date) -> bool:
    """A time before the news period that dates a happening (not the end of a span, nor a time to come, nor a month
    without a year that may be the coming one: "begin work on the next stretch in March" in a February story)."""
    coming = date.reason == "month" and date.date is not None and date.date.month > pub.month \
        and not any(ch.isdigit() for ch in date.date_text) and not date.date_text.lower().startswith(("last", "since"))
    return date.historical and not date.bound and not date.ahead and not coming


def _object_participle_time(verb: "Token", dated: Sequence[tuple[DateResolution, "Token"]]) -> DateResolution | None:
    """A time the parser hung on a participle describing the verb's object, where it dates the verb ("signed a treaty
    settling their entire border in March 2025", "an agreement demarcating their border in September 2022"): that
    time, or None. (A past participle keeps its own time: "released a pilot captured in 2022".)"""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for part in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
            found = next((d for d, t in dated if _adjunct_of(t).i == part.i), None)
            if found is not None:
                return found
    return None


def _own_old_time(verb: "Token", dated: Sequence[tuple[DateResolution, "Token"]], pub: dt.date) -> DateResolution | None:
    """The old time a verb carries itself, on its complement ("tried to stop the tanker in May 2025") or on the
    participle describing its object ("signed a treaty settling the border in March 2025"); None if it has none."""
    for v in [verb] + [c for c in verb.children if c.dep_ == "xcomp"]:
        own = next((d for d, t in dated if _time_adjunct(t).i == v.i), None) or _object_participle_time(v, dated)
        if own is not None:
            return own if _old(own, pub) else None
    return None


SPAN_PART_NOUNS = word_set("span_part_nouns")


def _time_adjunct(tok: "Token") -> "Token":
    """The word a time phrase hangs from, through a time noun that holds it ("came back in the summer of 2025",
    "were struck at the end of November": the verb)."""
    holder = _adjunct_of(tok)
    if holder.pos_ in ("NOUN", "PROPN") and (holder.lemma_.lower() in TIME_NOUNS | SPAN_PART_NOUNS) \
            and holder.i != tok.i:
        return _adjunct_of(holder)
    return holder


def _old_time_of_first_conjunct(head: "Token", sent: "Span", text: str, pub: dt.date | None) -> str:
    """An undated verb joined to a verb dated by an old time ("Estonia tried to stop another tanker in May 2025, but let
    it go"; "signed a treaty settling their border in March 2025, and the two presidents later opened crossing
    points"), or the verb itself told with an old time on its object's participle: the time of the first covers the
    verbs joined to it. Returns why, or ""."""
    if pub is None:
        return ""
    dated = _dated_tokens(sent, text, pub)
    if not dated:
        return ""
    own = _object_participle_time(head, dated)
    if own is not None and _old(own, pub):
        return f"'{own.date_text}' on what '{head.text}' acts on dates it"
    first = head
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.i == head.i or any(t in head.subtree for _, t in dated if t.i > head.i):
        return ""
    old = _own_old_time(first, dated, pub)
    return f"the time of '{first.text}' ('{old.date_text}') covers the verbs joined to it" if old is not None else ""


def _old_describing_clause(tok: "Token", hit: TriggerHit, head: "Token", sent: "Span", text: str, pub: dt.date | None,
                           event_nouns: dict[int, str]) -> str:
    """An act named by a noun that a clause on it dates to an old time ("The drone attacks, which began in earnest in
    August 2025, knocked out a fifth of Russia's refining capacity"; "The last round of talks ..., held in 2023, dealt
    with trade"), or told with such a noun as its subject ("The raids on refineries, which Ukraine launched in 2025,
    forced the government to ban gasoline exports"): that old episode, background. Not when the sentence tells a time
    of the news period ("The talks, which began in 2023, resumed on Monday"), nor when the act is told as taken up
    again ("Border talks, which began in 2017, resumed in Tashkent" under a dateline): the old clause is its start, the
    resumption is news. Returns why, or ""."""
    if pub is None or any(v.lemma_.lower() in RESUMING_VERBS for v in (head, tok)):
        return ""
    dated = _dated_tokens(sent, text, pub)
    if not any(_old(d, pub) for d, _ in dated) or any(not d.historical and not d.bound and not d.ahead
                                                      and d.reason != "the year of publication" for d, _ in dated):
        return ""  # (a time of the news period, not a span as wide as "this year", may tell the noun's act again now)
    nouns = [tok] if hit.nominal else []
    if hit.nominal and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        nouns.append(tok.head.head)  # ("The last round of talks ..., held in 2023")
    holders = [head]
    while holders[-1].dep_ in ("xcomp", "conj", "ccomp") and holders[-1].head.i != holders[-1].i and len(holders) < 4:
        holders.append(holders[-1].head)
    nouns += [s for v in holders for s in v.children if s.dep_ in ("nsubj", "nsubjpass")
              and (s.i in event_nouns or s.lemma_.lower() in RETOLD_EVENT_NOUNS | EPISODE_NOUNS)]
    for noun in nouns:
        clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")] + [  # (a clause the parser hung lower in
            c for c in noun.subtree if c.dep_ in ("relcl", "acl") and c.head.i != noun.i  # the phrase: "The raids on
            and c.lemma_.lower() in EPISODE_TELLING_VERBS]  # refineries, which Ukraine launched in 2025")
        for clause in clauses:
            old = next((d for d, t in dated if _old(d, pub) and t in clause.subtree), None)
            if old is not None:
                return f"'{noun.text}' dated by the clause on it ('{old.date_text}')"
    return ""


EPISODE_TELLING_VERBS = word_set("episode_telling_verbs")
RESUMING_VERBS = word_set("resuming_verbs")


def _pronoun_after_backstory(head: "Token", sent: "Span", previous: "Span | None", previous_text: str,
                             text: str, pub: dt.date | None) -> str:
    """An undated past act told of "he/she/they" right after a sentence whose main act is dated by an old time ("He
    returned home through Orenburg last October. He was detained at the border and charged with mercenarism"): the
    same backstory goes on. Returns why, or ""."""
    if pub is None or previous is None or find_dates(text, pub):
        return ""
    verb = head
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PERSONAL_PRONOUNS), None)
    if pronoun is None or _tense_of_telling(verb) != "past" or any(
            c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return ""
    dated = _dated_tokens(previous, previous_text, pub)
    old = next((o for v in with_conjuncts(previous.root) if (o := _own_old_time(v, dated, pub)) is not None), None)
    return f"'{pronoun.text}' goes on with the time of the sentence before ('{old.date_text}')" if old is not None else ""


TESTIMONY_AUDIENCES = word_set("testimony_audiences")


def _testimony_recalled(head: "Token") -> str:
    """A past perfect in what a defendant or witness told a court or investigators ("He told the court he had been
    promised Russian citizenship", "She testified that she had been paid"): the case's backstory, not an act of the
    news period. Returns the telling verb, or ""."""
    if head.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return ""
    teller = head.head
    if teller.lemma_.lower() == "testify":
        return teller.text
    if teller.lemma_.lower() not in ("tell", "say", "claim"):
        return ""
    heard = [c for c in teller.children if c.dep_ in ("dobj", "dative")] + prep_objects(teller, ("to", "at", "in"))
    return teller.text if any(h.lemma_.lower() in TESTIMONY_AUDIENCES or h.lower_ in TESTIMONY_AUDIENCES
                              for h in heard) else ""


LONG_BEFORE_WORDS = {"long", "years", "months", "decades", "weeks"}
MORE_YEARS = re.compile(r"(?:\s*(?:,|and|or|-|–)\s*(?:19|20)\d\d)*\s*")  # (" and 2022" after "in 2021")


def _own_day_in(date: DateResolution, head: "Token", sent: "Span") -> bool:
    """The date found is told inside the act's own clause (not taken from the clause it hangs on)."""
    tok = _token_at(sent, date.start + sent.start_char) if date.start is not None and date.date_text else None
    return tok is not None and tok in head.subtree


def _before_old_time(head: "Token", sent: "Span", text: str, pub: dt.date | None) -> str:
    """An act told as the time another old act came before ("in a case opened in 2024, before the two countries
    initialled their peace agreement", "a case opened long before the two governments signed a border treaty"): a
    time reference of the backstory, not news. Returns why, or ""."""
    if pub is None:
        return ""
    when = next((c for v in (head, *head.conjuncts) for c in v.children  # (however the parser hangs it on the
                 if c.lower_ == "when" and c.dep_ == "advmod" and 1 < c.i < head.i  # coordinated verbs)
                 and c.doc[c.i - 1].text == ","), None)
    if when is not None:  # "fired across the valley in 2021 and 2022, when more than 100 people were killed"
        told = text[:when.idx - sent.start_char].rstrip(" ,")
        last = _last_time_told(told, pub)
        if last is not None and _old(last, pub) and MORE_YEARS.fullmatch(told[last.start + len(last.date_text):]):
            return f"a 'when' clause on '{told[last.start:]}', an old time"
    if head.dep_ != "advcl":
        return ""
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "before"), None)
    if mark is None:
        return ""
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in LONG_BEFORE_WORDS for c in (*head.children, *mark.children)):
        return "an act told as long after an earlier one ('long before')"
    if head.head.dep_ in ("acl", "relcl"):
        return f"an act told as the time of '{head.head.text}', a clause describing a noun"
    last = _last_time_told(text[:mark.idx - sent.start_char], pub)
    return f"an act told as coming after '{last.date_text}'" if last is not None and _old(last, pub) else ""


def _points_back_to_history(word: "Token", sent: "Span", told_before: Sequence[_Draft], s_i: int,
                            pub: dt.date | None) -> str:
    """An undated act told of a thing pointed back to with "that" or "those" right after a sentence whose acts were all
    history ("Then, protesters stormed the White House and freed Atambayev. The result of that election was
    annulled"): the same history. Returns why, or ""."""
    if pub is None or s_i == 0 or find_dates(nlp.span_text(sent), pub):
        return ""
    before = [d for d in told_before if d.sent_index == s_i - 1]
    if not any(d.verdict.startswith("not coded: background") for d in before) \
            or any(d.verdict == "coded" for d in before):
        return ""
    verb = clause_verb(word)
    pointer = next((c for t in _clause_tokens(verb) if t.pos_ in ("NOUN", "PROPN") for c in t.children
                    if c.dep_ == "det" and c.lower_ in ("that", "those")), None)
    return f"'{pointer.text} {pointer.head.text}' points back to the history told before" if pointer is not None else ""


def _old_backstory(tok: "Token", hit: TriggerHit, head: "Token", sent: "Span", text: str, pub: dt.date | None,
                   event_nouns: dict[int, str], previous: "Span | None", previous_text: str) -> str:
    """Why an undated act belongs to a backstory of an old time or to no time at all (see the functions it asks), or
    "" when it may be news."""
    if hit.nominal:
        return _old_describing_clause(tok, hit, head, sent, text, pub, event_nouns)
    why = (_old_time_of_first_conjunct(head, sent, text, pub)
           or _old_describing_clause(tok, hit, head, sent, text, pub, event_nouns)
           or _pronoun_after_backstory(head, sent, previous, previous_text, text, pub))
    if why:
        return why
    if hit.rule.event not in ("ASSAULT", "COERCE") and (told := _testimony_recalled(head)):
        # (abuse a detainee tells of is an allegation of its own, not backstory)
        return f"the past perfect of what was '{told}' to a court, the case's backstory"
    if (stance := _standing_stance(head, event_nouns)):
        return f"a standing view ('{stance}'), no statement of the news period"
    if (who := _generic_rule_subject(head)):
        return f"what a rule does to anyone ('{who} ...'), no act"
    return ""


SAYING_STANCE_VERBS = word_set("stance_saying_verbs")
STANCE_VERBS = SAYING_STANCE_VERBS | word_set("stance_naming_verbs")
STANDING_ADVERBS = word_set("standing_adverbs")


def _definite_act_subject(clause: "Token", event_nouns: dict[int, str]) -> bool:
    """A clause whose subject is a definite act, one the story tells ("The Kremlin has said the detentions are
    unacceptable", "has said these arrests are illegal"): a reaction to that act, not a view held over time of a
    kind of things ("has said Western sanctions are illegal") or of a standing thing ("has said the treaty is illegal")."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.i in event_nouns and any(
        d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "these", "that", "those", "its", "their", "his", "her")
        for d in s.children) for s in clause.children)


def _standing_stance(head: "Token", event_nouns: dict[int, str]) -> str:
    """A view told in the present perfect with no day of its own, held over time ("Moscow has repeatedly called such
    measures illegal") or about how things are ("The Kremlin has said Western sanctions are illegal"): a stance, not a
    statement of the news period (not "has said it will retaliate"). Returns the words, or ""."""
    if head.lemma_.lower() not in STANCE_VERBS or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS for c in head.children):
        return ""
    if any(t.ent_type_ in ("DATE", "TIME") for t in _clause_tokens(head)):
        return ""
    adverb = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS), None)
    if adverb is not None:
        return f"{adverb.text} {head.text}"
    if head.lemma_.lower() not in SAYING_STANCE_VERBS:
        return ""  # ("The EU has called the vote a farce": a reaction of the news, unless told as held over time)
    held = [c for c in head.children if c.dep_ == "ccomp" and not _definite_act_subject(c, event_nouns)]
    present = any((c.tag_ in PRESENT_TAGS and not any(a.dep_ == "aux" for a in c.children))
                  or (c.pos_ in ("ADJ", "NOUN") and any(a.dep_ == "cop" and a.tag_ in PRESENT_TAGS for a in c.children))
                  for c in held)
    return f"has {head.text} what holds" if present else ""


def _generic_rule_subject(head: "Token") -> str:
    """A present-tense passive whose subject is anyone of a kind who does something ("men who ignore them are barred
    from leaving the country", "Foreigners who miss the deadline are banned from entering Russia"): what a rule does to
    whoever breaks it, not an act. Returns the subject's words, or ""."""
    if not any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in head.children) or any(
            c.dep_ == "aux" for c in head.children):
        return ""
    for subj in (c for c in head.children if c.dep_ == "nsubjpass" and c.tag_ == "NNS"):
        if any(d.dep_ == "det" and d.lower_ not in ("all", "any") for d in subj.children):
            continue
        rel = next((c for c in subj.children if c.dep_ == "relcl" and c.tag_ in PRESENT_TAGS), None)
        if rel is not None:
            return f"{subj.text} who {rel.text}"
    return ""


BACK_THEN = re.compile(r"\b(?:at\s+(?:the|that)\s+time|back\s+then)\b", re.IGNORECASE)  # the time years back told before
ANAPHORIC_PAST = re.compile(r"\b(?:" + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+")
                                                          for p in word_set("anaphoric_past_phrases")), key=len, reverse=True))
                            + r")\b(?!\s+(?:few|several|couple|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"twelve|24|48|days?|weeks?|weekend|months?|years?|hours?|fortnight|decades?)\b)", re.IGNORECASE)


EPISODE_PREPS = {"in", "during", "amid", "throughout"}


def _dated_episode(word: "Token", sent: "Span", before: str, pub: dt.date) -> str:
    """An episode noun the act belongs to that is dated years back, by a clause on it ("servicemen killed in the
    fighting, which ended with a ceasefire on November 10, 2020") or as "the" episode named with an old date before it
    ("marking four years since the September 2022 fighting ..., displaying belongings of servicemen killed in the
    clashes"; `before`: the story's text before the word). Returns the date words, or ""."""
    if word.lemma_.lower() not in EPISODE_NOUNS and word.lower_ not in EPISODE_NOUNS:
        return ""
    for c in word.children:
        if c.dep_ in ("relcl", "acl"):
            words = " ".join(t.text for t in c.subtree)
            old = [d for d in find_dates(words, pub) if d.historical and not d.bound]
            if old:
                return old[0].date_text
    own = " ".join(t.text for t in word.subtree)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children) or find_dates(own, pub):
        return ""
    named = [d for d in find_dates(before, pub) if d.start is not None and d.historical and not d.bound
             and (EPISODE_AFTER_DATE.match(before[d.start + len(d.date_text):]) or EPISODE_BEFORE_DATE.search(before[:d.start])
                  or d.date_text.split()[-1].lower() in EPISODE_NOUNS)]  # ("the 2020 war")
    return named[-1].date_text if named else ""


EPISODE_AFTER_DATE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(map(re.escape, word_set("episode_nouns")), key=len,
                                                                              reverse=True)) + r")\b", re.I)


EPISODE_BEFORE_DATE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, word_set("episode_nouns")), key=len, reverse=True))
                                 + r")\s+(?:of\s+|in\s+)?$", re.I)  # ("the five-day war of August 2008")


HOURS_OF_DAY = word_set("hours_of_day")


def _fresh_episode(word: "Token", pub: dt.date) -> bool:
    """An episode noun with a time of its own that is of the news period, in a clause on it ("during the fighting that
    broke out at dawn", "in the clashes that erupted on Monday"): an episode of now, not one told before."""
    for c in word.children:
        if c.dep_ in ("relcl", "acl"):
            if any(t.lower_ in HOURS_OF_DAY for t in c.subtree):
                return True
            dates = find_dates(" ".join(t.text for t in c.subtree), pub)
            if dates and not any(d.historical for d in dates):
                return True
    return False


def _act_in_dated_episode(draft: _Draft, head: "Token", sent: "Span", drafts: Sequence[_Draft], pub: dt.date | None,
                          story_before: str) -> str:
    """An act told as part of an episode dated years back: the episode noun itself ("the clashes" pointing back to
    "the September 2022 fighting") or the episode it happened in ("killed in the fighting, which ended ... in 2020",
    "evacuated during the fighting"), when the story has told no violence of the news period before. Returns why,
    or ""."""
    if pub is None or any(d.verdict == "coded" and d.event in VIOLENT_TYPES and d.date is not None
                          and not d.date.historical for d in drafts if d is not draft):
        return ""
    tok = sent.doc[draft.hit.token_i]
    own_day = draft.date is not None and bool(draft.date.date_text) and draft.date.exact_day and not (
        draft.date.historical or draft.date.told or draft.date.quoted)  # "On Tuesday, ... shelled ... during the fighting"
    verbs = [head] + ([head.head] if head.dep_ == "conj" else [])
    for v in list(verbs):  # (the coordinated verbs and what they share: "136,000 evacuated" as "conj" + "acl")
        verbs += [c for c in v.children if c.dep_ == "conj"]
    verbs += [a for v in verbs for a in v.children if a.dep_ == "acl" and v.dep_ == "conj"]
    words = [tok] if draft.hit.nominal else [o for v in verbs for c in v.children  # ("were killed and more than 136,000
                                             if c.dep_ == "prep" and c.lower_ in EPISODE_PREPS  # evacuated during the
                                             for o in c.children if o.dep_ == "pobj"]  # fighting")
    words += [s for v in (head, *head.ancestors) if v.pos_ in ("VERB", "AUX")
              for s in subjects(v)][:2]  # ("The war ended with a ceasefire brokered by Sarkozy")
    for w in words:
        if _fresh_episode(w, pub):
            continue
        # an act with a day of its own of the news period is told in an episode of now, unless a clause dates the
        # episode itself ("killed on Tuesday in the fighting, which ended in 2020")
        before = "" if own_day else story_before + " " + nlp.doc_text(sent.doc)[sent.start_char:w.idx]
        if (when := _dated_episode(w, sent, before, pub)):
            return f"part of the episode '{w.text}' dated '{when}'"
        if any(c.dep_ == "det" and c.lower_ == "the" for c in w.children) and w.lower_ in EPISODE_NOUNS:
            for t in sent:  # "soldiers who died in the fighting, which ended in November 2020, and civilians killed in
                # the clashes": the same episode, dated by a clause on the noun named before
                if t.i < w.i and t.lower_ in EPISODE_NOUNS and any(c.dep_ in ("relcl", "acl") for c in t.children) \
                        and (when := _dated_episode(t, sent, "", pub)):
                    return f"part of the episode '{t.text}' dated '{when}'"
    return ""


RECOLLECTION_WORDS = word_set("recollection_words")
FIRST_PERSON_WORDS = {"i", "me", "my", "we", "us", "our", "mine", "ours"}


def _clause_chain(head: "Token") -> list["Token"]:
    """The verb and the verbs it is coordinated with or hangs from as a complement ("fired" of "They seized my cards
    and fired into the air", "shelve" of "forced the government to shelve")."""
    holders = [head]
    while holders[-1].dep_ in ("conj", "xcomp") and holders[-1].head.i != holders[-1].i and len(holders) < 4:
        holders.append(holders[-1].head)
    return holders


def _in_quotation(tok: "Token") -> bool:
    """Inside a quotation, one opened in the sentence or one opened in a sentence before and closed after the word
    ('"They seized my cards. I still do not know why they let me go," one photographer recalled': "let")."""
    marks = [t.i for t in tok.sent if t.text in QUOTE_MARKS]
    before = sum(i < tok.i for i in marks)
    return before % 2 == 1 or (before == 0 and len(marks) % 2 == 1)


def _quoted_recollection(head: "Token", sent: "Span", after: "Span | None", pub: dt.date | None,
                         before: "Span | None" = None) -> str:
    """An undated past act inside a quotation that the speaker tells of their own past ('"They seized my memory cards
    the first time and fired into the air the second," one photographer recalled', '"Soldiers detained my brother at
    the bridge," the veteran said at the launch of his memoir'), in a sentence framed as memory (a word of
    recollection, a memorial or an exhibition, there, in the sentence that ends the quotation or in the one that
    brings in its speaker: 'One of the photographers recalled being stopped twice. "They seized ..."') or as an
    interview ('Rahimov spoke to us on Sunday. "Our convoy was ambushed twice," he said'): background. Not an undated
    quote in a news story ('"They detained my husband," she said'). Returns why, or ""."""
    if pub is None or not _in_quotation(head) or _tense_of_telling(head) != "past":
        return ""
    opening = _quotation_opening(sent)  # ('"Our convoy was ambushed twice. They fired grenades at the trucks," he said')
    if not any(t.lower_ in FIRST_PERSON_WORDS for h in _clause_chain(head) for t in h.subtree) and not (
            opening is not sent and any(t.lower_ in FIRST_PERSON_WORDS and _in_quotation(t) for t in opening)):
        return ""
    if opening is not sent and opening.start > 0:
        before = head.doc[opening.start - 1].sent
    frame = (list(before) if before is not None else []) + list(opening if opening is not sent else []) + list(sent) \
        + (list(after) if after is not None else [])
    word = next((t.text for t in frame if t.lower_ in RECOLLECTION_WORDS or t.lemma_.lower() in RECOLLECTION_WORDS), "")
    if not word:
        word = next((t.text for t in frame if not _in_quotation(t) and _interview_word(t)), "")
    return f"a speaker's own past told in a quotation, framed by '{word}'" if word else ""


INTERVIEW_WORDS = word_set("interview_words")


def _quotation_opening(sent: "Span") -> "Span":
    """The sentence a quotation that goes on in this one was opened in ('"Our convoy was ambushed twice near the
    Salang pass.' for 'They fired grenades at the fuel trucks," he said'), or the sentence itself."""
    cur = sent
    for _ in range(3):
        first = next((t for t in cur if not t.is_space), None)
        if first is None or first.text in QUOTE_MARKS or not _in_quotation(first) or cur.start == 0:
            return cur
        cur = cur.doc[cur.start - 1].sent
    return cur


def _interview_word(tok: "Token") -> bool:
    """A word that frames a story as an interview: "interview", or the reporter's own "us" that someone speaks to
    ("spoke to us on Sunday", "told us")."""
    return tok.lower_ in INTERVIEW_WORDS or (tok.lower_ == "us" and tok.dep_ in ("pobj", "dobj", "dative") and (
        tok.head.lemma_.lower() in ("speak", "talk", "tell") or tok.head.head.lemma_.lower() in ("speak", "talk")))


def _date_outside_quotation(date: DateResolution, sent: "Span") -> bool:
    """Whether the date words an act took are outside the quotation it is told in: the day of the telling ('"They
    shelled our trenches every night," recalled the veteran in Dushanbe on Sunday')."""
    if not date.date_text or date.start is None:
        return False
    at = _token_at(sent, date.start + sent.start_char)
    return at is not None and not _in_quotation(at)


SINCE_THEN = re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in word_set("since_then_phrases"))
                        + r")\b", re.I)


def _kept_since(head: "Token", story_before: str, pub: dt.date | None) -> str:
    """An undated past act told with the state it left, coordinated in the present perfect, "ever since" or not undone
    ("Turkey sealed its border with Armenia during the first Karabakh war and has kept it shut ever since", after a
    time years back: "Georgia cut diplomatic relations with Moscow and has not restored them"): an old act, not
    news. Returns the words, or ""."""
    if head.tag_ != "VBD" or pub is None:
        return ""
    for c in head.children:
        if c.dep_ != "conj" or not any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in c.children):
            continue
        words = " ".join(t.text for t in c.subtree)
        if (m := SINCE_THEN.search(words)) is not None:
            return m.group(0)
        if any(n.dep_ == "neg" for n in c.children) and any(d.historical and not d.bound
                                                            for d in find_dates(story_before, pub)):
            return f"{c.text} not"
    return ""


PAST_SPAN_NOUNS = word_set("time_nouns") | word_set("past_span_nouns")


def _anaphoric_past(head: "Token") -> str:
    """A phrase in the act's clause (or in the clause of the verb it is coordinated with) that sets the act in a past
    time told before, or in many past times ("In those years, villagers attacked a Chinese-run gold site", "Back then,
    Moscow recognised Abkhazia and expelled Georgian diplomats", "has in the past rejected such analyses", "traded
    accusations dozens of times in the years after the 2020 war"); not "in the past week". Returns the phrase, or ""."""
    for holder in _clause_chain(head):  # ("..., and protests forced the government to shelve land reforms")
        phrases = [" ".join(t.text for t in _clause_tokens(holder))] + [  # ("in the months that followed the war")
            " ".join(t.text for t in c.subtree) for c in holder.children if c.dep_ == "prep"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in PAST_SPAN_NOUNS for o in c.children)]
        m = next((m for m in map(ANAPHORIC_PAST.search, phrases) if m is not None), None)
        if m is not None:
            return m.group(0)
    return ""


RELATIVE_OPENING = re.compile(
    r"^[\"“‘']?\s*(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|night|week)s?\s+(?P<dir>earlier|before|later)"
    r"|the\s+(?P<unit2>day|night|evening)\s+(?P<dir2>before|earlier)|the\s+(?P<dir3>next|following)\s+(?:day|morning)"
    r"|hours\s+(?P<dir4>earlier|before|later)|(?:earlier|later)\s+(?:that|the\s+same)\s+day)\b", re.I)
RELATIVE_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _day_told_relative(sent: "Span", sent_index: int, earlier: Sequence[_Draft], previous: "Span | None",
                       pub: dt.date | None, previous_text: str | None = None, clause: tuple[int, int] | None = None,
                       text: str = "") -> DateResolution | None:
    """The day of an act in a sentence opening on a time told from the act before ("... began installing markers on
    Wednesday. A day earlier, the prime ministers discussed the schedule": Tuesday; "The day before, ...", "Hours
    later, ...", "The next day, ..."), or told with such a time in its own clause (`clause`: its span in the sentence;
    "Two Kyrgyz citizens were detained in Korday the following morning", "detained eight people in Khorog earlier
    that day"): the day of a day told before it in its sentence, else of the last dated act told before (or of the
    previous sentence's day words), moved by the gap. None when there is no such time or no day is told before."""
    if pub is None:
        return None
    m = RELATIVE_OPENING.search(nlp.span_text(sent).lstrip())
    if m is None and clause is not None and text:
        inside = next((r for r in RELATIVE_INSIDE.finditer(text) if clause[0] <= r.start() < clause[1]), None)
        if inside is not None:
            return _day_relative_inside(inside, sent_index, earlier, previous, pub, previous_text, text)
    if m is None or sent_index == 0:
        return None
    g = m.groupdict()
    count = RELATIVE_COUNTS.get((g["n"] or "").lower(), int(g["n"]) if (g["n"] or "").isdigit() else 1)
    if g["dir"]:  # "A day earlier", "Two days later", "A week before"
        gap = count * (7 if g["unit"].lower() == "week" else 1) * (1 if g["dir"].lower() == "later" else -1)
    else:  # "The day before" -1, "The next day" +1, "Hours later" / "Later that day" 0
        gap = -1 if g["dir2"] else (1 if g["dir3"] else 0)
    told = next((d.date for d in reversed(earlier) if d.sent_index < sent_index and d.verdict == "coded"
                 and d.date is not None and d.date.date and d.date.date_text and d.date.exact_day), None)
    if told is None and previous is not None:
        told = next((d for d in find_dates(previous_text if previous_text is not None else nlp.span_text(previous), pub)
                     if d.exact_day and d.date is not None and not d.bound), None)  # (not the dateline's day)
    if told is None or told.date is None:
        return None
    day = told.date + dt.timedelta(days=gap)
    if day > pub:
        return None
    return DateResolution(day, None, m.group(0).strip(" \"“‘'"), None, None,
                          f"'{m.group(0).strip()}' from the day told before ({told.date.isoformat()}, '{told.date_text}')",
                          historical=(pub - day).days > RECENT_ACT_DAYS)


RELATIVE_INSIDE = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week)s?\s+(?P<dir>earlier|later)"
    r"|the\s+(?:next|following)\s+(?:day|morning|evening|afternoon|night)(?P<next>)"
    r"|(?:earlier|later)\s+(?:that|the\s+same)\s+day|(?:that|the)\s+same\s+day"
    r"|(?:shortly|just|soon|hours)\s+after\s+midnight(?P<midnight>))\b", re.I)


def _own_relative_day(date: DateResolution, clause: tuple[int, int], text: str) -> bool:
    """Whether the day found for an act lies outside its clause while the clause tells its own day from another one
    ("Kazakh police detained a Kyrgyz trader on Monday, and a court jailed him for five days the following morning":
    the jailing is on Tuesday, not on Monday). `clause` is the act's clause span in the sentence `text`."""
    if not date.date_text or date.start is None or clause[0] <= date.start < clause[1]:
        return False
    return any(clause[0] <= r.start() < clause[1] for r in RELATIVE_INSIDE.finditer(text))


def _day_relative_inside(m: "re.Match[str]", sent_index: int, earlier: Sequence[_Draft], previous: "Span | None",
                         pub: dt.date, previous_text: str | None, text: str) -> DateResolution | None:
    """The day a time told from another day inside an act's clause names ("the following morning", "a day later",
    "earlier that day", "the same day", "shortly after midnight"): the last day told before it in its sentence,
    else the day of the last dated act told before, moved by the gap."""
    g = m.groupdict()
    if g["dir"]:
        gap = count_of(g["n"]) * (7 if g["unit"].lower() == "week" else 1) * (1 if g["dir"].lower() == "later" else -1)
    else:
        gap = 1 if g["next"] is not None or g["midnight"] is not None else 0
    told = None if g["midnight"] is not None else next(  # (not "on Tuesday shortly after midnight": that early morning)
        (d for d in reversed(find_dates(text[:m.start()], pub)) if d.exact_day and d.date is not None
         and not d.bound and not d.quoted and d.date_text.lower() != "overnight"), None)
    if told is None and gap == 0 and g["midnight"] is None:
        return None  # ("arrested three couriers the same day" after other sentences: the day of the act told before,
        # not of a report between, is found with the scene's day)
    if told is None:
        told = next((d.date for d in reversed(earlier) if d.sent_index < sent_index and d.verdict == "coded"
                     and d.date is not None and d.date.date and d.date.date_text and d.date.exact_day
                     and not d.date.told), None)
    if told is None and previous is not None:
        told = next((d for d in reversed(find_dates(previous_text if previous_text is not None
                                                    else nlp.span_text(previous), pub))
                     if d.exact_day and d.date is not None and not d.bound), None)
    if told is None or told.date is None:
        return None
    if g["midnight"] is not None and not re.search(r"\b(?:evening|night|late)\b", told.date_text, re.I) \
            and told.date_text.lower() not in WEEKDAYS:
        return None  # (midnight after a day told as such, or its evening: the night into the next day)
    day = told.date + dt.timedelta(days=gap)
    if day > pub:
        return None
    return DateResolution(day, None, m.group(0).strip(), None, None,
                          f"'{m.group(0).strip()}' from the day told before ({told.date.isoformat()}, '{told.date_text}')",
                          historical=(pub - day).days > RECENT_ACT_DAYS)


THEN_ADVERBS = {"later", "subsequently", "afterwards", "afterward", "eventually"}


def _later_adverb(verb: "Token") -> str:
    """"later" on the verb, or on the verb it is coordinated with ("Moscow later recognised South Ossetia and stationed
    troops there"): the act follows the one told before."""
    holders = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    return next((c.text for h in holders for c in h.children if c.dep_ == "advmod" and c.lower_ in THEN_ADVERBS), "")


def _tense_of_telling(verb: "Token") -> str:
    """How a sentence's main verb tells its act: "past" ("opened fire", "had sealed off", "What followed was"),
    "present" ("looks calm", "has freed", "will open", "cannot drive"), or "" (a bare or conditional form)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ not in ("would", "could", "might", "should") for a in auxes) \
            or any(a.tag_ in PRESENT_TAGS for a in auxes) or (verb.tag_ in PRESENT_TAGS and not auxes):
        return "present"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    return ""


NEWS_PERIOD_WORDS = word_set("news_period_words")


def _recap_anchor(sent: "Span", text: str, pub: dt.date, fronted: bool = False) -> str:
    """The time years back a sentence sets its main act in, as its opening words or its main verb's time ("Twenty
    years ago on Tuesday, Uzbek troops opened fire", "In August 2008, Russian tanks rolled ...", "Soviet troops
    entered Baku in January 1990"; only the opening words when `fronted`), when the main verb tells the past; "" if
    none."""
    root = sent.root
    if _tense_of_telling(root) != "past":
        return ""
    for d in find_dates(text, pub):
        if not d.historical or d.bound or d.start is None or d.date is None or _counted_on_since(d, sent, pub) \
                or _month_looked_ahead_to(d, root, pub):  # ("invited Mirziyoyev to a summit in November")
            continue
        before = text[:d.start].strip(" \"“‘'").lower()
        if not before or before in ("it was", "but", "and", "on", "in", "during", "by") or _part_of_day_opener(before) or (not fronted and _historical_place(
                d.start + sent.start_char, root, _clause_tokens(root), sent) == "event"):
            return d.date_text
    return ""


PARTS_OF_DAY_OPENING = word_set("parts_of_day_opening")


def _part_of_day_opener(before: str) -> bool:
    """Words that open a sentence on a part of the dated day ("In the early hours of August 8, 2008, Georgian artillery
    opened fire", "On the night of August 7, 2008, ..."): the date still opens the sentence."""
    m = re.fullmatch(r"(?:in|on|at|during|by)\s+the\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+of", before)
    return bool(m) and m.group(1) in PARTS_OF_DAY_OPENING


def _new_paragraph(previous: "Span", sent: "Span") -> bool:
    """Whether a sentence opens a new paragraph (the parser keeps the line break at the end of the sentence before)."""
    return "\n" in nlp.doc_text(sent.doc)[previous.start_char + len(previous.text.rstrip()):sent.start_char]


def _recap_frames(sentences: Sequence["Span"], pub: dt.date | None, lead: int, index: MentionIndex) -> list[str]:
    """For each sentence, the recap it belongs to ("" when it tells the news). A lead that sets its main act years
    back makes the story a recap (an anniversary piece: "Three years ago this week, thousands poured onto the streets
    of Nukus"): the undated sentences after it that tell the past go on with it, across paragraphs ("What followed
    was the bloodiest unrest ... Security forces opened fire on crowds ...", "The protest began after armed men
    stormed the city prison overnight": "overnight" is that night's). In a news story, a later sentence opening on a
    time years back ("In August 2008, Russian tanks rolled through the Roki tunnel") is a recap, and so is the next
    undated sentence of its paragraph ("Hundreds of people were killed in the fighting"). A time of the news period
    ("on Tuesday", "Today the centre of Nukus looks calm"), a main verb in the present ("has freed", "remains"), or
    words of the present occasion ("the anniversary passed quietly") end a recap."""
    frames = [""] * len(sentences)
    if pub is None:
        return frames
    current, reach = "", 0  # the recap told, and how many more undated sentences it may take (-1: any)
    for s_i, sent in enumerate(sentences):
        text = _without_dateline(sent, index)
        if s_i and _new_paragraph(sentences[s_i - 1], sent) and reach >= 0:
            current, reach = "", 0  # (a recap told inside the news ends with its paragraph)
        news = any(not d.historical and not d.bound and not d.ahead and d.date is not None
                   and d.date_text.lower() != "overnight"
                   for d in find_dates(text, pub)) or any(t.lemma_.lower() in NEWS_PERIOD_WORDS for t in sent) \
            or (s_i > lead and reach < 0 and _told_by_named_source(sent, index)) \
            or (reach > 0 and _points_back_to_news(sent))
        anchor = "" if news else _recap_anchor(sent, text, pub, fronted=s_i > lead)
        marked = "" if anchor else _commemorated_episode(sent, text, pub)
        if anchor:
            current, reach = f"a recap set in '{anchor}'", (-1 if s_i <= lead else RECAP_PARAGRAPH_REACH)
        elif marked:  # (the sentence tells the occasion; the ones after it in its paragraph tell the episode)
            frames[s_i] = ""
            current, reach = f"a recap of '{marked}'", RECAP_PARAGRAPH_REACH
            continue
        elif news or not reach or _tense_of_telling(sent.root) != "past":
            current, reach = "", 0
        else:
            reach -= reach > 0
        frames[s_i] = current
    return frames


NEWS_BACK_POINTERS = word_set("news_back_pointers")


def _points_back_to_news(sent: "Span") -> bool:
    """A sentence after a recap that answers the news act with "over/after the X" ("In September 2022, fighting
    killed about 100 people. ... Bishkek also summoned the Tajik ambassador over the shooting"): back in the news,
    the recap ends there."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("over", "after", "following")
               and t.lemma_.lower() in NEWS_BACK_POINTERS
               and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
               and not any(c.dep_ in ("amod", "compound", "nummod", "prep") and c.lemma_.lower() not in ("latest", "new")
                           for c in t.children)
               for t in sent)


RECAP_PARAGRAPH_REACH = 99  # a recap told inside the news goes on to the end of its paragraph (reset there)
RECALLED_EPISODE_NOUNS = word_set("recalled_episode_nouns")
COMMEMORATING_WORDS = word_set("commemorating_words")


def _commemorated_episode(sent: "Span", text: str, pub: dt.date) -> str:
    """A sentence that tells the occasion of remembering an episode dated years back ("The date also commemorates the
    events of December 1986, when students took to the streets", "Kazakhstan this week marks four years since the
    January 2022 unrest"): the undated past sentences after it in its paragraph retell that episode ("The
    demonstrations were dispersed by troops"). Returns the date words, or ""."""
    if _episode_began(sent, text, pub):
        return _episode_began(sent, text, pub)
    if not any(t.lemma_.lower() in COMMEMORATING_WORDS for t in sent):
        return ""
    for d in find_dates(text, pub):
        if not d.historical or d.bound or d.start is None or d.date is None:
            continue
        before, after = text[:d.start].lower().rstrip(), text[d.start + len(d.date_text):].lower()
        named_before = re.search(r"\b(\w+)(?:\s+(?:of|in))?$", before)
        named_after = re.match(r"\s*(?:[\w-]+\s+){0,2}?([\w-]+)\b", after)
        if (named_before and named_before.group(1) in RECALLED_EPISODE_NOUNS) \
                or (named_after and named_after.group(1) in RECALLED_EPISODE_NOUNS) \
                or d.date_text.split()[-1].lower() in RECALLED_EPISODE_NOUNS:
            return d.date_text
    return ""


EPISODE_START_VERBS = word_set("episode_start_verbs")


def _episode_began(sent: "Span", text: str, pub: dt.date) -> str:
    """A sentence telling when an episode began years back ("The war began on the night of August 7, 2008"): the
    undated past sentences after it in its paragraph retell that episode ("Georgian rocket launchers shelled the city
    for hours"). Returns the date words, or ""."""
    root = sent.root
    if root.lemma_.lower() not in EPISODE_START_VERBS or root.tag_ != "VBD" \
            or not any(x.lemma_.lower() in EPISODE_NOUNS for x in subjects(root)):
        return ""
    old = [d for d in find_dates(text, pub) if d.historical and not d.bound and d.date is not None]
    return old[0].date_text if old and not any(not d.historical for d in find_dates(text, pub)) else ""


def _told_by_named_source(sent: "Span", index: MentionIndex) -> bool:
    """A sentence whose main verb is a named source's past telling of an act it reports ("Kyrgyz border guards
    detained two Tajik citizens who crossed the line near Batken, the Kyrgyz border service said"): a report of the
    news period, not the story's recap of years back (not "..., witnesses said at the time", "rights groups say", nor
    what the source says "had" happened)."""
    root = sent.root
    if root.lemma_.lower() not in SPEAKER_VERBS or root.tag_ != "VBD" or BACK_THEN.search(sent.text):
        return False
    told = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
    if not told or any(a.dep_ == "aux" and a.lower_ == "had" for c in told for a in c.children):
        return False
    return any(index.at(t) is not None for s in subjects(root) for t in s.subtree)


def _told_in_recap(date: DateResolution) -> bool:
    """An act of a recap sentence told with no time of the news period: undated, dated years back, or by the night
    of the story told ("stormed the city prison overnight")."""
    return not date.date_text or date.historical or date.date_text.lower() == "overnight"


def _death_toll(sent: "Span") -> "Token | None":
    """The counted dead a sentence opens on ("At least 21 people were killed when security forces dispersed the
    crowds", "238 people died"): the main verb, or None."""
    root = sent.root
    if root.lemma_.lower() not in ("kill", "die") or root.tag_ not in ("VBD", "VBN"):
        return None
    counted = any(s.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "nummod" or c.like_num for c in s.subtree)
                  for s in root.children)
    return root if counted else None


def _toll_of_past_episode(sent: "Span", previous: "Span", text: str, pub: dt.date | None,
                          drafts: Sequence[_Draft], s_i: int) -> str:
    """An undated death toll right after a sentence that names an episode of violence or unrest years back ("...
    serving 16 years over the 2022 protests in Nukus. At least 21 people were killed when security forces dispersed
    the crowds", "... for ordering troops to fire on civilians in January 2022. At least 238 people were killed when
    protests ... turned into riots"), in a story that has told no violence of its own days: the toll of that episode.
    Returns why, or ""."""
    if pub is None or _death_toll(sent) is None or find_dates(text, pub):
        return ""
    if any(d.sent_index < s_i and d.verdict == "coded" and d.event in VIOLENT_TYPES for d in drafts):
        return ""
    violent = {d.hit.token_i for d in drafts if d.sent_index == s_i - 1 and d.event in VIOLENT_TYPES}
    for d in find_dates(previous.text, pub):
        if not d.historical or d.bound or d.start is None or d.date_text.lower().startswith("since"):
            continue
        words = [t for t in previous if d.start <= t.idx - previous.start_char < (d.end or d.start)]
        named = [t for t in words if t.pos_ not in ("ADP", "DET")]
        holder = _adjunct_of(named[0]) if named else None
        if any(t.lemma_.lower() in EPISODE_NOUNS for t in words) or (holder is not None and (
                holder.i in violent or holder.lemma_.lower() in EPISODE_NOUNS)):
            return f"the toll of an episode dated '{d.date_text}'"
    return ""


MEDIA_SOURCES = word_set("media_sources")
CORRECTING_WORDS = word_set("correcting_words")
REPORT_NOUNS = word_set("report_nouns")
MEDIA_TELLING_VERBS = word_set("media_telling_verbs")
DENIAL_NOT_THE_CASE = re.compile(r"\bnot\s+(?:the\s+case|true|so)\b|\bnever\s+happened\b"
                                 r"|\bno\s+such\s+\w+\s+(?:had|has|have|was|were)\b|\bnothing\s+of\s+the\s+(?:kind|sort)\b", re.I)
FIRST_TELLING_ADVERBS = word_set("first_telling_adverbs")
WITHDRAWN_STATEMENT_NOUNS = word_set("withdrawn_statement_nouns")
CONFIRMING_LEMMAS = word_set("confirming_lemmas")
DISMISSING_LEMMAS = word_set("dismissing_lemmas")


def _media_telling(tok: "Token") -> "Token | None":
    """The verb by which news outlets tell an act ("Several Turkish news websites reported on Wednesday that a
    gendarmerie patrol had come under fire", "Iranian state media had initially blamed the interruption on ..."):
    the act has no other source; or by which any source first told it ("Kyrgyz officials initially said Tajik guards
    had shot dead a shepherd"): a first account that may be withdrawn. None when the act is not told so."""
    cur = clause_verb(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    for _ in range(5):
        if cur.lemma_.lower() in MEDIA_TELLING_VERBS and (any(
                g.lemma_.lower() in MEDIA_SOURCES or g.lower_ in MEDIA_SOURCES for s in subjects(cur) for g in s.subtree)
                or any(c.dep_ == "advmod" and c.lower_ in FIRST_TELLING_ADVERBS for c in cur.children)):
            return cur
        if cur.dep_ not in ("ccomp", "conj", "xcomp", "advcl", "pcomp", "prep", "pobj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _correction_of(words: Sequence["Token"]) -> "Token | None":
    """The word that corrects, withdraws or denies a report told before ("The report was later withdrawn", "The
    Defence Ministry corrected those reports", "said that report was wrong", "Umerov denied that", "the gas company
    later said that was not the case", "said no such decision had been taken", "later retracted the statement"): it
    must name the report or point back to it; a report named with a content of its own ("said reports that the
    activists were beaten were false") corrects that content, not the act told before, and a confirmation ("confirmed
    the report and said Baku's claims were false") keeps it. None if there is none."""
    if any(t.lemma_.lower() in CONFIRMING_LEMMAS and not any(c.dep_ == "neg" for c in t.children) for t in words):
        return None
    text = " ".join(t.text for t in words)
    named = any(t.lemma_.lower() in REPORT_NOUNS and not _report_content(t) for t in words)
    for t in words:
        if t.lemma_.lower() in DISMISSING_LEMMAS and any(c.dep_ == "dobj" and c.lower_ in ("that", "this", "it")
                                                         for c in t.children):
            return t  # "dismissed this as a fabrication"
        if t.lemma_.lower() in CORRECTING_WORDS or t.lower_ in CORRECTING_WORDS:
            pointed = any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and (c.lower_ in ("that", "this", "it", "those") or (
                t.pos_ == "VERB" and c.lemma_.lower() in WITHDRAWN_STATEMENT_NOUNS)) for c in t.children)
            if named or pointed:
                return t
    if DENIAL_NOT_THE_CASE.search(text):
        return next((t for t in words if t.lower_ in ("not", "never")), words[0])
    return None


def _report_content(noun: "Token") -> "Token | None":
    """The clause that tells what a report or claim says ("reports that the activists were beaten", "Baku's claims
    that Armenian units fired first"): its verb, or None."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _content_called_false(tok: "Token") -> str:
    """An act told only as what a report or claim says, which the sentence calls false or denies ("The Interior
    Ministry said reports that the activists were beaten in custody were false", "denied claims that its troops had
    shelled the village"): no act. Returns the correcting word, or ""."""
    cur = clause_verb(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    for _ in range(3):
        noun = cur.head
        if cur.dep_ in ("acl", "ccomp", "relcl") and noun.lemma_.lower() in REPORT_NOUNS \
                and (content := _report_content(noun)) is not None and content.i == cur.i:
            holder = noun.head
            if noun.dep_ in ("dobj", "nsubjpass") and holder.lemma_.lower() in CORRECTING_WORDS:
                return holder.text  # "denied reports that ..."
            if noun.dep_ in ("nsubj", "ccomp", "ROOT"):  # (the parser may take "reports" for a verb: its own complement)
                said = [holder] if noun.dep_ == "nsubj" else [c for c in noun.children if c.dep_ in ("ccomp", "conj")]
                word = next((c for h in said for c in h.children if c.dep_ in ("acomp", "attr") and (
                    c.lemma_.lower() in CORRECTING_WORDS or c.lower_ in CORRECTING_WORDS)), None)
                if word is not None:
                    return word.text  # "reports that ... were false"
            return ""
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return ""
        cur = cur.head
    return ""


def _drop_corrected_reports(drafts: Sequence[_Draft], sentences: Sequence["Span"]) -> None:
    """Acts only the media told, which the next sentence or two (or the rest of the sentence after a semicolon)
    correct, withdraw or deny ("An Iranian news agency reported that Baku had also recalled its ambassador. The report
    was later withdrawn"), are not coded; nor is the withdrawing of the report itself."""
    for d in drafts:
        if d.verdict != "coded":
            continue
        tok = d.sent.doc[d.hit.token_i]
        if tok.lemma_.lower() in CORRECTING_WORDS and any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in REPORT_NOUNS for c in tok.children):
            d.verdict = f"not coded: background (a report '{tok.text}', no act of a party)"
            continue
        if (false := _content_called_false(tok)):
            d.verdict = f"not coded: background (what a report says, called '{false}')"
            continue
        telling = _media_telling(tok)
        if telling is None:
            continue
        rest = [t for t in d.sent if t.i > telling.i and any(s.text == ";" for s in d.sent.doc[telling.i:t.i])]
        for words in [rest] + [list(s) for s in sentences[d.sent_index + 1:d.sent_index + 3]]:
            fix = _correction_of(words) if words else None
            if fix is not None:
                d.verdict = f"not coded: background (a media report corrected after: '{fix.text}')"
                break


def _lead_index(sentences: Sequence["Span"]) -> int:
    """The story's lead: its first full sentence (a headline or a dateline line has no full stop)."""
    return next((i for i, s in enumerate(sentences) if len(s) >= 6 and nlp.span_text(s).rstrip()[-1:] in LEAD_ENDINGS), 0)


LEAD_ENDINGS = set(".!?\"”'’")
EPISODE_DAY = "the day of the act told before"  # the reason of a date taken from the act told before
LEAD_DAY_REACH = 7  # an undated past act after the lead takes the day of the act told before when it is this recent
STALE_DAYS = 28  # a later sentence's act dated this long before the report is background ("were detained last November")
RECAP_DAYS = 6  # a later sentence opening on a time this far back recalls an earlier development


def _told_in_past(verb: "Token", status: str) -> bool:
    """The act is told as done in the past ("signed", "had agreed", "was ready"), or as words of a past telling: a
    present-tense quote or a participle under a past reporting verb ("'We welcome ...,' Cassis told reporters",
    "..., warning that ..."), a promise told in the past ("announced that their forces would hold drills")."""
    if status not in ("asserted", "future"):
        return False
    cur = verb
    for _ in range(4):
        if status == "asserted" and (cur.tag_ in ("VBD", "VBN") or any(
                c.dep_ in ("aux", "auxpass", "cop") and c.tag_ == "VBD" for c in cur.children)):
            return True
        if cur.tag_ in ("VBZ", "VBP") and not (cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SPEAKER_VERBS):
            return False  # ("Russia supports the plan", "Lavrov says")
        if cur.dep_ not in ("ccomp", "xcomp", "advcl", "acomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        status = "asserted"
    return False


def _episode_act(draft: _Draft, drafts: Sequence[_Draft], lead: int, s_i: int, pub: dt.date,
                 index: MentionIndex) -> _Draft | None:
    """The dated act told before whose day an undated past act after the lead takes: the act told last, when recent
    ("Police detained 40 people on Saturday ... The demonstrators were dispersed"); for a speech act by another side
    than that act's, the last recent act of its own side or the last meeting it took part in ("The ministers met in
    Geneva on Wednesday for talks hosted by Switzerland ... 'We welcome ...,' Cassis told reporters"), and none when
    there is neither (another side's reaction is of the day of the report)."""
    verbal = draft.event in VERBAL_TYPES - {"CONSULT"}
    same_day = _said_same_day(draft.sent)
    last = True
    for d in reversed(drafts):
        if not (lead <= d.sent_index < s_i and d.verdict == "coded" and d.date is not None and d.date.date
                and (d.date.date_text or d.date.reason.startswith((EPISODE_DAY, OCCASION_DAY)))):
            continue
        if (same_day and d.date.told) or (d.date.date_text and not d.date.exact_day):
            continue  # ("..., the ministry said in a statement on Wednesday. ... arrested three couriers the same day":
            # the day of the act told before, not of the statement; nor a time that fixes no day: "ruled at the weekend")
        recent = dt.timedelta(0) < pub - d.date.date <= dt.timedelta(days=LEAD_DAY_REACH)
        if last and (not verbal or same_day or _same_side(draft.actors, d.actors)):  # ("... shelled Armenian positions
            # on Monday. The same day, Armenia's foreign ministry accused Baku": the day named, whoever speaks)
            return d if recent else None
        last = False
        if recent and ((d.event in VERBAL_TYPES and _same_side(draft.actors, d.actors)) or _took_part(draft, d, index)):
            return d  # (its own side's statement, not its own side's deeds: "Iran and the Taliban exchanged fire on
            # Saturday ... Iran called the incident unacceptable on Monday ... The Taliban dismissed the claims")
    return None


SAME_DAY = re.compile(r"\b(?:the\s+same|that\s+same|that)\s+day\b", re.IGNORECASE)


def _said_same_day(sent: "Span") -> bool:
    """A sentence that tells its act as of "the same day" ("Kazakh police arrested three couriers in Almaty the same
    day"): the day of the act told before it, never of a statement."""
    return SAME_DAY.search(sent.text) is not None


def _took_part(draft: _Draft, meeting: _Draft, index: MentionIndex) -> bool:
    """The act's actor took part in a meeting or call told before: a party to it, named in its sentence ("talks
    hosted by Switzerland"), a state at a bloc's meeting ("Leaders of the Eurasian Economic Union met ...
    Lukashenko backed the proposal"), or no actor found ("They also signed a protocol")."""
    if meeting.event != "CONSULT" and not _told_at_meeting(meeting):
        return False
    actors = set(_codes(draft.actors))
    if not actors:
        return True
    parties = set(_codes(meeting.actors)) | set(_codes(meeting.recipients))
    named = {m.entity.code for m in index.in_sentence(meeting.sent.start, meeting.sent.end) if m.entity.code}
    return bool(actors & (parties | named)) or (meeting.event == "CONSULT" and "IGO" in parties)


def _told_at_meeting(d: _Draft) -> bool:
    """An act dated by a meeting or call it was told at: "thanked Erdogan in a telephone call on Monday"."""
    if d.date is None or d.date.start is None:
        return False
    tok = _token_at(d.sent, d.date.start + d.sent.start_char)
    if tok is None:
        return False
    holder = _adjunct_of(tok)
    return holder.lemma_.lower() in CONVERSATION_NOUNS


def _undated_pluperfect(verb: "Token") -> bool:
    """"The gunman had confessed to carrying out the attack": an active past perfect that no reporting verb governs
    tells what came before the story's news (not "the army said its jets had destroyed the camp")."""
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) or is_passive(verb):
        return False  # (a passive may tell the news itself: "most of those on board had been detained in Moscow")
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEAKER_VERBS | {"claim", "tell", "confirm"}
    return not reported and not _report_after_time_phrase(verb)


def _recap(date: DateResolution, sent: "Span", after_lead: bool, head: "Token", clause: Sequence["Token"],
           pub: dt.date | None) -> str:
    """Why a dated mention recalls an earlier development ("" if it does not): a later sentence that opens on an
    earlier time ("Last week, a missile attack killed 21", "Earlier this month, ...", "In February, ..."), or a
    month of the year gone by without a year, in a later sentence or in a describing clause ("Derbent, where gunmen
    attacked a synagogue in June")."""
    if pub is None or date.date is None or date.start is None or not date.date_text \
            or _historical_place(date.start + sent.start_char, head, clause, sent) != "event":
        return ""  # the time phrase must date this act ("the treaty signed in March": not the meeting)
    end = date.enddate or date.date
    ongoing = date.date_text.lower().startswith("since ") and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)  # "since April, protesters have marched"
    if date.reason == "month" and date.date_text.lower().startswith(("in ", "during ", "since ")) and not ongoing \
            and not any(ch.isdigit() for ch in date.date_text) and end < pub.replace(day=1) \
            and (after_lead or head.dep_ in ("relcl", "acl")):
        return f"a month gone by ('{date.date_text}')"
    opens = not nlp.span_text(sent)[:date.start].strip(" \"“‘'")
    if after_lead and opens and date.date <= pub - dt.timedelta(days=RECAP_DAYS) \
            and date.reason != "the week before publication":  # ("Last week a court in Taraz sentenced a Kyrgyz man":
        # an act of the news period that fixes no day, coded without one)
        return f"a recap opening on '{date.date_text}'"
    if after_lead and end <= pub - dt.timedelta(days=STALE_DAYS):
        return f"told after the lead and dated weeks before the report ('{date.date_text}')"  # "were detained last November"
    return ""


def _historical_place(char: int, head: "Token", clause: Sequence["Token"], sent: "Span") -> str:
    """Where an earlier-dated phrase sits relative to an event: "event" when it dates the event (in its
    own clause, or in a phrase the event's clause hangs from: "a quarrel in 2021 escalated into
    fighting"), "elsewhere" when it sits in another clause ("discussed the border, where smuggling has
    fallen since 2022") or, inside the event's clause, under a verb of its own or on what the act is
    about ("apologised for the downing of a jet in November"), "" when it cannot be placed."""
    date_tok = _token_at(sent, char)
    if date_tok is None:
        return ""
    if any(t.i == date_tok.i for t in clause):
        return "elsewhere" if _dates_a_verb_below(date_tok, head) or _dates_what_it_is_about(date_tok, head) else "event"
    head_line = {head.i} | {a.i for a in head.ancestors}
    cur = date_tok
    crossed = False
    when_clause = False
    while cur.i not in head_line:
        if _when_clause_on(cur, head):
            when_clause = True
        elif cur.dep_ in NESTED or cur.head.i == cur.i:
            crossed = True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if when_clause and not crossed:
        return "event"
    if cur.i == head.i or crossed:
        return "elsewhere"
    return "event"


INTERVAL_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}


def _counted_on_since(date: DateResolution, sent: "Span", pub: dt.date | None) -> bool:
    """A time years back that a counted interval carries into the news period ("Five years after the 2020 war,
    Armenia and Azerbaijan signed a peace deal"): the act is that much later, not of that time (unlike "two weeks
    after the 2008 war ended")."""
    tok = _token_at(sent, date.start + sent.start_char) if date.start is not None and date.date else None
    if tok is None or pub is None:
        return False
    for cur in (tok, *list(tok.ancestors)[:4]):
        after = cur if cur.lower_ == "after" else next(
            (c for c in cur.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if after is None:
            continue
        span = next((c for c in (*after.children, *cur.children) if c.dep_ == "npadvmod"
                     and c.lemma_.lower() in INTERVAL_DAYS), None)
        if span is None:
            return False
        count = next((count_of(c.text) for c in span.children if c.dep_ == "nummod"), 1)
        later = (date.enddate or date.date) + dt.timedelta(days=count * INTERVAL_DAYS[span.lemma_.lower()])
        return later >= pub - dt.timedelta(days=HISTORICAL_DAYS)
    return False


def _when_clause_on(clause: "Token", head: "Token") -> bool:
    """A "when/while ..." clause on the event's verb: its time is the event's ("When the Taliban came in 1996, they
    beat my father"), and so is a counted "<interval> after ..." clause's ("recognised South Ossetia two weeks after
    the 2008 war ended")."""
    if clause.dep_ != "advcl" or clause.head.i != head.i:
        return False
    after = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "while") for c in clause.children) or (
        after is not None and any(c.dep_ == "npadvmod" and c.lemma_.lower() in INTERVAL_NOUNS
                                  for c in (*clause.children, *after.children)))


# prepositions whose object is what the act is about, not when it happened: "apologised for the downing
# in November", "protested over the arrests last year"
CAUSE_PREPS = {"for", "over", "about", "against"}


def _token_at(sent: "Span", char: int) -> "Token | None":
    """The token at (or first after) a character offset of the document."""
    return next((t for t in sent if t.idx <= char < t.idx + len(t.text) or t.idx >= char), None)


def _heads_below(tok: "Token", stop: "Token", limit: int = 10) -> list["Token"]:
    """The heads above `tok`, nearest first, up to (not including) `stop` or the root."""
    out: list["Token"] = []
    cur = tok.head
    while len(out) < limit and cur.i != stop.i and cur.head.i != cur.i:
        out.append(cur)
        cur = cur.head
    return out


def _dates_a_verb_below(date_tok: "Token", head: "Token") -> bool:
    """A date phrase hanging from a verb of its own below the event's head ("sentenced ... for attempting
    to seize power during the January 2022 unrest") dates that verb, not the event."""
    return any(t.pos_ in ("VERB", "AUX") and not _phase_complement(t, head) for t in _heads_below(date_tok, head))


PHASE_VERBS = word_set("phase_verbs")


def _phase_complement(verb: "Token", head: "Token") -> bool:
    """A gerund that a verb of starting or stopping takes as what starts or stops ("stopped processing payments to
    Russian banks in 2024", "began shelling the town in 2014"): the time on it dates the stopping or starting too."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.i == head.i and head.lemma_.lower() in PHASE_VERBS


def _dates_what_it_is_about(date_tok: "Token", head: "Token") -> bool:
    """A date phrase on the noun the act is about ("apologised for the downing of a jet in November")."""
    for t in _heads_below(date_tok, head):
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ in CAUSE_PREPS:
            return True
    return False


BACK_REFERENCE_DETS = word_set("back_reference_dets")
TIME_NOUNS = word_set("time_nouns")
NATURAL_FORCES = word_set("natural_forces")
PARTNER_CUES = word_set("partner_cues")
ALLIANCE_CUES = word_set("alliance_cues")
ARMED_SIDE_NOUNS = word_set("armed_side_nouns")
WHOLE_CONFLICTS = word_set("whole_conflicts")
LAW_NOUNS = word_set("law_nouns")


HABITUAL_ADVERBS = word_set("habitual_adverbs")
HABIT_CLAUSE_WORDS = frozenset({"every", "each", "years"})  # the words of `_habitual`'s clause cues (or the lemma year, decade)
PRESENT_TAGS = {"VBZ", "VBP"}


def _habitual(verb: "Token") -> str:
    """A repeated, not a single, act: "holds exercises almost every year", "are detained each year",
    "regularly meets", "occur dozens of times a year" (present tense). Returns the cue or ""."""
    table = nlp.token_table(verb.doc)
    clause = _clause_tokens(verb)
    if not any(table.lower[c.i] in HABIT_CLAUSE_WORDS or table.lemma[c.i] in ("year", "decade") for c in clause):
        clause = []  # (none of the words the clause cues below need)
    for c in clause:
        if c.lower_ in ("every", "each") and c.dep_ in ("det", "nummod", "amod") and c.head.lemma_.lower() in TIME_NOUNS:
            return f"{c.text} {c.head.text}"
        if c.dep_ == "pobj" and c.head.lower_ == "for" and c.head.head.i == verb.i and c.tag_ == "NNS" \
                and c.lemma_.lower() in ("year", "decade") and not any(g.dep_ == "nummod" for g in c.children):
            return f"for {c.text}"  # "for years we heard shooting" (not "jailed for five years")
        if (span := _perfect_for_years(verb, c)):
            return span  # "has been discussed for more than a decade"
        if c.dep_ == "pobj" and c.head.lower_ == "over" and c.lower_ == "years" \
                and [d.lower_ for d in c.children] == ["the"]:  # (not "over the next five years")
            return "over the years"  # "have accused each other many times over the years"
    if (span := _recent_seasons(verb)):
        return span
    if (span := _long_held_perfect(verb)):
        return span
    if _present_tense(verb) or _perfect_since(verb):
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
                return c.text
        rate = RATE_PHRASE.search(verb.doc[verb.left_edge.i:verb.right_edge.i + 1].text)
        if rate is not None:  # "such detentions occur dozens of times a year"
            return rate.group(0)
    return ""


LONG_SPAN_QUANTIFIERS = {"more", "over", "nearly", "almost", "decades"}


def _generic_present_quoted(verb: "Token") -> str:
    """A deed a speaker tells of their own side in the simple present inside a quotation, with no time of its own
    ('"We arrest the couriers, but the organisers sit abroad," a police officer said'): what they do as a rule, no
    act of the news period (not the progressive or a day: '"We are detaining them now"'). Returns the doers' word,
    or ""."""
    if verb.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) or not _in_quotation(verb):
        return ""
    doers = [s for s in verb.children if s.dep_ == "nsubj" and s.lower_ in ("we", "they", "i")]
    if not doers or any(t.lower_ in NEWS_PERIOD_WORDS or t.lower_ in ("today", "tonight", "yesterday")
                        or t.lower_ in WEEKDAYS for t in verb.subtree):
        return ""
    return doers[0].text


def _long_held_perfect(verb: "Token") -> str:
    """A present perfect told as going on for long, with no day of its own ("Rights groups have long criticised the
    slow pace of investigations", "campaigners have for years condemned the use of torture"; "for years" may hang
    from the auxiliary): a standing stance, not an act of the news period. Returns the cue, or ""."""
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS]
    if not aux or _dated_to_a_day(verb):
        return ""
    if any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children):
        return "long"
    for holder in (verb, *aux):
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ == "for" and p.i < verb.i:
                span = next((o for o in p.children if o.dep_ == "pobj" and o.lower_ in ("years", "decades")
                             and not any(g.dep_ == "nummod" for g in o.children)), None)
                if span is not None:
                    return f"for {span.text}"
    return ""


def _perfect_for_years(verb: "Token", obj: "Token") -> str:
    """A present perfect right before a long span it has lasted ("has been discussed for more than a decade", "have
    been debated for over a year"): a standing topic, not an act. Returns the span, or ""."""
    if not (obj.dep_ == "pobj" and obj.head.lower_ == "for" and obj.head.head.i == verb.i
            and obj.lemma_.lower() in ("year", "decade")):
        return ""
    if not all(w.pos_ == "ADV" for w in verb.doc[verb.i + 1:obj.head.i]) \
            or not any(g.lower_ in LONG_SPAN_QUANTIFIERS for g in obj.subtree) \
            or not any(a.dep_ == "aux" and a.lemma_.lower() == "have" and a.tag_ in PRESENT_TAGS for a in verb.children):
        return ""
    return "for " + " ".join(t.text for t in obj.subtree)


STATE_KEEPING_VERBS = word_set("state_keeping_verbs")
MAP_LINES = word_set("meeting_lines")


def _settled_line(verb: "Token") -> str:
    """A border or line told as agreed, in a passive with no day of its own ("The line was agreed by both sides,"
    Tashiev told reporters; "The border was agreed long ago and is not up for discussion"): how the line stands,
    not a new agreement (not "the border section was agreed on Tuesday"). Returns the line's word, or ""."""
    if not is_passive(verb) or any(t.ent_type_ in ("DATE", "TIME") for t in _clause_tokens(verb)):
        return ""
    line = next((s for s in passive_subjects(verb) if s.lemma_.lower() in MAP_LINES and not any(
        c.dep_ in ("compound", "amod", "nmod") for c in s.children)), None)
    return line.text if line is not None else ""


def _standing_state(tok: "Token", event: str) -> str:
    """A participle kept as a state ("where about 1,500 Russian troops remain stationed", "the two men remain detained",
    "the crossing stays closed") or, for a deployment, a present passive ("Russian troops are stationed in the
    region"): what holds, not an act. Returns the verb that keeps the state, or ""."""
    if tok.tag_ != "VBN":
        return ""
    if tok.dep_ in ("acomp", "xcomp", "oprd") and tok.head.lemma_.lower() in STATE_KEEPING_VERBS \
            and tok.head.tag_ in PRESENT_TAGS | {"VB"}:
        return tok.head.text
    if event == "MOBILIZE" and is_passive(tok) and any(
            c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in tok.children) and not any(
            c.dep_ == "aux" for c in tok.children):
        return next(c.text for c in tok.children if c.dep_ == "auxpass")
    return ""


RECURRING_SPANS = word_set("recurring_spans")  # (not "the past two weeks")


def _recent_seasons(verb: "Token") -> str:
    """A plural span of recent times over which the act recurred ("has faced gas shortages in recent winters, forcing
    it to cut exports", "in recent years"), on the verb or on the clause a participle with its infinitive hangs
    from. Returns the phrase, or ""."""
    holders = [verb]
    if verb.dep_ == "xcomp" and verb.head.tag_ == "VBG" and verb.head.dep_ == "advcl":
        holders += [verb.head, verb.head.head]  # "..., forcing it to cut exports"
    for h in holders:
        for o in prep_objects(h, ("in", "over", "during")):
            if o.tag_ == "NNS" and o.lemma_.lower() in RECURRING_SPANS and any(
                    c.dep_ == "amod" and c.lower_ in ("recent", "past", "previous") for c in o.children):
                return " ".join(t.text for t in o.subtree)
    return ""


def _perfect_since(verb: "Token") -> bool:
    """A present perfect spanning a time since something ("have repeatedly struck civilian targets since Ukrainian troops
    retook the city in November 2022", "has repeatedly shelled Nikopol since 2022"): a habit over that time."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS for c in verb.children) and any(
        (c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in c.children)) for c in verb.children)


RATE_PHRASE = re.compile(r"\btimes\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|decade)\b", re.IGNORECASE)


def _present_tense(verb: "Token") -> bool:
    """"holds", "are detained", "does not meet": the verb or its "be"/"do" auxiliary is in the present tense."""
    return verb.tag_ in PRESENT_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS and c.lemma_.lower() in ("be", "do") for c in verb.children)


STANDING_RULE_NOUNS = word_set("standing_rule_nouns")


def _under_standing_rule(verb: "Token") -> str:
    """A present-tense act done under a standing rule ("Under a policy dating back to the 1990s, defectors are given
    citizenship"): what the rule provides, not a new act. Returns the rule's noun or ""."""
    if not _present_tense(verb) or verb.tag_ == "VBG":  # (not "Under the new law, Britain is freezing the assets")
        return ""
    return next((o.text for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                 for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in STANDING_RULE_NOUNS), "")


TALLY_NOUNS = {"toll", "total", "tally", "count"}
# verbs that count victims ("have been killed", "have been wounded"); "have captured six towns since ..."
# or "have shelled the positions so far" tell of acts, not of a head count
CASUALTY_LEMMAS = word_set("casualty_lemmas")
# acts also counted over a period: "have seized 3 tonnes since January", "have arrested 800 so far this year"
TALLIED_LEMMAS = CASUALTY_LEMMAS | word_set("tallied_lemmas")


def _running_tally(verb: "Token") -> str:
    """An aggregate count of victims, arrests or seizures, not one incident: a perfect-tense verb summed
    over time ("have been killed so far", "have seized 3 tonnes since the start of the year", "in total",
    "to date"), or a count whose subject is a toll or a total ("a total of 45 people have died"). Returns
    the cue or ""."""
    shares_head = verb.dep_ == "conj" and not is_finite(verb) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    holders = [verb] + ([verb.head] if shares_head else [])  # "have been detained or injured since ..."
    if verb.lemma_.lower() not in TALLIED_LEMMAS or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for h in holders for c in h.children):
        return ""
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "advmod" and c.lower_ == "far" and (any(g.lower_ == "so" for g in c.children)
                                                         or (c.i > 0 and c.doc[c.i - 1].lower_ == "so")):
            return "so far"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return "since ..."
        if c.dep_ == "advmod" and c.lower_ in ("altogether", "overall", "cumulatively"):
            return c.text
        if c.dep_ == "prep" and c.lower_ == "since":
            return "since ..."
        if c.dep_ == "dobj" and _trailing_since(c):
            return "since ..."  # the parser hangs the span inside the object: "have detained 30 people suspected of
            # sabotage since 2023", "dozens of people suspected of spying on Russia's behalf since 2023"
        if c.dep_ == "prep" and c.lower_ in ("in", "to") and any(
                p.dep_ == "pobj" and p.lower_ in ("total", "all", "date") for p in c.children):
            return f"{c.text} {next(p.text for p in c.children if p.dep_ == 'pobj')}"
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in TALLY_NOUNS or any(
                g.lower_ in TALLY_NOUNS for g in c.subtree if g.i < c.i)):
            return next(g.text for g in c.subtree if g.lower_ in TALLY_NOUNS)
    return ""


def _trailing_since(obj: "Token") -> bool:
    """A "since" phrase that ends the object's phrase, where the parser hung the verb's span of time on a word inside
    it ("have detained 30 people suspected of sabotage since 2023"); not one inside a clause of its own ("people who
    have lived there since 2023")."""
    end = max((t.i for t in obj.subtree if not t.is_punct), default=obj.i)
    for t in obj.subtree:
        if t.dep_ == "prep" and t.lower_ == "since" and max(w.i for w in t.subtree) == end:
            path = [a for a in t.ancestors if a.i != obj.i and obj.i in {x.i for x in a.ancestors}]
            return not any(a.dep_ in ("relcl", "ccomp", "advcl") for a in path)
    return False


TIME_FRAME_PREPS = {"during", "after", "since", "following", "amid", "before", "until"}


SIDE_TAKING_VERBS = word_set("side_taking_verbs")


def _status_clause(verb: "Token") -> bool:
    """"fighting in Syria", "fighting to topple the government": a side taken somewhere or for an aim."""
    return any(c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "alongside", "with") and any(o.ent_type_ in ("GPE", "NORP", "LOC") for o in c.children)
        for c in verb.children)


STANCE_TYPES = {"ACCUSE", "SUPPORT", "REJECT"}
COMMENTED_NOUNS = word_set("commented_nouns")


def _background(tok: "Token", hit: TriggerHit, event_nouns: dict[int, str], pub_year: int | None = None,
                triggers: frozenset[int] = frozenset()) -> str:
    """Why a mention restates or recalls an event rather than reporting a new one ("" if it does not):
    a relative clause on an event noun of the same type ("clashes that killed 14"), a clause hanging
    from "since" ("since September, when fighting killed three"), or an event noun pointed back to
    ("that fighting", "last month's clashes")."""
    if not hit.nominal and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) \
            and not (tok.tag_ == "VBD" and tok.head.tag_ in ("VBP", "VBZ")):  # (a past verb shares no present clause:
        # 'will not protect anyone, whatever party they belong to" and promised to publish': the speaker's own act)
        shared = _background(tok.head, hit, event_nouns, pub_year, triggers)  # "an attack which killed nine and injured 44"
        if shared:
            return shared
    if (document := _document_topic(tok)):
        return f"what the '{document}' is on"  # "signed a joint declaration on deepening allied relations"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in AGREEMENT_NOUNS \
            and hit.rule.event not in VERBAL_TYPES:  # (not "a resolution criticizing Nicaragua": its sponsors' words)
        return f"terms of the '{tok.head.text}'"  # "a border deal handing a water reservoir to Uzbekistan"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in SIDE_TAKING_VERBS and not hit.nominal \
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i \
            and not any(t.is_punct for t in tok.doc[tok.head.i:tok.i]) and _status_clause(tok):
        # "arrested a Kazakh citizen fighting in Syria", "rebels fighting to topple his government": what someone is
        # (not "footage of police attacking protesters", "clans fighting for control of the town")
        return f"participle describing '{tok.head.text}' (what they were doing)"
    if not hit.nominal and tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.lemma_.lower() in AIMING_LEMMAS \
            and tok.head.i in event_nouns:
        return f"what the '{tok.head.text}' aims at"  # "strikes targeting energy sites" (raids and measures: policy_aimed)
    if tok.dep_ == "relcl" and tok.head.dep_ == "appos" and not hit.nominal and not to_infinitive(tok) and not ranked(tok.head) \
            and not ((hit.rule is CONDEMN_RULE or (hit.rule.event in STANCE_TYPES and tok.head.lemma_.lower() in COMMENTED_NOUNS))
                     and _comment_on_clause(tok)):
        # (", a move his lawyer called persecution", ", a figure Tehran dismissed as 'pure fabrication'", ", an idea that
        # Kyrgyz President Sadyr Japarov backed": the stance of a speaker on what the sentence told)
        return f"relative clause describing the apposition '{tok.head.text}'"  # "Zia, a former premier whose party boycotted"
    acted_on = tok.head if tok.head.dep_ != "conj" else tok.head.head  # "detained politicians and activists who ..."
    if tok.dep_ == "relcl" and acted_on.dep_ in ("dobj", "nsubjpass") and acted_on.head.i in triggers \
            and tok.tag_ in ("VBD", "VBN") and not _told_as_news(tok) and not hit.nominal and hit.rule.event in VERBAL_TYPES \
            and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children) and not _host_spoke_at_meeting(tok):
        # "detained 20 politicians who opposed a border deal": the stance of the people acted on (not "detained a man who
        # attacked a guard": an act of violence is news of its own)
        return f"relative clause describing '{tok.head.text}', whom '{acted_on.head.text}' acts on"
    if tok.dep_ in ("relcl", "acl") and event_nouns.get(tok.head.i) == hit.rule.event and not stranded_participle(tok) \
            and not (tok.dep_ == "relcl" and _crowd_dispersed(tok.head)):
        return f"relative clause on '{tok.head.text}'"  # (not "Israeli air strikes killed 17 people, officials said")
    if tok.dep_ == "relcl" and (tok.head.i in event_nouns or tok.head.lemma_.lower() in EPISODE_NOUNS) \
            and tok.head.dep_ == "pobj" and not _told_as_news(tok) and not _crowd_dispersed(tok.head) \
            and not _report_after_time_phrase(tok):
        # "after the crackdown in which troops killed hundreds", "devastated by the war that killed 2,100": what
        # an episode named in passing did (not "launched an operation that killed 20")
        return f"relative clause describing the episode '{tok.head.text}'"
    # a form the tagger calls past tense counts as a participle only when its noun is the subject of a
    # later verb ("the rebels killed near the river were buried"); otherwise it may be the main verb
    described_subject = tok.tag_ == "VBD" and tok.head.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i > tok.i
    if tok.dep_ == "acl" and (tok.tag_ == "VBN" or described_subject) and tok.head.pos_ in ("NOUN", "PROPN", "PRON") \
            and tok.head.i not in event_nouns and not any(c.dep_ in ("agent", "nsubj") for c in tok.children) \
            and not stranded_participle(tok) and not _sent_home(tok) \
            and not (_orderer(tok) and tok.head.head.i not in triggers):  # ("ordered groups deployed", the order no act)
        # "the 31 people jailed in August", "weapons seized last year": a past participle describing a noun (not
        # "NEW DELHI, Jan 3 - India has asked ...": a clause with its own subject the parser hung on the dateline)
        return f"participle describing '{tok.head.text}'"
    if not hit.nominal and (claim := _claim_ruled_on(tok)):
        return f"participle describing '{claim}', a claim ruled on now and filed before"  # "upholding a lawsuit filed by"
    if hit.nominal and (described := _manner_of_described_act(tok, event_nouns, triggers)):
        return f"how the act of a participle describing '{described}' was done"  # "migrants detained in mass raids"
    if not hit.nominal and (described_noun_text := _participle_of_misparsed_noun(tok)):
        return f"participle describing '{described_noun_text}'"  # "freed a Russian convicted of spying"
    if not hit.nominal and hit.rule.event in VERBAL_TYPES and (posted := _post_content(tok)):
        return f"what a post says ('{posted}'), the offence of someone held"
    if not hit.nominal and (place := _contact_relative_on_state(tok)):
        return f"a past act describing '{place}' in a present state"  # "still live in villages they refused to leave"
    if not hit.nominal and (viewed := _contact_relative_view(tok)):
        return f"a present-tense view describing '{viewed}'"  # "demanding that managers they blame for accidents be dismissed"
    if not hit.nominal and (described_noun := _unclosed_aside_participle(tok)) is not None:
        return f"participle describing '{described_noun.text}'"  # "..., which ended with a declaration reaffirming the
        # principles agreed in Helsinki"
    if not hit.nominal and (victims := _participle_before_noun(tok)):
        return f"participle describing '{victims}'"  # "79 executions of captured or surrendering servicemen"
    if not hit.nominal and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and (
            tok.tag_ == "VBN" or (tok.tag_ == "VBG" and hit.rule.event != "PROTEST")):
        # "executions of captured or surrendering servicemen", "the occupied territories": what the people or places
        # are, not an act (not "protesting farmers", a crowd in action)
        return f"participle describing '{tok.head.text}'"
    if hit.rule.event == "SUPPORT" and not hit.nominal and (
            tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
        # "forces backed by Russian warplanes", "the internationally recognised government"
        return f"participle describing '{tok.head.text}'"
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and tok.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children):
        return f"what '{tok.head.text}' does (present-tense description)"  # "a lawyer who helps Uzbek migrants"
    described = _trait_clause(tok, hit, event_nouns)
    if described:
        return described
    clause = clause_verb(tok) if hit.nominal else tok  # "19 Armenians it had held in detention"
    if clause.dep_ == "relcl" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in clause.children) \
            and clause.head.lemma_.lower() not in TIME_NOUNS | {"time", "occasion"} and not ranked(clause.head) \
            and not _crowd_dispersed(clause.head) and not _report_after_time_phrase(clause):
        # (not "cleared hundreds of demonstrators who had blocked a junction")
        # "the curfew it had imposed", "journalists who had been detained in May": set before the reported act
        return f"past-perfect clause describing '{clause.head.text}'"
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) and any(
            c.dep_ == "advmod" and c.lower_ in RECORD_ADVERBS and not any(g.pos_ == "NOUN" for g in c.children)
            for c in clause.children) and not any(c.dep_ == "npadvmod" and c.pos_ == "NOUN" for c in clause.children):
        # "had been arrested twice before", "has previously been detained": a record, not a new act (not
        # "the night before")
        return "a past record ('" + next(c.text for c in clause.children if c.lower_ in RECORD_ADVERBS) + "')"
    if not hit.nominal and (occasion := _past_occasion(tok)):
        return f"a past record ('{occasion}')"
    if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children) and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        return f"perfect-tense clause describing '{tok.head.text}'"  # "the Gulf, where the UAE has hosted talks"
    if tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) \
            and (tok.head.dep_ == "appos" or (tok.head.i + 1 < len(tok.doc) and tok.doc[tok.head.i + 1].text == ",")):
        # "Armenia, which has frozen its participation, did not take part": an aside on an actor's standing
        return f"perfect-tense aside on '{tok.head.text}'"
    if not hit.nominal and any(c.dep_ in ("nsubj", "nsubjpass", "agent") and (
            c.lemma_.lower() in NATURAL_FORCES or any(g.lemma_.lower() in NATURAL_FORCES for g in c.children if g.dep_ == "pobj"))
            for c in tok.children):
        return "caused by a natural force"
    if not hit.nominal and hit.rule.event in ("ASSAULT", "COERCE") and any(
            c.lemma_.lower() in WHOLE_CONFLICTS for c in subjects(tok)) and not _dated_to_a_day(tok):
        return "the toll of a whole conflict"  # not "the insurgency killed 12 soldiers in an ambush on Tuesday"
    if clause.tag_ in ("VBZ", "VBP") and any(c.dep_ == "nsubj" and c.lemma_.lower() in LAW_NOUNS for c in clause.children):
        return "what a law provides"
    if not hit.nominal and hit.rule.event in ("COERCE", "SANCTION", "MOBILIZE"):
        for prep in tok.children:  # "closed the highway after heavy snowfall": a safety measure, not coercion
            if prep.dep_ == "prep" and prep.lower_ in ("after", "because", "due", "amid", "following", "over"):
                objs = [o for o in prep.subtree if o.dep_ == "pobj"]
                if any(o.lemma_.lower() in NATURAL_FORCES and o.pos_ != "VERB" for o in objs):
                    return "a measure against a natural hazard"
        if hit.rule.mode in ("martial-law", "curfew") and any(
                t.lemma_.lower() in NATURAL_FORCES and t.pos_ != "VERB" for t in tok.subtree):  # not "protesters stormed"
            return "a measure against a natural hazard"  # "declared a state of emergency in regions hit by floods"
    earlier = _earlier_clause(clause_verb(tok) if hit.nominal else tok, pub_year)
    if earlier:
        return earlier
    if tok.dep_ in ("relcl", "acl", "advcl") and (tok.head.lemma_.lower() in TIME_NOUNS or tok.head.ent_type_ == "DATE") \
            and any(c.lower_ in ("when", "where") for c in tok.children) and not _day_of_the_news(tok.head):
        return f"clause dating '{tok.head.text}'"
    if not hit.nominal and (who := _free_relative_subject(tok)):
        return f"a generic statement ('{who} {tok.text} ...')"
    if (dated := _clause_on_a_dated_noun(tok, pub_year)):
        return f"clause on '{dated}', a time years back"
    if (summed := _summed_past_clause(tok, pub_year)):
        return f"what '{summed}' did, a step dated years back"
    if (recalled := _anniversary_of(tok)):
        return f"'{recalled}' of an act: history"
    if not hit.nominal and (blamed := _blamed_for(tok)):
        return f"what someone is held '{blamed}' for"
    if (tenure := _tenure_perfect(clause_verb(tok) if hit.nominal else tok, pub_year)):
        return f"a record over a tenure since '{tenure}'"
    if tok.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
        return "clause under 'since' (taken for the main clause)"
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in cur.children) \
                and cur.dep_ != "ROOT":  # a root clause cannot be subordinate: the parser misplaced "since"
            return "clause under 'since'"
        cur = cur.head
        if cur.lower_ == "since" and cur.dep_ == "prep":
            return "recalled with 'since'"
    if not hit.nominal:  # "fifteen people were killed in that fighting": told of an event already reported
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in (p for p in prep.children if p.dep_ == "pobj" and p.i in event_nouns):
                if any((c.dep_ == "det" and c.lower_ in BACK_REFERENCE_DETS) or
                       (c.dep_ == "poss" and _earlier_time_owner(c)) for c in noun.children):
                    return f"told of '{noun.text}' reported before"
    if not hit.nominal and hit.rule.event in ("ASSAULT", "COERCE"):
        tally = _running_tally(tok)
        # arrests and seizures summed over a year ("so far this year", "since Operation Channel began in 2003")
        # are statistics; "327 people had been detained since March 3" (a wave of protests) is the crackdown itself
        if tally and (hit.rule.event == "ASSAULT" or any(
                (t.lemma_.lower() == "year" and t.dep_ in ("pobj", "npadvmod"))
                or (t.like_num and len(t.text) == 4 and t.text.isdigit() and pub_year and pub_year - int(t.text) >= YEARS_OF_STATISTICS)
                for t in tok.subtree)):
            return f"running tally ('{tally}')"
    if hit.rule.event != "AID":  # standing aid ("provides aid annually") is still aid given
        habit = _habitual(tok if not hit.nominal else clause_verb(tok))  # "for years we heard shooting"
        if habit:
            return f"habitual ('{habit}')"
        if not hit.nominal and hit.rule.event not in VERBAL_TYPES and (pattern := _standing_pattern(tok)):
            return f"a pattern told in the perfect ('have {pattern} ...')"
        if not hit.nominal and hit.rule.event not in VERBAL_TYPES and (doers := _generic_present_quoted(tok)):
            return f"habitual (a deed '{doers} {tok.text}' told in the present in a quote)"
    if not hit.nominal and hit.rule.event in ("AGREE", "SUPPORT", "COOPERATE") and (line := _settled_line(tok)):
        return f"a settled line ('the {line} was {tok.text}')"
    if not hit.nominal and (keeper := _standing_state(tok, hit.rule.event)):
        return f"a standing state ('{keeper} {tok.text}')"
    if rule_noun := _under_standing_rule(tok if not hit.nominal else clause_verb(tok)):
        return f"what a standing {rule_noun} provides"
    if hit.nominal and tok.dep_ == "pobj" and tok.head.lower_ in TIME_FRAME_PREPS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        # "citizens detained during the fighting", "students detained after the March 5 clashes": a definite
        # event noun used as a time frame refers to an event told elsewhere
        return f"'{tok.head.text} the {tok.text}' dates another act"
    if hit.nominal and any(c.dep_ in ("amod", "det", "predet") and c.lower_ == "such" for c in tok.children):
        return f"a kind of act ('such {tok.text}')"  # "Such detentions along the line occur dozens of times a year"
    if hit.nominal:
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in BACK_REFERENCE_DETS:
                return f"'{c.text} {tok.text}' points back"
            if c.dep_ == "poss" and _earlier_time_owner(c):
                return f"'{c.text}'s {tok.text}' recalls an earlier event"
    return ""


NEWS_DAY_WORDS = word_set("news_day_words")


def _day_of_the_news(time_word: "Token") -> bool:
    """A weekday or "yesterday" that a when-clause hangs on tells the news of that day, not a time long gone ("two people
    were killed late on Monday when Russian drones hit residential districts"; but "since September, when fighting
    killed three")."""
    return time_word.lower_ in WEEKDAYS or time_word.lower_ in NEWS_DAY_WORDS


RULING_ON_CLAIM_VERBS = word_set("ruling_on_claim_verbs")
CLAIM_NOUNS = word_set("claim_nouns")


def _claim_ruled_on(participle: "Token") -> str:
    """A past participle that tells how a claim came to be, on the claim a court or body now rules on ("banned three
    opposition parties, upholding a lawsuit filed by the ruling party", "rejected a complaint lodged by the
    opposition"): filed before, not an act of the news (not "a lawsuit filed on Monday"). Returns the claim's noun,
    or ""."""
    if not ((participle.dep_ == "acl" and participle.tag_ == "VBN") or participle.dep_ == "relcl") or any(
            t.ent_type_ in ("DATE", "TIME") for t in participle.subtree):
        return ""
    claim = participle.head  # (a relative clause in the claim's phrase tells its content: "a lawsuit filed by the
    for _ in range(4):  # ruling party that accused them of ...")
        ruling = claim.head.head if claim.dep_ == "pobj" else claim.head
        if claim.lemma_.lower() in CLAIM_NOUNS and claim.dep_ in ("dobj", "pobj", "nsubjpass") \
                and ruling.lemma_.lower() in RULING_ON_CLAIM_VERBS:
            return claim.text
        if claim.head.i == claim.i or claim.dep_ not in ("pobj", "agent", "acl", "prep"):
            return ""
        claim = claim.head
    return ""


FREE_RELATIVES = {"what", "whatever", "whoever", "whichever"}


def _free_relative_subject(verb: "Token") -> str:
    """A present-tense act whose subject is a free relative ("what kills people is how we build", "Whoever seizes the
    regional cities this year will own the market"): a generic statement about whoever or whatever, not an act.
    Returns the relative word, or ""."""
    if not _present_tense(verb):
        return ""
    return next((c.text for c in verb.children if c.dep_ == "nsubj" and c.lower_ in FREE_RELATIVES), "")


RELATIVE_WORDS = {"when", "that", "which", "where", "who", "whom", "whose"}


def _old_year(tok: "Token", pub_year: int | None) -> bool:
    """A year before the story's year, in digits ("2019", "2017")."""
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) < (pub_year or 0)


def _dated_nouns(sent: "Span", pub_year: int | None) -> list["Token"]:
    """Nouns dated by a year before the story's: a year on a noun ("a 2019 friendly", "the 2008 war") or a month
    with its year ("January 2017")."""
    out = []
    for t in sent:
        if not _old_year(t, pub_year) or t.dep_ not in ("nummod", "amod", "compound", "npadvmod", "nmod") \
                or t.head.i == t.i:
            continue
        if t.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            out.append(t.head)
    return out


def _clause_on_a_dated_noun(tok: "Token", pub_year: int | None) -> str:
    """An act told in a relative clause on a noun dated years back, with what the clause joins to it ("a repeat of
    January 2017, when Turkmenistan halted gas exports to Iran ... and Iranian supplies to Turkey were cut", "unlike a
    2019 friendly in Almaty that was halted after fans invaded the pitch and 14 people were detained"): that time's
    act, history. Returns the dated noun, or ""."""
    if pub_year is None:
        return ""
    doc = tok.doc
    sent = tok.sent
    for noun in _dated_nouns(sent, pub_year):
        end = max(t.i for t in noun.subtree)
        rel = next((t for t in doc[noun.i + 1:min(end + 3, sent.end)] if t.lower_ in RELATIVE_WORDS
                    and t.i > noun.i and all(w.i in {x.i for x in noun.subtree} or w.is_punct for w in doc[noun.i:t.i])),
                   None)
        if rel is None or rel.i >= tok.i or rel.head.i == rel.i:
            continue
        verb = rel.head
        while verb.head.i != verb.i and verb.head.i > rel.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # (however the parser hangs the clause's coordinated verbs)
        span = {t.i for t in verb.subtree if t.i > rel.i}
        for t in doc[max(span, default=rel.i) + 1:sent.end]:  # (coordinated acts the parser hung elsewhere: "...
            if t.text in (",", ";", ":") or t.lower_ in ("but", "while"):  # after fans invaded the pitch and police
                break  # arrested 30 fans")
            span.add(t.i)
        if tok.i in span and not any(doc[i].lower_ in DAY_WORDS for i in span):
            return " ".join(t.text for t in doc[noun.i:noun.i + 1]) + (f" {doc[noun.i + 1].text}" if noun.i + 1 <= end
                                                                      and _old_year(doc[noun.i + 1], pub_year) else "")
    return ""


SUMMING_NOUNS = word_set("summing_nouns")


def _summed_past_clause(tok: "Token", pub_year: int | None) -> str:
    """An act told in a relative clause on a noun that sums up the clause before it ("since it suspended EU accession
    talks in November 2024, a decision that triggered months of nightly protests") when that clause is dated years
    back: as old as the step it follows from. Returns the summing noun, or ""."""
    if pub_year is None:
        return ""
    cur = tok
    while cur.dep_ != "relcl" and cur.head.i != cur.i and cur.dep_ not in ("ccomp", "advcl", "ROOT"):
        cur = cur.head
    noun = cur.head
    if cur.dep_ != "relcl" or noun.lemma_.lower() not in SUMMING_NOUNS or noun.i < 2:
        return ""
    first = noun.left_edge
    if first.i < 1 or tok.doc[first.i - 1].text != ",":
        return ""
    before = tok.doc[tok.sent.start:first.i - 1]
    if any(t.lower_ in DAY_WORDS for t in before) or not any(_old_year(t, pub_year) for t in before):
        return ""
    return noun.text


ANNIVERSARY_NOUNS = word_set("anniversary_nouns")


def _anniversary_of(tok: "Token") -> str:
    """An act named as what an anniversary or a commemoration marks ("the fourth anniversary of the sabotage of the
    Nord Stream pipelines, an attack for which ..."): history recalled. Returns the anniversary noun, or ""."""
    cur = tok
    for _ in range(5):
        if cur.dep_ == "appos" and cur.left_edge.i >= 2 and tok.doc[cur.left_edge.i - 1].text == ",":
            cur = tok.doc[cur.left_edge.i - 2]  # (the phrase it restates, however the parser hangs it)
            if cur.lemma_.lower() in ANNIVERSARY_NOUNS:
                return cur.text
            continue
        if cur.head.i == cur.i or cur.dep_ not in ("pobj", "prep", "conj", "pcomp", "compound"):
            return ""
        cur = cur.head
        if cur.lemma_.lower() in ANNIVERSARY_NOUNS:
            return cur.text
    return ""


def _blamed_for(tok: "Token") -> str:
    """A deed someone is held responsible for, told with a gerund ("officials whom the Baltic governments hold
    responsible for the violent dispersal of protests and for jailing opposition activists"): the blame's content,
    not a new act. Returns the adjective, or ""."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return ""
    prep = tok.head
    while prep.dep_ == "conj" and prep.head.lower_ == "for":
        prep = prep.head
    return prep.head.text if prep.head.lower_ in ACCOUNTABLE_WORDS else ""


def _tenure_perfect(verb: "Token", pub_year: int | None) -> str:
    """A present perfect told over a ruler's time, begun years back ("Under Shavkat Mirziyoyev, who came to power in
    2016, Tashkent has freed several prominent political prisoners", "Under Rahmon, who has ruled since 1992, ..."):
    a record, not a new act. Returns the year, or ""."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS for c in verb.children):
        return ""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        year = next((t for t in prep.subtree if _old_year(t, pub_year)), None)
        if year is not None:
            return year.text
    return ""


INTRANSITIVE_ACTS = word_set("intransitive_acts")
POST_NOUNS = word_set("post_nouns")
POSTING_VERBS = word_set("posting_verbs")


def _manner_of_described_act(noun: "Token", event_nouns: dict[int, str], triggers: frozenset[int]) -> str:
    """An act noun in the "in" phrase of a past participle that describes a noun and is a trigger itself ("the treatment
    of Tajik migrants detained in mass raids near Moscow"): how that described act was done, background as it is.
    Returns the described noun, or ""."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during") or noun.head.head.i == noun.head.i:
        return ""
    part = noun.head.head
    if part.dep_ != "acl" or part.tag_ != "VBN" or part.i not in triggers or part.head.pos_ not in ("NOUN", "PROPN") \
            or part.head.i in event_nouns or any(c.dep_ in ("agent", "nsubj") for c in part.children) \
            or stranded_participle(part):
        return ""
    return part.head.text


def _post_content(verb: "Token") -> str:
    """What a post says, when the posting is told in a clause on someone acted on ("detained a local blogger who had
    posted a video saying the pardoned men should be compensated", "sentenced a blogger after he posted videos
    criticising a government land deal"): the offence they are held for, no speech act of the news. Returns the
    posting's words, or ""."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in POST_NOUNS and verb.head.dep_ == "pobj" \
            and (verb.head.head.lower_ in ("over", "for", "about", "because") or (verb.head.head.lower_ in ("of", "to") and any(
                w.lower_ in ("because", "due", "owing") for w in (verb.head.head.head, *verb.head.head.head.children)))) \
            and any(
                t.dep_ == "pobj" and t.tag_ in ("WDT", "WP") for t in verb.subtree):
        return f"{verb.head.head.text} a {verb.head.text}"  # "detained a blogger over a Facebook post in which he accused",
        # "because of a video in which he accused"
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in POST_NOUNS:
        return ""
    posting = verb.head.head
    if verb.head.dep_ != "dobj" or posting.lemma_.lower() not in POSTING_VERBS or posting.dep_ not in ("relcl", "advcl", "acl"):
        return ""
    return f"{posting.text} {verb.head.text}"


def _participle_of_misparsed_noun(verb: "Token") -> str:
    """A past participle the parser made a clause of, with the noun it describes hung under it ("Estonia freed a
    Russian convicted of spying": "Russian" a modifier of "convicted"): no auxiliary and no subject, and a nationality
    or a noun with its article in front of it. Returns the noun, or ""."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "xcomp", "dobj") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children):
        return ""
    noun = next((c for c in verb.children if c.dep_ in ("amod", "compound", "nmod") and c.i < verb.i
                 and (c.ent_type_ == "NORP" or any(d.dep_ == "det" for d in c.children))), None)
    return noun.text if noun is not None else ""


DISPERSING_VERBS = word_set("dispersing_verbs")
PROTESTING_CROWDS = word_set("protesting_crowds")


def _crowd_dispersed(crowd: "Token") -> bool:
    """The protesters a relative clause describes are the ones a dispersal acts on ("used water cannon to clear hundreds of
    demonstrators who had blocked a junction"): what they did is the news the dispersal ends, not background."""
    if crowd.lemma_.lower() not in PROTESTING_CROWDS:
        return False
    held = crowd.head.head if crowd.dep_ == "pobj" and crowd.head.lower_ == "of" else crowd
    return held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in DISPERSING_VERBS


def _participle_before_noun(verb: "Token") -> str:
    """The noun a participle after "of" describes where the parser read a gerund with an object ("executions of
    captured or surrendering Ukrainian servicemen", "the execution of surrendering soldiers"): a past participle with
    no auxiliary cannot be a gerund, nor can a verb that takes no object. Not "accused of capturing two soldiers".
    Returns the noun, or ""."""
    first = verb.head if verb.dep_ == "conj" else verb
    if first.dep_ != "pcomp" or first.head.lower_ != "of" or any(c.dep_ in ("aux", "auxpass") for c in first.children):
        return ""
    nouns = [c for w in with_conjuncts(first) for c in w.children if c.dep_ == "dobj" and c.i > w.i]
    if not nouns:
        return ""
    bare_participle = verb.tag_ == "VBN" or (first.tag_ == "VBN" and verb is not first)
    if bare_participle or verb.lemma_.lower() in INTRANSITIVE_ACTS:
        return nouns[-1].text
    return ""


def _contact_relative_on_state(verb: "Token") -> str:
    """The noun an undated past clause with no relative word describes in a present-tense clause ("some 100 elderly
    residents still live in villages they refused to leave", "families still live in houses they refused to
    abandon"): how things stand, told by a past act, not news. Also where the parser made the present-tense clause
    the past verb's complement; not '"Russia will respond," they said', whose subject follows a comma or a quote.
    Returns the noun, or ""."""
    if verb.tag_ != "VBD" or verb.i < 2:
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    noun = verb.doc[subject.i - 1] if subject is not None and subject.i > 0 else None
    if subject is None or subject.tag_ != "PRP" or noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    if verb.dep_ == "relcl" and verb.head.i == noun.i:  # the parser read the clause right: its noun's own verb
        state = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if state is not None and (state.tag_ not in PRESENT_TAGS or state.lemma_.lower() in SPEAKER_VERBS
                                  or any(c.dep_ in ("aux", "auxpass") for c in state.children)):
            state = None
    else:
        state = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i and c.tag_ in PRESENT_TAGS
                      and c.lemma_.lower() not in SPEAKER_VERBS and noun.i in {t.i for t in c.subtree}), None)
    if state is None or any(t.ent_type_ in ("DATE", "TIME") and not (t.like_num and len(t.text) == 4)
                            for t in verb.subtree if t.i > verb.i):
        return ""  # (a day of its own makes it news; a bare year, "after the 1986 accident", does not)
    return noun.text


def _contact_relative_view(verb: "Token") -> str:
    """A present-tense clause with no relative word that describes the noun before its pronoun subject ("demanding that
    managers they blame for a series of fatal accidents be dismissed", "the leaders we support"): how its subject sees
    the noun, no act told. Also where the parser hung the noun under the verb. Returns the noun, or ""."""
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "PRP" or subject.i == 0:
        return ""
    noun = verb.doc[subject.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    if (verb.dep_ == "relcl" and verb.head.i == noun.i) or (noun.head.i == verb.i and noun.dep_ in ("npadvmod", "dobj")):
        return noun.text
    return ""


def _unclosed_aside_participle(verb: "Token") -> "Token | None":
    """The noun a past participle describes when the parser made it the main verb of a subject whose aside (", which
    ...") it ends, though no comma closes that aside ("the 2010 OSCE summit, the organisation's first in eleven years,
    which ended with a declaration reaffirming the principles agreed in Helsinki": "agreed" describes "principles", it
    is not what the organisation did). Not "Leaders, who attended the summit, agreed" (the aside is closed)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj") or noun.head.i == verb.i:
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for aside in (c for c in subject.children if c.dep_ == "relcl"):
            span = [t.i for t in aside.subtree]
            opened = min(span) > 0 and verb.doc[min(span) - 1].text == ","
            if opened and max(span) == noun.i and any(w.tag_ in ("WDT", "WP") for w in aside.children):
                return noun
    return None


def _document_topic(verb: "Token") -> str:
    """The document a gerund or an act noun names the subject of ("a joint declaration on deepening allied relations",
    "a treaty on strengthening strategic partnership", "an agreement on the release of detained fishermen"), also where
    the parser hung "on" from the verb of signing ("signed a protocol in Ashgabat on Monday on reopening the crossing").
    Returns the document noun, or ""."""
    gerund = verb.dep_ == "pcomp" and verb.tag_ == "VBG"
    if not (gerund or (verb.dep_ == "pobj" and verb.pos_ == "NOUN")) or verb.head.lower_ not in DOCUMENT_TOPIC_PREPS:
        return ""
    prep = verb.head
    holders = [prep.head, prep.doc[prep.i - 1] if prep.i > 0 else prep.head]
    if prep.head.pos_ == "VERB":
        holders += objects(prep.head)
    documents = AGREEMENT_NOUNS | DOCUMENT_TITLE_NOUNS if gerund else AGREEMENT_NOUNS  # (not "a statement on the arrest of")
    for noun in holders:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in documents:
            return noun.text
    return ""


DOCUMENT_TOPIC_PREPS = {"on", "about", "regarding", "concerning"}


DOCUMENT_TITLE_NOUNS = DOCUMENT_NOUNS | word_set("document_title_nouns")
PLACE_PREPS = {"at", "in", "near"}
BACK_POINTING_PRONOUNS = {"he", "she", "they", "it"}
# definite people nouns that point back to those an earlier sentence told of ("three Tajik citizens ... The men were")
BACK_POINTING_NOUNS = word_set("back_pointing_nouns")
BACK_POINTING_GOODS = word_set("back_pointing_goods")


def _retold_passive(verb: "Token") -> "Token | None":
    """The subject of a passive with no doer that points back ("The woman was arrested", "He was detained"), if any."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in BACK_POINTING_PRONOUNS:
        return subject
    plain_definite = subject.pos_ in ("NOUN", "NUM") and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
        and not any(c.dep_ in ("nummod", "amod", "compound", "prep", "relcl", "acl") for c in subject.children)
    return subject if plain_definite else None


AGAIN_WORDS = {"again", "also", "too", "later", "subsequently", "separately", "likewise", "similarly"}


def _retells(verb: "Token", subject: "Token", earlier: "Span") -> bool:
    """Whether a later passive can tell the act of an earlier sentence: no "again" or "also", no day that the earlier
    sentence does not name, and a noun subject the earlier sentence names ("a woman ... The woman was arrested")."""
    if any(c.lower_ in AGAIN_WORDS for c in verb.children):
        return False
    named_before = {t.lemma_.lower() for t in earlier} | {t.lower_ for t in earlier}
    days = {t.lower_ for t in _clause_tokens(verb) if t.lower_ in DAY_WORDS or t.lemma_.lower() in MONTH_NAMES}
    if days - named_before:
        return False
    return subject.lower_ in BACK_POINTING_PRONOUNS or subject.lemma_.lower() in named_before \
        or subject.lemma_.lower() in BACK_POINTING_NOUNS or subject.lower_ in BACK_POINTING_GOODS or (subject.like_num and any(  # "The seven were freed"
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children))


def _told_before(tok: "Token", hit: TriggerHit, drafts: Sequence[_Draft], s_i: int) -> str:
    """The same act told again after an earlier sentence coded an event of its type ("drills ... the exercise") or
    with the same word, whatever type that was coded as ("a cyberattack ... The attack"): a bare definite event noun
    ("The attack was well prepared"), or a passive with no doer whose subject points back ("The woman was arrested at
    her home", "He was detained at the airport")."""
    if not hit.nominal:
        subject = _retold_passive(tok)
        if subject is not None:
            earlier = next((d for d in drafts if d.sent_index < s_i and d.verdict == "coded"
                            and d.hit.rule.event == hit.rule.event and d.hit.rule.mode == hit.rule.mode
                            and _retells(tok, subject, d.sent)), None)
            if earlier is not None:
                return f"'{tok.text}' retold from sentence {earlier.sent_index + 1}"
        return ""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and (verb := tok.head.head).pos_ == "VERB":
        told = next((d for d in drafts if d.hit.token_i == verb.i and "retold" in d.verdict), None)
        if told is not None:  # "The suspects were detained ... in raids last week": the retold arrest's raids
            return f"the setting of '{verb.text}', itself retold"
    if claimed_act(tok):
        return ""  # "Islamic State later claimed the bombing": the claim names the doer of the act told before
    if any(c.dep_ not in ("det", "relcl", "acl", "punct") and not (c.dep_ == "prep" and c.lower_ in PLACE_PREPS)
           for c in tok.children) or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return ""  # only a place or a describing clause may be added: "the exercise at the Lyaur range", "the drills, which
        # end", "The drills, involving 4,000 troops"
    earlier = _retold_noun_draft(tok, hit, drafts, s_i)
    return f"'the {tok.text}' told in sentence {earlier.sent_index + 1}" if earlier else ""


def _retold_noun_draft(tok: "Token", hit: TriggerHit, drafts: Sequence[_Draft], s_i: int) -> _Draft | None:
    """The earlier coded act a bare definite event noun tells again ("a drone dropped explosives ... The attack"); of
    several, the first told with a word of the noun's rule ("raised the readiness of its forces after Belarus and Russia
    began joint exercises ... The drills": the exercises)."""
    told = [d for d in drafts if d.sent_index < s_i and d.verdict == "coded" and (
        d.hit.rule.event == hit.rule.event or d.sent.doc[d.hit.token_i].lemma_.lower().endswith(tok.lemma_.lower()))]
    worded = [d for d in told if any(t.lemma_.lower() in hit.rule.lemmas for t in _clause_tokens(d.sent.doc[d.hit.token_i]))]
    return (worded or told or [None])[0]


STARTING_VERBS = word_set("starting_verbs")


def _takes_told_day(earlier: _Draft, noun: "Token", day: DateResolution) -> bool:
    """Whether the act told before takes the day a later sentence gives its noun: when it has no day words, or (for
    "took place", "happened") an earlier day than its own; a start ("The drills started on Tuesday") dates it only
    when its day words are not its own clause's ("raised readiness on Wednesday after Belarus and Russia began joint
    exercises"; not "Fighting escalated overnight into Wednesday ... The clashes began on Sunday")."""
    if earlier.date is None or not earlier.date.date_text:
        return True
    if noun.head.lemma_.lower() in STARTING_VERBS:
        tok = earlier.sent.doc[earlier.hit.token_i]
        verb = clause_verb(tok) if earlier.hit.nominal else tok
        if verb.i == tok.i and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            verb = tok.head  # ("Fighting ... escalated overnight into Wednesday": the noun read as a gerund)
        own = _clause_tokens(verb)
        at = earlier.date.start
        return at is not None and not any(t.idx - earlier.sent.start_char <= at < t.idx - earlier.sent.start_char + len(t)
                                           for t in own) and day.date < earlier.date.date
    return day.date < earlier.date.date


STOPPING_VERBS = word_set("stopping_verbs")


def _date_what_stopped(sent: "Span", drafts: Sequence[_Draft], text: str, pub: dt.date | None) -> None:
    """A later sentence that gives the day the thing an act cut off stopped ("Iran's oil minister flew to Ashgabat on
    Wednesday for emergency talks after Turkmenistan cut off natural gas deliveries to Iran. Deliveries through the
    pipeline stopped early on Sunday"): the act told before without a day of its own clause takes that day."""
    verb = next((t for t in sent if t.lemma_.lower() in STOPPING_VERBS and t.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "aux", "auxpass") for c in t.children)), None)
    thing = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if thing is None:
        return
    dates = [d for d in find_dates(text, pub) if d.start is not None and d.date is not None and d.exact_day]
    tokens = {id(d): _token_at(sent, d.start + sent.start_char) for d in dates}
    day = _carried_by(verb, dates, tokens)
    if day is None:
        return
    for d in reversed(drafts):
        act = d.sent.doc[d.hit.token_i]
        if d.verdict != "coded" or d.hit.nominal or not any(
                o.lemma_.lower() == thing.lemma_.lower() for o in objects(act)):
            continue
        own = _clause_tokens(act)
        at = d.date.start if d.date is not None else None
        elsewhere = at is not None and not any(t.idx - d.sent.start_char <= at < t.idx - d.sent.start_char + len(t)
                                               for t in own)  # (the day words are not the act's own clause's)
        if d.date is None or not d.date.date_text or d.date.told or (elsewhere and day.date < d.date.date):
            d.date = DateResolution(day.date, None, day.date_text, None, None,
                                    f"the day '{thing.text}' {verb.text}, told later ('{day.date_text}')")
        return


def _date_from_the_next_telling(drafts: Sequence[_Draft], sentences: Sequence["Span"], index: MentionIndex,
                                pub: dt.date | None) -> None:
    """An act dated only by the day of its report ("Turkey has extradited to Uzbekistan a man wanted for financing
    terrorism, the Prosecutor General's Office said on Thursday") takes the earlier day the next sentence gives it,
    when that sentence codes nothing itself and goes on in the past with the act's people or the act itself ("He was
    flown to Tashkent under escort on Tuesday", "The verdict was read out on Tuesday")."""
    if pub is None:
        return
    for d in drafts:
        if d.verdict != "coded" or d.date is None or not d.date.told or d.date.date is None \
                or d.sent_index + 1 >= len(sentences) \
                or any(o.sent_index == d.sent_index + 1 and o.verdict == "coded" for o in drafts):
            continue
        nxt = sentences[d.sent_index + 1]
        root = nxt.root
        day = _past_day_going_on(root, nxt, _without_dateline(nxt, index), pub)
        if day is not None and day.date is not None and dt.timedelta(0) <= d.date.date - day.date <= dt.timedelta(
                days=LEAD_DAY_REACH):
            d.date = dataclasses.replace(day, start=None, end=None, reason=f"{day.reason} (told in the next sentence, "
                                                                            f"'{root.text}'; '{d.date.date_text}' is the report's)")


OVERNIGHT_START_REACH = 2  # sentences after an overnight act that may tell the evening it began


def _overnight_begun_the_evening_before(drafts: Sequence[_Draft], sentences: Sequence["Span"], index: MentionIndex,
                                        pub: dt.date | None) -> None:
    """An act told as "overnight" and dated the next morning, when a later sentence says it began late on the evening
    before ("forces exchanged heavy fire overnight ... The firing began late on Monday"): the text's own start day
    wins (Monday)."""
    if pub is None:
        return
    for d in drafts:
        if d.verdict != "coded" or d.date is None or d.date.date is None or d.date.date_text.lower() != "overnight":
            continue
        for j in range(d.sent_index + 1, min(len(sentences), d.sent_index + 1 + OVERNIGHT_START_REACH)):
            day = _evening_start_told(sentences[j], _without_dateline(sentences[j], index), pub)
            if day is not None and day.date == d.date.date - dt.timedelta(days=1):
                d.date = DateResolution(day.date, None, day.date_text, None, None,
                                        f"overnight, begun '{day.date_text}' (told in sentence {j + 1})")
                break


def _evening_start_told(sent: "Span", text: str, pub: dt.date) -> DateResolution | None:
    """The late day a sentence says a thing told before began on ("The firing began late on Monday"): a starting verb
    whose subject is a definite noun, carrying a day told as late or at night; None otherwise."""
    dates = [x for x in find_dates(text, pub) if x.start is not None and x.date is not None and x.exact_day
             and _at_night(x.date_text) and x.date_text.lower() != "overnight"]
    if not dates:
        return None
    tokens = {id(x): _token_at(sent, x.start + sent.start_char) for x in dates}
    for verb in sent:
        if verb.lemma_.lower() not in STARTING_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            continue
        day = _carried_by(verb, dates, tokens)
        if day is not None:
            return day
    return None


def _past_day_going_on(root: "Token", sent: "Span", text: str, pub: dt.date) -> DateResolution | None:
    """The day a sentence that goes on with the act told before carries on its main verb: a past verb, not a reporting
    one, whose subject points back ("He was flown ... on Tuesday", "They were flown to Kabul on Wednesday", "The
    verdict was read out on Tuesday"); None otherwise."""
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in SPEAKER_VERBS or _tense_of_telling(root) != "past":
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.lower_ in BACK_POINTING_PRONOUNS or (
            subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children))):
        return None
    dates = [x for x in find_dates(text, pub) if x.start is not None and x.date is not None]
    tokens = {id(x): _token_at(sent, x.start + sent.start_char) for x in dates}
    day = _carried_by(root, dates, tokens)
    return day if day is not None and day.exact_day and not day.bound and not day.quoted else None


def _day_it_took_place(noun: "Token", sent: "Span", text: str, pub: dt.date | None) -> DateResolution | None:
    """The day a retold event noun is said to have happened: "The attack took place early on Sunday", "The shooting
    happened on Friday night", "The drills started on Tuesday" (see _takes_told_day)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in HAPPENING_VERBS | STARTING_VERBS or (
            verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        return None
    for d in find_dates(text, pub):
        tok = _token_at(sent, d.end - 1 + sent.start_char) if d.end is not None else None  # "early on Sunday": 'Sunday'
        if d.exact_day and d.date is not None and tok is not None and _adjunct_of(tok).i == verb.i:
            return DateResolution(d.date, None, d.date_text, None, None, f"the day it took place, told later ('{d.date_text}')")
    return None


def _earlier_clause(tok: "Token", pub_year: int | None) -> str:
    """A describing or subordinate clause set before the reported act: "days after forces fought off an
    incursion", "sanctions imposed after their nuclear tests in 1998", "citizens abducted decades ago"."""
    marks = {c.lower_: c for c in tok.children if c.dep_ == "mark"} if tok.dep_ == "advcl" else {}
    interval = _interval_phrase(tok)
    if interval and not _recent_interval(*interval)[0]:  # (not "a day after", "hours after": news of the same days)
        return f"an earlier act ('{interval[0].text} {interval[1].text}')"
    if tok.dep_ in ("relcl", "acl") or marks.keys() & {"after", "before", "when", "since"}:
        earlier = _earlier_time(tok, pub_year)
        if earlier:
            return f"clause set in an earlier time ('{earlier}')"
    if "after" in marks and (year := _year_just_before(marks["after"], pub_year)):
        return f"clause following an earlier time ('{year}')"
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) and any(c.dep_ == "auxpass" for c in tok.children):
        for since in (c for c in tok.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in c.children)):
            earlier = _earlier_time(since, pub_year)
            if earlier:  # "since the Taliban returned to power in 2021, girls have been barred": a standing state
                return f"in force since an earlier time ('{earlier}')"
    return ""


def _year_just_before(mark: "Token", pub_year: int | None) -> str:
    """A past year right before an "after" clause, which that clause follows in time ("sanctions reimposed in 2018,
    after Washington withdrew from the nuclear deal"), however the parser hangs the clause: "in 2018", or ""."""
    prev = mark.doc[mark.i - 2] if mark.i >= 2 and mark.doc[mark.i - 1].text == "," else None
    if prev is None or not (prev.text.isdigit() and len(prev.text) == 4) or prev.head.lower_ not in ("in", "since", "during"):
        return ""
    return f"{prev.head.text} {prev.text}" if pub_year is None or int(prev.text) < pub_year else ""


def _sent_home(participle: "Token") -> bool:
    """People "deported from Russia" (or "expelled from Kazakhstan") who are the travellers of the news ("186 Tajik
    citizens deported from Russia landed in Dushanbe", "a flight carrying migrants expelled from Kazakhstan arrived"):
    the removal is the news the arrival tells, not a description of them."""
    if not any(c.dep_ == "prep" and c.lower_ == "from" for c in participle.children) or _earlier_time(participle, None):
        return False
    cur = participle.head
    for _ in range(3):  # the people, maybe carried by a flight or a train that arrives
        if cur.dep_ == "nsubj" and cur.head.lemma_.lower() in TRAVEL_VERBS:
            return True
        if cur.dep_ not in ("dobj", "pobj", "acl") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _interval_phrase(tok: "Token") -> tuple["Token", "Token"] | None:
    """The interval noun and its "after"/"since" when the trigger sits in (or under) a clause or phrase "two days
    after ...", "weeks after ...", "six months since ...", "a year to the day after ..." (hanging from "after" or
    "since" as a conjunction or a preposition), else None."""
    cur = tok
    for _ in range(6):
        afters = [c for c in cur.children if c.dep_ == "mark" and c.lower_ in ("after", "since")]
        if cur.lower_ in ("after", "since") and cur.dep_ in ("prep", "mark"):
            afters.append(cur)
        for after in afters:
            before = after.doc[after.i - 1] if after.i > 0 else None  # "30 years since", "a year to the day after"
            dated_now = any(t.lower_ in DAY_WORDS for t in _clause_tokens(cur))  # "... since police arrested him on Sunday"
            if before is not None and before.lemma_.lower() in INTERVAL_NOUNS and not dated_now \
                    and not any(d.lower_ in DEICTIC_DETS for d in before.children):
                return before, after
            if after.lower_ == "since":
                continue
            holder = after.head if after.dep_ == "mark" else after
            near = (*after.children, *holder.children) + ((holder.head,) if holder.dep_ == "advcl" else ())
            span = next((g for g in near  # the parser may hang the clause from "days": "days after forces fought"
                         if g.dep_ == "npadvmod" and g.lemma_.lower() in INTERVAL_NOUNS
                         and not any(d.lower_ in DEICTIC_DETS for d in g.children)), None)  # not "... this week"
            if span is not None:
                return span, after
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


RECENT_ACT_DAYS = 31  # an act told from another is news only if that other act is this recent
NEWS_PERIOD_DAYS = 7  # an act told "<so many days> after" the reported one is news of the same period up to this gap
VAGUE_COUNTS = {"few", "several", "many", "some"}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _day_before_by_interval(head: "Token", sent: "Span", text: str, pub: dt.date | None,
                            told_day: DateResolution | None = None) -> DateResolution | None:
    """The day of an act told in a recent "<interval> after" clause: the day of the act the clause hangs from, less
    the gap ("Iran began drills on Tuesday, a day after Azerbaijani and Turkish troops launched joint drills": Monday;
    "The release came a day after both committees approved the agreement": the day before the report). When that
    act has no day words and a dated act was told before (`told_day`), its day is that one's ("... signed an agreement
    in Ankara on Tuesday. The visit came a day after Turkey handed over 24 armoured vehicles": Monday). None when the
    clause names a day of its own ("hours after the truce began on Monday") or the interval is not recent."""
    found = _interval_phrase(head)
    if found is None or not _recent_interval(*found)[0]:
        return None
    noun, after = found
    gap = _recent_interval(noun, after)[1] or 0
    clause = after.head if after.dep_ == "mark" else after
    if clause.head.i == clause.i:
        return None  # (a misparse: the "after" clause taken for the sentence's root)
    own = (min(t.idx for t in clause.subtree) - sent.start_char, max(t.idx + len(t) for t in clause.subtree) - sent.start_char)
    if any(d.start is not None and own[0] <= d.start < own[1] and d.exact_day for d in find_dates(text, pub)):
        return None
    main = clause.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head  # ("a day after" hung from the interval noun: "came a day after ...")
    span = _clause_tokens(main)
    prefer = (span[0].idx - sent.start_char, span[-1].idx + len(span[-1]) - sent.start_char)
    day = resolve_event_date(text, pub, prefer=prefer)
    day = _date_of_the_act(_own_date(main, sent, text, pub, day) or day, main, sent, text, pub)
    if not day.date_text and told_day is not None and told_day.date is not None:
        day = told_day
    if day.date is None:
        return None
    if day.historical or _will_or_would(main) or (pub is not None and (pub - day.date).days > RECENT_ACT_DAYS):
        # "In August 2008, a day after Georgian forces shelled Tskhinvali, ...", "will travel on Thursday, a day after
        # Aliyev visits Moscow": the act is as old, or as far ahead, as the one it is told from
        return DateResolution(None, reason=f"told from an act outside the news period ('{main.text}', {day.date.isoformat()})")
    words = sent.doc[noun.left_edge.i:after.i + 1].text if noun.i < after.i else f"{noun.text} {after.text}"
    return DateResolution(day.date - dt.timedelta(days=gap), None, words, None, None,
                          f"'{words}' the act of '{main.text}' ({day.date.isoformat()})")


def _recent_interval(noun: "Token", after: "Token") -> tuple[bool, int | None]:
    """Whether "<interval> after X" puts X in the news period, and how many days before the reported act X
    happened: "hours after" (0), "a day after" / "the day after" (1), "two days after" (2), "a week after" (7), as the
    regional gold counts "a day after" back (README_sample_gold.md). An uncounted "days after", "weeks after", "a month
    after" and any "... since" recall an earlier time, as the gold leaves "days after forces fought off an incursion"
    uncoded: (False, None)."""
    lemma = noun.lemma_.lower()
    if after.lower_ != "after" or lemma not in ("hour", "day", "week") or (noun.dep_ == "pobj" and noun.head.lower_ == "to"):
        return False, None  # (not "a year to the day after")
    counts = [c for c in noun.children if c.dep_ in ("det", "nummod", "quantmod", "amod")]
    count = next((COUNT_WORDS.get(c.lower_, int(c.text) if c.text.isdigit() else None) for c in counts
                  if c.lower_ in COUNT_WORDS or c.text.isdigit()), None)
    if any(c.lower_ in VAGUE_COUNTS for c in counts):
        count = None  # "a few days after", "several days after": not counted
    if count is None and noun.tag_ == "NN":
        count = 1  # "the day after", "day after"
    if lemma == "hour":
        return True, (count or 0) // 24
    if count is None or count * (7 if lemma == "week" else 1) > NEWS_PERIOD_DAYS:
        return False, None
    return True, count * (7 if lemma == "week" else 1)


def _earlier_time(verb: "Token", pub_year: int | None) -> str:
    """An earlier time named in the verb's own clause: "... ago", "last year", "decades earlier", "in 2014"
    (a year before the publication year, or any year when the story has no date)."""
    own = _clause_tokens(verb)
    # a date the parser hangs from a participle on the object: "fought groups crossing from Afghanistan last month"
    described = [g for c in own for a in c.children if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")
                 for g in a.children if g.dep_ == "npadvmod" or (g.dep_ == "advmod" and g.lower_ in ("ago", "earlier"))]
    # ("vehicles that were promised under a programme approved two years ago")
    for c in own + described:
        if c.lower_ in ("ago", "earlier"):  # "decades ago", "two years earlier" (the parser may hang them apart)
            near = (*c.children, c.head) + ((c.doc[c.i - 1],) if c.i > 0 else ())
            span = next((g for g in near if g.lemma_.lower() in LONG_SPANS), None)
            if span is not None:
                return f"{span.text} {c.text}"
        if c.lemma_.lower() in LONG_SPANS - {"century"} and any(g.lower_ in ("last", "previous", "past") for g in c.children):
            return f"last {c.text}"
        if c.like_num and len(c.text) == 4 and c.text.isdigit() and 1900 <= int(c.text) <= 2100 \
                and c.head.lower_ in ("in", "since", "during") and c.dep_ == "pobj" \
                and (pub_year is None or int(c.text) < pub_year):
            return f"{c.head.text} {c.text}"
    return ""


LONG_SPANS = {"year", "decade", "month", "century"}
YEARS_OF_STATISTICS = 2  # a count since a year this long before the report is a statistic ("since 2023" in 2025)
UNNAMED_DESTINATIONS = word_set("unnamed_destinations")


def _unnamed_destination(verb: "Token", index: MentionIndex) -> str:
    """Where a traveller goes when it names no host ("the president flew to the scene of the blast", "arrived in the
    village"): no diplomatic visit. Returns the place word, or ""."""
    places = prep_objects(verb, ("to", "in", "into"))
    if places and all(p.lemma_.lower() in UNNAMED_DESTINATIONS and not index.in_tokens(list(p.subtree)) for p in places):
        return places[0].text
    return ""


GONE_OCCASION_MARKERS = word_set("gone_occasion_markers")


def _past_occasion(verb: "Token") -> str:
    """An occasion gone by that sets the act ("the government has pledged in past budgets to house them", "agreed
    at a previous meeting"), or many of them ("the objections it raised at the Caspian summits"): a record, not news.
    Returns the phrase, or ""."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "during"):
            continue
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            marker = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in GONE_OCCASION_MARKERS), None)
            if marker is not None and noun.lemma_.lower() not in RECENT_SPANS:  # ("In the past 24 hours, Russian
                # drones struck Kharkiv": a span up to now, news)
                return f"{prep.text} {marker.text} {noun.text}"
            if noun.tag_ == "NNS" and noun.lemma_.lower() in RECURRING_OCCASIONS and not any(
                    t.lower_ in DAY_WORDS or t.ent_type_ == "DATE" for t in verb.subtree):
                return f"{prep.text} {' '.join(t.text for t in noun.subtree)}"  # "the objections it raised at the
                # Caspian summits": many occasions gone by
    return ""


RECURRING_OCCASIONS = word_set("recurring_occasions")
RECENT_SPANS = {"hour", "day", "night", "week", "weekend"}  # "in the past 24 hours", "over the past week": up to now


RECORD_ADVERBS = {"before", "previously"}  # with a perfect tense: "had been arrested twice before"
INTERVAL_NOUNS = {"hour", "day", "week", "month", "year"}  # "hours after", "days after", "weeks after"
DEICTIC_DETS = {"this", "that", "last", "next", "same", "previous"}  # "held talks this week" dates, not spaces
MONTH_NAMES = TIME_NOUNS - word_set("non_month_time_nouns") - DAY_WORDS
EARLIER_MARKERS = {"last", "previous", "past", "earlier", "that", "this", "those", "prior", "former", "recent"}


def _earlier_time_owner(owner: "Token") -> bool:
    """A possessive time word that dates an earlier event ("last week's clashes", "last year's war",
    "the previous day's attack"). A bare day name ("Monday's clashes", "yesterday's attack") dates the
    event being reported, not an earlier one."""
    if owner.lemma_.lower() not in TIME_NOUNS and owner.lower_ not in DAY_WORDS:
        return False
    marked = any(c.lower_ in EARLIER_MARKERS for c in owner.children)
    return marked or owner.lower_ not in DAY_WORDS


@tokens_per_token
def _clause_tokens(head: "Token") -> list["Token"]:
    """The trigger's own clause: its subtree without nested clauses."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in NESTED]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ not in NESTED)
    return sorted(out, key=lambda t: t.i)


JOINT_WORDS = {"joint", "bilateral", "trilateral", "multinational"}


def _will_not(tok: "Token", cue: str) -> bool:
    """A refusal told with a modal: "will never negotiate", "would not sign" (not "did not meet", "never signed", nor
    "will not meet this week because of scheduling problems")."""
    verb = clause_verb(tok)
    if any(c.dep_ in ("advcl", "prep") and (c.lower_ in ("because", "due", "owing") or any(
            m.dep_ == "mark" and m.lower_ == "because" for m in c.children)) for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall", "'ll") for c in verb.children)


def _cannot(tok: "Token") -> bool:
    """Help refused as beyond one's means: "cannot accept any more refugees" (a refusal of what is asked)."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in clause_verb(tok).children)


def _partner_deployment(tok: "Token", index: MentionIndex, promised: bool = False) -> bool:
    """Troops sent to another state to help it: a state named as the destination ("to Mali", "in Estonia") and a
    word of help in the clause ("to help the government fight", "at its request"); a promise may also name an
    alliance ("as part of a NATO force", "for joint exercises")."""
    destination = any(o.dep_ == "pobj" and (m := index.by_token.get(o.i)) is not None and m.kind == "country"
                      for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "in") for o in p.children)
    cues = PARTNER_CUES | (ALLIANCE_CUES if promised else frozenset())
    if not destination or not any(t.lemma_.lower() in cues or t.lower_ in cues for t in tok.subtree):
        return False
    # "to support separatists": help to a side inside the state is no help to the state
    return not any(t.dep_ == "dobj" and t.head.lemma_.lower() in PARTNER_CUES and t.lemma_.lower() in ARMED_SIDE_NOUNS
                   for t in tok.subtree)


BOUNDARY_NOUNS = word_set("boundary_nouns")


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
    if _codes(partners):
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
        codes = [next(iter(_codes(entities_of([t], index))), "") for t in group]
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
    own = set(_codes(actors))
    found: list[Entity] = []
    for subj in subjects(verb):
        for m in index.in_tokens(sorted(subj.subtree, key=lambda t: t.i)):
            if m.kind in ("country", "demonym", "sector") and m.entity.code and m.entity.code not in own \
                    and m.entity.code not in NON_STATE_CODES and m.entity.code not in _codes(found):
                found.append(Entity(code=m.entity.code, sector=m.entity.sector, entity_text=m.text))
    return found


def _unless_clause(tok: "Token") -> bool:
    """The trigger's clause carries an "unless ..." condition."""
    return any(m.lower_ == "unless" for m in _condition_marks(tok))


ATTENDING_VERBS = word_set("attending_verbs")


VISIT_CANCEL_RULES = {"SANCTION/cancel_visit", "SANCTION/call_off_visit"}
HAZARD_CAUSE_PREPS = {"because", "due", "owing", "amid"}


def _hazard_cause(verb: "Token") -> str:
    """A natural hazard or illness given as the cause of the act ("called off his visit because of the earthquake",
    "could not attend because fog grounded his plane", "postponed due to bad weather"): the hazard word, or ""."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in HAZARD_CAUSE_PREPS:
            words = [t for t in c.subtree if t.i != c.i]
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children):
            words = list(c.subtree)
        else:
            continue
        hazard = next((t for t in words if t.pos_ == "NOUN" and (t.lemma_.lower() in HAZARD_NOUNS or t.lower_ in HAZARD_NOUNS)),
                      None)
        if hazard is not None:
            return hazard.text
    return ""


HOSTILE_CAUSE_WORDS = word_set("hostile_cause_words")
TECHNICAL_CUT_WORDS = word_set("technical_cut_words")


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


def _each_other(verb: "Token") -> bool:
    """The act is done by each of two sides on the other: "accused each other", "blamed one another", "Each side accused
    the other"."""
    objs = objects(verb) + prep_objects(verb, ("on", "at", "against", "with", "to"))
    dets = {d.lower_ for o in objs if o.lower_ in ("other", "another") for d in o.children if d.dep_ == "det"}
    return bool(dets & {"each", "one"}) or ("the" in dets and any(
        d.lower_ == "each" for s in subjects(verb) for d in (s, *s.children)))


HOSTILE_ACTS = type_set("hostile_acts")


def _two_sides_before(earlier: Sequence[_Draft], s_i: int, facing_only: bool = False) -> list[Entity]:
    """The two or more sides of the last coded act of the last few sentences between sides that face each other
    ("Iranian border guards and Taliban forces traded fire on Sunday", "Tajik troops shelled Kyrgyz villages"), passing
    over a third party's appeal to both ("Russia and Kazakhstan urged both sides to show restraint. Each side accused
    the other": Kyrgyzstan and Tajikistan); else (unless `facing_only`) of the last coded act that had several actors."""
    recent = [d for d in earlier if d.sent_index >= s_i - SCENE_REACH and d.verdict == "coded"]
    for d in reversed(recent):
        if (sides := _facing_sides(d)):
            return sides
    for d in reversed(recent if not facing_only else ()):
        named = _dedupe_codes([a for a in d.actors if a.code])
        if len(named) >= 2:
            return named
    return []


def _facing_sides(d: _Draft) -> list[Entity]:
    """The sides of an act that face each other: several actors who are each other's recipients ("Kyrgyz and Tajik
    border guards exchanged fire"), or the doer and the target of a violent act ("Tajik troops shelled Kyrgyz
    villages", "Armenia accused Azerbaijan of shelling"); [] for any other act ("Russia and Kazakhstan urged both sides
    to show restraint")."""
    actors = _dedupe_codes([a for a in d.actors if a.code])
    recips = _dedupe_codes([r for r in d.recipients if r.code])
    mine, theirs = {a.code for a in actors}, {r.code for r in recips}
    if len(mine) >= 2 and mine == theirs:
        return actors
    if d.event in HOSTILE_ACTS and mine and theirs and not mine & theirs:
        return actors + recips
    return []


def _kept_away(verb: "Token") -> str:
    """Why someone who did not attend did not refuse: could not ("could not attend the summit"), was unable to, or
    a hazard kept them away (see _hazard_cause). Returns the words, or ""."""
    if any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children):
        return "could not"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("unable", "able"):
        return verb.head.text
    return _hazard_cause(verb)


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


def _conditional_threat(tok: "Token", rule: TriggerRule, draft: "_Draft", index: MentionIndex) -> str:
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
    if not _condition_set_to_party(tok, index):
        return ""
    verb = clause_verb(tok)
    doers = {e.code for e in entities_of([t for t in subjects(verb) if t.pos_ != "PRON"], index) if e.code}
    top = verb
    while top.dep_ in ("conj", "xcomp") and top.head.i != top.i:
        top = top.head
    said_by = [t for t in subjects(top.head) if _nationality_told(t, index)] if top.dep_ == "ccomp" else []
    speakers = {e.code for e in entities_of(said_by, index) if e.code}
    if doers and speakers and not doers & speakers:
        return ""
    return marks[0]


NATIONALITY_KINDS = {"country", "capital", "demonym", "seat"}


HOME_BRIEFERS = word_set("home_briefers")
VISIT_CONTEXT = word_set("visit_context")


def _speaking_venue(verb: "Token", speakers: Sequence["Token"], index: MentionIndex) -> str:
    """The country of the capital a speaker whose own phrase names no country speaks in ("said in Warsaw on Wednesday"),
    or "" (also when the speaker's country is told: "Russia's envoy said in Geneva")."""
    if verb.lemma_.lower() not in SPEAKER_VERBS or not speakers or any(_nationality_told(s, index) for s in speakers):
        return ""
    if not any(w.lemma_.lower() in HOME_BRIEFERS for s in speakers for w in phrase_tokens(s)) \
            or any(w.lemma_.lower() in VISIT_CONTEXT for w in verb.sent):
        return ""  # (a minister abroad speaks away from home: "said in Moscow after talks with Lavrov")
    bodies = [*speakers, *(o for s in speakers for o in prep_objects(s, ("for", "of")))]  # "a spokesman for the ministry in Baku"
    places = [m for o in prep_objects(verb, ("in",)) + [p for b in bodies for p in prep_objects(b, ("in",))]
              if (m := index.at(o)) is not None and m.kind == "capital"]
    return places[0].entity.code if places and len(places[0].entity.code) == 3 else ""


def _nationality_told(speaker: "Token", index: MentionIndex) -> bool:
    """The speaker's phrase names its country ("Moldova", "the Russian foreign minister", "Moscow"), as against a titled
    person the story's country is only guessed for ("Foreign Minister Baiba Braze said": she may be of any side)."""
    phrase = phrase_tokens(speaker)
    known = ActorDictionary.bundled()
    return any(t.ent_type_ in ("GPE", "NORP") or (t.text[:1].isupper() and known.country_code(t.text)) for t in phrase) \
        or any(m.kind in NATIONALITY_KINDS or (m.kind == "person" and known.people_named(m.entity.identifier_text))
               for m in index.in_tokens(phrase))


def _aimed_at_no_party(verb: "Token", index: MentionIndex) -> str:
    """The target of the weighed measures when it is no party ("considering measures against a locust invasion",
    "measures targeting inflation"), or "" (also when no target is told: "will consider further measures")."""
    targets = [o for obj in objects(verb) for o in prep_objects(obj, ("against",))]
    targets += [o for obj in objects(verb) for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() == "target"
                for o in c.children if o.dep_ == "dobj"]
    if targets and not any(_actor_like(t, index) for t in targets):
        return targets[0].text
    return ""


def _condition_set_to_party(tok: "Token", index: MentionIndex) -> bool:
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
        if any((_actor_like(d, index) and d.lower_ != "it") or d.lemma_.lower() in PROVOKING_ACTS for d in doers):
            return True
    return not conditions


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


ONLY_CONDITION_MARKS = {"if", "after", "when", "once"}


def _threat_mode(rule: TriggerRule) -> str:
    if rule.event == "ASSAULT":
        return "violence"
    if rule.event == "COERCE":
        return {"arrest": "arrest", "deport": "expel"}.get(rule.mode, "restrict")
    if rule.event == "SANCTION":
        return "expel" if rule.mode == "expel" else "relations"
    return ""


def _apply_governs_maps(drafts: list[_Draft], doc: "Doc") -> None:
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


def _promises_meeting_demands(drafts: list[_Draft], doc: "Doc") -> None:
    """A promise the story names as what protesters or the other side demanded gives way to them (CONCEDE, as the
    regional gold codes accepted demands): "promised to publish all coal export contracts by the end of May, one of the
    main demands of the protesters"."""
    for d in drafts:
        if d.verdict != "coded" or d.event != "AGREE" or d.hit.rule.event != "AGREE" or d.hit.nominal:
            continue
        tok = doc[d.hit.token_i]
        if any(_named_as_demand(t, tok) for t in tok.sent if t.i > tok.i and t.lemma_.lower() == "demand"
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


def _swap_halves(drafts: Sequence[_Draft], index: MentionIndex) -> list[_Draft]:
    """The other side's release in a swap told from one side ("Russia freed Reed in exchange for Yaroshenko":
    the United States freed Yaroshenko), unless the sentence tells it too."""
    coded = [d for d in drafts if d.verdict == "coded" and d.event == "RETREAT" and d.mode == "release"]
    halves = []
    for d in coded:
        found = _given_in_return(d.sent.doc[d.hit.token_i])
        doers, receivers = set(_codes(d.actors)) - {""}, set(_codes(d.recipients)) - {""}
        if found is None or not doers or not receivers or doers & receivers or all(a.start is None for a in d.actors):
            continue  # (a guessed doer, "were freed in return for ...", gives no other side)
        word, given = found
        if not (given.ent_type_ in ("PERSON", "NORP") or given.lemma_.lower() in SWAPPED_PEOPLE):
            continue  # "in return for a ransom", "in exchange for maps of minefields": no people given back
        if any(set(_codes(o.actors)) >= receivers and set(_codes(o.recipients)) & doers for o in coded if o is not d):
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
    return bool(set(_codes(entities_of(subjects(claim), index))) & set(_codes(entities_of(doers, index))))


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


def _confidence(d: _Draft) -> float:
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


def _participants(d: _Draft) -> frozenset[str]:
    """Countries named as taking part (a guessed default recipient is not named)."""
    return frozenset(_codes(d.actors)) | (frozenset() if d.default_recipient else frozenset(_codes(d.recipients)))


def _at_night(words: str) -> bool:
    """Date words of a night or an edge of a day, which may be told as either day: "late on Sunday", "overnight"
    (not "overnight into Monday", which names its day)."""
    lowered = words.lower()
    return lowered == "overnight" or bool(re.search(r"\b(?:night|late|early)\b", lowered))


def _dates_compatible(a: _Draft, b: _Draft) -> bool:
    """Same or adjacent day; a mention without its own date words fits any date."""
    if a.date is None or b.date is None or not a.date.date_text or not b.date.date_text:
        return True
    if a.date.date is None or b.date.date is None:
        return True
    for told, other in ((a, b), (b, a)):  # "said on Thursday it had detained four men ... were detained on Tuesday"
        if told.date.told and not other.date.told:
            return dt.timedelta(0) <= told.date.date - other.date.date <= dt.timedelta(days=LEAD_DAY_REACH)
    night = any(_at_night(d.date.date_text) for d in (a, b))
    weekdays = all(d.date.date_text.lower().split()[-1] in WEEKDAYS for d in (a, b))
    if weekdays and not night:  # "detained an activist on Tuesday ... On Wednesday officers detained a second"
        return a.date.date == b.date.date
    for span, day in ((a.date, b.date), (b.date, a.date)):  # "the sixth diplomat expelled this year": the day lies in it
        if span.enddate is not None and day.enddate is None and span.date <= day.date <= span.enddate:
            return True
    for since, other in ((a, b), (b, a)):  # "the first official to travel to Iran since last week's deal": any day after
        if since.date.start is not None and nlp.span_text(since.sent)[:since.date.start].rstrip().lower().endswith("since") \
                and other.date.date >= since.date.date:
            return True
    return abs((a.date.date - b.date.date).days) <= 1


# definite event nouns that, as a subject, tell the same act again ("The blast also wounded 11")
RETOLD_EVENT_NOUNS = word_set("retold_event_nouns")
NEW_ACT_WORDS = word_set("new_act_words")


TOPIC_TALK_VERBS = {"discuss", "talk", "speak", "confer"}


SPEAKER_OWN_TYPES = VERBAL_TYPES - {"CONSULT", "AGREE"}  # words one speaker says on their own (not meetings, deals)


def _said_by_other_speakers(a: _Draft, b: _Draft) -> bool:
    """Two statements of a kind one speaker makes alone, in different sentences, by different named speakers of a state
    ("the Foreign Ministry summoned the ambassador ... President Maia Sandu wrote on social media, condemning ..."):
    two events, even with the same countries. Only speakers the actor dictionary knows by name count (not "Moldova",
    "the ministry")."""
    if a.event not in SPEAKER_OWN_TYPES:
        return False
    names = [{x.identifier_text for x in d.actors if x.identifier_text and x.sector} for d in (a, b)]
    return all(names) and not names[0] & names[1] and all(len(d.actors) == 1 for d in (a, b))


def _same_talks(a: _Draft, b: _Draft) -> bool:
    """Two mentions of talks in different sentences can be one meeting only if both are calls or neither is (what was
    discussed, and a mediation, may be told of a call), and on the same day when both days are known ("held their
    sixth round of talks in Kars" on the lead's Thursday, "Fidan also phoned Mirzoyan on Friday": two)."""
    if (a.mode == "phone") != (b.mode == "phone"):
        other = b if a.mode == "phone" else a
        if other.mode in ("", "visit", "multilateral") \
                and other.sent.doc[other.hit.token_i].lemma_.lower() not in TOPIC_TALK_VERBS:
            return False  # (not what was discussed, which a call is told with: "the presidents discussed ...")
    def day(d: _Draft) -> dt.date | None:
        known = d.date is not None and d.date.date is not None and not d.date.told and (
            d.date.date_text or d.date.reason.startswith((EPISODE_DAY, OCCASION_DAY)))
        return d.date.date if known else None
    return day(a) is None or day(b) is None or day(a) == day(b)


RETOLD_ACT_NOUNS = word_set("retold_act_nouns")


def _dated_by_the_scene(d: _Draft) -> bool:
    """A later mention dated by the dated act told before it rather than by words of its own ("The man was killed
    early on Wednesday. The four others were detained the same day"): it has a day of its own all the same."""
    return d.date is not None and d.date.date is not None and d.date.reason.startswith(EPISODE_DAY) \
        and "'" in d.date.reason


def _detail_of_told_act(a: _Draft, b: _Draft) -> bool:
    """A lead that tells an act on the report's day and a later sentence that tells it again in detail, with its own
    earlier day, of the people it points back to ("The GKNB said on Thursday it had detained four men ... The
    suspects, all Kyrgyz citizens, were detained on Tuesday in raids in Osh"): one act, whatever the lead's guessed
    recipient."""
    told, detail = (a, b) if a.sent_index < b.sent_index else (b, a)
    if told.date is None or detail.date is None or not told.date.told or detail.date.told \
            or not (detail.date.date_text or _dated_by_the_scene(detail)):
        return False
    ca, cd = set(_codes(told.actors)) - {""}, set(_codes(detail.actors)) - {""}
    if ca and cd and not ca & cd:
        return False
    tok = detail.sent.doc[detail.hit.token_i]
    verb = clause_verb(tok) if detail.hit.nominal else tok
    patients = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(any(c.lower_ in DEFINITE_DETS for c in p.children) and not any(
        c.lower_ in NEW_ACT_WORDS for c in p.children) for p in patients)


def _retold_by_subject(d: _Draft) -> bool:
    """A mention whose subject is a definite noun naming the act told before ("The blast also wounded 11 civilians",
    "The agreement was reached in the Turkish city of Kars", "The cut also interrupted the swap to Turkey"): the same
    act told again."""
    tok = d.sent.doc[d.hit.token_i]
    verb = clause_verb(tok) if d.hit.nominal else tok
    subjects_ = subjects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(s.lemma_.lower() in RETOLD_EVENT_NOUNS | RETOLD_ACT_NOUNS
               and any(c.lower_ in ("the", "this", "that") for c in s.children) for s in subjects_)


def _marked_as_another(d: _Draft) -> bool:
    """A mention that says it is another act: "Protesters later stormed ...", "spoke again", "detained a second
    activist", "jailed another 11 members", "a second shooting incident", "Missiles also hit Lviv", "Separately, ..."
    ("also" not for verbal acts: "the ministers also discussed", "the leaders also adopted a declaration" add to the
    same meeting)."""
    tok = d.sent.doc[d.hit.token_i]
    if d.hit.nominal and claimed_act(tok):
        return False  # "Islamic State later claimed the bombing": "later" tells the claim, not a second act
    verb = clause_verb(tok) if d.hit.nominal else tok
    if any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in verb.children):
        return True
    if _retold_by_subject(d):
        return False  # "The blast also wounded 11 civilians", "The assault also killed three": the same act
    nouns = [tok] if d.hit.nominal else []
    nouns += [o for o in objects(verb) + subjects(verb)]  # (not victims: "another 119 were wounded in the blast")
    if any(c.lower_ in NEW_ACT_WORDS and c.dep_ in ("amod", "det", "nummod", "advmod", "quantmod")
           for n in nouns for c in n.children):
        return True
    if d.event not in VERBAL_TYPES and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return True
    return any(t.lower_ == "separately" for t in d.sent[:3])


INTERCEPTING_VERBS = word_set("intercepting_verbs")
INTERCEPTED_WEAPONS = word_set("intercepted_weapons")
ATTACK_DRONES = word_set("attack_drones")
SCOUTING_WORDS = word_set("scouting_words")


def _weapon_word(tok: "Token") -> bool:
    return tok.lemma_.lower() in INTERCEPTED_WEAPONS or tok.lower_ in INTERCEPTED_WEAPONS


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


def _report_after_time_phrase(verb: "Token") -> bool:
    """What a speaker reported, parsed as a relative clause on the time phrase before it ("Khrenin told reporters after
    the meeting that Belarus and Russia had agreed ...", "told reporters after Thursday's talks that Baku had turned
    down an Armenian proposal"): "that" opens the speech verb's content clause, whose own subject acts."""
    noun = verb.head
    prep = noun.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj" or prep.lower_ not in ("after", "following", "before", "during") \
            or prep.head.lemma_.lower() not in SPEAKER_VERBS:
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children)
    opener = next((t for t in verb.doc[noun.i + 1:verb.i] if t.lower_ == "that"), None)
    return own_subject and opener is not None


def _host_of_talks(participle: "Token", hit: TriggerHit) -> bool:
    """The "by" phrase of talks "hosted by" a state ("held talks in Abu Dhabi on Thursday hosted by the United Arab
    Emirates"): the host of others' talks, no party to them (README: CONSULT third-party, the parties symmetric)."""
    return hit.rule.event == "CONSULT" and participle.lemma_.lower() in HOSTING_VERBS


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
    return _dedupe_entities([a for a in actors if a.code] + [r for r in recips if r.code])


def _interception_roles(verb: "Token", weapons: Sequence["Token"], actors: list[Entity], recips: list[Entity],
                        index: MentionIndex) -> tuple[list[Entity], list[Entity], str, str]:
    """Air defences downing drones tell the drone attack (team decision, round 26): "Russian air defence units
    destroyed 73 Ukrainian drones" is an ASSAULT by the state whose weapons the text names (Ukraine; none when it names
    none), on the side attacked: the interceptor's state, else a country named in the clause ("over the Bryansk
    region")."""
    owners = [e for e in entities_of(list(weapons), index) if e.code]
    owner_codes = set(_codes(owners))
    attacked = [a for a in actors if a.code and a.code not in owner_codes]
    ra = ("the state whose weapons were downed: '" + owners[0].entity_text + "' -> " + "/".join(sorted(owner_codes))
          if owners else "the weapons downed name no state")
    if attacked:
        return owners, attacked, ra, f"the side that downed them -> {'/'.join(_codes(attacked))}"
    found, why = _clause_country(verb, owners, index, "the side that downed them is not named")
    return owners, [e for e in found if e.code not in owner_codes], ra, why


def _strikes_on_each_other(a: _Draft, b: _Draft) -> bool:
    """Attacks in opposite directions told in sentences of their own, each by a named side on the other ("Russia
    launched 120 drones at Ukraine overnight. Hours later Ukraine's General Staff said its drones had struck an oil
    pumping station in Bryansk"): two attacks, not one clash told twice (a clash word or returned fire is one clash:
    "Tajik guards fired on smugglers ... the guards returned fire")."""
    if a.event != "ASSAULT" or a.hit.rule.reciprocal or b.hit.rule.reciprocal or a.default_recipient or b.default_recipient:
        return False
    ca, ra, cb, rb = (set(_codes(x)) - {""} for x in (a.actors, a.recipients, b.actors, b.recipients))
    if not (ca and ra and cb and rb) or ca & cb or not (ca & rb and cb & ra):
        return False
    if all(SPEAKERS_OWN_SIDE in d.recipient_reason for d in (a, b)):
        return False  # "Armenia said Azerbaijani forces fired on its positions. Azerbaijan said Armenian units had shot at
        # its posts": each side blames the other for one clash
    return not any(_fire_returned(d) for d in (a, b))


def _fire_returned(d: _Draft) -> bool:
    """Fire answered in the same exchange: "returned fire", "fired back", "shot back"."""
    tok = d.sent.doc[d.hit.token_i]
    verb = clause_verb(tok) if d.hit.nominal else tok
    return any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children) or (
        verb.lemma_.lower() == "return" and any(o.lemma_.lower() == "fire" for o in objects(verb)))


def _later_clause(first: _Draft, second: _Draft) -> bool:
    """The second mention is in a clause of its own, with its own subject, that says it came later ("Several hundred
    supporters gathered outside the court, and about 40 of them later blocked the highway"; not "protesters later
    stormed the building in an assault": one clause)."""
    verbs = [clause_verb(d.sent.doc[d.hit.token_i]) if d.hit.nominal else d.sent.doc[d.hit.token_i] for d in (first, second)]
    verb = verbs[1]
    return verbs[0].i != verb.i and any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


REPEAT_ADVERBS = word_set("repeat_adverbs")


def _standing_pattern(verb: "Token") -> str:
    """A deed told in the perfect as done again and again, with no day of its own ("Russian forces have repeatedly
    struck civilian targets in Kherson", "the two countries have clashed repeatedly over water"): a pattern, not news
    (and no fuller mention of a real act to merge into); words ("has repeatedly threatened to ...") are left to their
    rules. Returns the adverb, or ""."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
            or _dated_to_a_day(verb):
        return ""
    return next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS), "")


DEED_PER_VERB = type_set("deed_per_verb")


def _other_deed(a: _Draft, b: _Draft) -> bool:
    """Two verbs of a type whose every verb is a deed of its own ("signed a joint declaration ... thanked him for his
    hospitality ... backed his proposal"): different acts of the same pair, unless one is a noun that names the act
    again ("the signing") or both use the same verb."""
    if a.event not in DEED_PER_VERB or a.hit.nominal or b.hit.nominal:
        return False
    return a.sent.doc[a.hit.token_i].lemma_.lower() != b.sent.doc[b.hit.token_i].lemma_.lower()


def _mutual_swap(d: _Draft) -> bool:
    """A swap told as one act of two sides on each other ("Belarus and Lithuania exchanged prisoners")."""
    codes = set(_codes(d.actors)) - {""}
    return d.hit.rule.reciprocal and len(codes) >= 2 and codes == set(_codes(d.recipients)) - {""}


PARTITIVE_DETS = word_set("partitive_dets")
PARTITIVE_HEADS = word_set("partitive_heads")


def _part_of_the_crowd(d: _Draft) -> bool:
    """A mention whose doers are a part of a crowd told before: "some protesters", "about 40 of them", "a group of
    demonstrators", "some of the marchers"."""
    tok = d.sent.doc[d.hit.token_i]
    verb = clause_verb(tok) if d.hit.nominal else tok
    for subj in subjects(verb):
        if any(c.dep_ in ("det", "amod") and c.lower_ in PARTITIVE_DETS for c in subj.children):
            return True
        of_what = prep_objects(subj, ("of",))
        if of_what and (subj.lemma_.lower() in PARTITIVE_HEADS | PARTITIVE_DETS or subj.like_num) and (
                subj.lemma_.lower() in PARTITIVE_HEADS or any(p.lower_ in ("them", "those") or any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in p.children) for p in of_what)):
            return True
    return False


CUSTODY_ORDER_RULES = {"COERCE/remand", "COERCE/order_held"}
SUMMONS_RULES = {"MOBILIZE/serve_summons", "MOBILIZE/serve_summons_callup"}  # call-up papers served on people


def _custody_order(d: _Draft) -> bool:
    """A court's order to hold someone ("a court ordered him held for two months", "was remanded in custody"), which is
    an arrest of its own beside the detention by the police or a security service (team decision, round 26)."""
    return d.event == "COERCE" and d.mode == "arrest" and (
        d.hit.rule.id in CUSTODY_ORDER_RULES or any(a.sector == "JUD" for a in d.actors))


def _same_event(a: _Draft, b: _Draft) -> bool:
    """One real-world event told twice in a story: same type, compatible date, and the countries taking
    part in one mention are all among those of the other (a mention with no country fits any; "A fired on
    B" and "B fired on A" are one clash). Exact role matches always merge."""
    if a.event != b.event or not _dates_compatible(a, b):
        return False
    if a.swap_of == b.hit.token_i or b.swap_of == a.hit.token_i:
        return False  # the two halves of a swap
    if a.event == "RETREAT" and a.sent_index == b.sent_index and _mutual_swap(a) != _mutual_swap(b):
        return False  # "exchanged prisoners, with Minsk freeing three Lithuanians": the swap holds the half not told
    if a.event not in STORY_MERGED_TYPES and a.mode and b.mode and a.mode != b.mode:
        return False  # an arrest and a seizure, an allegation and a protest note: two acts
    if a.event == "ASSAULT" and (a.mode == "abduct") != (b.mode == "abduct"):
        return False  # "captured and executed four fighters", "was shot down and captured by guerrillas": two acts
    if a.event == "PROTEST" and (a.mode == "hunger") != (b.mode == "hunger"):
        return False  # "she had been on hunger strike since Monday. Several dozen supporters gathered outside": two acts
    if a.event == "PROTEST" and a.sent_index != b.sent_index and {a.mode, b.mode} == {"demo", "obstruct"} \
            and _part_of_the_crowd(max(a, b, key=lambda d: d.sent_index)):
        return False  # "Thousands marched through Yerevan. Some protesters sat down on Nalbandyan Street and blocked
        # traffic": a part of the crowd doing another kind of act (a blockade beside the march)
    if a.event == "MOBILIZE" and a.sent_index != b.sent_index \
            and (a.hit.rule.id in SUMMONS_RULES) != (b.hit.rule.id in SUMMONS_RULES):
        return False  # "Putin on Tuesday signed a decree calling up 135,000 conscripts ... During a raid on Wednesday,
        # police handed summonses to 22 newly naturalised citizens": the summonses are a call-up of their own
    if a.event == "COERCE" and a.sent_index != b.sent_index and not (a.hit.nominal or b.hit.nominal) \
            and _custody_order(a) != _custody_order(b):
        return False  # "The FSB said it had detained a Kursk man ... A court on Wednesday ordered him held": two arrests
    later = max(a, b, key=lambda d: d.sent_index)
    if a.sent_index == b.sent_index and _later_clause(*sorted((a, b), key=lambda d: d.hit.token_i)):
        return False  # "Several hundred supporters gathered outside the court, and about 40 of them later blocked the
        # highway": a second act told after the first in the same sentence
    if a.sent_index != b.sent_index and (_other_deed(a, b) or _strikes_on_each_other(a, b)):
        return False  # "signed a declaration ... thanked him ... backed the proposal", "Russia launched drones at
        # Ukraine ... Ukraine's drones struck a pumping station in Bryansk": each its own act
    if a.sent_index != b.sent_index and (_strikes_back(a, b) or _strikes_back(b, a) or _marked_as_another(later)):
        return False  # "Security forces killed 13 of the attackers", "jailed another 11", "Protesters later stormed"
    if a.sent_index != b.sent_index and _said_by_other_speakers(a, b):
        return False  # "Moldova's Foreign Ministry summoned the Russian ambassador ... 'This is unacceptable,' President
        # Maia Sandu wrote": each speaker's own protest
    guessed = a.both_parties or b.both_parties  # third parties guessed to address both states are not "exact"
    if (_codes(a.actors), _codes(a.recipients)) == (_codes(b.actors), _codes(b.recipients)) \
            and not (guessed and a.sent_index != b.sent_index and a.event not in STORY_MERGED_TYPES):
        return True
    if a.event not in STORY_MERGED_TYPES and a.sent_index != b.sent_index and not _retold_by_subject(later) \
            and not _detail_of_told_act(a, b):
        return False
    if a.sent_index != b.sent_index and _retold_by_subject(later) and not _codes(later.actors):
        return True  # "The deal was reached in Tbilisi": the agreement told before, whatever the place suggests
    if a.event == "CONSULT" and a.sent_index == b.sent_index and (not a.actors or not b.actors):
        return True  # "met Putin at the Kremlin, where they discussed Iran": the talks are the meeting
    if a.event == "CONSULT" and a.sent_index == b.sent_index and (_hosting(a) or _hosting(b)):
        return True  # "met in Abu Dhabi in talks hosted by the UAE"
    def fits(x: Sequence[Entity], y: Sequence[Entity]) -> bool:
        cx, cy = set(_codes(x)), set(_codes(y))
        return not cx or not cy or bool(cx & cy)

    if a.sent_index == b.sent_index and _codes(a.actors) and _codes(b.actors) \
            and not set(_codes(a.actors)) & set(_codes(b.actors)):
        return False  # "Hezbollah fired rockets into Israel as Israeli jets bombed Beirut": each side's own act
    if a.sent_index == b.sent_index and _codes(a.actors) and _codes(b.actors) and _separate_clauses(a, b):
        return False  # "clashes erupted on the border, and Ethiopian jets bombed Asmara airport": two acts
    ca, cb = set(_codes(a.actors)) - {""}, set(_codes(b.actors)) - {""}
    ra, rb = set(_codes(a.recipients)) - {""}, set(_codes(b.recipients)) - {""}
    if a.event != "CONSULT" and ca and cb and not ca & cb \
            and not ((ca & rb or cb & ra) and (not rb or ca & rb) and (not ra or cb & ra)):
        return False  # "Belarus ordered a snap check ... Lithuania's units had been placed on heightened readiness": each
        # side's own act (one clash told from both sides keeps each as the other's target, as far as told: "Afghan
        # guards fired on a Tajik patrol ... The Tajik guards returned fire")
    if a.event == "CONSULT" and a.sent_index != b.sent_index and not _same_talks(a, b):
        return False  # "held their sixth round of talks in Kars ... Fidan also phoned Mirzoyan on Friday"
    if a.event in ANSWERABLE_TYPES and _codes(a.actors) and _codes(b.actors) \
            and not set(_codes(a.actors)) & set(_codes(b.actors)) and set(_codes(a.actors)) <= set(_codes(b.recipients)):
        return False  # "The EU imposed sanctions on China ... China hit back, announcing sanctions on Europeans": an answer
    pa, pb = _participants(a), _participants(b)
    if pa <= pb or pb <= pa:
        return True
    return (fits(a.actors, b.actors) and fits(a.recipients, b.recipients)) or \
        (fits(a.actors, b.recipients) and fits(a.recipients, b.actors))


ACCUSING_PARTICIPLES = word_set("accusing_participles")
AGREEMENT_NOUNS = word_set("agreement_nouns")
IRREGULAR_SECTORS = {"UAF", "CRM", "REB"}
ARMED_GROUP_SECTORS = {"UAF", "REB"}
ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "CRM", "PRM", "SPY", ""}  # ("" : a state named as such: "fire from Azerbaijan")
LATER_WORDS = word_set("later_words")


def _strikes_back(attack: _Draft, response: _Draft) -> bool:
    """Security forces acting on the attackers of an earlier mention ("Gunmen attacked a base ... Security
    forces killed 13 of the attackers"): the response is an event of its own, not the attack told again."""
    attack_sectors = {a.sector for a in attack.actors}
    if response.sent_index <= attack.sent_index or attack_sectors & FORCE_SECTORS \
            or not any(a.sector in FORCE_SECTORS for a in response.actors):
        return False
    if attack_sectors & IRREGULAR_SECTORS:  # "Gunmen killed 305 worshippers ... its aircraft destroyed their vehicles"
        return not attack_sectors & {a.sector for a in response.actors}
    # an attack with no named doer ("Four cyclists were killed"), then forces acting on attackers
    return not attack_sectors and bool({r.sector for r in response.recipients} & IRREGULAR_SECTORS)


def _separate_clauses(a: _Draft, b: _Draft) -> bool:
    """Two mentions in clauses of their own: each clause verb has its own subject and neither clause holds the
    other ("clashes erupted ..., and jets bombed ..."; not "attacked the post, killing two")."""
    verbs = []
    for d in (a, b):
        tok = d.sent.doc[d.hit.token_i]
        verb = clause_verb(tok) if d.hit.nominal else tok
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        verbs.append(verb)
    first, second = verbs
    return first.i != second.i and not _holds(first, second) and not _holds(second, first)


def _holds(outer: "Token", inner: "Token") -> bool:
    """`inner` sits inside `outer`'s clause (coordination does not count: "X erupted, and jets bombed")."""
    cur = inner
    deps: list[str] = []
    while cur.head.i != cur.i:
        deps.append(cur.dep_)
        if cur.head.i == outer.i:
            return any(d != "conj" for d in deps)
        cur = cur.head
    return False


HOSTING_VERBS = word_set("hosting_verbs")
MEETING_NOUNS = word_set("meeting_nouns")
HAPPENING_VERBS = word_set("happening_verbs")


def _hosting(d: _Draft) -> bool:
    """A host's or mediator's part in talks ("talks hosted by the UAE", "the UAE mediated the talks")."""
    tok = d.sent.doc[d.hit.token_i]
    if tok.lemma_.lower() not in HOSTING_VERBS:
        return False
    return (tok.dep_ == "acl" and tok.head.lemma_.lower() in MEETING_NOUNS) or any(
        o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in MEETING_NOUNS for o in tok.children)


def _fill_roles(d: _Draft, other: _Draft) -> None:
    """A merged mention takes the roles it lacks from the other mention ("soldiers were killed" +
    "Azerbaijani forces shelled" -> AZE against ARM), unless that would put one country on both sides."""
    if not any(a.code for a in d.actors) and any(a.code for a in other.actors) \
            and not set(_codes(other.actors)) & set(_codes(d.recipients)):
        d.actors = list(other.actors)
    if not any(r.code for r in d.recipients) and any(r.code for r in other.recipients) \
            and not set(_codes(other.recipients)) & set(_codes(d.actors)):
        d.recipients = list(other.recipients)



def _may_date(weaker: _Draft, stronger: _Draft) -> bool:
    """Whether a merged mention's own day may date the kept one: not when both are in one sentence and that day was
    found to date another clause than the kept act's ("Khurelsukh, who arrived on Tuesday evening, held talks with
    Mirziyoyev": the arrival's day is not the talks')."""
    if weaker.sent_index != stronger.sent_index or weaker.date is None or weaker.date.start is None:
        return True
    tok = _token_at(stronger.sent, weaker.date.start + stronger.sent.start_char)
    kept = stronger.sent.doc[stronger.hit.token_i]
    head = clause_verb(kept) if stronger.hit.nominal else kept
    return tok is None or not (_dates_another_act(tok, head, weaker.date.exact_day) or _day_above_the_clause(tok, head))


def _strength(d: _Draft) -> tuple[int, int, float]:
    """Which mention of a merged event to keep: most countries, then a named actor, then its own date, then confidence
    (the kept mention takes a merged mention's date when it has none of its own: see _finish)."""
    return (len(_participants(d)), int(any(a.code for a in d.actors)),
            int(bool(d.date and d.date.date_text and not d.date.told)), d.confidence)


def _merge_reason(weaker: _Draft, stronger: _Draft) -> str:
    pw, ps = _participants(weaker), _participants(stronger)
    who = "same actors" if pw == ps else ("no countries named" if not pw else "countries " + "+".join(sorted(pw)) + " within " + "+".join(sorted(ps)))
    return f"{stronger.event}, {who}, sentence {stronger.sent_index + 1}"


def _clause_depth(d: _Draft) -> int:
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


NO_DAY_REASONS = ("year", "the year before publication", "the year of publication", "month",
                  "the month before publication", "the month of publication")  # times that fix no day


def _day_if_fixed(date: DateResolution) -> DateResolution:
    """An act timed only by a whole year or month ("detained 1,214 people in 2024", "exports rose to a record last
    year", "impounded by Belarusian customs in early January"): a total of that time, or a day the text does not fix;
    no date (the words stay in the explanation)."""
    if date.date_text and not date.exact_day and date.reason.startswith(NO_DAY_REASONS):
        return dataclasses.replace(date, date=None, enddate=None, reason=f"{date.reason}: no day fixed")
    return date


def _finish(article: Article, drafts: list[_Draft],
            coder_name: str) -> tuple[tuple[Event, ...], tuple[Candidate, ...], frozenset[str],
                                     frozenset[tuple[str, str, int | None, int | None]]]:
    tax = taxonomy()
    doc_text = article.text
    kept: list[_Draft] = []
    merged_into: dict[int, int] = {}
    told_dates: dict[int, DateResolution] = {}  # id of a kept mention -> the own date of a mention merged into it
    for n, d in enumerate(drafts):
        if d.verdict != "coded":
            continue
        twin = next((k for k in kept if k.sent_index == d.sent_index and _same_event(k, d)), None)
        if twin is None:  # a mention is first the same act as one of its own sentence ("killed ... in a shootout")
            twin = next((k for k in kept if _same_event(k, d)), None)
        if twin is not None:
            _fill_roles(d, twin)
            _fill_roles(twin, d)
            stronger, weaker = (d, twin) if _strength(d) > _strength(twin) else (twin, d)
            if weaker.date is not None and not weaker.date.told and (weaker.date.date_text or (
                    stronger.date is not None and stronger.date.told and _dated_by_the_scene(weaker)
                    and _detail_of_told_act(stronger, weaker))) \
                    and _may_date(weaker, stronger):  # (a detail dated by its scene dates a lead told on the report's day)
                told_dates.setdefault(id(stronger), weaker.date)
            if id(weaker) in told_dates:
                told_dates.setdefault(id(stronger), told_dates[id(weaker)])
            if stronger is d:
                kept[kept.index(twin)] = d
                merged_into[id(twin)] = id(d)
                twin.verdict = f"merged: same event as a fuller mention ({_merge_reason(twin, d)})"
            else:
                d.verdict = f"merged: same event as an earlier mention ({_merge_reason(d, twin)})"
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
        date = _day_if_fixed(d.date or DateResolution(article.pub_date))
        event_id = f"{article.id}-{n}"
        ids[id(d)] = event_id
        mode = (d.mode,) if d.mode else ()
        events.append(Event(
            id=event_id, story_id=article.id, date=date.date, event=(d.event,),
            event_text=nlp.span_text(d.sent).strip(), text_info=TextInfo(d.sent_index, d.sent.start_char, d.sent.end_char),
            confidence=round(d.confidence, 4), coder=coder_name, mode=mode, context=d.contexts,
            actor=tuple(d.actors), recipient=tuple(d.recipients), enddate=date.enddate,
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


LOCATED_SECTORS = {"COP", "GOV", "JUD", "SPY", "LEG", "MIL", "REB"}  # insurgents mostly fight at home
LOCAL_SECTORS = {"COP", "CVL", "JUD"}  # police and courts act where they are, and so do crowds in local acts
LOCAL_ACT_TYPES = DOMESTIC_DEFAULT | VIOLENT_TYPES | {"PROTEST"}


_PLACED_IN = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?(?:[a-z-]+\s+)?")


def _placed_in(e: Event, actor: Entity, loc: Location) -> bool:
    """"Soldiers in Mandalay", "Authorities in Mashhad", "rebels in northern Cabinda": the actor is placed by the
    very place the event is located at."""
    if actor.end is None or loc.start is None or loc.start < actor.end:
        return False
    offset = e.text_info.start
    return _PLACED_IN.fullmatch(e.event_text[actor.end - offset:loc.start - offset]) is not None


DESTINATION_PREPS = {"to", "into"}


def _destination_of_act(e: Event, loc: Location, doc: "Doc | None") -> bool:
    """Whether the event's place is where the act sends someone, not where it is done: "He was deported to Dushanbe",
    "were flown to Kabul": the deporting state is not the destination's (a "to" or "into" phrase on the trigger)."""
    if doc is None or e.trigger_start is None or loc.start is None:
        return False
    trigger = doc.char_span(e.trigger_start, e.trigger_end or e.trigger_start + 1, alignment_mode="expand")
    place = doc.char_span(loc.start, loc.end or loc.start + 1, alignment_mode="expand")
    if trigger is None or place is None or not len(trigger) or not len(place):
        return False
    root = place.root
    return root.dep_ == "pobj" and root.head.lower_ in DESTINATION_PREPS and root.head.head.i == trigger.root.i


def _state_actors_from_location(e: Event, inferred: frozenset, dateline_only: str = "",
                                doc: "Doc | None" = None) -> tuple[Event, str]:
    """A state-sector actor with no country ("Police in Almaty detained...") belongs to the country
    where the event happened. Soldiers in violence are left alone: they often fight abroad. Entities that were
    only given the story's country (`inferred`) belong to the place the sentence names: police and courts
    always, crowds in a local act ("protesters gathered in Yerevan" in a story from Baku), and anyone placed by
    it ("authorities in Mashhad"); so do the people arrested or freed there, and the victims of violence by
    someone placed there ("NAIROBI - Police in Mogadishu arrested a radio journalist")."""
    loc = e.event_loc
    if loc is None or not loc.country_code or len(loc.country_code) != 3:
        return e, ""
    if _destination_of_act(e, loc, doc):
        return e, ""
    violent = any(t in VIOLENT_TYPES for t in e.event)
    if not e.actor and "PROTEST" in e.event:  # "rallies continued in Zhanaozen": people of the place protest
        return dataclasses.replace(e, actor=(Entity(code=loc.country_code, sector="CVL"),)), \
            f"protesters of the event's country -> {loc.country_code}"
    protest = "PROTEST" in e.event  # "residents of a village near Osh blocked a highway": people of the place
    told_here = loc.start is not None and e.text_info.start <= loc.start < e.text_info.end
    local_act = any(t in LOCAL_ACT_TYPES for t in e.event)

    def guessed(x: Entity, role: str) -> bool:
        return (e.id, role, x.start, x.end) in inferred and x.code != loc.country_code

    def bureau(x: Entity, role: str) -> bool:  # given only the dateline's country ("LONDON - Gunmen shot dead six
        # policemen in Peshawar"; not the army of "ANKARA - The army said it had struck militants in northern Iraq")
        return told_here and bool(dateline_only) and x.code == dateline_only and guessed(x, role) \
            and not (violent and role == "actor" and x.sector == "MIL")

    fix = [a for a in e.actor if (not a.code and (a.sector in LOCATED_SECTORS or (protest and a.sector))
                                  and not (violent and a.sector == "MIL"))
           or (told_here and not a.entity_text and a.sector == "COP" and a.code != loc.country_code)
           or (told_here and guessed(a, "actor") and a.sector in LOCAL_SECTORS and (a.sector in ("COP", "JUD") or local_act))
           or (told_here and (guessed(a, "actor") or not a.code) and a.code != loc.country_code and _placed_in(e, a, loc))
           or bureau(a, "actor")]
    # the second kind: police inferred for an agentless arrest take the country of the place the sentence
    # names ("three Kyrgyz citizens were detained at the airport in Istanbul")
    domestic = any(t in DOMESTIC_DEFAULT for t in e.event)
    moved_guess = any(guessed(a, "actor") for a in fix)  # (not rebels with no country, who may strike foreigners)
    moved = [r for r in e.recipient
             if (told_here and (domestic or (violent and moved_guess)) and r.sector and guessed(r, "recipient"))
             or (told_here and "AID" in e.event and r.sector in ("CVL", "GOV") and guessed(r, "recipient"))  # "delivered
             # food to 2,500 residents of frontline villages in the Kherson region": people of the place; "handed over to
             # officials in Mazar-i-Sharif": its officials
             or (told_here and violent and r.sector and guessed(r, "recipient")
                 and r.code in {a.code for a in e.actor})  # "A Russian drone killed two civilians in Kherson": the
             # victims are people of the place, not of the attacker's country
             or bureau(r, "recipient")]
    if not fix and not moved:
        return e, ""
    actors = tuple(dataclasses.replace(a, code=loc.country_code) if a in fix else a for a in e.actor)
    recips = tuple(dataclasses.replace(r, code=loc.country_code) if r in moved else r for r in e.recipient)
    words = ", ".join(x.entity_text or x.sector for x in fix + moved)
    why = f"'{words}' of the event's country -> {loc.country_code}"
    if fix and not any(r.code for r in recips) and (domestic or any(m in ("investigate", "convict") for m in e.mode)):
        # "Police began detaining participants", "A court in Karaganda sentenced a man": now that the police or the
        # court have a country, the act falls on it
        filled = tuple(dataclasses.replace(r, code=loc.country_code) for r in recips) \
            or (Entity(code=loc.country_code, sector="CVL"),)
        if any(r.code for r in filled):
            return dataclasses.replace(e, actor=actors, recipient=filled), f"{why}; the act falls on the same country"
    return dataclasses.replace(e, actor=actors, recipient=recips), why


# acts whose place is where the actor spoke or decided, not whom it is aimed at: "dismissed the report ..., said in
# Geneva", "EU ministers meeting in Luxembourg ... froze their assets", "rejected the warning" in Almaty
VENUE_ONLY_TYPES = type_set("venue_only")


def _venue_of_statement(e: Event, loc: Location, doc: "Doc | None") -> bool:
    """Whether the place of a statement or a sanction is only where it was made: "dismissed the report ..., said in
    Geneva", "EU ministers meeting in Luxembourg ... froze their assets", "who represented Pashinyan in Almaty, rejected
    the warning". A place inside what the act is about ("reports of violations by the military in Mindanao", "urged
    restraint in Kyrgyzstan") and the place of an investigation (a domestic act) are not venues."""
    if not any(t in VENUE_ONLY_TYPES for t in e.event) or "investigate" in e.mode:
        return False
    if doc is None or e.trigger_start is None or loc.start is None:
        return True
    trigger, place = doc.char_span(e.trigger_start, e.trigger_end or e.trigger_start + 1, alignment_mode="expand"), \
        doc.char_span(loc.start, loc.end or loc.start + 1, alignment_mode="expand")
    if trigger is None or place is None or not len(trigger) or not len(place):
        return True
    cur, trig = place.root, trigger.root
    while cur.head.i != cur.i and cur.head.i != trig.i:
        cur = cur.head
    if cur.head.i != trig.i or cur.i == trig.i:
        return True  # (in the subject, another clause or the reporting verb's phrase)
    return not (cur.dep_ in ("dobj", "ccomp", "xcomp", "attr", "nsubjpass", "oprd")
                or (cur.dep_ == "prep" and cur.lower_ in TOPIC_PREPS))


TOPIC_PREPS = {"about", "over", "on", "into", "against", "of", "to", "toward", "towards"}


def recipients_from_location(analysis: StoryAnalysis, doc: "Doc | None" = None) -> StoryAnalysis:
    """An event with no recipient country takes the country where it happened, when the place is named
    in the event's own sentence ("attacked villages in Chechnya" -> RUS; "demonstrated in Kirkuk" ->
    IRQ): the people or government of that country are on the receiving end. Datelines do not count.
    A state-sector actor with no country takes the country of the event's place (datelines count)."""
    events = []
    filled: dict[str, str] = {}
    actor_notes: dict[str, str] = {}
    for e in analysis.events:
        loc = e.event_loc
        e, why = _state_actors_from_location(e, analysis.inferred_countries, analysis.dateline_only_country, doc)
        if why:
            actor_notes[e.id] = why
        default = e.id in analysis.default_recipients
        own_place = default and loc is not None and {a.code for a in e.actor if a.code} == {loc.country_code} \
            and any(t in DIRECTED_DEFAULT for t in e.event) and not any(t in DOMESTIC_DEFAULT for t in e.event) \
            and any(r.code and r.code != loc.country_code for r in e.recipient)
        if own_place:  # "the Kyrgyz side asked for longer hours at crossings in Jalal-Abad": a request made
            events.append(e)  # about a place at home is still addressed to the other party
            continue
        if (loc is None or not loc.country_code or loc.start is None
                or (any(r.code for r in e.recipient) and not default) or _venue_of_statement(e, loc, doc)
                or not (e.text_info.start <= loc.start < e.text_info.end)):
            events.append(e)
            continue
        if e.recipient and not default:
            recips = tuple(dataclasses.replace(r, code=loc.country_code) for r in e.recipient)
        else:
            recips = (Entity(code=loc.country_code, sector="", entity_text=loc.extracted_place,
                             start=loc.start, end=loc.end),)
        filled[e.id] = f"place of the event: '{loc.extracted_place}' -> {loc.country_code}"
        events.append(dataclasses.replace(e, recipient=recips))
    if not filled and not actor_notes:
        return analysis
    candidates = tuple(dataclasses.replace(c, recipient_reason=f"{c.recipient_reason}; {filled[c.event_id]}")
                       if c.event_id in filled else c for c in analysis.candidates)
    candidates = tuple(dataclasses.replace(c, actor_reason=f"{c.actor_reason}; {actor_notes[c.event_id]}")
                       if c.event_id in actor_notes else c for c in candidates)
    return dataclasses.replace(analysis, events=tuple(events), candidates=candidates)


@dataclass(frozen=True, slots=True)
class _Trigger:
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


@dataclass(frozen=True, slots=True)
class _Veto:
    """A reason not to code a trigger. It applies to the triggers whose event (as converted so far) is in `events`,
    whose rule's event is in `rule_events` and whose rule's mode is in `modes` (empty: any), told by a verb unless
    `nouns_too`. When `finds` returns something true, the trigger is not coded, and the verdict says why: `verdict`
    with `{found}` (what `finds` returned) and `{trigger}` (the trigger's text) filled in."""
    finds: Callable[[_Trigger], object]
    verdict: str
    events: frozenset[str] = frozenset()
    rule_events: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    nouns_too: bool = False

    def says_no(self, t: _Trigger) -> str:
        """The verdict if this veto stops the trigger, else ''."""
        if (self.events and t.event not in self.events) or (self.rule_events and t.rule.event not in self.rule_events) \
                or (self.modes and t.rule.mode not in self.modes) or (t.hit.nominal and not self.nouns_too):
            return ""
        found = self.finds(t)
        return self.verdict.format(found=found, trigger=t.tok.text) if found else ""


ENVOY_POST_WORDS = word_set("envoy_post_words")


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
    named = next((w for w in tok.sent if w.lemma_.lower() in ENVOY_NOUNS and w.i < tok.i), None)
    return named.text if named is not None and on_words & ENVOY_POST_WORDS else ""


def _arrival_of_the_one_meeting(tok: "Token", by_token: dict[int, TriggerHit]) -> str:
    """A trip told in a clause describing the subject of a meeting verb ("Zhumangarin, who arrived in Kabul on Tuesday
    for a two-day visit, met Baradar on Wednesday"): part of the visit the main verb tells, no second one. Returns
    the main verb, or ""."""
    if tok.dep_ != "relcl" or tok.lemma_.lower() not in TRAVEL_VERBS:
        return ""
    visitor = _subject_antecedent(tok.head)
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
    if doers or _carrier_owners(tok):
        return ""
    moved = passive_subjects(tok) if is_passive(tok) else objects(tok)
    return moved[0].text if moved else tok.text


def _cyber_hit_did_it(t: _Trigger) -> bool:
    """"the portal was hit by a denial-of-service attack": what a cyber attack did is that attack (coded from its noun)."""
    doers = agents(t.tok) if is_passive(t.tok) else subjects(t.tok)
    return any((h := t.by_token.get(d.i)) is not None and h.rule.event == "COERCE" and h.rule.mode == "cyber" for d in doers)


def _types(*names: str) -> frozenset[str]:
    return frozenset(names)


def _declined_as_fall(t: _Trigger) -> bool:
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
COMMITTING_HEADS = word_set("committing_heads")


NEEDING_WORDS = word_set("need_heads")


def _needed_only(cue: str) -> bool:
    """Whether the word that sets an act ahead only says it is needed ("we need to discuss that before it happens", "We
    need to talk to Moscow about the migrants"): a need is no promise."""
    return cue.lower() in NEEDING_FORMS


NEEDING_FORMS = NEEDING_WORDS | {w + ending for w in NEEDING_WORDS for ending in ("s", "d", "ed")}  # "needs", "required"


def _timetable_preview(t: _Trigger) -> str:
    """A meeting or a visit told as on the calendar, with no promise of anyone's ("Energy ministers of the Eurasian
    Economic Union will meet in Astana next week", "its monitors would visit the area on Wednesday"): a timetable is no
    promise (an agreement to meet, "agreed to meet next month", is). Returns the cue, or ""."""
    mod = modality(t.tok)
    scheduled = mod.status == "future" and mod.cue.lower() in SCHEDULE_CUES
    if mod.status != "future" or not (scheduled or mod.cue.lower() in FUTURE_AUX
                                      or mod.cue.startswith(("would", "next", "in next", "on next"))):
        return ""
    verb = clause_verb(t.tok)
    if any(head_lemma(a) in COMMITTING_HEADS for a in [verb] + ancestors_chain(verb, limit=5)):
        return ""
    if scheduled or (_fixed_days_ahead(verb, t.pub) and not _announced(t.sent)):  # ("The foreign ministers of
        return mod.cue  # Kazakhstan and Uzbekistan will meet in Tashkent on Friday": a bare timetable)
    if _counterpart_named(t.tok, verb, t.index):  # ("would host a donors' conference": the host's promise)
        return ""
    return mod.cue


SCHEDULE_CUES = word_set("schedule_cues")


def _announced(sent: "Span") -> bool:
    """Whether a sentence tells who says what it tells ("..., the Kremlin said", "according to the ministry",
    "Kerry said he would fly ..."): an announcement, a statement of intent (a bare timetable names no one)."""
    return any(t.lemma_.lower() in SPEAKER_VERBS and t.pos_ in ("VERB", "AUX") and subjects(t) for t in sent) \
        or "according to" in sent.text.lower()


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


def _travel_as_noun(t: _Trigger) -> str:
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


def _private_trip(t: _Trigger) -> str:
    """A trip to see one's family or a doctor ("was detained while travelling to visit his parents in Tiraspol",
    "cross the bridge to visit relatives"): no visit between parties. A friend who is named as a political actor is
    no private host ("flew to Minsk to visit his old friend Lukashenko for informal talks"). Returns whom, or ""."""
    visits = [c for c in t.tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("visit", "see")] + \
        ([t.tok] if t.tok.lemma_.lower() in ("visit", "see") else [])
    seen = next((o for v in visits for o in objects(v) if (o.lemma_.lower() in PRIVATE_VISITEES or o.lower_ in PRIVATE_VISITEES)
                 and not _named_as_actor(o, t.index)), None)
    return seen.text if seen is not None else ""


def _named_as_actor(noun: "Token", index: MentionIndex) -> bool:
    """A kin or friend word that names a political actor beside it ("his old friend Lukashenko", "the president's
    friend, Prime Minister Pashinyan"): an apposition or compound an actor mention covers, with a code."""
    return any((m := index.at(c)) is not None and bool(m.entity.code)
               for c in noun.children if c.dep_ in ("appos", "compound", "nmod", "npadvmod"))


def _defended_nothing(t: _Trigger) -> str:
    """"Defend" with nothing defended, of play or of a stance ("They defended like soldiers"): no support of anyone.
    Returns the verb, or ""."""
    tok = t.tok
    if tok.lemma_.lower() != "defend" or objects(tok) or is_passive(tok) or prep_objects(tok, ("against",)):
        return ""
    return tok.text


def _closed_by_hazard(t: _Trigger) -> str:
    """A road or a pass closed because of a natural hazard ("closed near Makhambet because water is flowing over the
    carriageway", "was closed on Monday after a mudflow buried a section of the road"): no one's restriction. Returns
    the hazard, or ""."""
    if (hazard := _hazard_cause(t.tok)):
        return hazard
    for c in t.tok.children:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("because", "after", "as", "since", "when")
                                     for m in c.children):  # ("was closed on Tuesday when heavy rain washed away a bridge")
            doers = subjects(c)
            found = next((d for d in doers if d.lemma_.lower() in HAZARD_NOUNS or d.lower_ in HAZARD_NOUNS
                          or d.lemma_.lower() in closed_by_hazard_words()), None)
            if found is not None:
                return found.text
    return ""


REASON_MARKS = {"after", "because", "as", "since", "when", "for"}
PENALISING_TYPES = {"COERCE", "SANCTION", "ASSAULT"}


def _refusal_punished(t: _Trigger) -> str:
    """A refusal told as the reason for an arrest or a penalty ("37 protesters were detained on Tuesday after they refused
    to clear the road", "was fined for refusing to remove the banner"): the offence of the people held, no offer or demand
    of a party refused. Returns the verb of the penalty, or ""."""
    tok = t.tok
    if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS for m in tok.children):
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


def _answer_of_the_held(t: _Trigger) -> str:
    """People already held who "will answer for" crimes ("the detained reporters will answer for specific crimes, not for
    their profession"): a defence of their detention, no warning (see `_held_already`). Returns the verb, or ""."""
    tok = t.tok
    return tok.text if tok.lemma_.lower() == "answer" and _held_already(subjects(tok)) else ""


def _imperative_let(t: _Trigger) -> str:
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


def _plural_noun_misread(t: _Trigger) -> str:
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


def _foreseen_by_others(t: _Trigger) -> str:
    """An act someone else expects or foresees ("diplomats expect leaders to approve another programme", "Officials
    anticipate that the presidents will sign a declaration", "the memorandum, which officials had expected to be signed
    in Samarkand", "Diplomats had expected the two sides to sign"): a forecast, no one's act or promise. The act has its
    own subject, or is passive, or the expecting verb's object does it; not "Kazakhstan expects to sign a deal" (its own
    plan), nor a party's expectation of another side, which asks it to act (REQUEST, `_expectation_hits`). Returns the
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


def _package_of_measures(t: _Trigger) -> str:
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


def _raid_made_arrests(t: _Trigger) -> str:
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


def _insisted_fact(t: _Trigger) -> str:
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


def _contest_appeal(t: _Trigger) -> str:
    """A team's protest or appeal to the judges, referees or organisers of a contest, and its rejection ("The Kazakh team
    filed a protest with the judges over a disputed goal, but the complaint was rejected", "The Iranian team filed an
    appeal with the organisers after the final"): sport, no political act. The sentence names a team as a doer and
    contest officials as addressees. Returns the officials' word, or ""."""
    sent = t.sent
    if not any(w.dep_ in ("nsubj", "nsubjpass") and w.lemma_.lower() in ("team", "squad", "club")
               and not any(c.lemma_.lower() in NON_SPORT_TEAMS for c in w.children) for w in sent):
        return ""
    officials = next((w for w in sent if w.lemma_.lower() in CONTEST_OFFICIALS and w.dep_ == "pobj"
                      and w.head.lower_ in ("with", "to", "by")), None)
    return officials.text if officials is not None else ""


NON_SPORT_TEAMS = word_set("non_sport_teams")


# The checks that stop a trigger once its modality is known and before its roles are found, in the order they are tried.
# A new one is one line here (and its function).
def _other_measure_postponed(t: _Trigger) -> str:
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


def _summary_since_old_time(t: _Trigger) -> str:
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
            or _dated_to_a_day(t.tok) or t.sent.start == 0 or _counted_coercion(t):
        return ""
    before = t.sent.doc[t.sent.start - 1].sent
    old = [d for d in find_dates(nlp.span_text(before), t.pub) if d.date is not None and not d.ahead
           and (d.enddate or d.date) <= t.pub - dt.timedelta(days=STALE_DAYS)]
    return f"{words[0].text} {words[1].text}" if old else ""


def _counted_coercion(t: _Trigger) -> bool:
    """A tally of arrests or deportations since then ("Since then, Tajik border guards have detained 327 Afghans"):
    an aggregate the README codes once, undated; no background summary."""
    return t.rule.event == "COERCE" and any(
        w.dep_ == "nummod" and w.i > t.tok.i and w.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
        and w.head.pos_ in ("NOUN", "PROPN") for w in t.tok.subtree)  # (the count, also where the parser took the
    # counted people for the subject of their own clause: "327 Afghans trying to cross")


STUDY_NOUNS = word_set("study_nouns")


def _finding_of_a_study(t: _Trigger) -> str:
    """"Found" said of a report, study or survey ("Seizures of methamphetamine rose fourfold in 2024, the report
    found", "the study found that police detained ..."): what a study concludes, no seizure or discovery. Returns the
    study's word, or ""."""
    if t.tok.lemma_.lower() != "find":
        return ""
    return next((x.text for x in subjects(t.tok) if x.lemma_.lower() in STUDY_NOUNS), "")


GATHERING_NOUNS = word_set("previewed_gathering_nouns")


def _scheduled_gathering(t: _Trigger) -> str:
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


def _works_forecast(t: _Trigger) -> str:
    """A forecast that works will be done, told in the future passive ("Ashgabat says the Afghan section will be
    finished in 2027", "the bridge will be completed next year"): a plan for a project, no promise to another party.
    Returns the cue, or ""."""
    tok = t.tok
    if t.hit.nominal or tok.lemma_.lower() not in COMPLETION_VERBS or not is_passive(tok):
        return ""
    return next((c.text for c in tok.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), "")


PLAN_CUES = word_set("plan_cues")


def _planned_protest(t: _Trigger) -> str:
    """A protest that people plan or intend to hold, with no condition set to anyone ("Relatives plan to picket the
    courthouse on the opening day", "Farmers intend to march on the capital"): a plan, not a threat (a threat is
    made to someone: "threatened to strike unless wages are paid"). Returns the cue, or ""."""
    mod = modality(t.tok)
    planner = t.tok.head if t.tok.dep_ == "xcomp" and t.tok.head.lemma_.lower() in PLAN_CUES else None
    if mod.status != "future" or (mod.cue.lower() not in PLAN_CUES and planner is None) \
            or any(w.lower_ in ("if", "unless") for w in t.sent):
        return ""
    return mod.cue if planner is None else planner.text


RALLY_WORDS = word_set("rally_words")
OWN_FOLLOWERS = word_set("own_followers")


def _call_to_rally(t: _Trigger) -> str:
    """A call on one's own supporters or the public to rally at a time to come ("Opposition parties have called for
    another rally on Saturday", "The opposition movement urged supporters to gather in France Square on Sunday"): a
    plan of the callers, no demand on a party. Returns the rally's word, or ""."""
    tok = t.tok
    asked = [c for c in tok.children if c.dep_ == "dobj"]
    if any(a.lemma_.lower() not in OWN_FOLLOWERS for a in asked):
        return ""
    rally = next((o for o in prep_objects(tok, ("for",)) if o.lemma_.lower() in RALLY_WORDS), None) \
        or next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in RALLY_WORDS), None)
    return rally.text if rally is not None else ""


ATTITUDE_HOLDERS = word_set("attitude_holders")


def _standing_opposition(t: _Trigger) -> str:
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


def _days_tallied(t: _Trigger) -> str:
    """A closure told as a tally of days over a span ("a year in which the Torkham crossing was shut for a total of 47
    days", "The border was closed for a total of 31 days this year"): a statistic, no closure of the news period.
    Returns the phrase, or ""."""
    words = " ".join(x.text for x in t.tok.subtree)
    m = DAYS_TALLY.search(words)
    return m.group(0) if m else ""


SIGNED_THINGS = word_set("signed_things")


def _document_described(t: _Trigger) -> str:
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


def _dated_by_its_noun(t: _Trigger) -> str:
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
        noun = next((x for x in subjects(verb) if x.lemma_.lower() in DATED_DOCUMENT_NOUNS), None)
        own = {x.i for x in verb.subtree} - ({x.i for x in noun.subtree} if noun is not None else set())
    if noun is None or find_dates(" ".join(verb.doc[i].text for i in sorted(own)), t.pub):
        return ""
    return _old_year_in((x for x in noun.subtree if x.i not in own), t.pub)


STOPPED_FIGHTING_WORDS = word_set("stopped_fighting_words")


def _fighting_stopped(t: _Trigger) -> str:
    """Fighting or its weapons stopped ("The truce has stopped the mortars that pounded the border villages", "halted
    the shelling"): an end of fighting, no seizure (not "stopped a truck carrying heroin"). Returns the object, or ""."""
    if t.rule.id != "COERCE/thwart":
        return ""
    stopped = next((o for o in objects(t.tok) if o.lemma_.lower() in STOPPED_FIGHTING_WORDS), None)
    return stopped.text if stopped is not None else ""


_VETOES: tuple[_Veto, ...] = (
    # "asked residents to avoid the area", "warned its citizens in Iraq to stay indoors"
    _Veto(lambda t: _public_addressee(t.tok, t.index), "not coded: advice to the general public ('{found}')",
          events=_types("REQUEST", "THREATEN"), nouns_too=True),
    _Veto(lambda t: _reporter_question(t.tok), "not coded: a reporter's question ('Asked about ..., X said')",
          events=_types("REQUEST")),
    _Veto(lambda t: question_asked(t.tok, t.index), "not coded: a question asked ('{found}'), no request",
          events=_types("REQUEST")),
    _Veto(lambda t: question_content(t.tok, t.index), "not coded: what a question asks about ('{found} ...'), not told as done",
          nouns_too=True),
    _Veto(lambda t: open_question(t.tok), "not coded: a question with no one in it ('{found}')"),
    _Veto(lambda t: unperceived_act(t.tok), "not coded: what no one is to '{found}', no act", nouns_too=True),
    _Veto(_fighting_stopped, "not coded: fighting stopped ('{found}'), nothing seized"),
    _Veto(lambda t: imperative_in_quote(t.tok), "not coded: a command in a quotation ('{found}'), not carried out"),
    _Veto(lambda t: kind_of_act_rated(t.tok), "not coded: a kind of act said to be '{found}', no act", nouns_too=True),
    _Veto(lambda t: t.event != "REQUEST" and exhorted_act(t.tok), "not coded: what '{found}' call for, not done"),
    _Veto(lambda t: deed_naming_targets(t.tok, clause_verb(t.tok) if t.hit.nominal else t.tok),
          "not coded: background (a deed naming whom a step not yet taken would hit: '{found}')", nouns_too=True),
    _Veto(lambda t: _bare_denial(t.tok), "not coded: a bare denial ('{found}'), no counter-accusation", events=_types("ACCUSE")),
    _Veto(lambda t: t.rule.id == "ACCUSE/link_to" and not _pinned_on_actor(t.tok, t.index),
          "not coded: the act is not tied to anyone who acts ('attributed the outage to technical works')", nouns_too=True),
    _Veto(lambda t: _opinion_agreement(t.tok, t.index),
          "not coded: agreeing with an opinion ('agree with X that ...') is a statement", events=_types("AGREE")),
    _Veto(lambda t: t.rule.clausal and not _permitting_actor(t.tok, t.index),
          "not coded: the permission has no actor as its subject", nouns_too=True),
    _Veto(lambda t: _protest_demand(t.tok, t.hit, t.hits, t.tok.doc),
          "not coded: a demand voiced by a protest (part of the PROTEST)", events=_types("REQUEST"), nouns_too=True),
    _Veto(lambda t: t.rule not in (THREAT_CLAUSE_RULE, THREAT_JOINED_RULE) and _forecast(t.tok, t.index),
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
    _Veto(lambda t: level_named(t.tok), "not coded: a level ('{found} {trigger}'), no act", nouns_too=True),
    _Veto(lambda t: fiction_frame(t.tok), "not coded: the plot of a work of fiction or film ('{found}')", nouns_too=True),
    _Veto(lambda t: depicted_act(t.tok), "not coded: an act shown in a picture ('{found}'), not done"),
    _Veto(lambda t: claimed_footage(t.tok), "not coded: an act footage '{found}' to show, not told as done"),
    _Veto(lambda t: civil_ruling(t.tok), "not coded: a court's ruling between firms or people ('{found}')",
          events=_types("REJECT", "CONCEDE", "RETREAT", "AGREE", "SUPPORT")),
    _Veto(lambda t: pledge_to_inquiry(t.tok, t.index), "not coded: a pledge to help '{found}', no cooperation between parties",
          events=_types("AGREE", "COOPERATE")),
    _Veto(lambda t: appeal_for_donations(t.tok, t.index), "not coded: an appeal to the public for {found}",
          events=_types("REQUEST"), nouns_too=True),
    _Veto(lambda t: _envoy_congratulated(t.tok), "not coded: an envoy congratulated on taking up the post ('{found}'), "
          "part of the credentials visit", events=_types("SUPPORT")),
    _Veto(lambda t: t.rule.id == "AGREE/invite" and forum_invitation(t.tok, t.index),
          "not coded: guests invited to '{found}' (a preview of a meeting), no offer to a party"),
    _Veto(lambda t: agenda_of_gathering(t.tok), "not coded: the agenda of a gathering ('{found}'), no promise",
          events=_types("AGREE"), rule_events=_types("CONSULT")),
    _Veto(lambda t: figurative_battle(t.tok), "not coded: a battle as a figure of speech ('{found}')", events=_types("ASSAULT"),
          nouns_too=True),
    _Veto(lambda t: attack_in_words(t.tok), "not coded: an attack in words on the '{found}', no force", events=_types("ASSAULT")),
    _Veto(lambda t: fight_likened_to_war(t.tok), "not coded: a fight likened to '{found}', no war", events=_types("ASSAULT")),
    _Veto(lambda t: t.rule.reciprocal and row_of_wordy_sides(t.tok), "not coded: a row among '{found}', no fight",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: obstruction_of_nothing(t.tok), "not coded: '{found}' with nothing blocked and no one blocking",
          rule_events=_types("PROTEST"), modes=_types("obstruct")),
    _Veto(lambda t: quoted_thing_doer(t.tok, t.index), "not coded: a quoted 'it' that is '{found}', no actor",
          events=frozenset(FIGURATIVE_DOER_TYPES)),
    _Veto(lambda t: market_demand_met(t.tok), "not coded: a market's demand ('{found}'), no party's demand met",
          rule_events=_types("CONCEDE")),
    _Veto(_other_measure_postponed, "not coded: '{found}' put off on its own account, not what was protested",
          rule_events=_types("CONCEDE")),
    _Veto(lambda t: market_cut(t.tok), "not coded: a market move ('{found}'), no sanction", rule_events=_types("SANCTION"),
          modes=_types("discontinue")),
    _Veto(_declined_as_fall, "not coded: '{trigger}' of a number that falls, nothing refused", rule_events=_types("REJECT")),
    _Veto(lambda t: nonpolitical_speaker(t.tok), "not coded: the opinion of '{found}', no political actor",
          events=_types("ACCUSE", "THREATEN")),
    _Veto(lambda t: debate_clash(t.tok), "not coded: a row in words among legislators ('{found}'), no fight",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: broadcast_row(t.tok), "not coded: a row in words on the air ('{found}'), no fight",
          rule_events=_types("ASSAULT")),
    _Veto(lambda t: online_commentator(t.tok), "not coded: the opinion of '{found}' on a work, no political actor",
          events=_types("ACCUSE", "THREATEN")),
    _Veto(lambda t: debate_words(t.tok), "not coded: words of a parliamentary debate ('{found}')",
          events=_types("ACCUSE", "THREATEN", "REQUEST", "REJECT")),
    _Veto(lambda t: sport_body_act(t.tok), "not coded: a sports body's act ('{found}'), no political actor",
          events=_types("THREATEN", "SANCTION", "ACCUSE", "REQUEST", "COERCE")),
    _Veto(lambda t: opening_occasion(t.tok), "not coded: an occasion that opens ('{found}'), no access given",
          rule_events=_types("RETREAT")),
    _Veto(_timetable_preview, "not coded: a meeting on the calendar ('{found}'), no promise", events=_types("AGREE"),
          rule_events=_types("CONSULT"), nouns_too=True),
    _Veto(_foreseen_by_others, "not coded: what others '{found}', a forecast, no act or promise"),
    _Veto(_refusal_punished, "not coded: why they were held ('{found}'), no offer or demand refused", rule_events=_types("REJECT")),
    _Veto(_answer_of_the_held, "not coded: people already held will '{found}' for their deeds, no warning",
          rule_events=_types("THREATEN")),
    _Veto(_imperative_let, "not coded: '{found}' as a call or a wish, nobody lets anyone in",
          rule_events=_types("RETREAT", "CONCEDE")),
    _Veto(_plural_noun_misread, "not coded: '{found}' is a noun, no act"),
    _Veto(_package_of_measures, "not coded: a package of '{found}', no aid", events=_types("AID")),
    _Veto(_raid_made_arrests, "not coded: the raid is the setting of '{found}', coded from it", rule_events=_types("COERCE")),
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
    _Veto(_travel_as_noun, "not coded: '{found}' counted as traffic, nobody's visit", rule_events=_types("CONSULT"), nouns_too=True),
    _Veto(_private_trip, "not coded: a private trip (to see '{found}'), no visit between parties", rule_events=_types("CONSULT")),
    _Veto(_defended_nothing, "not coded: '{found}' with nothing defended, no support", rule_events=_types("SUPPORT")),
    _Veto(_closed_by_hazard, "not coded: closed because of a natural hazard ('{found}')", rule_events=_types("COERCE"),
          modes=_types("restrict")),
    _Veto(lambda t: convict_oath(t.tok), "not coded: an oath of people in custody ('{found}'), no agreement",
          rule_events=_types("AGREE")),
    _Veto(lambda t: own_nationals_helped(t.tok), "not coded: a mission's help to its own nationals ('{found}')",
          events=_types("AID")),
    _Veto(lambda t: filmed_not_fired(t.tok), "not coded: shot as a film is shot ('{found}'), no shooting",
          events=_types("ASSAULT")),
    # round 27 (staged_acts.py): ceremonies, space launches, tenders, sport plays, figures of speech, diaries
    _Veto(lambda t: diary_heading_ahead(t.tok, t.pub), "not coded: a line of a week-ahead diary ('{found}')",
          nouns_too=True),
    _Veto(lambda t: salute_fired(t.tok), "not coded: a salute fired ('{found}'), a ceremony", rule_events=_types("ASSAULT")),
    _Veto(lambda t: memorial_march(t.tok), "not coded: a march of remembrance (with '{found}'), no protest",
          rule_events=_types("PROTEST")),
    _Veto(lambda t: fought_in_past_war(t.tok), "not coded: '{found} who {trigger}' in a past war describes people",
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
    _Veto(lambda t: arts_praise(t.tok), "not coded: praise of a work of art ('{found}'), no political support",
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
    _Veto(lambda t: _aimed_at_no_party(t.tok, t.index), "not coded: measures against '{found}', no side threatened",
          rule_events=_types("THREATEN")),
    _Veto(lambda t: "if" in t.rule.sentence_has and not _condition_set_to_party(t.tok, t.index),
          "not coded: the condition is no side's act ('if inflation accelerates')", rule_events=_types("THREATEN"),
          nouns_too=True),
    _Veto(lambda t: threatened_prospect(t.tok), "not coded: a likely outcome ('threatened to {found}'), not a threat",
          rule_events=_types("THREATEN")),
    _Veto(lambda t: hazard_warning(t.tok), "not coded: a warning of a natural hazard ('{found}'), not a threat",
          rule_events=_types("THREATEN")),
    _Veto(lambda t: defunct_state_doer(t.tok, t.pub), "not coded: background (a doer of a state long gone: '{found}')"),
    _Veto(_dated_by_its_noun, "not coded: background (the history of a document or pact of '{found}')"),
    _Veto(_document_described, "not coded: which '{found}' is meant (a past signing in a clause on it)",
          rule_events=_types("AGREE", "SUPPORT")),
    _Veto(_days_tallied, "not coded: a tally of days closed ('{found}'), a statistic", rule_events=_types("COERCE"),
          modes=_types("restrict")),
    _Veto(_scheduled_gathering, "not coded: what a meeting on the calendar ('{found}') is to do, no talks held"),
    _Veto(_works_forecast, "not coded: a forecast that works '{found}' be done, no promise", events=_types("AGREE")),
    _Veto(_planned_protest, "not coded: a protest people '{found}' to hold, no threat", events=_types("THREATEN"),
          rule_events=_types("PROTEST")),
    _Veto(_call_to_rally, "not coded: a call to rally ('{found}'), no demand on a party", events=_types("REQUEST")),
    _Veto(_standing_opposition, "not coded: a standing attitude of '{found}', nothing refused", events=_types("REJECT")),
    _Veto(_finding_of_a_study, "not coded: what a {found} found, no seizure"),
    _Veto(_summary_since_old_time, "not coded: background (what has been done '{found}', summed up over a long span)"),
    _Veto(lambda t: forced_by_hazard(t.tok, t.index), "not coded: forced by a natural hazard ('{found}'), no act of the doer's"),
    _Veto(lambda t: _side_effect(t.tok) and t.tok.head.text,
          "not coded: what the act before did ('{found}, {trigger} ...'), no supply withheld",
          events=_types("COERCE"), modes=_types("withhold")),
    _Veto(lambda t: unarmed_mobilised(t.tok), "not coded: unarmed helpers made ready ('{found}'), no show of force",
          events=_types("MOBILIZE")),
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
    _Veto(lambda t: natural_doer(t.tok), "not coded: a natural hazard or an accident, not an attack ('{found}')",
          events=_types("ASSAULT", "COERCE")),
    _Veto(lambda t: hazard_toll(t.tok), "not coded: the toll of a natural hazard ('{found}'), not an attack",
          events=_types("ASSAULT")),
    _Veto(_cyber_hit_did_it, "not coded: what a cyber attack did is that attack (coded from its noun)", events=_types("ASSAULT")),
)
