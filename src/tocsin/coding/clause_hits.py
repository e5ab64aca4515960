"""Triggers found in the clauses a statement reports rather than in its words: an accusation told as "said X
did Y" (a reported wrong, a characterising verb, a condemned act), a threat told as a clause ("said it would
respond"), disquiet, "there is no need to ...", a rejected proposal, an expectation of another side, an
assurance, praise, a foiled plot and alleged abuse. `analysis.analyze_story` adds these hits to the lexicon's."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Iterator, Sequence
from tocsin.coding.actor_link import MentionIndex, entities_of
from tocsin.coding.lexicon import TriggerRule
from tocsin.coding.syntax import (ALLEGATION_NOUNS, CONDITION_MARKS, FUTURE_AUX, HYPOTHETICAL_AUX, agents, is_passive, objects,
                                  passive_subjects, phrase_tokens, prep_objects, subjects, to_infinitive)
from tocsin.coding.triggers import ACTOR_NOUNS, CHARACTERISING_VERBS, TriggerHit
from tocsin.coding.word_lists import word_set
from tocsin.coding.police_acts import quoted_label
from tocsin.coding.non_acts import BATTLE_NOUNS, PUBLIC_WORDS, war_on_nature
from tocsin.coding.drafts import (ALLEGED_ABUSE_RULE, BLAME_RULE, CONDEMN_RULE, DISQUIET_RULE, FOILED_PLOT_RULE, LABEL_RULE, SPY_MASTER_RULE,
                                  QUOTE_MARKS, THREAT_CLAUSE_RULE, THREAT_JOINED_RULE, tokens_with_lemma, tokens_with_word)
from tocsin.coding.event_dates import will_or_would
from tocsin.coding.background import comment_on_clause
from tocsin.coding.roles import (AUDIENCE_NOUNS, BLAMEWORTHY_ACTS, CUSTODY_ABUSE_VERBS, DEMANDING_VERBS, FOILING_VERBS,
                                 PERPETRATING_VERBS, PLOTTING_VERBS, ARREST_CAMPAIGN_NOUNS, SCHEMING_VERBS,
                                 STATE_SECTORS, abuse_told, actor_like, TESTIMONY_HARM_VERBS, TESTIMONY_OWNERS,
                                 breached_duty, ongoing_arrests_told, clause_subjects, doers_behind, membership_charged,
                                 misplaced_names, plot_masters, service_masters, SERVING_VERBS, SECRET_SERVICE_WORDS)
from tocsin.coding.vetoes import DISMISSING_VERBS, FIRST_PERSON, IMPERSONAL_SUBJECTS, threat_words, REFUSED_USE_NOUNS
from tocsin import nlp

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


MUST_RULE = TriggerRule(id="REQUEST/must_clause", lemmas=frozenset({"say"}), event="REQUEST", source="analysis",
                        reliability=0.65, governs=True)
DEMAND_REPORTING = word_set("demand_reporting_verbs")


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


def _sentence_lemmas(sent: "Span") -> frozenset[str]:
    """The lower-cased lemmas of a sentence's words: a clause hit needs one of its words there. Made once per sentence
    and kept in the Doc (plain strings, keyed by the sentence's bounds), as the clause hits ask for it over and over."""
    key = (_SENTENCE_LEMMAS, sent.start, sent.end)
    found = sent.doc.user_data.get(key)
    if found is None:
        found = sent.doc.user_data[key] = frozenset(nlp.token_table(sent.doc).lemma[sent.start:sent.end])
    return found


_SENTENCE_LEMMAS = "tocsin_sentence_lemmas"


def must_clause_hits(sent: "Span", index: MentionIndex) -> list[TriggerHit]:
    """"X said Y must do Z" is a demand by X on Y (CAMEO/PLOVER REQUEST): hit on the reporting verb.
    Y must be someone who can act ("a 1980s scheme should apply", "nobody should have to" are opinions)."""
    out = []
    for tok in _reported_clauses(sent):
        addressees = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.lemma_.lower() in DEPARTURE_VERBS and any(a.lemma_.lower() in DIPLOMATIC_STAFF for a in addressees):
            continue  # "the diplomat must leave by Friday": the terms of an expulsion, not a demand of its own
        if _own_nation_addressed(tok.head, addressees, index):
            continue  # "Aoun said Lebanon must never again ...": a leader's vow for his own nation, no demand
        if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children) and any(
                actor_like(a, index) and a.lower_ not in IMPERSONAL_SUBJECTS and not any(
                    d.dep_ == "det" and d.lower_ in ("no", "any", "every", "each") for d in a.children) for a in addressees):
            if all(h.token_i != tok.head.i for h in out):
                out.append(TriggerHit(tok.head.i, MUST_RULE))
    return out


def _own_nation_addressed(say: "Token", addressees: Sequence["Token"], index: MentionIndex) -> bool:
    """The speaker's own country named as the one that must act ("President Aoun said Lebanon must never again let
    the gun decide our politics"): a vow for the nation, not a demand on anyone. Not a foreign state ("Aoun said Israel
    must withdraw") nor an organ of the speaker's own state ("said the government must act")."""
    speakers = {e.code for e in entities_of(subjects(say), index) if e.code}
    named = [index.at(a) for a in addressees]
    return bool(speakers) and any(m is not None and m.kind == "country" and m.entity.code in speakers and not m.entity.sector
                                  for m in named)


DEPARTURE_VERBS = word_set("departure_verbs")
DIPLOMATIC_STAFF = word_set("diplomatic_staff")
CONDEMNING_PREDICATES = word_set("condemning_predicates")


BLAME_PREDICATES = {"responsible", "behind"}  # blame only when an actor is said to be responsible for a harmful act


BLAMED_HARMS = BLAMEWORTHY_ACTS | word_set("blamed_harms")


def _blamed_act(predicates: Sequence["Token"]) -> bool:
    """Whether "responsible for X" / "behind X" names a harmful act ("the attacks", "the unrest", "the damage")."""
    for p in predicates:
        objs = [o for c in (p.children if p.lower_ != "behind" else [p]) if c.lower_ in ("for", "behind")
                for o in c.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in BLAMED_HARMS or o.lower_ in BLAMED_HARMS for o in objs):
            return True
    return False


DAMNING_WORDS = word_set("damning_nouns") | CONDEMNING_PREDICATES | word_set("damning_labels")
PRAISING_WORDS = word_set("praising_words")
def _label_on_condition(verb: "Token") -> bool:
    """A name given in the future to an outcome on a condition ("If we get a budget, we will call it a success", "if the
    talks produce a ceasefire, we will call it a victory"): an evaluation of what may come, no praise or condemnation."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in verb.children) and any(
        m.dep_ == "mark" and m.lower_ in ("if", "once", "when", "unless") for c in verb.children if c.dep_ == "advcl"
        for m in c.children)


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
        words.update(f"{n.lemma_.lower()} {c.lower_}" for c in n.children  # "an order fulfilled"
                     if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i == n.i + 1 and not list(c.children))
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


def characterising_hits(sent: "Span") -> list[TriggerHit]:
    """"called the strike a war crime", "branded the launch a grave threat", "described the vote as a farce": X
    condemns what it names (PLOVER ACCUSE). Not "in what officials called a terrorist attack" (a description)."""
    out: list[TriggerHit] = []
    if CHARACTERISING_VERBS.isdisjoint(_sentence_lemmas(sent)):
        return out
    for tok in tokens_with_lemma(sent, CHARACTERISING_VERBS):
        if tok.pos_ != "VERB" or (
                tok.dep_ in ("relcl", "acl") and not comment_on_clause(tok)):
            continue  # (not "a resolution branding the killings as genocide")
        if (any(c.lower_ == "what" for c in tok.children) or any(w.lower_ == "what" for w in tok.subtree if w.i < tok.i)) \
                and not _label_names_culprit(tok):
            continue  # ("in what Maduro described as a terror attack": a description)
        if _label_on_condition(tok):
            continue
        named = [c for c in tok.children if c.dep_ == "oprd"]
        named += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
        named += [a for o in tok.children if o.dep_ == "dobj" for a in o.children  # 'called the vote "a sham"'
                  if a.dep_ == "appos" and a.pos_ == "NOUN" and not a.ent_type_]
        named += [p for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj"]  # "describing the remarks [as an attempt]" hung on the object
        named += quoted_label(tok)
        named = [n for n in named if not war_on_nature(n)]  # ("calling the season a war against the elements")
        misplaced = misplaced_names(tok)
        words = _naming_words(named + misplaced) | {n.lemma_.lower() for n in misplaced}
        if words & DAMNING_WORDS:
            out.append(TriggerHit(tok.i, CONDEMN_RULE))
        elif words & PRAISING_WORDS and not _praises_a_count(tok):  # "called the deal a historic step", "described
            out.append(TriggerHit(tok.i, PRAISE_RULE))  # the talks as constructive"
    return out


STATISTIC_NOUNS = word_set("statistic_nouns")


def _praises_a_count(verb: "Token") -> bool:
    """What is praised is a count ("Tourism officials called the figures a breakthrough"): no party is praised."""
    return any(o.dep_ == "dobj" and o.lemma_.lower() in STATISTIC_NOUNS for o in verb.children)


NAMED_PARTY_TYPES = {"GPE", "NORP", "ORG"}


def _label_names_culprit(verb: "Token") -> bool:
    """"what he called 'yet another staged provocation' by Minsk": a "what X called" label that names the side behind
    the act (an accusation, not a bare description like "in what Maduro described as a terror attack")."""
    labels = [c for c in verb.children if c.dep_ == "oprd"]
    labels += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(o.ent_type_ in NAMED_PARTY_TYPES for o in c.children)
               for label in labels for c in label.children)


def joined_to_accusation(verb: "Token", accusing: set[int]) -> bool:
    """A naming verb coordinated with an accusing verb of the same subject tells the same accusation again: "they accused
    Kyrgyz servicemen of crossing the line and [called] the Kyrgyz version 'a distortion of the facts'", "Zakharova
    [called] the refusal 'cynical' and accused Chisinau of ..." (one ACCUSE)."""
    def own_subject(v: "Token") -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    joined = [c for c in verb.children if c.dep_ == "conj" and not own_subject(c)]
    joined += [verb.head] if verb.dep_ == "conj" and not own_subject(verb) else []
    return any(j.i in accusing and j.pos_ == "VERB" for j in joined)


FRAUD_RECORDED_RULE = dataclasses.replace(CONDEMN_RULE, id="ACCUSE/fraud_recorded", mode="allege")
SPY_MASTER_JOINED_RULE = dataclasses.replace(SPY_MASTER_RULE, governs=False)
CONDEMN_JOINED_RULE = dataclasses.replace(CONDEMN_RULE, governs=False)  # a second reported clause: see below
BLAME_JOINED_RULE = dataclasses.replace(BLAME_RULE, governs=False)
CONDEMNING_VERBS = word_set("condemning_verbs")
OBJECT_BOUND_CONDEMNING_VERBS = word_set("object_bound_condemning_verbs")
CONDEMNING_VERB_OBJECTS = word_set("condemning_verb_objects")
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


def _struck_first(verb: "Token") -> bool:
    """An attack told as the one that started a clash ("Afghan forces fired first", "opened fire first"): blame."""
    return any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children)


def _negated_quantifier_subject(clause: "Token") -> bool:
    """The clause's subject quantified by "not every" / "not all": a denial that all are so, no charge."""
    return any(n.dep_ == "neg" and any(d.dep_ in ("det", "predet") and d.lower_ in ("every", "all", "each") for d in s.children)
               for s in subjects(clause) for n in s.children)


def condemning_clause_hits(sent: "Span", index: MentionIndex, triggers: set[int],
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
        blame_rule = BLAME_RULE if tok.dep_ == "ccomp" else BLAME_JOINED_RULE
        if any((c.dep_ == "neg" and not _friendliness_denied(tok)) or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX)
               or (c.dep_ in ("advcl", "mark") and any(m.lower_ in CONDITION_MARKS for m in c.subtree)) for c in tok.children):
            continue
        if _negated_quantifier_subject(tok):
            continue  # '"Not every broken cable is an act of war," said the author': no charge made
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
        if tok.i in hostile and _struck_first(tok) and _other_side(subjects(tok), reporter, index) and not taken \
                and any(e.code for e in entities_of(subjects(tok), index)):
            out.append(TriggerHit(reporter.i, rule))  # "Pakistan's military said Afghan forces fired first": the blame
            continue  # for starting a clash, the speaker's charge against the other side
        if not taken and (masters := service_masters(tok, index) or enlisting_services(tok, index)) and _other_side(
                masters, reporter, index) and "accuse" not in _sentence_lemmas(sent):  # ("detained ..., accusing him of passing ...": that ACCUSE)
            # "said the man had been working for Russia's FSB"; beside an arrest it reports, not over it ("said it had
            # detained two men suspected of spying for Russia's intelligence services": the arrest and the allegation)
            # (a charge told in the clause stays too: "had served a notice of suspicion on a former lawmaker accused of
            # working for Russian intelligence"); the serving act itself is the allegation ("had passed the coordinates to")
            serving = tok.i not in triggers or tok.lemma_.lower() in SERVING_VERBS
            out.append(TriggerHit(reporter.i, SPY_MASTER_RULE if serving else SPY_MASTER_JOINED_RULE))
            continue
        if _damaged_on_purpose(tok, reporter, index) and not taken:
            out.append(TriggerHit(reporter.i, blame_rule))  # "said the cable had been cut deliberately by a Russian ship"
            continue
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
        if _fraud_recorded(tok) and not taken:
            out.append(TriggerHit(reporter.i, FRAUD_RECORDED_RULE))  # "said it had recorded ... ballot stuffing"
            continue
        if membership_charged(tok) and not taken:
            out.append(TriggerHit(reporter.i, LABEL_RULE))  # "said the men detained in Khorog belonged to a criminal group"
            continue
        damning = [p for p in predicates if _predicate_phrases(p) & CONDEMNING_PREDICATES and not _contest_for_prize(p)
                   and not _safety_breach(p)]
        if not damning and _deplorable_deed(tok):  # "said the use of force against demonstrators was deeply worrying"
            damning = [p for p in predicates if _predicate_qualities(p) & DISQUIETING_PREDICATES]
            damning += [p for p in predicates if _reprisal_called(tok, p)]
            damning += [tok] if _breach_of_duty(tok) else []  # '"This handover breaches Kazakhstan's obligations," X said'
        if not damning and any(c.dep_ == "neg" for c in tok.children) and _friendliness_denied(tok):
            damning = predicates  # 'said the drills were "not a friendly step"'
        if damning and all(p.lemma_.lower() in WRONGDOER_LABELS or p.lower_ in WRONGDOER_LABELS for p in damning) and not any(
                e.code for e in entities_of(subjects(tok), index)):
            continue  # "said the men were criminals acting on their own": wrongdoers named, no side accused
        if damning and not taken:  # ("said Russia was behind the damage": blame for a harm, ACCUSE allege)
            blamed = any(p.lower_ in BLAME_PREDICATES for p in predicates) and _blamed_act(predicates)
            out.append(TriggerHit(reporter.i, blame_rule if blamed else rule))
    return out


def _friendliness_denied(clause: "Token") -> bool:
    """A reported clause that denies a deed is friendly ("said the drills with Washington were 'not a friendly step'",
    "said the decision was not neighbourly"): a reproach, where another negated clause ("said the talks were not a
    failure") is no charge."""
    if clause.lemma_.lower() != "be":
        return False
    said = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    return any(w.lower_ in FRIENDLY_QUALITIES for p in said for w in [p, *(a for a in p.children if a.dep_ == "amod")])


FRIENDLY_QUALITIES = word_set("friendly_qualities")
WRONGDOER_LABELS = word_set("wrongdoer_labels")
CONTEST_PRIZES = word_set("contest_prizes")


def _contest_for_prize(pred: "Token") -> bool:
    """A war or battle fought for what one wins in a contest ("Ministries are in a real war for attention", "a war for
    subscribers"): rivalry, no charge of aggression (not "said Russia was waging a war against Ukraine")."""
    return pred.lemma_.lower() in BATTLE_NOUNS and any(o.lemma_.lower() in CONTEST_PRIZES for o in prep_objects(pred, ("for",)))


SAFETY_RULE_WORDS = word_set("safety_rule_words")


def _safety_breach(pred: "Token") -> bool:
    """A breach of safety or technical rules named as an accident's cause ('"The cause was a violation of fire-safety
    rules," he wrote'): negligence, no party condemned (not "a violation of Moldova's airspace", "of the ceasefire")."""
    return any(w.lemma_.lower() in SAFETY_RULE_WORDS or w.lower_ in SAFETY_RULE_WORDS
               for o in prep_objects(pred, ("of",)) for w in o.subtree)


MARRING_VERBS = word_set("marring_verbs")
MARRING_FAULTS = word_set("marring_faults")
EVIDENCING_VERBS = word_set("evidencing_verbs")


def _fault_told(clause: "Token") -> bool:
    """A reported clause saying something was spoiled by a fault: "says Sunday's vote was marred by vote-buying and by
    pressure on public-sector employees", "the campaign had been marked by 'the misuse of administrative resources'"
    (not "the ceremony was marked by speeches")."""
    if clause.lemma_.lower() not in MARRING_VERBS or not (is_passive(clause) or clause.tag_ == "VBN"):
        return False
    return any(w.lemma_.lower() in MARRING_FAULTS or w.lower_ in MARRING_FAULTS
               for c in clause.children if c.dep_ == "agent" for w in c.subtree)


FAULT_RECORDING_VERBS = word_set("fault_recording_verbs")
VOTE_FRAUD_FAULTS = word_set("vote_fraud_faults")
VOTE_EVENT_NOUNS = word_set("vote_event_nouns")


def _fraud_recorded(clause: "Token") -> bool:
    """A reported clause in which monitors say they recorded fraud in a vote: "said it had recorded more than 2,000 reports
    of violations in the State Duma election, including ballot stuffing", "said they had documented widespread ballot
    stuffing and carousel voting in the local elections" (PLOVER ACCUSE allege); not "recorded 300 traffic violations"
    (no vote) nor "found no violations"."""
    if clause.lemma_.lower() not in FAULT_RECORDING_VERBS or is_passive(clause):
        return False
    found = [w for o in objects(clause) for w in o.subtree]
    found += [w for c in clause.children if c.dep_ == "xcomp" and c.tag_ == "VBG" for w in c.subtree]  # ("documented
    # ballot stuffing", the gerund taken for a complement)
    if any(w.lower_ in ("no", "few") for o in objects(clause) for w in o.children if w.dep_ == "det") or not found:
        return False
    return any(w.lower_ in VOTE_FRAUD_FAULTS or w.lemma_.lower() in VOTE_FRAUD_FAULTS for w in found) and any(
        w.lower_ in VOTE_EVENT_NOUNS for w in clause.subtree)


def _wrong_shown(clause: "Token") -> bool:
    """A reported clause saying an act proves a wrong: "said the case showed that 'repression against independent voices
    continues unabated'", "said the verdict proved that persecution goes on" (not "showed that trade was growing")."""
    if clause.lemma_.lower() not in EVIDENCING_VERBS:
        return False
    shown = [c for c in clause.children if c.dep_ == "ccomp"]
    return any(s.lemma_.lower() in DAMNING_WORDS for c in shown for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))


DISQUIETING_PREDICATES = word_set("disquieting_predicates")
DEPLORABLE_DEEDS = word_set("deplorable_deeds") | BLAMEWORTHY_ACTS


REPRISAL_LABELS = word_set("reprisal_labels")
PROSECUTION_DEEDS = word_set("prosecution_deeds")


def _reprisal_called(clause: "Token", predicate: "Token") -> bool:
    """A verdict, charge or arrest called a reprisal ("her lawyer said the sentence was 'revenge for her reporting'",
    "the charges were retaliation for his articles"): a charge against the state that prosecutes (round 28). Only of a
    prosecution: a group calling its own bombing "revenge for the killing of its commander" accuses no one."""
    return bool(_predicate_qualities(predicate) & REPRISAL_LABELS) and any(
        s.lemma_.lower() in PROSECUTION_DEEDS or s.lower_ in PROSECUTION_DEEDS for s in clause_subjects(clause))


def _breach_of_duty(clause: "Token") -> bool:
    """A reported clause saying a deed breaks someone's duties ("This handover flagrantly breaches Kazakhstan's obligations
    under the Convention against Torture", "the deportation violates Turkey's duties under international law"): the
    speaker condemns the deed's doer (roles.breached_duty)."""
    return breached_duty(clause) is not None


def _deplorable_deed(clause: "Token") -> bool:
    """The subject of a reported clause is someone's deed ("the sentences handed to journalists", "the use of force against
    peaceful demonstrators"), so that calling it worrying disapproves of its doer; not a situation ("the situation was
    worrying", "the harvest figures are troubling")."""
    for s in clause_subjects(clause):
        if s.lemma_.lower() in DEPLORABLE_DEEDS or s.lower_ in DEPLORABLE_DEEDS:
            return True
    return False


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


def _predicate_qualities(pred: "Token") -> set[str]:
    """What a reported clause calls a deed, with the adjectives of a predicate noun on their own: "said the detention was
    another worrying step in the shrinking of democratic space" (worrying)."""
    return _predicate_phrases(pred) | {c.lower_ for c in pred.children
                                       if c.dep_ == "amod" and c.i < pred.i and pred.pos_ == "NOUN"}


def _other_side(doers: Sequence["Token"], reporter: "Token", index: MentionIndex) -> bool:
    """The doers named in a report are someone able to act and not the speaker's own side ("said the Moldovan authorities
    were hunting dissenters"; not "said its forces were", nor "said prices were")."""
    if not doers or not any((actor_like(d, index) or d.lower_ in WRONGDOER_LABELS) and d.lower_ not in FIRST_PERSON | {"it", "they"}
                            for d in doers):  # ("said 'provocateurs' were exploiting the death to destabilise the region")
        return False
    own = {e.code for e in entities_of(subjects(reporter), index) if e.code}
    theirs = {e.code for e in entities_of(list(doers), index) if e.code}
    return not (theirs and own and theirs <= own)


def _blaming_deed(verb: "Token", reporter: "Token", index: MentionIndex) -> bool:
    """A report of another side's wrong that blames it in the telling (PLOVER ACCUSE allege): "responded that Washington
    was interfering in the work of an independent court", "said Chisinau was hunting dissenters", "said Western services
    were trying to poison relations" (CONDEMNING_VERBS, some only with their objects), or a harmful act pinned on a doer
    ("said the attack had been carried out by a group acting for a foreign state"; not the speaker's own forces)."""
    if verb.lemma_.lower() in PERPETRATING_VERBS and is_passive(verb) and any(
            s.lemma_.lower() in BLAMEWORTHY_ACTS for s in passive_subjects(verb)):
        return _other_side(doers_behind(verb), reporter, index)
    if _enlisted_by_service(verb, index):
        return _other_side(doers_behind(verb), reporter, index)
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
            w.lemma_.lower() in SECRET_SERVICE_WORDS or w.lower_ in SECRET_SERVICE_WORDS
            for s in subjects(verb) for w in phrase_tokens(s)):  # "Iranian special services had tried to recruit citizens"
        theirs = {e.code for e in entities_of(subjects(verb), index) if e.code}
        return bool(theirs) and _other_side(subjects(verb), reporter, index)  # (a named foreign service, not "the service")
    if lemma not in CONDEMNING_VERBS or is_passive(deed):
        return False
    if lemma in OBJECT_BOUND_CONDEMNING_VERBS and not any(o.lemma_.lower() in CONDEMNING_VERB_OBJECTS for o in objects(deed)):
        return False
    return _other_side(subjects(verb), reporter, index)


ENLISTING_VERBS = word_set("enlisting_verbs")
SPREADING_VERBS = word_set("spreading_verbs")


PURPOSEFUL_DAMAGE_VERBS = word_set("purposeful_damage_verbs")
PURPOSE_ADVERBS = word_set("purpose_adverbs")


def _damaged_on_purpose(verb: "Token", reporter: "Token", index: MentionIndex) -> bool:
    """A thing said to have been damaged on purpose by another side: "the cable had been cut deliberately by a ship from
    Russia's shadow fleet" (the side the doer comes from is blamed; not "had been cut by an anchor dragged in the storm",
    no purpose told, nor "cut deliberately by vandals", no side named)."""
    if verb.lemma_.lower() not in PURPOSEFUL_DAMAGE_VERBS or not is_passive(verb) or not any(
            c.dep_ == "advmod" and c.lower_ in PURPOSE_ADVERBS for c in verb.children):
        return False
    doers = [*doers_behind(verb), *(o for d in doers_behind(verb) for o in prep_objects(d, ("from", "of")))]
    return any(e.code for e in entities_of(doers, index)) and _other_side(doers, reporter, index)


def enlisting_services(clause: "Token", index: MentionIndex) -> list["Token"]:
    """The secret service said to have recruited someone named in a reported clause: "had detained a man in Kursk who was
    recruited via Telegram by Ukraine's military intelligence" (round 30: the arrest and the allegation against that state)."""
    return [d for w in clause.subtree if w.dep_ in ("relcl", "acl") and _enlisted_by_service(w, index)
            for d in doers_behind(w)]


def _enlisted_by_service(verb: "Token", index: MentionIndex) -> bool:
    """A person said to have been recruited, hired or tasked by another state's secret service (PLOVER ACCUSE allege):
    "said the soldier had been recruited online by an officer of Azerbaijan's State Security Service"; not "recruited by
    a football club" nor "hired by a Russian firm"."""
    if verb.lemma_.lower() not in ENLISTING_VERBS or not is_passive(verb):
        return False
    doers = doers_behind(verb)
    return any(w.lemma_.lower() in SECRET_SERVICE_WORDS or w.lower_ in SECRET_SERVICE_WORDS
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


def _reported_clause_pairs(sent: "Span") -> Iterator[tuple["Token", "Token"]]:
    """(clause verb, reporting verb) for each clause a speaker reports, the second of two reported clauses too:
    "said that the sanctions were illegal and that Tehran would not remain silent" gives both "were" and "remain".
    Found once per sentence and kept in the Doc, as `_reported_clauses`: four kinds of clause hits ask for them."""
    key = (_REPORTED_CLAUSE_PAIRS, sent.start, sent.end)
    found = sent.doc.user_data.get(key)
    if found is None:
        found = sent.doc.user_data[key] = tuple((clause.i, reporter.i) for clause, reporter in _clause_pairs_in(sent))
    doc = sent.doc
    for clause_i, reporter_i in found:
        yield doc[clause_i], doc[reporter_i]


_REPORTED_CLAUSE_PAIRS = "tocsin_reported_clause_pairs"


def _clause_pairs_in(sent: "Span") -> Iterator[tuple["Token", "Token"]]:
    """`_reported_clause_pairs`, worked out."""
    for clause in _reported_clauses(sent):
        yield clause, clause.head
        for c in clause.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
                yield c, clause.head
    for reporter in tokens_with_lemma(sent, DEMAND_REPORTING):
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


def _attribution_under_quote(reporter: "Token") -> bool:
    """An attribution after a closing quotation that the parser hung under the quoted clause's verb ("'If they expel our
    diplomats, we will expel theirs,' Lavrov said of Moldova": "said" is a ccomp of the second "expel"): the reporting
    verb follows a quote mark and its own subject, and its head, the quote's verb, comes before it."""
    head = reporter.head
    if reporter.dep_ != "ccomp" or reporter.lemma_.lower() not in DEMAND_REPORTING or head.i >= reporter.i \
            or head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
        return False
    subj = [c for c in reporter.children if c.dep_ == "nsubj" and c.i < reporter.i]
    if not subj:
        return False
    first = subj[0].left_edge.i
    doc = reporter.doc
    return first > 0 and (doc[first - 1].text in QUOTE_MARKS or doc[first - 1].tag_ == "''")


def threat_clause_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """"X said (that) <a threat to another side>" (PLOVER THREATEN, CAMEO 13): hit on the reporting verb, which
    speaks for the speaker (see `vetoes.threat_words`). Not where the reporting verb is a trigger of its own ("warned
    that ..." is coded from "warn"). A second reported clause threatens without taking over the acts of the first."""
    out = []
    inverted = [(r.head, r) for r in tokens_with_lemma(sent, DEMAND_REPORTING) if _attribution_under_quote(r)]
    for clause, reporter in [*_reported_clause_pairs(sent), *inverted]:
        if reporter.i in triggers or any(h.token_i == reporter.i for h in out):
            continue
        if threat_words(clause):
            out.append(TriggerHit(reporter.i, THREAT_CLAUSE_RULE if clause.dep_ == "ccomp" else THREAT_JOINED_RULE))
    return out


DISQUIET_WORDS = word_set("disquiet_words")
DISQUIET_VOICING_VERBS = word_set("disquiet_voicing_verbs")


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
    if not coded and not any(actor_like(t, index) for t in subj):
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


def disquiet_clause_hits(sent: "Span", index: MentionIndex, triggers: set[int]) -> list[TriggerHit]:
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
    for word in tokens_with_word(sent, DISQUIET_WORDS):
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
NO_NEED_LEMMAS = frozenset({"see", "find", "need"})  # the verbs `no_need_hits` looks at
# what one "sees no ..." in an offer it turns down ("saw no need for", "saw 'no point' in Swiss mediation")


def no_need_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """Saying one needs no offered help or go-between turns the offer down (PLOVER REJECT): "saw no need for third-party
    involvement", "saw 'no point' in Swiss mediation", "We do not need mediators". Hit on the verb; its negation is the refusal itself."""
    out: list[TriggerHit] = []
    if NO_NEED_LEMMAS.isdisjoint(_sentence_lemmas(sent)):
        return out
    for tok in tokens_with_lemma(sent, NO_NEED_LEMMAS):
        if tok.i in triggers or tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma in ("see", "find") and any(
                o.lemma_.lower() in REFUSED_USE_NOUNS and any(d.lower_ == "no" for d in o.children)
                and any(p.lemma_.lower() in OFFERED_HELP for p in [*prep_objects(o, ("for", "in")), *prep_objects(tok, ("in",))])
                for o in objects(tok)):  # ("saw no point in Turkish mediation": "in" hung on the verb)
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


def rejected_proposal_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """Turning down what another side proposes be done (PLOVER REJECT), told with a noun of suggestion and its content:
    "rejected suggestions by Uzbekistan that work on the canal be paused", "dismissed the idea that Kyiv should cede
    territory". A suggestion that something happened is a claim denied, not a proposal ("rejected suggestions that he was
    involved")."""
    out = []
    for tok in tokens_with_lemma(sent, REJECTING_VERBS):
        if tok.i in triggers or tok.pos_ != "VERB":
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


def expectation_hits(sent: "Span", index: MentionIndex, triggers: set[int]) -> list[TriggerHit]:
    """One side saying it expects another to act asks it to (PLOVER REQUEST): "Astana expects Kyiv to take measures to
    rule out a repetition", "Baku expected Yerevan to hand over information". The expected side must be a known actor
    other than the expecting one; not a forecast ("analysts expect prices to fall", "talks are expected to resume")."""
    out: list[TriggerHit] = []
    if EXPECTING_LEMMAS.isdisjoint(_sentence_lemmas(sent)):
        return out
    for tok in tokens_with_lemma(sent, EXPECTING_LEMMAS):
        if tok.i in triggers or tok.pos_ != "VERB" or is_passive(tok):
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
    return any(w.lower_ in ("we", "us") or (actor_like(w, index) and w.lower_ not in IMPERSONAL_SUBJECTS) for w in wanting)


def assurance_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
    """An assurance that something will be done is a promise (PLOVER AGREE): "assured him that those responsible would be
    found and punished", "assured Japarov that the extra checks would be lifted", "gave assurances that Afghan territory
    would not be used". The that-clause must tell what will be done (will/would), not a fact ("assured him that all was
    calm"). An assured answer to another side's act is a threat ("the response will follow, I assure you": THREATEN)."""
    out: list[TriggerHit] = []
    lemmas = _sentence_lemmas(sent)
    if ASSURING_VERBS.isdisjoint(lemmas) and ASSURANCE_GIVING_VERBS.isdisjoint(lemmas):
        return out
    for tok in tokens_with_lemma(sent, ASSURING_VERBS | ASSURANCE_GIVING_VERBS):
        if tok.i in triggers or tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() in ASSURING_VERBS:
            told = [c for c in tok.children if c.dep_ == "ccomp"]
        elif tok.lemma_.lower() in ASSURANCE_GIVING_VERBS:
            told = [c for o in objects(tok) if o.lower_ in ASSURANCE_NOUNS for c in o.children if c.dep_ in ("acl", "ccomp")]
            told += [c for c in tok.children if c.dep_ == "ccomp"] if any(o.lower_ in ASSURANCE_NOUNS for o in objects(tok)) else []
        else:
            continue
        if any(o.lemma_.lower() in AUDIENCE_NOUNS | PUBLIC_WORDS for o in objects(tok) + prep_objects(tok, ("to",))):
            continue  # "assured reporters that the economy would grow": a forecast told to an audience, no promise
        if any(threat_words(c) for c in told):
            out.append(TriggerHit(tok.i, THREAT_CLAUSE_RULE))  # "the response will follow, I assure you": a threat
        elif any(will_or_would(c) or any(g.dep_ == "xcomp" and will_or_would(g.head) for g in c.children) for c in told):
            out.append(TriggerHit(tok.i, ASSURE_RULE))
    return out


PRAISE_PREDICATES = word_set("praise_predicates")
PRAISED_THINGS = word_set("praised_things")


def praising_clause_hits(sent: "Span", triggers: set[int]) -> list[TriggerHit]:
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


def foiled_plot_hits(sent: "Span", index: MentionIndex, triggers: set[int]) -> list[TriggerHit]:
    """A foiled plot pinned on a named side (PLOVER ACCUSE allege): "The FSB said it had foiled a plot ..., which it said
    had been ordered by Ukraine's military intelligence" (the FSB accuses Ukraine; the plot itself, not carried out, is
    no event). Hit on the foiling verb; not when no coded side is named ("planned by a local gang")."""
    lemmas = _sentence_lemmas(sent)
    if FOILING_VERBS.isdisjoint(lemmas):
        return []
    return [TriggerHit(tok.i, FOILED_PLOT_RULE) for tok in sent
            if tok.pos_ == "VERB" and tok.i not in triggers and any(e.code for e in entities_of(plot_masters(tok), index))]


ABUSE_ALLEGING_SOURCES = word_set("abuse_alleging_sources")
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
        speakers = [s for t in tokens_with_lemma(before, DEMAND_REPORTING) for s in subjects(t)]
    return any(w.lemma_.lower() in ABUSE_ALLEGING_SOURCES or w.lower_ in ABUSE_ALLEGING_SOURCES
               for s in speakers for w in phrase_tokens(s))


def _reported_by(reporter: "Token") -> list["Token"]:
    """The clauses a reporting verb tells, the second of two "that" clauses too ("said that ... and that new arrests
    continued")."""
    told = [c for c in reporter.children if c.dep_ in ("ccomp", "conj")]
    return told + [g for c in told if c.dep_ == "ccomp" for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]


def alleging_report(verb: "Token", by_token: dict[int, TriggerHit]) -> int | None:
    """The reporting verb whose alleged abuse `verb` is, also a second verb of the reported clause ("said the detainees
    had been flown to Dushanbe and were being [pressured] to record video confessions")."""
    for i, hit in by_token.items():
        if hit.rule is ALLEGED_ABUSE_RULE and i != verb.i and any(
                c.dep_ in ("ccomp", "conj") and (told := abuse_told(c) or ongoing_arrests_told(c)) is not None
                and told.i == verb.i for c in _reported_by(verb.doc[i])):
            return i
    return None


def alleged_abuse_hits(sent: "Span", index: MentionIndex, triggers: set[int]) -> list[TriggerHit]:
    """Abuse of people held by the state's agents, alleged by an advocate, kin or counsel (the round-26 team decision:
    ACCUSE allege, the speaker against the state): "Activists said officers had beaten one of them in a police van",
    "Lawyers said their clients had been pressured by investigators to sign statements". Hit on the reporting verb, which
    governs the abuse (not coded as an attack of its own). The sentence sets it in custody (CUSTODY_CUES)."""
    words = _sentence_lemmas(sent).union(nlp.token_table(sent.doc).lower[sent.start:sent.end])
    harmed = not CUSTODY_ABUSE_VERBS.isdisjoint(words) or not TESTIMONY_HARM_VERBS.isdisjoint(words)
    in_custody = not CUSTODY_ABUSE_VERBS.isdisjoint(words) and not CUSTODY_CUES.isdisjoint(words)
    if not harmed and ARREST_CAMPAIGN_NOUNS.isdisjoint(words):
        return []
    denied = _claim_denied(sent)
    out: list[TriggerHit] = []
    for clause, reporter in _reported_clause_pairs(sent):
        if reporter.i in triggers or any(h.token_i == reporter.i for h in out):
            continue
        # (also arrests told as going on: "Viasna said ... that new arrests continued almost daily")
        abuse = abuse_told(clause) if harmed else None
        # the custody setting, or a denial, makes an advocate's word an allegation; a private witness's own or kin's
        # abuse is one anywhere ("told reporters that police had beaten his son during a raid")
        if (((in_custody or denied) and abuse is not None) or ongoing_arrests_told(clause) is not None) \
                and _abuse_source(reporter, index) \
                or (abuse is not None and (_private_witness(reporter, abuse, index, denied)
                                           or _foreign_agents_accused(reporter, abuse, index))):
            out.append(TriggerHit(reporter.i, ALLEGED_ABUSE_RULE))
    return out


def _foreign_agents_accused(reporter: "Token", abuse: "Token", index: MentionIndex) -> bool:
    """One state's body telling of an abuse by another state's agents ("Tajikistan's border troops said Kyrgyz guards had
    beaten one of the shepherds"): an allegation against that state (round 26), not an attack the story states as fact.
    Both the speaker's and the doers' countries are named and differ (not "Police said officers had beaten ...")."""
    doers = agents(abuse) if is_passive(abuse) else subjects(abuse)
    speaking = {e.code for e in entities_of(subjects(reporter), index) if e.code}
    accused = {e.code for e in entities_of([w for d in doers for w in phrase_tokens(d)], index) if e.code}
    return bool(speaking) and bool(accused) and not speaking & accused


def _claim_denied(sent: "Span") -> bool:
    """The authorities deny what the sentence reports, in it or in the next sentence: "..., which the Interior Ministry
    denied", "..., a claim the ministry rejected", "... had beaten his wife. The Penitentiary Service denied the claim."
    (a denial in a clause of its own, or one whose object is the claim)."""
    if any(t.dep_ in ("relcl", "acl") for t in tokens_with_lemma(sent, DISMISSING_VERBS)):
        return True
    if sent.end >= len(sent.doc):
        return False
    after = sent.doc[sent.end].sent
    return any(any(
        o.dep_ in ("dobj", "nsubjpass") and (o.lemma_.lower() in ALLEGATION_NOUNS or o.lower_ in ("this", "it", "that"))
        for o in t.children) for t in tokens_with_lemma(after, DISMISSING_VERBS))


def _private_witness(reporter: "Token", abuse: "Token", index: MentionIndex, denied: bool) -> bool:
    """A private person's testimony of an abuse of themselves or their kin, or one the authorities deny: "Rashad Guliyev
    told reporters that guards had beaten his wife", "'Iranian police took our phones,' said Abdul Rahim, an Afghan
    labourer" (the speaker is no state body; the abused are "our/my" or the speaker's kin, or a denial answers it)."""
    speakers = subjects(reporter)
    if not speakers or any(e.sector in STATE_SECTORS for e in entities_of(speakers, index)):
        return False
    if not any(s.ent_type_ == "PERSON" or s.lemma_.lower() in ACTOR_NOUNS for s in speakers):
        return False
    if denied:
        return True
    victims = [o for o in abuse.subtree if o.dep_ in ("dobj", "nsubjpass", "poss")]
    return any(v.lower_ in TESTIMONY_OWNERS or (v.lemma_.lower() in ABUSE_ALLEGING_SOURCES and any(
        p.dep_ == "poss" and p.lower_ in ("his", "her", "their", "my", "our") for p in v.children)) for v in victims)
